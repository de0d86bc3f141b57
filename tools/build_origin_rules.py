"""Build resources/data/origin_rules.csv: the product-specific rules of origin (list rules) of the
Pan-Euro-Mediterranean (PEM) system, every chapter, from the UK Government's published list-rule
tables (its "Origin Reference Documents"), kept in tools/downloads:

    python tools/build_origin_rules.py && python tools/hash_datapack.py

- ``pem_2012``: the list of the PEM Convention of 2012 (Appendix I, Annex II), both columns (a
  column-4 rule is an alternative to column 3), as the UK–Georgia agreement replicates it
  ("Georgia PSR.docx"; the EU's own presentation of the same list matches it for 87 of 99 rules).
- ``pem_revised``: the revised PEM rules (15 % tolerance, full cumulation), as the UK and
  Switzerland/Liechtenstein incorporated them from 1 September 2021 ("Switzerland-Liechtenstein
  PSR.docx"): a stand-in, as the text of Decision No 1/2023 of the PEM Joint Committee was not
  downloadable; HS 2017.
- ``gafta_general``: the Greater Arab Free Trade Area's general rule (40 % value added),
  transcribed from a cited page (tools/transcribed/general_origin_rules.csv).
Repository trade-tariff/rules-of-origin-builder-uk at commit 7705074b0a375776b0c8eed153954a8aeda10358
(2023-12-22), resources/source/*.docx. Rule texts are the cells' text with whitespace normalised;
nothing is retyped. Rows without a classification continue the heading above (e.g. "– Other"):
they keep it and their own description.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

from pack_csv import check_recorded, write_table

DOWNLOADS = Path(__file__).resolve().parent / "downloads"
FILES = {"pem_2012": "uk_ord_psr_georgia.docx", "pem_revised": "uk_ord_psr_switzerland-liechtenstein.docx"}
SOURCES = {"pem_2012": "psr_pem_2012_uk_ord", "pem_revised": "psr_pem_revised_uk_ord"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FIELDS = ["rule_set", "row", "classification", "codes", "ex", "description", "sub_description", "rule", "rule_alt",
          "source_id"]


def text_of(cell) -> str:
    lines = []
    for p in cell.findall(W + "p"):
        parts = []
        for n in p.iter():
            if n.tag == W + "t":
                parts.append(n.text or "")
            elif n.tag in (W + "br", W + "tab"):
                parts.append("\n" if n.tag == W + "br" else " ")
        lines.append("".join(parts))
    text = "\n".join(lines).replace("\xa0", " ").replace("\u2009", " ").replace("\u202f", " ")
    text = re.sub(r"[ \t]+", " ", text)
    return re.sub(r"\n{2,}", "\n", re.sub(r" *\n *", "\n", text)).strip()


def codes(classification: str) -> str:
    """'ex 8708' -> '8708'; '8425 to 8430' -> '8425-8430'; '8519, 8521' -> '8519 8521'; 'ex Chapter 17' ->
    'ch17'; '8542 31 to 8542 39' -> '854231-854239'."""
    c = re.sub(r"^ex\s*", "", classification.strip(), flags=re.I)
    chapter = re.match(r"chapters?\s+(\d+)", c, re.I)
    if chapter:
        return f"ch{int(chapter.group(1)):02d}"
    c = re.sub(r"(\d{4})\s+(\d{2})(?:\s+(\d{2}))?", lambda m: "".join(g for g in m.groups() if g), c)
    c = c.replace("ex ", "")
    out = []
    for part in re.split(r",|\band\b", c):
        found = re.findall(r"\d{4,8}", part)
        if " to " in part and len(found) == 2:
            out.append(f"{found[0]}-{found[1]}")
        else:
            out += found
    return " ".join(out)


def rows(rule_set: str) -> list[dict]:
    name = FILES[rule_set]
    check_recorded(DOWNLOADS / name)
    z = zipfile.ZipFile(DOWNLOADS / name)
    table = next(ET.fromstring(z.read("word/document.xml")).find(W + "body").iter(W + "tbl"))
    out, current = [], None
    for i, tr in enumerate(table.findall(W + "tr")[1:], start=1):
        cells = [text_of(tc) for tc in tr.findall(W + "tc")]
        cells += [""] * (4 - len(cells))
        classification, description, rule, alt = cells[:4]
        classification = re.sub(r"^ex ?ex ?", "ex ", classification)     # the builder's "ex ex8404"
        if classification:
            current = (classification, description)
            sub = ""
        elif current is None:
            continue
        else:
            sub = description
        if not rule and not alt:
            continue                                  # a heading whose rules are in the rows below it
        out.append({"rule_set": rule_set, "row": i, "classification": current[0], "codes": codes(current[0]),
                    "ex": "yes" if current[0].lower().startswith("ex") else "no", "description": current[1],
                    "sub_description": sub, "rule": rule, "rule_alt": alt, "source_id": SOURCES[rule_set]})
    return out


def general_rules() -> list[dict]:
    """Rules that apply to every product of an agreement, transcribed from a cited page
    (tools/transcribed/general_origin_rules.csv): GAFTA's 40 % value added."""
    import csv

    with open(Path(__file__).resolve().parent / "transcribed" / "general_origin_rules.csv", encoding="utf-8") as fh:
        return [{**r, "row": i, "ex": "no", "sub_description": "", "rule_alt": ""}
                for i, r in enumerate(csv.DictReader(fh), start=1)]


def main() -> None:
    write_table("origin_rules.csv", FIELDS, rows("pem_2012") + rows("pem_revised") + general_rules())


if __name__ == "__main__":
    main()

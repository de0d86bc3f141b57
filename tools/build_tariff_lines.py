"""Build resources/data/tariff_lines.csv: MFN duties per tariff line for the EU and the UK (CN8) and
the United States (HTS8), one row per HS6 subheading with its lines as ``code=duty`` joined by
``|`` (read fast at start-up; a line is parsed when a product asks for it).

    python tools/build_tariff_lines.py /work/.mirror/uktrade+global-uk-tariff/repo \
        /work/.mirror/arifshehab+tariff-rate-tracker/repo

Source: the UK Department for International Trade's ``global-uk-tariff.csv`` (repository
uktrade/global-uk-tariff, commit ab1e6029, 2021-01-27; Open Government Licence v3): for every
CN8 code the EU Common External Tariff as it stood in 2020 (``cet_duty_rate``) and the UK Global
Tariff from 1 January 2021 (``ukgt_duty_rate``). Nomenclature: CN 2020, i.e. HS 2017 (codes
renumbered in HS 2022 are not found and fall back to the product-group averages). CN10 lines
(end-use suspensions) are left out: they are not the general rate. A duty with a specific
component (e.g. ``10.20% + 93.10 EUR / 100 kg``) keeps its text and no ad valorem figure, so Kök
never uses part of it as if it were all of it.

United States: the USITC Harmonized Tariff Schedule 2026 Revision 10 as archived in JSON by the
Budget Lab at Yale's tariff-rate-tracker (fork arifshehab/tariff-rate-tracker, commit 9919812f;
the upstream repository no longer keeps the archives): the column 1 "General" (MFN) rate of every
rate-bearing 8-digit line (a 10-digit statistical line carries the rate where its 8-digit line has
none). HTS 2026 is HS 2022 nomenclature. ``Free`` is written ``0.0%``; specific and compound
rates (``4.4¢/kg``) keep their text. The US additional duties of Chapter 99 (Sections 232, 301)
are not in column 1 and are not included.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "resources" / "data"
COMMIT = "ab1e6029071ee8262289f44a4928dc0cf52f90cd"
US_COMMIT = "9919812fe16ad61d72318dc7b96d387cc6c226da"
US_FILE = "data/hts_archives/hts_2026_rev_10.json.gz"
COLUMNS = {"EU": ("cet_duty_rate", "2020"), "GB": ("ukgt_duty_rate", "2021")}   # CN 2020 / UKGT 2021: HS 2017


def us_lines(repo: Path) -> dict[str, list[str]]:
    """HS6 subheading -> ``HTS8=duty`` lines of the US column 1 General rate."""
    raw = subprocess.run(["git", "-C", str(repo), "show", f"{US_COMMIT}:{US_FILE}"], check=True,
                         capture_output=True).stdout
    print(f"{US_FILE} sha256 {hashlib.sha256(raw).hexdigest()}", file=sys.stderr)
    rates: dict[str, str] = {}
    for row in json.loads(gzip.decompress(raw)):
        code = row["htsno"].replace(".", "")
        general = re.sub(r"<[^>]+>", "", row.get("general") or "").strip()
        if len(code) in (8, 10) and general:
            duty = "0.0%" if general == "Free" else general
            assert "|" not in duty and "=" not in duty, duty
            rates.setdefault(code[:8], duty)      # the 8-digit line comes first; its statistical lines share it
    subheadings: dict[str, list[str]] = {}
    for code, duty in sorted(rates.items()):
        subheadings.setdefault(code[:6], []).append(f"{code}={duty}")
    return subheadings


def main(repo: Path, us_repo: Path) -> None:
    raw = subprocess.run(["git", "-C", str(repo), "show", f"{COMMIT}:global-uk-tariff.csv"], check=True,
                         capture_output=True).stdout
    print(f"global-uk-tariff.csv sha256 {hashlib.sha256(raw).hexdigest()}", file=sys.stderr)
    rows = list(csv.DictReader(raw.decode("utf-8").splitlines(keepends=True)))
    out = []
    for importer, (column, year) in COLUMNS.items():
        subheadings: dict[str, list[str]] = {}
        for r in rows:
            code = r["commodity"].strip()
            if len(code) == 8:
                duty = r[column].strip()
                assert "|" not in duty and "=" not in duty, duty
                subheadings.setdefault(code[:6], []).append(f"{code}={duty}")
        for hs6, lines in sorted(subheadings.items()):
            out.append({"importer": importer, "hs6": hs6, "lines": "|".join(lines), "year": year,
                        "source_id": "tariffs_uktrade_global_uk_tariff"})
    for hs6, lines in sorted(us_lines(us_repo).items()):
        out.append({"importer": "US", "hs6": hs6, "lines": "|".join(lines), "year": "2026",
                    "source_id": "tariffs_usitc_hts_2026"})
    with open(DATA / "tariff_lines.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(out[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(out)
    print(f"tariff_lines.csv: {len(out)} rows", file=sys.stderr)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))

"""Build resources/data/tariff_lines.csv: MFN duties per tariff line (CN8) for the EU and the UK,
one row per HS6 subheading with its CN8 lines as ``code=duty`` joined by ``|`` (read fast at
start-up; a line is parsed when a product asks for it).

    python tools/build_tariff_lines.py /work/.mirror/uktrade+global-uk-tariff/repo

Source: the UK Department for International Trade's ``global-uk-tariff.csv`` (repository
uktrade/global-uk-tariff, commit ab1e6029, 2021-01-27; Open Government Licence v3): for every
CN8 code the EU Common External Tariff as it stood in 2020 (``cet_duty_rate``) and the UK Global
Tariff from 1 January 2021 (``ukgt_duty_rate``). Nomenclature: CN 2020, i.e. HS 2017 (codes
renumbered in HS 2022 are not found and fall back to the product-group averages). CN10 lines
(end-use suspensions) are left out: they are not the general rate. A duty with a specific
component (e.g. ``10.20% + 93.10 EUR / 100 kg``) keeps its text and no ad valorem figure, so Kök
never uses part of it as if it were all of it.
"""

from __future__ import annotations

import csv
import hashlib
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "resources" / "data"
COMMIT = "ab1e6029071ee8262289f44a4928dc0cf52f90cd"
COLUMNS = {"EU": ("cet_duty_rate", "2020"), "GB": ("ukgt_duty_rate", "2021")}   # CN 2020 / UKGT 2021: HS 2017


def main(repo: Path) -> None:
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
    with open(DATA / "tariff_lines.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(out[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(out)
    print(f"tariff_lines.csv: {len(out)} rows", file=sys.stderr)


if __name__ == "__main__":
    main(Path(sys.argv[1]))

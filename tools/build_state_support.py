"""Build resources/data/state_support.csv: Turkish state support an SME can count in the NPV of a
unit abroad (Ministry of Trade), one row per rule.

    python tools/build_state_support.py

Source (transcribed, not downloaded as a file): the primary texts are the Ministry of Trade's
PDFs of Presidential Decision 5973 "İhracat Destekleri Hakkında Karar" (RG 18.08.2022 No. 31927,
consolidated to its amendment of RG 07.03.2026 No. 33189) and its "Markalaşma Dairesi - 2026
Destek Limitleri" table; ticaret.gov.tr is not reachable from the build machine. The figures are
taken from the public repository mertzas/tesvik-asistani (file
scripts/fix_veri_2026_10_08_ihracat_5973_tur11.py at commit
c214092f8a50565787e42a7ec992d8160d1e20c5; the commit id fixes the content), whose authors
downloaded and parsed those two PDFs on 2026-10-08; read here on 2026-11-30. The export limit
(support at most half of the year's exports to that country) is from a consultancy's summary of
the Birim Kira Genelgesi (turbaydanismanlik/turbay-danismanlik, commit 92d0978d). Each quote
below is the text the figures were read from; the script checks the figures are in it.
Rows are marked ``transcribed``: check them against the official PDFs before relying on them.
"""

from __future__ import annotations

import csv
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "resources" / "data"

QUOTE_11 = ("Şirketlerin Türkiye'de üretilen ürünlerin pazarlandığı yurt dışı birimlerinin kira giderleri ile "
            "paylaşımlı ofis üyelik giderleri her birim başına %50 oranında desteklenir; her ülke için en fazla 4 yıl, "
            "en fazla 25 birim (Karar m.11). Birim: yurt dışında açılan mağaza, depo, ofis/paylaşımlı ofis, "
            "sergi/teşhir salonu, reyon/raf/köşe/kiosk/stand (Karar m.2). [...] 2026 üst limiti: birim başına yıllık "
            "9.862.972 TL (Karar'daki 2.000.000 TL 2022 tabanıdır).")
QUOTE_EXPORTS = "Verilecek destek tutarı ilgili ülkeye yapılan yıllık ihracatın yarısından fazla olamayacaktır."

ROWS = [{
    "rule_id": "5973-11-rent",
    "programme": "Overseas unit rent support (yurt dışı birim kira desteği)",
    "legal_source": "Presidential Decision 5973 on Export Support (İhracat Destekleri Hakkında Karar), RG 18.08.2022 "
                    "No. 31927, last amended RG 07.03.2026 No. 33189",
    "article": "Art. 11 (unit: Art. 2; yearly indexation of caps: Art. 30)",
    "share_pct": 50, "cap_amount": 9862972, "cap_currency": "TRY", "cap_year": 2026, "max_years": 4,
    "applies_to": "logistics_hub;sales_office",
    "export_limit_share": 0.5,
    "condition": "the unit (store, warehouse, office, showroom) markets goods produced in Türkiye; at most 4 years per "
                 "country and 25 units; support at most half of the year's exports to that country; not for "
                 "production or assembly premises; up to 20 points more in the Ministry's target countries (list not "
                 "bundled: not applied)",
    "check": "transcribed",
    "source_id": "support_5973_2026",
    "note": "Paid after the year's rent on application through DYS: Kök counts it received the year after the rent.",
}]


def main() -> None:
    row = ROWS[0]
    assert "%50" in QUOTE_11 and "en fazla 4 yıl" in QUOTE_11 and "9.862.972 TL" in QUOTE_11
    assert f"{row['cap_amount']:,}".replace(",", ".") in QUOTE_11 and "yarısından fazla olamayacaktır" in QUOTE_EXPORTS
    with open(DATA / "state_support.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(row), lineterminator="\n")
        writer.writeheader()
        writer.writerows(ROWS)


if __name__ == "__main__":
    main()

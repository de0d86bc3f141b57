"""Words of the report's Data availability sheet: statuses, figures, roles, and the details that
``kokapp.core.availability`` gives in English, said in the report's language (by the phrase keys
of ``kokapp.core.availability_detail``).

Merged into ``texts.TEXTS``, so ``text()`` finds them and the both-languages test covers them.
"""

from __future__ import annotations

AVAILABILITY_TEXTS: dict[str, tuple[str, str]] = {
    "sheet_availability": ("Data availability", "Veri durumu"),
    "avail_title": ("Data availability: what stands behind each figure of your markets and locations",
                    "Veri durumu: pazarlarınızın ve lokasyonlarınızın rakamlarının arkasında ne var"),
    "avail_role": ("Role", "Rolü"),
    "avail_figure": ("Figure", "Rakam"),
    "avail_status": ("Status", "Durum"),
    "avail_detail": ("What stands there", "Ne var"),
    "avail_role_market": ("target market", "hedef pazar"),
    "avail_role_origin": ("origin hub: {sites}", "üretim merkezi: {sites}"),
    "avail_role_location": ("location: {sites}", "lokasyon: {sites}"),
    # statuses (kokapp.core.availability.STATUSES)
    "avail_downloaded": ("downloaded", "indirildi"),
    "avail_banded": ("banded", "aralık"),
    "avail_estimated": ("estimated", "tahmini"),
    "avail_missing": ("missing", "eksik"),
    # figures (kokapp.core.availability.FIGURES)
    "avail_tariff": ("MFN tariff", "MFN tarifesi"),
    "avail_agreements": ("Agreements", "Anlaşmalar"),
    "avail_remedies": ("Trade remedies", "Ticari savunma önlemleri"),
    "avail_lpi": ("LPI", "LPI"),
    "avail_min_wage": ("Minimum wage", "Asgari ücret"),
    "avail_cit": ("Corporate tax", "Kurumlar vergisi"),
    # legend under the table
    "avail_legend_downloaded": ("● downloaded: read from a downloaded file or a retrieved page and checked against it",
                                "● indirildi: indirilen bir dosyadan ya da alınan bir sayfadan okundu ve onunla "
                                "karşılaştırılarak denetlendi"),
    "avail_legend_banded": ("≈ banded: only a band is citable (its base is used, its ends in the scenarios)",
                            "≈ aralık: yalnızca bir aralık kaynak gösterilebilir (tabanı kullanılır, uçları "
                            "senaryolarda)"),
    "avail_legend_estimated": ("○ estimated: an average standing in for your product's figure, an older edition, or "
                               "transcribed from a published table and not re-checked",
                               "○ tahmini: ürününüzün rakamı yerine bir ortalama, eski bir baskı ya da yayımlanmış "
                               "bir tablodan aktarılıp yeniden denetlenmemiş bir rakam"),
    "avail_legend_missing": ("✗ missing: no figure (Kök says so wherever it would be used)",
                             "✗ eksik: rakam yok (Kök bunu rakamın kullanılacağı her yerde belirtir)"),
    "avail_legend_roles": ("Markets: the figures that decide access (tariff, agreements, remedies); countries of "
                           "your locations: the figures of operating there (LPI, minimum wage, corporate tax). "
                           "Sources in full on the Sources sheet.",
                           "Pazarlar: erişimi belirleyen rakamlar (tarife, anlaşmalar, savunma önlemleri); "
                           "lokasyonlarınızın ülkeleri: orada faaliyetin rakamları (LPI, asgari ücret, kurumlar "
                           "vergisi). Kaynakların tamamı Kaynaklar sayfasında."),
    # details (kokapp.core.availability_detail phrase keys)
    "avail_d_band": ("band {low}-{high} %, base {base} %", "aralık %{low}-{high}, taban %{base}"),
    "avail_d_tariff_lines": ("tariff lines (CN8) of {year}; codes renumbered since HS 2017 fall back to "
                             "product-group averages",
                             "{year} tarife satırları (KN8); HS 2017'den beri numarası değişen kodlarda ürün grubu "
                             "ortalamaları kullanılır"),
    "avail_d_tariff_lines_us": ("tariff lines (HTS8) of {year}; US additional duties (Sections 232, 301) not included",
                                "{year} tarife satırları (HTS8); ABD ek vergileri (232. ve 301. bölümler) dahil değil"),
    "avail_d_tariff_groups": ("no tariff-line figures: averages of {groups} WTO product groups",
                              "tarife satırı düzeyinde rakam yok: {groups} DTÖ ürün grubunun ortalamaları"),
    "avail_d_tariff_all_products": ("no tariff-line figures: an all-products average only",
                                    "tarife satırı düzeyinde rakam yok: yalnızca tüm ürünlerin ortalaması"),
    "avail_d_tariff_missing": ("no citable MFN tariff", "kaynak gösterilebilir MFN tarifesi yok"),
    "avail_d_agreements": ("{count} agreements in force", "yürürlükte {count} anlaşma"),
    "avail_d_agreement": ("1 agreement in force", "yürürlükte 1 anlaşma"),
    "avail_d_unchecked": (", {unchecked} of them transcribed, not re-checked",
                          ", bunlardan {unchecked} tanesi aktarıldı, yeniden denetlenmedi"),
    "avail_d_agreements_none": ("no preferential agreement in force is listed",
                                "yürürlükte listelenmiş tercihli anlaşma yok"),
    "avail_d_remedies_listed": ("{count} measures in force listed on the countries Kök compares (compiled from "
                                "official notices; not exhaustive)",
                                "Kök'ün karşılaştırdığı ülkelere yönelik yürürlükte {count} önlem listelendi (resmî "
                                "duyurulardan derlendi; eksiksiz değil)"),
    "avail_d_remedies_missing": ("no list of anti-dumping, countervailing or safeguard measures is bundled",
                                 "pakette damping karşıtı, telafi edici ya da korunma önlemleri listesi yok"),
    "avail_d_lpi_missing": ("not scored by the World Bank LPI", "Dünya Bankası LPI'sında puanı yok"),
    "avail_d_lpi_older": ("LPI {edition} (not in the {latest} edition)", "LPI {edition} ({latest} baskısında yer almıyor)"),
    "avail_d_lpi": ("LPI {edition}", "LPI {edition}"),
    "avail_d_min_wage_none": ("no statutory national minimum wage (wages set otherwise, e.g. by collective agreements)",
                              "ulusal yasal asgari ücret yok (ücretler başka yolla, ör. toplu sözleşmelerle "
                              "belirlenir)"),
    "avail_d_min_wage_missing": ("no statutory minimum wage bundled", "pakette yasal asgari ücret yok"),
    "avail_d_min_wage": ("statutory minimum wage", "yasal asgari ücret"),
    "avail_d_cit_missing": ("no corporate income tax bundled", "pakette kurumlar vergisi yok"),
    "avail_d_cit": ("corporate income tax", "kurumlar vergisi"),
}

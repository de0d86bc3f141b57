"""Words of the report's verdict, money table and scoring rules (merged into ``texts.TEXTS``)."""

from __future__ import annotations

MONEY_TEXTS: dict[str, tuple[str, str]] = {
    "support_counted": ("State support counted: the Ministry of Trade's overseas unit rent support (Decision 5973, "
                        "Art. 11): 50 % of the rent for up to 4 years, capped at the 2026 limit per unit and at half "
                        "the year's exports to the country, received the year after. Transcribed from a secondary "
                        "source: check with the Ministry before relying on it.",
                        "Devlet desteği hesaba katıldı: Ticaret Bakanlığı yurt dışı birim kira desteği (5973 sayılı "
                        "Karar, m.11): kiranın %50'si, en çok 4 yıl; birim başına 2026 üst limiti ve o ülkeye yıllık "
                        "ihracatın yarısı ile sınırlı; bir sonraki yıl alınır. İkincil kaynaktan aktarılmıştır: "
                        "güvenmeden önce Bakanlıkla teyit edin."),
    "support_off": ("State support not counted (switch it on in the feasibility settings).",
                    "Devlet desteği hesaba katılmadı (fizibilite ayarlarından açabilirsiniz)."),
    "support_no_exports": ("State support adds nothing here: it is at most half the year's exports to the location's "
                           "country, and the plan exports nothing there.",
                           "Devlet desteği burada bir şey eklemiyor: o ülkeye yıllık ihracatın en çok yarısı kadardır ve "
                           "plan oraya hiç ihracat öngörmüyor."),
    "support_not_here": ("State support does not apply to this set-up: the unit rent support is for a store, "
                         "warehouse or office that markets goods produced in Türkiye, not for an assembly line.",
                         "Devlet desteği bu kuruluşa uygulanmaz: birim kira desteği Türkiye'de üretilen ürünlerin "
                         "pazarlandığı mağaza, depo veya ofis içindir, montaj hattı için değil."),
    "verdict": ("Verdict", "Karar"),
    "verdict_unknown": ("Not decided: the yearly cost of exporting from {origin} is unknown (no citable duty for some "
                        "markets), so no location can be compared with it. Enter your broker's duty quotes.",
                        "Karar verilemedi: {origin} üzerinden ihracatın yıllık maliyeti bilinmiyor (bazı pazarlar için "
                        "kaynaklı gümrük vergisi yok), bu yüzden hiçbir lokasyon onunla karşılaştırılamıyor. Gümrük "
                        "müşavirinizin vergi tekliflerini girin."),
    "verdict_excluded": ("({count} location(s) excluded by your thresholds or halted trade are left out.)",
                         "(Eşikleriniz ya da durdurulan ticaret nedeniyle elenen {count} lokasyon hesaba katılmadı.)"),
    "verdict_pays": ("{location}: a {kind} pays back in {years} years (NPV {npv} over {horizon} years, base figures).",
                     "{location}: {kind} {years} yılda kendini geri öder (baz rakamlarla {horizon} yılda NBD {npv})."),
    "verdict_pays_no_payback": ("{location}: a {kind} pays (NPV {npv} over {horizon} years, base figures).",
                                "{location}: {kind} kârlı (baz rakamlarla {horizon} yılda NBD {npv})."),
    "verdict_undecided": ("Not decided yet: {location} would lower the yearly logistics and duty cost by {saving} "
                          "({share}) if the goods were made there, but its set-ups cannot be evaluated: {missing}.",
                          "Henüz karar verilemez: mallar {location} konumunda üretilirse yıllık lojistik ve gümrük "
                          "vergisi maliyeti {saving} ({share}) düşer, ancak oradaki kuruluş seçenekleri "
                          "değerlendirilemiyor: {missing}."),
    "verdict_keep_cheaper": ("Keep exporting from {origin}: {location} would lower the yearly logistics and duty cost "
                             "by {saving} ({share}) if the goods were made there, but no set-up there pays back within "
                             "{horizon} years.",
                             "{origin} üzerinden ihracata devam edin: mallar {location} konumunda üretilirse yıllık "
                             "lojistik ve gümrük vergisi maliyeti {saving} ({share}) düşer, ancak oradaki hiçbir kuruluş "
                             "{horizon} yıl içinde kendini geri ödemez."),
    "verdict_keep": ("Keep exporting from {origin}: no location lowers the yearly logistics and duty cost, and no "
                     "set-up pays.",
                     "{origin} üzerinden ihracata devam edin: hiçbir lokasyon yıllık lojistik ve gümrük vergisi "
                     "maliyetini düşürmüyor ve hiçbir kuruluş kendini geri ödemiyor."),
    "missing_wage": ("no statutory minimum wage for {country}: enter your figure",
                     "{country} için yasal asgari ücret yok: kendi rakamınızı girin"),
    "missing_tax": ("no corporate tax rate for {country}: enter your figure",
                    "{country} için kurumlar vergisi oranı yok: kendi rakamınızı girin"),
    "money": ("Money: yearly landed cost and the best set-up", "Para: yıllık teslim maliyeti ve en iyi kuruluş"),
    "money_note": ("Landed cost = freight, clearance, insurance, goods-in-transit capital and duty of the whole plan "
                   "for a year, as if the goods were made or stocked there (local origin, no leg from Türkiye). Best "
                   "set-up: the highest NPV among the set-ups the site suits that could earn something (or the one "
                   "you chose); its NPV counts the leg from Türkiye and the origin the set-up gives the goods.",
                   "Teslim maliyeti = planın tamamının bir yıllık navlun, gümrükleme, sigorta, yoldaki mal sermayesi ve "
                   "gümrük vergisi; mallar orada üretilmiş ya da stoklanmış gibi (yerel menşe, Türkiye'den gelen ayak "
                   "yok). En iyi kuruluş: lokasyonun uygun olduğu ve bir şey kazandırabilecek kuruluşlar arasında (ya "
                   "da sizin seçtiğiniz) en yüksek NBD; NBD, Türkiye'den gelen ayağı ve kuruluşun mala verdiği menşeyi "
                   "hesaba katar."),
    "landed_year": ("Landed €/year", "Teslim €/yıl"),
    "vs_baseline_pct": ("vs. Türkiye %", "Türkiye'ye göre %"),
    "best_setup": ("Best set-up", "En iyi kuruluş"),
    "npv": ("NPV €", "NBD €"),
    "payback_years": ("Payback (years)", "Geri ödeme (yıl)"),
    "break_even_units": ("Break-even units/year", "Başabaş adet/yıl"),
    "not_evaluated": ("not evaluated", "değerlendirilemedi"),
    "never": ("never", "geri ödemiyor"),
    "excluded_mark": ("excluded", "elendi"),
    "ranking_method": ("Ranking: your weighting of all criteria ({method})", "Sıralama: tüm kriterlere verdiğiniz "
                       "ağırlıklar ({method})"),
    "method_value": ("weighted sum on fixed scales", "sabit ölçeklerde ağırlıklı toplam"),
    "method_geometric": ("weighted geometric mean on fixed scales, non-compensatory",
                         "sabit ölçeklerde ağırlıklı geometrik ortalama, telafi etmeyen"),
    "method_topsis": ("TOPSIS, relative to the locations compared", "TOPSIS, karşılaştırılan lokasyonlara göreli"),
    "knockout_max_transit_days": ("transit {value} days > {threshold}", "transit {value} gün > {threshold}"),
    "knockout_min_duty_free_share": ("duty-free share {value} < {threshold}", "vergisiz pay {value} < {threshold}"),
    "knockout_min_lpi": ("LPI {value} < {threshold}", "LPI {value} < {threshold}"),
    "rec_excluded": ("{location} is excluded by your thresholds: {reasons}.",
                     "{location} eşikleriniz nedeniyle elendi: {reasons}."),
    "rec_missing_rule_spread": ("No figure for {criterion} at {locations}: shown as n/a; that criterion's weight is "
                                "spread over their other criteria.",
                                "{locations} için {criterion} rakamı yok: y/d gösterilir; bu kriterin ağırlığı "
                                "diğer kriterlerine dağıtılır."),
    "rec_missing_rule_worst": ("No figure for {criterion} at {locations}: shown as n/a; scored as the worst of the "
                               "other locations.",
                               "{locations} için {criterion} rakamı yok: y/d gösterilir; diğer lokasyonların en "
                               "kötüsü olarak puanlanır."),
}

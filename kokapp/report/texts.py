"""Words of the Excel report in Turkish and English.

The report is written without Qt (headless, from core results), so its words live here and not
in the Qt Linguist catalogues; ``tests/report`` checks that every key has both languages.
"""

from __future__ import annotations

from kokapp.report.texts_availability import AVAILABILITY_TEXTS
from kokapp.report.texts_money import MONEY_TEXTS
from kokapp.report.texts_origin import ORIGIN_TEXTS
from kokapp.report.texts_routes import ROUTE_TEXTS

TEXTS: dict[str, tuple[str, str]] = {
    # sheet names (Excel: at most 31 characters)
    "sheet_summary": ("Summary", "Özet"),
    "sheet_locations": ("Locations", "Lokasyonlar"),
    "sheet_access": ("Market access", "Pazara erişim"),
    "sheet_feasibility": ("Feasibility", "Fizibilite"),
    "sheet_assumptions": ("Assumptions", "Varsayımlar"),
    "sheet_sources": ("Sources", "Kaynaklar"),
    # summary
    "title": ("Kök feasibility summary", "Kök fizibilite özeti"),
    "page_of": ("Page &P of &N", "Sayfa &P / &N"),      # page header codes: page number, page count
    "company": ("Company", "Firma"),
    "origin": ("Origin hub", "Üretim merkezi"),
    "markets": ("Target markets", "Hedef pazarlar"),
    "date": ("Date", "Tarih"),
    "data_edition": ("Reference data", "Referans veri"),
    "app_version": ("Kök version", "Kök sürümü"),
    "recommendation": ("Recommendation", "Öneri"),
    "rec_top": ("{top} ranks first with your weights (score {score}).",
                "Ağırlıklarınıza göre {top} ilk sırada (puan {score})."),
    "rec_baseline_best": ("Exporting from {origin} ranks first: keeping production in Türkiye is the best match for these markets.",
                          "{origin} üzerinden ihracat ilk sırada: bu pazarlar için üretimi Türkiye'de tutmak en uygun seçenek."),
    "rec_cost": ("Its annual logistics and duty cost is {cost} against {base} when exporting from {origin} (difference {diff}).",
                 "Yıllık lojistik ve gümrük vergisi maliyeti {cost}; {origin} üzerinden ihracatta {base} (fark {diff})."),
    "rec_cost_unknown": ("Its annual logistics and duty cost cannot be set against exporting from {origin}: a duty on "
                         "its lanes or on {origin}'s has no citable figure (see below). Enter your broker's quote.",
                         "Yıllık lojistik ve gümrük vergisi maliyeti {origin} üzerinden ihracatla karşılaştırılamıyor: "
                         "kendi güzergâhlarında ya da {origin} güzergâhlarında kaynak gösterilebilir bir gümrük vergisi "
                         "oranı yok (aşağıya bakın). Gümrük müşavirinizin teklifini girin."),
    "rec_access": ("{share} of your planned volume enters its markets duty-free from there.",
                   "Planlanan hacminizin oradan pazarlara vergisiz giren payı: {share}."),
    "rec_feasibility": ("Best set-up at {location}: {kind}, NPV {npv} over {years} years ({payback}).",
                        "{location} için en iyi yapılanma: {kind}; {years} yılda NBD {npv} ({payback})."),
    "rec_payback": ("payback in {years} years", "geri ödeme {years} yıl"),
    "rec_no_payback": ("no payback within the horizon", "dönem içinde geri ödeme yok"),
    "rec_stability": ("It stays first in {share} of {draws} random changes of the weights.",
                      "Ağırlıklar {draws} kez rastgele değiştirildiğinde ilk sırada kalma oranı: {share}."),
    "rec_scope": ("The ranking compares each location as if the goods were already made or stocked there; set-up cost, "
                  "fixed costs and the inbound leg from Türkiye are counted in the feasibility.",
                  "Sıralama her lokasyonu mallar orada zaten üretiliyor ya da stoklanıyormuş gibi karşılaştırır; kuruluş "
                  "maliyeti, sabit giderler ve Türkiye'den gelen taşıma fizibilitede hesaba katılır."),
    "rec_nothing_pays": ("Best match with your weights, {location}: with the figures entered no set-up there pays within "
                         "{years} years (best NPV {npv}).",
                         "Ağırlıklarınıza en uygun lokasyon {location}: girilen rakamlarla oradaki hiçbir kuruluş {years} "
                         "yılda kendini geri ödemiyor (en iyi NBD {npv})."),
    "rec_uplift_only": ("Caution: this NPV rests only on the assumed extra sales ({uplift} at {margin} margin), a Kök "
                        "assumption to replace with your own estimate; the set-up saves no logistics or duty cost.",
                        "Dikkat: bu NBD yalnızca varsayılan ek satışlara ({uplift}, {margin} marjla) dayanıyor; bu bir Kök "
                        "varsayımıdır, kendi tahmininizle değiştirin. Kuruluş lojistik ya da vergi tasarrufu sağlamıyor."),
    "scenario_note": ("Freight level: the level (low, base or high) that gives this set-up its worst (pessimistic) or "
                      "best (optimistic) NPV, together with the set-up, fixed-cost and volume ranges.",
                      "Navlun seviyesi: bu yapılanmaya en kötü (kötümser) ya da en iyi (iyimser) NBD'yi veren seviye "
                      "(düşük, temel, yüksek); kuruluş, sabit gider ve hacim aralıklarıyla birlikte."),
    "rec_gaps": ("No citable tariff for {markets}: those duties are unknown, never zero; the duty cost of the "
                 "locations paying them is marked missing until you enter a quote.",
                 "{markets} için kaynak gösterilebilir tarife yok: bu vergiler bilinmiyor, asla sıfır sayılmaz; "
                 "bunları ödeyen lokasyonların gümrük vergisi maliyeti siz teklif girene kadar eksik işaretlenir."),
    "rec_remedy": ("Trade remedy in force: {location} → {market}, {product}: {measures}. Rates are company-specific: "
                   "check with your customs broker.",
                   "Yürürlükte ticari savunma önlemi: {location} → {market}, {product}: {measures}. Oranlar firmaya "
                   "özeldir: gümrük müşavirinize danışın."),
    "rec_bands": ("Only a band is citable for the duties of {markets}: its base is in the figures, its ends in the "
                  "low and high scenarios.",
                  "{markets} vergileri için yalnızca bir aralık kaynak gösterilebiliyor: tabanı rakamlarda, uçları "
                  "düşük ve yüksek senaryolarda."),
    "rec_unserved": ("{location} cannot serve {share} of the planned volume (trade halted): it ranks after every "
                     "location that serves the whole plan.",
                     "{location} planlanan hacmin {share} kadarına hizmet veremez (ticaret durduruldu): tüm planı "
                     "karşılayan her lokasyondan sonra sıralanır."),
    "ranking": ("Ranking", "Sıralama"),
    "rank": ("Rank", "Sıra"),
    "location": ("Location", "Lokasyon"),
    "country": ("Country", "Ülke"),
    "score": ("Score", "Puan"),
    "excluded_col": ("Excluded", "Elendi"),
    "logistics_year": ("Logistics €/year", "Lojistik €/yıl"),
    "duty_year": ("Duty €/year", "Gümrük vergisi €/yıl"),
    "total_year": ("Logistics + duty €/year", "Lojistik + vergi €/yıl"),
    "vs_baseline": ("vs. exporting from Türkiye", "Türkiye'den ihracata göre"),
    "duty_free_share": ("Duty-free share", "Vergisiz pay"),
    "transit_days": ("Transit days", "Transit gün"),
    "lpi": ("LPI", "LPI"),
    "min_wage": ("Minimum wage €/month", "Asgari ücret €/ay"),
    "cit": ("Corporate tax", "Kurumlar vergisi"),
    "baseline": ("Türkiye baseline", "Türkiye'den ihracat"),
    "chart_cost": ("Annual logistics and duty cost (EUR)", "Yıllık lojistik ve gümrük vergisi maliyeti (EUR)"),
    # locations sheet
    "market": ("Market", "Pazar"),
    "product": ("Product", "Ürün"),
    "hs": ("HS code", "GTİP"),
    "mode": ("Mode", "Taşıma türü"),
    "distance_km": ("Distance km", "Mesafe km"),
    "freight_unit": ("Freight €/unit", "Navlun €/adet"),
    "freight_low": ("Freight low", "Navlun düşük"),
    "freight_high": ("Freight high", "Navlun yüksek"),
    "duty_rate": ("Duty rate", "Gümrük vergisi oranı"),
    "logistics_unit": ("Logistics €/unit", "Lojistik €/adet"),
    "duty_unit": ("Duty €/unit", "Gümrük vergisi €/adet"),
    "duty_basis": ("Why this duty", "Verginin nedeni"),
    "landed_unit": ("Landed €/unit", "Teslim maliyeti €/adet"),
    "annual_units": ("Units/year", "Adet/yıl"),
    "annual_landed": ("Landed €/year", "Teslim maliyeti €/yıl"),
    "annual_logistics": ("Logistics €/year", "Lojistik €/yıl"),
    "annual_duty": ("Duty €/year", "Gümrük vergisi €/yıl"),
    "figure_wage": ("Statutory minimum wage", "Yasal asgari ücret"),
    "figure_tax": ("Corporate income tax", "Kurumlar vergisi"),
    "figure_lpi": ("Logistics performance (LPI score)", "Lojistik performans (LPI puanı)"),
    "figure_tariff": ("MFN import tariff (group average)", "MFN ithalat gümrük vergisi (grup ortalaması)"),
    "figure_duty": ("Duty quote from your broker", "Gümrük müşavirinizin vergi teklifi"),
    "figure_road": ("Road distance of a land leg", "Kara bağlantısının yol mesafesi"),
    "figure_sea": ("Sea distance between two ports", "İki liman arası deniz mesafesi"),
    "road_ftl": ("Truck", "Tır"),
    "sea_container": ("Container ship", "Konteyner gemisi"),
    "roro": ("Ro-Ro ferry + truck", "Ro-Ro feribot + tır"),
    "air": ("Air", "Hava yolu"),
    "basis_domestic": ("same country", "aynı ülke"),
    "basis_single_market": ("EU single market", "AB tek pazarı"),
    "basis_override": ("your figure", "sizin rakamınız"),
    "basis_mfn": ("MFN tariff (no agreement)", "MFN tarifesi (anlaşma yok)"),
    "basis_not_originating": ("MFN: not originating under the agreement's rule",
                              "MFN: anlaşmanın menşe kuralı karşılanmıyor"),
    "basis_unknown": ("no citable tariff: enter a quote", "kaynaklı tarife yok: teklif girin"),
    "basis_halted": ("trade halted: cannot be sold there", "ticaret durduruldu: orada satılamaz"),
    "suspended": ("agreement suspended", "anlaşma askıda"),
    # access sheet
    "access_title": ("Duty by location and market — {product}", "Lokasyon ve pazara göre gümrük vergisi — {product}"),
    # a stress-size study: the detail sheets show some locations (kokapp.report.detail)
    "detail_note": ("This study has {total} location × market × product rows ({locations} locations), more than "
                    "this report lists lane by lane. This sheet, like the report's other lane-by-lane sheets, shows "
                    "{count} of the locations, in ranking order: {names}. They are the Türkiye baseline, the "
                    "locations the Summary names and the best-ranked others that fit. Every location's yearly cost "
                    "and rank are on the Summary sheet.",
                    "Bu çalışmada {total} lokasyon × pazar × ürün satırı var ({locations} lokasyon); bu rapor "
                    "hepsini tek tek listelemiyor. Bu sayfa, raporun diğer ayrıntı sayfaları gibi, lokasyonlardan "
                    "{count} tanesini sıralamaya göre gösteriyor: {names}. Bunlar Türkiye'den ihracat seçeneği, "
                    "Özet sayfasında adı geçen lokasyonlar ve sığan en üst sıradaki diğerleridir. Her lokasyonun "
                    "yıllık maliyeti ve sırası Özet sayfasındadır."),
    "detail_more": ("and {count} more", "ve {count} lokasyon daha"),
    "legend": ("Green: duty-free · orange: duty to pay · grey: no citable tariff (enter a quote) · ×: trade halted",
               "Yeşil: vergisiz · turuncu: vergi ödenir · gri: kaynaklı tarife yok (teklif girin) · ×: ticaret durduruldu"),
    # feasibility
    "feas_sheet_title": ("Feasibility at {location}", "{location} için fizibilite"),
    "feas_title": ("Feasibility: {kind} at {location}", "Fizibilite: {location} — {kind}"),
    "feas_overview": ("Set-up options at the leading location", "Önde gelen lokasyondaki yapılanma seçenekleri"),
    "kind": ("Set-up", "Kuruluş"),
    "logistics_hub": ("Logistics hub", "Lojistik merkezi"),
    "assembly": ("Assembly line", "Montaj hattı"),
    "sales_office": ("Sales office", "Satış ofisi"),
    "npv": ("NPV €", "NBD €"),
    "irr": ("IRR", "İVO"),
    "payback": ("Payback (years)", "Geri ödeme (yıl)"),
    "break_even": ("Break-even share of plan", "Başabaş (planın payı)"),
    "break_even_units": ("Break-even units/year", "Başabaş adet/yıl"),
    # break-even: the share of the planned volume at which NPV = 0, searched up to 20 x the plan
    "break_even_none": ("not reached up to 20 × the plan", "planın 20 katına kadar ulaşılmıyor"),
    "break_even_reached": ("Break-even: the NPV reaches zero at {share} of the planned volume ({units} units a year "
                           "once fully ramped up).",
                           "Başabaş: NBD, planlanan hacmin {share} oranında sıfıra ulaşıyor (tam kapasitede yılda "
                           "{units} adet)."),
    "break_even_not_reached": ("Break-even: not reached; the NPV is still negative at 20 times the planned volume.",
                               "Başabaş: ulaşılmıyor; NBD planlanan hacmin 20 katında bile negatif."),
    "break_even_at_zero": ("Break-even: no volume needed; the NPV is zero or positive even with no volume at all.",
                           "Başabaş: hacim gerekmiyor; NBD hacim sıfırken bile sıfır ya da pozitif."),
    "not_defined": ("not defined", "tanımlı değil"),
    "never": ("not within the horizon", "dönem içinde değil"),
    "needs_input": ("needs your figure: {message}", "sizin rakamınız gerekli: {message}"),
    "year": ("Year", "Yıl"),
    "units": ("Units", "Adet"),
    "baseline_cost": ("Baseline logistics + duty €", "Türkiye'den lojistik + vergi €"),
    "option_cost": ("Option logistics + duty €", "Seçenekte lojistik + vergi €"),
    "savings": ("Savings €", "Tasarruf €"),
    "staff_saved": ("Staff saved in Türkiye €", "Türkiye'de tasarruf edilen personel €"),
    "fixed_costs": ("Fixed costs €", "Sabit giderler €"),
    "variable_change": ("Variable cost change €", "Değişken maliyet farkı €"),
    "uplift_margin": ("Margin on extra sales €", "Ek satış marjı €"),
    "state_support": ("State support €", "Devlet desteği €"),
    "operating": ("Operating result €", "Faaliyet sonucu €"),
    "depreciation": ("Depreciation €", "Amortisman €"),
    "tax": ("Tax €", "Vergi €"),
    "cash_flow": ("Cash flow €", "Nakit akışı €"),
    "discount_rate": ("Discount rate", "İskonto oranı"),
    "scenarios": ("Scenarios", "Senaryolar"),
    "scenario": ("Scenario", "Senaryo"),
    "freight_level": ("Freight level", "Navlun seviyesi"),
    "base": ("Base", "Temel"),
    "pessimistic": ("Pessimistic", "Kötümser"),
    "optimistic": ("Optimistic", "İyimser"),
    "low": ("low", "düşük"),
    "high": ("high", "yüksek"),
    "tornado": ("What moves the NPV most", "NBD'yi en çok etkileyen girdiler"),
    "input": ("Input", "Girdi"),
    "low_value": ("Low value", "Düşük değer"),
    "high_value": ("High value", "Yüksek değer"),
    "npv_low": ("NPV at low €", "Düşükte NBD €"),
    "npv_high": ("NPV at high €", "Yüksekte NBD €"),
    "chart_cash": ("Cash flow per year (EUR)", "Yıllara göre nakit akışı (EUR)"),
    "chart_tornado": ("NPV at low and high input values (EUR)", "Girdilerin düşük ve yüksek değerinde NBD (EUR)"),
    "origin_note": ("Goods sold to {market}: origin {origin}", "{market} pazarına satılan mallar: menşe {origin}"),
    # assumptions & sources
    "assumptions_title": ("Assumptions and figures behind this report", "Bu raporun dayandığı varsayımlar ve rakamlar"),
    "weights": ("Criteria weights", "Kriter ağırlıkları"),
    "criterion": ("Criterion", "Kriter"),
    "weight": ("Weight", "Ağırlık"),
    "share": ("Share", "Pay"),
    "freight_parameters": ("Freight model parameters", "Navlun modeli parametreleri"),
    "parameter": ("Parameter", "Parametre"),
    "unit": ("Unit", "Birim"),
    "basis": ("Basis", "Dayanak"),
    "your_figure": ("Your figure", "Sizin rakamınız"),
    "overrides": ("Your figures (replace the bundled ones)", "Sizin rakamlarınız (paketteki rakamların yerine)"),
    "key": ("Figure", "Rakam"),
    "value": ("Value", "Değer"),
    "note": ("Note", "Not"),
    "setup_parameters": ("Set-up parameters (Kök assumptions unless marked as yours)",
                         "Kuruluş parametreleri (sizinki olarak işaretlenmedikçe Kök varsayımı)"),
    "kok_assumption": ("Kök assumption", "Kök varsayımı"),
    "fx": ("Exchange rates (units per EUR)", "Döviz kurları (1 EUR karşılığı)"),
    "currency": ("Currency", "Para birimi"),
    "rate": ("Rate", "Kur"),
    "rate_date": ("Date", "Tarih"),
    "dataset": ("Dataset", "Veri seti"),
    "source": ("Source", "Kaynak"),
    "organisation": ("Organisation", "Kurum"),
    "licence": ("Licence", "Lisans"),
    "url": ("Address", "Adres"),
    "retrieved": ("Retrieved", "Erişim"),
    "logistics_cost": ("Logistics cost", "Lojistik maliyet"),
    "duty_cost": ("Duty cost", "Gümrük vergisi maliyeti"),
    "distance": ("Distance", "Mesafe"),
    "transit_time": ("Transit time", "Transit süre"),
    "duty_free": ("Duty-free access", "Vergisiz pazar erişimi"),
    "lpi_criterion": ("Logistics performance (LPI)", "Lojistik performans (LPI)"),
    "labour_cost": ("Minimum wage", "Asgari ücret"),
    "tax_criterion": ("Corporate tax", "Kurumlar vergisi"),
    "labour_cost_mfg": ("Manufacturing labour cost €/hour", "İmalat işgücü maliyeti €/saat"),
    "energy_price": ("Industrial electricity €/kWh", "Sanayi elektriği €/kWh"),
    "governance": ("Governance (WGI, −2.5 to +2.5)", "Yönetişim (WGI, −2,5 ile +2,5)"),
    "proximity": ("Proximity to Türkiye (0–1)", "Türkiye'ye yakınlık (0–1)"),
    "lpi_customs": ("LPI: customs", "LPI: gümrük"),
    "lpi_timeliness": ("LPI: timeliness", "LPI: zamanında teslim"),
    "sheet_origin": ("Origin", "Menşe"),
    "origin_title": ("Rules of origin: where the products originate, under which rule, on which proof",
                     "Menşe kuralları: ürünler nerede, hangi kurala göre, hangi belgeyle menşe kazanıyor"),
    "origin_none": ("No bill of materials was entered: an assembly line gives its goods origin when its local "
                    "content reaches {threshold} % (the project's threshold), and PEM diagonal cumulation counts "
                    "Turkish inputs. Enter a product's bill of materials to check the agreement's own rule.",
                    "Ürün ağacı girilmedi: montaj hattı, yerel katkısı %{threshold} eşiğine (projenin eşiği) ulaştığında "
                    "mallarına menşe kazandırır ve PEM çapraz kümülasyonu Türk girdilerini sayar. Anlaşmanın kendi "
                    "kuralını kontrol etmek için ürünün ağacını girin."),
    "origin_country": ("Origin", "Menşe"),
    "description": ("Description", "Açıklama"),
    "value_eur": ("Value €/unit", "Değer €/birim"),
    "share_of_price": ("Share of the price", "Fiyattaki payı"),
    "share_nom": ("Non-originating", "Menşeli olmayan"),
    "origin_status": ("Verdict", "Sonuç"),
    "origin_reason": ("Why", "Neden"),
    "origin_rule": ("Rule (as published)", "Kural (yayımlandığı gibi)"),
    "origin_proof": ("Proof of origin", "Menşe belgesi"),
    "origin_originating": ("originating", "menşeli"),
    "origin_not_originating": ("not originating: MFN", "menşeli değil: MFN"),
    "origin_conditional": ("only if a condition holds: MFN until confirmed", "yalnızca koşulla: teyide kadar MFN"),
    "origin_customs_union": ("customs union: A.TR", "gümrük birliği: A.TR"),
    "origin_no_preference": ("no preference to gain", "kazanılacak tercih yok"),
    "origin_no_rules": ("rules not bundled", "kurallar pakette yok"),
    "origin_no_bom": ("no bill of materials", "ürün ağacı yok"),
    "origin_legend": ("The rules are the published list rules (PEM 2012 list, or the revised PEM rules as the UK "
                      "incorporated them), the agreement's tolerance and cumulation applied; materials originate where "
                      "their suppliers declare. The unit value is taken as the ex-works price. Check a decisive verdict "
                      "with your customs broker; your binding origin information overrides it.",
                      "Kurallar yayımlanmış liste kurallarıdır (PEM 2012 listesi veya Birleşik Krallık'ın aldığı haliyle "
                      "revize PEM kuralları); anlaşmanın toleransı ve kümülasyonu uygulanır; malzemeler tedarikçilerinin "
                      "beyan ettiği yerde menşelidir. Birim değer fabrika çıkış fiyatı sayılır. Belirleyici bir sonucu "
                      "gümrük müşavirinizle teyit edin; bağlayıcı menşe bilginiz onun yerine geçer."),
    "free_zones": ("Free-zone tax regimes (transcribed: check the zone's conditions; the cash flows apply them to an "
                   "assembly line or a logistics hub)", "Serbest bölge vergi rejimleri (aktarılmıştır: bölgenin koşullarını "
                   "teyit edin; nakit akışları bunları montaj hattına ve lojistik merkezine uygular)"),
    "zone": ("Zone", "Bölge"),
    "zone_cit": ("Corporate tax in the zone", "Bölgede kurumlar vergisi"),
    "zone_years": ("For years", "Süre (yıl)"),
    "zone_after": ("Then", "Sonra"),
    "zone_incentives": ("Incentives and source", "Teşvikler ve kaynak"),
    "no_end": ("no end stated", "süre belirtilmemiş"),
    "country_factors": ("Optional country criteria (weight them under “What matters to you”)",
                        "İsteğe bağlı ülke ölçütleri (“Sizin için önemli olan” altında ağırlık verin)"),
}
TEXTS.update(ROUTE_TEXTS)      # the Routes sheet and the route scenario
TEXTS.update(AVAILABILITY_TEXTS)   # the Data availability sheet
TEXTS.update(ORIGIN_TEXTS)     # the Origin sheet's verdicts
TEXTS.update(MONEY_TEXTS)      # the verdict, the money table and the ranking rules


# set-up parameters: (English label, Turkish label, Turkish basis); the English basis is ASSUMPTIONS
SETUP_LABELS: dict[str, tuple[str, str, str]] = {
    "setup_cost_eur": ("Set-up cost €", "Kuruluş maliyeti €", "tek seferlik: tadilat, ekipman, izinler, şirket kuruluşu; yapılanma türüne göre"),
    "rent_eur_month": ("Rent €/month", "Kira €/ay", "depo/tesis/ofis kirası; yapılanma türüne göre, ülkeye göre değil"),
    "staff_count": ("Staff", "Personel", "yerel çalışan sayısı; yapılanma türüne göre"),
    "wage_multiple": ("Wage as multiple of the minimum wage", "Asgari ücretin katı olarak ücret", "ortalama yerel ücretin yasal asgari ücrete oranı"),
    "employer_oncost_pct": ("Employer on-costs %", "İşveren yükü %", "işveren sosyal güvenlik payları (ülkeye göre yaklaşık %15-35)"),
    "management_eur_month": ("Management €/month", "Yönetim €/ay", "yerel yönetici ya da gönderilen yönetici ödeneği"),
    "variable_cost_change_eur_unit": ("Variable cost change €/unit", "Birim değişken maliyet farkı €", "birim başına ek elleçleme (merkez) ya da maliyet farkı (montaj)"),
    "local_content_pct": ("Local content %", "Yerli katkı %", "lokasyonda katılan değerin payı (menşe için)"),
    "volume_uplift_pct": ("Extra sales %", "Ek satış %", "yerel varlık sayesinde ek satış"),
    "gross_margin_pct": ("Margin on extra sales %", "Ek satış marjı %", "ek satışlardaki marj"),
    "served_markets": ("Markets it serves (extra sales)", "Hizmet verdiği pazarlar (ek satış)",
                       "ek satışın geçerli olduğu hedef pazarlar (varsayılan: lokasyonun kendi ülkesi)"),
    "monthly_wage_eur": ("Monthly wage € (yours)", "Aylık ücret € (sizin)", "sizin rakamınız"),
    "staff_replaced_in_turkiye": ("Staff no longer needed in Türkiye", "Türkiye'de gerek kalmayan personel",
                                  "üretim merkezinden taşınan montaj işleri; Türkiye asgari ücreti x aynı kat ile değerlenir"),
}


# Units of the freight model's parameters (freight_parameters.csv), in the report's language.
UNITS = {
    "EUR/FEU": ("EUR per 40' container", "40'lık konteyner başına EUR"), "EUR/border": ("EUR per border", "sınır başına EUR"),
    "EUR/kg": ("EUR per kg", "kg başına EUR"), "EUR/km": ("EUR per km", "km başına EUR"),
    "EUR/nm": ("EUR per nautical mile", "deniz mili başına EUR"), "EUR/shipment": ("EUR per shipment", "sevkiyat başına EUR"),
    "EUR/trailer": ("EUR per trailer", "dorse başına EUR"), "days": ("days", "gün"), "kg": ("kg", "kg"),
    "kg/m3": ("kg per m³", "m³ başına kg"), "km/day": ("km per day", "günde km"), "knots": ("knots", "knot"),
    "m3": ("m³", "m³"), "pallets": ("pallets", "palet"), "ratio": ("factor", "katsayı"),
    "share of value": ("share of value", "değere oran"), "share of value per year": ("share of value per year", "yıllık değere oran"),
    "unit": ("unit", "birim"),
}


def unit_text(code: str, language: str) -> str:
    en, tr = UNITS.get(code, (code, code))
    return tr if language == "tr" else en


def text(key: str, language: str, **values) -> str:
    en, tr = TEXTS[key]
    template = tr if language == "tr" else en
    return template.format(**values) if values else template

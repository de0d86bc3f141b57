"""Words of the report's routes: the Routes sheet, the route scenario and the reasons a lane has
no route (the data gives those reasons in English; the known ones are said in Turkish here).

Merged into ``texts.TEXTS``, so ``text()`` finds them and the both-languages test covers them.
"""

from __future__ import annotations

ROUTE_TEXTS: dict[str, tuple[str, str]] = {
    "sheet_routes": ("Routes", "Güzergâhlar"),
    "routes_products": ("Products", "Ürünler"),
    "routes_all_products": ("all", "tümü"),
    "routes_route": ("Route", "Güzergâh"),
    "routes_countries": ("Countries", "Ülkeler"),
    "routes_customs": ("Customs borders", "Gümrük sınırları"),
    "routes_regime": ("Transit regime", "Transit rejimi"),
    "routes_links": ("Ferries and Ro-Ro lines", "Feribot ve Ro-Ro hatları"),
    "routes_warnings": ("Border warnings", "Sınır uyarıları"),
    "routes_unlisted": ("Crossings to check", "Teyit edilecek kapılar"),
    "routes_check": ("check with your forwarder: {crossings}", "nakliyecinizle teyit edin: {crossings}"),
    "routes_no_route": ("No route: {reason}", "Güzergâh yok: {reason}"),
    "routes_rerouted": ("(avoids the closed {crossing})", "(kapalı {crossing} kapısı kullanılmadan)"),
    "routes_source": ("source: {url}", "kaynak: {url}"),
    # transit regime
    "regime_none": ("no customs border", "gümrük sınırı yok"),
    "regime_common_transit": ("common transit (NCTS)", "ortak transit (NCTS)"),
    "regime_tir": ("TIR carnet", "TIR karnesi"),
    # ferry_links.kind
    "link_ferry": ("ferry", "feribot"),
    "link_roro_line": ("Ro-Ro line", "Ro-Ro hattı"),
    "link_fixed_link": ("fixed link", "sabit geçiş"),
    # closed_borders.status of a border a route may still cross
    "status_restricted": ("restricted", "kısıtlı"),
    "status_reopened": ("reopened", "yeniden açık"),
    "status_closed": ("closed", "kapalı"),
    "status_since": ("{status} since {since}", "{status} ({since} itibarıyla)"),
    # no_route_reason of the data (English), said in the report's language
    "reason_no_land": ("no land connection: sea or air only", "kara bağlantısı yok: yalnızca deniz ya da hava yolu"),
    "reason_closed_border": ("the only land route crosses a closed border ({borders})",
                             "tek kara güzergâhı kapalı bir sınırdan geçiyor ({borders})"),
    "reason_no_roro": ("no Ro-Ro line serves this lane", "bu güzergâha hizmet veren Ro-Ro hattı yok"),
    "reason_no_sea": ("no sea route", "deniz güzergâhı yok"),
    "reason_not_in_pack": ("no route in the data pack", "veri paketinde güzergâh yok"),
    "routes_legend": ("Each row is the route of the transport mode chosen for the products named, as priced. Customs "
                      "borders: borders between customs territories (the EU counts as one). Transit regime: one "
                      "common-transit (NCTS) declaration where every country on the way is a party to the Common "
                      "Transit Convention, otherwise a TIR carnet. Crossings to check: customs crossings that Kök "
                      "placed from the map, not from a list of truck crossings. Border warnings quote the data pack "
                      "(notes in English); the sources are on the Sources sheet.",
                      "Her satır, adı geçen ürünler için seçilen taşıma türünün fiyatlanan güzergâhıdır. Gümrük "
                      "sınırları: gümrük bölgeleri arasındaki sınırlar (AB tek bölge sayılır). Transit rejimi: "
                      "yoldaki her ülke Ortak Transit Sözleşmesi'ne tarafsa tek ortak transit (NCTS) beyanı, değilse "
                      "TIR karnesi. Teyit edilecek kapılar: Kök'ün TIR kapıları listesinden değil haritadan "
                      "yerleştirdiği gümrük kapıları. Sınır uyarıları veri paketinden alınmıştır (notlar "
                      "İngilizce); kaynaklar Kaynaklar sayfasındadır."),
    # route scenario
    "route_scenario": ("Route scenario", "Güzergâh senaryosu"),
    "scenario_crossing": ("the {crossing} border crossing ({border})", "{crossing} sınır kapısı ({border})"),
    "strait_bab_el_mandeb": ("the Bab-el-Mandeb Strait", "Babülmendep Boğazı"),
    "strait_suez": ("the Suez Canal", "Süveyş Kanalı"),
    "and": ("and", "ve"),
    "scenario_closed": ("Route scenario with {closed} closed: every route, freight cost and transit time in this "
                        "report assumes it.",
                        "Güzergâh senaryosu: {closed} kapalı; bu rapordaki tüm güzergâhlar, navlunlar ve transit "
                        "süreler buna göre hesaplandı."),
    "scenario_cost": ("Against all routes open, it changes the annual logistics and duty cost at {location} by {diff}.",
                      "Tüm güzergâhların açık olduğu duruma göre {location} için yıllık lojistik ve gümrük vergisi "
                      "maliyeti {diff} değişiyor."),
    "scenario_cost_both": ("Against all routes open, it changes the annual logistics and duty cost at {location} by "
                           "{diff}, and when exporting from {origin} by {origin_diff}.",
                           "Tüm güzergâhların açık olduğu duruma göre yıllık lojistik ve gümrük vergisi maliyeti "
                           "{location} için {diff}, {origin} üzerinden ihracatta {origin_diff} değişiyor."),
    "scenario_unknown": ("an unknown amount", "bilinmeyen bir tutar kadar"),
    "scenario_closed_crossing": ("Closed border crossing", "Kapalı sınır kapısı"),
    "scenario_closed_sea": ("Closed sea passage", "Kapalı deniz geçidi"),
    "scenario_change": ("Change in logistics + duty €/year against all routes open",
                        "Tüm güzergâhlar açıkken olana göre lojistik + vergi farkı €/yıl"),
}

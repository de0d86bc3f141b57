<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>Charts</name>
    <message>
        <location filename="../kokapp/gui/charts.py" line="43"/>
        <source>Annual logistics and duty cost</source>
        <translation>Yıllık lojistik ve gümrük vergisi maliyeti</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="57"/>
        <source>Logistics</source>
        <translation>Lojistik</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="58"/>
        <source>Duty</source>
        <translation>Gümrük vergisi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="68"/>
        <source>Score (TOPSIS, higher is better)</source>
        <translation>Puan (TOPSIS, yüksek olan daha iyi)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="95"/>
        <source>Transit time vs annual logistics cost</source>
        <translation>Transit süre ve yıllık lojistik maliyet</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="96"/>
        <source>Transit days (volume-weighted)</source>
        <translation>Transit gün (hacim ağırlıklı)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="97"/>
        <source>Logistics cost per year</source>
        <translation>Yıllık lojistik maliyet</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="122"/>
        <source>What moves the NPV most</source>
        <translation>NBD&apos;yi en çok etkileyen girdiler</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="123"/>
        <source>NPV</source>
        <translation>NBD</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="139"/>
        <source>input at its low value</source>
        <translation>girdi düşük değerinde</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="140"/>
        <source>input at its high value</source>
        <translation>girdi yüksek değerinde</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../kokapp/gui/commands.py" line="18"/>
        <source>Edit product</source>
        <translation>Ürünü düzenle</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="32"/>
        <source>Add product</source>
        <translation>Ürün ekle</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="44"/>
        <source>Remove product</source>
        <translation>Ürünü kaldır</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="58"/>
        <source>Change volume</source>
        <translation>Hacmi değiştir</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="71"/>
        <source>Add market</source>
        <translation>Pazar ekle</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="83"/>
        <source>Remove market</source>
        <translation>Pazarı kaldır</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="96"/>
        <source>Change candidate locations</source>
        <translation>Aday lokasyonları değiştir</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="108"/>
        <source>Change origin hub</source>
        <translation>Üretim merkezini değiştir</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="122"/>
        <source>Change weight</source>
        <translation>Ağırlığı değiştir</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="144"/>
        <source>Change company name</source>
        <translation>Firma adını değiştir</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="156"/>
        <source>Change your figures</source>
        <translation>Kendi rakamlarınızı değiştir</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="170"/>
        <source>Restore unsaved work</source>
        <translation>Kaydedilmemiş çalışmayı geri yükle</translation>
    </message>
</context>
<context>
    <name>Criteria</name>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="10"/>
        <source>Logistics cost</source>
        <translation>Lojistik maliyet</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="10"/>
        <source>Duty cost</source>
        <translation>Gümrük vergisi maliyeti</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="11"/>
        <source>Distance</source>
        <translation>Mesafe</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="11"/>
        <source>Transit time</source>
        <translation>Transit süre</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="12"/>
        <source>Duty-free access</source>
        <translation>Vergisiz pazar erişimi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="12"/>
        <source>Logistics performance (LPI)</source>
        <translation>Lojistik performans (LPI)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="13"/>
        <source>Labour cost</source>
        <translation>İşgücü maliyeti</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="13"/>
        <location filename="../kokapp/gui/criteria.py" line="19"/>
        <source>Corporate tax</source>
        <translation>Kurumlar vergisi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="17"/>
        <source>Set-up cost</source>
        <translation>Kuruluş maliyeti</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="17"/>
        <source>Rent</source>
        <translation>Kira</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="17"/>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="18"/>
        <source>Local wage</source>
        <translation>Yerel ücret</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="18"/>
        <source>Planned volume</source>
        <translation>Planlanan hacim</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="19"/>
        <source>Discount rate</source>
        <translation>İskonto oranı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="20"/>
        <source>Variable cost per unit</source>
        <translation>Birim değişken maliyet</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="21"/>
        <source>Extra sales</source>
        <translation>Ek satış</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="21"/>
        <source>Freight rates</source>
        <translation>Navlun fiyatları</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="25"/>
        <source>Logistics hub</source>
        <translation>Lojistik merkezi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="25"/>
        <source>Assembly line</source>
        <translation>Montaj hattı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="26"/>
        <source>Sales office</source>
        <translation>Satış ofisi</translation>
    </message>
</context>
<context>
    <name>DataSourcesDialog</name>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="24"/>
        <source>Data sources and your figures</source>
        <translation>Veri kaynakları ve kendi rakamlarınız</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="27"/>
        <source>Reference data %1: every figure names its public source, year and licence.</source>
        <translation>Referans veri %1: her rakam kamuya açık kaynağını, yılını ve lisansını gösterir.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="30"/>
        <source>Dataset</source>
        <translation>Veri seti</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="30"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="30"/>
        <source>Year</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="30"/>
        <source>Licence</source>
        <translation>Lisans</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="43"/>
        <source>Your figures replace the bundled ones and are marked ✎ in the results and the report.</source>
        <translation>Kendi rakamlarınız paketteki rakamların yerine geçer; sonuçlarda ve raporda ✎ ile işaretlenir.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="45"/>
        <source>Figure (key)</source>
        <translation>Rakam (anahtar)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="45"/>
        <source>Your value</source>
        <translation>Sizin değeriniz</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="45"/>
        <source>Note / source of your figure</source>
        <translation>Not / rakamınızın kaynağı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="51"/>
        <source>Add figure</source>
        <translation>Rakam ekle</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="51"/>
        <source>Remove figure</source>
        <translation>Rakamı kaldır</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="79"/>
        <source>Row %1: &apos;%2&apos; is not a number.</source>
        <translation>Satır %1: &apos;%2&apos; bir sayı değil.</translation>
    </message>
</context>
<context>
    <name>DetailModel</name>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="126"/>
        <source>Market</source>
        <translation>Pazar</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="126"/>
        <source>Product</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="126"/>
        <source>Mode</source>
        <translation>Taşıma türü</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="126"/>
        <source>Distance km</source>
        <translation>Mesafe km</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="127"/>
        <source>Transit days</source>
        <translation>Transit gün</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="127"/>
        <source>Freight €/unit</source>
        <translation>Navlun €/adet</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="127"/>
        <source>Duty</source>
        <translation>Gümrük vergisi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="127"/>
        <source>Why this duty</source>
        <translation>Bu verginin nedeni</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="128"/>
        <source>Landed €/unit</source>
        <translation>Teslim maliyeti €/adet</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="128"/>
        <source>Units/year</source>
        <translation>Adet/yıl</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="135"/>
        <source>Truck</source>
        <translation>Tır</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="135"/>
        <source>Container ship</source>
        <translation>Konteyner gemisi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="136"/>
        <source>Ro-Ro ferry + truck</source>
        <translation>Ro-Ro feribot + tır</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="136"/>
        <source>Air</source>
        <translation>Hava yolu</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="142"/>
        <source>same country</source>
        <translation>aynı ülke</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="142"/>
        <source>EU single market</source>
        <translation>AB tek pazarı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="143"/>
        <source>your figure</source>
        <translation>sizin rakamınız</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="143"/>
        <source>MFN tariff (no agreement)</source>
        <translation>MFN tarifesi (anlaşma yok)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="144"/>
        <source>trade halted: cannot be sold there</source>
        <translation>ticaret durduruldu: orada satılamaz</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="146"/>
        <source> — agreement suspended</source>
        <translation> — anlaşma askıda</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="161"/>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="153"/>
        <source>No citable tariff for this market is bundled. Enter your broker&apos;s quote in Data sources.</source>
        <translation>Bu pazar için kaynak gösterilebilir bir tarife pakette yok. Gümrük müşavirinizin teklifini Veri kaynakları bölümüne girin.</translation>
    </message>
</context>
<context>
    <name>FeasibilityTab</name>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="35"/>
        <source>Location</source>
        <translation>Lokasyon</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="37"/>
        <source>Set-up</source>
        <translation>Yapılanma</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="45"/>
        <source>Net present value</source>
        <translation>Net bugünkü değer</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="46"/>
        <source>Internal rate of return</source>
        <translation>İç verim oranı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="47"/>
        <source>Payback</source>
        <translation>Geri ödeme</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="48"/>
        <source>Break-even volume</source>
        <translation>Başabaş hacmi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="66"/>
        <source>Set-up cost, rent, staffing and margins are Kök assumptions until you enter your own figures. Savings come from the comparison: freight, clearance, insurance and duty.</source>
        <translation>Kuruluş maliyeti, kira, personel ve marjlar, siz kendi rakamlarınızı girene kadar Kök varsayımlarıdır. Tasarruflar karşılaştırmadan gelir: navlun, gümrükleme, sigorta ve gümrük vergisi.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="105"/>
        <source>Tick at least one candidate location.</source>
        <translation>En az bir aday lokasyon işaretleyin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="142"/>
        <source>your figure</source>
        <translation>sizin rakamınız</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="144"/>
        <source>minimum wage %1 × %2</source>
        <translation>asgari ücret %1 × %2</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="146"/>
        <source>Local wage %1 per month (%2); corporate tax %3.</source>
        <translation>Yerel ücret aylık %1 (%2); kurumlar vergisi %3.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="150"/>
        <source>not defined</source>
        <translation>tanımlı değil</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="151"/>
        <source>not within the horizon</source>
        <translation>dönem içinde değil</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="152"/>
        <source>%1 years</source>
        <translation>%1 yıl</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="153"/>
        <source>not reached up to 20 × the plan</source>
        <translation>planın 20 katına kadar ulaşılmıyor</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="154"/>
        <source>%1 units a year (%2 of the plan)</source>
        <translation>yılda %1 adet (planın %2&apos;i)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="157"/>
        <source>Base</source>
        <translation>Temel</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="157"/>
        <source>Pessimistic</source>
        <translation>Kötümser</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="157"/>
        <source>Optimistic</source>
        <translation>İyimser</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="159"/>
        <source>Scenario</source>
        <translation>Senaryo</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="159"/>
        <source>NPV</source>
        <translation>NBD</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="159"/>
        <source>IRR</source>
        <translation>İVO</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="159"/>
        <source>Payback (years)</source>
        <translation>Geri ödeme (yıl)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="167"/>
        <source>Year</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="167"/>
        <source>Units</source>
        <translation>Adet</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="167"/>
        <source>Savings</source>
        <translation>Tasarruf</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="168"/>
        <source>Staff saved in Türkiye</source>
        <translation>Türkiye&apos;de tasarruf edilen personel</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="168"/>
        <source>Fixed costs</source>
        <translation>Sabit giderler</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="169"/>
        <source>Margin on extra sales</source>
        <translation>Ek satışlardan marj</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="169"/>
        <source>Tax</source>
        <translation>Vergi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="170"/>
        <source>Cash flow</source>
        <translation>Nakit akışı</translation>
    </message>
</context>
<context>
    <name>HsCodeDelegate</name>
    <message>
        <location filename="../kokapp/gui/delegates.py" line="25"/>
        <source>e.g. 8708 or a word of the chapter title</source>
        <translation>ör. 8708 ya da fasıl başlığından bir kelime</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="25"/>
        <source>Import products — %1</source>
        <translation>Ürün içe aktar — %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="28"/>
        <source>Product</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="28"/>
        <source>HS code</source>
        <translation>GTİP</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="28"/>
        <source>Unit value (EUR)</source>
        <translation>Birim değer (EUR)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="29"/>
        <source>Gross weight (kg)</source>
        <translation>Brüt ağırlık (kg)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="29"/>
        <source>Volume (m³)</source>
        <translation>Hacim (m³)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="30"/>
        <source>Units per pallet</source>
        <translation>Palet başına adet</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="33"/>
        <source>Columns found: %1</source>
        <translation>Bulunan sütunlar: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="35"/>
        <source>Ignored columns: %1</source>
        <translation>Yok sayılan sütunlar: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="37"/>
        <source>Row</source>
        <translation>Satır</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="37"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="37"/>
        <source>Content</source>
        <translation>İçerik</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="51"/>
        <source>already in the project: skipped</source>
        <translation>projede zaten var: atlandı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="53"/>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="62"/>
        <source>%1 of %2 rows can be imported. Rows with problems are not imported: fix them in your file and import again.</source>
        <translation>%2 satırdan %1 tanesi içe aktarılabilir. Sorunlu satırlar aktarılmaz: dosyanızda düzeltip yeniden içe aktarın.</translation>
    </message>
    <message numerus="yes">
        <location filename="../kokapp/gui/import_dialog.py" line="66"/>
        <location filename="../kokapp/gui/import_dialog.py" line="97"/>
        <source>Import %n product(s)</source>
        <translation>
            <numerusform>%n ürünü içe aktar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="74"/>
        <source>empty</source>
        <translation>boş</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="74"/>
        <location filename="../kokapp/gui/import_dialog.py" line="80"/>
        <source>not a number</source>
        <translation>sayı değil</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="75"/>
        <source>must be greater than zero</source>
        <translation>sıfırdan büyük olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="76"/>
        <source>must not be negative</source>
        <translation>negatif olamaz</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="77"/>
        <source>must be a whole number</source>
        <translation>tam sayı olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="78"/>
        <source>needs 4, 6, 8 or 10 digits</source>
        <translation>4, 6, 8 ya da 10 hane olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="79"/>
        <source>HS chapter does not exist</source>
        <translation>böyle bir GTİP faslı yok</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="82"/>
        <source>ambiguous: write 1500 or 1,5 without a thousands separator</source>
        <translation>belirsiz: binlik ayırıcı olmadan 1500 ya da 1,5 yazın</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="84"/>
        <source>same product as row %1</source>
        <translation>%1. satırdaki ürünle aynı</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="89"/>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="90"/>
        <source>&amp;New</source>
        <translation>&amp;Yeni</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="91"/>
        <source>&amp;Open…</source>
        <translation>&amp;Aç…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="92"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Son açılanlar</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="94"/>
        <source>Open the &amp;demo project</source>
        <translation>Ö&amp;rnek projeyi aç</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="96"/>
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="97"/>
        <source>Save &amp;as…</source>
        <translation>&amp;Farklı kaydet…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="99"/>
        <source>&amp;Import products from Excel or CSV…</source>
        <translation>Excel ya da CSV&apos;den ürün &amp;içe aktar…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="101"/>
        <source>&amp;Export Excel report…</source>
        <translation>&amp;Excel raporu oluştur…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="103"/>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="104"/>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="105"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="106"/>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="110"/>
        <source>Add &amp;product</source>
        <translation>Ü&amp;rün ekle</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="111"/>
        <source>&amp;Tools</source>
        <translation>&amp;Araçlar</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="112"/>
        <source>&amp;Data sources and your figures…</source>
        <translation>&amp;Veri kaynakları ve kendi rakamlarınız…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="113"/>
        <source>&amp;Settings…</source>
        <translation>A&amp;yarlar…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="114"/>
        <source>&amp;Help</source>
        <translation>Y&amp;ardım</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="115"/>
        <source>&amp;About Kök</source>
        <translation>Kök &amp;hakkında</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="134"/>
        <location filename="../kokapp/gui/main_window.py" line="343"/>
        <source>Untitled</source>
        <translation>Adsız</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="142"/>
        <source>Save changes?</source>
        <translation>Değişiklikler kaydedilsin mi?</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="143"/>
        <source>The project has changes that are not saved. Save them?</source>
        <translation>Projede kaydedilmemiş değişiklikler var. Kaydedilsin mi?</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="159"/>
        <source>Cannot open the project</source>
        <translation>Proje açılamıyor</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="165"/>
        <source>Opened %1</source>
        <translation>%1 açıldı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="167"/>
        <source>Project opened with changes</source>
        <translation>Proje değişikliklerle açıldı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="168"/>
        <source>Kök opened %1 and adjusted it:</source>
        <translation>Kök %1 dosyasını açtı ve şunları düzenledi:</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="178"/>
        <source>Demo project opened: save it under your own name to keep changes.</source>
        <translation>Örnek proje açıldı: değişiklikleri saklamak için kendi adınızla kaydedin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="183"/>
        <source>Open project</source>
        <translation>Proje aç</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="192"/>
        <source>(none)</source>
        <translation>(yok)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="200"/>
        <location filename="../kokapp/gui/main_window.py" line="259"/>
        <source>project</source>
        <translation>proje</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="201"/>
        <source>Save project</source>
        <translation>Projeyi kaydet</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="211"/>
        <source>Cannot save the project</source>
        <translation>Proje kaydedilemiyor</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="212"/>
        <source>%1 could not be written: %2. Choose another place with Save as.</source>
        <translation>%1 yazılamadı: %2. Farklı kaydet ile başka bir yer seçin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="219"/>
        <source>Saved %1</source>
        <translation>%1 kaydedildi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="230"/>
        <source>Import products</source>
        <translation>Ürün içe aktar</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="231"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Tablolar (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="237"/>
        <source>Cannot import</source>
        <translation>İçe aktarılamıyor</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="237"/>
        <source>%1 could not be imported: %2</source>
        <translation>%1 içe aktarılamadı: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../kokapp/gui/main_window.py" line="245"/>
        <source>%n product(s) imported.</source>
        <translation>
            <numerusform>%n ürün içe aktarıldı.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="256"/>
        <location filename="../kokapp/gui/main_window.py" line="281"/>
        <source>Cannot export</source>
        <translation>Rapor oluşturulamıyor</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="262"/>
        <source>Export Excel report</source>
        <translation>Excel raporu oluştur</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="272"/>
        <source>The file is open in Excel or another program. Close it, or choose another name.</source>
        <translation>Dosya Excel&apos;de ya da başka bir programda açık. Kapatın ya da başka bir ad seçin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="273"/>
        <source>The file or its folder is read-only. Choose another place.</source>
        <translation>Dosya ya da klasörü salt okunur. Başka bir yer seçin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="274"/>
        <source>The folder does not exist. Choose another place.</source>
        <translation>Klasör yok. Başka bir yer seçin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="275"/>
        <source>The file could not be written. Choose another place.</source>
        <translation>Dosya yazılamadı. Başka bir yer seçin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="276"/>
        <source>Cannot write the report</source>
        <translation>Rapor yazılamıyor</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="286"/>
        <source>Report written: %1</source>
        <translation>Rapor yazıldı: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="288"/>
        <source>Report written</source>
        <translation>Rapor yazıldı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="288"/>
        <source>Open the report now?</source>
        <translation>Rapor şimdi açılsın mı?</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="318"/>
        <source>About Kök</source>
        <translation>Kök hakkında</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="319"/>
        <source>Kök %1 — where should your company put down roots abroad?
Reference data %2. Works offline.</source>
        <translation>Kök %1 — firmanız yurt dışında nerede kök salmalı?
Referans veri %2. İnternet gerektirmez.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="341"/>
        <source>Restore unsaved work?</source>
        <translation>Kaydedilmemiş çalışma geri yüklensin mi?</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="342"/>
        <source>Kök did not close normally. Restore the unsaved project &quot;%1&quot; (autosaved %2)?</source>
        <translation>Kök düzgün kapanmadı. Kaydedilmemiş &quot;%1&quot; projesi geri yüklensin mi (otomatik kayıt: %2)?</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="351"/>
        <source>Unsaved work restored. Save it to keep it.</source>
        <translation>Kaydedilmemiş çalışma geri yüklendi. Saklamak için kaydedin.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../kokapp/gui/messages.py" line="13"/>
        <source>must be a number</source>
        <translation>bir sayı olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="14"/>
        <source>must be a finite number</source>
        <translation>sonlu bir sayı olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="15"/>
        <source>must be greater than zero</source>
        <translation>sıfırdan büyük olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="16"/>
        <source>must not be negative</source>
        <translation>negatif olamaz</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="17"/>
        <source>unknown site</source>
        <translation>bilinmeyen lokasyon</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="18"/>
        <source>unknown country</source>
        <translation>bilinmeyen ülke</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="19"/>
        <source>unknown product</source>
        <translation>bilinmeyen ürün</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="20"/>
        <source>must be a Turkish production hub</source>
        <translation>Türkiye&apos;deki bir üretim merkezi olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="21"/>
        <source>add at least one product</source>
        <translation>en az bir ürün ekleyin</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="22"/>
        <source>add at least one target market</source>
        <translation>en az bir hedef pazar ekleyin</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="23"/>
        <source>enter an annual volume for at least one product and market</source>
        <translation>en az bir ürün ve pazar için yıllık hacim girin</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="24"/>
        <source>at least one criterion needs a weight above zero</source>
        <translation>en az bir kriterin ağırlığı sıfırdan büyük olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="25"/>
        <source>HS chapter does not exist</source>
        <translation>böyle bir GTİP faslı yok</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="26"/>
        <source>must be 4, 6, 8 or 10 digits</source>
        <translation>4, 6, 8 ya da 10 haneli olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="27"/>
        <source>duplicate product name</source>
        <translation>aynı adlı ürün zaten var</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="28"/>
        <source>location listed twice</source>
        <translation>lokasyon iki kez listelenmiş</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="29"/>
        <source>market listed twice</source>
        <translation>pazar iki kez listelenmiş</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="30"/>
        <source>unknown market</source>
        <translation>bilinmeyen pazar</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="31"/>
        <source>must be zero or more</source>
        <translation>sıfır ya da daha büyük olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="32"/>
        <source>must not be empty</source>
        <translation>boş olamaz</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="33"/>
        <source>not a known reference figure</source>
        <translation>bilinen bir referans rakam değil</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="34"/>
        <source>is not a Kök project file</source>
        <translation>bir Kök proje dosyası değil</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="35"/>
        <source>is not UTF-8 text</source>
        <translation>UTF-8 metin değil</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="36"/>
        <source>must be one of the project&apos;s candidate locations</source>
        <translation>projenin aday lokasyonlarından biri olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="37"/>
        <source>must be above -100 %</source>
        <translation>%-100&apos;ün üzerinde olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="38"/>
        <source>must be at most 100 %</source>
        <translation>en fazla %100 olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="49"/>
        <source>is not a valid project file (damaged or cut off near line %1, column %2)</source>
        <translation>geçerli bir proje dosyası değil (%1. satır, %2. sütun civarında bozuk ya da yarım)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="50"/>
        <source>is not a valid project file</source>
        <translation>geçerli bir proje dosyası değil</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="51"/>
        <source>is too large to be a Kök project</source>
        <translation>bir Kök projesi olamayacak kadar büyük</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="52"/>
        <source>cannot be read (%1)</source>
        <translation>okunamıyor (%1)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="53"/>
        <source>must be a finite number, not %1</source>
        <translation>sonlu bir sayı olmalı, %1 değil</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="54"/>
        <source>is too large (%1)</source>
        <translation>çok büyük (%1)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="55"/>
        <source>has the wrong type (%2 instead of %1)</source>
        <translation>türü yanlış (%1 yerine %2)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="56"/>
        <source>is missing</source>
        <translation>eksik</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="58"/>
        <source>was written by a newer Kök (format %1): please update Kök</source>
        <translation>daha yeni bir Kök ile yazılmış (biçim %1): lütfen Kök&apos;ü güncelleyin</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="59"/>
        <source>format %1 is too old to read</source>
        <translation>%1 biçimi okunamayacak kadar eski</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="60"/>
        <source>has no format version</source>
        <translation>biçim sürümü yok</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="61"/>
        <source>has the wrong structure</source>
        <translation>yapısı yanlış</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="62"/>
        <source>needs a set-up type (logistics hub, assembly or sales office)</source>
        <translation>bir yapılanma türü gerekli (lojistik merkezi, montaj ya da satış ofisi)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="63"/>
        <source>must map markets to annual units</source>
        <translation>pazarları yıllık adetlere eşlemeli</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="64"/>
        <source>must be a whole number</source>
        <translation>tam sayı olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="65"/>
        <source>must be a list of numbers</source>
        <translation>sayı listesi olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="66"/>
        <source>must be text</source>
        <translation>metin olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="87"/>
        <source>An unknown field &apos;%1&apos; was ignored.</source>
        <translation>Bilinmeyen &apos;%1&apos; alanı yok sayıldı.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="88"/>
        <source>The candidate location &apos;%1&apos; is no longer in the reference data and was removed.</source>
        <translation>&apos;%1&apos; aday lokasyonu artık referans veride yok ve kaldırıldı.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="90"/>
        <source>The target market &apos;%1&apos; is not in the reference data and was removed.</source>
        <translation>&apos;%1&apos; hedef pazarı referans veride yok ve kaldırıldı.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="92"/>
        <source>The candidate location &apos;%1&apos; was listed twice; it is compared once.</source>
        <translation>Aday lokasyon &apos;%1&apos; iki kez listelenmişti; bir kez karşılaştırılıyor.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="94"/>
        <source>The target market &apos;%1&apos; was listed twice; it is kept once.</source>
        <translation>Hedef pazar &apos;%1&apos; iki kez listelenmişti; bir kez tutuldu.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="96"/>
        <source>The project is not complete yet: %1</source>
        <translation>Proje henüz tamamlanmadı: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="104"/>
        <source>No statutory minimum wage is bundled for %1. Enter the monthly minimum wage in EUR as your figure &apos;%2&apos; in Tools ▸ Data sources.</source>
        <translation>%1 için pakette yasal asgari ücret yok. Aylık asgari ücreti EUR olarak &apos;%2&apos; anahtarıyla kendi rakamınız şeklinde Araçlar ▸ Veri kaynakları bölümüne girin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="108"/>
        <source>No corporate tax rate is bundled for %1. Enter it as your figure &apos;%2&apos; in Tools ▸ Data sources.</source>
        <translation>%1 için pakette kurumlar vergisi oranı yok. Oranı &apos;%2&apos; anahtarıyla kendi rakamınız şeklinde Araçlar ▸ Veri kaynakları bölümüne girin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="112"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="114"/>
        <source>The file %1 could not be opened: %2</source>
        <translation>%1 dosyası açılamadı: %2</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="115"/>
        <source>field %1: </source>
        <translation>%1 alanı: </translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="118"/>
        <source>The reference data is damaged: %1</source>
        <translation>Referans veri bozuk: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="122"/>
        <source>The file could not be read or written: %1</source>
        <translation>Dosya okunamadı ya da yazılamadı: %1</translation>
    </message>
</context>
<context>
    <name>ProductsModel</name>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="25"/>
        <source>Product</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="25"/>
        <source>HS code</source>
        <translation>GTİP</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="25"/>
        <source>Unit value (EUR)</source>
        <translation>Birim değer (EUR)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="26"/>
        <source>Gross weight (kg)</source>
        <translation>Brüt ağırlık (kg)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="26"/>
        <source>Volume (m³)</source>
        <translation>Hacim (m³)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="26"/>
        <source>Units per pallet</source>
        <translation>Palet başına adet</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="75"/>
        <source>The product name must not be empty.</source>
        <translation>Ürün adı boş olamaz.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="78"/>
        <source>A product named &apos;%1&apos; already exists.</source>
        <translation>&apos;%1&apos; adlı bir ürün zaten var.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="83"/>
        <source>An HS code has 4, 6, 8 or 10 digits, e.g. 8708 or 870830.</source>
        <translation>GTİP 4, 6, 8 ya da 10 hanelidir; ör. 8708 ya da 870830.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="85"/>
        <source>HS chapter %1 does not exist.</source>
        <translation>%1 numaralı GTİP faslı yok.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="92"/>
        <source>Units per pallet must be a whole number above zero, or empty.</source>
        <translation>Palet başına adet sıfırdan büyük bir tam sayı olmalı ya da boş bırakılmalı.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="96"/>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>&apos;%1&apos; bir sayı değil.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="98"/>
        <source>The value must be greater than zero.</source>
        <translation>Değer sıfırdan büyük olmalı.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="118"/>
        <location filename="../kokapp/gui/product_table.py" line="120"/>
        <source>New product %1</source>
        <translation>Yeni ürün %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="132"/>
        <source>Remove products</source>
        <translation>Ürünleri kaldır</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="158"/>
        <source>Row %1, %2: %3</source>
        <translation>Satır %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="167"/>
        <source>Row %1: new products need %2.</source>
        <translation>Satır %1: yeni ürünler için %2 gerekli.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="173"/>
        <source>The pasted rows repeat a product name.</source>
        <translation>Yapıştırılan satırlarda aynı ürün adı birden çok kez geçiyor.</translation>
    </message>
    <message numerus="yes">
        <location filename="../kokapp/gui/product_table.py" line="176"/>
        <source>Paste %n product(s)</source>
        <translation>
            <numerusform>%n ürün yapıştır</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectPanel</name>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="42"/>
        <source>Your company</source>
        <translation>Firmanız</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="48"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="49"/>
        <source>Origin hub in Türkiye</source>
        <translation>Türkiye&apos;deki üretim merkezi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="68"/>
        <source>Products</source>
        <translation>Ürünler</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="74"/>
        <source>Add product</source>
        <translation>Ürün ekle</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="76"/>
        <location filename="../kokapp/gui/project_panel.py" line="101"/>
        <source>Remove selected</source>
        <translation>Seçilenleri kaldır</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="85"/>
        <source>Target markets and annual volumes (units)</source>
        <translation>Hedef pazarlar ve yıllık hacimler (adet)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="99"/>
        <source>Add market</source>
        <translation>Pazar ekle</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="110"/>
        <source>Candidate locations (tick to compare; click on the map)</source>
        <translation>Aday lokasyonlar (karşılaştırmak için işaretleyin; haritaya tıklayın)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="130"/>
        <source>assembly</source>
        <translation>montaj</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="130"/>
        <source>logistics hub</source>
        <translation>lojistik merkezi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="131"/>
        <source>sales office</source>
        <translation>satış ofisi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="237"/>
        <source>%1 is already a target market.</source>
        <translation>%1 zaten hedef pazar.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="243"/>
        <source>Remove markets</source>
        <translation>Pazarları kaldır</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="71"/>
        <source>Rank</source>
        <translation>Sıra</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="71"/>
        <source>Location</source>
        <translation>Lokasyon</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="71"/>
        <source>Score</source>
        <translation>Puan</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="71"/>
        <source>Logistics €/year</source>
        <translation>Lojistik €/yıl</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="72"/>
        <source>Duty €/year</source>
        <translation>Gümrük vergisi €/yıl</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="72"/>
        <source>Duty-free</source>
        <translation>Vergisiz</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="72"/>
        <source>Transit days</source>
        <translation>Transit gün</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="72"/>
        <source>LPI</source>
        <translation>LPI</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="73"/>
        <source>Min. wage €/month</source>
        <translation>Asgari ücret €/ay</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="73"/>
        <source>Corporate tax</source>
        <translation>Kurumlar vergisi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="96"/>
        <source> (Türkiye baseline)</source>
        <translation> (Türkiye&apos;den ihracat)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="106"/>
        <source>Your figure</source>
        <translation>Sizin rakamınız</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="109"/>
        <source>Incomplete: no citable tariff for some markets (counted as zero). Enter your broker&apos;s quote in Data sources.</source>
        <translation>Eksik: bazı pazarlar için kaynaklı tarife yok (sıfır sayıldı). Gümrük müşavirinizin teklifini Veri kaynakları bölümüne girin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="83"/>
        <source>No figure in the reference data: the average of the other locations is used. Enter your own figure in Data sources.</source>
        <translation>Referans veride rakam yok: diğer lokasyonların ortalaması kullanıldı. Kendi rakamınızı Veri kaynakları bölümüne girin.</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="50"/>
        <source>Ranking</source>
        <translation>Sıralama</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="52"/>
        <source>Detail</source>
        <translation>Ayrıntı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="53"/>
        <source>Market access</source>
        <translation>Pazara erişim</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="55"/>
        <source>Feasibility</source>
        <translation>Fizibilite</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="56"/>
        <source>Charts</source>
        <translation>Grafikler</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="64"/>
        <source>What matters to you (weights)</source>
        <translation>Sizin için ne önemli (ağırlıklar)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="107"/>
        <source>Location</source>
        <translation>Lokasyon</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="121"/>
        <source>Product</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="129"/>
        <source>duty-free</source>
        <translation>vergisiz</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="129"/>
        <source>duty to pay</source>
        <translation>vergi ödenir</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="130"/>
        <source>no citable tariff: enter a quote</source>
        <translation>kaynaklı tarife yok: teklif girin</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="131"/>
        <source>agreement suspended or trade halted (×)</source>
        <translation>anlaşma askıda ya da ticaret durduruldu (×)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="202"/>
        <source>Best match with your weights: %1.</source>
        <translation>Ağırlıklarınıza en uygun lokasyon: %1.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="257"/>
        <source>Trade halted: goods from %1 cannot be sold in %2.</source>
        <translation>Ticaret durduruldu: %1 kaynaklı mallar %2 pazarında satılamaz.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="261"/>
        <source>No citable tariff is bundled for %1: those duties count as zero until you enter a quote (Tools ▸ Data sources).</source>
        <translation>%1 için kaynak gösterilebilir bir tarife pakette yok: siz bir teklif girene kadar bu vergiler sıfır sayılır (Araçlar ▸ Veri kaynakları).</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="264"/>
        <source>✎ Your figure: %1 = %2 (%3)</source>
        <translation>✎ Sizin rakamınız: %1 = %2 (%3)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="96"/>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="100"/>
        <source>As the system (Turkish on a Turkish system)</source>
        <translation>Sistem diliyle (Türkçe sistemde Türkçe)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="112"/>
        <source>Metric (kg, m³, km)</source>
        <translation>Metrik (kg, m³, km)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="113"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="114"/>
        <source>Currency shown</source>
        <translation>Gösterilen para birimi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="115"/>
        <source>Default origin hub for new projects</source>
        <translation>Yeni projeler için varsayılan üretim merkezi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="116"/>
        <source>Units</source>
        <translation>Birimler</translation>
    </message>
</context>
<context>
    <name>VolumesModel</name>
    <message>
        <location filename="../kokapp/gui/volume_table.py" line="73"/>
        <source>Annual volume must be a whole number of units, zero or more.</source>
        <translation>Yıllık hacim sıfır ya da daha büyük bir tam sayı (adet) olmalı.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/volume_table.py" line="91"/>
        <source>Row %1: &apos;%2&apos; is not a volume.</source>
        <translation>Satır %1: &apos;%2&apos; bir hacim değil.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/volume_table.py" line="94"/>
        <source>Paste volumes</source>
        <translation>Hacimleri yapıştır</translation>
    </message>
</context>
</TS>

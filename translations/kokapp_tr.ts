<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>AssumptionsForm</name>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="9"/>
        <source>Set-up cost</source>
        <translation>Kuruluş maliyeti</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="10"/>
        <source>Rent</source>
        <translation>Kira</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="11"/>
        <source>Local staff</source>
        <translation>Yerel personel</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="12"/>
        <source>Wage as a multiple of the minimum wage</source>
        <translation>Asgari ücretin katı olarak ücret</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="13"/>
        <source>Local wage (your figure)</source>
        <translation>Yerel ücret (sizin rakamınız)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="14"/>
        <source>Employer social contributions</source>
        <translation>İşveren sosyal güvenlik payı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="15"/>
        <source>Management</source>
        <translation>Yönetim</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="16"/>
        <source>Change in variable cost per unit</source>
        <translation>Birim başına değişken maliyet değişimi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="17"/>
        <source>Local content</source>
        <translation>Yerel katkı payı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="18"/>
        <source>Staff no longer needed in Türkiye</source>
        <translation>Türkiye&apos;de artık gerekmeyen personel</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="19"/>
        <source>Extra sales from local presence</source>
        <translation>Yerel varlıktan gelen ek satış</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="20"/>
        <source>Gross margin on extra sales</source>
        <translation>Ek satışlarda brüt kâr marjı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="21"/>
        <source>Markets it serves (where the extra sales come from)</source>
        <translation>Hizmet verdiği pazarlar (ek satışın geldiği yer)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="22"/>
        <source>Horizon</source>
        <translation>Değerlendirme süresi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="23"/>
        <source>Discount rate</source>
        <translation>İskonto oranı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="24"/>
        <source>Ramp-up (share of the plan in years 1, 2, 3…)</source>
        <translation>Kademeli artış (1., 2., 3.… yılda planın payı)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="25"/>
        <source>Depreciation period</source>
        <translation>Amortisman süresi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="26"/>
        <source>Local content that confers origin</source>
        <translation>Menşe kazandıran yerel katkı payı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="27"/>
        <source>Turkish wage drift in EUR</source>
        <translation>Türkiye ücret artışı (EUR)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="28"/>
        <source>Local wage drift in EUR</source>
        <translation>Yerel ücret artışı (EUR)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="32"/>
        <source>Kök assumption: one-off fit-out, equipment, permits and company set-up, by set-up type.</source>
        <translation>Kök varsayımı: tek seferlik tadilat, ekipman, izinler ve şirket kuruluşu; kuruluş türüne göre.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="34"/>
        <source>Kök assumption: warehouse, plant or office rent, by set-up type (not by country).</source>
        <translation>Kök varsayımı: depo, tesis veya ofis kirası; kuruluş türüne göre (ülkeye göre değil).</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="36"/>
        <source>Kök assumption: local headcount, by set-up type.</source>
        <translation>Kök varsayımı: yerel çalışan sayısı; kuruluş türüne göre.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="37"/>
        <source>Kök assumption: average local wage as a multiple of the statutory minimum wage (from the reference data).</source>
        <translation>Kök varsayımı: ortalama yerel ücret, yasal asgari ücretin (referans verisinden) katı olarak.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="40"/>
        <source>Leave empty to use the minimum wage × the multiple above; or enter the gross monthly wage you expect to pay.</source>
        <translation>Boş bırakırsanız asgari ücret × yukarıdaki kat kullanılır; ya da ödemeyi beklediğiniz brüt aylık ücreti girin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="43"/>
        <source>Kök assumption: employer social contributions on gross wages (national rates vary, roughly 15-35 %).</source>
        <translation>Kök varsayımı: brüt ücretler üzerinden işveren sosyal güvenlik katkıları (oranlar ülkeye göre değişir, yaklaşık %15-35).</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="46"/>
        <source>Kök assumption: a local manager or an expatriate allowance.</source>
        <translation>Kök varsayımı: yerel bir yönetici veya yurt dışı görev ödeneği.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="48"/>
        <source>Kök assumption: extra handling (hub) or cost change (assembly) per unit; a negative figure is a saving.</source>
        <translation>Kök varsayımı: birim başına ek elleçleme (lojistik merkezi) veya maliyet değişimi (montaj); eksi bir rakam tasarruftur.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="51"/>
        <source>Kök assumption: share of the ex-works value added at the location; it decides the goods&apos; origin.</source>
        <translation>Kök varsayımı: fabrika çıkış değerinin lokasyonda eklenen payı; malın menşeini belirler.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="54"/>
        <source>Kök assumption: assembly jobs that move from the origin hub, valued at the Turkish minimum wage × the same multiple.</source>
        <translation>Kök varsayımı: üretim merkezinden taşınan montaj işleri; Türkiye asgari ücreti × aynı kat ile değerlenir.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="57"/>
        <source>Kök assumption: extra sales from being close to the market.</source>
        <translation>Kök varsayımı: pazara yakın olmanın getirdiği ek satış.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="59"/>
        <source>Kök assumption: margin earned on the extra sales.</source>
        <translation>Kök varsayımı: ek satışlardan elde edilen marj.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="60"/>
        <source>Tick the target markets this set-up sells into: its extra sales apply to their planned sales only. None ticked: its own country, if that is a target market.</source>
        <translation>Bu kuruluşun satış yaptığı hedef pazarları işaretleyin: ek satış yalnızca bu pazarlardaki planlanan satışlara uygulanır. Hiçbiri işaretli değilse: hedef pazarsa kendi ülkesi.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="63"/>
        <source>Kök default: the years of operation the cash flows cover.</source>
        <translation>Kök varsayılanı: nakit akışlarının kapsadığı faaliyet yılı sayısı.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="65"/>
        <source>Kök assumption: EUR cost of capital of an SME investment.</source>
        <translation>Kök varsayımı: bir KOBİ yatırımının EUR cinsinden sermaye maliyeti.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="67"/>
        <source>Kök assumption: share of the planned volume reached in each year; later years stay at the last figure. Separate the years with &apos;;&apos;.</source>
        <translation>Kök varsayımı: her yıl ulaşılan planlanan hacim payı; sonraki yıllar son rakamda kalır. Yılları &apos;;&apos; ile ayırın.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="70"/>
        <source>Kök default: straight-line depreciation of the set-up cost for tax.</source>
        <translation>Kök varsayılanı: vergi için kuruluş maliyetinin doğrusal amortismanı.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="72"/>
        <source>Kök assumption: local content from which goods assembled at the location take its origin (a simplification of the rules of origin).</source>
        <translation>Kök varsayımı: lokasyonda monte edilen malın o ülkenin menşeini kazandığı yerel katkı payı (menşe kurallarının basitleştirilmiş hâli).</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="75"/>
        <source>Kök default 0 (no drift): how much Turkish wages rise a year in EUR terms, i.e. TRY wage growth net of the lira&apos;s fall against the euro; it values the jobs an assembly line replaces in Türkiye.</source>
        <translation>Kök varsayılanı 0 (artış yok): Türkiye&apos;deki ücretlerin EUR cinsinden yıllık artışı, yani TL ücret artışından liranın avro karşısındaki değer kaybı düşüldükten sonra kalan; montaj hattının Türkiye&apos;de yerini aldığı işlerin değerini belirler.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="79"/>
        <source>Kök default 0 (no drift): how much the host country&apos;s wages rise a year in EUR terms.</source>
        <translation>Kök varsayılanı 0 (artış yok): ev sahibi ülkedeki ücretlerin EUR cinsinden yıllık artışı.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="84"/>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="85"/>
        <source>EUR per month</source>
        <translation>aylık EUR</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="86"/>
        <source>EUR per unit</source>
        <translation>birim başına EUR</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="87"/>
        <source>people</source>
        <translation>kişi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="88"/>
        <source>× minimum wage</source>
        <translation>× asgari ücret</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="89"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="90"/>
        <source>years</source>
        <translation>yıl</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="91"/>
        <source>% of the plan</source>
        <translation>planın %&apos;si</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="92"/>
        <source>target markets</source>
        <translation>hedef pazarlar</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="93"/>
        <source>% a year</source>
        <translation>yıllık %</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumptions_form.py" line="49"/>
        <source>An empty field uses Kök&apos;s default. Point at an assumption to see the basis of the default. Your figures are saved with the project.</source>
        <translation>Boş alan Kök&apos;ün varsayılanını kullanır. Varsayılanın dayanağını görmek için imleci bir varsayımın üzerine getirin. Rakamlarınız projeyle birlikte kaydedilir.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumptions_form.py" line="54"/>
        <source>Assumption</source>
        <translation>Varsayım</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumptions_form.py" line="54"/>
        <source>Your value</source>
        <translation>Sizin değeriniz</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumptions_form.py" line="54"/>
        <source>Unit</source>
        <translation>Birim</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumptions_form.py" line="54"/>
        <source>Kök&apos;s default</source>
        <translation>Kök&apos;ün varsayılanı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumptions_form.py" line="105"/>
        <source>its own country, if a target market</source>
        <translation>hedef pazarsa kendi ülkesi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumptions_form.py" line="108"/>
        <source>minimum wage × multiple</source>
        <translation>asgari ücret × kat</translation>
    </message>
</context>
<context>
    <name>AvailabilityTab</name>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="45"/>
        <source>Your project&apos;s markets come first, in bold. Point at a cell for what stands there and its source.</source>
        <translation>Projenizin pazarları kalın yazıyla en üstte. Bir hücrenin üzerine gelince orada ne olduğu ve kaynağı görünür.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="52"/>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="64"/>
        <source>%1: a market of your project</source>
        <translation>%1: projenizin pazarlarından</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="80"/>
        <source>Source: %1</source>
        <translation>Kaynak: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="86"/>
        <source>downloaded</source>
        <translation>indirildi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="86"/>
        <source>banded</source>
        <translation>aralık</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="87"/>
        <source>estimated</source>
        <translation>tahmini</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="87"/>
        <source>missing</source>
        <translation>eksik</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="90"/>
        <source>MFN tariff</source>
        <translation>MFN tarifesi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="90"/>
        <source>Agreements</source>
        <translation>Anlaşmalar</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="91"/>
        <source>Trade remedies</source>
        <translation>Ticari savunma</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="91"/>
        <source>LPI</source>
        <translation>LPI</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="91"/>
        <source>Minimum wage</source>
        <translation>Asgari ücret</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="92"/>
        <source>Corporate tax</source>
        <translation>Kurumlar vergisi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="96"/>
        <source>● downloaded: read from a downloaded file or a retrieved page and checked against it</source>
        <translation>● indirildi: indirilen bir dosyadan ya da alınan bir sayfadan okundu ve onunla karşılaştırılarak denetlendi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="97"/>
        <source>≈ banded: only a band is citable (its base is used, its ends in the scenarios)</source>
        <translation>≈ aralık: yalnızca bir aralık kaynak gösterilebilir (tabanı kullanılır, uçları senaryolarda)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="98"/>
        <source>○ estimated: an average standing in for your product&apos;s figure, an older edition, or transcribed from a published table and not re-checked</source>
        <translation>○ tahmini: ürününüzün rakamı yerine bir ortalama, eski bir baskı ya da yayımlanmış bir tablodan aktarılıp yeniden denetlenmemiş bir rakam</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="100"/>
        <source>✗ missing: no figure (Kök says so wherever it would be used)</source>
        <translation>✗ eksik: rakam yok (Kök bunu rakamın kullanılacağı her yerde belirtir)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="112"/>
        <source>band %1-%2 %, base %3 %</source>
        <translation>aralık %%1-%2, taban %%3</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="115"/>
        <source>tariff lines (CN8) of %1; codes renumbered since HS 2017 fall back to product-group averages</source>
        <translation>%1 tarife satırları (KN8); HS 2017&apos;den beri numarası değişen kodlarda ürün grubu ortalamaları kullanılır</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="118"/>
        <source>tariff lines (HTS8) of %1; US additional duties (Sections 232, 301) not included</source>
        <translation>%1 tarife satırları (HTS8); ABD ek vergileri (232. ve 301. bölümler) dahil değil</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="121"/>
        <source>no tariff-line figures: averages of %1 WTO product groups</source>
        <translation>tarife satırı düzeyinde rakam yok: %1 DTÖ ürün grubunun ortalamaları</translation>
    </message>
    <message numerus="yes">
        <location filename="../kokapp/gui/availability_tab.py" line="123"/>
        <source>%n agreement(s) in force</source>
        <translation>
            <numerusform>yürürlükte %n anlaşma</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../kokapp/gui/availability_tab.py" line="125"/>
        <source>, %n of them transcribed, not re-checked</source>
        <translation>
            <numerusform>, bunlardan %n tanesi aktarıldı, yeniden denetlenmedi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="128"/>
        <source>%1 measures in force listed on the countries Kök compares (compiled from official notices; not exhaustive)</source>
        <translation>Kök&apos;ün karşılaştırdığı ülkelere yönelik yürürlükte %1 önlem listelendi (resmî duyurulardan derlendi; eksiksiz değil)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="131"/>
        <source>LPI %1 (not in the %2 edition)</source>
        <translation>LPI %1 (%2 baskısında yer almıyor)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="135"/>
        <source>no tariff-line figures: an all-products average only</source>
        <translation>tarife satırı düzeyinde rakam yok: yalnızca tüm ürünlerin ortalaması</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="136"/>
        <source>no citable MFN tariff</source>
        <translation>kaynak gösterilebilir MFN tarifesi yok</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="137"/>
        <source>no preferential agreement in force is listed</source>
        <translation>yürürlükte listelenmiş tercihli anlaşma yok</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="138"/>
        <source>no list of anti-dumping, countervailing or safeguard measures is bundled</source>
        <translation>pakette damping karşıtı, telafi edici ya da korunma önlemleri listesi yok</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="140"/>
        <source>not scored by the World Bank LPI</source>
        <translation>Dünya Bankası LPI&apos;sında puanı yok</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="141"/>
        <source>no statutory national minimum wage (wages set otherwise, e.g. by collective agreements)</source>
        <translation>ulusal yasal asgari ücret yok (ücretler başka yolla, ör. toplu sözleşmelerle belirlenir)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="143"/>
        <source>no statutory minimum wage bundled</source>
        <translation>pakette yasal asgari ücret yok</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="144"/>
        <source>statutory minimum wage</source>
        <translation>yasal asgari ücret</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="145"/>
        <source>no corporate income tax bundled</source>
        <translation>pakette kurumlar vergisi yok</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="146"/>
        <source>corporate income tax</source>
        <translation>kurumlar vergisi</translation>
    </message>
</context>
<context>
    <name>BomDialog</name>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="46"/>
        <source>Bill of materials — %1</source>
        <translation>Ürün ağacı — %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="49"/>
        <source>What goes into one unit: each material&apos;s HS code, the country it originates in (as its supplier declares it) and its value in € per unit. The unit value, %1 €, is taken as the ex-works price. Kök checks the agreement&apos;s rule of origin for every location and market below. Paste rows from Excel with Ctrl+V.</source>
        <translation>Bir birime ne giriyor: her malzemenin GTİP kodu, menşe ülkesi (tedarikçisinin beyanına göre) ve birim başına € değeri. Birim değer, %1 €, fabrika çıkış fiyatı sayılır. Kök aşağıda her lokasyon ve pazar için anlaşmanın menşe kuralını kontrol eder. Excel&apos;den satırları Ctrl+V ile yapıştırın.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="58"/>
        <source>HS code</source>
        <translation>GTİP kodu</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="58"/>
        <source>Origin (country code)</source>
        <translation>Menşe (ülke kodu)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="59"/>
        <source>Value € per unit</source>
        <translation>Birim başına değer €</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="59"/>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="69"/>
        <source>Add line</source>
        <translation>Satır ekle</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="69"/>
        <source>Remove line</source>
        <translation>Satırı kaldır</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="85"/>
        <source>Made at</source>
        <translation>Üretim yeri</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="85"/>
        <source>Sold in</source>
        <translation>Satış pazarı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="85"/>
        <source>Origin</source>
        <translation>Menşe</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="86"/>
        <source>Why</source>
        <translation>Neden</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="127"/>
        <source>Line %1: the value must be a number of euros (e.g. 7,50).</source>
        <translation>Satır %1: değer euro cinsinden bir sayı olmalı (ör. 7,50).</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="135"/>
        <source>Line %1: the HS code must have 4 to 10 digits of a known chapter.</source>
        <translation>Satır %1: GTİP kodu bilinen bir faslın 4 ila 10 hanesi olmalı.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="136"/>
        <source>Line %1: the origin must be a country code such as TR, CN or DE.</source>
        <translation>Satır %1: menşe TR, CN veya DE gibi bir ülke kodu olmalı.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="137"/>
        <source>Line %1: the value must be a number of euros, zero or more.</source>
        <translation>Satır %1: değer sıfır veya daha büyük bir euro tutarı olmalı.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="141"/>
        <source>The materials cost more than the product&apos;s unit value (%1 €): check the values.</source>
        <translation>Malzemeler ürünün birim değerinden (%1 €) pahalı: değerleri kontrol edin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="162"/>
        <source> — non-originating materials %1 of the price</source>
        <translation> — menşeli olmayan malzeme payı: fiyatın %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="165"/>
        <source>rule for %1</source>
        <translation>%1 kuralı</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../kokapp/gui/charts.py" line="59"/>
        <source>Annual logistics and duty cost</source>
        <translation>Yıllık lojistik ve gümrük vergisi maliyeti</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="78"/>
        <source>Logistics</source>
        <translation>Lojistik</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="79"/>
        <source>Duty</source>
        <translation>Gümrük vergisi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="89"/>
        <source>Score with your weighting (higher is better)</source>
        <translation>Ağırlıklarınızla puan (yüksek olan daha iyi)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="123"/>
        <source>Transit time vs annual logistics cost</source>
        <translation>Transit süre ve yıllık lojistik maliyet</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="124"/>
        <source>Transit days (volume-weighted)</source>
        <translation>Transit gün (hacim ağırlıklı)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="125"/>
        <source>Logistics cost per year</source>
        <translation>Yıllık lojistik maliyet</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="153"/>
        <source>What moves the NPV most</source>
        <translation>NBD&apos;yi en çok etkileyen girdiler</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="154"/>
        <source>NPV</source>
        <translation>NBD</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="171"/>
        <source>input at its low value</source>
        <translation>girdi düşük değerinde</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="172"/>
        <source>input at its high value</source>
        <translation>girdi yüksek değerinde</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../kokapp/gui/commands.py" line="19"/>
        <source>Edit product</source>
        <translation>Ürünü düzenle</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="33"/>
        <source>Add product</source>
        <translation>Ürün ekle</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="45"/>
        <source>Remove product</source>
        <translation>Ürünü kaldır</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="59"/>
        <source>Change volume</source>
        <translation>Hacmi değiştir</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="72"/>
        <source>Add market</source>
        <translation>Pazar ekle</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="84"/>
        <source>Remove market</source>
        <translation>Pazarı kaldır</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="97"/>
        <source>Change candidate locations</source>
        <translation>Aday lokasyonları değiştir</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="109"/>
        <source>Change origin hub</source>
        <translation>Üretim merkezini değiştir</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="123"/>
        <source>Change weight</source>
        <translation>Ağırlığı değiştir</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="147"/>
        <source>Change weights</source>
        <translation>Ağırlıkları değiştir</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="162"/>
        <source>Change ranking rules</source>
        <translation>Sıralama kurallarını değiştir</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="174"/>
        <source>Change company name</source>
        <translation>Firma adını değiştir</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="186"/>
        <source>Change your figures</source>
        <translation>Kendi rakamlarınızı değiştir</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="198"/>
        <source>Change route scenario</source>
        <translation>Güzergâh senaryosunu değiştir</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="212"/>
        <source>Restore unsaved work</source>
        <translation>Kaydedilmemiş çalışmayı geri yükle</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_commands.py" line="30"/>
        <source>Change a feasibility assumption</source>
        <translation>Fizibilite varsayımını değiştir</translation>
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
        <location filename="../kokapp/gui/criteria.py" line="42"/>
        <source>Corporate tax</source>
        <translation>Kurumlar vergisi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="13"/>
        <source>Minimum wage</source>
        <translation>Asgari ücret</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="14"/>
        <source>Manufacturing labour cost</source>
        <translation>İmalat işgücü maliyeti</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="15"/>
        <source>Industrial electricity price</source>
        <translation>Sanayi elektrik fiyatı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="16"/>
        <source>Governance (WGI)</source>
        <translation>Yönetişim (WGI)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="17"/>
        <source>Proximity to Türkiye</source>
        <translation>Türkiye&apos;ye yakınlık</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="18"/>
        <source>LPI: customs</source>
        <translation>LPI: gümrük</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="19"/>
        <source>LPI: timeliness</source>
        <translation>LPI: zamanında teslim</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="24"/>
        <source>Average hourly labour cost in manufacturing, € (ILOSTAT): what a worker costs, not the legal floor</source>
        <translation>İmalatta ortalama saatlik işgücü maliyeti, € (ILOSTAT): yasal taban değil, bir çalışanın gerçek maliyeti</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="26"/>
        <source>Electricity for a medium industrial user, €/kWh excl. VAT (Eurostat nrg_pc_205, band IC): Europe, Türkiye and the candidate countries only</source>
        <translation>Orta ölçekli sanayi kullanıcısı için elektrik, KDV hariç €/kWh (Eurostat nrg_pc_205, IC bandı): yalnızca Avrupa, Türkiye ve aday ülkeler</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="29"/>
        <source>Mean of the World Bank&apos;s six Worldwide Governance Indicators, −2.5 to +2.5 (2022): rule of law, corruption control, political stability, regulation, government effectiveness, voice</source>
        <translation>Dünya Bankası&apos;nın altı Dünya Yönetişim Göstergesinin ortalaması, −2,5 ile +2,5 arası (2022): hukukun üstünlüğü, yolsuzluk kontrolü, siyasi istikrar, düzenleyici kalite, hükümet etkinliği, ifade ve hesap verebilirlik</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="32"/>
        <source>Closeness to Türkiye, 0–1: investment and tax treaties, visa-free travel for Turkish staff, a Turkic language, people from Türkiye living there</source>
        <translation>Türkiye&apos;ye yakınlık, 0–1: yatırım ve vergi anlaşmaları, Türk personel için vizesiz seyahat, Türk dili, orada yaşayan Türkiye doğumlular</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="35"/>
        <source>World Bank LPI component: efficiency of customs clearance (1–5)</source>
        <translation>Dünya Bankası LPI bileşeni: gümrük işlemlerinin etkinliği (1–5)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="36"/>
        <source>World Bank LPI component: shipments arriving on time (1–5)</source>
        <translation>Dünya Bankası LPI bileşeni: sevkiyatların zamanında varması (1–5)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="40"/>
        <source>Set-up cost</source>
        <translation>Kuruluş maliyeti</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="40"/>
        <source>Rent</source>
        <translation>Kira</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="40"/>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="41"/>
        <source>Local wage</source>
        <translation>Yerel ücret</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="41"/>
        <source>Planned volume</source>
        <translation>Planlanan hacim</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="42"/>
        <source>Discount rate</source>
        <translation>İskonto oranı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="43"/>
        <source>Variable cost per unit</source>
        <translation>Birim değişken maliyet</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="44"/>
        <source>Extra sales</source>
        <translation>Ek satış</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="44"/>
        <source>Freight rates</source>
        <translation>Navlun fiyatları</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="45"/>
        <source>Local wage drift</source>
        <translation>Yerel ücret artışı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="46"/>
        <source>Turkish wage drift</source>
        <translation>Türkiye ücret artışı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="50"/>
        <source>Logistics hub</source>
        <translation>Lojistik merkezi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="50"/>
        <source>Assembly line</source>
        <translation>Montaj hattı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="51"/>
        <source>Sales office</source>
        <translation>Satış ofisi</translation>
    </message>
</context>
<context>
    <name>DataSourcesDialog</name>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="42"/>
        <source>Data sources and your figures</source>
        <translation>Veri kaynakları ve kendi rakamlarınız</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="50"/>
        <source>Reference data %1: every figure names its public source, year and licence.</source>
        <translation>Referans veri %1: her rakam kamuya açık kaynağını, yılını ve lisansını gösterir.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="53"/>
        <source>Dataset</source>
        <translation>Veri seti</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="53"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="53"/>
        <source>Year</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="53"/>
        <source>Licence</source>
        <translation>Lisans</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="68"/>
        <source>Your figures replace the bundled ones and are marked ✎ in the results and the report.</source>
        <translation>Kendi rakamlarınız paketteki rakamların yerine geçer; sonuçlarda ve raporda ✎ ile işaretlenir.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="71"/>
        <source>Figure</source>
        <translation>Rakam</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="71"/>
        <source>Unit</source>
        <translation>Birim</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="71"/>
        <source>Kök&apos;s figure → yours</source>
        <translation>Kök&apos;ün rakamı → sizinki</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="72"/>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="101"/>
        <source>Sources and your figures</source>
        <translation>Kaynaklar ve kendi rakamlarınız</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="103"/>
        <source>Data availability</source>
        <translation>Veri durumu</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="117"/>
        <source>A figure Kök does not know (%1)</source>
        <translation>Kök&apos;ün tanımadığı bir rakam (%1)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="183"/>
        <location filename="../kokapp/gui/dialogs.py" line="194"/>
        <source>Figure %1 has a field to correct (marked in red).</source>
        <translation>%1. rakamda düzeltilmesi gereken bir alan var (kırmızıyla işaretli).</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="89"/>
        <source>Add figure</source>
        <translation>Rakam ekle</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="89"/>
        <source>Remove figure</source>
        <translation>Rakamı kaldır</translation>
    </message>
</context>
<context>
    <name>DetailModel</name>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="183"/>
        <source>Market</source>
        <translation>Pazar</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="183"/>
        <source>Product</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="183"/>
        <source>Mode</source>
        <translation>Taşıma türü</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="185"/>
        <source>Duty</source>
        <translation>Gümrük vergisi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="185"/>
        <source>Why this duty</source>
        <translation>Bu verginin nedeni</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="184"/>
        <source>Distance
km</source>
        <translation>Mesafe
km</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="184"/>
        <source>Transit
days</source>
        <translation>Transit
gün</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="184"/>
        <source>Freight
%1/unit</source>
        <translation>Navlun
%1/adet</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="185"/>
        <source>Landed
%1/unit</source>
        <translation>Varış maliyeti
%1/adet</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="186"/>
        <source>Units/
year</source>
        <translation>Adet/
yıl</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="183"/>
        <source>Customs
borders</source>
        <translation>Gümrük
sınırı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="183"/>
        <source>Route</source>
        <translation>Güzergâh</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="202"/>
        <source>Truck</source>
        <translation>Tır</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="202"/>
        <source>Container ship</source>
        <translation>Konteyner gemisi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="203"/>
        <source>Ro-Ro ferry + truck</source>
        <translation>Ro-Ro feribot + tır</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="203"/>
        <source>Air</source>
        <translation>Hava yolu</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="220"/>
        <source>Rule of origin: %1</source>
        <translation>Menşe kuralı: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="222"/>
        <source>Proof: %1</source>
        <translation>Menşe belgesi: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="229"/>
        <source>same country</source>
        <translation>aynı ülke</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="229"/>
        <source>EU single market</source>
        <translation>AB tek pazarı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="230"/>
        <source>your figure</source>
        <translation>sizin rakamınız</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="230"/>
        <source>MFN tariff (no agreement)</source>
        <translation>MFN tarifesi (anlaşma yok)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="231"/>
        <source>MFN: not originating under the agreement&apos;s rule</source>
        <translation>MFN: anlaşmanın menşe kuralı karşılanmıyor</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="232"/>
        <source>trade halted: cannot be sold there</source>
        <translation>ticaret durduruldu: orada satılamaz</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="234"/>
        <source> — agreement suspended</source>
        <translation> — anlaşma askıda</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="251"/>
        <source>Trade remedy in force, check it with your customs broker:</source>
        <translation>Yürürlükte ticari savunma önlemi; gümrük müşavirinizle teyit edin:</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="261"/>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="242"/>
        <source>No citable tariff for this market is bundled. Enter your broker&apos;s quote in Data sources.</source>
        <translation>Bu pazar için kaynak gösterilebilir bir tarife pakette yok. Gümrük müşavirinizin teklifini Veri kaynakları bölümüne girin.</translation>
    </message>
</context>
<context>
    <name>FeasibilityTab</name>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="51"/>
        <source>Location</source>
        <translation>Lokasyon</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="53"/>
        <source>Set-up</source>
        <translation>Kuruluş</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="56"/>
        <source>Count Turkish state support (Ministry of Trade unit rent support)</source>
        <translation>Türk devlet desteğini hesaba kat (Ticaret Bakanlığı birim kira desteği)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="59"/>
        <source>Decision 5973, Art. 11: 50 % of the rent of a warehouse, store or office abroad that markets goods produced in Türkiye, for up to 4 years, capped per unit (2026 limit) and at half the year&apos;s exports to that country; received the year after. Not for an assembly line. Transcribed from a secondary source: check with the Ministry before relying on it.</source>
        <translation>5973 sayılı Karar, m.11: Türkiye&apos;de üretilen ürünlerin pazarlandığı yurt dışı depo, mağaza veya ofis kirasının %50&apos;si, en çok 4 yıl; birim başına üst limit (2026) ve o ülkeye yıllık ihracatın yarısı ile sınırlı; bir sonraki yıl alınır. Montaj hattı için yok. İkincil kaynaktan aktarılmıştır: güvenmeden önce Bakanlıkla teyit edin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="70"/>
        <source>Net present value</source>
        <translation>Net bugünkü değer</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="71"/>
        <source>Internal rate of return</source>
        <translation>İç verim oranı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="72"/>
        <source>Payback</source>
        <translation>Geri ödeme</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="73"/>
        <source>Break-even volume</source>
        <translation>Başabaş hacmi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="97"/>
        <source>Scenarios and cash flows</source>
        <translation>Senaryolar ve nakit akışları</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="98"/>
        <source>Assumptions (your figures)</source>
        <translation>Varsayımlar (sizin rakamlarınız)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="211"/>
        <source>Tick at least one candidate location.</source>
        <translation>En az bir aday lokasyon işaretleyin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="266"/>
        <source>your figure</source>
        <translation>sizin rakamınız</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="268"/>
        <source>minimum wage %1 × %2</source>
        <translation>asgari ücret %1 × %2</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="270"/>
        <source>Local wage %1 per month (%2); corporate tax %3.</source>
        <translation>Yerel ücret aylık %1 (%2); kurumlar vergisi %3.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="167"/>
        <source>State support does not apply to an assembly line: the unit rent support is for a store, warehouse or office that markets goods produced in Türkiye.</source>
        <translation>Devlet desteği montaj hattına uygulanmaz: birim kira desteği Türkiye&apos;de üretilen ürünlerin pazarlandığı mağaza, depo veya ofis içindir.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="100"/>
        <source>Set-up cost, rent, staffing and margins are Kök assumptions until you enter your own figures in the form. Savings: this set-up&apos;s freight, clearance, insurance and duty against exporting from Türkiye, with the leg from Türkiye and the origin the set-up gives the goods.</source>
        <translation>Kuruluş maliyeti, kira, personel ve marjlar, formda kendi rakamlarınızı girene kadar Kök varsayımlarıdır. Tasarruflar: bu kuruluşun navlun, gümrükleme, sigorta ve gümrük vergisi maliyetinin Türkiye&apos;den ihracata göre farkı; Türkiye&apos;den gelen ayak ve kuruluşun mala verdiği menşe dahil.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="164"/>
        <source>State support adds nothing here: it is at most half the year&apos;s exports to the location&apos;s country, and the plan exports nothing there.</source>
        <translation>Devlet desteği burada bir şey eklemiyor: o ülkeye yıllık ihracatın en çok yarısı kadardır ve plan oraya hiç ihracat öngörmüyor.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="213"/>
        <source>Working out the feasibility…</source>
        <translation>Fizibilite hesaplanıyor…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="273"/>
        <source>Free-zone tax: %1 (applied year by year in the cash flows).</source>
        <translation>Serbest bölge vergisi: %1 (nakit akışlarında yıl yıl uygulanır).</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="277"/>
        <source>not defined</source>
        <translation>tanımlı değil</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="278"/>
        <source>not within the horizon</source>
        <translation>dönem içinde değil</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="279"/>
        <source>%1 years</source>
        <translation>%1 yıl</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="280"/>
        <source>not reached up to 20 × the plan</source>
        <translation>planın 20 katına kadar ulaşılmıyor</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="281"/>
        <source>%1 units a year (%2 of the plan)</source>
        <translation>yılda %1 adet (planın %2&apos;i)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="284"/>
        <source>Base</source>
        <translation>Temel</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="284"/>
        <source>Pessimistic</source>
        <translation>Kötümser</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="284"/>
        <source>Optimistic</source>
        <translation>İyimser</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="286"/>
        <source>Scenario</source>
        <translation>Senaryo</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="286"/>
        <source>NPV</source>
        <translation>NBD</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="286"/>
        <source>IRR</source>
        <translation>İVO</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="286"/>
        <source>Payback (years)</source>
        <translation>Geri ödeme (yıl)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="294"/>
        <source>Year</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="294"/>
        <source>Units</source>
        <translation>Adet</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="294"/>
        <source>Savings</source>
        <translation>Tasarruf</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="295"/>
        <source>Staff saved in Türkiye</source>
        <translation>Türkiye&apos;de tasarruf edilen personel</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="295"/>
        <source>Fixed costs</source>
        <translation>Sabit giderler</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="296"/>
        <source>Variable cost change</source>
        <translation>Değişken maliyet farkı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="297"/>
        <source>Margin on extra sales</source>
        <translation>Ek satışlardan marj</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="297"/>
        <source>Tax</source>
        <translation>Vergi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="298"/>
        <source>Cash flow</source>
        <translation>Nakit akışı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="298"/>
        <source>State support</source>
        <translation>Devlet desteği</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="24"/>
        <source>name</source>
        <translation>adı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="25"/>
        <source>HS code (GTİP)</source>
        <translation>GTİP</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="26"/>
        <source>unit value (EUR)</source>
        <translation>birim değer (EUR)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="27"/>
        <source>gross weight (kg)</source>
        <translation>brüt ağırlık (kg)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="28"/>
        <source>volume (m³)</source>
        <translation>hacim (m³)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="29"/>
        <source>units per pallet</source>
        <translation>palet başına adet</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="32"/>
        <source>Products</source>
        <translation>Ürünler</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="33"/>
        <source>Target markets</source>
        <translation>Hedef pazarlar</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="34"/>
        <source>Candidate locations</source>
        <translation>Aday lokasyonlar</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="35"/>
        <source>Annual volumes</source>
        <translation>Yıllık hacimler</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="36"/>
        <source>Weights</source>
        <translation>Ağırlıklar</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="37"/>
        <source>Origin hub</source>
        <translation>Üretim merkezi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="38"/>
        <source>Transport mode</source>
        <translation>Taşıma türü</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="39"/>
        <source>Your figures</source>
        <translation>Sizin rakamlarınız</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="40"/>
        <source>Location</source>
        <translation>Lokasyon</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="41"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="42"/>
        <location filename="../kokapp/gui/field_labels.py" line="119"/>
        <source>Feasibility</source>
        <translation>Fizibilite</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="43"/>
        <source>Set-up</source>
        <translation>Kuruluş</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="44"/>
        <source>Maximum transit days</source>
        <translation>En fazla transit gün</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="96"/>
        <source>Product %1</source>
        <translation>Ürün %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="100"/>
        <source>Target market %1</source>
        <translation>Hedef pazar %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="100"/>
        <source>Candidate location %1</source>
        <translation>Aday lokasyon %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="105"/>
        <source>Annual volume of %1 in %2</source>
        <translation>%1 ürününün %2 pazarındaki yıllık hacmi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="108"/>
        <source>Weight of %1</source>
        <translation>%1 ağırlığı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="111"/>
        <source>Your figure %1</source>
        <translation>Sizin rakamınız %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="118"/>
        <source>Set-up at %1</source>
        <translation>%1 yapılanması</translation>
    </message>
</context>
<context>
    <name>FigureForm</name>
    <message>
        <location filename="../kokapp/gui/figure_form.py" line="73"/>
        <source>%1 port (%2)</source>
        <translation>%1 limanı (%2)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_form.py" line="75"/>
        <source>European Union</source>
        <translation>Avrupa Birliği</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_form.py" line="114"/>
        <source>Figure</source>
        <translation>Rakam</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_form.py" line="131"/>
        <source>Where your figure comes from: a quote, a contract, a statistic…</source>
        <translation>Rakamınızın kaynağı: bir teklif, bir sözleşme, bir istatistik…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_form.py" line="133"/>
        <source>Unit</source>
        <translation>Birim</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_form.py" line="134"/>
        <source>Kök&apos;s figure</source>
        <translation>Kök&apos;ün rakamı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_form.py" line="135"/>
        <source>Your value</source>
        <translation>Sizin değeriniz</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_form.py" line="136"/>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_form.py" line="252"/>
        <source>Choose the figure you want to replace.</source>
        <translation>Değiştirmek istediğiniz rakamı seçin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_form.py" line="267"/>
        <source>Kök works the duty out for each product from the agreements and MFN tariffs; your quote replaces it for every product.</source>
        <translation>Kök gümrük vergisini her ürün için anlaşmalardan ve MFN tarifelerinden hesaplar; sizin teklifiniz tüm ürünler için bunun yerine geçer.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_form.py" line="271"/>
        <source>No bundled figure: Kök needs yours here.</source>
        <translation>Pakette rakam yok: burada sizin rakamınız gerekiyor.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_form.py" line="275"/>
        <source>%1 (range %2 to %3)</source>
        <translation>%1 (aralık %2 – %3)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_form.py" line="278"/>
        <source>%1, the all-products average (no figure for this group)</source>
        <translation>%1, tüm ürünler ortalaması (bu grup için rakam yok)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_form.py" line="281"/>
        <source>Source: %1 · dataset %2</source>
        <translation>Kaynak: %1 · veri seti %2</translation>
    </message>
</context>
<context>
    <name>FigureWords</name>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="19"/>
        <source>Road freight</source>
        <translation>Karayolu navlunu</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="20"/>
        <source>Road groupage</source>
        <translation>Parsiyel taşıma</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="21"/>
        <source>Sea container</source>
        <translation>Deniz konteyneri</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="22"/>
        <source>Ro-Ro</source>
        <translation>Ro-Ro</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="23"/>
        <source>Rail</source>
        <translation>Demiryolu</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="24"/>
        <source>Air freight</source>
        <translation>Hava kargo</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="25"/>
        <source>All modes</source>
        <translation>Tüm taşıma türleri</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="34"/>
        <source>MFN import tariff (group average)</source>
        <translation>MFN ithalat gümrük vergisi (grup ortalaması)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="35"/>
        <source>Duty quote from your broker</source>
        <translation>Gümrük müşavirinizin vergi teklifi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="36"/>
        <source>Statutory minimum wage</source>
        <translation>Yasal asgari ücret</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="37"/>
        <source>Corporate income tax</source>
        <translation>Kurumlar vergisi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="38"/>
        <source>Logistics performance (LPI score)</source>
        <translation>Lojistik performans (LPI puanı)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="39"/>
        <source>Manufacturing labour cost per hour</source>
        <translation>İmalatta saatlik işgücü maliyeti</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="40"/>
        <source>Industrial electricity price</source>
        <translation>Sanayi elektrik fiyatı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="41"/>
        <source>Governance (World Bank WGI mean)</source>
        <translation>Yönetişim (Dünya Bankası WGI ortalaması)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="42"/>
        <source>Proximity to Türkiye</source>
        <translation>Türkiye&apos;ye yakınlık</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="43"/>
        <source>LPI customs score</source>
        <translation>LPI gümrük puanı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="44"/>
        <source>LPI timeliness score</source>
        <translation>LPI zamanında teslim puanı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="45"/>
        <source>Exchange rate for local wages</source>
        <translation>Yerel ücretler için döviz kuru</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="46"/>
        <source>Origin of a product on a lane (1 originating, 0 not)</source>
        <translation>Bir güzergâhta ürünün menşei (1 menşeli, 0 değil)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="47"/>
        <source>Road distance of a land leg</source>
        <translation>Kara bağlantısının yol mesafesi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="48"/>
        <source>Sea distance between two ports</source>
        <translation>İki liman arası deniz mesafesi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="66"/>
        <source>Freight model</source>
        <translation>Navlun modeli</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="67"/>
        <source>Tariffs and duty</source>
        <translation>Tarifeler ve gümrük vergisi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="68"/>
        <source>Country figures</source>
        <translation>Ülke rakamları</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="69"/>
        <source>Distances</source>
        <translation>Mesafeler</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="79"/>
        <source>Importing country</source>
        <translation>İthalatçı ülke</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="80"/>
        <source>Product group</source>
        <translation>Ürün grubu</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="81"/>
        <source>Origin of the goods</source>
        <translation>Malın menşei</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="82"/>
        <source>Market</source>
        <translation>Pazar</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="83"/>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="84"/>
        <source>From</source>
        <translation>Nereden</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="85"/>
        <source>To</source>
        <translation>Nereye</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="86"/>
        <source>Port</source>
        <translation>Liman</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="87"/>
        <source>Other port</source>
        <translation>Diğer liman</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="88"/>
        <source>Currency</source>
        <translation>Para birimi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="89"/>
        <source>HS code</source>
        <translation>GTİP kodu</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="98"/>
        <source>EUR per km</source>
        <translation>km başına EUR</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="99"/>
        <source>EUR per nautical mile</source>
        <translation>deniz mili başına EUR</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="100"/>
        <source>EUR per kg</source>
        <translation>kg başına EUR</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="101"/>
        <source>EUR per shipment</source>
        <translation>sevkiyat başına EUR</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="102"/>
        <source>EUR per border crossing</source>
        <translation>sınır geçişi başına EUR</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="103"/>
        <source>EUR per 40&apos; container</source>
        <translation>40&apos;lık konteyner başına EUR</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="104"/>
        <source>EUR per trailer</source>
        <translation>dorse başına EUR</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="105"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="106"/>
        <source>m³</source>
        <translation>m³</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="107"/>
        <source>pallets</source>
        <translation>palet</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="108"/>
        <source>km per day</source>
        <translation>günde km</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="109"/>
        <source>knots</source>
        <translation>knot (deniz mili/saat)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="110"/>
        <source>kg per m³</source>
        <translation>m³ başına kg</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="111"/>
        <source>factor</source>
        <translation>katsayı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="112"/>
        <source>days</source>
        <translation>gün</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="113"/>
        <source>share of the goods&apos; value (0.01 = 1 %)</source>
        <translation>malın değerine oran (0,01 = %1)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="115"/>
        <source>share of the goods&apos; value per year (0.12 = 12 %)</source>
        <translation>malın değerine yıllık oran (0,12 = %12)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="116"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="117"/>
        <source>EUR per month</source>
        <translation>aylık EUR</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="118"/>
        <source>score from 1 to 5</source>
        <translation>1 ile 5 arası puan</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="119"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="120"/>
        <source>nautical miles</source>
        <translation>deniz mili</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="121"/>
        <source>EUR per hour</source>
        <translation>saat başına EUR</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="122"/>
        <source>EUR per kWh</source>
        <translation>kWh başına EUR</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="123"/>
        <source>score from −2.5 to +2.5</source>
        <translation>−2,5 ile +2,5 arası puan</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="124"/>
        <source>score from 0 to 1</source>
        <translation>0 ile 1 arası puan</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="125"/>
        <source>units of the currency per euro</source>
        <translation>1 euro karşılığı yerel para birimi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="126"/>
        <source>1 yes, 0 no</source>
        <translation>1 evet, 0 hayır</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="135"/>
        <source>All products</source>
        <translation>Tüm ürünler</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="136"/>
        <source>Animal products</source>
        <translation>Hayvansal ürünler</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="137"/>
        <source>Dairy products</source>
        <translation>Süt ürünleri</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="138"/>
        <source>Fruit, vegetables, plants</source>
        <translation>Meyve, sebze, bitkiler</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="139"/>
        <source>Coffee, tea</source>
        <translation>Kahve, çay</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="140"/>
        <source>Cereals and preparations</source>
        <translation>Tahıllar ve müstahzarları</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="141"/>
        <source>Oilseeds, fats and oils</source>
        <translation>Yağlı tohumlar, katı ve sıvı yağlar</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="142"/>
        <source>Sugars and confectionery</source>
        <translation>Şekerler ve şekerlemeler</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="143"/>
        <source>Beverages and tobacco</source>
        <translation>İçecekler ve tütün</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="144"/>
        <source>Cotton</source>
        <translation>Pamuk</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="145"/>
        <source>Other agricultural products</source>
        <translation>Diğer tarım ürünleri</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="146"/>
        <source>Fish and fish products</source>
        <translation>Balık ve balık ürünleri</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="147"/>
        <source>Minerals and metals</source>
        <translation>Mineraller ve metaller</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="148"/>
        <source>Petroleum</source>
        <translation>Petrol</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="149"/>
        <source>Chemicals</source>
        <translation>Kimyasallar</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="150"/>
        <source>Wood, paper, etc.</source>
        <translation>Ağaç, kâğıt vb.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="151"/>
        <source>Textiles</source>
        <translation>Tekstil</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="152"/>
        <source>Clothing</source>
        <translation>Giyim</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="153"/>
        <source>Leather, footwear, etc.</source>
        <translation>Deri, ayakkabı vb.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="154"/>
        <source>Non-electrical machinery</source>
        <translation>Elektrikli olmayan makineler</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="155"/>
        <source>Electrical machinery</source>
        <translation>Elektrikli makineler</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="156"/>
        <source>Transport equipment</source>
        <translation>Taşıt araçları</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="157"/>
        <source>Manufactures not elsewhere specified</source>
        <translation>Başka yerde belirtilmemiş mamuller</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="167"/>
        <source>Kök freight model assumptions</source>
        <translation>Kök navlun modeli varsayımları</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="168"/>
        <source>HS chapter to WTO MTN product group correspondence (chapter-level approximation)</source>
        <translation>GTİP faslından DTÖ MTN ürün grubuna eşleştirme (fasıl düzeyinde yaklaşım)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="178"/>
        <source>Kök developers</source>
        <translation>Kök geliştiricileri</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="185"/>
        <source>no source</source>
        <translation>kaynak yok</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="206"/>
        <source>Enter a number from %1 to %2.</source>
        <translation>%1 ile %2 arasında bir sayı girin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="207"/>
        <source>Enter a number greater than %1.</source>
        <translation>%1 değerinden büyük bir sayı girin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="208"/>
        <source>Enter a number of %1 or more.</source>
        <translation>%1 veya daha büyük bir sayı girin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="209"/>
        <source>Enter a number greater than %1 and at most %2.</source>
        <translation>%1 değerinden büyük, en fazla %2 olan bir sayı girin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="210"/>
        <source>Enter a number of at most %2.</source>
        <translation>En fazla %2 olan bir sayı girin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="211"/>
        <location filename="../kokapp/gui/figure_words.py" line="218"/>
        <source>Enter a number.</source>
        <translation>Bir sayı girin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="220"/>
        <source>Enter a whole number.</source>
        <translation>Tam sayı girin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="222"/>
        <source>This number is too large.</source>
        <translation>Bu sayı çok büyük.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="224"/>
        <source>Kök does not know this figure: choose it again.</source>
        <translation>Kök bu rakamı tanımıyor: yeniden seçin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="226"/>
        <source>This figure is already in the list.</source>
        <translation>Bu rakam listede zaten var.</translation>
    </message>
</context>
<context>
    <name>HsCodeDelegate</name>
    <message>
        <location filename="../kokapp/gui/delegates.py" line="30"/>
        <source>e.g. 8708 or a word of the chapter title</source>
        <translation>ör. 8708 ya da fasıl başlığından bir kelime</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="27"/>
        <source>Import products — %1</source>
        <translation>Ürün içe aktar — %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="30"/>
        <source>Product</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="30"/>
        <source>HS code</source>
        <translation>GTİP</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="30"/>
        <source>Unit value (EUR)</source>
        <translation>Birim değer (EUR)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="31"/>
        <source>Gross weight (kg)</source>
        <translation>Brüt ağırlık (kg)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="31"/>
        <source>Volume (m³)</source>
        <translation>Hacim (m³)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="32"/>
        <source>Units per pallet</source>
        <translation>Palet başına adet</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="35"/>
        <source>Columns found: %1</source>
        <translation>Bulunan sütunlar: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="37"/>
        <source>Ignored columns: %1</source>
        <translation>Yok sayılan sütunlar: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="45"/>
        <source>Row</source>
        <translation>Satır</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="45"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="45"/>
        <source>Content</source>
        <translation>İçerik</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="59"/>
        <source>already in the project: skipped</source>
        <translation>projede zaten var: atlandı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="61"/>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="70"/>
        <source>%1 of %2 rows can be imported. Rows with problems are not imported: fix them in your file and import again.</source>
        <translation>%2 satırdan %1 tanesi içe aktarılabilir. Sorunlu satırlar aktarılmaz: dosyanızda düzeltip yeniden içe aktarın.</translation>
    </message>
    <message numerus="yes">
        <location filename="../kokapp/gui/import_dialog.py" line="74"/>
        <location filename="../kokapp/gui/import_dialog.py" line="128"/>
        <source>Import %n product(s)</source>
        <translation>
            <numerusform>%n ürünü içe aktar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="82"/>
        <source>empty</source>
        <translation>boş</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="82"/>
        <location filename="../kokapp/gui/import_dialog.py" line="90"/>
        <source>not a number</source>
        <translation>sayı değil</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="83"/>
        <source>must be greater than zero</source>
        <translation>sıfırdan büyük olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="84"/>
        <source>must not be negative</source>
        <translation>negatif olamaz</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="85"/>
        <source>must be a whole number</source>
        <translation>tam sayı olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="86"/>
        <source>needs 4, 6, 8 or 10 digits</source>
        <translation>4, 6, 8 ya da 10 hane olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="87"/>
        <source>needs 4, 6, 8, 10 or 12 digits</source>
        <translation>4, 6, 8, 10 veya 12 hane olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="88"/>
        <source>not an HS code: digits only</source>
        <translation>GTİP kodu değil: yalnızca rakam</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="89"/>
        <source>HS chapter does not exist</source>
        <translation>böyle bir GTİP faslı yok</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="92"/>
        <source>ambiguous: write 1500 or 1,5 without a thousands separator</source>
        <translation>belirsiz: binlik ayırıcı olmadan 1500 ya da 1,5 yazın</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="94"/>
        <source>same product as row %1</source>
        <translation>%1. satırdaki ürünle aynı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="99"/>
        <source>(cell %1)</source>
        <translation>(hücre %1)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="105"/>
        <source>Column “%1”: Kök has no data for %2, so its numbers are not imported.</source>
        <translation>“%1” sütunu: Kök&apos;te %2 için veri yok; bu sütunun sayıları içe aktarılmadı.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="106"/>
        <source>Column “%1” holds numbers but is not a country Kök knows: not imported.</source>
        <translation>“%1” sütununda sayılar var ama Kök bu ülkeyi tanımıyor: içe aktarılmadı.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="107"/>
        <source>Column “%1”: %2 already has a column, so this one is not imported.</source>
        <translation>“%1” sütunu: %2 için zaten bir sütun var; bu sütun içe aktarılmadı.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="108"/>
        <source>Row %3: GTİP %2 is kept as %4 (a project stores up to 10 digits).</source>
        <translation>Satır %3: GTİP %2, %4 olarak saklandı (proje en çok 10 hane saklar).</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="109"/>
        <source>Cell %1: Kök reads the first 500 columns (A to %4); cells further right were not imported.</source>
        <translation>%1 hücresi: Kök ilk 500 sütunu okur (A–%4); daha sağdaki hücreler içe aktarılmadı.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="111"/>
        <source>Sheet “%1” was read; other sheets with data were not: %4.</source>
        <translation>“%1” sayfası okundu; veri içeren diğer sayfalar okunmadı: %4.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="116"/>
        <source>Did you mean %1?</source>
        <translation>%1 mi demek istediniz?</translation>
    </message>
</context>
<context>
    <name>KnockoutWords</name>
    <message>
        <location filename="../kokapp/gui/knockout_words.py" line="19"/>
        <source>transit time</source>
        <translation>transit süresi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/knockout_words.py" line="20"/>
        <source>duty-free share</source>
        <translation>vergisiz pay</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/knockout_words.py" line="21"/>
        <source>LPI</source>
        <translation>LPI</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/knockout_words.py" line="22"/>
        <source>no %1 figure to check</source>
        <translation>kontrol için %1 rakamı yok</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/knockout_words.py" line="24"/>
        <source>transit %1 days, above %2</source>
        <translation>transit %1 gün, %2 sınırının üzerinde</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/knockout_words.py" line="27"/>
        <source>duty-free share %1, below %2</source>
        <translation>vergisiz pay %1, %2 sınırının altında</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/knockout_words.py" line="29"/>
        <source>LPI %1, below %2</source>
        <translation>LPI %1, %2 sınırının altında</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/knockout_words.py" line="36"/>
        <source>✗ %1 is excluded: %2.</source>
        <translation>✗ %1 elendi: %2.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/knockout_words.py" line="39"/>
        <source>? %1 stays in: %2.</source>
        <translation>? %1 sıralamada kalıyor: %2.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/knockout_words.py" line="42"/>
        <source>✗ %1 cannot serve %2 of the planned volume (trade halted): it ranks after every location that serves the whole plan.</source>
        <translation>✗ %1 planlanan hacmin %2 kadarına hizmet veremez (ticaret durduruldu): planın tamamına hizmet veren her lokasyondan sonra sıralanır.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/knockout_words.py" line="51"/>
        <source>its weight is spread over their other criteria</source>
        <translation>ağırlığı diğer kriterlerine dağıtılır</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/knockout_words.py" line="53"/>
        <source>they score the worst of the other locations on it</source>
        <translation>bu kriterde diğer lokasyonların en kötüsü kadar puan alırlar</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/knockout_words.py" line="60"/>
        <source>n/a — no %1 figure for %2: %3.</source>
        <translation>y/d — %2 için %1 rakamı yok: %3.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="121"/>
        <source>Working out the comparison…</source>
        <translation>Karşılaştırma hesaplanıyor…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="183"/>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="184"/>
        <source>&amp;New</source>
        <translation>&amp;Yeni</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="185"/>
        <source>&amp;Open…</source>
        <translation>&amp;Aç…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="186"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Son açılanlar</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="189"/>
        <source>Open the &amp;demo project</source>
        <translation>Ö&amp;rnek projeyi aç</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="191"/>
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="192"/>
        <source>Save &amp;as…</source>
        <translation>&amp;Farklı kaydet…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="194"/>
        <source>&amp;Import products from Excel or CSV…</source>
        <translation>Excel ya da CSV&apos;den ürün &amp;içe aktar…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="196"/>
        <source>&amp;Export Excel report…</source>
        <translation>&amp;Excel raporu oluştur…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="198"/>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="199"/>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="200"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="201"/>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="205"/>
        <source>Add &amp;product</source>
        <translation>Ü&amp;rün ekle</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="206"/>
        <source>&amp;Tools</source>
        <translation>&amp;Araçlar</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="207"/>
        <source>&amp;Rank again</source>
        <translation>&amp;Yeniden sırala</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="208"/>
        <source>&amp;Data sources and your figures…</source>
        <translation>&amp;Veri kaynakları ve kendi rakamlarınız…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="209"/>
        <source>&amp;Settings…</source>
        <translation>A&amp;yarlar…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="210"/>
        <source>&amp;Help</source>
        <translation>Y&amp;ardım</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="211"/>
        <source>&amp;About Kök</source>
        <translation>Kök &amp;hakkında</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="136"/>
        <location filename="../kokapp/gui/main_window.py" line="240"/>
        <source>Untitled</source>
        <translation>Adsız</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="31"/>
        <source>Save changes?</source>
        <translation>Değişiklikler kaydedilsin mi?</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="32"/>
        <source>The project has changes that are not saved. Save them?</source>
        <translation>Projede kaydedilmemiş değişiklikler var. Kaydedilsin mi?</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="48"/>
        <source>Cannot open the project</source>
        <translation>Proje açılamıyor</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="54"/>
        <source>Opened %1</source>
        <translation>%1 açıldı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="56"/>
        <source>Project opened with changes</source>
        <translation>Proje değişikliklerle açıldı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="57"/>
        <source>Kök opened %1 and adjusted it:</source>
        <translation>Kök %1 dosyasını açtı ve şunları düzenledi:</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="67"/>
        <source>Demo project opened: save it under your own name to keep changes.</source>
        <translation>Örnek proje açıldı: değişiklikleri saklamak için kendi adınızla kaydedin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="72"/>
        <source>Open project</source>
        <translation>Proje aç</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="81"/>
        <source>(none)</source>
        <translation>(yok)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="89"/>
        <location filename="../kokapp/gui/report_export.py" line="56"/>
        <source>project</source>
        <translation>proje</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="90"/>
        <source>Save project</source>
        <translation>Projeyi kaydet</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="101"/>
        <location filename="../kokapp/gui/file_actions.py" line="107"/>
        <source>Cannot save the project</source>
        <translation>Proje kaydedilemiyor</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="102"/>
        <source>Kök did not save %1: %2. Kök could not open such a file again; correct the value and save again.</source>
        <translation>Kök %1 dosyasını kaydetmedi: %2. Kök böyle bir dosyayı yeniden açamazdı; değeri düzeltip yeniden kaydedin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="108"/>
        <source>%1 could not be written: %2. Choose another place with Save as.</source>
        <translation>%1 yazılamadı: %2. Farklı kaydet ile başka bir yer seçin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="115"/>
        <source>Saved %1</source>
        <translation>%1 kaydedildi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="251"/>
        <source>Import products</source>
        <translation>Ürün içe aktar</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="252"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Tablolar (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="258"/>
        <source>Cannot import</source>
        <translation>İçe aktarılamıyor</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="258"/>
        <source>%1 could not be imported: %2</source>
        <translation>%1 içe aktarılamadı: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../kokapp/gui/main_window.py" line="267"/>
        <source>%n product(s) imported.</source>
        <translation>
            <numerusform>%n ürün içe aktarıldı.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kokapp/gui/report_export.py" line="47"/>
        <source>Cannot export yet</source>
        <translation>Henüz dışa aktarılamıyor</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/report_export.py" line="48"/>
        <source>Kök is still working out the comparison. Export when the ranking is shown.</source>
        <translation>Kök karşılaştırmayı hâlâ hesaplıyor. Sıralama görününce dışa aktarın.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/report_export.py" line="52"/>
        <location filename="../kokapp/gui/report_export.py" line="95"/>
        <source>Cannot export</source>
        <translation>Rapor oluşturulamıyor</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/report_export.py" line="59"/>
        <source>Export Excel report</source>
        <translation>Excel raporu oluştur</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/report_export.py" line="70"/>
        <source>Writing the Excel report…</source>
        <translation>Excel raporu yazılıyor…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/report_export.py" line="71"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/report_export.py" line="74"/>
        <source>Report not written: cancelled.</source>
        <translation>Rapor yazılmadı: iptal edildi.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/report_export.py" line="83"/>
        <source>The file is open in Excel or another program. Close it, or choose another name.</source>
        <translation>Dosya Excel&apos;de ya da başka bir programda açık. Kapatın ya da başka bir ad seçin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/report_export.py" line="85"/>
        <source>The file or its folder is read-only. Choose another place.</source>
        <translation>Dosya ya da klasörü salt okunur. Başka bir yer seçin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/report_export.py" line="87"/>
        <source>The folder does not exist. Choose another place.</source>
        <translation>Klasör yok. Başka bir yer seçin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/report_export.py" line="88"/>
        <source>The file could not be written. Choose another place.</source>
        <translation>Dosya yazılamadı. Başka bir yer seçin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/report_export.py" line="90"/>
        <source>Cannot write the report</source>
        <translation>Rapor yazılamıyor</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/report_export.py" line="98"/>
        <source>Report written: %1</source>
        <translation>Rapor yazıldı: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/report_export.py" line="100"/>
        <source>Report written</source>
        <translation>Rapor yazıldı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/report_export.py" line="101"/>
        <source>Open the report now?</source>
        <translation>Rapor şimdi açılsın mı?</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="311"/>
        <source>About Kök</source>
        <translation>Kök hakkında</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="312"/>
        <source>Kök %1 — where should your company put down roots abroad?
Reference data %2. Works offline.</source>
        <translation>Kök %1 — firmanız yurt dışında nerede kök salmalı?
Referans veri %2. İnternet gerektirmez.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="134"/>
        <source>Restore unsaved work?</source>
        <translation>Kaydedilmemiş çalışma geri yüklensin mi?</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="135"/>
        <source>Kök did not close normally. Restore the unsaved project &quot;%1&quot; (autosaved %2)?</source>
        <translation>Kök düzgün kapanmadı. Kaydedilmemiş &quot;%1&quot; projesi geri yüklensin mi (otomatik kayıt: %2)?</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="143"/>
        <source>Cannot restore the unsaved work</source>
        <translation>Kaydedilmemiş çalışma geri yüklenemiyor</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="144"/>
        <source>%1

The autosaved file is kept: %2</source>
        <translation>%1

Otomatik kaydedilen dosya silinmedi: %2</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="150"/>
        <source>Unsaved work restored. Save it to keep it.</source>
        <translation>Kaydedilmemiş çalışma geri yüklendi. Saklamak için kaydedin.</translation>
    </message>
</context>
<context>
    <name>MarketPicker</name>
    <message>
        <location filename="../kokapp/gui/market_picker.py" line="34"/>
        <source>Country name or code, e.g. Almanya, İngiltere, DE</source>
        <translation>Ülke adı veya kodu, ör. Almanya, İngiltere, DE</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../kokapp/gui/messages.py" line="14"/>
        <source>must be a number</source>
        <translation>bir sayı olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="15"/>
        <source>must be a finite number</source>
        <translation>sonlu bir sayı olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="16"/>
        <source>must be greater than zero</source>
        <translation>sıfırdan büyük olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="17"/>
        <source>must not be negative</source>
        <translation>negatif olamaz</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="18"/>
        <source>unknown site</source>
        <translation>bilinmeyen lokasyon</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="19"/>
        <source>unknown country</source>
        <translation>bilinmeyen ülke</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="20"/>
        <source>unknown product</source>
        <translation>bilinmeyen ürün</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="21"/>
        <source>must be a Turkish production hub</source>
        <translation>Türkiye&apos;deki bir üretim merkezi olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="22"/>
        <source>add at least one product</source>
        <translation>en az bir ürün ekleyin</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="23"/>
        <source>add at least one target market</source>
        <translation>en az bir hedef pazar ekleyin</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="24"/>
        <source>enter an annual volume for at least one product and market</source>
        <translation>en az bir ürün ve pazar için yıllık hacim girin</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="25"/>
        <source>at least one criterion needs a weight above zero</source>
        <translation>en az bir kriterin ağırlığı sıfırdan büyük olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="26"/>
        <source>HS chapter does not exist</source>
        <translation>böyle bir GTİP faslı yok</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="27"/>
        <source>must be 4, 6, 8 or 10 digits</source>
        <translation>4, 6, 8 ya da 10 haneli olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="28"/>
        <source>duplicate product name</source>
        <translation>aynı adlı ürün zaten var</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="29"/>
        <source>location listed twice</source>
        <translation>lokasyon iki kez listelenmiş</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="30"/>
        <source>market listed twice</source>
        <translation>pazar iki kez listelenmiş</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="31"/>
        <source>unknown market</source>
        <translation>bilinmeyen pazar</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="32"/>
        <source>must be zero or more</source>
        <translation>sıfır ya da daha büyük olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="33"/>
        <source>must not be empty</source>
        <translation>boş olamaz</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="34"/>
        <source>not a known reference figure</source>
        <translation>bilinen bir referans rakam değil</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="35"/>
        <source>is not a Kök project file</source>
        <translation>bir Kök proje dosyası değil</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="36"/>
        <source>is not UTF-8 text</source>
        <translation>UTF-8 metin değil</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="37"/>
        <source>must be one of the project&apos;s candidate locations</source>
        <translation>projenin aday lokasyonlarından biri olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="38"/>
        <source>must be above -100 %</source>
        <translation>%-100&apos;ün üzerinde olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="39"/>
        <source>must be at most 100 %</source>
        <translation>en fazla %100 olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="40"/>
        <source>unknown criterion</source>
        <translation>bilinmeyen kriter</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="41"/>
        <source>market is not a target market</source>
        <translation>pazar bir hedef pazar değil</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="42"/>
        <source>must be a whole number of years from 1 to 30</source>
        <translation>1 ile 30 arasında tam sayı yıl olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="43"/>
        <source>must be a share from 0 to 10</source>
        <translation>0 ile 10 arasında bir oran olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="44"/>
        <source>must be from 0 to 100 %</source>
        <translation>%0 ile %100 arasında olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="45"/>
        <source>must be a whole number of years, at least 1</source>
        <translation>en az 1 olan tam sayı yıl olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="68"/>
        <source>no citable MFN tariff in the bundled data: enter your broker&apos;s quote</source>
        <translation>pakette kaynağı gösterilebilir MFN (en çok kayrılan ülke) tarifesi yok: gümrük müşavirinizin teklifini girin</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="69"/>
        <source>all-products average (no figure for the product group)</source>
        <translation>tüm ürünler ortalaması (ürün grubu için rakam yok)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="70"/>
        <source>agricultural component may remain for processed products</source>
        <translation>işlenmiş ürünlerde tarımsal bileşen vergisi kalabilir</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="71"/>
        <source>Türkiye applies the EU common external tariff to industrial goods (Customs Union)</source>
        <translation>Türkiye sanayi ürünlerinde AB ortak gümrük tarifesini uygular (Gümrük Birliği)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="90"/>
        <source>is not a valid project file (damaged or cut off near line %1, column %2)</source>
        <translation>geçerli bir proje dosyası değil (%1. satır, %2. sütun civarında bozuk ya da yarım)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="91"/>
        <source>is not a valid project file</source>
        <translation>geçerli bir proje dosyası değil</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="92"/>
        <source>is too large to be a Kök project</source>
        <translation>bir Kök projesi olamayacak kadar büyük</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="93"/>
        <source>cannot be read (%1)</source>
        <translation>okunamıyor (%1)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="94"/>
        <source>must be a finite number, not %1</source>
        <translation>sonlu bir sayı olmalı, %1 değil</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="95"/>
        <source>is too large (%1)</source>
        <translation>çok büyük (%1)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="96"/>
        <source>has the wrong type (%2 instead of %1)</source>
        <translation>türü yanlış (%1 yerine %2)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="97"/>
        <source>is missing</source>
        <translation>eksik</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="99"/>
        <source>was written by a newer Kök (format %1): please update Kök</source>
        <translation>daha yeni bir Kök ile yazılmış (biçim %1): lütfen Kök&apos;ü güncelleyin</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="100"/>
        <source>format %1 is too old to read</source>
        <translation>%1 biçimi okunamayacak kadar eski</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="101"/>
        <source>has no format version</source>
        <translation>biçim sürümü yok</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="102"/>
        <source>has the wrong structure</source>
        <translation>yapısı yanlış</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="103"/>
        <source>needs a set-up type (logistics hub, assembly or sales office)</source>
        <translation>bir yapılanma türü gerekli (lojistik merkezi, montaj ya da satış ofisi)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="104"/>
        <source>must map markets to annual units</source>
        <translation>pazarları yıllık adetlere eşlemeli</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="105"/>
        <source>must be a whole number</source>
        <translation>tam sayı olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="106"/>
        <source>must be a list of numbers</source>
        <translation>sayı listesi olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="107"/>
        <source>must be text</source>
        <translation>metin olmalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="109"/>
        <source>no freight mode reaches %1 from the origin hub</source>
        <translation>üretim merkezinden %1 lokasyonuna hiçbir taşıma türü ulaşmıyor</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="110"/>
        <source>must be one of: %1</source>
        <translation>şunlardan biri olmalı: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="46"/>
        <source>is a folder, a device or a pipe, not a file</source>
        <translation>bir klasör, aygıt ya da boru; dosya değil</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="47"/>
        <source>is larger than 50 MB: too large to import</source>
        <translation>50 MB&apos;tan büyük: içe aktarmak için çok büyük</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="48"/>
        <source>unpacks to more than 50 MB: too large to import (save the product table alone in a new file)</source>
        <translation>açıldığında 50 MB&apos;ı aşıyor: içe aktarmak için çok büyük (ürün tablosunu tek başına yeni bir dosyaya kaydedin)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="111"/>
        <source>is too complex to import (%1 in %2)</source>
        <translation>içe aktarmak için fazla karmaşık (%2 içinde %1)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="50"/>
        <source>has more than 10,000 rows of products: Kök imports at most 10,000 at a time (split the table)</source>
        <translation>10.000&apos;den fazla ürün satırı var: Kök bir seferde en çok 10.000 ürün alır (tabloyu bölün)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="52"/>
        <source>has a line longer than 1,000,000 characters: not a table Kök can import</source>
        <translation>1.000.000 karakterden uzun bir satırı var: Kök&apos;ün alabileceği bir tablo değil</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="53"/>
        <source>has no visible sheet</source>
        <translation>görünür sayfası yok</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="113"/>
        <source>too large to compare in full (%1 location × market × product rows; at most %2): the window ranks it; the report and the command line need a smaller study</source>
        <translation>tam karşılaştırma için çok büyük (%1 lokasyon × pazar × ürün satırı; en çok %2): pencere sıralar; rapor ve komut satırı için daha küçük bir çalışma gerekir</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="135"/>
        <source>An unknown field &apos;%1&apos; was ignored.</source>
        <translation>Bilinmeyen &apos;%1&apos; alanı yok sayıldı.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="136"/>
        <source>The candidate location &apos;%1&apos; is no longer in the reference data and was removed.</source>
        <translation>&apos;%1&apos; aday lokasyonu artık referans veride yok ve kaldırıldı.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="138"/>
        <source>The target market &apos;%1&apos; is not in the reference data and was removed.</source>
        <translation>&apos;%1&apos; hedef pazarı referans veride yok ve kaldırıldı.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="140"/>
        <source>The candidate location &apos;%1&apos; was listed twice; it is compared once.</source>
        <translation>Aday lokasyon &apos;%1&apos; iki kez listelenmişti; bir kez karşılaştırılıyor.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="142"/>
        <source>The target market &apos;%1&apos; was listed twice; it is kept once.</source>
        <translation>Hedef pazar &apos;%1&apos; iki kez listelenmişti; bir kez tutuldu.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="144"/>
        <source>The project is not complete yet: %1</source>
        <translation>Proje henüz tamamlanmadı: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="156"/>
        <source>No criterion is weighted: move at least one slider above zero to rank the locations.</source>
        <translation>Hiçbir kritere ağırlık verilmedi: lokasyonları sıralamak için en az bir kaydırıcıyı sıfırın üzerine getirin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="165"/>
        <source>No statutory minimum wage is bundled for %1. Enter the monthly minimum wage in EUR as your figure &apos;%2&apos; in Tools ▸ Data sources.</source>
        <translation>%1 için pakette yasal asgari ücret yok. Aylık asgari ücreti EUR olarak &apos;%2&apos; anahtarıyla kendi rakamınız şeklinde Araçlar ▸ Veri kaynakları bölümüne girin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="170"/>
        <source>No corporate tax rate is bundled for %1. Enter it as your figure &apos;%2&apos; in Tools ▸ Data sources.</source>
        <translation>%1 için pakette kurumlar vergisi oranı yok. Oranı &apos;%2&apos; anahtarıyla kendi rakamınız şeklinde Araçlar ▸ Veri kaynakları bölümüne girin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="158"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="176"/>
        <source>The file %1 could not be opened: %2</source>
        <translation>%1 dosyası açılamadı: %2</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="177"/>
        <source>field %1: </source>
        <translation>%1 alanı: </translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="180"/>
        <source>The reference data is damaged: %1</source>
        <translation>Referans veri bozuk: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="184"/>
        <source>The file could not be read or written: %1</source>
        <translation>Dosya okunamadı ya da yazılamadı: %1</translation>
    </message>
</context>
<context>
    <name>MoneyModel</name>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="123"/>
        <source>Location</source>
        <translation>Lokasyon</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="123"/>
        <source>Logistics
%1/year</source>
        <translation>Lojistik
%1/yıl</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="124"/>
        <source>Duty
%1/year</source>
        <translation>Gümrük v.
%1/yıl</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="124"/>
        <source>Landed
%1/year</source>
        <translation>Teslim
%1/yıl</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="125"/>
        <source>vs. Türkiye
%1/year</source>
        <translation>Türkiye&apos;ye
göre %1/yıl</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="125"/>
        <source>vs. Türkiye
%</source>
        <translation>Türkiye&apos;ye
göre %</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="126"/>
        <source>Best set-up</source>
        <translation>En iyi kuruluş</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="126"/>
        <source>NPV
%1</source>
        <translation>NBD
%1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="126"/>
        <source>Payback
years</source>
        <translation>Geri ödeme
yıl</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="127"/>
        <source>Break-even
units/year</source>
        <translation>Başabaş
adet/yıl</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="150"/>
        <source> — Türkiye baseline</source>
        <translation> — Türkiye&apos;den ihracat</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="155"/>
        <source>n/a</source>
        <translation>y/d</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="156"/>
        <source>No citable tariff for some markets: the duty is unknown, never zero. Enter your broker&apos;s quote in Data sources.</source>
        <translation>Bazı pazarlar için kaynak gösterilebilir tarife yok: gümrük vergisi bilinmiyor, asla sıfır sayılmaz. Gümrük müşavirinizin teklifini Veri kaynakları&apos;na girin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="163"/>
        <source>working out…</source>
        <translation>hesaplanıyor…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="165"/>
        <source>not evaluated</source>
        <translation>değerlendirilemedi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="169"/>
        <source>Your set-up (Feasibility tab)</source>
        <translation>Sizin kuruluşunuz (Fizibilite sekmesi)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="170"/>
        <source>The best of the set-ups this site suits, with Kök&apos;s default assumptions</source>
        <translation>Bu lokasyonun uygun olduğu kuruluşların en iyisi, Kök&apos;ün varsayılan varsayımlarıyla</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="172"/>
        <source>never</source>
        <translation>geri ödemiyor</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="174"/>
        <source>not reached</source>
        <translation>ulaşılamıyor</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="177"/>
        <source>Excluded by your thresholds or unable to serve the whole plan (see below)</source>
        <translation>Eşikleriniz nedeniyle elendi ya da planın tamamına hizmet veremiyor (aşağıya bakın)</translation>
    </message>
</context>
<context>
    <name>MoneyTab</name>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="73"/>
        <source>%1: a %2 pays — NPV %3 over %4 years at base figures.</source>
        <translation>%1: %2 kârlı — baz rakamlarla %4 yılda NBD %3.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="76"/>
        <source>%1: a %2 pays back in %3 years — NPV %4 over %5 years at base figures.</source>
        <translation>%1: %2 %3 yılda kendini geri öder — baz rakamlarla %5 yılda NBD %4.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="81"/>
        <source>Not decided: the yearly cost of exporting from %1 is unknown (no citable duty for some markets), so no location can be compared with it. Enter your broker&apos;s duty quotes in Tools ▸ Data sources.</source>
        <translation>Karar verilemedi: %1 üzerinden ihracatın yıllık maliyeti bilinmiyor (bazı pazarlar için kaynaklı gümrük vergisi yok), bu yüzden hiçbir lokasyon onunla karşılaştırılamıyor. Gümrük müşavirinizin vergi tekliflerini Araçlar ▸ Veri kaynakları&apos;na girin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="85"/>
        <source>Keep exporting from %1: no location lowers the yearly logistics and duty cost, and no set-up pays.</source>
        <translation>%1 üzerinden ihracata devam edin: hiçbir lokasyon yıllık lojistik ve gümrük vergisi maliyetini düşürmüyor ve hiçbir kuruluş kendini geri ödemiyor.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="87"/>
        <source>%1 would lower the yearly logistics and duty cost by %2 (%3) if the goods were made there</source>
        <translation>mallar %1 konumunda üretilirse yıllık lojistik ve gümrük vergisi maliyeti %2 (%3) düşer</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="210"/>
        <source>Landed cost: freight, clearance, insurance, goods-in-transit capital and duty of the whole plan for a year, as if the goods were made or stocked there (local origin, no leg from Türkiye). Best set-up: the highest NPV among the set-ups the site suits that could earn something, with Kök&apos;s default assumptions or your own (Feasibility tab); its NPV counts the leg from Türkiye and the origin the set-up gives the goods.</source>
        <translation>Teslim maliyeti: planın tamamının bir yıllık navlun, gümrükleme, sigorta, yoldaki mal sermayesi ve gümrük vergisi; mallar orada üretilmiş ya da stoklanmış gibi (yerel menşe, Türkiye&apos;den gelen ayak yok). En iyi kuruluş: lokasyonun uygun olduğu ve bir şey kazandırabilecek kuruluşlar arasında, Kök&apos;ün varsayılanlarıyla ya da sizin rakamlarınızla (Fizibilite sekmesi) en yüksek NBD; NBD Türkiye&apos;den gelen ayağı ve kuruluşun mala verdiği menşeyi hesaba katar.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="93"/>
        <source>Not decided yet: %1, but its set-ups cannot be evaluated. %2</source>
        <translation>Henüz karar verilemez: %1, ancak oradaki kuruluş seçenekleri değerlendirilemiyor. %2</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="61"/>
        <source>(Left out: %1 location(s) excluded by your thresholds or halted trade.)</source>
        <translation>(Hesaba katılmayan: eşikleriniz ya da durdurulan ticaret nedeniyle elenen %1 lokasyon.)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="95"/>
        <source>Keep exporting from %1: %2, but no set-up there pays back within %3 years.</source>
        <translation>%1 üzerinden ihracata devam edin: %2, ancak oradaki hiçbir kuruluş %3 yıl içinde kendini geri ödemiyor.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="383"/>
        <source>Working out the set-up costs… (%1 of %2 locations)</source>
        <translation>Kuruluş maliyetleri hesaplanıyor… (%2 lokasyonun %1 tanesi)</translation>
    </message>
</context>
<context>
    <name>OriginWords</name>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="8"/>
        <source>originating</source>
        <translation>menşeli</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="9"/>
        <source>not originating: MFN duty</source>
        <translation>menşeli değil: MFN vergisi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="10"/>
        <source>only if a condition holds: MFN until you confirm</source>
        <translation>yalnızca bir koşul sağlanırsa: siz teyit edene kadar MFN</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="11"/>
        <source>customs union: A.TR, no origin needed</source>
        <translation>gümrük birliği: A.TR, menşe gerekmez</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="12"/>
        <source>no preference to gain</source>
        <translation>kazanılacak tercih yok</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="13"/>
        <source>rules not bundled</source>
        <translation>kurallar pakette yok</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="14"/>
        <source>no bill of materials</source>
        <translation>ürün ağacı yok</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="27"/>
        <source>heading</source>
        <translation>pozisyonunda</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="27"/>
        <source>subheading</source>
        <translation>alt pozisyonunda</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="27"/>
        <source>chapter</source>
        <translation>faslında</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="31"/>
        <source>non-originating %1 in the product&apos;s %2</source>
        <translation>menşeli olmayan %1 ürünün %2</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="32"/>
        <source> or an excluded heading (%1)</source>
        <translation> veya hariç tutulan bir pozisyonda (%1)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="34"/>
        <source>non-originating materials %1 of the ex-works price, more than the %2 allowed</source>
        <translation>menşeli olmayan malzemeler fabrika çıkış fiyatının %1 kadarı; izin verilen %2 sınırının üstünde</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="37"/>
        <source>materials of heading %1: %2, more than %3</source>
        <translation>%1 pozisyonundaki malzemeler: %2; %3 sınırının üstünde</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="39"/>
        <source>%1 (%2) within the %3 tolerance</source>
        <translation>%1 (%2) %3 tolerans içinde</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="42"/>
        <source> (%1 cumulation of materials from %2)</source>
        <translation> (%2 malzemeleriyle %1 kümülasyon)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="43"/>
        <source>diagonal</source>
        <translation>çapraz</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="43"/>
        <source>bilateral</source>
        <translation>ikili</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="44"/>
        <source>regional</source>
        <translation>bölgesel</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="48"/>
        <source>your figure: %1</source>
        <translation>sizin kararınız: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="50"/>
        <source>not originating%1: %2</source>
        <translation>menşeli değil%1: %2</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="50"/>
        <source>; or </source>
        <translation>; ya da </translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="52"/>
        <source>originating%1: the rule for %2 is met</source>
        <translation>menşeli%1: %2 kuralı karşılanıyor</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="55"/>
        <source>originating: every material originates%1</source>
        <translation>menşeli: bütün malzemeler menşeli%1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="57"/>
        <source>originating only if: %1</source>
        <translation>yalnızca şu koşulla menşeli: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="58"/>
        <source> (the list splits the heading: check which description fits)</source>
        <translation> (liste pozisyonu bölüyor: hangi tanımın uyduğunu kontrol edin)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="60"/>
        <source>sold where it is made</source>
        <translation>üretildiği yerde satılıyor</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="60"/>
        <source>EU single market</source>
        <translation>AB tek pazarı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="61"/>
        <source>trade halted</source>
        <translation>ticaret durduruldu</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="62"/>
        <source>no preferential agreement: the MFN duty applies whatever the origin</source>
        <translation>tercihli anlaşma yok: menşe ne olursa olsun MFN vergisi uygulanır</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="64"/>
        <source>no bill of materials: the project&apos;s local-content threshold stands in</source>
        <translation>ürün ağacı yok: projenin yerel katkı eşiği kullanılır</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="65"/>
        <source>the agreement&apos;s rules of origin are not bundled: the project&apos;s local-content threshold stands in</source>
        <translation>anlaşmanın menşe kuralları pakette yok: projenin yerel katkı eşiği kullanılır</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="67"/>
        <source>customs union: goods in free circulation need no origin</source>
        <translation>gümrük birliği: serbest dolaşımdaki mallar için menşe gerekmez</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="68"/>
        <source>no rule for this HS code in the bundled list</source>
        <translation>paketteki listede bu GTİP için kural yok</translation>
    </message>
</context>
<context>
    <name>PairwiseDialog</name>
    <message>
        <location filename="../kokapp/gui/ahp_dialog.py" line="36"/>
        <source>Weights by pairwise comparison</source>
        <translation>İkili karşılaştırmayla ağırlıklar</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/ahp_dialog.py" line="41"/>
        <source>For each pair, how much more does one matter than the other for this decision? “equal” means both matter as much. Kök turns the answers into weights (AHP) and checks that they hang together.</source>
        <translation>Her çift için, bu kararda biri diğerinden ne kadar daha önemli? “eşit”, ikisinin aynı ölçüde önemli olduğu anlamına gelir. Kök yanıtları ağırlıklara çevirir (AHP) ve birbiriyle tutarlı olup olmadıklarını kontrol eder.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/ahp_dialog.py" line="53"/>
        <location filename="../kokapp/gui/ahp_dialog.py" line="56"/>
        <source>%1 matters %2× as much</source>
        <translation>%1 %2 kat daha önemli</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/ahp_dialog.py" line="54"/>
        <source>equal</source>
        <translation>eşit</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/ahp_dialog.py" line="78"/>
        <source>Use these weights</source>
        <translation>Bu ağırlıkları kullan</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/ahp_dialog.py" line="96"/>
        <source>Weights: %1</source>
        <translation>Ağırlıklar: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/ahp_dialog.py" line="101"/>
        <source>Consistency ratio %1: the judgements hang together (at most %2).</source>
        <translation>Tutarlılık oranı %1: yargılar birbiriyle tutarlı (en çok %2).</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/ahp_dialog.py" line="105"/>
        <source>Consistency ratio %1 is above %2: some judgements contradict each other (A over B, B over C, yet C over A). Review them before using the weights.</source>
        <translation>Tutarlılık oranı %1, %2 sınırının üzerinde: bazı yargılar birbiriyle çelişiyor (A, B&apos;den; B, C&apos;den önemli, ama C, A&apos;dan önemli). Ağırlıkları kullanmadan önce gözden geçirin.</translation>
    </message>
</context>
<context>
    <name>ProductsModel</name>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="26"/>
        <source>Product</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="26"/>
        <source>HS code</source>
        <translation>GTİP</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="26"/>
        <source>Unit value (EUR)</source>
        <translation>Birim değer (EUR)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="27"/>
        <source>Gross weight (kg)</source>
        <translation>Brüt ağırlık (kg)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="27"/>
        <source>Volume (m³)</source>
        <translation>Hacim (m³)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="27"/>
        <source>Units per pallet</source>
        <translation>Palet başına adet</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="90"/>
        <source>The product name must not be empty.</source>
        <translation>Ürün adı boş olamaz.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="93"/>
        <source>A product named &apos;%1&apos; already exists.</source>
        <translation>&apos;%1&apos; adlı bir ürün zaten var.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="153"/>
        <source>HS chapter %1 does not exist.</source>
        <translation>%1 numaralı GTİP faslı yok.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="105"/>
        <source>Units per pallet must be a whole number above zero, or empty.</source>
        <translation>Palet başına adet sıfırdan büyük bir tam sayı olmalı ya da boş bırakılmalı.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="78"/>
        <source>GTİP %1</source>
        <translation>GTİP %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="78"/>
        <source>chapter %1</source>
        <translation>fasıl %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="79"/>
        <source>heading %1</source>
        <translation>pozisyon %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="81"/>
        <source>subheading %1</source>
        <translation>alt pozisyon %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="82"/>
        <source>used: chapter (Kök&apos;s duty rates are per HS chapter)</source>
        <translation>kullanılan: fasıl (Kök&apos;ün gümrük vergisi oranları GTİP faslı düzeyindedir)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="109"/>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>&apos;%1&apos; bir sayı değil.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="111"/>
        <source>The value must be greater than zero.</source>
        <translation>Değer sıfırdan büyük olmalı.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="135"/>
        <source>GTİP %1: Kök keeps %2 (a project stores up to 10 digits); duties use chapter %3.</source>
        <translation>GTİP %1: Kök %2 olarak saklar (proje en çok 10 hane saklar); gümrük vergisi %3. fasıldan hesaplanır.</translation>
    </message>
    <message numerus="yes">
        <location filename="../kokapp/gui/product_table.py" line="139"/>
        <source>%n GTİP code(s) kept with their first 10 digits (a project stores up to 10); duties use the chapter.</source>
        <translation>
            <numerusform>%n GTİP kodu ilk 10 hanesiyle saklandı (proje en çok 10 hane saklar); gümrük vergisi fasıldan hesaplanır.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="145"/>
        <source>Enter an HS/GTİP code, e.g. 8708 or 6302.31.00.00.11.</source>
        <translation>Bir GTİP kodu girin, ör. 8708 veya 6302.31.00.00.11.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="147"/>
        <source>&apos;%1&apos; is not an HS/GTİP code: use digits, with dots or spaces if you like (e.g. 6302.31.00.00.11).</source>
        <translation>&apos;%1&apos; bir GTİP kodu değil: rakam kullanın, isterseniz nokta veya boşlukla (ör. 6302.31.00.00.11).</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="150"/>
        <source>&apos;%1&apos; has %2 digits: an HS code has 4, 6, 8 or 10 digits, a full GTİP 12.</source>
        <translation>&apos;%1&apos; %2 haneli: GTİP kodu 4, 6, 8 veya 10 hanelidir, tam GTİP 12 hanedir.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="159"/>
        <location filename="../kokapp/gui/product_table.py" line="161"/>
        <source>New product %1</source>
        <translation>Yeni ürün %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="173"/>
        <source>Remove products</source>
        <translation>Ürünleri kaldır</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="199"/>
        <source>Row %1, %2: %3</source>
        <translation>Satır %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="208"/>
        <source>Row %1: new products need %2.</source>
        <translation>Satır %1: yeni ürünler için %2 gerekli.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="214"/>
        <source>The pasted rows repeat a product name.</source>
        <translation>Yapıştırılan satırlarda aynı ürün adı birden çok kez geçiyor.</translation>
    </message>
    <message numerus="yes">
        <location filename="../kokapp/gui/product_table.py" line="220"/>
        <source>Paste %n product(s)</source>
        <translation>
            <numerusform>%n ürün yapıştır</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectPanel</name>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="51"/>
        <source>Your company</source>
        <translation>Firmanız</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="57"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="58"/>
        <source>Origin hub in Türkiye</source>
        <translation>Türkiye&apos;deki üretim merkezi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="79"/>
        <source>Products</source>
        <translation>Ürünler</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="85"/>
        <source>Add product</source>
        <translation>Ürün ekle</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="87"/>
        <location filename="../kokapp/gui/project_panel.py" line="110"/>
        <source>Remove selected</source>
        <translation>Seçilenleri kaldır</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="89"/>
        <source>Bill of materials…</source>
        <translation>Ürün ağacı…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="91"/>
        <source>What goes into the selected product, for its rules of origin</source>
        <translation>Seçili ürüne ne giriyor: menşe kuralları için</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="101"/>
        <source>Target markets and annual volumes (units)</source>
        <translation>Hedef pazarlar ve yıllık hacimler (adet)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="108"/>
        <source>Add market</source>
        <translation>Pazar ekle</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="119"/>
        <source>Candidate locations (tick to compare; click on the map)</source>
        <translation>Aday lokasyonlar (karşılaştırmak için işaretleyin; haritaya tıklayın)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="154"/>
        <source>assembly</source>
        <translation>montaj</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="154"/>
        <source>logistics hub</source>
        <translation>lojistik merkezi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="155"/>
        <source>sales office</source>
        <translation>satış ofisi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="270"/>
        <source>Select a product first (click its row).</source>
        <translation>Önce bir ürün seçin (satırına tıklayın).</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="279"/>
        <source>Select the products to remove first (click their row numbers).</source>
        <translation>Önce kaldırılacak ürünleri seçin (satır numaralarına tıklayın).</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="290"/>
        <source>%1 is already a target market.</source>
        <translation>%1 zaten hedef pazar.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="292"/>
        <source>Kök has no data for %1, so it cannot be a target market.</source>
        <translation>Kök&apos;te %1 için veri yok; hedef pazar olamaz.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="295"/>
        <source>Type a country name or code, e.g. Almanya or DE.</source>
        <translation>Bir ülke adı veya kodu yazın, ör. Almanya veya DE.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="297"/>
        <source>&apos;%1&apos; is not a country Kök knows. Did you mean %2?</source>
        <translation>&apos;%1&apos; Kök&apos;ün tanıdığı bir ülke değil. %2 mi demek istediniz?</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="300"/>
        <source>&apos;%1&apos; is not a country Kök knows. Type a country name or code, e.g. Almanya, İngiltere or DE.</source>
        <translation>&apos;%1&apos; Kök&apos;ün tanıdığı bir ülke değil. Bir ülke adı veya kodu yazın, ör. Almanya, İngiltere veya DE.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="306"/>
        <source>Select the markets to remove first (click their names on the left).</source>
        <translation>Önce kaldırılacak pazarları seçin (soldaki adlarına tıklayın).</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="308"/>
        <source>Remove markets</source>
        <translation>Pazarları kaldır</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="109"/>
        <source>Location</source>
        <translation>Lokasyon</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="109"/>
        <source>Score</source>
        <translation>Puan</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="111"/>
        <source>LPI</source>
        <translation>LPI</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="109"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="105"/>
        <source>Labour
%1/hour</source>
        <translation>İşgücü
%1/saat</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="106"/>
        <source>Electricity
%1/kWh</source>
        <translation>Elektrik
%1/kWh</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="107"/>
        <source>Gover-
nance</source>
        <translation>Yöneti-
şim</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="107"/>
        <source>Proximity
0-1</source>
        <translation>Yakınlık
0-1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="108"/>
        <source>LPI
customs</source>
        <translation>LPI
gümrük</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="108"/>
        <source>LPI
timeliness</source>
        <translation>LPI
zamanında</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="109"/>
        <source>Logistics
%1/year</source>
        <translation>Lojistik
%1/yıl</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="110"/>
        <source>Duty
%1/year</source>
        <translation>Gümrük v.
%1/yıl</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="110"/>
        <source>Duty-
free</source>
        <translation>Vergisiz
pay</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="110"/>
        <source>Transit
days</source>
        <translation>Transit
gün</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="111"/>
        <source>Min. wage
%1/month</source>
        <translation>Asgari ücret
%1/ay</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="111"/>
        <source>Corporate
tax</source>
        <translation>Kurumlar
vergisi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="122"/>
        <source>No figure in the reference data (n/a): this criterion&apos;s weight is spread over the location&apos;s other criteria. Enter your own figure in Data sources.</source>
        <translation>Referans verisinde rakam yok (y/d): bu kriterin ağırlığı lokasyonun diğer kriterlerine dağıtılır. Kendi rakamınızı Veri kaynakları&apos;na girin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="125"/>
        <source>No figure in the reference data (n/a): scored as the worst of the other locations. Enter your own figure in Data sources.</source>
        <translation>Referans verisinde rakam yok (y/d): diğer lokasyonların en kötüsü kadar puanlanır. Kendi rakamınızı Veri kaynakları&apos;na girin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="139"/>
        <source> — Türkiye baseline</source>
        <translation> — Türkiye&apos;den ihracat</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="145"/>
        <location filename="../kokapp/gui/result_models.py" line="151"/>
        <location filename="../kokapp/gui/result_models.py" line="156"/>
        <source>n/a</source>
        <translation>y/d</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="154"/>
        <source>Your figure</source>
        <translation>Sizin rakamınız</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="157"/>
        <source>No citable tariff for some markets: the duty is unknown, never zero. Enter your broker&apos;s quote in Data sources.</source>
        <translation>Bazı pazarlar için kaynak gösterilebilir tarife yok: gümrük vergisi bilinmiyor, asla sıfır sayılmaz. Gümrük müşavirinizin teklifini Veri kaynakları&apos;na girin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="160"/>
        <source>Excluded: see the notes below the chart</source>
        <translation>Elendi: grafiğin altındaki notlara bakın</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="64"/>
        <source>Detail</source>
        <translation>Ayrıntı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="65"/>
        <source>Market access</source>
        <translation>Pazara erişim</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="67"/>
        <source>Feasibility</source>
        <translation>Fizibilite</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="68"/>
        <source>Charts</source>
        <translation>Grafikler</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="60"/>
        <source>Money</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="62"/>
        <source>Scores (your weighting)</source>
        <translation>Puanlar (ağırlıklarınız)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="111"/>
        <source>Location</source>
        <translation>Lokasyon</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="125"/>
        <source>Product</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="134"/>
        <source>duty-free</source>
        <translation>vergisiz</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="134"/>
        <source>duty to pay</source>
        <translation>vergi ödenir</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="135"/>
        <source>no citable tariff: enter a quote</source>
        <translation>kaynaklı tarife yok: teklif girin</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="136"/>
        <source>agreement suspended or trade halted (×)</source>
        <translation>anlaşma askıda ya da ticaret durduruldu (×)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="233"/>
        <source>Stopped: the figures shown are for the project before your latest changes. Tools ▸ Rank again (F5) works them out.</source>
        <translation>Durduruldu: gösterilen rakamlar projenin son değişikliklerinizden önceki hâline ait. Araçlar ▸ Yeniden sırala (F5) bunları hesaplar.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="243"/>
        <source>Best match with your weights: %1.</source>
        <translation>Ağırlıklarınıza en uygun lokasyon: %1.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_notes.py" line="26"/>
        <source>Scores on fixed scales: unticking a location does not reorder the others.</source>
        <translation>Sabit ölçeklerde puanlar: bir lokasyonun işaretini kaldırmak diğerlerinin sırasını değiştirmez.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_notes.py" line="27"/>
        <source>Scores on fixed scales, without compensation (geometric mean).</source>
        <translation>Sabit ölçeklerde, telafi etmeyen puanlar (geometrik ortalama).</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_notes.py" line="28"/>
        <source>TOPSIS scores are relative to the locations compared: unticking one can reorder the others.</source>
        <translation>TOPSIS puanları karşılaştırılan lokasyonlara görelidir: birinin işaretini kaldırmak diğerlerinin sırasını değiştirebilir.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_notes.py" line="41"/>
        <source>Trade halted: goods from %1 cannot be sold in %2.</source>
        <translation>Ticaret durduruldu: %1 kaynaklı mallar %2 pazarında satılamaz.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_notes.py" line="45"/>
        <source>No citable tariff for %1: those duties are unknown, never zero: the duty cost of the locations paying them is marked missing until you enter a quote (Tools ▸ Data sources).</source>
        <translation>%1 için kaynak gösterilebilir tarife yok: bu vergiler bilinmiyor, asla sıfır sayılmaz; bunları ödeyen lokasyonların gümrük vergisi maliyeti siz bir teklif girene kadar eksik işaretlenir (Araçlar ▸ Veri kaynakları).</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_notes.py" line="49"/>
        <source>≈ Only a band is citable for the duties of %1: its base is in the figures, its ends in the low and high scenarios.</source>
        <translation>≈ %1 vergileri için yalnızca bir aralık kaynak gösterilebiliyor: tabanı rakamlarda, uçları düşük ve yüksek senaryolarda.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_notes.py" line="54"/>
        <source>✎ Your figure: %1 = %2 (%3)</source>
        <translation>✎ Sizin rakamınız: %1 = %2 (%3)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_notes.py" line="67"/>
        <source>%1 % corporate tax, no end stated</source>
        <translation>%%1 kurumlar vergisi, süre belirtilmemiş</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_notes.py" line="70"/>
        <source>%1 % corporate tax for %2 years, then %3 %</source>
        <translation>%2 yıl %%1 kurumlar vergisi, sonra %%3</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_notes.py" line="72"/>
        <source>§ %1 — %2: %3. The tax score uses the rate after any holiday, the cash flows apply it year by year. Transcribed from %4: check the zone&apos;s conditions.</source>
        <translation>§ %1 — %2: %3. Vergi puanı muafiyet sonrası oranı kullanır, nakit akışları oranı yıl yıl uygular. %4 kaynağından aktarılmıştır: bölgenin koşullarını teyit edin.</translation>
    </message>
</context>
<context>
    <name>RouteScenarioBar</name>
    <message>
        <location filename="../kokapp/gui/route_scenario.py" line="41"/>
        <source>Border crossings: all open</source>
        <translation>Sınır kapıları: hepsi açık</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_scenario.py" line="43"/>
        <location filename="../kokapp/gui/route_scenario.py" line="96"/>
        <location filename="../kokapp/gui/route_scenario.py" line="141"/>
        <source>%1 closed</source>
        <translation>%1 kapalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_scenario.py" line="45"/>
        <source>Sea: Suez and Bab-el-Mandeb open</source>
        <translation>Deniz: Süveyş ve Babülmendep açık</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_scenario.py" line="56"/>
        <source>Route scenario:</source>
        <translation>Güzergâh senaryosu:</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_scenario.py" line="78"/>
        <source>Bab-el-Mandeb closed (Red Sea crisis: round the Cape)</source>
        <translation>Babülmendep kapalı (Kızıldeniz krizi: Ümit Burnu&apos;ndan dolaşarak)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_scenario.py" line="79"/>
        <source>Bab-el-Mandeb closed</source>
        <translation>Babülmendep kapalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_scenario.py" line="80"/>
        <source>Suez Canal closed</source>
        <translation>Süveyş Kanalı kapalı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_scenario.py" line="153"/>
        <source>no change</source>
        <translation>değişiklik yok</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_scenario.py" line="154"/>
        <source>%1 a year</source>
        <translation>yılda %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_scenario.py" line="167"/>
        <source>%1: %2 logistics and duty %3 vs all routes open</source>
        <translation>%1: %2 lojistik ve gümrük vergisi, tüm güzergâhlar açıkken olana göre %3</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_scenario.py" line="170"/>
        <source>Logistics and duty a year against all routes open:</source>
        <translation>Tüm güzergâhlar açıkken olana göre yıllık lojistik ve gümrük vergisi farkı:</translation>
    </message>
</context>
<context>
    <name>RouteWords</name>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="45"/>
        <source>no route: %1</source>
        <translation>güzergâh yok: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="46"/>
        <source>airport to airport</source>
        <translation>havalimanından havalimanına</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="52"/>
        <source>Countries: %1</source>
        <translation>Ülkeler: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="53"/>
        <source>Customs borders: %1</source>
        <translation>Gümrük sınırı: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="54"/>
        <source>Transit: %1</source>
        <translation>Transit: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="57"/>
        <source>%1: crossing not in Kök&apos;s list of truck customs posts: check with your forwarder</source>
        <translation>%1: Kök&apos;ün TIR gümrük kapıları listesinde olmayan bir kapı: nakliyecinize danışın</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="60"/>
        <source>Rerouted round the closed crossing %1</source>
        <translation>Kapalı %1 kapısının çevresinden dolaşıyor</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="70"/>
        <source>no customs border</source>
        <translation>gümrük sınırı yok</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="71"/>
        <source>common transit (NCTS): one transit declaration</source>
        <translation>ortak transit (NCTS): tek transit beyannamesi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="72"/>
        <source>TIR carnet</source>
        <translation>TIR karnesi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="76"/>
        <location filename="../kokapp/gui/route_words.py" line="77"/>
        <source>Ferry</source>
        <translation>Feribot</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="76"/>
        <source>Ro-Ro line</source>
        <translation>Ro-Ro hattı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="77"/>
        <source>Bridge or tunnel</source>
        <translation>Köprü veya tünel</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="86"/>
        <source>%1 reopened %2: %3</source>
        <translation>%1 %2 tarihinde yeniden açıldı: %3</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="88"/>
        <source>%1 restricted since %2: %3</source>
        <translation>%1 %2 tarihinden beri kısıtlı: %3</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="90"/>
        <source>%1 closed since %2: %3</source>
        <translation>%1 %2 tarihinden beri kapalı: %3</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="95"/>
        <source>no land connection: sea or air only</source>
        <translation>kara bağlantısı yok: yalnızca deniz veya hava yolu</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="96"/>
        <source>no Ro-Ro line serves this lane</source>
        <translation>bu hatta Ro-Ro seferi yok</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="97"/>
        <source>no sea route</source>
        <translation>deniz güzergâhı yok</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="98"/>
        <location filename="../kokapp/gui/route_words.py" line="106"/>
        <source>no route in the reference data</source>
        <translation>referans verilerinde güzergâh yok</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="105"/>
        <source>only land route crosses a closed border (%1)</source>
        <translation>tek kara güzergâhı kapalı bir sınırdan geçiyor (%1)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="208"/>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="212"/>
        <source>As the system (Turkish on a Turkish system)</source>
        <translation>Sistem diliyle (Türkçe sistemde Türkçe)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="224"/>
        <source>Metric (kg, m³, km)</source>
        <translation>Metrik (kg, m³, km)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="225"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="226"/>
        <source>Currency shown</source>
        <translation>Gösterilen para birimi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="227"/>
        <source>Default origin hub for new projects</source>
        <translation>Yeni projeler için varsayılan üretim merkezi</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="228"/>
        <source>Units</source>
        <translation>Birimler</translation>
    </message>
</context>
<context>
    <name>VolumesModel</name>
    <message>
        <location filename="../kokapp/gui/volume_table.py" line="82"/>
        <source>&apos;%1&apos; is not an annual volume: type a whole number of units from 0 to 1,000,000,000,000.</source>
        <translation>&apos;%1&apos; bir yıllık hacim değil: 0 ile 1.000.000.000.000 arasında tam sayı adet yazın.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/volume_table.py" line="102"/>
        <source>Nothing pasted: &apos;%1&apos; (pasted row %2, column %3) is not an annual volume.</source>
        <translation>Hiçbir şey yapıştırılmadı: &apos;%1&apos; (yapıştırılan %2. satır, %3. sütun) bir yıllık hacim değil.</translation>
    </message>
    <message numerus="yes">
        <location filename="../kokapp/gui/volume_table.py" line="108"/>
        <source>%n pasted value(s) fell outside the table (add the markets or products first) and were not pasted.</source>
        <translation>
            <numerusform>Yapıştırılan %n değer tablonun dışında kaldı (önce pazarları veya ürünleri ekleyin) ve yapıştırılmadı.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kokapp/gui/volume_table.py" line="110"/>
        <source>Paste volumes</source>
        <translation>Hacimleri yapıştır</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="26"/>
        <source>Balanced</source>
        <translation>Dengeli</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="27"/>
        <source>Cost first</source>
        <translation>Önce maliyet</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="28"/>
        <source>Speed first</source>
        <translation>Önce hız</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="29"/>
        <source>Market access first</source>
        <translation>Önce pazara erişim</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="40"/>
        <source>What matters to you (weights)</source>
        <translation>Sizin için ne önemli (ağırlıklar)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="48"/>
        <source>More criteria: labour cost, electricity, governance, proximity, LPI parts</source>
        <translation>Diğer ölçütler: işgücü maliyeti, elektrik, yönetişim, yakınlık, LPI bileşenleri</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="62"/>
        <source>Set by hand</source>
        <translation>Elle ayarlandı</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="65"/>
        <source>From pairwise comparison</source>
        <translation>İkili karşılaştırmadan</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="67"/>
        <source>Compare in pairs…</source>
        <translation>İkili karşılaştır…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="69"/>
        <source>Agree the weights pair by pair (AHP), with a consistency check</source>
        <translation>Ağırlıkları çift çift belirleyin (AHP), tutarlılık kontrolüyle</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="105"/>
        <source>How locations are ranked</source>
        <translation>Lokasyonlar nasıl sıralanır</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="109"/>
        <source>Fixed scales: weighted sum (default)</source>
        <translation>Sabit ölçekler: ağırlıklı toplam (varsayılan)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="110"/>
        <source>Fixed scales: no compensation (geometric mean)</source>
        <translation>Sabit ölçekler: telafisiz (geometrik ortalama)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="111"/>
        <source>TOPSIS: relative to the locations compared</source>
        <translation>TOPSIS: karşılaştırılan lokasyonlara göreli</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="114"/>
        <source>Fixed scales score each location against the Türkiye baseline and the data&apos;s own ranges: unticking a location never reorders the others. Without compensation, a very poor figure on one criterion cannot be made up elsewhere. TOPSIS scores against the best and worst of the locations compared, so removing one can reorder the rest (rank reversal).</source>
        <translation>Sabit ölçekler her lokasyonu Türkiye&apos;den ihracata ve verinin kendi aralıklarına göre puanlar: bir lokasyonun işaretini kaldırmak diğerlerinin sırasını asla değiştirmez. Telafisiz yöntemde bir kriterdeki çok kötü bir rakam başka yerde kapatılamaz. TOPSIS, karşılaştırılan lokasyonların en iyisine ve en kötüsüne göre puanlar; birini çıkarmak diğerlerinin sırasını değiştirebilir (sıra tersine dönmesi).</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="123"/>
        <source>spread its weight over the location&apos;s other criteria</source>
        <translation>ağırlığını lokasyonun diğer kriterlerine dağıt</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="124"/>
        <source>score it as the worst of the other locations</source>
        <translation>diğer lokasyonların en kötüsü kadar puanla</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="128"/>
        <source>Weights:</source>
        <translation>Ağırlıklar:</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="130"/>
        <source>Scoring:</source>
        <translation>Puanlama:</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="132"/>
        <source>A missing figure:</source>
        <translation>Eksik rakam:</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="135"/>
        <source>transit over (days)</source>
        <translation>transit &gt; (gün)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="136"/>
        <source>duty-free under (%)</source>
        <translation>vergisiz pay &lt; (%)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="137"/>
        <source>LPI under</source>
        <translation>LPI &lt;</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="142"/>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="149"/>
        <source>Exclude:</source>
        <translation>Dışarıda bırak:</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="231"/>
        <source>Not a usable threshold: transit 0-365 days, duty-free share 0-100 %, LPI 1-5. Nothing was changed.</source>
        <translation>Kullanılabilir bir eşik değil: transit 0-365 gün, vergisiz pay %0-100, LPI 1-5. Hiçbir şey değiştirilmedi.</translation>
    </message>
</context>
<context>
    <name>WorkProgress</name>
    <message>
        <location filename="../kokapp/gui/work_progress.py" line="20"/>
        <source>Ranking the study…</source>
        <translation>Çalışma sıralanıyor…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/work_progress.py" line="25"/>
        <source>Stop</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/work_progress.py" line="27"/>
        <source>Stop working out the figures: the window keeps those of the project before your latest changes. Tools ▸ Rank again computes them.</source>
        <translation>Rakamların hesaplanmasını durdurur: pencere, projenin son değişikliklerinizden önceki rakamlarını gösterir. Araçlar ▸ Yeniden sırala bunları hesaplar.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AssumptionsForm</name>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="9"/>
        <source>Set-up cost</source>
        <translation>Set-up cost</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="10"/>
        <source>Rent</source>
        <translation>Rent</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="11"/>
        <source>Local staff</source>
        <translation>Local staff</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="12"/>
        <source>Wage as a multiple of the minimum wage</source>
        <translation>Wage as a multiple of the minimum wage</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="13"/>
        <source>Local wage (your figure)</source>
        <translation>Local wage (your figure)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="14"/>
        <source>Employer social contributions</source>
        <translation>Employer social contributions</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="15"/>
        <source>Management</source>
        <translation>Management</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="16"/>
        <source>Change in variable cost per unit</source>
        <translation>Change in variable cost per unit</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="17"/>
        <source>Local content</source>
        <translation>Local content</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="18"/>
        <source>Staff no longer needed in Türkiye</source>
        <translation>Staff no longer needed in Türkiye</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="19"/>
        <source>Extra sales from local presence</source>
        <translation>Extra sales from local presence</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="20"/>
        <source>Gross margin on extra sales</source>
        <translation>Gross margin on extra sales</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="21"/>
        <source>Markets it serves (where the extra sales come from)</source>
        <translation>Markets it serves (where the extra sales come from)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="22"/>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="23"/>
        <source>Discount rate</source>
        <translation>Discount rate</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="24"/>
        <source>Ramp-up (share of the plan in years 1, 2, 3…)</source>
        <translation>Ramp-up (share of the plan in years 1, 2, 3…)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="25"/>
        <source>Depreciation period</source>
        <translation>Depreciation period</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="26"/>
        <source>Local content that confers origin</source>
        <translation>Local content that confers origin</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="27"/>
        <source>Turkish wage drift in EUR</source>
        <translation>Turkish wage drift in EUR</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="28"/>
        <source>Local wage drift in EUR</source>
        <translation>Local wage drift in EUR</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="32"/>
        <source>Kök assumption: one-off fit-out, equipment, permits and company set-up, by set-up type.</source>
        <translation>Kök assumption: one-off fit-out, equipment, permits and company set-up, by set-up type.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="34"/>
        <source>Kök assumption: warehouse, plant or office rent, by set-up type (not by country).</source>
        <translation>Kök assumption: warehouse, plant or office rent, by set-up type (not by country).</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="36"/>
        <source>Kök assumption: local headcount, by set-up type.</source>
        <translation>Kök assumption: local headcount, by set-up type.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="37"/>
        <source>Kök assumption: average local wage as a multiple of the statutory minimum wage (from the reference data).</source>
        <translation>Kök assumption: average local wage as a multiple of the statutory minimum wage (from the reference data).</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="40"/>
        <source>Leave empty to use the minimum wage × the multiple above; or enter the gross monthly wage you expect to pay.</source>
        <translation>Leave empty to use the minimum wage × the multiple above; or enter the gross monthly wage you expect to pay.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="43"/>
        <source>Kök assumption: employer social contributions on gross wages (national rates vary, roughly 15-35 %).</source>
        <translation>Kök assumption: employer social contributions on gross wages (national rates vary, roughly 15-35 %).</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="46"/>
        <source>Kök assumption: a local manager or an expatriate allowance.</source>
        <translation>Kök assumption: a local manager or an expatriate allowance.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="48"/>
        <source>Kök assumption: extra handling (hub) or cost change (assembly) per unit; a negative figure is a saving.</source>
        <translation>Kök assumption: extra handling (hub) or cost change (assembly) per unit; a negative figure is a saving.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="51"/>
        <source>Kök assumption: share of the ex-works value added at the location; it decides the goods&apos; origin.</source>
        <translation>Kök assumption: share of the ex-works value added at the location; it decides the goods&apos; origin.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="54"/>
        <source>Kök assumption: assembly jobs that move from the origin hub, valued at the Turkish minimum wage × the same multiple.</source>
        <translation>Kök assumption: assembly jobs that move from the origin hub, valued at the Turkish minimum wage × the same multiple.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="57"/>
        <source>Kök assumption: extra sales from being close to the market.</source>
        <translation>Kök assumption: extra sales from being close to the market.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="59"/>
        <source>Kök assumption: margin earned on the extra sales.</source>
        <translation>Kök assumption: margin earned on the extra sales.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="60"/>
        <source>Tick the target markets this set-up sells into: its extra sales apply to their planned sales only. None ticked: its own country, if that is a target market.</source>
        <translation>Tick the target markets this set-up sells into: its extra sales apply to their planned sales only. None ticked: its own country, if that is a target market.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="63"/>
        <source>Kök default: the years of operation the cash flows cover.</source>
        <translation>Kök default: the years of operation the cash flows cover.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="65"/>
        <source>Kök assumption: EUR cost of capital of an SME investment.</source>
        <translation>Kök assumption: EUR cost of capital of an SME investment.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="67"/>
        <source>Kök assumption: share of the planned volume reached in each year; later years stay at the last figure. Separate the years with &apos;;&apos;.</source>
        <translation>Kök assumption: share of the planned volume reached in each year; later years stay at the last figure. Separate the years with &apos;;&apos;.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="70"/>
        <source>Kök default: straight-line depreciation of the set-up cost for tax.</source>
        <translation>Kök default: straight-line depreciation of the set-up cost for tax.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="72"/>
        <source>Kök assumption: local content from which goods assembled at the location take its origin (a simplification of the rules of origin).</source>
        <translation>Kök assumption: local content from which goods assembled at the location take its origin (a simplification of the rules of origin).</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="75"/>
        <source>Kök default 0 (no drift): how much Turkish wages rise a year in EUR terms, i.e. TRY wage growth net of the lira&apos;s fall against the euro; it values the jobs an assembly line replaces in Türkiye.</source>
        <translation>Kök default 0 (no drift): how much Turkish wages rise a year in EUR terms, i.e. TRY wage growth net of the lira&apos;s fall against the euro; it values the jobs an assembly line replaces in Türkiye.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="79"/>
        <source>Kök default 0 (no drift): how much the host country&apos;s wages rise a year in EUR terms.</source>
        <translation>Kök default 0 (no drift): how much the host country&apos;s wages rise a year in EUR terms.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="84"/>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="85"/>
        <source>EUR per month</source>
        <translation>EUR per month</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="86"/>
        <source>EUR per unit</source>
        <translation>EUR per unit</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="87"/>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="88"/>
        <source>× minimum wage</source>
        <translation>× minimum wage</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="89"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="90"/>
        <source>years</source>
        <translation>years</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="91"/>
        <source>% of the plan</source>
        <translation>% of the plan</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="92"/>
        <source>target markets</source>
        <translation>target markets</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumption_words.py" line="93"/>
        <source>% a year</source>
        <translation>% a year</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumptions_form.py" line="49"/>
        <source>An empty field uses Kök&apos;s default. Point at an assumption to see the basis of the default. Your figures are saved with the project.</source>
        <translation>An empty field uses Kök&apos;s default. Point at an assumption to see the basis of the default. Your figures are saved with the project.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumptions_form.py" line="54"/>
        <source>Assumption</source>
        <translation>Assumption</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumptions_form.py" line="54"/>
        <source>Your value</source>
        <translation>Your value</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumptions_form.py" line="54"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumptions_form.py" line="54"/>
        <source>Kök&apos;s default</source>
        <translation>Kök&apos;s default</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumptions_form.py" line="105"/>
        <source>its own country, if a target market</source>
        <translation>its own country, if a target market</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/assumptions_form.py" line="108"/>
        <source>minimum wage × multiple</source>
        <translation>minimum wage × multiple</translation>
    </message>
</context>
<context>
    <name>AvailabilityTab</name>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="45"/>
        <source>Your project&apos;s markets come first, in bold. Point at a cell for what stands there and its source.</source>
        <translation>Your project&apos;s markets come first, in bold. Point at a cell for what stands there and its source.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="52"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="64"/>
        <source>%1: a market of your project</source>
        <translation>%1: a market of your project</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="80"/>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="86"/>
        <source>downloaded</source>
        <translation>downloaded</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="86"/>
        <source>banded</source>
        <translation>banded</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="87"/>
        <source>estimated</source>
        <translation>estimated</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="87"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="90"/>
        <source>MFN tariff</source>
        <translation>MFN tariff</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="90"/>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="91"/>
        <source>Trade remedies</source>
        <translation>Trade remedies</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="91"/>
        <source>LPI</source>
        <translation>LPI</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="91"/>
        <source>Minimum wage</source>
        <translation>Minimum wage</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="92"/>
        <source>Corporate tax</source>
        <translation>Corporate tax</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="96"/>
        <source>● downloaded: read from a downloaded file or a retrieved page and checked against it</source>
        <translation>● downloaded: read from a downloaded file or a retrieved page and checked against it</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="97"/>
        <source>≈ banded: only a band is citable (its base is used, its ends in the scenarios)</source>
        <translation>≈ banded: only a band is citable (its base is used, its ends in the scenarios)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="98"/>
        <source>○ estimated: an average standing in for your product&apos;s figure, an older edition, or transcribed from a published table and not re-checked</source>
        <translation>○ estimated: an average standing in for your product&apos;s figure, an older edition, or transcribed from a published table and not re-checked</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="100"/>
        <source>✗ missing: no figure (Kök says so wherever it would be used)</source>
        <translation>✗ missing: no figure (Kök says so wherever it would be used)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="112"/>
        <source>band %1-%2 %, base %3 %</source>
        <translation>band %1-%2 %, base %3 %</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="115"/>
        <source>tariff lines (CN8) of %1; codes renumbered since HS 2017 fall back to product-group averages</source>
        <translation>tariff lines (CN8) of %1; codes renumbered since HS 2017 fall back to product-group averages</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="118"/>
        <source>tariff lines (HTS8) of %1; US additional duties (Sections 232, 301) not included</source>
        <translation>tariff lines (HTS8) of %1; US additional duties (Sections 232, 301) not included</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="121"/>
        <source>no tariff-line figures: averages of %1 WTO product groups</source>
        <translation>no tariff-line figures: averages of %1 WTO product groups</translation>
    </message>
    <message numerus="yes">
        <location filename="../kokapp/gui/availability_tab.py" line="123"/>
        <source>%n agreement(s) in force</source>
        <translation>
            <numerusform>%n agreement in force</numerusform>
            <numerusform>%n agreements in force</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../kokapp/gui/availability_tab.py" line="125"/>
        <source>, %n of them transcribed, not re-checked</source>
        <translation>
            <numerusform>, %n of them transcribed, not re-checked</numerusform>
            <numerusform>, %n of them transcribed, not re-checked</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="128"/>
        <source>%1 measures in force listed on the countries Kök compares (compiled from official notices; not exhaustive)</source>
        <translation>%1 measures in force listed on the countries Kök compares (compiled from official notices; not exhaustive)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="131"/>
        <source>LPI %1 (not in the %2 edition)</source>
        <translation>LPI %1 (not in the %2 edition)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="135"/>
        <source>no tariff-line figures: an all-products average only</source>
        <translation>no tariff-line figures: an all-products average only</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="136"/>
        <source>no citable MFN tariff</source>
        <translation>no citable MFN tariff</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="137"/>
        <source>no preferential agreement in force is listed</source>
        <translation>no preferential agreement in force is listed</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="138"/>
        <source>no list of anti-dumping, countervailing or safeguard measures is bundled</source>
        <translation>no list of anti-dumping, countervailing or safeguard measures is bundled</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="140"/>
        <source>not scored by the World Bank LPI</source>
        <translation>not scored by the World Bank LPI</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="141"/>
        <source>no statutory national minimum wage (wages set otherwise, e.g. by collective agreements)</source>
        <translation>no statutory national minimum wage (wages set otherwise, e.g. by collective agreements)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="143"/>
        <source>no statutory minimum wage bundled</source>
        <translation>no statutory minimum wage bundled</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="144"/>
        <source>statutory minimum wage</source>
        <translation>statutory minimum wage</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="145"/>
        <source>no corporate income tax bundled</source>
        <translation>no corporate income tax bundled</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/availability_tab.py" line="146"/>
        <source>corporate income tax</source>
        <translation>corporate income tax</translation>
    </message>
</context>
<context>
    <name>BomDialog</name>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="46"/>
        <source>Bill of materials — %1</source>
        <translation>Bill of materials — %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="49"/>
        <source>What goes into one unit: each material&apos;s HS code, the country it originates in (as its supplier declares it) and its value in € per unit. The unit value, %1 €, is taken as the ex-works price. Kök checks the agreement&apos;s rule of origin for every location and market below. Paste rows from Excel with Ctrl+V.</source>
        <translation>What goes into one unit: each material&apos;s HS code, the country it originates in (as its supplier declares it) and its value in € per unit. The unit value, %1 €, is taken as the ex-works price. Kök checks the agreement&apos;s rule of origin for every location and market below. Paste rows from Excel with Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="58"/>
        <source>HS code</source>
        <translation>HS code</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="58"/>
        <source>Origin (country code)</source>
        <translation>Origin (country code)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="59"/>
        <source>Value € per unit</source>
        <translation>Value € per unit</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="59"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="69"/>
        <source>Add line</source>
        <translation>Add line</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="69"/>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="85"/>
        <source>Made at</source>
        <translation>Made at</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="85"/>
        <source>Sold in</source>
        <translation>Sold in</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="85"/>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="86"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="127"/>
        <source>Line %1: the value must be a number of euros (e.g. 7,50).</source>
        <translation>Line %1: the value must be a number of euros (e.g. 7,50).</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="135"/>
        <source>Line %1: the HS code must have 4 to 10 digits of a known chapter.</source>
        <translation>Line %1: the HS code must have 4 to 10 digits of a known chapter.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="136"/>
        <source>Line %1: the origin must be a country code such as TR, CN or DE.</source>
        <translation>Line %1: the origin must be a country code such as TR, CN or DE.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="137"/>
        <source>Line %1: the value must be a number of euros, zero or more.</source>
        <translation>Line %1: the value must be a number of euros, zero or more.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="141"/>
        <source>The materials cost more than the product&apos;s unit value (%1 €): check the values.</source>
        <translation>The materials cost more than the product&apos;s unit value (%1 €): check the values.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="162"/>
        <source> — non-originating materials %1 of the price</source>
        <translation> — non-originating materials %1 of the price</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/bom_dialog.py" line="165"/>
        <source>rule for %1</source>
        <translation>rule for %1</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../kokapp/gui/charts.py" line="59"/>
        <source>Annual logistics and duty cost</source>
        <translation>Annual logistics and duty cost</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="78"/>
        <source>Logistics</source>
        <translation>Logistics</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="79"/>
        <source>Duty</source>
        <translation>Duty</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="89"/>
        <source>Score with your weighting (higher is better)</source>
        <translation>Score with your weighting (higher is better)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="123"/>
        <source>Transit time vs annual logistics cost</source>
        <translation>Transit time vs annual logistics cost</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="124"/>
        <source>Transit days (volume-weighted)</source>
        <translation>Transit days (volume-weighted)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="125"/>
        <source>Logistics cost per year</source>
        <translation>Logistics cost per year</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="153"/>
        <source>What moves the NPV most</source>
        <translation>What moves the NPV most</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="154"/>
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="171"/>
        <source>input at its low value</source>
        <translation>input at its low value</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="172"/>
        <source>input at its high value</source>
        <translation>input at its high value</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../kokapp/gui/commands.py" line="19"/>
        <source>Edit product</source>
        <translation>Edit product</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="33"/>
        <source>Add product</source>
        <translation>Add product</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="45"/>
        <source>Remove product</source>
        <translation>Remove product</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="59"/>
        <source>Change volume</source>
        <translation>Change volume</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="72"/>
        <source>Add market</source>
        <translation>Add market</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="84"/>
        <source>Remove market</source>
        <translation>Remove market</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="97"/>
        <source>Change candidate locations</source>
        <translation>Change candidate locations</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="109"/>
        <source>Change origin hub</source>
        <translation>Change origin hub</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="123"/>
        <source>Change weight</source>
        <translation>Change weight</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="147"/>
        <source>Change weights</source>
        <translation>Change weights</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="162"/>
        <source>Change ranking rules</source>
        <translation>Change ranking rules</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="174"/>
        <source>Change company name</source>
        <translation>Change company name</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="186"/>
        <source>Change your figures</source>
        <translation>Change your figures</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="198"/>
        <source>Change route scenario</source>
        <translation>Change route scenario</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="212"/>
        <source>Restore unsaved work</source>
        <translation>Restore unsaved work</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_commands.py" line="30"/>
        <source>Change a feasibility assumption</source>
        <translation>Change a feasibility assumption</translation>
    </message>
</context>
<context>
    <name>Criteria</name>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="10"/>
        <source>Logistics cost</source>
        <translation>Logistics cost</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="10"/>
        <source>Duty cost</source>
        <translation>Duty cost</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="11"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="11"/>
        <source>Transit time</source>
        <translation>Transit time</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="12"/>
        <source>Duty-free access</source>
        <translation>Duty-free access</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="12"/>
        <source>Logistics performance (LPI)</source>
        <translation>Logistics performance (LPI)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="13"/>
        <location filename="../kokapp/gui/criteria.py" line="42"/>
        <source>Corporate tax</source>
        <translation>Corporate tax</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="13"/>
        <source>Minimum wage</source>
        <translation>Minimum wage</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="14"/>
        <source>Manufacturing labour cost</source>
        <translation>Manufacturing labour cost</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="15"/>
        <source>Industrial electricity price</source>
        <translation>Industrial electricity price</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="16"/>
        <source>Governance (WGI)</source>
        <translation>Governance (WGI)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="17"/>
        <source>Proximity to Türkiye</source>
        <translation>Proximity to Türkiye</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="18"/>
        <source>LPI: customs</source>
        <translation>LPI: customs</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="19"/>
        <source>LPI: timeliness</source>
        <translation>LPI: timeliness</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="24"/>
        <source>Average hourly labour cost in manufacturing, € (ILOSTAT): what a worker costs, not the legal floor</source>
        <translation>Average hourly labour cost in manufacturing, € (ILOSTAT): what a worker costs, not the legal floor</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="26"/>
        <source>Electricity for a medium industrial user, €/kWh excl. VAT (Eurostat nrg_pc_205, band IC): Europe, Türkiye and the candidate countries only</source>
        <translation>Electricity for a medium industrial user, €/kWh excl. VAT (Eurostat nrg_pc_205, band IC): Europe, Türkiye and the candidate countries only</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="29"/>
        <source>Mean of the World Bank&apos;s six Worldwide Governance Indicators, −2.5 to +2.5 (2022): rule of law, corruption control, political stability, regulation, government effectiveness, voice</source>
        <translation>Mean of the World Bank&apos;s six Worldwide Governance Indicators, −2.5 to +2.5 (2022): rule of law, corruption control, political stability, regulation, government effectiveness, voice</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="32"/>
        <source>Closeness to Türkiye, 0–1: investment and tax treaties, visa-free travel for Turkish staff, a Turkic language, people from Türkiye living there</source>
        <translation>Closeness to Türkiye, 0–1: investment and tax treaties, visa-free travel for Turkish staff, a Turkic language, people from Türkiye living there</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="35"/>
        <source>World Bank LPI component: efficiency of customs clearance (1–5)</source>
        <translation>World Bank LPI component: efficiency of customs clearance (1–5)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="36"/>
        <source>World Bank LPI component: shipments arriving on time (1–5)</source>
        <translation>World Bank LPI component: shipments arriving on time (1–5)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="40"/>
        <source>Set-up cost</source>
        <translation>Set-up cost</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="40"/>
        <source>Rent</source>
        <translation>Rent</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="40"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="41"/>
        <source>Local wage</source>
        <translation>Local wage</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="41"/>
        <source>Planned volume</source>
        <translation>Planned volume</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="42"/>
        <source>Discount rate</source>
        <translation>Discount rate</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="43"/>
        <source>Variable cost per unit</source>
        <translation>Variable cost per unit</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="44"/>
        <source>Extra sales</source>
        <translation>Extra sales</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="44"/>
        <source>Freight rates</source>
        <translation>Freight rates</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="45"/>
        <source>Local wage drift</source>
        <translation>Local wage drift</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="46"/>
        <source>Turkish wage drift</source>
        <translation>Turkish wage drift</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="50"/>
        <source>Logistics hub</source>
        <translation>Logistics hub</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="50"/>
        <source>Assembly line</source>
        <translation>Assembly line</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="51"/>
        <source>Sales office</source>
        <translation>Sales office</translation>
    </message>
</context>
<context>
    <name>DataSourcesDialog</name>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="42"/>
        <source>Data sources and your figures</source>
        <translation>Data sources and your figures</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="50"/>
        <source>Reference data %1: every figure names its public source, year and licence.</source>
        <translation>Reference data %1: every figure names its public source, year and licence.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="53"/>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="53"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="53"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="53"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="68"/>
        <source>Your figures replace the bundled ones and are marked ✎ in the results and the report.</source>
        <translation>Your figures replace the bundled ones and are marked ✎ in the results and the report.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="71"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="71"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="71"/>
        <source>Kök&apos;s figure → yours</source>
        <translation>Kök&apos;s figure → yours</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="72"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="101"/>
        <source>Sources and your figures</source>
        <translation>Sources and your figures</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="103"/>
        <source>Data availability</source>
        <translation>Data availability</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="117"/>
        <source>A figure Kök does not know (%1)</source>
        <translation>A figure Kök does not know (%1)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="183"/>
        <location filename="../kokapp/gui/dialogs.py" line="194"/>
        <source>Figure %1 has a field to correct (marked in red).</source>
        <translation>Figure %1 has a field to correct (marked in red).</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="89"/>
        <source>Add figure</source>
        <translation>Add figure</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="89"/>
        <source>Remove figure</source>
        <translation>Remove figure</translation>
    </message>
</context>
<context>
    <name>DetailModel</name>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="183"/>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="183"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="183"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="185"/>
        <source>Duty</source>
        <translation>Duty</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="185"/>
        <source>Why this duty</source>
        <translation>Why this duty</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="184"/>
        <source>Distance
km</source>
        <translation>Distance
km</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="184"/>
        <source>Transit
days</source>
        <translation>Transit
days</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="184"/>
        <source>Freight
%1/unit</source>
        <translation>Freight
%1/unit</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="185"/>
        <source>Landed
%1/unit</source>
        <translation>Landed
%1/unit</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="186"/>
        <source>Units/
year</source>
        <translation>Units/
year</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="183"/>
        <source>Customs
borders</source>
        <translation>Customs
borders</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="183"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="202"/>
        <source>Truck</source>
        <translation>Truck</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="202"/>
        <source>Container ship</source>
        <translation>Container ship</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="203"/>
        <source>Ro-Ro ferry + truck</source>
        <translation>Ro-Ro ferry + truck</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="203"/>
        <source>Air</source>
        <translation>Air</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="220"/>
        <source>Rule of origin: %1</source>
        <translation>Rule of origin: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="222"/>
        <source>Proof: %1</source>
        <translation>Proof: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="229"/>
        <source>same country</source>
        <translation>same country</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="229"/>
        <source>EU single market</source>
        <translation>EU single market</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="230"/>
        <source>your figure</source>
        <translation>your figure</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="230"/>
        <source>MFN tariff (no agreement)</source>
        <translation>MFN tariff (no agreement)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="231"/>
        <source>MFN: not originating under the agreement&apos;s rule</source>
        <translation>MFN: not originating under the agreement&apos;s rule</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="232"/>
        <source>trade halted: cannot be sold there</source>
        <translation>trade halted: cannot be sold there</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="234"/>
        <source> — agreement suspended</source>
        <translation> — agreement suspended</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="251"/>
        <source>Trade remedy in force, check it with your customs broker:</source>
        <translation>Trade remedy in force, check it with your customs broker:</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="261"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="242"/>
        <source>No citable tariff for this market is bundled. Enter your broker&apos;s quote in Data sources.</source>
        <translation>No citable tariff for this market is bundled. Enter your broker&apos;s quote in Data sources.</translation>
    </message>
</context>
<context>
    <name>FeasibilityTab</name>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="51"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="53"/>
        <source>Set-up</source>
        <translation>Set-up</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="56"/>
        <source>Count Turkish state support (Ministry of Trade unit rent support)</source>
        <translation>Count Turkish state support (Ministry of Trade unit rent support)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="59"/>
        <source>Decision 5973, Art. 11: 50 % of the rent of a warehouse, store or office abroad that markets goods produced in Türkiye, for up to 4 years, capped per unit (2026 limit) and at half the year&apos;s exports to that country; received the year after. Not for an assembly line. Transcribed from a secondary source: check with the Ministry before relying on it.</source>
        <translation>Decision 5973, Art. 11: 50 % of the rent of a warehouse, store or office abroad that markets goods produced in Türkiye, for up to 4 years, capped per unit (2026 limit) and at half the year&apos;s exports to that country; received the year after. Not for an assembly line. Transcribed from a secondary source: check with the Ministry before relying on it.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="70"/>
        <source>Net present value</source>
        <translation>Net present value</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="71"/>
        <source>Internal rate of return</source>
        <translation>Internal rate of return</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="72"/>
        <source>Payback</source>
        <translation>Payback</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="73"/>
        <source>Break-even volume</source>
        <translation>Break-even volume</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="97"/>
        <source>Scenarios and cash flows</source>
        <translation>Scenarios and cash flows</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="98"/>
        <source>Assumptions (your figures)</source>
        <translation>Assumptions (your figures)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="211"/>
        <source>Tick at least one candidate location.</source>
        <translation>Tick at least one candidate location.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="266"/>
        <source>your figure</source>
        <translation>your figure</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="268"/>
        <source>minimum wage %1 × %2</source>
        <translation>minimum wage %1 × %2</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="270"/>
        <source>Local wage %1 per month (%2); corporate tax %3.</source>
        <translation>Local wage %1 per month (%2); corporate tax %3.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="167"/>
        <source>State support does not apply to an assembly line: the unit rent support is for a store, warehouse or office that markets goods produced in Türkiye.</source>
        <translation>State support does not apply to an assembly line: the unit rent support is for a store, warehouse or office that markets goods produced in Türkiye.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="100"/>
        <source>Set-up cost, rent, staffing and margins are Kök assumptions until you enter your own figures in the form. Savings: this set-up&apos;s freight, clearance, insurance and duty against exporting from Türkiye, with the leg from Türkiye and the origin the set-up gives the goods.</source>
        <translation>Set-up cost, rent, staffing and margins are Kök assumptions until you enter your own figures in the form. Savings: this set-up&apos;s freight, clearance, insurance and duty against exporting from Türkiye, with the leg from Türkiye and the origin the set-up gives the goods.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="164"/>
        <source>State support adds nothing here: it is at most half the year&apos;s exports to the location&apos;s country, and the plan exports nothing there.</source>
        <translation>State support adds nothing here: it is at most half the year&apos;s exports to the location&apos;s country, and the plan exports nothing there.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="213"/>
        <source>Working out the feasibility…</source>
        <translation>Working out the feasibility…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="273"/>
        <source>Free-zone tax: %1 (applied year by year in the cash flows).</source>
        <translation>Free-zone tax: %1 (applied year by year in the cash flows).</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="277"/>
        <source>not defined</source>
        <translation>not defined</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="278"/>
        <source>not within the horizon</source>
        <translation>not within the horizon</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="279"/>
        <source>%1 years</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="280"/>
        <source>not reached up to 20 × the plan</source>
        <translation>not reached up to 20 × the plan</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="281"/>
        <source>%1 units a year (%2 of the plan)</source>
        <translation>%1 units a year (%2 of the plan)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="284"/>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="284"/>
        <source>Pessimistic</source>
        <translation>Pessimistic</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="284"/>
        <source>Optimistic</source>
        <translation>Optimistic</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="286"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="286"/>
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="286"/>
        <source>IRR</source>
        <translation>IRR</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="286"/>
        <source>Payback (years)</source>
        <translation>Payback (years)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="294"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="294"/>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="294"/>
        <source>Savings</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="295"/>
        <source>Staff saved in Türkiye</source>
        <translation>Staff saved in Türkiye</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="295"/>
        <source>Fixed costs</source>
        <translation>Fixed costs</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="296"/>
        <source>Variable cost change</source>
        <translation>Variable cost change</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="297"/>
        <source>Margin on extra sales</source>
        <translation>Margin on extra sales</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="297"/>
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="298"/>
        <source>Cash flow</source>
        <translation>Cash flow</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="298"/>
        <source>State support</source>
        <translation>State support</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="24"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="25"/>
        <source>HS code (GTİP)</source>
        <translation>HS code (GTİP)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="26"/>
        <source>unit value (EUR)</source>
        <translation>unit value (EUR)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="27"/>
        <source>gross weight (kg)</source>
        <translation>gross weight (kg)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="28"/>
        <source>volume (m³)</source>
        <translation>volume (m³)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="29"/>
        <source>units per pallet</source>
        <translation>units per pallet</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="32"/>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="33"/>
        <source>Target markets</source>
        <translation>Target markets</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="34"/>
        <source>Candidate locations</source>
        <translation>Candidate locations</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="35"/>
        <source>Annual volumes</source>
        <translation>Annual volumes</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="36"/>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="37"/>
        <source>Origin hub</source>
        <translation>Origin hub</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="38"/>
        <source>Transport mode</source>
        <translation>Transport mode</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="39"/>
        <source>Your figures</source>
        <translation>Your figures</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="40"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="41"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="42"/>
        <location filename="../kokapp/gui/field_labels.py" line="119"/>
        <source>Feasibility</source>
        <translation>Feasibility</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="43"/>
        <source>Set-up</source>
        <translation>Set-up</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="44"/>
        <source>Maximum transit days</source>
        <translation>Maximum transit days</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="96"/>
        <source>Product %1</source>
        <translation>Product %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="100"/>
        <source>Target market %1</source>
        <translation>Target market %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="100"/>
        <source>Candidate location %1</source>
        <translation>Candidate location %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="105"/>
        <source>Annual volume of %1 in %2</source>
        <translation>Annual volume of %1 in %2</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="108"/>
        <source>Weight of %1</source>
        <translation>Weight of %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="111"/>
        <source>Your figure %1</source>
        <translation>Your figure %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/field_labels.py" line="118"/>
        <source>Set-up at %1</source>
        <translation>Set-up at %1</translation>
    </message>
</context>
<context>
    <name>FigureForm</name>
    <message>
        <location filename="../kokapp/gui/figure_form.py" line="73"/>
        <source>%1 port (%2)</source>
        <translation>%1 port (%2)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_form.py" line="75"/>
        <source>European Union</source>
        <translation>European Union</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_form.py" line="114"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_form.py" line="131"/>
        <source>Where your figure comes from: a quote, a contract, a statistic…</source>
        <translation>Where your figure comes from: a quote, a contract, a statistic…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_form.py" line="133"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_form.py" line="134"/>
        <source>Kök&apos;s figure</source>
        <translation>Kök&apos;s figure</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_form.py" line="135"/>
        <source>Your value</source>
        <translation>Your value</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_form.py" line="136"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_form.py" line="252"/>
        <source>Choose the figure you want to replace.</source>
        <translation>Choose the figure you want to replace.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_form.py" line="267"/>
        <source>Kök works the duty out for each product from the agreements and MFN tariffs; your quote replaces it for every product.</source>
        <translation>Kök works the duty out for each product from the agreements and MFN tariffs; your quote replaces it for every product.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_form.py" line="271"/>
        <source>No bundled figure: Kök needs yours here.</source>
        <translation>No bundled figure: Kök needs yours here.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_form.py" line="275"/>
        <source>%1 (range %2 to %3)</source>
        <translation>%1 (range %2 to %3)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_form.py" line="278"/>
        <source>%1, the all-products average (no figure for this group)</source>
        <translation>%1, the all-products average (no figure for this group)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_form.py" line="281"/>
        <source>Source: %1 · dataset %2</source>
        <translation>Source: %1 · dataset %2</translation>
    </message>
</context>
<context>
    <name>FigureWords</name>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="19"/>
        <source>Road freight</source>
        <translation>Road freight</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="20"/>
        <source>Road groupage</source>
        <translation>Road groupage</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="21"/>
        <source>Sea container</source>
        <translation>Sea container</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="22"/>
        <source>Ro-Ro</source>
        <translation>Ro-Ro</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="23"/>
        <source>Rail</source>
        <translation>Rail</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="24"/>
        <source>Air freight</source>
        <translation>Air freight</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="25"/>
        <source>All modes</source>
        <translation>All modes</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="34"/>
        <source>MFN import tariff (group average)</source>
        <translation>MFN import tariff (group average)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="35"/>
        <source>Duty quote from your broker</source>
        <translation>Duty quote from your broker</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="36"/>
        <source>Statutory minimum wage</source>
        <translation>Statutory minimum wage</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="37"/>
        <source>Corporate income tax</source>
        <translation>Corporate income tax</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="38"/>
        <source>Logistics performance (LPI score)</source>
        <translation>Logistics performance (LPI score)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="39"/>
        <source>Manufacturing labour cost per hour</source>
        <translation>Manufacturing labour cost per hour</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="40"/>
        <source>Industrial electricity price</source>
        <translation>Industrial electricity price</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="41"/>
        <source>Governance (World Bank WGI mean)</source>
        <translation>Governance (World Bank WGI mean)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="42"/>
        <source>Proximity to Türkiye</source>
        <translation>Proximity to Türkiye</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="43"/>
        <source>LPI customs score</source>
        <translation>LPI customs score</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="44"/>
        <source>LPI timeliness score</source>
        <translation>LPI timeliness score</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="45"/>
        <source>Exchange rate for local wages</source>
        <translation>Exchange rate for local wages</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="46"/>
        <source>Origin of a product on a lane (1 originating, 0 not)</source>
        <translation>Origin of a product on a lane (1 originating, 0 not)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="47"/>
        <source>Road distance of a land leg</source>
        <translation>Road distance of a land leg</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="48"/>
        <source>Sea distance between two ports</source>
        <translation>Sea distance between two ports</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="66"/>
        <source>Freight model</source>
        <translation>Freight model</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="67"/>
        <source>Tariffs and duty</source>
        <translation>Tariffs and duty</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="68"/>
        <source>Country figures</source>
        <translation>Country figures</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="69"/>
        <source>Distances</source>
        <translation>Distances</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="79"/>
        <source>Importing country</source>
        <translation>Importing country</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="80"/>
        <source>Product group</source>
        <translation>Product group</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="81"/>
        <source>Origin of the goods</source>
        <translation>Origin of the goods</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="82"/>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="83"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="84"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="85"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="86"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="87"/>
        <source>Other port</source>
        <translation>Other port</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="88"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="89"/>
        <source>HS code</source>
        <translation>HS code</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="98"/>
        <source>EUR per km</source>
        <translation>EUR per km</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="99"/>
        <source>EUR per nautical mile</source>
        <translation>EUR per nautical mile</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="100"/>
        <source>EUR per kg</source>
        <translation>EUR per kg</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="101"/>
        <source>EUR per shipment</source>
        <translation>EUR per shipment</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="102"/>
        <source>EUR per border crossing</source>
        <translation>EUR per border crossing</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="103"/>
        <source>EUR per 40&apos; container</source>
        <translation>EUR per 40&apos; container</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="104"/>
        <source>EUR per trailer</source>
        <translation>EUR per trailer</translation>
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
        <translation>pallets</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="108"/>
        <source>km per day</source>
        <translation>km per day</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="109"/>
        <source>knots</source>
        <translation>knots</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="110"/>
        <source>kg per m³</source>
        <translation>kg per m³</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="111"/>
        <source>factor</source>
        <translation>factor</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="112"/>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="113"/>
        <source>share of the goods&apos; value (0.01 = 1 %)</source>
        <translation>share of the goods&apos; value (0.01 = 1 %)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="115"/>
        <source>share of the goods&apos; value per year (0.12 = 12 %)</source>
        <translation>share of the goods&apos; value per year (0.12 = 12 %)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="116"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="117"/>
        <source>EUR per month</source>
        <translation>EUR per month</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="118"/>
        <source>score from 1 to 5</source>
        <translation>score from 1 to 5</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="119"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="120"/>
        <source>nautical miles</source>
        <translation>nautical miles</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="121"/>
        <source>EUR per hour</source>
        <translation>EUR per hour</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="122"/>
        <source>EUR per kWh</source>
        <translation>EUR per kWh</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="123"/>
        <source>score from −2.5 to +2.5</source>
        <translation>score from −2.5 to +2.5</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="124"/>
        <source>score from 0 to 1</source>
        <translation>score from 0 to 1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="125"/>
        <source>units of the currency per euro</source>
        <translation>units of the currency per euro</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="126"/>
        <source>1 yes, 0 no</source>
        <translation>1 yes, 0 no</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="135"/>
        <source>All products</source>
        <translation>All products</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="136"/>
        <source>Animal products</source>
        <translation>Animal products</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="137"/>
        <source>Dairy products</source>
        <translation>Dairy products</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="138"/>
        <source>Fruit, vegetables, plants</source>
        <translation>Fruit, vegetables, plants</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="139"/>
        <source>Coffee, tea</source>
        <translation>Coffee, tea</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="140"/>
        <source>Cereals and preparations</source>
        <translation>Cereals and preparations</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="141"/>
        <source>Oilseeds, fats and oils</source>
        <translation>Oilseeds, fats and oils</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="142"/>
        <source>Sugars and confectionery</source>
        <translation>Sugars and confectionery</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="143"/>
        <source>Beverages and tobacco</source>
        <translation>Beverages and tobacco</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="144"/>
        <source>Cotton</source>
        <translation>Cotton</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="145"/>
        <source>Other agricultural products</source>
        <translation>Other agricultural products</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="146"/>
        <source>Fish and fish products</source>
        <translation>Fish and fish products</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="147"/>
        <source>Minerals and metals</source>
        <translation>Minerals and metals</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="148"/>
        <source>Petroleum</source>
        <translation>Petroleum</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="149"/>
        <source>Chemicals</source>
        <translation>Chemicals</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="150"/>
        <source>Wood, paper, etc.</source>
        <translation>Wood, paper, etc.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="151"/>
        <source>Textiles</source>
        <translation>Textiles</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="152"/>
        <source>Clothing</source>
        <translation>Clothing</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="153"/>
        <source>Leather, footwear, etc.</source>
        <translation>Leather, footwear, etc.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="154"/>
        <source>Non-electrical machinery</source>
        <translation>Non-electrical machinery</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="155"/>
        <source>Electrical machinery</source>
        <translation>Electrical machinery</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="156"/>
        <source>Transport equipment</source>
        <translation>Transport equipment</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="157"/>
        <source>Manufactures not elsewhere specified</source>
        <translation>Manufactures not elsewhere specified</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="167"/>
        <source>Kök freight model assumptions</source>
        <translation>Kök freight model assumptions</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="168"/>
        <source>HS chapter to WTO MTN product group correspondence (chapter-level approximation)</source>
        <translation>HS chapter to WTO MTN product group correspondence (chapter-level approximation)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="178"/>
        <source>Kök developers</source>
        <translation>Kök developers</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="185"/>
        <source>no source</source>
        <translation>no source</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="206"/>
        <source>Enter a number from %1 to %2.</source>
        <translation>Enter a number from %1 to %2.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="207"/>
        <source>Enter a number greater than %1.</source>
        <translation>Enter a number greater than %1.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="208"/>
        <source>Enter a number of %1 or more.</source>
        <translation>Enter a number of %1 or more.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="209"/>
        <source>Enter a number greater than %1 and at most %2.</source>
        <translation>Enter a number greater than %1 and at most %2.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="210"/>
        <source>Enter a number of at most %2.</source>
        <translation>Enter a number of at most %2.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="211"/>
        <location filename="../kokapp/gui/figure_words.py" line="218"/>
        <source>Enter a number.</source>
        <translation>Enter a number.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="220"/>
        <source>Enter a whole number.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="222"/>
        <source>This number is too large.</source>
        <translation>This number is too large.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="224"/>
        <source>Kök does not know this figure: choose it again.</source>
        <translation>Kök does not know this figure: choose it again.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/figure_words.py" line="226"/>
        <source>This figure is already in the list.</source>
        <translation>This figure is already in the list.</translation>
    </message>
</context>
<context>
    <name>HsCodeDelegate</name>
    <message>
        <location filename="../kokapp/gui/delegates.py" line="30"/>
        <source>e.g. 8708 or a word of the chapter title</source>
        <translation>e.g. 8708 or a word of the chapter title</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="27"/>
        <source>Import products — %1</source>
        <translation>Import products — %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="30"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="30"/>
        <source>HS code</source>
        <translation>HS code</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="30"/>
        <source>Unit value (EUR)</source>
        <translation>Unit value (EUR)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="31"/>
        <source>Gross weight (kg)</source>
        <translation>Gross weight (kg)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="31"/>
        <source>Volume (m³)</source>
        <translation>Volume (m³)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="32"/>
        <source>Units per pallet</source>
        <translation>Units per pallet</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="35"/>
        <source>Columns found: %1</source>
        <translation>Columns found: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="37"/>
        <source>Ignored columns: %1</source>
        <translation>Ignored columns: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="45"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="45"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="45"/>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="59"/>
        <source>already in the project: skipped</source>
        <translation>already in the project: skipped</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="61"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="70"/>
        <source>%1 of %2 rows can be imported. Rows with problems are not imported: fix them in your file and import again.</source>
        <translation>%1 of %2 rows can be imported. Rows with problems are not imported: fix them in your file and import again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../kokapp/gui/import_dialog.py" line="74"/>
        <location filename="../kokapp/gui/import_dialog.py" line="128"/>
        <source>Import %n product(s)</source>
        <translation>
            <numerusform>Import %n product</numerusform>
            <numerusform>Import %n products</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="82"/>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="82"/>
        <location filename="../kokapp/gui/import_dialog.py" line="90"/>
        <source>not a number</source>
        <translation>not a number</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="83"/>
        <source>must be greater than zero</source>
        <translation>must be greater than zero</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="84"/>
        <source>must not be negative</source>
        <translation>must not be negative</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="85"/>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="86"/>
        <source>needs 4, 6, 8 or 10 digits</source>
        <translation>needs 4, 6, 8 or 10 digits</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="87"/>
        <source>needs 4, 6, 8, 10 or 12 digits</source>
        <translation>needs 4, 6, 8, 10 or 12 digits</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="88"/>
        <source>not an HS code: digits only</source>
        <translation>not an HS code: digits only</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="89"/>
        <source>HS chapter does not exist</source>
        <translation>HS chapter does not exist</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="92"/>
        <source>ambiguous: write 1500 or 1,5 without a thousands separator</source>
        <translation>ambiguous: write 1500 or 1,5 without a thousands separator</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="94"/>
        <source>same product as row %1</source>
        <translation>same product as row %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="99"/>
        <source>(cell %1)</source>
        <translation>(cell %1)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="105"/>
        <source>Column “%1”: Kök has no data for %2, so its numbers are not imported.</source>
        <translation>Column “%1”: Kök has no data for %2, so its numbers are not imported.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="106"/>
        <source>Column “%1” holds numbers but is not a country Kök knows: not imported.</source>
        <translation>Column “%1” holds numbers but is not a country Kök knows: not imported.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="107"/>
        <source>Column “%1”: %2 already has a column, so this one is not imported.</source>
        <translation>Column “%1”: %2 already has a column, so this one is not imported.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="108"/>
        <source>Row %3: GTİP %2 is kept as %4 (a project stores up to 10 digits).</source>
        <translation>Row %3: GTİP %2 is kept as %4 (a project stores up to 10 digits).</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="109"/>
        <source>Cell %1: Kök reads the first 500 columns (A to %4); cells further right were not imported.</source>
        <translation>Cell %1: Kök reads the first 500 columns (A to %4); cells further right were not imported.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="111"/>
        <source>Sheet “%1” was read; other sheets with data were not: %4.</source>
        <translation>Sheet “%1” was read; other sheets with data were not: %4.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="116"/>
        <source>Did you mean %1?</source>
        <translation>Did you mean %1?</translation>
    </message>
</context>
<context>
    <name>KnockoutWords</name>
    <message>
        <location filename="../kokapp/gui/knockout_words.py" line="19"/>
        <source>transit time</source>
        <translation>transit time</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/knockout_words.py" line="20"/>
        <source>duty-free share</source>
        <translation>duty-free share</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/knockout_words.py" line="21"/>
        <source>LPI</source>
        <translation>LPI</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/knockout_words.py" line="22"/>
        <source>no %1 figure to check</source>
        <translation>no %1 figure to check</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/knockout_words.py" line="24"/>
        <source>transit %1 days, above %2</source>
        <translation>transit %1 days, above %2</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/knockout_words.py" line="27"/>
        <source>duty-free share %1, below %2</source>
        <translation>duty-free share %1, below %2</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/knockout_words.py" line="29"/>
        <source>LPI %1, below %2</source>
        <translation>LPI %1, below %2</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/knockout_words.py" line="36"/>
        <source>✗ %1 is excluded: %2.</source>
        <translation>✗ %1 is excluded: %2.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/knockout_words.py" line="39"/>
        <source>? %1 stays in: %2.</source>
        <translation>? %1 stays in: %2.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/knockout_words.py" line="42"/>
        <source>✗ %1 cannot serve %2 of the planned volume (trade halted): it ranks after every location that serves the whole plan.</source>
        <translation>✗ %1 cannot serve %2 of the planned volume (trade halted): it ranks after every location that serves the whole plan.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/knockout_words.py" line="51"/>
        <source>its weight is spread over their other criteria</source>
        <translation>its weight is spread over their other criteria</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/knockout_words.py" line="53"/>
        <source>they score the worst of the other locations on it</source>
        <translation>they score the worst of the other locations on it</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/knockout_words.py" line="60"/>
        <source>n/a — no %1 figure for %2: %3.</source>
        <translation>n/a — no %1 figure for %2: %3.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="121"/>
        <source>Working out the comparison…</source>
        <translation>Working out the comparison…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="183"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="184"/>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="185"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="186"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="189"/>
        <source>Open the &amp;demo project</source>
        <translation>Open the &amp;demo project</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="191"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="192"/>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="194"/>
        <source>&amp;Import products from Excel or CSV…</source>
        <translation>&amp;Import products from Excel or CSV…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="196"/>
        <source>&amp;Export Excel report…</source>
        <translation>&amp;Export Excel report…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="198"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="199"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="200"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="201"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="205"/>
        <source>Add &amp;product</source>
        <translation>Add &amp;product</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="206"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="207"/>
        <source>&amp;Rank again</source>
        <translation>&amp;Rank again</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="208"/>
        <source>&amp;Data sources and your figures…</source>
        <translation>&amp;Data sources and your figures…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="209"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="210"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="211"/>
        <source>&amp;About Kök</source>
        <translation>&amp;About Kök</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="136"/>
        <location filename="../kokapp/gui/main_window.py" line="240"/>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="31"/>
        <source>Save changes?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="32"/>
        <source>The project has changes that are not saved. Save them?</source>
        <translation>The project has changes that are not saved. Save them?</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="48"/>
        <source>Cannot open the project</source>
        <translation>Cannot open the project</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="54"/>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="56"/>
        <source>Project opened with changes</source>
        <translation>Project opened with changes</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="57"/>
        <source>Kök opened %1 and adjusted it:</source>
        <translation>Kök opened %1 and adjusted it:</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="67"/>
        <source>Demo project opened: save it under your own name to keep changes.</source>
        <translation>Demo project opened: save it under your own name to keep changes.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="72"/>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="81"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="89"/>
        <location filename="../kokapp/gui/report_export.py" line="56"/>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="90"/>
        <source>Save project</source>
        <translation>Save project</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="101"/>
        <location filename="../kokapp/gui/file_actions.py" line="107"/>
        <source>Cannot save the project</source>
        <translation>Cannot save the project</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="102"/>
        <source>Kök did not save %1: %2. Kök could not open such a file again; correct the value and save again.</source>
        <translation>Kök did not save %1: %2. Kök could not open such a file again; correct the value and save again.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="108"/>
        <source>%1 could not be written: %2. Choose another place with Save as.</source>
        <translation>%1 could not be written: %2. Choose another place with Save as.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="115"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="251"/>
        <source>Import products</source>
        <translation>Import products</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="252"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Spreadsheets (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="258"/>
        <source>Cannot import</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="258"/>
        <source>%1 could not be imported: %2</source>
        <translation>%1 could not be imported: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../kokapp/gui/main_window.py" line="267"/>
        <source>%n product(s) imported.</source>
        <translation>
            <numerusform>%n product imported.</numerusform>
            <numerusform>%n products imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kokapp/gui/report_export.py" line="47"/>
        <source>Cannot export yet</source>
        <translation>Cannot export yet</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/report_export.py" line="48"/>
        <source>Kök is still working out the comparison. Export when the ranking is shown.</source>
        <translation>Kök is still working out the comparison. Export when the ranking is shown.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/report_export.py" line="52"/>
        <location filename="../kokapp/gui/report_export.py" line="95"/>
        <source>Cannot export</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/report_export.py" line="59"/>
        <source>Export Excel report</source>
        <translation>Export Excel report</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/report_export.py" line="70"/>
        <source>Writing the Excel report…</source>
        <translation>Writing the Excel report…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/report_export.py" line="71"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/report_export.py" line="74"/>
        <source>Report not written: cancelled.</source>
        <translation>Report not written: cancelled.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/report_export.py" line="83"/>
        <source>The file is open in Excel or another program. Close it, or choose another name.</source>
        <translation>The file is open in Excel or another program. Close it, or choose another name.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/report_export.py" line="85"/>
        <source>The file or its folder is read-only. Choose another place.</source>
        <translation>The file or its folder is read-only. Choose another place.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/report_export.py" line="87"/>
        <source>The folder does not exist. Choose another place.</source>
        <translation>The folder does not exist. Choose another place.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/report_export.py" line="88"/>
        <source>The file could not be written. Choose another place.</source>
        <translation>The file could not be written. Choose another place.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/report_export.py" line="90"/>
        <source>Cannot write the report</source>
        <translation>Cannot write the report</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/report_export.py" line="98"/>
        <source>Report written: %1</source>
        <translation>Report written: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/report_export.py" line="100"/>
        <source>Report written</source>
        <translation>Report written</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/report_export.py" line="101"/>
        <source>Open the report now?</source>
        <translation>Open the report now?</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="311"/>
        <source>About Kök</source>
        <translation>About Kök</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="312"/>
        <source>Kök %1 — where should your company put down roots abroad?
Reference data %2. Works offline.</source>
        <translation>Kök %1 — where should your company put down roots abroad?
Reference data %2. Works offline.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="134"/>
        <source>Restore unsaved work?</source>
        <translation>Restore unsaved work?</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="135"/>
        <source>Kök did not close normally. Restore the unsaved project &quot;%1&quot; (autosaved %2)?</source>
        <translation>Kök did not close normally. Restore the unsaved project &quot;%1&quot; (autosaved %2)?</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="143"/>
        <source>Cannot restore the unsaved work</source>
        <translation>Cannot restore the unsaved work</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="144"/>
        <source>%1

The autosaved file is kept: %2</source>
        <translation>%1

The autosaved file is kept: %2</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/file_actions.py" line="150"/>
        <source>Unsaved work restored. Save it to keep it.</source>
        <translation>Unsaved work restored. Save it to keep it.</translation>
    </message>
</context>
<context>
    <name>MarketPicker</name>
    <message>
        <location filename="../kokapp/gui/market_picker.py" line="34"/>
        <source>Country name or code, e.g. Almanya, İngiltere, DE</source>
        <translation>Country name or code, e.g. Almanya, İngiltere, DE</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../kokapp/gui/messages.py" line="14"/>
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="15"/>
        <source>must be a finite number</source>
        <translation>must be a finite number</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="16"/>
        <source>must be greater than zero</source>
        <translation>must be greater than zero</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="17"/>
        <source>must not be negative</source>
        <translation>must not be negative</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="18"/>
        <source>unknown site</source>
        <translation>unknown site</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="19"/>
        <source>unknown country</source>
        <translation>unknown country</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="20"/>
        <source>unknown product</source>
        <translation>unknown product</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="21"/>
        <source>must be a Turkish production hub</source>
        <translation>must be a Turkish production hub</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="22"/>
        <source>add at least one product</source>
        <translation>add at least one product</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="23"/>
        <source>add at least one target market</source>
        <translation>add at least one target market</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="24"/>
        <source>enter an annual volume for at least one product and market</source>
        <translation>enter an annual volume for at least one product and market</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="25"/>
        <source>at least one criterion needs a weight above zero</source>
        <translation>at least one criterion needs a weight above zero</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="26"/>
        <source>HS chapter does not exist</source>
        <translation>HS chapter does not exist</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="27"/>
        <source>must be 4, 6, 8 or 10 digits</source>
        <translation>must be 4, 6, 8 or 10 digits</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="28"/>
        <source>duplicate product name</source>
        <translation>duplicate product name</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="29"/>
        <source>location listed twice</source>
        <translation>location listed twice</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="30"/>
        <source>market listed twice</source>
        <translation>market listed twice</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="31"/>
        <source>unknown market</source>
        <translation>unknown market</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="32"/>
        <source>must be zero or more</source>
        <translation>must be zero or more</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="33"/>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="34"/>
        <source>not a known reference figure</source>
        <translation>not a known reference figure</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="35"/>
        <source>is not a Kök project file</source>
        <translation>is not a Kök project file</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="36"/>
        <source>is not UTF-8 text</source>
        <translation>is not UTF-8 text</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="37"/>
        <source>must be one of the project&apos;s candidate locations</source>
        <translation>must be one of the project&apos;s candidate locations</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="38"/>
        <source>must be above -100 %</source>
        <translation>must be above -100 %</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="39"/>
        <source>must be at most 100 %</source>
        <translation>must be at most 100 %</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="40"/>
        <source>unknown criterion</source>
        <translation>unknown criterion</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="41"/>
        <source>market is not a target market</source>
        <translation>market is not a target market</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="42"/>
        <source>must be a whole number of years from 1 to 30</source>
        <translation>must be a whole number of years from 1 to 30</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="43"/>
        <source>must be a share from 0 to 10</source>
        <translation>must be a share from 0 to 10</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="44"/>
        <source>must be from 0 to 100 %</source>
        <translation>must be from 0 to 100 %</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="45"/>
        <source>must be a whole number of years, at least 1</source>
        <translation>must be a whole number of years, at least 1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="68"/>
        <source>no citable MFN tariff in the bundled data: enter your broker&apos;s quote</source>
        <translation>no citable MFN tariff in the bundled data: enter your broker&apos;s quote</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="69"/>
        <source>all-products average (no figure for the product group)</source>
        <translation>all-products average (no figure for the product group)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="70"/>
        <source>agricultural component may remain for processed products</source>
        <translation>agricultural component may remain for processed products</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="71"/>
        <source>Türkiye applies the EU common external tariff to industrial goods (Customs Union)</source>
        <translation>Türkiye applies the EU common external tariff to industrial goods (Customs Union)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="90"/>
        <source>is not a valid project file (damaged or cut off near line %1, column %2)</source>
        <translation>is not a valid project file (damaged or cut off near line %1, column %2)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="91"/>
        <source>is not a valid project file</source>
        <translation>is not a valid project file</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="92"/>
        <source>is too large to be a Kök project</source>
        <translation>is too large to be a Kök project</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="93"/>
        <source>cannot be read (%1)</source>
        <translation>cannot be read (%1)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="94"/>
        <source>must be a finite number, not %1</source>
        <translation>must be a finite number, not %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="95"/>
        <source>is too large (%1)</source>
        <translation>is too large (%1)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="96"/>
        <source>has the wrong type (%2 instead of %1)</source>
        <translation>has the wrong type (%2 instead of %1)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="97"/>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="99"/>
        <source>was written by a newer Kök (format %1): please update Kök</source>
        <translation>was written by a newer Kök (format %1): please update Kök</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="100"/>
        <source>format %1 is too old to read</source>
        <translation>format %1 is too old to read</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="101"/>
        <source>has no format version</source>
        <translation>has no format version</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="102"/>
        <source>has the wrong structure</source>
        <translation>has the wrong structure</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="103"/>
        <source>needs a set-up type (logistics hub, assembly or sales office)</source>
        <translation>needs a set-up type (logistics hub, assembly or sales office)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="104"/>
        <source>must map markets to annual units</source>
        <translation>must map markets to annual units</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="105"/>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="106"/>
        <source>must be a list of numbers</source>
        <translation>must be a list of numbers</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="107"/>
        <source>must be text</source>
        <translation>must be text</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="109"/>
        <source>no freight mode reaches %1 from the origin hub</source>
        <translation>no freight mode reaches %1 from the origin hub</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="110"/>
        <source>must be one of: %1</source>
        <translation>must be one of: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="46"/>
        <source>is a folder, a device or a pipe, not a file</source>
        <translation>is a folder, a device or a pipe, not a file</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="47"/>
        <source>is larger than 50 MB: too large to import</source>
        <translation>is larger than 50 MB: too large to import</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="48"/>
        <source>unpacks to more than 50 MB: too large to import (save the product table alone in a new file)</source>
        <translation>unpacks to more than 50 MB: too large to import (save the product table alone in a new file)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="111"/>
        <source>is too complex to import (%1 in %2)</source>
        <translation>is too complex to import (%1 in %2)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="50"/>
        <source>has more than 10,000 rows of products: Kök imports at most 10,000 at a time (split the table)</source>
        <translation>has more than 10,000 rows of products: Kök imports at most 10,000 at a time (split the table)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="52"/>
        <source>has a line longer than 1,000,000 characters: not a table Kök can import</source>
        <translation>has a line longer than 1,000,000 characters: not a table Kök can import</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="53"/>
        <source>has no visible sheet</source>
        <translation>has no visible sheet</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="113"/>
        <source>too large to compare in full (%1 location × market × product rows; at most %2): the window ranks it; the report and the command line need a smaller study</source>
        <translation>too large to compare in full (%1 location × market × product rows; at most %2): the window ranks it; the report and the command line need a smaller study</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="135"/>
        <source>An unknown field &apos;%1&apos; was ignored.</source>
        <translation>An unknown field &apos;%1&apos; was ignored.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="136"/>
        <source>The candidate location &apos;%1&apos; is no longer in the reference data and was removed.</source>
        <translation>The candidate location &apos;%1&apos; is no longer in the reference data and was removed.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="138"/>
        <source>The target market &apos;%1&apos; is not in the reference data and was removed.</source>
        <translation>The target market &apos;%1&apos; is not in the reference data and was removed.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="140"/>
        <source>The candidate location &apos;%1&apos; was listed twice; it is compared once.</source>
        <translation>The candidate location &apos;%1&apos; was listed twice; it is compared once.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="142"/>
        <source>The target market &apos;%1&apos; was listed twice; it is kept once.</source>
        <translation>The target market &apos;%1&apos; was listed twice; it is kept once.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="144"/>
        <source>The project is not complete yet: %1</source>
        <translation>The project is not complete yet: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="156"/>
        <source>No criterion is weighted: move at least one slider above zero to rank the locations.</source>
        <translation>No criterion is weighted: move at least one slider above zero to rank the locations.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="165"/>
        <source>No statutory minimum wage is bundled for %1. Enter the monthly minimum wage in EUR as your figure &apos;%2&apos; in Tools ▸ Data sources.</source>
        <translation>No statutory minimum wage is bundled for %1. Enter the monthly minimum wage in EUR as your figure &apos;%2&apos; in Tools ▸ Data sources.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="170"/>
        <source>No corporate tax rate is bundled for %1. Enter it as your figure &apos;%2&apos; in Tools ▸ Data sources.</source>
        <translation>No corporate tax rate is bundled for %1. Enter it as your figure &apos;%2&apos; in Tools ▸ Data sources.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="158"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="176"/>
        <source>The file %1 could not be opened: %2</source>
        <translation>The file %1 could not be opened: %2</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="177"/>
        <source>field %1: </source>
        <translation>field %1: </translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="180"/>
        <source>The reference data is damaged: %1</source>
        <translation>The reference data is damaged: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="184"/>
        <source>The file could not be read or written: %1</source>
        <translation>The file could not be read or written: %1</translation>
    </message>
</context>
<context>
    <name>MoneyModel</name>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="123"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="123"/>
        <source>Logistics
%1/year</source>
        <translation>Logistics
%1/year</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="124"/>
        <source>Duty
%1/year</source>
        <translation>Duty
%1/year</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="124"/>
        <source>Landed
%1/year</source>
        <translation>Landed
%1/year</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="125"/>
        <source>vs. Türkiye
%1/year</source>
        <translation>vs. Türkiye
%1/year</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="125"/>
        <source>vs. Türkiye
%</source>
        <translation>vs. Türkiye
%</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="126"/>
        <source>Best set-up</source>
        <translation>Best set-up</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="126"/>
        <source>NPV
%1</source>
        <translation>NPV
%1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="126"/>
        <source>Payback
years</source>
        <translation>Payback
years</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="127"/>
        <source>Break-even
units/year</source>
        <translation>Break-even
units/year</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="150"/>
        <source> — Türkiye baseline</source>
        <translation> — Türkiye baseline</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="155"/>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="156"/>
        <source>No citable tariff for some markets: the duty is unknown, never zero. Enter your broker&apos;s quote in Data sources.</source>
        <translation>No citable tariff for some markets: the duty is unknown, never zero. Enter your broker&apos;s quote in Data sources.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="163"/>
        <source>working out…</source>
        <translation>working out…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="165"/>
        <source>not evaluated</source>
        <translation>not evaluated</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="169"/>
        <source>Your set-up (Feasibility tab)</source>
        <translation>Your set-up (Feasibility tab)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="170"/>
        <source>The best of the set-ups this site suits, with Kök&apos;s default assumptions</source>
        <translation>The best of the set-ups this site suits, with Kök&apos;s default assumptions</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="172"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="174"/>
        <source>not reached</source>
        <translation>not reached</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="177"/>
        <source>Excluded by your thresholds or unable to serve the whole plan (see below)</source>
        <translation>Excluded by your thresholds or unable to serve the whole plan (see below)</translation>
    </message>
</context>
<context>
    <name>MoneyTab</name>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="73"/>
        <source>%1: a %2 pays — NPV %3 over %4 years at base figures.</source>
        <translation>%1: a %2 pays — NPV %3 over %4 years at base figures.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="76"/>
        <source>%1: a %2 pays back in %3 years — NPV %4 over %5 years at base figures.</source>
        <translation>%1: a %2 pays back in %3 years — NPV %4 over %5 years at base figures.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="81"/>
        <source>Not decided: the yearly cost of exporting from %1 is unknown (no citable duty for some markets), so no location can be compared with it. Enter your broker&apos;s duty quotes in Tools ▸ Data sources.</source>
        <translation>Not decided: the yearly cost of exporting from %1 is unknown (no citable duty for some markets), so no location can be compared with it. Enter your broker&apos;s duty quotes in Tools ▸ Data sources.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="85"/>
        <source>Keep exporting from %1: no location lowers the yearly logistics and duty cost, and no set-up pays.</source>
        <translation>Keep exporting from %1: no location lowers the yearly logistics and duty cost, and no set-up pays.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="87"/>
        <source>%1 would lower the yearly logistics and duty cost by %2 (%3) if the goods were made there</source>
        <translation>%1 would lower the yearly logistics and duty cost by %2 (%3) if the goods were made there</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="210"/>
        <source>Landed cost: freight, clearance, insurance, goods-in-transit capital and duty of the whole plan for a year, as if the goods were made or stocked there (local origin, no leg from Türkiye). Best set-up: the highest NPV among the set-ups the site suits that could earn something, with Kök&apos;s default assumptions or your own (Feasibility tab); its NPV counts the leg from Türkiye and the origin the set-up gives the goods.</source>
        <translation>Landed cost: freight, clearance, insurance, goods-in-transit capital and duty of the whole plan for a year, as if the goods were made or stocked there (local origin, no leg from Türkiye). Best set-up: the highest NPV among the set-ups the site suits that could earn something, with Kök&apos;s default assumptions or your own (Feasibility tab); its NPV counts the leg from Türkiye and the origin the set-up gives the goods.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="93"/>
        <source>Not decided yet: %1, but its set-ups cannot be evaluated. %2</source>
        <translation>Not decided yet: %1, but its set-ups cannot be evaluated. %2</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="61"/>
        <source>(Left out: %1 location(s) excluded by your thresholds or halted trade.)</source>
        <translation>(Left out: %1 location(s) excluded by your thresholds or halted trade.)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="95"/>
        <source>Keep exporting from %1: %2, but no set-up there pays back within %3 years.</source>
        <translation>Keep exporting from %1: %2, but no set-up there pays back within %3 years.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/money_tab.py" line="383"/>
        <source>Working out the set-up costs… (%1 of %2 locations)</source>
        <translation>Working out the set-up costs… (%1 of %2 locations)</translation>
    </message>
</context>
<context>
    <name>OriginWords</name>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="8"/>
        <source>originating</source>
        <translation>originating</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="9"/>
        <source>not originating: MFN duty</source>
        <translation>not originating: MFN duty</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="10"/>
        <source>only if a condition holds: MFN until you confirm</source>
        <translation>only if a condition holds: MFN until you confirm</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="11"/>
        <source>customs union: A.TR, no origin needed</source>
        <translation>customs union: A.TR, no origin needed</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="12"/>
        <source>no preference to gain</source>
        <translation>no preference to gain</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="13"/>
        <source>rules not bundled</source>
        <translation>rules not bundled</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="14"/>
        <source>no bill of materials</source>
        <translation>no bill of materials</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="27"/>
        <source>heading</source>
        <translation>heading</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="27"/>
        <source>subheading</source>
        <translation>subheading</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="27"/>
        <source>chapter</source>
        <translation>chapter</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="31"/>
        <source>non-originating %1 in the product&apos;s %2</source>
        <translation>non-originating %1 in the product&apos;s %2</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="32"/>
        <source> or an excluded heading (%1)</source>
        <translation> or an excluded heading (%1)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="34"/>
        <source>non-originating materials %1 of the ex-works price, more than the %2 allowed</source>
        <translation>non-originating materials %1 of the ex-works price, more than the %2 allowed</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="37"/>
        <source>materials of heading %1: %2, more than %3</source>
        <translation>materials of heading %1: %2, more than %3</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="39"/>
        <source>%1 (%2) within the %3 tolerance</source>
        <translation>%1 (%2) within the %3 tolerance</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="42"/>
        <source> (%1 cumulation of materials from %2)</source>
        <translation> (%1 cumulation of materials from %2)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="43"/>
        <source>diagonal</source>
        <translation>diagonal</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="43"/>
        <source>bilateral</source>
        <translation>bilateral</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="44"/>
        <source>regional</source>
        <translation>regional</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="48"/>
        <source>your figure: %1</source>
        <translation>your figure: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="50"/>
        <source>not originating%1: %2</source>
        <translation>not originating%1: %2</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="50"/>
        <source>; or </source>
        <translation>; or </translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="52"/>
        <source>originating%1: the rule for %2 is met</source>
        <translation>originating%1: the rule for %2 is met</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="55"/>
        <source>originating: every material originates%1</source>
        <translation>originating: every material originates%1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="57"/>
        <source>originating only if: %1</source>
        <translation>originating only if: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="58"/>
        <source> (the list splits the heading: check which description fits)</source>
        <translation> (the list splits the heading: check which description fits)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="60"/>
        <source>sold where it is made</source>
        <translation>sold where it is made</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="60"/>
        <source>EU single market</source>
        <translation>EU single market</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="61"/>
        <source>trade halted</source>
        <translation>trade halted</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="62"/>
        <source>no preferential agreement: the MFN duty applies whatever the origin</source>
        <translation>no preferential agreement: the MFN duty applies whatever the origin</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="64"/>
        <source>no bill of materials: the project&apos;s local-content threshold stands in</source>
        <translation>no bill of materials: the project&apos;s local-content threshold stands in</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="65"/>
        <source>the agreement&apos;s rules of origin are not bundled: the project&apos;s local-content threshold stands in</source>
        <translation>the agreement&apos;s rules of origin are not bundled: the project&apos;s local-content threshold stands in</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="67"/>
        <source>customs union: goods in free circulation need no origin</source>
        <translation>customs union: goods in free circulation need no origin</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/origin_words.py" line="68"/>
        <source>no rule for this HS code in the bundled list</source>
        <translation>no rule for this HS code in the bundled list</translation>
    </message>
</context>
<context>
    <name>PairwiseDialog</name>
    <message>
        <location filename="../kokapp/gui/ahp_dialog.py" line="36"/>
        <source>Weights by pairwise comparison</source>
        <translation>Weights by pairwise comparison</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/ahp_dialog.py" line="41"/>
        <source>For each pair, how much more does one matter than the other for this decision? “equal” means both matter as much. Kök turns the answers into weights (AHP) and checks that they hang together.</source>
        <translation>For each pair, how much more does one matter than the other for this decision? “equal” means both matter as much. Kök turns the answers into weights (AHP) and checks that they hang together.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/ahp_dialog.py" line="53"/>
        <location filename="../kokapp/gui/ahp_dialog.py" line="56"/>
        <source>%1 matters %2× as much</source>
        <translation>%1 matters %2× as much</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/ahp_dialog.py" line="54"/>
        <source>equal</source>
        <translation>equal</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/ahp_dialog.py" line="78"/>
        <source>Use these weights</source>
        <translation>Use these weights</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/ahp_dialog.py" line="96"/>
        <source>Weights: %1</source>
        <translation>Weights: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/ahp_dialog.py" line="101"/>
        <source>Consistency ratio %1: the judgements hang together (at most %2).</source>
        <translation>Consistency ratio %1: the judgements hang together (at most %2).</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/ahp_dialog.py" line="105"/>
        <source>Consistency ratio %1 is above %2: some judgements contradict each other (A over B, B over C, yet C over A). Review them before using the weights.</source>
        <translation>Consistency ratio %1 is above %2: some judgements contradict each other (A over B, B over C, yet C over A). Review them before using the weights.</translation>
    </message>
</context>
<context>
    <name>ProductsModel</name>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="26"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="26"/>
        <source>HS code</source>
        <translation>HS code</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="26"/>
        <source>Unit value (EUR)</source>
        <translation>Unit value (EUR)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="27"/>
        <source>Gross weight (kg)</source>
        <translation>Gross weight (kg)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="27"/>
        <source>Volume (m³)</source>
        <translation>Volume (m³)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="27"/>
        <source>Units per pallet</source>
        <translation>Units per pallet</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="90"/>
        <source>The product name must not be empty.</source>
        <translation>The product name must not be empty.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="93"/>
        <source>A product named &apos;%1&apos; already exists.</source>
        <translation>A product named &apos;%1&apos; already exists.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="153"/>
        <source>HS chapter %1 does not exist.</source>
        <translation>HS chapter %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="105"/>
        <source>Units per pallet must be a whole number above zero, or empty.</source>
        <translation>Units per pallet must be a whole number above zero, or empty.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="78"/>
        <source>GTİP %1</source>
        <translation>GTİP %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="78"/>
        <source>chapter %1</source>
        <translation>chapter %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="79"/>
        <source>heading %1</source>
        <translation>heading %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="81"/>
        <source>subheading %1</source>
        <translation>subheading %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="82"/>
        <source>used: chapter (Kök&apos;s duty rates are per HS chapter)</source>
        <translation>used: chapter (Kök&apos;s duty rates are per HS chapter)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="109"/>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>&apos;%1&apos; is not a number.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="111"/>
        <source>The value must be greater than zero.</source>
        <translation>The value must be greater than zero.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="135"/>
        <source>GTİP %1: Kök keeps %2 (a project stores up to 10 digits); duties use chapter %3.</source>
        <translation>GTİP %1: Kök keeps %2 (a project stores up to 10 digits); duties use chapter %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../kokapp/gui/product_table.py" line="139"/>
        <source>%n GTİP code(s) kept with their first 10 digits (a project stores up to 10); duties use the chapter.</source>
        <translation>
            <numerusform>%n GTİP code kept with their first 10 digits (a project stores up to 10); duties use the chapter.</numerusform>
            <numerusform>%n GTİP codes kept with their first 10 digits (a project stores up to 10); duties use the chapter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="145"/>
        <source>Enter an HS/GTİP code, e.g. 8708 or 6302.31.00.00.11.</source>
        <translation>Enter an HS/GTİP code, e.g. 8708 or 6302.31.00.00.11.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="147"/>
        <source>&apos;%1&apos; is not an HS/GTİP code: use digits, with dots or spaces if you like (e.g. 6302.31.00.00.11).</source>
        <translation>&apos;%1&apos; is not an HS/GTİP code: use digits, with dots or spaces if you like (e.g. 6302.31.00.00.11).</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="150"/>
        <source>&apos;%1&apos; has %2 digits: an HS code has 4, 6, 8 or 10 digits, a full GTİP 12.</source>
        <translation>&apos;%1&apos; has %2 digits: an HS code has 4, 6, 8 or 10 digits, a full GTİP 12.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="159"/>
        <location filename="../kokapp/gui/product_table.py" line="161"/>
        <source>New product %1</source>
        <translation>New product %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="173"/>
        <source>Remove products</source>
        <translation>Remove products</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="199"/>
        <source>Row %1, %2: %3</source>
        <translation>Row %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="208"/>
        <source>Row %1: new products need %2.</source>
        <translation>Row %1: new products need %2.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="214"/>
        <source>The pasted rows repeat a product name.</source>
        <translation>The pasted rows repeat a product name.</translation>
    </message>
    <message numerus="yes">
        <location filename="../kokapp/gui/product_table.py" line="220"/>
        <source>Paste %n product(s)</source>
        <translation>
            <numerusform>Paste %n product</numerusform>
            <numerusform>Paste %n products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectPanel</name>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="51"/>
        <source>Your company</source>
        <translation>Your company</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="57"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="58"/>
        <source>Origin hub in Türkiye</source>
        <translation>Origin hub in Türkiye</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="79"/>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="85"/>
        <source>Add product</source>
        <translation>Add product</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="87"/>
        <location filename="../kokapp/gui/project_panel.py" line="110"/>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="89"/>
        <source>Bill of materials…</source>
        <translation>Bill of materials…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="91"/>
        <source>What goes into the selected product, for its rules of origin</source>
        <translation>What goes into the selected product, for its rules of origin</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="101"/>
        <source>Target markets and annual volumes (units)</source>
        <translation>Target markets and annual volumes (units)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="108"/>
        <source>Add market</source>
        <translation>Add market</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="119"/>
        <source>Candidate locations (tick to compare; click on the map)</source>
        <translation>Candidate locations (tick to compare; click on the map)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="154"/>
        <source>assembly</source>
        <translation>assembly</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="154"/>
        <source>logistics hub</source>
        <translation>logistics hub</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="155"/>
        <source>sales office</source>
        <translation>sales office</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="270"/>
        <source>Select a product first (click its row).</source>
        <translation>Select a product first (click its row).</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="279"/>
        <source>Select the products to remove first (click their row numbers).</source>
        <translation>Select the products to remove first (click their row numbers).</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="290"/>
        <source>%1 is already a target market.</source>
        <translation>%1 is already a target market.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="292"/>
        <source>Kök has no data for %1, so it cannot be a target market.</source>
        <translation>Kök has no data for %1, so it cannot be a target market.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="295"/>
        <source>Type a country name or code, e.g. Almanya or DE.</source>
        <translation>Type a country name or code, e.g. Almanya or DE.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="297"/>
        <source>&apos;%1&apos; is not a country Kök knows. Did you mean %2?</source>
        <translation>&apos;%1&apos; is not a country Kök knows. Did you mean %2?</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="300"/>
        <source>&apos;%1&apos; is not a country Kök knows. Type a country name or code, e.g. Almanya, İngiltere or DE.</source>
        <translation>&apos;%1&apos; is not a country Kök knows. Type a country name or code, e.g. Almanya, İngiltere or DE.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="306"/>
        <source>Select the markets to remove first (click their names on the left).</source>
        <translation>Select the markets to remove first (click their names on the left).</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="308"/>
        <source>Remove markets</source>
        <translation>Remove markets</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="109"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="109"/>
        <source>Score</source>
        <translation>Score</translation>
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
        <translation>Labour
%1/hour</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="106"/>
        <source>Electricity
%1/kWh</source>
        <translation>Electricity
%1/kWh</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="107"/>
        <source>Gover-
nance</source>
        <translation>Gover-
nance</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="107"/>
        <source>Proximity
0-1</source>
        <translation>Proximity
0-1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="108"/>
        <source>LPI
customs</source>
        <translation>LPI
customs</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="108"/>
        <source>LPI
timeliness</source>
        <translation>LPI
timeliness</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="109"/>
        <source>Logistics
%1/year</source>
        <translation>Logistics
%1/year</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="110"/>
        <source>Duty
%1/year</source>
        <translation>Duty
%1/year</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="110"/>
        <source>Duty-
free</source>
        <translation>Duty-
free</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="110"/>
        <source>Transit
days</source>
        <translation>Transit
days</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="111"/>
        <source>Min. wage
%1/month</source>
        <translation>Min. wage
%1/month</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="111"/>
        <source>Corporate
tax</source>
        <translation>Corporate
tax</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="122"/>
        <source>No figure in the reference data (n/a): this criterion&apos;s weight is spread over the location&apos;s other criteria. Enter your own figure in Data sources.</source>
        <translation>No figure in the reference data (n/a): this criterion&apos;s weight is spread over the location&apos;s other criteria. Enter your own figure in Data sources.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="125"/>
        <source>No figure in the reference data (n/a): scored as the worst of the other locations. Enter your own figure in Data sources.</source>
        <translation>No figure in the reference data (n/a): scored as the worst of the other locations. Enter your own figure in Data sources.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="139"/>
        <source> — Türkiye baseline</source>
        <translation> — Türkiye baseline</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="145"/>
        <location filename="../kokapp/gui/result_models.py" line="151"/>
        <location filename="../kokapp/gui/result_models.py" line="156"/>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="154"/>
        <source>Your figure</source>
        <translation>Your figure</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="157"/>
        <source>No citable tariff for some markets: the duty is unknown, never zero. Enter your broker&apos;s quote in Data sources.</source>
        <translation>No citable tariff for some markets: the duty is unknown, never zero. Enter your broker&apos;s quote in Data sources.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="160"/>
        <source>Excluded: see the notes below the chart</source>
        <translation>Excluded: see the notes below the chart</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="64"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="65"/>
        <source>Market access</source>
        <translation>Market access</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="67"/>
        <source>Feasibility</source>
        <translation>Feasibility</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="68"/>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="60"/>
        <source>Money</source>
        <translation>Money</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="62"/>
        <source>Scores (your weighting)</source>
        <translation>Scores (your weighting)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="111"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="125"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="134"/>
        <source>duty-free</source>
        <translation>duty-free</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="134"/>
        <source>duty to pay</source>
        <translation>duty to pay</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="135"/>
        <source>no citable tariff: enter a quote</source>
        <translation>no citable tariff: enter a quote</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="136"/>
        <source>agreement suspended or trade halted (×)</source>
        <translation>agreement suspended or trade halted (×)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="233"/>
        <source>Stopped: the figures shown are for the project before your latest changes. Tools ▸ Rank again (F5) works them out.</source>
        <translation>Stopped: the figures shown are for the project before your latest changes. Tools ▸ Rank again (F5) works them out.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="243"/>
        <source>Best match with your weights: %1.</source>
        <translation>Best match with your weights: %1.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_notes.py" line="26"/>
        <source>Scores on fixed scales: unticking a location does not reorder the others.</source>
        <translation>Scores on fixed scales: unticking a location does not reorder the others.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_notes.py" line="27"/>
        <source>Scores on fixed scales, without compensation (geometric mean).</source>
        <translation>Scores on fixed scales, without compensation (geometric mean).</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_notes.py" line="28"/>
        <source>TOPSIS scores are relative to the locations compared: unticking one can reorder the others.</source>
        <translation>TOPSIS scores are relative to the locations compared: unticking one can reorder the others.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_notes.py" line="41"/>
        <source>Trade halted: goods from %1 cannot be sold in %2.</source>
        <translation>Trade halted: goods from %1 cannot be sold in %2.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_notes.py" line="45"/>
        <source>No citable tariff for %1: those duties are unknown, never zero: the duty cost of the locations paying them is marked missing until you enter a quote (Tools ▸ Data sources).</source>
        <translation>No citable tariff for %1: those duties are unknown, never zero: the duty cost of the locations paying them is marked missing until you enter a quote (Tools ▸ Data sources).</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_notes.py" line="49"/>
        <source>≈ Only a band is citable for the duties of %1: its base is in the figures, its ends in the low and high scenarios.</source>
        <translation>≈ Only a band is citable for the duties of %1: its base is in the figures, its ends in the low and high scenarios.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_notes.py" line="54"/>
        <source>✎ Your figure: %1 = %2 (%3)</source>
        <translation>✎ Your figure: %1 = %2 (%3)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_notes.py" line="67"/>
        <source>%1 % corporate tax, no end stated</source>
        <translation>%1 % corporate tax, no end stated</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_notes.py" line="70"/>
        <source>%1 % corporate tax for %2 years, then %3 %</source>
        <translation>%1 % corporate tax for %2 years, then %3 %</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_notes.py" line="72"/>
        <source>§ %1 — %2: %3. The tax score uses the rate after any holiday, the cash flows apply it year by year. Transcribed from %4: check the zone&apos;s conditions.</source>
        <translation>§ %1 — %2: %3. The tax score uses the rate after any holiday, the cash flows apply it year by year. Transcribed from %4: check the zone&apos;s conditions.</translation>
    </message>
</context>
<context>
    <name>RouteScenarioBar</name>
    <message>
        <location filename="../kokapp/gui/route_scenario.py" line="41"/>
        <source>Border crossings: all open</source>
        <translation>Border crossings: all open</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_scenario.py" line="43"/>
        <location filename="../kokapp/gui/route_scenario.py" line="96"/>
        <location filename="../kokapp/gui/route_scenario.py" line="141"/>
        <source>%1 closed</source>
        <translation>%1 closed</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_scenario.py" line="45"/>
        <source>Sea: Suez and Bab-el-Mandeb open</source>
        <translation>Sea: Suez and Bab-el-Mandeb open</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_scenario.py" line="56"/>
        <source>Route scenario:</source>
        <translation>Route scenario:</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_scenario.py" line="78"/>
        <source>Bab-el-Mandeb closed (Red Sea crisis: round the Cape)</source>
        <translation>Bab-el-Mandeb closed (Red Sea crisis: round the Cape)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_scenario.py" line="79"/>
        <source>Bab-el-Mandeb closed</source>
        <translation>Bab-el-Mandeb closed</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_scenario.py" line="80"/>
        <source>Suez Canal closed</source>
        <translation>Suez Canal closed</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_scenario.py" line="153"/>
        <source>no change</source>
        <translation>no change</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_scenario.py" line="154"/>
        <source>%1 a year</source>
        <translation>%1 a year</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_scenario.py" line="167"/>
        <source>%1: %2 logistics and duty %3 vs all routes open</source>
        <translation>%1: %2 logistics and duty %3 vs all routes open</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_scenario.py" line="170"/>
        <source>Logistics and duty a year against all routes open:</source>
        <translation>Logistics and duty a year against all routes open:</translation>
    </message>
</context>
<context>
    <name>RouteWords</name>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="45"/>
        <source>no route: %1</source>
        <translation>no route: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="46"/>
        <source>airport to airport</source>
        <translation>airport to airport</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="52"/>
        <source>Countries: %1</source>
        <translation>Countries: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="53"/>
        <source>Customs borders: %1</source>
        <translation>Customs borders: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="54"/>
        <source>Transit: %1</source>
        <translation>Transit: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="57"/>
        <source>%1: crossing not in Kök&apos;s list of truck customs posts: check with your forwarder</source>
        <translation>%1: crossing not in Kök&apos;s list of truck customs posts: check with your forwarder</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="60"/>
        <source>Rerouted round the closed crossing %1</source>
        <translation>Rerouted round the closed crossing %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="70"/>
        <source>no customs border</source>
        <translation>no customs border</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="71"/>
        <source>common transit (NCTS): one transit declaration</source>
        <translation>common transit (NCTS): one transit declaration</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="72"/>
        <source>TIR carnet</source>
        <translation>TIR carnet</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="76"/>
        <location filename="../kokapp/gui/route_words.py" line="77"/>
        <source>Ferry</source>
        <translation>Ferry</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="76"/>
        <source>Ro-Ro line</source>
        <translation>Ro-Ro line</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="77"/>
        <source>Bridge or tunnel</source>
        <translation>Bridge or tunnel</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="86"/>
        <source>%1 reopened %2: %3</source>
        <translation>%1 reopened %2: %3</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="88"/>
        <source>%1 restricted since %2: %3</source>
        <translation>%1 restricted since %2: %3</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="90"/>
        <source>%1 closed since %2: %3</source>
        <translation>%1 closed since %2: %3</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="95"/>
        <source>no land connection: sea or air only</source>
        <translation>no land connection: sea or air only</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="96"/>
        <source>no Ro-Ro line serves this lane</source>
        <translation>no Ro-Ro line serves this lane</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="97"/>
        <source>no sea route</source>
        <translation>no sea route</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="98"/>
        <location filename="../kokapp/gui/route_words.py" line="106"/>
        <source>no route in the reference data</source>
        <translation>no route in the reference data</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/route_words.py" line="105"/>
        <source>only land route crosses a closed border (%1)</source>
        <translation>only land route crosses a closed border (%1)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="208"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="212"/>
        <source>As the system (Turkish on a Turkish system)</source>
        <translation>As the system (Turkish on a Turkish system)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="224"/>
        <source>Metric (kg, m³, km)</source>
        <translation>Metric (kg, m³, km)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="225"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="226"/>
        <source>Currency shown</source>
        <translation>Currency shown</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="227"/>
        <source>Default origin hub for new projects</source>
        <translation>Default origin hub for new projects</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="228"/>
        <source>Units</source>
        <translation>Units</translation>
    </message>
</context>
<context>
    <name>VolumesModel</name>
    <message>
        <location filename="../kokapp/gui/volume_table.py" line="82"/>
        <source>&apos;%1&apos; is not an annual volume: type a whole number of units from 0 to 1,000,000,000,000.</source>
        <translation>&apos;%1&apos; is not an annual volume: type a whole number of units from 0 to 1,000,000,000,000.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/volume_table.py" line="102"/>
        <source>Nothing pasted: &apos;%1&apos; (pasted row %2, column %3) is not an annual volume.</source>
        <translation>Nothing pasted: &apos;%1&apos; (pasted row %2, column %3) is not an annual volume.</translation>
    </message>
    <message numerus="yes">
        <location filename="../kokapp/gui/volume_table.py" line="108"/>
        <source>%n pasted value(s) fell outside the table (add the markets or products first) and were not pasted.</source>
        <translation>
            <numerusform>%n pasted value fell outside the table (add the markets or products first) and were not pasted.</numerusform>
            <numerusform>%n pasted values fell outside the table (add the markets or products first) and were not pasted.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kokapp/gui/volume_table.py" line="110"/>
        <source>Paste volumes</source>
        <translation>Paste volumes</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="26"/>
        <source>Balanced</source>
        <translation>Balanced</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="27"/>
        <source>Cost first</source>
        <translation>Cost first</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="28"/>
        <source>Speed first</source>
        <translation>Speed first</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="29"/>
        <source>Market access first</source>
        <translation>Market access first</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="40"/>
        <source>What matters to you (weights)</source>
        <translation>What matters to you (weights)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="48"/>
        <source>More criteria: labour cost, electricity, governance, proximity, LPI parts</source>
        <translation>More criteria: labour cost, electricity, governance, proximity, LPI parts</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="62"/>
        <source>Set by hand</source>
        <translation>Set by hand</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="65"/>
        <source>From pairwise comparison</source>
        <translation>From pairwise comparison</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="67"/>
        <source>Compare in pairs…</source>
        <translation>Compare in pairs…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="69"/>
        <source>Agree the weights pair by pair (AHP), with a consistency check</source>
        <translation>Agree the weights pair by pair (AHP), with a consistency check</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="105"/>
        <source>How locations are ranked</source>
        <translation>How locations are ranked</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="109"/>
        <source>Fixed scales: weighted sum (default)</source>
        <translation>Fixed scales: weighted sum (default)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="110"/>
        <source>Fixed scales: no compensation (geometric mean)</source>
        <translation>Fixed scales: no compensation (geometric mean)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="111"/>
        <source>TOPSIS: relative to the locations compared</source>
        <translation>TOPSIS: relative to the locations compared</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="114"/>
        <source>Fixed scales score each location against the Türkiye baseline and the data&apos;s own ranges: unticking a location never reorders the others. Without compensation, a very poor figure on one criterion cannot be made up elsewhere. TOPSIS scores against the best and worst of the locations compared, so removing one can reorder the rest (rank reversal).</source>
        <translation>Fixed scales score each location against the Türkiye baseline and the data&apos;s own ranges: unticking a location never reorders the others. Without compensation, a very poor figure on one criterion cannot be made up elsewhere. TOPSIS scores against the best and worst of the locations compared, so removing one can reorder the rest (rank reversal).</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="123"/>
        <source>spread its weight over the location&apos;s other criteria</source>
        <translation>spread its weight over the location&apos;s other criteria</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="124"/>
        <source>score it as the worst of the other locations</source>
        <translation>score it as the worst of the other locations</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="128"/>
        <source>Weights:</source>
        <translation>Weights:</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="130"/>
        <source>Scoring:</source>
        <translation>Scoring:</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="132"/>
        <source>A missing figure:</source>
        <translation>A missing figure:</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="135"/>
        <source>transit over (days)</source>
        <translation>transit over (days)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="136"/>
        <source>duty-free under (%)</source>
        <translation>duty-free under (%)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="137"/>
        <source>LPI under</source>
        <translation>LPI under</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="142"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="149"/>
        <source>Exclude:</source>
        <translation>Exclude:</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/weights_panel.py" line="231"/>
        <source>Not a usable threshold: transit 0-365 days, duty-free share 0-100 %, LPI 1-5. Nothing was changed.</source>
        <translation>Not a usable threshold: transit 0-365 days, duty-free share 0-100 %, LPI 1-5. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>WorkProgress</name>
    <message>
        <location filename="../kokapp/gui/work_progress.py" line="20"/>
        <source>Ranking the study…</source>
        <translation>Ranking the study…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/work_progress.py" line="25"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/work_progress.py" line="27"/>
        <source>Stop working out the figures: the window keeps those of the project before your latest changes. Tools ▸ Rank again computes them.</source>
        <translation>Stop working out the figures: the window keeps those of the project before your latest changes. Tools ▸ Rank again computes them.</translation>
    </message>
</context>
</TS>

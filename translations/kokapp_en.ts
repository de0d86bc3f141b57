<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Charts</name>
    <message>
        <location filename="../kokapp/gui/charts.py" line="43"/>
        <source>Annual logistics and duty cost</source>
        <translation>Annual logistics and duty cost</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="57"/>
        <source>Logistics</source>
        <translation>Logistics</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="58"/>
        <source>Duty</source>
        <translation>Duty</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="68"/>
        <source>Score (TOPSIS, higher is better)</source>
        <translation>Score (TOPSIS, higher is better)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="95"/>
        <source>Transit time vs annual logistics cost</source>
        <translation>Transit time vs annual logistics cost</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="96"/>
        <source>Transit days (volume-weighted)</source>
        <translation>Transit days (volume-weighted)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="97"/>
        <source>Logistics cost per year</source>
        <translation>Logistics cost per year</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="122"/>
        <source>What moves the NPV most</source>
        <translation>What moves the NPV most</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="123"/>
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="139"/>
        <source>input at its low value</source>
        <translation>input at its low value</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/charts.py" line="140"/>
        <source>input at its high value</source>
        <translation>input at its high value</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../kokapp/gui/commands.py" line="18"/>
        <source>Edit product</source>
        <translation>Edit product</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="32"/>
        <source>Add product</source>
        <translation>Add product</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="44"/>
        <source>Remove product</source>
        <translation>Remove product</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="58"/>
        <source>Change volume</source>
        <translation>Change volume</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="71"/>
        <source>Add market</source>
        <translation>Add market</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="83"/>
        <source>Remove market</source>
        <translation>Remove market</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="96"/>
        <source>Change candidate locations</source>
        <translation>Change candidate locations</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="108"/>
        <source>Change origin hub</source>
        <translation>Change origin hub</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="122"/>
        <source>Change weight</source>
        <translation>Change weight</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="144"/>
        <source>Change company name</source>
        <translation>Change company name</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="156"/>
        <source>Change your figures</source>
        <translation>Change your figures</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/commands.py" line="170"/>
        <source>Restore unsaved work</source>
        <translation>Restore unsaved work</translation>
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
        <source>Labour cost</source>
        <translation>Labour cost</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="13"/>
        <location filename="../kokapp/gui/criteria.py" line="19"/>
        <source>Corporate tax</source>
        <translation>Corporate tax</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="17"/>
        <source>Set-up cost</source>
        <translation>Set-up cost</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="17"/>
        <source>Rent</source>
        <translation>Rent</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="17"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="18"/>
        <source>Local wage</source>
        <translation>Local wage</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="18"/>
        <source>Planned volume</source>
        <translation>Planned volume</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="19"/>
        <source>Discount rate</source>
        <translation>Discount rate</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="20"/>
        <source>Variable cost per unit</source>
        <translation>Variable cost per unit</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="21"/>
        <source>Extra sales</source>
        <translation>Extra sales</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="21"/>
        <source>Freight rates</source>
        <translation>Freight rates</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="25"/>
        <source>Logistics hub</source>
        <translation>Logistics hub</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="25"/>
        <source>Assembly line</source>
        <translation>Assembly line</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/criteria.py" line="26"/>
        <source>Sales office</source>
        <translation>Sales office</translation>
    </message>
</context>
<context>
    <name>DataSourcesDialog</name>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="24"/>
        <source>Data sources and your figures</source>
        <translation>Data sources and your figures</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="27"/>
        <source>Reference data %1: every figure names its public source, year and licence.</source>
        <translation>Reference data %1: every figure names its public source, year and licence.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="30"/>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="30"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="30"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="30"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="43"/>
        <source>Your figures replace the bundled ones and are marked ✎ in the results and the report.</source>
        <translation>Your figures replace the bundled ones and are marked ✎ in the results and the report.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="45"/>
        <source>Figure (key)</source>
        <translation>Figure (key)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="45"/>
        <source>Your value</source>
        <translation>Your value</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="45"/>
        <source>Note / source of your figure</source>
        <translation>Note / source of your figure</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="51"/>
        <source>Add figure</source>
        <translation>Add figure</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="51"/>
        <source>Remove figure</source>
        <translation>Remove figure</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="79"/>
        <source>Row %1: &apos;%2&apos; is not a number.</source>
        <translation>Row %1: &apos;%2&apos; is not a number.</translation>
    </message>
</context>
<context>
    <name>DetailModel</name>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="126"/>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="126"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="126"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="126"/>
        <source>Distance km</source>
        <translation>Distance km</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="127"/>
        <source>Transit days</source>
        <translation>Transit days</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="127"/>
        <source>Freight €/unit</source>
        <translation>Freight €/unit</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="127"/>
        <source>Duty</source>
        <translation>Duty</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="127"/>
        <source>Why this duty</source>
        <translation>Why this duty</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="128"/>
        <source>Landed €/unit</source>
        <translation>Landed €/unit</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="128"/>
        <source>Units/year</source>
        <translation>Units/year</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="135"/>
        <source>Truck</source>
        <translation>Truck</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="135"/>
        <source>Container ship</source>
        <translation>Container ship</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="136"/>
        <source>Ro-Ro ferry + truck</source>
        <translation>Ro-Ro ferry + truck</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="136"/>
        <source>Air</source>
        <translation>Air</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="142"/>
        <source>same country</source>
        <translation>same country</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="142"/>
        <source>EU single market</source>
        <translation>EU single market</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="143"/>
        <source>your figure</source>
        <translation>your figure</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="143"/>
        <source>MFN tariff (no agreement)</source>
        <translation>MFN tariff (no agreement)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="144"/>
        <source>trade halted: cannot be sold there</source>
        <translation>trade halted: cannot be sold there</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="146"/>
        <source> — agreement suspended</source>
        <translation> — agreement suspended</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="161"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="153"/>
        <source>No citable tariff for this market is bundled. Enter your broker&apos;s quote in Data sources.</source>
        <translation>No citable tariff for this market is bundled. Enter your broker&apos;s quote in Data sources.</translation>
    </message>
</context>
<context>
    <name>FeasibilityTab</name>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="35"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="37"/>
        <source>Set-up</source>
        <translation>Set-up</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="45"/>
        <source>Net present value</source>
        <translation>Net present value</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="46"/>
        <source>Internal rate of return</source>
        <translation>Internal rate of return</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="47"/>
        <source>Payback</source>
        <translation>Payback</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="48"/>
        <source>Break-even volume</source>
        <translation>Break-even volume</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="66"/>
        <source>Set-up cost, rent, staffing and margins are Kök assumptions until you enter your own figures. Savings come from the comparison: freight, clearance, insurance and duty.</source>
        <translation>Set-up cost, rent, staffing and margins are Kök assumptions until you enter your own figures. Savings come from the comparison: freight, clearance, insurance and duty.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="105"/>
        <source>Tick at least one candidate location.</source>
        <translation>Tick at least one candidate location.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="142"/>
        <source>your figure</source>
        <translation>your figure</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="144"/>
        <source>minimum wage %1 × %2</source>
        <translation>minimum wage %1 × %2</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="146"/>
        <source>Local wage %1 per month (%2); corporate tax %3.</source>
        <translation>Local wage %1 per month (%2); corporate tax %3.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="150"/>
        <source>not defined</source>
        <translation>not defined</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="151"/>
        <source>not within the horizon</source>
        <translation>not within the horizon</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="152"/>
        <source>%1 years</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="153"/>
        <source>not reached up to 20 × the plan</source>
        <translation>not reached up to 20 × the plan</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="154"/>
        <source>%1 units a year (%2 of the plan)</source>
        <translation>%1 units a year (%2 of the plan)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="157"/>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="157"/>
        <source>Pessimistic</source>
        <translation>Pessimistic</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="157"/>
        <source>Optimistic</source>
        <translation>Optimistic</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="159"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="159"/>
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="159"/>
        <source>IRR</source>
        <translation>IRR</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="159"/>
        <source>Payback (years)</source>
        <translation>Payback (years)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="167"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="167"/>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="167"/>
        <source>Savings</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="168"/>
        <source>Staff saved in Türkiye</source>
        <translation>Staff saved in Türkiye</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="168"/>
        <source>Fixed costs</source>
        <translation>Fixed costs</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="169"/>
        <source>Margin on extra sales</source>
        <translation>Margin on extra sales</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="169"/>
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/feasibility_tab.py" line="170"/>
        <source>Cash flow</source>
        <translation>Cash flow</translation>
    </message>
</context>
<context>
    <name>HsCodeDelegate</name>
    <message>
        <location filename="../kokapp/gui/delegates.py" line="25"/>
        <source>e.g. 8708 or a word of the chapter title</source>
        <translation>e.g. 8708 or a word of the chapter title</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="25"/>
        <source>Import products — %1</source>
        <translation>Import products — %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="28"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="28"/>
        <source>HS code</source>
        <translation>HS code</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="28"/>
        <source>Unit value (EUR)</source>
        <translation>Unit value (EUR)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="29"/>
        <source>Gross weight (kg)</source>
        <translation>Gross weight (kg)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="29"/>
        <source>Volume (m³)</source>
        <translation>Volume (m³)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="30"/>
        <source>Units per pallet</source>
        <translation>Units per pallet</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="33"/>
        <source>Columns found: %1</source>
        <translation>Columns found: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="35"/>
        <source>Ignored columns: %1</source>
        <translation>Ignored columns: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="37"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="37"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="37"/>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="51"/>
        <source>already in the project: skipped</source>
        <translation>already in the project: skipped</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="53"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="62"/>
        <source>%1 of %2 rows can be imported. Rows with problems are not imported: fix them in your file and import again.</source>
        <translation>%1 of %2 rows can be imported. Rows with problems are not imported: fix them in your file and import again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../kokapp/gui/import_dialog.py" line="66"/>
        <location filename="../kokapp/gui/import_dialog.py" line="97"/>
        <source>Import %n product(s)</source>
        <translation>
            <numerusform>Import %n product</numerusform>
            <numerusform>Import %n products</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="74"/>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="74"/>
        <location filename="../kokapp/gui/import_dialog.py" line="80"/>
        <source>not a number</source>
        <translation>not a number</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="75"/>
        <source>must be greater than zero</source>
        <translation>must be greater than zero</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="76"/>
        <source>must not be negative</source>
        <translation>must not be negative</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="77"/>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="78"/>
        <source>needs 4, 6, 8 or 10 digits</source>
        <translation>needs 4, 6, 8 or 10 digits</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="79"/>
        <source>HS chapter does not exist</source>
        <translation>HS chapter does not exist</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="82"/>
        <source>ambiguous: write 1500 or 1,5 without a thousands separator</source>
        <translation>ambiguous: write 1500 or 1,5 without a thousands separator</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/import_dialog.py" line="84"/>
        <source>same product as row %1</source>
        <translation>same product as row %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="89"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="90"/>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="91"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="92"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="94"/>
        <source>Open the &amp;demo project</source>
        <translation>Open the &amp;demo project</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="96"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="97"/>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="99"/>
        <source>&amp;Import products from Excel or CSV…</source>
        <translation>&amp;Import products from Excel or CSV…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="101"/>
        <source>&amp;Export Excel report…</source>
        <translation>&amp;Export Excel report…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="103"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="104"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="105"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="106"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="110"/>
        <source>Add &amp;product</source>
        <translation>Add &amp;product</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="111"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="112"/>
        <source>&amp;Data sources and your figures…</source>
        <translation>&amp;Data sources and your figures…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="113"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="114"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="115"/>
        <source>&amp;About Kök</source>
        <translation>&amp;About Kök</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="134"/>
        <location filename="../kokapp/gui/main_window.py" line="343"/>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="142"/>
        <source>Save changes?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="143"/>
        <source>The project has changes that are not saved. Save them?</source>
        <translation>The project has changes that are not saved. Save them?</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="159"/>
        <source>Cannot open the project</source>
        <translation>Cannot open the project</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="165"/>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="167"/>
        <source>Project opened with changes</source>
        <translation>Project opened with changes</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="168"/>
        <source>Kök opened %1 and adjusted it:</source>
        <translation>Kök opened %1 and adjusted it:</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="178"/>
        <source>Demo project opened: save it under your own name to keep changes.</source>
        <translation>Demo project opened: save it under your own name to keep changes.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="183"/>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="192"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="200"/>
        <location filename="../kokapp/gui/main_window.py" line="259"/>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="201"/>
        <source>Save project</source>
        <translation>Save project</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="211"/>
        <source>Cannot save the project</source>
        <translation>Cannot save the project</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="212"/>
        <source>%1 could not be written: %2. Choose another place with Save as.</source>
        <translation>%1 could not be written: %2. Choose another place with Save as.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="219"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="230"/>
        <source>Import products</source>
        <translation>Import products</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="231"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Spreadsheets (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="237"/>
        <source>Cannot import</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="237"/>
        <source>%1 could not be imported: %2</source>
        <translation>%1 could not be imported: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../kokapp/gui/main_window.py" line="245"/>
        <source>%n product(s) imported.</source>
        <translation>
            <numerusform>%n product imported.</numerusform>
            <numerusform>%n products imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="256"/>
        <location filename="../kokapp/gui/main_window.py" line="281"/>
        <source>Cannot export</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="262"/>
        <source>Export Excel report</source>
        <translation>Export Excel report</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="272"/>
        <source>The file is open in Excel or another program. Close it, or choose another name.</source>
        <translation>The file is open in Excel or another program. Close it, or choose another name.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="273"/>
        <source>The file or its folder is read-only. Choose another place.</source>
        <translation>The file or its folder is read-only. Choose another place.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="274"/>
        <source>The folder does not exist. Choose another place.</source>
        <translation>The folder does not exist. Choose another place.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="275"/>
        <source>The file could not be written. Choose another place.</source>
        <translation>The file could not be written. Choose another place.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="276"/>
        <source>Cannot write the report</source>
        <translation>Cannot write the report</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="286"/>
        <source>Report written: %1</source>
        <translation>Report written: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="288"/>
        <source>Report written</source>
        <translation>Report written</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="288"/>
        <source>Open the report now?</source>
        <translation>Open the report now?</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="318"/>
        <source>About Kök</source>
        <translation>About Kök</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="319"/>
        <source>Kök %1 — where should your company put down roots abroad?
Reference data %2. Works offline.</source>
        <translation>Kök %1 — where should your company put down roots abroad?
Reference data %2. Works offline.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="341"/>
        <source>Restore unsaved work?</source>
        <translation>Restore unsaved work?</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="342"/>
        <source>Kök did not close normally. Restore the unsaved project &quot;%1&quot; (autosaved %2)?</source>
        <translation>Kök did not close normally. Restore the unsaved project &quot;%1&quot; (autosaved %2)?</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/main_window.py" line="351"/>
        <source>Unsaved work restored. Save it to keep it.</source>
        <translation>Unsaved work restored. Save it to keep it.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../kokapp/gui/messages.py" line="13"/>
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="14"/>
        <source>must be a finite number</source>
        <translation>must be a finite number</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="15"/>
        <source>must be greater than zero</source>
        <translation>must be greater than zero</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="16"/>
        <source>must not be negative</source>
        <translation>must not be negative</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="17"/>
        <source>unknown site</source>
        <translation>unknown site</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="18"/>
        <source>unknown country</source>
        <translation>unknown country</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="19"/>
        <source>unknown product</source>
        <translation>unknown product</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="20"/>
        <source>must be a Turkish production hub</source>
        <translation>must be a Turkish production hub</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="21"/>
        <source>add at least one product</source>
        <translation>add at least one product</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="22"/>
        <source>add at least one target market</source>
        <translation>add at least one target market</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="23"/>
        <source>enter an annual volume for at least one product and market</source>
        <translation>enter an annual volume for at least one product and market</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="24"/>
        <source>at least one criterion needs a weight above zero</source>
        <translation>at least one criterion needs a weight above zero</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="25"/>
        <source>HS chapter does not exist</source>
        <translation>HS chapter does not exist</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="26"/>
        <source>must be 4, 6, 8 or 10 digits</source>
        <translation>must be 4, 6, 8 or 10 digits</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="27"/>
        <source>duplicate product name</source>
        <translation>duplicate product name</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="28"/>
        <source>location listed twice</source>
        <translation>location listed twice</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="29"/>
        <source>market listed twice</source>
        <translation>market listed twice</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="30"/>
        <source>unknown market</source>
        <translation>unknown market</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="31"/>
        <source>must be zero or more</source>
        <translation>must be zero or more</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="32"/>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="33"/>
        <source>not a known reference figure</source>
        <translation>not a known reference figure</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="34"/>
        <source>is not a Kök project file</source>
        <translation>is not a Kök project file</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="35"/>
        <source>is not UTF-8 text</source>
        <translation>is not UTF-8 text</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="36"/>
        <source>must be one of the project&apos;s candidate locations</source>
        <translation>must be one of the project&apos;s candidate locations</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="37"/>
        <source>must be above -100 %</source>
        <translation>must be above -100 %</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="38"/>
        <source>must be at most 100 %</source>
        <translation>must be at most 100 %</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="49"/>
        <source>is not a valid project file (damaged or cut off near line %1, column %2)</source>
        <translation>is not a valid project file (damaged or cut off near line %1, column %2)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="50"/>
        <source>is not a valid project file</source>
        <translation>is not a valid project file</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="51"/>
        <source>is too large to be a Kök project</source>
        <translation>is too large to be a Kök project</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="52"/>
        <source>cannot be read (%1)</source>
        <translation>cannot be read (%1)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="53"/>
        <source>must be a finite number, not %1</source>
        <translation>must be a finite number, not %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="54"/>
        <source>is too large (%1)</source>
        <translation>is too large (%1)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="55"/>
        <source>has the wrong type (%2 instead of %1)</source>
        <translation>has the wrong type (%2 instead of %1)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="56"/>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="58"/>
        <source>was written by a newer Kök (format %1): please update Kök</source>
        <translation>was written by a newer Kök (format %1): please update Kök</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="59"/>
        <source>format %1 is too old to read</source>
        <translation>format %1 is too old to read</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="60"/>
        <source>has no format version</source>
        <translation>has no format version</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="61"/>
        <source>has the wrong structure</source>
        <translation>has the wrong structure</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="62"/>
        <source>needs a set-up type (logistics hub, assembly or sales office)</source>
        <translation>needs a set-up type (logistics hub, assembly or sales office)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="63"/>
        <source>must map markets to annual units</source>
        <translation>must map markets to annual units</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="64"/>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="65"/>
        <source>must be a list of numbers</source>
        <translation>must be a list of numbers</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="66"/>
        <source>must be text</source>
        <translation>must be text</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="87"/>
        <source>An unknown field &apos;%1&apos; was ignored.</source>
        <translation>An unknown field &apos;%1&apos; was ignored.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="88"/>
        <source>The candidate location &apos;%1&apos; is no longer in the reference data and was removed.</source>
        <translation>The candidate location &apos;%1&apos; is no longer in the reference data and was removed.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="90"/>
        <source>The target market &apos;%1&apos; is not in the reference data and was removed.</source>
        <translation>The target market &apos;%1&apos; is not in the reference data and was removed.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="92"/>
        <source>The candidate location &apos;%1&apos; was listed twice; it is compared once.</source>
        <translation>The candidate location &apos;%1&apos; was listed twice; it is compared once.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="94"/>
        <source>The target market &apos;%1&apos; was listed twice; it is kept once.</source>
        <translation>The target market &apos;%1&apos; was listed twice; it is kept once.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="96"/>
        <source>The project is not complete yet: %1</source>
        <translation>The project is not complete yet: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="104"/>
        <source>No statutory minimum wage is bundled for %1. Enter the monthly minimum wage in EUR as your figure &apos;%2&apos; in Tools ▸ Data sources.</source>
        <translation>No statutory minimum wage is bundled for %1. Enter the monthly minimum wage in EUR as your figure &apos;%2&apos; in Tools ▸ Data sources.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="108"/>
        <source>No corporate tax rate is bundled for %1. Enter it as your figure &apos;%2&apos; in Tools ▸ Data sources.</source>
        <translation>No corporate tax rate is bundled for %1. Enter it as your figure &apos;%2&apos; in Tools ▸ Data sources.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="112"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="114"/>
        <source>The file %1 could not be opened: %2</source>
        <translation>The file %1 could not be opened: %2</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="115"/>
        <source>field %1: </source>
        <translation>field %1: </translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="118"/>
        <source>The reference data is damaged: %1</source>
        <translation>The reference data is damaged: %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/messages.py" line="122"/>
        <source>The file could not be read or written: %1</source>
        <translation>The file could not be read or written: %1</translation>
    </message>
</context>
<context>
    <name>ProductsModel</name>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="25"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="25"/>
        <source>HS code</source>
        <translation>HS code</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="25"/>
        <source>Unit value (EUR)</source>
        <translation>Unit value (EUR)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="26"/>
        <source>Gross weight (kg)</source>
        <translation>Gross weight (kg)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="26"/>
        <source>Volume (m³)</source>
        <translation>Volume (m³)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="26"/>
        <source>Units per pallet</source>
        <translation>Units per pallet</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="75"/>
        <source>The product name must not be empty.</source>
        <translation>The product name must not be empty.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="78"/>
        <source>A product named &apos;%1&apos; already exists.</source>
        <translation>A product named &apos;%1&apos; already exists.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="83"/>
        <source>An HS code has 4, 6, 8 or 10 digits, e.g. 8708 or 870830.</source>
        <translation>An HS code has 4, 6, 8 or 10 digits, e.g. 8708 or 870830.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="85"/>
        <source>HS chapter %1 does not exist.</source>
        <translation>HS chapter %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="92"/>
        <source>Units per pallet must be a whole number above zero, or empty.</source>
        <translation>Units per pallet must be a whole number above zero, or empty.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="96"/>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>&apos;%1&apos; is not a number.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="98"/>
        <source>The value must be greater than zero.</source>
        <translation>The value must be greater than zero.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="118"/>
        <location filename="../kokapp/gui/product_table.py" line="120"/>
        <source>New product %1</source>
        <translation>New product %1</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="132"/>
        <source>Remove products</source>
        <translation>Remove products</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="158"/>
        <source>Row %1, %2: %3</source>
        <translation>Row %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="167"/>
        <source>Row %1: new products need %2.</source>
        <translation>Row %1: new products need %2.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/product_table.py" line="173"/>
        <source>The pasted rows repeat a product name.</source>
        <translation>The pasted rows repeat a product name.</translation>
    </message>
    <message numerus="yes">
        <location filename="../kokapp/gui/product_table.py" line="176"/>
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
        <location filename="../kokapp/gui/project_panel.py" line="42"/>
        <source>Your company</source>
        <translation>Your company</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="48"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="49"/>
        <source>Origin hub in Türkiye</source>
        <translation>Origin hub in Türkiye</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="68"/>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="74"/>
        <source>Add product</source>
        <translation>Add product</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="76"/>
        <location filename="../kokapp/gui/project_panel.py" line="101"/>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="85"/>
        <source>Target markets and annual volumes (units)</source>
        <translation>Target markets and annual volumes (units)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="99"/>
        <source>Add market</source>
        <translation>Add market</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="110"/>
        <source>Candidate locations (tick to compare; click on the map)</source>
        <translation>Candidate locations (tick to compare; click on the map)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="130"/>
        <source>assembly</source>
        <translation>assembly</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="130"/>
        <source>logistics hub</source>
        <translation>logistics hub</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="131"/>
        <source>sales office</source>
        <translation>sales office</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="237"/>
        <source>%1 is already a target market.</source>
        <translation>%1 is already a target market.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/project_panel.py" line="243"/>
        <source>Remove markets</source>
        <translation>Remove markets</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="71"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="71"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="71"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="71"/>
        <source>Logistics €/year</source>
        <translation>Logistics €/year</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="72"/>
        <source>Duty €/year</source>
        <translation>Duty €/year</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="72"/>
        <source>Duty-free</source>
        <translation>Duty-free</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="72"/>
        <source>Transit days</source>
        <translation>Transit days</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="72"/>
        <source>LPI</source>
        <translation>LPI</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="73"/>
        <source>Min. wage €/month</source>
        <translation>Min. wage €/month</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="73"/>
        <source>Corporate tax</source>
        <translation>Corporate tax</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="96"/>
        <source> (Türkiye baseline)</source>
        <translation> (Türkiye baseline)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="106"/>
        <source>Your figure</source>
        <translation>Your figure</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="109"/>
        <source>Incomplete: no citable tariff for some markets (counted as zero). Enter your broker&apos;s quote in Data sources.</source>
        <translation>Incomplete: no citable tariff for some markets (counted as zero). Enter your broker&apos;s quote in Data sources.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/result_models.py" line="83"/>
        <source>No figure in the reference data: the average of the other locations is used. Enter your own figure in Data sources.</source>
        <translation>No figure in the reference data: the average of the other locations is used. Enter your own figure in Data sources.</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="50"/>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="52"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="53"/>
        <source>Market access</source>
        <translation>Market access</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="55"/>
        <source>Feasibility</source>
        <translation>Feasibility</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="56"/>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="64"/>
        <source>What matters to you (weights)</source>
        <translation>What matters to you (weights)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="107"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="121"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="129"/>
        <source>duty-free</source>
        <translation>duty-free</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="129"/>
        <source>duty to pay</source>
        <translation>duty to pay</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="130"/>
        <source>no citable tariff: enter a quote</source>
        <translation>no citable tariff: enter a quote</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="131"/>
        <source>agreement suspended or trade halted (×)</source>
        <translation>agreement suspended or trade halted (×)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="202"/>
        <source>Best match with your weights: %1.</source>
        <translation>Best match with your weights: %1.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="257"/>
        <source>Trade halted: goods from %1 cannot be sold in %2.</source>
        <translation>Trade halted: goods from %1 cannot be sold in %2.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="261"/>
        <source>No citable tariff is bundled for %1: those duties count as zero until you enter a quote (Tools ▸ Data sources).</source>
        <translation>No citable tariff is bundled for %1: those duties count as zero until you enter a quote (Tools ▸ Data sources).</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/results_panel.py" line="264"/>
        <source>✎ Your figure: %1 = %2 (%3)</source>
        <translation>✎ Your figure: %1 = %2 (%3)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="96"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="100"/>
        <source>As the system (Turkish on a Turkish system)</source>
        <translation>As the system (Turkish on a Turkish system)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="112"/>
        <source>Metric (kg, m³, km)</source>
        <translation>Metric (kg, m³, km)</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="113"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="114"/>
        <source>Currency shown</source>
        <translation>Currency shown</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="115"/>
        <source>Default origin hub for new projects</source>
        <translation>Default origin hub for new projects</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/dialogs.py" line="116"/>
        <source>Units</source>
        <translation>Units</translation>
    </message>
</context>
<context>
    <name>VolumesModel</name>
    <message>
        <location filename="../kokapp/gui/volume_table.py" line="73"/>
        <source>Annual volume must be a whole number of units, zero or more.</source>
        <translation>Annual volume must be a whole number of units, zero or more.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/volume_table.py" line="91"/>
        <source>Row %1: &apos;%2&apos; is not a volume.</source>
        <translation>Row %1: &apos;%2&apos; is not a volume.</translation>
    </message>
    <message>
        <location filename="../kokapp/gui/volume_table.py" line="94"/>
        <source>Paste volumes</source>
        <translation>Paste volumes</translation>
    </message>
</context>
</TS>

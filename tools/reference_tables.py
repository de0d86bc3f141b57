"""Hand-curated choices behind the data pack, read by the build scripts in tools/.

Nothing here is a measured figure: these are *choices* (which city stands for a market, which
seaport serves it, which nearshore sites are offered). Coordinates, names and distances are
looked up from the cited libraries/sources by ``build_reference.py`` and ``build_distances.py``.
"""

# iso2: (region, economic centre (GeoNames city name), seaport UN/LOCODE, port note)
# Landlocked countries get the gateway port their overseas trade mostly uses; the note says so.
MARKETS = {
    # EU27
    "AT": ("EU", "Vienna", "SIKOP", "gateway port (Koper, Slovenia)"),
    "BE": ("EU", "Brussels", "BEANR", ""),
    "BG": ("EU", "Sofia", "BGVAR", ""),
    "HR": ("EU", "Zagreb", "HRRJK", ""),
    "CY": ("EU", "Nicosia", "CYLMS", ""),
    "CZ": ("EU", "Prague", "DEHAM", "gateway port (Hamburg, Germany)"),
    "DK": ("EU", "Copenhagen", "DKAAR", ""),
    "EE": ("EU", "Tallinn", "EETLL", ""),
    "FI": ("EU", "Helsinki", "FIHEL", ""),
    "FR": ("EU", "Paris", "FRLEH", ""),
    "DE": ("EU", "Frankfurt am Main", "DEHAM", "centre: Frankfurt, central to German demand"),
    "GR": ("EU", "Athens", "GRPIR", ""),
    "HU": ("EU", "Budapest", "SIKOP", "gateway port (Koper, Slovenia)"),
    "IE": ("EU", "Dublin", "IEDUB", ""),
    "IT": ("EU", "Milan", "ITGOA", "centre: Milan, Italy's main industrial market"),
    "LV": ("EU", "Riga", "LVRIX", ""),
    "LT": ("EU", "Vilnius", "LTKLJ", ""),
    "LU": ("EU", "Luxembourg", "BEANR", "gateway port (Antwerp, Belgium)"),
    "MT": ("EU", "Valletta", "MTMAR", ""),
    "NL": ("EU", "Rotterdam", "NLRTM", ""),
    "PL": ("EU", "Warsaw", "PLGDN", ""),
    "PT": ("EU", "Lisbon", "PTLIS", ""),
    "RO": ("EU", "Bucharest", "ROCND", ""),
    "SK": ("EU", "Bratislava", "SIKOP", "gateway port (Koper, Slovenia)"),
    "SI": ("EU", "Ljubljana", "SIKOP", ""),
    "ES": ("EU", "Madrid", "ESVLC", ""),
    "SE": ("EU", "Stockholm", "SEGOT", ""),
    # Other Europe
    "GB": ("EUROPE_OTHER", "London", "GBFXT", ""),
    "CH": ("EUROPE_OTHER", "Zurich", "ITGOA", "gateway port (Genoa, Italy)"),
    "NO": ("EUROPE_OTHER", "Oslo", "NOOSL", ""),
    "IS": ("EUROPE_OTHER", "Reykjavik", "ISREY", ""),
    "LI": ("EUROPE_OTHER", "Vaduz", "ITGOA", "gateway port (Genoa, Italy)"),
    # Western Balkans
    "AL": ("WESTERN_BALKANS", "Tirana", "ALDRZ", ""),
    "BA": ("WESTERN_BALKANS", "Sarajevo", "HRPLE", "gateway port (Ploče, Croatia)"),
    "ME": ("WESTERN_BALKANS", "Podgorica", "MEBAR", ""),
    "MK": ("WESTERN_BALKANS", "Skopje", "GRSKG", "gateway port (Thessaloniki, Greece)"),
    "RS": ("WESTERN_BALKANS", "Belgrade", "GRSKG", "gateway port (Thessaloniki, Greece)"),
    "XK": ("WESTERN_BALKANS", "Pristina", "ALDRZ", "gateway port (Durrës, Albania)"),
    # Eastern neighbours
    "UA": ("EASTERN_NEIGHBOURS", "Kyiv", "UAODS", ""),
    "MD": ("EASTERN_NEIGHBOURS", "Chisinau", "ROCND", "gateway port (Constanța, Romania)"),
    "GE": ("EASTERN_NEIGHBOURS", "Tbilisi", "GEPTI", ""),
    "AZ": ("EASTERN_NEIGHBOURS", "Baku", "GEPTI", "gateway port (Poti, Georgia); Caspian coast only"),
    # North Africa
    "MA": ("NORTH_AFRICA", "Casablanca", "MACAS", ""),
    "DZ": ("NORTH_AFRICA", "Algiers", "DZALG", ""),
    "TN": ("NORTH_AFRICA", "Tunis", "TNRAD", ""),
    "LY": ("NORTH_AFRICA", "Tripoli", "LYTIP", ""),
    "EG": ("NORTH_AFRICA", "Cairo", "EGALY", ""),
    # Middle East and Gulf
    "IL": ("MIDDLE_EAST", "Tel Aviv", "ILHFA", ""),
    "JO": ("MIDDLE_EAST", "Amman", "JOAQB", ""),
    "LB": ("MIDDLE_EAST", "Beirut", "LBBEY", ""),
    "SY": ("MIDDLE_EAST", "Damascus", "SYLTK", ""),
    "IQ": ("MIDDLE_EAST", "Baghdad", "IQUQR", ""),
    "IR": ("MIDDLE_EAST", "Tehran", "IRBND", ""),
    "SA": ("MIDDLE_EAST", "Riyadh", "SADMN", ""),
    "AE": ("MIDDLE_EAST", "Dubai", "AEJEA", ""),
    "QA": ("MIDDLE_EAST", "Doha", "QAHMD", ""),
    "KW": ("MIDDLE_EAST", "Kuwait City", "KWSAA", ""),
    "BH": ("MIDDLE_EAST", "Manama", "BHMSN", ""),
    "OM": ("MIDDLE_EAST", "Muscat", "OMSOH", ""),
    # Central Asia (landlocked; Middle Corridor via the Caspian and Georgia)
    "KZ": ("CENTRAL_ASIA", "Almaty", "GEPTI", "gateway port (Poti, Georgia), Middle Corridor"),
    "UZ": ("CENTRAL_ASIA", "Tashkent", "GEPTI", "gateway port (Poti, Georgia), Middle Corridor"),
    "TM": ("CENTRAL_ASIA", "Ashgabat", "GEPTI", "gateway port (Poti, Georgia), Middle Corridor"),
    "KG": ("CENTRAL_ASIA", "Bishkek", "GEPTI", "gateway port (Poti, Georgia), Middle Corridor"),
    "TJ": ("CENTRAL_ASIA", "Dushanbe", "GEPTI", "gateway port (Poti, Georgia), Middle Corridor"),
    # Others
    "US": ("OTHER", "New York City", "USNYC", ""),
    "CN": ("OTHER", "Shanghai", "CNSHA", ""),
    "RU": ("OTHER", "Moscow", "RUNVS", "port on the Black Sea (Novorossiysk)"),
    # More of the near region (issue 18)
    "AM": ("EASTERN_NEIGHBOURS", "Yerevan", "GEPTI", "gateway port (Poti, Georgia); the Turkish land border is closed"),
    "BY": ("EASTERN_NEIGHBOURS", "Minsk", "RUNVS",
           "gateway port (Novorossiysk, Russia): EU sanctions restrict Belarusian transit through EU ports"),
    "PS": ("MIDDLE_EAST", "Ramallah", "ILHFA", "gateway port (Haifa): goods clear Israeli customs"),
    "MR": ("NORTH_AFRICA", "Nouakchott", "MRNKC", ""),
    "TR": ("TURKIYE", "Istanbul", "TRAMR", ""),
}

# ISO 3166 landlocked countries in the set (Caspian coast does not count as sea access).
LANDLOCKED = {"AT", "CZ", "HU", "LU", "SK", "CH", "LI", "RS", "MK", "XK", "MD", "AZ", "AM", "BY", "PS",
              "KZ", "UZ", "TM", "KG", "TJ"}

# id: (iso2, GeoNames city, name_tr, kind, port, suits, zone/remark)
# kind: tr_hub = Turkish production hub (origin); nearshore = candidate location abroad.
# suits: which set-up the site is plausible for (assembly / logistics_hub / sales_office).
SITES = {
    "TR-IST": ("TR", "Istanbul", "İstanbul", "tr_hub", "TRAMR", "assembly;logistics_hub;sales_office", ""),
    "TR-BUR": ("TR", "Bursa", "Bursa", "tr_hub", "TRGEM", "assembly;logistics_hub", "automotive supplier cluster"),
    "TR-KOC": ("TR", "Izmit", "Kocaeli (İzmit)", "tr_hub", "TRIZT", "assembly;logistics_hub", "Gebze/Dilovası industrial zones"),
    "TR-IZM": ("TR", "Izmir", "İzmir", "tr_hub", "TRALI", "assembly;logistics_hub", ""),
    "TR-ANK": ("TR", "Ankara", "Ankara", "tr_hub", "TRAMR", "assembly", ""),
    "TR-KON": ("TR", "Konya", "Konya", "tr_hub", "TRMER", "assembly", ""),
    "TR-KAY": ("TR", "Kayseri", "Kayseri", "tr_hub", "TRMER", "assembly", ""),
    "TR-GAZ": ("TR", "Gaziantep", "Gaziantep", "tr_hub", "TRISK", "assembly;logistics_hub", ""),
    "TR-DEN": ("TR", "Denizli", "Denizli", "tr_hub", "TRALI", "assembly", ""),
    "TR-MER": ("TR", "Mersin", "Mersin", "tr_hub", "TRMER", "assembly;logistics_hub", "Mersin Free Zone"),
    # Western Balkans
    "RS-BEG": ("RS", "Belgrade", "Belgrad", "nearshore", "GRSKG", "assembly;logistics_hub;sales_office", "free zones around Belgrade"),
    "RS-NVS": ("RS", "Novi Sad", "Novi Sad", "nearshore", "GRSKG", "assembly;logistics_hub", "Novi Sad free zone"),
    "RS-NIS": ("RS", "Nis", "Niş", "nearshore", "GRSKG", "assembly", "Niš industrial zones (nearest free zone: Pirot)"),
    "MK-SKP": ("MK", "Skopje", "Üsküp", "nearshore", "GRSKG", "assembly;logistics_hub;sales_office", "TIDZ Skopje 1 / Bunardzik"),
    "AL-DRZ": ("AL", "Durres", "Draç", "nearshore", "ALDRZ", "assembly;logistics_hub", "Durrës port area"),
    "ME-POD": ("ME", "Podgorica", "Podgorica", "nearshore", "MEBAR", "sales_office;logistics_hub", ""),
    "BA-SJJ": ("BA", "Sarajevo", "Saraybosna", "nearshore", "HRPLE", "assembly;sales_office", ""),
    "XK-PRN": ("XK", "Pristina", "Priştine", "nearshore", "ALDRZ", "assembly;sales_office", ""),
    # EU neighbours
    "BG-PDV": ("BG", "Plovdiv", "Filibe (Plovdiv)", "nearshore", "BGBOJ", "assembly;logistics_hub", "Trakia Economic Zone"),
    "BG-SOF": ("BG", "Sofia", "Sofya", "nearshore", "BGVAR", "logistics_hub;sales_office", ""),
    "BG-VAR": ("BG", "Varna", "Varna", "nearshore", "BGVAR", "logistics_hub", "Black Sea port"),
    "RO-TSR": ("RO", "Timisoara", "Timişoara", "nearshore", "ROCND", "assembly;logistics_hub", ""),
    "RO-CND": ("RO", "Constanta", "Köstence", "nearshore", "ROCND", "logistics_hub", "Black Sea port"),
    "GR-SKG": ("GR", "Thessaloniki", "Selanik", "nearshore", "GRSKG", "logistics_hub;sales_office", "Thessaloniki free zone"),
    "HU-BUD": ("HU", "Budapest", "Budapeşte", "nearshore", "SIKOP", "logistics_hub;sales_office", ""),
    # Eastern neighbours
    "GE-TBS": ("GE", "Tbilisi", "Tiflis", "nearshore", "GEPTI", "assembly;logistics_hub;sales_office", "Tbilisi free industrial zone"),
    "GE-PTI": ("GE", "Poti", "Poti", "nearshore", "GEPTI", "logistics_hub;assembly", "Poti free industrial zone"),
    "GE-KUT": ("GE", "Kutaisi", "Kutaisi", "nearshore", "GEPTI", "assembly", "Kutaisi free industrial zone"),
    "AZ-BAK": ("AZ", "Baku", "Bakü", "nearshore", "GEPTI", "logistics_hub;sales_office", "Alat free economic zone"),
    "MD-KIV": ("MD", "Chisinau", "Kişinev", "nearshore", "ROCND", "assembly;sales_office", ""),
    # North Africa
    "MA-TNG": ("MA", "Tangier", "Tanca", "nearshore", "MAPTM", "assembly;logistics_hub", "Tanger Med industrial platform"),
    "MA-KNT": ("MA", "Kenitra", "Kenitra", "nearshore", "MACAS", "assembly", "Atlantic Free Zone"),
    "MA-CAS": ("MA", "Casablanca", "Kazablanka", "nearshore", "MACAS", "assembly;logistics_hub;sales_office", ""),
    "TN-TUN": ("TN", "Tunis", "Tunus", "nearshore", "TNRAD", "assembly;sales_office", ""),
    "TN-SUS": ("TN", "Sousse", "Sus", "nearshore", "TNRAD", "assembly", ""),
    "EG-RMD": ("EG", "10th of Ramadan", "10. Ramazan Şehri", "nearshore", "EGSOK", "assembly", "industrial city near Cairo"),
    "EG-SOK": ("EG", "Suez", "Ain Sokhna (Süveyş)", "nearshore", "EGSOK", "assembly;logistics_hub", "SCZone Ain Sokhna"),
    "EG-ALY": ("EG", "Alexandria", "İskenderiye", "nearshore", "EGALY", "assembly;logistics_hub;sales_office", ""),
    "DZ-ORN": ("DZ", "Oran", "Vahran", "nearshore", "DZORN", "assembly", ""),
    # Middle East and Gulf
    "JO-AMM": ("JO", "Amman", "Amman", "nearshore", "JOAQB", "sales_office;assembly", ""),
    "IQ-EBL": ("IQ", "Erbil", "Erbil", "nearshore", "IQUQR", "logistics_hub;sales_office", "served by road from Türkiye"),
    "AE-JEA": ("AE", "Dubai", "Dubai (Jebel Ali)", "nearshore", "AEJEA", "logistics_hub;sales_office", "JAFZA free zone"),
    "SA-DMM": ("SA", "Dammam", "Dammam", "nearshore", "SADMN", "logistics_hub;sales_office", ""),
    # Central Asia
    "KZ-ALA": ("KZ", "Almaty", "Almatı", "nearshore", "GEPTI", "logistics_hub;sales_office", ""),
    "UZ-TAS": ("UZ", "Tashkent", "Taşkent", "nearshore", "GEPTI", "assembly;sales_office", ""),
    # More of the near region (issue 18): EU east, western Ukraine, Libya, Lebanon, the Gulf, Central Asia
    "PL-LCJ": ("PL", "Łódź", "Lodz", "nearshore", "PLGDN", "assembly;logistics_hub", "Łódź Special Economic Zone"),
    "PL-KTW": ("PL", "Katowice", "Katowice", "nearshore", "PLGDN", "assembly;logistics_hub",
               "Katowice Special Economic Zone (Upper Silesia automotive cluster)"),
    "UA-LWO": ("UA", "Lviv", "Lviv", "nearshore", "ROCND", "assembly;sales_office",
               "industrial park; war zone: war-risk insurance, strikes on infrastructure"),
    "LY-MRA": ("LY", "Misratah", "Misrata", "nearshore", "LYMRA", "logistics_hub;sales_office",
               "Misurata Free Zone; security risk"),
    "LB-BEY": ("LB", "Beirut", "Beyrut", "nearshore", "LBBEY", "sales_office;logistics_hub",
               "Port of Beirut free zone; financial crisis and conflict risk"),
    "KW-KWI": ("KW", "Kuwait City", "Kuveyt", "nearshore", "KWSAA", "sales_office;logistics_hub",
               "Kuwait Free Trade Zone, Shuwaikh"),
    "QA-DOH": ("QA", "Doha", "Doha", "nearshore", "QAHMD", "sales_office;logistics_hub", "Qatar Free Zones near Hamad Port"),
    "OM-OHS": ("OM", "Sohar", "Suhar", "nearshore", "OMSOH", "logistics_hub;assembly", "Sohar Port and Freezone"),
    "BH-BAH": ("BH", "Manama", "Manama", "nearshore", "BHMSN", "logistics_hub;sales_office",
               "Bahrain Logistics Zone, Hidd"),
    "TM-ASB": ("TM", "Ashgabat", "Aşkabat", "nearshore", "GEPTI", "sales_office", "state-dominated market"),
    "KG-FRU": ("KG", "Bishkek", "Bişkek", "nearshore", "GEPTI", "assembly;sales_office", "Free Economic Zone Bishkek"),
}

# English display names where the GeoNames name is not what a user would look for.
SITE_NAME_EN = {
    "TR-KOC": "Kocaeli (İzmit)",
    "EG-RMD": "10th of Ramadan City",
    "EG-SOK": "Ain Sokhna (SCZone, near Suez)",
    "AE-JEA": "Dubai (Jebel Ali)",
    "MA-TNG": "Tangier (Tanger Med)",
    "BG-PDV": "Plovdiv (Trakia Economic Zone)",
    "LY-MRA": "Misrata",
    "OM-OHS": "Sohar",
}

# Display names of ports whose source names a terminal or an old spelling.
PORT_NAMES = {"MAPTM": "Tanger Med", "GBDVR": "Dover", "FRCQF": "Calais", "TRPEN": "Pendik",
              "EGSGA": "Safaga", "SADUB": "Duba", "JOAQJ": "Aqaba", "KZKUR": "Kuryk", "AZBAK": "Baku",
              "TMKRW": "Türkmenbaşy", "FRTLN": "Toulon", "TRAMR": "Ambarlı",
              "BHKFC": "King Fahd Causeway (Bahrain end)", "SAAQK": "Al Khobar", "GBFOL": "Folkestone",
              "FRCQS": "Coquelles", "DKKRR": "Korsør", "DKNBG": "Nyborg", "TRKSP": "Karasu", "RUKZP": "Kavkaz",
              "GRGPA": "Patras", "GRIGO": "Igoumenitsa", "ITAOI": "Ancona", "TRCES": "Çeşme", "TRYAL": "Yalova",
              "TRMAR": "Marmara Ereğlisi", "SADHU": "Duba", "TRIZM": "İzmir", "TRMER": "Mersin",
              "TRISK": "İskenderun", "SYTTS": "Tartus", "LYMRA": "Misurata", "ESTAR": "Tarragona",
              "EGNUW": "Nuweiba"}

# Link ends UN/LOCODE lists without coordinates anywhere we can cite: the nearest GeoNames town.
PORT_TOWNS = {"BHKFC": ("BH", "Madīnat Ḩamad"),   # Bahrain end of the King Fahd Causeway
              "TRKSP": ("TR", "Karasu")}           # Port of Karasu (Sakarya)

# CLDR in the pinned babel may lag a currency change: Bulgaria adopted the euro on 1 January
# 2026 (Council Decision (EU) 2025/1407).
CURRENCY_OVERRIDES = {"BG": "EUR"}

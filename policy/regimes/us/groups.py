"""United States: the EAR's Country Groups (15 CFR Part 740, Supplement No. 1) and the
destination scopes the advanced-computing rules write with them.

Membership is dated data, read on the transaction's date: Hong Kong counts as China from
23 Dec 2020, Nicaragua joins D:1 and D:5 on 15 Mar 2024, Macau joins the 2022 scope of
3A090/4A090 on 17 Jan 2023.
"""

from __future__ import annotations

from datetime import date

from policy.model.conditions import Condition, destination, headquarters
from policy.model.parties import CountryGroup, Membership, group
from policy.regimes.us.sources import (
    HONG_KONG_2020,
    MACAU_2023,
    NICARAGUA_2024,
    OCT_2022,
    SUPP1_738,
    SUPP1_740,
)

#: Since 23 Dec 2020 the EAR treat Hong Kong as China: wherever China is in a group, so is
#: Hong Kong.
_HK = (Membership(country="HK", start=date(2020, 12, 23), source=HONG_KONG_2020),)
_NICARAGUA = (Membership(country="NI", start=date(2024, 3, 15), source=NICARAGUA_2024),)

D1 = group(
    "D:1",
    "Country Group D:1 (national security)",
    "AM AZ BY CN GE IQ KG KP KZ LA LY MD MN MO RU TJ TM UZ VE VN YE",
    source=SUPP1_740,
    extra=_HK + _NICARAGUA,
)
D4 = group(
    "D:4",
    "Country Group D:4 (missile technology)",
    "AE BH CN EG IL IQ IR JO KP KW LB LY MO OM PK QA RU SA SY YE",
    source=SUPP1_740,
    extra=_HK,
)
D5 = group(
    "D:5",
    "Country Group D:5 (US arms embargoed countries)",
    "AF BY CD CF CN CU CY ER HT IQ IR KH KP LB LY MM RU SD SO SS SY VE ZW",
    source=SUPP1_740,
    extra=_HK + _NICARAGUA,
    note="Macau is not in D:5; the advanced-computing rules name it beside D:5.",
)
A5 = group(
    "A:5",
    "Country Group A:5 (close allies eligible for License Exception STA)",
    "AR AT AU BE BG CA CH CZ DE DK EE ES FI FR GB GR HR HU IE IN IS IT JP KR LT LU LV NL NO"
    " NZ PL PT RO SE SI SK TR",
    source=SUPP1_740,
)
A6 = group(
    "A:6",
    "Country Group A:6 (License Exception STA, limited)",
    "AL CY IL MT SG TW ZA",
    source=SUPP1_740,
)
CHINA_MACAU = CountryGroup(
    id="China+Macau",
    name="China (with Hong Kong), and Macau from 17 Jan 2023: the 2022 scope of 3A090/4A090",
    members=(
        Membership(country="CN", source=OCT_2022),
        *_HK,
        Membership(country="MO", start=date(2023, 1, 17), source=MACAU_2023),
    ),
    source=f"{OCT_2022}; {MACAU_2023}",
)

#: The Commerce Country Chart (15 CFR Part 738, Supplement No. 1) as data: for each reason
#: for control the chart's column marks with an X the destinations that need a licence; the
#: groups hold the destinations *without* the X, which are far fewer. NS column 1 has an X
#: for every destination but Canada. The United States is not a row of the Chart (an item
#: going to the United States is not exported to a Chart destination), so both groups hold it:
#: no NS requirement reaches an item going to the US.
NS1_CLEAR = group(
    "CCC:NS1-clear",
    "Commerce Country Chart: destinations with no X in NS column 1",
    "CA US",
    source=SUPP1_738,
    note="The United States is listed because it is no destination of the Chart.",
)
#: NS column 2 has no X for the Country Group A:1 states (the Wassenaar participants other
#: than Russia and Ukraine, and the US itself).
NS2_CLEAR = group(
    "CCC:NS2-clear",
    "Commerce Country Chart: destinations with no X in NS column 2",
    "AR AT AU BE BG CA CH CZ DE DK EE ES FI FR GB GR HR HU IE IT JP KR LT LU LV MT MX NL NO"
    " NZ PL PT RO SE SI SK TR US",
    source=f"{SUPP1_738}; Country Group A:1 of {SUPP1_740}",
    note="India and South Africa (A:1 members whose NS column 2 cell was not read) are left"
    " out, so the model requires a licence for them; the United States is listed because it"
    " is no destination of the Chart.",
)

#: Every group of the US regime.
GROUPS = (D1, D4, D5, A5, A6, CHINA_MACAU, NS1_CLEAR, NS2_CLEAR)

#: China with Hong Kong, and Macau from 17 Jan 2023: the destinations of the 2022 rule.
CHINA: Condition = destination(groups=("China+Macau",))
#: The 2023 destination scope of 3A090/4A090: D:1, D:4 or D:5, unless also A:5 or A:6.
AC_DESTINATIONS_2023: Condition = destination(groups=("D:1", "D:4", "D:5")) & ~destination(
    groups=("A:5", "A:6")
)
#: "Macau or a destination in Country Group D:5", the phrase of the 2023 and 2024 rules.
D5_OR_MACAU: Condition = destination("MO", groups=("D:5",))
#: A party headquartered (itself or its ultimate parent) in Macau or D:5.
HQ_D5_OR_MACAU: Condition = headquarters("MO", groups=("D:5",))
#: A destination with an X in NS column 1 of the Commerce Country Chart.
NS1: Condition = ~destination(groups=("CCC:NS1-clear",))
#: A destination with an X in NS column 2 of the Commerce Country Chart.
NS2: Condition = ~destination(groups=("CCC:NS2-clear",))
#: The destinations of the 26 Aug 2022 is-informed letter.
INFORMED_2022_DESTINATIONS: Condition = destination("CN", "HK", "RU")
#: The destinations of the H20 letter of 9 Apr 2025, or a party headquartered there.
H20_DESTINATIONS: Condition = destination("CN", "HK", "MO", groups=("D:5",)) | HQ_D5_OR_MACAU

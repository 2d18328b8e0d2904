"""United States: the Export Administration Regulations (15 CFR 730-774).

The advanced-computing and semiconductor controls from the first "is-informed" letter of
26 Aug 2022 to the affiliates rule of 29 Sep 2025 and its suspension: the 7 Oct 2022 rule
(87 FR 62186), Macau (88 FR 2821), the 17 Nov 2023 update (88 FR 73458, 88 FR 73424), the
December 2024 package (89 FR 96790), the H20 letter of 9 Apr 2025 and the affiliates rule
(90 FR 47201); with the reach of the EAR that carries them abroad (re-exports, de minimis
content, foreign direct products, US persons) and the Entity List parties they turn on.
Country Group membership and Entity List listings are dated data, read on the
transaction's date.
"""

from __future__ import annotations

from datetime import date

from policy.model.conditions import (
    MEMORY_BANDWIDTH,
    MEMORY_BANDWIDTH_DENSITY,
    OVERLAY,
    PERFORMANCE_DENSITY,
    TPP,
    TRANSFER_RATE,
    WAVELENGTH,
    Condition,
    channel,
    classified,
    content,
    destination,
    end_use,
    exporter,
    flag,
    headquarters,
    kind,
    listed,
    made_with,
    origin,
    persons,
)
from policy.model.decisions import Outcome
from policy.model.parties import (
    CountryGroup,
    Listing,
    Membership,
    Party,
    PartyList,
    group,
)
from policy.model.regimes import Regime
from policy.model.rules import Carveout, Example, Nexus, Rule, Source
from policy.model.transactions import Owner
from policy.regimes._examples import ItemSpec, tx

# --------------------------------------------------------------------------- sources

OCT_2022 = "87 FR 62186 (7 Oct 2022), FR Doc 2022-21658"
OCT_2022_URL = "https://www.federalregister.gov/d/2022-21658"
MACAU_2023 = "88 FR 2821 (17 Jan 2023), FR Doc 2023-00888"
MACAU_2023_URL = "https://www.federalregister.gov/d/2023-00888"
OCT_2023 = "88 FR 73458 (17 Nov 2023), FR Doc 2023-23055"
OCT_2023_URL = "https://www.federalregister.gov/d/2023-23055"
SME_2023 = "88 FR 73424 (17 Nov 2023), FR Doc 2023-23049"
SME_2023_URL = "https://www.federalregister.gov/d/2023-23049"
DEC_2024 = "89 FR 96790 (2 Dec 2024), FR Doc 2024-28270"
DEC_2024_URL = "https://www.federalregister.gov/d/2024-28270"
AFFILIATES_2025 = "90 FR 47201 (29 Sep 2025), FR Doc 2025-19001"
AFFILIATES_2025_URL = "https://www.federalregister.gov/d/2025-19001"
AFFILIATES_SUSPENSION = (
    "Final rule 'One Year Suspension of Expansion of End-User Controls for Affiliates of"
    " Certain Listed Entities' (10 Nov 2025)"
)
SUPP1_740 = "15 CFR Part 740, Supplement No. 1 (Country Groups)"
HONG_KONG_2020 = "85 FR 83765 (23 Dec 2020): Hong Kong removed as a separate destination"
BELARUS_2022_DOC = "87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc 2022-04819"
BELARUS_2022_URL = "https://www.federalregister.gov/d/2022-04819"
NICARAGUA_2024 = "BIS final rule of 14 Mar 2024, effective 15 Mar 2024 (Nicaragua to D:1 and D:5)"

#: Belarus became subject to the Russia sanctions of the EAR.
BELARUS_2022 = date(2022, 3, 2)
#: The day the 2022 rule's 3A090/4A090 and §744.23 provisions took effect.
D_2022 = date(2022, 10, 7)
#: §744.6 (US persons) took effect five days later.
D_2022_PERSONS = date(2022, 10, 12)
#: The foreign-direct-product rules and Entity List changes took effect on 21 Oct 2022.
D_2022_FDP = date(2022, 10, 21)
#: The 2023 update's effective date (88 FR 73458 and 88 FR 73424, DATES).
D_2023 = date(2023, 11, 17)
#: The December 2024 rule's compliance date for HBM and the new FDP rules; the rule took
#: effect on 2 Dec 2024, but exporters had until 31 Dec 2024 to comply with these parts.
D_2024_COMPLIANCE = date(2024, 12, 31)
#: The H20 "is-informed" letter.
D_2025_H20 = date(2025, 4, 9)
#: The affiliates rule, its suspension, and the end of the suspension.
D_2025_AFFILIATES = date(2025, 9, 29)
D_2025_SUSPENDED = date(2025, 11, 10)
D_2026_RESUMED = date(2026, 11, 10)

# --------------------------------------------------------------------------- country groups

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

#: The 2023 destination scope of 3A090/4A090: D:1, D:4 or D:5, unless also A:5 or A:6.
AC_DESTINATIONS_2023: Condition = destination(groups=("D:1", "D:4", "D:5")) & ~destination(
    groups=("A:5", "A:6")
)
#: "Macau or a destination in Country Group D:5", the phrase of the 2023 and 2024 rules.
D5_OR_MACAU: Condition = destination("MO", groups=("D:5",))
#: A party headquartered (itself or its ultimate parent) in Macau or D:5.
HQ_D5_OR_MACAU: Condition = headquarters("MO", groups=("D:5",))

# --------------------------------------------------------------------------- parties

SMIC_2020 = (
    "85 FR 83416 (22 Dec 2020, effective 18 Dec 2020), FR Doc 2020-28031: SMIC and ten subsidiaries"
)
SUPERCOMPUTING_2019 = "84 FR 29371 (24 Jun 2019), FR Doc 2019-13245: five supercomputing entities"
SURVEILLANCE_2019 = (
    "FR Doc 2019-22210 (published and effective 9 Oct 2019): 28 entities, Hikvision and Dahua"
    " among them"
)
SUPERCOMPUTING_2021 = (
    "BIS final rule effective 8 Apr 2021 (published 9 Apr 2021): seven supercomputing entities"
    " (CM Trade Law; Lexology)"
)
NUDT_2015 = (
    "80 FR 8527 (18 Feb 2015), as cited by 84 FR 29371 (FR Doc 2019-13245), which added the"
    " alias Hunan Guofang Keji University"
)
DEC_2022_ENTITIES = "87 FR 77505 (16 Dec 2022): 36 entities added"
MAR_2023_ENTITIES = (
    "BIS final rule of 2 Mar 2023 adding Inspur Group and Loongson (Reuters, 7 Mar 2023:"
    " added 'last week'; cloud7.news quoting the End-User Review Committee); the Federal"
    " Register page was not confirmed"
)
DEC_2024_ENTITIES = (
    "FR Doc 2024-28267 (RIN 0694-AJ77), announced 2 Dec 2024: 140 entities (Yicai, 4 Dec 2024,"
    " names Piotech and Skyverse)"
)

#: SMIC's other subsidiaries named in its entry of 18 Dec 2020 (SMIC Beijing is below).
_SMIC_SUBSIDIARIES = (
    Party(
        id="SMIC Tianjin",
        name="Semiconductor Manufacturing International (Tianjin) Corporation",
        country="CN",
    ),
    Party(
        id="SMIC Shenzhen",
        name="Semiconductor Manufacturing International (Shenzhen) Corporation",
        country="CN",
    ),
    Party(
        id="SMIC Shanghai",
        name="SMIC Semiconductor Manufacturing (Shanghai) Co., Ltd.",
        country="CN",
    ),
    Party(id="SMIC Holdings", name="SMIC Holdings Limited", country="CN"),
    Party(id="SMSC", name="Semiconductor Manufacturing South China Corporation", country="CN"),
    Party(
        id="SMNC",
        name="SMIC Northern Integrated Circuit Manufacturing (Beijing) Co., Ltd.",
        country="CN",
    ),
    Party(
        id="SMIC Hong Kong",
        name="SMIC Hong Kong International Company Limited",
        country="HK",
    ),
    Party(id="SJ Semiconductor", name="SJ Semiconductor Corporation", country="CN"),
    Party(
        id="NSI",
        name="Ningbo Semiconductor International Corporation",
        country="CN",
    ),
)

#: Well-known Entity List parties, each with the day its listing took effect and the source.
#: Names are full legal names; aliases are the other names in common use.
_LISTED: tuple[tuple[Party, date, str], ...] = (
    (
        Party(
            id="NUDT",
            name="National University of Defense Technology",
            country="CN",
            aliases=("Hunan Guofang Keji University",),
        ),
        date(2015, 2, 18),
        NUDT_2015,
    ),
    (
        Party(
            id="Sugon",
            name="Dawning Information Industry Co., Ltd.",
            country="CN",
            aliases=(
                "Dawning",
                "Dawning Information Industry",
                "Shuguang",
                "Sugon Information Industry",
                "Zhongke Shuguang",
            ),
        ),
        date(2019, 6, 24),
        SUPERCOMPUTING_2019,
    ),
    (
        Party(
            id="Higon",
            name="Higon Information Technology Co., Ltd.",
            country="CN",
            aliases=("THATIC", "Tianjin Haiguang Advanced Technology Investment"),
        ),
        date(2019, 6, 24),
        SUPERCOMPUTING_2019,
    ),
    (
        Party(
            id="Hygon",
            name="Chengdu Haiguang Integrated Circuit Design Co., Ltd.",
            country="CN",
            aliases=("Chengdu Haiguang Integrated Circuit",),
        ),
        date(2019, 6, 24),
        SUPERCOMPUTING_2019,
    ),
    (
        Party(
            id="JICT",
            name="Wuxi Jiangnan Institute of Computing Technology",
            country="CN",
            aliases=("Jiangnan Institute of Computing Technology",),
        ),
        date(2019, 6, 24),
        SUPERCOMPUTING_2019,
    ),
    (
        Party(
            id="Hikvision",
            name="Hangzhou Hikvision Digital Technology Co., Ltd.",
            country="CN",
        ),
        date(2019, 10, 9),
        SURVEILLANCE_2019,
    ),
    (
        Party(id="Dahua", name="Zhejiang Dahua Technology Co., Ltd.", country="CN"),
        date(2019, 10, 9),
        SURVEILLANCE_2019,
    ),
    (
        Party(id="iFLYTEK", name="iFLYTEK Co., Ltd.", country="CN"),
        date(2019, 10, 9),
        SURVEILLANCE_2019,
    ),
    (
        Party(
            id="Phytium",
            name="Tianjin Phytium Information Technology Co., Ltd.",
            country="CN",
            aliases=("Tianjin Phytium Information Technology",),
        ),
        date(2021, 4, 8),
        SUPERCOMPUTING_2021,
    ),
    (
        Party(
            id="Sunway Microelectronics",
            name="Shenzhen Sunway Micro-electronics Co., Ltd.",
            country="CN",
        ),
        date(2021, 4, 8),
        SUPERCOMPUTING_2021,
    ),
    (
        Party(
            id="Shanghai High-Performance IC Design Center",
            name="Shanghai High-Performance Integrated Circuit Design Center",
            country="CN",
        ),
        date(2021, 4, 8),
        SUPERCOMPUTING_2021,
    ),
    (
        Party(
            id="NSC Jinan",
            name="National Supercomputing Center Jinan",
            country="CN",
        ),
        date(2021, 4, 8),
        SUPERCOMPUTING_2021,
    ),
    (
        Party(
            id="NSC Shenzhen",
            name="National Supercomputing Center Shenzhen",
            country="CN",
        ),
        date(2021, 4, 8),
        SUPERCOMPUTING_2021,
    ),
    (
        Party(
            id="NSC Wuxi",
            name="National Supercomputing Center Wuxi",
            country="CN",
        ),
        date(2021, 4, 8),
        SUPERCOMPUTING_2021,
    ),
    (
        Party(
            id="NSC Zhengzhou",
            name="National Supercomputer Center Zhengzhou",
            country="CN",
        ),
        date(2021, 4, 8),
        SUPERCOMPUTING_2021,
    ),
    (
        Party(
            id="SMEE",
            name="Shanghai Micro Electronics Equipment (Group) Co., Ltd.",
            country="CN",
            aliases=("Shanghai Micro Electronics Equipment",),
        ),
        date(2022, 12, 16),
        DEC_2022_ENTITIES,
    ),
    (
        Party(
            id="Inspur Group",
            name="Inspur Group Co., Ltd.",
            country="CN",
            aliases=("Inspur",),
            note="The listing named the group parent, not its server maker Inspur Electronic"
            " Information Industry Co., Ltd. (Reuters, 8 Mar 2023).",
        ),
        date(2023, 3, 2),
        MAR_2023_ENTITIES,
    ),
    (
        Party(id="Loongson", name="Loongson Technology Corporation Limited", country="CN"),
        date(2023, 3, 2),
        MAR_2023_ENTITIES,
    ),
    (
        Party(
            id="Piotech",
            name="Piotech Inc.",
            country="CN",
            aliases=("Tuojing Technology",),
        ),
        date(2024, 12, 2),
        DEC_2024_ENTITIES,
    ),
    (
        Party(
            id="Skyverse",
            name="Skyverse Technology Co., Ltd.",
            country="CN",
        ),
        date(2024, 12, 2),
        DEC_2024_ENTITIES,
    ),
)
_LISTED_PARTIES = tuple(p for p, _, _ in _LISTED)

PARTY_SMIC_BEIJING = Party(
    id="SMIC Beijing",
    name="Semiconductor Manufacturing International (Beijing) Corporation",
    country="CN",
    owners=(Owner(party="SMIC", share=100),),
    note="A wholly owned SMIC subsidiary, named in SMIC's own Entity List entry of 18 Dec 2020.",
)

PARTIES = (
    Party(id="Huawei", name="Huawei Technologies Co., Ltd.", country="CN"),
    Party(
        id="SMIC",
        name="Semiconductor Manufacturing International Corporation",
        country="CN",
    ),
    Party(id="YMTC", name="Yangtze Memory Technologies Co., Ltd.", country="CN"),
    Party(
        id="CXMT",
        name="ChangXin Memory Technologies, Inc.",
        country="CN",
        note="Named in public reporting as a DRAM maker; not on the Entity List in the model.",
    ),
    Party(
        id="Cambricon",
        name="Cambricon Technologies Corporation Limited",
        country="CN",
        aliases=("Anhui Cambricon Information Technology Co., Ltd.",),
    ),
    Party(id="Biren", name="Beijing Biren Technology Development Co., Ltd.", country="CN"),
    Party(id="Moore Threads", name="Moore Threads Intelligent Technology Co., Ltd.", country="CN"),
    Party(id="Sophgo", name="Sophgo Technologies Ltd.", country="CN"),
    # Chinese cloud and internet firms: not listed, but headquartered in China, so the
    # headquarters rule (§744.23(a)(3)) follows them to their subsidiaries abroad.
    Party(id="Tencent", name="Tencent Holdings Ltd.", country="CN"),
    Party(id="Alibaba", name="Alibaba Group Holding Ltd.", country="CN"),
    Party(id="ByteDance", name="ByteDance Ltd.", country="CN"),
    Party(id="Baidu", name="Baidu, Inc.", country="CN"),
    PARTY_SMIC_BEIJING,
    *_SMIC_SUBSIDIARIES,
    *_LISTED_PARTIES,
)

ENTITY_LIST = PartyList(
    id="entity_list",
    name="Entity List (15 CFR Part 744, Supplement No. 4)",
    listings=(
        Listing(party="Huawei", start=date(2019, 5, 16), tags=("fn1",), source="84 FR 22961"),
        Listing(party="SMIC", start=date(2020, 12, 18), source=SMIC_2020),
        *(
            Listing(party=p.id, start=date(2020, 12, 18), source=SMIC_2020)
            for p in (PARTY_SMIC_BEIJING, *_SMIC_SUBSIDIARIES)
        ),
        Listing(
            party="YMTC",
            start=date(2022, 12, 16),
            source="87 FR 77505 (16 Dec 2022): 36 entities added, YMTC among them",
        ),
        Listing(
            party="Cambricon",
            start=date(2022, 12, 16),
            tags=("fn4",),
            source="87 FR 77505 (16 Dec 2022): 21 AI-chip entities with a footnote 4"
            " designation, Cambricon among them",
        ),
        Listing(
            party="Biren",
            start=date(2023, 10, 17),
            tags=("fn4",),
            source="88 FR 71991 (17 Oct 2023), FR Doc 2023-23048: two GPU developers and their"
            " affiliates, 13 entities (names as publicly reported)",
        ),
        Listing(
            party="Moore Threads",
            start=date(2023, 10, 17),
            tags=("fn4",),
            source="88 FR 71991 (17 Oct 2023), FR Doc 2023-23048 (names as publicly reported)",
        ),
        Listing(
            party="Sophgo",
            start=date(2025, 1, 16),
            source="90 FR 4621 (16 Jan 2025), FR Doc 2025-00480",
        ),
        *(Listing(party=p.id, start=start, source=source) for p, start, source in _LISTED),
    ),
    source="15 CFR Part 744, Supplement No. 4",
)

# --------------------------------------------------------------------------- item scopes

#: ICs and the computers that contain them: 3A090 and 4A090 read on the same parameters.
AC_KINDS = kind("ic", "computer")
#: Accelerators and the computers built on them (HBM is 3A090.c, with its own scope).
ACCELERATOR_KINDS = kind("ic.accelerator", "ic.logic", "computer")

#: 3A090 as written on 7 Oct 2022: both thresholds, "or more" (>=).
ECCN_3A090_2022: Condition = (TPP >= 4800) & (TRANSFER_RATE >= 600)

#: 3A090.a as amended on 17 Nov 2023 (interconnect parameter removed).
ECCN_3A090_A_2023: Condition = (TPP >= 4800) | ((TPP >= 1600) & (PERFORMANCE_DENSITY >= 5.92))
#: 3A090.b as amended on 17 Nov 2023.
ECCN_3A090_B_2023: Condition = (
    TPP.between(2400, 4800) & PERFORMANCE_DENSITY.between(1.6, 5.92)
) | ((TPP >= 1600) & PERFORMANCE_DENSITY.between(3.2, 5.92))
#: Note 2 to 3A090: items not designed or marketed for datacenters with TPP under 4800 are
#: outside 3A090 altogether.
NOTE_2_EXCLUDED: Condition = ~flag("datacenter") & ~(TPP >= 4800)
ECCN_3A090_2023: Condition = (ECCN_3A090_A_2023 | ECCN_3A090_B_2023) & ~NOTE_2_EXCLUDED

#: The exporter's own classification is an alternative trigger: an item the exporter
#: classified under an entry is treated as within it even when its parameters are not given
#: (an H100 described only as ``{"US": "3A090.a"}``).
CLASSIFIED_3A090_2022: Condition = classified("US", "3A090", "4A090")
CLASSIFIED_3A090_A: Condition = classified("US", "3A090.a", "4A090.a")
CLASSIFIED_3A090_B: Condition = classified("US", "3A090.b", "4A090.b")
CLASSIFIED_3A090_C: Condition = classified("US", "3A090.c")

#: The 2022 item scope of 3A090/4A090: the parameters, or the exporter's classification.
AC_SCOPE_2022: Condition = ECCN_3A090_2022 | CLASSIFIED_3A090_2022
#: 3A090.a/4A090.a from 17 Nov 2023: the parameters (outside Note 2), or the classification.
AC_SCOPE_A_2023: Condition = (ECCN_3A090_A_2023 & ~NOTE_2_EXCLUDED) | CLASSIFIED_3A090_A
#: 3A090.b/4A090.b from 17 Nov 2023: the parameters (not 3A090.a, outside Note 2), or the
#: classification.
AC_SCOPE_B_2023: Condition = (
    ECCN_3A090_B_2023 & ~ECCN_3A090_A_2023 & ~NOTE_2_EXCLUDED
) | CLASSIFIED_3A090_B
#: 3A090.a or .b (4A090.a or .b) from 17 Nov 2023.
AC_SCOPE_2023: Condition = ECCN_3A090_2023 | CLASSIFIED_3A090_A | CLASSIFIED_3A090_B

#: 3A090.c (HBM), from the December 2024 rule: memory bandwidth density greater than
#: 2 GB/s per mm², unless co-packaged with a logic IC (then the logic IC's status governs).
#: A stack whose density is not given (no die area, say) is taken to exceed 2 GB/s per mm²:
#: BIS said that all HBM stacks currently in production exceed the threshold. The
#: exporter's classification 3A090.c is an alternative trigger.
ECCN_3A090_C: Condition = kind("ic.memory.hbm") & (
    (~(MEMORY_BANDWIDTH_DENSITY <= 2) & ~flag("copackaged_logic")) | CLASSIFIED_3A090_C
)

#: The H20 letter's test, as stated in the model's assumptions: the H20's memory bandwidth
#: (4.0 TB/s) or its interconnect bandwidth (900 GB/s), or more.
H20_CLASS: Condition = (MEMORY_BANDWIDTH >= 4000) | (TRANSFER_RATE >= 900)

#: Immersion lithography caught by the 2023 SME rule through 0% de minimis when bound for an
#: advanced-node fab: dedicated chuck overlay of 2.4 nm or better (the NXT:1980i class and
#: every more capable scanner).
LITHO_2023_ADVANCED_FAB: Condition = (
    kind("sme.lithography.duv.immersion") & (WAVELENGTH >= 193) & (OVERLAY <= 2.4)
)

#: Equipment kinds in the product scope of the SME foreign-direct-product rule, §734.9(k):
#: 3B001.a.4, c, d, f.1, f.5, f.6, k-n, p.2, p.4, r and 3B002.c.
SME_FDP_KINDS = kind(
    "sme.deposition",
    "sme.etch",
    "sme.lithography",
    "sme.mask",
    "sme.inspection",
    "sme.cleaning",
)

# --------------------------------------------------------------------------- reach

ITEM_NEXUS = (
    "us-territory",
    "us-origin",
    "us-de-minimis",
    "fdp-734.9(h)",
    "fdp-734.9(i)",
    "fdp-734.9(k)",
    "fdp-entity-list",
    "de-minimis-0-lithography",
)
_FOREIGN_MADE: Condition = ~origin("US") & ~exporter("US")
_EL_FOOTNOTES = ("fn1", "fn4")

_REACH_AS_WRITTEN = (
    Nexus(
        id="us-territory",
        title="export from the United States",
        when=exporter("US"),
        effective=date(1996, 3, 25),
        source=Source(document="15 CFR 734.3(a)(1)", section="items in the United States"),
    ),
    Nexus(
        id="us-origin",
        title="re-export or transfer of a US-origin item",
        when=origin("US") & ~exporter("US"),
        effective=date(1996, 3, 25),
        source=Source(document="15 CFR 734.3(a)(2)", section="US-origin items wherever located"),
    ),
    Nexus(
        id="us-de-minimis",
        title="foreign-made item with more than de minimis US-controlled content",
        when=content("US", ">", 25) & _FOREIGN_MADE,
        effective=date(1996, 3, 25),
        source=Source(document="15 CFR 734.4", section="de minimis US content (25%)"),
        note="The 10% level for Country Group E:1/E:2 destinations is not modelled.",
    ),
    Nexus(
        id="de-minimis-0-lithography",
        title="foreign-made immersion lithography with any US content, for an advanced-node fab"
        " in Macau or D:5 (0% de minimis)",
        when=(content("US", ">", 0) | made_with("US"))
        & _FOREIGN_MADE
        & LITHO_2023_ADVANCED_FAB
        & end_use("advanced_node_fab")
        & D5_OR_MACAU,
        effective=D_2023,
        source=Source(
            document=SME_2023,
            section="15 CFR 734.4 (no de minimis level for certain lithography equipment bound"
            " for advanced-node IC production)",
            url=SME_2023_URL,
        ),
        note="ASML's DUV light sources are made by its US subsidiary Cymer, so ASML scanners"
        " carry US content.",
    ),
    Nexus(
        id="fdp-734.9(h)",
        title="foreign direct product of US technology: advanced computing",
        when=made_with("US")
        & _FOREIGN_MADE
        & AC_KINDS
        & AC_SCOPE_2022
        & destination(groups=("China+Macau",)),
        effective=D_2022_FDP,
        end=D_2023,
        source=Source(document=OCT_2022, section="15 CFR 734.9(h)", url=OCT_2022_URL),
    ),
    Nexus(
        id="fdp-734.9(h)",
        title="foreign direct product of US technology: advanced computing",
        when=made_with("US")
        & _FOREIGN_MADE
        & AC_KINDS
        & AC_SCOPE_2023
        & (AC_DESTINATIONS_2023 | HQ_D5_OR_MACAU),
        effective=D_2023,
        end=D_2024_COMPLIANCE,
        source=Source(document=OCT_2023, section="15 CFR 734.9(h)", url=OCT_2023_URL),
    ),
    Nexus(
        id="fdp-734.9(h)",
        title="foreign direct product of US technology: advanced computing, with HBM",
        when=made_with("US")
        & _FOREIGN_MADE
        & (
            (AC_KINDS & AC_SCOPE_2023 & (AC_DESTINATIONS_2023 | HQ_D5_OR_MACAU))
            | (ECCN_3A090_C & (D5_OR_MACAU | HQ_D5_OR_MACAU))
        ),
        effective=D_2024_COMPLIANCE,
        source=Source(document=DEC_2024, section="15 CFR 734.9(h)", url=DEC_2024_URL),
        note="The December 2024 rule brought 3A090.c (HBM) into the advanced-computing FDP"
        " rule; compliance date 31 Dec 2024.",
    ),
    Nexus(
        id="fdp-734.9(i)",
        title="foreign direct product of US technology for a supercomputer in China or Macau",
        when=made_with("US")
        & _FOREIGN_MADE
        & end_use("supercomputer")
        & destination(groups=("China+Macau",)),
        effective=D_2022_FDP,
        source=Source(document=OCT_2022, section="15 CFR 734.9(i)", url=OCT_2022_URL),
        note="Macau joined the end-use scope on 17 Jan 2023 (88 FR 2821). Whether the 2023"
        " update widened it to D:5, as it did §744.23(a)(1), was not confirmed from the rule"
        " text, so the model keeps China and Macau.",
    ),
    Nexus(
        id="fdp-734.9(k)",
        title="foreign direct product of US technology: semiconductor manufacturing equipment"
        " for Macau or D:5",
        when=made_with("US") & _FOREIGN_MADE & SME_FDP_KINDS & D5_OR_MACAU & ~exporter("JP", "NL"),
        effective=D_2024_COMPLIANCE,
        source=Source(document=DEC_2024, section="15 CFR 734.9(k)", url=DEC_2024_URL),
        note="Exports from Japan and the Netherlands are left out as a stated assumption"
        " (reported exemption of countries with equivalent controls).",
    ),
    Nexus(
        id="fdp-entity-list",
        title="foreign direct product of US technology for an Entity List party with a footnote",
        when=made_with("US") & _FOREIGN_MADE & listed("entity_list", *_EL_FOOTNOTES),
        effective=D_2022_FDP,
        end=D_2025_AFFILIATES,
        source=Source(document=OCT_2022, section="15 CFR 734.9(e)(1)-(2)", url=OCT_2022_URL),
        note="Footnote 1 (Huawei) dates from 2020; the model starts it with the 2022 rule.",
    ),
    Nexus(
        id="fdp-entity-list",
        title="foreign direct product of US technology for an Entity List party with a footnote,"
        " or an entity 50% owned by such parties",
        when=made_with("US") & _FOREIGN_MADE & listed("entity_list", *_EL_FOOTNOTES, min_share=50),
        effective=D_2025_AFFILIATES,
        end=D_2025_SUSPENDED,
        source=Source(document=AFFILIATES_2025, section="15 CFR 734.9(e)", url=AFFILIATES_2025_URL),
    ),
    Nexus(
        id="fdp-entity-list",
        title="foreign direct product of US technology for an Entity List party with a footnote"
        " (affiliates rule suspended)",
        when=made_with("US") & _FOREIGN_MADE & listed("entity_list", *_EL_FOOTNOTES),
        effective=D_2025_SUSPENDED,
        end=D_2026_RESUMED,
        source=Source(document=AFFILIATES_SUSPENSION, section="15 CFR 734.9(e)"),
    ),
    Nexus(
        id="fdp-entity-list",
        title="foreign direct product of US technology for an Entity List party with a footnote,"
        " or an entity 50% owned by such parties (suspension over)",
        when=made_with("US") & _FOREIGN_MADE & listed("entity_list", *_EL_FOOTNOTES, min_share=50),
        effective=D_2026_RESUMED,
        source=Source(document=AFFILIATES_2025, section="15 CFR 734.9(e)", url=AFFILIATES_2025_URL),
        note="The suspension runs to 9 Nov 2026; absent further action the rule applies again.",
    ),
    Nexus(
        id="is-informed",
        title="Nvidia ICs named in the 26 Aug 2022 is-informed letter",
        when=(origin("US") | made_with("US"))
        & _FOREIGN_MADE
        & AC_KINDS
        & ECCN_3A090_2022
        & destination("CN", "HK", "RU"),
        effective=date(2022, 8, 26),
        end=D_2022,
        source=Source(
            document="BIS is-informed letter to Nvidia of 26 Aug 2022 (Nvidia Form 8-K, 31 Aug"
            " 2022)",
            section="15 CFR 744.21(b)",
        ),
    ),
    Nexus(
        id="is-informed",
        title="datacenter ICs of TPP 4800 or more named in the 23 Oct 2023 notice to Nvidia",
        when=(origin("US") | made_with("US"))
        & _FOREIGN_MADE
        & AC_KINDS
        & flag("datacenter")
        & (TPP >= 4800)
        & AC_DESTINATIONS_2023,
        effective=date(2023, 10, 23),
        end=D_2023,
        source=Source(
            document="BIS notice to Nvidia of 23 Oct 2023 (Nvidia Form 8-K, 24 Oct 2023)",
            section="88 FR 73458 made effective at once for the listed products",
        ),
    ),
    Nexus(
        id="is-informed",
        title="H20-class ICs named in the 9 Apr 2025 is-informed letter",
        when=(origin("US") | made_with("US"))
        & _FOREIGN_MADE
        & ACCELERATOR_KINDS
        & H20_CLASS
        & (destination("CN", "HK", "MO", groups=("D:5",)) | HQ_D5_OR_MACAU),
        effective=D_2025_H20,
        source=Source(
            document="BIS is-informed letter to Nvidia of 9 Apr 2025, confirmed 14 Apr 2025"
            " (Nvidia Form 8-K, 15 Apr 2025)",
            section="15 CFR 744.23(b)",
        ),
    ),
    Nexus(
        id="us-person",
        title="activity of a US person",
        when=persons("US"),
        effective=D_2022_PERSONS,
        source=Source(document=OCT_2022, section="15 CFR 744.6(c)(2)", url=OCT_2022_URL),
    ),
)

INFORMED_NEXUS = (*ITEM_NEXUS, "is-informed")

#: Renting capacity on an item that stays where it is (cloud GPUs) is not an export,
#: re-export or transfer of that item: the item nexus of the EAR needs a shipment or
#: transmission.
_SHIPPED: Condition = ~channel("remote_access")

REACH = (
    *(
        n.model_copy(update={"when": n.when & _SHIPPED}) if n.id in INFORMED_NEXUS else n
        for n in _REACH_AS_WRITTEN
    ),
    Nexus(
        id="us-remote-access",
        title="remote use of a US-located, US-origin or US-technology item (not an export)",
        when=channel("remote_access") & (exporter("US") | origin("US") | made_with("US")),
        effective=date(1996, 3, 25),
        source=Source(
            document="15 CFR 734.13-734.14",
            section="export and re-export are shipments or transmissions out of a country",
        ),
        note="No licence requirement attaches to remote access (infrastructure as a service)"
        " in the period modelled; the Remote Access Security Act's status is not confirmed.",
    ),
)

# --------------------------------------------------------------------------- example items

DC = ["datacenter"]
A100: ItemSpec = {
    "params": {"tpp": 4992, "bidirectional_transfer_rate_gbps": 600, "die_area_mm2": 826},
    "flags": DC,
}
A800: ItemSpec = {
    "params": {"tpp": 4992, "bidirectional_transfer_rate_gbps": 400, "die_area_mm2": 826},
    "flags": DC,
}
H100: ItemSpec = {
    "params": {
        "tpp": 15832,
        "bidirectional_transfer_rate_gbps": 900,
        "die_area_mm2": 814,
        "memory_bandwidth_gbps": 3350,
    },
    "flags": DC,
}
H800: ItemSpec = {
    "params": {"tpp": 15832, "bidirectional_transfer_rate_gbps": 400, "die_area_mm2": 814},
    "flags": DC,
}
H20: ItemSpec = {
    "params": {
        "tpp": 2368,
        "bidirectional_transfer_rate_gbps": 900,
        "die_area_mm2": 814,
        "memory_bandwidth_gbps": 4000,
    },
    "flags": DC,
}
L40S: ItemSpec = {"params": {"tpp": 5864, "die_area_mm2": 608.5}, "flags": DC}
RTX_4090: ItemSpec = {"params": {"tpp": 5285, "die_area_mm2": 608.5}, "flags": ["consumer"]}
RTX_4090D: ItemSpec = {"params": {"tpp": 4707, "die_area_mm2": 608.5}, "flags": ["consumer"]}
#: An HBM3E stack: about 1.2 TB/s over about 110 mm² (BIS: every HBM in production exceeds
#: 2 GB/s per mm²).
HBM3E: ItemSpec = {"params": {"memory_bandwidth_gbps": 1229, "die_area_mm2": 110}}
NXT_1980I: ItemSpec = {
    "params": {"wavelength_nm": 193, "numerical_aperture": 1.35, "overlay_nm": 1.6},
    "origin": "NL",
    "content": {"US": 10},
}

# --------------------------------------------------------------------------- rules

_3A090_2022 = Rule(
    id="US-3A090",
    title="Advanced computing ICs and computers to China (3A090/4A090, 2022 thresholds)",
    when=AC_KINDS & AC_SCOPE_2022 & destination(groups=("China+Macau",)),
    outcome=Outcome.LICENSE_REQUIRED,
    review="presumption of denial",
    nexus=ITEM_NEXUS,
    effective=D_2022,
    end=D_2023,
    source=Source(
        document=OCT_2022,
        section="15 CFR 742.6(a)(6)(iii); ECCN 3A090, 4A090 (Supp. 1 to Part 774)",
        url=OCT_2022_URL,
    ),
    simplification="A computer (4A090) is described by the parameters of the 3A090 ICs it"
    " contains.",
    examples=(
        Example(
            title="Nvidia A100 exported from the US to China",
            transaction=tx("2022-11-01", "US", "CN", "A100", "ic.accelerator", **A100),
            outcome=Outcome.LICENSE_REQUIRED,
            source="Nvidia 8-K of 31 Aug 2022; 87 FR 62186",
        ),
        Example(
            title="Nvidia A800 (interconnect cut to 400 GB/s) to China",
            transaction=tx("2022-11-01", "US", "CN", "A800", "ic.accelerator", **A800),
            outcome=Outcome.NO_LICENSE_REQUIRED,
            source="heise; SemiAnalysis: the A800 was designed under the 2022 AND-test",
        ),
        Example(
            title="Boundary: exactly 4800 TPP and 600 GB/s is controlled ('or more')",
            transaction=tx(
                "2022-11-01",
                "US",
                "CN",
                "boundary chip",
                "ic.accelerator",
                params={"tpp": 4800, "bidirectional_transfer_rate_gbps": 600},
            ),
            outcome=Outcome.LICENSE_REQUIRED,
        ),
        Example(
            title="Boundary: 4799 TPP is not controlled",
            transaction=tx(
                "2022-11-01",
                "US",
                "CN",
                "boundary chip",
                "ic.accelerator",
                params={"tpp": 4799, "bidirectional_transfer_rate_gbps": 600},
            ),
            outcome=Outcome.NO_LICENSE_REQUIRED,
        ),
        Example(
            title="Boundary: 599 GB/s interconnect with 4800 TPP is not controlled",
            transaction=tx(
                "2022-11-01",
                "US",
                "CN",
                "boundary chip",
                "ic.accelerator",
                params={"tpp": 4800, "bidirectional_transfer_rate_gbps": 599},
            ),
            outcome=Outcome.NO_LICENSE_REQUIRED,
        ),
        Example(
            title="Nvidia H800 (NVLink cut to 400 GB/s) to China in 2023",
            transaction=tx("2023-03-01", "US", "CN", "H800", "ic.accelerator", **H800),
            outcome=Outcome.NO_LICENSE_REQUIRED,
            source="heise; aiwiki",
        ),
        Example(
            title="A100 made in Taiwan with US technology, shipped to China (FDP)",
            transaction=tx(
                "2022-11-01",
                "TW",
                "CN",
                "A100",
                "ic.accelerator",
                origin="TW",
                made_with=["US"],
                **A100,
            ),
            outcome=Outcome.LICENSE_REQUIRED,
        ),
        Example(
            title="A100 to Hong Kong (treated as China under the EAR)",
            transaction=tx("2022-11-01", "US", "HK", "A100", "ic.accelerator", **A100),
            outcome=Outcome.LICENSE_REQUIRED,
            source="Nvidia 8-K of 31 Aug 2022 (China including Hong Kong)",
        ),
        Example(
            title="A100 to Macau before Macau was added (17 Jan 2023)",
            transaction=tx("2023-01-16", "US", "MO", "A100", "ic.accelerator", **A100),
            outcome=Outcome.NO_LICENSE_REQUIRED,
            source="Mondaq on 88 FR 2821",
        ),
        Example(
            title="A100 to Macau after Macau was added",
            transaction=tx("2023-01-17", "US", "MO", "A100", "ic.accelerator", **A100),
            outcome=Outcome.LICENSE_REQUIRED,
            source="88 FR 2821",
        ),
        Example(
            title="RTX 4090 to China in 2022: no interconnect, outside the AND-test",
            transaction=tx("2022-12-01", "US", "CN", "RTX 4090", "ic.accelerator", **RTX_4090),
            outcome=Outcome.NO_LICENSE_REQUIRED,
            source="Fudzilla; WinBuzzer",
        ),
        Example(
            title="An A100 described only by the exporter's classification 3A090, to China",
            transaction=tx(
                "2022-11-01",
                "US",
                "CN",
                "A100",
                "ic.accelerator",
                classification={"US": "3A090"},
            ),
            outcome=Outcome.LICENSE_REQUIRED,
            source="87 FR 62186: ECCN 3A090 requires a licence for China",
        ),
        Example(
            title="A chip the exporter classified 3A991 (not 3A090), no parameters given",
            transaction=tx(
                "2022-11-01",
                "US",
                "CN",
                "older chip",
                "ic.accelerator",
                classification={"US": "3A991.p"},
            ),
            outcome=Outcome.NO_LICENSE_REQUIRED,
        ),
    ),
)

_SUPERCOMPUTER_SIMPLIFICATION = (
    "The item scope (ICs, computers, electronic assemblies and components of the listed"
    " Category 3, 4 and 5 ECCNs) is modelled as every IC and computer, the supercomputer's"
    " location as the destination, and foreign-produced items made subject to the EAR by"
    " §734.9(i) are held to the same item scope."
)
_FAB_SIMPLIFICATION = (
    "Any item subject to the EAR is read as every item kind except services (US persons'"
    " support is §744.6), and the advanced-node end use is the transaction's"
    " advanced_node_fab flag, standing for the exporter's knowledge."
)

#: The Russia sanctions of 24 Feb 2022, extended to Belarus on 2 Mar 2022.
_RUSSIA = Rule(
    id="US-746.8-Russia",
    title="Items on the Commerce Control List to Russia (sanctions of 24 Feb 2022)",
    when=kind("ic", "computer", "sme", "software", "technology") & destination("RU"),
    outcome=Outcome.LICENSE_REQUIRED,
    review="policy of denial",
    nexus=ITEM_NEXUS,
    effective=date(2022, 2, 24),
    source=Source(
        document="87 FR 12226 (published 3 Mar 2022, effective 24 Feb 2022)",
        section="15 CFR 746.8(a)(1)",
    ),
    simplification="Every IC, computer, tool, software and technology item is taken to be"
    " on the Commerce Control List; the Russia foreign-direct-product rule and the later"
    " EAR99 extensions are not modelled.",
    examples=(
        Example(
            title="Nvidia A100 from the US to Russia, 1 Mar 2022",
            transaction=tx("2022-03-01", "US", "RU", "A100", "ic.accelerator", **A100),
            outcome=Outcome.LICENSE_REQUIRED,
            source="87 FR 12226",
        ),
        Example(
            title="Nvidia A100 from the US to Belarus on 1 Mar 2022, before Belarus was added",
            transaction=tx("2022-03-01", "US", "BY", "A100", "ic.accelerator", **A100),
            outcome=Outcome.NO_LICENSE_REQUIRED,
        ),
    ),
).amended(
    BELARUS_2022,
    title="Items on the Commerce Control List to Russia and Belarus (sanctions of"
    " 24 Feb 2022, extended to Belarus on 2 Mar 2022)",
    when=kind("ic", "computer", "sme", "software", "technology") & destination("RU", "BY"),
    source=Source(
        document=f"87 FR 12226; {BELARUS_2022_DOC}",
        section="15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, to Russia"
        " and Belarus)",
        url=BELARUS_2022_URL,
    ),
    examples=(
        Example(
            title="Nvidia A100 from the US to Russia, November 2022",
            transaction=tx("2022-11-01", "US", "RU", "A100", "ic.accelerator", **A100),
            outcome=Outcome.LICENSE_REQUIRED,
            source="87 FR 12226; Nvidia 8-K of 31 Aug 2022 (Russia named in the letter)",
        ),
        Example(
            title="Nvidia A100 from the US to Belarus, November 2022",
            transaction=tx("2022-11-01", "US", "BY", "A100", "ic.accelerator", **A100),
            outcome=Outcome.LICENSE_REQUIRED,
            source="87 FR 13048: Belarus subject to the same sanctions as Russia",
        ),
        Example(
            title="US etch tool to Russia in 2023",
            transaction=tx("2023-06-01", "US", "RU", "etch tool", "sme.etch"),
            outcome=Outcome.LICENSE_REQUIRED,
        ),
    ),
)

#: §744.23(a)(1): ICs and computers for a supercomputer end use; from 17 Nov 2023 in Macau
#: or D:5 rather than China (Macau joined on 17 Jan 2023 through the China+Macau group).
_SUPERCOMPUTER = Rule(
    id="US-744.23-supercomputer",
    title="ICs and computers for a supercomputer end use in China or Macau",
    when=kind("ic", "computer") & end_use("supercomputer") & destination(groups=("China+Macau",)),
    outcome=Outcome.LICENSE_REQUIRED,
    review="presumption of denial",
    nexus=ITEM_NEXUS,
    effective=D_2022,
    source=Source(document=OCT_2022, section="15 CFR 744.23(a)(1)", url=OCT_2022_URL),
    simplification=_SUPERCOMPUTER_SIMPLIFICATION,
    examples=(
        Example(
            title="US server CPUs for a supercomputer in China",
            transaction=tx(
                "2023-02-01",
                "US",
                "CN",
                "server CPU",
                "ic.logic",
                end_use=["supercomputer"],
            ),
            outcome=Outcome.LICENSE_REQUIRED,
            source="87 FR 62186, §744.23(a)(1)",
        ),
        Example(
            title="Server made in Taiwan with US technology, for a supercomputer in China"
            " (supercomputer FDP rule)",
            transaction=tx(
                "2023-01-15",
                "TW",
                "CN",
                "server",
                "computer",
                end_use=["supercomputer"],
                origin="TW",
                made_with=["US"],
            ),
            outcome=Outcome.LICENSE_REQUIRED,
            source="87 FR 62186, §734.9(i) and §744.23(a)(1)",
        ),
        Example(
            title="The same server made without US technology: the US does not reach it",
            transaction=tx(
                "2023-01-15",
                "TW",
                "CN",
                "server",
                "computer",
                end_use=["supercomputer"],
                origin="TW",
            ),
            outcome=Outcome.NOT_APPLICABLE,
            fires=False,
        ),
        Example(
            title="US cabling for a supercomputer in China: outside the IC and computer scope",
            transaction=tx(
                "2023-03-01",
                "US",
                "CN",
                "cabling",
                "other",
                end_use=["supercomputer"],
            ),
            outcome=Outcome.NO_LICENSE_REQUIRED,
        ),
        Example(
            title="US server for a supercomputer in Venezuela before 17 Nov 2023",
            transaction=tx(
                "2023-06-01",
                "US",
                "VE",
                "server",
                "computer",
                end_use=["supercomputer"],
            ),
            outcome=Outcome.NO_LICENSE_REQUIRED,
        ),
    ),
).amended(
    D_2023,
    title="ICs and computers for a supercomputer end use in Macau or D:5",
    when=kind("ic", "computer") & end_use("supercomputer") & D5_OR_MACAU,
    source=Source(document=OCT_2023, section="15 CFR 744.23(a)(1)", url=OCT_2023_URL),
    examples=(
        Example(
            title="US server for a supercomputer in Venezuela (D:5) after 17 Nov 2023",
            transaction=tx(
                "2024-06-01",
                "US",
                "VE",
                "server",
                "computer",
                end_use=["supercomputer"],
            ),
            outcome=Outcome.LICENSE_REQUIRED,
            source="88 FR 73458, §744.23(a)(1): Macau or a destination in D:5",
        ),
        Example(
            title="US server for a supercomputer in China, 2024",
            transaction=tx(
                "2024-06-01",
                "US",
                "CN",
                "server",
                "computer",
                end_use=["supercomputer"],
            ),
            outcome=Outcome.LICENSE_REQUIRED,
        ),
        Example(
            title="US server for a supercomputer in Vietnam (D:1, not D:5)",
            transaction=tx(
                "2024-06-01",
                "US",
                "VN",
                "server",
                "computer",
                end_use=["supercomputer"],
            ),
            outcome=Outcome.NO_LICENSE_REQUIRED,
        ),
    ),
)

#: §744.23 advanced-node fab end use: any item subject to the EAR (services are not items;
#: US persons' support is §744.6). China (and Macau from 17 Jan 2023) under the 2022 text,
#: Macau and D:5 from 17 Nov 2023.
_ADVANCED_FAB = Rule(
    id="US-744.23-fab",
    title="Any item for IC development or production at an advanced-node fab in China or Macau",
    when=~kind("service") & end_use("advanced_node_fab") & destination(groups=("China+Macau",)),
    outcome=Outcome.LICENSE_REQUIRED,
    review="presumption of denial (case-by-case for multinational-owned fabs)",
    nexus=ITEM_NEXUS,
    effective=D_2022,
    source=Source(
        document=OCT_2022,
        section="15 CFR 744.23(a)(1)(iii), with the advanced-node criteria of (a)(2)(iii)",
        url=OCT_2022_URL,
    ),
    simplification=_FAB_SIMPLIFICATION,
    examples=(
        Example(
            title="US etch tool for SMIC's advanced-node fab",
            transaction=tx(
                "2022-11-01",
                "US",
                "CN",
                "etch tool",
                "sme.etch",
                end_use=["advanced_node_fab"],
                params={"node_nm": 7},
            ),
            outcome=Outcome.LICENSE_REQUIRED,
        ),
        Example(
            title="US controller IC for an advanced-node fab in China, January 2023",
            transaction=tx(
                "2023-01-15",
                "US",
                "CN",
                "controller IC",
                "ic.logic",
                end_use=["advanced_node_fab"],
            ),
            outcome=Outcome.LICENSE_REQUIRED,
            source="87 FR 62186, §744.23(a)(1)(iii): any item subject to the EAR",
        ),
        Example(
            title="US deposition tool for a mature-node fab in China",
            transaction=tx(
                "2023-03-01",
                "US",
                "CN",
                "deposition tool",
                "sme.deposition",
                end_use=["mature_node_fab"],
                params={"node_nm": 28},
            ),
            outcome=Outcome.NO_LICENSE_REQUIRED,
            source="SemiAnalysis: the controls are scoped to advanced-node fabs",
        ),
    ),
).amended(
    D_2023,
    title="Any item for IC development or production at an advanced-node fab in Macau or D:5",
    when=~kind("service") & end_use("advanced_node_fab") & D5_OR_MACAU,
    source=Source(document=SME_2023, section="15 CFR 744.23(a)(2)(i)", url=SME_2023_URL),
    examples=(
        Example(
            title="US-origin EAR99 spare part for an advanced-node fab in China, 2024",
            transaction=tx(
                "2024-03-01",
                "US",
                "CN",
                "EAR99 spare part",
                "other",
                end_use=["advanced_node_fab"],
            ),
            outcome=Outcome.LICENSE_REQUIRED,
            source="88 FR 73424, §744.23(a)(2)(i): any item subject to the EAR",
        ),
        Example(
            title="US fab automation server for an advanced-node fab in China, 2024",
            transaction=tx(
                "2024-03-01",
                "US",
                "CN",
                "fab automation server",
                "computer",
                end_use=["advanced_node_fab"],
            ),
            outcome=Outcome.LICENSE_REQUIRED,
        ),
        Example(
            title="US deposition tool for a mature-node fab in China, 2024",
            transaction=tx(
                "2024-03-01",
                "US",
                "CN",
                "deposition tool",
                "sme.deposition",
                end_use=["mature_node_fab"],
            ),
            outcome=Outcome.NO_LICENSE_REQUIRED,
        ),
    ),
)

RULES = (
    _3A090_2022,
    Rule(
        id="US-informed-2022",
        title="Nvidia A100/H100-class ICs to China, Hong Kong and Russia"
        " (is-informed letter of 26 Aug 2022)",
        when=AC_KINDS & ECCN_3A090_2022 & destination("CN", "HK", "RU"),
        outcome=Outcome.LICENSE_REQUIRED,
        review="case-by-case (military end-use risk)",
        nexus=INFORMED_NEXUS,
        effective=date(2022, 8, 26),
        end=D_2022,
        source=Source(
            document="BIS is-informed letter to Nvidia of 26 Aug 2022 (Nvidia Form 8-K, 31 Aug"
            " 2022)",
            section="15 CFR 744.21(b) (is-informed notice)",
        ),
        simplification="The letter's threshold 'roughly equal to the A100' in both peak"
        " performance and chip-to-chip I/O is modelled with the 2022 3A090 thresholds, and"
        " the letter to Nvidia is applied to every IC and computer that meets them.",
        examples=(
            Example(
                title="Nvidia A100 to China in September 2022, before the rule",
                transaction=tx("2022-09-15", "US", "CN", "A100", "ic.accelerator", **A100),
                outcome=Outcome.LICENSE_REQUIRED,
                source="Nvidia 8-K of 31 Aug 2022",
            ),
            Example(
                title="Nvidia A800 in September 2022: under the I/O threshold",
                transaction=tx("2022-09-15", "US", "CN", "A800", "ic.accelerator", **A800),
                outcome=Outcome.NO_LICENSE_REQUIRED,
            ),
        ),
    ),
    Rule(
        id="US-informed-2023",
        title="Datacenter ICs of TPP 4800 or more, at once from 23 Oct 2023 (notice to Nvidia)",
        when=AC_KINDS & flag("datacenter") & (TPP >= 4800) & AC_DESTINATIONS_2023,
        outcome=Outcome.LICENSE_REQUIRED,
        review="presumption of denial",
        nexus=INFORMED_NEXUS,
        effective=date(2023, 10, 23),
        end=D_2023,
        source=Source(
            document="BIS notice to Nvidia of 23 Oct 2023 (Nvidia Form 8-K, 24 Oct 2023)",
            section="88 FR 73458, ECCN 3A090.a, made effective at once for the A100, A800,"
            " H100, H800 and L40S",
            url=OCT_2023_URL,
        ),
        simplification="The notice named Nvidia's A100, A800, H100, H800 and L40S; the model"
        " applies it to every datacenter IC of TPP 4800 or more.",
        examples=(
            Example(
                title="Nvidia A800 to China on 1 Nov 2023, after the notice",
                transaction=tx("2023-11-01", "US", "CN", "A800", "ic.accelerator", **A800),
                outcome=Outcome.LICENSE_REQUIRED,
                source="Nvidia 8-K of 24 Oct 2023",
            ),
            Example(
                title="Nvidia L40S to China on 1 Nov 2023",
                transaction=tx("2023-11-01", "US", "CN", "L40S", "ic.accelerator", **L40S),
                outcome=Outcome.LICENSE_REQUIRED,
                source="Nvidia 8-K of 24 Oct 2023",
            ),
            Example(
                title="Nvidia H800 to China on 20 Oct 2023, before the notice",
                transaction=tx("2023-10-20", "US", "CN", "H800", "ic.accelerator", **H800),
                outcome=Outcome.NO_LICENSE_REQUIRED,
            ),
        ),
    ),
    Rule(
        id="US-3A090.a",
        title="Advanced computing ICs and computers, 3A090.a (2023 thresholds)",
        when=AC_KINDS & AC_SCOPE_A_2023 & AC_DESTINATIONS_2023,
        outcome=Outcome.LICENSE_REQUIRED,
        review="presumption of denial",
        nexus=ITEM_NEXUS,
        effective=D_2023,
        carveouts=(
            Carveout(
                id="NAC",
                title="License Exception NAC (Notified Advanced Computing), 25-day notification"
                " for Macau and D:5",
                when=~flag("datacenter") & (TPP >= 4800) & D5_OR_MACAU,
                outcome=Outcome.LICENSE_REQUIRED,
                effective=D_2023,
                source=Source(document=OCT_2023, section="15 CFR 740.8", url=OCT_2023_URL),
                note="Exports to D:5 and Macau must be notified 25 days ahead and cleared.",
            ),
            Carveout(
                id="NAC-no-notice",
                title="License Exception NAC for non-datacenter 3A090.a items to D:1/D:4"
                " destinations outside D:5 and Macau",
                when=~flag("datacenter") & (TPP >= 4800) & ~D5_OR_MACAU & ~HQ_D5_OR_MACAU,
                outcome=Outcome.NO_LICENSE_REQUIRED,
                effective=D_2023,
                source=Source(document=OCT_2023, section="15 CFR 740.8", url=OCT_2023_URL),
            ),
        ),
        source=Source(
            document=OCT_2023,
            section="15 CFR 742.6(a)(6)(iii); ECCN 3A090.a, 4A090.a",
            url=OCT_2023_URL,
        ),
        simplification="The destination-dependent review policy (approval for D:1/D:4 unless the"
        " end user is headquartered in D:5 or Macau) is summarised as presumption of denial;"
        " an item without the datacenter flag is taken as not designed or marketed for"
        " datacenters, so License Exception NAC turns on that flag (state it for datacenter"
        " parts such as the A100 and H100).",
        examples=(
            Example(
                title="Nvidia A800 to China after the 2023 update",
                transaction=tx("2023-12-01", "US", "CN", "A800", "ic.accelerator", **A800),
                outcome=Outcome.LICENSE_REQUIRED,
                source="88 FR 73458; Nvidia 8-K of 24 Oct 2023",
            ),
            Example(
                title="Nvidia H800 to China after the 2023 update",
                transaction=tx("2023-12-01", "US", "CN", "H800", "ic.accelerator", **H800),
                outcome=Outcome.LICENSE_REQUIRED,
                source="88 FR 73458; Nvidia 8-K of 24 Oct 2023",
            ),
            Example(
                title="Nvidia H100 to Saudi Arabia (D:4, newly covered in 2023)",
                transaction=tx("2023-12-01", "US", "SA", "H100", "ic.accelerator", **H100),
                outcome=Outcome.LICENSE_REQUIRED,
                source="Nvidia 8-K quoted by VideoCardz",
            ),
            Example(
                title="Nvidia H100 to Israel (D:4 but also A:6): not covered",
                transaction=tx("2023-12-01", "US", "IL", "H100", "ic.accelerator", **H100),
                outcome=Outcome.NO_LICENSE_REQUIRED,
                source="CSET, 'A Bigger Yard, A Higher Fence' (4 Dec 2023)",
            ),
            Example(
                title="Nvidia H20 (TPP 2368, PD 2.91) designed under the 2023 thresholds",
                transaction=tx("2024-06-01", "US", "CN", "H20", "ic.accelerator", **H20),
                outcome=Outcome.NO_LICENSE_REQUIRED,
                source="Tom's Hardware; TweakTown",
            ),
            Example(
                title="Boundary: performance density exactly 5.92 with TPP 1600 is 3A090.a",
                transaction=tx(
                    "2023-12-01",
                    "US",
                    "CN",
                    "boundary chip",
                    "ic.accelerator",
                    params={"tpp": 1600, "performance_density": 5.92},
                    flags=DC,
                ),
                outcome=Outcome.LICENSE_REQUIRED,
            ),
            Example(
                title="Boundary: exactly 4800 TPP (datacenter) is 3A090.a",
                transaction=tx(
                    "2023-12-01",
                    "US",
                    "CN",
                    "boundary chip",
                    "ic.accelerator",
                    params={"tpp": 4800, "performance_density": 1.0},
                    flags=DC,
                ),
                outcome=Outcome.LICENSE_REQUIRED,
            ),
            Example(
                title="Boundary: TPP 1599 with performance density 6 is not 3A090.a",
                transaction=tx(
                    "2023-12-01",
                    "US",
                    "CN",
                    "boundary chip",
                    "ic.accelerator",
                    params={"tpp": 1599, "performance_density": 6},
                    flags=DC,
                ),
                outcome=Outcome.NO_LICENSE_REQUIRED,
            ),
            Example(
                title="RTX 4090 (gaming, TPP 5285) to China: NAC needs notification",
                transaction=tx("2023-12-01", "US", "CN", "RTX 4090", "ic.accelerator", **RTX_4090),
                outcome=Outcome.LICENSE_REQUIRED,
                source="Fudzilla; WinBuzzer",
            ),
            Example(
                title="RTX 4090 to Vietnam (D:1, not D:5): NAC without notification",
                transaction=tx("2023-12-01", "US", "VN", "RTX 4090", "ic.accelerator", **RTX_4090),
                outcome=Outcome.NO_LICENSE_REQUIRED,
                fires=True,
            ),
            Example(
                title="RTX 4090D (gaming, TPP about 4707) to China: Note 2 excludes it",
                transaction=tx(
                    "2024-01-15", "US", "CN", "RTX 4090D", "ic.accelerator", **RTX_4090D
                ),
                outcome=Outcome.NO_LICENSE_REQUIRED,
                source="tomshw.it",
            ),
            Example(
                title="H100 in a US cloud rented by a Chinese firm: remote access is not an export",
                transaction=tx(
                    "2024-03-01",
                    "US",
                    "CN",
                    "H100 (cloud)",
                    "ic.accelerator",
                    channel="remote_access",
                    **H100,
                ),
                outcome=Outcome.NO_LICENSE_REQUIRED,
                source="heise; The Information; CSET on cloud access",
            ),
            Example(
                title="H100 made in Taiwan with US technology, shipped from Taiwan to China",
                transaction=tx(
                    "2024-03-01",
                    "TW",
                    "CN",
                    "H100",
                    "ic.accelerator",
                    origin="TW",
                    made_with=["US"],
                    **H100,
                ),
                outcome=Outcome.LICENSE_REQUIRED,
            ),
            Example(
                title="An H100 described only by the exporter's classification 3A090.a, to China",
                transaction=tx(
                    "2024-01-15",
                    "US",
                    "CN",
                    "H100",
                    "ic.accelerator",
                    classification={"US": "3A090.a"},
                ),
                outcome=Outcome.LICENSE_REQUIRED,
                source="88 FR 73458: 3A090.a needs a licence for D:1, D:4 and D:5",
            ),
            Example(
                title="A DGX server the exporter classified 4A090.a, made in Taiwan with US"
                " technology, to China",
                transaction=tx(
                    "2024-01-15",
                    "TW",
                    "CN",
                    "DGX H100",
                    "computer",
                    classification={"US": "4A090.a"},
                    origin="TW",
                    made_with=["US"],
                ),
                outcome=Outcome.LICENSE_REQUIRED,
            ),
        ),
    ),
    Rule(
        id="US-3A090.b",
        title="Advanced computing ICs and computers, 3A090.b (2023 thresholds)",
        when=AC_KINDS & AC_SCOPE_B_2023 & AC_DESTINATIONS_2023,
        outcome=Outcome.LICENSE_REQUIRED,
        review="presumption of denial",
        nexus=ITEM_NEXUS,
        effective=D_2023,
        carveouts=(
            Carveout(
                id="NAC",
                title="License Exception NAC with 25-day notification (D:5 and Macau)",
                when=flag("datacenter") & D5_OR_MACAU,
                outcome=Outcome.LICENSE_REQUIRED,
                effective=D_2023,
                source=Source(document=OCT_2023, section="15 CFR 740.8", url=OCT_2023_URL),
            ),
            Carveout(
                id="NAC-no-notice",
                title="License Exception NAC for 3A090.b datacenter items to D:1/D:4"
                " destinations outside D:5 and Macau",
                when=flag("datacenter") & ~D5_OR_MACAU & ~HQ_D5_OR_MACAU,
                outcome=Outcome.NO_LICENSE_REQUIRED,
                effective=D_2023,
                source=Source(document=OCT_2023, section="15 CFR 740.8", url=OCT_2023_URL),
            ),
        ),
        source=Source(
            document=OCT_2023,
            section="15 CFR 742.6(a)(6)(iii); ECCN 3A090.b, 4A090.b",
            url=OCT_2023_URL,
        ),
        simplification="An item without the datacenter flag is taken as not designed or marketed"
        " for datacenters, so Note 2 to 3A090 excludes it below TPP 4800 (state the flag for"
        " datacenter parts such as the L40).",
        examples=(
            Example(
                title="Nvidia L40 (TPP 2896, PD 4.76, datacenter) to China",
                transaction=tx(
                    "2023-12-01",
                    "US",
                    "CN",
                    "L40",
                    "ic.accelerator",
                    params={"tpp": 2896, "die_area_mm2": 608.5},
                    flags=DC,
                ),
                outcome=Outcome.LICENSE_REQUIRED,
                source="mullet.se spec table",
            ),
            Example(
                title="Nvidia L40 to Vietnam (D:1, not D:5): NAC without notification",
                transaction=tx(
                    "2023-12-01",
                    "US",
                    "VN",
                    "L40",
                    "ic.accelerator",
                    params={"tpp": 2896, "die_area_mm2": 608.5},
                    flags=DC,
                ),
                outcome=Outcome.NO_LICENSE_REQUIRED,
                fires=True,
            ),
            Example(
                title="Boundary: TPP exactly 2400 and performance density exactly 1.6 is 3A090.b",
                transaction=tx(
                    "2023-12-01",
                    "US",
                    "CN",
                    "boundary chip",
                    "ic.accelerator",
                    params={"tpp": 2400, "performance_density": 1.6},
                    flags=DC,
                ),
                outcome=Outcome.LICENSE_REQUIRED,
            ),
            Example(
                title="Boundary: TPP 2399 with performance density 3.19 is outside 3A090.b",
                transaction=tx(
                    "2023-12-01",
                    "US",
                    "CN",
                    "boundary chip",
                    "ic.accelerator",
                    params={"tpp": 2399, "performance_density": 3.19},
                    flags=DC,
                ),
                outcome=Outcome.NO_LICENSE_REQUIRED,
            ),
            Example(
                title="Boundary: TPP 1600 with performance density exactly 3.2 is 3A090.b",
                transaction=tx(
                    "2023-12-01",
                    "US",
                    "CN",
                    "boundary chip",
                    "ic.accelerator",
                    params={"tpp": 1600, "performance_density": 3.2},
                    flags=DC,
                ),
                outcome=Outcome.LICENSE_REQUIRED,
            ),
            Example(
                title="An L40 described only by the exporter's classification 3A090.b, to China",
                transaction=tx(
                    "2024-01-15",
                    "US",
                    "CN",
                    "L40",
                    "ic.accelerator",
                    classification={"US": "3A090.b"},
                ),
                outcome=Outcome.LICENSE_REQUIRED,
            ),
        ),
    ),
    Rule(
        id="US-744.23(a)(3)",
        title="Advanced computing items for parties headquartered in D:5 or Macau, anywhere",
        when=AC_KINDS & AC_SCOPE_2023 & HQ_D5_OR_MACAU & ~AC_DESTINATIONS_2023,
        outcome=Outcome.LICENSE_REQUIRED,
        review="presumption of denial",
        nexus=ITEM_NEXUS,
        effective=D_2023,
        source=Source(document=OCT_2023, section="15 CFR 744.23(a)(3)", url=OCT_2023_URL),
        examples=(
            Example(
                title="H100 to a German subsidiary of a Chinese cloud firm",
                transaction=tx(
                    "2024-02-01",
                    "US",
                    "DE",
                    "H100",
                    "ic.accelerator",
                    end_user={
                        "name": "Tencent subsidiary in Germany",
                        "country": "DE",
                        "headquarters": "CN",
                    },
                    **H100,
                ),
                outcome=Outcome.LICENSE_REQUIRED,
                source="CSET, 'A Bigger Yard, A Higher Fence' (4 Dec 2023)",
            ),
            Example(
                title="H100 to a Malaysian data centre wholly owned by a Chinese cloud firm",
                transaction=tx(
                    "2024-06-01",
                    "US",
                    "MY",
                    "H100",
                    "ic.accelerator",
                    end_user={
                        "name": "cloud subsidiary in Malaysia",
                        "country": "MY",
                        "owners": [{"party": "Alibaba", "share": 100}],
                    },
                    **H100,
                ),
                outcome=Outcome.LICENSE_REQUIRED,
                source="CSET: BIS's rationale about cloud servers in other countries",
            ),
            Example(
                title="H100 to the same German subsidiary before 17 Nov 2023",
                transaction=tx(
                    "2023-06-01",
                    "US",
                    "DE",
                    "H100",
                    "ic.accelerator",
                    end_user={
                        "name": "Tencent subsidiary in Germany",
                        "country": "DE",
                        "headquarters": "CN",
                    },
                    **H100,
                ),
                outcome=Outcome.NO_LICENSE_REQUIRED,
                source="CSET: the gap the headquarters rule closed",
            ),
            Example(
                title="H100 to the Israeli subsidiary of a firm headquartered in China (Israel is"
                " D:4 but also A:6, so outside the 3A090 destination scope)",
                transaction=tx(
                    "2024-06-01",
                    "US",
                    "IL",
                    "H100",
                    "ic.accelerator",
                    end_user={
                        "name": "Israeli subsidiary of a Chinese cloud firm",
                        "country": "IL",
                        "headquarters": "CN",
                    },
                    **H100,
                ),
                outcome=Outcome.LICENSE_REQUIRED,
                source="88 FR 73458, §744.23(a)(3): destinations other than those the"
                " 3A090 destination scope already covers",
            ),
            Example(
                title="H100 to the Cypriot subsidiary of a firm headquartered in China",
                transaction=tx(
                    "2024-06-01",
                    "US",
                    "CY",
                    "H100",
                    "ic.accelerator",
                    end_user={
                        "name": "Cypriot subsidiary of a Chinese cloud firm",
                        "country": "CY",
                        "headquarters": "CN",
                    },
                    **H100,
                ),
                outcome=Outcome.LICENSE_REQUIRED,
            ),
            Example(
                title="H100 to a Saudi subsidiary of a firm headquartered in China: 3A090.a"
                " already covers Saudi Arabia",
                transaction=tx(
                    "2024-06-01",
                    "US",
                    "SA",
                    "H100",
                    "ic.accelerator",
                    end_user={
                        "name": "Saudi subsidiary of a Chinese cloud firm",
                        "country": "SA",
                        "headquarters": "CN",
                    },
                    **H100,
                ),
                outcome=Outcome.LICENSE_REQUIRED,
                fires=False,
            ),
        ),
    ),
    Rule(
        id="US-3A090.c",
        title="High-bandwidth memory, 3A090.c, to Macau and D:5 or their headquartered parties",
        when=ECCN_3A090_C & (D5_OR_MACAU | HQ_D5_OR_MACAU),
        outcome=Outcome.LICENSE_REQUIRED,
        review="presumption of denial",
        nexus=ITEM_NEXUS,
        effective=D_2024_COMPLIANCE,
        carveouts=(
            Carveout(
                id="HBM",
                title="License Exception HBM for stacks of less than 3.3 GB/s per mm², by"
                " exporters in the US or A:5",
                when=(MEMORY_BANDWIDTH_DENSITY < 3.3) & exporter("US", groups=("A:5",)),
                outcome=Outcome.NO_LICENSE_REQUIRED,
                effective=D_2024_COMPLIANCE,
                source=Source(document=DEC_2024, section="15 CFR 740.25", url=DEC_2024_URL),
            ),
        ),
        source=Source(
            document=DEC_2024,
            section="ECCN 3A090.c; 15 CFR 742.6(a)(6)(iii)",
            url=f"{DEC_2024_URL}/p-105",
        ),
        simplification="The rule's destination scope is taken as Macau and D:5 (and parties"
        " headquartered there), a stack whose memory bandwidth density is not given is taken"
        " to exceed 2 GB/s per mm² while License Exception HBM needs a known density below"
        " 3.3, and the exception's exporter test (headquartered in the US or A:5) is read on"
        " the exporting country without its reporting conditions.",
        note="The rule took effect on 2 Dec 2024; the HBM licence requirement binds from the"
        " compliance date, 31 Dec 2024.",
        examples=(
            Example(
                title="SK Hynix HBM3E stack from Korea to China in 2025 (FDP)",
                transaction=tx(
                    "2025-02-01",
                    "KR",
                    "CN",
                    "HBM3E stack",
                    "ic.memory.hbm",
                    origin="KR",
                    made_with=["US"],
                    **HBM3E,
                ),
                outcome=Outcome.LICENSE_REQUIRED,
                source="89 FR 96790; BIS: all HBM in production exceeds 2 GB/s/mm²",
            ),
            Example(
                title="Micron HBM3E from the US to China before the compliance date",
                transaction=tx("2024-12-15", "US", "CN", "HBM3E stack", "ic.memory.hbm", **HBM3E),
                outcome=Outcome.NO_LICENSE_REQUIRED,
            ),
            Example(
                title="HBM co-packaged with a logic die: the logic chip's status governs",
                transaction=tx(
                    "2025-02-01",
                    "US",
                    "CN",
                    "HBM packaged with a cheap logic die",
                    "ic.memory.hbm",
                    flags=["copackaged_logic"],
                    **HBM3E,
                ),
                outcome=Outcome.NO_LICENSE_REQUIRED,
                source="89 FR 96790, 3A090.c exclusion; SemiAnalysis/ChinaTalk on Huawei",
            ),
            Example(
                title="Boundary: exactly 2 GB/s per mm² is not 'greater than 2'",
                transaction=tx(
                    "2025-02-01",
                    "US",
                    "CN",
                    "boundary HBM",
                    "ic.memory.hbm",
                    params={"memory_bandwidth_density": 2},
                ),
                outcome=Outcome.NO_LICENSE_REQUIRED,
            ),
            Example(
                title="Boundary: 2.01 GB/s per mm² from the US uses License Exception HBM",
                transaction=tx(
                    "2025-02-01",
                    "US",
                    "CN",
                    "boundary HBM",
                    "ic.memory.hbm",
                    params={"memory_bandwidth_density": 2.01},
                ),
                outcome=Outcome.NO_LICENSE_REQUIRED,
                fires=True,
            ),
            Example(
                title="Boundary: exactly 3.3 GB/s per mm² is outside License Exception HBM",
                transaction=tx(
                    "2025-02-01",
                    "US",
                    "CN",
                    "boundary HBM",
                    "ic.memory.hbm",
                    params={"memory_bandwidth_density": 3.3},
                ),
                outcome=Outcome.LICENSE_REQUIRED,
            ),
            Example(
                title="HBM3E given only by its bandwidth (no die area, so no density): taken to"
                " exceed 2 GB/s per mm², and License Exception HBM needs a known density",
                transaction=tx(
                    "2025-02-01",
                    "US",
                    "CN",
                    "HBM3E stack",
                    "ic.memory.hbm",
                    params={"memory_bandwidth_gbps": 1229},
                ),
                outcome=Outcome.LICENSE_REQUIRED,
                source="89 FR 96790: BIS, all HBM stacks currently in production exceed the"
                " threshold",
            ),
            Example(
                title="HBM described only by the exporter's classification 3A090.c, to China",
                transaction=tx(
                    "2025-02-01",
                    "US",
                    "CN",
                    "HBM3",
                    "ic.memory.hbm",
                    classification={"US": "3A090.c"},
                ),
                outcome=Outcome.LICENSE_REQUIRED,
            ),
        ),
    ),
    Rule(
        id="US-informed-H20",
        title="H20-class ICs to China, Hong Kong, Macau and D:5, or for parties headquartered"
        " there (is-informed letter of 9 Apr 2025)",
        when=ACCELERATOR_KINDS
        & H20_CLASS
        & (destination("CN", "HK", "MO", groups=("D:5",)) | HQ_D5_OR_MACAU),
        outcome=Outcome.LICENSE_REQUIRED,
        review="case-by-case",
        nexus=INFORMED_NEXUS,
        effective=D_2025_H20,
        source=Source(
            document="BIS is-informed letter to Nvidia of 9 Apr 2025, confirmed 14 Apr 2025"
            " for the indefinite future (Nvidia Form 8-K, 15 Apr 2025)",
            section="15 CFR 744.23(b) (is-informed notice; supercomputer end-use risk)",
        ),
        simplification="The letter's test (the H20's memory bandwidth, interconnect bandwidth"
        " or a combination) is modelled as memory bandwidth of 4000 GB/s or more, or"
        " interconnect of 900 GB/s or more; it is applied to every exporter, not only the"
        " informed ones (Nvidia, and AMD for the MI308).",
        examples=(
            Example(
                title="Nvidia H20 to China after 9 Apr 2025",
                transaction=tx("2025-05-01", "US", "CN", "H20", "ic.accelerator", **H20),
                outcome=Outcome.LICENSE_REQUIRED,
                source="Nvidia 8-K of 15 Apr 2025",
            ),
            Example(
                title="Nvidia H20 from Taiwan to China after 9 Apr 2025",
                transaction=tx(
                    "2025-05-01",
                    "TW",
                    "CN",
                    "H20",
                    "ic.accelerator",
                    origin="TW",
                    made_with=["US"],
                    **H20,
                ),
                outcome=Outcome.LICENSE_REQUIRED,
                source="Nvidia 8-K of 15 Apr 2025",
            ),
            Example(
                title="Nvidia H20 to China on 8 Apr 2025, the day before the letter",
                transaction=tx("2025-04-08", "US", "CN", "H20", "ic.accelerator", **H20),
                outcome=Outcome.NO_LICENSE_REQUIRED,
            ),
            Example(
                title="Boundary: memory bandwidth 3999 GB/s and 899 GB/s interconnect",
                transaction=tx(
                    "2025-05-01",
                    "US",
                    "CN",
                    "boundary chip",
                    "ic.accelerator",
                    params={
                        "tpp": 2000,
                        "memory_bandwidth_gbps": 3999,
                        "bidirectional_transfer_rate_gbps": 899,
                    },
                    flags=DC,
                ),
                outcome=Outcome.NO_LICENSE_REQUIRED,
            ),
            Example(
                title="Boundary: memory bandwidth exactly 4000 GB/s is H20-class",
                transaction=tx(
                    "2025-05-01",
                    "US",
                    "CN",
                    "boundary chip",
                    "ic.accelerator",
                    params={"tpp": 2000, "memory_bandwidth_gbps": 4000},
                    flags=DC,
                ),
                outcome=Outcome.LICENSE_REQUIRED,
            ),
            Example(
                title="AMD MI308-class accelerator to China after 9 Apr 2025",
                transaction=tx(
                    "2025-06-01",
                    "US",
                    "CN",
                    "MI308",
                    "ic.accelerator",
                    params={"tpp": 2000, "memory_bandwidth_gbps": 5300},
                    flags=DC,
                ),
                outcome=Outcome.LICENSE_REQUIRED,
                source="Reuters: Commerce said the same applies to the AMD MI308",
            ),
        ),
    ),
    *_RUSSIA,
    *_SUPERCOMPUTER,
    *_ADVANCED_FAB,
    Rule(
        id="US-3B001.f.1-advanced-fab",
        title="Immersion DUV scanners (overlay 2.4 nm or better) made abroad with US content,"
        " for advanced-node fabs in Macau or D:5",
        when=LITHO_2023_ADVANCED_FAB & end_use("advanced_node_fab") & D5_OR_MACAU,
        outcome=Outcome.LICENSE_REQUIRED,
        review="presumption of denial",
        nexus=("de-minimis-0-lithography",),
        effective=D_2023,
        source=Source(
            document=SME_2023,
            section="15 CFR 734.4 and ECCN 3B001.f.1 (dedicated chuck overlay)",
            url=SME_2023_URL,
        ),
        simplification="The 2023 lithography entries are summarised by the dedicated chuck"
        " overlay: any immersion scanner of 2.4 nm or better with US content bound for an"
        " advanced-node fab is caught through 0% de minimis.",
        examples=(
            Example(
                title="ASML NXT:1980i from the Netherlands to an advanced-node fab in China, 2024",
                transaction=tx(
                    "2024-03-01",
                    "NL",
                    "CN",
                    "TWINSCAN NXT:1980i",
                    "sme.lithography.duv.immersion",
                    end_use=["advanced_node_fab"],
                    **NXT_1980I,
                ),
                outcome=Outcome.LICENSE_REQUIRED,
                source="SemiAnalysis 'Wafer Wars'; ASML statement of 1 Jan 2024",
            ),
            Example(
                title="ASML NXT:1980i to a mature-node fab in China, 2024: the US does not reach",
                transaction=tx(
                    "2024-03-01",
                    "NL",
                    "CN",
                    "TWINSCAN NXT:1980i",
                    "sme.lithography.duv.immersion",
                    end_use=["mature_node_fab"],
                    **NXT_1980I,
                ),
                outcome=Outcome.NOT_APPLICABLE,
                fires=False,
                source="SemiAnalysis: the same tools kept flowing to mature-node fabs",
            ),
            Example(
                title="Boundary: overlay 2.5 nm is outside the band",
                transaction=tx(
                    "2024-03-01",
                    "NL",
                    "CN",
                    "older scanner",
                    "sme.lithography.duv.immersion",
                    end_use=["advanced_node_fab"],
                    params={"wavelength_nm": 193, "numerical_aperture": 1.35, "overlay_nm": 2.5},
                    origin="NL",
                    content={"US": 10},
                ),
                outcome=Outcome.NOT_APPLICABLE,
                fires=False,
            ),
        ),
    ),
    Rule(
        id="US-744.6",
        title="US persons supporting IC production at advanced-node fabs in China",
        when=persons("US") & end_use("advanced_node_fab") & destination(groups=("China+Macau",)),
        outcome=Outcome.LICENSE_REQUIRED,
        review="presumption of denial",
        nexus=("us-person",),
        effective=D_2022_PERSONS,
        source=Source(document=OCT_2022, section="15 CFR 744.6(c)(2)", url=OCT_2022_URL),
        examples=(
            Example(
                title="US engineer servicing a non-US tool at a Chinese advanced-node fab",
                transaction=tx(
                    "2022-12-01",
                    "NL",
                    "CN",
                    "field service",
                    "service.support",
                    end_use=["advanced_node_fab"],
                    persons=["US"],
                ),
                outcome=Outcome.LICENSE_REQUIRED,
                source="BIS FAQ of 28 Oct 2022 as reported by Magstone Law",
            ),
            Example(
                title="The same service on 11 Oct 2022, before §744.6 took effect",
                transaction=tx(
                    "2022-10-11",
                    "NL",
                    "CN",
                    "field service",
                    "service.support",
                    end_use=["advanced_node_fab"],
                    persons=["US"],
                ),
                outcome=Outcome.NOT_APPLICABLE,
                fires=False,
            ),
        ),
    ),
    Rule(
        id="US-744.11-entity-list",
        title="Any item subject to the EAR for a party on the Entity List",
        when=listed("entity_list"),
        outcome=Outcome.LICENSE_REQUIRED,
        review="presumption of denial",
        nexus=ITEM_NEXUS,
        effective=date(2008, 1, 1),
        source=Source(document="15 CFR 744.11", section="Supplement No. 4 to Part 744"),
        simplification="Entries whose licence requirement covers only some items are modelled"
        " as covering every item subject to the EAR.",
        examples=(
            Example(
                title="US deposition tool for YMTC after its listing (16 Dec 2022)",
                transaction=tx(
                    "2023-01-10", "US", "CN", "deposition tool", "sme.deposition", end_user="YMTC"
                ),
                outcome=Outcome.LICENSE_REQUIRED,
                source="Export Compliance Daily, 16 Dec 2022",
            ),
            Example(
                title="US deposition tool for YMTC on 15 Dec 2022, before its listing",
                transaction=tx(
                    "2022-12-15", "US", "CN", "deposition tool", "sme.deposition", end_user="YMTC"
                ),
                outcome=Outcome.NO_LICENSE_REQUIRED,
            ),
            Example(
                title="TSMC-made accelerator die for Cambricon (footnote 4 FDP)",
                transaction=tx(
                    "2023-03-01",
                    "TW",
                    "CN",
                    "accelerator die",
                    "ic.accelerator",
                    end_user="Cambricon",
                    origin="TW",
                    made_with=["US"],
                ),
                outcome=Outcome.LICENSE_REQUIRED,
                source="Thompson Hine, Dec 2022: footnote 4 designations",
            ),
            Example(
                title="US etch tool for SMIC Beijing, listed in SMIC's own entry of 18 Dec 2020",
                transaction=tx(
                    "2025-11-15", "US", "CN", "etch tool", "sme.etch", end_user="SMIC Beijing"
                ),
                outcome=Outcome.LICENSE_REQUIRED,
                source="Thompson Hine on 85 FR 83416 (SMIC and ten subsidiaries)",
            ),
            Example(
                title="US etch tool for SMIC Beijing on 17 Dec 2020, the day before its listing",
                transaction=tx(
                    "2020-12-17", "US", "CN", "etch tool", "sme.etch", end_user="SMIC Beijing"
                ),
                outcome=Outcome.NO_LICENSE_REQUIRED,
            ),
            Example(
                title="US server for Sugon (listed 24 Jun 2019)",
                transaction=tx("2021-01-15", "US", "CN", "server", "computer", end_user="Sugon"),
                outcome=Outcome.LICENSE_REQUIRED,
                source="84 FR 29371",
            ),
            Example(
                title="US EDA software for Sophgo after its listing (16 Jan 2025)",
                transaction=tx(
                    "2025-02-01",
                    "US",
                    "CN",
                    "design software",
                    "software.eda",
                    end_user="Sophgo",
                ),
                outcome=Outcome.LICENSE_REQUIRED,
                source="DCD on 90 FR 4621",
            ),
        ),
    ),
    Rule(
        id="US-744.11-affiliates",
        title="Any item subject to the EAR for an entity 50% or more owned by Entity List"
        " parties (affiliates rule)",
        when=listed("entity_list", min_share=50) & ~listed("entity_list"),
        outcome=Outcome.LICENSE_REQUIRED,
        review="the most restrictive review policy of its listed owners",
        nexus=ITEM_NEXUS,
        effective=D_2025_AFFILIATES,
        end=D_2025_SUSPENDED,
        source=Source(
            document=AFFILIATES_2025,
            section="15 CFR 744.11 (affiliates: 50 per cent ownership, direct or indirect,"
            " individually or in aggregate)",
            url=AFFILIATES_2025_URL,
        ),
        simplification="Ownership by Military End-User List parties and by certain SDNs, and"
        " Temporary General License 7 (to 28 Nov 2025), are not modelled.",
        examples=(
            Example(
                title="US tool for an unlisted 60%-owned SMIC subsidiary, October 2025",
                transaction=tx(
                    "2025-10-15",
                    "US",
                    "CN",
                    "etch tool",
                    "sme.etch",
                    end_user={
                        "name": "SMIC joint venture",
                        "country": "CN",
                        "owners": [{"party": "SMIC", "share": 60}],
                    },
                ),
                outcome=Outcome.LICENSE_REQUIRED,
                source="Linklaters; Baker McKenzie on 90 FR 47201",
            ),
            Example(
                title="The same sale in September 2025, before the affiliates rule",
                transaction=tx(
                    "2025-09-28",
                    "US",
                    "CN",
                    "etch tool",
                    "sme.etch",
                    end_user={
                        "name": "SMIC joint venture",
                        "country": "CN",
                        "owners": [{"party": "SMIC", "share": 60}],
                    },
                ),
                outcome=Outcome.NO_LICENSE_REQUIRED,
            ),
            Example(
                title="Boundary: exactly 50% owned by listed parties is an affiliate",
                transaction=tx(
                    "2025-10-15",
                    "US",
                    "CN",
                    "etch tool",
                    "sme.etch",
                    end_user={
                        "name": "50/50 joint venture",
                        "country": "CN",
                        "owners": [{"party": "SMIC", "share": 50}],
                    },
                ),
                outcome=Outcome.LICENSE_REQUIRED,
            ),
            Example(
                title="Boundary: 49% owned is not an affiliate",
                transaction=tx(
                    "2025-10-15",
                    "US",
                    "CN",
                    "etch tool",
                    "sme.etch",
                    end_user={
                        "name": "minority joint venture",
                        "country": "CN",
                        "owners": [{"party": "SMIC", "share": 49}],
                    },
                ),
                outcome=Outcome.NO_LICENSE_REQUIRED,
            ),
            Example(
                title="A fictitious joint venture 60% owned by SMIC, on the first day of the"
                " suspension (10 Nov 2025)",
                transaction=tx(
                    "2025-11-10",
                    "US",
                    "CN",
                    "etch tool",
                    "sme.etch",
                    end_user={
                        "name": "Example Semiconductor JV (fictitious)",
                        "country": "CN",
                        "owners": [{"party": "SMIC", "share": 60}],
                    },
                ),
                outcome=Outcome.NO_LICENSE_REQUIRED,
                source="Squire Patton Boggs on the one-year suspension",
            ),
        ),
    ),
    Rule(
        id="US-744.11-affiliates",
        title="Any item subject to the EAR for an entity 50% or more owned by Entity List"
        " parties (affiliates rule, after its one-year suspension)",
        when=listed("entity_list", min_share=50) & ~listed("entity_list"),
        outcome=Outcome.LICENSE_REQUIRED,
        review="the most restrictive review policy of its listed owners",
        nexus=ITEM_NEXUS,
        effective=D_2026_RESUMED,
        source=Source(
            document=f"{AFFILIATES_2025}; {AFFILIATES_SUSPENSION}",
            section="15 CFR 744.11",
            url=AFFILIATES_2025_URL,
        ),
        note="The suspension runs from 10 Nov 2025 to 9 Nov 2026; the model lets the rule apply"
        " again from 10 Nov 2026 unless amended.",
    ),
)

REGIME = Regime(
    jurisdiction="US",
    name="United States: Export Administration Regulations",
    summary="Licence requirements for advanced-computing items and chip-making equipment,"
    " carried abroad by re-export, de minimis and foreign-direct-product rules and by"
    " restrictions on US persons.",
    reach=REACH,
    rules=RULES,
    groups=(D1, D4, D5, A5, A6, CHINA_MACAU),
    lists=(ENTITY_LIST,),
    parties=PARTIES,
    assumptions=(
        "Country Group membership follows 15 CFR Part 740, Supplement No. 1 as of 2023, with"
        " Hong Kong treated as China from 23 Dec 2020 and Nicaragua in D:1 and D:5 from"
        " 15 Mar 2024; other changes before 2022 are not dated. The 2023 scope (D:1, D:4 or D:5"
        " and not A:5 or A:6) gives the 43 countries besides China, plus Macau, that CSET"
        " counts.",
        "The H20 letter of 9 Apr 2025 is modelled with the H20's own figures as thresholds:"
        " memory bandwidth of 4.0 TB/s (4000 GB/s) or more, or interconnect of 900 GB/s or"
        " more.",
        "The AI Diffusion rule (90 FR 4544, 15 Jan 2025) is not encoded: BIS announced its"
        " rescission on 13 May 2025, before its 15 May 2025 compliance date, and told"
        " enforcement officials not to enforce it; the law from 13 Jan 2025 on is modelled as"
        " if it had not been issued.",
        "The December 2024 SME foreign-direct-product rule (§734.9(k)) is taken not to reach"
        " exports from Japan and the Netherlands (reported exemption for countries with"
        " equivalent controls, not confirmed in the rule text read). It makes equipment"
        " subject to the EAR; the model then applies only the end-use (§744.23) and Entity"
        " List requirements, since the 3B001/3B993 parameters are not modelled.",
        "The Entity List names Biren and Moore Threads from 17 Oct 2023 as the two GPU"
        " developers of 88 FR 71991, as publicly reported; no Footnote 5 designation is"
        " modelled because no named party was confirmed.",
        "Licence requirements are taken to bind from a rule's compliance date where it has one"
        " (31 Dec 2024 for HBM and the new FDP rules).",
        "The exporter's own US classification (3A090 and 4A090 in 2022; 3A090.a/4A090.a,"
        " 3A090.b/4A090.b and 3A090.c from 17 Nov 2023 and 31 Dec 2024) is taken at its word"
        " as an alternative to the parameter tests: an item so classified is within the entry"
        " whatever parameters are given, and a classification elsewhere does not take an item"
        " whose parameters meet an entry out of it.",
        "The supercomputer foreign-direct-product rule (§734.9(i), from 21 Oct 2022) is"
        " modelled for supercomputers in China, and in Macau from 17 Jan 2023; the 2023 update"
        " widened the §744.23(a)(1) end-use control to Macau and D:5, but a matching widening of"
        " §734.9(i) was not confirmed from the rule text (public transcriptions disagree), so"
        " the FDP rule keeps China and Macau.",
        "Entity List parties are modelled with the date their listing took effect; footnote"
        " designations are modelled only where confirmed (Huawei's footnote 1 and the footnote 4"
        " of the December 2022 and October 2023 AI-chip listings), so the footnote 4 that the"
        " 7 Oct 2022 rule gave 28 existing supercomputing entries is not modelled.",
    ),
)

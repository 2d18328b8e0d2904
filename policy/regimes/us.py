"""United States: the Export Administration Regulations (15 CFR 730-774).

The advanced-computing and semiconductor controls of 7 Oct 2022 (87 FR 62186) and their
update of 17 Nov 2023 (88 FR 73458), with the reach of the EAR that carries them abroad
(re-exports, de minimis content, foreign direct products, US persons) and the Entity List
parties they turn on.
"""

from __future__ import annotations

from datetime import date

from policy.model.conditions import (
    PERFORMANCE_DENSITY,
    TPP,
    TRANSFER_RATE,
    Condition,
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
from policy.model.parties import CountryGroup, Listing, Membership, Party, PartyList, group
from policy.model.regimes import Regime
from policy.model.rules import Carveout, Example, Nexus, Rule, Source
from policy.model.transactions import Transaction

# --------------------------------------------------------------------------- sources

OCT_2022 = "87 FR 62186 (7 Oct 2022), FR Doc 2022-21658"
OCT_2022_URL = "https://www.federalregister.gov/d/2022-21658"
MACAU_2023 = "88 FR 2821 (17 Jan 2023), FR Doc 2023-00888"
MACAU_2023_URL = "https://www.federalregister.gov/d/2023-00888"
OCT_2023 = "88 FR 73458 (17 Nov 2023), FR Doc 2023-23055"
OCT_2023_URL = "https://www.federalregister.gov/d/2023-23055"
SUPP1_740 = "15 CFR Part 740, Supplement No. 1 (Country Groups)"

#: The day the 2022 rule's 3A090/4A090 and §744.23 provisions took effect.
D_2022 = date(2022, 10, 7)
#: §744.6 (US persons) took effect five days later.
D_2022_PERSONS = date(2022, 10, 12)
#: The foreign-direct-product rules and Entity List changes took effect on 21 Oct 2022.
D_2022_FDP = date(2022, 10, 21)
#: The 2023 update's effective date (88 FR 73458, DATES).
D_2023 = date(2023, 11, 17)

# --------------------------------------------------------------------------- country groups

D1 = group(
    "D:1",
    "Country Group D:1 (national security)",
    "AM AZ BY CN GE IQ IR KG KP KZ LA LY MD MN MO RU TJ TM UZ VE VN YE",
    source=SUPP1_740,
)
D4 = group(
    "D:4",
    "Country Group D:4 (missile technology)",
    "AE BH CN EG IL IQ IR JO KP KW LB LY MO OM PK QA RU SA SY YE",
    source=SUPP1_740,
)
D5 = group(
    "D:5",
    "Country Group D:5 (US arms embargoed countries)",
    "AF BY CD CF CN CU CY ER HT IQ IR KP LB LY MM NI RU SD SO SS SY VE ZW",
    source=SUPP1_740,
)
A5 = group(
    "A:5",
    "Country Group A:5 (close allies eligible for License Exception STA)",
    "AR AT AU BE BG CA CZ DE DK EE ES FI FR GB GR HR HU IE IN IS IT JP KR LT LU LV NL NO NZ"
    " PL PT RO SE SI SK TR",
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
    name="China, and Macau from 17 Jan 2023 (the 2022 regional-stability scope of 3A090/4A090)",
    members=(
        Membership(country="CN", source=OCT_2022),
        Membership(country="MO", start=date(2023, 1, 17), source=MACAU_2023),
    ),
    source=f"{OCT_2022}; {MACAU_2023}",
)

#: The 2023 destination scope of 3A090/4A090: D:1, D:4 or D:5, unless also A:5 or A:6.
AC_DESTINATIONS_2023: Condition = destination(groups=("D:1", "D:4", "D:5")) & ~destination(
    groups=("A:5", "A:6")
)

# --------------------------------------------------------------------------- parties

PARTIES = (
    Party(id="Huawei", name="Huawei Technologies Co., Ltd.", country="CN"),
    Party(
        id="SMIC",
        name="Semiconductor Manufacturing International Corporation",
        country="CN",
    ),
    Party(id="YMTC", name="Yangtze Memory Technologies Co., Ltd.", country="CN"),
)

ENTITY_LIST = PartyList(
    id="entity_list",
    name="Entity List (15 CFR Part 744, Supplement No. 4)",
    listings=(
        Listing(party="Huawei", start=date(2019, 5, 16), tags=("fn1",), source="84 FR 22961"),
        Listing(party="SMIC", start=date(2020, 12, 18), source="85 FR 83416"),
        Listing(
            party="YMTC",
            start=date(2022, 12, 16),
            source="87 FR 77505 (16 Dec 2022): 36 entities added, YMTC among them",
        ),
    ),
    source="15 CFR Part 744, Supplement No. 4",
)

# --------------------------------------------------------------------------- item scopes

#: ICs and the computers that contain them: 3A090 and 4A090 read on the same parameters.
AC_KINDS = kind("ic", "computer")

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

# --------------------------------------------------------------------------- reach

ITEM_NEXUS = ("us-territory", "us-origin", "us-de-minimis", "fdp-734.9(h)", "fdp-entity-list")

REACH = (
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
        when=content("US", ">", 25) & ~origin("US") & ~exporter("US"),
        effective=date(1996, 3, 25),
        source=Source(document="15 CFR 734.4", section="de minimis US content (25%)"),
        note="The 10% level for Country Group E:1/E:2 destinations is not modelled.",
    ),
    Nexus(
        id="fdp-734.9(h)",
        title="foreign direct product of US technology: advanced computing",
        when=made_with("US")
        & ~origin("US")
        & ~exporter("US")
        & AC_KINDS
        & ECCN_3A090_2022
        & destination(groups=("China+Macau",)),
        effective=D_2022_FDP,
        end=D_2023,
        source=Source(document=OCT_2022, section="15 CFR 734.9(h)", url=OCT_2022_URL),
    ),
    Nexus(
        id="fdp-734.9(h)",
        title="foreign direct product of US technology: advanced computing",
        when=made_with("US")
        & ~origin("US")
        & ~exporter("US")
        & AC_KINDS
        & ECCN_3A090_2023
        & (AC_DESTINATIONS_2023 | headquarters("MO", groups=("D:5",))),
        effective=D_2023,
        source=Source(document=OCT_2023, section="15 CFR 734.9(h)", url=OCT_2023_URL),
    ),
    Nexus(
        id="fdp-entity-list",
        title="foreign direct product of US technology for an Entity List party with a footnote",
        when=made_with("US")
        & ~origin("US")
        & ~exporter("US")
        & listed("entity_list", "fn1", "fn4"),
        effective=D_2022_FDP,
        source=Source(document=OCT_2022, section="15 CFR 734.9(e)(1)-(2)", url=OCT_2022_URL),
        note="Footnote 1 (Huawei) dates from 2020; the model starts it with the 2022 rule.",
    ),
    Nexus(
        id="us-person",
        title="activity of a US person",
        when=persons("US"),
        effective=D_2022_PERSONS,
        source=Source(document=OCT_2022, section="15 CFR 744.6(c)(2)", url=OCT_2022_URL),
    ),
)

# --------------------------------------------------------------------------- examples


def _tx(day: str, src: str, dst: str, name: str, kind_: str, **item: object) -> Transaction:
    end_user = item.pop("end_user", None)
    uses = item.pop("end_use", ())
    people = item.pop("persons", ())
    return Transaction.model_validate(
        {
            "date": day,
            "exporter": src,
            "destination": dst,
            "end_user": end_user,
            "end_use": uses,
            "persons": people,
            "item": {"kind": kind_, "name": name, **item},
        }
    )


A100 = {
    "params": {"tpp": 4992, "bidirectional_transfer_rate_gbps": 600, "die_area_mm2": 826},
    "flags": ["datacenter"],
}
A800 = {
    "params": {"tpp": 4992, "bidirectional_transfer_rate_gbps": 400, "die_area_mm2": 826},
    "flags": ["datacenter"],
}
H20 = {
    "params": {"tpp": 2368, "bidirectional_transfer_rate_gbps": 900, "die_area_mm2": 814},
    "flags": ["datacenter"],
}

# --------------------------------------------------------------------------- rules

RULES = (
    Rule(
        id="US-3A090",
        title="Advanced computing ICs and computers to China (3A090/4A090, 2022 thresholds)",
        when=AC_KINDS & ECCN_3A090_2022 & destination(groups=("China+Macau",)),
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
                transaction=_tx("2022-11-01", "US", "CN", "A100", "ic.accelerator", **A100),
                outcome=Outcome.LICENSE_REQUIRED,
                source="Nvidia 8-K of 31 Aug 2022; 87 FR 62186",
            ),
            Example(
                title="Nvidia A800 (interconnect cut to 400 GB/s) to China",
                transaction=_tx("2022-11-01", "US", "CN", "A800", "ic.accelerator", **A800),
                outcome=Outcome.NO_LICENSE_REQUIRED,
                source="heise; SemiAnalysis: the A800 was designed under the 2022 AND-test",
            ),
            Example(
                title="Boundary: exactly 4800 TPP and 600 GB/s is controlled ('or more')",
                transaction=_tx(
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
                transaction=_tx(
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
                title="A100 made in Taiwan with US technology, shipped to China (FDP)",
                transaction=_tx(
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
                title="A100 to Macau before Macau was added (17 Jan 2023)",
                transaction=_tx("2023-01-16", "US", "MO", "A100", "ic.accelerator", **A100),
                outcome=Outcome.NO_LICENSE_REQUIRED,
                source="Mondaq on 88 FR 2821",
            ),
            Example(
                title="A100 to Macau after Macau was added",
                transaction=_tx("2023-01-17", "US", "MO", "A100", "ic.accelerator", **A100),
                outcome=Outcome.LICENSE_REQUIRED,
                source="88 FR 2821",
            ),
        ),
    ),
    Rule(
        id="US-3A090.a",
        title="Advanced computing ICs and computers, 3A090.a (2023 thresholds)",
        when=AC_KINDS & ECCN_3A090_A_2023 & ~NOTE_2_EXCLUDED & AC_DESTINATIONS_2023,
        outcome=Outcome.LICENSE_REQUIRED,
        review="presumption of denial",
        nexus=ITEM_NEXUS,
        effective=D_2023,
        carveouts=(
            Carveout(
                id="NAC",
                title="License Exception NAC (Notified Advanced Computing), 25-day notification",
                when=~flag("datacenter") & (TPP >= 4800),
                outcome=Outcome.LICENSE_REQUIRED,
                effective=D_2023,
                source=Source(document=OCT_2023, section="15 CFR 740.8", url=OCT_2023_URL),
                note="Exports to D:5 and Macau must be notified 25 days ahead and cleared.",
            ),
        ),
        source=Source(
            document=OCT_2023,
            section="15 CFR 742.6(a)(6)(iii); ECCN 3A090.a, 4A090.a",
            url=OCT_2023_URL,
        ),
        simplification="The destination-dependent review policy (approval for D:1/D:4 unless the"
        " end user is headquartered in D:5 or Macau) is summarised as presumption of denial.",
        examples=(
            Example(
                title="Nvidia A800 to China after the 2023 update",
                transaction=_tx("2023-12-01", "US", "CN", "A800", "ic.accelerator", **A800),
                outcome=Outcome.LICENSE_REQUIRED,
                source="88 FR 73458; Nvidia 8-K of 24 Oct 2023",
            ),
            Example(
                title="Nvidia H100 to Saudi Arabia (D:4, newly covered in 2023)",
                transaction=_tx(
                    "2023-12-01",
                    "US",
                    "SA",
                    "H100",
                    "ic.accelerator",
                    params={"tpp": 15832, "die_area_mm2": 814},
                    flags=["datacenter"],
                ),
                outcome=Outcome.LICENSE_REQUIRED,
                source="Nvidia 8-K quoted by VideoCardz",
            ),
            Example(
                title="Nvidia H20 (TPP 2368, PD 2.91) designed under the 2023 thresholds",
                transaction=_tx("2024-06-01", "US", "CN", "H20", "ic.accelerator", **H20),
                outcome=Outcome.NO_LICENSE_REQUIRED,
                source="Tom's Hardware; TweakTown",
            ),
            Example(
                title="Boundary: performance density exactly 5.92 with TPP 1600 is 3A090.a",
                transaction=_tx(
                    "2023-12-01",
                    "US",
                    "CN",
                    "boundary chip",
                    "ic.accelerator",
                    params={"tpp": 1600, "performance_density": 5.92},
                    flags=["datacenter"],
                ),
                outcome=Outcome.LICENSE_REQUIRED,
            ),
            Example(
                title="RTX 4090 (gaming, TPP 5285) to China: NAC needs notification",
                transaction=_tx(
                    "2023-12-01",
                    "US",
                    "CN",
                    "RTX 4090",
                    "ic.accelerator",
                    params={"tpp": 5285},
                    flags=["consumer"],
                ),
                outcome=Outcome.LICENSE_REQUIRED,
                source="Fudzilla; WinBuzzer",
            ),
            Example(
                title="RTX 4090D (gaming, TPP about 4707) to China: Note 2 excludes it",
                transaction=_tx(
                    "2024-01-15",
                    "US",
                    "CN",
                    "RTX 4090D",
                    "ic.accelerator",
                    params={"tpp": 4707},
                    flags=["consumer"],
                ),
                outcome=Outcome.NO_LICENSE_REQUIRED,
                source="tomshw.it",
            ),
        ),
    ),
    Rule(
        id="US-3A090.b",
        title="Advanced computing ICs and computers, 3A090.b (2023 thresholds)",
        when=AC_KINDS
        & ECCN_3A090_B_2023
        & ~ECCN_3A090_A_2023
        & ~NOTE_2_EXCLUDED
        & AC_DESTINATIONS_2023,
        outcome=Outcome.LICENSE_REQUIRED,
        review="presumption of denial",
        nexus=ITEM_NEXUS,
        effective=D_2023,
        carveouts=(
            Carveout(
                id="NAC",
                title="License Exception NAC for 3A090.b datacenter items: no licence to D:1/D:4"
                " outside D:5 and Macau; 25-day notification to D:5 and Macau",
                when=flag("datacenter") & ~destination("MO", groups=("D:5",)),
                outcome=Outcome.NO_LICENSE_REQUIRED,
                effective=D_2023,
                source=Source(document=OCT_2023, section="15 CFR 740.8", url=OCT_2023_URL),
            ),
            Carveout(
                id="NAC-notified",
                title="License Exception NAC with 25-day notification (D:5 and Macau)",
                when=flag("datacenter") & destination("MO", groups=("D:5",)),
                outcome=Outcome.LICENSE_REQUIRED,
                effective=D_2023,
                source=Source(document=OCT_2023, section="15 CFR 740.8", url=OCT_2023_URL),
            ),
        ),
        source=Source(
            document=OCT_2023,
            section="15 CFR 742.6(a)(6)(iii); ECCN 3A090.b, 4A090.b",
            url=OCT_2023_URL,
        ),
        examples=(
            Example(
                title="Nvidia L40 (TPP 2896, PD 4.76, datacenter) to China",
                transaction=_tx(
                    "2023-12-01",
                    "US",
                    "CN",
                    "L40",
                    "ic.accelerator",
                    params={"tpp": 2896, "die_area_mm2": 608.5},
                    flags=["datacenter"],
                ),
                outcome=Outcome.LICENSE_REQUIRED,
                source="mullet.se spec table",
            ),
            Example(
                title="Nvidia L40 to Vietnam (D:1, not D:5): NAC without notification",
                transaction=_tx(
                    "2023-12-01",
                    "US",
                    "VN",
                    "L40",
                    "ic.accelerator",
                    params={"tpp": 2896, "die_area_mm2": 608.5},
                    flags=["datacenter"],
                ),
                outcome=Outcome.NO_LICENSE_REQUIRED,
                fires=True,
            ),
        ),
    ),
    Rule(
        id="US-744.23(a)(3)",
        title="Advanced computing items for parties headquartered in D:5 or Macau, anywhere",
        when=AC_KINDS
        & ECCN_3A090_2023
        & headquarters("MO", groups=("D:5",))
        & ~destination(groups=("D:1", "D:4", "D:5")),
        outcome=Outcome.LICENSE_REQUIRED,
        review="presumption of denial",
        nexus=ITEM_NEXUS,
        effective=D_2023,
        source=Source(document=OCT_2023, section="15 CFR 744.23(a)(3)", url=OCT_2023_URL),
        examples=(
            Example(
                title="H100 to a German subsidiary of a Chinese cloud firm",
                transaction=Transaction.model_validate(
                    {
                        "date": "2024-02-01",
                        "exporter": "US",
                        "destination": "DE",
                        "end_user": {
                            "name": "Tencent subsidiary in Germany",
                            "country": "DE",
                            "headquarters": "CN",
                        },
                        "item": {
                            "kind": "ic.accelerator",
                            "name": "H100",
                            "params": {"tpp": 15832, "die_area_mm2": 814},
                            "flags": ["datacenter"],
                        },
                    }
                ),
                outcome=Outcome.LICENSE_REQUIRED,
                source="CSET, 'A Bigger Yard, A Higher Fence' (4 Dec 2023)",
            ),
        ),
    ),
    Rule(
        id="US-744.23-supercomputer",
        title="Items for a supercomputer end use in China",
        when=kind("ic", "computer")
        & end_use("supercomputer")
        & destination(groups=("China+Macau",)),
        outcome=Outcome.LICENSE_REQUIRED,
        review="presumption of denial",
        nexus=ITEM_NEXUS,
        effective=D_2022,
        source=Source(document=OCT_2022, section="15 CFR 744.23(a)(1)", url=OCT_2022_URL),
        simplification="The rule reaches any item subject to the EAR; the model applies it to"
        " ICs and computers.",
    ),
    Rule(
        id="US-744.23-fab",
        title="Items for IC development or production at an advanced-node fab in China",
        when=kind("sme", "software.eda", "technology")
        & end_use("advanced_node_fab")
        & destination(groups=("China+Macau",)),
        outcome=Outcome.LICENSE_REQUIRED,
        review="presumption of denial (case-by-case for multinational-owned fabs)",
        nexus=ITEM_NEXUS,
        effective=D_2022,
        source=Source(document=OCT_2022, section="15 CFR 744.23(a)(2)", url=OCT_2022_URL),
        simplification="The rule reaches items on the Commerce Control List; the model applies"
        " it to equipment, EDA software and technology.",
        examples=(
            Example(
                title="US etch tool for SMIC's advanced-node fab",
                transaction=_tx(
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
                transaction=_tx(
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
                transaction=_tx(
                    "2023-01-10", "US", "CN", "deposition tool", "sme.deposition", end_user="YMTC"
                ),
                outcome=Outcome.LICENSE_REQUIRED,
                source="Export Compliance Daily, 16 Dec 2022",
            ),
        ),
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
        "Country Group membership follows 15 CFR Part 740, Supplement No. 1 as of 2023 and is"
        " not dated.",
    ),
)

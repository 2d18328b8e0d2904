"""United States: how the EAR reach a transaction (15 CFR 734).

Exports from the United States, re-exports of US-origin items, foreign-made items with more
than de minimis US content (0% for certain lithography bound for advanced-node fabs),
foreign direct products of US technology (advanced computing, supercomputers, chip-making
equipment, Entity List parties with a footnote), items named in is-informed letters, and
the activities of US persons. Renting capacity on an item that stays where it is (remote
access) reaches nothing.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from policy.model.conditions import (
    TPP,
    Condition,
    channel,
    content,
    end_use,
    exporter,
    flag,
    listed,
    made_with,
    origin,
    persons,
)
from policy.model.rules import Source
from policy.regimes._rules import nexus, rule
from policy.regimes.us.groups import (
    AC_DESTINATIONS_2023,
    CHINA,
    D5_OR_MACAU,
    H20_DESTINATIONS,
    HQ_D5_OR_MACAU,
    INFORMED_2022_DESTINATIONS,
)
from policy.regimes.us.scopes import (
    AC_KINDS,
    AC_SCOPE_2022,
    AC_SCOPE_2023,
    ACCELERATOR_KINDS,
    ECCN_3A090_2022,
    ECCN_3A090_C,
    H20_CLASS,
    LITHO_2023_ADVANCED_FAB,
    SME_FDP_KINDS,
)
from policy.regimes.us.sources import (
    AFFILIATES_2025,
    AFFILIATES_SUSPENSION,
    D_2022,
    D_2022_FDP,
    D_2022_PERSONS,
    D_2023,
    D_2024_COMPLIANCE,
    D_2025_AFFILIATES,
    D_2025_H20,
    D_2025_SUSPENDED,
    D_2026_RESUMED,
    DEC_2024,
    HUAWEI_2020,
    INFORMED_2022,
    NOTICE_2023,
    OCT_2022,
    OCT_2023,
    SME_2023,
    cite,
)

#: The nexus ids of an item subject to the EAR: what the licence requirements bind.
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
#: The item nexus, and the items an is-informed letter names.
INFORMED_NEXUS = (*ITEM_NEXUS, "is-informed")

#: A licence requirement of the EAR: it binds items subject to the EAR (reached by
#: :data:`ITEM_NEXUS`) and is reviewed under a presumption of denial, unless the rule says
#: otherwise. ``partial`` adds no stack frame, so the rule still records the line that calls
#: ``ear_rule``.
ear_rule = partial(rule, review="presumption of denial", nexus=ITEM_NEXUS)

#: Neither made in nor shipped from the United States.
FOREIGN_MADE: Condition = ~origin("US") & ~exporter("US")
#: A foreign direct product of US technology or tools.
FOREIGN_DIRECT_PRODUCT: Condition = made_with("US") & FOREIGN_MADE
#: A US-origin item abroad, or a foreign direct product: what an is-informed letter reaches.
INFORMED_ITEM: Condition = (origin("US") | made_with("US")) & FOREIGN_MADE
#: For an Entity List party with footnote 1 or 4 (the FDP rule of §734.9(e)).
FDP_LISTED: Condition = FOREIGN_DIRECT_PRODUCT & listed("entity_list", "fn1", "fn4")
#: The same, or for an entity 50% or more owned by such parties (the affiliates rule).
FDP_LISTED_OR_OWNED: Condition = FOREIGN_DIRECT_PRODUCT & listed(
    "entity_list", "fn1", "fn4", min_share=50
)
_EAR_1996 = date(1996, 3, 25)
_H20_LETTER = (
    "BIS is-informed letter to Nvidia of 9 Apr 2025, confirmed 14 Apr 2025"
    " (Nvidia Form 8-K, 15 Apr 2025)"
)

_REACH_AS_WRITTEN = (
    nexus(
        "us-territory",
        "export from the United States",
        exporter("US"),
        effective=_EAR_1996,
        source=Source(document="15 CFR 734.3(a)(1)", section="items in the United States"),
    ),
    nexus(
        "us-origin",
        "re-export or transfer of a US-origin item",
        origin("US") & ~exporter("US"),
        effective=_EAR_1996,
        source=Source(document="15 CFR 734.3(a)(2)", section="US-origin items wherever located"),
    ),
    nexus(
        "us-de-minimis",
        "foreign-made item with more than de minimis US-controlled content",
        content("US", ">", 25) & FOREIGN_MADE,
        effective=_EAR_1996,
        source=Source(document="15 CFR 734.4", section="de minimis US content (25%)"),
        note="The 10% level for Country Group E:1/E:2 destinations is not modelled.",
    ),
    nexus(
        "de-minimis-0-lithography",
        "foreign-made immersion lithography with any US content, for an advanced-node fab"
        " in Macau or D:5 (0% de minimis)",
        (content("US", ">", 0) | made_with("US"))
        & FOREIGN_MADE
        & LITHO_2023_ADVANCED_FAB
        & (end_use("advanced_node_fab") | listed("us_advanced_fabs"))
        & D5_OR_MACAU,
        effective=D_2023,
        source=cite(
            SME_2023,
            "15 CFR 734.4 (no de minimis level for certain lithography equipment bound"
            " for advanced-node IC production)",
        ),
        note="ASML's DUV light sources are made by its US subsidiary Cymer, so ASML scanners"
        " carry US content.",
    ),
    nexus(
        "fdp-734.9(h)",
        "foreign direct product of US technology: advanced computing",
        FOREIGN_DIRECT_PRODUCT & AC_KINDS & AC_SCOPE_2022 & CHINA,
        effective=D_2022_FDP,
        end=D_2023,
        source=cite(OCT_2022, "15 CFR 734.9(h)"),
    ),
    nexus(
        "fdp-734.9(h)",
        "foreign direct product of US technology: advanced computing",
        (
            FOREIGN_DIRECT_PRODUCT
            & AC_KINDS
            & AC_SCOPE_2023
            & (AC_DESTINATIONS_2023 | HQ_D5_OR_MACAU)
        ),
        effective=D_2023,
        end=D_2024_COMPLIANCE,
        source=cite(OCT_2023, "15 CFR 734.9(h)"),
    ),
    nexus(
        "fdp-734.9(h)",
        "foreign direct product of US technology: advanced computing, with HBM",
        (
            FOREIGN_DIRECT_PRODUCT
            & (
                (AC_KINDS & AC_SCOPE_2023 & (AC_DESTINATIONS_2023 | HQ_D5_OR_MACAU))
                | (ECCN_3A090_C & (D5_OR_MACAU | HQ_D5_OR_MACAU))
            )
        ),
        effective=D_2024_COMPLIANCE,
        source=cite(DEC_2024, "15 CFR 734.9(h)"),
        note="The December 2024 rule brought 3A090.c (HBM) into the advanced-computing FDP"
        " rule; compliance date 31 Dec 2024.",
    ),
    nexus(
        "fdp-734.9(i)",
        "foreign direct product of US technology for a supercomputer in China or Macau",
        FOREIGN_DIRECT_PRODUCT & end_use("supercomputer") & CHINA,
        effective=D_2022_FDP,
        source=cite(OCT_2022, "15 CFR 734.9(i)"),
        note="Macau joined the end-use scope on 17 Jan 2023 (88 FR 2821). Whether the 2023"
        " update widened it to D:5, as it did §744.23(a)(1), was not confirmed from the rule"
        " text, so the model keeps China and Macau.",
    ),
    nexus(
        "fdp-734.9(k)",
        "foreign direct product of US technology: semiconductor manufacturing equipment"
        " for Macau or D:5",
        FOREIGN_DIRECT_PRODUCT & SME_FDP_KINDS & D5_OR_MACAU & ~exporter("JP", "NL"),
        effective=D_2024_COMPLIANCE,
        source=cite(DEC_2024, "15 CFR 734.9(k)"),
        note="Exports from Japan and the Netherlands are left out as a stated assumption"
        " (reported exemption of countries with equivalent controls).",
    ),
    nexus(
        "fdp-entity-list",
        "foreign direct product of US technology for Huawei (footnote 1 of the Entity List)",
        FOREIGN_DIRECT_PRODUCT & listed("entity_list", "fn1"),
        effective=date(2020, 8, 17),
        end=D_2022_FDP,
        source=cite(
            HUAWEI_2020,
            "15 CFR 736.2(b)(3)(vi) and 744.11(a)(2); footnote 1 to Supplement No. 4 to Part 744",
        ),
        note="The May 2020 rule (85 FR 29849) reached a narrower set of products from 15 May"
        " 2020; the model starts the footnote with the August 2020 rule, which reached every"
        " foreign-produced item of US technology for a footnote 1 party.",
    ),
    nexus(
        "fdp-entity-list",
        "foreign direct product of US technology for an Entity List party with a footnote",
        FDP_LISTED,
        effective=D_2022_FDP,
        end=D_2025_AFFILIATES,
        source=cite(OCT_2022, "15 CFR 734.9(e)(1)-(2)"),
    ),
    nexus(
        "fdp-entity-list",
        "foreign direct product of US technology for an Entity List party with a footnote,"
        " or an entity 50% owned by such parties",
        FDP_LISTED_OR_OWNED,
        effective=D_2025_AFFILIATES,
        end=D_2025_SUSPENDED,
        source=cite(AFFILIATES_2025, "15 CFR 734.9(e)"),
    ),
    nexus(
        "fdp-entity-list",
        "foreign direct product of US technology for an Entity List party with a footnote"
        " (affiliates rule suspended)",
        FDP_LISTED,
        effective=D_2025_SUSPENDED,
        end=D_2026_RESUMED,
        source=cite(AFFILIATES_SUSPENSION, "15 CFR 734.9(e)"),
    ),
    nexus(
        "fdp-entity-list",
        "foreign direct product of US technology for an Entity List party with a footnote,"
        " or an entity 50% owned by such parties (suspension over)",
        FDP_LISTED_OR_OWNED,
        effective=D_2026_RESUMED,
        source=cite(AFFILIATES_2025, "15 CFR 734.9(e)"),
        note="The suspension runs to 9 Nov 2026; absent further action the rule applies again.",
    ),
    nexus(
        "is-informed",
        "Nvidia ICs named in the 26 Aug 2022 is-informed letter",
        INFORMED_ITEM & AC_KINDS & ECCN_3A090_2022 & INFORMED_2022_DESTINATIONS,
        effective=date(2022, 8, 26),
        end=D_2022,
        source=cite(INFORMED_2022, "15 CFR 744.21(b)"),
    ),
    nexus(
        "is-informed",
        "datacenter ICs of TPP 4800 or more named in the 23 Oct 2023 notice to Nvidia",
        INFORMED_ITEM & AC_KINDS & flag("datacenter") & (TPP >= 4800) & AC_DESTINATIONS_2023,
        effective=date(2023, 10, 23),
        end=D_2023,
        source=cite(NOTICE_2023, "88 FR 73458 made effective at once for the listed products"),
    ),
    nexus(
        "is-informed",
        "H20-class ICs named in the 9 Apr 2025 is-informed letter",
        INFORMED_ITEM & ACCELERATOR_KINDS & H20_CLASS & H20_DESTINATIONS,
        effective=D_2025_H20,
        source=cite(_H20_LETTER, "15 CFR 744.23(b)"),
    ),
    nexus(
        "us-person",
        "activity of a US person",
        persons("US"),
        effective=D_2022_PERSONS,
        source=cite(OCT_2022, "15 CFR 744.6(c)(2)"),
    ),
)

#: Renting capacity on an item that stays where it is (cloud GPUs) is not an export,
#: re-export or transfer of that item: the item nexus of the EAR needs a shipment or
#: transmission.
_SHIPPED: Condition = ~channel("remote_access")

REACH = (
    *(
        n.model_copy(update={"when": n.when & _SHIPPED}) if n.id in INFORMED_NEXUS else n
        for n in _REACH_AS_WRITTEN
    ),
    nexus(
        "us-remote-access",
        "remote use of a US-located, US-origin or US-technology item (not an export)",
        channel("remote_access") & (exporter("US") | origin("US") | made_with("US")),
        effective=_EAR_1996,
        source=Source(
            document="15 CFR 734.13-734.14",
            section="export and re-export are shipments or transmissions out of a country",
        ),
        note="No licence requirement attaches to remote access (infrastructure as a service)"
        " in the period modelled; the Remote Access Security Act's status is not confirmed.",
    ),
)

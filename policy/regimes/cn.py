"""China: export controls on critical minerals under the Export Control Law (2020).

MOFCOM and the General Administration of Customs announced licence requirements for
gallium and germanium (from 1 Aug 2023), graphite (1 Dec 2023), and antimony and superhard
materials (15 Sep 2024). On 3 Dec 2024 Announcement No. 46 barred exports of dual-use items
to US military users and uses, and in principle barred exports of gallium, germanium,
antimony and superhard materials to the United States; its second clause was suspended on
9 Nov 2025 until 27 Nov 2026. The licences are not bans: MOFCOM granted the first gallium
and germanium licences by September 2023.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from policy.model.conditions import (
    PURITY,
    Condition,
    destination,
    end_use,
    exporter,
    flag,
    kind,
    origin,
)
from policy.model.decisions import Outcome
from policy.model.regimes import Modelled, Regime
from policy.model.rules import Source
from policy.regimes import cases
from policy.regimes._rules import nexus, rule

LAW = "Export Control Law of the People's Republic of China (2020)"
GA_GE = (
    "MOFCOM/GAC Announcement No. 23 of 2023 (关于对镓、锗相关物项实施出口管制的公告),"
    " issued 3 Jul 2023"
)
GA_GE_URL = "http://www.mofcom.gov.cn/article/zwgk/gkzcfb/202307/20230703419666.shtml"
D_GA_GE = date(2023, 8, 1)
GRAPHITE = (
    "MOFCOM/GAC announcement of 20 Oct 2023 on graphite items (announcement number not confirmed)"
)
D_GRAPHITE = date(2023, 12, 1)
ANTIMONY = "MOFCOM/GAC Announcement No. 33 of 2024, issued 15 Aug 2024"
D_ANTIMONY = date(2024, 9, 15)
NO_46 = "MOFCOM Announcement No. 46 of 2024 (3 Dec 2024), on dual-use exports to the US"
D_US_BAN = date(2024, 12, 3)
SUSPENSION = (
    "MOFCOM announcement of 9 Nov 2025 suspending clause 2 of Announcement No. 46 of 2024"
    " until 27 Nov 2026"
)
D_SUSPENDED = date(2025, 11, 9)
D_SUSPENSION_ENDS = date(2026, 11, 27)

BANNED_FOR_US = kind(
    "material.gallium", "material.germanium", "material.antimony", "material.superhard"
)
DUAL_USE_MATERIALS = kind(
    "material.gallium",
    "material.germanium",
    "material.graphite",
    "material.antimony",
    "material.superhard",
)
#: Graphite items: natural flake graphite and its products (spherical, expanded), and
#: synthetic graphite of more than 99.9% purity. Graphite not flagged synthetic is taken to
#: be natural.
CONTROLLED_GRAPHITE: Condition = kind("material.graphite") & ~(flag("synthetic") & ~(PURITY > 99.9))

_REVIEW = (
    "MOFCOM licence with end-user and end-use certificates; significant cases to the State Council"
)

#: A MOFCOM licence requirement for a listed material.
mofcom_licence = partial(rule, review=_REVIEW)

_US_BAN_SOURCE = Source(document=NO_46, section="clause 2")
_US_BAN_TITLE = (
    "Gallium, germanium, antimony and superhard materials to the United States: in principle"
    " not permitted"
)

RULES = (
    mofcom_licence(
        "CN-2023-23-gallium-germanium",
        "Gallium and germanium items (metal, compounds, wafers and precursors)",
        kind("material.gallium", "material.germanium"),
        effective=D_GA_GE,
        source=Source(
            document=GA_GE, section="items 1-2; Export Control Law Art. 12", url=GA_GE_URL
        ),
        simplification="Every gallium or germanium item counts as one of the listed metals,"
        " compounds, substrates and precursors.",
        examples=cases.CN_GALLIUM_GERMANIUM,
    ),
    mofcom_licence(
        "CN-2023-graphite",
        "Graphite: natural flake graphite and products; synthetic graphite of more than"
        " 99.9% purity",
        CONTROLLED_GRAPHITE,
        effective=D_GRAPHITE,
        source=Source(document=GRAPHITE, section="items 1-2; Export Control Law Art. 12"),
        simplification="Graphite not flagged synthetic is taken to be natural flake graphite;"
        " for synthetic graphite only the purity test (more than 99.9%) is modelled, not the"
        " strength (more than 30 MPa) and density (more than 1.73 g/cm³) tests.",
        examples=cases.CN_GRAPHITE,
    ),
    mofcom_licence(
        "CN-2024-33-antimony-superhard",
        "Antimony items and superhard materials",
        kind("material.antimony", "material.superhard"),
        effective=D_ANTIMONY,
        source=Source(document=ANTIMONY, section="items 1-2; Export Control Law Art. 12"),
        simplification="Every antimony or superhard-material item counts as a listed one (the"
        " purity thresholds for oxides and organo-antimony are not modelled).",
        examples=cases.CN_ANTIMONY,
    ),
    rule(
        "CN-2024-46-us-ban",
        _US_BAN_TITLE,
        BANNED_FOR_US & destination("US"),
        outcome=Outcome.PROHIBITED,
        review="in principle not permitted",
        effective=D_US_BAN,
        end=D_SUSPENDED,
        source=_US_BAN_SOURCE,
        examples=cases.CN_US_BAN,
    ),
    rule(
        "CN-2024-46-us-ban",
        _US_BAN_TITLE + " (after the suspension ends)",
        BANNED_FOR_US & destination("US"),
        outcome=Outcome.PROHIBITED,
        review="in principle not permitted",
        effective=D_SUSPENSION_ENDS,
        source=Source(document=f"{NO_46}; {SUSPENSION}", section="clause 2"),
        note="The suspension runs until 27 Nov 2026; the model lets the clause apply again from"
        " that day unless it is extended.",
    ),
    rule(
        "CN-2024-46-us-military",
        "Dual-use items for US military users or uses: not permitted",
        DUAL_USE_MATERIALS & destination("US") & end_use("military"),
        outcome=Outcome.PROHIBITED,
        review="not permitted",
        effective=D_US_BAN,
        route_only=True,
        source=Source(document=NO_46, section="clause 1"),
        simplification="Only the critical materials the model knows are listed as dual-use items.",
        examples=cases.CN_US_MILITARY,
    ),
    rule(
        "CN-2024-46-graphite-us",
        "Graphite to the United States: stricter end-user and end-use review",
        CONTROLLED_GRAPHITE & destination("US"),
        review="stricter end-user and end-use review",
        effective=D_US_BAN,
        source=Source(document=NO_46, section="clause 2 (graphite)"),
        examples=cases.CN_GRAPHITE_US,
    ),
)

REACH = (
    nexus(
        "cn-export",
        "export from China",
        exporter("CN"),
        effective=date(2020, 12, 1),
        source=Source(document=LAW, section="Art. 2 (export control of controlled items)"),
        note="Hong Kong and Macau are separate customs territories and are not modelled as"
        " China here.",
    ),
    nexus(
        "cn-origin-to-us",
        "transfer of Chinese-origin gallium, germanium, antimony or superhard materials"
        " from a third country to the United States",
        origin("CN") & ~exporter("CN") & BANNED_FOR_US & destination("US"),
        effective=D_US_BAN,
        end=D_SUSPENDED,
        source=Source(document=NO_46, section="third-country transfers of Chinese-origin items"),
    ),
    nexus(
        "cn-origin-to-us",
        "transfer of Chinese-origin gallium, germanium, antimony or superhard materials"
        " from a third country to the United States (after the suspension ends)",
        origin("CN") & ~exporter("CN") & BANNED_FOR_US & destination("US"),
        effective=D_SUSPENSION_ENDS,
        source=Source(document=f"{NO_46}; {SUSPENSION}", section="third-country transfers"),
    ),
)

REGIME = Regime(
    jurisdiction="CN",
    name="China: export controls on critical minerals (MOFCOM)",
    summary="Licence requirements for gallium, germanium, graphite, antimony and superhard"
    " materials, and from 3 Dec 2024 to 9 Nov 2025 a ban on exports of gallium, germanium,"
    " antimony and superhard materials to the United States.",
    reach=REACH,
    rules=RULES,
    assumptions=(
        "Announcement No. 46 says organisations and individuals of any country that transfer"
        " Chinese-origin gallium, germanium, antimony or superhard materials to the US in"
        " breach will be held liable; the model reads this as reach over such third-country"
        " transfers while the ban is in force.",
        "The suspension of clause 2 of Announcement No. 46 is taken to run from 9 Nov 2025"
        " (the announcement date) until 27 Nov 2026; the clause applies again from that day"
        " in the model.",
        "The general licences for US end users announced with the suspension, and the rare-earth"
        " measures of 9 Oct 2025, are not modelled.",
    ),
    models=(
        Modelled(
            kinds=(
                "material.antimony",
                "material.gallium",
                "material.germanium",
                "material.graphite",
                "material.superhard",
            ),
            note="MOFCOM's dual-use list beyond these critical minerals (including chips and"
            " equipment) is not modelled.",
        ),
    ),
)

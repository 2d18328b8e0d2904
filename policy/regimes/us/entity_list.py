"""United States: the Entity List (15 CFR Part 744, Supplement No. 4) and the rules that turn
on it (§744.11, and the affiliates rule of 29 Sep 2025 with its suspension).

The list is a data table: one batch per Federal Register listing (the day it took effect,
its source, its footnote tags), one row per party (id, country, full legal name, and the
other names in common use). :func:`entries` turns a batch into the parties and their
listings. Parties the rules name without listing them (the Chinese cloud firms whose
headquarters §744.23(a)(3) follows) are in :data:`UNLISTED`.
"""

from __future__ import annotations

from datetime import date

from policy.model.conditions import Condition, listed
from policy.model.parties import Listing, Party, PartyList
from policy.model.rules import Source
from policy.model.transactions import Owner
from policy.regimes import cases
from policy.regimes.us.reach import ear_rule
from policy.regimes.us.sources import (
    AFFILIATES_2025,
    AFFILIATES_2025_URL,
    AFFILIATES_SUSPENSION,
    D_2025_AFFILIATES,
    D_2025_SUSPENDED,
    D_2026_RESUMED,
    cite,
)

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
GPU_DEVELOPERS_2023 = "88 FR 71991 (17 Oct 2023), FR Doc 2023-23048"

#: A party of the table: id, country, full legal name, and its aliases if it has any; a
#: party with a note or owners is written as a :class:`Party`.
Row = tuple[str, str, str] | tuple[str, str, str, tuple[str, ...]] | Party


def _party(row: Row) -> Party:
    if isinstance(row, Party):
        return row
    pid, country, name, *aliases = row
    return Party(id=pid, name=name, country=country, aliases=aliases[0] if aliases else ())


def entries(
    start: str, source: str, *rows: Row, tags: tuple[str, ...] = ()
) -> tuple[tuple[Party, Listing], ...]:
    """The parties of one listing, each with its entry: listed from ``start`` (the day the
    listing took effect) on ``source``, with the footnote ``tags``."""
    on = date.fromisoformat(start)
    return tuple(
        (p, Listing(party=p.id, start=on, tags=tags, source=source)) for p in map(_party, rows)
    )


# fmt: off
ENTRIES = (
    *entries("2015-02-18", NUDT_2015,
        ("NUDT", "CN", "National University of Defense Technology",
         ("Hunan Guofang Keji University",))),
    *entries("2019-05-16", "84 FR 22961", ("Huawei", "CN", "Huawei Technologies Co., Ltd."),
             tags=("fn1",)),
    *entries("2019-06-24", SUPERCOMPUTING_2019,
        ("Sugon", "CN", "Dawning Information Industry Co., Ltd.",
         ("Dawning", "Dawning Information Industry", "Shuguang", "Sugon Information Industry",
          "Zhongke Shuguang")),
        ("Higon", "CN", "Higon Information Technology Co., Ltd.",
         ("THATIC", "Tianjin Haiguang Advanced Technology Investment")),
        ("Hygon", "CN", "Chengdu Haiguang Integrated Circuit Design Co., Ltd.",
         ("Chengdu Haiguang Integrated Circuit",)),
        ("JICT", "CN", "Wuxi Jiangnan Institute of Computing Technology",
         ("Jiangnan Institute of Computing Technology",))),
    *entries("2019-10-09", SURVEILLANCE_2019,
        ("Hikvision", "CN", "Hangzhou Hikvision Digital Technology Co., Ltd."),
        ("Dahua", "CN", "Zhejiang Dahua Technology Co., Ltd."),
        ("iFLYTEK", "CN", "iFLYTEK Co., Ltd.")),
    # SMIC's own entry names ten subsidiaries, SMIC Beijing among them.
    *entries("2020-12-18", SMIC_2020,
        ("SMIC", "CN", "Semiconductor Manufacturing International Corporation"),
        Party(id="SMIC Beijing",
              name="Semiconductor Manufacturing International (Beijing) Corporation",
              country="CN", owners=(Owner(party="SMIC", share=100),),
              note="A wholly owned SMIC subsidiary, named in SMIC's own Entity List entry of"
              " 18 Dec 2020."),
        ("SMIC Tianjin", "CN", "Semiconductor Manufacturing International (Tianjin) Corporation"),
        ("SMIC Shenzhen", "CN", "Semiconductor Manufacturing International (Shenzhen) Corporation"),
        ("SMIC Shanghai", "CN", "SMIC Semiconductor Manufacturing (Shanghai) Co., Ltd."),
        ("SMIC Holdings", "CN", "SMIC Holdings Limited"),
        ("SMSC", "CN", "Semiconductor Manufacturing South China Corporation"),
        ("SMNC", "CN", "SMIC Northern Integrated Circuit Manufacturing (Beijing) Co., Ltd."),
        ("SMIC Hong Kong", "HK", "SMIC Hong Kong International Company Limited"),
        ("SJ Semiconductor", "CN", "SJ Semiconductor Corporation"),
        ("NSI", "CN", "Ningbo Semiconductor International Corporation")),
    *entries("2021-04-08", SUPERCOMPUTING_2021,
        ("Phytium", "CN", "Tianjin Phytium Information Technology Co., Ltd.",
         ("Tianjin Phytium Information Technology",)),
        ("Sunway Microelectronics", "CN", "Shenzhen Sunway Micro-electronics Co., Ltd."),
        ("Shanghai High-Performance IC Design Center", "CN",
         "Shanghai High-Performance Integrated Circuit Design Center"),
        ("NSC Jinan", "CN", "National Supercomputing Center Jinan"),
        ("NSC Shenzhen", "CN", "National Supercomputing Center Shenzhen"),
        ("NSC Wuxi", "CN", "National Supercomputing Center Wuxi"),
        ("NSC Zhengzhou", "CN", "National Supercomputer Center Zhengzhou")),
    *entries("2022-12-16", "87 FR 77505 (16 Dec 2022): 36 entities added, YMTC among them",
        ("YMTC", "CN", "Yangtze Memory Technologies Co., Ltd.")),
    *entries("2022-12-16", DEC_2022_ENTITIES,
        ("SMEE", "CN", "Shanghai Micro Electronics Equipment (Group) Co., Ltd.",
         ("Shanghai Micro Electronics Equipment",))),
    *entries("2022-12-16", "87 FR 77505 (16 Dec 2022): 21 AI-chip entities with a footnote 4"
             " designation, Cambricon among them",
        ("Cambricon", "CN", "Cambricon Technologies Corporation Limited",
         ("Anhui Cambricon Information Technology Co., Ltd.",)),
        tags=("fn4",)),
    *entries("2023-03-02", MAR_2023_ENTITIES,
        Party(id="Inspur Group", name="Inspur Group Co., Ltd.", country="CN", aliases=("Inspur",),
              note="The listing named the group parent, not its server maker Inspur Electronic"
              " Information Industry Co., Ltd. (Reuters, 8 Mar 2023)."),
        ("Loongson", "CN", "Loongson Technology Corporation Limited")),
    *entries("2023-10-17", f"{GPU_DEVELOPERS_2023}: two GPU developers and their affiliates,"
             " 13 entities (names as publicly reported)",
        ("Biren", "CN", "Beijing Biren Technology Development Co., Ltd."), tags=("fn4",)),
    *entries("2023-10-17", f"{GPU_DEVELOPERS_2023} (names as publicly reported)",
        ("Moore Threads", "CN", "Moore Threads Intelligent Technology Co., Ltd."), tags=("fn4",)),
    *entries("2024-12-02", DEC_2024_ENTITIES,
        ("Piotech", "CN", "Piotech Inc.", ("Tuojing Technology",)),
        ("Skyverse", "CN", "Skyverse Technology Co., Ltd.")),
    *entries("2025-01-16", "90 FR 4621 (16 Jan 2025), FR Doc 2025-00480",
        ("Sophgo", "CN", "Sophgo Technologies Ltd.")),
)

#: Parties the rules and examples name that are not on the Entity List.
UNLISTED = (
    Party(id="CXMT", name="ChangXin Memory Technologies, Inc.", country="CN",
          note="Named in public reporting as a DRAM maker; not on the Entity List in the model."),
    # Chinese cloud and internet firms: not listed, but headquartered in China, so the
    # headquarters rule (§744.23(a)(3)) follows them to their subsidiaries abroad.
    Party(id="Tencent", name="Tencent Holdings Ltd.", country="CN"),
    Party(id="Alibaba", name="Alibaba Group Holding Ltd.", country="CN"),
    Party(id="ByteDance", name="ByteDance Ltd.", country="CN"),
    Party(id="Baidu", name="Baidu, Inc.", country="CN"),
)
# fmt: on

PARTIES = (*(p for p, _ in ENTRIES), *UNLISTED)

ENTITY_LIST = PartyList(
    id="entity_list",
    name="Entity List (15 CFR Part 744, Supplement No. 4)",
    listings=tuple(entry for _, entry in ENTRIES),
    source="15 CFR Part 744, Supplement No. 4",
)

# --------------------------------------------------------------------------- rules

ENTITY_LIST_RULE = ear_rule(
    "US-744.11-entity-list",
    "Any item subject to the EAR for a party on the Entity List",
    listed("entity_list"),
    effective=date(2008, 1, 1),
    route_only=True,
    source=Source(document="15 CFR 744.11", section="Supplement No. 4 to Part 744"),
    simplification="Entries whose licence requirement covers only some items are modelled"
    " as covering every item subject to the EAR.",
    examples=cases.US_ENTITY_LIST,
)

#: An entity 50% or more owned by listed parties that is not itself listed.
AFFILIATE: Condition = listed("entity_list", min_share=50) & ~listed("entity_list")
_AFFILIATE_REVIEW = "the most restrictive review policy of its listed owners"

AFFILIATES_RULE = ear_rule(
    "US-744.11-affiliates",
    "Any item subject to the EAR for an entity 50% or more owned by Entity List"
    " parties (affiliates rule)",
    AFFILIATE,
    review=_AFFILIATE_REVIEW,
    effective=D_2025_AFFILIATES,
    route_only=True,
    end=D_2025_SUSPENDED,
    source=cite(
        AFFILIATES_2025,
        "15 CFR 744.11 (affiliates: 50 per cent ownership, direct or indirect,"
        " individually or in aggregate)",
    ),
    simplification="Ownership by Military End-User List parties and by certain SDNs, and"
    " Temporary General License 7 (to 28 Nov 2025), are not modelled.",
    examples=cases.US_AFFILIATES,
)

AFFILIATES_RESUMED_RULE = ear_rule(
    "US-744.11-affiliates",
    "Any item subject to the EAR for an entity 50% or more owned by Entity List"
    " parties (affiliates rule, after its one-year suspension)",
    AFFILIATE,
    review=_AFFILIATE_REVIEW,
    effective=D_2026_RESUMED,
    route_only=True,
    source=Source(
        document=f"{AFFILIATES_2025}; {AFFILIATES_SUSPENSION}",
        section="15 CFR 744.11",
        url=AFFILIATES_2025_URL,
    ),
    note="The suspension runs from 10 Nov 2025 to 9 Nov 2026; the model lets the rule apply"
    " again from 10 Nov 2026 unless amended.",
)

#: The rules of this module.
RULES = (
    ENTITY_LIST_RULE,
    AFFILIATES_RULE,
    AFFILIATES_RESUMED_RULE,
)

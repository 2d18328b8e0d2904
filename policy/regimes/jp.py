"""Japan: the Foreign Exchange and Foreign Trade Act (FEFTA) and its ordinances.

METI amended the Goods Ordinance on 23 May 2023 (in force 23 Jul 2023) to add 23 kinds of
semiconductor manufacturing equipment to the list-controlled items of the Export Trade
Control Order, Appended Table 1, item 7. List-controlled items need a METI licence for
export to every destination; for 42 designated countries and regions the exporter may use
a general bulk licence, which the model treats as no licence required (the carve-out is
named in the decision).
"""

from __future__ import annotations

from datetime import date
from functools import partial

from policy.model.conditions import Condition, destination, exporter, flag, kind
from policy.model.parties import Membership, group
from policy.model.regimes import Implementation, Modelled, Regime
from policy.model.rules import Carveout, Rule, Source
from policy.regimes import cases, eu
from policy.regimes._rules import nexus, rule

ORDINANCE = (
    "Ministerial Order amending the Goods Ordinance (輸出貿易管理令別表第一及び外国為替令別表の"
    "規定に基づき貨物又は技術を定める省令の一部を改正する省令), promulgated 23 May 2023"
)
ORDINANCE_URL = "https://www.meti.go.jp/press/2023/05/20230523002/20230523002.html"
FEFTA = "Foreign Exchange and Foreign Trade Act (Act No. 228 of 1949)"

#: The day the 23 items became list-controlled.
D_2023 = date(2023, 7, 23)

HOGAN_LOVELLS = (
    "Hogan Lovells, 'Japan's New Chip Equipment Export Rules Take Effect' (2023): the 42"
    " destinations of the simpler procedure, Wassenaar participants, India and Lithuania among"
    " them"
)
HOGAN_LOVELLS_URL = (
    "https://www.engage.hoganlovells.com/knowledgeservices/news/"
    "japans-new-chip-equipment-export-rules-take-effect/"
)

#: The destinations of the general bulk licence that the model can support: the Group A
#: countries of Export Trade Control Order Appended Table 3 (South Korea again from
#: 21 Jul 2023), and Taiwan, India and Lithuania, which public reporting names among the 42.
BULK_LICENCE_GROUP = group(
    "JP-42",
    "Destinations of the general bulk licence for the 23 items (the part of the 42 the model"
    " can support)",
    "AR AT AU BE BG CA CH CZ DE DK ES FI FR GB GR HU IE IT LU NL NO NZ PL PT SE US",
    source="Export Trade Control Order, Appended Table 3 (Group A); Kyodo and logi-biz.com on"
    " the 42 destinations (the US, South Korea and Taiwan named); Hogan Lovells (India and"
    " Lithuania named)",
    extra=(
        Membership(country="KR", start=date(2023, 7, 21), source="Group A again from 21 Jul 2023"),
        Membership(country="TW", source="named among the 42 by Kyodo and logi-biz.com"),
        Membership(country="IN", source=f"{HOGAN_LOVELLS} ({HOGAN_LOVELLS_URL})"),
        Membership(country="LT", source=f"{HOGAN_LOVELLS} ({HOGAN_LOVELLS_URL})"),
    ),
    note="The other destinations among the 42 are not identified; China is not among them.",
)


def _bulk_licence() -> Carveout:
    return Carveout(
        id="general-bulk-licence",
        title="General bulk licence (一般包括許可) for the 42 designated destinations",
        when=destination(groups=("JP-42",)),
        effective=D_2023,
        source=Source(
            document=ORDINANCE,
            section="general bulk licence for the 42 designated countries and regions",
            url=ORDINANCE_URL,
        ),
    )


def ordinance(items: str) -> Source:
    """The ordinance's section for the ``items`` of Art. 6, item 17."""
    return Source(
        document=ORDINANCE,
        section=f"Goods Ordinance Art. 6, item 17 ({items}); FEFTA Art. 48(1); Export Trade"
        " Control Order, Appended Table 1, item 7",
        url=ORDINANCE_URL,
    )


#: Equipment made for EUV processes (coaters and developers, masks and pellicles, mask
#: inspection) carries the ``euv`` flag.
EUV_RELATED: Condition = flag("euv")

_SIMPLE = (
    "The ordinance's technical parameters for this category are not modelled: every tool of"
    " the category counts as one of the listed items."
)


#: One category of the 23 items: a METI licence for every destination, the general bulk
#: licence for the 42.
item_17 = partial(
    rule,
    review="individual licence (China: case-by-case)",
    carveouts=(_bulk_licence(),),
    effective=D_2023,
    simplification=_SIMPLE,
)

RULES: tuple[Rule, ...] = (
    item_17(
        "JP-17-etch",
        "Etching equipment (3 items)",
        kind("sme.etch"),
        source=ordinance("ka-ta"),
        examples=cases.JP_ETCH,
    ),
    item_17(
        "JP-17-deposition",
        "Deposition equipment, including epitaxy (11 items)",
        kind("sme.deposition"),
        source=ordinance("re-o"),
        examples=cases.JP_DEPOSITION,
    ),
    item_17(
        "JP-17-cleaning",
        "Cleaning equipment (3 items)",
        kind("sme.cleaning"),
        source=ordinance("ya-ke"),
        examples=cases.JP_CLEANING,
    ),
    item_17(
        "JP-17-annealing",
        "Annealing equipment (1 item)",
        kind("sme.annealing"),
        source=ordinance("ku"),
        examples=cases.JP_ANNEALING,
    ),
    item_17(
        "JP-17-lithography",
        "Lithography equipment: EUV and immersion scanners, EUV coaters and developers,"
        " EUV masks and pellicles (4 items)",
        kind("sme.lithography.euv", "sme.lithography.duv.immersion")
        | (kind("sme.coater_developer", "sme.mask") & EUV_RELATED),
        source=ordinance("ru-wa and 17-2"),
        examples=cases.JP_LITHOGRAPHY,
        simplification="The four lithography items are modelled as every EUV or ArF"
        " immersion scanner and every coater/developer, mask or pellicle made for EUV;"
        " dry DUV (ArF dry, KrF, i-line) is left out.",
    ),
    item_17(
        "JP-17-inspection",
        "EUV mask inspection equipment (1 item)",
        kind("sme.inspection") & EUV_RELATED,
        source=ordinance("fu"),
        examples=cases.JP_INSPECTION,
        simplification="The inspection item is modelled as inspection equipment made for"
        " EUV masks.",
    ),
)

#: Japan's Group A (Export Trade Control Order, Appended Table 3): the destinations to which
#: list-controlled goods may go under a general bulk licence.
GROUP_A = group(
    "JP-A",
    "Group A (Export Trade Control Order, Appended Table 3)",
    "AR AT AU BE BG CA CH CZ DE DK ES FI FR GB GR HU IE IT LU NL NO NZ PL PT SE US",
    source="Export Trade Control Order, Appended Table 3",
    extra=(
        Membership(country="KR", start=date(2023, 7, 21), source="Group A again from 21 Jul 2023"),
    ),
)

#: EUV scanners under item 7 before the list of December 2021: their 13.5 nm light is below
#: every wavelength threshold of category 3.B.1.f.1 (the period the Wassenaar floor models).
WASSENAAR_EUV_EARLIER = rule(
    "JP-7-3B001.f",
    "Wassenaar-list EUV lithography (lists before December 2021)",
    kind("sme.lithography.euv"),
    review="individual licence",
    carveouts=(
        Carveout(
            id="general-bulk-licence-A",
            title="General bulk licence for Group A destinations",
            when=destination(groups=("JP-A",)),
            effective=eu.D_2009,
            end=date(2021, 12, 2),
            source=Source(document=FEFTA, section="Art. 48(1); general bulk licence (Group A)"),
        ),
    ),
    effective=eu.D_2009,
    end=date(2021, 12, 2),
    source=Source(
        document="Export Trade Control Order (Cabinet Order No. 378 of 1949)",
        section="Appended Table 1, item 7 (implementing Wassenaar category 3.B.1.f)",
    ),
    simplification="Before December 2021 only EUV scanners are modelled, from 27 Aug 2009,"
    " the first day the Wassenaar floor is modelled.",
    examples=cases.JP_WASSENAAR_EUV_EARLIER,
)

#: Wassenaar-list lithography, which Japan controls as a participating state (Appended
#: Table 1, item 7, implementing category 3.B.1.f of the Wassenaar list).
WASSENAAR_LITHOGRAPHY = rule(
    "JP-7-3B001.f",
    "Wassenaar-list lithography: EUV, DUV with MRF of 45 nm or less, imprint lithography",
    eu.ANNEX_I_3B001_F1 | eu.ANNEX_I_3B001_F2,
    review="individual licence",
    carveouts=(
        Carveout(
            id="general-bulk-licence-A",
            title="General bulk licence for Group A destinations",
            when=destination(groups=("JP-A",)),
            effective=date(2021, 12, 2),
            source=Source(document=FEFTA, section="Art. 48(1); general bulk licence (Group A)"),
        ),
    ),
    effective=date(2021, 12, 2),
    source=Source(
        document="Export Trade Control Order (Cabinet Order No. 378 of 1949)",
        section="Appended Table 1, item 7 (implementing Wassenaar category 3.B.1.f)",
    ),
    simplification="Modelled with the EU Annex I wording of 3B001.f.1 and f.2, which mirrors the"
    " Wassenaar list Japan implements.",
    examples=cases.JP_WASSENAAR_LITHOGRAPHY,
)

RULES = (*RULES, WASSENAAR_EUV_EARLIER, WASSENAAR_LITHOGRAPHY)

REACH = (
    nexus(
        "jp-territory",
        "export from Japan",
        exporter("JP"),
        effective=date(1949, 12, 1),
        source=Source(document=FEFTA, section="Art. 48(1) (export of goods from Japan)"),
        note="Technology transfers (Art. 25) are not modelled.",
    ),
)

REGIME = Regime(
    jurisdiction="JP",
    name="Japan: Foreign Exchange and Foreign Trade Act",
    summary="Since 23 Jul 2023, 23 kinds of chip-making equipment need a METI licence for"
    " export to any destination; a general bulk licence covers 42 designated destinations,"
    " which do not include China.",
    reach=REACH,
    rules=RULES,
    groups=(BULK_LICENCE_GROUP, GROUP_A),
    assumptions=(
        "The list of the 42 destinations of the general bulk licence was not confirmed from"
        " METI's ordinance (its appended table was not found in the sources searched). The"
        " model uses 30 of them: Japan's Group A countries (AR AT AU BE BG CA CH CZ DE DK ES"
        " FI FR GB GR HU IE IT LU NL NO NZ PL PT SE US, and KR again from 21 Jul 2023) and"
        " Taiwan, India and Lithuania, which public reporting names. The other 12 are"
        " unconfirmed and modelled as needing an individual licence; no source read names"
        " them (the Wassenaar participants outside Group A, such as HR EE LV MT MX RO SK SI TR"
        " UA ZA, are plausible but unconfirmed). China is not among the 42.",
        "The ordinance's technical parameters were not read: each rule covers every tool of"
        " its category (etch, deposition, cleaning, annealing) and, for lithography and"
        " inspection, EUV and immersion scanners and equipment made for EUV.",
        "Later Japanese amendments (2024-2025) are not modelled.",
    ),
    models=(
        Modelled(
            kinds=("sme.lithography.euv",),
            since=eu.D_2009,
            note="EUV scanners under item 7 from 27 Aug 2009 (the period of the Wassenaar"
            " floor modelled).",
        ),
        Modelled(
            kinds=("sme.lithography",),
            since=date(2021, 12, 2),
            note="The lithography of 3B001.f (the Wassenaar list of December 2021).",
        ),
        Modelled(
            kinds=("sme",),
            since=D_2023,
            note="The 23 kinds of equipment of Appended Table 1 item 7 of 2023 and the"
            " lithography of 3B001.f; the Order's other items, and the equipment entries"
            " before 23 Jul 2023, are not modelled.",
        ),
    ),
    implements=(
        Implementation(
            of="WA",
            exporters=("JP",),
            since=date(1996, 7, 12),
            source=Source(
                document="Export Trade Control Order (Cabinet Order No. 378 of 1949)",
                section="Appended Table 1 (the Wassenaar list, item 7 for electronics)",
            ),
        ),
    ),
)

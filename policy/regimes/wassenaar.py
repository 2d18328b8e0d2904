"""The Wassenaar Arrangement: the multilateral floor for lithography (jurisdiction ``WA``).

Wassenaar is not law by itself: its List of Dual-Use Goods and Technologies is what the
participating states agree to control, and each implements it in national law (the EU in
Annex I of Regulation 2021/821, Japan in its Export Trade Control Order, the US in the
Commerce Control List). The regime here is that common floor: exports from a participating
state of lithography equipment of category 3.B.1.f.1, and of imprint lithography of
category 3.B.1.f.2, are controlled. The controls of 2022-2025 on immersion DUV, etch and
deposition were added plurilaterally, above this floor.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from policy.model.conditions import channel, exporter, kind
from policy.model.parties import Membership, group
from policy.model.regimes import Modelled, Regime
from policy.model.rules import Source
from policy.regimes import cases, eu
from policy.regimes._rules import nexus, rule

WA_LIST = "Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1)"
WA_LIST_URL = "https://www.wassenaar.org/control-lists/"
#: The list adopted at the December 2021 plenary, in force when the period modelled begins.
D_LIST = date(2021, 12, 2)

PARTICIPATING_STATES = group(
    "WA-participants",
    "Participating states of the Wassenaar Arrangement",
    "AR AT AU BE BG CA CH CZ DE DK EE ES FI FR GB GR HR HU IE IT JP KR LT LU LV MT MX NL NO NZ"
    " PL PT RO RU SE SI SK TR UA US ZA",
    source="Wassenaar Arrangement, participating states",
    extra=(Membership(country="IN", start=date(2017, 12, 8), source="joined 8 Dec 2017"),),
    note="Russia remains formally a participating state.",
)

#: The review of every entry: each participating state licenses under its own law.
NATIONAL_LICENSING = "national licensing by the exporting participating state"

#: A category of the list adopted in December 2021, licensed by each participating state.
floor = partial(rule, review=NATIONAL_LICENSING, effective=D_LIST)

RULES = (
    rule(
        "WA-3.B.1.f.1",
        "EUV lithography equipment of category 3.B.1.f.1 (lists before December 2021)",
        kind("sme.lithography.euv"),
        review=NATIONAL_LICENSING,
        effective=eu.D_2009,
        end=D_LIST,
        source=Source(
            document="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (the"
            " versions carried by Annex I of Regulation (EC) No 428/2009)",
            section="Category 3.B.1.f.1",
            url=WA_LIST_URL,
        ),
        simplification="Of the category as it stood before December 2021 only EUV scanners"
        " are modelled: their 13.5 nm light source is below every wavelength threshold"
        " 3.B.1.f.1 has had; the period begins on 27 Aug 2009, when Regulation 428/2009, which"
        " carries the list into EU law, applied, and earlier years are not modelled.",
        examples=cases.WA_3B1F1_EARLIER,
    ),
    floor(
        "WA-3.B.1.f.1",
        "Lithography equipment of category 3.B.1.f.1 (EUV; DUV with MRF of 45 nm or less"
        " at K = 0.35)",
        eu.ANNEX_I_3B001_F1,
        source=Source(document=WA_LIST, section="Category 3.B.1.f.1", url=WA_LIST_URL),
        simplification="The floor is modelled as a licence requirement to every destination;"
        " each participating state's general licences for partners are left to its own"
        " regime.",
        examples=cases.WA_3B1F1,
    ),
    floor(
        "WA-3.B.1.f.2",
        "Imprint lithography equipment of category 3.B.1.f.2 (production features of"
        " 45 nm or less)",
        eu.ANNEX_I_3B001_F2,
        source=Source(document=WA_LIST, section="Category 3.B.1.f.2", url=WA_LIST_URL),
        simplification=eu.IMPRINT_SIMPLIFICATION,
        examples=cases.WA_3B1F2,
    ),
)

REACH = (
    nexus(
        "wa-participant-export",
        "export from a participating state",
        # the lists control the transfer of the items themselves: remote access to a tool
        # that stays where it is, and a service, move no listed item
        exporter(groups=("WA-participants",)) & ~channel("remote_access", "service"),
        effective=date(1996, 7, 12),
        source=Source(
            document="Wassenaar Arrangement, Initial Elements",
            section="participating states control the items on the lists",
            url="https://www.wassenaar.org/",
        ),
    ),
)

REGIME = Regime(
    jurisdiction="WA",
    name="Wassenaar Arrangement: the multilateral floor",
    summary="What all participating states agree to control: for chip-making, EUV and DUV"
    " lithography with a minimum resolvable feature of 45 nm or less at K = 0.35, and imprint"
    " lithography for features of 45 nm or less. Standard"
    " ArF immersion (50 nm at NA 1.35) is above the floor, which is why national controls"
    " were needed.",
    reach=REACH,
    rules=RULES,
    groups=(PARTICIPATING_STATES,),
    assumptions=(
        "The Wassenaar list text itself was not read; its categories 3.B.1.f.1 and 3.B.1.f.2"
        " are taken to be what EU Annex I 3B001.f.1 and 3B001.f.2 implement.",
        "The controls of 2022-2025 were added plurilaterally, not by Wassenaar consensus, and"
        " are not part of the floor.",
    ),
    models=(
        Modelled(
            kinds=("sme.lithography.euv",),
            since=eu.D_2009,
            note="EUV scanners under category 3.B.1.f.1 of every list version since 2009.",
        ),
        Modelled(
            kinds=("sme.lithography",),
            since=D_LIST,
            note="Categories 3.B.1.f.1 and 3.B.1.f.2 of the list adopted in December 2021;"
            " the list's other categories, and its earlier versions, are not modelled.",
        ),
    ),
)

"""European Union: the Dual-Use Regulation, Regulation (EU) 2021/821, Annex I.

Annex I carries the Wassenaar list (3B001.f.1 lithography: EUV by wavelength, DUV by minimum
resolvable feature at K = 0.35; 3B001.f.2 imprint lithography of 45 nm or less), and from
15 Nov 2025 Commission Delegated Regulation (EU) 2025/2003 added EU-level "5xx" entries:
3B501.f.1.b for advanced immersion scanners by dedicated chuck overlay, and 3A501.a.16 for
ICs of TPP 6000 or more. An export of an Annex I item from the Union needs an authorisation;
Union General Export Authorisation EU001 covers exports to nine close partners.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from policy.model.conditions import (
    MRF_K025,
    MRF_K035,
    NODE,
    OVERLAY,
    TPP,
    WAVELENGTH,
    Condition,
    classified,
    destination,
    exporter,
    flag,
    kind,
)
from policy.model.parties import Membership, group
from policy.model.regimes import Implementation, Modelled, Regime
from policy.model.rules import Carveout, Source
from policy.regimes import cases
from policy.regimes._rules import nexus, rule

REGULATION = "Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021"
REGULATION_URL = "https://eur-lex.europa.eu/eli/reg/2021/821/oj"
#: Regulation 2021/821 applies from 9 Sep 2021 (it recast Regulation 428/2009, whose Annex I
#: carried the same lithography entry).
D_2021 = date(2021, 9, 9)
DELEGATED_2025 = "Commission Delegated Regulation (EU) 2025/2003, amending Annex I"
DELEGATED_2025_URL = "https://eur-lex.europa.eu/eli/reg_del/2025/2003/oj"
#: The Regulation that 2021/821 recast: Annex I and the export authorisation from 27 Aug 2009.
REGULATION_2009 = "Council Regulation (EC) No 428/2009 (Dual-Use Regulation), OJ L 134, 29.5.2009"
REGULATION_2009_URL = "https://eur-lex.europa.eu/eli/reg/2009/428/oj"
D_2009 = date(2009, 8, 27)
#: The EU-level 5xx entries apply from 15 Nov 2025.
D_2025 = date(2025, 11, 15)

EU_MEMBERS = group(
    "EU",
    "Member states of the European Union",
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK",
    source="Treaty on European Union, Art. 52",
    extra=(
        Membership(
            country="GB", end=date(2020, 2, 1), source="withdrew on 31 Jan 2020 (Art. 50 TEU)"
        ),
    ),
)

EU001_GROUP = group(
    "EU001",
    "Destinations of Union General Export Authorisation EU001",
    "AU CA CH IS JP LI NO NZ GB US",
    source=f"{REGULATION}, Annex II, Section A (EU001)",
)

#: An export leaves the Union: from a member state to a country outside it.
LEAVES_THE_UNION: Condition = exporter(groups=("EU",)) & ~destination(groups=("EU",))

#: Annex I 3B001.f.1 (the Wassenaar text): step-and-repeat or step-and-scan equipment with a
#: light-source wavelength shorter than 193 nm, or a minimum resolvable feature of 45 nm or
#: less at K = 0.35. EUV scanners (13.5 nm) are caught whatever parameters are given.
ANNEX_I_3B001_F1: Condition = kind("sme.lithography.euv") | (
    kind("sme.lithography") & ((WAVELENGTH < 193) | (MRF_K035 <= 45))
)

#: Annex I 3B001.f.2 (the Wassenaar text): imprint lithography equipment capable of
#: production features of 45 nm or less. The model reads the tool's ``node_nm`` as its
#: smallest production feature, and an imprint tool that does not give it is taken to be
#: within the entry (the tools on the market, Canon's FPA-1200NZ2C among them, are sold for
#: nodes well below 45 nm).
ANNEX_I_3B001_F2: Condition = kind("sme.lithography.nanoimprint") & ~(NODE > 45)

#: One sentence for the rules that carry 3B001.f.2.
IMPRINT_SIMPLIFICATION = (
    "The resolution test is read on the tool's node_nm as the stand-in for its smallest"
    " production feature, and an imprint tool that does not give it is taken to be within"
    " the entry."
)


def overlay_within(limit: float) -> Condition:
    """Dedicated chuck overlay of ``limit`` nm or less (inclusive).

    An immersion scanner that does not give its overlay is taken to be within, as a scanner
    that does not give its wavelength or numerical aperture is taken to meet those criteria;
    the entries were written for immersion scanners, so a dry scanner must show its overlay.
    """
    # A lower-case alias: ruff's SIM300 reads the upper-case handle as a constant.
    overlay = OVERLAY
    return (overlay <= limit) | (kind("sme.lithography.duv.immersion") & ~(overlay > limit))


#: 3B501.f.1.b (from 15 Nov 2025): wavelength 193 nm or more, minimum resolvable feature of
#: 45 nm or less at K = 0.25, and dedicated chuck overlay of 1.50 nm or less. A scanner whose
#: wavelength or numerical aperture is not given is taken to meet those two criteria when
#: it is an ArF scanner (every ArF immersion scanner does: 193 x 0.25 / 1.35 = 35.7 nm), and
#: an immersion scanner whose overlay is not given is taken to meet the overlay criterion.
ANNEX_I_3B501_F1B: Condition = (
    kind("sme.lithography.duv") & ~(WAVELENGTH < 193) & ~(MRF_K025 > 45) & overlay_within(1.5)
)


def regulation_2009(section: str) -> Source:
    """A section of Regulation 428/2009, which applied until 8 Sep 2021."""
    return Source(document=REGULATION_2009, section=section, url=REGULATION_2009_URL)


def eu001(effective: date, end: date | None = None) -> Carveout:
    if effective < D_2021:
        source = Source(
            document=REGULATION_2009,
            section="Art. 9(1); Annex IIa (EU001)",
            url=REGULATION_2009_URL,
        )
    else:
        source = Source(
            document=REGULATION, section="Art. 12(1)(d); Annex II, Section A", url=REGULATION_URL
        )
    return Carveout(
        id="EU001",
        title="Union General Export Authorisation EU001 (Australia, Canada, Iceland, Japan,"
        " Liechtenstein, New Zealand, Norway, Switzerland, the UK and the US)",
        when=destination(groups=("EU001",)),
        effective=effective,
        end=end,
        source=source,
    )


#: The review of every Annex I entry: the Regulation leaves licensing to the member states.
AUTHORISATION = "individual authorisation by the member state where the exporter is established"


def annex_i(section: str) -> Source:
    """A section of the Regulation's Annex I as adopted in 2021."""
    return Source(document=REGULATION, section=section, url=REGULATION_URL)


def delegated_2025(section: str) -> Source:
    """A section of Annex I as amended by Delegated Regulation (EU) 2025/2003."""
    return Source(document=DELEGATED_2025, section=section, url=DELEGATED_2025_URL)


#: Equipment the exporter classified in an Annex I 3B001 sub-entry (3B001.a to .r): the etch,
#: deposition and epitaxy parameters of those sub-entries are not in the vocabulary, so the
#: exporter's classification is what places such an item in the entry.
CLASSIFIED_3B001: Condition = kind("sme") & classified("EU", "3B001")
CLASSIFIED_SIMPLIFICATION = (
    "The parameters of 3B001's etch, deposition and epitaxy sub-entries are not in the"
    " vocabulary: an item is within the entry when the exporter classified it in 3B001;"
    " lithography is also caught by its parameters under 3B001.f."
)


#: An entry of Annex I as it applies from 9 Sep 2021, with EU001 from the same day.
annex_i_entry = partial(rule, review=AUTHORISATION, effective=D_2021, carveouts=(eu001(D_2021),))
#: An entry added by Delegated Regulation (EU) 2025/2003 (from 15 Nov 2025), with EU001.
delegated_entry = partial(rule, review=AUTHORISATION, effective=D_2025, carveouts=(eu001(D_2025),))


RULES = (
    rule(
        "EU-3B001.f.1",
        "EUV lithography equipment under Annex I 3B001.f.1 of Regulation 428/2009",
        kind("sme.lithography.euv"),
        review=AUTHORISATION,
        effective=D_2009,
        end=D_2021,
        carveouts=(eu001(D_2009, D_2021),),
        source=Source(
            document=REGULATION_2009,
            section="Art. 3(1); Annex I, 3B001.f.1",
            url=REGULATION_2009_URL,
        ),
        simplification="Of the entry as it stood before 9 Sep 2021 only EUV scanners are"
        " modelled: their 13.5 nm light source is below every wavelength threshold 3B001.f.1"
        " has had; other lithography before that day is not modelled (Regime.models).",
        note="The Dutch government has not licensed an EUV scanner to China since 2019.",
        examples=cases.EU_3B001_F1_2009,
    ),
    rule(
        "EU-3B001",
        "Semiconductor manufacturing equipment the exporter classified in Annex I 3B001"
        " (Regulation 428/2009)",
        CLASSIFIED_3B001,
        review=AUTHORISATION,
        effective=D_2009,
        end=D_2021,
        carveouts=(eu001(D_2009, D_2021),),
        source=Source(
            document=REGULATION_2009, section="Art. 3(1); Annex I, 3B001", url=REGULATION_2009_URL
        ),
        simplification=CLASSIFIED_SIMPLIFICATION,
        examples=cases.EU_3B001_2009,
    ),
    annex_i_entry(
        "EU-3B001",
        "Semiconductor manufacturing equipment the exporter classified in Annex I 3B001",
        CLASSIFIED_3B001,
        source=annex_i("Art. 3(1); Annex I, 3B001"),
        simplification=CLASSIFIED_SIMPLIFICATION,
        examples=cases.EU_3B001,
    ),
    annex_i_entry(
        "EU-3B001.f.1",
        "Lithography equipment of Annex I 3B001.f.1 (EUV; DUV with MRF of 45 nm or less"
        " at K = 0.35)",
        ANNEX_I_3B001_F1,
        source=annex_i("Art. 3(1); Annex I, 3B001.f.1"),
        examples=cases.EU_3B001_F1,
    ),
    annex_i_entry(
        "EU-3B001.f.2",
        "Imprint lithography equipment of Annex I 3B001.f.2 (production features of 45 nm or less)",
        ANNEX_I_3B001_F2,
        source=annex_i("Art. 3(1); Annex I, 3B001.f.2"),
        simplification=IMPRINT_SIMPLIFICATION,
        examples=cases.EU_3B001_F2,
    ),
    delegated_entry(
        "EU-3B501.f.1.b",
        "Advanced immersion lithography of Annex I 3B501.f.1.b (dedicated chuck overlay"
        " of 1.50 nm or less)",
        ANNEX_I_3B501_F1B,
        source=delegated_2025("Annex I, 3B501.f.1.b (in force 15 Nov 2025)"),
        simplification="A DUV scanner whose wavelength or numerical aperture is not given is"
        " taken to meet the wavelength and MRF criteria, an immersion scanner whose overlay is"
        " not given is taken to meet the overlay criterion, and EU001's availability for the"
        " new entry is assumed.",
        examples=cases.EU_3B501_F1B,
    ),
    delegated_entry(
        "EU-3B501.l-m",
        "EUV masks, mask blanks and pellicles, and equipment to make them (3B501.l/m)",
        kind("sme.mask") & flag("euv"),
        source=delegated_2025("Annex I, 3B501.l and 3B501.m (in force 15 Nov 2025)"),
        simplification="The entries' technical parameters are not modelled: every mask item"
        " made for EUV counts.",
        examples=cases.EU_3B501_LM,
    ),
    delegated_entry(
        "EU-3A501.a.16",
        "Integrated circuits of TPP 6000 or more (3A501.a.16)",
        kind("ic", "computer") & (TPP >= 6000),
        source=delegated_2025("Annex I, 3A501.a.16 (in force 15 Nov 2025)"),
        simplification="Computers are described by the TPP of the ICs they contain; EU001's"
        " availability for the new entry is assumed.",
        examples=cases.EU_3A501_A16,
    ),
)

REACH = (
    nexus(
        "eu-export",
        "export from a member state to a destination outside the Union (Regulation 428/2009)",
        LEAVES_THE_UNION,
        effective=D_2009,
        end=D_2021,
        source=Source(
            document=REGULATION_2009,
            section="Art. 2(2) 'export'; Art. 3(1)",
            url=REGULATION_2009_URL,
        ),
        note="Membership of the Union is read as of the transaction's date only for the UK.",
    ),
    nexus(
        "eu-export",
        "export from a member state to a destination outside the Union",
        LEAVES_THE_UNION,
        effective=D_2021,
        source=annex_i("Art. 2(1) 'export'; Art. 3(1)"),
        note="Transfers within the Union (Annex IV) are not modelled.",
    ),
)

REGIME = Regime(
    jurisdiction="EU",
    name="European Union: Dual-Use Regulation (EU) 2021/821",
    summary="Annex I lists the dual-use items whose export from the Union needs an"
    " authorisation: the Wassenaar lithography floor, and from 15 Nov 2025 EU-level entries for"
    " advanced immersion scanners, EUV masks and pellicles and high-TPP ICs.",
    reach=REACH,
    rules=RULES,
    groups=(EU_MEMBERS, EU001_GROUP),
    assumptions=(
        "Of the entries added by Delegated Regulation (EU) 2025/2003, the model encodes"
        " 3B501.f.1.b, 3B501.l/m and 3A501.a.16; epitaxy (3B501.a.4), etch (3B501.k) and"
        " deposition (3B501.n) are left out because their parameters were not read.",
        "EU001 is taken to cover the 2025 entries as it covers the rest of Annex I.",
    ),
    models=(
        Modelled(
            kinds=("sme.lithography.euv",),
            note="EUV scanners under Annex I 3B001.f.1, of Regulation 428/2009 and then of"
            " 2021/821.",
        ),
        Modelled(
            kinds=("sme",),
            since=D_2009,
            note="Annex I 3B001 by the exporter's classification (from 2009), 3B001.f"
            " (lithography) by its parameters (from 9 Sep 2021) and 3B501.l-m (masks, from 15"
            " Nov 2025); the parameters of 3B001's etch, deposition and epitaxy sub-entries are"
            " not modelled, so for those items the verdict turns on the classification.",
        ),
        Modelled(
            kinds=("computer", "ic"),
            since=D_2021,
            note="3A501.a.16 by TPP; Annex I's 3A001 and 4A003 entries that do not catch the"
            " accelerators and memories of the vocabulary are not modelled.",
        ),
    ),
    implements=(
        Implementation(
            of="WA",
            groups=("EU",),
            since=D_2021,
            source=Source(
                document=REGULATION,
                section="Recital 5 and Annex I (the Union list implements the Wassenaar list)",
            ),
        ),
    ),
)

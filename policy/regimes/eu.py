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

from policy.model.conditions import (
    MRF_K025,
    MRF_K035,
    NODE,
    OVERLAY,
    TPP,
    WAVELENGTH,
    Condition,
    destination,
    exporter,
    flag,
    kind,
)
from policy.model.decisions import Outcome
from policy.model.parties import Membership, group
from policy.model.regimes import Regime
from policy.model.rules import Carveout, Example, Nexus, Rule, Source
from policy.regimes._examples import ItemSpec, tx

REGULATION = "Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021"
REGULATION_URL = "https://eur-lex.europa.eu/eli/reg/2021/821/oj"
DELEGATED_2025 = "Commission Delegated Regulation (EU) 2025/2003, amending Annex I"
DELEGATED_2025_URL = "https://eur-lex.europa.eu/eli/reg_del/2025/2003/oj"

#: Regulation 2021/821 applies from 9 Sep 2021 (it recast Regulation 428/2009, whose Annex I
#: carried the same lithography entry).
D_2021 = date(2021, 9, 9)
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


def _eu001(effective: date) -> Carveout:
    return Carveout(
        id="EU001",
        title="Union General Export Authorisation EU001 (Australia, Canada, Iceland, Japan,"
        " Liechtenstein, New Zealand, Norway, Switzerland, the UK and the US)",
        when=destination(groups=("EU001",)),
        effective=effective,
        source=Source(
            document=REGULATION, section="Art. 12(1)(d); Annex II, Section A", url=REGULATION_URL
        ),
    )


ASML_EUV: ItemSpec = {
    "params": {"wavelength_nm": 13.5, "numerical_aperture": 0.33, "overlay_nm": 1.1}
}
NXT_2000I: ItemSpec = {
    "params": {"wavelength_nm": 193, "numerical_aperture": 1.35, "overlay_nm": 1.4}
}
NXT_1980I: ItemSpec = {
    "params": {"wavelength_nm": 193, "numerical_aperture": 1.35, "overlay_nm": 1.6}
}

RULES = (
    Rule(
        id="EU-3B001.f.1",
        title="Lithography equipment of Annex I 3B001.f.1 (EUV; DUV with MRF of 45 nm or less"
        " at K = 0.35)",
        when=ANNEX_I_3B001_F1,
        outcome=Outcome.LICENSE_REQUIRED,
        review="individual authorisation by the member state where the exporter is established",
        carveouts=(_eu001(D_2021),),
        effective=D_2021,
        source=Source(
            document=REGULATION,
            section="Art. 3(1); Annex I, 3B001.f.1",
            url=REGULATION_URL,
        ),
        examples=(
            Example(
                title="ASML EUV scanner from the Netherlands to China",
                transaction=tx(
                    "2023-06-01",
                    "NL",
                    "CN",
                    "TWINSCAN NXE:3600D",
                    "sme.lithography.euv",
                    **ASML_EUV,
                ),
                outcome=Outcome.LICENSE_REQUIRED,
                source="AP; Reuters: no EUV licence for China since 2019",
            ),
            Example(
                title="ASML EUV scanner from the Netherlands to the US: EU001",
                transaction=tx(
                    "2023-06-01",
                    "NL",
                    "US",
                    "TWINSCAN NXE:3600D",
                    "sme.lithography.euv",
                    **ASML_EUV,
                ),
                outcome=Outcome.NO_LICENSE_REQUIRED,
                fires=True,
            ),
            Example(
                title="ASML EUV scanner from the Netherlands to Taiwan: individual licence",
                transaction=tx(
                    "2023-06-01",
                    "NL",
                    "TW",
                    "TWINSCAN NXE:3600D",
                    "sme.lithography.euv",
                    **ASML_EUV,
                ),
                outcome=Outcome.LICENSE_REQUIRED,
            ),
            Example(
                title="ASML NXT:2000i (ArF immersion, NA 1.35: MRF 50 nm at K = 0.35) is not"
                " 3B001.f.1",
                transaction=tx(
                    "2023-06-01",
                    "NL",
                    "CN",
                    "TWINSCAN NXT:2000i",
                    "sme.lithography.duv.immersion",
                    **NXT_2000I,
                ),
                outcome=Outcome.NO_LICENSE_REQUIRED,
                source="Computed: 193 x 0.35 / 1.35 = 50.0 nm > 45 nm",
            ),
            Example(
                title="Boundary: MRF exactly 45 nm at K = 0.35 is controlled ('or less')",
                transaction=tx(
                    "2023-06-01",
                    "NL",
                    "CN",
                    "boundary scanner",
                    "sme.lithography.duv.immersion",
                    params={"wavelength_nm": 193, "mrf_k035_nm": 45},
                ),
                outcome=Outcome.LICENSE_REQUIRED,
            ),
            Example(
                title="Boundary: wavelength exactly 193 nm with MRF 45.1 nm is not controlled",
                transaction=tx(
                    "2023-06-01",
                    "NL",
                    "CN",
                    "boundary scanner",
                    "sme.lithography.duv.immersion",
                    params={"wavelength_nm": 193, "mrf_k035_nm": 45.1},
                ),
                outcome=Outcome.NO_LICENSE_REQUIRED,
            ),
            Example(
                title="ASML EUV scanner shipped between member states: not an export",
                transaction=tx(
                    "2023-06-01",
                    "NL",
                    "DE",
                    "TWINSCAN NXE:3600D",
                    "sme.lithography.euv",
                    **ASML_EUV,
                ),
                outcome=Outcome.NOT_APPLICABLE,
                fires=False,
            ),
        ),
    ),
    Rule(
        id="EU-3B001.f.2",
        title="Imprint lithography equipment of Annex I 3B001.f.2 (production features of"
        " 45 nm or less)",
        when=ANNEX_I_3B001_F2,
        outcome=Outcome.LICENSE_REQUIRED,
        review="individual authorisation by the member state where the exporter is established",
        carveouts=(_eu001(D_2021),),
        effective=D_2021,
        source=Source(
            document=REGULATION,
            section="Art. 3(1); Annex I, 3B001.f.2",
            url=REGULATION_URL,
        ),
        simplification=IMPRINT_SIMPLIFICATION,
        examples=(
            Example(
                title="Canon FPA-1200NZ2C nanoimprint tool re-exported from Germany to China",
                transaction=tx(
                    "2024-10-01",
                    "DE",
                    "CN",
                    "Canon FPA-1200NZ2C",
                    "sme.lithography.nanoimprint",
                    params={"node_nm": 14},
                    origin="JP",
                ),
                outcome=Outcome.LICENSE_REQUIRED,
                source="Canon: the FPA-1200NZ2C patterns features down to 14 nm",
            ),
            Example(
                title="The same tool from Germany to the US: EU001",
                transaction=tx(
                    "2024-10-01",
                    "DE",
                    "US",
                    "Canon FPA-1200NZ2C",
                    "sme.lithography.nanoimprint",
                    params={"node_nm": 14},
                    origin="JP",
                ),
                outcome=Outcome.NO_LICENSE_REQUIRED,
                fires=True,
            ),
            Example(
                title="Boundary: an imprint tool for 45 nm is within the entry ('45 nm or less')",
                transaction=tx(
                    "2024-10-01",
                    "DE",
                    "CN",
                    "boundary imprint tool",
                    "sme.lithography.nanoimprint",
                    params={"node_nm": 45},
                ),
                outcome=Outcome.LICENSE_REQUIRED,
            ),
            Example(
                title="Boundary: an imprint tool for 46 nm is not",
                transaction=tx(
                    "2024-10-01",
                    "DE",
                    "CN",
                    "older imprint tool",
                    "sme.lithography.nanoimprint",
                    params={"node_nm": 46},
                ),
                outcome=Outcome.NO_LICENSE_REQUIRED,
            ),
            Example(
                title="An imprint tool given by kind only is taken to be within the entry",
                transaction=tx(
                    "2024-10-01",
                    "DE",
                    "CN",
                    "imprint tool",
                    "sme.lithography.nanoimprint",
                ),
                outcome=Outcome.LICENSE_REQUIRED,
            ),
        ),
    ),
    Rule(
        id="EU-3B501.f.1.b",
        title="Advanced immersion lithography of Annex I 3B501.f.1.b (dedicated chuck overlay"
        " of 1.50 nm or less)",
        when=ANNEX_I_3B501_F1B,
        outcome=Outcome.LICENSE_REQUIRED,
        review="individual authorisation by the member state where the exporter is established",
        carveouts=(_eu001(D_2025),),
        effective=D_2025,
        source=Source(
            document=DELEGATED_2025,
            section="Annex I, 3B501.f.1.b (in force 15 Nov 2025)",
            url=DELEGATED_2025_URL,
        ),
        simplification="A DUV scanner whose wavelength or numerical aperture is not given is"
        " taken to meet the wavelength and MRF criteria, an immersion scanner whose overlay is"
        " not given is taken to meet the overlay criterion, and EU001's availability for the"
        " new entry is assumed.",
        examples=(
            Example(
                title="ASML NXT:2000i from the Netherlands to China after 15 Nov 2025",
                transaction=tx(
                    "2025-12-01",
                    "NL",
                    "CN",
                    "TWINSCAN NXT:2000i",
                    "sme.lithography.duv.immersion",
                    **NXT_2000I,
                ),
                outcome=Outcome.LICENSE_REQUIRED,
                source="Commission Delegated Regulation (EU) 2025/2003",
            ),
            Example(
                title="ASML NXT:2000i to China before 15 Nov 2025: not an EU entry yet",
                transaction=tx(
                    "2025-11-14",
                    "NL",
                    "CN",
                    "TWINSCAN NXT:2000i",
                    "sme.lithography.duv.immersion",
                    **NXT_2000I,
                ),
                outcome=Outcome.NO_LICENSE_REQUIRED,
            ),
            Example(
                title="Boundary: overlay exactly 1.50 nm is controlled ('1.50 nm or less')",
                transaction=tx(
                    "2025-12-01",
                    "NL",
                    "CN",
                    "boundary scanner",
                    "sme.lithography.duv.immersion",
                    params={"wavelength_nm": 193, "numerical_aperture": 1.35, "overlay_nm": 1.5},
                ),
                outcome=Outcome.LICENSE_REQUIRED,
            ),
            Example(
                title="Boundary: overlay 1.51 nm (and the NXT:1980i at 1.6 nm) is not",
                transaction=tx(
                    "2025-12-01",
                    "NL",
                    "CN",
                    "boundary scanner",
                    "sme.lithography.duv.immersion",
                    params={"wavelength_nm": 193, "numerical_aperture": 1.35, "overlay_nm": 1.51},
                ),
                outcome=Outcome.NO_LICENSE_REQUIRED,
            ),
            Example(
                title="Boundary: MRF exactly 45 nm at K = 0.25 is controlled",
                transaction=tx(
                    "2025-12-01",
                    "NL",
                    "CN",
                    "boundary scanner",
                    "sme.lithography.duv.dry",
                    params={"wavelength_nm": 193, "mrf_k025_nm": 45, "overlay_nm": 1.5},
                ),
                outcome=Outcome.LICENSE_REQUIRED,
            ),
            Example(
                title="ASML NXT:2000i given by kind only, after 15 Nov 2025",
                transaction=tx(
                    "2025-12-01",
                    "NL",
                    "CN",
                    "TWINSCAN NXT:2000i",
                    "sme.lithography.duv.immersion",
                ),
                outcome=Outcome.LICENSE_REQUIRED,
            ),
            Example(
                title="ArF dry scanner at NA 0.93 (MRF 51.9 nm at K = 0.25) is not",
                transaction=tx(
                    "2025-12-01",
                    "NL",
                    "CN",
                    "ArF dry scanner",
                    "sme.lithography.duv.dry",
                    params={"wavelength_nm": 193, "numerical_aperture": 0.93, "overlay_nm": 1.5},
                ),
                outcome=Outcome.NO_LICENSE_REQUIRED,
            ),
        ),
    ),
    Rule(
        id="EU-3B501.l-m",
        title="EUV masks, mask blanks and pellicles, and equipment to make them (3B501.l/m)",
        when=kind("sme.mask") & flag("euv"),
        outcome=Outcome.LICENSE_REQUIRED,
        review="individual authorisation by the member state where the exporter is established",
        carveouts=(_eu001(D_2025),),
        effective=D_2025,
        source=Source(
            document=DELEGATED_2025,
            section="Annex I, 3B501.l and 3B501.m (in force 15 Nov 2025)",
            url=DELEGATED_2025_URL,
        ),
        simplification="The entries' technical parameters are not modelled: every mask item"
        " made for EUV counts.",
        examples=(
            Example(
                title="EUV pellicles from the Netherlands to China after 15 Nov 2025",
                transaction=tx("2025-12-01", "NL", "CN", "EUV pellicle", "sme.mask", flags=["euv"]),
                outcome=Outcome.LICENSE_REQUIRED,
            ),
        ),
    ),
    Rule(
        id="EU-3A501.a.16",
        title="Integrated circuits of TPP 6000 or more (3A501.a.16)",
        when=kind("ic", "computer") & (TPP >= 6000),
        outcome=Outcome.LICENSE_REQUIRED,
        review="individual authorisation by the member state where the exporter is established",
        carveouts=(_eu001(D_2025),),
        effective=D_2025,
        source=Source(
            document=DELEGATED_2025,
            section="Annex I, 3A501.a.16 (in force 15 Nov 2025)",
            url=DELEGATED_2025_URL,
        ),
        simplification="Computers are described by the TPP of the ICs they contain; EU001's"
        " availability for the new entry is assumed.",
        examples=(
            Example(
                title="Nvidia H100 re-exported from Germany to China after 15 Nov 2025",
                transaction=tx(
                    "2025-12-01",
                    "DE",
                    "CN",
                    "H100",
                    "ic.accelerator",
                    params={"tpp": 15832},
                    flags=["datacenter"],
                ),
                outcome=Outcome.LICENSE_REQUIRED,
            ),
            Example(
                title="Boundary: TPP exactly 6000 is controlled ('6000 or more')",
                transaction=tx(
                    "2025-12-01",
                    "DE",
                    "CN",
                    "boundary chip",
                    "ic.accelerator",
                    params={"tpp": 6000},
                ),
                outcome=Outcome.LICENSE_REQUIRED,
            ),
            Example(
                title="Nvidia L40S (TPP 5864) from Germany to China: under the EU threshold",
                transaction=tx(
                    "2025-12-01",
                    "DE",
                    "CN",
                    "L40S",
                    "ic.accelerator",
                    params={"tpp": 5864},
                    flags=["datacenter"],
                ),
                outcome=Outcome.NO_LICENSE_REQUIRED,
                source="Computed: the EU threshold (6000) is above the US one (4800)",
            ),
        ),
    ),
)

REACH = (
    Nexus(
        id="eu-export",
        title="export from a member state to a destination outside the Union",
        when=LEAVES_THE_UNION,
        effective=D_2021,
        source=Source(
            document=REGULATION, section="Art. 2(1) 'export'; Art. 3(1)", url=REGULATION_URL
        ),
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
)

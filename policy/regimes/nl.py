"""The Netherlands: national controls on advanced semiconductor manufacturing equipment.

The Regeling geavanceerde productieapparatuur voor halfgeleiders (in force 1 Sep 2023),
made under Article 9 of Regulation (EU) 2021/821 and Article 4 of the Besluit strategische
goederen, requires a licence from the Minister for exports of the equipment in its annex
to any destination outside the Union. It was extended on 7 Sep 2024 (the NXT:1970i and
NXT:1980i class) and on 1 Apr 2025 (metrology and inspection). The Dutch minister is also
the authority that grants the licences the EU Dual-Use Regulation requires for Annex I items
exported from the Netherlands (EUV scanners), so that requirement appears here too.
"""

from __future__ import annotations

from datetime import date

from policy.model.conditions import (
    MRF_K025,
    WAVELENGTH,
    Condition,
    destination,
    exporter,
    flag,
    kind,
)
from policy.model.decisions import Outcome
from policy.model.regimes import Regime
from policy.model.rules import Example, Nexus, Rule, Source
from policy.regimes import eu
from policy.regimes._examples import ItemSpec, tx

REGELING_2023 = (
    "Regeling geavanceerde productieapparatuur voor halfgeleiders (Regeling van de Minister"
    " voor Buitenlandse Handel en Ontwikkelingssamenwerking van 23 juni 2023, nr."
    " MinBuza.2023.15246-27), Stcrt. 2023, 18212"
)
REGELING_2023_URL = "https://zoek.officielebekendmakingen.nl/stcrt-2023-18212.html"
REGELING_2024 = (
    "Regeling van 2 september 2024, nr. BZ2404162, amending the Regeling geavanceerde"
    " productieapparatuur voor halfgeleiders (annex replaced; published 6 Sep 2024)"
)
REGELING_2025 = (
    "Regeling amending the Regeling geavanceerde productieapparatuur voor halfgeleiders,"
    " announced 15 Jan 2025 (metrology and inspection equipment added)"
)

D_2023 = date(2023, 9, 1)
D_2024 = date(2024, 9, 7)
D_2025 = date(2025, 4, 1)

#: The Regeling's lithography item in 2023: immersion step-and-scan equipment with a
#: dedicated chuck overlay of 1.50 nm or less (taken to match EU 3B501.f.1.b: wavelength
#: 193 nm or more, MRF of 45 nm or less at K = 0.25). A missing wavelength or numerical
#: aperture, and an immersion scanner's missing overlay, are taken to be within the entry.
LITHO_2023: Condition = (
    kind("sme.lithography.duv") & ~(WAVELENGTH < 193) & ~(MRF_K025 > 45) & eu.overlay_within(1.5)
)
#: From 7 Sep 2024 the overlay limit is widened to 2.4 nm (the NXT:1970i/1980i class).
LITHO_2024: Condition = (
    kind("sme.lithography.duv") & ~(WAVELENGTH < 193) & ~(MRF_K025 > 45) & eu.overlay_within(2.4)
)

LEAVES_THE_UNION: Condition = exporter("NL") & ~destination(groups=("EU",))

NXT_2000I: ItemSpec = {
    "params": {"wavelength_nm": 193, "numerical_aperture": 1.35, "overlay_nm": 1.4}
}
NXT_1980I: ItemSpec = {
    "params": {"wavelength_nm": 193, "numerical_aperture": 1.35, "overlay_nm": 1.6}
}
NXT_1970I: ItemSpec = {
    "params": {"wavelength_nm": 193, "numerical_aperture": 1.35, "overlay_nm": 2.0}
}

_LITHO_2023 = Rule(
    id="NL-lithography",
    title="Advanced immersion DUV lithography (dedicated chuck overlay of 1.50 nm or less)",
    when=LITHO_2023,
    outcome=Outcome.LICENSE_REQUIRED,
    review="case-by-case",
    effective=D_2023,
    source=Source(document=REGELING_2023, section="Art. 2; Bijlage (annex)", url=REGELING_2023_URL),
    simplification="The annex's lithography criteria are taken to equal EU 3B501.f.1.b"
    " (overlay of 1.50 nm or less), a DUV scanner whose wavelength or numerical aperture"
    " is not given is taken to meet the wavelength and MRF criteria, and an immersion scanner"
    " whose overlay is not given is taken to meet the overlay criterion.",
    examples=(
        Example(
            title="ASML NXT:2000i from the Netherlands to China, October 2023",
            transaction=tx(
                "2023-10-01",
                "NL",
                "CN",
                "TWINSCAN NXT:2000i",
                "sme.lithography.duv.immersion",
                **NXT_2000I,
            ),
            outcome=Outcome.LICENSE_REQUIRED,
            source="ASML statement of 30 Jun 2023; Tweakers",
        ),
        Example(
            title="ASML NXT:2000i to China in August 2023, before the Regeling applied",
            transaction=tx(
                "2023-08-31",
                "NL",
                "CN",
                "TWINSCAN NXT:2000i",
                "sme.lithography.duv.immersion",
                **NXT_2000I,
            ),
            outcome=Outcome.NO_LICENSE_REQUIRED,
            source="ASML Q3 2023: rush orders shipped before the rules",
        ),
        Example(
            title="ASML NXT:1980i to China in 2024: not in the 2023 annex",
            transaction=tx(
                "2024-03-01",
                "NL",
                "CN",
                "TWINSCAN NXT:1980i",
                "sme.lithography.duv.immersion",
                **NXT_1980I,
            ),
            outcome=Outcome.NO_LICENSE_REQUIRED,
            source="Rijksoverheid, 6 Sep 2024: the 1970i/1980i needed a Dutch licence only"
            " from 7 Sep 2024",
        ),
        Example(
            title="Boundary: overlay exactly 1.50 nm is controlled in 2023",
            transaction=tx(
                "2023-10-01",
                "NL",
                "CN",
                "boundary scanner",
                "sme.lithography.duv.immersion",
                params={"wavelength_nm": 193, "numerical_aperture": 1.35, "overlay_nm": 1.5},
            ),
            outcome=Outcome.LICENSE_REQUIRED,
        ),
        Example(
            title="ASML NXT:2000i given by kind only, October 2023: a missing overlay is taken"
            " to be within the entry",
            transaction=tx(
                "2023-10-01",
                "NL",
                "CN",
                "TWINSCAN NXT:2000i",
                "sme.lithography.duv.immersion",
            ),
            outcome=Outcome.LICENSE_REQUIRED,
            source="ASML statement of 30 Jun 2023: the NXT:2000i and later need a licence",
        ),
        Example(
            title="A dry ArF scanner that does not give its overlay is not taken to be within",
            transaction=tx(
                "2023-10-01",
                "NL",
                "CN",
                "ArF dry scanner",
                "sme.lithography.duv.dry",
                params={"wavelength_nm": 193, "numerical_aperture": 0.93},
            ),
            outcome=Outcome.NO_LICENSE_REQUIRED,
        ),
        Example(
            title="ASML NXT:2000i to the US: the Regeling is country-neutral",
            transaction=tx(
                "2023-10-01",
                "NL",
                "US",
                "TWINSCAN NXT:2000i",
                "sme.lithography.duv.immersion",
                **NXT_2000I,
            ),
            outcome=Outcome.LICENSE_REQUIRED,
            source="Mayer Brown; Baker McKenzie: licence for all destinations outside the EU",
        ),
    ),
)
_LITHO_2023_OLD, _LITHO_2024 = _LITHO_2023.amended(
    D_2024,
    title="Advanced immersion DUV lithography (dedicated chuck overlay of 2.4 nm or less,"
    " from 7 Sep 2024)",
    when=LITHO_2024,
    source=Source(document=REGELING_2024, section="Bijlage (annex, replaced)"),
    simplification="The 2024 annex's overlay band is taken as 2.4 nm or less (the Dutch"
    " text was not confirmed; a US entry uses the same 1.5-2.4 nm band), a DUV scanner"
    " whose wavelength or numerical aperture is not given is taken to meet the wavelength"
    " and MRF criteria, and an immersion scanner whose overlay is not given is taken to meet"
    " the overlay criterion.",
    examples=(
        Example(
            title="ASML NXT:1980i from the Netherlands to China after 7 Sep 2024",
            transaction=tx(
                "2024-10-01",
                "NL",
                "CN",
                "TWINSCAN NXT:1980i",
                "sme.lithography.duv.immersion",
                **NXT_1980I,
            ),
            outcome=Outcome.LICENSE_REQUIRED,
            source="Rijksoverheid, 6 Sep 2024; Reuters",
        ),
        Example(
            title="ASML NXT:1970i from the Netherlands to China in 2025",
            transaction=tx(
                "2025-02-01",
                "NL",
                "CN",
                "TWINSCAN NXT:1970i",
                "sme.lithography.duv.immersion",
                **NXT_1970I,
            ),
            outcome=Outcome.LICENSE_REQUIRED,
            source="Rijksoverheid, 6 Sep 2024",
        ),
        Example(
            title="Boundary: overlay exactly 2.4 nm is controlled from 7 Sep 2024",
            transaction=tx(
                "2024-10-01",
                "NL",
                "CN",
                "boundary scanner",
                "sme.lithography.duv.immersion",
                params={"wavelength_nm": 193, "numerical_aperture": 1.35, "overlay_nm": 2.4},
            ),
            outcome=Outcome.LICENSE_REQUIRED,
        ),
        Example(
            title="ASML NXT:2000i given by kind only, 2024",
            transaction=tx(
                "2024-10-01",
                "NL",
                "CN",
                "TWINSCAN NXT:2000i",
                "sme.lithography.duv.immersion",
            ),
            outcome=Outcome.LICENSE_REQUIRED,
        ),
        Example(
            title="Boundary: overlay 2.5 nm is not",
            transaction=tx(
                "2024-10-01",
                "NL",
                "CN",
                "older scanner",
                "sme.lithography.duv.immersion",
                params={"wavelength_nm": 193, "numerical_aperture": 1.35, "overlay_nm": 2.5},
            ),
            outcome=Outcome.NO_LICENSE_REQUIRED,
        ),
    ),
)

RULES = (
    _LITHO_2023_OLD,
    _LITHO_2024,
    Rule(
        id="NL-deposition",
        title="ALD of work-function metals, silicon/SiGe epitaxy and void-free low-k plasma"
        " deposition equipment",
        when=kind("sme.deposition"),
        outcome=Outcome.LICENSE_REQUIRED,
        review="case-by-case",
        effective=D_2023,
        source=Source(
            document=REGELING_2023,
            section="Bijlage: 3B001.a.4, 3B001.d.12, 3B001.d.19 (national entries)",
            url=REGELING_2023_URL,
        ),
        simplification="The annex's parameters are not modelled: every deposition or epitaxy"
        " tool counts as a listed one.",
        examples=(
            Example(
                title="ASM International ALD tool from the Netherlands to China, 2024",
                transaction=tx("2024-02-01", "NL", "CN", "ASM ALD tool", "sme.deposition"),
                outcome=Outcome.LICENSE_REQUIRED,
                source="SemiAnalysis; Techzine: ASMI covered by the Dutch controls",
            ),
        ),
    ),
    Rule(
        id="NL-euv-pellicles",
        title="EUV pellicles and equipment to make them",
        when=kind("sme.mask") & flag("euv"),
        outcome=Outcome.LICENSE_REQUIRED,
        review="case-by-case",
        effective=D_2023,
        source=Source(
            document=REGELING_2023,
            section="Bijlage: 3B001.l and 3B001.m (national entries)",
            url=REGELING_2023_URL,
        ),
        simplification="Every mask item made for EUV counts as a listed pellicle item.",
        examples=(
            Example(
                title="EUV pellicles from the Netherlands to China, 2024",
                transaction=tx("2024-01-15", "NL", "CN", "EUV pellicle", "sme.mask", flags=["euv"]),
                outcome=Outcome.LICENSE_REQUIRED,
                source="Baker McKenzie; Expeditors: 3B001.l/m in the Dutch annex",
            ),
        ),
    ),
    Rule(
        id="NL-metrology",
        title="Metrology and inspection equipment (from 1 Apr 2025)",
        when=kind("sme.inspection"),
        outcome=Outcome.LICENSE_REQUIRED,
        review="case-by-case",
        effective=D_2025,
        source=Source(document=REGELING_2025, section="Bijlage (metrology and inspection)"),
        simplification="The added metrology and inspection items' parameters are not"
        " modelled: every inspection or metrology tool counts.",
        examples=(
            Example(
                title="ASML e-beam inspection tool from the Netherlands to China, May 2025",
                transaction=tx("2025-05-01", "NL", "CN", "ASML HMI e-beam", "sme.inspection"),
                outcome=Outcome.LICENSE_REQUIRED,
                source="Rijksoverheid, 15 Jan 2025; Techzine",
            ),
            Example(
                title="The same tool in March 2025, before the extension",
                transaction=tx("2025-03-01", "NL", "CN", "ASML HMI e-beam", "sme.inspection"),
                outcome=Outcome.NO_LICENSE_REQUIRED,
            ),
        ),
    ),
    Rule(
        id="NL-annex-I-lithography",
        title="Annex I 3B001.f.1 lithography (EUV) and 3B001.f.2 imprint lithography exported"
        " from the Netherlands: licence from the Dutch minister",
        when=eu.ANNEX_I_3B001_F1 | eu.ANNEX_I_3B001_F2,
        outcome=Outcome.LICENSE_REQUIRED,
        review="denied for China since 2019",
        carveouts=(eu.RULES[0].carveouts[0].model_copy(update={"effective": eu.D_2021}),),
        effective=eu.D_2021,
        source=Source(
            document=eu.REGULATION,
            section="Art. 3(1) and 12(1)(a): authorisation by the competent authority of the"
            " member state of the exporter; Besluit strategische goederen",
            url=eu.REGULATION_URL,
        ),
        simplification=eu.IMPRINT_SIMPLIFICATION,
        note="The licence the EU regulation requires is the Dutch minister's; the EU regime"
        " carries the same entries.",
        examples=(
            Example(
                title="ASML EUV scanner from the Netherlands to China",
                transaction=tx(
                    "2024-01-15",
                    "NL",
                    "CN",
                    "TWINSCAN NXE:3800E",
                    "sme.lithography.euv",
                    params={"wavelength_nm": 13.5, "numerical_aperture": 0.33},
                ),
                outcome=Outcome.LICENSE_REQUIRED,
                source="AP; Reuters; NL Times: EUV never licensed for China",
            ),
            Example(
                title="Imprint lithography tool for 14 nm from the Netherlands to China",
                transaction=tx(
                    "2024-10-01",
                    "NL",
                    "CN",
                    "imprint tool",
                    "sme.lithography.nanoimprint",
                    params={"node_nm": 14},
                ),
                outcome=Outcome.LICENSE_REQUIRED,
            ),
        ),
    ),
)

REACH = (
    Nexus(
        id="nl-export",
        title="export from the Netherlands to a destination outside the Union",
        when=LEAVES_THE_UNION,
        effective=eu.D_2021,
        source=Source(document=REGELING_2023, section="Art. 2 (uitvoer)", url=REGELING_2023_URL),
        note="Servicing licences (announced in 2023, decided case by case) are not modelled.",
    ),
)

REGIME = Regime(
    jurisdiction="NL",
    name="Netherlands: national controls on advanced semiconductor manufacturing equipment",
    summary="Since 1 Sep 2023 the most advanced immersion DUV scanners, and certain"
    " deposition and EUV pellicle equipment, need a Dutch licence for export outside the EU;"
    " the NXT:1970i/1980i class followed on 7 Sep 2024 and metrology on 1 Apr 2025.",
    reach=REACH,
    rules=RULES,
    groups=(eu.EU_MEMBERS, eu.EU001_GROUP),
    assumptions=(
        "The 2023 annex's lithography criteria are taken to equal those of EU 3B501.f.1.b"
        " (wavelength 193 nm or more, MRF of 45 nm or less at K = 0.25, dedicated chuck"
        " overlay of 1.50 nm or less).",
        "The 7 Sep 2024 annex is taken to widen the overlay limit to 2.4 nm (a band of more"
        " than 1.5 and up to 2.4 nm), catching the NXT:1970i and NXT:1980i; the Dutch text of"
        " the new band was not confirmed.",
        "Licences granted under the old annex stay valid for their term; the model does not"
        " track individual licences.",
    ),
)

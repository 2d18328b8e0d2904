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
from functools import partial

from policy.model.conditions import (
    MRF_K025,
    OVERLAY,
    WAVELENGTH,
    Condition,
    destination,
    exporter,
    flag,
    kind,
)
from policy.model.regimes import Modelled, Regime
from policy.model.rules import Source
from policy.regimes import cases, eu
from policy.regimes._rules import nexus, rule

REGELING_2023 = (
    "Regeling geavanceerde productieapparatuur voor halfgeleiders (Regeling van de Minister"
    " voor Buitenlandse Handel en Ontwikkelingssamenwerking van 23 juni 2023, nr."
    " MinBuza.2023.15246-27), Stcrt. 2023, 18212"
)
REGELING_2023_URL = "https://zoek.officielebekendmakingen.nl/stcrt-2023-18212.html"
D_2023 = date(2023, 9, 1)
REGELING_2024 = (
    "Regeling van 2 september 2024, nr. BZ2404162, amending the Regeling geavanceerde"
    " productieapparatuur voor halfgeleiders (annex replaced; published 6 Sep 2024)"
)
D_2024 = date(2024, 9, 7)
REGELING_2025 = (
    "Regeling amending the Regeling geavanceerde productieapparatuur voor halfgeleiders,"
    " announced 15 Jan 2025 (metrology and inspection equipment added)"
)
D_2025 = date(2025, 4, 1)
SERVICING_2024 = (
    "Ministry of Foreign Affairs statement of 10 Sep 2024 (Reuters) on the Regeling as"
    " amended on 2 Sep 2024: the licence requirement covers services, spare parts, software"
    " and technology specially developed for the listed equipment"
)

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


def regeling(section: str) -> Source:
    """A section of the Regeling as made in 2023."""
    return Source(document=REGELING_2023, section=section, url=REGELING_2023_URL)


#: The review of the Regeling's licences: the minister decides each case.
CASE_BY_CASE = "case-by-case"

#: A licence of the Regeling, decided case by case.
licence = partial(rule, review=CASE_BY_CASE)

_LITHO_2023 = licence(
    "NL-lithography",
    "Advanced immersion DUV lithography (dedicated chuck overlay of 1.50 nm or less)",
    LITHO_2023,
    effective=D_2023,
    source=regeling("Art. 2; Bijlage (annex)"),
    simplification="The annex's lithography criteria are taken to equal EU 3B501.f.1.b"
    " (overlay of 1.50 nm or less), a DUV scanner whose wavelength or numerical aperture"
    " is not given is taken to meet the wavelength and MRF criteria, and an immersion scanner"
    " whose overlay is not given is taken to meet the overlay criterion.",
    examples=cases.NL_LITHOGRAPHY_2023,
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
    examples=cases.NL_LITHOGRAPHY_2024,
)

RULES = (
    _LITHO_2023_OLD,
    _LITHO_2024,
    licence(
        "NL-deposition",
        "ALD of work-function metals, silicon/SiGe epitaxy and void-free low-k plasma"
        " deposition equipment",
        kind("sme.deposition"),
        effective=D_2023,
        source=regeling("Bijlage: 3B001.a.4, 3B001.d.12, 3B001.d.19 (national entries)"),
        simplification="The annex's parameters are not modelled: every deposition or epitaxy"
        " tool counts as a listed one.",
        examples=cases.NL_DEPOSITION,
    ),
    licence(
        "NL-euv-pellicles",
        "EUV pellicles and equipment to make them",
        kind("sme.mask") & flag("euv"),
        effective=D_2023,
        source=regeling("Bijlage: 3B001.l and 3B001.m (national entries)"),
        simplification="Every mask item made for EUV counts as a listed pellicle item.",
        examples=cases.NL_PELLICLES,
    ),
    licence(
        "NL-servicing",
        "Servicing, spare parts and software updates for listed immersion scanners (dedicated"
        " chuck overlay of 2.4 nm or less), from 7 Sep 2024",
        kind("service.support") & (OVERLAY <= 2.4),
        effective=D_2024,
        source=Source(
            document=REGELING_2024,
            section=f"Bijlage: components, software and technology specially developed for the"
            f" listed equipment; {SERVICING_2024}",
        ),
        simplification="A service is for a listed scanner when it gives that scanner's"
        " dedicated chuck overlay (2.4 nm or less); a service that names no tool is not caught,"
        " and the case-by-case servicing licences announced for 2023 are not modelled.",
        examples=cases.NL_SERVICING,
    ),
    licence(
        "NL-metrology",
        "Metrology and inspection equipment (from 1 Apr 2025)",
        kind("sme.inspection"),
        effective=D_2025,
        source=Source(document=REGELING_2025, section="Bijlage (metrology and inspection)"),
        simplification="The added metrology and inspection items' parameters are not"
        " modelled: every inspection or metrology tool counts.",
        examples=cases.NL_METROLOGY,
    ),
    rule(
        "NL-annex-I-lithography",
        "Annex I 3B001.f.1 lithography (EUV) and 3B001.f.2 imprint lithography exported"
        " from the Netherlands: licence from the Dutch minister",
        eu.ANNEX_I_3B001_F1 | eu.ANNEX_I_3B001_F2,
        review="denied for China since 2019",
        carveouts=(eu.eu001(eu.D_2021),),
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
        examples=cases.NL_ANNEX_I,
    ),
)

REACH = (
    nexus(
        "nl-export",
        "export from the Netherlands to a destination outside the Union",
        LEAVES_THE_UNION,
        effective=eu.D_2021,
        source=regeling("Art. 2 (uitvoer)"),
        note="Servicing is modelled from 7 Sep 2024 (NL-servicing); the case-by-case"
        " servicing licences announced in 2023 are not.",
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
        "From 7 Sep 2024 servicing, spare parts and software updates for the listed immersion"
        " scanners need a licence, as the Ministry of Foreign Affairs stated on 10 Sep 2024; a"
        " service is tied to a scanner by the overlay it gives.",
    ),
    models=(
        Modelled(
            kinds=("sme.deposition", "sme.inspection", "sme.lithography", "sme.mask"),
            note="The Regeling's annex and the Annex I lithography the minister licenses;"
            " Annex I's etch entries are not modelled.",
        ),
        Modelled(
            kinds=("service.support",),
            note="Servicing, spare parts and software updates for the listed immersion"
            " scanners from 7 Sep 2024 (NL-servicing); other services are not modelled.",
        ),
    ),
    # No ``implements``: Regulation (EU) 2021/821 applies directly in the Netherlands (TFEU
    # Art. 288) and the EU regime reaches Dutch exports itself; this regime holds only the
    # national measures added on top of it, so it does not implement the EU list.
)

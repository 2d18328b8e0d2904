"""United States: the long-standing Commerce Control List entries for chip-making equipment
and its software and technology (15 CFR Part 774, Supplement No. 1), read through the
Commerce Country Chart (15 CFR Part 738, Supplement No. 1).

The 2022-2025 rules were built on entries decades older: 3B001.f.1 lithography (EUV by its
wavelength, DUV by its minimum resolvable feature) and 3B001.f.2 imprint lithography are
controlled for national security under NS column 2, so an EUV scanner needed a US licence
to China long before 2022. On top of them came 3B090 (7 Oct 2022, China and Macau), the
17 Nov 2023 rule that moved those items into 3B001 and added immersion scanners of 2.4 nm
overlay or better as 3B001.f.1.b.2, licensed to Macau and D:5 whatever the fab's node, and
3D001/3E001 software and technology under NS column 1.

The chart's columns are country groups of the regime (:mod:`~policy.regimes.us.groups`):
each holds the destinations *without* an X, and a rule reads "a destination with an X".
Anti-terrorism (AT column 1: Iran, North Korea, Syria) adds nothing here, since every AT
destination already has an X in NS columns 1 and 2.
"""

from __future__ import annotations

from policy.model.conditions import destination, kind
from policy.model.rules import Carveout
from policy.regimes import cases, eu
from policy.regimes.us.groups import CHINA, D5_OR_MACAU, NS1, NS2
from policy.regimes.us.reach import ear_rule
from policy.regimes.us.scopes import (
    CLASSIFIED_3B001,
    CLASSIFIED_3B090,
    CLASSIFIED_3B993,
    CLASSIFIED_3D001_3E001,
    ECCN_3B001_F1_B2_2023,
)
from policy.regimes.us.sources import (
    D_2022,
    D_2023,
    D_2024,
    D_CCL,
    DEC_2024,
    OCT_2022,
    SME_2023,
    SUPP1_738,
    SUPP1_774,
    cite,
)

#: National-security review under 15 CFR 742.4(b): case by case, to see whether the export
#: would make a significant contribution to the military potential of a country of concern.
NS_REVIEW = "case-by-case (15 CFR 742.4(b)(1))"

#: The review of the 2022 and 2023 semiconductor-equipment licences.
SME_REVIEW = "presumption of denial (case-by-case for multinational-owned fabs)"

ECCN_3B001_F1_EUV_RULE = ear_rule(
    "US-3B001.f.1",
    "EUV lithography equipment of ECCN 3B001.f.1 to destinations with an X in NS column 2"
    " (the period before the entry's parameters are modelled)",
    kind("sme.lithography.euv") & NS2,
    review=NS_REVIEW,
    effective=eu.D_2009,
    end=D_CCL,
    source=cite(SUPP1_774, "ECCN 3B001.f.1, License Requirements: NS column 2 (15 CFR 742.4)"),
    simplification="Before 1 Jan 2021 only EUV scanners are modelled (their 13.5 nm light is"
    " below every wavelength threshold 3B001.f.1 has had), from 27 Aug 2009, the first day"
    " the Wassenaar floor is modelled.",
    examples=cases.US_3B001_F1_EARLY,
)

ECCN_3B001_F1_RULE = ear_rule(
    "US-3B001.f.1",
    "Lithography equipment of ECCN 3B001.f.1 (EUV; DUV with MRF of 45 nm or less at"
    " K = 0.35) to destinations with an X in NS column 2",
    eu.ANNEX_I_3B001_F1 & NS2,
    review=NS_REVIEW,
    effective=D_CCL,
    source=cite(SUPP1_774, "ECCN 3B001.f.1, License Requirements: NS column 2 (15 CFR 742.4)"),
    simplification="The entry's parameters are those of the Wassenaar list (wavelength below"
    " 193 nm, or MRF of 45 nm or less at K = 0.35); License Exception GBS, which 3B001.f"
    " cannot use, is not modelled, and the model starts the entry on 1 Jan 2021.",
    examples=cases.US_3B001_F1,
)

ECCN_3B001_F2_RULE = ear_rule(
    "US-3B001.f.2",
    "Imprint lithography equipment of ECCN 3B001.f.2 (production features of 45 nm or less)"
    " to destinations with an X in NS column 2",
    eu.ANNEX_I_3B001_F2 & NS2,
    review=NS_REVIEW,
    effective=D_CCL,
    source=cite(SUPP1_774, "ECCN 3B001.f.2, License Requirements: NS column 2 (15 CFR 742.4)"),
    simplification=eu.IMPRINT_SIMPLIFICATION,
    examples=cases.US_3B001_F2,
)

ECCN_3B001_F1_B2_RULE = ear_rule(
    "US-3B001.f.1.b.2",
    "Immersion DUV lithography with a dedicated chuck overlay of 2.4 nm or better"
    " (3B001.f.1.b.2) to Macau or D:5, whatever the fab's node",
    ECCN_3B001_F1_B2_2023 & D5_OR_MACAU,
    review=SME_REVIEW,
    effective=D_2023,
    source=cite(SME_2023, "ECCN 3B001.f.1.b.2; 15 CFR 742.4(a)(4)"),
    simplification="The entry is read on wavelength (193 nm or more) and dedicated chuck"
    " overlay (2.4 nm or better) as given; a scanner that does not give them is caught only"
    " by its classification.",
    note="Reached by ordinary de minimis (more than 25% US content) for any fab, and by 0% de"
    " minimis for an advanced-node fab (US-3B001.f.1-advanced-fab).",
    examples=cases.US_3B001_F1_B2,
)

ECCN_3B090_RULE = ear_rule(
    "US-3B090",
    "Semiconductor manufacturing equipment of ECCN 3B090 (2022) to China or Macau",
    CLASSIFIED_3B090 & CHINA,
    review=SME_REVIEW,
    effective=D_2022,
    end=D_2023,
    source=cite(OCT_2022, "ECCN 3B090; 15 CFR 742.6(a)(6)(iv) (RS China)"),
    simplification="The entry's etch, deposition and epitaxy parameters are not in the"
    " vocabulary: an item is within 3B090 when the exporter classified it there.",
    note="Macau joined the destinations on 17 Jan 2023 (88 FR 2821); the 2023 rule moved the"
    " items into 3B001.",
    examples=cases.US_3B090,
)

ECCN_3B001_SME_RULE = ear_rule(
    "US-3B001-sme-2023",
    "Semiconductor manufacturing equipment classified in ECCN 3B001 (etch, deposition,"
    " epitaxy, masks and the rest) to Macau or D:5",
    CLASSIFIED_3B001 & D5_OR_MACAU,
    review=SME_REVIEW,
    effective=D_2023,
    source=cite(SME_2023, "ECCN 3B001.a.4, c, d, k to p; 15 CFR 742.4(a)(4)"),
    simplification="The parameters of the non-lithography 3B001 items are not in the"
    " vocabulary: an item is within the entry when the exporter classified it in 3B001,"
    " and only the 2023 destination scope (Macau and D:5) is modelled for it.",
    examples=cases.US_3B001_SME,
)

ECCN_3B993_RULE = ear_rule(
    "US-3B993",
    "Semiconductor manufacturing equipment classified in ECCN 3B993 to Macau or D:5",
    CLASSIFIED_3B993 & D5_OR_MACAU,
    review=SME_REVIEW,
    effective=D_2024,
    source=cite(DEC_2024, "ECCN 3B993 (RS: Macau and Country Group D:5); 15 CFR 742.6(a)(6)"),
    simplification="The entry's parameters are not in the vocabulary: an item is within 3B993"
    " when the exporter classified it there, and the review policy is taken to be that of the"
    " other equipment entries of the 2023 and 2024 rules.",
    examples=cases.US_3B993,
)

ECCN_3B001_NS2_RULE = ear_rule(
    "US-3B001-ns2",
    "Semiconductor manufacturing equipment classified in ECCN 3B001 to destinations with an"
    " X in NS column 2",
    CLASSIFIED_3B001 & NS2,
    review=NS_REVIEW,
    effective=D_CCL,
    source=cite(
        SUPP1_774,
        "ECCN 3B001, License Requirements: NS applies to entire entry,"
        " NS column 2 (15 CFR 742.4); " + SUPP1_738,
    ),
    simplification="The parameters of the non-lithography 3B001 items are not in the"
    " vocabulary: an item is within the entry when the exporter classified it in 3B001, and"
    " License Exception GBS, which 3B001 items other than 3B001.f may use to Country Group"
    " B, is not modelled.",
    examples=cases.US_3B001_NS2,
)

TSR = Carveout(
    id="TSR",
    title="License Exception TSR (technology and software under restriction) for Country"
    " Group B destinations",
    when=~destination(groups=("D:1",)) & ~destination("CU", "IR", "KP", "SY"),
    effective=D_CCL,
    source=cite(
        SUPP1_774, "ECCN 3D001 and 3E001, List Based License Exceptions: TSR; 15 CFR 740.6"
    ),
    note="Needs the consignee's written assurance against re-export to D:1 and E:1/E:2.",
)

ECCN_3D001_3E001_RULE = ear_rule(
    "US-3D001-3E001",
    "Software (3D001) and technology (3E001) for the equipment of 3B001 to destinations"
    " with an X in NS column 1",
    CLASSIFIED_3D001_3E001 & NS1,
    review=NS_REVIEW,
    effective=D_CCL,
    carveouts=(TSR,),
    source=cite(SUPP1_774, f"ECCN 3D001 and 3E001, License Requirements: NS column 1; {SUPP1_738}"),
    simplification="Software and technology are within the entries when the exporter"
    " classified them there; Country Group B, where TSR may be used, is read as every"
    " destination outside D:1 and E:1/E:2, and the RS China control the 2022 rule added to"
    " 3D001/3E001 is not modelled separately (NS column 1 already reaches China).",
    examples=cases.US_3D001_3E001,
)

#: The rules of this module.
RULES = (
    ECCN_3B001_F1_EUV_RULE,
    ECCN_3B001_F1_RULE,
    ECCN_3B001_F2_RULE,
    ECCN_3B001_F1_B2_RULE,
    ECCN_3B090_RULE,
    ECCN_3B001_SME_RULE,
    ECCN_3B001_NS2_RULE,
    ECCN_3B993_RULE,
    ECCN_3D001_3E001_RULE,
)

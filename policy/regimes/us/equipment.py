"""United States: chip-making equipment made abroad, caught through 0% de minimis (the
17 Nov 2023 SME rule, 88 FR 73424).

Immersion DUV scanners of 2.4 nm dedicated chuck overlay or better with any US content,
bound for an advanced-node fab in Macau or D:5, need a US licence wherever they are made:
ASML's scanners carry US content through their Cymer light sources. The December 2024
foreign-direct-product rule for equipment (§734.9(k)) is part of the reach.
"""

from __future__ import annotations

from policy.regimes import cases
from policy.regimes.us.end_use import FOR_ADVANCED_FAB
from policy.regimes.us.groups import D5_OR_MACAU
from policy.regimes.us.reach import ear_rule
from policy.regimes.us.scopes import LITHO_2023_ADVANCED_FAB
from policy.regimes.us.sources import D_2023, SME_2023, cite

LITHOGRAPHY_RULE = ear_rule(
    "US-3B001.f.1-advanced-fab",
    "Immersion DUV scanners (overlay 2.4 nm or better) made abroad with US content,"
    " for advanced-node fabs in Macau or D:5",
    LITHO_2023_ADVANCED_FAB & FOR_ADVANCED_FAB & D5_OR_MACAU,
    nexus=("de-minimis-0-lithography",),
    effective=D_2023,
    route_only=True,
    source=cite(SME_2023, "15 CFR 734.4 and ECCN 3B001.f.1 (dedicated chuck overlay)"),
    simplification="The 2023 lithography entries are summarised by the dedicated chuck"
    " overlay: any immersion scanner of 2.4 nm or better with US content bound for an"
    " advanced-node fab is caught through 0% de minimis.",
    examples=cases.US_LITHOGRAPHY,
)

#: The rules of this module.
RULES = (LITHOGRAPHY_RULE,)

"""United States: end-use controls, §744.23 (supercomputers and advanced-node fabs) and
§744.6 (US persons).

These rules follow the use, not the item: any IC or computer for a supercomputer, any item
subject to the EAR for an advanced-node fab, in China (and Macau from 17 Jan 2023) under
the 2022 text and in Macau or D:5 from 17 Nov 2023; and the support US persons give to
such fabs, wherever the tool they service was made.
"""

from __future__ import annotations

from datetime import date

from policy.model.conditions import Condition, end_use, kind, listed, persons
from policy.model.parties import Listing, PartyList
from policy.regimes import cases
from policy.regimes.us.groups import CHINA, D5_OR_MACAU
from policy.regimes.us.reach import ear_rule
from policy.regimes.us.sources import (
    ADVANCED_FABS_SOURCE,
    D_2022,
    D_2022_PERSONS,
    D_2023,
    OCT_2022,
    OCT_2023,
    SME_2023,
    cite,
)

#: The end uses these rules turn on, in the words of the transaction contract.
SUPERCOMPUTER = "supercomputer"
ADVANCED_FAB = "advanced_node_fab"

#: Fabs that public sources show producing ICs within the advanced-node criteria of
#: §744.23(a)(2) and §744.6(c)(2) (NAND of 128 layers or more; logic at 16/14 nm or below):
#: an item or a US person's support for one of them is for an advanced-node fab whether or
#: not the transaction says so. One row a fab: party id (a party of the regime), the day
#: from which its production is documented, and the source.
# fmt: off
_ADVANCED_FABS = (
    ("YMTC", "2020-04-13", "YMTC announcement of 13 Apr 2020: 128-layer 3D NAND (X2-6070);"
     " BIS's 7 Oct 2022 rule named 128-layer NAND as the memory criterion"),
    ("SMSC", "2019-12-31", "SMIC annual report 2019: 14 nm FinFET logic in volume production"
     " from Q4 2019 at Semiconductor Manufacturing South China Corporation"),
)
# fmt: on
ADVANCED_FABS = PartyList(
    id="us_advanced_fabs",
    name="Advanced-node fabs named in public sources (15 CFR 744.23(a)(2), 744.6(c)(2))",
    listings=tuple(
        Listing(party=pid, start=date.fromisoformat(start), source=src)
        for pid, start, src in _ADVANCED_FABS
    ),
    source=ADVANCED_FABS_SOURCE,
    note="Not a list of the EAR: the facts that make the end use known for these fabs.",
)
#: The advanced-node fab end use: stated by the transaction, or an end user in the table.
FOR_ADVANCED_FAB: Condition = end_use(ADVANCED_FAB) | listed("us_advanced_fabs")

#: §744.23(a)(1): ICs and computers for a supercomputer end use; from 17 Nov 2023 in Macau
#: or D:5 rather than China (Macau joined on 17 Jan 2023 through the China+Macau group).
SUPERCOMPUTER_RULES = ear_rule(
    "US-744.23-supercomputer",
    "ICs and computers for a supercomputer end use in China or Macau",
    kind("ic", "computer") & end_use(SUPERCOMPUTER) & CHINA,
    effective=D_2022,
    route_only=True,
    source=cite(OCT_2022, "15 CFR 744.23(a)(1)"),
    simplification="The item scope (ICs, computers, electronic assemblies and components of the"
    " listed Category 3, 4 and 5 ECCNs) is modelled as every IC and computer, the"
    " supercomputer's location as the destination, and foreign-produced items made subject to"
    " the EAR by §734.9(i) are held to the same item scope.",
    examples=cases.US_SUPERCOMPUTER_2022,
).amended(
    D_2023,
    title="ICs and computers for a supercomputer end use in Macau or D:5",
    when=kind("ic", "computer") & end_use(SUPERCOMPUTER) & D5_OR_MACAU,
    source=cite(OCT_2023, "15 CFR 744.23(a)(1)"),
    examples=cases.US_SUPERCOMPUTER_2023,
)

#: §744.23 advanced-node fab end use: any item subject to the EAR (services are not items;
#: US persons' support is §744.6). China (and Macau from 17 Jan 2023) under the 2022 text,
#: Macau and D:5 from 17 Nov 2023.
ADVANCED_FAB_RULES = ear_rule(
    "US-744.23-fab",
    "Any item for IC development or production at an advanced-node fab in China or Macau",
    ~kind("service") & FOR_ADVANCED_FAB & CHINA,
    review="presumption of denial (case-by-case for multinational-owned fabs)",
    effective=D_2022,
    route_only=True,
    source=cite(
        OCT_2022, "15 CFR 744.23(a)(1)(iii), with the advanced-node criteria of (a)(2)(iii)"
    ),
    simplification="Any item subject to the EAR is read as every item kind except services"
    " (US persons' support is §744.6), and the advanced-node end use is the transaction's"
    " advanced_node_fab flag, standing for the exporter's knowledge, or an end user in the"
    " table of advanced-node fabs.",
    examples=cases.US_ADVANCED_FAB_2022,
).amended(
    D_2023,
    title="Any item for IC development or production at an advanced-node fab in Macau or D:5",
    when=~kind("service") & FOR_ADVANCED_FAB & D5_OR_MACAU,
    source=cite(SME_2023, "15 CFR 744.23(a)(2)(i)"),
    examples=cases.US_ADVANCED_FAB_2023,
)

US_PERSONS_RULE = ear_rule(
    "US-744.6",
    "US persons supporting IC production at advanced-node fabs in China",
    persons("US") & FOR_ADVANCED_FAB & CHINA,
    nexus=("us-person",),
    effective=D_2022_PERSONS,
    route_only=True,
    source=cite(OCT_2022, "15 CFR 744.6(c)(2)"),
    examples=cases.US_PERSONS,
)

#: The rules of this module.
RULES = (
    *SUPERCOMPUTER_RULES,
    *ADVANCED_FAB_RULES,
    US_PERSONS_RULE,
)

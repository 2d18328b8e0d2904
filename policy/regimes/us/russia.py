"""United States: the Russia sanctions of 24 Feb 2022 (15 CFR 746.8), extended to Belarus on
2 Mar 2022: a licence, under a policy of denial, for items on the Commerce Control List."""

from __future__ import annotations

from datetime import date

from policy.model.conditions import destination, kind
from policy.model.rules import Source
from policy.regimes import cases
from policy.regimes.us.reach import ear_rule
from policy.regimes.us.sources import BELARUS_2022, BELARUS_2022_DOC, BELARUS_2022_URL

#: The item kinds the model takes to be on the Commerce Control List.
CCL_KINDS = kind("ic", "computer", "sme", "software", "technology")

RUSSIA_RULES = ear_rule(
    "US-746.8-Russia",
    "Items on the Commerce Control List to Russia (sanctions of 24 Feb 2022)",
    CCL_KINDS & destination("RU"),
    review="policy of denial",
    effective=date(2022, 2, 24),
    route_only=True,
    source=Source(
        document="87 FR 12226 (published 3 Mar 2022, effective 24 Feb 2022)",
        section="15 CFR 746.8(a)(1)",
    ),
    simplification="Every IC, computer, tool, software and technology item is taken to be"
    " on the Commerce Control List; the Russia foreign-direct-product rule and the later"
    " EAR99 extensions are not modelled.",
    examples=cases.US_RUSSIA,
).amended(
    BELARUS_2022,
    title="Items on the Commerce Control List to Russia and Belarus (sanctions of"
    " 24 Feb 2022, extended to Belarus on 2 Mar 2022)",
    when=CCL_KINDS & destination("RU", "BY"),
    source=Source(
        document=f"87 FR 12226; {BELARUS_2022_DOC}",
        section="15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, to Russia"
        " and Belarus)",
        url=BELARUS_2022_URL,
    ),
    examples=cases.US_RUSSIA_BELARUS,
)

#: The rules of this module.
RULES = (*RUSSIA_RULES,)

"""United States: the is-informed letters (15 CFR 744.21(b), 744.23(b)).

BIS may inform an exporter that a licence is needed for named items: Nvidia was told so for
A100/H100-class chips on 26 Aug 2022 (before the October 2022 rule), for its 3A090.a
datacenter parts on 23 Oct 2023 (ahead of the 2023 update's effective date), and for the
H20 on 9 Apr 2025 (and AMD for its MI308). A letter binds its addressee: the 2023 notice and
the H20 letter are scoped to the addressee's products (``item.producer``), wherever they are
made; the same chip parameters from another producer are not reached by them.
"""

from __future__ import annotations

from datetime import date

from policy.model.conditions import TPP, flag, producer
from policy.model.rules import Source
from policy.regimes import cases
from policy.regimes.products import AMD, NVIDIA
from policy.regimes.us.groups import (
    AC_DESTINATIONS_2023,
    H20_DESTINATIONS,
    INFORMED_2022_DESTINATIONS,
)
from policy.regimes.us.reach import INFORMED_NEXUS, ear_rule
from policy.regimes.us.scopes import AC_KINDS, ACCELERATOR_KINDS, ECCN_3A090_2022, H20_CLASS
from policy.regimes.us.sources import (
    D_2022,
    D_2023,
    D_2025_H20,
    INFORMED_2022,
    NOTICE_2023,
    OCT_2023_URL,
    cite,
)

INFORMED_2022_RULE = ear_rule(
    "US-informed-2022",
    "Nvidia A100/H100-class ICs to China, Hong Kong and Russia (is-informed letter of 26 Aug 2022)",
    AC_KINDS & ECCN_3A090_2022 & INFORMED_2022_DESTINATIONS,
    review="case-by-case (military end-use risk)",
    nexus=INFORMED_NEXUS,
    effective=date(2022, 8, 26),
    end=D_2022,
    source=cite(INFORMED_2022, "15 CFR 744.21(b) (is-informed notice)"),
    simplification="The letter's threshold 'roughly equal to the A100' in both peak"
    " performance and chip-to-chip I/O is modelled with the 2022 3A090 thresholds, and"
    " the letter to Nvidia is applied to every IC and computer that meets them.",
    examples=cases.US_INFORMED_2022,
)

INFORMED_2023_RULE = ear_rule(
    "US-informed-2023",
    "Datacenter ICs of TPP 4800 or more, at once from 23 Oct 2023 (notice to Nvidia)",
    AC_KINDS & producer(NVIDIA) & flag("datacenter") & (TPP >= 4800) & AC_DESTINATIONS_2023,
    nexus=INFORMED_NEXUS,
    effective=date(2023, 10, 23),
    end=D_2023,
    source=Source(
        document=NOTICE_2023,
        section="88 FR 73458, ECCN 3A090.a, made effective at once for the A100, A800,"
        " H100, H800 and L40S",
        url=OCT_2023_URL,
    ),
    simplification="The notice named Nvidia's A100, A800, H100, H800 and L40S; the model"
    " applies it to every Nvidia datacenter IC of TPP 4800 or more (an item that does not"
    " name its producer is not reached by it).",
    examples=cases.US_INFORMED_2023,
)

INFORMED_H20_RULE = ear_rule(
    "US-informed-H20",
    "H20-class ICs to China, Hong Kong, Macau and D:5, or for parties headquartered"
    " there (is-informed letter of 9 Apr 2025)",
    ACCELERATOR_KINDS & producer(NVIDIA, AMD) & H20_CLASS & H20_DESTINATIONS,
    review="case-by-case",
    nexus=INFORMED_NEXUS,
    effective=D_2025_H20,
    source=Source(
        document="BIS is-informed letter to Nvidia of 9 Apr 2025, confirmed 14 Apr 2025"
        " for the indefinite future (Nvidia Form 8-K, 15 Apr 2025)",
        section="15 CFR 744.23(b) (is-informed notice; supercomputer end-use risk)",
    ),
    simplification="The letter's test (the H20's memory bandwidth, interconnect bandwidth"
    " or a combination) is modelled as memory bandwidth of 4000 GB/s or more, or"
    " interconnect of 900 GB/s or more; it reaches the products of the informed companies"
    " (Nvidia, and AMD for the MI308, as Commerce said), whoever exports them, and not an"
    " item that does not name its producer.",
    examples=cases.US_INFORMED_H20,
)

#: The rules of this module.
RULES = (
    INFORMED_2022_RULE,
    INFORMED_2023_RULE,
    INFORMED_H20_RULE,
)

"""United States: advanced computing, ECCN 3A090/4A090 and §744.23(a)(3).

The 7 Oct 2022 rule controlled ICs of TPP 4800 or more with 600 GB/s of interconnect (and
the computers that contain them) to China; the 17 Nov 2023 update dropped the interconnect
test, added performance density (3A090.a and .b), widened the destinations to D:1, D:4 and
D:5 unless also A:5 or A:6, and followed parties headquartered in Macau or D:5 anywhere;
the December 2024 package added high-bandwidth memory (3A090.c).
"""

from __future__ import annotations

from policy.model.conditions import (
    MEMORY_BANDWIDTH_DENSITY,
    TPP,
    Condition,
    consignee_headquarters,
    exporter,
    exporter_headquarters,
    flag,
)
from policy.model.decisions import Outcome
from policy.model.rules import Carveout, Source
from policy.regimes import cases
from policy.regimes.us.groups import (
    AC_DESTINATIONS_2023,
    CHINA,
    D5_OR_MACAU,
    HQ_D5_OR_MACAU,
)
from policy.regimes.us.reach import ear_rule
from policy.regimes.us.scopes import (
    AC_KINDS,
    AC_SCOPE_2022,
    AC_SCOPE_2023,
    AC_SCOPE_A_2023,
    AC_SCOPE_B_2023,
    ECCN_3A090_C,
)
from policy.regimes.us.sources import (
    D_2022,
    D_2023,
    D_2024_COMPLIANCE,
    DEC_2024,
    DEC_2024_URL,
    OCT_2022,
    OCT_2023,
    cite,
)

ECCN_3A090_2022_RULE = ear_rule(
    "US-3A090",
    "Advanced computing ICs and computers to China (3A090/4A090, 2022 thresholds)",
    AC_KINDS & AC_SCOPE_2022 & CHINA,
    effective=D_2022,
    end=D_2023,
    source=cite(OCT_2022, "15 CFR 742.6(a)(6)(iii); ECCN 3A090, 4A090 (Supp. 1 to Part 774)"),
    simplification="A computer (4A090) is described by the parameters of the 3A090 ICs it"
    " contains.",
    examples=cases.US_3A090_2022,
)


def nac(
    items: Condition, notified: str, unnotified: str, *, note: str | None = None
) -> tuple[Carveout, Carveout]:
    """License Exception NAC (15 CFR 740.8) for ``items``: with 25 days' notification for
    Macau and D:5 (the outcome stays licence required: the carve-out is named as available),
    without it for the other D:1 and D:4 destinations, unless the end user is headquartered
    in Macau or D:5. ``notified`` and ``unnotified`` are the two carve-outs' titles."""
    source = cite(OCT_2023, "15 CFR 740.8")
    return (
        Carveout(
            id="NAC",
            title=notified,
            when=items & D5_OR_MACAU,
            outcome=Outcome.LICENSE_REQUIRED,
            effective=D_2023,
            source=source,
            note=note,
        ),
        Carveout(
            id="NAC-no-notice",
            title=unnotified,
            when=items & ~D5_OR_MACAU & ~HQ_D5_OR_MACAU,
            effective=D_2023,
            source=source,
        ),
    )


ECCN_3A090_A_RULE = ear_rule(
    "US-3A090.a",
    "Advanced computing ICs and computers, 3A090.a (2023 thresholds)",
    AC_KINDS & AC_SCOPE_A_2023 & AC_DESTINATIONS_2023,
    effective=D_2023,
    carveouts=nac(
        ~flag("datacenter") & (TPP >= 4800),
        "License Exception NAC (Notified Advanced Computing), 25-day notification for Macau"
        " and D:5",
        "License Exception NAC for non-datacenter 3A090.a items to D:1/D:4 destinations"
        " outside D:5 and Macau",
        note="Exports to D:5 and Macau must be notified 25 days ahead and cleared.",
    ),
    source=cite(OCT_2023, "15 CFR 742.6(a)(6)(iii); ECCN 3A090.a, 4A090.a"),
    simplification="The destination-dependent review policy (approval for D:1/D:4 unless the"
    " end user is headquartered in D:5 or Macau) is summarised as presumption of denial;"
    " an item without the datacenter flag is taken as not designed or marketed for"
    " datacenters, so License Exception NAC turns on that flag (state it for datacenter"
    " parts such as the A100 and H100).",
    examples=cases.US_3A090_A,
)

ECCN_3A090_B_RULE = ear_rule(
    "US-3A090.b",
    "Advanced computing ICs and computers, 3A090.b (2023 thresholds)",
    AC_KINDS & AC_SCOPE_B_2023 & AC_DESTINATIONS_2023,
    effective=D_2023,
    carveouts=nac(
        flag("datacenter"),
        "License Exception NAC with 25-day notification (D:5 and Macau)",
        "License Exception NAC for 3A090.b datacenter items to D:1/D:4 destinations outside D:5"
        " and Macau",
    ),
    source=cite(OCT_2023, "15 CFR 742.6(a)(6)(iii); ECCN 3A090.b, 4A090.b"),
    simplification="An item without the datacenter flag is taken as not designed or marketed"
    " for datacenters, so Note 2 to 3A090 excludes it below TPP 4800 (state the flag for"
    " datacenter parts such as the L40).",
    examples=cases.US_3A090_B,
)

HEADQUARTERS_RULE = ear_rule(
    "US-744.23(a)(3)",
    "Advanced computing items for parties headquartered in D:5 or Macau, anywhere",
    AC_KINDS & AC_SCOPE_2023 & HQ_D5_OR_MACAU & ~AC_DESTINATIONS_2023,
    effective=D_2023,
    source=cite(OCT_2023, "15 CFR 744.23(a)(3)"),
    examples=cases.US_HEADQUARTERS,
)

#: License Exception HBM's parties (15 CFR 740.25): exported by a company in the US or A:5
#: that is not headquartered in Macau or D:5, to a consignee (the packaging site) whose
#: headquarters and ultimate parent's are in the US or A:5 and not in Macau or D:5, for an
#: end user not headquartered in Macau or D:5.
HBM_PARTIES: Condition = (
    exporter("US", groups=("A:5",))
    & ~exporter_headquarters("MO", groups=("D:5",))
    & consignee_headquarters("US", groups=("A:5",))
    & ~consignee_headquarters("MO", groups=("D:5",))
    & ~HQ_D5_OR_MACAU
)

ECCN_3A090_C_RULE = ear_rule(
    "US-3A090.c",
    "High-bandwidth memory, 3A090.c, to Macau and D:5 or their headquartered parties",
    ECCN_3A090_C & (D5_OR_MACAU | HQ_D5_OR_MACAU),
    effective=D_2024_COMPLIANCE,
    carveouts=(
        Carveout(
            id="HBM",
            title="License Exception HBM for stacks of less than 3.3 GB/s per mm², from"
            " the US or A:5 to a consignee headquartered in the US or A:5, for an end user"
            " not headquartered in Macau or D:5",
            when=(MEMORY_BANDWIDTH_DENSITY < 3.3) & HBM_PARTIES,
            effective=D_2024_COMPLIANCE,
            source=cite(DEC_2024, "15 CFR 740.25"),
            note="The consignee must be named, with its headquarters: a shipment whose"
            " consignee is not given does not meet the exception.",
        ),
    ),
    source=Source(
        document=DEC_2024,
        section="ECCN 3A090.c; 15 CFR 742.6(a)(6)(iii)",
        url=f"{DEC_2024_URL}/p-105",
    ),
    simplification="The rule's destination scope is taken as Macau and D:5 (and parties"
    " headquartered there), a stack whose memory bandwidth density is not given is taken"
    " to exceed 2 GB/s per mm² while License Exception HBM needs a known density below"
    " 3.3, and License Exception HBM's conditions are read as: exported from the US or A:5"
    " by a company not headquartered in Macau or D:5 (when the exporting company is"
    " named), to a consignee whose headquarters (and ultimate parent's) are in the US or"
    " the allied countries of Country Group A:5 and not in Macau or D:5, for an end user"
    " not headquartered in Macau or D:5; its reporting conditions are not modelled.",
    note="The rule took effect on 2 Dec 2024; the HBM licence requirement binds from the"
    " compliance date, 31 Dec 2024.",
    examples=cases.US_3A090_C,
)

#: The rules of this module.
RULES = (
    ECCN_3A090_2022_RULE,
    ECCN_3A090_A_RULE,
    ECCN_3A090_B_RULE,
    HEADQUARTERS_RULE,
    ECCN_3A090_C_RULE,
)

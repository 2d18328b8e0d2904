"""United States: the item scopes of the advanced-computing and equipment rules.

ECCN 3A090/4A090 as written in 2022, as amended in 2023 (3A090.a and .b) and 2024 (3A090.c,
HBM), the H20 letter's test, and the equipment the 2023 and 2024 rules reach. The rules and
the reach (foreign direct products) read the same scopes, so they are written once here.
"""

from __future__ import annotations

from policy.model.conditions import (
    MEMORY_BANDWIDTH,
    MEMORY_BANDWIDTH_DENSITY,
    OVERLAY,
    PERFORMANCE_DENSITY,
    TPP,
    TRANSFER_RATE,
    WAVELENGTH,
    Condition,
    classified,
    flag,
    kind,
)

#: ICs and the computers that contain them: 3A090 and 4A090 read on the same parameters.
AC_KINDS = kind("ic", "computer")
#: Accelerators and the computers built on them (HBM is 3A090.c, with its own scope).
ACCELERATOR_KINDS = kind("ic.accelerator", "ic.logic", "computer")

#: 3A090 as written on 7 Oct 2022: both thresholds, "or more" (>=).
ECCN_3A090_2022: Condition = (TPP >= 4800) & (TRANSFER_RATE >= 600)

#: 3A090.a as amended on 17 Nov 2023 (interconnect parameter removed).
ECCN_3A090_A_2023: Condition = (TPP >= 4800) | ((TPP >= 1600) & (PERFORMANCE_DENSITY >= 5.92))
#: 3A090.b as amended on 17 Nov 2023.
ECCN_3A090_B_2023: Condition = (
    TPP.between(2400, 4800) & PERFORMANCE_DENSITY.between(1.6, 5.92)
) | ((TPP >= 1600) & PERFORMANCE_DENSITY.between(3.2, 5.92))
#: Note 2 to 3A090: items not designed or marketed for datacenters with TPP under 4800 are
#: outside 3A090 altogether.
NOTE_2_EXCLUDED: Condition = ~flag("datacenter") & ~(TPP >= 4800)
ECCN_3A090_2023: Condition = (ECCN_3A090_A_2023 | ECCN_3A090_B_2023) & ~NOTE_2_EXCLUDED

#: The exporter's own classification is an alternative trigger: an item the exporter
#: classified under an entry is treated as within it even when its parameters are not given
#: (an H100 described only as ``{"US": "3A090.a"}``).
CLASSIFIED_3A090_2022: Condition = classified("US", "3A090", "4A090")
CLASSIFIED_3A090_A: Condition = classified("US", "3A090.a", "4A090.a")
CLASSIFIED_3A090_B: Condition = classified("US", "3A090.b", "4A090.b")
CLASSIFIED_3A090_C: Condition = classified("US", "3A090.c")

#: The 2022 item scope of 3A090/4A090: the parameters, or the exporter's classification.
AC_SCOPE_2022: Condition = ECCN_3A090_2022 | CLASSIFIED_3A090_2022
#: 3A090.a/4A090.a from 17 Nov 2023: the parameters (outside Note 2), or the classification.
AC_SCOPE_A_2023: Condition = (ECCN_3A090_A_2023 & ~NOTE_2_EXCLUDED) | CLASSIFIED_3A090_A
#: 3A090.b/4A090.b from 17 Nov 2023: the parameters (not 3A090.a, outside Note 2), or the
#: classification.
AC_SCOPE_B_2023: Condition = (
    ECCN_3A090_B_2023 & ~ECCN_3A090_A_2023 & ~NOTE_2_EXCLUDED
) | CLASSIFIED_3A090_B
#: 3A090.a or .b (4A090.a or .b) from 17 Nov 2023.
AC_SCOPE_2023: Condition = ECCN_3A090_2023 | CLASSIFIED_3A090_A | CLASSIFIED_3A090_B

#: 3A090.c (HBM), from the December 2024 rule: memory bandwidth density greater than
#: 2 GB/s per mm², unless co-packaged with a logic IC (then the logic IC's status governs).
#: A stack whose density is not given (no die area, say) is taken to exceed 2 GB/s per mm²:
#: BIS said that all HBM stacks currently in production exceed the threshold. The
#: exporter's classification 3A090.c is an alternative trigger.
ECCN_3A090_C: Condition = kind("ic.memory.hbm") & (
    (~(MEMORY_BANDWIDTH_DENSITY <= 2) & ~flag("copackaged_logic")) | CLASSIFIED_3A090_C
)

#: The H20 letter's test, as stated in the model's assumptions: the H20's memory bandwidth
#: (4.0 TB/s) or its interconnect bandwidth (900 GB/s), or more.
H20_CLASS: Condition = (MEMORY_BANDWIDTH >= 4000) | (TRANSFER_RATE >= 900)

#: Immersion lithography caught by the 2023 SME rule through 0% de minimis when bound for an
#: advanced-node fab: dedicated chuck overlay of 2.4 nm or better (the NXT:1980i class and
#: every more capable scanner).
LITHO_2023_ADVANCED_FAB: Condition = (
    kind("sme.lithography.duv.immersion") & (WAVELENGTH >= 193) & (OVERLAY <= 2.4)
)

#: Equipment kinds in the product scope of the SME foreign-direct-product rule, §734.9(k):
#: 3B001.a.4, c, d, f.1, f.5, f.6, k-n, p.2, p.4, r and 3B002.c.
SME_FDP_KINDS = kind(
    "sme.deposition",
    "sme.etch",
    "sme.lithography",
    "sme.mask",
    "sme.inspection",
    "sme.cleaning",
)

#: 3B001.f.1.b.2 as the 17 Nov 2023 rule wrote it (88 FR 73424): immersion DUV scanners of
#: 193 nm or more with a dedicated chuck overlay of 2.4 nm or better, whatever their
#: minimum resolvable feature; the exporter's classification 3B001.f.1.b is an alternative
#: trigger. The 0% de minimis nexus reads the same parameters.
ECCN_3B001_F1_B2_2023: Condition = LITHO_2023_ADVANCED_FAB | (
    kind("sme.lithography") & classified("US", "3B001.f.1.b.2")
)

#: Etch, deposition and the other 3B001 equipment whose parameters the vocabulary does not
#: carry: within the entry when the exporter classified it there.
CLASSIFIED_3B001: Condition = kind("sme") & classified("US", "3B001")
#: 3B090 of the 7 Oct 2022 rule (certain etch, deposition and epitaxy equipment), until the
#: 2023 rule moved those items into 3B001: by the exporter's classification.
CLASSIFIED_3B090: Condition = kind("sme") & classified("US", "3B090")
#: 3B993 of the December 2024 rule (equipment and parts below the 3B001 parameters), by the
#: exporter's classification.
CLASSIFIED_3B993: Condition = kind("sme") & classified("US", "3B993")
#: 3D001 software and 3E001 technology for the equipment of 3B001 (and 3B090), by the
#: exporter's classification.
CLASSIFIED_3D001_3E001: Condition = (kind("software") & classified("US", "3D001")) | (
    kind("technology") & classified("US", "3E001")
)

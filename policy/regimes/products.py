"""The products the regimes' examples ship, with the figures that decide them.

One catalogue for every regime, because the same products cross borders: the examples of
the EU, the Netherlands and the Wassenaar floor ship the same ASML scanners, those of Japan
and the EU the same Canon imprint tool. Figures are from the makers' data sheets as
publicly reported (chips: TPP, interconnect or "bidirectional transfer rate", die area,
memory bandwidth; scanners: wavelength, numerical aperture, dedicated chuck overlay). A case
that needs other figures says so with :meth:`~policy.regimes._examples.Product.at`
(``NXE_3600D.at(wavelength_nm=13.5)``), and other item fields in :func:`tx`.
"""

from __future__ import annotations

from policy.regimes._examples import DC, product

_ACCELERATOR = "ic.accelerator"
#: The makers, as the letters and filings name them.
NVIDIA, AMD, ASML, NIKON, CANON, TEL = "Nvidia", "AMD", "ASML", "Nikon", "Canon", "Tokyo Electron"
_IMMERSION = "sme.lithography.duv.immersion"

# fmt: off
# --------------------------------------------------------------------------- chips
A100 = product("A100", _ACCELERATOR, producer=NVIDIA, flags=DC,
               params={"tpp": 4992, "bidirectional_transfer_rate_gbps": 600, "die_area_mm2": 826})
A800 = product("A800", _ACCELERATOR, producer=NVIDIA, flags=DC,
               params={"tpp": 4992, "bidirectional_transfer_rate_gbps": 400, "die_area_mm2": 826})
H100 = product("H100", _ACCELERATOR, producer=NVIDIA, flags=DC,
               params={"tpp": 15832, "bidirectional_transfer_rate_gbps": 900, "die_area_mm2": 814,
                       "memory_bandwidth_gbps": 3350})
H800 = product("H800", _ACCELERATOR, producer=NVIDIA, flags=DC,
               params={"tpp": 15832, "bidirectional_transfer_rate_gbps": 400, "die_area_mm2": 814})
H20 = product("H20", _ACCELERATOR, producer=NVIDIA, flags=DC,
              params={"tpp": 2368, "bidirectional_transfer_rate_gbps": 900, "die_area_mm2": 814,
                      "memory_bandwidth_gbps": 4000})
L40 = product("L40", _ACCELERATOR, producer=NVIDIA,
              params={"tpp": 2896, "die_area_mm2": 608.5}, flags=DC)
L40S = product("L40S", _ACCELERATOR, producer=NVIDIA,
               params={"tpp": 5864, "die_area_mm2": 608.5}, flags=DC)
RTX_4090 = product("RTX 4090", _ACCELERATOR, producer=NVIDIA,
                   params={"tpp": 5285, "die_area_mm2": 608.5},
                   flags=["consumer"])
RTX_4090D = product("RTX 4090D", _ACCELERATOR, producer=NVIDIA,
                    params={"tpp": 4707, "die_area_mm2": 608.5},
                    flags=["consumer"])
#: An HBM3E stack: about 1.2 TB/s over about 110 mm² (BIS: every HBM in production exceeds
#: 2 GB/s per mm²).
HBM3E = product("HBM3E stack", "ic.memory.hbm",
                params={"memory_bandwidth_gbps": 1229, "die_area_mm2": 110})

# --------------------------------------------------------------------------- scanners
NXE_3600D = product("TWINSCAN NXE:3600D", "sme.lithography.euv", producer=ASML,
                    params={"wavelength_nm": 13.5, "numerical_aperture": 0.33, "overlay_nm": 1.1})
NXE_3800E = product("TWINSCAN NXE:3800E", "sme.lithography.euv", producer=ASML,
                    params={"wavelength_nm": 13.5, "numerical_aperture": 0.33})
NXT_2000I = product("TWINSCAN NXT:2000i", _IMMERSION, producer=ASML,
                    params={"wavelength_nm": 193, "numerical_aperture": 1.35, "overlay_nm": 1.4})
NXT_1980I = product("TWINSCAN NXT:1980i", _IMMERSION, producer=ASML,
                    params={"wavelength_nm": 193, "numerical_aperture": 1.35, "overlay_nm": 1.6})
NXT_1970I = product("TWINSCAN NXT:1970i", _IMMERSION, producer=ASML,
                    params={"wavelength_nm": 193, "numerical_aperture": 1.35, "overlay_nm": 2.0})
NSR_S635E = product("Nikon NSR-S635E", _IMMERSION, producer=NIKON,
                    params={"wavelength_nm": 193, "numerical_aperture": 1.35, "overlay_nm": 2.1})
#: A scanner just outside the 2.4 nm overlay band of the 2024 rules.
OLDER_SCANNER = product(
    "older scanner", _IMMERSION,
    params={"wavelength_nm": 193, "numerical_aperture": 1.35, "overlay_nm": 2.5})
FPA_1200NZ2C = product("Canon FPA-1200NZ2C", "sme.lithography.nanoimprint", producer=CANON,
                       params={"node_nm": 14})
#: AMD's MI308, the accelerator Commerce said the H20 requirement also covers: about 5.3 TB/s
#: of memory bandwidth; its TPP is taken as 2000, below the 3A090 thresholds.
MI308 = product("MI308", _ACCELERATOR, producer=AMD, flags=DC,
                params={"tpp": 2000, "memory_bandwidth_gbps": 5300})
# fmt: on

# --------------------------------------------------------------------------- other tools
TEL_ETCH_TOOL = product("TEL etch tool", "sme.etch", producer=TEL)
EUV_PELLICLE = product("EUV pellicle", "sme.mask", flags=["euv"])

# --------------------------------------------------------------------------- unnamed
#: The unnamed chips, tools and services of boundary and scope cases (``CHIP.at(tpp=4800)``).
CHIP = product("boundary chip", _ACCELERATOR)
DC_CHIP = product("boundary chip", _ACCELERATOR, flags=DC)
BOUNDARY_HBM = product("boundary HBM", "ic.memory.hbm")
SCANNER = product("boundary scanner", _IMMERSION)
DRY_SCANNER = product("ArF dry scanner", "sme.lithography.duv.dry")
IMPRINT_TOOL = product("imprint tool", "sme.lithography.nanoimprint")
SERVER = product("server", "computer")
ETCH_TOOL = product("etch tool", "sme.etch")
DEPOSITION_TOOL = product("deposition tool", "sme.deposition")
FIELD_SERVICE = product("field service", "service.support")

# --------------------------------------------------------------------------- materials
GALLIUM_METAL = product("gallium metal", "material.gallium")
ANTIMONY_INGOT = product("antimony ingot", "material.antimony")
SYNTHETIC_GRAPHITE = product("synthetic graphite", "material.graphite", flags=["synthetic"])

"""The supplier catalogue: which jurisdictions' firms make which item kinds, and how well.

The loophole analysis substitutes suppliers: if a controlled tool has an equivalent made in
a jurisdiction that does not control it, the control can be evaded. So each entry gives the
best value its firm reaches for the parameters the rules compare (overlay, numerical
aperture, wavelength, TPP, bandwidth), from public product data. An entry without
capabilities says only that the firm makes the kind; the shipped rules for that kind do not
compare parameters (the Japanese and Dutch etch, deposition and cleaning entries are by
kind). Values marked approximate are public estimates, not datasheet figures.
"""

from __future__ import annotations

from policy.model.world import Supplier

_LITHO = "AP; TrendForce (Feb 2025, citing Nikkan Kogyo and Bits&Chips)"
_SEMIANALYSIS = "SemiAnalysis, 'Wafer Wars' (24 Oct 2023)"
_US_SME = "The Information Network (electroiq); company reports"
_HBM = "ChinaTalk and SemiAnalysis via s-w-kelly/chip-export-controls; BIS (89 FR 96790)"
_USGS = "USGS Mineral Commodity Summaries (China as leading producer)"
_MEMORY = "Company product announcements; TechInsights teardowns as reported"
_LOGIC = "Company product data sheets"

SUPPLIERS: tuple[Supplier, ...] = (
    # --- lithography (SUP-02 to SUP-04, SUP-11)
    Supplier(
        jurisdiction="NL",
        firm="ASML",
        kind="sme.lithography.euv",
        capability={"wavelength_nm": 13.5, "numerical_aperture": 0.55, "overlay_nm": 1.1},
        products="TWINSCAN NXE:3600D/3800E (NA 0.33) and EXE:5000 (High-NA, 0.55); the sole"
        " EUV supplier, with Zeiss optics and a Cymer (US) light source; overlay approximate",
        source=_LITHO,
    ),
    Supplier(
        jurisdiction="NL",
        firm="ASML",
        kind="sme.lithography.duv.immersion",
        capability={"wavelength_nm": 193, "numerical_aperture": 1.35, "overlay_nm": 1.3},
        products="TWINSCAN NXT:2000i/2050i/2100i (overlay 1.5 nm or better) and NXT:1970i/"
        "1980i (about 1.6-2.0 nm); about 90% of ArF immersion; overlay approximate",
        source=_LITHO,
    ),
    Supplier(
        jurisdiction="NL",
        firm="ASML",
        kind="sme.lithography.duv.dry",
        capability={"wavelength_nm": 193, "numerical_aperture": 0.93},
        products="TWINSCAN NXT:1470 (ArF dry) and XT:860 (KrF)",
        source=_LITHO,
    ),
    Supplier(
        jurisdiction="JP",
        firm="Nikon",
        kind="sme.lithography.duv.immersion",
        capability={"wavelength_nm": 193, "numerical_aperture": 1.35, "overlay_nm": 2.1},
        products="NSR-S635E/S636E ArF immersion scanners (11 ArF systems sold in FY2024);"
        " overlay approximate",
        source=_LITHO,
    ),
    Supplier(
        jurisdiction="JP",
        firm="Nikon",
        kind="sme.lithography.duv.dry",
        capability={"wavelength_nm": 193, "numerical_aperture": 0.92},
        products="NSR-S322F ArF dry scanner",
        source=_LITHO,
    ),
    Supplier(
        jurisdiction="JP",
        firm="Canon",
        kind="sme.lithography.duv.dry",
        capability={"wavelength_nm": 248, "numerical_aperture": 0.86},
        products="FPA-6300 series KrF scanners and i-line steppers",
        source="TrendForce; Motley Fool",
    ),
    Supplier(
        jurisdiction="JP",
        firm="Canon",
        kind="sme.lithography.nanoimprint",
        products="FPA-1200NZ2C nanoimprint lithography (unveiled Sep 2024, 14 nm linewidth)",
        source="TrendForce; Motley Fool",
    ),
    # --- Japanese process equipment (SUP-05, SUP-06, SUP-09)
    Supplier(
        jurisdiction="JP",
        firm="Tokyo Electron",
        kind="sme.coater_developer",
        products="CLEAN TRACK coater/developers for EUV and ArF resists (dominant supplier)",
        source=_SEMIANALYSIS,
    ),
    Supplier(
        jurisdiction="JP",
        firm="Tokyo Electron",
        kind="sme.etch",
        products="dry etch (including high-aspect-ratio 3D NAND etch) and SiGe wet etch",
        source=_SEMIANALYSIS,
    ),
    Supplier(
        jurisdiction="JP",
        firm="Tokyo Electron",
        kind="sme.deposition",
        products="CVD, ALD and epitaxy systems",
        source=_SEMIANALYSIS,
    ),
    Supplier(
        jurisdiction="JP",
        firm="Tokyo Electron",
        kind="sme.cleaning",
        products="wafer cleaning systems",
        source=_SEMIANALYSIS,
    ),
    Supplier(
        jurisdiction="JP",
        firm="Kokusai Electric",
        kind="sme.deposition",
        products="batch ALD and CVD furnaces",
        source=_SEMIANALYSIS,
    ),
    Supplier(
        jurisdiction="JP",
        firm="Screen",
        kind="sme.cleaning",
        products="single-wafer and batch cleaning systems",
        source=_SEMIANALYSIS,
    ),
    Supplier(
        jurisdiction="JP",
        firm="Lasertec",
        kind="sme.inspection",
        products="ACTIS actinic EUV mask inspection (leader; KLA leads non-actinic)",
        source="Robert Castellano (substack)",
    ),
    # --- Dutch process equipment (SUP-07)
    Supplier(
        jurisdiction="NL",
        firm="ASM International",
        kind="sme.deposition",
        products="ALD (including work-function metals), covered by the Dutch controls",
        source="SemiAnalysis; Techzine",
    ),
    Supplier(
        jurisdiction="NL",
        firm="ASM International",
        kind="sme.deposition.epitaxy",
        products="silicon and SiGe epitaxy",
        source="SemiAnalysis; Techzine",
    ),
    Supplier(
        jurisdiction="NL",
        firm="ASML",
        kind="sme.inspection",
        products="HMI e-beam inspection and YieldStar metrology",
        source="Rijksoverheid, 15 Jan 2025; Techzine",
    ),
    # --- US process equipment (SUP-08)
    Supplier(
        jurisdiction="US",
        firm="Applied Materials",
        kind="sme.deposition",
        products="CVD, PVD, ALD and epitaxy (broadest portfolio)",
        source=_US_SME,
    ),
    Supplier(
        jurisdiction="US",
        firm="Applied Materials",
        kind="sme.etch",
        products="conductor and dielectric etch",
        source=_US_SME,
    ),
    Supplier(
        jurisdiction="US",
        firm="Lam Research",
        kind="sme.etch",
        products="conductor and dielectric etch, including 3D NAND high-aspect-ratio etch",
        source=_US_SME,
    ),
    Supplier(
        jurisdiction="US",
        firm="Lam Research",
        kind="sme.deposition",
        products="CVD and ALD",
        source=_US_SME,
    ),
    Supplier(
        jurisdiction="US",
        firm="KLA",
        kind="sme.inspection",
        products="process control, wafer and (non-actinic) mask inspection, metrology",
        source=_US_SME,
    ),
    # --- memory (SUP-12)
    Supplier(
        jurisdiction="KR",
        firm="SK Hynix",
        kind="ic.memory.hbm",
        capability={"memory_bandwidth_gbps": 1229, "memory_bandwidth_density": 11.2},
        products="HBM3E stacks (about 1.2 TB/s per stack; density approximate, over about 110 mm²)",
        source=_HBM,
    ),
    Supplier(
        jurisdiction="KR",
        firm="Samsung",
        kind="ic.memory.hbm",
        capability={"memory_bandwidth_gbps": 1229, "memory_bandwidth_density": 11.2},
        products="HBM3E and HBM2E stacks (density approximate)",
        source=_HBM,
    ),
    Supplier(
        jurisdiction="US",
        firm="Micron",
        kind="ic.memory.hbm",
        capability={"memory_bandwidth_gbps": 1229, "memory_bandwidth_density": 11.2},
        products="HBM3E stacks (density approximate)",
        source=_HBM,
    ),
    # --- accelerators (US designs made in Taiwan; Chinese designs)
    Supplier(
        jurisdiction="US",
        firm="Nvidia",
        kind="ic.accelerator",
        capability={
            "tpp": 15832,
            "performance_density": 19.45,
            "bidirectional_transfer_rate_gbps": 900,
            "memory_bandwidth_gbps": 4000,
        },
        products="H100/H800 (TPP 15832), H20 (4.0 TB/s, NVLink 900 GB/s), A100/A800, L40S;"
        " fabricated by TSMC in Taiwan",
        source="Nvidia datasheets via s-w-kelly chipData.js; Tom's Hardware; TweakTown",
    ),
    Supplier(
        jurisdiction="US",
        firm="AMD",
        kind="ic.accelerator",
        capability={
            "tpp": 20919,
            "bidirectional_transfer_rate_gbps": 896,
            "memory_bandwidth_gbps": 5300,
        },
        products="Instinct MI300X (2614.9 dense FP8 TFLOPS, 5.3 TB/s) and the China-specific"
        " MI308; fabricated by TSMC in Taiwan",
        source="AMD Instinct MI300X datasheet; Reuters on the MI308 (Apr 2025)",
    ),
    Supplier(
        jurisdiction="CN",
        firm="Huawei (HiSilicon)",
        kind="ic.accelerator",
        capability={"tpp": 5120},
        products="Ascend 910B (about 320 dense FP16 TFLOPS, approximate); TechInsights found"
        " TSMC-made dies ordered by Sophgo in it",
        source="TechInsights teardown reported by Verdict and Economic Times; public estimates",
    ),
    # --- critical materials (China's counter-controls)
    Supplier(
        jurisdiction="CN",
        firm="Chinese refiners",
        kind="material.gallium",
        products="primary gallium (the dominant world producer)",
        source=_USGS,
    ),
    Supplier(
        jurisdiction="CN",
        firm="Chinese refiners",
        kind="material.germanium",
        products="germanium metal and compounds",
        source=_USGS,
    ),
    Supplier(
        jurisdiction="CN",
        firm="Chinese producers",
        kind="material.graphite",
        products="natural flake and spherical graphite, synthetic graphite",
        source=_USGS,
    ),
    Supplier(
        jurisdiction="CN",
        firm="Chinese producers",
        kind="material.antimony",
        products="antimony ores, metal and oxides",
        source=_USGS,
    ),
    # --- memory, logic and systems (so that every kind the rules name has a real item)
    Supplier(
        jurisdiction="KR",
        firm="Samsung Electronics",
        kind="ic.memory.dram",
        capability={"dram_half_pitch_nm": 12},
        products="1b-nm class DDR5 and LPDDR5X DRAM; half-pitch approximate",
        source=_MEMORY,
    ),
    Supplier(
        jurisdiction="KR",
        firm="SK Hynix",
        kind="ic.memory.dram",
        capability={"dram_half_pitch_nm": 12},
        products="1b-nm class DDR5 DRAM; half-pitch approximate",
        source=_MEMORY,
    ),
    Supplier(
        jurisdiction="US",
        firm="Micron",
        kind="ic.memory.dram",
        capability={"dram_half_pitch_nm": 12},
        products="1-beta DRAM; half-pitch approximate",
        source=_MEMORY,
    ),
    Supplier(
        jurisdiction="CN",
        firm="CXMT",
        kind="ic.memory.dram",
        capability={"dram_half_pitch_nm": 16},
        products="DDR5 and LPDDR5 DRAM; half-pitch approximate",
        source=_MEMORY,
    ),
    Supplier(
        jurisdiction="KR",
        firm="SK Hynix",
        kind="ic.memory.nand",
        capability={"nand_layers": 321},
        products="321-layer 4D NAND",
        source=_MEMORY,
    ),
    Supplier(
        jurisdiction="JP",
        firm="Kioxia",
        kind="ic.memory.nand",
        capability={"nand_layers": 218},
        products="BiCS8 218-layer 3D NAND",
        source=_MEMORY,
    ),
    Supplier(
        jurisdiction="US",
        firm="Micron",
        kind="ic.memory.nand",
        capability={"nand_layers": 276},
        products="G9 276-layer NAND",
        source=_MEMORY,
    ),
    Supplier(
        jurisdiction="CN",
        firm="YMTC",
        kind="ic.memory.nand",
        capability={"nand_layers": 232},
        products="Xtacking 3.0 232-layer 3D NAND (TechInsights teardowns)",
        source=_MEMORY,
    ),
    Supplier(
        jurisdiction="US",
        firm="Intel",
        kind="ic.logic",
        capability={"node_nm": 3},
        products="Xeon and Core processors (Intel 3 and TSMC N3 processes); no TPP at 3A090 levels",
        source=_LOGIC,
    ),
    Supplier(
        jurisdiction="US",
        firm="Supermicro",
        kind="computer",
        capability={"tpp": 126656, "bidirectional_transfer_rate_gbps": 900},
        products="8-GPU HGX H100 servers (4A090 when the ICs are 3A090): 8 x 15,832 TPP",
        source=_LOGIC,
    ),
    Supplier(
        jurisdiction="CN",
        firm="Huawei",
        kind="computer",
        capability={"tpp": 40000},
        products="Atlas servers with Ascend 910B accelerators; TPP approximate",
        source=_LOGIC,
    ),
)

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


# fmt: off
#: One row a firm and kind: jurisdiction, firm, kind, source, the products named, and the
#: best value the firm reaches for each parameter the rules compare.
_CATALOGUE: tuple[tuple[str, str, str, str, str, dict[str, float]], ...] = (
    # --- lithography (SUP-02 to SUP-04, SUP-11)
    ("NL", "ASML", "sme.lithography.euv", _LITHO,
     "TWINSCAN NXE:3600D/3800E (NA 0.33) and EXE:5000 (High-NA, 0.55); the sole EUV"
     " supplier, with Zeiss optics and a Cymer (US) light source; overlay approximate",
     {"wavelength_nm": 13.5, "numerical_aperture": 0.55, "overlay_nm": 1.1}),
    ("NL", "ASML", "sme.lithography.duv.immersion", _LITHO,
     "TWINSCAN NXT:2000i/2050i/2100i (overlay 1.5 nm or better) and NXT:1970i/1980i (about"
     " 1.6-2.0 nm); about 90% of ArF immersion; overlay approximate",
     {"wavelength_nm": 193, "numerical_aperture": 1.35, "overlay_nm": 1.3}),
    ("NL", "ASML", "sme.lithography.duv.dry", _LITHO,
     "TWINSCAN NXT:1470 (ArF dry) and XT:860 (KrF)",
     {"wavelength_nm": 193, "numerical_aperture": 0.93}),
    ("JP", "Nikon", "sme.lithography.duv.immersion", _LITHO,
     "NSR-S635E/S636E ArF immersion scanners (11 ArF systems sold in FY2024); overlay"
     " approximate", {"wavelength_nm": 193, "numerical_aperture": 1.35, "overlay_nm": 2.1}),
    ("JP", "Nikon", "sme.lithography.duv.dry", _LITHO,
     "NSR-S322F ArF dry scanner", {"wavelength_nm": 193, "numerical_aperture": 0.92}),
    ("JP", "Canon", "sme.lithography.duv.dry", "TrendForce; Motley Fool",
     "FPA-6300 series KrF scanners and i-line steppers",
     {"wavelength_nm": 248, "numerical_aperture": 0.86}),
    ("JP", "Canon", "sme.lithography.nanoimprint", "TrendForce; Motley Fool",
     "FPA-1200NZ2C nanoimprint lithography (unveiled Sep 2024, 14 nm linewidth)", {}),
    # --- Japanese process equipment (SUP-05, SUP-06, SUP-09)
    ("JP", "Tokyo Electron", "sme.coater_developer", _SEMIANALYSIS,
     "CLEAN TRACK coater/developers for EUV and ArF resists (dominant supplier)", {}),
    ("JP", "Tokyo Electron", "sme.etch", _SEMIANALYSIS,
     "dry etch (including high-aspect-ratio 3D NAND etch) and SiGe wet etch", {}),
    ("JP", "Tokyo Electron", "sme.deposition", _SEMIANALYSIS,
     "CVD, ALD and epitaxy systems", {}),
    ("JP", "Tokyo Electron", "sme.cleaning", _SEMIANALYSIS,
     "wafer cleaning systems", {}),
    ("JP", "Kokusai Electric", "sme.deposition", _SEMIANALYSIS,
     "batch ALD and CVD furnaces", {}),
    ("JP", "Screen", "sme.cleaning", _SEMIANALYSIS,
     "single-wafer and batch cleaning systems", {}),
    ("JP", "Lasertec", "sme.inspection", "Robert Castellano (substack)",
     "ACTIS actinic EUV mask inspection (leader; KLA leads non-actinic)", {}),
    # --- Dutch process equipment (SUP-07)
    ("NL", "ASM International", "sme.deposition", "SemiAnalysis; Techzine",
     "ALD (including work-function metals), covered by the Dutch controls", {}),
    ("NL", "ASM International", "sme.deposition.epitaxy", "SemiAnalysis; Techzine",
     "silicon and SiGe epitaxy", {}),
    ("NL", "ASML", "sme.inspection", "Rijksoverheid, 15 Jan 2025; Techzine",
     "HMI e-beam inspection and YieldStar metrology", {}),
    # --- US process equipment (SUP-08)
    ("US", "Applied Materials", "sme.deposition", _US_SME,
     "CVD, PVD, ALD and epitaxy (broadest portfolio)", {}),
    ("US", "Applied Materials", "sme.etch", _US_SME,
     "conductor and dielectric etch", {}),
    ("US", "Lam Research", "sme.etch", _US_SME,
     "conductor and dielectric etch, including 3D NAND high-aspect-ratio etch", {}),
    ("US", "Lam Research", "sme.deposition", _US_SME,
     "CVD and ALD", {}),
    ("US", "KLA", "sme.inspection", _US_SME,
     "process control, wafer and (non-actinic) mask inspection, metrology", {}),
    # --- memory (SUP-12)
    ("KR", "SK Hynix", "ic.memory.hbm", _HBM,
     "HBM3E stacks (about 1.2 TB/s per stack; density approximate, over about 110 mm²)",
     {"memory_bandwidth_gbps": 1229, "memory_bandwidth_density": 11.2}),
    ("KR", "Samsung", "ic.memory.hbm", _HBM,
     "HBM3E and HBM2E stacks (density approximate)",
     {"memory_bandwidth_gbps": 1229, "memory_bandwidth_density": 11.2}),
    ("US", "Micron", "ic.memory.hbm", _HBM,
     "HBM3E stacks (density approximate)",
     {"memory_bandwidth_gbps": 1229, "memory_bandwidth_density": 11.2}),
    # --- accelerators (US designs made in Taiwan; Chinese designs)
    ("US", "Nvidia", "ic.accelerator",
     "Nvidia datasheets via s-w-kelly chipData.js; Tom's Hardware; TweakTown",
     "H100/H800 (TPP 15832), H20 (4.0 TB/s, NVLink 900 GB/s), A100/A800, L40S; fabricated"
     " by TSMC in Taiwan",
     {"tpp": 15832, "performance_density": 19.45, "bidirectional_transfer_rate_gbps": 900,
      "memory_bandwidth_gbps": 4000}),
    ("US", "AMD", "ic.accelerator",
     "AMD Instinct MI300X datasheet; Reuters on the MI308 (Apr 2025)",
     "Instinct MI300X (2614.9 dense FP8 TFLOPS, 5.3 TB/s) and the China-specific MI308;"
     " fabricated by TSMC in Taiwan",
     {"tpp": 20919, "bidirectional_transfer_rate_gbps": 896, "memory_bandwidth_gbps": 5300}),
    ("CN", "Huawei (HiSilicon)", "ic.accelerator",
     "TechInsights teardown reported by Verdict and Economic Times; public estimates",
     "Ascend 910B (about 320 dense FP16 TFLOPS, approximate); TechInsights found TSMC-made"
     " dies ordered by Sophgo in it", {"tpp": 5120}),
    # --- critical materials (China's counter-controls)
    ("CN", "Chinese refiners", "material.gallium", _USGS,
     "primary gallium (the dominant world producer)", {}),
    ("CN", "Chinese refiners", "material.germanium", _USGS,
     "germanium metal and compounds", {}),
    ("CN", "Chinese producers", "material.graphite", _USGS,
     "natural flake and spherical graphite, synthetic graphite", {}),
    ("CN", "Chinese producers", "material.antimony", _USGS,
     "antimony ores, metal and oxides", {}),
    # --- memory, logic and systems (so that every kind the rules name has a real item)
    ("KR", "Samsung Electronics", "ic.memory.dram", _MEMORY,
     "1b-nm class DDR5 and LPDDR5X DRAM; half-pitch approximate", {"dram_half_pitch_nm": 12}),
    ("KR", "SK Hynix", "ic.memory.dram", _MEMORY,
     "1b-nm class DDR5 DRAM; half-pitch approximate", {"dram_half_pitch_nm": 12}),
    ("US", "Micron", "ic.memory.dram", _MEMORY,
     "1-beta DRAM; half-pitch approximate", {"dram_half_pitch_nm": 12}),
    ("CN", "CXMT", "ic.memory.dram", _MEMORY,
     "DDR5 and LPDDR5 DRAM; half-pitch approximate", {"dram_half_pitch_nm": 16}),
    ("KR", "SK Hynix", "ic.memory.nand", _MEMORY,
     "321-layer 4D NAND", {"nand_layers": 321}),
    ("JP", "Kioxia", "ic.memory.nand", _MEMORY,
     "BiCS8 218-layer 3D NAND", {"nand_layers": 218}),
    ("US", "Micron", "ic.memory.nand", _MEMORY,
     "G9 276-layer NAND", {"nand_layers": 276}),
    ("CN", "YMTC", "ic.memory.nand", _MEMORY,
     "Xtacking 3.0 232-layer 3D NAND (TechInsights teardowns)", {"nand_layers": 232}),
    ("US", "Intel", "ic.logic", _LOGIC,
     "Xeon and Core processors (Intel 3 and TSMC N3 processes); no TPP at 3A090 levels",
     {"node_nm": 3}),
    ("US", "Supermicro", "computer", _LOGIC,
     "8-GPU HGX H100 servers (4A090 when the ICs are 3A090): 8 x 15,832 TPP",
     {"tpp": 126656, "bidirectional_transfer_rate_gbps": 900}),
    ("CN", "Huawei", "computer", _LOGIC,
     "Atlas servers with Ascend 910B accelerators; TPP approximate", {"tpp": 40000}),
)
# fmt: on

SUPPLIERS: tuple[Supplier, ...] = tuple(
    Supplier(jurisdiction=j, firm=f, kind=k, capability=c, products=p, source=s)
    for j, f, k, s, p, c in _CATALOGUE
)

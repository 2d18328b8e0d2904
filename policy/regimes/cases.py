"""The examples of every shipped rule: public cases and boundary cases, one table a rule.

Examples are the law's unit tests (``policy check`` runs them, PL002 reports one that
fails) and most of the library's text: a transaction, the outcome the regime must give it,
and the public source that says so. They are kept here as case tables, one row a case
(see :mod:`policy.regimes._examples`), named after the rule version that carries them
(``US_3A090_A`` is ``examples=`` of ``US-3A090.a``), and grouped by regime in the order of
:func:`~policy.regimes.default_world`. Apart from the rules because they are data: a rule
module then reads as the law it encodes, and the tables, which repeat one shape by design,
sit together.

The products the cases ship are in :mod:`policy.regimes.products`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from policy.regimes._examples import (
    DC,
    LR,
    MADE_IN_TW,
    NA,
    NLR,
    PROHIBITED,
    case,
    firm,
    product,
    tx,
)
from policy.regimes.products import (
    A100,
    A800,
    ANTIMONY_INGOT,
    BOUNDARY_HBM,
    CHIP,
    DC_CHIP,
    DEPOSITION_TOOL,
    DRY_SCANNER,
    ETCH_TOOL,
    EUV_PELLICLE,
    FIELD_SERVICE,
    FPA_1200NZ2C,
    GALLIUM_METAL,
    H20,
    H100,
    H800,
    HBM3E,
    IMPRINT_TOOL,
    L40,
    L40S,
    NSR_S635E,
    NXE_3600D,
    NXE_3800E,
    NXT_1970I,
    NXT_1980I,
    NXT_2000I,
    OLDER_SCANNER,
    RTX_4090,
    RTX_4090D,
    SCANNER,
    SERVER,
    SYNTHETIC_GRAPHITE,
    TEL_ETCH_TOOL,
)

#: The end uses the cases name (the transaction contract's words).
SUPERCOMPUTER = "supercomputer"
ADVANCED_FAB = "advanced_node_fab"
MATURE_FAB = "mature_node_fab"

#: End users the party lists do not name, and an ASML scanner's origin and US content (its
#: Cymer light source).
_TENCENT_DE = firm("Tencent subsidiary in Germany", "DE", headquarters="CN")
_JV_60 = firm("SMIC joint venture", "CN", owners={"SMIC": 60})
_ASML: Mapping[str, Any] = MappingProxyType({"origin": "NL", "content": {"US": 10}})

# fmt: off
# ------------------------------------------------------------------------------------------- China

CN_GALLIUM_GERMANIUM = (
    case("Gallium metal from China to Japan, September 2023",
         tx("2023-09-01", "CN", "JP", GALLIUM_METAL), LR, source="China Justice Observer; Mondaq"),
    case("Germanium from China to Germany in July 2023, before the licence rule",
         tx("2023-07-31", "CN", "DE", product("germanium ingot", "material.germanium")), NLR),
)
CN_GRAPHITE = (
    case("Spherical graphite from China to South Korea, January 2024",
         tx("2024-01-10", "CN", "KR", product("spherical graphite", "material.graphite"),
            flags=["natural"]), LR,
         source="Xinhua; IEA policy database"),
    case("Boundary: synthetic graphite of exactly 99.9% purity is not controlled",
         tx("2024-01-10", "CN", "KR", SYNTHETIC_GRAPHITE.at(purity_pct=99.9)), NLR),
    case("Boundary: synthetic graphite of 99.95% purity is controlled",
         tx("2024-01-10", "CN", "KR", SYNTHETIC_GRAPHITE.at(purity_pct=99.95)), LR),
)
CN_ANTIMONY = (
    case("Antimony ingots from China to the US, October 2024",
         tx("2024-10-01", "CN", "US", ANTIMONY_INGOT), LR,
         source="um-material.com translation of Announcement No. 33"),
    case("Antimony ingots from China to the US, 14 Sep 2024",
         tx("2024-09-14", "CN", "US", ANTIMONY_INGOT), NLR),
)
CN_US_BAN = (
    case("Gallium from China to the US after 3 Dec 2024",
         tx("2025-01-15", "CN", "US", GALLIUM_METAL), PROHIBITED,
         source="Reuters on MOFCOM Announcement No. 46"),
    case("Gallium from China to the US on 2 Dec 2024: licence, not ban",
         tx("2024-12-02", "CN", "US", GALLIUM_METAL), LR, fires=False),
    case("Chinese germanium re-exported from Belgium to the US in 2025",
         tx("2025-03-01", "BE", "US", product("germanium", "material.germanium"), origin="CN",
            channel="reexport"), PROHIBITED,
         source="mulemstudies.com analysis of trade data; Announcement No. 46 on third parties"),
    case("Gallium from China to the US after the suspension (9 Nov 2025)",
         tx("2025-11-20", "CN", "US", GALLIUM_METAL), LR, fires=False,
         source="CGTN; Squire Patton Boggs"),
)
CN_US_MILITARY = (
    case("Graphite from China for a US military end use, 2025",
         tx("2025-12-01", "CN", "US", product("graphite", "material.graphite"),
            end_use="military"), PROHIBITED,
         source="Reuters on MOFCOM Announcement No. 46 (clause 1, not suspended)"),
)
CN_GRAPHITE_US = (
    case("Natural flake graphite from China to the US, January 2025",
         tx("2025-01-15", "CN", "US", product("flake graphite", "material.graphite")), LR,
         source="Reuters: graphite to the US gets stricter review, not a ban"),
)

# ---------------------------------------------------------------------------------- European Union

EU_3B001_F1 = (
    case("ASML EUV scanner from the Netherlands to China",
         tx("2023-06-01", "NL", "CN", NXE_3600D), LR,
         source="AP; Reuters: no EUV licence for China since 2019"),
    case("ASML EUV scanner from the Netherlands to the US: EU001",
         tx("2023-06-01", "NL", "US", NXE_3600D), NLR, fires=True),
    case("ASML EUV scanner from the Netherlands to Taiwan: individual licence",
         tx("2023-06-01", "NL", "TW", NXE_3600D), LR),
    case("ASML NXT:2000i (ArF immersion, NA 1.35: MRF 50 nm at K = 0.35) is not 3B001.f.1",
         tx("2023-06-01", "NL", "CN", NXT_2000I), NLR,
         source="Computed: 193 x 0.35 / 1.35 = 50.0 nm > 45 nm"),
    case("Boundary: MRF exactly 45 nm at K = 0.35 is controlled ('or less')",
         tx("2023-06-01", "NL", "CN", SCANNER.at(wavelength_nm=193, mrf_k035_nm=45)), LR),
    case("Boundary: wavelength exactly 193 nm with MRF 45.1 nm is not controlled",
         tx("2023-06-01", "NL", "CN", SCANNER.at(wavelength_nm=193, mrf_k035_nm=45.1)), NLR),
    case("ASML EUV scanner shipped between member states: not an export",
         tx("2023-06-01", "NL", "DE", NXE_3600D), NA, fires=False),
)
EU_3B001_F2 = (
    case("Canon FPA-1200NZ2C nanoimprint tool re-exported from Germany to China",
         tx("2024-10-01", "DE", "CN", FPA_1200NZ2C, origin="JP"), LR,
         source="Canon: the FPA-1200NZ2C patterns features down to 14 nm"),
    case("The same tool from Germany to the US: EU001",
         tx("2024-10-01", "DE", "US", FPA_1200NZ2C, origin="JP"), NLR, fires=True),
    case("Boundary: an imprint tool for 45 nm is within the entry ('45 nm or less')",
         tx("2024-10-01", "DE", "CN", IMPRINT_TOOL.at(node_nm=45), name="boundary imprint tool"),
         LR),
    case("Boundary: an imprint tool for 46 nm is not",
         tx("2024-10-01", "DE", "CN", IMPRINT_TOOL.at(node_nm=46), name="older imprint tool"),
         NLR),
    case("An imprint tool given by kind only is taken to be within the entry",
         tx("2024-10-01", "DE", "CN", IMPRINT_TOOL), LR),
)
EU_3B501_F1B = (
    case("ASML NXT:2000i from the Netherlands to China after 15 Nov 2025",
         tx("2025-12-01", "NL", "CN", NXT_2000I), LR,
         source="Commission Delegated Regulation (EU) 2025/2003"),
    case("ASML NXT:2000i to China before 15 Nov 2025: not an EU entry yet",
         tx("2025-11-14", "NL", "CN", NXT_2000I), NLR),
    case("Boundary: overlay exactly 1.50 nm is controlled ('1.50 nm or less')",
         tx("2025-12-01", "NL", "CN",
            SCANNER.at(wavelength_nm=193, numerical_aperture=1.35, overlay_nm=1.5)), LR),
    case("Boundary: overlay 1.51 nm (and the NXT:1980i at 1.6 nm) is not",
         tx("2025-12-01", "NL", "CN",
            SCANNER.at(wavelength_nm=193, numerical_aperture=1.35, overlay_nm=1.51)), NLR),
    case("Boundary: MRF exactly 45 nm at K = 0.25 is controlled",
         tx("2025-12-01", "NL", "CN", DRY_SCANNER.at(wavelength_nm=193, mrf_k025_nm=45,
                                                     overlay_nm=1.5), name="boundary scanner"),
         LR),
    case("ASML NXT:2000i given by kind only, after 15 Nov 2025",
         tx("2025-12-01", "NL", "CN", NXT_2000I.bare()), LR),
    case("ArF dry scanner at NA 0.93 (MRF 51.9 nm at K = 0.25) is not",
         tx("2025-12-01", "NL", "CN",
            DRY_SCANNER.at(wavelength_nm=193, numerical_aperture=0.93, overlay_nm=1.5)), NLR),
)
EU_3B501_LM = (
    case("EUV pellicles from the Netherlands to China after 15 Nov 2025",
         tx("2025-12-01", "NL", "CN", EUV_PELLICLE), LR),
)
EU_3A501_A16 = (
    case("Nvidia H100 re-exported from Germany to China after 15 Nov 2025",
         tx("2025-12-01", "DE", "CN", H100.at(tpp=15832)), LR),
    case("Boundary: TPP exactly 6000 is controlled ('6000 or more')",
         tx("2025-12-01", "DE", "CN", CHIP.at(tpp=6000)), LR),
    case("Nvidia L40S (TPP 5864) from Germany to China: under the EU threshold",
         tx("2025-12-01", "DE", "CN", L40S.at(tpp=5864)), NLR,
         source="Computed: the EU threshold (6000) is above the US one (4800)"),
)

# ------------------------------------------------------------------------------------------- Japan

JP_ETCH = (
    case("Tokyo Electron etch tool from Japan to China after 23 Jul 2023",
         tx("2023-08-01", "JP", "CN", TEL_ETCH_TOOL), LR,
         source="Jiji via arabnews.jp: China needs an individual licence"),
    case("Tokyo Electron etch tool from Japan to China before 23 Jul 2023",
         tx("2023-07-22", "JP", "CN", TEL_ETCH_TOOL), NLR),
    case("Tokyo Electron etch tool from Japan to Taiwan: general bulk licence",
         tx("2023-08-01", "JP", "TW", TEL_ETCH_TOOL), NLR, fires=True,
         source="Kyodo: Taiwan is among the 42"),
    case("Tokyo Electron etch tool from Japan to the US: general bulk licence",
         tx("2024-01-15", "JP", "US", TEL_ETCH_TOOL), NLR, fires=True),
    case("Tokyo Electron etch tool from Japan to India: general bulk licence",
         tx("2024-03-01", "JP", "IN", TEL_ETCH_TOOL), NLR, fires=True,
         source="Hogan Lovells: India among the 42"),
    case("Tokyo Electron etch tool from Japan to Lithuania: general bulk licence",
         tx("2024-03-01", "JP", "LT", TEL_ETCH_TOOL), NLR, fires=True,
         source="Hogan Lovells: Lithuania among the 42"),
)
JP_DEPOSITION = (
    case("Kokusai Electric deposition tool from Japan to China, 2024",
         tx("2024-05-01", "JP", "CN", product("Kokusai ALD tool", "sme.deposition")), LR,
         source="SemiAnalysis 'Wafer Wars'"),
)
JP_CLEANING = (
    case("Screen wafer cleaning tool from Japan to China, 2024",
         tx("2024-05-01", "JP", "CN", product("Screen cleaning tool", "sme.cleaning")), LR,
         source="SemiAnalysis 'Wafer Wars'"),
)
JP_ANNEALING = (
    case("Annealing tool from Japan to China, 2024",
         tx("2024-05-01", "JP", "CN", product("annealing tool", "sme.annealing")), LR,
         source="Baker McKenzie via globalcompliancenews.com (annealing: 1 item)"),
)
JP_LITHOGRAPHY = (
    case("Tokyo Electron EUV resist coater/developer from Japan to China, 2024",
         tx("2024-05-01", "JP", "CN", product("TEL EUV coater/developer", "sme.coater_developer"),
            flags=["euv"]), LR,
         source="SemiAnalysis 'Wafer Wars'"),
    case("Tokyo Electron ArF coater/developer (not for EUV) from Japan to China",
         tx("2024-05-01", "JP", "CN", product("TEL ArF coater/developer", "sme.coater_developer")),
         NLR),
    case("Nikon ArF immersion scanner from Japan to China, 2024",
         tx("2024-05-01", "JP", "CN", NSR_S635E), LR,
         source="SemiAnalysis 'Wafer Wars' (lithography: Nikon, Canon)"),
    case("Canon KrF stepper (dry DUV) from Japan to China, 2024",
         tx("2024-05-01", "JP", "CN", product("Canon KrF scanner", "sme.lithography.duv.dry"),
            params={"wavelength_nm": 248, "numerical_aperture": 0.86}), NLR),
)
JP_INSPECTION = (
    case("Lasertec actinic EUV mask inspection tool from Japan to China, 2024",
         tx("2024-05-01", "JP", "CN", product("Lasertec ACTIS", "sme.inspection"), flags=["euv"]),
         LR, source="SemiAnalysis 'Wafer Wars' (EUV mask inspection)"),
)
JP_WASSENAAR_LITHOGRAPHY = (
    case("Canon FPA-1200NZ2C nanoimprint tool from Japan to China",
         tx("2024-10-01", "JP", "CN", FPA_1200NZ2C), LR,
         source="Canon: features down to 14 nm (Wassenaar 3.B.1.f.2)"),
    case("Canon nanoimprint tool from Japan to the United States: general bulk licence",
         tx("2024-10-01", "JP", "US", FPA_1200NZ2C), NLR, fires=True),
)

# ------------------------------------------------------------------------------------- Netherlands

NL_LITHOGRAPHY_2023 = (
    case("ASML NXT:2000i from the Netherlands to China, October 2023",
         tx("2023-10-01", "NL", "CN", NXT_2000I), LR,
         source="ASML statement of 30 Jun 2023; Tweakers"),
    case("ASML NXT:2000i to China in August 2023, before the Regeling applied",
         tx("2023-08-31", "NL", "CN", NXT_2000I), NLR,
         source="ASML Q3 2023: rush orders shipped before the rules"),
    case("ASML NXT:1980i to China in 2024: not in the 2023 annex",
         tx("2024-03-01", "NL", "CN", NXT_1980I), NLR,
         source="Rijksoverheid, 6 Sep 2024: the 1970i/1980i needed a Dutch licence only from"
         " 7 Sep 2024"),
    case("Boundary: overlay exactly 1.50 nm is controlled in 2023",
         tx("2023-10-01", "NL", "CN",
            SCANNER.at(wavelength_nm=193, numerical_aperture=1.35, overlay_nm=1.5)), LR),
    case("ASML NXT:2000i given by kind only, October 2023: a missing overlay is taken to be within"
         " the entry",
         tx("2023-10-01", "NL", "CN", NXT_2000I.bare()), LR,
         source="ASML statement of 30 Jun 2023: the NXT:2000i and later need a licence"),
    case("A dry ArF scanner that does not give its overlay is not taken to be within",
         tx("2023-10-01", "NL", "CN", DRY_SCANNER.at(wavelength_nm=193, numerical_aperture=0.93)),
         NLR),
    case("ASML NXT:2000i to the US: the Regeling is country-neutral",
         tx("2023-10-01", "NL", "US", NXT_2000I), LR,
         source="Mayer Brown; Baker McKenzie: licence for all destinations outside the EU"),
)
NL_LITHOGRAPHY_2024 = (
    case("ASML NXT:1980i from the Netherlands to China after 7 Sep 2024",
         tx("2024-10-01", "NL", "CN", NXT_1980I), LR, source="Rijksoverheid, 6 Sep 2024; Reuters"),
    case("ASML NXT:1970i from the Netherlands to China in 2025",
         tx("2025-02-01", "NL", "CN", NXT_1970I), LR, source="Rijksoverheid, 6 Sep 2024"),
    case("Boundary: overlay exactly 2.4 nm is controlled from 7 Sep 2024",
         tx("2024-10-01", "NL", "CN",
            SCANNER.at(wavelength_nm=193, numerical_aperture=1.35, overlay_nm=2.4)), LR),
    case("ASML NXT:2000i given by kind only, 2024",
         tx("2024-10-01", "NL", "CN", NXT_2000I.bare()), LR),
    case("Boundary: overlay 2.5 nm is not",
         tx("2024-10-01", "NL", "CN", OLDER_SCANNER), NLR),
)
NL_DEPOSITION = (
    case("ASM International ALD tool from the Netherlands to China, 2024",
         tx("2024-02-01", "NL", "CN", product("ASM ALD tool", "sme.deposition")), LR,
         source="SemiAnalysis; Techzine: ASMI covered by the Dutch controls"),
)
NL_PELLICLES = (
    case("EUV pellicles from the Netherlands to China, 2024",
         tx("2024-01-15", "NL", "CN", EUV_PELLICLE), LR,
         source="Baker McKenzie; Expeditors: 3B001.l/m in the Dutch annex"),
)
NL_METROLOGY = (
    case("ASML e-beam inspection tool from the Netherlands to China, May 2025",
         tx("2025-05-01", "NL", "CN", product("ASML HMI e-beam", "sme.inspection")), LR,
         source="Rijksoverheid, 15 Jan 2025; Techzine"),
    case("The same tool in March 2025, before the extension",
         tx("2025-03-01", "NL", "CN", product("ASML HMI e-beam", "sme.inspection")), NLR),
)
NL_ANNEX_I = (
    case("ASML EUV scanner from the Netherlands to China",
         tx("2024-01-15", "NL", "CN", NXE_3800E), LR,
         source="AP; Reuters; NL Times: EUV never licensed for China"),
    case("Imprint lithography tool for 14 nm from the Netherlands to China",
         tx("2024-10-01", "NL", "CN", IMPRINT_TOOL.at(node_nm=14)), LR),
)

# --------------------------------------------------------------- United States: advanced computing

US_3A090_2022 = (
    case("Nvidia A100 exported from the US to China",
         tx("2022-11-01", "US", "CN", A100), LR, source="Nvidia 8-K of 31 Aug 2022; 87 FR 62186"),
    case("Nvidia A800 (interconnect cut to 400 GB/s) to China",
         tx("2022-11-01", "US", "CN", A800), NLR,
         source="heise; SemiAnalysis: the A800 was designed under the 2022 AND-test"),
    case("Boundary: exactly 4800 TPP and 600 GB/s is controlled ('or more')",
         tx("2022-11-01", "US", "CN", CHIP.at(tpp=4800, bidirectional_transfer_rate_gbps=600)), LR),
    case("Boundary: 4799 TPP is not controlled",
         tx("2022-11-01", "US", "CN", CHIP.at(tpp=4799, bidirectional_transfer_rate_gbps=600)),
         NLR),
    case("Boundary: 599 GB/s interconnect with 4800 TPP is not controlled",
         tx("2022-11-01", "US", "CN", CHIP.at(tpp=4800, bidirectional_transfer_rate_gbps=599)),
         NLR),
    case("Nvidia H800 (NVLink cut to 400 GB/s) to China in 2023",
         tx("2023-03-01", "US", "CN", H800), NLR, source="heise; aiwiki"),
    case("A100 made in Taiwan with US technology, shipped to China (FDP)",
         tx("2022-11-01", "TW", "CN", A100, **MADE_IN_TW), LR),
    case("A100 to Hong Kong (treated as China under the EAR)",
         tx("2022-11-01", "US", "HK", A100), LR,
         source="Nvidia 8-K of 31 Aug 2022 (China including Hong Kong)"),
    case("A100 to Macau before Macau was added (17 Jan 2023)",
         tx("2023-01-16", "US", "MO", A100), NLR, source="Mondaq on 88 FR 2821"),
    case("A100 to Macau after Macau was added",
         tx("2023-01-17", "US", "MO", A100), LR, source="88 FR 2821"),
    case("RTX 4090 to China in 2022: no interconnect, outside the AND-test",
         tx("2022-12-01", "US", "CN", RTX_4090), NLR, source="Fudzilla; WinBuzzer"),
    case("An A100 described only by the exporter's classification 3A090, to China",
         tx("2022-11-01", "US", "CN", product("A100", "ic.accelerator"),
            classification={"US": "3A090"}), LR,
         source="87 FR 62186: ECCN 3A090 requires a licence for China"),
    case("A chip the exporter classified 3A991 (not 3A090), no parameters given",
         tx("2022-11-01", "US", "CN", product("older chip", "ic.accelerator"),
            classification={"US": "3A991.p"}), NLR),
)
US_3A090_A = (
    case("Nvidia A800 to China after the 2023 update",
         tx("2023-12-01", "US", "CN", A800), LR, source="88 FR 73458; Nvidia 8-K of 24 Oct 2023"),
    case("Nvidia H800 to China after the 2023 update",
         tx("2023-12-01", "US", "CN", H800), LR, source="88 FR 73458; Nvidia 8-K of 24 Oct 2023"),
    case("Nvidia H100 to Saudi Arabia (D:4, newly covered in 2023)",
         tx("2023-12-01", "US", "SA", H100), LR, source="Nvidia 8-K quoted by VideoCardz"),
    case("Nvidia H100 to Israel (D:4 but also A:6): not covered",
         tx("2023-12-01", "US", "IL", H100), NLR,
         source="CSET, 'A Bigger Yard, A Higher Fence' (4 Dec 2023)"),
    case("Nvidia H20 (TPP 2368, PD 2.91) designed under the 2023 thresholds",
         tx("2024-06-01", "US", "CN", H20), NLR, source="Tom's Hardware; TweakTown"),
    case("Boundary: performance density exactly 5.92 with TPP 1600 is 3A090.a",
         tx("2023-12-01", "US", "CN", DC_CHIP.at(tpp=1600, performance_density=5.92)), LR),
    case("Boundary: exactly 4800 TPP (datacenter) is 3A090.a",
         tx("2023-12-01", "US", "CN", DC_CHIP.at(tpp=4800, performance_density=1.0)), LR),
    case("Boundary: TPP 1599 with performance density 6 is not 3A090.a",
         tx("2023-12-01", "US", "CN", DC_CHIP.at(tpp=1599, performance_density=6)), NLR),
    case("RTX 4090 (gaming, TPP 5285) to China: NAC needs notification",
         tx("2023-12-01", "US", "CN", RTX_4090), LR, source="Fudzilla; WinBuzzer"),
    case("RTX 4090 to Vietnam (D:1, not D:5): NAC without notification",
         tx("2023-12-01", "US", "VN", RTX_4090), NLR, fires=True),
    case("RTX 4090D (gaming, TPP about 4707) to China: Note 2 excludes it",
         tx("2024-01-15", "US", "CN", RTX_4090D), NLR, source="tomshw.it"),
    case("H100 in a US cloud rented by a Chinese firm: remote access is not an export",
         tx("2024-03-01", "US", "CN", H100, name="H100 (cloud)", channel="remote_access"), NLR,
         source="heise; The Information; CSET on cloud access"),
    case("H100 made in Taiwan with US technology, shipped from Taiwan to China",
         tx("2024-03-01", "TW", "CN", H100, **MADE_IN_TW), LR),
    case("An H100 described only by the exporter's classification 3A090.a, to China",
         tx("2024-01-15", "US", "CN", product("H100", "ic.accelerator"),
            classification={"US": "3A090.a"}), LR,
         source="88 FR 73458: 3A090.a needs a licence for D:1, D:4 and D:5"),
    case("A DGX server the exporter classified 4A090.a, made in Taiwan with US technology, to"
         " China",
         tx("2024-01-15", "TW", "CN", product("DGX H100", "computer"),
            classification={"US": "4A090.a"}, **MADE_IN_TW), LR),
)
US_3A090_B = (
    case("Nvidia L40 (TPP 2896, PD 4.76, datacenter) to China",
         tx("2023-12-01", "US", "CN", L40), LR, source="mullet.se spec table"),
    case("Nvidia L40 to Vietnam (D:1, not D:5): NAC without notification",
         tx("2023-12-01", "US", "VN", L40), NLR, fires=True),
    case("Boundary: TPP exactly 2400 and performance density exactly 1.6 is 3A090.b",
         tx("2023-12-01", "US", "CN", DC_CHIP.at(tpp=2400, performance_density=1.6)), LR),
    case("Boundary: TPP 2399 with performance density 3.19 is outside 3A090.b",
         tx("2023-12-01", "US", "CN", DC_CHIP.at(tpp=2399, performance_density=3.19)), NLR),
    case("Boundary: TPP 1600 with performance density exactly 3.2 is 3A090.b",
         tx("2023-12-01", "US", "CN", DC_CHIP.at(tpp=1600, performance_density=3.2)), LR),
    case("An L40 described only by the exporter's classification 3A090.b, to China",
         tx("2024-01-15", "US", "CN", product("L40", "ic.accelerator"),
            classification={"US": "3A090.b"}), LR),
)
US_HEADQUARTERS = (
    case("H100 to a German subsidiary of a Chinese cloud firm",
         tx("2024-02-01", "US", "DE", H100, end_user=_TENCENT_DE), LR,
         source="CSET, 'A Bigger Yard, A Higher Fence' (4 Dec 2023)"),
    case("H100 to a Malaysian data centre wholly owned by a Chinese cloud firm",
         tx("2024-06-01", "US", "MY", H100,
            end_user=firm("cloud subsidiary in Malaysia", "MY", owners={"Alibaba": 100})), LR,
         source="CSET: BIS's rationale about cloud servers in other countries"),
    case("H100 to the same German subsidiary before 17 Nov 2023",
         tx("2023-06-01", "US", "DE", H100, end_user=_TENCENT_DE), NLR,
         source="CSET: the gap the headquarters rule closed"),
    case("H100 to the Israeli subsidiary of a firm headquartered in China (Israel is D:4 but also"
         " A:6, so outside the 3A090 destination scope)",
         tx("2024-06-01", "US", "IL", H100, end_user=firm(
            "Israeli subsidiary of a Chinese cloud firm", "IL", headquarters="CN")), LR,
         source="88 FR 73458, §744.23(a)(3): destinations other than those the 3A090 destination"
         " scope already covers"),
    case("H100 to the Cypriot subsidiary of a firm headquartered in China",
         tx("2024-06-01", "US", "CY", H100, end_user=firm(
            "Cypriot subsidiary of a Chinese cloud firm", "CY", headquarters="CN")), LR),
    case("H100 to a Saudi subsidiary of a firm headquartered in China: 3A090.a already covers"
         " Saudi Arabia",
         tx("2024-06-01", "US", "SA", H100, end_user=firm(
            "Saudi subsidiary of a Chinese cloud firm", "SA", headquarters="CN")), LR,
         fires=False),
)
US_3A090_C = (
    case("SK Hynix HBM3E stack from Korea to China in 2025 (FDP)",
         tx("2025-02-01", "KR", "CN", HBM3E, origin="KR", made_with=["US"]), LR,
         source="89 FR 96790; BIS: all HBM in production exceeds 2 GB/s/mm²"),
    case("Micron HBM3E from the US to China before the compliance date",
         tx("2024-12-15", "US", "CN", HBM3E), NLR),
    case("HBM co-packaged with a logic die: the logic chip's status governs",
         tx("2025-02-01", "US", "CN", HBM3E, name="HBM packaged with a cheap logic die",
            flags=["copackaged_logic"]), NLR,
         source="89 FR 96790, 3A090.c exclusion; SemiAnalysis/ChinaTalk on Huawei"),
    case("Boundary: exactly 2 GB/s per mm² is not 'greater than 2'",
         tx("2025-02-01", "US", "CN", BOUNDARY_HBM.at(memory_bandwidth_density=2)), NLR),
    case("Boundary: 2.01 GB/s per mm² from the US uses License Exception HBM",
         tx("2025-02-01", "US", "CN", BOUNDARY_HBM.at(memory_bandwidth_density=2.01)), NLR,
         fires=True),
    case("Boundary: exactly 3.3 GB/s per mm² is outside License Exception HBM",
         tx("2025-02-01", "US", "CN", BOUNDARY_HBM.at(memory_bandwidth_density=3.3)), LR),
    case("HBM3E given only by its bandwidth (no die area, so no density): taken to exceed 2 GB/s"
         " per mm², and License Exception HBM needs a known density",
         tx("2025-02-01", "US", "CN", HBM3E.at(memory_bandwidth_gbps=1229)), LR,
         source="89 FR 96790: BIS, all HBM stacks currently in production exceed the"
         " threshold"),
    case("HBM described only by the exporter's classification 3A090.c, to China",
         tx("2025-02-01", "US", "CN", product("HBM3", "ic.memory.hbm"),
            classification={"US": "3A090.c"}), LR),
)

# -------------------------------------------------------------- United States: is-informed letters

US_INFORMED_2022 = (
    case("Nvidia A100 to China in September 2022, before the rule",
         tx("2022-09-15", "US", "CN", A100), LR, source="Nvidia 8-K of 31 Aug 2022"),
    case("Nvidia A800 in September 2022: under the I/O threshold",
         tx("2022-09-15", "US", "CN", A800), NLR),
)
US_INFORMED_2023 = (
    case("Nvidia A800 to China on 1 Nov 2023, after the notice",
         tx("2023-11-01", "US", "CN", A800), LR, source="Nvidia 8-K of 24 Oct 2023"),
    case("Nvidia L40S to China on 1 Nov 2023",
         tx("2023-11-01", "US", "CN", L40S), LR, source="Nvidia 8-K of 24 Oct 2023"),
    case("Nvidia H800 to China on 20 Oct 2023, before the notice",
         tx("2023-10-20", "US", "CN", H800), NLR),
)
US_INFORMED_H20 = (
    case("Nvidia H20 to China after 9 Apr 2025",
         tx("2025-05-01", "US", "CN", H20), LR, source="Nvidia 8-K of 15 Apr 2025"),
    case("Nvidia H20 from Taiwan to China after 9 Apr 2025",
         tx("2025-05-01", "TW", "CN", H20, **MADE_IN_TW), LR, source="Nvidia 8-K of 15 Apr 2025"),
    case("Nvidia H20 to China on 8 Apr 2025, the day before the letter",
         tx("2025-04-08", "US", "CN", H20), NLR),
    case("Boundary: memory bandwidth 3999 GB/s and 899 GB/s interconnect",
         tx("2025-05-01", "US", "CN", DC_CHIP.at(tpp=2000, memory_bandwidth_gbps=3999,
                                                 bidirectional_transfer_rate_gbps=899)), NLR),
    case("Boundary: memory bandwidth exactly 4000 GB/s is H20-class",
         tx("2025-05-01", "US", "CN", DC_CHIP.at(tpp=2000, memory_bandwidth_gbps=4000)), LR),
    case("AMD MI308-class accelerator to China after 9 Apr 2025",
         tx("2025-06-01", "US", "CN", product("MI308", "ic.accelerator", flags=DC),
            params={"tpp": 2000, "memory_bandwidth_gbps": 5300}), LR,
         source="Reuters: Commerce said the same applies to the AMD MI308"),
)

# --------------------------------------------------------------- United States: Russia and Belarus

US_RUSSIA = (
    case("Nvidia A100 from the US to Russia, 1 Mar 2022",
         tx("2022-03-01", "US", "RU", A100), LR, source="87 FR 12226"),
    case("Nvidia A100 from the US to Belarus on 1 Mar 2022, before Belarus was added",
         tx("2022-03-01", "US", "BY", A100), NLR),
)
US_RUSSIA_BELARUS = (
    case("Nvidia A100 from the US to Russia, November 2022",
         tx("2022-11-01", "US", "RU", A100), LR,
         source="87 FR 12226; Nvidia 8-K of 31 Aug 2022 (Russia named in the letter)"),
    case("Nvidia A100 from the US to Belarus, November 2022",
         tx("2022-11-01", "US", "BY", A100), LR,
         source="87 FR 13048: Belarus subject to the same sanctions as Russia"),
    case("US etch tool to Russia in 2023",
         tx("2023-06-01", "US", "RU", ETCH_TOOL), LR),
)

# ---------------------------------------------------------- United States: end uses and US persons

US_SUPERCOMPUTER_2022 = (
    case("US server CPUs for a supercomputer in China",
         tx("2023-02-01", "US", "CN", product("server CPU", "ic.logic"), end_use=SUPERCOMPUTER),
         LR, source="87 FR 62186, §744.23(a)(1)"),
    case("Server made in Taiwan with US technology, for a supercomputer in China (supercomputer"
         " FDP rule)",
         tx("2023-01-15", "TW", "CN", SERVER, end_use=SUPERCOMPUTER, origin="TW",
            made_with=["US"]), LR,
         source="87 FR 62186, §734.9(i) and §744.23(a)(1)"),
    case("The same server made without US technology: the US does not reach it",
         tx("2023-01-15", "TW", "CN", SERVER, end_use=SUPERCOMPUTER, origin="TW"), NA,
         fires=False),
    case("US cabling for a supercomputer in China: outside the IC and computer scope",
         tx("2023-03-01", "US", "CN", product("cabling", "other"), end_use=SUPERCOMPUTER), NLR),
    case("US server for a supercomputer in Venezuela before 17 Nov 2023",
         tx("2023-06-01", "US", "VE", SERVER, end_use=SUPERCOMPUTER), NLR),
)
US_SUPERCOMPUTER_2023 = (
    case("US server for a supercomputer in Venezuela (D:5) after 17 Nov 2023",
         tx("2024-06-01", "US", "VE", SERVER, end_use=SUPERCOMPUTER), LR,
         source="88 FR 73458, §744.23(a)(1): Macau or a destination in D:5"),
    case("US server for a supercomputer in China, 2024",
         tx("2024-06-01", "US", "CN", SERVER, end_use=SUPERCOMPUTER), LR),
    case("US server for a supercomputer in Vietnam (D:1, not D:5)",
         tx("2024-06-01", "US", "VN", SERVER, end_use=SUPERCOMPUTER), NLR),
)
US_ADVANCED_FAB_2022 = (
    case("US etch tool for SMIC's advanced-node fab",
         tx("2022-11-01", "US", "CN", ETCH_TOOL.at(node_nm=7), end_use=ADVANCED_FAB), LR),
    case("US controller IC for an advanced-node fab in China, January 2023",
         tx("2023-01-15", "US", "CN", product("controller IC", "ic.logic"), end_use=ADVANCED_FAB),
         LR, source="87 FR 62186, §744.23(a)(1)(iii): any item subject to the EAR"),
    case("US deposition tool for a mature-node fab in China",
         tx("2023-03-01", "US", "CN", DEPOSITION_TOOL.at(node_nm=28), end_use=MATURE_FAB), NLR,
         source="SemiAnalysis: the controls are scoped to advanced-node fabs"),
)
US_ADVANCED_FAB_2023 = (
    case("US-origin EAR99 spare part for an advanced-node fab in China, 2024",
         tx("2024-03-01", "US", "CN", product("EAR99 spare part", "other"), end_use=ADVANCED_FAB),
         LR, source="88 FR 73424, §744.23(a)(2)(i): any item subject to the EAR"),
    case("US fab automation server for an advanced-node fab in China, 2024",
         tx("2024-03-01", "US", "CN", product("fab automation server", "computer"),
            end_use=ADVANCED_FAB), LR),
    case("US deposition tool for a mature-node fab in China, 2024",
         tx("2024-03-01", "US", "CN", DEPOSITION_TOOL, end_use=MATURE_FAB), NLR),
)
US_PERSONS = (
    case("US engineer servicing a non-US tool at a Chinese advanced-node fab",
         tx("2022-12-01", "NL", "CN", FIELD_SERVICE, end_use=ADVANCED_FAB, persons="US"), LR,
         source="BIS FAQ of 28 Oct 2022 as reported by Magstone Law"),
    case("The same service on 11 Oct 2022, before §744.6 took effect",
         tx("2022-10-11", "NL", "CN", FIELD_SERVICE, end_use=ADVANCED_FAB, persons="US"), NA,
         fires=False),
)

# -------------------------------------------------- United States: equipment through 0% de minimis

US_LITHOGRAPHY = (
    case("ASML NXT:1980i from the Netherlands to an advanced-node fab in China, 2024",
         tx("2024-03-01", "NL", "CN", NXT_1980I, end_use=ADVANCED_FAB, **_ASML), LR,
         source="SemiAnalysis 'Wafer Wars'; ASML statement of 1 Jan 2024"),
    case("ASML NXT:1980i to a mature-node fab in China, 2024: the US does not reach",
         tx("2024-03-01", "NL", "CN", NXT_1980I, end_use=MATURE_FAB, **_ASML), NA, fires=False,
         source="SemiAnalysis: the same tools kept flowing to mature-node fabs"),
    case("Boundary: overlay 2.5 nm is outside the band",
         tx("2024-03-01", "NL", "CN", OLDER_SCANNER, end_use=ADVANCED_FAB, **_ASML), NA,
         fires=False),
)

# ------------------------------------------------------------------ United States: the Entity List

US_ENTITY_LIST = (
    case("US deposition tool for YMTC after its listing (16 Dec 2022)",
         tx("2023-01-10", "US", "CN", DEPOSITION_TOOL, end_user="YMTC"), LR,
         source="Export Compliance Daily, 16 Dec 2022"),
    case("US deposition tool for YMTC on 15 Dec 2022, before its listing",
         tx("2022-12-15", "US", "CN", DEPOSITION_TOOL, end_user="YMTC"), NLR),
    case("TSMC-made accelerator die for Cambricon (footnote 4 FDP)",
         tx("2023-03-01", "TW", "CN", product("accelerator die", "ic.accelerator"),
            end_user="Cambricon", origin="TW", made_with=["US"]), LR,
         source="Thompson Hine, Dec 2022: footnote 4 designations"),
    case("US etch tool for SMIC Beijing, listed in SMIC's own entry of 18 Dec 2020",
         tx("2025-11-15", "US", "CN", ETCH_TOOL, end_user="SMIC Beijing"), LR,
         source="Thompson Hine on 85 FR 83416 (SMIC and ten subsidiaries)"),
    case("US etch tool for SMIC Beijing on 17 Dec 2020, the day before its listing",
         tx("2020-12-17", "US", "CN", ETCH_TOOL, end_user="SMIC Beijing"), NLR),
    case("US server for Sugon (listed 24 Jun 2019)",
         tx("2021-01-15", "US", "CN", SERVER, end_user="Sugon"), LR, source="84 FR 29371"),
    case("US EDA software for Sophgo after its listing (16 Jan 2025)",
         tx("2025-02-01", "US", "CN", product("design software", "software.eda"),
            end_user="Sophgo"), LR,
         source="DCD on 90 FR 4621"),
)
US_AFFILIATES = (
    case("US tool for an unlisted 60%-owned SMIC subsidiary, October 2025",
         tx("2025-10-15", "US", "CN", ETCH_TOOL, end_user=_JV_60), LR,
         source="Linklaters; Baker McKenzie on 90 FR 47201"),
    case("The same sale in September 2025, before the affiliates rule",
         tx("2025-09-28", "US", "CN", ETCH_TOOL, end_user=_JV_60), NLR),
    case("Boundary: exactly 50% owned by listed parties is an affiliate",
         tx("2025-10-15", "US", "CN", ETCH_TOOL,
            end_user=firm("50/50 joint venture", "CN", owners={"SMIC": 50})), LR),
    case("Boundary: 49% owned is not an affiliate",
         tx("2025-10-15", "US", "CN", ETCH_TOOL,
            end_user=firm("minority joint venture", "CN", owners={"SMIC": 49})), NLR),
    case("A fictitious joint venture 60% owned by SMIC, on the first day of the suspension"
         " (10 Nov 2025)",
         tx("2025-11-10", "US", "CN", ETCH_TOOL,
            end_user=firm("Example Semiconductor JV (fictitious)", "CN", owners={"SMIC": 60})),
         NLR, source="Squire Patton Boggs on the one-year suspension"),
)

# --------------------------------------------------------------------------- Wassenaar Arrangement

WA_3B1F1 = (
    case("ASML EUV scanner from the Netherlands to China",
         tx("2023-06-01", "NL", "CN", NXE_3600D.at(wavelength_nm=13.5, numerical_aperture=0.33)),
         LR),
    case("ASML NXT:2000i (MRF 50 nm at K = 0.35) is above the floor",
         tx("2023-06-01", "NL", "CN", NXT_2000I), NLR,
         source="Computed: 193 x 0.35 / 1.35 = 50.0 nm > 45 nm"),
    case("Nikon ArF immersion scanner from Japan to China: above the floor",
         tx("2023-06-01", "JP", "CN", NSR_S635E.at(wavelength_nm=193, numerical_aperture=1.35)),
         NLR),
    case("Boundary: MRF exactly 45 nm at K = 0.35 is on the floor",
         tx("2023-06-01", "JP", "CN", SCANNER.at(mrf_k035_nm=45)), LR),
    case("A scanner exported from China (not a participating state)",
         tx("2023-06-01", "CN", "RU", product("domestic scanner", "sme.lithography.euv")), NA,
         fires=False),
)
WA_3B1F2 = (
    case("Canon FPA-1200NZ2C nanoimprint tool from Japan to China",
         tx("2024-10-01", "JP", "CN", FPA_1200NZ2C), LR,
         source="Wassenaar 3.B.1.f.2; Canon: features down to 14 nm"),
    case("Boundary: an imprint tool for 46 nm is above the floor",
         tx("2024-10-01", "JP", "CN", IMPRINT_TOOL.at(node_nm=46), name="older imprint tool"), NLR),
)
# fmt: on

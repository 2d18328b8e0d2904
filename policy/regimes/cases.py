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

Rows under a "Proposed by `policy mutate`" comment close the gaps mutation testing found
(issue 17): each is the minimal witness of a mistake no public case would notice (a member
left out of a country group, a boundary moved by one step, a date moved by one day), with
the outcome the rule gives it and the rule's own citation; its note names the mutant. They
hold the library at a mutation score of 95% or more (``policy mutate --as-of 2025-01-16
--fail-under 95``); a public case that shows the same thing should replace such a row.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from policy.regimes._examples import (
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
    AMD,
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
    MI308,
    NSR_S635E,
    NVIDIA,
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
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17): each row pins a mistake
    # no other example would notice; the outcome is the rule's, as cited.
    case("material.gallium from CN to HK",
         tx("2023-08-01", "CN", "HK", product("gallium and gallium compounds", "material.gallium")),
         LR,
         source="MOFCOM/GAC Announcement No. 23 of 2023 (关于对镓、锗相关物项实施出口管制的公告), "
                "issued 3 Jul 2023, items 1-2; Export Control Law Art. 12",
         note="Pins what the mutant "
              "CN/CN-2023-23-gallium-germanium@2023-08-01/date_moved/effective:later would "
              "change: effective date 2023-08-01 moved one day later, to 2023-08-02."),
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
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17): each row pins a mistake
    # no other example would notice; the outcome is the rule's, as cited.
    case("material.graphite from JP to US (made in CN)",
         tx("2025-01-16", "JP", "US",
            product("graphite (synthetic and natural flake)", "material.graphite"), origin="CN"),
         NA,
         source="MOFCOM/GAC announcement of 20 Oct 2023 on graphite items (announcement number "
                "not confirmed), items 1-2; Export Control Law Art. 12",
         note="Pins what the mutant CN/nexus:cn-origin-to-us@2024-12-03/conjunct_dropped/when.2 "
              "would change: `kind('material.antimony', 'material.gallium', "
              "'material.germanium', 'material.superhard')` left out of the nexus's condition."),
    case("material.graphite from CN to HK",
         tx("2023-11-30", "CN", "HK",
            product("graphite (synthetic and natural flake)", "material.graphite")), NLR,
         source="MOFCOM/GAC announcement of 20 Oct 2023 on graphite items (announcement number "
                "not confirmed), items 1-2; Export Control Law Art. 12",
         note="Pins what the mutant CN/CN-2023-graphite@2023-12-01/date_moved/effective:earlier "
              "would change: effective date 2023-12-01 moved one day earlier, to 2023-11-30."),
    case("material.graphite from CN to HK",
         tx("2023-12-01", "CN", "HK",
            product("graphite (synthetic and natural flake)", "material.graphite")), LR,
         source="MOFCOM/GAC announcement of 20 Oct 2023 on graphite items (announcement number "
                "not confirmed), items 1-2; Export Control Law Art. 12",
         note="Pins what the mutant CN/CN-2023-graphite@2023-12-01/date_moved/effective:later "
              "would change: effective date 2023-12-01 moved one day later, to 2023-12-02."),
)
CN_ANTIMONY = (
    case("Antimony ingots from China to the US, October 2024",
         tx("2024-10-01", "CN", "US", ANTIMONY_INGOT), LR,
         source="um-material.com translation of Announcement No. 33"),
    case("Antimony ingots from China to the US, 14 Sep 2024",
         tx("2024-09-14", "CN", "US", ANTIMONY_INGOT), NLR),
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17): each row pins a mistake
    # no other example would notice; the outcome is the rule's, as cited.
    case("material.antimony from JP to US",
         tx("2025-01-16", "JP", "US",
            product("antimony and antimony compounds", "material.antimony")), NA,
         source="MOFCOM/GAC Announcement No. 33 of 2024, issued 15 Aug 2024, items 1-2; Export "
                "Control Law Art. 12",
         note="Pins what the mutant CN/nexus:cn-origin-to-us@2024-12-03/conjunct_dropped/when.0 "
              "would change: `origin('CN')` left out of the nexus's condition."),
    case("material.antimony from JP to CN (made in CN)",
         tx("2025-01-16", "JP", "CN",
            product("antimony and antimony compounds", "material.antimony"), origin="CN"), NA,
         source="MOFCOM/GAC Announcement No. 33 of 2024, issued 15 Aug 2024, items 1-2; Export "
                "Control Law Art. 12",
         note="Pins what the mutant CN/nexus:cn-origin-to-us@2024-12-03/conjunct_dropped/when.3 "
              "would change: `destination('US')` left out of the nexus's condition."),
    case("material.antimony from CN to HK",
         tx("2024-09-15", "CN", "HK",
            product("antimony and antimony compounds", "material.antimony")), LR,
         source="MOFCOM/GAC Announcement No. 33 of 2024, issued 15 Aug 2024, items 1-2; Export "
                "Control Law Art. 12",
         note="Pins what the mutant "
              "CN/CN-2024-33-antimony-superhard@2024-09-15/date_moved/effective:later would "
              "change: effective date 2024-09-15 moved one day later, to 2024-09-16."),
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
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17): each row pins a mistake
    # no other example would notice; the outcome is the rule's, as cited.
    case("material.antimony from CN to US",
         tx("2024-12-03", "CN", "US",
            product("antimony and antimony compounds", "material.antimony")), PROHIBITED,
         source="MOFCOM Announcement No. 46 of 2024 (3 Dec 2024), on dual-use exports to the US, "
                "clause 2",
         note="Pins what the mutant CN/CN-2024-46-us-ban@2024-12-03/date_moved/effective:later "
              "would change: effective date 2024-12-03 moved one day later, to 2024-12-04."),
    case("material.antimony from CN to US",
         tx("2025-11-08", "CN", "US",
            product("antimony and antimony compounds", "material.antimony")), PROHIBITED,
         source="MOFCOM Announcement No. 46 of 2024 (3 Dec 2024), on dual-use exports to the US, "
                "clause 2",
         note="Pins what the mutant CN/CN-2024-46-us-ban@2024-12-03/date_moved/end:earlier would "
              "change: end date 2025-11-09 moved one day earlier, to 2025-11-08."),
    case("material.antimony from CN to US",
         tx("2025-11-09", "CN", "US",
            product("antimony and antimony compounds", "material.antimony")), LR, fires=False,
         source="MOFCOM Announcement No. 46 of 2024 (3 Dec 2024), on dual-use exports to the US, "
                "clause 2",
         note="Pins what the mutant CN/CN-2024-46-us-ban@2024-12-03/date_moved/end:later would "
              "change: end date 2025-11-09 moved one day later, to 2025-11-10."),
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17) after the merge of issue 20's
    # law: each row pins a mistake no other example would notice; the outcome is the law's.
    case("material.antimony from CN to HK",
         tx("2025-01-16", "CN", "HK",
            product("antimony and antimony compounds", "material.antimony")), LR, fires=False,
         source="MOFCOM Announcement No. 46 of 2024 (3 Dec 2024), on dual-use exports to the US, "
                "clause 2",
         note="Pins what the mutant CN/CN-2024-46-us-ban@2024-12-03/conjunct_dropped/when.1 "
              "changes: `destination('US')` left out of the rule's condition."),
)
CN_US_MILITARY = (
    case("Graphite from China for a US military end use, 2025",
         tx("2025-12-01", "CN", "US", product("graphite", "material.graphite"),
            end_use="military"), PROHIBITED,
         source="Reuters on MOFCOM Announcement No. 46 (clause 1, not suspended)"),
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17): each row pins a mistake
    # no other example would notice; the outcome is the rule's, as cited.
    case("ic.accelerator from CN to US (end use military)",
         tx("2025-01-16", "CN", "US", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="military"), NLR,
         source="MOFCOM Announcement No. 46 of 2024 (3 Dec 2024), on dual-use exports to the US, "
                "clause 1",
         note="Pins what the mutant CN/CN-2024-46-us-military@2024-12-03/conjunct_dropped/when.0 "
              "would change: `kind('material.antimony', 'material.gallium', "
              "'material.germanium', 'material.graphite'...` left out of the rule's condition."),
    case("material.antimony from CN to US (end use military)",
         tx("2024-12-02", "CN", "US",
            product("antimony and antimony compounds", "material.antimony"), end_use="military"),
         LR, fires=False,
         source="MOFCOM Announcement No. 46 of 2024 (3 Dec 2024), on dual-use exports to the US, "
                "clause 1",
         note="Pins what the mutant "
              "CN/CN-2024-46-us-military@2024-12-03/date_moved/effective:earlier would change: "
              "effective date 2024-12-03 moved one day earlier, to 2024-12-02."),
    case("material.graphite from CN to US (end use military)",
         tx("2024-12-03", "CN", "US",
            product("graphite (synthetic and natural flake)", "material.graphite"),
            end_use="military"), PROHIBITED,
         source="MOFCOM Announcement No. 46 of 2024 (3 Dec 2024), on dual-use exports to the US, "
                "clause 1",
         note="Pins what the mutant "
              "CN/CN-2024-46-us-military@2024-12-03/date_moved/effective:later would change: "
              "effective date 2024-12-03 moved one day later, to 2024-12-04."),
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17) after the merge of issue 20's
    # law: each row pins a mistake no other example would notice; the outcome is the law's.
    case("material.antimony from CN to HK (end use military)",
         tx("2025-01-16", "CN", "HK",
            product("antimony and antimony compounds", "material.antimony"), end_use="military"),
         LR, fires=False,
         source="MOFCOM Announcement No. 46 of 2024 (3 Dec 2024), on dual-use exports to the US, "
                "clause 1",
         note="Pins what the mutant CN/CN-2024-46-us-military@2024-12-03/conjunct_dropped/when.1 "
              "changes: `destination('US')` left out of the rule's condition."),
)
CN_GRAPHITE_US = (
    case("Natural flake graphite from China to the US, January 2025",
         tx("2025-01-15", "CN", "US", product("flake graphite", "material.graphite")), LR,
         source="Reuters: graphite to the US gets stricter review, not a ban"),
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17): each row pins a mistake
    # no other example would notice; the outcome is the rule's, as cited.
    case("Boundary: material.graphite (purity_pct 99.9) [synthetic] from CN to US",
         tx("2025-01-16", "CN", "US",
            product("graphite (synthetic and natural flake)", "material.graphite"),
            params={"purity_pct": 99.9}, flags=["synthetic"]), NLR,
         source="MOFCOM Announcement No. 46 of 2024 (3 Dec 2024), on dual-use exports to the US, "
                "clause 2 (graphite)",
         note="Pins what the mutant "
              "CN/CN-2024-46-graphite-us@2024-12-03/comparison_flipped/when.1.0.1.0 would "
              "change: `purity_pct > 99.9` written `purity_pct >= 99.9` in the rule's condition."),
    case("Boundary: material.graphite (purity_pct 99.8995) [synthetic] from CN to US",
         tx("2025-01-16", "CN", "US",
            product("graphite (synthetic and natural flake)", "material.graphite"),
            params={"purity_pct": 99.8995}, flags=["synthetic"]), NLR,
         source="MOFCOM Announcement No. 46 of 2024 (3 Dec 2024), on dual-use exports to the US, "
                "clause 2 (graphite)",
         note="Pins what the mutant "
              "CN/CN-2024-46-graphite-us@2024-12-03/threshold_moved/when.1.0.1.0:down would "
              "change: `purity_pct > 99.9` moved one step down to `purity_pct > 99.899` in the "
              "rule's condition."),
    case("ic.accelerator from CN to US",
         tx("2025-01-16", "CN", "US", product("AI accelerators and GPUs", "ic.accelerator")), NLR,
         source="MOFCOM Announcement No. 46 of 2024 (3 Dec 2024), on dual-use exports to the US, "
                "clause 2 (graphite)",
         note="Pins what the mutant CN/CN-2024-46-graphite-us@2024-12-03/conjunct_dropped/when.0 "
              "would change: `kind('material.graphite')` left out of the rule's condition."),
    case("material.graphite (purity_pct 99.899) [synthetic] from CN to US",
         tx("2025-01-16", "CN", "US",
            product("graphite (synthetic and natural flake)", "material.graphite"),
            params={"purity_pct": 99.899}, flags=["synthetic"]), NLR,
         source="MOFCOM Announcement No. 46 of 2024 (3 Dec 2024), on dual-use exports to the US, "
                "clause 2 (graphite)",
         note="Pins what the mutant CN/CN-2024-46-graphite-us@2024-12-03/conjunct_dropped/when.1 "
              "would change: `~(flag('synthetic') & ~purity_pct > 99.9)` left out of the rule's "
              "condition."),
)

# ---------------------------------------------------------------------------------- European Union

EU_3B001_F1_2009 = (
    case("ASML EUV scanner from the Netherlands to China, 2020",
         tx("2020-06-01", "NL", "CN", NXE_3600D), LR,
         source="Regulation (EC) No 428/2009, Annex I 3B001.f.1; AP, Reuters: no EUV licence"
                " for China since 2019"),
    case("The same scanner to the US, 2020: EU001",
         tx("2020-06-01", "NL", "US", NXE_3600D), NLR, fires=True,
         source="Regulation (EC) No 428/2009, Art. 9(1), Annex IIa (EU001)"),
    case("The same scanner to Taiwan on 8 Sep 2021, the last day of Regulation 428/2009",
         tx("2021-09-08", "NL", "TW", NXE_3600D), LR),
    case("The same scanner shipped from the Netherlands to Germany, 2020: not an export",
         tx("2020-06-01", "NL", "DE", NXE_3600D), NA, fires=False),
    case("EUV scanner from the Netherlands to China, 2009, before Regulation 428/2009 applied",
         tx("2009-08-26", "NL", "CN", NXE_3600D), NA, fires=False,
         note="Regulation (EC) No 1334/2000 applied until 26 Aug 2009; it is not modelled."),
    case("The same scanner to Japan on 8 Sep 2021, the last day of Regulation 428/2009: EU001",
         tx("2021-09-08", "NL", "JP", NXE_3600D), NLR, fires=True,
         source="Regulation (EC) No 428/2009, Art. 9(1), Annex IIa (EU001)"),
)

_EU_3B001_C: dict[str, Any] = {"classification": {"EU": "3B001.c"}}

EU_3B001_2009 = (
    case("Etch tool classified 3B001.c from Germany to China, 2020",
         tx("2020-06-01", "DE", "CN", ETCH_TOOL, **_EU_3B001_C), LR,
         source="Regulation (EC) No 428/2009, Art. 3(1), Annex I 3B001.c"),
    case("The same tool to Japan, 2020: EU001",
         tx("2020-06-01", "DE", "JP", ETCH_TOOL, **_EU_3B001_C), NLR, fires=True,
         source="Regulation (EC) No 428/2009, Art. 9(1), Annex IIa (EU001)"),
    case("The same tool shipped from Germany to France, 2020: not an export",
         tx("2020-06-01", "DE", "FR", ETCH_TOOL, **_EU_3B001_C), NA, fires=False),
    case("EUV scanner classified 3B001.f.1 from NL to Japan on 8 Sep 2021, the last day of"
         " Regulation 428/2009: EU001",
         tx("2021-09-08", "NL", "JP", NXE_3600D, classification={"EU": "3B001.f.1"}), NLR,
         fires=True, source="Regulation (EC) No 428/2009, Art. 9(1), Annex IIa (EU001)"),
)

EU_3B001 = (
    case("Etch tool classified 3B001.c from Germany to China, 2022",
         tx("2022-06-01", "DE", "CN", ETCH_TOOL, **_EU_3B001_C), LR,
         source="Regulation (EU) 2021/821, Art. 3(1), Annex I 3B001.c"),
    case("Deposition tool classified 3B001.d from the Netherlands to Taiwan, 2024",
         tx("2024-06-01", "NL", "TW", DEPOSITION_TOOL, classification={"EU": "3B001.d"}), LR),
    case("The same etch tool to the US, 2024: EU001",
         tx("2024-06-01", "DE", "US", ETCH_TOOL, **_EU_3B001_C), NLR, fires=True,
         source="Regulation (EU) 2021/821, Art. 12(1)(a), Annex II section A (EU001)"),
    case("An etch tool classified only under the US list, from Germany to China, 2024",
         tx("2024-06-01", "DE", "CN", ETCH_TOOL, classification={"US": "3B001"}), NLR,
         fires=False,
         note="The EU entry follows the EU classification; the decision names the EU"
              " classification as an open fact."),
    case("EUV scanner classified 3B001.f.1 from NL to Japan on 9 Sep 2021, the first day of"
         " Regulation 2021/821: EU001",
         tx("2021-09-09", "NL", "JP", NXE_3600D, classification={"EU": "3B001.f.1"}), NLR,
         fires=True, source="Regulation (EU) 2021/821, Art. 12(1)(a), Annex II section A (EU001)"),
)

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
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17): each row pins a mistake
    # no other example would notice; the outcome is the rule's, as cited.
    case("Boundary: sme.lithography.duv.dry (wavelength_nm 192.9) from NL to CN",
         tx("2025-01-16", "NL", "CN",
            product("dry DUV lithography (ArF dry, KrF)", "sme.lithography.duv.dry"),
            params={"wavelength_nm": 192.9}), LR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/EU-3B001.f.1@2021-09-09/threshold_moved/when.1.1.0:down "
              "would change: `wavelength_nm < 193` moved one step down to `wavelength_nm < "
              "192.9` in the rule's condition."),
    case("ic.accelerator (mrf_k035_nm 0) from NL to CN",
         tx("2025-01-16", "NL", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"mrf_k035_nm": 0}), NLR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/EU-3B001.f.1@2021-09-09/conjunct_dropped/when.1.0 would "
              "change: `kind('sme.lithography')` left out of the rule's condition."),
    case("sme.lithography.euv from JP to CN",
         tx("2025-01-16", "JP", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NA,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/nexus:eu-export@2021-09-09/conjunct_dropped/when.0 would "
              "change: `exporter(groups=('EU',))` left out of the nexus's condition."),
    case("sme.lithography.euv from AT to CN: Austria is in EU",
         tx("2025-01-16", "AT", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/group:EU/country_dropped/AT would change: AT (Austria) "
              "left out of EU."),
    case("sme.lithography.euv from BE to CN: Belgium is in EU",
         tx("2025-01-16", "BE", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/group:EU/country_dropped/BE would change: BE (Belgium) "
              "left out of EU."),
    case("sme.lithography.euv from BG to CN: Bulgaria is in EU",
         tx("2025-01-16", "BG", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/group:EU/country_dropped/BG would change: BG (Bulgaria) "
              "left out of EU."),
    case("sme.lithography.euv from CY to CN: Cyprus is in EU",
         tx("2025-01-16", "CY", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/group:EU/country_dropped/CY would change: CY (Cyprus) "
              "left out of EU."),
    case("sme.lithography.euv from CZ to CN: Czech Republic is in EU",
         tx("2025-01-16", "CZ", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/group:EU/country_dropped/CZ would change: CZ (Czech "
              "Republic) left out of EU."),
    case("sme.lithography.euv from DK to CN: Denmark is in EU",
         tx("2025-01-16", "DK", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/group:EU/country_dropped/DK would change: DK (Denmark) "
              "left out of EU."),
    case("sme.lithography.euv from EE to CN: Estonia is in EU",
         tx("2025-01-16", "EE", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/group:EU/country_dropped/EE would change: EE (Estonia) "
              "left out of EU."),
    case("sme.lithography.euv from ES to CN: Spain is in EU",
         tx("2025-01-16", "ES", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/group:EU/country_dropped/ES would change: ES (Spain) left "
              "out of EU."),
    case("sme.lithography.euv from FI to CN: Finland is in EU",
         tx("2025-01-16", "FI", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/group:EU/country_dropped/FI would change: FI (Finland) "
              "left out of EU."),
    case("sme.lithography.euv from FR to CN: France is in EU",
         tx("2025-01-16", "FR", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/group:EU/country_dropped/FR would change: FR (France) "
              "left out of EU."),
    case("sme.lithography.euv from GR to CN: Greece is in EU",
         tx("2025-01-16", "GR", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/group:EU/country_dropped/GR would change: GR (Greece) "
              "left out of EU."),
    case("sme.lithography.euv from HR to CN: Croatia is in EU",
         tx("2025-01-16", "HR", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/group:EU/country_dropped/HR would change: HR (Croatia) "
              "left out of EU."),
    case("sme.lithography.euv from HU to CN: Hungary is in EU",
         tx("2025-01-16", "HU", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/group:EU/country_dropped/HU would change: HU (Hungary) "
              "left out of EU."),
    case("sme.lithography.euv from IE to CN: Ireland is in EU",
         tx("2025-01-16", "IE", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/group:EU/country_dropped/IE would change: IE (Ireland) "
              "left out of EU."),
    case("sme.lithography.euv from IT to CN: Italy is in EU",
         tx("2025-01-16", "IT", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/group:EU/country_dropped/IT would change: IT (Italy) left "
              "out of EU."),
    case("sme.lithography.euv from LT to CN: Lithuania is in EU",
         tx("2025-01-16", "LT", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/group:EU/country_dropped/LT would change: LT (Lithuania) "
              "left out of EU."),
    case("sme.lithography.euv from LU to CN: Luxembourg is in EU",
         tx("2025-01-16", "LU", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/group:EU/country_dropped/LU would change: LU (Luxembourg) "
              "left out of EU."),
    case("sme.lithography.euv from LV to CN: Latvia is in EU",
         tx("2025-01-16", "LV", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/group:EU/country_dropped/LV would change: LV (Latvia) "
              "left out of EU."),
    case("sme.lithography.euv from MT to CN: Malta is in EU",
         tx("2025-01-16", "MT", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/group:EU/country_dropped/MT would change: MT (Malta) left "
              "out of EU."),
    case("sme.lithography.euv from PL to CN: Poland is in EU",
         tx("2025-01-16", "PL", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/group:EU/country_dropped/PL would change: PL (Poland) "
              "left out of EU."),
    case("sme.lithography.euv from PT to CN: Portugal is in EU",
         tx("2025-01-16", "PT", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/group:EU/country_dropped/PT would change: PT (Portugal) "
              "left out of EU."),
    case("sme.lithography.euv from RO to CN: Romania is in EU",
         tx("2025-01-16", "RO", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/group:EU/country_dropped/RO would change: RO (Romania) "
              "left out of EU."),
    case("sme.lithography.euv from SE to CN: Sweden is in EU",
         tx("2025-01-16", "SE", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/group:EU/country_dropped/SE would change: SE (Sweden) "
              "left out of EU."),
    case("sme.lithography.euv from SI to CN: Slovenia is in EU",
         tx("2025-01-16", "SI", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/group:EU/country_dropped/SI would change: SI (Slovenia) "
              "left out of EU."),
    case("sme.lithography.euv from SK to CN: Slovakia is in EU",
         tx("2025-01-16", "SK", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/group:EU/country_dropped/SK would change: SK (Slovakia) "
              "left out of EU."),
    case("sme.lithography.euv from NL to AU: Australia is in EU001",
         tx("2025-01-16", "NL", "AU",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/group:EU001/country_dropped/AU would change: AU "
              "(Australia) left out of EU001."),
    case("sme.lithography.euv from NL to CA: Canada is in EU001",
         tx("2025-01-16", "NL", "CA",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/group:EU001/country_dropped/CA would change: CA (Canada) "
              "left out of EU001."),
    case("sme.lithography.euv from NL to CH: Switzerland is in EU001",
         tx("2025-01-16", "NL", "CH",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/group:EU001/country_dropped/CH would change: CH "
              "(Switzerland) left out of EU001."),
    case("sme.lithography.euv from NL to GB: United Kingdom is in EU001",
         tx("2025-01-16", "NL", "GB",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/group:EU001/country_dropped/GB would change: GB (United "
              "Kingdom) left out of EU001."),
    case("sme.lithography.euv from NL to IS: Iceland is in EU001",
         tx("2025-01-16", "NL", "IS",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/group:EU001/country_dropped/IS would change: IS (Iceland) "
              "left out of EU001."),
    case("sme.lithography.euv from NL to JP: Japan is in EU001",
         tx("2025-01-16", "NL", "JP",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/group:EU001/country_dropped/JP would change: JP (Japan) "
              "left out of EU001."),
    case("sme.lithography.euv from NL to LI: Liechtenstein is in EU001",
         tx("2025-01-16", "NL", "LI",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/group:EU001/country_dropped/LI would change: LI "
              "(Liechtenstein) left out of EU001."),
    case("sme.lithography.euv from NL to NO: Norway is in EU001",
         tx("2025-01-16", "NL", "NO",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/group:EU001/country_dropped/NO would change: NO (Norway) "
              "left out of EU001."),
    case("sme.lithography.euv from NL to NZ: New Zealand is in EU001",
         tx("2025-01-16", "NL", "NZ",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/group:EU001/country_dropped/NZ would change: NZ (New "
              "Zealand) left out of EU001."),
    case("sme.lithography.euv from NL to CN",
         tx("2021-09-09", "NL", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.1",
         note="Pins what the mutant EU/EU-3B001.f.1@2021-09-09/date_moved/effective:later would "
              "change: effective date 2021-09-09 moved one day later, to 2021-09-10."),
    case("ASML EUV scanner from the Netherlands to Japan on 9 Sep 2021, the first day of"
         " Regulation 2021/821: EU001",
         tx("2021-09-09", "NL", "JP", NXE_3600D), NLR, fires=True,
         source="Regulation (EU) 2021/821, Art. 12(1)(a), Annex II section A (EU001)"),
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
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17): each row pins a mistake
    # no other example would notice; the outcome is the rule's, as cited.
    case("sme.lithography.nanoimprint (node_nm 44) from NL to CN",
         tx("2021-09-09", "NL", "CN",
            product("nanoimprint lithography", "sme.lithography.nanoimprint"),
            params={"node_nm": 44}), LR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1); "
                "Annex I, 3B001.f.2",
         note="Pins what the mutant EU/EU-3B001.f.2@2021-09-09/date_moved/effective:later would "
              "change: effective date 2021-09-09 moved one day later, to 2021-09-10."),
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
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17): each row pins a mistake
    # no other example would notice; the outcome is the rule's, as cited.
    case("sme.etch from JP to CN",
         tx("2023-07-23", "JP", "CN", product("etch equipment", "sme.etch")), LR,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ka-ta); FEFTA Art. 48(1); Export Trade Control Order, Appended Table 1, item 7",
         note="Pins what the mutant JP/JP-17-etch@2023-07-23/date_moved/effective:later would "
              "change: effective date 2023-07-23 moved one day later, to 2023-07-24."),
)
JP_DEPOSITION = (
    case("Kokusai Electric deposition tool from Japan to China, 2024",
         tx("2024-05-01", "JP", "CN", product("Kokusai ALD tool", "sme.deposition")), LR,
         source="SemiAnalysis 'Wafer Wars'"),
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17): each row pins a mistake
    # no other example would notice; the outcome is the rule's, as cited.
    case("sme.deposition.epitaxy from JP to KR",
         tx("2025-01-16", "JP", "KR",
            product("epitaxial growth equipment", "sme.deposition.epitaxy")), NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(re-o); FEFTA Art. 48(1); Export Trade Control Order, Appended Table 1, item 7",
         note="Pins what the mutant "
              "JP/JP-17-deposition@2023-07-23/carveout_dropped/carveout:general-bulk-licence "
              "would change: carve-out general-bulk-licence left out."),
    case("sme.deposition.epitaxy from JP to KR",
         tx("2023-07-22", "JP", "KR",
            product("epitaxial growth equipment", "sme.deposition.epitaxy")), NLR,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(re-o); FEFTA Art. 48(1); Export Trade Control Order, Appended Table 1, item 7",
         note="Pins what the mutant JP/JP-17-deposition@2023-07-23/date_moved/effective:earlier "
              "would change: effective date 2023-07-23 moved one day earlier, to 2023-07-22."),
    case("sme.deposition.epitaxy from JP to CN",
         tx("2023-07-23", "JP", "CN",
            product("epitaxial growth equipment", "sme.deposition.epitaxy")), LR,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(re-o); FEFTA Art. 48(1); Export Trade Control Order, Appended Table 1, item 7",
         note="Pins what the mutant JP/JP-17-deposition@2023-07-23/date_moved/effective:later "
              "would change: effective date 2023-07-23 moved one day later, to 2023-07-24."),
)
JP_CLEANING = (
    case("Screen wafer cleaning tool from Japan to China, 2024",
         tx("2024-05-01", "JP", "CN", product("Screen cleaning tool", "sme.cleaning")), LR,
         source="SemiAnalysis 'Wafer Wars'"),
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17): each row pins a mistake
    # no other example would notice; the outcome is the rule's, as cited.
    case("sme.cleaning from JP to KR",
         tx("2025-01-16", "JP", "KR", product("wafer cleaning equipment", "sme.cleaning")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ya-ke); FEFTA Art. 48(1); Export Trade Control Order, Appended Table 1, item 7",
         note="Pins what the mutant "
              "JP/JP-17-cleaning@2023-07-23/carveout_dropped/carveout:general-bulk-licence would "
              "change: carve-out general-bulk-licence left out."),
    case("sme.cleaning from JP to KR",
         tx("2023-07-22", "JP", "KR", product("wafer cleaning equipment", "sme.cleaning")), NLR,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ya-ke); FEFTA Art. 48(1); Export Trade Control Order, Appended Table 1, item 7",
         note="Pins what the mutant JP/JP-17-cleaning@2023-07-23/date_moved/effective:earlier "
              "would change: effective date 2023-07-23 moved one day earlier, to 2023-07-22."),
    case("sme.cleaning from JP to CN",
         tx("2023-07-23", "JP", "CN", product("wafer cleaning equipment", "sme.cleaning")), LR,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ya-ke); FEFTA Art. 48(1); Export Trade Control Order, Appended Table 1, item 7",
         note="Pins what the mutant JP/JP-17-cleaning@2023-07-23/date_moved/effective:later "
              "would change: effective date 2023-07-23 moved one day later, to 2023-07-24."),
)
JP_ANNEALING = (
    case("Annealing tool from Japan to China, 2024",
         tx("2024-05-01", "JP", "CN", product("annealing tool", "sme.annealing")), LR,
         source="Baker McKenzie via globalcompliancenews.com (annealing: 1 item)"),
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17): each row pins a mistake
    # no other example would notice; the outcome is the rule's, as cited.
    case("sme.annealing from JP to KR",
         tx("2025-01-16", "JP", "KR", product("annealing equipment", "sme.annealing")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ku); FEFTA Art. 48(1); Export Trade Control Order, Appended Table 1, item 7",
         note="Pins what the mutant "
              "JP/JP-17-annealing@2023-07-23/carveout_dropped/carveout:general-bulk-licence "
              "would change: carve-out general-bulk-licence left out."),
    case("sme.annealing from JP to KR",
         tx("2023-07-22", "JP", "KR", product("annealing equipment", "sme.annealing")), NLR,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ku); FEFTA Art. 48(1); Export Trade Control Order, Appended Table 1, item 7",
         note="Pins what the mutant JP/JP-17-annealing@2023-07-23/date_moved/effective:earlier "
              "would change: effective date 2023-07-23 moved one day earlier, to 2023-07-22."),
    case("sme.annealing from JP to CN",
         tx("2023-07-23", "JP", "CN", product("annealing equipment", "sme.annealing")), LR,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ku); FEFTA Art. 48(1); Export Trade Control Order, Appended Table 1, item 7",
         note="Pins what the mutant JP/JP-17-annealing@2023-07-23/date_moved/effective:later "
              "would change: effective date 2023-07-23 moved one day later, to 2023-07-24."),
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
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17): each row pins a mistake
    # no other example would notice; the outcome is the rule's, as cited.
    case("ic.accelerator [euv] from JP to CN",
         tx("2025-01-16", "JP", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            flags=["euv"]), NLR,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/JP-17-lithography@2023-07-23/conjunct_dropped/when.1.0 "
              "would change: `kind('sme.coater_developer', 'sme.mask')` left out of the rule's "
              "condition."),
    case("sme.lithography.duv.immersion from JP to AR: Argentina is in JP-42",
         tx("2025-01-16", "JP", "AR",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-42/country_dropped/AR would change: AR "
              "(Argentina) left out of JP-42."),
    case("sme.lithography.duv.immersion from JP to AT: Austria is in JP-42",
         tx("2025-01-16", "JP", "AT",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-42/country_dropped/AT would change: AT (Austria) "
              "left out of JP-42."),
    case("sme.lithography.duv.immersion from JP to AU: Australia is in JP-42",
         tx("2025-01-16", "JP", "AU",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-42/country_dropped/AU would change: AU "
              "(Australia) left out of JP-42."),
    case("sme.lithography.duv.immersion from JP to BE: Belgium is in JP-42",
         tx("2025-01-16", "JP", "BE",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-42/country_dropped/BE would change: BE (Belgium) "
              "left out of JP-42."),
    case("sme.lithography.duv.immersion from JP to BG: Bulgaria is in JP-42",
         tx("2025-01-16", "JP", "BG",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-42/country_dropped/BG would change: BG "
              "(Bulgaria) left out of JP-42."),
    case("sme.lithography.duv.immersion from JP to CA: Canada is in JP-42",
         tx("2025-01-16", "JP", "CA",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-42/country_dropped/CA would change: CA (Canada) "
              "left out of JP-42."),
    case("sme.lithography.duv.immersion from JP to CH: Switzerland is in JP-42",
         tx("2025-01-16", "JP", "CH",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-42/country_dropped/CH would change: CH "
              "(Switzerland) left out of JP-42."),
    case("sme.lithography.duv.immersion from JP to CZ: Czech Republic is in JP-42",
         tx("2025-01-16", "JP", "CZ",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-42/country_dropped/CZ would change: CZ (Czech "
              "Republic) left out of JP-42."),
    case("sme.lithography.duv.immersion from JP to DE: Germany is in JP-42",
         tx("2025-01-16", "JP", "DE",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-42/country_dropped/DE would change: DE (Germany) "
              "left out of JP-42."),
    case("sme.lithography.duv.immersion from JP to DK: Denmark is in JP-42",
         tx("2025-01-16", "JP", "DK",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-42/country_dropped/DK would change: DK (Denmark) "
              "left out of JP-42."),
    case("sme.lithography.duv.immersion from JP to ES: Spain is in JP-42",
         tx("2025-01-16", "JP", "ES",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-42/country_dropped/ES would change: ES (Spain) "
              "left out of JP-42."),
    case("sme.lithography.duv.immersion from JP to FI: Finland is in JP-42",
         tx("2025-01-16", "JP", "FI",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-42/country_dropped/FI would change: FI (Finland) "
              "left out of JP-42."),
    case("sme.lithography.duv.immersion from JP to FR: France is in JP-42",
         tx("2025-01-16", "JP", "FR",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-42/country_dropped/FR would change: FR (France) "
              "left out of JP-42."),
    case("sme.lithography.duv.immersion from JP to GB: United Kingdom is in JP-42",
         tx("2025-01-16", "JP", "GB",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-42/country_dropped/GB would change: GB (United "
              "Kingdom) left out of JP-42."),
    case("sme.lithography.duv.immersion from JP to GR: Greece is in JP-42",
         tx("2025-01-16", "JP", "GR",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-42/country_dropped/GR would change: GR (Greece) "
              "left out of JP-42."),
    case("sme.lithography.duv.immersion from JP to HU: Hungary is in JP-42",
         tx("2025-01-16", "JP", "HU",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-42/country_dropped/HU would change: HU (Hungary) "
              "left out of JP-42."),
    case("sme.lithography.duv.immersion from JP to IE: Ireland is in JP-42",
         tx("2025-01-16", "JP", "IE",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-42/country_dropped/IE would change: IE (Ireland) "
              "left out of JP-42."),
    case("sme.lithography.duv.immersion from JP to IT: Italy is in JP-42",
         tx("2025-01-16", "JP", "IT",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-42/country_dropped/IT would change: IT (Italy) "
              "left out of JP-42."),
    case("sme.lithography.duv.immersion from JP to KR: South Korea is in JP-42",
         tx("2025-01-16", "JP", "KR",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-42/country_dropped/KR@2023-07-21 would change: "
              "KR (South Korea) left out of JP-42."),
    case("sme.lithography.duv.immersion from JP to LU: Luxembourg is in JP-42",
         tx("2025-01-16", "JP", "LU",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-42/country_dropped/LU would change: LU "
              "(Luxembourg) left out of JP-42."),
    case("sme.lithography.duv.immersion from JP to NL: Netherlands is in JP-42",
         tx("2025-01-16", "JP", "NL",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-42/country_dropped/NL would change: NL "
              "(Netherlands) left out of JP-42."),
    case("sme.lithography.duv.immersion from JP to NO: Norway is in JP-42",
         tx("2025-01-16", "JP", "NO",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-42/country_dropped/NO would change: NO (Norway) "
              "left out of JP-42."),
    case("sme.lithography.duv.immersion from JP to NZ: New Zealand is in JP-42",
         tx("2025-01-16", "JP", "NZ",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-42/country_dropped/NZ would change: NZ (New "
              "Zealand) left out of JP-42."),
    case("sme.lithography.duv.immersion from JP to PL: Poland is in JP-42",
         tx("2025-01-16", "JP", "PL",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-42/country_dropped/PL would change: PL (Poland) "
              "left out of JP-42."),
    case("sme.lithography.duv.immersion from JP to PT: Portugal is in JP-42",
         tx("2025-01-16", "JP", "PT",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-42/country_dropped/PT would change: PT "
              "(Portugal) left out of JP-42."),
    case("sme.lithography.duv.immersion from JP to SE: Sweden is in JP-42",
         tx("2025-01-16", "JP", "SE",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-42/country_dropped/SE would change: SE (Sweden) "
              "left out of JP-42."),
    case("sme.lithography.euv from JP to AR: Argentina is in JP-A",
         tx("2025-01-16", "JP", "AR",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-A/country_dropped/AR would change: AR "
              "(Argentina) left out of JP-A."),
    case("sme.lithography.euv from JP to AT: Austria is in JP-A",
         tx("2025-01-16", "JP", "AT",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-A/country_dropped/AT would change: AT (Austria) "
              "left out of JP-A."),
    case("sme.lithography.euv from JP to AU: Australia is in JP-A",
         tx("2025-01-16", "JP", "AU",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-A/country_dropped/AU would change: AU "
              "(Australia) left out of JP-A."),
    case("sme.lithography.euv from JP to BE: Belgium is in JP-A",
         tx("2025-01-16", "JP", "BE",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-A/country_dropped/BE would change: BE (Belgium) "
              "left out of JP-A."),
    case("sme.lithography.euv from JP to BG: Bulgaria is in JP-A",
         tx("2025-01-16", "JP", "BG",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-A/country_dropped/BG would change: BG (Bulgaria) "
              "left out of JP-A."),
    case("sme.lithography.euv from JP to CA: Canada is in JP-A",
         tx("2025-01-16", "JP", "CA",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-A/country_dropped/CA would change: CA (Canada) "
              "left out of JP-A."),
    case("sme.lithography.euv from JP to CH: Switzerland is in JP-A",
         tx("2025-01-16", "JP", "CH",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-A/country_dropped/CH would change: CH "
              "(Switzerland) left out of JP-A."),
    case("sme.lithography.euv from JP to CZ: Czech Republic is in JP-A",
         tx("2025-01-16", "JP", "CZ",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-A/country_dropped/CZ would change: CZ (Czech "
              "Republic) left out of JP-A."),
    case("sme.lithography.euv from JP to DE: Germany is in JP-A",
         tx("2025-01-16", "JP", "DE",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-A/country_dropped/DE would change: DE (Germany) "
              "left out of JP-A."),
    case("sme.lithography.euv from JP to DK: Denmark is in JP-A",
         tx("2025-01-16", "JP", "DK",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-A/country_dropped/DK would change: DK (Denmark) "
              "left out of JP-A."),
    case("sme.lithography.euv from JP to ES: Spain is in JP-A",
         tx("2025-01-16", "JP", "ES",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-A/country_dropped/ES would change: ES (Spain) "
              "left out of JP-A."),
    case("sme.lithography.euv from JP to FI: Finland is in JP-A",
         tx("2025-01-16", "JP", "FI",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-A/country_dropped/FI would change: FI (Finland) "
              "left out of JP-A."),
    case("sme.lithography.euv from JP to FR: France is in JP-A",
         tx("2025-01-16", "JP", "FR",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-A/country_dropped/FR would change: FR (France) "
              "left out of JP-A."),
    case("sme.lithography.euv from JP to GB: United Kingdom is in JP-A",
         tx("2025-01-16", "JP", "GB",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-A/country_dropped/GB would change: GB (United "
              "Kingdom) left out of JP-A."),
    case("sme.lithography.euv from JP to GR: Greece is in JP-A",
         tx("2025-01-16", "JP", "GR",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-A/country_dropped/GR would change: GR (Greece) "
              "left out of JP-A."),
    case("sme.lithography.euv from JP to HU: Hungary is in JP-A",
         tx("2025-01-16", "JP", "HU",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-A/country_dropped/HU would change: HU (Hungary) "
              "left out of JP-A."),
    case("sme.lithography.euv from JP to IE: Ireland is in JP-A",
         tx("2025-01-16", "JP", "IE",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-A/country_dropped/IE would change: IE (Ireland) "
              "left out of JP-A."),
    case("sme.lithography.euv from JP to IT: Italy is in JP-A",
         tx("2025-01-16", "JP", "IT",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-A/country_dropped/IT would change: IT (Italy) "
              "left out of JP-A."),
    case("sme.lithography.euv from JP to KR: South Korea is in JP-A",
         tx("2025-01-16", "JP", "KR",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-A/country_dropped/KR@2023-07-21 would change: KR "
              "(South Korea) left out of JP-A."),
    case("sme.lithography.euv from JP to LU: Luxembourg is in JP-A",
         tx("2025-01-16", "JP", "LU",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-A/country_dropped/LU would change: LU "
              "(Luxembourg) left out of JP-A."),
    case("sme.lithography.euv from JP to NL: Netherlands is in JP-A",
         tx("2025-01-16", "JP", "NL",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-A/country_dropped/NL would change: NL "
              "(Netherlands) left out of JP-A."),
    case("sme.lithography.euv from JP to NO: Norway is in JP-A",
         tx("2025-01-16", "JP", "NO",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-A/country_dropped/NO would change: NO (Norway) "
              "left out of JP-A."),
    case("sme.lithography.euv from JP to NZ: New Zealand is in JP-A",
         tx("2025-01-16", "JP", "NZ",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-A/country_dropped/NZ would change: NZ (New "
              "Zealand) left out of JP-A."),
    case("sme.lithography.euv from JP to PL: Poland is in JP-A",
         tx("2025-01-16", "JP", "PL",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-A/country_dropped/PL would change: PL (Poland) "
              "left out of JP-A."),
    case("sme.lithography.euv from JP to PT: Portugal is in JP-A",
         tx("2025-01-16", "JP", "PT",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-A/country_dropped/PT would change: PT (Portugal) "
              "left out of JP-A."),
    case("sme.lithography.euv from JP to SE: Sweden is in JP-A",
         tx("2025-01-16", "JP", "SE",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-A/country_dropped/SE would change: SE (Sweden) "
              "left out of JP-A."),
    case("sme.lithography.euv from JP to IN: India is not in JP-A",
         tx("2025-01-16", "JP", "IN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/group:JP-A/country_added/IN would change: IN (India) "
              "added to JP-A."),
    case("sme.lithography.duv.immersion from JP to KR",
         tx("2023-07-22", "JP", "KR",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion")), NLR,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/JP-17-lithography@2023-07-23/date_moved/effective:earlier "
              "would change: effective date 2023-07-23 moved one day earlier, to 2023-07-22."),
    case("sme.coater_developer [euv] from JP to CN",
         tx("2023-07-23", "JP", "CN",
            product("resist coaters and developers (tracks)", "sme.coater_developer"),
            flags=["euv"]), LR,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(ru-wa and 17-2); FEFTA Art. 48(1); Export Trade Control Order, Appended Table "
                "1, item 7",
         note="Pins what the mutant JP/JP-17-lithography@2023-07-23/date_moved/effective:later "
              "would change: effective date 2023-07-23 moved one day later, to 2023-07-24."),
)
JP_INSPECTION = (
    case("Lasertec actinic EUV mask inspection tool from Japan to China, 2024",
         tx("2024-05-01", "JP", "CN", product("Lasertec ACTIS", "sme.inspection"), flags=["euv"]),
         LR, source="SemiAnalysis 'Wafer Wars' (EUV mask inspection)"),
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17): each row pins a mistake
    # no other example would notice; the outcome is the rule's, as cited.
    case("ic.accelerator [euv] from JP to CN",
         tx("2025-01-16", "JP", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            flags=["euv"]), NLR,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(fu); FEFTA Art. 48(1); Export Trade Control Order, Appended Table 1, item 7",
         note="Pins what the mutant JP/JP-17-inspection@2023-07-23/conjunct_dropped/when.0 would "
              "change: `kind('sme.inspection')` left out of the rule's condition."),
    case("sme.inspection from JP to CN",
         tx("2025-01-16", "JP", "CN",
            product("inspection and metrology equipment", "sme.inspection")), NLR,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(fu); FEFTA Art. 48(1); Export Trade Control Order, Appended Table 1, item 7",
         note="Pins what the mutant JP/JP-17-inspection@2023-07-23/conjunct_dropped/when.1 would "
              "change: `flag('euv')` left out of the rule's condition."),
    case("sme.inspection [euv] from JP to KR",
         tx("2025-01-16", "JP", "KR",
            product("inspection and metrology equipment", "sme.inspection"), flags=["euv"]),
         NLR, fires=True,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(fu); FEFTA Art. 48(1); Export Trade Control Order, Appended Table 1, item 7",
         note="Pins what the mutant "
              "JP/JP-17-inspection@2023-07-23/carveout_dropped/carveout:general-bulk-licence "
              "would change: carve-out general-bulk-licence left out."),
    case("sme.inspection [euv] from JP to KR",
         tx("2023-07-22", "JP", "KR",
            product("inspection and metrology equipment", "sme.inspection"), flags=["euv"]), NLR,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(fu); FEFTA Art. 48(1); Export Trade Control Order, Appended Table 1, item 7",
         note="Pins what the mutant JP/JP-17-inspection@2023-07-23/date_moved/effective:earlier "
              "would change: effective date 2023-07-23 moved one day earlier, to 2023-07-22."),
    case("sme.inspection [euv] from JP to CN",
         tx("2023-07-23", "JP", "CN",
            product("inspection and metrology equipment", "sme.inspection"), flags=["euv"]), LR,
         source="Ministerial Order amending the Goods Ordinance "
                "(輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令の"
                "一部を改正する省令), promulgated 23 May 2023, Goods Ordinance Art. 6, item 17 "
                "(fu); FEFTA Art. 48(1); Export Trade Control Order, Appended Table 1, item 7",
         note="Pins what the mutant JP/JP-17-inspection@2023-07-23/date_moved/effective:later "
              "would change: effective date 2023-07-23 moved one day later, to 2023-07-24."),
)
JP_WASSENAAR_EUV_EARLIER = (
    case("An EUV scanner exported from Japan to China, 2020",
         tx("2020-06-01", "JP", "CN", NXE_3600D, origin="JP"), LR,
         source="Export Trade Control Order, Appended Table 1, item 7 (Wassenaar category"
                " 3.B.1.f.1)"),
    case("The same scanner to the US, 2020: general bulk licence (Group A)",
         tx("2020-06-01", "JP", "US", NXE_3600D, origin="JP"), NLR, fires=True,
         source="Foreign Exchange and Foreign Trade Act, Art. 48(1); general bulk licence"),
    case("The same scanner to China on 1 Dec 2021, the last day of the earlier lists",
         tx("2021-12-01", "JP", "CN", NXE_3600D, origin="JP"), LR),
)

JP_WASSENAAR_LITHOGRAPHY = (
    case("Canon FPA-1200NZ2C nanoimprint tool from Japan to China",
         tx("2024-10-01", "JP", "CN", FPA_1200NZ2C), LR,
         source="Canon: features down to 14 nm (Wassenaar 3.B.1.f.2)"),
    case("Canon nanoimprint tool from Japan to the United States: general bulk licence",
         tx("2024-10-01", "JP", "US", FPA_1200NZ2C), NLR, fires=True),
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17): each row pins a mistake
    # no other example would notice; the outcome is the rule's, as cited.
    case("Boundary: sme.lithography.duv.immersion (wavelength_nm 193) from JP to TW",
         tx("2025-01-16", "JP", "TW",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion"),
            params={"wavelength_nm": 193}), NLR,
         source="Export Trade Control Order (Cabinet Order No. 378 of 1949), Appended Table 1, "
                "item 7 (implementing Wassenaar category 3.B.1.f)",
         note="Pins what the mutant JP/JP-7-3B001.f@2021-12-02/comparison_flipped/when.1.1.0 "
              "would change: `wavelength_nm < 193` written `wavelength_nm <= 193` in the rule's "
              "condition."),
    case("Boundary: sme.lithography.duv.immersion (mrf_k035_nm 45) from JP to TW",
         tx("2025-01-16", "JP", "TW",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion"),
            params={"mrf_k035_nm": 45}), LR,
         source="Export Trade Control Order (Cabinet Order No. 378 of 1949), Appended Table 1, "
                "item 7 (implementing Wassenaar category 3.B.1.f)",
         note="Pins what the mutant JP/JP-7-3B001.f@2021-12-02/comparison_flipped/when.1.1.1 "
              "would change: `mrf_k035_nm <= 45` written `mrf_k035_nm < 45` in the rule's "
              "condition."),
    case("Boundary: sme.lithography.nanoimprint (node_nm 45) from JP to TW",
         tx("2025-01-16", "JP", "TW",
            product("nanoimprint lithography", "sme.lithography.nanoimprint"),
            params={"node_nm": 45}), LR,
         source="Export Trade Control Order (Cabinet Order No. 378 of 1949), Appended Table 1, "
                "item 7 (implementing Wassenaar category 3.B.1.f)",
         note="Pins what the mutant JP/JP-7-3B001.f@2021-12-02/comparison_flipped/when.2.1.0 "
              "would change: `node_nm > 45` written `node_nm >= 45` in the rule's condition."),
    case("Boundary: sme.lithography.duv.immersion (wavelength_nm 192.9) from JP to TW",
         tx("2025-01-16", "JP", "TW",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion"),
            params={"wavelength_nm": 192.9}), LR,
         source="Export Trade Control Order (Cabinet Order No. 378 of 1949), Appended Table 1, "
                "item 7 (implementing Wassenaar category 3.B.1.f)",
         note="Pins what the mutant JP/JP-7-3B001.f@2021-12-02/threshold_moved/when.1.1.0:down "
              "would change: `wavelength_nm < 193` moved one step down to `wavelength_nm < "
              "192.9` in the rule's condition."),
    case("Boundary: sme.lithography.duv.immersion (mrf_k035_nm 45.05) from JP to TW",
         tx("2025-01-16", "JP", "TW",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion"),
            params={"mrf_k035_nm": 45.05}), NLR,
         source="Export Trade Control Order (Cabinet Order No. 378 of 1949), Appended Table 1, "
                "item 7 (implementing Wassenaar category 3.B.1.f)",
         note="Pins what the mutant JP/JP-7-3B001.f@2021-12-02/threshold_moved/when.1.1.1:up "
              "would change: `mrf_k035_nm <= 45` moved one step up to `mrf_k035_nm <= 45.1` in "
              "the rule's condition."),
    case("Boundary: sme.lithography.duv.immersion (mrf_k035_nm 44.95) from JP to TW",
         tx("2025-01-16", "JP", "TW",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion"),
            params={"mrf_k035_nm": 44.95}), LR,
         source="Export Trade Control Order (Cabinet Order No. 378 of 1949), Appended Table 1, "
                "item 7 (implementing Wassenaar category 3.B.1.f)",
         note="Pins what the mutant JP/JP-7-3B001.f@2021-12-02/threshold_moved/when.1.1.1:down "
              "would change: `mrf_k035_nm <= 45` moved one step down to `mrf_k035_nm <= 44.9` in "
              "the rule's condition."),
    case("Boundary: sme.lithography.nanoimprint (node_nm 45.5) from JP to TW",
         tx("2025-01-16", "JP", "TW",
            product("nanoimprint lithography", "sme.lithography.nanoimprint"),
            params={"node_nm": 45.5}), NLR,
         source="Export Trade Control Order (Cabinet Order No. 378 of 1949), Appended Table 1, "
                "item 7 (implementing Wassenaar category 3.B.1.f)",
         note="Pins what the mutant JP/JP-7-3B001.f@2021-12-02/threshold_moved/when.2.1.0:up "
              "would change: `node_nm > 45` moved one step up to `node_nm > 46` in the rule's "
              "condition."),
    case("Boundary: sme.lithography.nanoimprint (node_nm 44.5) from JP to TW",
         tx("2025-01-16", "JP", "TW",
            product("nanoimprint lithography", "sme.lithography.nanoimprint"),
            params={"node_nm": 44.5}), LR,
         source="Export Trade Control Order (Cabinet Order No. 378 of 1949), Appended Table 1, "
                "item 7 (implementing Wassenaar category 3.B.1.f)",
         note="Pins what the mutant JP/JP-7-3B001.f@2021-12-02/threshold_moved/when.2.1.0:down "
              "would change: `node_nm > 45` moved one step down to `node_nm > 44` in the rule's "
              "condition."),
    case("ic.accelerator (mrf_k035_nm 0) from JP to TW",
         tx("2025-01-16", "JP", "TW", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"mrf_k035_nm": 0}), NLR,
         source="Export Trade Control Order (Cabinet Order No. 378 of 1949), Appended Table 1, "
                "item 7 (implementing Wassenaar category 3.B.1.f)",
         note="Pins what the mutant JP/JP-7-3B001.f@2021-12-02/conjunct_dropped/when.1.0 would "
              "change: `kind('sme.lithography')` left out of the rule's condition."),
    case("sme.lithography.nanoimprint (node_nm 46) from JP to TW",
         tx("2025-01-16", "JP", "TW",
            product("nanoimprint lithography", "sme.lithography.nanoimprint"),
            params={"node_nm": 46}), NLR,
         source="Export Trade Control Order (Cabinet Order No. 378 of 1949), Appended Table 1, "
                "item 7 (implementing Wassenaar category 3.B.1.f)",
         note="Pins what the mutant JP/JP-7-3B001.f@2021-12-02/conjunct_dropped/when.2.1 would "
              "change: `~node_nm > 45` left out of the rule's condition."),
    case("A DUV scanner of MRF 45 nm from JP to CN on 1 Dec 2021, before the list modelled",
         tx("2021-12-01", "JP", "CN", SCANNER.at(wavelength_nm=193, mrf_k035_nm=45)), NLR,
         fires=False,
         source="Export Trade Control Order (Cabinet Order No. 378 of 1949), Appended Table 1, "
                "item 7 (implementing Wassenaar category 3.B.1.f)",
         note="Pins what the mutant JP/JP-7-3B001.f@2021-12-02/date_moved/effective:earlier "
              "would change: effective date 2021-12-02 moved one day earlier, to 2021-12-01."),
    case("sme.lithography.euv from JP to CN",
         tx("2021-12-02", "JP", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Export Trade Control Order (Cabinet Order No. 378 of 1949), Appended Table 1, "
                "item 7 (implementing Wassenaar category 3.B.1.f)",
         note="Pins what the mutant JP/JP-7-3B001.f@2021-12-02/date_moved/effective:later would "
              "change: effective date 2021-12-02 moved one day later, to 2021-12-03."),
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
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17): each row pins a mistake
    # no other example would notice; the outcome is the rule's, as cited.
    case("sme.lithography.duv.immersion (mrf_k025_nm 44.9, overlay_nm 1.51) from NL to JP",
         tx("2024-09-06", "NL", "JP",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion"),
            params={"mrf_k025_nm": 44.9, "overlay_nm": 1.51}), NLR,
         source="Regeling van 2 september 2024, nr. BZ2404162, amending the Regeling geavanceerde "
                "productieapparatuur voor halfgeleiders (annex replaced; published 6 Sep 2024), "
                "Bijlage (annex, replaced)",
         note="Pins what the mutant NL/NL-lithography@2024-09-07/date_moved/effective:earlier "
              "would change: effective date 2024-09-07 moved one day earlier, to 2024-09-06 (and "
              "NL-lithography@2023-09-01's end with it)."),
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
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17): each row pins a mistake
    # no other example would notice; the outcome is the rule's, as cited.
    case("Boundary: sme.lithography.duv.immersion (mrf_k025_nm 45) from NL to JP",
         tx("2025-01-16", "NL", "JP",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion"),
            params={"mrf_k025_nm": 45}), LR,
         source="Regeling van 2 september 2024, nr. BZ2404162, amending the Regeling geavanceerde "
                "productieapparatuur voor halfgeleiders (annex replaced; published 6 Sep 2024), "
                "Bijlage (annex, replaced)",
         note="Pins what the mutant NL/NL-lithography@2024-09-07/comparison_flipped/when.2.0 "
              "would change: `mrf_k025_nm > 45` written `mrf_k025_nm >= 45` in the rule's "
              "condition."),
    case("Boundary: sme.lithography.duv.dry (mrf_k025_nm 44.9, overlay_nm 2.4) from NL to JP",
         tx("2025-01-16", "NL", "JP",
            product("dry DUV lithography (ArF dry, KrF)", "sme.lithography.duv.dry"),
            params={"mrf_k025_nm": 44.9, "overlay_nm": 2.4}), LR,
         source="Regeling van 2 september 2024, nr. BZ2404162, amending the Regeling geavanceerde "
                "productieapparatuur voor halfgeleiders (annex replaced; published 6 Sep 2024), "
                "Bijlage (annex, replaced)",
         note="Pins what the mutant NL/NL-lithography@2024-09-07/comparison_flipped/when.3.0 "
              "would change: `overlay_nm <= 2.4` written `overlay_nm < 2.4` in the rule's "
              "condition."),
    case("Boundary: sme.lithography.duv.immersion (mrf_k025_nm 44.9, wavelength_nm 192.9) from NL "
         "to JP",
         tx("2025-01-16", "NL", "JP",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion"),
            params={"mrf_k025_nm": 44.9, "wavelength_nm": 192.9}), NLR,
         source="Regeling van 2 september 2024, nr. BZ2404162, amending the Regeling geavanceerde "
                "productieapparatuur voor halfgeleiders (annex replaced; published 6 Sep 2024), "
                "Bijlage (annex, replaced)",
         note="Pins what the mutant NL/NL-lithography@2024-09-07/threshold_moved/when.1.0:down "
              "would change: `wavelength_nm < 193` moved one step down to `wavelength_nm < "
              "192.9` in the rule's condition."),
    case("Boundary: sme.lithography.duv.immersion (mrf_k025_nm 45.05) from NL to JP",
         tx("2025-01-16", "NL", "JP",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion"),
            params={"mrf_k025_nm": 45.05}), NLR,
         source="Regeling van 2 september 2024, nr. BZ2404162, amending the Regeling geavanceerde "
                "productieapparatuur voor halfgeleiders (annex replaced; published 6 Sep 2024), "
                "Bijlage (annex, replaced)",
         note="Pins what the mutant NL/NL-lithography@2024-09-07/threshold_moved/when.2.0:up "
              "would change: `mrf_k025_nm > 45` moved one step up to `mrf_k025_nm > 45.1` in the "
              "rule's condition."),
    case("Boundary: sme.lithography.duv.immersion (mrf_k025_nm 44.95) from NL to JP",
         tx("2025-01-16", "NL", "JP",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion"),
            params={"mrf_k025_nm": 44.95}), LR,
         source="Regeling van 2 september 2024, nr. BZ2404162, amending the Regeling geavanceerde "
                "productieapparatuur voor halfgeleiders (annex replaced; published 6 Sep 2024), "
                "Bijlage (annex, replaced)",
         note="Pins what the mutant NL/NL-lithography@2024-09-07/threshold_moved/when.2.0:down "
              "would change: `mrf_k025_nm > 45` moved one step down to `mrf_k025_nm > 44.9` in "
              "the rule's condition."),
    case("Boundary: sme.lithography.duv.immersion (mrf_k025_nm 44.9, overlay_nm 2.41) from NL to "
         "JP",
         tx("2025-01-16", "NL", "JP",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion"),
            params={"mrf_k025_nm": 44.9, "overlay_nm": 2.41}), NLR,
         source="Regeling van 2 september 2024, nr. BZ2404162, amending the Regeling geavanceerde "
                "productieapparatuur voor halfgeleiders (annex replaced; published 6 Sep 2024), "
                "Bijlage (annex, replaced)",
         note="Pins what the mutant NL/NL-lithography@2024-09-07/threshold_moved/when.3.0:up "
              "would change: `overlay_nm <= 2.4` moved one step up to `overlay_nm <= 2.41` in "
              "the rule's condition."),
    case("Boundary: sme.lithography.duv.dry (mrf_k025_nm 44.9, overlay_nm 2.395) from NL to JP",
         tx("2025-01-16", "NL", "JP",
            product("dry DUV lithography (ArF dry, KrF)", "sme.lithography.duv.dry"),
            params={"mrf_k025_nm": 44.9, "overlay_nm": 2.395}), LR,
         source="Regeling van 2 september 2024, nr. BZ2404162, amending the Regeling geavanceerde "
                "productieapparatuur voor halfgeleiders (annex replaced; published 6 Sep 2024), "
                "Bijlage (annex, replaced)",
         note="Pins what the mutant NL/NL-lithography@2024-09-07/threshold_moved/when.3.0:down "
              "would change: `overlay_nm <= 2.4` moved one step down to `overlay_nm <= 2.39` in "
              "the rule's condition."),
    case("ic.accelerator (mrf_k025_nm 44.9, overlay_nm 0) from NL to CN",
         tx("2025-01-16", "NL", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"mrf_k025_nm": 44.9, "overlay_nm": 0}), NLR,
         source="Regeling van 2 september 2024, nr. BZ2404162, amending the Regeling geavanceerde "
                "productieapparatuur voor halfgeleiders (annex replaced; published 6 Sep 2024), "
                "Bijlage (annex, replaced)",
         note="Pins what the mutant NL/NL-lithography@2024-09-07/conjunct_dropped/when.0 would "
              "change: `kind('sme.lithography.duv')` left out of the rule's condition."),
    case("sme.lithography.duv.immersion (mrf_k025_nm 44.9, wavelength_nm 0) from NL to JP",
         tx("2025-01-16", "NL", "JP",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion"),
            params={"mrf_k025_nm": 44.9, "wavelength_nm": 0}), NLR,
         source="Regeling van 2 september 2024, nr. BZ2404162, amending the Regeling geavanceerde "
                "productieapparatuur voor halfgeleiders (annex replaced; published 6 Sep 2024), "
                "Bijlage (annex, replaced)",
         note="Pins what the mutant NL/NL-lithography@2024-09-07/conjunct_dropped/when.1 would "
              "change: `~wavelength_nm < 193` left out of the rule's condition."),
    case("sme.lithography.duv.immersion (mrf_k025_nm 45.1) from NL to JP",
         tx("2025-01-16", "NL", "JP",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion"),
            params={"mrf_k025_nm": 45.1}), NLR,
         source="Regeling van 2 september 2024, nr. BZ2404162, amending the Regeling geavanceerde "
                "productieapparatuur voor halfgeleiders (annex replaced; published 6 Sep 2024), "
                "Bijlage (annex, replaced)",
         note="Pins what the mutant NL/NL-lithography@2024-09-07/conjunct_dropped/when.2 would "
              "change: `~mrf_k025_nm > 45` left out of the rule's condition."),
    case("sme.lithography.duv.dry (mrf_k025_nm 44.9) from NL to JP",
         tx("2025-01-16", "NL", "JP",
            product("dry DUV lithography (ArF dry, KrF)", "sme.lithography.duv.dry"),
            params={"mrf_k025_nm": 44.9}), NLR,
         source="Regeling van 2 september 2024, nr. BZ2404162, amending the Regeling geavanceerde "
                "productieapparatuur voor halfgeleiders (annex replaced; published 6 Sep 2024), "
                "Bijlage (annex, replaced)",
         note="Pins what the mutant NL/NL-lithography@2024-09-07/conjunct_dropped/when.3.1.0 "
              "would change: `kind('sme.lithography.duv.immersion')` left out of the rule's "
              "condition."),
    case("sme.lithography.duv.immersion (mrf_k025_nm 44.9, overlay_nm 1.51) from NL to JP",
         tx("2024-09-07", "NL", "JP",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion"),
            params={"mrf_k025_nm": 44.9, "overlay_nm": 1.51}), LR,
         source="Regeling van 2 september 2024, nr. BZ2404162, amending the Regeling geavanceerde "
                "productieapparatuur voor halfgeleiders (annex replaced; published 6 Sep 2024), "
                "Bijlage (annex, replaced)",
         note="Pins what the mutant NL/NL-lithography@2024-09-07/date_moved/effective:later "
              "would change: effective date 2024-09-07 moved one day later, to 2024-09-08 (and "
              "NL-lithography@2023-09-01's end with it)."),
)
NL_DEPOSITION = (
    case("ASM International ALD tool from the Netherlands to China, 2024",
         tx("2024-02-01", "NL", "CN", product("ASM ALD tool", "sme.deposition")), LR,
         source="SemiAnalysis; Techzine: ASMI covered by the Dutch controls"),
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17): each row pins a mistake
    # no other example would notice; the outcome is the rule's, as cited.
    case("sme.deposition.epitaxy from NL to JP: Japan is not in EU",
         tx("2025-01-16", "NL", "JP",
            product("epitaxial growth equipment", "sme.deposition.epitaxy")), LR,
         source="Regeling geavanceerde productieapparatuur voor halfgeleiders (Regeling van de "
                "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking van 23 juni 2023, "
                "nr. MinBuza.2023.15246-27), Stcrt. 2023, 18212, Bijlage: 3B001.a.4, 3B001.d.12, "
                "3B001.d.19 (national entries)",
         note="Pins what the mutant NL/group:EU/country_added/JP would change: JP (Japan) added "
              "to EU."),
    case("sme.deposition.epitaxy from NL to CN",
         tx("2023-08-31", "NL", "CN",
            product("epitaxial growth equipment", "sme.deposition.epitaxy")), NLR,
         source="Regeling geavanceerde productieapparatuur voor halfgeleiders (Regeling van de "
                "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking van 23 juni 2023, "
                "nr. MinBuza.2023.15246-27), Stcrt. 2023, 18212, Bijlage: 3B001.a.4, 3B001.d.12, "
                "3B001.d.19 (national entries)",
         note="Pins what the mutant NL/NL-deposition@2023-09-01/date_moved/effective:earlier "
              "would change: effective date 2023-09-01 moved one day earlier, to 2023-08-31."),
    case("sme.deposition.epitaxy from NL to CN",
         tx("2023-09-01", "NL", "CN",
            product("epitaxial growth equipment", "sme.deposition.epitaxy")), LR,
         source="Regeling geavanceerde productieapparatuur voor halfgeleiders (Regeling van de "
                "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking van 23 juni 2023, "
                "nr. MinBuza.2023.15246-27), Stcrt. 2023, 18212, Bijlage: 3B001.a.4, 3B001.d.12, "
                "3B001.d.19 (national entries)",
         note="Pins what the mutant NL/NL-deposition@2023-09-01/date_moved/effective:later would "
              "change: effective date 2023-09-01 moved one day later, to 2023-09-02."),
)
NL_PELLICLES = (
    case("EUV pellicles from the Netherlands to China, 2024",
         tx("2024-01-15", "NL", "CN", EUV_PELLICLE), LR,
         source="Baker McKenzie; Expeditors: 3B001.l/m in the Dutch annex"),
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17): each row pins a mistake
    # no other example would notice; the outcome is the rule's, as cited.
    case("ic.accelerator [euv] from NL to CN",
         tx("2025-01-16", "NL", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            flags=["euv"]), NLR,
         source="Regeling geavanceerde productieapparatuur voor halfgeleiders (Regeling van de "
                "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking van 23 juni 2023, "
                "nr. MinBuza.2023.15246-27), Stcrt. 2023, 18212, Bijlage: 3B001.l and 3B001.m "
                "(national entries)",
         note="Pins what the mutant NL/NL-euv-pellicles@2023-09-01/conjunct_dropped/when.0 would "
              "change: `kind('sme.mask')` left out of the rule's condition."),
    case("sme.mask from NL to CN",
         tx("2025-01-16", "NL", "CN",
            product("masks, mask blanks, pellicles and mask-making equipment", "sme.mask")), NLR,
         source="Regeling geavanceerde productieapparatuur voor halfgeleiders (Regeling van de "
                "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking van 23 juni 2023, "
                "nr. MinBuza.2023.15246-27), Stcrt. 2023, 18212, Bijlage: 3B001.l and 3B001.m "
                "(national entries)",
         note="Pins what the mutant NL/NL-euv-pellicles@2023-09-01/conjunct_dropped/when.1 would "
              "change: `flag('euv')` left out of the rule's condition."),
    case("sme.mask [euv] from NL to CN",
         tx("2023-08-31", "NL", "CN",
            product("masks, mask blanks, pellicles and mask-making equipment", "sme.mask"),
            flags=["euv"]), NLR,
         source="Regeling geavanceerde productieapparatuur voor halfgeleiders (Regeling van de "
                "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking van 23 juni 2023, "
                "nr. MinBuza.2023.15246-27), Stcrt. 2023, 18212, Bijlage: 3B001.l and 3B001.m "
                "(national entries)",
         note="Pins what the mutant NL/NL-euv-pellicles@2023-09-01/date_moved/effective:earlier "
              "would change: effective date 2023-09-01 moved one day earlier, to 2023-08-31."),
    case("sme.mask [euv] from NL to CN",
         tx("2023-09-01", "NL", "CN",
            product("masks, mask blanks, pellicles and mask-making equipment", "sme.mask"),
            flags=["euv"]), LR,
         source="Regeling geavanceerde productieapparatuur voor halfgeleiders (Regeling van de "
                "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking van 23 juni 2023, "
                "nr. MinBuza.2023.15246-27), Stcrt. 2023, 18212, Bijlage: 3B001.l and 3B001.m "
                "(national entries)",
         note="Pins what the mutant NL/NL-euv-pellicles@2023-09-01/date_moved/effective:later "
              "would change: effective date 2023-09-01 moved one day later, to 2023-09-02."),
)
NL_METROLOGY = (
    case("ASML e-beam inspection tool from the Netherlands to China, May 2025",
         tx("2025-05-01", "NL", "CN", product("ASML HMI e-beam", "sme.inspection")), LR,
         source="Rijksoverheid, 15 Jan 2025; Techzine"),
    case("The same tool in March 2025, before the extension",
         tx("2025-03-01", "NL", "CN", product("ASML HMI e-beam", "sme.inspection")), NLR),
)
NL_SERVICING = (
    case("ASML spare parts and software updates for an NXT:1980i in China, October 2024",
         tx("2024-10-01", "NL", "CN", FIELD_SERVICE, params={"overlay_nm": 1.6}), LR,
         source="Dutch Ministry of Foreign Affairs to Reuters, 10 Sep 2024: servicing, spare"
                " parts and software for the listed tools need a licence"),
    case("The same service on 6 Sep 2024, before the extension",
         tx("2024-09-06", "NL", "CN", FIELD_SERVICE, params={"overlay_nm": 1.6}), NLR,
         fires=False),
    case("Boundary: servicing a scanner of 2.5 nm overlay",
         tx("2024-10-01", "NL", "CN", FIELD_SERVICE, params={"overlay_nm": 2.5}), NLR,
         fires=False),
    case("Boundary: servicing a scanner of 2.4 nm overlay",
         tx("2024-10-01", "NL", "CN", FIELD_SERVICE, params={"overlay_nm": 2.4}), LR),
    case("A service that names no listed tool",
         tx("2024-10-01", "NL", "CN", FIELD_SERVICE), NLR, fires=False),
    # Proposed by `policy mutate --as-of 2025-01-16 --changed` (issue 20): each row pins a
    # mistake no other example would notice; the outcome is the rule's, as cited.
    case("service.support (overlay_nm 2.41) from NL to CN",
         tx("2025-01-16", "NL", "CN",
            FIELD_SERVICE,
            params={"overlay_nm": 2.41}), NLR,
         source="Regeling van 2 september 2024, nr. BZ2404162, amending the Regeling geavanceerde "
                "productieapparatuur voor halfgeleiders (annex replaced; published 6 Sep 2024), "
                "Bijlage: components, software and technology specially developed for the listed "
                "equipment; Ministry of Foreign Affairs statement of 10 Sep 2024 (Reuters) on the "
                "Regeling as amended on 2 Sep 2024: the licence requirement covers services, "
                "spare parts, software and technology specially developed for the listed equipment",
         note="Pins what the mutant NL/NL-servicing@2024-09-07/threshold_moved/when.1:up "
              "changes: `overlay_nm <= 2.4` moved one step up to `overlay_nm <= 2.41` in the "
              "rule's condition."),
    case("service.support (overlay_nm 0) from NL to CN",
         tx("2024-09-07", "NL", "CN",
            FIELD_SERVICE,
            params={"overlay_nm": 0}), LR,
         source="Regeling van 2 september 2024, nr. BZ2404162, amending the Regeling geavanceerde "
                "productieapparatuur voor halfgeleiders (annex replaced; published 6 Sep 2024), "
                "Bijlage: components, software and technology specially developed for the listed "
                "equipment; Ministry of Foreign Affairs statement of 10 Sep 2024 (Reuters) on the "
                "Regeling as amended on 2 Sep 2024: the licence requirement covers services, "
                "spare parts, software and technology specially developed for the listed equipment",
         note="Pins what the mutant NL/NL-servicing@2024-09-07/date_moved/effective:later "
              "changes: effective date 2024-09-07 moved one day later, to 2024-09-08."),
)
NL_ANNEX_I = (
    case("ASML EUV scanner from the Netherlands to China",
         tx("2024-01-15", "NL", "CN", NXE_3800E), LR,
         source="AP; Reuters; NL Times: EUV never licensed for China"),
    case("Imprint lithography tool for 14 nm from the Netherlands to China",
         tx("2024-10-01", "NL", "CN", IMPRINT_TOOL.at(node_nm=14)), LR),
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17): each row pins a mistake
    # no other example would notice; the outcome is the rule's, as cited.
    case("Boundary: sme.lithography (mrf_k035_nm 45) from NL to CN",
         tx("2025-01-16", "NL", "CN",
            product("lithography equipment (steppers and scanners)", "sme.lithography"),
            params={"mrf_k035_nm": 45}), LR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant "
              "NL/NL-annex-I-lithography@2021-09-09/comparison_flipped/when.1.1.1 would change: "
              "`mrf_k035_nm <= 45` written `mrf_k035_nm < 45` in the rule's condition."),
    case("Boundary: sme.lithography.nanoimprint (node_nm 45) from NL to CN",
         tx("2025-01-16", "NL", "CN",
            product("nanoimprint lithography", "sme.lithography.nanoimprint"),
            params={"node_nm": 45}), LR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant "
              "NL/NL-annex-I-lithography@2021-09-09/comparison_flipped/when.2.1.0 would change: "
              "`node_nm > 45` written `node_nm >= 45` in the rule's condition."),
    case("Boundary: sme.lithography.duv.immersion (wavelength_nm 192.9) from NL to CN",
         tx("2025-01-16", "NL", "CN",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion"),
            params={"wavelength_nm": 192.9}), LR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant "
              "NL/NL-annex-I-lithography@2021-09-09/threshold_moved/when.1.1.0:down would "
              "change: `wavelength_nm < 193` moved one step down to `wavelength_nm < 192.9` in "
              "the rule's condition."),
    case("Boundary: sme.lithography (mrf_k035_nm 45.05) from NL to CN",
         tx("2025-01-16", "NL", "CN",
            product("lithography equipment (steppers and scanners)", "sme.lithography"),
            params={"mrf_k035_nm": 45.05}), NLR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant "
              "NL/NL-annex-I-lithography@2021-09-09/threshold_moved/when.1.1.1:up would change: "
              "`mrf_k035_nm <= 45` moved one step up to `mrf_k035_nm <= 45.1` in the rule's "
              "condition."),
    case("Boundary: sme.lithography (mrf_k035_nm 44.95) from NL to CN",
         tx("2025-01-16", "NL", "CN",
            product("lithography equipment (steppers and scanners)", "sme.lithography"),
            params={"mrf_k035_nm": 44.95}), LR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant "
              "NL/NL-annex-I-lithography@2021-09-09/threshold_moved/when.1.1.1:down would "
              "change: `mrf_k035_nm <= 45` moved one step down to `mrf_k035_nm <= 44.9` in the "
              "rule's condition."),
    case("Boundary: sme.lithography.nanoimprint (node_nm 45.5) from NL to CN",
         tx("2025-01-16", "NL", "CN",
            product("nanoimprint lithography", "sme.lithography.nanoimprint"),
            params={"node_nm": 45.5}), NLR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant "
              "NL/NL-annex-I-lithography@2021-09-09/threshold_moved/when.2.1.0:up would change: "
              "`node_nm > 45` moved one step up to `node_nm > 46` in the rule's condition."),
    case("Boundary: sme.lithography.nanoimprint (node_nm 44.5) from NL to CN",
         tx("2025-01-16", "NL", "CN",
            product("nanoimprint lithography", "sme.lithography.nanoimprint"),
            params={"node_nm": 44.5}), LR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant "
              "NL/NL-annex-I-lithography@2021-09-09/threshold_moved/when.2.1.0:down would "
              "change: `node_nm > 45` moved one step down to `node_nm > 44` in the rule's "
              "condition."),
    case("ic.accelerator (mrf_k035_nm 0) from NL to CN",
         tx("2025-01-16", "NL", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"mrf_k035_nm": 0}), NLR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant "
              "NL/NL-annex-I-lithography@2021-09-09/conjunct_dropped/when.1.0 would change: "
              "`kind('sme.lithography')` left out of the rule's condition."),
    case("sme.lithography.nanoimprint (node_nm 46) from NL to CN",
         tx("2025-01-16", "NL", "CN",
            product("nanoimprint lithography", "sme.lithography.nanoimprint"),
            params={"node_nm": 46}), NLR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant "
              "NL/NL-annex-I-lithography@2021-09-09/conjunct_dropped/when.2.1 would change: "
              "`~node_nm > 45` left out of the rule's condition."),
    case("sme.lithography.euv from JP to CN",
         tx("2025-01-16", "JP", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NA,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/nexus:nl-export@2021-09-09/conjunct_dropped/when.0 would "
              "change: `exporter('NL')` left out of the nexus's condition."),
    case("sme.lithography.euv from NL to AT: Austria is in EU",
         tx("2025-01-16", "NL", "AT",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NA,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU/country_dropped/AT would change: AT (Austria) "
              "left out of EU."),
    case("sme.lithography.euv from NL to BE: Belgium is in EU",
         tx("2025-01-16", "NL", "BE",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NA,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU/country_dropped/BE would change: BE (Belgium) "
              "left out of EU."),
    case("sme.lithography.euv from NL to BG: Bulgaria is in EU",
         tx("2025-01-16", "NL", "BG",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NA,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU/country_dropped/BG would change: BG (Bulgaria) "
              "left out of EU."),
    case("sme.lithography.euv from NL to CY: Cyprus is in EU",
         tx("2025-01-16", "NL", "CY",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NA,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU/country_dropped/CY would change: CY (Cyprus) "
              "left out of EU."),
    case("sme.lithography.euv from NL to CZ: Czech Republic is in EU",
         tx("2025-01-16", "NL", "CZ",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NA,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU/country_dropped/CZ would change: CZ (Czech "
              "Republic) left out of EU."),
    case("sme.lithography.euv from NL to DE: Germany is in EU",
         tx("2025-01-16", "NL", "DE",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NA,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU/country_dropped/DE would change: DE (Germany) "
              "left out of EU."),
    case("sme.lithography.euv from NL to DK: Denmark is in EU",
         tx("2025-01-16", "NL", "DK",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NA,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU/country_dropped/DK would change: DK (Denmark) "
              "left out of EU."),
    case("sme.lithography.euv from NL to EE: Estonia is in EU",
         tx("2025-01-16", "NL", "EE",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NA,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU/country_dropped/EE would change: EE (Estonia) "
              "left out of EU."),
    case("sme.lithography.euv from NL to ES: Spain is in EU",
         tx("2025-01-16", "NL", "ES",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NA,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU/country_dropped/ES would change: ES (Spain) left "
              "out of EU."),
    case("sme.lithography.euv from NL to FI: Finland is in EU",
         tx("2025-01-16", "NL", "FI",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NA,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU/country_dropped/FI would change: FI (Finland) "
              "left out of EU."),
    case("sme.lithography.euv from NL to FR: France is in EU",
         tx("2025-01-16", "NL", "FR",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NA,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU/country_dropped/FR would change: FR (France) "
              "left out of EU."),
    case("sme.lithography.euv from NL to GR: Greece is in EU",
         tx("2025-01-16", "NL", "GR",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NA,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU/country_dropped/GR would change: GR (Greece) "
              "left out of EU."),
    case("sme.lithography.euv from NL to HR: Croatia is in EU",
         tx("2025-01-16", "NL", "HR",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NA,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU/country_dropped/HR would change: HR (Croatia) "
              "left out of EU."),
    case("sme.lithography.euv from NL to HU: Hungary is in EU",
         tx("2025-01-16", "NL", "HU",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NA,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU/country_dropped/HU would change: HU (Hungary) "
              "left out of EU."),
    case("sme.lithography.euv from NL to IE: Ireland is in EU",
         tx("2025-01-16", "NL", "IE",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NA,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU/country_dropped/IE would change: IE (Ireland) "
              "left out of EU."),
    case("sme.lithography.euv from NL to IT: Italy is in EU",
         tx("2025-01-16", "NL", "IT",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NA,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU/country_dropped/IT would change: IT (Italy) left "
              "out of EU."),
    case("sme.lithography.euv from NL to LT: Lithuania is in EU",
         tx("2025-01-16", "NL", "LT",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NA,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU/country_dropped/LT would change: LT (Lithuania) "
              "left out of EU."),
    case("sme.lithography.euv from NL to LU: Luxembourg is in EU",
         tx("2025-01-16", "NL", "LU",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NA,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU/country_dropped/LU would change: LU (Luxembourg) "
              "left out of EU."),
    case("sme.lithography.euv from NL to LV: Latvia is in EU",
         tx("2025-01-16", "NL", "LV",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NA,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU/country_dropped/LV would change: LV (Latvia) "
              "left out of EU."),
    case("sme.lithography.euv from NL to MT: Malta is in EU",
         tx("2025-01-16", "NL", "MT",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NA,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU/country_dropped/MT would change: MT (Malta) left "
              "out of EU."),
    case("sme.lithography.euv from NL to PL: Poland is in EU",
         tx("2025-01-16", "NL", "PL",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NA,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU/country_dropped/PL would change: PL (Poland) "
              "left out of EU."),
    case("sme.lithography.euv from NL to PT: Portugal is in EU",
         tx("2025-01-16", "NL", "PT",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NA,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU/country_dropped/PT would change: PT (Portugal) "
              "left out of EU."),
    case("sme.lithography.euv from NL to RO: Romania is in EU",
         tx("2025-01-16", "NL", "RO",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NA,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU/country_dropped/RO would change: RO (Romania) "
              "left out of EU."),
    case("sme.lithography.euv from NL to SE: Sweden is in EU",
         tx("2025-01-16", "NL", "SE",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NA,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU/country_dropped/SE would change: SE (Sweden) "
              "left out of EU."),
    case("sme.lithography.euv from NL to SI: Slovenia is in EU",
         tx("2025-01-16", "NL", "SI",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NA,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU/country_dropped/SI would change: SI (Slovenia) "
              "left out of EU."),
    case("sme.lithography.euv from NL to SK: Slovakia is in EU",
         tx("2025-01-16", "NL", "SK",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NA,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU/country_dropped/SK would change: SK (Slovakia) "
              "left out of EU."),
    case("sme.lithography.euv from NL to AU: Australia is in EU001",
         tx("2025-01-16", "NL", "AU",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU001/country_dropped/AU would change: AU "
              "(Australia) left out of EU001."),
    case("sme.lithography.euv from NL to CA: Canada is in EU001",
         tx("2025-01-16", "NL", "CA",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU001/country_dropped/CA would change: CA (Canada) "
              "left out of EU001."),
    case("sme.lithography.euv from NL to CH: Switzerland is in EU001",
         tx("2025-01-16", "NL", "CH",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU001/country_dropped/CH would change: CH "
              "(Switzerland) left out of EU001."),
    case("sme.lithography.euv from NL to GB: United Kingdom is in EU001",
         tx("2025-01-16", "NL", "GB",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU001/country_dropped/GB would change: GB (United "
              "Kingdom) left out of EU001."),
    case("sme.lithography.euv from NL to IS: Iceland is in EU001",
         tx("2025-01-16", "NL", "IS",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU001/country_dropped/IS would change: IS (Iceland) "
              "left out of EU001."),
    case("sme.lithography.euv from NL to JP: Japan is in EU001",
         tx("2025-01-16", "NL", "JP",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU001/country_dropped/JP would change: JP (Japan) "
              "left out of EU001."),
    case("sme.lithography.euv from NL to LI: Liechtenstein is in EU001",
         tx("2025-01-16", "NL", "LI",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU001/country_dropped/LI would change: LI "
              "(Liechtenstein) left out of EU001."),
    case("sme.lithography.euv from NL to NO: Norway is in EU001",
         tx("2025-01-16", "NL", "NO",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU001/country_dropped/NO would change: NO (Norway) "
              "left out of EU001."),
    case("sme.lithography.euv from NL to NZ: New Zealand is in EU001",
         tx("2025-01-16", "NL", "NZ",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU001/country_dropped/NZ would change: NZ (New "
              "Zealand) left out of EU001."),
    case("sme.lithography.euv from NL to US: United States is in EU001",
         tx("2025-01-16", "NL", "US",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")),
         NLR, fires=True,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant NL/group:EU001/country_dropped/US would change: US (United "
              "States) left out of EU001."),
    case("sme.lithography.euv from NL to CN",
         tx("2021-09-09", "NL", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Regulation (EU) 2021/821 (Dual-Use Regulation), OJ L 206, 11.6.2021, Art. 3(1) "
                "and 12(1)(a): authorisation by the competent authority of the member state of "
                "the exporter; Besluit strategische goederen",
         note="Pins what the mutant "
              "NL/NL-annex-I-lithography@2021-09-09/date_moved/effective:later would change: "
              "effective date 2021-09-09 moved one day later, to 2021-09-10."),
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
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17): each row pins a mistake
    # no other example would notice; the outcome is the rule's, as cited.
    case("Boundary: ic.accelerator (tpp 4800) from US to CN",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"tpp": 4800}), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/US-3A090.a@2023-11-17/comparison_flipped/when.1.0.1.0.1.0 "
              "would change: `tpp >= 4800` written `tpp > 4800` in the rule's condition."),
    case("Boundary: ic.accelerator (tpp 4800) from US to VN",
         tx("2025-01-16", "US", "VN", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"tpp": 4800}), NLR, fires=True,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant "
              "US/US-3A090.a@2023-11-17/comparison_flipped/carveout:NAC-no-notice.1 would "
              "change: `tpp >= 4800` written `tpp > 4800` in carve-out NAC-no-notice."),
    case("Boundary: ic.accelerator (tpp 4800) from JP to CN (made in CN; with US technology)",
         tx("2025-01-16", "JP", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"tpp": 4800}, origin="CN", made_with=["US"]), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant "
              "US/nexus:fdp-734.9(h)@2024-12-31/comparison_flipped/when.3.0.1.0.0.0 would "
              "change: `tpp >= 4800` written `tpp > 4800` in the nexus's condition."),
    case("Boundary: ic.accelerator (die_area_mm2 270.3, performance_density 5.92, tpp 1600) "
         "[datacenter] from JP to CN (made in CN; with US technology)",
         tx("2025-01-16", "JP", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"die_area_mm2": 270.3, "performance_density": 5.92, "tpp": 1600},
            flags=["datacenter"], origin="CN", made_with=["US"]), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant "
              "US/nexus:fdp-734.9(h)@2024-12-31/comparison_flipped/when.3.0.1.0.0.1.0 would "
              "change: `tpp >= 1600` written `tpp > 1600` in the nexus's condition."),
    case("Boundary: ic.accelerator (tpp 4799) [datacenter] from US to CN",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"tpp": 4799}, flags=["datacenter"]), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/US-3A090.a@2023-11-17/threshold_moved/when.1.0.0.0:down "
              "would change: `tpp >= 4800` moved one step down to `tpp >= 4799` in the rule's "
              "condition."),
    case("Boundary: ic.accelerator (die_area_mm2 270.7, performance_density 5.91, tpp 1600) "
         "[datacenter] from US to VN",
         tx("2025-01-16", "US", "VN", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"die_area_mm2": 270.7, "performance_density": 5.91, "tpp": 1600},
            flags=["datacenter"]), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/US-3A090.a@2023-11-17/threshold_moved/when.1.0.0.1.1:down "
              "would change: `performance_density >= 5.92` moved one step down to "
              "`performance_density >= 5.91` in the rule's condition."),
    case("Boundary: ic.accelerator (die_area_mm2 810.6, performance_density 5.92, tpp 4799) from "
         "US to CN",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"die_area_mm2": 810.6, "performance_density": 5.92, "tpp": 4799}), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant "
              "US/US-3A090.a@2023-11-17/threshold_moved/when.1.0.1.0.1.0:down would change: `tpp "
              ">= 4800` moved one step down to `tpp >= 4799` in the rule's condition."),
    case("Boundary: ic.accelerator (tpp 4799) from US to VN (classified 3A090.a (US))",
         tx("2025-01-16", "US", "VN", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"tpp": 4799}, classification={"US": "3A090.a"}), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant "
              "US/US-3A090.a@2023-11-17/threshold_moved/carveout:NAC-no-notice.1:down would "
              "change: `tpp >= 4800` moved one step down to `tpp >= 4799` in carve-out "
              "NAC-no-notice."),
    case("sme.lithography.duv.immersion (tpp 4800) from US to CN",
         tx("2025-01-16", "US", "CN",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion"),
            params={"tpp": 4800}), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/US-3A090.a@2023-11-17/conjunct_dropped/when.0 would "
              "change: `kind('computer', 'ic')` left out of the rule's condition."),
    case("ic.accelerator from US to VN (classified 3A090.a (US))",
         tx("2025-01-16", "US", "VN", product("AI accelerators and GPUs", "ic.accelerator"),
            classification={"US": "3A090.a"}), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant "
              "US/US-3A090.a@2023-11-17/conjunct_dropped/carveout:NAC-no-notice.1 would change: "
              "`tpp >= 4800` left out of carve-out NAC-no-notice."),
    case("ic.accelerator (tpp 4800) from US to VN (for Alibaba)",
         tx("2025-01-16", "US", "VN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Alibaba", params={"tpp": 4800}), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant "
              "US/US-3A090.a@2023-11-17/conjunct_dropped/carveout:NAC-no-notice.3 would change: "
              "`~end_user.headquarters('MO', groups=('D:5',))` left out of carve-out "
              "NAC-no-notice."),
    case("ic.accelerator (tpp 4800) from JP to CN (made in CN)",
         tx("2025-01-16", "JP", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"tpp": 4800}, origin="CN"), NA,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/nexus:fdp-734.9(h)@2024-12-31/conjunct_dropped/when.0 "
              "would change: `made_with('US')` left out of the nexus's condition."),
    case("ic.accelerator (tpp 4800) by remote access from JP to CN (made in CN; with US "
         "technology)",
         tx("2025-01-16", "JP", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            channel="remote_access", params={"tpp": 4800}, origin="CN", made_with=["US"]), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/nexus:fdp-734.9(h)@2024-12-31/conjunct_dropped/when.4 "
              "would change: `~channel('remote_access')` left out of the nexus's condition."),
    case("ic.accelerator (tpp 4800) from JP to US (made in CN; with US technology)",
         tx("2025-01-16", "JP", "US", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"tpp": 4800}, origin="CN", made_with=["US"]), NA,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant "
              "US/nexus:fdp-734.9(h)@2024-12-31/conjunct_dropped/when.3.0.2.0.0 would change: "
              "`destination(groups=('D:1', 'D:4', 'D:5'))` left out of the nexus's condition."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from NL to JP (made in CN; with US "
         "technology)",
         tx("2025-01-16", "NL", "JP", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="CN", made_with=["US"]), NA,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/nexus:fdp-734.9(h)@2024-12-31/conjunct_dropped/when.3.1.2 "
              "would change: `(destination('MO', groups=('D:5',)) | end_user.headquarters('MO', "
              "groups=('D:5',)))` left out of the nexus's condition."),
    case("ic.accelerator from JP to CN (made in CN; with US technology)",
         tx("2025-01-16", "JP", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            origin="CN", made_with=["US"]), NA,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/nexus:us-remote-access@1996-03-25/conjunct_dropped/when.0 "
              "would change: `channel('remote_access')` left out of the nexus's condition."),
    case("ic.accelerator by remote access from JP to CN (made in CN)",
         tx("2025-01-16", "JP", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            channel="remote_access", origin="CN"), NA,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/nexus:us-remote-access@1996-03-25/conjunct_dropped/when.1 "
              "would change: `(exporter('US') | origin('US') | made_with('US'))` left out of the "
              "nexus's condition."),
    case("ic.accelerator from US to AM (classified 3A090.a (US)): Armenia is in D:1",
         tx("2025-01-16", "US", "AM", product("AI accelerators and GPUs", "ic.accelerator"),
            classification={"US": "3A090.a"}), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/group:D:1/country_dropped/AM would change: AM (Armenia) "
              "left out of D:1."),
    case("ic.accelerator from US to AZ (classified 3A090.a (US)): Azerbaijan is in D:1",
         tx("2025-01-16", "US", "AZ", product("AI accelerators and GPUs", "ic.accelerator"),
            classification={"US": "3A090.a"}), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/group:D:1/country_dropped/AZ would change: AZ "
              "(Azerbaijan) left out of D:1."),
    case("ic.accelerator from US to GE (classified 3A090.a (US)): Georgia is in D:1",
         tx("2025-01-16", "US", "GE", product("AI accelerators and GPUs", "ic.accelerator"),
            classification={"US": "3A090.a"}), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/group:D:1/country_dropped/GE would change: GE (Georgia) "
              "left out of D:1."),
    case("ic.accelerator from US to KG (classified 3A090.a (US)): Kyrgyzstan is in D:1",
         tx("2025-01-16", "US", "KG", product("AI accelerators and GPUs", "ic.accelerator"),
            classification={"US": "3A090.a"}), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/group:D:1/country_dropped/KG would change: KG "
              "(Kyrgyzstan) left out of D:1."),
    case("ic.accelerator from US to KZ (classified 3A090.a (US)): Kazakhstan is in D:1",
         tx("2025-01-16", "US", "KZ", product("AI accelerators and GPUs", "ic.accelerator"),
            classification={"US": "3A090.a"}), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/group:D:1/country_dropped/KZ would change: KZ "
              "(Kazakhstan) left out of D:1."),
    case("ic.accelerator from US to LA (classified 3A090.a (US)): Laos is in D:1",
         tx("2025-01-16", "US", "LA", product("AI accelerators and GPUs", "ic.accelerator"),
            classification={"US": "3A090.a"}), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/group:D:1/country_dropped/LA would change: LA (Laos) left "
              "out of D:1."),
    case("ic.accelerator from US to MD (classified 3A090.a (US)): Moldova is in D:1",
         tx("2025-01-16", "US", "MD", product("AI accelerators and GPUs", "ic.accelerator"),
            classification={"US": "3A090.a"}), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/group:D:1/country_dropped/MD would change: MD (Moldova) "
              "left out of D:1."),
    case("ic.accelerator from US to MN (classified 3A090.a (US)): Mongolia is in D:1",
         tx("2025-01-16", "US", "MN", product("AI accelerators and GPUs", "ic.accelerator"),
            classification={"US": "3A090.a"}), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/group:D:1/country_dropped/MN would change: MN (Mongolia) "
              "left out of D:1."),
    case("ic.accelerator from US to TJ (classified 3A090.a (US)): Tajikistan is in D:1",
         tx("2025-01-16", "US", "TJ", product("AI accelerators and GPUs", "ic.accelerator"),
            classification={"US": "3A090.a"}), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/group:D:1/country_dropped/TJ would change: TJ "
              "(Tajikistan) left out of D:1."),
    case("ic.accelerator from US to TM (classified 3A090.a (US)): Turkmenistan is in D:1",
         tx("2025-01-16", "US", "TM", product("AI accelerators and GPUs", "ic.accelerator"),
            classification={"US": "3A090.a"}), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/group:D:1/country_dropped/TM would change: TM "
              "(Turkmenistan) left out of D:1."),
    case("ic.accelerator from US to UZ (classified 3A090.a (US)): Uzbekistan is in D:1",
         tx("2025-01-16", "US", "UZ", product("AI accelerators and GPUs", "ic.accelerator"),
            classification={"US": "3A090.a"}), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/group:D:1/country_dropped/UZ would change: UZ "
              "(Uzbekistan) left out of D:1."),
    case("ic.accelerator from US to AE (classified 3A090.a (US)): United Arab Emirates is in D:4",
         tx("2025-01-16", "US", "AE", product("AI accelerators and GPUs", "ic.accelerator"),
            classification={"US": "3A090.a"}), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/group:D:4/country_dropped/AE would change: AE (United "
              "Arab Emirates) left out of D:4."),
    case("ic.accelerator from US to BH (classified 3A090.a (US)): Bahrain is in D:4",
         tx("2025-01-16", "US", "BH", product("AI accelerators and GPUs", "ic.accelerator"),
            classification={"US": "3A090.a"}), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/group:D:4/country_dropped/BH would change: BH (Bahrain) "
              "left out of D:4."),
    case("ic.accelerator from US to EG (classified 3A090.a (US)): Egypt is in D:4",
         tx("2025-01-16", "US", "EG", product("AI accelerators and GPUs", "ic.accelerator"),
            classification={"US": "3A090.a"}), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/group:D:4/country_dropped/EG would change: EG (Egypt) "
              "left out of D:4."),
    case("ic.accelerator from US to JO (classified 3A090.a (US)): Jordan is in D:4",
         tx("2025-01-16", "US", "JO", product("AI accelerators and GPUs", "ic.accelerator"),
            classification={"US": "3A090.a"}), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/group:D:4/country_dropped/JO would change: JO (Jordan) "
              "left out of D:4."),
    case("ic.accelerator from US to KW (classified 3A090.a (US)): Kuwait is in D:4",
         tx("2025-01-16", "US", "KW", product("AI accelerators and GPUs", "ic.accelerator"),
            classification={"US": "3A090.a"}), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/group:D:4/country_dropped/KW would change: KW (Kuwait) "
              "left out of D:4."),
    case("ic.accelerator from US to OM (classified 3A090.a (US)): Oman is in D:4",
         tx("2025-01-16", "US", "OM", product("AI accelerators and GPUs", "ic.accelerator"),
            classification={"US": "3A090.a"}), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/group:D:4/country_dropped/OM would change: OM (Oman) left "
              "out of D:4."),
    case("ic.accelerator from US to PK (classified 3A090.a (US)): Pakistan is in D:4",
         tx("2025-01-16", "US", "PK", product("AI accelerators and GPUs", "ic.accelerator"),
            classification={"US": "3A090.a"}), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/group:D:4/country_dropped/PK would change: PK (Pakistan) "
              "left out of D:4."),
    case("ic.accelerator from US to QA (classified 3A090.a (US)): Qatar is in D:4",
         tx("2025-01-16", "US", "QA", product("AI accelerators and GPUs", "ic.accelerator"),
            classification={"US": "3A090.a"}), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/group:D:4/country_dropped/QA would change: QA (Qatar) "
              "left out of D:4."),
    case("ic.accelerator (tpp 4800) from US to AF: Afghanistan is not in A:5",
         tx("2025-01-16", "US", "AF", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"tpp": 4800}), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/group:A:5/country_added/AF would change: AF (Afghanistan) "
              "added to A:5."),
    case("ic.accelerator (tpp 4800) from US to IQ: Iraq is not in A:5",
         tx("2025-01-16", "US", "IQ", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"tpp": 4800}), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/group:A:5/country_added/IQ would change: IQ (Iraq) added "
              "to A:5."),
    case("ic.accelerator (tpp 4800) from US to IR: Iran is not in A:5",
         tx("2025-01-16", "US", "IR", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"tpp": 4800}), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/group:A:5/country_added/IR would change: IR (Iran) added "
              "to A:5."),
    case("ic.accelerator (tpp 4800) from US to MO: Macau is not in A:5",
         tx("2025-01-16", "US", "MO", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"tpp": 4800}), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/group:A:5/country_added/MO would change: MO (Macau) added "
              "to A:5."),
    case("ic.accelerator (tpp 4800) from US to NI: Nicaragua is not in A:5",
         tx("2025-01-16", "US", "NI", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"tpp": 4800}), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/group:A:5/country_added/NI would change: NI (Nicaragua) "
              "added to A:5."),
    case("ic.accelerator from US to YE (classified 3A090.a (US)): Yemen is not in A:5",
         tx("2025-01-16", "US", "YE", product("AI accelerators and GPUs", "ic.accelerator"),
            classification={"US": "3A090.a"}), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/group:A:5/country_added/YE would change: YE (Yemen) added "
              "to A:5."),
    case("ic.accelerator (tpp 4800) from JP to BY (made in CN; with US technology): Belarus is "
         "not in A:6",
         tx("2025-01-16", "JP", "BY", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"tpp": 4800}, origin="CN", made_with=["US"]), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/group:A:6/country_added/BY would change: BY (Belarus) "
              "added to A:6."),
    case("ic.accelerator (tpp 4800) from JP to RU (made in CN; with US technology): Russia is not "
         "in A:6",
         tx("2025-01-16", "JP", "RU", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"tpp": 4800}, origin="CN", made_with=["US"]), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/group:A:6/country_added/RU would change: RU (Russia) "
              "added to A:6."),
    case("ic.accelerator from US to AD (classified 3A090.a (US)): Andorra is not in D:1",
         tx("2025-01-16", "US", "AD", product("AI accelerators and GPUs", "ic.accelerator"),
            classification={"US": "3A090.a"}), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/group:D:1/country_added/AD would change: AD (Andorra) "
              "added to D:1."),
    case("ic.accelerator (tpp 4800) from US to VN",
         tx("2023-11-16", "US", "VN", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"tpp": 4800}), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/US-3A090.a@2023-11-17/date_moved/effective:earlier would "
              "change: effective date 2023-11-17 moved one day earlier, to 2023-11-16."),
    case("ic.accelerator (tpp 4800) from US to CN",
         tx("2023-11-17", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"tpp": 4800}), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.a, 4A090.a",
         note="Pins what the mutant US/US-3A090.a@2023-11-17/date_moved/effective:later would "
              "change: effective date 2023-11-17 moved one day later, to 2023-11-18."),
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
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17): each row pins a mistake
    # no other example would notice; the outcome is the rule's, as cited.
    case("Boundary: ic.accelerator (die_area_mm2 1500, performance_density 3.2, tpp 4800) from US "
         "to VN",
         tx("2025-01-16", "US", "VN", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"die_area_mm2": 1500, "performance_density": 3.2, "tpp": 4800}), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.b, 4A090.b",
         note="Pins what the mutant US/US-3A090.b@2023-11-17/comparison_flipped/when.1.0.1.0.0 "
              "would change: `tpp >= 4800` written `tpp > 4800` in the rule's condition."),
    case("Boundary: ic.accelerator (die_area_mm2 1500, performance_density 1.6, tpp 2400) "
         "[datacenter] from JP to CN (made in CN; with US technology)",
         tx("2025-01-16", "JP", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"die_area_mm2": 1500, "performance_density": 1.6, "tpp": 2400},
            flags=["datacenter"], origin="CN", made_with=["US"]), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.b, 4A090.b",
         note="Pins what the mutant "
              "US/nexus:fdp-734.9(h)@2024-12-31/comparison_flipped/when.3.0.1.0.0.2.0 would "
              "change: `tpp >= 2400` written `tpp > 2400` in the nexus's condition."),
    case("Boundary: ic.accelerator (die_area_mm2 500, performance_density 3.2, tpp 1600) "
         "[datacenter] from JP to CN (made in CN; with US technology)",
         tx("2025-01-16", "JP", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"die_area_mm2": 500, "performance_density": 3.2, "tpp": 1600},
            flags=["datacenter"], origin="CN", made_with=["US"]), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.b, 4A090.b",
         note="Pins what the mutant "
              "US/nexus:fdp-734.9(h)@2024-12-31/comparison_flipped/when.3.0.1.0.0.3.0 would "
              "change: `tpp >= 1600` written `tpp > 1600` in the nexus's condition."),
    case("Boundary: ic.accelerator (die_area_mm2 2999.4, performance_density 1.6, tpp 4799) "
         "[datacenter] from US to CN",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"die_area_mm2": 2999.4, "performance_density": 1.6, "tpp": 4799},
            flags=["datacenter"]), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.b, 4A090.b",
         note="Pins what the mutant US/US-3A090.b@2023-11-17/threshold_moved/when.1.0.0.0.1:down "
              "would change: `tpp < 4800` moved one step down to `tpp < 4799` in the rule's "
              "condition."),
    case("Boundary: ic.accelerator (die_area_mm2 1509.4, performance_density 1.59, tpp 2400) "
         "[datacenter] from US to CN",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"die_area_mm2": 1509.4, "performance_density": 1.59, "tpp": 2400},
            flags=["datacenter"]), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.b, 4A090.b",
         note="Pins what the mutant US/US-3A090.b@2023-11-17/threshold_moved/when.1.0.0.0.2:down "
              "would change: `performance_density >= 1.6` moved one step down to "
              "`performance_density >= 1.59` in the rule's condition."),
    case("Boundary: ic.accelerator (die_area_mm2 499.7, performance_density 3.2, tpp 1599) "
         "[datacenter] from US to CN",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"die_area_mm2": 499.7, "performance_density": 3.2, "tpp": 1599},
            flags=["datacenter"]), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.b, 4A090.b",
         note="Pins what the mutant US/US-3A090.b@2023-11-17/threshold_moved/when.1.0.0.1.0:down "
              "would change: `tpp >= 1600` moved one step down to `tpp >= 1599` in the rule's "
              "condition."),
    case("Boundary: ic.accelerator (die_area_mm2 270.7, performance_density 5.91, tpp 1600) "
         "[datacenter] from US to CN",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"die_area_mm2": 270.7, "performance_density": 5.91, "tpp": 1600},
            flags=["datacenter"]), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.b, 4A090.b",
         note="Pins what the mutant US/US-3A090.b@2023-11-17/threshold_moved/when.1.0.0.1.2:down "
              "would change: `performance_density < 5.92` moved one step down to "
              "`performance_density < 5.91` in the rule's condition."),
    case("Boundary: ic.accelerator (die_area_mm2 2999.4, performance_density 1.6, tpp 4799) from "
         "US to CN",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"die_area_mm2": 2999.4, "performance_density": 1.6, "tpp": 4799}), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.b, 4A090.b",
         note="Pins what the mutant "
              "US/US-3A090.b@2023-11-17/threshold_moved/when.1.0.2.0.1.0:down would change: `tpp "
              ">= 4800` moved one step down to `tpp >= 4799` in the rule's condition."),
    case("Boundary: ic.accelerator (die_area_mm2 2999.4, performance_density 1.6, tpp 4799) "
         "[datacenter] from JP to CN (made in CN; with US technology)",
         tx("2025-01-16", "JP", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"die_area_mm2": 2999.4, "performance_density": 1.6, "tpp": 4799},
            flags=["datacenter"], origin="CN", made_with=["US"]), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.b, 4A090.b",
         note="Pins what the mutant "
              "US/nexus:fdp-734.9(h)@2024-12-31/threshold_moved/when.3.0.1.0.0.2.1:down would "
              "change: `tpp < 4800` moved one step down to `tpp < 4799` in the nexus's condition."),
    case("Boundary: ic.accelerator (die_area_mm2 270.7, performance_density 5.91, tpp 1600) "
         "[datacenter] from JP to CN (made in CN; with US technology)",
         tx("2025-01-16", "JP", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"die_area_mm2": 270.7, "performance_density": 5.91, "tpp": 1600},
            flags=["datacenter"], origin="CN", made_with=["US"]), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.b, 4A090.b",
         note="Pins what the mutant "
              "US/nexus:fdp-734.9(h)@2024-12-31/threshold_moved/when.3.0.1.0.0.3.2:down would "
              "change: `performance_density < 5.92` moved one step down to `performance_density "
              "< 5.91` in the nexus's condition."),
    case("sme.lithography.duv.immersion from US to CN (classified 3A090.b (US))",
         tx("2025-01-16", "US", "CN",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion"),
            classification={"US": "3A090.b"}), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.b, 4A090.b",
         note="Pins what the mutant US/US-3A090.b@2023-11-17/conjunct_dropped/when.0 would "
              "change: `kind('computer', 'ic')` left out of the rule's condition."),
    case("ic.accelerator from US to CY (classified 3A090.b (US))",
         tx("2025-01-16", "US", "CY", product("AI accelerators and GPUs", "ic.accelerator"),
            classification={"US": "3A090.b"}), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.b, 4A090.b",
         note="Pins what the mutant US/US-3A090.b@2023-11-17/conjunct_dropped/when.3 would "
              "change: `~destination(groups=('A:5', 'A:6'))` left out of the rule's condition."),
    case("ic.accelerator (die_area_mm2 1500, performance_density 1.6, tpp 2400) from US to CN",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"die_area_mm2": 1500, "performance_density": 1.6, "tpp": 2400}), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.b, 4A090.b",
         note="Pins what the mutant US/US-3A090.b@2023-11-17/conjunct_dropped/when.1.0.2 would "
              "change: `~(~flag('datacenter') & ~tpp >= 4800)` left out of the rule's condition."),
    case("ic.accelerator (performance_density 0, tpp 2400) [datacenter] from US to CN",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"performance_density": 0, "tpp": 2400}, flags=["datacenter"]), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.b, 4A090.b",
         note="Pins what the mutant US/US-3A090.b@2023-11-17/conjunct_dropped/when.1.0.0.0.2 "
              "would change: `performance_density >= 1.6` left out of the rule's condition."),
    case("ic.accelerator (performance_density 3.2) [datacenter] from US to CN",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"performance_density": 3.2}, flags=["datacenter"]), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.b, 4A090.b",
         note="Pins what the mutant US/US-3A090.b@2023-11-17/conjunct_dropped/when.1.0.0.1.0 "
              "would change: `tpp >= 1600` left out of the rule's condition."),
    case("ic.accelerator from US to VN (classified 3A090.b (US))",
         tx("2025-01-16", "US", "VN", product("AI accelerators and GPUs", "ic.accelerator"),
            classification={"US": "3A090.b"}), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.b, 4A090.b",
         note="Pins what the mutant "
              "US/US-3A090.b@2023-11-17/conjunct_dropped/carveout:NAC-no-notice.0 would change: "
              "`flag('datacenter')` left out of carve-out NAC-no-notice."),
    case("ic.accelerator [datacenter] from US to VN (classified 3A090.b (US); for Alibaba)",
         tx("2025-01-16", "US", "VN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Alibaba", flags=["datacenter"], classification={"US": "3A090.b"}), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.b, 4A090.b",
         note="Pins what the mutant "
              "US/US-3A090.b@2023-11-17/conjunct_dropped/carveout:NAC-no-notice.2 would change: "
              "`~end_user.headquarters('MO', groups=('D:5',))` left out of carve-out "
              "NAC-no-notice."),
    case("ic.accelerator from US to VN (classified 3A090.b (US))",
         tx("2023-11-16", "US", "VN", product("AI accelerators and GPUs", "ic.accelerator"),
            classification={"US": "3A090.b"}), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.b, 4A090.b",
         note="Pins what the mutant US/US-3A090.b@2023-11-17/date_moved/effective:earlier would "
              "change: effective date 2023-11-17 moved one day earlier, to 2023-11-16."),
    case("ic.accelerator from US to CN (classified 3A090.b (US))",
         tx("2023-11-17", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            classification={"US": "3A090.b"}), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.b, 4A090.b",
         note="Pins what the mutant US/US-3A090.b@2023-11-17/date_moved/effective:later would "
              "change: effective date 2023-11-17 moved one day later, to 2023-11-18."),
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17) after the merge of issue 20's
    # law: each row pins a mistake no other example would notice; the outcome is the law's.
    case("ic.accelerator (memory_bandwidth_density 2) from US to MX (classified 3A090.b (US); to "
         "consignee consignee headquartered in MO)",
         tx("2025-01-16", "US", "MX", product("AI accelerators and GPUs", "ic.accelerator"),
            consignee={"name": "consignee headquartered in MO", "headquarters": "MO"},
            params={"memory_bandwidth_density": 2}, classification={"US": "3A090.b"}), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 742.6(a)(6)(iii); ECCN "
                "3A090.b, 4A090.b",
         note="Pins what the mutant US/US-3A090.b@2023-11-17/conjunct_dropped/when.2 changes: "
              "`destination(groups=('D:1', 'D:4', 'D:5'))` left out of the rule's condition."),
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
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17): each row pins a mistake
    # no other example would notice; the outcome is the rule's, as cited.
    case("Boundary: ic.accelerator (tpp 4800) from US to JP (for Alibaba)",
         tx("2025-01-16", "US", "JP", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Alibaba", params={"tpp": 4800}), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(3)",
         note="Pins what the mutant "
              "US/US-744.23(a)(3)@2023-11-17/comparison_flipped/when.1.0.0.0 would change: `tpp "
              ">= 4800` written `tpp > 4800` in the rule's condition."),
    case("Boundary: ic.accelerator (die_area_mm2 270.3, performance_density 5.92, tpp 1600) "
         "[datacenter] from US to JP (for Alibaba)",
         tx("2025-01-16", "US", "JP", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Alibaba",
            params={"die_area_mm2": 270.3, "performance_density": 5.92, "tpp": 1600},
            flags=["datacenter"]), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(3)",
         note="Pins what the mutant "
              "US/US-744.23(a)(3)@2023-11-17/comparison_flipped/when.1.0.0.1.0 would change: "
              "`tpp >= 1600` written `tpp > 1600` in the rule's condition."),
    case("Boundary: ic.accelerator (die_area_mm2 1500, performance_density 1.6, tpp 2400) "
         "[datacenter] from US to JP (for Alibaba)",
         tx("2025-01-16", "US", "JP", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Alibaba",
            params={"die_area_mm2": 1500, "performance_density": 1.6, "tpp": 2400},
            flags=["datacenter"]), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(3)",
         note="Pins what the mutant "
              "US/US-744.23(a)(3)@2023-11-17/comparison_flipped/when.1.0.0.2.0 would change: "
              "`tpp >= 2400` written `tpp > 2400` in the rule's condition."),
    case("Boundary: ic.accelerator (die_area_mm2 500, performance_density 3.2, tpp 1600) "
         "[datacenter] from US to JP (for Alibaba)",
         tx("2025-01-16", "US", "JP", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Alibaba",
            params={"die_area_mm2": 500, "performance_density": 3.2, "tpp": 1600},
            flags=["datacenter"]), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(3)",
         note="Pins what the mutant "
              "US/US-744.23(a)(3)@2023-11-17/comparison_flipped/when.1.0.0.3.0 would change: "
              "`tpp >= 1600` written `tpp > 1600` in the rule's condition."),
    case("Boundary: ic.accelerator (tpp 4799) [datacenter] from US to JP (for Alibaba)",
         tx("2025-01-16", "US", "JP", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Alibaba", params={"tpp": 4799}, flags=["datacenter"]), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(3)",
         note="Pins what the mutant "
              "US/US-744.23(a)(3)@2023-11-17/threshold_moved/when.1.0.0.0:down would change: "
              "`tpp >= 4800` moved one step down to `tpp >= 4799` in the rule's condition."),
    case("Boundary: ic.accelerator (die_area_mm2 270.1, performance_density 5.92, tpp 1599) "
         "[datacenter] from US to JP (for Alibaba)",
         tx("2025-01-16", "US", "JP", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Alibaba",
            params={"die_area_mm2": 270.1, "performance_density": 5.92, "tpp": 1599},
            flags=["datacenter"]), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(3)",
         note="Pins what the mutant "
              "US/US-744.23(a)(3)@2023-11-17/threshold_moved/when.1.0.0.1.0:down would change: "
              "`tpp >= 1600` moved one step down to `tpp >= 1599` in the rule's condition."),
    case("Boundary: ic.accelerator (die_area_mm2 1499.4, performance_density 1.6, tpp 2399) "
         "[datacenter] from US to JP (for Alibaba)",
         tx("2025-01-16", "US", "JP", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Alibaba",
            params={"die_area_mm2": 1499.4, "performance_density": 1.6, "tpp": 2399},
            flags=["datacenter"]), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(3)",
         note="Pins what the mutant "
              "US/US-744.23(a)(3)@2023-11-17/threshold_moved/when.1.0.0.2.0:down would change: "
              "`tpp >= 2400` moved one step down to `tpp >= 2399` in the rule's condition."),
    case("Boundary: ic.accelerator (die_area_mm2 2999.4, performance_density 1.6, tpp 4799) "
         "[datacenter] from US to JP (for Alibaba)",
         tx("2025-01-16", "US", "JP", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Alibaba",
            params={"die_area_mm2": 2999.4, "performance_density": 1.6, "tpp": 4799},
            flags=["datacenter"]), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(3)",
         note="Pins what the mutant "
              "US/US-744.23(a)(3)@2023-11-17/threshold_moved/when.1.0.0.2.1:down would change: "
              "`tpp < 4800` moved one step down to `tpp < 4799` in the rule's condition."),
    case("Boundary: ic.accelerator (die_area_mm2 1509.4, performance_density 1.59, tpp 2400) "
         "[datacenter] from US to JP (for Alibaba)",
         tx("2025-01-16", "US", "JP", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Alibaba",
            params={"die_area_mm2": 1509.4, "performance_density": 1.59, "tpp": 2400},
            flags=["datacenter"]), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(3)",
         note="Pins what the mutant "
              "US/US-744.23(a)(3)@2023-11-17/threshold_moved/when.1.0.0.2.2:down would change: "
              "`performance_density >= 1.6` moved one step down to `performance_density >= 1.59` "
              "in the rule's condition."),
    case("Boundary: ic.accelerator (die_area_mm2 499.7, performance_density 3.2, tpp 1599) "
         "[datacenter] from US to JP (for Alibaba)",
         tx("2025-01-16", "US", "JP", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Alibaba",
            params={"die_area_mm2": 499.7, "performance_density": 3.2, "tpp": 1599},
            flags=["datacenter"]), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(3)",
         note="Pins what the mutant "
              "US/US-744.23(a)(3)@2023-11-17/threshold_moved/when.1.0.0.3.0:down would change: "
              "`tpp >= 1600` moved one step down to `tpp >= 1599` in the rule's condition."),
    case("Boundary: ic.accelerator (die_area_mm2 501.6, performance_density 3.19, tpp 1600) "
         "[datacenter] from US to JP (for Alibaba)",
         tx("2025-01-16", "US", "JP", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Alibaba",
            params={"die_area_mm2": 501.6, "performance_density": 3.19, "tpp": 1600},
            flags=["datacenter"]), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(3)",
         note="Pins what the mutant "
              "US/US-744.23(a)(3)@2023-11-17/threshold_moved/when.1.0.0.3.1:down would change: "
              "`performance_density >= 3.2` moved one step down to `performance_density >= 3.19` "
              "in the rule's condition."),
    case("Boundary: ic.accelerator (die_area_mm2 270.7, performance_density 5.91, tpp 1600) "
         "[datacenter] from US to JP (for Alibaba)",
         tx("2025-01-16", "US", "JP", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Alibaba",
            params={"die_area_mm2": 270.7, "performance_density": 5.91, "tpp": 1600},
            flags=["datacenter"]), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(3)",
         note="Pins what the mutant "
              "US/US-744.23(a)(3)@2023-11-17/threshold_moved/when.1.0.0.3.2:down would change: "
              "`performance_density < 5.92` moved one step down to `performance_density < 5.91` "
              "in the rule's condition."),
    case("Boundary: ic.accelerator (die_area_mm2 2999.4, performance_density 1.6, tpp 4799) from "
         "US to JP (for Alibaba)",
         tx("2025-01-16", "US", "JP", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Alibaba",
            params={"die_area_mm2": 2999.4, "performance_density": 1.6, "tpp": 4799}), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(3)",
         note="Pins what the mutant "
              "US/US-744.23(a)(3)@2023-11-17/threshold_moved/when.1.0.1.0.1.0:down would change: "
              "`tpp >= 4800` moved one step down to `tpp >= 4799` in the rule's condition."),
    case("sme.lithography.duv.immersion (tpp 4800) from US to JP (for Alibaba)",
         tx("2025-01-16", "US", "JP",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion"),
            end_user="Alibaba", params={"tpp": 4800}), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(3)",
         note="Pins what the mutant US/US-744.23(a)(3)@2023-11-17/conjunct_dropped/when.0 would "
              "change: `kind('computer', 'ic')` left out of the rule's condition."),
    case("ic.accelerator from US to JP (for Alibaba)",
         tx("2025-01-16", "US", "JP", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Alibaba"), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(3)",
         note="Pins what the mutant US/US-744.23(a)(3)@2023-11-17/conjunct_dropped/when.1 would "
              "change: `(((tpp >= 4800 | (tpp >= 1600 & performance_density >= 5.92) | (tpp >= "
              "2400 & tpp < 480...` left out of the rule's condition."),
    case("ic.accelerator [datacenter] from US to JP (for Alibaba)",
         tx("2025-01-16", "US", "JP", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Alibaba", flags=["datacenter"]), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(3)",
         note="Pins what the mutant US/US-744.23(a)(3)@2023-11-17/conjunct_dropped/when.1.0.0 "
              "would change: `(tpp >= 4800 | (tpp >= 1600 & performance_density >= 5.92) | (tpp "
              ">= 2400 & tpp < 4800 ...` left out of the rule's condition."),
    case("ic.accelerator (die_area_mm2 1500, performance_density 1.6, tpp 2400) from US to JP "
         "(for Alibaba)",
         tx("2025-01-16", "US", "JP", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Alibaba",
            params={"die_area_mm2": 1500, "performance_density": 1.6, "tpp": 2400}), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(3)",
         note="Pins what the mutant US/US-744.23(a)(3)@2023-11-17/conjunct_dropped/when.1.0.1 "
              "would change: `~(~flag('datacenter') & ~tpp >= 4800)` left out of the rule's "
              "condition."),
    case("ic.accelerator (performance_density 5.92) [datacenter] from US to JP (for Alibaba)",
         tx("2025-01-16", "US", "JP", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Alibaba", params={"performance_density": 5.92}, flags=["datacenter"]), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(3)",
         note="Pins what the mutant "
              "US/US-744.23(a)(3)@2023-11-17/conjunct_dropped/when.1.0.0.1.0 would change: `tpp "
              ">= 1600` left out of the rule's condition."),
    case("ic.accelerator (tpp 1600) [datacenter] from US to JP (for Alibaba)",
         tx("2025-01-16", "US", "JP", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Alibaba", params={"tpp": 1600}, flags=["datacenter"]), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(3)",
         note="Pins what the mutant "
              "US/US-744.23(a)(3)@2023-11-17/conjunct_dropped/when.1.0.0.1.1 would change: "
              "`performance_density >= 5.92` left out of the rule's condition."),
    case("ic.accelerator (performance_density 1.6, tpp 0) [datacenter] from US to JP (for Alibaba)",
         tx("2025-01-16", "US", "JP", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Alibaba", params={"performance_density": 1.6, "tpp": 0},
            flags=["datacenter"]), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(3)",
         note="Pins what the mutant "
              "US/US-744.23(a)(3)@2023-11-17/conjunct_dropped/when.1.0.0.2.0 would change: `tpp "
              ">= 2400` left out of the rule's condition."),
    case("ic.accelerator (performance_density 0, tpp 2400) [datacenter] from US to JP (for "
         "Alibaba)",
         tx("2025-01-16", "US", "JP", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Alibaba", params={"performance_density": 0, "tpp": 2400},
            flags=["datacenter"]), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(3)",
         note="Pins what the mutant "
              "US/US-744.23(a)(3)@2023-11-17/conjunct_dropped/when.1.0.0.2.2 would change: "
              "`performance_density >= 1.6` left out of the rule's condition."),
    case("ic.accelerator (performance_density 3.2) [datacenter] from US to JP (for Alibaba)",
         tx("2025-01-16", "US", "JP", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Alibaba", params={"performance_density": 3.2}, flags=["datacenter"]), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(3)",
         note="Pins what the mutant "
              "US/US-744.23(a)(3)@2023-11-17/conjunct_dropped/when.1.0.0.3.0 would change: `tpp "
              ">= 1600` left out of the rule's condition."),
    case("ic.accelerator (performance_density 0, tpp 1600) [datacenter] from US to JP (for "
         "Alibaba)",
         tx("2025-01-16", "US", "JP", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Alibaba", params={"performance_density": 0, "tpp": 1600},
            flags=["datacenter"]), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(3)",
         note="Pins what the mutant "
              "US/US-744.23(a)(3)@2023-11-17/conjunct_dropped/when.1.0.0.3.1 would change: "
              "`performance_density >= 3.2` left out of the rule's condition."),
    case("ic.accelerator (tpp 4800) from US to JP (for Alibaba)",
         tx("2023-11-16", "US", "JP", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Alibaba", params={"tpp": 4800}), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(3)",
         note="Pins what the mutant US/US-744.23(a)(3)@2023-11-17/date_moved/effective:earlier "
              "would change: effective date 2023-11-17 moved one day earlier, to 2023-11-16."),
    case("ic.accelerator (tpp 4800) from US to JP (for Alibaba)",
         tx("2023-11-17", "US", "JP", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Alibaba", params={"tpp": 4800}), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(3)",
         note="Pins what the mutant US/US-744.23(a)(3)@2023-11-17/date_moved/effective:later "
              "would change: effective date 2023-11-17 moved one day later, to 2023-11-18."),
)
#: License Exception HBM's consignee in the cases: a packaging site in China of a company
#: headquartered in Korea (Country Group A:5), as 15 CFR 740.25 asks.
HBM_PACKAGER = firm("HBM packaging site of a Korean memory maker", "CN", headquarters="KR")

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
         tx("2025-02-01", "US", "CN", BOUNDARY_HBM.at(memory_bandwidth_density=2.01),
            consignee=HBM_PACKAGER), NLR, fires=True, source="15 CFR 740.25 (89 FR 96790)"),
    case("HBM at 2.01 GB/s per mm² from the US to China, February 2025, for an end user"
         " headquartered in China: License Exception HBM does not apply",
         tx("2025-02-01", "US", "CN", BOUNDARY_HBM.at(memory_bandwidth_density=2.01),
            consignee=HBM_PACKAGER, end_user=firm("Chinese AI accelerator maker", "CN")), LR,
         source="15 CFR 740.25 (89 FR 96790); 15 CFR 744.23(a)(3) headquarters test"),
    case("HBM at 2.01 GB/s per mm² from the US to China to a consignee headquartered in China:"
         " License Exception HBM does not apply",
         tx("2025-02-01", "US", "CN", BOUNDARY_HBM.at(memory_bandwidth_density=2.01),
            consignee=firm("Chinese packaging house", "CN")), LR,
         source="15 CFR 740.25 (89 FR 96790)"),
    case("HBM at 2.01 GB/s per mm² to a Korean-headquartered site majority owned by SMIC:"
         " the ultimate parent is headquartered in China",
         tx("2025-02-01", "US", "CN", BOUNDARY_HBM.at(memory_bandwidth_density=2.01),
            consignee=firm("packaging joint venture", "CN", headquarters="KR",
                           owners={"SMIC": 60})), LR,
         source="15 CFR 740.25 (89 FR 96790)"),
    case("HBM at 2.01 GB/s per mm² from the US to China with no consignee named: License"
         " Exception HBM is not shown to apply",
         tx("2025-02-01", "US", "CN", BOUNDARY_HBM.at(memory_bandwidth_density=2.01)), LR,
         source="15 CFR 740.25 (89 FR 96790)"),
    case("HBM at 2.01 GB/s per mm² exported from the US by a company headquartered in China",
         tx("2025-02-01", "US", "CN", BOUNDARY_HBM.at(memory_bandwidth_density=2.01),
            consignee=HBM_PACKAGER,
            exporter_party={"name": "US subsidiary of a Chinese distributor",
                            "headquarters": "CN"}), LR,
         source="15 CFR 740.25 (89 FR 96790)"),
    case("Micron HBM3E-class stack at 2.01 GB/s per mm² exported by Micron to its Korean"
         " customer's packaging site in China",
         tx("2025-02-01", "US", "CN", BOUNDARY_HBM.at(memory_bandwidth_density=2.01),
            producer="Micron", consignee=HBM_PACKAGER,
            exporter_party={"name": "Micron Technology", "headquarters": "US"}), NLR,
         fires=True, source="15 CFR 740.25 (89 FR 96790)"),
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
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17): each row pins a mistake
    # no other example would notice; the outcome is the rule's, as cited.
    case("Boundary: ic.memory.hbm (memory_bandwidth_density 3.29) from US to CN",
         tx("2025-01-16", "US", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 3.29}, consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/US-3A090.c@2024-12-31/threshold_moved/carveout:HBM.0:down "
              "would change: `memory_bandwidth_density < 3.3` moved one step down to "
              "`memory_bandwidth_density < 3.29` in carve-out HBM."),
    case("Boundary: ic.memory.hbm (memory_bandwidth_density 2.005) from JP to BY (made in CN; "
         "with US technology)",
         tx("2025-01-16", "JP", "BY", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.005}, origin="CN", made_with=["US"]), LR,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant "
              "US/nexus:fdp-734.9(h)@2024-12-31/threshold_moved/when.3.1.1.0.0.0:up would "
              "change: `memory_bandwidth_density <= 2` moved one step up to "
              "`memory_bandwidth_density <= 2.01` in the nexus's condition."),
    case("ic.memory.hbm from US to JP",
         tx("2025-01-16", "US", "JP", product("high-bandwidth memory stacks", "ic.memory.hbm")),
         NLR,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/US-3A090.c@2024-12-31/conjunct_dropped/when.2 would "
              "change: `(destination('MO', groups=('D:5',)) | end_user.headquarters('MO', "
              "groups=('D:5',)))` left out of the rule's condition."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from TW to CN (made in US)",
         tx("2025-01-16", "TW", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US"), LR,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/US-3A090.c@2024-12-31/conjunct_dropped/carveout:HBM.1 "
              "would change: `exporter('US', groups=('A:5',))` left out of carve-out HBM."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from AR to CN (made in US): Argentina is "
         "in A:5",
         tx("2025-01-16", "AR", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/AR would change: AR (Argentina) "
              "left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from AT to CN (made in US): Austria is in "
         "A:5",
         tx("2025-01-16", "AT", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/AT would change: AT (Austria) "
              "left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from AU to CN (made in US): Australia is "
         "in A:5",
         tx("2025-01-16", "AU", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/AU would change: AU (Australia) "
              "left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from BE to CN (made in US): Belgium is in "
         "A:5",
         tx("2025-01-16", "BE", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/BE would change: BE (Belgium) "
              "left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from BG to CN (made in US): Bulgaria is "
         "in A:5",
         tx("2025-01-16", "BG", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/BG would change: BG (Bulgaria) "
              "left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from CA to CN (made in US): Canada is in "
         "A:5",
         tx("2025-01-16", "CA", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/CA would change: CA (Canada) "
              "left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from CH to CN (made in US): Switzerland "
         "is in A:5",
         tx("2025-01-16", "CH", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/CH would change: CH "
              "(Switzerland) left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from CZ to CN (made in US): Czech "
         "Republic is in A:5",
         tx("2025-01-16", "CZ", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/CZ would change: CZ (Czech "
              "Republic) left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from DE to CN (made in US): Germany is in "
         "A:5",
         tx("2025-01-16", "DE", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/DE would change: DE (Germany) "
              "left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from DK to CN (made in US): Denmark is in "
         "A:5",
         tx("2025-01-16", "DK", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/DK would change: DK (Denmark) "
              "left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from EE to CN (made in US): Estonia is in "
         "A:5",
         tx("2025-01-16", "EE", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/EE would change: EE (Estonia) "
              "left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from ES to CN (made in US): Spain is in "
         "A:5",
         tx("2025-01-16", "ES", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/ES would change: ES (Spain) "
              "left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from FI to CN (made in US): Finland is in "
         "A:5",
         tx("2025-01-16", "FI", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/FI would change: FI (Finland) "
              "left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from FR to CN (made in US): France is in "
         "A:5",
         tx("2025-01-16", "FR", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/FR would change: FR (France) "
              "left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from GB to CN (made in US): United "
         "Kingdom is in A:5",
         tx("2025-01-16", "GB", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/GB would change: GB (United "
              "Kingdom) left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from GR to CN (made in US): Greece is in "
         "A:5",
         tx("2025-01-16", "GR", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/GR would change: GR (Greece) "
              "left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from HR to CN (made in US): Croatia is in "
         "A:5",
         tx("2025-01-16", "HR", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/HR would change: HR (Croatia) "
              "left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from HU to CN (made in US): Hungary is in "
         "A:5",
         tx("2025-01-16", "HU", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/HU would change: HU (Hungary) "
              "left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from IE to CN (made in US): Ireland is in "
         "A:5",
         tx("2025-01-16", "IE", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/IE would change: IE (Ireland) "
              "left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from IN to CN (made in US): India is in "
         "A:5",
         tx("2025-01-16", "IN", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/IN would change: IN (India) "
              "left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from IS to CN (made in US): Iceland is in "
         "A:5",
         tx("2025-01-16", "IS", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/IS would change: IS (Iceland) "
              "left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from IT to CN (made in US): Italy is in "
         "A:5",
         tx("2025-01-16", "IT", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/IT would change: IT (Italy) "
              "left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from JP to CN (made in US): Japan is in "
         "A:5",
         tx("2025-01-16", "JP", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/JP would change: JP (Japan) "
              "left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from KR to CN (made in US): South Korea "
         "is in A:5",
         tx("2025-01-16", "KR", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/KR would change: KR (South "
              "Korea) left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from LT to CN (made in US): Lithuania is "
         "in A:5",
         tx("2025-01-16", "LT", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/LT would change: LT (Lithuania) "
              "left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from LU to CN (made in US): Luxembourg is "
         "in A:5",
         tx("2025-01-16", "LU", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/LU would change: LU "
              "(Luxembourg) left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from LV to CN (made in US): Latvia is in "
         "A:5",
         tx("2025-01-16", "LV", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/LV would change: LV (Latvia) "
              "left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from NL to CN (made in US): Netherlands "
         "is in A:5",
         tx("2025-01-16", "NL", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/NL would change: NL "
              "(Netherlands) left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from NO to CN (made in US): Norway is in "
         "A:5",
         tx("2025-01-16", "NO", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/NO would change: NO (Norway) "
              "left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from NZ to CN (made in US): New Zealand "
         "is in A:5",
         tx("2025-01-16", "NZ", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/NZ would change: NZ (New "
              "Zealand) left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from PL to CN (made in US): Poland is in "
         "A:5",
         tx("2025-01-16", "PL", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/PL would change: PL (Poland) "
              "left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from PT to CN (made in US): Portugal is "
         "in A:5",
         tx("2025-01-16", "PT", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/PT would change: PT (Portugal) "
              "left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from RO to CN (made in US): Romania is in "
         "A:5",
         tx("2025-01-16", "RO", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/RO would change: RO (Romania) "
              "left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from SE to CN (made in US): Sweden is in "
         "A:5",
         tx("2025-01-16", "SE", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/SE would change: SE (Sweden) "
              "left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from SI to CN (made in US): Slovenia is "
         "in A:5",
         tx("2025-01-16", "SI", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/SI would change: SI (Slovenia) "
              "left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from SK to CN (made in US): Slovakia is "
         "in A:5",
         tx("2025-01-16", "SK", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/SK would change: SK (Slovakia) "
              "left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from TR to CN (made in US): Turkey is in "
         "A:5",
         tx("2025-01-16", "TR", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US",
            consignee=HBM_PACKAGER), NLR, fires=True,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_dropped/TR would change: TR (Turkey) "
              "left out of A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from AD to CN (made in US): Andorra is "
         "not in A:5",
         tx("2025-01-16", "AD", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US"), LR,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_added/AD would change: AD (Andorra) "
              "added to A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from AL to CN (made in US): Albania is "
         "not in A:5",
         tx("2025-01-16", "AL", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US"), LR,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_added/AL would change: AL (Albania) "
              "added to A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from BY to CN (made in US): Belarus is "
         "not in A:5",
         tx("2025-01-16", "BY", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US"), LR,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_added/BY would change: BY (Belarus) "
              "added to A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from CY to CN (made in US): Cyprus is not "
         "in A:5",
         tx("2025-01-16", "CY", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US"), LR,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_added/CY would change: CY (Cyprus) "
              "added to A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from IL to CN (made in US): Israel is not "
         "in A:5",
         tx("2025-01-16", "IL", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US"), LR,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_added/IL would change: IL (Israel) "
              "added to A:5."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from RU to CN (made in US): Russia is not "
         "in A:5",
         tx("2025-01-16", "RU", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, origin="US"), LR,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/group:A:5/country_added/RU would change: RU (Russia) "
              "added to A:5."),
    case("ic.memory.hbm from US to CN",
         tx("2024-12-30", "US", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm")),
         NLR,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/US-3A090.c@2024-12-31/date_moved/effective:earlier would "
              "change: effective date 2024-12-31 moved one day earlier, to 2024-12-30."),
    case("ic.memory.hbm from US to CN",
         tx("2024-12-31", "US", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm")), LR,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/US-3A090.c@2024-12-31/date_moved/effective:later would "
              "change: effective date 2024-12-31 moved one day later, to 2025-01-01."),
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17) after the merge of issue 20's
    # law: each row pins a mistake no other example would notice; the outcome is the law's.
    case("ic.memory.hbm (memory_bandwidth_density 3.3) from US to CN (to consignee consignee "
         "headquartered in US; exported by exporter headquartered in US)",
         tx("2025-01-16", "US", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            consignee={"name": "consignee headquartered in US", "headquarters": "US"},
            exporter_party={"name": "exporter headquartered in US", "headquarters": "US"},
            params={"memory_bandwidth_density": 3.3}), LR,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/US-3A090.c@2024-12-31/comparison_flipped/carveout:HBM.0 "
              "changes: `memory_bandwidth_density < 3.3` written `memory_bandwidth_density <= "
              "3.3` in carve-out HBM."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) from TW to CN (made in US; to consignee "
         "consignee headquartered in US; exported by exporter headquartered in US)",
         tx("2025-01-16", "TW", "CN", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            consignee={"name": "consignee headquartered in US", "headquarters": "US"},
            exporter_party={"name": "exporter headquartered in US", "headquarters": "US"},
            params={"memory_bandwidth_density": 2.01}, origin="US"), LR,
         source="89 FR 96790 (2 Dec 2024), FR Doc 2024-28270, ECCN 3A090.c; 15 CFR "
                "742.6(a)(6)(iii)",
         note="Pins what the mutant US/US-3A090.c@2024-12-31/conjunct_dropped/carveout:HBM.1 "
              "changes: `exporter('US', groups=('A:5',))` left out of carve-out HBM."),
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
    case("A800-class chip of another producer to China on 1 Nov 2023: the notice to Nvidia"
         " does not reach it",
         tx("2023-11-01", "US", "CN", A800.by(AMD), name="A800-class accelerator"), NLR,
         source="Nvidia 8-K of 24 Oct 2023: the notice was addressed to Nvidia"),
    case("Nvidia L40S exported from Taiwan to China on 1 Nov 2023 (Nvidia's product, made"
         " abroad)",
         tx("2023-11-01", "TW", "CN", L40S, **MADE_IN_TW), LR,
         source="Nvidia 8-K of 24 Oct 2023"),
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
         tx("2025-05-01", "US", "CN",
            DC_CHIP.at(tpp=2000, memory_bandwidth_gbps=4000).by(NVIDIA)), LR),
    case("AMD MI308-class accelerator to China after 9 Apr 2025",
         tx("2025-06-01", "US", "CN", MI308), LR,
         source="Reuters: Commerce said the same applies to the AMD MI308"),
    case("The H20's figures from another producer, to China after 9 Apr 2025: the letters to"
         " Nvidia and AMD do not reach it",
         tx("2025-05-01", "US", "CN", H20.by("another chip designer"),
            name="H20-class accelerator"), NLR,
         source="Nvidia 8-K of 15 Apr 2025: the letter was addressed to Nvidia"),
    case("An H20-class accelerator whose producer is not given is not reached by the letters",
         tx("2025-05-01", "US", "CN", H20.by(None), name="H20-class accelerator"), NLR),
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
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17): each row pins a mistake
    # no other example would notice; the outcome is the rule's, as cited.
    case("Boundary: ic.memory.hbm (memory_bandwidth_density 2) from JP to BY (made in CN; with US "
         "technology)",
         tx("2025-01-16", "JP", "BY", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2}, origin="CN", made_with=["US"]), NA,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant "
              "US/nexus:fdp-734.9(h)@2024-12-31/comparison_flipped/when.3.1.1.0.0.0 would "
              "change: `memory_bandwidth_density <= 2` written `memory_bandwidth_density < 2` in "
              "the nexus's condition."),
    case("Boundary: ic.accelerator from JP to BY (made in CN; 25% US content)",
         tx("2025-01-16", "JP", "BY", product("AI accelerators and GPUs", "ic.accelerator"),
            origin="CN", content={"US": 25}), NA,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant US/nexus:us-de-minimis@1996-03-25/comparison_flipped/when.0 "
              "would change: `content('US', '>', 25)` written `content('US', '>=', 25)` in the "
              "nexus's condition."),
    case("Boundary: ic.accelerator (tpp 4799) [datacenter] from JP to BY (made in CN; with US "
         "technology)",
         tx("2025-01-16", "JP", "BY", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"tpp": 4799}, flags=["datacenter"], origin="CN", made_with=["US"]), NA,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant "
              "US/nexus:fdp-734.9(h)@2024-12-31/threshold_moved/when.3.0.1.0.0.0:down would "
              "change: `tpp >= 4800` moved one step down to `tpp >= 4799` in the nexus's "
              "condition."),
    case("Boundary: ic.accelerator (die_area_mm2 270.1, performance_density 5.92, tpp 1599) "
         "[datacenter] from JP to BY (made in CN; with US technology)",
         tx("2025-01-16", "JP", "BY", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"die_area_mm2": 270.1, "performance_density": 5.92, "tpp": 1599},
            flags=["datacenter"], origin="CN", made_with=["US"]), NA,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant "
              "US/nexus:fdp-734.9(h)@2024-12-31/threshold_moved/when.3.0.1.0.0.1.0:down would "
              "change: `tpp >= 1600` moved one step down to `tpp >= 1599` in the nexus's "
              "condition."),
    case("Boundary: ic.accelerator (die_area_mm2 1499.4, performance_density 1.6, tpp 2399) "
         "[datacenter] from JP to BY (made in CN; with US technology)",
         tx("2025-01-16", "JP", "BY", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"die_area_mm2": 1499.4, "performance_density": 1.6, "tpp": 2399},
            flags=["datacenter"], origin="CN", made_with=["US"]), NA,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant "
              "US/nexus:fdp-734.9(h)@2024-12-31/threshold_moved/when.3.0.1.0.0.2.0:down would "
              "change: `tpp >= 2400` moved one step down to `tpp >= 2399` in the nexus's "
              "condition."),
    case("Boundary: ic.accelerator (die_area_mm2 1509.4, performance_density 1.59, tpp 2400) "
         "[datacenter] from JP to BY (made in CN; with US technology)",
         tx("2025-01-16", "JP", "BY", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"die_area_mm2": 1509.4, "performance_density": 1.59, "tpp": 2400},
            flags=["datacenter"], origin="CN", made_with=["US"]), NA,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant "
              "US/nexus:fdp-734.9(h)@2024-12-31/threshold_moved/when.3.0.1.0.0.2.2:down would "
              "change: `performance_density >= 1.6` moved one step down to `performance_density "
              ">= 1.59` in the nexus's condition."),
    case("Boundary: ic.accelerator (die_area_mm2 499.7, performance_density 3.2, tpp 1599) "
         "[datacenter] from JP to BY (made in CN; with US technology)",
         tx("2025-01-16", "JP", "BY", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"die_area_mm2": 499.7, "performance_density": 3.2, "tpp": 1599},
            flags=["datacenter"], origin="CN", made_with=["US"]), NA,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant "
              "US/nexus:fdp-734.9(h)@2024-12-31/threshold_moved/when.3.0.1.0.0.3.0:down would "
              "change: `tpp >= 1600` moved one step down to `tpp >= 1599` in the nexus's "
              "condition."),
    case("Boundary: ic.accelerator (die_area_mm2 501.6, performance_density 3.19, tpp 1600) "
         "[datacenter] from JP to BY (made in CN; with US technology)",
         tx("2025-01-16", "JP", "BY", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"die_area_mm2": 501.6, "performance_density": 3.19, "tpp": 1600},
            flags=["datacenter"], origin="CN", made_with=["US"]), NA,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant "
              "US/nexus:fdp-734.9(h)@2024-12-31/threshold_moved/when.3.0.1.0.0.3.1:down would "
              "change: `performance_density >= 3.2` moved one step down to `performance_density "
              ">= 3.19` in the nexus's condition."),
    case("Boundary: ic.accelerator (die_area_mm2 2999.4, performance_density 1.6, tpp 4799) from "
         "JP to BY (made in CN; with US technology)",
         tx("2025-01-16", "JP", "BY", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"die_area_mm2": 2999.4, "performance_density": 1.6, "tpp": 4799}, origin="CN",
            made_with=["US"]), NA,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant "
              "US/nexus:fdp-734.9(h)@2024-12-31/threshold_moved/when.3.0.1.0.1.0.1.0:down would "
              "change: `tpp >= 4800` moved one step down to `tpp >= 4799` in the nexus's "
              "condition."),
    case("Boundary: ic.memory.hbm (memory_bandwidth_density 1.995) from JP to BY (made in CN; "
         "with US technology)",
         tx("2025-01-16", "JP", "BY", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 1.995}, origin="CN", made_with=["US"]), NA,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant "
              "US/nexus:fdp-734.9(h)@2024-12-31/threshold_moved/when.3.1.1.0.0.0:down would "
              "change: `memory_bandwidth_density <= 2` moved one step down to "
              "`memory_bandwidth_density <= 1.99` in the nexus's condition."),
    case("Boundary: ic.accelerator from JP to BY (made in CN; 25.5% US content)",
         tx("2025-01-16", "JP", "BY", product("AI accelerators and GPUs", "ic.accelerator"),
            origin="CN", content={"US": 25.5}), LR,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant US/nexus:us-de-minimis@1996-03-25/threshold_moved/when.0:up "
              "would change: `content('US', '>', 25)` moved one step up to `content('US', '>', "
              "26)` in the nexus's condition."),
    case("Boundary: ic.accelerator from JP to BY (made in CN; 24.5% US content)",
         tx("2025-01-16", "JP", "BY", product("AI accelerators and GPUs", "ic.accelerator"),
            origin="CN", content={"US": 24.5}), NA,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant "
              "US/nexus:us-de-minimis@1996-03-25/threshold_moved/when.0:down would change: "
              "`content('US', '>', 25)` moved one step down to `content('US', '>', 24)` in the "
              "nexus's condition."),
    case("material.antimony from US to BY",
         tx("2025-01-16", "US", "BY",
            product("antimony and antimony compounds", "material.antimony")), NLR,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant US/US-746.8-Russia@2022-03-02/conjunct_dropped/when.0 would "
              "change: `kind('computer', 'ic', 'sme', 'software', 'technology')` left out of the "
              "rule's condition."),
    case("ic.accelerator from JP to BY (made in CN; with US technology)",
         tx("2025-01-16", "JP", "BY", product("AI accelerators and GPUs", "ic.accelerator"),
            origin="CN", made_with=["US"]), NA,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant US/nexus:fdp-734.9(h)@2024-12-31/conjunct_dropped/when.3 "
              "would change: `((kind('computer', 'ic') & (((tpp >= 4800 | (tpp >= 1600 & "
              "performance_density >= 5.92)...` left out of the nexus's condition."),
    case("sme.lithography.duv.immersion (tpp 4800) from JP to BY (made in CN; with US technology)",
         tx("2025-01-16", "JP", "BY",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion"),
            params={"tpp": 4800}, origin="CN", made_with=["US"]), NA,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant US/nexus:fdp-734.9(h)@2024-12-31/conjunct_dropped/when.3.0.0 "
              "would change: `kind('computer', 'ic')` left out of the nexus's condition."),
    case("ic.accelerator [datacenter] from JP to BY (made in CN; with US technology)",
         tx("2025-01-16", "JP", "BY", product("AI accelerators and GPUs", "ic.accelerator"),
            flags=["datacenter"], origin="CN", made_with=["US"]), NA,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant "
              "US/nexus:fdp-734.9(h)@2024-12-31/conjunct_dropped/when.3.0.1.0.0 would change: "
              "`(tpp >= 4800 | (tpp >= 1600 & performance_density >= 5.92) | (tpp >= 2400 & tpp "
              "< 4800 ...` left out of the nexus's condition."),
    case("ic.accelerator (die_area_mm2 1500, performance_density 1.6, tpp 2400) from JP to BY "
         "(made in CN; with US technology)",
         tx("2025-01-16", "JP", "BY", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"die_area_mm2": 1500, "performance_density": 1.6, "tpp": 2400}, origin="CN",
            made_with=["US"]), NA,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant "
              "US/nexus:fdp-734.9(h)@2024-12-31/conjunct_dropped/when.3.0.1.0.1 would change: "
              "`~(~flag('datacenter') & ~tpp >= 4800)` left out of the nexus's condition."),
    case("ic.accelerator (performance_density 5.92) [datacenter] from JP to BY (made in CN; with "
         "US technology)",
         tx("2025-01-16", "JP", "BY", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"performance_density": 5.92}, flags=["datacenter"], origin="CN",
            made_with=["US"]), NA,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant "
              "US/nexus:fdp-734.9(h)@2024-12-31/conjunct_dropped/when.3.0.1.0.0.1.0 would "
              "change: `tpp >= 1600` left out of the nexus's condition."),
    case("ic.accelerator (tpp 1600) [datacenter] from JP to BY (made in CN; with US technology)",
         tx("2025-01-16", "JP", "BY", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"tpp": 1600}, flags=["datacenter"], origin="CN", made_with=["US"]), NA,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant "
              "US/nexus:fdp-734.9(h)@2024-12-31/conjunct_dropped/when.3.0.1.0.0.1.1 would "
              "change: `performance_density >= 5.92` left out of the nexus's condition."),
    case("ic.accelerator (performance_density 1.6, tpp 0) [datacenter] from JP to BY (made in CN; "
         "with US technology)",
         tx("2025-01-16", "JP", "BY", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"performance_density": 1.6, "tpp": 0}, flags=["datacenter"], origin="CN",
            made_with=["US"]), NA,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant "
              "US/nexus:fdp-734.9(h)@2024-12-31/conjunct_dropped/when.3.0.1.0.0.2.0 would "
              "change: `tpp >= 2400` left out of the nexus's condition."),
    case("ic.accelerator (performance_density 0, tpp 2400) [datacenter] from JP to BY (made in "
         "CN; with US technology)",
         tx("2025-01-16", "JP", "BY", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"performance_density": 0, "tpp": 2400}, flags=["datacenter"], origin="CN",
            made_with=["US"]), NA,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant "
              "US/nexus:fdp-734.9(h)@2024-12-31/conjunct_dropped/when.3.0.1.0.0.2.2 would "
              "change: `performance_density >= 1.6` left out of the nexus's condition."),
    case("ic.accelerator (performance_density 3.2) [datacenter] from JP to BY (made in CN; with "
         "US technology)",
         tx("2025-01-16", "JP", "BY", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"performance_density": 3.2}, flags=["datacenter"], origin="CN",
            made_with=["US"]), NA,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant "
              "US/nexus:fdp-734.9(h)@2024-12-31/conjunct_dropped/when.3.0.1.0.0.3.0 would "
              "change: `tpp >= 1600` left out of the nexus's condition."),
    case("ic.accelerator (performance_density 0, tpp 1600) [datacenter] from JP to BY (made in "
         "CN; with US technology)",
         tx("2025-01-16", "JP", "BY", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"performance_density": 0, "tpp": 1600}, flags=["datacenter"], origin="CN",
            made_with=["US"]), NA,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant "
              "US/nexus:fdp-734.9(h)@2024-12-31/conjunct_dropped/when.3.0.1.0.0.3.1 would "
              "change: `performance_density >= 3.2` left out of the nexus's condition."),
    case("ic.accelerator (memory_bandwidth_density 2.01) from JP to BY (made in CN; with US "
         "technology)",
         tx("2025-01-16", "JP", "BY", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"memory_bandwidth_density": 2.01}, origin="CN", made_with=["US"]), NA,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant US/nexus:fdp-734.9(h)@2024-12-31/conjunct_dropped/when.3.1.0 "
              "would change: `kind('ic.memory.hbm')` left out of the nexus's condition."),
    case("ic.memory.hbm (memory_bandwidth_density 0) from JP to BY (made in CN; with US "
         "technology)",
         tx("2025-01-16", "JP", "BY", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 0}, origin="CN", made_with=["US"]), NA,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant US/nexus:fdp-734.9(h)@2024-12-31/conjunct_dropped/when.3.1.1 "
              "would change: `((~memory_bandwidth_density <= 2 & ~flag('copackaged_logic')) | "
              "classified('US', '3A090...` left out of the nexus's condition."),
    case("ic.memory.hbm (memory_bandwidth_density 2.01) [copackaged_logic] from JP to BY (made in "
         "CN; with US technology)",
         tx("2025-01-16", "JP", "BY", product("high-bandwidth memory stacks", "ic.memory.hbm"),
            params={"memory_bandwidth_density": 2.01}, flags=["copackaged_logic"], origin="CN",
            made_with=["US"]), NA,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant "
              "US/nexus:fdp-734.9(h)@2024-12-31/conjunct_dropped/when.3.1.1.0.1 would change: "
              "`~flag('copackaged_logic')` left out of the nexus's condition."),
    case("sme.lithography.duv.immersion from CN to BY",
         tx("2025-01-16", "CN", "BY",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion")), NA,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant US/nexus:fdp-734.9(k)@2024-12-31/conjunct_dropped/when.0 "
              "would change: `made_with('US')` left out of the nexus's condition."),
    case("ic.accelerator from CN to BY (with US technology)",
         tx("2025-01-16", "CN", "BY", product("AI accelerators and GPUs", "ic.accelerator"),
            made_with=["US"]), NA,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant US/nexus:fdp-734.9(k)@2024-12-31/conjunct_dropped/when.3 "
              "would change: `kind('sme.cleaning', 'sme.deposition', 'sme.etch', "
              "'sme.inspection', 'sme.lithography',...` left out of the nexus's condition."),
    case("sme.lithography.duv.immersion from JP to BY (made in CN; with US technology)",
         tx("2025-01-16", "JP", "BY",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion"), origin="CN",
            made_with=["US"]), NA,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant US/nexus:fdp-734.9(k)@2024-12-31/conjunct_dropped/when.5 "
              "would change: `~exporter('JP', 'NL')` left out of the nexus's condition."),
    case("sme.lithography.duv.immersion by remote access from CN to BY (with US technology)",
         tx("2025-01-16", "CN", "BY",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion"),
            channel="remote_access", made_with=["US"]), NLR,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant US/nexus:fdp-734.9(k)@2024-12-31/conjunct_dropped/when.6 "
              "would change: `~channel('remote_access')` left out of the nexus's condition."),
    case("ic.accelerator by remote access from JP to BY (made in CN; 26% US content)",
         tx("2025-01-16", "JP", "BY", product("AI accelerators and GPUs", "ic.accelerator"),
            channel="remote_access", origin="CN", content={"US": 26}), NA,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant US/nexus:us-de-minimis@1996-03-25/conjunct_dropped/when.3 "
              "would change: `~channel('remote_access')` left out of the nexus's condition."),
    case("ic.accelerator by remote access from JP to BY (made in US)",
         tx("2025-01-16", "JP", "BY", product("AI accelerators and GPUs", "ic.accelerator"),
            channel="remote_access", origin="US"), NLR,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant US/nexus:us-origin@1996-03-25/conjunct_dropped/when.2 would "
              "change: `~channel('remote_access')` left out of the nexus's condition."),
    case("ic.accelerator from US to BY",
         tx("2022-03-02", "US", "BY", product("AI accelerators and GPUs", "ic.accelerator")), LR,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant US/US-746.8-Russia@2022-03-02/date_moved/effective:later "
              "would change: effective date 2022-03-02 moved one day later, to 2022-03-03 (and "
              "US-746.8-Russia@2022-02-24's end with it)."),
    case("sme.lithography.duv.immersion from CN to BY (with US technology)",
         tx("2025-01-16", "CN", "BY",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion"),
            made_with=["US"]), LR,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant US/nexus:fdp-734.9(k)@2024-12-31/nexus_dropped/dropped would "
              "change: nexus fdp-734.9(k) (foreign direct product of US technology: "
              "semiconductor manufacturing equipment for Macau or D:5) left out."),
    case("ic.accelerator from JP to BY (made in CN; 26% US content)",
         tx("2025-01-16", "JP", "BY", product("AI accelerators and GPUs", "ic.accelerator"),
            origin="CN", content={"US": 26}), LR,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant US/nexus:us-de-minimis@1996-03-25/nexus_dropped/dropped "
              "would change: nexus us-de-minimis (foreign-made item with more than de minimis "
              "US-controlled content) left out."),
    case("ic.accelerator from JP to BY (made in US)",
         tx("2025-01-16", "JP", "BY", product("AI accelerators and GPUs", "ic.accelerator"),
            origin="US"), LR,
         source="87 FR 12226; 87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc "
                "2022-04819, 15 CFR 746.8(a)(1) (Commerce Control List items, Categories 3 to 9, "
                "to Russia and Belarus)",
         note="Pins what the mutant US/nexus:us-origin@1996-03-25/nexus_dropped/dropped would "
              "change: nexus us-origin (re-export or transfer of a US-origin item) left out."),
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
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17): each row pins a mistake
    # no other example would notice; the outcome is the rule's, as cited.
    case("ic.accelerator from US to AF (end use supercomputer)",
         tx("2023-11-16", "US", "AF", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer"), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant "
              "US/US-744.23-supercomputer@2023-11-17/date_moved/effective:earlier would change: "
              "effective date 2023-11-17 moved one day earlier, to 2023-11-16 (and "
              "US-744.23-supercomputer@2022-10-07's end with it)."),
)
US_SUPERCOMPUTER_2023 = (
    case("US server for a supercomputer in Venezuela (D:5) after 17 Nov 2023",
         tx("2024-06-01", "US", "VE", SERVER, end_use=SUPERCOMPUTER), LR,
         source="88 FR 73458, §744.23(a)(1): Macau or a destination in D:5"),
    case("US server for a supercomputer in China, 2024",
         tx("2024-06-01", "US", "CN", SERVER, end_use=SUPERCOMPUTER), LR),
    case("US server for a supercomputer in Vietnam (D:1, not D:5)",
         tx("2024-06-01", "US", "VN", SERVER, end_use=SUPERCOMPUTER), NLR),
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17): each row pins a mistake
    # no other example would notice; the outcome is the rule's, as cited.
    case("sme.lithography.duv.immersion from US to CN (end use supercomputer)",
         tx("2025-01-16", "US", "CN",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion"),
            end_use="supercomputer"), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant "
              "US/US-744.23-supercomputer@2023-11-17/conjunct_dropped/when.0 would change: "
              "`kind('computer', 'ic')` left out of the rule's condition."),
    case("ic.accelerator (tpp 4800) from JP to CY (made in CN; with US technology; end use "
         "supercomputer)",
         tx("2025-01-16", "JP", "CY", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer", params={"tpp": 4800}, origin="CN", made_with=["US"]), NA,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/nexus:fdp-734.9(h)@2024-12-31/conjunct_dropped/when.3.0.2 "
              "would change: `((destination(groups=('D:1', 'D:4', 'D:5')) & "
              "~destination(groups=('A:5', 'A:6'))) | en...` left out of the nexus's condition."),
    case("ic.accelerator from JP to BY (made in CN; with US technology; end use supercomputer)",
         tx("2025-01-16", "JP", "BY", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer", origin="CN", made_with=["US"]), NA,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/nexus:fdp-734.9(i)@2022-10-21/conjunct_dropped/when.4 "
              "would change: `destination(groups=('China+Macau',))` left out of the nexus's "
              "condition."),
    case("ic.accelerator by remote access from JP to CN (made in CN; with US technology; end use "
         "supercomputer)",
         tx("2025-01-16", "JP", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer", channel="remote_access", origin="CN", made_with=["US"]), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/nexus:fdp-734.9(i)@2022-10-21/conjunct_dropped/when.5 "
              "would change: `~channel('remote_access')` left out of the nexus's condition."),
    case("ic.accelerator from US to AF (end use supercomputer): Afghanistan is in D:5",
         tx("2025-01-16", "US", "AF", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer"), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:D:5/country_dropped/AF would change: AF "
              "(Afghanistan) left out of D:5."),
    case("ic.accelerator from US to CD (end use supercomputer): Democratic Republic of the Congo "
         "is in D:5",
         tx("2025-01-16", "US", "CD", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer"), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:D:5/country_dropped/CD would change: CD (Democratic "
              "Republic of the Congo) left out of D:5."),
    case("ic.accelerator from US to CF (end use supercomputer): Central African Republic is in D:5",
         tx("2025-01-16", "US", "CF", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer"), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:D:5/country_dropped/CF would change: CF (Central "
              "African Republic) left out of D:5."),
    case("ic.accelerator from US to CU (end use supercomputer): Cuba is in D:5",
         tx("2025-01-16", "US", "CU", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer"), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:D:5/country_dropped/CU would change: CU (Cuba) left "
              "out of D:5."),
    case("ic.accelerator from US to CY (end use supercomputer): Cyprus is in D:5",
         tx("2025-01-16", "US", "CY", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer"), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:D:5/country_dropped/CY would change: CY (Cyprus) "
              "left out of D:5."),
    case("ic.accelerator from US to ER (end use supercomputer): Eritrea is in D:5",
         tx("2025-01-16", "US", "ER", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer"), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:D:5/country_dropped/ER would change: ER (Eritrea) "
              "left out of D:5."),
    case("ic.accelerator from US to HK (end use supercomputer): Hong Kong is in D:5",
         tx("2025-01-16", "US", "HK", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer"), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:D:5/country_dropped/HK@2020-12-23 would change: HK "
              "(Hong Kong) left out of D:5."),
    case("ic.accelerator from US to HT (end use supercomputer): Haiti is in D:5",
         tx("2025-01-16", "US", "HT", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer"), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:D:5/country_dropped/HT would change: HT (Haiti) "
              "left out of D:5."),
    case("ic.accelerator from US to IQ (end use supercomputer): Iraq is in D:5",
         tx("2025-01-16", "US", "IQ", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer"), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:D:5/country_dropped/IQ would change: IQ (Iraq) left "
              "out of D:5."),
    case("ic.accelerator from US to IR (end use supercomputer): Iran is in D:5",
         tx("2025-01-16", "US", "IR", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer"), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:D:5/country_dropped/IR would change: IR (Iran) left "
              "out of D:5."),
    case("ic.accelerator from US to KH (end use supercomputer): Cambodia is in D:5",
         tx("2025-01-16", "US", "KH", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer"), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:D:5/country_dropped/KH would change: KH (Cambodia) "
              "left out of D:5."),
    case("ic.accelerator from US to KP (end use supercomputer): North Korea is in D:5",
         tx("2025-01-16", "US", "KP", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer"), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:D:5/country_dropped/KP would change: KP (North "
              "Korea) left out of D:5."),
    case("ic.accelerator from US to LB (end use supercomputer): Lebanon is in D:5",
         tx("2025-01-16", "US", "LB", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer"), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:D:5/country_dropped/LB would change: LB (Lebanon) "
              "left out of D:5."),
    case("ic.accelerator from US to LY (end use supercomputer): Libya is in D:5",
         tx("2025-01-16", "US", "LY", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer"), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:D:5/country_dropped/LY would change: LY (Libya) "
              "left out of D:5."),
    case("ic.accelerator from US to MM (end use supercomputer): Myanmar is in D:5",
         tx("2025-01-16", "US", "MM", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer"), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:D:5/country_dropped/MM would change: MM (Myanmar) "
              "left out of D:5."),
    case("ic.accelerator from US to NI (end use supercomputer): Nicaragua is in D:5",
         tx("2025-01-16", "US", "NI", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer"), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:D:5/country_dropped/NI@2024-03-15 would change: NI "
              "(Nicaragua) left out of D:5."),
    case("ic.accelerator from US to SD (end use supercomputer): Sudan is in D:5",
         tx("2025-01-16", "US", "SD", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer"), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:D:5/country_dropped/SD would change: SD (Sudan) "
              "left out of D:5."),
    case("ic.accelerator from US to SO (end use supercomputer): Somalia is in D:5",
         tx("2025-01-16", "US", "SO", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer"), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:D:5/country_dropped/SO would change: SO (Somalia) "
              "left out of D:5."),
    case("ic.accelerator from US to SS (end use supercomputer): South Sudan is in D:5",
         tx("2025-01-16", "US", "SS", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer"), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:D:5/country_dropped/SS would change: SS (South "
              "Sudan) left out of D:5."),
    case("ic.accelerator from US to SY (end use supercomputer): Syria is in D:5",
         tx("2025-01-16", "US", "SY", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer"), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:D:5/country_dropped/SY would change: SY (Syria) "
              "left out of D:5."),
    case("ic.accelerator from US to ZW (end use supercomputer): Zimbabwe is in D:5",
         tx("2025-01-16", "US", "ZW", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer"), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:D:5/country_dropped/ZW would change: ZW (Zimbabwe) "
              "left out of D:5."),
    case("ic.accelerator from JP to AF (made in CN; with US technology; end use supercomputer): "
         "Afghanistan is not in China+Macau",
         tx("2025-01-16", "JP", "AF", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer", origin="CN", made_with=["US"]), NA,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:China+Macau/country_added/AF would change: AF "
              "(Afghanistan) added to China+Macau."),
    case("ic.accelerator from JP to CY (made in CN; with US technology; end use supercomputer): "
         "Cyprus is not in China+Macau",
         tx("2025-01-16", "JP", "CY", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer", origin="CN", made_with=["US"]), NA,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:China+Macau/country_added/CY would change: CY "
              "(Cyprus) added to China+Macau."),
    case("ic.accelerator from JP to IQ (made in CN; with US technology; end use supercomputer): "
         "Iraq is not in China+Macau",
         tx("2025-01-16", "JP", "IQ", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer", origin="CN", made_with=["US"]), NA,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:China+Macau/country_added/IQ would change: IQ "
              "(Iraq) added to China+Macau."),
    case("ic.accelerator from JP to IR (made in CN; with US technology; end use supercomputer): "
         "Iran is not in China+Macau",
         tx("2025-01-16", "JP", "IR", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer", origin="CN", made_with=["US"]), NA,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:China+Macau/country_added/IR would change: IR "
              "(Iran) added to China+Macau."),
    case("ic.accelerator from JP to NI (made in CN; with US technology; end use supercomputer): "
         "Nicaragua is not in China+Macau",
         tx("2025-01-16", "JP", "NI", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer", origin="CN", made_with=["US"]), NA,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:China+Macau/country_added/NI would change: NI "
              "(Nicaragua) added to China+Macau."),
    case("ic.accelerator from JP to RU (made in CN; with US technology; end use supercomputer): "
         "Russia is not in China+Macau",
         tx("2025-01-16", "JP", "RU", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer", origin="CN", made_with=["US"]), NA,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:China+Macau/country_added/RU would change: RU "
              "(Russia) added to China+Macau."),
    case("ic.accelerator from US to JP (end use supercomputer): Japan is not in D:5",
         tx("2025-01-16", "US", "JP", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer"), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:D:5/country_added/JP would change: JP (Japan) added "
              "to D:5."),
    case("ic.accelerator from US to NL (end use supercomputer): Netherlands is not in D:5",
         tx("2025-01-16", "US", "NL", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer"), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:D:5/country_added/NL would change: NL (Netherlands) "
              "added to D:5."),
    case("ic.accelerator from US to KR (end use supercomputer): South Korea is not in D:5",
         tx("2025-01-16", "US", "KR", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer"), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:D:5/country_added/KR would change: KR (South Korea) "
              "added to D:5."),
    case("ic.accelerator from US to AD (end use supercomputer): Andorra is not in D:5",
         tx("2025-01-16", "US", "AD", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer"), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:D:5/country_added/AD would change: AD (Andorra) "
              "added to D:5."),
    case("ic.accelerator from US to AE (end use supercomputer): United Arab Emirates is not in D:5",
         tx("2025-01-16", "US", "AE", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer"), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:D:5/country_added/AE would change: AE (United Arab "
              "Emirates) added to D:5."),
    case("ic.accelerator from US to AL (end use supercomputer): Albania is not in D:5",
         tx("2025-01-16", "US", "AL", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer"), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:D:5/country_added/AL would change: AL (Albania) "
              "added to D:5."),
    case("ic.accelerator from US to AM (end use supercomputer): Armenia is not in D:5",
         tx("2025-01-16", "US", "AM", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer"), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:D:5/country_added/AM would change: AM (Armenia) "
              "added to D:5."),
    case("ic.accelerator from US to IL (end use supercomputer): Israel is not in D:5",
         tx("2025-01-16", "US", "IL", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer"), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:D:5/country_added/IL would change: IL (Israel) "
              "added to D:5."),
    case("ic.accelerator from US to YE (end use supercomputer): Yemen is not in D:5",
         tx("2025-01-16", "US", "YE", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer"), NLR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant US/group:D:5/country_added/YE would change: YE (Yemen) added "
              "to D:5."),
    case("ic.accelerator from US to AF (end use supercomputer)",
         tx("2023-11-17", "US", "AF", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="supercomputer"), LR,
         source="88 FR 73458 (17 Nov 2023), FR Doc 2023-23055, 15 CFR 744.23(a)(1)",
         note="Pins what the mutant "
              "US/US-744.23-supercomputer@2023-11-17/date_moved/effective:later would change: "
              "effective date 2023-11-17 moved one day later, to 2023-11-18 (and "
              "US-744.23-supercomputer@2022-10-07's end with it)."),
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
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17): each row pins a mistake
    # no other example would notice; the outcome is the rule's, as cited.
    case("ic.accelerator from US to AF (end use advanced_node_fab)",
         tx("2023-11-16", "US", "AF", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="advanced_node_fab"), NLR,
         source="88 FR 73424 (17 Nov 2023), FR Doc 2023-23049, 15 CFR 744.23(a)(2)(i)",
         note="Pins what the mutant US/US-744.23-fab@2023-11-17/date_moved/effective:earlier "
              "would change: effective date 2023-11-17 moved one day earlier, to 2023-11-16 (and "
              "US-744.23-fab@2022-10-07's end with it)."),
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
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17): each row pins a mistake
    # no other example would notice; the outcome is the rule's, as cited.
    case("Boundary: sme.lithography.duv.immersion (overlay_nm 0, wavelength_nm 192.9) from JP to "
         "CN (made in CN; 1% US content; end use advanced_node_fab)",
         tx("2025-01-16", "JP", "CN",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion"),
            end_use="advanced_node_fab", params={"overlay_nm": 0, "wavelength_nm": 192.9},
            origin="CN", content={"US": 1}), NA,
         source="88 FR 73424 (17 Nov 2023), FR Doc 2023-23049, 15 CFR 744.23(a)(2)(i)",
         note="Pins what the mutant "
              "US/nexus:de-minimis-0-lithography@2023-11-17/threshold_moved/when.4:down would "
              "change: `wavelength_nm >= 193` moved one step down to `wavelength_nm >= 192.9` in "
              "the nexus's condition."),
    case("Boundary: sme.lithography.duv.immersion (overlay_nm 2.41, wavelength_nm 193) from JP to "
         "CN (made in CN; 1% US content; end use advanced_node_fab)",
         tx("2025-01-16", "JP", "CN",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion"),
            end_use="advanced_node_fab", params={"overlay_nm": 2.41, "wavelength_nm": 193},
            origin="CN", content={"US": 1}), NA,
         source="88 FR 73424 (17 Nov 2023), FR Doc 2023-23049, 15 CFR 744.23(a)(2)(i)",
         note="Pins what the mutant "
              "US/nexus:de-minimis-0-lithography@2023-11-17/threshold_moved/when.5:up would "
              "change: `overlay_nm <= 2.4` moved one step up to `overlay_nm <= 2.41` in the "
              "nexus's condition."),
    case("service from US to CN (end use advanced_node_fab)",
         tx("2025-01-16", "US", "CN", product("services", "service"), end_use="advanced_node_fab"),
         NLR,
         source="88 FR 73424 (17 Nov 2023), FR Doc 2023-23049, 15 CFR 744.23(a)(2)(i)",
         note="Pins what the mutant US/US-744.23-fab@2023-11-17/conjunct_dropped/when.0 would "
              "change: `~kind('service')` left out of the rule's condition."),
    case("ic.accelerator from US to JP (end use advanced_node_fab)",
         tx("2025-01-16", "US", "JP", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="advanced_node_fab"), NLR,
         source="88 FR 73424 (17 Nov 2023), FR Doc 2023-23049, 15 CFR 744.23(a)(2)(i)",
         note="Pins what the mutant US/US-744.23-fab@2023-11-17/conjunct_dropped/when.2 would "
              "change: `destination('MO', groups=('D:5',))` left out of the rule's condition."),
    case("ic.accelerator (overlay_nm 0, wavelength_nm 193) from JP to CN (made in CN; 1% US "
         "content; end use advanced_node_fab)",
         tx("2025-01-16", "JP", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="advanced_node_fab", params={"overlay_nm": 0, "wavelength_nm": 193},
            origin="CN", content={"US": 1}), NA,
         source="88 FR 73424 (17 Nov 2023), FR Doc 2023-23049, 15 CFR 744.23(a)(2)(i)",
         note="Pins what the mutant "
              "US/nexus:de-minimis-0-lithography@2023-11-17/conjunct_dropped/when.3 would "
              "change: `kind('sme.lithography.duv.immersion')` left out of the nexus's condition."),
    case("ic.accelerator from JP to CN (made in CN; with US technology; end use advanced_node_fab)",
         tx("2025-01-16", "JP", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="advanced_node_fab", origin="CN", made_with=["US"]), NA,
         source="88 FR 73424 (17 Nov 2023), FR Doc 2023-23049, 15 CFR 744.23(a)(2)(i)",
         note="Pins what the mutant US/nexus:fdp-734.9(i)@2022-10-21/conjunct_dropped/when.3 "
              "would change: `end_use('supercomputer')` left out of the nexus's condition."),
    case("material.antimony from US to BY (end use advanced_node_fab): Belarus is in D:5",
         tx("2025-01-16", "US", "BY",
            product("antimony and antimony compounds", "material.antimony"),
            end_use="advanced_node_fab"), LR,
         source="88 FR 73424 (17 Nov 2023), FR Doc 2023-23049, 15 CFR 744.23(a)(2)(i)",
         note="Pins what the mutant US/group:D:5/country_dropped/BY would change: BY (Belarus) "
              "left out of D:5."),
    case("material.antimony from US to RU (end use advanced_node_fab): Russia is in D:5",
         tx("2025-01-16", "US", "RU",
            product("antimony and antimony compounds", "material.antimony"),
            end_use="advanced_node_fab"), LR,
         source="88 FR 73424 (17 Nov 2023), FR Doc 2023-23049, 15 CFR 744.23(a)(2)(i)",
         note="Pins what the mutant US/group:D:5/country_dropped/RU would change: RU (Russia) "
              "left out of D:5."),
    case("ic.accelerator from US to AF (end use advanced_node_fab)",
         tx("2023-11-17", "US", "AF", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="advanced_node_fab"), LR,
         source="88 FR 73424 (17 Nov 2023), FR Doc 2023-23049, 15 CFR 744.23(a)(2)(i)",
         note="Pins what the mutant US/US-744.23-fab@2023-11-17/date_moved/effective:later would "
              "change: effective date 2023-11-17 moved one day later, to 2023-11-18 (and "
              "US-744.23-fab@2022-10-07's end with it)."),
)
US_PERSONS = (
    case("US engineers supporting production at YMTC, 2023: its 128-layer NAND fab is an"
         " advanced-node fab whether or not the request says so",
         tx("2023-03-01", "NL", "CN", FIELD_SERVICE, end_user="YMTC", persons="US"), LR,
         source="Reuters, 12 Oct 2022: KLA and Lam pulled US staff from YMTC under §744.6"),
    case("The same support at a Chinese fab outside the table, with no end use stated",
         tx("2023-03-01", "NL", "CN", FIELD_SERVICE, end_user=firm("mature fab", "CN"),
            persons="US"), NLR, fires=False),
    case("US engineer servicing a non-US tool at a Chinese advanced-node fab",
         tx("2022-12-01", "NL", "CN", FIELD_SERVICE, end_use=ADVANCED_FAB, persons="US"), LR,
         source="BIS FAQ of 28 Oct 2022 as reported by Magstone Law"),
    case("The same service on 11 Oct 2022, before §744.6 took effect",
         tx("2022-10-11", "NL", "CN", FIELD_SERVICE, end_use=ADVANCED_FAB, persons="US"), NA,
         fires=False),
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17): each row pins a mistake
    # no other example would notice; the outcome is the rule's, as cited.
    case("ic.accelerator from US to CN (by US persons)",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            persons="US"), NLR,
         source="87 FR 62186 (7 Oct 2022), FR Doc 2022-21658, 15 CFR 744.6(c)(2)",
         note="Pins what the mutant US/US-744.6@2022-10-12/conjunct_dropped/when.1 would change: "
              "`end_use('advanced_node_fab')` left out of the rule's condition."),
    case("ic.accelerator from US to JP (end use advanced_node_fab; by US persons)",
         tx("2025-01-16", "US", "JP", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="advanced_node_fab", persons="US"), NLR,
         source="87 FR 62186 (7 Oct 2022), FR Doc 2022-21658, 15 CFR 744.6(c)(2)",
         note="Pins what the mutant US/US-744.6@2022-10-12/conjunct_dropped/when.2 would change: "
              "`destination(groups=('China+Macau',))` left out of the rule's condition."),
    case("ic.accelerator from US to NL (end use advanced_node_fab; by US persons): Netherlands is "
         "not in China+Macau",
         tx("2025-01-16", "US", "NL", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="advanced_node_fab", persons="US"), NLR,
         source="87 FR 62186 (7 Oct 2022), FR Doc 2022-21658, 15 CFR 744.6(c)(2)",
         note="Pins what the mutant US/group:China+Macau/country_added/NL would change: NL "
              "(Netherlands) added to China+Macau."),
    case("ic.accelerator from US to KR (end use advanced_node_fab; by US persons): South Korea is "
         "not in China+Macau",
         tx("2025-01-16", "US", "KR", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="advanced_node_fab", persons="US"), NLR,
         source="87 FR 62186 (7 Oct 2022), FR Doc 2022-21658, 15 CFR 744.6(c)(2)",
         note="Pins what the mutant US/group:China+Macau/country_added/KR would change: KR "
              "(South Korea) added to China+Macau."),
    case("ic.accelerator from US to AD (end use advanced_node_fab; by US persons): Andorra is not "
         "in China+Macau",
         tx("2025-01-16", "US", "AD", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="advanced_node_fab", persons="US"), NLR,
         source="87 FR 62186 (7 Oct 2022), FR Doc 2022-21658, 15 CFR 744.6(c)(2)",
         note="Pins what the mutant US/group:China+Macau/country_added/AD would change: AD "
              "(Andorra) added to China+Macau."),
    case("ic.accelerator from US to AE (end use advanced_node_fab; by US persons): United Arab "
         "Emirates is not in China+Macau",
         tx("2025-01-16", "US", "AE", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="advanced_node_fab", persons="US"), NLR,
         source="87 FR 62186 (7 Oct 2022), FR Doc 2022-21658, 15 CFR 744.6(c)(2)",
         note="Pins what the mutant US/group:China+Macau/country_added/AE would change: AE "
              "(United Arab Emirates) added to China+Macau."),
    case("ic.accelerator from US to AL (end use advanced_node_fab; by US persons): Albania is not "
         "in China+Macau",
         tx("2025-01-16", "US", "AL", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="advanced_node_fab", persons="US"), NLR,
         source="87 FR 62186 (7 Oct 2022), FR Doc 2022-21658, 15 CFR 744.6(c)(2)",
         note="Pins what the mutant US/group:China+Macau/country_added/AL would change: AL "
              "(Albania) added to China+Macau."),
    case("ic.accelerator from US to AM (end use advanced_node_fab; by US persons): Armenia is not "
         "in China+Macau",
         tx("2025-01-16", "US", "AM", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="advanced_node_fab", persons="US"), NLR,
         source="87 FR 62186 (7 Oct 2022), FR Doc 2022-21658, 15 CFR 744.6(c)(2)",
         note="Pins what the mutant US/group:China+Macau/country_added/AM would change: AM "
              "(Armenia) added to China+Macau."),
    case("ic.accelerator from US to IL (end use advanced_node_fab; by US persons): Israel is not "
         "in China+Macau",
         tx("2025-01-16", "US", "IL", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="advanced_node_fab", persons="US"), NLR,
         source="87 FR 62186 (7 Oct 2022), FR Doc 2022-21658, 15 CFR 744.6(c)(2)",
         note="Pins what the mutant US/group:China+Macau/country_added/IL would change: IL "
              "(Israel) added to China+Macau."),
    case("ic.accelerator from US to YE (end use advanced_node_fab; by US persons): Yemen is not "
         "in China+Macau",
         tx("2025-01-16", "US", "YE", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="advanced_node_fab", persons="US"), NLR,
         source="87 FR 62186 (7 Oct 2022), FR Doc 2022-21658, 15 CFR 744.6(c)(2)",
         note="Pins what the mutant US/group:China+Macau/country_added/YE would change: YE "
              "(Yemen) added to China+Macau."),
    case("ic.accelerator from JP to CN (end use advanced_node_fab; by US persons)",
         tx("2022-10-12", "JP", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_use="advanced_node_fab", persons="US"), LR,
         source="87 FR 62186 (7 Oct 2022), FR Doc 2022-21658, 15 CFR 744.6(c)(2)",
         note="Pins what the mutant US/US-744.6@2022-10-12/date_moved/effective:later would "
              "change: effective date 2022-10-12 moved one day later, to 2022-10-13."),
    # Proposed by `policy mutate --as-of 2025-01-16 --changed` (issue 20): each row pins a
    # mistake no other example would notice; the outcome is the rule's, as cited.
    case("ic.accelerator from JP to CN (made in CN; for SMSC; by US persons)",
         tx("2025-01-16", "JP", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="SMSC", persons="US", origin="CN"), LR,
         source="87 FR 62186 (7 Oct 2022), FR Doc 2022-21658, 15 CFR 744.6(c)(2)",
         note="Pins what the mutant US/list:us_advanced_fabs/party_dropped/SMSC@2019-12-31 "
              "changes: SMSC left off us_advanced_fabs."),
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
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17): each row pins a mistake
    # no other example would notice; the outcome is the rule's, as cited.
    case("Boundary: sme.lithography.duv.immersion (overlay_nm 0, wavelength_nm 193) from JP to CN "
         "(made in CN; end use advanced_node_fab)",
         tx("2025-01-16", "JP", "CN",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion"),
            end_use="advanced_node_fab", params={"overlay_nm": 0, "wavelength_nm": 193},
            origin="CN"), NA,
         source="88 FR 73424 (17 Nov 2023), FR Doc 2023-23049, 15 CFR 734.4 and ECCN 3B001.f.1 "
                "(dedicated chuck overlay)",
         note="Pins what the mutant "
              "US/nexus:de-minimis-0-lithography@2023-11-17/comparison_flipped/when.0.0 would "
              "change: `content('US', '>', 0)` written `content('US', '>=', 0)` in the nexus's "
              "condition."),
    case("Boundary: sme.lithography.duv.immersion (overlay_nm 2.4, wavelength_nm 193) from JP to "
         "CN (made in CN; 1% US content; end use advanced_node_fab)",
         tx("2025-01-16", "JP", "CN",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion"),
            end_use="advanced_node_fab", params={"overlay_nm": 2.4, "wavelength_nm": 193},
            origin="CN", content={"US": 1}), LR,
         source="88 FR 73424 (17 Nov 2023), FR Doc 2023-23049, 15 CFR 734.4 and ECCN 3B001.f.1 "
                "(dedicated chuck overlay)",
         note="Pins what the mutant "
              "US/nexus:de-minimis-0-lithography@2023-11-17/comparison_flipped/when.5 would "
              "change: `overlay_nm <= 2.4` written `overlay_nm < 2.4` in the nexus's condition."),
    case("Boundary: sme.lithography.duv.immersion (overlay_nm 0, wavelength_nm 193) from JP to CN "
         "(made in CN; 0.5% US content; end use advanced_node_fab)",
         tx("2025-01-16", "JP", "CN",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion"),
            end_use="advanced_node_fab", params={"overlay_nm": 0, "wavelength_nm": 193},
            origin="CN", content={"US": 0.5}), LR,
         source="88 FR 73424 (17 Nov 2023), FR Doc 2023-23049, 15 CFR 734.4 and ECCN 3B001.f.1 "
                "(dedicated chuck overlay)",
         note="Pins what the mutant "
              "US/nexus:de-minimis-0-lithography@2023-11-17/threshold_moved/when.0.0:up would "
              "change: `content('US', '>', 0)` moved one step up to `content('US', '>', 1)` in "
              "the nexus's condition."),
    case("Boundary: sme.lithography.duv.immersion (overlay_nm 2.395, wavelength_nm 193) from JP "
         "to CN (made in CN; 1% US content; end use advanced_node_fab)",
         tx("2025-01-16", "JP", "CN",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion"),
            end_use="advanced_node_fab", params={"overlay_nm": 2.395, "wavelength_nm": 193},
            origin="CN", content={"US": 1}), LR,
         source="88 FR 73424 (17 Nov 2023), FR Doc 2023-23049, 15 CFR 734.4 and ECCN 3B001.f.1 "
                "(dedicated chuck overlay)",
         note="Pins what the mutant "
              "US/nexus:de-minimis-0-lithography@2023-11-17/threshold_moved/when.5:down would "
              "change: `overlay_nm <= 2.4` moved one step down to `overlay_nm <= 2.39` in the "
              "nexus's condition."),
    case("sme.lithography.duv.immersion (overlay_nm 0, wavelength_nm 193) by remote access from "
         "JP to CN (made in CN; 1% US content; end use advanced_node_fab)",
         tx("2025-01-16", "JP", "CN",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion"),
            end_use="advanced_node_fab", channel="remote_access",
            params={"overlay_nm": 0, "wavelength_nm": 193}, origin="CN", content={"US": 1}), NA,
         source="88 FR 73424 (17 Nov 2023), FR Doc 2023-23049, 15 CFR 734.4 and ECCN 3B001.f.1 "
                "(dedicated chuck overlay)",
         note="Pins what the mutant "
              "US/nexus:de-minimis-0-lithography@2023-11-17/conjunct_dropped/when.8 would "
              "change: `~channel('remote_access')` left out of the nexus's condition."),
)

# ------------------------------------------- United States: the long-standing Commerce Control List

#: An EUV scanner in the United States (a used tool, or one back from service), exported.
_EUV = NXE_3600D
#: Classifications the exporter states for items whose parameters the vocabulary lacks.
_3B090: Mapping[str, Any] = MappingProxyType({"classification": {"US": "3B090.c"}})
_3B001_D: Mapping[str, Any] = MappingProxyType({"classification": {"US": "3B001.d.12"}})
_3E001: Mapping[str, Any] = MappingProxyType({"classification": {"US": "3E001"}})
_3D001: Mapping[str, Any] = MappingProxyType({"classification": {"US": "3D001"}})
_SME_TECH = product("deposition process technology", "technology")
_SME_SOFTWARE = product("tool control software", "software")

US_3B001_F1_EARLY = (
    case("An EUV scanner from the US to China, 2020",
         tx("2020-06-01", "US", "CN", NXE_3600D, origin="US"), LR,
         source="15 CFR Part 774, Supp. 1, ECCN 3B001.f.1 (NS column 2); 15 CFR Part 738,"
                " Supp. 1 (China: X in NS column 2)"),
    case("The same scanner to Germany (no X in NS column 2), 2020",
         tx("2020-06-01", "US", "DE", NXE_3600D, origin="US"), NLR, fires=False),
    case("The same scanner to China on 31 Dec 2020, the day before the parameters are modelled",
         tx("2020-12-31", "US", "CN", NXE_3600D, origin="US"), LR),
)

US_3B001_F1 = (
    case("EUV scanner from the US to China, 2021 (3B001.f.1, NS column 2)",
         tx("2021-06-01", "US", "CN", _EUV), LR,
         source="15 CFR Part 774, Supp. 1, ECCN 3B001.f.1.a; Part 738, Supp. 1 (China: X in NS2)"),
    case("EUV scanner from the US to China, 2025",
         tx("2025-06-01", "US", "CN", _EUV), LR,
         source="15 CFR Part 774, Supp. 1, ECCN 3B001.f.1.a (issue 20: the Wassenaar floor)"),
    case("EUV scanner from the US to Taiwan, 2024: Taiwan has an X in NS column 2",
         tx("2024-06-01", "US", "TW", _EUV), LR,
         source="15 CFR Part 738, Supp. 1 (Taiwan: X in NS2)"),
    case("EUV scanner from the US to Germany, 2024: no X in NS column 2 (A:1)",
         tx("2024-06-01", "US", "DE", _EUV), NLR, fires=False),
    case("EUV scanner from the US to Japan, 2024: no X in NS column 2 (A:1)",
         tx("2024-06-01", "US", "JP", _EUV), NLR, fires=False),
    case("EUV scanner from the US to South Korea, 2024: no X in NS column 2 (A:1)",
         tx("2024-06-01", "US", "KR", _EUV), NLR, fires=False),
    case("EUV scanner from the US to Canada, 2024: no X in NS column 2",
         tx("2024-06-01", "US", "CA", _EUV), NLR, fires=False),
    case("NXT:2000i from the US to China, June 2022: MRF 50 nm at K = 0.35 is above 45 nm",
         tx("2022-06-01", "US", "CN", NXT_2000I), NLR, fires=False,
         source="ECCN 3B001.f.1.b: 193 x 0.35 / 1.35 = 50.0 nm"),
    case("Boundary: DUV scanner with MRF of 45 nm at K = 0.35, US to China",
         tx("2022-06-01", "US", "CN", DRY_SCANNER.at(wavelength_nm=193, mrf_k035_nm=45)), LR),
    case("Boundary: DUV scanner with MRF of 45.1 nm at K = 0.35, US to China",
         tx("2022-06-01", "US", "CN", DRY_SCANNER.at(wavelength_nm=193, mrf_k035_nm=45.1)),
         NLR, fires=False),
    case("Boundary: scanner of 192.9 nm wavelength (below 193 nm), US to China",
         tx("2022-06-01", "US", "CN", DRY_SCANNER.at(wavelength_nm=192.9, numerical_aperture=0.5)),
         LR),
    case("Boundary: scanner of 193 nm wavelength at NA 0.5 (MRF 135 nm), US to China",
         tx("2022-06-01", "US", "CN", DRY_SCANNER.at(wavelength_nm=193, numerical_aperture=0.5)),
         NLR, fires=False),
    case("EUV scanner with more than 25% US content re-exported from the Netherlands to China",
         tx("2024-06-01", "NL", "CN", _EUV, origin="NL", content={"US": 30}), LR),
    # Proposed by `policy mutate --as-of 2025-01-16 --changed` (issue 20): each row pins a
    # mistake no other example would notice; the outcome is the rule's, as cited.
    case("ic.accelerator (mrf_k035_nm 0) from US to CN",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"mrf_k035_nm": 0}), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/US-3B001.f.1@2021-01-01/conjunct_dropped/when.0.1.0 "
              "changes: `kind('sme.lithography')` left out of the rule's condition."),
    case("sme.lithography.euv from US to AR",
         tx("2025-01-16", "US", "AR",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_dropped/AR changes: AR "
              "(Argentina) left out of CCC:NS2-clear."),
    case("sme.lithography.euv from US to AT",
         tx("2025-01-16", "US", "AT",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_dropped/AT changes: AT "
              "(Austria) left out of CCC:NS2-clear."),
    case("sme.lithography.euv from US to AU",
         tx("2025-01-16", "US", "AU",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_dropped/AU changes: AU "
              "(Australia) left out of CCC:NS2-clear."),
    case("sme.lithography.euv from US to BE",
         tx("2025-01-16", "US", "BE",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_dropped/BE changes: BE "
              "(Belgium) left out of CCC:NS2-clear."),
    case("sme.lithography.euv from US to BG",
         tx("2025-01-16", "US", "BG",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_dropped/BG changes: BG "
              "(Bulgaria) left out of CCC:NS2-clear."),
    case("sme.lithography.euv from US to CH",
         tx("2025-01-16", "US", "CH",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_dropped/CH changes: CH "
              "(Switzerland) left out of CCC:NS2-clear."),
    case("sme.lithography.euv from US to CZ",
         tx("2025-01-16", "US", "CZ",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_dropped/CZ changes: CZ (Czech "
              "Republic) left out of CCC:NS2-clear."),
    case("sme.lithography.euv from US to DK",
         tx("2025-01-16", "US", "DK",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_dropped/DK changes: DK "
              "(Denmark) left out of CCC:NS2-clear."),
    case("sme.lithography.euv from US to EE",
         tx("2025-01-16", "US", "EE",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_dropped/EE changes: EE "
              "(Estonia) left out of CCC:NS2-clear."),
    case("sme.lithography.euv from US to ES",
         tx("2025-01-16", "US", "ES",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_dropped/ES changes: ES "
              "(Spain) left out of CCC:NS2-clear."),
    case("sme.lithography.euv from US to FI",
         tx("2025-01-16", "US", "FI",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_dropped/FI changes: FI "
              "(Finland) left out of CCC:NS2-clear."),
    case("sme.lithography.euv from US to FR",
         tx("2025-01-16", "US", "FR",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_dropped/FR changes: FR "
              "(France) left out of CCC:NS2-clear."),
    case("sme.lithography.euv from US to GR",
         tx("2025-01-16", "US", "GR",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_dropped/GR changes: GR "
              "(Greece) left out of CCC:NS2-clear."),
    case("sme.lithography.euv from US to HR",
         tx("2025-01-16", "US", "HR",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_dropped/HR changes: HR "
              "(Croatia) left out of CCC:NS2-clear."),
    case("sme.lithography.euv from US to HU",
         tx("2025-01-16", "US", "HU",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_dropped/HU changes: HU "
              "(Hungary) left out of CCC:NS2-clear."),
    case("sme.lithography.euv from US to IE",
         tx("2025-01-16", "US", "IE",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_dropped/IE changes: IE "
              "(Ireland) left out of CCC:NS2-clear."),
    case("sme.lithography.euv from US to IT",
         tx("2025-01-16", "US", "IT",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_dropped/IT changes: IT "
              "(Italy) left out of CCC:NS2-clear."),
    case("sme.lithography.euv from US to LT",
         tx("2025-01-16", "US", "LT",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_dropped/LT changes: LT "
              "(Lithuania) left out of CCC:NS2-clear."),
    case("sme.lithography.euv from US to LU",
         tx("2025-01-16", "US", "LU",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_dropped/LU changes: LU "
              "(Luxembourg) left out of CCC:NS2-clear."),
    case("sme.lithography.euv from US to LV",
         tx("2025-01-16", "US", "LV",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_dropped/LV changes: LV "
              "(Latvia) left out of CCC:NS2-clear."),
    case("sme.lithography.euv from US to MT",
         tx("2025-01-16", "US", "MT",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_dropped/MT changes: MT "
              "(Malta) left out of CCC:NS2-clear."),
    case("sme.lithography.euv from US to MX",
         tx("2025-01-16", "US", "MX",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_dropped/MX changes: MX "
              "(Mexico) left out of CCC:NS2-clear."),
    case("sme.lithography.euv from US to NL",
         tx("2025-01-16", "US", "NL",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_dropped/NL changes: NL "
              "(Netherlands) left out of CCC:NS2-clear."),
    case("sme.lithography.euv from US to NO",
         tx("2025-01-16", "US", "NO",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_dropped/NO changes: NO "
              "(Norway) left out of CCC:NS2-clear."),
    case("sme.lithography.euv from US to NZ",
         tx("2025-01-16", "US", "NZ",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_dropped/NZ changes: NZ (New "
              "Zealand) left out of CCC:NS2-clear."),
    case("sme.lithography.euv from US to PL",
         tx("2025-01-16", "US", "PL",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_dropped/PL changes: PL "
              "(Poland) left out of CCC:NS2-clear."),
    case("sme.lithography.euv from US to PT",
         tx("2025-01-16", "US", "PT",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_dropped/PT changes: PT "
              "(Portugal) left out of CCC:NS2-clear."),
    case("sme.lithography.euv from US to RO",
         tx("2025-01-16", "US", "RO",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_dropped/RO changes: RO "
              "(Romania) left out of CCC:NS2-clear."),
    case("sme.lithography.euv from US to SE",
         tx("2025-01-16", "US", "SE",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_dropped/SE changes: SE "
              "(Sweden) left out of CCC:NS2-clear."),
    case("sme.lithography.euv from US to SI",
         tx("2025-01-16", "US", "SI",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_dropped/SI changes: SI "
              "(Slovenia) left out of CCC:NS2-clear."),
    case("sme.lithography.euv from US to SK",
         tx("2025-01-16", "US", "SK",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_dropped/SK changes: SK "
              "(Slovakia) left out of CCC:NS2-clear."),
    case("sme.lithography.euv from US to TR",
         tx("2025-01-16", "US", "TR",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_dropped/TR changes: TR "
              "(Turkey) left out of CCC:NS2-clear."),
    case("sme.lithography.euv from US to AD",
         tx("2025-01-16", "US", "AD",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_added/AD changes: AD "
              "(Andorra) added to CCC:NS2-clear."),
    case("sme.lithography.euv from US to AE",
         tx("2025-01-16", "US", "AE",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_added/AE changes: AE (United "
              "Arab Emirates) added to CCC:NS2-clear."),
    case("sme.lithography.euv from US to AF",
         tx("2025-01-16", "US", "AF",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_added/AF changes: AF "
              "(Afghanistan) added to CCC:NS2-clear."),
    case("sme.lithography.euv from US to AL",
         tx("2025-01-16", "US", "AL",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_added/AL changes: AL "
              "(Albania) added to CCC:NS2-clear."),
    case("sme.lithography.euv from US to AM",
         tx("2025-01-16", "US", "AM",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_added/AM changes: AM "
              "(Armenia) added to CCC:NS2-clear."),
    case("sme.lithography.euv from US to CU",
         tx("2025-01-16", "US", "CU",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_added/CU changes: CU (Cuba) "
              "added to CCC:NS2-clear."),
    case("sme.lithography.euv from US to CY",
         tx("2025-01-16", "US", "CY",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_added/CY changes: CY (Cyprus) "
              "added to CCC:NS2-clear."),
    case("sme.lithography.euv from US to IL",
         tx("2025-01-16", "US", "IL",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_added/IL changes: IL (Israel) "
              "added to CCC:NS2-clear."),
    case("sme.lithography.euv from US to IN",
         tx("2025-01-16", "US", "IN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_added/IN changes: IN (India) "
              "added to CCC:NS2-clear."),
    case("sme.lithography.euv from US to IQ",
         tx("2025-01-16", "US", "IQ",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_added/IQ changes: IQ (Iraq) "
              "added to CCC:NS2-clear."),
    case("sme.lithography.euv from US to IR",
         tx("2025-01-16", "US", "IR",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_added/IR changes: IR (Iran) "
              "added to CCC:NS2-clear."),
    case("sme.lithography.euv from US to KP",
         tx("2025-01-16", "US", "KP",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_added/KP changes: KP (North "
              "Korea) added to CCC:NS2-clear."),
    case("sme.lithography.euv from US to LB",
         tx("2025-01-16", "US", "LB",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_added/LB changes: LB "
              "(Lebanon) added to CCC:NS2-clear."),
    case("sme.lithography.euv from US to MO",
         tx("2025-01-16", "US", "MO",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_added/MO changes: MO (Macau) "
              "added to CCC:NS2-clear."),
    case("sme.lithography.euv from US to NI",
         tx("2025-01-16", "US", "NI",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_added/NI changes: NI "
              "(Nicaragua) added to CCC:NS2-clear."),
    case("sme.lithography.euv from US to SY",
         tx("2025-01-16", "US", "SY",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_added/SY changes: SY (Syria) "
              "added to CCC:NS2-clear."),
    case("sme.lithography.euv from US to YE",
         tx("2025-01-16", "US", "YE",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/group:CCC:NS2-clear/country_added/YE changes: YE (Yemen) "
              "added to CCC:NS2-clear."),
    case("sme.lithography.euv from US to CN",
         tx("2021-01-01", "US", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.1, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/US-3B001.f.1@2021-01-01/date_moved/effective:later "
              "changes: effective date 2021-01-01 moved one day later, to 2021-01-02."),
)

US_3B001_F2 = (
    case("Imprint lithography tool for 14 nm from the US to China (3B001.f.2)",
         tx("2024-10-01", "US", "CN", IMPRINT_TOOL.at(node_nm=14)), LR,
         source="15 CFR Part 774, Supp. 1, ECCN 3B001.f.2; Part 738, Supp. 1 (NS2)"),
    case("Boundary: imprint tool for 45 nm, US to China",
         tx("2024-10-01", "US", "CN", IMPRINT_TOOL.at(node_nm=45)), LR),
    case("Boundary: imprint tool for 46 nm, US to China",
         tx("2024-10-01", "US", "CN", IMPRINT_TOOL.at(node_nm=46)), NLR, fires=False),
    case("Imprint tool for 14 nm from the US to the UK: no X in NS column 2",
         tx("2024-10-01", "US", "GB", IMPRINT_TOOL.at(node_nm=14)), NLR, fires=False),
    # Proposed by `policy mutate --as-of 2025-01-16 --changed` (issue 20): each row pins a
    # mistake no other example would notice; the outcome is the rule's, as cited.
    case("sme.lithography.nanoimprint (node_nm 44) from US to CN",
         tx("2021-01-01", "US", "CN",
            product("nanoimprint lithography", "sme.lithography.nanoimprint"),
            params={"node_nm": 44}), LR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3B001.f.2, "
                "License Requirements: NS column 2 (15 CFR 742.4)",
         note="Pins what the mutant US/US-3B001.f.2@2021-01-01/date_moved/effective:later "
              "changes: effective date 2021-01-01 moved one day later, to 2021-01-02."),
)

US_3B001_F1_B2 = (
    case("NXT:1980i with 26% US content for a mature-node fab in China, 2024: subject to the"
         " EAR by de minimis, licensed to D:5 whatever the node",
         tx("2024-03-01", "NL", "CN", NXT_1980I, end_use=MATURE_FAB, origin="NL",
            content={"US": 26}), LR,
         source="88 FR 73424 (17 Nov 2023), ECCN 3B001.f.1.b.2; 15 CFR 734.4 (25% de minimis)"),
    case("The same scanner with 25% US content: not above de minimis, the US does not reach",
         tx("2024-03-01", "NL", "CN", NXT_1980I, end_use=MATURE_FAB, origin="NL",
            content={"US": 25}), NA, fires=False),
    case("The same scanner on 16 Nov 2023, before the rule",
         tx("2023-11-16", "NL", "CN", NXT_1980I, end_use=MATURE_FAB, origin="NL",
            content={"US": 26}), NLR, fires=False),
    case("The same scanner to Macau, 2024",
         tx("2024-03-01", "NL", "MO", NXT_1980I, origin="NL", content={"US": 26}), LR),
    case("The same scanner to Taiwan, 2024: not Macau or D:5",
         tx("2024-03-01", "NL", "TW", NXT_1980I, origin="NL", content={"US": 26}), NLR,
         fires=False),
    case("Boundary: overlay 2.5 nm with 26% US content to China, 2024",
         tx("2024-03-01", "NL", "CN", OLDER_SCANNER, origin="NL", content={"US": 26}), NLR,
         fires=False),
    case("Boundary: overlay 2.4 nm with 26% US content to China, 2024",
         tx("2024-03-01", "NL", "CN", SCANNER.at(wavelength_nm=193, overlay_nm=2.4), origin="NL",
            content={"US": 26}), LR),
    case("A scanner given only its classification 3B001.f.1.b.2, 26% US content, to China",
         tx("2024-03-01", "NL", "CN", SCANNER, origin="NL", content={"US": 26},
            classification={"US": "3B001.f.1.b.2"}), LR),
    # Proposed by `policy mutate --as-of 2025-01-16 --changed` (issue 20): each row pins a
    # mistake no other example would notice; the outcome is the rule's, as cited.
    case("sme.lithography.duv.immersion (overlay_nm 2.41, wavelength_nm 193) from US to CN",
         tx("2025-01-16", "US", "CN",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion"),
            params={"overlay_nm": 2.41, "wavelength_nm": 193}), NLR,
         source="88 FR 73424 (17 Nov 2023), FR Doc 2023-23049, ECCN 3B001.f.1.b.2; 15 CFR "
                "742.4(a)(4)",
         note="Pins what the mutant US/US-3B001.f.1.b.2@2023-11-17/threshold_moved/when.0.0.2:up "
              "changes: `overlay_nm <= 2.4` moved one step up to `overlay_nm <= 2.41` in the "
              "rule's condition."),
    case("ic.accelerator (overlay_nm 0, wavelength_nm 193) from US to CN",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"overlay_nm": 0, "wavelength_nm": 193}), NLR,
         source="88 FR 73424 (17 Nov 2023), FR Doc 2023-23049, ECCN 3B001.f.1.b.2; 15 CFR "
                "742.4(a)(4)",
         note="Pins what the mutant US/US-3B001.f.1.b.2@2023-11-17/conjunct_dropped/when.0.0.0 "
              "changes: `kind('sme.lithography.duv.immersion')` left out of the rule's condition."),
    case("sme.lithography.duv.immersion (overlay_nm 0) from US to CN",
         tx("2025-01-16", "US", "CN",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion"),
            params={"overlay_nm": 0}), NLR,
         source="88 FR 73424 (17 Nov 2023), FR Doc 2023-23049, ECCN 3B001.f.1.b.2; 15 CFR "
                "742.4(a)(4)",
         note="Pins what the mutant US/US-3B001.f.1.b.2@2023-11-17/conjunct_dropped/when.0.0.1 "
              "changes: `wavelength_nm >= 193` left out of the rule's condition."),
    case("ic.accelerator from US to CN (classified 3B001.f.1.b.2 (US))",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            classification={"US": "3B001.f.1.b.2"}), NLR,
         source="88 FR 73424 (17 Nov 2023), FR Doc 2023-23049, ECCN 3B001.f.1.b.2; 15 CFR "
                "742.4(a)(4)",
         note="Pins what the mutant US/US-3B001.f.1.b.2@2023-11-17/conjunct_dropped/when.0.1.0 "
              "changes: `kind('sme.lithography')` left out of the rule's condition."),
    case("sme.lithography.duv.immersion (overlay_nm 0, wavelength_nm 193) from US to CN",
         tx("2023-11-17", "US", "CN",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion"),
            params={"overlay_nm": 0, "wavelength_nm": 193}), LR,
         source="88 FR 73424 (17 Nov 2023), FR Doc 2023-23049, ECCN 3B001.f.1.b.2; 15 CFR "
                "742.4(a)(4)",
         note="Pins what the mutant US/US-3B001.f.1.b.2@2023-11-17/date_moved/effective:later "
              "changes: effective date 2023-11-17 moved one day later, to 2023-11-18."),
)

US_3B090 = (
    case("Etch tool classified 3B090 from the US to China, 2023",
         tx("2023-03-01", "US", "CN", ETCH_TOOL, **_3B090), LR,
         source="87 FR 62186 (7 Oct 2022), ECCN 3B090 (RS China)"),
    case("The same tool on 6 Oct 2022, before the rule",
         tx("2022-10-06", "US", "CN", ETCH_TOOL, **_3B090), NLR, fires=False),
    case("The same tool to Macau on 16 Jan 2023, before Macau was added",
         tx("2023-01-16", "US", "MO", ETCH_TOOL, **_3B090), NLR, fires=False),
    case("The same tool to Macau on 17 Jan 2023",
         tx("2023-01-17", "US", "MO", ETCH_TOOL, **_3B090), LR,
         source="88 FR 2821 (17 Jan 2023): Macau added to the RS paragraph of 3B090"),
    case("The same tool to South Korea, 2023",
         tx("2023-03-01", "US", "KR", ETCH_TOOL, **_3B090), NLR, fires=False),
    case("An etch tool with no classification to China, 2023",
         tx("2023-03-01", "US", "CN", ETCH_TOOL), NLR, fires=False),
)

US_3B001_SME = (
    case("Deposition tool classified 3B001.d.12 from the US to China, 2024",
         tx("2024-06-01", "US", "CN", DEPOSITION_TOOL, **_3B001_D), LR,
         source="88 FR 73424 (17 Nov 2023), ECCN 3B001.d; 15 CFR 742.4(a)(4)"),
    case("The same tool to Venezuela (D:5), 2024",
         tx("2024-06-01", "US", "VE", DEPOSITION_TOOL, **_3B001_D), LR),
    case("The same tool to Macau, 2024",
         tx("2024-06-01", "US", "MO", DEPOSITION_TOOL, **_3B001_D), LR),
    case("The same tool to South Korea, 2024",
         tx("2024-06-01", "US", "KR", DEPOSITION_TOOL, **_3B001_D), NLR, fires=False),
    case("The same tool to China on 16 Nov 2023",
         tx("2023-11-16", "US", "CN", DEPOSITION_TOOL, **_3B001_D), LR, fires=False,
         note="The 2023 rule applies from 17 Nov 2023; NS column 2 of the entry already"
              " required the licence (US-3B001-ns2)."),
    # Proposed by `policy mutate --as-of 2025-01-16 --changed` (issue 20): each row pins a
    # mistake no other example would notice; the outcome is the rule's, as cited.
    case("ic.accelerator from US to CN (classified 3B001 (US))",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            classification={"US": "3B001"}), NLR,
         source="88 FR 73424 (17 Nov 2023), FR Doc 2023-23049, ECCN 3B001.a.4, c, d, k to p; 15 "
                "CFR 742.4(a)(4)",
         note="Pins what the mutant US/US-3B001-sme-2023@2023-11-17/conjunct_dropped/when.0 "
              "changes: `kind('sme')` left out of the rule's condition."),
    case("sme.deposition.epitaxy from US to CN (classified 3B001 (US))",
         tx("2023-11-17", "US", "CN",
            product("epitaxial growth equipment", "sme.deposition.epitaxy"),
            classification={"US": "3B001"}), LR,
         source="88 FR 73424 (17 Nov 2023), FR Doc 2023-23049, ECCN 3B001.a.4, c, d, k to p; 15 "
                "CFR 742.4(a)(4)",
         note="Pins what the mutant US/US-3B001-sme-2023@2023-11-17/date_moved/effective:later "
              "changes: effective date 2023-11-17 moved one day later, to 2023-11-18."),
)

#: An etch tool the exporter classified in 3B001.c (anisotropic plasma dry etching).
_3B001_C: Mapping[str, Any] = MappingProxyType({"classification": {"US": "3B001.c"}})
_ETCH_TOOL = product("etch equipment", "sme.etch")
_EPITAXY_TOOL = product("epitaxial growth equipment", "sme.deposition.epitaxy")

US_3B001_NS2 = (
    case("Etch tool classified 3B001.c from the US to China, 2021",
         tx("2021-06-01", "US", "CN", _ETCH_TOOL, **_3B001_C), LR,
         source="15 CFR Part 774, Supp. 1, ECCN 3B001 (NS applies to entire entry, NS column"
                " 2); 15 CFR Part 738, Supp. 1 (China: X in NS column 2)"),
    case("The same tool to Vietnam (X in NS column 2), 2024",
         tx("2024-06-01", "US", "VN", _ETCH_TOOL, **_3B001_C), LR),
    case("The same tool to Germany (no X in NS column 2), 2024",
         tx("2024-06-01", "US", "DE", _ETCH_TOOL, **_3B001_C), NLR, fires=False),
    case("An etch tool with no classification to Vietnam, 2024",
         tx("2024-06-01", "US", "VN", _ETCH_TOOL), NLR, fires=False,
         note="Not caught without the exporter's classification (the entry's parameters"
              " are not in the vocabulary); the decision names the classification as an"
              " open fact."),
    case("The same tool to China on 31 Dec 2020, before the model starts the entry",
         tx("2020-12-31", "US", "CN", _ETCH_TOOL, **_3B001_C), NLR, fires=False,
         note="Not modelled before 1 Jan 2021 (the verdict says so)."),
    case("Epitaxy tool classified 3B001 from the US to China on 1 Jan 2021, the first day"
         " modelled",
         tx("2021-01-01", "US", "CN", _EPITAXY_TOOL,
            classification={"US": "3B001"}), LR,
         source="15 CFR Part 774, Supp. 1, ECCN 3B001 (NS applies to entire entry, NS column"
                " 2); 15 CFR Part 738, Supp. 1 (China: X in NS column 2)"),
)

_3B993: dict[str, Any] = {"classification": {"US": "3B993"}}

US_3B993 = (
    case("Deposition tool classified 3B993 from the US to China, February 2025",
         tx("2025-02-01", "US", "CN", DEPOSITION_TOOL, **_3B993), LR,
         source="89 FR 96790 (2 Dec 2024), ECCN 3B993, License Requirements (RS: Macau and"
                " Country Group D:5)"),
    case("The same tool to Macau, 2025",
         tx("2025-02-01", "US", "MO", DEPOSITION_TOOL, **_3B993), LR),
    case("The same tool to Vietnam (D:1, not D:5), 2025",
         tx("2025-02-01", "US", "VN", DEPOSITION_TOOL, **_3B993), NLR, fires=False),
    case("The same tool to China on 1 Dec 2024, before the entry existed",
         tx("2024-12-01", "US", "CN", DEPOSITION_TOOL, **_3B993), NLR, fires=False),
    case("Epitaxy tool classified 3B993 from the US to China on 2 Dec 2024, the day the rule"
         " took effect",
         tx("2024-12-02", "US", "CN", _EPITAXY_TOOL,
            **_3B993), LR),
)

US_3D001_3E001 = (
    case("3E001 technology for 3B001 equipment from the US to China, 2022",
         tx("2022-06-01", "US", "CN", _SME_TECH, channel="technology", **_3E001), LR,
         source="15 CFR Part 774, Supp. 1, ECCN 3E001 (NS column 1); Part 738, Supp. 1"),
    case("3D001 software for 3B001 equipment from the US to Vietnam (D:1), 2024",
         tx("2024-06-01", "US", "VN", _SME_SOFTWARE, channel="technology", **_3D001), LR),
    case("The same technology to Germany: License Exception TSR (Country Group B)",
         tx("2024-06-01", "US", "DE", _SME_TECH, channel="technology", **_3E001), NLR,
         fires=True, source="15 CFR 740.6 (TSR)"),
    case("The same technology to Canada: no X in NS column 1",
         tx("2024-06-01", "US", "CA", _SME_TECH, channel="technology", **_3E001), NLR,
         fires=False),
    case("Technology with no classification to China",
         tx("2024-06-01", "US", "CN", _SME_TECH, channel="technology"), NLR, fires=False),
    # Proposed by `policy mutate --as-of 2025-01-16 --changed` (issue 20): each row pins a
    # mistake no other example would notice; the outcome is the rule's, as cited.
    case("ic.accelerator from US to CN (classified 3D001 (US))",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            classification={"US": "3D001"}), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3D001 and 3E001, "
                "License Requirements: NS column 1; 15 CFR Part 738, Supplement No. 1 (Commerce "
                "Country Chart)",
         note="Pins what the mutant US/US-3D001-3E001@2021-01-01/conjunct_dropped/when.0.0.0 "
              "changes: `kind('software')` left out of the rule's condition."),
    case("software from US to CN",
         tx("2025-01-16", "US", "CN", product("software", "software")), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3D001 and 3E001, "
                "License Requirements: NS column 1; 15 CFR Part 738, Supplement No. 1 (Commerce "
                "Country Chart)",
         note="Pins what the mutant US/US-3D001-3E001@2021-01-01/conjunct_dropped/when.0.0.1 "
              "changes: `classified('US', '3D001')` left out of the rule's condition."),
    case("ic.accelerator from US to CN (classified 3E001 (US))",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            classification={"US": "3E001"}), NLR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3D001 and 3E001, "
                "License Requirements: NS column 1; 15 CFR Part 738, Supplement No. 1 (Commerce "
                "Country Chart)",
         note="Pins what the mutant US/US-3D001-3E001@2021-01-01/conjunct_dropped/when.0.1.0 "
              "changes: `kind('technology')` left out of the rule's condition."),
    case("software from US to CU (classified 3D001 (US))",
         tx("2025-01-16", "US", "CU", product("software", "software"),
            classification={"US": "3D001"}), LR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3D001 and 3E001, "
                "License Requirements: NS column 1; 15 CFR Part 738, Supplement No. 1 (Commerce "
                "Country Chart)",
         note="Pins what the mutant US/US-3D001-3E001@2021-01-01/conjunct_dropped/carveout:TSR.1 "
              "changes: `~destination('CU', 'IR', 'KP', 'SY')` left out of carve-out TSR."),
    case("software from US to AM (classified 3D001 (US))",
         tx("2025-01-16", "US", "AM", product("software", "software"),
            classification={"US": "3D001"}), LR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3D001 and 3E001, "
                "License Requirements: NS column 1; 15 CFR Part 738, Supplement No. 1 (Commerce "
                "Country Chart)",
         note="Pins what the mutant US/group:CCC:NS1-clear/country_added/AM changes: AM "
              "(Armenia) added to CCC:NS1-clear."),
    case("software from US to CU (classified 3D001 (US))",
         tx("2025-01-16", "US", "CU", product("software", "software"),
            classification={"US": "3D001"}), LR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3D001 and 3E001, "
                "License Requirements: NS column 1; 15 CFR Part 738, Supplement No. 1 (Commerce "
                "Country Chart)",
         note="Pins what the mutant US/group:CCC:NS1-clear/country_added/CU changes: CU (Cuba) "
              "added to CCC:NS1-clear."),
    case("software from US to IQ (classified 3D001 (US))",
         tx("2025-01-16", "US", "IQ", product("software", "software"),
            classification={"US": "3D001"}), LR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3D001 and 3E001, "
                "License Requirements: NS column 1; 15 CFR Part 738, Supplement No. 1 (Commerce "
                "Country Chart)",
         note="Pins what the mutant US/group:CCC:NS1-clear/country_added/IQ changes: IQ (Iraq) "
              "added to CCC:NS1-clear."),
    case("software from US to IR (classified 3D001 (US))",
         tx("2025-01-16", "US", "IR", product("software", "software"),
            classification={"US": "3D001"}), LR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3D001 and 3E001, "
                "License Requirements: NS column 1; 15 CFR Part 738, Supplement No. 1 (Commerce "
                "Country Chart)",
         note="Pins what the mutant US/group:CCC:NS1-clear/country_added/IR changes: IR (Iran) "
              "added to CCC:NS1-clear."),
    case("software from US to KP (classified 3D001 (US))",
         tx("2025-01-16", "US", "KP", product("software", "software"),
            classification={"US": "3D001"}), LR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3D001 and 3E001, "
                "License Requirements: NS column 1; 15 CFR Part 738, Supplement No. 1 (Commerce "
                "Country Chart)",
         note="Pins what the mutant US/group:CCC:NS1-clear/country_added/KP changes: KP (North "
              "Korea) added to CCC:NS1-clear."),
    case("software from US to MO (classified 3D001 (US))",
         tx("2025-01-16", "US", "MO", product("software", "software"),
            classification={"US": "3D001"}), LR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3D001 and 3E001, "
                "License Requirements: NS column 1; 15 CFR Part 738, Supplement No. 1 (Commerce "
                "Country Chart)",
         note="Pins what the mutant US/group:CCC:NS1-clear/country_added/MO changes: MO (Macau) "
              "added to CCC:NS1-clear."),
    case("software from US to NI (classified 3D001 (US))",
         tx("2025-01-16", "US", "NI", product("software", "software"),
            classification={"US": "3D001"}), LR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3D001 and 3E001, "
                "License Requirements: NS column 1; 15 CFR Part 738, Supplement No. 1 (Commerce "
                "Country Chart)",
         note="Pins what the mutant US/group:CCC:NS1-clear/country_added/NI changes: NI "
              "(Nicaragua) added to CCC:NS1-clear."),
    case("software from US to SY (classified 3D001 (US))",
         tx("2025-01-16", "US", "SY", product("software", "software"),
            classification={"US": "3D001"}), LR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3D001 and 3E001, "
                "License Requirements: NS column 1; 15 CFR Part 738, Supplement No. 1 (Commerce "
                "Country Chart)",
         note="Pins what the mutant US/group:CCC:NS1-clear/country_added/SY changes: SY (Syria) "
              "added to CCC:NS1-clear."),
    case("software from US to YE (classified 3D001 (US))",
         tx("2025-01-16", "US", "YE", product("software", "software"),
            classification={"US": "3D001"}), LR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3D001 and 3E001, "
                "License Requirements: NS column 1; 15 CFR Part 738, Supplement No. 1 (Commerce "
                "Country Chart)",
         note="Pins what the mutant US/group:CCC:NS1-clear/country_added/YE changes: YE (Yemen) "
              "added to CCC:NS1-clear."),
    case("software from US to CN (classified 3D001 (US))",
         tx("2021-01-01", "US", "CN", product("software", "software"),
            classification={"US": "3D001"}), LR,
         source="15 CFR Part 774, Supplement No. 1 (Commerce Control List), ECCN 3D001 and 3E001, "
                "License Requirements: NS column 1; 15 CFR Part 738, Supplement No. 1 (Commerce "
                "Country Chart)",
         note="Pins what the mutant US/US-3D001-3E001@2021-01-01/date_moved/effective:later "
              "changes: effective date 2021-01-01 moved one day later, to 2021-01-02."),
)

# ------------------------------------------------------------------ United States: the Entity List

US_ENTITY_LIST = (
    case("TSMC-made Kirin SoC of US technology for Huawei, 2021 (footnote 1 FDP)",
         tx("2021-06-01", "TW", "CN", product("smartphone SoC", "ic.logic"),
            end_user="Huawei", origin="TW", made_with=["US"]), LR,
         source="85 FR 51596 (20 Aug 2020): 15 CFR 736.2(b)(3)(vi), 744.11(a)(2); footnote 1"
                " of Supp. 4 to Part 744"),
    case("The same SoC for Huawei on 16 Aug 2020, before the August 2020 rule",
         tx("2020-08-16", "TW", "CN", product("smartphone SoC", "ic.logic"),
            end_user="Huawei", origin="TW", made_with=["US"]), NA, fires=False),
    case("US deposition tool for YMTC after its listing (16 Dec 2022)",
         tx("2023-01-10", "US", "CN", DEPOSITION_TOOL, end_user="YMTC"), LR,
         source="Export Compliance Daily, 16 Dec 2022"),
    case("US deposition tool for YMTC on 15 Dec 2022, before its listing",
         tx("2022-12-15", "US", "CN", DEPOSITION_TOOL, end_user="YMTC"), LR, fires=False,
         note="Not yet listed, but YMTC's fab makes NAND of 128 layers or more, so §744.23"
              " already required a licence (Reuters, 12 Oct 2022: US toolmakers pulled staff"
              " from YMTC)."),
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
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17): each row pins a mistake
    # no other example would notice; the outcome is the rule's, as cited.
    case("sme.lithography.duv.immersion (overlay_nm 0, wavelength_nm 193) from NL to JP (made in "
         "CN; 1% US content; for Biren; end use advanced_node_fab)",
         tx("2025-01-16", "NL", "JP",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion"),
            end_user="Biren", end_use="advanced_node_fab",
            params={"overlay_nm": 0, "wavelength_nm": 193}, origin="CN", content={"US": 1}), NA,
         source="15 CFR 744.11, Supplement No. 4 to Part 744",
         note="Pins what the mutant "
              "US/nexus:de-minimis-0-lithography@2023-11-17/conjunct_dropped/when.7 would "
              "change: `destination('MO', groups=('D:5',))` left out of the nexus's condition."),
    case("sme.lithography.duv.immersion from CN to JP (with US technology; for Dahua)",
         tx("2025-01-16", "CN", "JP",
            product("ArF immersion DUV lithography", "sme.lithography.duv.immersion"),
            end_user="Dahua", made_with=["US"]), NA,
         source="15 CFR 744.11, Supplement No. 4 to Part 744",
         note="Pins what the mutant US/nexus:fdp-734.9(k)@2024-12-31/conjunct_dropped/when.4 "
              "would change: `destination('MO', groups=('D:5',))` left out of the nexus's "
              "condition."),
    case("ic.accelerator from JP to CN (made in CN; for Biren)",
         tx("2025-01-16", "JP", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Biren", origin="CN"), NA,
         source="15 CFR 744.11, Supplement No. 4 to Part 744",
         note="Pins what the mutant US/nexus:fdp-entity-list@2022-10-21/conjunct_dropped/when.0 "
              "would change: `made_with('US')` left out of the nexus's condition."),
    case("ic.accelerator by remote access from JP to CN (made in CN; with US technology; for "
         "Biren)",
         tx("2025-01-16", "JP", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Biren", channel="remote_access", origin="CN", made_with=["US"]), NLR,
         source="15 CFR 744.11, Supplement No. 4 to Part 744",
         note="Pins what the mutant US/nexus:fdp-entity-list@2022-10-21/conjunct_dropped/when.4 "
              "would change: `~channel('remote_access')` left out of the nexus's condition."),
    case("ic.accelerator from US to CN (for Biren): Biren is on the entity list",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Biren"), LR,
         source="15 CFR 744.11, Supplement No. 4 to Part 744",
         note="Pins what the mutant US/list:entity_list/party_dropped/Biren@2023-10-17 would "
              "change: Biren left off entity_list."),
    case("ic.accelerator from US to CN (for Dahua): Dahua is on the entity list",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Dahua"), LR,
         source="15 CFR 744.11, Supplement No. 4 to Part 744",
         note="Pins what the mutant US/list:entity_list/party_dropped/Dahua@2019-10-09 would "
              "change: Dahua left off entity_list."),
    case("ic.accelerator from US to CN (for Higon): Higon is on the entity list",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Higon"), LR,
         source="15 CFR 744.11, Supplement No. 4 to Part 744",
         note="Pins what the mutant US/list:entity_list/party_dropped/Higon@2019-06-24 would "
              "change: Higon left off entity_list."),
    case("ic.accelerator from US to CN (for Hikvision): Hikvision is on the entity list",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Hikvision"), LR,
         source="15 CFR 744.11, Supplement No. 4 to Part 744",
         note="Pins what the mutant US/list:entity_list/party_dropped/Hikvision@2019-10-09 would "
              "change: Hikvision left off entity_list."),
    case("ic.accelerator from US to CN (for Huawei): Huawei is on the entity list",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Huawei"), LR,
         source="15 CFR 744.11, Supplement No. 4 to Part 744",
         note="Pins what the mutant US/list:entity_list/party_dropped/Huawei@2019-05-16 would "
              "change: Huawei left off entity_list."),
    case("ic.accelerator from US to CN (for Hygon): Hygon is on the entity list",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Hygon"), LR,
         source="15 CFR 744.11, Supplement No. 4 to Part 744",
         note="Pins what the mutant US/list:entity_list/party_dropped/Hygon@2019-06-24 would "
              "change: Hygon left off entity_list."),
    case("ic.accelerator from US to CN (for Inspur Group): Inspur Group is on the entity list",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Inspur Group"), LR,
         source="15 CFR 744.11, Supplement No. 4 to Part 744",
         note="Pins what the mutant US/list:entity_list/party_dropped/Inspur Group@2023-03-02 "
              "would change: Inspur Group left off entity_list."),
    case("ic.accelerator from US to CN (for JICT): JICT is on the entity list",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="JICT"), LR,
         source="15 CFR 744.11, Supplement No. 4 to Part 744",
         note="Pins what the mutant US/list:entity_list/party_dropped/JICT@2019-06-24 would "
              "change: JICT left off entity_list."),
    case("ic.accelerator from US to CN (for Loongson): Loongson is on the entity list",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Loongson"), LR,
         source="15 CFR 744.11, Supplement No. 4 to Part 744",
         note="Pins what the mutant US/list:entity_list/party_dropped/Loongson@2023-03-02 would "
              "change: Loongson left off entity_list."),
    case("ic.accelerator from US to CN (for Moore Threads): Moore Threads is on the entity list",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Moore Threads"), LR,
         source="15 CFR 744.11, Supplement No. 4 to Part 744",
         note="Pins what the mutant US/list:entity_list/party_dropped/Moore Threads@2023-10-17 "
              "would change: Moore Threads left off entity_list."),
    case("ic.accelerator from US to CN (for NSC Jinan): NSC Jinan is on the entity list",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="NSC Jinan"), LR,
         source="15 CFR 744.11, Supplement No. 4 to Part 744",
         note="Pins what the mutant US/list:entity_list/party_dropped/NSC Jinan@2021-04-08 would "
              "change: NSC Jinan left off entity_list."),
    case("ic.accelerator from US to CN (for NSC Shenzhen): NSC Shenzhen is on the entity list",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="NSC Shenzhen"), LR,
         source="15 CFR 744.11, Supplement No. 4 to Part 744",
         note="Pins what the mutant US/list:entity_list/party_dropped/NSC Shenzhen@2021-04-08 "
              "would change: NSC Shenzhen left off entity_list."),
    case("ic.accelerator from US to CN (for NSC Wuxi): NSC Wuxi is on the entity list",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="NSC Wuxi"), LR,
         source="15 CFR 744.11, Supplement No. 4 to Part 744",
         note="Pins what the mutant US/list:entity_list/party_dropped/NSC Wuxi@2021-04-08 would "
              "change: NSC Wuxi left off entity_list."),
    case("ic.accelerator from US to CN (for NSC Zhengzhou): NSC Zhengzhou is on the entity list",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="NSC Zhengzhou"), LR,
         source="15 CFR 744.11, Supplement No. 4 to Part 744",
         note="Pins what the mutant US/list:entity_list/party_dropped/NSC Zhengzhou@2021-04-08 "
              "would change: NSC Zhengzhou left off entity_list."),
    case("ic.accelerator from US to CN (for NSI): NSI is on the entity list",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="NSI"), LR,
         source="15 CFR 744.11, Supplement No. 4 to Part 744",
         note="Pins what the mutant US/list:entity_list/party_dropped/NSI@2020-12-18 would "
              "change: NSI left off entity_list."),
    case("ic.accelerator from US to CN (for NUDT): NUDT is on the entity list",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="NUDT"), LR,
         source="15 CFR 744.11, Supplement No. 4 to Part 744",
         note="Pins what the mutant US/list:entity_list/party_dropped/NUDT@2015-02-18 would "
              "change: NUDT left off entity_list."),
    case("ic.accelerator from US to CN (for Phytium): Phytium is on the entity list",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Phytium"), LR,
         source="15 CFR 744.11, Supplement No. 4 to Part 744",
         note="Pins what the mutant US/list:entity_list/party_dropped/Phytium@2021-04-08 would "
              "change: Phytium left off entity_list."),
    case("ic.accelerator from US to CN (for Piotech): Piotech is on the entity list",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Piotech"), LR,
         source="15 CFR 744.11, Supplement No. 4 to Part 744",
         note="Pins what the mutant US/list:entity_list/party_dropped/Piotech@2024-12-02 would "
              "change: Piotech left off entity_list."),
    case("ic.accelerator from US to CN (for SJ Semiconductor): SJ Semiconductor is on the entity "
         "list",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="SJ Semiconductor"), LR,
         source="15 CFR 744.11, Supplement No. 4 to Part 744",
         note="Pins what the mutant US/list:entity_list/party_dropped/SJ "
              "Semiconductor@2020-12-18 would change: SJ Semiconductor left off entity_list."),
    case("ic.accelerator from US to CN (for SMEE): SMEE is on the entity list",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="SMEE"), LR,
         source="15 CFR 744.11, Supplement No. 4 to Part 744",
         note="Pins what the mutant US/list:entity_list/party_dropped/SMEE@2022-12-16 would "
              "change: SMEE left off entity_list."),
    case("ic.accelerator from US to CN (for SMIC Holdings): SMIC Holdings is on the entity list",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="SMIC Holdings"), LR,
         source="15 CFR 744.11, Supplement No. 4 to Part 744",
         note="Pins what the mutant US/list:entity_list/party_dropped/SMIC Holdings@2020-12-18 "
              "would change: SMIC Holdings left off entity_list."),
    case("ic.accelerator from US to CN (for SMIC Hong Kong): SMIC Hong Kong is on the entity list",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="SMIC Hong Kong"), LR,
         source="15 CFR 744.11, Supplement No. 4 to Part 744",
         note="Pins what the mutant US/list:entity_list/party_dropped/SMIC Hong Kong@2020-12-18 "
              "would change: SMIC Hong Kong left off entity_list."),
    case("ic.accelerator from US to CN (for SMIC Shanghai): SMIC Shanghai is on the entity list",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="SMIC Shanghai"), LR,
         source="15 CFR 744.11, Supplement No. 4 to Part 744",
         note="Pins what the mutant US/list:entity_list/party_dropped/SMIC Shanghai@2020-12-18 "
              "would change: SMIC Shanghai left off entity_list."),
    case("ic.accelerator from US to CN (for SMIC Shenzhen): SMIC Shenzhen is on the entity list",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="SMIC Shenzhen"), LR,
         source="15 CFR 744.11, Supplement No. 4 to Part 744",
         note="Pins what the mutant US/list:entity_list/party_dropped/SMIC Shenzhen@2020-12-18 "
              "would change: SMIC Shenzhen left off entity_list."),
    case("ic.accelerator from US to CN (for SMIC Tianjin): SMIC Tianjin is on the entity list",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="SMIC Tianjin"), LR,
         source="15 CFR 744.11, Supplement No. 4 to Part 744",
         note="Pins what the mutant US/list:entity_list/party_dropped/SMIC Tianjin@2020-12-18 "
              "would change: SMIC Tianjin left off entity_list."),
    case("ic.accelerator from US to CN (for SMNC): SMNC is on the entity list",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="SMNC"), LR,
         source="15 CFR 744.11, Supplement No. 4 to Part 744",
         note="Pins what the mutant US/list:entity_list/party_dropped/SMNC@2020-12-18 would "
              "change: SMNC left off entity_list."),
    case("ic.accelerator from US to CN (for SMSC): SMSC is on the entity list",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="SMSC"), LR,
         source="15 CFR 744.11, Supplement No. 4 to Part 744",
         note="Pins what the mutant US/list:entity_list/party_dropped/SMSC@2020-12-18 would "
              "change: SMSC left off entity_list."),
    case("ic.accelerator from US to CN (for Shanghai High-Performance IC Design Center): Shanghai "
         "High-Performance IC Design Center is on the entity list",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Shanghai High-Performance IC Design Center"), LR,
         source="15 CFR 744.11, Supplement No. 4 to Part 744",
         note="Pins what the mutant US/list:entity_list/party_dropped/Shanghai High-Performance "
              "IC Design Center@2021-04-08 would change: Shanghai High-Performance IC Design "
              "Center left off entity_list."),
    case("ic.accelerator from US to CN (for Skyverse): Skyverse is on the entity list",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Skyverse"), LR,
         source="15 CFR 744.11, Supplement No. 4 to Part 744",
         note="Pins what the mutant US/list:entity_list/party_dropped/Skyverse@2024-12-02 would "
              "change: Skyverse left off entity_list."),
    case("ic.accelerator from US to CN (for Sunway Microelectronics): Sunway Microelectronics is "
         "on the entity list",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="Sunway Microelectronics"), LR,
         source="15 CFR 744.11, Supplement No. 4 to Part 744",
         note="Pins what the mutant US/list:entity_list/party_dropped/Sunway "
              "Microelectronics@2021-04-08 would change: Sunway Microelectronics left off "
              "entity_list."),
    case("ic.accelerator from US to CN (for iFLYTEK): iFLYTEK is on the entity list",
         tx("2025-01-16", "US", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            end_user="iFLYTEK"), LR,
         source="15 CFR 744.11, Supplement No. 4 to Part 744",
         note="Pins what the mutant US/list:entity_list/party_dropped/iFLYTEK@2019-10-09 would "
              "change: iFLYTEK left off entity_list."),
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

WA_3B1F1_EARLIER = (
    case("ASML EUV scanner from the Netherlands to China, 2020",
         tx("2020-06-01", "NL", "CN", NXE_3600D), LR,
         source="Wassenaar list, category 3.B.1.f.1, as carried by Regulation (EC) No 428/2009"
                " Annex I 3B001.f.1; AP, Reuters: no EUV licence for China since 2019"),
    case("An EUV scanner from the US to China, June 2021",
         tx("2021-06-01", "US", "CN", NXE_3600D, origin="US"), LR,
         source="Wassenaar list, category 3.B.1.f.1; 15 CFR Part 774, Supp. 1, ECCN 3B001.f.1"),
    case("An EUV scanner from China (not a participating state) to Russia, 2020",
         tx("2020-06-01", "CN", "RU", NXE_3600D, origin="CN"), NA, fires=False),
)

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
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17): each row pins a mistake
    # no other example would notice; the outcome is the rule's, as cited.
    case("Boundary: sme.lithography.duv.dry (wavelength_nm 192.9) from JP to CN",
         tx("2025-01-16", "JP", "CN",
            product("dry DUV lithography (ArF dry, KrF)", "sme.lithography.duv.dry"),
            params={"wavelength_nm": 192.9}), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/WA-3.B.1.f.1@2021-12-02/threshold_moved/when.1.1.0:down "
              "would change: `wavelength_nm < 193` moved one step down to `wavelength_nm < "
              "192.9` in the rule's condition."),
    case("Boundary: sme.lithography.duv.dry (mrf_k035_nm 45.05) from JP to CN",
         tx("2025-01-16", "JP", "CN",
            product("dry DUV lithography (ArF dry, KrF)", "sme.lithography.duv.dry"),
            params={"mrf_k035_nm": 45.05}), NLR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/WA-3.B.1.f.1@2021-12-02/threshold_moved/when.1.1.1:up "
              "would change: `mrf_k035_nm <= 45` moved one step up to `mrf_k035_nm <= 45.1` in "
              "the rule's condition."),
    case("ic.accelerator (mrf_k035_nm 0) from JP to CN",
         tx("2025-01-16", "JP", "CN", product("AI accelerators and GPUs", "ic.accelerator"),
            params={"mrf_k035_nm": 0}), NLR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/WA-3.B.1.f.1@2021-12-02/conjunct_dropped/when.1.0 would "
              "change: `kind('sme.lithography')` left out of the rule's condition."),
    case("sme.lithography.euv from AR to CN: Argentina is in WA-participants",
         tx("2025-01-16", "AR", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/AR would change: AR "
              "(Argentina) left out of WA-participants."),
    case("sme.lithography.euv from AT to CN: Austria is in WA-participants",
         tx("2025-01-16", "AT", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/AT would change: AT "
              "(Austria) left out of WA-participants."),
    case("sme.lithography.euv from AU to CN: Australia is in WA-participants",
         tx("2025-01-16", "AU", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/AU would change: AU "
              "(Australia) left out of WA-participants."),
    case("sme.lithography.euv from BE to CN: Belgium is in WA-participants",
         tx("2025-01-16", "BE", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/BE would change: BE "
              "(Belgium) left out of WA-participants."),
    case("sme.lithography.euv from BG to CN: Bulgaria is in WA-participants",
         tx("2025-01-16", "BG", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/BG would change: BG "
              "(Bulgaria) left out of WA-participants."),
    case("sme.lithography.euv from CA to CN: Canada is in WA-participants",
         tx("2025-01-16", "CA", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/CA would change: CA "
              "(Canada) left out of WA-participants."),
    case("sme.lithography.euv from CH to CN: Switzerland is in WA-participants",
         tx("2025-01-16", "CH", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/CH would change: CH "
              "(Switzerland) left out of WA-participants."),
    case("sme.lithography.euv from CZ to CN: Czech Republic is in WA-participants",
         tx("2025-01-16", "CZ", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/CZ would change: CZ "
              "(Czech Republic) left out of WA-participants."),
    case("sme.lithography.euv from DE to CN: Germany is in WA-participants",
         tx("2025-01-16", "DE", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/DE would change: DE "
              "(Germany) left out of WA-participants."),
    case("sme.lithography.euv from DK to CN: Denmark is in WA-participants",
         tx("2025-01-16", "DK", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/DK would change: DK "
              "(Denmark) left out of WA-participants."),
    case("sme.lithography.euv from EE to CN: Estonia is in WA-participants",
         tx("2025-01-16", "EE", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/EE would change: EE "
              "(Estonia) left out of WA-participants."),
    case("sme.lithography.euv from ES to CN: Spain is in WA-participants",
         tx("2025-01-16", "ES", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/ES would change: ES "
              "(Spain) left out of WA-participants."),
    case("sme.lithography.euv from FI to CN: Finland is in WA-participants",
         tx("2025-01-16", "FI", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/FI would change: FI "
              "(Finland) left out of WA-participants."),
    case("sme.lithography.euv from FR to CN: France is in WA-participants",
         tx("2025-01-16", "FR", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/FR would change: FR "
              "(France) left out of WA-participants."),
    case("sme.lithography.euv from GB to CN: United Kingdom is in WA-participants",
         tx("2025-01-16", "GB", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/GB would change: GB "
              "(United Kingdom) left out of WA-participants."),
    case("sme.lithography.euv from GR to CN: Greece is in WA-participants",
         tx("2025-01-16", "GR", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/GR would change: GR "
              "(Greece) left out of WA-participants."),
    case("sme.lithography.euv from HR to CN: Croatia is in WA-participants",
         tx("2025-01-16", "HR", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/HR would change: HR "
              "(Croatia) left out of WA-participants."),
    case("sme.lithography.euv from HU to CN: Hungary is in WA-participants",
         tx("2025-01-16", "HU", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/HU would change: HU "
              "(Hungary) left out of WA-participants."),
    case("sme.lithography.euv from IE to CN: Ireland is in WA-participants",
         tx("2025-01-16", "IE", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/IE would change: IE "
              "(Ireland) left out of WA-participants."),
    case("sme.lithography.euv from IN to CN: India is in WA-participants",
         tx("2025-01-16", "IN", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/IN@2017-12-08 would "
              "change: IN (India) left out of WA-participants."),
    case("sme.lithography.euv from IT to CN: Italy is in WA-participants",
         tx("2025-01-16", "IT", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/IT would change: IT "
              "(Italy) left out of WA-participants."),
    case("sme.lithography.euv from KR to CN: South Korea is in WA-participants",
         tx("2025-01-16", "KR", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/KR would change: KR "
              "(South Korea) left out of WA-participants."),
    case("sme.lithography.euv from LT to CN: Lithuania is in WA-participants",
         tx("2025-01-16", "LT", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/LT would change: LT "
              "(Lithuania) left out of WA-participants."),
    case("sme.lithography.euv from LU to CN: Luxembourg is in WA-participants",
         tx("2025-01-16", "LU", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/LU would change: LU "
              "(Luxembourg) left out of WA-participants."),
    case("sme.lithography.euv from LV to CN: Latvia is in WA-participants",
         tx("2025-01-16", "LV", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/LV would change: LV "
              "(Latvia) left out of WA-participants."),
    case("sme.lithography.euv from MT to CN: Malta is in WA-participants",
         tx("2025-01-16", "MT", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/MT would change: MT "
              "(Malta) left out of WA-participants."),
    case("sme.lithography.euv from MX to CN: Mexico is in WA-participants",
         tx("2025-01-16", "MX", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/MX would change: MX "
              "(Mexico) left out of WA-participants."),
    case("sme.lithography.euv from NO to CN: Norway is in WA-participants",
         tx("2025-01-16", "NO", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/NO would change: NO "
              "(Norway) left out of WA-participants."),
    case("sme.lithography.euv from NZ to CN: New Zealand is in WA-participants",
         tx("2025-01-16", "NZ", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/NZ would change: NZ "
              "(New Zealand) left out of WA-participants."),
    case("sme.lithography.euv from PL to CN: Poland is in WA-participants",
         tx("2025-01-16", "PL", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/PL would change: PL "
              "(Poland) left out of WA-participants."),
    case("sme.lithography.euv from PT to CN: Portugal is in WA-participants",
         tx("2025-01-16", "PT", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/PT would change: PT "
              "(Portugal) left out of WA-participants."),
    case("sme.lithography.euv from RO to CN: Romania is in WA-participants",
         tx("2025-01-16", "RO", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/RO would change: RO "
              "(Romania) left out of WA-participants."),
    case("sme.lithography.euv from RU to CN: Russia is in WA-participants",
         tx("2025-01-16", "RU", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/RU would change: RU "
              "(Russia) left out of WA-participants."),
    case("sme.lithography.euv from SE to CN: Sweden is in WA-participants",
         tx("2025-01-16", "SE", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/SE would change: SE "
              "(Sweden) left out of WA-participants."),
    case("sme.lithography.euv from SI to CN: Slovenia is in WA-participants",
         tx("2025-01-16", "SI", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/SI would change: SI "
              "(Slovenia) left out of WA-participants."),
    case("sme.lithography.euv from SK to CN: Slovakia is in WA-participants",
         tx("2025-01-16", "SK", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/SK would change: SK "
              "(Slovakia) left out of WA-participants."),
    case("sme.lithography.euv from TR to CN: Turkey is in WA-participants",
         tx("2025-01-16", "TR", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/TR would change: TR "
              "(Turkey) left out of WA-participants."),
    case("sme.lithography.euv from UA to CN: Ukraine is in WA-participants",
         tx("2025-01-16", "UA", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/UA would change: UA "
              "(Ukraine) left out of WA-participants."),
    case("sme.lithography.euv from US to CN: United States is in WA-participants",
         tx("2025-01-16", "US", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/US would change: US "
              "(United States) left out of WA-participants."),
    case("sme.lithography.euv from ZA to CN: South Africa is in WA-participants",
         tx("2025-01-16", "ZA", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/group:WA-participants/country_dropped/ZA would change: ZA "
              "(South Africa) left out of WA-participants."),
    case("A DUV scanner of MRF 45 nm from JP to CN on 1 Dec 2021, before the list modelled",
         tx("2021-12-01", "JP", "CN", SCANNER.at(wavelength_nm=193, mrf_k035_nm=45)), NLR,
         fires=False,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/WA-3.B.1.f.1@2021-12-02/date_moved/effective:earlier "
              "would change: effective date 2021-12-02 moved one day earlier, to 2021-12-01."
              " Before that day only EUV scanners are modelled, and the verdict says the DUV"
              " scanner is not modelled."),
    case("sme.lithography.euv from JP to CN",
         tx("2021-12-02", "JP", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv")), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant WA/WA-3.B.1.f.1@2021-12-02/date_moved/effective:later would "
              "change: effective date 2021-12-02 moved one day later, to 2021-12-03."),
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17) after the merge of issue 20's
    # law: each row pins a mistake no other example would notice; the outcome is the law's.
    case("sme.lithography.euv by remote access from JP to CN",
         tx("2025-01-16", "JP", "CN",
            product("extreme-ultraviolet lithography (13.5 nm light)", "sme.lithography.euv"),
            channel="remote_access"), NA,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1",
         note="Pins what the mutant "
              "WA/nexus:wa-participant-export@1996-07-12/conjunct_dropped/when.1 changes: "
              "`~channel('remote_access', 'service')` left out of the nexus's condition."),
    case("Boundary: a dry DUV scanner of MRF exactly 45 nm from Japan to China on 2 Dec 2021,"
         " the first day of the list modelled",
         tx("2021-12-02", "JP", "CN",
            product("dry DUV lithography (ArF dry, KrF)", "sme.lithography.duv.dry"),
            params={"mrf_k035_nm": 45}), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.1"),
)
WA_3B1F2 = (
    case("Canon FPA-1200NZ2C nanoimprint tool from Japan to China",
         tx("2024-10-01", "JP", "CN", FPA_1200NZ2C), LR,
         source="Wassenaar 3.B.1.f.2; Canon: features down to 14 nm"),
    case("Boundary: an imprint tool for 46 nm is above the floor",
         tx("2024-10-01", "JP", "CN", IMPRINT_TOOL.at(node_nm=46), name="older imprint tool"), NLR),
    # Proposed by `policy mutate --as-of 2025-01-16` (issue 17): each row pins a mistake
    # no other example would notice; the outcome is the rule's, as cited.
    case("Boundary: sme.lithography.nanoimprint (node_nm 45) from JP to CN",
         tx("2025-01-16", "JP", "CN",
            product("nanoimprint lithography", "sme.lithography.nanoimprint"),
            params={"node_nm": 45}), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.2",
         note="Pins what the mutant WA/WA-3.B.1.f.2@2021-12-02/comparison_flipped/when.1.0 would "
              "change: `node_nm > 45` written `node_nm >= 45` in the rule's condition."),
    case("Boundary: sme.lithography.nanoimprint (node_nm 44.5) from JP to CN",
         tx("2025-01-16", "JP", "CN",
            product("nanoimprint lithography", "sme.lithography.nanoimprint"),
            params={"node_nm": 44.5}), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.2",
         note="Pins what the mutant WA/WA-3.B.1.f.2@2021-12-02/threshold_moved/when.1.0:down "
              "would change: `node_nm > 45` moved one step down to `node_nm > 44` in the rule's "
              "condition."),
    case("sme.lithography.nanoimprint (node_nm 44) from JP to CN",
         tx("2021-12-01", "JP", "CN",
            product("nanoimprint lithography", "sme.lithography.nanoimprint"),
            params={"node_nm": 44}), NLR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.2",
         note="Pins what the mutant WA/WA-3.B.1.f.2@2021-12-02/date_moved/effective:earlier "
              "would change: effective date 2021-12-02 moved one day earlier, to 2021-12-01."),
    case("sme.lithography.nanoimprint (node_nm 44) from JP to CN",
         tx("2021-12-02", "JP", "CN",
            product("nanoimprint lithography", "sme.lithography.nanoimprint"),
            params={"node_nm": 44}), LR,
         source="Wassenaar Arrangement, List of Dual-Use Goods and Technologies (WA-LIST (21) 1), "
                "Category 3.B.1.f.2",
         note="Pins what the mutant WA/WA-3.B.1.f.2@2021-12-02/date_moved/effective:later would "
              "change: effective date 2021-12-02 moved one day later, to 2021-12-03."),
)
# fmt: on

"""Public real-world cases, decided through the public API and through `policy screen`.

Each case is a named chip, tool or material on a date and route from public reporting, with
the outcome each jurisdiction's law gives. A jurisdiction the case does not mention must not
reach the transaction (``not_applicable``), so every row pins all six verdicts.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner

from policy import Transaction, decide
from policy.cli import main

NA, NLR, LR, PRO = "not_applicable", "no_license_required", "license_required", "prohibited"
JURISDICTIONS = ("CN", "EU", "JP", "NL", "US", "WA")

DC = ["datacenter"]
A100 = {"tpp": 4992, "bidirectional_transfer_rate_gbps": 600, "die_area_mm2": 826}
A800 = {"tpp": 4992, "bidirectional_transfer_rate_gbps": 400, "die_area_mm2": 826}
H100 = {"tpp": 15832, "bidirectional_transfer_rate_gbps": 900, "die_area_mm2": 814}
H800 = {"tpp": 15832, "bidirectional_transfer_rate_gbps": 400, "die_area_mm2": 814}
H20 = {
    "tpp": 2368,
    "bidirectional_transfer_rate_gbps": 900,
    "die_area_mm2": 814,
    "memory_bandwidth_gbps": 4000,
}
L40S = {"tpp": 5864, "bidirectional_transfer_rate_gbps": 64, "die_area_mm2": 608.5}
RTX_4090 = {"tpp": 5285, "die_area_mm2": 608.5}
RTX_4090D = {"tpp": 4707, "die_area_mm2": 608.5}
EUV = {"wavelength_nm": 13.5, "numerical_aperture": 0.33}
NXT_2000I = {"wavelength_nm": 193, "numerical_aperture": 1.35, "overlay_nm": 1.4}
NXT_1980I = {"wavelength_nm": 193, "numerical_aperture": 1.35, "overlay_nm": 1.6}
HBM3E = {"memory_bandwidth_gbps": 1229, "die_area_mm2": 110}
MI308 = {"tpp": 2000, "memory_bandwidth_gbps": 5300}
KR_PACKAGER = {
    "name": "packaging site of a Korean memory maker",
    "country": "CN",
    "headquarters": "KR",
}
JV_60 = {"name": "SMIC joint venture", "country": "CN", "owners": [{"party": "SMIC", "share": 60}]}


def tx(day: str, src: str, dst: str, kind: str, name: str, **extra: Any) -> dict[str, Any]:
    item = {"kind": kind, "name": name}
    for key in ("producer", "params", "flags", "origin", "content", "made_with", "classification"):
        if key in extra:
            item[key] = extra.pop(key)
    return {"date": day, "exporter": src, "destination": dst, **extra, "item": item}


def chip(day: str, src: str, dst: str, name: str, params: dict[str, float], **extra: Any):
    """An accelerator, by default an Nvidia datacenter part (``producer=None``: not named)."""
    flags = extra.pop("flags", DC)
    producer = extra.pop("producer", "Nvidia")
    if producer is not None:
        extra["producer"] = producer
    return tx(day, src, dst, "ic.accelerator", name, params=params, flags=flags, **extra)


def litho_us(day: str, dst: str, params: dict[str, float]):
    """An EUV scanner in the United States (a used or returned tool), exported."""
    return tx(day, "US", dst, "sme.lithography.euv", "NXE:3600D", params=params)


def litho(day: str, dst: str, name: str, kind: str, params: dict[str, float], **extra: Any):
    return tx(day, "NL", dst, kind, name, params=params, origin="NL", **extra)


#: (case, transaction, verdicts other than not_applicable)
CASES: list[tuple[str, dict[str, Any], dict[str, str]]] = [
    # ---- Nvidia and AMD accelerators ------------------------------------------------
    (
        "A100 US->CN before the letter",
        chip("2022-08-01", "US", "CN", "A100", A100),
        {"US": NLR, "WA": NLR},
    ),
    (
        "A100 US->CN after the Aug 2022 letter",
        chip("2022-09-15", "US", "CN", "A100", A100),
        {"US": LR, "WA": NLR},
    ),
    (
        "A100 US->CN under the 2022 rule",
        chip("2022-11-01", "US", "CN", "A100", A100),
        {"US": LR, "WA": NLR},
    ),
    ("A100 US->HK 2022", chip("2022-11-01", "US", "HK", "A100", A100), {"US": LR, "WA": NLR}),
    (
        "A100 US->Macau in the gap",
        chip("2023-01-16", "US", "MO", "A100", A100),
        {"US": NLR, "WA": NLR},
    ),
    (
        "A100 US->Macau once added",
        chip("2023-01-17", "US", "MO", "A100", A100),
        {"US": LR, "WA": NLR},
    ),
    (
        "A100 TW->CN via FDP 2022",
        chip("2022-11-01", "TW", "CN", "A100", A100, origin="TW", made_with=["US"]),
        {"US": LR},
    ),
    (
        "A100 TW->CN without US technology",
        chip("2022-11-01", "TW", "CN", "A100", A100, origin="TW"),
        {},
    ),
    ("A800 US->CN 2022", chip("2022-11-01", "US", "CN", "A800", A800), {"US": NLR, "WA": NLR}),
    (
        "A800 US->CN after the Oct 2023 notice",
        chip("2023-11-01", "US", "CN", "A800", A800),
        {"US": LR, "WA": NLR},
    ),
    # The notice of 23 Oct 2023 went to Nvidia for its products (Nvidia 8-K, 24 Oct 2023):
    # the same figures from another producer wait for the rule's effective date, 17 Nov 2023.
    (
        "A800-class chip of another producer US->CN after the Oct 2023 notice",
        chip("2023-11-01", "US", "CN", "A800-class", A800, producer="Moore Threads"),
        {"US": NLR, "WA": NLR},
    ),
    (
        "A800-class chip of another producer US->CN after 17 Nov 2023",
        chip("2023-12-01", "US", "CN", "A800-class", A800, producer="Moore Threads"),
        {"US": LR, "WA": NLR},
    ),
    ("A800 US->CN 2024", chip("2024-02-01", "US", "CN", "A800", A800), {"US": LR, "WA": NLR}),
    ("H100 US->CN 2022", chip("2022-11-01", "US", "CN", "H100", H100), {"US": LR, "WA": NLR}),
    ("H100 US->SA 2024 (D:4)", chip("2024-02-01", "US", "SA", "H100", H100), {"US": LR, "WA": NLR}),
    ("H100 US->AE 2024 (D:4)", chip("2024-02-01", "US", "AE", "H100", H100), {"US": LR, "WA": NLR}),
    ("H100 US->VN 2024 (D:1)", chip("2024-02-01", "US", "VN", "H100", H100), {"US": LR, "WA": NLR}),
    (
        "H100 US->IL 2024 (A:6)",
        chip("2024-02-01", "US", "IL", "H100", H100),
        {"US": NLR, "WA": NLR},
    ),
    (
        "H100 US->SA 2023 (before the update)",
        chip("2023-06-01", "US", "SA", "H100", H100),
        {"US": NLR, "WA": NLR},
    ),
    (
        "H100 US->DE for a Chinese-HQ subsidiary",
        chip(
            "2024-02-01",
            "US",
            "DE",
            "H100",
            H100,
            end_user={"name": "Tencent Germany", "country": "DE", "headquarters": "CN"},
        ),
        {"US": LR, "WA": NLR},
    ),
    (
        "H100 DE->CN after EU 3A501.a.16",
        chip("2025-12-01", "DE", "CN", "H100", H100, origin="TW"),
        {"EU": LR, "WA": NLR},
    ),
    ("H800 US->CN 2023-03", chip("2023-03-01", "US", "CN", "H800", H800), {"US": NLR, "WA": NLR}),
    ("H800 US->CN 2023-12", chip("2023-12-01", "US", "CN", "H800", H800), {"US": LR, "WA": NLR}),
    ("H20 US->CN 2024", chip("2024-06-01", "US", "CN", "H20", H20), {"US": NLR, "WA": NLR}),
    (
        "H20 US->CN after the Apr 2025 letter",
        chip("2025-05-01", "US", "CN", "H20", H20),
        {"US": LR, "WA": NLR},
    ),
    (
        "H20 TW->CN after the letter",
        chip("2025-08-01", "TW", "CN", "H20", H20, origin="TW", made_with=["US"]),
        {"US": LR},
    ),
    # The H20 letter went to Nvidia (Nvidia 8-K, 15 Apr 2025); Commerce said the same
    # applies to AMD's MI308 (Reuters, 16 Apr 2025). Other producers' chips are not reached.
    (
        "AMD MI308 US->CN after the letter",
        chip("2025-05-01", "US", "CN", "MI308", MI308, producer="AMD"),
        {"US": LR, "WA": NLR},
    ),
    (
        "H20-class chip of another producer US->CN after the letter",
        chip("2025-05-01", "US", "CN", "H20-class", H20, producer="Moore Threads"),
        {"US": NLR, "WA": NLR},
    ),
    (
        "H20 US->MY after the letter",
        chip("2025-05-01", "US", "MY", "H20", H20),
        {"US": NLR, "WA": NLR},
    ),
    ("L40S US->CN 2023-06", chip("2023-06-01", "US", "CN", "L40S", L40S), {"US": NLR, "WA": NLR}),
    ("L40S US->CN 2023-12", chip("2023-12-01", "US", "CN", "L40S", L40S), {"US": LR, "WA": NLR}),
    (
        "RTX 4090 US->CN 2023-06",
        chip("2023-06-01", "US", "CN", "RTX 4090", RTX_4090, flags=["consumer"]),
        {"US": NLR, "WA": NLR},
    ),
    (
        "RTX 4090 US->CN 2023-12 (NAC notification)",
        chip("2023-12-01", "US", "CN", "RTX 4090", RTX_4090, flags=["consumer"]),
        {"US": LR, "WA": NLR},
    ),
    (
        "RTX 4090D US->CN 2024",
        chip("2024-01-15", "US", "CN", "RTX 4090D", RTX_4090D, flags=["consumer"]),
        {"US": NLR, "WA": NLR},
    ),
    (
        "H100 rented remotely from a US cloud by a Chinese firm",
        chip("2024-03-01", "US", "CN", "H100", H100, channel="remote_access"),
        # the Wassenaar lists control transfers, not access to a computer that stays home
        {"US": NLR, "WA": NA},
    ),
    (
        "A100 US->RU 2022 (Russia sanctions)",
        chip("2022-11-01", "US", "RU", "A100", A100),
        {"US": LR, "WA": NLR},
    ),
    # ---- HBM -------------------------------------------------------------------------
    (
        "HBM3E KR->CN 2024 before the rule",
        tx(
            "2024-06-01",
            "KR",
            "CN",
            "ic.memory.hbm",
            "HBM3E",
            params=HBM3E,
            origin="KR",
            made_with=["US"],
        ),
        {"WA": NLR},
    ),
    (
        "HBM3E KR->CN 2025",
        tx(
            "2025-02-01",
            "KR",
            "CN",
            "ic.memory.hbm",
            "HBM3E",
            params=HBM3E,
            origin="KR",
            made_with=["US"],
        ),
        {"US": LR, "WA": NLR},
    ),
    (
        "HBM3E US->CN 2025",
        tx("2025-02-01", "US", "CN", "ic.memory.hbm", "HBM3E", params=HBM3E),
        {"US": LR, "WA": NLR},
    ),
    # License Exception HBM (15 CFR 740.25, 89 FR 96790): density below 3.3 GB/s/mm2, to
    # a consignee headquartered in the US or A:5, not for parties headquartered in D:5.
    (
        "HBM 2.01 GB/s/mm2 US->CN 2025 to a Korean-HQ packaging site (License Exception HBM)",
        tx(
            "2025-02-01",
            "US",
            "CN",
            "ic.memory.hbm",
            "HBM",
            params={"memory_bandwidth_density": 2.01},
            consignee=KR_PACKAGER,
        ),
        {"US": NLR, "WA": NLR},
    ),
    (
        "HBM 2.01 GB/s/mm2 US->CN 2025 for a Chinese-HQ end user",
        tx(
            "2025-02-01",
            "US",
            "CN",
            "ic.memory.hbm",
            "HBM",
            params={"memory_bandwidth_density": 2.01},
            consignee=KR_PACKAGER,
            end_user={"name": "Chinese AI lab", "country": "CN"},
        ),
        {"US": LR, "WA": NLR},
    ),
    (
        "HBM 2.01 GB/s/mm2 US->CN 2025 to a Chinese-HQ consignee",
        tx(
            "2025-02-01",
            "US",
            "CN",
            "ic.memory.hbm",
            "HBM",
            params={"memory_bandwidth_density": 2.01},
            consignee={"name": "Chinese packaging house", "country": "CN"},
        ),
        {"US": LR, "WA": NLR},
    ),
    (
        "HBM co-packaged with logic US->CN 2025",
        tx(
            "2025-02-01",
            "US",
            "CN",
            "ic.memory.hbm",
            "HBM+logic",
            params=HBM3E,
            flags=["copackaged_logic"],
        ),
        {"US": NLR, "WA": NLR},
    ),
    # ---- ASML lithography --------------------------------------------------------------
    (
        "ASML EUV NL->CN 2023",
        litho("2023-06-01", "CN", "NXE:3600D", "sme.lithography.euv", EUV),
        {"NL": LR, "EU": LR, "WA": LR},
    ),
    (
        "ASML EUV NL->US 2023 (EU001)",
        litho("2023-06-01", "US", "NXE:3600D", "sme.lithography.euv", EUV),
        {"NL": NLR, "EU": NLR, "WA": LR},
    ),
    (
        "ASML EUV NL->TW 2024",
        litho("2024-06-01", "TW", "NXE:3800E", "sme.lithography.euv", EUV),
        {"NL": LR, "EU": LR, "WA": LR},
    ),
    (
        "NXT:2000i NL->CN before 1 Sep 2023",
        litho("2023-08-31", "CN", "NXT:2000i", "sme.lithography.duv.immersion", NXT_2000I),
        {"NL": NLR, "EU": NLR, "WA": NLR},
    ),
    (
        "NXT:2000i NL->CN 2023-10",
        litho("2023-10-01", "CN", "NXT:2000i", "sme.lithography.duv.immersion", NXT_2000I),
        {"NL": LR, "EU": NLR, "WA": NLR},
    ),
    (
        "NXT:2000i NL->CN 2025-12 (EU 3B501)",
        litho("2025-12-01", "CN", "NXT:2000i", "sme.lithography.duv.immersion", NXT_2000I),
        {"NL": LR, "EU": LR, "WA": NLR},
    ),
    (
        "NXT:1980i NL->CN 2023-10",
        litho("2023-10-01", "CN", "NXT:1980i", "sme.lithography.duv.immersion", NXT_1980I),
        {"NL": NLR, "EU": NLR, "WA": NLR},
    ),
    (
        "NXT:1980i NL->CN advanced fab 2024-03 (US 0% de minimis)",
        litho(
            "2024-03-01",
            "CN",
            "NXT:1980i",
            "sme.lithography.duv.immersion",
            NXT_1980I,
            content={"US": 10},
            end_use=["advanced_node_fab"],
        ),
        {"US": LR, "NL": NLR, "EU": NLR, "WA": NLR},
    ),
    (
        "NXT:1980i NL->CN mature fab 2024-03",
        litho(
            "2024-03-01",
            "CN",
            "NXT:1980i",
            "sme.lithography.duv.immersion",
            NXT_1980I,
            content={"US": 10},
            end_use=["mature_node_fab"],
        ),
        {"NL": NLR, "EU": NLR, "WA": NLR},
    ),
    (
        "NXT:1980i NL->CN 2024-10 (Dutch expansion)",
        litho("2024-10-01", "CN", "NXT:1980i", "sme.lithography.duv.immersion", NXT_1980I),
        {"NL": LR, "EU": NLR, "WA": NLR},
    ),
    (
        "NXT:1980i NL->CN 2025-12",
        litho("2025-12-01", "CN", "NXT:1980i", "sme.lithography.duv.immersion", NXT_1980I),
        {"NL": LR, "EU": NLR, "WA": NLR},
    ),
    (
        "NXT:2000i NL->DE (inside the Union)",
        litho("2024-10-01", "DE", "NXT:2000i", "sme.lithography.duv.immersion", NXT_2000I),
        {"WA": NLR},
    ),
    # ---- Japanese equipment -------------------------------------------------------------
    (
        "TEL etch JP->CN before 23 Jul 2023",
        tx("2023-07-22", "JP", "CN", "sme.etch", "TEL etch"),
        {"JP": NLR, "WA": NLR},
    ),
    (
        "TEL etch JP->CN after 23 Jul 2023",
        tx("2023-08-01", "JP", "CN", "sme.etch", "TEL etch"),
        {"JP": LR, "WA": NLR},
    ),
    (
        "TEL etch JP->KR (bulk licence)",
        tx("2023-08-01", "JP", "KR", "sme.etch", "TEL etch"),
        {"JP": NLR, "WA": NLR},
    ),
    (
        "TEL EUV coater JP->CN 2024",
        tx("2024-05-01", "JP", "CN", "sme.coater_developer", "TEL EUV track", flags=["euv"]),
        {"JP": LR, "WA": NLR},
    ),
    (
        "Nikon immersion JP->CN 2024",
        tx(
            "2024-05-01",
            "JP",
            "CN",
            "sme.lithography.duv.immersion",
            "Nikon NSR-S635E",
            params={"wavelength_nm": 193, "numerical_aperture": 1.35, "overlay_nm": 2.1},
        ),
        {"JP": LR, "WA": NLR},
    ),
    # ---- US equipment and end users ----------------------------------------------------
    (
        "US etch for an advanced-node fab 2022",
        tx("2022-11-01", "US", "CN", "sme.etch", "etch tool", end_use=["advanced_node_fab"]),
        {"US": LR, "WA": NLR},
    ),
    # Before its Entity List listing YMTC's fab (128-layer NAND) was already an advanced-node
    # fab under §744.23 (7 Oct 2022): Reuters, 12 Oct 2022, US toolmakers halted support.
    (
        "US deposition for YMTC before listing (§744.23 advanced-node fab)",
        tx("2022-12-15", "US", "CN", "sme.deposition", "deposition tool", end_user="YMTC"),
        {"US": LR, "WA": NLR},
    ),
    (
        "US deposition for YMTC before the 7 Oct 2022 rule",
        tx("2022-10-06", "US", "CN", "sme.deposition", "deposition tool", end_user="YMTC"),
        {"US": NLR, "WA": NLR},
    ),
    (
        "US deposition for YMTC after listing",
        tx("2022-12-16", "US", "CN", "sme.deposition", "deposition tool", end_user="YMTC"),
        {"US": LR, "WA": NLR},
    ),
    (
        "US etch for SMIC 2023",
        tx("2023-03-01", "US", "CN", "sme.etch", "etch tool", end_user="SMIC"),
        {"US": LR, "WA": NLR},
    ),
    (
        "US etch for a 60% SMIC affiliate before the rule",
        tx("2025-09-15", "US", "CN", "sme.etch", "etch tool", end_user=JV_60),
        {"US": NLR, "WA": NLR},
    ),
    (
        "US etch for a 60% SMIC affiliate under the rule",
        tx("2025-10-15", "US", "CN", "sme.etch", "etch tool", end_user=JV_60),
        {"US": LR, "WA": NLR},
    ),
    (
        "US etch for a 60% SMIC affiliate after the suspension",
        tx("2025-11-15", "US", "CN", "sme.etch", "etch tool", end_user=JV_60),
        {"US": NLR, "WA": NLR},
    ),
    (
        "US engineer servicing at an advanced fab",
        tx(
            "2023-03-01",
            "NL",
            "CN",
            "service.support",
            "field service",
            end_use=["advanced_node_fab"],
            persons=["US"],
        ),
        {"US": LR, "NL": NLR, "EU": NLR, "WA": NLR},
    ),
    # ---- QA review fixes: reach of §744.23, classifications, parties, allies -----------
    (
        "US EAR99 spare part for an advanced-node fab in China 2024 (§744.23(a)(2)(i))",
        tx(
            "2024-03-01",
            "US",
            "CN",
            "other",
            "EAR99 spare part",
            origin="US",
            end_use=["advanced_node_fab"],
        ),
        {"US": LR, "WA": NLR},
    ),
    (
        "US controller IC for an advanced-node fab in China 2023-01 (§744.23(a)(1)(iii))",
        tx("2023-01-15", "US", "CN", "ic.logic", "controller IC", end_use=["advanced_node_fab"]),
        {"US": LR, "WA": NLR},
    ),
    (
        "US EAR99 part for an advanced-node fab in Venezuela before 17 Nov 2023",
        tx("2023-06-01", "US", "VE", "other", "EAR99 part", end_use=["advanced_node_fab"]),
        {"US": NLR, "WA": NLR},
    ),
    (
        "US EAR99 part for an advanced-node fab in Venezuela (D:5) 2024",
        tx("2024-03-01", "US", "VE", "other", "EAR99 part", end_use=["advanced_node_fab"]),
        {"US": LR, "WA": NLR},
    ),
    (
        "H100 by classification 3A090.a only US->CN 2024",
        tx("2024-01-15", "US", "CN", "ic.accelerator", "H100", classification={"US": "3A090.a"}),
        {"US": LR, "WA": NLR},
    ),
    (
        "A100 by classification 3A090 only US->CN 2022",
        tx("2022-11-01", "US", "CN", "ic.accelerator", "A100", classification={"US": "3A090"}),
        {"US": LR, "WA": NLR},
    ),
    (
        "HBM by classification 3A090.c only US->CN 2025",
        tx("2025-02-01", "US", "CN", "ic.memory.hbm", "HBM3", classification={"US": "3A090.c"}),
        {"US": LR, "WA": NLR},
    ),
    (
        "DGX by classification 4A090.a only TW->CN with US technology 2024",
        tx(
            "2024-01-15",
            "TW",
            "CN",
            "computer",
            "DGX H100",
            classification={"US": "4A090.a"},
            origin="TW",
            made_with=["US"],
        ),
        {"US": LR},
    ),
    (
        "US etch for SMIC Beijing 2024 (listed 18 Dec 2020)",
        tx("2024-06-01", "US", "CN", "sme.etch", "etch tool", end_user="SMIC Beijing"),
        {"US": LR, "WA": NLR},
    ),
    (
        "US etch for SMIC Beijing after the affiliates suspension",
        tx("2025-11-15", "US", "CN", "sme.etch", "etch tool", end_user="SMIC Beijing"),
        {"US": LR, "WA": NLR},
    ),
    (
        "TW server made with US technology for a supercomputer in China (§734.9(i))",
        tx(
            "2023-01-15",
            "TW",
            "CN",
            "computer",
            "server",
            origin="TW",
            made_with=["US"],
            end_use=["supercomputer"],
        ),
        {"US": LR},
    ),
    (
        "TW server made with US technology for a supercomputer in China before 21 Oct 2022",
        tx(
            "2022-10-20",
            "TW",
            "CN",
            "computer",
            "server",
            origin="TW",
            made_with=["US"],
            end_use=["supercomputer"],
        ),
        {},
    ),
    (
        "US server for a supercomputer in Venezuela 2023-06",
        tx("2023-06-01", "US", "VE", "computer", "server", end_use=["supercomputer"]),
        {"US": NLR, "WA": NLR},
    ),
    (
        "US server for a supercomputer in Venezuela 2024 (Macau and D:5)",
        tx("2024-06-01", "US", "VE", "computer", "server", end_use=["supercomputer"]),
        {"US": LR, "WA": NLR},
    ),
    (
        "H100 US->IL for a China-headquartered subsidiary (§744.23(a)(3))",
        chip(
            "2024-06-01",
            "US",
            "IL",
            "H100",
            H100,
            end_user={"name": "PRC-HQ cloud Israel", "country": "IL", "headquarters": "CN"},
        ),
        {"US": LR, "WA": NLR},
    ),
    (
        "H100 US->CY for a China-headquartered subsidiary (§744.23(a)(3))",
        chip(
            "2024-06-01",
            "US",
            "CY",
            "H100",
            H100,
            end_user={"name": "PRC-HQ cloud Cyprus", "country": "CY", "headquarters": "CN"},
        ),
        {"US": LR, "WA": NLR},
    ),
    (
        "TEL etch JP->IN (bulk licence, Hogan Lovells)",
        tx("2024-03-01", "JP", "IN", "sme.etch", "TEL etch"),
        {"JP": NLR, "WA": NLR},
    ),
    (
        "TEL etch JP->LT (bulk licence, Hogan Lovells)",
        tx("2024-03-01", "JP", "LT", "sme.etch", "TEL etch"),
        {"JP": NLR, "WA": NLR},
    ),
    (
        "Canon FPA-1200NZ2C nanoimprint JP->CN (Wassenaar 3B001.f.2)",
        tx(
            "2024-10-01",
            "JP",
            "CN",
            "sme.lithography.nanoimprint",
            "Canon FPA-1200NZ2C",
            params={"node_nm": 14},
        ),
        {"JP": LR, "WA": LR},
    ),
    (
        "A100 US->BY 2022-11 (Belarus sanctions of 2 Mar 2022)",
        chip("2022-11-01", "US", "BY", "A100", A100),
        {"US": LR, "WA": NLR},
    ),
    (
        "A100 US->BY 2022-03-01 (before Belarus was added)",
        chip("2022-03-01", "US", "BY", "A100", A100),
        {"US": NLR, "WA": NLR},
    ),
    (
        "NXT:2000i by kind only NL->CN 2024 (missing overlay within the entry)",
        litho("2024-03-01", "CN", "NXT:2000i", "sme.lithography.duv.immersion", {}),
        {"NL": LR, "EU": NLR, "WA": NLR},
    ),
    (
        "HBM3E by bandwidth only US->CN 2025 (missing density above 2 GB/s/mm2)",
        tx(
            "2025-02-01",
            "US",
            "CN",
            "ic.memory.hbm",
            "HBM3E",
            params={"memory_bandwidth_gbps": 1229},
        ),
        {"US": LR, "WA": NLR},
    ),
    (
        "US server for Sugon 2021 (listed 24 Jun 2019)",
        tx("2021-01-15", "US", "CN", "computer", "server", end_user="Sugon"),
        {"US": LR, "WA": NLR},
    ),
    (
        "US server for Inspur Group the day before its listing",
        tx("2023-03-01", "US", "CN", "computer", "server", end_user="Inspur Group"),
        {"US": NLR, "WA": NLR},
    ),
    (
        "US server for Inspur Group on its listing day",
        tx("2023-03-02", "US", "CN", "computer", "server", end_user="Inspur Group"),
        {"US": LR, "WA": NLR},
    ),
    (
        "US etch for SMEE 2023 (listed 16 Dec 2022)",
        tx("2023-06-01", "US", "CN", "sme.etch", "etch tool", end_user="SMEE"),
        {"US": LR, "WA": NLR},
    ),
    # ---- Issue 20: the long-standing CCL entries and the other regime gaps ------------------
    # Source: 15 CFR Part 774 Supp. 1 ECCN 3B001.f.1.a, NS column 2 of the Commerce Country
    # Chart (Part 738 Supp. 1): EUV needed a US licence to China long before 2022.
    ("EUV US->CN 2021 (3B001.f.1, NS2)", litho_us("2021-06-01", "CN", EUV), {"US": LR, "WA": LR}),
    ("EUV US->CN 2025 (3B001.f.1, NS2)", litho_us("2025-06-01", "CN", EUV), {"US": LR, "WA": LR}),
    # (Before its December 2021 list the Wassenaar floor is modelled for EUV scanners only.)
    # No X in NS column 2 for Germany (Country Group A:1); the Wassenaar floor still controls.
    ("EUV US->DE 2024 (no X in NS2)", litho_us("2024-06-01", "DE", EUV), {"US": NLR, "WA": LR}),
    # Source: 88 FR 73424 (17 Nov 2023), ECCN 3B001.f.1.b.2 with 15 CFR 742.4(a)(4): licence to
    # Macau and D:5 whatever the fab's node; 26% US content is above the 25% de minimis level.
    (
        "NXT:1980i NL->CN mature fab 2024-03 with 26% US content (3B001.f.1.b.2)",
        litho(
            "2024-03-01",
            "CN",
            "NXT:1980i",
            "sme.lithography.duv.immersion",
            NXT_1980I,
            content={"US": 26},
            end_use=["mature_node_fab"],
        ),
        {"US": LR, "NL": NLR, "EU": NLR, "WA": NLR},
    ),
    # Source: Reuters, 12 Oct 2022 (KLA and Lam pulled US staff from YMTC under §744.6);
    # YMTC's 128-layer NAND makes its fab an advanced-node fab whatever the request says.
    (
        "US engineer supporting production at YMTC (§744.6)",
        tx(
            "2023-03-01",
            "NL",
            "CN",
            "service.support",
            "field service",
            end_user="YMTC",
            persons=["US"],
        ),
        {"US": LR, "NL": NLR, "EU": NLR, "WA": NLR},
    ),
    # Source: Dutch Ministry of Foreign Affairs to Reuters, 10 Sep 2024: spare parts and
    # software updates for the NXT:1970i/1980i in China need a licence from 7 Sep 2024.
    (
        "ASML servicing an NXT:1980i in China 2024-10 (Dutch servicing licence)",
        tx(
            "2024-10-01", "NL", "CN", "service.support", "field service", params={"overlay_nm": 1.6}
        ),
        {"NL": LR, "EU": NLR, "WA": NLR},
    ),
    (
        "ASML servicing an NXT:1980i in China 2024-09-06 (before the extension)",
        tx(
            "2024-09-06", "NL", "CN", "service.support", "field service", params={"overlay_nm": 1.6}
        ),
        {"NL": NLR, "EU": NLR, "WA": NLR},
    ),
    # ---- Chinese critical materials -------------------------------------------------------
    (
        "Gallium CN->US before 1 Aug 2023",
        tx("2023-07-31", "CN", "US", "material.gallium", "gallium"),
        {"CN": NLR},
    ),
    (
        "Gallium CN->US 2024",
        tx("2024-06-01", "CN", "US", "material.gallium", "gallium"),
        {"CN": LR},
    ),
    (
        "Gallium CN->US after 3 Dec 2024",
        tx("2024-12-03", "CN", "US", "material.gallium", "gallium"),
        {"CN": PRO},
    ),
    (
        "Germanium CN->US 2025",
        tx("2025-06-01", "CN", "US", "material.germanium", "germanium"),
        {"CN": PRO},
    ),
    (
        "Gallium CN->US after the suspension",
        tx("2025-11-09", "CN", "US", "material.gallium", "gallium"),
        {"CN": LR},
    ),
    (
        "Gallium CN->JP 2025",
        tx("2025-01-15", "CN", "JP", "material.gallium", "gallium"),
        {"CN": LR},
    ),
    (
        "Chinese germanium BE->US 2025",
        tx(
            "2025-03-01",
            "BE",
            "US",
            "material.germanium",
            "germanium",
            origin="CN",
            channel="reexport",
        ),
        {"CN": PRO, "EU": NLR, "WA": NLR},
    ),
    (
        "Graphite CN->US 2023-11",
        tx("2023-11-30", "CN", "US", "material.graphite", "flake graphite"),
        {"CN": NLR},
    ),
    (
        "Graphite CN->US 2024",
        tx("2024-06-01", "CN", "US", "material.graphite", "flake graphite"),
        {"CN": LR},
    ),
    (
        "Graphite CN->US 2025 (not banned)",
        tx("2025-01-15", "CN", "US", "material.graphite", "flake graphite"),
        {"CN": LR},
    ),
    (
        "Antimony CN->US 2024-10",
        tx("2024-10-01", "CN", "US", "material.antimony", "antimony"),
        {"CN": LR},
    ),
    (
        "Antimony CN->US 2025",
        tx("2025-03-01", "CN", "US", "material.antimony", "antimony"),
        {"CN": PRO},
    ),
    (
        "Superhard CN->DE 2024-10",
        tx("2024-10-01", "CN", "DE", "material.superhard", "synthetic diamond"),
        {"CN": LR},
    ),
]

IDS = [c[0] for c in CASES]


def expected(verdicts: dict[str, str]) -> dict[str, str]:
    return {j: verdicts.get(j, NA) for j in JURISDICTIONS}


@pytest.mark.parametrize("name, data, verdicts", CASES, ids=IDS)
def test_public_case_through_the_api(world, name, data, verdicts):
    decision = decide(world, Transaction.model_validate(data))
    got = {j: v.outcome.value for j, v in decision.verdicts.items()}
    assert got == expected(verdicts), name


def test_public_cases_through_policy_screen(tmp_path):
    """The same table as one JSON Lines file through the CLI, one decision per line."""
    path = tmp_path / "cases.jsonl"
    path.write_text("".join(json.dumps({**d, "id": n}) + "\n" for n, d, _ in CASES))
    r = CliRunner().invoke(main, ["screen", str(path)], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    lines = [json.loads(x) for x in r.output.splitlines()]
    assert [x["id"] for x in lines] == IDS
    for (name, _, verdicts), out in zip(CASES, lines, strict=True):
        got = {j: v["outcome"] for j, v in out["verdicts"].items()}
        assert got == expected(verdicts), name
        reached = [v for v in got.values() if v != NA]
        order = [NLR, LR, PRO]
        assert out["overall"] == max(reached, key=order.index, default=NLR), name

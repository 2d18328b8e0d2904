"""The neutral export-control benchmark workload: a seeded generator and its plain-Python oracle.

Format ``exportctl-bench-workload/1`` (one JSON object)::

    {"format": "exportctl-bench-workload/1", "seed": 1, "n_rules": 200, "n_txs": 100000,
     "kinds": {"gpu": ["tpp", "performance_density", "node_nm"], ...},   # kind -> its parameters
     "countries": [...41 ISO codes...], "exporters": ["US", "NL", ...],
     "entity_list": ["EU00017", ...],                # end users on the one entity list
     "rules": [{"id": "R0001", "kind": "gpu",
                "conditions": [{"param": "tpp", "op": ">=", "value": 4800.0}],  # 0..3, all hold
                "destinations": ["CN", "RU"],        # the destination is one of these
                "exporters": null,                   # null: any exporter; else one of these
                "entity_list": true,                 # the end user must be listed
                "outcome": "prohibited",             # or "license_required"
                "effective_from": "2023-10-17",      # inclusive
                "effective_to": null}, ...],         # exclusive; null: open-ended
     "transactions": [{"id": 0, "kind": "gpu", "params": {...every parameter of its kind...},
                       "exporter": "US", "destination": "CN", "end_user": "EU00017",
                       "date": "2024-03-01"}, ...]}

A transaction gets the most restrictive outcome (prohibited > license_required) of the rules
that hold for it (kind, every threshold, destination, exporter, listing, and a date in
``[effective_from, effective_to)``), and ``no_license_required`` when none does. Numbers have
at most two decimals; half the transactions aim at a random rule (its thresholds, exactly or a
cent either side, its destinations, exporters, listing, and its date edges).

The same seed and sizes give the same workload, byte for byte, as the neutral generator the
peer measurements were made with (the draws are made in the same order), so the decisions can
be compared with theirs.

    python benchmarks/workload.py --rules 200 --transactions 100000 --seed 1 -o workload.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import operator
import random
from collections.abc import Callable
from typing import Any

FORMAT = "exportctl-bench-workload/1"

#: parameter -> (lowest, highest, the thresholds many rules share)
RANGES: dict[str, tuple[float, float, list[float]]] = {
    "tpp": (0.0, 20000.0, [1600.0, 2400.0, 4800.0, 9600.0]),
    "performance_density": (0.0, 20.0, [1.6, 3.2, 5.92, 8.0]),
    "node_nm": (2.0, 90.0, [3.0, 5.0, 7.0, 14.0, 16.0, 28.0]),
    "wavelength_nm": (10.0, 400.0, [13.5, 193.0, 248.0]),
    "overlay_nm": (0.5, 10.0, [1.5, 2.4, 3.0]),
}
KIND_PARAMS: dict[str, list[str]] = {
    "gpu": ["tpp", "performance_density", "node_nm"],
    "ai_accelerator": ["tpp", "performance_density", "node_nm"],
    "server": ["tpp", "performance_density"],
    "lithography_tool": ["wavelength_nm", "overlay_nm", "node_nm"],
    "etch_tool": ["node_nm"],
    "deposition_tool": ["node_nm"],
    "metrology_tool": ["overlay_nm", "node_nm"],
    "eda_software": ["node_nm"],
}
#: Destinations; the first twelve are the sensitive ones every rule names at least one of.
COUNTRIES = [
    "CN",
    "RU",
    "IR",
    "KP",
    "SY",
    "CU",
    "BY",
    "VE",
    "MM",
    "AF",
    "HK",
    "MO",
    "VN",
    "IN",
    "PK",
    "AE",
    "SA",
    "IL",
    "TR",
    "BR",
    "MX",
    "AR",
    "ZA",
    "EG",
    "ID",
    "MY",
    "TH",
    "SG",
    "KR",
    "JP",
    "TW",
    "AU",
    "CA",
    "GB",
    "DE",
    "FR",
    "NL",
    "IT",
    "ES",
    "SE",
    "PL",
]
SENSITIVE = 12
EXPORTERS = ["US", "NL", "JP", "KR", "TW", "DE", "GB", "FR"]
END_USERS = 2000
LISTED_FRACTION = 0.1
FIRST_DAY = dt.date(2018, 1, 1)
SPAN_DAYS = 3650

OUTCOMES = ("no_license_required", "license_required", "prohibited")
RANK = {name: i for i, name in enumerate(OUTCOMES)}
COMPARE: dict[str, Callable[[float, float], bool]] = {
    ">=": operator.ge,
    ">": operator.gt,
    "<=": operator.le,
    "<": operator.lt,
}


def _iso(offset: int) -> str:
    return (FIRST_DAY + dt.timedelta(days=offset)).isoformat()


def _cents(x: float) -> float:
    """Clamp at zero and keep two decimals (fixed-point exact for the Cedar encoding)."""
    return round(max(x, 0.0), 2)


class Generator:
    """Draws the workload from one ``random.Random(seed)`` stream."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def rule(self, number: int) -> dict[str, Any]:
        rng = self.rng
        kind = rng.choice(list(KIND_PARAMS))
        thresholds = []
        for _ in range(rng.choices([0, 1, 2, 3], [10, 40, 35, 15])[0]):
            param = rng.choice(KIND_PARAMS[kind])
            low, high, shared = RANGES[param]
            value = rng.choice(shared) if rng.random() < 0.5 else _cents(rng.uniform(low, high))
            thresholds.append({"param": param, "op": rng.choice(list(COMPARE)), "value": value})
        size = rng.randint(1, 15)
        sensitive = rng.randint(1, min(size, SENSITIVE))
        destinations = rng.sample(COUNTRIES[:SENSITIVE], sensitive) + rng.sample(
            COUNTRIES[SENSITIVE:], size - sensitive
        )
        start = rng.randrange(365, SPAN_DAYS - 365)
        stop = None if rng.random() < 0.6 else start + rng.randint(180, 1500)
        exporters = sorted(rng.sample(EXPORTERS, rng.randint(1, 4))) if rng.random() < 0.3 else None
        return {
            "id": f"R{number:04d}",
            "kind": kind,
            "conditions": thresholds,
            "destinations": sorted(destinations),
            "exporters": exporters,
            "entity_list": rng.random() < 0.3,
            "outcome": "prohibited" if rng.random() < 0.3 else "license_required",
            "effective_from": _iso(start),
            "effective_to": None if stop is None else _iso(stop),
        }

    def transaction(
        self, number: int, rules: list[dict[str, Any]], listed: list[str], unlisted: list[str]
    ) -> dict[str, Any]:
        rng = self.rng
        target = rng.choice(rules) if rng.random() < 0.5 else None
        kind = target["kind"] if target else rng.choice(list(KIND_PARAMS))
        params = {p: _cents(rng.uniform(*RANGES[p][:2])) for p in KIND_PARAMS[kind]}
        if target:
            for t in target["conditions"]:
                step = rng.choice([-0.01, 0.0, 0.0, 0.01, rng.uniform(-5, 5)])
                params[t["param"]] = _cents(t["value"] + step)
        close = target is not None and rng.random() < 0.7
        destination = rng.choice(target["destinations"]) if close else rng.choice(COUNTRIES)  # type: ignore[index]
        if close and target["exporters"]:  # type: ignore[index]
            exporter = rng.choice(target["exporters"])  # type: ignore[index]
        else:
            exporter = rng.choice(EXPORTERS)
        wants_listed = (close and target["entity_list"]) or rng.random() < LISTED_FRACTION  # type: ignore[index]
        end_user = rng.choice(listed if wants_listed else unlisted)
        day = _iso(rng.randrange(SPAN_DAYS))
        if target and rng.random() < 0.3:
            edges = [target["effective_from"]]
            if target["effective_to"]:
                edges.append(target["effective_to"])
            edge = dt.date.fromisoformat(rng.choice(edges))
            day = (edge - dt.timedelta(days=rng.choice([0, 1]))).isoformat()
        return {
            "id": number,
            "kind": kind,
            "params": params,
            "exporter": exporter,
            "destination": destination,
            "end_user": end_user,
            "date": day,
        }


def generate(n_rules: int = 200, n_txs: int = 100_000, seed: int = 1) -> dict[str, Any]:
    """The workload for ``seed`` and the two sizes (deterministic)."""
    gen = Generator(seed)
    users = [f"EU{i:05d}" for i in range(END_USERS)]
    listed = sorted(gen.rng.sample(users, int(END_USERS * LISTED_FRACTION)))
    unlisted = sorted(set(users) - set(listed))
    rules = [gen.rule(i) for i in range(n_rules)]
    txs = [gen.transaction(i, rules, listed, unlisted) for i in range(n_txs)]
    return {
        "format": FORMAT,
        "seed": seed,
        "n_rules": n_rules,
        "n_txs": n_txs,
        "kinds": KIND_PARAMS,
        "countries": COUNTRIES,
        "exporters": EXPORTERS,
        "entity_list": listed,
        "rules": rules,
        "transactions": txs,
    }


# --------------------------------------------------------------------------- the oracle


def oracle(workload: dict[str, Any]) -> Callable[[list[dict[str, Any]]], list[str]]:
    """The decision semantics as a plain loop over every rule (the "plain Python loop" the
    compiled evaluator is compared with): it skips rules that cannot raise the outcome and
    stops at ``prohibited``, and does nothing cleverer."""
    listed = frozenset(workload["entity_list"])
    table = [
        (
            r["kind"],
            RANK[r["outcome"]],
            r["effective_from"],
            r["effective_to"] or "9999-12-31",
            frozenset(r["destinations"]),
            frozenset(r["exporters"]) if r["exporters"] else None,
            r["entity_list"],
            [(c["param"], COMPARE[c["op"]], c["value"]) for c in r["conditions"]],
        )
        for r in workload["rules"]
    ]

    def decide_all(txs: list[dict[str, Any]]) -> list[str]:
        out = []
        for tx in txs:
            best = 0
            kind, params, day = tx["kind"], tx["params"], tx["date"]
            for rkind, rank, start, stop, dests, exps, needs_listed, conds in table:
                if (
                    rank > best
                    and rkind == kind
                    and start <= day < stop
                    and tx["destination"] in dests
                    and (exps is None or tx["exporter"] in exps)
                    and (not needs_listed or tx["end_user"] in listed)
                    and all(cmp(params[p], v) for p, cmp, v in conds)
                ):
                    best = rank
                    if best == 2:
                        break
            out.append(OUTCOMES[best])
        return out

    return decide_all


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--rules", type=int, default=200)
    ap.add_argument("--transactions", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-o", "--out", default="workload.json")
    a = ap.parse_args()
    with open(a.out, "w") as f:
        json.dump(generate(a.rules, a.transactions, a.seed), f, separators=(",", ":"))


if __name__ == "__main__":
    main()

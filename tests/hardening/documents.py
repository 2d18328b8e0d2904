"""Valid documents of every kind the tool reads, for the bad-input table and the fuzzers to
break: a transaction, a small regime and world, a CSV file, a baseline, a pyproject."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from policy import TPP, Nexus, Outcome, Regime, Rule, Source, World, destination, exporter, kind

VALID_TX: dict[str, Any] = {
    "date": "2022-11-01",
    "exporter": "US",
    "destination": "CN",
    "channel": "export",
    "end_user": {"name": "X", "country": "CN", "owners": [{"party": "SMIC", "share": 60}]},
    "end_use": ["advanced_node_fab"],
    "persons": ["US"],
    "item": {
        "kind": "ic.accelerator",
        "params": {"tpp": 4992, "bidirectional_transfer_rate_gbps": 600},
        "flags": ["datacenter"],
        "classification": {"US": "3A090.a"},
        "origin": "TW",
        "content": {"US": 10},
        "made_with": ["US"],
    },
}

#: The same transaction without an end user: valid against any world (no party names).
PLAIN_TX: dict[str, Any] = {k: v for k, v in VALID_TX.items() if k != "end_user"}

TINY_REGIME = Regime(
    jurisdiction="US",
    name="Tiny test law",
    reach=(
        Nexus(
            id="territory",
            title="export from the test country",
            when=exporter("US"),
            effective=date(2000, 1, 1),
            source=Source(document="test"),
        ),
    ),
    rules=(
        Rule(
            id="T-1",
            title="accelerators to China",
            when=kind("ic") & (TPP >= 4800) & destination("CN"),
            outcome=Outcome.LICENSE_REQUIRED,
            effective=date(2020, 1, 1),
            source=Source(document="test", section="1"),
            defined_at=None,
        ),
    ),
)
TINY_WORLD = World(regimes=(TINY_REGIME,))


def tiny_regime() -> dict[str, Any]:
    """The tiny regime as JSON data (a fresh copy to break)."""
    return json.loads(TINY_REGIME.model_dump_json(exclude={"rules": {0: {"defined_at"}}}))


def tiny_world() -> dict[str, Any]:
    return {"regimes": [tiny_regime()]}


CSV_HEADER = "id,date,exporter,destination,item.kind,item.params.tpp,end_use"
CSV_ROW = "a1,2022-11-01,US,CN,ic.accelerator,4992,advanced_node_fab"

BASELINE: dict[str, Any] = {
    "version": 1,
    "accepted": [
        {
            "fingerprint": "PL101|supplier_substitution|JP,US|US-744.23-fab|sme.etch",
            "code": "PL101",
            "message": "a loophole",
            "reason": "accepted for the test",
            "owner": "test team",
            "expires": "2099-01-01",
        }
    ],
}

PYPROJECT = '[project]\nname = "x"\n\n[tool.policy]\nregimes = "regime.json"\nbaseline = "b.json"\n'

#: A regime module as a user writes one (imported by path in the module fuzzer).
VALID_MODULE = '''"""A small regime written in Python."""

from datetime import date

from policy import TPP, Nexus, Outcome, Regime, Rule, Source, destination, exporter, kind

REGIME = Regime(
    jurisdiction="US",
    name="Tiny test law",
    reach=(
        Nexus(
            id="territory",
            title="export from the test country",
            when=exporter("US"),
            effective=date(2000, 1, 1),
            source=Source(document="test"),
        ),
    ),
    rules=(
        Rule(
            id="T-1",
            title="accelerators to China",
            when=kind("ic") & (TPP >= 4800) & destination("CN"),
            outcome=Outcome.LICENSE_REQUIRED,
            effective=date(2020, 1, 1),
            source=Source(document="test", section="1"),
        ),
    ),
)
'''

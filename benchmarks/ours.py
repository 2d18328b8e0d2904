"""The benchmark workload in our model: one :class:`policy.Regime` and real transactions.

Each workload rule becomes a :class:`policy.Rule` whose ``when`` is
``kind(...) & thresholds & destination(...) [& exporter(...)] [& listed("entity_list")]``
with the rule's dates; the workload's eight item kinds map onto eight kinds of our
vocabulary, none a prefix of another (so a rule on one never matches another); end users are
parties and the entity list is a party list. The regime reaches every transaction (one nexus
that always holds), so its verdict is the workload's decision. The compiled evaluator then
compiles this regime like any other: nothing here is special-cased for the benchmark.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from policy import (
    ALWAYS,
    Compare,
    Listing,
    Nexus,
    Outcome,
    Party,
    PartyList,
    Regime,
    Rule,
    Source,
    Transaction,
    World,
    destination,
    exporter,
    kind,
    listed,
)
from policy.model import vocabulary as v

SOURCE = Source(document="exportctl-bench-workload/1", section="generated rule")
OUTCOME = {"license_required": Outcome.LICENSE_REQUIRED, "prohibited": Outcome.PROHIBITED}


KINDS = {
    "gpu": "ic.accelerator",
    "ai_accelerator": "ic.logic",
    "server": "computer",
    "lithography_tool": "sme.lithography.euv",
    "etch_tool": "sme.etch",
    "deposition_tool": "sme.cleaning",
    "metrology_tool": "sme.inspection",
    "eda_software": "software.eda",
}


def kind_name(kind_: str) -> str:
    return KINDS[kind_]


def _check_kinds() -> None:
    names = list(KINDS.values())
    assert all(n in v.kinds() for n in names), names
    assert not any(v.kind_matches(a, b) for a in names for b in names if a != b), names


def rule_of(r: dict[str, Any]) -> Rule:
    when = kind(kind_name(r["kind"]))
    for c in r["conditions"]:
        when = when & Compare(op=c["op"], param=c["param"], value=c["value"])
    when = when & destination(*r["destinations"])
    if r["exporters"]:
        when = when & exporter(*r["exporters"])
    if r["entity_list"]:
        when = when & listed("entity_list")
    return Rule(
        id=r["id"],
        title=f"workload rule {r['id']}",
        when=when,
        outcome=OUTCOME[r["outcome"]],
        effective=dt.date.fromisoformat(r["effective_from"]),
        end=dt.date.fromisoformat(r["effective_to"]) if r["effective_to"] else None,
        source=SOURCE,
        defined_at=None,
    )


def world_of(workload: dict[str, Any]) -> World:
    _check_kinds()
    users = sorted(
        {tx["end_user"] for tx in workload["transactions"]} | set(workload["entity_list"])
    )
    regime = Regime(
        jurisdiction="US",
        name="benchmark workload",
        reach=(
            Nexus(
                id="any",
                title="every transaction",
                when=ALWAYS,
                effective=dt.date(1900, 1, 1),
                source=SOURCE,
            ),
        ),
        rules=tuple(rule_of(r) for r in workload["rules"]),
        lists=(
            PartyList(
                id="entity_list",
                name="entity list",
                listings=tuple(Listing(party=p) for p in workload["entity_list"]),
            ),
        ),
        parties=tuple(Party(id=u, name=u, country="CN") for u in users),
    )
    return World(regimes=(regime,))


def transactions_of(txs: list[dict[str, Any]]) -> list[Transaction]:
    return [
        Transaction.model_validate(
            {
                "id": tx["id"],
                "date": tx["date"],
                "exporter": tx["exporter"],
                "destination": tx["destination"],
                "end_user": tx["end_user"],
                "item": {"kind": kind_name(tx["kind"]), "params": tx["params"]},
            }
        )
        for tx in txs
    ]

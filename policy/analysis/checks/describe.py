"""How findings put things in words: a transaction in one line, a number as rules write it,
the rules involved as references, and a consistency finding from its parts.

Shared by the checks, the loophole search, the output formats and the semantic diff, so a
transaction reads the same in every message.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from policy.analysis.findings import Finding, RuleRef, Severity
from policy.model.decisions import Outcome
from policy.model.numbers import format_short
from policy.model.rules import Rule
from policy.model.transactions import Transaction


def describe(tx: Transaction) -> str:
    """A one-line account of a transaction for messages: what, how capable, from where to
    whom, and the facts the law reads."""
    item = tx.item
    bits = [item.kind]
    if item.params:
        bits.append(
            "(" + ", ".join(f"{k} {format_short(x)}" for k, x in sorted(item.params.items())) + ")"
        )
    if item.flags:
        bits.append("[" + ", ".join(item.flags) + "]")
    text = " ".join(bits)
    verb = {"export": "from", "reexport": "re-exported from", "transfer": "transferred in"}.get(
        tx.channel, f"by {tx.channel.replace('_', ' ')} from"
    )
    text += f" {verb} {tx.exporter} to {tx.destination}"
    extras = []
    if item.producer:
        extras.append(f"by {item.producer}")
    if item.origin:
        extras.append(f"made in {item.origin}")
    if item.made_with:
        extras.append(f"with {', '.join(item.made_with)} technology")
    if item.content:
        extras.append(
            ", ".join(f"{format_short(x)}% {j} content" for j, x in sorted(item.content.items()))
        )
    if item.classification:
        extras.append(
            ", ".join(f"classified {c} ({j})" for j, c in sorted(item.classification.items()))
        )
    eu = tx.end_user
    if isinstance(eu, str):
        extras.append(f"for {eu}")
    elif eu is not None:
        extras.append(f"for {eu.name}")
    if tx.consignee is not None:
        extras.append(f"to consignee {tx.consignee.name}")
    if tx.exporter_party is not None:
        extras.append(f"exported by {tx.exporter_party.name}")
    if tx.end_use:
        extras.append(f"end use {', '.join(tx.end_use)}")
    if tx.persons:
        extras.append(f"by {', '.join(tx.persons)} persons")
    if extras:
        text += " (" + "; ".join(extras) + ")"
    return text + f" on {tx.date.isoformat()}"


def level(outcome: Outcome) -> int:
    """Restrictiveness for comparisons: not reached and no licence required are both 0."""
    return outcome.rank if outcome.restrictive else 0


def refs(rules: Iterable[Rule]) -> list[RuleRef]:
    """References to ``rules`` for a finding, one per rule id (the first version named)."""
    seen: dict[str, RuleRef] = {}
    for r in rules:
        seen.setdefault(r.id, RuleRef.of(r))
    return list(seen.values())


def consistency_finding(
    code: str,
    message: str,
    *,
    jurisdiction: str,
    rules: Sequence[Rule] = (),
    witness: Sequence[Transaction] = (),
    severity: Severity = "error",
    key: str = "",
) -> Finding:
    """A finding of a consistency check: one jurisdiction, the rules involved, a witness."""
    return Finding(
        code=code,
        category="consistency",
        severity=severity,
        message=message,
        jurisdictions=[jurisdiction],
        rules=refs(rules),
        witness=list(witness),
        key=key,
    )


__all__ = ["consistency_finding", "describe", "level", "refs"]

"""Witness transactions: how a move edits the denied transaction into its witness
(:func:`with_changes`), the key the search caches decisions by (:func:`transaction_key`),
and how hard a witness is to read (:func:`complexity`), to report the simplest one found."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from policy.model.transactions import EndUser, Transaction

_ITEM_TUPLES = ("flags", "made_with")
_TX_TUPLES = ("end_use", "persons")


def transaction_key(tx: Transaction) -> str:
    """A transaction as a string, equal for equal transactions (its compact JSON)."""
    return tx.model_dump_json(exclude_defaults=True)


def with_changes(tx: Transaction, **changes: Any) -> Transaction:
    """``tx`` with some fields changed (``item_*`` for the item's); values are normalised
    as validation would (sorted tuples), without re-validating the whole transaction."""
    item_changes = {k[5:]: changes.pop(k) for k in list(changes) if k.startswith("item_")}
    for k in _ITEM_TUPLES:
        if k in item_changes:
            item_changes[k] = tuple(sorted(set(item_changes[k])))
    for k in _TX_TUPLES:
        if k in changes:
            changes[k] = tuple(sorted(set(changes[k])))
    if "date" in changes and isinstance(changes["date"], str):
        changes["date"] = dt.date.fromisoformat(changes["date"])
    if isinstance(changes.get("end_user"), dict):
        changes["end_user"] = EndUser.model_validate(changes["end_user"])
    if item_changes:
        changes["item"] = tx.item.model_copy(update=item_changes)
    return tx.model_copy(update=changes)


def complexity(denied: Transaction, legs: Sequence[Transaction]) -> tuple[int, ...]:
    """How hard a witness is to read, for choosing the simplest of several: fewer legs,
    fewer facts (persons, technology, content, named end users), an exporter other than
    the destination, then shorter JSON."""

    def facts(t: Transaction) -> int:
        n = len(t.persons) + len(t.item.made_with) + len(t.item.content) + len(t.item.flags)
        n += len(t.item.classification) + len(t.end_use)
        n += 0 if t.end_user is None else 1 if isinstance(t.end_user, str) else 2
        n += 0 if t.item.origin in (None, t.exporter) else 1
        n += 2 if t.exporter == t.destination else 0
        n += 0 if t.channel == "export" else 1
        return n

    txs = [denied, *legs]
    return (
        len(legs),
        sum(facts(t) for t in txs),
        sum(len(transaction_key(t)) for t in txs),
    )


__all__ = ["complexity", "transaction_key", "with_changes"]

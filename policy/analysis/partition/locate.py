"""Where a transaction lies in the partition: the truth of every atom on it, and its class
on every axis.

Two ways to the same answer. :func:`atom_truths` evaluates every atom through the engine's
scope (so the partition and the engine agree by construction) and is the reference; the
:class:`Classifier` reads a transaction's fields and looks each up in tables built once
per partition, which is what the loophole search and the diff use to locate thousands of
transactions. A test holds the two equal.

The end user's atoms are evaluated here for both the transactions and the end-user
profiles the axis builders try (:func:`end_user_atom`), with the headquarters chain an end
user's listed owners give it (:func:`hq_chain`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from policy.analysis._expr import TABLE, TRUE
from policy.engine.facts import headquarters_chain
from policy.engine.scope import TransactionScope
from policy.model import vocabulary as v
from policy.model.conditions import PARTY_COUNTRY_FIELDS
from policy.model.parties import Party
from policy.model.transactions import EndUser, Transaction

if TYPE_CHECKING:
    from policy.analysis.partition.axes import Axis
    from policy.analysis.partition.compiler import Compiler, Slot
    from policy.analysis.partition.core import Partition


# --------------------------------------------------------------------------- atom truth


def atom_truths(part: Partition, tx: Transaction) -> dict[int, bool]:
    """The value of every atom of the partition on ``tx`` (through the engine's scope, so
    that the partition and the engine agree by construction)."""
    return truths_of_atoms(part.compiler, part.axes, tx)


def truths_of_atoms(comp: Compiler, axes: Sequence[Axis], tx: Transaction) -> dict[int, bool]:
    """:func:`atom_truths` for the atoms ``comp`` compiled on ``axes``."""
    out: dict[int, bool] = {}
    scopes: dict[str, TransactionScope] = {}

    def scope(jur: str) -> TransactionScope:
        s = scopes.get(jur)
        if s is None:
            s = TransactionScope(comp.indexes[jur], tx)
            scopes[jur] = s
        return s

    any_scope = scope(comp.regimes[0].jurisdiction) if comp.regimes else None
    for axis in axes:
        payloads = comp.raw.get(axis.name, {})
        for key, payload in payloads.items():
            aid = TABLE.atom_id(key)
            if aid is None:
                continue
            out[aid] = atom_value(comp, axis, key, payload, tx, scope, any_scope)
    return out


def atom_value(
    comp: Compiler,
    axis: Axis,
    key: Any,
    payload: Any,
    tx: Transaction,
    scope: Callable[[str], TransactionScope],
    any_scope: TransactionScope | None,
) -> bool:
    """The value of one atom (its ``key`` and ``payload`` as the compiler keeps them) on
    ``tx``; ``scope`` gives a regime's scope of ``tx``, ``any_scope`` one of them for the
    atoms that read no regime's groups or lists."""
    kind = axis.kind
    if kind in ("param", "content", "flag", "class", "channel", "kind", "producer"):
        assert any_scope is not None
        return bool(payload.evaluate(any_scope))
    if kind == "end_use":
        return key[1] in tx.end_use
    if kind == "made_with":
        return key[1] in tx.item.made_with
    if kind == "persons":
        cls = next(c for c in comp.persons_classes if c.value == key[1])
        return any(p in cls.members for p in tx.persons)
    if kind == "country":
        jur, cond = payload
        if axis.key in PARTY_COUNTRY_FIELDS:
            values: tuple[str, ...] = party_countries(comp, tx, axis.key)
        elif axis.key == "exporter":
            values = (tx.exporter,)
        elif axis.key == "destination":
            values = (tx.destination,)
        else:
            values = (tx.item.origin,) if tx.item.origin else ()
        return any(comp.in_set(jur, cond.countries, cond.groups, c) for c in values)
    if kind == "end_user":
        return end_user_atom(comp, key, payload, tx.end_user, tx)
    raise AssertionError(axis.name)


def party_countries(comp: Compiler, tx: Transaction, fld: str) -> tuple[str, ...]:
    """The countries a consignee or exporting-company field names on ``tx`` (see
    :data:`~policy.model.conditions.PARTY_COUNTRY_FIELDS`), as the engine's scope gives
    them; an owner the world does not know is skipped, as :func:`hq_chain` does."""
    if fld == "consignee.headquarters":
        if tx.consignee is None:
            return ()
        return headquarters_chain(tx.consignee, comp.parties, None, on_unknown="skip")
    e = tx.exporter_party
    return (e.headquarters,) if e is not None and e.headquarters else ()


def hq_chain(comp: Compiler, who: Party | EndUser) -> tuple[tuple[str, ...], bool]:
    """The headquarters chain (own, then parents owning more than 50%) as the engine's
    :func:`~policy.engine.facts.headquarters_chain` gives it without the destination, and
    whether its first element is only the transaction's destination (an end user without
    country). An owner the world does not know is skipped: the partition classes end users
    it need not vouch for."""
    follows = (who.headquarters or who.country) is None
    return headquarters_chain(who, comp.parties, None, on_unknown="skip"), follows


def end_user_atom(
    comp: Compiler, key: Any, payload: Any, eu: str | EndUser | None, tx: Transaction | None
) -> bool:
    """The value of an end-user atom for the end user ``eu`` (as a transaction gives it),
    on ``tx`` when there is one, else on a probe transaction of the compiler's date."""
    who: Party | EndUser | None
    if isinstance(eu, str):
        who = comp.parties.get(eu)
        if who is None:
            return False
    else:
        who = eu
    tag = key[0]
    if tag == "eu-country-follows-destination":
        return who is None or (isinstance(who, EndUser) and who.country is None)
    if tag == "eu-country":
        if who is None or who.country is None:
            return False
        jur, cond = payload
        return comp.in_set(jur, cond.countries, cond.groups, who.country)
    if tag == "eu-hq-follows-destination":
        if who is None:
            return False
        return hq_chain(comp, who)[1]
    if tag == "eu-hq":
        if who is None:
            return False
        chain, _ = hq_chain(comp, who)
        jur, cond = payload
        return any(comp.in_set(jur, cond.countries, cond.groups, c) for c in chain)
    if tag == "listed":
        jur, cond = payload
        index = comp.indexes.get(jur)
        if index is None or cond.list not in index.lists or who is None:
            return False
        probe = tx or Transaction.model_validate(
            {
                "date": comp.on.isoformat(),
                "exporter": "US",
                "destination": "US",
                "end_user": eu if isinstance(eu, str) else (eu.model_dump() if eu else None),
                "item": {"kind": "other"},
            }
        )
        if tx is not None and tx.date != comp.on:
            probe = tx.model_copy(update={"date": comp.on})
        try:
            return (
                TransactionScope(index, probe).listed(cond.list, cond.tags, cond.min_share)
                is not None
            )
        except Exception:
            return False
    raise AssertionError(tag)


# --------------------------------------------------------------------------- classes


class Classifier:
    """The class of a transaction on each axis of a partition, read from its fields through
    tables built once (the kind, country and channel tables up front, the classification
    and end-user tables as values are met)."""

    def __init__(self, axes: Sequence[Axis], compiler: Compiler) -> None:
        self.axes = axes
        self.compiler = compiler
        self._tables: list[Any] | None = None

    def classify_by_atoms(self, tx: Transaction) -> list[int | None]:
        """The class of ``tx`` on each axis, by evaluating every atom through the engine's
        scope (the reference for :meth:`classify`)."""
        truth = truths_of_atoms(self.compiler, self.axes, tx)
        out: list[int | None] = []
        for axis in self.axes:
            true = frozenset(a for a in axis.atoms if truth.get(a, False))
            out.append(axis.class_of_truths(true))
        return out

    def classify(self, tx: Transaction) -> list[int | None]:
        """The class of ``tx`` on each axis (``None`` where no class has its values)."""
        tables = self._tables
        if tables is None:
            tables = self._tables = [self.table(a) for a in self.axes]
        comp = self.compiler
        params = None
        out: list[int | None] = []
        item = tx.item
        for axis, table in zip(self.axes, tables, strict=True):
            kind, key = axis.kind, axis.key
            if kind == "kind":
                out.append(table.get(item.kind))
            elif kind == "country" and key in PARTY_COUNTRY_FIELDS:
                values = party_countries(comp, tx, key)
                if len(values) <= 1:
                    out.append(table.get(values[0] if values else None))
                else:
                    true = frozenset(
                        TABLE.known_atom(k)
                        for k, (jur, a) in comp.raw[axis.name].items()
                        if any(comp.in_set(jur, a.countries, a.groups, c) for c in values)
                    )
                    out.append(axis.by_truth.get(true))
            elif kind == "producer":
                who = item.producer
                hit = table.get(who, -2)
                if hit == -2:
                    true = frozenset(
                        TABLE.known_atom(k)
                        for k, a in comp.raw[axis.name].items()
                        if a.matches(who)
                    )
                    hit = table[who] = axis.by_truth.get(true)
                out.append(hit)
            elif kind == "country":
                x = (
                    tx.exporter
                    if key == "exporter"
                    else tx.destination
                    if key == "destination"
                    else item.origin
                )
                out.append(table.get(x))
            elif kind == "param":
                if params is None:
                    params = v.with_derived(item.params)
                out.append(axis.numeric_class(params.get(key)))
            elif kind == "content":
                out.append(axis.numeric_class(item.content.get(key, 0.0)))
            elif kind == "flag":
                out.append(1 if key in item.flags else 0)
            elif kind == "end_use":
                out.append(1 if key in tx.end_use else 0)
            elif kind == "made_with":
                out.append(1 if key in item.made_with else 0)
            elif kind == "persons":
                members = table
                out.append(1 if any(p in members for p in tx.persons) else 0)
            elif kind == "channel":
                out.append(table.get(tx.channel))
            elif kind == "class":
                code = item.classification.get(key)
                hit = table.get(code, -2)
                if hit == -2:
                    true = frozenset(
                        TABLE.known_atom(k)
                        for k, a in comp.raw[axis.name].items()
                        if code is not None and any(code.startswith(p) for p in a.prefixes)
                    )
                    hit = table[code] = axis.by_truth.get(true)
                out.append(hit)
            else:  # end_user
                eu = tx.end_user
                ekey = eu if not isinstance(eu, EndUser) else eu.model_dump_json()
                hit = table.get(ekey, -2)
                if hit == -2:
                    true = frozenset(
                        TABLE.known_atom(k)
                        for k, payload in comp.raw[axis.name].items()
                        if end_user_atom(comp, k, payload, eu, None)
                    )
                    hit = table[ekey] = axis.by_truth.get(true)
                out.append(hit)
        return out

    def table(self, axis: Axis) -> Any:
        """What :meth:`classify` looks a value up in on ``axis``: for a kind, country or
        channel axis a dict from value to class index (``None``, no origin given, to the
        class where no atom holds); for a persons axis the set of its class's
        nationalities; else an empty dict that fills as values are met."""
        comp = self.compiler
        kind = axis.kind
        if kind == "kind":
            return {
                k: axis.by_truth.get(
                    frozenset(
                        TABLE.known_atom(key) for key, a in comp.raw["kind"].items() if a.matches(k)
                    )
                )
                for k in v.kinds()
            }
        if kind in ("country", "channel"):
            table: dict[Any, int | None] = {}
            for i, c in enumerate(axis.classes):
                for m in c.members:
                    table[m] = i
            # No origin given: no origin atom holds.
            table[None] = axis.by_truth.get(frozenset())
            return table
        if kind == "persons":
            cls = next(c for c in comp.persons_classes if c.value == axis.key)
            return frozenset(cls.members)
        return {}

    def evaluate(self, slots: Sequence[Slot], tx: Transaction) -> tuple[bool, ...] | None:
        """The value of every slot's condition on ``tx`` from its classes, without a
        diagram: each axis a condition still reads fixes its atoms; None where ``tx`` has
        no class on such an axis."""
        t = TABLE
        masks, restrict = t.masks, t.restrict
        state = tuple(s.expr for s in slots)
        for axis, ci in zip(self.axes, self.classify(tx), strict=True):
            bit = 1 << axis.id
            if not any(masks[e] & bit for e in state):
                continue
            if ci is None:
                return None
            true = axis.classes[ci].true_atoms
            state = tuple(restrict(e, axis.id, true) if masks[e] & bit else e for e in state)
        return tuple(e == TRUE for e in state)

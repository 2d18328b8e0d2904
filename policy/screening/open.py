"""Open facts in a screening: each decided record's, worked out by the compiled tables.

Every reader hands a chunk's :class:`~policy.screening.answers.Answers` here with a way to
get each record's JSON data. A record whose data states every fact the law in force on its
date reads (:func:`policy.engine.open_facts.plan` is empty) keeps its answer as it is, at
the cost of reading which keys it has. For the others, every variant of every record of
the chunk (one open fact set to one of its classes) is a row of one batch for the compiled
evaluator, and each record's open facts are folded from its variants' outcomes
(:func:`policy.engine.open_facts.fold`); a record with some gets a whole decision in the
table, carrying them. A variant whose end user the tables cannot vouch for is decided by
the reference engine. The differential tests hold the result equal to
``decide(..., open_facts=True)``.

With ``facts="strict"`` a record with open facts is refused instead: its place gets an
error naming them (``open facts (--facts strict): US: licence required if ...``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import numpy.typing as npt

from policy.engine.compiled import Batch, row_of
from policy.engine.decide import reference_outcomes, regime_indexes
from policy.engine.open_facts import (
    STRICT,
    Variant,
    fold,
    open_fact_lines,
    plan,
    stated_by_paths,
    stated_paths,
    with_open_facts,
)
from policy.errors import InputError, PolicyError
from policy.loading import check_references, transaction_from_data
from policy.model import vocabulary as v
from policy.model.decisions import Decision, Outcome, Verdict, not_modelled_by
from policy.model.transactions import Transaction
from policy.model.world import World
from policy.screening.answers import ERROR, Answers
from policy.screening.settings import Settings

Bools = npt.NDArray[np.bool_]


def add_open_facts(
    s: Settings,
    a: Answers,
    data_of: Callable[[int], Any],
    where: Callable[[int], str],
    maybe: Bools | None = None,
) -> Answers:
    """``a`` with each decided record's open facts (see the module docstring).

    ``data_of(k)`` is entry ``k``'s record as raw JSON bytes or JSON data (anything else,
    such as a reader's error, is left as it is); ``where(k)`` names it in messages.
    ``maybe``, when given, is False for the entries known to state every fact
    (:func:`maybe_open`): they are not read again."""
    if s.facts == "assume":
        return a
    world = s.world
    todo: list[tuple[int, Transaction, list[Variant]]] = []
    codes_list = a.codes.tolist()
    look = range(len(codes_list)) if maybe is None else np.flatnonzero(maybe).tolist()
    for k in look:
        if codes_list[k] < 0:
            continue
        data = data_of(k)
        if isinstance(data, bytes):
            import orjson

            data = orjson.loads(data)
        if not isinstance(data, Mapping):
            continue
        day = dt.date.fromordinal(s.on) if s.on is not None else _date(data)
        if day is None:
            continue
        item = data.get("item")
        params = item.get("params") if isinstance(item, Mapping) else None
        kind = item.get("kind") if isinstance(item, Mapping) else None
        stated = stated_paths(data)
        if not plan(world, day, params or {}, stated, kind if isinstance(kind, str) else None):
            continue
        try:
            place = where(k)
            tx = check_references(transaction_from_data(data, where=place), world, where=place)
        except InputError:
            continue  # decided already, so not expected
        if s.on is not None:
            tx = tx.model_copy(update={"date": day})
        tx = world.canonical(tx)
        todo.append((k, tx, plan(world, day, tx.item.params, stated, tx.item.kind)))
    if not todo:
        return a
    outcomes = _outcomes(s, todo)
    table = list(a.table)
    codes = a.codes.copy()
    errors = dict(a.errors)
    at = 0
    for k, tx, variants in todo:
        got = outcomes[at : at + len(variants)]
        at += len(variants)
        entry = table[codes[k]]
        overall, verdicts = _verdicts(s, entry)
        facts = fold(verdicts, variants, got)
        if not facts:
            continue
        opened = with_open_facts(verdicts, facts)
        if s.facts == "strict":
            codes[k] = ERROR
            errors[k] = f"{where(k)}: {STRICT}: " + "; ".join(open_fact_lines(opened))
            continue
        table.append(
            Decision(
                id=tx.id, overall=overall, verdicts=opened, not_modelled=not_modelled_by(opened)
            )
        )
        codes[k] = len(table) - 1
    return Answers(a.ids, codes, table, dict(sorted(errors.items())), a.lines, a.key)


def maybe_open(world: World, batch: Batch) -> Bools | None:
    """Which rows of a batch the columnar reader made may leave a fact out (False: the row
    states every field :func:`~policy.engine.open_facts.stated_by_paths` names), from the
    batch's ``stated`` masks and its parameter columns (a derived parameter counts as
    given where its inputs are); None when the batch does not say."""
    stated = batch.stated
    if stated is None:
        return None
    out = np.zeros(batch.n, dtype=np.bool_)
    kinds = batch.columns["kind"]
    for code, kind in enumerate(kinds.values):
        rows = kinds.codes == code
        if not rows.any():
            continue
        for path in stated_by_paths(world, kind if isinstance(kind, str) else None):
            if path.startswith(_PARAMS):
                out |= rows & np.isnan(batch.param(path.removeprefix(_PARAMS)))
                continue
            got = stated.get(path)
            if got is None:  # a field the reader does not report on: such rows may leave it out
                out |= rows
                break
            out |= rows & ~got
    return out


def arrow_maybe_open(world: World, rb: Any) -> Bools:
    """:func:`maybe_open` for an Arrow record batch whose columns are dotted field paths: a
    field is stated in a row where its column, or a column under it (``item.content.US``
    for ``item.content``), is not null; a derived parameter where its inputs are."""
    n = rb.num_rows
    names = rb.schema.names

    def valid(path: str) -> Bools:
        got = np.zeros(n, dtype=np.bool_)
        for name in names:
            if name == path or name.startswith(path + "."):
                got |= np.asarray(rb.column(name).is_valid().to_numpy(zero_copy_only=False))
        return got

    out = np.zeros(n, dtype=np.bool_)
    if "item.kind" in names:
        kinds = rb.column("item.kind").to_pylist()
        by_kind: dict[Any, list[int]] = {}
        for i, kind in enumerate(kinds):
            by_kind.setdefault(kind, []).append(i)
    else:
        by_kind = {None: list(range(n))}
    valids: dict[str, Bools] = {}
    for kind, where in by_kind.items():
        rows = np.zeros(n, dtype=np.bool_)
        rows[where] = True
        for path in stated_by_paths(world, kind if isinstance(kind, str) else None):
            stated = valids.get(path)
            if stated is None:
                stated = valid(path)
                if path.startswith(_PARAMS):
                    p = v.parameters().get(path.removeprefix(_PARAMS))
                    if p is not None and p.derived_from:
                        inputs = np.ones(n, dtype=np.bool_)
                        for d in p.derived_from:
                            inputs &= valid(_PARAMS + d)
                        stated |= inputs
                valids[path] = stated
            out |= rows & ~stated
    return out


_PARAMS = "item.params."


def _date(data: Mapping[str, Any]) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(data["date"]))
    except (KeyError, ValueError):
        return None


def _verdicts(s: Settings, entry: int | Decision) -> tuple[Outcome, Mapping[str, Verdict]]:
    if isinstance(entry, Decision):
        return entry.overall, entry.verdicts
    overall, verdicts, _ = s.compiled.combo(entry)
    return overall, verdicts


def _outcomes(
    s: Settings, todo: list[tuple[int, Transaction, list[Variant]]]
) -> list[Mapping[str, Outcome]]:
    """Every variant's outcome per jurisdiction, in order: the compiled tables for the
    chunk's variants at once, the reference engine for a variant they do not vouch for."""
    rows: list[tuple[Any, ...]] = []
    for _, tx, variants in todo:
        row = row_of(tx)
        rows.extend(v.row(row) for v in variants)
    cw = s.compiled
    # in slices, so that a chunk of incomplete records does not hold all its variants'
    # columns at once
    cids: list[int] = []
    slow: list[bool] = []
    for start in range(0, len(rows), _SLICE):
        combos, deferred = cw.combos(Batch(rows[start : start + _SLICE]))
        cids += combos.tolist()
        slow += deferred.tolist()
    del rows
    out: list[Mapping[str, Outcome]] = []
    maps: dict[int, Mapping[str, Outcome]] = {}
    i = 0
    indexes = None
    for _, tx, variants in todo:
        for variant in variants:
            if slow[i]:
                indexes = indexes or regime_indexes(s.world)
                try:
                    out.append(reference_outcomes(indexes, variant.transaction(tx)))
                except PolicyError:
                    out.append({})
            else:
                cid = cids[i]
                got = maps.get(cid)
                if got is None:
                    got = maps[cid] = _outcome_map(cw, cid)
                out.append(got)
            i += 1
    return out


#: Variants evaluated in one batch.
_SLICE = 16384


def _outcome_map(cw: Any, cid: int) -> Mapping[str, Outcome]:
    return {j: vd.outcome for j, vd in cw.combo(cid)[1].items()}

"""Semantic diff: which transactions change outcome between two versions of the law.

The two sides are two dates of one library (``--from 2023-10-16 --to 2023-11-17``) or two
git revisions (loaded in isolation by :mod:`policy.revisions`). The comparison is exact:

1. Each side's law in force on its date is snapshotted (rules, carve-outs and reach in
   force; group members and listings of that day) and the two snapshots are merged into one
   world whose ids carry the side (``a:US-3A090``, ``b:US-3A090.a``, ``a:D:5``), so that the
   partition of :mod:`policy.analysis.partition` cuts the transaction space at the
   thresholds, country classes and parties of *both* sides: every condition of either side
   is constant on every cell of this union partition.
2. Each cell's representative is decided by the real engine under each side (dated with
   that side's date); a cell whose outcome differs for a jurisdiction is a change.
3. Changed cells are gathered into regions: the smallest witness of an ungrouped cell is
   chosen, the axes that matter to its change are found by moving it to every other class of
   each axis, and the region is the box those axes' classes span; every changed cell inside
   the box with the same jurisdiction, outcomes and rules joins it. Each region is reported
   once with its minimal witness, the old and new outcome, and the rules responsible.

Equivalent refactorings (reordered rules, renamed ids, restated conditions) change no
outcome and report no change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, computed_field

from policy._documents import stamped
from policy.analysis.findings import RuleRef
from policy.analysis.partition import Cell, Partition, partition
from policy.engine.bulk import decide_many
from policy.model import vocabulary as v
from policy.model.conditions import All, AnyOf, Condition, Countries, Listed, Not
from policy.model.decisions import Decision, Outcome
from policy.model.parties import CountryGroup, Listing, Membership, Party, PartyList
from policy.model.regimes import Regime
from policy.model.transactions import Transaction
from policy.model.world import World

#: The date every merged rule is in force on (any date works: the merge is undated).
_MERGE_DAY = dt.date(2000, 1, 1)

Direction = str  # "tightened" | "loosened"


class Change(BaseModel):
    """One region whose outcome changed for one jurisdiction (the diff JSON contract)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    jurisdiction: str
    direction: str
    old: Outcome
    new: Outcome
    region: str
    witness: Transaction
    rules: list[RuleRef] = Field(default_factory=list)
    cells: int = 1

    def to_json_dict(self) -> dict[str, object]:
        data = self.model_dump(mode="json", exclude={"witness"})
        data["witness"] = self.witness.to_json_dict()
        return data


class DiffReport(BaseModel):
    """Everything a diff found, in a stable order."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    from_: str = Field(alias="from")
    to: str
    cells: int
    changes: list[Change] = Field(default_factory=list)

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def semantic_change(self) -> bool:
        """Whether any outcome changed (a refactoring of the law changes none)."""
        return bool(self.changes)

    @property
    def tightened(self) -> list[Change]:
        return [c for c in self.changes if c.direction == "tightened"]

    @property
    def loosened(self) -> list[Change]:
        return [c for c in self.changes if c.direction == "loosened"]

    def to_json_dict(self) -> dict[str, object]:
        return stamped(
            "diff",
            {
                "from": self.from_,
                "to": self.to,
                "cells": self.cells,
                "semantic_change": self.semantic_change,
                "changes": [c.to_json_dict() for c in self.changes],
            },
        )


@dataclass(frozen=True)
class Side:
    """One side of a diff: a world and the date whose law is compared."""

    world: World
    on: dt.date
    label: str


# --------------------------------------------------------------------------- merging


def _rename(cond: Condition, p: str) -> Condition:
    """``cond`` with its group and list references given the side prefix ``p``."""
    if isinstance(cond, Countries) and cond.groups:
        return cond.model_copy(update={"groups": tuple(p + g for g in cond.groups)})
    if isinstance(cond, Listed):
        return cond.model_copy(update={"list": p + cond.list})
    if isinstance(cond, All | AnyOf):
        return cond.model_copy(update={"of": tuple(_rename(c, p) for c in cond.of)})
    if isinstance(cond, Not):
        return cond.model_copy(update={"of": _rename(cond.of, p)})
    return cond


def _snapshot(regime: Regime, on: dt.date, p: str) -> dict[str, list[Any]]:
    """The parts of ``regime`` in force on ``on``, undated and with prefixed ids."""
    undated = {"effective": _MERGE_DAY, "end": None}
    reach = [
        n.model_copy(update={**undated, "id": p + n.id, "when": _rename(n.when, p)})
        for n in regime.reach
        if n.active(on)
    ]
    rules = []
    for r in regime.rules:
        if not r.active(on):
            continue
        carveouts = tuple(
            c.model_copy(update={**undated, "when": _rename(c.when, p)})
            for c in r.carveouts
            if c.active(on)
        )
        rules.append(
            r.model_copy(
                update={
                    **undated,
                    "id": p + r.id,
                    "when": _rename(r.when, p),
                    "carveouts": carveouts,
                    "nexus": tuple(p + n for n in r.nexus),
                    "examples": (),
                }
            )
        )
    groups = [
        CountryGroup(
            id=p + g.id,
            name=g.name,
            members=tuple(Membership(country=c) for c in g.members_on(on)),
        )
        for g in regime.groups
    ]
    lists = [
        PartyList(
            id=p + li.id,
            name=li.name,
            listings=tuple(
                Listing(party=party, tags=tags) for party, tags in li.listed_on(on).items()
            ),
        )
        for li in regime.lists
    ]
    return {"reach": reach, "rules": rules, "groups": groups, "lists": lists}


def _parties(a: World, b: World) -> dict[str, Party]:
    """Every party either side names (the newer side's definition wins)."""
    return {**a.parties(), **b.parties()}


def merged_world(a: Side, b: Side) -> World:
    """One world holding both sides' law, ids prefixed ``a:`` and ``b:`` (see the module
    docstring); its partition is the union partition of the two sides."""
    regimes: list[Regime] = []
    parties = tuple(_parties(a.world, b.world).values())
    for jur in sorted(set(a.world.jurisdictions) | set(b.world.jurisdictions)):
        parts: dict[str, list[Any]] = {"reach": [], "rules": [], "groups": [], "lists": []}
        for side, prefix in ((a, "a:"), (b, "b:")):
            if jur in side.world.jurisdictions:
                snap = _snapshot(side.world.regime(jur), side.on, prefix)
                for key, items in snap.items():
                    parts[key].extend(items)
        regimes.append(
            Regime(
                jurisdiction=jur,
                name=f"{jur} ({a.label} and {b.label})",
                reach=tuple(parts["reach"]),
                rules=tuple(parts["rules"]),
                groups=tuple(parts["groups"]),
                lists=tuple(parts["lists"]),
                parties=parties if not regimes else (),
            )
        )
    return World(regimes=tuple(regimes), suppliers=b.world.suppliers)


def _with_parties(world: World, parties: Iterable[Party]) -> World:
    """``world`` knowing every party in ``parties`` (those it lacks are added unlisted), so
    a witness naming a party only the other side defines can still be decided."""
    known = world.parties()
    extra = tuple(p for p in parties if p.id not in known)
    if not extra or not world.regimes:
        return world
    first = world.regimes[0]
    regimes = (first.model_copy(update={"parties": (*first.parties, *extra)}), *world.regimes[1:])
    return World(regimes=regimes, suppliers=world.suppliers)


# --------------------------------------------------------------------------- deciding


def _decide(world: World, txs: Sequence[Transaction]) -> list[Decision]:
    return list(decide_many(world, txs))


def _outcome(d: Decision, jur: str) -> Outcome:
    verdict = d.verdicts.get(jur)
    return verdict.outcome if verdict is not None else Outcome.NOT_APPLICABLE


def _rules(d: Decision, jur: str) -> tuple[str, ...]:
    verdict = d.verdicts.get(jur)
    return tuple(verdict.rules) if verdict is not None else ()


def _complexity(tx: Transaction) -> tuple[Any, ...]:
    """Smaller is a simpler witness: fewer stated facts, then smaller numbers."""
    item = tx.item
    facts = (
        len(item.params)
        + len(item.flags)
        + len(item.content)
        + len(item.made_with)
        + len(item.classification)
        + len(tx.end_use)
        + len(tx.persons)
        + (tx.end_user is not None) * 2
        + (item.origin is not None)
        + (tx.channel != "export")
    )
    return (facts, sorted(item.params.items()), tx.model_dump_json())


# --------------------------------------------------------------------------- the diff


@dataclass
class _Changed:
    cell: Cell
    jur: str
    old: Outcome
    new: Outcome
    old_rules: tuple[str, ...]
    new_rules: tuple[str, ...]

    @property
    def responsible(self) -> tuple[str, ...]:
        """The rules that apply on one side only, or all of them if the same rules apply
        with another outcome."""
        changed = tuple(sorted(set(self.old_rules) ^ set(self.new_rules)))
        return changed or tuple(sorted(set(self.old_rules) | set(self.new_rules)))

    @property
    def key(self) -> tuple[Any, ...]:
        return (self.jur, self.old, self.new, self.responsible)


class _Differ:
    """The diff of one jurisdiction, over the union partition of its two sides."""

    def __init__(self, a: Side, b: Side, merged: World, jur: str) -> None:
        self.a, self.b = a, b
        parties = _parties(a.world, b.world).values()
        self.world_a = _with_parties(a.world, parties)
        self.world_b = _with_parties(b.world, parties)
        self.part: Partition = partition(merged, as_of=_MERGE_DAY, jurisdictions=[jur])
        self.jurisdictions = [jur]

    def decide_pair(self, txs: Sequence[Transaction]) -> list[tuple[Decision, Decision]]:
        old = _decide(self.world_a, [t.model_copy(update={"date": self.a.on}) for t in txs])
        new = _decide(self.world_b, [t.model_copy(update={"date": self.b.on}) for t in txs])
        return list(zip(old, new, strict=True))

    def changed_cells(self) -> list[_Changed]:
        cells = self.part.cells
        pairs = self.decide_pair([c.representative for c in cells])
        out = []
        for cell, (da, db) in zip(cells, pairs, strict=True):
            for jur in self.jurisdictions:
                old, new = _outcome(da, jur), _outcome(db, jur)
                if old is not new:
                    out.append(_Changed(cell, jur, old, new, _rules(da, jur), _rules(db, jur)))
        return out

    # ---------------------------------------------------------------- regions
    def _outcomes(self, tx: Transaction, jur: str) -> tuple[Outcome, Outcome]:
        ((da, db),) = self.decide_pair([tx])
        return _outcome(da, jur), _outcome(db, jur)

    def relevant_axes(self, ch: _Changed) -> list[tuple[int, int]]:
        """The (axis, class) pairs of the witness cell whose class matters to the change:
        moving the witness to another class of that axis changes an outcome."""
        path = list(ch.cell.classes)
        target = (ch.old, ch.new)
        probes: list[tuple[int, Transaction]] = []
        for pos, (axis, cls) in enumerate(path):
            for other in range(len(self.part.axes[axis].classes)):
                if other == cls:
                    continue
                moved = [*path[:pos], (axis, other), *path[pos + 1 :]]
                try:
                    probes.append((pos, self.part._transaction(moved)))
                except ValueError:
                    continue  # a class combination that names no valid transaction
        relevant: set[int] = set()
        if probes:
            pairs = self.decide_pair([t for _, t in probes])
            for (pos, _), (da, db) in zip(probes, pairs, strict=True):
                if (_outcome(da, ch.jur), _outcome(db, ch.jur)) != target:
                    relevant.add(pos)
        return [path[i] for i in sorted(relevant)]

    def describe_region(self, ch: _Changed, relevant: list[tuple[int, int]]) -> str:
        """The region in words: the kind, then each axis that matters, then where to."""
        axes = self.part.axes
        parts: list[str] = []
        dest = ""
        kind = ""
        for axis, cls in relevant:
            ax = axes[axis]
            if _is_default(ax, cls):
                continue  # "no end use stated", "not flagged": what a plain export is
            if ax.name == "country:destination":
                dest = "to " + _members(ax, cls)
            elif ax.name == "kind":
                kind = _kinds(ax.classes[cls].members)
            elif ax.kind in ("country", "channel"):
                parts.append(f"{ax.key or ax.name} {_members(ax, cls)}")
            else:
                parts.append(_readable(ax.name, ax.classes[cls].label))
        head = kind or "any item"
        text = head + (" with " + " and ".join(parts) if parts else "")
        return text + (f", {dest}" if dest else "")

    def regions(self, changed: list[_Changed]) -> list[Change]:
        by_key: dict[tuple[Any, ...], list[_Changed]] = {}
        for ch in changed:
            by_key.setdefault(ch.key, []).append(ch)
        out: list[Change] = []
        reported: dict[tuple[Any, ...], list[tuple[frozenset[str], int]]] = {}
        # Fewer responsible rules first: a change whose rules include those of a change
        # already reported (same jurisdiction and outcomes) is that change compounded with
        # another, and is counted there rather than reported again.
        for key in sorted(by_key, key=lambda k: (len(k[3]), k)):
            jur, old, new, responsible = key
            base = (jur, old, new)
            mine = frozenset(responsible)
            earlier = [i for rules, i in reported.get(base, []) if rules < mine]
            if earlier:
                idx = earlier[0]
                out[idx] = out[idx].model_copy(update={"cells": out[idx].cells + len(by_key[key])})
                continue
            pending = sorted(
                by_key[key],
                key=lambda c: (
                    c.cell.representative.exporter != jur,
                    _complexity(c.cell.representative),
                ),
            )
            while pending:
                first = pending[0]
                relevant = self.relevant_axes(first)
                box = dict(relevant)
                inside = [
                    c
                    for c in pending
                    if all(dict(c.cell.classes).get(a) == k for a, k in box.items())
                ]
                if first not in inside:
                    inside.append(first)
                pending = [c for c in pending if c not in inside]
                reported.setdefault(base, []).append((mine, len(out)))
                out.append(self.change(first, relevant, len(inside)))
        out.sort(key=lambda c: (c.jurisdiction, _complexity(c.witness), c.region))
        return out

    def change(self, ch: _Changed, relevant: list[tuple[int, int]], cells: int) -> Change:
        witness = self.witness(ch, relevant)
        return Change(
            jurisdiction=ch.jur,
            direction="tightened" if ch.new.rank > ch.old.rank else "loosened",
            old=ch.old,
            new=ch.new,
            region=self.describe_region(ch, relevant),
            witness=witness.model_copy(update={"date": self.b.on}),
            rules=self._rule_refs(ch),
            cells=cells,
        )

    def witness(self, ch: _Changed, relevant: list[tuple[int, int]]) -> Transaction:
        """The cell's representative made readable without leaving the change: each edit
        is kept only when both outcomes stay the same. The exporter becomes the
        jurisdiction itself where its class allows, the kind the most specific one its class
        shares with the supplier catalogue (an accelerator rather than "computer"), zero
        parameters are dropped, and each parameter left unstated is filled in just below its
        class's upper bound (an A800-class witness states its transfer rate)."""
        tx = ch.cell.representative
        target = (ch.old, ch.new)

        def keep(trial: Transaction) -> bool:
            return self._outcomes(trial, ch.jur) == target

        classes = dict(ch.cell.classes)
        axes = {ax.name: (i, ax) for i, ax in enumerate(self.part.axes)}
        if "country:exporter" in axes:
            i, ax = axes["country:exporter"]
            members = ax.classes[classes[i]].members if i in classes else ()
            if ch.jur in members and tx.exporter != ch.jur:
                tx = tx.model_copy(update={"exporter": ch.jur})
        elif tx.exporter == tx.destination and tx.destination != ch.jur:
            trial = tx.model_copy(update={"exporter": ch.jur if ch.jur in v.countries() else "US"})
            if keep(trial):
                tx = trial
        if "kind" in axes:
            i, ax = axes["kind"]
            if i in classes:
                supplied = {s.kind for s in self.b.world.suppliers}
                kinds = [k for k in ax.classes[classes[i]].members if k in supplied]
                best = max(kinds, key=lambda k: (k == "ic.accelerator", k.count(".")), default=None)
                if best is not None and best != tx.item.kind:
                    tx = tx.model_copy(update={"item": tx.item.model_copy(update={"kind": best})})
        if tx.item.origin is not None and tx.item.origin == tx.exporter:
            trial = tx.model_copy(update={"item": tx.item.model_copy(update={"origin": None})})
            if keep(trial):
                tx = trial
        for key, value in sorted(tx.item.params.items()):
            if value == 0:
                params = {k: x for k, x in tx.item.params.items() if k != key}
                trial = tx.model_copy(
                    update={"item": tx.item.model_copy(update={"params": params})}
                )
                if keep(trial):
                    tx = trial
        for axis, cls in relevant:
            ax = self.part.axes[axis]
            if ax.kind != "param" or ax.key in tx.item.params:
                continue
            c = ax.classes[cls]
            if c.high is None or c.low is None:
                continue
            value = _just_below(c.high, c.low, ax.key)
            params = {**tx.item.params, ax.key: value}
            trial = tx.model_copy(update={"item": tx.item.model_copy(update={"params": params})})
            if keep(trial):
                tx = trial
        return tx

    def _rule_refs(self, ch: _Changed) -> list[RuleRef]:
        refs: dict[str, RuleRef] = {}
        for side, ids in ((self.b, ch.new_rules), (self.a, ch.old_rules)):
            if ch.jur not in side.world.jurisdictions:
                continue
            regime = side.world.regime(ch.jur)
            for rid in ids:
                if rid in refs:
                    continue
                rule = next(
                    (r for r in regime.rules if r.id == rid and r.active(side.on)),
                    next((r for r in regime.rules if r.id == rid), None),
                )
                if rule is not None:
                    refs[rid] = RuleRef.of(rule)
        changed = set(ch.old_rules) ^ set(ch.new_rules)
        ordered = sorted(refs.values(), key=lambda r: (r.id not in changed, r.id))
        return ordered

    def run(self) -> tuple[int, list[Change]]:
        return len(self.part.cells), self.regions(self.changed_cells())


def _just_below(high: float, low: float, param: str) -> float:
    p = v.parameter(param)
    step = 10 ** (-p.decimals) if p.decimals else 1.0
    value = round(high - step, p.decimals) if p.decimals else high - step
    return value if value >= low else low


def _readable(axis: str, label: str) -> str:
    """An axis class label as a phrase: parameters by name, content with its jurisdiction."""
    kind, _, key = axis.partition(":")
    if kind == "param" and key in v.parameters():
        return label.replace(key, v.parameter(key).phrase, 1)
    if kind == "content":
        return f"{key}-controlled content " + label.removeprefix(key).strip() + "%"
    return label


def _members(ax: Any, cls: int) -> str:
    """A value class in words: its members, or "not ..." the others when that is shorter."""
    mine = [m for m in ax.classes[cls].members if m]
    others = sorted({m for i, c in enumerate(ax.classes) if i != cls for m in c.members if m})
    if not mine:
        return str(ax.classes[cls].label)
    if others and len(others) < len(mine):
        return "other than " + _listing(others)
    return _listing(mine)


def _is_default(ax: Any, cls: int) -> bool:
    """Whether a class is what a transaction that says nothing about the axis falls in."""
    c = ax.classes[cls]
    if ax.kind in ("flag", "end_use", "made_with", "persons"):
        return not c.value
    if ax.kind == "class":
        return c.value is None
    if ax.kind == "end_user":
        return c.value is None
    if ax.kind == "channel":
        return "export" in c.members
    return False


def _kinds(members: Sequence[str]) -> str:
    """Kinds named by their broadest members: ``ic`` stands for itself and all its
    sub-kinds when they are all in the class."""
    chosen = set(members)
    everything = list(v.kinds())

    def whole(k: str) -> bool:
        return all(d in chosen for d in everything if d.startswith(k + "."))

    covered = {d for k in chosen if whole(k) for d in everything if d.startswith(k + ".")}
    return _listing([k for k in sorted(chosen) if k not in covered])


def _listing(items: Sequence[str]) -> str:
    shown = ", ".join(items[:8])
    return shown + (f" and {len(items) - 8} more" if len(items) > 8 else "")


def diff_sides(a: Side, b: Side) -> DiffReport:
    """The semantic diff from side ``a`` to side ``b``, jurisdiction by jurisdiction."""
    merged = merged_world(a, b)
    cells = 0
    changes: list[Change] = []
    for jur in merged.jurisdictions:
        n, found = _Differ(a, b, merged, jur).run()
        cells += n
        changes.extend(found)
    return DiffReport.model_validate(
        {"from": a.label, "to": b.label, "cells": cells, "changes": changes}
    )


def diff_dates(world: World, old: dt.date, new: dt.date) -> DiffReport:
    """What changed in ``world``'s law between ``old`` and ``new``."""
    return diff_sides(Side(world, old, old.isoformat()), Side(world, new, new.isoformat()))

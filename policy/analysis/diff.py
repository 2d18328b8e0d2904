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
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, computed_field

from policy._documents import stamped
from policy.analysis.findings import RuleRef
from policy.analysis.partition import Cell, Partition, partition
from policy.engine.bulk import decide_many
from policy.model import vocabulary as v
from policy.model.conditions import All, AnyOf, Condition, Countries, Listed, Not
from policy.model.decisions import Decision, Outcome
from policy.model.numbers import format_number
from policy.model.parties import CountryGroup, Listing, Membership, Party, PartyList
from policy.model.regimes import Regime
from policy.model.transactions import Transaction
from policy.model.world import World

if TYPE_CHECKING:
    from policy.analysis.symbolic import RegimeSpace

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
                    probes.append((pos, self.part.transaction(moved)))
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
                parts.append(_readable(ax, cls))
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
        change = Change(
            jurisdiction=ch.jur,
            direction="tightened" if ch.new.rank > ch.old.rank else "loosened",
            old=ch.old,
            new=ch.new,
            region=self.describe_region(ch, relevant),
            witness=witness.model_copy(update={"date": self.b.on}),
            rules=self._rule_refs(ch),
            cells=cells,
        )
        return _not_to_itself(self, change, ch)

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


def _readable(ax: Any, cls: int) -> str:
    """An axis class as a phrase that names its parameter once: ``performance density >=
    1.6 and < 3.2`` (not ``performance density >= 1.6 and performance_density < 3.2``),
    ``US-controlled content > 0% and <= 25%``."""
    c = ax.classes[cls]
    kind, _, key = ax.name.partition(":")
    if kind == "param" and key in v.parameters():
        return _bounds(v.parameter(key).phrase, c, "") or str(c.label)
    if kind == "content":
        return _bounds(f"{key}-controlled content", c, "%") or str(c.label)
    return str(c.label)


def _bounds(name: str, c: Any, unit: str) -> str:
    """``name >= low and < high`` for an interval class, ``""`` for another class."""
    if c.unstated or (c.low is None and c.high is None):
        return ""
    if c.low is not None and c.low == c.high:
        return f"{name} = {format_number(c.low)}{unit}"
    parts = []
    if c.low is not None and (c.low > 0 or not c.low_closed):
        parts.append(f"{'>=' if c.low_closed else '>'} {format_number(c.low)}{unit}")
    if c.high is not None:
        parts.append(f"{'<=' if c.high_closed else '<'} {format_number(c.high)}{unit}")
    if not parts:
        return f"any {name}"
    return f"{name} " + " and ".join(parts)


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


def _side_outcome(space: RegimeSpace, prefix: str) -> int:
    """The diagram of one side's outcome for the space's jurisdiction, over the union
    partition: not applicable where none of that side's nexus holds, else the most
    restrictive final outcome of that side's rules that apply (no licence required when
    none does), as the engine forms a verdict."""
    m = space.mdd
    reached = m.disj_all(space.fn(n) for n in space.nexus if n.id.startswith(prefix))
    out = m.map("diff:reached", _reached_outcome, reached)
    for s in space.rules:
        if s.id.startswith(prefix):
            out = m.apply("diff:top", _more_restrictive, out, space.final(s))
    return out


def _reached_outcome(reached: Any) -> Any:
    return Outcome.NO_LICENSE_REQUIRED if reached else Outcome.NOT_APPLICABLE


def _more_restrictive(acc: Any, final: Any) -> Any:
    # A rule with no nexus restriction may "apply" where only the other side's nexus holds
    # (the merged regime holds both sides' reach); the side is not reached there.
    if acc is Outcome.NOT_APPLICABLE or not isinstance(final, Outcome):
        return acc
    return final if final.rank > acc.rank else acc


def _differs(x: Any, y: Any) -> bool:
    return x is not y


def _restrictive_differs(x: Any, y: Any) -> bool:
    return bool(x.restrictive != y.restrictive or (x.restrictive and x is not y))


def first_change(a: Side, b: Side, jurisdiction: str) -> Change | None:
    """One region where ``jurisdiction``'s outcome differs between ``a`` and ``b``,
    reported as :func:`diff_sides` reports a region (its witness made readable, the old and
    new outcome, the rules responsible); None when the two sides decide every transaction
    alike.

    The union partition is the one :func:`diff_sides` cuts, but it is asked symbolically
    (:mod:`policy.analysis.symbolic`) whether any of its cells changes, so that no cell is
    enumerated: a small change to a large regime costs the size of the conditions involved,
    not the regime's thousands of cells (what ``policy mutate`` asks of every mutant). The
    cell reported is the plainest changed one (:func:`_plainest_cell`), one where a licence
    becomes needed or not needed if there is such a cell, else one where only the reach
    changes; it is decided by the engine on both sides, and should the engine not confirm
    the change, every cell is decided as :func:`diff_sides` does. ``Change.cells`` is 1:
    the region's other cells are not counted.
    """
    from policy.analysis._mdd import FALSE

    merged = merged_world(a, b)
    if jurisdiction not in merged.jurisdictions:
        return None
    differ = _Differ(a, b, merged, jurisdiction)
    space = differ.part.space(jurisdiction)
    m = space.mdd
    old_side, new_side = _side_outcome(space, "a:"), _side_outcome(space, "b:")
    question = m.apply("diff:differs", _differs, old_side, new_side)
    if question == FALSE:
        return None
    # A change of whether a licence is needed first: it makes the better witness (and
    # example) than a change of reach alone (not applicable against no licence required).
    restrictive = m.apply("diff:restrictive-differs", _restrictive_differs, old_side, new_side)
    if restrictive != FALSE:
        question = restrictive
    path, truths = _plainest_cell(differ, space, question, jurisdiction)
    cell = Cell(differ.part, -1, truths, tuple(path))
    ((da, db),) = differ.decide_pair([cell.representative])
    old, new = _outcome(da, jurisdiction), _outcome(db, jurisdiction)
    if old is not new:
        changed = _Changed(
            cell, jurisdiction, old, new, _rules(da, jurisdiction), _rules(db, jurisdiction)
        )
    else:
        found = differ.changed_cells()
        if not found:
            return None
        changed = found[0]
    return differ.change(changed, differ.relevant_axes(changed), 1)


#: What a witness pays for each fact it states beyond a plain export (see _class_cost).
_FACT = 10


def _plainest_cell(
    differ: _Differ, space: RegimeSpace, question: int, jurisdiction: str
) -> tuple[list[tuple[int, int]], tuple[bool, ...]]:
    """The path and condition values of the plainest cell where ``question`` holds.

    The walk follows the union partition's axes as :meth:`RegimeSpace.first` does (the
    same residual states, so the same cells), but instead of the first class of each axis
    it takes the classes of least total cost (:func:`_class_cost`): each fact a plain
    export would not state (a flag, an end use, an end user, a classification, a
    technology, a content share, a stated parameter, another channel) costs one
    :data:`_FACT`, and readability breaks ties (an accelerator rather than a bare "ic",
    exported by the jurisdiction itself or a well-known country, to another country). The
    least cost below each node of the question's diagram is found once, so the walk never
    takes a class that forces costlier facts further down."""
    from policy.analysis._expr import TABLE
    from policy.analysis._expr import TRUE as EXPR_TRUE
    from policy.analysis._mdd import FALSE, TRUE

    m, part = space.mdd, differ.part
    supplied = {s.kind for s in differ.b.world.suppliers}
    costs = [
        [_class_cost(ax, i, jurisdiction, supplied, part) for i in range(len(ax.classes))]
        for ax in part.axes
    ]
    memo: dict[int, float] = {TRUE: 0.0, FALSE: float("inf")}

    def best(u: int) -> float:
        hit = memo.get(u)
        if hit is None:
            level = m.level[u]
            hit = min(c + best(m.kid(u, i)) for i, c in enumerate(costs[level]))
            memo[u] = hit
        return hit

    masks, restrict = TABLE.masks, TABLE.restrict
    state = tuple(s.expr for s in part.slots)
    path: list[tuple[int, int]] = []
    u = question
    for level, axis in enumerate(part.axes):
        bit = 1 << axis.id
        if not any(masks[e] & bit for e in state):
            continue  # no condition reads the axis here, so neither does the question
        row = costs[level]
        if m.level[u] == level:
            c = min(range(len(row)), key=lambda i: (row[i] + best(m.kid(u, i)), i))
            u = m.kid(u, c)
        else:
            c = min(range(len(row)), key=lambda i: (row[i], i))
        path.append((level, c))
        true = axis.classes[c].true_atoms
        state = tuple(restrict(e, axis.id, true) if masks[e] & bit else e for e in state)
    assert u == TRUE, "walk: the question still depends on an axis no condition reads"
    return path, tuple(e == EXPR_TRUE for e in state)


def _class_cost(ax: Any, i: int, jurisdiction: str, supplied: set[str], part: Partition) -> float:
    """What a witness in class ``i`` of ``ax`` costs (see :func:`_plainest_cell`)."""
    c = ax.classes[i]
    if ax.kind == "kind":
        kinds = set(c.members)
        return 0.0 if "ic.accelerator" in kinds else 1.0 if kinds & supplied else 3.0
    if ax.kind == "country" and c.value is not None:
        own = jurisdiction in c.members
        # made in and exported by the jurisdiction itself, but not to it; then the
        # best-known countries
        penalty = (not own) if ax.key in ("exporter", "origin") else 5 * own
        rank = sorted(
            range(len(ax.classes)),
            key=lambda k: part.compiler.prefer_key(str(ax.classes[k].value), ax.key),
        ).index(i)
        return penalty + min(rank, 4) / 5
    if ax.kind == "param":
        return 0.0 if c.unstated else _FACT + (0.0 if not c.low else 0.5)
    if ax.kind == "content":
        return 0.0 if not c.low else _FACT
    if ax.kind == "class":
        # the exporter's classification stands in for parameters a reader would rather see
        return 0.0 if _is_default(ax, i) else _FACT + 2
    return 0.0 if _is_default(ax, i) else _FACT


def _not_to_itself(differ: _Differ, change: Change, ch: _Changed) -> Change:
    """``change`` with a witness that does not export to its own country, where another
    country of the same class keeps the change: "from US to US" is no export at all.

    The exporter moves first (a direct product of US technology made and sold in China
    reads better shipped from Taiwan), unless it is the jurisdiction itself, which a
    reader expects to export; then the destination moves to another of its class. A
    field the change does not depend on (no class of the cell) may take any country."""
    tx = change.witness
    if tx.exporter != tx.destination:
        return change
    target = (change.old, change.new)
    prefer = differ.part.compiler.prefer_key

    def candidates(field: str) -> list[str]:
        a = next(
            (i for i, ax in enumerate(differ.part.axes) if ax.name == f"country:{field}"), None
        )
        cls = dict(ch.cell.classes).get(a) if a is not None else None
        if a is None or cls is None:
            pool: Iterable[str] = v.countries()
        else:
            pool = differ.part.axes[a].classes[cls].members
        others = [c for c in pool if c != tx.destination and c != tx.exporter]
        return sorted(others, key=lambda x: prefer(x, field))[:3]

    fields = ["destination", "exporter"] if tx.exporter == ch.jur else ["exporter", "destination"]
    for field in fields:
        for c in candidates(field):
            trial = tx.model_copy(update={field: c})
            if differ._outcomes(trial, change.jurisdiction) == target:
                return change.model_copy(update={"witness": trial})
    # Where both countries are alone in their classes, the same item re-exported from
    # another country: it stays the exporter's item (its origin), so the law that reached
    # the export reaches the re-export, and the witness is a transfer between two countries.
    item = tx.item.model_copy(update={"origin": tx.item.origin or tx.exporter})
    for c in sorted(v.countries(), key=lambda x: prefer(x, "exporter"))[:12]:
        if c == tx.destination:
            continue
        trial = tx.model_copy(update={"exporter": c, "channel": "reexport", "item": item})
        if differ._outcomes(trial, change.jurisdiction) == target:
            return change.model_copy(update={"witness": trial})
    return change


def diff_dates(world: World, old: dt.date, new: dt.date) -> DiffReport:
    """What changed in ``world``'s law between ``old`` and ``new``."""
    return diff_sides(Side(world, old, old.isoformat()), Side(world, new, new.isoformat()))

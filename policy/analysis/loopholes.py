"""Loophole search: transactions a control objective denies that an evasion move makes
allowed.

A :class:`Objective` says what a coalition means to deny; by default, whatever any regime
denies (a restrictive verdict). The denied transactions are enumerated exactly, regime by
regime, as the restrictive cells of each regime's partition. An evasion :class:`Move` turns a
denied transaction into one or more candidate paths (a path is a list of transactions: a
transshipment has two legs); a path is a loophole when :func:`policy.decide` allows every
leg. Moves compose up to a depth: a move that removes the controlling regime's objection but
runs into another regime's is continued by the other moves. Each loophole is reported once
(by fingerprint: moves, jurisdictions, rules, item kind and the move's key) with the
simplest witness found.

Moves are small objects with ``name``, ``code``, ``description`` and ``candidates``;
:func:`register_move` adds one (a user's own evasion pattern) to the search.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from policy.analysis._expr import TABLE
from policy.analysis.checks import CheckContext, check, describe, refs
from policy.analysis.findings import Finding, Severity
from policy.analysis.partition import (
    Axis,
    Cell,
    CellVerdict,
    Partition,
    _build_axes,
    _Compiler,
    just_below,
)
from policy.engine.decide import decide
from policy.model import vocabulary as v
from policy.model.conditions import Compare, Content, Countries, EndUse, Kind, Listed, MadeWith
from policy.model.decisions import Decision, Outcome
from policy.model.rules import Rule
from policy.model.transactions import EndUser, Owner, Transaction
from policy.model.world import World

# --------------------------------------------------------------------------- objectives


@dataclass(frozen=True)
class Objective:
    """What a coalition means to deny: the transactions that one of ``jurisdictions``
    (default: every regime) does not let through without a licence, optionally only for
    item ``kinds`` (taxonomy prefixes) and ``destinations`` (countries)."""

    name: str = "deny whatever any regime denies"
    jurisdictions: tuple[str, ...] | None = None
    kinds: tuple[str, ...] = ()
    destinations: tuple[str, ...] = ()

    def counts(self, jurisdiction: str) -> bool:
        return self.jurisdictions is None or jurisdiction in self.jurisdictions

    def covers(self, tx: Transaction) -> bool:
        if self.kinds and not any(v.kind_matches(k, tx.item.kind) for k in self.kinds):
            return False
        return not (self.destinations and tx.destination not in self.destinations)


@dataclass(frozen=True)
class Denial:
    """A transaction the objective denies: by which jurisdictions, with which rules, and
    through which nexus (jurisdiction -> nexus ids)."""

    tx: Transaction
    jurisdictions: tuple[str, ...]
    rules: tuple[Rule, ...]
    nexus: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Candidate:
    """What a move proposes: the transactions of the path (the last one reaches the end
    user), one sentence saying what changed, and a short key that tells this kind of
    loophole apart from others of the same move (with the item kind)."""

    legs: tuple[Transaction, ...]
    step: str
    key: str = ""
    detail: str = ""
    #: jurisdictions whose law the path goes through without being stopped (a supplier's)
    jurisdictions: tuple[str, ...] = ()


@runtime_checkable
class Move(Protocol):
    """An evasion move: ``candidates`` proposes ways round one denial."""

    @property
    def name(self) -> str: ...

    @property
    def code(self) -> str: ...

    @property
    def description(self) -> str: ...

    def candidates(self, ctx: SearchContext, denial: Denial) -> Iterable[Candidate]: ...


_MOVES: dict[str, Move] = {}


def register_move(move: Move) -> Move:
    """Add ``move`` to the search (replacing one with the same name) and return it."""
    if not isinstance(move, Move):
        raise TypeError(f"{move!r} does not have the attributes of an evasion move")
    _MOVES[move.name] = move
    return move


def registered_moves() -> list[Move]:
    """Every registered move, in registration order (the order moves compose in)."""
    return list(_MOVES.values())


# --------------------------------------------------------------------------- context


class SearchContext:
    """What moves may ask: the world, the date, the world's classes of each axis, cached
    decisions, and each regime's exact verdict through its partition."""

    def __init__(
        self,
        world: World,
        on: dt.date,
        partitions: dict[str, Partition],
        *,
        window_days: int = 365,
    ) -> None:
        self.world = world
        self.on = on
        self.partitions = partitions
        self.window_days = window_days
        comp = _Compiler(world, on, None)
        items = comp.collect()
        comp.build_persons_classes()
        for jur, _, _, cond, _ in items:
            comp.expr(jur, cond)
        self.compiler = comp
        self.axes: dict[str, Axis] = {a.name: a for a in _build_axes(comp)}
        self._decisions: dict[str, Decision] = {}
        self._outcomes: dict[tuple[str, str], Outcome] = {}
        self._kind_tables: dict[str, dict[str, int | None]] = {}
        self._exporter_tables: dict[str, dict[str, int | None]] = {}
        self._nexus_types: dict[str, str] = {}
        self._near: dict[str, list[Rule]] = {}
        self.rules_by_id: dict[tuple[str, str], Rule] = {}
        self._owner: dict[int, str] = {}
        for r in world.regimes:
            for rule in r.rules:
                self._owner[id(rule)] = r.jurisdiction
                if rule.active(on):
                    self.rules_by_id[(r.jurisdiction, rule.id)] = rule

    def jurisdiction_of(self, rule: Rule) -> str:
        return self._owner[id(rule)]

    # -------------------------------------------------------------- evaluation
    def decide(self, tx: Transaction) -> Decision:
        key = _key(tx)
        hit = self._decisions.get(key)
        if hit is None:
            hit = decide(self.world, tx)
            self._decisions[key] = hit
        return hit

    def regime_outcome(self, jurisdiction: str, tx: Transaction) -> Outcome:
        """One regime's outcome, from its partition when the transaction is dated today
        (exact and cheaper than deciding under every regime)."""
        key = (jurisdiction, _key(tx))
        hit = self._outcomes.get(key)
        if hit is not None:
            return hit
        part = self.partitions.get(jurisdiction)
        hit = None
        if part is not None and tx.date == self.on:
            # dead rules change no outcome: the live partition has the same verdicts
            part = part.live()
            cell = part.locate(
                tx if tx.date == part.as_of else tx.model_copy(update={"date": part.as_of})
            )
            if cell is not None:
                hit = part.verdict(cell, jurisdiction).outcome
        if hit is None:
            hit = self.decide(tx).verdicts[jurisdiction].outcome
        self._outcomes[key] = hit
        return hit

    def allowed(self, legs: Sequence[Transaction]) -> bool:
        return all(not self.decide(t).overall.restrictive for t in legs)

    def denial_of(self, tx: Transaction, objective: Objective) -> Denial | None:
        d = self.decide(tx)
        juris = tuple(
            j
            for j, vd in sorted(d.verdicts.items())
            if vd.outcome.restrictive and objective.counts(j)
        )
        if not juris:
            return None
        rules = tuple(
            self.rules_by_id[(j, rid)]
            for j in juris
            for rid in d.verdicts[j].rules[:1]
            if (j, rid) in self.rules_by_id
        )
        return Denial(tx, juris, rules, {j: tuple(d.verdicts[j].nexus) for j in juris})

    # -------------------------------------------------------------- classes
    def country_reps(self, fld: str) -> list[str]:
        """One country per class of the field, as the whole world distinguishes them."""
        axis = self.axes.get(f"country:{fld}")
        if axis is None:
            return []
        return [c.value for c in axis.classes if c.value is not None]

    def country_class(self, fld: str, country: str) -> int | None:
        axis = self.axes.get(f"country:{fld}")
        if axis is None:
            return None
        return next((i for i, c in enumerate(axis.classes) if country in c.members), None)

    def nexus_type(self, jurisdiction: str, nexus_id: str) -> str:
        """What a nexus reads: ``technology`` (made with), ``content``, ``origin``,
        ``persons`` or ``territory`` (the exporter), in that order of precedence."""
        key = f"{jurisdiction}:{nexus_id}"
        hit = self._nexus_types.get(key)
        if hit is None:
            atoms = [
                a
                for n in self.world.regime(jurisdiction).reach
                if n.id == nexus_id
                for a in n.when.atoms()
            ]
            fields = {a.field for a in atoms if isinstance(a, Countries)}
            if any(isinstance(a, MadeWith) for a in atoms):
                hit = "technology"
            elif any(isinstance(a, Content) for a in atoms):
                hit = "content"
            elif "origin" in fields and "exporter" not in fields - {"origin"}:
                hit = "origin"
            elif "persons" in fields:
                hit = "persons"
            else:
                hit = "territory"
            self._nexus_types[key] = hit
        return hit

    def exporter_class(self, jurisdiction: str, country: str) -> int | None:
        """The class of ``country`` as an exporter for one regime."""
        table = self._exporter_tables.get(jurisdiction)
        if table is None:
            part = self.partitions.get(jurisdiction)
            axis = part.axis("country:exporter") if part is not None else None
            table = part._table(axis) if part is not None and axis is not None else {}
            self._exporter_tables[jurisdiction] = table
        return table.get(country)

    def same_kind(self, jurisdiction: str, a: str, b: str) -> bool:
        """Whether a regime's conditions treat kinds ``a`` and ``b`` alike."""
        table = self._kind_tables.get(jurisdiction)
        if table is None:
            part = self.partitions.get(jurisdiction)
            axis = part.axis("kind") if part is not None else None
            table = part._table(axis) if part is not None and axis is not None else {}
            self._kind_tables[jurisdiction] = table
        return table.get(a, 0) == table.get(b, 0)

    def addresses(self, jurisdiction: str, tx: Transaction) -> bool:
        """Whether a regime has a rule in force whose kind scope includes the item."""
        for rule in self.world.regime(jurisdiction).rules:
            if not rule.active(tx.date):
                continue
            kinds = [a for a in rule.when.atoms() if isinstance(a, Kind)]
            if kinds and any(k.matches(tx.item.kind) for k in kinds):
                return True
        return False

    def reaching(self, legs: Sequence[Transaction]) -> list[str]:
        """Jurisdictions whose law reaches some leg (and lets it through)."""
        out = {j for t in legs for j, vd in self.decide(t).verdicts.items() if vd.reached}
        return sorted(out)


# --------------------------------------------------------------------------- helpers


def _key(tx: Transaction) -> str:
    return tx.model_dump_json(exclude_defaults=True)


_ITEM_TUPLES = ("flags", "made_with")
_TX_TUPLES = ("end_use", "persons")


def _with(tx: Transaction, **changes: Any) -> Transaction:
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


def _atoms(rules: Iterable[Rule], cls: type) -> list[Any]:
    return [a for r in rules for a in r.when.atoms() if isinstance(a, cls)]


def _nexus_atoms(ctx: SearchContext, denial: Denial, jur: str, cls: type) -> list[Any]:
    regime = ctx.world.regime(jur)
    ids = set(denial.nexus.get(jur, ()))
    return [
        a
        for n in regime.reach
        if n.id in ids and n.active(ctx.on)
        for a in n.when.atoms()
        if isinstance(a, cls)
    ]


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


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
        sum(len(_key(t)) for t in txs),
    )


# --------------------------------------------------------------------------- the moves


@dataclass(frozen=True)
class SupplierSubstitution:
    """Buy the same kind, at the capability the controlled item has (or the best the
    supplier makes, if that is still denied), from a firm in another jurisdiction."""

    name: str = "supplier_substitution"
    code: str = "PL101"
    description: str = "the same kind and capability from a jurisdiction that does not control it"

    def candidates(self, ctx: SearchContext, denial: Denial) -> Iterator[Candidate]:
        tx = denial.tx
        seen: set[str] = set()
        for s in sorted(ctx.world.suppliers, key=lambda s: (s.jurisdiction, s.firm, s.kind)):
            if s.jurisdiction in denial.jurisdictions or not v.is_country(s.jurisdiction):
                continue
            # The supplier's kind stands for the denied one when it is the same kind or
            # one the controlling regimes cannot tell apart from it (same partition class).
            if v.kind_matches(s.kind, tx.item.kind):
                kind = tx.item.kind
            elif s.kind.split(".")[0] == tx.item.kind.split(".")[0] and all(
                ctx.same_kind(j, s.kind, tx.item.kind) for j in denial.jurisdictions
            ):
                # ... and of the same family: a memory maker is no source of computers.
                kind = s.kind
            else:
                continue
            # Controls on any item (an end-user listing) give one finding per supplier
            # jurisdiction; item controls one per kind.
            scoped = _atoms(denial.rules, Kind)
            fkey = f"{kind if scoped else 'any item'}:{s.jurisdiction}"
            if fkey in seen:
                continue
            seen.add(fkey)
            # A firm is a substitute only for what it is known to reach: every parameter the
            # deciding rules compare and the denied item states must be in its capability
            # (a DRAM maker is no source of a 4,800-TPP accelerator).
            capability = v.with_derived(s.capability)
            compared = {a.param for a in _atoms(denial.rules, Compare)}
            if any(p in tx.item.params and p not in capability for p in compared):
                continue
            params = dict(tx.item.params)
            clamped = []
            for p, best in capability.items():
                if p not in params:
                    continue
                direction = v.parameter(p).direction
                x = params[p]
                if (direction == "higher" and x > best) or (direction == "lower" and x < best):
                    params[p] = best
                    clamped.append(f"{p} {_num(best)}")
            same = _with(tx, item_kind=kind, item_params=params)
            # The substitute must still be something the objective denies.
            if (kind != tx.item.kind or clamped) and not all(
                ctx.regime_outcome(j, same).restrictive for j in denial.jurisdictions
            ):
                continue
            witness = _with(
                same,
                exporter=s.jurisdiction,
                persons=[],
                item_origin=s.jurisdiction,
                item_made_with=[],
                item_content={},
                item_classification={},
                item_name=f"{s.firm} {kind}",
            )
            note = f" (at its best capability: {', '.join(clamped)})" if clamped else ""
            yield Candidate(
                (witness,),
                f"buy it from {s.firm} ({s.jurisdiction}){note}",
                key=fkey,
                detail=f"{s.firm} ({s.jurisdiction}) makes {kind}",
                jurisdictions=(s.jurisdiction,),
            )


@dataclass(frozen=True)
class Transshipment:
    """Export to a third country the controls do not cover, then re-export from there."""

    name: str = "transshipment"
    code: str = "PL102"
    description: str = "ship to a third country, then re-export from there"
    max_hubs: int = 6

    def candidates(self, ctx: SearchContext, denial: Denial) -> Iterator[Candidate]:
        tx = denial.tx
        if tx.channel not in ("export", "reexport"):
            return
        origin = tx.item.origin or tx.exporter
        dest_class = ctx.country_class("destination", tx.destination)
        hubs = [
            m
            for m in ctx.country_reps("destination")
            if m not in (tx.exporter, tx.destination)
            and ctx.country_class("destination", m) != dest_class
        ]
        tried = 0
        seen: set[tuple[int | None, ...]] = set()
        for m in hubs:
            # hubs the controlling regimes cannot tell apart as exporters are tried once
            sig = tuple(ctx.exporter_class(j, m) for j in denial.jurisdictions)
            if sig in seen:
                continue
            seen.add(sig)
            leg2 = _with(tx, exporter=m, channel="reexport", item_origin=origin)
            if any(ctx.regime_outcome(j, leg2).restrictive for j in denial.jurisdictions):
                continue
            leg1 = _with(tx, destination=m, end_user=None, end_use=[])
            tried += 1
            if ctx.allowed((leg1, leg2)):
                yield Candidate(
                    (leg1, leg2),
                    f"ship to {m} without naming the end user, then re-export from {m}",
                    key=tx.item.kind,
                )
                return
            if tried >= self.max_hubs:
                return


@dataclass(frozen=True)
class DeMinimisDilution:
    """Lower the controlled content below the de minimis level that carries a regime's
    law to a foreign-made item."""

    name: str = "de_minimis_dilution"
    code: str = "PL103"
    description: str = "dilute the controlling jurisdiction's content below de minimis"

    def candidates(self, ctx: SearchContext, denial: Denial) -> Iterator[Candidate]:
        tx = denial.tx
        for jur in denial.jurisdictions:
            atoms = _nexus_atoms(ctx, denial, jur, Content)
            for j in sorted({a.jurisdiction for a in atoms}):
                share = tx.item.content.get(j, 0.0)
                axis = ctx.axes.get(f"content:{j}")
                if axis is None or share <= 0:
                    continue
                lower = [
                    c
                    for c in axis.classes
                    if c.high is not None and c.high <= share and c.value < share
                ]
                for cls in sorted(lower, key=lambda c: -(c.high or 0)):
                    assert cls.high is not None
                    x = cls.high if cls.high_closed else just_below(cls.high, cls.low, 0.01)
                    content = {**tx.item.content, j: x}
                    witness = _with(tx, item_content=content)
                    if ctx.regime_outcome(jur, witness).restrictive:
                        continue
                    yield Candidate(
                        (witness,),
                        f"cut {j}-controlled content from {_num(share)}% to {_num(x)}%",
                        key=f"{tx.item.kind}:{j}",
                        detail=f"{j} content {_num(x)}%",
                    )
                    break


@dataclass(frozen=True)
class ForeignManufacture:
    """Make the item abroad without the controlling jurisdiction's technology, tools or
    content, where its law reaches the item only through them."""

    name: str = "foreign_manufacture"
    code: str = "PL104"
    description: str = "manufacture abroad without the controlling jurisdiction's technology"

    def candidates(self, ctx: SearchContext, denial: Denial) -> Iterator[Candidate]:
        tx = denial.tx
        tech = [
            j
            for j in denial.jurisdictions
            if _nexus_atoms(ctx, denial, j, MadeWith) or _nexus_atoms(ctx, denial, j, Content)
        ]
        if not tech or tx.channel not in ("export", "reexport"):
            return
        for m in ctx.country_reps("exporter"):
            if m in denial.jurisdictions or m == tx.destination:
                continue
            witness = _with(
                tx,
                exporter=m,
                channel="export",
                persons=[],
                item_origin=m,
                item_made_with=[x for x in tx.item.made_with if x not in tech],
                item_content={k: x for k, x in tx.item.content.items() if k not in tech},
                item_classification={},
            )
            if any(ctx.regime_outcome(j, witness).restrictive for j in tech):
                continue
            # Only places whose own law addresses the item: the gap between two
            # jurisdictions' controls, not the plain fact that unregulated places exist.
            involved = tuple(j for j in ctx.reaching([witness]) if ctx.addresses(j, witness))
            if not involved:
                continue
            yield Candidate(
                (witness,),
                f"make it in {m} without {', '.join(tech)} technology and export it from {m}",
                key=tx.item.kind,
                jurisdictions=involved,
            )


@dataclass(frozen=True)
class Affiliate:
    """Sell to an unlisted affiliate of the listed end user instead."""

    name: str = "affiliate"
    code: str = "PL105"
    description: str = "an unlisted affiliate of a listed party"

    def candidates(self, ctx: SearchContext, denial: Denial) -> Iterator[Candidate]:
        tx = denial.tx
        if not isinstance(tx.end_user, str) or not _atoms(denial.rules, Listed):
            return
        party = ctx.world.parties().get(tx.end_user)
        if party is None:
            return
        cuts = {float(a.min_share) for a in _atoms(denial.rules, Listed) if a.min_share}
        shares = sorted({100.0} | {round(c - 0.01, 2) for c in cuts if c > 0.01}, reverse=True)
        for share in shares:
            who = EndUser(
                name=f"unlisted affiliate of {party.id}",
                country=party.country,
                owners=(Owner(party=party.id, share=share),),
            )
            witness = _with(tx, end_user=who.model_dump(mode="json", exclude_defaults=True))
            if any(ctx.regime_outcome(j, witness).restrictive for j in denial.jurisdictions):
                continue
            yield Candidate(
                (witness,),
                f"sell to an unlisted affiliate {_num(share)}% owned by {party.id}",
                key=f"{tx.item.kind}:{party.id}",
            )
            return


@dataclass(frozen=True)
class RemoteAccess:
    """Let the end user use the item where it stands (a cloud) instead of exporting it."""

    name: str = "remote_access"
    code: str = "PL106"
    description: str = "remote access instead of export"
    kinds: tuple[str, ...] = ("ic", "computer", "software", "service.cloud")

    def candidates(self, ctx: SearchContext, denial: Denial) -> Iterator[Candidate]:
        tx = denial.tx
        if tx.channel == "remote_access" or not any(
            v.kind_matches(k, tx.item.kind) for k in self.kinds
        ):
            return
        witness = _with(tx, channel="remote_access")
        if any(ctx.regime_outcome(j, witness).restrictive for j in denial.jurisdictions):
            return
        yield Candidate(
            (witness,),
            f"rent it in {tx.exporter} by remote access from {tx.destination}",
            key=tx.item.kind,
        )


@dataclass(frozen=True)
class PreEffectiveOrder:
    """Order (and ship) the day before the controlling rule took effect: stockpiling
    between announcement and effect. Only rules that took effect within ``window_days``
    before the date checked are considered.

    Off by default (``default = False``; run it with ``--select PL107``): every new rule
    can be pre-empted this way, and the model does not record announcement dates that
    would say how long the window was."""

    name: str = "pre_effective_order"
    code: str = "PL107"
    description: str = "order before the rule's effective date"
    window_days: int = 365
    default: bool = False

    def candidates(self, ctx: SearchContext, denial: Denial) -> Iterator[Candidate]:
        tx = denial.tx
        starts = [r.effective for r in denial.rules]
        if not starts:
            return
        start = max(starts)
        if start <= dt.date(1900, 1, 2) or (ctx.on - start).days > self.window_days:
            return
        day = start - dt.timedelta(days=1)
        witness = _with(tx, date=day.isoformat())
        yield Candidate(
            (witness,),
            f"order on {day.isoformat()}, the day before"
            f" {', '.join(sorted({r.id for r in denial.rules}))} took effect"
            f" ({start.isoformat()})",
            key=f"{tx.item.kind}:{start.isoformat()}",
        )


@dataclass(frozen=True)
class DesignUnderThreshold:
    """Redesign the item just under a threshold: the most capable value of one parameter
    (in its declared direction) that no rule controls, everything else kept. Only for
    controls that test several parameters of the item (the A800 cut its interconnect and
    kept its compute); under a single-parameter threshold there is only a less capable
    item."""

    name: str = "design_under_threshold"
    code: str = "PL108"
    description: str = "design the item just under a threshold"

    def candidates(self, ctx: SearchContext, denial: Denial) -> Iterator[Candidate]:
        tx = denial.tx
        params = {a.param for a in _atoms(denial.rules, Compare)}
        # With one parameter, the value under the threshold is simply a less capable item;
        # a loophole needs a test on several, one cut while the others keep their value.
        if len(params & set(tx.item.params)) < 2:
            return
        for p in sorted(params):
            if p not in tx.item.params:
                continue
            direction = v.parameter(p).direction
            axis = ctx.axes.get(f"param:{p}")
            if direction == "neutral" or axis is None:
                continue
            x = tx.item.params[p]
            step = 10.0 ** (-v.parameter(p).decimals)
            options: list[float] = []
            for c in axis.classes:
                if direction == "higher":
                    if c.high is None or c.high > x or (c.high == x and c.high_closed):
                        continue
                    best = c.high if c.high_closed else just_below(c.high, c.low, step)
                else:
                    if c.low is None or c.low < x or (c.low == x and c.low_closed):
                        continue
                    best = c.low if c.low_closed else _clean_above(c.low, c.high, step)
                if c.contains(best):
                    options.append(best)
            options.sort(reverse=direction == "higher")
            for best in options:
                witness = _with(tx, item_params={**tx.item.params, p: best})
                if any(ctx.regime_outcome(j, witness).restrictive for j in denial.jurisdictions):
                    continue
                word = "up to" if direction == "higher" else "down to"
                yield Candidate(
                    (witness,),
                    f"redesign with {p} {_num(best)} instead of {_num(x)}",
                    key=f"{tx.item.kind}:{p}",
                    detail=f"headroom: {p} {word} {_num(best)} is still uncontrolled",
                )
                break


def _clean_above(low: float, high: float | None, step: float) -> float:
    x = round(low + step, 6)
    if high is None or x < high:
        return x
    return round((low + high) / 2, 6)


#: Plausible relabellings of a stated end use.
END_USE_SUBSTITUTES: dict[str, tuple[str, ...]] = {
    "advanced_node_fab": ("mature_node_fab",),
    "supercomputer": ("civil",),
    "ai_training": ("civil",),
    "military": ("civil",),
    "wmd": ("civil",),
}


@dataclass(frozen=True)
class EndUseSubstitution:
    """State a neighbouring end use the controls do not name (a mature-node fab instead of
    an advanced-node one), which a fab can later outgrow."""

    name: str = "end_use_substitution"
    code: str = "PL109"
    description: str = "a neighbouring end use the controls do not name"

    def candidates(self, ctx: SearchContext, denial: Denial) -> Iterator[Candidate]:
        tx = denial.tx
        named = {u for a in _atoms(denial.rules, EndUse) for u in a.uses}
        for old in sorted(set(tx.end_use) & named):
            for new in END_USE_SUBSTITUTES.get(old, ()):
                uses = sorted((set(tx.end_use) - {old}) | {new})
                witness = _with(tx, end_use=uses)
                if any(ctx.regime_outcome(j, witness).restrictive for j in denial.jurisdictions):
                    continue
                yield Candidate(
                    (witness,),
                    f"state the end use {new} instead of {old}",
                    key=f"{tx.item.kind}:{old}>{new}",
                )


for _m in (
    SupplierSubstitution(),
    Transshipment(),
    DeMinimisDilution(),
    ForeignManufacture(),
    Affiliate(),
    RemoteAccess(),
    PreEffectiveOrder(),
    DesignUnderThreshold(),
    EndUseSubstitution(),
):
    register_move(_m)

COMPOSED_CODE = "PL110"


# --------------------------------------------------------------------------- search


@dataclass
class _Found:
    finding: Finding
    size: tuple[int, ...]
    denial_rules: tuple[Rule, ...] = ()


def search(
    world: World,
    on: dt.date,
    partitions: dict[str, Partition],
    *,
    objective: Objective | None = None,
    moves: Sequence[Move] | None = None,
    depth: int = 2,
) -> list[Finding]:
    """Every loophole on ``on``: for each regime's restrictive cells (``partitions`` holds
    each regime's partition), each move and each composition of moves up to ``depth``."""
    objective = objective or Objective()
    moves = list(moves if moves is not None else registered_moves())
    ctx = SearchContext(world, on, partitions)
    found: dict[str, _Found] = {}
    best: dict[tuple[str, ...], tuple[int, ...]] = {}
    for jur in sorted(partitions):
        if not objective.counts(jur):
            continue
        for denial in _denials(ctx, objective, partitions[jur], jur):
            _explore(ctx, objective, moves, denial, denial, [], depth, found, best)
    # A composed path is reported only where no single move evades the same control of
    # the same kind of item: otherwise it says nothing the simpler finding does not.
    simple = {
        (tuple(r.id for r in f.denial_rules), f.finding.denied.item.kind)
        for f in found.values()
        if f.finding.denied is not None and "+" not in (f.finding.move or "")
    }
    out = [
        f.finding
        for f in found.values()
        if "+" not in (f.finding.move or "")
        or (tuple(r.id for r in f.denial_rules), f.finding.denied.item.kind)  # type: ignore[union-attr]
        not in simple
    ]
    return sorted(out, key=Finding.sort_key)


#: Axes that only say how an item gets where it goes (the route), not what it is or who
#: gets it; denied cells that differ only there and are denied the same way are explored once.
_ROUTE_AXES = ("country:exporter", "country:origin", "content", "made_with", "persons")


def _denials(ctx: SearchContext, objective: Objective, part: Partition, jur: str) -> list[Denial]:
    """The restrictive cells of ``jur``'s partition, as denials to explore. Cells that
    differ only in route axes (exporter, origin, content, technology, persons) and are
    denied by the same rule through the same kind of nexus, or only in axes the deciding
    rule does not read (or in values of them that its own conditions do not tell apart),
    are one denial: the first such cell, whose classes are the first (simplest) of their
    axes. The cells are those of the live partition (:meth:`Partition.live`): a rule that
    never decides does not tell denials apart."""
    groups: dict[tuple[Any, ...], Denial] = {}
    full = part
    part = part.live()
    always = _always_axes(part)
    for cell in part.cells:
        vd = part.verdict(cell, jur)
        if not vd.outcome.restrictive:
            continue
        key = _denial_key(ctx, part, jur, cell, vd, always)
        if key in groups:
            continue
        tx = cell.representative
        if tx.date != ctx.on:
            tx = tx.model_copy(update={"date": ctx.on})
        if not objective.covers(tx):
            continue
        # the rules that give the outcome, dead ones too (they tie with the first)
        truths = full.evaluate(cell.representative)
        deciding = vd.deciding if truths is None else full.verdict(truths, jur).deciding
        groups[key] = Denial(tx, (jur,), deciding, {jur: vd.nexus})
    return list(groups.values())


def _always_axes(part: Partition) -> set[int]:
    """The axes that tell denials apart whatever the deciding rule reads."""
    return {
        i
        for i, axis in enumerate(part.axes)
        if axis.name in ("kind", "country:destination", "end_user", "channel")
        or axis.kind == "end_use"
    }


def _denial_key(
    ctx: SearchContext,
    part: Partition,
    jur: str,
    cell: Cell,
    vd: CellVerdict,
    always: set[int],
) -> tuple[Any, ...]:
    """What tells a restrictive cell's denial apart from others (see :func:`_denials`):
    its classes on the axes the deciding rule reads, as far as the rule's own atoms tell
    them apart, the rule, and the kinds of nexus through which it binds."""
    rules = vd.deciding[:1]
    reads = _axes_read(part, rules[0]) if rules else None
    own = _atoms_read(part, rules[0]) if rules else None
    substance = tuple(
        (a, c if own is None or a in always else part.axes[a].classes[c].true_atoms & own)
        for a, c in cell.classes
        if not part.axes[a].name.startswith(_ROUTE_AXES)
        and (reads is None or part.axes[a].name in reads or a in always)
    )
    # Only the kind of nexus through which the deciding rule binds tells denials apart
    # (territory, origin, content, technology, persons).
    binding = tuple(
        sorted(
            {
                ctx.nexus_type(jur, n)
                for n in vd.nexus
                if not rules or not rules[0].nexus or n in rules[0].nexus
            }
        )
    )
    return (substance, tuple(r.id for r in rules), binding)


def _axes_read(part: Partition, rule: Rule) -> frozenset[str]:
    """The axes a rule's condition reads (its variants on other axes are the same denial
    as far as that rule is concerned)."""
    memo: dict[str, frozenset[str]] = part.__dict__.setdefault("_reads", {})
    hit = memo.get(rule.key)
    if hit is None:
        hit = frozenset(TABLE.axis_names[TABLE.atom_axis[a]] for a in _atoms_read(part, rule))
        memo[rule.key] = hit
    return hit


def _atoms_read(part: Partition, rule: Rule) -> frozenset[int]:
    """The atoms of a rule's condition: on an axis the rule reads, classes that give its
    atoms the same values are the same denial as far as that rule is concerned (other
    rules' thresholds on the axis do not multiply its denials)."""
    memo: dict[str, frozenset[int]] = part.__dict__.setdefault("_atoms_read", {})
    hit = memo.get(rule.key)
    if hit is None:
        slot = next(s for s in part.slots if s.role == "rule" and s.rule is rule)
        hit = memo[rule.key] = frozenset(TABLE.atoms_of(slot.expr))
    return hit


def _explore(
    ctx: SearchContext,
    objective: Objective,
    moves: Sequence[Move],
    origin: Denial,
    denial: Denial,
    path: list[tuple[Move, Candidate]],
    depth: int,
    found: dict[str, _Found],
    best: dict[tuple[str, ...], tuple[int, ...]],
) -> None:
    used = {m.name for m, _ in path}
    rules = tuple(r.id for r in origin.rules[:1])
    for move in moves:
        if move.name in used:
            continue
        # Once a path of moves evades a control for a kind of item, the other denials of
        # that control and kind are not tried again with it (the first, simplest cells
        # come first).
        scope = (*(m.name for m, _ in path), move.name, *rules, origin.tx.item.kind)
        if scope in best:
            continue
        evaded = False
        for cand in move.candidates(ctx, denial):
            steps = [*path, (move, cand)]
            legs = tuple(leg for _, c in steps[:-1] for leg in c.legs[:-1]) + cand.legs
            if ctx.allowed(cand.legs):
                _record(ctx, origin, steps, legs, found, best)
                evaded = True
                continue
            if len(steps) >= depth:
                continue
            nxt = ctx.denial_of(cand.legs[-1], objective)
            # Continue only when the move got past a jurisdiction's control and another's
            # stands in the way: each step of a path defeats one control.
            if nxt is None or set(nxt.jurisdictions) >= set(denial.jurisdictions):
                continue
            _explore(ctx, objective, moves, origin, nxt, steps, depth, found, best)
        if evaded:
            best[scope] = ()


def _record(
    ctx: SearchContext,
    origin: Denial,
    steps: list[tuple[Move, Candidate]],
    legs: tuple[Transaction, ...],
    found: dict[str, _Found],
    best: dict[tuple[str, ...], tuple[int, ...]],
) -> None:
    moves = [m for m, _ in steps]
    name = "+".join(m.name for m in moves)
    kind = legs[-1].item.kind
    key = "|".join(c.key or kind for _, c in steps)
    if "any item" in key:
        kind = "any item"
    declared = {j for _, c in steps for j in c.jurisdictions}
    size = complexity(origin.tx, legs)
    prekey = (name, key, kind, *sorted(declared), *(r.id for r in origin.rules))
    if prekey in best and best[prekey] <= size:
        return
    best[prekey] = size
    code = moves[0].code if len(moves) == 1 else COMPOSED_CODE
    near = _near_misses(ctx, origin, legs[-1])
    juris = sorted(set(origin.jurisdictions) | declared | {ctx.jurisdiction_of(r) for r in near})
    last = steps[-1][1]
    rules = list(origin.rules) + near
    ref = refs(origin.rules)
    controls = ", ".join(
        f"{r.id} ({r.outcome.value}{'; ' + r.review if r.review else ''})" for r in origin.rules
    )
    words = "; then ".join(c.step for _, c in steps)
    message = (
        f"{name.replace('_', ' ')}: {controls} covers {describe(origin.tx)}; {words}:"
        f" no licence required"
    )
    if last.detail:
        message += f" ({last.detail})"
    if near:
        message += f"; {_mismatch(origin, near, ctx)}"
    severity: Severity = "note" if moves[0].name == "pre_effective_order" else "error"
    finding = Finding(
        code=code,
        category="loophole",
        move=name,
        severity=severity,
        message=message,
        jurisdictions=juris,
        rules=ref + [r for r in refs(rules) if r.id not in {x.id for x in ref}],
        denied=origin.tx,
        witness=list(legs),
        path=[f"{m.name}: {c.step}" for m, c in steps],
        key=f"{kind}:{key}",
    )
    hit = found.get(finding.fingerprint)
    if hit is None or (size, finding.message) < (hit.size, hit.finding.message):
        found[finding.fingerprint] = _Found(finding, size, origin.rules)


def _mismatch(origin: Denial, near: Sequence[Rule], ctx: SearchContext) -> str:
    """The other side of a threshold mismatch in words: which rules of the jurisdictions the
    witness goes through test the same parameters, at which thresholds, and do not apply
    (the EU's TPP 6000 where the US's is 4800)."""
    params = {a.param for a in _atoms(origin.rules, Compare)}
    parts = []
    for rule in near:
        tests = sorted({a.code() for a in _atoms([rule], Compare) if a.param in params})
        parts.append(f"{rule.id} ({ctx.jurisdiction_of(rule)}) tests {' and '.join(tests)}")
    tail = " and does not apply" if len(parts) == 1 else ", and none applies"
    return "; ".join(parts) + tail


def _near_misses(ctx: SearchContext, origin: Denial, witness: Transaction) -> list[Rule]:
    """Rules of the jurisdictions that reach the witness which address its kind and the
    same parameters as the controlling rules but do not control it (the other side of a
    threshold mismatch)."""
    params = {a.param for a in _atoms(origin.rules, Compare)}
    if not params:
        return []
    memo = f"{sorted(params)}|{_key(witness)}"
    hit = ctx._near.get(memo)
    if hit is not None:
        return hit
    out: list[Rule] = []
    ctx._near[memo] = out
    d = ctx.decide(witness)
    for j, vd in sorted(d.verdicts.items()):
        if not vd.reached or j in origin.jurisdictions:
            continue
        for rule in ctx.world.regime(j).rules:
            if not rule.active(witness.date) or rule.id in vd.rules:
                continue
            kinds = _atoms([rule], Kind)
            if kinds and not any(k.matches(witness.item.kind) for k in kinds):
                continue
            if params & {a.param for a in _atoms([rule], Compare)}:
                out.append(rule)
    return out


# --------------------------------------------------------------------------- as a check


@check("PL100", "loopholes", per="date", category="loophole")
def _loopholes(ctx: CheckContext) -> Iterable[Finding]:
    """Transactions an objective denies that evasion moves (and their compositions) allow."""
    assert ctx.as_of is not None
    runner = ctx.options.get("runner")
    parts = {
        r.jurisdiction: (
            runner.regime_partition(r.jurisdiction, ctx.as_of)
            if runner is not None
            else _partition(ctx.world, ctx.as_of, r.jurisdiction)
        )
        for r in ctx.world.regimes
    }
    codes = ctx.options.get("codes")
    moves = [
        m
        for m in registered_moves()
        if (codes is None and getattr(m, "default", True))
        or (codes is not None and (m.code in codes or "PL100" in codes))
    ]
    objective = ctx.options.get("objective") or Objective()
    return search(
        ctx.world,
        ctx.as_of,
        parts,
        objective=objective,
        moves=moves,
        depth=int(ctx.options.get("depth", 2)),
    )


def _partition(world: World, on: dt.date, jur: str) -> Partition:
    from policy.analysis.partition import partition

    return partition(world, as_of=on, jurisdictions=[jur])


__all__ = [
    "Affiliate",
    "Candidate",
    "DeMinimisDilution",
    "Denial",
    "DesignUnderThreshold",
    "EndUseSubstitution",
    "ForeignManufacture",
    "Move",
    "Objective",
    "PreEffectiveOrder",
    "RemoteAccess",
    "SearchContext",
    "SupplierSubstitution",
    "Transshipment",
    "register_move",
    "registered_moves",
    "search",
]

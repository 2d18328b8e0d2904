"""What an evasion move may ask while it works: :class:`SearchContext` (the world, the date,
the classes of each axis as the whole world distinguishes them, cached decisions, and each
regime's exact verdict through its partition), and the atoms of rules and of the nexus
through which a denial binds (:func:`rule_atoms`, :func:`nexus_atoms`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from policy.analysis.loopholes.objective import Denial, Objective
from policy.analysis.loopholes.witness import transaction_key
from policy.analysis.partition import Axis, Compiler, Partition, build_axes
from policy.engine.decide import decide
from policy.model import vocabulary as v
from policy.model.conditions import Compare, Content, Countries, Kind, MadeWith
from policy.model.decisions import Decision, Outcome
from policy.model.rules import Rule
from policy.model.transactions import Transaction
from policy.model.world import World


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
        comp = Compiler(world, on, None)
        items = comp.collect()
        comp.build_persons_classes()
        for jur, _, _, cond, _ in items:
            comp.expr(jur, cond)
        self.compiler = comp
        self.axes: dict[str, Axis] = {a.name: a for a in build_axes(comp)}
        self._decisions: dict[str, Decision] = {}
        self._outcomes: dict[tuple[str, str], Outcome] = {}
        self._tables: dict[tuple[str, str], dict[str, int | None]] = {}
        self._nexus_types: dict[str, str] = {}
        self._near: dict[str, list[Rule]] = {}
        self._choice_order: dict[tuple[str, ...], list[list[str]]] = {}
        self._country_tables: dict[str, dict[str, int]] = {}
        self.rules_by_id: dict[tuple[str, str], Rule] = {}
        self._owner: dict[int, str] = {}
        for r in world.regimes:
            for rule in r.rules:
                self._owner[id(rule)] = r.jurisdiction
                if rule.active(on):
                    self.rules_by_id[(r.jurisdiction, rule.id)] = rule

    def jurisdiction_of(self, rule: Rule) -> str:
        """The jurisdiction whose regime holds ``rule``."""
        return self._owner[id(rule)]

    # -------------------------------------------------------------- evaluation
    def decide(self, tx: Transaction) -> Decision:
        """:func:`policy.decide` under every regime, cached by transaction."""
        key = transaction_key(tx)
        hit = self._decisions.get(key)
        if hit is None:
            hit = decide(self.world, tx)
            self._decisions[key] = hit
        return hit

    def regime_outcome(self, jurisdiction: str, tx: Transaction) -> Outcome:
        """One regime's outcome, from its partition when the transaction is dated today
        (exact and cheaper than deciding under every regime)."""
        key = (jurisdiction, transaction_key(tx))
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

    def still_denied(self, denial: Denial, tx: Transaction) -> bool:
        """Whether one of the jurisdictions that deny ``denial`` still denies ``tx`` (asked
        of each regime's partition, regime by regime, until one does): a move's witness
        that is still denied where the original was is no way round it."""
        return any(self.regime_outcome(j, tx).restrictive for j in denial.jurisdictions)

    def allowed(self, legs: Sequence[Transaction]) -> bool:
        """Whether every leg of a path needs no licence anywhere."""
        return all(not self.decide(t).overall.restrictive for t in legs)

    def denial_of(self, tx: Transaction, objective: Objective) -> Denial | None:
        """How the objective denies ``tx`` (the first deciding rule of each jurisdiction
        that counts), or ``None`` when no jurisdiction it counts denies it."""
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

    def country_choices(self, fields: Sequence[str], avoid: Iterable[str] = ()) -> list[str]:
        """One country for every combination of classes it can have on ``fields`` (as the
        whole world distinguishes them), the most readable member of each that is not in
        ``avoid``: what a move that puts a country in those fields must try to be complete.
        Unlike :meth:`country_reps`, a class whose usual representative is to be avoided
        (the "every other country" class represented by the exporter itself) is tried
        through another of its members, a country no regime names."""
        skip = set(avoid)
        key = tuple(fields)
        order = self._choice_order.get(key)
        if order is None:
            groups: dict[tuple[int | None, ...], list[str]] = {}
            for c in sorted(v.countries(), key=self.compiler.prefer_key):
                sig = tuple(self.country_class(f, c) for f in fields)
                groups.setdefault(sig, []).append(c)
            order = self._choice_order[key] = list(groups.values())
        out = []
        for members in order:
            pick = next((c for c in members if c not in skip), None)
            if pick is not None:
                out.append(pick)
        return out

    def country_class(self, fld: str, country: str) -> int | None:
        table = self._country_tables.get(fld)
        if table is None:
            axis = self.axes.get(f"country:{fld}")
            table = {}
            for i, c in enumerate(axis.classes if axis is not None else ()):
                for m in c.members:
                    table.setdefault(m, i)
            self._country_tables[fld] = table
        return table.get(country)

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
        return self._classes(jurisdiction, "country:exporter").get(country)

    def same_kind(self, jurisdiction: str, a: str, b: str) -> bool:
        """Whether a regime's conditions treat kinds ``a`` and ``b`` alike."""
        table = self._classes(jurisdiction, "kind")
        return table.get(a, 0) == table.get(b, 0)

    def _classes(self, jurisdiction: str, axis_name: str) -> dict[str, int | None]:
        """Value -> class on one axis of a regime's own partition (empty without one)."""
        key = (jurisdiction, axis_name)
        table = self._tables.get(key)
        if table is None:
            part = self.partitions.get(jurisdiction)
            axis = part.axis(axis_name) if part is not None else None
            table = part.class_table(axis) if part is not None and axis is not None else {}
            self._tables[key] = table
        return table

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

    def near_misses(self, origin: Denial, witness: Transaction) -> list[Rule]:
        """Rules of the jurisdictions that reach the witness which address its kind and the
        same parameters as the controlling rules but do not control it (the other side of a
        threshold mismatch)."""
        params = {a.param for a in rule_atoms(origin.rules, Compare)}
        if not params:
            return []
        memo = f"{sorted(params)}|{transaction_key(witness)}"
        hit = self._near.get(memo)
        if hit is not None:
            return hit
        out: list[Rule] = []
        self._near[memo] = out
        d = self.decide(witness)
        for j, vd in sorted(d.verdicts.items()):
            if not vd.reached or j in origin.jurisdictions:
                continue
            for rule in self.world.regime(j).rules:
                if not rule.active(witness.date) or rule.id in vd.rules:
                    continue
                kinds = rule_atoms([rule], Kind)
                if kinds and not any(k.matches(witness.item.kind) for k in kinds):
                    continue
                if params & {a.param for a in rule_atoms([rule], Compare)}:
                    out.append(rule)
        return out


def rule_atoms(rules: Iterable[Rule], cls: type) -> list[Any]:
    """The atoms of type ``cls`` in the conditions of ``rules``."""
    return [a for r in rules for a in r.when.atoms() if isinstance(a, cls)]


def nexus_atoms(ctx: SearchContext, denial: Denial, jur: str, cls: type) -> list[Any]:
    """The atoms of type ``cls`` of the nexus through which ``jur``'s law reaches the
    denied transaction (in force on the search's date)."""
    regime = ctx.world.regime(jur)
    ids = set(denial.nexus.get(jur, ()))
    return [
        a
        for n in regime.reach
        if n.id in ids and n.active(ctx.on)
        for a in n.when.atoms()
        if isinstance(a, cls)
    ]


__all__ = ["SearchContext", "nexus_atoms", "rule_atoms"]

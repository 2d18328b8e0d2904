"""How one regime's verdict follows from which of its pieces of law hold: the one procedure.

Every evaluator answers the same question in its own way — does this nexus, this rule's
condition, this carve-out's condition hold? — and hands the answers to :func:`assess` (or
:func:`assemble`), which forms the verdict. The reference engine
(:func:`policy.engine.decide.decide_regime`) answers by evaluating conditions on the
transaction (and explains them, for the trace); the compiled evaluator
(:meth:`policy.engine.compiled.regime.CompiledRegime.verdict`) by looking bits up in a
term bitset; the partition can answer from a cell's condition values. An answer is asked
for through an :class:`Oracle`, by position in the regime given:

* ``nexus(i)``: ``regime.reach[i]``;
* ``rule(j)``: ``regime.rules[j]``;
* ``carveout(j, k)``: ``regime.rules[j].carveouts[k]``.

The procedure, in the order it asks (an oracle that raises, as the reference does for an
end user it cannot resolve, raises at the same question the reference engine would):

1. **Reach.** Each nexus of ``regime.reach`` in order is asked, skipping those not in force
   on ``on``. The ids of those that hold, in that order, are the verdict's ``nexus``. If
   none holds, the regime does not reach the transaction: the outcome is
   ``not_applicable`` and nothing else is asked.
2. **Rules.** Each rule of ``regime.rules`` is visited in that order — the model keeps
   rules sorted by id, then effective date (:class:`~policy.model.regimes.Regime`), not
   in the order written. A rule not in force on ``on``, or whose ``nexus`` restriction is
   not empty and names none of the nexus that hold, is skipped *without asking its
   condition*. Otherwise its condition is asked; if it holds, the rule applies with its
   own outcome.
3. **Carve-outs.** For a rule that applies, each of its carve-outs is asked in
   ``rule.carveouts`` order (sorted by id, then effective date, by the model), skipping
   those not in force on ``on``. One that holds *lowers* the outcome reached so far only
   if its own outcome is strictly less restrictive than that outcome; it is then named
   in the verdict's carve-outs (``"NAC"``). One that holds but is not strictly lower
   (it needs notification, or an earlier carve-out already lowered the outcome as far)
   leaves the outcome as it is and is named as available (``"NAC (available)"``).
4. **Ranking.** The rules that apply are ranked most restrictive first by their final
   outcome; the sort is stable, so ties keep rule order. The verdict's outcome is the
   first one's (``no_license_required`` when no rule applies); its rules are their ids
   in ranked order, each once.
5. **Review.** When the outcome is restrictive (a licence is required, or the transaction
   is prohibited), the review policy is the first non-empty ``review`` among the ranked
   rules whose final outcome is the verdict's; otherwise there is none.
6. **Carve-outs of the verdict**: every name from step 3, sorted, each once.

The same procedure in closed form, for evaluators that fold it over many transactions at
once (the decision diagrams of :mod:`policy.analysis.symbolic`, the outcome-only path of
:func:`policy.engine.compiled.bits.outcome_ranks`):

* a rule's final outcome is the least restrictive of its own outcome and those of its
  carve-outs that hold (lowering step by step, each only when strictly lower, ends there);
* carve-out ``k`` is used exactly where the rule applies, it holds, and its outcome is
  below the rule's and below that of every earlier carve-out of the rule that holds; it
  is available where it holds, the rule applies, and it is not used;
* rule ``j`` comes first in the ranking exactly where it applies, no earlier rule applies
  with a final outcome at least as restrictive, and no later rule with a more restrictive
  one; the verdict's outcome is the most restrictive final outcome.

``on`` is the transaction's date: law not in force that day is skipped without a
question. Pass ``on=None`` when the oracle's answers already account for the dates (the
compiled tables fold each piece's dates into its condition; a partition is built from
the law in force on one day) — every piece is then asked.

With a ``trace`` (an :class:`Explainer`, asked only about the pieces that hold), the
verdict carries the reference engine's explanation, line by line:
``reached by <nexus> (<title>): <facts>``, ``<rule> applies (<title>): <facts> -> <outcome>``,
``  carve-out <id> (<title>): <facts> -> <outcome>`` or
``  carve-out <id> (<title>) available: <facts>; the outcome stays <outcome>``, and
``no rule applies -> no_license_required`` or
``not reached: no <jurisdiction> nexus applies on <date>``.

:func:`assess` returns the intermediate :class:`Assessment` (the nexus, the applied rules
with their final outcomes and carve-outs, the trace), from which the verdict and any
other view of it (the partition's cell verdicts) are built.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import NamedTuple, Protocol

from policy.model.decisions import Outcome, Verdict
from policy.model.regimes import Regime
from policy.model.rules import Rule


class Oracle(Protocol):
    """Whether each piece of one regime's law holds for the transaction (or class of
    transactions) at hand, by position in the regime (see the module docstring)."""

    def nexus(self, i: int) -> bool:
        """Whether ``regime.reach[i]`` holds."""
        ...

    def rule(self, j: int) -> bool:
        """Whether the condition of ``regime.rules[j]`` holds."""
        ...

    def carveout(self, j: int, k: int) -> bool:
        """Whether the condition of ``regime.rules[j].carveouts[k]`` holds."""
        ...


class Explainer(Protocol):
    """The facts that made a piece of law hold (``"tpp 4992 >= 4800"``), for the trace.
    Asked only about pieces the oracle said hold, right after it said so."""

    def nexus_facts(self, i: int) -> Sequence[str]: ...

    def rule_facts(self, j: int) -> Sequence[str]: ...

    def carveout_facts(self, j: int, k: int) -> Sequence[str]: ...


class AppliedRule(NamedTuple):
    """A rule that applies, with its outcome after its carve-outs: ``carveouts`` names
    those that lowered it (in the order they did), ``available`` those that held without
    lowering it."""

    rule: Rule
    outcome: Outcome
    carveouts: tuple[str, ...] = ()
    available: tuple[str, ...] = ()


class Assessment(NamedTuple):
    """Everything a regime's verdict is made of (see :func:`assess`): the nexus that hold
    (none: not reached), the applied rules ranked most restrictive first (ties in rule
    order), and the trace lines (empty without an explainer)."""

    nexus: tuple[str, ...]
    applied: tuple[AppliedRule, ...]
    trace: tuple[str, ...] = ()

    @property
    def reached(self) -> bool:
        return bool(self.nexus)

    @property
    def outcome(self) -> Outcome:
        """``not_applicable`` when not reached; else the first ranked rule's outcome, or
        ``no_license_required`` when no rule applies."""
        if not self.nexus:
            return Outcome.NOT_APPLICABLE
        return self.applied[0].outcome if self.applied else Outcome.NO_LICENSE_REQUIRED

    @property
    def review(self) -> str | None:
        """The first review policy among the rules that give the verdict's outcome, when
        that outcome is restrictive."""
        if not self.nexus or not self.applied:
            return None
        top = self.applied[0].outcome
        if not top.restrictive:
            return None
        for a in self.applied:  # ranked: the rules with the top outcome come first
            if a.outcome is not top:
                break
            if a.rule.review:
                return a.rule.review
        return None

    @property
    def rules(self) -> list[str]:
        """The ids of the applied rules, ranked, each once."""
        return list(dict.fromkeys([a.rule.id for a in self.applied]))

    @property
    def carveouts(self) -> list[str]:
        """The carve-outs used (``"id"``) and available (``"id (available)"``), sorted."""
        names: set[str] = set()
        for a in self.applied:
            if a.carveouts:
                names.update(a.carveouts)
            if a.available:
                names.update([f"{c} (available)" for c in a.available])
        return sorted(names)

    def verdict(self) -> Verdict:
        """The :class:`~policy.model.decisions.Verdict` (with the trace, if any)."""
        nexus, applied, trace = self
        if not nexus:
            return Verdict(reached=False, outcome=Outcome.NOT_APPLICABLE, trace=list(trace))
        if not applied:
            return Verdict(
                reached=True,
                nexus=list(nexus),
                outcome=Outcome.NO_LICENSE_REQUIRED,
                trace=list(trace),
            )
        return Verdict(
            reached=True,
            nexus=list(nexus),
            outcome=applied[0].outcome,
            review=self.review,
            rules=self.rules,
            carveouts=self.carveouts,
            trace=list(trace),
        )


def _words(facts: Sequence[str]) -> str:
    return "; ".join(facts)


def assess(
    regime: Regime,
    holds: Oracle,
    *,
    on: dt.date | None,
    trace: Explainer | None = None,
    candidates: Iterable[int] | None = None,
) -> Assessment:
    """What ``regime`` decides, given which of its pieces of law ``holds`` (the procedure
    of the module docstring, asking in its order).

    Args:
        regime: the law; positions in it name the pieces the oracle is asked about.
        holds: answers for each piece.
        on: the day the law is read on (pieces not in force are skipped unasked); None when
            the oracle's answers account for the dates.
        trace: explains the pieces that hold; the assessment then carries the trace.
        candidates: the positions of the rules that may hold, ascending (default: every
            rule). The others are taken not to hold and are not asked. An oracle that
            knows which conditions hold (the compiled tables) passes those, to visit a
            handful of rules instead of hundreds; any superset of the rules that hold gives
            the same assessment.

    Raises:
        ValueError: a trace without a date (the "not reached" line names the day).
    """
    if trace is not None and on is None:
        raise ValueError("a trace needs the date the law is read on (on=...)")
    lines: list[str] = []
    nexus: list[str] = []
    for i, n in enumerate(regime.reach):
        if on is not None and not n.active(on):
            continue
        if holds.nexus(i):
            nexus.append(n.id)
            if trace is not None:
                lines.append(f"reached by {n.id} ({n.title}): {_words(trace.nexus_facts(i))}")
    if not nexus:
        if on is not None and trace is not None:
            lines.append(f"not reached: no {regime.jurisdiction} nexus applies on {on.isoformat()}")
        return Assessment((), (), tuple(lines))
    applied: list[AppliedRule] = []
    rules = regime.rules
    for j in range(len(rules)) if candidates is None else candidates:
        rule = rules[j]
        if on is not None and not rule.active(on):
            continue
        if rule.nexus and not any(x in nexus for x in rule.nexus):
            continue
        if not holds.rule(j):
            continue
        outcome = rule.outcome
        if trace is not None:
            lines.append(
                f"{rule.id} applies ({rule.title}): {_words(trace.rule_facts(j))}"
                f" -> {outcome.value}"
            )
        if not rule.carveouts:
            applied.append(AppliedRule(rule, outcome))
            continue
        used: list[str] = []
        available: list[str] = []
        for k, c in enumerate(rule.carveouts):
            if on is not None and not c.active(on):
                continue
            if not holds.carveout(j, k):
                continue
            lowers = c.outcome.rank < outcome.rank
            if trace is not None:
                why = _words(trace.carveout_facts(j, k))
                lines.append(
                    f"  carve-out {c.id} ({c.title}): {why} -> {c.outcome.value}"
                    if lowers
                    else f"  carve-out {c.id} ({c.title}) available: {why};"
                    f" the outcome stays {outcome.value}"
                )
            if lowers:
                outcome = c.outcome
                used.append(c.id)
            else:
                available.append(c.id)
        applied.append(AppliedRule(rule, outcome, tuple(used), tuple(available)))
    if not applied and trace is not None:
        lines.append("no rule applies -> no_license_required")
    if len(applied) > 1:
        applied.sort(key=lambda a: -a.outcome.rank)  # stable: ties keep rule order
    return Assessment(tuple(nexus), tuple(applied), tuple(lines))


def assemble(
    regime: Regime,
    holds: Oracle,
    *,
    on: dt.date | None,
    trace: Explainer | None = None,
    candidates: Iterable[int] | None = None,
) -> Verdict:
    """The verdict of :func:`assess` (see the module docstring for the procedure)."""
    return assess(regime, holds, on=on, trace=trace, candidates=candidates).verdict()

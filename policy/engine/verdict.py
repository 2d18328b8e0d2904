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
7. **Not modelled.** A reached verdict that requires no licence carries ``not_modelled``
   when the evaluator says the regime does not model the transaction's kind and route
   (``Regime.models``, a function of the item kind and the channel only; ``modelled=`` of
   :func:`assess`): no modelled rule controls it, which is not an answer. A restrictive
   verdict (a route rule, such as an end-use rule, applies) stands and is not flagged.

The same procedure in closed form, for evaluators that fold it over many transactions at
once, is :class:`ClosedForm`: it computes *where* each step's answer is what, in an
:class:`Algebra` of truth values (where does this hold) and outcome values (which outcome
where). :data:`BOOLEAN` is the algebra of one transaction (a truth value is a ``bool``);
the decision diagrams of :mod:`policy.analysis.symbolic` are another (a truth value is a
diagram over the partition's axes). (The outcome-only path of
:func:`policy.engine.compiled.bits.outcome_ranks`, over a batch's rows, still writes the
outcome's closed form out by hand for speed; differential tests hold it equal.)
Each step is written once, here, in the algebra's terms:

* a rule's outcome after its carve-outs (:func:`carveout_steps`, which :func:`assess`
  runs too): start from the rule's outcome where it applies; carve-out ``k`` is used
  where it holds and its outcome is strictly below the outcome so far, which it then
  becomes; it is available where it holds, the rule applies, and it is not used;
* rule ``j`` comes first in the ranking (:meth:`ClosedForm.first`) exactly where it
  applies, no earlier rule applies with an outcome at least as restrictive, and no later
  rule with a more restrictive one (the stable sort of step 4); the rules that *give*
  the verdict's outcome (:meth:`ClosedForm.gives_outcome`) are those whose outcome is the
  most restrictive outcome of any rule that applies.

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
from functools import reduce
from typing import Generic, NamedTuple, Protocol, TypeVar

from policy.model.decisions import Outcome, Verdict
from policy.model.regimes import Regime
from policy.model.rules import Rule

#: A truth value: whether a piece of law holds, for one transaction (``bool``) or for many.
T = TypeVar("T")
#: An outcome value: which outcome (or none), for one transaction or for many.
V = TypeVar("V")
T_co = TypeVar("T_co", covariant=True)

#: The outcomes a rule can have, least restrictive first.
RULE_OUTCOMES = tuple(o for o in sorted(Outcome, key=lambda o: o.rank) if o.rank > 0)


class Oracle(Protocol[T_co]):
    """Whether each piece of one regime's law holds for the transaction (or class of
    transactions) at hand, by position in the regime (see the module docstring)."""

    def nexus(self, i: int) -> T_co:
        """Whether ``regime.reach[i]`` holds."""
        ...

    def rule(self, j: int) -> T_co:
        """Whether the condition of ``regime.rules[j]`` holds."""
        ...

    def carveout(self, j: int, k: int) -> T_co:
        """Whether the condition of ``regime.rules[j].carveouts[k]`` holds."""
        ...


class Explainer(Protocol):
    """The facts that made a piece of law hold (``"tpp 4992 >= 4800"``), for the trace.
    Asked only about pieces the oracle said hold, after it said so (a rule's carve-outs
    are explained once all of them have been asked)."""

    def nexus_facts(self, i: int) -> Sequence[str]: ...

    def rule_facts(self, j: int) -> Sequence[str]: ...

    def carveout_facts(self, j: int, k: int) -> Sequence[str]: ...


class Algebra(Protocol[T, V]):
    """The values the procedure is computed in (see the module docstring): truth values
    ``T`` with their boolean operations, and outcome values ``V``, which hold an outcome
    (or none) wherever a truth value holds true or false."""

    #: the truth value that holds everywhere, and the one that holds nowhere
    true: T
    false: T
    #: the outcome value that is no outcome anywhere
    none: V

    def conj(self, a: T, b: T) -> T: ...

    def disj(self, a: T, b: T) -> T: ...

    def neg(self, a: T) -> T: ...

    def choose(self, where: T, outcome: Outcome, otherwise: V) -> V:
        """``outcome`` where ``where`` holds, ``otherwise`` elsewhere."""
        ...

    def at_least(self, value: V, rank: int) -> T:
        """Where ``value`` is an outcome of rank ``rank`` or more (never where it is none)."""
        ...


class Booleans:
    """The :class:`Algebra` of one transaction: a truth value is a ``bool``, an outcome
    value an :class:`~policy.model.decisions.Outcome` or None."""

    true = True
    false = False
    none: Outcome | None = None

    @staticmethod
    def conj(a: bool, b: bool) -> bool:
        return a and b

    @staticmethod
    def disj(a: bool, b: bool) -> bool:
        return a or b

    @staticmethod
    def neg(a: bool) -> bool:
        return not a

    @staticmethod
    def choose(where: bool, outcome: Outcome, otherwise: Outcome | None) -> Outcome | None:
        return outcome if where else otherwise

    @staticmethod
    def at_least(value: Outcome | None, rank: int) -> bool:
        return value is not None and value.rank >= rank


#: The algebra of one transaction (what :func:`assess` computes in).
BOOLEAN = Booleans()


def carveout_steps(
    algebra: Algebra[T, V], rule: Rule, applies: T, holds: Sequence[T]
) -> tuple[V, tuple[T, ...], tuple[V, ...]]:
    """Step 3 of the procedure for one rule: its outcome after its carve-outs (none where
    it does not apply), where each carve-out is used (it holds and its outcome is strictly
    below the outcome so far, which it then becomes), and the outcome after each
    carve-out's turn.

    Args:
        algebra: the values computed in.
        rule: the rule; ``rule.carveouts[k]`` is the carve-out ``holds[k]`` answers for.
        applies: where the rule applies (step 2).
        holds: where each carve-out holds (false where it is not in force).
    """
    value = algebra.choose(applies, rule.outcome, algebra.none)
    used: list[T] = []
    after: list[V] = []
    for c, h in zip(rule.carveouts, holds, strict=True):
        lowers = algebra.conj(h, algebra.at_least(value, c.outcome.rank + 1))
        value = algebra.choose(lowers, c.outcome, value)
        used.append(lowers)
        after.append(value)
    return value, tuple(used), tuple(after)


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
    #: whether the regime models the transaction's kind and route (``Regime.models``)
    modelled: bool = True

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
    def deciding(self) -> tuple[Rule, ...]:
        """The rules that give the verdict's outcome, in rule order (the first ranked
        rules, up to the first with a less restrictive outcome)."""
        if not self.applied:
            return ()
        top = self.applied[0].outcome
        return tuple(a.rule for a in self.applied if a.outcome is top)

    @property
    def review(self) -> str | None:
        """The first review policy among the rules that give the verdict's outcome, when
        that outcome is restrictive."""
        if not self.nexus or not self.applied or not self.applied[0].outcome.restrictive:
            return None
        return next((r.review for r in self.deciding if r.review), None)

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
        nexus, applied, trace, modelled = self
        if not nexus:
            return Verdict(reached=False, outcome=Outcome.NOT_APPLICABLE, trace=list(trace))
        if not applied:
            return Verdict(
                reached=True,
                nexus=list(nexus),
                outcome=Outcome.NO_LICENSE_REQUIRED,
                trace=list(trace),
                not_modelled=not modelled,
            )
        outcome = applied[0].outcome
        return Verdict(
            reached=True,
            nexus=list(nexus),
            outcome=outcome,
            review=self.review,
            rules=self.rules,
            carveouts=self.carveouts,
            trace=list(trace),
            # a restrictive answer stands (a route rule applies); an unrestrictive one on a
            # kind or route the regime does not model is not an answer
            not_modelled=not modelled and not outcome.restrictive,
        )


def _words(facts: Sequence[str]) -> str:
    return "; ".join(facts)


def assess(
    regime: Regime,
    holds: Oracle[bool],
    *,
    on: dt.date | None,
    trace: Explainer | None = None,
    candidates: Iterable[int] | None = None,
    modelled: bool = True,
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
        modelled: whether the regime models the transaction's kind and route
            (``Regime.modelled``); a reached verdict on one it does not model says so
            (``Verdict.not_modelled``), and with a trace a line says it.

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
        return Assessment((), (), tuple(lines), modelled)
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
        if trace is not None:
            lines.append(
                f"{rule.id} applies ({rule.title}): {_words(trace.rule_facts(j))}"
                f" -> {rule.outcome.value}"
            )
        if not rule.carveouts:
            applied.append(AppliedRule(rule, rule.outcome))
            continue
        held = [
            (on is None or c.active(on)) and holds.carveout(j, k)
            for k, c in enumerate(rule.carveouts)
        ]
        outcome, used, after = carveout_steps(BOOLEAN, rule, True, held)
        assert outcome is not None
        if trace is not None:
            for k, c in enumerate(rule.carveouts):
                if not held[k]:
                    continue
                why = _words(trace.carveout_facts(j, k))
                lines.append(
                    f"  carve-out {c.id} ({c.title}): {why} -> {c.outcome.value}"
                    if used[k]
                    else f"  carve-out {c.id} ({c.title}) available: {why};"
                    f" the outcome stays {after[k]}"
                )
        applied.append(
            AppliedRule(
                rule,
                outcome,
                tuple(c.id for c, u in zip(rule.carveouts, used, strict=True) if u),
                tuple(
                    c.id for c, h, u in zip(rule.carveouts, held, used, strict=True) if h and not u
                ),
            )
        )
    if not applied and trace is not None:
        lines.append("no rule applies -> no_license_required")
    if not modelled and trace is not None and not any(a.outcome.restrictive for a in applied):
        lines.append(
            f"not modelled: {regime.jurisdiction}'s model does not cover this item kind or"
            " channel, so no_license_required means only that no modelled rule applies"
        )
    if len(applied) > 1:
        applied.sort(key=lambda a: -a.outcome.rank)  # stable: ties keep rule order
    return Assessment(tuple(nexus), tuple(applied), tuple(lines), modelled)


def assemble(
    regime: Regime,
    holds: Oracle[bool],
    *,
    on: dt.date | None,
    trace: Explainer | None = None,
    candidates: Iterable[int] | None = None,
    modelled: bool = True,
) -> Verdict:
    """The verdict of :func:`assess` (see the module docstring for the procedure)."""
    return assess(
        regime, holds, on=on, trace=trace, candidates=candidates, modelled=modelled
    ).verdict()


class ClosedForm(Generic[T, V]):
    """The procedure in closed form over ``algebra``: where ``regime`` is reached, where
    each rule applies and with which outcome, where each carve-out is used, where each
    rule comes first in the verdict, and where the verdict's outcome is at least as
    restrictive as a given one (see the module docstring). Every answer is built once.

    The oracle's answers must account for the dates (as :func:`assess` with ``on=None``);
    with :data:`BOOLEAN`, the answers are the ones :func:`assess` gives (a test holds them
    equal)."""

    def __init__(self, algebra: Algebra[T, V], regime: Regime, holds: Oracle[T]) -> None:
        self.algebra = algebra
        self.regime = regime
        self.holds = holds
        self._nexus: list[T] | None = None
        self._reached: T | None = None
        self._applies: dict[int, T] = {}
        self._steps: dict[int, tuple[V, tuple[T, ...], tuple[V, ...]]] = {}
        self._at_least: dict[tuple[int, int], T] = {}
        self._first: list[T] | None = None
        self._outcome_at_least: dict[int, T] = {}

    def _any(self, items: Iterable[T]) -> T:
        return reduce(self.algebra.disj, items, self.algebra.false)

    def _all(self, items: Iterable[T]) -> T:
        return reduce(self.algebra.conj, items, self.algebra.true)

    def _nexus_values(self) -> list[T]:
        if self._nexus is None:
            self._nexus = [self.holds.nexus(i) for i in range(len(self.regime.reach))]
        return self._nexus

    def reached(self) -> T:
        """Where some nexus holds (step 1)."""
        if self._reached is None:
            self._reached = self._any(self._nexus_values())
        return self._reached

    def applies(self, j: int) -> T:
        """Where rule ``j`` applies (step 2): its condition holds and some nexus holds
        (one it names, if it names any)."""
        hit = self._applies.get(j)
        if hit is None:
            rule = self.regime.rules[j]
            if rule.nexus:
                values = self._nexus_values()
                met = self._any(
                    values[i] for i, n in enumerate(self.regime.reach) if n.id in rule.nexus
                )
            else:
                met = self.reached()
            hit = self._applies[j] = self.algebra.conj(self.holds.rule(j), met)
        return hit

    def _carveouts(self, j: int) -> tuple[V, tuple[T, ...], tuple[V, ...]]:
        hit = self._steps.get(j)
        if hit is None:
            rule = self.regime.rules[j]
            holds = [self.holds.carveout(j, k) for k in range(len(rule.carveouts))]
            hit = self._steps[j] = carveout_steps(self.algebra, rule, self.applies(j), holds)
        return hit

    def outcome_of(self, j: int) -> V:
        """Rule ``j``'s outcome after its carve-outs (step 3), none where it does not
        apply."""
        return self._carveouts(j)[0]

    def used(self, j: int, k: int) -> T:
        """Where carve-out ``k`` of rule ``j`` lowers the rule's outcome at its turn."""
        return self._carveouts(j)[1][k]

    def at_least(self, j: int, rank: int) -> T:
        """Where rule ``j`` applies with an outcome of rank ``rank`` or more."""
        key = (j, rank)
        hit = self._at_least.get(key)
        if hit is None:
            hit = self._at_least[key] = self.algebra.at_least(self.outcome_of(j), rank)
        return hit

    def is_outcome(self, j: int, outcome: Outcome) -> T:
        """Where rule ``j`` applies with exactly ``outcome``."""
        a = self.algebra
        return a.conj(self.at_least(j, outcome.rank), a.neg(self.at_least(j, outcome.rank + 1)))

    def outcome_at_least(self, rank: int) -> T:
        """Where some rule applies with an outcome of rank ``rank`` or more: where the
        verdict's outcome is at least that restrictive (for a rank above
        ``no_license_required``'s)."""
        hit = self._outcome_at_least.get(rank)
        if hit is None:
            hit = self._outcome_at_least[rank] = self._any(
                self.at_least(j, rank) for j in range(len(self.regime.rules))
            )
        return hit

    def first(self, j: int) -> T:
        """Where rule ``j`` comes first in the ranking (step 4)."""
        if self._first is None:
            self._first = self._ranked_first()
        return self._first[j]

    def _ranked_first(self) -> list[T]:
        a = self.algebra
        n = len(self.regime.rules)
        ranks = [o.rank for o in RULE_OUTCOMES]
        # before[r][i]: some rule before the i-th applies with an outcome of rank >= r;
        # after[r][i]: some rule from the i-th on applies with one of rank > r
        before = {r: [a.false] * (n + 1) for r in ranks}
        after = {r: [a.false] * (n + 1) for r in ranks}
        for r in ranks:
            for i in range(n):
                before[r][i + 1] = a.disj(before[r][i], self.at_least(i, r))
            for i in range(n - 1, -1, -1):
                after[r][i] = a.disj(after[r][i + 1], self.at_least(i, r + 1))
        return [
            self._any(
                self._all(
                    (self.is_outcome(i, o), a.neg(before[o.rank][i]), a.neg(after[o.rank][i + 1]))
                )
                for o in RULE_OUTCOMES
            )
            for i in range(n)
        ]

    def gives_outcome(self, j: int) -> T:
        """Where rule ``j`` applies with the verdict's outcome: no rule applies with a
        more restrictive one."""
        a = self.algebra
        return self._any(
            a.conj(self.is_outcome(j, o), a.neg(self.outcome_at_least(o.rank + 1)))
            for o in RULE_OUTCOMES
        )

    def outcome(self) -> V:
        """The verdict's outcome: ``not_applicable`` where not reached, else the most
        restrictive outcome of a rule that applies (``no_license_required`` where none
        does)."""
        a = self.algebra
        value = a.choose(a.true, Outcome.NOT_APPLICABLE, a.none)
        value = a.choose(self.reached(), Outcome.NO_LICENSE_REQUIRED, value)
        for o in RULE_OUTCOMES[1:]:
            value = a.choose(self.outcome_at_least(o.rank), o, value)
        return value

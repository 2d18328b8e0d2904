"""Running the mutants: is each one killed by an example, equivalent, or a survivor?

For each mutant (a regime with one mistake, :mod:`.mutants`):

1. **Killed?** Every example of the mutated regime (its rules' and its own) is decided in the
   mutant, with the example checking of ``policy check`` (PL002) and the pytest plugin
   (:func:`policy.analysis.validation.example_failures`); an example that holds on the law
   and fails on the mutant kills it. The examples are the law's tests, so they are the
   law's examples whatever the mutant did to the rule that carries them. An example that
   states ``fires`` also notices a mutant that changes only which rule decides, which
   the diff (outcomes only) would call equivalent; such a mutant is counted as killed.
2. **Equivalent or survived?** A mutant no example kills is diffed against the law with the
   machinery of ``policy diff`` (:func:`policy.analysis.diff.first_change`: the union
   partition of the two, asked symbolically whether any cell changes outcome) on each date
   whose law it changes. No change: the mutant is equivalent (no example could kill it, and
   it is not counted). A change: it survived, with the diff's minimal witness and the
   example that would kill it (:mod:`.proposals`).

A mutant changes one regime, and a regime's verdict reads nothing of the others, so both
steps look at that regime alone (with every party the world names): the examples of the
other regimes cannot fail, and the partition is the regime's own. Results are a pure
function of the world, the dates and the operators, whatever the number of processes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import multiprocessing
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass

from policy.analysis.diff import Side, first_change
from policy.analysis.mutate.mutants import Mutant, MutationContext
from policy.analysis.mutate.operators import Operator, registered_operators
from policy.analysis.mutate.proposals import propose
from policy.analysis.mutate.report import ExampleRef, MutantResult, MutationReport
from policy.analysis.run import regime_state
from policy.analysis.validation import example_failures
from policy.errors import InputError, did_you_mean
from policy.model.regimes import Regime
from policy.model.rules import Example, Rule
from policy.model.world import World

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class MutationOptions:
    """What to run: ``operators`` by name (``None``: every registered operator);
    ``targets``, when given, the ``(jurisdiction, target)`` pairs whose mutants run (what
    ``--changed`` selects, see :mod:`.changes`); ``jobs`` processes; ``propose`` whether
    survivors get a proposed example."""

    operators: tuple[str, ...] | None = None
    targets: frozenset[tuple[str, str]] | None = None
    jobs: int = 1
    propose: bool = True


def operators_named(names: Iterable[str] | None) -> list[Operator]:
    """The registered operators named (all of them for ``None``), in registration order;
    an unknown name is an :class:`~policy.errors.InputError` with the names known."""
    ops = registered_operators()
    if names is None:
        return ops
    known = [op.name for op in ops]
    wanted = list(names)
    for name in wanted:
        if name not in known:
            hint = did_you_mean(name, known) or "; the operators are " + ", ".join(known)
            raise InputError(f"unknown mutation operator {name!r}{hint}", where="--operators")
    return [op for op in ops if op.name in wanted]


def generate_mutants(
    world: World, *, days: Sequence[dt.date], operators: Iterable[str] | None = None
) -> list[Mutant]:
    """Every mutant the operators make of the law in force on each of ``days``, once each
    (a mutant found on several dates compares the law of all of them), by jurisdiction in
    the order made. Dates on which a regime's law is the same make the same mutants and are
    visited once."""
    ops = operators_named(operators)
    out: list[Mutant] = []
    for regime in world.regimes:
        found: dict[str, Mutant] = {}
        states: set[object] = set()
        for day in sorted(days):
            state = regime_state(regime, day)
            if state in states:
                continue
            states.add(state)
            ctx = MutationContext(world, regime, day)
            for op in ops:
                for m in op.mutants(ctx):
                    hit = found.get(m.id)
                    if hit is None:
                        found[m.id] = m
                    else:
                        days_ = tuple(sorted({*hit.days, *m.days}))
                        found[m.id] = dataclasses.replace(hit, days=days_)
        out.extend(found.values())
    return sorted(out, key=lambda m: m.jurisdiction)


class Analyzer:
    """Decides mutants of ``world``: per process, the one-regime worlds of the law and the
    examples' results on the law are built once per jurisdiction."""

    def __init__(self, world: World, *, propose: bool = True) -> None:
        self.world = world
        self.propose = propose
        self._parties = tuple(world.parties().values())
        self._law: dict[str, World] = {}
        self._examples: dict[str, list[tuple[Rule | None, Example]]] = {}

    def alone(self, regime: Regime) -> World:
        """``regime`` alone in a world, knowing every party the world names (a verdict
        reads no other regime, and the end users the examples name must resolve)."""
        own = {p.id for p in regime.parties}
        parties = (*regime.parties, *(p for p in self._parties if p.id not in own))
        return World(
            regimes=(regime.model_copy(update={"parties": parties}),),
            suppliers=self.world.suppliers,
        )

    def law(self, jurisdiction: str) -> World:
        hit = self._law.get(jurisdiction)
        if hit is None:
            hit = self._law[jurisdiction] = self.alone(self.world.regime(jurisdiction))
        return hit

    def examples(self, jurisdiction: str) -> list[tuple[Rule | None, Example]]:
        """The regime's examples (with the rule that carries each) that hold on the law:
        one that already fails cannot tell a mutant from the law."""
        hit = self._examples.get(jurisdiction)
        if hit is None:
            law = self.law(jurisdiction)
            regime = law.regime(jurisdiction)
            pairs: list[tuple[Rule | None, Example]] = [
                (r, ex) for r in regime.rules for ex in r.examples
            ]
            pairs += [(None, ex) for ex in regime.examples]
            hit = [(r, ex) for r, ex in pairs if not example_failures(law, regime, ex, r)]
            self._examples[jurisdiction] = hit
        return hit

    def analyse(self, mutant: Mutant) -> MutantResult:
        jur = mutant.jurisdiction
        law = self.law(jur)
        mutated = self.alone(mutant.regime)
        regime = mutated.regime(jur)
        killers = [
            ExampleRef(rule=rule.id if rule is not None else None, title=ex.title)
            for rule, ex in self.examples(jur)
            if mutant.may_change(ex.transaction.date)
            and example_failures(mutated, regime, ex, rule)
        ]
        killed_by = list(dict.fromkeys(k.title for k in killers))
        loc = mutant.rule.defined_at if mutant.rule is not None else None
        base = {
            "id": mutant.id,
            "operator": mutant.operator,
            "jurisdiction": jur,
            "target": mutant.target,
            "rule": mutant.rule_id,
            "file": loc.file if loc else "",
            "line": loc.line if loc else 0,
            "description": mutant.description,
        }
        if killed_by:
            return MutantResult(
                **base, status="killed", equivalent=False, killed_by=killed_by, killers=killers
            )
        for day in mutant.days:
            change = first_change(
                Side(law, day, "law"), Side(mutated, day, "mutant"), jurisdiction=jur
            )
            if change is None:
                continue
            proposed = propose(mutant, change, law, mutated) if self.propose else None
            return MutantResult(
                **base,
                status="survived",
                equivalent=False,
                witness=change.witness,
                outcome=change.old,
                mutant_outcome=change.new,
                region=change.region,
                proposed=proposed,
            )
        return MutantResult(**base, status="equivalent", equivalent=True)


_WORKER: tuple[Analyzer, Sequence[Mutant]] | None = None


def _work(indexes: Sequence[int]) -> list[tuple[int, MutantResult]]:
    assert _WORKER is not None
    analyzer, mutants = _WORKER
    return [(i, analyzer.analyse(mutants[i])) for i in indexes]


def analyse_mutants(
    world: World,
    mutants: Sequence[Mutant],
    *,
    jobs: int = 1,
    propose: bool = True,
    progress: Progress | None = None,
) -> list[MutantResult]:
    """The result of each of ``mutants`` (in their order), with ``jobs`` processes."""
    global _WORKER
    analyzer = Analyzer(world, propose=propose)
    results: list[MutantResult | None] = [None] * len(mutants)
    total = len(mutants)
    jobs = max(1, min(jobs, total))
    if jobs > 1 and "fork" in multiprocessing.get_all_start_methods():
        # Small interleaved chunks: the mutants of one regime cost alike, and the forked
        # processes inherit the world and the mutants instead of unpickling them.
        size = max(1, min(16, total // (jobs * 8) or 1))
        chunks = [list(range(i, min(i + size, total))) for i in range(0, total, size)]
        _WORKER = (analyzer, mutants)
        try:
            ctx = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as pool:
                futures = [pool.submit(_work, chunk) for chunk in chunks]
                done = 0
                for fut in as_completed(futures):
                    for i, result in fut.result():
                        results[i] = result
                        done += 1
                    if progress:
                        progress(done, total, "mutants")
        finally:
            _WORKER = None
    else:
        for i, m in enumerate(mutants):
            results[i] = analyzer.analyse(m)
            if progress:
                progress(i + 1, total, m.jurisdiction)
    return [r for r in results if r is not None]


def mutate_world(
    world: World,
    *,
    as_of: dt.date | None = None,
    all_dates: bool = False,
    options: MutationOptions | None = None,
    progress: Progress | None = None,
) -> MutationReport:
    """Make every mutant of the law in force on ``as_of`` (default today), or on every
    date on which the law changes, and report which the examples kill, which are
    equivalent and which survive (with a witness and a proposed example)."""
    from policy import __version__

    opts = options or MutationOptions()
    days = world.change_dates() if all_dates else []
    if not days:
        days = [as_of or dt.date.today()]
    mutants = generate_mutants(world, days=days, operators=opts.operators)
    if opts.targets is not None:
        mutants = [m for m in mutants if (m.jurisdiction, m.target) in opts.targets]
    results = analyse_mutants(
        world, mutants, jobs=opts.jobs, propose=opts.propose, progress=progress
    )
    label = days[0].isoformat()
    if len(days) > 1:
        label = f"{days[0].isoformat()}..{days[-1].isoformat()}"
    return MutationReport(version=__version__, as_of=label, mutants=results)


__all__ = [
    "Analyzer",
    "MutationOptions",
    "analyse_mutants",
    "generate_mutants",
    "mutate_world",
    "operators_named",
]

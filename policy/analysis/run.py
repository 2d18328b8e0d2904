"""Running every check over a world for one date or for every date on which the law
changes.

Per-regime checks run once per distinct state of a regime's law (its rules, reach, group
memberships and listings in force): on the first date of that state, and their findings
count for every date with the same state. The loophole search runs on every date. Results
are a pure function of the world and the dates, whatever the number of processes and the
order they finish in, so the output is byte-identical from run to run.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
from collections.abc import Callable, Hashable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from typing import Any

from policy.analysis.canonical import canonical_world
from policy.analysis.checks import CheckContext, registered_checks
from policy.analysis.findings import Finding, Report
from policy.analysis.partition import Partition, partition
from policy.model.regimes import Regime
from policy.model.world import World

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class CheckOptions:
    """What to run. ``codes`` limits the checks (and loophole moves) to those codes;
    ``depth`` is how many evasion moves a loophole path may compose; ``jobs`` how many
    processes share the dates of ``--all-dates``; ``extra`` is passed to every check
    (``objective``: a :class:`policy.analysis.loopholes.Objective`)."""

    codes: tuple[str, ...] | None = None
    depth: int = 2
    jobs: int = 1
    extra: dict[str, Any] = field(default_factory=dict)

    def wants(self, code: str) -> bool:
        if self.codes is None or code in self.codes:
            return True
        # The loophole search (PL100) runs when any of its moves (PL1xx) is selected.
        return code == "PL100" and any(c.startswith("PL1") for c in self.codes)


def regime_state(regime: Regime, on: dt.date) -> Hashable:
    """Everything about ``regime``'s law that can differ between two dates: equal states
    give equal per-regime results."""
    rules = tuple(
        (r.key, tuple(c.id for c in r.carveouts_on(on))) for r in regime.rules if r.active(on)
    )
    reach = tuple(f"{n.id}@{n.effective.isoformat()}" for n in regime.reach if n.active(on))
    groups = tuple((g.id, g.members_on(on)) for g in regime.groups)
    lists = tuple((li.id, tuple(li.listed_on(on).items())) for li in regime.lists)
    return (regime.jurisdiction, rules, reach, groups, lists)


@dataclass
class DateResult:
    """What one date contributes: per-regime findings (only for the regimes whose state
    starts on this date), the date's loophole findings, and the cells examined."""

    day: dt.date
    regime_findings: dict[int, list[Finding]]
    findings: list[Finding]
    cells: int


class _Runner:
    """Per-process state: the world and the partitions that survive from one date to the
    next (shared by every date with the same state of a regime's law)."""

    def __init__(self, world: World, options: CheckOptions, days: Sequence[dt.date]) -> None:
        self.world = world
        self.options = options
        self.partitions: dict[Hashable, Partition] = {}
        # state -> index, and the first date of each state
        self.state_ids: dict[Hashable, int] = {}
        self.first: dict[int, dt.date] = {}
        for d in sorted(days):
            for regime in world.regimes:
                sid = self.state_ids.setdefault(regime_state(regime, d), len(self.state_ids))
                self.first.setdefault(sid, d)

    def state_id(self, jur: str, on: dt.date) -> int:
        state = regime_state(self.world.regime(jur), on)
        return self.state_ids.setdefault(state, len(self.state_ids))

    def regime_partition(self, jur: str, on: dt.date) -> Partition:
        """The partition of one regime's law on ``on``."""
        state = regime_state(self.world.regime(jur), on)
        part = self.partitions.get(state)
        if part is None:
            part = partition(self.world, as_of=on, jurisdictions=[jur])
            self.partitions[state] = part
        return part.at(on)

    def run_date(self, on: dt.date) -> DateResult:
        checks = [c for c in registered_checks() if self.options.wants(c.code)]
        per_regime = [c for c in checks if c.per == "regime"]
        per_date = [c for c in checks if c.per == "date"]
        extra = dict(self.options.extra, depth=self.options.depth, codes=self.options.codes)
        cells = 0
        regime_findings: dict[int, list[Finding]] = {}
        for regime in self.world.regimes:
            jur = regime.jurisdiction
            sid = self.state_id(jur, on)
            part = self.regime_partition(jur, on)
            cells += len(part.live().cells)
            if self.first.get(sid, on) != on:
                continue
            found: list[Finding] = []
            for c in per_regime:
                ctx = CheckContext(
                    world=self.world, as_of=on, jurisdiction=jur, partition=part, options=extra
                )
                found.extend(c.run(ctx))
            regime_findings[sid] = found
        findings: list[Finding] = []
        for c in per_date:
            ctx = CheckContext(world=self.world, as_of=on, options=dict(extra, runner=self))
            findings.extend(c.run(ctx))
        return DateResult(on, regime_findings, findings, cells)

    def run_once(self) -> list[Finding]:
        out: list[Finding] = []
        for c in registered_checks():
            if c.per == "run" and self.options.wants(c.code):
                out.extend(c.run(CheckContext(world=self.world)))
        return out


_WORKER: _Runner | None = None


def _work(day: dt.date) -> DateResult:
    assert _WORKER is not None
    return _WORKER.run_date(day)


def check_world(
    world: World,
    *,
    as_of: dt.date | None = None,
    all_dates: bool = False,
    dates: Sequence[dt.date] = (),
    options: CheckOptions | None = None,
    progress: Progress | None = None,
) -> Report:
    """Validate ``world``, run the consistency checks and the loophole search for ``as_of``
    (default today), for every date on which its law changes (``all_dates``) or for the
    ``dates`` given, and report the findings (de-duplicated by fingerprint, sorted)."""
    global _WORKER
    opts = options or CheckOptions()
    # Whatever order the law was written in, the checks see one order (see canonical).
    world = canonical_world(world)
    days = sorted(set(dates)) if dates else world.change_dates() if all_dates else []
    if not days:
        days = [as_of or dt.date.today()]
    runner = _Runner(world, opts, days)
    total = len(days) + 1
    results: list[DateResult] = []
    jobs = max(1, min(opts.jobs, len(days)))
    if jobs > 1 and "fork" in multiprocessing.get_all_start_methods():
        # One date per task, latest (usually heaviest) first so that the processes finish
        # together; each process keeps its partitions between its tasks.
        _WORKER = runner
        try:
            ctx = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as pool:
                futures = [pool.submit(_work, d) for d in reversed(days)]
                for done, fut in enumerate(as_completed(futures), start=1):
                    result = fut.result()
                    results.append(result)
                    if progress:
                        progress(done, total, result.day.isoformat())
        finally:
            _WORKER = None
    else:
        for i, d in enumerate(days, start=1):
            results.append(runner.run_date(d))
            if progress:
                progress(i, total, d.isoformat())
    once = runner.run_once()
    if progress:
        progress(total, total, "validation")
    merged = without_dangling(world, merge(runner, results, once))
    label = days[0].isoformat()
    if len(days) > 1:
        label = (
            ", ".join(d.isoformat() for d in days)
            if dates
            else f"{days[0].isoformat()}..{days[-1].isoformat()}"
        )
    return Report(as_of=label, cells=sum(r.cells for r in results), findings=merged)


def without_dangling(world: World, findings: list[Finding]) -> list[Finding]:
    """``findings`` without those derived from a rule that names an undefined group, list
    or party: a dangling reference is one located validation error (PL001), and the
    engine refuses what reaches such a rule, so reading the missing group as empty (an
    unsatisfiable rule, a gap, a dead rule) would report the same mistake again as if it
    were law."""
    dangling = {p.rule for _, p in world.problems() if p.rule is not None}
    if not dangling:
        return findings
    return [
        f
        for f in findings
        if f.category == "validation" or not any(r.id in dangling for r in f.rules)
    ]


def merge(runner: _Runner, results: Sequence[DateResult], once: Sequence[Finding]) -> list[Finding]:
    """De-duplicate by fingerprint; over several dates keep the earliest occurrence and say
    on which dates the finding occurs."""
    by_state: dict[int, list[Finding]] = {}
    for r in results:
        by_state.update(r.regime_findings)
    seen: dict[str, tuple[Finding, list[dt.date]]] = {}
    for r in sorted(results, key=lambda r: r.day):
        todays: list[Finding] = list(r.findings)
        for regime in runner.world.regimes:
            todays.extend(by_state.get(runner.state_id(regime.jurisdiction, r.day), ()))
        for f in sorted(todays, key=Finding.sort_key):
            hit = seen.get(f.fingerprint)
            if hit is None:
                seen[f.fingerprint] = (f, [r.day])
            elif hit[1][-1] != r.day:
                hit[1].append(r.day)
    out: dict[str, Finding] = {}
    for f in once:
        out.setdefault(f.fingerprint, f)
    dated = len(results) > 1
    for fp, (f, ds) in seen.items():
        if dated:
            span = (
                f"on {ds[0].isoformat()}"
                if len(ds) == 1
                else f"on {len(ds)} dates from {ds[0].isoformat()} to {ds[-1].isoformat()}"
            )
            f = f.model_copy(update={"message": f"{f.message} [{span}]"})
        out.setdefault(fp, f)
    return sorted(out.values(), key=Finding.sort_key)

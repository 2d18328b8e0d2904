"""pytest plugin: rule examples and policy checks as pytest items.

* ``pytest --policy-examples``: every rule and regime example becomes an item named after
  its rule and title, failing with the reason the example does not hold;
* ``pytest --policy-checks``: every registered check (``PL205 threshold-gap``) and evasion
  move (``PL101 supplier_substitution``) becomes an item that fails when it finds something
  the baseline does not accept, listing the findings with their witnesses. The checks run
  once, for ``--policy-as-of DATE`` (default today) or ``--policy-all-dates``;
* ``pytest --policy-mutate``: every mutant of ``policy mutate`` (for the same dates) becomes
  an item that passes when an example kills it, is skipped when it is equivalent, and fails
  when it survives, with its witness and the example that would kill it.

``--policy-regimes MODULE_OR_PATH`` chooses the regimes (default: ``[tool.policy]`` or the
shipped library); ``--policy-baseline FILE`` the baseline (default: ``[tool.policy]``
baseline, else ``./policy-baseline.json``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("policy")
    group.addoption(
        "--policy-examples",
        action="store_true",
        default=False,
        help="collect every regime example as a test item",
    )
    group.addoption(
        "--policy-checks",
        action="store_true",
        default=False,
        help="collect every policy check and evasion move as a test item",
    )
    group.addoption(
        "--policy-regimes",
        default=None,
        help="regimes to collect from (default: [tool.policy] or the shipped library)",
    )
    group.addoption(
        "--policy-mutate",
        action="store_true",
        default=False,
        help="collect every mutant of the law as a test item (fails when no example kills it)",
    )
    group.addoption("--policy-as-of", default=None, help="the date checked (YYYY-MM-DD)")
    group.addoption(
        "--policy-all-dates",
        action="store_true",
        default=False,
        help="check every date on which the law changes",
    )
    group.addoption("--policy-baseline", default=None, help="the accepted-findings file")


class PolicyFailure(AssertionError):
    """An example that does not hold or a check that found something new."""


class _Item(pytest.Item):
    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, PolicyFailure):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[str, int | None, str]:
        return self.path, None, self.name  # type: ignore[return-value]


class ExampleItem(_Item):
    def __init__(self, *, example_index: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.example_index = example_index

    def runtest(self) -> None:
        from policy.analysis.validation import example_failures, iter_examples

        world = _world(self.config)
        regime, rule, ex = list(iter_examples(world))[self.example_index]
        problems = example_failures(world, regime, ex, rule)
        if problems:
            raise PolicyFailure("; ".join(problems))


class CheckItem(_Item):
    """One check code: fails when the shared check run found something new for it."""

    def __init__(self, *, codes: tuple[str, ...], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.codes = codes

    def runtest(self) -> None:
        from policy.analysis.checks import describe

        report = _report(self.config)
        new = [f for f in report.findings if f.code in self.codes and not f.baselined]
        if self.codes == ("PL110",):
            new = [f for f in report.findings if f.code == "PL110" and not f.baselined]
        if new:
            lines = []
            for f in new:
                where = next((f"{r.file}:{r.line}: " for r in f.rules if r.file), "")
                lines.append(f"{where}{f.code} [{f.severity}] {f.message}")
                lines.extend(f"    witness: {describe(w)}" for w in f.witness)
            raise PolicyFailure("\n".join(lines))


class MutantItem(_Item):
    """One mutant: passes when an example kills it, skipped when it is equivalent, fails
    when it survives."""

    def __init__(self, *, mutant_index: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.mutant_index = mutant_index

    def runtest(self) -> None:
        from policy.analysis.checks import describe
        from policy.analysis.mutate import Analyzer

        analyzer = getattr(self.config, "_policy_analyzer", None)
        if analyzer is None:
            analyzer = Analyzer(_world(self.config))
            self.config._policy_analyzer = analyzer  # type: ignore[attr-defined]
        result = analyzer.analyse(_mutants(self.config)[self.mutant_index])
        if result.status == "equivalent":
            pytest.skip("equivalent mutant: it changes no decision")
        if result.status == "survived":
            where = f"{result.file}:{result.line}: " if result.file else ""
            lines = [f"{where}surviving mutant {result.id}: {result.description}"]
            if result.witness is not None:
                assert result.outcome is not None and result.mutant_outcome is not None
                lines.append(
                    f"    witness: {describe(result.witness)} (the law: {result.outcome.value};"
                    f" the mutant: {result.mutant_outcome.value})"
                )
            if result.proposed is not None:
                home = f"rule {result.proposed.rule}" if result.proposed.rule else "the regime"
                lines.append(f"    proposed example, for the examples of {home}:")
                lines += ["    " + line for line in result.proposed.python.splitlines()]
            raise PolicyFailure("\n".join(lines))


def _mutants(config: pytest.Config) -> Any:
    mutants = getattr(config, "_policy_mutants", None)
    if mutants is None:
        from policy.analysis.mutate import generate_mutants

        world = _world(config)
        day = _as_of(config)
        days = world.change_dates() if config.getoption("--policy-all-dates") else []
        if not days:
            days = [day or dt.date.today()]
        mutants = generate_mutants(world, days=days)
        config._policy_mutants = mutants  # type: ignore[attr-defined]
    return mutants


def _world(config: pytest.Config) -> Any:
    world = getattr(config, "_policy_world", None)
    if world is None:
        from policy.loading import load_world
        from policy.settings import load_settings

        spec = config.getoption("--policy-regimes") or load_settings().regimes
        world = load_world(spec, search_cwd=True)
        config._policy_world = world  # type: ignore[attr-defined]
    return world


def _report(config: pytest.Config) -> Any:
    report = getattr(config, "_policy_report", None)
    if report is None:
        from pathlib import Path

        from policy.analysis.baseline import DEFAULT_BASELINE, load_baseline
        from policy.analysis.run import CheckOptions, check_world
        from policy.settings import load_settings

        day = config.getoption("--policy-as-of")
        report = check_world(
            _world(config),
            as_of=dt.date.fromisoformat(day) if day else None,
            all_dates=bool(config.getoption("--policy-all-dates")),
            options=CheckOptions(),
        )
        path = config.getoption("--policy-baseline") or load_settings().baseline
        baseline = load_baseline(Path(path or DEFAULT_BASELINE))
        findings, _, _ = baseline.apply(report.findings, today=dt.date.today())
        report = report.model_copy(update={"findings": findings})
        config._policy_report = report  # type: ignore[attr-defined]
    return report


class PolicyCollector(pytest.Collector):
    def collect(self) -> Iterator[pytest.Item]:
        from policy.analysis.checks import registered_checks
        from policy.analysis.loopholes import COMPOSED_CODE, registered_moves
        from policy.analysis.validation import iter_examples

        if self.config.getoption("--policy-examples"):
            for i, (regime, rule, ex) in enumerate(iter_examples(_world(self.config))):
                owner = rule.id if rule else regime.jurisdiction
                yield ExampleItem.from_parent(self, name=f"{owner}: {ex.title}", example_index=i)
        if self.config.getoption("--policy-checks"):
            for c in registered_checks():
                if c.per == "date" and c.code == "PL100":
                    continue
                yield CheckItem.from_parent(self, name=f"{c.code} {c.name}", codes=(c.code,))
            for m in registered_moves():
                if getattr(m, "default", True):
                    yield CheckItem.from_parent(self, name=f"{m.code} {m.name}", codes=(m.code,))
            yield CheckItem.from_parent(
                self, name=f"{COMPOSED_CODE} composed moves", codes=(COMPOSED_CODE,)
            )
        if self.config.getoption("--policy-mutate"):
            for i, m in enumerate(_mutants(self.config)):
                yield MutantItem.from_parent(self, name=f"mutant {m.id}", mutant_index=i)


def pytest_collection_modifyitems(
    session: pytest.Session, config: pytest.Config, items: list[pytest.Item]
) -> None:
    wanted = ("--policy-examples", "--policy-checks", "--policy-mutate")
    if not any(config.getoption(o) for o in wanted):
        return
    from policy.errors import PolicyError

    collector = PolicyCollector.from_parent(session, name="policy")
    try:
        _world(config)  # bad regimes, settings or flags: a usage error, not INTERNALERROR
        if config.getoption("--policy-checks"):
            _baseline_and_date(config)
        items.extend(collector.collect())
    except PolicyError as e:
        raise pytest.UsageError(str(e)) from None


def _baseline_and_date(config: pytest.Config) -> None:
    """Read the baseline and ``--policy-as-of`` once before any check runs, so that a broken
    one is reported as a usage error naming the file or flag."""
    from pathlib import Path

    from policy.analysis.baseline import DEFAULT_BASELINE, load_baseline
    from policy.settings import load_settings

    _as_of(config)
    path = config.getoption("--policy-baseline") or load_settings().baseline
    load_baseline(Path(path or DEFAULT_BASELINE))


def _as_of(config: pytest.Config) -> dt.date | None:
    """``--policy-as-of``, read as a date (an InputError naming the flag if it is not)."""
    from policy.errors import InputError

    day = config.getoption("--policy-as-of")
    if not day:
        return None
    try:
        return dt.date.fromisoformat(day)
    except ValueError:
        raise InputError(
            f"expected a date YYYY-MM-DD, got {day!r}", where="--policy-as-of"
        ) from None

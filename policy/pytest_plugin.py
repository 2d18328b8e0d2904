"""pytest plugin: the examples of the regimes under test run as pytest items.

Enabled with ``pytest --policy-examples`` (and optionally ``--policy-regimes MODULE_OR_PATH``);
each rule example becomes an item named after its rule and title, failing with the reason
the example does not hold.
"""

from __future__ import annotations

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
        "--policy-regimes",
        default=None,
        help="regimes to collect examples from (default: [tool.policy] or the shipped library)",
    )


class ExampleItem(pytest.Item):
    def __init__(self, *, example_index: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.example_index = example_index

    def runtest(self) -> None:
        from policy.analysis.validation import example_failures, iter_examples

        world = self.config._policy_world  # type: ignore[attr-defined]
        regime, rule, ex = list(iter_examples(world))[self.example_index]
        problems = example_failures(world, regime, ex, rule)
        if problems:
            raise ExampleFailed("; ".join(problems))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, ExampleFailed):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[str, int | None, str]:
        return self.path, None, self.name  # type: ignore[return-value]


class ExampleFailed(AssertionError):
    pass


class ExampleCollector(pytest.Collector):
    def collect(self) -> Iterator[pytest.Item]:
        from policy.analysis.validation import iter_examples
        from policy.loading import load_world
        from policy.settings import load_settings

        spec = self.config.getoption("--policy-regimes") or load_settings().regimes
        world = load_world(spec)
        self.config._policy_world = world  # type: ignore[attr-defined]
        for i, (regime, rule, ex) in enumerate(iter_examples(world)):
            owner = rule.id if rule else regime.jurisdiction
            yield ExampleItem.from_parent(self, name=f"{owner}: {ex.title}", example_index=i)


def pytest_collection_modifyitems(
    session: pytest.Session, config: pytest.Config, items: list[pytest.Item]
) -> None:
    if not config.getoption("--policy-examples"):
        return
    collector = ExampleCollector.from_parent(session, name="policy-examples")
    items.extend(collector.collect())

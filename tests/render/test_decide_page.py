"""decide.html in headless Chromium gives the engine's outcome for every jurisdiction
(differential testing against policy decide): the public cases, and transactions drawn by
the hypothesis strategies, each opened from disk as decide.html#tx=<JSON>."""

from __future__ import annotations

import json
import urllib.parse

import pytest
from hypothesis import HealthCheck, given, settings

from policy.analysis.strategies import transactions
from policy.engine.decide import decide
from policy.regimes import default_world

from .test_browser import browser, sites  # noqa: F401

WORLD = default_world()


def _page(browser, sites, tx) -> dict[str, str]:  # noqa: F811
    from selenium.webdriver.common.by import By

    data = tx.model_dump(mode="json", exclude_defaults=True)
    frag = urllib.parse.quote(json.dumps(data), safe="")
    browser.get(f"{sites['main'].as_uri()}/decide.html#tx={frag}")
    browser.refresh()
    verdicts = browser.find_elements(By.CSS_SELECTOR, "#decision [data-jurisdiction]")
    return {v.get_attribute("data-jurisdiction"): v.get_attribute("data-outcome") for v in verdicts}


def _agree(browser, sites, tx) -> None:  # noqa: F811
    got = _page(browser, sites, tx)
    for j, verdict in decide(WORLD, tx).verdicts.items():
        if got[j] == "" and not isinstance(tx.end_user, str | None):
            continue  # an end user with owners: outside the exported space, said so
        assert got[j] == verdict.outcome.value, (j, tx.model_dump_json())


def test_the_public_cases_in_the_browser(browser, sites):  # noqa: F811
    for r in WORLD.regimes:
        for ex in (*r.examples, *(e for ru in r.rules for e in ru.examples)):
            _agree(browser, sites, ex.transaction)


@pytest.mark.slow
def test_drawn_transactions_in_the_browser(browser, sites):  # noqa: F811
    @settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
    @given(transactions(WORLD))
    def check(tx):
        _agree(browser, sites, tx)

    check()

"""decide.html in headless Chromium gives the engine's outcome for every jurisdiction
(differential testing against policy decide): every public case and a few hundred
transactions drawn by the hypothesis strategies through the page's own path (one page
session, ``POLICY_DECIDE_PAGE.outcomes``: the transaction shown in the form, decided and
read back from ``#decision``); and a few opened as ``decide.html#tx=<JSON>``."""

from __future__ import annotations

import json
import urllib.parse
from typing import Any

from hypothesis import HealthCheck, given, settings

from policy.analysis.strategies import transactions
from policy.engine.decide import decide
from policy.model.transactions import Transaction
from policy.regimes import default_world

from .test_browser import browser, console_errors, sites  # noqa: F401

WORLD = default_world()
EXAMPLES = [
    ex.transaction
    for r in WORLD.regimes
    for ex in (*r.examples, *(e for ru in r.rules for e in ru.examples))
]


def _dump(tx: Transaction) -> dict[str, Any]:
    return tx.model_dump(mode="json", exclude_defaults=True)  # type: ignore[no-any-return]


def _check(tx: Transaction, got: dict[str, str]) -> None:
    for j, verdict in decide(WORLD, tx).verdicts.items():
        if got[j] == "" and not isinstance(tx.end_user, str | None):
            continue  # an end user with owners: outside the exported space, said so
        assert got[j] == verdict.outcome.value, (j, tx.model_dump_json())


def _read(browser) -> dict[str, str]:  # noqa: F811
    from selenium.webdriver.common.by import By

    verdicts = browser.find_elements(By.CSS_SELECTOR, "#decision [data-jurisdiction]")
    return {v.get_attribute("data-jurisdiction"): v.get_attribute("data-outcome") for v in verdicts}


def _batch(browser, sites, txs: list[Transaction]) -> None:  # noqa: F811
    browser.get(f"{sites['main'].as_uri()}/decide.html")
    got = browser.execute_script(
        "return window.POLICY_DECIDE_PAGE.outcomes(arguments[0])", [_dump(tx) for tx in txs]
    )
    assert len(got) == len(txs)
    for tx, outcomes in zip(txs, got, strict=True):
        _check(tx, outcomes)
    assert console_errors(browser) == []


def test_every_public_case_in_one_page_session(browser, sites):  # noqa: F811
    assert len(EXAMPLES) > 100
    _batch(browser, sites, EXAMPLES)


def test_drawn_transactions_in_one_page_session(browser, sites):  # noqa: F811
    drawn: list[Transaction] = []

    @settings(
        max_examples=300, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    @given(transactions(WORLD))
    def collect(tx):
        drawn.append(tx)

    collect()
    _batch(browser, sites, drawn)


def test_a_decision_opened_from_its_address(browser, sites):  # noqa: F811
    """The #tx= contract: the page opened at an address decides the transaction in it, and
    the form shows it."""
    from selenium.webdriver.common.by import By

    for tx in EXAMPLES[:: max(1, len(EXAMPLES) // 4)]:
        frag = urllib.parse.quote(json.dumps(_dump(tx)), safe="")
        browser.get(f"{sites['main'].as_uri()}/decide.html#tx={frag}")
        browser.refresh()
        _check(tx, _read(browser))
        assert browser.find_element(By.ID, "f-kind").get_attribute("value") == tx.item.kind
        assert browser.find_element(By.ID, "f-destination").get_attribute("value") == (
            tx.destination
        )

"""decide.html in headless Chromium gives the engine's outcome for every jurisdiction
(differential testing against policy decide): the form filled field by field for a few
public cases; every public case and a few hundred transactions drawn by the hypothesis
strategies through the page's own path (one page session, ``POLICY_DECIDE_PAGE.outcomes``:
the transaction shown in the form, decided and read back from ``#decision``); and a few
opened as ``decide.html#tx=<JSON>``."""

from __future__ import annotations

import contextlib
import json
import urllib.parse
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from policy.analysis.strategies import transactions
from policy.engine.decide import decide
from policy.model.transactions import EndUser, Transaction
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


def _check(tx: Transaction, got: dict[str, Any]) -> None:
    for j, verdict in decide(WORLD, tx).verdicts.items():
        owned = tx.consignee is not None and bool(tx.consignee.owners)
        if got[j] == "" and (owned or not isinstance(tx.end_user, str | None)):
            continue  # an end user or consignee with owners: outside the exported space
        assert got[j] == verdict.outcome.value, (j, tx.model_dump_json())
        # the page marks a verdict not modelled exactly where decide does
        assert got.get(f"{j}:not_modelled", False) == verdict.not_modelled, (j, tx)


def _read(browser) -> dict[str, Any]:  # noqa: F811
    from selenium.webdriver.common.by import By

    verdicts = browser.find_elements(By.CSS_SELECTOR, "#decision [data-jurisdiction]")
    got: dict[str, Any] = {
        v.get_attribute("data-jurisdiction"): v.get_attribute("data-outcome") for v in verdicts
    }
    for v in verdicts:
        if v.get_attribute("data-not-modelled"):
            got[f"{v.get_attribute('data-jurisdiction')}:not_modelled"] = True
    return got


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


# --------------------------------------------------------------------------- the form


def _formable(tx: Transaction) -> bool:
    """What the form's fields can say (the rest is for the JSON text area)."""
    eu = tx.end_user
    named = eu in WORLD.parties() if isinstance(eu, str) else eu is None or not eu.owners
    named = named and (tx.consignee is None or not tx.consignee.owners)
    return named and not (
        tx.persons or tx.item.classification or tx.item.content or tx.item.made_with or tx.id
    )


def _cases() -> list[Transaction]:
    """A few public cases that use the form's different fields: parameters of an
    accelerator and of a scanner, a listed end user, a free end user, an end use, a
    channel other than export, an origin, a producer, a consignee, an exporting company."""
    tests = [
        lambda t: t.item.kind == "ic.accelerator" and len(t.item.params) >= 2 and t.item.flags,
        lambda t: t.item.kind.startswith("sme.lithography.duv") and t.item.params,
        lambda t: isinstance(t.end_user, str),
        lambda t: isinstance(t.end_user, EndUser),
        lambda t: bool(t.end_use),
        lambda t: t.channel != "export",
        lambda t: t.item.origin is not None,
        lambda t: t.item.producer == "AMD",
        lambda t: t.consignee is not None and t.exporter_party is None,
        lambda t: t.exporter_party is not None,
    ]
    out: list[Transaction] = []
    for test in tests:
        tx = next((t for t in EXAMPLES if _formable(t) and test(t) and t not in out), None)
        if tx is not None:
            out.append(tx)
    return out


def _fill(browser, tx: Transaction) -> None:  # noqa: F811
    """Fill the form as a reader would: choose from the selects, type the numbers and
    names, tick the boxes (the date through its value: typing into a date input depends on
    the browser's locale)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select

    def pick(id: str, value: str | None) -> None:
        Select(browser.find_element(By.ID, id)).select_by_value(value or "")

    def type_in(element, text: str) -> None:
        element.send_keys(Keys.CONTROL, "a")
        element.send_keys(Keys.DELETE)
        if text:
            element.send_keys(text)

    browser.execute_script(
        "var d = document.getElementById('f-date'); d.value = arguments[0];"
        "d.dispatchEvent(new Event('input', {bubbles: true}));",
        tx.date.isoformat(),
    )
    pick("f-exporter", tx.exporter)
    pick("f-destination", tx.destination)
    pick("f-channel", tx.channel)
    pick("f-kind", tx.item.kind)
    type_in(browser.find_element(By.ID, "f-name"), tx.item.name or "")
    type_in(browser.find_element(By.ID, "f-producer"), tx.item.producer or "")
    co, ex = tx.consignee, tx.exporter_party
    type_in(browser.find_element(By.ID, "f-consignee-name"), co.name if co else "")
    pick("f-consignee-country", co.country if co else None)
    pick("f-consignee-hq", co.headquarters if co else None)
    type_in(browser.find_element(By.ID, "f-exporter-name"), ex.name if ex else "")
    pick("f-exporter-hq", ex.headquarters if ex else None)
    pick("f-origin", tx.item.origin)
    for box in browser.find_elements(By.CSS_SELECTOR, "[data-param]"):
        if box.is_displayed():
            value = tx.item.params.get(box.get_attribute("data-param"))
            type_in(box, "" if value is None else repr(value))
    for attr, chosen in (("data-flag", tx.item.flags), ("data-end-use", tx.end_use)):
        for box in browser.find_elements(By.CSS_SELECTOR, f"[{attr}]"):
            if box.is_selected() != (box.get_attribute(attr) in chosen):
                box.click()
    eu = tx.end_user
    if isinstance(eu, EndUser):
        pick("f-end-user", "(free)")
        type_in(browser.find_element(By.ID, "f-eu-name"), eu.name)
        pick("f-eu-country", eu.country)
        pick("f-eu-hq", eu.headquarters)
    else:
        pick("f-end-user", eu)


def test_the_form_filled_field_by_field(browser, sites):  # noqa: F811
    """Each case typed into the form gives policy decide's outcome per jurisdiction, and
    the form writes the same transaction into the JSON text area and the address (the
    parameters the page does not ask for this kind are never read, so typing only the
    shown ones must still agree with the engine on the whole transaction)."""
    cases = _cases()
    assert len(cases) >= 5
    browser.get(f"{sites['main'].as_uri()}/decide.html")
    for tx in cases:
        _fill(browser, tx)
        _check(tx, _read(browser))
        text = browser.execute_script("return document.getElementById('tx').value")
        assert json.loads(text) == json.loads(_address_tx(browser, text))
        typed = Transaction.model_validate_json(text)
        shown = _shown_params(browser)
        assert typed.item.params == {k: x for k, x in tx.item.params.items() if k in shown}
        assert typed.model_copy(update={"item": typed.item.model_copy(update={"params": {}})}) == (
            tx.model_copy(update={"item": tx.item.model_copy(update={"params": {}})})
        )
    assert console_errors(browser) == []


def _address_tx(browser, text: str) -> str:  # noqa: F811
    """The transaction in the address once the page has written it (it follows the form
    after a short pause in typing); after five seconds, whatever the address holds."""
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait

    def hashed(driver) -> str:
        return urllib.parse.unquote(driver.current_url.split("#tx=", 1)[-1])

    def caught_up(driver) -> bool:
        try:
            return bool(json.loads(hashed(driver)) == json.loads(text))
        except ValueError:
            return False

    with contextlib.suppress(TimeoutException):
        WebDriverWait(browser, 5).until(caught_up)
    return hashed(browser)


def _shown_params(browser) -> set[str]:  # noqa: F811
    from selenium.webdriver.common.by import By

    return {
        b.get_attribute("data-param")
        for b in browser.find_elements(By.CSS_SELECTOR, "[data-param]")
        if b.is_displayed()
    }


@pytest.mark.parametrize("where", ["json", "hash"])
def test_the_form_follows_the_json_and_the_address(where, browser, sites):  # noqa: F811
    """The other direction: a transaction written in the text area or put in the address
    shows in the form's fields."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    tx = next(t for t in _cases() if isinstance(t.end_user, str))
    text = json.dumps(_dump(tx))
    browser.get(f"{sites['main'].as_uri()}/decide.html")
    if where == "json":
        browser.execute_script(
            "var t = document.getElementById('tx'); t.value = arguments[0];"
            "t.dispatchEvent(new Event('input', {bubbles: true}));",
            text,
        )
    else:
        browser.execute_script("location.hash = 'tx=' + encodeURIComponent(arguments[0])", text)
    WebDriverWait(browser, 10).until(
        lambda d: d.find_element(By.ID, "f-kind").get_attribute("value") == tx.item.kind
    )
    selected = Select(browser.find_element(By.ID, "f-end-user")).first_selected_option
    assert selected.get_attribute("value") == tx.end_user
    assert browser.find_element(By.ID, "f-kind").get_attribute("value") == tx.item.kind
    assert browser.find_element(By.ID, "f-date").get_attribute("value") == tx.date.isoformat()
    _check(tx, _read(browser))

"""Fixtures for the rendering tests: a world whose text tries to inject markup."""

from __future__ import annotations

from datetime import date

import pytest

from policy import (
    TPP,
    Example,
    Item,
    Nexus,
    Outcome,
    Regime,
    Rule,
    Source,
    Transaction,
    World,
    destination,
    exporter,
    kind,
)

SCRIPT = "<script>alert(1)</script>"


@pytest.fixture(scope="session")
def hostile_world() -> World:
    """One regime whose rule title is a script tag, with Markdown syntax in every other
    piece of text the docs print."""
    tx = Transaction(
        date=date(2023, 6, 1),
        exporter="US",
        destination="CN",
        item=Item(
            kind="ic.accelerator", name="*bold* [link](javascript:alert(2))", params={"tpp": 5000}
        ),
    )
    rule = Rule(
        id="T-3A090",
        title=SCRIPT,
        when=kind("ic") & (TPP >= 4800) & destination("CN"),
        outcome=Outcome.LICENSE_REQUIRED,
        review="<b>presumption</b> | of denial",
        effective=date(2023, 1, 1),
        source=Source(document="<img src=x onerror=alert(3)>", section="# not a heading"),
        simplification="- not a list item",
        note="`code` & <i>html</i> ~~strike~~ $x$",
        examples=(
            Example(title="<iframe src=x>", transaction=tx, outcome=Outcome.LICENSE_REQUIRED),
        ),
    )
    regime = Regime(
        jurisdiction="US",
        name="Test law <em>with markup</em>",
        summary="| a | table |",
        reach=(
            Nexus(
                id="territory",
                title="export from the test country",
                when=exporter("US"),
                effective=date(2000, 1, 1),
                source=Source(document="test"),
            ),
        ),
        rules=(rule,),
        assumptions=("1. not a numbered list",),
    )
    return World(regimes=(regime,))

"""The site built from a regime JSON full of script, HTML, Jinja and Markdown-link payloads,
opened in headless Chromium: nothing runs, no alert opens, the page loads only the site's
own scripts and shows the payloads as text. Uses the browser fixture of the render tests
(skips, saying why, where Chromium or chromedriver is missing)."""

from __future__ import annotations

import re

import pytest

from policy.loading import world_from_data
from policy.render import render_docs
from policy.render.site import build_site
from tests.hardening.test_trust import (
    CHART_SRC,
    IMG,
    LINK,
    SCRIPT,
    SITE_SCRIPTS,
    hostile_regime,
)
from tests.render.test_browser import _write, browser, console_errors  # noqa: F401

pytestmark = pytest.mark.browser


def test_a_hostile_regime_json_renders_inert_in_a_real_browser(browser, tmp_path):  # noqa: F811
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    world = world_from_data(hostile_regime(), where="hostile.json")
    site = _write(tmp_path / "site", build_site(world, render_docs(world)))
    for page in ("us.html", "index.html", "matrix.html", "timeline.html", "decide.html"):
        if not (site / page).exists():
            continue
        browser.get(f"{site.as_uri()}/{page}")
        with pytest.raises(NoAlertPresentException):
            browser.switch_to.alert  # noqa: B018
        sources = browser.execute_script(
            "return Array.from(document.scripts).map(s => s.getAttribute('src'))"
        )
        assert set(sources) <= SITE_SCRIPTS and sources[:2] == ["search-index.js", "site.js"]
        # the only images are the charts the docs drew (an SVG in <img> runs no script)
        images = browser.execute_script(
            "return Array.from(document.querySelectorAll('img')).map(i => i.getAttribute('src'))"
        )
        assert all(re.fullmatch(CHART_SRC, s or "") for s in images), (page, images)
        injected = browser.execute_script(
            "return document.querySelectorAll('main iframe, main script,"
            ' a[href^="javascript:"]\').length'
        )
        assert injected == 0, page
        handlers = browser.execute_script(
            "return Array.from(document.querySelectorAll('*')).flatMap(e =>"
            " Array.from(e.attributes).map(a => a.name)).filter(n => n.startsWith('on'))"
        )
        assert handlers == [], (page, handlers)
        assert console_errors(browser) == [], page
    browser.get(f"{site.as_uri()}/us.html")
    text = browser.find_element(By.TAG_NAME, "main").text
    for payload in (SCRIPT, IMG, "{{ 7*7 }}", "[click me](javascript:alert(3))"):
        assert payload in text, payload
    assert LINK.split(" <a")[0] in text

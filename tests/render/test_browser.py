"""The HTML site in a real browser: headless Chromium (Debian's ``chromium`` driven through
its ``chromedriver`` by selenium), opened from file:// and from a local HTTP server.

Skips, saying why, where Chromium, chromedriver or selenium is missing; .ci/run installs
them, so CI always runs it. Screenshots go to the test's tmp directory and to
``$POLICY_SCREENSHOTS`` (default: ``<system temp>/policy-docs-screenshots``).
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import tempfile
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from policy.regimes import default_world
from policy.render import render_docs
from policy.render.site import build_site

from .conftest import SCRIPT

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1400,1000",
)


def _missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return "chromium is not installed (apt-get install -y chromium chromium-driver)"
    if not Path(CHROMEDRIVER).exists():
        return "chromedriver is not installed (apt-get install -y chromium-driver)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[dev]')"
    return None


def _write(directory: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (directory / name).parent.mkdir(parents=True, exist_ok=True)
        (directory / name).write_text(text, encoding="utf-8")
    return directory


@pytest.fixture(scope="module")
def sites(tmp_path_factory, hostile_world) -> dict[str, Path]:
    world = default_world()
    root = tmp_path_factory.mktemp("sites")
    return {
        "main": _write(root / "main", build_site(world, render_docs(world))),
        "hostile": _write(root / "hostile", build_site(hostile_world, render_docs(hostile_world))),
    }


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server(sites) -> Iterator[str]:
    """A local HTTP server (127.0.0.1, a free port) over the sites, stopped after the tests."""
    handler = functools.partial(_Quiet, directory=str(sites["main"].parent))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    reason = _missing()
    if reason:
        pytest.skip(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> list[Path]:
    default = Path(tempfile.gettempdir()) / "policy-docs-screenshots"
    extra = Path(os.environ.get("POLICY_SCREENSHOTS", default))
    extra.mkdir(parents=True, exist_ok=True)
    return [tmp_path_factory.mktemp("screenshots"), extra]


def screenshot(driver, shots: list[Path], name: str) -> None:
    for directory in shots:
        driver.save_screenshot(str(directory / f"{name}.png"))


def console_errors(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def _base(kind: str, sites, server) -> str:
    return sites["main"].as_uri() if kind == "file" else f"{server}/main"


@pytest.mark.parametrize("kind", ["file", "http"])
def test_every_navigation_link_opens_a_page(kind, browser, sites, server, shots):
    from selenium.webdriver.common.by import By

    base = _base(kind, sites, server)
    browser.get(f"{base}/index.html")
    assert browser.find_element(By.CSS_SELECTOR, "main h1").text.startswith("Export controls")
    hrefs = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "nav a")]
    pages = sorted({h.split("#")[0] for h in hrefs})
    assert len(pages) >= 6
    for url in pages:
        if kind == "http":
            with urllib.request.urlopen(url) as response:
                assert response.status == 200, url
        browser.get(url)
        assert browser.find_element(By.CSS_SELECTOR, "main h1").text, url
        assert browser.title.endswith("Export controls as code"), url
    assert console_errors(browser) == []
    if kind == "file":
        for name in ("index", "us", "matrix", "vocabulary"):
            browser.get(f"{base}/{name}.html")
            screenshot(browser, shots, name)


@pytest.mark.parametrize("kind", ["file", "http"])
def test_search_finds_3A090_and_goes_to_the_rule(kind, browser, sites, server, shots):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(f"{_base(kind, sites, server)}/matrix.html")
    box = browser.find_element(By.ID, "search")
    box.send_keys("3A090")
    first = WebDriverWait(browser, 10).until(
        ec.visibility_of_element_located((By.CSS_SELECTOR, "#search-results a"))
    )
    assert first.find_element(By.CSS_SELECTOR, ".r-id").text.startswith("US-3A090")
    if kind == "file":
        screenshot(browser, shots, "search")
    box.send_keys(Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda d: "us.html#us-3a090" in d.current_url)
    anchor = browser.current_url.split("#", 1)[1]
    heading = browser.find_element(By.ID, anchor).find_element(By.XPATH, "..")
    assert "US-3A090" in heading.text
    assert console_errors(browser) == []


def test_a_script_tag_in_a_rule_title_renders_as_text(browser, sites):
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    browser.get(f"{sites['hostile'].as_uri()}/us.html")
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert  # noqa: B018
    headings = [h.text for h in browser.find_elements(By.CSS_SELECTOR, "main h3")]
    assert any(SCRIPT in h for h in headings), headings
    sources = browser.execute_script(
        "return Array.from(document.scripts).map(s => s.getAttribute('src'))"
    )
    assert sources == ["search-index.js", "site.js"]
    # the only images are the charts, from the site's own files
    assert (
        browser.execute_script(
            "return Array.from(document.querySelectorAll('main img, main iframe'))"
            ".filter(e => !/^charts\\/[a-z0-9.-]+\\.svg$/.test(e.getAttribute('src'))).length"
        )
        == 0
    )
    assert console_errors(browser) == []


def test_at_390_px_the_page_comes_first_and_search_finds_full_text(browser, sites, shots):
    """A phone: the search box keeps a usable width, the page's title is on the first
    screen (the navigation follows the content), and the search finds words of the pages'
    text ("Japan July 2023"), not only rule ids."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    size = browser.get_window_size()
    browser.set_window_size(390, 844)
    try:
        browser.get(f"{sites['main'].as_uri()}/jp.html")
        width = browser.execute_script("return window.innerWidth")
        box = browser.find_element(By.ID, "search")
        assert box.size["width"] >= 0.7 * width
        h1 = browser.find_element(By.CSS_SELECTOR, "main h1")
        height = browser.execute_script("return window.innerHeight")
        assert h1.location["y"] < height / 2, "the navigation pushes the page off the screen"
        assert browser.execute_script(
            "return document.documentElement.scrollWidth <= window.innerWidth + 1"
        ), "the page scrolls sideways"
        screenshot(browser, shots, "phone-390")
        box.send_keys("Japan July 2023")
        WebDriverWait(browser, 10).until(
            ec.visibility_of_element_located((By.CSS_SELECTOR, "#search-results a"))
        )
        hrefs = [
            a.get_attribute("href")
            for a in browser.find_elements(By.CSS_SELECTOR, "#search-results a")
        ]
        assert any("/jp.html#" in h for h in hrefs), hrefs
        screenshot(browser, shots, "phone-390-search")
    finally:
        browser.set_window_size(size["width"], size["height"])
    assert console_errors(browser) == []

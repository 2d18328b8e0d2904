"""Trust boundaries: regime JSON is data and never executed; Python regime modules are
imported only from the package or from paths the user names; the diff loads another git
revision in a separate process; templates render model text inertly (sandboxed Jinja,
Markdown escaping, HTML autoescape), in the Markdown pages, the HTML and a real browser."""

from __future__ import annotations

import html.parser
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from policy.cli import main
from tests.hardening.documents import PLAIN_TX, tiny_regime

MARKER = "PWNED"
#: Text that would do something if anything treated it as code rather than text.
PYTHON = f"__import__('pathlib').Path('{MARKER}').touch()"
JINJA = "{{ 7*7 }} {% for c in ().__class__.__base__.__subclasses__() %}{{ c }}{% endfor %}"
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(2)>"
LINK = "[click me](javascript:alert(3)) <a href='javascript:alert(4)'>a</a>"
PAYLOADS = (PYTHON, JINJA, SCRIPT, IMG, LINK)


def hostile_regime() -> dict[str, object]:
    """The tiny regime with a payload in every piece of text the tool prints or renders:
    names, titles, notes, reviews, simplifications, citations, example and party names."""
    r = tiny_regime()
    text = " | ".join(PAYLOADS)
    r["name"] = SCRIPT + " law"
    r["summary"] = text
    r["assumptions"] = list(PAYLOADS)
    nexus = r["reach"][0]
    nexus.update(title=IMG, note=JINJA, source={"document": LINK, "section": SCRIPT})
    rule = r["rules"][0]
    rule.update(
        title=SCRIPT,
        note=text,
        review=IMG,
        simplification=JINJA,
        source={"document": LINK, "section": PYTHON, "url": "https://example.org/a(b)<c>\"d'e"},
        carveouts=[
            {
                "id": "GL-1",
                "title": JINJA,
                "when": {"op": "country", "field": "destination", "countries": ["HK"]},
                "effective": "2020-01-01",
                "source": {"document": SCRIPT},
                "note": PYTHON,
            }
        ],
        examples=[
            {
                "title": LINK,
                "note": SCRIPT,
                "transaction": {
                    **PLAIN_TX,
                    "item": {"kind": "ic.accelerator", "name": JINJA, "params": {"tpp": 5000}},
                },
                "outcome": "license_required",
            }
        ],
    )
    r["groups"] = [{"id": "G1", "name": SCRIPT, "members": [{"country": "CN"}], "note": JINJA}]
    r["parties"] = [{"id": "P1", "name": IMG, "country": "CN", "aliases": [SCRIPT], "note": LINK}]
    r["lists"] = [
        {"id": "L1", "name": LINK, "listings": [{"party": "P1", "source": PYTHON}], "note": JINJA}
    ]
    return r


@pytest.fixture
def hostile(tmp_path, monkeypatch):
    (tmp_path / "r.json").write_text(json.dumps(hostile_regime()), encoding="utf-8")
    (tmp_path / "tx.json").write_text(json.dumps(PLAIN_TX), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_regime_json_full_of_code_decides_as_data(hostile):
    r = CliRunner().invoke(main, ["decide", "tx.json", "--regimes", "r.json"])
    assert r.exit_code == 0, r.output
    assert "US: license_required" in r.output and "T-1" in r.output
    assert SCRIPT in r.output  # the title is printed as the text it is
    assert not (hostile / MARKER).exists()


def test_a_regime_json_full_of_code_renders_inertly_in_markdown_and_html(hostile):
    r = CliRunner().invoke(main, ["docs", "--regimes", "r.json", "--out", "docs", "--html", "site"])
    assert r.exit_code == 0, r.output
    assert not (hostile / MARKER).exists()
    markdown = "\n".join(p.read_text() for p in sorted((hostile / "docs").glob("*.md")))
    for raw in ("<script", "<img", "<a href"):
        assert raw not in markdown, raw
    assert not re.search(r"(?<!\\)\]\(javascript:", markdown), "a live javascript: link"
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markdown
    assert "\\[click me\\](javascript:alert(3))" in markdown
    assert "{{ 7\\*7 }}" in markdown  # Jinja syntax in data stays text
    for page in sorted((hostile / "site").glob("*.html")):
        check_inert_html(page.read_text())
    js = (hostile / "site" / "decide-data.js").read_text()
    body = js.split("window.POLICY_DECIDE = ", 1)[1].rstrip().removesuffix(";")
    assert "<" not in body and ">" not in body  # cannot close a script or open a tag
    assert isinstance(json.loads(body), dict)  # the regime's text is JSON strings, no code
    us = (hostile / "site" / "us.html").read_text()
    text = _Text.of(us)
    assert SCRIPT in text and IMG in text and "{{ 7*7 }}" in text


class _Text(html.parser.HTMLParser):
    """The visible text, the script sources, and every attribute of an HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.scripts: list[str | None] = []
        self.attrs: list[tuple[str, str, str | None]] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "script":
            self.scripts.append(dict(attrs).get("src"))
        self.attrs.extend((tag, k, v) for k, v in attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    @classmethod
    def of(cls, page: str) -> str:
        parser = cls()
        parser.feed(page)
        return "".join(parser.text)


#: the site's own scripts: navigation, search, and the decide page's data and code
SITE_SCRIPTS = {"search-index.js", "site.js", "decide-data.js", "decide.js"}
#: the charts the docs draw, the only images a page shows
CHART_SRC = r"charts/[a-z0-9._-]+\.svg"


def check_inert_html(page: str) -> None:
    parser = _Text()
    parser.feed(page)
    assert set(parser.scripts) <= SITE_SCRIPTS, parser.scripts
    assert "iframe" not in parser.tags
    images = [v for tag, name, v in parser.attrs if tag == "img" and name == "src"]
    assert parser.tags.count("img") == len(images), "an image without a source"
    for src in images:  # only the charts the docs drew: an SVG in <img> runs no script
        assert re.fullmatch(CHART_SRC, src or ""), src
    for tag, name, value in parser.attrs:
        assert not name.startswith("on"), (tag, name, value)
        if name in ("href", "src"):
            url = (value or "").strip().lower()
            assert not url.startswith("javascript:"), value
            assert not url.startswith("data:") or url == "data:,", value  # the empty favicon


def test_jinja_is_sandboxed_and_strict():
    from jinja2.exceptions import SecurityError, UndefinedError

    from policy.render.environment import html_environment, markdown_environment

    for env in (markdown_environment(), html_environment()):
        with pytest.raises((SecurityError, UndefinedError)):
            env.from_string("{{ ().__class__.__base__.__subclasses__() }}").render()
        with pytest.raises(UndefinedError):
            env.from_string("{{ misspelt }}").render()
    assert str(html_environment().from_string("{{ x }}").render(x=SCRIPT)) == (
        "&lt;script&gt;alert(1)&lt;/script&gt;"
    )


# --------------------------------------------------------------------------- what gets imported

EVIL = f"from pathlib import Path\nPath({MARKER!r}).touch()\nraise SystemExit('imported')\n"


def test_a_dotted_name_is_not_imported_from_the_working_directory(tmp_path):
    """The console script, run where an ``evil.py`` lies: ``--regimes evil`` does not pick
    it up; naming the file (``./evil.py``) does."""
    (tmp_path / "evil.py").write_text(EVIL)
    (tmp_path / "tx.json").write_text(json.dumps(PLAIN_TX))
    policy = shutil.which("policy", path=str(Path(sys.executable).parent))
    assert policy is not None
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run(
        [policy, "decide", "tx.json", "--regimes", "evil"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert "evil: cannot import module: No module named 'evil'" in done.stderr
    assert not (tmp_path / MARKER).exists()
    done = subprocess.run(
        [policy, "decide", "tx.json", "--regimes", "./evil.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 2
    assert "the module called sys.exit('imported')" in done.stderr
    assert (tmp_path / MARKER).exists()  # named, so imported (and its exit reported)


def test_a_dotted_name_skips_the_working_directory_even_when_it_is_on_sys_path(
    tmp_path, monkeypatch
):
    (tmp_path / "evil_here.py").write_text(EVIL)
    (tmp_path / "tx.json").write_text(json.dumps(PLAIN_TX))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "path", ["", str(tmp_path), *sys.path])
    monkeypatch.delenv("PYTHONPATH", raising=False)
    for args in (
        ["decide", "tx.json", "--regimes", "evil_here"],
        ["decide", "tx.json"],  # through [tool.policy]
    ):
        (tmp_path / "pyproject.toml").write_text('[tool.policy]\nregimes = "evil_here"\n')
        r = CliRunner().invoke(main, args)
        assert r.exit_code == 2, r.output
        assert "cannot import module: No module named 'evil_here'" in r.stderr
        assert not (tmp_path / MARKER).exists()
    assert "evil_here" not in sys.modules


@pytest.mark.parametrize(
    "world",
    [
        {"regimes": ["evil_mod"]},
        {"regimes": [{"module": "evil_mod"}]},
        {"module": "evil_mod"},
        {"regimes": [{**tiny_regime(), "module": "evil_mod"}]},
        {"$ref": "evil_mod.py"},
    ],
)
def test_a_world_json_naming_a_module_does_not_import_it(tmp_path, monkeypatch, world):
    (tmp_path / "evil_mod.py").write_text(EVIL)
    (tmp_path / "w.json").write_text(json.dumps(world))
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))  # importable, were anything to import it
    r = CliRunner().invoke(main, ["decide", "-", "--regimes", "w.json"], input="{}")
    assert r.exit_code == 2, r.output
    assert "w.json: " in r.stderr
    assert not (tmp_path / MARKER).exists()
    assert "evil_mod" not in sys.modules


# --------------------------------------------------------------------------- diff isolation

RECORDING_MODULE = """import os
from pathlib import Path

with open({pids!r}, "a") as f:
    f.write(f"{{os.getpid()}} {{os.urandom(8).hex()}}\\n")

from policy import Nexus, Regime, Rule, Source, TPP, kind, exporter
from datetime import date

REGIME = Regime(
    jurisdiction="US",
    name="Recording law",
    reach=(Nexus(id="t", title="t", when=exporter("US"), effective=date(2000, 1, 1),
                 source=Source(document="t")),),
    rules=(Rule(id="R", title="r", when=kind("ic") & (TPP >= {threshold}),
                effective=date(2020, 1, 1), source=Source(document="t")),),
)
"""


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.parametrize("spec, module", [("law.py", "law.py"), ("laws.us", "laws/us.py")])
def test_diff_loads_each_revision_in_its_own_process(tmp_path, monkeypatch, spec, module):
    """Each side is exported by its own interpreter (so neither runs here), and a dotted
    name is found in the repository the user named with --repo."""
    repo = tmp_path / "repo"
    (repo / "laws").mkdir(parents=True)
    (repo / "laws" / "__init__.py").write_text("")
    pids = tmp_path / "pids"
    monkeypatch.chdir(tmp_path)

    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)

    git("init", "-q")
    git("config", "user.email", "t@example.org")
    git("config", "user.name", "t")
    (repo / module).write_text(RECORDING_MODULE.format(threshold=4800, pids=str(pids)))
    git("add", ".")
    git("commit", "-qm", "old law")
    (repo / module).write_text(RECORDING_MODULE.format(threshold=6000, pids=str(pids)))
    before = set(sys.modules)
    r = CliRunner().invoke(
        main,
        [
            "diff",
            "--base",
            "HEAD",
            "--repo",
            str(repo),
            "--regimes",
            spec,
            "--as-of",
            "2024-01-01",
            "--format",
            "json",
        ],
    )
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["changes"], "the moved threshold is a change"
    seen = [line.split() for line in pids.read_text().splitlines()]
    assert len(seen) == 2 and len({token for _, token in seen}) == 2  # base and working tree
    assert str(os.getpid()) not in {pid for pid, _ in seen}  # neither side ran in this process
    assert not any("law" in m for m in set(sys.modules) - before)


def test_the_pytest_plugin_imports_a_dotted_name_from_the_project_it_runs_in(tmp_path):
    """pytest already imports the project's code from its directory, so the plugin's
    ``--policy-regimes laws.us`` finds ``laws/us.py`` there (the CLI would not)."""
    from tests.hardening.documents import VALID_MODULE

    (tmp_path / "laws").mkdir()
    (tmp_path / "laws" / "__init__.py").write_text("")
    (tmp_path / "laws" / "us.py").write_text(VALID_MODULE)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "--policy-examples",
            "--policy-regimes",
            "laws.us",
            "-q",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "ERROR" not in done.stdout + done.stderr, done.stdout + done.stderr
    assert done.returncode == 5  # the module loaded; it has no examples, so no tests ran


# --------------------------------------------------------------------------- what a module raises

RAISES = {
    "BaseException": "class Boom(BaseException):\n    pass\n\n\nraise Boom('bang')\n",
    "GeneratorExit": "raise GeneratorExit('bang')\n",
    "KeyboardInterrupt": "raise KeyboardInterrupt('bang')\n",
}


@pytest.mark.parametrize("name", sorted(RAISES))
def test_whatever_a_regime_module_raises_is_exit_2_at_its_line(tmp_path, monkeypatch, name):
    """A BaseException that is not an Exception, even the module's own KeyboardInterrupt, is a
    mistake in the module (exit 2, file and line), not a traceback and exit 1."""
    (tmp_path / "boom.py").write_text(RAISES[name])
    (tmp_path / "tx.json").write_text(json.dumps(PLAIN_TX))
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(main, ["decide", "tx.json", "--regimes", "./boom.py"])
    assert r.exit_code == 2, r.output
    raised = "Boom" if name == "BaseException" else name
    line = RAISES[name].count("\n")
    assert r.stderr == (
        f"Error: boom.py:{line}: importing the regime module raised {raised}: bang\n"
    )


def test_a_library_caller_gets_a_module_s_keyboard_interrupt_as_python_does(tmp_path):
    """Outside the CLI nobody watches SIGINT, so a KeyboardInterrupt may be a real Ctrl-C:
    it is not swallowed."""
    from policy.loading import load_world

    (tmp_path / "kbi.py").write_text(RAISES["KeyboardInterrupt"])
    with pytest.raises(KeyboardInterrupt):
        load_world(str(tmp_path / "kbi.py"))


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_real_ctrl_c_while_a_module_imports_exits_130(tmp_path):
    """SIGINT during a slow import interrupts the command (130), unlike the module's own
    ``raise KeyboardInterrupt`` (2)."""
    started = tmp_path / "started"
    (tmp_path / "slow.py").write_text(
        f"from pathlib import Path\nPath({str(started)!r}).touch()\nimport time\ntime.sleep(600)\n"
    )
    (tmp_path / "tx.json").write_text(json.dumps(PLAIN_TX))
    policy = shutil.which("policy", path=str(Path(sys.executable).parent))
    assert policy is not None
    child = subprocess.Popen(
        [policy, "decide", "tx.json", "--regimes", "./slow.py"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        for _ in range(600):
            if started.exists():
                break
            time.sleep(0.05)
        assert started.exists()
        child.send_signal(signal.SIGINT)
        _, err = child.communicate(timeout=20)
    finally:
        child.kill()
    assert child.returncode == 130 and err == b"Interrupted.\n", err

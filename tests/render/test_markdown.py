"""The Markdown pages: fresh in the repository, deterministic, and inert to markup in model
text."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt

from policy.cli import main
from policy.regimes import default_world
from policy.render import render_docs, render_markdown
from policy.render.escape import md_escape, slug
from policy.render.files import stale_paths

from .conftest import SCRIPT

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "generated_docs"


def test_committed_docs_equal_a_fresh_render():
    stale = stale_paths(DOCS, render_docs(default_world()))
    assert not stale, (
        f"generated_docs/ is out of date ({', '.join(stale)}): run `policy docs` and commit"
        " the result"
    )


def test_render_is_byte_identical_across_processes():
    """Two renders in processes with different hash seeds give the same bytes (no set or
    dict order, clock or locale leaks into the pages; test_charts does the same for the
    charts)."""
    code = (
        "import json, sys; from policy.regimes import default_world;"
        " from policy.render import render_markdown;"
        " sys.stdout.write(json.dumps(render_markdown(default_world())))"
    )
    outs = [
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    ]
    assert outs[0] == outs[1]
    assert render_markdown(default_world()) == render_markdown(default_world())


@pytest.mark.parametrize(
    ("text", "rendered"),
    [
        (SCRIPT, f"<p>{SCRIPT.replace('<', '&lt;').replace('>', '&gt;')}</p>"),
        ("*x* _y_ `c` [l](u)", "<p>*x* _y_ `c` [l](u)</p>"),
        ("a | b", "<p>a | b</p>"),
        ("# h", "<p># h</p>"),
        ("- item", "<p>- item</p>"),
        ("1. item", "<p>1. item</p>"),
        ("> quote", "<p>&gt; quote</p>"),
        ("R&D &amp; more", "<p>R&amp;D &amp;amp; more</p>"),
        ("two\nlines", "<p>two lines</p>"),
    ],
)
def test_escaped_text_renders_as_itself(text, rendered):
    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    assert md.render(md_escape(text)).strip() == rendered


def test_a_script_title_stays_text_in_every_page(hostile_world):
    pages = render_markdown(hostile_world)
    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    for path, text in pages.items():
        html = md.render(text)
        for tag in ("<script", "<img src=x", "<iframe", "<em>with", "<b>presumption", "<i>html"):
            assert tag not in html, f"{path}: {tag} reached the HTML"
        # the only images are the charts, each from its file under charts/
        assert html.count("<img") == len(re.findall(r'<img src="charts/[a-z0-9.-]+\.svg"', html))
    us = pages["us.md"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in us
    assert 'href="javascript:' not in md.render(us)


def test_every_rule_has_a_stable_anchor(world):
    us = render_markdown(world)["us.md"]
    for rule in world.regime("US").rules:
        assert f'<a id="{slug(rule.id)}-{rule.effective.isoformat()}"></a>' in us
        assert f'<a id="{slug(rule.id)}"></a>' in us


def test_index_says_once_that_this_is_not_legal_advice(world):
    pages = render_markdown(world)
    hits = [p for p, text in pages.items() if "not legal advice" in text]
    assert hits == ["index.md"]
    assert pages["index.md"].count("not legal advice") == 1


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_docs_check_fails_on_a_stale_page_and_names_the_fix(tmp_path):
    out = tmp_path / "docs"
    assert run("docs", "--out", str(out)).exit_code == 0
    assert run("docs", "--out", str(out), "--check").exit_code == 0
    (out / "us.md").write_text((out / "us.md").read_text() + "edited\n")
    r = CliRunner().invoke(main, ["docs", "--out", str(out), "--check"])
    assert r.exit_code == 1
    assert "us.md" in r.stderr and "run `policy docs`" in r.stderr


def _files(directory: Path) -> list[str]:
    """Every file under ``directory``, relative (the pages and the charts under charts/)."""
    return sorted(p.relative_to(directory).as_posix() for p in directory.rglob("*") if p.is_file())


def test_docs_removes_pages_that_are_no_longer_generated(tmp_path):
    """A page an earlier build wrote (listed in its manifest, or, in a directory written
    before there were manifests, starting with the generated marker) is removed."""
    out = tmp_path / "docs"
    run("docs", "--out", str(out))
    manifest = out / ".policy-docs-manifest"
    stale = out / "old.md"
    stale.write_text("an earlier build's page\n")
    manifest.write_text(manifest.read_text().replace('"cn.md"', '"cn.md", "old.md"'))
    run("docs", "--out", str(out))
    assert not stale.exists()
    assert _files(out) == sorted([manifest.name, *render_docs(default_world())])
    manifest.unlink()
    stale.write_text((out / "index.md").read_text())
    run("docs", "--out", str(out))
    assert not stale.exists() and manifest.exists()


def test_docs_refuses_to_replace_a_directory_it_did_not_write(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    r = CliRunner().invoke(main, ["docs", "--out", str(tmp_path)])
    assert r.exit_code == 2
    assert "refusing to replace" in r.output and "notes.txt" in r.output
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_an_interrupted_build_leaves_the_previous_docs_intact(tmp_path, monkeypatch):
    out = tmp_path / "docs"
    run("docs", "--out", str(out))
    before = {p: (out / p).read_bytes() for p in _files(out)}

    import policy.render.files as files

    real_fsync = files.os.fsync
    calls = {"n": 0}

    def dying_fsync(fd):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        real_fsync(fd)

    monkeypatch.setattr(files.os, "fsync", dying_fsync)
    with pytest.raises(KeyboardInterrupt):
        files.replace_tree(
            out, {k: "new" for k in before if k != files.MANIFEST}, is_generated=lambda p, d: True
        )
    assert {p: (out / p).read_bytes() for p in _files(out)} == before
    assert [p.name for p in tmp_path.iterdir()] == ["docs"]


def test_findings_page_shows_moves_witnesses_and_rule_locations(world):
    from policy import Finding, Item, Report, RuleRef, Transaction

    denied = Transaction(
        date="2024-01-10",
        exporter="US",
        destination="CN",
        item=Item(kind="sme.etch", name="etch tool", params={"node_nm": 5}),
    )
    allowed = denied.model_copy(update={"exporter": "KR"})
    report = Report(
        as_of="2024-01-10",
        cells=18234,
        findings=[
            Finding(
                code="PL101",
                category="loophole",
                move="supplier_substitution",
                message="the same etch tool is available from KR without a licence",
                jurisdictions=["US", "KR"],
                rules=[RuleRef(id="US-3A090.a", file="policy/regimes/us.py", line=120)],
                denied=denied,
                witness=[allowed],
                path=["supplier_substitution"],
            ),
            Finding(
                code="PL201",
                category="consistency",
                severity="warning",
                message="dead rule: <b>never</b> applies",
                jurisdictions=["US"],
            ),
        ],
    )
    text = render_markdown(world, findings=(report, "everything."))["findings.md"]
    assert "2 findings" in text and "18,234 distinct cases" in text
    assert text.index('## <a id="loophole"></a>Loopholes') < text.index('<a id="consistency">')
    assert "**The move:** buy the same capability from a jurisdiction that does not" in text
    assert "[US-3A090.a](us.md#us-3a090.a) (defined in `policy/regimes/us.py:120`)" in text
    assert (
        "**What the controls mean to stop:** etch tool (etch equipment): design node 5 nm" in text
    )
    assert (
        "**What gets through instead:** etch tool" in text and "from South Korea to China" in text
    )
    assert "&lt;b&gt;never&lt;/b&gt;" in text

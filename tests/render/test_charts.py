"""The docs' charts: derived from the model (regions at the rules' own thresholds, products
from the examples), deterministic SVG, embedded with alt text, covered by ``docs --check``,
and a clear error where matplotlib is missing."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from policy import (
    PERFORMANCE_DENSITY,
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
from policy.cli import main
from policy.regimes import default_world
from policy.render import render_docs, render_markdown
from policy.render.charts import chart_set, render_charts
from policy.render.charts.draw import INSTALL_HINT, MissingPlotting, require_matplotlib
from policy.render.files import replace_tree, stale_paths


def _chip(name: str, tpp: float, area: float) -> Transaction:
    return Transaction(
        date=date(2024, 6, 1),
        exporter="US",
        destination="CN",
        item=Item(kind="ic.accelerator", name=name, params={"tpp": tpp, "die_area_mm2": area}),
    )


def small_world(tpp_cut: float = 4000, pd_cut: float = 5.0) -> World:
    """One rule on two figures: TPP >= tpp_cut, or TPP >= 1000 and density >= pd_cut."""
    rule = Rule(
        id="T-1",
        title="Chips to China",
        when=kind("ic")
        & ((TPP >= tpp_cut) | ((TPP >= 1000) & (PERFORMANCE_DENSITY >= pd_cut)))  # noqa: SIM300
        & destination("CN"),
        outcome=Outcome.LICENSE_REQUIRED,
        effective=date(2024, 1, 1),
        source=Source(document="test"),
        examples=(
            Example(
                title="big", transaction=_chip("Big", 9000, 800), outcome=Outcome.LICENSE_REQUIRED
            ),
            Example(
                title="dense",
                transaction=_chip("Dense", 3000, 300),
                outcome=Outcome.LICENSE_REQUIRED,
            ),
            Example(
                title="small",
                transaction=_chip("Small", 2000, 800),
                outcome=Outcome.NO_LICENSE_REQUIRED,
            ),
        ),
    )
    regime = Regime(
        jurisdiction="US",
        name="Test law",
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
    )
    return World(regimes=(regime,))


def test_a_plane_is_cut_at_the_rules_thresholds_with_the_examples_products_inside_or_out():
    (chart,) = chart_set(small_world()).planes
    assert (chart.x, chart.y) == ("tpp", "performance_density")
    assert chart.x_cuts == (1000.0, 4000.0) and chart.y_cuts == (5.0,)
    (region,) = chart.regions
    assert region.rule == "T-1"
    inside = {p.name: p.inside for p in chart.points}
    assert inside == {"Big": ("T-1",), "Dense": ("T-1",), "Small": ()}
    assert chart.path == "charts/us-tpp-performance-density-2024-01-01.svg"


def test_moving_a_threshold_moves_the_chart():
    """The regions come from the model, not from a drawing: lower the TPP cut below the
    small chip and it falls inside."""
    (chart,) = chart_set(small_world(tpp_cut=1500)).planes
    assert chart.x_cuts == (1000.0, 1500.0)
    assert {p.name: bool(p.inside) for p in chart.points}["Small"] is True


def test_the_alt_text_says_in_words_what_the_chart_shows():
    (chart,) = chart_set(small_world()).planes
    assert "total processing performance 1,000 and 4,000" in chart.alt
    assert "performance density 5" in chart.alt
    assert "T-1 (license required): Dense, Big inside" in chart.alt
    assert "Outside every region: Small" in chart.alt
    page = render_markdown(small_world())["us.md"]
    assert f"![{chart.alt}]({chart.path})" in page


def test_the_shipped_3A090_charts_plot_the_real_chips_where_the_law_puts_them():
    charts = {c.path: c for c in chart_set(default_world()).planes}
    c2023 = charts["charts/us-tpp-performance-density-2023-11-17.svg"]
    assert c2023.x_cuts == (1600.0, 2400.0, 4800.0)
    assert c2023.y_cuts == (1.6, 3.2, 5.92)
    # a point is every product with the same figures ("A100, A800, A800-class accelerator")
    inside = {n: p.inside for p in c2023.points for n in p.name.split(", ")}
    assert "US-3A090.a" in inside["H100"] and "US-3A090.a" in inside["A100"]
    assert "US-3A090.b" in inside["L40"] and "US-3A090.a" not in inside["L40"]
    assert inside["H20"] == ()
    c2022 = charts["charts/us-tpp-bidirectional-transfer-rate-gbps-2022-10-07.svg"]
    in_2022 = {n: p.inside for p in c2022.points for n in p.name.split(", ")}
    assert in_2022["A800"] == ()  # the 400 GB/s A800
    assert "charts/us-memory-bandwidth-density-2024-12-31.svg" in charts  # 3A090.c, HBM


def test_charts_are_deterministic_svg_without_dates_or_random_ids():
    world = small_world()
    first = render_charts(world)
    again = render_charts(small_world())
    assert first == again
    svg = next(iter(first.values()))
    assert svg.startswith("<?xml")
    assert "<dc:date>" not in svg and "Matplotlib v" not in svg
    assert re.search(r"<text[^>]*>", svg), "text is kept as text (svg.fonttype none)"


def test_docs_check_covers_the_charts(tmp_path):
    world = small_world()
    docs = render_docs(world)
    charts = [p for p in docs if p.endswith(".svg")]
    assert charts and all(p.startswith("charts/") for p in charts)
    replace_tree(tmp_path, docs, is_generated=lambda p, d: False)
    assert stale_paths(tmp_path, docs) == []
    (tmp_path / charts[0]).write_text("<svg/>", encoding="utf-8")
    assert stale_paths(tmp_path, docs) == [charts[0]]


def test_docs_without_matplotlib_fail_with_the_install_command(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(MissingPlotting):
        require_matplotlib()
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.json").write_text(small_world().regimes[0].model_dump_json(), encoding="utf-8")
    result = CliRunner().invoke(main, ["docs", "--regimes", "r.json", "--out", "docs"])
    assert result.exit_code == 2, result.output
    assert INSTALL_HINT in result.output
    assert "pip install 'policy[docs]'" in result.output
    assert not (tmp_path / "docs").exists()


def test_docs_html_alone_leaves_generated_docs_untouched(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.json").write_text(small_world().regimes[0].model_dump_json(), encoding="utf-8")
    result = CliRunner().invoke(main, ["docs", "--regimes", "r.json", "--html", "site"])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "generated_docs").exists()
    assert (tmp_path / "site" / "index.html").exists()
    assert (tmp_path / "site" / "charts" / "us-tpp-performance-density-2024-01-01.svg").exists()
    assert "wrote the site" in result.output


def test_charts_are_byte_identical_across_processes():
    """Two processes with different hash seeds draw the same bytes: no set order, random
    clip-path id or clock reaches the SVG (``svg.hashsalt`` and no metadata date)."""
    code = (
        "import json, sys; from tests.render.test_charts import small_world;"
        " from policy.render.charts import render_charts;"
        " sys.stdout.write(json.dumps(render_charts(small_world())))"
    )
    root = Path(__file__).resolve().parents[2]
    outs = [
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            check=True,
            cwd=root,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    ]
    assert outs[0] == outs[1]
    assert json.loads(outs[0]) == render_charts(small_world())

"""The docs' charts: threshold planes, threshold timelines and the matrix as a heat-map,
derived from the model (:mod:`.specs`, no plotting library) and drawn as deterministic SVG
with matplotlib (:mod:`.draw`, the only module that imports it).

The Markdown pages embed the charts by path and alt text (both known without drawing), so
only writing or checking the charts themselves needs matplotlib, the ``docs`` extra.
"""

from __future__ import annotations

import datetime as dt

from policy.model.world import World
from policy.render.charts.specs import (
    CHARTS_DIR,
    ChartSet,
    HeatmapChart,
    PlaneChart,
    TimelineChart,
    plane_charts,
    timeline_charts,
)
from policy.render.world_cache import WorldCache

__all__ = [
    "CHARTS_DIR",
    "ChartSet",
    "HeatmapChart",
    "PlaneChart",
    "TimelineChart",
    "chart_set",
    "render_charts",
]

#: Timelines start no earlier than this: the controls the charts are about begin in 2020s,
#: and a Wassenaar threshold in force since the 1990s would squeeze them into a corner.
SINCE = dt.date(2019, 1, 1)

_CHARTS: WorldCache[str, ChartSet] = WorldCache()


def chart_set(world: World) -> ChartSet:
    """Every chart of the docs of ``world`` (computed once per world)."""

    def build() -> ChartSet:
        from policy.render.markdown import docs_date, docs_matrix

        last = docs_date(world)
        until = dt.date(last.year + 1, last.month, 1)
        return ChartSet(
            planes=plane_charts(world),
            timelines=timeline_charts(world, until=until),
            heatmap=heatmap_chart(docs_matrix(world)),
        )

    return _CHARTS.get(world, "charts", build)


def heatmap_chart(mx: object) -> HeatmapChart | None:
    """The matrix's first table (exports to China from each jurisdiction) as a heat-map."""
    from policy.render.views.matrix import MatrixView

    assert isinstance(mx, MatrixView)
    table = mx.by_jurisdiction
    if not table.rows or not table.columns:
        return None
    rows = tuple(r.label[:1].upper() + r.label[1:] for r in table.rows)
    cells = tuple(tuple(c.outcome for c in r.cells) for r in table.rows)
    unmodelled = tuple(tuple(c.not_modelled for c in r.cells) for r in table.rows)
    words = []
    for r, row in zip(rows, table.rows, strict=True):
        controlled = [
            col.title
            for col, c in zip(table.columns, row.cells, strict=True)
            if c.outcome in ("license_required", "prohibited")
        ]
        words.append(f"{r}: {', '.join(controlled) if controlled else 'none'}")
    alt = (
        f"Heat-map of who controls exports to China as of {mx.as_of}: one row per kind of"
        " item, one column per jurisdiction, each cell coloured by the outcome (red"
        " prohibited, amber licence required, green no licence, grey not reached, hatched not"
        " modelled). Jurisdictions requiring a licence or prohibiting, per item: "
        + "; ".join(words)
        + "."
    )
    return HeatmapChart(
        path=f"{CHARTS_DIR}/matrix-china.svg",
        title=f"Exports to China as of {mx.as_of}",
        rows=rows,
        columns=tuple(c.title for c in table.columns),
        cells=cells,
        not_modelled=unmodelled,
        alt=alt,
    )


def render_charts(world: World) -> dict[str, str]:
    """Every chart as ``{relative path: SVG text}``.

    Raises:
        policy.render.charts.draw.MissingPlotting: matplotlib is not installed.
    """
    from policy.render.charts.draw import draw, require_matplotlib

    require_matplotlib()
    return {c.path: draw(c, since=SINCE) for c in chart_set(world).all()}

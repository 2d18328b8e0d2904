"""What the charts show, derived from the model: plain data, no plotting library.

Three kinds of chart, each computed from the regimes rather than drawn by hand:

* **Threshold planes** (:class:`PlaneChart`): for every rule that compares two numeric
  parameters (TPP and performance density for 3A090.a/.b, TPP and interconnect for the 2022
  3A090, a resolution and an overlay for the lithography entries), the plane of those two
  parameters with the region where each such rule of the jurisdiction applies. The regions
  are exact: the partition of the transactions on that date cuts each parameter's axis at
  the rules' own thresholds (with their operators), and a rectangle of classes is shaded
  for a rule when the rule applies to *some* transaction whose figures lie in it (any
  destination, end user or end use: the chart is about the figures). A jurisdiction gets
  one chart per pair of parameters and per period over which those regions stay the same.
  A rule that compares one parameter which is a ratio of two others (3A090.c: memory
  bandwidth per mm²) is drawn in the plane of the two, where its thresholds are lines
  through the origin (:attr:`PlaneChart.ratio`).
* **Threshold timelines** (:class:`TimelineChart`): for each parameter, every threshold a
  jurisdiction's rules compare it with, over the dates they are in force.
* **The matrix heat-map** (:class:`HeatmapChart`): the "who controls what" table as
  colours.

A rule that reads three parameters, one of which is an input of another it reads (the
wavelength of a resolution ``wavelength x k / NA``), is drawn in the plane of the other two:
the derived parameter already carries its input.

The products plotted are the items the regimes' examples ship, by name: an item name that
comes with more than one set of figures is a boundary probe ("boundary chip" at TPP 4799 and
4800), not a product, and is left out.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from policy.analysis.partition import Axis, Partition, partition
from policy.model import vocabulary as v
from policy.model.conditions import Compare, Condition, Kind
from policy.model.regimes import Regime
from policy.model.rules import Rule
from policy.model.world import World
from policy.render.views.links import regime_href, rule_version_anchor
from policy.render.views.words import in_force_words, or_words

#: Where the charts go, relative to the docs directory.
CHARTS_DIR = "charts"


# --------------------------------------------------------------------------- the data


@dataclass(frozen=True)
class Box:
    """A rectangle of the plane (``None``: unbounded on that side), or for a ratio chart a
    band ``low <= y/x < high`` of the ratio (``x0``/``x1`` then bound the ratio)."""

    x0: float
    x1: float | None
    y0: float
    y1: float | None


@dataclass(frozen=True)
class Region:
    """Where one rule applies: its id, outcome and boxes."""

    rule: str
    title: str
    outcome: str
    href: str
    boxes: tuple[Box, ...]


@dataclass(frozen=True)
class Point:
    """A product, with the rules whose region holds it."""

    name: str
    x: float
    y: float
    inside: tuple[str, ...]


@dataclass(frozen=True)
class Ratio:
    """A ratio parameter ``y * k / x`` drawn in the plane of its inputs."""

    param: str
    numerator: str
    denominator: str
    factor: float


@dataclass(frozen=True)
class PlaneChart:
    """A threshold plane of one jurisdiction over one period (see the module docstring)."""

    path: str
    jurisdiction: str
    title: str
    #: the two parameters (or the ratio) in words
    what: str
    period: str
    start: dt.date
    end: dt.date | None
    x: str
    y: str
    x_cuts: tuple[float, ...]
    y_cuts: tuple[float, ...]
    regions: tuple[Region, ...]
    points: tuple[Point, ...]
    log_x: bool
    log_y: bool
    ratio: Ratio | None
    alt: str


@dataclass(frozen=True)
class Segment:
    """A threshold in force over a period: ``op value`` compared by ``rules``."""

    jurisdiction: str
    value: float
    ops: tuple[str, ...]
    start: dt.date
    end: dt.date | None
    rules: tuple[str, ...]


@dataclass(frozen=True)
class TimelineChart:
    path: str
    param: str
    title: str
    segments: tuple[Segment, ...]
    log_y: bool
    until: dt.date
    alt: str


@dataclass(frozen=True)
class HeatmapChart:
    path: str
    title: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    #: outcome value per (row, column), "" where no jurisdiction answers
    cells: tuple[tuple[str, ...], ...]
    #: per cell, whether the regime does not model the item (a distinct mark)
    not_modelled: tuple[tuple[bool, ...], ...]
    alt: str


@dataclass(frozen=True)
class ChartSet:
    planes: tuple[PlaneChart, ...]
    timelines: tuple[TimelineChart, ...]
    heatmap: HeatmapChart | None

    def all(self) -> tuple[PlaneChart | TimelineChart | HeatmapChart, ...]:
        return (*self.planes, *self.timelines, *((self.heatmap,) if self.heatmap else ()))

    def planes_of(self, jurisdiction: str) -> tuple[PlaneChart, ...]:
        return tuple(c for c in self.planes if c.jurisdiction == jurisdiction)


# --------------------------------------------------------------------------- numbers


def number_words(x: float) -> str:
    """A boundary value as the charts' labels and alt texts write it (``4,800``, ``5.92``)."""
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.6g}" if abs(x) >= 1 else f"{x:.6g}"


def param_label(name: str) -> str:
    """``total processing performance (TPP per mm²)``-style axis label: phrase and unit."""
    p = v.parameter(name)
    return f"{p.phrase} ({p.unit})" if p.unit else p.phrase


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def ratio_of(name: str) -> Ratio | None:
    """The parameter as ``numerator x factor / denominator``, if the vocabulary derives it
    that way (checked on three probes, so a derivation of another shape is not taken for
    one)."""
    p = v.parameter(name)
    if p.derive is None or len(p.derived_from) != 2:
        return None
    num, den = p.derived_from
    k = p.derive({num: 1.0, den: 1.0})
    for a, b in ((2.0, 1.0), (3.0, 4.0)):
        if not math.isclose(p.derive({num: a, den: b}), a * k / b, rel_tol=1e-12):
            return None
    return Ratio(name, num, den, k)


# --------------------------------------------------------------------------- model reading


def compared(condition: Condition) -> set[str]:
    """The parameters a condition compares with a constant."""
    return {a.param for a in condition.atoms() if isinstance(a, Compare)}


def _kinds_of(rule: Rule) -> list[Kind]:
    return [a for a in rule.when.atoms() if isinstance(a, Kind)]


def plane_pairs(rule: Rule) -> list[tuple[str, str]]:
    """The planes a rule is drawn in (see the module docstring)."""
    params = compared(rule.when)
    inputs = {d for p in params for d in v.parameter(p).derived_from if d in params}
    drawn = sorted(params - inputs) if len(params) > 2 else sorted(params)
    if len(drawn) < 2:
        return []
    return [(a, b) for a, b in itertools.combinations(_axis_order(drawn), 2)]


def _axis_order(params: Iterable[str]) -> list[str]:
    """x before y: TPP across, density up (the way analysts draw 3A090), else by name."""
    preferred = ["tpp", "bidirectional_transfer_rate_gbps", "wavelength_nm"]
    return sorted(params, key=lambda p: (preferred.index(p) if p in preferred else 9, p))


@dataclass(frozen=True)
class Product:
    name: str
    kind: str
    params: Mapping[str, float]


def products(world: World) -> tuple[Product, ...]:
    """The products the examples ship (see the module docstring), by name: the figures of
    every example that names it, where no two examples give one parameter different values
    (an example may leave figures out). A name that only repeats another product's name and
    figures (``H100 (cloud)`` beside ``H100``) is left out."""
    figures: dict[str, dict[str, float] | None] = {}
    kinds: dict[str, str] = {}
    examples = [
        ex
        for r in world.regimes
        for ex in (*r.examples, *(e for ru in r.rules for e in ru.examples))
    ]
    for ex in examples:
        item = ex.transaction.item
        if not item.name or not item.params:
            continue
        kinds.setdefault(item.name, item.kind)
        known = figures.setdefault(item.name, {})
        if known is None:
            continue
        for k, x in v.with_derived(item.params).items():
            if known.get(k, x) != x:
                figures[item.name] = None  # a boundary probe
                break
            known[k] = x
    out = []
    for name, params in sorted(figures.items()):
        if params is None:
            continue
        base = name.split(" (")[0]
        if base != name and figures.get(base) == params:
            continue
        out.append(Product(name, kinds[name], dict(sorted(params.items()))))
    return tuple(out)


# --------------------------------------------------------------------------- planes


class _Law:
    """One jurisdiction's partition on one date, with its symbolic view (shared by every
    chart of that date)."""

    def __init__(self, world: World, jurisdiction: str, on: dt.date) -> None:
        self.part: Partition = partition(world, as_of=on, jurisdictions=[jurisdiction])
        self.space = self.part.space(jurisdiction)
        self.mdd = self.space.mdd
        self.level = {a.name: i for i, a in enumerate(self.part.axes)}

    def axis(self, param: str) -> tuple[int, Axis] | None:
        i = self.level.get(f"param:{param}")
        return None if i is None else (i, self.part.axes[i])

    def satisfiable(self, u: int) -> bool:
        return True in self.mdd.terminals(u)

    def cells(self, slot_rule: Rule, params: Sequence[str]) -> set[tuple[int, ...]]:
        """The classes of ``params`` (one tuple per combination) on which the rule applies to
        some transaction."""
        slot = next(
            s for s in self.space.rules if s.rule is not None and s.rule.key == slot_rule.key
        )
        u = self.space.applied(slot)
        # The figures alone: an item the exporter classified under the entry is caught
        # whatever its figures, which would shade the whole plane.
        for level, axis in enumerate(self.part.axes):
            if axis.kind == "class":
                unclassified = axis.by_truth.get(frozenset())
                if unclassified is not None:
                    u = self.mdd.cofactor(u, level, unclassified)
        where = [self.axis(p) for p in params]
        if any(w is None for w in where):
            return set()
        out: set[tuple[int, ...]] = set()
        ranges = [
            [c for c, cls in enumerate(w[1].classes) if not cls.unstated]
            for w in where
            if w is not None
        ]
        for combo in itertools.product(*ranges):
            g = u
            for (level, _), c in zip(where, combo, strict=True):  # type: ignore[misc]
                g = self.mdd.cofactor(g, level, c)
            if self.satisfiable(g):
                out.add(combo)
        return out


def _bounds(axis: Axis, c: int) -> tuple[float, float | None]:
    cls = axis.classes[c]
    return (cls.low or 0.0, cls.high)


def _merge_boxes(boxes: Iterable[Box]) -> tuple[Box, ...]:
    """Runs of boxes side by side on one row of classes become one box (fewer shapes, the
    same region)."""
    rows: dict[tuple[float, float | None], list[Box]] = {}
    for b in boxes:
        rows.setdefault((b.y0, b.y1), []).append(b)
    out: list[Box] = []
    for (y0, y1), row in sorted(rows.items(), key=lambda kv: kv[0][0]):
        row.sort(key=lambda b: b.x0)
        run = row[0]
        for b in row[1:]:
            if run.x1 is not None and b.x0 == run.x1:
                run = Box(run.x0, b.x1, y0, y1)
            else:
                out.append(run)
                run = b
        out.append(run)
    return tuple(sorted(out, key=lambda b: (b.y0, b.x0)))


def _inside(box: Box, x: float, y: float) -> bool:
    return (
        box.x0 <= x
        and (box.x1 is None or x < box.x1)
        and box.y0 <= y
        and (box.y1 is None or y < box.y1)
    )


def _log(values: Iterable[float]) -> bool:
    """A log scale where the positive values span about a decade or more (H100 beside
    the 1,600 TPP cut; 13.5 nm EUV beside 193 nm ArF)."""
    pos = [x for x in values if x > 0]
    return bool(pos) and max(pos) / min(pos) >= 8


@dataclass(frozen=True)
class _Drawn:
    """What a plane shows on one date (compared between dates to find its periods)."""

    x_cuts: tuple[float, ...]
    y_cuts: tuple[float, ...]
    regions: tuple[Region, ...]
    #: the kinds the rules name: the products plotted are of these kinds
    kinds: tuple[Kind, ...]


def _plane_on(
    law: _Law, regime: Regime, x: str, y: str, rules: Sequence[Rule], ratio: Ratio | None
) -> _Drawn | None:
    # the largest region first, so that the smaller ones are drawn over it
    regions: list[tuple[int, Region]] = []
    if ratio is None:
        ax, ay = law.axis(x), law.axis(y)
        if ax is None or ay is None:
            return None
        for rule in rules:
            cells = law.cells(rule, [x, y])
            boxes = []
            for cx, cy in cells:
                x0, x1 = _bounds(ax[1], cx)
                y0, y1 = _bounds(ay[1], cy)
                boxes.append(Box(x0, x1, y0, y1))
            if boxes:
                regions.append((-len(cells), _region(regime, rule, _merge_boxes(boxes))))
        x_cuts = _cuts(ax[1])
        y_cuts = _cuts(ay[1])
    else:
        ar = law.axis(ratio.param)
        if ar is None:
            return None
        for rule in rules:
            cells = law.cells(rule, [ratio.param])
            bands = sorted(_bounds(ar[1], c) for (c,) in cells)
            merged: list[Box] = []
            for lo, hi in bands:
                if merged and merged[-1].x1 == lo:
                    merged[-1] = Box(merged[-1].x0, hi, 0.0, None)
                else:
                    merged.append(Box(lo, hi, 0.0, None))
            if merged:
                regions.append((-len(cells), _region(regime, rule, tuple(merged))))
        x_cuts = _cuts(ar[1])
        y_cuts = ()
    if not regions:
        return None
    kinds = tuple(dict.fromkeys(k for rule in rules for k in _kinds_of(rule)))
    ordered = tuple(r for _, r in sorted(regions, key=lambda sr: sr[0]))
    return _Drawn(x_cuts, y_cuts, ordered, kinds)


def _cuts(axis: Axis) -> tuple[float, ...]:
    return tuple(
        sorted({c.low for c in axis.classes if c.low} | {c.high for c in axis.classes if c.high})
    )


def _region(regime: Regime, rule: Rule, boxes: tuple[Box, ...]) -> Region:
    href = regime_href(regime.jurisdiction, rule_version_anchor(rule))
    return Region(rule.id, rule.title, rule.outcome.value, href, boxes)


def _points(
    drawn: _Drawn, x: str, y: str, ratio: Ratio | None, items: Sequence[Product]
) -> tuple[Point, ...]:
    """The products with both figures, coincident ones under one label (A100 and A800 share
    TPP and density)."""
    px, py = (ratio.denominator, ratio.numerator) if ratio else (x, y)
    at: dict[tuple[float, float], list[str]] = {}
    for p in items:
        if drawn.kinds and not any(k.matches(p.kind) for k in drawn.kinds):
            continue
        if px in p.params and py in p.params:
            at.setdefault((p.params[px], p.params[py]), []).append(p.name)
    out = []
    for (vx, vy), names in sorted(at.items()):
        if ratio is not None:
            r = vy * ratio.factor / vx if vx else math.inf
            inside = tuple(
                reg.rule
                for reg in drawn.regions
                if any(b.x0 <= r and (b.x1 is None or r < b.x1) for b in reg.boxes)
            )
        else:
            inside = tuple(
                reg.rule for reg in drawn.regions if any(_inside(b, vx, vy) for b in reg.boxes)
            )
        out.append(Point(", ".join(sorted(names)), vx, vy, inside))
    return tuple(out)


def _plane_alt(
    j: str, title: str, x: str, y: str, drawn: _Drawn, points: Sequence[Point], ratio: Ratio | None
) -> str:
    name = v.country_name(j).split(" (")[0]
    parts = [f"Chart for {name}: {title}."]
    if ratio is None:
        parts.append(
            f"Across: {param_label(x)}; up: {param_label(y)}. Shaded rectangles are where each"
            " rule applies to an item with those figures."
        )
        if drawn.x_cuts:
            parts.append(
                f"Boundaries at {v.parameter(x).phrase} "
                f"{or_words([number_words(c) for c in drawn.x_cuts]).replace(' or ', ' and ')}"
            )
        if drawn.y_cuts:
            parts[-1] += (
                f" and {v.parameter(y).phrase} "
                f"{or_words([number_words(c) for c in drawn.y_cuts]).replace(' or ', ' and ')}."
            )
        elif drawn.x_cuts:
            parts[-1] += "."
    else:
        parts.append(
            f"Across: {param_label(ratio.denominator)}; up: {param_label(ratio.numerator)}."
            f" The rule reads their ratio, {v.parameter(ratio.param).phrase}, so its"
            " boundaries are lines through the origin at "
            f"{or_words([number_words(c) for c in drawn.x_cuts]).replace(' or ', ' and ')}"
            f" {v.parameter(ratio.param).unit}; shaded wedges are where each rule applies."
        )
    for reg in drawn.regions:
        inside = [p.name for p in points if reg.rule in p.inside]
        where = f": {', '.join(inside)} inside" if inside else ": no plotted product inside"
        parts.append(f"{reg.rule} ({reg.outcome.replace('_', ' ')}){where}.")
    outside = [p.name for p in points if not p.inside]
    if outside:
        parts.append(f"Outside every region: {', '.join(outside)}.")
    return " ".join(parts)


def _periods(world: World, regime: Regime) -> list[tuple[dt.date, dt.date | None]]:
    days = [d for d in regime.change_dates()]
    return [(d, days[i + 1] if i + 1 < len(days) else None) for i, d in enumerate(days)]


def plane_charts(world: World) -> tuple[PlaneChart, ...]:
    """Every threshold plane of every jurisdiction (see the module docstring), in page
    order, by pair of parameters and then date."""
    items = products(world)
    out: list[PlaneChart] = []
    for regime in sorted(world.regimes, key=lambda r: r.jurisdiction):
        j = regime.jurisdiction
        # (x, y, ratio) -> list of (start, end, drawn)
        runs: dict[tuple[str, str, str], list[tuple[dt.date, dt.date | None, _Drawn]]] = {}
        for start, end in _periods(world, regime):
            current = regime.as_of(start)
            planes: dict[tuple[str, str, Ratio | None], list[Rule]] = {}
            for rule in current.rules:
                for x, y in plane_pairs(rule):
                    planes.setdefault((x, y, None), []).append(rule)
                params = compared(rule.when)
                if len(params) == 1:
                    (only,) = params
                    ratio = ratio_of(only)
                    if ratio is not None:
                        plane = (ratio.denominator, ratio.numerator, ratio)
                        planes.setdefault(plane, []).append(rule)
            if not planes:
                continue
            law = _Law(world, j, start)
            for (x, y, ratio), rules in sorted(planes.items(), key=lambda kv: kv[0][:2]):
                drawn = _plane_on(law, regime, x, y, rules, ratio)
                if drawn is None:
                    continue
                run = runs.setdefault((x, y, ratio.param if ratio else ""), [])
                if run and run[-1][2] == drawn and run[-1][1] == start:
                    run[-1] = (run[-1][0], end, drawn)
                else:
                    run.append((start, end, drawn))
        for (x, y, rname), run in sorted(runs.items()):
            ratio = ratio_of(rname) if rname else None
            for start, end, drawn in run:
                out.append(_plane_chart(j, x, y, ratio, start, end, drawn, items))
    return tuple(out)


def _plane_chart(
    j: str,
    x: str,
    y: str,
    ratio: Ratio | None,
    start: dt.date,
    end: dt.date | None,
    drawn: _Drawn,
    items: Sequence[Product],
) -> PlaneChart:
    period = in_force_words(start, end)
    points = _points(drawn, x, y, ratio, items)
    if ratio is None:
        what = f"{v.parameter(x).phrase} and {v.parameter(y).phrase}"
        name = f"{j.lower()}-{_slug(x)}-{_slug(y)}-{start.isoformat()}.svg"
        xs = [*drawn.x_cuts, *(p.x for p in points)]
        ys = [*drawn.y_cuts, *(p.y for p in points)]
    else:
        what = v.parameter(ratio.param).phrase
        name = f"{j.lower()}-{_slug(ratio.param)}-{start.isoformat()}.svg"
        xs = [p.x for p in points] or [1.0, 1000.0]
        ys = [p.y for p in points] or [1.0, 1000.0]
    title = f"{what}, {period}"
    return PlaneChart(
        path=f"{CHARTS_DIR}/{name}",
        jurisdiction=j,
        title=title,
        what=what,
        period=period,
        start=start,
        end=end,
        x=x,
        y=y,
        x_cuts=drawn.x_cuts,
        y_cuts=drawn.y_cuts,
        regions=drawn.regions,
        points=points,
        log_x=_log(xs),
        log_y=_log(ys),
        ratio=ratio,
        alt=_plane_alt(j, title, x, y, drawn, points, ratio),
    )


# --------------------------------------------------------------------------- timelines


def _compares(condition: Condition, param: str) -> list[tuple[str, float]]:
    return [
        (a.op, float(a.value))
        for a in condition.atoms()
        if isinstance(a, Compare) and a.param == param
    ]


def timeline_charts(world: World, *, until: dt.date) -> tuple[TimelineChart, ...]:
    """For each parameter that some rule compares, its thresholds in force per jurisdiction
    over time; the last period drawn open-ended up to ``until``."""
    found: dict[str, dict[tuple[str, float], list[tuple[str, dt.date, dt.date | None, str]]]] = {}
    for regime in world.regimes:
        for rule in regime.rules:
            conditions = [rule.when, *(c.when for c in rule.carveouts)]
            for cond in conditions:
                for p in sorted(compared(cond)):
                    for op, value in _compares(cond, p):
                        start = rule.effective or dt.date(1900, 1, 1)
                        found.setdefault(p, {}).setdefault((regime.jurisdiction, value), []).append(
                            (op, start, rule.end, rule.id)
                        )
    out = []
    for p, by in sorted(found.items()):
        segments = []
        for (j, value), uses in sorted(by.items()):
            # overlapping or touching periods of one threshold are one segment
            uses.sort(key=lambda u: u[1])
            current: list[tuple[str, dt.date, dt.date | None, str]] = []
            for use in uses:
                if (
                    current
                    and (current_end := _end_of(current)) is not None
                    and use[1] > current_end
                ):
                    segments.append(_segment(j, value, current))
                    current = []
                current.append(use)
            if current:
                segments.append(_segment(j, value, current))
        segments.sort(key=lambda s: (s.jurisdiction, s.value, s.start))
        values = [s.value for s in segments]
        words = []
        for s in segments:
            words.append(
                f"{s.jurisdiction} {number_words(s.value)} {in_force_words(s.start, s.end)}"
                f" ({', '.join(s.rules)})"
            )
        title = f"Thresholds on {v.parameter(p).phrase} over time"
        alt = (
            f"Chart: {title}, one line per threshold, coloured by jurisdiction, from the date it"
            f" takes effect to the date it stops applying. " + "; ".join(words) + "."
        )
        out.append(
            TimelineChart(
                path=f"{CHARTS_DIR}/timeline-{_slug(p)}.svg",
                param=p,
                title=title,
                segments=tuple(segments),
                log_y=_log(values),
                until=until,
                alt=alt,
            )
        )
    return tuple(out)


def _end_of(uses: Sequence[tuple[str, dt.date, dt.date | None, str]]) -> dt.date | None:
    ends = [u[2] for u in uses]
    return None if any(e is None for e in ends) else max(e for e in ends if e is not None)


def _segment(
    j: str, value: float, uses: Sequence[tuple[str, dt.date, dt.date | None, str]]
) -> Segment:
    return Segment(
        jurisdiction=j,
        value=value,
        ops=tuple(sorted({u[0] for u in uses})),
        start=min(u[1] for u in uses),
        end=_end_of(uses),
        rules=tuple(sorted({u[3] for u in uses})),
    )

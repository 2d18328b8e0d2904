"""PL207, PL208 and PL209: dates as written, checked once per run (not per date): a
carve-out in force outside its rule's dates, overlapping dated entries of a list or group,
and days on which no version of a rule is in force."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable

from policy.analysis.checks.describe import consistency_finding
from policy.analysis.checks.registry import CheckContext, check
from policy.analysis.findings import Finding
from policy.model.rules import Rule


@check("PL207", "carveout-dates", per="run")
def carveout_dates(ctx: CheckContext) -> Iterable[Finding]:
    """A carve-out in force outside its rule's dates (before the rule, after it ends, or
    never while the rule is in force)."""
    out = []
    for regime in ctx.world.regimes:
        for rule in regime.rules:
            for c in rule.carveouts:
                starts_before = c.effective < rule.effective
                c_end = c.end or dt.date.max
                r_end = rule.end or dt.date.max
                ends_after = c_end > r_end
                disjoint = c.effective >= r_end or c_end <= rule.effective
                if not (starts_before or ends_after):
                    continue
                span = f"[{c.effective.isoformat()}, {_end(c.end)})"
                rspan = f"[{rule.effective.isoformat()}, {_end(rule.end)})"
                what = (
                    "is never in force while its rule is"
                    if disjoint
                    else "starts before its rule"
                    if starts_before
                    else "outlives its rule"
                )
                out.append(
                    consistency_finding(
                        "PL207",
                        f"carve-out dates: {rule.id} carve-out {c.id} {span} {what} {rspan}",
                        jurisdiction=regime.jurisdiction,
                        rules=[rule],
                        severity="error" if disjoint else "warning",
                        key=f"{rule.key}:{c.id}",
                    )
                )
    return out


def _end(d: dt.date | None) -> str:
    return d.isoformat() if d else "open"


@check("PL208", "overlapping-dates", per="run")
def overlapping_dates(ctx: CheckContext) -> Iterable[Finding]:
    """Two dated entries for the same party on one list, or the same country in one group,
    overlap in time (a duplicate, or an amendment that forgot to end the old entry)."""
    out = []
    for regime in ctx.world.regimes:
        entries: list[tuple[str, str, dt.date | None, dt.date | None]] = []
        for li in regime.lists:
            entries += [(f"list {li.id}", e.party, e.start, e.end) for e in li.listings]
        for g in regime.groups:
            entries += [(f"group {g.id}", m.country, m.start, m.end) for m in g.members]
        by: dict[tuple[str, str], list[tuple[dt.date | None, dt.date | None]]] = {}
        for where, who, s, e in entries:
            by.setdefault((where, who), []).append((s, e))
        for (where, who), spans in sorted(by.items()):
            spans.sort(key=lambda se: se[0] or dt.date.min)
            for (s1, e1), (s2, e2) in itertools.pairwise(spans):
                if (e1 or dt.date.max) > (s2 or dt.date.min):
                    out.append(
                        consistency_finding(
                            "PL208",
                            f"overlapping dates: {where} has {who} twice at once:"
                            f" [{_start(s1)}, {_end(e1)}) and [{_start(s2)}, {_end(e2)})",
                            jurisdiction=regime.jurisdiction,
                            severity="warning",
                            key=f"{where}:{who}:{_start(s2)}",
                        )
                    )
    return out


def _start(d: dt.date | None) -> str:
    return d.isoformat() if d else "open"


@check("PL209", "version-gap", per="run")
def version_gaps(ctx: CheckContext) -> Iterable[Finding]:
    """Consecutive versions of a rule leave days on which no version is in force."""
    out = []
    for regime in ctx.world.regimes:
        by: dict[str, list[Rule]] = {}
        for r in regime.rules:
            by.setdefault(r.id, []).append(r)
        for rid, versions in sorted(by.items()):
            versions.sort(key=lambda r: r.effective)
            for a, b in itertools.pairwise(versions):
                if a.end is not None and a.end < b.effective:
                    out.append(
                        consistency_finding(
                            "PL209",
                            f"gap between versions: {rid} lapses from {a.end.isoformat()} to"
                            f" {b.effective.isoformat()} (no version in force)",
                            jurisdiction=regime.jurisdiction,
                            rules=[b],
                            severity="warning",
                            key=f"{rid}@{a.end.isoformat()}",
                        )
                    )
    return out

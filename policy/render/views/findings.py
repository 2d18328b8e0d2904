"""The findings page: what ``policy check`` reports, by category (loopholes first), each
finding with its rules linked to their pages and its witness transactions in words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from policy.analysis.findings import Finding, Report
from policy.model.world import World
from policy.render.views.links import regime_href, regimes_in_page_order, rule_anchor
from policy.render.views.transactions import TransactionView, transaction_view
from policy.render.views.words import date_words

#: The evasion moves of DESIGN.md in words; a user's own move shows its name.
MOVES: Mapping[str, str] = {
    "supplier_substitution": "buy the same capability from a jurisdiction that does not control it",
    "transshipment": "ship the item through a third country",
    "de_minimis_dilution": "dilute the controlled content below the de minimis share",
    "foreign_manufacture": "make the item abroad without the controlling jurisdiction's"
    " technology or tools",
    "affiliate": "sell to an unlisted affiliate of a listed end user",
    "remote_access": "use the item remotely instead of exporting it",
    "pre_effective_order": "ship before the rule takes effect",
    "design_under_threshold": "design the item just under a threshold",
}

#: The categories in the order the page shows them, with their headings; a category a
#: user's own check adds comes after these, headed by its name.
CATEGORY_TITLES: Mapping[str, str] = {
    "loophole": "Loopholes between jurisdictions",
    "consistency": "Consistency of each regime",
    "validation": "Validation",
}


@dataclass(frozen=True)
class RuleRefView:
    """A rule a finding names: a link to its page (empty if no regime defines it) and the
    file and line it is defined at."""

    id: str
    href: str
    location: str


@dataclass(frozen=True)
class FindingView:
    code: str
    category: str
    severity: str
    move: str
    move_words: str
    message: str
    jurisdictions: str
    rules: tuple[RuleRefView, ...]
    denied: TransactionView | None
    witness: tuple[TransactionView, ...]
    path: tuple[str, ...]
    baselined: bool


@dataclass(frozen=True)
class CategoryView:
    """A section of the page; ``name`` is its anchor."""

    name: str
    title: str
    findings: tuple[FindingView, ...]


@dataclass(frozen=True)
class ReportView:
    """The whole page; ``checks`` says what was checked, ``cells`` how many distinct cases
    the exact checks covered (the page leaves the count out when it is 0)."""

    as_of: str
    cells: int
    categories: tuple[CategoryView, ...]
    total: int
    checks: str


def rule_hrefs(world: World) -> dict[str, str]:
    """Rule id -> the link to the rule; an id two regimes use links to the first by code."""
    hrefs: dict[str, str] = {}
    for regime in regimes_in_page_order(world):
        for r in regime.rules:
            hrefs.setdefault(r.id, regime_href(regime.jurisdiction, rule_anchor(r.id)))
    return hrefs


def finding_view(
    f: Finding, world: World, *, hrefs: Mapping[str, str] | None = None
) -> FindingView:
    """``f`` in words; ``hrefs`` is :func:`rule_hrefs` of ``world``, when the caller has it
    (a report links many findings to the same rules)."""
    if hrefs is None:
        hrefs = rule_hrefs(world)
    return FindingView(
        code=f.code,
        category=f.category,
        severity=f.severity,
        move=f.move.replace("_", " ") if f.move else "",
        move_words=MOVES.get(f.move, "") if f.move else "",
        message=f.message,
        jurisdictions=", ".join(f.jurisdictions),
        rules=tuple(
            RuleRefView(r.id, hrefs.get(r.id, ""), f"{r.file}:{r.line}" if r.file else "")
            for r in f.rules
        ),
        denied=transaction_view(f.denied, world) if f.denied else None,
        witness=tuple(transaction_view(w, world) for w in f.witness),
        path=tuple(step.replace("_", " ") for step in f.path),
        baselined=f.baselined,
    )


def report_view(report: Report, world: World, *, checks: str) -> ReportView:
    """The report by category (loopholes first), each sorted as ``policy check`` sorts."""
    findings = sorted(report.findings, key=Finding.sort_key)
    hrefs = rule_hrefs(world)
    order = [*CATEGORY_TITLES, *sorted({f.category for f in findings} - set(CATEGORY_TITLES))]
    categories = tuple(
        CategoryView(
            name,
            CATEGORY_TITLES.get(name, name.capitalize()),
            tuple(finding_view(f, world, hrefs=hrefs) for f in findings if f.category == name),
        )
        for name in order
        if any(f.category == name for f in findings)
    )
    return ReportView(
        as_of=date_words(dt.date.fromisoformat(report.as_of)),
        cells=report.cells,
        categories=categories,
        total=len(findings),
        checks=checks,
    )

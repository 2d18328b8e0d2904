"""The front page: the jurisdictions with their rule counts, the other pages, how to read a
rule, and the modelling caveats in numbers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from policy.model.world import World
from policy.render.views.regime import RegimeView
from policy.render.views.words import OUTCOMES, OutcomeView, date_words


@dataclass(frozen=True)
class PageLink:
    title: str
    href: str
    blurb: str


#: The pages that are not jurisdictions, as the front page lists them.
PAGES: tuple[PageLink, ...] = (
    PageLink(
        "Who controls what",
        "matrix.md",
        "a matrix of item kinds by jurisdiction, for China and other destinations,"
        " decided by the engine",
    ),
    PageLink("Timeline", "timeline.md", "every date on which a rule or listing changes"),
    PageLink(
        "Vocabulary",
        "vocabulary.md",
        "item kinds, parameters and units, country groups, party lists and parties",
    ),
    PageLink("Findings", "findings.md", "what the consistency and loophole checks report"),
)


@dataclass(frozen=True)
class IndexView:
    """The front page; the counts add up every jurisdiction's (so the reader sees how much
    is modelled and how much of it is simplified)."""

    regimes: tuple[RegimeView, ...]
    pages: tuple[PageLink, ...]
    outcomes: tuple[OutcomeView, ...]
    rule_count: int
    example_count: int
    simplification_count: int
    assumption_count: int
    first: str
    last: str


def index_view(world: World, regimes: Sequence[RegimeView]) -> IndexView:
    """The front page of ``world``, whose jurisdiction pages are ``regimes`` (built once by
    the caller, which renders them too)."""
    dates = world.change_dates()
    return IndexView(
        regimes=tuple(regimes),
        pages=PAGES,
        # "Not reached" is not a rule's outcome: the legend of rule outcomes leaves it out.
        outcomes=tuple(o for o in OUTCOMES if o.value != "not_applicable"),
        rule_count=sum(len(r.rules) for r in regimes),
        example_count=sum(len(r.examples) + sum(len(x.examples) for x in r.rules) for r in regimes),
        simplification_count=sum(r.simplifications for r in regimes),
        assumption_count=sum(len(r.assumptions) for r in regimes),
        first=date_words(dates[0]) if dates else "",
        last=date_words(dates[-1]) if dates else "",
    )

"""The timeline page: every date on which a rule, an exception, a way of reaching a
transaction, a group membership or a listing starts or stops applying."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from policy.model import vocabulary as v
from policy.model.regimes import Regime
from policy.model.world import World
from policy.render.views.links import (
    group_anchor,
    list_anchor,
    nexus_anchor,
    regime_href,
    regimes_in_page_order,
    rule_version_anchor,
    vocabulary_href,
)
from policy.render.views.words import date_words


@dataclass(frozen=True)
class EventView:
    """Something that starts or stops on a day: ``text`` says what ("rule X takes effect"),
    ``title`` and ``href`` name and link the thing itself."""

    jurisdiction: str
    text: str
    title: str
    href: str


@dataclass(frozen=True)
class DayView:
    """A day with changes; its anchor on the page is ``d-`` and ``iso`` (``d-2023-11-17``)."""

    date: str
    iso: str
    events: tuple[EventView, ...]


@dataclass(frozen=True)
class YearView:
    """A year of the timeline: the page's second-level headings, so that the site's table of
    contents lists years rather than every day."""

    year: int
    days: tuple[DayView, ...]


#: Within a day, the order in which each jurisdiction's changes are read.
_RULE, _EXCEPTION, _REACH, _GROUP, _LIST = range(5)

#: One dated entry of a regime: (reading order, (start, end), (what its start is called,
#: what its end is called), the entry's title, a link to it). ``end`` is the first day the
#: entry no longer applies; either date may be missing.
_Entry = tuple[int, tuple[dt.date | None, dt.date | None], tuple[str, str], str, str]


def _takes_effect(subject: str) -> tuple[str, str]:
    return f"{subject} takes effect", f"{subject} stops applying"


def _entries(regime: Regime) -> Iterable[_Entry]:
    j = regime.jurisdiction
    for r in regime.rules:
        href = regime_href(j, rule_version_anchor(r))
        yield _RULE, (r.effective, r.end), _takes_effect(f"rule {r.id}"), r.title, href
        for cv in r.carveouts:
            subject = f"exception {cv.id} to rule {r.id}"
            yield _EXCEPTION, (cv.effective, cv.end), _takes_effect(subject), cv.title, href
    for n in regime.reach:
        words = ("the law starts to reach", "the law no longer reaches")
        yield _REACH, (n.effective, n.end), words, n.title, regime_href(j, nexus_anchor(n))
    for g in regime.groups:
        href = vocabulary_href(group_anchor(j, g.id))
        for mb in g.members:
            name = v.country_name(mb.country)
            yield _GROUP, (mb.start, mb.end), (f"{name} joins", f"{name} leaves"), g.name, href
    for li in regime.lists:
        href = vocabulary_href(list_anchor(j, li.id))
        for e in li.listings:
            tags = f" (marked {', '.join(e.tags)})" if e.tags else ""
            words = (f"{e.party} is listed{tags} on", f"{e.party} is removed{tags} from")
            yield _LIST, (e.start, e.end), words, li.name, href


def _events(world: World) -> Iterable[tuple[dt.date, int, EventView]]:
    """(date, order, event) for everything dated in the world: an entry's start and its
    end, where it has them."""
    for regime in regimes_in_page_order(world):
        for order, (start, end), (starts, ends), title, href in _entries(regime):
            if start is not None:
                yield start, order, EventView(regime.jurisdiction, starts, title, href)
            if end is not None:
                yield end, order, EventView(regime.jurisdiction, ends, title, href)


def timeline_view(world: World) -> tuple[YearView, ...]:
    """Every dated change, by year and day; within a day by jurisdiction, then rules,
    exceptions, reach, groups and lists."""
    by_day: dict[dt.date, list[tuple[int, EventView]]] = {}
    for day, order, event in _events(world):
        by_day.setdefault(day, []).append((order, event))
    days = [
        DayView(
            date_words(day),
            day.isoformat(),
            tuple(
                e
                for _, e in sorted(
                    events, key=lambda oe: (oe[1].jurisdiction, oe[0], oe[1].text, oe[1].title)
                )
            ),
        )
        for day, events in sorted(by_day.items())
    ]
    years: dict[int, list[DayView]] = {}
    for d in days:
        years.setdefault(int(d.iso[:4]), []).append(d)
    return tuple(YearView(y, tuple(ds)) for y, ds in sorted(years.items()))

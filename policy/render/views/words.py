"""The small pieces every page is written with: dates in words, lists joined with "or",
linked phrases and clauses, outcomes and legal sources.

Dates are written "17 November 2023" by hand rather than with ``strftime``: that is
unambiguous for readers in every country, and locale-free, so the output is byte-identical
on every machine.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from policy.model.decisions import Outcome
from policy.model.rules import Source

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def date_words(day: dt.date) -> str:
    """``17 November 2023``."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def in_force_words(start: dt.date | None, end: dt.date | None) -> str:
    """The period of a dated entry in words; ``end`` is the first day it no longer applies,
    so the last day shown is the day before."""
    if start is None and end is None:
        return "always"
    if end is None:
        assert start is not None
        return f"from {date_words(start)}"
    last = date_words(end - dt.timedelta(days=1))
    if start is None:
        return f"until {last}"
    return f"from {date_words(start)} to {last}"


def or_words(items: Sequence[str]) -> str:
    """``a, b or c``."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " or " + items[-1]


@dataclass(frozen=True)
class Segment:
    """A piece of a sentence: text, and a link target when it links somewhere."""

    text: str
    href: str = ""


#: A sentence or part of one, as segments (the templates write each as text or a link).
Phrase = tuple[Segment, ...]


def join_or(parts: Sequence[Phrase]) -> Phrase:
    """The segments of ``a, b or c``: :func:`or_words` for linked phrases."""
    out: list[Segment] = []
    for i, p in enumerate(parts):
        if i:
            out.append(Segment(" or " if i == len(parts) - 1 else ", "))
        out.extend(p)
    return tuple(out)


@dataclass(frozen=True)
class Clause:
    """A condition in words: a phrase, or all / any of several clauses."""

    join: Literal["phrase", "all", "any"]
    phrase: Phrase = ()
    parts: tuple[Clause, ...] = ()

    @property
    def text(self) -> str:
        """The clause as one plain line (for search and short summaries)."""
        if self.join == "phrase":
            return "".join(s.text for s in self.phrase)
        word = " and " if self.join == "all" else " or "
        return word.join(
            f"({p.text})" if p.join != "phrase" and len(p.parts) > 1 else p.text for p in self.parts
        )


@dataclass(frozen=True)
class OutcomeView:
    """An outcome: ``value`` is the contract string (also the badge's CSS class)."""

    value: str
    label: str
    sentence: str


#: An outcome as a badge or table heading.
OUTCOME_LABELS: dict[Outcome, str] = {
    Outcome.NOT_APPLICABLE: "Not reached",
    Outcome.NO_LICENSE_REQUIRED: "No licence required",
    Outcome.LICENSE_REQUIRED: "Licence required",
    Outcome.PROHIBITED: "Prohibited",
}
#: An outcome as the sentence a legend explains it with.
OUTCOME_SENTENCES: dict[Outcome, str] = {
    Outcome.NOT_APPLICABLE: "This law does not reach the transaction.",
    Outcome.NO_LICENSE_REQUIRED: "No licence is required.",
    Outcome.LICENSE_REQUIRED: "A licence is required.",
    Outcome.PROHIBITED: "The transaction is prohibited.",
}


def outcome_view(outcome: Outcome) -> OutcomeView:
    return OutcomeView(outcome.value, OUTCOME_LABELS[outcome], OUTCOME_SENTENCES[outcome])


#: Every outcome, least restrictive first: the order of the legends.
OUTCOMES: tuple[OutcomeView, ...] = tuple(
    outcome_view(o) for o in sorted(Outcome, key=lambda o: o.rank)
)


@dataclass(frozen=True)
class SourceView:
    """A legal source: its citation, and a link when the model records one."""

    citation: str
    url: str


def source_view(source: Source) -> SourceView:
    return SourceView(source.cite(), source.url or "")


def is_not_modelled(verdict: object) -> bool:
    """Whether a verdict says its regime does not model the item or route at all (rather
    than deciding that it is not controlled). The one place the docs read that mark: a
    verdict flag ``not_modelled``, or an outcome of that name, whichever the model gives."""
    if getattr(verdict, "not_modelled", False) is True:
        return True
    outcome = getattr(verdict, "outcome", None)
    return getattr(outcome, "value", outcome) == "not_modelled"

"""How the regime modules write their law: ``rule(id, title, when, ...)`` and
``nexus(id, title, when, ...)``.

Every rule has an id, a title and a condition, so they come first and unnamed; the rest
(dates, source, review, carve-outs, examples) is named. A regime states what its rules
share once, with :func:`functools.partial` (``ear_rule = partial(rule, nexus=ITEM_NEXUS,
review="presumption of denial")``), and each rule then says only what is its own.

A rule records where it is written (file and line) so that findings point at it. The model
finds that line by walking the stack out of ``policy.model``; :func:`rule` is a frame of
its own, so it looks one frame up itself and passes the caller's line. ``partial`` adds no
frame, so a rule written with a regime's partial records the line of that call too. For the
same reason the module sets ``__tracebackhide__``: an error in a rule's arguments is
reported at the argument in the caller's file (:mod:`policy.loading.locate`), not here.
"""

from __future__ import annotations

import datetime as dt
import sys

from policy.model.conditions import Condition
from policy.model.decisions import Outcome
from policy.model.rules import Carveout, Example, Location, Nexus, Rule, Source, relative_path

#: An error raised while building a rule is the caller's mistake: tracebacks (pytest's, and
#: the located errors of ``policy check``) skip this module's frames and point at the call.
__tracebackhide__ = True


def rule(
    id: str,
    title: str,
    when: Condition,
    *,
    effective: dt.date,
    source: Source,
    end: dt.date | None = None,
    outcome: Outcome = Outcome.LICENSE_REQUIRED,
    review: str | None = None,
    nexus: tuple[str, ...] = (),
    carveouts: tuple[Carveout, ...] = (),
    simplification: str | None = None,
    note: str | None = None,
    examples: tuple[Example, ...] = (),
    route_only: bool = False,
) -> Rule:
    """A :class:`~policy.model.rules.Rule` (the fields mean what they mean there) that
    records the line calling this function as where it is defined."""
    caller = sys._getframe(1)
    where = Location(file=relative_path(caller.f_code.co_filename), line=caller.f_lineno)
    return Rule.model_validate(
        {
            "id": id,
            "title": title,
            "when": when,
            "outcome": outcome,
            "review": review,
            "carveouts": carveouts,
            "source": source,
            "nexus": nexus,
            "examples": examples,
            "simplification": simplification,
            "note": note,
            "route_only": route_only,
            "effective": effective,
            "end": end,
            "defined_at": where,
        }
    )


def nexus(
    id: str,
    title: str,
    when: Condition,
    *,
    source: Source,
    effective: dt.date,
    end: dt.date | None = None,
    note: str | None = None,
) -> Nexus:
    """A :class:`~policy.model.rules.Nexus`, written like :func:`rule`."""
    return Nexus(
        id=id, title=title, when=when, effective=effective, end=end, source=source, note=note
    )

"""Rules, carve-outs, reach (nexus), sources and examples.

A rule says: when its ``when`` condition holds for a transaction that the regime reaches, on
a date within ``[effective, end)``, the outcome is ``outcome`` (with a review policy), unless
a carve-out (a licence exception) applies. A rule records where it was written (file and
line) so that findings, SARIF and annotations can point at it.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator
from pydantic.json_schema import SkipJsonSchema

from policy.model._types import Identifier, ISODate, Text
from policy.model.conditions import Condition
from policy.model.decisions import Outcome
from policy.model.transactions import Transaction


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)


class Source(_Frozen):
    """The legal source of a rule: the document (``87 FR 62186``) and the section
    (``15 CFR 742.6(a)(6); ECCN 3A090``), with a public URL where one exists."""

    document: Annotated[str, Field(min_length=1, max_length=2000)]
    section: Annotated[str, Field(max_length=2000)] = ""
    url: Annotated[str, Field(max_length=2000, pattern=r"^https?://")] | None = None

    def cite(self) -> str:
        return f"{self.document}, {self.section}" if self.section else self.document


class Location(_Frozen):
    """Where a rule was defined: a path (relative to the project where possible) and a
    1-based line."""

    file: Annotated[str, Field(max_length=4000)]
    line: Annotated[int, Field(ge=0)] = 0


_MODEL_DIR = str(Path(__file__).resolve().parent)
_PACKAGE_PARENT = str(Path(__file__).resolve().parent.parent.parent)


def relative_path(filename: str) -> str:
    """Paths inside the installed ``policy`` package are given from its parent
    (``policy/regimes/us.py``); others from the working directory when below it."""
    path = os.path.abspath(filename)
    for base in (_PACKAGE_PARENT, os.getcwd()):
        if path.startswith(base + os.sep):
            return Path(os.path.relpath(path, base)).as_posix()
    return Path(path).as_posix()


def caller_location() -> Location | None:
    """The first stack frame outside policy.model and pydantic: where a rule was written."""
    frame = sys._getframe(1)
    while frame is not None:
        filename = frame.f_code.co_filename
        if not (
            filename.startswith(_MODEL_DIR)
            or f"{os.sep}pydantic" in filename
            or filename.startswith("<")
        ):
            return Location(file=relative_path(filename), line=frame.f_lineno)
        frame = frame.f_back  # type: ignore[assignment]
    return None


class Example(_Frozen):
    """A worked case, ideally from public reporting, that runs as a test.

    ``outcome`` is what the regime that carries the example decides. For an example on a
    rule, ``fires`` says whether that rule applies; it defaults to whether ``outcome`` is
    restrictive (so a boundary example just under a threshold says ``no_license_required``
    and the rule must not fire).
    """

    title: Annotated[str, Field(min_length=1, max_length=2000)]
    transaction: Transaction
    outcome: Outcome
    fires: bool | None = None
    source: Text | None = None
    note: Text | None = None
    #: Where the example is written, so that PL002 points at the failing case rather than
    #: at its rule. Dumped like a rule's, so that a world written out and read back (in any
    #: order) still points at the same line; not part of the published schema.
    defined_at: SkipJsonSchema[Location | None] = Field(default_factory=caller_location)

    def _law(self) -> tuple[object, ...]:
        return (self.title, self.transaction, self.outcome, self.fires, self.source, self.note)

    def __eq__(self, other: object) -> bool:
        # where it is written is not what it says: an example read back from JSON (which
        # does not carry the place) equals the one written in Python
        if not isinstance(other, Example):
            return NotImplemented
        return self._law() == other._law()

    def __hash__(self) -> int:
        return hash(self._law())

    def expects_fire(self) -> bool:
        return self.outcome.restrictive if self.fires is None else self.fires


class _DatedLaw(_Frozen):
    effective: ISODate
    end: ISODate | None = None

    @field_validator("end")
    @classmethod
    def _dates_ordered(cls, end: dt.date | None, info: ValidationInfo) -> dt.date | None:
        # a field validator, so that the error is at ``end`` (the argument to fix)
        effective = info.data.get("effective")
        if end is not None and effective is not None and end <= effective:
            raise ValueError(f"{end.isoformat()} must be after effective {effective.isoformat()}")
        return end

    def active(self, on: dt.date) -> bool:
        return self.effective <= on and (self.end is None or on < self.end)


class Carveout(_DatedLaw):
    """A licence exception or general licence. When the rule applies and ``when`` holds, the
    outcome becomes ``outcome``: ``no_license_required`` for an exception the exporter may
    use without asking, ``license_required`` for one that needs notification and clearance
    (then the carve-out is named as available but the outcome stays)."""

    id: Identifier
    title: Text
    when: Condition
    outcome: Outcome = Outcome.NO_LICENSE_REQUIRED
    source: Source
    note: Text | None = None


class Nexus(_DatedLaw):
    """One way a regime's law reaches a transaction (exports from its territory, re-exports
    of its-origin items, de minimis content, foreign direct products, its persons)."""

    id: Identifier
    title: Text
    when: Condition
    source: Source
    note: Text | None = None


class Rule(_DatedLaw):
    """One dated version of a legal requirement.

    Several versions may share an ``id`` (an amendment is a new version whose ``effective``
    is the old one's ``end``); versions of one id must not overlap in time.
    ``nexus`` restricts the rule to transactions reached by one of those nexus ids (the EAR
    licence requirements bind items subject to the EAR, not every act of a US person);
    empty means any nexus. ``simplification`` states, in one sentence, where the model is
    simpler than the law. ``route_only`` marks a rule that controls a route rather than an
    item kind (an end-use or end-user rule).
    """

    id: Identifier
    title: Annotated[str, Field(min_length=1, max_length=2000)]
    when: Condition
    outcome: Outcome = Outcome.LICENSE_REQUIRED
    review: Annotated[str, Field(max_length=500)] | None = None
    carveouts: tuple[Carveout, ...] = ()
    source: Source
    nexus: tuple[Identifier, ...] = ()
    examples: tuple[Example, ...] = ()
    simplification: Text | None = None
    note: Text | None = None
    #: The rule controls a route (an end use, an end user, a service), not the item kinds it
    #: names as such: it does not make those kinds *modelled* (see ``Regime.models``), so a
    #: regime may carry an end-use rule on "sme" while declaring that it does not model
    #: the equipment's own list entries.
    route_only: bool = False
    defined_at: Location | None = Field(default_factory=caller_location)

    @model_validator(mode="after")
    def _outcome_is_law(self) -> Rule:
        if self.outcome is Outcome.NOT_APPLICABLE:
            raise ValueError(
                "a rule's outcome cannot be not_applicable (that is what reach is for)"
            )
        seen: set[str] = set()
        for c in self.carveouts:
            if c.id in seen:
                raise ValueError(f"carve-out id {c.id!r} appears twice")
            seen.add(c.id)
            if c.outcome.rank > self.outcome.rank or c.outcome is Outcome.NOT_APPLICABLE:
                raise ValueError(
                    f"carve-out {c.id}: outcome {c.outcome.value} is more restrictive than the"
                    f" rule's {self.outcome.value}"
                )
        # a canonical order, so that the order written changes no output (see Regime)
        object.__setattr__(
            self, "carveouts", tuple(sorted(self.carveouts, key=lambda c: (c.id, c.effective)))
        )
        return self

    @property
    def key(self) -> str:
        """The id and the first day of this version: unique within a regime."""
        return f"{self.id}@{self.effective.isoformat()}"

    def amended(self, on: dt.date, **changes: Any) -> tuple[Rule, Rule]:
        """Split this rule at ``on``: the old version now ends on ``on`` and a new version
        with ``changes`` starts on ``on`` (keeping this rule's id unless changed)."""
        old = self.model_copy(update={"end": on})
        new = Rule.model_validate(
            {**self.model_dump(exclude={"defined_at"}), "effective": on, "end": self.end, **changes}
        )
        return old, new

    def carveouts_on(self, on: dt.date) -> tuple[Carveout, ...]:
        return tuple(c for c in self.carveouts if c.active(on))

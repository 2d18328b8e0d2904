"""Outcomes, verdicts and decisions (the decision JSON contract of DESIGN.md)."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    GetJsonSchemaHandler,
    SerializerFunctionWrapHandler,
    model_serializer,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema


def _fields_schema(core_schema: CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
    """The JSON Schema of a model's fields, also in serialization mode: the lean serializer
    only leaves out a false or empty ``not_modelled``, which the schema allows as optional."""
    plain = {k: x for k, x in core_schema.items() if k != "serialization"}
    return handler(plain)  # type: ignore[arg-type]


class Outcome(StrEnum):
    """What the law says about a transaction, ordered by restrictiveness.

    ``not_applicable`` means the regime does not reach the transaction at all; the others are
    ``no_license_required < license_required < prohibited``.
    """

    NOT_APPLICABLE = "not_applicable"
    NO_LICENSE_REQUIRED = "no_license_required"
    LICENSE_REQUIRED = "license_required"
    PROHIBITED = "prohibited"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @property
    def restrictive(self) -> bool:
        """True for outcomes that stop a transaction without a government's say-so."""
        return self.rank >= _RANK[Outcome.LICENSE_REQUIRED]

    def __str__(self) -> str:
        return self.value

    @property
    def words(self) -> str:
        return _WORDS[self]


_RANK = {
    Outcome.NOT_APPLICABLE: 0,
    Outcome.NO_LICENSE_REQUIRED: 1,
    Outcome.LICENSE_REQUIRED: 2,
    Outcome.PROHIBITED: 3,
}
_WORDS = {
    Outcome.NOT_APPLICABLE: "not reached by this law",
    Outcome.NO_LICENSE_REQUIRED: "no licence required",
    Outcome.LICENSE_REQUIRED: "licence required",
    Outcome.PROHIBITED: "prohibited",
}


def most_restrictive(outcomes: list[Outcome]) -> Outcome:
    return max(outcomes, key=lambda o: o.rank, default=Outcome.NOT_APPLICABLE)


class OpenFact(BaseModel):
    """A fact the transaction does not state that would change a verdict: were ``fact``
    stated as ``if_`` (JSON ``if``), the verdict's outcome would be ``outcome``.

    ``fact`` is the field path (``item.flags.datacenter``, ``item.params.tpp``,
    ``end_user``); ``if_`` is ``true`` for a flag, an end use, a technology or a person
    that would be named, a range (``">= 4800"``, ``"> 1600 and < 4800"``) for a number,
    and the value (``"SMIC"``, ``"one of CN, MO"``) for a name or a country.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    fact: str
    if_: bool | str = Field(alias="if")
    outcome: Outcome


class Verdict(BaseModel):
    """One jurisdiction's answer: whether and how its law reaches the transaction, the
    outcome, the rules (most restrictive first) and carve-outs that decided it, a trace
    of the values compared, and the open facts: the facts the transaction leaves out that
    would change the outcome (:mod:`policy.engine.open_facts`; the outcome itself reads
    them in the documented way: a flag not given is not set, a number not given meets no
    threshold). A verdict without open facts leaves the member out of its JSON."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    reached: bool
    nexus: list[str] = Field(default_factory=list)
    outcome: Outcome
    review: str | None = None
    rules: list[str] = Field(default_factory=list)
    carveouts: list[str] = Field(default_factory=list)
    trace: list[str] = Field(default_factory=list)
    #: The regime reaches the transaction, does not model its item kind or route (see
    #: ``Regime.models``) and no rule requires a licence: ``no_license_required`` then means
    #: only that no modelled rule controls it, not that the law asks nothing. Never set on a
    #: restrictive verdict (a route rule that applies is an answer). Written in JSON only
    #: when true.
    not_modelled: bool = False
    open_facts: list[OpenFact] = Field(default_factory=list)

    @model_serializer(mode="wrap")
    def _lean(self, handler: SerializerFunctionWrapHandler) -> Any:
        data = handler(self)
        if isinstance(data, dict):
            if not data.get("not_modelled", True):
                del data["not_modelled"]
            if not data.get("open_facts", True):
                del data["open_facts"]
        return data

    def to_json_dict(self) -> dict[str, object]:
        """The verdict as JSON data (``not_modelled`` only when true, ``open_facts`` only
        when there are some)."""
        data: dict[str, object] = self.model_dump(mode="json", by_alias=True)
        return data

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return _fields_schema(core_schema, handler)

    @property
    def words(self) -> str:
        """The outcome in words, saying "not modelled" where no modelled rule applies to a
        kind or route the regime does not model."""
        if self.not_modelled and self.outcome is Outcome.NO_LICENSE_REQUIRED:
            return "not modelled (no modelled rule applies; the regime's model does not cover it)"
        return self.outcome.words


class Decision(BaseModel):
    """The verdict of every jurisdiction in the world and the overall outcome: the most
    restrictive verdict among the jurisdictions that reach the transaction
    (``no_license_required`` when none does: no modelled law asks anything of it).

    ``not_modelled`` names the jurisdictions that reach the transaction without modelling
    it and give no licence requirement (:func:`not_modelled_by`): their answer is unknown,
    so an overall ``no_license_required`` with a non-empty ``not_modelled`` means "no
    licence required as far as the law is modelled", and the text output says so. The
    overall outcome itself stays the most restrictive modelled answer (a licence required
    elsewhere is still required). Written in JSON only when not empty."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str | int | None = None
    overall: Outcome
    verdicts: dict[str, Verdict]
    not_modelled: list[str] = Field(default_factory=list)

    @model_serializer(mode="wrap")
    def _lean(self, handler: SerializerFunctionWrapHandler) -> Any:
        data = handler(self)
        if isinstance(data, dict) and not data.get("not_modelled", True):
            del data["not_modelled"]
        return data

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return _fields_schema(core_schema, handler)

    def to_json_dict(self) -> dict[str, object]:
        data: dict[str, object] = {"overall": self.overall.value}
        if self.id is not None:
            data = {"id": self.id, **data}
        data["verdicts"] = {j: v.to_json_dict() for j, v in self.verdicts.items()}
        if self.not_modelled:
            data["not_modelled"] = list(self.not_modelled)
        return data

    @property
    def open(self) -> bool:
        """Whether some verdict has open facts."""
        return any(v.open_facts for v in self.verdicts.values())


def not_modelled_by(verdicts: dict[str, Verdict]) -> list[str]:
    """The jurisdictions whose verdict reaches the transaction, is not modelled, and
    requires no licence (their answer is unknown), sorted."""
    return sorted(
        j
        for j, vd in verdicts.items()
        if vd.not_modelled and vd.reached and not vd.outcome.restrictive
    )

"""The transaction: what moves, from where, to whom, when, and how (DESIGN.md contract).

Only ``date``, ``exporter``, ``destination`` and ``item.kind`` are required. Unknown fields,
countries, kinds, parameters, flags and end uses are errors, never silently ignored.
"""

from __future__ import annotations

from typing import Annotated, Any, NamedTuple

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field

from policy.model._types import (
    MAX_PERCENT,
    ChannelName,
    Country,
    EndUseName,
    FlagName,
    ISODate,
    Jurisdiction,
    KindName,
    Magnitude,
    ParamName,
    Percent,
    sorted_unique,
)


class InputLimits(NamedTuple):
    """The bounds of a transaction's free fields: the length in characters of an ``id``
    given as text, of a name (the item's, an end user's, a party named as end user or
    owner) and of a classification code, and the largest percentage (content and
    ownership shares)."""

    id_length: int
    name_length: int
    code_length: int
    percent: int


#: The one table of input limits. The model's fields below are declared with it, and the
#: fast readers of ``policy screen`` (:mod:`policy.engine.compiled.records` and
#: :mod:`~policy.engine.compiled.columns`) read it, so what they take and what the model
#: accepts cannot drift apart.
LIMITS = InputLimits(id_length=200, name_length=500, code_length=100, percent=MAX_PERCENT)


#: The parties a transaction may name beside its end user, by field path, and what each is
#: (the vocabulary page lists them from here).
PARTY_FIELDS = {
    "item.producer": "the company that made or designed the item, by name; a letter"
    " addressed to one company (an is-informed letter) reaches only its products",
    "consignee": "the party that receives the item when it is not the end user: name,"
    " country, headquarters (defaults to its country) and owners; conditions read its"
    " headquarters and its ultimate parent's",
    "exporter_party": "the company that exports the item: name and headquarters, beside"
    " the country the item leaves (exporter)",
}


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)


#: A party named in a transaction: an id (``"SMIC"``), or a name or alias the world can
#: resolve (``"Yangtze Memory Technologies Co., Ltd."``).
PartyName = Annotated[str, Field(min_length=1, max_length=LIMITS.name_length)]


def _one_or_many(value: Any) -> Any:
    """Accept a single name where a list is expected (``"end_use": "supercomputer"``)."""
    return [value] if isinstance(value, str) else value


OneOrMany = BeforeValidator(_one_or_many)


class Owner(_Frozen):
    """A shareholding: ``share`` per cent of the owned entity belongs to ``party``."""

    party: PartyName
    share: Annotated[Percent, Field(gt=0)]


class EndUser(_Frozen):
    """An end user the party lists do not name; ``owners`` link it to parties they do name.

    ``country`` defaults to the transaction's destination; ``headquarters`` to ``country``.
    """

    name: Annotated[str, Field(min_length=1, max_length=LIMITS.name_length)]
    country: Country | None = None
    headquarters: Country | None = None
    owners: tuple[Owner, ...] = ()


class Consignee(EndUser):
    """The party that receives the item (a packaging site, a distributor), when it is not
    the end user. Its ``headquarters`` defaults to its ``country``; its owners above 50 %
    extend the headquarters it counts as (as an end user's do). Unlike an end user, a
    consignee that states neither country nor headquarters is located nowhere: conditions
    on its country or headquarters do not hold for it."""


class ExporterParty(_Frozen):
    """The company that exports (ships, reexports, transfers) the item, beside the
    country it leaves (``exporter``): its ``name`` and where it is ``headquartered``.
    Conditions on its headquarters do not hold when ``headquarters`` is not given."""

    name: Annotated[str, Field(min_length=1, max_length=LIMITS.name_length)]
    headquarters: Country | None = None


class Item(_Frozen):
    """What moves. ``params`` are the item's technical parameters, in the units the
    vocabulary declares; ``content`` is the percentage of the item's value that is controlled
    content of each jurisdiction; ``made_with`` lists jurisdictions whose technology or tools
    produced it (for foreign-direct-product rules); ``producer`` names the company that made
    or designed it (``"Nvidia"``), which letters addressed to one company read."""

    kind: KindName
    name: Annotated[str, Field(max_length=LIMITS.name_length)] | None = None
    producer: PartyName | None = None
    params: dict[ParamName, Magnitude] = Field(default_factory=dict)
    flags: Annotated[tuple[FlagName, ...], OneOrMany, AfterValidator(sorted_unique)] = ()
    classification: dict[
        Jurisdiction, Annotated[str, Field(min_length=1, max_length=LIMITS.code_length)]
    ] = Field(default_factory=dict)
    origin: Country | None = None
    content: dict[Jurisdiction, Percent] = Field(default_factory=dict)
    made_with: Annotated[tuple[Jurisdiction, ...], OneOrMany, AfterValidator(sorted_unique)] = ()


def _plain_id(value: Any) -> Any:
    """An id is echoed in screening output as given, so it must be a text or an integer:
    a boolean, a fraction, a list or an object is refused rather than converted (``true``
    would come back as ``1``, the id of another record, and ``1.0`` as ``1``)."""
    if value is None or type(value) in (str, int):
        return value
    if type(value) is bool:
        got = f"{str(value).lower()} (a boolean)"
    elif type(value) is float:
        got = f"{value!r} (a number with a fraction or an exponent)"
    elif isinstance(value, dict):
        got = "an object"
    elif isinstance(value, list | tuple):
        got = "a list"
    else:
        got = f"a {type(value).__name__}"
    raise ValueError(f"expected a text or an integer, got {got}")


class Transaction(_Frozen):
    """An item moving from ``exporter`` to ``destination`` on ``date`` through ``channel``.

    ``end_user`` is ``None``, the id of a party the regimes know (``"SMIC"``), or an
    :class:`EndUser`; ``consignee`` the party that receives it when that is another
    (:class:`Consignee`), and ``exporter_party`` the company that exports it
    (:class:`ExporterParty`). ``persons`` are the nationalities of the people who carry it
    out.
    ``id`` is a free label echoed in screening output as given: a text (``"ORD-7"``) or an
    integer (``7``), never converted from another JSON type.
    """

    id: Annotated[
        Annotated[str, Field(max_length=LIMITS.id_length)] | int | None, BeforeValidator(_plain_id)
    ] = None
    date: ISODate
    exporter: Country
    destination: Country
    channel: ChannelName = "export"
    end_user: PartyName | EndUser | None = None
    consignee: Consignee | None = None
    exporter_party: ExporterParty | None = None
    end_use: Annotated[tuple[EndUseName, ...], OneOrMany, AfterValidator(sorted_unique)] = ()
    persons: Annotated[tuple[Country, ...], OneOrMany, AfterValidator(sorted_unique)] = ()
    item: Item

    def to_json_dict(self) -> dict[str, object]:
        """The transaction as JSON data, without fields left at their defaults."""
        return self.model_dump(mode="json", exclude_defaults=True)

"""The condition language: small, declarative, analysable expressions over a transaction.

Conditions are frozen pydantic models joined in a discriminated union on ``op``, so they
serialise to JSON, validate against a JSON Schema, render to English and can be inspected by
the analysis (there are no Python callables inside a rule). Python operators make them
pleasant to write::

    kind("ic.accelerator") & (TPP >= 4800) & ~flag("consumer")

Every condition offers:

* ``evaluate(scope)`` -> bool, for the engine;
* ``explain(scope)`` -> (bool, facts), the values compared (``"tpp 4992 >= 4800"``);
* ``atoms()``, the leaf conditions (parameter/constant pairs, country sets, lists...) the
  analysis cuts the transaction space with;
* ``describe()``, an English phrase for the docs.

A comparison with a parameter the transaction does not give is false: a threshold is met
only by a value that is known to meet it. Write ``~(TPP >= 4800)`` knowing that it is true
for an item whose TPP is not given.
"""

from __future__ import annotations

import builtins
import operator
from collections.abc import Callable, Iterator, Mapping
from typing import Annotated, Any, ClassVar, Literal, Protocol, cast

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from policy.model import vocabulary as v
from policy.model._types import (
    ChannelName,
    Country,
    EndUseName,
    FlagName,
    Identifier,
    Jurisdiction,
    KindName,
    Number,
    ParamName,
    Percent,
    sorted_unique,
)
from policy.model.transactions import Transaction

CmpOp = Literal[">=", ">", "<=", "<", "=="]
COMPARATORS: Mapping[str, Callable[[float, float], bool]] = {
    ">=": operator.ge,
    ">": operator.gt,
    "<=": operator.le,
    "<": operator.lt,
    "==": operator.eq,
}
_NEGATED = {">=": "<", ">": "<=", "<=": ">", "<": ">="}

#: How deeply ``all``/``any``/``not`` may nest. The shipped law needs 9; a deeper
#: condition is refused where it is built (so that evaluation, description and the
#: analysis, which recurse, can never exhaust the stack on a hostile regime file).
MAX_CONDITION_DEPTH = 32

#: The fields a country condition can test.
CountryField = Literal[
    "exporter",
    "destination",
    "origin",
    "end_user.country",
    "end_user.headquarters",
    "persons",
]


class Scope(Protocol):
    """What a condition may ask about a transaction beyond its fields.

    The engine implements it for one regime at the transaction's date: group membership,
    party-list membership (with ownership), headquarters, and parameters with derived values.
    """

    @property
    def tx(self) -> Transaction: ...

    @property
    def params(self) -> Mapping[str, float]: ...

    def countries_of(self, field: str) -> tuple[str, ...]:
        """The countries a transaction field names (several for persons and headquarters)."""
        ...

    def in_group(self, group: str, country: str) -> bool: ...

    def listed(self, list_id: str, tags: tuple[str, ...], min_share: float | None) -> str | None:
        """Why the end user counts as listed (a short phrase), or None if it does not."""
        ...


class _Node(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)

    # -- authoring ---------------------------------------------------------------------
    def __and__(self, other: Condition) -> All:
        left = self.of if isinstance(self, All) else (self,)
        right = other.of if isinstance(other, All) else (other,)
        return All(of=(*left, *right))  # type: ignore[arg-type]

    def __or__(self, other: Condition) -> AnyOf:
        left = self.of if isinstance(self, AnyOf) else (self,)
        right = other.of if isinstance(other, AnyOf) else (other,)
        return AnyOf(of=(*left, *right))  # type: ignore[arg-type]

    def __invert__(self) -> Condition:
        if isinstance(self, Not):
            return self.of
        return Not(of=self)  # type: ignore[arg-type]

    def __repr__(self) -> str:
        return self.code()

    def code(self) -> str:
        """A compact, Python-like rendering (``tpp >= 4800``) for reprs and traces."""
        return self.describe()

    # -- interface ---------------------------------------------------------------------
    def evaluate(self, scope: Scope) -> bool:
        return self.explain(scope)[0]

    def explain(self, scope: Scope) -> tuple[bool, list[str]]:
        raise NotImplementedError

    def atoms(self) -> Iterator[Condition]:
        yield self  # type: ignore[misc]

    def children(self) -> tuple[Condition, ...]:
        return ()

    def describe(self) -> str:
        raise NotImplementedError

    def depth(self) -> int:
        return 1 + max((c.depth() for c in self.children()), default=0)

    def references(self) -> Iterator[tuple[str, str]]:
        """(kind, id) pairs this condition refers to: ``("group", "D:5")``,
        ``("list", "entity_list")``. Regimes check that each exists."""
        for child in self.children():
            yield from child.references()


# --------------------------------------------------------------------------- leaves


class Compare(_Node):
    """``param op value``; false when the transaction does not give the parameter."""

    op: CmpOp
    param: ParamName
    value: Number

    def evaluate(self, scope: Scope) -> bool:
        x = scope.params.get(self.param)
        return x is not None and COMPARATORS[self.op](x, self.value)

    def explain(self, scope: Scope) -> tuple[bool, list[str]]:
        x = scope.params.get(self.param)
        if x is None:
            return False, [f"{self.param} not given"]
        ok = COMPARATORS[self.op](x, self.value)
        shown = f"{_num(x)} {self.op} {_num(self.value)}"
        return ok, [
            f"{self.param} {shown}"
            if ok
            else f"{self.param} {_num(x)} is not {self.op} {_num(self.value)}"
        ]

    def code(self) -> str:
        return f"{self.param} {self.op} {_num(self.value)}"

    def describe(self) -> str:
        p = v.parameter(self.param)
        amount = p.with_unit(self.value)
        phrase = {
            ">=": f"{amount} or more",
            ">": f"more than {amount}",
            "<=": f"{amount} or less",
            "<": f"less than {amount}",
            "==": f"exactly {amount}",
        }[self.op]
        return f"{p.phrase} of {phrase}"


class Content(_Node):
    """The share (per cent of value) of ``jurisdiction``-controlled content, compared with
    ``value``; an item that does not state its content has 0 per cent."""

    op: Literal["content"] = "content"
    jurisdiction: Jurisdiction
    cmp: CmpOp
    value: Percent

    def _share(self, scope: Scope) -> float:
        return scope.tx.item.content.get(self.jurisdiction, 0.0)

    def evaluate(self, scope: Scope) -> bool:
        return COMPARATORS[self.cmp](self._share(scope), self.value)

    def explain(self, scope: Scope) -> tuple[bool, list[str]]:
        s = self._share(scope)
        ok = COMPARATORS[self.cmp](s, self.value)
        word = "" if ok else "not "
        return ok, [f"{self.jurisdiction} content {_num(s)}% {word}{self.cmp} {_num(self.value)}%"]

    def code(self) -> str:
        return f"content({self.jurisdiction!r}, {self.cmp!r}, {_num(self.value)})"

    def describe(self) -> str:
        phrase = {
            ">=": f"{_num(self.value)}% or more",
            ">": f"more than {_num(self.value)}%",
            "<=": f"{_num(self.value)}% or less",
            "<": f"less than {_num(self.value)}%",
            "==": f"exactly {_num(self.value)}%",
        }[self.cmp]
        return f"{self.jurisdiction}-controlled content of {phrase} of the item's value"


class Kind(_Node):
    """The item's kind is one of ``kinds`` or a descendant of one (dotted taxonomy)."""

    op: Literal["kind"] = "kind"
    kinds: Annotated[tuple[KindName, ...], Field(min_length=1), AfterValidator(sorted_unique)]

    def matches(self, item_kind: str) -> bool:
        return any(v.kind_matches(k, item_kind) for k in self.kinds)

    def explain(self, scope: Scope) -> tuple[bool, list[str]]:
        k = scope.tx.item.kind
        ok = self.matches(k)
        return ok, [f"kind {k} is {'' if ok else 'not '}{_set(self.kinds)}"]

    def evaluate(self, scope: Scope) -> bool:
        return self.matches(scope.tx.item.kind)

    def code(self) -> str:
        return "kind(" + ", ".join(repr(k) for k in self.kinds) + ")"

    def describe(self) -> str:
        return "the item is " + _or(
            [f"in category {k} ({v.kinds()[k].description})" for k in self.kinds]
        )


class Flag(_Node):
    """The item carries ``flag`` (for example ``datacenter``)."""

    op: Literal["flag"] = "flag"
    flag: FlagName

    def evaluate(self, scope: Scope) -> bool:
        return self.flag in scope.tx.item.flags

    def explain(self, scope: Scope) -> tuple[bool, list[str]]:
        ok = self.evaluate(scope)
        return ok, [f"item {'is' if ok else 'is not'} flagged {self.flag}"]

    def code(self) -> str:
        return f"flag({self.flag!r})"

    def describe(self) -> str:
        return f"the item is {v.flags()[self.flag]}"


class Classified(_Node):
    """The exporter classified the item under ``jurisdiction``'s list with a code that starts
    with one of ``prefixes`` (``3A090`` matches ``3A090.a``)."""

    op: Literal["classified"] = "classified"
    jurisdiction: Jurisdiction
    prefixes: Annotated[
        tuple[Annotated[str, Field(min_length=1, max_length=100)], ...],
        Field(min_length=1),
        AfterValidator(sorted_unique),
    ]

    def evaluate(self, scope: Scope) -> bool:
        code = scope.tx.item.classification.get(self.jurisdiction)
        return code is not None and any(code.startswith(p) for p in self.prefixes)

    def explain(self, scope: Scope) -> tuple[bool, list[str]]:
        code = scope.tx.item.classification.get(self.jurisdiction)
        ok = self.evaluate(scope)
        if code is None:
            return ok, [f"no {self.jurisdiction} classification given"]
        return ok, [
            f"{self.jurisdiction} classification {code}"
            f" {'is' if ok else 'is not'} in {_set(self.prefixes)}"
        ]

    def code(self) -> str:
        return "classified(" + ", ".join(repr(x) for x in (self.jurisdiction, *self.prefixes)) + ")"

    def describe(self) -> str:
        return f"the item is classified {_or(list(self.prefixes))} under {self.jurisdiction} law"


class Countries(_Node):
    """A transaction field (exporter, destination, origin, the end user's country or
    headquarters, a person's nationality) is one of ``countries`` or in one of the regime's
    country ``groups`` on the transaction date. For ``persons`` and
    ``end_user.headquarters`` (own and ultimate parent's), any match counts."""

    op: Literal["country"] = "country"
    field: CountryField
    countries: Annotated[tuple[Country, ...], AfterValidator(sorted_unique)] = ()
    groups: Annotated[tuple[Identifier, ...], AfterValidator(sorted_unique)] = ()

    def _match(self, scope: Scope, c: str) -> str | None:
        if c in self.countries:
            return f"{self.field} {c} is in {_set(self.countries)}"
        for g in self.groups:
            if scope.in_group(g, c):
                return f"{self.field} {c} is in group {g}"
        return None

    def evaluate(self, scope: Scope) -> bool:
        return any(self._match(scope, c) for c in scope.countries_of(self.field))

    def explain(self, scope: Scope) -> tuple[bool, list[str]]:
        values = scope.countries_of(self.field)
        for c in values:
            why = self._match(scope, c)
            if why:
                return True, [why]
        shown = ", ".join(values) if values else "none"
        return False, [f"{self.field} {shown} is not in {self._targets()}"]

    def _targets(self) -> str:
        parts = list(self.countries) + [f"group {g}" for g in self.groups]
        return "{" + ", ".join(parts) + "}"

    def code(self) -> str:
        args = [repr(c) for c in self.countries]
        if self.groups:
            args.append(f"groups={self.groups!r}")
        return f"{self.field}(" + ", ".join(args) + ")"

    def describe(self) -> str:
        what = {
            "exporter": "the exporter is in",
            "destination": "the destination is",
            "origin": "the item was made in",
            "end_user.country": "the end user is located in",
            "end_user.headquarters": "the end user (or its ultimate parent) is headquartered in",
            "persons": "a person carrying it out is a national of",
        }[self.field]
        names = [v.country_phrase(c) for c in self.countries] + [
            f"Country Group {g}" for g in self.groups
        ]
        return f"{what} {_or(names) if names else 'nowhere'}"

    def references(self) -> Iterator[tuple[str, str]]:
        for g in self.groups:
            yield ("group", g)


class Listed(_Node):
    """The end user is on the regime's party list ``list`` on the transaction date (with one
    of ``tags`` when given, e.g. Entity List footnote 4), or, when ``min_share`` is given, is
    owned that share or more, directly or indirectly, individually or in aggregate, by
    parties that count as listed (the affiliates rule)."""

    op: Literal["listed"] = "listed"
    list: Identifier
    tags: Annotated[tuple[Identifier, ...], AfterValidator(sorted_unique)] = ()
    min_share: Annotated[Percent, Field(gt=0)] | None = None

    def evaluate(self, scope: Scope) -> bool:
        return scope.listed(self.list, self.tags, self.min_share) is not None

    def explain(self, scope: Scope) -> tuple[bool, builtins.list[str]]:
        why = scope.listed(self.list, self.tags, self.min_share)
        if why:
            return True, [why]
        return False, [f"end user is not on {self.list}{self._tag_text()}"]

    def _tag_text(self) -> str:
        return f" ({', '.join(self.tags)})" if self.tags else ""

    def code(self) -> str:
        args = [repr(self.list), *(repr(t) for t in self.tags)]
        if self.min_share is not None:
            args.append(f"min_share={_num(self.min_share)}")
        return "listed(" + ", ".join(args) + ")"

    def describe(self) -> str:
        text = f"the end user is on the {self.list}{self._tag_text()}"
        if self.min_share is not None:
            text += f" or is owned {_num(self.min_share)}% or more by listed parties"
        return text

    def references(self) -> Iterator[tuple[str, str]]:
        yield ("list", self.list)


class EndUse(_Node):
    """The transaction states one of ``uses`` as an end use."""

    op: Literal["end_use"] = "end_use"
    uses: Annotated[tuple[EndUseName, ...], Field(min_length=1), AfterValidator(sorted_unique)]

    def evaluate(self, scope: Scope) -> bool:
        return any(u in scope.tx.end_use for u in self.uses)

    def explain(self, scope: Scope) -> tuple[bool, list[str]]:
        hit = [u for u in self.uses if u in scope.tx.end_use]
        if hit:
            return True, [f"end use {hit[0]}"]
        return False, [f"no end use in {_set(self.uses)}"]

    def code(self) -> str:
        return "end_use(" + ", ".join(repr(u) for u in self.uses) + ")"

    def describe(self) -> str:
        return "the end use is " + _or([v.end_uses()[u] for u in self.uses])


class Channel(_Node):
    """The transaction goes through one of ``channels``."""

    op: Literal["channel"] = "channel"
    channels: Annotated[tuple[ChannelName, ...], Field(min_length=1), AfterValidator(sorted_unique)]

    def evaluate(self, scope: Scope) -> bool:
        return scope.tx.channel in self.channels

    def explain(self, scope: Scope) -> tuple[bool, list[str]]:
        ok = self.evaluate(scope)
        return ok, [f"channel {scope.tx.channel} is {'' if ok else 'not '}{_set(self.channels)}"]

    def code(self) -> str:
        return "channel(" + ", ".join(repr(c) for c in self.channels) + ")"

    def describe(self) -> str:
        return "it is " + _or([v.CHANNELS[c] for c in self.channels])


class MadeWith(_Node):
    """The item is a direct product of technology or tools of one of ``jurisdictions``."""

    op: Literal["made_with"] = "made_with"
    jurisdictions: Annotated[
        tuple[Jurisdiction, ...], Field(min_length=1), AfterValidator(sorted_unique)
    ]

    def evaluate(self, scope: Scope) -> bool:
        return any(j in scope.tx.item.made_with for j in self.jurisdictions)

    def explain(self, scope: Scope) -> tuple[bool, list[str]]:
        ok = self.evaluate(scope)
        return ok, [
            f"item {'made' if ok else 'not made'} with {_set(self.jurisdictions)} technology"
        ]

    def code(self) -> str:
        return "made_with(" + ", ".join(repr(j) for j in self.jurisdictions) + ")"

    def describe(self) -> str:
        return (
            "the item is a direct product of "
            + _or([v.country_phrase(j) for j in self.jurisdictions])
            + " technology or tools"
        )


class Const(_Node):
    """Always true or always false (``ALWAYS``, ``NEVER``)."""

    op: Literal["const"] = "const"
    value: bool

    def evaluate(self, scope: Scope) -> bool:
        return self.value

    def explain(self, scope: Scope) -> tuple[bool, list[str]]:
        return self.value, ["always" if self.value else "never"]

    def code(self) -> str:
        return "ALWAYS" if self.value else "NEVER"

    def describe(self) -> str:
        return "always" if self.value else "never"


# --------------------------------------------------------------------------- combinators


def _within_depth(node: _Node) -> None:
    depth = node.depth()
    if depth > MAX_CONDITION_DEPTH:
        raise ValueError(
            f"conditions nest {depth} levels deep here; the limit is {MAX_CONDITION_DEPTH}"
            " (flatten nested all/any, or split the rule)"
        )


class _Junction(_Node):
    """What ``all`` and ``any`` share: a list of conditions read until one decides. The
    subclasses declare the fields (so the schema and JSON keep ``op`` before ``of``) and
    the words; ``_decides`` is the value of a member that settles the whole."""

    _decides: ClassVar[bool]
    _symbol: ClassVar[str]
    _empty: ClassVar[tuple[str, str]]  # code and words of an empty list
    _word: ClassVar[str]

    @model_validator(mode="after")
    def _not_too_deep(self) -> Any:
        _within_depth(self)
        return self

    def _members(self) -> tuple[Condition, ...]:
        return cast("tuple[Condition, ...]", self.of)  # type: ignore[attr-defined]

    def evaluate(self, scope: Scope) -> bool:
        stop = self._decides
        for c in self._members():
            if bool(c.evaluate(scope)) == stop:
                return stop
        return not stop

    def explain(self, scope: Scope) -> tuple[bool, list[str]]:
        facts: list[str] = []
        for c in self._members():
            ok, why = c.explain(scope)
            if bool(ok) == self._decides:
                return self._decides, why
            facts.extend(why)
        return not self._decides, facts

    def atoms(self) -> Iterator[Condition]:
        for c in self._members():
            yield from c.atoms()

    def children(self) -> tuple[Condition, ...]:
        return self._members()

    def code(self) -> str:
        of = self._members()
        if not of:
            return self._empty[0]
        return "(" + f" {self._symbol} ".join(c.code() for c in of) + ")"

    def describe(self) -> str:
        of = self._members()
        if not of:
            return self._empty[1]
        return _join([_paren(c) for c in of], self._word)


class All(_Junction):
    """Every condition in ``of`` holds (true when ``of`` is empty)."""

    _decides: ClassVar[bool] = False
    _symbol: ClassVar[str] = "&"
    _empty: ClassVar[tuple[str, str]] = ("all_of()", "always")
    _word: ClassVar[str] = "and"

    op: Literal["all"] = "all"
    of: tuple[Condition, ...]


class AnyOf(_Junction):
    """At least one condition in ``of`` holds (false when ``of`` is empty)."""

    _decides: ClassVar[bool] = True
    _symbol: ClassVar[str] = "|"
    _empty: ClassVar[tuple[str, str]] = ("any_of()", "never")
    _word: ClassVar[str] = "or"

    op: Literal["any"] = "any"
    of: tuple[Condition, ...]


class Not(_Node):
    """The condition ``of`` does not hold."""

    op: Literal["not"] = "not"
    of: Condition

    @model_validator(mode="after")
    def _not_too_deep(self) -> Any:
        _within_depth(self)
        return self

    def evaluate(self, scope: Scope) -> bool:
        return not self.of.evaluate(scope)

    def explain(self, scope: Scope) -> tuple[bool, list[str]]:
        ok, why = self.of.explain(scope)
        return (not ok), why

    def atoms(self) -> Iterator[Condition]:
        yield from self.of.atoms()

    def children(self) -> tuple[Condition, ...]:
        return (self.of,)

    def code(self) -> str:
        return "~" + self.of.code()

    def describe(self) -> str:
        inner = self.of
        if isinstance(inner, Compare) and inner.op in _NEGATED:
            return Compare(op=_NEGATED[inner.op], param=inner.param, value=inner.value).describe()  # type: ignore[arg-type]
        return f"not ({inner.describe()})"


Condition = Annotated[
    Compare
    | Content
    | Kind
    | Flag
    | Classified
    | Countries
    | Listed
    | EndUse
    | Channel
    | MadeWith
    | Const
    | All
    | AnyOf
    | Not,
    Field(discriminator="op"),
]

for _m in (All, AnyOf, Not):
    _m.model_rebuild()


# --------------------------------------------------------------------------- authoring helpers


class Param:
    """A parameter handle whose comparisons build :class:`Compare` conditions:
    ``TPP >= 4800`` is ``Compare(op=">=", param="tpp", value=4800)``."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = v.parameter(name).name

    def _cmp(self, op: str, value: float) -> Compare:
        return Compare(op=op, param=self.name, value=value)  # type: ignore[arg-type]

    def __ge__(self, value: float) -> Compare:
        return self._cmp(">=", value)

    def __gt__(self, value: float) -> Compare:
        return self._cmp(">", value)

    def __le__(self, value: float) -> Compare:
        return self._cmp("<=", value)

    def __lt__(self, value: float) -> Compare:
        return self._cmp("<", value)

    def __eq__(self, value: object) -> Compare:  # type: ignore[override]
        return self._cmp("==", value)  # type: ignore[arg-type]

    def __hash__(self) -> int:
        return hash(("Param", self.name))

    def between(self, low: float, high: float) -> All:
        """``low <= param < high``: the usual shape of a band in export-control law."""
        return All(of=(self >= low, self < high))

    def __repr__(self) -> str:
        return f"Param({self.name!r})"


def param(name: str) -> Param:
    return Param(name)


TPP = Param("tpp")
PERFORMANCE_DENSITY = Param("performance_density")
TRANSFER_RATE = Param("bidirectional_transfer_rate_gbps")
MEMORY_BANDWIDTH = Param("memory_bandwidth_gbps")
MEMORY_BANDWIDTH_DENSITY = Param("memory_bandwidth_density")
DIE_AREA = Param("die_area_mm2")
WAVELENGTH = Param("wavelength_nm")
NUMERICAL_APERTURE = Param("numerical_aperture")
MRF_K035 = Param("mrf_k035_nm")
MRF_K025 = Param("mrf_k025_nm")
OVERLAY = Param("overlay_nm")
NODE = Param("node_nm")
DRAM_HALF_PITCH = Param("dram_half_pitch_nm")
NAND_LAYERS = Param("nand_layers")
PURITY = Param("purity_pct")

ALWAYS = Const(value=True)
NEVER = Const(value=False)


def kind(*kinds: str) -> Kind:
    return Kind(kinds=kinds)


def flag(name: str) -> Flag:
    return Flag(flag=name)


def classified(jurisdiction: str, *prefixes: str) -> Classified:
    return Classified(jurisdiction=jurisdiction, prefixes=prefixes)


def _countries(field: str, items: tuple[str, ...], groups: tuple[str, ...]) -> Countries:
    return Countries(field=field, countries=items, groups=groups)  # type: ignore[arg-type]


def destination(*countries: str, groups: tuple[str, ...] = ()) -> Countries:
    return _countries("destination", countries, groups)


def exporter(*countries: str, groups: tuple[str, ...] = ()) -> Countries:
    return _countries("exporter", countries, groups)


def origin(*countries: str, groups: tuple[str, ...] = ()) -> Countries:
    return _countries("origin", countries, groups)


def end_user_country(*countries: str, groups: tuple[str, ...] = ()) -> Countries:
    return _countries("end_user.country", countries, groups)


def headquarters(*countries: str, groups: tuple[str, ...] = ()) -> Countries:
    return _countries("end_user.headquarters", countries, groups)


def persons(*countries: str, groups: tuple[str, ...] = ()) -> Countries:
    return _countries("persons", countries, groups)


def in_group(field: str, *groups: str) -> Countries:
    return _countries(field, (), groups)


def listed(list_id: str, *tags: str, min_share: float | None = None) -> Listed:
    return Listed(list=list_id, tags=tags, min_share=min_share)


def end_use(*uses: str) -> EndUse:
    return EndUse(uses=uses)


def channel(*channels: str) -> Channel:
    return Channel(channels=channels)  # type: ignore[arg-type]


def made_with(*jurisdictions: str) -> MadeWith:
    return MadeWith(jurisdictions=jurisdictions)


def content(jurisdiction: str, cmp: str, value: float) -> Content:
    return Content(jurisdiction=jurisdiction, cmp=cmp, value=value)  # type: ignore[arg-type]


def all_of(*conditions: Condition) -> All:
    return All(of=conditions)


def any_of(*conditions: Condition) -> AnyOf:
    return AnyOf(of=conditions)


def not_(condition: Condition) -> Condition:
    return ~condition


# --------------------------------------------------------------------------- text helpers


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() and abs(x) < 1e15 else repr(float(x))


def _set(items: tuple[str, ...] | list[str]) -> str:
    return "{" + ", ".join(items) + "}"


def _join(parts: list[str], word: str) -> str:
    if len(parts) == 1:
        return parts[0]
    return f" {word} ".join(parts)


def _or(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " or " + parts[-1]


def _paren(c: Condition) -> str:
    text = c.describe()
    if isinstance(c, All | AnyOf) and len(c.of) > 1:
        return f"({text})"
    return text

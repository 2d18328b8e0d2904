"""The leaf conditions: each reads one fact of a transaction (a parameter, a content share,
the kind, a flag, a classification, a country field, the end user's listing, an end use,
the channel, the technology it was made with) or is a constant."""

from __future__ import annotations

import builtins
from collections.abc import Iterator
from typing import Annotated, Literal

from pydantic import AfterValidator, Field

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
from policy.model.conditions.node import COMPARATORS, CmpOp, CountryField, Node, Scope
from policy.model.conditions.text import braced, either
from policy.model.numbers import format_number


class Compare(Node):
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
        shown = f"{format_number(x)} {self.op} {format_number(self.value)}"
        return ok, [
            f"{self.param} {shown}"
            if ok
            else f"{self.param} {format_number(x)} is not {self.op} {format_number(self.value)}"
        ]

    def code(self) -> str:
        return f"{self.param} {self.op} {format_number(self.value)}"

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


class Content(Node):
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
        share, limit = format_number(s), format_number(self.value)
        return ok, [f"{self.jurisdiction} content {share}% {word}{self.cmp} {limit}%"]

    def code(self) -> str:
        return f"content({self.jurisdiction!r}, {self.cmp!r}, {format_number(self.value)})"

    def describe(self) -> str:
        phrase = {
            ">=": f"{format_number(self.value)}% or more",
            ">": f"more than {format_number(self.value)}%",
            "<=": f"{format_number(self.value)}% or less",
            "<": f"less than {format_number(self.value)}%",
            "==": f"exactly {format_number(self.value)}%",
        }[self.cmp]
        return f"{self.jurisdiction}-controlled content of {phrase} of the item's value"


class Kind(Node):
    """The item's kind is one of ``kinds`` or a descendant of one (dotted taxonomy)."""

    op: Literal["kind"] = "kind"
    kinds: Annotated[tuple[KindName, ...], Field(min_length=1), AfterValidator(sorted_unique)]

    def matches(self, item_kind: str) -> bool:
        return any(v.kind_matches(k, item_kind) for k in self.kinds)

    def explain(self, scope: Scope) -> tuple[bool, list[str]]:
        k = scope.tx.item.kind
        ok = self.matches(k)
        return ok, [f"kind {k} is {'' if ok else 'not '}{braced(self.kinds)}"]

    def evaluate(self, scope: Scope) -> bool:
        return self.matches(scope.tx.item.kind)

    def code(self) -> str:
        return "kind(" + ", ".join(repr(k) for k in self.kinds) + ")"

    def describe(self) -> str:
        return "the item is " + either(
            [f"in category {k} ({v.kinds()[k].description})" for k in self.kinds]
        )


class Flag(Node):
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


class Classified(Node):
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
            f" {'is' if ok else 'is not'} in {braced(self.prefixes)}"
        ]

    def code(self) -> str:
        return "classified(" + ", ".join(repr(x) for x in (self.jurisdiction, *self.prefixes)) + ")"

    def describe(self) -> str:
        return f"the item is classified {either(list(self.prefixes))} under {self.jurisdiction} law"


class Countries(Node):
    """A transaction field (exporter, destination, origin, the end user's country or
    headquarters, a person's nationality, the consignee's or the exporting company's
    headquarters) is one of ``countries`` or in one of the regime's country ``groups`` on
    the transaction date. For ``persons`` and the headquarters of the end user and the
    consignee (own and ultimate parent's), any match counts. A consignee or exporting
    company the transaction does not name has no headquarters: the condition does not
    hold for it."""

    op: Literal["country"] = "country"
    field: CountryField
    countries: Annotated[tuple[Country, ...], AfterValidator(sorted_unique)] = ()
    groups: Annotated[tuple[Identifier, ...], AfterValidator(sorted_unique)] = ()

    def _match(self, scope: Scope, c: str) -> str | None:
        if c in self.countries:
            return f"{self.field} {c} is in {braced(self.countries)}"
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
            "consignee.headquarters": "the consignee (or its ultimate parent) is headquartered in",
            "exporter_party.headquarters": "the exporting company is headquartered in",
        }[self.field]
        names = [v.country_phrase(c) for c in self.countries] + [
            f"Country Group {g}" for g in self.groups
        ]
        return f"{what} {either(names) if names else 'nowhere'}"

    def references(self) -> Iterator[tuple[str, str]]:
        for g in self.groups:
            yield ("group", g)


class Listed(Node):
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
            args.append(f"min_share={format_number(self.min_share)}")
        return "listed(" + ", ".join(args) + ")"

    def describe(self) -> str:
        text = f"the end user is on the {self.list}{self._tag_text()}"
        if self.min_share is not None:
            text += f" or is owned {format_number(self.min_share)}% or more by listed parties"
        return text

    def references(self) -> Iterator[tuple[str, str]]:
        yield ("list", self.list)


class EndUse(Node):
    """The transaction states one of ``uses`` as an end use."""

    op: Literal["end_use"] = "end_use"
    uses: Annotated[tuple[EndUseName, ...], Field(min_length=1), AfterValidator(sorted_unique)]

    def evaluate(self, scope: Scope) -> bool:
        return any(u in scope.tx.end_use for u in self.uses)

    def explain(self, scope: Scope) -> tuple[bool, list[str]]:
        hit = [u for u in self.uses if u in scope.tx.end_use]
        if hit:
            return True, [f"end use {hit[0]}"]
        return False, [f"no end use in {braced(self.uses)}"]

    def code(self) -> str:
        return "end_use(" + ", ".join(repr(u) for u in self.uses) + ")"

    def describe(self) -> str:
        return "the end use is " + either([v.end_uses()[u] for u in self.uses])


class Channel(Node):
    """The transaction goes through one of ``channels``."""

    op: Literal["channel"] = "channel"
    channels: Annotated[tuple[ChannelName, ...], Field(min_length=1), AfterValidator(sorted_unique)]

    def evaluate(self, scope: Scope) -> bool:
        return scope.tx.channel in self.channels

    def explain(self, scope: Scope) -> tuple[bool, list[str]]:
        ok = self.evaluate(scope)
        return ok, [f"channel {scope.tx.channel} is {'' if ok else 'not '}{braced(self.channels)}"]

    def code(self) -> str:
        return "channel(" + ", ".join(repr(c) for c in self.channels) + ")"

    def describe(self) -> str:
        return "it is " + either([v.CHANNELS[c] for c in self.channels])


class MadeWith(Node):
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
            f"item {'made' if ok else 'not made'} with {braced(self.jurisdictions)} technology"
        ]

    def code(self) -> str:
        return "made_with(" + ", ".join(repr(j) for j in self.jurisdictions) + ")"

    def describe(self) -> str:
        return (
            "the item is a direct product of "
            + either([v.country_phrase(j) for j in self.jurisdictions])
            + " technology or tools"
        )


class Producer(Node):
    """The item was made or designed by one of ``names`` (the company a letter is
    addressed to). Names compare without case, punctuation or spacing ("NVIDIA Corp." is
    "Nvidia Corp"); an item that does not name its producer matches none."""

    op: Literal["producer"] = "producer"
    names: Annotated[
        tuple[Annotated[str, Field(min_length=1, max_length=500)], ...],
        Field(min_length=1),
        AfterValidator(sorted_unique),
    ]

    def matches(self, producer: str | None) -> bool:
        if producer is None:
            return False
        key = producer_key(producer)
        return any(producer_key(n) == key for n in self.names)

    def evaluate(self, scope: Scope) -> bool:
        return self.matches(scope.tx.item.producer)

    def explain(self, scope: Scope) -> tuple[bool, list[str]]:
        who = scope.tx.item.producer
        if who is None:
            return False, ["no producer given"]
        ok = self.matches(who)
        return ok, [f"producer {who} is {'' if ok else 'not '}{braced(self.names)}"]

    def code(self) -> str:
        return "producer(" + ", ".join(repr(n) for n in self.names) + ")"

    def describe(self) -> str:
        return "the item was made or designed by " + either(list(self.names))


#: The ASCII characters a producer's name is compared without (spacing and punctuation).
_PUNCTUATION = frozenset(chr(i) for i in range(128) if not chr(i).isalnum())


def producer_key(name: str) -> str:
    """A producer's name as :class:`Producer` compares it: without ASCII spacing and
    punctuation, ASCII letters in lower case, other characters as written (a rule the
    Decide page's script applies alike)."""
    return "".join(ch.lower() if ch.isascii() else ch for ch in name if ch not in _PUNCTUATION)


class Const(Node):
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


#: Every leaf condition (the combinators and :data:`~policy.model.conditions.Condition` are
#: in :mod:`policy.model.conditions.combinators`).
Leaf = (
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
    | Producer
    | Const
)

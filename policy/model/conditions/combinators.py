"""The combinators ``all``, ``any`` and ``not``, and :data:`Condition`, the discriminated
union of every condition (on ``op``) that rules, carve-outs and reach are written with."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any, ClassVar, Literal, cast

from pydantic import Field, model_validator

from policy.model.conditions.leaves import Compare, Leaf
from policy.model.conditions.node import NEGATED, Node, Scope, within_depth
from policy.model.conditions.text import joined


class _Junction(Node):
    """What ``all`` and ``any`` share: a list of conditions read until one decides. The
    subclasses declare the fields (so the schema and JSON keep ``op`` before ``of``) and
    the words; ``_decides`` is the value of a member that settles the whole."""

    _decides: ClassVar[bool]
    _symbol: ClassVar[str]
    _empty: ClassVar[tuple[str, str]]  # code and words of an empty list
    _word: ClassVar[str]

    @model_validator(mode="after")
    def _not_too_deep(self) -> Any:
        within_depth(self)
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
        return joined([_paren(c) for c in of], self._word)


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


class Not(Node):
    """The condition ``of`` does not hold."""

    op: Literal["not"] = "not"
    of: Condition

    @model_validator(mode="after")
    def _not_too_deep(self) -> Any:
        within_depth(self)
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
        if isinstance(inner, Compare) and inner.op in NEGATED:
            return Compare(op=NEGATED[inner.op], param=inner.param, value=inner.value).describe()  # type: ignore[arg-type]
        return f"not ({inner.describe()})"


#: Every condition: a leaf or a combination (the leaves first, in :data:`Leaf`'s order,
#: which the JSON Schema keeps).
Condition = Annotated[Leaf | All | AnyOf | Not, Field(discriminator="op")]

for _m in (All, AnyOf, Not):
    _m.model_rebuild()


def _paren(c: Condition) -> str:
    text = c.describe()
    if isinstance(c, All | AnyOf) and len(c.of) > 1:
        return f"({text})"
    return text

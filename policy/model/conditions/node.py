"""What every condition shares: the :class:`Scope` it asks, the base class :class:`Node`
with the authoring operators (``&``, ``|``, ``~``) and the interface the engine, the
analysis and the docs use, and the limits a condition must respect."""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Literal, Protocol

from pydantic import BaseModel, ConfigDict

from policy.model.transactions import Transaction

if TYPE_CHECKING:
    from policy.model.conditions.combinators import All, AnyOf, Condition

CmpOp = Literal[">=", ">", "<=", "<", "=="]
COMPARATORS: Mapping[str, Callable[[float, float], bool]] = {
    ">=": operator.ge,
    ">": operator.gt,
    "<=": operator.le,
    "<": operator.lt,
    "==": operator.eq,
}
#: The comparator that holds exactly where another does not (``==`` has none of its kind).
NEGATED: Mapping[str, str] = {">=": "<", ">": "<=", "<=": ">", "<": ">="}

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
    "consignee.headquarters",
    "exporter_party.headquarters",
]

#: The country fields of the parties a transaction may name beside its end user: absent
#: (no country) when the transaction does not give them.
PARTY_COUNTRY_FIELDS = ("consignee.headquarters", "exporter_party.headquarters")


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


class Node(BaseModel):
    """The base of every condition (not itself a condition: the union
    :data:`~policy.model.conditions.Condition` lists the concrete ones)."""

    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)

    # -- authoring ---------------------------------------------------------------------
    # The combinators are defined after the leaves they combine, so the operators import
    # them when first used rather than at import time.
    def __and__(self, other: Condition) -> All:
        from policy.model.conditions.combinators import All

        left = self.of if isinstance(self, All) else (self,)
        right = other.of if isinstance(other, All) else (other,)
        return All(of=(*left, *right))  # type: ignore[arg-type]

    def __or__(self, other: Condition) -> AnyOf:
        from policy.model.conditions.combinators import AnyOf

        left = self.of if isinstance(self, AnyOf) else (self,)
        right = other.of if isinstance(other, AnyOf) else (other,)
        return AnyOf(of=(*left, *right))  # type: ignore[arg-type]

    def __invert__(self) -> Condition:
        from policy.model.conditions.combinators import Not

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


def within_depth(node: Node) -> None:
    """Refuse a condition nested deeper than :data:`MAX_CONDITION_DEPTH` (a validation
    error where it is built)."""
    depth = node.depth()
    if depth > MAX_CONDITION_DEPTH:
        raise ValueError(
            f"conditions nest {depth} levels deep here; the limit is {MAX_CONDITION_DEPTH}"
            " (flatten nested all/any, or split the rule)"
        )

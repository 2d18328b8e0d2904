"""The exact partition of the transaction space, as of one date.

Every condition in scope (each nexus, rule and carve-out of the regimes in force) is compiled
into a boolean expression over *atoms*: ``tpp >= 4800``, "the destination is in D:5", "the
end user is on the Entity List". Each atom reads one *axis* of a transaction (a parameter, a
content share, a flag, a country field, the end user, ...). An axis is cut into *classes*
that every atom on it treats alike:

* a parameter axis at each threshold, with the operator: ``>= 4800`` and ``> 4800`` make
  ``[.., 4800)``, ``[4800]`` and ``(4800, ..)`` three classes; the representative is the cut
  itself where a class starts at an inclusive cut, else a value just inside the interval;
* a country field into the sets of countries that every literal set and every country group
  (as of the date, per regime) treats alike;
* the end user into profiles: none, each named party, an unnamed end user per
  (country class, headquarters class), and an unlisted affiliate of each listed party per
  ownership band that the affiliates rules distinguish;
* kinds by the taxonomy classes the kind atoms distinguish; end uses, flags, made-with
  jurisdictions and persons' nationalities as membership booleans; channels and
  classifications by the sets the atoms name.

The cells are then enumerated as the leaves of a decision diagram: axes are fixed one at a
time, each partial assignment keeps the *residual* of every condition, and partial
assignments with equal residuals are merged (they behave alike on everything that follows).
A leaf is a set of transactions on which every condition in scope is constant, with one
representative transaction; the leaves are exactly the distinct combinations of condition
values that transactions can produce, so a check over the leaves is exhaustive.

The space is the one the model can express with the parties the regimes name: a derived
parameter (performance density) is an axis of its own, given explicitly (an explicit value
wins over the derived one in the engine), and end users are the profiles listed above.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import functools
import math
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from policy.analysis._expr import FALSE, TABLE, TRUE
from policy.engine.decide import _indexes
from policy.engine.scope import RegimeIndex, TransactionScope
from policy.model import vocabulary as v
from policy.model.conditions import (
    COMPARATORS,
    All,
    AnyOf,
    Channel,
    Classified,
    Compare,
    Condition,
    Const,
    Content,
    Countries,
    EndUse,
    Flag,
    Kind,
    Listed,
    MadeWith,
    Not,
)
from policy.model.decisions import Outcome
from policy.model.parties import Party
from policy.model.regimes import Regime
from policy.model.rules import Carveout, Nexus, Rule
from policy.model.transactions import EndUser, Owner, Transaction
from policy.model.world import World

if TYPE_CHECKING:
    from policy.analysis.symbolic import RegimeSpace

Role = Literal["nexus", "rule", "carveout"]


# --------------------------------------------------------------------------- slots


@dataclass(frozen=True)
class Slot:
    """One condition in scope: a nexus, a rule or a carve-out of one regime."""

    index: int
    jurisdiction: str
    role: Role
    id: str
    expr: int
    rule: Rule | None = None
    nexus: Nexus | None = None
    carveout: Carveout | None = None
    #: for a carve-out, the slot of its rule
    parent: int | None = None

    @property
    def label(self) -> str:
        if self.role == "carveout":
            assert self.rule is not None
            return f"{self.rule.id} carve-out {self.id}"
        return f"{self.role} {self.id}" if self.role == "nexus" else self.id


# --------------------------------------------------------------------------- axes


@dataclass(frozen=True)
class AxisClass:
    """A class of one axis: the set of values every atom on the axis treats alike.

    ``value`` is the representative (a parameter value, a country, an end user, ...);
    ``low``/``high`` bound a numeric class (``None`` for unbounded), with inclusivity.
    """

    label: str
    true_atoms: frozenset[int]
    value: Any
    members: tuple[str, ...] = ()
    low: float | None = None
    high: float | None = None
    low_closed: bool = True
    high_closed: bool = False

    @property
    def unstated(self) -> bool:
        """The class of a parameter the transaction does not give."""
        return self.value is None and self.low is None and self.high is None

    def contains(self, x: float) -> bool:
        if self.unstated:
            return False
        if self.low is not None and (x < self.low or (x == self.low and not self.low_closed)):
            return False
        return not (
            self.high is not None and (x > self.high or (x == self.high and not self.high_closed))
        )


@dataclass
class Axis:
    """One dimension of the transaction space and its classes (in a stable order: numeric
    axes from low to high values, others with the default class first)."""

    name: str
    id: int
    atoms: tuple[int, ...]
    classes: list[AxisClass]
    #: the class of an arbitrary transaction, by the set of this axis's atoms it makes true
    by_truth: dict[frozenset[int], int] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        return self.name.split(":", 1)[0]

    @property
    def key(self) -> str:
        return self.name.split(":", 1)[1] if ":" in self.name else ""


# --------------------------------------------------------------------------- compiling


def _number_step(param: str | None) -> float:
    if param is None:
        return 0.01
    return 10.0 ** (-v.parameter(param).decimals) if param in v.parameters() else 1.0


def between(low: float, high: float | None, step: float, *, low_closed: bool) -> float:
    """A readable value inside ``(low, high)`` (or at ``low`` when it is closed)."""
    if low_closed:
        return low
    x = low + step
    if high is None or x < high:
        return _clean(x)
    return _clean((low + high) / 2)


def _clean(x: float) -> float:
    r = round(x, 6)
    return float(int(r)) if r.is_integer() else r


def just_below(high: float, low: float | None, step: float) -> float:
    """The most capable value under an exclusive upper cut (``4799`` under ``4800``)."""
    x = high - step
    if low is None or x > low:
        return _clean(max(x, 0.0))
    return _clean((high + low) / 2)


class _Compiler:
    """Turns the conditions of the regimes in force into expressions and axes."""

    def __init__(self, world: World, on: dt.date, jurisdictions: Sequence[str] | None) -> None:
        self.world = world
        self.on = on
        self.indexes: dict[str, RegimeIndex] = _indexes(world)
        current = world.as_of(on)
        self.regimes: list[Regime] = [
            r for r in current.regimes if jurisdictions is None or r.jurisdiction in jurisdictions
        ]
        self.parties: dict[str, Party] = world.parties()
        # raw atoms per axis name, collected before the classes exist
        self.raw: dict[str, dict[Hashable, Any]] = {}
        self.persons_atoms: dict[Hashable, tuple[str, Countries]] = {}
        self.country_mentions: dict[str, int] = {}
        self.field_mentions: dict[tuple[str, str], int] = {}
        known = [r.jurisdiction for r in world.regimes]
        known += sorted({s.jurisdiction for s in world.suppliers})
        self.fallback: dict[str, int] = {}
        for code in [*known, *_WELL_KNOWN]:
            if code in v.countries():
                self.fallback.setdefault(code, len(self.fallback))
        # Where the named parties are: the usual destinations of the cases the law is about.
        homes: dict[str, int] = {}
        for party in self.parties.values():
            homes[party.country] = homes.get(party.country, 0) + 1
        self.party_homes = homes

    # -------------------------------------------------------------- pass 1: atoms
    def collect(self) -> list[tuple[str, Role, str, Condition, Any]]:
        items: list[tuple[str, Role, str, Condition, Any]] = []
        for r in self.regimes:
            for n in r.reach:
                items.append((r.jurisdiction, "nexus", n.id, n.when, n))
            for rule in r.rules:
                items.append((r.jurisdiction, "rule", rule.id, rule.when, rule))
                for c in rule.carveouts:
                    items.append((r.jurisdiction, "carveout", c.id, c.when, (rule, c)))
        for jur, _, _, cond, _ in items:
            for atom in cond.atoms():
                self._note(jur, atom)
        return items

    def _note(self, jur: str, a: Condition) -> None:
        if isinstance(a, Countries):
            for c in a.countries:
                self.country_mentions[c] = self.country_mentions.get(c, 0) + 1
                k = (a.field, c)
                self.field_mentions[k] = self.field_mentions.get(k, 0) + 1
            if a.field == "persons":
                self.persons_atoms[self._ckey(jur, "persons", a)] = (jur, a)

    @staticmethod
    def _ckey(jur: str, fld: str, a: Countries) -> Hashable:
        # Literal country sets mean the same in every regime; groups are the regime's own.
        return ("country", fld, jur if a.groups else "", a.countries, a.groups)

    # -------------------------------------------------------------- group membership
    def in_set(self, jur: str, countries: tuple[str, ...], groups: tuple[str, ...], c: str) -> bool:
        if c in countries:
            return True
        index = self.indexes.get(jur)
        if index is None:
            return False
        for g in groups:
            for code, start, end in index.groups.get(g, ()):
                if (
                    code == c
                    and (start is None or start <= self.on)
                    and (end is None or self.on < end)
                ):
                    return True
        return False

    # -------------------------------------------------------------- pass 2: expressions
    def expr(self, jur: str, c: Condition) -> int:
        t = TABLE
        if isinstance(c, Const):
            return TRUE if c.value else FALSE
        if isinstance(c, All):
            return t.conj(self.expr(jur, x) for x in c.of)
        if isinstance(c, AnyOf):
            return t.disj(self.expr(jur, x) for x in c.of)
        if isinstance(c, Not):
            return t.neg(self.expr(jur, c.of))
        if isinstance(c, Compare):
            return self._atom(("cmp", c.param, c.op, c.value), f"param:{c.param}", c)
        if isinstance(c, Content):
            return self._atom(
                ("content", c.jurisdiction, c.cmp, c.value), f"content:{c.jurisdiction}", c
            )
        if isinstance(c, Kind):
            return self._atom(("kind", c.kinds), "kind", c)
        if isinstance(c, Flag):
            return self._atom(("flag", c.flag), f"flag:{c.flag}", c)
        if isinstance(c, Classified):
            return self._atom(
                ("classified", c.jurisdiction, c.prefixes), f"class:{c.jurisdiction}", c
            )
        if isinstance(c, Channel):
            return self._atom(("channel", c.channels), "channel", c)
        if isinstance(c, EndUse):
            return t.disj(self._atom(("end_use", u), f"end_use:{u}", u) for u in c.uses)
        if isinstance(c, MadeWith):
            return t.disj(
                self._atom(("made_with", j), f"made_with:{j}", j) for j in c.jurisdictions
            )
        if isinstance(c, Listed):
            key = ("listed", jur, c.list, c.tags, c.min_share)
            return self._atom(key, "end_user", (jur, c))
        if isinstance(c, Countries):
            return self._countries(jur, c)
        raise TypeError(f"unknown condition {type(c).__name__}")

    def _atom(self, key: Hashable, axis: str, payload: Any) -> int:
        self.raw.setdefault(axis, {})[key] = payload
        return TABLE.atom(key, axis)

    def _countries(self, jur: str, c: Countries) -> int:
        t = TABLE
        if c.field in ("exporter", "destination", "origin"):
            return self._atom(self._ckey(jur, c.field, c), f"country:{c.field}", (jur, c))
        if c.field == "persons":
            k = self._ckey(jur, "persons", c)
            return t.disj(
                self._atom(("persons", cls.value), f"persons:{cls.value}", cls.value)
                for cls in self.persons_classes
                if k in cls.payload_true
            )
        dest = self._atom(
            self._ckey(jur, "destination", c), "country:destination", (jur, c.model_copy())
        )
        if c.field == "end_user.country":
            follows = self._atom(("eu-country-follows-destination",), "end_user", None)
            own = self._atom(
                ("eu-country", jur if c.groups else "", c.countries, c.groups), "end_user", (jur, c)
            )
            return t.disj([t.conj([follows, dest]), t.conj([t.neg(follows), own])])
        follows = self._atom(("eu-hq-follows-destination",), "end_user", None)
        own = self._atom(
            ("eu-hq", jur if c.groups else "", c.countries, c.groups), "end_user", (jur, c)
        )
        return t.disj([t.conj([follows, dest]), own])

    # -------------------------------------------------------------- persons classes
    def build_persons_classes(self) -> None:
        """Classes of nationalities that every persons atom treats alike; a transaction's
        persons are then described by which classes they include."""
        sig: dict[frozenset[Hashable], list[str]] = {}
        for code in v.countries():
            true = frozenset(
                k
                for k, (jur, a) in self.persons_atoms.items()
                if self.in_set(jur, a.countries, a.groups, code)
            )
            if true:
                sig.setdefault(true, []).append(code)
        self.persons_classes = [
            _PersonsClass(
                value=self.prefer(members, "persons"), payload_true=true, members=tuple(members)
            )
            for true, members in sorted(
                sig.items(),
                key=lambda kv: self.prefer_key(self.prefer(kv[1], "persons"), "persons"),
            )
        ]

    # -------------------------------------------------------------- preferences
    def prefer_key(self, code: str, fld: str = "destination") -> tuple[int, ...]:
        """How readable a country is as the representative of its class on ``fld``:
        countries the conditions name on that field first; for a destination, then those
        named anywhere; for the fields that say where an item comes from, then the
        jurisdictions, suppliers and well-known producers."""
        named = -self.field_mentions.get((fld, code), 0)
        anywhere = -self.country_mentions.get(code, 0)
        known = self.fallback.get(code, len(self.fallback))
        if fld == "destination":
            home = -self.party_homes.get(code, 0)
            return (home, named, anywhere, known, ord(code[0]), ord(code[1]))
        return (named, known, anywhere, ord(code[0]), ord(code[1]))

    def prefer(self, members: Iterable[str], fld: str = "destination") -> str:
        return min(members, key=lambda c: self.prefer_key(c, fld))


#: Tie-breakers for representatives: producers and trade hubs a reader recognises.
_WELL_KNOWN = ("US", "JP", "NL", "DE", "KR", "TW", "SG", "GB", "FR", "IN", "MY", "VN", "BR")


@dataclass(frozen=True)
class _PersonsClass:
    value: str
    payload_true: frozenset[Hashable]
    members: tuple[str, ...]


# --------------------------------------------------------------------------- axes builders


def _numeric_axis(
    name: str,
    atoms: Mapping[Hashable, Any],
    *,
    param: str | None,
    upper: float | None,
) -> list[AxisClass]:
    """Cut ``[0, upper]`` at every atom's constant, on the side its operator puts it:
    ``>= c`` and ``< c`` put ``c`` in the upper class, ``> c`` and ``<= c`` in the lower one,
    and both kinds of cut at one constant (or ``== c``) make ``[c]`` a class of its own."""
    ids = {key: TABLE.known_atom(key) for key in atoms}
    step = _number_step(param) if param is not None else 1.0
    # A position (c, 0) cuts just before c, (c, 1) just after it.
    positions: set[tuple[float, int]] = set()
    for a in atoms.values():
        op = a.op if isinstance(a, Compare) else a.cmp
        c = float(a.value)
        if c < 0 or (upper is not None and c > upper):
            continue
        if op in (">=", "<", "=="):
            positions.add((c, 0))
        if op in (">", "<=", "=="):
            positions.add((c, 1))
    bounds: list[tuple[float, bool]] = [(0.0, True)]  # (low, closed)
    for c, side in sorted(positions):
        if side == 0 and c == 0.0:
            continue  # nothing lies below 0
        bounds.append((c, side == 0))
    out: list[AxisClass] = []
    for i, (low, lc) in enumerate(bounds):
        if i + 1 < len(bounds):
            high: float | None = bounds[i + 1][0]
            hc = not bounds[i + 1][1]
        else:
            high, hc = upper, upper is not None
        if high is not None and (high < low or (high == low and not (lc and hc))):
            continue
        rep = low if (lc or high == low) else between(low, high, step, low_closed=False)
        true = frozenset(
            ids[key]
            for key, a in atoms.items()
            if COMPARATORS[a.op if isinstance(a, Compare) else a.cmp](rep, a.value)
        )
        out.append(
            AxisClass(
                label=_interval_label(name.split(":", 1)[1], low, high, lc, hc),
                true_atoms=true,
                value=rep,
                low=low,
                high=high,
                low_closed=lc,
                high_closed=hc,
            )
        )
    if upper is None and all(c.true_atoms for c in out):
        # Comparisons with a parameter the item does not state are all false: a class of
        # its own when no interval gives that.
        what = name.split(":", 1)[1]
        out.append(AxisClass(f"{what} not stated", frozenset(), None, low=None, high=None))
    return out


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(float(x))


def _interval_label(what: str, low: float | None, high: float | None, lc: bool, hc: bool) -> str:
    if low is not None and high is not None and low == high:
        return f"{what} = {_num(low)}"
    parts = []
    if low is not None and (low > 0 or not lc):
        parts.append(f"{what} {'>=' if lc else '>'} {_num(low)}")
    if high is not None:
        parts.append(f"{what} {'<=' if hc else '<'} {_num(high)}")
    return " and ".join(parts) if parts else f"any {what}"


# --------------------------------------------------------------------------- partition


class Cell:
    """A leaf of the partition: transactions on which every condition in scope is constant.

    ``truths`` holds the value of each slot's condition (aligned with
    :attr:`Partition.slots`); ``classes`` the (axis, class) chosen on each axis that
    mattered on the way; ``representative`` is one transaction of the cell (built when first
    asked for).
    """

    __slots__ = ("_part", "_rep", "classes", "index", "truths")

    def __init__(
        self,
        part: Partition,
        index: int,
        truths: tuple[bool, ...],
        classes: tuple[tuple[int, int], ...],
    ) -> None:
        self._part = part
        self.index = index
        self.truths = truths
        self.classes = classes
        self._rep: Transaction | None = None

    @property
    def representative(self) -> Transaction:
        if self._rep is None:
            self._rep = self._part._transaction(self.classes)
        return self._rep

    @property
    def path(self) -> tuple[tuple[str, str], ...]:
        """(axis name, class label) for each axis on the way to this cell."""
        axes = self._part.axes
        return tuple((axes[a].name, axes[a].classes[c].label) for a, c in self.classes)

    def __repr__(self) -> str:
        return f"<Cell {self.index}: {'; '.join(label for _, label in self.path)}>"


@dataclass(frozen=True)
class AppliedRule:
    rule: Rule
    outcome: Outcome
    carveouts: tuple[str, ...]


@dataclass(frozen=True)
class CellVerdict:
    """One regime's verdict on a cell, computed from the cell's condition values exactly as
    the engine computes it from a transaction."""

    jurisdiction: str
    reached: bool
    nexus: tuple[str, ...]
    outcome: Outcome
    applied: tuple[AppliedRule, ...]

    @property
    def deciding(self) -> tuple[Rule, ...]:
        """The rules whose outcome is the verdict (most restrictive first, in rule order)."""
        return tuple(a.rule for a in self.applied if a.outcome is self.outcome)


class _Node:
    __slots__ = ("children", "level", "parent", "parent_class", "skip", "state")

    def __init__(
        self, state: tuple[int, ...], level: int, parent: _Node | None, parent_class: int | None
    ) -> None:
        self.state = state
        self.level = level
        self.parent = parent
        self.parent_class = parent_class
        # None: the axis of this level does not matter here (``skip`` is the one child)
        self.children: list[_Node] | None = None
        self.skip: _Node | None = None


class Partition:
    """The partition of the transactions on ``as_of`` for the regimes in scope.

    Build with :func:`partition`. ``cells`` are the leaves; :meth:`locate` finds the cell of
    any transaction the space contains; :meth:`verdict` gives a regime's verdict on a cell.
    """

    def __init__(
        self,
        world: World,
        as_of: dt.date,
        slots: tuple[Slot, ...],
        axes: tuple[Axis, ...],
        compiler: _Compiler,
    ) -> None:
        self.world = world
        self.as_of = as_of
        self.slots = slots
        self.axes = axes
        self.regimes = {r.jurisdiction: r for r in compiler.regimes}
        self.jurisdictions = sorted(self.regimes)
        self._compiler = compiler
        self._default_countries = self._defaults()
        #: what copies for other dates share: the diagram, the live partitions and the
        #: symbolic views, each built when first asked for
        self._shared: dict[str, Any] = {}

    def at(self, on: dt.date) -> Partition:
        """This partition for another date on which the law in scope is the same (same
        rules, groups and listings): the cells are shared, representatives carry ``on``."""
        if on == self.as_of:
            return self
        # Kept, so that every caller asking for the same date shares one copy and the cells
        # (and verdict memo) it builds: a fresh copy per call rebuilt every cell per lookup.
        dated: dict[dt.date, Partition] = self._shared.setdefault("dated", {})
        other = dated.get(on)
        if other is None:
            other = copy.copy(self)
            other.as_of = on
            for name in ("cells", "_by_jur"):
                other.__dict__.pop(name, None)
            dated[on] = other
        return other

    # -------------------------------------------------------------- enumeration
    @property
    def root(self) -> _Node:
        return self._diagram()[0]

    @property
    def levels(self) -> list[list[_Node]]:
        return self._diagram()[1]

    @property
    def _leaf_index(self) -> dict[int, int]:
        return self._diagram()[2]

    @functools.cached_property
    def cells(self) -> tuple[Cell, ...]:
        """The leaves of the partition, in the order of their first (simplest) path; the
        decision diagram is built when first asked for (the consistency checks ask their
        questions of :meth:`space` instead and never build it)."""
        leaves = self._diagram()[3]
        return tuple(Cell(self, i, truths, classes) for i, (truths, classes) in enumerate(leaves))

    def _diagram(
        self,
    ) -> tuple[
        _Node,
        list[list[_Node]],
        dict[int, int],
        list[tuple[tuple[bool, ...], tuple[tuple[int, int], ...]]],
    ]:
        hit = self._shared.get("diagram")
        if hit is None:
            hit = self._shared["diagram"] = self._build()
        return hit  # type: ignore[no-any-return]

    def _build(
        self,
    ) -> tuple[
        _Node,
        list[list[_Node]],
        dict[int, int],
        list[tuple[tuple[bool, ...], tuple[tuple[int, int], ...]]],
    ]:
        t = TABLE
        root_state = tuple(s.expr for s in self.slots)
        root = _Node(root_state, 0, None, None)
        frontier: list[_Node] = [root]
        levels: list[list[_Node]] = [frontier]
        for depth, axis in enumerate(self.axes):
            seen: dict[tuple[int, ...], _Node] = {}
            nxt: list[_Node] = []
            bit = 1 << axis.id
            masks = t.masks
            restrict = t.restrict
            aid = axis.id
            for node in frontier:
                mentioned = any(masks[e] & bit for e in node.state)
                if not mentioned:
                    child = seen.get(node.state)
                    if child is None:
                        child = _Node(node.state, depth + 1, node, -1)
                        seen[node.state] = child
                        nxt.append(child)
                    node.children = None
                    node.skip = child
                    continue
                kids: list[_Node] = []
                for ci, cls in enumerate(axis.classes):
                    true = cls.true_atoms
                    state = tuple(
                        restrict(e, aid, true) if masks[e] & bit else e for e in node.state
                    )
                    child = seen.get(state)
                    if child is None:
                        child = _Node(state, depth + 1, node, ci)
                        seen[state] = child
                        nxt.append(child)
                    kids.append(child)
                node.children = kids
            frontier = nxt
            levels.append(frontier)
        leaves = []
        for leaf in frontier:
            if any(e > TRUE for e in leaf.state):
                raise AssertionError("partition: a condition is not constant on a leaf")
            truths = tuple(e == TRUE for e in leaf.state)
            leaves.append((truths, tuple(self._path(leaf))))
        return root, levels, {id(leaf): i for i, leaf in enumerate(frontier)}, leaves

    def _path(self, leaf: _Node) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        node: _Node | None = leaf
        while node is not None and node.parent is not None:
            if node.parent_class is not None and node.parent_class >= 0:
                out.append((node.level - 1, node.parent_class))
            node = node.parent
        out.reverse()
        return out

    def product_cells(self) -> int:
        """How many cells of the product of the axes (counting an axis that does not matter
        below a node as one class) the leaves stand for."""
        counts: dict[int, int] = {}
        for level in reversed(self.levels):
            for node in level:
                if node.children is None:
                    counts[id(node)] = 1 if node.skip is None else counts[id(node.skip)]
                else:
                    counts[id(node)] = sum(counts[id(c)] for c in node.children)
        return counts[id(self.root)]

    # -------------------------------------------------------------- symbolic views
    def space(self, jurisdiction: str) -> RegimeSpace:
        """The symbolic view of one regime's conditions over this partition's axes (see
        :mod:`policy.analysis.symbolic`): what the consistency checks ask their questions
        of, without building the cells."""
        from policy.analysis.symbolic import RegimeSpace

        spaces: dict[str, RegimeSpace] = self._shared.setdefault("spaces", {})
        hit = spaces.get(jurisdiction)
        if hit is None:
            hit = spaces[jurisdiction] = RegimeSpace(self, jurisdiction)
        return hit

    def live(self) -> Partition:
        """The partition of the *live* conditions: every nexus, and each rule that decides
        some transaction (with its carve-outs). A dead rule (one that never decides, found
        exactly by :meth:`space`) changes no regime's outcome, nor which rule comes first
        in a verdict, so the live partition gives every outcome and deciding rule the full
        one gives, with the same representatives, in fewer cells: shifted twins of a rule
        that never decide no longer multiply the cells. Same axes, same date."""
        base = self._shared.get("live")
        if base is None:
            keep = set()
            for jur in self.jurisdictions:
                keep |= self.space(jur).live_rules()
            chosen = [
                s
                for s in self.slots
                if s.role == "nexus" or (s.rule is not None and s.rule.key in keep)
            ]
            if len(chosen) == len(self.slots):
                base = self
            else:
                renumber = {s.index: i for i, s in enumerate(chosen)}
                slots = tuple(
                    dataclasses.replace(
                        s,
                        index=renumber[s.index],
                        parent=None if s.parent is None else renumber[s.parent],
                    )
                    for s in chosen
                )
                base = Partition(self.world, self.as_of, slots, self.axes, self._compiler)
            self._shared["live"] = base
        return base if base is self else base.at(self.as_of)

    # -------------------------------------------------------------- representatives
    def _defaults(self) -> list[str]:
        comp = self._compiler
        return sorted(v.countries(), key=comp.prefer_key)[:2]

    def _transaction(
        self,
        path: Sequence[tuple[int, int]],
        values: Mapping[int, Any] | None = None,
        **extra: Any,
    ) -> Transaction:
        """The transaction of a path of (axis, class): each class's representative, or the
        value ``values`` gives for that axis (which must lie in the class)."""
        data: dict[str, Any] = {"date": self.as_of.isoformat(), "channel": "export"}
        item: dict[str, Any] = {"kind": "other", "params": {}, "flags": [], "content": {}}
        classification: dict[str, str] = {}
        uses: list[str] = []
        made_with: list[str] = []
        persons: list[str] = []
        unstated: list[str] = []
        for a, c in path:
            axis = self.axes[a]
            value = axis.classes[c].value if values is None or a not in values else values[a]
            kind, key = axis.kind, axis.key
            if kind == "kind":
                item["kind"] = value
            elif kind == "param":
                if value is not None:
                    item["params"][key] = value
                    if not axis.classes[c].true_atoms:
                        unstated.append(key)
            elif kind == "content":
                if value:
                    item["content"][key] = value
            elif kind == "flag":
                if value:
                    item["flags"].append(key)
            elif kind == "class":
                if value is not None:
                    classification[key] = value
            elif kind == "channel":
                data["channel"] = value
            elif kind == "country":
                if key == "origin":
                    if value is not None:
                        item["origin"] = value
                else:
                    data[key] = value
            elif kind == "end_use":
                if value:
                    uses.append(key)
            elif kind == "made_with":
                if value:
                    made_with.append(key)
            elif kind == "persons":
                if value:
                    persons.append(key)
            elif kind == "end_user":
                data["end_user"] = value
        d1, d2 = self._default_countries
        if "destination" not in data:
            data["destination"] = d1 if data.get("exporter") != d1 else d2
        if "exporter" not in data:
            data["exporter"] = d2 if data["destination"] == d1 else d1
        params = item["params"]
        for key in unstated:
            # No atom of this parameter holds in this class, which is also what an item
            # that does not state the parameter gives: leave it out, unless it could then
            # be derived from the parameters that are given.
            p = v.parameter(key)
            if not (p.derived_from and all(d in params for d in p.derived_from)):
                del params[key]
        _complete_derived(params)
        if classification:
            item["classification"] = classification
        if made_with:
            item["made_with"] = made_with
        data["item"] = item
        if uses:
            data["end_use"] = uses
        if persons:
            data["persons"] = persons
        data.update(extra)
        return Transaction.model_validate(data)

    # -------------------------------------------------------------- queries
    def classify_by_atoms(self, tx: Transaction) -> list[int | None]:
        """The class of ``tx`` on each axis, by evaluating every atom through the engine's
        scope (the reference for :meth:`classify`)."""
        truth = atom_truths(self, tx)
        out: list[int | None] = []
        for axis in self.axes:
            true = frozenset(a for a in axis.atoms if truth.get(a, False))
            out.append(axis.by_truth.get(true))
        return out

    def classify(self, tx: Transaction) -> list[int | None]:
        """The class of ``tx`` on each axis (``None`` where no class has its values), from
        tables built once per partition (a test holds it equal to
        :meth:`classify_by_atoms`)."""
        tables = self.__dict__.get("_tables")
        if tables is None:
            tables = self._tables = [self._table(a) for a in self.axes]
        params = None
        out: list[int | None] = []
        item = tx.item
        for axis, table in zip(self.axes, tables, strict=True):
            kind, key = axis.kind, axis.key
            if kind == "kind":
                out.append(table.get(item.kind))
            elif kind == "country":
                x = (
                    tx.exporter
                    if key == "exporter"
                    else tx.destination
                    if key == "destination"
                    else item.origin
                )
                out.append(table.get(x))
            elif kind == "param":
                if params is None:
                    params = v.with_derived(item.params)
                out.append(_numeric_class(axis, params.get(key)))
            elif kind == "content":
                out.append(_numeric_class(axis, item.content.get(key, 0.0)))
            elif kind == "flag":
                out.append(1 if key in item.flags else 0)
            elif kind == "end_use":
                out.append(1 if key in tx.end_use else 0)
            elif kind == "made_with":
                out.append(1 if key in item.made_with else 0)
            elif kind == "persons":
                members = table
                out.append(1 if any(p in members for p in tx.persons) else 0)
            elif kind == "channel":
                out.append(table.get(tx.channel))
            elif kind == "class":
                code = item.classification.get(key)
                hit = table.get(code, -2)
                if hit == -2:
                    true = frozenset(
                        TABLE.known_atom(k)
                        for k, a in self._compiler.raw[axis.name].items()
                        if code is not None and any(code.startswith(p) for p in a.prefixes)
                    )
                    hit = table[code] = axis.by_truth.get(true)
                out.append(hit)
            else:  # end_user
                eu = tx.end_user
                ekey = eu if not isinstance(eu, EndUser) else eu.model_dump_json()
                hit = table.get(ekey, -2)
                if hit == -2:
                    true = frozenset(
                        TABLE.known_atom(k)
                        for k, payload in self._compiler.raw[axis.name].items()
                        if _end_user_atom(self._compiler, k, payload, eu, None)
                    )
                    hit = table[ekey] = axis.by_truth.get(true)
                out.append(hit)
        return out

    def _table(self, axis: Axis) -> Any:
        comp = self._compiler
        kind = axis.kind
        if kind == "kind":
            return {
                k: axis.by_truth.get(
                    frozenset(
                        TABLE.known_atom(key) for key, a in comp.raw["kind"].items() if a.matches(k)
                    )
                )
                for k in v.kinds()
            }
        if kind in ("country", "channel"):
            table: dict[Any, int | None] = {}
            for i, c in enumerate(axis.classes):
                for m in c.members:
                    table[m] = i
            # No origin given: no origin atom holds.
            table[None] = axis.by_truth.get(frozenset())
            return table
        if kind == "persons":
            cls = next(c for c in comp.persons_classes if c.value == axis.key)
            return frozenset(cls.members)
        return {}

    def evaluate(self, tx: Transaction) -> tuple[bool, ...] | None:
        """The value of every condition in scope on ``tx`` (same date as the partition),
        from its classes, without building the diagram; None where :meth:`locate` would
        find no cell."""
        t = TABLE
        masks, restrict = t.masks, t.restrict
        state = tuple(s.expr for s in self.slots)
        for axis, ci in zip(self.axes, self.classify(tx), strict=True):
            bit = 1 << axis.id
            if not any(masks[e] & bit for e in state):
                continue
            if ci is None:
                return None
            true = axis.classes[ci].true_atoms
            state = tuple(restrict(e, axis.id, true) if masks[e] & bit else e for e in state)
        return tuple(e == TRUE for e in state)

    def locate(self, tx: Transaction) -> Cell | None:
        """The cell that contains ``tx`` (same date as the partition), or None if ``tx`` lies
        outside the enumerated space (for instance an end user with an ownership structure
        the profiles do not cover)."""
        classes = self.classify(tx)
        node = self.root
        for depth in range(len(self.axes)):
            if node.children is None:
                assert node.skip is not None
                node = node.skip
                continue
            ci = classes[depth]
            if ci is None:
                return None
            node = node.children[ci]
        return self.cells[self._leaf_index[id(node)]]

    def verdict(self, cell: Cell | tuple[bool, ...], jurisdiction: str) -> CellVerdict:
        """A regime's verdict on a cell (or on a vector of condition values). Many cells
        share the values of one regime's conditions, so verdicts are memoised by those."""
        truths = cell.truths if isinstance(cell, Cell) else cell
        memo: dict[tuple[str, tuple[bool, ...]], CellVerdict] = self.__dict__.setdefault(
            "_verdict_memo", {}
        )
        key = (jurisdiction, tuple(truths[s.index] for s in self._slots_of(jurisdiction)))
        hit = memo.get(key)
        if hit is None:
            hit = memo[key] = verdict_from_truths(self, truths, jurisdiction)
        return hit

    def _slots_of(self, jurisdiction: str) -> tuple[Slot, ...]:
        cache: dict[str, tuple[Slot, ...]] = self.__dict__.setdefault("_by_jur", {})
        hit = cache.get(jurisdiction)
        if hit is None:
            hit = tuple(s for s in self.slots if s.jurisdiction == jurisdiction)
            cache[jurisdiction] = hit
        return hit

    def verdicts(self, cell: Cell) -> dict[str, CellVerdict]:
        return {j: self.verdict(cell, j) for j in self.jurisdictions}

    def overall(self, cell: Cell) -> Outcome:
        outs = [vd.outcome for vd in self.verdicts(cell).values() if vd.reached]
        return max(outs, key=lambda o: o.rank, default=Outcome.NO_LICENSE_REQUIRED)

    def axis(self, name: str) -> Axis | None:
        return next((a for a in self.axes if a.name == name), None)

    def with_class(self, cell: Cell, axis_name: str, class_index: int) -> Transaction:
        """The cell's representative with one axis moved to another class."""
        a = next(i for i, ax in enumerate(self.axes) if ax.name == axis_name)
        path = sorted([(x, c) for x, c in cell.classes if x != a] + [(a, class_index)])
        return self._transaction(path)

    def class_of(self, cell: Cell, axis_name: str) -> int | None:
        """The class of ``cell`` on an axis (None when the axis does not matter there)."""
        a = next((i for i, ax in enumerate(self.axes) if ax.name == axis_name), None)
        return next((c for x, c in cell.classes if x == a), None)

    # -------------------------------------------------------------- joint search
    def branch_points(self, axis_name: str) -> Iterator[tuple[_Node, list[tuple[int, int]]]]:
        """Each node where ``axis_name`` matters, with one path of classes that leads to it
        (any path does: nodes are merged only when everything below them agrees)."""
        a = next((i for i, ax in enumerate(self.axes) if ax.name == axis_name), None)
        if a is None:
            return
        for node in self.levels[a]:
            if node.children is not None:
                yield node, self._path(node)

    def leaf_values(self, key: str, value: Callable[[Cell], int]) -> dict[int, tuple[int, int]]:
        """For every node, the least and greatest ``value`` of the cells below it (computed
        once per ``key``): what lets :meth:`search` prune."""
        memo: dict[str, dict[int, tuple[int, int]]] = self.__dict__.setdefault("_bounds", {})
        hit = memo.get(key)
        if hit is not None:
            return hit
        out: dict[int, tuple[int, int]] = {}
        for leaf in self.levels[-1]:
            x = value(self.cells[self._leaf_index[id(leaf)]])
            out[id(leaf)] = (x, x)
        for level in reversed(self.levels[:-1]):
            for node in level:
                if node.children is None:
                    assert node.skip is not None
                    out[id(node)] = out[id(node.skip)]
                else:
                    lows, highs = zip(*(out[id(c)] for c in node.children), strict=True)
                    out[id(node)] = (min(lows), max(highs))
        memo[key] = out
        return out

    def search(
        self,
        nodes: Sequence[_Node],
        accept: Callable[[tuple[tuple[int, int], ...]], bool],
        bounds: Mapping[int, tuple[int, int]],
        failed: set[tuple[int, ...]] | None = None,
    ) -> list[tuple[int, int]] | None:
        """A completion (the classes of the remaining axes, the same for every node) that
        takes the nodes to cells whose values ``accept`` holds for, or None.

        ``accept`` sees, for each node, the (least, greatest) value below it (from
        :meth:`leaf_values`), and must answer whether some completion *could* still be
        accepted; at the cells least and greatest are the cell's value. Exhaustive: tuples
        of nodes already explored (in ``failed``, which callers may share between searches
        with the same ``accept``) are not explored twice."""
        failed = set() if failed is None else failed
        n_axes = len(self.axes)

        def go(ns: tuple[_Node, ...]) -> list[tuple[int, int]] | None:
            key = tuple(id(n) for n in ns)
            if key in failed:
                return None
            if not accept(tuple(bounds[k] for k in key)):
                failed.add(key)
                return None
            level = ns[0].level
            if level == n_axes:
                return []
            if all(n.children is None for n in ns):
                found = go(tuple(n.skip for n in ns))  # type: ignore[misc]
                if found is None:
                    failed.add(key)
                return found
            for ci in range(len(self.axes[level].classes)):
                nxt = tuple(n.skip if n.children is None else n.children[ci] for n in ns)
                found = go(nxt)  # type: ignore[arg-type]
                if found is not None:
                    return [(level, ci), *found]
            failed.add(key)
            return None

        return go(tuple(nodes))

    def witness_path(self, jurisdiction: str, condition: Condition) -> list[tuple[int, int]] | None:
        """A path to a transaction (of this partition's space) that meets ``condition``
        (read with ``jurisdiction``'s groups and lists), or None if none does. The condition
        must only use atoms that the partition's conditions use."""
        e = self._compiler.expr(jurisdiction, condition)
        failed: set[tuple[int, int]] = set()
        t = TABLE

        def go(depth: int, x: int) -> list[tuple[int, int]] | None:
            if x == TRUE:
                return []
            if x == FALSE or depth == len(self.axes) or (depth, x) in failed:
                return None
            axis = self.axes[depth]
            if not (t.masks[x] >> axis.id) & 1:
                return go(depth + 1, x)
            for ci, cls in enumerate(axis.classes):
                found = go(depth + 1, t.restrict(x, axis.id, cls.true_atoms))
                if found is not None:
                    return [(depth, ci), *found]
            failed.add((depth, x))
            return None

        return go(0, e)

    def satisfiable(self, jurisdiction: str, condition: Condition) -> bool:
        return self.witness_path(jurisdiction, condition) is not None

    def transaction(self, path: Sequence[tuple[int, int]]) -> Transaction:
        """The representative transaction of a path of (axis index, class index)."""
        return self._transaction(sorted(path))

    def __len__(self) -> int:
        return len(self.cells)

    def __iter__(self) -> Iterator[Cell]:
        return iter(self.cells)

    def __repr__(self) -> str:
        return (
            f"<Partition as of {self.as_of.isoformat()}: {len(self.cells)} cells,"
            f" {len(self.axes)} axes, {len(self.slots)} conditions>"
        )


def _numeric_class(axis: Axis, x: float | None) -> int | None:
    if x is None:
        return axis.by_truth.get(frozenset())
    for i, c in enumerate(axis.classes):
        if c.contains(x):
            return i
    return None


def _complete_derived(params: dict[str, float]) -> None:
    """Give the input of a derived parameter that no condition reads, so a representative
    reads like a real item (TPP 4800 and performance density 5.92 imply a die area)."""
    for p in v.parameters().values():
        if p.derive is None or p.name not in params or len(p.derived_from) != 2:
            continue
        num, den = p.derived_from
        if p.formula != f"{num} / {den}":
            continue
        if num not in params or den in params or params[p.name] <= 0:
            continue
        # Giving the input must not make another derived parameter appear.
        if any(
            q.name != p.name
            and den in q.derived_from
            and q.name not in params
            and all(d in params for d in q.derived_from if d != den)
            for q in v.parameters().values()
        ):
            continue
        value = round(params[num] / params[p.name], 1)
        if math.isfinite(value) and value > 0:
            params[den] = value


# --------------------------------------------------------------------------- verdicts


def verdict_from_truths(part: Partition, truths: Sequence[bool], jurisdiction: str) -> CellVerdict:
    """The engine's decision procedure (see policy.engine.decide) on condition values."""
    nexus: list[str] = []
    rules: list[tuple[Slot, list[Slot]]] = []
    for s in part._slots_of(jurisdiction):
        if s.role == "nexus":
            if truths[s.index]:
                nexus.append(s.id)
        elif s.role == "rule":
            rules.append((s, []))
        else:
            rules[-1][1].append(s)
    if not nexus:
        return CellVerdict(jurisdiction, False, (), Outcome.NOT_APPLICABLE, ())
    applied: list[AppliedRule] = []
    for s, carves in rules:
        rule = s.rule
        assert rule is not None
        if rule.nexus and not any(x in nexus for x in rule.nexus):
            continue
        if not truths[s.index]:
            continue
        outcome = rule.outcome
        used: list[str] = []
        for c in carves:
            if not truths[c.index]:
                continue
            assert c.carveout is not None
            if c.carveout.outcome.rank < outcome.rank:
                outcome = c.carveout.outcome
                used.append(c.id)
        applied.append(AppliedRule(rule, outcome, tuple(used)))
    applied.sort(key=lambda a: -a.outcome.rank)
    top = applied[0].outcome if applied else Outcome.NO_LICENSE_REQUIRED
    return CellVerdict(jurisdiction, True, tuple(nexus), top, tuple(applied))


# --------------------------------------------------------------------------- atom truth


def atom_truths(part: Partition, tx: Transaction) -> dict[int, bool]:
    """The value of every atom of the partition on ``tx`` (through the engine's scope, so
    that the partition and the engine agree by construction)."""
    comp = part._compiler
    out: dict[int, bool] = {}
    scopes: dict[str, TransactionScope] = {}

    def scope(jur: str) -> TransactionScope:
        s = scopes.get(jur)
        if s is None:
            s = TransactionScope(comp.indexes[jur], tx)
            scopes[jur] = s
        return s

    any_scope = scope(comp.regimes[0].jurisdiction) if comp.regimes else None
    for axis in part.axes:
        payloads = comp.raw.get(axis.name, {})
        for key, payload in payloads.items():
            aid = TABLE.atom_id(key)
            if aid is None:
                continue
            out[aid] = _atom_value(comp, axis, key, payload, tx, scope, any_scope)
    return out


def _atom_value(
    comp: _Compiler,
    axis: Axis,
    key: Any,
    payload: Any,
    tx: Transaction,
    scope: Callable[[str], TransactionScope],
    any_scope: TransactionScope | None,
) -> bool:
    kind = axis.kind
    if kind in ("param", "content", "flag", "class", "channel", "kind"):
        assert any_scope is not None
        return bool(payload.evaluate(any_scope))
    if kind == "end_use":
        return key[1] in tx.end_use
    if kind == "made_with":
        return key[1] in tx.item.made_with
    if kind == "persons":
        cls = next(c for c in comp.persons_classes if c.value == key[1])
        return any(p in cls.members for p in tx.persons)
    if kind == "country":
        jur, cond = payload
        if axis.key == "exporter":
            values: tuple[str, ...] = (tx.exporter,)
        elif axis.key == "destination":
            values = (tx.destination,)
        else:
            values = (tx.item.origin,) if tx.item.origin else ()
        return any(comp.in_set(jur, cond.countries, cond.groups, c) for c in values)
    if kind == "end_user":
        return _end_user_atom(comp, key, payload, tx.end_user, tx)
    raise AssertionError(axis.name)


def _hq_chain(comp: _Compiler, who: Party | EndUser, depth: int = 0) -> tuple[list[str], bool]:
    """The headquarters chain (own, then parents owning more than 50%), and whether its
    first element is only the transaction's destination (an end user without country)."""
    follows = False
    own = who.headquarters or who.country
    chain: list[str] = []
    if own is None:
        follows = True
    else:
        chain.append(own)
    if depth < 20:
        for o in who.owners:
            if o.share > 50 and o.party in comp.parties:
                sub, _ = _hq_chain(comp, comp.parties[o.party], depth + 1)
                chain.extend(sub)
    return chain, follows


def _end_user_atom(
    comp: _Compiler, key: Any, payload: Any, eu: str | EndUser | None, tx: Transaction | None
) -> bool:
    who: Party | EndUser | None
    if isinstance(eu, str):
        who = comp.parties.get(eu)
        if who is None:
            return False
    else:
        who = eu
    tag = key[0]
    if tag == "eu-country-follows-destination":
        return who is None or (isinstance(who, EndUser) and who.country is None)
    if tag == "eu-country":
        if who is None or who.country is None:
            return False
        jur, cond = payload
        return comp.in_set(jur, cond.countries, cond.groups, who.country)
    if tag == "eu-hq-follows-destination":
        if who is None:
            return False
        return _hq_chain(comp, who)[1]
    if tag == "eu-hq":
        if who is None:
            return False
        chain, _ = _hq_chain(comp, who)
        jur, cond = payload
        return any(comp.in_set(jur, cond.countries, cond.groups, c) for c in chain)
    if tag == "listed":
        jur, cond = payload
        index = comp.indexes.get(jur)
        if index is None or cond.list not in index.lists or who is None:
            return False
        probe = tx or Transaction.model_validate(
            {
                "date": comp.on.isoformat(),
                "exporter": "US",
                "destination": "US",
                "end_user": eu if isinstance(eu, str) else (eu.model_dump() if eu else None),
                "item": {"kind": "other"},
            }
        )
        if tx is not None and tx.date != comp.on:
            probe = tx.model_copy(update={"date": comp.on})
        try:
            return (
                TransactionScope(index, probe).listed(cond.list, cond.tags, cond.min_share)
                is not None
            )
        except Exception:
            return False
    raise AssertionError(tag)


# --------------------------------------------------------------------------- building axes


def _build_axes(comp: _Compiler) -> list[Axis]:
    axes: dict[str, Axis] = {}
    t = TABLE
    for name, atoms in comp.raw.items():
        kind, _, key = name.partition(":")
        ids = tuple(sorted(a for a in (t.atom_id(k) for k in atoms) if a is not None))
        classes: list[AxisClass]
        if kind == "param":
            classes = _numeric_axis(name, atoms, param=key, upper=None)
        elif kind == "content":
            classes = _numeric_axis(name, atoms, param=None, upper=100.0)
        elif kind == "flag":
            aid = ids[0]
            classes = [
                AxisClass(f"not {key}", frozenset(), False),
                AxisClass(key, frozenset({aid}), True),
            ]
        elif kind in ("end_use", "made_with", "persons"):
            aid = ids[0]
            what = {"end_use": "end use", "made_with": "made with", "persons": "persons include"}[
                kind
            ]
            classes = [
                AxisClass(f"no {what} {key}", frozenset(), False),
                AxisClass(f"{what} {key}", frozenset({aid}), True),
            ]
        elif kind == "kind":
            classes = _kind_classes(comp, atoms)
        elif kind == "channel":
            classes = _value_classes(
                list(v.CHANNELS),
                functools.partial(_channel_truth, atoms),
                lambda ch: (0 if ch == "export" else 1, ch),
                "channel",
            )
        elif kind == "class":
            prefixes = sorted({p for a in atoms.values() for p in a.prefixes})
            values: list[str | None] = [None, *prefixes]
            classes = _value_classes(
                values,
                functools.partial(_prefix_truth, atoms),
                lambda code: (0, "") if code is None else (1, code),
                f"{key} classification",
            )
        elif kind == "country":
            values_c: list[str | None] = list(v.countries())
            if key == "origin":
                values_c.append(None)
            classes = _value_classes(
                values_c,
                functools.partial(_country_truth, comp, atoms),
                functools.partial(_country_rank, comp, key),
                key,
            )
        elif kind == "end_user":
            classes = _end_user_classes(comp, atoms)
        else:  # pragma: no cover - every axis kind is handled above
            raise AssertionError(name)
        axis = Axis(name=name, id=t.axis(name), atoms=ids, classes=classes)
        for i, cls in enumerate(classes):
            axis.by_truth.setdefault(cls.true_atoms, i)
        axes[name] = axis
    return [axes[n] for n in sorted(axes, key=_axis_order)]


def _channel_truth(atoms: Mapping[Any, Any], ch: str) -> frozenset[int]:
    return frozenset(TABLE.known_atom(k) for k, a in atoms.items() if ch in a.channels)


def _prefix_truth(atoms: Mapping[Any, Any], code: str | None) -> frozenset[int]:
    if code is None:
        return frozenset()
    return frozenset(
        TABLE.known_atom(k) for k, a in atoms.items() if any(code.startswith(p) for p in a.prefixes)
    )


def _country_truth(comp: _Compiler, atoms: Mapping[Any, Any], c: str | None) -> frozenset[int]:
    if c is None:
        return frozenset()
    return frozenset(
        TABLE.known_atom(k)
        for k, (jur, a) in atoms.items()
        if comp.in_set(jur, a.countries, a.groups, c)
    )


def _country_rank(comp: _Compiler, fld: str, c: str | None) -> tuple[int, ...]:
    return (1,) if c is None else (0, *comp.prefer_key(c, fld))


#: The order in which axes are fixed: what most conditions read first, so residuals shrink
#: early; reach-only fields (exporter, origin, content, technology, persons) last.
_ORDER = [
    "kind",
    "country:destination",
    "end_user",
    "end_use",
    "flag",
    "class",
    "param",
    "channel",
    "persons",
    "made_with",
    "content",
    "country:origin",
    "country:exporter",
]


def _axis_order(name: str) -> tuple[int, str]:
    for i, prefix in enumerate(_ORDER):
        if name == prefix or name.startswith(prefix + ":") or name.startswith(prefix):
            return (i, name)
    return (len(_ORDER), name)


def _value_classes(
    values: Sequence[Any],
    truth: Callable[[Any], frozenset[int]],
    rank: Callable[[Any], Any],
    what: str,
) -> list[AxisClass]:
    groups: dict[frozenset[int], list[Any]] = {}
    for x in values:
        groups.setdefault(truth(x), []).append(x)
    out = []
    for true, members in groups.items():
        members = sorted(members, key=rank)
        rep = members[0]
        shown = [str(m) if m is not None else "none" for m in members]
        label = f"{what} {', '.join(shown[:6])}" + (
            f" and {len(shown) - 6} more" if len(shown) > 6 else ""
        )
        out.append(
            AxisClass(
                label=label,
                true_atoms=true,
                value=rep,
                members=tuple(str(m) for m in members if m is not None),
            )
        )
    out.sort(key=lambda c: rank(c.value))
    return out


def _kind_classes(comp: _Compiler, atoms: Mapping[Hashable, Any]) -> list[AxisClass]:
    t = TABLE
    named = {k for a in atoms.values() for k in a.kinds}
    supplied = {s.kind for s in comp.world.suppliers}

    def rank(k: str) -> tuple[int, int, str]:
        return (0 if k in named else 1 if k in supplied else 2, -k.count("."), k)

    return _value_classes(
        list(v.kinds()),
        lambda k: frozenset(t.atom_id(key) for key, a in atoms.items() if a.matches(k)),  # type: ignore[misc]
        rank,
        "kind",
    )


def _end_user_profiles(comp: _Compiler, atoms: Mapping[Any, Any]) -> list[Any]:
    """Candidate end users: none, each named party, unnamed end users per country and
    headquarters class, and unlisted affiliates of listed parties per ownership band."""
    profiles: list[Any] = [None]
    profiles.extend(sorted(comp.parties))
    country_sets: list[tuple[str, Countries]] = []
    hq_sets: list[tuple[str, Countries]] = []
    shares: set[float] = {100.0, 50.0}
    for key, payload in atoms.items():
        if key[0] == "eu-country":
            country_sets.append(payload)
        elif key[0] == "eu-hq":
            hq_sets.append(payload)
        elif key[0] == "listed":
            _, cond = payload
            if cond.min_share is not None:
                shares.add(float(cond.min_share))

    def reps(sets: list[tuple[str, Countries]]) -> list[str]:
        groups: dict[tuple[bool, ...], list[str]] = {}
        for c in v.countries():
            groups.setdefault(
                tuple(comp.in_set(j, a.countries, a.groups, c) for j, a in sets), []
            ).append(c)
        return sorted((comp.prefer(m) for m in groups.values()), key=comp.prefer_key)

    if country_sets or hq_sets:
        for c in reps(country_sets):
            for h in reps(hq_sets):
                name = f"unnamed end user in {c}" + (f", headquartered in {h}" if h != c else "")
                profiles.append(EndUser(name=name, country=c, headquarters=h))
    listed_parties = sorted(
        {
            e.party
            for r in comp.regimes
            for li in r.lists
            for e in li.listings
            if e.active(comp.on) and e.party in comp.parties
        }
    )
    bands: set[float] = set()
    for s in shares:
        bands.add(s)
        if s > 0.01:
            bands.add(round(s - 0.01, 2))
    for pid in listed_parties:
        p = comp.parties[pid]
        for s in sorted(bands, reverse=True):
            profiles.append(
                EndUser(
                    name=f"unlisted affiliate of {pid} ({_num(s)}% owned)",
                    country=p.country,
                    owners=(Owner(party=pid, share=s),),
                )
            )
    return profiles


def _end_user_classes(comp: _Compiler, atoms: Mapping[Hashable, Any]) -> list[AxisClass]:
    t = TABLE
    ids = {key: t.known_atom(key) for key in atoms}
    out: list[AxisClass] = []
    seen: set[frozenset[int]] = set()
    for prof in _end_user_profiles(comp, atoms):
        true = frozenset(
            ids[key]
            for key, payload in atoms.items()
            if _end_user_atom(comp, key, payload, prof, None)
        )
        if true in seen:
            continue
        seen.add(true)
        if prof is None:
            label, value = "no end user named", None
        elif isinstance(prof, str):
            label, value = f"end user {prof}", prof
        else:
            label, value = prof.name, prof.model_dump(mode="json", exclude_defaults=True)
        out.append(AxisClass(label=label, true_atoms=true, value=value))
    return out


# --------------------------------------------------------------------------- entry point


def partition(
    world: World, *, as_of: dt.date, jurisdictions: Sequence[str] | None = None
) -> Partition:
    """The exact partition of the transactions dated ``as_of`` for the regimes of ``world``
    in force that day (or only ``jurisdictions``)."""
    comp = _Compiler(world, as_of, jurisdictions)
    items = comp.collect()
    comp.build_persons_classes()
    slots: list[Slot] = []
    last_rule = -1
    for jur, role, sid, cond, obj in items:
        e = comp.expr(jur, cond)
        if role == "nexus":
            slots.append(Slot(len(slots), jur, role, sid, e, nexus=obj))
        elif role == "rule":
            last_rule = len(slots)
            slots.append(Slot(len(slots), jur, role, sid, e, rule=obj))
        else:
            rule, c = obj
            slots.append(
                Slot(len(slots), jur, role, sid, e, rule=rule, carveout=c, parent=last_rule)
            )
    axes = _build_axes(comp)
    return Partition(world, as_of, tuple(slots), tuple(axes), comp)

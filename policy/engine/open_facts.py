"""Open facts: the facts a transaction leaves out that would change a verdict.

Every optional field of a transaction has a documented reading when it is left out (a flag
not given is not set, a parameter not given meets no threshold, no end user is an unlisted
one in the destination, content not given is 0 %). The outcome keeps that reading; the
open facts say where it matters: for each fact the transaction does not state and some
piece of law in force on its date reads, the fact takes each of its classes in turn, with
everything the transaction states held fixed, and every class whose outcome differs from
the verdict's is reported, per jurisdiction, as ``{"fact": ..., "if": ..., "outcome": ...}``.

**Which facts are stated** is one rule over the transaction's JSON data, whatever its
fields (:func:`stated_paths`), read the same from every input format: a field is stated
when it holds a value. ``null`` (an empty cell in CSV, a null in Arrow) states nothing; an
object states the entries it has; a list states its field even when empty. So
``"flags": []`` states that the item has no flag, while a transaction without ``flags``
leaves every flag open (CSV, whose empty cell is an absent field, cannot state an empty
list); ``"end_user": "SMIC"`` or an end-user object states the end user, while no end user
(or ``null``) leaves it open. Each fact names the field that states it
(:attr:`FactAxis.stated_by`): a parameter is stated by its own key (``item.params.tpp``),
a flag by the list (``item.flags``), a content share by the content object
(``item.content``: a share it leaves out is 0 %), a classification by the classification
object.

**The classes of a fact** come from the law's own conditions, as the partition's do: a
parameter or a content share is cut at every constant a comparison on it names (each
interval between cuts and each cut is a class); a flag, an end use, a technology the item
was made with, a person's nationality is named or not; a country (origin), a
classification code and the end user take each value the conditions name (each listed
party, each country a condition names or a group it names holds, an end user
headquartered there). Numeric classes with the same outcome next to each other are
reported as one range.

**Single-fact variation.** Each open fact is varied alone, the other open facts keeping
their documented reading: two facts that change the outcome only together (an end use
*and* a flag) are not reported. A parameter that the vocabulary derives from others
(performance density from TPP and die area) follows its inputs when they are given.

The variants are planned here once (:func:`plan`) and evaluated by whichever evaluator the
caller has: the reference engine (:func:`policy.engine.decide.decide`) or the compiled
tables (``policy screen``), folded back into open facts by :func:`fold`; the differential
tests hold the two equal.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from policy.engine.cache import PerWorld
from policy.model import vocabulary as v
from policy.model.conditions import (
    All,
    AnyOf,
    Classified,
    Compare,
    Condition,
    Content,
    Countries,
    EndUse,
    Flag,
    Kind,
    Listed,
    MadeWith,
    Not,
    Producer,
)
from policy.model.decisions import OpenFact, Outcome, Verdict
from policy.model.numbers import format_number
from policy.model.transactions import Consignee, EndUser, ExporterParty, Transaction
from policy.model.world import World

#: The start of the message of a record refused for its open facts (``--facts strict``).
STRICT = "open facts (--facts strict)"

#: How a fact's classes are laid out: ``number`` (intervals and cuts, in order), ``member``
#: (a name added to a list: one class, ``if`` true) or ``value`` (a field set to a value).
FactShape = Literal["number", "member", "value"]

#: The transaction fields a variant may set, in :data:`policy.engine.compiled.batch.Row`
#: positions (the compiled evaluator sets them in a row, the reference in the model).
ROW_FIELDS: Mapping[str, int] = {
    "end_user": 4,
    "end_use": 5,
    "persons": 6,
    "item.params": 8,
    "item.flags": 9,
    "item.classification": 10,
    "item.origin": 11,
    "item.content": 12,
    "item.made_with": 13,
    "item.producer": 14,
    "exporter_party": 15,
    "consignee": 16,
}


@dataclass(frozen=True)
class FactClass:
    """One class of a fact: how the fact is written when it takes it (``label``: ``True``,
    a range or a value) and a value of the class."""

    label: bool | str
    value: Any


@dataclass(frozen=True)
class FactAxis:
    """A fact some law reads: its path (``item.params.tpp``), the field whose presence states
    it (``stated_by``), the field a variant sets (``field``) and how, and its classes."""

    path: str
    stated_by: str
    field: str
    shape: FactShape
    key: str | None
    classes: tuple[FactClass, ...]

    def set_in(self, current: Any, value: Any) -> Any:
        """The field's new value when the fact takes ``value``, from its ``current`` one."""
        if self.shape == "member":
            return tuple(sorted({*current, value}))
        if self.key is not None:
            return {**current, self.key: value}
        return value


@dataclass(frozen=True)
class Variant:
    """The transaction with one open fact set to one of its classes."""

    axis: FactAxis
    index: int

    @property
    def fact_class(self) -> FactClass:
        return self.axis.classes[self.index]

    def row(self, row: Sequence[Any]) -> tuple[Any, ...]:
        """A compiled-evaluator row (:data:`~policy.engine.compiled.batch.Row`) with the
        fact set."""
        pos = ROW_FIELDS[self.axis.field]
        out = list(row)
        out[pos] = self.axis.set_in(row[pos], self.fact_class.value)
        return tuple(out)

    def transaction(self, tx: Transaction) -> Transaction:
        """``tx`` with the fact set."""
        field = self.axis.field
        if field.startswith("item."):
            name = field.removeprefix("item.")
            item = tx.item
            new = self.axis.set_in(getattr(item, name), self.fact_class.value)
            return tx.model_copy(update={"item": item.model_copy(update={name: new})})
        new = self.axis.set_in(getattr(tx, field), self.fact_class.value)
        return tx.model_copy(update={field: new})


# --------------------------------------------------------------------------- stated


def stated_paths(data: Mapping[str, Any], prefix: str = "") -> frozenset[str]:
    """The dotted paths of every field ``data`` (a transaction as JSON data, or a model
    dumped with ``exclude_unset``) gives a value, at every depth: a key whose value is
    ``null`` states nothing, an object states its entries (so an empty one states nothing),
    and any other value, an empty list included, states its field."""
    out: set[str] = set()
    for key, value in data.items():
        if value is None:
            continue
        path = f"{prefix}{key}"
        if isinstance(value, Mapping):
            inner = stated_paths(value, path + ".")
            if inner:
                out.add(path)
                out |= inner
        else:
            out.add(path)
    return frozenset(out)


def stated_in(tx: Transaction) -> frozenset[str]:
    """The paths ``tx`` states (:func:`stated_paths` of the fields it was given)."""
    return stated_paths(tx.model_dump(exclude_unset=True))


# --------------------------------------------------------------------------- the axes


def _in_force(piece: Any, on: dt.date) -> bool:
    return bool(piece.effective <= on and (piece.end is None or on < piece.end))


def _conditions(world: World, on: dt.date | None, kind: str | None) -> Iterator[Condition]:
    """The conditions of the law in force on ``on`` (of every piece, for None) that can
    hold for an item of ``kind`` (any kind, for None): a rule whose condition names other
    kinds only reads no fact of this item, nor do its carve-outs."""
    for regime in world.regimes:
        for n in regime.reach:
            if (on is None or _in_force(n, on)) and _may_hold(n.when, kind) is not False:
                yield n.when
        for rule in regime.rules:
            if on is not None and not _in_force(rule, on):
                continue
            if _may_hold(rule.when, kind) is False:
                continue
            yield rule.when
            for c in rule.carveouts:
                if (on is None or _in_force(c, on)) and _may_hold(c.when, kind) is not False:
                    yield c.when


def _may_hold(cond: Condition, kind: str | None) -> bool | None:
    """Whether ``cond`` holds for an item of ``kind`` whatever else is true (None: it
    depends on more than the kind). Three-valued over the kind atoms alone, so a False is
    sure: no fact of the transaction can make the condition hold."""
    if kind is None:
        return None
    if isinstance(cond, Kind):
        return cond.matches(kind)
    if isinstance(cond, Not):
        inner = _may_hold(cond.of, kind)
        return None if inner is None else not inner
    if isinstance(cond, All | AnyOf):
        got = [_may_hold(c, kind) for c in cond.of]
        decides = isinstance(cond, AnyOf)  # a True decides an "any", a False an "all"
        if decides in got:
            return decides
        return None if None in got else not decides
    return None


def _number_classes(cuts: Iterable[float], low: float, high: float | None) -> list[FactClass]:
    """The classes of a number in ``[low, high]`` cut at ``cuts``: below the first cut,
    each cut, between two cuts, above the last; each labelled with its bounds."""
    points = sorted({float(c) for c in cuts if c >= low and (high is None or c <= high)})
    out: list[FactClass] = []
    for i, c in enumerate(points):
        lo = points[i - 1] if i else low
        if c > lo:  # the interval left of the cut (from ``low`` itself for the first)
            out.append(FactClass(_range(points, 2 * i), (lo + c) / 2))
        out.append(FactClass(_range(points, 2 * i + 1), c))
    top = points[-1] if points else low
    if high is None or top < high:
        out.append(
            FactClass(
                _range(points, 2 * len(points)), top * 2 + 1 if high is None else (top + high) / 2
            )
        )
    return out


def _range(points: list[float], k: int) -> str:
    """The label of class ``k`` of ``points`` (class 2i: the interval left of point i;
    2i+1: point i)."""
    if k % 2:
        return f"== {format_number(points[k // 2])}"
    i = k // 2
    parts = []
    if i > 0:
        parts.append(f"> {format_number(points[i - 1])}")
    if i < len(points):
        parts.append(f"< {format_number(points[i])}")
    return " and ".join(parts) or "any value"


def _bounds(label: str) -> tuple[str | None, str | None]:
    """(lower, upper) parts of a class label."""
    if label.startswith("=="):
        n = label[3:]
        return f">= {n}", f"<= {n}"
    lo = hi = None
    for part in label.split(" and "):
        if part.startswith(">"):
            lo = part
        elif part.startswith("<"):
            hi = part
    return lo, hi


def merge_range(first: str, last: str) -> str:
    """The label of the run of classes from ``first`` to ``last``."""
    if first == last:
        return first
    lo, _ = _bounds(first)
    _, hi = _bounds(last)
    return " and ".join(p for p in (lo, hi) if p) or "any value"


def _group_members(world: World, groups: Iterable[str]) -> set[str]:
    wanted = set(groups)
    return {m.country for r in world.regimes for g in r.groups if g.id in wanted for m in g.members}


def axes(world: World, on: dt.date, kind: str | None = None) -> tuple[FactAxis, ...]:
    """Every fact the law of ``world`` in force on ``on`` reads of an item of ``kind`` (of
    any item, for None), with its classes, in path order (cached per world, epoch and
    kind)."""
    return _AXES(world).get(on, kind)


def stated_by_paths(world: World, kind: str | None = None) -> frozenset[str]:
    """The fields that state the facts any law of ``world`` reads of an item of ``kind``
    (of any item, for None), on any date: a record that states all of them has no open
    fact (``policy screen`` looks no further)."""
    return _AXES(world).every(kind)


class _Axes:
    """The axes per epoch: the law in force changes only on the world's change dates, so
    the days between two of them share their axes."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.changes = world.change_dates()
        self.cache: dict[tuple[int, str | None], tuple[FactAxis, ...]] = {}
        self.paths: dict[str | None, frozenset[str]] = {}

    def get(self, on: dt.date, kind: str | None) -> tuple[FactAxis, ...]:
        key = (bisect.bisect_right(self.changes, on), kind)
        got = self.cache.get(key)
        if got is None:
            got = self.cache[key] = _build_axes(self.world, on, kind)
        return got

    def every(self, kind: str | None) -> frozenset[str]:
        got = self.paths.get(kind)
        if got is None:
            axes = _build_axes(self.world, None, kind)
            got = self.paths[kind] = frozenset(a.stated_by for a in axes)
        return got


_AXES: PerWorld[_Axes] = PerWorld(_Axes)


def _build_axes(world: World, on: dt.date | None, kind: str | None) -> tuple[FactAxis, ...]:
    params: dict[str, set[float]] = {}
    content: dict[str, set[float]] = {}
    flags: set[str] = set()
    uses: set[str] = set()
    made_with: set[str] = set()
    codes: dict[str, set[str]] = {}
    country_fields: dict[str, set[str]] = {}
    end_user = False
    producers: set[str] = set()
    for cond in _conditions(world, on, kind):
        for atom in cond.atoms():
            if isinstance(atom, Compare):
                params.setdefault(atom.param, set()).add(float(atom.value))
            elif isinstance(atom, Content):
                content.setdefault(atom.jurisdiction, set()).add(float(atom.value))
            elif isinstance(atom, Flag):
                flags.add(atom.flag)
            elif isinstance(atom, EndUse):
                uses.update(atom.uses)
            elif isinstance(atom, MadeWith):
                made_with.update(atom.jurisdictions)
            elif isinstance(atom, Classified):
                codes.setdefault(atom.jurisdiction, set()).update(atom.prefixes)
            elif isinstance(atom, Countries):
                named = set(atom.countries) | _group_members(world, atom.groups)
                country_fields.setdefault(atom.field, set()).update(named)
                end_user |= atom.field.startswith("end_user.")
            elif isinstance(atom, Listed):
                end_user = True
            elif isinstance(atom, Producer):
                producers.update(atom.names)
    out: list[FactAxis] = []
    for p, cuts in params.items():
        path = f"item.params.{p}"
        out.append(
            FactAxis(path, path, "item.params", "number", p, tuple(_number_classes(cuts, 0, None)))
        )
    for j, cuts in content.items():
        classes = tuple(_number_classes(cuts, 0, 100))
        out.append(
            FactAxis(f"item.content.{j}", "item.content", "item.content", "number", j, classes)
        )
    for field, names in (("item.flags", flags), ("end_use", uses), ("item.made_with", made_with)):
        for f in names:
            path = f"{field}.{f}"
            out.append(FactAxis(path, field, field, "member", None, (FactClass(True, f),)))
    for j, prefixes in codes.items():
        classes = tuple(FactClass(c, c) for c in sorted(prefixes))
        path = f"item.classification.{j}"
        out.append(
            FactAxis(path, "item.classification", "item.classification", "value", j, classes)
        )
    if "origin" in country_fields:
        classes = tuple(FactClass(c, c) for c in sorted(country_fields["origin"]))
        out.append(FactAxis("item.origin", "item.origin", "item.origin", "value", None, classes))
    if "persons" in country_fields:
        classes = tuple(FactClass(c, c) for c in sorted(country_fields["persons"]))
        out.append(FactAxis("persons", "persons", "persons", "member", None, classes))
    if end_user:
        parties = sorted(world.parties())
        where = country_fields.get("end_user.country", set())
        where |= country_fields.get("end_user.headquarters", set())
        classes = tuple(FactClass(p, p) for p in parties) + tuple(
            FactClass(_SOMEONE_IN + c, EndUser(name=_SOMEONE_IN + c, country=c))
            for c in sorted(where)
        )
        out.append(FactAxis("end_user", "end_user", "end_user", "value", None, classes))
    if producers:
        classes = tuple(FactClass(p, p) for p in sorted(producers))
        out.append(
            FactAxis("item.producer", "item.producer", "item.producer", "value", None, classes)
        )
    consignee = country_fields.get("consignee.country", set())
    consignee |= country_fields.get("consignee.headquarters", set())
    if consignee:
        classes = tuple(
            FactClass(_HEADQUARTERED_IN + c, Consignee(name=_HEADQUARTERED_IN + c, country=c))
            for c in sorted(consignee)
        )
        out.append(FactAxis("consignee", "consignee", "consignee", "value", None, classes))
    if "exporter_party.headquarters" in country_fields:
        classes = tuple(
            FactClass(
                _HEADQUARTERED_IN + c, ExporterParty(name=_HEADQUARTERED_IN + c, headquarters=c)
            )
            for c in sorted(country_fields["exporter_party.headquarters"])
        )
        out.append(
            FactAxis("exporter_party", "exporter_party", "exporter_party", "value", None, classes)
        )
    return tuple(sorted(out, key=lambda a: a.path))


# --------------------------------------------------------------------------- plan and fold


def plan(
    world: World,
    on: dt.date,
    params: Mapping[str, float],
    stated: frozenset[str],
    kind: str | None = None,
) -> list[Variant]:
    """The variants of a transaction dated ``on`` with parameters ``params`` and an item of
    ``kind``: each class of each fact it does not state (``stated``, as
    :func:`stated_paths` gives it) that the law in force on ``on`` reads of such an item.
    A derived parameter whose inputs are given is stated."""
    known: set[str] | None = None
    out: list[Variant] = []
    for axis in axes(world, on, kind):
        if axis.stated_by in stated:
            continue
        if axis.field == "item.params":
            if known is None:
                known = set(v.with_derived(params))
            if axis.key in known:
                continue
        out.extend(Variant(axis, i) for i in range(len(axis.classes)))
    return out


#: Each variant's outcome per jurisdiction, in variant order.
Outcomes = Sequence[Mapping[str, Outcome]]


def fold(
    verdicts: Mapping[str, Verdict], variants: Sequence[Variant], outcomes: Outcomes
) -> dict[str, list[OpenFact]]:
    """Each jurisdiction's open facts from its variants' outcomes: the classes whose
    outcome differs from the verdict's, in fact order; next numeric classes with the same
    outcome as one range; values (countries, end users) with the same outcome as one
    (``one of A, B``)."""
    # the runs of variants of one axis, found once for every jurisdiction
    runs: list[tuple[FactAxis, int, int]] = []
    k = 0
    while k < len(variants):
        axis = variants[k].axis
        stop = k + 1
        while stop < len(variants) and variants[stop].axis is axis:
            stop += 1
        runs.append((axis, k, stop))
        k = stop
    out: dict[str, list[OpenFact]] = {}
    for j, verdict in verdicts.items():
        default = verdict.outcome
        seen = [o.get(j, default) for o in outcomes]
        if all(o is default for o in seen):
            continue
        facts: list[OpenFact] = []
        for axis, start, stop in runs:
            if all(seen[i] is default for i in range(start, stop)):
                continue
            got = [(axis.classes[variants[i].index], seen[i]) for i in range(start, stop)]
            facts.extend(_facts_of(axis, got, default))
        if facts:
            out[j] = facts
    return out


def _facts_of(
    axis: FactAxis, got: list[tuple[FactClass, Outcome]], default: Outcome
) -> Iterator[OpenFact]:
    if axis.shape == "number":
        i = 0
        while i < len(got):
            o = got[i][1]
            e = i
            while e + 1 < len(got) and got[e + 1][1] == o:
                e += 1
            if o != default:
                label = merge_range(str(got[i][0].label), str(got[e][0].label))
                yield OpenFact(fact=axis.path, if_=label, outcome=o)
            i = e + 1
        return
    if axis.shape == "member" and len(got) == 1:
        c, o = got[0]
        if o != default:
            yield OpenFact(fact=axis.path, if_=c.label, outcome=o)
        return
    by_outcome: dict[Outcome, list[str]] = {}
    for c, o in got:
        if o != default:
            by_outcome.setdefault(o, []).append(str(c.label))
    for o in sorted(by_outcome, key=lambda x: -x.rank):
        yield OpenFact(fact=axis.path, if_=_either(by_outcome[o]), outcome=o)


#: How the end-user, consignee and exporting-company classes that are not parties are
#: labelled (:func:`_build_axes`): one prefix and a country, grouped in words by
#: :func:`_either`.
_SOMEONE_IN = "an end user in "
_HEADQUARTERED_IN = "headquartered in "
_PLACED = (_SOMEONE_IN, _HEADQUARTERED_IN)


def _either(names: list[str]) -> str:
    """``A``, ``one of A, B``; the end users located in countries as one entry
    (``one of SMIC, YMTC or an end user in one of CN, MO``)."""

    def one_of(xs: list[str]) -> str:
        return xs[0] if len(xs) == 1 else "one of " + ", ".join(xs)

    named = [n for n in names if not n.startswith(_PLACED)]
    parts = [one_of(named)] if named else []
    for prefix in _PLACED:
        where = [n.removeprefix(prefix) for n in names if n.startswith(prefix)]
        if where:
            parts.append(prefix + one_of(where))
    return " or ".join(parts)


def with_open_facts(
    verdicts: Mapping[str, Verdict], facts: Mapping[str, list[OpenFact]]
) -> dict[str, Verdict]:
    """``verdicts`` with their open facts."""
    return {
        j: vd.model_copy(update={"open_facts": facts[j]}) if facts.get(j) else vd
        for j, vd in verdicts.items()
    }


# --------------------------------------------------------------------------- words


def describe(fact: OpenFact) -> str:
    """``fact`` in words: ``licence required if the item is designed or marketed for use
    in datacenters``."""
    return f"{fact.outcome.words} if {condition_words(fact.fact, fact.if_)}"


def condition_words(path: str, when: bool | str) -> str:
    """The condition of an open fact in words (``the end use is ...``)."""
    head, _, name = path.rpartition(".")
    if head == "item.flags":
        return f"the item is {v.flags().get(name, name)}"
    if head == "end_use":
        return f"the end use is {v.end_uses().get(name, name)}"
    if head == "item.made_with":
        return f"the item was made with {name} technology or tools"
    if head == "item.params":
        known = v.parameters().get(name)
        phrase = known.phrase if known is not None else name.replace("_", " ")
        return f"the item's {phrase} is {when}"
    if head == "item.content":
        return f"the item's {name}-controlled content (%) is {when}"
    if head == "item.classification":
        return f"the item is classified {when} under {name} law"
    if path == "item.origin":
        return f"the item was made in {when}"
    if path == "persons":
        return f"a person carrying it out is a national of {when}"
    if path == "end_user":
        return f"the end user is {when}"
    if path == "consignee":
        return f"the consignee is {when}"
    if path == "exporter_party":
        return f"the exporting company is {when}"
    if path == "item.producer":
        return f"the item was made by {when}"
    return f"{path} is {when}"


def open_facts_text(verdict: Verdict) -> str | None:
    """A verdict's open facts as compact JSON text with sorted keys (the ``J.open_facts``
    column of ``policy screen``'s CSV and Parquet output), None when it has none."""
    if not verdict.open_facts:
        return None
    data = [f.model_dump(mode="json", by_alias=True) for f in verdict.open_facts]
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def open_fact_lines(verdicts: Mapping[str, Verdict]) -> list[str]:
    """One line per open fact, ``J: <words>``, in jurisdiction order."""
    return [f"{j}: {describe(f)}" for j in sorted(verdicts) for f in verdicts[j].open_facts]

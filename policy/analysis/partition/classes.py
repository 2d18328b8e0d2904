"""The axis builders: the classes of every axis, from the atoms the compiler collected.

* a parameter axis is cut at each threshold, with the operator: ``>= 4800`` and ``> 4800``
  make ``[.., 4800)``, ``[4800]`` and ``(4800, ..)`` three classes; the representative is
  the cut itself where a class starts at an inclusive cut, else a value just inside the
  interval, and a real value for a capability's class that starts at 0
  (:func:`numeric_classes`, :func:`typical_in`);
* a country field into the sets of countries that every literal set and every country
  group (as of the date, per regime) treats alike;
* the end user into profiles: none, each named party, an unnamed end user per (country
  class, headquarters class), and an unlisted affiliate of each listed party per ownership
  band that the affiliates rules distinguish (:func:`end_user_profiles`);
* kinds by the taxonomy classes the kind atoms distinguish; end uses, flags, made-with
  jurisdictions and persons' nationalities as membership booleans; channels and
  classifications by the sets the atoms name.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import Any

from policy.analysis._expr import TABLE
from policy.analysis.partition.axes import (
    Axis,
    AxisClass,
    between,
    clean,
    comparator,
    interval_label,
    number_step,
    shared_thresholds,
)
from policy.analysis.partition.compiler import Compiler
from policy.analysis.partition.locate import end_user_atom
from policy.model import vocabulary as v
from policy.model.conditions import PARTY_COUNTRY_FIELDS, Countries, producer_key
from policy.model.numbers import format_number
from policy.model.transactions import EndUser, Owner


def build_axes(comp: Compiler) -> list[Axis]:
    """The axes of every atom ``comp`` has compiled, each cut into its classes, in the
    order the partition fixes them (:data:`ORDER`)."""
    axes: dict[str, Axis] = {}
    t = TABLE
    typical = typical_values(comp)
    for name, atoms in comp.raw.items():
        kind, _, key = name.partition(":")
        ids = tuple(sorted(a for a in (t.atom_id(k) for k in atoms) if a is not None))
        classes: list[AxisClass]
        if kind == "param":
            classes = numeric_classes(
                name, atoms, param=key, upper=None, typical=typical.get(key, ())
            )
        elif kind == "content":
            classes = numeric_classes(name, atoms, param=None, upper=100.0)
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
            classes = kind_classes(comp, atoms)
        elif kind == "channel":
            classes = value_classes(
                list(v.CHANNELS),
                functools.partial(_channel_truth, atoms),
                lambda ch: (0 if ch == "export" else 1, ch),
                "channel",
            )
        elif kind == "class":
            prefixes = sorted({p for a in atoms.values() for p in a.prefixes})
            values: list[str | None] = [None, *prefixes]
            classes = value_classes(
                values,
                functools.partial(_prefix_truth, atoms),
                lambda code: (0, "") if code is None else (1, code),
                f"{key} classification",
            )
        elif kind == "producer":
            classes = producer_classes(atoms)
        elif kind == "country":
            values_c: list[str | None] = list(v.countries())
            if key in ("origin", *PARTY_COUNTRY_FIELDS):
                values_c.append(None)
            classes = value_classes(
                values_c,
                functools.partial(_country_truth, comp, atoms),
                functools.partial(_country_rank, comp, key),
                key,
            )
        elif kind == "end_user":
            classes = end_user_classes(comp, atoms)
        else:  # pragma: no cover - every axis kind is handled above
            raise AssertionError(name)
        axis = Axis(name=name, id=t.axis(name), atoms=ids, classes=classes)
        for i, cls in enumerate(classes):
            axis.by_truth.setdefault(cls.true_atoms, i)
        axes[name] = axis
    return [axes[n] for n in sorted(axes, key=axis_order)]


def _channel_truth(atoms: Mapping[Any, Any], ch: str) -> frozenset[int]:
    return frozenset(TABLE.known_atom(k) for k, a in atoms.items() if ch in a.channels)


def _prefix_truth(atoms: Mapping[Any, Any], code: str | None) -> frozenset[int]:
    if code is None:
        return frozenset()
    return frozenset(
        TABLE.known_atom(k) for k, a in atoms.items() if any(code.startswith(p) for p in a.prefixes)
    )


def _country_truth(comp: Compiler, atoms: Mapping[Any, Any], c: str | None) -> frozenset[int]:
    if c is None:
        return frozenset()
    return frozenset(
        TABLE.known_atom(k)
        for k, (jur, a) in atoms.items()
        if comp.in_set(jur, a.countries, a.groups, c)
    )


def _country_rank(comp: Compiler, fld: str, c: str | None) -> tuple[int, ...]:
    return (1,) if c is None else (0, *comp.prefer_key(c, fld))


#: The order in which axes are fixed: what most conditions read first, so residuals shrink
#: early; reach-only fields (exporter, origin, content, technology, persons) last.
ORDER = [
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
    "producer",
    "country:consignee.headquarters",
    "country:exporter_party.headquarters",
    "content",
    "country:origin",
    "country:exporter",
]


def axis_order(name: str) -> tuple[int, str]:
    """Where an axis comes in :data:`ORDER` (ties by name)."""
    for i, prefix in enumerate(ORDER):
        if name == prefix or name.startswith(prefix + ":") or name.startswith(prefix):
            return (i, name)
    return (len(ORDER), name)


def value_classes(
    values: Sequence[Any],
    truth: Callable[[Any], frozenset[int]],
    rank: Callable[[Any], Any],
    what: str,
) -> list[AxisClass]:
    """The classes of a categorical axis: ``values`` grouped by the atoms each makes true,
    the first by ``rank`` of each group its representative, groups in ``rank`` order."""
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


#: The producer of the representative of items that no producer condition names.
OTHER_PRODUCER = "another producer"


def producer_classes(atoms: Mapping[Hashable, Any]) -> list[AxisClass]:
    """Producers by the producer atoms they make true: none given, each name a condition
    names (as first written), and a producer no condition names."""
    names: dict[str, str] = {}
    for a in atoms.values():
        for n in a.names:
            names.setdefault(producer_key(n), n)
    values: list[str | None] = [None, *(names[k] for k in sorted(names)), OTHER_PRODUCER]
    return value_classes(
        values,
        lambda x: frozenset(TABLE.known_atom(k) for k, a in atoms.items() if a.matches(x)),
        lambda x: (0, "") if x is None else (2, "") if x == OTHER_PRODUCER else (1, x),
        "producer",
    )


def kind_classes(comp: Compiler, atoms: Mapping[Hashable, Any]) -> list[AxisClass]:
    """The kinds of the taxonomy by the kind atoms they make true; representatives are the
    kinds the conditions name, then those a supplier makes, most specific first."""
    t = TABLE
    named = {k for a in atoms.values() for k in a.kinds}
    supplied = {s.kind for s in comp.world.suppliers}

    def rank(k: str) -> tuple[int, int, str]:
        return (0 if k in named else 1 if k in supplied else 2, -k.count("."), k)

    return value_classes(
        list(v.kinds()),
        lambda k: frozenset(t.atom_id(key) for key, a in atoms.items() if a.matches(k)),  # type: ignore[misc]
        rank,
        "kind",
    )


def end_user_profiles(comp: Compiler, atoms: Mapping[Any, Any]) -> list[Any]:
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
                    name=f"unlisted affiliate of {pid} ({format_number(s)}% owned)",
                    country=p.country,
                    owners=(Owner(party=pid, share=s),),
                )
            )
    return profiles


def end_user_classes(comp: Compiler, atoms: Mapping[Hashable, Any]) -> list[AxisClass]:
    """The end-user profiles (:func:`end_user_profiles`) by the end-user atoms they make
    true, the first profile of each set its representative."""
    t = TABLE
    ids = {key: t.known_atom(key) for key in atoms}
    out: list[AxisClass] = []
    seen: set[frozenset[int]] = set()
    for prof in end_user_profiles(comp, atoms):
        true = frozenset(
            ids[key]
            for key, payload in atoms.items()
            if end_user_atom(comp, key, payload, prof, None)
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


def typical_values(comp: Compiler) -> dict[str, tuple[float, ...]]:
    """The values of each parameter that real items have (a capability above 0): those of
    the items in the regimes' own examples (with the parameters derived from them: an
    A100's performance density) and the suppliers' best capabilities, sorted."""
    found: dict[str, set[float]] = {}
    for regime in comp.regimes:
        for rule in regime.rules:
            for ex in rule.examples:
                for k, x in v.with_derived(ex.transaction.item.params).items():
                    # a generated case may state 0 for a capability it does not have
                    if math.isfinite(x) and (x > 0 or v.parameter(k).direction == "neutral"):
                        found.setdefault(k, set()).add(float(x))
    for s in comp.world.suppliers:
        for k, x in s.capability.items():
            found.setdefault(k, set()).add(float(x))
    return {k: tuple(sorted(xs)) for k, xs in sorted(found.items())}


def typical_in(
    param: str, low: float, high: float, hc: bool, typical: Sequence[float]
) -> float | None:
    """A value a real item could have in the class ``[low, high)`` (``]`` when ``hc``) of
    a capability parameter, for a class that starts at 0 (no chip has a TPP of 0, no
    scanner a wavelength of 0 nm): the median of the real values (from the examples and
    the suppliers) in the class, the lower of the two middle ones for an even count, else
    the boundary itself when the class holds it, else the midpoint at the parameter's
    precision. None for a parameter with
    no "more capable" direction, whose 0 is as good as any value."""
    if param not in v.parameters() or v.parameter(param).direction == "neutral":
        return None
    inside = [x for x in typical if low < x < high or (hc and x == high)]
    if inside:
        return clean(inside[(len(inside) - 1) // 2])
    if hc:
        return high
    mid = round((low + high) / 2, v.parameter(param).decimals)
    return clean(mid) if low < mid < high else None


def numeric_classes(
    name: str,
    atoms: Mapping[Hashable, Any],
    *,
    param: str | None,
    upper: float | None,
    typical: Sequence[float] = (),
) -> list[AxisClass]:
    """Cut ``[0, upper]`` at every atom's constant, on the side its operator puts it:
    ``>= c`` and ``< c`` put ``c`` in the upper class, ``> c`` and ``<= c`` in the lower one,
    and both kinds of cut at one constant (or ``== c``) make ``[c]`` a class of its own.

    A class's representative is its lower end when that is a cut (a witness on the
    boundary), else a value just inside it; the class of a capability parameter that
    starts at 0 (and is not ``[0]`` alone) is represented by a typical value instead
    (:func:`typical_in`)."""
    ids = {key: TABLE.known_atom(key) for key in atoms}
    table = shared_thresholds(
        tuple(sorted((ids[key], comparator(a), a.value) for key, a in atoms.items()))
    )
    step = number_step(param) if param is not None else 1.0
    # A position (c, 0) cuts just before c, (c, 1) just after it.
    positions: set[tuple[float, int]] = set()
    for a in atoms.values():
        op = comparator(a)
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
        if param is not None and rep == 0.0 and high is not None and high > 0:
            rep = typical_in(param, low, high, hc, typical) or rep
        true = table.truths(rep)
        out.append(
            AxisClass(
                label=interval_label(name.split(":", 1)[1], low, high, lc, hc),
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

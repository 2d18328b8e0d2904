"""Consistency checks: small objects with a stable code, run over the exact partition.

A check is anything with ``code``, ``name``, ``category``, ``per`` and ``run(ctx)`` (the
:class:`Check` protocol); :func:`register_check` adds one to the registry that
``policy check`` runs. ``per`` says how often it runs:

* ``"run"``: once per ``policy check`` (validation, dates as written);
* ``"regime"``: once per regime and date, over the regime's own partition (``ctx.partition``);
  results are reused on every date on which the regime's law is the same;
* ``"date"``: once per date over the whole world (the loophole search).

Built-in codes: PL001 dangling reference, PL002 example that does not hold; PL201
conflicting rules, PL202 carve-out that undoes its rule, PL203 dead (shadowed) rule, PL204
unsatisfiable condition, PL205 threshold gap, PL206 non-monotone control, PL207 carve-out
dates outside its rule's, PL208 overlapping dated entries, PL209 gap between versions.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, cast, runtime_checkable

from policy.analysis._mdd import FALSE
from policy.analysis.findings import Category, Finding, RuleRef, Severity
from policy.analysis.partition import Axis, CellVerdict, Partition, Slot
from policy.analysis.symbolic import Path, RegimeSpace
from policy.analysis.validation import validate
from policy.model import vocabulary as v
from policy.model.conditions import All, Condition
from policy.model.decisions import Outcome
from policy.model.rules import Rule
from policy.model.transactions import Transaction
from policy.model.world import World

Per = Literal["run", "regime", "date"]


@dataclass
class CheckContext:
    """What a check sees: the whole world (every date), and for per-regime and per-date
    checks the date, the regime and its partition."""

    world: World
    as_of: dt.date | None = None
    jurisdiction: str | None = None
    partition: Partition | None = None
    options: dict[str, Any] = field(default_factory=dict)

    def require(self) -> tuple[dt.date, str, Partition]:
        assert self.as_of is not None and self.jurisdiction is not None
        assert self.partition is not None
        return self.as_of, self.jurisdiction, self.partition


@runtime_checkable
class Check(Protocol):
    """A check: a stable ``code`` (``PL2xx``), a kebab-case ``name``, a ``category``, how
    often it runs (``per``), a one-line ``description``, and ``run``."""

    @property
    def code(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def category(self) -> Category: ...

    @property
    def per(self) -> Per: ...

    @property
    def description(self) -> str: ...

    def run(self, ctx: CheckContext) -> Iterable[Finding]: ...


_CHECKS: dict[str, Check] = {}


def register_check(check: Check) -> Check:
    """Add ``check`` to the registry (replacing one with the same code) and return it."""
    if not isinstance(check, Check):
        raise TypeError(f"{check!r} does not have the attributes of a policy check")
    _CHECKS[check.code] = check
    return check


def registered_checks() -> list[Check]:
    """Every registered check, by code."""
    return [_CHECKS[c] for c in sorted(_CHECKS)]


@dataclass(frozen=True)
class FunctionCheck:
    """A check made from a function (the built-ins are these)."""

    code: str
    name: str
    category: Category
    per: Per
    description: str
    func: Callable[[CheckContext], Iterable[Finding]] = field(repr=False)

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        return self.func(ctx)


def check(
    code: str, name: str, *, per: Per, category: Category = "consistency"
) -> Callable[[Callable[[CheckContext], Iterable[Finding]]], FunctionCheck]:
    """Decorator: register a function as a check; its docstring's first line describes it."""

    def wrap(func: Callable[[CheckContext], Iterable[Finding]]) -> FunctionCheck:
        doc = (func.__doc__ or "").strip().splitlines()
        c = FunctionCheck(code, name, category, per, doc[0] if doc else name, func)
        register_check(c)
        return c

    return wrap


# --------------------------------------------------------------------------- describing


def describe(tx: Transaction) -> str:
    """A one-line account of a transaction for messages: what, how capable, from where to
    whom, and the facts the law reads."""
    item = tx.item
    bits = [item.kind]
    if item.params:
        bits.append("(" + ", ".join(f"{k} {_num(x)}" for k, x in sorted(item.params.items())) + ")")
    if item.flags:
        bits.append("[" + ", ".join(item.flags) + "]")
    text = " ".join(bits)
    verb = {"export": "from", "reexport": "re-exported from", "transfer": "transferred in"}.get(
        tx.channel, f"by {tx.channel.replace('_', ' ')} from"
    )
    text += f" {verb} {tx.exporter} to {tx.destination}"
    extras = []
    if item.origin:
        extras.append(f"made in {item.origin}")
    if item.made_with:
        extras.append(f"with {', '.join(item.made_with)} technology")
    if item.content:
        extras.append(", ".join(f"{_num(x)}% {j} content" for j, x in sorted(item.content.items())))
    if item.classification:
        extras.append(
            ", ".join(f"classified {c} ({j})" for j, c in sorted(item.classification.items()))
        )
    eu = tx.end_user
    if isinstance(eu, str):
        extras.append(f"for {eu}")
    elif eu is not None:
        extras.append(f"for {eu.name}")
    if tx.end_use:
        extras.append(f"end use {', '.join(tx.end_use)}")
    if tx.persons:
        extras.append(f"by {', '.join(tx.persons)} persons")
    if extras:
        text += " (" + "; ".join(extras) + ")"
    return text + f" on {tx.date.isoformat()}"


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def level(outcome: Outcome) -> int:
    """Restrictiveness for comparisons: not reached and no licence required are both 0."""
    return outcome.rank if outcome.restrictive else 0


def refs(rules: Iterable[Rule]) -> list[RuleRef]:
    seen: dict[str, RuleRef] = {}
    for r in rules:
        seen.setdefault(r.id, RuleRef.of(r))
    return list(seen.values())


def _finding(
    code: str,
    message: str,
    *,
    jurisdiction: str,
    rules: Sequence[Rule] = (),
    witness: Sequence[Transaction] = (),
    severity: Severity = "error",
    key: str = "",
) -> Finding:
    return Finding(
        code=code,
        category="consistency",
        severity=severity,
        message=message,
        jurisdictions=[jurisdiction],
        rules=refs(rules),
        witness=list(witness),
        key=key,
    )


# --------------------------------------------------------------------------- validation


@check("PL001", "dangling-reference", per="run", category="validation")
def _dangling(ctx: CheckContext) -> Iterable[Finding]:
    """A condition names a country group, party list, nexus or party that does not exist."""
    return [f for f in validate(ctx.world, examples=False) if f.code == "PL001"]


@check("PL002", "example-does-not-hold", per="run", category="validation")
def _examples(ctx: CheckContext) -> Iterable[Finding]:
    """A rule's or regime's example gives another outcome than it states."""
    return [f for f in validate(ctx.world, references=False) if f.code == "PL002"]


# --------------------------------------------------------------------------- per regime


def _by_id(space: RegimeSpace, slots: Iterable[Slot], fn: Callable[[Slot], int]) -> dict[str, int]:
    """``fn`` of each rule slot, joined (or) over the versions in force that share an id."""
    m = space.mdd
    out: dict[str, int] = {}
    for s in slots:
        assert s.rule is not None
        out[s.rule.id] = m.disj(out.get(s.rule.id, FALSE), fn(s))
    return out


def _rule_of(space: RegimeSpace, rid: str) -> Rule:
    """The rule with id ``rid`` (the last version in force, as a scan of the cells would
    have remembered it)."""
    rule = None
    for s in space.rules:
        if s.rule is not None and s.rule.id == rid:
            rule = s.rule
    assert rule is not None
    return rule


@check("PL201", "conflicting-rules", per="regime")
def _conflicts(ctx: CheckContext) -> Iterable[Finding]:
    """One rule prohibits what another rule (or its carve-out) of the same regime expressly
    permits, on the same transactions."""
    _, jur, part = ctx.require()
    space = part.space(jur)
    m = space.mdd
    # Carve-outs only lower an outcome: only a prohibiting rule can end prohibited, and
    # a rule ends at no_license_required (permitting it) by its outcome or a carve-out's.
    banned = _by_id(
        space,
        (s for s in space.rules if s.rule is not None and s.rule.outcome is Outcome.PROHIBITED),
        lambda s: space.final_is(s, Outcome.PROHIBITED),
    )
    permitted = _by_id(space, space.rules, lambda s: space.final_is(s, Outcome.NO_LICENSE_REQUIRED))
    out = []
    for pid, p_fn in banned.items():
        for qid, q_fn in permitted.items():
            if pid == qid or p_fn == FALSE or q_fn == FALSE:
                continue
            both = m.conj(p_fn, q_fn)
            if both == FALSE:
                continue
            path, (truths,) = space.first(both)
            vd = space.verdict(truths)
            p = next(a for a in vd.applied if a.rule.id == pid and a.outcome is Outcome.PROHIBITED)
            q = next(
                a
                for a in vd.applied
                if a.rule.id == qid
                and a.outcome is Outcome.NO_LICENSE_REQUIRED
                and (a.rule.outcome is Outcome.NO_LICENSE_REQUIRED or a.carveouts)
            )
            how = (
                f"its carve-out {', '.join(q.carveouts)}"
                if q.carveouts
                else "its outcome no_license_required"
            )
            witness = part.transaction(path)
            out.append(
                _finding(
                    "PL201",
                    f"conflicting rules: {p.rule.id} prohibits what {q.rule.id} permits by"
                    f" {how}, for example {describe(witness)}; the most restrictive"
                    " (prohibited) wins",
                    jurisdiction=jur,
                    rules=[p.rule, q.rule],
                    witness=[witness],
                    key=f"{p.rule.id}>{q.rule.id}",
                )
            )
    return out


@check("PL202", "carveout-undoes-rule", per="regime")
def _undone(ctx: CheckContext) -> Iterable[Finding]:
    """Wherever a restrictive rule applies, its own carve-outs lower it to no licence
    required: the rule never restricts anything."""
    _, jur, part = ctx.require()
    space = part.space(jur)
    m = space.mdd
    restrictive = [s for s in space.rules if s.rule is not None and s.rule.outcome.restrictive]
    applies = _by_id(space, restrictive, space.applied)
    bites = _by_id(
        space,
        restrictive,
        lambda s: m.map(
            "restrictive", lambda o: isinstance(o, Outcome) and o.restrictive, space.final(s)
        ),
    )
    out = []
    for rid in sorted(applies):
        if applies[rid] == FALSE or bites[rid] != FALSE:
            continue
        rule = _rule_of(space, rid)
        used = sorted(
            {
                c.id
                for s in restrictive
                if s.rule is not None and s.rule.id == rid
                for c in space.carveouts[s.index]
                if space.carveout_used(s, c) != FALSE
            }
        )
        cids = ", ".join(used)
        witness = part.transaction(space.first(applies[rid])[0])
        out.append(
            _finding(
                "PL202",
                f"carve-out undoes its rule: {rid} ({rule.outcome.value}) never restricts"
                f" anything: wherever it applies, carve-out {cids} lowers it to"
                f" no_license_required, for example {describe(witness)}",
                jurisdiction=jur,
                rules=[rule],
                witness=[witness],
                key=f"{rid}:{cids}",
            )
        )
    return out


@check("PL203", "dead-rule", per="regime")
def _dead(ctx: CheckContext) -> Iterable[Finding]:
    """A rule that applies somewhere but never decides: wherever it applies, another rule
    of the regime gives an outcome at least as restrictive and comes first."""
    _, jur, part = ctx.require()
    space = part.space(jur)
    applies = _by_id(space, space.rules, space.applied)
    decides = _by_id(space, space.rules, space.decides)
    out = []
    for rid in sorted(applies):
        if applies[rid] == FALSE or decides[rid] != FALSE:
            continue
        path, (truths,) = space.first(applies[rid])
        vd = space.verdict(truths)
        shadow = vd.applied[0].rule
        witness = part.transaction(path)
        out.append(
            _finding(
                "PL203",
                f"dead rule: {rid} never decides an outcome: wherever it applies a rule at"
                f" least as restrictive decides, for example {shadow.id}"
                f" ({vd.outcome.value}) on {describe(witness)}",
                jurisdiction=jur,
                rules=[_rule_of(space, rid), shadow],
                witness=[witness],
                severity="warning",
                key=rid,
            )
        )
    return out


@check("PL204", "unsatisfiable", per="regime")
def _unsatisfiable(ctx: CheckContext) -> Iterable[Finding]:
    """A rule, carve-out or nexus whose condition no transaction meets (or a rule that its
    nexus restriction never lets apply)."""
    _, jur, part = ctx.require()
    space = part.space(jur)
    m = space.mdd
    applied = {s.rule.key for s in space.rules if s.rule is not None and space.applied(s) != FALSE}
    out = []
    for s in space.slots:
        what: str | None = None
        rule = s.rule
        if space.fn(s) == FALSE:
            cond = _condition(s)
            core = _unsat_core(space, cond)
            what = f"its condition can never hold: {core}"
        elif s.role == "rule":
            assert rule is not None
            if rule.key not in applied:
                needs = ", ".join(rule.nexus) if rule.nexus else "any nexus"
                what = f"it never applies: its condition never holds together with {needs}"
        elif s.role == "carveout":
            assert rule is not None and s.parent is not None
            parent = part.slots[s.parent]
            if rule.key in applied and m.conj(space.fn(s), space.applied(parent)) == FALSE:
                what = "it never holds where its rule applies"
        if what is None:
            continue
        rules = [rule] if rule is not None else []
        out.append(
            _finding(
                "PL204",
                f"unsatisfiable: {s.label} never applies on {part.as_of.isoformat()}: {what}",
                jurisdiction=jur,
                rules=rules,
                key=s.label,
            )
        )
    return out


def _condition(slot: Any) -> Condition:
    if slot.role == "nexus":
        return slot.nexus.when  # type: ignore[no-any-return]
    if slot.role == "rule":
        return slot.rule.when  # type: ignore[no-any-return]
    return slot.carveout.when  # type: ignore[no-any-return]


def _unsat_core(space: RegimeSpace, cond: Condition) -> str:
    """The smallest set of conjuncts (found greedily) that cannot hold together."""
    if not isinstance(cond, All) or len(cond.of) < 2:
        return cond.code()
    core = list(cond.of)
    for c in list(core):
        rest = [x for x in core if x is not c]
        if rest and not space.part.satisfiable(space.jurisdiction, All(of=tuple(rest))):
            core = rest
    return " and ".join(c.code() for c in core) + " cannot all hold"


def _param_axes(part: Partition) -> list[str]:
    return [a.name for a in part.axes if a.kind == "param"]


def _restrictive_ranks() -> list[int]:
    return sorted({o.rank for o in Outcome if o.restrictive})


@check("PL205", "threshold-gap", per="regime")
def _gaps(ctx: CheckContext) -> Iterable[Finding]:
    """The boundary value of a threshold falls through: it is less controlled than the
    values just below and just above it (``>=`` in one rule, ``>`` in its twin)."""
    _, jur, part = ctx.require()
    space = part.space(jur)
    m = space.mdd
    levels = [space.level_at_least(r) for r in _restrictive_ranks()]
    out = []
    for name in _param_axes(part):
        axis = part.axis(name)
        assert axis is not None
        a = part.axes.index(axis)
        stated = len([c for c in axis.classes if not c.unstated])
        for i, cls in enumerate(axis.classes):
            if cls.unstated or not (cls.high == cls.low and 0 < i < stated - 1):
                continue
            # below the point, at it and above it: the point is below both neighbours
            # when some restrictiveness is reached on both sides and not at the point
            gap = m.disj_all(
                m.conj_all(
                    (
                        m.cofactor(g, a, i - 1),
                        m.neg(m.cofactor(g, a, i)),
                        m.cofactor(g, a, i + 1),
                    )
                )
                for g in levels
            )
            if gap == FALSE:
                continue
            path, truths = space.first(gap, split=(a, (i - 1, i, i + 1)))
            txs = [part.transaction([*path, (a, k)]) for k in (i - 1, i, i + 1)]
            vds = [space.verdict(t) for t in truths]
            rules = [r for vd in (vds[0], vds[2]) for r in vd.deciding]
            out.append(
                _finding(
                    "PL205",
                    f"threshold gap: {axis.key} exactly {_num(cls.value)} falls through:"
                    f" {vds[1].outcome.value} at {_num(cls.value)}, but"
                    f" {vds[0].outcome.value} just below ({_ids(vds[0])}) and"
                    f" {vds[2].outcome.value} just above ({_ids(vds[2])}), for"
                    f" {describe(txs[1])}",
                    jurisdiction=jur,
                    rules=rules,
                    witness=[txs[1], txs[0], txs[2]],
                    key=f"{name}={_num(cls.value)}",
                )
            )
    return out


def _ids(vd: CellVerdict) -> str:
    return ", ".join(r.id for r in vd.deciding)


def _monotone_pairs(axis: Axis, direction: str) -> list[tuple[int, int]]:
    """(less capable, more capable) pairs of neighbouring classes; a point class between
    two intervals is left to the threshold-gap check and skipped over here."""
    n = len([c for c in axis.classes if not c.unstated])
    pairs: list[tuple[int, int]] = []
    sandwiched = {i for i, c in enumerate(axis.classes) if c.high == c.low and 0 < i < n - 1}
    for i in range(n - 1):
        j = i + 1
        if i in sandwiched:
            continue
        if j in sandwiched:
            j = i + 2
        pairs.append((i, j) if direction == "higher" else (j, i))
    return pairs


def _lower(a: Hashable, b: Hashable) -> bool:
    """Of the restrictiveness of a less and a more capable item: the more capable one is
    less controlled."""
    return cast("int", a) > cast("int", b)


def _drop(a: Hashable, b: Hashable) -> Hashable:
    """Of the summaries of a less and a more capable item: the rules that control the
    less capable one, where the more capable one is less controlled."""
    weak, ids = cast("tuple[int, tuple[str, ...]]", a)
    strong, _ = cast("tuple[int, tuple[str, ...]]", b)
    return ids if weak > strong else None


@check("PL206", "non-monotone", per="regime")
def _non_monotone(ctx: CheckContext) -> Iterable[Finding]:
    """A more capable item (in the parameter's declared direction) is less controlled than a
    less capable one with everything else equal."""
    _, jur, part = ctx.require()
    space = part.space(jur)
    m = space.mdd
    level = space.level()
    out = []
    for name in _param_axes(part):
        axis = part.axis(name)
        assert axis is not None
        direction = v.parameter(axis.key).direction
        if direction == "neutral":
            continue
        a = part.axes.index(axis)
        # one finding per set of rules that a more capable item escapes; its witness is
        # the first cell where it happens (then the first pair of classes, the first
        # completion)
        best: dict[tuple[str, ...], tuple[Path, int, Path, list[tuple[bool, ...]]]] = {}
        for j, (less, more) in enumerate(_monotone_pairs(axis, direction)):
            # Whether the verdict drops at all, asked of the small diagram of levels first:
            # most neighbouring classes never drop, and the summary with the rules' ids
            # (built only when some pair does) is many times larger.
            if (
                m.apply("lower", _lower, m.cofactor(level, a, less), m.cofactor(level, a, more))
                == FALSE
            ):
                continue
            summary = space.summary()
            drops = m.apply(
                "drop", _drop, m.cofactor(summary, a, less), m.cofactor(summary, a, more)
            )
            for value in m.terminals(drops):
                if value is None:
                    continue
                ids = cast("tuple[str, ...]", value)
                path, truths = space.first(m.equals(drops, ids), split=(a, (less, more)))
                prefix = [x for x in path if x[0] < a]
                rest = [x for x in path if x[0] > a]
                old = best.get(ids)
                if old is None or (prefix, j, rest) < (old[0], old[1], old[2]):
                    best[ids] = (prefix, j, rest, truths)
        pairs = _monotone_pairs(axis, direction)
        for ids, (prefix, j, rest, truths) in best.items():
            less, more = pairs[j]
            weak, strong = (part.transaction([*prefix, (a, k), *rest]) for k in (less, more))
            vw, vs = space.verdict(truths[0]), space.verdict(truths[1])
            param = axis.key
            better = "higher" if direction == "higher" else "lower"
            out.append(
                _finding(
                    "PL206",
                    f"non-monotone control: a more capable item ({better} {param}) is less"
                    f" controlled: {vw.outcome.value} at {param}"
                    f" {_num(axis.classes[less].value)} ({', '.join(ids)}) but"
                    f" {vs.outcome.value} at {_num(axis.classes[more].value)}, for"
                    f" {describe(weak)}",
                    jurisdiction=jur,
                    rules=list(vw.deciding) + list(vs.deciding),
                    witness=[weak, strong],
                    severity="warning",
                    key=f"{name}:{','.join(ids)}",
                )
            )
    return out


# --------------------------------------------------------------------------- dates


@check("PL207", "carveout-dates", per="run")
def _carveout_dates(ctx: CheckContext) -> Iterable[Finding]:
    """A carve-out in force outside its rule's dates (before the rule, after it ends, or
    never while the rule is in force)."""
    out = []
    for regime in ctx.world.regimes:
        for rule in regime.rules:
            for c in rule.carveouts:
                starts_before = c.effective < rule.effective
                c_end = c.end or dt.date.max
                r_end = rule.end or dt.date.max
                ends_after = c_end > r_end
                disjoint = c.effective >= r_end or c_end <= rule.effective
                if not (starts_before or ends_after):
                    continue
                span = f"[{c.effective.isoformat()}, {_end(c.end)})"
                rspan = f"[{rule.effective.isoformat()}, {_end(rule.end)})"
                what = (
                    "is never in force while its rule is"
                    if disjoint
                    else "starts before its rule"
                    if starts_before
                    else "outlives its rule"
                )
                out.append(
                    _finding(
                        "PL207",
                        f"carve-out dates: {rule.id} carve-out {c.id} {span} {what} {rspan}",
                        jurisdiction=regime.jurisdiction,
                        rules=[rule],
                        severity="error" if disjoint else "warning",
                        key=f"{rule.key}:{c.id}",
                    )
                )
    return out


def _end(d: dt.date | None) -> str:
    return d.isoformat() if d else "open"


@check("PL208", "overlapping-dates", per="run")
def _overlaps(ctx: CheckContext) -> Iterable[Finding]:
    """Two dated entries for the same party on one list, or the same country in one group,
    overlap in time (a duplicate, or an amendment that forgot to end the old entry)."""
    out = []
    for regime in ctx.world.regimes:
        entries: list[tuple[str, str, dt.date | None, dt.date | None]] = []
        for li in regime.lists:
            entries += [(f"list {li.id}", e.party, e.start, e.end) for e in li.listings]
        for g in regime.groups:
            entries += [(f"group {g.id}", m.country, m.start, m.end) for m in g.members]
        by: dict[tuple[str, str], list[tuple[dt.date | None, dt.date | None]]] = {}
        for where, who, s, e in entries:
            by.setdefault((where, who), []).append((s, e))
        for (where, who), spans in sorted(by.items()):
            spans.sort(key=lambda se: se[0] or dt.date.min)
            for (s1, e1), (s2, e2) in itertools.pairwise(spans):
                if (e1 or dt.date.max) > (s2 or dt.date.min):
                    out.append(
                        _finding(
                            "PL208",
                            f"overlapping dates: {where} has {who} twice at once:"
                            f" [{_start(s1)}, {_end(e1)}) and [{_start(s2)}, {_end(e2)})",
                            jurisdiction=regime.jurisdiction,
                            severity="warning",
                            key=f"{where}:{who}:{_start(s2)}",
                        )
                    )
    return out


def _start(d: dt.date | None) -> str:
    return d.isoformat() if d else "open"


@check("PL209", "version-gap", per="run")
def _version_gaps(ctx: CheckContext) -> Iterable[Finding]:
    """Consecutive versions of a rule leave days on which no version is in force."""
    out = []
    for regime in ctx.world.regimes:
        by: dict[str, list[Rule]] = {}
        for r in regime.rules:
            by.setdefault(r.id, []).append(r)
        for rid, versions in sorted(by.items()):
            versions.sort(key=lambda r: r.effective)
            for a, b in itertools.pairwise(versions):
                if a.end is not None and a.end < b.effective:
                    out.append(
                        _finding(
                            "PL209",
                            f"gap between versions: {rid} lapses from {a.end.isoformat()} to"
                            f" {b.effective.isoformat()} (no version in force)",
                            jurisdiction=regime.jurisdiction,
                            rules=[b],
                            severity="warning",
                            key=f"{rid}@{a.end.isoformat()}",
                        )
                    )
    return out


__all__ = [
    "Check",
    "CheckContext",
    "FunctionCheck",
    "check",
    "describe",
    "register_check",
    "registered_checks",
]

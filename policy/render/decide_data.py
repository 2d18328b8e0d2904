"""The exact partition exported for the Decide page (issue 19, part 2).

Per jurisdiction and per period over which its law is constant, the axes of its partition
(how a value falls into a class: intervals with their operators, the members of each
country class, the parties' classes, ...) and a reduced decision diagram from those classes
to the verdict (the outcome and the rules that apply, as the partition's symbolic view
computes them, and whether it is not modelled: the axes are also cut along what the
regime models, ``Regime.models``). Diagram nodes and verdicts are shared across periods
and jurisdictions, and axes are deduplicated by content, so the data stays small.

:func:`lookup` reads the data exactly as the page's script is to: classify each value,
walk the diagram. No semantics of the law are repeated there.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Hashable, Mapping
from collections.abc import Set as AbstractSet
from typing import Any

from policy.analysis._expr import TABLE
from policy.analysis.partition import Axis, Partition, partition
from policy.analysis.partition.classes import OTHER_PRODUCER
from policy.analysis.partition.locate import end_user_atom
from policy.model import vocabulary as v
from policy.model.conditions import PARTY_COUNTRY_FIELDS, Condition, producer_key
from policy.model.decisions import Outcome
from policy.model.transactions import EndUser, Transaction
from policy.model.world import World

FREE = "free end user"


def _truth_key(atoms: AbstractSet[int]) -> str:
    return ",".join(str(a) for a in sorted(atoms))


def _axis_spec(part: Partition, axis: Axis) -> dict[str, Any]:
    comp = part.compiler
    kind, key = axis.kind, axis.key
    spec: dict[str, Any] = {"name": axis.name, "kind": kind, "key": key}
    if kind in ("param", "content"):
        spec["intervals"] = [
            [c.low, c.high, c.low_closed, c.high_closed] if not c.unstated else None
            for c in axis.classes
        ]
        spec["unstated"] = axis.by_truth.get(frozenset()) if kind == "param" else None
    elif kind in ("kind", "country", "channel"):
        table = part.class_table(axis)
        spec["table"] = {str(k): c for k, c in sorted(table.items(), key=lambda kv: str(kv[0]))}
    elif kind == "persons":
        spec["members"] = sorted(part.class_table(axis))
    elif kind == "producer":
        atoms = comp.raw[axis.name]

        def producer_class(who: str | None) -> int | None:
            true = frozenset(TABLE.known_atom(k) for k, a in atoms.items() if a.matches(who))
            return axis.by_truth.get(true)

        keys = sorted({producer_key(n) for a in atoms.values() for n in a.names})
        spec["names"] = {k: producer_class(k) for k in keys}
        spec["none"] = producer_class(None)
        spec["other"] = producer_class(OTHER_PRODUCER)
    elif kind == "class":
        spec["prefixes"] = [
            [TABLE.known_atom(k), sorted(a.prefixes)] for k, a in comp.raw[axis.name].items()
        ]
        spec["by_truth"] = {_truth_key(t): c for t, c in axis.by_truth.items()}
    elif kind == "end_user":
        atoms = comp.raw[axis.name]

        def cls(eu: str | EndUser | None) -> int | None:
            true = frozenset(
                TABLE.known_atom(k) for k, p in atoms.items() if end_user_atom(comp, k, p, eu, None)
            )
            return axis.by_truth.get(true)

        spec["parties"] = {name: cls(name) for name in sorted(comp.parties)}
        spec["none"] = cls(None)
        # A free end user (no owners, a name on no list): which atoms each country makes
        # true as its country, and as its headquarters (its own, else its country).
        countries = sorted(v.countries())
        free: dict[str, Any] = {"country": {}, "hq": {}, "no_country": [], "no_hq": []}
        for k, p in atoms.items():
            aid = TABLE.known_atom(k)
            tag = k[0]  # type: ignore[index]
            if tag == "eu-country":
                free["country"][aid] = [
                    c
                    for c in countries
                    if end_user_atom(comp, k, p, EndUser(name=FREE, country=c), None)
                ]
            elif tag == "eu-hq":
                free["hq"][aid] = [
                    c
                    for c in countries
                    if end_user_atom(comp, k, p, EndUser(name=FREE, headquarters=c), None)
                ]
            elif tag == "eu-country-follows-destination":
                free["no_country"].append(aid)
            elif tag == "eu-hq-follows-destination":
                free["no_hq"].append(aid)
        spec["free"] = free
        spec["by_truth"] = {_truth_key(t): c for t, c in axis.by_truth.items()}
    return spec


def _verdict_root(
    part: Partition, jurisdiction: str, modelled: Condition | None = None
) -> tuple[Any, int]:
    """The diagram from the axes' classes to the verdict: (outcome, the rules that apply
    with their outcomes), and a third member ``True`` where the verdict is not modelled
    (``modelled``, one of the partition's extra conditions, does not hold, the regime
    reaches the transaction and no rule requires a licence)."""
    space = part.space(jurisdiction)
    m = space.mdd
    parts = []
    for s in space.rules:
        assert s.rule is not None
        rid = s.rule.id

        def own(o: Hashable, rid: str = rid) -> Hashable:
            return ((rid, o.value),) if isinstance(o, Outcome) else ()

        parts.append(m.map(("decide-page", rid), own, space.final(s)))
    acc = m.reduce("decide-page-cat", lambda a, b: a + b, parts, ())  # type: ignore[operator]

    def close(a: Hashable, reached: Hashable) -> Hashable:
        if not reached:
            return (Outcome.NOT_APPLICABLE.value, ())
        applied: tuple[tuple[str, str], ...] = tuple(a)  # type: ignore[arg-type]
        top = max(
            (Outcome(o) for _, o in applied),
            key=lambda o: o.rank,
            default=Outcome.NO_LICENSE_REQUIRED,
        )
        return (top.value, applied)

    root = m.apply("decide-page-close", close, acc, space.reached())
    if modelled is None:
        return m, root
    known = space.of_expr(part.compiler.expr(jurisdiction, modelled))

    def flag(verdict: Hashable, known: Hashable) -> Hashable:
        outcome: str = verdict[0]  # type: ignore[index]
        if known or outcome != Outcome.NO_LICENSE_REQUIRED.value:
            return verdict
        return (*verdict, True)  # type: ignore[misc]

    return m, m.apply("decide-page-modelled", flag, root, known)


def decide_data(world: World) -> dict[str, Any]:
    """The data the Decide page reads (see the module docstring)."""
    axes: list[dict[str, Any]] = []
    axis_ids: dict[str, int] = {}
    nodes: list[list[Any]] = []
    node_ids: dict[str, int] = {}
    verdicts: list[list[Any]] = []
    verdict_ids: dict[str, int] = {}
    out: dict[str, Any] = {}

    def axis_ref(spec: dict[str, Any]) -> int:
        text = json.dumps(spec, sort_keys=True)
        if text not in axis_ids:
            axis_ids[text] = len(axes)
            axes.append(spec)
        return axis_ids[text]

    for regime in sorted(world.regimes, key=lambda r: r.jurisdiction):
        j = regime.jurisdiction
        periods = []
        for start in regime.change_dates():
            modelled = regime.modelled_condition(start)
            extra = [] if modelled is None else [(j, modelled)]
            part = partition(world, as_of=start, jurisdictions=[j], extra=extra)
            refs = [axis_ref(_axis_spec(part, a)) for a in part.axes]
            m, root = _verdict_root(part, j, modelled)
            memo: dict[int, list[Any]] = {}

            def export(
                u: int, m: Any = m, refs: list[int] = refs, memo: dict[int, list[Any]] = memo
            ) -> list[Any]:
                hit = memo.get(u)
                if hit is not None:
                    return hit
                if m.level[u] == m.depth:
                    # (outcome, applied) or, not modelled, (outcome, applied, True)
                    leaf = list(m.value[u])  # type: ignore[call-overload]
                    text = json.dumps(leaf)
                    if text not in verdict_ids:
                        verdict_ids[text] = len(verdicts)
                        verdicts.append([leaf[0], [list(x) for x in leaf[1]], *leaf[2:]])
                    ref = ["v", verdict_ids[text]]
                else:
                    # Nodes keep their branches as runs (first class, child): the page
                    # reads one child per class, so the runs are written out.
                    kids = [export(m.kid(u, c)) for c in range(m.sizes[m.level[u]])]
                    body = [refs[m.level[u]], kids]
                    text = json.dumps(body)
                    if text not in node_ids:
                        node_ids[text] = len(nodes)
                        nodes.append(body)
                    ref = ["n", node_ids[text]]
                memo[u] = ref
                return ref

            periods.append([start.isoformat(), export(root)])
        out[j] = periods
    from policy.render.site import html_page
    from policy.render.views.links import page_of, rule_anchor

    rules = {
        f"{r.jurisdiction} {rule.id}": {
            "title": rule.title,
            "cite": rule.source.cite(),
            "url": rule.source.url or "",
            "href": html_page(page_of(r.jurisdiction)) + "#" + rule_anchor(rule.id),
        }
        for r in world.regimes
        for rule in r.rules
    }
    derived = {}
    for p in v.parameters().values():
        if p.derive is not None and len(p.derived_from) == 2:
            from policy.render.charts.specs import ratio_of

            ratio = ratio_of(p.name)
            if ratio is not None:
                derived[p.name] = [ratio.numerator, ratio.denominator, ratio.factor]
    data = {
        "axes": axes,
        "nodes": nodes,
        "verdicts": verdicts,
        "jurisdictions": out,
        "rules": rules,
        "derived": derived,
    }
    data["form"] = _form(world, data)
    return data


def kind_parameters(data: Mapping[str, Any]) -> dict[str, list[str]]:
    """Per item kind, the parameters the exported diagrams can read for an item of that
    kind (a derived parameter brings the ones it is computed from), in vocabulary order.

    Read from the diagrams, not written by hand: every path from a root, following at a
    kind node only the kind's own class, and every class elsewhere. So the form asks for
    TPP on an accelerator and for wavelength on a scanner because some rule reads them
    there; where a diagram tests a parameter before the kind, it is asked for every kind
    (more inputs, never a missing one)."""
    roots = [ref for periods in data["jurisdictions"].values() for _, ref in periods]
    params = v.parameters()
    out: dict[str, list[str]] = {}
    for k in v.kinds():
        seen: set[int] = set()
        found: set[str] = set()
        stack = [r[1] for r in roots if r[0] == "n"]
        while stack:
            n = stack.pop()
            if n in seen:
                continue
            seen.add(n)
            spec_ref, kids = data["nodes"][n]
            spec = data["axes"][spec_ref]
            if spec["kind"] == "kind":
                c = spec["table"].get(k)
                kids = [] if c is None else [kids[c]]
            elif spec["kind"] == "param":
                found.add(spec["key"])
                found.update(params[spec["key"]].derived_from)
            stack.extend(r[1] for r in kids if r[0] == "n")
        out[k] = [p for p in params if p in found]
    return out


def _form(world: World, data: Mapping[str, Any]) -> dict[str, Any]:
    """What the page's form needs beyond its generated HTML (:mod:`policy.render.decide_form`):
    which parameter inputs to show for each kind (:func:`kind_parameters`)."""
    return {"kind_params": kind_parameters(data)}


def decide_data_js(world: World) -> str:
    """The data as a script (browsers refuse fetch() from file:// pages)."""
    from policy.render.site import ASSET_MARKER

    text = json.dumps(decide_data(world), sort_keys=True, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return (
        f"{ASSET_MARKER}: the exact partition the Decide page reads. */\n"
        f"window.POLICY_DECIDE = {text};\n"
    )


# --------------------------------------------------------------------------- the lookup


def _param_value(params: Mapping[str, float], name: str) -> float | None:
    return v.with_derived(params).get(name)


def _interval(spec: Mapping[str, Any], x: float | None) -> int | None:
    if x is None:
        return spec.get("unstated")  # type: ignore[no-any-return]
    for i, iv in enumerate(spec["intervals"]):
        if iv is None:
            continue
        low, high, lc, hc = iv
        if low is not None and (x < low or (x == low and not lc)):
            continue
        if high is not None and (x > high or (x == high and not hc)):
            continue
        return i
    return None


def classify(spec: Mapping[str, Any], tx: Transaction) -> int | None:
    """The class of ``tx`` on one exported axis, read from the exported tables only."""
    kind, key = spec["kind"], spec["key"]
    item = tx.item
    if kind == "kind":
        return spec["table"].get(item.kind)  # type: ignore[no-any-return]
    if kind == "country" and key in PARTY_COUNTRY_FIELDS:
        return spec["table"].get(str(_party_country(tx, key)))  # type: ignore[no-any-return]
    if kind == "producer":
        if item.producer is None:
            return spec["none"]  # type: ignore[no-any-return]
        return spec["names"].get(producer_key(item.producer), spec["other"])  # type: ignore[no-any-return]
    if kind == "country":
        x = (
            tx.exporter
            if key == "exporter"
            else tx.destination
            if key == "destination"
            else item.origin
        )
        return spec["table"].get(str(x))  # type: ignore[no-any-return]
    if kind == "channel":
        return spec["table"].get(tx.channel)  # type: ignore[no-any-return]
    if kind == "param":
        return _interval(spec, _param_value(item.params, key))
    if kind == "content":
        return _interval(spec, item.content.get(key, 0.0))
    if kind == "flag":
        return 1 if key in item.flags else 0
    if kind == "end_use":
        return 1 if key in tx.end_use else 0
    if kind == "made_with":
        return 1 if key in item.made_with else 0
    if kind == "persons":
        return 1 if any(p in spec["members"] for p in tx.persons) else 0
    if kind == "class":
        code = item.classification.get(key)
        hits = {
            aid
            for aid, prefixes in spec["prefixes"]
            if code is not None and any(code.startswith(p) for p in prefixes)
        }
        return spec["by_truth"].get(_truth_key(hits))  # type: ignore[no-any-return]
    eu = tx.end_user
    if eu is None:
        return spec["none"]  # type: ignore[no-any-return]
    if isinstance(eu, str):
        return spec["parties"].get(eu)  # type: ignore[no-any-return]
    if eu.owners:
        return None
    free = spec["free"]
    true: set[int] = set()
    own = eu.headquarters or eu.country
    for aid, cs in free["country"].items():
        if eu.country in cs:
            true.add(int(aid))
    for aid, cs in free["hq"].items():
        if own in cs:
            true.add(int(aid))
    if eu.country is None:
        true.update(free["no_country"])
    if own is None:
        true.update(free["no_hq"])
    return spec["by_truth"].get(_truth_key(true))  # type: ignore[no-any-return]


def _party_country(tx: Transaction, key: str) -> str | None:
    """The one country a consignee or exporting-company axis reads on the page: the
    headquarters (a consignee's, else its country); ``"owned"`` for a consignee with
    owners, whose parents' headquarters the page does not follow (no class has it)."""
    if key == "consignee.headquarters":
        c = tx.consignee
        if c is None:
            return None
        return "owned" if c.owners else (c.headquarters or c.country)
    e = tx.exporter_party
    return None if e is None else e.headquarters


def lookup(data: Mapping[str, Any], tx: Transaction) -> dict[str, str | None]:
    """Each jurisdiction's outcome for ``tx`` from the exported data (None: outside the
    exported space)."""
    return {j: None if vd is None else vd[0] for j, vd in lookup_verdicts(data, tx).items()}


def lookup_not_modelled(data: Mapping[str, Any], tx: Transaction) -> dict[str, bool | None]:
    """Each jurisdiction's ``not_modelled`` flag for ``tx`` from the exported data (None:
    outside the exported space)."""
    return {
        j: None if vd is None else len(vd) > 2 and bool(vd[2])
        for j, vd in lookup_verdicts(data, tx).items()
    }


def lookup_verdicts(data: Mapping[str, Any], tx: Transaction) -> dict[str, list[Any] | None]:
    """Each jurisdiction's exported verdict for ``tx``: ``[outcome, applied]``, with a
    third member ``True`` when it is not modelled (None: outside the exported space)."""
    out: dict[str, list[Any] | None] = {}
    day = tx.date.isoformat() if isinstance(tx.date, dt.date) else str(tx.date)
    for j, periods in data["jurisdictions"].items():
        current = [ref for start, ref in periods if start <= day]
        if not current:
            out[j] = [Outcome.NOT_APPLICABLE.value, []]
            continue
        ref = current[-1]
        while ref[0] == "n":
            spec_ref, kids = data["nodes"][ref[1]]
            c = classify(data["axes"][spec_ref], tx)
            if c is None:
                ref = None
                break
            ref = kids[c]
        out[j] = None if ref is None else data["verdicts"][ref[1]]
    return out

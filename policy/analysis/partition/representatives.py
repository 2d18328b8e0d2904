"""The transaction a path of classes stands for: each class's representative value written
into the field its axis reads.

A path fixes only the axes that matter on the way to a cell; the rest take the values of a
plain transaction (an export of an item of kind ``other``, between the two most readable
countries). A parameter whose class makes no atom true is left out, as an item that does
not state it would be, and the input of a derived parameter is filled in so that a
representative reads like a real item. :func:`typical_choices` picks, within each class of
a path, the values a rule's own examples use (:meth:`Partition.typical`).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from typing import Any

from policy.analysis.partition.axes import Axis
from policy.analysis.partition.compiler import Compiler
from policy.model import vocabulary as v
from policy.model.transactions import Transaction


def default_countries(comp: Compiler) -> list[str]:
    """The two most readable countries (as destinations): the exporter and destination of
    a path that fixes neither."""
    return sorted(v.countries(), key=comp.prefer_key)[:2]


def build_transaction(
    axes: Sequence[Axis],
    path: Sequence[tuple[int, int]],
    *,
    on: dt.date,
    defaults: Sequence[str],
    values: Mapping[int, Any] | None = None,
    extra: Mapping[str, Any] | None = None,
) -> Transaction:
    """The transaction dated ``on`` of a path of (axis, class): each class's
    representative, or the value ``values`` gives for that axis (which must lie in the
    class); ``extra`` overrides top-level fields. Raises pydantic's ``ValidationError`` (a
    ``ValueError``) for a combination of classes that names no valid transaction."""
    data: dict[str, Any] = {"date": on.isoformat(), "channel": "export"}
    item: dict[str, Any] = {"kind": "other", "params": {}, "flags": [], "content": {}}
    classification: dict[str, str] = {}
    uses: list[str] = []
    made_with: list[str] = []
    persons: list[str] = []
    unstated: list[str] = []
    for a, c in path:
        axis = axes[a]
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
        elif kind == "producer":
            if value is not None:
                item["producer"] = value
        elif kind == "country" and key == "consignee.headquarters":
            if value is not None:
                data["consignee"] = {
                    "name": f"consignee headquartered in {value}",
                    "headquarters": value,
                }
        elif kind == "country" and key == "exporter_party.headquarters":
            if value is not None:
                data["exporter_party"] = {
                    "name": f"exporter headquartered in {value}",
                    "headquarters": value,
                }
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
    d1, d2 = defaults
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
    complete_derived(params)
    if classification:
        item["classification"] = classification
    if made_with:
        item["made_with"] = made_with
    data["item"] = item
    if uses:
        data["end_use"] = uses
    if persons:
        data["persons"] = persons
    if extra:
        data.update(extra)
    return Transaction.model_validate(data)


def typical_choices(
    axes: Sequence[Axis],
    path: Sequence[tuple[int, int]],
    examples: Sequence[Transaction],
    *,
    exporter: str | None = None,
) -> dict[int, Any]:
    """Values for the axes of ``path`` that read like the cases a rule was written for:
    on each axis, the value most of ``examples`` (the rule's own examples) have among
    those in the path's class: the item kind (an accelerator rather than an HBM stack for
    a rule about processors), the destination, the exporter (``exporter``, the rule's
    own jurisdiction, first when it is a country of the class) and a parameter whose
    class starts at 0 (a value at or just above a cut is the boundary a finding shows,
    and stays). Axes where no example's value lies in the class are left out."""
    out: dict[int, Any] = {}
    for a, c in path:
        axis, cls = axes[a], axes[a].classes[c]
        seen: list[Any] = []
        if axis.kind == "kind":
            seen = [tx.item.kind for tx in examples if tx.item.kind in cls.members]
        elif axis.kind == "country" and axis.key in ("destination", "exporter"):
            seen = [
                getattr(tx, axis.key) for tx in examples if getattr(tx, axis.key) in cls.members
            ]
            if axis.key == "exporter" and exporter in cls.members:
                seen = [exporter]
        elif axis.kind == "param" and not cls.unstated and not cls.low:
            values = (v.with_derived(tx.item.params).get(axis.key) for tx in examples)
            capability = v.parameter(axis.key).direction != "neutral"
            seen = [
                x
                for x in values
                if x is not None
                and math.isfinite(x)
                and cls.contains(x)
                and (x > 0 or not capability)
            ]
            if cls.value in seen or not seen:
                continue
        if seen:
            # the most frequent, the first in sorted order among equals
            out[a] = min(set(seen), key=lambda x: (-seen.count(x), str(x)))
    return out


def complete_derived(params: dict[str, float]) -> None:
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

"""Hypothesis strategies that break valid documents in the ways hostile or careless input
does: wrong types, missing and extra fields, huge/negative/NaN/infinite numbers, deep
nesting, invalid UTF-8, enormous strings, duplicate keys."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

WEIRD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(
        [
            -1,
            -0.0001,
            1e308,
            10**400,
            0,
            "",
            "x" * 100_000,
            "é",
            "\u0000",
            "CN",
            "2023-02-30",
            "ic",
            [],
            {},
            [[[]]],
        ]
    ),
    st.text(max_size=30),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)


def _paths(doc: Any, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(doc, dict):
        for k, v in doc.items():
            out.extend(_paths(v, (*prefix, k)))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            out.extend(_paths(v, (*prefix, i)))
    return out


def _get(doc: Any, path: tuple) -> Any:
    for p in path:
        doc = doc[p]
    return doc


@st.composite
def mutated_json(draw: st.DrawFn, valid: dict) -> bytes:
    """A valid document, broken by one to three mutations, serialised to bytes."""
    doc = json.loads(json.dumps(valid))
    text_level: list[str] = []
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(doc) if p]
        kind = draw(st.sampled_from(["replace", "delete", "extra", "nest", "text"]))
        if not paths or kind == "text":
            text_level.append(
                draw(
                    st.sampled_from(
                        ["nan", "inf", "utf8", "dup", "truncate", "bom", "deep", "trailing"]
                    )
                )
            )
            continue
        path = draw(st.sampled_from(paths))
        parent = _get(doc, path[:-1])
        key = path[-1]
        if kind == "replace":
            parent[key] = draw(WEIRD_VALUES)
        elif kind == "delete":
            if isinstance(parent, dict):
                del parent[key]
            else:
                parent.pop(key)
        elif kind == "extra" and isinstance(parent, dict):
            parent[draw(st.sampled_from(["colour", "__proto__", "", "id2"]))] = draw(WEIRD_VALUES)
        elif kind == "nest":
            value: Any = parent[key]
            for _ in range(draw(st.integers(1, 50))):
                value = [value]
            parent[key] = value
    raw = json.dumps(doc, ensure_ascii=False)
    for t in text_level:
        if t == "nan":
            raw = raw.replace("4992", "NaN", 1) if "4992" in raw else raw[:-1] + ', "z": NaN}'
        elif t == "inf":
            raw = raw[:-1] + ', "z": Infinity}' if raw.endswith("}") else raw
        elif t == "dup" and raw.startswith("{") and raw != "{}":
            raw = '{"date": "2022-11-01", ' + raw[1:]
        elif t == "truncate":
            raw = raw[: max(0, len(raw) // 2)]
        elif t == "bom":
            raw = "\ufeff" + raw
        elif t == "deep":
            raw = "[" * 5000 + "]" * 5000
        elif t == "trailing":
            raw = raw + " garbage"
    data = raw.encode("utf-8")
    if "utf8" in text_level:
        data = data[:10] + b"\xff\xfe\xfa" + data[10:]
    return data

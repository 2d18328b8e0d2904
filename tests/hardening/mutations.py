"""Hypothesis strategies that break valid documents in the ways hostile or careless input
does: wrong types, missing, extra and misspelt fields, huge/negative/NaN/infinite numbers,
integers too long to convert, deep nesting, invalid UTF-8, lone surrogates, control
characters, enormous strings, duplicate keys, truncation; and the same spirit for CSV
files, pyproject.toml settings, Python regime modules and command lines.

Each strategy shrinks towards fewer mutations and towards the first kinds listed, so a
failure is reported with a small, readable input.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from hypothesis import strategies as st

WEIRD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(
        [
            -1,
            -0.0,
            -0.0001,
            1e-320,
            1e308,
            2**63,
            -(2**63) - 1,
            10**400,
            0,
            "",
            " ",
            "x" * 100_000,
            "é",
            "\u0000",
            "\u2028",
            "\ud800",
            "CN",
            "us",
            "2023-02-30",
            "2023-01-01T00:00:00",
            "ic",
            "ic.",
            "SMIC",
            "<script>alert(1)</script>",
            "{{ 7*7 }}",
            "__import__('os').system('false')",
            [],
            {},
            [[[]]],
            {"op": "all", "of": []},
        ]
    ),
    st.text(max_size=30),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)

TEXT_MUTATIONS = [
    "nan",
    "inf",
    "utf8",
    "dup",
    "truncate",
    "bom",
    "deep",
    "trailing",
    "bigint",
    "surrogate",
    "control",
    "nul",
    "empty",
]


def _paths(doc: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(doc, dict):
        for k, v in doc.items():
            out.extend(_paths(v, (*prefix, k)))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            out.extend(_paths(v, (*prefix, i)))
    return out


def _get(doc: Any, path: tuple[Any, ...]) -> Any:
    for p in path:
        doc = doc[p]
    return doc


@st.composite
def mutated_data(draw: st.DrawFn, valid: Any, *, max_mutations: int = 3) -> tuple[Any, list[str]]:
    """A deep copy of ``valid`` broken by one to ``max_mutations`` structural mutations,
    and the text-level mutations still to apply once it is serialised."""
    doc = json.loads(json.dumps(valid))
    text_level: list[str] = []
    for _ in range(draw(st.integers(1, max_mutations))):
        paths = [p for p in _paths(doc) if p]
        kind = draw(st.sampled_from(["replace", "delete", "extra", "rename", "nest", "text"]))
        if not paths or kind == "text":
            text_level.append(draw(st.sampled_from(TEXT_MUTATIONS)))
            continue
        path = draw(st.sampled_from(paths))
        parent = _get(doc, path[:-1])
        key = path[-1]
        if kind == "replace":
            parent[key] = copy.deepcopy(draw(WEIRD_VALUES))
        elif kind == "delete":
            if isinstance(parent, dict):
                del parent[key]
            else:
                parent.pop(key)
        elif kind == "extra" and isinstance(parent, dict):
            name = draw(st.sampled_from(["colour", "__proto__", "", "id2", "op", "é"]))
            parent[name] = copy.deepcopy(draw(WEIRD_VALUES))
        elif kind == "rename" and isinstance(parent, dict):
            parent[draw(st.sampled_from([key + "s", key.upper(), key[:-1] or "_"]))] = parent.pop(
                key
            )
        elif kind == "nest":
            value: Any = parent[key]
            for _ in range(draw(st.sampled_from([1, 2, 10, 60, 150]))):
                value = draw(st.sampled_from([[value], {"of": value}]))
            parent[key] = value
    return doc, text_level


def serialise(doc: Any, text_level: list[str], draw: st.DrawFn) -> bytes:
    """``doc`` as JSON, then broken at the text level."""
    try:
        raw = json.dumps(doc, ensure_ascii=draw(st.booleans()))
    except ValueError:  # an integer json.dumps will not write
        raw = "{}"
    for t in text_level:
        if t == "nan":
            raw = raw.replace("4992", "NaN", 1) if "4992" in raw else raw[:-1] + ', "z": NaN}'
        elif t == "inf":
            raw = raw[:-1] + ', "z": -Infinity}' if raw.endswith("}") else raw
        elif t == "dup" and raw.startswith("{") and raw != "{}":
            raw = '{"date": "2022-11-01", ' + raw[1:]
        elif t == "truncate":
            raw = raw[: draw(st.integers(0, max(0, len(raw) - 1)))]
        elif t == "bom":
            raw = "\ufeff" + raw
        elif t == "deep":
            n = draw(st.sampled_from([99, 101, 5000]))
            raw = "[" * n + "]" * n
        elif t == "trailing":
            raw = raw + " garbage"
        elif t == "bigint":
            raw = raw.replace("4992", "9" * 5000, 1) if "4992" in raw else "9" * 5000
        elif t == "surrogate":
            raw = raw.replace('"', '"\\udc80', 1)
        elif t == "control":
            raw = raw.replace('"', '"\x07\t', 1)
        elif t == "nul":
            raw = raw.replace(",", "\x00,", 1)
        elif t == "empty":
            raw = draw(st.sampled_from(["", " ", "\n", "null", "0", '""', "[]"]))
    data = raw.encode("utf-8", "surrogatepass")
    if "utf8" in text_level:
        at = draw(st.integers(0, len(data)))
        data = (
            data[:at]
            + draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x80"]))
            + data[at:]
        )
    return data


@st.composite
def mutated_json(draw: st.DrawFn, valid: Any) -> bytes:
    """A valid document, broken by one to three mutations, serialised to bytes."""
    doc, text_level = draw(mutated_data(valid))
    return serialise(doc, text_level, draw)


# --------------------------------------------------------------------------- CSV

CSV_CELLS = st.one_of(
    st.sampled_from(
        [
            "",
            " ",
            "abc",
            "NaN",
            "nan",
            "Infinity",
            "1e999",
            "-1",
            "-0",
            "1e-400",
            "9" * 5000,
            "0x10",
            "1_000",
            "true",
            "null",
            '"',
            '"unclosed',
            'a"b',
            "a,b",
            '"a\nb"',
            "x;y;;",
            "SMIC:60;Huawei:abc",
            ":",
            "XX",
            "2023-02-30",
            "ic.",
            "\x00",
            "\u2028",
            "é",
            "<script>",
            "=cmd|' /C calc'!A0",
            "x" * 200_000,
        ]
    ),
    st.text(max_size=20),
)


@st.composite
def mutated_csv(draw: st.DrawFn, header: str, rows: list[str]) -> bytes:
    """A valid CSV file (``header`` then ``rows``, comma-separated without quoting) with
    one to four cells, rows, columns or bytes broken."""
    head = header.split(",")
    body = [r.split(",") for r in rows]
    prefix = b""
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    tail: list[bytes] = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(
            st.sampled_from(["cell", "cell", "drop", "add", "column", "header", "bytes", "bom"])
        )
        if kind == "cell" and body:
            row = draw(st.sampled_from(body))
            row[draw(st.integers(0, len(row) - 1))] = draw(CSV_CELLS)
        elif kind == "drop" and body:
            row = draw(st.sampled_from(body))
            if row:
                row.pop()
        elif kind == "add" and body:
            draw(st.sampled_from(body)).append(draw(CSV_CELLS))
        elif kind == "column":
            head.append(
                draw(
                    st.sampled_from(
                        ["item.params.tpp", "item.params.bogus", "item.content.XX", "colour", ""]
                    )
                )
            )
            for row in body:
                row.append(draw(CSV_CELLS))
        elif kind == "header":
            head[draw(st.integers(0, len(head) - 1))] = draw(
                st.sampled_from(["date", "DATE", "item.kind ", "item.", "end_user.owners", "é"])
            )
        elif kind == "bytes":
            tail.append(draw(st.sampled_from([b"\xff\xfe", b"\x00", b'"', b"\r", b"x" * 10])))
        elif kind == "bom":
            prefix = b"\xef\xbb\xbf"
    lines = [",".join(head)] + [",".join(r) for r in body]
    data = prefix + newline.join(lines).encode("utf-8", "surrogatepass") + newline.encode()
    for junk in tail:
        at = draw(st.integers(0, len(data)))
        data = data[:at] + junk + data[at:]
    return data


# --------------------------------------------------------------------------- pyproject.toml

TOML_VALUES = st.sampled_from(
    [
        '"regime.json"',
        '"missing.json"',
        '""',
        '"."',
        '"/"',
        '"not a module!"',
        '"os"',
        '"regime.py"',
        "5",
        "true",
        "[]",
        '["regime.json"]',
        "{}",
        "1979-05-27",
        '"\\u0000"',
        '"' + "x" * 5000 + '"',
        '"unclosed',
        "",
    ]
)


@st.composite
def mutated_pyproject(draw: st.DrawFn, valid: str) -> bytes:
    """``valid`` (a pyproject.toml with a [tool.policy] table) with one to three lines
    replaced, added or broken."""
    lines = valid.splitlines()
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["value", "key", "line", "table", "drop", "bytes"]))
        if kind == "value":
            i = draw(st.sampled_from([i for i, x in enumerate(lines) if "=" in x] or [0]))
            key = lines[i].split("=")[0].strip() or "regimes"
            lines[i] = f"{key} = {draw(TOML_VALUES)}"
        elif kind == "key":
            name = draw(st.sampled_from(["regime", "baseline", "regimes", "Regimes", "x", '"a b"']))
            lines.append(f"{name} = {draw(TOML_VALUES)}")
        elif kind == "line":
            lines.insert(
                draw(st.integers(0, len(lines))),
                draw(
                    st.sampled_from(
                        [
                            "[tool.policy",
                            "[tool.policy]",
                            "[[tool.policy]]",
                            "tool = 5",
                            "tool.policy = 5",
                            "[tool]",
                            "policy = 'x'",
                            "= 1",
                            "\x00",
                        ]
                    )
                ),
            )
        elif kind == "table":
            lines.append(draw(st.sampled_from(["[tool.policy]", "[tool.policy.extra]", "[tool]"])))
        elif kind == "drop" and lines:
            lines.pop(draw(st.integers(0, len(lines) - 1)))
        elif kind == "bytes":
            lines.append("\udcff")
    return "\n".join(lines).encode("utf-8", "surrogateescape") + b"\n"


# --------------------------------------------------------------------------- Python modules

PY_LINES = st.sampled_from(
    [
        "raise RuntimeError('boom')",
        "raise ValueError()",
        "raise KeyError('x' * 10000)",
        "raise SystemExit(3)",
        "import sys; sys.exit(0)",
        "import sys; sys.exit('bye')",
        "1 / 0",
        "import not_a_module_xyz",
        "from policy import not_a_name",
        "REGIME = None",
        "REGIME = 5",
        "REGIMES = 5",
        "REGIMES = [REGIME, 1]",
        "REGIMES = 'US'",
        "WORLD = REGIME",
        "del REGIME",
        "def f(): return f()\nf()",
        "x = (",
        "  indented = 1",
        "REGIMES = [REGIME, REGIME]",
        "Rule(id='', title='', when=kind('x'), source=None, effective='soon')",
        "kind('ic.gpu')",
        "TPP >= float('nan')",
        "exporter('XX')",
    ]
)


@st.composite
def mutated_module(draw: st.DrawFn, valid: str) -> str:
    """``valid`` (a regime module's source) with a hostile line inserted, or truncated."""
    lines = valid.splitlines()
    if draw(st.integers(0, 4)) == 0:
        return "\n".join(lines[: draw(st.integers(0, len(lines)))]) + "\n"
    for _ in range(draw(st.integers(1, 2))):
        lines.insert(draw(st.integers(len(lines) // 2, len(lines))), draw(PY_LINES))
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- command lines

FLAG_VALUES = st.sampled_from(
    [
        "",
        "-",
        "0",
        "-1",
        "65",
        "99999999999999999999",
        "2023-01-01",
        "2023-02-30",
        "0001-01-01",
        "9999-12-31",
        "20230101",
        "yesterday",
        "text",
        "json",
        "csv",
        "sarif",
        "fail",
        "skip",
        "tightened",
        "PL001",
        "pl101,PL999",
        "tx.json",
        "t.jsonl",
        "t.csv",
        "regime.json",
        "missing.json",
        "b.json",
        "out",
        "out/x.jsonl",
        "missing/dir/x",
        ".",
        "..",
        "HEAD",
        "not a module!",
        "é",
        "x" * 5000,
        "--",
        "--help",
    ]
)

COMMANDS: dict[str, list[str]] = {
    "check": [
        "--regimes",
        "--as-of",
        "--all-dates",
        "--format",
        "--baseline",
        "--no-baseline",
        "--update-baseline",
        "--reason",
        "--owner",
        "--select",
        "--depth",
        "--jobs",
    ],
    "decide": ["--regimes", "--as-of", "--format"],
    "screen": [
        "--regimes",
        "--as-of",
        "--bad-records",
        "--fail-on",
        "--input-format",
        "--out",
        "--jobs",
        "--explain",
        "--no-explain",
        "--progress",
        "--no-progress",
    ],
    "diff": [
        "--from",
        "--to",
        "--base",
        "--head",
        "--as-of",
        "--repo",
        "--regimes",
        "--format",
        "--fail-on",
    ],
    "docs": ["--out", "--html", "--check", "--regimes"],
    "schema": ["--out", "--check"],
    "init": ["--jurisdiction", "--no-git"],
}
#: Flags that take no value.
SWITCHES = {
    "--all-dates",
    "--no-baseline",
    "--update-baseline",
    "--explain",
    "--no-explain",
    "--progress",
    "--no-progress",
    "--check",
    "--no-git",
}
#: Arguments a command takes besides its options.
POSITIONAL = {"decide": 1, "screen": 1, "init": 1}


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    """A ``policy`` command line: a command, its positional argument (sometimes missing or
    doubled), and up to four of its options (sometimes misspelt or without a value), with
    values from a pool of awkward ones. ``--regimes regime.json`` (a tiny regime) is added
    unless the draw names other regimes, so that ``check`` and ``docs`` stay fast."""
    command = draw(st.sampled_from(sorted(COMMANDS)))
    argv = [command]
    for _ in range(draw(st.sampled_from([POSITIONAL.get(command, 0)] * 3 + [0, 2]))):
        argv.append(draw(FLAG_VALUES))
    for _ in range(draw(st.integers(0, 4))):
        flag = draw(st.sampled_from(COMMANDS[command] + ["--bogus", "-x"]))
        argv.append(flag)
        if flag not in SWITCHES and draw(st.integers(0, 9)) > 0:
            argv.append(draw(FLAG_VALUES))
    if "--regimes" in COMMANDS[command] and "--regimes" not in argv:
        argv += ["--regimes", "regime.json"]
    if command == "diff" and "--repo" not in argv:
        argv += ["--repo", "."]
    return argv

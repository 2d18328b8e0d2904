"""Every reader, every command: a malformed input gives exit 2 and one message that names the
file, the line or record, the field path, what was expected and what was found; never a
traceback, never "internal error" (exit 3).

One table, in the manner of hypothesis's ``test_direct_strategies.py``: each row is the
files to write, the command line, and a fragment the message must contain. Rows run in a
fresh directory (so that ``pyproject.toml`` rows are read, and names stay short).
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from policy.cli import main
from policy.loading import MAX_LINE_BYTES
from tests.hardening.documents import (
    BASELINE,
    CSV_HEADER,
    CSV_ROW,
    PLAIN_TX,
    PYPROJECT,
    VALID_TX,
    tiny_regime,
    tiny_world,
)

Files = dict[str, str | bytes]


def js(data: object) -> str:
    return json.dumps(data)


def tx(**changes: object) -> str:
    return js({**VALID_TX, **changes})


def item(**changes: object) -> str:
    return js({**VALID_TX, "item": {**VALID_TX["item"], **changes}})


def regime(**changes: object) -> str:
    return js({**tiny_regime(), **changes})


def rule(**changes: object) -> str:
    r = tiny_regime()
    r["rules"][0].update(changes)
    return js(r)


def deep_condition(levels: int) -> dict[str, object]:
    c: dict[str, object] = {"op": "kind", "kinds": ["ic"]}
    for i in range(levels - 1):
        c = {"op": "not", "of": c} if i % 2 else {"op": "all", "of": [c]}
    return c


def baseline(**changes: object) -> str:
    entry = {**BASELINE["accepted"][0], **changes}
    return js({**BASELINE, "accepted": [entry]})


GOOD = js(VALID_TX) + "\n"
R = {"r.json": js(tiny_regime()), "tx.json": js(PLAIN_TX)}
DECIDE = ["decide", "tx.json"]
SCREEN = ["screen", "t.jsonl"]
CSV = ["screen", "t.csv"]
CHECK = ["check", "--regimes", "r.json", "--baseline", "b.json", "--select", "PL001"]
WITH_REGIME = ["decide", "tx.json", "--regimes"]

CASES = [
    # --- transaction JSON (decide) -------------------------------------------------------
    ("decide", {"tx.json": '{"date": '}, DECIDE, "tx.json: invalid JSON at line 1, column 10"),
    ("decide", {"tx.json": ""}, DECIDE, "tx.json: empty input: expected a JSON document"),
    ("decide", {"tx.json": "[1, 2]"}, DECIDE, "tx.json: expected a JSON object (a transaction)"),
    ("decide", {"tx.json": '{"a": 1, "a": 2}'}, DECIDE, "tx.json: duplicate key 'a'"),
    ("decide", {"tx.json": '{"a": NaN}'}, DECIDE, "tx.json: NaN is not a number JSON allows"),
    ("decide", {"tx.json": '{"a": -Infinity}'}, DECIDE, "-Infinity is not a number JSON"),
    ("decide", {"tx.json": b'{\n "a": "\xff"}'}, DECIDE, "tx.json: not valid UTF-8 at line 2"),
    ("decide", {"tx.json": "\ufeff" + tx()}, DECIDE, "tx.json: invalid JSON at line 1, column 1:"),
    ("decide", {"tx.json": '{"a": ' + "9" * 5000 + "}"}, DECIDE, "more than 4300 digits"),
    ("decide", {"tx.json": "[" * 150 + "]" * 150}, DECIDE, "nested more than 100 levels deep"),
    ("decide", {"tx.json": "[" * 50_000 + "]" * 50_000}, DECIDE, "tx.json: JSON nested too"),
    ("decide", {"tx.json": tx(date=20230101)}, DECIDE, "date: expected a date YYYY-MM-DD, got"),
    ("decide", {"tx.json": tx(date="2023-02-30")}, DECIDE, "'2023-02-30' is not a date that"),
    ("decide", {"tx.json": tx(colour="red")}, DECIDE, "tx.json: colour: unknown field"),
    ("decide", {"tx.json": js({"date": "2023-01-01"})}, DECIDE, "exporter: required field is"),
    ("decide", {"tx.json": tx(exporter="XX")}, DECIDE, "exporter: unknown country code 'XX'"),
    ("decide", {"tx.json": tx(channel="mail")}, DECIDE, "tx.json: channel: unknown channel"),
    ("decide", {"tx.json": tx(end_user="Nobody")}, DECIDE, "tx.json: end_user: unknown end user"),
    ("decide", {"tx.json": tx(id=1.5)}, DECIDE, "id: expected a text or an integer, got 1.5"),
    ("decide", {"tx.json": tx(id="x" * 10**6)}, DECIDE, "id: String should have at most 200"),
    ("decide", {"tx.json": item(kind="ic.gpu")}, DECIDE, "item.kind: unknown item kind 'ic.gpu'"),
    (
        "decide",
        {"tx.json": item(params={"tpp": -5})},
        DECIDE,
        "item.params.tpp: expected a number >= 0, got -5",
    ),
    (
        "decide",
        {"tx.json": item(params={"tpp": "1"})},
        DECIDE,
        "item.params.tpp: expected a number, got '1'",
    ),
    (
        "decide",
        {"tx.json": item(params={"tpp": 1}).replace('"tpp": 1', '"tpp": 1e999')},
        DECIDE,
        "item.params.tpp: expected a finite number, got inf",
    ),
    (
        "decide",
        {"tx.json": item(params={"tpp": 10**400})},
        DECIDE,
        "item.params.tpp: expected a number, got one too large",
    ),
    (
        "decide",
        {"tx.json": item(content={"US": 101})},
        DECIDE,
        "item.content.US: expected a percentage between 0 and 100, got 101",
    ),
    (
        "decide",
        {"tx.json": item(name="n" * 10**6)},
        DECIDE,
        "item.name: String should have at most 500 characters (got 'nnn",
    ),
    ("decide", {"tx.json": item(flags=[[[]]])}, DECIDE, "tx.json: item.flags[0]"),
    ("decide", {}, ["decide", "missing.json"], "missing.json: no such file"),
    ("decide", {"d/x": ""}, ["decide", "d"], "d: is a directory, expected a file"),
    # --- JSON Lines (screen): the bad record is reported by line, the others decided -----
    ("screen", {"t.jsonl": GOOD + "{oops\n" + GOOD}, SCREEN, "t.jsonl:2: invalid JSON at line 1"),
    (
        "screen",
        {"t.jsonl": GOOD + item(params={"tpp": -1}) + "\n"},
        SCREEN,
        "t.jsonl:2: item.params.tpp: expected a number >= 0, got -1",
    ),
    (
        "screen",
        {"t.jsonl": GOOD + '{"id": "\xff"}\n'.encode("latin-1").decode("latin-1")},
        SCREEN,
        "t.jsonl:2:",
    ),
    (
        "screen",
        {"t.jsonl": GOOD.encode() + b'{"id": "\xff"}\n' + GOOD.encode()},
        SCREEN,
        "t.jsonl:2: not valid UTF-8",
    ),
    (
        "screen",
        {"t.jsonl": GOOD + "[" * 300 + "]" * 300 + "\n"},
        SCREEN,
        "t.jsonl:2: nested more than 100",
    ),
    (
        "screen",
        {"t.jsonl": GOOD + '"' + "x" * MAX_LINE_BYTES + '"\n' + GOOD},
        SCREEN,
        "t.jsonl:2: line is 1,048,578 bytes long; the limit for one record is 1,048,576 bytes",
    ),
    (
        "screen",
        {"t.jsonl": GOOD * 2 + tx(date="2023-13-01") + "\n"},
        SCREEN,
        "t.jsonl:3: date: '2023-13-01' is not a date",
    ),
    (
        "screen",
        {"t.jsonl": GOOD + "{oops\n"},
        SCREEN,
        "1 malformed record(s) in t.jsonl; the others were decided",
    ),
    ("screen", {}, ["screen", "missing.jsonl"], "missing.jsonl: no such file"),
    (
        "screen",
        {"\udcfc.jsonl": '{"x": 1}\n'},
        ["screen", "\udcfc.jsonl"],
        "udcfc.jsonl:1: date: required field is missing",
    ),
    # --- CSV (screen) ---------------------------------------------------------------------
    ("csv", {"t.csv": "colour\nred\n"}, CSV, "t.csv:1: unknown column 'colour'"),
    ("csv", {"t.csv": "date,date\n1,2\n"}, CSV, "t.csv:1: column 'date' appears twice"),
    (
        "csv",
        {"t.csv": f"{CSV_HEADER}\n{CSV_ROW}\na2,2022-11-01,US\n"},
        CSV,
        "t.csv:3: 3 cells for 7 columns",
    ),
    (
        "csv",
        {"t.csv": f"{CSV_HEADER}\n{CSV_ROW.replace('4992', 'abc')}\n"},
        CSV,
        "t.csv:2: item.params.tpp: expected a number, got 'abc'",
    ),
    (
        "csv",
        {"t.csv": f"{CSV_HEADER}\n{CSV_ROW.replace('4992', '-3')}\n"},
        CSV,
        "t.csv:2: item.params.tpp: expected a number >= 0, got -3",
    ),
    (
        "csv",
        {"t.csv": f"{CSV_HEADER}\n{CSV_ROW.replace('4992', 'NaN')}\n"},
        CSV,
        "t.csv:2: item.params.tpp: expected a finite number, got nan",
    ),
    (
        "csv",
        {"t.csv": f"{CSV_HEADER}\n{CSV_ROW.replace('US', 'XX')}\n"},
        CSV,
        "t.csv:2: exporter: unknown country code 'XX'",
    ),
    (
        "csv",
        {"t.csv": f"{CSV_HEADER}\n{CSV_ROW}\n".encode() + b"a2,2022-11-01,U\xffS,CN,ic,1,\n"},
        CSV,
        "t.csv:3: column 3: not valid UTF-8",
    ),
    (
        "csv",
        {"t.csv": f'{CSV_HEADER}\n{CSV_ROW}\na2,"{"x" * 200_000}",US,CN,ic,1,\n{CSV_ROW}\n'},
        CSV,
        "t.csv:3: malformed CSV: field larger than field limit",
    ),
    (
        "csv",
        {"t.csv": f"{CSV_HEADER}\n{CSV_ROW}\na2,{'x' * MAX_LINE_BYTES}\n{CSV_ROW}\n"},
        CSV,
        "t.csv:3: line is 1,048,579 bytes long",
    ),
    (
        "csv",
        {"t.csv": f"{CSV_HEADER}\n{CSV_ROW.replace('advanced_node_fab', 'fun')}\n"},
        CSV,
        "t.csv:2: end_use[0]: unknown end use 'fun'",
    ),
    # --- regime JSON (--regimes FILE) ----------------------------------------------------
    (
        "regime",
        {**R, "r.json": "[]"},
        [*WITH_REGIME, "r.json"],
        "r.json: expected a JSON object (a regime), got list",
    ),
    (
        "regime",
        {**R, "r.json": regime(jurisdiction="XX")},
        [*WITH_REGIME, "r.json"],
        "r.json: jurisdiction: unknown jurisdiction 'XX'",
    ),
    (
        "regime",
        {**R, "r.json": regime(colour=1)},
        [*WITH_REGIME, "r.json"],
        "r.json: colour: unknown field",
    ),
    (
        "regime",
        {**R, "r.json": rule(title=None)},
        [*WITH_REGIME, "r.json"],
        "r.json: rules[0].title (in rule T-1): Input should be a valid string (got None)",
    ),
    (
        "regime",
        {**R, "r.json": rule(effective="2020-01-01", end="2019-01-01")},
        [*WITH_REGIME, "r.json"],
        "rules[0].end (in rule T-1): 2019-01-01 must be after effective 2020-01-01",
    ),
    (
        "regime",
        {**R, "r.json": rule(when={"op": "xor"})},
        [*WITH_REGIME, "r.json"],
        "rules[0].when (in rule T-1): Input tag 'xor' found using 'op' does not match",
    ),
    (
        "regime",
        {**R, "r.json": rule(when={"op": ">=", "param": "tpp", "value": "high"})},
        [*WITH_REGIME, "r.json"],
        "rules[0].when.value (in rule T-1): expected a number, got 'high'",
    ),
    (
        "regime",
        {**R, "r.json": rule(when={"op": ">=", "param": "speed", "value": 1})},
        [*WITH_REGIME, "r.json"],
        "rules[0].when.param (in rule T-1): unknown parameter 'speed'",
    ),
    (
        "regime",
        {**R, "r.json": rule(when=deep_condition(33))},
        [*WITH_REGIME, "r.json"],
        "(in rule T-1): conditions nest 33 levels deep here; the limit is 32",
    ),
    (
        "regime",
        {**R, "r.json": rule(when=deep_condition(80))},
        [*WITH_REGIME, "r.json"],
        "r.json: nested more than 100 levels deep (the limit), at rules[0].when",
    ),
    (
        "regime",
        {**R, "r.json": js({**tiny_regime(), "rules": [tiny_regime()["rules"][0]] * 2})},
        [*WITH_REGIME, "r.json"],
        "rule id 'T-1'",
    ),
    (
        "regime",
        {**R, "r.json": b"\x00\x01"},
        [*WITH_REGIME, "r.json"],
        "r.json: invalid JSON at line 1, column 1",
    ),
    ("regime", R, [*WITH_REGIME, "missing.json"], "missing.json: no such file"),
    # --- world JSON and directories of regimes ------------------------------------------
    (
        "world",
        {**R, "w.json": js({"regimes": "US"})},
        [*WITH_REGIME, "w.json"],
        "w.json: regimes: expected a list of regimes",
    ),
    (
        "world",
        {**R, "w.json": js({"regimes": ["my_regimes"]})},
        [*WITH_REGIME, "w.json"],
        "w.json: regimes[0]: expected a JSON object (a regime), got str",
    ),
    (
        "world",
        {**R, "w.json": js({**tiny_world(), "colour": 1})},
        [*WITH_REGIME, "w.json"],
        "w.json: colour: unknown field",
    ),
    (
        "world",
        {**R, "w.json": js({"regimes": [tiny_regime(), tiny_regime()]})},
        [*WITH_REGIME, "w.json"],
        "w.json: ",
    ),
    (
        "directory",
        {**R, "d/a.json": js(tiny_regime()), "d/b.json": "{"},
        [*WITH_REGIME, "d"],
        "b.json: invalid JSON at line 1, column 2",
    ),
    (
        "directory",
        {**R, "d/x.txt": "no regimes"},
        [*WITH_REGIME, "d"],
        "d: no *.json regime files in this directory",
    ),
    # --- Python regime modules -----------------------------------------------------------
    (
        "module",
        {**R, "m.py": "x = 1\nraise RuntimeError('boom')\n"},
        [*WITH_REGIME, "m.py"],
        "m.py:2: importing the regime module raised RuntimeError: boom",
    ),
    (
        "module",
        {**R, "m.py": "import not_a_module_xyz\n"},
        [*WITH_REGIME, "m.py"],
        "m.py:1: importing the regime module raised ModuleNotFoundError: No module named",
    ),
    (
        "module",
        {**R, "m.py": "x = (\n"},
        [*WITH_REGIME, "m.py"],
        "m.py:1: invalid Python: '(' was never closed",
    ),
    (
        "module",
        {**R, "m.py": "import sys\nsys.exit(7)\n"},
        [*WITH_REGIME, "m.py"],
        "m.py: the module called sys.exit(7) while being imported",
    ),
    (
        "module",
        {**R, "m.py": "def f():\n    return f()\nf()\n"},
        [*WITH_REGIME, "m.py"],
        "importing the regime module raised RecursionError",
    ),
    (
        "module",
        {**R, "m.py": "REGIMES = 5\n"},
        [*WITH_REGIME, "m.py"],
        "m.py: REGIMES: expected a list of policy.Regime, got int",
    ),
    (
        "module",
        {**R, "m.py": "REGIMES = [1]\n"},
        [*WITH_REGIME, "m.py"],
        "m.py: REGIMES[0]: expected a policy.Regime, got int",
    ),
    (
        "module",
        {**R, "m.py": "WORLD = {}\n"},
        [*WITH_REGIME, "m.py"],
        "m.py: WORLD: expected a policy.World, got dict",
    ),
    (
        "module",
        {**R, "m.py": "X = 1\n"},
        [*WITH_REGIME, "m.py"],
        "m.py: the module defines no WORLD",
    ),
    (
        "module",
        {**R, "m.py": "from policy import Rule\n\nRule(id='R', title='', when=None)\n"},
        [*WITH_REGIME, "m.py"],
        "m.py:3: rule R: effective: required field is missing; title: String should have",
    ),
    (
        "module",
        {
            **R,
            "m.py": (
                "from policy import Not, kind\nc = kind('ic')\n"
                "for _ in range(40):\n    c = Not(of=Not(of=c))\n"
            ),
        },
        [*WITH_REGIME, "m.py"],
        "m.py:4: conditions nest 33 levels deep here; the limit is 32",
    ),
    (
        "module",
        R,
        [*WITH_REGIME, "no_such_module_xyz"],
        "no_such_module_xyz: cannot import module: No module named 'no_such_module_xyz'",
    ),
    (
        "module",
        R,
        [*WITH_REGIME, "not a module!"],
        "not a module!: expected a regime module (dotted name)",
    ),
    ("module", R, [*WITH_REGIME, "missing.py"], "missing.py: no such file"),
    # --- baseline files (check) ----------------------------------------------------------
    ("baseline", {**R, "b.json": "{"}, CHECK, "b.json: invalid JSON at line 1, column 2"),
    ("baseline", {**R, "b.json": "[]"}, CHECK, "b.json: "),
    (
        "baseline",
        {**R, "b.json": js({**BASELINE, "version": "one"})},
        CHECK,
        "b.json: version: Input should be a valid integer",
    ),
    (
        "baseline",
        {**R, "b.json": baseline(reason="")},
        CHECK,
        "b.json: accepted[0].reason: String should have at least 1 character",
    ),
    (
        "baseline",
        {**R, "b.json": baseline(expires="soon")},
        CHECK,
        "b.json: accepted[0].expires: expected a date YYYY-MM-DD, got 'soon'",
    ),
    (
        "baseline",
        {**R, "b.json": baseline(colour=1)},
        CHECK,
        "b.json: accepted[0].colour: unknown field",
    ),
    (
        "baseline",
        {**R, "b.json": js({"accepted": [{"code": "PL101"}]})},
        CHECK,
        "b.json: accepted[0].fingerprint: required field is missing",
    ),
    ("baseline", {**R, "b.json/x": ""}, CHECK, "b.json: is a directory, expected a file"),
    (
        "baseline",
        {**R, "b.json": js({**BASELINE, "version": -7})},
        CHECK,
        "b.json: version: unsupported baseline version -7: this version of policy reads version 1",
    ),
    (
        "baseline",
        {**R, "b.json": js({**BASELINE, "version": True})},
        CHECK,
        "b.json: version: Input should be a valid integer (got True)",
    ),
    (
        "baseline",
        {**R, "b.json": baseline(code="PL999")},
        CHECK,
        "b.json: accepted[0].code: unknown finding code 'PL999'; did you mean 'PL209' or",
    ),
    (
        "baseline",
        {**R, "b.json": baseline(code="accepted")},
        CHECK,
        "b.json: accepted[0].code: unknown finding code 'accepted'; the codes are PL001, PL002,",
    ),
    (
        "baseline",
        {
            **R,
            # The second entry, without an expiry, would revive the first, expired one.
            "b.json": js(
                {
                    "version": 1,
                    "accepted": [
                        {**BASELINE["accepted"][0], "expires": "2020-01-01"},
                        {**BASELINE["accepted"][0], "fingerprint": "PL101|other"},
                        {k: v for k, v in BASELINE["accepted"][0].items() if k != "expires"},
                    ],
                }
            ),
        },
        CHECK,
        "b.json: accepted[2].fingerprint: 'PL101|supplier_substitution|JP,US|US-744.23-fab|"
        "sme.etch' is already accepted[0]'s; each finding is accepted once",
    ),
    # --- pyproject.toml [tool.policy] ----------------------------------------------------
    (
        "pyproject",
        {**R, "pyproject.toml": "[tool.policy\n"},
        DECIDE,
        "pyproject.toml: invalid TOML: Expected ']'",
    ),
    (
        "pyproject",
        {**R, "pyproject.toml": b"x = 1\n\xff\n"},
        DECIDE,
        "pyproject.toml:2: not valid UTF-8",
    ),
    (
        "pyproject",
        {**R, "pyproject.toml": "tool = 5\n"},
        DECIDE,
        "pyproject.toml:1: tool: expected a table, got int 5",
    ),
    (
        "pyproject",
        {**R, "pyproject.toml": "[tool]\npolicy = 'x'\n"},
        DECIDE,
        "pyproject.toml:2: [tool.policy] must be a table, got str",
    ),
    (
        "pyproject",
        {**R, "pyproject.toml": "[tool.policy]\nregimes = 5\n"},
        DECIDE,
        "pyproject.toml:2: [tool.policy] regimes: expected a string (a path or module name)",
    ),
    (
        "pyproject",
        {**R, "pyproject.toml": "[tool.policy]\n\nregimes = ''\n"},
        DECIDE,
        "pyproject.toml:3: [tool.policy] regimes: expected a path or module name, got an empty",
    ),
    (
        "pyproject",
        {**R, "pyproject.toml": "[tool.policy]\nregime = 'r.json'\n"},
        DECIDE,
        "pyproject.toml:2: [tool.policy] unknown key 'regime'; did you mean 'regimes'?",
    ),
    (
        "pyproject",
        {**R, "pyproject.toml": PYPROJECT.replace("regime.json", "nope.json")},
        DECIDE,
        "nope.json: no such file (named by [tool.policy] regimes at pyproject.toml:5)",
    ),
    (
        "pyproject",
        {**R, "pyproject.toml": PYPROJECT.replace('"b.json"', "[1]")},
        DECIDE,
        "pyproject.toml:6: [tool.policy] baseline: expected a string",
    ),
    # --- command-line flags, every command -----------------------------------------------
    ("flags", R, ["decide"], "Missing argument 'FILE|-'"),
    ("flags", R, [*DECIDE, "--as-of", "2023-02-30"], "'2023-02-30' is not a date that exists"),
    ("flags", R, [*DECIDE, "--as-of", "yesterday"], "expected a date YYYY-MM-DD, got 'yesterday'"),
    ("flags", R, [*DECIDE, "--format", "xml"], "'xml' is not one of 'text', 'json'"),
    (
        "flags",
        R,
        [*DECIDE, "--regimes", ""],
        "--regimes: expected a regime module, a .py file, a .json file or a directory, got an",
    ),
    ("flags", R, [*DECIDE, "--colour"], "No such option '--colour'"),
    (
        "flags",
        {**R, "t.jsonl": GOOD},
        [*SCREEN, "--jobs", "0"],
        "Invalid value for '--jobs': 0 is not in the range 1<=x<=64",
    ),
    (
        "flags",
        {**R, "t.jsonl": GOOD},
        [*SCREEN, "--jobs", "100000"],
        "100000 is not in the range 1<=x<=64",
    ),
    (
        "flags",
        {**R, "t.jsonl": GOOD},
        [*SCREEN, "--bad-records", "ignore"],
        "'ignore' is not one of 'fail', 'skip'",
    ),
    (
        "flags",
        {**R, "t.jsonl": GOOD},
        [*SCREEN, "--input-format", "xml"],
        "'xml' is not one of 'auto', 'jsonl', 'csv'",
    ),
    (
        "flags",
        {**R, "t.jsonl": GOOD},
        [*SCREEN, "--out", "no/such/dir/out.jsonl"],
        "no/such/dir/out.jsonl: no such directory: no/such/dir",
    ),
    (
        "flags",
        {**R, "t.jsonl": GOOD},
        [*SCREEN, "--out", "."],
        ".: is a directory; expected a file to write",
    ),
    (
        "flags",
        {**R, "t.jsonl": GOOD},
        [*SCREEN, "--out", "t.jsonl/x"],
        "t.jsonl/x: cannot write here: t.jsonl is not a directory",
    ),
    (
        "flags",
        {**R, "t.jsonl": GOOD},
        [*SCREEN, "--input-format", "csv"],
        "t.jsonl:1: unknown column",
    ),
    (
        "flags",
        R,
        ["check", "--depth", "9"],
        "Invalid value for '--depth': 9 is not in the range 1<=x<=4",
    ),
    ("flags", R, ["check", "--select", "PL999"], "--select: unknown check code 'PL999'"),
    (
        "flags",
        R,
        ["check", "--select", "XYZ"],
        "--select: unknown check code 'XYZ'; the codes are PL001, PL002, PL003, PL100,",
    ),
    (
        "flags",
        R,
        ["check", "--select", ","],
        "--select: expected check codes separated by commas, got ',' (leave --select out to run"
        " every check); the codes are PL001, PL002,",
    ),
    ("flags", R, ["check", "--select", ""], "--select: expected check codes separated by commas"),
    ("flags", R, ["check", "--select", " , ,"], "--select: expected check codes separated by"),
    (
        "flags",
        R,
        ["check", "--as-of", "2023-01-01", "--all-dates"],
        "--as-of and --all-dates cannot be used together",
    ),
    (
        "flags",
        R,
        ["check", "--format", "yaml"],
        "'yaml' is not one of 'text', 'json', 'markdown', 'sarif', 'github', 'junit'",
    ),
    ("flags", R, ["diff"], "give --from DATE --to DATE, or --base REV [--head REV]"),
    ("flags", R, ["diff", "--from", "2023-01-01"], "--from and --to go together"),
    (
        "flags",
        R,
        ["diff", "--from", "2023-01-01", "--to", "2023-13-01"],
        "'2023-13-01' is not a date that exists",
    ),
    (
        "flags",
        R,
        ["diff", "--from", "2023-01-01", "--to", "2024-01-01", "--base", "HEAD"],
        "give either --from/--to (dates) or --base/--head (revisions)",
    ),
    ("flags", R, ["diff", "--head", "HEAD"], "--head needs --base"),
    ("flags", R, ["diff", "--base", "HEAD", "--repo", "."], "not inside a git repository"),
    ("flags", R, ["docs", "--out", "tx.json"], "Directory 'tx.json' is a file"),
    (
        "flags",
        R,
        ["docs", "--out", "tx.json/docs"],
        "tx.json/docs: cannot write here: a parent of this path is a file, not a directory",
    ),
    (
        "flags",
        R,
        ["docs", "--check", "--html", "site"],
        "--check compares the Markdown pages only; drop --html",
    ),
    (
        "flags",
        {**R, "docs/mine.txt": "keep"},
        ["docs", "--out", "docs"],
        "docs: refusing to replace this directory",
    ),
    (
        "flags",
        R,
        ["schema", "--out", "tx.json"],
        "tx.json/decision.schema.json: cannot write here: tx.json is not a directory",
    ),
    ("flags", R, ["init", "tx.json"], "Directory 'tx.json' is a file"),
    ("flags", {**R, "full/x": ""}, ["init", "full"], "full: directory exists and is not empty"),
    (
        "flags",
        R,
        ["init", "new", "--jurisdiction", "ZZ"],
        "--jurisdiction: unknown jurisdiction 'ZZ'",
    ),
    ("flags", R, ["init", "tx.json/new"], "tx.json/new"),
    ("flags", R, ["frobnicate"], "No such command 'frobnicate'"),
    ("flags", R, ["scren", "tx.json"], "No such command 'scren'. Did you mean 'screen'?"),
]


def _write(root: Path, files: Files) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


@pytest.mark.parametrize(
    "reader, files, args, message",
    [pytest.param(*case, id=f"{case[0]}-{i}") for i, case in enumerate(CASES)],
)
def test_malformed_input_exits_2_with_one_located_message(
    tmp_path, monkeypatch, reader, files, args, message
):
    _write(tmp_path, files)
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(main, args)
    assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
    assert r.exit_code == 2, (r.exit_code, r.output)
    assert "Traceback" not in r.output and "internal error" not in r.output
    assert "Error: " in r.stderr
    assert message in r.stderr, r.stderr
    assert len(r.stderr) < 3000, "a message quotes what it found, not all of it"


@pytest.mark.parametrize(
    "files, args, message",
    [
        ({"r.json": '{"jurisdiction": "US"}'}, ["--policy-regimes", "r.json"], "r.json: name:"),
        ({"m.py": "1 / 0\n"}, ["--policy-regimes", "m.py"], "m.py:1: importing the regime"),
        ({"b.json": "{"}, ["--policy-checks", "--policy-baseline", "b.json"], "b.json: invalid"),
        ({}, ["--policy-checks", "--policy-as-of", "2023-02-30"], "--policy-as-of: expected a"),
    ],
)
def test_the_pytest_plugin_reports_bad_input_as_a_usage_error(tmp_path, files, args, message):
    """Not an INTERNALERROR with a traceback: pytest's usage error (exit 4), located."""
    import subprocess
    import sys

    _write(tmp_path, files)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "--policy-examples", *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 4, done.stdout + done.stderr
    assert f"ERROR: {message}" in done.stderr
    assert "INTERNALERROR" not in done.stdout + done.stderr


def test_a_baseline_built_in_python_holds_each_fingerprint_once_and_the_supported_version():
    """The rules of the file hold for the model too; the finding codes are checked where a
    baseline is read, against the checks registered then (a user's own included)."""
    from pydantic import ValidationError

    from policy.analysis.baseline import Baseline, Entry, finding_codes

    entry = Entry.model_validate(BASELINE["accepted"][0])
    with pytest.raises(ValidationError, match=r"accepted\[1\].fingerprint: .* is already"):
        Baseline(accepted=(entry, entry.model_copy(update={"expires": None})))
    with pytest.raises(ValidationError, match="unsupported baseline version 2"):
        Baseline(version=2)
    assert Entry(fingerprint="X|y", code="X999", reason="mine").code == "X999"
    assert {"PL001", "PL101", "PL110", "PL209"} <= finding_codes()


def test_a_baseline_that_never_ends_is_refused_as_too_large(tmp_path, monkeypatch):
    """A baseline named by a device (``/dev/zero`` would do) is read up to the document
    limit and refused, instead of being read forever."""
    import policy.loading.json

    monkeypatch.setattr(policy.loading.json, "MAX_DOCUMENT_BYTES", 1024)
    _write(tmp_path, R)
    fifo = tmp_path / "b.json"
    os.mkfifo(fifo)
    monkeypatch.chdir(tmp_path)

    def feed() -> None:
        # the reader stops early: the writer's next write (or its close) breaks the pipe
        with contextlib.suppress(BrokenPipeError), open(fifo, "wb", buffering=0) as f:
            for _ in range(64):
                f.write(b" " * 1024)

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    r = CliRunner().invoke(main, CHECK)
    writer.join(timeout=10)
    assert r.exit_code == 2, r.output
    assert "b.json: document is larger than 1024 bytes" in r.stderr

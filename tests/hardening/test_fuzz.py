"""Fuzzing every reader and every command with mutated valid documents: whatever comes in,
the tool answers with a result (exit 0, or 1 where asked to fail on findings) or with one
located message (exit 2), never a traceback and never "internal error" (exit 3).

The ``ci`` profile (the default) tries a few dozen inputs per test; ``HYPOTHESIS_PROFILE=
nightly`` tries thousands. The terminal summary prints how many inputs each test tried
(see ``conftest.py``); ``--hypothesis-show-statistics`` gives hypothesis's own account.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

from click.testing import CliRunner, Result
from hypothesis import given, settings
from hypothesis import strategies as st

from policy.cli import main
from policy.errors import InputError
from policy.loading import parse_json, regime_from_data, transaction_from_data, world_from_data
from policy.regimes.us import REGIME
from tests.hardening.conftest import counted
from tests.hardening.documents import (
    BASELINE,
    CSV_HEADER,
    CSV_ROW,
    PLAIN_TX,
    PYPROJECT,
    VALID_MODULE,
    VALID_TX,
    tiny_regime,
    tiny_world,
)
from tests.hardening.mutations import (
    command_lines,
    mutated_csv,
    mutated_json,
    mutated_module,
    mutated_pyproject,
)

VALID_REGIME = json.loads(REGIME.model_dump_json())


def assert_clean(result: Result, place: str | None) -> None:
    """Exit 0, 1 or 2; no traceback; an exit 2 says ``Error:`` and names ``place``."""
    assert result.exit_code in (0, 1, 2), (result.exit_code, result.output[-2000:])
    if result.exception is not None:
        assert isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    assert "internal error" not in result.output, result.output[-2000:]
    if result.exit_code == 2:
        assert "Error: " in result.stderr, result.stderr
        if place is not None:
            assert place in result.stderr, result.stderr[:2000]
        else:  # a place of some kind: a file, a flag, a setting
            assert re.search(r"Error: .*(: |'|\(|--)", result.stderr), result.stderr[:2000]


@contextlib.contextmanager
def workdir(factory) -> Iterator[Path]:
    """A fresh directory per input, made the working directory for the command."""
    path = factory.mktemp("fuzz")
    old = Path.cwd()
    os.chdir(path)
    try:
        yield path
    finally:
        os.chdir(old)


# --------------------------------------------------------------------------- loaders


#: The transaction loader alone is cheap (under 2 ms an input): twenty times the profile's
#: examples.
@settings(max_examples=20 * settings().max_examples)
@given(mutated_json(VALID_TX))
@counted
def test_transaction_loader_accepts_or_locates(data):
    try:
        transaction_from_data(parse_json(data, where="tx.json"), where="tx.json")
    except InputError as e:
        assert str(e).startswith("tx.json: ")
        assert len(str(e)) < 3000


@given(mutated_json(VALID_REGIME))
@counted
def test_regime_loader_accepts_or_locates(data):
    try:
        regime_from_data(parse_json(data, where="r.json"), where="r.json")
    except InputError as e:
        assert str(e).startswith("r.json: ")
        assert len(str(e)) < 3000


# --------------------------------------------------------------------------- decide, screen


@given(mutated_json(VALID_TX))
@counted
def test_decide_survives_mutated_transactions(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "tx.json"
    path.write_bytes(data)
    result = CliRunner().invoke(main, ["decide", str(path), "--format", "json"])
    assert_clean(result, str(path))


@given(mutated_json(VALID_TX), st.sampled_from(["1", "2"]))
@counted
def test_screen_survives_a_mutated_record_between_good_ones(tmp_path_factory, data, jobs):
    path = tmp_path_factory.mktemp("fuzz") / "txs.jsonl"
    good = json.dumps(VALID_TX).encode()
    path.write_bytes(good + b"\n" + data.replace(b"\n", b" ") + b"\n" + good + b"\n")
    result = CliRunner().invoke(main, ["screen", str(path), "--jobs", jobs])
    assert_clean(result, f"{path}:2")
    lines = result.stdout.splitlines()
    # one output line per input line, in order (a blank line answered by a blank line)
    assert len(lines) == 3
    if not data.strip():
        assert lines[1] == ""
        return
    assert json.loads(lines[0])["overall"] == json.loads(lines[2])["overall"]
    middle = json.loads(lines[1])
    assert ("overall" in middle) != ("error" in middle)
    if "error" in middle:
        assert middle["line"] == 2 and result.exit_code == 2


@given(mutated_csv(CSV_HEADER, [CSV_ROW, CSV_ROW.replace("a1", "a2"), CSV_ROW]))
@counted
def test_screen_survives_mutated_csv(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "txs.csv"
    path.write_bytes(data)
    result = CliRunner().invoke(main, ["screen", str(path), "--bad-records", "skip"])
    assert_clean(result, f"{path}:")
    for line in result.stdout.splitlines():
        record = json.loads(line)
        assert ("overall" in record) != ("error" in record), record
        if "error" in record:
            assert record["error"].startswith(f"{path}:{record['line']}: ")
    if result.exit_code == 2:  # only a header it cannot read fails a --bad-records skip run
        assert f"{path}:1: " in result.stderr


# --------------------------------------------------------------------------- regimes


@given(mutated_json(VALID_REGIME))
@counted
def test_loading_survives_mutated_regimes(tmp_path_factory, data):
    # `decide --regimes` loads and validates the regime exactly as `check` does, without
    # running the analysis on every mutant.
    path = tmp_path_factory.mktemp("fuzz") / "regime.json"
    path.write_bytes(data)
    tx = json.dumps(PLAIN_TX)
    result = CliRunner().invoke(main, ["decide", "-", "--regimes", str(path)], input=tx)
    assert_clean(result, str(path))


@given(mutated_json(tiny_world()))
@counted
def test_loading_survives_mutated_worlds(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "world.json"
    path.write_bytes(data)
    result = CliRunner().invoke(
        main, ["decide", "-", "--regimes", str(path)], input=json.dumps(PLAIN_TX)
    )
    assert_clean(result, str(path))
    with contextlib.suppress(InputError):
        world_from_data(parse_json(data, where="w.json"), where="w.json")


@given(mutated_json(tiny_regime()))
@counted
def test_loading_survives_a_directory_with_one_mutated_regime(tmp_path_factory, data):
    directory = tmp_path_factory.mktemp("fuzz")
    other = tiny_regime()
    other["jurisdiction"] = "JP"
    (directory / "a.json").write_text(json.dumps(other))
    (directory / "b.json").write_bytes(data)
    result = CliRunner().invoke(
        main, ["decide", "-", "--regimes", str(directory)], input=json.dumps(PLAIN_TX)
    )
    assert_clean(result, str(directory))


@given(mutated_module(VALID_MODULE))
@counted
def test_python_regime_modules_that_misbehave_are_bad_input(tmp_path_factory, source):
    path = tmp_path_factory.mktemp("fuzz") / "regime.py"
    path.write_text(source, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["decide", "-", "--regimes", str(path)], input=json.dumps(PLAIN_TX)
    )
    assert_clean(result, "regime.py")


# --------------------------------------------------------------------------- settings, baselines


@given(mutated_json(BASELINE))
@counted
def test_check_survives_mutated_baselines(tmp_path_factory, data):
    with workdir(tmp_path_factory) as here:
        (here / "regime.json").write_text(json.dumps(tiny_regime()))
        (here / "b.json").write_bytes(data)
        args = ["check", "--regimes", "regime.json", "--baseline", "b.json", "--select", "PL001"]
        result = CliRunner().invoke(main, args)
    assert_clean(result, "b.json")


@given(mutated_pyproject(PYPROJECT), st.sampled_from(["decide", "check"]))
@counted
def test_commands_survive_mutated_pyproject_settings(tmp_path_factory, data, command):
    with workdir(tmp_path_factory) as here:
        (here / "regime.json").write_text(json.dumps(tiny_regime()))
        (here / "regime.py").write_text(VALID_MODULE)
        (here / "b.json").write_text(json.dumps(BASELINE))
        (here / "pyproject.toml").write_bytes(data)
        args = ["decide", "-"] if command == "decide" else ["check", "--select", "PL001"]
        result = CliRunner().invoke(main, args, input=json.dumps(PLAIN_TX))
    assert_clean(result, None)


# --------------------------------------------------------------------------- command lines


@given(command_lines())
@counted
def test_every_command_survives_hostile_command_lines(tmp_path_factory, argv):
    with workdir(tmp_path_factory) as here:
        (here / "regime.json").write_text(json.dumps(tiny_regime()))
        (here / "tx.json").write_text(json.dumps(PLAIN_TX))
        (here / "t.jsonl").write_text(json.dumps(PLAIN_TX) + "\n")
        (here / "t.csv").write_text(f"{CSV_HEADER}\n{CSV_ROW}\n")
        (here / "b.json").write_text(json.dumps(BASELINE))
        result = CliRunner().invoke(main, argv, input=json.dumps(PLAIN_TX))
    assert_clean(result, None)

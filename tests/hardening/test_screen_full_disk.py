"""A full disk while ``screen`` writes names what could not be written: the ``--out`` path
(not the temporary file beside it, not nothing), ``<stdout>``, or a worker's spool file
with the way to spool elsewhere. Exit 2, no traceback, the previous output kept."""

from __future__ import annotations

import errno
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import policy._io
from policy.cli import main
from policy.screening import reading
from policy.screening import spools as spooling
from tests.hardening.documents import PLAIN_TX, tiny_regime

LINE = (json.dumps(PLAIN_TX) + "\n").encode()


class _FullAfter:
    """A file that takes ``room`` bytes, then fails as a full disk does."""

    def __init__(self, f, room: int) -> None:
        self._f = f
        self._room = room

    def write(self, data: bytes) -> int:
        if len(data) > self._room:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self._room -= len(data)
        return self._f.write(data)

    def __getattr__(self, name: str):
        return getattr(self._f, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self._f.close()


@pytest.fixture
def here(tmp_path, monkeypatch):
    (tmp_path / "r.json").write_text(json.dumps(tiny_regime()))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_full_disk_names_the_out_path(here, monkeypatch):
    (here / "t.jsonl").write_bytes(LINE * 50)
    (here / "out.jsonl").write_text("previous decisions\n")
    real = os.fdopen
    monkeypatch.setattr(
        policy._io.os, "fdopen", lambda fd, *a, **k: _FullAfter(real(fd, *a, **k), 1000)
    )
    args = ["screen", "t.jsonl", "--regimes", "r.json", "--out", "out.jsonl", "--jobs", "1"]
    r = CliRunner().invoke(main, args)
    assert r.exit_code == 2, r.output
    assert r.stderr == "Error: out.jsonl: cannot write: No space left on device\n"
    assert (here / "out.jsonl").read_text() == "previous decisions\n"


def test_a_write_error_that_names_its_own_file_keeps_that_name(here, monkeypatch):
    def gone(spool, out):
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), spool)

    monkeypatch.setattr(spooling, "splice", gone)
    monkeypatch.setattr(reading, "RANGE_BYTES", 1000)
    monkeypatch.setenv(spooling.SPOOL_ENV, str(here))
    (here / "t.jsonl").write_bytes(LINE * 50)
    r = CliRunner().invoke(main, ["screen", "t.jsonl", "--regimes", "r.json", "--jobs", "2"])
    assert r.exit_code == 2, r.output
    assert re.fullmatch(
        rf"Error: {re.escape(str(here))}/policy-\d+-\w+/\w+\.jsonl: No such file or directory\n",
        r.stderr,
    ), r.stderr


@pytest.fixture
def tiny_disk(tmp_path):
    """A 64 KiB tmpfs (root only; skipped where it cannot be mounted)."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mount = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(disk)], capture_output=True
    )
    if mount.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def _screen_cli(here: Path, *args: str, stdout=subprocess.DEVNULL, env=None):
    cmd = [sys.executable, "-c", "from policy.cli import main; main()", "screen", *args]
    return subprocess.run(
        [*cmd, "--regimes", "r.json"], cwd=here, stdout=stdout, stderr=subprocess.PIPE, env=env
    )


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_really_full_disk_names_the_out_path(here, tiny_disk, jobs):
    (here / "t.jsonl").write_bytes(LINE * 10_000)  # several ranges: workers with two jobs
    env = {**os.environ, spooling.SPOOL_ENV: str(here)}
    out = tiny_disk / "out.jsonl"
    r = _screen_cli(here, "t.jsonl", "--out", str(out), "--jobs", jobs, env=env)
    assert r.returncode == 2
    assert r.stderr.decode() == f"Error: {out}: cannot write: No space left on device\n"
    assert sorted(tiny_disk.iterdir()) == []  # no temporary file left behind
    assert not list(here.glob("policy-*"))


def test_a_really_full_disk_behind_stdout_is_named_stdout(here, tiny_disk):
    (here / "t.jsonl").write_bytes(LINE * 1000)
    with (tiny_disk / "redirected.jsonl").open("wb") as stdout:
        r = _screen_cli(here, "t.jsonl", stdout=stdout)
    assert r.returncode == 2
    assert r.stderr.decode() == "Error: <stdout>: cannot write: No space left on device\n"


def test_a_full_spool_names_the_spool_file_and_how_to_spool_elsewhere(here, tiny_disk):
    (here / "t.jsonl").write_bytes(LINE * 10_000)
    env = {**os.environ, spooling.SPOOL_ENV: str(tiny_disk)}
    r = _screen_cli(here, "t.jsonl", "--out", "out.jsonl", "--jobs", "2", env=env)
    assert r.returncode == 2
    assert re.fullmatch(
        rf"Error: {re.escape(str(tiny_disk))}/policy-\d+-\w+/\w+\.jsonl: cannot write a"
        r" worker's decisions: No space left on device \(set POLICY_SPOOL_DIR to spool them"
        r" elsewhere\)\n",
        r.stderr.decode(),
    ), r.stderr.decode()
    assert sorted(p.name for p in here.iterdir()) == ["disk", "r.json", "t.jsonl"]
    assert sorted(tiny_disk.iterdir()) == []

"""Nothing half-written: docs, the site, schemas, baselines and ``screen --out`` are written
to a temporary file or directory beside the target and renamed into place, so a failure
mid-write (a full disk, an exception, a SIGKILL) leaves the previous output intact and no
partial file under the target's name."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import policy._io
from policy.cli import main
from policy.screening import progress, reading
from tests.hardening.documents import PLAIN_TX, tiny_regime


def snapshot(directory: Path) -> dict[str, bytes]:
    """Every file under ``directory`` (hidden ones included) by relative path."""
    return {
        p.relative_to(directory).as_posix(): p.read_bytes()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


class _DiskFull:
    """A file wrapper that writes half of what it is given, then fails as a full disk."""

    def __init__(self, f, after: int) -> None:
        self._f = f
        self._left = after

    def write(self, data: bytes) -> int:
        if len(data) >= self._left:
            self._f.write(data[: self._left])
            self._f.flush()
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self._left -= len(data)
        return self._f.write(data)

    def __getattr__(self, name: str):
        return getattr(self._f, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self._f.close()


def fill_disk_after(monkeypatch, module, nbytes: int) -> None:
    """Make ``module``'s ``os.fdopen`` return files that fail after ``nbytes`` bytes."""
    real = os.fdopen

    def fdopen(fd, *args, **kwargs):
        return _DiskFull(real(fd, *args, **kwargs), nbytes)

    monkeypatch.setattr(module.os, "fdopen", fdopen)


@pytest.fixture
def here(tmp_path, monkeypatch):
    (tmp_path / "r.json").write_text(json.dumps(tiny_regime()))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_full_disk_while_writing_schemas_keeps_the_old_ones(here, monkeypatch):
    assert CliRunner().invoke(main, ["schema", "--out", "schemas"]).exit_code == 0
    for p in (here / "schemas").iterdir():
        p.write_text(p.read_text() + "\n")  # make them stale, so a rewrite would show
    before = snapshot(here / "schemas")
    fill_disk_after(monkeypatch, policy._io, 100)
    r = CliRunner().invoke(main, ["schema", "--out", "schemas"])
    assert r.exit_code == 2, r.output
    assert "schemas/decision.schema.json: cannot write: No space left on device" in r.stderr
    assert snapshot(here / "schemas") == before  # no partial file, no stray temporary


def test_a_full_disk_while_updating_the_baseline_keeps_the_old_one(here, monkeypatch):
    (here / "b.json").write_text('{"version": 1, "accepted": []}\n')
    before = snapshot(here)
    fill_disk_after(monkeypatch, policy._io, 10)
    r = CliRunner().invoke(
        main, ["check", "--regimes", "r.json", "--baseline", "b.json", "--update-baseline"]
    )
    assert r.exit_code == 2, r.output
    assert "b.json: cannot write: No space left on device" in r.stderr
    assert snapshot(here) == before


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_failure_mid_screen_keeps_the_previous_out_file(here, monkeypatch, jobs):
    (here / "txs.jsonl").write_text((json.dumps(PLAIN_TX) + "\n") * 20)
    (here / "out.jsonl").write_text("previous decisions\n")
    real_ranges = reading.file_ranges
    real_update = progress.Progress.update
    calls = {"n": 0}

    def small_ranges(path, spool, size=reading.RANGE_BYTES):
        return real_ranges(path, spool, size=40)

    def update_then_fail(self, *args, **kwargs):
        # called in the parent once a chunk's decisions are written
        calls["n"] += 1
        if calls["n"] == 3:  # two chunks are already written to the temporary file
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_update(self, *args, **kwargs)

    monkeypatch.setattr(reading, "file_ranges", small_ranges)
    monkeypatch.setattr(progress.Progress, "update", update_then_fail)
    r = CliRunner().invoke(
        main,
        ["screen", "txs.jsonl", "--regimes", "r.json", "--out", "out.jsonl", "--jobs", jobs],
    )
    assert r.exit_code == 2, r.output
    assert "No space left on device" in r.stderr
    assert (here / "out.jsonl").read_text() == "previous decisions\n"
    assert sorted(p.name for p in here.iterdir()) == ["out.jsonl", "r.json", "txs.jsonl"]


def test_screen_out_is_replaced_only_when_complete(here):
    (here / "txs.jsonl").write_text((json.dumps(PLAIN_TX) + "\n") * 3)
    (here / "out.jsonl").write_text("previous decisions\n")
    r = CliRunner().invoke(
        main, ["screen", "txs.jsonl", "--regimes", "r.json", "--out", "out.jsonl"]
    )
    assert r.exit_code == 0, r.output
    assert len((here / "out.jsonl").read_text().splitlines()) == 3


def test_a_full_disk_while_writing_docs_keeps_the_previous_docs_and_site(here, monkeypatch):
    import policy.render.files as files

    args = ["docs", "--regimes", "r.json", "--out", "docs", "--html", "site"]
    assert CliRunner().invoke(main, args).exit_code == 0
    before = snapshot(here)
    (here / "r2.json").write_text(json.dumps({**tiny_regime(), "name": "Renamed law"}))
    before["r2.json"] = (here / "r2.json").read_bytes()
    real_open = open

    def open_then_fill(path, mode="r", *a, **k):
        f = real_open(path, mode, *a, **k)
        if "w" in mode and str(path).endswith(("regime.md", "us.md", "us.html")):
            return _DiskFull(f, 50)
        return f

    monkeypatch.setattr(files, "open", open_then_fill, raising=False)
    for out in (["--out", "docs"], ["--out", "docs2", "--html", "site"]):
        r = CliRunner().invoke(main, ["docs", "--regimes", "r2.json", *out])
        assert r.exit_code == 2, r.output
        assert "No space left on device" in r.stderr
        assert snapshot(here) == before  # old docs and site whole, no staging left


#: Runs ``policy docs`` with each page's fsync slowed down and announced on stderr, so that
#: the test can SIGKILL it while the new pages are half written, at a known moment.
_SLOW_DOCS = """
import os, sys, time
real = os.fsync
def fsync(fd):
    real(fd)
    sys.stderr.write("page written\\n"); sys.stderr.flush()
    time.sleep(0.5)
os.fsync = fsync
from policy.cli import main
main(sys.argv[1:])
"""


def big_world(rules: int) -> dict[str, object]:
    """The tiny regime with ``rules`` rules, for pages of some size."""
    regime = tiny_regime()
    template = regime["rules"][0]
    regime["rules"] = [
        {**template, "id": f"T-{i}", "title": f"rule number {i} " + "text " * 40}
        for i in range(rules)
    ]
    return regime


def test_sigkill_mid_docs_leaves_the_previous_docs_intact(here):
    (here / "big.json").write_text(json.dumps(big_world(400)))
    r = CliRunner().invoke(main, ["docs", "--regimes", "r.json", "--out", "docs"])
    assert r.exit_code == 0
    before = snapshot(here / "docs")
    with subprocess.Popen(
        [sys.executable, "-c", _SLOW_DOCS, "docs", "--regimes", "big.json", "--out", "docs"],
        cwd=here,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    ) as child:
        assert child.stderr is not None
        for _ in range(3):  # three of the new pages are on disk, the rest are not
            assert child.stderr.readline() == "page written\n"
        staging = [p for p in here.iterdir() if p.name.startswith(".docs.new-")]
        assert len(staging) == 1
        assert len([p for p in staging[0].rglob("*") if p.is_file()]) == 3
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert snapshot(here / "docs") == before
    r = CliRunner().invoke(main, ["docs", "--regimes", "r.json", "--out", "docs", "--check"])
    assert r.exit_code == 0, r.output  # still the complete docs of the old world
    # and the next build goes through, leaving only the killed run's hidden staging behind
    r = CliRunner().invoke(main, ["docs", "--regimes", "big.json", "--out", "docs"])
    assert r.exit_code == 0, r.output
    assert "T-399" in (here / "docs" / "us.md").read_text()


def test_sigterm_mid_screen_keeps_the_previous_out_file_and_leaves_no_spool(here, tmp_path_factory):
    (here / "txs.jsonl").write_text((json.dumps(PLAIN_TX) + "\n") * 200_000)
    (here / "out.jsonl").write_text("previous decisions\n")
    # a spool directory of its own: other tests screen at the same time (pytest -n)
    spools = tmp_path_factory.mktemp("spools")
    cmd = ["screen", "txs.jsonl", "--regimes", "r.json", "--out", "out.jsonl", "--jobs", "2"]
    with subprocess.Popen(
        [sys.executable, "-c", "from policy.cli import main; main()", *cmd, "--progress"],
        cwd=here,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        env={**os.environ, "POLICY_SPOOL_DIR": str(spools)},
    ) as child:
        assert child.stderr is not None
        redraws = 0
        while redraws < 2:  # the progress line was drawn twice: the workers are at it
            got = child.stderr.read(1)
            assert got, "screen ended before it could be stopped"
            redraws += got == b"\r"
        child.send_signal(signal.SIGTERM)
        child.wait(timeout=30)
    assert child.returncode == 128 + signal.SIGTERM
    assert (here / "out.jsonl").read_text() == "previous decisions\n"
    assert sorted(p.name for p in here.iterdir()) == ["out.jsonl", "r.json", "txs.jsonl"]
    assert list(spools.iterdir()) == []

"""``screen --jobs N`` leaves nothing behind when it is killed: its workers die with it
(``PR_SET_PDEATHSIG`` on Linux, a watchdog elsewhere), without a word on stderr, and the
next ``screen`` removes the spool directory a SIGKILL kept it from removing: only a
``policy-<pid>-<random>`` directory of this user whose process is gone and whose lock no
one holds. The spool location comes from ``POLICY_SPOOL_DIR`` here, so these tests never
look at the real /dev/shm."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from policy.cli import main
from policy.screening import spools as spooling
from tests.hardening.documents import PLAIN_TX

LINE = (json.dumps(PLAIN_TX) + "\n").encode()


#: A screen whose blocks take a second longer, and whose workers say when they start one
#: (a file ``busy-PID``): the test kills the parent while a worker is mid-chunk.
SLOW_BLOCKS = """
import os, time
import policy.screening.tasks as s
import policy.screening.workers as w
real, top = s.decide_block, os.getpid()
def slow(block):
    if os.getpid() != top:
        open(f"busy-{os.getpid()}", "w").close()
    time.sleep(1)
    return real(block)
s.decide_block = slow
"""


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{task}/children") as f:
            found |= {int(c) for c in f.read().split()}
    return found


def _running(pid: int) -> bool:
    """Whether ``pid`` exists and is not a zombie."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rpartition(")")[2].split()[0] != "Z"
    except FileNotFoundError:
        return False


def _until(condition, timeout: float = 20.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.02)
    return False


def _write(stream, data: bytes) -> None:
    with contextlib.suppress(BrokenPipeError):  # the reader is killed before the end
        stream.write(data)
        stream.flush()


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("guard", ["prctl", "watchdog"])
def test_a_killed_screen_takes_its_workers_along_and_the_next_run_removes_its_spool(
    tmp_path, monkeypatch, guard
):
    spools = tmp_path / "spools"
    spools.mkdir()
    env = {**os.environ, spooling.SPOOL_ENV: str(spools)}
    start = SLOW_BLOCKS
    if guard == "watchdog":  # as on a system without prctl
        start += "w.parent_death_signal = lambda signum: False\n"
    start += "from policy.cli import main; main()"
    cmd = [sys.executable, "-c", start, "screen", "-", "--jobs", "2", "--out", "o.jsonl"]
    with subprocess.Popen(
        cmd, cwd=tmp_path, env=env, stdin=subprocess.PIPE, stderr=subprocess.PIPE
    ) as child:
        assert child.stdin is not None and child.stderr is not None
        # a few blocks (a pipe gives at most 64 KiB at a time), and the pipe left open
        writer = threading.Thread(target=_write, args=(child.stdin, LINE * 1000), daemon=True)
        writer.start()
        assert _until(lambda: len(_children(child.pid)) >= 2 and any(tmp_path.glob("busy-*")))
        workers = _children(child.pid)
        (spool,) = spools.iterdir()
        assert spool.name.startswith(f"policy-{child.pid}-")
        child.kill()
        child.wait(timeout=10)
        writer.join(timeout=10)
        child.stdin.close()
        assert _until(lambda: not any(map(_running, workers)), timeout=5), "orphaned workers"
        err = child.stderr.read()  # to its end: every worker holding it is gone
    assert b"Traceback" not in err and b"Error" not in err, err.decode()
    assert spool.exists() and not (tmp_path / "o.jsonl").exists()

    monkeypatch.setenv(spooling.SPOOL_ENV, str(spools))
    (tmp_path / "t.jsonl").write_bytes(LINE * 3)
    r = CliRunner().invoke(main, ["screen", str(tmp_path / "t.jsonl"), "--jobs", "1"])
    assert r.exit_code == 0, r.output
    assert not spool.exists()


def test_only_stale_spools_of_this_user_are_removed(tmp_path):
    dead, alive = _dead_pid(), os.getpid()
    keep = {
        "live owner": tmp_path / f"policy-{alive}-abcd1234",
        "not our name": tmp_path / f"policy-x{dead}-abcd1234",
        "no random part": tmp_path / f"policy-{dead}-",
        "other prefix": tmp_path / f"mypolicy-{dead}-abcd1234",
        "locked (a live run in another PID namespace)": tmp_path / f"policy-{dead}-locked00",
    }
    for path in keep.values():
        path.mkdir()
        (path / "decisions.jsonl").write_text("x")
    stale = tmp_path / f"policy-{dead}-stale000"
    stale.mkdir()
    (stale / "tmp1.jsonl").write_text("decisions")
    (stale / "sub").mkdir()
    target = tmp_path / "target"
    target.mkdir()
    (target / "precious").write_text("keep me")
    keep["a link to a directory"] = tmp_path / f"policy-{dead}-link0000"
    keep["a link to a directory"].symlink_to(target)
    keep["a file"] = tmp_path / f"policy-{dead}-file0000"
    keep["a file"].write_text("not a directory")
    held = os.open(keep["locked (a live run in another PID namespace)"], os.O_RDONLY)
    try:
        fcntl.flock(held, fcntl.LOCK_EX)
        removed = spooling.remove_stale_spools([str(tmp_path), str(tmp_path / "missing")])
    finally:
        os.close(held)
    assert removed == [str(stale)]
    assert not stale.exists()
    for what, path in keep.items():
        assert path.exists() or path.is_symlink(), what
    assert (target / "precious").read_text() == "keep me"


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to give a directory to another user")
def test_another_users_stale_spool_is_left_alone(tmp_path):
    other = tmp_path / f"policy-{_dead_pid()}-theirs00"
    other.mkdir()
    os.chown(other, 12345, 12345)
    assert spooling.remove_stale_spools([str(tmp_path)]) == []
    assert other.exists()


def test_a_spool_directory_is_named_for_its_owner_locked_while_in_use_and_removed(
    tmp_path, monkeypatch
):
    monkeypatch.setenv(spooling.SPOOL_ENV, str(tmp_path))
    with spooling.spool_directory(2) as spool:
        assert Path(spool).parent == tmp_path
        assert Path(spool).name.startswith(f"policy-{os.getpid()}-")
        (Path(spool) / "chunk.jsonl").write_text("decisions")
        fd = os.open(spool, os.O_RDONLY)
        try:
            with pytest.raises(BlockingIOError):
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        finally:
            os.close(fd)
        # a later run's sweep leaves it alone: its owner is alive (and holds the lock)
        assert spooling.remove_stale_spools() == []
    assert list(tmp_path.iterdir()) == []


def test_the_default_spool_places_are_shared_memory_and_the_temporary_directory(monkeypatch):
    monkeypatch.delenv(spooling.SPOOL_ENV, raising=False)
    assert spooling.spool_roots() == ["/dev/shm", tempfile.gettempdir()]
    monkeypatch.setenv(spooling.SPOOL_ENV, "/somewhere")
    assert spooling.spool_roots() == ["/somewhere"]
    assert spooling.spool_dir(2) == "/somewhere"


def test_a_spool_place_that_does_not_exist_is_bad_input(tmp_path, monkeypatch):
    monkeypatch.setenv(spooling.SPOOL_ENV, str(tmp_path / "missing"))
    (tmp_path / "t.jsonl").write_bytes(LINE * 3)
    r = CliRunner().invoke(main, ["screen", str(tmp_path / "t.jsonl"), "--jobs", "2"])
    assert r.exit_code == 2
    assert r.stderr == (
        f"Error: {tmp_path / 'missing'}: cannot make a spool directory for the workers:"
        " No such file or directory\n"
    )

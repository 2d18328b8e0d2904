"""``screen`` reads anything that is not a regular file as a stream, as it reads stdin: a
pipe given by name (``<(cat orders.jsonl)``, ``/dev/fd/N``, ``/dev/stdin`` on a pipe) or a
FIFO is decided front to back and its decisions reach ``--out`` (it has no size to show
progress against and no offsets to hand to workers)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from policy.cli import main
from tests.hardening.documents import CSV_HEADER, CSV_ROW, PLAIN_TX, VALID_TX

LINES = 300
JSONL = "".join(json.dumps({**PLAIN_TX, "id": i}) + "\n" for i in range(LINES)).encode()
CSV = CSV_HEADER + "\n" + "".join(CSV_ROW.replace("a1", f"a{i}") + "\n" for i in range(LINES))
CSV_BYTES = CSV.encode()
INPUTS = {"jsonl": JSONL, "csv": CSV_BYTES}


def _feed(fd: int, data: bytes) -> threading.Thread:
    """Write ``data`` to ``fd`` from a thread (a pipe holds only 64 KiB) and close it."""

    def write() -> None:
        with os.fdopen(fd, "wb") as f:
            f.write(data)

    thread = threading.Thread(target=write, daemon=True)
    thread.start()
    return thread


def _reference(tmp_path: Path, fmt: str) -> bytes:
    """What screening the same records from a regular file writes."""
    path = tmp_path / f"ref.{fmt}"
    path.write_bytes(INPUTS[fmt])
    r = CliRunner().invoke(main, ["screen", str(path), "--out", str(tmp_path / "ref.out")])
    assert r.exit_code == 0, r.output
    return (tmp_path / "ref.out").read_bytes()


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_a_fifo_is_screened_as_a_stream_to_out(tmp_path, fmt, jobs):
    expected = _reference(tmp_path, fmt)
    fifo = tmp_path / "orders.fifo"
    os.mkfifo(fifo)

    def write() -> None:
        with open(fifo, "wb") as f:  # blocks until screen opens the FIFO to read
            f.write(INPUTS[fmt])

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    out = tmp_path / "decisions.jsonl"
    args = ["screen", str(fifo), "--out", str(out), "--jobs", jobs, "--input-format", fmt]
    r = CliRunner().invoke(main, args)
    writer.join(timeout=10)
    assert r.exit_code == 0, r.output
    assert out.read_bytes() == expected
    assert len(expected.splitlines()) == LINES


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_a_pipe_named_dev_fd_n_is_screened_to_out(tmp_path, fmt):
    """The shape of ``policy screen <(cat orders.jsonl) --out o``: the child gets the read
    end of a pipe and its name under /dev/fd."""
    expected = _reference(tmp_path, fmt)
    read, write = os.pipe()
    out = tmp_path / "o"
    cmd = [sys.executable, "-c", "from policy.cli import main; main()", "screen"]
    cmd += [f"/dev/fd/{read}", "--out", str(out), "--input-format", fmt, "--jobs", "2"]
    with subprocess.Popen(cmd, pass_fds=(read,), stderr=subprocess.PIPE) as child:
        os.close(read)
        writer = _feed(write, INPUTS[fmt])
        _, err = child.communicate(timeout=60)
    writer.join(timeout=10)
    assert child.returncode == 0, err.decode()
    assert err == b""
    assert out.read_bytes() == expected


def test_dev_stdin_on_a_pipe_is_screened_to_out(tmp_path):
    expected = _reference(tmp_path, "jsonl")
    out = tmp_path / "o"
    cmd = [sys.executable, "-c", "from policy.cli import main; main()", "screen", "/dev/stdin"]
    r = subprocess.run(
        [*cmd, "--out", str(out), "--progress"], input=JSONL, capture_output=True, timeout=60
    )
    assert r.returncode == 0, r.stderr.decode()
    assert out.read_bytes() == expected
    # the progress line shows no percentage: a stream has no size
    assert f"{LINES} decisions".encode() in r.stderr and b"%" not in r.stderr


def test_a_bad_record_in_a_pipe_is_named_by_the_path_given(tmp_path):
    read, write = os.pipe()
    data = JSONL + b"{oops\n" + json.dumps(VALID_TX).encode() + b"\n"
    writer = _feed(write, data)
    r = CliRunner().invoke(main, ["screen", f"/dev/fd/{read}", "--bad-records", "skip"])
    writer.join(timeout=10)
    os.close(read)
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert len(lines) == LINES + 2
    assert json.loads(lines[LINES])["error"].startswith(f"/dev/fd/{read}:{LINES + 1}: invalid")

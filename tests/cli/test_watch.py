"""``policy check --watch`` as a user runs it: a process that checks, waits, checks again
after the regime file is saved, and stops on Ctrl-C (SIGINT) with exit 130."""

from __future__ import annotations

import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO

REGIME = """\
import datetime as dt
from policy import Regime, Rule, Nexus, Source, exporter, kind, TPP
S = Source(document='My law', section='1')
REGIME = Regime(jurisdiction='KR', name='Korea test',
    reach=(Nexus(id='t', title='t', when=exporter('KR'),
                 effective=dt.date(2020, 1, 1), source=S),),
    rules=(Rule(id='RULE_ID', title='t', when=kind('ic') & (TPP >= 100), source=S,
                effective=dt.date(2020, 1, 1)),))
"""

#: Seconds to wait for one run's output; a run takes about a second on a loaded machine.
PATIENCE = 60.0


def _pump(stream: IO[str], name: str, lines: queue.Queue[tuple[str, str]]) -> None:
    for line in stream:
        lines.put((name, line))


def _wait_for(lines: queue.Queue[tuple[str, str]], seen: list[str], want: str) -> None:
    """Read output until a line contains ``want``; fail with what was seen after PATIENCE."""
    deadline = time.monotonic() + PATIENCE
    while time.monotonic() < deadline:
        try:
            name, line = lines.get(timeout=0.2)
        except queue.Empty:
            continue
        seen.append(f"{name}: {line}")
        if want in line:
            return
    raise AssertionError(f"no {want!r} within {PATIENCE}s; output:\n{''.join(seen)}")


def test_watch_checks_again_after_a_save_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    regime = tmp_path / "mine.py"
    regime.write_text(REGIME.replace("RULE_ID", "KR-1"), encoding="utf-8")
    code = "from policy.cli import main; main(prog_name='policy')"
    args = ["check", "--watch", "--regimes", "mine.py", "--no-baseline", "--as-of", "2024-01-01"]
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue[tuple[str, str]] = queue.Queue()
    pumps = []
    for stream, name in ((proc.stdout, "out"), (proc.stderr, "err")):
        assert stream is not None
        pumps.append(threading.Thread(target=_pump, args=(stream, name, lines), daemon=True))
        pumps[-1].start()
    seen: list[str] = []
    try:
        _wait_for(lines, seen, "KR-1 (in force from 2020-01-01) has no examples")
        _wait_for(lines, seen, "[watch] exit 1; watching")
        regime.write_text(REGIME.replace("RULE_ID", "KR-22"), encoding="utf-8")
        _wait_for(lines, seen, "mine.py changed: checking again")
        _wait_for(lines, seen, "KR-22 (in force from 2020-01-01) has no examples")
        _wait_for(lines, seen, "[watch] exit 1; watching")
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=PATIENCE) == 130
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for pump in pumps:
            pump.join(timeout=PATIENCE)
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    while not lines.empty():
        seen.append("{}: {}".format(*lines.get()))
    output = "".join(seen)
    assert "Traceback" not in output
    assert output.count("1 finding: 1 new, 0 baselined") == 2

"""The progress line a screening draws on stderr: decisions so far, their rate, and how
much of the input is read (when its size is known)."""

from __future__ import annotations

import sys
import time


class Progress:
    """``N decisions, R/s, P%`` on stderr, redrawn at most four times a second."""

    def __init__(self, total_bytes: int | None, enabled: bool) -> None:
        self.enabled = enabled
        self.total = total_bytes
        self.start = time.perf_counter()
        self.last = 0.0
        self.done = 0

    def update(self, decided: int, position: int | None, final: bool = False) -> None:
        self.done += decided
        if not self.enabled:
            return
        now = time.perf_counter()
        if not final and now - self.last < 0.25:
            return
        self.last = now
        if final:
            position = self.total  # all of the input was read
        rate = self.done / max(now - self.start, 1e-9)
        text = f"\r{self.done:,} decisions  {rate:,.0f}/s"
        if self.total and position is not None:
            text += f"  {min(100.0, 100.0 * position / self.total):.0f}%"
        sys.stderr.write(text + ("\n" if final else ""))
        sys.stderr.flush()

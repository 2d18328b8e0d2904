"""Deciding the units of a screening, in this process or in a pool of forked workers, and
writing their decisions in input order.

Workers are forked after the world is compiled, so they share it. At most ``2 x jobs``
units are in flight, so memory does not grow with the input. A worker dies with the
screening that forked it, even when that one is killed by SIGKILL, instead of finishing its
unit for no one (:func:`worker_init`).
"""

from __future__ import annotations

import collections
import contextlib
import gc
import itertools
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from policy.screening import spools, tasks
from policy.screening.decisions import Result, add_counts, no_counts
from policy.screening.outputs import OUTPUT_FORMATS
from policy.screening.progress import Progress
from policy.screening.reading import Unit
from policy.screening.settings import Settings, current, install
from policy.screening.writing import Output, Writeback, naming


def default_jobs() -> int:
    """Worker processes when none are asked for: the CPUs this process may run on, at most
    8 (``screen``'s default, and ``check --all-dates``'s)."""
    try:
        n = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        n = os.cpu_count() or 1
    return max(1, min(n, 8))


@contextlib.contextmanager
def rare_young_collections() -> Iterator[None]:
    """A chunk's records are short-lived, acyclic dicts and lists: collecting the young
    generation every 700 allocations (the default) cost 15-20% of screening for nothing.
    Cycles are still collected, every 100,000 allocations; forked workers inherit this."""
    threshold = gc.get_threshold()
    gc.set_threshold(100_000, 50, 1000)
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


@rare_young_collections()
def run(
    settings: Settings,
    units: Iterator[Unit],
    out: Output,
    *,
    jobs: int,
    progress: Progress,
    position: Callable[[], int] | None = None,
    on_error: Callable[[str], object] | None = None,
) -> tuple[int, list[int]]:
    """Decide every unit and write the decisions to ``out`` in input order; return how many
    records were bad and how many decisions there were per overall outcome rank. Each bad
    record's message goes to ``on_error`` as it is met; ``position`` tells how far the
    input is read, for the progress line, where the units do not say."""
    install(settings)
    try:
        return _run(units, out, jobs=jobs, progress=progress, position=position, on_error=on_error)
    finally:
        install(None)


def _run(
    units: Iterator[Unit],
    out: Output,
    *,
    jobs: int,
    progress: Progress,
    position: Callable[[], int] | None,
    on_error: Callable[[str], object] | None,
) -> tuple[int, list[int]]:
    bad = 0
    counts = no_counts()
    stream = out.stream
    flush = Writeback(stream)
    settings = current()
    assert settings is not None
    with naming(out):
        sink = OUTPUT_FORMATS[settings.output].sink(settings, stream)

    def emit(res: Result) -> None:
        nonlocal bad, counts
        if on_error is not None:
            for e in res.errors:
                on_error(e)
        bad += len(res.errors)
        counts = add_counts(counts, res.counts)
        with naming(out):
            if res.spool is None:
                sink.write(res.out)
            elif sink.splices:
                spools.splice(res.spool, stream)
            else:
                sink.write(spools.take(res.spool))
            flush.wrote()
        where = res.position if res.position is not None else position() if position else None
        progress.update(res.decided, where)

    if jobs > 1 and "fork" not in multiprocessing.get_all_start_methods():
        # Workers inherit the compiled world by forking; without fork, decide here.
        sys.stderr.write("policy screen: --jobs needs fork(); deciding in one process\n")
        jobs = 1
    if jobs <= 1:
        for unit in units:
            emit(_task(unit))
    else:
        # Decide the first unit here: the workers, forked afterwards, inherit the table
        # classes it made instead of each making them again.
        first = next(units, None)
        if first is not None:
            emit(_task(first))
        second = next(units, None)  # one unit in all: no workers to start
        if second is not None:
            ctx = multiprocessing.get_context("fork")
            with ctx.Pool(jobs, initializer=worker_init, initargs=(os.getpid(),)) as pool:
                window: collections.deque[Any] = collections.deque()
                for unit in itertools.chain([second], units):
                    window.append(pool.apply_async(_task, (unit,)))
                    while len(window) > 2 * jobs:
                        emit(window.popleft().get())
                while window:
                    emit(window.popleft().get())
    with naming(out):
        sink.close()
        stream.flush()  # the last decisions: a full disk is still named here
    progress.update(0, position() if position else None, final=True)
    return bad, counts


def _task(unit: Unit) -> Result:
    res = tasks.work(unit)
    if PARENT and os.getppid() != PARENT:
        os._exit(0)  # a worker whose parent died meanwhile: no one to send the result to
    return res


#: The screening process a worker was forked from (0 outside workers).
PARENT = 0


def worker_init(parent: int) -> None:
    """A worker dies with the screen that forked it, silently: SIGTERM (the pool's way of
    stopping it) ends it without a word, Ctrl-C is the parent's to handle, and when the
    parent is gone (even by SIGKILL, which it cannot act on) the kernel kills the worker
    (``PR_SET_PDEATHSIG``) or, where there is no such thing, a watchdog thread ends it,
    rather than it finishing its chunk for no one and printing a broken pipe's traceback."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global PARENT
    PARENT = parent
    if not parent_death_signal(signal.SIGKILL):
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # gone before the signal was armed
        os._exit(0)


def parent_death_signal(signum: int) -> bool:
    """Ask Linux to send ``signum`` to this process when its parent dies; False where
    that cannot be asked."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(_PR_SET_PDEATHSIG, signum, 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False


#: prctl(2) option: the signal a process gets when its parent dies.
_PR_SET_PDEATHSIG = 1


def _watch_parent(parent: int, every: float = 0.2) -> None:
    """End this worker, without a word, once it has a new parent (its own has died)."""
    while os.getppid() == parent:
        time.sleep(every)
    os._exit(0)


@contextlib.contextmanager
def exit_on_sigterm() -> Iterator[None]:
    """While screening, SIGTERM ends the run as an error would: the output's temporary file
    and the workers' spool directory are removed and the pool stops its workers (which
    themselves die on SIGTERM as usual). Exit status 143 (128 + SIGTERM). For a program's
    main thread (the command line); a library call leaves the process's signals alone."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: Any) -> None:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)

""":func:`screen`: a file or stream of transactions in, one decision per line out.

This is what ``policy screen`` runs, as a function: it opens the input and the output,
chooses the input format, makes the workers' spool directory, and hands the units of work
to :func:`policy.screening.workers.run`; it returns a :class:`ScreenSummary` instead of an
exit code.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import IO, Literal

from policy.errors import InputError, shown
from policy.loading import stdin_bytes
from policy.model.decisions import Outcome
from policy.model.world import World
from policy.screening import spools, workers
from policy.screening.formats import Source, input_format_for
from policy.screening.outputs import output_format_for
from policy.screening.progress import Progress
from policy.screening.reading import regular_file
from policy.screening.settings import Settings
from policy.screening.writing import binary_stream, open_output, stream_name


@dataclass(frozen=True, repr=False)
class ScreenSummary:
    """What a screening did: how many records it decided, how many were bad, and how many
    decisions had each overall outcome. Blank lines are neither."""

    #: records decided (one decision line each)
    decided: int
    #: malformed records (each answered by an ``{"error": ..., "line": N}`` line)
    bad: int
    #: decisions per overall outcome, every outcome present, least restrictive first
    outcomes: Mapping[Outcome, int]

    @property
    def worst(self) -> Outcome | None:
        """The most restrictive overall outcome decided (None when nothing was)."""
        return max((o for o, n in self.outcomes.items() if n), key=_rank, default=None)

    def __repr__(self) -> str:
        counts = {str(o): n for o, n in self.outcomes.items() if n}
        return f"ScreenSummary(decided={self.decided}, bad={self.bad}, outcomes={counts})"


def _rank(outcome: Outcome) -> int:
    return outcome.rank


class BadRecordsError(InputError):
    """Some records were malformed (``bad_records="fail"``); the others were decided and
    written, and :attr:`summary` tells what the screening did."""

    code = "bad-records"

    def __init__(self, summary: ScreenSummary, where: str) -> None:
        self.summary = summary
        super().__init__(f"{summary.bad} malformed record(s) in {where}; the others were decided")


def screen(
    source: str | os.PathLike[str] | IO[bytes],
    *,
    out: str | os.PathLike[str] | IO[bytes] | None = None,
    world: World | None = None,
    as_of: dt.date | None = None,
    jobs: int | None = None,
    explain: bool = False,
    input_format: str | None = None,
    output_format: str | None = None,
    bad_records: Literal["fail", "skip"] = "fail",
    progress: bool | None = None,
    on_bad_record: Callable[[str], object] | None = None,
    facts: Literal["open", "strict", "assume"] = "open",
) -> ScreenSummary:
    """Decide every transaction of ``source`` and write one decision per record to ``out``,
    in input order, in bounded memory (what ``policy screen`` does).

    In JSON Lines (the default output), line N of the output answers line N of the input:
    a decision (compact JSON, without the trace unless ``explain``), an ``{"error": "...",
    "line": N}`` record for a malformed one (``"row"`` for Arrow and Parquet input), or a
    blank line for a blank one. In CSV and Parquet output, row k answers the input's k-th
    record, with the decision columns of :mod:`policy.screening.tables` and an ``error``
    column (see :mod:`policy.screening.outputs`).

    Args:
        source: a path; ``"-"`` for standard input; or a binary stream (read from where it
            is, to its end, and left open). A regular file named by path is cut into
            ranges that the workers read themselves; anything else is read once, in order.
        out: a path (a regular file is replaced atomically once complete and keeps its
            previous content if the screening fails; a device or FIFO is written as it
            goes); a binary stream (written, flushed, left open); None for standard output.
        world: the regimes to decide under; the shipped library by default.
        as_of: decide every transaction under the law of this date instead of its own.
        jobs: worker processes (forked; the output order is kept); default one per CPU,
            at most 8. An input of one chunk is decided in this process.
        explain: include each verdict's trace (decided one by one by the reference
            engine: much slower).
        input_format: a registered format (``"jsonl"``, ``"csv"``, ``"parquet"``,
            ``"arrow"``, see :func:`policy.screening.formats.input_formats`); None or
            ``"auto"``: by the name's ending (``.csv``, ``.parquet``, ``.arrow``...), JSON
            Lines otherwise (and for standard input). Parquet and Arrow need pyarrow
            (``pip install "policy[arrow]"``).
        output_format: ``"jsonl"``, ``"csv"`` or ``"parquet"``; None or ``"auto"``: by the
            ending of ``out`` when it is a path (``.csv``, ``.parquet``), else JSON Lines.
        bad_records: a malformed record always gets an error record in its place and the
            rest are decided; ``"fail"`` then raises :class:`BadRecordsError` (once the
            output is complete), ``"skip"`` returns as if it were not there.
        progress: draw the count and rate of decisions on stderr; None: when stderr is a
            terminal.
        on_bad_record: called with each malformed record's message
            (``"orders.jsonl:7: item.kind: ..."``), in input order, as it is met.
        facts: ``"open"``: each verdict names its open facts, the facts the record leaves
            out that would change its outcome (:mod:`policy.engine.open_facts`);
            ``"strict"``: a record with open facts is refused like a malformed one, its
            error naming them (``... open facts (--facts strict): US: licence required
            if ...``); ``"assume"``: open facts are not looked for (the fastest).

    Returns:
        How many records were decided and bad, and the decisions per overall outcome.

    Raises:
        InputError: the source cannot be read, the output cannot be written (naming it),
            a CSV header is wrong, an option is out of range, or (``BadRecordsError``)
            records were malformed and ``bad_records`` is ``"fail"``.
        TypeError: ``source`` or ``out`` is a text stream.
    """
    if bad_records not in ("fail", "skip"):
        raise InputError(
            f"expected 'fail' or 'skip', got {shown(bad_records)}", where="bad_records"
        )
    if jobs is not None and (type(jobs) is not int or jobs < 1):
        raise InputError(f"expected a number of processes >= 1, got {shown(jobs)}", where="jobs")
    if isinstance(source, str | os.PathLike):
        name = os.fspath(source)
        where = "<stdin>" if source == "-" else name
    else:
        name = where = stream_name(source, "<stream>")
    fmt = input_format_for(input_format, name)
    output_fmt = output_format_for(output_format, out)
    if output_fmt.name == "parquet":
        _needs_pyarrow(output_format, out)
    jobs = jobs or workers.default_jobs()
    if world is None:
        from policy.regimes import default_world

        world = default_world()
    settings = Settings(
        world=world,
        where=where,
        on=None if as_of is None else as_of.toordinal(),
        explain=explain,
        output=output_fmt.name,
        facts=facts,
    )
    show = (sys.stderr is not None and sys.stderr.isatty()) if progress is None else progress
    with open_source(source, where) as src:
        spools.remove_stale_spools()  # of screenings killed before they could
        with contextlib.ExitStack() as stack:
            spool = None
            if fmt.spools and jobs > 1:
                # workers spool their decisions: they do not pass through this process
                spool = stack.enter_context(spools.spool_directory(jobs, explain))
            units = fmt.read(src, spool)
            with open_output(out) as output:
                bad, counts = workers.run(
                    settings,
                    units,
                    output,
                    jobs=jobs,
                    progress=Progress(src.total, show),
                    position=src.position,
                    on_error=on_bad_record,
                )
    outcomes = MappingProxyType({o: counts[o.rank] for o in sorted(Outcome, key=_rank)})
    summary = ScreenSummary(decided=sum(counts), bad=bad, outcomes=outcomes)
    if bad and bad_records == "fail":
        raise BadRecordsError(summary, where)
    return summary


def _needs_pyarrow(asked: str | None, out: object) -> None:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        where = os.fspath(out) if isinstance(out, str | os.PathLike) else "output_format"
        raise InputError(
            "writing Parquet needs pyarrow: pip install 'policy[arrow]'", where=where
        ) from None


@contextlib.contextmanager
def open_source(source: str | os.PathLike[str] | IO[bytes], where: str) -> Iterator[Source]:
    """The input, opened: ``"-"`` is standard input; a path is opened (and closed after);
    a stream is used as it is. A pipe, FIFO, terminal or socket given by name (``<(cmd)``,
    ``/dev/stdin``) is read as a stream, as stdin is: it has no size, no position and
    cannot be read twice."""
    if not isinstance(source, str | os.PathLike):
        yield Source(binary_stream(source, "source"), where)
        return
    if source == "-":
        yield Source(stdin_bytes(), where)
        return
    path = os.fspath(source)
    if not path:
        raise InputError("expected a file name (or - for stdin), got an empty one", where="''")
    try:
        stream = Path(path).open("rb")  # noqa: SIM115 (closed below; errors mapped here)
    except FileNotFoundError:
        raise InputError("no such file", where=path) from None
    except IsADirectoryError:
        raise InputError("is a directory, expected a file", where=path) from None
    except PermissionError:
        raise InputError("permission denied", where=path) from None
    with stream:
        if not regular_file(stream):
            yield Source(stream, where)
            return
        fd = stream.fileno()
        yield Source(
            stream,
            where,
            path=path,
            total=os.fstat(fd).st_size,
            position=lambda: os.lseek(fd, 0, os.SEEK_CUR),
        )

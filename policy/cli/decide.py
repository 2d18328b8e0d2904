"""``policy decide`` and ``policy screen``."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import click

from policy.cli._common import (
    PolicyUsageError,
    as_of_option,
    default_jobs,
    format_option,
    handle_errors,
    regimes_option,
    resolve_world,
)
from policy.engine.decide import decide
from policy.errors import InputError
from policy.loading import check_references, dump_json, read_transaction, stdin_bytes
from policy.model.decisions import Decision, Outcome
from policy.model.transactions import Transaction


def _at(tx: Transaction, as_of: dt.date | None) -> Transaction:
    return tx if as_of is None else tx.model_copy(update={"date": as_of})


def render_decision_text(decision: Decision) -> str:
    lines = [f"overall: {decision.overall.value}"]
    for j, v in decision.verdicts.items():
        head = f"{j}: {v.outcome.value}"
        if v.review:
            head += f" ({v.review})"
        if v.rules:
            head += f" by {', '.join(v.rules)}"
        if v.carveouts:
            head += f"; carve-outs: {', '.join(v.carveouts)}"
        lines.append(head)
        lines.extend(f"    {t}" for t in v.trace)
    return "\n".join(lines) + "\n"


@click.command("decide")
@click.argument("transaction", metavar="FILE|-")
@regimes_option
@as_of_option("Decide under the law of this date instead of the transaction's own date.")
@format_option("text", "json")
@handle_errors
def decide_command(transaction: str, regimes: str | None, as_of: dt.date | None, fmt: str) -> None:
    """Decide one transaction (a JSON file, or - for stdin) and explain the decision."""
    world = resolve_world(regimes)
    where = "<stdin>" if transaction == "-" else transaction
    tx = _at(check_references(read_transaction(transaction), world, where=where), as_of)
    decision = decide(world, tx)
    if fmt == "json":
        click.echo(dump_json(decision.to_json_dict()), nl=False)
    else:
        click.echo(render_decision_text(decision), nl=False)


RESTRICTIVE = {"license_required": Outcome.LICENSE_REQUIRED, "prohibited": Outcome.PROHIBITED}


@click.command("screen")
@click.argument("file", metavar="FILE|-")
@regimes_option
@as_of_option("Decide every transaction under the law of this date.")
@click.option(
    "--bad-records",
    type=click.Choice(["fail", "skip"]),
    default="fail",
    show_default=True,
    help="A malformed record is always reported (with its line) and the rest are decided;"
    " 'fail' then exits 2, 'skip' exits as if it were not there.",
)
@click.option(
    "--fail-on",
    type=click.Choice(sorted(RESTRICTIVE)),
    default=None,
    help="Exit 1 if any decision is at least this restrictive.",
)
@click.option(
    "--input-format",
    type=click.Choice(["auto", "jsonl", "csv"]),
    default="auto",
    show_default=True,
    help="auto: CSV for a .csv file, JSON Lines otherwise (and for stdin).",
)
@click.option(
    "--out",
    "out_path",
    metavar="FILE",
    default=None,
    help=(
        "Write the decisions to FILE instead of stdout (a file is replaced atomically once"
        " complete; a device, FIFO or /dev/stdout is written as it goes)."
    ),
)
@click.option(
    "--jobs",
    type=click.IntRange(1, 64),
    default=None,
    help="Worker processes deciding batches in parallel (output order is kept)."
    " Default: one per CPU, at most 8; an input of one chunk is decided in one process.",
)
@click.option(
    "--explain/--no-explain",
    default=False,
    help="Include each verdict's trace (decided one by one by the reference engine: slow).",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show decisions and rate on stderr. Default: when stderr is a terminal.",
)
@handle_errors
def screen_command(
    file: str,
    regimes: str | None,
    as_of: dt.date | None,
    bad_records: str,
    fail_on: str | None,
    input_format: str,
    out_path: str | None,
    jobs: int | None,
    explain: bool,
    progress: bool | None,
) -> None:
    """Decide many transactions (JSON Lines or CSV), one decision per line, in input order.

    A malformed record gets an ``{"line": N, "error": "..."}`` record in its place and a
    message on stderr. Decisions come from the compiled evaluator and carry no trace unless
    ``--explain`` is given (then each is the reference engine's, trace included).

    CSV: one header row of dotted field paths: id, date, exporter, destination, channel,
    end_user, end_use, persons, item.kind, item.name, item.origin, item.flags,
    item.made_with, item.params.NAME, item.content.JURISDICTION,
    item.classification.JURISDICTION, and end_user.name, end_user.country,
    end_user.headquarters, end_user.owners (PARTY:SHARE entries) for an end user the lists
    do not name. List cells separate entries with ';'; an empty cell is an absent field.
    """
    from policy.cli import _screen

    world = resolve_world(regimes)
    where = "<stdin>" if file == "-" else file
    fmt = input_format
    if fmt == "auto":
        fmt = "csv" if file.lower().endswith(".csv") else "jsonl"
    jobs = jobs or default_jobs()
    settings = _screen.Settings(
        world=world, where=where, on=None if as_of is None else as_of.toordinal(), explain=explain
    )
    show = sys.stderr.isatty() if progress is None else progress
    with _screen.exit_on_sigterm(), _open_input(file) as stream:
        position = None
        total = None
        # a pipe, FIFO, terminal or socket given by name (`<(cmd)`, /dev/stdin) is read as
        # a stream, as stdin is: it has no size, no position and cannot be read twice
        regular = file != "-" and _screen.regular_file(stream)
        if regular:
            total = os.fstat(stream.fileno()).st_size
            fd = stream.fileno()
            position = lambda: os.lseek(fd, 0, os.SEEK_CUR)  # noqa: E731
        with contextlib.ExitStack() as stack:
            chunks: Iterator[Any]
            spool = None
            _screen.remove_stale_spools()  # of screens killed before they could
            if fmt == "jsonl" and jobs > 1:
                # workers spool their decisions: they do not pass through this process
                spool = stack.enter_context(_screen.spool_directory(jobs, explain))
            if fmt == "jsonl" and regular:
                # ranges of the file: with workers, each reads its own
                chunks = _screen.file_ranges(file, spool)
            elif fmt == "csv":
                chunks = _screen.csv_chunks(stream, where)
            else:
                chunks = _screen.stream_blocks(stream, where, spool)
            with _screen.atomic_output(out_path) as out:
                bad, worst = _screen.run(
                    settings,
                    chunks,
                    out,
                    jobs=jobs,
                    progress=_screen.Progress(total, show),
                    position=position,
                    target=out_path or "<stdout>",
                )
    if bad and bad_records == "fail":
        raise PolicyUsageError(f"{bad} malformed record(s) in {where}; the others were decided")
    threshold = RESTRICTIVE[fail_on].rank if fail_on else None
    if threshold is not None and worst >= threshold:
        sys.exit(1)


@contextlib.contextmanager
def _open_input(path: str) -> Iterator[IO[bytes]]:
    if path == "-":
        yield stdin_bytes()
        return
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
        yield stream

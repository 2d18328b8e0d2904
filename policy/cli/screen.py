"""``policy screen``: :func:`policy.screen` on the command line.

The command maps the options to the library's arguments, prints each malformed record's
message on stderr as it is met, ends the run on SIGTERM as an error would (the output's
temporary file and the spools removed, exit 143), and turns the summary into the exit code.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Literal, cast

import click

from policy.cli._common import (
    as_of_option,
    facts_option,
    handle_errors,
    regimes_option,
    resolve_world,
)
from policy.engine.open_facts import STRICT
from policy.model.decisions import Outcome

if TYPE_CHECKING:
    from policy.screening.files import ScreenSummary
from policy.screening.formats import input_formats

#: The output formats (policy.screening.outputs.OUTPUT_FORMATS, named here so that the
#: command line starts without importing it).
OUTPUT_FORMAT_NAMES = ("jsonl", "csv", "parquet")

RESTRICTIVE = {"license_required": Outcome.LICENSE_REQUIRED, "prohibited": Outcome.PROHIBITED}


def _report(message: str) -> None:
    sys.stderr.write(f"Error: {message}\n")


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
    type=click.Choice(["auto", *input_formats()]),
    default="auto",
    show_default=True,
    help="auto: by the file name's ending (.csv, .parquet, .arrow/.feather), JSON Lines"
    " otherwise (and for stdin). Parquet and Arrow need pyarrow: pip install 'policy[arrow]'.",
)
@click.option(
    "--output-format",
    type=click.Choice(["auto", *OUTPUT_FORMAT_NAMES]),
    default="auto",
    show_default=True,
    help="auto: by the --out file name's ending (.csv, .parquet), JSON Lines otherwise."
    " CSV and Parquet have one row per record: id, overall, per jurisdiction J J.outcome,"
    " J.reached, J.rules, J.review, J.open_facts (JSON text), then error (the message of a"
    " bad record, whose decision columns are empty).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="Decide on the Dask cluster at ADDRESS (tcp://HOST:PORT): FILE is a Parquet path,"
    " directory or glob ('orders/*.parquet', s3://... with fsspec), and --out a directory"
    " that gets one Parquet file per partition. Needs pip install 'policy[dask]'.",
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
@facts_option
@handle_errors
def screen_command(
    file: str,
    regimes: str | None,
    as_of: dt.date | None,
    bad_records: str,
    fail_on: str | None,
    input_format: str,
    output_format: str,
    scheduler: str | None,
    out_path: str | None,
    jobs: int | None,
    explain: bool,
    progress: bool | None,
    facts: str,
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

    Each verdict names its open facts (JSON Lines: "open_facts"; CSV and Parquet: the
    J.open_facts column). With --facts strict a record with open facts gets an error
    record naming them in its place, and the run exits 1 (2 if a record is malformed).
    """
    from policy.screening.files import BadRecordsError, screen
    from policy.screening.workers import exit_on_sigterm

    world = resolve_world(regimes)
    refused = {"open": 0, "bad": 0}

    def report(message: str) -> None:
        refused["open" if f": {STRICT}: " in message else "bad"] += 1
        _report(message)

    if scheduler is not None:
        summary = _on_cluster(file, scheduler, out_path, world, as_of, bad_records)
    else:
        with exit_on_sigterm(), _strict_exit(refused):
            summary = screen(
                file,
                out=out_path,
                world=world,
                as_of=as_of,
                jobs=jobs,
                explain=explain,
                input_format=input_format,
                output_format=output_format,
                bad_records=cast(Literal["fail", "skip"], bad_records),
                progress=progress,
                on_bad_record=report,
                facts=cast(Literal["open", "strict", "assume"], facts),
            )
        if refused["open"]:
            sys.exit(1)
    if scheduler is not None and summary.bad and bad_records == "fail":
        raise BadRecordsError(summary, file)
    worst = summary.worst
    if fail_on and worst is not None and worst.rank >= RESTRICTIVE[fail_on].rank:
        sys.exit(1)


@contextlib.contextmanager
def _strict_exit(refused: dict[str, int]) -> Iterator[None]:
    """Records refused only for their open facts (``--facts strict``) exit 1, not 2: the
    input is well formed, the records are incomplete."""
    from policy.screening.files import BadRecordsError

    try:
        yield
    except BadRecordsError:
        if refused["bad"] or not refused["open"]:
            raise
        sys.exit(1)


def _on_cluster(
    pattern: str,
    scheduler: str,
    out: str | None,
    world: object,
    as_of: dt.date | None,
    bad_records: str,
) -> ScreenSummary:
    """``--scheduler``: the Parquet files decided on a Dask cluster into the directory
    ``--out``; the bad rows are in its ``error`` column (reported here by count)."""
    from policy.errors import InputError
    from policy.model.world import World

    if out is None:
        raise InputError("--scheduler needs --out DIR (a directory for the Parquet files)")
    try:
        from policy.dask import screen_files
    except ImportError as e:
        raise InputError(
            f"--scheduler needs Dask ({e.name} is not installed): pip install 'policy[dask]'"
        ) from None
    assert isinstance(world, World)
    summary: ScreenSummary = screen_files(
        pattern, out, scheduler=scheduler, world=world, as_of=as_of
    )
    if summary.bad and bad_records == "fail":
        _report(f"{summary.bad} row(s) with an error; see the error column in {out}")
    return summary

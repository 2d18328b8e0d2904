"""``policy screen``: :func:`policy.screen` on the command line.

The command maps the options to the library's arguments, prints each malformed record's
message on stderr as it is met, ends the run on SIGTERM as an error would (the output's
temporary file and the spools removed, exit 143), and turns the summary into the exit code.
"""

from __future__ import annotations

import datetime as dt
import sys
from typing import Literal, cast

import click

from policy.cli._common import as_of_option, handle_errors, regimes_option, resolve_world
from policy.model.decisions import Outcome
from policy.screening.formats import input_formats

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
    from policy.screening.files import screen
    from policy.screening.workers import exit_on_sigterm

    world = resolve_world(regimes)
    with exit_on_sigterm():
        summary = screen(
            file,
            out=out_path,
            world=world,
            as_of=as_of,
            jobs=jobs,
            explain=explain,
            input_format=input_format,
            bad_records=cast(Literal["fail", "skip"], bad_records),
            progress=progress,
            on_bad_record=_report,
        )
    worst = summary.worst
    if fail_on and worst is not None and worst.rank >= RESTRICTIVE[fail_on].rank:
        sys.exit(1)

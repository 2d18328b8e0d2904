"""``policy diff``: what a change to the law tightens or loosens, with witnesses.

Two dates of one library (``--from 2023-10-16 --to 2023-11-17``), or two git revisions of
a repository (``--base main [--head REV]``; the head defaults to the working tree), each
read without trusting it (:mod:`policy.revisions`: JSON regimes as data, Python regimes in a
sandboxed child). Exit 1 when ``--fail-on`` matches a change, 2 for bad input.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from policy.analysis.diff import DiffReport, Side, diff_sides
from policy.analysis.diff_formats import (
    render_github,
    render_json,
    render_junit,
    render_markdown,
    render_sarif,
    render_text,
)
from policy.cli._common import (
    DATE,
    PolicyUsageError,
    format_option,
    handle_errors,
    regimes_option,
    resolve_world,
)
from policy.revisions import repository_root, world_at


def _warn(message: str) -> None:
    click.echo(message, err=True)


def _render(report: DiffReport, fmt: str, fail_on: str | None) -> str:
    if fmt == "json":
        return render_json(report)
    if fmt == "markdown":
        return render_markdown(report)
    if fmt == "sarif":
        return render_sarif(report)
    if fmt == "github":
        return render_github(report)
    if fmt == "junit":
        return render_junit(report, fail_on=fail_on)
    return render_text(report)


@click.command("diff")
@click.option("--from", "from_", type=DATE, default=None, help="The old date (with --to).")
@click.option("--to", "to", type=DATE, default=None, help="The new date (with --from).")
@click.option("--base", default=None, metavar="REV", help="The old git revision.")
@click.option(
    "--head",
    default=None,
    metavar="REV",
    help="The new git revision (default: the working tree, as it is on disk).",
)
@click.option(
    "--as-of",
    "as_of",
    type=DATE,
    default=None,
    help="With --base/--head: compare the law of this date (default: today).",
)
@click.option(
    "--repo",
    default=None,
    metavar="DIR",
    type=click.Path(file_okay=False),
    help="The git repository for --base/--head (default: the one around the working directory).",
)
@regimes_option
@format_option("text", "json", "markdown", "sarif", "github", "junit")
@click.option(
    "--fail-on",
    type=click.Choice(["loosened", "tightened", "any"]),
    default=None,
    help="Exit 1 when a change of this direction is found.",
)
@handle_errors
def diff_command(
    from_: dt.date | None,
    to: dt.date | None,
    base: str | None,
    head: str | None,
    as_of: dt.date | None,
    repo: str | None,
    regimes: str | None,
    fmt: str,
    fail_on: str | None,
) -> None:
    """Report every region of transactions whose outcome changes, per jurisdiction, with a
    minimal witness, the old and new outcome and the rules responsible.

    With --base/--head, --regimes is a path inside the repository (or a module name), the
    same for both revisions; without it each revision's own [tool.policy] regimes applies.
    A revision's JSON regimes are read as data, never run; its Python regimes are exported
    in a sandboxed process (no secrets, no network, limited, timed out)."""
    dates = from_ is not None or to is not None
    revisions = base is not None or head is not None
    if dates and revisions:
        raise PolicyUsageError("give either --from/--to (dates) or --base/--head (revisions)")
    if dates:
        if from_ is None or to is None:
            raise PolicyUsageError("--from and --to go together")
        if as_of is not None:
            raise PolicyUsageError("--as-of applies to --base/--head; --from/--to are dates")
        world = resolve_world(regimes)
        a = Side(world, from_, from_.isoformat())
        b = Side(world, to, to.isoformat())
    elif revisions:
        if base is None:
            raise PolicyUsageError("--head needs --base")
        root = repository_root(Path(repo) if repo else None)
        day = as_of or dt.date.today()
        a = Side(world_at(root, base, regimes, warn=_warn), day, base)
        b = Side(world_at(root, head, regimes, warn=_warn), day, head or "working tree")
    else:
        raise PolicyUsageError("give --from DATE --to DATE, or --base REV [--head REV]")
    report = diff_sides(a, b)
    click.echo(_render(report, fmt, fail_on), nl=False)
    failed = [c for c in report.changes if fail_on in ("any", c.direction)] if fail_on else []
    if failed:
        # one line on stderr saying why the exit is 1, whatever the format on stdout
        by_jur: dict[str, int] = {}
        for c in failed:
            by_jur[c.jurisdiction] = by_jur.get(c.jurisdiction, 0) + 1
        where = ", ".join(f"{j} {n}" for j, n in sorted(by_jur.items()))
        n = len(failed)
        what = "" if fail_on == "any" else f"{fail_on} "
        click.echo(
            f"policy diff --fail-on {fail_on}: {n} {what}region{'s' if n != 1 else ''} ({where})",
            err=True,
        )
        sys.exit(1)

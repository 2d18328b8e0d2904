"""``policy check``: validation, consistency checks and the loophole search, compared with
a baseline of accepted findings. Exit 0 when nothing new is found, 1 when something is, 2
for bad input."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

import click

from policy.analysis.baseline import (
    DEFAULT_BASELINE,
    Baseline,
    load_baseline,
    write_baseline,
)
from policy.analysis.checks import registered_checks
from policy.analysis.findings import Report
from policy.analysis.formats import (
    render_github,
    render_json,
    render_junit,
    render_markdown,
    render_sarif,
    render_text,
)
from policy.analysis.run import CheckOptions, check_world
from policy.cli._common import (
    PolicyUsageError,
    as_of_option,
    default_jobs,
    format_option,
    handle_errors,
    regimes_option,
    resolve_world,
)
from policy.settings import load_settings


def render_report_text(report: Report, jurisdictions: list[str]) -> str:
    """The plain-text report (kept for callers of the first version of this command)."""
    return render_text(report, jurisdictions)


def _progress_bar() -> Callable[[int, int, str], None] | None:
    """A one-line progress bar on stderr, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int, label: str) -> None:
        width = 30
        filled = int(width * done / max(total, 1))
        bar = "#" * filled + "-" * (width - filled)
        end = "\n" if done >= total else ""
        sys.stderr.write(f"\r[{bar}] {done}/{total} {label:<12}{end}")
        sys.stderr.flush()

    return show


def _codes(select: str | None) -> tuple[str, ...] | None:
    """The codes ``--select`` names, or ``None`` (every check) when it is not given.

    A selection that names no code (``--select ,``, ``--select ""``) or an unknown one is a
    usage error, as in ruff: running no checks would pass a build that checked nothing."""
    if select is None:
        return None
    from policy.analysis.loopholes import registered_moves
    from policy.errors import did_you_mean, shown

    known = sorted({c.code for c in registered_checks()} | {m.code for m in registered_moves()})
    listing = "; the codes are " + ", ".join(known)
    codes = tuple(sorted({c.strip().upper() for c in select.split(",") if c.strip()}))
    if not codes:
        raise PolicyUsageError(
            f"--select: expected check codes separated by commas, got {shown(select)}"
            f" (leave --select out to run every check){listing}"
        )
    for c in codes:
        if c not in known:
            hint = did_you_mean(c, known) or listing
            raise PolicyUsageError(f"--select: unknown check code {shown(c)}{hint}")
    return codes


@click.command("check")
@regimes_option
@as_of_option("Check the law of this date (default: today).")
@click.option(
    "--all-dates",
    is_flag=True,
    help="Check the law of every date on which a rule, nexus, group or listing changes.",
)
@format_option("text", "json", "markdown", "sarif", "github", "junit")
@click.option(
    "--baseline",
    "baseline_path",
    metavar="FILE",
    default=None,
    help=f"Accepted findings (default: [tool.policy] baseline, else ./{DEFAULT_BASELINE}).",
)
@click.option("--no-baseline", is_flag=True, help="Ignore the baseline: every finding is new.")
@click.option(
    "--update-baseline",
    is_flag=True,
    help="Add every current finding to the baseline file (atomically) and exit 0.",
)
@click.option(
    "--reason",
    default=None,
    help="The reason recorded for entries --update-baseline adds (default: a standard"
    " reason for each check code).",
)
@click.option("--owner", default=None, help="The owner recorded for new baseline entries.")
@click.option(
    "--select", default=None, metavar="CODES", help="Only these check codes (comma-separated)."
)
@click.option(
    "--depth",
    type=click.IntRange(1, 4),
    default=2,
    show_default=True,
    help="How many evasion moves a loophole path may compose.",
)
@click.option(
    "--jobs",
    type=click.IntRange(1, 64),
    default=None,
    help="Processes for --all-dates (default: the number of CPUs, at most 8).",
)
@click.option(
    "--show-baselined",
    is_flag=True,
    help="List the baselined (accepted) findings in the text output, not only their count.",
)
@click.option(
    "--watch",
    is_flag=True,
    help="Check again whenever a regime file, pyproject.toml or the baseline changes"
    " (polls every half second; Ctrl-C stops).",
)
@handle_errors
def check_command(
    regimes: str | None,
    as_of: dt.date | None,
    all_dates: bool,
    fmt: str,
    baseline_path: str | None,
    no_baseline: bool,
    update_baseline: bool,
    reason: str | None,
    owner: str | None,
    select: str | None,
    depth: int,
    jobs: int | None,
    show_baselined: bool,
    watch: bool,
) -> None:
    """Validate the regimes, run the consistency checks and the loophole search, and
    compare the findings with the baseline (exit 1 only on new findings).

    Without --as-of or --all-dates the dates come from [tool.policy] dates ("all", or a
    list), else today's law is checked. A CI gate should check every date on which the
    law changes (--all-dates), so that its result does not depend on the day it runs.
    """
    if all_dates and as_of is not None:
        raise PolicyUsageError("--as-of and --all-dates cannot be used together")
    if watch:
        if update_baseline:
            raise PolicyUsageError("--watch and --update-baseline cannot be used together")
        from policy.cli._watch import watch_check

        args = [*(["--regimes", regimes] if regimes else []), "--format", fmt]
        args += ["--as-of", as_of.isoformat()] if as_of else []
        args += ["--all-dates"] if all_dates else []
        args += ["--baseline", baseline_path] if baseline_path else []
        args += ["--no-baseline"] if no_baseline else []
        args += ["--select", select] if select is not None else []
        args += ["--depth", str(depth)] + (["--jobs", str(jobs)] if jobs else [])
        args += ["--show-baselined"] if show_baselined else []
        watch_check(args, regimes, baseline_path)
        return
    codes = _codes(select)
    settings = load_settings()
    dates: tuple[dt.date, ...] = ()
    if as_of is None and not all_dates and settings.dates is not None:
        if isinstance(settings.dates, tuple):
            dates = settings.dates
        else:  # ALL_DATES
            all_dates = True
    world = resolve_world(regimes)
    path = Path(baseline_path or settings.baseline or DEFAULT_BASELINE)
    baseline = Baseline() if no_baseline else load_baseline(path)
    today = dt.date.today()
    many = all_dates or len(dates) > 1
    options = CheckOptions(codes=codes, depth=depth, jobs=jobs or (default_jobs() if many else 1))
    report = check_world(
        world,
        as_of=as_of,
        all_dates=all_dates,
        dates=dates,
        options=options,
        progress=_progress_bar(),
    )
    findings, stale, expired = baseline.apply(report.findings, today=today)
    report = report.model_copy(update={"findings": findings})
    if update_baseline:
        write_baseline(path, baseline.updated(report.findings, reason=reason, owner=owner))
        added = sum(1 for f in report.findings if not f.baselined)
        click.echo(f"baseline {path}: {added} entr{'y' if added == 1 else 'ies'} added", err=True)
        return
    if fmt == "json":
        click.echo(render_json(report), nl=False)
    elif fmt == "sarif":
        click.echo(render_sarif(report), nl=False)
    elif fmt == "github":
        click.echo(render_github(report), nl=False)
    elif fmt == "markdown":
        click.echo(render_markdown(report), nl=False)
    elif fmt == "junit":
        click.echo(render_junit(report), nl=False)
    else:
        text = render_text(
            report,
            world.jurisdictions,
            stale=stale,
            expired=expired,
            show_baselined=show_baselined,
        )
        click.echo(text, nl=False)
    if any(not f.baselined for f in report.findings):
        sys.exit(1)

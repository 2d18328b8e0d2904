"""``policy mutate``: how well the examples pin each rule down, and the examples missing.

Plants one plausible mistake at a time in the law in force (a flipped comparison, a moved
threshold, a country left out of a group...), and reports which mistakes an example
notices (killed), which change no decision at all (equivalent: not counted), and which
survive, each with a witness and the example that would kill it. Exit 1 when
``--fail-under`` is given and the score is below it, 2 for bad input.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

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


def _operators(text: str | None) -> tuple[str, ...] | None:
    if text is None:
        return None
    names = tuple(n.strip() for n in text.split(",") if n.strip())
    if not names:
        from policy.analysis.mutate import registered_operators

        known = ", ".join(op.name for op in registered_operators())
        raise PolicyUsageError(
            f"--operators: expected operator names separated by commas, got {text!r}"
            f" (leave --operators out to run every operator); the operators are {known}"
        )
    return names


@click.command("mutate")
@regimes_option
@as_of_option("Mutate the law of this date (default: today).")
@click.option(
    "--all-dates",
    is_flag=True,
    help="Mutate the law of every date on which a rule, nexus, group or listing changes.",
)
@format_option("text", "json", "markdown", "sarif", "github")
@click.option(
    "--fail-under",
    type=click.FloatRange(0, 100),
    default=None,
    metavar="SCORE",
    help="Exit 1 when the mutation score (per cent killed) is below SCORE.",
)
@click.option(
    "--changed",
    is_flag=True,
    help="Mutate only the rules, groups, lists and nexus whose JSON differs from --base's.",
)
@click.option(
    "--base",
    default=None,
    metavar="REV",
    help="With --changed: the git revision to compare with (e.g. main).",
)
@click.option(
    "--repo",
    default=None,
    metavar="DIR",
    type=click.Path(file_okay=False),
    help="The git repository for --base (default: the one around the working directory).",
)
@click.option(
    "--operators",
    default=None,
    metavar="NAMES",
    help="Only these mutation operators (comma-separated; default: all).",
)
@click.option(
    "--coverage",
    is_flag=True,
    help="Instead of the score: per rule, which boundaries and group members its examples pin.",
)
@click.option(
    "--jobs",
    type=click.IntRange(1, 64),
    default=None,
    help="Processes (default: the number of CPUs, at most 8).",
)
@handle_errors
def mutate_command(
    regimes: str | None,
    as_of: dt.date | None,
    all_dates: bool,
    fmt: str,
    fail_under: float | None,
    changed: bool,
    base: str | None,
    repo: str | None,
    operators: str | None,
    coverage: bool,
    jobs: int | None,
) -> None:
    """Measure how well each rule's examples pin it down: mutate the law, run the
    examples against every mutant, and propose an example for each mutant that survives.

    Equivalent mutants (no decision changes, found exactly by the diff machinery) are
    reported but never counted; the score is killed / (killed + survived)."""
    from policy.analysis.mutate import MutationOptions, mutate_world, operators_named
    from policy.analysis.mutate.formats import RENDERERS
    from policy.cli.check import _progress_bar

    if all_dates and as_of is not None:
        raise PolicyUsageError("--as-of and --all-dates cannot be used together")
    if base is not None and not changed:
        raise PolicyUsageError("--base goes with --changed")
    if changed and base is None:
        raise PolicyUsageError("--changed needs --base REV (the revision to compare with)")
    if coverage and fail_under is not None:
        raise PolicyUsageError("--fail-under applies to the score, not to --coverage")
    names = _operators(operators)
    operators_named(names)  # unknown names: exit 2 before any work
    world = resolve_world(regimes)
    targets = None
    if changed:
        from policy.analysis.mutate.changes import changed_targets, describe_targets
        from policy.revisions import repository_root, world_at

        root = repository_root(Path(repo) if repo else None)
        old = world_at(root, base, regimes, warn=lambda m: click.echo(m, err=True))
        targets = changed_targets(old, world)
        click.echo(f"changed since {base}: {describe_targets(targets)}", err=True)
    options = MutationOptions(operators=names, targets=targets, jobs=jobs or default_jobs())
    if coverage:
        from policy.analysis.mutate.coverage import coverage_world, render_coverage_text
        from policy.loading import dump_json

        cov = coverage_world(world, as_of=as_of, all_dates=all_dates, options=options)
        if fmt == "json":
            click.echo(dump_json(cov.to_json_dict()), nl=False)
        elif fmt == "text":
            click.echo(render_coverage_text(cov), nl=False)
        else:
            raise PolicyUsageError("--coverage is written as text or json")
        return
    report = mutate_world(
        world, as_of=as_of, all_dates=all_dates, options=options, progress=_progress_bar()
    )
    click.echo(RENDERERS[fmt](report), nl=False)
    if fail_under is not None and report.score.below(fail_under):
        click.echo(
            f"mutation score {report.score.percent()} is below --fail-under {fail_under:g}",
            err=True,
        )
        sys.exit(1)

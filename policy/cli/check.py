"""``policy check``: validate the regimes and run their examples (the analysis extends it)."""

from __future__ import annotations

import datetime as dt
import sys

import click

from policy.analysis.findings import Report
from policy.analysis.validation import validate
from policy.cli._common import (
    as_of_option,
    format_option,
    handle_errors,
    regimes_option,
    resolve_world,
)
from policy.loading import dump_json


def render_report_text(report: Report, jurisdictions: list[str]) -> str:
    lines = [f"policy check as of {report.as_of}: {', '.join(jurisdictions)}"]
    for f in sorted(report.findings, key=lambda f: f.sort_key()):
        where = ""
        if f.rules and f.rules[0].file:
            where = f"{f.rules[0].file}:{f.rules[0].line}: "
        lines.append(f"{where}{f.code} [{f.severity}] {f.message}")
    n = len(report.findings)
    lines.append(f"{n} finding{'s' if n != 1 else ''}" if n else "no findings")
    return "\n".join(lines) + "\n"


@click.command("check")
@regimes_option
@as_of_option("Check the law of this date (default: today).")
@format_option("text", "json")
@handle_errors
def check_command(regimes: str | None, as_of: dt.date | None, fmt: str) -> None:
    """Validate every regime, run every example, and report findings (exit 1 if any)."""
    world = resolve_world(regimes)
    day = as_of or dt.date.today()
    report = Report(as_of=day.isoformat(), findings=validate(world))
    if fmt == "json":
        click.echo(dump_json(report.to_json_dict()), nl=False)
    else:
        click.echo(render_report_text(report, world.jurisdictions), nl=False)
    if report.findings:
        sys.exit(1)

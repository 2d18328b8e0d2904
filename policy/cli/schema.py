"""``policy schema``: write the JSON Schemas generated from the models."""

from __future__ import annotations

import sys

import click

from policy.cli._common import handle_errors
from policy.schema import stale_schemas, write_schemas


@click.command("schema")
@click.option("--out", "out", default="schemas", show_default=True, help="Directory to write.")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if any schema is stale.")
@handle_errors
def schema_command(out: str, check: bool) -> None:
    """Write schemas/ (transaction, decision, regime, world, findings, mutate,
    mutate-coverage) from the models."""
    if check:
        stale = stale_schemas(out)
        if stale:
            click.echo(f"stale schemas in {out}: {', '.join(stale)} (run: policy schema)", err=True)
            sys.exit(1)
        click.echo(f"schemas in {out} are up to date")
        return
    for path in write_schemas(out):
        click.echo(f"wrote {path}")

"""``policy explain CODE``: what a finding code means, an example, how to fix or accept it."""

from __future__ import annotations

import click

from policy.cli._common import handle_errors


@click.command("explain")
@click.argument("code")
@handle_errors
def explain_command(code: str) -> None:
    """Explain a finding code (PL001, PL101, PL205, ...): what it means, an example, how to
    fix it and how to accept it in the baseline."""
    from policy.analysis.explain import explain

    click.echo(explain(code).text(), nl=False)

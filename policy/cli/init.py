"""``policy init``: scaffold a new regime repository."""

from __future__ import annotations

import click

from policy.cli._common import handle_errors
from policy.scaffold import scaffold


@click.command("init")
@click.argument("directory", type=click.Path(file_okay=False))
@click.option(
    "--jurisdiction",
    default="KR",
    show_default=True,
    help="Jurisdiction code of the new regime (ISO 3166-1 alpha-2, EU or WA).",
)
@click.option("--no-git", is_flag=True, help="Do not make the directory a git repository.")
@click.option(
    "--requirement",
    metavar="SPEC",
    default=None,
    help="What the scaffold's pyproject and CI install: export-policy==VERSION (this version) by "
    "default, or a VCS URL or wheel such as 'export-policy @ git+https://HOST/OWNER/REPO'.",
)
@handle_errors
def init_command(directory: str, jurisdiction: str, no_git: bool, requirement: str | None) -> None:
    """Scaffold a regime repository in DIRECTORY: a regime module with one rule and one
    example, a test, pyproject settings, a pre-commit hook and a CI workflow. It passes
    `policy check` and `pytest` as generated."""
    for path in scaffold(
        directory, jurisdiction=jurisdiction, git=not no_git, requirement=requirement
    ):
        click.echo(f"wrote {path}")
    click.echo(f"next: cd {directory} && policy check && python -m pytest")

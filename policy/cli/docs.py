"""``policy docs``: write generated_docs/ (Markdown)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from policy.cli._common import handle_errors, regimes_option, resolve_world
from policy.render.files import replace_tree, stale_paths
from policy.render.markdown import GENERATED_MARKER, render_markdown


def _is_generated_page(path: str, data: bytes) -> bool:
    return path.endswith(".md") and data.startswith(GENERATED_MARKER.encode("utf-8"))


@click.command("docs")
@click.option(
    "--out",
    "out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("generated_docs"),
    show_default=True,
    help="Directory for the Markdown pages (replaced whole; pages no longer generated are"
    " removed).",
)
@click.option(
    "--check",
    is_flag=True,
    help="Write nothing; exit 1 if the pages in --out differ from a fresh render.",
)
@regimes_option
@handle_errors
def docs_command(out: Path, check: bool, regimes: str | None) -> None:
    """Generate the documentation from the regimes: one page per jurisdiction, the
    vocabulary, a who-controls-what matrix, a timeline and the findings report.

    The output is deterministic (the same regimes give byte-identical pages), so that a
    stale page shows up as a diff in review and ``--check`` can fail CI on it."""
    started = time.perf_counter()
    world = resolve_world(regimes)
    pages = render_markdown(world)
    if check:
        stale = stale_paths(out, pages)
        if stale:
            shown = ", ".join(stale[:10]) + (", ..." if len(stale) > 10 else "")
            click.echo(
                f"{out}: {len(stale)} page{'s' if len(stale) != 1 else ''} out of date ({shown});"
                " run `policy docs` to regenerate them",
                err=True,
            )
            sys.exit(1)
        click.echo(f"{out}: {len(pages)} pages up to date")
        return
    replace_tree(out, pages, is_generated=_is_generated_page)
    click.echo(f"wrote {len(pages)} pages to {out} in {time.perf_counter() - started:.1f} s")

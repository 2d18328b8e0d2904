"""``policy docs``: write generated_docs/ (Markdown) and, with ``--html``, the HTML site."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from policy.cli._common import PolicyUsageError, handle_errors, regimes_option, resolve_world
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
    "--html",
    "html_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Also build the HTML site (offline, with navigation and search) into this directory.",
)
@click.option(
    "--check",
    is_flag=True,
    help="Write nothing; exit 1 if the pages in --out differ from a fresh render.",
)
@regimes_option
@handle_errors
def docs_command(out: Path, html_dir: Path | None, check: bool, regimes: str | None) -> None:
    """Generate the documentation from the regimes: one page per jurisdiction, the
    vocabulary, a who-controls-what matrix, a timeline and the findings report.

    The output is deterministic (the same regimes give byte-identical pages), so that a
    stale page shows up as a diff in review and ``--check`` can fail CI on it."""
    if check and html_dir is not None:
        raise PolicyUsageError("--check compares the Markdown pages only; drop --html")
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
    message = f"wrote {len(pages)} pages to {out}"
    if html_dir is not None:
        # Only the site needs markdown-it; the Markdown-only path (and --check) skips it.
        from policy.render.site import build_site, is_site_file

        site = build_site(world, pages)
        replace_tree(html_dir, site, is_generated=is_site_file)
        message += f" and the site ({len(site)} files) to {html_dir}"
    click.echo(f"{message} in {time.perf_counter() - started:.1f} s")

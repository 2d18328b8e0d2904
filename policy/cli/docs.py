"""``policy docs``: write generated_docs/ (Markdown) and, with ``--html``, the HTML site."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import click

from policy.cli._common import PolicyUsageError, handle_errors, regimes_option, resolve_world
from policy.render.files import MANIFEST, SHOWN, Foreign, replace_tree, stale_paths
from policy.render.markdown import GENERATED_MARKER, render_markdown


def _is_generated_page(path: str, data: bytes) -> bool:
    return path.endswith(".md") and data.startswith(GENERATED_MARKER.encode("utf-8"))


def _report_left_alone(directory: Path, foreign: list[Foreign]) -> None:
    """One line on stderr per thing policy docs did not write and left alone (the first
    few, then a count), so that nothing in an output directory is skipped in silence."""
    for f in foreign[:SHOWN]:
        click.echo(
            f"policy docs: left {directory / f.path} alone: {f.what} that policy docs did not"
            f" write (not in {MANIFEST})",
            err=True,
        )
    if len(foreign) > SHOWN:
        click.echo(
            f"policy docs: left {len(foreign) - SHOWN} more things in {directory} alone", err=True
        )


def _nested(a: Path, b: Path) -> bool:
    """Whether one directory is, or is inside, the other (after following links)."""
    ra, rb = Path(os.path.realpath(a)), Path(os.path.realpath(b))
    return ra == rb or ra.is_relative_to(rb) or rb.is_relative_to(ra)


@click.command("docs")
@click.option(
    "--out",
    "out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("generated_docs"),
    show_default=True,
    help="Directory for the Markdown pages. Pages it wrote before and no longer generates are"
    f" removed (it lists what it wrote in {MANIFEST}); anything else there is left alone.",
)
@click.option(
    "--html",
    "html_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Also build the HTML site (offline, with navigation and search) into this directory"
    " (the same rules as --out).",
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
    if html_dir is not None and _nested(out, html_dir):
        raise PolicyUsageError(
            f"--out {out} and --html {html_dir} must be separate directories, neither inside"
            " the other"
        )
    started = time.perf_counter()
    world = resolve_world(regimes)
    pages = render_markdown(world)
    if check:
        stale = stale_paths(out, pages, is_generated=_is_generated_page)
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
    _report_left_alone(out, replace_tree(out, pages, is_generated=_is_generated_page))
    message = f"wrote {len(pages)} pages to {out}"
    if html_dir is not None:
        # Only the site needs markdown-it; the Markdown-only path (and --check) skips it.
        from policy.render.site import build_site, is_site_file

        site = build_site(world, pages)
        _report_left_alone(html_dir, replace_tree(html_dir, site, is_generated=is_site_file))
        message += f" and the site ({len(site)} files) to {html_dir}"
    click.echo(f"{message} in {time.perf_counter() - started:.1f} s")

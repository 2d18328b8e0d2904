"""``policy docs``: write generated_docs/ (Markdown pages and their SVG charts) or, with
``--html``, the HTML site."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import click

from policy.cli._common import PolicyUsageError, handle_errors, regimes_option, resolve_world
from policy.render.files import MANIFEST, SHOWN, Foreign, replace_tree, stale_paths
from policy.render.markdown import GENERATED_MARKER, render_docs


def _is_generated_page(path: str, data: bytes) -> bool:
    if path.endswith(".svg"):
        from policy.render.charts.draw import is_chart

        return is_chart(data)
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
    default=None,
    help="Directory for the Markdown pages and their charts (default: generated_docs, or"
    " none with --html). Pages it wrote before and no longer generates are removed (it lists"
    f" what it wrote in {MANIFEST}); anything else there is left alone.",
)
@click.option(
    "--html",
    "html_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Build the HTML site (offline, with navigation, search and the Decide page) into this"
    " directory (the same rules as --out). The Markdown pages are then written only if --out"
    " is given too.",
)
@click.option(
    "--check",
    is_flag=True,
    help="Write nothing; exit 1 if the pages or charts in --out differ from a fresh render.",
)
@regimes_option
@handle_errors
def docs_command(out: Path | None, html_dir: Path | None, check: bool, regimes: str | None) -> None:
    """Generate the documentation from the regimes: one page per jurisdiction, the
    vocabulary, a who-controls-what matrix, a timeline and the findings report, with charts
    of the thresholds (SVG, drawn with matplotlib: the ``docs`` extra).

    The output is deterministic (the same regimes give byte-identical pages and charts), so
    that a stale page shows up as a diff in review and ``--check`` can fail CI on it.
    ``--html DIR`` builds the site alone and leaves generated_docs/ as it is."""
    if check and html_dir is not None:
        raise PolicyUsageError("--check compares the Markdown pages only; drop --html")
    if out is None and html_dir is None:
        out = Path("generated_docs")
    if out is not None and html_dir is not None and _nested(out, html_dir):
        raise PolicyUsageError(
            f"--out {out} and --html {html_dir} must be separate directories, neither inside"
            " the other"
        )
    started = time.perf_counter()
    world = resolve_world(regimes)
    docs = render_docs(world)
    if check:
        assert out is not None
        stale = stale_paths(out, docs, is_generated=_is_generated_page)
        if stale:
            shown = ", ".join(stale[:10]) + (", ..." if len(stale) > 10 else "")
            click.echo(
                f"{out}: {len(stale)} file{'s' if len(stale) != 1 else ''} out of date ({shown});"
                " run `policy docs` to regenerate them",
                err=True,
            )
            sys.exit(1)
        click.echo(f"{out}: {_counted(docs)} up to date")
        return
    written = []
    if out is not None:
        _report_left_alone(out, replace_tree(out, docs, is_generated=_is_generated_page))
        written.append(f"{_counted(docs)} to {out}")
    if html_dir is not None:
        # Only the site needs markdown-it; the Markdown-only path (and --check) skips it.
        from policy.render.site import build_site, is_site_file

        site = build_site(world, docs)
        _report_left_alone(html_dir, replace_tree(html_dir, site, is_generated=is_site_file))
        written.append(f"the site ({len(site)} files) to {html_dir}")
    click.echo(f"wrote {' and '.join(written)} in {time.perf_counter() - started:.1f} s")


def _counted(docs: dict[str, str]) -> str:
    pages = sum(1 for p in docs if p.endswith(".md"))
    charts = len(docs) - pages
    return f"{pages} pages and {charts} chart{'s' if charts != 1 else ''}"

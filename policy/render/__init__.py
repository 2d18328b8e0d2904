"""Rendering: the Markdown pages of ``generated_docs/`` and the HTML site built from them.

Data flows one way into this package: it reads model objects, asks the engine for decisions
(the comparison matrix) and the analysis for findings, turns all of it into plain view data
(:mod:`policy.render.views`), and fills Jinja templates with that data.

:mod:`policy.render.escape` is also what the pull-request comments of ``policy check`` and
``policy diff`` escape with; importing it does not import the pages' machinery (Jinja, the
engine), which loads when :func:`render_markdown` (the pages) or :func:`render_docs` (the
pages and their charts) is first asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from policy.render.markdown import render_docs, render_markdown

__all__ = ["render_docs", "render_markdown"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from policy.render import markdown

        return getattr(markdown, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

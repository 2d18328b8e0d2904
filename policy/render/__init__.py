"""Rendering: the Markdown pages of ``generated_docs/`` and the HTML site built from them.

Data flows one way into this package: it reads model objects, asks the engine for decisions
(the comparison matrix) and the analysis for findings, turns all of it into plain view data
(:mod:`policy.render.views`), and fills Jinja templates with that data.
"""

from policy.render.markdown import render_markdown

__all__ = ["render_markdown"]

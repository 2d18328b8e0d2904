"""The two Jinja environments: one for Markdown pages, one for the HTML site's layout.

Both are sandboxed (a template can only read the plain view data it is given) and use
``StrictUndefined`` (a misspelt variable is an error, not an empty string). The Markdown
environment escapes every ``{{ value }}`` for Markdown (see :mod:`policy.render.escape`);
the HTML environment autoescapes for HTML.
"""

from __future__ import annotations

from typing import Any

from jinja2 import PackageLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from policy.render.escape import md_code, md_finalize, md_html, md_url


def _capitalize_first(text: object) -> str:
    s = str(text)
    return s[:1].upper() + s[1:]


def _thousands(n: int) -> str:
    return f"{n:,}"


def _attr(text: object) -> Markup:
    """A value for a raw HTML attribute inside Markdown (see :func:`md_html`)."""
    return Markup(md_html(text))


def _environment(**options: Any) -> SandboxedEnvironment:
    """The settings both environments share: the package's templates, autoescape, strict
    undefined, and Jinja's block whitespace trimmed so a template's layout does not leak
    into the output."""
    return SandboxedEnvironment(
        loader=PackageLoader("policy.render", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        **options,
    )


def markdown_environment() -> SandboxedEnvironment:
    # autoescape makes macro output Markup (so it is not escaped twice); finalize does the
    # Markdown escaping of every value.
    env = _environment(finalize=md_finalize)
    env.filters["code"] = lambda value: Markup(md_code(value))
    env.filters["url"] = lambda value: Markup(md_url(str(value)))
    env.filters["attr"] = _attr
    env.filters["capitalize_first"] = _capitalize_first
    env.filters["thousands"] = _thousands
    env.globals["indent"] = lambda depth: Markup("  " * depth)
    env.globals["indent_marks"] = lambda depth: Markup("&emsp;" * depth)
    return env


def html_environment() -> SandboxedEnvironment:
    return _environment()

"""Escaping model text for Markdown, and the anchors and URLs the pages link with.

Rule titles, notes and sources are text that regime authors (or a regime JSON file from
someone else) wrote; the Markdown templates escape every such value so that it reads as the
same text on a code host and in the HTML site, and so that a title like
``<script>alert(1)</script>`` stays text: ``<``, ``>`` and ``&`` become entities, the
characters that start Markdown inline syntax (emphasis, links, code, tables, strike-through,
maths) get a backslash, and line breaks become spaces so that no value can start a new
Markdown block or break a table row.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from markupsafe import Markup

# Characters that start inline Markdown anywhere in a line (CommonMark plus the GitHub
# extensions: tables, strike-through, maths).
_INLINE = re.compile(r"([\\`*_\[\]|~$])")
# Characters that start a block only at the beginning of a line (headings, quotes, lists,
# thematic breaks, setext underlines).
_BLOCK_START = re.compile(r"^(\s*)([#>+\-=]|\d+[.)])")
_SPACE = re.compile(r"\s+")
# An ampersand is escaped only where it would start a character reference ("R&D" stays).
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")


def md_escape(text: object) -> str:
    """Return ``text`` as Markdown that renders as exactly this text, on one line (runs of
    white space become one space; leading and trailing space is kept, so that phrases can be
    joined)."""
    s = _SPACE.sub(" ", str(text))
    s = _ENTITY.sub("&amp;", s).replace("<", "&lt;").replace(">", "&gt;")
    s = _INLINE.sub(r"\\\1", s)
    return _BLOCK_START.sub(lambda m: m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], s)


def md_code(text: object) -> str:
    """``text`` as a Markdown code span (for identifiers); falls back to escaped text for
    anything a code span cannot hold inside a table (a ``|`` or a line break)."""
    s = str(text)
    if not s or "|" in s or "\n" in s or "\r" in s:
        return md_escape(s)
    longest = max((len(m) for m in re.findall(r"`+", s)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if s.startswith("`") or s.endswith("`") else ""
    return f"{fence}{pad}{s}{pad}{fence}"


def md_url(url: str) -> str:
    """A URL for a Markdown link destination: characters that would end the destination or
    open HTML are percent-encoded."""
    return quote(url, safe="/:?#[]@!$&'*+,;=%-._~")


def md_finalize(value: object) -> Markup:
    """The Markdown environment's ``finalize``: every ``{{ value }}`` is escaped unless a
    filter already produced Markdown (a :class:`~markupsafe.Markup`)."""
    if isinstance(value, Markup):
        return value
    return Markup(md_escape(value))


_SLUG_DROP = re.compile(r"[^a-z0-9.]+")


def slug(text: str) -> str:
    """A stable anchor from an identifier: ``US-744.23(a)(3)`` -> ``us-744.23-a-3``."""
    return _SLUG_DROP.sub("-", text.lower()).strip("-.") or "x"

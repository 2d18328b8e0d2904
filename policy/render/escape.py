"""Making text from regimes and transactions inert in Markdown, and the anchors and URLs the
pages link with.

Titles, notes, review policies, citations, group, list and party names, classification codes,
example titles and item names are text that somebody else wrote: a regime author, the author
of a transaction, or whoever opened a pull request that changes them. That text reaches the
generated pages and the pull-request comments of ``policy check --format markdown`` and
``policy diff --format markdown``, which a workflow posts in the bot's name. Every such value
goes through :func:`md_escape` (Markdown running text, table cells, headings) or
:func:`md_html` (inside raw HTML in a Markdown document), which make it read as exactly its
own characters, on one line, and start nothing:

* **Line breaks.** Every run of white space (``\\n``, ``\\r``, tabs, U+2028...) becomes one
  space, so a value cannot end its paragraph, table row or HTML block and start a heading
  ("All clear, merge"), a list, a code block or a table of its own.
* **HTML.** ``<`` and ``>`` become ``&lt;`` and ``&gt;`` (no tags, no ``<http://...>``
  autolinks); ``&`` becomes ``&amp;`` where it would start a character reference.
* **Inline Markdown.** A backslash goes before the characters that open inline syntax
  anywhere in a line: ``\\`` (escapes), `````` ` `````` (code), ``*`` and ``_`` (emphasis),
  ``[`` and ``]`` (links, images, footnotes, reference definitions), ``|`` (table cells),
  ``~`` (strike-through, fences) and ``$`` (maths). At the start of a value, where a
  template may put it at the start of a line, also ``#``, ``>``, ``+``, ``-``, ``=`` and
  ``1.``/``1)`` (headings, quotes, lists, setext underlines). The other ASCII punctuation
  starts nothing in the middle of a line: ``!`` makes an image only before ``[``, ``(``
  and ``)`` a link only after ``]``, ``{ }`` nothing in CommonMark or GitHub's dialect,
  ``.`` only an ordered list at the start of a line. Escaping those would change nothing
  that renders and make the committed pages harder to read.
* **What GitHub links after rendering.** GitHub turns ``@name`` into a mention (which
  notifies that person or team), ``#12``, ``owner/repo#12`` and ``GH-12`` into issue
  links, ``www.``, ``https://`` and ``name@host`` into links, and ``:name:`` into emoji
  images. It recognises these in the *text* of the rendered page, after backslash escapes
  and character references have been decoded, so ``\\@name`` and ``&#64;name`` are still
  mentions. What GitHub leaves alone is a pattern that is not there: a zero-width space goes
  right after every ``@``, after the ``#`` of ``#1``, the ``GH-`` of ``GH-1`` and the
  ``:`` of ``:name:``, and between ``www`` or a scheme and what follows (``www&#8203;.``,
  ``https&#8203;://``). The page reads the same; the link, the mention and the notification
  are gone. It is written as the reference ``&#8203;`` so that it can be seen in the
  Markdown source. (Renovate's pull requests break mentions and references in the release
  notes they quote in the same way.) Text in a code span or code block is never linked by
  GitHub and is left as it is.

Bare domains (``example.com``) are not linked by GitHub (its autolinks need ``www.``, a
scheme or an ``@``) and are left alone; nor are hexadecimal words that happen to name a
commit of the same repository, which GitHub links to that commit.
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote

from markupsafe import Markup

_ZWSP = "\u200b"
#: How a zero-width space is written into the output: visible in the Markdown source.
_ZWSP_REF = "&#8203;"

# Characters that start inline Markdown anywhere in a line (CommonMark plus the GitHub
# extensions: tables, strike-through, maths).
_INLINE = re.compile(r"([\\`*_\[\]|~$])")
# Characters that start a block only at the beginning of a line (headings, quotes, lists,
# thematic breaks, setext underlines).
_BLOCK_START = re.compile(r"^(\s*)([#>+\-=]|\d+[.)])")
_SPACE = re.compile(r"\s+")
# An ampersand is escaped only where it would start a character reference ("R&D" stays).
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
# What GitHub links in the text of a rendered page (see the module docstring). Every
# alternative starts with one of a few characters, which the regular expression engine
# skips to, so that text without any of them costs one quick scan.
_LINKED = re.compile(
    r"@"  # mentions, team mentions, e-mail addresses
    r"|#(?=\d)"  # issue and pull-request references: #12, owner/repo#12
    r"|[Gg][Hh]-(?=\d)"  # GH-12
    r"|[Ww]{3}(?=\.)"  # www.example.com
    r"|:(?=//|[A-Za-z0-9_+\-]+:)"  # https://, ftp://; :emoji:
)


def _break(m: re.Match[str]) -> str:
    """The match with a zero-width space after it; for the ``:`` of ``scheme://``, before
    it (``https&#8203;://``), which also keeps linkify-style matchers from taking
    ``//host`` for a link on its own."""
    if m.group(0) == ":" and m.string.startswith("//", m.end()):
        return _ZWSP + ":" if m.string[m.start() - 1 : m.start()].isalpha() else ":"
    return m.group(0) + _ZWSP


def _one_line_unlinked(text: object) -> str:
    """``text`` on one line, with a zero-width space wherever GitHub would make a link."""
    return _LINKED.sub(_break, _SPACE.sub(" ", str(text)))


def md_escape(text: object) -> str:
    """``text`` as Markdown that renders as exactly this text, on one line, with nothing in
    it that renders or links as anything else (see the module docstring for each rule).

    Runs of white space become one space; leading and trailing space is kept, so that
    phrases can be joined."""
    s = _one_line_unlinked(text)
    s = _ENTITY.sub("&amp;", s).replace("<", "&lt;").replace(">", "&gt;")
    s = _INLINE.sub(r"\\\1", s)
    s = _BLOCK_START.sub(lambda m: m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], s)
    return s.replace(_ZWSP, _ZWSP_REF)


def md_html(text: object) -> str:
    """``text`` for inside raw HTML in a Markdown document: the ``<summary>`` of a collapsed
    section, an attribute value.

    Markdown is not parsed there, so backslashes would show; instead the text is
    HTML-escaped (quotes included), kept on one line (a blank line would end the HTML block
    and let the rest be read as Markdown), ``|`` is written ``&#124;`` so that the HTML
    cannot split a table cell, and what GitHub would link gets the same zero-width space as
    in :func:`md_escape`."""
    s = html.escape(_one_line_unlinked(text), quote=True).replace("|", "&#124;")
    return s.replace(_ZWSP, _ZWSP_REF)


def md_code(text: object) -> str:
    """``text`` as a Markdown code span (for identifiers and file names), on one line; falls
    back to :func:`md_escape` for what a code span cannot hold inside a table (a ``|``)
    or at all (nothing)."""
    s = _SPACE.sub(" ", str(text))
    if not s.strip() or "|" in s:
        return md_escape(s)
    longest = max((len(m) for m in re.findall(r"`+", s)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if s.startswith("`") or s.endswith("`") else ""
    return f"{fence}{pad}{s}{pad}{fence}"


def md_fence(text: str, info: str = "") -> str:
    """``text`` (several lines) as a fenced code block whose fence is longer than any run
    of backticks in it, so that nothing inside can close it."""
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{info}\n{text.rstrip(chr(10))}\n{fence}"


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

"""Nothing a regime or a transaction says can write Markdown into what policy prints.

``policy check --format markdown`` and ``policy diff --format markdown`` are posted as
pull-request comments in the bot's name, and ``policy docs`` writes pages people read on
the code host. A regime (or a pull request that changes one) puts a payload in every piece
of text it owns: blank lines and a heading ("All clear, merge"), links, images, raw HTML,
code fences, tables, emphasis, mentions, issue references and bare URLs. Each output is
rendered to HTML with markdown-it-py, with GitHub's dialect switched on as far as it goes
(tables, strike-through, raw HTML, and linkify for bare URLs), and compared with the same
output for a tame regime of the same shape: the payload must add no element at all, show
as its own characters, and leave nothing that GitHub links after rendering (mentions,
``#12``, ``www.``, ``https://``, ``a@b``, ``:emoji:``), which markdown-it does not do and
the test therefore checks in the rendered text.

The GitHub annotation format (``--format github``) must survive the same payloads (and a
regime file whose name holds ``,``, ``:``, ``%`` and a line break): every annotation is one
line, and undoing GitHub's escapes gives back exactly the text.
"""

from __future__ import annotations

import html.parser
import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt

from policy import Regime
from policy.cli import main
from policy.render.escape import md_code, md_escape, md_fence, md_html

# --------------------------------------------------------------------------- payloads

#: Every kind of Markdown and HTML a value could try to start, and everything GitHub links.
#: ``{m}`` marks the field it came from. At most 500 characters (the shortest long field).
LONG = (
    "{m}\n\n# All clear, merge\n\nSetext\n===\n- list\n1. item\n> quote\n\n***\n"
    "```\nfence\n```\n~~~\ntilde\n~~~\n\n    indented\n\n"
    "[a](https://x.com/a) ![i](https://x.com/i.png) [r] [^1]\n\n"
    "[r]: https://x.com/r\n[^1]: note\n\n"
    "<b>b</b> <img src=x onerror=alert(1)> <!-- c --> </summary></details> "
    "<https://x.com/auto> https://x.com/bare www.x.com ftp://x.com "
    "boss@x.com @octocat @org/team #123 o/r#7 GH-9 :shipit: "
    "*e* __s__ ~~x~~ `c` $x$ &#64;octocat &amp; \\#\r\n"
    "| a | b |\n|---|---|\n| c | d |\r\rend\u2028end"
)
#: The same for fields of at most 100 characters (classification codes and prefixes).
SHORT = "{m}\n\n# All clear\n[a](https://evil.example) @octocat #1 www.evil.example |x| `c`"
#: Identifiers may hold ``:``, ``/``, ``.``, ``(``, ``)``, ``&`` and ``'``: enough for a URL.
IDENT = "https://evil.example/{m} www.evil.example"


def _collapse(text: str) -> str:
    return " ".join(text.replace("\u200b", "").split())


# --------------------------------------------------------------------------- rendering


def _markdown_it() -> MarkdownIt:
    """GitHub's dialect as far as markdown-it goes: tables, strike-through, raw HTML, and
    linkify-it-py for bare URLs (with its fuzzy matching of bare domains, which is stricter
    than GitHub)."""
    return MarkdownIt("gfm-like", {"html": True})


class _Page(html.parser.HTMLParser):
    """What a rendered page is made of: its elements (with their attribute names) and
    comments, the hrefs, and the text outside code (what GitHub's linking sees)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: Counter[str] = Counter()
        self.hrefs: list[str] = []
        self.text: list[str] = []
        self.prose: list[str] = []
        self._code = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements[f"<{tag} {' '.join(sorted(k for k, _ in attrs))}>"] += 1
        self.hrefs += [v or "" for k, v in attrs if k in ("href", "src")]
        self._code += tag in ("code", "pre")

    def handle_endtag(self, tag: str) -> None:
        self._code -= tag in ("code", "pre")

    def handle_comment(self, data: str) -> None:
        self.elements["<!-- -->"] += 1

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if not self._code:
            self.prose.append(data)

    @classmethod
    def of(cls, markdown: str) -> _Page:
        page = cls()
        page.feed(_markdown_it().render(markdown))
        page.close()
        return page

    @property
    def visible(self) -> str:
        return _collapse(" ".join(self.text))


#: What GitHub turns into a link, a mention or an image in the text of a rendered page
#: (its mention, issue-reference, autolink and emoji filters), matched loosely: any ``@``
#: or ``#`` right before a letter or digit, any ``www.``, a scheme's ``://``.
GITHUB_LINKED = re.compile(r"@\w|#\d|GH-\d|www\.|[a-z]://|:[a-z0-9_+\-]+:", re.IGNORECASE)


def _github_links(page: _Page) -> list[str]:
    return [m.group(0) for text in page.prose for m in GITHUB_LINKED.finditer(text)]


# --------------------------------------------------------------------------- the escaping itself

#: Values the unit tests below escape: each paragraph of the long payload on its own, and
#: the edges of each rule (block starts, schemes and ``www.`` in any case or after a
#: delimiter GitHub accepts, escapes and references that are already there).
MORE = [
    "# All clear, merge",
    "x\r\n\r\n## All clear",
    "x\u2028\u2029# y",
    "1) item",
    "2023. Not a list",
    "+ plus",
    "- - -",
    "=== ",
    "<details><summary>x</summary>",
    "[x]: https://evil.example",
    "\\",
    "a\\",
    "``` ",
    "&#8203;@octocat",
    "@@octocat",
    "mailto:boss@evil.example",
    "HTTPS://EVIL.EXAMPLE",
    "WWW.EVIL.EXAMPLE",
    "xmpp:boss@evil.example",
    "user@sub.evil.example",
    "look: https://evil.example.",
    "(www.evil.example)",
    "_www.evil.example_",
    "*www.evil.example*",
    "~www.evil.example~",
    "\\@octocat \\#1",
    "10:30:00",
]
PIECES = [
    LONG.format(m="M"),
    SHORT.format(m="M"),
    *(p for p in re.split(r"(?<=\n\n)", LONG.format(m="M")) if p.strip()),
    *MORE,
]

#: Where the templates put a value: each context's Markdown and the escaping it uses.
CONTEXTS: dict[str, tuple[str, Callable[[object], str]]] = {
    "paragraph": ("before {v} after", md_escape),
    "line start": ("{v}", md_escape),
    "list item": ("- **Note:** {v}", md_escape),
    "heading": ("### T-1: {v}", md_escape),
    "table cell": ("| Rule | Title |\n| --- | --- |\n| {v} | x |", md_escape),
    "link text": ("[{v}](vocabulary.md#group-x)", md_escape),
    "summary": ("<details>\n<summary><b>US</b>: {v}</summary>\n\n- body\n</details>", md_html),
    "attribute": ('| a |\n| --- |\n| <span title="{v}">x</span> |', md_html),
}


@pytest.mark.parametrize("context", sorted(CONTEXTS))
@pytest.mark.parametrize("piece", PIECES, ids=range(len(PIECES)))
def test_an_escaped_value_renders_as_its_own_text_and_nothing_else(context, piece):
    template, escape = CONTEXTS[context]
    tame = _Page.of(template.format(v=escape("tame words")))
    hostile = _Page.of(template.format(v=escape(piece)))
    assert hostile.elements == tame.elements, "the value added or removed an element"
    if context == "attribute":
        rendered = _markdown_it().render(template.format(v=escape(piece)))
        title = re.search(r'title="([^"]*)"', rendered)
        assert title and _collapse(html.unescape(title.group(1))) == _collapse(piece)
    else:
        # The page as it reads with a placeholder (NUL, which CommonMark shows as U+FFFD)
        # where the value goes, and the value put back in: the text must be exactly that.
        placeholder = _Page.of(template.format(v=escape("\0"))).visible
        assert hostile.visible == _collapse(placeholder.replace("\ufffd", piece))
    assert not _github_links(hostile), _github_links(hostile)


def test_ordinary_text_is_escaped_only_where_it_would_start_something():
    """The committed pages stay readable: citations, numbers and prose keep their look."""
    for text in (
        "87 FR 62186 (7 Oct 2022), 15 CFR 742.6(a)(6)(iii); ECCN 3A090.a, 4A090.a",
        "R&D centres in D:5 countries and Macau!",
        "A licence is required {for exports}.",
    ):
        assert md_escape(text) == text
    assert md_escape("a_b *c* [d] | e") == "a\\_b \\*c\\* \\[d\\] \\| e"
    assert md_escape("@octocat #1") == "@&#8203;octocat #&#8203;1"
    assert md_escape("see https://x.example") == "see https&#8203;://x.example"
    assert md_html('<b a="1">|</b>') == "&lt;b a=&quot;1&quot;&gt;&#124;&lt;/b&gt;"


def test_a_code_span_stays_one_line_and_cannot_be_closed_from_inside():
    assert md_code("policy/regimes/us.py:120") == "`policy/regimes/us.py:120`"
    assert md_code("a ``b`` c") == "```a ``b`` c```"
    assert md_code("x\n\n# All clear") == "`x # All clear`"
    assert md_code("a | b") == "a \\| b"  # a table cell cannot hold | in a code span
    fenced = md_fence('{"a": "```\\n# x"}\n', "json")
    assert fenced.startswith("````json\n") and fenced.endswith("\n````")
    page = _Page.of(fenced + "\n\n# after")
    assert page.elements["<pre >"] == 1 and page.elements["<h1 >"] == 1


# --------------------------------------------------------------------------- the commands

Text = Callable[[str], str]


def regime(text: Text, short: Text, ident: Text) -> dict[str, object]:
    """A regime with ``text(field)`` in every free-text field, ``short(field)`` in the
    classification codes, and ``ident(field)`` in the identifiers. Its first rule carries an
    example whose stated outcome is wrong (so ``check`` reports it, quoting the example), and
    two more rules start on 2023-01-01 (so ``diff`` reports regions that name the
    classification prefix and the listed party)."""
    party, group, lst = ident("party"), ident("group"), ident("list")
    source = {"document": text("document"), "section": text("section"), "url": "https://x.org/s"}
    tx = {
        "id": text("tx-id")[:200],
        "date": "2023-06-01",
        "exporter": "US",
        "destination": "CN",
        "end_user": {
            "name": text("end-user"),
            "country": "CN",
            "owners": [{"party": party, "share": 60}],
        },
        "item": {
            "kind": "ic.accelerator",
            "name": text("item-name"),
            "params": {"tpp": 5000},
            "classification": {"US": short("classification")},
        },
    }

    def rule(n: int, when: dict[str, object], outcome: str, effective: str) -> dict[str, object]:
        return {
            "id": ident(f"rule-{n}"),
            "title": text(f"title-{n}"),
            "when": when,
            "outcome": outcome,
            "review": text(f"review-{n}"),
            "effective": effective,
            "source": source,
            "simplification": text(f"simplification-{n}"),
            "note": text(f"note-{n}"),
            # Where the rule says it was written: shown as code, or as text if it has a |.
            "defined_at": {"file": text(f"file-{n}") + " |", "line": n},
        }

    first = rule(
        1,
        {
            "op": "all",
            "of": [
                {"op": "kind", "kinds": ["ic"]},
                {"op": ">=", "param": "tpp", "value": 4800},
                {"op": "country", "field": "destination", "groups": [group]},
            ],
        },
        "license_required",
        "2020-01-01",
    )
    first["carveouts"] = [
        {
            "id": ident("carve-out"),
            "title": text("carve-out-title"),
            "when": {"op": "country", "field": "destination", "countries": ["HK"]},
            "effective": "2020-01-01",
            "source": source,
            "note": text("carve-out-note"),
        }
    ]
    first["examples"] = [
        {
            "title": text("example-title"),
            "note": text("example-note"),
            "source": text("example-source"),
            "transaction": tx,
            "outcome": "no_license_required",
        }
    ]
    classified = {"op": "classified", "jurisdiction": "US", "prefixes": [short("prefix")]}
    listed = {"op": "listed", "list": lst}
    return {
        "jurisdiction": "US",
        "name": text("regime-name"),
        "summary": text("summary"),
        "assumptions": [text("assumption")],
        "reach": [
            {
                "id": ident("nexus"),
                "title": text("nexus-title"),
                "when": {"op": "country", "field": "exporter", "countries": ["US"]},
                "effective": "2000-01-01",
                "source": source,
                "note": text("nexus-note"),
            }
        ],
        "groups": [
            {
                "id": group,
                "name": text("group-name"),
                "members": [{"country": "CN", "source": text("member-source")}],
                "source": text("group-source"),
                "note": text("group-note"),
            }
        ],
        "parties": [
            {
                "id": party,
                "name": text("party-name"),
                "country": "CN",
                "aliases": [text("alias")],
                "note": text("party-note"),
            }
        ],
        "lists": [
            {
                "id": lst,
                "name": text("list-name"),
                "listings": [{"party": party, "source": text("listing-source")}],
                "source": text("list-source"),
                "note": text("list-note"),
            }
        ],
        "rules": [
            first,
            rule(2, classified, "prohibited", "2023-01-01"),
            rule(3, listed, "prohibited", "2023-01-01"),
        ],
        "examples": [{"title": text("regime-example"), "transaction": tx, "outcome": "prohibited"}],
    }


def hostile_regime() -> dict[str, object]:
    return regime(
        lambda m: LONG.format(m=f"[{m}]"),
        lambda m: SHORT.format(m=m[:6]),
        lambda m: IDENT.format(m=m),
    )


def tame_regime() -> dict[str, object]:
    return regime(lambda m: f"tame {m}", lambda m: f"tame {m[:6]}", lambda m: f"tame-{m}")


def test_the_hostile_regime_is_a_valid_regime():
    """Every payload fits its field (so the commands below read it rather than refuse it)."""
    for doc in (hostile_regime(), tame_regime()):
        assert Regime.model_validate(doc).rules[0].review == doc["rules"][0]["review"]  # type: ignore[index]


def _run(tmp_path: Path, name: str, doc: dict[str, object], *args: str) -> tuple[int, str]:
    where = tmp_path / name
    where.mkdir()
    (where / "r.json").write_text(json.dumps(doc), encoding="utf-8")
    r = CliRunner().invoke(main, [args[0], "--regimes", str(where / "r.json"), *args[1:]])
    assert r.exit_code in (0, 1), r.output
    return r.exit_code, r.stdout


COMMENTS = {
    "check": ("check", "--as-of", "2023-06-01", "--no-baseline", "--format", "markdown"),
    "diff": ("diff", "--from", "2022-06-01", "--to", "2023-06-01", "--format", "markdown"),
}
#: Fields whose text the comments quote (so that the comparison is not vacuous).
QUOTED = {
    "check": ("[example-title]", "classif", "[end-user]", "evil.example/rule-1"),
    "diff": ("classif", "prefix", "evil.example/party", "evil.example/rule-2"),
}


@pytest.mark.parametrize("command", sorted(COMMENTS))
def test_a_pull_request_comment_quotes_hostile_text_without_rendering_it(tmp_path, command):
    args = COMMENTS[command]
    code, hostile_md = _run(tmp_path, "hostile", hostile_regime(), *args)
    tame_code, tame_md = _run(tmp_path, "tame", tame_regime(), *args)
    assert code == tame_code == (1 if command == "check" else 0)
    hostile, tame = _Page.of(hostile_md), _Page.of(tame_md)
    assert hostile.elements == tame.elements
    assert not hostile.hrefs, hostile.hrefs
    for quoted in QUOTED[command]:
        assert quoted in hostile.visible, quoted
    assert "All clear" in hostile.visible
    assert not _github_links(hostile), _github_links(hostile)


def test_the_generated_pages_show_hostile_text_as_text(tmp_path):
    pages = {}
    for name, doc in (("hostile", hostile_regime()), ("tame", tame_regime())):
        code, _ = _run(tmp_path, name, doc, "docs", "--out", str(tmp_path / name / "docs"))
        assert code == 0
        pages[name] = {p.name: p.read_text() for p in (tmp_path / name / "docs").glob("*.md")}
    assert pages["hostile"].keys() == pages["tame"].keys()
    seen = ""
    for path in sorted(pages["hostile"]):
        hostile, tame = _Page.of(pages["hostile"][path]), _Page.of(pages["tame"][path])
        assert hostile.elements == tame.elements, path
        assert not _github_links(hostile), (path, _github_links(hostile))
        for href in hostile.hrefs:
            # a page, an anchor, or a chart the docs drew (charts/NAME.svg)
            local = r"([a-z]+\.md)?(#[\w.%-]*)?|charts/[a-z0-9._-]+\.svg"
            assert href == "https://x.org/s" or re.fullmatch(local, href), (
                path,
                href,
            )
        seen += hostile.visible
    # Each field shows whole, as the characters it holds: nothing of it became markup.
    for field in (
        "regime-name", "summary", "assumption", "nexus-title", "nexus-note", "group-name",
        "group-note", "party-name", "party-note", "list-name", "list-note", "title-1",
        "review-1", "simplification-1", "note-1", "carve-out-title", "carve-out-note",
        "example-title", "item-name", "end-user", "document", "section", "listing-source",
    ):  # fmt: skip
        assert _collapse(LONG.format(m=f"[{field}]")) in seen, field


# --------------------------------------------------------------------------- GitHub annotations


def _unescape_data(text: str) -> str:
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def _unescape_property(text: str) -> str:
    return _unescape_data(text.replace("%3A", ":").replace("%2C", ","))


def _annotations(output: str) -> list[tuple[str, dict[str, str], str]]:
    """Parse workflow commands as the runner does: ``::name k=v,k=v::message``, one a
    line (a line ends at CR, LF or both; not at U+2028), property values and message
    unescaped."""
    out = []
    for line in re.split(r"\r\n|\r|\n", output):
        if not line.startswith("::"):
            continue
        head, sep, message = line[2:].partition("::")
        assert sep, line
        name, _, props = head.partition(" ")
        pairs = dict(p.split("=", 1) for p in props.split(",") if p)
        out.append((name, {k: _unescape_property(v) for k, v in pairs.items()}, message))
    return out


@pytest.mark.parametrize(
    "args",
    [
        ("check", "--as-of", "2023-06-01", "--no-baseline", "--format", "github"),
        ("diff", "--from", "2022-06-01", "--to", "2023-06-01", "--format", "github"),
    ],
    ids=["check", "diff"],
)
def test_github_annotations_keep_hostile_text_and_file_names_inside_their_line(tmp_path, args):
    doc = hostile_regime()
    for rule in doc["rules"]:  # type: ignore[attr-defined]
        del rule["defined_at"]  # each rule is located in the regime file, whose name is:
    name = "r,a:b%25 \n::error file=x::All clear.json"
    (tmp_path / name).write_text(json.dumps(doc), encoding="utf-8")
    r = CliRunner().invoke(main, [args[0], "--regimes", str(tmp_path / name), *args[1:]])
    assert r.exit_code in (0, 1), r.output
    lines = re.split(r"\r\n|\r|\n", r.stdout.rstrip("\n"))
    annotations = _annotations(r.stdout)
    # Every line is an annotation except check's closing summary; none is forged.
    assert len(annotations) == len(lines) - (args[0] == "check")
    assert {n for n, _, _ in annotations} <= {"error", "warning", "notice"}
    assert all(not line.startswith("::") for line in lines[len(annotations) :])
    files = {props.get("file") for _, props, _ in annotations}
    assert str(tmp_path / name) in files, files
    messages = [_unescape_data(m) for _, _, m in annotations]
    assert all("\n" not in m and "\r" not in m for _, _, m in annotations)
    quoted = "[a](https://evil.example) @octocat #1"
    assert any(f"\n\n# All clear\n{quoted}" in m for m in messages), messages

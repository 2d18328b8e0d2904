"""Conditions in English, as clause trees the templates print as nested lists.

The English of a single condition comes from the model's own ``describe()``, so the docs and
the CLI never disagree; this module adds structure (all/any lists, negations pushed down to
the leaves so that the reader meets "less than 4,800" instead of "not (4,800 or more)") and
links from kinds, country groups and party lists to the vocabulary page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from policy.model import conditions as c
from policy.model import vocabulary as v
from policy.model.regimes import Regime
from policy.render.views.links import (
    VOCABULARY_PAGE,
    group_anchor,
    kind_anchor,
    list_anchor,
    vocabulary_href,
)
from policy.render.views.words import Clause, Phrase, Segment, join_or, or_words


@dataclass(frozen=True)
class ClauseContext:
    """What a condition's words need beyond the condition: the regime whose groups and lists
    it names, and the path prefix from the page being written to the vocabulary page."""

    regime: Regime | None
    vocabulary: str = VOCABULARY_PAGE


#: The comparison that is true exactly when the original is false (for a given value).
_NEGATED = {">=": "<", ">": "<=", "<=": ">", "<": ">="}


def _negate_text(text: str) -> str:
    for verb in (" is ", " was "):
        if verb in text:
            return text.replace(verb, f"{verb}not ", 1)
    return f"it is not the case that {text}"


def _negate(phrase: Phrase) -> Phrase:
    """Negate a phrase whose verb sits in its first segment ("the item is ...")."""
    if not phrase:
        return phrase
    head = phrase[0]
    return (Segment(_negate_text(head.text), head.href), *phrase[1:])


def _kind_phrase(node: c.Kind, ctx: ClauseContext, negated: bool) -> Phrase:
    kinds = v.kinds()
    links = [
        (
            Segment(
                kinds[k].description if k in kinds else k,
                vocabulary_href(kind_anchor(k), page=ctx.vocabulary),
            ),
        )
        for k in node.kinds
    ]
    verb = "the item is not one of " if negated else "the item is one of "
    if len(links) == 1:
        verb = "the item is not " if negated else "the item is "
        verb += "in the category "
    return (Segment(verb), *join_or(links))


def _countries_phrase(node: c.Countries, ctx: ClauseContext, negated: bool) -> Phrase:
    text = node.describe()
    segments: list[Segment] = []
    for g in node.groups:
        marker = f"Country Group {g}"
        before, found, text = text.partition(marker)
        if not found:  # describe() changed its wording: keep the words, lose the link
            text = before
            continue
        segments.append(Segment(before))
        group = ctx.regime.group(g) if ctx.regime else None
        if ctx.regime is not None and group is not None:
            href = vocabulary_href(group_anchor(ctx.regime.jurisdiction, g), page=ctx.vocabulary)
            segments.append(Segment(group.name, href))
        else:
            segments.append(Segment(marker))
    segments.append(Segment(text))
    phrase = tuple(s for s in segments if s.text)
    return _negate(phrase) if negated else phrase


def _listed_phrase(node: c.Listed, ctx: ClauseContext, negated: bool) -> Phrase:
    plist = ctx.regime.party_list(node.list) if ctx.regime else None
    target = (
        Segment(
            plist.name,
            vocabulary_href(list_anchor(ctx.regime.jurisdiction, node.list), page=ctx.vocabulary),
        )
        if plist is not None and ctx.regime is not None
        else Segment(node.list)
    )
    tags = f" with an entry marked {or_words(list(node.tags))}" if node.tags else ""
    if node.min_share is None:
        head = "the end user is not on the " if negated else "the end user is on the "
        return (Segment(head), target, Segment(tags))
    share = f"{node.min_share:g}"
    if negated:
        return (
            Segment("the end user is neither on the "),
            target,
            Segment(f"{tags} nor owned {share}% or more by listed parties"),
        )
    return (
        Segment("the end user is on the "),
        target,
        Segment(f"{tags}, or is owned {share}% or more, directly or indirectly, by listed parties"),
    )


def _leaf_phrase(node: c.Condition, ctx: ClauseContext, negated: bool) -> Phrase:
    if isinstance(node, c.Compare):
        if negated:
            if node.op == "==":
                return (Segment(f"a {node.describe().replace(' of exactly ', ' other than ')}"),)
            node = c.Compare(op=_NEGATED[node.op], param=node.param, value=node.value)  # type: ignore[arg-type]
        return (Segment(node.describe()),)
    if isinstance(node, c.Content):
        if negated and node.cmp != "==":
            node = c.Content(
                jurisdiction=node.jurisdiction,
                cmp=_NEGATED[node.cmp],  # type: ignore[arg-type]
                value=node.value,
            )
            negated = False
        text = node.describe()
        return (Segment(f"it is not the case that the item has {text}" if negated else text),)
    if isinstance(node, c.Const):
        return (Segment("never" if node.value != negated else "always"),)
    if isinstance(node, c.Kind):
        return _kind_phrase(node, ctx, negated)
    if isinstance(node, c.Countries):
        return _countries_phrase(node, ctx, negated)
    if isinstance(node, c.Listed):
        return _listed_phrase(node, ctx, negated)
    phrase = (Segment(node.describe()),)
    return _negate(phrase) if negated else phrase


def clause(cond: c.Condition, ctx: ClauseContext, negated: bool = False) -> Clause:
    """The condition as a clause tree, with negations pushed down to the leaves (De Morgan)
    and nested all-of / any-of lists of the same kind flattened."""
    if isinstance(cond, c.Not):
        return clause(cond.of, ctx, not negated)
    if isinstance(cond, c.All | c.AnyOf):
        join: Literal["all", "any"] = "all" if isinstance(cond, c.All) != negated else "any"
        parts: list[Clause] = []
        for child in cond.of:
            sub = clause(child, ctx, negated)
            parts.extend(sub.parts if sub.join == join else (sub,))
        if not parts:
            return Clause("phrase", (Segment("always" if join == "all" else "never"),))
        if len(parts) == 1:
            return parts[0]
        return Clause(join, parts=tuple(parts))
    return Clause("phrase", _leaf_phrase(cond, ctx, negated))


def condition_clause(
    cond: c.Condition, regime: Regime | None, *, vocabulary: str = VOCABULARY_PAGE
) -> Clause:
    """Public entry: ``cond`` in words, linking groups and lists of ``regime``."""
    return clause(cond, ClauseContext(regime, vocabulary))

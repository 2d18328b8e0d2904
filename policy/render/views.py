"""Plain view data for the templates, built from the model.

Templates never see a live model or engine object: everything they print is a string, a
number, or one of the small frozen dataclasses below, already put into words (conditions as
English clauses with units, outcomes and review policies as sentences, dates as "17 November
2023", transactions as "A100 from the United States to China"). The English of a single
condition comes from the model's own ``describe()``, so the docs and the CLI never disagree;
this module adds structure (all/any lists, negations pushed down to the leaves so that the
reader meets "less than 4,800" instead of "not (4,800 or more)") and links to the
vocabulary.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from policy.analysis.findings import Finding, Report
from policy.model import conditions as c
from policy.model import vocabulary as v
from policy.model.decisions import Outcome
from policy.model.parties import CountryGroup, Dated, PartyList
from policy.model.regimes import Regime
from policy.model.rules import Carveout, Example, Nexus, Rule, Source
from policy.model.transactions import EndUser, Transaction
from policy.model.world import World
from policy.render.escape import slug

# --------------------------------------------------------------------------- small pieces

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def date_words(day: dt.date) -> str:
    """``17 November 2023``: unambiguous for readers in every country, and locale-free so the
    output is byte-identical on every machine."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def in_force_words(start: dt.date | None, end: dt.date | None) -> str:
    """The period of a dated entry in words; ``end`` is the first day it no longer applies,
    so the last day shown is the day before."""
    if start is None and end is None:
        return "always"
    if end is None:
        assert start is not None
        return f"from {date_words(start)}"
    last = date_words(end - dt.timedelta(days=1))
    if start is None:
        return f"until {last}"
    return f"from {date_words(start)} to {last}"


def page_of(jurisdiction: str) -> str:
    """The Markdown page of one jurisdiction (``us.md``)."""
    return f"{jurisdiction.lower()}.md"


def rule_anchor(rule_id: str) -> str:
    return slug(rule_id)


def rule_version_anchor(rule: Rule) -> str:
    return f"{slug(rule.id)}-{rule.effective.isoformat()}"


def nexus_anchor(nexus: Nexus) -> str:
    return f"reach-{slug(nexus.id)}-{nexus.effective.isoformat()}"


def group_anchor(jurisdiction: str, group_id: str) -> str:
    return f"group-{slug(jurisdiction)}-{slug(group_id)}"


def list_anchor(jurisdiction: str, list_id: str) -> str:
    return f"list-{slug(jurisdiction)}-{slug(list_id)}"


def kind_anchor(kind: str) -> str:
    return f"kind-{slug(kind)}"


def parameter_anchor(name: str) -> str:
    return f"parameter-{slug(name)}"


def party_anchor(party_id: str) -> str:
    return f"party-{slug(party_id)}"


@dataclass(frozen=True)
class Segment:
    """A piece of a sentence: text, and a link target when it links somewhere."""

    text: str
    href: str = ""


Phrase = tuple[Segment, ...]


def _or(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " or " + items[-1]


def _join_or(parts: Sequence[Phrase]) -> Phrase:
    """Segments of ``a, b or c``."""
    out: list[Segment] = []
    for i, p in enumerate(parts):
        if i:
            out.append(Segment(" or " if i == len(parts) - 1 else ", "))
        out.extend(p)
    return tuple(out)


@dataclass(frozen=True)
class Clause:
    """A condition in words: a phrase, or all / any of several clauses."""

    join: Literal["phrase", "all", "any"]
    phrase: Phrase = ()
    parts: tuple[Clause, ...] = ()

    @property
    def text(self) -> str:
        """The clause as one plain line (for search and short summaries)."""
        if self.join == "phrase":
            return "".join(s.text for s in self.phrase)
        word = " and " if self.join == "all" else " or "
        return word.join(
            f"({p.text})" if p.join != "phrase" and len(p.parts) > 1 else p.text for p in self.parts
        )


@dataclass(frozen=True)
class OutcomeView:
    """An outcome: ``value`` is the contract string (also the badge's CSS class)."""

    value: str
    label: str
    sentence: str


_OUTCOME_LABEL = {
    Outcome.NOT_APPLICABLE: "Not reached",
    Outcome.NO_LICENSE_REQUIRED: "No licence required",
    Outcome.LICENSE_REQUIRED: "Licence required",
    Outcome.PROHIBITED: "Prohibited",
}
_OUTCOME_SENTENCE = {
    Outcome.NOT_APPLICABLE: "This law does not reach the transaction.",
    Outcome.NO_LICENSE_REQUIRED: "No licence is required.",
    Outcome.LICENSE_REQUIRED: "A licence is required.",
    Outcome.PROHIBITED: "The transaction is prohibited.",
}


def outcome_view(outcome: Outcome) -> OutcomeView:
    return OutcomeView(outcome.value, _OUTCOME_LABEL[outcome], _OUTCOME_SENTENCE[outcome])


OUTCOMES: tuple[OutcomeView, ...] = tuple(
    outcome_view(o) for o in sorted(Outcome, key=lambda o: o.rank)
)


@dataclass(frozen=True)
class SourceView:
    citation: str
    url: str


def source_view(source: Source) -> SourceView:
    return SourceView(source.cite(), source.url or "")


# --------------------------------------------------------------------------- conditions


@dataclass(frozen=True)
class _Context:
    """What a condition's words need beyond the condition: the regime whose groups and lists
    it names, and the path prefix from the page being written to the vocabulary page."""

    regime: Regime | None
    vocabulary: str = "vocabulary.md"


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


def _kind_phrase(node: c.Kind, ctx: _Context, negated: bool) -> Phrase:
    kinds = v.kinds()
    links = [
        (
            Segment(
                kinds[k].description if k in kinds else k,
                f"{ctx.vocabulary}#{kind_anchor(k)}",
            ),
        )
        for k in node.kinds
    ]
    verb = "the item is not one of " if negated else "the item is one of "
    if len(links) == 1:
        verb = "the item is not " if negated else "the item is "
        verb += "in the category "
    return (Segment(verb), *_join_or(links))


def _countries_phrase(node: c.Countries, ctx: _Context, negated: bool) -> Phrase:
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
            href = f"{ctx.vocabulary}#{group_anchor(ctx.regime.jurisdiction, g)}"
            segments.append(Segment(group.name, href))
        else:
            segments.append(Segment(marker))
    segments.append(Segment(text))
    phrase = tuple(s for s in segments if s.text)
    return _negate(phrase) if negated else phrase


def _listed_phrase(node: c.Listed, ctx: _Context, negated: bool) -> Phrase:
    plist = ctx.regime.party_list(node.list) if ctx.regime else None
    target = (
        Segment(plist.name, f"{ctx.vocabulary}#{list_anchor(ctx.regime.jurisdiction, node.list)}")
        if plist is not None and ctx.regime is not None
        else Segment(node.list)
    )
    tags = f" with an entry marked {_or(list(node.tags))}" if node.tags else ""
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


def _leaf_phrase(node: c.Condition, ctx: _Context, negated: bool) -> Phrase:
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


def clause(cond: c.Condition, ctx: _Context, negated: bool = False) -> Clause:
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
    cond: c.Condition, regime: Regime | None, *, vocabulary: str = "vocabulary.md"
) -> Clause:
    """Public entry: ``cond`` in words, linking groups and lists of ``regime``."""
    return clause(cond, _Context(regime, vocabulary))


# --------------------------------------------------------------------------- transactions


@dataclass(frozen=True)
class TransactionView:
    """A transaction in words: ``date``, ``route`` ("from the United States to China"),
    ``item`` ("A100: AI accelerators and GPUs with total processing performance 4,992"), and
    any further facts (end user, end use, persons, origin, content)."""

    date: str
    route: str
    item: str
    facts: tuple[str, ...]

    @property
    def summary(self) -> str:
        extra = "; ".join(self.facts)
        return f"{self.item}, {self.route}, on {self.date}" + (f"; {extra}" if extra else "")


def params_words(params: Mapping[str, float]) -> str:
    known = v.parameters()
    parts = []
    # In the order given: authors list the parameter that matters first (TPP before die area).
    for name in params:
        p = known.get(name)
        parts.append(f"{p.phrase} {p.with_unit(params[name])}" if p else f"{name} {params[name]:g}")
    return ", ".join(parts)


def _end_user_words(end_user: str | EndUser, world: World) -> str:
    if isinstance(end_user, str):
        party = world.parties().get(end_user)
        return f"end user {party.name} ({end_user})" if party else f"end user {end_user}"
    text = f"end user {end_user.name}"
    where = [
        f"located in {v.country_name(end_user.country)}" if end_user.country else "",
        f"headquartered in {v.country_name(end_user.headquarters)}"
        if end_user.headquarters
        else "",
    ]
    owners = ", ".join(f"{o.share:g}% owned by {o.party}" for o in end_user.owners)
    details = ", ".join(x for x in (*where, owners) if x)
    return f"{text} ({details})" if details else text


def transaction_view(tx: Transaction, world: World) -> TransactionView:
    kinds = v.kinds()
    kind = kinds[tx.item.kind].description if tx.item.kind in kinds else tx.item.kind
    item = f"{tx.item.name} ({kind})" if tx.item.name else kind[:1].upper() + kind[1:]
    details = []
    if tx.item.params:
        details.append(params_words(tx.item.params))
    flags = v.flags()
    details.extend(flags.get(f, f) for f in tx.item.flags)
    if details:
        item += ": " + "; ".join(details)
    route = (
        f"from {v.country_name(tx.exporter)} to {v.country_name(tx.destination)}"
        if tx.exporter != tx.destination
        else f"within {v.country_name(tx.exporter)}"
    )
    if tx.channel != "export":
        route += f" ({v.CHANNELS[tx.channel]})"
    facts: list[str] = []
    if tx.end_user is not None:
        facts.append(_end_user_words(tx.end_user, world))
    uses = v.end_uses()
    if tx.end_use:
        facts.append("end use: " + _or([uses.get(u, u) for u in tx.end_use]))
    if tx.persons:
        facts.append("carried out by nationals of " + _or([v.country_name(p) for p in tx.persons]))
    if tx.item.origin and tx.item.origin != tx.exporter:
        facts.append(f"made in {v.country_name(tx.item.origin)}")
    if tx.item.made_with:
        facts.append(
            "made with "
            + _or([v.country_name(j) for j in tx.item.made_with])
            + " technology or tools"
        )
    for j, share in sorted(tx.item.content.items()):
        facts.append(f"{share:g}% {j}-controlled content")
    for j, code in sorted(tx.item.classification.items()):
        facts.append(f"classified {code} under {j} law")
    return TransactionView(date_words(tx.date), route, item, tuple(facts))


# --------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class ExampleView:
    title: str
    transaction: TransactionView
    outcome: OutcomeView
    source: str
    note: str


def example_view(ex: Example, world: World) -> ExampleView:
    return ExampleView(
        ex.title,
        transaction_view(ex.transaction, world),
        outcome_view(ex.outcome),
        ex.source or "",
        ex.note or "",
    )


@dataclass(frozen=True)
class CarveoutView:
    id: str
    title: str
    when: Clause
    effect: str
    in_force: str
    source: SourceView
    note: str


def carveout_view(cv: Carveout, rule: Rule, regime: Regime) -> CarveoutView:
    if cv.outcome.rank < rule.outcome.rank:
        effect = f"when it applies: {_OUTCOME_LABEL[cv.outcome].lower()}."
    else:
        effect = (
            "available, but the outcome stays "
            f"{_OUTCOME_LABEL[cv.outcome].lower()} (the government must be notified and clear"
            " the export)."
        )
    return CarveoutView(
        cv.id,
        cv.title,
        condition_clause(cv.when, regime),
        effect,
        in_force_words(cv.effective, cv.end),
        source_view(cv.source),
        cv.note or "",
    )


@dataclass(frozen=True)
class RuleView:
    """One dated version of a rule. ``anchor`` is the version's own anchor; ``id_anchor``
    is set on the first version of an id (the permalink for the rule as a whole)."""

    id: str
    title: str
    jurisdiction: str
    page: str
    anchor: str
    id_anchor: str
    when: Clause
    outcome: OutcomeView
    review: str
    in_force: str
    effective: str
    end: str
    reach: tuple[Segment, ...]
    carveouts: tuple[CarveoutView, ...]
    source: SourceView
    examples: tuple[ExampleView, ...]
    simplification: str
    note: str
    defined_at: str

    @property
    def href(self) -> str:
        return f"{self.page}#{self.anchor}"


def rule_views(regime: Regime, world: World) -> tuple[RuleView, ...]:
    """Every rule version of ``regime``, grouped by id in the order the ids first appear and
    by date within an id."""
    order: dict[str, list[Rule]] = {}
    for r in regime.rules:
        order.setdefault(r.id, []).append(r)
    nexus_by_id: dict[str, Nexus] = {}
    for n in sorted(regime.reach, key=lambda n: n.effective):
        nexus_by_id.setdefault(n.id, n)
    out: list[RuleView] = []
    for versions in order.values():
        for i, r in enumerate(sorted(versions, key=lambda r: r.effective)):
            reach = tuple(
                Segment(nexus_by_id[n].title, f"#{nexus_anchor(nexus_by_id[n])}")
                if n in nexus_by_id
                else Segment(n)
                for n in r.nexus
            )
            loc = r.defined_at
            out.append(
                RuleView(
                    id=r.id,
                    title=r.title,
                    jurisdiction=regime.jurisdiction,
                    page=page_of(regime.jurisdiction),
                    anchor=rule_version_anchor(r),
                    id_anchor=rule_anchor(r.id) if i == 0 else "",
                    when=condition_clause(r.when, regime),
                    outcome=outcome_view(r.outcome),
                    review=r.review or "",
                    in_force=in_force_words(r.effective, r.end),
                    effective=r.effective.isoformat(),
                    end=r.end.isoformat() if r.end else "",
                    reach=reach,
                    carveouts=tuple(carveout_view(cv, r, regime) for cv in r.carveouts),
                    source=source_view(r.source),
                    examples=tuple(example_view(ex, world) for ex in r.examples),
                    simplification=r.simplification or "",
                    note=r.note or "",
                    defined_at=f"{loc.file}:{loc.line}" if loc and loc.file else "",
                )
            )
    return tuple(out)


@dataclass(frozen=True)
class NexusView:
    id: str
    title: str
    anchor: str
    when: Clause
    in_force: str
    source: SourceView
    note: str


def nexus_views(regime: Regime) -> tuple[NexusView, ...]:
    return tuple(
        NexusView(
            n.id,
            n.title,
            nexus_anchor(n),
            condition_clause(n.when, regime),
            in_force_words(n.effective, n.end),
            source_view(n.source),
            n.note or "",
        )
        for n in regime.reach
    )


@dataclass(frozen=True)
class RegimeView:
    code: str
    name: str
    country: str
    page: str
    summary: str
    reach: tuple[NexusView, ...]
    rules: tuple[RuleView, ...]
    examples: tuple[ExampleView, ...]
    assumptions: tuple[str, ...]
    simplifications: int
    groups: tuple[Segment, ...]
    lists: tuple[Segment, ...]
    first: str
    last: str


def regime_view(regime: Regime, world: World) -> RegimeView:
    dates = regime.change_dates()
    rules = rule_views(regime, world)
    return RegimeView(
        code=regime.jurisdiction,
        name=regime.name,
        country=v.country_name(regime.jurisdiction),
        page=page_of(regime.jurisdiction),
        summary=regime.summary,
        reach=nexus_views(regime),
        rules=rules,
        examples=tuple(example_view(ex, world) for ex in regime.examples),
        assumptions=regime.assumptions,
        simplifications=sum(1 for r in rules if r.simplification),
        groups=tuple(
            Segment(g.name, f"vocabulary.md#{group_anchor(regime.jurisdiction, g.id)}")
            for g in regime.groups
        ),
        lists=tuple(
            Segment(li.name, f"vocabulary.md#{list_anchor(regime.jurisdiction, li.id)}")
            for li in regime.lists
        ),
        first=date_words(dates[0]) if dates else "",
        last=date_words(dates[-1]) if dates else "",
    )


# --------------------------------------------------------------------------- vocabulary


@dataclass(frozen=True)
class KindView:
    name: str
    anchor: str
    description: str
    depth: int


@dataclass(frozen=True)
class ParameterView:
    name: str
    anchor: str
    label: str
    unit: str
    direction: str
    description: str
    formula: str


_DIRECTION = {
    "higher": "higher is more capable",
    "lower": "lower is more capable",
    "neutral": "neither way",
}


@dataclass(frozen=True)
class Term:
    name: str
    description: str


@dataclass(frozen=True)
class MemberView:
    code: str
    name: str
    period: str


@dataclass(frozen=True)
class GroupView:
    jurisdiction: str
    id: str
    name: str
    anchor: str
    members: tuple[MemberView, ...]
    source: str
    note: str


@dataclass(frozen=True)
class ListingView:
    party: str
    party_name: str
    href: str
    tags: str
    period: str
    source: str


@dataclass(frozen=True)
class ListView:
    jurisdiction: str
    id: str
    name: str
    anchor: str
    listings: tuple[ListingView, ...]
    source: str
    note: str


@dataclass(frozen=True)
class PartyView:
    id: str
    anchor: str
    name: str
    country: str
    headquarters: str
    owners: str
    aliases: str
    note: str


@dataclass(frozen=True)
class VocabularyView:
    kinds: tuple[KindView, ...]
    parameters: tuple[ParameterView, ...]
    flags: tuple[Term, ...]
    end_uses: tuple[Term, ...]
    channels: tuple[Term, ...]
    groups: tuple[GroupView, ...]
    lists: tuple[ListView, ...]
    parties: tuple[PartyView, ...]


def _period(d: Dated) -> str:
    return in_force_words(d.start, d.end)


def group_view(regime: Regime, g: CountryGroup) -> GroupView:
    members = sorted(
        g.members, key=lambda m: (v.country_name(m.country), m.start or dt.date.min, m.country)
    )
    return GroupView(
        regime.jurisdiction,
        g.id,
        g.name,
        group_anchor(regime.jurisdiction, g.id),
        tuple(
            MemberView(
                m.country,
                v.country_name(m.country),
                "" if m.start is None and m.end is None else _period(m),
            )
            for m in members
        ),
        g.source or "",
        g.note or "",
    )


def list_view(regime: Regime, li: PartyList, world: World) -> ListView:
    parties = world.parties()
    entries = sorted(li.listings, key=lambda e: (e.party, e.start or dt.date.min))
    return ListView(
        regime.jurisdiction,
        li.id,
        li.name,
        list_anchor(regime.jurisdiction, li.id),
        tuple(
            ListingView(
                e.party,
                parties[e.party].name if e.party in parties else e.party,
                f"#{party_anchor(e.party)}" if e.party in parties else "",
                ", ".join(e.tags),
                _period(e),
                e.source or "",
            )
            for e in entries
        ),
        li.source or "",
        li.note or "",
    )


def vocabulary_view(world: World) -> VocabularyView:
    return VocabularyView(
        kinds=tuple(
            KindView(k.name, kind_anchor(k.name), k.description, k.name.count("."))
            for k in v.kinds().values()
        ),
        parameters=tuple(
            ParameterView(
                p.name,
                parameter_anchor(p.name),
                p.phrase,
                p.unit,
                _DIRECTION[p.direction],
                p.description,
                p.formula,
            )
            for p in v.parameters().values()
        ),
        flags=tuple(Term(n, d) for n, d in v.flags().items()),
        end_uses=tuple(Term(n, d) for n, d in v.end_uses().items()),
        channels=tuple(Term(n, d) for n, d in v.CHANNELS.items()),
        groups=tuple(
            group_view(r, g)
            for r in sorted(world.regimes, key=lambda r: r.jurisdiction)
            for g in r.groups
        ),
        lists=tuple(
            list_view(r, li, world)
            for r in sorted(world.regimes, key=lambda r: r.jurisdiction)
            for li in r.lists
        ),
        parties=tuple(
            PartyView(
                p.id,
                party_anchor(p.id),
                p.name,
                v.country_name(p.country),
                v.country_name(p.headquarters) if p.headquarters else "",
                ", ".join(f"{o.party} ({o.share:g}%)" for o in p.owners),
                ", ".join(p.aliases),
                p.note or "",
            )
            for p in world.parties().values()
        ),
    )


# --------------------------------------------------------------------------- timeline


@dataclass(frozen=True)
class EventView:
    jurisdiction: str
    text: str
    title: str
    href: str


@dataclass(frozen=True)
class DayView:
    date: str
    iso: str
    events: tuple[EventView, ...]


@dataclass(frozen=True)
class YearView:
    year: int
    days: tuple[DayView, ...]


def _events(world: World) -> Iterable[tuple[dt.date, int, EventView]]:
    """(date, order, event) for everything dated in the world. ``order`` keeps a stable
    reading order within a day: rules, exceptions, reach, groups, lists."""
    for regime in sorted(world.regimes, key=lambda r: r.jurisdiction):
        j = regime.jurisdiction
        page = page_of(j)

        def both(
            start: dt.date | None,
            end: dt.date | None,
            order: int,
            starts: str,
            ends: str,
            title: str,
            href: str,
            j: str = j,
        ) -> Iterable[tuple[dt.date, int, EventView]]:
            if start is not None:
                yield start, order, EventView(j, starts, title, href)
            if end is not None:
                yield end, order, EventView(j, ends, title, href)

        for r in regime.rules:
            href = f"{page}#{rule_version_anchor(r)}"
            yield from both(
                r.effective,
                r.end,
                0,
                f"rule {r.id} takes effect",
                f"rule {r.id} stops applying",
                r.title,
                href,
            )
            for cv in r.carveouts:
                yield from both(
                    cv.effective,
                    cv.end,
                    1,
                    f"exception {cv.id} to rule {r.id} takes effect",
                    f"exception {cv.id} to rule {r.id} stops applying",
                    cv.title,
                    href,
                )
        for n in regime.reach:
            yield from both(
                n.effective,
                n.end,
                2,
                "the law starts to reach",
                "the law no longer reaches",
                n.title,
                f"{page}#{nexus_anchor(n)}",
            )
        for g in regime.groups:
            href = f"vocabulary.md#{group_anchor(j, g.id)}"
            for mb in g.members:
                name = v.country_name(mb.country)
                yield from both(
                    mb.start, mb.end, 3, f"{name} joins", f"{name} leaves", g.name, href
                )
        for li in regime.lists:
            href = f"vocabulary.md#{list_anchor(j, li.id)}"
            for e in li.listings:
                tags = f" (marked {', '.join(e.tags)})" if e.tags else ""
                yield from both(
                    e.start,
                    e.end,
                    4,
                    f"{e.party} is listed{tags} on",
                    f"{e.party} is removed{tags} from",
                    li.name,
                    href,
                )


def timeline_view(world: World) -> tuple[YearView, ...]:
    """Every dated change, by year and day; within a day by jurisdiction, then rules,
    exceptions, reach, groups and lists."""
    by_day: dict[dt.date, list[tuple[int, EventView]]] = {}
    for day, order, event in _events(world):
        by_day.setdefault(day, []).append((order, event))
    days = [
        DayView(
            date_words(day),
            day.isoformat(),
            tuple(
                e
                for _, e in sorted(
                    events, key=lambda oe: (oe[1].jurisdiction, oe[0], oe[1].text, oe[1].title)
                )
            ),
        )
        for day, events in sorted(by_day.items())
    ]
    years: dict[int, list[DayView]] = {}
    for d in days:
        years.setdefault(int(d.iso[:4]), []).append(d)
    return tuple(YearView(y, tuple(ds)) for y, ds in sorted(years.items()))


# --------------------------------------------------------------------------- findings


#: The evasion moves of DESIGN.md in words; a user's own move shows its name.
MOVES: Mapping[str, str] = {
    "supplier_substitution": "buy the same capability from a jurisdiction that does not control it",
    "transshipment": "ship the item through a third country",
    "de_minimis_dilution": "dilute the controlled content below the de minimis share",
    "foreign_manufacture": "make the item abroad without the controlling jurisdiction's"
    " technology or tools",
    "affiliate": "sell to an unlisted affiliate of a listed end user",
    "remote_access": "use the item remotely instead of exporting it",
    "pre_effective_order": "ship before the rule takes effect",
    "design_under_threshold": "design the item just under a threshold",
}

_CATEGORY = {
    "loophole": "Loopholes between jurisdictions",
    "consistency": "Consistency of each regime",
    "validation": "Validation",
}


@dataclass(frozen=True)
class RuleRefView:
    id: str
    href: str
    location: str


@dataclass(frozen=True)
class FindingView:
    code: str
    category: str
    severity: str
    move: str
    move_words: str
    message: str
    jurisdictions: str
    rules: tuple[RuleRefView, ...]
    denied: TransactionView | None
    witness: tuple[TransactionView, ...]
    path: tuple[str, ...]
    baselined: bool


@dataclass(frozen=True)
class CategoryView:
    name: str
    title: str
    findings: tuple[FindingView, ...]


@dataclass(frozen=True)
class ReportView:
    as_of: str
    cells: int
    categories: tuple[CategoryView, ...]
    total: int
    checks: str


def finding_view(f: Finding, world: World) -> FindingView:
    anchors: dict[str, str] = {}
    for regime in sorted(world.regimes, key=lambda r: r.jurisdiction):
        for r in regime.rules:
            anchors.setdefault(r.id, f"{page_of(regime.jurisdiction)}#{rule_anchor(r.id)}")
    return FindingView(
        code=f.code,
        category=f.category,
        severity=f.severity,
        move=f.move.replace("_", " ") if f.move else "",
        move_words=MOVES.get(f.move, "") if f.move else "",
        message=f.message,
        jurisdictions=", ".join(f.jurisdictions),
        rules=tuple(
            RuleRefView(r.id, anchors.get(r.id, ""), f"{r.file}:{r.line}" if r.file else "")
            for r in f.rules
        ),
        denied=transaction_view(f.denied, world) if f.denied else None,
        witness=tuple(transaction_view(w, world) for w in f.witness),
        path=tuple(step.replace("_", " ") for step in f.path),
        baselined=f.baselined,
    )


def report_view(report: Report, world: World, *, checks: str) -> ReportView:
    """The report by category (loopholes first), each sorted as ``policy check`` sorts."""
    findings = sorted(report.findings, key=Finding.sort_key)
    order = [*_CATEGORY, *sorted({f.category for f in findings} - set(_CATEGORY))]
    categories = tuple(
        CategoryView(
            name,
            _CATEGORY.get(name, name.capitalize()),
            tuple(finding_view(f, world) for f in findings if f.category == name),
        )
        for name in order
        if any(f.category == name for f in findings)
    )
    return ReportView(
        as_of=date_words(dt.date.fromisoformat(report.as_of)),
        cells=report.cells,
        categories=categories,
        total=len(findings),
        checks=checks,
    )


# --------------------------------------------------------------------------- index


@dataclass(frozen=True)
class PageLink:
    title: str
    href: str
    blurb: str


@dataclass(frozen=True)
class IndexView:
    regimes: tuple[RegimeView, ...]
    pages: tuple[PageLink, ...]
    outcomes: tuple[OutcomeView, ...]
    rule_count: int
    example_count: int
    simplification_count: int
    assumption_count: int
    first: str
    last: str
    extras: Mapping[str, str] = field(default_factory=dict)

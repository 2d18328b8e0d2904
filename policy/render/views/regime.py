"""The page of one jurisdiction (``us.md``...): its rules, every dated version of each, their
exceptions and worked examples, and the ways its law reaches a transaction."""

from __future__ import annotations

from dataclasses import dataclass

from policy.model import vocabulary as v
from policy.model.regimes import Implementation, Modelled, Regime
from policy.model.rules import Carveout, Example, Nexus, Rule
from policy.model.world import World
from policy.render.views.conditions import condition_clause
from policy.render.views.links import (
    group_anchor,
    list_anchor,
    nexus_anchor,
    page_of,
    rule_anchor,
    rule_version_anchor,
    vocabulary_href,
)
from policy.render.views.transactions import TransactionView, transaction_view
from policy.render.views.words import (
    OUTCOME_LABELS,
    Clause,
    OutcomeView,
    Segment,
    SourceView,
    date_words,
    in_force_words,
    outcome_view,
    source_view,
)


@dataclass(frozen=True)
class ExampleView:
    """A worked example: a transaction and the outcome the law gives it (``policy check``
    reports an example the engine decides otherwise)."""

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
    """An exception to a rule; ``effect`` says whether it lifts the rule's outcome or only
    makes the exception available (a notified export that keeps the outcome)."""

    id: str
    title: str
    when: Clause
    effect: str
    in_force: str
    source: SourceView
    note: str


def carveout_view(cv: Carveout, rule: Rule, regime: Regime) -> CarveoutView:
    if cv.outcome.rank < rule.outcome.rank:
        effect = f"when it applies: {OUTCOME_LABELS[cv.outcome].lower()}."
    else:
        effect = (
            "available, but the outcome stays "
            f"{OUTCOME_LABELS[cv.outcome].lower()} (the government must be notified and clear"
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
    """One dated version of a way the law reaches a transaction (territory, re-export, de
    minimis content, foreign direct product...)."""

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
    """A jurisdiction's page; ``first`` and ``last`` are the first and last dates on which
    its modelled law changes (empty when nothing in it is dated)."""

    code: str
    name: str
    country: str
    page: str
    summary: str
    reach: tuple[NexusView, ...]
    rules: tuple[RuleView, ...]
    examples: tuple[ExampleView, ...]
    assumptions: tuple[str, ...]
    #: what the regime models, one line per part (empty: it declares nothing, so it is
    #: taken to model every kind), and the lists it implements, in words
    models: tuple[str, ...]
    implements: tuple[str, ...]
    simplifications: int
    groups: tuple[Segment, ...]
    lists: tuple[Segment, ...]
    first: str
    last: str


def _modelled_words(part: Modelled) -> str:
    kinds = v.kinds()
    words = ", ".join(f"{kinds[k].description} ({k})" if k in kinds else k for k in part.kinds)
    if part.channels:
        words += " (only by " + ", ".join(c.replace("_", " ") for c in part.channels) + ")"
    if part.since is not None:
        words += f" (from {date_words(part.since)})"
    return words + (f": {part.note}" if part.note else "")


def _implementation_words(i: Implementation) -> str:
    where = ", ".join([*(v.country_name(c) for c in i.exporters), *i.groups])
    span = f"since {date_words(i.since)}" + (f" until {date_words(i.until)}" if i.until else "")
    cite = f" ({i.source.cite()})" if i.source else ""
    return f"the list of {i.of}, for exports from {where}, {span}{cite}"


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
        models=tuple(_modelled_words(m) for m in regime.models or ()),
        implements=tuple(_implementation_words(i) for i in regime.implements),
        simplifications=sum(1 for r in rules if r.simplification),
        groups=tuple(
            Segment(g.name, vocabulary_href(group_anchor(regime.jurisdiction, g.id)))
            for g in regime.groups
        ),
        lists=tuple(
            Segment(li.name, vocabulary_href(list_anchor(regime.jurisdiction, li.id)))
            for li in regime.lists
        ),
        first=date_words(dates[0]) if dates else "",
        last=date_words(dates[-1]) if dates else "",
    )

"""The comparison matrix: who controls what, computed by the engine.

For each item kind the matrix builds one *representative item* and decides, with
:func:`policy.decide`, a plain export of it from each jurisdiction to each destination on a
given date. The representative item is the most capable item of its kind:

* when the supplier catalogue lists firms that make the kind, the best value any of them
  reaches on each parameter (highest or lowest, in the direction the vocabulary says is more
  capable): the most capable item that exists;
* otherwise a hypothetical item beyond every threshold that a rule or reach condition on that
  kind (or a broader kind) compares: half again above the highest threshold for "higher is
  more capable" parameters, half the lowest for "lower is more capable" ones.

The transactions name no end user, no end use and no flags, so the matrix shows the controls
that follow from the item itself; end-use and end-user rules (an Entity List party, an
advanced-node fab) are on the jurisdiction pages. A jurisdiction that is not a state (the EU,
the Wassenaar floor) exports from the first country, in alphabetical order of code, whose
exports its reach covers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from policy.engine.decide import decide
from policy.model import conditions as c
from policy.model import vocabulary as v
from policy.model.decisions import Outcome
from policy.model.transactions import Item, Transaction
from policy.model.world import World
from policy.render.views.links import kind_anchor, vocabulary_href
from policy.render.views.transactions import params_words
from policy.render.views.words import (
    OUTCOMES,
    OutcomeView,
    date_words,
    is_not_modelled,
    outcome_view,
)
from policy.render.world_cache import WorldCache

#: Destinations shown beside China, and why each is there.
DESTINATIONS: tuple[tuple[str, str], ...] = (
    ("CN", "the main target of the chip controls"),
    ("RU", "under the broadest embargoes"),
    ("VN", "a national-security concern for the US, not under an arms embargo"),
    ("SA", "a Middle East destination the US added in 2023"),
    ("NL", "an allied country that itself controls chip-making equipment"),
    ("US", "to show controls other jurisdictions apply to exports to the US"),
)


@dataclass(frozen=True)
class Representative:
    """The item a kind's row decides (see the module's docstring); ``basis`` says where its
    parameter values come from."""

    kind: str
    label: str
    href: str
    params: dict[str, float]
    basis: str

    @property
    def words(self) -> str:
        return params_words(self.params) if self.params else "no parameters compared"


def _row_kinds(world: World) -> list[str]:
    """The matrix's rows: every leaf of the kind tree, and every kind the supplier catalogue
    names (deposition tools are ``sme.deposition``, a kind with a child), in tree order."""
    names = list(v.kinds())
    supplied = {s.kind for s in world.suppliers}
    return [
        k
        for k in names
        if k != "other" and (k in supplied or not any(n.startswith(k + ".") for n in names))
    ]


def _scoped_atoms(world: World) -> Iterable[tuple[list[c.Kind], list[c.Condition]]]:
    """(kind atoms, all atoms) of every reach and rule condition; a carve-out is read in its
    rule's scope (its own condition rarely names a kind)."""
    for regime in world.regimes:
        for n in regime.reach:
            atoms = list(n.when.atoms())
            yield [a for a in atoms if isinstance(a, c.Kind)], atoms
        for r in regime.rules:
            atoms = list(r.when.atoms())
            kinds = [a for a in atoms if isinstance(a, c.Kind)]
            yield kinds, atoms
            for cv in r.carveouts:
                yield kinds, list(cv.when.atoms())


def _thresholds(world: World, kind: str) -> dict[str, list[float]]:
    """Parameter -> the thresholds compared in conditions that can apply to ``kind``."""
    out: dict[str, list[float]] = {}
    for kinds, atoms in _scoped_atoms(world):
        if kinds and not any(k.matches(kind) for k in kinds):
            continue
        for a in atoms:
            if isinstance(a, c.Compare):
                out.setdefault(a.param, []).append(a.value)
    return out


def _rounded(name: str, value: float) -> float:
    return round(value, v.parameter(name).decimals)


def representative(world: World, kind: str) -> Representative:
    params: dict[str, float] = {}
    firms: list[str] = []
    for s in sorted(world.suppliers, key=lambda s: (s.jurisdiction, s.firm)):
        if s.kind != kind:
            continue
        firms.append(f"{s.firm} ({s.jurisdiction})")
        for name, value in v.with_derived(s.capability).items():
            direction = v.parameter(name).direction
            if direction == "neutral":
                if name not in params:
                    params[name] = value
            elif name not in params or (direction == "higher") == (value > params[name]):
                params[name] = value
    # A kind the catalogue covers is represented by the best real item; only kinds it does
    # not cover get a hypothetical item beyond the rules' thresholds.
    for name, values in sorted(_thresholds(world, kind).items()) if not firms else ():
        direction = v.parameter(name).direction
        if direction == "higher":
            params[name] = _rounded(name, max(values) * 1.5)
        elif direction == "lower":
            params[name] = _rounded(name, min(values) / 2)
    basis = []
    if firms:
        basis.append("the best in the supplier catalogue (" + ", ".join(firms) + ")")
    elif params:
        basis.append("beyond every threshold the rules compare (no supplier in the catalogue)")
    kinds = v.kinds()
    return Representative(
        kind,
        kinds[kind].description if kind in kinds else kind,
        vocabulary_href(kind_anchor(kind)),
        dict(sorted(params.items())),
        "; ".join(basis) or "no parameter compared by any rule",
    )


def _transaction(day: dt.date, exporter: str, destination: str, rep: Representative) -> Transaction:
    return Transaction(
        date=day,
        exporter=exporter,
        destination=destination,
        item=Item(kind=rep.kind, params=rep.params, origin=exporter),
    )


def home_country(world: World, jurisdiction: str, day: dt.date) -> str | None:
    """The country a jurisdiction's exports leave from in the matrix: itself for a state,
    else the first country (by code) whose plain exports the jurisdiction's reach covers."""
    if v.is_country(jurisdiction):
        return jurisdiction
    return _first_reached(world, jurisdiction, day)


#: (jurisdiction, date) -> the country :func:`home_country` found, per world: one search
#: decides a transaction for every country, and the matrix asks for each cell.
_FIRST_REACHED: WorldCache[tuple[str, dt.date], str | None] = WorldCache()


def _first_reached(world: World, jurisdiction: str, day: dt.date) -> str | None:
    def search() -> str | None:
        for code in v.countries():
            tx = Transaction(
                date=day,
                exporter=code,
                destination="CN" if code != "CN" else "US",
                item=Item(kind="other", origin=code),
            )
            if decide(world, tx).verdicts[jurisdiction].reached:
                return code
        return None

    return _FIRST_REACHED.get(world, (jurisdiction, day), search)


#: Matrix cells are narrow: the outcome in two words (the legend says the rest).
SHORT_OUTCOMES: dict[str, str] = {
    Outcome.NOT_APPLICABLE.value: "not reached",
    Outcome.NO_LICENSE_REQUIRED.value: "no licence",
    Outcome.LICENSE_REQUIRED.value: "licence",
    Outcome.PROHIBITED.value: "prohibited",
}


@dataclass(frozen=True)
class MatrixCell:
    """What a cell shows (``text``), its outcome's value for the badge's CSS class (empty in
    the tables that name jurisdictions instead), and the whole answer as its hover ``title``."""

    text: str
    outcome: str
    title: str
    #: the regime does not model this item or route (see :func:`is_not_modelled`)
    not_modelled: bool = False


@dataclass(frozen=True)
class MatrixRow:
    """An item kind's row; ``label`` and ``href`` name and link the kind."""

    kind: str
    label: str
    href: str
    cells: tuple[MatrixCell, ...]


@dataclass(frozen=True)
class MatrixColumn:
    """A column: ``title`` is its code (a jurisdiction, a destination, an ISO date) and
    ``note`` its words (where a non-state's exports leave from, a country's name, a date)."""

    title: str
    note: str


@dataclass(frozen=True)
class MatrixTable:
    columns: tuple[MatrixColumn, ...]
    rows: tuple[MatrixRow, ...]


@dataclass(frozen=True)
class MatrixView:
    as_of: str
    as_of_iso: str
    by_jurisdiction: MatrixTable
    by_destination: MatrixTable
    over_time: MatrixTable
    destinations: tuple[tuple[str, str], ...]
    domestic: tuple[str, ...]
    items: tuple[Representative, ...]
    outcomes: tuple[OutcomeView, ...]


def _restrictive(
    world: World, day: dt.date, rep: Representative, destination: str
) -> tuple[list[str], list[str]]:
    """Jurisdictions whose law requires a licence for (or prohibits) the representative
    export of ``rep`` to ``destination`` from their own territory, and those whose law
    does not model it (see :func:`is_not_modelled`)."""
    out: list[str] = []
    unmodelled: list[str] = []
    for j in world.jurisdictions:
        home = home_country(world, j, day)
        if home is None or home == destination:
            continue
        verdict = decide(world, _transaction(day, home, destination, rep)).verdicts[j]
        if verdict.outcome.restrictive:
            out.append(j)
        elif is_not_modelled(verdict):
            unmodelled.append(j)
    return out, unmodelled


def _names(found: tuple[list[str], list[str]]) -> MatrixCell:
    codes, unmodelled = found
    text = ", ".join(codes) if codes else "none"
    title = (
        "licence required or prohibited by " + ", ".join(codes)
        if codes
        else "no jurisdiction requires a licence"
    )
    if unmodelled:
        # marked, so that "none" is never read as a confident answer where a law is silent
        text += " (not modelled: " + ", ".join(unmodelled) + ")"
        title += "; not modelled by " + ", ".join(unmodelled)
    return MatrixCell(text, "", title, not_modelled=bool(unmodelled))


def matrix_view(
    world: World,
    *,
    as_of: dt.date,
    history: Sequence[dt.date],
    destinations: Sequence[tuple[str, str]] = DESTINATIONS,
) -> MatrixView:
    """The matrix on ``as_of`` (by jurisdiction for China, by destination for the others)
    and for China on each day of ``history`` on which the answer changes."""
    reps = tuple(representative(world, k) for k in _row_kinds(world))
    jurisdictions = world.jurisdictions
    homes = {j: home_country(world, j, as_of) for j in jurisdictions}

    main = destinations[0][0]
    # A jurisdiction whose exports start in the destination itself has nothing to say about
    # exports *to* it (China's controls show in the other destinations' table).
    shown = [j for j in jurisdictions if homes[j] != main]
    rows = []
    for rep in reps:
        cells = []
        for j in shown:
            home = homes[j]
            if home is None:
                cells.append(MatrixCell("-", "", "no country found whose exports this law reaches"))
                continue
            verdict = decide(world, _transaction(as_of, home, main, rep)).verdicts[j]
            if is_not_modelled(verdict):
                cells.append(
                    MatrixCell(
                        "not modelled",
                        "not_modelled",
                        "this law is not modelled for this item",
                        not_modelled=True,
                    )
                )
                continue
            ov = outcome_view(verdict.outcome)
            title = ov.label + (f" ({verdict.review})" if verdict.review else "")
            if verdict.rules:
                title += ": " + ", ".join(verdict.rules)
            cells.append(
                MatrixCell(SHORT_OUTCOMES[verdict.outcome.value], verdict.outcome.value, title)
            )
        rows.append(MatrixRow(rep.kind, rep.label, rep.href, tuple(cells)))
    columns = tuple(
        MatrixColumn(
            j,
            "" if homes[j] in (j, None) else f"exports from {v.country_name(homes[j] or '')}",
        )
        for j in shown
    )
    by_jurisdiction = MatrixTable(columns, tuple(rows))

    by_destination = MatrixTable(
        tuple(MatrixColumn(d, v.country_name(d)) for d, _ in destinations),
        tuple(
            MatrixRow(
                rep.kind,
                rep.label,
                rep.href,
                tuple(_names(_restrictive(world, as_of, rep, d)) for d, _ in destinations),
            )
            for rep in reps
        ),
    )

    columns_t: list[MatrixColumn] = []
    grid: list[list[MatrixCell]] = []
    previous: list[MatrixCell] | None = None
    for day in history:
        column = [_names(_restrictive(world, day, rep, main)) for rep in reps]
        if previous is not None and column == previous:
            continue
        previous = column
        columns_t.append(MatrixColumn(day.isoformat(), date_words(day)))
        grid.append(column)
    over_time = MatrixTable(
        tuple(columns_t),
        tuple(
            MatrixRow(rep.kind, rep.label, rep.href, tuple(col[i] for col in grid))
            for i, rep in enumerate(reps)
        ),
    )
    return MatrixView(
        as_of=date_words(as_of),
        as_of_iso=as_of.isoformat(),
        by_jurisdiction=by_jurisdiction,
        by_destination=by_destination,
        over_time=over_time,
        destinations=tuple((f"{v.country_name(d)} ({d})", why) for d, why in destinations),
        domestic=tuple(j for j in jurisdictions if j not in shown),
        items=reps,
        outcomes=OUTCOMES,
    )

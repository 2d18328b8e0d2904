"""A regime: one jurisdiction's law as one object (reach, rules, groups, lists, parties)."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Iterator
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from policy.errors import RegimeError
from policy.model import vocabulary as v
from policy.model._types import (
    ChannelName,
    Country,
    Identifier,
    ISODate,
    Jurisdiction,
    KindName,
    Text,
    sorted_unique,
)
from policy.model.conditions import (
    NEVER,
    Condition,
    Kind,
    any_of,
    channel,
    destination,
    exporter,
)
from policy.model.conditions import kind as kind_is
from policy.model.parties import CountryGroup, Party, PartyList
from policy.model.rules import Example, Nexus, Rule, Source


class Problem(BaseModel):
    """Something wrong with a regime as written that does not stop it from loading
    (a dangling reference); ``policy check`` reports each as a validation finding."""

    model_config = ConfigDict(frozen=True)

    code: str
    message: str
    rule: str | None = None
    #: The name that does not resolve (a group, list, nexus or party id).
    ref: str | None = None
    #: What refers to it (``rule US-3A090.a``, ``nexus is-informed``, ``list EL``).
    referrer: str | None = None


class Modelled(BaseModel):
    """A part of the transaction space a regime models: the item kinds (taxonomy prefixes:
    ``sme`` covers ``sme.etch``) and, where only some routes are modelled, the channels
    (empty: every channel), and, where the model starts later than the regime's reach, the
    day from which it models them (``since``; None: every day). A transaction outside every
    part a regime models is *not modelled* by it: when the regime reaches it and no rule
    applies, its verdict says "not modelled" rather than a confident "no licence required".
    A model that writes down one version of a list (the 2021 Annex I, say) models nothing
    before it, though the regime reached those exports and the older list controlled some
    of them: ``since`` keeps its silence on those days from passing for an answer."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kinds: Annotated[tuple[KindName, ...], Field(min_length=1), AfterValidator(sorted_unique)]
    channels: Annotated[tuple[ChannelName, ...], AfterValidator(sorted_unique)] = ()
    since: ISODate | None = None
    note: Text = ""

    def active(self, on: dt.date | None) -> bool:
        """Whether this part is modelled on ``on`` (None: on some day)."""
        return on is None or self.since is None or self.since <= on

    def covers(self, item_kind: str, route: str, on: dt.date | None = None) -> bool:
        """Whether a transaction of ``item_kind`` through channel ``route`` on ``on`` (None:
        whatever the day) is in this part."""
        return (
            self.active(on)
            and any(v.kind_matches(k, item_kind) for k in self.kinds)
            and (not self.channels or route in self.channels)
        )

    def condition(self) -> Condition:
        """The same part as a condition (what the analysis and compiled tables read)."""
        return (
            kind_is(*self.kinds) & channel(*self.channels)
            if self.channels
            else kind_is(*self.kinds)
        )


class Implementation(BaseModel):
    """A declaration that a regime implements another regime's list (the *floor*): from
    ``since`` (to ``until``, exclusive), exports from ``exporters`` (countries, and groups of
    the implementing regime) that the floor controls must be controlled by the implementing
    regime too. Check PL210 (below the floor) reports each date on which they are not."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    of: Jurisdiction
    exporters: Annotated[tuple[Country, ...], AfterValidator(sorted_unique)] = ()
    groups: Annotated[tuple[Identifier, ...], AfterValidator(sorted_unique)] = ()
    since: ISODate
    until: ISODate | None = None
    source: Source | None = None
    note: Text = ""

    @model_validator(mode="after")
    def _territory(self) -> Implementation:
        if not self.exporters and not self.groups:
            raise ValueError("an implementation needs exporters or groups (its home territory)")
        if self.until is not None and self.until <= self.since:
            raise ValueError(
                f"until {self.until.isoformat()} must be after since {self.since.isoformat()}"
            )
        return self

    def active(self, on: dt.date) -> bool:
        return self.since <= on and (self.until is None or on < self.until)

    def home(self) -> Condition:
        """The exporter is in the implementing regime's home territory."""
        return exporter(*self.exporters, groups=self.groups)

    def abroad(self) -> Condition:
        """The destination is outside the implementing regime's home territory."""
        return ~destination(*self.exporters, groups=self.groups)


def _kinds_named(cond: Condition) -> list[str]:
    """The kinds a condition's kind atoms name, sorted, each once."""
    return sorted({k for a in cond.atoms() if isinstance(a, Kind) for k in a.kinds})


def _conditions_of(rule: Rule) -> Iterator[tuple[str, Condition]]:
    yield rule.id, rule.when
    for c in rule.carveouts:
        yield f"{rule.id} carve-out {c.id}", c.when


def _by_id_and_date(item: Rule | Nexus) -> tuple[str, dt.date]:
    return (item.id, item.effective)


def _place(item: Rule | Nexus) -> str:
    """``file:line`` where a rule was written, or ``""`` (a nexus does not record it)."""
    loc = getattr(item, "defined_at", None)
    return f"{loc.file}:{loc.line}" if loc is not None and loc.line else ""


def _written_order(item: Rule | Nexus) -> tuple[str, int]:
    loc = getattr(item, "defined_at", None)
    return (loc.file, loc.line) if loc is not None else ("", 0)


def _by_id(item: Any) -> str:
    return str(item.id)


class Regime(BaseModel):
    """The law of one jurisdiction. Use :meth:`as_of` for the law on one day."""

    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)

    jurisdiction: Jurisdiction
    name: Annotated[str, Field(min_length=1, max_length=500)]
    summary: Text = ""
    reach: tuple[Nexus, ...] = ()
    rules: tuple[Rule, ...] = ()
    groups: tuple[CountryGroup, ...] = ()
    lists: tuple[PartyList, ...] = ()
    parties: tuple[Party, ...] = ()
    examples: tuple[Example, ...] = ()
    assumptions: tuple[Text, ...] = ()
    #: What the regime models (None: every kind through every channel). A transaction
    #: outside it is "not modelled": see :meth:`modelled` and ``Verdict.not_modelled``.
    models: tuple[Modelled, ...] | None = None
    #: The regimes whose lists this one implements (check PL210, below the floor).
    implements: tuple[Implementation, ...] = ()

    @model_validator(mode="after")
    def _unique_ids(self) -> Regime:
        where = f"regime {self.jurisdiction}"
        for what, items in (("rule", self.rules), ("nexus", self.reach)):
            by_id: dict[str, list[Rule | Nexus]] = defaultdict(list)
            for item in items:
                by_id[item.id].append(item)
            for rid, versions in by_id.items():
                versions = sorted(versions, key=lambda r: r.effective)
                for a, b in itertools.pairwise(versions):
                    if a.end is None or a.end > b.effective:
                        # at the version written second, naming where the other one is
                        first, second = sorted((a, b), key=_written_order)
                        at, here = _place(first), _place(second)
                        raise RegimeError(
                            (f"{where}: " if here else "")
                            + f"{what} id {rid!r} collides"
                            + (f" with the version at {at}" if at else "")
                            + f": versions effective {a.effective.isoformat()} and"
                            f" {b.effective.isoformat()} overlap (give each {what} its own id,"
                            " or end the old version when the new one starts)",
                            code=f"{what}-id-collision",
                            where=here or where,
                        )
        for what, ids in (
            ("group", [g.id for g in self.groups]),
            ("list", [li.id for li in self.lists]),
            ("party", [p.id for p in self.parties]),
        ):
            seen: set[str] = set()
            for i in ids:
                if i in seen:
                    raise RegimeError(f"{what} id {i!r} is defined twice", where=where)
                seen.add(i)
        # One canonical order, whatever order the author (or a JSON file) gave: decisions,
        # findings, docs and diffs must not change when two rules swap places in a file.
        for name, key in (
            ("rules", _by_id_and_date),
            ("reach", _by_id_and_date),
            ("groups", _by_id),
            ("lists", _by_id),
            ("parties", _by_id),
        ):
            object.__setattr__(self, name, tuple(sorted(getattr(self, name), key=key)))
        return self

    # ------------------------------------------------------------------ coverage
    def modelled(self, item_kind: str, route: str, on: dt.date | None = None) -> bool:
        """Whether the regime models transactions of ``item_kind`` through channel
        ``route`` on ``on`` (always, when it declares no ``models``; None: the parts of
        every day)."""
        return self.models is None or any(m.covers(item_kind, route, on) for m in self.models)

    def modelled_condition(self, on: dt.date | None = None) -> Condition | None:
        """What the regime models on ``on`` as one condition (None: everything; with
        ``on`` None, the parts of every day). The compiled tables, which hold every day,
        read :attr:`models` part by part with each part's ``since``."""
        if self.models is None:
            return None
        parts = [m.condition() for m in self.models if m.active(on)]
        if not parts:
            return NEVER
        return parts[0] if len(parts) == 1 else any_of(*parts)

    def implementations_on(self, on: dt.date) -> tuple[Implementation, ...]:
        return tuple(i for i in self.implements if i.active(on))

    # ------------------------------------------------------------------ lookup
    def group(self, gid: str) -> CountryGroup | None:
        return next((g for g in self.groups if g.id == gid), None)

    def party_list(self, lid: str) -> PartyList | None:
        return next((li for li in self.lists if li.id == lid), None)

    def rule_ids(self) -> list[str]:
        return sorted({r.id for r in self.rules})

    def change_dates(self) -> list[dt.date]:
        """Every date on which some rule, carve-out, nexus, membership or listing starts or
        ends, or a modelled part starts: the law (and what the model knows of it) is
        constant between consecutive dates."""
        days: set[dt.date] = set()
        for item in (*self.rules, *self.reach, *(c for r in self.rules for c in r.carveouts)):
            days.add(item.effective)
            if item.end:
                days.add(item.end)
        days.update(m.since for m in self.models or () if m.since is not None)
        for dated in (
            *(m for g in self.groups for m in g.members),
            *(e for li in self.lists for e in li.listings),
        ):
            for d in (dated.start, dated.end):
                if d:
                    days.add(d)
        return sorted(days)

    # ------------------------------------------------------------------ time
    def as_of(self, on: dt.date) -> Regime:
        """The law in force on ``on``: only the rules, carve-outs and reach active that day.
        Groups and lists keep their dated entries (the engine reads them at the
        transaction's date)."""
        rules = tuple(
            r.model_copy(update={"carveouts": r.carveouts_on(on)})
            for r in self.rules
            if r.active(on)
        )
        reach = tuple(n for n in self.reach if n.active(on))
        return self.model_copy(update={"rules": rules, "reach": reach})

    # ------------------------------------------------------------------ checks
    def problems(self, known_parties: set[str] | None = None) -> list[Problem]:
        """Dangling references: groups, lists, nexus ids or parties that do not exist."""
        out: list[Problem] = []
        groups = {g.id for g in self.groups}
        lists = {li.id for li in self.lists}
        nexus = {n.id for n in self.reach}
        items: list[tuple[str | None, str, Condition]] = [
            (n.id, f"nexus {n.id}", n.when) for n in self.reach
        ]
        for r in self.rules:
            items.extend((r.id, label, cond) for label, cond in _conditions_of(r))
            for nid in r.nexus:
                if nid not in nexus:
                    out.append(
                        Problem(
                            code="dangling-nexus",
                            message=f"rule {r.id} names nexus {nid!r}, which the regime's reach"
                            " does not define",
                            rule=r.id,
                            ref=nid,
                            referrer=f"rule {r.id}",
                        )
                    )
        if self.models is not None:
            for r in self.rules:
                if r.route_only:
                    continue
                for k in _kinds_named(r.when):
                    if not any(
                        any(v.kind_matches(m, k) for m in part.kinds) for part in self.models
                    ):
                        out.append(
                            Problem(
                                code="unmodelled-kind",
                                message=f"rule {r.id} controls kind {k}, which regime"
                                f" {self.jurisdiction} does not declare in its models (declare"
                                " it, or mark the rule route_only if it controls a route"
                                " such as an end use)",
                                rule=r.id,
                                referrer=f"rule {r.id}",
                            )
                        )
        for rule_id, label, cond in items:
            for kind, ref in cond.references():
                known = groups if kind == "group" else lists
                if ref not in known:
                    out.append(
                        Problem(
                            code=f"dangling-{kind}",
                            message=f"{label} refers to {kind} {ref!r}, which regime"
                            f" {self.jurisdiction} does not define",
                            rule=rule_id,
                            ref=ref,
                            referrer=label if label.startswith("nexus ") else f"rule {label}",
                        )
                    )
        if known_parties is not None:
            for li in self.lists:
                for entry in li.listings:
                    if entry.party not in known_parties:
                        out.append(
                            Problem(
                                code="dangling-party",
                                message=f"list {li.id} lists party {entry.party!r}, which no"
                                " regime defines",
                                ref=entry.party,
                                referrer=f"list {li.id}",
                            )
                        )
            for p in self.parties:
                for o in p.owners:
                    if o.party not in known_parties:
                        out.append(
                            Problem(
                                code="dangling-party",
                                message=f"party {p.id} is owned by {o.party!r}, which no regime"
                                " defines",
                                ref=o.party,
                                referrer=f"party {p.id}",
                            )
                        )
        return sorted(out, key=lambda p: (p.code, p.rule or "", p.message))

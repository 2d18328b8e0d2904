"""Coverage: per rule, which condition boundaries and group members its examples pin.

``opa test --coverage`` reports the lines a test touched; what matters in a rule is whether
its examples would notice a boundary or a membership written wrong. A boundary (a
comparison with a constant) is *pinned* by a rule's examples when every mutant of it that
changes a decision (the comparison flipped, the constant one step up or down) is killed by
an example of that rule; a member of a group (or a party of a list) the rule reads is
pinned when leaving it out is. Each entry also says when the mistake is caught only by
another rule's examples, survives, or changes nothing (equivalent).

Computed from a mutation run of the operators that make those mutants
(:data:`COVERAGE_OPERATORS`), so the same exact machinery decides it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from policy.analysis.mutate.report import MutantResult, MutationReport
from policy.analysis.mutate.run import MutationOptions, mutate_world
from policy.model.world import World

#: The operators whose mutants say what a rule's examples pin.
COVERAGE_OPERATORS = ("comparison_flipped", "threshold_moved", "country_dropped", "party_dropped")

#: The schema the coverage JSON document follows.
COVERAGE_SCHEMA_URL = "https://policy.example/schemas/mutate-coverage.schema.json"

Pin = Literal["pinned", "pinned elsewhere", "not pinned", "no difference"]


class Boundary(BaseModel):
    """One comparison written in a rule (its condition or a carve-out's), where it is
    (``at``: the path mutant ids use), and whether the rule's examples pin it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    condition: str
    at: str
    pin: Pin
    mutants: list[str] = Field(default_factory=list)
    unpinned: list[str] = Field(default_factory=list)


class Members(BaseModel):
    """The members of one group (or parties of one list) a rule reads, by whether the
    rule's examples pin them."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    group: str
    pinned: list[str] = Field(default_factory=list)
    pinned_elsewhere: list[str] = Field(default_factory=list)
    not_pinned: list[str] = Field(default_factory=list)
    no_difference: list[str] = Field(default_factory=list)


class RuleCoverage(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    jurisdiction: str
    rule: str
    file: str = ""
    line: int = 0
    examples: int
    boundaries: list[Boundary] = Field(default_factory=list)
    members: list[Members] = Field(default_factory=list)


class CoverageReport(BaseModel):
    """Per rule in force, the boundaries and members its examples pin."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    tool: Literal["policy"] = "policy"
    version: str = ""
    schema_: str = Field(default=COVERAGE_SCHEMA_URL, alias="schema")
    as_of: str
    rules: list[RuleCoverage] = Field(default_factory=list)

    def to_json_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True)


def _pin(results: Sequence[MutantResult], rule: str) -> Pin:
    counted = [r for r in results if not r.equivalent]
    if not counted:
        return "no difference"
    if all(any(k.rule == rule for k in r.killers) for r in counted):
        return "pinned"
    if all(r.status == "killed" for r in counted):
        return "pinned elsewhere"
    return "not pinned"


def _condition(r: MutantResult) -> str:
    """The comparison a boundary mutant edits, from its description (```tpp >= 4800```)."""
    return r.description.split("`")[1] if r.description.count("`") >= 2 else r.id


def coverage_of(report: MutationReport, world: World) -> CoverageReport:
    """The coverage view of a mutation run (of :data:`COVERAGE_OPERATORS`)."""
    rules = {
        (regime.jurisdiction, rule.key): rule for regime in world.regimes for rule in regime.rules
    }
    out: list[RuleCoverage] = []
    by_rule: dict[tuple[str, str], list[MutantResult]] = {}
    for r in report.mutants:
        # a group's or list's mutant counts for every rule that reads it (below)
        if (r.jurisdiction, r.target) in rules:
            by_rule.setdefault((r.jurisdiction, r.target), []).append(r)
    groups: dict[tuple[str, str], list[MutantResult]] = {}
    for r in report.mutants:
        if r.operator in ("country_dropped", "party_dropped"):
            groups.setdefault((r.jurisdiction, r.target), []).append(r)
    readers = _readers(report, world)
    keys = sorted({*by_rule, *readers}, key=lambda k: (k[0], k[1]))
    for key in keys:
        rule = rules[key]
        boundaries: list[Boundary] = []
        by_at: dict[str, list[MutantResult]] = {}
        for r in by_rule.get(key, []):
            if r.operator in ("comparison_flipped", "threshold_moved"):
                at = r.id.split("/")[-1].split(":up")[0].split(":down")[0]
                by_at.setdefault(at, []).append(r)
        for at, results in by_at.items():
            pin = _pin(results, rule.id)
            boundaries.append(
                Boundary(
                    condition=_condition(results[0]),
                    at=at,
                    pin=pin,
                    mutants=[r.id for r in results],
                    unpinned=[
                        r.description
                        for r in results
                        if not r.equivalent and not any(k.rule == rule.id for k in r.killers)
                    ],
                )
            )
        members: list[Members] = []
        for target in readers.get(key, []):
            sorted_members: dict[Pin, list[str]] = {
                "pinned": [],
                "pinned elsewhere": [],
                "not pinned": [],
                "no difference": [],
            }
            for r in groups.get((key[0], target), []):
                sorted_members[_pin([r], rule.id)].append(r.id.split("/")[-1])
            members.append(
                Members(
                    group=target,
                    pinned=sorted_members["pinned"],
                    pinned_elsewhere=sorted_members["pinned elsewhere"],
                    not_pinned=sorted_members["not pinned"],
                    no_difference=sorted_members["no difference"],
                )
            )
        loc = rule.defined_at
        out.append(
            RuleCoverage(
                jurisdiction=key[0],
                rule=rule.key,
                file=loc.file if loc else "",
                line=loc.line if loc else 0,
                examples=len(rule.examples),
                boundaries=boundaries,
                members=members,
            )
        )
    return CoverageReport(version=report.version, as_of=report.as_of, rules=out)


def _readers(report: MutationReport, world: World) -> dict[tuple[str, str], list[str]]:
    """(jurisdiction, rule key) -> the groups and lists (as mutant targets: ``group D:5``)
    that the rule reads, for the rules in force on the report's dates."""
    days = _days(report.as_of, world)
    out: dict[tuple[str, str], list[str]] = {}
    for regime in world.regimes:
        for rule in regime.rules:
            if not any(rule.active(d) for d in days):
                continue
            refs: set[tuple[str, str]] = set(rule.when.references())
            for c in rule.carveouts:
                refs.update(c.when.references())
            out[(regime.jurisdiction, rule.key)] = [f"{kind} {rid}" for kind, rid in sorted(refs)]
    return out


def _days(as_of: str, world: World) -> list[dt.date]:
    if ".." in as_of:
        return world.change_dates()
    return [dt.date.fromisoformat(as_of)]


def coverage_world(
    world: World,
    *,
    as_of: dt.date | None = None,
    all_dates: bool = False,
    options: MutationOptions | None = None,
) -> CoverageReport:
    """Run the coverage operators and report, per rule, what its examples pin."""
    opts = options or MutationOptions()
    if opts.operators is None:
        opts = MutationOptions(
            operators=COVERAGE_OPERATORS, targets=opts.targets, jobs=opts.jobs, propose=False
        )
    report = mutate_world(world, as_of=as_of, all_dates=all_dates, options=opts)
    return coverage_of(report, world)


def render_coverage_text(report: CoverageReport) -> str:
    lines = [f"policy mutate --coverage as of {report.as_of}: what each rule's examples pin"]
    for rc in report.rules:
        where = f"{rc.file}:{rc.line}: " if rc.file else ""
        lines += ["", f"{where}{rc.rule} ({rc.examples} example{'s' if rc.examples != 1 else ''})"]
        if rc.boundaries:
            lines.append("  boundaries:")
        for b in rc.boundaries:
            lines.append(f"    {b.pin:<16} {b.condition} ({b.at})")
            lines += [f"{'':21}survives: {d}" for d in b.unpinned if b.pin == "not pinned"]
        for m in rc.members:
            total = len(m.pinned) + len(m.pinned_elsewhere) + len(m.not_pinned)
            lines.append(f"  {m.group}: {len(m.pinned)} of {total} members pinned")
            if m.pinned_elsewhere:
                lines.append(
                    f"    pinned only by other rules' examples: {', '.join(m.pinned_elsewhere)}"
                )
            if m.not_pinned:
                lines.append(f"    not pinned: {', '.join(m.not_pinned)}")
    return "\n".join(lines) + "\n"


__all__ = [
    "COVERAGE_OPERATORS",
    "COVERAGE_SCHEMA_URL",
    "Boundary",
    "CoverageReport",
    "Members",
    "RuleCoverage",
    "coverage_of",
    "coverage_world",
    "render_coverage_text",
]

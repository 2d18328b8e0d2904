"""Validation of a world as written: dangling references, examples that do not hold, and
rules that no example tests.

Examples are the law's unit tests: each one is decided by the engine and must give the
outcome it states, and (for an example on a rule) the rule must fire exactly when the example
says so. A rule version with no example dated while it is in force is tested by nothing: its
examples could be deleted and every check would still pass.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby

from policy.analysis.findings import Finding, RuleRef
from policy.analysis.sources import literal_sites
from policy.engine.decide import decide
from policy.errors import PolicyError, did_you_mean
from policy.model.regimes import Problem, Regime
from policy.model.rules import Example, Location, Rule
from policy.model.world import World


def example_failures(
    world: World, regime: Regime, example: Example, rule: Rule | None
) -> list[str]:
    """Why ``example`` does not hold (empty when it does)."""
    try:
        verdict = decide(world, example.transaction).verdicts[regime.jurisdiction]
    except PolicyError as e:
        return [f"cannot be decided: {e}"]
    problems = []
    if verdict.outcome is not example.outcome:
        problems.append(
            f"expected {example.outcome.value}, the engine gives {verdict.outcome.value}"
            + (f" (rules: {', '.join(verdict.rules)})" if verdict.rules else "")
        )
    if rule is not None:
        fired = rule.id in verdict.rules
        if fired != example.expects_fire():
            problems.append(
                f"expected rule {rule.id} {'to' if example.expects_fire() else 'not to'} apply,"
                f" it {'does' if fired else 'does not'}"
            )
    return problems


def iter_examples(world: World) -> Iterator[tuple[Regime, Rule | None, Example]]:
    for regime in world.regimes:
        for rule in regime.rules:
            for ex in rule.examples:
                yield regime, rule, ex
        for ex in regime.examples:
            yield regime, None, ex


def validate(world: World, *, references: bool = True, examples: bool = True) -> list[Finding]:
    """Validation findings: PL001 dangling references (one per name that does not resolve,
    however many rules use it), PL002 examples that do not hold (at the example's line)."""
    findings: list[Finding] = dangling_references(world) if references else []
    for regime, rule, ex in iter_examples(world) if examples else ():
        problems = example_failures(world, regime, ex, rule)
        if problems:
            owner = f"rule {rule.id}" if rule else f"regime {regime.jurisdiction}"
            findings.append(
                Finding(
                    code="PL002",
                    category="validation",
                    severity="error",
                    message=f"example does not hold: {owner}, {ex.title!r}: " + "; ".join(problems),
                    jurisdictions=[regime.jurisdiction],
                    rules=[RuleRef.of(rule)] if rule else [],
                    witness=[ex.transaction],
                    key=f"{owner}: {ex.title}",
                    at=ex.defined_at if ex.defined_at and ex.defined_at.line else None,
                )
            )
    return sorted(findings, key=Finding.sort_key)


def untested_rules(world: World) -> list[Finding]:
    """PL003: each rule version that no example tests, with a warning.

    An example tests a version when it is carried by a version of the same rule (an
    example's rule is checked by id: whether *that rule* fires) and dated while the
    version is in force. The rules' order is the model's (by id, then date)."""
    findings: list[Finding] = []
    for regime in world.regimes:
        for _, group in groupby(regime.rules, key=lambda r: r.id):
            versions = list(group)
            days = [ex.transaction.date for r in versions for ex in r.examples]
            for rule in versions:
                if any(rule.active(d) for d in days):
                    continue
                span = f"from {rule.effective.isoformat()}"
                if rule.end is not None:
                    span += f" to {rule.end.isoformat()}"
                what = (
                    "has no examples" if not days else "has no example dated while it is in force"
                )
                findings.append(
                    Finding(
                        code="PL003",
                        category="validation",
                        severity="warning",
                        message=f"rule without examples: {rule.id} (in force {span}) {what};"
                        " no example would notice a mistake in it",
                        jurisdictions=[regime.jurisdiction],
                        rules=[RuleRef.of(rule)],
                        key=rule.key,
                    )
                )
    return sorted(findings, key=Finding.sort_key)


def dangling_references(world: World) -> list[Finding]:
    """One PL001 finding per name that does not resolve in a regime, listing everything that
    uses it and placed at the literal that writes it: an undefined group used by twenty
    rules and nexus is one mistake, and one message."""
    by_name: dict[tuple[str, str, str], list[Problem]] = {}
    for jurisdiction, problem in world.problems():
        name = problem.ref or problem.message
        by_name.setdefault((jurisdiction, problem.code, name), []).append(problem)
    findings = []
    for (jurisdiction, code, name), problems in sorted(by_name.items()):
        regime = world.regime(jurisdiction)
        ids = {p.rule for p in problems if p.rule}
        rules = [RuleRef.of(r) for r in regime.rules if r.id in ids]
        rules = list({r.id: r for r in rules}.values())
        if problems[0].ref is None:
            message = problems[0].message
        else:
            kind = code.removeprefix("dangling-")
            users = sorted({p.referrer or p.rule or "" for p in problems} - {""})
            known = _known(world, regime, kind)
            hint = did_you_mean(name, known) if known else ""
            who = (
                "no regime defines" if kind == "party" else f"regime {jurisdiction} does not define"
            )
            more = f" and {len(users) - 6} more" if len(users) > 6 else ""
            named = ", ".join(users[:6]) + more
            message = f"{kind} {name!r} is named by {named}, but {who} it{hint}"
        at = None
        if problems[0].ref is not None:
            sites = literal_sites(name, [r.file for r in rules if r.file])
            if sites:
                at = Location(file=sites[0][0], line=sites[0][1])
        findings.append(
            Finding(
                code="PL001",
                category="validation",
                severity="error",
                message=f"dangling reference: {message}",
                jurisdictions=[jurisdiction],
                rules=rules,
                key=f"{code} {name}",
                at=at,
            )
        )
    return findings


def _known(world: World, regime: Regime, kind: str) -> list[str]:
    if kind == "group":
        return [g.id for g in regime.groups]
    if kind == "list":
        return [li.id for li in regime.lists]
    if kind == "nexus":
        return [n.id for n in regime.reach]
    if kind == "party":
        return list(world.parties())
    return []

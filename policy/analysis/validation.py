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
from policy.engine.decide import decide
from policy.errors import PolicyError
from policy.model.regimes import Regime
from policy.model.rules import Example, Rule
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
    """Validation findings: PL001 dangling references, PL002 examples that do not hold."""
    findings: list[Finding] = []
    for jurisdiction, problem in world.problems() if references else ():
        regime = world.regime(jurisdiction)
        rules = [RuleRef.of(r) for r in regime.rules if r.id == problem.rule][:1]
        findings.append(
            Finding(
                code="PL001",
                category="validation",
                severity="error",
                message=f"dangling reference: {problem.message}",
                jurisdictions=[jurisdiction],
                rules=rules,
                key=problem.message,
            )
        )
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

"""Validation of a world as written: dangling references and examples that do not hold.

Examples are the law's unit tests: each one is decided by the engine and must give the
outcome it states, and (for an example on a rule) the rule must fire exactly when the example
says so.
"""

from __future__ import annotations

from collections.abc import Iterator

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

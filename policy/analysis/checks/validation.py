"""PL001, PL002 and PL003: the world as written validates, and every rule has an example
(:mod:`policy.analysis.validation`), reported as checks so that ``--select``, the baseline
and the output formats treat them like every other finding."""

from __future__ import annotations

from collections.abc import Iterable

from policy.analysis.checks.registry import CheckContext, check
from policy.analysis.findings import Finding
from policy.analysis.validation import untested_rules, validate


@check("PL001", "dangling-reference", per="run", category="validation")
def dangling_references(ctx: CheckContext) -> Iterable[Finding]:
    """A condition names a country group, party list, nexus or party that does not exist."""
    return [f for f in validate(ctx.world, examples=False) if f.code == "PL001"]


@check("PL002", "example-does-not-hold", per="run", category="validation")
def failing_examples(ctx: CheckContext) -> Iterable[Finding]:
    """A rule's or regime's example gives another outcome than it states."""
    return [f for f in validate(ctx.world, references=False) if f.code == "PL002"]


@check("PL003", "rule-without-examples", per="run", category="validation")
def rules_without_examples(ctx: CheckContext) -> Iterable[Finding]:
    """A rule version that no example dated while it is in force tests."""
    return untested_rules(ctx.world)

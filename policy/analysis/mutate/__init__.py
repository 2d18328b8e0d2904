"""Mutation testing of the law's examples: ``policy mutate``.

A rule's worked examples are its tests; this measures whether they would notice a mistake.
Operators (:mod:`.operators`) plant one plausible mistake at a time in the law in force on a
date (a flipped comparison, a moved threshold, a country left out of a group, a forgotten
licence exception...); each mutant is then *killed* when an example that holds on the law
fails on it, *equivalent* when the exact diff of ``policy diff`` finds no transaction whose
outcome it changes, and otherwise *survives*, with the diff's minimal witness and the
example that would have killed it (:mod:`.proposals`). The score is killed / (killed +
survived).

Extension point: :func:`register_operator` (an :class:`Operator`: ``name``,
``description``, ``mutants(ctx)``).
"""

from policy.analysis.mutate.mutants import Mutant, MutationContext, Site
from policy.analysis.mutate.operators import Operator, register_operator, registered_operators
from policy.analysis.mutate.proposals import propose, python_case
from policy.analysis.mutate.report import (
    SCHEMA_URL,
    MutantResult,
    MutationReport,
    ProposedExample,
    Score,
)
from policy.analysis.mutate.run import (
    Analyzer,
    MutationOptions,
    analyse_mutants,
    generate_mutants,
    mutate_world,
    operators_named,
)

__all__ = [
    "SCHEMA_URL",
    "Analyzer",
    "Mutant",
    "MutantResult",
    "MutationContext",
    "MutationOptions",
    "MutationReport",
    "Operator",
    "ProposedExample",
    "Score",
    "Site",
    "analyse_mutants",
    "generate_mutants",
    "mutate_world",
    "operators_named",
    "propose",
    "python_case",
    "register_operator",
    "registered_operators",
]

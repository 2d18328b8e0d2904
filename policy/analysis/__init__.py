"""The analysis: validation, partition, strategies, consistency checks, loophole search and
semantic diff. Imports the model and the engine; the engine never imports it."""

from policy.analysis.findings import Finding, Report, RuleRef
from policy.analysis.validation import validate

__all__ = ["Finding", "Report", "RuleRef", "validate"]

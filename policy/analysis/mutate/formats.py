"""Rendering a mutation report: text with a table per regime (one row per rule, group,
list or nexus mutated), the mutate JSON, a Markdown pull-request comment, SARIF 2.1.0 and
GitHub annotations. Survivors are located at the line of the rule they are reported at, so
that a pull request shows them next to the rule. Deterministic throughout."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from policy.analysis.checks.describe import describe
from policy.analysis.formats import SARIF_SCHEMA, escape_workflow_data, escape_workflow_property
from policy.analysis.mutate.report import MutantResult, MutationReport, Score
from policy.loading import dump_json
from policy.render.escape import md_code, md_escape, md_fence, md_html

#: The code scanning rule of a surviving mutant.
SARIF_RULE = ("PLM01", "surviving-mutant", "No example notices this mistake in the rule")


def _counts(s: Score) -> str:
    return (
        f"{s.mutants} mutant{'s' if s.mutants != 1 else ''}: {s.killed} killed,"
        f" {s.equivalent} equivalent, {s.survived} survived; score {s.percent()}"
    )


def rows(results: Sequence[MutantResult]) -> list[tuple[str, Score]]:
    """One row per target (rule version, group, list or nexus), in order of first
    appearance, with its counts."""
    by_target: dict[str, list[MutantResult]] = {}
    for r in results:
        by_target.setdefault(r.target, []).append(r)
    return [(t, Score.of(ms)) for t, ms in by_target.items()]


def _table(results: Sequence[MutantResult]) -> list[str]:
    table = rows(results)
    width = max([len("Rule or target"), *(len(t) for t, _ in table)])
    head = f"  {'Rule or target':<{width}}  Mutants  Killed  Equivalent  Survived   Score"
    out = [head]
    for target, s in table:
        out.append(
            f"  {target:<{width}}  {s.mutants:>7}  {s.killed:>6}  {s.equivalent:>10}"
            f"  {s.survived:>8}  {s.percent():>6}"
        )
    return out


def _where(r: MutantResult) -> str:
    return f"{r.file}:{r.line}: " if r.file else ""


def _outcomes(r: MutantResult) -> str:
    assert r.outcome is not None and r.mutant_outcome is not None
    return f"the law: {r.outcome.value}; the mutant: {r.mutant_outcome.value}"


def _by_jurisdiction(report: MutationReport) -> dict[str, list[MutantResult]]:
    out: dict[str, list[MutantResult]] = {}
    for m in report.mutants:
        out.setdefault(m.jurisdiction, []).append(m)
    return dict(sorted(out.items()))


def render_text(report: MutationReport, *, proposals: bool = True) -> str:
    """The headline, a table per regime, then each survivor with its witness and the
    example that would kill it."""
    jurisdictions = _by_jurisdiction(report)
    lines = [
        f"policy mutate as of {report.as_of}: {', '.join(jurisdictions) or 'no regimes'}:"
        f" {_counts(report.score)}"
    ]
    for jur, results in jurisdictions.items():
        lines += ["", f"{jur}: {_counts(Score.of(results))}", *_table(results)]
    survivors = report.survivors
    if survivors:
        lines += ["", f"surviving mutants ({len(survivors)}):"]
    for r in survivors:
        lines.append(f"{_where(r)}{r.id}: {r.description}")
        if r.witness is not None:
            lines.append(f"    witness: {describe(r.witness)} ({_outcomes(r)})")
        if proposals and r.proposed is not None:
            p = r.proposed
            home = f"rule {p.rule}" if p.rule else "the regime"
            at = f" ({p.file}:{p.line})" if p.file else ""
            lines.append(f"    proposed example, for the examples of {home}{at}:")
            lines += ["    " + line for line in p.python.splitlines()]
    return "\n".join(lines) + "\n"


def render_json(report: MutationReport) -> str:
    return dump_json(report.to_json_dict())


def render_markdown(report: MutationReport) -> str:
    """A pull-request comment: the score, a table per regime, then each survivor with its
    witness and proposed example, folded.

    Every value that comes from a regime or a transaction is made inert with
    :mod:`policy.render.escape`; the proposed example sits in a fence nothing in it can
    close."""
    total = report.score
    lines = [f"### policy mutate as of {md_escape(report.as_of)}", ""]
    verdict = (
        "**No surviving mutants.**"
        if not total.survived
        else f"**{total.survived} surviving mutant(s).**"
    )
    lines += [f"{verdict} {md_escape(_counts(total))}.", ""]
    for jur, results in _by_jurisdiction(report).items():
        lines += [
            f"#### {md_escape(jur)}: score {md_escape(Score.of(results).percent())}",
            "",
            "| Rule or target | Mutants | Killed | Equivalent | Survived | Score |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for target, s in rows(results):
            lines.append(
                f"| {md_code(target)} | {s.mutants} | {s.killed} | {s.equivalent}"
                f" | {s.survived} | {md_escape(s.percent())} |"
            )
        lines.append("")
    survivors = report.survivors
    if survivors:
        lines += [f"#### Surviving mutants ({len(survivors)})", ""]
    for r in survivors:
        head = f"<b>{md_html(r.id)}</b>: {md_html(r.description)}"
        body = [f"- Where: {md_code(f'{r.file}:{r.line}')}"] if r.file else []
        if r.witness is not None:
            body.append(f"- Witness: {md_escape(describe(r.witness))} ({md_escape(_outcomes(r))})")
        if r.proposed is not None:
            home = f"rule {r.proposed.rule}" if r.proposed.rule else "the regime"
            body += [
                f"- Proposed example, for {md_escape(home)}:",
                "",
                md_fence(r.proposed.python, "python"),
            ]
        lines += ["<details>", f"<summary>{head}</summary>", "", *body, "</details>", ""]
    lines.append(
        "<sub>Generated by <code>policy mutate</code>. This models the law; it is not legal"
        " advice.</sub>"
    )
    return "\n".join(lines) + "\n"


def render_sarif(report: MutationReport) -> str:
    """SARIF 2.1.0: one result per surviving mutant, at the line of its rule, with the
    witness and the proposed example in its properties."""
    from policy import __version__

    code, name, text = SARIF_RULE
    results: list[dict[str, Any]] = []
    for r in report.survivors:
        message = f"Surviving mutant: {r.description}"
        if r.witness is not None:
            message += f". Witness: {describe(r.witness)} ({_outcomes(r)})"
        result: dict[str, Any] = {
            "ruleId": code,
            "ruleIndex": 0,
            "level": "warning",
            "message": {"text": message},
            "partialFingerprints": {"policyMutant/v1": r.id},
            "properties": {
                "mutant": r.id,
                "operator": r.operator,
                "jurisdiction": r.jurisdiction,
                "rule": r.rule,
                "witness": r.witness.to_json_dict() if r.witness is not None else None,
                **({"proposed": r.proposed.python} if r.proposed is not None else {}),
            },
        }
        if r.file:
            result["locations"] = [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": r.file, "uriBaseId": "%SRCROOT%"},
                        "region": {"startLine": max(r.line, 1)},
                    },
                    "message": {"text": r.rule or r.target},
                }
            ]
        results.append(result)
    sarif = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "policy",
                        "version": __version__,
                        "informationUri": "https://policy.example/",
                        "rules": [
                            {
                                "id": code,
                                "name": name,
                                "shortDescription": {"text": text},
                                "properties": {"category": "mutation"},
                            }
                        ],
                    }
                },
                "properties": {
                    "asOf": report.as_of,
                    "score": report.score.score,
                    "mutants": report.score.mutants,
                },
                "results": results,
            }
        ],
    }
    return dump_json(sarif)


def render_github(report: MutationReport) -> str:
    """GitHub workflow commands: a ``::warning`` at the rule's line per surviving mutant,
    then the score."""
    lines = []
    for r in report.survivors:
        props = []
        if r.file:
            props.append(f"file={escape_workflow_property(r.file)}")
            props.append(f"line={max(r.line, 1)}")
        props.append(f"title={escape_workflow_property(f'surviving mutant {r.operator}')}")
        body = f"{r.id}: {r.description}"
        if r.witness is not None:
            body += f"\nwitness: {describe(r.witness)} ({_outcomes(r)})"
        if r.proposed is not None:
            body += "\nproposed example:\n" + r.proposed.python
        lines.append(f"::warning {','.join(props)}::{escape_workflow_data(body)}")
    lines.append(f"policy mutate as of {report.as_of}: {_counts(report.score)}")
    return "\n".join(lines) + "\n"


RENDERERS = {
    "text": render_text,
    "json": render_json,
    "markdown": render_markdown,
    "sarif": render_sarif,
    "github": render_github,
}

__all__ = [
    "RENDERERS",
    "SARIF_RULE",
    "render_github",
    "render_json",
    "render_markdown",
    "render_sarif",
    "render_text",
    "rows",
]

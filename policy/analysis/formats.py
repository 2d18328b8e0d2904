"""Rendering a check report: text for people, the findings JSON, SARIF 2.1.0 for code
scanning, and GitHub workflow-command annotations. All deterministic (sorted findings,
sorted keys)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from policy.analysis.baseline import Entry
from policy.analysis.checks import describe, registered_checks
from policy.analysis.findings import Finding, Report
from policy.loading import dump_json
from policy.render.escape import md_code, md_escape, md_html

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _sorted(report: Report) -> list[Finding]:
    return sorted(report.findings, key=Finding.sort_key)


def _where(f: Finding) -> str:
    place = f.place
    return f"{place[0]}:{place[1]}: " if place else ""


def render_text(
    report: Report,
    jurisdictions: Sequence[str],
    *,
    stale: Sequence[Entry] = (),
    expired: Sequence[Entry] = (),
    show_baselined: bool = True,
    notes: Sequence[str] = (),
) -> str:
    """One block per finding (location, code, severity, message, then the witness), new
    findings first, and a summary line. Without ``show_baselined`` the baselined findings
    are only counted on that line: a clean check prints a few lines, not every accepted
    finding again. ``notes`` are printed before the summary."""
    lines = [
        f"policy check as of {report.as_of}: {', '.join(jurisdictions)} ({report.cells:,} cells)"
    ]
    findings = _sorted(report)
    new = [f for f in findings if not f.baselined]
    old = [f for f in findings if f.baselined]
    shown_old = old if show_baselined else []
    for group, title in ((new, None), (shown_old, "baselined (accepted) findings:")):
        if group and title and new:
            lines.append("")
        if group and title:
            lines.append(title)
        for f in group:
            mark = " (baselined)" if f.baselined else ""
            lines.append(f"{_where(f)}{f.code} [{f.severity}]{mark} {f.message}")
            if f.denied is not None:
                lines.append(f"    denied:  {describe(f.denied)}")
            for i, w in enumerate(f.witness):
                label = "witness:" if i == 0 else "         "
                lines.append(f"    {label} {describe(w)}")
            for step in f.path:
                lines.append(f"    path:    {step}")
    for e in expired:
        lines.append(f"baseline entry expired on {e.expires}: {e.fingerprint}")
    if stale and ".." in report.as_of:
        lines.append(
            f"{len(stale)} baseline entr{'y' if len(stale) == 1 else 'ies'} matched nothing"
            " (fixed, or found only on other dates)"
        )
    lines.extend(notes)
    n = len(findings)
    if not n:
        lines.append("no findings")
    else:
        hidden = " (not shown; --show-baselined lists them)" if old and not show_baselined else ""
        lines.append(
            f"{n} finding{'s' if n != 1 else ''}: {len(new)} new, {len(old)} baselined{hidden}"
        )
    return "\n".join(lines) + "\n"


def render_json(report: Report) -> str:
    return dump_json(report.to_json_dict())


_LEVEL = {"error": "error", "warning": "warning", "note": "note"}


def render_sarif(report: Report) -> str:
    """SARIF 2.1.0: one run, a rule per check code, a result per finding located at the
    first rule's file and line; baselined findings are suppressed (``external``)."""
    from policy import __version__

    described = {c.code: c for c in registered_checks()}
    codes = sorted({f.code for f in report.findings} | set(described))
    rules = []
    for code in codes:
        c = described.get(code)
        rules.append(
            {
                "id": code,
                "name": c.name if c else code,
                "shortDescription": {"text": c.description if c else code},
                "properties": {"category": c.category if c else "loophole"},
            }
        )
    index = {code: i for i, code in enumerate(codes)}
    results = []
    for f in _sorted(report):
        result: dict[str, Any] = {
            "ruleId": f.code,
            "ruleIndex": index[f.code],
            "level": _LEVEL[f.severity],
            "message": {"text": f.message},
            "partialFingerprints": {"policyFinding/v1": f.fingerprint},
            "baselineState": "unchanged" if f.baselined else "new",
            "properties": {
                "category": f.category,
                "jurisdictions": f.jurisdictions,
                "rules": [r.id for r in f.rules],
                **({"move": f.move} if f.move else {}),
                "witness": [w.to_json_dict() for w in f.witness],
                **({"denied": f.denied.to_json_dict()} if f.denied else {}),
            },
        }
        places = [(r.file, r.line, r.id) for r in f.rules if r.file]
        if f.at is not None and f.at.file:
            places.insert(0, (f.at.file, f.at.line, f.code))
        locations = [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": file, "uriBaseId": "%SRCROOT%"},
                    "region": {"startLine": max(line, 1)},
                },
                "message": {"text": text},
            }
            for file, line, text in places
        ]
        if locations:
            result["locations"] = locations[:1]
            if len(locations) > 1:
                result["relatedLocations"] = [
                    {**loc, "id": i} for i, loc in enumerate(locations[1:], start=1)
                ]
        if f.baselined:
            result["suppressions"] = [
                {"kind": "external", "justification": "accepted in the policy baseline"}
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
                        "rules": rules,
                    }
                },
                "properties": {"asOf": report.as_of, "cells": report.cells},
                "results": results,
            }
        ],
    }
    return dump_json(sarif)


def escape_workflow_data(text: str) -> str:
    """Escape a GitHub workflow command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_workflow_property(text: str) -> str:
    """Escape a GitHub workflow command's property value."""
    return escape_workflow_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(report: Report) -> str:
    """GitHub Actions workflow commands: ``::error file=...,line=...,title=...::message``
    for each new finding (warning and notice by severity). Baselined findings get no
    annotation (they were accepted; a pull request's diff view should show only what it
    adds) and are counted on the summary line."""
    lines = []
    for f in _sorted(report):
        if f.baselined:
            continue
        level = {"error": "error", "warning": "warning", "note": "notice"}[f.severity]
        props = []
        place = f.place
        if place:
            props.append(f"file={escape_workflow_property(place[0])}")
            props.append(f"line={max(place[1], 1)}")
        title = f"{f.code} {f.move or ''}".strip()
        props.append(f"title={escape_workflow_property(title)}")
        body = f.message
        if f.witness:
            body += "\nwitness: " + describe(f.witness[0])
        lines.append(f"::{level} {','.join(props)}::{escape_workflow_data(body)}")
    new = sum(1 for f in report.findings if not f.baselined)
    lines.append(
        f"policy check as of {report.as_of}: {len(report.findings)} findings, {new} new,"
        f" {len(report.findings) - new} baselined"
    )
    return "\n".join(lines) + "\n"


def render_markdown(report: Report) -> str:
    """A pull-request comment: a verdict line, a table of findings by category and whether
    they are new, then each new finding (and, folded, the baselined ones) with its witness.

    Every value that comes from a regime or a transaction (messages, rule files, witnesses)
    is made inert with :mod:`policy.render.escape`: the comment is posted in the bot's name,
    and a pull request must not be able to write headings, links or mentions into it."""
    findings = _sorted(report)
    new = [f for f in findings if not f.baselined]
    old = [f for f in findings if f.baselined]
    lines = [f"### policy check as of {md_escape(report.as_of)}", ""]
    verdict = "**No new findings.**" if not new else f"**{len(new)} new finding(s).**"
    lines += [
        f"{verdict} {len(findings)} in all ({len(old)} accepted in the baseline), over"
        f" {report.cells:,} cells of the partition.",
        "",
    ]
    if findings:
        counts: dict[tuple[str, str], list[int]] = {}
        for f in findings:
            counts.setdefault((f.category, f.code), [0, 0])[1 if f.baselined else 0] += 1
        lines += ["| Category | Code | New | Baselined |", "|---|---|---:|---:|"]
        for (category, code), (n_new, n_old) in sorted(counts.items()):
            lines.append(f"| {md_escape(category)} | {md_escape(code)} | {n_new} | {n_old} |")
        lines.append("")
    for title, group, folded in (("New findings", new, False), ("Baselined", old, True)):
        if not group:
            continue
        lines += [f"#### {title} ({len(group)})", ""]
        for f in group:
            where = f"{f.place[0]}:{f.place[1]}" if f.place else ""
            head = f"<b>{md_html(f.code)}</b> [{md_html(f.severity)}] {md_html(f.message)}"
            body = [f"- Where: {md_code(where)}"] if where else []
            if f.denied is not None:
                body.append(f"- Denied: {md_escape(describe(f.denied))}")
            body += [f"- Witness: {md_escape(describe(w))}" for w in f.witness]
            body += [f"- Step: {md_escape(step)}" for step in f.path]
            if folded or body:
                lines += ["<details>", f"<summary>{head}</summary>", "", *body, "</details>", ""]
            else:
                line = f"**{md_escape(f.code)}** [{md_escape(f.severity)}] {md_escape(f.message)}"
                lines += [f"- {line}", ""]
    lines.append(
        "<sub>Generated by <code>policy check</code>. This models the law; it is not legal"
        " advice.</sub>"
    )
    return "\n".join(lines) + "\n"


def render_junit(report: Report) -> str:
    """JUnit XML: a test case per finding (a failure when it is new, skipped when it is
    baselined) and one passing case when there is nothing to report."""
    cases: list[str] = []
    failures = skipped = 0
    for f in _sorted(report):
        name = quoteattr(f"{f.code} {f.message}"[:300])
        classname = quoteattr(f"policy.check.{f.category}.{f.code}")
        detail = escape(
            f.message
            + "".join(f"\nwitness: {describe(w)}" for w in f.witness)
            + "".join(f"\nrule: {r.id} ({r.file}:{r.line})" for r in f.rules if r.file)
        )
        if f.baselined:
            skipped += 1
            cases.append(
                f"  <testcase classname={classname} name={name}>"
                f'<skipped message="accepted in the baseline"/></testcase>'
            )
        else:
            failures += 1
            cases.append(
                f"  <testcase classname={classname} name={name}>"
                f"<failure message={quoteattr(f.severity)}>{detail}</failure></testcase>"
            )
    if not cases:
        cases.append('  <testcase classname="policy.check" name="no findings"/>')
    suite = quoteattr(f"policy check as of {report.as_of}")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<testsuite name={suite} tests="{len(cases)}" failures="{failures}"'
        f' skipped="{skipped}" errors="0">\n' + "\n".join(cases) + "\n</testsuite>\n"
    )

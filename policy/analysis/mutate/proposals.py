"""Proposed examples: for a surviving mutant, the example that would have killed it.

The witness of the diff between the law and the mutant is a transaction the two decide
differently; with the outcome the real law gives it, it is an example that holds on the law
and fails on the mutant. It is attached to the rule it is about: the mutated rule, or for a
mutated group, list or nexus the rule that decides the witness (on the law's side, else the
mutant's). ``fires`` is stated only where whether that rule applies is not what the outcome
implies. The example is checked both ways (holds on the law, fails on the mutant) before it
is proposed.

It is printed as the row of a case table the shipped regimes write
(:mod:`policy.regimes._examples`)::

    case("sme.lithography.duv.immersion from US to MM (end use advanced_node_fab)",
         tx("2025-01-16", "US", "MM", product("DUV immersion lithography", "sme..."),
            end_use="advanced_node_fab"), LR,
         source="..."),
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from policy.analysis.checks.describe import describe
from policy.analysis.diff import Change
from policy.analysis.mutate.mutants import Mutant
from policy.analysis.mutate.report import ProposedExample
from policy.analysis.validation import example_failures
from policy.engine.decide import decide
from policy.model import vocabulary as v
from policy.model.decisions import Outcome
from policy.model.regimes import Regime
from policy.model.rules import Example, Rule
from policy.model.transactions import EndUser, Transaction
from policy.model.world import World

#: How the case tables write outcomes (:mod:`policy.regimes._examples`).
ABBREVIATIONS = {
    Outcome.LICENSE_REQUIRED: "LR",
    Outcome.NO_LICENSE_REQUIRED: "NLR",
    Outcome.NOT_APPLICABLE: "NA",
    Outcome.PROHIBITED: "PROHIBITED",
}

#: Where a case-table row wraps.
WIDTH = 100


def _rule_version(regime: Regime, rule_id: str, tx: Transaction) -> Rule | None:
    """The version of ``rule_id`` in force on the transaction's date, else any version."""
    versions = [r for r in regime.rules if r.id == rule_id]
    return next((r for r in versions if r.active(tx.date)), versions[0] if versions else None)


def _home(mutant: Mutant, change: Change, law: Regime) -> Rule | None:
    """The rule the proposed example is written under (see the module docstring)."""
    if mutant.rule is not None and mutant.target == mutant.rule.key:
        return mutant.rule
    for ref in change.rules:
        rule = _rule_version(law, ref.id, change.witness)
        if rule is not None:
            return rule
    return mutant.rule


def propose(mutant: Mutant, change: Change, law: World, mutated: World) -> ProposedExample | None:
    """The example that kills ``mutant``, from ``change`` (the diff between ``law`` and
    ``mutated``, the one-regime worlds of the law and of the mutant); None where the
    witness does not make one (it holds on both, or fails on the law)."""
    jur = mutant.jurisdiction
    regime, wrong = law.regime(jur), mutated.regime(jur)
    tx = change.witness
    if not tx.item.name:
        # the case tables name every product; the JSON says what the Python row says
        item = tx.item.model_copy(update={"name": _product_name(tx)})
        tx = tx.model_copy(update={"item": item})
    rule = _home(mutant, change, regime)
    verdict = decide(law, tx).verdicts[jur]
    fires: bool | None = None
    if rule is not None:
        fired = rule.id in verdict.rules
        fires = fired if fired != verdict.outcome.restrictive else None
    example = Example(
        title=describe(tx).removesuffix(f" on {tx.date.isoformat()}"),
        transaction=tx,
        outcome=verdict.outcome,
        fires=fires,
        source=rule.source.cite() if rule is not None else None,
        note=f"Pins what the mutant {mutant.id} changes: {mutant.description}.",
    )
    if example_failures(law, regime, example, rule) or not example_failures(
        mutated, wrong, example, rule
    ):
        return None
    loc = rule.defined_at if rule is not None else None
    return ProposedExample(
        rule=rule.id if rule is not None else None,
        file=loc.file if loc else "",
        line=loc.line if loc else 0,
        example=example,
        python=python_case(example),
    )


# --------------------------------------------------------------------------- printing


def _text(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def _number(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(float(x))


def _value(x: Any) -> str:
    """A Python literal as the case tables write it: double-quoted text, whole numbers
    without a decimal point, lists and dicts in insertion order."""
    if isinstance(x, str):
        return _text(x)
    if isinstance(x, bool) or x is None:
        return repr(x)
    if isinstance(x, int | float):
        return _number(x)
    if isinstance(x, dict):
        return "{" + ", ".join(f"{_value(k)}: {_value(y)}" for k, y in x.items()) + "}"
    if isinstance(x, list | tuple):
        return "[" + ", ".join(_value(y) for y in x) + "]"
    raise TypeError(f"cannot print {x!r}")


def _names(xs: Sequence[str]) -> str:
    """One name as text, several as a tuple (what ``tx(end_use=...)`` takes)."""
    return _text(xs[0]) if len(xs) == 1 else "(" + ", ".join(_text(x) for x in xs) + ")"


def _end_user(eu: str | EndUser) -> str:
    if isinstance(eu, str):
        return _text(eu)
    if eu.country is None:
        return _value(eu.model_dump(mode="json", exclude_defaults=True))
    args = [_text(eu.name), _text(eu.country)]
    if eu.headquarters is not None:
        args.append(f"headquarters={_text(eu.headquarters)}")
    if eu.owners:
        args.append(f"owners={_value({o.party: o.share for o in eu.owners})}")
    return "firm(" + ", ".join(args) + ")"


def _product_name(tx: Transaction) -> str:
    if tx.item.name:
        return tx.item.name
    kind = v.kinds().get(tx.item.kind)
    return kind.description if kind is not None else tx.item.kind


def _wrap(head: str, parts: Sequence[str], indent: int, close: str) -> list[str]:
    """``head`` followed by ``parts`` separated by commas, wrapped at :data:`WIDTH` with
    continuation lines indented by ``indent``, ending with ``close``."""
    lines: list[str] = []
    line = head
    for i, part in enumerate(parts):
        piece = part + (close if i == len(parts) - 1 else ",")
        sep = "" if line.endswith("(") else " "
        if len(line) + len(sep) + len(piece) > WIDTH and not line.endswith("("):
            lines.append(line)
            line = " " * indent + piece
        else:
            line += sep + piece
    lines.append(line)
    return lines


def _width(s: str) -> int:
    """How many columns ``s`` takes (East Asian wide characters take two, as the line
    length check counts them)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _words(s: str, width: int) -> list[str]:
    """``s`` cut after each space, and any piece wider than ``width`` cut further (a
    title in Chinese or Japanese has no spaces to wrap at)."""
    out: list[str] = []
    for word in re.findall(r"[^ ]* *", s):
        while word and _width(word) > width:
            n = 1
            while _width(word[: n + 1]) <= width:
                n += 1
            out.append(word[:n])
            word = word[n:]
        if word:
            out.append(word)
    return out


def _split_text(s: str, first: int, rest: int) -> list[str]:
    """``s`` as string literals to concatenate, the first at most ``first`` columns wide
    and the others ``rest`` (as the case tables wrap a long source or note: at spaces,
    each piece but the last keeping its trailing space)."""
    pieces: list[str] = []
    current = ""
    width = first
    for word in _words(s, rest - 2):
        if current and _width(_text(current + word)) > width:
            pieces.append(current)
            current, width = word, rest
        else:
            current += word
    pieces.append(current)
    return [_text(p) for p in pieces if p] or [_text(s)]


def _keyword_lines(pad: str, key: str, value: str, close: str) -> list[str]:
    """``key="value"`` at ``pad``, the value split over lines aligned under its opening
    quote where it does not fit :data:`WIDTH` with ``close`` after it."""
    head = f"{pad}{key}="
    budget = WIDTH - len(head)
    parts = _split_text(value, budget - len(close), budget - len(close))
    lines = [head + parts[0]] + [" " * len(head) + part for part in parts[1:]]
    lines[-1] += close
    return lines


def python_case(example: Example, *, indent: int = 4) -> str:
    """``example`` as a case-table row: ``case(title, tx(...), OUTCOME, source=...),``,
    wrapped at :data:`WIDTH` as the tables are (long text split into adjacent string
    literals), so that it pastes into a table and passes the line-length check."""
    tx = example.transaction
    item = tx.item
    args = [
        _text(tx.date.isoformat()),
        _text(tx.exporter),
        _text(tx.destination),
        f"product({_text(_product_name(tx))}, {_text(item.kind)})",
    ]
    if tx.end_user is not None:
        args.append(f"end_user={_end_user(tx.end_user)}")
    if tx.end_use:
        args.append(f"end_use={_names(tx.end_use)}")
    if tx.persons:
        args.append(f"persons={_names(tx.persons)}")
    if tx.channel != "export":
        args.append(f"channel={_text(tx.channel)}")
    for party in ("consignee", "exporter_party"):
        who = getattr(tx, party)
        if who is not None:
            args.append(f"{party}={_value(who.model_dump(mode='json', exclude_defaults=True))}")
    for key in (
        "producer",
        "params",
        "flags",
        "origin",
        "content",
        "made_with",
        "classification",
    ):
        value = getattr(item, key)
        if value:
            args.append(f"{key}={_value(value)}")
    pad = " " * indent
    inner = " " * (indent + 5)
    head = f"{pad}case("
    titles = _split_text(example.title, WIDTH - len(head) - 1, WIDTH - len(head) - 1)
    lines = [head + titles[0]] + [" " * len(head) + t for t in titles[1:]]
    lines[-1] += ","
    lines += _wrap(f"{inner}tx(", args, indent + 8, "),")
    keywords: list[tuple[str, str]] = []
    if example.source:
        keywords.append(("source", example.source))
    if example.note:
        keywords.append(("note", example.note))
    tail = ABBREVIATIONS[example.outcome] + (
        f", fires={example.fires}" if example.fires is not None else ""
    )
    closing = "," if keywords else "),"
    if _width(lines[-1]) + _width(" " + tail + closing) <= WIDTH:
        lines[-1] += " " + tail + closing
    else:
        lines.append(inner + tail + closing)
    for i, (key, value) in enumerate(keywords):
        close = ")," if i == len(keywords) - 1 else ","
        lines += _keyword_lines(inner, key, value, close)
    return "\n".join(lines)


__all__ = ["ABBREVIATIONS", "propose", "python_case"]

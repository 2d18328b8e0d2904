"""``policy decide``: one transaction, decided and explained."""

from __future__ import annotations

import datetime as dt

import click

from policy._documents import stamped
from policy.cli._common import (
    as_of_option,
    format_option,
    handle_errors,
    regimes_option,
    resolve_world,
)
from policy.engine.decide import decide
from policy.loading import check_references, dump_json, read_transaction
from policy.model.decisions import Decision
from policy.model.transactions import Transaction


def _at(tx: Transaction, as_of: dt.date | None) -> Transaction:
    return tx if as_of is None else tx.model_copy(update={"date": as_of})


def render_decision_text(decision: Decision) -> str:
    """The decision in text: the overall outcome, then each jurisdiction's verdict with its
    trace. A verdict that requires no licence for a kind or route its regime does not model
    reads ``not modelled`` (never a plain ``no_license_required``); an overall
    ``no_license_required`` with such verdicts says which regimes' answers are unknown."""
    overall = decision.overall.value
    if decision.not_modelled and not decision.overall.restrictive:
        overall += f" as far as modelled; not modelled by {', '.join(decision.not_modelled)}"
    lines = [f"overall: {overall}"]
    for j, v in decision.verdicts.items():
        if v.not_modelled and not v.outcome.restrictive:
            head = (
                f"{j}: not modelled (no modelled rule applies; {v.outcome.value} is not an answer)"
            )
        else:
            head = f"{j}: {v.outcome.value}"
        if v.review:
            head += f" ({v.review})"
        if v.rules:
            head += f" by {', '.join(v.rules)}"
        if v.carveouts:
            head += f"; carve-outs: {', '.join(v.carveouts)}"
        lines.append(head)
        lines.extend(f"    {t}" for t in v.trace)
    return "\n".join(lines) + "\n"


@click.command("decide")
@click.argument("transaction", metavar="FILE|-")
@regimes_option
@as_of_option("Decide under the law of this date instead of the transaction's own date.")
@format_option("text", "json")
@handle_errors
def decide_command(transaction: str, regimes: str | None, as_of: dt.date | None, fmt: str) -> None:
    """Decide one transaction (a JSON file, or - for stdin) and explain the decision."""
    world = resolve_world(regimes)
    where = "<stdin>" if transaction == "-" else transaction
    tx = _at(check_references(read_transaction(transaction), world, where=where), as_of)
    decision = decide(world, tx)
    if fmt == "json":
        click.echo(dump_json(stamped("decision", decision.to_json_dict())), nl=False)
    else:
        click.echo(render_decision_text(decision), nl=False)

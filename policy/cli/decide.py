"""``policy decide``: one transaction, decided and explained."""

from __future__ import annotations

import datetime as dt

import click

from policy._documents import stamped
from policy.cli._common import (
    as_of_option,
    facts_option,
    format_option,
    handle_errors,
    regimes_option,
    resolve_world,
)
from policy.engine.decide import decide
from policy.engine.open_facts import describe, open_fact_lines
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
        lines.extend(f"    open: {describe(f)}" for f in v.open_facts)
    return "\n".join(lines) + "\n"


@click.command("decide")
@click.argument("transaction", metavar="FILE|-")
@regimes_option
@as_of_option("Decide under the law of this date instead of the transaction's own date.")
@format_option("text", "json")
@facts_option
@handle_errors
def decide_command(
    transaction: str, regimes: str | None, as_of: dt.date | None, fmt: str, facts: str
) -> None:
    """Decide one transaction (a JSON file, or - for stdin) and explain the decision.

    Each verdict names its open facts: the facts the transaction leaves out that would
    change its outcome, with the outcome each would give ("licence required if the item is
    designed or marketed for use in datacenters"). With --facts strict an open fact is an
    error: the decision is printed, the open facts are listed on stderr, and the exit code
    is 1."""
    world = resolve_world(regimes)
    where = "<stdin>" if transaction == "-" else transaction
    tx = _at(check_references(read_transaction(transaction), world, where=where), as_of)
    decision = decide(world, tx, open_facts=facts != "assume")
    if fmt == "json":
        click.echo(dump_json(stamped("decision", decision.to_json_dict())), nl=False)
    else:
        click.echo(render_decision_text(decision), nl=False)
    if facts == "strict" and decision.open:
        lines = open_fact_lines(decision.verdicts)
        click.echo(
            f"Error: {where}: {len(lines)} open fact{'s' if len(lines) > 1 else ''}"
            " (--facts strict):\n" + "".join(f"  {line}\n" for line in lines),
            err=True,
            nl=False,
        )
        raise SystemExit(1)

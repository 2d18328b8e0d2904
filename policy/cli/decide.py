"""``policy decide`` and ``policy screen``."""

from __future__ import annotations

import datetime as dt
import sys
from typing import TextIO

import click

from policy.cli._common import (
    PolicyUsageError,
    as_of_option,
    format_option,
    handle_errors,
    regimes_option,
    resolve_world,
)
from policy.engine.decide import decide
from policy.errors import InputError
from policy.loading import check_references, dump_json, iter_jsonl, read_transaction
from policy.model.decisions import Decision, Outcome
from policy.model.transactions import Transaction


def _at(tx: Transaction, as_of: dt.date | None) -> Transaction:
    return tx if as_of is None else tx.model_copy(update={"date": as_of})


def render_decision_text(decision: Decision) -> str:
    lines = [f"overall: {decision.overall.value}"]
    for j, v in decision.verdicts.items():
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
        click.echo(dump_json(decision.to_json_dict()), nl=False)
    else:
        click.echo(render_decision_text(decision), nl=False)


RESTRICTIVE = {"license_required": Outcome.LICENSE_REQUIRED, "prohibited": Outcome.PROHIBITED}


@click.command("screen")
@click.argument("file", metavar="FILE|-")
@regimes_option
@as_of_option("Decide every transaction under the law of this date.")
@click.option(
    "--bad-records",
    type=click.Choice(["fail", "skip"]),
    default="fail",
    show_default=True,
    help="A malformed record is always reported (with its line) and the rest are decided;"
    " 'fail' then exits 2, 'skip' exits as if it were not there.",
)
@click.option(
    "--fail-on",
    type=click.Choice(sorted(RESTRICTIVE)),
    default=None,
    help="Exit 1 if any decision is at least this restrictive.",
)
@handle_errors
def screen_command(
    file: str, regimes: str | None, as_of: dt.date | None, bad_records: str, fail_on: str | None
) -> None:
    """Decide many transactions (JSON Lines), one decision per line, in input order.

    A malformed line gets an ``{"line": N, "error": "..."}`` record in its place and a
    message on stderr."""
    world = resolve_world(regimes)
    out: TextIO = sys.stdout
    bad = 0
    denied = False
    threshold = RESTRICTIVE[fail_on].rank if fail_on else None
    for line, item in iter_jsonl(file):
        if not isinstance(item, InputError):
            try:
                check_references(item, world, where=f"{file}:{line}")
            except InputError as e:
                item = e
        if isinstance(item, InputError):
            bad += 1
            click.echo(f"Error: {item}", err=True)
            out.write(dump_json({"error": str(item), "line": line}, indent=None) + "\n")
            continue
        decision = decide(world, _at(item, as_of))
        if threshold is not None and decision.overall.rank >= threshold:
            denied = True
        out.write(dump_json(decision.to_json_dict(), indent=None) + "\n")
    out.flush()
    if bad and bad_records == "fail":
        raise PolicyUsageError(f"{bad} malformed record(s) in {file}; the others were decided")
    if denied:
        sys.exit(1)

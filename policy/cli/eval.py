"""``policy eval``: does a condition, or one rule, hold for a transaction, and why."""

from __future__ import annotations

import datetime as dt
from typing import Any

import click

from policy.cli._common import (
    PolicyUsageError,
    as_of_option,
    format_option,
    handle_errors,
    regimes_option,
    resolve_world,
)
from policy.errors import did_you_mean
from policy.model.conditions import Condition
from policy.model.regimes import Regime
from policy.model.rules import Rule
from policy.model.transactions import Transaction
from policy.model.world import World


def _regime_for(world: World, condition: Condition, jurisdiction: str | None) -> Regime:
    """The regime whose groups and lists the condition is asked under: the one named, else
    the one regime that defines every group and list it names (any, when it names none)."""
    if jurisdiction is not None:
        if jurisdiction not in world.jurisdictions:
            hint = did_you_mean(jurisdiction, world.jurisdictions)
            raise PolicyUsageError(f"--jurisdiction: no regime {jurisdiction!r}{hint}")
        regime = world.regime(jurisdiction)
        for what, name in condition.references():
            known = regime.group(name) if what == "group" else regime.party_list(name)
            if known is None:
                raise PolicyUsageError(
                    f"<expression>: {jurisdiction} has no {what} {name!r}"
                    f"{did_you_mean(name, [g.id for g in regime.groups])}"
                )
        return regime
    refs = list(condition.references())
    fits = [
        r
        for r in world.regimes
        if all(
            (r.group(name) if what == "group" else r.party_list(name)) is not None
            for what, name in refs
        )
    ]
    if not fits:
        names = ", ".join(f"{what} {name!r}" for what, name in refs)
        raise PolicyUsageError(f"<expression>: no one regime defines {names}")
    if refs and len(fits) > 1:
        raise PolicyUsageError(
            f"<expression>: {', '.join(r.jurisdiction for r in fits)} each define"
            f" {refs[0][1]!r}; choose one with --jurisdiction"
        )
    return fits[0]


def _rule(world: World, rule_id: str, on: dt.date) -> tuple[Regime, Rule | None, list[Rule]]:
    """The regime of ``rule_id``, its version in force ``on`` (or None) and all versions."""
    for regime in world.regimes:
        versions = [r for r in regime.rules if r.id == rule_id]
        if versions:
            return regime, next((r for r in versions if r.active(on)), None), versions
    known = [r.id for regime in world.regimes for r in regime.rules]
    raise PolicyUsageError(f"--rule: unknown rule {rule_id!r}{did_you_mean(rule_id, known)}")


def evaluate(
    world: World,
    tx: Transaction,
    expression: str | None,
    rule_id: str | None,
    jurisdiction: str | None,
) -> dict[str, Any]:
    """The answer as a JSON-ready dict: what was asked, under which regime, whether it holds,
    and the facts (``"tpp 4992 >= 4800"``) that decide it."""
    from policy.cli._expression import parse_condition
    from policy.engine.decide import regime_indexes
    from policy.engine.scope import TransactionScope

    result: dict[str, Any] = {"date": tx.date.isoformat()}
    if rule_id is not None:
        regime, rule, versions = _rule(world, rule_id, tx.date)
        result.update(rule=rule_id, jurisdiction=regime.jurisdiction)
        if rule is None:
            spans = ", ".join(
                f"{r.effective.isoformat()}..{r.end.isoformat() if r.end else ''}" for r in versions
            )
            result.update(
                condition=versions[-1].when.code(),
                holds=False,
                facts=[f"{rule_id} is not in force on {tx.date.isoformat()} (in force {spans})"],
                carveouts=[],
            )
            return result
        condition = rule.when
    else:
        assert expression is not None
        groups = {g.id for r in world.regimes for g in r.groups}
        condition = parse_condition(expression, groups)
        regime = _regime_for(world, condition, jurisdiction)
        named = jurisdiction is not None or any(True for _ in condition.references())
        result["jurisdiction"] = regime.jurisdiction if named else None
        rule = None
    scope = TransactionScope(regime_indexes(world)[regime.jurisdiction], tx)
    holds, facts = condition.explain(scope)
    result.update(condition=condition.code(), holds=holds, facts=list(facts))
    carveouts = []
    if rule is not None:
        for c in rule.carveouts:
            if c.active(tx.date):
                ok, why = c.when.explain(scope)
                carveouts.append({"id": c.id, "holds": ok, "facts": list(why)})
        if holds and any(c["holds"] for c in carveouts):
            result["note"] = (
                "the rule holds, and a carve-out holds too (see decide for the outcome)"
            )
    result["carveouts"] = carveouts
    return result


def render_text(result: dict[str, Any]) -> str:
    what = result.get("rule") or result["condition"]
    verdict = "holds" if result["holds"] else "does not hold"
    under = f"{result['jurisdiction']}, " if result["jurisdiction"] else ""
    lines = [f"{what}: {verdict} ({under}{result['date']})"]
    if "rule" in result:
        lines.append(f"    when {result['condition']}")
    lines.extend(f"    {f}" for f in result["facts"])
    for c in result["carveouts"]:
        lines.append(f"  carve-out {c['id']}: {'holds' if c['holds'] else 'does not hold'}")
        lines.extend(f"      {f}" for f in c["facts"])
    return "\n".join(lines) + "\n"


@click.command("eval")
@click.argument("expression", required=False, metavar="[EXPRESSION]")
@click.option("--rule", "rule_id", metavar="RULE_ID", help="Evaluate this rule's condition.")
@click.option(
    "--tx",
    "--transaction",
    "transaction",
    required=True,
    metavar="FILE|-",
    help="The transaction (a JSON file, or - for stdin).",
)
@click.option(
    "--jurisdiction",
    metavar="CODE",
    help="The regime whose groups and lists an expression is asked under (default: the one"
    " regime that defines those it names).",
)
@regimes_option
@as_of_option("Evaluate on this date instead of the transaction's own date.")
@format_option("text", "json")
@click.option(
    "--exit-code/--no-exit-code",
    default=False,
    help="Exit 1 when the condition does not hold (for scripts).",
)
@handle_errors
def eval_command(
    expression: str | None,
    rule_id: str | None,
    transaction: str,
    jurisdiction: str | None,
    regimes: str | None,
    as_of: dt.date | None,
    fmt: str,
    exit_code: bool,
) -> None:
    """Say whether a condition, or one rule, holds for a transaction, and why.

    \b
    policy eval 'tpp >= 4800 & destination in D:5' --tx a100.json
    policy eval 'kind == ic.accelerator & ~flag("consumer")' --tx a100.json
    policy eval --rule US-3A090 --tx a100.json --format json

    The expression is written as in a regime module: parameters compared with numbers
    (tpp >= 4800, 4000 <= tpp < 4800), country fields tested against codes and groups
    (destination in D:5, exporter not in (US, JP), consignee_headquarters in A:5), kind ==
    ic.accelerator, the helpers flag, listed, end_use, channel, classified, made_with,
    content, producer, joined with & | ~ (or and, or, not). It is parsed, never run as
    Python.
    """
    from policy import __version__
    from policy._documents import TOOL
    from policy.loading import check_references, dump_json, read_transaction

    if (expression is None) == (rule_id is None):
        raise PolicyUsageError("give an EXPRESSION or --rule RULE_ID (one of them)")
    if rule_id is not None and jurisdiction is not None:
        raise PolicyUsageError("--jurisdiction is for an expression; a rule has its own regime")
    world = resolve_world(regimes)
    where = "<stdin>" if transaction == "-" else transaction
    tx = check_references(read_transaction(transaction), world, where=where)
    if as_of is not None:
        tx = tx.model_copy(update={"date": as_of})
    result = evaluate(world, tx, expression, rule_id, jurisdiction)
    if fmt == "json":
        click.echo(dump_json({"tool": TOOL, "version": __version__, **result}), nl=False)
    else:
        click.echo(render_text(result), nl=False)
    if exit_code and not result["holds"]:
        raise click.exceptions.Exit(1)

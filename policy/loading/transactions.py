"""Reading transactions: from JSON data, a file, stdin or JSON Lines, with the parties they
name checked against a world."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from policy.errors import InputError, PolicyError, UnknownNameError
from policy.loading.errors import format_validation_error
from policy.loading.json import parse_json, read_document, stdin_bytes
from policy.model.transactions import Transaction
from policy.model.world import World


def transaction_from_data(data: Any, *, where: str) -> Transaction:
    """The transaction in parsed JSON ``data``, or one error naming ``where`` and each
    field that is wrong."""
    if not isinstance(data, dict):
        raise InputError(
            f"expected a JSON object (a transaction), got {type(data).__name__}", where=where
        )
    try:
        return Transaction.model_validate(data)
    except ValidationError as e:
        raise format_validation_error(e, where=where) from None
    except PolicyError as e:  # raised outside pydantic's wrapping (rare)
        raise InputError(e.message, where=where) from None


def check_references(tx: Transaction, world: World, *, where: str) -> Transaction:
    """``tx`` with its parties named by id (see :meth:`World.canonical`), or an error with
    the file (and line) when its end user or an owner names a party the world does not
    know; the engine would refuse it later, without the place."""
    tx = world.canonical(tx)
    known = world.memo("loading.party_ids", lambda: frozenset(world.parties()))
    eu = tx.end_user
    if isinstance(eu, str) and eu not in known:
        raise UnknownNameError("end user party", eu, known, where=f"{where}: end_user")
    if eu is not None and not isinstance(eu, str):
        for i, owner in enumerate(eu.owners):
            if owner.party not in known:
                raise UnknownNameError(
                    "owner party", owner.party, known, where=f"{where}: end_user.owners[{i}].party"
                )
    if tx.consignee is not None:
        for i, owner in enumerate(tx.consignee.owners):
            if owner.party not in known:
                raise UnknownNameError(
                    "owner party", owner.party, known, where=f"{where}: consignee.owners[{i}].party"
                )
    return tx


def read_transaction(path: str) -> Transaction:
    """Read one transaction from a JSON file, or from stdin when ``path`` is ``-``."""
    where = "<stdin>" if path == "-" else path
    raw = read_document(path)
    return transaction_from_data(parse_json(raw, where=where), where=where)


def iter_jsonl(path: str) -> Iterator[tuple[int, Transaction | InputError]]:
    """Yield ``(line number, transaction or error)`` for each non-blank line, so that one
    bad record does not lose the rest of the file."""
    where = "<stdin>" if path == "-" else path
    if path == "-":
        yield from _iter_lines(stdin_bytes(), where)
        return
    try:
        with Path(path).open("rb") as f:
            yield from _iter_lines(f, where)
    except FileNotFoundError:
        raise InputError("no such file", where=path) from None
    except IsADirectoryError:
        raise InputError("is a directory, expected a file", where=path) from None


def _iter_lines(stream: Any, where: str) -> Iterator[tuple[int, Transaction | InputError]]:
    for n, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        loc = f"{where}:{n}"
        try:
            yield n, transaction_from_data(parse_json(raw, where=loc), where=loc)
        except InputError as e:
            yield n, e

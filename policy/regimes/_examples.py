"""A compact builder for the transactions in rule examples.

Examples are the law's unit tests, and the regime modules carry many of them; this keeps
each one to the facts that matter (date, route, item) without repeating the transaction's
JSON shape.
"""

from __future__ import annotations

from typing import Any

from policy.model.transactions import Transaction

#: The item fields of an example, kept as a constant and spread into :func:`tx`.
ItemSpec = dict[str, Any]


def tx(
    day: str,
    exporter: str,
    destination: str,
    name: str,
    kind: str,
    *,
    end_user: str | dict[str, Any] | None = None,
    end_use: tuple[str, ...] | list[str] = (),
    persons: tuple[str, ...] | list[str] = (),
    channel: str = "export",
    **item: Any,
) -> Transaction:
    """A transaction on ``day`` from ``exporter`` to ``destination`` of an item ``name`` of
    ``kind``; the remaining keywords (``params``, ``flags``, ``origin``, ``content``,
    ``made_with``) go into the item as written."""
    return Transaction.model_validate(
        {
            "date": day,
            "exporter": exporter,
            "destination": destination,
            "channel": channel,
            "end_user": end_user,
            "end_use": list(end_use),
            "persons": list(persons),
            "item": {"kind": kind, "name": name, **item},
        }
    )

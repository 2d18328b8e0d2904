"""Hypothesis's way in: ``st.from_type(Transaction)`` draws transactions of the shipped
library.

Hypothesis calls :func:`register` when it is imported (the ``hypothesis`` entry point in
pyproject.toml), so the registration needs no import of :mod:`policy.analysis.strategies`
by the test. This module is imported while hypothesis itself is being imported, possibly
from inside the import of :mod:`policy.analysis.strategies`: it imports neither at module
level, and what it registers is a function that imports the strategies only when a test
resolves the type, so that nothing is built (no world, no partition) until a draw.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

    from policy.model.transactions import Transaction


def register() -> None:
    """Register the strategy hypothesis uses for :class:`~policy.model.transactions.Transaction`."""
    from hypothesis import strategies as st

    from policy.model.transactions import Transaction

    st.register_type_strategy(Transaction, transactions_of_type)


def transactions_of_type(_type: type[Transaction]) -> SearchStrategy[Transaction]:
    """What ``st.from_type(Transaction)`` resolves to:
    :func:`policy.analysis.strategies.transactions` of the shipped library, on a date its
    law changes (a lazy strategy: the partition is built on the first draw)."""
    from policy.analysis.strategies import transactions

    return transactions()

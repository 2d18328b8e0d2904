"""The nouns of the loophole search: what a coalition means to deny (:class:`Objective`),
a transaction it denies (:class:`Denial`), and what an evasion move proposes instead
(:class:`Candidate`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from policy.model import vocabulary as v
from policy.model.rules import Rule
from policy.model.transactions import Transaction


@dataclass(frozen=True)
class Objective:
    """What a coalition means to deny: the transactions that one of ``jurisdictions``
    (default: every regime) does not let through without a licence, optionally only for
    item ``kinds`` (taxonomy prefixes) and ``destinations`` (countries)."""

    name: str = "deny whatever any regime denies"
    jurisdictions: tuple[str, ...] | None = None
    kinds: tuple[str, ...] = ()
    destinations: tuple[str, ...] = ()

    def counts(self, jurisdiction: str) -> bool:
        """Whether ``jurisdiction``'s denials are the objective's."""
        return self.jurisdictions is None or jurisdiction in self.jurisdictions

    def covers(self, tx: Transaction) -> bool:
        """Whether the objective is about ``tx`` at all (its kind and destination)."""
        if self.kinds and not any(v.kind_matches(k, tx.item.kind) for k in self.kinds):
            return False
        return not (self.destinations and tx.destination not in self.destinations)


@dataclass(frozen=True)
class Denial:
    """A transaction the objective denies: by which jurisdictions, with which rules, and
    through which nexus (jurisdiction -> nexus ids)."""

    tx: Transaction
    jurisdictions: tuple[str, ...]
    rules: tuple[Rule, ...]
    nexus: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Candidate:
    """What a move proposes: the transactions of the path (the last one reaches the end
    user), one sentence saying what changed, and a short key that tells this kind of
    loophole apart from others of the same move (with the item kind)."""

    legs: tuple[Transaction, ...]
    step: str
    key: str = ""
    detail: str = ""
    #: jurisdictions whose law the path goes through without being stopped (a supplier's)
    jurisdictions: tuple[str, ...] = ()


__all__ = ["Candidate", "Denial", "Objective"]

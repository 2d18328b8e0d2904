"""Findings: what ``policy check`` reports (the findings JSON contract of DESIGN.md).

Codes are stable, like a linter's: ``PL0xx`` validation, ``PL1xx`` loopholes between
jurisdictions, ``PL2xx`` consistency inside a regime.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from policy._documents import stamped
from policy.model.rules import Location, Rule
from policy.model.transactions import Transaction

Category = Literal["loophole", "consistency", "validation"]
Severity = Literal["error", "warning", "note"]


class RuleRef(BaseModel):
    """A rule a finding involves, with where it was written."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    file: str = ""
    line: int = 0

    @classmethod
    def of(cls, rule: Rule) -> RuleRef:
        loc = rule.defined_at
        return cls(id=rule.id, file=loc.file if loc else "", line=loc.line if loc else 0)


class Finding(BaseModel):
    """One problem, with a concrete witness where one exists.

    ``denied`` is the transaction the control objective denies; ``witness`` the
    transaction(s) that show the problem (for a loophole, the allowed transaction the evasion
    path ends in)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str
    category: Category
    move: str | None = None
    severity: Severity = "error"
    message: str
    jurisdictions: list[str] = Field(default_factory=list)
    rules: list[RuleRef] = Field(default_factory=list)
    denied: Transaction | None = None
    witness: list[Transaction] = Field(default_factory=list)
    path: list[str] = Field(default_factory=list)
    baselined: bool = False
    #: Where the problem is written when that is not its first rule's line: a failing
    #: example's row, the literal naming a group that does not exist. Left out of the JSON
    #: when absent.
    at: Location | None = None
    #: What tells this problem apart from others of its code (a kind, a parameter, a
    #: carve-out), for the fingerprint; not part of the JSON.
    key: str = Field(default="", exclude=True)

    @property
    def fingerprint(self) -> str:
        """A stable identity for baselines and de-duplication: the code, move,
        jurisdictions, rules and :attr:`key`, never the witness or the date (the same
        loophole found on several dates, or with other witness values after a threshold
        moves, is the same finding)."""
        rules = ",".join(sorted({r.id for r in self.rules}))
        juris = ",".join(sorted(self.jurisdictions))
        key = self.key or self.message.split(":")[0]
        return f"{self.code}|{self.move or ''}|{juris}|{rules}|{key}"

    def sort_key(self) -> tuple[str, ...]:
        return (
            self.code,
            self.move or "",
            ",".join(self.jurisdictions),
            ",".join(r.id for r in self.rules),
            self.message,
        )

    @property
    def place(self) -> tuple[str, int] | None:
        """``(file, line)`` to point at: :attr:`at`, else the first rule that records its
        place, else None."""
        if self.at is not None and self.at.file:
            return self.at.file, self.at.line
        r = next((r for r in self.rules if r.file), None)
        return (r.file, r.line) if r else None

    def to_json_dict(self) -> dict[str, object]:
        data = self.model_dump(mode="json", exclude={"denied", "witness"})
        if self.at is None:
            del data["at"]
        data["denied"] = self.denied.to_json_dict() if self.denied else None
        data["witness"] = [w.to_json_dict() for w in self.witness]
        return data


class Report(BaseModel):
    """Everything one ``policy check`` run found, sorted for stable output."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    as_of: str
    cells: int = 0
    findings: list[Finding] = Field(default_factory=list)

    def to_json_dict(self) -> dict[str, object]:
        return stamped(
            "findings",
            {
                "as_of": self.as_of,
                "cells": self.cells,
                "findings": [f.to_json_dict() for f in sorted(self.findings, key=Finding.sort_key)],
            },
        )

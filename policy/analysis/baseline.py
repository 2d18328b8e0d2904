"""The baseline: findings that were looked at and accepted, each with a reason.

``policy check`` fails only on findings that are not in the baseline (new ones), and still
lists the baselined ones. An entry matches a finding by its fingerprint (code, move,
jurisdictions, rules and a short key such as the item kind or the parameter), never by
witness values or dates, so an accepted loophole stays accepted when a threshold moves or
on another date. An entry may name an ``owner`` and an ``expires`` date after which it no
longer counts.

The file is JSON, sorted, written atomically::

    {"version": 1,
     "accepted": [{"fingerprint": "PL101|supplier_substitution|JP,US|US-744.23-fab|sme.etch",
                   "code": "PL101", "message": "...", "reason": "...",
                   "owner": "export-controls team", "expires": "2027-01-01"}]}
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from policy._io import write_text_atomic
from policy.analysis.findings import Finding
from policy.errors import InputError
from policy.loading import dump_json, format_validation_error, parse_json
from policy.model._types import ISODate

#: Where ``policy check`` looks for a baseline when neither ``--baseline`` nor
#: ``[tool.policy] baseline`` names one.
DEFAULT_BASELINE = "policy-baseline.json"


class Entry(BaseModel):
    """One accepted finding."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    fingerprint: Annotated[str, Field(min_length=1, max_length=4000)]
    code: str
    message: Annotated[str, Field(max_length=20_000)] = ""
    reason: Annotated[str, Field(min_length=1, max_length=20_000)]
    owner: Annotated[str, Field(max_length=500)] | None = None
    expires: ISODate | None = None

    def active(self, today: dt.date) -> bool:
        return self.expires is None or today < self.expires


class Baseline(BaseModel):
    """The accepted findings, keyed by fingerprint."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: int = 1
    accepted: tuple[Entry, ...] = ()

    def lookup(self) -> dict[str, Entry]:
        return {e.fingerprint: e for e in self.accepted}

    def apply(
        self, findings: Iterable[Finding], *, today: dt.date
    ) -> tuple[list[Finding], list[Entry], list[Entry]]:
        """Mark findings the baseline accepts (``baselined=True``).

        Returns the findings, the entries that matched nothing (stale), and the entries that
        matched but have expired (their findings count as new)."""
        table = self.lookup()
        out: list[Finding] = []
        used: set[str] = set()
        expired: dict[str, Entry] = {}
        for f in findings:
            e = table.get(f.fingerprint)
            if e is not None:
                used.add(e.fingerprint)
                if e.active(today):
                    out.append(f.model_copy(update={"baselined": True}))
                    continue
                expired[e.fingerprint] = e
            out.append(f)
        stale = [e for e in self.accepted if e.fingerprint not in used]
        return out, stale, list(expired.values())

    def updated(self, findings: Iterable[Finding], *, reason: str, owner: str | None) -> Baseline:
        """This baseline plus an entry for every finding it does not accept yet (existing
        entries, with their reasons, are kept)."""
        table = self.lookup()
        for f in findings:
            if f.fingerprint not in table:
                table[f.fingerprint] = Entry(
                    fingerprint=f.fingerprint,
                    code=f.code,
                    message=f.message,
                    reason=reason,
                    owner=owner,
                )
        return Baseline(accepted=tuple(table[k] for k in sorted(table)))


def load_baseline(path: str | Path) -> Baseline:
    """Read a baseline file; a missing file is an empty baseline."""
    p = Path(path)
    if not p.exists():
        return Baseline()
    where = str(path)
    try:
        raw = p.read_bytes()
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror}", where=where) from None
    data = parse_json(raw, where=where)
    try:
        return Baseline.model_validate(data)
    except ValidationError as e:
        raise format_validation_error(e, where=where) from None


def write_baseline(path: str | Path, baseline: Baseline) -> None:
    """Write the baseline atomically (sorted, so diffs in review are small)."""
    data = baseline.model_dump(mode="json", exclude_none=True)
    write_text_atomic(path, dump_json(data))


__all__ = ["DEFAULT_BASELINE", "Baseline", "Entry", "load_baseline", "write_baseline"]

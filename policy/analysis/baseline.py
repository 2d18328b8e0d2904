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

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from policy._io import write_text_atomic
from policy.analysis.findings import Finding
from policy.errors import did_you_mean, shown
from policy.loading import dump_json, format_validation_error, parse_json, read_document
from policy.model._types import ISODate

#: The format version this policy reads and writes.
BASELINE_VERSION = 1

#: Where ``policy check`` looks for a baseline when neither ``--baseline`` nor
#: ``[tool.policy] baseline`` names one.
DEFAULT_BASELINE = "policy-baseline.json"


#: The reason ``--update-baseline`` records when it is not given one: what accepting a
#: finding of each code means. Replace it with the reason for your case where it differs.
DEFAULT_REASONS: dict[str, str] = {
    "PL001": "Reference to be defined in a later amendment; tracked.",
    "PL002": "Example under review against its source; tracked.",
    "PL003": "Rule version not in force yet (or no public case yet); an example is to be"
    " added when there is one; tracked.",
    "PL101": "Gap between jurisdictions as modelled: on the dates found, the supplier's own"
    " jurisdiction does not control this item for this use (for the shipped library: Japan"
    " aligned on 23 Jul 2023, the Netherlands on 1 Sep 2023 and 7 Sep 2024). A documented"
    " loophole, not a modelling error.",
    "PL102": "Transshipment: a regime that reaches only exports from its own territory does"
    " not reach the re-export from a third country (real pattern: regimes-facts 7.9, 7.13).",
    "PL103": "De minimis is a deliberate line (15 CFR 734.4): content just under it is outside"
    " the law by design.",
    "PL104": "Threshold or scope mismatch between allied regimes (for example EU 3A501.a.16 at"
    " TPP 6000 against US 3A090.a at 4800): made there without the controlling"
    " jurisdiction's technology, the item is not controlled. A documented gap.",
    "PL105": "Unlisted affiliates of listed parties: not restricted without an affiliates rule"
    " (regimes-facts 7.7; the US rule of 29 Sep 2025 was suspended from 10 Nov 2025).",
    "PL106": "Remote access is not an export (regimes-facts 7.6): renting controlled capacity"
    " abroad is outside the licence requirement as modelled.",
    "PL107": "Ordering before a rule's effective date is inherent to dated law (regimes-facts"
    " 7.4).",
    "PL108": "Design headroom under a multi-parameter threshold (regimes-facts 7.1 A800/H800,"
    " 7.2 H20, 7.3 RTX 4090D): reported to show the headroom the rules leave.",
    "PL109": "End-use scoping (regimes-facts 7.5): a control keyed on an advanced-node or"
    " supercomputer end use does not reach the same item for a stated mature-node or civil"
    " use.",
    "PL110": "A composition of accepted moves that no single move achieves for the same"
    " control and item.",
    "PL201": "The most restrictive outcome wins by design; the permissive rule documents an"
    " exception that does not apply here. Reviewed.",
    "PL202": "The carve-out reflects a general licence that covers the whole rule on these"
    " dates. Reviewed.",
    "PL203": "Overlapping rules written as in their sources: the shadowed rule adds nothing on"
    " these dates but is kept for its citation. Reviewed.",
    "PL204": "Written as in the source; the condition cannot apply on the dates found with the"
    " regime's other conditions. Reviewed.",
    "PL205": "Boundary written as in the source. Reviewed.",
    "PL206": "Band in the law: the control is defined on a parameter band and the more"
    " capable side is controlled by another entry or another jurisdiction's regime. Reviewed.",
    "PL207": "Carve-out dates as in the source. Reviewed.",
    "PL208": "Overlapping entries as published. Reviewed.",
    "PL209": "A suspension or lapse modelled on purpose as a gap between versions (for the"
    " shipped library: US25-07, CN-05).",
    "PL210": "The implementer's own list entry for what the floor controls is not yet"
    " modelled; the floor's control applies in law through the implementer's list.",
}


class Entry(BaseModel):
    """One accepted finding."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    fingerprint: Annotated[str, Field(min_length=1, max_length=4000)]
    code: str
    message: Annotated[str, Field(max_length=20_000)] = ""
    reason: Annotated[str, Field(min_length=1, max_length=20_000)]
    owner: Annotated[str, Field(max_length=500)] | None = None
    expires: ISODate | None = None

    @field_validator("code")
    @classmethod
    def _known_code(cls, code: str, info: ValidationInfo) -> str:
        """Read from a file (:func:`load_baseline`), the code must be one a check reports:
        an entry for a misspelt code would never match and never say so."""
        known = (info.context or {}).get("codes")
        if known is not None and code not in known:
            hint = did_you_mean(code, known) or "; the codes are " + ", ".join(sorted(known))
            raise ValueError(f"unknown finding code {shown(code)}{hint}")
        return code

    def active(self, today: dt.date) -> bool:
        return self.expires is None or today < self.expires


class Baseline(BaseModel):
    """The accepted findings, keyed by fingerprint: each fingerprint at most once (two
    entries for one finding would leave it to their order which reason, owner and expiry
    count, and a second entry without ``expires`` would quietly revive an expired one)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: Annotated[int, Field(strict=True)] = BASELINE_VERSION
    accepted: tuple[Entry, ...] = ()

    @field_validator("version")
    @classmethod
    def _supported(cls, version: int) -> int:
        if version != BASELINE_VERSION:
            raise ValueError(
                f"unsupported baseline version {shown(version)}: this version of policy reads"
                f" version {BASELINE_VERSION}"
            )
        return version

    @model_validator(mode="after")
    def _each_fingerprint_once(self) -> Baseline:
        first: dict[str, int] = {}
        repeats = []
        for i, e in enumerate(self.accepted):
            j = first.setdefault(e.fingerprint, i)
            if j != i:
                repeats.append(
                    f"accepted[{i}].fingerprint: {shown(e.fingerprint, 200)} is already"
                    f" accepted[{j}]'s; each finding is accepted once (keep one of the two)"
                )
        if repeats:
            raise ValueError("; ".join(repeats[:20]))
        return self

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

    def updated(
        self, findings: Iterable[Finding], *, reason: str | None, owner: str | None
    ) -> Baseline:
        """This baseline plus an entry for every finding it does not accept yet (existing
        entries, with their reasons, are kept). Without a ``reason``, each new entry gets
        its code's entry in :data:`DEFAULT_REASONS`."""
        table = self.lookup()
        for f in findings:
            if f.fingerprint not in table:
                table[f.fingerprint] = Entry(
                    fingerprint=f.fingerprint,
                    code=f.code,
                    message=f.message.split(" [on ")[0][:2000],
                    reason=reason or DEFAULT_REASONS.get(f.code, "accepted; say why"),
                    owner=owner,
                )
        return Baseline(accepted=tuple(table[k] for k in sorted(table)))


def finding_codes() -> frozenset[str]:
    """The codes a finding can have: every registered check's and evasion move's (user
    checks and moves included, once the module that registers them is imported), and the
    code of composed loophole paths."""
    from policy.analysis.checks import registered_checks
    from policy.analysis.loopholes import COMPOSED_CODE, registered_moves

    return frozenset(
        {c.code for c in registered_checks()} | {m.code for m in registered_moves()}
    ) | {COMPOSED_CODE}


def load_baseline(path: str | Path) -> Baseline:
    """Read a baseline file; a missing file is an empty baseline.

    Besides its shape, the file must have the supported ``version``, each entry a
    ``code`` that :func:`finding_codes` knows, and each fingerprint once; every problem is
    an :class:`~policy.errors.InputError` naming the file, the entry and the field. Load the
    regimes first, so that the codes of their own checks are known."""
    p = Path(path)
    if not p.exists():
        return Baseline()
    where = str(path)
    data = parse_json(read_document(where), where=where)
    try:
        return Baseline.model_validate(data, context={"codes": finding_codes()})
    except ValidationError as e:
        raise format_validation_error(e, where=where) from None


def write_baseline(path: str | Path, baseline: Baseline) -> None:
    """Write the baseline atomically (sorted, so diffs in review are small)."""
    data = baseline.model_dump(mode="json", exclude_none=True)
    write_text_atomic(path, dump_json(data))


__all__ = [
    "BASELINE_VERSION",
    "DEFAULT_BASELINE",
    "DEFAULT_REASONS",
    "Baseline",
    "Entry",
    "finding_codes",
    "load_baseline",
    "write_baseline",
]

"""A chunk's answers, before they are written: which decision (or error) each record got.

Every reader of a screening (JSON Lines, CSV, Arrow and Parquet) produces :class:`Answers`
for a chunk, and every output format writes them (:mod:`policy.screening.outputs`): so any
input can go to any output, and a decision is worked out once per distinct combination of
verdicts in the chunk, not once per record.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from policy.model.decisions import Decision, Outcome

#: ``codes`` of a record refused with an error, and of a blank line (JSON Lines, CSV).
ERROR = -1
BLANK = -2
#: How many outcomes there are: a chunk counts its decisions per overall outcome rank.
OUTCOME_RANKS = len(Outcome)


@dataclass
class Answers:
    """The answers to one chunk's records, in input order.

    ``codes[k]`` is, for entry ``k``: an index into ``table`` (its decision), :data:`ERROR`
    (its message is ``errors[k]``) or :data:`BLANK`. A ``table`` entry is the id of a
    combination of verdicts of the compiled world (``int``) or a whole :class:`Decision`
    from the reference engine (a trace asked for, or an end user the tables cannot vouch
    for)."""

    #: each entry's id as read (None for none, and for blanks), or the Arrow id column
    ids: Any
    codes: npt.NDArray[np.intp]
    table: list[int | Decision]
    #: entry -> message (``where:line: problem``) of the records refused, in input order
    errors: dict[int, str] = field(default_factory=dict)
    #: each entry's line (JSON Lines, CSV) or row (Arrow) number, for the error records
    lines: Sequence[int] = ()
    #: what ``lines`` count, as error records name it: ``line`` (of a file) or ``row``
    key: str = "line"

    def __len__(self) -> int:
        return len(self.codes)

    def id_list(self) -> list[Any]:
        """The ids as a Python list (an Arrow column converted once)."""
        ids = self.ids
        if isinstance(ids, list):
            return ids
        got: list[Any] = ids.to_pylist()
        return got

    def decided(self) -> int:
        return int(np.count_nonzero(self.codes >= 0))

    def counts(self, ranks: Sequence[int]) -> list[int]:
        """Decisions per overall outcome rank; ``ranks[t]`` is table entry ``t``'s."""
        out = [0] * OUTCOME_RANKS
        if not self.table:
            return out
        used = np.bincount(self.codes[self.codes >= 0], minlength=len(self.table))
        for rank, n in zip(ranks, used.tolist(), strict=True):
            out[rank] += n
        return out


def concat(parts: list[Answers]) -> Answers:
    """Several chunks' answers as one (their tables joined, codes shifted)."""
    if len(parts) == 1:
        return parts[0]
    ids: list[Any] = []
    codes: list[npt.NDArray[np.intp]] = []
    table: list[int | Decision] = []
    errors: dict[int, str] = {}
    lines: list[int] = []
    at = 0
    for p in parts:
        ids.extend(p.id_list())
        shifted = p.codes.copy()
        shifted[p.codes >= 0] += len(table)
        codes.append(shifted)
        table.extend(p.table)
        errors.update({at + k: m for k, m in p.errors.items()})
        lines.extend(p.lines)
        at += len(p.codes)
    joined = np.concatenate(codes) if codes else np.zeros(0, dtype=np.intp)
    return Answers(ids, joined, table, errors, lines, parts[0].key if parts else "line")

"""Term bitsets: packing booleans into uint64 words, and the masks of the outcome path.

A transaction's term bitset has bit ``t`` set when term ``t`` of the compiled regime holds
(:mod:`policy.engine.compiled.regime`). Bit ``t`` lives in word ``t // 64``, little-endian
within the word. Batches are held word-major (one row of rows per word) so that each word
is gathered and combined with 1-D array operations.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

U64 = npt.NDArray[np.uint64]
Ints = npt.NDArray[np.intp]
Bools = npt.NDArray[np.bool_]


def unpack(words: U64) -> Bools:
    """uint64 words (..., w) -> bools (..., w * 64), the inverse of :func:`pack`."""
    flat = np.ascontiguousarray(words).view(np.uint8)
    return np.unpackbits(flat, axis=-1, bitorder="little").astype(np.bool_)


def pack(bits: Bools, words: int) -> U64:
    """Bool matrix (rows x terms) -> uint64 words (rows x words), bit t of word t // 64."""
    rows = bits.shape[0]
    padded = np.zeros((rows, words * 64), dtype=np.bool_)
    padded[:, : bits.shape[1]] = bits
    packed = np.packbits(padded, axis=1, bitorder="little")
    return np.ascontiguousarray(packed).view("<u8").astype(np.uint64, copy=False)


def set_bits(bits: U64, limit: int) -> list[int]:
    """The positions of the set bits of one bitset (below ``limit``: padding is ignored)."""
    out: list[int] = []
    for w, word in enumerate(bits.tolist()):
        while word:
            low = word & -word
            t = w * 64 + low.bit_length() - 1
            if t < limit:
                out.append(t)
            word ^= low
    return out


@dataclass
class Masks:
    """Bit masks over terms (possibly restricted to some words) for the outcome path:
    where some nexus holds (``reach``), where a nexus of each group a rule may name holds,
    the rules without carve-outs by (outcome rank, nexus group), and each rule with
    carve-outs with its carve-outs' ranks and masks."""

    reach: U64
    nexus_groups: dict[tuple[str, ...], U64]
    simple: list[tuple[int, tuple[str, ...], U64]]
    complex: list[tuple[int, tuple[str, ...], U64, list[tuple[int, U64]]]]

    def sliced(self, cols: Ints) -> Masks:
        return self.mapped(lambda m: m[..., cols])

    def mapped(self, f: Callable[[U64], U64]) -> Masks:
        return Masks(
            f(self.reach),
            {k: f(m) for k, m in self.nexus_groups.items()},
            [(o, g, f(m)) for o, g, m in self.simple],
            [(o, g, f(m), [(co, f(cm)) for co, cm in cs]) for o, g, m, cs in self.complex],
        )


def any_set(bits: U64, mask: U64) -> Bools:
    """Rows (columns of the word-major ``bits``) with a bit of ``mask`` set."""
    words = np.flatnonzero(mask).tolist()
    if not words:
        return np.zeros(bits.shape[1], dtype=np.bool_)
    j, *rest = words
    acc = bits[j] & mask[j]
    for j in rest:
        acc |= bits[j] & mask[j]
    out: Bools = acc != 0
    return out


def outcome_ranks(bits: U64, m: Masks) -> npt.NDArray[np.int8]:
    """The outcome rank of each row (0 not reached) from its word-major term bits: the
    verdict's outcome of :mod:`policy.engine.verdict`, computed for a whole batch at once
    (a carve-out lowers its rule to the least restrictive outcome among those that hold,
    which is where lowering one after another, each only when strictly lower, ends)."""
    reached = any_set(bits, m.reach)
    rank = reached.astype(np.int8)
    ok = {g: any_set(bits, mask) for g, mask in m.nexus_groups.items()}
    for o, g, mask in m.simple:
        hit = any_set(bits, mask) & reached
        if g:
            hit &= ok[g]
        np.maximum(rank, np.where(hit, o, 0).astype(np.int8), out=rank)
    for o, g, mask, carves in m.complex:
        hold = any_set(bits, mask) & reached
        if g:
            hold &= ok[g]
        eff = np.full(len(rank), o, dtype=np.int8)
        for co, cm in carves:
            np.minimum(eff, np.where(any_set(bits, cm), co, 127).astype(np.int8), out=eff)
        np.maximum(rank, np.where(hold, eff, 0).astype(np.int8), out=rank)
    return rank

"""The compiled world: every regime's tables, the overall outcome, and whole decisions.

Rows the tables cannot vouch for go to the reference :func:`~policy.engine.decide.decide`
one by one, so that results (and errors) stay exactly the reference's:

* an end user that names a party no regime defines (directly or through its owners): the
  reference raises only if some condition asks about the end user, which depends on the rest
  of the transaction;
* every row, when a regime cannot be compiled (a condition whose normal form is too large, or
  that refers to a group or list the regime does not define).
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np
import numpy.typing as npt

from policy.engine.compiled.batch import Batch
from policy.engine.compiled.context import BatchContext
from policy.engine.compiled.dnf import TooBig
from policy.engine.compiled.probes import listing_key
from policy.engine.compiled.regime import CompiledRegime
from policy.engine.decide import decide, regime_indexes
from policy.errors import PolicyError
from policy.loading import dump_json
from policy.model.decisions import Decision, Outcome, Verdict, not_modelled_by
from policy.model.parties import Party
from policy.model.transactions import EndUser, Transaction
from policy.model.world import World

OUTCOMES = {o.rank: o for o in Outcome}
_NO_TRACE = {"trace"}


class CompiledWorld:
    """``compile_world(world)``: fast bulk decisions identical to :func:`decide` (without the
    trace; :meth:`explain` gives the reference decision with it).

    Its tables grow as new values are met (a class per distinct kind, country set, listing
    key...), so one compiled world is not safe to share between threads; processes (as
    ``policy screen --jobs`` uses) each have their own copy."""

    def __init__(self, world: World, *, cap: int = 1024) -> None:
        self.world = world
        indexes = regime_indexes(world)
        self.jurisdictions = sorted(indexes)
        self.parties: dict[str, Party] = world.parties()
        self.regimes: dict[str, CompiledRegime] = {}
        self.fallback: str | None = None
        any_index = indexes[self.jurisdictions[0]] if self.jurisdictions else None
        self._index = any_index
        self._countries: dict[tuple[str, Any, str, Any], tuple[str, ...] | None] = {}
        for j in self.jurisdictions:
            dangling = [
                p.message
                for p in indexes[j].regime.problems()
                if p.code in ("dangling-group", "dangling-list")
            ]
            if dangling:
                # the reference raises when (and only when) evaluation reaches such a
                # reference: leave the whole world to it
                self.fallback = f"regime {j}: {dangling[0]}"
                continue
            try:
                self.regimes[j] = CompiledRegime(indexes[j].regime, indexes[j], cap=cap)
            except TooBig as e:
                self.fallback = f"regime {j}: a condition is too large to compile ({e})"
            except PolicyError as e:
                self.fallback = f"regime {j}: {e}"
        self._clean: dict[Any, bool] = {None: True}
        # bitset -> verdict id; verdict value -> id; id -> verdict (per jurisdiction)
        self._by_bits: dict[str, dict[bytes, int]] = {j: {} for j in self.jurisdictions}
        self._by_value: dict[str, dict[tuple[Any, ...], int]] = {j: {} for j in self.jurisdictions}
        self._verdict_list: dict[str, list[Verdict]] = {j: [] for j in self.jurisdictions}
        # verdict ids per jurisdiction -> combination id -> (overall, verdicts, JSON body)
        self._combo_ids: dict[tuple[int, ...], int] = {}
        self._combos: list[tuple[Outcome, dict[str, Verdict], list[str]]] = []
        self._json: dict[int, str] = {}

    def forget(self) -> None:
        """Drop the verdicts and decisions assembled so far (they are rebuilt on demand;
        the benchmarks time whole decisions from a cold start with it)."""
        for j in self.jurisdictions:
            self._by_bits[j].clear()
            self._by_value[j].clear()
            self._verdict_list[j].clear()
        self._combo_ids.clear()
        self._combos.clear()
        self._json.clear()

    # ------------------------------------------------------------------ rows
    @property
    def exact(self) -> bool:
        """True when every regime is compiled (no row needs the reference)."""
        return self.fallback is None

    def clean(self, who: str | EndUser | None) -> bool:
        """Whether every party the end user leads to (itself, its owners, theirs...) is
        known, so that the tables can answer for it."""
        key = listing_key(who)  # an anonymous end user is as clean as its owners
        got = self._clean.get(key)
        if got is None:
            got = self._check_clean(who)
            self._clean[key] = got
        return got

    def _check_clean(self, who: str | EndUser | None) -> bool:
        if who is None:
            return True
        todo: list[str] = []
        if isinstance(who, str):
            todo.append(who)
        else:
            todo.extend(o.party for o in who.owners)
        seen: set[str] = set()
        while todo:
            pid = todo.pop()
            if pid in seen:
                continue
            seen.add(pid)
            party = self.parties.get(pid)
            if party is None:
                return False
            todo.extend(o.party for o in party.owners)
        return True

    def _deferred(self, batch: Batch) -> npt.NDArray[np.bool_]:
        if self.fallback is not None:
            return np.ones(batch.n, dtype=np.bool_)
        if not batch.n:
            return np.zeros(0, dtype=np.bool_)
        eu = batch.columns["end_user"]
        ok = np.array([self.clean(x) for x in eu.values], dtype=np.bool_)[eu.codes]
        # a consignee's owners lead to parties as an end user's do
        co = batch.columns["consignee"]
        ok &= np.array([self.clean(_owned(x)) for x in co.values], dtype=np.bool_)[co.codes]
        return ~ok

    def _ctx(self, batch: Batch) -> BatchContext | None:
        if self._index is None:
            return None
        return BatchContext(batch, self._index, self._countries)

    # ------------------------------------------------------------------ outcomes
    def overall_ranks(self, batch: Batch) -> npt.NDArray[np.int8]:
        """The overall outcome rank of each row (1 no licence, 2 licence, 3 prohibited)."""
        out = np.ones(batch.n, dtype=np.int8)
        ctx = self._ctx(batch)
        deferred = self._deferred(batch)
        if ctx is not None and self.fallback is None:
            for reg in self.regimes.values():
                np.maximum(out, reg.ranks(batch, ctx), out=out)
        for i in np.flatnonzero(deferred).tolist():
            out[i] = decide(self.world, self._tx(batch, i)).overall.rank
        return out

    def overall(self, batch: Batch) -> list[Outcome]:
        return [OUTCOMES[r] for r in self.overall_ranks(batch).tolist()]

    # ------------------------------------------------------------------ whole decisions
    def combos(self, batch: Batch) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.bool_]]:
        """For each row, the id of its decision (without id and trace) in :meth:`combo`,
        and which rows must be decided by the reference instead."""
        deferred = self._deferred(batch)
        n = batch.n
        if not self.jurisdictions or n == 0:
            key = self._combo_id(())
            return np.full(n, key, dtype=np.intp), deferred
        if self.fallback is not None:
            return np.full(n, -1, dtype=np.intp), deferred  # every row goes to the reference
        ctx = self._ctx(batch)
        assert ctx is not None
        cols = [
            self._verdict_ids(j, self.regimes[j].term_bits(batch, ctx)) for j in self.jurisdictions
        ]
        # one integer per row (mixed radix over the verdict ids), then a 1-D unique
        sizes = [len(self._verdict_list[j]) or 1 for j in self.jurisdictions]
        if float(np.prod(np.array(sizes, dtype=np.float64))) < 2**62:
            mixed: npt.NDArray[np.int64] = np.zeros(n, dtype=np.int64)
            for col, size in zip(cols, sizes, strict=True):
                mixed = mixed * size + col
            _, first, inv = np.unique(mixed, return_index=True, return_inverse=True)
            rows = np.stack(cols, axis=1)[first]
        else:
            rows, inv = np.unique(np.stack(cols, axis=1), axis=0, return_inverse=True)
        ids = np.array([self._combo_id(tuple(u)) for u in rows.tolist()], dtype=np.intp)
        return ids[inv.reshape(-1)], deferred

    def _verdict_ids(self, j: str, bits: npt.NDArray[np.uint64]) -> npt.NDArray[np.intp]:
        reg = self.regimes[j]
        table = self._by_bits[j]
        by_value = self._by_value[j]
        keys: npt.NDArray[Any] = (
            bits.reshape(-1)
            if bits.shape[1] == 1
            else bits.view(np.dtype((np.void, bits.shape[1] * 8))).reshape(-1)
        )
        uniq, first, inv = np.unique(keys, return_index=True, return_inverse=True)
        lut = np.empty(len(uniq), dtype=np.intp)
        for k, row in enumerate(first.tolist()):
            raw = bits[row].tobytes()
            got = table.get(raw)
            if got is None:
                verdict = reg.verdict(bits[row])
                # equal verdicts from different bitsets share one id
                value = (
                    verdict.reached,
                    tuple(verdict.nexus),
                    verdict.outcome,
                    verdict.review,
                    tuple(verdict.rules),
                    tuple(verdict.carveouts),
                    verdict.not_modelled,
                )
                got = by_value.get(value)
                if got is None:
                    vl = self._verdict_list[j]
                    vl.append(verdict)
                    got = by_value[value] = len(vl) - 1
                table[raw] = got
            lut[k] = got
        return lut[inv.reshape(-1)]

    def _combo_id(self, ids: tuple[int, ...]) -> int:
        hit = self._combo_ids.get(ids)
        if hit is None:
            verdicts = {
                j: self._verdict_list[j][i] for j, i in zip(self.jurisdictions, ids, strict=False)
            }
            overall = max(
                (v.outcome for v in verdicts.values() if v.reached),
                key=lambda o: o.rank,
                default=Outcome.NO_LICENSE_REQUIRED,
            )
            self._combos.append((overall, verdicts, not_modelled_by(verdicts)))
            hit = self._combo_ids[ids] = len(self._combos) - 1
        return hit

    def combo(self, cid: int) -> tuple[Outcome, dict[str, Verdict], list[str]]:
        """(overall, verdicts, the jurisdictions not modelling it) of a combination id."""
        return self._combos[cid]

    def combo_json(self, cid: int) -> str:
        """The decision JSON (compact, sorted keys, as ``policy screen`` writes it) of a
        combination, without the ``id`` member."""
        got = self._json.get(cid)
        if got is None:
            overall, verdicts, not_modelled = self._combos[cid]
            body: dict[str, Any] = {
                "overall": overall.value,
                "verdicts": {j: v.to_json_dict() for j, v in verdicts.items()},
            }
            if not_modelled:
                body["not_modelled"] = not_modelled
            got = dump_json(body, indent=None)
            self._json[cid] = got
        return got

    def decisions(self, batch: Batch) -> Iterator[Decision]:
        """The decision of each row, in order (rows the tables cannot vouch for are decided
        by the reference when reached, so an error surfaces where the loop would raise it)."""
        ids, deferred = self.combos(batch)
        slow = np.flatnonzero(deferred).tolist()
        done = 0
        for stop in [*slow, batch.n]:
            if stop > done:
                yield from self._constructed(batch, ids[done:stop].tolist(), done)
            if stop < batch.n:
                yield without_trace(decide(self.world, self._tx(batch, stop)))
            done = stop + 1

    def _constructed(self, batch: Batch, cids: list[int], start: int) -> list[Decision]:
        """The decisions of rows ``start...`` from their combination ids, made with the
        cycle collector paused: they are many small acyclic objects made at once, which
        would otherwise set off a collection every few hundred of them (more than half
        the time of bulk decisions)."""
        txs = batch.txs[start : start + len(cids)]
        combos = self._combos
        paused = gc.isenabled()
        if paused:
            gc.disable()
        try:
            return [
                constructed(None if tx is None else tx.id, *combos[cid])
                for cid, tx in zip(cids, txs, strict=True)
            ]
        finally:
            if paused:
                gc.enable()

    def decide_many(
        self, transactions: Iterable[Transaction], size: int = 8192
    ) -> Iterator[Decision]:
        chunk: list[Transaction] = []
        for tx in transactions:
            chunk.append(tx)
            if len(chunk) >= size:
                yield from self.decisions(Batch.of(chunk))
                chunk = []
        if chunk:
            yield from self.decisions(Batch.of(chunk))

    def explain(self, transaction: Transaction) -> Decision:
        """The reference decision, trace included."""
        return decide(self.world, transaction)

    def _tx(self, batch: Batch, i: int) -> Transaction:
        tx = batch.txs[i]
        if tx is None:
            raise PolicyError(f"row {i} has no transaction to hand to the reference engine")
        return tx


_setattr = object.__setattr__
#: The fields a constructed decision was given (``model_construct`` would record the same;
#: pydantic copies this set before it changes it, as in ``model_copy``).
_FIELDS_SET = {"id", "overall", "verdicts", "not_modelled"}


def constructed(
    tid: str | int | None,
    overall: Outcome,
    verdicts: dict[str, Verdict],
    not_modelled: list[str] | None = None,
) -> Decision:
    """``Decision.model_construct(id=tid, overall=overall, verdicts=dict(verdicts),
    not_modelled=...)`` without its per-call Python (a third of the time of bulk
    decisions): the same instance state, set directly. The values are the compiled
    world's, already valid (``not_modelled`` defaults to the verdicts')."""
    if not_modelled is None:
        not_modelled = not_modelled_by(verdicts)
    d = Decision.__new__(Decision)
    _setattr(
        d,
        "__dict__",
        {
            "id": tid,
            "overall": overall,
            "verdicts": dict(verdicts),
            "not_modelled": list(not_modelled),
        },
    )
    _setattr(d, "__pydantic_fields_set__", set(_FIELDS_SET))
    _setattr(d, "__pydantic_extra__", None)
    _setattr(d, "__pydantic_private__", None)
    return d


def _owned(consignee: Any) -> EndUser | None:
    """A consignee as the end user whose owners :meth:`CompiledWorld.clean` follows."""
    if consignee is None or not consignee.owners:
        return None
    return EndUser(name=consignee.name, owners=consignee.owners)


def without_trace(decision: Decision) -> Decision:
    """The decision without its trace (what the compiled path gives)."""
    return decision.model_copy(
        update={
            "verdicts": {
                j: v.model_copy(update={"trace": []}) for j, v in decision.verdicts.items()
            }
        }
    )

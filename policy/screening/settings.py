"""What every chunk of a screening needs: the world, compiled, and its readers.

A :class:`Settings` is made once per screening, in the parent process, and installed
(:func:`install`) before any chunk is decided; worker processes are forked afterwards and
inherit it, so the compiled world is built once and shared, never pickled.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from policy.engine.compiled import CompiledWorld, compile_world
from policy.engine.compiled.columns import ColumnReader
from policy.engine.compiled.records import FastReader
from policy.errors import InputError
from policy.loading import check_references, transaction_from_data
from policy.model.world import World


@dataclass
class Settings:
    """What every chunk needs (inherited by forked workers)."""

    world: World
    #: the input's name in messages (a path, ``<stdin>``)
    where: str
    #: the ordinal of the date every record is decided at (``as_of``), or None
    on: int | None
    explain: bool
    #: the output format's name (:mod:`policy.screening.outputs`)
    output: str = "jsonl"
    #: open facts: ``open`` (named in each verdict), ``strict`` (a record with some is
    #: refused) or ``assume`` (not looked for) (:mod:`policy.screening.open`)
    facts: str = "open"
    compiled: CompiledWorld = field(init=False)
    reader: FastReader = field(init=False)
    #: the columnar reader of JSON Lines (None when records may not take the fast path)
    columns: ColumnReader | None = field(init=False)
    #: per combination of verdicts: its decision line after the id, and its overall rank
    tails: dict[int, bytes] = field(init=False, default_factory=dict)
    ranks: dict[int, int] = field(init=False, default_factory=dict)
    #: records may take the fast path (the world is fully compiled and no trace is asked)
    fast: bool = field(init=False)
    #: a valid transaction without an end user, in which :meth:`_end_user` judges one
    _stand_in: dict[str, Any] = field(init=False)
    #: the decision columns' builders, by the type of the ids (Arrow and Parquet output)
    _tables: dict[Any, Any] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.compiled = compile_world(self.world)
        clean = frozenset(p for p in self.compiled.parties if self.compiled.clean(p))
        self.fast = self.compiled.exact and not self.explain
        self.reader = FastReader(clean if self.fast else frozenset(), self.on)
        self.columns = ColumnReader(self.reader, self._end_user) if self.fast else None
        country, kind = min(self.reader.countries), min(self.reader.kinds)
        self._stand_in = {
            "date": "2000-01-01",
            "exporter": country,
            "destination": country,
            "item": {"kind": kind},
        }

    def decision_table(self, id_type: Any = None) -> Any:
        """The builder of decision columns (:class:`policy.screening.tables.DecisionTable`)
        for ids of Arrow type ``id_type`` (text by default), made once."""
        got = self._tables.get(id_type)
        if got is None:
            import pyarrow as pa

            from policy.screening.tables import DecisionTable

            kind = pa.string() if id_type is None else id_type
            got = self._tables[id_type] = DecisionTable(self.compiled, kind, dictionary=True)
        return got

    def _end_user(self, value: Any) -> Any:
        """A record's end user as the strict reader leaves it (a party id or an
        :class:`EndUser`), for the columnar reader: judged inside a stand-in transaction so
        that exactly the strict reader's rules apply (it depends on nothing else in the
        record). None when the strict reader refuses it or the tables cannot answer for it:
        those records take the strict path, which names the problem."""
        try:
            tx = transaction_from_data({**self._stand_in, "end_user": value}, where=self.where)
            eu = check_references(tx, self.world, where=self.where).end_user
        except InputError:
            return None
        return eu if self.compiled.clean(eu) else None


_current: Settings | None = None


def install(settings: Settings | None) -> None:
    """Make ``settings`` the ones chunks are decided with, in this process and in the
    workers forked from it afterwards (None once a screening is over, so that the compiled
    world it holds can go)."""
    global _current
    _current = settings


def current() -> Settings | None:
    """The installed settings (None before a screening installs its own)."""
    return _current

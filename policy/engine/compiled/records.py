"""A fast path from parsed JSON to a batch row, for records of the common shape.

Validating each record with pydantic costs more than deciding it. :class:`FastReader` checks
a parsed record directly against the transaction contract and returns its row, but only
when it is certain pydantic would accept the record and produce exactly that row; for
anything else (an error, an end user given as an object, a number it is unsure about) it
returns ``None`` and the caller validates that one record with pydantic, which gives the
error message. So it never has to reproduce pydantic's messages, only its acceptance, and
``tests/perf/test_records.py`` checks that on generated valid and broken records.

Duplicate keys: ``orjson`` keeps the last of two equal keys where the strict reader refuses
the record. A record is taken on the fast path only if its number of ``:`` bytes equals its
number of keys: every key is followed by a ``:`` and ``:`` also occurs inside strings, so
equality proves that no key was dropped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from policy.engine.compiled.batch import Row
from policy.model import vocabulary as v
from policy.model.transactions import LIMITS

_TX_KEYS = frozenset(
    {"id", "date", "exporter", "destination", "channel", "end_user", "end_use", "persons", "item"}
)
_ITEM_KEYS = frozenset(
    {"kind", "name", "params", "flags", "classification", "origin", "content", "made_with"}
)
#: float(x) of an integer this large may differ between JSON readers that parse it as a
#: float and those that parse it as an int; leave such records to the strict path.
EXACT_LIMIT = 2.0**53
#: Defaults of absent fields, told apart from anything JSON gives by identity.
_ABSENT: tuple[str, ...] = ()
_EMPTY: dict[str, Any] = {}


class FastReader:
    """Rows from parsed JSON records (see the module docstring).

    ``parties``: the end-user party ids the fast path may accept (known to the world, with
    every owner known); ``on``: a day ordinal that replaces every record's date (``--as-of``).
    """

    def __init__(self, parties: frozenset[str], on: int | None = None) -> None:
        self.parties = parties
        self.on = on
        self.countries = frozenset(v.countries())
        self.jurisdictions = frozenset(v.jurisdictions_known())
        self.kinds = frozenset(v.kinds())
        self.params = frozenset(v.parameters())
        self.flags = frozenset(v.flags())
        self.end_uses = frozenset(v.end_uses())
        self.channels = frozenset(v.CHANNELS)
        self._dates: dict[str, int] = {}
        self._sets: dict[tuple[str, tuple[Any, ...]], tuple[str, ...] | None] = {}

    def row(self, d: Any, raw: bytes | None) -> tuple[str | int | None, Row] | None:
        """``(id, row)`` of a record pydantic accepts, or None to say "validate it"."""
        if type(d) is not dict or not d.keys() <= _TX_KEYS:
            return None
        item = d.get("item")
        if type(item) is not dict or not item.keys() <= _ITEM_KEYS:
            return None
        keys = len(d) + len(item)
        tid = d.get("id")
        if not (
            tid is None or type(tid) is int or (type(tid) is str and len(tid) <= LIMITS.id_length)
        ):
            return None
        day = self._date(d.get("date"))
        exporter = d.get("exporter")
        destination = d.get("destination")
        if day is None or type(exporter) is not str or type(destination) is not str:
            return None
        if exporter not in self.countries or destination not in self.countries:
            return None
        channel = d.get("channel", "export")
        if type(channel) is not str or channel not in self.channels:
            return None
        end_user = d.get("end_user")
        if end_user is not None and (type(end_user) is not str or end_user not in self.parties):
            return None
        end_use = d.get("end_use", _ABSENT)
        if end_use is not _ABSENT:
            end_use = self._set("end_use", end_use, self.end_uses)
        persons = d.get("persons", _ABSENT)
        if persons is not _ABSENT:
            persons = self._set("persons", persons, self.countries)
        kind = item.get("kind")
        if end_use is None or persons is None or type(kind) is not str or kind not in self.kinds:
            return None
        name = item.get("name")
        if not (name is None or (type(name) is str and len(name) <= LIMITS.name_length)):
            return None
        params = item.get("params", _EMPTY)
        if params is not _EMPTY:
            params = self._numbers(params, self.params, None)
        content = item.get("content", _EMPTY)
        if content is not _EMPTY:
            content = self._numbers(content, self.jurisdictions, LIMITS.percent)
        if params is None or content is None:
            return None
        classification = item.get("classification", _EMPTY)
        if classification is not _EMPTY:
            if type(classification) is not dict:
                return None
            for j, code in classification.items():
                if j not in self.jurisdictions or type(code) is not str:
                    return None
                if not 1 <= len(code) <= LIMITS.code_length:
                    return None
        origin = item.get("origin")
        if origin is not None and (type(origin) is not str or origin not in self.countries):
            return None
        flags = item.get("flags", _ABSENT)
        if flags is not _ABSENT:
            flags = self._set("flags", flags, self.flags)
        made_with = item.get("made_with", _ABSENT)
        if made_with is not _ABSENT:
            made_with = self._set("made_with", made_with, self.jurisdictions)
        if flags is None or made_with is None:
            return None
        keys += len(params) + len(content) + len(classification)
        if raw is not None and raw.count(b":") != keys:
            return None
        return tid, (
            day if self.on is None else self.on,
            exporter,
            destination,
            channel,
            end_user,
            end_use,
            persons,
            kind,
            params,
            flags,
            classification,
            origin,
            content,
            made_with,
            None,
            None,
            None,
        )

    def _date(self, text: Any) -> int | None:
        if type(text) is not str:
            return None
        got = self._dates.get(text)
        if got is None:
            if len(text) != 10 or text[4] != "-" or text[7] != "-":
                return None
            try:
                got = dt.date.fromisoformat(text).toordinal()
            except ValueError:
                return None
            if len(self._dates) < 100_000:
                self._dates[text] = got
        return got

    def _set(self, what: str, values: Any, known: frozenset[str]) -> tuple[str, ...] | None:
        """A list of known names as the model stores it (sorted, without duplicates)."""
        if type(values) is not list or not all(type(x) is str for x in values):
            return None
        key = (what, tuple(values))
        if key in self._sets:
            return self._sets[key]
        out: tuple[str, ...] | None = None
        if all(x in known for x in values):
            out = tuple(sorted(set(values)))
        if len(self._sets) < 100_000:
            self._sets[key] = out
        return out

    @staticmethod
    def _numbers(
        values: Any, known: frozenset[str], most: float | None
    ) -> Mapping[str, float] | None:
        """Magnitudes (``most``: the largest percentage, for percentages) keyed by known names,
        as floats."""
        if type(values) is not dict:
            return None
        out: dict[str, float] = {}
        for k, x in values.items():
            t = type(x)
            if k not in known or not (t is int or t is float):
                return None
            f = float(x)
            if not 0 <= f < EXACT_LIMIT or (most is not None and f > most):
                return None
            out[k] = f
        return out

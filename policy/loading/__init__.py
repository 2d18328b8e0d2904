"""Reading what users give us: transactions (JSON, JSON Lines) and regimes (Python modules,
JSON files). Every malformed input becomes one :class:`~policy.errors.InputError` that names
the place: the file, the line or record, and the field path.

One idea per module: :mod:`~policy.loading.json` (strict JSON documents within limits, and
deterministic JSON out), :mod:`~policy.loading.errors` (pydantic's validation errors in
words), :mod:`~policy.loading.transactions`, :mod:`~policy.loading.regimes` (regimes and
worlds; :func:`load_world` is the front door) and :mod:`~policy.loading.modules` (importing
a user's regime module under a guard). Every name is importable from here as before.

The limits (``MAX_DOCUMENT_BYTES``, ...) are re-exported for reading; the functions of
:mod:`policy.loading.json` read their own module's values at each call, so that is where to
change one (``monkeypatch.setattr(policy.loading.json, "MAX_DOCUMENT_BYTES", ...)``).
"""

from __future__ import annotations

from policy.loading.errors import format_validation_error
from policy.loading.json import (
    MAX_DOCUMENT_BYTES,
    MAX_JSON_DEPTH,
    MAX_LINE_BYTES,
    dump_json,
    parse_json,
    read_document,
    stdin_bytes,
)
from policy.loading.modules import guarded
from policy.loading.regimes import (
    load_world,
    regime_from_data,
    world_from_data,
    world_from_json,
    world_from_json_files,
    world_from_module,
)
from policy.loading.transactions import (
    check_references,
    iter_jsonl,
    read_transaction,
    transaction_from_data,
)

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "MAX_JSON_DEPTH",
    "MAX_LINE_BYTES",
    "check_references",
    "dump_json",
    "format_validation_error",
    "guarded",
    "iter_jsonl",
    "load_world",
    "parse_json",
    "read_document",
    "read_transaction",
    "regime_from_data",
    "stdin_bytes",
    "transaction_from_data",
    "world_from_data",
    "world_from_json",
    "world_from_json_files",
    "world_from_module",
]

"""JSON Schemas generated from the models: the single source of truth for the formats that
other tools exchange with us (transactions, decisions, regimes, worlds, findings, mutation
reports)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel

from policy._documents import STAMP_PROPERTIES, schema_url
from policy._io import write_text_atomic
from policy.analysis.diff import DiffReport
from policy.analysis.findings import Report
from policy.analysis.mutate.coverage import CoverageReport
from policy.analysis.mutate.report import MutationReport
from policy.loading import dump_json
from policy.model.decisions import Decision
from policy.model.regimes import Regime
from policy.model.transactions import Transaction
from policy.model.world import World

SCHEMAS: dict[str, type[BaseModel]] = {
    "decision": Decision,
    "diff": DiffReport,
    "findings": Report,
    "mutate": MutationReport,
    "mutate-coverage": CoverageReport,
    "regime": Regime,
    "transaction": Transaction,
    "world": World,
}


#: The documents policy prints (rather than reads): their schemas describe the output, and
#: allow the ``tool``, ``version`` and ``schema`` keys every printed document carries
#: (``decide --format json``; a ``screen`` line is the same object without them).
DOCUMENTS = ("decision", "diff", "findings")


def schema_of(name: str) -> dict[str, Any]:
    model = SCHEMAS[name]
    schema = model.model_json_schema(
        mode="serialization" if name in (*DOCUMENTS, "mutate", "mutate-coverage") else "validation"
    )
    if name in DOCUMENTS:
        schema["properties"] = {**STAMP_PROPERTIES, **schema["properties"]}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": schema_url(name),
        **schema,
    }


def render_schemas() -> dict[str, str]:
    """File name -> content, for every schema."""
    return {f"{name}.schema.json": dump_json(schema_of(name)) for name in sorted(SCHEMAS)}


def write_schemas(directory: str | Path) -> list[Path]:
    out = []
    for name, text in render_schemas().items():
        path = Path(directory) / name
        write_text_atomic(path, text)
        out.append(path)
    return out


def stale_schemas(directory: str | Path) -> list[str]:
    """Names of schema files that differ from a fresh render (or are missing)."""
    stale = []
    for name, text in render_schemas().items():
        path = Path(directory) / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            stale.append(name)
    return stale

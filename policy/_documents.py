"""What every JSON document policy prints says about itself: the tool that wrote it, its
version and the schema it follows (DESIGN.md, "Contracts added in the second round").

``check``, ``diff`` and ``decide --format json`` (and ``mutate``) print documents a program
keeps and reads later; the three keys tell that program what it holds without guessing
from the shape. ``screen`` writes a decision per line and stays lean: its lines are the
decision schema's objects without these keys.
"""

from __future__ import annotations

from typing import Any

#: Where the schemas are published; each schema's ``$id`` is this plus its file name.
SCHEMA_BASE = "https://policy.example/schemas/"
#: The name the documents give the tool.
TOOL = "policy"


def schema_url(name: str) -> str:
    """The ``$id`` of ``schemas/NAME.schema.json``."""
    return f"{SCHEMA_BASE}{name}.schema.json"


def stamped(name: str, data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with ``tool``, ``version`` and ``schema`` (that of ``schemas/NAME``)."""
    from policy import __version__

    return {"tool": TOOL, "version": __version__, "schema": schema_url(name), **data}


#: The JSON Schema of the three keys, added to the schema of each document that has them.
STAMP_PROPERTIES: dict[str, Any] = {
    "tool": {"const": TOOL, "description": "The tool that wrote the document."},
    "version": {"type": "string", "description": "The version of the tool."},
    "schema": {
        "type": "string",
        "format": "uri",
        "description": "The $id of the JSON Schema the document follows.",
    },
}

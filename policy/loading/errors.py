"""pydantic's validation errors as one readable :class:`~policy.errors.InputError`.

A model that fails validation reports each problem at its field path (``item.params.tpp``),
in words a user can act on, with the rule, carve-out or nexus it lies in named by its id.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from policy.errors import InputError, did_you_mean, shown


def format_validation_error(
    err: ValidationError, *, where: str | None = None, data: Any = None
) -> InputError:
    """One readable message for a pydantic error: each problem as ``path: message``.

    Problems at the same path (one per member of a union such as ``str | int``) are
    joined with "or"; identical ones are said once. Given the validated ``data``, a rule,
    carve-out or nexus is named by its id as well as its index (``rules[3] (US-3A090)``).
    Values are shown shortened, so a hostile megabyte string cannot flood the terminal.
    """
    by_path: dict[str, list[str]] = {}
    errors = _root_causes(err.errors(include_url=False))
    for e in errors[:20]:
        loc = tuple(e.get("loc", ()))
        path = _shorten(_label(loc, data))
        msg = str(e.get("msg", "invalid"))
        for prefix in ("Value error, ", "Assertion failed, "):
            msg = msg.removeprefix(prefix)
        if e.get("type") == "extra_forbidden":
            msg = "unknown field (not part of the format)"
        elif e.get("type") == "missing":
            msg = "required field is missing"
        elif e.get("type") in ("enum", "literal_error") and isinstance(e.get("input"), str):
            msg = _choice_message(e)
        elif (
            "input" in e
            and e.get("type") not in ("value_error",)
            and not msg.startswith("expected")
        ):
            msg = f"{msg} (got {shown(e['input'])})"
        if len(msg) > 400:
            msg = msg[:397] + "..."
        seen = by_path.setdefault(path, [])
        if msg not in seen:
            seen.append(msg)
    lines = [(f"{path}: " if path else "") + ", or ".join(msgs) for path, msgs in by_path.items()]
    more = len(errors) - 20
    if more > 0:
        lines.append(f"... and {more} more")
    return InputError("; ".join(lines), where=where)


def _root_causes(errors: list[Any]) -> list[Any]:
    """The errors without those that only follow from another: a tuple that is "too short
    after validation" because its one entry was refused says nothing the entry's own error
    does not."""
    failed = [tuple(e.get("loc", ())) for e in errors]
    return [
        e
        for e in errors
        if not (
            e.get("type") == "too_short"
            and any(
                len(other) > len(tuple(e.get("loc", ())))
                and other[: len(tuple(e.get("loc", ())))] == tuple(e.get("loc", ()))
                for other in failed
            )
        )
    ]


def _choice_message(e: Any) -> str:
    """``expected one of 'a', 'b' or 'c', got 'x'; did you mean 'b'?`` for a value outside
    a closed vocabulary (an outcome, a channel)."""
    expected = str((e.get("ctx") or {}).get("expected", ""))
    allowed = re.findall(r"'([^']*)'", expected)
    got = e["input"]
    hint = did_you_mean(got, allowed) if len(got) <= 200 else ""
    return f"expected one of {expected}, got {shown(got)}{hint}"


def _shorten(path: str, limit: int = 160) -> str:
    """A field path for a message: a very deep one keeps its start (which names the rule)
    and its end (which names the field)."""
    if len(path) <= limit:
        return path
    return path[:100] + " ... " + path[-50:]


#: Lists whose entries have an ``id`` worth naming in a path.
_NAMED = {"rules", "reach", "carveouts", "regimes", "groups", "lists", "parties"}


def _label(loc: tuple[Any, ...], data: Any) -> str:
    """:func:`field_path`, followed by the id of the innermost rule, nexus, carve-out, group,
    list or party it runs through, where ``data`` shows one:
    ``rules[3].when (in rule US-3A090)``."""
    path = field_path(loc)
    if data is None:
        return path
    node = data
    named = ""
    for i, p in enumerate(loc):
        try:
            node = node[p]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(p, int) and i > 0 and loc[i - 1] in _NAMED and isinstance(node, dict):
            name = node.get("id", node.get("jurisdiction"))
            if isinstance(name, str) and 0 < len(name) <= 80:
                named = f"{_SINGULAR[loc[i - 1]]} {name}"
    return f"{path} (in {named})" if named else path


_SINGULAR = {
    "rules": "rule",
    "reach": "nexus",
    "carveouts": "carve-out",
    "regimes": "regime",
    "groups": "group",
    "lists": "list",
    "parties": "party",
}


def field_path(loc: tuple[Any, ...]) -> str:
    """``("item", "params", "tpp")`` -> ``item.params.tpp``, without pydantic's union-member
    names (``str``, ``EndUser``) and condition tags (``>=`` after ``when``)."""
    parts: list[str] = []
    prev: Any = None
    for p in loc:
        skip = isinstance(p, str) and (
            "[" in p
            or p in _MEMBER_NAMES
            or (p in _CONDITION_TAGS and (prev in ("when", "of") or isinstance(prev, int)))
        )
        if not skip:
            parts.append(f"[{p}]" if isinstance(p, int) else ("." if parts else "") + str(p))
        prev = p
    return "".join(parts)


_MEMBER_NAMES = {"str", "int", "float", "bool", "none", "constrained-str", "EndUser", "Party"}
_CONDITION_TAGS = {
    ">=",
    ">",
    "<=",
    "<",
    "==",
    "content",
    "kind",
    "flag",
    "classified",
    "country",
    "listed",
    "end_use",
    "channel",
    "made_with",
    "const",
    "all",
    "any",
    "not",
}

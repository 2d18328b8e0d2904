"""Small word helpers the conditions' traces and descriptions share (numbers are written by
:func:`policy.model.numbers.format_number`)."""

from __future__ import annotations

from collections.abc import Sequence


def braced(items: Sequence[str]) -> str:
    """``{a, b}``: a set of names as traces show it."""
    return "{" + ", ".join(items) + "}"


def joined(parts: Sequence[str], word: str) -> str:
    """``a and b and c`` (or with ``or``): the parts of a junction in one phrase."""
    if len(parts) == 1:
        return parts[0]
    return f" {word} ".join(parts)


def either(parts: Sequence[str]) -> str:
    """``a, b or c``: alternatives in English."""
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " or " + parts[-1]

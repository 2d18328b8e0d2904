"""Where a name is written in the regime sources: the string literals of a regime's Python
files, found by reading the files (not by importing them again).

A finding about a name that does not resolve (a group id written ``"D:6"``) is one mistake
however many rules use it; its place is the literal that writes the name, which no rule's
``defined_at`` records. Kept in the analysis (it reads files the findings name) rather than in
:mod:`policy.loading`, which the analysis does not import.
"""

from __future__ import annotations

import ast
import functools
import tokenize
from collections.abc import Iterable
from pathlib import Path

from policy.model.rules import relative_path

#: The directory that holds the ``policy`` package, against which :func:`relative_path`
#: writes the shipped regimes' files.
_ROOT = Path(__file__).resolve().parents[2]


def source_path(file: str) -> Path | None:
    """The file a recorded location names (relative to the working directory or to the
    directory that holds the ``policy`` package, as :func:`relative_path` writes it)."""
    path = Path(file)
    candidates = [path] if path.is_absolute() else [Path.cwd() / path, _ROOT / path]
    return next((p for p in candidates if p.is_file()), None)


def literal_sites(value: str, files: Iterable[str]) -> list[tuple[str, int]]:
    """``(file, line)`` of every string literal equal to ``value`` in the Python ``files``
    (as locations record them), and in the other modules of their directories after them:
    where a name that does not resolve (a group id written ``"D:6"``) is written."""
    ordered: list[Path] = []
    for f in files:
        p = source_path(f)
        if p is not None and p.suffix == ".py" and p not in ordered:
            ordered.append(p)
    for p in list(ordered):
        ordered.extend(q for q in sorted(p.parent.glob("*.py")) if q not in ordered)
    sites: list[tuple[str, int]] = []
    for p in ordered:
        sites.extend((relative_path(str(p)), line) for line in _string_lines(p, value))
    return sites


@functools.lru_cache(maxsize=256)
def _strings(path: Path) -> tuple[tuple[str, int], ...]:
    try:
        with path.open("rb") as f:
            tokens = list(tokenize.tokenize(f.readline))
    except (OSError, SyntaxError, tokenize.TokenError):
        return ()
    out = []
    for tok in tokens:
        if tok.type == tokenize.STRING:
            try:
                text = ast.literal_eval(tok.string)
            except (ValueError, SyntaxError):
                continue  # an f-string
            if isinstance(text, str):
                out.append((text, tok.start[0]))
    return tuple(out)


def _string_lines(path: Path, value: str) -> list[int]:
    return [line for text, line in _strings(path) if text == value]

"""Where in a regime module an error was written: the file, the line of the argument that is
wrong, and the rule (nexus, carve-out, group, example) it belongs to.

A regime module builds its law with calls (``ear_rule("US-3A090.a", ..., effective=...)``),
so a mistake surfaces as an exception raised somewhere below one of them: in pydantic, in
the vocabulary, in ``rule()`` itself. The traceback says which statement of the user's file
was running; the statement's syntax tree says the rest: the call whose arguments were being
evaluated, the argument that holds the offending value (``"2021-02-30"``, ``"XQ"``, the
keyword ``reveiw=``), and the id of the enclosing rule. Python records, for every
instruction, the span of source it comes from (PEP 657), so the failing expression is found
exactly, not guessed from the line.

Frames of policy itself (except the shipped regimes under ``policy/regimes``), of pydantic
and of the standard library are not the user's; nor is any frame whose function or module
sets ``__tracebackhide__`` (pytest's convention), which is how the authoring helpers of a
regime package (``rule()``, ``case()``) point past themselves to their caller.
"""

from __future__ import annotations

import ast
import functools
import inspect
import os
import re
import sysconfig
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType, TracebackType
from typing import Any

from policy.model.rules import relative_path

_POLICY_DIR = os.path.abspath(Path(__file__).resolve().parents[1]) + os.sep
_REGIMES_DIR = _POLICY_DIR + "regimes" + os.sep


def _library_dirs() -> tuple[str, ...]:
    import pydantic
    import pydantic_core

    dirs = {
        str(Path(pydantic.__file__).resolve().parent),
        str(Path(pydantic_core.__file__).resolve().parent),
        sysconfig.get_paths()["stdlib"],
        sysconfig.get_paths()["platstdlib"],
    }
    return tuple(sorted(os.path.abspath(d) + os.sep for d in dirs))


_LIBRARY_DIRS = _library_dirs()


def is_user_file(filename: str) -> bool:
    """Whether ``filename`` is regime code a user writes: not policy's own machinery (the
    shipped regimes are), not pydantic, not the standard library, not ``<frozen ...>``."""
    if filename.startswith("<"):
        return False
    path = os.path.abspath(filename)
    if path.startswith(_POLICY_DIR):
        return path.startswith(_REGIMES_DIR)
    return not path.startswith(_LIBRARY_DIRS)


def _hidden(frame: FrameType) -> bool:
    return bool(frame.f_locals.get("__tracebackhide__") or frame.f_globals.get("__tracebackhide__"))


@dataclass(frozen=True)
class Site:
    """The place in a user's file where an exception was raised: the file, the line and
    column span of the instruction that was running, and its frame."""

    filename: str
    lineno: int
    col: int | None
    end_lineno: int | None
    end_col: int | None
    frame: FrameType


def user_site(tb: TracebackType | None) -> Site | None:
    """The innermost traceback entry in the user's regime code, or None."""
    found: Site | None = None
    while tb is not None:
        frame = tb.tb_frame
        filename = frame.f_code.co_filename
        if is_user_file(filename) and not _hidden(frame):
            positions = _positions(frame, tb.tb_lasti)
            lineno = tb.tb_lineno if tb.tb_lineno is not None else frame.f_lineno
            found = Site(filename, lineno, *positions, frame)
        tb = tb.tb_next
    return found


def _positions(frame: FrameType, lasti: int) -> tuple[int | None, int | None, int | None]:
    """The (column, end line, end column) of the instruction at ``lasti`` (PEP 657)."""
    try:
        pos = list(frame.f_code.co_positions())[lasti // 2]
    except (IndexError, ValueError):
        return None, None, None
    return pos[2], pos[1], pos[3]


@functools.lru_cache(maxsize=64)
def _tree(filename: str) -> tuple[ast.Module, dict[int, ast.AST]] | None:
    """The syntax tree of a file and each node's parent (by ``id``), or None."""
    try:
        source = Path(filename).read_text(encoding="utf-8")
        tree = ast.parse(source, filename)
    except (OSError, SyntaxError, ValueError):
        return None
    parents: dict[int, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[id(child)] = node
    return tree, parents


def _span(node: ast.AST) -> tuple[int, int, int, int] | None:
    if not hasattr(node, "lineno") or getattr(node, "end_lineno", None) is None:
        return None
    return (node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)  # type: ignore[attr-defined]


def _node_at(site: Site) -> tuple[ast.AST, dict[int, ast.AST]] | None:
    """The smallest expression that covers the site's instruction (the call, comparison or
    name being evaluated when the exception was raised)."""
    parsed = _tree(site.filename)
    if parsed is None:
        return None
    tree, parents = parsed
    start = (site.lineno, site.col if site.col is not None else 0)
    end = (
        site.end_lineno if site.end_lineno is not None else site.lineno,
        site.end_col if site.end_col is not None else 1 << 30,
    )
    best: ast.AST | None = None
    best_size: tuple[int, int] | None = None
    for node in ast.walk(tree):
        span = _span(node)
        if span is None or not isinstance(node, ast.expr | ast.stmt):
            continue
        a, b = (span[0], span[1]), (span[2], span[3])
        if a <= start and end <= b:
            size = (span[2] - span[0], (span[3] - span[1]) if span[2] == span[0] else span[3])
            if best_size is None or size <= best_size:
                best, best_size = node, size
    return (best, parents) if best is not None else None


# --------------------------------------------------------------------------- context

#: What a call builds, by the name of the function it (or the partial it is) calls.
_WHAT = {
    "rule": "rule",
    "Rule": "rule",
    "nexus": "nexus",
    "Nexus": "nexus",
    "Carveout": "carve-out",
    "group": "group",
    "CountryGroup": "group",
    "case": "example",
    "Example": "example",
    "Party": "party",
    "PartyList": "list",
    "party_list": "list",
}


def _callee(call: ast.Call, frame: FrameType) -> Any:
    """The object a call's function names (``ear_rule``, ``policy.Rule``), looked up in the
    frame's names without running anything; None when it is not a plain (dotted) name."""
    parts: list[str] = []
    node: ast.expr = call.func
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    scope = {**frame.f_builtins, **frame.f_globals, **frame.f_locals}
    if node.id not in scope:
        return None
    obj = scope[node.id]
    for name in reversed(parts):
        try:
            obj = inspect.getattr_static(obj, name)
        except AttributeError:
            return None
    return obj


def _unwrapped(obj: Any) -> Any:
    while isinstance(obj, functools.partial):
        obj = obj.func
    return obj


def _id_of(call: ast.Call) -> str | None:
    """The id a call gives what it builds: its first positional argument or its ``id=``,
    when that is a string written out."""
    written = [kw.value for kw in call.keywords if kw.arg == "id"] + call.args[:1]
    for arg in written:
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            return arg.value
    return None


def _enclosing_calls(node: ast.AST, parents: dict[int, ast.AST]) -> Iterator[ast.Call]:
    current: ast.AST | None = node
    while current is not None:
        if isinstance(current, ast.Call):
            yield current
        current = parents.get(id(current))


def context(node: ast.AST, parents: dict[int, ast.AST], frame: FrameType) -> str:
    """``rule US-3A090.a, carve-out NAC``: what the failing expression is part of, outermost
    first, as far as the calls around it name it."""
    parts: list[str] = []
    for call in _enclosing_calls(node, parents):
        ident = _id_of(call)
        if ident is None:
            continue
        target = _unwrapped(_callee(call, frame))
        name = getattr(target, "__name__", None)
        what = _WHAT.get(name or "")
        if what is None:
            continue
        shown = ident if len(ident) <= 60 else ident[:57] + "..."
        parts.append(f"{what} {shown!r}" if what == "example" else f"{what} {shown}")
    return ", ".join(reversed(parts))


# --------------------------------------------------------------------------- the argument


def _constants(node: ast.AST) -> Iterator[ast.Constant]:
    for n in ast.walk(node):
        if isinstance(n, ast.Constant):
            yield n


def _holds(const: ast.Constant, value: object) -> int:
    """2 when the constant is the value, 1 when it is a word of it (``"AL CY XQ"`` holds
    ``XQ``), else 0."""
    c = const.value
    if type(c) is type(value) and c == value:
        return 2
    if isinstance(c, str) and isinstance(value, str) and value and value in c.split():
        return 1
    return 0


def argument_line(
    node: ast.AST,
    parents: dict[int, ast.AST],
    frame: FrameType,
    *,
    values: tuple[object, ...] = (),
    fields: tuple[str, ...] = (),
) -> int | None:
    """The line of the argument that is wrong, within the failing expression (or the calls
    around it): the literal that holds an offending value, else the argument of an
    offending field (a keyword of that name, or the positional argument bound to it)."""
    for scope in (node, *_enclosing_calls(node, parents)):
        for value in values:
            if isinstance(value, bool) or value is None:
                continue
            hits = sorted(
                ((_holds(c, value), c) for c in _constants(scope)),
                key=lambda h: (-h[0], h[1].lineno, h[1].col_offset),
            )
            if hits and hits[0][0]:
                return hits[0][1].lineno
        if isinstance(scope, ast.Call):
            line = _field_line(scope, frame, fields)
            if line is not None:
                return line
    return None


def _field_line(call: ast.Call, frame: FrameType, fields: tuple[str, ...]) -> int | None:
    if not fields:
        return None
    for field in fields:
        for kw in call.keywords:
            if kw.arg == field:
                return kw.value.lineno
    target = _callee(call, frame)
    if target is None:
        return None
    try:
        params = list(inspect.signature(target).parameters.values())
    except (TypeError, ValueError):
        return None
    positional = [
        p.name
        for p in params
        if p.kind in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    ]
    for field in fields:
        if field in positional:
            i = positional.index(field)
            if i < len(call.args) and not any(isinstance(a, ast.Starred) for a in call.args[:i]):
                return call.args[i].lineno
    return None


# --------------------------------------------------------------------------- front door


@dataclass(frozen=True)
class Located:
    """What :func:`locate` found: ``file:line`` (relative where possible), the context
    (``rule US-3A090.a``) and, for an unexpected keyword, its hint."""

    where: str
    context: str
    hint: str


_UNEXPECTED_KEYWORD = re.compile(r"got an unexpected keyword argument '(\w+)'")


def locate(
    e: BaseException, *, values: tuple[object, ...] = (), fields: tuple[str, ...] = ()
) -> Located | None:
    """Where in the user's regime code ``e`` was raised, as precisely as the source allows;
    None when no frame of its traceback is the user's."""
    site = user_site(e.__traceback__)
    if site is None:
        return None
    line = site.lineno
    ctx = ""
    hint = ""
    found = _node_at(site)
    if found is not None:
        node, parents = found
        ctx = context(node, parents, site.frame)
        keyword = _UNEXPECTED_KEYWORD.search(str(e)) if isinstance(e, TypeError) else None
        if keyword is not None and isinstance(node, ast.Call):
            name = keyword.group(1)
            line = next((kw.value.lineno for kw in node.keywords if kw.arg == name), line)
            hint = _keyword_hint(node, site.frame, name)
        else:
            line = argument_line(node, parents, site.frame, values=values, fields=fields) or line
    return Located(f"{relative_path(site.filename)}:{line}", ctx, hint)


def _keyword_hint(call: ast.Call, frame: FrameType, name: str) -> str:
    """``; did you mean 'review'?`` from the parameters of the function a call calls."""
    from policy.errors import did_you_mean

    target = _callee(call, frame)
    if target is None:
        return ""
    try:
        params = inspect.signature(target).parameters
    except (TypeError, ValueError):
        return ""
    names = [p for p, v in params.items() if v.kind is not inspect.Parameter.VAR_KEYWORD]
    hint = did_you_mean(name, names)
    return hint or "; the keyword arguments are " + ", ".join(sorted(names))


def python_error(e: BaseException) -> str:
    """Python's own one-line account of ``e``, with a "did you mean" for a misspelt name
    (``NameError: name 'dat' is not defined; did you mean 'date'?``): the interpreter's
    suggestion, made from the names the failing frame could see."""
    from policy.errors import did_you_mean

    lines = traceback.format_exception_only(type(e), e)
    text = " ".join(line.strip() for line in lines if line.strip())
    if len(text) > 500:
        text = text[:497] + "..."
    name = getattr(e, "name", None)
    site = user_site(e.__traceback__)
    if isinstance(e, NameError) and isinstance(name, str) and site is not None:
        frame = site.frame
        seen = {*frame.f_builtins, *frame.f_globals, *frame.f_locals}
        text += did_you_mean(name, (n for n in seen if not n.startswith("__")))
    return text

"""A condition written on the command line (``policy eval 'tpp >= 4800 & destination in
D:5'``), read into the condition model without running it as Python.

The text is parsed with :mod:`ast` (Python's expression syntax, so ``&``, ``|``, ``~``,
``and``, ``or``, ``not`` and parentheses mean what they mean in a regime module) and then
only a small set of shapes is accepted and built into :class:`~policy.model.conditions`
nodes; nothing is evaluated by Python, so an expression cannot call anything:

* ``tpp >= 4800``, ``4000 <= tpp < 4800``: a parameter of the vocabulary compared with a
  number (the regime modules' handles, ``TPP``, ``TRANSFER_RATE``..., are accepted too);
* ``destination in D:5``, ``exporter not in (US, JP)``, ``destination == CN``: a country field
  and country codes or the regimes' country groups (a group whose name Python cannot read,
  ``China+Macau``, is written as a string);
* ``kind == ic.accelerator``, ``kind in ("ic.accelerator", "ic.memory.hbm")``;
* a call of an authoring helper with literal arguments: ``flag("consumer")``,
  ``listed("entity_list")``, ``end_use("military")``, ``destination("CN", groups=("D:5",))``;
* ``true`` / ``false``.

Every error is an :class:`~policy.errors.InputError` at ``<expression>:1:COLUMN``.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterable
from typing import Any

from pydantic import ValidationError

from policy.errors import InputError, did_you_mean
from policy.model import vocabulary as v
from policy.model.conditions import (
    ALWAYS,
    NEVER,
    Compare,
    Condition,
    Countries,
    Kind,
    all_of,
    any_of,
    authoring,
    channel,
    classified,
    content,
    end_use,
    flag,
    kind,
    listed,
    made_with,
    not_,
)

WHERE = "<expression>"

#: The country fields a membership test may name, as written in an expression.
COUNTRY_FIELDS = {
    "exporter": "exporter",
    "destination": "destination",
    "origin": "origin",
    "end_user_country": "end_user.country",
    "headquarters": "end_user.headquarters",
    "persons": "persons",
    "consignee_headquarters": "consignee.headquarters",
    "exporter_headquarters": "exporter_party.headquarters",
}

#: The helpers an expression may call (literal arguments only).
HELPERS: dict[str, Callable[..., Condition]] = {
    "kind": kind,
    "flag": flag,
    "classified": classified,
    "listed": listed,
    "end_use": end_use,
    "channel": channel,
    "made_with": made_with,
    "content": content,
    "destination": authoring.destination,
    "exporter": authoring.exporter,
    "origin": authoring.origin,
    "end_user_country": authoring.end_user_country,
    "headquarters": authoring.headquarters,
    "persons": authoring.persons,
    "consignee_headquarters": authoring.consignee_headquarters,
    "exporter_headquarters": authoring.exporter_headquarters,
    "producer": authoring.producer,
}

_FLIP = {">=": "<=", ">": "<", "<=": ">=", "<": ">", "==": "=="}
_OPS: dict[type[ast.cmpop], str] = {
    ast.GtE: ">=",
    ast.Gt: ">",
    ast.LtE: "<=",
    ast.Lt: "<",
    ast.Eq: "==",
}
#: ``D:5``, ``A:6``: a group name with a colon, which Python would not read as one name.
_COLON_NAME = re.compile(r"([A-Za-z][A-Za-z0-9]*:[A-Za-z0-9]+)(?![\w])")
_STRING = re.compile(r"\"[^\"]*\"|'[^']*'")


def _param_names() -> dict[str, str]:
    """Each spelling of a parameter an expression may use -> its vocabulary name."""
    names = {p: p for p in v.parameters()}
    for attr in dir(authoring):
        handle = getattr(authoring, attr)
        if isinstance(handle, authoring.Param):
            names[attr.lower()] = handle.name
    return names


class _Parser:
    def __init__(self, text: str, groups: Iterable[str]) -> None:
        self.text = text
        self.groups = frozenset(groups)
        self.params = _param_names()
        self.placeholders: dict[str, str] = {}

    # ------------------------------------------------------------------ errors
    def fail(self, node: ast.AST | None, message: str) -> InputError:
        column = 1
        if node is not None and hasattr(node, "col_offset"):
            prefix = self.source.encode("utf-8")[: node.col_offset]
            column = self.origin[len(prefix.decode("utf-8", errors="replace"))] + 1
        return InputError(message, where=f"{WHERE}:1:{column}")

    # ------------------------------------------------------------------ parsing
    def parse(self) -> Condition:
        if not self.text.strip():
            raise InputError("an empty expression", where=f"{WHERE}:1:1")
        if "\n" in self.text.strip():
            raise InputError("an expression is one line", where=f"{WHERE}:1:1")
        self.source, self.origin = self._rewrite(self.text)
        try:
            tree = ast.parse(self.source, mode="eval")
        except SyntaxError as e:
            col = self.origin[min(max((e.offset or 1) - 1, 0), len(self.origin) - 1)] + 1
            raise InputError(f"invalid expression: {e.msg}", where=f"{WHERE}:1:{col}") from None
        return self.condition(tree.body)

    def _rewrite(self, text: str) -> tuple[str, list[int]]:
        """The text Python's parser reads, and for each of its characters the column of
        the text as typed that it comes from. ``&``, ``|`` and ``~`` become ``and``, ``or``
        and ``not``, which bind more loosely than comparisons (as a reader of
        ``tpp >= 4800 & destination in D:5`` means); ``D:5`` becomes a name. Both only
        outside string literals."""
        out: list[str] = []
        origin: list[int] = []

        def emit(piece: str, at: int) -> None:
            out.append(piece)
            origin.extend([at] * len(piece))

        last = 0
        for m in _STRING.finditer(text):
            self._rewrite_code(text, last, m.start(), emit)
            for i in range(m.start(), m.end()):
                emit(text[i], i)
            last = m.end()
        self._rewrite_code(text, last, len(text), emit)
        origin.append(len(text))  # the end, for errors past the last character
        return "".join(out), origin

    def _rewrite_code(
        self, text: str, start: int, end: int, emit: Callable[[str, int], None]
    ) -> None:
        i = start
        while i < end:
            m = _COLON_NAME.match(text, i, end)
            if m and (i == start or not (text[i - 1].isalnum() or text[i - 1] in "._")):
                key = f"_g{len(self.placeholders)}_"
                self.placeholders[key] = m.group(1)
                for _ in key:
                    emit(_, i)
                i = m.end()
                continue
            ch = text[i]
            word = {"&": " and ", "|": " or ", "~": " not "}.get(ch)
            emit(word if word else ch, i)
            i += 1

    def word(self, node: ast.expr) -> str:
        """A bare word or dotted word (``CN``, ``D:5``, ``ic.accelerator``) or a string."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Name):
            return self.placeholders.get(node.id, node.id)
        if isinstance(node, ast.Attribute):
            return f"{self.word(node.value)}.{node.attr}"
        raise self.fail(node, f"expected a name or a string, got {ast.unparse(node)!r}")

    def words(self, node: ast.expr) -> list[str]:
        if isinstance(node, ast.Tuple | ast.List | ast.Set):
            return [self.word(e) for e in node.elts]
        return [self.word(node)]

    def condition(self, node: ast.expr) -> Condition:
        if isinstance(node, ast.BoolOp):
            parts = [self.condition(e) for e in node.values]
            return all_of(*parts) if isinstance(node.op, ast.And) else any_of(*parts)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitAnd | ast.BitOr):
            left, right = self.condition(node.left), self.condition(node.right)
            return left & right if isinstance(node.op, ast.BitAnd) else left | right
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not | ast.Invert):
            return not_(self.condition(node.operand))
        if isinstance(node, ast.Constant) and isinstance(node.value, bool):
            return ALWAYS if node.value else NEVER
        if isinstance(node, ast.Name) and node.id in ("true", "false"):
            return ALWAYS if node.id == "true" else NEVER
        if isinstance(node, ast.Compare):
            return self.compare(node)
        if isinstance(node, ast.Call):
            return self.call(node)
        raise self.fail(
            node,
            f"expected a condition (a comparison, a membership test, a helper call such as"
            f' flag("consumer"), or these joined with & | ~), got {ast.unparse(node)!r}',
        )

    # ------------------------------------------------------------------ comparisons
    def compare(self, node: ast.Compare) -> Condition:
        operands = [node.left, *node.comparators]
        parts = [
            self.one_compare(node, left, op, right)
            for left, op, right in zip(operands, node.ops, operands[1:], strict=False)
        ]
        return parts[0] if len(parts) == 1 else all_of(*parts)

    def one_compare(
        self, node: ast.Compare, left: ast.expr, op: ast.cmpop, right: ast.expr
    ) -> Condition:
        field = self.field_name(left)
        if field == "kind":
            return self.kind_test(left, op, right)
        if field in COUNTRY_FIELDS:
            return self.country_test(field, left, op, right)
        if isinstance(op, ast.In | ast.NotIn):
            if isinstance(left, ast.Name):
                hint = did_you_mean(left.id, ["kind", *COUNTRY_FIELDS])
                raise self.fail(left, f"unknown field {left.id!r}{hint}")
            raise self.fail(
                left,
                f"'in' tests a country field ({', '.join(COUNTRY_FIELDS)}) or kind, got"
                f" {ast.unparse(left)!r}",
            )
        if isinstance(op, ast.NotEq):
            return not_(self.one_compare(node, left, ast.Eq(), right))
        sym = _OPS.get(type(op))
        if sym is None:
            raise self.fail(node, f"unsupported comparison {ast.unparse(node)!r}")
        if self.number(left, quiet=True) is not None:  # 4000 <= tpp
            return self.param_compare(right, _FLIP[sym], left)
        return self.param_compare(left, sym, right)

    def field_name(self, node: ast.expr) -> str | None:
        if isinstance(node, ast.Name) and node.id in ("kind", *COUNTRY_FIELDS):
            return node.id
        return None

    def number(self, node: ast.expr, *, quiet: bool = False) -> float | None:
        value = node
        sign = 1
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            value, sign = node.operand, -1
        if (
            isinstance(value, ast.Constant)
            and isinstance(value.value, int | float)
            and not isinstance(value.value, bool)
        ):
            n = sign * value.value
            return int(n) if isinstance(n, float) and n.is_integer() else n
        if quiet:
            return None
        raise self.fail(node, f"expected a number, got {ast.unparse(node)!r}")

    def param_compare(self, name: ast.expr, op: str, value: ast.expr) -> Condition:
        if not isinstance(name, ast.Name):
            raise self.fail(name, f"expected a parameter name, got {ast.unparse(name)!r}")
        param = self.params.get(name.id.lower())
        if param is None:
            hint = did_you_mean(name.id, [*self.params, "kind", *COUNTRY_FIELDS])
            raise self.fail(name, f"unknown parameter {name.id!r}{hint}")
        number = self.number(value)
        return self.build(value, lambda: Compare(op=op, param=param, value=number))  # type: ignore[arg-type]

    def kind_test(self, left: ast.expr, op: ast.cmpop, right: ast.expr) -> Condition:
        if not isinstance(op, ast.Eq | ast.NotEq | ast.In | ast.NotIn):
            raise self.fail(left, "kind is tested with ==, !=, in or not in")
        test = self.build(right, lambda: Kind(kinds=tuple(self.words(right))))
        return not_(test) if isinstance(op, ast.NotEq | ast.NotIn) else test

    def country_test(self, field: str, left: ast.expr, op: ast.cmpop, right: ast.expr) -> Condition:
        if not isinstance(op, ast.Eq | ast.NotEq | ast.In | ast.NotIn):
            raise self.fail(left, f"{field} is tested with ==, !=, in or not in")
        names = self.words(right)
        groups = tuple(n for n in names if n in self.groups)
        countries = tuple(n for n in names if n not in self.groups)
        test = self.build(
            right,
            lambda: Countries(
                field=COUNTRY_FIELDS[field],  # type: ignore[arg-type]
                countries=countries,
                groups=groups,
            ),
        )
        return not_(test) if isinstance(op, ast.NotEq | ast.NotIn) else test

    # ------------------------------------------------------------------ calls
    def call(self, node: ast.Call) -> Condition:
        name = node.func.id if isinstance(node.func, ast.Name) else None
        helper = HELPERS.get(name or "")
        if helper is None:
            hint = did_you_mean(name, HELPERS) if name else ""
            raise self.fail(
                node.func,
                f"unknown function {ast.unparse(node.func)!r}{hint}"
                f" (one of {', '.join(sorted(HELPERS))})",
            )
        args = [self.literal(a) for a in node.args]
        kwargs = {k.arg: self.literal(k.value) for k in node.keywords if k.arg is not None}
        return self.build(node, lambda: helper(*args, **kwargs))

    def literal(self, node: ast.expr) -> Any:
        number = self.number(node, quiet=True)
        if number is not None:
            return number
        if isinstance(node, ast.Tuple | ast.List):
            return tuple(self.literal(e) for e in node.elts)
        if isinstance(node, ast.Constant) and node.value is None:
            return None
        return self.word(node)

    def build(self, node: ast.expr, make: Callable[[], Condition]) -> Condition:
        """``make()``, with a model error (an unknown country, kind, flag...) at ``node``."""
        try:
            return make()
        except ValidationError as e:
            first = e.errors()[0]
            message = str(first.get("msg", e)).removeprefix("Value error, ")
            raise self.fail(node, message) from None
        except InputError as e:
            raise self.fail(node, e.message) from None
        except TypeError as e:
            raise self.fail(node, str(e)) from None


def parse_condition(text: str, groups: Iterable[str] = ()) -> Condition:
    """The condition ``text`` writes; names in ``groups`` are country groups, other names
    in a membership test are country codes."""
    return _Parser(text, groups).parse()


__all__ = ["COUNTRY_FIELDS", "HELPERS", "parse_condition"]

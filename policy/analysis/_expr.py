"""Hash-consed boolean expressions over atoms, with memoised restriction.

The partition compiles every condition into this small form: an expression is an ``int``
into one process-wide table, equal expressions get equal ids, and ``restrict`` (fixing the
atoms of one axis to the values a class gives them) is memoised on ids. Checks on several
dates reuse most of the work, because most conditions do not change from one date to the
next.

Node shapes: ``FALSE`` (id 0), ``TRUE`` (id 1), ``("atom", atom_id)``, ``("not", e)``,
``("and", (e, ...))``, ``("or", (e, ...))``. Constructors simplify (constants fold, nested
and/or flatten, duplicates drop, ``x & ~x`` is false), so a residual that no longer depends
on an axis does not mention it.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from collections.abc import Set as AbstractSet

FALSE = 0
TRUE = 1


class ExprTable:
    """The table of expressions and atoms. One per process (:data:`TABLE`)."""

    def __init__(self) -> None:
        self.nodes: list[tuple[str, object]] = [("false", None), ("true", None)]
        self.index: dict[tuple[str, object], int] = {}
        #: bit mask of the axes each expression mentions
        self.masks: list[int] = [0, 0]
        self.atom_keys: list[Hashable] = []
        self.atom_index: dict[Hashable, int] = {}
        self.atom_axis: list[int] = []
        self.axis_ids: dict[str, int] = {}
        self.axis_names: list[str] = []
        self._restrict: dict[tuple[int, int, AbstractSet[int]], int] = {}

    # ------------------------------------------------------------------ axes and atoms
    def axis(self, name: str) -> int:
        aid = self.axis_ids.get(name)
        if aid is None:
            aid = len(self.axis_names)
            self.axis_ids[name] = aid
            self.axis_names.append(name)
        return aid

    def atom(self, key: Hashable, axis: str) -> int:
        """The expression for the atom ``key`` (on ``axis``)."""
        aid = self.atom_index.get(key)
        if aid is None:
            aid = len(self.atom_keys)
            self.atom_keys.append(key)
            self.atom_index[key] = aid
            self.atom_axis.append(self.axis(axis))
        return self._node(("atom", aid), 1 << self.atom_axis[aid])

    def atom_id(self, key: Hashable) -> int | None:
        return self.atom_index.get(key)

    def known_atom(self, key: Hashable) -> int:
        """The id of an atom that has been created (by :meth:`atom`)."""
        return self.atom_index[key]

    # ------------------------------------------------------------------ constructors
    def _node(self, shape: tuple[str, object], mask: int) -> int:
        nid = self.index.get(shape)
        if nid is None:
            nid = len(self.nodes)
            self.nodes.append(shape)
            self.index[shape] = nid
            self.masks.append(mask)
        return nid

    def neg(self, e: int) -> int:
        if e == TRUE:
            return FALSE
        if e == FALSE:
            return TRUE
        op, arg = self.nodes[e]
        if op == "not":
            return arg  # type: ignore[return-value]
        return self._node(("not", e), self.masks[e])

    def conj(self, items: Iterable[int]) -> int:
        return self._junction("and", items, FALSE, TRUE)

    def disj(self, items: Iterable[int]) -> int:
        return self._junction("or", items, TRUE, FALSE)

    def _junction(self, op: str, items: Iterable[int], absorbing: int, neutral: int) -> int:
        flat: set[int] = set()
        for e in items:
            if e == absorbing:
                return absorbing
            if e == neutral:
                continue
            shape, arg = self.nodes[e]
            if shape == op:
                flat.update(arg)  # type: ignore[arg-type]
            else:
                flat.add(e)
        if not flat:
            return neutral
        for e in flat:
            shape, arg = self.nodes[e]
            if shape == "not" and arg in flat:
                return absorbing
        if len(flat) == 1:
            return next(iter(flat))
        children = tuple(sorted(flat))
        mask = 0
        for c in children:
            mask |= self.masks[c]
        return self._node((op, children), mask)

    # ------------------------------------------------------------------ queries
    def restrict(self, e: int, axis: int, true_atoms: AbstractSet[int]) -> int:
        """``e`` with every atom of ``axis`` fixed: true if in ``true_atoms``, else false."""
        if not (self.masks[e] >> axis) & 1:
            return e
        op, arg = self.nodes[e]
        if op == "atom":
            # not memoised: as cheap as the lookup, and an axis cut n times would keep n
            # entries for each of its n atoms for the life of the process
            return TRUE if arg in true_atoms else FALSE
        key = (e, axis, true_atoms)
        hit = self._restrict.get(key)
        if hit is not None:
            return hit
        if op == "not":
            out = self.neg(self.restrict(arg, axis, true_atoms))  # type: ignore[arg-type]
        elif op == "and":
            out = self.conj(self.restrict(c, axis, true_atoms) for c in arg)  # type: ignore[attr-defined]
        else:
            out = self.disj(self.restrict(c, axis, true_atoms) for c in arg)  # type: ignore[attr-defined]
        self._restrict[key] = out
        return out

    def atoms_of(self, e: int) -> set[int]:
        out: set[int] = set()
        stack = [e]
        seen: set[int] = set()
        while stack:
            x = stack.pop()
            if x in seen or x <= TRUE:
                continue
            seen.add(x)
            op, arg = self.nodes[x]
            if op == "atom":
                out.add(arg)  # type: ignore[arg-type]
            elif op == "not":
                stack.append(arg)  # type: ignore[arg-type]
            else:
                stack.extend(arg)  # type: ignore[arg-type]
        return out

    def evaluate(self, e: int, truth: dict[int, bool]) -> bool:
        """``e`` under a full assignment of its atoms."""
        op, arg = self.nodes[e]
        if op == "true":
            return True
        if op == "false":
            return False
        if op == "atom":
            return truth[arg]  # type: ignore[index]
        if op == "not":
            return not self.evaluate(arg, truth)  # type: ignore[arg-type]
        if op == "and":
            return all(self.evaluate(c, truth) for c in arg)  # type: ignore[attr-defined]
        return any(self.evaluate(c, truth) for c in arg)  # type: ignore[attr-defined]


TABLE = ExprTable()

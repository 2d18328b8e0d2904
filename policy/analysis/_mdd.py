"""Reduced, ordered multi-valued decision diagrams over the axes of one partition.

A partition's axes, in their fixed order, are the levels; the classes of an axis are the
branches of a node on its level. Nodes are hash-consed and reduced (a node whose branches
are all equal is that branch), so a function has exactly one diagram: equal ids mean equal
functions, and a boolean function is satisfiable exactly when it is not :data:`FALSE`.
Terminals carry any hashable value, so a diagram can also map the space to outcomes or
verdict summaries.

This is what lets a check answer "is there a cell where ..." about one rule without
enumerating the cells of the whole regime: the diagram of a question is built from the
diagrams of the conditions it involves (each the size of its own thresholds), and its size
does not depend on how many other rules cut the same axes elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence

FALSE = 0
TRUE = 1


class MDD:
    """One table of diagrams over levels with ``sizes[level]`` branches each."""

    def __init__(self, sizes: Sequence[int]) -> None:
        self.sizes = tuple(sizes)
        self.depth = len(self.sizes)
        #: per node: its level (``depth`` for a terminal), its branches, its terminal value
        self.level: list[int] = []
        self.kids: list[tuple[int, ...]] = []
        self.value: list[Hashable] = []
        self._unique: dict[tuple[int, tuple[int, ...]], int] = {}
        self._terminals: dict[tuple[type, Hashable], int] = {}
        self._memo: dict[tuple[Hashable, int, int], int] = {}
        self._cofactor: dict[tuple[int, int, int], int] = {}
        assert self.terminal(False) == FALSE and self.terminal(True) == TRUE

    # ------------------------------------------------------------------ construction
    def terminal(self, value: Hashable) -> int:
        # keyed by type too: False == 0 and True == 1 must not share a terminal with ints
        key = (type(value), value)
        nid = self._terminals.get(key)
        if nid is None:
            nid = len(self.level)
            self.level.append(self.depth)
            self.kids.append(())
            self.value.append(value)
            self._terminals[key] = nid
        return nid

    def node(self, level: int, kids: tuple[int, ...]) -> int:
        first = kids[0]
        if all(k == first for k in kids):
            return first
        key = (level, kids)
        nid = self._unique.get(key)
        if nid is None:
            nid = len(self.level)
            self.level.append(level)
            self.kids.append(kids)
            self.value.append(None)
            self._unique[key] = nid
        return nid

    def literal(self, level: int, true_classes: Iterable[int]) -> int:
        """The boolean function "the class on ``level`` is one of ``true_classes``"."""
        on = set(true_classes)
        return self.node(level, tuple(TRUE if c in on else FALSE for c in range(self.sizes[level])))

    def is_terminal(self, u: int) -> bool:
        return self.level[u] == self.depth

    # ------------------------------------------------------------------ operations
    def apply(
        self, key: Hashable, op: Callable[[Hashable, Hashable], Hashable], u: int, v: int
    ) -> int:
        """The pointwise ``op`` of two diagrams (``key`` names ``op`` for the memo)."""
        depth = self.depth
        level, kids, memo = self.level, self.kids, self._memo

        def go(a: int, b: int) -> int:
            mk = (key, a, b)
            hit = memo.get(mk)
            if hit is not None:
                return hit
            la, lb = level[a], level[b]
            if la == depth and lb == depth:
                out = self.terminal(op(self.value[a], self.value[b]))
            else:
                top = la if la < lb else lb
                ka = kids[a] if la == top else None
                kb = kids[b] if lb == top else None
                out = self.node(
                    top,
                    tuple(
                        go(a if ka is None else ka[c], b if kb is None else kb[c])
                        for c in range(self.sizes[top])
                    ),
                )
            memo[mk] = out
            return out

        return go(u, v)

    def conj(self, u: int, v: int) -> int:
        if u == FALSE or v == FALSE:
            return FALSE
        if u in (TRUE, v):
            return v
        if v == TRUE:
            return u
        if u > v:
            u, v = v, u
        return self.apply("and", _and, u, v)

    def disj(self, u: int, v: int) -> int:
        if u == TRUE or v == TRUE:
            return TRUE
        if u in (FALSE, v):
            return v
        if v == FALSE:
            return u
        if u > v:
            u, v = v, u
        return self.apply("or", _or, u, v)

    def neg(self, u: int) -> int:
        if u == TRUE:
            return FALSE
        if u == FALSE:
            return TRUE
        return self.apply("not", _not, u, u)

    def conj_all(self, items: Iterable[int]) -> int:
        out = TRUE
        for x in items:
            out = self.conj(out, x)
            if out == FALSE:
                return FALSE
        return out

    def disj_all(self, items: Iterable[int]) -> int:
        out = FALSE
        for x in items:
            out = self.disj(out, x)
            if out == TRUE:
                return TRUE
        return out

    def reduce(
        self,
        key: Hashable,
        op: Callable[[Hashable, Hashable], Hashable],
        items: Sequence[int],
        empty: Hashable,
    ) -> int:
        """``op`` folded over ``items`` in order, for an associative ``op``, merged pairwise
        as a balanced tree: a left fold re-walks the growing accumulator once per item
        (quadratic when it grows with each), the tree walks each level's diagrams once."""
        parts = list(items)
        while len(parts) > 1:
            pairs = len(parts) // 2
            merged = [self.apply(key, op, parts[2 * i], parts[2 * i + 1]) for i in range(pairs)]
            parts = merged + parts[2 * pairs :]
        return parts[0] if parts else self.terminal(empty)

    def map(self, key: Hashable, f: Callable[[Hashable], Hashable], u: int) -> int:
        """``f`` applied to every terminal of ``u``."""
        return self.apply(("map", key), lambda a, _b: f(a), u, u)

    def equals(self, u: int, value: Hashable) -> int:
        """The boolean function "``u`` has the terminal ``value``"."""
        return self.map(
            ("eq", type(value), value), lambda a: a == value and type(a) is type(value), u
        )

    def cofactor(self, u: int, level: int, c: int) -> int:
        """``u`` with the class on ``level`` fixed to ``c``."""
        lv, kids, memo = self.level, self.kids, self._cofactor

        def go(a: int) -> int:
            la = lv[a]
            if la > level:
                return a
            if la == level:
                return kids[a][c]
            mk = (a, level, c)
            hit = memo.get(mk)
            if hit is None:
                hit = memo[mk] = self.node(la, tuple(go(k) for k in kids[a]))
            return hit

        return go(u)

    def terminals(self, u: int) -> set[Hashable]:
        """The terminal values ``u`` can take."""
        out: set[Hashable] = set()
        seen: set[int] = set()
        stack = [u]
        while stack:
            a = stack.pop()
            if a in seen:
                continue
            seen.add(a)
            if self.level[a] == self.depth:
                out.add(self.value[a])
            else:
                stack.extend(self.kids[a])
        return out


def _and(a: Hashable, b: Hashable) -> bool:
    return bool(a) and bool(b)


def _or(a: Hashable, b: Hashable) -> bool:
    return bool(a) or bool(b)


def _not(a: Hashable, _b: Hashable) -> bool:
    return not a

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

from bisect import bisect_right
from collections.abc import Callable, Hashable, Iterable, Sequence

FALSE = 0
TRUE = 1


class MDD:
    """One table of diagrams over levels with ``sizes[level]`` branches each.

    A node's branches are kept as runs: ``starts[u]`` are the first classes of its runs
    (``0`` first), ``kids[u]`` their children, two neighbouring runs never the same child.
    A threshold on a numeric axis of n classes is then a node of two runs, not of n
    branches, so the operations on it cost the runs of their operands, not the classes of
    the axis (with one class per threshold, a cost of n per operation made the checks of a
    regime of n twin rules quadratic). :meth:`kid` reads the child of one class.
    """

    def __init__(self, sizes: Sequence[int]) -> None:
        self.sizes = tuple(sizes)
        self.depth = len(self.sizes)
        #: per node: its level (``depth`` for a terminal), its runs' first classes and
        #: children (see the class docstring), its terminal value
        self.level: list[int] = []
        self.starts: list[tuple[int, ...]] = []
        self.kids: list[tuple[int, ...]] = []
        self.value: list[Hashable] = []
        self._unique: dict[tuple[int, tuple[int, ...], tuple[int, ...]], int] = {}
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
            self.starts.append(())
            self.kids.append(())
            self.value.append(value)
            self._terminals[key] = nid
        return nid

    def runs(self, level: int, starts: Sequence[int], kids: Sequence[int]) -> int:
        """The node of ``level`` whose run ``j`` (classes ``starts[j]`` up to the next
        start) goes to ``kids[j]``; neighbouring runs with one child are merged, and a node
        of one run is that child."""
        first = kids[0]
        if len(kids) == 1:
            return first
        s: list[int] = [0]
        k: list[int] = [first]
        last = first
        for j in range(1, len(kids)):
            kid = kids[j]
            if kid != last:
                s.append(starts[j])
                k.append(kid)
                last = kid
        if len(k) == 1:
            return first
        key = (level, tuple(s), tuple(k))
        nid = self._unique.get(key)
        if nid is None:
            nid = len(self.level)
            self.level.append(level)
            self.starts.append(key[1])
            self.kids.append(key[2])
            self.value.append(None)
            self._unique[key] = nid
        return nid

    def node(self, level: int, kids: Sequence[int]) -> int:
        """The node of ``level`` whose class ``c`` goes to ``kids[c]``."""
        return self.runs(level, range(len(kids)), kids)

    def literal(self, level: int, true_classes: Iterable[int]) -> int:
        """The boolean function "the class on ``level`` is one of ``true_classes``"."""
        if isinstance(true_classes, range) and true_classes.step == 1:
            # one run of classes (a comparison on a numeric axis): no need to sort them
            lo, hi = max(true_classes.start, 0), min(true_classes.stop, self.sizes[level])
            if lo >= hi:
                return FALSE
            starts, kids = ([0], [TRUE]) if lo == 0 else ([0, lo], [FALSE, TRUE])
            if hi < self.sizes[level]:
                starts.append(hi)
                kids.append(FALSE)
            return self.runs(level, starts, kids)
        starts, kids = [0], [FALSE]
        end = -1  # the last class of the run of true classes so far
        for c in sorted(set(true_classes)):
            if c != end + 1 or kids[-1] != TRUE:
                if c == 0:
                    kids[0] = TRUE
                else:
                    if kids[-1] == TRUE:
                        starts.append(end + 1)
                        kids.append(FALSE)
                    starts.append(c)
                    kids.append(TRUE)
            end = c
        if kids[-1] == TRUE and end + 1 < self.sizes[level]:
            starts.append(end + 1)
            kids.append(FALSE)
        return self.runs(level, starts, kids)

    def is_terminal(self, u: int) -> bool:
        return self.level[u] == self.depth

    def kid(self, u: int, c: int) -> int:
        """The child of node ``u`` for class ``c`` of its level."""
        starts = self.starts[u]
        return self.kids[u][bisect_right(starts, c) - 1]

    def first_class(self, u: int, unless: int) -> int:
        """The first class of node ``u``'s level whose child is not ``unless``."""
        kids = self.kids[u]
        for j, k in enumerate(kids):
            if k != unless:
                return self.starts[u][j]
        raise ValueError("every class leads to the same child")

    # ------------------------------------------------------------------ operations
    def apply(
        self, key: Hashable, op: Callable[[Hashable, Hashable], Hashable], u: int, v: int
    ) -> int:
        """The pointwise ``op`` of two diagrams (``key`` names ``op`` for the memo)."""
        depth = self.depth
        level, starts, kids, memo = self.level, self.starts, self.kids, self._memo

        def go(a: int, b: int) -> int:
            mk = (key, a, b)
            hit = memo.get(mk)
            if hit is not None:
                return hit
            la, lb = level[a], level[b]
            if la == depth and lb == depth:
                out = self.terminal(op(self.value[a], self.value[b]))
            elif la < lb:
                out = self.runs(la, starts[a], [go(x, b) for x in kids[a]])
            elif lb < la:
                out = self.runs(lb, starts[b], [go(a, y) for y in kids[b]])
            else:
                # both on this level: the runs of the two, merged
                sa, ka, sb, kb = starts[a], kids[a], starts[b], kids[b]
                na, nb = len(sa), len(sb)
                i = j = 0
                s: list[int] = []
                k: list[int] = []
                at = 0
                while True:
                    s.append(at)
                    k.append(go(ka[i], kb[j]))
                    na_next = sa[i + 1] if i + 1 < na else None
                    nb_next = sb[j + 1] if j + 1 < nb else None
                    if na_next is None and nb_next is None:
                        break
                    if nb_next is None or (na_next is not None and na_next < nb_next):
                        i += 1
                        at = sa[i]
                    elif na_next is None or nb_next < na_next:
                        j += 1
                        at = sb[j]
                    else:
                        i += 1
                        j += 1
                        at = sa[i]
                out = self.runs(la, s, k)
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
                return self.kid(a, c)
            mk = (a, level, c)
            hit = memo.get(mk)
            if hit is None:
                hit = memo[mk] = self.runs(la, self.starts[a], [go(k) for k in kids[a]])
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

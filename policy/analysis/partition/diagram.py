"""The decision diagram whose leaves are the cells of a partition.

Axes are fixed one at a time, in the partition's order: each node holds the *residual* of
every condition in scope under the classes chosen on the way, and nodes with equal
residuals are merged (they behave alike on everything that follows). An axis that no
residual at a node reads is skipped there (one child). A leaf is a set of transactions on
which every condition is constant; the leaves are exactly the distinct combinations of
condition values that transactions can produce, so a check over them is exhaustive.

The diagram depends on the conditions and axes only, not on the date of the partition, so
every dated copy of a partition shares one (:meth:`Partition.at`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from policy.analysis._expr import TABLE, TRUE
from policy.analysis.partition.axes import Axis
from policy.analysis.partition.compiler import Slot
from policy.model.transactions import Transaction

if TYPE_CHECKING:
    from policy.analysis.partition.core import Partition

#: A path of (axis index, class index), one pair per axis that matters on the way.
Path = list[tuple[int, int]]
#: A leaf's condition values (aligned with the slots) and its path.
Leaf = tuple[tuple[bool, ...], tuple[tuple[int, int], ...]]
#: The (least, greatest) value of the cells below each node, by the node's ``id``.
Bounds = Mapping[int, tuple[int, int]]
#: Whether a search may go on, given the bounds of the nodes it follows.
Accept = Callable[[tuple[tuple[int, int], ...]], bool]


class Node:
    """A node of the diagram: the residual ``state`` of every condition on the way to it,
    at ``level`` (the index of the next axis to fix), reached from ``parent`` by its class
    ``parent_class`` (``-1`` where the parent's axis did not matter)."""

    __slots__ = ("children", "level", "parent", "parent_class", "skip", "state")

    def __init__(
        self, state: tuple[int, ...], level: int, parent: Node | None, parent_class: int | None
    ) -> None:
        self.state = state
        self.level = level
        self.parent = parent
        self.parent_class = parent_class
        # None: the axis of this level does not matter here (``skip`` is the one child)
        self.children: list[Node] | None = None
        self.skip: Node | None = None


class Diagram:
    """The built diagram: its ``root``, its nodes per level (the last level holds the
    leaves), each leaf's index by ``id``, and each leaf's condition values and path."""

    def __init__(
        self,
        root: Node,
        levels: list[list[Node]],
        leaves: list[Leaf],
        sizes: Sequence[int],
    ) -> None:
        self.root = root
        self.levels = levels
        self.leaf_index = {id(leaf): i for i, leaf in enumerate(levels[-1])}
        self.leaves = leaves
        #: how many classes each level's axis has
        self.sizes = tuple(sizes)

    @classmethod
    def build(cls, slots: Sequence[Slot], axes: Sequence[Axis]) -> Diagram:
        """Fix the axes in order from the slots' expressions, merging equal residuals."""
        t = TABLE
        root_state = tuple(s.expr for s in slots)
        root = Node(root_state, 0, None, None)
        frontier: list[Node] = [root]
        levels: list[list[Node]] = [frontier]
        for depth, axis in enumerate(axes):
            seen: dict[tuple[int, ...], Node] = {}
            nxt: list[Node] = []
            bit = 1 << axis.id
            masks = t.masks
            restrict = t.restrict
            aid = axis.id
            for node in frontier:
                mentioned = any(masks[e] & bit for e in node.state)
                if not mentioned:
                    child = seen.get(node.state)
                    if child is None:
                        child = Node(node.state, depth + 1, node, -1)
                        seen[node.state] = child
                        nxt.append(child)
                    node.children = None
                    node.skip = child
                    continue
                kids: list[Node] = []
                for ci, axis_class in enumerate(axis.classes):
                    true = axis_class.true_atoms
                    state = tuple(
                        restrict(e, aid, true) if masks[e] & bit else e for e in node.state
                    )
                    child = seen.get(state)
                    if child is None:
                        child = Node(state, depth + 1, node, ci)
                        seen[state] = child
                        nxt.append(child)
                    kids.append(child)
                node.children = kids
            frontier = nxt
            levels.append(frontier)
        leaves: list[Leaf] = []
        for leaf in frontier:
            if any(e > TRUE for e in leaf.state):
                raise AssertionError("partition: a condition is not constant on a leaf")
            truths = tuple(e == TRUE for e in leaf.state)
            leaves.append((truths, tuple(path_to(leaf))))
        return cls(root, levels, leaves, [len(a.classes) for a in axes])

    def product_cells(self) -> int:
        """How many cells of the product of the axes (counting an axis that does not matter
        below a node as one class) the leaves stand for."""
        counts: dict[int, int] = {}
        for level in reversed(self.levels):
            for node in level:
                if node.children is None:
                    counts[id(node)] = 1 if node.skip is None else counts[id(node.skip)]
                else:
                    counts[id(node)] = sum(counts[id(c)] for c in node.children)
        return counts[id(self.root)]

    def leaf_of(self, classes: Sequence[int | None]) -> int | None:
        """The index of the leaf a transaction with ``classes`` (one per axis) reaches, or
        None where it has no class on an axis that matters on its way."""
        node = self.root
        for depth in range(len(self.sizes)):
            if node.children is None:
                assert node.skip is not None
                node = node.skip
                continue
            ci = classes[depth]
            if ci is None:
                return None
            node = node.children[ci]
        return self.leaf_index[id(node)]

    def branch_points(self, level: int) -> Iterator[tuple[Node, Path]]:
        """Each node of ``level`` whose axis matters, with one path that leads to it."""
        for node in self.levels[level]:
            if node.children is not None:
                yield node, path_to(node)

    def bounds(self, leaf_value: Callable[[int], int]) -> dict[int, tuple[int, int]]:
        """For every node (by ``id``), the least and greatest ``leaf_value`` (of a leaf's
        index) of the leaves below it."""
        out: dict[int, tuple[int, int]] = {}
        for leaf in self.levels[-1]:
            x = leaf_value(self.leaf_index[id(leaf)])
            out[id(leaf)] = (x, x)
        for level in reversed(self.levels[:-1]):
            for node in level:
                if node.children is None:
                    assert node.skip is not None
                    out[id(node)] = out[id(node.skip)]
                else:
                    lows, highs = zip(*(out[id(c)] for c in node.children), strict=True)
                    out[id(node)] = (min(lows), max(highs))
        return out

    def search(
        self, nodes: Sequence[Node], accept: Accept, bounds: Bounds, failed: set[tuple[int, ...]]
    ) -> Path | None:
        """See :meth:`Partition.search`."""
        n_axes = len(self.sizes)
        sizes = self.sizes

        def go(ns: tuple[Node, ...]) -> Path | None:
            key = tuple(id(n) for n in ns)
            if key in failed:
                return None
            if not accept(tuple(bounds[k] for k in key)):
                failed.add(key)
                return None
            level = ns[0].level
            if level == n_axes:
                return []
            if all(n.children is None for n in ns):
                found = go(tuple(n.skip for n in ns))  # type: ignore[misc]
                if found is None:
                    failed.add(key)
                return found
            for ci in range(sizes[level]):
                nxt = tuple(n.skip if n.children is None else n.children[ci] for n in ns)
                found = go(nxt)  # type: ignore[arg-type]
                if found is not None:
                    return [(level, ci), *found]
            failed.add(key)
            return None

        return go(tuple(nodes))


def path_to(node: Node) -> Path:
    """The (axis, class) pairs on the way from the root to ``node``, skipped axes left
    out."""
    out: Path = []
    at: Node | None = node
    while at is not None and at.parent is not None:
        if at.parent_class is not None and at.parent_class >= 0:
            out.append((at.level - 1, at.parent_class))
        at = at.parent
    out.reverse()
    return out


class Cell:
    """A leaf of the partition: transactions on which every condition in scope is constant.

    ``truths`` holds the value of each slot's condition (aligned with
    :attr:`Partition.slots`); ``classes`` the (axis, class) chosen on each axis that
    mattered on the way; ``representative`` is one transaction of the cell (built when first
    asked for).
    """

    __slots__ = ("_part", "_rep", "classes", "index", "truths")

    def __init__(
        self,
        part: Partition,
        index: int,
        truths: tuple[bool, ...],
        classes: tuple[tuple[int, int], ...],
    ) -> None:
        self._part = part
        self.index = index
        self.truths = truths
        self.classes = classes
        self._rep: Transaction | None = None

    @property
    def representative(self) -> Transaction:
        if self._rep is None:
            self._rep = self._part.transaction(self.classes)
        return self._rep

    @property
    def labels(self) -> tuple[tuple[str, str], ...]:
        """(axis name, class label) for each axis on the way to this cell: ``classes`` in
        words."""
        axes = self._part.axes
        return tuple((axes[a].name, axes[a].classes[c].label) for a, c in self.classes)

    @property
    def path(self) -> tuple[tuple[str, str], ...]:
        """The old name of :attr:`labels` (a :data:`Path` is what ``classes`` holds)."""
        return self.labels

    def __repr__(self) -> str:
        return f"<Cell {self.index}: {'; '.join(label for _, label in self.labels)}>"

"""The exact partition of the transaction space, as of one date.

Every condition in scope (each nexus, rule and carve-out of the regimes in force) is compiled
into a boolean expression over *atoms*: ``tpp >= 4800``, "the destination is in D:5", "the
end user is on the Entity List". Each atom reads one *axis* of a transaction (a parameter, a
content share, a flag, a country field, the end user, ...). An axis is cut into *classes*
that every atom on it treats alike:

* a parameter axis at each threshold, with the operator: ``>= 4800`` and ``> 4800`` make
  ``[.., 4800)``, ``[4800]`` and ``(4800, ..)`` three classes; the representative is the cut
  itself where a class starts at an inclusive cut, else a value just inside the interval,
  and for a capability's class that starts at 0 a real value in it (no chip has a TPP of 0);
* a country field into the sets of countries that every literal set and every country group
  (as of the date, per regime) treats alike;
* the end user into profiles: none, each named party, an unnamed end user per
  (country class, headquarters class), and an unlisted affiliate of each listed party per
  ownership band that the affiliates rules distinguish;
* kinds by the taxonomy classes the kind atoms distinguish; end uses, flags, made-with
  jurisdictions and persons' nationalities as membership booleans; channels and
  classifications by the sets the atoms name.

The cells are then enumerated as the leaves of a decision diagram: axes are fixed one at a
time, each partial assignment keeps the *residual* of every condition, and partial
assignments with equal residuals are merged (they behave alike on everything that follows).
A leaf is a set of transactions on which every condition in scope is constant, with one
representative transaction; the leaves are exactly the distinct combinations of condition
values that transactions can produce, so a check over the leaves is exhaustive.

The space is the one the model can express with the parties the regimes name: a derived
parameter (performance density) is an axis of its own, given explicitly (an explicit value
wins over the derived one in the engine), and end users are the profiles listed above.

One idea per module:

* :mod:`.compiler`: the conditions in scope as slots and expressions over atoms;
* :mod:`.axes`: the :class:`Axis` and :class:`AxisClass` records, numeric intervals, labels;
* :mod:`.classes`: the axis builders (the classes of every axis, from the atoms);
* :mod:`.diagram`: the decision diagram, its nodes and the :class:`Cell` leaves;
* :mod:`.locate`: the truth of atoms on a transaction and its class on each axis;
* :mod:`.representatives`: the transaction a path of classes stands for, and the choices
  that make it read like a rule's own examples (:meth:`Partition.typical`);
* :mod:`.verdicts`: a regime's verdict from its conditions' values on a cell;
* :mod:`.core`: the :class:`Partition` that ties them together, and :func:`partition`.
"""

from policy.analysis.partition.axes import Axis, AxisClass, between, just_below
from policy.analysis.partition.classes import build_axes
from policy.analysis.partition.compiler import (
    Compiler,
    Role,
    ScopedCondition,
    Slot,
    compile_conditions,
)
from policy.analysis.partition.core import Partition, partition
from policy.analysis.partition.diagram import Cell, Diagram, Node, Path
from policy.analysis.partition.locate import Classifier, atom_truths
from policy.analysis.partition.verdicts import AppliedRule, CellVerdict, verdict_from_truths

# The names other modules imported before they were public (kept until they use the public
# names): the loophole search builds its own compiler and axes.
_Compiler = Compiler
_build_axes = build_axes

__all__ = [
    "AppliedRule",
    "Axis",
    "AxisClass",
    "Cell",
    "CellVerdict",
    "Classifier",
    "Compiler",
    "Diagram",
    "Node",
    "Partition",
    "Path",
    "Role",
    "ScopedCondition",
    "Slot",
    "atom_truths",
    "between",
    "build_axes",
    "compile_conditions",
    "just_below",
    "partition",
    "verdict_from_truths",
]

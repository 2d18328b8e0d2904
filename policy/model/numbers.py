"""How a number is written in conditions, traces and reprs: ``4800``, not ``4800.0``.

One formatter for the model's words, so that a threshold prints the same in a rule's
``code()``, its English description and the engine's trace (``tpp 4992 >= 4800``).
"""

from __future__ import annotations


def format_number(x: float) -> str:
    """``x`` as the shortest text that reads back as the same value.

    A whole number below 10**15 in magnitude is written without a fraction (``4800``,
    ``-3``, ``0``); anything else as Python's ``repr`` of the float (``19.45``, ``0.1``,
    ``1000000000000000.0``, ``1e+300``, ``inf``), which round-trips exactly. The cut at
    10**15 keeps a huge value from printing as hundreds of digits.
    """
    return str(int(x)) if float(x).is_integer() and abs(x) < 1e15 else repr(float(x))


def format_short(x: float) -> str:
    """``x`` as findings and loophole messages print it: a whole number without a fraction
    (``4800``), anything else to six significant digits (``50.037``, ``1e-05``).

    Not :func:`format_number`: those messages have always rounded (a best capability of
    ``50.03703703703703`` reads ``50.037``), and changing them is an output change, not a
    refactor.
    """
    return str(int(x)) if float(x).is_integer() else f"{x:g}"

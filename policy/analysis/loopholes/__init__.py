"""Loophole search: transactions a control objective denies that an evasion move makes
allowed.

An :class:`Objective` says what a coalition means to deny; by default, whatever any regime
denies (a restrictive verdict). The denied transactions are enumerated exactly, regime by
regime, as the restrictive cells of each regime's partition. An evasion :class:`Move` turns a
denied transaction into one or more candidate paths (a path is a list of transactions: a
transshipment has two legs); a path is a loophole when :func:`policy.decide` allows every
leg. Moves compose up to a depth: a move that removes the controlling regime's objection but
runs into another regime's is continued by the other moves. Each loophole is reported once
(by fingerprint: moves, jurisdictions, rules, item kind and the move's key) with the
simplest witness found.

Where things are:

* :mod:`.moves`: one module per evasion move, and the registry. **To add a move**, read
  ``moves/__init__.py``: write a module, decorate its class with ``@register_move``, import
  it there.
* :mod:`.objective`: :class:`Objective`, :class:`Denial`, :class:`Candidate`;
* :mod:`.context`: :class:`SearchContext`, what a move may ask while it works;
* :mod:`.witness`: editing a transaction into a witness, and how simple a witness is;
* :mod:`.denials`: which denied cells the search explores;
* :mod:`.explore`: :func:`search` itself, compositions of moves (PL110) and the findings;
* :mod:`.check`: the search as check PL100 of ``policy check``.
"""

from policy.analysis.loopholes.check import loophole_search
from policy.analysis.loopholes.context import SearchContext, nexus_atoms, rule_atoms
from policy.analysis.loopholes.denials import always_axes, denial_key
from policy.analysis.loopholes.explore import COMPOSED_CODE, search
from policy.analysis.loopholes.moves import (
    END_USE_SUBSTITUTES,
    Affiliate,
    DeMinimisDilution,
    DesignUnderThreshold,
    EndUseSubstitution,
    ForeignManufacture,
    Move,
    PreEffectiveOrder,
    RemoteAccess,
    SupplierSubstitution,
    Transshipment,
    register_move,
    registered_moves,
)
from policy.analysis.loopholes.objective import Candidate, Denial, Objective
from policy.analysis.loopholes.witness import complexity, with_changes

__all__ = [
    "COMPOSED_CODE",
    "END_USE_SUBSTITUTES",
    "Affiliate",
    "Candidate",
    "DeMinimisDilution",
    "Denial",
    "DesignUnderThreshold",
    "EndUseSubstitution",
    "ForeignManufacture",
    "Move",
    "Objective",
    "PreEffectiveOrder",
    "RemoteAccess",
    "SearchContext",
    "SupplierSubstitution",
    "Transshipment",
    "always_axes",
    "complexity",
    "denial_key",
    "loophole_search",
    "nexus_atoms",
    "register_move",
    "registered_moves",
    "rule_atoms",
    "search",
    "with_changes",
]

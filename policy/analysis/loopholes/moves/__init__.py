"""Evasion moves: one module per move, and the registry the loophole search runs them from.

How to add a move (a user's own evasion pattern, or a built-in one):

1. Write a module here, named for the move (``remote_access.py`` is the shortest to copy):
   a small frozen dataclass with ``name``, ``code``, ``description`` and
   ``candidates(ctx, denial)``, which yields :class:`~policy.analysis.loopholes.Candidate`
   paths round one :class:`~policy.analysis.loopholes.Denial`. Build a witness with
   :func:`~policy.analysis.loopholes.witness.with_changes` and drop it when
   ``ctx.still_denied(denial, witness)``; the
   :class:`~policy.analysis.loopholes.SearchContext` answers the rest. That is the whole
   :class:`Move` protocol (:mod:`.registry`); there is no base class.
2. Decorate the class with ``@register_move``.
3. Import the module at the END of the list below. The import order is the order moves are
   registered, tried and composed in, and so the order of the findings: keep it.

A user's move outside this package needs only steps 1 and 2, in a module imported before
``policy check`` runs (the regimes module, for instance).
"""

from policy.analysis.loopholes.moves.registry import Move, register_move, registered_moves

# The order of registration: see step 3 above. isort must not sort these.
# isort: off
from policy.analysis.loopholes.moves.supplier_substitution import SupplierSubstitution
from policy.analysis.loopholes.moves.transshipment import Transshipment
from policy.analysis.loopholes.moves.de_minimis_dilution import DeMinimisDilution
from policy.analysis.loopholes.moves.foreign_manufacture import ForeignManufacture
from policy.analysis.loopholes.moves.affiliate import Affiliate
from policy.analysis.loopholes.moves.remote_access import RemoteAccess
from policy.analysis.loopholes.moves.pre_effective_order import PreEffectiveOrder
from policy.analysis.loopholes.moves.design_under_threshold import DesignUnderThreshold
from policy.analysis.loopholes.moves.end_use_substitution import (
    END_USE_SUBSTITUTES,
    EndUseSubstitution,
)
# isort: on

__all__ = [
    "END_USE_SUBSTITUTES",
    "Affiliate",
    "DeMinimisDilution",
    "DesignUnderThreshold",
    "EndUseSubstitution",
    "ForeignManufacture",
    "Move",
    "PreEffectiveOrder",
    "RemoteAccess",
    "SupplierSubstitution",
    "Transshipment",
    "register_move",
    "registered_moves",
]

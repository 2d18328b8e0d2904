"""The shipped regime library: the embedded default of ``policy check``, ``decide`` and the
docs.

One module (or, for the United States, one package of topic modules) a jurisdiction:
:mod:`~policy.regimes.cn`, :mod:`~policy.regimes.eu`, :mod:`~policy.regimes.jp`,
:mod:`~policy.regimes.nl`, :mod:`~policy.regimes.us` and :mod:`~policy.regimes.wassenaar`.
The rules' examples are case tables in :mod:`~policy.regimes.cases`, the products they ship
in :mod:`~policy.regimes.products`, who makes what in :mod:`~policy.regimes.suppliers`, and
:mod:`policy.regimes.world` puts them together. A new rule is written with
``rule(id, title, when, ...)`` (:mod:`policy.regimes._rules`) or its regime's partial of it
(``ear_rule``, ``annex_i_entry``, ...), and its examples with ``case(...)``
(:mod:`policy.regimes._examples`).
"""

from policy.regimes.world import default_world

__all__ = ["default_world"]

"""The shipped regime library: the embedded default of ``policy check``, ``decide`` and the
docs. Each module holds one jurisdiction's law; :mod:`policy.regimes.world` puts them
together with the supplier catalogue."""

from policy.regimes.world import default_world

__all__ = ["default_world"]

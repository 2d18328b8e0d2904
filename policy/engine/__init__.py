"""The engine: decisions from regimes. Imports the model, never the analysis."""

from policy.engine.bulk import decide_many
from policy.engine.decide import decide, decide_each, decide_regime

__all__ = ["decide", "decide_each", "decide_many", "decide_regime"]

"""The engine: decisions from regimes. Imports the model, never the analysis."""

from policy.engine.decide import decide, decide_many, decide_regime

__all__ = ["decide", "decide_many", "decide_regime"]

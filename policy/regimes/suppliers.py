"""The supplier catalogue: which jurisdictions' firms make which item kinds, and how well.

The loophole analysis substitutes suppliers: if a controlled tool has an equivalent made in
a jurisdiction that does not control it, the control can be evaded. So each entry gives the
best value of the parameters the rules compare (overlay, numerical aperture, TPP, memory
bandwidth), from public product data; an entry without capabilities says only that the firm
makes the kind.
"""

from __future__ import annotations

from policy.model.world import Supplier

SUPPLIERS: tuple[Supplier, ...] = ()

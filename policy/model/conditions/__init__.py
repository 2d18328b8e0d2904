"""The condition language: small, declarative, analysable expressions over a transaction.

Conditions are frozen pydantic models joined in a discriminated union on ``op``, so they
serialise to JSON, validate against a JSON Schema, render to English and can be inspected by
the analysis (there are no Python callables inside a rule). Python operators make them
pleasant to write::

    kind("ic.accelerator") & (TPP >= 4800) & ~flag("consumer")

Every condition offers:

* ``evaluate(scope)`` -> bool, for the engine;
* ``explain(scope)`` -> (bool, facts), the values compared (``"tpp 4992 >= 4800"``);
* ``atoms()``, the leaf conditions (parameter/constant pairs, country sets, lists...) the
  analysis cuts the transaction space with;
* ``describe()``, an English phrase for the docs.

A comparison with a parameter the transaction does not give is false: a threshold is met
only by a value that is known to meet it. Write ``~(TPP >= 4800)`` knowing that it is true
for an item whose TPP is not given.

The package is split by idea: :mod:`.node` (the base class, the :class:`Scope` protocol and
the limits), :mod:`.leaves` (the leaf conditions), :mod:`.combinators`
(``all``/``any``/``not`` and the :data:`Condition` union), :mod:`.authoring` (parameter
handles and helper functions) and :mod:`.text` (the word helpers). Import from here.
"""

from __future__ import annotations

from policy.model.conditions.authoring import (
    ALWAYS,
    DIE_AREA,
    DRAM_HALF_PITCH,
    MEMORY_BANDWIDTH,
    MEMORY_BANDWIDTH_DENSITY,
    MRF_K025,
    MRF_K035,
    NAND_LAYERS,
    NEVER,
    NODE,
    NUMERICAL_APERTURE,
    OVERLAY,
    PERFORMANCE_DENSITY,
    PURITY,
    TPP,
    TRANSFER_RATE,
    WAVELENGTH,
    Param,
    all_of,
    any_of,
    channel,
    classified,
    consignee_headquarters,
    content,
    destination,
    end_use,
    end_user_country,
    exporter,
    exporter_headquarters,
    flag,
    headquarters,
    in_group,
    kind,
    listed,
    made_with,
    not_,
    origin,
    param,
    persons,
    producer,
)
from policy.model.conditions.combinators import (
    All,
    AnyOf,
    Condition,
    Not,
)
from policy.model.conditions.leaves import (
    Channel,
    Classified,
    Compare,
    Const,
    Content,
    Countries,
    EndUse,
    Flag,
    Kind,
    Leaf,
    Listed,
    MadeWith,
    Producer,
    producer_key,
)
from policy.model.conditions.node import (
    COMPARATORS,
    MAX_CONDITION_DEPTH,
    NEGATED,
    PARTY_COUNTRY_FIELDS,
    CmpOp,
    CountryField,
    Node,
    Scope,
)

__all__ = [
    "ALWAYS",
    "COMPARATORS",
    "DIE_AREA",
    "DRAM_HALF_PITCH",
    "MAX_CONDITION_DEPTH",
    "MEMORY_BANDWIDTH",
    "MEMORY_BANDWIDTH_DENSITY",
    "MRF_K025",
    "MRF_K035",
    "NAND_LAYERS",
    "NEGATED",
    "NEVER",
    "NODE",
    "NUMERICAL_APERTURE",
    "OVERLAY",
    "PARTY_COUNTRY_FIELDS",
    "PERFORMANCE_DENSITY",
    "PURITY",
    "TPP",
    "TRANSFER_RATE",
    "WAVELENGTH",
    "All",
    "AnyOf",
    "Channel",
    "Classified",
    "CmpOp",
    "Compare",
    "Condition",
    "Const",
    "Content",
    "Countries",
    "CountryField",
    "EndUse",
    "Flag",
    "Kind",
    "Leaf",
    "Listed",
    "MadeWith",
    "Node",
    "Not",
    "Param",
    "Producer",
    "Scope",
    "all_of",
    "any_of",
    "channel",
    "classified",
    "consignee_headquarters",
    "content",
    "destination",
    "end_use",
    "end_user_country",
    "exporter",
    "exporter_headquarters",
    "flag",
    "headquarters",
    "in_group",
    "kind",
    "listed",
    "made_with",
    "not_",
    "origin",
    "param",
    "persons",
    "producer",
    "producer_key",
]

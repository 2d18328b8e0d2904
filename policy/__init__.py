"""policy: export-control regimes as typed Python objects, decided by a pure engine, checked
for contradictions and for loopholes between jurisdictions, and rendered into readable docs.

Write rules from conditions (``kind("ic.accelerator") & (TPP >= 4800)``), gather them in a
:class:`Regime`, put regimes in a :class:`World`, and :func:`decide` a :class:`Transaction`.
Screen a file of transactions with :func:`screen`, an Arrow table with
:func:`screen_arrow`, a Dask DataFrame with :func:`policy.dask.screen`. This models the law;
it is not legal advice.
"""

__version__ = "0.1.0"

import typing as _typing

from policy.engine import decide, decide_each, decide_many
from policy.errors import InputError, PolicyError, RegimeError, UnknownNameError
from policy.loading import load_world, read_transaction
from policy.model.conditions import (
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
    All,
    AnyOf,
    Channel,
    Classified,
    Compare,
    Condition,
    Const,
    Content,
    Countries,
    EndUse,
    Flag,
    Kind,
    Listed,
    MadeWith,
    Not,
    Param,
    Producer,
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
from policy.model.decisions import Decision, OpenFact, Outcome, Verdict
from policy.model.parties import CountryGroup, Listing, Membership, Party, PartyList, group
from policy.model.regimes import Implementation, Modelled, Problem, Regime
from policy.model.rules import Carveout, Example, Location, Nexus, Rule, Source
from policy.model.transactions import (
    Consignee,
    EndUser,
    ExporterParty,
    Item,
    Owner,
    Transaction,
)
from policy.model.world import Supplier, World

if _typing.TYPE_CHECKING:
    from policy.analysis import (
        CheckOptions,
        Finding,
        Move,
        Objective,
        Partition,
        Report,
        RuleRef,
        check_world,
        register_check,
        register_move,
        validate,
    )

    # from its module: ``policy.analysis.partition`` names both the function and the
    # submodule, and mypy may take the name for the module depending on import order
    from policy.analysis.partition import partition
    from policy.screening.arrow import screen_arrow
    from policy.screening.files import ScreenSummary, screen


#: Public names imported on first use, and the module each comes from; every other name of
#: __all__ not imported above is the analysis's. ``import policy`` and ``policy decide`` start
#: without the checks, the loophole search, numpy and the compiled engine.
_LAZY = {
    "ScreenSummary": "policy.screening.files",
    "screen": "policy.screening.files",
    "screen_arrow": "policy.screening.arrow",
}


def __getattr__(name: str) -> _typing.Any:
    if name in __all__:
        import importlib

        module = importlib.import_module(_LAZY.get(name, "policy.analysis"))
        return getattr(module, name)
    raise AttributeError(f"module 'policy' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "ALWAYS",
    "DIE_AREA",
    "DRAM_HALF_PITCH",
    "MEMORY_BANDWIDTH",
    "MEMORY_BANDWIDTH_DENSITY",
    "MRF_K025",
    "MRF_K035",
    "NAND_LAYERS",
    "NEVER",
    "NODE",
    "NUMERICAL_APERTURE",
    "OVERLAY",
    "PERFORMANCE_DENSITY",
    "PURITY",
    "TPP",
    "TRANSFER_RATE",
    "WAVELENGTH",
    "All",
    "AnyOf",
    "Carveout",
    "Channel",
    "CheckOptions",
    "Classified",
    "Compare",
    "Condition",
    "Consignee",
    "Const",
    "Content",
    "Countries",
    "CountryGroup",
    "Decision",
    "EndUse",
    "EndUser",
    "Example",
    "ExporterParty",
    "Finding",
    "Flag",
    "Implementation",
    "InputError",
    "Item",
    "Kind",
    "Listed",
    "Listing",
    "Location",
    "MadeWith",
    "Membership",
    "Modelled",
    "Move",
    "Nexus",
    "Not",
    "Objective",
    "OpenFact",
    "Outcome",
    "Owner",
    "Param",
    "Partition",
    "Party",
    "PartyList",
    "PolicyError",
    "Problem",
    "Producer",
    "Regime",
    "RegimeError",
    "Report",
    "Rule",
    "RuleRef",
    "ScreenSummary",
    "Source",
    "Supplier",
    "Transaction",
    "UnknownNameError",
    "Verdict",
    "World",
    "__version__",
    "all_of",
    "any_of",
    "channel",
    "check_world",
    "classified",
    "consignee_headquarters",
    "content",
    "decide",
    "decide_each",
    "decide_many",
    "destination",
    "end_use",
    "end_user_country",
    "exporter",
    "exporter_headquarters",
    "flag",
    "group",
    "headquarters",
    "in_group",
    "kind",
    "listed",
    "load_world",
    "made_with",
    "not_",
    "origin",
    "param",
    "partition",
    "persons",
    "producer",
    "read_transaction",
    "register_check",
    "register_move",
    "screen",
    "screen_arrow",
    "validate",
]

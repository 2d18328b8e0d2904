"""A regime written with one planted defect of every class, and a clean one.

Neither is in the shipped library: jurisdiction KR stands for "some regime", TW for "an
ally with its own, different controls". Each defect uses its own item kind so that the
defects do not mask one another.
"""

from __future__ import annotations

from datetime import date

from policy import (
    OVERLAY,
    PURITY,
    TPP,
    TRANSFER_RATE,
    Carveout,
    Example,
    Listing,
    Nexus,
    Outcome,
    Party,
    PartyList,
    Regime,
    Rule,
    Source,
    Supplier,
    Transaction,
    World,
    channel,
    content,
    destination,
    end_use,
    exporter,
    group,
    kind,
    listed,
    made_with,
    origin,
)

SRC = Source(document="Planted Test Regulation", section="s. 1")
START = date(2020, 1, 1)
G = ("G",)
TO_G = destination(groups=G)

REACH = (
    Nexus(
        id="territory",
        title="exports from KR",
        when=exporter("KR") & channel("export", "reexport", "transfer"),
        effective=START,
        source=SRC,
    ),
    Nexus(
        id="origin",
        title="re-exports of KR items",
        when=origin("KR") & ~exporter("KR") & channel("export", "reexport", "transfer"),
        effective=START,
        source=SRC,
    ),
    Nexus(
        id="de-minimis",
        title="foreign items with more than 25% KR content",
        when=content("KR", ">", 25) & ~origin("KR") & ~exporter("KR"),
        effective=START,
        source=SRC,
    ),
    Nexus(
        id="fdp",
        title="foreign direct products of KR technology (accelerators)",
        when=made_with("KR")
        & ~origin("KR")
        & ~exporter("KR")
        & kind("ic.accelerator")
        & (TPP >= 4800)
        & TO_G,
        effective=START,
        source=SRC,
    ),
)


def rule(rid: str, when, outcome=Outcome.LICENSE_REQUIRED, **kw) -> Rule:  # type: ignore[no-untyped-def]
    kw.setdefault("effective", START)
    return Rule(id=rid, title=rid, when=when, outcome=outcome, source=SRC, **kw)


def tx(**data) -> Transaction:  # type: ignore[no-untyped-def]
    base = {"date": "2024-01-01", "exporter": "KR", "destination": "CN"}
    return Transaction.model_validate({**base, **data})


DEFECTS = (
    # PL201: gallium to G is prohibited, and expressly free below 99% purity.
    rule("KR-ban-gallium", kind("material.gallium") & TO_G, Outcome.PROHIBITED),
    rule("KR-free-gallium", kind("material.gallium") & (PURITY < 99), Outcome.NO_LICENSE_REQUIRED),
    # PL202: the germanium prohibition's own general licence covers all of it.
    rule(
        "KR-ban-germanium",
        kind("material.germanium") & TO_G,
        Outcome.PROHIBITED,
        carveouts=(
            Carveout(
                id="GL-1",
                title="general licence",
                when=kind("material.germanium"),
                effective=START,
                source=SRC,
            ),
        ),
    ),
    # PL203: all memory ICs to G are prohibited first, so the HBM rule never decides.
    rule("KR-memory", kind("ic.memory") & TO_G, Outcome.PROHIBITED),
    rule("KR-hbm", kind("ic.memory.hbm") & (TPP >= 1000) & TO_G),
    # PL204: a threshold typo makes the EDA rule impossible.
    rule("KR-eda", kind("software.eda") & (TPP >= 5000) & (TPP < 1000)),
    # PL205: twins with the wrong operators: exactly 4800 falls through.
    rule("KR-computer-low", kind("computer") & (TPP >= 1000) & (TPP < 4800) & TO_G),
    rule(
        "KR-computer-high",
        kind("computer") & (TPP > 4800) & TO_G,
        examples=(
            # PL002: this example contradicts its rule.
            Example(
                title="6000 TPP computer to CN",
                transaction=tx(item={"kind": "computer", "params": {"tpp": 6000}}),
                outcome=Outcome.NO_LICENSE_REQUIRED,
            ),
        ),
    ),
    # PL206: a lower overlay is more capable, yet only overlay of 2 nm or more is controlled.
    rule("KR-euv", kind("sme.lithography.euv") & (OVERLAY >= 2.0) & TO_G),
    # PL001: a group that does not exist.
    rule("KR-etch", kind("sme.etch") & destination(groups=("NOPE",))),
    # PL207: the carve-out starts before its rule.
    rule(
        "KR-cleaning",
        kind("sme.cleaning") & TO_G,
        effective=date(2022, 1, 1),
        carveouts=(
            Carveout(
                id="EARLY",
                title="early exception",
                when=destination("RU"),
                effective=date(2021, 1, 1),
                source=SRC,
            ),
        ),
    ),
    # PL209: two versions with a gap between them.
    rule("KR-annealing", kind("sme.annealing") & TO_G, effective=START, end=date(2021, 1, 1)),
    rule("KR-annealing", kind("sme.annealing") & TO_G, effective=date(2021, 6, 1)),
)

LOOPHOLE_RULES = (
    # supplier substitution: TW makes deposition tools and does not control them
    rule("KR-deposition", kind("sme.deposition") & TO_G),
    # affiliate: the list binds named parties only
    rule("KR-list", listed("kr_list")),
    # design under threshold, remote access, de minimis, foreign manufacture
    rule(
        "KR-accelerator",
        kind("ic.accelerator") & (TPP >= 4800) & (TRANSFER_RATE >= 600) & TO_G,
    ),
    # end-use substitution
    rule(
        "KR-duv-fab",
        kind("sme.lithography.duv.immersion") & end_use("advanced_node_fab") & TO_G,
    ),
)

PARTIES = (Party(id="ACME", name="Acme Semiconductor", country="CN"),)
LISTS = (
    PartyList(
        id="kr_list",
        name="KR list",
        listings=(
            Listing(party="ACME", start=START),
            # PL208: the same party listed twice at once
            Listing(party="ACME", start=date(2023, 1, 1)),
        ),
    ),
)

PLANTED = Regime(
    jurisdiction="KR",
    name="Planted regime",
    reach=REACH,
    rules=DEFECTS + LOOPHOLE_RULES,
    groups=(group("G", "countries of concern", "CN RU"),),
    lists=LISTS,
    parties=PARTIES,
)

#: An ally that controls accelerators from a higher threshold and nothing else.
ALLY = Regime(
    jurisdiction="TW",
    name="Ally",
    reach=(
        Nexus(
            id="tw-territory",
            title="exports from TW",
            when=exporter("TW") & channel("export", "reexport", "transfer"),
            effective=START,
            source=SRC,
        ),
    ),
    # transshipment: TW reaches exports from its territory only
    rules=(rule("TW-accelerator", kind("ic.accelerator") & (TPP >= 6000) & destination("CN")),),
)

SUPPLIERS = (Supplier(jurisdiction="TW", firm="Formosa Tools", kind="sme.deposition"),)

WORLD = World(regimes=(PLANTED, ALLY), suppliers=SUPPLIERS)

CLEAN = Regime(
    jurisdiction="KR",
    name="Clean regime",
    reach=(
        Nexus(
            id="territory",
            title="exports from KR and re-exports of KR items",
            when=exporter("KR") | origin("KR"),
            effective=START,
            source=SRC,
        ),
    ),
    rules=(
        rule(
            "KR-accelerator",
            kind("ic.accelerator") & (TPP >= 4800) & destination("CN"),
            examples=(
                Example(
                    title="a 5000 TPP accelerator to CN",
                    transaction=tx(item={"kind": "ic.accelerator", "params": {"tpp": 5000}}),
                    outcome=Outcome.LICENSE_REQUIRED,
                ),
                Example(
                    title="a 4799 TPP accelerator to CN",
                    transaction=tx(item={"kind": "ic.accelerator", "params": {"tpp": 4799}}),
                    outcome=Outcome.NO_LICENSE_REQUIRED,
                ),
            ),
        ),
    ),
)

CLEAN_WORLD = World(regimes=(CLEAN,))

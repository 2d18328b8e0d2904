"""A small regime for the mutation tests: one rule of each shape the operators edit (a
threshold, a conjunction, a country group, a party list, a carve-out, an amendment, a
nexus), and few enough examples that some mutants survive. ``REGIME`` is loaded by
``--regimes tests/analysis/mutate/small_regime.py``."""

from datetime import date

from policy import (
    TPP,
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
    Transaction,
    destination,
    exporter,
    group,
    kind,
    listed,
)

LAW = Source(document="Test Export Control Act", section="Annex 1")


def _tx(day: str, dest: str, tpp: float | None = None, end_user: str | None = None) -> Transaction:
    item: dict[str, object] = {"kind": "ic.accelerator"}
    if tpp is not None:
        item["params"] = {"tpp": tpp}
    return Transaction.model_validate(
        {"date": day, "exporter": "KR", "destination": dest, "end_user": end_user, "item": item}
    )


ACCEL_2024, ACCEL_2025 = Rule(
    id="KR-ACCEL",
    title="Advanced accelerators to listed destinations",
    when=kind("ic.accelerator") & (TPP >= 4800) & destination(groups=("listed",)),
    outcome=Outcome.LICENSE_REQUIRED,
    effective=date(2024, 1, 1),
    source=LAW,
    carveouts=(
        Carveout(
            id="GOV",
            title="Shipments to Russia's government stock (a test carve-out)",
            when=destination("RU"),
            effective=date(2024, 1, 1),
            source=LAW,
        ),
    ),
    examples=(
        Example(
            title="An accelerator at exactly the threshold to China needs a licence",
            transaction=_tx("2024-06-01", "CN", 4800),
            outcome=Outcome.LICENSE_REQUIRED,
        ),
    ),
).amended(
    date(2025, 1, 1), when=kind("ic.accelerator") & (TPP >= 4000) & destination(groups=("listed",))
)

ENTITY = Rule(
    id="KR-ENTITY",
    title="Anything to a listed end user",
    when=listed("watch"),
    outcome=Outcome.PROHIBITED,
    effective=date(2024, 1, 1),
    source=LAW,
    examples=(
        Example(
            title="An accelerator to Acme is prohibited",
            transaction=_tx("2024-06-01", "CN", end_user="Acme"),
            outcome=Outcome.PROHIBITED,
        ),
    ),
)

REGIME = Regime(
    jurisdiction="KR",
    name="South Korea: a test regime",
    reach=(
        Nexus(
            id="territory",
            title="export from South Korea",
            when=exporter("KR"),
            effective=date(2000, 1, 1),
            source=LAW,
        ),
    ),
    groups=(group("listed", "Destinations listed in the Annex", "CN RU"),),
    lists=(
        PartyList(
            id="watch",
            name="Watch list",
            listings=(Listing(party="Acme"), Listing(party="Bolt")),
        ),
    ),
    parties=(
        Party(id="Acme", name="Acme Corp", country="CN"),
        Party(id="Bolt", name="Bolt", country="CN"),
    ),
    rules=(ACCEL_2024, ACCEL_2025, ENTITY),
)

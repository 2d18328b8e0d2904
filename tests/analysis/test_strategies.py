"""The hypothesis strategies are lazy, registered for ``st.from_type(Transaction)``, and
raise programming errors (not the command line's InputError) for wrong arguments."""

import datetime as dt
import subprocess
import sys
import textwrap

import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st

from policy import Transaction, decide
from policy.analysis import strategies
from policy.errors import InputError
from policy.loading import check_references

DAY = dt.date(2024, 1, 1)


@settings(max_examples=25)
@given(tx=st.from_type(Transaction))
def test_from_type_draws_valid_transactions_of_the_shipped_library(world, tx):
    """A drawn transaction is dated on a day the law changes, names only parties the
    library knows, survives a JSON round trip and gets a verdict from every regime."""
    assert isinstance(tx, Transaction)
    assert tx.date in world.change_dates()
    assert check_references(tx, world, where="drawn") == world.canonical(tx)
    assert Transaction.model_validate_json(tx.model_dump_json()) == tx
    assert set(decide(world, tx).verdicts) == {r.jurisdiction for r in world.regimes}


def test_building_strategies_does_no_partition_work():
    """Importing the module and creating every strategy (what a decorator does when a test
    module is imported) loads no regime and compiles no condition; the first draw does."""
    code = textwrap.dedent(
        """
        import datetime as dt, sys
        from hypothesis import find, strategies as st
        from policy import Transaction
        from policy.analysis import strategies as s
        from policy.analysis._expr import TABLE

        day = dt.date(2024, 1, 1)
        made = [
            s.transactions(as_of=day), s.transactions(), s.transactions(jurisdictions=["US"]),
            s.boundary_values("tpp", as_of=day), s.countries(as_of=day), s.kinds(as_of=day),
            s.end_users(as_of=day), s.dates(), st.from_type(Transaction),
            st.builds(list, st.from_type(Transaction)),
        ]
        assert not [m for m in sys.modules if m.startswith("policy.regimes")], "world loaded"
        assert TABLE.atom_keys == [], "conditions compiled"
        find(s.boundary_values("tpp", as_of=day), lambda x: True)
        assert TABLE.atom_keys, "the first draw compiles"
        print("ok")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


MISUSE = [
    (lambda: strategies.transactions(as_of="2024-01-01"), TypeError, "as_of must be a"),
    (
        lambda: strategies.transactions(as_of=dt.datetime(2024, 1, 1, 12)),
        TypeError,
        "as_of must be a",
    ),
    (lambda: strategies.transactions(world="us"), TypeError, "world must be a World"),
    (lambda: strategies.transactions(jurisdictions="US"), TypeError, "sequence of codes"),
    (lambda: strategies.transactions(as_of=DAY, jurisdictions=["XX"]), ValueError, "XX"),
    (lambda: strategies.transactions(jurisdictions=["XX"]), ValueError, "no regime for XX"),
    (
        lambda: strategies.transactions(
            as_of=DAY, partition=strategies.partition_for(as_of=DAY, jurisdictions=["US"])
        ),
        TypeError,
        "not both",
    ),
    (lambda: strategies.transactions(partition="p"), TypeError, "must be a Partition"),
    (lambda: strategies.cells([]), TypeError, "expected a Partition"),
    (lambda: strategies.boundary_values("tppp", as_of=DAY), ValueError, "did you mean 'tpp'"),
    (lambda: strategies.boundary_values(4800, as_of=DAY), TypeError, "parameter name"),
    (lambda: strategies.countries("end_user", as_of=DAY), ValueError, "field must be"),
    (lambda: strategies.kinds(as_of=None), TypeError, "as_of must be a"),
]


@pytest.mark.parametrize(("make", "error", "message"), MISUSE)
def test_wrong_arguments_raise_a_programming_error_on_the_first_draw(make, error, message):
    strategy = make()  # creating it checks nothing: a wrong test fails when it runs
    with pytest.raises(error, match=message) as raised:
        find(strategy, lambda _: True)
    assert not isinstance(raised.value, InputError)


def test_dates_shrink_to_the_earliest_date_the_law_changes(world):
    assert find(strategies.dates(), lambda _: True) == world.change_dates()[0]
    late = find(strategies.dates(), lambda d: d.year >= 2024)
    assert late == min(d for d in world.change_dates() if d.year >= 2024)

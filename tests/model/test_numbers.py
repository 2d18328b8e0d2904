"""How the model writes numbers (:func:`policy.model.numbers.format_number`): whole numbers
without a fraction, the rest as the shortest text that reads back as the same float."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policy import TPP
from policy.model.numbers import format_number


@pytest.mark.parametrize(
    ("x", "text"),
    [
        (4800, "4800"),
        (4800.0, "4800"),
        (-3.0, "-3"),
        (0.0, "0"),
        (-0.0, "0"),
        (19.45, "19.45"),
        (0.1, "0.1"),
        (1e-05, "1e-05"),
        (999_999_999_999_999.0, "999999999999999"),
        (1e15, "1000000000000000.0"),
        (1e300, "1e+300"),
        (1e16, "1e+16"),
        (math.inf, "inf"),
    ],
)
def test_format_number(x, text):
    assert format_number(x) == text


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_a_formatted_number_reads_back_as_the_same_value(x):
    assert float(format_number(x)) == x


def test_conditions_and_traces_write_numbers_with_it():
    assert repr(TPP >= 4800.0) == "tpp >= 4800"
    assert repr(TPP < 19.45) == "tpp < 19.45"

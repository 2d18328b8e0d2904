"""Annotated field types shared by the models: validated names, ISO dates, magnitudes.

Validation is strict where lax coercion would hide mistakes in a legal model: a date must be
an ISO ``YYYY-MM-DD`` string (or a ``date``), never an integer timestamp; a number must be a
JSON number, never a string or a boolean, and never NaN or infinity.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field, PlainSerializer, WithJsonSchema

from policy.errors import InputError, shown
from policy.model import vocabulary as v


def _parse_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        raise InputError(f"expected a date YYYY-MM-DD, got a date and time {value.isoformat()!r}")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        if len(value) != 10 or value[4] != "-" or value[7] != "-":
            raise InputError(f"expected a date YYYY-MM-DD, got {shown(value)}")
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise InputError(f"{shown(value)} is not a date that exists") from None
    raise InputError(f"expected a date YYYY-MM-DD, got {shown(value)}")


ISODate = Annotated[
    dt.date,
    BeforeValidator(_parse_date),
    PlainSerializer(lambda d: d.isoformat(), return_type=str),
    WithJsonSchema({"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}),
]


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InputError(f"expected a number, got {shown(value)}")
    try:
        f = float(value)
    except OverflowError:
        raise InputError(f"expected a number, got one too large ({str(value)[:20]}...)") from None
    if math.isnan(f) or math.isinf(f):
        raise InputError(f"expected a finite number, got {shown(value)}")
    return f


def _magnitude(value: Any) -> float:
    f = _number(value)
    if f < 0:
        raise InputError(f"expected a number >= 0, got {shown(value)}")
    return f


#: The largest percentage (a content share, an ownership share): the model's validation and
#: the fast readers of ``policy screen`` read this one constant (see
#: :data:`policy.model.transactions.LIMITS`).
MAX_PERCENT = 100


def _percent(value: Any) -> float:
    f = _magnitude(value)
    if f > MAX_PERCENT:
        raise InputError(f"expected a percentage between 0 and {MAX_PERCENT}, got {shown(value)}")
    return f


Number = Annotated[float, BeforeValidator(_number), WithJsonSchema({"type": "number"})]
Magnitude = Annotated[
    float, BeforeValidator(_magnitude), WithJsonSchema({"type": "number", "minimum": 0})
]
Percent = Annotated[
    float,
    BeforeValidator(_percent),
    WithJsonSchema({"type": "number", "minimum": 0, "maximum": MAX_PERCENT}),
]

Country = Annotated[
    str,
    AfterValidator(lambda c: v.country(c)),
    WithJsonSchema({"type": "string", "pattern": "^[A-Z]{2}$"}),
]
Jurisdiction = Annotated[
    str,
    AfterValidator(lambda c: v.jurisdiction(c)),
    WithJsonSchema({"type": "string", "pattern": "^[A-Z]{2}$"}),
]
KindName = Annotated[
    str,
    AfterValidator(lambda k: v.kind_name(k)),
    WithJsonSchema({"type": "string", "enum": list(v.kinds())}),
]
ParamName = Annotated[
    str,
    AfterValidator(lambda p: v.parameter(p).name),
    WithJsonSchema({"type": "string", "enum": list(v.parameters())}),
]
FlagName = Annotated[
    str,
    AfterValidator(lambda f: v.flag(f)),
    WithJsonSchema({"type": "string", "enum": list(v.flags())}),
]
EndUseName = Annotated[
    str,
    AfterValidator(lambda u: v.end_use(u)),
    WithJsonSchema({"type": "string", "enum": list(v.end_uses())}),
]
ChannelName = Annotated[
    str,
    AfterValidator(lambda c: v.channel(c)),
    WithJsonSchema({"type": "string", "enum": list(v.CHANNELS)}),
]

#: A short identifier: rule ids, group ids, list ids, party ids.
Identifier = Annotated[
    str,
    Field(min_length=1, max_length=200, pattern=r"^[A-Za-z0-9][A-Za-z0-9 ._:/()&'+-]*$"),
]
#: Human text (titles, notes); bounded so a hostile file cannot make a gigabyte title.
Text = Annotated[str, Field(max_length=20_000)]


def sorted_unique(values: tuple[str, ...]) -> tuple[str, ...]:
    """Sets are stored sorted and without duplicates so that output is deterministic."""
    return tuple(sorted(set(values)))

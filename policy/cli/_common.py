"""What every command shares: error handling, ``--regimes``, ``--as-of``, ``--format``."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any, TypeVar

import click
from pydantic import ValidationError

from policy.errors import PolicyError
from policy.loading import format_validation_error, load_world
from policy.model.world import World
from policy.settings import load_settings

F = TypeVar("F", bound=Callable[..., Any])


class PolicyUsageError(click.ClickException):
    """Bad input: printed as ``Error: ...``, exit code 2, no traceback."""

    exit_code = 2


def handle_errors(func: F) -> F:
    """Turn every PolicyError (and a stray pydantic ValidationError) into exit code 2."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except PolicyError as e:
            raise PolicyUsageError(str(e)) from None
        except ValidationError as e:
            raise PolicyUsageError(str(format_validation_error(e))) from None

    return wrapper  # type: ignore[return-value]


class DateType(click.ParamType):  # type: ignore[type-arg]
    """A calendar date written YYYY-MM-DD that exists."""

    name = "YYYY-MM-DD"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> dt.date:
        if isinstance(value, dt.date):
            return value
        text = str(value)
        if len(text) != 10 or text[4] != "-" or text[7] != "-":
            self.fail(f"expected a date YYYY-MM-DD, got {text!r}", param, ctx)
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            self.fail(f"{text!r} is not a date that exists", param, ctx)


DATE = DateType()

regimes_option = click.option(
    "--regimes",
    "regimes",
    metavar="MODULE_OR_PATH",
    default=None,
    help="The regimes to use: a module, a .py file, a regime or world .json file, or a"
    " directory of .json files. Default: [tool.policy] regimes in pyproject.toml, else the"
    " shipped library.",
)


def as_of_option(help_text: str) -> Callable[[F], F]:
    return click.option("--as-of", "as_of", type=DATE, default=None, help=help_text)


def format_option(*choices: str) -> Callable[[F], F]:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(list(choices)),
        default=choices[0],
        show_default=True,
        help="Output format.",
    )


def resolve_world(regimes: str | None) -> World:
    spec = regimes if regimes is not None else load_settings().regimes
    return load_world(spec)

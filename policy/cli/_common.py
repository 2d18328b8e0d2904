"""What every command shares: error handling, ``--regimes``, ``--as-of``, ``--format``."""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Callable
from typing import Any, TypeVar

import click
from pydantic import ValidationError

from policy.errors import InputError, PolicyError
from policy.loading import format_validation_error, load_world
from policy.model.world import World
from policy.settings import load_settings

F = TypeVar("F", bound=Callable[..., Any])


class PolicyUsageError(click.ClickException):
    """Bad input: printed as ``Error: ...``, exit code 2, no traceback."""

    exit_code = 2


def handle_errors(func: F) -> F:
    """Turn every PolicyError (and a stray pydantic ValidationError) into exit code 2, and
    so an operating-system error on a path the user gave (a directory that does not exist,
    a full disk, no permission): that is the environment, not a bug in policy."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except PolicyError as e:
            raise PolicyUsageError(str(e)) from None
        except ValidationError as e:
            raise PolicyUsageError(str(format_validation_error(e))) from None
        except BrokenPipeError:
            raise  # the reader went away: the group handles it
        except OSError as e:
            raise PolicyUsageError(os_error_message(e)) from None

    return wrapper  # type: ignore[return-value]


def os_error_message(e: OSError) -> str:
    """``path: cannot write: No space left on device`` from an OSError."""
    reason = e.strerror or str(e)
    where = e.filename if e.filename is not None else None
    if e.filename2 is not None:
        where = f"{e.filename} -> {e.filename2}"
    return f"{where}: {reason}" if where else reason


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
    """The world ``--regimes`` names, else ``[tool.policy] regimes``, else the shipped
    library; an error in regimes named by the settings also says which setting named them."""
    if regimes is not None:
        return load_world(regimes)
    settings = load_settings()
    try:
        return load_world(settings.regimes)
    except InputError as e:
        origin = settings.origin.get("regimes")
        if origin is None:
            raise
        raise InputError(
            f"{e.message} (named by [tool.policy] regimes at {origin})", where=e.where
        ) from None


def default_jobs() -> int:
    """Worker processes when none are asked for: the CPUs this process may run on, at most
    8 (``screen``'s default, and ``check --all-dates``'s)."""
    try:
        n = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        n = os.cpu_count() or 1
    return max(1, min(n, 8))


#: ``--facts``: what to do with the facts a transaction leaves out
#: (:mod:`policy.engine.open_facts`).
FACTS_CHOICES = ("open", "strict", "assume")


def facts_option(func: F) -> F:
    """``--facts open|strict|assume`` (default ``open``)."""
    return click.option(
        "--facts",
        type=click.Choice(FACTS_CHOICES),
        default="open",
        show_default=True,
        help="open: name in each verdict the facts the transaction leaves out that would"
        " change its outcome (the outcome keeps the documented reading of a missing fact);"
        " strict: as open, and any open fact is an error (exit 1, with the list);"
        " assume: take the documented reading and do not look for open facts (faster).",
    )(func)

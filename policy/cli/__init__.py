"""The ``policy`` command line.

Exit codes: 0 clean; 1 findings (or a denied screening result when asked to fail on them);
2 bad input or usage, with one message naming the place; 3 an internal error (a bug in
policy: the message says so, and ``POLICY_DEBUG=1`` shows the traceback).
"""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from policy import __version__
from policy.cli.check import check_command
from policy.cli.decide import decide_command, screen_command
from policy.cli.diff import diff_command
from policy.cli.docs import docs_command
from policy.cli.init import init_command
from policy.cli.schema import schema_command

INTERNAL_ERROR = 3


class PolicyGroup(click.Group):
    """A group that never lets an unexpected exception reach the user as a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except BrokenPipeError:
            # The reader went away (``policy screen big.jsonl | head``): not an error.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            ctx.exit(0)
        except Exception as e:
            if os.environ.get("POLICY_DEBUG"):
                raise
            click.echo(
                f"Error: internal error ({type(e).__name__}: {e}). This is a bug in policy;"
                " please report it with the input. Set POLICY_DEBUG=1 to see the traceback.",
                err=True,
            )
            ctx.exit(INTERNAL_ERROR)


@click.group(cls=PolicyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="policy")
def main() -> None:
    """Export-control regimes as typed, tested, documented code.

    This models the law; it is not legal advice."""


for _command in (
    check_command,
    decide_command,
    diff_command,
    docs_command,
    init_command,
    screen_command,
    schema_command,
):
    main.add_command(_command)

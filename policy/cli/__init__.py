"""The ``policy`` command line.

Exit codes: 0 clean; 1 findings (or a denied screening result when asked to fail on them);
2 bad input or usage, with one message naming the place; 3 an internal error (a bug in
policy: the message says so, and ``POLICY_DEBUG=1`` shows the traceback); 130 interrupted
(Ctrl-C, SIGINT), with one line and no traceback.
"""

from __future__ import annotations

import difflib
import importlib
import os
import sys
from typing import Any

import click

from policy import __version__
from policy._signals import watching_sigint

INTERNAL_ERROR = 3
#: 128 + SIGINT, what shells report for a command stopped by Ctrl-C.
INTERRUPTED = 130

#: Each command and where it lives, imported when it is asked for: ``policy screen`` does
#: not load the analysis, the renderer or git handling to start.
COMMANDS = {
    "check": "policy.cli.check:check_command",
    "completion": "policy.cli.completion:completion_command",
    "decide": "policy.cli.decide:decide_command",
    "diff": "policy.cli.diff:diff_command",
    "docs": "policy.cli.docs:docs_command",
    "eval": "policy.cli.eval:eval_command",
    "explain": "policy.cli.explain:explain_command",
    "init": "policy.cli.init:init_command",
    "mutate": "policy.cli.mutate:mutate_command",
    "schema": "policy.cli.schema:schema_command",
    "screen": "policy.cli.screen:screen_command",
}


class PolicyGroup(click.Group):
    """A group that never lets an unexpected exception reach the user as a traceback, and
    imports a command only when it is run (or listed in the help)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*COMMANDS, *super().list_commands(ctx)})

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0] if args else ""
        unknown = name and not name.startswith("-") and not ctx.resilient_parsing
        if unknown and self.get_command(ctx, name) is None:
            close = difflib.get_close_matches(name, self.list_commands(ctx))
            hint = f" Did you mean {close[0]!r}?" if close else ""
            ctx.fail(f"No such command {name!r}.{hint}")
        return super().resolve_command(ctx, args)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return super().get_command(ctx, cmd_name)
        module, attr = target.split(":")
        command: click.Command = getattr(importlib.import_module(module), attr)
        return command

    def invoke(self, ctx: click.Context) -> Any:
        try:
            with watching_sigint():
                return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except BrokenPipeError:
            # The reader went away (``policy screen big.jsonl | head``): not an error.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            ctx.exit(0)
        except KeyboardInterrupt:
            # Ctrl-C: click would say "Aborted!" and exit 1, the code of findings.
            tty = sys.stderr is not None and sys.stderr.isatty()
            click.echo(("\n" if tty else "") + "Interrupted.", err=True)
            ctx.exit(INTERRUPTED)
        except SystemExit:
            raise
        except BaseException as e:  # Exception, and the odd BaseException (GeneratorExit...)
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

"""The ``policy`` command line. Exit codes: 0 clean, 1 findings (or a denied screening
result when asked to fail on them), 2 bad input or usage."""

from __future__ import annotations

import click

from policy import __version__
from policy.cli.check import check_command
from policy.cli.decide import decide_command, screen_command
from policy.cli.init import init_command
from policy.cli.schema import schema_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="policy")
def main() -> None:
    """Export-control regimes as typed, tested, documented code.

    This models the law; it is not legal advice."""


for _command in (check_command, decide_command, init_command, screen_command, schema_command):
    main.add_command(_command)

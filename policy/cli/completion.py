"""``policy completion SHELL``: the shell completion script, click's own.

The script is click's ``shell_complete`` script for ``policy``: it asks the installed
``policy`` for completions (``_POLICY_COMPLETE=bash_complete policy ...``), so commands,
options and choices added later complete without regenerating it. Install it once:

    policy completion bash > ~/.local/share/bash-completion/completions/policy
    policy completion zsh > "${fpath[1]}/_policy"
    policy completion fish > ~/.config/fish/completions/policy.fish
"""

from __future__ import annotations

import click
from click.shell_completion import get_completion_class

from policy.cli._common import PolicyUsageError

#: The variable click's completion scripts set to ask ``policy`` for completions.
COMPLETE_VAR = "_POLICY_COMPLETE"
SHELLS = ("bash", "zsh", "fish")


def completion_script(shell: str) -> str:
    """The completion script for ``shell`` (one of :data:`SHELLS`)."""
    from policy.cli import main

    cls = get_completion_class(shell)
    if cls is None:  # pragma: no cover - click.Choice lets only SHELLS through
        raise PolicyUsageError(f"no completion for shell {shell!r}")
    return cls(main, {}, "policy", COMPLETE_VAR).source()


@click.command("completion")
@click.argument("shell", type=click.Choice(SHELLS))
def completion_command(shell: str) -> None:
    """Print the shell completion script for bash, zsh or fish.

    \b
    bash: policy completion bash > ~/.local/share/bash-completion/completions/policy
    zsh:  policy completion zsh > "${fpath[1]}/_policy"
    fish: policy completion fish > ~/.config/fish/completions/policy.fish

    Or, for the current shell only: eval "$(policy completion bash)".
    """
    script = completion_script(shell)
    click.echo(script if script.endswith("\n") else script + "\n", nl=False)

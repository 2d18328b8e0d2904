"""``policy completion SHELL``: click's completion script for policy, which completes every
command, and options, through the installed program."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from policy.cli import COMMANDS, main


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_the_script_is_clicks_for_policy(shell: str) -> None:
    r = CliRunner().invoke(main, ["completion", shell])
    assert r.exit_code == 0, r.output
    assert "_POLICY_COMPLETE" in r.stdout and f"{shell}_complete" in r.stdout
    assert "policy" in r.stdout


def complete(words: str, cword: int) -> list[str]:
    env = {"_POLICY_COMPLETE": "bash_complete", "COMP_WORDS": words, "COMP_CWORD": str(cword)}
    r = CliRunner().invoke(main, [], env=env, prog_name="policy")
    assert r.exit_code == 0, r.output
    return [line.split(",", 1)[1] for line in r.stdout.splitlines()]


def test_what_the_script_asks_for_names_every_command() -> None:
    assert complete("policy ", 1) == sorted(COMMANDS)
    assert {"completion", "eval", "explain", "check"} <= set(COMMANDS)
    assert "--watch" in complete("policy check --w", 2)


def test_an_unknown_shell_is_exit_2() -> None:
    r = CliRunner().invoke(main, ["completion", "tcsh"])
    assert r.exit_code == 2 and "'tcsh' is not one of" in r.stderr

"""The README, the CLI's --help and the query catalogue agree."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from maillage.cli import cli
from queries.runner import catalogue
from storage.settings import SETTINGS, Setting

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(cli.commands)


def test_readme_starts_with_the_two_commands_a_newcomer_types() -> None:
    first_block = README.split("```", 2)[1]
    assert "make demo" in first_block
    assert "make test" in first_block


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_in_the_readme_and_has_help(command: str) -> None:
    assert f"maillage {command}" in README
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert cli.commands[command].get_short_help_str()


@pytest.mark.parametrize("query", catalogue(), ids=lambda query: query.name)
def test_every_named_query_is_in_the_readme_catalogue(query) -> None:
    assert f"| `{query.name}` |" in README


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda setting: setting.name)
def test_every_setting_is_the_default_and_help_of_its_options(setting: Setting) -> None:
    options = [param for command in cli.commands.values() for param in command.params
               if param.name == setting.name]
    assert options
    assert {(option.default, getattr(option, "help", None)) for option in options} == {
        (setting.default, setting.help)}

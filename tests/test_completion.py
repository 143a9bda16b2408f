"""Shell completion: form, stage, layout and format names; scripts for bash, zsh, PowerShell."""

from __future__ import annotations

import pytest
from click.shell_completion import ShellComplete

from tests.conftest import invoke


def _complete(*words: str) -> list[str]:
    from perfdocs.cli import main

    *args, incomplete = words
    shell = ShellComplete(main, {}, "perfdocs", "_PERFDOCS_COMPLETE")
    return [item.value for item in shell.get_completions(list(args), incomplete)]


def test_form_names_come_from_the_layouts() -> None:
    assert set(_complete("render", "--form", "")) == {"申报表", "自评表", "绩效目标表", "all"}
    assert _complete("packet", "--form", "自") == ["自评表"]


def test_layout_and_format_names() -> None:
    assert _complete("render", "--layout", "shanghai-202") == [
        "shanghai-2020", "shanghai-2021", "shanghai-2024"]
    assert _complete("validate", "-l", "shanghai-2021") == ["shanghai-2021"]
    assert _complete("render", "--format", "xlsx,") == ["xlsx,docx", "xlsx,pdf"]
    assert _complete("render", "-f", "p") == ["pdf"]


def test_commands_are_completed() -> None:
    names = _complete("")
    assert {"render", "status", "template", "init", "completion"} <= set(names)


@pytest.mark.parametrize(("shell", "words"), [
    ("bash", "_PERFDOCS_COMPLETE=bash_complete"),
    ("zsh", "_PERFDOCS_COMPLETE=zsh_complete"),
    ("powershell", "Register-ArgumentCompleter -Native -CommandName perfdocs"),
])
def test_completion_scripts(shell: str, words: str) -> None:
    code, output = invoke("completion", shell)
    assert code == 0 and words in output


def test_unknown_shell_is_a_chinese_usage_error() -> None:
    code, output = invoke("completion", "cmd")
    assert code == 2 and "「cmd」不是" in output

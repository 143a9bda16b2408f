"""Shell completion: form, stage, layout and format names; scripts for bash, zsh, PowerShell."""

from __future__ import annotations

from pathlib import Path

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
    assert _complete("render", "--format", "xlsx,") == ["xlsx,docx", "xlsx,pdf", "xlsx,html"]
    assert _complete("render", "--format", "xlsx，p") == ["xlsx，pdf"]  # 「，」「、」 too
    assert _complete("packet", "-f", "pdf、xlsx，") == ["pdf、xlsx，docx", "pdf、xlsx，html"]
    assert _complete("render", "-f", "h") == ["html"]  # every format --format takes
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


def _through_shell(shell: str, line: str) -> list[tuple[str, str]]:
    """What the loaded script of ``shell`` receives for the command ``line`` (the cursor at
    its end): (type, value) pairs, by the protocol of that shell's script."""
    from click.testing import CliRunner

    from perfdocs.cli import main

    words = line.split()
    cword = len(words) if line.endswith(" ") else len(words) - 1
    # PowerShell passes the command's text without the trailing space
    comp_words = " ".join(words) if shell == "powershell" else line
    result = CliRunner().invoke(main, [], prog_name="perfdocs", env={
        "_PERFDOCS_COMPLETE": f"{shell}_complete", "COMP_WORDS": comp_words,
        "COMP_CWORD": str(cword)})
    assert result.exit_code == 0, result.output
    if shell == "bash":
        return [tuple(row.split(",", 1)) for row in result.output.splitlines()]  # type: ignore[misc]
    rows = result.output.split("\n")
    return [(rows[i], rows[i + 1]) for i in range(0, len(rows) - 2, 3)]


SHELL_PROTOCOLS = ("bash", "zsh", "powershell")


@pytest.mark.parametrize("shell", SHELL_PROTOCOLS)
def test_stage_form_and_layout_names_complete_in_each_shell(shell: str) -> None:
    def values(line: str) -> list[str]:
        return [value for kind, value in _through_shell(shell, line) if kind == "plain"]

    assert values("perfdocs packet 2026/a.yaml --stage ") == ["申报", "自评"]
    assert values("perfdocs packet --stage 自") == ["自评"]
    assert set(values("perfdocs render --form ")) == {"申报表", "自评表", "绩效目标表", "all"}
    assert values("perfdocs render -l shanghai-202") == [
        "shanghai-2020", "shanghai-2021", "shanghai-2024"]
    assert "shanghai-2024" in values("perfdocs layout new 本省-2025 --from ")


@pytest.mark.parametrize("shell", SHELL_PROTOCOLS)
def test_file_and_folder_arguments_are_left_to_the_shell(shell: str) -> None:
    assert _through_shell(shell, "perfdocs render 2026/") == [("file", "2026/")]
    assert _through_shell(shell, "perfdocs import 退回.xlsx --into ") == [("file", "")]
    assert _through_shell(shell, "perfdocs packet a.yaml --out ") == [("dir", "")]


def test_bash_script_completes_stage_names(tmp_path: Path) -> None:
    """The bash script as a user loads it, with the real bash: 申报 and 自评 are offered."""
    import os
    import subprocess
    import sys

    from tests.conftest import need

    bash = need("bash")
    code, script = invoke("completion", "bash")
    assert code == 0
    wrapper = tmp_path / "perfdocs"  # the installed command, from this tree
    wrapper.write_text(f"#!/bin/sh\nexec {sys.executable} -c "
                       "'from perfdocs.cli import main; main(prog_name=\"perfdocs\")' \"$@\"\n",
                       encoding="utf-8")
    wrapper.chmod(0o755)
    (tmp_path / "completion.bash").write_text(script, encoding="utf-8")
    probe = ('source completion.bash; COMP_WORDS=(perfdocs packet a.yaml --stage ""); '
             'COMP_CWORD=4; _perfdocs_completion perfdocs; printf "%s\\n" "${COMPREPLY[@]}"')
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env = {**os.environ, "PATH": f"{tmp_path}{os.pathsep}{os.environ['PATH']}",
           "PYTHONPATH": root}
    done = subprocess.run([bash, "-c", probe], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.stdout.split() == ["申报", "自评"], done.stderr

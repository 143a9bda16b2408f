"""README stays true: its set-up commands and its example project."""

from __future__ import annotations

import re
from decimal import Decimal as D

from perfdocs.engine.pipeline import prepare
from perfdocs.loading.settings import Settings
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_setup_commands() -> None:
    first_block = re.search(r"```sh\n(.*?)```", README, re.S)
    assert first_block is not None
    lines = first_block.group(1).strip().splitlines()
    assert lines[0] == "pip install -e . && perfdocs render data/*/*.yaml"
    assert lines[1].startswith('pip install -e ".[test]" && python -m pytest')
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pytest -q" in ci and "-e \".[test]\"" in ci


def test_readme_example_project_validates(tmp_path) -> None:
    example = re.search(r"```yaml\n(.*?)```", README, re.S)
    assert example is not None
    path = tmp_path / "example.yaml"
    path.write_text(example.group(1), encoding="utf-8")
    prepared = prepare(path, Settings())
    assert prepared.diagnostics == []
    # 429.46 / 435.82 → 98.54 → 9.85; 30 + 19 + 15 + 9 = 73
    assert prepared.result.total == D("82.85") and prepared.result.grade == "良"


def test_quick_start_commands_and_options_exist() -> None:
    """Every perfdocs command line of the Chinese quick start names a real command and options."""
    import shlex

    from perfdocs.cli import main

    start = README.index("## 快速上手")
    section = README[start:README.index("## English reference")]
    lines = [line.split("  #")[0].strip()
             for block in re.findall(r"```sh\n(.*?)```", section, re.S)
             for line in block.splitlines() if line.strip().startswith("perfdocs")]
    lines += re.findall(r"`(perfdocs [^`]+)`", section)
    assert len(lines) > 15
    for line in lines:
        words = shlex.split(line.replace(">>", "#").split("#")[0])[1:]
        command = main
        if words and words[0] in main.commands:
            command = main.commands[words.pop(0)]
            commands = getattr(command, "commands", {})  # a group: perfdocs layout new …
            if words and words[0] in commands:
                command = commands[words.pop(0)]
        else:
            assert not words or words[0].startswith("-"), f"{line}: no such command"
        names = {opt for p in command.params for opt in (*p.opts, *p.secondary_opts)}
        names |= {"-h", "--help"}
        for word in words:
            if word.startswith("-"):
                assert word.split("=")[0] in names, f"{line}: {word}"


def test_the_packet_reference_says_what_strict_does() -> None:
    """tester11 F12: the 材料包 reference said a --strict packet is built from the files
    without warnings; it is not built at all (tests/test_packet_warnings.py: exit 1,
    「未生成任何材料」, no folder), as `packet --help` and the quick start say."""
    from click.testing import CliRunner

    from perfdocs.cli import main

    shown = "".join(CliRunner().invoke(main, ["packet", "--help"]).output.split())
    assert "有警告的文件与有错误的一样，材料包不生成" in shown
    chinese = README[README.index("- 先校验全部文件"):README.index("- 材料包各处对项目的称呼")]
    assert "只要有一个文件有警告，就与有错误一样列出全部，材料包不生成" in "".join(chinese.split())
    assert "未生成任何材料" in chinese and "只由没有警告的文件生成" not in chinese
    english = " ".join(README[README.index("Every file is validated first"):
                              README.index("The manifest does not list them")].split())
    assert "one file with a warning and no packet is made" in english
    assert "built only from files without any" not in english

"""What ``perfdocs render`` says to a clerk about a command line it cannot take: in plain
Chinese, naming the option, with what to type instead; nothing written. (Both ways of
running it — click and the click-free path — say the same: tests/test_quick_render.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from perfdocs.cli import main
from tests.conftest import DATA_2024

PROJECT = DATA_2024 / "技能评价业务经费.yaml"


def _render(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["render", *args])
    return result.exit_code, result.output


@pytest.mark.parametrize("typed", ["xlsx，docx", "xlsx、DOCX", "xlsx， docx"])
def test_formats_may_be_separated_as_a_chinese_input_method_types_them(
        typed: str, tmp_path: Path) -> None:
    code, output = _render(str(PROJECT), "-f", typed, "--form", "自评表", "--no-cache",
                           "-o", str(tmp_path))
    assert code == 0, output
    assert sorted(p.suffix for p in tmp_path.rglob("*-自评表.*")) == [".docx", ".xlsx"]


@pytest.mark.parametrize("args", [["-f", ""], ["--format="], ["-f", " ，、 "]])
def test_an_empty_format_is_a_usage_error_not_every_format(args: list[str],
                                                          tmp_path: Path) -> None:
    code, output = _render(str(PROJECT), *args, "-o", str(tmp_path / "out"))
    assert code == 2, output
    assert ("错误：--format 的值无效：没有写格式。可选 xlsx、docx、pdf、html，"
            "如 -f pdf 或 -f xlsx,pdf；不写 --format 则按 perfdocs.toml 的设置") in output
    assert not (tmp_path / "out").exists()


def test_an_unknown_format_names_it_and_says_how_to_list_several(tmp_path: Path) -> None:
    code, output = _render(str(PROJECT), "-f", "xlsx，pfd", "-o", str(tmp_path / "out"))
    assert code == 2, output
    assert ("错误：--format 的值无效：不认识「pfd」（是不是「pdf」？）；"
            "只能是 xlsx、docx、pdf、html 中的一种或几种，用逗号分隔，如 -f xlsx,pdf") in output
    assert not (tmp_path / "out").exists()
    assert "选哪种表" not in output  # a mistyped format is no form's name


def test_a_form_name_given_to_format_points_to_form(tmp_path: Path) -> None:
    """tester6 10b: -f is --format's short name; `-f 自评表` says where a form is chosen."""
    code, output = _render(str(PROJECT), "-f", "自评表", "-o", str(tmp_path / "out"))
    assert code == 2, output
    assert "不认识「自评表」" in output and output.rstrip().endswith("（选哪种表用 --form）")
    assert not (tmp_path / "out").exists()


def test_the_format_help_names_the_chinese_separators() -> None:
    code, output = _render("--help")
    assert code == 0 and "顿号（、）" in output.replace("\n", "").replace(" ", "")


@pytest.mark.parametrize("command", ["render", "packet"])
@pytest.mark.parametrize(("out", "words"), [
    ("是文件", "输出位置「是文件」是一个文件，不是文件夹"),
    ("是文件/下一层", "输出位置「是文件/下一层」建不了：其中的「是文件」是一个文件，不是文件夹"),
])
def test_an_output_folder_that_is_a_file_is_a_usage_error_before_rendering(
        command: str, out: str, words: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Not one 「无法写入：Not a directory」 per project after rendering them all (exit 1):
    said once, before anything runs, in Chinese, exit 2; the file is left as it was."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "是文件").write_text("别动我", encoding="utf-8")
    result = CliRunner().invoke(main, [command, str(PROJECT), "-o", out, "-f", "xlsx"])
    assert result.exit_code == 2, result.output
    assert f"错误：-o 的值无效：{words}；请另给一个文件夹（没有的会新建）" in result.output
    assert "Not a directory" not in result.output and "✗" not in result.output
    assert (tmp_path / "是文件").read_text(encoding="utf-8") == "别动我"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["是文件"]


def test_a_settings_output_folder_that_is_a_file_names_the_settings_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "perfdocs.toml").write_text('[render]\nout = "送审"\n', encoding="utf-8")
    (tmp_path / "送审").write_text("", encoding="utf-8")
    code, output = _render(str(PROJECT), "-f", "xlsx")
    assert code == 2, output
    assert (f"perfdocs.toml: 错误: 输出位置「{tmp_path / '送审'}」（未用 -o 时取 perfdocs.toml 的 "
            "[render] out，默认 output）是一个文件，不是文件夹；请用 -o 另给一个文件夹") in output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["perfdocs.toml", "送审"]


@pytest.mark.parametrize("args", [["render", "--config", "x.toml", "a.yaml"],
                                  ["validate", "--config=x.toml", "a.yaml"],
                                  ["render", "a.yaml", "--config", "x.toml"]])
def test_config_after_the_command_says_where_it_goes(args: list[str]) -> None:
    """README documents ``--config FILE`` as perfdocs' own option: written after the
    command name, the clerk is told to move it, not that it does not exist."""
    result = CliRunner().invoke(main, args, prog_name="perfdocs")
    assert result.exit_code == 2
    assert f"--config 要写在命令名前面：perfdocs --config 文件 {args[0]} …" in result.output
    assert "没有选项" not in result.output


def test_config_after_render_without_click_in_a_new_process(tmp_path: Path) -> None:
    """The click-free render declines the option, so click's (translated) message shows."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "perfdocs.cli", "render", "--config",
                           "x.toml", "a.yaml"], capture_output=True, cwd=tmp_path,
                          env={**__import__("os").environ, "PYTHONIOENCODING": "utf-8",
                               "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
    assert done.returncode == 2
    assert "--config 要写在命令名前面：" in done.stderr.decode("utf-8")


def test_an_unknown_option_still_gets_its_suggestion() -> None:
    result = CliRunner().invoke(main, ["render", "--fromat", "pdf", "a.yaml"])
    assert result.exit_code == 2 and "没有选项「--fromat」。是不是" in result.output

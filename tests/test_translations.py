"""Every string a user sees is Chinese: click's help and errors, settings errors, --version."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import click
import pytest

from perfdocs import __version__
from perfdocs.cli.cjk_text import display_width, wrap
from perfdocs.cli.zh import _CLICK_MODULES, MESSAGES, PLURAL_OTHER, PLURALS
from perfdocs.errors import SettingsError
from perfdocs.loading.settings import load_settings
from tests.conftest import invoke

ENGLISH_CLICK = ("Usage:", "Options:", "Commands:", "Show this message", "Error:", "Try '",
                 "Missing argument", "No such option", "Invalid value", "default:",
                 "is not a valid", "INTEGER", "[OPTIONS]", "COMMAND [ARGS]", " FILE", " DIR",
                 " LIST", " NAME", " ADDRESS", " SHELL")


def _click_messages() -> tuple[set[str], set[tuple[str, str]]]:
    """Every literal message the installed click passes to gettext / ngettext."""
    singles: set[str] = set()
    plurals: set[tuple[str, str]] = set()
    folder = Path(click.__file__).parent
    for name in _CLICK_MODULES:
        path = folder / f"{name}.py"
        if not path.exists():
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            texts = [a.value for a in node.args if isinstance(a, ast.Constant)
                     and isinstance(a.value, str)]
            if node.func.id == "_" and len(texts) == 1 and len(texts[0]) > 1:
                singles.add(texts[0])
            elif node.func.id == "ngettext" and len(texts) == 2:
                plurals.add((texts[0], texts[1]))
    return singles, plurals


def test_every_click_message_has_a_chinese_translation() -> None:
    singles, plurals = _click_messages()
    assert len(singles) > 40 and len(plurals) >= 5  # the scan found click's messages
    assert sorted(singles - set(MESSAGES)) == []
    assert sorted(p for p, _ in plurals if p not in PLURALS) == []
    assert sorted(o for _, o in plurals if o not in PLURAL_OTHER) == []
    for chinese in [*MESSAGES.values(), *PLURALS.values(), *PLURAL_OTHER.values()]:
        assert re.search(r"[\u4e00-\u9fff]", chinese) or chinese in ("UUID",), chinese


def _commands() -> list[list[str]]:
    """Every command's words, the groups' own commands too (``layout new``)."""
    from perfdocs.cli import main

    found: list[list[str]] = []

    def walk(command: click.Command, words: list[str]) -> None:
        found.append(words)
        if isinstance(command, click.Group):
            for name in sorted(command.commands):
                walk(command.commands[name], [*words, name])

    walk(main, [])
    return found


@pytest.mark.parametrize("args", _commands(), ids=lambda a: " ".join(a) or "perfdocs")
def test_help_is_chinese_and_fits_the_terminal(args: list[str]) -> None:
    code, output = invoke(*args, "--help")
    assert code == 0
    assert "用法:" in output and "选项:" in output and "显示本帮助并退出。" in output
    for english in ENGLISH_CLICK:
        assert english not in output, english
    assert max(display_width(line) for line in output.splitlines()) <= 82
    # a docstring's line break between two Chinese characters is no space ("文件名、 表名")
    assert not re.search(r"[，。、；] +(?=[\u4e00-\u9fff])", output), output


def test_wrapped_source_lines_join_without_a_space_between_chinese() -> None:
    assert wrap("补全文件名、\n    表名和 --form\n    的值。", 80) == ["补全文件名、表名和 --form 的值。"]


@pytest.mark.parametrize(("args", "expected"), [
    (["render"], "错误：缺少参数「文件...」。"),
    (["render", "--fromat", "x", "a.yaml"], "错误：没有选项「--fromat」。"),
    (["rendr"], "错误：没有命令「rendr」"),
    (["render", "-j", "0", "a.yaml"], "错误：--jobs（-j）只能是 1 到 64 之间的整数，不能是「0」。"),
    (["render", "-j", "abc", "a.yaml"], "错误：--jobs（-j）只能是 1 到 64 之间的整数，不能是「abc」。"),
    (["packet", "--jobs=65", "a.yaml"], "错误：--jobs（-j）只能是 1 到 64 之间的整数，不能是「65」。"),
    (["new", "--year", "明年"], "「明年」"),
    (["validate", "--strict=3", "a.yaml"], "错误：选项「--strict」不带值。"),
])
def test_usage_errors_are_chinese_with_exit_status_2(args: list[str], expected: str) -> None:
    code, output = invoke(*args)
    assert code == 2
    assert expected in output
    assert "运行「" in output or "选项「--strict」" in output
    for english in ENGLISH_CLICK:
        assert english not in output, english


@pytest.mark.parametrize(("kind", "value", "expected"), [
    (click.IntRange(1, 64), "0", "--n（-n）只能是 1 到 64 之间的整数，不能是「0」。"),
    (click.IntRange(min=1), "x", "--n（-n）只能是不小于 1 的整数，不能是「x」。"),
    (click.FloatRange(0, 1, min_open=True), "0", "--n（-n）只能是大于 0、不大于 1 的数字，不能是「0」。"),
    (click.INT, "2.5", "--n（-n）只能是整数，不能是「2.5」。"),
])
def test_number_errors_are_one_chinese_sentence(kind: click.ParamType, value: str,
                                                expected: str) -> None:
    """Every command's number options read alike: the option, the range in words, the
    value typed — no English quotes, no ``1<=x<=64``."""
    invoke("--help")  # installs the translations
    option = click.Option(["--n", "-n"], type=kind)
    with pytest.raises(click.BadParameter) as caught:
        option.type_cast_value(click.Context(click.Command("c")), value)
    assert caught.value.format_message() == expected


def test_help_shows_a_range_in_chinese_notation() -> None:
    code, output = invoke("render", "--help")
    assert code == 0 and "<=" not in output
    assert "[1~64]" in output


def test_version_names_the_layouts() -> None:
    code, output = invoke("--version")
    assert code == 0
    lines = output.splitlines()
    assert lines[0] == f"perfdocs {__version__}"
    assert lines[1].startswith("版式：") and "shanghai-2024" in lines[1]
    assert "shanghai-2020" in lines[1] and "shanghai-2021" in lines[1]


def test_gbk_settings_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "perfdocs.toml"
    path.write_bytes('[unit]\nname = "上海市职业技能鉴定中心"\npreparer = "张三"\n'.encode("gbk"))
    settings = load_settings(path)
    assert settings.unit.name == "上海市职业技能鉴定中心"
    assert settings.unit.labels()["填报人"] == "张三"


@pytest.mark.parametrize(("text", "line", "words"), [
    ('[render]\nlayout = shanghai-2024\n', 2, "文字须加英文双引号"),
    ('[render]\nout = "output" x\n', 2, "一行只能写一个设置"),
    ('[render\n', 1, "缺少右方括号"),
    ('[render]\n版式 = "x"\n', 2, "中文键名须加英文双引号"),
    ('[fonts]\npdf = ["C:\\fonts\\simsun.ttc"]\n', 2, "反斜杠"),
])
def test_toml_errors_are_chinese_with_their_line(tmp_path: Path, text: str, line: int,
                                                 words: str) -> None:
    path = tmp_path / "perfdocs.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        load_settings(path)
    assert caught.value.line == line
    assert words in caught.value.message
    assert not re.search(r"[A-Z][a-z]+ [a-z]+ ", caught.value.message)  # no English sentence


def test_settings_type_error_names_section_and_key(tmp_path: Path) -> None:
    path = tmp_path / "perfdocs.toml"
    path.write_text('[render]\nfooter = "yes"\n', encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        load_settings(path)
    assert caught.value.field == "render.footer"
    assert caught.value.line == 2
    assert caught.value.message == "应为 true 或 false"
    assert str(caught.value) == f"{path}:2: 错误 render.footer（PDF 页码）: 应为 true 或 false"


def test_wrap_counts_columns_and_keeps_words() -> None:
    text = "用 --format xlsx,pdf 选择格式，在 perfdocs.toml 中设置默认值。"
    lines = wrap(text, 20)
    assert all(display_width(line) <= 21 for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert any("--format" in line for line in lines)
    assert not any(line.startswith(("，", "。")) for line in lines)

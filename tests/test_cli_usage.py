"""What a user typed wrong is said about what they typed: a layout name no layout has is a
usage error (exit 2) naming the option and the nearest name, and no message starts with a
made-up place such as ``<input>``."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from perfdocs.cli import main
from tests.conftest import SMALL_PROJECT

LAYOUT_COMMANDS = ["render", "validate", "packet", "summary", "overview", "report", "status"]


def _run(*args: str, cwd: Path | None = None) -> tuple[int, str]:
    here = os.getcwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        result = CliRunner().invoke(main, list(args), prog_name="perfdocs")
    finally:
        os.chdir(here)
    return result.exit_code, result.output


@pytest.mark.parametrize("command", LAYOUT_COMMANDS)
def test_a_mistyped_layout_is_a_usage_error_with_the_nearest_name(
        command: str, write_project: Callable[..., Path], tmp_path: Path) -> None:
    path = write_project()
    out = tmp_path / "out"
    at_out = [] if command == "validate" else ["--out", str(out)]
    code, output = _run(command, str(path), "-l", "nationa-2020", *at_out)
    assert code == 2, output
    assert "--layout（-l） 的值无效：找不到版式「nationa-2020」。是不是「national-2020」？" \
        in output
    assert "<input>" not in output and not out.exists()


@pytest.mark.parametrize(("typed", "meant"), [
    ("henan-2026", None), ("hubei-2019", "hubei-2020"), ("hebei-2020", "hebei-2019"),
    ("yunan-2022", "yunnan-2022"), ("shanghia-2024", "shanghai-2024"),
    ("nationa-2020", "national-2020")])
def test_another_places_layout_is_not_offered_for_a_typo(typed: str, meant: str | None) -> None:
    """tester8 #13: a 河南 clerk typing henan-2026 was asked 「是不是「yunnan-2022」？」 — a
    string near hers, another province's form. A place's own layouts come first; another
    place only for a real typo of its name."""
    from perfdocs.layouts.layout import available
    from perfdocs.layouts.records import nearest_name

    names = sorted(available())
    assert {"yunnan-2022", "hebei-2019", "hubei-2020"} <= set(names)
    assert nearest_name(typed, names) == meant


def test_new_refuses_a_mistyped_layout_before_asking(tmp_path: Path) -> None:
    code, output = _run("new", str(tmp_path / "x.yaml"), "--layout", "Shanghai-2024")
    assert code == 2 and "是不是「shanghai-2024」？" in output
    assert not (tmp_path / "x.yaml").exists()


def test_a_layout_folder_given_by_path_is_accepted(write_project: Callable[..., Path]) -> None:
    from perfdocs.layouts.layout import PACKAGE_TEMPLATES

    code, output = _run("validate", str(write_project()), "-l",
                        str(PACKAGE_TEMPLATES / "shanghai-2024"))
    assert code == 0, output


def test_a_default_layout_no_layout_has_is_blamed_on_the_settings(
        tmp_path: Path, write_project: Callable[..., Path]) -> None:
    (tmp_path / "perfdocs.toml").write_text('[render]\nlayout = "shanghai-2042"\n',
                                            encoding="utf-8")
    write_project()  # names no 版式: the settings' layout is used
    code, output = _run("validate", "project.yaml", cwd=tmp_path)
    assert code == 1
    first = output.splitlines()[0]
    assert first.startswith(f"{tmp_path / 'perfdocs.toml'}: 错误 render.layout: "
                            "project.yaml 没有写版式")
    assert "是不是「shanghai-2024」？" in first and "<input>" not in output


def test_a_file_naming_a_missing_layout_names_its_line(
        write_project: Callable[..., Path]) -> None:
    path = write_project(SMALL_PROJECT.replace("年度: 2024\n", "年度: 2024\n版式: nationa-2020\n"))
    code, output = _run("validate", str(path))
    assert code == 1
    assert output.startswith(f"{path}:2: 错误 版式: 找不到版式「nationa-2020」。"
                             "是不是「national-2020」？")


def test_a_run_wide_error_starts_with_its_word_not_a_made_up_place(
        write_project: Callable[..., Path], tmp_path: Path) -> None:
    path = write_project()  # a 自评 part only
    code, output = _run("packet", str(path), "--stage", "申报", "--out", str(tmp_path / "o"),
                        "--format", "xlsx")
    assert code == 1
    assert output.startswith("错误: 所给文件都没有「申报」部分"), output
    assert "<input>" not in output


def test_no_message_in_the_code_says_input() -> None:
    """Every place a user can reach names the file or option: no code prints "<input>"."""
    root = Path(__file__).resolve().parent.parent / "perfdocs"
    for path in root.rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if '"<input>"' in code and "never" not in line:
                pytest.fail(f"{path}:{number}: {line.strip()}")


@pytest.mark.parametrize(("args", "expected"), [
    (["validate", "a.yaml", "--layuot", "x"], "错误：没有选项「--layuot」。是不是「--layout」？"),
    (["rendr"], "错误：没有命令「rendr」。是不是「render」？"),
    (["layout", "nw"], "错误：没有命令「nw」。是不是「new」？"),
    (["packet", "a.yaml", "--stage", "自平"],
     "错误：--stage 的值无效：「自平」不是可选的值；是不是「自评」？可选：申报、自评"),
    (["completion"], "错误：缺少参数「终端」。可选：bash、zsh、fish、powershell"),
])
def test_click_suggestions_read_as_chinese(args: list[str], expected: str) -> None:
    code, output = _run(*args)
    assert code == 2 and expected in output
    assert "'" not in output.splitlines()[-1]  # no English quotes round the option either


@pytest.mark.parametrize(("command", "what"), [
    ("summary", "未生成汇总表，什么也没有写入：1 个文件有错误（见上）"),
    ("overview", "未生成项目绩效一览表，什么也没有写入：1 个文件有错误（见上）"),
    ("report", "未生成自评报告，什么也没有写入：1 个文件有错误（见上）"),
    ("packet", "1 个文件共 1 个错误，未生成任何材料（原有的材料包没有改动）：请改正以上错误后重新运行"),
])
def test_one_file_with_errors_says_nothing_was_written(
        command: str, what: str, write_project: Callable[..., Path], tmp_path: Path) -> None:
    good = write_project()
    bad = write_project(SMALL_PROJECT.replace("年度: 2024", "年度: 2O24"), name="bad.yaml")
    out = tmp_path / "out"
    code, output = _run(command, str(good), str(bad), "--out", str(out))
    assert code == 1
    lines = output.splitlines()
    assert lines[0].startswith(f"{bad}:1: 错误 年度: ")
    assert lines[-1].startswith(what), lines
    assert not out.exists()


@pytest.mark.parametrize("command", ["render", "validate", "packet", "status"])
def test_a_mistyped_settings_key_stops_the_run_naming_line_and_nearest_key(
        command: str, write_project: Callable[..., Path], tmp_path: Path) -> None:
    """[render] format (for formats) in perfdocs.toml: a usage error before anything runs,
    with the file, the line, the key and the key meant; nothing is written."""
    (tmp_path / "perfdocs.toml").write_text('[render]\nformat = ["pdf"]\n', encoding="utf-8")
    write_project()
    code, output = _run(command, "project.yaml", cwd=tmp_path)
    assert code == 2, output
    first = output.splitlines()[0]
    assert first.endswith("perfdocs.toml:2: 错误 render.format: 未知的键「format」，"
                          "是不是「formats」？"), first
    assert not (tmp_path / "output").exists()


@pytest.mark.parametrize("cache", ["--cache", "--no-cache"])
def test_a_missing_form_names_the_form_and_the_part_it_needs(tmp_path: Path, cache: str) -> None:
    """`--form 申报表` of a project file holding only its 自评 part says that the 申报表
    needs the file's 「申报」 part (not the 自评表's reason); a form the layout lacks names
    the layout. Same words from the cache (second run)."""
    from tests.conftest import DATA_2024, ROOT

    lines = (DATA_2024 / "技能评价业务经费.yaml").read_text(encoding="utf-8").split("\n")
    start = lines.index("申报:")
    end = lines.index("自评:")
    only_eval = tmp_path / "only.yaml"
    only_eval.write_text("\n".join(lines[:start] + lines[end:]), encoding="utf-8")
    yunnan = ROOT / "data" / "yunnan-2022" / "学生资助专项资金.yaml"
    for _ in range(2):
        result = CliRunner().invoke(main, ["render", str(only_eval), str(yunnan), cache,
                                           "--form", "申报表", "-f", "xlsx",
                                           "-o", str(tmp_path / "out")])
        assert result.exit_code == 1, result.output
        assert (f"{only_eval}: 错误: 所选的表（--form）都没有生成：申报表要项目文件有「申报」"
                "部分，这个文件没有。") in result.output
        assert (f"{yunnan}: 错误: 所选的表（--form）都没有生成：版式「yunnan-2022」没有申报表。"
                in result.output)
        assert "自评表要" not in result.output
    assert not list((tmp_path / "out").rglob("*.xlsx"))


def test_a_project_without_the_chosen_form_is_not_a_tick(tmp_path: Path) -> None:
    """`render --form 自评表` of a project whose 自评 is not filled writes nothing: that is
    said, the line is ✗ not ✓, and the exit status is 1 (0 promises every file rendered);
    the other projects of the run are rendered as usual."""
    from tests.conftest import DATA_2024, ROOT

    no_eval = ROOT / "data" / "2020" / "促进就业专项业务费.yaml"
    assert "自评:" not in no_eval.read_text(encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["render", str(no_eval), str(DATA_2024 / "技能评价业务经费.yaml"),
                                       "--form", "自评表", "--format", "xlsx", "--out", str(out)])
    assert result.exit_code == 1
    assert (f"{no_eval}: 错误: 所选的表（--form）都没有生成：自评表要项目文件有「自评」部分，"
            "这个文件没有。") in result.output
    assert f"✗ {no_eval}：未生成" in result.output
    assert f"✓ {no_eval}" not in result.output
    assert [p.name for p in out.rglob("*.xlsx")] == ["技能评价业务工作经费-自评表.xlsx"]

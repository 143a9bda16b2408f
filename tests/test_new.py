"""perfdocs new: the target checked first, 年度 by default next year, [unit] defaults, reasons."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from perfdocs.cli import scaffold
from perfdocs.loading.project import load_project
from tests.conftest import invoke


def _at_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scaffold, "interactive", lambda: True)


def _run(monkeypatch: pytest.MonkeyPatch, folder: Path, args: list[str], answers: str
         ) -> tuple[int, str]:
    from click.testing import CliRunner

    from perfdocs.cli import main

    monkeypatch.chdir(folder)
    result = CliRunner().invoke(main, args, input=answers)
    return result.exit_code, result.output


def test_existing_file_is_refused_before_any_question(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    _at_terminal(monkeypatch)
    (tmp_path / "p.yaml").write_text("keep", encoding="utf-8")
    code, output = _run(monkeypatch, tmp_path, ["new", "p.yaml"], "")
    assert code == 1 and "文件已存在" in output and "年度" not in output


def test_defaults_year_unit_and_target_folder(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    assert invoke("init", str(tmp_path), "--unit-name", "某某中心", "--department", "某某局")[0] == 0
    _at_terminal(monkeypatch)
    next_year = date.today().year + 1
    code, output = _run(monkeypatch, tmp_path, ["new"], "\n培训项目\n\n\n\n\n")
    assert code == 0, output
    assert f"年度 [{next_year}]" in output
    assert "主管部门 [某某局]" in output and "实施单位 [某某中心]" in output
    assert "金额单位 (元, 万元) [元]" in output
    target = tmp_path / str(next_year) / "培训项目.yaml"
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "# yaml-language-server: $schema=../perfdocs.schema.json"
    project = load_project(target).project
    assert (project.year, project.name, project.department, project.unit) == (
        next_year, "培训项目", "某某局", "某某中心")
    # the same name again: refused right after the name, before the other questions
    code, output = _run(monkeypatch, tmp_path, ["new"], "\n培训项目\n")
    assert code == 1 and "文件已存在" in output and "主管部门" not in output


def test_bad_answers_are_refused_with_their_reason(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _at_terminal(monkeypatch)
    code, output = _run(monkeypatch, tmp_path, ["new", "a.yaml"],
                        "明年\n2026年\n\n项目\n局\n中心\nshanghai\nshanghai-2021\n美元\n元\n")
    assert code == 0, output
    assert "错误：「明年」不是年度，请写成 2026 或 2026年" in output
    assert "错误：项目名称不能为空，请填写" in output
    assert "错误：「shanghai」不是" in output and "错误：「美元」不是" in output
    project = load_project(tmp_path / "a.yaml").project
    assert (project.year, project.layout, project.money_unit) == (2026, "shanghai-2021", "元")


def test_flags_alone_in_a_script(tmp_path: Path) -> None:
    target = tmp_path / "x.yaml"
    code, output = invoke("new", str(target), "--year", "2025年", "--name", "某项目",
                          "--department", "某局", "--unit", "某中心", "--money-unit", "万元")
    assert code == 0, output
    project = load_project(target).project
    assert (project.year, project.money_unit) == (2025, "万元")
    code, output = invoke("new", str(tmp_path / "y.yaml"), "--year", "2025", "--name", "某项目",
                          "--department", "某局", "--unit", "某中心", "--layout", "beijing")
    assert code == 2 and "找不到版式「beijing」" in output


def test_evaluate_init_gives_the_file_its_schema_line(tmp_path: Path) -> None:
    import shutil

    from tests.conftest import ROOT

    assert invoke("init", str(tmp_path), "--unit-name", "x")[0] == 0
    (tmp_path / "2020").mkdir()
    path = tmp_path / "2020" / "p.yaml"
    shutil.copy(ROOT / "data" / "2020" / "促进就业专项业务费.yaml", path)
    before = path.read_text(encoding="utf-8")
    assert invoke("evaluate-init", str(path))[0] == 0
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=../perfdocs.schema.json"
    assert before.splitlines()[0] in text.splitlines()[1]  # the preparer's own head follows

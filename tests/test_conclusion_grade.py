"""A conclusion the preparer wrote that names another grade or 总分 than the computed ones
is warned about (tester5 N2): Sichuan's 评价结论 「…等级为优」 printed in the 自评报告 beside a
computed 良 (and on a 自评表 that prints no grade of its own), or a 自评.自评报告.自评结论
kept from last year."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from perfdocs.engine.pipeline import prepare
from perfdocs.loading.settings import Settings
from tests.conftest import ROOT, SMALL_PROJECT, invoke

SICHUAN = ROOT / "data" / "sichuan-2023" / "农村公路日常养护补助.yaml"
SETTINGS = Settings().dated(date(2024, 3, 1))
WRITTEN = "项目总体完成年度目标，自评得分 98.4 分，等级为优。"


def _conclusions(path: Path) -> list[Any]:
    return [d for d in prepare(path, SETTINGS).diagnostics if d.rule == "conclusion-grade"]


def _sichuan(tmp_path: Path, conclusion: str) -> Path:
    source = SICHUAN.read_text(encoding="utf-8")
    assert WRITTEN in source
    path = tmp_path / SICHUAN.name
    path.write_text(source.replace(WRITTEN, conclusion), encoding="utf-8")
    return path


def test_the_example_as_written_is_quiet() -> None:
    prepared = prepare(SICHUAN, SETTINGS)
    assert prepared.result is not None and prepared.result.grade == "优"
    assert _conclusions(SICHUAN) == []


@pytest.mark.parametrize("conclusion", [
    "项目总体完成年度目标，自评得分 98 分，等级为优。",        # 98.4 said to the unit
    "项目完成年度目标，评价等级为优秀。",
    "满意度指标得分 9 分，职业技能等级评价工作顺利，被评为中国示范路段。",  # not the project's
])
def test_words_that_agree_or_name_nothing_are_quiet(tmp_path: Path, conclusion: str) -> None:
    assert _conclusions(_sichuan(tmp_path, conclusion)) == []


def test_a_sichuan_note_row_naming_another_grade_and_total(tmp_path: Path) -> None:
    path = _sichuan(tmp_path, "项目总体完成年度目标，自评得分 90 分，等级为“良”。")
    (found,) = _conclusions(path)
    assert found.field == "自评.说明栏.评价结论" and found.label == "评价结论"
    assert found.line == 63
    assert "评分等级「良」" in found.message and "总分 90 分" in found.message
    assert "总分为 98.4 分" in found.message and "评分等级为「优」" in found.message
    assert "自评表和自评报告" in found.message


def test_a_lowered_score_leaves_the_written_grade_wrong(tmp_path: Path) -> None:
    path = _sichuan(tmp_path, "项目完成年度目标，等级为优。")
    source = path.read_text(encoding="utf-8")
    missed = ('实际完成值: "100公里"\n          分值: "22.5"\n'
              "          偏差原因分析及改进措施: 部分乡镇路段移交，养护里程减少。")
    path.write_text(source.replace('实际完成值: "326公里"\n          分值: "22.5"', missed, 1),
                    encoding="utf-8")
    prepared = prepare(path, SETTINGS)
    assert prepared.result is not None and prepared.result.grade == "良"
    (found,) = _conclusions(path)
    assert "评价结论写的是评分等级「优」" in found.message
    assert "评分等级为「良」" in found.message and "总分" in found.message


def test_a_report_conclusion_on_the_national_form(write_project: Any) -> None:
    path = write_project(SMALL_PROJECT + "  自评报告:\n    自评结论: 经自评，项目等级评定为差，总分 59.5 分。\n")
    prepared = prepare(path, SETTINGS)
    assert prepared.result is not None and prepared.result.grade == "优"
    (found,) = [d for d in prepared.diagnostics if d.rule == "conclusion-grade"]
    assert found.field == "自评.自评报告.自评结论"
    assert found.line == SMALL_PROJECT.count("\n") + 2
    assert "评分等级「差」、总分 59.5 分" in found.message
    assert "自评报告上" in found.message and "自评表" not in found.message


def test_validate_prints_it_and_still_passes(tmp_path: Path) -> None:
    path = _sichuan(tmp_path, "项目完成年度目标，等级为良。")
    status, printed = invoke("validate", str(path))
    assert status == 0, printed
    assert "校验通过（1 个警告" in printed
    assert f"{path}:63: 警告 自评.说明栏.评价结论: 评价结论写的是评分等级「良」" in printed


def _national(write_project: Any, conclusion: str) -> tuple[Any, list[Any]]:
    path = write_project(SMALL_PROJECT + f"  自评报告:\n    自评结论: {conclusion}\n")
    prepared = prepare(path, SETTINGS)
    return prepared.result, [d for d in prepared.diagnostics if d.rule == "conclusion-grade"]


@pytest.mark.parametrize("conclusion", [
    "经自评，本项目总分{total}分，评分等级为优。与上年度（总分82.10分）相比有所提高。",
    "经自评，本项目总分{total}分，评分等级为优（上年度评分等级为良，总分82.10分）。",
    "上年度总分82.10分、等级为良；本年度总分{total}分，等级为优。",
    "2023年度项目评分等级为良，总分82.10分。2024年度总分{total}分，评分等级为优。",
    "经自评，本项目总分{total}分，评分等级为优，较去年的82.10分（良）有所提高。",
])
def test_last_years_figures_are_not_this_years(write_project: Any, conclusion: str) -> None:
    """tester17 F6: 与上年度（总分92.10分）相比 drew 「自评结论写的是总分 92.10 分」 beside
    the computed 总分 and 等级 the text states (and --strict refused the packet)."""
    result, _ = _national(write_project, "x")
    assert result.grade == "优"
    _, found = _national(write_project, conclusion.replace("{total}", str(result.total)))
    assert found == []


def test_this_years_wrong_figure_is_still_said_beside_last_years(write_project: Any) -> None:
    _, found = _national(write_project,
                         "经自评，本项目总分85.00分，评分等级为良（上年度总分82.10分，等级为中）。")
    (warning,) = found
    assert "自评结论写的是评分等级「良」、总分 85.00 分，" in warning.message

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

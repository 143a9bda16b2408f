"""A strict 「>」/「<」 target is not reached by an equal 实际完成值 (tester17 F10).

README 计算规则 compares each target by its own sign; 90 is not >90 and 90 天 is not <90 天.
The rule's 90 ÷ 90 × 分值 is then held one rounding unit below full marks (「满分 = 达到
指标」), and 偏差原因分析及改进措施 becomes required as for any miss.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from perfdocs.compute.calculate import evaluate
from perfdocs.layouts.layout import load_layout
from perfdocs.loading.project import load_project
from tests.conftest import invoke

PROJECT = """\
年度: 2025
项目名称: 图书馆数字资源采购
主管部门: 某市人民政府
实施单位: 某市文化和旅游局
版式: national-2020
金额单位: 万元

自评:
  项目资金:
    年度资金总额: {年初预算数: "200.00", 全年预算数: "200.00", 全年执行数: "200.00"}
    当年财政拨款: {年初预算数: "200.00", 全年预算数: "200.00", 全年执行数: "200.00"}
  年度总体目标:
    预期目标: 完成年度任务。
    实际完成情况: 完成年度任务。
  绩效指标:
    产出指标:
      数量指标:
        - 三级指标: 数字资源新增量
          年度指标值: "≥5000GB"
          实际完成值: "5000GB"
          分值: 30
        - 三级指标: 电子书采购册数
          年度指标值: "=100册"
          实际完成值: "100册"
          分值: 20
      时效指标:
        - 三级指标: 采购周期
          年度指标值: "{short}"
          实际完成值: "90天"
          分值: 10
    效益指标:
      社会效益指标:
        - 三级指标: 故障次数
          年度指标值: "≤3次"
          实际完成值: "3次"
          分值: 20
    满意度指标:
      服务对象满意度指标:
        - 三级指标: 读者满意度
          年度指标值: "{high}"
          实际完成值: "90%"
          分值: 10
"""


def _scores(tmp_path: Path, short: str, high: str) -> dict[str, Decimal | None]:
    path = tmp_path / "x.yaml"
    path.write_text(PROJECT.replace("{short}", short).replace("{high}", high), encoding="utf-8")
    result = evaluate(load_project(path).project.evaluation,  # type: ignore[arg-type]
                      load_layout("national-2020").form("自评表"))
    return {r.indicator.name: r.score for r in result.indicators} | {"总分": result.total}


def test_strict_signs_met_with_equality_miss_by_one_unit(tmp_path: Path) -> None:
    scores = _scores(tmp_path, "<90天", ">90%")
    assert scores["采购周期"] == Decimal("9.99")
    assert scores["读者满意度"] == Decimal("9.99")
    # ≥, =, ≤ reached with equality keep their full marks
    assert scores["数字资源新增量"] == 30 and scores["电子书采购册数"] == 20
    assert scores["故障次数"] == 20
    assert scores["总分"] == Decimal("99.98")


def test_inclusive_signs_with_equality_are_full(tmp_path: Path) -> None:
    scores = _scores(tmp_path, "≤90天", "≥90%")
    assert scores["采购周期"] == 10 and scores["读者满意度"] == 10
    assert scores["总分"] == 100


@pytest.mark.parametrize(("short", "high"), [("<90天", ">90%"), ("少于90天", "高于90%")])
def test_a_reason_is_required(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                              short: str, high: str) -> None:
    monkeypatch.chdir(tmp_path)
    _scores(tmp_path, short, high)
    status, out = invoke("validate", "x.yaml")
    assert status == 1
    assert "「采购周期」得分 9.99 低于分值 10，须填写偏差原因分析及改进措施" in out
    assert "「读者满意度」得分 9.99 低于分值 10，须填写偏差原因分析及改进措施" in out


def test_seed_full_marks_for_an_equal_strict_target_warn(monkeypatch: pytest.MonkeyPatch) -> None:
    """data/2020 (seed 003) prints 5 for 学员满意度 >90% at 90: the preparer's score stands,
    a warning says the rule gives 4.9 and why (not a bare 「90 ÷ 90 × 5 = 4.9」)."""
    from tests.conftest import ROOT

    monkeypatch.chdir(ROOT / "data" / "2020")
    status, out = invoke("validate", "促进就业专项资金.yaml")
    assert status == 0
    assert ("「学员满意度」得分 5 高于规则给出的 4.9：实际完成值「90」未达到年度指标值「>90%」，"
            "按规则得分 = 实际完成值 ÷ 年度指标值 × 分值 = 90 ÷ 90 × 5 = 5，"
            "未达到年度指标值不得满分，取 4.9") in out

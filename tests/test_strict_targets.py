"""「>」/「<」 met with equality: reached by default, as the real forms score it; missed in a
layout that reads the signs strictly (``scoring.strict_signs``; tester17 F10).

tester17 read README's 计算规则 strictly: 90 is not >90, so the rule's 90 ÷ 90 × 分值 must be
held one rounding unit below full marks and a 偏差原因 required. The seeds' real Shanghai 2020
forms (seed 003) give 5 of 5 for 学员满意度 >90% at 90 and 7 of 7 for >80% at 80: a clerk
writes > for ≥. Both readings are a layout's: strict where the province says so.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from perfdocs.compute.calculate import evaluate
from perfdocs.layouts.layout import load_layout, read_layout
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


STRICT = ('extends = "national-2020"\nname = "严格-2025"\n'
          '[forms."自评表".scoring]\nstrict_signs = true\n')


def _strict_layout(tmp_path: Path) -> Path:
    folder = tmp_path / "严格-2025"
    folder.mkdir(exist_ok=True)
    (folder / "layout.toml").write_text(STRICT, encoding="utf-8")
    return folder


def _scores(tmp_path: Path, short: str, high: str, *, strict: bool = True
            ) -> dict[str, Decimal | None]:
    path = tmp_path / "x.yaml"
    text = PROJECT.replace("{short}", short).replace("{high}", high)
    if strict:
        text = text.replace("版式: national-2020", "版式: 严格-2025")
        (tmp_path / "perfdocs.toml").write_text(
            f"[layouts]\npaths = ['{_strict_layout(tmp_path)}']\n", encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    layout = (read_layout(_strict_layout(tmp_path), (str(tmp_path),)) if strict
              else load_layout("national-2020"))
    result = evaluate(load_project(path).project.evaluation,  # type: ignore[arg-type]
                      layout.form("自评表"))
    return {r.indicator.name: r.score for r in result.indicators} | {"总分": result.total}


def test_strict_signs_met_with_equality_miss_by_one_unit(tmp_path: Path) -> None:
    scores = _scores(tmp_path, "<90天", ">90%")
    assert scores["采购周期"] == Decimal("9.99")
    assert scores["读者满意度"] == Decimal("9.99")
    # ≥, =, ≤ reached with equality keep their full marks
    assert scores["数字资源新增量"] == 30 and scores["电子书采购册数"] == 20
    assert scores["故障次数"] == 20
    assert scores["总分"] == Decimal("99.98")


def test_by_default_equality_reaches_a_strict_sign_as_the_real_forms_score_it(
        tmp_path: Path) -> None:
    scores = _scores(tmp_path, "<90天", ">90%", strict=False)
    assert scores["采购周期"] == 10 and scores["读者满意度"] == 10
    assert scores["总分"] == 100


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


def test_the_seeds_full_marks_for_an_equal_strict_target_stand(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """data/2020 (seed 003) prints 5 for 学员满意度 >90% at 90 and 5 for 项目管理人员满意度 >80%
    at 80: shanghai-2020 reads > as the form's preparers did, so no warning."""
    from tests.conftest import ROOT

    monkeypatch.chdir(ROOT / "data" / "2020")
    for name in ("促进就业专项资金.yaml", "职业培训基础能力建设资助.yaml"):
        status, out = invoke("validate", name)
        assert status == 0 and "高于规则给出的" not in out, out

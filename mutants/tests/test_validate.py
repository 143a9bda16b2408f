"""Validation rules: each fed a file that breaks it, each finding checked for file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from perfdocs.engine.pipeline import prepare
from perfdocs.errors import Severity, ValidationFailed
from perfdocs.loading.settings import Settings
from tests.conftest import DATA_2024, SMALL_PROJECT


def findings(path: Path, *, strict: bool = False) -> list:
    try:
        return prepare(path, Settings(), strict=strict).diagnostics
    except ValidationFailed as exc:
        return exc.diagnostics


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(needle)


@pytest.mark.parametrize("name", sorted(p.name for p in DATA_2024.glob("*.yaml")))
def test_bundled_examples_are_clean(name: str) -> None:
    assert [d for d in findings(DATA_2024 / name) if d.severity is Severity.ERROR] == []


def test_small_project_is_clean(write_project) -> None:
    assert findings(write_project()) == []


def test_weights_not_adding_up(write_project) -> None:
    path = write_project(SMALL_PROJECT.replace("分值: 20", "分值: 25"))
    (d,) = findings(path)
    assert d.rule == "weights" and d.severity is Severity.ERROR
    assert "105" in d.message and "应为 100" in d.message
    assert d.line == line_of(path, "绩效指标:")


def test_score_above_weight(write_project) -> None:
    path = write_project(SMALL_PROJECT.replace("分值: 10\n", "分值: 10\n          得分: 12\n"))
    rules = {d.rule: d for d in findings(path)}
    assert "score-above-weight" in rules
    d = rules["score-above-weight"]
    assert d.line == line_of(path, "得分: 12") and d.label == "得分"
    assert d.field == "自评.绩效指标.满意度指标.服务对象满意度指标[1].得分"
    assert "得分 12 高于分值 10" in d.format()


def test_lost_point_without_reason(write_project) -> None:
    path = write_project(SMALL_PROJECT.replace('"120(人)"', '"90(人)"'))
    (d,) = findings(path)
    assert d.rule == "missing-reason" and d.severity is Severity.ERROR
    assert d.line == line_of(path, "三级指标: 培训人数")
    assert "偏差原因分析及改进措施" in d.message


def test_lost_point_with_reason_is_fine(write_project) -> None:
    text = SMALL_PROJECT.replace('"120(人)"', '"90(人)"\n          偏差原因分析及改进措施: 生源不足')
    assert findings(write_project(text)) == []


def test_sub_rows_not_adding_up(write_project) -> None:
    text = SMALL_PROJECT.replace(
        '其他资金: {年初预算数: 0, 全年预算数: 0, 全年执行数: 0}',
        '其他资金: {年初预算数: 0, 全年预算数: "5.00", 全年执行数: 0}')
    path = write_project(text)
    (d,) = findings(path)
    assert d.rule == "funds-sum" and "全年预算数" in d.message
    assert d.line == line_of(path, "年度资金总额:")


def test_executed_above_budget_is_a_warning(write_project) -> None:
    text = SMALL_PROJECT.replace('全年执行数: "79.00"', '全年执行数: "81.00"')
    path = write_project(text)
    found = findings(path)
    assert {d.rule for d in found} == {"executed-above-budget"}
    assert all(d.severity is Severity.WARNING for d in found)
    strict = findings(path, strict=True)
    assert strict and all(d.severity is Severity.ERROR for d in strict)


def test_zero_budget(write_project) -> None:
    text = SMALL_PROJECT.replace('全年预算数: "80.00", 全年执行数: "79.00"',
                                 '全年预算数: 0, 全年执行数: 0')
    path = write_project(text)
    rules = [d.rule for d in findings(path)]
    assert "zero-budget" in rules


def test_unknown_key_suggests_nearest(write_project) -> None:
    text = SMALL_PROJECT.replace("分值: 10\n", "分值: 10\n          偏差原因: 无\n")
    path = write_project(text)
    with pytest.raises(ValidationFailed) as info:
        prepare(path, Settings())
    (d,) = info.value.diagnostics
    assert "偏差原因分析及改进措施" in d.message
    assert d.line == line_of(path, "偏差原因: 无")


def test_score_outside_tier_is_a_warning(write_project) -> None:
    text = SMALL_PROJECT.replace("实际完成值: 达成指标\n          分值: 30",
                                 "实际完成值: 未达成指标且效果较差\n          分值: 30\n"
                                 "          得分: 25\n          偏差原因分析及改进措施: 效果一般")
    path = write_project(text)
    (d,) = findings(path)
    assert d.rule == "score-outside-tier" and d.severity is Severity.WARNING
    assert "0–18" in d.message


def test_undeterminable_score_is_an_error(write_project) -> None:
    text = SMALL_PROJECT.replace("实际完成值: 达成指标", "实际完成值: 较有提高")
    (d,) = findings(write_project(text))
    assert d.rule == "score-undetermined"


def test_project_without_any_form(write_project) -> None:
    text = SMALL_PROJECT.split("自评:")[0]
    with pytest.raises(ValidationFailed) as info:
        prepare(write_project(text), Settings())
    (d,) = info.value.diagnostics
    assert "申报" in d.message and "自评" in d.message


def test_printed_figures_are_audited(write_project) -> None:
    # 79/80 → 98.75 → 9.88; all rule scores full → 99.88 优
    text = SMALL_PROJECT.replace("  年度总体目标:", "  原表: {执行率: 98.76, 执行率得分: 9.88, 总分: 99, 评分等级: 优}\n  年度总体目标:")
    path = write_project(text)
    found = findings(path)
    assert [d.rule for d in found] == ["printed-mismatch", "printed-mismatch"]
    rate, total = found
    assert "98.76" in rate.message and "98.75" in rate.message and "全年执行数" in rate.message
    assert "总分是 99" in total.message and "99.88" in total.message
    assert rate.severity is Severity.WARNING and rate.line == line_of(path, "原表:")

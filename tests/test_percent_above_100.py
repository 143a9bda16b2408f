"""A percentage 实际完成值 above 100% against a target of at most 100% (「１２０%」 for a 满意度
of ≥90%) was scored full marks without a word; validate now warns (percent-above-100).
A target above 100% (≥105%) and an indicator whose name says growth or increase (收入
增长率 120%) are left alone: such figures are real."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SMALL_PROJECT, findings_after_edit, invoke, line_holding

SATISFACTION = '''        - 三级指标: 学员满意度
          年度指标值: "≥90%"
          实际完成值: "95%"'''


def _satisfaction(write_project: Any, name: str, target: str, actual: str
                  ) -> tuple[Path, list[Any]]:
    path = write_project(SMALL_PROJECT)
    found = findings_after_edit(path, SATISFACTION, f'''        - 三级指标: {name}
          年度指标值: "{target}"
          实际完成值: "{actual}"''')
    return path, found


@pytest.mark.parametrize(("name", "target", "actual", "shown"), [
    ("学员满意度", "≥90%", "１２０%", "120"),      # full-width digits, the tester's case
    ("学员满意度", "≥90%", "120", "120"),          # no unit: read in the target's %
    ("学员满意度", "≥90%", "100.5%", "100.5"),
    ("设备完好率", "≥900‰", "1200‰", "120"),      # per mille: 120 %
    ("验收合格率", "=100%", "101%", "101"),
    ("投诉率", "≤5%", "150%", "150"),               # a lower-is-better rate cannot pass 100 % either
])
def test_a_percentage_above_100_warns(write_project: Any, name: str, target: str,
                                      actual: str, shown: str) -> None:
    path, found = _satisfaction(write_project, name, target, actual)
    (d,) = [d for d in found if d.rule == "percent-above-100"]
    assert d.severity.name == "WARNING" and d.label == "实际完成值"
    assert d.field == "自评.绩效指标.满意度指标.服务对象满意度指标[1].实际完成值"
    assert d.line == line_holding(path, f'实际完成值: "{actual}"')
    typed = unicodedata.normalize("NFKC", actual)  # full-width figures are folded at load
    assert d.message == (f"「{name}」实际完成值「{typed}」超过 100%（{shown}%），年度指标值是"
                         f"「{target}」：满意度、合格率、完成率一类的百分比一般不超过 100%，"
                         "请核对是否填错")
    assert "overachievement" not in [d.rule for d in found]  # said once, by the new rule


@pytest.mark.parametrize(("name", "target", "actual"), [
    ("学员满意度", "≥90%", "100%"),                 # the whole, not above it
    ("学员满意度", "≥90%", "99.99%"),
    ("计划完成率", "≥105%", "120%"),                # the target itself is above 100 %
    ("任务完成率", "≥100%", "105%"),                # at least the whole: a plan over-fulfilled
    ("任务完成率", ">100%", "103%"),
    ("营业收入增长率", "≥10%", "120%"),             # growth may exceed 100 %
    ("服务人次提升比例", "≥20%", "150%"),
    ("学员满意度", "≥90(个)", "120(个)"),           # not a percentage
    ("学员满意度", "满意", "达成指标"),              # qualitative
])
def test_legitimate_figures_are_left_alone(write_project: Any, name: str, target: str,
                                           actual: str) -> None:
    _path, found = _satisfaction(write_project, name, target, actual)
    assert [d for d in found if d.rule == "percent-above-100"] == []


def test_growth_above_100_still_asks_about_a_low_target(write_project: Any) -> None:
    """The name exempts a growth rate from this rule, not from overachievement (120 > 3 × 10)."""
    _path, found = _satisfaction(write_project, "营业收入增长率", "≥10%", "120%")
    assert [d.rule for d in found if d.rule == "overachievement"] == ["overachievement"]


def test_strict_refuses_it(write_project: Any) -> None:
    path, _found = _satisfaction(write_project, "学员满意度", "≥90%", "120%")
    assert invoke("validate", str(path))[0] == 0
    code, out = invoke("validate", "--strict", str(path))
    assert code == 1 and "超过 100%（120%）" in out

"""``check`` and ``validate`` explain a wrong figure by the rule the layout in use sets, and
show the figures of one message in one style (a 执行率 with "%" on both sides)."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from perfdocs.layouts.layout import FormLayout, load_layout, selfeval_form
from perfdocs.rules import explain
from tests.conftest import ROOT, invoke

STEPS = ROOT / "data" / "steps-2022" / "中小学校舍维修改造.yaml"


def _form(name: str) -> FormLayout:
    form = selfeval_form(load_layout(name))
    assert form is not None
    return form


def _rendered_sheet(project: Path, tmp_path: Path) -> Path:
    code, output = invoke("render", str(project), "--form", "自评表", "--format", "xlsx",
                          "--out", str(tmp_path / "out"))
    assert code == 0, output
    (book,) = (tmp_path / "out").rglob("*.xlsx")
    return book


def _check(book: Path) -> dict[str, str]:
    """What ``check`` says of each cell: address → message."""
    code, output = invoke("check", str(book))
    assert code == 1, output
    found = {}
    for line in output.splitlines():
        hit = re.match(r".*?: 警告 \S+!([A-Z]+\d+)（[^）]+）: (.*)$", line)
        if hit:
            found[hit[1]] = hit[2]
    return found


def test_a_stepped_execution_score_is_explained_by_its_steps(tmp_path: Path) -> None:
    book = _rendered_sheet(STEPS, tmp_path)
    workbook = load_workbook(book)
    sheet = workbook.active
    assert sheet["H6"].value == pytest.approx(0.9501) and sheet["I6"].value == 7
    sheet["I6"] = 9.5  # what 执行率 × 分值 would give: wrong on this form
    workbook.save(book)
    message = _check(book)["I6"]
    assert message.startswith("印的执行率得分是 9.50，按规则应为 7.00（")
    assert "≥100% 得 10 分，≥80% 得 7 分，≥60% 得 5 分，低于 60% 得 0 分" in message
    assert "按表上印出的执行率分档" in message and "执行率 95.01% 属 ≥80% 一档" in message
    assert "× 分值" not in message


def test_a_proportional_execution_score_is_explained_by_its_formula() -> None:
    rule = explain.execution_score_rule(_form("shanghai-2024"), Decimal("98.75"))
    assert rule.startswith("执行率得分 = 执行率 × 分值（10），不超过分值")
    assert "分档" not in rule and "四舍五入保留 2 位小数" in rule


def test_a_rate_carries_its_percent_on_both_sides(tmp_path: Path) -> None:
    book = _rendered_sheet(STEPS, tmp_path)
    workbook = load_workbook(book)
    workbook.active["H6"] = 0.9457
    workbook.save(book)
    message = _check(book)["H6"]
    was, right = re.match(r"印的年度资金总额执行率是 (\S+)，按规则应为 (\S+?)（", message).groups()
    assert (was, right) == ("94.57%", "95.01%")


def test_the_original_forms_figures_in_a_project_file_too(tmp_path: Path) -> None:
    text = STEPS.read_text(encoding="utf-8").rstrip("\n")
    path = tmp_path / "p.yaml"
    path.write_text(text + '\n  原表:\n    执行率: "95.01"\n    执行率得分: "9.5"\n',
                    encoding="utf-8")
    code, output = invoke("validate", str(path), notes=True)
    assert code == 0, output  # a slip of the original form warns; the file renders
    line = next(line for line in output.splitlines() if "原表印的执行率得分" in line)
    assert "原表印的执行率得分是 9.50，按规则应为 7.00" in line
    assert "≥80% 得 7 分" in line and "× 分值" not in line


@pytest.mark.parametrize(("steps", "expected"), [
    # a lowest step above 0: the rest scores 0
    ([(100, True, 10), (90, True, 8)], "≥100% 得 10 分，≥90% 得 8 分，低于 90% 得 0 分"),
    # bounds left to the step below
    ([(100, True, 10), (80, False, 6), (0, True, 0)],
     "≥100% 得 10 分，>80% 得 6 分，≤80% 得 0 分"),
])
def test_steps_read_as_the_layout_sets_them(steps: list[tuple[int, bool, int]],
                                            expected: str) -> None:
    from perfdocs.layouts.layout import ExecutionStep

    form = _form("steps-2022")
    scoring = form.scoring.replace(execution_steps=[
        ExecutionStep(min=Decimal(m), inclusive=i, score=Decimal(s)) for m, i, s in steps])
    rule = explain.execution_score_rule(form.replace(scoring=scoring),
                                        Decimal("85"))
    assert expected in rule


def test_grades_are_explained_by_their_bounds() -> None:
    assert explain.grade_rule(_form("shanghai-2024")) == \
        "评分等级按总分划档：≥90 优，≥80 良，≥60 中，低于 60 差"

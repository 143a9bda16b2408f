"""Two unit slips a tester's clerk made, asked about plainly (FINDINGS-tester2 #5, #6).

A percentage typed as a fraction (实际完成值 0.95 against ≥90%) was read as 0.95%, scored
0.21 of 20, and the only word was 「须填写偏差原因分析及改进措施」: the clerk was sent to explain
a typo. validate and check now ask 「是否应为 95%？」 first (fraction-for-percent) and do not
also ask for the 偏差原因 or object to a full-marks 得分 for the same figure. A target that
lost its unit (a bare 90 beside 94.00(%)) passed without a word; it now warns
(target-unit-missing). Figures that are real are left alone: 0 (a 完成率 of nothing), 0.8
against ≥5%, 0.05 against ≤1%, a bare actual of 95 against ≥90% (how forms write them),
100 against 100.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.conftest import SMALL_PROJECT, findings_after_edit, invoke, line_holding

SATISFACTION = '''        - 三级指标: 学员满意度
          年度指标值: "≥90%"
          实际完成值: "95%"
          分值: 10'''
FIELD = "自评.绩效指标.满意度指标.服务对象满意度指标[1]"


def _edited(write_project: Any, target: str, actual: str, extra: str = ""
            ) -> tuple[Path, list[Any]]:
    path = write_project(SMALL_PROJECT)
    found = findings_after_edit(path, SATISFACTION, f'''        - 三级指标: 学员满意度
          年度指标值: "{target}"
          实际完成值: "{actual}"
          分值: 10{extra}''')
    return path, found


def _rules(found: list[Any]) -> list[str]:
    return [d.rule for d in found if d.severity.name != "NOTE"]


def test_a_fraction_scored_by_the_rule_is_an_error_that_asks_about_the_unit(
        write_project: Any) -> None:
    path, found = _edited(write_project, "≥90%", "0.95")
    assert _rules(found) == ["fraction-for-percent"]  # no missing-reason for the same figure
    (d,) = [d for d in found if d.rule == "fraction-for-percent"]
    assert d.severity.name == "ERROR" and d.label == "实际完成值"
    assert d.field == f"{FIELD}.实际完成值"
    assert d.line == line_holding(path, '实际完成值: "0.95"')
    assert d.message == ("「学员满意度」实际完成值 0.95 没有单位，年度指标值「≥90%」是百分数："
                         "是否应为 95%？按 0.95% 计，规则给出的得分只有 0.11（分值 10）；"
                         "若确为 0.95%，请写明单位并填写偏差原因分析及改进措施")


def test_with_its_reason_written_it_only_asks_about_the_unit(write_project: Any) -> None:
    _path, found = _edited(write_project, "≥90%", "0.95", "\n          偏差原因分析及改进措施: 调查样本少")
    (d,) = [d for d in found if d.rule == "fraction-for-percent"]
    assert d.severity.name == "ERROR" and d.message.endswith("；若确为 0.95%，请写明单位")


def test_beside_a_full_marks_score_it_is_a_warning_and_no_score_above_rule(
        write_project: Any) -> None:
    """The preparer's 得分 is theirs; the figure behind it is still asked about, once."""
    _path, found = _edited(write_project, "≥90.00(%)", "0.945", "\n          得分: 10")
    assert _rules(found) == ["fraction-for-percent"]
    (d,) = [d for d in found if d.rule == "fraction-for-percent"]
    assert d.severity.name == "WARNING"
    assert d.message == ("「学员满意度」实际完成值 0.945 没有单位，年度指标值「≥90.00(%)」是"
                         "百分数：是否应为 94.5%？填写的得分 10 按 94.5% 计；按 0.945% 计规则只给 "
                         "0.11；若确为 0.945%，请写明单位")


@pytest.mark.parametrize(("target", "actual", "meant"), [
    ("=100%", "1", "100%"),           # the whole, typed as 1
    ("≥900‰", "0.95", "950‰"),        # per mille
    ("≥90%", "０.９５", "95%"),        # full-width, folded at load
    ("90%", "0.9", "90%"),            # a target without its ≥ is still reached from below
])
def test_other_fractions_are_asked_about(write_project: Any, target: str, actual: str,
                                         meant: str) -> None:
    _path, found = _edited(write_project, target, actual)
    (d,) = [d for d in found if d.rule == "fraction-for-percent"]
    assert f"是否应为 {meant}？" in d.message
    assert ("千分数" in d.message) == meant.endswith("‰")
    assert "missing-reason" not in _rules(found)


@pytest.mark.parametrize(("target", "actual"), [
    ("=100%", "0"),                   # a 完成率 of nothing (data/2021) is real
    ("≥90%", "0.95%"),                # the preparer wrote the unit
    ("≥90%", "95"),                   # a bare actual in the target's unit: how forms write it
    ("≥5%", "0.8"),                   # above a tenth of the target: may be 0.8%
    ("≤1%", "0.05"),                  # lower is better: 0.05% is a fine 事故率
    ("≥90(人)", "0.95"),              # not a percentage
])
def test_real_figures_are_left_alone(write_project: Any, target: str, actual: str) -> None:
    _path, found = _edited(write_project, target, actual)
    assert "fraction-for-percent" not in _rules(found)


def test_a_target_that_lost_its_unit_warns(write_project: Any) -> None:
    path, found = _edited(write_project, "90", "94.00(%)", "\n          得分: 10")
    assert _rules(found) == ["target-unit-missing"]
    (d,) = [d for d in found if d.rule == "target-unit-missing"]
    assert d.severity.name == "WARNING" and d.field == f"{FIELD}.年度指标值"
    assert d.line == line_holding(path, '年度指标值: "90"')
    assert d.message == ("「学员满意度」年度指标值「90」没有单位，实际完成值「94.00(%)」以「%」计："
                         "年度指标值是否漏写了单位和比较符号（≥、≤ 等）（「90%」）？"
                         "请按申报时的指标值核对")


def test_a_target_with_its_sign_but_no_unit_is_asked_about_the_unit_only(
        write_project: Any) -> None:
    _path, found = _edited(write_project, "≥90", "94%")
    (d,) = [d for d in found if d.rule == "target-unit-missing"]
    assert "漏写了单位（「≥90%」）？" in d.message and "比较符号" not in d.message


@pytest.mark.parametrize(("target", "actual"), [
    ("100", "100"),                   # both bare
    ("≥90%", "94"),                   # a bare actual against a unit: how forms write it
    ("≥90%", "94%"),
    ("≥100(万元)", "120(万元)"),
    ("90", "达成指标"),                # no figure to compare
    ("0", "0(起)"),                   # a target of 0 is 0 in any unit
    ("=0", "0起"),
])
def test_targets_with_their_units_are_left_alone(write_project: Any, target: str,
                                                 actual: str) -> None:
    _path, found = _edited(write_project, target, actual, "\n          得分: 10")
    assert "target-unit-missing" not in _rules(found)


def _fillin(tmp_path: Path) -> tuple[Path, openpyxl.Workbook, int]:
    """The small project's fill-in workbook, opened, and the row of 学员满意度."""
    book = tmp_path / "t.xlsx"
    source = tmp_path / "p.yaml"
    source.write_text(SMALL_PROJECT, encoding="utf-8")
    assert invoke("template", str(book), "--from", str(source))[0] == 0
    wb = openpyxl.load_workbook(book)
    table = wb["自评指标"]
    row = next(r for r in range(4, table.max_row + 1) if table.cell(r, 3).value == "学员满意度")
    return book, wb, row


def test_check_names_the_cell_of_a_general_format_fraction(tmp_path: Path) -> None:
    """A cell formatted as % is read as it shows (95%); a General 0.95 is the slip."""
    book, wb, row = _fillin(tmp_path)
    cell = wb["自评指标"].cell(row, 5)
    cell.value, cell.number_format = 0.95, "0%"
    wb.save(book)
    code, output = invoke("check", str(book))
    assert code == 0 and "是否应为" not in output, output
    cell.number_format = "General"
    wb.save(book)
    code, output = invoke("check", str(book))
    assert code == 1, output
    assert f"错误 自评指标!E{row}（实际完成值）: 「学员满意度」实际完成值 0.95 没有单位" in output
    assert "是否应为 95%？" in output and "低于分值" not in output


def test_check_names_the_cell_of_a_target_without_its_unit(tmp_path: Path) -> None:
    book, wb, row = _fillin(tmp_path)
    wb["自评指标"].cell(row, 4).value = 90
    wb.save(book)
    code, output = invoke("check", str(book))
    assert code == 1, output
    assert f"警告 自评指标!D{row}（年度指标值）: 「学员满意度」年度指标值「90」没有单位" in output

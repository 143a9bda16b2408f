"""The fill-in workbook as colleagues change it: sheets they add, rows and cells they empty
or delete. Nothing is dropped without a word, and every message names the box it is about
(tester2 #3, #4: an added 「自评指标（续）」 sheet lost two indicators in silence; an empty
分值 in F8 was reported at C8, a deleted 基本信息 row at 「基本信息!A」)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.conftest import SMALL_PROJECT, invoke

ROWS = 4
"""The first indicator row of 自评指标 (rows 1–2 title and hint, 3 the header)."""


@pytest.fixture
def book(tmp_path: Path) -> Path:
    source = tmp_path / "p.yaml"
    source.write_text(SMALL_PROJECT, encoding="utf-8")
    made = tmp_path / "填写表.xlsx"
    code, output = invoke("template", str(made), "--from", str(source))
    assert code == 0, output
    return made


def _column(sheet: Any, label: str) -> int:
    return [c.value for c in sheet[3]].index(label) + 1


def _letter(sheet: Any, label: str) -> str:
    return openpyxl.utils.get_column_letter(_column(sheet, label))


def _lines(output: str, word: str) -> list[str]:
    return [line for line in output.splitlines() if f": {word}" in line or f" {word} " in line]


# --- sheets the workbook does not have ----------------------------------------------------


def test_a_note_sheet_is_named_and_an_empty_one_passed_over(book: Path, tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(book)
    notes = wb.create_sheet("说明")
    notes["A1"] = "项目负责人：李四，电话 1380000"
    notes["A2"], notes["B2"] = "三级指标", "另见附件"  # one heading is not an indicator table
    wb.create_sheet("Sheet2")  # Excel's blank sheet: nothing on it to lose
    wb.save(book)
    target = tmp_path / "p2.yaml"
    code, output = invoke("import", str(book), "-o", str(target))
    assert code == 0, output
    note = f"{book}: 提示 工作表「说明」: 不是填写表的一部分，这张表上的内容没有读取"
    assert note in output.splitlines() and "Sheet2" not in output
    assert "# 注意：工作表「说明」：不是填写表的一部分" in target.read_text(encoding="utf-8")
    code, output = invoke("check", str(book))
    assert code == 0, output  # a note is no slip
    assert note in output.splitlines() and f"✓ {book}：未发现问题（1 个提示）" in output


def _move_rows(book: Path, title: str, *, heading: bool, first: int, last: int) -> None:
    """Rows ``first``–``last`` of 自评指标 cut and pasted on a new sheet ``title``."""
    wb = openpyxl.load_workbook(book)
    table = wb["自评指标"]
    moved = wb.create_sheet(title)
    at = 1
    if heading:
        for col, cell in enumerate(table[3], start=1):
            moved.cell(1, col).value = cell.value
        at = 2
    for row in range(first, last + 1):
        for col in range(1, table.max_column + 1):
            moved.cell(at, col).value = table.cell(row, col).value
            table.cell(row, col).value = None
        at += 1
    wb.save(book)


@pytest.mark.parametrize("title, heading, rows, cell", [
    ("自评指标（续）", True, "第 1 行是指标表的表头，第 2、3 行像是指标", "A2"),
    ("Sheet2", False, "第 1、2 行像是指标", "A1"),
])
@pytest.mark.parametrize("command", ["import", "check"])
def test_indicators_moved_to_a_sheet_of_their_own_are_refused(
        book: Path, title: str, heading: bool, rows: str, cell: str, command: str) -> None:
    """Before, import wrote a file without them and only the 分值 total (80, not 100) hinted
    that something was missing, naming no sheet."""
    _move_rows(book, title, heading=heading, first=ROWS + 2, last=ROWS + 3)
    code, output = invoke(command, str(book))
    assert code == 2, output
    assert (f"{book}: 错误 {title}!{cell}: 工作表「{title}」{rows}，但填写表只从「自评指标」表读"
            "指标，这张表上的指标不会导入：请把这些行移回「自评指标」表（接在已有的行后面即可），"
            "再删掉这张表") in output.splitlines(), output


def test_declared_rows_are_sent_back_to_their_own_sheet(book: Path) -> None:
    """Rows of name and target only (no 实际完成值 or 分值) belong on 申报指标."""
    wb = openpyxl.load_workbook(book)
    extra = wb.create_sheet("补充")
    extra.append(["产出指标", "数量指标", "培训场次", "≥4(次)"])
    extra.append([None, None, "教材种类", "≥2(种)"])
    wb.save(book)
    code, output = invoke("import", str(book))
    assert code == 2
    assert "工作表「补充」第 1、2 行像是指标，但填写表只从「申报指标」表读指标" in output


def test_a_returned_form_workbook_says_nothing_of_its_sheets(tmp_path: Path) -> None:
    """perfdocs' own 自评表.xlsx (one sheet, named for the project) is no fill-in workbook:
    import and check read it without a note about sheets."""
    source = tmp_path / "p.yaml"
    source.write_text(SMALL_PROJECT, encoding="utf-8")
    assert invoke("render", str(source), "-f", "xlsx", "-o", str(tmp_path / "out"))[0] == 0
    (form,) = (tmp_path / "out").rglob("*.xlsx")
    code, output = invoke("import", str(form), "-o", str(tmp_path / "back.yaml"))
    assert code == 0 and "工作表" not in output and "提示" not in output, output
    code, output = invoke("check", str(form))
    assert code == 0 and output.strip() == f"✓ {form}：未发现问题", output


# --- every message at its own box ---------------------------------------------------------


def test_an_empty_weight_is_reported_at_its_box(book: Path) -> None:
    wb = openpyxl.load_workbook(book)
    table = wb["自评指标"]
    weight = _column(table, "分值")
    table.cell(ROWS + 1, weight).value = None
    wb.save(book)
    code, output = invoke("import", str(book))
    assert code == 1, output  # filled in wrong, not unreadable (tester8 #12)
    (line,) = _lines(output, "错误")
    assert line.startswith(f"{book}: 错误 自评指标!{_letter(table, '分值')}{ROWS + 1}（"), line


@pytest.mark.parametrize("command", ["import", "check"])
def test_boxes_the_schema_refuses_are_bad_input_to_check_too(book: Path, command: str) -> None:
    """check of a workbook whose boxes the schema refuses said 「✗ …：无法读取」 with status
    2, while import named each box (sheet!cell, 三级指标) with status 1: both now do the
    latter; 2 stays for a file that cannot be read at all."""
    wb = openpyxl.load_workbook(book)
    table = wb["自评指标"]
    weight = _column(table, "分值")
    names = [table.cell(ROWS + i, _column(table, "三级指标")).value for i in (0, 1)]
    table.cell(ROWS, weight).value = "abc"
    table.cell(ROWS + 1, weight).value = None
    wb.save(book)
    code, output = invoke(command, str(book))
    assert code == 1, output
    letter = _letter(table, "分值")
    lines = _lines(output, "错误")
    assert f"{book}: 错误 自评指标!{letter}{ROWS}（{names[0]} › 分值）: 「abc」不是数字" in lines
    assert f"{book}: 错误 自评指标!{letter}{ROWS + 1}（{names[1]} › 分值）: 缺少必填项" in lines
    assert "无法读取" not in output
    if command == "check":
        assert f"✗ {book}：" in output and "处问题" in output, output
        broken = book.with_name("坏.xlsx")
        broken.write_bytes(b"PK not a zip")
        code, output = invoke("check", str(broken))
        assert code == 2 and f"✗ {broken}：无法读取" in output, output


def test_a_weight_lost_to_a_merge_is_reported_at_its_box(book: Path) -> None:
    wb = openpyxl.load_workbook(book)
    table = wb["自评指标"]
    actual, weight = _letter(table, "实际完成值"), _letter(table, "分值")
    table.merge_cells(f"{actual}{ROWS}:{weight}{ROWS}")  # the 分值 under the merge is gone
    wb.save(book)
    code, output = invoke("import", str(book))
    assert code == 1, output  # filled in wrong, not unreadable (tester8 #12)
    assert f"{book}: 错误 自评指标!{weight}{ROWS}（" in output, output


def test_check_asks_for_the_reason_at_the_reason_box(book: Path) -> None:
    wb = openpyxl.load_workbook(book)
    table = wb["自评指标"]
    table.cell(ROWS, _column(table, "得分")).value = 25  # of 30: a reason is due
    wb.save(book)
    code, output = invoke("check", str(book))
    assert code == 1
    reason = _letter(table, "偏差原因分析及改进措施")
    (line,) = _lines(output, "错误")
    assert line.startswith(f"{book}: 错误 自评指标!{reason}{ROWS}（偏差原因分析及改进措施）: "), line


def test_an_emptied_basic_box_is_reported_at_its_box(book: Path) -> None:
    wb = openpyxl.load_workbook(book)
    basic = wb["基本信息"]
    row = next(r for r in range(4, basic.max_row + 1) if basic.cell(r, 1).value == "项目名称")
    basic.cell(row, 2).value = None
    wb.save(book)
    code, output = invoke("import", str(book))
    assert code == 1, output  # filled in wrong, not unreadable (tester8 #12)
    assert f"{book}: 错误 基本信息!B{row}" in output, output


def test_a_deleted_row_is_named_by_its_label_without_an_address(book: Path) -> None:
    wb = openpyxl.load_workbook(book)
    basic = wb["基本信息"]
    for label in ("实施单位", "主管部门"):
        basic.delete_rows(next(r for r in range(4, basic.max_row + 1)
                               if basic.cell(r, 1).value == label))
    wb.save(book)
    code, output = invoke("import", str(book))
    assert code == 2
    assert output.splitlines()[0] == (
        f"{book}: 错误: 工作表「基本信息」中找不到「主管部门」、「实施单位」一行（被删除了，或 A 列的"
        "标签被改动了？）：请在 A 列补上这一行的标签并在 B 列填写，或用 perfdocs template 重新生成，"
        "再把内容复制过去")


def test_a_deleted_heading_is_named_without_an_address(book: Path) -> None:
    wb = openpyxl.load_workbook(book)
    table = wb["自评指标"]
    table.cell(3, _column(table, "分值")).value = "权重"
    wb.save(book)
    code, output = invoke("import", str(book))
    assert code == 2
    assert output.splitlines()[0] == (f"{book}: 错误: 工作表「自评指标」第 3 行（表头）缺少列：分值"
                                      "（被删除了，或表头被改动了？）")


def test_every_box_filled_in_wrong_is_listed_in_one_run(book: Path, tmp_path: Path) -> None:
    """Three blanks and a non-number: one run lists them all, each at its own box, and
    says nothing was written; status 1 (filled in wrong), not 2 (unreadable). Before,
    three blank cells took three runs, rc 2, no 「未写入」 line, and a blank 实际完成值 was
    reported at 得分 (tester8 #12)."""
    wb = openpyxl.load_workbook(book)
    evaluation = wb["自评"]
    done = next(r for r in range(4, evaluation.max_row + 1)
                if evaluation.cell(r, 1).value == "年度总体目标：实际完成情况")
    evaluation.cell(done, 2).value = None
    table = wb["自评指标"]
    weight, actual = _letter(table, "分值"), _letter(table, "实际完成值")
    table[f"{weight}{ROWS}"] = None
    table[f"{actual}{ROWS + 1}"] = None
    table[f"{_letter(table, '得分')}{ROWS + 1}"] = None
    table[f"{weight}{ROWS + 2}"] = "3..0"
    wb.save(book)
    target = tmp_path / "out.yaml"
    code, output = invoke("import", str(book), "-o", str(target))
    assert code == 1, output
    errors = _lines(output, "错误")
    assert [line.split("（")[0] for line in errors] == [
        f"{book}: 错误 自评!B{done}", f"{book}: 错误 自评指标!{weight}{ROWS}",
        f"{book}: 错误 自评指标!{actual}{ROWS + 1}", f"{book}: 错误 自评指标!{weight}{ROWS + 2}"
    ], output
    assert "「培训完成率」没有填写得分" in errors[2] and "（实际完成值）" in errors[2]
    assert (f"未写入 {target}：{book} 中有 4 处错误（见上，按工作表!单元格列出）。"
            "请在工作簿中改正后重新导入") in output
    assert not target.exists()


def test_a_blank_result_is_reported_at_its_box_once_the_rest_loads(book: Path) -> None:
    """The rule's own finding (the workbook otherwise fits): at 实际完成值, not 得分."""
    wb = openpyxl.load_workbook(book)
    table = wb["自评指标"]
    actual = _letter(table, "实际完成值")
    table[f"{actual}{ROWS + 1}"] = None
    table[f"{_letter(table, '得分')}{ROWS + 1}"] = None
    wb.save(book)
    code, output = invoke("import", str(book))
    assert code == 1, output
    (line,) = _lines(output, "错误")
    assert line.startswith(f"{book}: 错误 自评指标!{actual}{ROWS + 1}（实际完成值）: "
                           "「培训完成率」没有填写得分"), line


def test_a_deleted_sheet_is_bad_input_named_not_unreadable(book: Path, tmp_path: Path) -> None:
    """tester13: a colleague deleted 自评指标; import and check said the sheet is missing but
    exited 2, and check ended 「无法读取」, as for a file that is no workbook. Bad input: 1."""
    wb = openpyxl.load_workbook(book)
    del wb["自评指标"]
    wb.save(book)
    said = (f"{book}: 错误: 填写表缺少工作表「自评指标」（被删除或改名了？）：请用 perfdocs template "
            "重新生成，再把内容复制过去")
    target = tmp_path / "p2.yaml"
    code, output = invoke("import", str(book), "-o", str(target))
    assert code == 1 and said in output.splitlines() and not target.exists(), output
    code, output = invoke("check", str(book))
    assert code == 1 and said in output.splitlines(), output
    assert "无法读取" not in output and f"✗ {book}：1 处问题" in output
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    assert invoke("check", str(broken))[0] == 2  # a file that cannot be read stays 2

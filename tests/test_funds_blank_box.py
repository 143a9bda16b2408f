"""A 其中 box left blank in a column the other 其中 rows fill (tester13 F1): the clerk forgot
one 全年执行数, the form printed a blank under a total its rows no longer made, and import,
validate and check all passed. One rule (rules/validate.funds_add_up) reached from a project
file (line), the fill-in workbook (its cell) and a returned form (its cell)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.conftest import SMALL_PROJECT, invoke

BLANK = SMALL_PROJECT.replace(
    '当年财政拨款: {年初预算数: "100.00", 全年预算数: "80.00", 全年执行数: "79.00"}',
    '当年财政拨款: {年初预算数: "100.00", 全年预算数: "80.00"}')
SAID = ("其中：当年财政拨款 › 全年执行数 未填：其中各行的全年执行数合计 0.00 万元（未填的按 0 计），"
        "与年度资金总额的 79.00 万元不符，表上这一格会空着。请填写当年财政拨款的全年执行数"
        "（没有资金请写 0）")


def test_project_file_names_the_blank_box_at_its_line(write_project) -> None:
    path = write_project(BLANK)
    code, output = invoke("validate", str(path))
    assert code == 1
    assert f"{path}:9: 错误 自评.项目资金.当年财政拨款.全年执行数: {SAID}" in output.splitlines()
    code, output = invoke("check", str(path))
    assert code == 1 and SAID in output


def test_a_column_no_sub_row_fills_is_not_itemised(write_project) -> None:
    """Every 其中 row's 全年执行数 blank (seed 002's forms): not used, nothing to add."""
    text = BLANK
    for row in ("上年结转资金", "其他资金"):
        text = text.replace(f"{row}: {{年初预算数: 0, 全年预算数: 0, 全年执行数: 0}}",
                            f"{row}: {{年初预算数: 0, 全年预算数: 0}}")
    path = write_project(text)
    assert invoke("validate", "--strict", str(path)) == (0, f"✓ {path}：校验通过（1 个提示）\n")


def test_fillin_workbook_names_the_blank_cell(tmp_path: Path) -> None:
    source = tmp_path / "p.yaml"
    source.write_text(BLANK, encoding="utf-8")
    book = tmp_path / "填写表.xlsx"
    assert invoke("template", str(book), "--from", str(source))[0] == 0
    sheet = openpyxl.load_workbook(book)["自评"]
    (cell,) = [row[1] for row in sheet.iter_rows() if row[0].value == "当年财政拨款：全年执行数"]
    assert cell.value is None
    line = f"{book}: 错误 自评!{cell.coordinate}（全年执行数）: {SAID}"
    target = tmp_path / "out.yaml"
    code, output = invoke("import", str(book), "-o", str(target))
    assert code == 1 and line in output.splitlines() and not target.exists()
    code, output = invoke("check", str(book))
    assert code == 1 and line in output.splitlines()


def test_returned_form_names_the_blank_cell(tmp_path: Path) -> None:
    source = tmp_path / "p.yaml"
    source.write_text(SMALL_PROJECT, encoding="utf-8")
    out = tmp_path / "out"
    assert invoke("render", str(source), "--format", "xlsx", "--out", str(out))[0] == 0
    (form,) = out.rglob("*.xlsx")
    wb = openpyxl.load_workbook(form)
    sheet = wb.worksheets[0]
    (row,) = [r for r in sheet.iter_rows() if any("当年财政拨款" in str(c.value or "") for c in r)]
    (heading,) = [c for r in sheet.iter_rows() for c in r if c.value == "全年执行数"]
    executed = row[heading.column - 1]
    assert executed.value == 79
    executed.value = None
    wb.save(form)
    code, output = invoke("check", str(form))
    assert code == 1, output
    assert f"!{executed.coordinate}（全年执行数）: 其中：当年财政拨款 › 全年执行数 未填" in output


TOTAL_ROW = '年度资金总额: {年初预算数: "100.00", 全年预算数: "80.00", 全年执行数: "79.00"}'


def test_total_rows_initial_left_out_is_an_error_at_its_box(write_project) -> None:
    """tester17 F5: the total row's 年初预算数 left out passed silently; the form printed a
    blank under its 其中 rows and the 自评报告 「年初预算数 — 万元」."""
    path = write_project(SMALL_PROJECT.replace(
        TOTAL_ROW, '年度资金总额: {全年预算数: "80.00", 全年执行数: "79.00"}'))
    code, output = invoke("validate", str(path))
    assert code == 1
    assert (f"{path}:8: 错误 自评.项目资金.年度资金总额.年初预算数: 年度资金总额 › 年初预算数 "
            "未填：其中各行的年初预算数合计 100.00 万元，表上这一格会空着，自评报告会写"
            "「年初预算数 — 万元」。请填写年度资金总额的年初预算数（没有资金请写 0）"
            ) in output.splitlines()


def test_initial_left_out_of_every_row_is_an_error_at_the_total(write_project) -> None:
    text = SMALL_PROJECT
    for old, new in (('年初预算数: "100.00", ', ""), ("年初预算数: 0, ", "")):
        text = text.replace(old, new)
    assert "年初预算数" not in text
    path = write_project(text)
    code, output = invoke("validate", str(path))
    assert code == 1
    assert (f"{path}:8: 错误 自评.项目资金.年度资金总额.年初预算数: 年度资金总额 › 年初预算数 "
            "未填：表上这一格会空着") in output
    assert output.count(" 错误 ") == 1


def test_a_layout_without_the_column_needs_no_initial(write_project) -> None:
    """hubei-2020 prints no 年初预算数 column (data/hubei-2020 leaves it out)."""
    text = SMALL_PROJECT.replace("金额单位: 万元", "金额单位: 万元\n版式: hubei-2020")
    for old, new in (('年初预算数: "100.00", ', ""), ("年初预算数: 0, ", "")):
        text = text.replace(old, new)
    path = write_project(text)
    _, output = invoke("validate", str(path))
    assert "年初预算数" not in output, output
    assert "错误 自评.项目资金" not in output, output  # (its 分值 differ: other errors)

"""What ``perfdocs import`` and ``check`` say about a workbook, and the names it brings.

- a reviewer's new 项目名称, let through by ``--force``, is written (the refusal promised it):
  a 申报表's or the fill-in workbook's as 项目名称, a 自评表's alone as 自评.项目名称;
- the 自评 packet and ``overview`` name a project as its 自评表 prints it, everywhere;
- a fill-in workbook's mistakes are named by sheet!cell at import (nothing written) and by
  ``check`` — every rule of ``validate``, not a few;
- a merge is validated before it is written; a 万元 form merged into a 元 file that breaks
  a 其中 sum by rounding alone says so and names the rows to settle.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from perfdocs.loading.project import load_project
from tests.conftest import DATA_2024, ROOT, listing
from tests.test_import_into import EXAMPLE, cell_of, changed_lines, edit, render, run

NAME = "技能评价业务经费"
EVALUATED_NAME = "技能评价业务工作经费"  # the example's 自评.项目名称


@pytest.fixture
def project(tmp_path: Path) -> Path:
    copy = tmp_path / "项目.yaml"
    shutil.copyfile(EXAMPLE, copy)
    return copy


def _cell_holding(book: Path, text: str, sheet: str | None = None) -> str:
    ws = load_workbook(book)[sheet] if sheet else load_workbook(book).active
    return next(c.coordinate for row in ws.iter_rows() for c in row if c.value == text)


# --- 2. the reviewer's new name ----------------------------------------------------------------

def test_force_writes_a_returned_declarations_new_name(project: Path, tmp_path: Path) -> None:
    book = render(project, tmp_path)["申报表"]
    edit(book, [(_cell_holding(book, NAME), "技能评价与鉴定业务经费", None)])
    status, output = run("import", str(book), "--into", str(project), "--yes")
    assert status == 1 and "工作簿上的名称随之写入" in output
    before = project.read_text(encoding="utf-8")
    status, output = run("import", str(book), "--into", str(project), "--yes", "--force")
    assert status == 0, output
    removed, added = changed_lines(before, project.read_text(encoding="utf-8"))
    assert removed == [f"项目名称: {NAME}"] and added == ["项目名称: 技能评价与鉴定业务经费"]
    merged = load_project(project).project
    assert merged.name == "技能评价与鉴定业务经费"
    assert merged.evaluation is not None and merged.evaluation.printed_name == EVALUATED_NAME
    assert "-项目名称: 技能评价业务经费" in output and "共 1 处改动" in output
    assert "原因: 按评审意见更正项目名称}" in output, output


def test_force_writes_the_fill_in_workbooks_name(project: Path, tmp_path: Path) -> None:
    """基本信息!项目名称 is the project's own name, whatever parts the workbook holds."""
    book = tmp_path / "填写表.xlsx"
    status, output = run("template", str(book), "--from", str(project))
    assert status == 0, output
    wb = load_workbook(book)
    ws = wb["基本信息"]
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "项目名称")
    ws.cell(row, 2).value = "技能评价业务经费二期"
    wb.save(book)
    status, output = run("import", str(book), "--into", str(project), "--yes", "--force")
    assert status == 0, output
    merged = load_project(project).project
    assert merged.name == "技能评价业务经费二期"
    assert merged.evaluation is not None and merged.evaluation.printed_name == EVALUATED_NAME
    assert "更正项目名称" in output
    assert "共 1 处改动（项目名称）" in output, output  # not 「申报、自评部分」: neither changed


def test_the_summary_names_the_parts_that_changed(project: Path, tmp_path: Path) -> None:
    """A fill-in workbook holds both parts; a change in 自评 alone is 「（自评部分）」, not
    「（申报、自评部分）」 (tester5 N5)."""
    book = tmp_path / "填写表.xlsx"
    assert run("template", str(book), "--from", str(project))[0] == 0
    wb = load_workbook(book)
    ws = wb["自评"]
    rows = {ws.cell(r, 1).value: r for r in range(1, ws.max_row + 1)}
    for label in ("年度资金总额：全年执行数", "当年财政拨款：全年执行数"):
        ws.cell(rows[label], 2).value = "99.00"
    wb.save(book)
    _, output = run("import", str(book), "--into", str(project), "--yes")
    assert "处改动（自评部分）" in output, output
    assert "申报、自评" not in output


def test_fill_in_workbook_without_declaration_renames_the_project(tmp_path: Path) -> None:
    """A fill-in workbook holding the 自评 alone: its 基本信息 name is still 项目名称 (a 自评表
    alone would give 自评.项目名称)."""
    text = EXAMPLE.read_text(encoding="utf-8")
    head, evaluation = text.split("\n申报:", 1)[0], text.split("\n自评:", 1)[1]
    only = tmp_path / "自评.yaml"
    only.write_text(head + "\n自评:" + evaluation.replace(
        f"  项目名称: {EVALUATED_NAME}   # 自评表所印的名称\n", ""), encoding="utf-8")
    assert load_project(only).project.declaration is None
    book = tmp_path / "填写表.xlsx"
    assert run("template", str(book), "--from", str(only))[0] == 0
    wb = load_workbook(book)
    ws = wb["基本信息"]
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "项目名称")
    ws.cell(row, 2).value = "技能评价业务经费二期"
    wb.save(book)
    status, output = run("import", str(book), "--into", str(only), "--yes", "--force")
    assert status == 0, output
    merged = load_project(only).project
    assert merged.name == "技能评价业务经费二期", output
    assert merged.evaluation is not None and merged.evaluation.printed_name is None


# --- 3. one name per stage ---------------------------------------------------------------------

def test_the_evaluation_packet_names_the_project_as_its_form_does(tmp_path: Path) -> None:
    out = tmp_path / "pk"
    status, output = run("packet", str(EXAMPLE), "--stage", "自评", "--out", str(out),
                         "--format", "xlsx,pdf", "--date", "2025-03-01")
    assert status == 0, output
    (folder,) = [p for p in listing(out) if p.is_dir()]
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert [p["项目名称"] for p in manifest["projects"]] == [EVALUATED_NAME]
    (overview,) = folder.glob("*一览表.xlsx")
    texts = {c.value for row in load_workbook(overview).active.iter_rows() for c in row}
    assert EVALUATED_NAME in texts and NAME not in texts
    pypdf = pytest.importorskip("pypdf")
    (bound,) = folder.glob(f"{folder.name}.pdf")
    reader = pypdf.PdfReader(bound)
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert EVALUATED_NAME in titles and NAME not in titles, titles
    contents = reader.pages[1].extract_text() or ""
    assert EVALUATED_NAME in contents and f"{NAME}\n" not in contents


def test_the_declaration_packet_keeps_the_declared_name(tmp_path: Path) -> None:
    out = tmp_path / "pk"
    status, output = run("packet", str(EXAMPLE), "--stage", "申报", "--out", str(out),
                         "--format", "xlsx", "--date", "2024-09-01")
    assert status == 0, output
    (folder,) = [p for p in listing(out) if p.is_dir()]
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert [p["项目名称"] for p in manifest["projects"]] == [NAME]


def test_overview_rows_name_evaluated_projects_as_their_form_does(tmp_path: Path) -> None:
    from perfdocs.engine.pipeline import prepare
    from perfdocs.forms.summary.builder import summarize
    from perfdocs.loading.settings import Settings

    declared_only = tmp_path / "申报.yaml"
    declared_only.write_text(EXAMPLE.read_text(encoding="utf-8").split("\n自评:")[0] + "\n",
                             encoding="utf-8")
    (summary,) = summarize([prepare(EXAMPLE, Settings()), prepare(declared_only, Settings())])
    assert [row.name for row in summary.rows] == [EVALUATED_NAME, NAME]


# --- 7. a fill-in workbook's mistakes, by cell ---------------------------------------------------

def _fill_in_with_mistakes(project: Path, book: Path) -> dict[str, str]:
    """The tester's slips: 全年预算数 emptied, 一级指标 「满意度」, 0.98 typed for 98 %; the
    cell of each."""
    assert run("template", str(book), "--from", str(project))[0] == 0
    wb = load_workbook(book)
    funds = wb["自评"]
    row = next(r for r in range(1, funds.max_row + 1)
               if funds.cell(r, 1).value == "年度资金总额：全年预算数")
    funds.cell(row, 2).value = None
    table = wb["自评指标"]
    heads = {table.cell(3, c).value: c for c in range(1, table.max_column + 1)}
    rows = {table.cell(r, heads["三级指标"]).value: r for r in range(4, table.max_row + 1)}
    satisfied = rows["受培训人员满意度"]
    table.cell(satisfied, heads["一级指标"]).value = "满意度"
    printed = rows["业务印刷工作完成率"]
    table.cell(printed, heads["实际完成值"]).value = 0.98
    wb.save(book)
    return {"budget": f"自评!B{row}",
            "level1": f"自评指标!{table.cell(satisfied, heads['一级指标']).coordinate}",
            "actual": f"自评指标!{table.cell(printed, heads['实际完成值']).coordinate}"}


def test_import_names_every_mistake_by_cell_and_writes_nothing(project: Path,
                                                               tmp_path: Path) -> None:
    book = tmp_path / "填写表.xlsx"
    cells = _fill_in_with_mistakes(project, book)
    target = tmp_path / "导入.yaml"
    status, output = run("import", str(book), "-o", str(target))
    assert status == 1, output
    assert not target.exists()
    assert f"错误 {cells['budget']}（全年预算数）: 年度资金总额缺少全年预算数" in output, output
    assert f"错误 {cells['level1']}（一级指标）: 一级指标「满意度」不是" in output
    assert f"{cells['actual']}（实际完成值）" in output
    assert ".yaml:" not in output  # nothing said against lines of a file never seen
    assert "未写入" in output and "请在工作簿中改正后重新导入" in output
    # and check says the same of the workbook
    status, checked = run("check", str(book))
    assert status == 1
    for cell in cells.values():
        assert f" {cell}（" in checked, checked


def test_the_fixed_workbook_imports_with_the_same_command(project: Path,
                                                          tmp_path: Path) -> None:
    book = tmp_path / "填写表.xlsx"
    assert run("template", str(book), "--from", str(project))[0] == 0
    wb = load_workbook(book)
    wb["自评指标"]["A4"] = "满意度"  # a slip, then fixed
    wb.save(book)
    target = tmp_path / "导入.yaml"
    assert run("import", str(book), "-o", str(target))[0] == 1 and not target.exists()
    wb = load_workbook(book)
    wb["自评指标"]["A4"] = load_workbook(book)["自评指标"]["A5"].value or "产出指标"
    wb.save(book)
    status, output = run("import", str(book), "-o", str(target))
    assert status == 0 and target.exists(), output


def test_a_printed_form_is_written_as_printed_and_its_slips_named(project: Path,
                                                                   tmp_path: Path) -> None:
    """A form read back records what it printed, slips included (check audits them): it
    is written, and its errors are named at their cells with what that means."""
    book = render(project, tmp_path)["自评表"]
    reason = cell_of(book, "业务印刷工作完成率", "偏差原因分析及改进措施")
    edit(book, [(cell_of(book, "业务印刷工作完成率", "得分"), 1, None)])
    target = tmp_path / "读回.yaml"
    status, output = run("import", str(book), "-o", str(target))
    assert status == 0 and target.exists(), output
    address = load_workbook(book).active.cell(*reason).coordinate
    assert f"错误 自评表!{address}（偏差原因分析及改进措施）" in output, output
    assert "已照表写入" in output and "perfdocs render 不会生成它的表格" in output


# --- 9. a merge validated before it is written ---------------------------------------------------

def test_a_wan_form_merged_into_a_yuan_file_names_the_rows_to_settle(tmp_path: Path) -> None:
    """The 2021 project in 元 (全年执行数 1,080,740) printed on the 2024 (万元) form as 108.07;
    the reviewer adds 10.00 万元 of 其他资金 and raises the total to 118.07: the form adds up,
    the 元 figures cannot (1,080,740 + 0 + 100,000 is not 1,180,700)."""
    text = (DATA_2024.parent / "2021" / "高技能人才工作专项.yaml").read_text(encoding="utf-8")
    project = tmp_path / "p.yaml"
    project.write_text(text.replace("版式: shanghai-2021", "版式: shanghai-2024"),
                       encoding="utf-8")
    book = render(project, tmp_path)["自评表"]
    ws = load_workbook(book).active
    assert (ws["F6"].value, ws["C9"].value or ws["B9"].value) == (108.07, "其他资金")
    edit(book, [("F6", 118.07, None), ("F8", 0, None), ("F9", 10, None)])
    status, output = run("import", str(book), "--into", str(project), "--yes")
    assert status == 1, output
    error = output.index("错误 自评.项目资金.年度资金总额.全年执行数")
    assert error < output.index("✓ 已把")  # said before the ✓
    assert "工作簿上的全年执行数相符（118.07 = 108.07 + 0.00 + 10.00 万元）" in output, output
    assert "不是精确数" in output and "按实际数核定 年度资金总额的全年执行数（第 14 行）" in output
    assert "其他资金的全年执行数（第 18 行）" in output and "自评表!F9" in output
    assert "金额换算所致" in output and "perfdocs render 不会生成它的表格" in output
    written = load_project(project).project.evaluation
    assert written is not None and written.funds.other is not None
    # written, in the file's 元 (10.00 as printed would read as 10 元)
    assert written.funds.other.executed == 100000
    assert '其他资金: {年初预算数: 0, 全年预算数: 0, 全年执行数: "100,000.00"}' in \
        project.read_text(encoding="utf-8")


def test_a_merge_that_leaves_an_error_says_it_at_the_workbooks_cell(project: Path,
                                                                    tmp_path: Path) -> None:
    """A score lowered without a 偏差原因分析: written when confirmed, the missing box named at
    its cell before the ✓, status 1 and what to do."""
    book = render(project, tmp_path)["自评表"]
    reason = cell_of(book, "业务印刷工作完成率", "偏差原因分析及改进措施")
    edit(book, [(cell_of(book, "业务印刷工作完成率", "得分"), 1, None)])
    status, output = run("import", str(book), "--into", str(project), "--yes")
    assert status == 1, output
    ws = load_workbook(book).active
    address = ws.cell(*reason).coordinate
    line = next(x for x in output.splitlines() if "偏差原因分析" in x and "错误" in x)
    assert f"!{address}（偏差原因分析及改进措施）" in line, line
    assert output.index(line) < output.index("✓ 已把")
    assert "出自工作簿" in output and "重新导入" in output
    assert "得分: 1\n" in project.read_text(encoding="utf-8")


def test_the_bundled_examples_still_merge_quietly(tmp_path: Path) -> None:
    """No finding is made up for a clean merge (every example's own forms, edited in a
    figure that keeps it valid)."""
    project = tmp_path / "p.yaml"
    shutil.copyfile(EXAMPLE, project)
    book = render(project, tmp_path)["自评表"]
    edit(book, [(cell_of(book, "业务印刷工作完成率", "偏差原因分析及改进措施"),
                 "印刷任务部分延后。", None)])
    status, output = run("import", str(book), "--into", str(project), "--yes")
    assert status == 0, output
    assert "错误" not in output and "警告" not in output, output


def test_import_o_says_the_workbooks_warnings_by_cell_and_in_its_line(project: Path,
                                                                      tmp_path: Path) -> None:
    """A fill-in workbook with warnings only (0.9 typed for a 满意度 target) is written,
    its warnings said at their cells, and the ✓ line says there is one: read alone, 「✓ a → b」
    looked like nothing was found where ``check`` says 「1 处问题」 (tester5 N9)."""
    book = tmp_path / "填写表.xlsx"
    assert run("template", str(book), "--from", str(project))[0] == 0
    wb = load_workbook(book)
    table = wb["申报指标"]
    head = next(r for r in range(1, table.max_row + 1)
                if any(c.value == "年度指标值" for c in table[r]))
    heads = {c.value: c.column for c in table[head]}
    row = next(r for r in range(head + 1, table.max_row + 1)
               if "满意度" in str(table.cell(r, heads["三级指标"]).value or ""))
    cell = table.cell(row, heads["年度指标值"])
    cell.value = 0.9
    wb.save(book)
    target = tmp_path / "导入.yaml"
    status, output = run("import", str(book), "-o", str(target))
    assert status == 0 and target.exists(), output
    assert f"警告 申报指标!{cell.coordinate}（年度指标值）: " in output, output
    assert "是否应为 90%" in output
    # and the 自评 part's target now differs from the 申报's: a second warning, at its cell
    assert "警告 自评指标!" in output and "申报的是「0.9」" in output
    (line,) = [x for x in output.splitlines() if x.startswith("✓")]
    assert "有 2 个警告，见上，按工作表!单元格列出" in line, line
    status, printed = run("import", str(book))  # to stdout: the file, then a 注意 line
    assert status == 0 and "注意：" in printed and "有 2 个警告（见上" in printed, printed


# --- tester5 N14: an error the merge brought is the workbook's -----------------------------------

def _indicator_rows(book: Path) -> tuple[Any, dict[str, int], dict[str, int]]:
    wb = load_workbook(book)
    table = wb["自评指标"]
    heads = {table.cell(3, c).value: c for c in range(1, table.max_column + 1)}
    rows = {table.cell(r, heads["三级指标"]).value: r for r in range(4, table.max_row + 1)}
    return wb, heads, rows


def test_a_row_deleted_in_the_workbook_is_the_workbooks_error(project: Path,
                                                              tmp_path: Path) -> None:
    """The colleague clears an indicator's row of the fill-in workbook: the 分值 no longer
    add up. The file had no such error: it is the workbook's, said with the row deleted,
    not 「原有的：在文件中改正」."""
    assert "错误" not in run("validate", str(project))[1]
    book = tmp_path / "填写表.xlsx"
    assert run("template", str(book), "--from", str(project))[0] == 0
    wb, heads, rows = _indicator_rows(book)
    table = wb["自评指标"]
    weight = table.cell(rows["审计单位数量"], heads["分值"]).value
    for column in range(1, table.max_column + 1):
        table.cell(rows["审计单位数量"], column).value = None
    wb.save(book)
    status, output = run("import", str(book), "--into", str(project), "--yes")
    assert status == 1, output
    line = next(x for x in output.splitlines() if " 错误 " in x and "分值合计" in x)
    assert f"{book.name}: 错误 自评指标（分值）: 各三级指标分值合计" in line, line
    assert "合并前 项目.yaml 没有这处错误，是工作簿的改动带来的" in line, line
    assert f"自评指标表中删去了「审计单位数量」（产出指标 › 数量指标，分值 {weight}）" in line
    assert "原有的" not in output and "1 处出自工作簿" in output, output


def test_a_weight_changed_in_the_workbook_is_named_at_its_cell(project: Path,
                                                               tmp_path: Path) -> None:
    book = tmp_path / "填写表.xlsx"
    assert run("template", str(book), "--from", str(project))[0] == 0
    wb, heads, rows = _indicator_rows(book)
    cell = wb["自评指标"].cell(rows["审计单位数量"], heads["分值"])
    was, cell.value = cell.value, 9
    wb.save(book)
    status, output = run("import", str(book), "--into", str(project), "--yes")
    assert status == 1, output
    line = next(x for x in output.splitlines() if " 错误 " in x and "分值合计" in x)
    assert f"错误 自评指标!{cell.coordinate}（分值）" in line, line
    assert f"自评指标!{cell.coordinate}（「审计单位数量」的分值）由 {was} 改为 9" in line, line
    assert "原有的" not in output


def test_an_error_the_file_had_before_is_still_its_own(project: Path, tmp_path: Path) -> None:
    """A returned 自评表 merged into a file whose 申报 其中 rows were already off: that error
    is the file's (原有的), not the workbook's."""
    book = render(project, tmp_path)["自评表"]
    text = project.read_text(encoding="utf-8")
    broken = text.replace('合计: "4,358,177.00元"', '合计: "4,358,178.00元"', 1)
    assert broken != text
    project.write_text(broken, encoding="utf-8")
    assert "错误" in run("validate", str(project))[1]
    edit(book, [(cell_of(book, "业务印刷工作完成率", "偏差原因分析及改进措施"),
                 "印刷任务部分延后。", None)])
    status, output = run("import", str(book), "--into", str(project), "--yes")
    assert status == 1, output
    assert "1 处是 " in output and "项目.yaml 原有的：在文件中改正" in output, output
    assert "是工作簿的改动带来的" not in output and "出自工作簿" not in output


# --- tester6 1: a reviewer's 执行率 / 总分 written over the computed ones -------------------------

def _printed_cells(book: Path) -> dict[str, str]:
    from perfdocs.loading.settings import Settings
    from perfdocs.review.audit import read_workbook

    return {f.kind if f.kind != "rate" else f"rate:{f.row}": f.address.split("!")[-1]
            for f in read_workbook(book, Settings()).printed}


def test_a_reviewers_computed_figures_are_reported_not_dropped(project: Path,
                                                               tmp_path: Path) -> None:
    """The reviewer wrote 98.00% over the 年度资金总额's 执行率 and 99.00 over the 总分 and
    changed nothing else: import --into said 「一致」 (rc 0) and diff 「总分: …（未变）」 (rc 0).
    Both now name each such cell with what it follows from, and exit 1."""
    book = render(project, tmp_path)["自评表"]
    cells = _printed_cells(book)
    edit(book, [(cells["rate:total"], 0.98, "0.00%"), (cells["total"], 99, "0.00")])
    before = project.read_text(encoding="utf-8")
    status, output = run("import", str(book), "--into", str(project), "--yes")
    assert status == 1, output
    assert project.read_text(encoding="utf-8") == before  # nothing to merge
    assert f"!{cells['rate:total']}（年度资金总额执行率）: 工作簿上印的年度资金总额执行率是 98.00%" in output
    assert "请核对这一行的全年执行数、全年预算数" in output
    assert f"!{cells['total']}（总分）: 工作簿上印的总分是 99.00" in output
    assert "一致：没有需要改动的内容" not in output and "填写内容一致" in output
    status, output = run("diff", str(project), str(book))
    assert status == 1, output
    assert "工作簿上印的总分是 99.00" in output and "执行率是 98.00%" in output
    # the form as rendered: nothing to say, exit 0
    (tmp_path / "again").mkdir()
    clean = render(project, tmp_path / "again")["自评表"]
    status, output = run("diff", str(project), str(clean))
    assert status == 0 and "工作簿上印的" not in output, output


# --- tester6 6: the 申报 packet's 汇总表 (one sheet per project) read back ---------------------

def test_the_summary_workbook_is_checked_sheet_by_sheet_and_merged_by_name(
        tmp_path: Path) -> None:
    out = tmp_path / "pk"
    status, output = run("packet", *map(str, sorted(DATA_2024.glob("*.yaml"))), "--stage",
                         "申报", "-f", "xlsx", "--date", "2025-03-10", "--out", str(out))
    assert status == 0, output
    (book,) = [p for p in out.rglob("*.xlsx") if "汇总表" in p.name]
    names = load_workbook(book).sheetnames
    assert len(names) >= 2
    status, output = run("check", str(book))
    assert status == 0, output
    for name in names:
        assert f"✓ {book}「{name}」" in output, output
    # a reviewer's edit on one sheet goes into that project's file, picked by its name
    project = tmp_path / "p.yaml"
    shutil.copyfile(DATA_2024 / "职业培训基础能力建设资助.yaml", project)
    status, output = run("import", str(book), "--into", str(project), "--yes")
    assert status == 0, output
    assert f"有 {len(names)} 张表，按" in output and "读取工作表「职业培训基础能力建设资助」" in output
    assert "一致：没有需要改动的内容" in output
    status, output = run("import", str(book), "-o", str(tmp_path / "x.yaml"))
    assert status == 2 and "用 --sheet 工作表名 指定一张" in output, output
    status, output = run("import", str(book), "--sheet", names[0], "-o",
                         str(tmp_path / "x.yaml"))
    assert status == 0, output


def test_diff_reads_the_summary_workbook_sheet_of_the_project(tmp_path: Path) -> None:
    """tester7 D6: diff of a project file against the 汇总表 exited 2 with 「找到两张申报表」
    and a --sheet diff lacked; it picks the sheet as import --into does, takes --sheet, and a
    workbook of many sheets says how many and names them."""
    out = tmp_path / "pk"
    status, output = run("packet", *map(str, sorted(DATA_2024.glob("*.yaml"))), "--stage",
                         "申报", "-f", "xlsx", "--date", "2025-03-10", "--out", str(out))
    assert status == 0, output
    (book,) = [p for p in out.rglob("*.xlsx") if "汇总表" in p.name]
    names = load_workbook(book).sheetnames
    project = DATA_2024 / "职业培训基础能力建设资助.yaml"
    status, output = run("diff", str(project), str(book))
    assert status == 0, output
    assert "读取工作表「职业培训基础能力建设资助」" in output
    other = next(n for n in names if n != "职业培训基础能力建设资助")
    status, output = run("diff", str(project), str(book), "--sheet", other)
    assert status == 1 and "项目名称" in output, output
    status, output = run("diff", str(book), str(book))
    assert status == 2 and f"找到 {len(names)} 张申报表：「{names[0]}」" in output, output
    status, output = run("diff", str(project), str(book), "--sheet", "不存在")
    assert status == 2 and f"没有名为「不存在」的工作表（有「{names[0]}」" in output, output


def test_a_project_no_sheet_is_named_after_is_said_with_the_sheets(tmp_path: Path) -> None:
    """tester7 D6: diff (and import --into) of a project whose 项目名称 no sheet of the 汇总表
    bears said 「找到 N 张申报表」, naming four; it says that no sheet is named after the
    project and lists every sheet, as --sheet naming no sheet does. A name longer than an
    Excel sheet title (31 characters) is found by the title perfdocs gave its sheet."""
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted(DATA_2024.glob("*.yaml")):
        shutil.copyfile(path, folder / path.name)
    long_name = "职业培训基础能力建设资助（含公共实训基地、技能大师工作室及高技能人才培训基地）"
    assert len(long_name) > 31
    project = folder / "职业培训基础能力建设资助.yaml"
    project.write_text(project.read_text(encoding="utf-8").replace(
        "项目名称: 职业培训基础能力建设资助", f"项目名称: {long_name}", 1), encoding="utf-8")
    out = tmp_path / "pk"
    status, output = run("packet", *map(str, sorted(folder.glob("*.yaml"))), "--stage",
                         "申报", "-f", "xlsx", "--date", "2025-03-10", "--out", str(out))
    assert status == 0, output
    (book,) = [p for p in out.rglob("*.xlsx") if "汇总表" in p.name]
    names = load_workbook(book).sheetnames
    assert f"{long_name[:20]}…{long_name[-10:]}" in names  # its beginning and its end
    status, output = run("diff", str(project), str(book))
    assert status == 0, output
    assert f"读取工作表「{long_name[:20]}…{long_name[-10:]}」" in output
    every = "、".join(f"「{n}」" for n in names)
    stray = tmp_path / "stray.yaml"
    stray.write_text(project.read_text(encoding="utf-8").replace(long_name, "别的项目"),
                     encoding="utf-8")
    for command in (("diff", str(stray), str(book)), ("import", str(book), "--into", str(stray))):
        status, output = run(*command)
        assert status == 2, output
        assert (f"{book}: 错误: 没有以 {stray} 的项目名称「别的项目」命名的工作表（这个工作簿的 "
                f"{len(names)} 张表：{every}）：是这个项目的表请用 --sheet 工作表名 指定") in output
        assert "找到" not in output
    status, output = run("diff", str(stray), str(book), "--sheet", "不存在")
    assert status == 2 and f"没有名为「不存在」的工作表（有{every}）" in output, output
    from perfdocs.importer.workbooks import listed_titles

    twelve = [f"项目{i}" for i in range(12)]
    assert listed_titles(twelve) == "、".join(f"「{t}」" for t in twelve)
    assert listed_titles([f"项目{i}" for i in range(40)]).endswith("「项目29」等 40 张")


def test_another_units_sheet_of_the_same_name_is_refused(tmp_path: Path) -> None:
    """tester12 F5: two units each have a 「农业技术培训」; the other unit's returned form,
    merged into this unit's file by the name, moved the project and its money over as if a
    reviewer had edited them (rc 0). Now it is refused as a different name is (rc 1);
    --force merges it, the other 实施单位 written."""
    source = ROOT / "data" / "national-2020" / "社区居家养老服务补助.yaml"
    ours = tmp_path / "ours.yaml"
    shutil.copyfile(source, ours)
    theirs = tmp_path / "theirs.yaml"
    theirs.write_text(source.read_text(encoding="utf-8").replace(
        "实施单位: 某市养老服务指导中心", "实施单位: 某区养老服务中心"), encoding="utf-8")
    book = render(theirs, tmp_path)["申报表"]
    before = ours.read_bytes()
    status, output = run("import", str(book), "--into", str(ours), "--yes")
    assert status == 1, output
    assert ("错误 实施单位: 工作簿上的实施单位是「某区养老服务中心」，项目文件中是「某市养老服务指导中心」："
            "多半是另一个单位的同名项目的表格") in output, output
    assert ours.read_bytes() == before
    status, output = run("import", str(book), "--into", str(ours), "--yes", "--force")
    assert status == 0, output
    assert "实施单位: 某区养老服务中心" in ours.read_text(encoding="utf-8")


def test_two_long_names_alike_in_31_characters_pick_their_own_sheets(tmp_path: Path) -> None:
    """tester12 F6: two projects whose names share their first 31 characters got the sheets
    「<31 characters>」 and 「<29 characters>(2)」; import --into and diff of the second took
    the first's sheet (a bogus 项目名称 change, a refusal suggesting --force). Since tester14
    F8 a tab keeps the name's end (「…经费补助甲」); a workbook titled the earlier way, as
    one returned from last year's packet is, still gives each project its own sheet."""
    stem = "农业农村综合改革试点第一批项目与乡村振兴示范村建设及高标准农田配套设施运维经费补助"
    files = []
    for last in ("甲", "乙"):
        path = tmp_path / f"{last}.yaml"
        text = (DATA_2024 / "职业培训基础能力建设资助.yaml").read_text(encoding="utf-8")
        old = next(line for line in text.splitlines() if line.startswith("项目名称:"))
        path.write_text(text.replace(old, f"项目名称: {stem}{last}", 1), encoding="utf-8")
        files.append(path)
    out = tmp_path / "pk"
    status, output = run("packet", *map(str, files), "--stage", "申报", "-f", "xlsx",
                         "--date", "2025-03-10", "--out", str(out))
    assert status == 0, output
    (book,) = [p for p in out.rglob("*.xlsx") if "汇总表" in p.name]
    titles = load_workbook(book).sheetnames
    assert titles == [f"{stem[:20]}…{stem[-9:]}{last}" for last in ("甲", "乙")], titles
    earlier = tmp_path / "去年的汇总表.xlsx"
    workbook = load_workbook(book)
    workbook.worksheets[0].title = f"{stem}甲"[:31]
    workbook.worksheets[1].title = f"{stem}乙"[:28] + "(2)"
    workbook.save(earlier)
    for workbook_path in (book, earlier):
        for path in files:
            status, output = run("diff", str(path), str(workbook_path))
            assert status == 0 and "项目名称:" not in output, output
            status, output = run("import", str(workbook_path), "--into", str(path), "--yes")
            assert status == 0 and "一致：没有需要改动的内容" in output, output


def test_a_wan_figure_merged_into_a_yuan_file_is_said_to_be_inexact(tmp_path: Path) -> None:
    """tester12 F3: 46.83 万元 typed over 36.83 on a returned form went into a file in 元 as
    468,300.00 — not the 468,321.18 meant — without a word. Now a 注意 names the amount and
    asks for the 元 figure."""
    text = (DATA_2024.parent / "2021" / "高技能人才工作专项.yaml").read_text(encoding="utf-8")
    project = tmp_path / "p.yaml"
    project.write_text(text.replace("版式: shanghai-2021", "版式: shanghai-2024"),
                       encoding="utf-8")
    book = render(project, tmp_path)["自评表"]
    edit(book, [("F6", 118.07, None), ("F7", 118.07, None)])
    status, output = run("import", str(book), "--into", str(project), "--yes")
    assert status == 0, output
    assert ("注意：年度资金总额的全年执行数按工作簿上的 118.07 万元 换算为元：表上只印到万元的 2 位"
            "小数，换算出的元数不是精确数（原为 1,080,740），请在 p.yaml 中按实际元数核定") in output


NATIONAL_IN_YUAN = """年度: 2023
项目名称: 社区居家养老服务补助
主管部门: 某市民政局
实施单位: 某市养老服务指导中心
版式: national-2020
金额单位: 元

申报:
  项目性质: 延续项目
  项目类别: 专项业务费
  计划开始日期: 2023-01-01
  计划完成日期: 2023-12-31
  项目资金:
    项目资金总额: {合计: "9,600,000.00", 财政资金: "9,600,000.00", 其他资金: 0}
    年度资金申请总额: {合计: "3,000,040.00", 当年财政拨款: "2,000,040.00",
                      上年结转资金: "1,000,000.00", 其他资金: 0}
  项目总目标: 三年内在全市街道建成覆盖城乡的社区居家养老服务网络。
  年度总体目标: 全年为不少于 1200 名老年人提供居家养老服务。
  绩效指标:
    产出指标:
      数量指标:
        - {三级指标: 服务老年人数, 年度指标值: "≥1200人"}
    效益指标:
      社会效益指标:
        - {三级指标: 老年人生活质量改善情况, 年度指标值: 明显改善}
    满意度指标:
      服务对象满意度指标:
        - {三级指标: 服务对象满意度, 年度指标值: "≥90%"}
"""


def test_a_declared_sum_broken_by_the_wan_conversion_is_not_the_workbooks(
        tmp_path: Path) -> None:
    """tester12 F3b: a 申报表 printed in 万元 (national-2020) of a file in 元; the reviewer
    raises 上年结转资金 to 110.00 and the total to 310.00 — the form adds up (200.00 + 110.00
    + 0.00), the 元 file cannot (2,000,040 is kept, it still prints 200.00). The error said
    the workbook was wrong (「1 处出自工作簿」, at its cell G6); it now says the conversion
    did it, with both readings and the clerk's ways out."""
    project = tmp_path / "p.yaml"
    project.write_text(NATIONAL_IN_YUAN, encoding="utf-8")
    book = render(project, tmp_path)["申报表"]
    ws = load_workbook(book).active
    assert (ws["G6"].value, ws["G7"].value, ws["G8"].value) == (300, 200, 100)
    edit(book, [("G6", 310, None), ("G8", 110, None)])
    status, output = run("import", str(book), "--into", str(project), "--yes")
    assert status == 1, output
    assert "出自工作簿" not in output and "!G6（年度资金总额）: " not in output, output
    assert ("合计 3,100,040.00 元，与年度资金总额的 3,100,000.00 元不符（由金额换算所致，"
            "不是工作簿填错了") in output, output
    assert "工作簿上的年度资金总额相符（310.00 = 200.00 + 110.00 + 0.00 万元）" in output
    assert ("按元计，2,000,040.00 + 1,100,000.00 + 0.00 = 3,100,040.00 元，年度资金总额为 "
            "3,100,000.00 元") in output, output
    assert "按实际数核定 年度资金总额（第 15 行）、上年结转资金（第 15 行）" in output
    assert f"{ws.title}!G6、{ws.title}!G8" in output
    assert "在工作簿中把这几格按元填写" in output and "1 处是金额换算所致" in output

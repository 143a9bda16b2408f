"""``import --into`` of the fill-in workbook: what a clerk types there besides the figures.

The 修订 boxes of 基本信息 (tester9 N2), a 自评报告 paragraph cleared (N7) or written for the
first time (#2), a 自评报告 typed before the 自评 is (N9), and the head of an imported file
(R15). Each test drives the commands as README gives them: ``template --from``, a cell
typed with openpyxl, ``import``.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import openpyxl

from perfdocs.loading.project import load_project
from tests.conftest import DATA_2024, SMALL_PROJECT, invoke

REPORTED = SMALL_PROJECT + """\
  自评报告:
    项目概况: |
      本项目依据年度培训计划设立，由某某中心组织实施。
    实现情况:
      产出指标: 全年培训 120 人，超过年度指标值。
    自评结论: 项目总体完成年度绩效目标。
"""
"""The small project with three paragraphs of its 自评报告."""


def _made(tmp_path: Path, text: str = REPORTED) -> tuple[Path, Path]:
    """A project file and the workbook ``template --from`` makes of it."""
    project = tmp_path / "项目.yaml"
    project.write_text(text, encoding="utf-8")
    book = tmp_path / "填写表.xlsx"
    status, output = invoke("template", str(book), "--from", str(project))
    assert status == 0, output
    return project, book


def _type(book: Path, sheet: str, boxes: dict[str, object], saved: Path | None = None
          ) -> Path:
    """Type into the boxes of ``sheet`` by their labels (column A) or cell addresses."""
    wb = openpyxl.load_workbook(book)
    ws = wb[sheet]
    rows = {ws.cell(r, 1).value: r for r in range(1, ws.max_row + 1)}
    for box, value in boxes.items():
        cell = ws.cell(rows[box], 2) if box in rows else ws[box]
        cell.value = value
    target = saved or book
    wb.save(target)
    return target


def _revision(book: Path, number: int, day: str, reason: str, stage: str | None,
              saved: Path) -> Path:
    return _type(book, "基本信息", {"修订：版本": number,
                                    "修订：日期": datetime.datetime.fromisoformat(day),
                                    "修订：原因": reason, "修订：阶段": stage}, saved)


# --- N2: the 修订 boxes ---------------------------------------------------------------------

def test_the_revision_boxes_go_into_a_file_without_one(tmp_path: Path) -> None:
    """The clerk typed the 修订 of a returned form in the workbook: it was dropped without a
    word (tester9 N2). It is merged, under the header lines, and no other is suggested."""
    project, book = _made(tmp_path)
    _type(book, "自评指标", {"E7": "96%"})  # 学员满意度 95% → 96%
    returned = _revision(book, 2, "2026-12-10", "按评审意见更正满意度", "自评",
                         tmp_path / "退回.xlsx")
    status, output = invoke("import", str(returned), "--into", str(project), "--yes")
    assert status == 0, output
    assert "+修订: {版本: 2, 日期: 2026-12-10, 阶段: 自评, 原因: 按评审意见更正满意度}" in output
    assert "建议" not in output, output  # the clerk wrote the 修订: none suggested
    text = project.read_text(encoding="utf-8")
    assert "金额单位: 万元\n修订: {版本: 2, 日期: 2026-12-10, 阶段: 自评, " in text, text
    (revision,) = load_project(project).project.revisions or []
    assert (revision.number, revision.date, revision.stage, revision.reason) == (
        2, datetime.date(2026, 12, 10), "自评", "按评审意见更正满意度")
    # the workbook made of the file now holds that entry: no change, nothing said
    again = tmp_path / "again.xlsx"
    assert invoke("template", str(again), "--from", str(project))[0] == 0
    status, output = invoke("import", str(again), "--into", str(project), "--yes")
    assert status == 0 and "一致" in output and "修订" not in output, output


def test_a_newer_revision_follows_the_files_entries(tmp_path: Path) -> None:
    """A file corrected before (版本 2) gets the boxes' 版本 3 after its entry, as a list;
    the entry it had stays as written."""
    text = REPORTED.replace("金额单位: 万元\n", "金额单位: 万元\n"
                            "修订: {版本: 2, 日期: 2026-03-01, 阶段: 申报, 原因: 更正指标值}\n")
    project, book = _made(tmp_path, text)
    returned = _revision(book, 3, "2026-12-10", "再次退回", None, tmp_path / "退回.xlsx")
    status, output = invoke("import", str(returned), "--into", str(project), "--yes")
    assert status == 0, output
    assert ("修订:\n  - {版本: 2, 日期: 2026-03-01, 阶段: 申报, 原因: 更正指标值}\n"
            "  - {版本: 3, 日期: 2026-12-10, 原因: 再次退回}\n") in project.read_text(
                encoding="utf-8")
    assert "共 1 处改动（修订）" in output, output


def test_revision_boxes_not_merged_are_said_and_the_file_kept(tmp_path: Path) -> None:
    """The same version written otherwise, or an older one: the file's 修订 do not change
    (README), and a line says the boxes were not merged and why."""
    text = REPORTED.replace("金额单位: 万元\n", "金额单位: 万元\n"
                            "修订: {版本: 3, 日期: 2026-03-01, 原因: 更正指标值}\n")
    project, book = _made(tmp_path, text)
    before = project.read_bytes()
    same = _revision(book, 3, "2026-12-10", "另一种写法", None, tmp_path / "same.xlsx")
    status, output = invoke("import", str(same), "--into", str(project), "--yes")
    assert status == 0, output
    (line,) = [x for x in output.splitlines() if "未合并" in x]
    assert line.startswith("注意：填写表的修订（基本信息!B10，第 3 版）未合并：项目文件中已有第 3 版，"
                           "写法不同"), line
    assert "另一种写法" in line and "改为 4" in line, line
    older = _revision(book, 2, "2026-02-01", "首次退回", None, tmp_path / "older.xlsx")
    status, output = invoke("import", str(older), "--into", str(project), "--yes")
    assert status == 0, output
    (line,) = [x for x in output.splitlines() if "未合并" in x]
    assert "已有更新的第 3 版" in line, line
    assert project.read_bytes() == before


# --- N7 and #2: the 自评报告's paragraphs ----------------------------------------------------

def test_a_report_paragraph_cleared_in_the_workbook_leaves_the_file(tmp_path: Path) -> None:
    """tester9 N7: 项目概况 cleared in the workbook came back in the packet, without a word.
    It is deleted, named in the summary, and asked about unless --yes."""
    project, book = _made(tmp_path)
    before = project.read_bytes()
    _type(book, "自评报告", {"项目概况": None})
    status, output = invoke("import", str(book), "--into", str(project))
    assert status == 1 and "写入这些改动？" in output, output
    assert "删除 自评报告.项目概况（自评报告!B4 已清空）" in output, output
    assert project.read_bytes() == before  # not confirmed: not written
    status, output = invoke("import", str(book), "--into", str(project), "--yes")
    assert status == 0 and "删除 自评报告.项目概况" in output, output
    report = load_project(project).project.evaluation.report
    assert report is not None and report.overview is None
    assert report.conclusion == "项目总体完成年度绩效目标。"
    assert "建议" not in output, output  # the clerk's own prose: no 修订 suggested


def test_every_paragraph_cleared_leaves_no_report(tmp_path: Path) -> None:
    project, book = _made(tmp_path)
    _type(book, "自评报告", {"项目概况": None, "实现情况：产出指标": None, "自评结论": None})
    status, output = invoke("import", str(book), "--into", str(project), "--yes")
    assert status == 0, output
    assert "自评报告" not in project.read_text(encoding="utf-8")
    assert load_project(project).project.evaluation.report is None


def test_a_first_conclusion_beside_other_paragraphs_is_no_revision(tmp_path: Path) -> None:
    """tester9 #2: her own first 自评结论, typed where the file had other paragraphs, got
    「修订: {…原因: 按评审意见更正自评结论}」 suggested; a paragraph reworded still may."""
    project, book = _made(tmp_path, REPORTED.replace("    自评结论: 项目总体完成年度绩效目标。\n", ""))
    _type(book, "自评报告", {"自评结论": "项目总体完成较好。",
                         "实现情况：效益指标": "促进了就业。"})
    status, output = invoke("import", str(book), "--into", str(project), "--yes")
    assert status == 0 and "✓ 已把" in output, output
    assert "修订" not in output, output
    _type(book, "自评报告", {"项目概况": "本项目依据年度培训计划设立。"})
    status, output = invoke("import", str(book), "--into", str(project), "--yes")
    assert status == 0, output
    assert "原因: 按评审意见更正项目概况}" in output, output


# --- N9: a 自评报告 typed before the 自评 -----------------------------------------------------

def _declaration_only(tmp_path: Path) -> tuple[Path, Path]:
    text = (DATA_2024 / "技能评价业务经费.yaml").read_text(encoding="utf-8")
    return _made(tmp_path, text.split("\n自评:")[0].rstrip("\n") + "\n")


def test_a_report_typed_before_the_evaluation_is_set_aside(tmp_path: Path) -> None:
    """tester9 N9: a 申报-stage workbook with one 自评报告 paragraph typed was refused with
    「错误 自评.项目资金（自评.项目资金）: 缺少必填项」 ×3, naming no cell. The 申报 is
    imported; the paragraph waits in the workbook, said at its cell."""
    project, book = _declaration_only(tmp_path)
    _type(book, "自评报告", {"项目概况": "本项目依据年度培训计划设立。"})
    target = tmp_path / "new.yaml"
    status, output = invoke("import", str(book), "-o", str(target))
    assert status == 0, output
    (line,) = [x for x in output.splitlines() if "自评报告!" in x]
    assert "警告 自评报告!B4（项目概况）: 自评报告属于自评部分，而自评部分" in line, line
    assert "还没有填写" in line and "没有导入" in line, line
    assert "（自评." not in output, output
    written = target.read_text(encoding="utf-8")
    assert "自评" not in written.replace("自评报告", ""), written  # no 自评 part, no note on it
    loaded = load_project(target).project
    assert loaded.evaluation is None and loaded.declaration is not None
    status, output = invoke("import", str(book), "--into", str(project), "--yes")
    assert status == 0 and "还没有填写" in output, output


def test_a_started_evaluation_names_the_boxes_it_lacks(tmp_path: Path) -> None:
    """Once the 自评 is started (实际完成情况 typed), what it lacks is said at the boxes to
    fill — 自评!B5 for 项目资金, the first row of 自评指标 — never as a path given twice."""
    _, book = _declaration_only(tmp_path)
    _type(book, "自评", {"年度总体目标：实际完成情况": "完成了一部分。"})
    status, output = invoke("import", str(book), "-o", str(tmp_path / "new.yaml"))
    assert status == 1, output
    missing = [x for x in output.splitlines() if "缺少必填项" in x]
    assert any("错误 自评!B5（自评.项目资金）" in x for x in missing), output
    assert any("错误 自评指标!C4（自评.绩效指标）" in x for x in missing), output
    assert not re.search(r"(自评\.\S+)（\1）", output), output


# --- R15: the head of an imported file -------------------------------------------------------

def test_the_original_figures_note_stands_above_the_block_alone(tmp_path: Path) -> None:
    """tester9 R15: every imported 自评 began with 「# 自评.原表：原表印出的执行率…」, a
    block the file mostly does not have. The note goes above 原表, written only with it."""
    _, book = _made(tmp_path)
    target = tmp_path / "back.yaml"
    status, output = invoke("import", str(book), "-o", str(target))
    assert status == 0, output
    assert "原表" not in target.read_text(encoding="utf-8")
    _type(book, "自评", {"原表：执行率": "98.75"})
    status, output = invoke("import", str(book), "-o", str(target), "--force")
    assert status == 0, output
    text = target.read_text(encoding="utf-8")
    assert "  # 原表上印的计算结果，只用来核对（validate、check），不会印到生成的表上。\n  原表:\n" \
        in text, text
    assert text.count("原表") == 2, text  # the note and the key: nothing in the head


def test_the_weights_sum_is_said_at_the_weights_column(tmp_path: Path) -> None:
    """tester10 #7: 「错误 自评.绩效指标（分值）: 各三级指标分值合计 95…」 named no cell, the
    one import error a colleague could not find in the workbook."""
    _, book = _made(tmp_path, SMALL_PROJECT)
    _type(book, "自评指标", {"F4": "25"})  # 培训人数 30 → 25: the 分值 add up to 85
    status, output = invoke("import", str(book), "-o", str(tmp_path / "new.yaml"))
    assert status == 1, output
    (line,) = [x for x in output.splitlines() if "分值合计" in x]
    assert "错误 自评指标!F3（分值）: " in line, line


# --- tester11 F8: a date typed into a 填报信息 box ------------------------------------------

def test_a_date_box_of_the_filing_lines_reads_as_the_forms_write_dates(tmp_path: Path) -> None:
    """A 填报日期 typed as a date in WPS (shown 2026年3月10日) came back as 2026-03-10 and was
    printed so beside the run's 2026年12月3日 in one packet (tester11 F8). A date box of the
    填报信息 sheet is written as the forms write dates; a text is kept as typed."""
    _project, book = _made(tmp_path)
    wb = openpyxl.load_workbook(book)
    ws = wb["填报信息"]
    free = [r for r in range(4, 20) if ws.cell(r, 1).value is None]  # rows under the head
    for row, (label, value) in zip(free, (("填报日期", datetime.datetime(2026, 3, 10)),
                                          ("填报人", "2026-03-10 李四")), strict=False):
        ws.cell(row, 1).value = label
        ws.cell(row, 2).value = value  # the second, a text, stays as typed
    ws.cell(free[0], 2).number_format = 'yyyy"年"m"月"d"日"'
    wb.save(book)
    out = tmp_path / "读回.yaml"
    status, output = invoke("import", str(book), "-o", str(out))
    assert status == 0, output
    filing = load_project(out).project.filing
    assert filing.get("填报日期") == "2026年3月10日", filing
    assert filing.get("填报人") == "2026-03-10 李四", filing


def test_a_filing_row_emptied_in_the_workbook_leaves_the_file(tmp_path: Path) -> None:
    """tester13 F2: an entry of 填报信息 could not be undone from the fill-in workbook —
    emptying its row on the 填报信息 sheet left it in the file, without a word. The sheet
    lists every entry of the file, so an emptied row is one to drop, said as a change."""
    project = tmp_path / "p.yaml"
    project.write_text(SMALL_PROJECT.replace(
        "自评:\n", "填报信息:\n  填报人: 张三\n  联系电话: 0883-1234567\n自评:\n", 1),
        encoding="utf-8")
    book = tmp_path / "填写表.xlsx"
    assert invoke("template", str(book), "--from", str(project))[0] == 0
    wb = openpyxl.load_workbook(book)
    sheet = wb["填报信息"]
    (row,) = [r for r in sheet.iter_rows() if r[0].value == "填报人"]
    row[0].value = row[1].value = None
    wb.save(book)
    code, output = invoke("import", str(book), "--into", str(project), "--yes")
    assert code == 0, output
    assert "-  填报人: 张三" in output.splitlines()
    text = project.read_text(encoding="utf-8")
    assert "填报人" not in text and "填报信息:\n  联系电话: 0883-1234567\n" in text
    assert invoke("template", str(book), "--from", str(project), "--force")[0] == 0
    wb = openpyxl.load_workbook(book)
    (row,) = [r for r in wb["填报信息"].iter_rows() if r[0].value == "联系电话"]
    row[0].value = row[1].value = None
    wb.save(book)
    code, output = invoke("import", str(book), "--into", str(project), "--yes")
    assert code == 0, output
    assert "填报信息" not in project.read_text(encoding="utf-8")

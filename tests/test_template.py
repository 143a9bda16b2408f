"""perfdocs template: a fill-in workbook that import reads back as the project it came from."""

from __future__ import annotations

import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from perfdocs.fillin import MARK_SHEET
from perfdocs.fillin.reader import is_fillin, read_fillin
from perfdocs.loading.project import load_project
from perfdocs.loading.settings import Settings
from tests.conftest import ROOT, SMALL_PROJECT, invoke

BUNDLED = sorted((ROOT / "data").glob("*/*.yaml"))


def _round_trip(source: Path, tmp_path: Path) -> Path:
    book = tmp_path / "填写表.xlsx"
    code, output = invoke("template", str(book), "--from", str(source))
    assert code == 0, output
    back = tmp_path / "back.yaml"
    code, output = invoke("import", str(book), "-o", str(back))
    assert code == 0, output
    return back


@pytest.mark.parametrize("source", BUNDLED, ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_every_bundled_project_round_trips_exactly(source: Path, tmp_path: Path) -> None:
    back = _round_trip(source, tmp_path)
    original = load_project(source).project
    assert load_project(back).project == original
    assert not back.read_text(encoding="utf-8").startswith("# yaml-language-server")  # no init
    from perfdocs.engine.pipeline import prepare

    before, after = prepare(source, Settings()), prepare(back, Settings())
    assert (after.result is None) == (before.result is None)
    if before.result is not None:  # the same 总分 and 评分等级
        assert (after.result.total, after.result.grade) == (before.result.total,
                                                            before.result.grade)


@pytest.mark.parametrize("stage", ["", ", 阶段: 自评"])
def test_a_revision_round_trips_with_its_stage(tmp_path: Path, stage: str) -> None:
    """修订 with or without 阶段 goes into the workbook and comes back (a 阶段 had no box:
    ``template --from`` refused the file)."""
    source = tmp_path / "p.yaml"
    source.write_text(SMALL_PROJECT.replace(
        "金额单位: 万元\n", f"金额单位: 万元\n修订: {{版本: 2, 日期: 2025-03-01{stage}, 原因: 更正}}\n"),
        encoding="utf-8")
    back = _round_trip(source, tmp_path)
    revision = load_project(back).project.revisions
    assert revision == load_project(source).project.revisions
    assert revision is not None and [r.stage for r in revision] == ["自评" if stage else None]


def test_a_workbook_made_before_the_stage_box_still_reads(tmp_path: Path) -> None:
    """Workbooks handed out before 修订：阶段 was added lack its row: read as no 阶段."""
    source = tmp_path / "p.yaml"
    source.write_text(SMALL_PROJECT, encoding="utf-8")
    book = tmp_path / "旧表.xlsx"
    code, output = invoke("template", str(book), "--from", str(source))
    assert code == 0, output
    wb = openpyxl.load_workbook(book)
    sheet = wb["基本信息"]
    (row,) = [r for r in sheet.iter_rows() if r[0].value == "修订：阶段"]
    sheet.delete_rows(row[0].row)
    wb.save(book)
    back = tmp_path / "back.yaml"
    code, output = invoke("import", str(book), "-o", str(back))
    assert code == 0, output
    assert load_project(back).project == load_project(source).project


def test_workbook_layout_protection_and_no_formulas(tmp_path: Path) -> None:
    book = tmp_path / "t.xlsx"
    code, _ = invoke("template", str(book), "--from",
                     str(ROOT / "data" / "2024" / "技能评价业务经费.yaml"))
    assert code == 0
    wb = openpyxl.load_workbook(book)
    assert wb.sheetnames[:6] == ["基本信息", "填报信息", "申报", "申报指标", "自评", "自评指标"]
    assert wb[MARK_SHEET].sheet_state == "hidden"
    basic = wb["基本信息"]
    assert basic.protection.sheet
    labels = {basic.cell(r, 1).value: r for r in range(4, basic.max_row + 1)}
    row = labels["项目名称"]
    assert basic.cell(row, 2).value == "技能评价业务经费"
    assert basic.cell(row, 2).protection.locked is False
    assert basic.cell(row, 1).protection.locked is True
    assert "印在表头" in basic.cell(row, 3).value  # the schema's hint beside the box
    targets = wb["自评指标"]
    header = [c.value for c in targets[3]]
    assert header[:4] == ["一级指标", "二级指标", "三级指标", "年度指标值"]
    assert targets.cell(4, 4).value == "≥3.00(次)"
    for sheet in wb.worksheets:
        for cells in sheet.iter_rows():
            for cell in cells:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate}"
    with zipfile.ZipFile(book) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        assert not any(b"<f>" in archive.read(n) or b"<f " in archive.read(n) for n in sheets)


def _lists(book: Path) -> dict[str, list[str]]:
    lists = openpyxl.load_workbook(book)[MARK_SHEET]
    return {lists.cell(1, c).value: [lists.cell(r, c).value
                                     for r in range(2, lists.max_row + 1)
                                     if lists.cell(r, c).value]
            for c in range(3, lists.max_column + 1)}


def test_drop_downs_offer_layouts_units_and_the_names_in_use(tmp_path: Path) -> None:
    book = tmp_path / "t.xlsx"
    code, _ = invoke("template", str(book), "--from",
                     str(ROOT / "data" / "2020" / "职业培训基础能力建设资助.yaml"))
    assert code == 0
    columns = _lists(book)
    assert columns["金额单位"] == ["元", "万元"]
    assert {"shanghai-2020", "shanghai-2021", "shanghai-2024"} <= set(columns["版式"])
    assert {"投入与管理", "产出目标"} <= set(columns["申报一级"])
    assert "财务管理" in columns["申报二级"]
    assert "产出指标" in columns["自评一级"] and "数量指标" in columns["自评二级"]
    assert "成本指标" in columns["自评二级"]  # from the layout's categories, not the file
    wb = openpyxl.load_workbook(book)
    rules = {str(v.sqref).split(":")[0]: v.formula1
             for v in wb["自评指标"].data_validations.dataValidation}
    assert rules["A4"] == "'_perfdocs'!$H$2:$H$4"  # 自评一级: 产出、效益、满意度指标
    assert rules["B4"].startswith("'_perfdocs'!$I$2")  # 自评二级
    basic = [v.formula1 for v in wb["基本信息"].data_validations.dataValidation]
    assert len(basic) == 2  # 版式 and 金额单位


def test_blank_workbook_filled_by_a_colleague_imports(tmp_path: Path) -> None:
    book = tmp_path / "blank.xlsx"
    assert invoke("template", str(book))[0] == 0
    wb = openpyxl.load_workbook(book)
    basic = wb["基本信息"]
    rows = {basic.cell(r, 1).value: r for r in range(4, basic.max_row + 1)}
    for label, value in (("年度", 2025), ("项目名称", "测试项目"), ("主管部门", "某某局"),
                         ("实施单位", "某某中心"), ("金额单位", "万元")):
        basic.cell(rows[label], 2).value = value  # a number typed into the box stays a number
    ev = wb["自评"]
    rows = {ev.cell(r, 1).value: r for r in range(4, ev.max_row + 1)}
    for label, value in (("年度资金总额：年初预算数", 100), ("年度资金总额：全年预算数", 80.5),
                         ("年度资金总额：全年执行数", "79.00"),
                         ("年度总体目标：预期目标", "完成年度培训任务。"),
                         ("年度总体目标：实际完成情况", "完成了。")):
        ev.cell(rows[label], 2).value = value
    table = wb["自评指标"]
    lines = [("产出指标", "数量指标", "培训人数", "≥100(人)", "120(人)", 50, None),
             (None, None, "培训完成率", "=100(%)", "100(%)", 20, 20),
             ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "95%", 20, None)]
    for offset, line in enumerate(lines):
        for col, value in enumerate(line, start=1):
            if value is not None:
                table.cell(4 + offset, col).value = value
    table.cell(5, 4).data_type = "s"  # typed with Excel's leading apostrophe
    wb.save(book)
    target = tmp_path / "p.yaml"
    code, output = invoke("import", str(book), "-o", str(target))
    assert code == 0, output
    text = target.read_text(encoding="utf-8")
    assert "yaml-language-server" not in text  # written outside an initialised folder
    project = load_project(target).project
    assert project.year == 2025 and project.money_unit == "万元"
    rows_back = project.evaluation.funds.total
    assert (rows_back.initial, rows_back.budget) == (1_000_000, 805_000)  # 万元 → 元
    groups = project.evaluation.indicators
    assert [i.name for i in groups["产出指标"]["数量指标"]] == ["培训人数", "培训完成率"]
    assert groups["产出指标"]["数量指标"][1].target == "=100(%)"
    assert project.declaration is None


def test_bad_workbook_names_the_cell(tmp_path: Path) -> None:
    book = tmp_path / "t.xlsx"
    source = tmp_path / "p.yaml"
    source.write_text(SMALL_PROJECT, encoding="utf-8")
    assert invoke("template", str(book), "--from", str(source))[0] == 0
    wb = openpyxl.load_workbook(book)
    table = wb["自评指标"]
    table.cell(4, 6).value = "三十"  # 分值 of the first indicator
    wb.save(book)
    code, output = invoke("import", str(book), "-o", str(tmp_path / "out.yaml"))
    assert code != 0
    assert "自评指标!F4" in output and "错误" in output
    assert not (tmp_path / "out.yaml").exists()


def test_a_key_the_workbook_cannot_hold_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "p.yaml"
    source.write_text(SMALL_PROJECT + "备注: 这一项没有格子\n", encoding="utf-8")
    code, output = invoke("template", str(tmp_path / "t.xlsx"), "--from", str(source))
    assert code == 1
    assert "备注（没有对应的格子）" in output
    assert not (tmp_path / "t.xlsx").exists()


def test_same_input_same_bytes_and_no_overwrite(tmp_path: Path) -> None:
    source = ROOT / "data" / "2020" / "促进就业专项资金.yaml"
    a, b = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    assert invoke("template", str(a), "--from", str(source))[0] == 0
    assert invoke("template", str(b), "--from", str(source))[0] == 0
    assert a.read_bytes() == b.read_bytes()
    code, output = invoke("template", str(a))
    assert code == 1 and "文件已存在" in output


def test_ordinary_form_is_not_taken_for_a_fillin(tmp_path: Path) -> None:
    code, _ = invoke("render", str(ROOT / "data" / "2024" / "技能评价业务经费.yaml"),
                     "-f", "xlsx", "-o", str(tmp_path))
    assert code == 0
    forms = list(tmp_path.rglob("*.xlsx"))
    assert forms and not any(is_fillin(f) for f in forms)
    assert not is_fillin(tmp_path / "none.xlsx")


def test_reader_reports_a_renamed_sheet(tmp_path: Path) -> None:
    book = tmp_path / "t.xlsx"
    assert invoke("template", str(book))[0] == 0
    wb = openpyxl.load_workbook(book)
    wb["自评指标"].title = "指标"
    wb.save(book)
    from perfdocs.errors import InputError

    with pytest.raises(InputError) as caught:
        read_fillin(book, Settings())
    assert "缺少工作表「自评指标」" in caught.value.message


def test_the_printed_next_step_works_as_printed(tmp_path: Path) -> None:
    """The line after `template` names the import that reads the workbook back: into the
    project file it came from (`--into`, which keeps the file's comments) when made with
    --from, else a new file. Run exactly as printed, it succeeds."""
    import shlex

    source = tmp_path / "项目.yaml"
    source.write_text("# 本单位的备注\n" + SMALL_PROJECT, encoding="utf-8")
    book = tmp_path / "项目.xlsx"
    code, output = invoke("template", str(book), "--from", str(source))
    assert code == 0
    step = output.split("填好后运行：")[1].strip()
    assert step == f"perfdocs import {book} --into {source}"
    code, output = invoke(*shlex.split(step)[1:], "--yes")
    assert code == 0, output
    assert source.read_text(encoding="utf-8").startswith("# 本单位的备注\n")

    blank = tmp_path / "空白.xlsx"
    code, output = invoke("template", str(blank))
    assert code == 0
    assert output.split("填好后运行：")[1].strip() == \
        f"perfdocs import {blank} -o {blank.with_suffix('.yaml')}"


def test_a_pasted_percentage_imports_as_it_shows(tmp_path: Path) -> None:
    """A colleague pastes 97.5% into an 实际完成值 box: Excel stores 0.975 with a percent
    format. It imports as the box shows it (as on a returned form), not as 0.975."""
    import openpyxl

    source = ROOT / "data" / "2021" / "职业培训基础能力建设资助.yaml"
    typed, pasted = tmp_path / "typed.xlsx", tmp_path / "pasted.xlsx"
    assert invoke("template", str(typed), "--from", str(source))[0] == 0
    book = openpyxl.load_workbook(typed)
    sheet = book["自评指标"]
    changed = 0
    for (cell,) in sheet.iter_rows(min_row=4, min_col=5, max_col=5):
        text = str(cell.value or "")
        if text.endswith("%") and text[:-1].replace(".", "", 1).isdigit():
            places = len(text[:-1].partition(".")[2])
            cell.value = float(text[:-1]) / 100
            cell.number_format = "0" + ("." + "0" * places if places else "") + "%"
            changed += 1
    assert changed, "the example has percentages among its 实际完成值"
    book.save(pasted)
    outputs = []
    for workbook in (typed, pasted):
        target = workbook.with_suffix(".yaml")
        code, output = invoke("import", str(workbook), "-o", str(target))
        assert code == 0, output
        outputs.append(target.read_text(encoding="utf-8").replace(workbook.name, "工作簿"))
    assert outputs[0] == outputs[1]
    assert '"100%"' in outputs[1] and "0.975" not in outputs[1] and '"1"' not in outputs[1]


def test_check_reads_the_fill_in_workbook_and_names_its_cells(tmp_path: Path) -> None:
    """``check`` audits perfdocs' own fill-in workbook as ``import`` reads it (it said the
    sheet 「基本信息」 looked like a form without a 三级指标 header), pointing at its cells."""
    book = tmp_path / "t.xlsx"
    source = tmp_path / "p.yaml"
    source.write_text(SMALL_PROJECT, encoding="utf-8")
    assert invoke("template", str(book), "--from", str(source))[0] == 0
    code, output = invoke("check", str(book))
    assert code == 0 and f"✓ {book}：未发现问题" in output
    wb = openpyxl.load_workbook(book)
    table = wb["自评指标"]
    header = [c.value for c in table[3]]
    weight, score = header.index("分值") + 1, header.index("得分") + 1
    table.cell(4, score).value = float(table.cell(4, weight).value) + 1  # above its weight
    wb.save(book)
    code, output = invoke("check", str(book))
    letter = openpyxl.utils.get_column_letter(score)
    assert code == 1, output
    assert f"自评指标!{letter}4" in output and "高于分值" in output.replace(" ", ""), output


@pytest.mark.parametrize(("layout", "unit"), [("national-2020", "万元"), ("shanghai-2024", "元")])
def test_a_blank_workbook_presets_the_unit_its_forms_print(tmp_path: Path, layout: str,
                                                           unit: str) -> None:
    """tester8 F1: the 金额单位 box came blank, so 356.80 typed as the printed form shows
    it (项目资金（万元）) was read as 元 and printed 0.04 万元. The box holds the unit the
    layout's forms print, as ``perfdocs new`` writes it; amounts left as typed read in it."""
    from perfdocs.layouts.layout import load_layout, print_money_unit

    assert print_money_unit(load_layout(layout)) == unit  # the case is what it claims
    book = tmp_path / "blank.xlsx"
    assert invoke("template", str(book), "--layout", layout)[0] == 0
    wb = openpyxl.load_workbook(book)
    basic = wb["基本信息"]
    rows = {basic.cell(r, 1).value: r for r in range(4, basic.max_row + 1)}
    assert basic.cell(rows["金额单位"], 2).value == unit
    for label, value in (("年度", 2025), ("项目名称", "测试项目"), ("主管部门", "某某局"),
                         ("实施单位", "某某中心")):
        basic.cell(rows[label], 2).value = value
    ev = wb["自评"]
    rows = {ev.cell(r, 1).value: r for r in range(4, ev.max_row + 1)}
    for label in ("年度资金总额：年初预算数", "年度资金总额：全年预算数",
                  "年度资金总额：全年执行数"):
        ev.cell(rows[label], 2).value = "356.80"
    ev.cell(rows["年度总体目标：预期目标"], 2).value = "完成。"
    ev.cell(rows["年度总体目标：实际完成情况"], 2).value = "完成了。"
    table = wb["自评指标"]
    for col, value in enumerate(("产出指标", "数量指标", "培训人数", "≥100(人)", "120(人)", 90),
                                start=1):
        table.cell(4, col).value = value
    wb.save(book)
    target = tmp_path / "p.yaml"
    code, output = invoke("import", str(book), "-o", str(target))
    assert code == 0, output
    project = load_project(target).project
    assert project.money_unit == unit
    assert project.evaluation.funds.total.budget == Decimal("356.80") * (
        10_000 if unit == "万元" else 1)  # money in 元 inside


REPORTED = SMALL_PROJECT + """\
  自评报告:
    项目概况: 本项目依据年度培训计划设立，由某某中心组织实施。
    实现情况:
      产出指标: 全年培训 120 人，超过年度指标值。
      效益指标: 促进了就业。
    自评结论: 项目总体完成年度绩效目标。
"""


def test_the_evaluation_reports_paragraphs_round_trip(tmp_path: Path) -> None:
    """tester8 F3: the workbook had no box for 自评.自评报告, so a file holding it could not
    be made into a workbook, and a colleague in Excel could not write the report. Its
    paragraphs have a sheet, a 实现情况 box for each 一级指标."""
    source = tmp_path / "p.yaml"
    source.write_text(REPORTED, encoding="utf-8")
    book = tmp_path / "t.xlsx"
    code, output = invoke("template", str(book), "--from", str(source))
    assert code == 0, output
    sheet = openpyxl.load_workbook(book)["自评报告"]
    boxes = {sheet.cell(r, 1).value: sheet.cell(r, 2).value for r in range(4, sheet.max_row + 1)}
    assert boxes["项目概况"] == "本项目依据年度培训计划设立，由某某中心组织实施。"
    assert boxes["实现情况：效益指标"] == "促进了就业。"
    assert boxes["实现情况：满意度指标"] is None and boxes["资金使用情况"] is None  # offered
    back = _round_trip(source, tmp_path)
    report = load_project(back).project.evaluation.report
    assert report is not None
    assert report.achievements == {"产出指标": "全年培训 120 人，超过年度指标值。",
                                   "效益指标": "促进了就业。"}
    assert report.conclusion == "项目总体完成年度绩效目标。" and report.funds is None


def test_a_report_written_in_the_workbook_is_in_the_rendered_report(tmp_path: Path) -> None:
    source = tmp_path / "p.yaml"
    source.write_text(SMALL_PROJECT, encoding="utf-8")
    book = tmp_path / "t.xlsx"
    assert invoke("template", str(book), "--from", str(source))[0] == 0
    wb = openpyxl.load_workbook(book)
    sheet = wb["自评报告"]
    rows = {sheet.cell(r, 1).value: r for r in range(4, sheet.max_row + 1)}
    sheet.cell(rows["资金使用情况"], 2).value = "年初预算 100 万元，全年执行 79 万元，结余按规定收回。"
    sheet.cell(rows["实现情况：满意度指标"], 2).value = "学员满意度 95%，高于指标值。"
    wb.save(book)
    target = tmp_path / "back.yaml"
    code, output = invoke("import", str(book), "-o", str(target))
    assert code == 0, output
    code, output = invoke("validate", str(target), notes=True)
    (unwritten,) = [line for line in output.splitlines() if "以下段落未填写" in line]
    assert "项目概况" in unwritten and "资金使用情况" not in unwritten
    out = tmp_path / "out"
    code, output = invoke("report", str(target), "-o", str(out))
    assert code == 0, output
    reports = list(out.rglob("*自评报告*.docx"))
    assert len(reports) == 1, sorted(out.rglob("*"))
    with zipfile.ZipFile(reports[0]) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
    assert "结余按规定收回" in body and "学员满意度 95%，高于指标值。" in body


def test_a_workbook_made_before_the_report_sheet_still_reads(tmp_path: Path) -> None:
    source = tmp_path / "p.yaml"
    source.write_text(SMALL_PROJECT, encoding="utf-8")
    book = tmp_path / "t.xlsx"
    assert invoke("template", str(book), "--from", str(source))[0] == 0
    wb = openpyxl.load_workbook(book)
    del wb["自评报告"]
    wb.save(book)
    target = tmp_path / "back.yaml"
    code, output = invoke("import", str(book), "-o", str(target))
    assert code == 0, output
    assert load_project(target).project.evaluation.report is None


def test_the_report_sheet_offers_the_layouts_and_the_files_levels() -> None:
    from perfdocs.fillin.spec import REPORT, report_sheet

    assert report_sheet({}) is REPORT
    data = {"自评": {"自评报告": {"实现情况": {"成本指标": "低于预算。"}}}}
    labels = [f.label for f in report_sheet(data, ("产出指标", "效益指标")).fields]
    assert labels[:6] == ["项目概况", "资金使用情况", "绩效目标", "实现情况：产出指标",
                          "实现情况：效益指标", "实现情况：成本指标"]
    assert labels[6:] == ["偏差原因及改进措施", "自评结论", "其他需要说明的问题"]


HUBEI = ROOT / "data" / "hubei-2020" / "农村饮水安全工程维修养护.yaml"


def test_a_layout_without_a_declaration_form_offers_no_declaration_boxes(
        tmp_path: Path) -> None:
    """hubei-2020 prints only a 自评表: its workbook offered every 申报 box (项目概况, 年度资金
    申请总额…), which would print on no form. It offers the 自评 sheets alone, blank or made
    from the example, and reads back."""
    blank = tmp_path / "空白.xlsx"
    code, output = invoke("template", str(blank), "--layout", "hubei-2020")
    assert code == 0, output
    sheets = openpyxl.load_workbook(blank).sheetnames
    assert "申报" not in sheets and "申报指标" not in sheets
    assert {"自评", "自评指标", "自评报告"} <= set(sheets), sheets
    assert load_project(_round_trip(HUBEI, tmp_path)).project == load_project(HUBEI).project
    book = tmp_path / "填写表.xlsx"  # the one _round_trip made and read back
    assert "申报" not in openpyxl.load_workbook(book).sheetnames
    code, output = invoke("check", str(book))
    assert code == 0, output
    # a layout that prints both parts keeps both
    both = tmp_path / "全国.xlsx"
    assert invoke("template", str(both), "--layout", "national-2020")[0] == 0
    assert {"申报", "申报指标", "自评"} <= set(openpyxl.load_workbook(both).sheetnames)


def test_a_declaration_for_a_layout_that_cannot_print_it_is_refused(tmp_path: Path) -> None:
    """A file with a 申报 part, made in hubei-2020 (its 版式, or --layout): refused as the
    packet and the 汇总表 refuse it, nothing written."""
    source = ROOT / "data" / "national-2020" / "社区居家养老服务补助.yaml"
    book = tmp_path / "填写表.xlsx"
    code, output = invoke("template", str(book), "--from", str(source), "--layout", "hubei-2020")
    assert code == 1, output
    assert ("错误 版式: 版式「hubei-2020」没有「申报」部分的表（它只有自评表），这个项目的申报部分"
            "印不出来") in output and "--layout 给出的版式" in output, output
    assert not book.exists()
    moved = tmp_path / "p.yaml"
    moved.write_text(source.read_text(encoding="utf-8").replace("national-2020", "hubei-2020"),
                     encoding="utf-8")
    code, output = invoke("template", str(book), "--from", str(moved))
    assert code == 1 and f"{moved}:7: 错误 版式: 版式「hubei-2020」没有「申报」部分的表" in output, output
    assert "请把项目文件的「版式」换成有这张表的版式" in output and not book.exists()

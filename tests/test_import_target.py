"""perfdocs import of the 2020 绩效目标表 (layout shanghai-2020, builder ``target``), alone and
with its 自评表, perfdocs' own and typed by hand; and no workbook or sheet dropped silently.

The round trips of every bundled example (the 绩效目标表 included) are in test_import.py.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import Workbook, load_workbook

from perfdocs.cli import main
from perfdocs.errors import InputError, ValidationFailed
from perfdocs.forms.target.reader import DEPARTMENT_UNKNOWN
from perfdocs.importer.workbooks import import_workbooks
from perfdocs.loading.project import load_project
from perfdocs.loading.settings import load_settings
from tests.conftest import DATA_2024, ROOT, as_printed
from tests.test_import import _render, handmade

DATA_2020 = ROOT / "data" / "2020"
ALONE = DATA_2020 / "促进就业专项业务费.yaml"
"""Seed 004's fifth form: a 绩效目标表 with no 自评表."""
BOTH = DATA_2020 / "促进就业专项资金.yaml"
"""A 绩效目标表 and its 自评表 (one indicator renamed: 申报名称)."""


def _rendered(example: Path, out: Path) -> dict[str, Path]:
    """Each form's workbook by its kind (绩效目标表, 自评表)."""
    out.mkdir(exist_ok=True)
    return {p.stem.rsplit("-", 1)[1]: p for p in _render(example, out)}


def test_cli_renders_and_imports_a_lone_target_form(tmp_path: Path) -> None:
    """The acceptance tester's run: `perfdocs render` the 2020 example, `perfdocs import`
    its 绩效目标表 alone; the file holds the 申报 part with the 2020 fields and loads."""
    runner = CliRunner()
    out = tmp_path / "out"
    result = runner.invoke(main, ["render", str(ALONE), "--out", str(out), "-f", "xlsx"])
    assert result.exit_code == 0, result.output
    (book,) = out.rglob("*-绩效目标表.xlsx")
    written = tmp_path / "x.yaml"
    result = runner.invoke(main, ["import", str(book), "-o", str(written)])
    assert result.exit_code == 0, result.output
    original = load_project(ALONE).project
    again = load_project(written).project
    assert again.declaration == original.declaration
    assert (again.year, again.name, again.unit, again.layout) == \
        (original.year, original.name, original.unit, "shanghai-2020")
    decl = again.declaration
    assert decl.applicant == "上海市就业促进中心" and decl.performance_type == "其他类"
    assert decl.necessity.count("\n") == 1  # two paragraphs, two rows of the form
    assert decl.funds.annual.total == Decimal("6424663")
    assert list(decl.indicators) == ["投入与管理", "产出目标", "效果目标", "影响力目标"]
    text = written.read_text(encoding="utf-8")
    assert f"主管部门: {DEPARTMENT_UNKNOWN}" in text
    assert "# 注意：" in text and "不印主管部门" in text
    assert "项目概况: |\n    主要内容是" in text
    # The placeholder loads, but validate refuses it until the preparer fills it in.
    result = runner.invoke(main, ["validate", str(written)])
    assert result.exit_code == 1
    line = text.split("\n").index(f"主管部门: {DEPARTMENT_UNKNOWN}") + 1
    assert f"{written}:{line}: 错误 主管部门: 「{DEPARTMENT_UNKNOWN}」是 perfdocs import 留下的" \
        "待填项：请填写主管部门" in result.output


@pytest.mark.parametrize("example", sorted(DATA_2020.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_target_form_alone_gives_the_declaration_back(example: Path,
                                                           tmp_path: Path) -> None:
    """The 绩效目标表 of every 2020 example, imported without its 自评表: the whole 申报
    part, 年度, 项目名称, 实施单位 (its 申报单位名称) and the layout come back."""
    original = load_project(as_printed(example, tmp_path)).project
    imported = import_workbooks([_rendered(example, tmp_path)["绩效目标表"]],
                                load_settings(None))
    again = imported.loaded().project
    assert again.declaration == original.declaration
    assert (again.year, again.name, again.unit, again.layout, again.money_unit) == \
        (original.year, original.name, original.unit, original.layout, original.money_unit)
    assert again.department == DEPARTMENT_UNKNOWN and again.evaluation is None


def test_target_form_and_selfeval_import_together(tmp_path: Path) -> None:
    """Given with its 自评表, the 绩效目标表 is read too (it used to be dropped silently):
    主管部门 and 实施单位 come from the 自评表, 申报名称 from the two forms' wording."""
    books = _rendered(BOTH, tmp_path)
    result = CliRunner().invoke(main, ["import", str(books["绩效目标表"]), str(books["自评表"]),
                                       "-o", str(tmp_path / "p.yaml")])
    assert result.exit_code == 0, result.output
    again = load_project(tmp_path / "p.yaml").project
    original = load_project(as_printed(BOTH, tmp_path)).project
    assert again.declaration == original.declaration
    assert again.department == original.department
    renamed = [i.declared_name for *_, i in again.evaluation.flat() if i.declared_name]
    # 应补尽补率(%) / 应补尽补率（%）: the same name printed with half- and full-width
    # brackets matches without a 申报名称 (names compare NFKC-folded)
    assert renamed == []
    # in either order, and with both forms as sheets of one workbook
    swapped = import_workbooks([books["自评表"], books["绩效目标表"]], load_settings(None))
    assert swapped.loaded().project.declaration == original.declaration
    one = tmp_path / "one.xlsx"
    _merge_books([books["绩效目标表"], books["自评表"]], one)
    assert import_workbooks([one], load_settings(None)).tree == swapped.tree


def _merge_books(books: list[Path], target: Path) -> None:
    """Copy the (single) sheet of each workbook into one workbook: values, formats, merges.

    (The number format is part of the value: a rate is 0.9542 shown as 95.42%.)"""
    wb = Workbook()
    wb.remove(wb.active)
    for book in books:
        source = load_workbook(book).active
        sheet = wb.create_sheet(source.title)
        for row in source.iter_rows():
            for cell in row:
                if cell.__class__.__name__ != "MergedCell" and cell.value is not None:
                    copy = sheet.cell(row=cell.row, column=cell.column, value=cell.value)
                    copy.number_format = cell.number_format
        for merged in source.merged_cells.ranges:
            sheet.merge_cells(str(merged))
    wb.save(target)


def test_unrecognised_workbook_is_an_error_naming_file_and_sheets(tmp_path: Path) -> None:
    books = _rendered(BOTH, tmp_path)
    notes = tmp_path / "notes.xlsx"
    wb = Workbook()
    wb.active.title = "说明"
    wb.active["A1"] = "请于三月底前报送"
    wb.save(notes)
    with pytest.raises(InputError) as caught:
        import_workbooks([books["绩效目标表"], books["自评表"], notes], load_settings(None))
    assert caught.value.file == str(notes)
    assert "「说明」" in str(caught.value)
    result = CliRunner().invoke(main, ["import", str(books["自评表"]), str(notes)])
    assert result.exit_code == 2
    assert "notes.xlsx" in result.output and "「说明」" in result.output


def test_other_sheet_beside_a_form_is_skipped_with_a_warning(tmp_path: Path) -> None:
    """A 填表说明 sheet is no form: skipped, but said so (also in the YAML's head). A blank
    sheet (Excel's Sheet2) holds nothing to lose and passes in silence."""
    book = _rendered(ALONE, tmp_path)["绩效目标表"]
    wb = load_workbook(book)
    wb.create_sheet("填表说明")["B2"] = "金额以元为单位"
    wb.create_sheet("Sheet2")
    wb.save(book)
    imported = import_workbooks([book], load_settings(None))
    skipped = [d for d in imported.warnings if "填表说明" in (d.field or "")]
    assert len(skipped) == 1 and skipped[0].file == str(book)
    assert "没有导入" in skipped[0].message
    assert not [d for d in imported.warnings if "Sheet2" in (d.field or "")]
    assert "# 注意：工作表「填表说明」：不是绩效表，没有导入" in imported.yaml()
    assert imported.loaded().project.declaration is not None


def test_form_like_sheet_that_cannot_be_placed_is_an_error(tmp_path: Path) -> None:
    """A sheet with 项目名称 but no indicator table heading might be a form typed
    differently: the import refuses rather than drop it."""
    book = handmade(tmp_path / "hand.xlsx")
    wb = load_workbook(book)
    other = wb.create_sheet("旧表")
    other["A1"], other["B1"] = "项目名称", "测试培训项目"
    wb.save(book)
    with pytest.raises(InputError, match="「旧表」像是绩效表"):
        import_workbooks([book], load_settings(None))


def test_two_declarations_are_refused(tmp_path: Path) -> None:
    target = _rendered(ALONE, tmp_path / "a")["绩效目标表"]
    declaration = _rendered(DATA_2024 / "技能评价业务经费.yaml", tmp_path / "b")["申报表"]
    with pytest.raises(InputError, match="绩效目标表和申报表"):
        import_workbooks([target, declaration], load_settings(None))


def handmade_target(path: Path, *, first_col: int = 2, year_budget: object = "64.2466万元",
                    same_name: tuple[object, object] = ("5,800,000", 5612345.5)) -> Path:
    """A 绩效目标表 typed by hand: shifted columns, labels spaced and without colons, the
    project's texts BESIDE their labels (a paragraph per line of one cell, or spilling onto
    the rows below), amounts in 万元 as text and numbers, 一级目标 written once per group
    with no merges, and no "2020年绩效目标" line above the table."""
    wb = Workbook()
    ws = wb.active
    ws.title = "目标表"
    c = first_col

    def put(row: int, col: int, value: object) -> None:
        ws.cell(row=row, column=col, value=value)

    put(1, c, "财政项目支出绩效目标表")
    put(2, c, "(2020年度)")
    rows: list[tuple[object, ...]] = [
        ("申 报 单 位 名 称", "某某中心"),
        ("项目名称", "测试目标项目"),
        ("项目类别", "经常性专项业务费"),
        ("计划开始日期", "2020-01-01", "计划完成日期", "2020-12-31"),
        ("是否含有政府购买服务", "否", "绩效类型", None),
    ]
    for r, values in enumerate(rows, start=3):
        for offset, value in enumerate(values):
            put(r, c + offset, value)
    ws.merge_cells(start_row=4, start_column=c + 1, end_row=4, end_column=c + 3)
    put(8, c, "项 目 概 况")
    put(8, c + 1, "第一段概况。\n第二段概况。")
    ws.merge_cells(start_row=8, start_column=c + 1, end_row=8, end_column=c + 3)
    put(9, c, "立项依据：")
    put(9, c + 1, "《某某办法》。")
    put(10, c + 1, "《另一办法》。")  # the section runs on below its label
    put(11, c, "项目实施计划")
    put(11, c + 1, "全年实施。")
    put(12, c, "总目标及阶段性目标")
    put(12, c + 1, "完成年度任务。")
    put(13, c, "本项目上年度市级财政资金使用情况")
    put(14, c, "项目总预算（万元）")
    put(14, c + 1, 64.2466)
    put(14, c + 2, "项目当年预算（万元）")
    put(14, c + 3, year_budget)
    put(15, c, "同名项目上年预算额（元）")
    put(15, c + 1, same_name[0])
    put(15, c + 2, "同名项目上年预算执行数（元）")
    put(15, c + 3, same_name[1])
    for offset, label in enumerate(("一级目标", "二级目标", "三 级 目 标", "指标目标值")):
        put(16, c + offset, label)
    table = [("产出目标", "数量", "培训人次", "≥1000人次"),
             ("产出目标", "质量", "合格率", "≥90%"),
             ("效果目标", "社会效益", "就业率", "≥80%")]
    last = ("", "")
    for r, (l1, l2, name, target) in enumerate(table, start=17):
        put(r, c, l1 if l1 != last[0] else None)
        put(r, c + 1, l2 if (l1, l2) != last else None)
        put(r, c + 2, name)
        put(r, c + 3, target)
        last = (l1, l2)
    wb.save(path)
    return path


def test_handmade_target_form_reads_by_labels(tmp_path: Path) -> None:
    imported = import_workbooks([handmade_target(tmp_path / "t.xlsx")], load_settings(None))
    project = imported.loaded().project
    assert (project.year, project.name, project.unit) == (2020, "测试目标项目", "某某中心")
    assert project.layout == "shanghai-2020" and project.money_unit == "万元"
    decl = project.declaration
    assert (decl.category, decl.start.isoformat(), decl.end.isoformat()) == \
        ("经常性专项业务费", "2020-01-01", "2020-12-31")
    assert decl.government_purchase == "否" and decl.performance_type is None
    assert decl.overview == "第一段概况。\n第二段概况。"
    assert decl.basis == "《某某办法》。\n《另一办法》。"
    assert decl.necessity is None and decl.plan == "全年实施。"
    assert decl.annual_goal == "完成年度任务。"
    assert decl.funds.project.total == decl.funds.annual.total == Decimal("642466")
    assert decl.previous_funds.last_year_budget == Decimal("5800000")  # "元" kept as a suffix
    assert decl.previous_funds.last_year_executed == Decimal("5612345.5")
    assert [(l1, l2, i.name, i.target) for l1, l2, _, i in decl.flat()] == [
        ("产出目标", "数量", "培训人次", "≥1000人次"), ("产出目标", "质量", "合格率", "≥90%"),
        ("效果目标", "社会效益", "就业率", "≥80%")]
    assert imported.cells[("申报", "项目资金", "年度资金申请总额", "合计")] == "目标表!E14"
    assert imported.cells[("申报", "绩效指标", "效果目标", "社会效益", 0, "三级指标")] == \
        "目标表!D19"
    text = imported.yaml()
    assert '同名项目上年预算额: "5,800,000元"' in text


def test_handmade_target_form_shifted_further_reads_the_same(tmp_path: Path) -> None:
    a = import_workbooks([handmade_target(tmp_path / "a.xlsx", first_col=1)],
                         load_settings(None))
    b = import_workbooks([handmade_target(tmp_path / "b.xlsx", first_col=6)],
                         load_settings(None))
    assert a.loaded().project == b.loaded().project


def test_unreadable_target_amount_is_reported_with_its_cell(tmp_path: Path) -> None:
    book = handmade_target(tmp_path / "t.xlsx", year_budget="六十万")
    with pytest.raises(ValidationFailed) as caught:
        import_workbooks([book], load_settings(None))
    assert ("目标表!E14", "「六十万」不是金额") in {
        (d.field, d.message) for d in caught.value.diagnostics}


def test_blank_year_budget_is_reported_with_its_cell(tmp_path: Path) -> None:
    """项目当年预算 is the declaration's 年度资金申请总额, which a project must have."""
    imported = import_workbooks([handmade_target(tmp_path / "t.xlsx", year_budget=None)],
                                load_settings(None))
    with pytest.raises(ValidationFailed) as caught:
        imported.loaded()
    assert any(d.field == "目标表!E14" for d in caught.value.diagnostics)


@pytest.mark.parametrize(("typed", "read"), [("642.4663万元", "6424663"),
                                             ("0.06424663亿元", "6424663"),
                                             ("6,424,663元", "6424663")])
def test_a_target_form_amount_typed_with_its_unit_reads_in_the_labels_unit(
        tmp_path: Path, typed: str, read: str) -> None:
    """The 绩效目标表's amounts each carry their label's unit (「项目当年预算（元）」): a figure
    typed with another unit is read in the label's, not as the bare figure."""
    book = _rendered(ALONE, tmp_path)["绩效目标表"]
    wb = load_workbook(book)
    ws = wb.active
    cell = next(c for row in ws.iter_rows() for c in row
                if isinstance(c.value, (int, float)) and c.value == 6424663)
    cell.value = typed
    wb.save(book)
    imported = import_workbooks([book], load_settings(None))
    from perfdocs.model.numbers import parse_amount

    total = imported.tree["申报"]["项目资金"]["项目资金总额"]["合计"]  # 项目总预算
    assert parse_amount(str(total), imported.unit) == Decimal(read), total
    cell.value = "642.4663万"
    wb.save(book)
    with pytest.raises(ValidationFailed) as raised:
        import_workbooks([book], load_settings(None))
    text = "\n".join(d.format() for d in raised.value.all_diagnostics())
    assert f"{ws.title}!{cell.coordinate}（项目总预算（元））" in text, text
    assert "单位「万」读不出（本栏金额单位为元）" in text, text

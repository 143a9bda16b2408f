"""Tick-box rows, weights in the 一级 name and note rows under the 总分 — layout keys
(``choice_rows``, ``display.level1_name``, ``note_rows``) printed as plain cell text in every
format and read back by import; the bundled hubei-2020 uses all three (its public form
prints 项目类别 部门预算项目☑ 省直专项□ …, 效益指标（分） and 偏差原因 in a row of its own)."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from perfdocs.engine.pipeline import forms_of, prepare, render_format
from perfdocs.forms.choices import level1_name, read_choices
from perfdocs.layouts.layout import ChoiceRow
from perfdocs.loading.settings import Settings
from perfdocs.render.pdf.fonts import find_cjk_font
from tests.conftest import (
    ROOT,
    SMALL_PROJECT,
    findings_after_edit,
    line_holding,
    only_layout_fault,
    printed_text,
)

HUBEI = ROOT / "data" / "hubei-2020" / "农村饮水安全工程维修养护.yaml"

VARIANT = '''extends = "national-2020"
name = "ticks-2020"

[forms."自评表".display]
level1_name = "{name}（{weight}分）"

[[forms."自评表".choice_rows]]
label = "项目类别"
options = ["新增项目", "延续项目"]

[[forms."自评表".choice_rows]]
label = "资金来源"
field = "来源"
options = ["一般公共预算", "政府性基金", "国有资本经营预算"]
multiple = true

[[forms."自评表".note_rows]]
label = "其他说明"
'''
"""A variant written with keys only: national-2020's 自评表 plus two tick-box rows (one of
them allowing several ticks), weighed 一级 names and a note row."""

VARIANT_PROJECT = SMALL_PROJECT.replace(
    "金额单位: 万元", "金额单位: 万元\n勾选:\n  项目类别: 延续项目\n  来源: [一般公共预算, 国有资本经营预算]") \
    .replace("      服务对象满意度指标:", "      服务对象满意度指标:", 1) \
    + "  说明栏:\n    其他说明: 本年度无调整。\n"


def _cells(form: Any, block: int) -> list[list[str]]:
    return [[c.text for c in row] for row in form.blocks[block].rows()]


def _built(path: Path) -> Any:
    forms, _ = forms_of(prepare(path, Settings()), ("自评表",))
    return forms[0]


@pytest.fixture
def variant(tmp_path: Path) -> Path:
    folder = tmp_path / "layouts" / "ticks-2020"
    folder.mkdir(parents=True)
    (folder / "layout.toml").write_text(VARIANT, encoding="utf-8")
    project = tmp_path / "p.yaml"
    project.write_text(VARIANT_PROJECT.replace("金额单位: 万元", f"金额单位: 万元\n版式: {folder}"),
                       encoding="utf-8")
    return project


# -- the bundled Hubei form --------------------------------------------------------------


def test_hubei_tick_rows_and_weighed_groups() -> None:
    """Ticks from the example's 勾选, options from the layout (mark after, as the public form);
    一级 weights by hand: 产出 15 + 10 + 5 + 10 = 40, 效益 20 + 10 = 30, 满意度 10."""
    form = _built(HUBEI)
    top = _cells(form, 0)
    assert top[2] == ["项目类别", "部门预算项目■\u3000省直专项□\u3000省对下转移支付项目□"]
    assert top[3] == ["项目属性", "持续性项目■\u3000新增性项目□"]
    assert top[4] == ["项目类型", "常年性项目■\u3000延续性项目□\u3000一次性项目□"]
    names = [c.text.replace("\n", "") for c in form.blocks[1].cells if c.col == 1 and c.row > 0
             and c.text]
    assert names == ["产出指标（40分）", "效益指标（30分）", "满意度指标（10分）"]


def test_hubei_reasons_in_rows_under_the_total() -> None:
    """No reason column; the indicators' reasons gathered into one row (name：reason), the
    改进措施 row from 说明栏."""
    form = _built(HUBEI)
    table = _cells(form, 1)
    assert "偏差原因分析及改进措施" not in table[0]
    assert table[-2] == ["偏差大或目标未完成原因分析",
                         "受益人口：两处工程水源调整，受益人口次年并入新水厂统计；已纳入次年计划。\n"
                         "工程长效运行管护机制：村级管护员已配齐，管护经费分担办法尚待县政府审定。"]
    assert table[-1][0] == "改进措施及结果应用方案"
    assert table[-1][1].startswith("次年将两处新水厂受益人口纳入统计")


def test_hubei_xlsx_cells_and_merges(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    data = render_format("xlsx", [_built(HUBEI)], Settings(), find_cjk_font(()), "t")
    sheet = load_workbook(io.BytesIO(data)).active
    where = {sheet.cell(r, 1).value: r for r in range(1, sheet.max_row + 1)}
    merged = {str(m) for m in sheet.merged_cells.ranges}
    r = where["项目类别"]
    assert sheet.cell(r, 2).value == "部门预算项目■\u3000省直专项□\u3000省对下转移支付项目□"
    assert f"B{r}:I{r}" in merged and where["项目属性"] == r + 1 and where["项目类型"] == r + 2
    n = where["偏差大或目标未完成原因分析"]
    assert f"A{n}:B{n}" in merged and f"C{n}:I{n}" in merged
    assert sheet.cell(n, 3).value.startswith("受益人口：两处工程水源调整")
    assert where["改进措施及结果应用方案"] == n + 1 and where["总分"] == n - 1
    assert str(sheet.cell(n - 1, 9).value) == "94.72"
    group = next(c for row in sheet.iter_rows() for c in row if c.value and
                 str(c.value).replace("\n", "") == "产出指标（40分）")
    assert any(str(m).startswith(f"B{group.row}:B") for m in merged)



@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_hubei_pdf_and_docx_text(tmp_path: Path, kind: str) -> None:
    font = find_cjk_font(())
    if font.fallback:
        pytest.skip("no TrueType CJK font")
    text = printed_text(render_format(kind, [_built(HUBEI)], Settings(), font, "t"), tmp_path, kind)
    for piece in ("项目类别部门预算项目■省直专项□省对下转移支付项目□", "项目属性持续性项目■新增性项目□",
                  "常年性项目■延续性项目□一次性项目□", "（40分）", "（30分）", "（10分）",
                  "偏差大或目标未完成原因", "受益人口：两处工程水源调整", "改进措施及结果应用方案"):
        assert piece in text, piece
    assert text.index("项目实施单位") < text.index("项目类别") < text.index("预算数（A）")
    assert text.index("94.72") < text.index("改进措施及结果应用方案")


def test_hubei_html() -> None:
    from perfdocs.render.html.writer import render_html

    page = render_html([_built(HUBEI)])
    assert "部门预算项目■" in page and "偏差大或目标未完成原因分析" in page
    assert page.index("项目类别") < page.index("预算数（A）")


def test_hubei_import_round_trip(tmp_path: Path) -> None:
    """The rendered form read back: the ticks, the 一级 names without their weights, each
    reason back on its indicator, the 说明栏 text; the re-imported project scores the same."""
    from perfdocs.importer.workbooks import import_workbooks
    from perfdocs.loading.yamlfile import emit

    book = tmp_path / "hubei.xlsx"
    book.write_bytes(render_format("xlsx", [_built(HUBEI)], Settings(), find_cjk_font(()), "t"))
    imported = import_workbooks([book], Settings())
    tree = imported.tree
    assert tree["勾选"] == {"项目类别": "部门预算项目", "项目属性": "持续性项目",
                          "项目类型": "常年性项目"}
    evaluation = tree["自评"]
    assert list(evaluation["绩效指标"]) == ["产出指标", "效益指标", "满意度指标"]
    social = evaluation["绩效指标"]["效益指标"]["社会效益指标"][0]
    assert social["偏差原因分析及改进措施"] == "两处工程水源调整，受益人口次年并入新水厂统计；已纳入次年计划。"
    assert "偏差原因分析及改进措施" not in evaluation["绩效指标"]["产出指标"]["数量指标"][0]
    assert evaluation["说明栏"] == {"改进措施及结果应用方案": "次年将两处新水厂受益人口纳入统计；"
                                  "推动出台管护经费分担办法，自评结果作为次年维修养护资金安排的依据。"}
    again = tmp_path / "again.yaml"
    again.write_text(emit(tree), encoding="utf-8")
    back = _built(again)
    assert _cells(back, 0) == _cells(_built(HUBEI), 0)
    assert _cells(back, 1) == _cells(_built(HUBEI), 1)


# -- a variant written with keys only ----------------------------------------------------


def test_variant_prints_ticks_weights_and_notes(variant: Path, tmp_path: Path) -> None:
    """national-2020 + keys: SMALL_PROJECT's groups weigh 30 + 20 = 50, 30 and 10."""
    form = _built(variant)
    top = _cells(form, 0)
    assert top[2] == ["项目类别", "□新增项目\u3000■延续项目"]
    assert top[3] == ["资金来源", "■一般公共预算\u3000□政府性基金\u3000■国有资本经营预算"]
    names = [c.text.replace("\n", "") for c in form.blocks[1].cells if c.col == 1 and c.row > 0
             and c.style == "label"]
    # the group weight in the layout's weight style (national-2020: two places)
    assert names == ["产出指标（50.00分）", "效益指标（30.00分）", "满意度指标（10.00分）"]
    assert _cells(form, 1)[-1] == ["其他说明", "本年度无调整。"]
    assert "偏差原因分析及改进措施" in _cells(form, 1)[0]  # the parent's column stays


@pytest.mark.parametrize("kind", ["xlsx", "docx", "pdf"])
def test_variant_renders_in_every_format(variant: Path, tmp_path: Path, kind: str) -> None:
    font = find_cjk_font(())
    if font.fallback and kind == "pdf":
        pytest.skip("no TrueType CJK font")
    data = render_format(kind, [_built(variant)], Settings(), font, "t")
    if kind == "xlsx":
        from openpyxl import load_workbook

        values = [c for row in load_workbook(io.BytesIO(data)).active.iter_rows(values_only=True)
                  for c in row if c]
        assert "□新增项目\u3000■延续项目" in values and "本年度无调整。" in values
        return
    text = printed_text(data, tmp_path, kind)
    for piece in ("□新增项目■延续项目", "■一般公共预算□政府性基金■国有资本经营预算", "（50.00分）",
                  "其他说明本年度无调整。"):
        assert piece in text, piece


def test_variant_import_reads_several_ticks(variant: Path, tmp_path: Path) -> None:
    from perfdocs.importer.workbooks import import_workbooks

    book = tmp_path / "v.xlsx"
    book.write_bytes(render_format("xlsx", [_built(variant)], Settings(), find_cjk_font(()),
                                   "t"))
    tree = import_workbooks([book], Settings(layout_paths=(str(variant.parent / "layouts"),))
                            ).tree
    assert tree["勾选"] == {"项目类别": "延续项目", "来源": ["一般公共预算", "国有资本经营预算"]}
    assert tree["自评"]["说明栏"] == {"其他说明": "本年度无调整。"}
    assert list(tree["自评"]["绩效指标"]) == ["产出指标", "效益指标", "满意度指标"]


# -- the project file checked against the layout -------------------------------------------



def test_option_not_offered_names_file_line_label_and_nearest(variant: Path) -> None:
    found = [d for d in findings_after_edit(variant, "项目类别: 延续项目", "项目类别: 延续")
             if d.rule == "choice"]
    assert len(found) == 1
    (d,) = found
    assert d.file == str(variant) and d.line == line_holding(variant, "项目类别: 延续")
    assert d.field == "勾选.项目类别" and d.label == "项目类别"
    assert "「延续」不是版式 ticks-2020 的自评表「项目类别」的选项" in d.message
    assert "是不是「延续项目」" in d.message and "新增项目、延续项目" in d.message
    assert d.severity.name == "ERROR"


def test_wrong_item_of_a_list_is_named_by_its_line(variant: Path) -> None:
    found = findings_after_edit(variant, "来源: [一般公共预算, 国有资本经营预算]",
                      "来源:\n    - 一般公共预算\n    - 国有资本预算")
    (d,) = [d for d in found if d.rule == "choice"]
    assert d.field == "勾选.来源[2]" and d.line == line_holding(variant, "- 国有资本预算")
    assert "是不是「国有资本经营预算」" in d.message


def test_two_ticks_on_a_one_tick_row(variant: Path) -> None:
    found = [d for d in findings_after_edit(variant, "项目类别: 延续项目", "项目类别: [新增项目, 延续项目]")
             if d.rule == "choice"]
    assert len(found) == 1 and "只能勾选一项" in found[0].message


def test_unknown_row_and_unprinted_note_are_warnings(variant: Path) -> None:
    found = findings_after_edit(variant, "项目类别: 延续项目", "项目类别: 延续项目\n  项目级别: 省级")
    (row,) = [d for d in found if d.rule == "unprinted-choice"]
    assert row.severity.name == "WARNING" and "「项目级别」" in row.message
    found = findings_after_edit(variant, "    其他说明: 本年度无调整。", "    其他说明: 无。\n    备忘: x")
    (note,) = [d for d in found if d.rule == "unprinted-note"]
    assert note.field == "自评.说明栏.备忘" and note.line == line_holding(variant, "备忘: x")


def test_nothing_ticked_is_a_warning(variant: Path) -> None:
    found = findings_after_edit(variant, "  项目类别: 延续项目\n", "")
    (d,) = [d for d in found if d.rule == "choice"]
    assert d.severity.name == "WARNING" and "「项目类别」一项都没有勾选" in d.message


# -- layout faults, named at their key -----------------------------------------------------


@pytest.mark.parametrize(("text", "key", "words"), [
    ('[forms."自评表".display]\nlevel1_name = "{name}（{score}分）"', "display.level1_name",
     "不认识「{score}」"),
    ('[forms."自评表".display]\nlevel1_name = "（{weight}分）"', "display.level1_name",
     "须含一个 {name}"),
    ('[[forms."自评表".choice_rows]]\nlabel = "类别"\noptions = ["甲", "甲"]',
     "choice_rows[1].options[2]", "重复"),
    ('[[forms."自评表".choice_rows]]\nlabel = "类别"\noptions = ["甲"]\nunchecked = "■"',
     "choice_rows[1].unchecked", "不能与 checked 相同"),
    ('[[forms."自评表".choice_rows]]\nlabel = "类别"', "choice_rows[1].options", "缺少必填项"),
    ('[[forms."申报表".choice_rows]]\nlabel = "类别"\noptions = ["甲"]', "choice_rows",
     "只有自评表"),
    ('[forms."申报表".display]\nlevel1_name = "{name}："', "display.level1_name", "只有自评表"),
    ('[[forms."自评表".note_rows]]\nlabel = "说明"\n[[forms."自评表".note_rows]]\nlabel = "说明"',
     "note_rows[2].field", "已有一行"),
])
def test_layout_faults_name_the_key(tmp_path: Path, text: str, key: str, words: str) -> None:
    found = only_layout_fault(tmp_path, text)
    form = "申报表" if "申报表" in text else "自评表"
    assert found.field == f"forms.{form}.{key}", found.field
    assert words in found.message and found.line is not None


# -- reading ticks and names back ------------------------------------------------------------


ROW = ChoiceRow(label="项目属性", options=["新增项目", "新增性项目", "延续项目"])


@pytest.mark.parametrize(("text", "ticked"), [
    ("□新增项目　■新增性项目　□延续项目", ["新增性项目"]),
    ("☑新增项目 □新增性项目 □延续项目", ["新增项目"]),           # ☑ typed over the box
    ("□新增项目 □新增性项目 √延续项目", ["延续项目"]),           # √ in WPS
    ("□ 新增项目  □ 新增性项目  ■ 延续项目", ["延续项目"]),       # spaces after the mark
    ("□新增项目　□新增性项目　□延续项目", []),
])
def test_read_choices(text: str, ticked: list[str]) -> None:
    assert read_choices(text, ROW) == ticked


def test_read_choices_with_the_mark_after() -> None:
    row = ChoiceRow(label="项目类别", options=["部门预算项目", "省直专项"], mark="after")
    assert read_choices("部门预算项目□　省直专项☑", row) == ["省直专项"]
    assert read_choices("别的内容", row) is None


@pytest.mark.parametrize(("pattern", "printed", "name"), [
    ("{name}（{weight}分）", "产出指标（50分）", "产出指标"),
    ("{name}（{weight}分）", "产出指标（12.5分）", "产出指标"),
    ("{name}（{weight}分）", "产出指标", "产出指标"),               # a hand-made sheet
    ("{name}\n{weight}分", "效益指标30分", "效益指标"),
    ("{name}", "满意度指标（10分）", "满意度指标（10分）"),
])
def test_level1_name_read_back(pattern: str, printed: str, name: str) -> None:
    assert level1_name(pattern, printed) == name


def test_layouts_without_the_keys_print_no_marks(write_project: Callable[..., Path]
                                                       ) -> None:
    """Layouts without the new keys build the same grid as before: no row, no weight."""
    form = _built(write_project(SMALL_PROJECT))
    assert all("■" not in c.text and "□" not in c.text
               for block in form.blocks for c in block.cells)


def test_diff_names_ticks_and_note_rows(tmp_path: Path) -> None:
    from perfdocs.review.diff import diff_versions, format_changes, load_version

    old = tmp_path / "old.yaml"
    new = tmp_path / "new.yaml"
    text = HUBEI.read_text(encoding="utf-8")
    old.write_text(text, encoding="utf-8")
    new.write_text(text.replace("项目类型: 常年性项目", "项目类型: 一次性项目")
                   .replace("改进措施及结果应用方案: 次年将", "改进措施及结果应用方案: 下一年将"),
                   encoding="utf-8")
    shown = "\n".join(format_changes(diff_versions(load_version(old, Settings()),
                                                   load_version(new, Settings()))))
    assert "项目类型" in shown and "常年性项目" in shown and "一次性项目" in shown
    assert "改进措施及结果应用方案" in shown and "下一年将" in shown



def test_fill_in_workbook_carries_ticks_and_notes(variant: Path, tmp_path: Path) -> None:
    """`perfdocs template --from` a file with 勾选 and 说明栏: two more sheets, read back the
    same (a several-tick row as a list); a file without them gets neither sheet."""
    from click.testing import CliRunner
    from openpyxl import load_workbook

    from perfdocs.cli import main
    from perfdocs.loading.project import load_project

    book = tmp_path / "fill.xlsx"
    result = CliRunner().invoke(main, ["template", str(book), "--from", str(variant)])
    assert result.exit_code == 0, result.output
    sheets = load_workbook(book).sheetnames
    assert sheets[:3] == ["基本信息", "填报信息", "勾选"] and "说明栏" in sheets
    ticks = load_workbook(book)["勾选"]
    assert [ticks.cell(r, 2).value for r in (4, 5)] == ["延续项目", "一般公共预算、国有资本经营预算"]
    back = tmp_path / "back.yaml"
    result = CliRunner().invoke(main, ["import", str(book), "-o", str(back)])
    assert result.exit_code == 0, result.output
    project = load_project(back).project
    assert project.choices == {"项目类别": ["延续项目"], "来源": ["一般公共预算", "国有资本经营预算"]}
    assert project.evaluation is not None and project.evaluation.notes == {"其他说明": "本年度无调整。"}
    plain = tmp_path / "plain.xlsx"
    small = tmp_path / "small.yaml"
    small.write_text(SMALL_PROJECT, encoding="utf-8")
    assert CliRunner().invoke(main, ["template", str(plain), "--from", str(small)]).exit_code == 0
    assert "勾选" not in load_workbook(plain).sheetnames

"""The 自评表 keys a province's form may need besides the national grid, on a variant written
with keys only (not the bundled sichuan-2023): the 年度指标值 in three columns
(target_sign / target_value / target_unit), a 原因 column right of the funds block
(funds_reason, text from 项目资金.原因), a heading over the funds rows' labels that carries
the money unit (funds_row_heading), rows inside the 年度总体目标 block (goal_rows); and the
group names of a form widened by extra columns, broken for the widths the form really has."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from perfdocs.engine.pipeline import forms_of, prepare, render_format
from perfdocs.errors import ValidationFailed
from perfdocs.forms.sheet import Grid, sheet_unit
from perfdocs.layouts.layout import LayoutInvalid, read_layout
from perfdocs.loading.settings import Settings
from perfdocs.render.pdf.fonts import find_cjk_font
from tests.conftest import ROOT, SMALL_PROJECT, need, printed_text

VARIANT = '''extends = "national-2020"
name = "split-2024"

[forms."自评表"]
column_widths = [8, 10, 10, 12, 6, 8, 7, 10, 8, 8, 14]

[forms."自评表".labels]
funds = "资金\\n情况"
funds_row_heading = "资金来源（{unit}）"
funds_reason = "偏差说明"
target_sign = "符号"
target_value = "数值"
target_unit = "计量单位"

[forms."自评表".columns]
project_label = "A"
project_value = "B:K"
department_label = "A"
department_value = "B:E"
unit_label = "F:G"
unit_value = "H:K"
funds_label = "A"
funds_row_label = "B:C"
initial = "D"
budget = "E"
executed = "F"
execution_weight = "G"
rate = "H"
execution_score = "I"
funds_reason = "J:K"
goals_label = "A"
expected = "B:F"
achieved = "G:K"
goal_row_label = "B:C"
goal_row_value = "D:K"
indicator_block = "A"
level1 = "B"
level2 = "C"
level3 = "D"
target = ""
target_sign = "E"
target_value = "F"
target_unit = "G"
actual = "H"
weight = "I"
score = "J"
reason = "K"
total_label = "A:H"
total_weight = "I"
total_score = "J"
total_rest = "K"

[[forms."自评表".goal_rows]]
label = "实施过程"
'''

PROJECT = SMALL_PROJECT.replace(
    '    其他资金: {年初预算数: 0, 全年预算数: 0, 全年执行数: 0}\n',
    '    其他资金: {年初预算数: 0, 全年预算数: 0, 全年执行数: 0}\n'
    '    原因: 年中调减预算 20 万元。\n') + "  说明栏:\n    实施过程: 分四期开班。\n"


@pytest.fixture
def variant(tmp_path: Path) -> Path:
    folder = tmp_path / "layouts" / "split-2024"
    folder.mkdir(parents=True)
    (folder / "layout.toml").write_text(VARIANT, encoding="utf-8")
    project = tmp_path / "p.yaml"
    project.write_text(PROJECT.replace("金额单位: 万元", f"金额单位: 万元\n版式: {folder}"),
                       encoding="utf-8")
    return project


def _built(path: Path) -> Any:
    forms, _ = forms_of(prepare(path, Settings()), ("自评表",))
    return forms[0]


def _cells(form: Any, block: int) -> list[list[str]]:
    return [[c.text for c in row] for row in form.blocks[block].rows()]


def test_variant_prints_the_new_parts(variant: Path) -> None:
    form = _built(variant)
    top = _cells(form, 0)
    assert top[2] == ["资金\n情况", "资金来源（万元）", "年初预算数", "全年预算数", "全年执行数", "分值",
                      "执行率", "得分", "偏差说明"]
    assert top[3][-1] == "年中调减预算 20 万元。"
    assert top[-1] == ["实施过程", "分四期开班。"]
    table = _cells(form, 1)
    assert table[0][4:7] == ["符号", "数值", "计量单位"]
    # SMALL_PROJECT's targets: ≥100(人), =100(%), 具有促进作用, ≥90%
    assert [row[-7:-4] for row in table[1:5]] == [["≥", "100", "人"], ["=", "100", "%"],
                                                  ["", "具有促进作用", ""], ["≥", "90", "%"]]


def test_variant_xlsx_merges_the_reason_over_the_funds_rows(variant: Path) -> None:
    from openpyxl import load_workbook

    data = render_format("xlsx", [_built(variant)], Settings(), find_cjk_font(()), "t")
    sheet = load_workbook(io.BytesIO(data)).active
    merged = {str(m) for m in sheet.merged_cells.ranges}
    r = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 10).value == "偏差说明")
    assert f"J{r + 1}:K{r + 4}" in merged  # one cell beside the four national rows
    assert sheet.cell(r + 1, 10).value == "年中调减预算 20 万元。"
    goal = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 2).value == "实施过程")
    assert f"A{goal - 2}:A{goal}" in merged and f"D{goal}:K{goal}" in merged


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_variant_pdf_and_docx_text(variant: Path, tmp_path: Path, kind: str) -> None:
    font = find_cjk_font(())
    if font.fallback:
        pytest.skip("no TrueType CJK font")
    text = printed_text(render_format(kind, [_built(variant)], Settings(), font, "t"), tmp_path, kind)
    for piece in ("资金来源（万元）", "偏差说明", "年中调减预算20万元。", "实施过程分四期开班。",
                  "符号数值计量单位", "培训人数≥100人120(人)", "具有促进作用达成指标"):
        assert piece in text, piece


def test_variant_import_round_trip(variant: Path, tmp_path: Path) -> None:
    from perfdocs.importer.workbooks import import_workbooks
    from perfdocs.loading.yamlfile import emit

    book = tmp_path / "split.xlsx"
    book.write_bytes(render_format("xlsx", [_built(variant)], Settings(), find_cjk_font(()), "t"))
    tree = import_workbooks([book], Settings(layout_paths=(str(variant.parent / "layouts"),))
                            ).tree
    assert tree["金额单位"] == "万元"
    assert tree["自评"]["项目资金"]["原因"] == "年中调减预算 20 万元。"
    assert tree["自评"]["说明栏"] == {"实施过程": "分四期开班。"}
    items = tree["自评"]["绩效指标"]["产出指标"]["数量指标"]
    assert [i["年度指标值"] for i in items] == ["≥100人", "=100%"]
    tree["版式"] = str(variant.parent / "layouts" / "split-2024")
    again = tmp_path / "again.yaml"
    again.write_text(emit(tree), encoding="utf-8")
    assert _cells(_built(again), 0) == _cells(_built(variant), 0)
    assert _cells(_built(again), 1) == _cells(_built(variant), 1)


def test_diff_lists_the_reason(variant: Path, tmp_path: Path) -> None:
    from perfdocs.review.diff import diff_versions, format_changes, load_version

    new = tmp_path / "new.yaml"
    new.write_text(variant.read_text(encoding="utf-8").replace("年中调减预算 20 万元。",
                                                               "年中调减预算 25 万元。"),
                   encoding="utf-8")
    shown = "\n".join(format_changes(diff_versions(load_version(variant, Settings()),
                                                   load_version(new, Settings()))))
    assert "原因" in shown and "25 万元" in shown


def test_a_reason_no_column_prints_is_a_warning(write_project: Any) -> None:
    path = write_project(PROJECT.replace("金额单位: 万元", "金额单位: 万元\n版式: national-2020"))
    try:
        found = list(prepare(path, Settings()).diagnostics)
    except ValidationFailed as exc:
        found = list(exc.diagnostics)
    (d,) = [d for d in found if d.field == "自评.项目资金.原因"]
    assert d.severity.name == "WARNING" and d.line is not None and "不会印出" in d.message


@pytest.mark.parametrize(("text", "key", "words"), [
    ('[forms."自评表".columns]\ntarget_sign = "E"\ntarget = ""', "labels.target_sign", "缺少它的栏名"),
    ('[forms."申报表".columns]\nfunds_reason = "E"', "columns.funds_reason", "未知的键"),
    ('[[forms."申报表".goal_rows]]\nlabel = "实施过程"', "goal_rows", "只有自评表"),
])
def test_layout_faults_name_the_key(tmp_path: Path, text: str, key: str, words: str) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "layout.toml").write_text(f'extends = "national-2020"\n{text}\n', encoding="utf-8")
    with pytest.raises(LayoutInvalid) as info:
        read_layout(folder)
    form = "申报表" if "申报表" in text else "自评表"
    fields = [d.field for d in info.value.diagnostics]
    found = next(d for d in info.value.diagnostics if d.field == f"forms.{form}.{key}")
    assert words in found.message and found.line is not None, fields


def test_sheet_unit_from_a_row_label_heading() -> None:
    """The money unit printed over the funds rows' labels (年度预算数（万元）), and wherever a
    layout's own funds label with {unit} puts it."""
    from openpyxl import Workbook

    def grid(*texts: str) -> Grid:
        sheet = Workbook().active
        for col, text in enumerate(texts, 1):
            sheet.cell(1, col, text)
        return Grid(sheet, "t.xlsx")

    assert sheet_unit(grid("年度预算数（万元）", "年初预算"))[0] == "万元"
    assert sheet_unit(grid("资金来源（元）", "年初预算"))[0] is None  # not a known caption
    layout = read_layout(ROOT / "templates" / "sichuan-2023").form("自评表")
    assert sheet_unit(grid("年度预算数\n（元）"), layout)[0] == "元"
    own = read_layout_text(VARIANT).form("自评表")
    assert sheet_unit(grid("资金来源（元）", "年初预算"), own)[0] == "元"


def read_layout_text(text: str) -> Any:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "layout.toml").write_text(text, encoding="utf-8")
        return read_layout(Path(folder))


# -- group names of a form widened by extra columns ------------------------------------------

TWO_COLUMNS = '''extends = "national-2020"
name = "two-2020"

[[forms."自评表".extra_columns]]
field = "备注"
width = 12

[[forms."自评表".extra_columns]]
field = "完成时间"
width = 12
'''


def test_group_names_are_not_broken_for_columns_narrower_than_the_form(tmp_path: Path) -> None:
    """Two extra columns take room from every column; the 一级/二级 names were broken for
    those narrower widths (产出/指标, 服务对/象满/意度/指标) before the short captions widened
    them again. Broken for the final widths, a four-character name stays whole and a longer
    one breaks between words."""
    folder = tmp_path / "two-2020"
    folder.mkdir()
    (folder / "layout.toml").write_text(TWO_COLUMNS, encoding="utf-8")
    text = (ROOT / "data" / "national-2020" / "社区居家养老服务补助.yaml").read_text(
        encoding="utf-8").replace("版式: national-2020", f"版式: {folder}")
    project = tmp_path / "p.yaml"
    project.write_text(text, encoding="utf-8")
    form = _built(project)
    names = {c.text for c in form.blocks[1].cells
             if c.col in (1, 2) and c.row > 0 and c.style == "label"}
    assert {"产出指标", "效益指标", "数量指标", "质量指标"} <= names, names
    assert "服务对象\n满意度\n指标" in names and "满意度\n指标" in names
    for name in names:
        assert all(len(line) >= 2 for line in name.split("\n")), name
    # in Word (LibreOffice's rendering of the docx) each of them prints on one line
    font = find_cjk_font(())
    if font.fallback:
        pytest.skip("no TrueType CJK font")
    need("soffice")
    need("pdftotext")
    docx = tmp_path / "f.docx"
    docx.write_bytes(render_format("docx", [form], Settings(), font, "t"))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(docx)], capture_output=True, check=True, timeout=180)
    lines = [line.strip() for line in subprocess.run(
        ["pdftotext", "-layout", str(docx.with_suffix(".pdf")), "-"], capture_output=True,
        text=True, check=True).stdout.splitlines()]
    words = " ".join(lines)
    for name in ("产出指标", "效益指标", "数量指标", "服务对象"):
        assert name in words, name
    # a half of a name alone on a line; not one that ends or begins a preparer's text the
    # column breaks as the PDF does (助餐点建设/数量 in the wider page Word shares with it)
    texts = [c.text.replace("\n", "") for block in form.blocks for c in block.cells
             if c.style != "label"]
    halves = [h for h in ("产出", "效益", "数量")
              if not any(t != h and (t.endswith(h) or t.startswith(h)) for t in texts)]
    assert halves[:2] == ["产出", "效益"]
    assert not any(re.search(rf"(^|\s)({'|'.join(halves)})(\s|$)", line) for line in lines)

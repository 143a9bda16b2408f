"""Funds rows declared by the layout (``fund_rows``): a province's own 项目资金 rows, printed,
checked (the 其中 rows add up to the declared total; the 执行率 scored is the total row's),
read back by import, listed by diff and offered by the project schema. The national four rows
stay the default: every bundled layout without the key prints what it printed before."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from perfdocs.engine.pipeline import forms_of, prepare, render_format
from perfdocs.layouts.layout import load_layout
from perfdocs.loading.settings import Settings
from perfdocs.render.pdf.fonts import find_cjk_font
from tests.conftest import (
    SMALL_PROJECT,
    findings_after_edit,
    line_holding,
    only_layout_fault,
    printed_text,
)

VARIANT = '''extends = "national-2020"
name = "rows-2023"

[[forms."自评表".fund_rows]]
label = "资金总额"
total = true

[[forms."自评表".fund_rows]]
label = "其中：一般公共预算"
field = "一般公共预算"

[[forms."自评表".fund_rows]]
label = "单位自有资金"
'''
"""national-2020's 自评表 with three rows of its own; the total is not 年度资金总额."""

NATIONAL_ROWS = '''    年度资金总额: {年初预算数: "100.00", 全年预算数: "80.00", 全年执行数: "79.00"}
    当年财政拨款: {年初预算数: "100.00", 全年预算数: "80.00", 全年执行数: "79.00"}
    上年结转资金: {年初预算数: 0, 全年预算数: 0, 全年执行数: 0}
    其他资金: {年初预算数: 0, 全年预算数: 0, 全年执行数: 0}
'''
OWN_ROWS = '''    资金总额: {年初预算数: "100.00", 全年预算数: "80.00", 全年执行数: "79.00"}
    一般公共预算: {年初预算数: "90.00", 全年预算数: "70.00", 全年执行数: "69.50"}
    单位自有资金: {年初预算数: "10.00", 全年预算数: "10.00", 全年执行数: "9.50"}
'''
# By hand (万元, national-2020: two places half-up):
#   资金总额 79 / 80 = 98.75 %;  一般公共预算 69.5 / 70 = 99.2857… → 99.29 %;
#   单位自有资金 9.5 / 10 = 95.00 %;  执行率得分 = 98.75 % × 10 = 9.875 → 9.88.
#   Indicators (SMALL_PROJECT) 30 + 20 + 30 + 10 = 90 → 总分 9.88 + 90 = 99.88.


@pytest.fixture
def variant(tmp_path: Path) -> Path:
    assert NATIONAL_ROWS in SMALL_PROJECT
    folder = tmp_path / "layouts" / "rows-2023"
    folder.mkdir(parents=True)
    (folder / "layout.toml").write_text(VARIANT, encoding="utf-8")
    project = tmp_path / "p.yaml"
    project.write_text(SMALL_PROJECT.replace(NATIONAL_ROWS, OWN_ROWS)
                       .replace("金额单位: 万元", f"金额单位: 万元\n版式: {folder}"),
                       encoding="utf-8")
    return project


def _built(path: Path) -> Any:
    prepared = prepare(path, Settings())
    forms, _ = forms_of(prepared, ("自评表",))
    return forms[0]


def _cells(form: Any, block: int) -> list[list[str]]:
    return [[c.text for c in row] for row in form.blocks[block].rows()]



def test_declared_rows_are_printed_and_the_total_is_scored(variant: Path) -> None:
    prepared = prepare(variant, Settings())
    assert [d.rule for d in prepared.diagnostics if d.severity.name != "NOTE"] == []
    assert prepared.result is not None
    assert str(prepared.result.execution_rate) == "98.75"
    assert str(prepared.result.execution_score) == "9.88"
    assert str(prepared.result.total) == "99.88"
    rows = _cells(_built(variant), 0)
    assert rows[3] == ["资金总额", "100.00", "80.00", "79.00", "10.00", "98.75%", "9.88"]
    assert rows[4] == ["其中：一般公共预算", "90.00", "70.00", "69.50", "—", "99.29%", "—"]
    assert rows[5] == ["单位自有资金", "10.00", "10.00", "9.50", "—", "95.00%", "—"]
    assert rows[6][0].replace("\n", "") == "年度总体目标"  # three rows, then the goals block


def test_xlsx_cells_and_merges(variant: Path) -> None:
    from openpyxl import load_workbook

    data = render_format("xlsx", [_built(variant)], Settings(), find_cjk_font(()), "t")
    sheet = load_workbook(io.BytesIO(data)).active
    where = {sheet.cell(r, 2).value: r for r in range(1, sheet.max_row + 1)}
    r = where["资金总额"]
    assert where["其中：一般公共预算"] == r + 1 and where["单位自有资金"] == r + 2
    values = [sheet.cell(r + 1, c).value for c in range(3, 9)]
    assert values[1:] == [90, 70, 69.5, "—", 0.9929], values  # the rate as a % cell
    merged = {str(m) for m in sheet.merged_cells.ranges}
    assert f"A{r - 1}:A{r + 2}" in merged  # the 项目资金 caption spans heading + three rows


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_pdf_and_docx_text(variant: Path, tmp_path: Path, kind: str) -> None:
    font = find_cjk_font(())
    if font.fallback:
        pytest.skip("no TrueType CJK font")
    text = printed_text(render_format(kind, [_built(variant)], Settings(), font, "t"), tmp_path, kind)
    for piece in ("资金总额100.0080.0079.00", "98.75%", "9.88", "其中：一般公共预算90.0070.0069.50",
                  "单位自有资金10.0010.009.50"):
        assert piece in text, piece
    assert "当年财政拨款" not in text and "上年结转资金" not in text


def test_parts_must_add_up_to_the_declared_total(variant: Path) -> None:
    found = findings_after_edit(variant, '单位自有资金: {年初预算数: "10.00", 全年预算数: "10.00"',
                      '单位自有资金: {年初预算数: "10.00", 全年预算数: "12.00"')
    (d,) = [d for d in found if d.rule == "funds-sum"]
    assert d.severity.name == "ERROR" and d.file == str(variant)
    assert d.field == "自评.项目资金.资金总额.全年预算数" and d.line == line_holding(variant, "资金总额:")
    assert "一般公共预算、单位自有资金的全年预算数合计 82.00 万元，与资金总额的 80.00 万元不符" \
        in d.message


def test_a_row_the_layout_does_not_print_is_an_error_with_the_nearest(variant: Path) -> None:
    found = findings_after_edit(variant, "    单位自有资金:", "    单位自有资:")
    (d,) = [d for d in found if d.rule == "funds-row-unknown"]
    assert d.severity.name == "ERROR" and d.line == line_holding(variant, "单位自有资:")
    assert d.field == "自评.项目资金.单位自有资" and "是不是「单位自有资金」" in d.message


def test_the_national_rows_in_a_file_for_this_layout_are_named(variant: Path) -> None:
    found = findings_after_edit(variant, OWN_ROWS, NATIONAL_ROWS)
    rules = [d.rule for d in found]
    assert rules.count("funds-row-unknown") == 4 and "funds-total-missing" in rules
    missing = next(d for d in found if d.rule == "funds-total-missing")
    assert missing.message.startswith("缺少必填项：执行率按这一行计算")
    assert missing.field == "自评.项目资金.资金总额" and missing.line is not None


def test_the_national_layouts_keep_their_four_rows(write_project: Any) -> None:
    form = _built(write_project(SMALL_PROJECT))
    rows = _cells(form, 0)
    assert [row[0] for row in rows[3:7]] == ["年度资金总额：", "其中：当年财政拨款", "上年结转资金",
                                             "其他资金"]  # shanghai-2024's labels
    layout = load_layout("national-2020").form("自评表")
    assert [(r.key, r.total) for r in layout.funds_rows()] == [
        ("年度资金总额", True), ("当年财政拨款", False), ("上年结转资金", False), ("其他资金", False)]


def test_import_reads_the_declared_rows_back(variant: Path, tmp_path: Path) -> None:
    from perfdocs.importer.workbooks import import_workbooks
    from perfdocs.loading.yamlfile import emit

    book = tmp_path / "rows.xlsx"
    book.write_bytes(render_format("xlsx", [_built(variant)], Settings(), find_cjk_font(()), "t"))
    settings = Settings(layout_paths=(str(variant.parent / "layouts"),))
    tree = import_workbooks([book], settings).tree
    funds = tree["自评"]["项目资金"]
    assert list(funds) == ["资金总额", "一般公共预算", "单位自有资金"]
    assert str(funds["一般公共预算"]["全年执行数"]) == "69.50"
    again = tmp_path / "again.yaml"
    tree["版式"] = str(variant.parent / "layouts" / "rows-2023")
    again.write_text(emit(tree), encoding="utf-8")
    assert _cells(_built(again), 0) == _cells(_built(variant), 0)


def test_diff_lists_a_declared_row(variant: Path, tmp_path: Path) -> None:
    from perfdocs.review.diff import diff_versions, format_changes, load_version

    new = tmp_path / "new.yaml"
    new.write_text(variant.read_text(encoding="utf-8").replace('全年执行数: "9.50"',
                                                               '全年执行数: "8.50"'),
                   encoding="utf-8")
    shown = "\n".join(format_changes(diff_versions(load_version(variant, Settings()),
                                                   load_version(new, Settings()))))
    assert "单位自有资金" in shown and "9.50" in shown and "8.50" in shown


def test_the_schema_offers_the_bundled_rows() -> None:
    import json

    from perfdocs.layouts.project_schema import json_schema

    funds = json.loads(json_schema(bundled_only=True))["$defs"]["Funds"]["properties"]
    for name in ("年度资金总额", "当年财政拨款", "财政资金", "财政专户管理资金", "单位资金"):
        assert name in funds, name


@pytest.mark.parametrize(("text", "key", "words"), [
    ('[[forms."自评表".fund_rows]]\nlabel = "总额"', "fund_rows", "total = true"),
    ('[[forms."自评表".fund_rows]]\nlabel = "总额"\ntotal = true\n'
     '[[forms."自评表".fund_rows]]\nlabel = "合计"\ntotal = true', "fund_rows[2].total",
     "只能有一行是总额"),
    ('[[forms."自评表".fund_rows]]\nlabel = "总额"\ntotal = true\n'
     '[[forms."自评表".fund_rows]]\nlabel = "其中：财政"\nfield = "总额"', "fund_rows[2].field",
     "已有一行"),
    ('[[forms."申报表".fund_rows]]\nlabel = "总额"\ntotal = true', "fund_rows", "只有自评表"),
    ('[[forms."自评表".fund_rows]]\nlabel = ""\ntotal = true', "fund_rows[1].label", ""),
])
def test_layout_faults_name_the_key(tmp_path: Path, text: str, key: str, words: str) -> None:
    found = only_layout_fault(tmp_path, text)
    form = "申报表" if "申报表" in text else "自评表"
    assert found.field == f"forms.{form}.{key}", found.field
    assert words in found.message and found.line is not None


def test_evaluate_init_writes_the_layout_s_rows(tmp_path: Path) -> None:
    """evaluate-init starts the 自评 part with the rows the layout prints: the total from
    the declared 年度资金申请总额, a row the declaration has from its amount, others blank."""
    from perfdocs.cli.scaffold import add_evaluation
    from perfdocs.loading.source import load_source

    folder = tmp_path / "layouts" / "rows-2023"
    folder.mkdir(parents=True)
    (folder / "layout.toml").write_text(VARIANT.replace('label = "单位自有资金"',
                                                        'label = "其他资金"'), encoding="utf-8")
    project = tmp_path / "d.yaml"
    project.write_text(f"""年度: 2024
项目名称: 测试项目
主管部门: 某某局
实施单位: 某某中心
版式: {folder}
金额单位: 万元
申报:
  项目类别: 其他
  计划开始日期: 2024-01-01
  计划完成日期: 2024-12-31
  项目资金:
    年度资金申请总额: {{合计: "100.00", 当年财政拨款: "90.00", 上年结转资金: 0, 其他资金: "10.00"}}
  年度总体目标: 完成年度培训任务。
  绩效指标:
    产出指标:
      数量指标:
        - 三级指标: 培训人数
          年度指标值: "≥100(人)"
""", encoding="utf-8")
    assert add_evaluation(project, Settings()) == 1
    funds = load_source(project).data["自评"]["项目资金"]
    assert list(funds) == ["资金总额", "一般公共预算", "其他资金"]
    assert funds["资金总额"]["年初预算数"] == "100.00"
    assert funds["一般公共预算"]["年初预算数"] is None
    assert funds["其他资金"]["年初预算数"] == "10.00"

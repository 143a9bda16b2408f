"""sichuan-2023: the Sichuan 部门预算项目支出绩效自评表 as a county government published it
(scqs.gov.cn), checked on its example project against figures worked out by hand; and the
source notes of every shipped layout (docs/layout-sources.md)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from perfdocs.engine.pipeline import forms_of, prepare, render_format
from perfdocs.layouts.layout import load_layout
from perfdocs.loading.settings import Settings
from perfdocs.render.pdf.fonts import find_cjk_font
from tests.conftest import ROOT, printed_text

SICHUAN = ROOT / "data" / "sichuan-2023" / "农村公路日常养护补助.yaml"
LAYOUT = ROOT / "templates" / "sichuan-2023" / "layout.toml"

# 农村公路日常养护补助 (万元), half-up to 2 places, printed without trailing zeros
# (the published form prints 权重 10 / 60 / 30 and 得分 10 / 90):
#   执行率 = 128.52 / 135.00 = 95.2 % → 95.20 %;  得分 = 95.2 % × 10 = 9.52.
#   its five rows (fund_rows): 财政资金 119.52 / 125.00 = 95.616 % → 95.62 %;
#   单位资金 9.00 / 10.00 → 90.00 %; 财政专户管理资金 and 其他资金 0 / 0 → 0.00 % (as the
#   published form prints them); 110 + 10 = 120, 125 + 10 = 135, 119.52 + 9 = 128.52.
#   里程 326 ≥ 320 → 22.5;  优良路率 76 / 80 × 22.5 = 21.375 → 21.38;  及时率 → 10;
#   每公里成本 (reverse) 0.39 ≤ 0.42 → 5;  出行条件 达成预期指标 → 100 % × 20 = 20;
#   满意度 92.5 ≥ 90 → 10.   Σ = 22.5 + 21.38 + 10 + 5 + 20 + 10 = 88.88;
#   合计 = 9.52 + 88.88 = 98.40 → "98.4";  权重 10 + 90 = 100 → "100";  等级 优 (≥ 90).


def _form() -> object:
    prepared = prepare(SICHUAN, Settings())
    assert [d.message for d in prepared.diagnostics] == []
    forms, _ = forms_of(prepared, ("自评表",))
    return forms[0]


def _rows(form: object, block: int) -> list[list[str]]:
    return [[c.text for c in row] for row in form.blocks[block].rows()]  # type: ignore[attr-defined]


def test_sichuan_funds_block() -> None:
    funds = _rows(_form(), 0)
    assert funds[2] == ["预算执行\n情况\n（10分）", "年度预算数\n（万元）", "年初预算", "调整后预算数",
                        "预算执行数", "预算执行率", "权重", "得分", "原因"]
    assert funds[3] == ["总额", "120.00", "135.00", "128.52", "95.20%", "10", "9.52",
                        "执行率 95.20%，未低于 90%；单位资金结余 1.00 万元为养护材料集中采购节约。"]
    assert funds[4] == ["其中：财政资金", "110.00", "125.00", "119.52", "95.62%", "/", "/"]
    assert funds[5] == ["财政专户管理资金", "0.00", "0.00", "0.00", "0.00%", "/", "/"]
    assert funds[6] == ["单位资金", "10.00", "10.00", "9.00", "90.00%", "/", "/"]
    assert funds[7] == ["其他资金", "0.00", "0.00", "0.00", "0.00%", "/", "/"]
    assert funds[1][2] == "实施单位\n（盖章）"


def test_sichuan_basic_situation_rows() -> None:
    """项目基本情况: the two goal columns, then 项目实施内容及过程概述 (a goal_rows row)."""
    rows = _rows(_form(), 0)
    assert rows[8] == ["项目基本\n情况", "项目年度目标", "年度目标完成情况"]
    assert rows[10][0] == "项目实施内容\n及过程概述"
    assert rows[10][1].startswith("年初分解养护任务到 12 个乡镇")
    assert len(rows) == 11


def test_sichuan_indicator_scores_and_total() -> None:
    table = _rows(_form(), 1)
    assert table[0] == ["绩效\n指标\n（90分）", "一级指标", "二级指标", "三级指标",
                        "指标性质\n（=、≥、≤）", "指标值", "度量单位", "完成值", "权重", "得分",
                        "未完成原因分析"]
    body = table[1:-4]
    # the target in three columns: ≥ | 320 | 公里 …; a qualitative one is all 指标值
    assert [row[-7:-4] for row in body] == [["≥", "320", "公里"], ["≥", "80", "%"],
                                            ["=", "100", "%"], ["≤", "0.42", "万元"],
                                            ["", "明显改善", ""], ["≥", "90", "%"]]
    assert [row[-3] for row in body] == ["22.5", "22.5", "10", "5", "20", "10"]
    assert [row[-2] for row in body] == ["22.5", "21.38", "10", "5", "20", "10"]
    assert table[-4][:3] == ["合计", "100", "98.4"]
    assert [row[0] for row in table[-3:]] == ["评价结论", "存在问题", "改进措施"]
    assert table[-1][1] == "建立汛前隐患排查台账，水毁路段纳入次年一季度优先修复计划。"
    prepared = prepare(SICHUAN, Settings())
    assert prepared.result is not None and prepared.result.grade == "优"


def test_sichuan_xlsx_cells_and_merges() -> None:
    from openpyxl import load_workbook

    data = render_format("xlsx", [_form()], Settings(), find_cjk_font(()), "t")
    sheet = load_workbook(io.BytesIO(data)).active
    merged = {str(m) for m in sheet.merged_cells.ranges}
    rows = {sheet.cell(r, 2).value: r for r in range(1, sheet.max_row + 1)}
    top = rows["总额"]
    assert sheet.cell(top - 1, 2).value == "年度预算数\n（万元）"
    assert f"A{top - 1}:A{top + 4}" in merged  # 预算执行情况 over the heading and five rows
    assert sheet.cell(top - 1, 10).value == "原因" and f"J{top}:K{top + 4}" in merged
    assert [sheet.cell(top, c).value for c in range(4, 10)] == [120, 135, 128.52, 0.952, 10,
                                                                9.52]
    assert [sheet.cell(top + 3, c).value for c in range(4, 8)] == [10, 10, 9, 0.9]
    situation = rows["项目年度目标"]
    assert f"A{situation}:A{situation + 2}" in merged
    assert f"D{situation + 2}:K{situation + 2}" in merged
    heading = rows["一级指标"]
    assert [sheet.cell(heading + 1, c).value for c in range(5, 9)] == ["≥", "320", "公里",
                                                                        "326公里"]
    end = next(r for r in range(heading, sheet.max_row + 1) if sheet.cell(r, 1).value == "合计")
    assert f"A{end}:H{end}" in merged and sheet.cell(end, 10).value == 98.4
    assert [sheet.cell(end + i, 1).value for i in (1, 2, 3)] == ["评价结论", "存在问题", "改进措施"]
    assert f"C{end + 1}:K{end + 1}" in merged



@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_sichuan_pdf_and_docx_text(tmp_path: Path, kind: str) -> None:
    font = find_cjk_font(())
    if font.fallback:
        pytest.skip("no TrueType CJK font")
    text = printed_text(render_format(kind, [_form()], Settings(), font, "t"), tmp_path, kind)
    for piece in ("年度预算数（万元）", "原因", "总额120.00135.00128.52", "95.20%",
                  "其中：财政资金110.00125.00119.52", "财政专户管理资金0.000.000.00",
                  "单位资金10.0010.009.00", "90.00%", "单位资金结余1.00万元为养护材料集中采购节约",
                  "项目实施内容及过程概述", "指标性质（=、≥、≤）", "度量单位", "日常养护里程≥320公里",
                  "养护路段优良路率≥80%76%", "每公里养护成本≤0.42万元0.39万元", "98.4",
                  "评价结论", "存在问题", "改进措施", "建立汛前隐患排查台账"):
        assert piece in text, piece
    assert text.index("总额") < text.index("项目实施内容") < text.index("指标性质") \
        < text.index("评价结论") < text.index("改进措施") < text.index("财务负责人")
    assert "上年结转资金" not in text and "当年财政拨款" not in text


def test_sichuan_import_round_trip(tmp_path: Path) -> None:
    """The rendered form read back: five funds rows and the 原因, the target from its three
    columns, the goal row and the rows under the total; the unit from 年度预算数（万元）."""
    from perfdocs.importer.workbooks import import_workbooks
    from perfdocs.loading.yamlfile import emit

    book = tmp_path / "sichuan.xlsx"
    book.write_bytes(render_format("xlsx", [_form()], Settings(), find_cjk_font(()), "t"))
    tree = import_workbooks([book], Settings()).tree
    assert tree["版式"] == "sichuan-2023" and tree["金额单位"] == "万元"
    funds = tree["自评"]["项目资金"]
    assert list(funds) == ["年度资金总额", "财政资金", "财政专户管理资金", "单位资金", "其他资金",
                           "原因"]
    assert funds["单位资金"] == {"年初预算数": "10.00", "全年预算数": "10.00", "全年执行数": "9.00"}
    targets = [i["年度指标值"] for g in tree["自评"]["绩效指标"].values() for items in g.values()
               for i in items]
    assert targets == ["≥320公里", "≥80%", "=100%", "≤0.42万元", "明显改善", "≥90%"]
    assert list(tree["自评"]["说明栏"]) == ["项目实施内容及过程概述", "评价结论", "存在问题", "改进措施"]
    again = tmp_path / "again.yaml"
    again.write_text(emit(tree), encoding="utf-8")
    back = prepare(again, Settings())
    forms, _ = forms_of(back, ("自评表",))
    assert _rows(forms[0], 0) == _rows(_form(), 0) and _rows(forms[0], 1) == _rows(_form(), 1)


def test_sichuan_title_header_and_footer() -> None:
    form = _form()
    assert form.title == "部门预算项目支出绩效自评表"  # type: ignore[attr-defined]
    assert form.subtitle == "（2023年度）"  # type: ignore[attr-defined]
    assert form.header == "报表编号：510000_0013zp"  # type: ignore[attr-defined]
    assert form.footer == "项目负责人：王敏\u3000\u3000\u3000\u3000财务负责人：李娟"  # type: ignore[attr-defined]
    assert list(load_layout("sichuan-2023").forms) == ["自评表"]


def test_sichuan_rules_name_the_government_page() -> None:
    """The form it follows is the one a county government published itself; each rule line
    that comes from it carries the [A] mark."""
    text = LAYOUT.read_text(encoding="utf-8")
    assert "https://www.scqs.gov.cn/info/13206/211004.htm" in text
    for line in ("execution_weight = 10", 'footer_lines = [["项目负责人", "财务负责人"]]',
                 'zero_budget_rate = "0.00%"', 'title = "部门预算项目支出绩效自评表"'):
        (found,) = [row for row in text.splitlines() if row.startswith(line)]
        assert "[A]" in found, found


def test_every_shipped_layout_has_a_sources_section() -> None:
    """docs/layout-sources.md keeps, for each bundled layout, where its rules come from (or
    that none was found), and the log of the searches behind it."""
    text = (ROOT / "docs" / "layout-sources.md").read_text(encoding="utf-8")
    headings = re.findall(r"^### (.+)$", text, flags=re.MULTILINE)
    sections = {name for line in headings for name in re.findall(r"`([a-z0-9-]+)`", line)}
    bundled = {p.name for p in (ROOT / "templates").iterdir() if (p / "layout.toml").is_file()}
    assert bundled <= sections, bundled - sections
    assert "| 1 |" in text  # the numbered search log

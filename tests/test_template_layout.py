"""A blank ``perfdocs template`` has the boxes of the layout in effect (``--layout``, else
perfdocs.toml's), as one made ``--from`` a project file of that layout has.

sichuan-2023's 自评表 prints 年度资金总额 / 财政资金 / 财政专户管理资金 / 单位资金 / 其他资金, a
原因 column and 说明栏 rows; a blank workbook once always had the national 当年财政拨款 /
上年结转资金 rows, and a colleague's filled copy did not import
(「当年财政拨款」不是本版式自评表的资金行).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from perfdocs.loading.project import load_project
from tests.conftest import ROOT, invoke

SICHUAN_ROWS = ["年度资金总额", "财政资金", "财政专户管理资金", "单位资金", "其他资金"]
NATIONAL_ROWS = ["年度资金总额", "当年财政拨款", "上年结转资金", "其他资金"]
FIGURES = ("年初预算数", "全年预算数", "全年执行数")
NOTES = ["项目实施内容及过程概述", "评价结论", "存在问题", "改进措施"]


def _labels(sheet: object) -> list[str]:
    return [str(r[0]) for r in sheet.iter_rows(min_row=4, values_only=True)  # type: ignore[attr-defined]
            if r[0] is not None]


def _fund_rows(book: Path) -> list[str]:
    labels = _labels(openpyxl.load_workbook(book)["自评"])
    found = [label.split("：")[0] for label in labels if label.split("：")[-1] in FIGURES]
    assert found == [row for row in dict.fromkeys(found) for _ in FIGURES]
    return list(dict.fromkeys(found))


def _settings_file(tmp_path: Path) -> Path:
    toml = tmp_path / "perfdocs.toml"
    toml.write_text('[render]\nlayout = "sichuan-2023"\n', encoding="utf-8")
    return toml


@pytest.mark.parametrize("how", ["option", "settings"])
def test_blank_template_has_the_layouts_rows(tmp_path: Path, how: str) -> None:
    book = tmp_path / "blank.xlsx"
    args = (["template", str(book), "-l", "sichuan-2023"] if how == "option" else
            ["--config", str(_settings_file(tmp_path)), "template", str(book)])
    code, output = invoke(*args)
    assert code == 0, output
    assert _fund_rows(book) == SICHUAN_ROWS
    wb = openpyxl.load_workbook(book)
    assert "项目资金：原因" in _labels(wb["自评"])
    assert _labels(wb["说明栏"]) == NOTES
    basic = wb["基本信息"]
    # named when asked for; left blank for the workspace's own default, so that a project
    # imported from it follows perfdocs.toml when the unit changes it (tester8 #8)
    assert {basic.cell(r, 1).value: basic.cell(r, 2).value
            for r in range(4, basic.max_row + 1)}["版式"] == (
        "sichuan-2023" if how == "option" else None)


def test_default_blank_template_keeps_the_national_rows(tmp_path: Path) -> None:
    book = tmp_path / "blank.xlsx"
    assert invoke("template", str(book))[0] == 0
    assert _fund_rows(book) == NATIONAL_ROWS
    wb = openpyxl.load_workbook(book)
    assert "说明栏" not in wb.sheetnames and "项目资金：原因" not in _labels(wb["自评"])


def test_filled_sichuan_template_imports_validates_and_renders(tmp_path: Path) -> None:
    book = tmp_path / "blank.xlsx"
    assert invoke("template", str(book), "-l", "sichuan-2023")[0] == 0
    wb = openpyxl.load_workbook(book)

    def fill(title: str, values: dict[str, str | int]) -> None:
        sheet = wb[title]
        rows = {sheet.cell(r, 1).value: r for r in range(4, sheet.max_row + 1)}
        for label, value in values.items():
            sheet.cell(rows[label], 2).value = value

    fill("基本信息", {"年度": 2025, "项目名称": "学生营养餐补助", "主管部门": "某区教育局",
                    "实施单位": "某区第三小学", "金额单位": "万元"})
    funds = {"年度资金总额": ("120.00", "120.00", "101.235"),
             "财政资金": ("100.00", "100.00", "90.00"),
             "财政专户管理资金": ("0", "0", "0"), "单位资金": ("20.00", "20.00", "11.235"),
             "其他资金": ("0", "0", "0")}
    fill("自评", {"项目资金：原因": "学生人数减少。", "年度总体目标：预期目标": "保障学生营养餐。",
                "年度总体目标：实际完成情况": "基本保障。",
                **{f"{row}：{figure}": value for row, values in funds.items()
                   for figure, value in zip(FIGURES, values, strict=True)}})
    notes = wb["说明栏"]
    for r in range(4, 4 + len(NOTES)):
        notes.cell(r, 2).value = f"{notes.cell(r, 1).value}的内容。"
    table = wb["自评指标"]
    lines: list[tuple[str, ...]] = [
             ("产出指标", "数量指标", "受益学生人数", "≥400人", "400人", "40"),
             ("效益指标", "社会效益指标", "学生健康水平", "提高", "达成", "30"),
             ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", "95%", "20")]
    for offset, line in enumerate(lines):
        for col, value in enumerate(line, start=1):
            table.cell(4 + offset, col).value = value
    wb.save(book)

    target = tmp_path / "p.yaml"
    code, output = invoke("import", str(book), "-o", str(target))
    assert code == 0, output
    project = load_project(target).project
    evaluation = project.evaluation
    assert evaluation is not None and evaluation.funds.appropriation is None
    assert {row: (evaluation.funds.row(row) or pytest.fail(row)).executed
            for row in SICHUAN_ROWS} == {"年度资金总额": 1_012_350, "财政资金": 900_000,
                                         "财政专户管理资金": 0, "单位资金": 112_350, "其他资金": 0}
    assert dict(evaluation.notes) == {n: f"{n}的内容。" for n in NOTES}
    assert evaluation.funds.reason == "学生人数减少。"
    code, output = invoke("validate", str(target))
    assert code == 0, output
    out = tmp_path / "out"
    code, output = invoke("render", str(target), "-f", "xlsx", "--form", "自评表", "-o", str(out))
    assert code == 0, output
    (xlsx,) = out.rglob("*.xlsx")
    sheet = openpyxl.load_workbook(xlsx).active
    assert sheet is not None
    values = [c.value for row in sheet.iter_rows() for c in row if c.value is not None]
    texts = [str(v) for v in values]
    for row in ("财政资金", "财政专户管理资金", "单位资金"):
        assert any(row in t for t in texts), row
    assert not any("当年财政拨款" in t or "上年结转资金" in t for t in texts)
    assert 101.24 in values and 0.8436 in values  # 101.235 of 120.00 万元: 84.36%


SHANGHAI_2020_ONLY = ["申报单位名称", "是否含有政府购买服务", "绩效类型", "项目概况", "立项依据",
                      "项目设立的必要性", "保证项目实施的制度、措施", "项目实施计划",
                      "上年度资金使用情况：项目总预算", "上年度资金使用情况：同名项目上年预算额"]


def test_the_declaration_sheet_offers_what_the_layout_prints(tmp_path: Path) -> None:
    """tester6 10i: a steps-2022 workbook's 申报 sheet offered the 2020 绩效目标表's boxes
    (申报单位名称、立项依据、上年度资金使用情况…), which its 申报表 never prints; the 2020 form
    has no 项目性质 nor 其中 rows. A filled blank one still imports; a file that holds such a
    key keeps its box (nothing of it is lost)."""
    made = {}
    for layout in ("steps-2022", "shanghai-2020"):
        book = tmp_path / f"{layout}.xlsx"
        code, output = invoke("template", str(book), "--layout", layout)
        assert code == 0, output
        made[layout] = _labels(openpyxl.load_workbook(book)["申报"])
    steps, old = made["steps-2022"], made["shanghai-2020"]
    assert not set(SHANGHAI_2020_ONLY) & set(steps), steps
    assert {"项目性质", "项目总目标", "年度资金申请总额：上年结转资金", "项目资金总额：财政资金"} \
        <= set(steps)
    assert set(SHANGHAI_2020_ONLY) <= set(old)
    assert not {"项目性质", "项目总目标", "年度资金申请总额：当年财政拨款"} & set(old), old
    # a national-2020 file holding a 2020 key keeps its box, and reads back as written
    source = tmp_path / "p.yaml"
    text = (ROOT / "data" / "national-2020" / "社区居家养老服务补助.yaml").read_text(
        encoding="utf-8")
    source.write_text(text.replace("申报:\n", "申报:\n  立项依据: 根据县政府常务会议纪要。\n", 1),
                      encoding="utf-8")
    book = tmp_path / "from.xlsx"
    code, output = invoke("template", str(book), "--from", str(source))
    assert code == 0, output
    labels = _labels(openpyxl.load_workbook(book)["申报"])
    assert "立项依据" in labels and "申报单位名称" not in labels
    back = tmp_path / "back.yaml"
    code, output = invoke("import", str(book), "-o", str(back))
    assert code == 0, output
    assert load_project(back).project.declaration == load_project(source).project.declaration


def _filing_names(book: Path) -> list[str]:
    sheet = openpyxl.load_workbook(book)["填报信息"]
    return [str(r[0]) for r in sheet.iter_rows(min_row=4, values_only=True) if r[0]]


@pytest.mark.parametrize(("layout", "offered"), [
    ("national-2020", []),                      # prints no header or footer line
    ("hubei-2020", ["单位名称", "填报日期"]),     # what its lines print
    ("yunnan-2022", []),                        # 实施单位 only, which 基本信息 holds
])
def test_the_filing_sheet_offers_what_the_layout_prints(tmp_path: Path, layout: str,
                                                       offered: list[str]) -> None:
    """national-2020 prints no 填报人: the sheet no longer asks for it (and import then
    warned about each one filled in; tester8 #7)."""
    book = tmp_path / "t.xlsx"
    code, output = invoke("template", str(book), "--layout", layout)
    assert code == 0, output
    assert _filing_names(book) == offered


def test_a_files_own_filing_is_kept_whatever_the_layout_prints(tmp_path: Path) -> None:
    source = ROOT / "data" / "2024" / "技能评价业务经费.yaml"
    project = tmp_path / "p.yaml"
    project.write_text(source.read_text(encoding="utf-8").replace(
        "\n项目名称:", "\n填报信息: {填报人: 王敏}\n项目名称:", 1), encoding="utf-8")
    book = tmp_path / "t.xlsx"
    code, output = invoke("template", str(book), "--from", str(project),
                          "--layout", "national-2020")
    assert code == 0, output
    assert _filing_names(book) == ["填报人"]
    sheet = openpyxl.load_workbook(book)["填报信息"]
    assert sheet["B4"].value == "王敏"

"""The 2024 绩效目标申报表 of seed 001, built from data/2024 and compared with the seed."""

from __future__ import annotations

import re
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import DATA_2024, ROOT, need

from perfdocs.engine.pipeline import built_forms, forms_of, prepare, render_project
from perfdocs.forms.grid import Cell, Form
from perfdocs.loading.settings import Settings
from perfdocs.render.xlsx.numberformat import excel_format

SEED = ROOT.parent / "shared" / "seeds" / "001_adc817c656536843.txt"
TRAINING = DATA_2024 / "职业培训基础能力建设资助.yaml"
SKILLS = DATA_2024 / "技能评价业务经费.yaml"

# Seed 001's second project, row by row: (一级指标, 二级指标, 三级指标, 年度(/项目)指标值).
SKILLS_INDICATORS = [
    ("产出指标", "数量指标", "相关人员培训场次数", "≥3.00(次)"),
    ("产出指标", "数量指标", "业务印刷工作完成率", "=100(%)"),
    ("产出指标", "数量指标", "专家咨询工作完成率", "=100(%)"),
    ("产出指标", "数量指标", "设备购置数量", "≥5.00(台)"),
    ("产出指标", "数量指标", "耗材购置完成率", "=100.00(%)"),
    ("产出指标", "数量指标", "在线培训及课件制作完成率", "=100.00(%)"),
    ("产出指标", "数量指标", "督导人员安排完成率", "=100.00(%)"),
    ("产出指标", "数量指标", "审计单位数量", "≥50.00(个)"),
    ("产出指标", "质量指标", "培训出勤率", "≥95.00(%)"),
    ("产出指标", "质量指标", "业务印刷验收合格率", "=100.00(%)"),
    ("产出指标", "质量指标", "设备耗材购置验收合格率", "=100.00(%)"),
    ("产出指标", "质量指标", "课题报告验收合格率", "=100.00(%)"),
    ("产出指标", "质量指标", "在线培训课件验收合格率", "=100.00(%)"),
    ("产出指标", "质量指标", "督导人员到位率", "=100.00(%)"),
    ("产出指标", "时效指标", "培训工作完成及时率", "=100.00(%)"),
    ("产出指标", "时效指标", "业务印刷工作完成及时率", "=100.00(%)"),
    ("产出指标", "时效指标", "专家咨询反馈及时率", "=100.00(%)"),
    ("产出指标", "时效指标", "设备耗材购置完成及时率", "=100.00(%)"),
    ("产出指标", "时效指标", "课题报告完成及时性", "及时"),
    ("产出指标", "时效指标", "在线培训课件上线及时率", "及时"),
    ("产出指标", "时效指标", "督导安排完成及时率", "=100.00(%)"),
    ("产出指标", "时效指标", "年度审计任务按时完成率", "=100.00(%)"),
    ("效益指标", "社会效益指标", "培训工作开展情况", "顺利完成"),
    ("效益指标", "社会效益指标", "培训覆盖人次", "≥500.00(人次)"),
    ("效益指标", "社会效益指标", "课题应用情况", "得到应用"),
    ("效益指标", "社会效益指标", "在线培训课件使用情况", "投入使用"),
    ("效益指标", "社会效益指标", "审计结果公开率", "=100.00(%)"),
    ("效益指标", "社会效益指标", "项目整改率", "=100.00(%)"),
    ("效益指标", "社会效益指标", "督导工作完成情况", "顺利完成"),
    ("效益指标", "社会效益指标", "资金清算及时率", "=100.00(%)"),
    ("满意度指标", "服务对象满意度指标", "受培训人员满意度", "≥90.00(%)"),
    ("满意度指标", "服务对象满意度指标", "督导人员满意度", "≥90.00(%)"),
    ("满意度指标", "服务对象满意度指标", "审计人员被投诉次数", "=0.00(次)"),
]


def _declaration(path: Path) -> Form:
    prepared = prepare(path, Settings())
    forms, notes = forms_of(prepared, ("申报表",))
    assert notes == []
    (form,) = forms
    return form


def _at(form: Form, block: int, row: int, col: int) -> Cell:
    """The cell covering (row, col) of a block."""
    for cell in form.blocks[block].cells:
        if cell.row <= row <= cell.last_row and cell.col <= col <= cell.last_col:
            return cell
    raise AssertionError(f"nothing at {row},{col}")


def _by_text(form: Form, block: int, text: str) -> Cell:
    found = [c for c in form.blocks[block].cells if c.text == text]
    assert len(found) == 1, (text, found)
    return found[0]


def _right_of(form: Form, block: int, cell: Cell) -> Cell:
    return _at(form, block, cell.row, cell.last_col + 1)


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _seed_sections() -> list[str]:
    """The seed's forms, whitespace removed; the test is skipped where the seed is absent
    (it lives beside the repository, in ../shared/seeds, not in it)."""
    if not SEED.exists():
        pytest.skip("seed texts are not beside the repository")
    text = SEED.read_text(encoding="utf-8")
    parts = text.split("财政项目支出绩效目标申报表")
    return [_flat(p) for p in parts[1:]]


def _indicator_rows(form: Form) -> list[tuple[str, str, str, str]]:
    block = form.blocks[1]
    rows = []
    for r in range(1, block.n_rows):
        # a group name too wide for its column is printed over lines (服务对象\n满意度指标)
        rows.append(tuple(_at(form, 1, r, c).text.replace("\n", "") for c in (1, 2, 3, 6)))
    return rows  # type: ignore[return-value]


def test_header_and_dates_as_the_seed() -> None:
    form = _declaration(SKILLS)
    assert form.title == "财政项目支出绩效目标申报表"
    assert form.subtitle == "(2024年度)"  # seed 001 prints ASCII parentheses
    expected = {"项目名称": "技能评价业务经费", "项目性质": "经常性专项业务费",
                "项目类别": "特定目标类", "主管部门": "上海市人力资源和社会保障局",
                "实施单位": "上海市职业技能鉴定中心", "计划开始日期": "2024-01-01",
                "计划完成日期": "2024-12-31"}
    for label, value in expected.items():
        cell = _by_text(form, 0, label)
        assert cell.style == "label"
        assert _right_of(form, 0, cell).text == value
    # The first row holds three label/value pairs side by side.
    assert [c.text for c in form.blocks[0].rows()[0]] == [
        "项目名称", "技能评价业务经费", "项目性质", "经常性专项业务费", "项目类别", "特定目标类"]


@pytest.mark.parametrize(("path", "amount", "number"), [
    (TRAINING, "86,000,000.00", Decimal("86000000.00")),
    (SKILLS, "4,358,177.00", Decimal("4358177.00")),
])
def test_funds_block_in_yuan(path: Path, amount: str, number: Decimal) -> None:
    form = _declaration(path)
    heading = _by_text(form, 0, "项目资金\n(元)")
    assert heading.rowspan == 4
    right = {label: _right_of(form, 0, _by_text(form, 0, label))
             for label in ("年度资金申请总额", "其中：当年财政拨款", "上年结转资金")}
    assert right["年度资金申请总额"].text == amount
    assert right["年度资金申请总额"].number == number
    assert right["年度资金申请总额"].align == "right"
    style = right["年度资金申请总额"].number_style
    assert style is not None and excel_format(style) == "#,##0.00"
    assert right["其中：当年财政拨款"].text == amount
    assert right["上年结转资金"].text == "0.00"
    others = [c for c in form.blocks[0].cells if c.text == "其他资金"]
    assert len(others) == 2  # one in each half
    left_other, right_other = sorted(others, key=lambda c: c.col)
    assert _right_of(form, 0, right_other).text == "0.00"
    # The seed leaves 项目资金总额 and its parts blank; 其中：财政资金 spans two rows.
    assert _right_of(form, 0, _by_text(form, 0, "项目资金总额")).text == ""
    fiscal = _by_text(form, 0, "其中：财政资金")
    assert fiscal.rowspan == 2
    assert left_other.row == fiscal.last_row + 1
    if not SEED.exists():
        return  # the figures above are the seed's; the text check needs the seed itself
    for section in _seed_sections():
        if _flat(form.blocks[0].rows()[0][1].text) in section[:40]:
            assert amount in section
            break
    else:
        raise AssertionError("project not found in the seed")


def test_goals_as_the_seed() -> None:
    for path, section in zip((TRAINING, SKILLS), _seed_sections(), strict=True):
        form = _declaration(path)
        head = _by_text(form, 0, "年度总体目标")
        overall = _by_text(form, 0, "项目总目标")
        assert _by_text(form, 0, "项目\n绩效\n目标").rowspan == 2
        goal = _at(form, 0, head.row + 1, head.col)
        assert _at(form, 0, overall.row + 1, overall.col).text == ""
        assert _flat(goal.text) in section
        assert len(goal.text) > 50


def test_every_indicator_of_the_second_project() -> None:
    form = _declaration(SKILLS)
    assert _indicator_rows(form) == SKILLS_INDICATORS


def test_first_project_indicators_follow_the_seed_in_order() -> None:
    form = _declaration(TRAINING)
    rows = _indicator_rows(form)
    assert len(rows) == 48
    section = _seed_sections()[0]
    position = 0
    for _l1, _l2, name, target in rows:
        found = section.find(_flat(name), position)
        assert found >= 0, name
        position = found + len(_flat(name))
        assert section.find(_flat(target), position) == position, (name, target)
    counts = {}
    for l1, _l2, _name, _target in rows:
        counts[l1] = counts.get(l1, 0) + 1
    assert counts == {"产出指标": 34, "效益指标": 9, "满意度指标": 5}


def test_indicator_merges() -> None:
    form = _declaration(SKILLS)
    block = form.blocks[1]
    assert block.repeat_rows == 1
    assert [c.text for c in block.rows()[0]] == [
        "", "一级指标", "二级指标", "三级指标", "年度(/项目)指标值"]
    label = _by_text(form, 1, "绩效\n指标")
    assert (label.row, label.col, label.rowspan, block.n_rows) == (1, 0, 33, 34)
    spans = {c.text.replace("\n", ""): c.rowspan for c in block.cells
             if c.col in (1, 2) and c.row > 0}
    assert spans == {"产出指标": 22, "数量指标": 8, "质量指标": 6, "时效指标": 8,
                     "效益指标": 8, "社会效益指标": 8, "满意度指标": 3, "服务对象满意度指标": 3}
    level3 = _by_text(form, 1, "培训出勤率")
    assert (level3.col, level3.colspan) == (3, 3)
    form.check()


def test_rendered_files(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    pytest.importorskip("perfdocs.render.xlsx.writer")
    from perfdocs.render.pdf.fonts import find_cjk_font

    settings = Settings()
    prepared = prepare(SKILLS, settings)
    written, notes = render_project(prepared, settings, formats=("xlsx", "pdf"), out=tmp_path,
                                    font=find_cjk_font(()), kinds=("申报表",))
    assert notes == []
    names = sorted(p.name for p in written)
    assert names == ["技能评价业务经费-申报表.pdf", "技能评价业务经费-申报表.xlsx"]
    xlsx = next(p for p in written if p.suffix == ".xlsx")
    sheet = openpyxl.load_workbook(xlsx).active
    values = [c.value for row in sheet.iter_rows() for c in row if c.value is not None]
    assert "财政项目支出绩效目标申报表" in values
    assert 4358177 in values
    assert "培训出勤率" in values
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert len(merged) > 20

    pdftotext = need("pdftotext")
    pdf = next(p for p in written if p.suffix == ".pdf")
    text = subprocess.run([pdftotext, "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    flat = _flat(text)
    for expected in ("财政项目支出绩效目标申报表", "(2024年度)", "4,358,177.00", "2024-01-01",
                     "年度资金申请总额", "审计人员被投诉次数", "=0.00(次)", "培训覆盖人次"):
        assert _flat(expected) in flat, expected


def test_project_without_declaration_gets_no_declaration_form() -> None:
    prepared = prepare(DATA_2024 / "第48届世赛筹办场地经理跟岗学习经费.yaml", Settings())
    forms, notes = forms_of(prepared)
    assert [f.kind for f in forms] == ["自评表"]
    assert any("申报" in n for n in notes)
    both = prepare(SKILLS, Settings())
    assert [f.kind for f in forms_of(both)[0]] == ["申报表", "自评表"]
    selfeval = built_forms(both, ("自评表",))[0][0]
    assert selfeval.options.fields["project_name"] == "技能评价业务工作经费"

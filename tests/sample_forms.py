"""A hand-built :class:`~perfdocs.forms.grid.Form` for renderer unit tests.

It mirrors the 2024 自评表 grid (nine columns, a top block and an indicator block whose
header repeats) without going through loading or calculation, so a renderer can be tested
on its own. Acceptance tests use the real pipeline instead.
"""

from __future__ import annotations

from decimal import Decimal

from perfdocs.forms.grid import Block, Cell, Fonts, Form
from perfdocs.layouts.layout import NumberStyle
from perfdocs.render.base import FormOptions

D = Decimal
MONEY = NumberStyle(thousands=True)
"""How the 2024 自评表 prints amounts: 1,234.50 (Excel: #,##0.00)."""
SCORE = NumberStyle()
"""How it prints scores: 97.76 (Excel: 0.00)."""
WIDTHS = tuple(D(w) for w in (6, 7, 14, 12, 11, 11, 7, 7, 19))


def _money(row: int, col: int, value: str) -> Cell:
    number = D(value.replace(",", ""))
    return Cell(row, col, value, style="number", align="right", number=number,
                number_style=MONEY)


def top_block() -> Block:
    """项目名称, 主管部门/实施单位, the funds block and the 年度总体目标 rows."""
    cells = [
        Cell(0, 0, "项目名称", style="label"),
        Cell(0, 1, "第48届世赛筹办场地经理跟岗学习经费", colspan=8, align="left"),
        Cell(1, 0, "主管部门", style="label"),
        Cell(1, 1, "上海市人力资源和社会保障局", colspan=3, align="left"),
        Cell(1, 4, "实施单位", style="label", colspan=2),
        Cell(1, 6, "上海市职业技能鉴定中心", colspan=3, align="left"),
        Cell(2, 0, "项目资金\n（万元）", style="label", rowspan=5),
        Cell(2, 1, "", style="header", colspan=2),
    ]
    heads = ["年初预算数", "全年预算数", "全年执行数", "分数", "执行率(%)", "得分"]
    cells += [Cell(2, 3 + i, h, style="header") for i, h in enumerate(heads)]
    rows = [
        ("年度资金总额：", "0.00", "541.15", "501.35", "10.00", "92.64", "9.26"),
        ("其中：当年财政拨款", "0.00", "541.15", "501.35", "-", "92.64", "-"),
        ("上年结转资金", "0.00", "0.00", "0.00", "-", "0.00", "-"),
        ("其他资金", "0.00", "0.00", "0.00", "-", "0.00", "-"),
    ]
    for r, (label, *values) in enumerate(rows, start=3):
        cells.append(Cell(r, 1, label, style="label", colspan=2))
        for i, v in enumerate(values):
            if v == "-":
                cells.append(Cell(r, 3 + i, v, style="number"))
            else:
                cells.append(_money(r, 3 + i, v))
    cells += [
        Cell(7, 0, "年度\n总体\n目标", style="label", rowspan=2),
        Cell(7, 1, "预期目标", style="header", colspan=4),
        Cell(7, 5, "实际完成情况", style="header", colspan=4),
        Cell(8, 1, "1.按照2024年上海世赛筹办对接会的有关要求，邀请人社部相关专家，开展世赛"
                   "场地经理关于竞赛技术规则的培训指导和咨询。" * 3, colspan=4, align="left"),
        Cell(8, 5, "1、按照2024年上海世赛筹办对接会的有关要求，于7月30日-8月1日邀请世界技能"
                   "组织专家，完成为期2.5天世赛场地经理培训指导和咨询。" * 3, colspan=4,
             align="left"),
    ]
    return Block(n_rows=9, cells=tuple(cells))


def indicator_block(n_indicators: int = 40) -> Block:
    """Header row, ``n_indicators`` rows in two 一级 groups, then 总分 and 评分等级."""
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
             "偏差原因分析及改进措施"]
    cells = [Cell(0, 0, heads[0], style="header"), Cell(0, 1, heads[1], style="header"),
             Cell(0, 2, heads[2], style="header", colspan=2)]
    cells += [Cell(0, 4 + i, h, style="header") for i, h in enumerate(heads[3:])]
    first = n_indicators // 2
    second = n_indicators - first
    cells.append(Cell(1, 0, "产出指标", style="label", rowspan=first))
    cells.append(Cell(1, 1, "数量指标", style="label", rowspan=first))
    cells.append(Cell(1 + first, 0, "效益指标", style="label", rowspan=second))
    cells.append(Cell(1 + first, 1, "社会效益指标", style="label", rowspan=second))
    for i in range(n_indicators):
        r = 1 + i
        cells += [
            Cell(r, 2, f"培训指导和咨询的参会人数（第{i + 1}项）", colspan=2, align="left"),
            Cell(r, 4, "≥100.00(人)"),
            Cell(r, 5, "74.00(人)"),
            Cell(r, 6, "2.00", style="number", align="right", number=D("2.00"),
                 number_style=SCORE),
            Cell(r, 7, "1.50", style="number", align="right", number=D("1.50"),
                 number_style=SCORE),
            Cell(r, 8, "部分场地经理因个人原因请假未全程参与培训会议。" if i % 3 == 0 else "",
                 align="left"),
        ]
    total = 1 + n_indicators
    cells += [
        Cell(total, 0, "总分", style="label", colspan=6),
        Cell(total, 6, "100.00", style="total", number=D("100.00"), number_style=SCORE),
        Cell(total, 7, "97.76", style="total", number=D("97.76"), number_style=SCORE),
        Cell(total, 8, ""),
        Cell(total + 1, 0, "评分等级", style="label", colspan=6),
        Cell(total + 1, 6, "优", style="total", colspan=3),
    ]
    return Block(n_rows=total + 2, cells=tuple(cells), repeat_rows=1)


def sample_form(n_indicators: int = 40) -> Form:
    """A complete two-block 自评表-like form that runs over more than one A4 page."""
    form = Form(
        kind="自评表",
        title="财政项目支出绩效自评表",
        subtitle="（2024年度）",
        column_widths=WIDTHS,
        blocks=(top_block(), indicator_block(n_indicators)),
        fonts=Fonts(),
    )
    form.check()
    return form


SHEET_NAME = "第48届世赛筹办场地经理跟岗学习经费"
"""The worksheet name the engine would give :func:`sample_form` (the layout's sheet_name)."""


def sample_options(template_dir: object = None) -> FormOptions:
    """What the engine hands a renderer beside :func:`sample_form`: the fields a Word
    template may place, and the folder of its template (``<kind>.docx``) if any."""
    return FormOptions(template_dir=None if template_dir is None else str(template_dir),
                       fields={"title": "财政项目支出绩效自评表", "subtitle": "（2024年度）",
                               "project_name": "第48届世赛筹办场地经理跟岗学习经费"},
                       sheet_name=SHEET_NAME)


def heading_form(lead: int, repeat: int = 120) -> Form:
    """The 2020 绩效目标表's narrative layout: full-width heading rows, each followed by its
    text (``repeat`` short sentences), after ``lead`` one-line rows that push a heading
    towards a page bottom."""
    cells = [Cell(r, 0, f"前置第{r}行", colspan=2, align="left") for r in range(lead)]
    row = lead
    for name in ("项目实施计划：", "总目标及阶段性目标："):
        cells.append(Cell(row, 0, name, colspan=2, style="label", align="left"))
        cells.append(Cell(row + 1, 0, f"{name[:2]}正文。" * repeat, colspan=2, align="left"))
        row += 2
    cells += [Cell(row, 0, "本项目上年度市级财政资金使用情况", colspan=2, style="header"),
              Cell(row + 1, 0, "项目总预算（元）", style="label"),
              Cell(row + 1, 1, "6,424,663", style="number", align="right")]
    form = Form("绩效目标表", "财政项目支出绩效目标表", "（2020 年度）",
                (Decimal(1), Decimal(3)), (Block(row + 2, tuple(cells)),))
    form.check()
    return form

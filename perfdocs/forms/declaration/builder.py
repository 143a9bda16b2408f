"""Build the 财政项目支出绩效目标申报表 :class:`~perfdocs.forms.grid.Form` (seed 001's layout).

The form has two tables, like the 自评表: a top block (项目名称 | 项目性质 | 项目类别, 主管部门 |
实施单位, the planned dates, the 项目资金 block and 项目绩效目标) and the indicator table, whose
heading row repeats on every page it runs onto. Where each part sits, what it is called and
how amounts read come from the layout (``[forms."申报表"]``); the amounts come converted and
rounded from :func:`perfdocs.forms.declaration.figures.declared_funds`. The builder only
places and formats.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING

from perfdocs.forms.declaration.figures import DeclaredFunds, declared_funds
from perfdocs.forms.frame import assemble, line_sources, title_context
from perfdocs.forms.grid import Block, Form
from perfdocs.forms.numberformat import format_number, sheet_value
from perfdocs.forms.selfeval.builder import _Rows, put_extra_headings, put_extra_values
from perfdocs.model.targets import official_text

if TYPE_CHECKING:
    from perfdocs.engine.pipeline import Prepared
    from perfdocs.layouts.layout import FormLayout, Layout, NumberStyle
    from perfdocs.model.project import Declaration, Project

KIND = "申报表"
DATE_FORMAT = "%Y-%m-%d"
"""How the planned dates print (seed 001: 2024-01-01)."""

_FUNDS_AT = "申报.项目资金"


def build(prepared: Prepared, form: FormLayout) -> Form:
    """The 申报表 of a prepared project (the builder registered as ``declaration``)."""
    return build_declaration(prepared.project, prepared.layout, form, unit=prepared.unit)


def fields(prepared: Prepared, form: FormLayout) -> dict[str, str]:
    """The text fields of a prepared project's 申报表 (for a user's Word template)."""
    return title_context(prepared.project, prepared.layout, form, KIND)


def build_declaration(project: Project, layout: Layout, form: FormLayout | None = None, *,
                      unit: Mapping[str, str] | None = None) -> Form:
    """The whole 申报表 of one project (``unit``: perfdocs.toml's [unit] details)."""
    form = form or layout.form(KIND)
    declaration = project.declaration
    assert declaration is not None
    context = title_context(project, layout, form, KIND)
    funds = declared_funds(declaration, form)
    blocks = (_top_block(project, declaration, funds, form),
              _indicator_block(declaration, form))
    return assemble(layout, form, KIND, context, blocks, line_sources(project, unit))


def _top_block(project: Project, declaration: Declaration, funds: DeclaredFunds,
               form: FormLayout) -> Block:
    lab, money = form.label, form.display.money
    rows = _Rows(form)
    rows.put(0, "project_label", lab("project_name"), style="label")
    rows.put(0, "project_value", project.name, align="left", field="项目名称")
    rows.put(0, "nature_label", lab("nature"), style="label")
    rows.put(0, "nature_value", declaration.nature or "", align="left", field="申报.项目性质")
    rows.put(0, "category_label", lab("category"), style="label")
    rows.put(0, "category_value", declaration.category, align="left", field="申报.项目类别")
    rows.put(1, "department_label", lab("department"), style="label")
    rows.put(1, "department_value", project.department, align="left", field="主管部门")
    rows.put(1, "unit_label", lab("unit"), style="label")
    rows.put(1, "unit_value", project.unit, align="left", field="实施单位")
    rows.put(2, "start_label", lab("start"), style="label")
    rows.put(2, "start_value", declaration.start.strftime(DATE_FORMAT), align="left",
             field="申报.计划开始日期")
    rows.put(2, "end_label", lab("end"), style="label")
    rows.put(2, "end_value", declaration.end.strftime(DATE_FORMAT), align="left",
             field="申报.计划完成日期")

    # Funds: four rows. The left half has three lines; 其中：财政资金 spans the middle two,
    # as on the printed form, so both halves end on 其他资金.
    f = 3
    rows.put(f, "funds_label", lab("funds").replace("{unit}", form.money_unit), rowspan=4,
             style="label")
    left = (("project_total", funds.project_total, 1, "项目资金总额.合计"),
            ("project_fiscal", funds.project_fiscal, 2, "项目资金总额.财政资金"),
            ("project_other", funds.project_other, 1, "项目资金总额.其他资金"))
    r = f
    for key, value, span, field in left:
        rows.put(r, "project_funds_label", lab(key), rowspan=span, style="label",
                 align="left")
        _amount(rows, r, "project_funds_value", value, money, span, f"{_FUNDS_AT}.{field}")
        r += span
    right = (("annual_total", funds.annual_total, "年度资金申请总额.合计"),
             ("appropriation", funds.appropriation, "年度资金申请总额.当年财政拨款"),
             ("carried_over", funds.carried_over, "年度资金申请总额.上年结转资金"),
             ("other", funds.other, "年度资金申请总额.其他资金"))
    for offset, (key, value, field) in enumerate(right):
        rows.put(f + offset, "annual_funds_label", lab(key), style="label", align="left")
        _amount(rows, f + offset, "annual_funds_value", value, money, 1,
                f"{_FUNDS_AT}.{field}")

    g = f + 4
    rows.put(g, "goals_label", lab("goals"), rowspan=2, style="label")
    rows.put(g, "overall_goal", lab("overall_goal"), style="header")
    rows.put(g, "annual_goal", lab("annual_goal"), style="header")
    rows.put(g + 1, "overall_goal", declaration.overall_goal or "", align="left",
             field="申报.项目总目标")
    rows.put(g + 1, "annual_goal", declaration.annual_goal, align="left",
             field="申报.年度总体目标")
    n_rows = g + 2
    rows.fill(n_rows, len(form.grid_widths))
    return Block(n_rows, tuple(rows.cells))


def _amount(rows: _Rows, row: int, part: str, value: Decimal | None, style: NumberStyle,
            rowspan: int, field: str) -> None:
    """An amount cell: right-aligned, thousands separators, blank when not declared."""
    if value is None:
        rows.put(row, part, "", rowspan=rowspan, style="number", align="right", field=field)
        return
    rows.put(row, part, format_number(value, style), rowspan=rowspan, style="number",
             align="right", number=sheet_value(value, style),
             number_style=style, field=field)


def _indicator_block(declaration: Declaration, form: FormLayout) -> Block:
    lab = form.label
    rows = _Rows(form)
    for part in ("level1", "level2", "level3", "target"):
        rows.put(0, part, lab(part), style="header")
    put_extra_headings(rows, form)
    flat = declaration.flat()
    row = 1
    for level1, groups in declaration.indicators.items():
        n1 = sum(len(items) for items in groups.values())
        rows.put(row, "level1", rows.label("level1", level1), rowspan=n1, style="label",
                 field=f"申报.绩效指标.{level1}")
        for level2, items in groups.items():
            rows.put(row, "level2", rows.label("level2", level2),
                     rowspan=len(items), style="label",
                     field=f"申报.绩效指标.{level1}.{level2}")
            for index, ind in enumerate(items):
                field = f"申报.绩效指标.{level1}.{level2}[{index + 1}]"
                rows.put(row, "level3", ind.name, align="left", field=f"{field}.三级指标")
                rows.put(row, "target", official_text(ind.target), field=f"{field}.年度指标值")
                put_extra_values(rows, form, row, ind, field)
                row += 1
    n_rows = 1 + len(flat)
    label = form.labels.get("indicator_block", "")
    if label and form.span("indicator_block"):
        # The label spans the indicator rows; the heading row above it keeps its own (blank)
        # cell, so the heading that repeats on every page is one row high and self-contained.
        rows.put(0, "indicator_block", "", style="header")
        rows.put(1, "indicator_block", label, rowspan=n_rows - 1, style="label")
    rows.fill(n_rows, len(form.grid_widths))
    return Block(n_rows, tuple(rows.cells), repeat_rows=1)

"""Build the 2020 财政项目支出绩效目标表 :class:`~perfdocs.forms.grid.Form` (seed 004's layout).

The form is a declaration written mostly in prose: header fields (申报单位名称, 项目名称,
项目类别, the planned dates, 是否含有政府购买服务, 绩效类型), six narrative sections (项目概况 …
总目标及阶段性目标), the 本项目上年度市级财政资金使用情况 block, then the "<年度>年绩效目标"
table 一级目标 | 二级目标 | 三级目标 | 指标目标值.

Narratives run to a page and more. Word will not break a table row across pages once the
renderer marks rows unsplittable, so every paragraph of a section is a row of its own: the
text flows from page to page in docx and PDF, breaking between paragraphs. Labels, columns
and the money unit come from the layout (``[forms."绩效目标表"]``); the amounts come
converted and rounded from :func:`perfdocs.forms.target.figures.target_funds`. The builder only
places and formats.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING

from perfdocs.forms.frame import assemble, line_sources, title_context
from perfdocs.forms.grid import Block, Form
from perfdocs.forms.numberformat import format_number, sheet_value
from perfdocs.forms.selfeval.builder import _Rows, put_extra_headings, put_extra_values
from perfdocs.forms.target.figures import TargetFunds, target_funds
from perfdocs.model.targets import official_text

if TYPE_CHECKING:
    from perfdocs.engine.pipeline import Prepared
    from perfdocs.layouts.layout import FormLayout, Layout
    from perfdocs.model.project import Declaration, Project

KIND = "绩效目标表"
DATE_FORMAT = "%Y-%m-%d"
"""How the planned dates print (seed 004: 2020-01-01)."""

NARRATIVES: tuple[tuple[str, str, str], ...] = (
    ("overview", "overview", "项目概况"),
    ("basis", "basis", "立项依据"),
    ("necessity", "necessity", "项目设立的必要性"),
    ("measures", "measures", "保证项目实施的制度、措施"),
    ("plan", "plan", "项目实施计划"),
    ("goal", "annual_goal", "年度总体目标"),
)
"""(label key, Declaration attribute, project-file key) of each narrative, in form order.

The last one is printed as 总目标及阶段性目标: the 2020 form's name for the goal the other
forms call 年度总体目标 (seed 003's 自评表 repeats it word for word as 预算目标), so a
project file states it once, under the key every layout reads.
"""

_AT = "申报"


def build(prepared: Prepared, form: FormLayout) -> Form:
    """The 绩效目标表 of a prepared project (the builder registered as ``target``)."""
    return build_target(prepared.project, prepared.layout, form, unit=prepared.unit)


def fields(prepared: Prepared, form: FormLayout) -> dict[str, str]:
    """The text fields of a prepared project's 绩效目标表 (for a user's Word template)."""
    return title_context(prepared.project, prepared.layout, form, form.kind or KIND)


def build_target(project: Project, layout: Layout, form: FormLayout | None = None, *,
                 unit: Mapping[str, str] | None = None) -> Form:
    """The whole 绩效目标表 of one project (``unit``: perfdocs.toml's [unit] details)."""
    form = form or layout.form(KIND)
    declaration = project.declaration
    assert declaration is not None
    context = title_context(project, layout, form, form.kind or KIND)
    funds = target_funds(declaration, form)
    blocks = (_top_block(project, declaration, funds, form),
              _target_block(project, declaration, form))
    return assemble(layout, form, KIND, context, blocks, line_sources(project, unit))


def paragraphs(text: str | None) -> list[str]:
    """The non-blank paragraphs of a narrative (one table row each, so pages break between)."""
    if not text:
        return []
    return [line.strip() for line in text.splitlines() if line.strip()]


def _top_block(project: Project, declaration: Declaration, funds: TargetFunds,
               form: FormLayout) -> Block:
    lab = form.label
    rows = _Rows(form)
    r = 0
    for label_key, value, field in (
        ("applicant", declaration.applicant or project.unit, "申报.申报单位名称"),
        ("project_name", project.name, "项目名称"),
        ("category", declaration.category, "申报.项目类别"),
    ):
        rows.put(r, "header_label", lab(label_key), style="label")
        rows.put(r, "header_value", value, align="left", field=field)
        r += 1
    pairs = (
        (("start", declaration.start.strftime(DATE_FORMAT), "申报.计划开始日期"),
         ("end", declaration.end.strftime(DATE_FORMAT), "申报.计划完成日期")),
        (("government_purchase", declaration.government_purchase or "",
          "申报.是否含有政府购买服务"),
         ("performance_type", declaration.performance_type or "", "申报.绩效类型")),
    )
    for left, right in pairs:
        for side, (label_key, value, field) in (("left", left), ("right", right)):
            rows.put(r, f"pair_{side}_label", lab(label_key), style="label")
            rows.put(r, f"pair_{side}_value", value, align="left", field=field)
        r += 1

    for label_key, attr, key in NARRATIVES:
        label = form.labels.get(label_key, "")
        if not label:
            continue  # a layout may leave a section out
        rows.put(r, "section_label", label, style="label", align="left")
        r += 1
        for index, paragraph in enumerate(paragraphs(getattr(declaration, attr)) or [""]):
            # one box per section, as seed 004 prints it: no rule between its paragraphs
            rows.put(r, "section_text", paragraph, align="left", field=f"{_AT}.{key}",
                     joined=index > 0)
            r += 1

    unit = form.money_unit
    rows.put(r, "funds_title", lab("funds_title"), style="header")
    r += 1
    at = f"{_AT}.上年度资金使用情况"
    money_rows = (
        (("project_total", funds.project_total, f"{_AT}.项目资金.项目资金总额.合计"),
         ("year_budget", funds.year_budget, f"{_AT}.项目资金.年度资金申请总额.合计")),
        (("last_year_budget", funds.last_year_budget, f"{at}.同名项目上年预算额"),
         ("last_year_executed", funds.last_year_executed, f"{at}.同名项目上年预算执行数")),
    )
    for left_pair, right_pair in money_rows:
        for side, (amount_key, amount, where) in (("left", left_pair), ("right", right_pair)):
            rows.put(r, f"pair_{side}_label", lab(amount_key).replace("{unit}", unit),
                     style="label")
            _amount(rows, r, f"pair_{side}_value", amount, form, where)
        r += 1
    rows.fill(r, len(form.grid_widths))
    return Block(r, tuple(rows.cells))


def _amount(rows: _Rows, row: int, part: str, value: Decimal | None, form: FormLayout,
            field: str) -> None:
    """An amount cell, right-aligned; blank when the form had no figure."""
    style = form.display.money
    if value is None:
        rows.put(row, part, "", style="number", align="right", field=field)
        return
    rows.put(row, part, format_number(value, style), style="number", align="right",
             number=sheet_value(value, style),
             number_style=style, field=field)


def _target_block(project: Project, declaration: Declaration, form: FormLayout) -> Block:
    """"<年度>年绩效目标" and its table; both heading rows repeat on every page."""
    lab = form.label
    rows = _Rows(form)
    rows.put(0, "targets_title", lab("targets_title").replace("{year}", str(project.year)),
             style="header")
    for part in ("level1", "level2", "level3", "target"):
        rows.put(1, part, lab(part), style="header")
    put_extra_headings(rows, form, 1)
    row = 2
    for level1, groups in declaration.indicators.items():
        span = sum(len(items) for items in groups.values())
        rows.put(row, "level1", rows.label("level1", level1), rowspan=span,
                 style="label", field=f"{_AT}.绩效指标.{level1}")
        for level2, items in groups.items():
            rows.put(row, "level2", rows.label("level2", level2),
                     rowspan=len(items), style="label",
                     field=f"{_AT}.绩效指标.{level1}.{level2}")
            for index, ind in enumerate(items):
                field = f"{_AT}.绩效指标.{level1}.{level2}[{index + 1}]"
                rows.put(row, "level3", ind.name, align="left", field=f"{field}.三级指标")
                rows.put(row, "target", official_text(ind.target), align="left",
                         field=f"{field}.年度指标值")
                put_extra_values(rows, form, row, ind, field)
                row += 1
    rows.fill(row, len(form.grid_widths))
    return Block(row, tuple(rows.cells), repeat_rows=2)

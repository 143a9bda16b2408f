"""The unit summary (汇总表): one row per project of one 实施单位 and 年度, and a totals row.

Several projects of one unit are handed in together under one title,
"<unit><year>年度项目绩效目标汇总表" (seed 001). The summary lists each project's 项目名称,
项目性质, 项目类别 and 年度资金申请总额, how many indicators it declares under each 一级指标,
and, once it is evaluated, 全年预算数, 全年执行数, 执行率, 总分 and 评分等级.

Figures are computed here in Decimal (sums, the totals row's 执行率) with the rounding of the
projects' layout, then laid out as an ordinary :class:`~perfdocs.forms.grid.Form`, so the
existing xlsx and PDF renderers draw it like any other form. Amounts print in the unit of
the layout's 申报表 (元 in 2024), so the 年度资金申请总额 reads as on the declarations.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from perfdocs.forms.grid import Block, Cell, CellStyle, Fonts, Form
from perfdocs.forms.numberformat import excel_format, format_number, sheet_value
from perfdocs.layouts.layout import NumberStyle

if TYPE_CHECKING:
    from perfdocs.engine.pipeline import Prepared
    from perfdocs.layouts.layout import FormLayout, Layout

KIND = "汇总表"
TITLE = "{unit}{year}年度项目绩效目标汇总表"
COUNT_STYLE = NumberStyle(places=0)
ZERO = Decimal(0)
HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)
class SummaryRow:
    """One project's line; amounts in the summary's unit, rounded; None where not known."""

    path: str
    name: str
    nature: str
    category: str
    annual: Decimal | None
    counts: dict[str, int]
    budget: Decimal | None
    executed: Decimal | None
    rate: Decimal | None
    total: Decimal | None
    grade: str

    @property
    def indicators(self) -> int:
        """All the project's indicators."""
        return sum(self.counts.values())


@dataclass(frozen=True, slots=True)
class Totals:
    """The totals row: sums of the rows' printed figures, and the rate of those sums."""

    annual: Decimal
    counts: dict[str, int]
    budget: Decimal
    executed: Decimal
    rate: Decimal | None

    @property
    def indicators(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True, slots=True)
class Summary:
    """The summary of one 实施单位 and 年度."""

    unit: str
    year: int
    level1: tuple[str, ...]
    """The 一级指标 columns, in the order the projects first name them."""
    rows: tuple[SummaryRow, ...]
    totals: Totals
    money_form: FormLayout
    """The form whose money unit, rounding and display the amounts follow (the 申报表)."""
    rate_form: FormLayout | None
    """The form whose rate and score rounding and display apply (the 自评表)."""

    @property
    def title(self) -> str:
        return TITLE.format(unit=self.unit, year=self.year)


def _layout_forms(layout: Layout) -> tuple[FormLayout, FormLayout | None]:
    """The form whose money unit the summary prints in, and the 自评表's (rates)."""
    from perfdocs.layouts.layout import selfeval_form

    forms = layout.forms.values()
    selfeval = selfeval_form(layout)
    declaration = next((f for f in forms if f.builder == "declaration"), None)
    money = declaration or selfeval or next(iter(forms))
    return money, selfeval


def _row(prepared: Prepared, money: FormLayout) -> SummaryRow:
    from perfdocs.compute.calculate import to_unit
    from perfdocs.forms.declaration.figures import indicator_counts

    project = prepared.project
    decl, evaluation, result = project.declaration, project.evaluation, prepared.result
    counts = indicator_counts(decl.indicators if decl is not None else evaluation.indicators)
    budget = executed = None
    if evaluation is not None:
        budget = to_unit(evaluation.funds.total.budget, money)
        executed = to_unit(evaluation.funds.total.executed, money)
    return SummaryRow(
        path=prepared.path, name=project.name,
        nature=(decl.nature or "") if decl is not None else "",
        category=decl.category if decl is not None else "",
        annual=to_unit(decl.funds.annual.total, money) if decl is not None else None,
        counts=counts, budget=budget, executed=executed,
        rate=result.execution_rate if result is not None else None,
        total=result.total if result is not None else None,
        grade=result.grade if result is not None else "",
    )


def _rate(executed: Decimal, budget: Decimal, form: FormLayout | None) -> Decimal | None:
    """执行率 of the totals row, from the summed amounts, rounded like a project's."""
    if budget == 0 or form is None:
        return None
    return form.rounding.rate.rounding()(executed / budget * HUNDRED)


@dataclass(frozen=True, slots=True)
class Entry:
    """What the summary keeps of one project: its group, its layout and its line.

    A packet of thousands of projects validates them all before rendering any, and binds
    the summary after; holding each project's model and figures meanwhile grew memory by
    ~0.17 MB a project. An entry is a few hundred bytes.
    """

    path: str
    unit: str
    year: int
    layout: Layout
    row: SummaryRow


def entry_of(prepared: Prepared) -> Entry:
    """The :class:`Entry` of a prepared project (its line computed now)."""
    money, _rate_form = _layout_forms(prepared.layout)
    return Entry(prepared.path, prepared.project.unit, prepared.project.year, prepared.layout,
                 _row(prepared, money))


def summarize(prepared: Iterable[Prepared | Entry]) -> list[Summary]:
    """Group projects by (实施单位, 年度) and compute each group's rows and totals."""
    groups: dict[tuple[str, int], list[Entry]] = {}
    for item in prepared:
        found = item if isinstance(item, Entry) else entry_of(item)
        groups.setdefault((found.unit, found.year), []).append(found)
    out = []
    for (unit, year), items in groups.items():
        money, rate_form = _layout_forms(items[0].layout)
        rows = tuple(item.row for item in items)
        level1 = tuple(dict.fromkeys(l1 for row in rows for l1 in row.counts))
        budget = sum((r.budget for r in rows if r.budget is not None), ZERO)
        executed = sum((r.executed for r in rows if r.executed is not None), ZERO)
        totals = Totals(
            annual=sum((r.annual for r in rows if r.annual is not None), ZERO),
            counts={l1: sum(r.counts.get(l1, 0) for r in rows) for l1 in level1},
            budget=budget, executed=executed, rate=_rate(executed, budget, rate_form),
        )
        out.append(Summary(unit, year, level1, rows, totals, money, rate_form))
    return out


class _Grid:
    """Cells of the summary's one block, placed by column index."""

    def __init__(self) -> None:
        self.cells: list[Cell] = []

    def text(self, row: int, col: int, text: str, *, style: CellStyle = "text",
             align: str = "center", rowspan: int = 1, colspan: int = 1,
             field: str | None = None) -> None:
        self.cells.append(Cell(row, col, text, rowspan, colspan, style, align,  # type: ignore[arg-type]
                               field=field))

    def figure(self, row: int, col: int, value: Decimal | int | None, style: NumberStyle, *,
               cell_style: CellStyle = "number", align: str = "right") -> None:
        if value is None:
            self.text(row, col, "", style=cell_style, align=align)
            return
        number = Decimal(value)
        self.cells.append(Cell(row, col, format_number(number, style), 1, 1, cell_style,
                               align, sheet_value(number, style), excel_format(style)))  # type: ignore[arg-type]


def build_summary_form(summary: Summary) -> Form:
    """The summary as a :class:`Form`: a two-row heading (repeated per page) and the rows."""
    money_style = summary.money_form.display.money
    rate_style = summary.rate_form.display.rate if summary.rate_form else NumberStyle()
    score_style = summary.rate_form.display.score if summary.rate_form else NumberStyle()
    unit = summary.money_form.money_unit
    n1 = len(summary.level1)
    # Relative widths: the amount columns must hold "86,000,000.00" on one line.
    widths = [Decimal(3), Decimal(16), Decimal(8), Decimal(7), Decimal(15)]
    widths += [Decimal("4.5")] * (n1 + 1)
    widths += [Decimal(15), Decimal(15), Decimal(7), Decimal(6), Decimal(5)]
    g = _Grid()
    for col, label in enumerate(("序号", "项目名称", "项目性质", "项目类别",
                                 f"年度资金申请总额\n（{unit}）")):
        g.text(0, col, label, style="header", rowspan=2)
    first_count = 5
    g.text(0, first_count, "绩效指标数（个）", style="header", colspan=n1 + 1)
    for i, level1 in enumerate(summary.level1):
        g.text(1, first_count + i, level1, style="header")
    g.text(1, first_count + n1, "合计", style="header")
    first_eval = first_count + n1 + 1
    g.text(0, first_eval, "自评", style="header", colspan=5)
    for i, label in enumerate((f"全年预算数\n（{unit}）", f"全年执行数\n（{unit}）", "执行率(%)",
                               "总分", "评分等级")):
        g.text(1, first_eval + i, label, style="header")

    for n, row in enumerate(summary.rows, start=1):
        r = n + 1
        g.figure(r, 0, n, COUNT_STYLE, align="center")
        g.text(r, 1, row.name, align="left", field=f"{row.path}: 项目名称")
        g.text(r, 2, row.nature, field=f"{row.path}: 申报.项目性质")
        g.text(r, 3, row.category, field=f"{row.path}: 申报.项目类别")
        g.figure(r, 4, row.annual, money_style)
        for i, level1 in enumerate(summary.level1):
            g.figure(r, first_count + i, row.counts.get(level1, 0), COUNT_STYLE, align="center")
        g.figure(r, first_count + n1, row.indicators, COUNT_STYLE, align="center")
        g.figure(r, first_eval, row.budget, money_style)
        g.figure(r, first_eval + 1, row.executed, money_style)
        g.figure(r, first_eval + 2, row.rate, rate_style, align="center")
        g.figure(r, first_eval + 3, row.total, score_style, align="center")
        g.text(r, first_eval + 4, row.grade)

    t = len(summary.rows) + 2
    totals = summary.totals
    g.text(t, 0, "合计", style="total", colspan=4)
    g.figure(t, 4, totals.annual, money_style, cell_style="total", align="right")
    for i, level1 in enumerate(summary.level1):
        g.figure(t, first_count + i, totals.counts[level1], COUNT_STYLE, cell_style="total",
                 align="center")
    g.figure(t, first_count + n1, totals.indicators, COUNT_STYLE, cell_style="total",
             align="center")
    g.figure(t, first_eval, totals.budget, money_style, cell_style="total")
    g.figure(t, first_eval + 1, totals.executed, money_style, cell_style="total")
    g.figure(t, first_eval + 2, totals.rate, rate_style, cell_style="total", align="center")
    g.text(t, first_eval + 3, "", style="total")
    g.text(t, first_eval + 4, "", style="total")

    fonts = summary.money_form.fonts
    form = Form(
        kind=KIND, title=summary.title, subtitle=f"金额单位：{unit}",
        column_widths=tuple(widths), blocks=(Block(t + 1, tuple(g.cells), repeat_rows=2),),
        sheet_name=KIND, fonts=Fonts(fonts.family, fonts.title_size, fonts.subtitle_size,
                                     Decimal(8)),
        context={"title": summary.title, "unit": summary.unit, "year": str(summary.year),
                 "form": KIND},
    )
    form.check()
    return form


def describe(summary: Summary) -> dict[str, Any]:
    """The summary's figures as plain values (for messages and tests)."""
    return {"unit": summary.unit, "year": summary.year, "projects": len(summary.rows),
            "年度资金申请总额": summary.totals.annual, "全年预算数": summary.totals.budget,
            "全年执行数": summary.totals.executed, "执行率": summary.totals.rate,
            "指标数": summary.totals.indicators}

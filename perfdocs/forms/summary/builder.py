"""The 项目绩效一览表: one row per project of one 实施单位 and 年度, and a totals row.

perfdocs' own overview, not an official form (the official 汇总表 is the title over each
project's 申报表: :mod:`perfdocs.forms.summary.declaration`). Its columns stand in two groups
under their own headings, so declaration figures and self-evaluation results never read as
one: under 绩效目标申报 the 项目性质, 项目类别, 年度资金申请总额 and the indicators declared
under each 一级指标; under 绩效自评 the 全年预算数, 全年执行数, 执行率, 总分 and 评分等级. A
project without a part has blank cells in that part's group. The title, money unit, columns
and labels are the layout's ``[overview]`` section.

Figures are the calculator's (:mod:`perfdocs.compute.calculate`), in Decimal with the
rounding of the 一览表's layout (the projects' own, or the run's where they mix layouts:
:func:`summarize`): each row keeps its exact amounts (in 元) beside the printed ones; the
totals row adds the printed ones (the column foots) or, where the layout's
``[overview] totals_from`` says "exact", the exact ones, and takes its 执行率 from the exact
sums, so that a single project's 合计 reads as its own row. Then it is laid out as an ordinary
:class:`~perfdocs.forms.grid.Form`, so the existing renderers draw it like any other form.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from perfdocs.forms.grid import Block, Cell, Fonts, Form
from perfdocs.forms.labels import SHORT_LABEL
from perfdocs.forms.numberformat import PERCENT_MARKS, format_number, rate_heading, sheet_value
from perfdocs.forms.summary.widths import fitted_columns
from perfdocs.layouts.layout import NumberStyle
from perfdocs.records import Record

if TYPE_CHECKING:
    from perfdocs.engine.pipeline import Prepared
    from perfdocs.forms.grid import CellStyle
    from perfdocs.layouts.layout import FormLayout, Layout
    from perfdocs.model.project import FundRow

KIND = "项目绩效一览表"
COUNT_STYLE = NumberStyle(places=0)
BODY_SIZE = Decimal(8)
"""Points of the 一览表's cell text: small, as its many columns share one page width; less
where the amounts would not fit (:func:`~perfdocs.forms.summary.widths.fitted_columns`)."""


class SummaryRow(Record, frozen=True, slots=True):
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
    exact_annual: Decimal | None
    """年度资金申请总额, 全年预算数 and 全年执行数 as written, in 元, unrounded: what the
    totals row adds (no default, so a row kept by an older perfdocs is not read as one)."""
    exact_budget: Decimal | None
    exact_executed: Decimal | None
    declared: bool = True
    """Whether the project has a 申报 part (its 申报 cells are blank otherwise)."""
    evaluated: bool = True
    """Whether the project has a 自评 part."""

    @property
    def indicators(self) -> int:
        """All the project's declared indicators."""
        return sum(self.counts.values())


class Totals(Record, frozen=True, slots=True):
    """The totals row: the sums of the rows' printed amounts (or of their exact ones,
    rounded as a row's: :func:`totals_of`) and the rate of the exact sums; None (blank)
    where no row has the figure."""

    annual: Decimal | None
    counts: dict[str, int]
    budget: Decimal | None
    executed: Decimal | None
    rate: Decimal | None

    @property
    def indicators(self) -> int:
        return sum(self.counts.values())


class Summary(Record, frozen=True, slots=True):
    """The summary of one 实施单位 and 年度."""

    unit: str
    year: int
    level1: tuple[str, ...]
    """The 一级指标 columns, in the order the projects first name them."""
    rows: tuple[SummaryRow, ...]
    totals: Totals
    money_form: FormLayout
    """The form whose money unit, rounding and display the amounts follow (the 申报表 of
    the 一览表's layout: every row's amounts are in its unit)."""
    rate_form: FormLayout | None
    """The form whose rate rounding and display the totals row follows (the 自评表)."""
    layout: Layout
    row_forms: tuple[FormLayout | None, ...] = ()
    """Each row's own 自评表 (its layout's): how that project's 执行率 and 总分 print, as
    on its own form and in its 自评报告."""
    converted: tuple[str, ...] = ()
    """The projects (paths) of another layout than the 一览表's, whose amounts were
    converted into its money unit and rounding."""

    @property
    def title(self) -> str:
        from perfdocs.layouts.templating import render_text

        return render_text(self.layout.overview.title,
                           {"unit": self.unit, "year": str(self.year),
                            "layout": self.layout.name},
                           where=f"{self.layout.folder}/layout.toml [overview] title")

    @property
    def money_unit(self) -> str:
        return self.layout.overview.money_unit or self.money_form.money_unit


def _layout_forms(layout: Layout) -> tuple[FormLayout, FormLayout | None]:
    """The form whose money rounding the overview follows (in ``[overview] money_unit``
    when set, else in its own unit), and the 自评表 (rates and scores)."""
    from perfdocs.layouts.layout import selfeval_form

    forms = layout.forms.values()
    selfeval = selfeval_form(layout)
    declaration = next((f for f in forms if f.builder == "declaration"), None)
    money = declaration or selfeval or next(iter(forms))
    unit = layout.overview.money_unit
    if unit and unit != money.money_unit:
        money = money.replace(money_unit=unit)
    return money, selfeval


def _row(prepared: Prepared, money: FormLayout) -> SummaryRow:
    from perfdocs.compute.calculate import to_unit
    from perfdocs.forms.declaration.figures import indicator_counts

    project = prepared.project
    decl, evaluation, result = project.declaration, project.evaluation, prepared.result
    # Declared indicators only: a project without a 申报 part has none to count.
    counts = indicator_counts(decl.indicators) if decl is not None else {}
    budget = executed = None
    exact: FundRow | None = None
    if evaluation is not None:
        # the total row is the layout's (年度资金总额, or 总额 on a form declaring its rows)
        name = result.funds[0].field if result is not None and result.funds else "年度资金总额"
        exact = evaluation.funds.row(name)
        budget = to_unit(exact.budget, money) if exact is not None else None
        executed = to_unit(exact.executed, money) if exact is not None else None
    return SummaryRow(
        # a row with 自评 results names the project as its 自评表 prints it (the 一览表 is
        # the 自评 stage's table), a row of a 申报 alone by the 申报 name
        path=prepared.path, name=project.name_in("自评" if evaluation is not None else "申报"),
        nature=(decl.nature or "") if decl is not None else "",
        category=decl.category if decl is not None else "",
        annual=to_unit(decl.funds.annual.total, money) if decl is not None else None,
        counts=counts, budget=budget, executed=executed, declared=decl is not None,
        evaluated=evaluation is not None,
        rate=result.execution_rate if result is not None else None,
        total=result.total if result is not None else None,
        grade=result.grade if result is not None else "",
        exact_annual=decl.funds.annual.total if decl is not None else None,
        exact_budget=exact.budget if exact is not None else None,
        exact_executed=exact.executed if exact is not None else None,
    )


def totals_of(rows: Sequence[SummaryRow], level1: Sequence[str], money: FormLayout,
              rate_form: FormLayout | None, totals_from: str = "printed") -> Totals:
    """The totals row's amounts as the layout's ``[overview] totals_from`` says, and its
    执行率 from the exact amounts.

    "printed": the rows' printed amounts added (each already rounded to ``money``'s unit
    and places): three 元 projects of 1,247,365.00 元 print 124.74 万元 each and 合计 374.22,
    what a reader adding the column gets (rounding the exact sum gave 374.21). "exact": the
    exact amounts (in 元) summed, then rounded once. The 执行率 is, as every row's, that of
    the exact amounts, rounded as ``rate_form``'s (the 自评表's): a single project's 合计
    then reads as its own row (101.235 of 120.00 万元 prints 84.36 %, where the printed
    101.24 would give 84.37 %).
    """
    from perfdocs.compute.calculate import sum_known, summed_rate, to_unit

    exact_budget = sum_known(r.exact_budget for r in rows)
    exact_executed = sum_known(r.exact_executed for r in rows)
    if totals_from == "printed":
        annual = sum_known(r.annual for r in rows)
        budget, executed = sum_known(r.budget for r in rows), sum_known(r.executed for r in rows)
    else:
        annual = to_unit(sum_known(r.exact_annual for r in rows), money)
        budget, executed = to_unit(exact_budget, money), to_unit(exact_executed, money)
    return Totals(
        annual=annual, counts={l1: sum(r.counts.get(l1, 0) for r in rows) for l1 in level1},
        budget=budget, executed=executed,
        rate=(summed_rate(exact_budget, exact_executed, rate_form) if rate_form is not None
              else None),
    )


class Entry(Record, frozen=True, slots=True):
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


def summarize(prepared: Iterable[Prepared | Entry],
              mixed: Callable[[], Layout] | None = None) -> list[Summary]:
    """Group projects by (实施单位, 年度) and compute each group's rows and totals.

    A group whose projects share one layout is printed with it. A group mixing layouts
    is printed with ``mixed()`` (the run's layout: ``--layout``, else the settings'
    ``[render] layout``), and every row whose own layout differs is converted into its
    money unit and rounding (:func:`in_money_of`): a yunnan-2022 project (元) beside a
    national-2020 one (万元) once printed 456,000.00 under 「金额单位：万元」 and added it
    to the 合计, and which unit and formats won depended on which file came first. Without
    ``mixed`` such a group is refused (:class:`~perfdocs.errors.PerfdocsError`).
    """
    groups: dict[tuple[str, int], list[Entry]] = {}
    for item in prepared:
        found = item if isinstance(item, Entry) else entry_of(item)
        groups.setdefault((found.unit, found.year), []).append(found)
    out = []
    for (unit, year), items in groups.items():
        layout = _group_layout(unit, year, items, mixed)
        money, rate_form = _layout_forms(layout)
        rows = tuple(item.row if _same_layout(item.layout, layout) else in_money_of(item.row, money)
                     for item in items)
        level1 = tuple(dict.fromkeys(l1 for row in rows for l1 in row.counts))
        totals = totals_of(rows, level1, money, rate_form, layout.overview.totals_from)
        out.append(Summary(unit, year, level1, rows, totals, money, rate_form, layout,
                           tuple(_layout_forms(item.layout)[1] for item in items),
                           converted=tuple(item.path for item in items
                                           if not _same_layout(item.layout, layout))))
    return out


def _same_layout(one: Layout, other: Layout) -> bool:
    return one is other or (one.name, one.folder) == (other.name, other.folder)


def _group_layout(unit: str, year: int, items: Sequence[Entry],
                  mixed: Callable[[], Layout] | None) -> Layout:
    """The layout one group's 一览表 is printed with: its projects' own when they share
    one, else the run's (``mixed``); refused when there is none to decide the unit by."""
    from perfdocs.errors import PerfdocsError

    first = items[0].layout
    if all(_same_layout(item.layout, first) for item in items):
        return first
    if mixed is not None:
        return mixed()
    named = "；".join(f"{item.path}：版式 {item.layout.name}，金额单位 "
                     f"{_layout_forms(item.layout)[0].money_unit}" for item in items)
    raise PerfdocsError(f"{unit}{year} 年度的项目用了不同的版式（{named}），"
                        "无法决定项目绩效一览表的金额单位和格式；"
                        "请在 perfdocs.toml 的 [render] layout 写明一览表用哪个版式")


def in_money_of(row: SummaryRow, money: FormLayout) -> SummaryRow:
    """A row of another layout with its amounts in ``money``'s unit and rounding, from
    its exact amounts (in 元), as its own layout's row is made (:func:`_row`)."""
    from perfdocs.compute.calculate import to_unit
    from perfdocs.records import replace

    return replace(row, annual=to_unit(row.exact_annual, money),
                   budget=to_unit(row.exact_budget, money),
                   executed=to_unit(row.exact_executed, money))


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
                               align, sheet_value(number, style), style))  # type: ignore[arg-type]


def build_summary_form(summary: Summary) -> Form:
    """The 一览表 as a :class:`Form`: a two-row heading (repeated per page) and the rows.

    The first heading row holds the two groups, 绩效目标申报 and 绩效自评, each spanning its
    own columns; which columns and in what order is the layout's ``[overview]``.
    """
    spec = summary.layout.overview
    money_style = summary.money_form.display.money
    rate_style = summary.rate_form.display.rate if summary.rate_form else NumberStyle()
    score_style = summary.rate_form.display.score if summary.rate_form else NumberStyle()
    unit = summary.money_unit
    level1 = summary.level1
    # (key, relative width, how many grid columns)
    widths_of = {"nature": [Decimal(8)], "category": [Decimal(7)], "annual": [Decimal(15)],
                 "indicators": [Decimal("6.5")] * (len(level1) + 1),
                 "budget": [Decimal(15)], "executed": [Decimal(15)], "rate": [Decimal(8)],
                 "total": [Decimal(8)], "grade": [Decimal("6.5")]}
    declaration = [k for k in spec.declaration if k != "indicators" or level1]
    evaluation = list(spec.evaluation)
    widths = [Decimal(3), Decimal(16)]
    for key in (*declaration, *evaluation):
        widths += widths_of[key]
    g = _Grid()
    g.text(0, 0, spec.label("number", unit), style="header", rowspan=2)
    g.text(0, 1, spec.label("name", unit), style="header", rowspan=2)
    col = 2
    starts: dict[str, int] = {}
    for group, keys in (("declaration", declaration), ("evaluation", evaluation)):
        width = sum(len(widths_of[k]) for k in keys)
        if not width:
            continue
        g.text(0, col, spec.label(group, unit), style="header", colspan=width)
        for key in keys:
            starts[key] = col
            if key == "indicators":
                for i, name in enumerate(level1):
                    g.text(1, col + i, _two_lines(name), style="header")
                g.text(1, col + len(level1), _two_lines(spec.label("indicator_total", unit)),
                       style="header")
            elif key == "rate":  # "%" once: on the heading or on the figures
                g.text(1, col, _mark_apart(rate_heading(spec.label(key, unit), rate_style)),
                       style="header")
            elif key in ("nature", "category", "grade"):  # 项目/性质: narrow columns
                g.text(1, col, _two_lines(spec.label(key, unit)), style="header")
            else:
                g.text(1, col, spec.label(key, unit), style="header")
            col += len(widths_of[key])

    def figures(r: int, row: SummaryRow | Totals, cell_style: CellStyle,
                own: FormLayout | None = None) -> None:
        declared = not isinstance(row, SummaryRow) or row.declared
        # the project's own places; the column's "%" (on the heading or on every figure)
        rate_shown = own.display.rate.replace(suffix=rate_style.suffix) if own is not None \
            else rate_style
        score_shown = own.display.score if own is not None else score_style
        for key, at in starts.items():
            if key == "nature":
                g.text(r, at, row.nature if isinstance(row, SummaryRow) else "",
                       style=cell_style, field=f"{getattr(row, 'path', '')}: 申报.项目性质")
            elif key == "category":
                g.text(r, at, row.category if isinstance(row, SummaryRow) else "",
                       style=cell_style, field=f"{getattr(row, 'path', '')}: 申报.项目类别")
            elif key == "annual":
                g.figure(r, at, row.annual, money_style, cell_style=_num(cell_style))
            elif key == "indicators":
                for i, name in enumerate(level1):
                    g.figure(r, at + i, row.counts.get(name, 0) if declared else None,
                             COUNT_STYLE, cell_style=_num(cell_style), align="center")
                g.figure(r, at + len(level1), row.indicators if declared else None,
                         COUNT_STYLE, cell_style=_num(cell_style), align="center")
            elif key == "budget":
                g.figure(r, at, row.budget, money_style, cell_style=_num(cell_style))
            elif key == "executed":
                g.figure(r, at, row.executed, money_style, cell_style=_num(cell_style))
            elif key == "rate":
                g.figure(r, at, row.rate, rate_shown, cell_style=_num(cell_style),
                         align="center")
            elif key == "total":
                value = row.total if isinstance(row, SummaryRow) else None
                g.figure(r, at, value, score_shown, cell_style=_num(cell_style), align="center")
            elif key == "grade":
                g.text(r, at, row.grade if isinstance(row, SummaryRow) else "",
                       style=cell_style)

    for n, row in enumerate(summary.rows, start=1):
        r = n + 1
        g.figure(r, 0, n, COUNT_STYLE, align="center")
        g.text(r, 1, row.name, align="left", field=f"{row.path}: 项目名称")
        own = summary.row_forms[n - 1] if n <= len(summary.row_forms) else None
        figures(r, row, "text", own)

    t = len(summary.rows) + 2
    g.text(t, 0, spec.label("totals", unit), style="total", colspan=2)
    figures(t, summary.totals, "total")

    fonts = summary.money_form.fonts
    size, column_widths = fitted_columns(widths, g.cells, BODY_SIZE, flexible=1)
    form = Form(
        kind=KIND, title=summary.title,
        subtitle=f"金额单位：{unit}" + ("；指标数单位：个" if "indicators" in starts else ""),
        column_widths=column_widths,
        blocks=(Block(t + 1, tuple(g.cells), repeat_rows=2),),
        # figures in the layout's Latin face (Times New Roman), as on the projects' forms:
        # in 宋体's stand-in they were wider than their columns (1,286.4/0 in LibreOffice)
        fonts=Fonts(fonts.family, fonts.title_size, fonts.subtitle_size, size, fonts.latin),
    )
    form.check()
    return form


def summary_fields(summary: Summary) -> dict[str, str]:
    """The text fields of the 一览表 (for a user's Word template)."""
    return {"title": summary.title, "unit": summary.unit, "year": str(summary.year),
            "form": KIND}


def _two_lines(text: str) -> str:
    """A short column label broken in the middle ("产出指标" → "产出\\n指标")."""
    if "\n" in text or len(text) < 4:
        return text
    half = (len(text) + 1) // 2
    return f"{text[:half]}\n{text[half:]}"


def _mark_apart(heading: str) -> str:
    """执行率(%) with its percent mark on a line of its own when the heading is longer than
    a narrow column's line (执行率 / (%), not 执行 / 率(%))."""
    for mark in PERCENT_MARKS:
        base = heading[: -len(mark)].rstrip()
        if heading.endswith(mark) and "\n" not in heading and len(heading) > SHORT_LABEL \
                and base:
            return f"{base}\n{mark}"
    return heading


def _num(style: CellStyle) -> CellStyle:
    """A figure's style in a row of ``style`` (the totals row stays bold)."""
    return "total" if style == "total" else "number"


def describe(summary: Summary) -> dict[str, object]:
    """The summary's figures as plain values (for messages and tests)."""
    return {"unit": summary.unit, "year": summary.year, "projects": len(summary.rows),
            "年度资金申请总额": summary.totals.annual, "全年预算数": summary.totals.budget,
            "全年执行数": summary.totals.executed, "执行率": summary.totals.rate,
            "指标数": summary.totals.indicators}

"""Build the 财政项目支出绩效自评表 :class:`~perfdocs.forms.grid.Form` from computed figures.

Where each part sits (``columns``), what it is called (``labels``) and how figures read
(``display``) all come from the layout, so the 2020, 2021 and 2024 forms are one builder
with three layout files. The builder formats; it does not compute (that was
:mod:`perfdocs.compute.calculate`) and it does not draw (that is each renderer).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from perfdocs.forms.choices import REASON_SEPARATOR, chosen, level1_text
from perfdocs.forms.frame import assemble, line_sources, title_context
from perfdocs.forms.grid import Block, Cell, Form, gap_cells
from perfdocs.forms.labels import line_capacity, wrap_label
from perfdocs.forms.numberformat import format_number, sheet_value
from perfdocs.model.targets import official_text, parse_measure

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from perfdocs.compute.calculate import FundLine, Result
    from perfdocs.engine.pipeline import Prepared
    from perfdocs.forms.grid import CellStyle
    from perfdocs.layouts.layout import Display, FormLayout, Layout, NoteRow, NumberStyle
    from perfdocs.model.project import Project

KIND = "自评表"
TARGET_PARTS = ("target_sign", "target_value", "target_unit")
"""The 年度指标值 split into 指标性质 | 指标值 | 度量单位 (layouts.layout.TARGET_PARTS)."""
COMPARATOR_SIGNS = {">=": "≥", "<=": "≤", ">": ">", "<": "<", "=": "="}
"""A comparator as a form's 指标性质 column prints it (=、≥、≤)."""


class _Rows:
    """Collects the cells of one block, placing parts by the layout's column spans."""

    def __init__(self, form: FormLayout) -> None:
        self.form = form
        self.cells: list[Cell] = []
        self._spans: dict[str, tuple[int, int] | None] = {}
        self._captions: dict[tuple[str, str], str] = {}
        """(part, wrapped caption) → the caption before :meth:`label` wrapped it."""

    def span(self, part: str) -> tuple[int, int] | None:
        """The layout's span of ``part``, read once per block (a part sits on every row)."""
        try:
            return self._spans[part]
        except KeyError:
            found = self._spans[part] = self.form.span(part)
            return found

    def put(self, row: int, part: str, text: str, *, rowspan: int = 1,
            style: CellStyle = "text", align: str = "center", number: Decimal | None = None,
            number_style: NumberStyle | None = None, field: str | None = None,
            joined: bool = False) -> None:
        span = self.span(part)
        if span is None:
            return
        col, width = span
        self.cells.append(Cell(row, col, text, rowspan, width, style, align,  # type: ignore[arg-type]
                               number, number_style, field, joined,
                               self._captions.get((part, text))))

    def label(self, part: str, text: str) -> str:
        """A group name for ``part``, with line breaks at natural points if it must wrap."""
        span = self.span(part)
        if span is None:
            return text
        col, width = span
        wrapped = wrap_label(text, line_capacity(self.form.grid_widths, col, width,
                                                 self.form.fonts.body_size))
        self._captions[(part, wrapped)] = text  # wrapped again if assemble widens columns
        return wrapped

    def figure(self, row: int, part: str, value: Decimal | None, style: NumberStyle, *,
               cell_style: CellStyle = "number", align: str = "center") -> None:
        if value is None:
            self.put(row, part, "", style=cell_style, align=align)
            return
        self.put(row, part, format_number(value, style), style=cell_style, align=align,
                 number=sheet_value(value, style), number_style=style)

    def fill(self, n_rows: int, n_cols: int) -> None:
        """Cover every grid position no part claimed with an empty cell (a layout gap)."""
        self.cells += gap_cells(self.cells, n_rows, n_cols)


def build(prepared: Prepared, form: FormLayout) -> Form:
    """The 自评表 of a prepared project (the builder registered as ``selfeval``)."""
    assert prepared.result is not None
    return build_selfeval(prepared.project, prepared.result, prepared.layout, form,
                          unit=prepared.unit)


def build_selfeval(project: Project, result: Result, layout: Layout,
                   form: FormLayout | None = None, *,
                   unit: Mapping[str, str] | None = None) -> Form:
    """The whole 自评表 of one project (``unit``: perfdocs.toml's [unit] details)."""
    form = form or layout.form(KIND)
    evaluation = project.evaluation
    assert evaluation is not None
    name = project.name_in("自评")
    context = selfeval_fields(project, result, layout, form)
    blocks = (_top_block(project, name, result, form),
              _indicator_block(result, form, evaluation.notes))
    return assemble(layout, form, KIND, context, blocks, line_sources(project, unit))


def fields(prepared: Prepared, form: FormLayout) -> dict[str, str]:
    """The text fields of a prepared project's 自评表 (for a user's Word template)."""
    assert prepared.result is not None
    return selfeval_fields(prepared.project, prepared.result, prepared.layout, form)


def selfeval_fields(project: Project, result: Result, layout: Layout,
                    form: FormLayout) -> dict[str, str]:
    """The 自评表's title fields (its printed 项目名称 as ``project_name``) with the
    总分 and 评分等级 as printed."""
    evaluation = project.evaluation
    assert evaluation is not None
    context = title_context(project, layout, form, KIND,
                            name=project.name_in("自评"))
    context |= {"total": format_number(result.total, form.display.score)
                if result.total is not None else "",
                "grade": result.grade}
    return context


def _top_block(project: Project, name: str, result: Result, form: FormLayout) -> Block:
    lab, disp = form.label, form.display
    evaluation = project.evaluation
    assert evaluation is not None
    rows = _Rows(form)
    rows.put(0, "project_label", lab("project_name"), style="label")
    rows.put(0, "project_value", name, align="left", field="项目名称")
    rows.put(1, "department_label", lab("department"), style="label")
    rows.put(1, "department_value", project.department, align="left", field="主管部门")
    rows.put(1, "unit_label", lab("unit"), style="label")
    rows.put(1, "unit_value", project.unit, align="left", field="实施单位")
    for offset, choice in enumerate(form.choice_rows):
        rows.put(2 + offset, "choice_label", choice.label, style="label")
        rows.put(2 + offset, "choice_value", choice.text(chosen(project, choice)), align="left",
                 field=f"勾选.{choice.key}")
    top = 2 + len(form.choice_rows)

    specs = form.funds_rows()
    rows.put(top, "funds_label", lab("funds").replace("{unit}", form.money_unit),
             rowspan=1 + len(specs), style="label")
    heading = form.labels.get("funds_row_heading", "")  # 年度预算数（万元）over the row labels
    rows.put(top, "funds_row_label", heading.replace("{unit}", form.money_unit), style="header")
    for part in ("initial", "budget", "executed", "execution_weight", "rate",
                 "execution_score"):
        rows.put(top, part, lab(part), style="header")
    rows.put(top, "funds_reason", form.labels.get("funds_reason", ""), style="header")
    rows.put(top + 1, "funds_reason", evaluation.funds.reason or "", rowspan=len(specs),
             align="left", field="自评.项目资金.原因")
    lines: dict[str, FundLine] = {line.key: line for line in result.funds}
    for offset, spec in enumerate(specs):
        r = top + 1 + offset
        line = lines.get(spec.line_key)
        rows.put(r, "funds_row_label", spec.label, style="label",
                 align="left" if spec.total else "center")
        rows.figure(r, "initial", line.initial if line else None, disp.money, align="right")
        rows.figure(r, "budget", line.budget if line else None, disp.money, align="right")
        rows.figure(r, "executed", line.executed if line else None, disp.money, align="right")
        shown_rate = row_rate(line, spec.total, disp)
        if isinstance(shown_rate, str):  # nothing budgeted: the layout's words, no quotient
            rows.put(r, "rate", shown_rate, style="number")
        else:
            rows.figure(r, "rate", shown_rate, disp.rate)
        if spec.total:
            rows.figure(r, "execution_weight", result.execution_weight, disp.weight)
            rows.figure(r, "execution_score", result.execution_score, disp.score)
        else:
            rows.put(r, "execution_weight", disp.not_applicable)
            rows.put(r, "execution_score", disp.sub_row_score_text)

    g = top + 1 + len(specs)
    rows.put(g, "goals_label", lab("goals"), rowspan=2 + len(form.goal_rows), style="label")
    rows.put(g, "expected", lab("expected"), style="header")
    rows.put(g, "achieved", lab("achieved"), style="header")
    rows.put(g + 1, "expected", evaluation.goals.expected, align="left",
             field="自评.年度总体目标.预期目标")
    rows.put(g + 1, "achieved", evaluation.goals.achieved or "", align="left",
             field="自评.年度总体目标.实际完成情况")
    n_rows = g + 2
    for note in form.goal_rows:  # 项目实施内容及过程概述 …, inside the goals caption
        text, field = note_text(note, evaluation.notes, result)
        rows.put(n_rows, "goal_row_label", note.label, style="label")
        rows.put(n_rows, "goal_row_value", text, align="left", field=field)
        n_rows += 1
    rows.fill(n_rows, len(form.grid_widths))
    return Block(n_rows, tuple(rows.cells))


def _indicator_block(result: Result, form: FormLayout,
                     notes: Mapping[str, str] | None = None) -> Block:
    lab, disp = form.label, form.display
    rows = _Rows(form)
    for part in ("level1", "level2", "level3", "target", "actual", "weight", "score",
                 "reason"):
        rows.put(0, part, lab(part), style="header")
    for part in TARGET_PARTS:  # placed only by a layout printing the target in three columns
        rows.put(0, part, form.labels.get(part, ""), style="header")
    put_extra_headings(rows, form)

    inds = result.indicators
    start = 1
    for i, r in enumerate(inds):
        row = start + i
        first_l1 = i == 0 or inds[i - 1].level1 != r.level1
        first_l2 = first_l1 or inds[i - 1].level2 != r.level2
        if first_l1:
            n = sum(1 for x in inds[i:] if x.level1 == r.level1)
            name = level1_text(disp.level1_name, r.level1,
                               format_number(result.group_weight(r.level1), disp.weight))
            rows.put(row, "level1", rows.label("level1", name), rowspan=n, style="label",
                     field=f"自评.绩效指标.{r.level1}")
        if first_l2:
            n = 0
            for x in inds[i:]:
                if x.level1 != r.level1 or x.level2 != r.level2:
                    break
                n += 1
            rows.put(row, "level2", rows.label("level2", r.level2),
                     rowspan=n, style="label",
                     field=f"自评.绩效指标.{r.level1}.{r.level2}")
        field = f"自评.绩效指标.{r.level1}.{r.level2}[{r.index + 1}]"
        ind = r.indicator
        rows.put(row, "level3", ind.name, align="left", field=f"{field}.三级指标")
        rows.put(row, "target", official_text(ind.target), field=f"{field}.年度指标值")
        for part, text in zip(TARGET_PARTS, target_columns(ind.target), strict=True):
            rows.put(row, part, text, field=f"{field}.年度指标值")
        rows.put(row, "actual", ind.actual or "", field=f"{field}.实际完成值")
        rows.figure(row, "weight", ind.weight, disp.weight)
        rows.figure(row, "score", r.score, disp.score)
        rows.put(row, "reason", ind.reason or "", align="left",
                 field=f"{field}.偏差原因分析及改进措施")
        put_extra_values(rows, form, row, ind, field)
    end = start + len(inds)
    label = form.labels.get("indicator_block", "")
    if label and form.span("indicator_block"):
        rows.put(0, "indicator_block", label, rowspan=end, style="label")

    rows.put(end, "total_label", lab("total"), style="total")
    rows.figure(end, "total_weight", result.total_weight, disp.weight, cell_style="total")
    rows.figure(end, "total_score", result.total, disp.score, cell_style="total")
    rows.put(end, "total_rest", "", style="total")
    n_rows = end + 1
    if form.grade_row:
        rows.put(end + 1, "grade_label", lab("grade"), style="total")
        rows.put(end + 1, "grade_value", result.grade, style="total")
        n_rows += 1
    for note in form.note_rows:
        text, field = note_text(note, notes or {}, result)
        rows.put(n_rows, "note_label", note.label, style="label")
        rows.put(n_rows, "note_value", text, align="left", field=field)
        n_rows += 1
    rows.fill(n_rows, len(form.grid_widths))
    return Block(n_rows, tuple(rows.cells), repeat_rows=1)


def row_rate(line: FundLine | None, total: bool, disp: Display) -> Decimal | str | None:
    """The 执行率 a funds row prints: the total row's always, a 其中 row's when the layout
    prints them (``display.sub_row_rate``); for a row with nothing budgeted, the layout's
    ``display.zero_budget_rate`` words when it has them. The 自评报告's funds table asks
    here too, so it shows the rates the form shows."""
    if line is None or not (total or disp.sub_row_rate) or line.rate is None:
        return None
    if line.budget == 0 and disp.zero_budget_rate is not None:
        return disp.zero_budget_rate
    return line.rate


def target_columns(target: str) -> tuple[str, str, str]:
    """A 年度指标值 as the three columns 指标性质 | 指标值 | 度量单位 print it: ("≥", "95", "%").

    A bare figure has no 指标性质; a qualitative target (明显改善) is all 指标值."""
    measure = parse_measure(target)
    if measure.value is None:
        return "", official_text(target), ""
    sign = COMPARATOR_SIGNS.get(measure.comparator, "") if measure.comparator else ""
    return sign, format(measure.value, "f"), measure.unit


def note_text(note: NoteRow, notes: Mapping[str, str], result: Result) -> tuple[str, str]:
    """The text of a row under the 总分 and the project-file field it comes from.

    A row gathering the deviation reasons prints each indicator's 偏差原因分析及改进措施 on
    a line of its own after the 三级指标 name (受益人口：…), after any text the project file
    gives the row itself under ``说明栏``."""
    own = notes.get(note.key, "")
    if not note.gathers_reasons:
        return own, f"自评.说明栏.{note.key}"
    lines = [own] if own else []
    lines += [f"{r.indicator.name}{REASON_SEPARATOR}{r.indicator.reason}"
              for r in result.indicators if r.indicator.reason]
    return "\n".join(lines), "自评.绩效指标"



def put_extra_headings(rows: _Rows, form: FormLayout, row: int = 0) -> None:
    """The headings of the layout's extra columns (备注 …) in the indicator heading row."""
    for extra in form.extra_columns:
        rows.put(row, extra.part, extra.heading, style="header")


def put_extra_values(rows: _Rows, form: FormLayout, row: int, indicator: object,
                     field: str) -> None:
    """One indicator's values of the layout's extra columns (its 备注, its 其他栏)."""
    from perfdocs.model.project import value_of_column

    for extra in form.extra_columns:
        where = "备注" if extra.field == "备注" else f"其他栏.{extra.field}"
        rows.put(row, extra.part, value_of_column(indicator, extra.field), align="left",
                 field=f"{field}.{where}")

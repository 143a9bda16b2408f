"""A filled 自评表 sheet read back into the header fields and the ``自评`` part of a project.

Besides the fields, the reader collects every figure perfdocs would compute itself (执行率,
执行率得分, 总分, 评分等级) as :class:`~perfdocs.forms.sheet.PrintedFigure`, so ``validate``
and ``check`` can compare what the sheet prints with the correct figure (``自评.原表``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from perfdocs.forms.choices import REASON_SEPARATOR, read_choices
from perfdocs.forms.sheet import (
    BLANK,
    FUND_COLUMNS,
    Anchor,
    PrintedFigure,
    SheetProblems,
    SheetReader,
    drop_unread,
    fund_row_variants,
    label_key,
    label_variants,
    read_indicators,
    sheet_money,
    sheet_unit,
)

if TYPE_CHECKING:
    from perfdocs.forms.sheet import Grid
    from perfdocs.layouts.layout import FormLayout
    from perfdocs.loading.source import Loc


def read_selfeval(grid: Grid, form: FormLayout, problems: SheetProblems,
                  cells: dict[Loc, str]
                  ) -> tuple[dict[str, Any], list[PrintedFigure], dict[str, Any]]:
    """The header fields and the ``自评`` section of a 自评表 sheet (plus its printed figures)."""
    rd = SheetReader(grid, form, problems, cells)
    head: dict[str, Any] = {}
    name_label = rd.label("project_name")
    year = rd.year(name_label.row if name_label else grid.n_rows + 1)
    if year is None:
        problems.add(f"{grid.title}!A1", "表头找不到年度（如「（2024年度）」）", "年度")
    head["年度"] = year
    head["项目名称"] = rd.value_right("project_name", ("项目名称",))
    head["主管部门"] = rd.value_right("department", ("主管部门",))
    head["实施单位"] = rd.value_right("unit", ("实施单位",))
    unit, unit_anchor = sheet_unit(grid, form)
    if unit is None:
        problems.add(f"{grid.title}!A1", "找不到「项目资金（万元）」或「项目资金（元）」标签，"
                     "无法确定金额单位", "项目资金")
        unit = form.money_unit
    head["金额单位"] = unit

    printed: list[PrintedFigure] = []
    evaluation: dict[str, Any] = {"项目资金": _read_funds(rd, printed, unit)}
    indicator_head = rd.label("level3")
    h = indicator_head.row if indicator_head else grid.n_rows + 1
    choices = _read_choices(rd, h)
    if choices:
        head["勾选"] = choices
    evaluation["年度总体目标"] = _read_goals(rd, h)
    evaluation["绩效指标"] = read_indicators(rd, h, printed, selfeval=True)
    notes = _read_goal_rows(rd, h) | _read_notes(rd, h, evaluation["绩效指标"])
    if notes:
        evaluation["说明栏"] = notes
    rest = [p for p in printed if p.kind in ("rate", "execution_score") and p.row == "total"]
    rest += [p for p in printed if p.kind in ("total", "grade")]
    original: dict[str, Any] = {}
    names = {"rate": "执行率", "execution_score": "执行率得分", "total": "总分",
             "grade": "评分等级"}
    for figure in rest:
        if figure.kind == "grade":
            if figure.text:
                original[names[figure.kind]] = figure.text
        elif figure.value is not None:
            original[names[figure.kind]] = figure.value
        cells[("自评", "原表", names[figure.kind])] = figure.address
    if original:
        evaluation["原表"] = original
    if unit_anchor is not None:
        cells[("金额单位",)] = unit_anchor.address
    return head, printed, drop_unread(evaluation)


def _read_funds(rd: SheetReader, printed: list[PrintedFigure], unit: str) -> dict[str, Any]:
    grid = rd.grid
    # the funds heading row is found by its first amount column: 年初预算数, or 全年预算数 on
    # a form that leaves 年初预算数 out (hubei-2020's 预算数（A）)
    printed_columns = [key for key in FUND_COLUMNS if rd.form.span(key) is not None]
    initial = rd.label(printed_columns[0] if printed_columns else "initial")
    if initial is None:
        return {}
    heads = {key: rd.label(key, after=initial.row - 1, before=initial.row + 1,
                           required=key in printed_columns)
             if rd.form.span(key) is not None else None  # a column the layout leaves out
             for key in (*FUND_COLUMNS, "execution_weight", "rate", "execution_score")}
    funds: dict[str, Any] = {}
    ends = [a.row for a in grid.find(label_variants(rd.form, "level3")) + grid.find(
        label_variants(rd.form, "expected"))]
    stop = min(ends) if ends else grid.n_rows + 1
    specs = {spec.key: spec for spec in rd.form.funds_rows()}
    row_keys = {key: fund_row_variants(rd.form, spec) for key, spec in specs.items()}
    for r in range(initial.row + 1, stop):
        kind = None
        for c in range(1, initial.col):
            anchor = grid.at(r, c)
            if anchor is None or anchor.row != r:
                continue
            kind = next((k for k, v in row_keys.items() if anchor.key in v), None)
            if kind:
                break
        if kind is None:
            continue
        spec = specs[kind]
        label = spec.key
        loc: Loc = ("自评", "项目资金", label)
        rd.cells.setdefault(loc, grid.address(r, initial.col))
        amounts: dict[str, Any] = {}
        for key, column in FUND_COLUMNS.items():
            amounts[column] = sheet_money(rd.number_under(r, heads[key], (*loc, column), column,
                                                          money=unit),
                                          rd.form.display.money.places)
        if any(v is not None for v in amounts.values()) or spec.total:
            funds[label] = drop_unread(amounts)  # a 其中 row left blank is a row not given
        row_name = spec.line_key
        for key in ("rate", "execution_weight", "execution_score"):
            if not spec.total and key != "rate":
                continue
            heading = heads.get(key)
            if heading is None:
                continue
            found = rd.cell(r, heading)
            if found is None:
                continue
            value = found.number
            if value is None and label_key(found.text) not in BLANK:
                rd.problems.add(found.address, f"「{found.text.strip()}」不是数字",
                                heading.text.strip())
            printed.append(PrintedFigure(key, row_name, value, found.text.strip(),
                                         found.address))
    reason = _read_funds_reason(rd, initial)
    if reason:
        funds["原因"] = reason
    total = rd.form.total_fund_key()
    if total not in funds:
        rd.problems.add(grid.address(initial.row + 1, max(1, initial.col - 1)),
                        f"找不到「{total}」一行", total)
    return funds


def _read_funds_reason(rd: SheetReader, initial: Anchor) -> str | None:
    """The 原因 cell right of the funds block (one merged cell under its heading)."""
    if rd.form.span("funds_reason") is None:
        return None
    heading = rd.label("funds_reason", after=initial.row - 1, before=initial.row + 1,
                       required=False)
    if heading is None:
        return None
    return rd.text_under(heading.last_row + 1, heading, ("自评", "项目资金", "原因"))


def _read_goals(rd: SheetReader, before: int) -> dict[str, Any]:
    expected = rd.label("expected", before=before)
    achieved = rd.label("achieved", before=before, required=False)
    if expected is None:
        return {}
    r = expected.last_row + 1
    return {"预期目标": rd.text_under(r, expected, ("自评", "年度总体目标", "预期目标")),
            "实际完成情况": rd.text_under(r, achieved, ("自评", "年度总体目标", "实际完成情况"))}


def _note_value(rd: SheetReader, label: str, *, after: int = 0,
                before: int | None = None) -> tuple[Anchor, Anchor | None] | None:
    """The cell printing ``label`` (a choice or note row's) and the cell right of it."""
    found = rd.grid.find({label_key(label)}, after=after, before=before)
    if not found:
        return None
    return found[0], rd.grid.right_of(found[0], rd.labels)


def _read_choices(rd: SheetReader, before: int) -> dict[str, Any]:
    """The options ticked on the layout's tick-box rows (``勾选``): one text per row, a list
    where the row allows several; a ticked mark beside no option of the layout's is named."""
    found: dict[str, Any] = {}
    for row in rd.form.choice_rows:
        cells = _note_value(rd, row.label, before=before)
        if cells is None:
            continue  # a sheet made before the layout had the row
        _, value = cells
        if value is None or not value.text.strip():
            continue
        ticked = read_choices(value.text, row)
        rd.cells[("勾选", row.key)] = value.address
        if ticked is None:
            rd.problems.add(value.address, f"「{value.text.strip()}」中没有「{row.label}」的任何"
                            f"选项（可选：{'、'.join(row.options)}）", row.label)
            continue
        if not ticked:
            continue
        if len(ticked) > 1 and not row.multiple:
            rd.problems.add(value.address, f"「{row.label}」只能勾选一项，这里勾了"
                            f"{'、'.join(ticked)}", row.label)
            continue
        found[row.key] = ticked if row.multiple else ticked[0]
    return found


def _read_notes(rd: SheetReader, after: int, tree: dict[str, Any]) -> dict[str, str]:
    """The rows under the 总分 (``说明栏``); a row gathering the deviation reasons gives each
    line "三级指标：原因" back to its indicator, and keeps any other line as the row's own."""
    notes: dict[str, str] = {}
    for row in rd.form.note_rows:
        cells = _note_value(rd, row.label, after=after)
        if cells is None:
            continue
        _, value = cells
        if value is None or not value.text.strip():
            continue
        rd.cells.setdefault(("自评", "说明栏", row.key), value.address)
        text = value.text.strip()
        if row.gathers_reasons:
            text = _give_reasons(text, tree)
        if text:
            notes[row.key] = text
    return notes


def _read_goal_rows(rd: SheetReader, before: int) -> dict[str, str]:
    """The rows inside the 年度总体目标 block (项目实施内容及过程概述 …) into ``说明栏``."""
    notes: dict[str, str] = {}
    for row in rd.form.goal_rows:
        cells = _note_value(rd, row.label, before=before)
        if cells is None or cells[1] is None or not cells[1].text.strip():
            continue
        rd.cells.setdefault(("自评", "说明栏", row.key), cells[1].address)
        notes[row.key] = cells[1].text.strip()
    return notes


def _give_reasons(text: str, tree: dict[str, Any]) -> str:
    """Put each "三级指标：原因" line of ``text`` on its indicator (one not given a reason
    in its own column); return the lines that name no indicator."""
    items = {item.get("三级指标"): item for groups in tree.values()
             for group in groups.values() for item in group}
    rest: list[str] = []
    for line in text.splitlines():
        name, sep, reason = line.partition(REASON_SEPARATOR)
        item = items.get(name.strip()) if sep else None
        if item is not None and reason.strip() and not item.get("偏差原因分析及改进措施"):
            item["偏差原因分析及改进措施"] = reason.strip()
        elif line.strip():
            rest.append(line.strip())
    return "\n".join(rest)

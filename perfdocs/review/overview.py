"""``perfdocs check`` of the 自评 packet's 项目绩效一览表: not a form, but it foots.

The 一览表 is perfdocs' own overview, one row per project, made by ``perfdocs packet`` from
the project files; a reviewer may still send it back with a figure changed. ``check`` once
refused it as 「工作簿里没有认得的绩效表」 (tester7 D6), as if the file were broken. It now
says what the file is and where the forms are (:data:`~perfdocs.importer.workbooks.OVERVIEW_IS`),
and checks what the sheet itself can show: each column's 合计 against the rows it adds, each
row's 指标合计 against its indicator counts, and each 执行率 against that row's 全年执行数 ÷
全年预算数 as printed. 总分 and 评分等级 follow from the forms, which the sheet does not hold:
said, not guessed.

Columns are found by their headings (a layout may reorder or drop them, ``[overview]``), so
a column that is not there is simply not checked.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from perfdocs.errors import Diagnostic, Severity

if TYPE_CHECKING:
    from perfdocs.forms.sheet import Anchor, Grid

SUMMED = ("annual", "count", "indicator_total", "budget", "executed")
"""The columns whose 合计 adds the rows (the 执行率 of the 合计 row is that of its sums)."""
MONEY = ("annual", "budget", "executed")
HUNDRED = Decimal(100)


def overview_findings(grid: Grid) -> list[Diagnostic]:
    """What ``check`` says of a 项目绩效一览表: what the file is (a note, first), the sums and
    rates that do not foot (warnings, at their cells), what it cannot check (a note)."""
    from perfdocs.importer.workbooks import OVERVIEW_IS

    found = [_note(grid, OVERVIEW_IS)]
    name = next(a for a in grid.anchors if a.key == "项目名称")
    totals = next(a for a in grid.anchors if a.key == "合计")
    roles = _columns(grid, name.last_row)
    rows = [r for r in range(name.last_row + 1, totals.row)
            if (cell := grid.at(r, name.col)) is not None and cell.row == r and cell.text.strip()]
    found += _sums(grid, roles, rows, totals.row)
    found += _indicator_totals(grid, roles, [*rows, totals.row])
    found += _rates(grid, roles, rows, totals.row)
    unchecked = [label for role, (_col, label) in roles.items() if role in ("total", "grade")]
    if unchecked:
        found.append(_note(grid, f"各项目的{'和'.join(unchecked)}由各自的自评表算出，一览表上无法"
                                 "核对：请 perfdocs check 材料包「表格」文件夹中的自评表"))
    return found


def _columns(grid: Grid, heading_row: int) -> dict[str, tuple[int, str]]:
    """Role → (column, label) from the headings on ``heading_row``; the indicator counts
    (产出指标, 效益指标…) as roles ``count`` + their column."""
    roles: dict[str, tuple[int, str]] = {}
    for col in range(1, grid.n_cols + 1):
        cell = grid.at(heading_row, col)
        if cell is None or cell.col != col:
            continue
        key = re.sub(r"\(.*\)$", "", cell.key)
        role = ("budget" if key.startswith("全年预算数") else
                "executed" if key.startswith("全年执行数") else
                "rate" if key.startswith("执行率") else
                "annual" if key.startswith("年度资金申请总额") else
                "indicator_total" if key == "指标合计" else
                "total" if key == "总分" else
                "grade" if key == "评分等级" else
                f"count{col}" if key.endswith("指标") else None)
        if role is not None:
            roles.setdefault(role, (col, key))
    return roles


def _figure(grid: Grid, row: int, col: int) -> Anchor | None:
    cell = grid.at(row, col)
    return cell if cell is not None and cell.row == row and cell.figure is not None else None


def _sums(grid: Grid, roles: dict[str, tuple[int, str]], rows: list[int],
          total_row: int) -> list[Diagnostic]:
    """Each summed column's 合计 against the sum of its rows as printed."""
    found = []
    for role, (col, label) in roles.items():
        total = _figure(grid, total_row, col)
        if not role.startswith(SUMMED) or total is None or total.figure is None:
            continue
        figures = [c.figure for r in rows if (c := _figure(grid, r, col)) is not None
                   and c.figure is not None]
        added = sum(figures, Decimal(0))
        if added == total.figure:
            continue
        said = _warning(grid, total, label, f"合计行印的{label}是 {total.text}，各项目的"
                        f"{label}相加是 {_same_places(added, total.figure)}")
        gap = abs(added - total.figure)
        if role in MONEY and gap < Decimal(5).scaleb(_exponent(total.figure) - 1) * len(figures):
            # a layout's [overview] totals_from = "exact" adds the exact amounts, rounded once
            said = Diagnostic(Severity.WARNING, f"{said.message}：相差 {gap}，在各行逐项舍入可能"
                              "造成的范围内，可能只是舍入（合计按精确金额相加时）", said.file,
                              None, said.field, said.label, "funds-sum-rounding")
        found.append(said)
    return found


def _indicator_totals(grid: Grid, roles: dict[str, tuple[int, str]],
                      rows: list[int]) -> list[Diagnostic]:
    """Each row's 指标合计 against its indicator counts (产出指标 + 效益指标 + …)."""
    counts = [(col, label) for role, (col, label) in roles.items() if role.startswith("count")]
    if "indicator_total" not in roles or not counts:
        return []
    col, label = roles["indicator_total"]
    found = []
    for row in rows:
        total = _figure(grid, row, col)
        parts = [_figure(grid, row, c) for c, _label in counts]
        if total is None or total.figure is None or any(p is None for p in parts):
            continue
        added = sum((p.figure for p in parts if p is not None and p.figure is not None),
                    Decimal(0))
        if added != total.figure:
            named = "、".join(part for _c, part in counts)
            found.append(_warning(grid, total, label, f"印的{label}是 {total.text}，{named}相加是 "
                                  f"{added}"))
    return found


def _rates(grid: Grid, roles: dict[str, tuple[int, str]], rows: list[int],
           total_row: int) -> list[Diagnostic]:
    """Each printed 执行率 against 全年执行数 ÷ 全年预算数 of its row. The rate was computed
    from exact amounts, which the sheet prints rounded: a rate that some amounts printing
    so could give (each within half a unit of its last place; the 合计's within that many
    halves as rows it adds) and the rate's own rounding is accepted."""
    if not {"rate", "budget", "executed"} <= roles.keys():
        return []
    found = []
    for row in [*rows, total_row]:
        rate, budget, executed = (_figure(grid, row, roles[role][0])
                                  for role in ("rate", "budget", "executed"))
        if rate is None or budget is None or executed is None or rate.figure is None \
                or budget.figure is None or executed.figure is None or budget.figure <= 0:
            continue
        added = len(rows) if row == total_row else 1
        half = Decimal(5).scaleb(_exponent(budget.figure) - 1)
        slack = half * added
        low_budget = budget.figure - slack
        if low_budget <= 0:
            continue
        low = max(executed.figure - slack, Decimal(0)) / (budget.figure + slack) * HUNDRED
        high = (executed.figure + slack) / low_budget * HUNDRED
        unit = Decimal(1).scaleb(_exponent(rate.figure))
        if low - unit <= rate.figure <= high + unit:
            continue
        about = (executed.figure / budget.figure * HUNDRED).quantize(unit, ROUND_HALF_UP)
        which = "合计" if row == total_row else "这一行"
        found.append(_warning(grid, rate, roles["rate"][1],
                              f"印的执行率是 {rate.text}，按{which}的全年执行数 {executed.text}"
                              f" ÷ 全年预算数 {budget.text} 约为 {about}%"))
    return found


def _same_places(value: Decimal, like: Decimal) -> str:
    return f"{value:,.{-_exponent(like)}f}"


def _exponent(value: Decimal) -> int:
    """The place of ``value``'s last digit as printed (-2 for 320.00), at most 0."""
    exponent = value.as_tuple().exponent
    return min(exponent, 0) if isinstance(exponent, int) else 0


def _warning(grid: Grid, cell: Anchor, label: str, message: str) -> Diagnostic:
    return Diagnostic(Severity.WARNING, message, grid.file, None, cell.address, label,
                      "overview-mismatch")


def _note(grid: Grid, message: str) -> Diagnostic:
    return Diagnostic(Severity.NOTE, message, grid.file, None, None, None, "overview")

"""What ``perfdocs import`` finds in a workbook before it writes a project file.

A colleague fills a workbook (the fill-in workbook, or a returned form) and someone else
imports it. The mistakes must be named where the colleague can fix them — the sheet and
cell (``自评指标!A10``), with the form's label — and before a file is written: found later
by ``validate`` they point at lines of a YAML file the colleague has never seen. So the
import runs the *full* validation (:func:`perfdocs.engine.pipeline.prepare_loaded`, every
rule ``validate`` applies) on what it read, and each finding is moved to the cell the
field came from (:func:`at_cell`, also how ``check`` places a rule's finding).

``import --into`` validates the merge as it would be written (:func:`merged_findings`):
the findings it adds to the file are the workbook's, placed at their cells. One kind is
not: a sum that breaks only because the workbook's amounts (万元, two places) cannot give
the file's exact 元 — the form adds up, the merged file does not. Fixing the workbook
cannot settle that, so it is told apart (``settle``), with the rows to settle by hand.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from perfdocs.errors import Diagnostic, PerfdocsError, Severity
from perfdocs.loading.source import format_loc
from perfdocs.records import Record, field

if TYPE_CHECKING:
    from perfdocs.importer.merge import Merge
    from perfdocs.importer.workbooks import Imported
    from perfdocs.loading.project import Loaded
    from perfdocs.loading.settings import Settings

_INDEX = re.compile(r"\[\d+\]$")
ROUNDING = "funds-sum-converted"
"""The rule of a merged sum that the workbook's rounded amounts alone broke."""


def field_label(path: str | None) -> str | None:
    """The last key of a field path (``自评.项目资金.年度资金总额.全年预算数`` → 全年预算数):
    the box's label, said beside a cell address that no longer shows the path."""
    if not path:
        return None
    last = _INDEX.sub("", path.rsplit(".", 1)[-1])
    return last or None


def cells_by_field(imported: Imported) -> dict[str, str]:
    """Each field path the workbook has a box for (filled or blank) → its cell."""
    return {format_loc(loc): address
            for loc, address in (*imported.blanks.items(), *imported.cells.items())}


def at_cell(d: Diagnostic, imported: Imported,
            by_field: dict[str, str] | None = None) -> Diagnostic:
    """A rule's finding about a field, pointed at the cell the field was read from.

    A finding about a whole indicator (no 偏差原因分析) points at the box to fill, when the
    sheet has that column, else at the indicator's name. A finding without the form's
    label keeps its field's last key as the label, so the cell is said with what it holds.
    """
    by_field = cells_by_field(imported) if by_field is None else by_field
    candidates = [f"{d.field}.{d.label}", d.field] if d.label else [d.field]
    cell = next((by_field[c] for c in candidates if c and c in by_field), None)
    if d.rule == "weights":  # the sum of the 分值 is printed on the 总分 row
        cell = next((f.address for f in imported.printed if f.kind == "total_weight"), cell)
    label = d.label or (field_label(d.field) if cell else None)
    return Diagnostic(d.severity, d.message, imported.file, None, cell or d.field,
                      label, d.rule, d.blank)


def cell_order(address: str | None, sheets: dict[str, int] | None = None
               ) -> tuple[int, int, int]:
    """Sort key of ``Sheet1!H14``: the sheet (in ``sheets``' order), row, then column."""
    match = re.search(r"^(.*)!\$?([A-Z]+)\$?(\d+)$", address or "")
    if not match:
        return (-1, 0, 0)
    from perfdocs.layouts.layout import column_index

    sheet = (sheets or {}).get(match[1], 0)
    return (sheet, int(match[3]), column_index(match[2]))


def _sheets(imported: Imported) -> dict[str, int]:
    """The workbook's sheets in the order their cells were read."""
    order: dict[str, int] = {}
    for address in (*imported.cells.values(), *imported.blanks.values()):
        order.setdefault(address.rpartition("!")[0], len(order))
    return order


def validation_of(loaded: Loaded, settings: Settings) -> list[Diagnostic]:
    """Every finding ``validate`` makes on a loaded project (errors, warnings, notes)."""
    from perfdocs.engine.pipeline import prepare_loaded

    try:
        return list(prepare_loaded(loaded, settings).diagnostics)
    except PerfdocsError as exc:
        return exc.all_diagnostics()


def workbook_findings(imported: Imported, settings: Settings) -> list[Diagnostic]:
    """The full validation of what a workbook holds, each finding at its cell, in the
    workbook's order. Raises :class:`~perfdocs.errors.ValidationFailed` (by cell) when a
    field does not fit the schema, as :meth:`Imported.loaded` does."""
    from perfdocs.model.marks import TO_FILL

    # a header box the form does not print (主管部门 on a 绩效目标表) is left 待填写 by the
    # import itself and said in its warnings: the file's to fill, not the workbook's slip
    left = {key for key, value in imported.tree.items()
            if isinstance(value, str) and value.startswith(TO_FILL)}
    found = [d for d in validation_of(imported.loaded(), settings)
             if not (d.rule == "placeholder" and d.field in left)]
    by_field = cells_by_field(imported)
    sheets = _sheets(imported)
    placed = [at_cell(d, imported, by_field) for d in found]
    return sorted(placed, key=lambda d: (cell_order(d.field, sheets),
                                         d.severity is not Severity.ERROR))


class MergeFindings(Record):
    """What validating a merge (before it is written) found: every error the file would
    have, and the warnings and notes it did not have before."""

    findings: list[Diagnostic] = field(default_factory=list)
    """Each at its workbook cell when the field came from the workbook, else at its line."""
    settle: list[str] = field(default_factory=list)
    """Per sum broken by the unit's rounding alone (rule ``funds-sum-rounding``): what
    happened and the rows to settle in the file."""

    workbook: str = ""
    """The workbook's name, as the findings placed at its cells carry it."""

    @property
    def from_workbook(self) -> list[Diagnostic]:
        """The errors at the workbook's cells: fixed there (or in the file)."""
        return [d for d in self.findings if d.severity is Severity.ERROR
                and d.rule != ROUNDING and d.file == self.workbook]

    @property
    def in_file(self) -> list[Diagnostic]:
        """The errors of fields the workbook does not hold (the file had them before)."""
        return [d for d in self.findings if d.severity is Severity.ERROR
                and d.rule != ROUNDING and d.file != self.workbook]

    @property
    def errors(self) -> int:
        return sum(d.severity is Severity.ERROR for d in self.findings)


def merged_findings(merge: Merge, imported: Imported, into: str | Path,
                    settings: Settings) -> MergeFindings:
    """The findings of the file as the merge would write it: every error (render refuses
    the file while one is left, whoever made it), and the warnings and notes the file
    lacks now (keyed by field and rule: their words may quote figures the merge changed;
    the file's own were said by ``validate`` before)."""
    from perfdocs.loading.project import load_project, load_project_text

    name = str(into)
    try:
        before = validation_of(load_project(name, default_unit=settings.input_unit),
                               settings)
    except PerfdocsError as exc:
        before = exc.all_diagnostics()
    try:
        merged: Loaded | None = load_project_text(merge.plan.after, name,
                                                  default_unit=settings.input_unit)
    except PerfdocsError as exc:
        merged, after = None, exc.all_diagnostics()
    if merged is not None:
        after = validation_of(merged, settings)
    known = {(d.field, d.rule) for d in before}
    new = [d for d in after
           if d.severity is Severity.ERROR or (d.field, d.rule) not in known]
    out = MergeFindings(workbook=imported.file)
    by_field = cells_by_field(imported)
    for d in new:
        settled = _rounding_only(d, imported, merge, merged) if merged is not None else None
        if settled is not None:
            out.settle.append(settled)
            d = Diagnostic(d.severity, d.message, d.file, d.line, d.field, d.label,
                           ROUNDING, d.blank)
            out.findings.append(d)
            continue
        cell = by_field.get(f"{d.field}.{d.label}") or by_field.get(d.field or "")
        out.findings.append(at_cell(d, imported, by_field) if cell else d)
    return out


def _rounding_only(d: Diagnostic, imported: Imported, merge: Merge,
                   merged: Loaded) -> str | None:
    """For a 其中-rows sum the merge broke though the workbook's own figures add up: what
    to tell (the figures as printed, the gap, the rows to settle); else None."""
    if d.rule != "funds-sum" or not d.field:
        return None
    parts = d.field.split(".")
    if len(parts) != 4 or parts[:2] != ["自评", "项目资金"]:
        return None
    total_name, column = parts[2], parts[3]
    funds = (imported.tree.get("自评") or {}).get("项目资金") or {}
    printed = _printed(funds, column, imported.unit)
    if printed is None or total_name not in printed:
        return None
    total = printed.pop(total_name)
    if not printed or sum(printed.values(), Decimal(0)) != total:
        return None  # the workbook itself does not add up: the workbook's to fix
    rows = [c for c in merge.changes
            if tuple(c.loc[:2]) == ("自评", "项目资金") and len(c.loc) == 4
            and c.loc[3] == column]
    if not rows:
        return None
    settle = "、".join(f"{c.loc[2]}的{column}（第 {merged.line(c.loc)} 行）"
                       if merged.line(c.loc) else f"{c.loc[2]}的{column}" for c in rows)
    shown = " + ".join(_money_text(funds[n][column]) for n in printed)
    cells = cells_by_field(imported)
    where = "、".join(cells[k] for k in (format_loc(c.loc) for c in rows) if k in cells)
    return (f"工作簿上的{column}相符（{_money_text(funds[total_name][column])} = {shown} "
            f"{imported.unit}），但它只印到{imported.unit}的 {_places(funds, column)} 位小数，"
            f"换算成项目文件的{_file_unit(merged)}不是精确数，合并后其中各行之和不再等于"
            f"{total_name}：请在 {merged.path} 中按实际数核定 {settle}"
            + (f"（来自工作簿 {where}）" if where else ""))


def _places(funds: dict[str, Any], column: str) -> int:
    """The most decimal places the workbook's figures in ``column`` were printed with."""
    from perfdocs.model.numbers import NumberError, normalize_text, parse_decimal

    most = 0
    for row in funds.values():
        if isinstance(row, dict) and row.get(column) is not None:
            try:
                exponent = parse_decimal(normalize_text(str(row[column])).rstrip("元万")
                                         ).as_tuple().exponent
            except NumberError:
                continue
            if isinstance(exponent, int):
                most = max(most, -exponent)
    return most


def _printed(funds: dict[str, Any], column: str, unit: str) -> dict[str, Decimal] | None:
    """Each funds row's figure in ``column`` as the workbook printed it, in 元."""
    from perfdocs.model.numbers import NumberError, parse_amount

    out: dict[str, Decimal] = {}
    for name, row in funds.items():
        if not isinstance(row, dict) or row.get(column) is None:
            continue
        try:
            out[str(name)] = parse_amount(str(row[column]), unit)
        except NumberError:
            return None
    return out


def _money_text(value: object) -> str:
    return str(value).strip()


def _file_unit(loaded: Loaded) -> str:
    from perfdocs.rules.validate import file_unit

    return file_unit(loaded)

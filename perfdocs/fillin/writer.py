"""Project data → the fill-in workbook's bytes.

Every value is written as text (number format ``@``, string cells), exactly as the project
file has it: amounts keep their digits and unit, targets their ``≥`` and ``=``. A text
starting with ``=`` stays text — openpyxl would otherwise store it as a formula, and the
workbook holds no formulas at all. The boxes to fill are unlocked and yellow; labels,
hints and headers are protected (without a password: a colleague who must change the
layout can unprotect it, but nobody overtypes a label by accident, which would make the
box unreadable on import).
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from perfdocs.fillin import FORMAT_VERSION, MARK, MARK_SHEET
from perfdocs.fillin.spec import (
    DECLARATION,
    EVALUATION,
    FIELD_SHEETS,
    FILING,
    HEADER_ROW,
    INDICATOR_SHEETS,
    NATIONAL,
    NOTES,
    OMITTED,
    OTHER_COLUMN,
    PAIR_ROWS,
    PAIR_SHEETS,
    PART_SHEETS,
    REPORT,
    SHEET_ORDER,
    UNPRINTED_FILING,
    Column,
    FieldSheet,
    IndicatorSheet,
    LayoutBoxes,
    PairSheet,
    declaration_sheet,
    evaluation_sheet,
    report_sheet,
)

SPARE_ROWS = 30
"""Empty indicator rows offered below the ones written (a form has up to about 60)."""
MIN_ROWS = 40

_INPUT_FILL = "FFF9E5"
_LABEL_FILL = "E8E8E8"


def list_names() -> tuple[str, ...]:
    """The drop-down lists the hidden sheet holds, in column order."""
    return ("版式", "金额单位", "是否", "申报一级", "申报二级", "自评一级", "自评二级")


def build_workbook(data: Mapping[str, Any], lists: Mapping[str, Sequence[str]],
                   stamp: datetime | None = None, boxes: LayoutBoxes = NATIONAL) -> bytes:
    """The workbook for ``data`` (a project file's tree, or {} for a blank one).

    ``lists`` holds the drop-down values by :func:`list_names`; an empty list gives no
    drop-down for its boxes. ``boxes`` are the layout's own (its funds rows, 说明栏 rows).
    """
    from openpyxl import Workbook

    from perfdocs.render.reproducible import DEFAULT_STAMP, normalize_zip

    book = Workbook()
    first = book.active
    if first is not None:
        book.remove(first)
    ranges = _lists_sheet(book, lists)
    left_out = [p for p in PART_SHEETS if boxes.parts is not None and p not in boxes.parts]
    if left_out:  # the layout prints no form of them: said on the hidden sheet for the reader
        _text(book[MARK_SHEET].cell(2, 1), OMITTED)
        _text(book[MARK_SHEET].cell(2, 2), "、".join(left_out))
    omitted = {title for p in left_out for title in PART_SHEETS[p]}
    for title in SHEET_ORDER:
        if title in omitted:
            continue
        sheet_spec = next(s for s in (*FIELD_SHEETS, *PAIR_SHEETS, *INDICATOR_SHEETS)
                          if s.title == title)
        if sheet_spec is NOTES and boxes.notes:  # the layout's 说明栏 rows, offered blank
            sheet_spec = sheet_spec.replace(names=(*sheet_spec.names, *boxes.notes))
        if sheet_spec is FILING and boxes.filing is not None:  # what its lines print
            sheet_spec = sheet_spec.replace(names=boxes.filing, intro=sheet_spec.intro if
                                            boxes.filing else UNPRINTED_FILING)
        if isinstance(sheet_spec, PairSheet) and sheet_spec.optional \
                and not _get(data, sheet_spec.where) and not sheet_spec.names:
            continue  # a layout's tick-box or note rows: only for a file or layout with them
        sheet = book.create_sheet(title)
        if sheet_spec is EVALUATION:  # the layout's funds rows and the file's own
            _field_sheet(sheet, evaluation_sheet(data, boxes), data, ranges)
        elif sheet_spec is DECLARATION:  # the boxes the layout's 申报 form prints
            _field_sheet(sheet, declaration_sheet(data, boxes), data, ranges)
        elif sheet_spec is REPORT:  # a 实现情况 box per 一级指标 of the layout and the file
            _field_sheet(sheet, report_sheet(data, tuple(lists.get("自评一级", ()))), data,
                         ranges)
        elif isinstance(sheet_spec, FieldSheet):
            _field_sheet(sheet, sheet_spec, data, ranges)
        elif isinstance(sheet_spec, PairSheet):
            _pair_sheet(sheet, sheet_spec, data)
        else:
            _indicator_sheet(sheet, sheet_spec, data, ranges)
    last = len(book.sheetnames) - 1  # the lists sheet goes last
    book.move_sheet(MARK_SHEET, offset=last - book.sheetnames.index(MARK_SHEET))
    book.active = 0
    book.properties.creator = "perfdocs"
    book.properties.title = MARK
    out = io.BytesIO()
    book.save(out)
    return normalize_zip(out.getvalue(), stamp or DEFAULT_STAMP)


def _lists_sheet(book: Any, lists: Mapping[str, Sequence[str]]) -> dict[str, str]:
    """The hidden sheet: the mark in A1:B1, then one column per list; returns each list's
    range as a data-validation source (``'_perfdocs'!$C$2:$C$5``)."""
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(MARK_SHEET)
    sheet.sheet_state = "hidden"
    _text(sheet.cell(1, 1), MARK)
    _text(sheet.cell(1, 2), FORMAT_VERSION)
    ranges: dict[str, str] = {}
    for index, name in enumerate(list_names(), start=3):
        values = list(dict.fromkeys(v for v in lists.get(name, ()) if v))
        _text(sheet.cell(1, index), name)
        for row, value in enumerate(values, start=2):
            _text(sheet.cell(row, index), value)
        if values:
            letter = get_column_letter(index)
            ranges[name] = f"'{MARK_SHEET}'!${letter}$2:${letter}${len(values) + 1}"
    sheet.protection.sheet = True
    return ranges


def _text(cell: Any, value: str) -> None:
    """Write ``value`` as a string cell whatever it starts with (never a formula)."""
    cell.value = value
    cell.data_type = "s"


def _get(data: Mapping[str, Any], path: Sequence[str]) -> Any:
    node: Any = data
    for key in path:
        if not isinstance(node, Mapping) or key not in node:
            return None
        node = node[key]
    return node


def _shown(value: Any) -> str:
    """A project file's value as the text to put in a box ("" for a blank)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    text = str(value)
    return text[:-1] if text.endswith("\n") and not text.endswith("\n\n") else text


def _head(sheet: Any, title: str, intro: str, width: int) -> None:
    from openpyxl.styles import Alignment, Font

    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    _text(sheet.cell(1, 1), title)
    sheet.cell(1, 1).font = Font(bold=True, size=14)
    _text(sheet.cell(2, 1), intro)
    sheet.cell(2, 1).alignment = Alignment(wrap_text=True, vertical="top")
    sheet.row_dimensions[2].height = 36


def _style_label(cell: Any) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="999999")
    cell.font = Font(bold=True)
    cell.fill = PatternFill("solid", fgColor=_LABEL_FILL)
    cell.alignment = Alignment(vertical="center", wrap_text=True)
    cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)


def _style_input(cell: Any, long: bool = False) -> None:
    from openpyxl.styles import Alignment, Border, PatternFill, Protection, Side

    thin = Side(style="thin", color="999999")
    cell.fill = PatternFill("solid", fgColor=_INPUT_FILL)
    cell.alignment = Alignment(vertical="top" if long else "center", wrap_text=True)
    cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    cell.number_format = "@"
    cell.protection = Protection(locked=False)


def _validation(sheet: Any, source: str | None, cells: str, title: str) -> None:
    """A drop-down over ``cells``: a warning, not a refusal, for a name outside the list
    (a layout may accept one the list lacks; validate then names the nearest)."""
    if not source:
        return
    from openpyxl.worksheet.datavalidation import DataValidation

    check = DataValidation(type="list", formula1=source, allow_blank=True,
                           showDropDown=False, errorStyle="warning",
                           errorTitle=title, error=f"不在{title}的列表中，确定要这样填吗？",
                           promptTitle=title, prompt="从下拉列表中选择")
    check.showErrorMessage = True
    sheet.add_data_validation(check)
    check.add(cells)


def _field_sheet(sheet: Any, spec: FieldSheet, data: Mapping[str, Any],
                 ranges: Mapping[str, str]) -> None:
    from perfdocs.fillin.hints import hint

    _head(sheet, spec.title, spec.intro, 3)
    for col, (title, width) in enumerate((("项目", 26), ("内容", 48), ("说明", 60)), start=1):
        _text(sheet.cell(HEADER_ROW, col), title)
        _style_label(sheet.cell(HEADER_ROW, col))
        sheet.column_dimensions["ABC"[col - 1]].width = width
    for row, field in enumerate(spec.fields, start=HEADER_ROW + 1):
        _text(sheet.cell(row, 1), field.label)
        _style_label(sheet.cell(row, 1))
        value = sheet.cell(row, 2)
        _text(value, _shown(_get(data, field.path)))
        if value.value == "":
            value.value = None
        _style_input(value, field.long)
        _text(sheet.cell(row, 3), hint(field.path))
        sheet.cell(row, 3).alignment = _wrap()
        if field.long:
            sheet.row_dimensions[row].height = 60
        _validation(sheet, ranges.get(field.choices or ""), f"B{row}", field.label)
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    sheet.protection.sheet = True


def _wrap() -> Any:
    from openpyxl.styles import Alignment

    return Alignment(wrap_text=True, vertical="top")


def indicator_rows(data: Mapping[str, Any], section: str) -> list[dict[str, str]]:
    """The 三级指标 of a part as rows: 一级指标, 二级指标 and each key written."""
    tree = _get(data, (section, "绩效指标"))
    rows: list[dict[str, str]] = []
    if not isinstance(tree, Mapping):
        return rows
    for level1, groups in tree.items():
        for level2, items in (groups or {}).items() if isinstance(groups, Mapping) else ():
            for item in items or ():
                row = {"一级指标": str(level1), "二级指标": str(level2)}
                if isinstance(item, Mapping):
                    for key, value in item.items():
                        if str(key) == "其他栏" and isinstance(value, Mapping):
                            row.update({f"{OTHER_COLUMN}{k}": _shown(v)
                                        for k, v in value.items()})
                        else:
                            row[str(key)] = _shown(value)
                rows.append(row)
    return rows


def _indicator_sheet(sheet: Any, spec: IndicatorSheet, data: Mapping[str, Any],
                     ranges: Mapping[str, str]) -> None:
    from openpyxl.utils import get_column_letter

    rows = indicator_rows(data, spec.section)
    others = dict.fromkeys(k for row in rows for k in row if k.startswith(OTHER_COLUMN))
    spec = IndicatorSheet(spec.title, spec.section,
                          (*spec.columns, *(Column(name, name, 16) for name in others)),
                          spec.intro)
    _head(sheet, spec.title, spec.intro, len(spec.columns))
    count = max(len(rows) + SPARE_ROWS, MIN_ROWS)
    last = HEADER_ROW + count
    for col, column in enumerate(spec.columns, start=1):
        letter = get_column_letter(col)
        _text(sheet.cell(HEADER_ROW, col), column.label)
        _style_label(sheet.cell(HEADER_ROW, col))
        sheet.column_dimensions[letter].width = column.width
        source = ranges.get(f"{spec.section}{column.choices}") if column.choices else None
        _validation(sheet, source, f"{letter}{HEADER_ROW + 1}:{letter}{last}", column.label)
    for index in range(count):
        row = HEADER_ROW + 1 + index
        values = rows[index] if index < len(rows) else {}
        for col, column in enumerate(spec.columns, start=1):
            cell = sheet.cell(row, col)
            text = values.get(column.key or column.label, "")
            if text:
                _text(cell, text)
            _style_input(cell)
    sheet.freeze_panes = f"D{HEADER_ROW + 1}"
    sheet.protection.sheet = True
    sheet.protection.insertRows = False  # False = allowed: a long list needs more rows
    sheet.protection.deleteRows = False


def _pair_sheet(sheet: Any, spec: PairSheet, data: Mapping[str, Any]) -> None:
    """Name | text rows: the project's own pairs first, then the usual names left blank."""
    _head(sheet, spec.title, spec.intro, 2)
    written = _get(data, spec.where)
    pairs = [(str(k), "、".join(map(_shown, v)) if isinstance(v, list) else _shown(v))
             for k, v in written.items()] if isinstance(written, Mapping) else []
    pairs += [(name, "") for name in spec.names if name not in dict(pairs)]
    for col, (title, width) in enumerate((("栏目名", 24), ("内容", 48)), start=1):
        _text(sheet.cell(HEADER_ROW, col), title)
        _style_label(sheet.cell(HEADER_ROW, col))
        sheet.column_dimensions["AB"[col - 1]].width = width
    for index in range(max(PAIR_ROWS, len(pairs) + 4)):
        name, text = pairs[index] if index < len(pairs) else ("", "")
        for col, value in ((1, name), (2, text)):
            cell = sheet.cell(HEADER_ROW + 1 + index, col)
            if value:
                _text(cell, value)
            _style_input(cell)
    sheet.protection.sheet = True

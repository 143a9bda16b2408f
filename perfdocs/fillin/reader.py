"""The fill-in workbook → project data, each value with the cell it came from.

Boxes are found by their labels (column A of a field sheet, the header row of an
indicator sheet), not by position, and every value is taken as the text the box shows:
a figure typed into a box Excel turned into a number comes back as its digits, a date as
``2025-01-15``, a ``=100(%)`` Excel took for a formula as the text typed. A blank box is a
key left out. An indicator row whose 一级/二级 boxes are blank belongs to the group of the
row above (colleagues fill a list that way).

The result is a :class:`FillinBook`: the project data with the cell of every field and
box. :func:`perfdocs.importer.workbooks.import_fillin` makes of it the same object
``perfdocs import`` makes of a filled form, so the command checks it (every field, by its
cell) and writes it the same way; the fill-in stage itself knows nothing of the importer
above it (``template --from`` reads its own workbook back through here).
"""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from perfdocs.errors import Diagnostic, InputError, Severity, ValidationFailed
from perfdocs.fillin import FORMAT_VERSION, MARK, MARK_SHEET, REPORT_ASIDE
from perfdocs.fillin.spec import (
    ACHIEVED,
    EVALUATION,
    FIELD_SHEETS,
    FUND_FIGURE,
    FUNDS_REASON,
    HEADER_ROW,
    INDICATOR_SHEETS,
    OMITTED,
    OTHER_COLUMN,
    PAIR_SHEETS,
    PART_SHEETS,
    REPORT,
    FieldSheet,
    IndicatorSheet,
    PairSheet,
)
from perfdocs.fillin.unread import unread_sheets
from perfdocs.loading.settings_values import written_date
from perfdocs.records import Record

if TYPE_CHECKING:
    from perfdocs.loading.settings import Settings

Loc = tuple[str | int, ...]
MAX_WORKBOOK_BYTES = 20 * 1024 * 1024


def is_fillin(path: str | Path) -> bool:
    """Whether ``path`` is a workbook ``perfdocs template`` made (its hidden sheet's name is
    in the workbook part); False for anything else, readable or not."""
    import os
    import stat

    try:  # a device, a pipe or a huge file is not looked into (the importer names it)
        info = os.stat(path)
    except (OSError, ValueError):
        return False
    if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_WORKBOOK_BYTES:
        return False
    try:
        with zipfile.ZipFile(path) as archive:
            entry = archive.getinfo("xl/workbook.xml")
            if entry.file_size > 1_000_000:
                return False
            return f'name="{MARK_SHEET}"'.encode() in archive.read(entry)
    except (OSError, KeyError, zipfile.BadZipFile):
        return False


class FillinBook(Record):
    """A fill-in workbook read: the project data, the cell of each field it holds and of
    each box it left blank, and what was said while reading (sheets not read)."""

    file: str
    tree: dict[str, Any]
    unit: str
    layout: str
    cells: dict[Loc, str]
    blanks: dict[Loc, str]
    notes: list[Diagnostic]


def read_fillin(path: str | Path, settings: Settings) -> FillinBook:
    """Read a fill-in workbook into project data (see the module doc)."""
    from perfdocs.forms.sheet import open_workbook

    file = Path(path)
    values, formulas = open_workbook(file)
    name = str(file)
    _check_mark(values, name)
    omitted = _omitted_sheets(values)
    tree: dict[str, Any] = {}
    cells: dict[Loc, str] = {}
    blanks: dict[Loc, str] = {}
    for spec in FIELD_SHEETS:
        if spec.title in omitted:
            continue
        if spec.optional and spec.title not in values.sheetnames:
            continue  # a workbook made before the sheet was added
        _read_fields(_sheet(values, spec.title, name), _sheet(formulas, spec.title, name),
                     spec, tree, (cells, blanks), name)
    for pair in PAIR_SHEETS:
        if pair.title in omitted or (pair.optional and pair.title not in values.sheetnames):
            continue
        _read_pairs(_sheet(values, pair.title, name), _sheet(formulas, pair.title, name),
                    pair, tree, cells, name)
    for table in INDICATOR_SHEETS:
        if table.title in omitted:
            continue
        _read_indicators(_sheet(values, table.title, name),
                         _sheet(formulas, table.title, name), table, tree, (cells, blanks),
                         name)
    notes = unread_sheets(values, name)  # after the reading: a renamed sheet is missing
    notes += _report_aside(tree, cells, name)
    for section in ("申报", "自评"):
        if section in tree:
            tree[section] = _ordered(tree.pop(section))
    if "申报" not in tree and "自评" not in tree:
        raise ValidationFailed(name, [Diagnostic(
            Severity.ERROR, "填写表中「申报」「自评」两部分都是空的：至少填写其中一部分",
            name, None, "申报指标 / 自评指标", None, "import")])
    unit = str(tree.get("金额单位") or settings.input_unit)
    layout = str(tree.get("版式") or settings.layout)
    return FillinBook(name, tree, unit, layout, cells, blanks, notes)


def _report_aside(tree: dict[str, Any], cells: dict[Loc, str], name: str) -> list[Diagnostic]:
    """A 自评报告 typed before the 自评 is filled in: set aside, and said at its cells.

    A 申报-stage workbook whose clerk wrote a paragraph of the report early (项目概况 is
    known at 申报) made a 自评 part of that paragraph alone, and the import refused it for
    the 项目资金, 年度总体目标 and 绩效指标 it lacked, naming no cell (tester9 N9). The
    paragraph is the 自评's, not yet a 自评: the 申报 is imported, the text stays in the
    workbook, and the note says that it goes in with the 自评 once that is filled."""
    part = tree.get("自评")
    if not isinstance(part, dict) or set(part) != {"自评报告"}:
        return []
    del tree["自评"]
    typed = [(loc, cells.pop(loc)) for loc in list(cells) if loc[:2] == ("自评", "自评报告")]
    if not typed:
        return []
    typed.sort(key=lambda item: _row_of(item[1]))
    labels = "、".join(str(loc[-1]) for loc, _ in typed)
    counted = f"这 {len(typed)} 段" if len(typed) > 1 else "这一段"
    return [Diagnostic(Severity.WARNING,
                       f"自评报告属于自评部分，而自评部分（「自评」「自评指标」两张表）还没有填写："
                       f"自评报告的{counted}文字这次没有导入，留在工作簿中；填好自评后再导入这个"
                       "工作簿，自评报告随自评一起导入", name, None, typed[0][1], labels,
                       REPORT_ASIDE)]


def _row_of(address: str) -> int:
    digits = "".join(ch for ch in address.rpartition("!")[2] if ch.isdigit())
    return int(digits) if digits else 0


def _check_mark(book: Any, name: str) -> None:
    if MARK_SHEET not in book.sheetnames:
        raise InputError("不是 perfdocs 填写表（缺少隐藏的 _perfdocs 表）", file=name)
    mark = book[MARK_SHEET]
    if mark.cell(1, 1).value != MARK:
        raise InputError("不是 perfdocs 填写表（_perfdocs 表的标记不对）", file=name)
    version = str(mark.cell(1, 2).value or "")
    if version != FORMAT_VERSION:
        raise InputError(f"填写表的格式版本是 {version}，本版 perfdocs 读取第 {FORMAT_VERSION} 版："
                         "请用 perfdocs template 重新生成", file=name)


def _omitted_sheets(book: Any) -> set[str]:
    """The sheets the workbook leaves out on purpose: those of the parts its layout prints
    no form of, as the hidden sheet's A2:B2 say (「不印的部分」「申报」; hubei-2020)."""
    mark = book[MARK_SHEET]
    if mark.cell(2, 1).value != OMITTED:
        return set()
    parts = str(mark.cell(2, 2).value or "").split("、")
    return {title for part in parts for title in PART_SHEETS.get(part, ())}


class SheetMissing(InputError):
    """A fill-in workbook that opens but lacks one of its sheets (deleted or renamed by a
    colleague): bad input to correct, named by its sheet — ``import`` and ``check`` exit 1
    for it, not 2 with 「无法读取」 as for a file that is no workbook (tester13)."""


def _sheet(book: Any, title: str, name: str) -> Any:
    if title not in book.sheetnames:
        raise SheetMissing(f"填写表缺少工作表「{title}」（被删除或改名了？）：请用 perfdocs "
                           "template 重新生成，再把内容复制过去", file=name)
    return book[title]


def _text(values: Any, formulas: Any, row: int, col: int) -> str:
    """What a box shows: its value as text, or the formula text Excel made of a typed ``=``."""
    from perfdocs.forms.sheet import cell_text

    cell = values.cell(row, col)
    value = cell.value
    if value is None:
        typed = formulas.cell(row, col).value
        if isinstance(typed, str) and typed.startswith("="):
            return typed
    if not isinstance(value, str):
        from perfdocs.forms.cell_display import shown

        # A pasted 97.5% is stored as 0.975 with a percent format: read what the box shows,
        # as a returned form is read, not the stored fraction.
        seen = shown(value, cell.number_format)
        if seen is not None and seen.percent:
            return seen.text.strip()
    return cell_text(value).strip()


def _address(sheet: Any, row: int, col: int) -> str:
    from openpyxl.utils import get_column_letter

    return f"{sheet.title}!{get_column_letter(col)}{row}"


def _put(tree: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    node = tree
    for key in path[:-1]:
        node = node.setdefault(key, {})
    node[path[-1]] = value


def _read_fields(values: Any, formulas: Any, spec: FieldSheet, tree: dict[str, Any],
                 found: tuple[dict[Loc, str], dict[Loc, str]], name: str) -> None:
    """The sheet's boxes into ``tree``; each box's cell into ``found`` (the filled, the blank),
    so a message about a field points at its box, filled or not."""
    cells, blanks = found
    rows = {_text(values, formulas, r, 1): r
            for r in range(HEADER_ROW + 1, min(values.max_row, 500) + 1)}
    boxes: list[tuple[int, tuple[str, ...]]] = []
    missing = []
    for field in spec.fields:
        at = rows.get(field.label)
        if at is None and spec is EVALUATION and FUND_FIGURE.match(field.label):
            continue  # a layout with other funds rows (sichuan-2023) has no national ones
        if at is None and spec is REPORT and ACHIEVED.match(field.label):
            continue  # a layout with other 一级指标: its own boxes are read below
        if at is None and field.added:
            continue  # a workbook made before the box was added: its key left out
        if at is None and field.printed_as is not None:
            continue  # a box the layout's 申报 form does not print: not offered
        if at is None:
            missing.append(field.label)
            continue
        boxes.append((at, field.path))
    if missing:  # a deleted row has no cell: name the sheet and the labels, not a column
        labels = "、".join(f"「{label}」" for label in missing)
        raise InputError(f"工作表「{spec.title}」中找不到{labels}一行（被删除了，或 A 列的标签"
                         "被改动了？）：请在 A 列补上这一行的标签并在 B 列填写，或用 perfdocs "
                         "template 重新生成，再把内容复制过去", file=name)
    known = {field.label for field in spec.fields}
    for label, at in rows.items():  # boxes of a layout's own funds rows and the 原因
        if label in known:
            continue
        achieved = ACHIEVED.match(label) if spec is REPORT else None
        if achieved:  # a 实现情况 box of a layout's own 一级指标
            boxes.append((at, ("自评", "自评报告", "实现情况", achieved["level"])))
            continue
        if spec is not EVALUATION:
            continue
        matched = FUND_FIGURE.match(label)
        if matched:
            boxes.append((at, ("自评", "项目资金", matched["row"], matched["figure"])))
        elif label == FUNDS_REASON.label:
            boxes.append((at, FUNDS_REASON.path))
    for row, path in sorted(boxes):  # in the sheet's order, as the project file had them
        text = _text(values, formulas, row, 2)
        if text:
            _put(tree, path, text)
            cells[path] = _address(values, row, 2)
        else:
            blanks[path] = _address(values, row, 2)


def _read_indicators(values: Any, formulas: Any, table: IndicatorSheet,
                     tree: dict[str, Any], found: tuple[dict[Loc, str], dict[Loc, str]],
                     name: str) -> None:
    """One indicator per row into ``tree``; every column's cell into ``found`` (the filled,
    the blank), so an empty 分值 is reported at its own box, not at the indicator's name."""
    cells, blanks = found
    heads = {_text(values, formulas, HEADER_ROW, c): c
             for c in range(1, min(values.max_column, 50) + 1)}
    missing = [c.label for c in table.columns if c.label not in heads]
    if missing:
        raise InputError(f"工作表「{table.title}」第 {HEADER_ROW} 行（表头）缺少列："
                         f"{'、'.join(missing)}（被删除了，或表头被改动了？）", file=name)
    others = [h for h in heads if h.startswith(OTHER_COLUMN) and h != OTHER_COLUMN]
    level1 = level2 = ""
    indicators: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for row in range(HEADER_ROW + 1, values.max_row + 1):
        texts = {c.label: _text(values, formulas, row, heads[c.label]) for c in table.columns}
        extra = {h.removeprefix(OTHER_COLUMN): _text(values, formulas, row, heads[h])
                 for h in others}
        if not any(texts.values()) and not any(extra.values()):
            continue
        level1 = texts["一级指标"] or level1
        level2 = texts["二级指标"] or level2
        if not level1 or not level2:
            which = "一级指标" if not level1 else "二级指标"
            raise InputError(f"第 {row} 行没有{which}（上面也没有可沿用的）",
                             file=name, field=_address(values, row, heads[which]))
        items = indicators.setdefault(level1, {}).setdefault(level2, [])
        item: dict[str, Any] = {c.key: texts[c.label] for c in table.columns
                                if c.key and texts[c.label]}
        if any(extra.values()):
            item["其他栏"] = {k: v for k, v in extra.items() if v}
        at: Loc = (table.section, "绩效指标", level1, level2, len(items))
        cells.setdefault(at[:3], _address(values, row, heads["一级指标"]))
        cells.setdefault(at[:4], _address(values, row, heads["二级指标"]))
        cells[at] = _address(values, row, heads["三级指标"])
        for column in table.columns:
            if column.key:
                box = cells if texts[column.label] else blanks
                box[(*at, column.key)] = _address(values, row, heads[column.label])
        for column_name, text in extra.items():
            box = cells if text else blanks
            box[(*at, "其他栏", column_name)] = _address(values, row,
                                                        heads[OTHER_COLUMN + column_name])
        items.append(item)
    if indicators:
        tree.setdefault(table.section, {})["绩效指标"] = indicators
    else:  # a message that the part has no indicators points at the sheet's first row
        blanks[(table.section, "绩效指标")] = _address(values, HEADER_ROW + 1, 3)


def _read_pairs(values: Any, formulas: Any, spec: PairSheet, tree: dict[str, Any],
                cells: dict[Loc, str], name: str) -> None:
    """Name | text rows into the tree at ``spec.where``; a row without its text is left out."""
    pairs: dict[str, Any] = {}
    for row in range(HEADER_ROW + 1, min(values.max_row, 500) + 1):
        key, text = _text(values, formulas, row, 1), _text(values, formulas, row, 2)
        if not text:
            continue
        day = values.cell(row, 2).value
        if isinstance(day, date):  # a date box (datetime too): printed as the forms date
            text = written_date(day)
        if not key:
            raise InputError(f"第 {row} 行有内容却没有栏目名", file=name,
                             field=_address(values, row, 1))
        several = [part.strip() for part in text.split("、") if part.strip()]
        pairs[key] = several if spec.lists and len(several) > 1 else text
        cells[(*spec.where, key)] = _address(values, row, 2)
    if pairs:
        node = tree
        for part in spec.where[:-1]:
            node = node.setdefault(part, {})
        node[spec.where[-1]] = pairs


def _ordered(section: dict[str, Any]) -> dict[str, Any]:
    """A part's keys in the project file's order: 绩效指标 right after 年度总体目标."""
    if "绩效指标" not in section:
        return section
    indicators = section.pop("绩效指标")
    out: dict[str, Any] = {}
    placed = False
    for key, value in section.items():
        if key in ("原表", "申报单位名称") and not placed:
            out["绩效指标"] = indicators
            placed = True
        out[key] = value
        if key == "年度总体目标" and not placed:
            out["绩效指标"] = indicators
            placed = True
    if not placed:
        out["绩效指标"] = indicators
    return out

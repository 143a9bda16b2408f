"""Sheets a colleague added to the fill-in workbook: said, never passed over in silence.

The reader takes each part of the project from its own sheet (:mod:`perfdocs.fillin.spec`);
anything on another sheet is not read. A 「说明」 sheet with a phone number is harmless, but
the preparer should know it stays behind, so each such sheet gets a note. A sheet that holds
indicator rows (a 「自评指标（续）」 for rows that did not seem to fit) would lose them: the
分值 total might catch it, by luck and naming no sheet. So a sheet that looks like it holds
indicators — the indicator sheet's headings, or rows shaped like its rows — is an error that
names the sheet, its rows and where they belong.

An empty sheet (Excel's blank Sheet2) is passed over, as the form importer does.
"""

from __future__ import annotations

import re
from typing import Any

from perfdocs.errors import Diagnostic, InputError, Severity
from perfdocs.fillin import MARK_SHEET
from perfdocs.fillin.spec import (
    DECLARED_INDICATORS,
    EVALUATED_INDICATORS,
    FIELD_SHEETS,
    INDICATOR_SHEETS,
    PAIR_SHEETS,
)

SHEETS = frozenset({MARK_SHEET, *(s.title for s in (*FIELD_SHEETS, *PAIR_SHEETS,
                                                    *INDICATOR_SHEETS))})
"""Every sheet the reader (or the writer) knows; the rest are a colleague's."""
_ROWS, _COLUMNS = 300, 30
"""How much of an added sheet is looked at: a page of notes or a table of rows."""
_TARGET = re.compile(r"^[≥≤=<>＞＜≧≦]\s*[0-9０-９.]")
"""A 年度指标值 as the indicator sheets write it: ≥90.00(%), =100(%), ≤5(天)."""
_EVALUATED_ONLY = frozenset(c.label for c in EVALUATED_INDICATORS.columns) - frozenset(
    c.label for c in DECLARED_INDICATORS.columns)
"""Headings only the 自评指标 sheet has (实际完成值, 分值, 得分…)."""
_HEADINGS = frozenset(c.label for table in INDICATOR_SHEETS for c in table.columns
                      if c.key is not None and c.key != "三级指标")


def unread_sheets(book: Any, file: str) -> list[Diagnostic]:
    """A note for each added sheet with something on it; raises :class:`InputError` for one
    that looks like it holds indicator rows."""
    levels = _level_names(book[MARK_SHEET]) if MARK_SHEET in book.sheetnames else set()
    notes = []
    for title in book.sheetnames:
        if title in SHEETS:
            continue
        sheet = book[title]
        rows = _texts(sheet)
        if rows is not None and not rows:
            continue
        if rows:
            _refuse_indicators(title, rows, levels, file)
        notes.append(Diagnostic(Severity.NOTE, "不是填写表的一部分，这张表上的内容没有读取",
                                file, None, f"工作表「{title}」", None, "import"))
    return notes


def _texts(sheet: Any) -> list[tuple[int, list[str]]] | None:
    """The sheet's rows with something in them, as texts (None: a chart sheet, no cells)."""
    from perfdocs.forms.sheet import cell_text

    if not hasattr(sheet, "iter_rows"):
        return None
    found = []
    for number, row in enumerate(sheet.iter_rows(max_row=min(sheet.max_row, _ROWS),
                                                 max_col=min(sheet.max_column, _COLUMNS),
                                                 values_only=True), start=1):
        texts = [cell_text(value).strip() for value in row]
        if any(texts):
            found.append((number, texts))
    return found


def _level_names(mark: Any) -> set[str]:
    """The 一级/二级 names the workbook's drop-down lists offer (the hidden sheet's columns
    headed 申报一级, 自评二级…)."""
    names: set[str] = set()
    for column in mark.iter_cols(min_col=3, max_col=min(mark.max_column, _COLUMNS),
                                 max_row=min(mark.max_row, 500), values_only=True):
        if isinstance(column[0], str) and column[0].endswith(("一级", "二级")):
            names |= {str(v).strip() for v in column[1:] if v is not None and str(v).strip()}
    return names


def _refuse_indicators(title: str, rows: list[tuple[int, list[str]]], levels: set[str],
                       file: str) -> None:
    """Raise when ``rows`` look like an indicator sheet's, naming them and where they go."""
    from openpyxl.utils import get_column_letter

    from perfdocs.forms.sheet import label_key

    headings: set[str] = set()
    heading_rows: list[tuple[int, int]] = []  # row, column of its 三级指标
    shaped: list[tuple[int, int, int]] = []  # row, first column, cells filled after the target
    for number, texts in rows:
        keys = [label_key(t) for t in texts]
        if "三级指标" in keys and _HEADINGS & set(keys):
            headings |= set(keys)
            heading_rows.append((number, keys.index("三级指标")))
            continue
        found = _indicator_row(texts, levels)
        if found is not None:
            shaped.append((number, *found))
    if not shaped and not headings:
        return
    if headings & _EVALUATED_ONLY or "自评" in title:
        target = EVALUATED_INDICATORS.title
    elif headings or "申报" in title:
        target = DECLARED_INDICATORS.title
    elif any(after >= 2 for _, _, after in shaped):  # 实际完成值 and 分值 after the target
        target = EVALUATED_INDICATORS.title
    else:
        target = DECLARED_INDICATORS.title
    said = []
    if heading_rows:
        said.append(f"第 {heading_rows[0][0]} 行是指标表的表头")
    if shaped:
        numbers = [str(number) for number, _, _ in shaped]
        said.append(f"第 {'、'.join(numbers[:6])}{'等' if len(numbers) > 6 else ''} 行像是指标")
    first, column = shaped[0][:2] if shaped else heading_rows[0]
    raise InputError(
        f"工作表「{title}」{'，'.join(said)}，但填写表只从「{target}」表读指标，这张表上的"
        f"指标不会导入：请把这些行移回「{target}」表（接在已有的行后面即可），再删掉这张表",
        file=file, field=f"{title}!{get_column_letter(column + 1)}{first}")


def _indicator_row(texts: list[str], levels: set[str]) -> tuple[int, int] | None:
    """Where a row shaped like an indicator row starts, and how many cells follow its
    target: a 一级 and a 二级 name side by side (from the workbook's lists, or two names
    ending in 指标) with a name after them, or a name followed by a target (≥90.00(%))."""
    for at in range(len(texts) - 2):
        pair = texts[at], texts[at + 1]
        if texts[at + 2] and all(p in levels or (p.endswith("指标") and len(p) > 2)
                                 for p in pair):
            return at, sum(1 for t in texts[at + 4:] if t)
    for at in range(1, len(texts)):
        if _TARGET.match(texts[at]) and texts[at - 1]:
            return at - 1, sum(1 for t in texts[at + 1:] if t)
    return None

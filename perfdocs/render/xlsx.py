"""Excel output: each :class:`~perfdocs.form.grid.Form` as one worksheet, written with openpyxl.

A sheet reads like the printed form: the title and subtitle merged across the grid, then
the blocks stacked row after row with no gap, every cell ruled (merged ones too), figures
stored as numbers that display exactly like the form's text, and a print setup that puts
the form on A4 one page wide with the indicator header repeated on every page. The
renderer only translates: texts are written as they are, figures as the exact ``Decimal``
the builder chose, never recomputed or rounded.

Three things shape the code:

* Excel has no "fit row to wrapped text" that survives printing from another program
  (LibreOffice and Excel only auto-fit rows they lay out themselves, and never for
  merged cells), so row heights are estimated here from text length against the width of
  the columns a cell spans (:func:`_row_heights`).
* Every public style setter in openpyxl (``cell.font = …``) hashes the style object to
  find it in the workbook's tables; doing that four times per grid position costs tens of
  milliseconds on a 60-indicator form. Each distinct look is therefore set once through
  the public setters and its resulting style array copied to the other cells
  (:class:`_Looks`), which is also how openpyxl copies styles between worksheets.
* openpyxl turns any string starting with ``=`` into a formula and strings such as
  ``#N/A`` into error values. A preparer's text must never run as a formula in the
  recipient's Excel, so every text cell is forced to be a string.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from copy import copy
from datetime import datetime
from decimal import ROUND_CEILING, Decimal

from openpyxl import Workbook
from openpyxl.cell.cell import Cell as XlCell
from openpyxl.cell.cell import MergedCell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import IllegalCharacterError
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from perfdocs.errors import RenderError
from perfdocs.form.grid import Block, Cell, Form
from perfdocs.render.reproducible import DEFAULT_STAMP, normalize_zip

SHEET_WIDTH = Decimal(100)
"""Total width of a form's columns in Excel width units (characters of the default font)."""
LINE_HEIGHT = Decimal("1.35")
"""Row height per text line, as a multiple of the font size (the forms are set loosely)."""
ROW_PADDING = Decimal(6)
"""Points added to every row above and below its text lines."""
MIN_ROW_LINES = Decimal(2)
"""The smallest row is this many font sizes tall, so one-line rows do not look cramped."""
MAX_ROW_HEIGHT = Decimal(409)
"""Excel's largest row height in points."""
MAX_TEXT = 32767
"""Excel's largest number of characters in one cell."""
PIXELS_PER_UNIT = 7
"""Pixels per Excel width unit: the maximum digit width of the default font, Calibri 11."""
CELL_PIXELS = 1
"""Pixels Excel adds to a column beyond its units, net of the cell's inner padding."""
GB2312 = 134
"""Font charset that tells Excel the font is meant for Simplified Chinese."""

_THIN = Side(style="thin", color="FF000000")
_RULED = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_BOLD = frozenset({"header", "total"})
_FORBIDDEN_IN_TITLE = str.maketrans({c: "_" for c in "[]:*?/\\"})
_MAX_TITLE = 31


def render_xlsx(forms: Sequence[Form], *, stamp: datetime = DEFAULT_STAMP) -> bytes:
    """The .xlsx of ``forms``, one worksheet per form in order, stamped with ``stamp``.

    The same forms and stamp always give the same bytes: openpyxl's zip timestamps and
    "now" in the package metadata are replaced by ``stamp``.
    """
    if not forms:
        raise RenderError("没有可写入 Excel 的表单（至少需要一张表）")
    workbook = Workbook()
    looks = _Looks()
    used: set[str] = set()
    for index, form in enumerate(forms):
        sheet = workbook.active if index == 0 else workbook.create_sheet()
        assert isinstance(sheet, Worksheet)
        sheet.title = sheet_title(form.sheet_name, used)
        _write_form(sheet, form, looks)
    props = workbook.properties
    props.creator = "perfdocs"
    props.lastModifiedBy = "perfdocs"
    props.created = stamp
    props.modified = stamp
    buffer = io.BytesIO()
    workbook.save(buffer)
    return normalize_zip(buffer.getvalue(), stamp)


def sheet_title(name: str, used: set[str]) -> str:
    """``name`` made a valid, unused worksheet title, and recorded in ``used``.

    Excel refuses titles longer than 31 characters, holding any of ``[]:*?/\\``, starting
    or ending with an apostrophe, or equal to another sheet's title ignoring case.
    Forbidden characters become ``_``; a repeated title gets "(2)", "(3)"… (shortening the
    name so the suffix fits). ``used`` holds the case-folded titles already taken.
    """
    base = name.translate(_FORBIDDEN_IN_TITLE).strip().strip("'").strip() or "表"
    base = base[:_MAX_TITLE]
    title = base
    number = 1
    while title.casefold() in used or title.casefold() == "history":
        number += 1
        suffix = f"({number})"
        title = base[: _MAX_TITLE - len(suffix)].rstrip("'") + suffix
    used.add(title.casefold())
    return title


class _Looks:
    """One openpyxl style array per distinct look, reused for every cell that has it.

    A look is (font, size, bold, horizontal alignment, number format, ruled). The first
    cell of a look gets the style through openpyxl's public setters, which registers the
    font, border and alignment in the workbook; later cells get a copy of that cell's
    style array (four table indices), skipping the per-setter hashing.
    """

    def __init__(self) -> None:
        self._arrays: dict[tuple[object, ...], object] = {}

    def apply(self, target: XlCell | MergedCell, family: str, size: Decimal, bold: bool,
              align: str, number_format: str | None, ruled: bool) -> None:
        """Give ``target`` the look, registering it in the workbook the first time."""
        key = (family, size, bold, align, number_format, ruled)
        array = self._arrays.get(key)
        if array is not None:
            target._style = copy(array)
            return
        target.font = Font(name=family, size=size, bold=bold, charset=GB2312)
        target.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
        if ruled:
            target.border = _RULED
        if number_format:
            target.number_format = number_format
        self._arrays[key] = copy(target._style)


def _write_form(sheet: Worksheet, form: Form, looks: _Looks) -> None:
    """Title, subtitle, every block, the footer and the print setup of one sheet."""
    widths = _column_units(form.column_widths)
    n_cols = len(widths)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    fonts = form.fonts
    family = fonts.family
    heights: list[Decimal] = []

    def heading(text: str, size: Decimal, bold: bool) -> None:
        row = len(heights) + 1
        _put(sheet, looks, Cell(0, 0, text, colspan=n_cols), row, family, size, bold,
             ruled=False)
        lines = _lines(text, sum(widths, Decimal(0)), size) if text else 1
        heights.append(_height(lines, size, minimum=size * LINE_HEIGHT + ROW_PADDING))

    heading(form.title, fonts.title_size, True)
    heading(form.subtitle, fonts.subtitle_size, False)

    title_rows: str | None = None
    for block in form.blocks:
        first = len(heights) + 1
        for cell in block.cells:
            _put(sheet, looks, cell, first + cell.row, family, fonts.body_size,
                 cell.style in _BOLD, ruled=True)
        heights.extend(_row_heights(block, widths, fonts.body_size))
        if block.repeat_rows and title_rows is None:
            # Excel keeps one range of rows to repeat per sheet: the first block's wins.
            title_rows = f"{first}:{first + block.repeat_rows - 1}"

    if form.footer:
        row = len(heights) + 1
        _put(sheet, looks, Cell(0, 0, form.footer, colspan=n_cols, align="left"), row,
             family, fonts.body_size, False, ruled=False)
        lines = _lines(form.footer, sum(widths, Decimal(0)), fonts.body_size)
        heights.append(_height(lines, fonts.body_size))

    for row, height in enumerate(heights, start=1):
        sheet.row_dimensions[row].height = height

    _print_setup(sheet, n_cols, len(heights), title_rows)


def _put(sheet: Worksheet, looks: _Looks, cell: Cell, row: int, family: str,
         size: Decimal, bold: bool, *, ruled: bool) -> None:
    """Write one form cell at sheet ``row`` (1-based): value, look, merge and borders."""
    column = cell.col + 1
    target = sheet.cell(row=row, column=column)
    assert isinstance(target, XlCell)
    _set_value(target, cell)
    number_format = cell.number_format if cell.number is not None else None
    looks.apply(target, family, size, bold, cell.align, number_format, ruled)
    if cell.rowspan == 1 and cell.colspan == 1:
        return
    last_row = row + cell.rowspan - 1
    last_column = column + cell.colspan - 1
    # openpyxl's merge_cells() rebuilds edge borders through the hashing setters (most of
    # the render time) and scans every earlier range for overlaps (a form tiles, so none
    # overlap): the merge and its covered positions are recorded directly instead, the
    # same objects merge_cells() would create.
    span = f"{target.coordinate}:{get_column_letter(last_column)}{last_row}"
    sheet.merged_cells.ranges.add(MergedCellRange(sheet, span))
    positions = sheet._cells
    for r in range(row, last_row + 1):
        for c in range(column, last_column + 1):
            if r == row and c == column:
                continue
            covered = MergedCell(sheet, row=r, column=c)
            positions[(r, c)] = covered
            if ruled:
                # Excel and LibreOffice draw a merged cell's frame from the borders of the
                # positions on its edge: every covered position gets the full look.
                looks.apply(covered, family, size, bold, cell.align, number_format, ruled)


def _set_value(target: XlCell, cell: Cell) -> None:
    """Store a figure as a number with the Decimal's exact digits, anything else as text.

    Text is always a string cell, whatever it looks like (``=1+1``, ``-2``, ``#N/A``).
    """
    where = f"（{cell.field}）" if cell.field else f"（第 {cell.row + 1} 行第 {cell.col + 1} 列）"
    number = cell.number
    if number is not None:
        if not number.is_finite():
            raise RenderError(f"数值无效{where}：{number}，Excel 只能保存有限的数",
                              field=cell.field)
        target.value = number  # a number cell ("n"), never a string
        # openpyxl writes numbers as "%.16g" % value, a float conversion that stores 97.76
        # as 97.76000000000001; the writer is handed the Decimal's own digits instead
        # (fixed-point, so Excel parses them to the double nearest the exact value).
        target._value = format(number, "f")
        return
    text = cell.text
    if not text:
        return
    if len(text) > MAX_TEXT:
        raise RenderError(
            f"单元格文字过长{where}：{len(text)} 个字符，Excel 每格最多 {MAX_TEXT} 个，请精简",
            field=cell.field,
        )
    try:
        target.value = text
    except IllegalCharacterError:
        raise RenderError(
            f"单元格文字含有 Excel 不能保存的控制字符{where}，请删除后重试",
            field=cell.field,
        ) from None
    # Text that looks like a formula (=…) or an error (#N/A) stays text.
    target.data_type = "s"


def _column_units(relative: Sequence[Decimal]) -> list[Decimal]:
    """``relative`` widths scaled so they add up to :data:`SHEET_WIDTH` Excel units."""
    total = sum(relative, Decimal(0))
    if not relative or total <= 0 or any(w <= 0 for w in relative):
        raise RenderError("表格列宽必须为正数（请检查版式中的列宽设置）")
    cent = Decimal("0.01")
    return [(SHEET_WIDTH * w / total).quantize(cent) for w in relative]


def _text_units(text: str) -> int:
    """Width of one line of ``text`` in half-ems: CJK and full-width count 2, ASCII 1.

    UTF-8 length is a C-speed proxy: ASCII takes one byte, CJK ideographs and full-width
    punctuation three, so ``(bytes + chars) / 2`` is 1 and 2 respectively.
    """
    return (len(text.encode("utf-8")) + len(text) + 1) // 2


def _lines(text: str, units: Decimal, size: Decimal) -> int:
    """Lines ``text`` takes when wrapped in columns ``units`` Excel units wide at ``size`` pt.

    A column of ``u`` units is ``7u + 1`` pixels of text room; one half-em of a ``size``
    point font is ``size × 2/3`` pixels at 96 dpi. Two half-ems are held back per line for
    the space wrapping wastes (a Chinese character or a word that does not fit).
    """
    room = (units * PIXELS_PER_UNIT + CELL_PIXELS) * 3 / (size * 2)
    per_line = max(room - 2, Decimal(2))
    count = 0
    for paragraph in text.split("\n"):
        need = _text_units(paragraph)
        count += max(1, int((need / per_line).to_integral_value(rounding=ROUND_CEILING)))
    return count


def _height(lines: int, size: Decimal, minimum: Decimal | None = None) -> Decimal:
    """Row height in points for ``lines`` lines at ``size`` pt, within Excel's limits."""
    floor = size * MIN_ROW_LINES if minimum is None else minimum
    height = max(lines * size * LINE_HEIGHT + ROW_PADDING, floor)
    return min(height, MAX_ROW_HEIGHT).quantize(Decimal("0.1"), rounding=ROUND_CEILING)


def _row_heights(block: Block, widths: Sequence[Decimal], size: Decimal) -> list[Decimal]:
    """Heights (points) of the block's rows so every cell's wrapped text fits.

    Single-row cells set their row's height; a cell spanning rows then adds whatever it
    still lacks, spread evenly over its rows (shortest spans first, so a group label
    spanning a whole group rarely adds anything).
    """
    floor = size * MIN_ROW_LINES
    heights = [floor] * block.n_rows
    for index, minimum in enumerate(block.min_row_height[: block.n_rows]):
        heights[index] = max(heights[index], minimum)
    tall: list[tuple[int, Cell, Decimal]] = []
    for cell in block.cells:
        if not cell.text:
            continue
        units = sum(widths[cell.col: cell.last_col + 1], Decimal(0))
        need = _height(_lines(cell.text, units, size), size)
        if cell.rowspan == 1:
            heights[cell.row] = max(heights[cell.row], need)
        else:
            tall.append((cell.rowspan, cell, need))
    tall.sort(key=lambda item: (item[0], item[1].row, item[1].col))
    for span, cell, need in tall:
        rows = range(cell.row, cell.last_row + 1)
        have = sum((heights[r] for r in rows), Decimal(0))
        if need > have:
            extra = ((need - have) / span).quantize(Decimal("0.1"), rounding=ROUND_CEILING)
            for r in rows:
                heights[r] = min(heights[r] + extra, MAX_ROW_HEIGHT)
    return heights


def _print_setup(sheet: Worksheet, n_cols: int, n_rows: int, title_rows: str | None) -> None:
    """A4 portrait, one page wide, narrow margins, centred, header rows repeated."""
    setup = sheet.page_setup
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.orientation = sheet.ORIENTATION_PORTRAIT
    setup.fitToWidth = 1
    setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    # Excel's "Narrow" margins, in inches.
    sheet.page_margins = PageMargins(left=0.25, right=0.25, top=0.75, bottom=0.75,
                                     header=0.3, footer=0.3)
    sheet.print_options.horizontalCentered = True
    sheet.print_area = f"A1:{get_column_letter(n_cols)}{n_rows}"
    if title_rows:
        sheet.print_title_rows = title_rows
    # The form draws its own rules; the screen grid would only blur them.
    sheet.sheet_view.showGridLines = False


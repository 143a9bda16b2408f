"""Excel output: each :class:`~perfdocs.forms.grid.Form` as one worksheet, written as SpreadsheetML.

A sheet reads like the printed form: the title and subtitle merged across the grid, then
the blocks stacked row after row with no gap, every cell ruled (merged ones too), figures
stored as numbers that display exactly like the form's text, and a print setup that puts
the form on A4 one page wide with the indicator header repeated on every page. The
renderer only translates: texts are written as they are, figures as the exact ``Decimal``
the builder chose, never recomputed or rounded.

Four things shape the code:

* The package is written here, part by part, as XML text and zipped by
  :func:`perfdocs.render.reproducible.zip_package`.
  A form needs a handful of parts and a few looks, and going through openpyxl's object
  model (a descriptor-checked object per cell and per style, serialised back through
  lxml) cost three quarters of the render time for what is, in the end, string joining.
  Nothing here imports openpyxl, so neither does a batch worker that only writes.
* Excel has no "fit row to wrapped text" that survives printing from another program
  (LibreOffice and Excel only auto-fit rows they lay out themselves, and never for
  merged cells), so row heights are estimated here from text length against the width of
  the columns a cell spans (:func:`_row_heights`).
* Excel and LibreOffice draw a merged cell's frame from the borders of the positions on
  its edge, so every position a ruled merge covers is written as an empty cell with the
  merge's look.
* A preparer's text must never run as a formula in the recipient's Excel: text is always
  a shared string (``t="s"``, the workbook's ``sharedStrings.xml``) and no ``<f>`` is ever
  written, whatever the text looks like (``=1+1``, ``-2``, ``#N/A``). Shared rather than
  inline strings, and a theme part, because Excel rewrites a workbook without them on its
  first save (and flags the missing theme as needing repair); docs/wps.md says why each
  convention is kept.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from datetime import datetime
from decimal import ROUND_CEILING, Decimal
from functools import lru_cache

from perfdocs.errors import RenderError
from perfdocs.forms import page_geometry as geometry
from perfdocs.forms.grid import (
    CAPTION_STYLES,
    PAGE_NUMBER,
    Block,
    Cell,
    Form,
    is_heading,
    scaled_widths,
)
from perfdocs.forms.pages import cut_spans
from perfdocs.forms.pdf_pages import cut_texts, pdf_starts
from perfdocs.records import Record, replace
from perfdocs.render.docx.wrapping import lines as office_lines
from perfdocs.render.office import theme_xml
from perfdocs.render.reproducible import DEFAULT_STAMP, deflated, zip_package
from perfdocs.render.xlsx.numberformat import cell_format, excel_format

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
ROW_PART = Decimal(geometry.FRAME_HEIGHT / 4).quantize(Decimal(1))
"""The tallest row a text too tall for one row is spread over: a quarter of the PDF's page,
as the PDF cuts such a row."""
LINE_CYCLES: dict[Decimal, Decimal] = {Decimal(9): Decimal(2010), Decimal(10): Decimal("2225.5")}
"""LibreOffice's line grid, in 1/100 mm, by body size: the height of a whole number of
lines in both faces it gives 宋体 on Linux (WenQuanYi Zen Hei 402 and AR PL UMing 335 at
9 pt: 5 and 6 lines; 445 and 371 at 10 pt), measured on its prints. A text spread over rows
(:func:`_grow_tall_rows`) has rows of whole cycles, so that a page break between them falls
between two of its lines (:func:`_line_rows`); no such cycle at other sizes. SimSun (Windows),
Excel and WPS are not measured here: for them the rows are only as tall as before."""
LINE_SHIFT = Decimal("0.95")
"""Points below a cycle's end the rows end: measured (a 9 pt and a 10 pt 自评表, both
faces), LibreOffice prints the next page's first line of a text spread over rows whole, and
the page before with nothing of it, where the break falls about 0.3–1 pt below a cycle's
end."""
WIDEST_LINE = Decimal("1.27")
"""A wrapped line of a cell in the tallest face we know a program sets 宋体 in, in ems:
WenQuanYi Zen Hei in LibreOffice (1.266 at 9 and 10 pt, :data:`LINE_CYCLES`), SimSun in
Excel and WPS on Windows (15 px at 9 pt, 1.25), AR PL UMing 1.055. Every row is at least as
tall as its texts need in it (:func:`_office_need`), whatever face the user's program has."""
CELL_AIR = Decimal(3)
"""Points of a row beside its lines in that need: the cell's air above and below the text
(Excel 2 px a side, LibreOffice less) and the rule."""
TEXT_INSET = 5
"""Pixels of a column's width that hold no text: the 5 pixels of padding a column's width
counts in OOXML (Excel's 2-pixel margins and the grid line)."""
PIXEL = Decimal("0.75")
"""A pixel of LibreOffice's (96 dpi), in points: it places a merged cell's rest on the next
page by whole pixels, so the rows' ends are kept on them."""
XLSX_RESERVE = 14
"""Points the printed page offers below the PDF's last row (as the Word copy's): Excel's
rows are estimated on the tall side, so a page of the PDF's rows may need a little more."""


def _inches(points: float) -> str:
    """A margin in inches as the sheet writes it: four places, rounded down (the page
    offers at least the room :data:`PRINT_ROOM` counts on)."""
    return f"{int(points / geometry.INCH * 10000) / 10000:.4f}"


MARGINS = {
    "left": _inches(geometry.MARGIN), "right": _inches(geometry.MARGIN),
    "top": _inches(geometry.MARGIN + geometry.FRAME_PADDING),
    "bottom": _inches(geometry.MARGIN + geometry.FRAME_PADDING - XLSX_RESERVE),
    "header": _inches(geometry.MARGIN / 2), "footer": _inches(geometry.WORD_FOOTER),
}
"""The PDF's page: its side margins (the sheet printed as wide as the PDF's table), the
first row where the PDF's first line begins, the page number half the margin up."""
PRINT_WIDTH = geometry.A4[0] - 2 * float(MARGINS["left"]) * geometry.INCH
"""Points of A4 width within the side margins: the sheet is scaled to it."""
PRINT_ROOM = geometry.A4[1] - (float(MARGINS["top"]) + float(MARGINS["bottom"])) * geometry.INCH
"""Points of A4 height within the top and bottom margins, printed."""
MAX_TEXT = 32767
"""Excel's largest number of characters in one cell."""
PIXELS_PER_UNIT = 7
"""Pixels per Excel width unit: the maximum digit width of the default font, Calibri 11."""
CELL_PIXELS = 1
"""Pixels Excel adds to a column beyond its units, net of the cell's inner padding."""
GB2312 = 134
"""Font charset that tells Excel the font is meant for Simplified Chinese."""

_BOLD = frozenset({"header", "total"})
_MAX_TITLE = 31
_TENTH = Decimal("0.1")

# Characters XML 1.0 cannot carry at all (C0 controls but tab, CR and LF; lone surrogates;
# U+FFFE/U+FFFF): a cell holding one would make the sheet unreadable, so it is refused, and
# a sheet title drops them.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_FORBIDDEN_IN_TITLE = re.compile("[\\[\\]:*?/\\\\\x00-\x1f\ud800-\udfff\ufffe\uffff]")
# Excel reads "_xHHHH_" inside a string as an escaped character (ECMA-376 ST_Xstring); a
# literal one is kept literal by escaping its underscore as "_x005F_".
_EXCEL_ESCAPE = re.compile("_(?=x[0-9A-Fa-f]{4}_)")

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# Number formats Excel knows by id (the locale-independent ones of ECMA-376 §18.8.30);
# any other format code gets its own <numFmt> from id 164 on.
_BUILTIN_FORMATS = {
    "General": 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10,
    "0.00E+00": 11, "@": 49,
}


def render_xlsx(forms: Sequence[Form], *, stamp: datetime = DEFAULT_STAMP,
                sheet_names: Sequence[str] = ()) -> bytes:
    """The .xlsx of ``forms``, one worksheet per form in order, stamped with ``stamp``.

    ``sheet_names`` names each form's worksheet in order (made valid and unique); a form
    without one is named by its kind.

    The same forms and stamp always give the same bytes: every zip entry carries
    ``stamp`` as its time, entries come in a fixed order, and the package metadata says
    ``stamp`` for both creation and modification.
    """
    if not forms:
        raise RenderError("没有可写入 Excel 的表单（至少需要一张表）")
    styles = _Styles()
    strings = _Strings()
    used: set[str] = set()
    sheets: list[_Sheet] = []
    for index, form in enumerate(forms):
        name = sheet_names[index] if index < len(sheet_names) else ""
        title = sheet_title(name or form.kind, used)
        # the PDF prints the heading line over the first of the forms that share it
        headed = bool(form.heading) and (index == 0 or forms[index - 1].heading != form.heading)
        sheets.append(_write_form(form, title, styles, strings, selected=index == 0,
                                  headed=headed))
    parts = [
        ("[Content_Types].xml", _content_types(len(sheets))),
        ("_rels/.rels", _ROOT_RELS),
        ("docProps/app.xml", _APP),
        ("docProps/core.xml", _core(stamp)),
        ("xl/workbook.xml", _workbook(sheets)),
        ("xl/_rels/workbook.xml.rels", _workbook_rels(len(sheets))),
        ("xl/theme/theme1.xml", _THEME),
        ("xl/styles.xml", styles.xml()),
        ("xl/sharedStrings.xml", strings.xml()),
    ]
    parts += [(f"xl/worksheets/sheet{i}.xml", sheet.xml) for i, sheet in
              enumerate(sheets, start=1)]
    return _zip(parts, stamp)


def sheet_title(name: str, used: set[str]) -> str:
    """``name`` made a valid, unused worksheet title, and recorded in ``used``.

    Excel refuses titles longer than 31 characters, holding any of ``[]:*?/\\``, starting
    or ending with an apostrophe, or equal to another sheet's title ignoring case.
    Forbidden characters (and control characters XML cannot hold) become ``_``; a long
    name keeps its beginning and its end around 「…」 (:func:`_shortened`); a repeated
    title gets "(2)", "(3)"… (shortening the name so the suffix fits). ``used`` holds the
    case-folded titles already taken.
    """
    base = _title_base(name)
    title = _shortened(base, _MAX_TITLE)
    number = 1
    while title.casefold() in used or title.casefold() == "history":
        number += 1
        suffix = f"({number})"
        title = _shortened(base, _MAX_TITLE - len(suffix)).rstrip("'") + suffix
    used.add(title.casefold())
    return title


def could_title(name: str, title: str) -> bool:
    """Whether ``title`` is a worksheet title :func:`sheet_title` gives ``name`` (plain or
    numbered), or one an earlier perfdocs gave it (the first 31 characters, or 28 and a
    number): a returned workbook is matched to its project by this, whichever version made
    it."""
    base = _title_base(name)
    numbered = re.fullmatch(r"(.*)\((\d+)\)", title)
    spellings = {_shortened(base, _MAX_TITLE), base[:_MAX_TITLE]}
    if numbered is not None:
        room = _MAX_TITLE - len(numbered[2]) - 2
        spellings |= {f"{head}({numbered[2]})" for head in
                      (_shortened(base, room).rstrip("'"), base[:room].rstrip("'"))}
    squeeze = "".join(title.split())
    return any("".join(s.split()) == squeeze for s in spellings)


def _title_base(name: str) -> str:
    return _FORBIDDEN_IN_TITLE.sub("_", name).strip().strip("'").strip() or "表"


_TAIL = 10
"""Characters a cut title keeps from the end of the name: enough for 「（二期）」, a 项目编号
or a year, which tell apart projects whose names share a long beginning (tester14 F8)."""


def _shortened(base: str, room: int) -> str:
    """``base`` in at most ``room`` characters: whole when it fits, else its beginning, 「…」
    and its last :data:`_TAIL` characters, so two projects named alike up to their 期次
    still get tabs a reviewer tells apart."""
    if len(base) <= room:
        return base
    tail = min(_TAIL, room // 3)
    return base[: room - tail - 1].rstrip() + "…" + base[-tail:].lstrip()


# --- shared strings -----------------------------------------------------------------------


class _Strings:
    """The workbook's shared string table: each distinct text once, in order of first use.

    Cells refer to a text by its index (``t="s"``). Excel keeps every text of a workbook
    there; a workbook of inline strings is rewritten on Excel's first save.
    """

    def __init__(self) -> None:
        self._index: dict[str, int] = {}
        self._count = 0

    def ref(self, text: str) -> int:
        """The index of ``text`` in the table (added on first use)."""
        self._count += 1
        index = self._index.get(text)
        if index is None:
            index = self._index[text] = len(self._index)
        return index

    def xml(self) -> bytes:
        """``xl/sharedStrings.xml``: every text, with its references counted."""
        items = []
        for text in self._index:
            space = ' xml:space="preserve"' if text[0].isspace() or text[-1].isspace() else ""
            items.append(f"<si><t{space}>{_text(text)}</t></si>")
        return (f'{_DECLARATION}<sst xmlns="{_MAIN}" count="{self._count}" '
                f'uniqueCount="{len(self._index)}">{"".join(items)}</sst>').encode()


# --- styles -------------------------------------------------------------------------------


class _Styles:
    """The workbook's style table, grown on demand: one cell format (xf) per distinct look.

    A look is (font, size, bold, horizontal alignment, number format, ruled). Index 0 of
    every table is Excel's default (Calibri 11, no border, General), which the Normal
    style and unstyled cells refer to; the default font also fixes the width unit that
    :data:`PIXELS_PER_UNIT` assumes.
    """

    def __init__(self) -> None:
        self._fonts: dict[tuple[str, Decimal, bool], int] = {}
        self._formats: dict[str, int] = {}
        self._looks: dict[tuple[object, ...], int] = {}
        self._font_xml = ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>']
        self._xf_xml = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']

    def look(self, family: str, size: Decimal, bold: bool, align: str,
             number_format: str | None, ruled: int, top: bool = False) -> int:
        """Index (the ``s`` attribute) of the cell format with this look; ``top``: the
        text starts at the cell's top (a long text, see :func:`_write_form`), else it is
        centred."""
        key = (family, size, bold, align, number_format, ruled, top)
        index = self._looks.get(key)
        if index is None:
            font = self._font(family, size, bold)
            fmt = self._format(number_format) if number_format else 0
            border = ruled
            self._xf_xml.append(
                f'<xf numFmtId="{fmt}" fontId="{font}" fillId="0" borderId="{border}" '
                f'xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1" '
                f'applyAlignment="1"><alignment horizontal="{_attr(align)}" '
                f'vertical="{"top" if top else "center"}" wrapText="1"/></xf>')
            index = self._looks[key] = len(self._xf_xml) - 1
        return index

    def _font(self, family: str, size: Decimal, bold: bool) -> int:
        key = (family, size, bold)
        index = self._fonts.get(key)
        if index is None:
            weight = "<b/>" if bold else ""
            self._font_xml.append(f'<font>{weight}<sz val="{_decimal(size)}"/>'
                                  f'<name val="{_attr(family)}"/><charset val="{GB2312}"/>'
                                  "</font>")
            index = self._fonts[key] = len(self._font_xml) - 1
        return index

    def _format(self, code: str) -> int:
        builtin = _BUILTIN_FORMATS.get(code)
        if builtin is not None:
            return builtin
        index = self._formats.get(code)
        if index is None:
            index = self._formats[code] = 164 + len(self._formats)
        return index

    def xml(self) -> bytes:
        """``xl/styles.xml``: number formats, fonts, fills, borders and cell formats."""
        formats = "".join(f'<numFmt numFmtId="{i}" formatCode="{_attr(code)}"/>'
                          for code, i in self._formats.items())
        thin = '<{0} style="thin"><color rgb="FF000000"/></{0}>'

        def border(top: bool, bottom: bool) -> str:
            sides = [thin.format("left"), thin.format("right"),
                     thin.format("top") if top else "<top/>",
                     thin.format("bottom") if bottom else "<bottom/>"]
            return f"<border>{''.join(sides)}<diagonal/></border>"

        # 1 every side (RULED); 2–4 open at the top, the bottom or both (a narrative's
        # paragraphs in one box, see Cell.joined)
        ruled = "".join(border(top, bottom) for top, bottom in
                        ((True, True), (False, True), (True, False), (False, False)))
        text = (
            f'{_DECLARATION}<styleSheet xmlns="{_MAIN}">'
            f'<numFmts count="{len(self._formats)}">{formats}</numFmts>'
            f'<fonts count="{len(self._font_xml)}">{"".join(self._font_xml)}</fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill>'
            '<fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="5"><border><left/><right/><top/><bottom/><diagonal/></border>'
            f'{ruled}</borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
            '</cellStyleXfs>'
            f'<cellXfs count="{len(self._xf_xml)}">{"".join(self._xf_xml)}</cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
            '</cellStyles><dxfs count="0"/>'
            '<tableStyles count="0" defaultTableStyle="TableStyleMedium9" '
            'defaultPivotStyle="PivotStyleLight16"/></styleSheet>'
        )
        return text.encode("utf-8")


# --- one worksheet ------------------------------------------------------------------------


class _Sheet:
    """A written worksheet: its title, XML, and the ranges its defined names refer to."""

    __slots__ = ("print_area", "title", "title_rows", "xml")

    def __init__(self, title: str, xml: bytes, print_area: str, title_rows: str | None):
        self.title = title
        self.xml = xml
        self.print_area = print_area
        self.title_rows = title_rows


def _write_form(form: Form, title: str, styles: _Styles, strings: _Strings, *,
                selected: bool, headed: bool = False) -> _Sheet:
    """Title, subtitle, every block, the footer and the print setup of one sheet;
    ``headed``: the PDF prints the form's heading line above it (its pages are the
    PDF's)."""
    widths = _column_units(form.column_widths)
    n_cols = len(widths)
    letters = [_column_letter(i) for i in range(1, n_cols + 1)]
    total_width = sum(widths, Decimal(0))
    fonts = form.fonts
    family = fonts.family
    body = fonts.body_size
    _check_texts(form.blocks)  # before any text is measured
    grown = [_grow_tall_rows(_below_titles(block), widths, body) for block in form.blocks]
    n_rows = (2 + (1 if form.heading else 0) + (1 if form.header else 0)
              + sum(block.n_rows for block, _first, _keep in grown)
              + (1 if form.footer else 0))
    grid: list[list[str | None]] = [[None] * n_cols for _ in range(n_rows)]
    merges: list[str] = []
    heights: list[Decimal] = []

    formats: dict[int, tuple[object, str]] = {}  # by the style's identity (kept with it)
    # The texts the PDF cuts over rows, drawn there from the top: here too, where such a
    # text is spread over rows (_grow_tall_rows) or its row is taller than it, centred it
    # began a third of the way down, the space above it blank (tester7)
    tall = cut_texts(form, heading=headed)
    # 0-based sheet rows that begin a printed page: a merged cell printed across one (a
    # row spread over rows, kept whole there) starts at its top too; centred, its line
    # fell on the break and was printed cut in two, half at the foot of one page and half
    # at the head of the next
    breaks: list[int] = []

    looks: dict[tuple[object, ...], int] = {}  # styles.look's answers, without the family
    shared = strings.ref

    def put(cell: Cell, row: int, size: Decimal, bold: bool, ruled: int, *,
            checked: bool = False) -> None:
        """Write ``cell`` at sheet ``row`` (1-based): value, look, merge, covered borders."""
        number_format = None
        style = cell.number_style
        number = cell.number
        if number is not None and style is not None:
            known = formats.get(id(style))
            if known is None:
                known = formats[id(style)] = (style, excel_format(style))
            number_format = known[1]
            if style.trim and "#" in number_format.partition(".")[2]:
                number_format = cell_format(style, cell.text)  # (0.##% showed 「100.%」)
        col = cell.col
        text = cell.text
        rowspan = cell.rowspan
        top = (tall and (col, text) in tall) or (
            rowspan > 1 and any(row - 1 < b <= row + rowspan - 2 for b in breaks))
        key = (size, bold, cell.align, number_format, ruled, bool(top))
        xf = looks.get(key)
        if xf is None:
            xf = looks[key] = styles.look(family, *key)
        ref = f"{letters[col]}{row}"
        if number is None and checked:  # (as _cell_xml writes it, the text checked)
            grid[row - 1][col] = (f'<c r="{ref}" s="{xf}" t="s"><v>{shared(text)}</v></c>'
                                  if text else f'<c r="{ref}" s="{xf}"/>')
        else:
            grid[row - 1][col] = _cell_xml(ref, xf, cell, strings, checked=checked)
        if rowspan == 1 and cell.colspan == 1:
            return
        last_row = row + cell.rowspan - 1
        merges.append(f"{ref}:{letters[cell.last_col]}{last_row}")
        if not ruled:
            return
        covered = f'" s="{xf}"/>'
        for r in range(row, last_row + 1):
            cells = grid[r - 1]
            for c in range(cell.col, cell.last_col + 1):
                if r != row or c != cell.col:
                    cells[c] = f'<c r="{letters[c]}{r}{covered}'

    def heading(text: str, size: Decimal, bold: bool) -> None:
        put(Cell(0, 0, text, colspan=n_cols), len(heights) + 1, size, bold, 0)
        lines = _lines(text, total_width, size) if text else 1
        heights.append(_height(lines, size, minimum=size * LINE_HEIGHT + ROW_PADDING))

    if form.heading:
        heading(form.heading, fonts.title_size, True)
    heading(form.title, fonts.title_size, True)
    heading(form.subtitle, fonts.subtitle_size, False)
    if form.header:  # the layout's header lines (单位名称：… 填报日期：…), left-aligned
        put(Cell(0, 0, form.header, colspan=n_cols, align="left"), len(heights) + 1, body,
            False, 0)
        heights.append(_height(_lines(form.header, total_width, body), body))

    title_rows: str | None = None
    footer = [_height(_lines(form.footer, total_width, body), body)] if form.footer else []
    paged = _paginate(form, widths, heights, footer, headed, grown)
    breaks += paged.breaks
    for block, block_heights in zip(paged.blocks, paged.heights, strict=True):
        first = len(heights) + 1
        joined = {(c.row, c.col) for c in block.cells if c.joined}
        for cell in block.cells:
            below = bool(joined) and (cell.row + cell.rowspan, cell.col) in joined
            put(cell, first + cell.row, body, cell.style in _BOLD,
                1 + cell.joined + 2 * below, checked=True)
        heights.extend(block_heights)
        if block.repeat_rows and title_rows is None:
            # Excel keeps one range of rows to repeat per sheet: the first block's wins.
            title_rows = f"${first}:${first + block.repeat_rows - 1}"

    if form.footer:
        put(Cell(0, 0, form.footer, colspan=n_cols, align="left"), len(heights) + 1, body,
            False, 0)
        heights += footer

    last = f"{letters[-1]}{n_rows}"
    rows = "".join(
        f'<row r="{r}" ht="{_decimal(height)}" customHeight="1">'
        f'{"".join(filter(None, cells))}</row>'
        for r, (height, cells) in enumerate(zip(heights, grid, strict=True), start=1)
    )
    cols = "".join(f'<col min="{i}" max="{i}" width="{_decimal(w)}" customWidth="1"/>'
                   for i, w in enumerate(widths, start=1))
    merge_xml = (f'<mergeCells count="{len(merges)}">'
                 + "".join(f'<mergeCell ref="{m}"/>' for m in merges) + "</mergeCells>"
                 if merges else "")
    tab = ' tabSelected="1"' if selected else ""
    xml = (
        f'{_DECLARATION}<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}">'
        '<sheetPr><outlinePr summaryBelow="1" summaryRight="1"/>'
        '<pageSetUpPr fitToPage="1"/></sheetPr>'
        f'<dimension ref="A1:{last}"/>'
        # The form draws its own rules; the screen grid would only blur them.
        f'<sheetViews><sheetView showGridLines="0"{tab} workbookViewId="0">'
        '<selection activeCell="A1" sqref="A1"/></sheetView></sheetViews>'
        '<sheetFormatPr baseColWidth="8" defaultRowHeight="15"/>'
        f"<cols>{cols}</cols><sheetData>{rows}</sheetData>{merge_xml}"
        '<printOptions horizontalCentered="1"/>'
        f"{_PAGE_MARGINS}"
        # A4 portrait, one page wide and as many pages tall as it takes.
        '<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>'
        f"<headerFooter><oddFooter>{_FOOTER}</oddFooter></headerFooter>"
        f"{_row_breaks(paged.breaks)}</worksheet>"
    )
    return _Sheet(title, xml.encode("utf-8"), f"$A$1:${letters[-1]}${n_rows}", title_rows)


def _below_titles(block: Block) -> Block:
    """``block`` with each caption that runs from its repeated rows down into its body
    (the vertical 绩效指标 beside the indicator header and its rows) begun below them, its
    part in the repeated rows an empty cell.

    Excel and WPS print the repeated rows (``Print_Titles``) at the top of every page, and
    the top of such a merged caption with them: LibreOffice printed 「绩 效」, clipped, in
    the header of every page after the first (tester14 F6). The PDF and the Word copy leave
    that header cell empty and print the caption beside the rows it names.
    """
    repeat = block.repeat_rows
    moved = [c for c in block.cells
             if c.row < repeat <= c.last_row and c.text and c.style in CAPTION_STYLES]
    if not moved:
        return block
    cells: list[Cell] = []
    for cell in block.cells:
        if cell in moved:
            cells.append(replace(cell, text="", rowspan=repeat - cell.row))
            cells.append(replace(cell, row=repeat, rowspan=cell.last_row - repeat + 1))
        else:
            cells.append(cell)
    return replace(block, cells=tuple(cells))


_Grown = tuple[Block, "list[int] | None", frozenset[tuple[int, int]]]
"""A block with its rows too tall for Excel grown (:func:`_grow_tall_rows`): the block,
the row each of its rows now begins at (None: none grown), the (row, column) of each cell
over the grown rows (not cut at a page break)."""


def _grow_tall_rows(block: Block, widths: Sequence[Decimal], size: Decimal) -> _Grown:
    """``block`` with every row whose text needs more than Excel's 409 pt made several
    rows, the row's cells merged over them all, so that the whole text shows.

    A row of Excel is at most 409 pt: a longer 实际完成情况, 偏差原因 or 年度目标 was centred
    in it and clipped, its start and end shown nowhere on screen or paper (tester6). A
    merged cell may be as tall as its rows together, and LibreOffice and Excel print it
    across a page break, its text going on on the next page. The rows are a quarter of a
    page at most, as the PDF cuts such a row (its ``_cut_tall_rows``), so that a page breaks
    between them where it fills; the text stays in one cell, read back whole by
    ``perfdocs import``/``check``.
    """
    edge = [Decimal(0)]
    for width in widths:
        edge.append(edge[-1] + width)
    parts: dict[int, int] = {}
    tall: list[Cell] = []
    part = _part_height(size)
    for cell in block.cells:
        if cell.rowspan != 1 or cell.row < block.repeat_rows or len(cell.text) < 100:
            continue  # under 100 characters no column is narrow enough to need 409 pt
        need = _need(_lines(cell.text, edge[cell.last_col + 1] - edge[cell.col], size), size)
        if need <= MAX_ROW_HEIGHT:
            continue
        tall.append(cell)
        parts[cell.row] = max(parts.get(cell.row, 1), -int(-need // part))
    if not tall:
        return block, None, frozenset()
    first = [0] * (block.n_rows + 1)
    for row in range(block.n_rows):
        first[row + 1] = first[row] + parts.get(row, 1)
    cells = tuple(replace(cell, row=first[cell.row],
                          rowspan=first[cell.last_row + 1] - first[cell.row])
                  for cell in block.cells)
    mins: list[Decimal] = []
    for row, minimum in enumerate(block.min_row_height[: block.n_rows]):
        mins += [minimum] + [Decimal(0)] * (parts.get(row, 1) - 1)
    grown = Block(first[-1], cells, block.repeat_rows, tuple(mins))
    # every cell over the new rows stays whole at a page break there: a part of a caption or
    # an empty part starting on a row that only goes on with the text would read back as a
    # row of its own (an indicator without a name)
    keep = frozenset((first[cell.row], cell.col) for cell in block.cells
                     if any(r in parts for r in range(cell.row, cell.last_row + 1)))
    return grown, first[:-1], keep


def _part_height(size: Decimal) -> Decimal:
    """The height of the rows a text too tall for one row is spread over: a quarter page
    (:data:`ROW_PART`), or as many of LibreOffice's line cycles (:data:`LINE_CYCLES`) as
    fit in one at ``size``."""
    cycle = LINE_CYCLES.get(size)
    if cycle is None:
        return ROW_PART
    points = cycle * 72 / Decimal(2540)
    return points * int(ROW_PART / points)


def _line_rows(heights: list[Decimal], first: Sequence[int] | None, n_rows: int,
               size: Decimal) -> list[Decimal]:
    """``heights`` with the rows of each text spread over rows (:func:`_grow_tall_rows`)
    ending on LibreOffice's line grid.

    LibreOffice lays a cell's text out from the cell's top in lines of one height and
    prints a merged cell over a page break by cutting it there: a break inside a line
    printed its upper half at the foot of one page and its lower half at the head of the
    next (tester9 R10, the long 实际完成情况 of an 自评表). Each row of such a text but the
    last ends a whole number of line cycles (:data:`LINE_CYCLES`) below the text's top,
    and :data:`LINE_SHIFT` more, on LibreOffice's pixels (:data:`PIXEL`); the last takes
    the rest, so the rows together are as tall as before.
    """
    if first is None or size not in LINE_CYCLES:
        return heights
    part = _part_height(size)
    out = list(heights)
    ends = [*first[1:], n_rows]
    for top, end in zip(first, ends, strict=True):
        if end - top < 2:
            continue
        total = sum(out[top:end], Decimal(0))
        done = Decimal(0)
        for index in range(top, end - 1):
            mark = part * (index - top + 1) + LINE_SHIFT
            mark = (mark / PIXEL).quantize(Decimal(1)) * PIXEL
            out[index] = (mark - done).normalize()
            done = mark
        if total - done <= 0 or total - done > MAX_ROW_HEIGHT:
            return heights  # (cannot happen: the rows were counted by this height)
        out[end - 1] = (total - done).normalize()
    return out


class _Paged(Record, frozen=True, slots=True):
    """A sheet's blocks cut where its pages break, their rows' heights, and the 0-based
    sheet rows that begin a printed page."""

    blocks: list[Block]
    heights: list[list[Decimal]]
    breaks: list[int]


def _paginate(form: Form, widths: Sequence[Decimal], lead: Sequence[Decimal],
              footer: Sequence[Decimal], headed: bool = False,
              grown: Sequence[_Grown] = ()) -> _Paged:
    """The form's blocks cut where the printed pages break, and those breaks.

    The pages break where the PDF's do (:func:`~perfdocs.forms.pdf_pages.pdf_starts`) as
    far as a printed page holds those rows by the sheet's row heights, earlier where one
    does not, and at the PDF's breaks again once they fall where a page ends anyway
    (:func:`sheet_pages`); without the PDF's (where the model cannot follow it) wherever a
    page is full. ``lead`` are the heights of the title rows above the first block,
    ``footer`` of the row under the last; ``headed``: the PDF prints the form's heading
    line over it. A label cut at a page start may need its rows
    taller, which can move the break: the estimate is repeated until it settles (a few
    rounds at most). ``grown``: each block with its rows too tall for Excel grown
    (:func:`_grow_tall_rows`), and where each of its rows went.
    """
    size = form.fonts.body_size
    if not grown:
        grown = [(block, None, frozenset()) for block in form.blocks]
    blocks = [block for block, _first, _keep in grown]
    room = PRINT_ROOM / _print_scale(widths)
    offsets: list[int] = []
    wanted: set[int] = set()
    heads: set[int] = set()
    titles: tuple[int, int] | None = None
    row = len(lead)
    n_cols = len(widths)
    whole: list[tuple[int, int]] = []
    for (block, first, _keep), at_pdf in zip(grown, pdf_starts(form, heading=headed), strict=True):
        offsets.append(row)
        wanted.update(row + (first[start] if first else start) for start in at_pdf or ())
        whole += [(row + top, row + end) for top, end in _spread(block, first)]
        heads.update(row + c.row for c in block.cells if is_heading(c, n_cols, block.n_rows))
        if block.repeat_rows and titles is None:
            titles = (row, row + block.repeat_rows)
        row += block.n_rows
    cuts = list(blocks)
    needs: _Needs = {}

    def row_heights(block: Block, first: list[int] | None) -> list[Decimal]:
        return _line_rows(_row_heights(block, widths, size, needs), first, block.n_rows,
                          size)

    heights = [row_heights(block, first) for block, (_b, first, _k) in zip(cuts, grown,
                                                                            strict=True)]
    starts: list[int] = []
    for _ in range(4):
        sheet = [float(h) for h in lead]
        for part in heights:
            sheet += map(float, part)
        sheet += map(float, footer)
        starts = sheet_pages(sheet, sorted(wanted), titles=titles, heads=frozenset(heads),
                             room=room, whole=whole)
        again = [cut_spans(block, [s - offset for s in starts
                                   if offset <= s < offset + block.n_rows], keep=keep)
                 for (block, _first, keep), offset in zip(grown, offsets, strict=True)]
        if all(a is b for a, b in zip(again, cuts, strict=True)):
            break
        cuts = again
        taller = [row_heights(block, first) for block, (_b, first, _k) in zip(cuts, grown,
                                                                              strict=True)]
        if taller == heights:
            break
        heights = taller
    return _Paged(cuts, heights, starts)


def _spread(block: Block, first: Sequence[int] | None) -> list[tuple[int, int]]:
    """The rows (top, end) of each text of ``block`` spread over rows
    (:func:`_grow_tall_rows`; ``first``: where each of its rows went), from the row of
    captions above it when there is one (预期目标 | 年度目标完成情况 over the two texts)."""
    if first is None:
        return []
    bounds = [*first, block.n_rows]
    starting: dict[int, list[Cell]] = {}
    for cell in block.cells:
        starting.setdefault(cell.row, []).append(cell)
    out = []
    for top, end in itertools.pairwise(bounds):
        if end - top < 2:
            continue
        above = [c for c in starting.get(top - 1, ()) if c.text]
        if above and all(c.style in CAPTION_STYLES for c in above):
            top -= 1
        out.append((top, end))
    return out


def sheet_pages(heights: Sequence[float], wanted: Sequence[int], *,
                titles: tuple[int, int] | None, heads: frozenset[int], room: float,
                whole: Sequence[tuple[int, int]] = ()) -> list[int]:
    """The 0-based rows of a sheet that begin a printed page, as near ``wanted`` (the
    PDF's) as ``room`` (points of rows a page holds) allows.

    ``titles`` (first, end) are the rows printed again at the top of every page after
    them. Each page ends where ``wanted`` has it while its rows fit. A page that cannot
    hold the wanted rows ends at the last row that fits (never after a heading row in
    ``heads``, never leaving the sheet's last row alone: the signature line, 总分), and
    the pages after it end at a wanted start again once one falls where they end anyway
    (a short page to get back in step would cost a page), as the Word copy's do
    (:func:`perfdocs.forms.pages.follow`). Where the PDF breaks although the rest would
    fit (its page is shorter than the printed one), the sheet breaks there too.

    ``whole`` (top, end): rows a text is spread over in one merged cell, which a page
    breaks inside only when they do not fit on one: the text's lines fall on a row's
    edge only in the face the rows were measured in (:data:`LINE_CYCLES`), and a program
    printing the cell over a break in another face cut a line in two, printed lines on
    both pages, or left the rest of the cell an empty box (tester14 F2, F3).
    """
    n = len(heights)
    header = sum(heights[titles[0]:titles[1]]) if titles else 0.0
    targets = sorted(set(wanted))
    starts: list[int] = []
    first = 0
    on_track = True
    while first < n:
        total = header if titles and first >= titles[1] else 0.0
        reach = first
        while reach < n and total + heights[reach] <= room:
            total += heights[reach]
            reach += 1
        after = [t for t in targets if t > first]
        if reach == n and not (on_track and after):
            break  # the rest fits: the last page (unless the PDF has one more)
        reach = max(reach, first + 1)  # a row taller than a page fills one of its own
        end = reach
        if end == n - 1 and end - 1 > first:
            end -= 1  # the last row does not go over alone
        for top, stop in whole:  # a text in one cell goes over whole when a page holds it
            fresh = header if titles and top >= titles[1] else 0.0
            if first < top < end < stop and fresh + sum(heights[top:stop]) <= room:
                end = top
        while end - 1 > first and end - 1 in heads:
            end -= 1  # a heading goes over with the row it heads
        if after and after[0] <= reach and (on_track or after[0] >= end):
            end, on_track = after[0], True
        else:
            on_track = False
        kept = _outside(end, first, whole, heights, header, titles[1] if titles else n, room)
        if kept != end:
            end, on_track = kept, kept in targets
        starts.append(end)
        first = end
    return starts


def _outside(end: int, first: int, whole: Sequence[tuple[int, int]],
             heights: Sequence[float], header: float, titled: int, room: float) -> int:
    """``end`` (the row a page beginning at ``first`` ends before) moved out of every
    range of ``whole`` a page holds: back to the range's top, or on to its end when the
    page begins with it. The page end is chosen by rules that each know one range or none
    (the last row not alone, a heading with its row, the PDF's start, which falls inside
    its own cut rows); this is the last word, so that no manual break falls inside a
    merged cell a page holds (tester18 F1: hubei-2020 at 57 indicators, whose page began
    with the 偏差原因 text, and the last-row rule broke it before its last row).
    ``header``: the height of the rows repeated on each page from row ``titled`` on."""
    for _ in range(len(whole)):  # (ranges do not overlap: once each is enough)
        inside = [(top, stop) for top, stop in whole if first <= top < end < stop
                  and (header if top >= titled else 0.0) + sum(heights[top:stop]) <= room]
        if not inside:
            break
        top, stop = inside[0]
        end = top if top > first else stop
    return end


def _print_scale(widths: Sequence[Decimal]) -> float:
    """The largest scale a program prints the sheet at, one page wide: 1 unless its
    columns are wider than the page. Excel's column of ``w`` units is ``7w`` pixels of
    Calibri 11 (to the pixel); LibreOffice's and WPS's columns are as wide or wider (their
    default face's digits), so they print the sheet at this scale or smaller."""
    pixels = sum(int(float(w) * PIXELS_PER_UNIT + 0.5) for w in widths)
    return min(1.0, PRINT_WIDTH / (pixels * 0.75))


def _row_breaks(starts: Sequence[int]) -> str:
    """``<rowBreaks>``: a manual page break before each of the 0-based sheet rows
    ``starts`` (a break's id is the 1-based row it follows: the same number)."""
    if not starts:
        return ""
    rows = starts
    items = "".join(f'<brk id="{row}" max="16383" man="1"/>' for row in rows)
    return f'<rowBreaks count="{len(rows)}" manualBreakCount="{len(rows)}">{items}</rowBreaks>'


def _cell_xml(ref: str, xf: int, cell: Cell, strings: _Strings, *,
              checked: bool = False) -> str:
    """One ``<c>``: a figure as a number with the Decimal's exact digits, anything else text.

    A number is written as the Decimal's own fixed-point digits (97.76 stays "97.76", where
    a float round trip would give 97.76000000000001); Excel parses them to the double
    nearest the exact value. Text is always a shared string, never a formula. ``checked``:
    the text already passed :func:`_check_text`.
    """
    number = cell.number
    if number is not None:
        if not number.is_finite():
            raise RenderError(f"数值无效{_where(cell)}：{number}，Excel 只能保存有限的数",
                              field=cell.field)
        return f'<c r="{ref}" s="{xf}"><v>{number:f}</v></c>'
    text = cell.text
    if not text:
        return f'<c r="{ref}" s="{xf}"/>'
    if not checked:
        _check_text(cell)
    return f'<c r="{ref}" s="{xf}" t="s"><v>{strings.ref(text)}</v></c>'


def _check_texts(blocks: Sequence[Block]) -> None:
    """:func:`_check_text` for every cell of ``blocks``, in order: all texts at once when
    none is refused (one search over them all), cell by cell to name the first that is."""
    texts = [cell.text for block in blocks for cell in block.cells]
    if max(map(len, texts), default=0) <= MAX_TEXT and not _ILLEGAL.search("\n".join(texts)):
        return
    for block in blocks:
        for cell in block.cells:
            _check_text(cell)


def _where(cell: Cell) -> str:
    """Where a refused cell came from, for the message: its field, else its position."""
    return f"（{cell.field}）" if cell.field else f"（第 {cell.row + 1} 行第 {cell.col + 1} 列）"


def _check_text(cell: Cell) -> None:
    """Refuse a text no spreadsheet can hold, naming the field it came from."""
    text = cell.text
    if len(text) > MAX_TEXT:
        raise RenderError(
            f"单元格文字过长{_where(cell)}：{len(text)} 个字符，Excel 每格最多 {MAX_TEXT} 个，"
            "请精简",
            field=cell.field,
        )
    if _ILLEGAL.search(text):
        raise RenderError(
            f"单元格文字含有 Excel 不能保存的控制字符{_where(cell)}，请删除后重试",
            field=cell.field,
        )


def _text(text: str) -> str:
    """``text`` as the character data of a cell that Excel reads back as exactly ``text``."""
    text = _escape(text)
    if "\r" in text:
        text = text.replace("\r", "&#13;")  # a parser would turn a raw CR into LF
    if "_x" in text:
        text = _EXCEL_ESCAPE.sub("_x005F_", text)
    return text


def _escape(text: str) -> str:
    """``text`` escaped for XML character data."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(value: str) -> str:
    """``value`` escaped for a double-quoted XML attribute."""
    return (value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _decimal(value: Decimal) -> str:
    """A size or height in plain digits (``Decimal("1E+1")`` is "10", never "1E+1")."""
    return f"{value:f}"


_PAGE_MARGINS = "<pageMargins " + " ".join(f'{side}="{inches}"' for side, inches in
                                         MARGINS.items()) + "/>"
"""The print margins (:data:`MARGINS`), in inches."""

_FOOTER = _escape("&C&\"宋体,常规\"&9" + PAGE_NUMBER.format(page="&P", pages="&N"))
"""The print footer, centred in 宋体 9 pt: 第 &P 页 共 &N 页 (Excel fills in the numbers)."""


def _column_letter(index: int) -> str:
    """Spreadsheet letters of 1-based column ``index``: 1 → A, 27 → AA."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# --- row heights and column widths ----------------------------------------------------------


def _column_units(relative: Sequence[Decimal]) -> list[Decimal]:
    """``relative`` widths scaled so they add up to :data:`SHEET_WIDTH` Excel units."""
    return scaled_widths(relative, SHEET_WIDTH, step=Decimal("0.01"), rest_to_last=False)


def _text_units(text: str) -> int:
    """Width of one line of ``text`` in half-ems: CJK and full-width count 2, ASCII 1.

    UTF-8 length is a C-speed proxy: ASCII takes one byte, CJK ideographs and full-width
    punctuation three, so ``(bytes + chars) / 2`` is 1 and 2 respectively. (Lone
    surrogates, which UTF-8 cannot hold, are refused before any height is estimated.)
    """
    return (len(text.encode("utf-8")) + len(text) + 1) // 2


@lru_cache(maxsize=256)
def _per_line(units: Decimal, size: Decimal) -> Decimal:
    """Half-ems one wrapped line holds in columns ``units`` Excel units wide at ``size`` pt.

    A column of ``u`` units is ``7u + 1`` pixels of text room; one half-em of a ``size``
    point font is ``size × 2/3`` pixels at 96 dpi. Two half-ems are held back per line for
    the space wrapping wastes (a Chinese character or a word that does not fit). A form
    has only a few distinct spans, so this is computed once per span.
    """
    room = (units * PIXELS_PER_UNIT + CELL_PIXELS) * 3 / (size * 2)
    return max(room - 2, Decimal(2))


@lru_cache(maxsize=256)
def _per_line_ratio(units: Decimal, size: Decimal) -> tuple[int, int]:
    """:func:`_per_line` as a fraction (numerator, denominator), for integer arithmetic."""
    return _per_line(units, size).as_integer_ratio()


def _lines(text: str, units: Decimal, size: Decimal) -> int:
    """Lines ``text`` takes when wrapped in columns ``units`` Excel units wide at ``size`` pt.

    A paragraph of ``n`` half-ems takes ``ceil(n / per_line)`` lines, computed exactly on
    integers (``per_line`` is a fraction of small integers, so the Decimal quotient this
    replaces, rounded to 28 digits, could never fall on the other side of an integer).
    """
    return _lines_at(text, *_per_line_ratio(units, size))


def _lines_at(text: str, numerator: int, denominator: int) -> int:
    """:func:`_lines` with the half-ems per line given as ``numerator / denominator``."""
    if "\n" not in text:
        lines = -(-_text_units(text) * denominator // numerator)
        return lines if lines > 1 else 1
    count = 0
    for paragraph in text.split("\n"):
        lines = -(-_text_units(paragraph) * denominator // numerator)
        count += lines if lines > 1 else 1
    return count


@lru_cache(maxsize=1024)
def _height(lines: int, size: Decimal, minimum: Decimal | None = None) -> Decimal:
    """Row height in points for ``lines`` lines at ``size`` pt, within Excel's limits
    (memoised: a form has a few sizes and line counts)."""
    return min(_need(lines, size, minimum), MAX_ROW_HEIGHT)


@lru_cache(maxsize=1024)
def _need(lines: int, size: Decimal, minimum: Decimal | None = None) -> Decimal:
    """Points ``lines`` lines at ``size`` pt need, however tall (a cell spanning rows)."""
    floor = size * MIN_ROW_LINES if minimum is None else minimum
    height = max(lines * size * LINE_HEIGHT + ROW_PADDING, floor)
    return height.quantize(_TENTH, rounding=ROUND_CEILING)


def _text_pixels(widths: Sequence[Decimal]) -> int:
    """Pixels of text room in a cell over columns ``widths`` (Excel units)."""
    return sum(int(float(w) * PIXELS_PER_UNIT + 0.5) for w in widths) - TEXT_INSET


@lru_cache(maxsize=8192)
def _office_need(text: str, pixels: int, size: Decimal) -> Decimal:
    """Points ``text`` needs in a cell of ``pixels`` of text room at ``size`` pt
    as the programs break its lines (:mod:`perfdocs.render.docx.wrapping`: a Latin word or
    figure goes over whole, no closing mark starts a line) in the tallest face we know
    (:data:`WIDEST_LINE`). The half-em count of :func:`_lines`, two held back a line, holds
    a Chinese text but not always a mixed one: Excel and WPS carry ``ISO9001`` or ``GB/T
    19001-2016`` to the next line whole, and a row of such a 三级指标 or 偏差原因 was a line
    short for SimSun's line breaking at WenQuanYi Zen Hei's line height
    (``tests/test_xlsx_row_room.py``)."""
    ems = max(pixels / float(size * 4 / 3), 1.0)  # 96 pixels an inch, 72 points
    need = office_lines(text, ems) * WIDEST_LINE * size + CELL_AIR
    return need.quantize(_TENTH, rounding=ROUND_CEILING)


_Needs = dict[tuple[str, int, int], Decimal]
"""The height (points) a text needs in a cell from a column over so many columns, by
(text, column, columns): the same in every row and block of a sheet."""


def _row_heights(block: Block, widths: Sequence[Decimal], size: Decimal,
                 needs: _Needs | None = None) -> list[Decimal]:
    """Heights (points) of the block's rows so every cell's wrapped text fits.

    Single-row cells set their row's height; a cell spanning rows then adds whatever it
    still lacks, spread evenly over its rows (shortest spans first, so a group label
    spanning a whole group rarely adds anything). ``needs`` keeps each text's height in
    its columns (:data:`_Needs`): a block cut at its page starts holds the same texts in
    the same columns.
    """
    if needs is None:
        needs = {}
    floor = size * MIN_ROW_LINES
    heights = [floor] * block.n_rows
    for index, minimum in enumerate(block.min_row_height[: block.n_rows]):
        heights[index] = max(heights[index], minimum)
    # Width of columns a..b is edge[b + 1] - edge[a], exact (the widths are in cents).
    edge = [Decimal(0)]
    for width in widths:
        edge.append(edge[-1] + width)
    tall: list[tuple[int, Cell, Decimal]] = []
    ratios: dict[tuple[int, int], tuple[int, int]] = {}
    room: dict[tuple[int, int], int] = {}
    for cell in block.cells:
        text = cell.text
        if not text:
            continue
        key = (text, cell.col, cell.colspan)
        need = needs.get(key)
        if need is None:
            ratio = ratios.get((cell.col, cell.colspan))
            if ratio is None:
                units = edge[cell.col + cell.colspan] - edge[cell.col]
                ratio = ratios[cell.col, cell.colspan] = _per_line_ratio(units, size)
            pixels = room.get((cell.col, cell.colspan))
            if pixels is None:
                pixels = room[cell.col, cell.colspan] = _text_pixels(
                    widths[cell.col:cell.col + cell.colspan])
            need = needs[key] = max(_need(_lines_at(text, *ratio), size),
                                    _office_need(text, pixels, size))
        if cell.rowspan == 1:
            need = min(need, MAX_ROW_HEIGHT)
            if need > heights[cell.row]:
                heights[cell.row] = need
        else:
            tall.append((cell.rowspan, cell, need))
    tall.sort(key=lambda item: (item[0], item[1].row, item[1].col))
    for span, cell, need in tall:
        rows = range(cell.row, cell.last_row + 1)
        have = sum((heights[r] for r in rows), Decimal(0))
        if need > have:
            extra = ((need - have) / span).quantize(_TENTH, rounding=ROUND_CEILING)
            for r in rows:
                heights[r] = min(heights[r] + extra, MAX_ROW_HEIGHT)
    return heights


# --- the package around the sheets ----------------------------------------------------------


_ROOT_RELS = (
    f'{_DECLARATION}<Relationships xmlns="{_PKG_REL}">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
    'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
).encode()

# LibreOffice lays a workbook out the way Excel does (row heights included) only when the
# application named here starts with "Microsoft"; any other name gives rows a little
# taller than Excel's and shifts page breaks. openpyxl says the same for the same reason.
_APP = (
    f"{_DECLARATION}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/"
    "2006/extended-properties\"><Application>Microsoft Excel Compatible / perfdocs"
    "</Application></Properties>"
).encode()


_THEME = theme_xml()

_SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"


def _content_types(n_sheets: int) -> bytes:
    """``[Content_Types].xml``: the type of every part of the package."""
    office = "application/vnd.openxmlformats-officedocument"
    overrides = [
        ("/xl/workbook.xml", f"{office}.spreadsheetml.sheet.main+xml"),
        ("/xl/theme/theme1.xml", f"{office}.theme+xml"),
        ("/xl/styles.xml", f"{office}.spreadsheetml.styles+xml"),
        ("/xl/sharedStrings.xml", f"{office}.spreadsheetml.sharedStrings+xml"),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("/docProps/app.xml", f"{office}.extended-properties+xml"),
    ] + [(f"/xl/worksheets/sheet{i}.xml", _SHEET_TYPE) for i in range(1, n_sheets + 1)]
    text = (
        f'{_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        + "".join(f'<Override PartName="{name}" ContentType="{kind}"/>'
                  for name, kind in overrides)
        + "</Types>"
    )
    return text.encode("utf-8")


def _core(stamp: datetime) -> bytes:
    """``docProps/core.xml``: made by perfdocs, created and modified at ``stamp``."""
    when = stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
    text = (
        f'{_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/'
        'package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:creator>perfdocs</dc:creator><cp:lastModifiedBy>perfdocs</cp:lastModifiedBy>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified>'
        "</cp:coreProperties>"
    )
    return text.encode("utf-8")


def _workbook(sheets: Sequence[_Sheet]) -> bytes:
    """``xl/workbook.xml``: sheet names, and each sheet's print titles and print area."""
    listed = "".join(f'<sheet name="{_attr(s.title)}" sheetId="{i}" r:id="rId{i}"/>'
                     for i, s in enumerate(sheets, start=1))
    names = []
    for index, sheet in enumerate(sheets):
        quoted = "'" + _escape(sheet.title).replace("'", "''") + "'!"
        if sheet.title_rows:
            names.append(f'<definedName name="_xlnm.Print_Titles" localSheetId="{index}">'
                         f"{quoted}{sheet.title_rows}</definedName>")
        names.append(f'<definedName name="_xlnm.Print_Area" localSheetId="{index}">'
                     f"{quoted}{sheet.print_area}</definedName>")
    text = (
        f'{_DECLARATION}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><workbookPr/>'
        '<bookViews><workbookView activeTab="0"/></bookViews>'
        f"<sheets>{listed}</sheets><definedNames>{''.join(names)}</definedNames>"
        '<calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>'
    )
    return text.encode("utf-8")


def _workbook_rels(n_sheets: int) -> bytes:
    """``xl/_rels/workbook.xml.rels``: the sheets (rId1…rIdN), theme, styles, strings."""
    kind = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    sheets = "".join(f'<Relationship Id="rId{i}" Type="{kind}/worksheet" '
                     f'Target="worksheets/sheet{i}.xml"/>' for i in range(1, n_sheets + 1))
    text = (
        f'{_DECLARATION}<Relationships xmlns="{_PKG_REL}">{sheets}'
        f'<Relationship Id="rId{n_sheets + 1}" Type="{kind}/theme" '
        'Target="theme/theme1.xml"/>'
        f'<Relationship Id="rId{n_sheets + 2}" Type="{kind}/styles" Target="styles.xml"/>'
        f'<Relationship Id="rId{n_sheets + 3}" Type="{kind}/sharedStrings" '
        'Target="sharedStrings.xml"/>'
        "</Relationships>"
    )
    return text.encode("utf-8")


def _zip(parts: Sequence[tuple[str, bytes]], stamp: datetime) -> bytes:
    """The zip package of ``parts`` in order, every entry stamped ``stamp``, mode 644.

    The parts every workbook shares (the package relationships, the app properties, the
    theme) are deflated once per process.
    """
    return zip_package([_STATIC[data] if data in _STATIC else deflated(name, data)
                        for name, data in parts], stamp)


_STATIC = {data: deflated(name, data) for name, data in (
    ("_rels/.rels", _ROOT_RELS), ("docProps/app.xml", _APP), ("xl/theme/theme1.xml", _THEME))}

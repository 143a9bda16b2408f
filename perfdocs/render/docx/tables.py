"""A form's tables as WordprocessingML text, ready to be spliced into ``document.xml``.

The tables are written as text and never parsed: parsing the ~200 kB of XML of a
60-indicator form into lxml only to serialise it again was a third of a Word render.
The text is exactly what lxml would write for it (a test parses and re-serialises every
piece), so the document's bytes are the same as when the pieces went through lxml:

* no namespace declaration on the pieces (the document element declares ``w:``),
* text escaped as lxml escapes it (``&``, ``<``, ``>``), a carriage return written as the
  line feed an XML parser turns it into,
* attributes always in double quotes, with ``"``, tabs and line breaks as references,
* an empty element always as ``<x/>``.

Word's merge model is mirrored exactly: a horizontal span is one ``w:tc`` with
``w:gridSpan``; a vertical span is a ``w:tc`` on *every* row it covers, the first marked
``w:vMerge="restart"`` and the others ``w:vMerge`` (continue), each with the same span.

Consecutive blocks are separate tables (only a table's *leading* rows can repeat on each
page, and the indicator header is not the form's first row). Word joins two tables that
touch, so a 1-pt paragraph sits between them; at that height the blocks read as one grid.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from functools import lru_cache

from perfdocs.forms.grid import CAPTION_STYLES, Block, Cell, Form, is_heading, scaled_widths
from perfdocs.forms.page_geometry import LEADING, PAD_X, PAD_Y, twips
from perfdocs.forms.pages import (
    caption_pieces,
    cut_spans,
    fitted,
    follow,
    in_repeated_rows,
    page_starts,
)
from perfdocs.forms.pdf_pages import Sizes, pdf_blocks, row_heights
from perfdocs.records import Record, replace
from perfdocs.render.docx.rejoin import rejoined
from perfdocs.render.docx.wrapping import lines

RULE_EIGHTHS = 4
"""Border width in eighths of a point: ½ pt, a plain single rule."""
CELL_MARGIN_TWIPS = twips(PAD_X)
"""3 pt of air between a cell's rule and its text, left and right (as the PDF has): Word's
own 0.19 cm would wrap ``10.00`` in the narrow 分数 column."""
CELL_MARGIN_V_TWIPS = twips(PAD_Y) - RULE_EIGHTHS * 20 // 8 // 2
"""2.75 pt above and below: with the row's ½-pt rule, which LibreOffice adds to every row
(Word too), the 3 pt of the PDF; a row of so many lines is then as tall as the PDF's."""
PAGE_FILL = 0.98
"""Share of a page's height the pagination estimate fills (see :func:`page_room`)."""
LINE_EM = 1.1 * 1.4
"""Estimated height in ems of a line outside the table (the header and footer lines, a
template's headings), on the tall side: the line spacing (1.1) times the line height of
the Chinese face the office suite uses, which is not the same everywhere (SimSun in Word
1.3, Microsoft YaHei 1.32, WenQuanYi Zen Hei in LibreOffice 1.34)."""
CELL_LEADING = LEADING
"""A cell's line pitch in ems, set as an exact line spacing: the PDF's leading. A spacing
relative to the font (Word's "multiple") is as tall as the face the program finds for
宋体, from 1.15 em to 1.5 em, so a page of rows perfdocs estimated ran over by a row in one
program and not in another; an exact pitch is the same in Word, WPS and LibreOffice."""
HEADING_AFTER = 12
"""Points after the heading line (the 汇总表's title): its paragraph's ``w:after``."""
CELL_STYLE = "PerfdocsCell"
CELL_LINE = 264
"""Line spacing inside cells in 240ths of a line: 1.1, a little looser than single."""

_BOLD = frozenset({"header", "total"})
"""Cell styles a heading row is written in (a printed caption, a table heading)."""
_JC = {"left": "left", "center": "center", "right": "right"}
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
"""Characters XML 1.0 cannot hold; a stray one from a pasted text must not break Word."""


class Fragment:
    """One body element (``p`` or ``tbl``) as the text lxml would write for it.

    Made from its text (``xml``) or from its UTF-8 bytes (``data``, as the tables are
    written: a form's tables are ≈ 0.2 MB of markup around CJK text, and joining them as
    one ``str`` then encoding it cost a fifth of a .docx); each gives the other on first
    use. Equal, hashed and shown by (tag, text), as the frozen record it replaces.
    """

    __slots__ = ("_data", "_xml", "tag")

    def __init__(self, tag: str, xml: str | None = None, *, data: bytes | None = None) -> None:
        if (xml is None) == (data is None):
            raise TypeError("a fragment is made from its text or from its bytes")
        self.tag = tag
        self._xml = xml
        self._data = data

    @property
    def xml(self) -> str:
        """The element's text."""
        if self._xml is None:
            assert self._data is not None
            self._xml = self._data.decode("utf-8")
        return self._xml

    def utf8(self) -> bytes:
        """The element's text as UTF-8, as it goes into ``document.xml``."""
        if self._data is None:
            assert self._xml is not None
            self._data = self._xml.encode("utf-8")
        return self._data

    def __eq__(self, other: object) -> bool:
        if type(other) is not Fragment:
            return NotImplemented
        return self.tag == other.tag and self.utf8() == other.utf8()

    def __hash__(self) -> int:
        return hash((self.tag, self.xml))

    def __repr__(self) -> str:
        return f"Fragment(tag={self.tag!r}, xml={self.xml!r})"

    def with_page_break(self) -> Fragment:
        """This paragraph starting a new page (what python-docx's ``pageBreakBefore_val =
        True`` writes: ``w:pageBreakBefore`` first in ``w:pPr``, once)."""
        head = "<w:p><w:pPr>"
        if self.tag != "p" or not self.xml.startswith(head):
            raise ValueError("only a paragraph of this module can take a page break")
        if self.xml.startswith(head + "<w:pageBreakBefore/>"):
            return self
        return Fragment("p", head + "<w:pageBreakBefore/>" + self.xml[len(head):])


PAGE_BREAK = Fragment("p", '<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
"""An empty paragraph holding a page break (before a form that starts with a table)."""


def text(value: str) -> str:
    """``value`` as XML character data, as lxml writes it after parsing (see above)."""
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value


def attribute(value: str) -> str:
    """``value`` as a double-quoted attribute, as lxml writes it."""
    return '"' + (value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                  .replace('"', "&quot;").replace("\n", "&#10;").replace("\r", "&#13;")
                  .replace("\t", "&#9;")) + '"'


class Page(Record, frozen=True, slots=True):
    """The template's page: printable width (twips) and the height rows may fill (points)."""

    width: int
    room: float


def form_fragments(form: Form, page: Page, lead: float = 0.0, *, heading: bool = False
                   ) -> list[Fragment]:
    """The form's tables and its header and footer lines (:func:`fragments`, all of them)."""
    return list(fragments(form, page, lead, heading=heading))


def fragments(form: Form, page: Page, lead: float = 0.0, *, heading: bool = False
              ) -> Iterator[Fragment]:
    """The form's tables and its header and footer lines, each as it is written; ``lead``:
    the points the template's paragraphs fill above them, ``heading``: the form's heading
    line is printed above those (the 汇总表's title, over its first form).

    Blocks on one page are joined by a 1-pt spacer and the lower one has no top rule, so
    they read as one grid. Where a page is estimated to end inside a block
    (:mod:`perfdocs.forms.pages`), the block is cut there into tables of their own, the
    next one after a page break and led by the repeated header, so that each page shows
    its 一级/二级 labels and ends on a rule.
    """
    grid = _grid(form.column_widths, page.width)
    runs = _RunStyles(form)
    size = float(form.fonts.body_size)
    used = lead
    if heading and form.heading:  # its line (bold, the title's size) and 12 pt after it
        used += float(form.fonts.title_size) * LINE_EM + HEADING_AFTER
    gap = int(form.fonts.body_size * 10)
    # the header and footer lines at the cells' exact pitch, as the PDF sets them
    pitch = pitch_twips(form.fonts.body_size)
    line = f'w:line="{pitch}" w:lineRule="exact"'
    width = page.width / 20 / size
    if form.header:  # the layout's header lines, between the subtitle and the table
        yield Fragment("p", (
            f'<w:p><w:pPr><w:spacing w:before="0" w:after="{gap}" {line}/>'
            f'<w:jc w:val="left"/>'
            f"</w:pPr><w:r>{runs.plain}{run_content(form.header)}</w:r></w:p>"))
        used += lines(form.header, width) * pitch / 20 + gap / 20
    writer = _TableWriter(grid, runs, form.fonts.body_size)
    needs: _Needs = {}  # each text's height in its columns, for every estimate of the form
    # the footer lines go on the last block's last page, or take its last rows with them
    footer = lines(form.footer, width) * pitch / 20 + gap / 20 if form.footer else 0.0
    # the blocks with their long texts cut into rows as the PDF cuts them, so that a page
    # breaks inside such a text where the PDF's does
    pdf = pdf_blocks(form, heading=heading)
    sizes: Sizes | None = None
    for index, (block, at_pdf) in enumerate(pdf):
        tail = footer if index == len(form.blocks) - 1 else 0.0
        origin = form.blocks[index]
        rejoin: _Rejoin | None = None
        if block.n_rows != origin.n_rows:  # a long text cut: joined again between pages
            sizes = sizes or Sizes(form)
            rows = row_heights(origin, sizes)
            rejoin = _rejoiner(origin, rows.first, rows.cut)
        starts, used, parts = _paged(block, grid, size, used, page.room, tail, at_pdf,
                                     needs, rejoin)
        for number, part in enumerate(parts):
            new_page = (number > 0) or (0 in starts)
            if index or number or new_page:
                yield spacer(page_break=new_page)
            yield Fragment("tbl", data=writer.table(
                part, top_rule=new_page or not (index or number),
                split=_taller_than(part, grid, size, page.room, needs)))
    if form.footer:
        yield Fragment("p", (
            f'<w:p><w:pPr><w:spacing w:before="{gap}" w:after="0" {line}/>'
            f'<w:jc w:val="left"/>'
            f"</w:pPr><w:r>{runs.plain}{run_content(form.footer)}</w:r></w:p>"))


def spacer(*, page_break: bool = False) -> Fragment:
    """A 1-pt paragraph: keeps two blocks separate tables without a visible gap.

    With ``page_break`` it starts a new page, where the next table begins.
    """
    return _SPACERS[page_break]


def _spacer_xml(page_break: bool) -> str:
    brk = "<w:pageBreakBefore/>" if page_break else ""
    return (f'<w:p><w:pPr>{brk}<w:snapToGrid w:val="0"/>'
            f'<w:spacing w:before="0" w:after="0" w:line="2" w:lineRule="exact"/>'
            f'<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>')


_SPACERS = {flag: Fragment("p", _spacer_xml(flag)) for flag in (False, True)}


# -- pages -----------------------------------------------------------------------------


class _Part(Record, frozen=True, slots=True):
    """One page's table of a block: where each cell sits (its first and last row)."""

    n_rows: int
    cells: list[tuple[Cell, int, int]]
    repeat_rows: int
    min_row_height: tuple[Decimal, ...]


def _taller_than(part: _Part, grid: list[int], size: float, room: float,
                 needs: _Needs | None = None) -> frozenset[int]:
    """The rows of ``part`` estimated taller than a page (``room`` points): Word may split
    those across pages. A row kept whole that no page holds went to a page of its own
    after the header, and ran off its foot (tester6: 7 pages for the PDF's 4, one holding
    only the header row, one blank)."""
    if all(len(cell.text) < 200 for cell, _row, _last in part.cells):
        return frozenset()  # (a page holds thousands of characters in the widest cell)
    heights = _heights(part.n_rows, part.min_row_height, part.cells, grid, size,
                       {} if needs is None else needs, part.repeat_rows)
    return frozenset(r for r, h in enumerate(heights) if h > room)


_Rejoin = Callable[[Block, Sequence[int]], tuple[Block, list[int]]]
"""A cut block and its page starts → the block with its cut texts joined between those
starts, and the starts in its rows (:func:`perfdocs.render.docx.rejoin.rejoined`)."""


def _rejoiner(origin: Block, first: Sequence[int], cut_cols: dict[int, int]) -> _Rejoin:
    """:func:`~perfdocs.render.docx.rejoin.rejoined` for the cuts of ``origin``."""
    def rejoin(cut: Block, starts: Sequence[int]) -> tuple[Block, list[int]]:
        return rejoined(cut, starts, origin, first, cut_cols)
    return rejoin


def _paged(block: Block, grid: list[int], size: float, used: float, room: float,
           tail: float = 0.0, at_pdf: Sequence[int] | None = None,
           needs: _Needs | None = None, rejoin: _Rejoin | None = None
           ) -> tuple[list[int], float, list[_Part]]:
    """Where ``block``'s pages start, the height used on its last page, its page parts.

    The PDF's page starts (``at_pdf``, from :func:`~perfdocs.forms.pdf_pages.pdf_blocks`)
    where the pages they make hold their rows in Word by perfdocs' estimate on the tall
    side (``room``: the Word page's height, which has a reserve below the PDF's), an
    earlier break where one does not, and the PDF's again from where the pages meet
    (:func:`~perfdocs.forms.pages.follow`); without them Word's own, from the estimate,
    a little short of the page (:data:`PAGE_FILL`). ``rejoin``: the rows of a long text
    the block holds cut as the PDF cuts it are joined again between its page starts
    (:mod:`perfdocs.render.docx.rejoin`)."""
    starts: list[int] = []
    after = used
    if needs is None:
        needs = {}
    if at_pdf is not None:
        heads = frozenset(c.row for c in block.cells if is_heading(c, len(grid), block.n_rows))
        cut = cut_spans(block, at_pdf)
        cut_heights = _row_heights(cut, grid, size, needs)
        near = follow(cut_heights, at_pdf, repeat=block.repeat_rows, used=used, room=room,
                      heads=heads, tail=tail)
        if near is not None:
            if near != sorted(set(at_pdf)):
                cut = cut_spans(block, near)
                cut_heights = _row_heights(cut, grid, size, needs)
            held = fitted(cut_heights, near, repeat=block.repeat_rows, used=used, room=room,
                          tail=tail)
            if held is not None:
                if rejoin is not None:
                    whole, near = rejoin(block, near)
                    cut = cut_spans(whole, near)
                return near, held, _split(cut, near)
    cut = block
    heights = _row_heights(block, grid, size, needs)
    for _ in range(4):  # a label repeated in a short part may make its rows taller
        starts, after = page_starts(heights, repeat=block.repeat_rows, used=used,
                                    room=room * PAGE_FILL, n_cols=len(grid), block=block,
                                    tail=tail)
        cut = cut_spans(block, starts)
        if cut is block:
            break
        again = _row_heights(cut, grid, size, needs)
        if again == heights:
            break
        heights = again
    if rejoin is not None:
        whole, starts = rejoin(block, starts)
        cut = cut_spans(whole, starts)
    return starts, after, _split(cut, starts)


def _split(block: Block, starts: Sequence[int]) -> list[_Part]:
    """:func:`perfdocs.forms.pages.split_pages`, placing the cells instead of copying them.

    The same parts, row for row: each led by the repeated rows, a caption that spans from
    the repeated rows into the body covering the repeated rows of every part it goes on
    in, and standing in them alone on a part below its end (:func:`caption_pieces`).
    """
    cuts = sorted(s for s in set(starts) if s > block.repeat_rows)
    if not cuts:
        return [_Part(block.n_rows, [(c, c.row, c.row + c.rowspan - 1) for c in block.cells],
                      block.repeat_rows, block.min_row_height)]
    repeat = block.repeat_rows
    pieces = caption_pieces(block, cuts)
    bounds = [repeat, *cuts, block.n_rows]
    min_heights = list(block.min_row_height)
    parts: list[_Part] = []
    for index, (top, end) in enumerate(itertools.pairwise(bounds)):
        cells: list[tuple[Cell, int, int]] = []
        shift = top - repeat
        for cell in block.cells:
            row = cell.row
            last = row + cell.rowspan - 1
            if row < repeat:  # the repeated rows (every cut lies below them)
                if index == 0:
                    cells.append((cell, row, min(last, end - 1)))
                elif last < repeat:
                    cells.append((cell, row, last))
                elif (top, cell.col) not in pieces:  # it ended on an earlier page
                    cells.append((in_repeated_rows(cell, repeat), row, repeat - 1))
            elif top <= row < end:
                head = pieces.get((row, cell.col)) if index and row == top else None
                if head is not None:
                    cells.append((cell, head.row, last - shift))
                else:
                    cells.append((cell, row - shift, last - shift))
        heights = min_heights[:repeat] + min_heights[top:end]
        parts.append(_Part(repeat + end - top, cells, repeat,
                           tuple(heights) if min_heights else ()))
    return parts


def page_room(height: int, top: int, bottom: int) -> float:
    """Points of a page between the top and bottom margins (twips).

    Rows are estimated as tall as Word and LibreOffice set them or taller (an exact line
    pitch, lines counted on the tall side), the headings above the table taller; where
    Word breaks on its own estimate it fills :data:`PAGE_FILL` of this, so that a page
    never ends before the row where it was estimated to."""
    return max(height - top - bottom, 1440) / 20


_Needs = dict[tuple[str, int, int], float]
"""The height (points) a text needs in a cell from a column over so many columns, by
(text, column, columns): the same in every row, block and page part of a form."""


def _row_heights(block: Block, grid: list[int], size: float, needs: _Needs) -> list[float]:
    """Estimated heights (points) of the block's rows as Word sets them, on the tall side.

    A line is the cells' exact line pitch (:data:`CELL_LEADING`); the lines a text takes
    are laid out as the office suites break them (:mod:`perfdocs.render.docx.wrapping`),
    in the cell's width less its margins, plus the row's rule. A cell spanning rows adds
    what it lacks to its last row. ``needs`` keeps each text's height in its columns
    (:data:`_Needs`): a block cut at its page starts, and its page parts, hold the same
    texts in the same columns.
    """
    return _heights(block.n_rows, block.min_row_height,
                    [(cell, cell.row, cell.row + cell.rowspan - 1) for cell in block.cells],
                    grid, size, needs, block.repeat_rows)


def _heights(n_rows: int, min_row_height: Sequence[Decimal],
             placed: Sequence[tuple[Cell, int, int]], grid: list[int], size: float,
             needs: _Needs, repeat: int = 0) -> list[float]:
    """:func:`_row_heights` of cells placed on rows (cell, first row, last row): a page
    part's cells keep their texts and columns on rows of the part. A cell whose text goes
    on from the row above or into the row below (``joined``, below the ``repeat`` rows)
    has no air on that side (:meth:`_TableWriter.table`)."""
    starts = [0]
    for width in grid:
        starts.append(starts[-1] + width)
    floor = empty_row_twips(Decimal(repr(size))) / 20
    n_min = len(min_row_height)
    heights = [max(floor, float(min_row_height[r]) if r < n_min else 0.0)
               for r in range(n_rows)]
    line = pitch_twips(Decimal(repr(size))) / 20  # the pitch as written
    margin = CELL_MARGIN_V_TWIPS / 20
    pad = 2 * margin + RULE_EIGHTHS / 8
    opened = {(row, cell.col) for cell, row, _last in placed if cell.joined and row > repeat}
    spans: list[tuple[int, int, float]] = []
    for cell, row, last in placed:
        text = cell.text
        if not text:
            continue
        key = (text, cell.col, cell.colspan)
        need = needs.get(key)
        if need is None:
            inner = (starts[cell.col + cell.colspan] - starts[cell.col]
                     - 2 * CELL_MARGIN_TWIPS) / 20
            need = needs[key] = lines(text, max(inner / size, 1.0)) * line + pad
        if opened:
            need -= margin * (((row, cell.col) in opened) + ((last + 1, cell.col) in opened))
        if row == last:
            if need > heights[row]:
                heights[row] = need
        else:
            spans.append((last, row, need))
    for last, first, need in sorted(spans):
        short = need - sum(heights[first:last + 1])
        if short > 0:
            heights[last] += short
    return heights


def empty_row_twips(size: Decimal) -> int:
    """A row's least height in twips: one line and the air above and below it, as the PDF
    sets an empty row (a twip less where its height is not a whole twip)."""
    return pitch_twips(size) + 2 * twips(PAD_Y)


def pitch_twips(size: Decimal) -> int:
    """The cells' exact line pitch in twips for a body size of ``size`` points."""
    return int(size * CELL_LEADING * 20)


def _grid(relative: Sequence[Decimal], total: int) -> list[int]:
    """Column widths in twips summing to ``total``; the last column takes the remainder."""
    return [int(w) for w in scaled_widths(relative, Decimal(total), step=Decimal(1))]


# -- the XML ---------------------------------------------------------------------------


class _RunStyles:
    """The two run property sets of a form's cells, written once per form, not per cell."""

    def __init__(self, form: Form) -> None:
        family = attribute(form.fonts.family)
        latin = attribute(form.fonts.latin or form.fonts.family)
        half_points = int(form.fonts.body_size * 2)
        fonts = (f"<w:rFonts w:ascii={latin} w:hAnsi={latin} w:eastAsia={family} "
                 f'w:cs={latin} w:hint="eastAsia"/>')
        size = f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>'
        self.plain = f"<w:rPr>{fonts}{size}</w:rPr>"
        self.bold = f"<w:rPr>{fonts}<w:b/><w:bCs/>{size}</w:rPr>"
        # An empty cell's paragraph mark sets its line height, so it gets the body size.
        pitch = pitch_twips(form.fonts.body_size)
        self.spacing = (f'<w:spacing w:before="0" w:after="0" w:line="{pitch}" '
                        f'w:lineRule="exact"/>')
        self.empty = (f'<w:pPr><w:pStyle w:val="{CELL_STYLE}"/>{self.spacing}{self.plain}'
                      f"</w:pPr>")


@lru_cache(maxsize=8192)
def run_content(value: str) -> str:
    """``w:t`` pieces of ``value`` with a ``w:br`` for every forced line break; memoised,
    as captions and short answers repeat from form to form."""
    lines = NOT_XML.sub("", value).split("\n")
    return "<w:br/>".join(_text_element(line) for line in lines if line or len(lines) > 1)


@lru_cache(maxsize=8192)
def run_content_utf8(value: str) -> bytes:
    """:func:`run_content` as UTF-8; memoised likewise."""
    return run_content(value).encode("utf-8")


def _text_element(line: str) -> str:
    """One ``w:t``; ``xml:space`` only where Word would otherwise drop edge spaces."""
    if not line:
        return ""
    if line[0] == " " or line[-1] == " ":
        return f'<w:t xml:space="preserve">{text(line)}</w:t>'
    return f"<w:t>{text(line)}</w:t>"


class _TableWriter:
    """Writes the tables of one form: what every table of the form shares, made once.

    A table is written as UTF-8 bytes: the markup pieces are made once per form as bytes
    and only the cells' text is encoded (once per distinct text), where joining the table
    as one ``str`` and encoding it would walk every character of the markup again.
    """

    def __init__(self, grid: list[int], runs: _RunStyles, body_size: Decimal) -> None:
        self.grid = grid
        self.runs = runs
        self.starts = [sum(grid[:i]) for i in range(len(grid) + 1)]
        self.default_height = empty_row_twips(body_size)
        self._spans: dict[tuple[int, int], bytes] = {}
        self.empty = f"<w:p>{runs.empty}</w:p>".encode()
        self._heads: dict[tuple[bool, str, bool], bytes] = {}
        self._rows: dict[tuple[int, bool, bool], bytes] = {}

    def head(self, top_rule: bool) -> bytes:
        """``w:tblPr`` and ``w:tblGrid`` of a table, with or without its top rule."""
        rule = f'w:val="single" w:sz="{RULE_EIGHTHS}" w:space="0" w:color="000000"'
        borders = "".join(
            f"<w:{side} {rule}/>" if top_rule or side != "top" else '<w:top w:val="nil"/>'
            for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
        return "".join([
            f'<w:tbl><w:tblPr><w:tblW w:w="{self.starts[-1]}" w:type="dxa"/>'
            f'<w:jc w:val="center"/><w:tblBorders>{borders}</w:tblBorders>'
            f'<w:tblLayout w:type="fixed"/><w:tblCellMar>'
            f'<w:top w:w="{CELL_MARGIN_V_TWIPS}" w:type="dxa"/>'
            f'<w:left w:w="{CELL_MARGIN_TWIPS}" w:type="dxa"/>'
            f'<w:bottom w:w="{CELL_MARGIN_V_TWIPS}" w:type="dxa"/>'
            f'<w:right w:w="{CELL_MARGIN_TWIPS}" w:type="dxa"/>'
            f'</w:tblCellMar><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" '
            f'w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>'
            "<w:tblGrid>",
            *(f'<w:gridCol w:w="{w}"/>' for w in self.grid),
            "</w:tblGrid>",
        ]).encode("utf-8")

    def span(self, col: int, colspan: int) -> bytes:
        """A cell's width, and its ``w:gridSpan`` when it spans columns."""
        key = (col, colspan)
        found = self._spans.get(key)
        if found is None:
            width = self.starts[col + colspan] - self.starts[col]
            found = self._spans[key] = (
                f'<w:tcW w:w="{width}" w:type="dxa"/>'
                + (f'<w:gridSpan w:val="{colspan}"/>' if colspan > 1 else "")).encode()
        return found

    def paragraph_head(self, bold: bool, align: str, keep_next: bool) -> bytes:
        """The start of a cell paragraph up to its text: style, alignment, run look."""
        key = (bold, align, keep_next)
        found = self._heads.get(key)
        if found is None:
            keep = "<w:keepNext/>" if keep_next else ""
            rpr = self.runs.bold if bold else self.runs.plain
            found = self._heads[key] = (
                f'<w:p><w:pPr><w:pStyle w:val="{CELL_STYLE}"/>{keep}{self.runs.spacing}'
                f'<w:jc w:val="{_JC[align]}"/></w:pPr><w:r>{rpr}').encode()
        return found

    def row_start(self, height: int, header: bool, split: bool = False) -> bytes:
        """A row's ``w:tr`` and properties: never split (unless ``split``: a row taller
        than a page), at least ``height`` twips."""
        key = (height, header, split)
        found = self._rows.get(key)
        if found is None:
            mark = "<w:tblHeader/>" if header else ""
            whole = "" if split else "<w:cantSplit/>"
            found = self._rows[key] = (f'<w:tr><w:trPr>{whole}<w:trHeight '
                                       f'w:val="{height}" w:hRule="atLeast"/>{mark}'
                                       "</w:trPr>").encode()
        return found

    def table(self, part: _Part, *, top_rule: bool = True,
              split: frozenset[int] = frozenset()) -> bytes:
        """One page part of a block as a ``w:tbl`` (UTF-8), merges and repeated header
        included.

        Without ``top_rule`` the table has no rule along its top: it sits under another
        table whose bottom rule is the line between them (two rules would print double).
        """
        n_cols = len(self.grid)
        n_rows = part.n_rows
        # Each row's w:tc by grid column: a cell's own, plus a continuation on every row
        # below its top that a row span covers.
        rows: list[list[bytes | None]] = [[None] * n_cols for _ in range(n_rows)]
        # a narrative's paragraphs share one box: no rule between a cell and the one it
        # goes on in
        # (not the first row under the repeated ones: a text cut where a page breaks goes
        # on under the header repeated there, which keeps its rule)
        joined = {(row, cell.col) for cell, row, _ in part.cells
                  if cell.joined and row > part.repeat_rows}
        empty = self.empty
        for cell, row, last in part.cells:
            span = self.span(cell.col, cell.colspan)
            merge = b'<w:vMerge w:val="restart"/>' if last > row else b""
            opened = (row, cell.col) in joined
            align = b'<w:vAlign w:val="center"/>'
            if joined and (opened or (last + 1, cell.col) in joined):
                goes_on = (last + 1, cell.col) in joined
                open_sides = (b'<w:top w:val="nil"/>' if opened else b"") + (
                    b'<w:bottom w:val="nil"/>' if goes_on else b"")
                merge += b"<w:tcBorders>" + open_sides + b"</w:tcBorders>"
                # no air on an open side and the text from the top, as the PDF sets it:
                # the paragraphs read on as one text, no gap between them
                merge += b"<w:tcMar>" + (_NO_TOP if opened else b"") + (
                    _NO_BOTTOM if goes_on else b"") + b"</w:tcMar>"
                align = b'<w:vAlign w:val="top"/>'
            if cell.text:
                heading = (cell.col == 0 and cell.colspan == n_cols and last == row
                           and cell.style in CAPTION_STYLES
                           and is_heading(_placed(cell, row, last), n_cols, n_rows))
                paragraph = (self.paragraph_head(cell.style in _BOLD, cell.align, heading)
                             + run_content_utf8(cell.text) + b"</w:r></w:p>")
            else:
                paragraph = empty
            rows[row][cell.col] = b"".join((
                b"<w:tc><w:tcPr>", span, merge, align, b"</w:tcPr>", paragraph, b"</w:tc>"))
            if last > row:
                covered = b"".join((
                    b"<w:tc><w:tcPr>", span, b'<w:vMerge/><w:vAlign w:val="center"/>'
                    b"</w:tcPr>", empty, b"</w:tc>"))
                for r in range(row + 1, last + 1):
                    rows[r][cell.col] = covered

        out = [self.head(top_rule)]
        minimum = part.min_row_height
        for index, row_cells in enumerate(rows):
            height = self.default_height
            if index < len(minimum):
                height = max(height, int(minimum[index] * 20))
            out.append(self.row_start(height, index < part.repeat_rows, index in split))
            out.extend(filter(None, row_cells))  # (a written w:tc is never empty)
            out.append(b"</w:tr>")
        out.append(b"</w:tbl>")
        return b"".join(out)


_NO_TOP = b'<w:top w:w="0" w:type="dxa"/>'
_NO_BOTTOM = b'<w:bottom w:w="0" w:type="dxa"/>'
"""A cell's margin on a side where its text goes on in the next row (``w:tcMar``)."""


def _placed(cell: Cell, row: int, last: int) -> Cell:
    """``cell`` as it sits in a page part (for :func:`is_heading`)."""
    if row == cell.row and last == cell.last_row:
        return cell
    return replace(cell, row=row, rowspan=last - row + 1)

"""The one description of a rendered form that every output format translates.

A :class:`Form` is built once from a computed project and its layout (see
:mod:`perfdocs.forms.selfeval.builder`); the xlsx, docx and PDF renderers only translate it. Every
figure in it is already rounded and already formatted: a renderer never computes, never
rounds and never decides how a number reads. Spreadsheets additionally receive the exact
``Decimal`` and the layout's number style (places, separators, suffix), which they translate
into their own number format so that the cell stays a number.

What only a renderer needs from the layout — the Word template, the fields a template
places — is not in the grid: the engine hands it to the renderers beside the forms
(:class:`perfdocs.render.base.FormOptions`).

Coordinates are zero-based and local to a :class:`Block`. A block is one table; a form is
a vertical stack of blocks that share the same columns. Blocks exist because Word and
reportlab can only repeat *leading* rows of a table on each page, so the indicator table
(whose header row repeats) must be a table of its own, drawn flush under the top block.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_DOWN, Decimal

from perfdocs.errors import RenderError
from perfdocs.records import Record

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from typing import Literal

    from perfdocs.layouts.layout import NumberStyle

if TYPE_CHECKING:  # named for the type checker; a cell holds the name
    CellStyle = Literal["label", "header", "text", "number", "total"]
"""Named cell styles; a renderer maps each to its own font weight and alignment.

- ``label``: a printed caption of the form (项目名称, 年度资金总额：…), centred.
- ``header``: a column heading of a table (一级指标, 年初预算数…), centred, bold.
- ``text``: free text written by the preparer, left-aligned and wrapped.
- ``number``: a figure, right-aligned.
- ``total``: a figure in the 总分 / 评分等级 rows, centred, bold.
"""

if TYPE_CHECKING:
    Align = Literal["left", "center", "right"]


class Cell(Record, frozen=True, slots=True):
    """One cell of a block, possibly spanning several rows and columns.

    ``text`` is exactly what is printed. ``number`` and ``number_style`` are set only
    for figures, so that a spreadsheet stores a number (never a float: the Decimal is
    written as is) that displays the same as ``text``.
    """

    row: int
    col: int
    text: str
    rowspan: int = 1
    colspan: int = 1
    style: CellStyle = "text"
    align: Align = "center"
    number: Decimal | None = None
    number_style: NumberStyle | None = None
    """How ``text`` was formatted from the figure (the layout's display style), for a
    spreadsheet's number format."""
    field: str | None = None
    """Where the text came from (e.g. ``自评.绩效指标[3].三级指标``), for messages."""
    joined: bool = False
    """The cell goes on with the text of the cell right above it (the next paragraph of a
    narrative): no rule is drawn between the two, so a section reads as one box."""
    unwrapped: str | None = None
    """A group caption (一级/二级指标) before the builder broke it into lines for the layout's
    column widths: when :func:`perfdocs.forms.frame.assemble` widens columns, it is broken
    again for the widths the form really has."""


    @property
    def last_row(self) -> int:
        """The last row index the cell covers (inclusive)."""
        return self.row + self.rowspan - 1

    @property
    def last_col(self) -> int:
        """The last column index the cell covers (inclusive)."""
        return self.col + self.colspan - 1


PAGE_NUMBER = "第 {page} 页 共 {pages} 页"
"""The page footer of every format, in the words of the official forms: the PDF fills the
numbers in, Word writes PAGE and NUMPAGES fields, Excel its print codes ``&P`` and ``&N``."""


def scaled_widths(relative: Sequence[Decimal], total: Decimal, *, step: Decimal | None = None,
                  rest_to_last: bool = True) -> list[Decimal]:
    """The layout's relative column widths scaled to ``total`` units of a format.

    Every renderer scales the same way (only its unit differs: twips, Excel units, points,
    percent), so a form keeps its proportions in every format. With ``rest_to_last`` each
    width but the last is cut down to a multiple of ``step`` (exact when None) and the
    last column takes what remains, so the widths add up to ``total`` exactly; without it
    each width is rounded to ``step`` on its own (Excel, whose sheet has no fixed width).
    Widths must be positive: the layout check refuses others, so this is the last guard.
    """
    whole = sum(relative, Decimal(0))
    if not relative or whole <= 0 or any(w <= 0 for w in relative):
        raise RenderError("表格列宽必须为正数（请检查版式中的列宽设置）")
    if not rest_to_last:
        return [(total * w / whole).quantize(step) if step else total * w / whole
                for w in relative]
    widths = [total * w / whole for w in relative[:-1]]
    if step is not None:
        widths = [w.quantize(step, rounding=ROUND_DOWN) for w in widths]
    widths.append(total - sum(widths, Decimal(0)))
    return widths


CAPTION_STYLES: frozenset[str] = frozenset({"label", "header"})
"""Styles of printed captions (labels and headers) as opposed to the preparer's text."""


def is_heading(cell: Cell, n_cols: int, n_rows: int) -> bool:
    """Whether ``cell`` is a heading row of its own across the table (项目实施计划：).

    Renderers keep such a row on the page of the row below it (the text it heads), so
    that a heading never ends a page. The last row of a table has nothing below it.
    """
    return (cell.col == 0 and cell.colspan == n_cols and cell.rowspan == 1
            and cell.style in CAPTION_STYLES and bool(cell.text) and cell.row < n_rows - 1)


def _coverage(cells: Sequence[Cell], n_rows: int, n_cols: int, *,
              strict: bool) -> list[Cell | None]:
    """The cell covering each grid position, row by row (``row * n_cols + col``).

    With ``strict``, a cell outside the grid or a position covered twice raises
    ``ValueError`` naming the cells (:meth:`Block.check`); without it, the first cell of
    a position keeps it and a cell's part outside the grid is ignored. A flat list
    indexed by position: a form has some hundreds of cells, and a dict of (row, col)
    pairs made building a form a third slower.
    """
    seen: list[Cell | None] = [None] * (n_rows * n_cols)
    for cell in cells:
        row, col = cell.row, cell.col
        end_row, end_col = row + cell.rowspan, col + cell.colspan
        if end_row == row + 1 and end_col == col + 1 and 0 <= row < n_rows \
                and 0 <= col < n_cols and seen[row * n_cols + col] is None:
            seen[row * n_cols + col] = cell  # the usual cell: one free position
            continue
        if row < 0 or col < 0 or end_row > n_rows or end_col > n_cols:
            if strict:
                raise ValueError(f"cell {row},{col} runs outside the block")
            # what lies inside the grid is covered all the same
            row, col = max(row, 0), max(col, 0)
            end_row, end_col = min(end_row, n_rows), min(end_col, n_cols)
        for r in range(row, end_row):
            at = r * n_cols
            for c in range(col, end_col):
                first = seen[at + c]
                if first is not None:
                    if strict:
                        raise ValueError(f"position {r},{c} is covered twice: by {first.text!r} "
                                         f"at {first.row},{first.col} and {cell.text!r} "
                                         f"at {cell.row},{cell.col}")
                    continue
                seen[at + c] = cell
    return seen


def gap_cells(cells: Sequence[Cell], n_rows: int, n_cols: int) -> list[Cell]:
    """An empty cell for every position of an ``n_rows`` × ``n_cols`` grid that no cell of
    ``cells`` covers, row by row (a builder fills the gaps a layout leaves with them)."""
    seen = _coverage(cells, n_rows, n_cols, strict=False)
    return [Cell(at // n_cols, at % n_cols, "") for at, cell in enumerate(seen) if cell is None]


class Block(Record, frozen=True, slots=True):
    """One table of the form.

    ``repeat_rows`` leading rows are repeated at the top of every printed page the block
    runs onto (the indicator header). Every grid position is covered by exactly one
    cell; :meth:`check` enforces it so renderers can rely on it.
    """

    n_rows: int
    cells: tuple[Cell, ...]
    repeat_rows: int = 0
    min_row_height: tuple[Decimal, ...] = ()
    """Optional per-row minimum heights in points (empty: renderer's default)."""


    def check(self, n_cols: int) -> None:
        """Raise ``ValueError`` unless the cells tile the block exactly once.

        A layout's columns are checked when it loads (perfdocs.layouts.layout), so a failure here
        is a builder placing a part the layout check does not know; the message names both
        cells to find it.
        """
        seen = _coverage(self.cells, self.n_rows, n_cols, strict=True)
        missing = seen.count(None)
        if missing:
            raise ValueError(f"{missing} grid positions are not covered by any cell")

    def rows(self) -> list[list[Cell]]:
        """Cells grouped by their top row, each row sorted by column."""
        out: list[list[Cell]] = [[] for _ in range(self.n_rows)]
        for cell in self.cells:
            out[cell.row].append(cell)
        for row in out:
            row.sort(key=lambda c: c.col)
        return out


class Fonts(Record, frozen=True, slots=True):
    """Font names and sizes (points) a layout asks for."""

    family: str = "宋体"
    title_size: Decimal = Decimal("18")
    subtitle_size: Decimal = Decimal("12")
    body_size: Decimal = Decimal("10")
    latin: str = ""
    """Font for digits and Latin letters where a format can hold two (Word); "" = family."""

    def __init__(self, family: str = "宋体", title_size: Decimal = Decimal("18"),
                 subtitle_size: Decimal = Decimal("12"), body_size: Decimal = Decimal("10"),
                 latin: str = "") -> None:
        put = object.__setattr__  # frozen (perfdocs.records: written, not generated)
        put(self, "family", family)
        put(self, "title_size", title_size)
        put(self, "subtitle_size", subtitle_size)
        put(self, "body_size", body_size)
        put(self, "latin", latin)


DEFAULT_FONTS = Fonts()
"""A form's fonts when its layout names none (frozen: one instance serves every form)."""


class Form(Record, frozen=True, slots=True):
    """A whole rendered form: heading lines, column widths and the stacked blocks.

    ``column_widths`` are relative (any positive numbers); each renderer scales them to
    its printable width.
    """

    kind: str
    title: str
    subtitle: str
    column_widths: tuple[Decimal, ...]
    blocks: tuple[Block, ...]
    fonts: Fonts = DEFAULT_FONTS
    footer: str = ""
    """Lines printed under the table (the layout's footer_lines, a revision note), "\n"-joined."""
    header: str = ""
    """Lines printed between the subtitle and the table (the layout's header_lines)."""
    heading: str = ""
    """A line above the title, such as the 汇总表's "<unit><year>年度项目绩效目标汇总表" over
    the 申报表 bound under it. A document (PDF, Word) prints it where it changes, so the
    bound forms read as one; a workbook prints it on every sheet."""


    @property
    def n_cols(self) -> int:
        """Number of grid columns every block shares."""
        return len(self.column_widths)

    def check(self) -> None:
        """Validate every block's tiling (a bug in a builder, never user input)."""
        for block in self.blocks:
            block.check(self.n_cols)

    def texts(self) -> list[Cell]:
        """Every cell with text, in reading order (used by the font coverage check)."""
        return [c for b in self.blocks for row in b.rows() for c in row if c.text]

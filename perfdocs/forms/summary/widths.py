"""The 一览表's column widths, from what its columns hold.

Word, WPS and LibreOffice break Chinese between any two characters and a figure wherever
the column ends: fixed widths printed 序号 10 as 1 over 0, 延续项/目, 专项/业务/费 and, in
Word, 59.53/%. Here every column but the project's name is as wide as its widest figure
(序号 for the count of projects, 执行率, the amounts of the totals row), its widest short
word (延续项目, 专项业务费, 优) and its captions of up to four characters (项目性质), on the
page every format prints the table on (:data:`PAGE`); the name takes what is left, and only
it, the long captions (年度资金申请总额) and a long text wrap.

A figure is measured twice: in Times New Roman, where the PDF and Word set it, and in the
family (宋体, half an em to every digit, comma and point), where the .xlsx sets it and
where Excel prints ### for a figure a hair wider than its column (tester14 F4: the 合计
11,999,999,800.00 元 in 11.76 units). When the figures, captions and a name of
:data:`NAME_LEAST` do not fit the page at the body size, the whole table is set smaller
(:func:`fitted_columns`), never a figure cut: Word and the PDF printed 5,999,999,900.0 / 0
(tester14 F5), and Excel cannot wrap a number at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

from perfdocs.forms.grid import Cell
from perfdocs.forms.labels import (
    SHORT_LABEL,
    WORD_PADDING,
    ems,
    figure_ems,
    fitted_widths,
)
from perfdocs.forms.page_geometry import FRAME_WIDTH

PAGE = Decimal(str(round(FRAME_WIDTH, 1)))
"""Points of table width the 一览表 has in every format: the PDF's frame, which the Word copy
now shares (forms/page_geometry); Excel prints it one page wide within 0.25-inch margins,
wider still. On Word's former 2 cm page (481.9 pt, forms/labels.NARROWEST_PAGE) 经常性专项
业务费 was set two characters a line beside four columns of amounts."""
BOLD = Decimal("1.1")
"""How much wider a bold figure is set (Times New Roman Bold's % is a whole em; a bold
Chinese character keeps its width)."""
LONG_TEXT = Decimal(8)
"""Ems beyond which a text is long: it wraps, and does not widen its column."""
LEAST = Decimal(2)
"""Ems every column keeps (two characters of a wrapped caption a line)."""
NAME_LEAST = Decimal(6)
"""Ems the name column keeps at least (short texts wrap before it is narrower)."""
SHEET_UNITS = Decimal(100)
"""Excel units the .xlsx spreads the table's width over (render/xlsx ``SHEET_WIDTH``)."""
UNIT_PIXELS = Decimal(7)
"""Pixels of one Excel unit: the maximum digit width of the sheet's Calibri 11."""
EXCEL_PADDING = Decimal(6)
"""Pixels Excel keeps beside a figure in its column (5, Excel's own rule) plus one for the
width rounded to hundredths of a unit."""
STEP = Decimal("0.5")
"""Points the size is lowered by at a time. Three projects of 99,999,999,999.99 万元 each
(a 合计 of 2,999,999,999,999,700.00 元, far beyond the 100 亿元 that validate already warns
of) still print at 6.5 pt (小六); 11,999,999,800.00 元 at 7.5."""
FLOOR = Decimal(3)
"""Below this no size is tried: the layout's widths stand (as before tester14 F4)."""


def sheet_points(text: str, size: Decimal) -> Decimal:
    """Points of :data:`PAGE` a column needs so that the .xlsx, which spreads the page over
    :data:`SHEET_UNITS` units, holds ``text`` at ``size`` in 宋体 without ### (Excel's
    rule: the text's pixels plus the padding, over a unit's pixels)."""
    pixels = ems(text) * size * 4 / 3  # an em of ``size`` points at 96 dpi
    return (pixels + EXCEL_PADDING) / UNIT_PIXELS * PAGE / SHEET_UNITS


def _needs(cell: Cell, size: Decimal) -> tuple[Decimal, Decimal]:
    """Points ``cell`` needs on one line at ``size``: (what must not break: a figure, in
    every format, a caption line of up to four characters; what should not: a short text
    such as 经常性专项业务费)."""
    if cell.number is not None:
        bold = BOLD if cell.style in ("header", "total") else Decimal(1)
        text = cell.text.strip()
        return max(figure_ems(text) * bold * size + WORD_PADDING,
                   sheet_points(text, size)), Decimal(0)
    lines = [line.strip() for line in cell.text.split("\n") if line.strip()]
    if cell.style == "header":
        return max((ems(line) for line in lines if len(line) <= SHORT_LABEL),
                   default=Decimal(0)) * size + WORD_PADDING, Decimal(0)
    return Decimal(0), max((ems(line) for line in lines if ems(line) <= LONG_TEXT),
                           default=Decimal(0)) * size + WORD_PADDING


def _hard_soft(n_cols: int, cells: Sequence[Cell], size: Decimal, flexible: int
               ) -> tuple[list[Decimal], list[Decimal]]:
    """Each column's points for what must not break, and for what should not, at ``size``."""
    least = LEAST * size + WORD_PADDING
    hard = [least] * n_cols
    soft = [least] * n_cols
    for cell in cells:
        if cell.colspan == 1 and cell.col != flexible:
            must, should = _needs(cell, size)
            hard[cell.col] = max(hard[cell.col], must)
            soft[cell.col] = max(soft[cell.col], should)
    return hard, [max(h, s) for h, s in zip(hard, soft, strict=True)]


def _room(hard: Sequence[Decimal], size: Decimal, flexible: int) -> Decimal:
    """Points left beside the figures and short captions and a name of :data:`NAME_LEAST`."""
    return PAGE - (NAME_LEAST * size + WORD_PADDING) - sum(
        (h for i, h in enumerate(hard) if i != flexible), Decimal(0))


def fitted_columns(widths: Sequence[Decimal], cells: Iterable[Cell], size: Decimal,
                   flexible: int) -> tuple[Decimal, tuple[Decimal, ...]]:
    """The size the table is set in and its column widths (:func:`content_widths`):
    ``size``, or the largest size below it (by :data:`STEP`) at which every figure and
    short caption fits on one line beside a name of :data:`NAME_LEAST`.

    A smaller size rather than narrower figures: Excel cannot wrap a number (it prints ###),
    and a figure cut at a thousands separator still reads as another figure on its first
    line; a name or 经常性专项业务费 on one line more reads the same. Tables whose figures
    fit at ``size`` (every one of data/'s) are measured once and set as before. With no
    size down to :data:`FLOOR` fitting, ``size`` and the layout's widths stand.
    """
    cells = list(cells)
    tried = size
    while tried >= FLOOR:
        hard, soft = _hard_soft(len(widths), cells, tried, flexible)
        if _room(hard, tried, flexible) >= 0:
            return tried, _spread(hard, soft, tried, flexible)
        tried -= STEP
    return size, content_widths(widths, cells, size, flexible)


def content_widths(widths: Sequence[Decimal], cells: Iterable[Cell], size: Decimal,
                   flexible: int) -> tuple[Decimal, ...]:
    """Column widths (points on the narrowest page) fitted to ``cells`` at ``size`` points,
    column ``flexible`` (the name) taking the rest.

    Figures and short captions always fit. When the short texts do not all fit beside a
    name column of :data:`NAME_LEAST`, their columns share what is left in proportion to
    what each lacks (a text then wraps, never a figure); when not even the figures fit,
    the layout's ``widths``, fitted to their captions and figures, stand.
    """
    cells = list(cells)
    hard, soft = _hard_soft(len(widths), cells, size, flexible)
    if _room(hard, size, flexible) < 0:
        total = sum(widths, Decimal(0))
        fitted = fitted_widths(widths, cells, size)
        return tuple(w * PAGE / total for w in fitted)
    return _spread(hard, soft, size, flexible)


def _spread(hard: Sequence[Decimal], soft: Sequence[Decimal], size: Decimal, flexible: int
            ) -> tuple[Decimal, ...]:
    """Widths giving every column its ``hard`` points, the short texts a share of what is
    left (up to their ``soft`` points) and the name column the rest."""
    others = [i for i in range(len(hard)) if i != flexible]
    room = _room(hard, size, flexible)
    lacking = sum(soft[i] - hard[i] for i in others)
    share = min(Decimal(1), room / lacking) if lacking else Decimal(0)
    out = [hard[i] + (soft[i] - hard[i]) * share for i in range(len(hard))]
    out[flexible] = PAGE - sum(out[i] for i in others)
    return tuple(out)

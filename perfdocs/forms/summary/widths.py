"""The 一览表's column widths, from what its columns hold.

Word, WPS and LibreOffice break Chinese between any two characters and a figure wherever
the column ends: fixed widths printed 序号 10 as 1 over 0, 延续项/目, 专项/业务/费 and, in
Word, 59.53/%. Here every column but the project's name is as wide as its widest figure
(序号 for the count of projects, 执行率, the amounts of the totals row), its widest short
word (延续项目, 专项业务费, 优) and its captions of up to four characters (项目性质), on the
page every format prints the table on (:data:`PAGE`); the name takes what is left, and only
it, the long captions (年度资金申请总额) and a long text wrap.
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


def _needs(cell: Cell) -> tuple[Decimal, Decimal]:
    """Ems ``cell`` needs on one line: (what must not break: a figure, a caption line of up
    to four characters; what should not: a short text such as 经常性专项业务费)."""
    if cell.number is not None:
        bold = BOLD if cell.style in ("header", "total") else Decimal(1)
        return figure_ems(cell.text.strip()) * bold, Decimal(0)
    lines = [line.strip() for line in cell.text.split("\n") if line.strip()]
    if cell.style == "header":
        return max((ems(line) for line in lines if len(line) <= SHORT_LABEL),
                   default=Decimal(0)), Decimal(0)
    return Decimal(0), max((ems(line) for line in lines if ems(line) <= LONG_TEXT),
                           default=Decimal(0))


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
    least = LEAST * size + WORD_PADDING
    hard = [least] * len(widths)
    soft = [least] * len(widths)
    for cell in cells:
        if cell.colspan == 1 and cell.col != flexible:
            must, should = _needs(cell)
            hard[cell.col] = max(hard[cell.col], must * size + WORD_PADDING)
            soft[cell.col] = max(soft[cell.col], should * size + WORD_PADDING)
    soft = [max(h, s) for h, s in zip(hard, soft, strict=True)]
    name = NAME_LEAST * size + WORD_PADDING
    others = [i for i in range(len(widths)) if i != flexible]
    room = PAGE - name - sum(hard[i] for i in others)
    if room < 0:
        total = sum(widths, Decimal(0))
        fitted = fitted_widths(widths, cells, size)
        return tuple(w * PAGE / total for w in fitted)
    lacking = sum(soft[i] - hard[i] for i in others)
    share = min(Decimal(1), room / lacking) if lacking else Decimal(0)
    out = [hard[i] + (soft[i] - hard[i]) * share for i in range(len(widths))]
    out[flexible] = PAGE - sum(out[i] for i in others)
    return tuple(out)

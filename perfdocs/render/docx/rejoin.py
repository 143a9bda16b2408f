"""A long text the PDF cuts into rows, joined again between the Word copy's page breaks.

The PDF cuts a text taller than a quarter of a page into rows of so many of its lines
(:func:`perfdocs.forms.pdf_pages.cut_block`), and the Word copy is made of those rows so
that its pages can break inside the text where the PDF's do. But a row of the Word copy
is a paragraph of its own: Word, WPS and LibreOffice break its lines their own way (a
quarter em between Chinese and a figure, their own rules for punctuation), so a row's
last line ended short of the cell's edge, often mid-word, and the next row went on below
the gap (a 900-character 年度总体目标 printed with four such gaps on one page). Only a
page break needs the text cut, so once the pages are known the rows of a text on one
page are one row again, one paragraph that each program wraps as it likes; the text is
cut only where a page ends.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from perfdocs.forms.grid import Block, Cell
from perfdocs.records import replace


def rejoined(cut: Block, starts: Sequence[int], origin: Block, first: Sequence[int],
             cut_cols: Mapping[int, int]) -> tuple[Block, list[int]]:
    """``cut`` (``origin`` with long texts cut into rows: ``first[r]`` is the row of
    ``cut`` that ``origin``'s row ``r`` begins at, ``cut_cols[r]`` the column whose text
    is cut there) with the rows of each text joined between the page starts ``starts``
    (rows of ``cut``), and those starts as rows of the joined block."""
    if not cut_cols:
        return cut, list(starts)
    breaks = set(starts)
    bounds = [*first, cut.n_rows]
    new = [0] * cut.n_rows  # the joined block's row of each row of ``cut``
    row = -1
    for r in range(len(first)):
        for c in range(bounds[r], bounds[r + 1]):
            if c == bounds[r] or r not in cut_cols or c in breaks:
                row += 1
            new[c] = row
    n_rows = row + 1
    owner = {c: r for r in cut_cols for c in range(bounds[r], bounds[r + 1])}
    chunks: dict[int, list[Cell]] = {}
    cells: list[Cell | int] = []  # a joined text's place: its origin row, filled below
    for cell in cut.cells:
        cut_row = owner.get(cell.row)
        if cut_row is not None and cell.col == cut_cols[cut_row] and cell.rowspan == 1:
            if cut_row not in chunks:
                chunks[cut_row] = []
                cells.append(cut_row)
            chunks[cut_row].append(cell)
            continue
        top = new[cell.row]
        cells.append(replace(cell, row=top, rowspan=new[cell.last_row] - top + 1))
    out: list[Cell] = []
    for item in cells:
        if isinstance(item, Cell):
            out.append(item)
        else:
            out.extend(_joined_text(chunks[item], _text_of(origin, item, cut_cols[item]),
                                    new))
    mins: list[Decimal] = [Decimal(0)] * n_rows
    for c, minimum in enumerate(cut.min_row_height[:cut.n_rows]):
        mins[new[c]] = max(mins[new[c]], minimum)
    joined = Block(n_rows, tuple(out), cut.repeat_rows, tuple(mins) if cut.min_row_height
                   else ())
    return joined, [new[s] for s in starts]


def _text_of(origin: Block, row: int, col: int) -> str:
    """The whole text cut in ``origin``'s row ``row``, column ``col``."""
    return next(c.text for c in origin.cells if c.row == row and c.col == col)


def _joined_text(chunks: Sequence[Cell], text: str, new: Sequence[int]) -> list[Cell]:
    """One cell per joined row for the ``chunks`` of ``text`` (in row order), each the
    stretch of ``text`` from its first chunk on, trimmed as the chunks are (no line feed
    or space at its end)."""
    chunks = sorted(chunks, key=lambda c: c.row)
    offsets: list[int] = []
    at = 0
    for chunk in chunks:  # each chunk is the text from here on, less a cut's line feed
        found = text.find(chunk.text, at) if chunk.text else at
        offsets.append(found if found >= 0 else at)
        at = offsets[-1] + len(chunk.text)
    out: list[Cell] = []
    for index, chunk in enumerate(chunks):
        if index and new[chunk.row] == new[chunks[index - 1].row]:
            continue
        end = next((offsets[later] for later in range(index + 1, len(chunks))
                    if new[chunks[later].row] != new[chunk.row]), len(text))
        piece = text if (offsets[index], end) == (0, len(text)) else \
            text[offsets[index]:end].removesuffix("\n").rstrip(" ")
        out.append(replace(chunk, row=new[chunk.row], text=piece))
    return out

"""Where the form's PDF breaks its pages, worked out without reportlab, for Word and Excel to
break there.

Reviewers print the PDF and the Word or Excel copy side by side: each printed page should
hold the PDF's rows. The Word page has the PDF's geometry (:mod:`perfdocs.forms.page_geometry`)
and its rows are as tall as the PDF's when their texts take as many lines (the same line
pitch and air in a cell); the Excel sheet prints one page wide on the PDF's side margins.
But an office suite cannot be told to break a table where another program did, and lays
out a page a little differently (its own line breaking of mixed text, the rules' width).
So the Word and Excel writers force their breaks; this module says where the PDF has them
(:func:`pdf_starts`, worked out once per form however many copies are written of it), so
that the forced breaks are the PDF's.

It repeats the PDF writer's arithmetic (:mod:`perfdocs.render.pdf.writer`, which imports
reportlab and opens the font files: too costly for a Word or Excel copy alone) on the fonts the
PDF is drawn in: figures and Latin letters in a Times-metric serif (the advances of
Liberation Serif, in :data:`_SERIF`), everything else one em (CJK) or half an em (Latin-1
signs, the space) as in the CJK faces, lines broken between the same units, rows sized,
and pages split, as the PDF does. ``tests/test_docx_pdf_pages.py`` holds the model to the
PDF writer's own line breaking. A row taller than a quarter of a page the PDF cuts into
rows of so many lines, and a page may break between them: the Word copy cuts it the same
way (:func:`pdf_blocks`), where it kept it whole and moved it to the next page. Where a
copy cannot follow (the Excel copy keeps such a text in one cell: :func:`pdf_starts` is
None where the PDF breaks inside it) or the model would be guessing (a title that wraps),
it says so (None), and the office copy keeps its own estimate.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from functools import lru_cache

from perfdocs.forms import page_geometry as geometry
from perfdocs.forms.grid import Block, Cell, Form, is_heading, scaled_widths
from perfdocs.forms.unbreakable import JOINING, JOINING_SET, parts, tokens
from perfdocs.records import Record, replace

_SERIF_CHARS = "".join(chr(code) for code in range(33, 127))
_SERIF_UNITS = (
    682, 836, 1024, 1024, 1706, 1593, 369, 682, 682, 1024, 1155, 512, 682, 512, 569, 1024,
    1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 569, 569, 1155, 1155, 1155, 909,
    1886, 1479, 1366, 1366, 1479, 1251, 1139, 1479, 1479, 682, 797, 1479, 1251, 1821, 1479,
    1479, 1139, 1479, 1366, 1139, 1251, 1479, 1479, 1933, 1479, 1479, 1251, 682, 569, 682,
    961, 1024, 682, 909, 1024, 909, 1024, 909, 682, 1024, 1024, 569, 569, 1024, 569, 1593,
    1024, 1024, 1024, 1024, 682, 797, 569, 1024, 1024, 1479, 1024, 1024, 909, 983, 410, 983,
    1108)
_SERIF = {ch: units * 1000 / 2048 for ch, units in zip(_SERIF_CHARS, _SERIF_UNITS, strict=True)}
"""Advances of ``!`` … ``~`` in thousandths of an em: Liberation Serif's (2048 units an em),
as reportlab reads them; Times New Roman has the same."""
_JOINING = JOINING
"""Characters that may join a neighbour into one piece (:mod:`perfdocs.forms.unbreakable`)."""
_JOINING_SET = JOINING_SET
_FUZZ = 1e-6
"""reportlab's rounding allowed when a part is fitted into a frame."""
_BOLD = frozenset({"header", "total"})


def advance(ch: str) -> float:
    """Thousandths of an em the PDF gives ``ch``: the serif's for printable ASCII, else the
    CJK face's (an em; half an em below U+2000: the space, Latin-1 signs such as ± ×)."""
    found = _SERIF.get(ch)
    if found is not None:
        return found
    return 500.0 if ord(ch) < 0x2000 else 1000.0


class _Advances(dict[str, float]):
    """:func:`advance` by character, each worked out once: ``map`` over this dict's
    ``__getitem__`` sums a text's advances in C."""

    def __missing__(self, ch: str) -> float:
        width = self[ch] = advance(ch)
        return width


_ADVANCE = _Advances(_SERIF).__getitem__


def _em_each(text: str) -> bool:
    """Whether every character of ``text`` is one em (:func:`advance`: all of U+2000 …
    U+FFFF), found in C. In UTF-8 such a character is three bytes led by E2 … EF; with no
    byte E0, E1 (U+0800 … U+1FFF, half an em) or F0 … F4 (four bytes: beyond U+FFFF), no
    character is longer than three bytes, so a text of three bytes a character has only
    such characters. Then the sum of the advances is ``1000.0 * len(text)`` exactly
    (whole numbers of thousandths), without making, hashing and looking up a string of
    each character (most cell texts of a form: Chinese characters and full-width marks)."""
    data = text.encode("utf-8", "surrogatepass")
    return len(data) == 3 * len(text) and not data.translate(None, _NOT_LEADS)


_NOT_LEADS = bytes(set(range(256)) - {0xE0, 0xE1, 0xF0, 0xF1, 0xF2, 0xF3, 0xF4})
"""Every byte but those :func:`_em_each` looks for (``bytes.translate`` deletes these)."""


_EM_EACH = _em_each


class _Milli(dict[float, float]):
    """``round(width, 3)`` kept per width, as the PDF writer rounds a cell's width before
    breaking its text: a form has a few distinct cell widths, and ``round`` to places
    goes through a decimal string each time. The same numbers, from a dict."""

    __slots__ = ()
    KEPT = 1 << 12

    def __missing__(self, width: float) -> float:
        rounded = round(width, 3)
        if len(self) >= self.KEPT:
            self.clear()
        self[width] = rounded
        return rounded


_MILLI = _Milli()


@lru_cache(maxsize=8192)
def line_count(text: str, width: float, size: float) -> int:
    """Lines the PDF breaks ``text`` into in ``width`` points at ``size``: greedy, each
    forced line break starting a line, a word wider than a line broken anywhere.
    Memoised: forms repeat short texts down whole columns."""
    limit = _MILLI[width] * 1000 / size
    count = 0
    widths = _ADVANCE
    for part in text.split("\n"):
        count += 1
        total = 1000.0 * len(part) if _EM_EACH(part) else sum(map(widths, part))
        if total <= limit:
            continue
        if total == 1000.0 * len(part) and part.isascii() is False \
                and not _JOINING_SET.found_in(part):
            # Chinese characters only, one em each, none joined to another: as many a
            # line as fit (most indicator names and narratives without punctuation)
            count += -(-len(part) // max(int(limit // 1000), 1)) - 1
            continue
        used = 0.0
        started = False  # the current line holds something
        for token in tokens(part):
            w = sum(map(widths, token))
            if used + w <= limit:
                used += w
                started = True
                continue
            if started:
                count += 1
                used, started = 0.0, False
                if token == " ":
                    continue
            if w <= limit:
                used, started = w, True
                continue
            for piece in parts(token):  # a figure and its unit apart, else the token
                if piece is not token:
                    w = sum(map(widths, piece))
                    if used + w <= limit:
                        used += w
                        started = True
                        continue
                    if started:
                        count += 1
                        used, started = 0.0, False
                    if w <= limit:
                        used, started = w, True
                        continue
                for ch in piece:
                    a = widths(ch)
                    if started and used + a > limit:
                        count += 1
                        used = 0.0
                    used += a
                    started = True
    return count


def line_starts(text: str, width: float, size: float) -> list[int]:
    """Where each of the lines :func:`line_count` counts begins in ``text`` (offsets): the
    PDF's lines, for a text the Word copy cuts where the PDF cuts it. A space that ends a
    line is left at the end of that line, as the PDF drops it."""
    limit = _MILLI[width] * 1000 / size
    widths = _ADVANCE
    starts: list[int] = []
    offset = 0
    for part in text.split("\n"):
        starts.append(offset)
        used = 0.0
        started = False
        at = offset
        for token in tokens(part):
            w = sum(map(widths, token))
            if used + w <= limit:
                used += w
                started = True
                at += len(token)
                continue
            if started:
                used, started = 0.0, False
                if token == " ":
                    at += 1
                    starts.append(at)
                    continue
                starts.append(at)
            if w <= limit:
                used, started = w, True
                at += len(token)
                continue
            for piece in parts(token):  # a figure and its unit apart, else the token
                if piece is not token:
                    w = sum(map(widths, piece))
                    if used + w <= limit:
                        used += w
                        started = True
                        at += len(piece)
                        continue
                    if started:
                        used, started = 0.0, False
                        starts.append(at)
                    if w <= limit:
                        used, started = w, True
                        at += len(piece)
                        continue
                for ch in piece:
                    a = widths(ch)
                    if started and used + a > limit:
                        starts.append(at)
                        used = 0.0
                    used += a
                    started = True
                    at += 1
        offset += len(part) + 1
    return starts


def _pt(value: Decimal) -> float:
    """A size as the PDF computes with it (milli-point exact)."""
    return int(value * 1000) / 1000


class Sizes:
    """The PDF's measures of one form: column widths, body size and line pitch."""

    def __init__(self, form: Form) -> None:
        self.widths = [float(w) for w in scaled_widths(form.column_widths,
                                                       Decimal(geometry.FRAME_WIDTH))]
        self.body = _pt(form.fonts.body_size)
        self.leading = self.body * _pt(geometry.LEADING)
        self._inner: dict[tuple[int, int], float] = {}

    def inner(self, col: int, last_col: int) -> float:
        """Room for text in a cell spanning ``col`` … ``last_col`` (kept per span)."""
        key = (col, last_col)
        found = self._inner.get(key)
        if found is None:
            found = self._inner[key] = sum(self.widths[col:last_col + 1]) - 2 * geometry.PAD_X
        return found


def lead(form: Form, *, heading: bool = False) -> float | None:
    """Points the PDF fills above the form's first table (``heading``: the form's heading
    line, which the PDF prints over the first of the forms that share it; title, subtitle,
    header lines); None when a title line would wrap (reportlab's own paragraph then sets
    it)."""
    fonts = form.fonts
    title, sub, body = _pt(fonts.title_size), _pt(fonts.subtitle_size), _pt(fonts.body_size)
    frame = geometry.FRAME_WIDTH - 2 * geometry.FRAME_PADDING
    lines = ((form.heading if heading else "", title), (form.title, title),
             (form.subtitle, sub))
    for text, size in lines:
        if sum(map(advance, text)) * size / 1000 > frame - 1:
            return None
    used = title * 1.3 + (sub * 0.3 if form.subtitle else sub)
    if heading and form.heading:
        used += title * 1.3 + title  # the heading's line and the title size after it
    if form.subtitle:
        used += sub * 1.3 + sub * 0.6
    if form.header:
        used += (form.header.count("\n") + 1) * body * _pt(geometry.LEADING) + body / 2
    return used


class Rows(Record, frozen=True, slots=True):
    """A block's rows as the PDF sets them: a row taller than a quarter of a page is cut
    into rows of so many lines (``first[r]``: the PDF row the block's row ``r`` begins at)."""

    heights: list[float]
    first: list[int]
    heads: frozenset[int]
    cut: dict[int, int]
    """The column of the cell whose text the PDF cuts, by the block's row it is cut in."""

    def block_starts(self, starts: Sequence[int]) -> list[int] | None:
        """``starts`` (PDF rows) as the block's rows; None where the PDF breaks inside a
        row it cut (Word keeps a row whole)."""
        back = {row: index for index, row in enumerate(self.first)}
        out: list[int] = []
        for start in starts:
            if start and start not in back:
                return None
            out.append(back[start] if start else 0)
        return out


def row_heights(block: Block, sizes: Sizes) -> Rows:
    """The block's rows as the PDF sets them (its writer's ``_block_grid`` and
    ``_cut_tall_rows``): each at least an empty line's height, as tall as its texts, a
    span's shortfall added to its last row.

    The first pass over the cells also notes what the second needs of each (its rows'
    and columns' ends, whether it goes on from the cell above): a form's blocks hold
    some hundreds of cells, and this runs for every form written as .docx or .xlsx."""
    leading = sizes.leading
    body = sizes.body
    budget = _budget(sizes)
    n_cols = len(sizes.widths)
    n_rows = block.n_rows
    repeat = block.repeat_rows
    inner = sizes.inner
    counts: dict[int, tuple[int, int, Cell]] = {}  # row → (chunks, lines, cell cut)
    lined: list[tuple[Cell, int, int, int, int]] = []  # cell, lines, row, col, last row
    joined_at: list[tuple[int, int]] = []  # (block row, column) of a cell going on
    heads: list[int] = []
    for cell in block.cells:
        row, col, rowspan, colspan = cell.row, cell.col, cell.rowspan, cell.colspan
        if cell.joined:
            joined_at.append((row, col))
        text = cell.text
        if not text:
            continue
        if colspan == n_cols and is_heading(cell, n_cols, n_rows):
            heads.append(row)
        lines = line_count(text, inner(col, col + colspan - 1), body)
        lined.append((cell, lines, row, col, row + rowspan - 1))
        if rowspan == 1 and row >= repeat and lines > budget:
            chunks = -(-lines // budget)
            if chunks > counts.get(row, (1, 0, cell))[0]:
                counts[row] = (chunks, lines, cell)
    first = [0] * (n_rows + 1)
    for row in range(n_rows):
        first[row + 1] = first[row] + (counts[row][0] if row in counts else 1)
    empty = leading + 2 * geometry.PAD_Y
    mins = [_pt(h) for h in block.min_row_height]
    grown: list[float] = []
    for row in range(n_rows):
        grown += [mins[row] if row < len(mins) else 0.0] + [0.0] * (first[row + 1]
                                                                    - first[row] - 1)
    heights = [max(empty, m) for m in grown]
    joined = {(first[row], col) for row, col in joined_at}
    spanned: list[tuple[int, int, float]] = []
    pad = geometry.PAD_Y
    for cell, lines, row, col, last_row in lined:
        top, last = first[row], first[last_row + 1] - 1
        cut = counts.get(row) if counts else None
        if cut is not None and cut[2] is cell:
            for index in range(cut[0]):
                held = min(budget, lines - index * budget)
                edge = pad * ((index == 0) + (index == cut[0] - 1))
                heights[top + index] = max(heights[top + index], held * leading + edge)
            continue
        padding = (pad * (((top, col) not in joined) + ((last + 1, col) not in joined))
                   if joined else pad * 2)
        need = lines * leading + padding
        if top == last:
            if need > heights[top]:
                heights[top] = need
        else:
            spanned.append((last, top, need))
    for last, top, need in sorted(spanned):
        short = need - sum(heights[top:last + 1])
        if short > 0:
            heights[last] += short
    return Rows(heights, first[:-1], frozenset(first[row] for row in heads),
                {row: found[2].col for row, found in counts.items()})


def cut_block(block: Block, rows: Rows, sizes: Sizes) -> Block:
    """``block`` with its rows cut as the PDF cuts them (``rows``, from :func:`row_heights`):
    the long text of each such row in chunks of the PDF's lines, one row each, the chunks
    after the first without a rule above (``joined``), the row's other cells spanning the
    chunks. Word keeps a row whole on a page, so a row shorter than a page but long went
    over whole, leaving most of a page blank (tester7 D4); cut as the PDF's, its rows are
    the PDF's and its pages can break where the PDF's do."""
    if not rows.cut:
        return block
    budget = _budget(sizes)
    first = [*rows.first, len(rows.heights)]
    out: list[Cell] = []
    for cell in block.cells:
        top, end = first[cell.row], first[cell.last_row + 1]
        if rows.cut.get(cell.row) != cell.col or cell.rowspan != 1:
            out.append(replace(cell, row=top, rowspan=end - top))
            continue
        starts = line_starts(cell.text, sizes.inner(cell.col, cell.last_col), sizes.body)
        edges = [0, *starts[budget:(end - top) * budget:budget]]
        edges += [len(cell.text)] * (end - top + 1 - len(edges))
        for index in range(end - top):
            chunk = cell.text[edges[index]:edges[index + 1]]
            if chunk.endswith("\n"):
                chunk = chunk[:-1]
            out.append(replace(cell, row=top + index, rowspan=1, text=chunk.rstrip(" "),
                               joined=cell.joined if index == 0 else True,
                               unwrapped=None))
    mins: list[Decimal] = []
    for row, minimum in enumerate(block.min_row_height[:block.n_rows]):
        mins += [minimum] + [Decimal(0)] * (first[row + 1] - first[row] - 1)
    return Block(len(rows.heights), tuple(out), block.repeat_rows, tuple(mins))


def _budget(sizes: Sizes) -> int:
    """Lines of a row the PDF keeps in one piece: a quarter of a page's (its writer's
    ``_cut_tall_rows``)."""
    return max(1, int((geometry.FRAME_HEIGHT / 4 - 2 * geometry.PAD_Y) // sizes.leading))


def tail(form: Form) -> float:
    """Points the PDF needs under the last table for the signature line (the layout's
    ``footer_lines``): its space before and its lines; 0 without one."""
    if not form.footer:
        return 0.0
    body = _pt(form.fonts.body_size)
    frame = geometry.FRAME_WIDTH - 2 * geometry.FRAME_PADDING
    return body / 2 + line_count(form.footer, frame, body) * body * _pt(geometry.LEADING)


def _break_at(cur: Sequence[float], rows: Sequence[int], avail: float, *, repeat: int,
              heads: frozenset[int], fresh: float) -> int:
    """The row the PDF writer's split breaks before when ``avail`` points are left."""
    fit = 0
    filled = 0.0
    for h in cur:
        if filled + h > avail:
            break
        filled += h
        fit += 1
    at = fit
    if len(cur) - at == 1 and at - 1 > repeat:
        at -= 1
    while at > repeat and rows[at - 1] in heads:
        at -= 1
    if at <= repeat < fit and sum(cur[:fit + 1]) > fresh:
        at = fit
    return at


def page_starts(heights: Sequence[float], *, repeat: int, heads: frozenset[int],
                used: float, tail: float = 0.0) -> tuple[list[int], float] | None:
    """Rows of a block that begin a PDF page (0: the block moves to a new page), and the
    height filled on its last page; the PDF writer's split, row for row. ``used`` is the
    height already filled where the block begins; ``tail`` what must follow the block on
    its last page (:func:`tail`: the PDF cuts the block earlier when it does not fit
    there, see ``render.pdf.flow.WithPrevious``). None where the PDF would fail."""
    room = geometry.ROOM
    fresh = geometry.FRAME_HEIGHT - 2 * geometry.FRAME_PADDING
    starts: list[int] = []
    first = repeat  # the block row the current page's body starts at
    avail = room - used
    for _ in range(len(heights) + 3):
        rows = list(range(repeat)) + list(range(first, len(heights)))
        cur = [heights[r] for r in rows]
        total = sum(cur)
        if total <= avail + _FUZZ:
            if not tail or total + tail <= avail + _FUZZ:
                return starts, room - avail + total
            # the line under the table does not fit: the PDF cuts the block earlier
            at = _break_at(cur, rows, avail - tail, repeat=repeat, heads=heads,
                                 fresh=fresh)
            if repeat < at < len(cur):
                first = rows[at]
                starts.append(first)
            elif avail < room and first == repeat:
                starts.append(0)  # the whole block goes over with the line
            else:
                return starts, room - avail + total  # the line alone, as the PDF has it
            avail = room
            continue
        at = _break_at(cur, rows, avail, repeat=repeat, heads=heads, fresh=fresh)
        if at <= repeat:
            if avail >= room:
                return None  # not even a fresh page holds its first row
            starts.append(first if first > repeat else 0)
        else:
            first = rows[at]
            starts.append(first)
        avail = room
    return None


def pdf_starts(form: Form, *, heading: bool = False) -> tuple[tuple[int, ...] | None, ...]:
    """For each block of ``form``, the rows that begin a PDF page (0: the block begins one),
    or None for a block the model cannot follow (the PDF breaks inside a row it cut: see
    :func:`pdf_blocks`) and for every block from the one where it cannot follow on.
    ``heading``: the PDF prints the form's heading line above it."""
    out: list[tuple[int, ...] | None] = []
    for rows, at in _worked(form, heading)[1]:
        starts = rows.block_starts(at) if at is not None else None
        out.append(tuple(starts) if starts is not None else None)
    return tuple(out)


def pdf_blocks(form: Form, *, heading: bool = False
               ) -> tuple[tuple[Block, tuple[int, ...] | None], ...]:
    """Each block of ``form`` with its rows cut as the PDF cuts them (:func:`cut_block`),
    and the rows of that block that begin a PDF page (as :func:`pdf_starts`; None where
    the model cannot follow the PDF): a copy made of these blocks can break wherever the
    PDF does, inside a long text too."""
    sizes, worked = _worked(form, heading)
    return tuple((cut_block(block, rows, sizes), tuple(at) if at is not None else None)
                 for block, (rows, at) in zip(form.blocks, worked, strict=True))


def cut_texts(form: Form, *, heading: bool = False) -> frozenset[tuple[int, str]]:
    """(column, text) of every cell whose text the PDF cuts over several rows (taller than
    a quarter of a page): the PDF draws such a text from the top of its rows, not centred
    in them as every other cell."""
    found: set[tuple[int, str]] = set()
    for block, (rows, _at) in zip(form.blocks, _worked(form, heading)[1], strict=True):
        if rows.cut:
            found.update((cell.col, cell.text) for cell in block.cells
                         if cell.rowspan == 1 and rows.cut.get(cell.row) == cell.col)
    return frozenset(found)


def _worked(form: Form, heading: bool) -> tuple[Sizes, tuple[tuple[Rows, list[int] | None], ...]]:
    """The form's measures, and each block's rows as the PDF sets them with the PDF rows
    that begin a page (None from the block on where the model cannot follow the PDF).

    Memoised per form object (the last :data:`KEPT` forms, each kept with its answer so
    that no other form takes its id): a form written as .docx and .xlsx in one process is
    worked out once (≈ 2 ms for 60 indicators).
    """
    key = (id(form), heading)
    found = _KEPT_STARTS.get(key)
    if found is not None and found[0] is form:
        return found[1]
    out: list[tuple[Rows, list[int] | None]] = []
    used = lead(form, heading=heading)
    sizes = Sizes(form)
    under = tail(form)  # the signature line: the last block's last page keeps room for it
    for index, block in enumerate(form.blocks):
        rows = row_heights(block, sizes)
        if used is None:
            out.append((rows, None))
            continue
        paged = page_starts(rows.heights, repeat=block.repeat_rows, heads=rows.heads,
                            used=used, tail=under if index == len(form.blocks) - 1 else 0.0)
        if paged is None:
            used = None
            out.append((rows, None))
            continue
        at, used = paged
        out.append((rows, at))
    answer = (sizes, tuple(out))
    if len(_KEPT_STARTS) >= KEPT:
        del _KEPT_STARTS[next(iter(_KEPT_STARTS))]
    _KEPT_STARTS[key] = (form, answer)
    return answer


KEPT = 16
"""Forms whose PDF pages :func:`pdf_starts` keeps (a batch worker renders one project's
few forms in every format, then the next)."""
_KEPT_STARTS: dict[tuple[int, bool],
                   tuple[Form, tuple[Sizes, tuple[tuple[Rows, list[int] | None], ...]]]] = {}

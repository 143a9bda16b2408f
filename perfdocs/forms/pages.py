"""Where a form's pages will break, and its row-spanning labels cut there.

Word and Excel print a merged cell once, in the part of it on its first page: an indicator
group (产出指标 / 数量指标) that runs onto the next page leaves the 一级/二级 columns of that
page blank, and Excel may even print the label on the page where the merge's middle falls.
The printed forms, like perfdocs' PDF, show the label on every page a group spans.

So the Word and Excel writers estimate where each page ends (each from its own row heights
and page size) with :func:`page_starts`, then cut every cell that spans a page start
there (:func:`cut_spans`): a printed caption is repeated in each part, a preparer's text
stays in the part where it begins. Each part then has its own frame, so the page also
ends on a rule. The writers then force the break where it was estimated (Excel: a manual
page break; Word: a new table after a page break), so that an office suite that lays out
rows a little shorter still breaks exactly there. Estimates err on the tall side: a page
then ends a little early, never after the estimated row. The Word writer breaks where the
PDF does instead (perfdocs/forms/pdf_pages) as far as its pages hold the PDF's rows
by that estimate (:func:`follow`).
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Sequence

from perfdocs.forms.grid import CAPTION_STYLES, Block, Cell, is_heading
from perfdocs.records import replace


def page_starts(heights: Sequence[float], *, repeat: int, used: float, room: float,
                n_cols: int = 0, block: Block | None = None,
                tail: float = 0.0) -> tuple[list[int], float]:
    """Rows of a block that begin a new page (0: the whole block starts on a new page),
    and the height filled on the block's last page.

    ``heights`` are the block's row heights, ``used`` the height already filled on the page
    where the block begins, ``room`` the height of a page; the first ``repeat`` rows are
    printed again at the top of every page. A row never splits but one taller than a
    page, which goes on from where it begins over the pages after (Word splits it: see
    ``render.docx.tables._taller_than``), and a heading row (项目实施计划：, when
    ``block`` is given) is kept with the row after it. The block starts on a new page
    when not even its repeated rows and first row fit where it begins. ``tail`` is the
    height of what must follow the block on its last page (the signature line under the
    table): when it does not fit there, the last rows go over with it, never the tail
    alone.
    """
    header = sum(heights[:repeat])
    headings = (frozenset(c.row for c in block.cells if is_heading(c, n_cols, block.n_rows))
                if block is not None else frozenset())
    starts: list[int] = []
    first = repeat  # first body row of the current page
    if (len(heights) > repeat and used > 0 and used + header + heights[repeat] > room
            and heights[repeat] <= room - header):
        starts.append(0)
        used = 0.0
    used += header
    row = repeat
    while row < len(heights):
        height = heights[row]
        if row in headings and row + 1 < len(heights):
            height += heights[row + 1]  # the heading goes over with the row it heads
        if used + height > room and row > first and heights[row] <= room - header:
            if row == len(heights) - 1 and row - 1 > first and row - 1 not in starts:
                # a last row (评分等级) does not go over alone when the row above can join it
                row -= 1
            starts.append(row)
            first = row
            used = header
        used += heights[row]
        if used > room:  # a row taller than a page: it ends where the next page begins
            used = header + (used - header) % room
        row += 1
    if tail and used + tail > room and len(heights) - 1 > first:
        row = len(heights) - 1
        if row - 1 > first:  # the last row (评分等级, 总分) takes the row above with it
            row -= 1
        starts.append(row)
        used = header + sum(heights[row:])
    return starts, used


def follow(heights: Sequence[float], wanted: Sequence[int], *, repeat: int, used: float,
           room: float, heads: frozenset[int] = frozenset(), tail: float = 0.0
           ) -> list[int] | None:
    """Page starts as near ``wanted`` (another program's, the PDF's) as ``room`` allows.

    Each page ends where ``wanted`` has it while its rows fit. A page that cannot hold
    the wanted rows ends at the last row that fits (never after a heading row in
    ``heads``, never leaving the last row alone), and the pages after it end at a wanted
    start again once one falls where they end anyway: a short page to get back in step
    would cost a page. The lines under the table (``tail``) that do not
    fit on the last page take its last two rows with them. None when not even one row
    fits on a page.
    """
    header = sum(heights[:repeat])
    n = len(heights)
    targets = [*sorted(s for s in set(wanted) if s > repeat), n]
    starts: list[int] = []
    if 0 in wanted:
        starts.append(0)
        used = 0.0
    filled = used + header
    first = repeat
    on_track = True
    while first < n:
        reach = first
        total = filled
        while reach < n and total + heights[reach] <= room:
            total += heights[reach]
            reach += 1
        if reach == n:
            after = [t for t in targets if t > first]
            if on_track and after[0] < n:  # the PDF still breaks (its signature line
                starts.append(after[0])    # took rows over): Word does too
                first, filled = after[0], header
                continue
            filled = total
            break
        end = reach
        if end == n - 1 and end - 1 > first:
            end -= 1  # the last row (评分等级, 总分) does not go over alone
        while end - 1 > first and end - 1 in heads:
            end -= 1  # a heading goes over with the row it heads
        # the wanted start of this page, if its rows fit; after a page that ended early,
        # only one the page reaches in any case (no short page to get back on track)
        after = [t for t in targets if t > first]
        if after[0] <= reach and (on_track or after[0] >= end):
            end, on_track = after[0], True
        else:
            on_track = False
        if end <= first:
            return None
        starts.append(end)
        first, filled = end, header
    if tail and filled + tail > room:
        row = n - 2 if n - 2 > first else n - 1
        if row <= first:
            return None
        starts.append(row)
    return sorted(set(starts))


def fitted(heights: Sequence[float], starts: Sequence[int], *, repeat: int, used: float,
           room: float, tail: float = 0.0) -> float | None:
    """The height filled on the block's last page when its pages start at ``starts`` (as
    :func:`page_starts` gives them), or None when a page holds more than ``room`` (its
    repeated rows included; ``tail`` on the last page)."""
    header = sum(heights[:repeat])
    cuts = sorted(set(starts))
    if cuts and cuts[0] == 0:
        used = 0.0
        cuts = cuts[1:]
    filled = used
    for index, (top, end) in enumerate(itertools.pairwise([repeat, *cuts, len(heights)])):
        filled = (used if index == 0 else 0.0) + header + sum(heights[top:end])
        if filled > room:
            return None
    return filled if filled + tail <= room else None


def cut_spans(block: Block, starts: Sequence[int],
              keep: Collection[tuple[int, int]] = ()) -> Block:
    """``block`` with every cell that spans one of ``starts`` cut into parts there.

    A caption (label or header style) is printed in each part; a preparer's text and a
    figure stay in the part where the cell begins, the other parts are empty. The repeated
    rows themselves are never cut: a caption spanning from them into the body (the 2020
    form's 绩效指标) is cut at the page starts below them. The cells at ``keep`` (row,
    column) stay whole: a text spread over several rows because one row could not hold it
    (the Excel copy), which its program prints on across the page break.
    """
    cuts = sorted(s for s in set(starts) if s > 0)
    if not cuts:
        return block
    out: list[Cell] = []
    for cell in block.cells:
        if cell.rowspan == 1 or (cell.row, cell.col) in keep:  # a one-row cell spans none
            out.append(cell)
            continue
        inside = [s for s in cuts if cell.row < s <= cell.last_row]
        if not inside:
            out.append(cell)
            continue
        edges = [cell.row, *inside, cell.last_row + 1]
        caption = cell.style in CAPTION_STYLES
        for index, (top, end) in enumerate(itertools.pairwise(edges)):
            text = cell.text if caption or index == 0 else ""
            number = cell.number if index == 0 else None
            out.append(replace(cell, row=top, text=text, rowspan=end - top, number=number,
                               number_style=cell.number_style if number is not None
                               else None))
    return Block(block.n_rows, tuple(out), block.repeat_rows, block.min_row_height)


def split_pages(block: Block, starts: Sequence[int]) -> list[Block]:
    """``block`` as one block per page, each led by the repeated rows (Word's tables).

    ``block`` must already be cut at ``starts`` (:func:`cut_spans`). A caption that spans
    from the repeated rows into the body covers the repeated rows of every part it goes
    on in, and stands in them alone on a part below its end (:func:`caption_pieces`).
    """
    cuts = sorted(s for s in set(starts) if s > block.repeat_rows)
    if not cuts:
        return [block]
    repeat = block.repeat_rows
    pieces = caption_pieces(block, cuts)
    bounds = [repeat, *cuts, block.n_rows]
    min_heights = list(block.min_row_height)
    parts: list[Block] = []
    for index, (top, end) in enumerate(itertools.pairwise(bounds)):
        cells: list[Cell] = []
        shift = top - repeat
        for cell in block.cells:
            if cell.row < repeat:
                if index == 0:
                    cells.append(_moved(cell, cell.row, min(cell.last_row, end - 1)))
                elif cell.last_row < repeat:
                    cells.append(cell)
                elif (top, cell.col) not in pieces:  # it ended on an earlier page
                    cells.append(in_repeated_rows(cell, repeat))
                continue
            if not top <= cell.row < end:
                continue
            head = pieces.get((cell.row, cell.col)) if index and cell.row == top else None
            if head is not None:
                cells.append(_moved(cell, head.row, cell.last_row - shift))
            else:
                cells.append(_moved(cell, cell.row - shift, cell.last_row - shift))
        if index == 0:
            cells = [c for c in cells if c.row < end]
        heights = min_heights[:repeat] + min_heights[top:end]
        n_rows = repeat + end - top
        parts.append(Block(n_rows, tuple(cells), repeat,
                           tuple(heights) if min_heights else ()))
    return parts


def caption_pieces(block: Block, cuts: Collection[int]) -> dict[tuple[int, int], Cell]:
    """The parts :func:`cut_spans` cut at the page starts ``cuts`` of a cell that runs on
    from the repeated rows into the body (the 2020 form's 绩效指标), by (row, column):
    each with that cell, whose place it takes under the header repeated on its page.

    A part is one only if it begins where the one above it ends, at a page start, in the
    cell's columns, with its style and the text cut_spans gives it. Any other cell that
    begins a page in that column (偏差原因, 总分 below an indicator table that ended on an
    earlier page) is a row of its own: merged into the repeated header, it made a row of
    more grid columns than the table has (tester14 F1). The cell itself then stands in
    the repeated rows alone, as the PDF prints it there.
    """
    repeat = block.repeat_rows
    at = frozenset(cuts)
    below = {(c.row, c.col): c for c in block.cells if c.row >= repeat}
    found: dict[tuple[int, int], Cell] = {}
    for head in block.cells:
        if not head.row < repeat <= head.last_row:
            continue
        text = head.text if head.style in CAPTION_STYLES else ""
        row = head.last_row + 1
        while row in at:
            part = below.get((row, head.col))
            if part is None or (part.colspan, part.style, part.text) != (
                    head.colspan, head.style, text):
                break
            found[(row, head.col)] = head
            row = part.last_row + 1
    return found


def in_repeated_rows(cell: Cell, repeat: int) -> Cell:
    """``cell``, which runs on from the ``repeat`` repeated rows into the body, in those
    rows alone (on a page below its end, see :func:`caption_pieces`). A caption set one
    character a line (绩\n效\n指\n标) is run together, as the PDF prints it there: the
    header rows are not as tall as the column of characters."""
    text = cell.text.replace("\n", "") if cell.style in CAPTION_STYLES else cell.text
    return replace(cell, rowspan=repeat - cell.row, text=text)


def _moved(cell: Cell, row: int, last_row: int) -> Cell:
    return replace(cell, row=row, rowspan=last_row - row + 1)

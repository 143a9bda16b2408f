"""A text spread over rows of one merged cell goes over to the next page whole when a page
holds it: the Excel copy breaks a page inside it only when it is taller than a page.

A text too tall for one Excel row (409 pt) is one merged cell over several rows. Its rows
end between two of its lines only in the face they were measured in (LibreOffice's, see
render/xlsx LINE_CYCLES); printed over a page break in another face or at another column
width, a program cut a line in two, printed lines on both pages, or left the rest of the
cell an empty box on the next page (tester14 F2: hubei-2020's 1,549-character 偏差原因 over
three rows, the break after the second; F3: sichuan-2023's 900-character 项目年度目标).
"""

from __future__ import annotations

import io
import re
import zipfile
from decimal import Decimal

from openpyxl import load_workbook

from perfdocs.forms.grid import Block, Cell, Fonts, Form
from perfdocs.render.xlsx.writer import render_xlsx, sheet_pages


def _breaks(data: bytes) -> list[int]:
    """The rows (1-based) a manual page break follows."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    return [int(b) for b in re.findall(r'<brk id="(\d+)"', sheet)]


def _form(items: int, filler: int) -> tuple[Form, str]:
    """A header, ``filler`` short rows, a row of captions, a text of ``items`` sentences
    under it, a last row."""
    text = "".join(f"第{i}项：全县学校完成培训任务，教师参训率达到百分之九十五以上。"
                   for i in range(1, items + 1))
    cells = [Cell(0, 0, "项目", style="header"), Cell(0, 1, "内容", style="header")]
    cells += [c for r in range(1, filler + 1)
              for c in (Cell(r, 0, f"行{r}"), Cell(r, 1, f"第{r}行的内容"))]
    top = filler + 1
    cells += [Cell(top, 0, "目标", style="label"), Cell(top, 1, "实际完成情况", style="label"),
              Cell(top + 1, 0, "年度总体目标", style="label"),
              Cell(top + 1, 1, text, align="left"),
              Cell(top + 2, 0, "下一行"), Cell(top + 2, 1, "短")]
    form = Form(kind="表", title="表", subtitle="", column_widths=(Decimal(1), Decimal(3)),
                blocks=(Block(n_rows=top + 3, cells=tuple(cells), repeat_rows=1),),
                fonts=Fonts(body_size=Decimal(9)))
    return form, text


def test_a_text_a_page_holds_goes_over_whole() -> None:
    form, text = _form(items=60, filler=15)
    data = render_xlsx([form])
    ws = load_workbook(io.BytesIO(data)).worksheets[0]
    span = next(r for r in ws.merged_cells.ranges if ws.cell(r.min_row, 2).value == text)
    rows = range(span.min_row, span.max_row + 1)
    assert len(rows) >= 2  # spread over rows (taller than 409 pt), shorter than a page
    assert sum(ws.row_dimensions[r].height for r in rows) < 700
    breaks = _breaks(data)
    assert not any(span.min_row <= b < span.max_row for b in breaks), (span, breaks)
    # the page begins with the text (where the PDF's does) or with its captions above it
    assert {span.min_row - 1, span.min_row - 2} & set(breaks)


def test_a_text_taller_than_a_page_is_still_broken_inside() -> None:
    form, text = _form(items=160, filler=5)
    data = render_xlsx([form])
    ws = load_workbook(io.BytesIO(data)).worksheets[0]
    span = next(r for r in ws.merged_cells.ranges if ws.cell(r.min_row, 2).value == text)
    assert any(span.min_row <= b < span.max_row for b in _breaks(data))


def test_sheet_pages_keep_a_whole_range_together() -> None:
    rows = [10.0] * 12
    none: frozenset[int] = frozenset()
    assert sheet_pages(rows, [], titles=None, heads=none, room=55) == [5, 10]
    # rows 4–6 one text: the page ends before it, not inside it
    assert sheet_pages(rows, [], titles=None, heads=none, room=55, whole=[(4, 7)]) == [4, 9]
    # a range no page holds is broken where the page is full
    assert sheet_pages(rows, [], titles=None, heads=none, room=55, whole=[(2, 9)]) == [5, 10]

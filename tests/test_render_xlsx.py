"""The xlsx renderer: layout, merges, borders, exact figures, print setup, safety, bytes."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import zipfile
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from perfdocs.errors import RenderError
from perfdocs.forms.grid import Block, Cell, Fonts, Form
from perfdocs.layouts.layout import NumberStyle
from perfdocs.records import replace
from perfdocs.render.xlsx.numberformat import excel_format
from perfdocs.render.xlsx.writer import could_title, render_xlsx, sheet_title
from tests.conftest import need
from tests.sample_forms import SHEET_NAME, sample_form

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
TOP_FIRST_ROW = 3
"""Sheet row of the top block's first row (after the title and subtitle rows)."""
INDICATOR_FIRST_ROW = TOP_FIRST_ROW + 9
"""Sheet row of the indicator header (the top block of the sample has nine rows)."""


def ref(row: int, col: int) -> str:
    """Excel reference of a 1-based sheet row and 0-based form column."""
    return f"{get_column_letter(col + 1)}{row}"


class Package:
    """The raw XML parts of a rendered workbook, for what openpyxl's reader would hide."""

    def __init__(self, data: bytes) -> None:
        self.zip = zipfile.ZipFile(io.BytesIO(data))
        self.styles = ElementTree.fromstring(self.zip.read("xl/styles.xml"))

    def sheet_xml(self, index: int = 1) -> bytes:
        return self.zip.read(f"xl/worksheets/sheet{index}.xml")

    def cells(self, index: int = 1) -> dict[str, ElementTree.Element]:
        root = ElementTree.fromstring(self.sheet_xml(index))
        return {c.get("r"): c for c in root.iterfind(".//m:sheetData/m:row/m:c", NS)}

    def border_sides(self, cell: ElementTree.Element) -> dict[str, str | None]:
        """Border style of each side of a cell, looked up through its cell format."""
        xfs = self.styles.find("m:cellXfs", NS)
        xf = list(xfs)[int(cell.get("s", "0"))]
        border = list(self.styles.find("m:borders", NS))[int(xf.get("borderId", "0"))]
        sides = {}
        for side in ("left", "right", "top", "bottom"):
            element = border.find(f"m:{side}", NS)
            sides[side] = None if element is None else element.get("style")
        return sides


@pytest.fixture(scope="module")
def form() -> Form:
    return sample_form(60)


@pytest.fixture(scope="module")
def data(form: Form) -> bytes:
    return render_xlsx([form])


@pytest.fixture(scope="module")
def sheet(data: bytes):
    return load_workbook(io.BytesIO(data)).worksheets[0]


@pytest.fixture(scope="module")
def package(data: bytes) -> Package:
    return Package(data)


def merged(ws) -> set[str]:
    return {str(r) for r in ws.merged_cells.ranges}


def page_breaks(package: Package) -> list[int]:
    """Sheet rows after which a manual page break is set."""
    root = ElementTree.fromstring(package.sheet_xml())
    return [int(b.get("id")) for b in root.iterfind("m:rowBreaks/m:brk", NS)]


def pieces(col: str, top: int, bottom: int, breaks: list[int]) -> list[tuple[int, int]]:
    """Rows top..bottom of a merged label cut where pages break."""
    edges = [top] + [b + 1 for b in breaks if top < b + 1 <= bottom] + [bottom + 1]
    return list(zip(edges, [e - 1 for e in edges[1:]], strict=False))


def cut_blocks(form: Form, package: Package) -> list[Block]:
    """The form's blocks cut at the sheet's page breaks, as the renderer must have."""
    from perfdocs.forms.pages import cut_spans

    breaks = page_breaks(package)
    out, first = [], TOP_FIRST_ROW
    for block in form.blocks:
        starts = [b + 1 - first for b in breaks if first <= b + 1 < first + block.n_rows]
        out.append(cut_spans(block, starts))
        first += block.n_rows
    return out


# --- layout -------------------------------------------------------------------------------


def test_title_and_subtitle_are_merged_across_the_grid(sheet, form: Form) -> None:
    last = get_column_letter(form.n_cols)
    assert {f"A1:{last}1", f"A2:{last}2"} <= merged(sheet)
    assert sheet["A1"].value == "财政项目支出绩效自评表"
    assert sheet["A1"].font.b is True
    assert Decimal(str(sheet["A1"].font.sz)) == form.fonts.title_size
    assert sheet["A2"].value == "（2024年度）"
    assert Decimal(str(sheet["A2"].font.sz)) == form.fonts.subtitle_size
    assert sheet["A1"].alignment.horizontal == "center"


def test_blocks_follow_each_other_without_a_gap(sheet) -> None:
    assert sheet[ref(TOP_FIRST_ROW, 0)].value == "项目名称"
    assert sheet[ref(TOP_FIRST_ROW, 1)].value == "第48届世赛筹办场地经理跟岗学习经费"
    assert sheet[ref(INDICATOR_FIRST_ROW, 0)].value == "一级指标"
    assert sheet[ref(INDICATOR_FIRST_ROW + 1, 2)].value == "培训指导和咨询的参会人数（第1项）"
    assert sheet.max_row == INDICATOR_FIRST_ROW + 60 + 2


def test_merges_follow_the_form(sheet, package: Package) -> None:
    ranges = merged(sheet)
    funds = TOP_FIRST_ROW + 2
    assert f"A{funds}:A{funds + 4}" in ranges  # 项目资金（万元） over five rows
    assert f"B{TOP_FIRST_ROW}:I{TOP_FIRST_ROW}" in ranges  # the project name
    first = INDICATOR_FIRST_ROW + 1
    breaks = page_breaks(package)
    assert breaks  # 60 indicators run over several pages
    for col, top, bottom, label in (("A", first, first + 29, "产出指标"),
                                    ("A", first + 30, first + 59, "效益指标"),
                                    ("B", first, first + 29, "数量指标")):
        # a group's label is merged down its rows, cut where a page breaks, and printed
        # at the top of each part
        for a, b in pieces(col, top, bottom, breaks):
            assert sheet[f"{col}{a}"].value == label
            assert a == b or f"{col}{a}:{col}{b}" in ranges
    assert f"C{INDICATOR_FIRST_ROW}:D{INDICATOR_FIRST_ROW}" in ranges  # 三级指标 heading
    for i in range(60):
        assert f"C{first + i}:D{first + i}" in ranges  # each 三级指标 text
    assert f"G{first + 61}:I{first + 61}" in ranges  # 评分等级 value


def test_merge_count_matches_the_form(sheet, form: Form, package: Package) -> None:
    spans = [c for b in cut_blocks(form, package) for c in b.cells
             if c.rowspan > 1 or c.colspan > 1]
    assert len(merged(sheet)) == len(spans) + 2  # plus title and subtitle


def test_every_grid_position_is_ruled_including_covered_ones(package: Package,
                                                             form: Form) -> None:
    cells = package.cells()
    last_row = INDICATOR_FIRST_ROW + form.blocks[1].n_rows - 1
    thin = dict.fromkeys(("left", "right", "top", "bottom"), "thin")
    for row in range(TOP_FIRST_ROW, last_row + 1):
        for col in range(form.n_cols):
            position = ref(row, col)
            assert position in cells, position
            assert package.border_sides(cells[position]) == thin, position


def test_covered_position_of_a_merge_has_a_border(sheet, package: Package) -> None:
    covered = f"A{TOP_FIRST_ROW + 4}"  # inside the five-row funds label
    assert package.border_sides(package.cells()[covered])["left"] == "thin"
    assert sheet[covered].border.left.style == "thin"
    assert sheet[f"D{INDICATOR_FIRST_ROW + 1}"].border.right.style == "thin"


def test_titles_are_not_ruled(package: Package) -> None:
    assert set(package.border_sides(package.cells()["A1"]).values()) == {None}


def test_fonts_and_alignment(sheet) -> None:
    label = sheet[ref(TOP_FIRST_ROW, 0)]
    assert label.font.name == "宋体"
    assert Decimal(str(label.font.sz)) == Decimal(10)
    assert not label.font.b
    assert sheet[ref(INDICATOR_FIRST_ROW, 0)].font.b is True  # header
    text = sheet[ref(TOP_FIRST_ROW, 1)]
    assert text.alignment.horizontal == "left"
    assert text.alignment.vertical == "center"
    assert text.alignment.wrap_text is True
    figure = sheet[ref(INDICATOR_FIRST_ROW + 1, 6)]
    assert figure.alignment.horizontal == "right"
    total = sheet[ref(INDICATOR_FIRST_ROW + 61, 6)]
    assert total.font.b is True and total.alignment.horizontal == "center"


def test_column_widths_add_up_to_about_one_hundred(sheet, form: Form) -> None:
    widths = [Decimal(str(sheet.column_dimensions[get_column_letter(i + 1)].width))
              for i in range(form.n_cols)]
    assert abs(sum(widths) - 100) < Decimal("0.1")
    assert widths[8] > widths[2] > widths[0]  # proportions follow the form


# --- figures and text ---------------------------------------------------------------------


def test_figures_are_exact_numbers_with_their_format(sheet, package: Package,
                                                     form: Form) -> None:
    cells = package.cells()
    first_rows = [TOP_FIRST_ROW, INDICATOR_FIRST_ROW]
    checked = 0
    for block, first in zip(form.blocks, first_rows, strict=True):
        for cell in block.cells:
            if cell.number is None:
                continue
            position = ref(first + cell.row, cell.col)
            raw = cells[position]
            assert raw.get("t") in (None, "n"), position
            assert Decimal(raw.find("m:v", NS).text) == cell.number, position
            assert Decimal(str(sheet[position].value)) == cell.number
            assert cell.number_style is not None
            assert sheet[position].number_format == excel_format(cell.number_style)
            checked += 1
    assert checked > 100


def test_figures_keep_their_exact_digits() -> None:
    """openpyxl alone would write 97.76 as 97.76000000000001 (via a float)."""
    values = ["97.76", "0.1", "12345678901234.56", "-0.05", "1E+2", "0.000001"]
    cells = tuple(Cell(i, 0, v, style="number", number=Decimal(v), number_style=NumberStyle())
                  for i, v in enumerate(values))
    form = tiny_form(["x"] * len(values), blocks=(Block(n_rows=len(values), cells=cells),))
    raw = Package(render_xlsx([form])).cells()
    written = [raw[f"A{3 + i}"].find("m:v", NS).text for i in range(len(values))]
    assert written == ["97.76", "0.1", "12345678901234.56", "-0.05", "100", "0.000001"]


def test_a_non_finite_figure_is_a_render_error() -> None:
    cells = (Cell(0, 0, "NaN", style="number", number=Decimal("NaN"),
                  number_style=NumberStyle()),)
    form = tiny_form(["x"], blocks=(Block(n_rows=1, cells=cells),))
    with pytest.raises(RenderError, match="数值无效"):
        render_xlsx([form])


def test_text_that_looks_like_a_figure_stays_text(sheet) -> None:
    dash = sheet[ref(TOP_FIRST_ROW + 4, 6)]  # "-" in 分数
    assert dash.value == "-" and dash.data_type == "s"


def tiny_form(texts: list[str], **changes) -> Form:
    """A one-block form with one cell per text in a single column (its sheet is named by its
    kind, 表, unless render_xlsx is given names)."""
    cells = tuple(Cell(i, 0, t, align="left", field=f"x[{i}]") for i, t in enumerate(texts))
    form = Form(kind="表", title="表", subtitle="", column_widths=(Decimal(1),),
                blocks=(Block(n_rows=len(texts), cells=cells),))
    return replace(form, **changes)


def test_formula_like_text_is_stored_as_text() -> None:
    texts = ["=1+1", "+SUM(A1)", "-2", "@x", "=HYPERLINK(\"http://x\")", "#N/A", "=="]
    data = render_xlsx([tiny_form(texts)])
    xml = Package(data).sheet_xml()
    assert b"<f>" not in xml and b"<f " not in xml
    ws = load_workbook(io.BytesIO(data)).worksheets[0]
    for i, text in enumerate(texts):
        cell = ws.cell(row=3 + i, column=1)
        assert cell.value == text
        assert cell.data_type == "s"


def test_forced_line_breaks_and_spaces_survive() -> None:
    texts = ["第一行\n第二行", "  前后空格  "]
    ws = load_workbook(io.BytesIO(render_xlsx([tiny_form(texts)]))).worksheets[0]
    assert ws["A3"].value == "第一行\n第二行"
    assert ws["A4"].value == "  前后空格  "


def test_control_characters_are_a_render_error() -> None:
    with pytest.raises(RenderError) as caught:
        render_xlsx([tiny_form(["好", "坏\x07字"])])
    assert "x[1]" in caught.value.message
    assert "控制字符" in caught.value.message


def test_text_longer_than_excel_allows_is_a_render_error() -> None:
    with pytest.raises(RenderError, match="32767"):
        render_xlsx([tiny_form(["字" * 32768])])


def test_no_forms_is_a_render_error() -> None:
    with pytest.raises(RenderError):
        render_xlsx([])


def test_bad_column_widths_are_a_render_error() -> None:
    with pytest.raises(RenderError, match="列宽"):
        render_xlsx([tiny_form(["x"], column_widths=(Decimal(0),))])


def test_footer_follows_the_grid_unruled() -> None:
    data = render_xlsx([tiny_form(["a", "b"], footer="填表人：张三")])
    ws = load_workbook(io.BytesIO(data)).worksheets[0]
    assert ws["A5"].value == "填表人：张三"
    assert ws["A5"].border.left.style is None
    assert ws.print_area == "'表'!$A$1:$A$5"


# --- row heights --------------------------------------------------------------------------


def heights(ws, rows: range) -> list[Decimal]:
    return [Decimal(str(ws.row_dimensions[r].height)) for r in rows]


def test_rows_grow_with_their_text(sheet) -> None:
    first = INDICATOR_FIRST_ROW + 1
    with_reason, without = heights(sheet, range(first, first + 2))  # 偏差原因 on i % 3 == 0
    assert with_reason > without
    goal = heights(sheet, range(TOP_FIRST_ROW + 8, TOP_FIRST_ROW + 9))[0]  # 年度总体目标 text
    assert goal > 4 * with_reason / 2
    everything = heights(sheet, range(1, sheet.max_row + 1))
    assert min(everything) >= 18 and max(everything) <= 409


def test_forced_line_breaks_count_as_lines() -> None:
    ws = load_workbook(io.BytesIO(render_xlsx([tiny_form(["一", "一\n二\n三\n四"])]))).worksheets[0]
    one, four = heights(ws, range(3, 5))
    assert four > 3 * one / 2
    assert four >= 4 * Decimal("13.5")


def test_a_merged_cell_spreads_its_lines_over_its_rows() -> None:
    long = "很长的说明文字" * 30
    cells = (Cell(0, 0, long, rowspan=3), Cell(0, 1, "a"), Cell(1, 1, "b"), Cell(2, 1, "c"))
    form = Form(kind="k", title="t", subtitle="s", column_widths=(Decimal(1), Decimal(1)),
                blocks=(Block(n_rows=3, cells=cells),))
    ws = load_workbook(io.BytesIO(render_xlsx([form]))).worksheets[0]
    rows = heights(ws, range(3, 6))
    assert len(set(rows)) == 1  # spread evenly
    assert sum(rows) >= 210 // 50 * Decimal("13.5")  # 420 half-ems in a 50-unit column


def test_a_text_too_tall_for_one_row_spans_rows_that_hold_it() -> None:
    """Excel's row is at most 409 pt: a longer text was centred in one and clipped top and
    bottom (tester6: 第1–6项 and 第28–30项 of a 实际完成情况 nowhere on screen or paper). Its
    row becomes rows of at most a quarter page, its cells merged over them, the whole text in
    the one cell."""
    text = "".join(f"第{i}项：全县学校完成培训任务，教师参训率达到百分之九十五以上。"
                   for i in range(1, 61)) + "结束END1"
    cells = (Cell(0, 0, "实际完成情况", style="label"), Cell(0, 1, text, align="left"),
             Cell(1, 0, "下一行"), Cell(1, 1, "短"))
    form = Form(kind="表", title="表", subtitle="", column_widths=(Decimal(1), Decimal(3)),
                blocks=(Block(n_rows=2, cells=cells),))
    ws = load_workbook(io.BytesIO(render_xlsx([form]))).worksheets[0]
    merged = {str(r) for r in ws.merged_cells.ranges}
    span = next(r for r in ws.merged_cells.ranges if r.min_row == 3 and r.min_col == 2)
    assert ws.cell(3, 2).value == text and span.max_row > 3
    assert f"A3:A{span.max_row}" in merged  # the label spans the same rows
    rows = heights(ws, range(3, span.max_row + 1))
    assert max(rows) < 409 / 1.5 and sum(rows) > 409 * 1.5  # rows of a quarter page
    assert ws.cell(span.max_row + 1, 1).value == "下一行"
    assert heights(ws, range(span.max_row + 1, span.max_row + 2))[0] < 60


def test_a_text_the_pdf_cuts_starts_at_the_top_of_its_cell() -> None:
    """The PDF cuts a text taller than a quarter of a page over rows and draws it from the
    top; centred in Excel, a text spread over rows began a third of the way down, the
    space above it blank (tester7, 实际完成情况 of the long 自评表). Such texts start at the
    top: one spread over rows (too tall for Excel's 409 pt) and one a single row holds;
    the short cells beside them and a label over them stay centred, as in the PDF."""
    spread = "".join(f"第{i}项：全县学校完成培训任务，教师参训率达到百分之九十五以上。"
                     for i in range(1, 61))
    cut = "部分乡村学校教师工学矛盾突出，集中培训参训率偏低。" * 30  # ≈ 19 lines: cut, one row
    cells = (Cell(0, 0, "实际完成情况", style="label"), Cell(0, 1, spread, align="left"),
             Cell(1, 0, "偏差原因", style="label"), Cell(1, 1, cut, align="left"),
             Cell(2, 0, "下一行"), Cell(2, 1, "短"))
    form = Form(kind="表", title="表", subtitle="", column_widths=(Decimal(1), Decimal(3)),
                blocks=(Block(n_rows=3, cells=cells),))
    ws = load_workbook(io.BytesIO(render_xlsx([form]))).worksheets[0]
    where = {ws.cell(r, c).value: ws.cell(r, c) for r in range(1, ws.max_row + 1)
             for c in (1, 2) if ws.cell(r, c).value}
    assert where[spread].row == 3 and ws.row_dimensions[4].height is not None  # spread
    assert where[cut].row > 4  # under the spread rows, in one row of its own
    assert not any(r.min_row == where[cut].row for r in ws.merged_cells.ranges)
    assert [where[t].alignment.vertical for t in (spread, cut)] == ["top", "top"]
    assert {where[t].alignment.vertical for t in ("实际完成情况", "偏差原因", "下一行", "短")} \
        == {"center"}


def test_a_merged_cell_printed_across_a_page_break_starts_at_its_top() -> None:
    """A row spread over rows is kept whole where a page breaks inside it: its short cells
    (a label, 预期目标) were centred in rows over two pages and printed on the break, cut
    in two, half at the foot of one page and half at the head of the next (tester7's long
    自评表, 预期目标). Such a merge starts at its top; the cells of rows on one page stay
    centred."""
    form, text = _long_text_form()
    data = render_xlsx([form])
    ws = load_workbook(io.BytesIO(data)).worksheets[0]
    breaks = page_breaks(Package(data))
    label = next(r for r in ws.merged_cells.ranges if ws.cell(r.min_row, 1).value == "年度总体目标")
    assert any(label.min_row <= b < label.max_row for b in breaks)  # printed over a break
    assert ws.cell(label.min_row, 1).alignment.vertical == "top"
    assert ws.cell(label.min_row, 2).value == text
    assert ws.cell(label.min_row, 2).alignment.vertical == "top"
    assert {ws.cell(label.max_row + 1, c).alignment.vertical for c in (1, 2)} == {"center"}
    assert {ws.cell(3, c).alignment.vertical for c in (1, 2)} == {"center"}  # the header


def _long_text_form(size: Decimal = Decimal(10), items: int = 100) -> tuple[Form, str]:
    text = "".join(f"第{i}项：全县学校完成培训任务，教师参训率达到百分之九十五以上。"
                   for i in range(1, items + 1)) + "结束END1"
    cells = (Cell(0, 0, "项目", style="header"), Cell(0, 1, "实际完成情况", style="header"),
             Cell(1, 0, "年度总体目标", style="label"), Cell(1, 1, text, align="left"),
             Cell(2, 0, "下一行"), Cell(2, 1, "短"))
    form = Form(kind="表", title="表", subtitle="", column_widths=(Decimal(1), Decimal(3)),
                blocks=(Block(n_rows=3, cells=cells),), fonts=Fonts(body_size=size))
    return form, text


@pytest.mark.parametrize("size", [Decimal(9), Decimal(10)])
def test_the_rows_of_a_long_text_end_between_its_lines(size: Decimal) -> None:
    """LibreOffice prints a merged cell over a page break by cutting it at the break: the
    line there was printed half at the foot of one page, half at the head of the next
    (tester9 R10). The rows a long text is spread over end on LibreOffice's line grid (a
    whole number of lines in both faces it gives 宋体, a little below), on its pixels; the
    last row takes the rest."""
    from perfdocs.render.xlsx.writer import LINE_CYCLES

    form, _text = _long_text_form(size)
    data = render_xlsx([form])
    ws = load_workbook(io.BytesIO(data)).worksheets[0]
    span = next(r for r in ws.merged_cells.ranges if r.min_row == 4 and r.min_col == 2)
    rows = heights(ws, range(span.min_row, span.max_row + 1))
    cycle = LINE_CYCLES[size] * 72 / 2540  # points
    assert len(rows) > 3 and sum(rows) >= 409
    end = Decimal(0)
    for row in rows[:-1]:
        end += row
        assert end % Decimal("0.75") == 0  # whole pixels
        lines = end / cycle
        assert Decimal("0.3") / cycle < lines - int(lines) < Decimal("1.5") / cycle, end
    assert any(span.min_row <= b < span.max_row for b in page_breaks(Package(data)))


def _bands(column: list[int]) -> list[tuple[int, int]]:
    """(first row, height) of each run of inked pixel rows."""
    bands: list[tuple[int, int]] = []
    row = 0
    while row < len(column):
        if column[row]:
            start = row
            while row < len(column) and column[row]:
                row += 1
            bands.append((start, row - start))
        row += 1
    return bands


def _ink(pgm: bytes) -> tuple[int, int, bytes]:
    """Width, height and pixels (one byte each) of a binary PGM."""
    magic, width, height, _max, pixels = pgm.split(maxsplit=4)
    assert magic == b"P5"
    return int(width), int(height), pixels


@pytest.mark.office
@pytest.mark.parametrize("size", [Decimal(9), Decimal(10)])
@pytest.mark.parametrize("faces", ["machine", "uming"])
def test_libreoffice_cuts_no_line_of_a_long_text_at_the_page_break(
        tmp_path: Path, size: Decimal, faces: str) -> None:
    """LibreOffice's print of a text spread over rows across a page break (tester9 R10):
    the next page begins with a whole line, under the print area's top, and the page before
    ends with a whole one (pixels at 300 dpi: the text column's ink, line by line; a line cut
    by the break left a band of a few pixel rows at the edge). With the faces the machine
    gives 宋体, and with AR PL UMing (the office tests' fonts)."""
    import os

    from perfdocs.render.xlsx.writer import MARGINS
    from tests.test_office_fidelity import FONTS_CONF
    from tests.test_xlsx_pdf_pages import CALIBRI

    form, _text = _long_text_form(size, items=100 if size == 10 else 150)
    book = tmp_path / "f.xlsx"
    book.write_bytes(render_xlsx([form]))
    env = dict(os.environ)
    if faces == "uming":
        conf = tmp_path / "fonts.conf"
        conf.write_text(FONTS_CONF.replace("</fontconfig>", CALIBRI), encoding="utf-8")
        env["FONTCONFIG_FILE"] = str(conf)
    subprocess.run([need("soffice"), f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(book)], check=True, capture_output=True, timeout=300, env=env)
    subprocess.run([need("pdftoppm"), "-r", "300", "-gray", str(tmp_path / "f.pdf"),
                    str(tmp_path / "p")], check=True, timeout=120)
    pages = sorted(tmp_path.glob("p-*.pgm"))
    assert len(pages) >= 2
    dpi = 300 / 72
    top = int(float(MARGINS["top"]) * 72 * dpi)  # the print area's first pixel row
    columns = []
    for page in pages:
        width, height, pixels = _ink(page.read_bytes())
        bottom = height - int(float(MARGINS["bottom"]) * 72 * dpi)  # above the page number
        left, right = width * 2 // 5, width * 9 // 10  # the text's column, its rules aside
        ruled = {x for x in range(left, right)
                 if sum(pixels[y * width + x] < 160 for y in range(top, bottom, 7))
                 > (bottom - top) // 14}
        column = [sum(pixels[y * width + x] < 160 for x in range(left, right, 2)
                      if x not in ruled) for y in range(bottom)]
        columns.append((column, top))
    full = sorted(h for column, _ in columns for _, h in _bands(column[top:]))
    line = full[len(full) // 2]  # a line's ink, most bands being whole lines
    first_page = _bands(columns[0][0][top:])
    second_page = _bands(columns[1][0][top:])
    assert second_page[0][0] >= 1, "第 2 页第一行被页边切去上半"
    assert second_page[0][1] >= line * 0.8, f"第 2 页第一行不完整：{second_page[0]}，行高 {line}"
    assert first_page[-1][1] >= line * 0.8, f"第 1 页最后一行不完整：{first_page[-1]}，行高 {line}"
    assert len(second_page) > 5  # the text goes on over the break


@pytest.mark.office
def test_libreoffice_prints_the_whole_long_text(tmp_path: Path) -> None:
    """LibreOffice's print of the sheet shows a text too tall for one Excel row from its
    first line, under the row above, to its last, over the row below (tester6: centred in
    409 pt, its first lines were drawn over the header and clipped, its last under the next
    row). The text goes on over the page break."""
    form, _text = _long_text_form()
    book = tmp_path / "f.xlsx"
    book.write_bytes(render_xlsx([form]))
    subprocess.run([need("soffice"), f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(book)], check=True, capture_output=True, timeout=300)
    out = subprocess.run([need("pdftotext"), "-bbox", str(tmp_path / "f.pdf"), "-"],
                         check=True, capture_output=True, text=True).stdout
    words: list[tuple[int, float, str]] = []  # page, top, word
    for page, part in enumerate(out.split("<page ")[1:], start=1):
        words += [(page, float(top), word) for top, word in
                  re.findall(r'yMin="([\d.]+)"[^>]*>([^<]*)</word>', part)]

    def first(key: str) -> tuple[int, float]:
        return next((p, y) for p, y, w in words if key in w)

    assert first("第1项") > first("实际完成情况")
    ends = [(p, y) for p, y, w in words if "END1" in w]
    below = first("下一行")
    assert ends and any(end < below for end in ends)
    assert {p for p, _y, w in words if "END1" in w} != {1}  # it went on to the next page


def test_layout_minimum_row_heights_are_kept() -> None:
    form = tiny_form(["a", "b"])
    block = replace(form.blocks[0], min_row_height=(Decimal(60), Decimal(0)))
    ws = load_workbook(io.BytesIO(render_xlsx([replace(form, blocks=(block,))]))).worksheets[0]
    first, second = heights(ws, range(3, 5))
    assert first == 60 and second < 60


# --- print setup --------------------------------------------------------------------------


def test_print_setup(sheet) -> None:
    assert sheet.page_setup.paperSize == 9
    assert sheet.page_setup.orientation == "portrait"
    assert sheet.page_setup.fitToWidth == 1
    assert sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
    assert sheet.print_options.horizontalCentered is True
    # the PDF's page: 15 mm at the sides, the first row where the PDF's first line is
    margins = sheet.page_margins
    assert margins.left == margins.right == pytest.approx(15 / 25.4, abs=1e-4)
    assert margins.top * 72 == pytest.approx(15 / 25.4 * 72 + 6, abs=0.01)
    assert margins.bottom * 72 == pytest.approx(15 / 25.4 * 72 + 6 - 14, abs=0.01)
    assert margins.footer < margins.bottom
    assert sheet.print_title_rows == "$12:$12"


def test_sheet_pages_follow_the_pdfs_breaks_as_far_as_they_fit() -> None:
    """Two title rows, a repeated header row (2) and 12 rows of 10 pt on pages of 70 pt,
    the PDF breaking before rows 7 and 11: the sheet breaks there while its pages hold
    them. A taller row 5 ends the first page early; the next page then ends where it is
    full (12), not at the PDF's 11 (a page of one row more would cost a page)."""
    from perfdocs.render.xlsx.writer import sheet_pages

    rows = [10.0] * 15
    none: frozenset[int] = frozenset()
    assert sheet_pages(rows, [7, 11], titles=(2, 3), heads=none, room=70) == [7, 11]
    taller = [*rows[:5], 20.0, *rows[6:]]
    assert sheet_pages(taller, [7, 11], titles=(2, 3), heads=none, room=70) == [6, 12]
    # the PDF breaks where the sheet's page would hold more: the sheet breaks there too
    assert sheet_pages(rows, [4], titles=None, heads=none, room=500) == [4]
    # without the PDF's breaks: where a page is full, a heading kept with the row it
    # heads, the last row never alone
    assert sheet_pages(rows, [], titles=(2, 3), heads=none, room=70) == [7, 13]
    assert sheet_pages(rows, [], titles=(2, 3), heads=frozenset({6}), room=70) == [6, 12]
    assert sheet_pages(rows[:14], [], titles=(2, 3), heads=none, room=70) == [7, 12]


def test_print_titles_in_the_raw_workbook(data: bytes) -> None:
    workbook = zipfile.ZipFile(io.BytesIO(data)).read("xl/workbook.xml").decode()
    assert re.search(r'_xlnm.Print_Titles[^>]*>[^<]*\$12:\$12<', workbook)
    sheet = Package(data).sheet_xml().decode()
    assert 'fitToWidth="1"' in sheet and 'fitToHeight="0"' in sheet
    assert 'paperSize="9"' in sheet


def test_no_print_titles_without_repeated_rows() -> None:
    ws = load_workbook(io.BytesIO(render_xlsx([tiny_form(["a"])]))).worksheets[0]
    assert not ws.print_title_rows


# --- sheets -------------------------------------------------------------------------------


def test_one_sheet_per_form_in_order() -> None:
    forms = [tiny_form(["一"]), tiny_form(["二"]), tiny_form(["三"])]
    workbook = load_workbook(io.BytesIO(render_xlsx(forms, sheet_names=["甲", "乙", "甲"])))
    assert workbook.sheetnames == ["甲", "乙", "甲(2)"]
    assert [ws["A3"].value for ws in workbook.worksheets] == ["一", "二", "三"]


def test_sheet_titles_are_made_valid() -> None:
    used: set[str] = set()
    assert sheet_title("a[b]:c*d?e/f\\g", used) == "a_b__c_d_e_f_g"
    long = "很" * 40
    assert sheet_title(long, used) == "很" * 20 + "…" + "很" * 10
    assert sheet_title(long, used) == "很" * 18 + "…" + "很" * 9 + "(2)"
    assert sheet_title(long, used) == "很" * 18 + "…" + "很" * 9 + "(3)"
    assert sheet_title("Sheet", used) == "Sheet"
    assert sheet_title("SHEET", used) == "SHEET(2)"  # Excel ignores case
    assert sheet_title("", used) == "表"
    assert sheet_title("'引号'", used) == "引号"
    assert sheet_title("History", used) == "History(2)"


def test_long_names_alike_but_for_their_end_get_tabs_that_tell_them_apart() -> None:
    """tester14 F8: two 36-character names ending 「（一期）」 and 「（二期）」 got the tabs
    「<first 31 characters>」 and 「<first 28>(2)」: the 期次 a reviewer picks the sheet by was
    cut off. A long name keeps its end around 「…」, and is still matched to its sheet."""
    stem = "珺玥堃镕区社区综合服务能力提升及老旧小区改造配套专项补助资金项目"
    names = [f"{stem}（一期）", f"{stem}（二期）"]
    used: set[str] = set()
    titles = [sheet_title(name, used) for name in names]
    assert titles == [stem[:20] + "…" + "补助资金项目（一期）", stem[:20] + "…" + "补助资金项目（二期）"]
    for name, title in zip(names, titles, strict=True):
        assert could_title(name, title)
        assert could_title(name, name[:31])  # as an earlier perfdocs titled it
    assert not could_title(names[0], titles[1]) and not could_title(names[1], titles[0])


@given(st.lists(st.text(max_size=40), min_size=1, max_size=12))
def test_sheet_titles_are_always_valid_and_unique(names: list[str]) -> None:
    used: set[str] = set()
    titles = [sheet_title(n, used) for n in names]
    assert len({t.casefold() for t in titles}) == len(titles)
    for title in titles:
        assert 1 <= len(title) <= 31
        assert not set(title) & set("[]:*?/\\")
        assert not title.startswith("'") and not title.endswith("'")


# --- reproducibility ----------------------------------------------------------------------


def test_same_forms_give_the_same_bytes(form: Form, data: bytes) -> None:
    assert render_xlsx([form]) == data


def test_stamp_and_creator_are_written(form: Form) -> None:
    stamp = datetime(2025, 3, 31, 9, 30, 0)
    data = render_xlsx([form], stamp=stamp)
    archive = zipfile.ZipFile(io.BytesIO(data))
    core = archive.read("docProps/core.xml").decode()
    assert "2025-03-31T09:30:00Z" in core
    assert re.search(r"<dc:creator[^>]*>perfdocs</dc:creator>", core)
    assert {info.date_time for info in archive.infolist()} == {(2025, 3, 31, 9, 30, 0)}
    assert render_xlsx([form], stamp=stamp) == data


# --- LibreOffice --------------------------------------------------------------------------


@pytest.mark.office
def test_libreoffice_converts_the_workbook_to_pdf(data: bytes, tmp_path: Path) -> None:
    soffice = need("soffice")
    source = tmp_path / "form.xlsx"
    source.write_bytes(data)
    result = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        capture_output=True, text=True, timeout=180, check=False,
    )
    pdf = tmp_path / "form.pdf"
    assert result.returncode == 0, result.stderr
    assert pdf.exists() and pdf.stat().st_size > 1000
    if need("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "财政项目支出绩效自评表" in text
        assert "541.15" in text and "97.76" in text


# --- the package as written (no openpyxl in the writer) ------------------------------------

PARTS = ["[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml",
         "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/theme/theme1.xml",
         "xl/styles.xml", "xl/sharedStrings.xml"]
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"


def three_sheets() -> bytes:
    return render_xlsx([sample_form(60), tiny_form(["一"]), tiny_form(["二"], footer="注")],
                       sheet_names=[SHEET_NAME, "O'Brien 表"])


def test_parts_come_in_a_fixed_order_and_are_well_formed() -> None:
    archive = zipfile.ZipFile(io.BytesIO(three_sheets()))
    names = archive.namelist()
    assert names == PARTS + [f"xl/worksheets/sheet{i}.xml" for i in (1, 2, 3)]
    for name in names:
        ElementTree.fromstring(archive.read(name))  # raises on malformed XML
        assert archive.read(name).startswith(b'<?xml version="1.0" encoding="UTF-8"')


def test_every_part_has_a_content_type_and_every_relationship_a_target() -> None:
    archive = zipfile.ZipFile(io.BytesIO(three_sheets()))
    names = set(archive.namelist())
    types = ElementTree.fromstring(archive.read("[Content_Types].xml"))
    overridden = {o.get("PartName") for o in types.iter(f"{CT}Override")}
    assert overridden == {"/" + n for n in names if n.endswith(".xml")
                          and n != "[Content_Types].xml"}
    for rels, base in (("_rels/.rels", ""), ("xl/_rels/workbook.xml.rels", "xl/")):
        targets = [r.get("Target") for r in ElementTree.fromstring(archive.read(rels))]
        assert targets and all(base + t in names for t in targets), targets
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rel_ids = {r.get("Id") for r in ElementTree.fromstring(
        archive.read("xl/_rels/workbook.xml.rels"))}
    sheet_ids = [s.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
                 for s in workbook.iterfind("m:sheets/m:sheet", NS)]
    assert len(sheet_ids) == 3 and set(sheet_ids) <= rel_ids


def test_every_style_reference_exists() -> None:
    data = three_sheets()
    package = Package(data)
    styles = package.styles
    xfs = list(styles.find("m:cellXfs", NS))
    assert int(styles.find("m:cellXfs", NS).get("count")) == len(xfs)
    n_fonts = len(list(styles.find("m:fonts", NS)))
    n_borders = len(list(styles.find("m:borders", NS)))
    n_fills = len(list(styles.find("m:fills", NS)))
    custom = {int(f.get("numFmtId")) for f in styles.iterfind("m:numFmts/m:numFmt", NS)}
    for xf in xfs:
        assert int(xf.get("fontId")) < n_fonts
        assert int(xf.get("borderId")) < n_borders
        assert int(xf.get("fillId")) < n_fills
        fmt = int(xf.get("numFmtId"))
        assert fmt < 164 or fmt in custom
    for index in (1, 2, 3):
        for position, cell in package.cells(index).items():
            assert int(cell.get("s", "0")) < len(xfs), position
    # One cell format per distinct look, not one per cell.
    assert len(xfs) < 12


def test_rows_and_cells_are_in_order() -> None:
    """Excel rejects a sheet whose rows or cells are out of order or repeated."""
    root = ElementTree.fromstring(Package(three_sheets()).sheet_xml(1))
    rows = root.findall("m:sheetData/m:row", NS)
    assert [int(r.get("r")) for r in rows] == list(range(1, len(rows) + 1))
    for row in rows:
        columns = [re.match(r"[A-Z]+", c.get("r")).group() for c in row.iterfind("m:c", NS)]
        assert all(c.endswith(row.get("r")) for c in (x.get("r") for x in row))
        keys = [(len(c), c) for c in columns]
        assert keys == sorted(set(keys)), row.get("r")
    assert root.find("m:dimension", NS).get("ref") == f"A1:I{len(rows)}"


def test_merged_ranges_in_the_raw_sheet_tile_without_overlap(package: Package,
                                                             form: Form) -> None:
    root = ElementTree.fromstring(package.sheet_xml())
    refs = [m.get("ref") for m in root.iterfind("m:mergeCells/m:mergeCell", NS)]
    assert int(root.find("m:mergeCells", NS).get("count")) == len(refs)
    seen: set[tuple[int, int]] = set()
    for ref_ in refs:
        (c1, r1), (c2, r2) = (re.fullmatch(r"([A-Z]+)(\d+)", p).groups()
                              for p in ref_.split(":"))
        span = {(r, c) for r in range(int(r1), int(r2) + 1)
                for c in range(ord(c1) - 64, ord(c2) - 63)}
        assert len(span) > 1 and not span & seen, ref_
        seen |= span
    first = [TOP_FIRST_ROW, INDICATOR_FIRST_ROW]
    expected = {f"{ref(f + c.row, c.col)}:{ref(f + c.last_row, c.last_col)}"
                for block, f in zip(cut_blocks(form, package), first, strict=True)
                for c in block.cells
                if c.rowspan > 1 or c.colspan > 1}
    assert set(refs) == expected | {"A1:I1", "A2:I2"}


def test_print_names_for_every_sheet_and_quoted_titles() -> None:
    workbook = load_workbook(io.BytesIO(three_sheets()))
    first, quoted, third = workbook.worksheets
    assert quoted.title == "O'Brien 表"
    assert first.print_title_rows == "$12:$12"
    assert first.print_area == f"'{first.title}'!$A$1:$I${INDICATOR_FIRST_ROW + 62}"
    assert quoted.print_area == "'O''Brien 表'!$A$1:$A$3"
    assert not quoted.print_title_rows
    assert third.print_area.endswith("!$A$1:$A$4") and third["A4"].value == "注"


def test_markup_carriage_returns_and_excel_escapes_stay_literal() -> None:
    texts = ["a<b>&c\"'", "回车\r换行", "_x0041_ 不是 A", "  ", "\t制表"]
    data = render_xlsx([tiny_form(texts)])
    xml = Package(data).zip.read("xl/sharedStrings.xml").decode()
    # Excel would read "_x0041_" as "A": the underscore is escaped the way Excel writes it.
    assert "_x005F_x0041_ 不是 A" in xml
    ws = load_workbook(io.BytesIO(data)).worksheets[0]
    assert ws["A3"].value == texts[0]
    assert ws["A4"].value == "回车\r换行"
    assert ws["A6"].value == "  " and ws["A7"].value == "\t制表"
    assert '<t xml:space="preserve">  </t>' in xml


@pytest.mark.parametrize("bad", ["\ud800", "\uffff", "\x00", "\x1f"])
def test_characters_xml_cannot_hold_are_a_render_error(bad: str) -> None:
    with pytest.raises(RenderError, match="控制字符"):
        render_xlsx([tiny_form(["好", f"坏{bad}字"])])


def test_a_title_with_control_characters_is_cleaned() -> None:
    used: set[str] = set()
    assert sheet_title("项目\x07名称\ud800", used) == "项目_名称_"
    data = render_xlsx([tiny_form(["一"])], sheet_names=["项目\x07名称"])
    assert load_workbook(io.BytesIO(data)).sheetnames == ["项目_名称"]


def test_custom_number_formats_get_their_own_ids() -> None:
    cells = (Cell(0, 0, "5分", style="number", number=Decimal(5),
                  number_style=NumberStyle(trim=True, suffix="分")),
             Cell(1, 0, "1,234.50", style="number", number=Decimal("1234.5"),
                  number_style=NumberStyle(thousands=True)),
             Cell(2, 0, "7", style="number", number=Decimal(7),
                  number_style=NumberStyle(places=0, suffix="个")))
    form = tiny_form(["x"] * 3, blocks=(Block(n_rows=3, cells=cells),))
    data = render_xlsx([form])
    formats = {f.get("formatCode"): int(f.get("numFmtId"))
               for f in Package(data).styles.iterfind("m:numFmts/m:numFmt", NS)}
    assert formats == {'General"分"': 164, '0"个"': 165}  # #,##0.00 is Excel's built-in 4
    ws = load_workbook(io.BytesIO(data)).worksheets[0]
    assert [ws.cell(row=r, column=1).number_format for r in (3, 4, 5)] == [
        'General"分"', "#,##0.00", '0"个"']
    assert ws["A4"].value == Decimal("1234.5")


def test_the_writer_does_not_import_openpyxl() -> None:
    """A batch worker that only writes never pays for importing openpyxl."""
    script = ("import sys\n"
              "from tests.sample_forms import SHEET_NAME, sample_form\n"
              "from perfdocs.render.xlsx.writer import render_xlsx\n"
              "assert render_xlsx([sample_form(5)]).startswith(b'PK')\n"
              "print('openpyxl' in sys.modules)")
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=root, check=True)
    assert done.stdout.strip() == "False"


@pytest.mark.office
def test_libreoffice_reads_text_literally(tmp_path: Path) -> None:
    """The office suite sees what the preparer wrote: no formula run, no "_xHHHH_" decoded."""
    soffice = need("soffice")
    texts = ["_x0041_ 不是 A", "=1+1", "+SUM(1,2)", "a<b>&c"]
    source = tmp_path / "text.xlsx"
    source.write_bytes(render_xlsx([tiny_form(texts)]))
    result = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         "--convert-to", 'csv:Text - txt - csv (StarCalc):44,34,76', "--outdir",
         str(tmp_path), str(source)],
        capture_output=True, text=True, timeout=180, check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = (tmp_path / "text.csv").read_text(encoding="utf-8").splitlines()
    assert lines[2:] == ["_x0041_ 不是 A", "=1+1", '"+SUM(1,2)"', "a<b>&c"]


def test_the_package_says_it_is_excel_compatible(data: bytes) -> None:
    """LibreOffice uses Excel's row-height rules only for an application named Microsoft…;
    without it rows print taller than our estimates assume and page breaks move."""
    app = zipfile.ZipFile(io.BytesIO(data)).read("docProps/app.xml").decode()
    assert re.search(r"<Application>Microsoft Excel Compatible / perfdocs</Application>", app)

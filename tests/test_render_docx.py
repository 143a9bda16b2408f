"""The Word renderer: merges, repeated header, fonts, templates, sandbox and reproducibility."""

from __future__ import annotations

import io
import re
import subprocess
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from lxml import etree

from perfdocs.errors import RenderError
from perfdocs.forms.grid import Block, Cell, Form
from perfdocs.forms.page_geometry import WORD_SIDE_TWIPS
from perfdocs.records import replace
from perfdocs.render.docx.template import build_default_template
from perfdocs.render.docx.writer import render_docx
from tests.conftest import ROOT, need
from tests.sample_forms import heading_form, sample_form, sample_options

N = 40
FIRST_GROUP = N // 2


@pytest.fixture(scope="module")
def rendered() -> bytes:
    return render_docx([sample_form(N)])


def _xml(data: bytes, member: str = "word/document.xml") -> etree._Element:
    return etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read(member))


def _tables(data: bytes) -> list[etree._Element]:
    return _xml(data).findall(f"{qn('w:body')}/{qn('w:tbl')}")


def _grid_cells(table: etree._Element) -> list[dict[int, etree._Element]]:
    """Per row: grid column where each w:tc starts → the w:tc."""
    rows = []
    for tr in table.findall(qn("w:tr")):
        col, cells = 0, {}
        for tc in tr.findall(qn("w:tc")):
            cells[col] = tc
            span = tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
            col += int(span.get(qn("w:val"))) if span is not None else 1
        rows.append(cells)
    return rows


def _indicator_grid(data: bytes) -> tuple[list[dict[int, etree._Element]], list[int]]:
    """The indicator block's rows across the tables it is cut into at page breaks (the
    repeated header of each later table left out), and the block rows that begin a page."""
    rows: list[dict[int, etree._Element]] = []
    starts: list[int] = []
    for index, table in enumerate(_tables(data)[1:]):
        grid = _grid_cells(table)
        if index:
            assert "三级指标" in _text(table.find(qn("w:tr")))  # the header repeats
            starts.append(len(rows))
            grid = grid[1:]
        rows += grid
    return rows, starts


def _vmerge(tc: etree._Element) -> str | None:
    """'restart', 'continue' or None (no vertical merge)."""
    merge = tc.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
    if merge is None:
        return None
    return merge.get(qn("w:val"), "continue")


def _text(element: etree._Element) -> str:
    return "".join(t.text or "" for t in element.iter(qn("w:t")))


def _template_with(tmp_path: Path, header: list[str] | None = None,
                   body: str | None = None, drop_table: bool = False) -> Path:
    """A copy of the default template with extra header runs / a body paragraph."""
    doc = Document(io.BytesIO(build_default_template()))
    if header:
        paragraph = doc.sections[0].header.paragraphs[0]
        for i, piece in enumerate(header):
            run = paragraph.add_run(piece)
            run.bold = i == 0
    if body is not None:
        doc.paragraphs[1].insert_paragraph_before(body)
    if drop_table:
        table_p = doc.paragraphs[-1]._p
        table_p.getparent().remove(table_p)
    path = tmp_path / "自评表.docx"
    doc.save(path)
    return path


def test_one_table_per_block_and_page_with_a_spacer_between(rendered: bytes) -> None:
    body = _xml(rendered).find(qn("w:body"))
    tags = [etree.QName(child).localname for child in body]
    n_tables = tags.count("tbl")
    assert n_tables >= 3  # the 40 indicators run onto a second page: a table per page
    assert tags == ["p", "p"] + ["tbl", "p"] * (n_tables - 1) + ["tbl", "sectPr"]
    spacers = [child for child in body if child.tag == qn("w:p")][2:]
    for number, spacer in enumerate(spacers):
        spacing = spacer.find(f"{qn('w:pPr')}/{qn('w:spacing')}")
        assert spacing.get(qn("w:line")) == "2" and spacing.get(qn("w:lineRule")) == "exact"
        assert _text(spacer) == ""
        # the first joins the two blocks on page 1; each later one starts a page
        breaks = spacer.find(f"{qn('w:pPr')}/{qn('w:pageBreakBefore')}") is not None
        assert breaks == (number > 0)


def test_blocks_on_one_page_share_one_rule(rendered: bytes) -> None:
    """The table under another on the same page has no top rule: no double line."""
    tops = [t.find(f"{qn('w:tblPr')}/{qn('w:tblBorders')}/{qn('w:top')}").get(qn("w:val"))
            for t in _tables(rendered)]
    assert tops[0] == "single" and tops[1] == "nil"
    assert all(top == "single" for top in tops[2:])  # a table at a page top is closed


def test_group_labels_are_printed_on_every_page(rendered: bytes) -> None:
    grid, starts = _indicator_grid(rendered)
    assert starts
    for start in starts:
        assert _text(grid[start][0]) in ("产出指标", "效益指标")
        assert _text(grid[start][1]) in ("数量指标", "社会效益指标")


def test_header_row_repeats(rendered: bytes) -> None:
    indicator = _tables(rendered)[1]
    rows = indicator.findall(qn("w:tr"))
    assert rows[0].find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None
    assert "三级指标" in _text(rows[0])
    assert all(r.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is None for r in rows[1:])
    top_rows = _tables(rendered)[0].findall(qn("w:tr"))
    assert all(r.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is None for r in top_rows)


def test_vmerge_for_first_level_groups(rendered: bytes) -> None:
    grid, starts = _indicator_grid(rendered)
    second = 1 + FIRST_GROUP
    for first, end, label in ((1, second, "产出指标"), (second, 1 + N, "效益指标")):
        # a group is merged down its rows, and begins again on each page it runs onto
        begins = [first] + [s for s in starts if first < s < end]
        for r in range(first, end):
            piece_end = min([b for b in begins if b > r] + [end])
            if r in begins:
                assert _text(grid[r][0]) == label
                assert _vmerge(grid[r][0]) == ("restart" if piece_end - r > 1 else None)
            else:
                assert _vmerge(grid[r][0]) == "continue" and _text(grid[r][0]) == ""
                assert _vmerge(grid[r][1]) == "continue"
    assert _vmerge(grid[1 + N][0]) is None  # 总分
    assert all(_vmerge(tc) is None for tc in grid[0].values())


def test_vmerge_for_funds_label_keeps_span_on_covered_rows(rendered: bytes) -> None:
    grid = _grid_cells(_tables(rendered)[0])
    funds = grid[2][0]
    assert _vmerge(funds) == "restart"
    assert [_text(p) for p in funds.findall(qn("w:p"))] == ["项目资金（万元）"]
    assert funds.find(f".//{qn('w:br')}") is not None  # "\n" became a line break
    for r in range(3, 7):
        assert _vmerge(grid[r][0]) == "continue"
    assert _vmerge(grid[7][0]) == "restart" and _vmerge(grid[8][0]) == "continue"
    assert _vmerge(grid[2][1]) is None


def test_gridspan_matches_colspan_and_rows_are_complete(rendered: bytes) -> None:
    form = sample_form(N)
    tables = _tables(rendered)
    for block, table in ((form.blocks[0], tables[0]), (form.blocks[1], None)):
        if table is None:  # the indicator block, over its page tables
            grid = _indicator_grid(rendered)[0]
            table = tables[1]
            cells = [c for c in block.cells if c.rowspan == 1]  # spans are cut at pages
        else:
            grid = _grid_cells(table)
            cells = list(block.cells)
        width = int(table.find(f"{qn('w:tblPr')}/{qn('w:tblW')}").get(qn("w:w")))
        cols = [int(g.get(qn("w:w"))) for g in table.iter(qn("w:gridCol"))]
        assert len(cols) == 9 and sum(cols) == width == 11906 - 2 * WORD_SIDE_TWIPS
        for cell in cells:
            tc = grid[cell.row][cell.col]
            span = tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
            if cell.colspan > 1:
                assert int(span.get(qn("w:val"))) == cell.colspan
            else:
                assert span is None
            tcw = int(tc.find(f"{qn('w:tcPr')}/{qn('w:tcW')}").get(qn("w:w")))
            assert tcw == sum(cols[cell.col:cell.last_col + 1])
    for table in tables:
        for tr in table.findall(qn("w:tr")):
            spans = [int(s.get(qn("w:val"))) if (s := tc.find(
                f"{qn('w:tcPr')}/{qn('w:gridSpan')}")) is not None else 1
                for tc in tr.findall(qn("w:tc"))]
            assert sum(spans) == 9
    layout = _tables(rendered)[0].find(f"{qn('w:tblPr')}/{qn('w:tblLayout')}")
    assert layout.get(qn("w:type")) == "fixed"


def test_every_run_has_the_east_asian_font_and_size(rendered: bytes) -> None:
    runs = [r for t in _tables(rendered) for r in t.iter(qn("w:r"))]
    assert len(runs) > 250
    for run in runs:
        fonts = run.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        assert fonts.get(qn("w:eastAsia")) == "宋体"
        assert fonts.get(qn("w:ascii")) == "宋体"
        assert run.find(f"{qn('w:rPr')}/{qn('w:sz')}").get(qn("w:val")) == "20"


def test_bold_alignment_and_vertical_centre(rendered: bytes) -> None:
    grid = _indicator_grid(rendered)[0]

    def bold(tc: etree._Element) -> bool:
        return tc.find(f".//{qn('w:r')}/{qn('w:rPr')}/{qn('w:b')}") is not None

    def jc(tc: etree._Element) -> str:
        return tc.find(f".//{qn('w:pPr')}/{qn('w:jc')}").get(qn("w:val"))

    assert bold(grid[0][0])  # header
    assert not bold(grid[1][2]) and jc(grid[1][2]) == "left"  # 三级指标 text
    assert jc(grid[1][6]) == "right"  # a score
    assert bold(grid[1 + N][6]) and jc(grid[1 + N][6]) == "center"  # 总分 figure
    for tc in _tables(rendered)[0].iter(qn("w:tc")):
        assert tc.find(f"{qn('w:tcPr')}/{qn('w:vAlign')}").get(qn("w:val")) == "center"


def test_all_texts_read_back_with_python_docx(rendered: bytes) -> None:
    doc = Document(io.BytesIO(rendered))
    seen = {p.text for p in doc.paragraphs}
    for table in doc.tables:
        for row in table.rows:
            seen.update(cell.text for cell in row.cells)
    assert "财政项目支出绩效自评表" in seen and "（2024年度）" in seen
    missing = [c.text for c in sample_form(N).texts() if c.text not in seen]
    assert missing == []
    assert "{{" not in "".join(seen)


def test_page_is_a4_portrait(rendered: bytes) -> None:
    section = Document(io.BytesIO(rendered)).sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1)
    assert abs(section.page_height - Mm(297)) < Mm(1)
    # the PDF's page: 15 mm at the sides, the first line where the PDF's begins (15 mm and
    # reportlab's 6-pt frame padding), the rows' room a reserve lower than the PDF's
    assert abs(section.left_margin - Mm(15)) < Mm(0.1)
    assert abs(section.right_margin - Mm(15)) < Mm(0.1)
    assert abs(section.top_margin - Mm(15) - Pt(6)) < Mm(0.1)
    assert abs(section.bottom_margin - Mm(15) - Pt(6) + Pt(14)) < Mm(0.1)


def test_same_bytes_twice_and_stamp_in_core_properties(rendered: bytes) -> None:
    assert render_docx([sample_form(N)]) == rendered
    stamp = datetime(2025, 3, 1, 8, 30, 0)
    other = render_docx([sample_form(N)], stamp=stamp)
    assert other == render_docx([sample_form(N)], stamp=stamp)
    props = Document(io.BytesIO(other)).core_properties
    assert props.author == "perfdocs" and props.revision == 1
    utc = stamp.replace(tzinfo=UTC)
    assert props.created == props.modified == props.last_printed == utc
    for info in zipfile.ZipFile(io.BytesIO(other)).infolist():
        assert info.date_time == (2025, 3, 1, 8, 30, 0)


def test_shipped_template_is_the_default_template() -> None:
    """The shanghai-2024 layout's 自评表 and 申报表 templates are the built-in one (the
    申报表's kept 2 cm margins when the built-in page became the PDF's, and its Word copy
    broke a row before the PDF)."""
    for kind in ("自评表", "申报表"):
        shipped = ROOT / "templates" / "shanghai-2024" / f"{kind}.docx"
        assert shipped.read_bytes() == build_default_template(), (
            "run python tools/make_docx_template.py")
    texts = [p.text for p in Document(io.BytesIO(build_default_template())).paragraphs]
    assert texts == ["{{ title }}", "{{ subtitle }}", "{{ table }}"]


def test_custom_template_placeholders_in_header_and_body(tmp_path: Path) -> None:
    _template_with(tmp_path, header=["项目：{{ proj", "ect_name }}", "（{{ kind }}）"],
                   body="{% if project_name %}名称：{{ project_name }}{% endif %}")
    data = render_docx([sample_form(4)], options=[sample_options(tmp_path)])
    doc = Document(io.BytesIO(data))
    header = doc.sections[0].header.paragraphs[0]
    assert header.text == "项目：第48届世赛筹办场地经理跟岗学习经费（自评表）"
    assert header.runs[0].bold  # the first run keeps its formatting
    assert [p.text for p in doc.paragraphs][:3] == [
        "财政项目支出绩效自评表", "名称：第48届世赛筹办场地经理跟岗学习经费", "（2024年度）"]
    assert len(doc.tables) == 2
    archive = zipfile.ZipFile(io.BytesIO(data))
    for name in archive.namelist():
        if name.endswith(".xml"):
            assert b"{{" not in archive.read(name), name


def test_template_without_table_paragraph_still_gets_the_tables(tmp_path: Path) -> None:
    _template_with(tmp_path, drop_table=True)
    data = render_docx([sample_form(4)], options=[sample_options(tmp_path)])
    assert len(Document(io.BytesIO(data)).tables) == 2


def test_sandbox_escape_is_rejected(tmp_path: Path) -> None:
    path = _template_with(tmp_path, header=["{{ title.__class__ }}"])
    with pytest.raises(RenderError) as caught:
        render_docx([sample_form(4)], options=[sample_options(tmp_path)])
    assert caught.value.file == str(path)
    _template_with(tmp_path, body="{{ title.__class__.__mro__ }}")
    with pytest.raises(RenderError):
        render_docx([sample_form(4)], options=[sample_options(tmp_path)])


def test_unknown_field_and_inline_table_are_errors(tmp_path: Path) -> None:
    _template_with(tmp_path, body="{{ no_such_field }}")
    with pytest.raises(RenderError, match="no_such_field"):
        render_docx([sample_form(4)], options=[sample_options(tmp_path)])
    _template_with(tmp_path, body="表：{{ table }}")
    with pytest.raises(RenderError, match="单独"):
        render_docx([sample_form(4)], options=[sample_options(tmp_path)])


def test_broken_template_file_is_a_render_error(tmp_path: Path) -> None:
    (tmp_path / "自评表.docx").write_bytes(b"not a zip")
    with pytest.raises(RenderError, match="Word 模板"):
        render_docx([sample_form(4)], options=[sample_options(tmp_path)])


def test_missing_template_file_falls_back_to_default(tmp_path: Path) -> None:
    assert render_docx([sample_form(4)], options=[sample_options(tmp_path)]) == \
        render_docx([sample_form(4)])


def test_several_forms_each_start_on_a_new_page() -> None:
    data = render_docx([sample_form(6), sample_form(4)])
    body = _xml(data).find(qn("w:body"))
    titles = [p for p in body.findall(qn("w:p")) if _text(p) == "财政项目支出绩效自评表"]
    assert len(titles) == 2
    assert titles[0].find(f"{qn('w:pPr')}/{qn('w:pageBreakBefore')}") is None
    assert titles[1].find(f"{qn('w:pPr')}/{qn('w:pageBreakBefore')}") is not None
    assert len(body.findall(qn("w:tbl"))) == 4



@pytest.mark.office
def test_libreoffice_converts_and_repeats_the_header(tmp_path: Path, rendered: bytes) -> None:
    soffice = need("soffice")
    pdftotext = need("pdftotext")
    source = tmp_path / "form.docx"
    source.write_bytes(rendered)
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        check=True, capture_output=True, timeout=180,
    )
    pdf = tmp_path / "form.pdf"
    assert pdf.exists()

    def page(n: int) -> str:
        return subprocess.run([pdftotext, "-f", str(n), "-l", str(n), str(pdf), "-"],
                              check=True, capture_output=True, text=True).stdout

    first, second = page(1), page(2)
    assert "财政项目支出绩效自评表" in first
    assert "三级指标" in first and "三级指标" in second  # the repeated header row
    assert "财政项目支出绩效自评表" not in second


def test_layout_fonts_reach_word_runs() -> None:
    """The 2024 layout sets 宋体 for Chinese and Times New Roman for digits, as printed forms do."""
    import zipfile as _zipfile

    from perfdocs.engine.pipeline import build_forms, prepare
    from perfdocs.loading.settings import Settings
    from tests.conftest import DATA_2024

    prepared = prepare(DATA_2024 / "技能评价业务经费.yaml", Settings())
    data = render_docx(build_forms(prepared))
    xml = _zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    assert 'w:ascii="Times New Roman"' in xml and 'w:eastAsia="宋体"' in xml


def _heading_form(lead: int) -> Form:
    return heading_form(lead, 120)


def _keeps_with_next(paragraph: etree._Element) -> bool:
    keep = paragraph.find(f"{qn('w:pPr')}/{qn('w:keepNext')}")
    return keep is not None and keep.get(qn("w:val"), "1") not in ("0", "false", "off")


def test_narrative_headings_keep_with_their_text() -> None:
    """The 2020 绩效目标表: every section heading row (项目实施计划：…) is "keep with next",
    so Word never leaves it alone at a page bottom; the texts and other rows are not."""
    from perfdocs.engine.pipeline import forms_of, prepare
    from perfdocs.loading.settings import Settings

    prepared = prepare(ROOT / "data" / "2020" / "促进就业专项业务费.yaml", Settings())
    data = render_docx(forms_of(prepared, ("绩效目标表",))[0])
    headings = {"项目概况：", "立项依据：", "项目设立的必要性：", "保证项目实施的制度、措施：",
                "项目实施计划：", "总目标及阶段性目标：", "本项目上年度市级财政资金使用情况",
                "2020 年绩效目标"}  # the target table's title, kept with its column heads
    kept, seen = set(), set()
    for table in _tables(data):
        for paragraph in table.iter(qn("w:p")):
            text = _text(paragraph)
            seen.add(text)
            if _keeps_with_next(paragraph):
                kept.add(text)
    assert headings <= seen
    assert kept == headings
    # schema order inside w:pPr: pStyle, keepNext, …, spacing, …, jc
    heading = next(p for t in _tables(data) for p in t.iter(qn("w:p"))
                   if _text(p) == "项目实施计划：")
    assert [etree.QName(e).localname for e in heading.find(qn("w:pPr"))] == \
        ["pStyle", "keepNext", "spacing", "jc"]


def test_heading_row_at_the_end_of_a_table_has_nothing_to_keep_with() -> None:
    cells = (Cell(0, 0, "项目名称", style="label"), Cell(0, 1, "某项目", align="left"),
             Cell(1, 0, "备注：", colspan=2, style="label", align="left"))
    form = replace(_heading_form(0), blocks=(Block(2, cells),))
    paragraphs = [p for t in _tables(render_docx([form])) for p in t.iter(qn("w:p"))]
    assert not any(_keeps_with_next(p) for p in paragraphs)


@pytest.mark.office
def test_libreoffice_never_ends_a_page_with_a_heading(tmp_path: Path) -> None:
    """Converted by LibreOffice, a heading row at a page bottom moves on with its text."""
    soffice = need("soffice")
    pdftotext = need("pdftotext")
    leads = range(20, 56, 5)
    sources = []
    for lead in leads:
        source = tmp_path / f"heading{lead}.docx"
        source.write_bytes(render_docx([_heading_form(lead)]))
        sources.append(str(source))
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), *sources],
        check=True, capture_output=True, timeout=300,
    )
    word = re.compile(r'yMax="([\d.]+)">([^<]*)</word>')
    for lead in leads:
        out = subprocess.run([pdftotext, "-bbox", str(tmp_path / f"heading{lead}.pdf"), "-"],
                             check=True, capture_output=True, text=True).stdout
        pages = out.split("<page ")[1:]
        assert len(pages) >= 2
        for page in pages[:-1]:
            words = [(float(y), w) for y, w in word.findall(page)]
            bottom = max(y for y, _ in words)
            last_line = "".join(w for y, w in words if abs(y - bottom) < 1)
            assert not last_line.endswith(("计划：", "目标：", "使用情况")), (lead, last_line)


def test_a_row_taller_than_a_page_goes_on_over_the_pages() -> None:
    """A row whose text no page holds goes on over the pages from where it is: kept whole,
    it went to a page of its own after a page holding only the header row, and ran off
    its foot onto a blank page (tester6: 7 pages in Word for the PDF's 4). It is cut as
    the PDF cuts it (perfdocs/forms/pdf_pages.cut_block): rows of a quarter page's lines,
    each kept whole, the pages breaking between them where the PDF's do; the first part
    starts on the first page, under the row above."""
    import zipfile
    from decimal import Decimal

    from perfdocs.forms.grid import Block, Cell, Form
    from perfdocs.forms.pages import page_starts
    from perfdocs.forms.pdf_pages import pdf_blocks

    assert page_starts([20.0, 2000.0, 20.0], repeat=0, used=100.0, room=800.0)[0] == []
    text = "".join(f"第{i}项：全县学校完成培训任务，教师参训率达到百分之九十五以上。"
                   for i in range(1, 121))
    cells = (Cell(0, 0, "项目", style="header"), Cell(0, 1, "实际完成情况", style="header"),
             Cell(1, 0, "年度总体目标", style="label"), Cell(1, 1, text, align="left"),
             Cell(2, 0, "下一行"), Cell(2, 1, "短"))
    form = Form(kind="表", title="表", subtitle="", column_widths=(Decimal(1), Decimal(3)),
                blocks=(Block(n_rows=3, cells=cells),))
    with zipfile.ZipFile(io.BytesIO(render_docx([form]))) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    tables = re.findall(r"<w:tbl>.*?</w:tbl>", xml, re.S)
    rows = [re.findall(r"<w:tr>.*?</w:tr>", table, re.S) for table in tables]
    assert all("<w:cantSplit/>" in row for part in rows for row in part)
    texts = [re.findall(r"<w:t>(.*?)</w:t>", row) for part in rows for row in part]
    assert "".join(t[-1] for t in texts if t[-1] not in ("实际完成情况", "短")) == text
    (cut, starts), = pdf_blocks(form)
    assert starts is not None and len(starts) >= 2 and 0 not in starts
    assert xml.count("pageBreakBefore") == len(tables) - 1 == len(starts)
    # as many pages as the PDF's, the first breaking where the PDF's does, the text on
    # each page one row (one paragraph, which reads on without a gap), the label repeated
    # on each page, as the PDF prints it
    chunks = {c.row: c.text for c in cut.cells if c.col == 1}
    assert texts[1][-1] == "".join(chunks[r] for r in range(1, starts[0]))
    assert len(rows) == len(starts) + 1 and len(rows[0]) == 2
    assert all(len(part) == 1 for part in rows[1:-1])
    assert all("年度总体目标" in part[0] for part in rows[1:])

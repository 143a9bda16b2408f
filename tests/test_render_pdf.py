"""The PDF renderer and its CJK font handling, on the hand-built sample form."""

from __future__ import annotations

import io
import itertools
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sample_forms import heading_form, sample_form

from perfdocs import records
from perfdocs.errors import RenderError
from perfdocs.forms.grid import Block, Cell, Form
from perfdocs.render.pdf import fonts
from perfdocs.render.pdf.fonts import FontChoice, find_cjk_font, missing_glyphs
from perfdocs.render.pdf.writer import _break_lines, render_pdf

pypdf = pytest.importorskip("pypdf")

LIBERATION = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf")
ZENHEI = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
UMING = Path("/usr/share/fonts/truetype/arphic/uming.ttc")


@pytest.fixture(scope="module")
def font() -> FontChoice:
    choice = find_cjk_font([str(UMING)]) if UMING.exists() else find_cjk_font()
    if choice.fallback:
        pytest.skip("no embeddable TrueType CJK font on this machine")
    return choice


@pytest.fixture(scope="module")
def sample_pdf(font: FontChoice) -> bytes:
    return render_pdf([sample_form(60)], font=font)


def pdftotext(data: bytes, page: int | None = None) -> str:
    """Text of the PDF (or one page) in content order, whitespace removed."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    args = ["pdftotext", "-raw", "-enc", "UTF-8"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    out = subprocess.run([*args, "-", "-"], input=data, capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pages(data: bytes) -> list[str]:
    return [p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(data)).pages]


def with_cell(form: Form, block_index: int, row: int, col: int, text: str) -> Form:
    """``form`` with the text of one cell replaced."""
    block = form.blocks[block_index]
    cells = tuple(records.replace(c, text=text) if (c.row, c.col) == (row, col) else c
                  for c in block.cells)
    blocks = list(form.blocks)
    blocks[block_index] = records.replace(block, cells=cells)
    return records.replace(form, blocks=tuple(blocks))


# --- content --------------------------------------------------------------------------

def test_first_page_has_title_labels_and_values(sample_pdf: bytes) -> None:
    text = squeeze(pdftotext(sample_pdf, 1))
    assert "财政项目支出绩效自评表" in text
    assert "（2024年度）" in text
    assert "项目名称" in text
    assert "第48届世赛筹办场地经理跟岗学习经费" in text
    assert "上海市人力资源和社会保障局" in text
    assert "541.15" in text and "501.35" in text
    assert "三级指标" in text


def test_indicator_header_and_group_repeat_on_later_pages(sample_pdf: bytes) -> None:
    n = len(pypdf.PdfReader(io.BytesIO(sample_pdf)).pages)
    assert n >= 3
    for page in range(2, n + 1):
        text = squeeze(pdftotext(sample_pdf, page))
        assert "三级指标" in text, page
        assert "偏差原因分析及改进措施" in text, page
        assert "项目名称" not in text, page
    # the group caption spanning many rows is printed again where the group continues
    assert "产出指标" in squeeze(pdftotext(sample_pdf, 2))
    last = squeeze(pdftotext(sample_pdf, n))
    assert "总分" in last and "97.76" in last and "评分等级" in last


def test_every_indicator_is_printed_once(sample_pdf: bytes) -> None:
    text = squeeze(pdftotext(sample_pdf))
    for i in range(1, 61):
        assert text.count(f"（第{i}项）") == 1, i


def test_footer_numbers_pages_of_the_document(sample_pdf: bytes) -> None:
    n = len(pypdf.PdfReader(io.BytesIO(sample_pdf)).pages)
    for page in (1, n):
        assert f"第{page}页共{n}页" in squeeze(pdftotext(sample_pdf, page))


def test_footer_can_be_turned_off(font: FontChoice) -> None:
    data = render_pdf([sample_form(5)], font=font, footer=False)
    assert "页共" not in squeeze(pdftotext(data))


def test_each_form_starts_a_new_page(font: FontChoice) -> None:
    one = render_pdf([sample_form(3)], font=font)
    other = records.replace(sample_form(3), title="项目支出绩效目标申报表")
    both = render_pdf([sample_form(3), other], font=font)
    assert len(pages(one)) == 1
    texts = [squeeze(t) for t in pages(both)]
    assert len(texts) == 2
    assert "财政项目支出绩效自评表" in texts[0] and "项目支出绩效目标申报表" in texts[1]
    assert "第2页共2页" in texts[1]


def test_text_is_printed_literally(font: FontChoice) -> None:
    form = records.replace(sample_form(3), title="A&B<C>表")
    form = with_cell(form, 0, 0, 1, "R&D <预算> 项目\n第二行")
    text = squeeze(pdftotext(render_pdf([form], font=font)))
    assert "A&B<C>表" in text
    assert "R&D<预算>项目第二行" in text


def test_metadata(sample_pdf: bytes) -> None:
    meta = pypdf.PdfReader(io.BytesIO(sample_pdf)).metadata
    assert meta.title == "财政项目支出绩效自评表"
    assert meta.author == "perfdocs"
    assert meta.creator == "perfdocs"
    assert "2024" in meta.subject


# --- fonts ----------------------------------------------------------------------------

def test_truetype_font_is_embedded(sample_pdf: bytes) -> None:
    reader = pypdf.PdfReader(io.BytesIO(sample_pdf))
    embedded = []
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            descriptor = ref.get_object().get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                embedded.append(ref.get_object()["/BaseFont"])
    assert embedded
    if UMING.exists():
        # CJK in AR PL UMing; digits and Latin letters in a Times-metric serif; bold in a
        # real heavy CJK face (WenQuanYi Zen Hei) — every one of them embedded
        assert any("UMing" in name for name in embedded)
        assert all(any(face in name for face in ("UMing", "LiberationSerif", "ZenHei"))
                   for name in embedded), embedded
    if LIBERATION.exists():
        assert any("LiberationSerif" in name for name in embedded), embedded
    if ZENHEI.exists():
        assert any("ZenHei" in name for name in embedded), embedded


def test_digits_in_the_latin_serif_and_bold_from_a_bold_face(sample_pdf: bytes) -> None:
    """Digits are drawn in Liberation Serif (Word's Times New Roman) and headers in the
    bold CJK face, not by stroking the regular one."""
    if not (LIBERATION.exists() and ZENHEI.exists()):
        pytest.skip("fonts-liberation2 and fonts-wqy-zenhei are not installed")
    reader = pypdf.PdfReader(io.BytesIO(sample_pdf))
    page = reader.pages[0]
    fonts = {key: ref.get_object()["/BaseFont"]
             for key, ref in page["/Resources"]["/Font"].items()}
    assert any("LiberationSerif" in name for name in fonts.values()), fonts
    assert any("ZenHei" in name for name in fonts.values()), fonts
    assert b"2 Tr" not in page.get_contents().get_data()  # no simulated bold


def test_search_without_fonts_falls_back_to_cid(monkeypatch: pytest.MonkeyPatch,
                                                tmp_path: Path) -> None:
    monkeypatch.setattr(fonts, "SEARCH_DIRS", (tmp_path, tmp_path / "missing"))
    choice = find_cjk_font()
    assert choice.fallback and choice.path is None
    assert choice.name == "STSong-Light"
    assert "perfdocs.toml" in choice.note and "[fonts] pdf" in choice.note
    data = render_pdf([sample_form(3)], font=choice)
    text = squeeze(pages(data)[0])
    assert "财政项目支出绩效自评表" in text and "项目名称" in text
    assert b"/FontFile2" not in data


def test_search_finds_truetype_and_skips_cff(monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path) -> None:
    if not UMING.exists():
        pytest.skip("uming.ttc not installed")
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "simsun.ttc").write_bytes(b"OTTO" + b"\0" * 64)  # CFF, not embeddable
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "uming.ttc").symlink_to(UMING)
    monkeypatch.setattr(fonts, "SEARCH_DIRS", (tmp_path,))
    choice = find_cjk_font()
    assert not choice.fallback
    assert choice.path == str(tmp_path / "b" / "uming.ttc")
    # no Latin serif and no bold face in that folder: the note says so, and what to install
    assert "fonts-wqy-zenhei" in choice.note and "fonts-liberation2" in choice.note
    assert choice.bold is None and choice.latin is None
    if ZENHEI.exists() and LIBERATION.exists():
        (tmp_path / "c").mkdir()
        (tmp_path / "c" / "wqy-zenhei.ttc").symlink_to(ZENHEI)
        (tmp_path / "c" / "LiberationSerif-Regular.ttf").symlink_to(LIBERATION)
        complete = find_cjk_font()
        assert complete.note == "" and complete.bold == str(tmp_path / "c" / "wqy-zenhei.ttc")
        assert complete.latin == str(tmp_path / "c" / "LiberationSerif-Regular.ttf")
        # a bold face that is CFF (Noto/Source Han Bold) cannot be embedded: not taken
        (tmp_path / "c" / "wqy-zenhei.ttc").unlink()
        (tmp_path / "c" / "msyhbd.ttc").write_bytes(b"OTTO" + b"\0" * 64)
        assert find_cjk_font().bold is None


def test_configured_font_and_subfont_index(font: FontChoice) -> None:
    if not UMING.exists():
        pytest.skip("uming.ttc not installed")
    choice = find_cjk_font([f"{UMING}#2"])
    assert choice.subfont_index == 2 and choice.path == str(UMING)
    # a missing first entry is skipped when a later one exists (shared settings files)
    assert find_cjk_font(["/nowhere/simsun.ttc", str(UMING)]).path == str(UMING)


@pytest.mark.parametrize("entry", ["missing", "cff", "not_a_font", "bad_index"])
def test_bad_configured_font_raises(entry: str, tmp_path: Path) -> None:
    if entry == "missing":
        path = str(tmp_path / "nope.ttf")
    elif entry == "cff":
        (tmp_path / "noto.otf").write_bytes(b"OTTO" + b"\0" * 64)
        path = str(tmp_path / "noto.otf")
    elif entry == "not_a_font":
        (tmp_path / "font.ttf").write_text("hello")
        path = str(tmp_path / "font.ttf")
    else:
        if not UMING.exists():
            pytest.skip("uming.ttc not installed")
        path = f"{UMING}#9"
    with pytest.raises(RenderError) as info:
        find_cjk_font([path])
    assert "字体" in info.value.message


def test_missing_glyphs(font: FontChoice) -> None:
    assert missing_glyphs(font, "项目名称 2024年度（万元）\n≥100.00") == set()
    missing = missing_glyphs(font, "正常文字😀𪚥")
    assert {"😀", "𪚥"} <= missing
    assert "正" not in missing
    fallback = FontChoice("STSong-Light", None, 0, True, "")
    assert missing_glyphs(fallback, "中文 😀") == {"😀"}


# --- layout ---------------------------------------------------------------------------

def test_same_input_same_bytes(font: FontChoice, sample_pdf: bytes) -> None:
    assert render_pdf([sample_form(60)], font=font) == sample_pdf


@pytest.mark.parametrize("where", ["indicator", "top"])
def test_cell_of_ten_thousand_characters(font: FontChoice, where: str) -> None:
    body = "长" * 9990 + "结尾标记XYZ"
    form = sample_form(10)
    if where == "indicator":
        form = with_cell(form, 1, 2, 8, body)
    else:
        form = with_cell(form, 0, 8, 5, body)
    data = render_pdf([form], font=font)
    text = squeeze(pdftotext(data))
    assert text.count("长") == 9990  # nothing lost or doubled across the cut rows
    assert "结尾标记XYZ" in text
    n = len(pypdf.PdfReader(io.BytesIO(data)).pages)
    assert n > 5
    assert f"第{n}页共{n}页" in text


def test_line_breaking_keeps_words_and_punctuation() -> None:
    if not UMING.exists():
        pytest.skip("uming.ttc not installed")
    name = fonts.register(find_cjk_font([str(UMING)]))
    text = "为全力备战第47届世赛，做好本市集训参赛工作（2024年），完成率100.00%。" * 3
    lines = _break_lines(text, 100, name, 10)
    assert "".join(line for line, _ in lines) == text
    assert all(width <= 100 for _, width in lines)
    assert not any(line[0] in "，。）%" for line, _ in lines)
    assert not any(line.endswith("（") for line, _ in lines)
    assert not any(a[0][-1].isdigit() and b[0][:1].isdigit()
                   for a, b in itertools.pairwise(lines))
    assert [line for line, _ in _break_lines("项目\n资金", 100, name, 10)] == ["项目", "资金"]


def test_min_row_height_is_honoured(font: FontChoice) -> None:
    cells = (Cell(0, 0, "签字", style="label"), Cell(0, 1, "", colspan=8))
    tall = Block(n_rows=1, cells=cells, min_row_height=(Decimal("600"),))
    form = records.replace(sample_form(3), blocks=(*sample_form(3).blocks, tall))
    assert len(pages(render_pdf([form], font=font))) == 2



def test_header_cell_spanning_into_the_body_splits_across_pages(tmp_path) -> None:
    """The 2020 自评表's 绩效指标 label starts in the repeated header row and spans the block."""
    from decimal import Decimal

    from perfdocs.forms.grid import Block, Cell, Form

    n = 80
    cells = [Cell(0, 0, "绩效指标", rowspan=n + 1, style="label"),
             Cell(0, 1, "三级指标", style="header"), Cell(0, 2, "得分", style="header")]
    for i in range(1, n + 1):
        cells += [Cell(i, 1, f"指标{i}"), Cell(i, 2, f"{i}.00", style="number")]
    form = Form("自评表", "财政项目支出绩效自评表", "（2020年度）",
                (Decimal(1), Decimal(3), Decimal(1)), (Block(n + 1, tuple(cells), 1),))
    form.check()
    data = render_pdf([form], font=find_cjk_font(()))
    path = tmp_path / "span.pdf"
    path.write_bytes(data)
    from pypdf import PdfReader

    pages = [p.extract_text() for p in PdfReader(path).pages]
    assert len(pages) >= 2
    assert all("三级指标" in page for page in pages)
    joined = "".join(pages)
    assert all(f"指标{i}" in joined for i in range(1, n + 1))


# --- page breaks inside spans, headings and lone last rows ---------------------------

def _words(data: bytes) -> list[list[tuple[float, float, float, float, str]]]:
    """Per page, every word as (xMin, yMin, xMax, yMax, text), y from the page top."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", "-", "-"], input=data,
                         capture_output=True, check=True).stdout.decode("utf-8")
    word = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                      r'yMax="([\d.]+)">([^<]*)</word>')
    return [[(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in word.findall(page)]
            for page in out.split("<page ")[1:]]


def _body_words(page: list[tuple[float, float, float, float, str]]
                ) -> list[tuple[float, float, float, float, str]]:
    """The words of a page less its footer (第 x 页 共 y 页, in the bottom margin)."""
    from perfdocs.render.pdf.writer import MARGIN

    height = 841.89  # A4
    return [w for w in page if w[3] < height - MARGIN]


def _recorded(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    """Every grid part drawn (one per block per page): its cells as placed."""
    from perfdocs.render.pdf import writer as pdf

    parts: list[tuple[Any, ...]] = []
    draw = pdf._Grid.draw

    def recording(self: Any) -> None:
        parts.append((self.size, self._placed()[2]))
        draw(self)

    monkeypatch.setattr(pdf._Grid, "draw", recording)
    return parts


def _assert_text_inside_cells(parts: list[tuple[Any, ...]]) -> None:
    from perfdocs.render.pdf.writer import ASCENT

    ascent = float(ASCENT)
    for size, cells in parts:
        for x0, x1, top, bottom, _cell, placed in cells:
            for x, y, line, used in placed:
                where = f"{line!r} in cell x {x0}…{x1}, y {bottom}…{top}"
                assert y + ascent * size <= top + 0.1, where
                assert y - (1 - ascent) * size >= bottom - 0.1, where
                assert x0 - 0.1 <= x and x + used <= x1 + 0.1, where


def _span_form(n: int, lead: int) -> Form:
    """A 2020/2021-style indicator block: a vertical 绩效指标 label from the header row
    down the whole group, a vertical group caption, a free text spanning six rows at a
    time (more lines than its rows), and a 总分 row below the span; ``lead`` rows of a
    top block push the page break to different rows."""
    top = Block(lead, tuple(Cell(r, 0, f"前置{r}", colspan=5, align="left")
                            for r in range(lead)))
    cells = [Cell(0, 0, "绩\n效\n指\n标", rowspan=n + 1, style="header"),
             Cell(0, 1, "一级指标", style="header"), Cell(0, 2, "三级指标", style="header"),
             Cell(0, 3, "说明", style="header"), Cell(0, 4, "得分", style="header"),
             Cell(1, 1, "产\n出\n指\n标", rowspan=n, style="label")]
    for i in range(1, n + 1):
        cells += [Cell(i, 2, f"指标{i}" + "长" * (i % 3 * 9), align="left"),
                  Cell(i, 4, f"{i}.00", style="number", align="right")]
        if (i - 1) % 6 == 0:
            span = min(6, n + 1 - i)
            cells.append(Cell(i, 3, "".join(f"说明{i}第{k}句。" for k in range(14)),
                              rowspan=span, align="left"))
    cells += [Cell(n + 1, 0, "总分", colspan=4, style="total"),
              Cell(n + 1, 4, "100", style="total")]
    body = Block(n + 2, tuple(cells), repeat_rows=1)
    form = Form("自评表", "财政项目支出绩效自评表", "（2021 年度）",
                tuple(Decimal(w) for w in (1, 2, 4, 4, 1)), (top, body))
    form.check()
    return form


@pytest.mark.parametrize("lead", [0, 3, 7, 12, 18, 25])
def test_text_of_a_span_cut_by_a_page_break_stays_in_its_cell(
        font: FontChoice, monkeypatch: pytest.MonkeyPatch, lead: int) -> None:
    """A continued row span's text is laid out in its part of the cell on every page:
    captions fit (or are run together) and free text continues where it stopped."""
    parts = _recorded(monkeypatch)
    n = 40
    data = render_pdf([_span_form(n, lead)], font=font)
    assert len(pages(data)) >= 2
    _assert_text_inside_cells(parts)
    # the spanning free texts, in drawing order: every sentence once, nothing lost
    printed = "".join(line for _, cells in parts for *_, cell, placed in cells
                      if cell is not None and "句" in cell.text for _, _, line, _ in placed)
    assert printed == "".join(f"说明{i}第{k}句。" for i in range(1, n + 1, 6)
                              for k in range(14))


def test_2021_label_continued_onto_the_last_page_stays_inside_the_table(font: FontChoice
                                                                         ) -> None:
    """The acceptance case: 高技能人才工作专项's 绩效指标 label ran above the table and over
    the 总分 row on page 2. Now every word lies inside the frame, and 总分 does not go
    over alone: the last indicator row keeps it company."""
    from perfdocs.engine.pipeline import forms_of, prepare
    from perfdocs.loading.settings import Settings
    from perfdocs.render.pdf.writer import FRAME_PADDING, MARGIN

    prepared = prepare(Path(__file__).parent.parent / "data" / "2021" / "高技能人才工作专项.yaml",
                       Settings())
    data = render_pdf(forms_of(prepared, ("自评表",))[0], font=font)
    words = _words(data)
    assert len(words) == 2
    table_top = MARGIN + FRAME_PADDING
    for page in words:
        for _, y0, _, _, word in _body_words(page):
            assert y0 >= table_top - 0.5, (word, y0)
    last = squeeze("".join(w[4] for w in words[1]))
    assert "总分" in last and "受训人员满意度" in last


def _heading_form(lead: int) -> Form:
    return heading_form(lead, 300)


def test_narrative_heading_never_ends_a_page(font: FontChoice) -> None:
    """"项目实施计划：" at a page bottom goes over with the first lines of its text."""
    headings = ("项目实施计划：", "总目标及阶段性目标：", "本项目上年度市级财政资金使用情况")
    checked = 0
    for lead in range(20, 60, 2):
        words = _words(render_pdf([_heading_form(lead)], font=font))
        for page in words[:-1]:
            body = _body_words(page)
            bottom = max(w[3] for w in body)
            last_line = "".join(w[4] for w in body if abs(w[3] - bottom) < 1)
            assert last_line not in headings, lead
        checked += 1
        text = squeeze("".join(w[4] for page in words for w in page))
        assert text.count("项目正文。") == 300 and text.count("总目正文。") == 300
    assert checked


def test_heading_moves_to_the_next_page_only_with_room_to_spare() -> None:
    """The break moves back over heading rows and off a lone last row, never into the
    repeated header, and not when the heading and its text would fit no page at all."""
    from perfdocs.render.pdf.writer import _Grid

    def grid(heights: list[float], repeat: int, headings: set[int]) -> _Grid:
        return _Grid([], heights, [100.0], repeat, "Helvetica", 10, 13,
                     frozenset(headings))

    assert grid([20.0] * 10, 1, {5})._break_row(6) == 5
    assert grid([20.0] * 10, 1, {4, 5})._break_row(6) == 4
    assert grid([20.0] * 10, 1, set())._break_row(9) == 8  # 总分 keeps company
    assert grid([20.0] * 3, 1, set())._break_row(2) == 2  # … unless only it is left
    assert grid([20.0] * 10, 0, {0})._break_row(1) == 0  # the whole block moves on
    assert grid([20.0, 900.0], 0, {0})._break_row(1) == 1  # it would fit nowhere

"""The PDF renderer and its CJK font handling, on the hand-built sample form."""

from __future__ import annotations

import dataclasses
import io
import itertools
import re
import shutil
import subprocess
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from sample_forms import sample_form

from perfdocs.errors import RenderError
from perfdocs.form.grid import Block, Cell, Form
from perfdocs.render import fonts
from perfdocs.render.fonts import FontChoice, find_cjk_font, missing_glyphs
from perfdocs.render.pdf import _break_lines, render_pdf

pypdf = pytest.importorskip("pypdf")

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
    cells = tuple(dataclasses.replace(c, text=text) if (c.row, c.col) == (row, col) else c
                  for c in block.cells)
    blocks = list(form.blocks)
    blocks[block_index] = dataclasses.replace(block, cells=cells)
    return dataclasses.replace(form, blocks=tuple(blocks))


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
    other = dataclasses.replace(sample_form(3), title="项目支出绩效目标申报表")
    both = render_pdf([sample_form(3), other], font=font)
    assert len(pages(one)) == 1
    texts = [squeeze(t) for t in pages(both)]
    assert len(texts) == 2
    assert "财政项目支出绩效自评表" in texts[0] and "项目支出绩效目标申报表" in texts[1]
    assert "第2页共2页" in texts[1]


def test_text_is_printed_literally(font: FontChoice) -> None:
    form = dataclasses.replace(sample_form(3), title="A&B<C>表")
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
    assert all("UMing" in name or not UMING.exists() for name in embedded)


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
    assert not choice.fallback and choice.note == ""
    assert choice.path == str(tmp_path / "b" / "uming.ttc")


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
    form = dataclasses.replace(sample_form(3), blocks=(*sample_form(3).blocks, tall))
    assert len(pages(render_pdf([form], font=font))) == 2


def test_sixty_indicators_render_fast(font: FontChoice) -> None:
    form = sample_form(60)
    render_pdf([form], font=font)
    best = min(_timed(lambda: render_pdf([form], font=font)) for _ in range(3))
    assert best < 0.2  # ~25 ms on the development machine; generous for slow CI


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def test_header_cell_spanning_into_the_body_splits_across_pages(tmp_path) -> None:
    """The 2020 自评表's 绩效指标 label starts in the repeated header row and spans the block."""
    from decimal import Decimal

    from perfdocs.form.grid import Block, Cell, Form

    n = 80
    cells = [Cell(0, 0, "绩效指标", rowspan=n + 1, style="label"),
             Cell(0, 1, "三级指标", style="header"), Cell(0, 2, "得分", style="header")]
    for i in range(1, n + 1):
        cells += [Cell(i, 1, f"指标{i}"), Cell(i, 2, f"{i}.00", style="number")]
    form = Form("自评表", "财政项目支出绩效自评表", "（2020年度）",
                (Decimal(1), Decimal(3), Decimal(1)), (Block(n + 1, tuple(cells), 1),), "x")
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

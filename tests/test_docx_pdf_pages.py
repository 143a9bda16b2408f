"""The Word copy's pages are the PDF's: the same page count, each page from the same row.

A unit hands in the PDF and the Word copy; reviewers print both. The Word page has the
PDF's geometry (perfdocs/forms/page_geometry) and rows as tall as the PDF's, and the Word
writer breaks where the PDF does (perfdocs/forms/pdf_pages, a model of the PDF's
layout without reportlab). Here LibreOffice (宋体 set in AR PL UMing, as the PDF; Times New
Roman in Liberation Serif) prints the .docx of a few forms, long and narrow-columned, and
each page must begin with the PDF's row. Before (2 cm Word margins, Word's own estimate)
5 of these 7 forms broke a row or more earlier, the 32- and the 40-indicator one onto a
page more than the PDF.
"""

from __future__ import annotations

import os
import random
import re
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from benchmarks.synthetic import project_yaml
from perfdocs.forms import page_geometry
from tests.conftest import ROOT, need
from tests.test_office_fidelity import FONTS_CONF


def test_geometry_is_reportlabs() -> None:
    """The PDF writer reads the shared geometry and gets reportlab's very floats (its
    bytes must not change)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    from perfdocs.render.pdf import writer

    assert page_geometry.A4 == A4
    assert writer.MARGIN == page_geometry.MARGIN == 15 * mm
    frame = (A4[0] - 2 * 15 * mm, A4[1] - 2 * 15 * mm)
    assert frame == (writer.FRAME_WIDTH, writer.FRAME_HEIGHT)
    assert writer.FRAME_PADDING == page_geometry.FRAME_PADDING
    assert (writer.PAD_X, writer.PAD_Y, writer.LEADING) == (
        page_geometry.PAD_X, page_geometry.PAD_Y, page_geometry.LEADING)


PIECES = ("ISO9001", "2025年", "第3季度", "（含", "），", "95.5%", "GB/T 19001-2016", "覆盖率",
          "完成", "、", "，", "达标", "Wi-Fi", "≥98%", "“双随机”", "检查", "5G基站", " ",
          "abc def", "±5℃", "×", "一二三四五", "Mmmm", "—", "…", "。", "(个)", "100.00")


def test_line_model_breaks_as_the_pdf_writer() -> None:
    """The model's line count of mixed texts in random widths is the PDF writer's own."""
    from perfdocs.forms.pdf_pages import line_count
    from perfdocs.render.pdf import writer
    from perfdocs.render.pdf.fonts import find_cjk_font, register_set

    choice = find_cjk_font([])
    if choice.path is None or choice.latin is None or "uming" not in choice.path:
        pytest.skip("the model is of AR PL UMing and Liberation Serif")
    fonts = register_set(choice)
    writer._MIXED[fonts.cjk] = fonts
    rng = random.Random(20)
    wrong = []
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 25)))
        if rng.random() < 0.2:  # Chinese only, as long as a narrative
            text = "".join(rng.choice("职业技能培训补贴覆盖") for _ in range(rng.randint(1, 400)))
        elif rng.random() < 0.1:
            text += "\n" + "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 5)))
        width, size = rng.uniform(20, 300), rng.choice([9.0, 10.0, 10.5, 12.0])
        pdf = len(writer._break_lines(text, width, fonts.cjk, size))
        if line_count(text, width, size) != pdf:
            wrong.append((text, width, size, pdf))
    assert wrong == []


def test_line_starts_are_the_pdf_writers_lines() -> None:
    """Where the model's lines begin (the Word copy cuts a long text there, as the PDF
    does) are where the PDF writer's own lines begin: each slice is the PDF's line (with
    the space the PDF drops at a line's end)."""
    from perfdocs.forms.pdf_pages import line_starts
    from perfdocs.render.pdf import writer
    from perfdocs.render.pdf.fonts import find_cjk_font, register_set

    choice = find_cjk_font([])
    if choice.path is None or choice.latin is None or "uming" not in choice.path:
        pytest.skip("the model is of AR PL UMing and Liberation Serif")
    fonts = register_set(choice)
    writer._MIXED[fonts.cjk] = fonts
    rng = random.Random(21)
    wrong = []
    for _ in range(2000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 40)))
        if rng.random() < 0.3:
            text = "".join(rng.choice("职业技能培训补贴覆盖，。（）") for _ in range(rng.randint(1, 400)))
        if rng.random() < 0.2:
            text += "\n" + "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 5)))
        width, size = rng.uniform(20, 300), rng.choice([9.0, 10.0, 10.5, 12.0])
        pdf = [line for line, _ in writer._break_lines(text, width, fonts.cjk, size)]
        starts = line_starts(text, width, size)
        ours = [text[a:b].removesuffix("\n")
                for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
        if len(ours) != len(pdf) or any(o not in (p, p + " ")
                                        for o, p in zip(ours, pdf, strict=True)):
            wrong.append((text, width, size))
    assert wrong == []


def test_word_cuts_a_long_text_as_the_pdf() -> None:
    """A 320-character 偏差原因 in the 自评表's narrow column: the Word copy's block has the
    PDF's rows (the text in chunks of a quarter page's lines, the chunks after the first
    without a rule above, the row's other cells over them all), and the chunks together
    are the text."""
    from perfdocs.engine.pipeline import built_forms, prepare
    from perfdocs.forms.pdf_pages import Sizes, pdf_blocks, row_heights
    from perfdocs.loading.settings import load_settings

    path = Path(os.environ.get("TMPDIR", "/tmp")) / f"perfdocs-long-{os.getpid()}.yaml"
    path.write_text(_long(320, done=False), encoding="utf-8")
    try:
        form = built_forms(prepare(path, load_settings(None)))[0][-1].form
    finally:
        path.unlink()
    sizes = Sizes(form)
    text = (_REASON * 8)[:320]
    (b, block), = [(b, block) for b, block in enumerate(form.blocks)
                   if any(c.text == text for c in block.cells)]
    owner = next(c for c in block.cells if c.text == text)
    rows = row_heights(block, sizes)
    cut, starts = pdf_blocks(form)[b]
    assert cut.n_rows == len(rows.heights) > block.n_rows
    chunks = sorted((c for c in cut.cells if c.col == owner.col
                     and rows.first[owner.row] <= c.row < rows.first[owner.row + 1]),
                    key=lambda c: c.row)
    assert len(chunks) == cut.n_rows - block.n_rows + 1 >= 3
    assert "".join(c.text for c in chunks) == text
    assert [c.joined for c in chunks] == [False] + [True] * (len(chunks) - 1)
    assert all(c.rowspan == 1 for c in chunks)
    name = next(c for c in cut.cells if c.text == "助餐点建设数量")
    assert (name.row, name.rowspan) == (chunks[0].row, len(chunks))
    # the PDF breaks inside that text: the Word copy can break there now
    assert starts is not None and any(chunks[0].row < s <= chunks[-1].row for s in starts)


def test_word_follows_the_pdfs_pages_as_far_as_they_fit() -> None:
    """A header row and 12 rows of 10 pt on pages of 50 pt, the PDF breaking before rows
    5 and 9: Word keeps those breaks while its pages hold them. A taller row 3 ends the
    first page early; the next page then ends where it is full (8), not at the PDF's 5,
    which would leave a page of one row and cost a page."""
    from perfdocs.forms.pages import follow

    rows = [10.0] * 13
    assert follow(rows, [5, 9], repeat=1, used=0, room=50) == [5, 9]
    assert follow(rows, [0, 5, 9], repeat=1, used=45, room=50) == [0, 5, 9]
    taller = [*rows[:3], 20.0, *rows[4:]]
    assert follow(taller, [5, 9], repeat=1, used=0, room=50) == [4, 8, 11]  # 总分 not alone
    # a heading row (3) goes over with the row it heads
    assert follow(taller, [5, 9], repeat=1, used=0, room=50, heads=frozenset({3})) == [3, 6, 10]
    # the signature line that does not fit the last page takes its last two rows with it
    assert follow(rows, [5, 9], repeat=1, used=0, room=50, tail=15) == [5, 9, 11]
    assert follow([10.0, 60.0], [], repeat=1, used=0, room=50) is None


def _sichuan(text: str) -> str:
    """A synthetic project with the fund rows of the sichuan-2023 layout."""
    text = re.sub(r"    当年财政拨款: (.*)", r"    财政资金: \1\n    财政专户管理资金: "
                  "{年初预算数: 0, 全年预算数: 0, 全年执行数: 0}", text)
    return text.replace("    上年结转资金: {年初预算数: 0, 全年预算数: 0, 全年执行数: 0}",
                        "    单位资金: {年初预算数: 0, 全年预算数: 0, 全年执行数: 0}")


SYNTHETIC = {  # case: (indicators, layout)
    "60 项": (60, None),
    "32 项": (32, None),
    "40 项（sichuan-2023）": (40, "sichuan-2023"),
    "36 项（steps-2022，表下签章一行）": (36, "steps-2022"),
    "19 项（steps-2022，签章一行放不下，末两行随它换页）": (19, "steps-2022"),
}
DATA = {  # a 申报表 and a 自评表 of four pages, with a 400-character 年度总体目标
    "职业培训基础能力建设资助（2024）": ROOT / "data" / "2024" / "职业培训基础能力建设资助.yaml",
    "农村公路日常养护补助（sichuan-2023）": ROOT / "data" / "sichuan-2023" / "农村公路日常养护补助.yaml",
}

LONG = (250, 320, 400)
"""Lengths of a 偏差原因 (and of the 实际完成情况) in the national-2020 example: a row
shorter than a page but taller than a quarter of one, which the PDF cuts and goes on with
on the next page. Word kept it whole and moved it to the next page (320: 3 pages for the
PDF's 2, two thirds of page 1 blank; tester7 D4)."""
_REASON = "部分乡村学校教师工学矛盾突出，集中培训参训率偏低，后续将采取送培下乡和线上线下混合方式，提高参训率。"


def _long(length: int, *, done: bool) -> str:
    """The national-2020 example with a ``length``-character 偏差原因 on 助餐点建设数量
    (``done``: and as long a 实际完成情况)."""
    text = (ROOT / "data" / "national-2020" / "社区居家养老服务补助.yaml").read_text(
        encoding="utf-8")
    reason = "两个助餐点因选址调整顺延至次年一季度建成，已落实场地。"
    assert reason in text
    text = text.replace(reason, (_REASON * 8)[:length])
    if done:
        found = re.search(r"实际完成情况: (.*)", text)
        assert found is not None
        text = text.replace(found.group(0), "实际完成情况: " + (found.group(1) * 8)[:length])
    return text


def _first_rows(form: Any, pages: list[str]) -> list[tuple[int, int] | None]:
    """The first body row (block, row) each page prints: found by a text of the row that
    no other row of the form begins with."""
    rows = []
    for b, block in enumerate(form.blocks):
        for r in range(block.repeat_rows, block.n_rows):
            texts = [re.sub(r"\s", "", c.text) for c in block.cells
                     if c.row == r and c.rowspan == 1 and c.text]
            rows.append(((b, r), texts))
    count = Counter(t[:10] for _, texts in rows for t in texts)
    keys = []
    for pos, texts in rows:
        unique = sorted((t for t in texts if count[t[:10]] == 1 and len(t) >= 3),
                        key=len, reverse=True)
        if unique:
            keys.append((pos, unique[0][:10]))
    return [min((pos for pos, key in keys if key in page), default=None) for page in pages]


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """Each form's first row per page: in its PDF and in LibreOffice's print of its .docx."""
    from perfdocs.engine.pipeline import built_forms, prepare
    from perfdocs.loading.settings import load_settings
    from perfdocs.render.docx.writer import render_docx
    from perfdocs.render.pdf.fonts import find_cjk_font
    from perfdocs.render.pdf.writer import render_pdf

    soffice = need("soffice")
    pdftotext = need("pdftotext")
    work = tmp_path_factory.mktemp("pdfpages")
    inbox = work / "in"
    inbox.mkdir()
    settings = load_settings(None)
    font = find_cjk_font([])

    def pages(pdf: Path) -> list[str]:
        out = subprocess.run([pdftotext, "-raw", str(pdf), "-"], check=True,
                             capture_output=True, text=True, timeout=60).stdout
        return [re.sub(r"\s", "", page) for page in out.split("\f")[:-1]]

    forms: dict[str, Any] = {}
    for case, (indicators, layout) in SYNTHETIC.items():
        text = project_yaml(indicators, indicators=indicators)
        path = work / f"{len(forms)}.yaml"
        path.write_text(_sichuan(text) if layout == "sichuan-2023" else text, encoding="utf-8")
        forms[case] = built_forms(prepare(path, settings, layout_name=layout))[0][0]
    for case, path in DATA.items():
        for built in built_forms(prepare(path, settings))[0]:
            forms[f"{case} {built.form.title}"] = built
    for length in LONG:
        for done in (False, True):
            path = work / f"long{length}{done}.yaml"
            path.write_text(_long(length, done=done), encoding="utf-8")
            built = built_forms(prepare(path, settings))[0][-1]
            forms[f"偏差原因 {length} 字{'，实际完成情况同长' if done else ''}"] = built
    found: dict[str, dict[str, Any]] = {}
    for number, (case, built) in enumerate(forms.items()):  # with the layout's template
        form = built.form
        (inbox / f"f{number}.docx").write_bytes(render_docx([form], options=[built.options]))
        (work / f"f{number}.pdf").write_bytes(render_pdf([form], font=font))
        found[case] = {"pdf": _first_rows(form, pages(work / f"f{number}.pdf"))}
    conf = work / "fonts.conf"
    conf.write_text(FONTS_CONF, encoding="utf-8")
    subprocess.run([soffice, f"-env:UserInstallation=file://{work}/profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(work / "lo"),
                    *sorted(str(p) for p in inbox.iterdir())],
                   check=True, capture_output=True, timeout=900,
                   env=dict(os.environ, FONTCONFIG_FILE=str(conf)))
    for number, (case, built) in enumerate(forms.items()):
        found[case]["word"] = _first_rows(built.form, pages(work / "lo" / f"f{number}.pdf"))
    return found


@pytest.mark.office
def test_word_pages_begin_with_the_pdfs_rows(printed: dict[str, dict[str, Any]]) -> None:
    assert len(printed) == 8 + 2 * len(LONG)
    assert sum(len(found["pdf"]) for found in printed.values()) >= 20  # long forms among them
    assert all(None not in found["pdf"] for found in printed.values())
    differ = {case: (found["pdf"], found["word"]) for case, found in printed.items()
              if found["word"] != found["pdf"]}
    assert differ == {}

"""The signature line under a form (填报单位（盖章）…填报日期, a layout's ``footer_lines``)
never stands alone on a page of the PDF: when it does not fit under the table's last row,
the table breaks earlier and its last rows go over with it, as Word keeps them.

Before, 6 of 130 synthetic steps-2022 自评表 of 8–39 indicators ended on a page that held
only the line to sign; the forms below are among them."""

from __future__ import annotations

import re
import subprocess
from typing import Any

import pytest

from benchmarks.synthetic import project_yaml
from tests.conftest import need

# (synthetic project, indicators): forms whose signature line fell alone on a page
ALONE_BEFORE = [(119, 19), (19, 19), (108, 8), (321, 21), (231, 31), (235, 35)]
SIGNATURE = "填报单位（盖章）"


def _pages(pdf: bytes) -> list[str]:
    out = subprocess.run([need("pdftotext"), "-raw", "-", "-"], input=pdf, check=True,
                         capture_output=True, timeout=60).stdout.decode("utf-8")
    return [re.sub(r"\s", "", page) for page in out.split("\f")[:-1]]


def _steps_form(tmp_path: Any, index: int, indicators: int) -> tuple[Any, Any]:
    from perfdocs.engine.pipeline import built_forms, prepare
    from perfdocs.loading.settings import load_settings

    text = project_yaml(index, indicators=indicators).replace("年度: 2024", "年度: 2022")
    path = tmp_path / f"p{index}.yaml"
    path.write_text("版式: steps-2022\n" + text, encoding="utf-8")
    return built_forms(prepare(path, load_settings(None)))[0][0].form, path


@pytest.mark.parametrize(("index", "indicators"), ALONE_BEFORE)
def test_signature_line_shares_the_page_of_the_last_rows(tmp_path: Any, index: int,
                                                         indicators: int) -> None:
    from perfdocs.render.pdf.fonts import find_cjk_font
    from perfdocs.render.pdf.writer import render_pdf

    form, _path = _steps_form(tmp_path, index, indicators)
    assert form.footer.startswith(SIGNATURE)
    pages = _pages(render_pdf([form], font=find_cjk_font([])))
    last = pages[-1]
    assert SIGNATURE in last
    assert sum(SIGNATURE in page for page in pages) == 1
    # the last page also holds the table's end: its 总分 row and an indicator's score
    assert "总分" in last
    before = last.split(SIGNATURE)[0]
    assert re.search(r"\d+\.\d{2}", before), last
    # nothing was lost or printed twice on the way: every indicator's name is there once
    names = [c.text for b in form.blocks for c in b.cells if c.col == 2 and c.row >= b.repeat_rows
             and c.rowspan == 1 and len(c.text) > 12]
    joined = "".join(pages)
    for name in names:
        assert joined.count(re.sub(r"\s", "", name)) >= 1, name


def test_forms_whose_line_fits_keep_their_pages(tmp_path: Any) -> None:
    """Only a line that does not fit moves rows: a form whose line fits ends as before,
    with the line under the 总分 row on the same page and no row moved over."""
    from perfdocs.render.pdf.fonts import find_cjk_font
    from perfdocs.render.pdf.writer import render_pdf

    form, _path = _steps_form(tmp_path, 12, 12)
    pages = _pages(render_pdf([form], font=find_cjk_font([])))
    assert len(pages) == 2
    assert pages[-1].index("总分") < pages[-1].index(SIGNATURE)


@pytest.mark.parametrize(("index", "indicators"), ALONE_BEFORE)
def test_word_page_model_moves_the_same_rows(tmp_path: Any, index: int,
                                             indicators: int) -> None:
    """The Word and Excel copies' model of the PDF's pages (forms/pdf_pages) knows the
    cut: the row its last page starts with is the PDF's."""
    from perfdocs.forms.pdf_pages import pdf_starts
    from perfdocs.render.pdf.fonts import find_cjk_font
    from perfdocs.render.pdf.writer import render_pdf
    from tests.test_docx_pdf_pages import _first_rows

    form, _path = _steps_form(tmp_path, index, indicators)
    pdf_first = _first_rows(form, _pages(render_pdf([form], font=find_cjk_font([]))))
    starts = dict(enumerate(pdf_starts(form)))
    last = len(form.blocks) - 1
    assert starts[last], starts
    assert pdf_first[-1] == (last, max(starts[last])), (pdf_first, starts)

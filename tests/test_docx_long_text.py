"""A long text in the Word copy reads on without a gap, as in the PDF.

The PDF cuts a text taller than a quarter of a page into rows of so many of its lines,
and the Word copy was made of those rows: each a paragraph of its own, with the cell's
air above and below it, which LibreOffice (and Word, WPS) wraps its own way. A 900-
character 年度总体目标 printed in LibreOffice with a blank band between its rows and the
last line of each row short, mid-word (…业务印刷、专家咨 | 询、设备耗材…). The text is
cut now only where a page breaks. Here LibreOffice (宋体 as AR PL UMing, the PDF's face)
prints the .docx and the text's lines are read back with their positions.
"""

from __future__ import annotations

import html
import itertools
import os
import re
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT, need
from tests.test_office_fidelity import FONTS_CONF

pytestmark = pytest.mark.office

SIZE = 9.0
PITCH = SIZE * 1.3


def _lengthened(source: Path, field: str, length: int) -> tuple[str, str]:
    """``source``'s text with its narrative ``field`` repeated to ``length`` characters."""
    text = source.read_text(encoding="utf-8")
    found = re.search(rf"\n  {field}: \|\n    (.*)\n", text)
    assert found is not None
    old = found.group(1)
    long = (old * (length // len(old) + 1))[:length]
    return text.replace(old, long, 1), long


CASES = {
    "900 字的年度总体目标（2024 申报表，一页之内）": (
        ROOT / "data" / "2024" / "技能评价业务经费.yaml", "年度总体目标", 900),
    "3000 字的项目概况（shanghai-2020，跨页）": (
        ROOT / "data" / "2020" / "促进就业专项业务费.yaml", "项目概况", 3000),
}

_LINE = re.compile(r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">'
                   r"(.*?)</line>", re.S)
_WORD = re.compile(r"<word [^>]*>(.*?)</word>")


def _lines(pdf: Path, text: str) -> list[list[tuple[float, float, float, str]]]:
    """Per page, the printed lines (left, top, right, text) that are pieces of ``text``."""
    out = subprocess.run([need("pdftotext"), "-bbox-layout", str(pdf), "-"], check=True,
                         capture_output=True, text=True, timeout=60).stdout
    pages = []
    for page in out.split("<page ")[1:]:
        found = []
        for x0, y0, x1, body in _LINE.findall(page):
            line = "".join(html.unescape(w) for w in _WORD.findall(body))
            if len(line) >= 4 and line in text:
                found.append((float(x0), float(y0), float(x1), line))
        pages.append(sorted(found, key=lambda f: f[1]))
    # the text's own lines begin at its cell's left edge (other cells may hold a piece)
    left = next(x0 for page in pages for x0, _y, _x1, line in page if text.startswith(line))
    return [[f for f in page if abs(f[0] - left) < 1] for page in pages]


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory
            ) -> dict[str, tuple[str, list[list[tuple[float, float, float, str]]]]]:
    """Each case's long text and its lines in LibreOffice's print of the .docx."""
    from perfdocs.engine.pipeline import built_forms, prepare
    from perfdocs.loading.settings import load_settings
    from perfdocs.render.docx.writer import render_docx

    soffice = need("soffice")
    work = tmp_path_factory.mktemp("longtext")
    inbox = work / "in"
    inbox.mkdir()
    texts = {}
    for number, (case, (source, field, length)) in enumerate(CASES.items()):
        yaml, long = _lengthened(source, field, length)
        path = work / f"{number}.yaml"
        path.write_text(yaml, encoding="utf-8")
        built = built_forms(prepare(path, load_settings(None)))[0][0]
        (inbox / f"f{number}.docx").write_bytes(render_docx([built.form],
                                                            options=[built.options]))
        texts[case] = long
    conf = work / "fonts.conf"
    conf.write_text(FONTS_CONF, encoding="utf-8")
    subprocess.run([soffice, f"-env:UserInstallation=file://{work}/profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(work / "lo"),
                    *sorted(str(p) for p in inbox.iterdir())],
                   check=True, capture_output=True, timeout=600,
                   env=dict(os.environ, FONTCONFIG_FILE=str(conf)))
    return {case: (texts[case], _lines(work / "lo" / f"f{number}.pdf", texts[case]))
            for number, case in enumerate(CASES)}


@pytest.mark.parametrize("case", list(CASES))
def test_the_text_is_printed_whole_in_order(printed: dict[str, tuple[str, list[list[
        tuple[float, float, float, str]]]]], case: str) -> None:
    text, pages = printed[case]
    assert "".join(line for page in pages for _x0, _y, _x1, line in page) == text


@pytest.mark.parametrize("case", list(CASES))
def test_no_gap_between_the_lines_of_a_long_text(printed: dict[str, tuple[str, list[list[
        tuple[float, float, float, str]]]]], case: str) -> None:
    """On each page the text's lines follow at the line pitch, no band of air between."""
    _text, pages = printed[case]
    gaps = [round(b[1] - a[1], 1) for page in pages for a, b in itertools.pairwise(page)]
    assert gaps and max(gaps) < PITCH * 1.2, gaps


@pytest.mark.parametrize("case", list(CASES))
def test_no_line_ends_short_inside_the_text(printed: dict[str, tuple[str, list[list[
        tuple[float, float, float, str]]]]], case: str) -> None:
    """Every line but the text's last runs to the cell's right edge (less a figure or a
    sign LibreOffice carries over whole): none ends mid-word where a cut row ended."""
    _text, pages = printed[case]
    lines = [line for page in pages for line in page]
    right = max(x1 for _x0, _y, x1, _line in lines)
    short = [line for _x0, _y, x1, line in lines[:-1] if x1 < right - 3 * SIZE]
    assert short == []

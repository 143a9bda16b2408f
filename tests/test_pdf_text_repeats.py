"""Lines drawn again in a PDF (units, figures, repeated headers) are shown from what the
first drawing found (_compat.TextShower._shown, kept per document), and the greedy line
breaker takes a line at a time where its sums are exact (writer._fitted): the same
operators and the same lines as before."""

from __future__ import annotations

import io
import random
from typing import Any

import pytest

from perfdocs import _compat
from perfdocs.render.pdf import writer
from perfdocs.render.pdf.fonts import FontChoice, find_cjk_font, register_set
from tests.test_pdf_text_speed import _content, _shown


@pytest.fixture(scope="module")
def font() -> FontChoice:
    choice = find_cjk_font()
    if choice.path is None:
        pytest.skip("no TrueType CJK font")
    return choice


def _draw(font: FontChoice, pages: list[list[tuple[str, bool]]], *, ours: bool,
          runs: Any = writer._runs) -> bytes:
    """Each list of lines in a text object of its own (a grid each), on one canvas."""
    from reportlab.pdfgen.canvas import Canvas

    fonts = register_set(font)
    names = (fonts.cjk, fonts.latin, fonts.cjk_bold, fonts.latin_bold)
    canvas = Canvas(io.BytesIO(), invariant=1)
    for lines in pages:
        text = canvas.beginText()
        text.setFont(fonts.cjk, 10)
        show = _compat.TextShower(canvas, text, fonts.cjk, runs=runs,
                                  latin=writer._LATIN.search, mixed=names)
        for i, (line, bold) in enumerate(lines):
            x, y = 10 + (i % 5) * 2.5, 800 - i * 1.5
            if ours:
                show(x, y, line, bold)
                continue
            text.setTextOrigin(x, y)
            for is_latin, part in writer._runs(line):
                face = ((names[3] if bold else names[1]) if is_latin
                        else (names[2] if bold else names[0]))
                text.setFont(face, 10)
                text.textOut(part)
        canvas.drawText(text)
    return _content(canvas)


def test_lines_drawn_again_are_the_operators_reportlab_writes(font: FontChoice) -> None:
    from reportlab.pdfbase import pdfmetrics

    cmap = pdfmetrics.getFont(register_set(font).cjk).face.charToGlyph
    many = [chr(c) for c in range(0x4E00, 0x9FA5) if c in cmap][:600]  # three subsets
    rng = random.Random(11)
    pool = ["", "%", "100.00", "个", "≥95%", "（一）产出指标", "\U0001F600 无字形", "a\xa0b"]
    pool += ["".join(rng.choice(many[: 40 + i * 6]) for _ in range(rng.randint(1, 12)))
             + rng.choice(["", "2024", "（%）"]) for i in range(90)]
    # lines come back in the same grid, in later grids, bold and regular, before and after
    # characters of later subsets were given their codes
    pages = [[(rng.choice(pool[: 10 + p * 20]), rng.random() < 0.25) for _ in range(120)]
             for p in range(5)]
    ours = _draw(font, pages, ours=True)
    assert _shown(ours) == _shown(_draw(font, pages, ours=False))
    assert ours.count(b" Tj") > 600


def test_a_line_drawn_again_is_not_cut_into_runs_again(font: FontChoice) -> None:
    cut: list[str] = []

    def runs(line: str) -> list[tuple[bool, str]]:
        cut.append(line)
        return writer._runs(line)

    line = "完成率 100.00%"
    _draw(font, [[(line, False)] * 5, [(line, False), (line, True), (line, True)]],
          ours=True, runs=runs)
    assert cut == [line, line]  # once regular, once bold: a line is found once per document


def _loop_only(monkeypatch: Any) -> None:
    monkeypatch.setattr(writer, "_fitted", lambda *args: None)


def test_lines_a_line_at_a_time_are_the_greedy_loops(font: FontChoice, monkeypatch: Any) -> None:
    fonts = register_set(font)
    writer._MIXED[fonts.cjk] = fonts
    alphabet = list("职业技能培训补贴发放覆盖人次完成率本市集训基地项目验收合格及时率"
                    "，。、；：（）《》“”%0123456789.abcXYZ-/\u3000\xa0")
    rng = random.Random(3)
    cases = []
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 150)))
        if rng.random() < 0.2:
            text = text.replace("X", "\n")
        if rng.random() < 0.1:
            text += " ab"
        limit = rng.choice([rng.uniform(0, 30000), rng.uniform(500, 3000), 1000.0, 2000.0,
                            4567.0, 10000.0])
        cases.append((text, limit, rng.choice([9.0, 10.5, 12.0]), rng.random() < 0.3))
    fitted = writer._fitted
    used: list[bool] = []

    def spy(*args: Any) -> Any:
        found = fitted(*args)
        used.append(found is not None)
        return found

    monkeypatch.setattr(writer, "_fitted", spy)
    fast = [writer._broken(text, limit, fonts.cjk, size, bold)
            for text, limit, size, bold in cases]
    assert sum(used) > 500  # the line-at-a-time path ran (and is what _broken returned)
    _loop_only(monkeypatch)
    slow = [writer._broken(text, limit, fonts.cjk, size, bold)
            for text, limit, size, bold in cases]
    assert fast == slow

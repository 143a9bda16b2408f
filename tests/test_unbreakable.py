"""A figure keeps its unit on one line in the PDF (tester4 #15: 「≥18000平方」 / 「米」), and
the page model the Word and Excel copies break by (forms/pdf_pages) breaks as the PDF does.

The pieces come from one function (perfdocs/forms/unbreakable.tokens), joined in Python
after one pattern; here they are held to a single regular expression written from the rule.
"""

from __future__ import annotations

import random
import re

import pytest

from perfdocs.forms import unbreakable
from perfdocs.forms.unbreakable import parts, tokens
from perfdocs.render.pdf import writer
from perfdocs.render.pdf.fonts import find_cjk_font, register_set


def _class(chars: frozenset[str]) -> str:
    return "[" + re.escape("".join(sorted(chars))) + "]"


_UNITS = "|".join(re.escape(u) for u in sorted(
    [*unbreakable.UNITS, *(f"({u})" for u in unbreakable.UNITS),
     *(f"（{u}）" for u in unbreakable.UNITS)], key=len, reverse=True))
RULE = re.compile(
    f"(?s:.(?:(?<={_class(unbreakable.OPENING)}).|{_class(unbreakable.CLOSING)}"
    f"|(?<={_class(unbreakable.WORD)}){_class(unbreakable.WORD)}"
    f"|(?<={_class(unbreakable.SIGNS)})[0-9]|(?<=[0-9])(?:{_UNITS}))*)")
"""The rule as one pattern: a character, then what joins the one before it (after an
opening mark; a closing mark; a word character after another; a figure after a sign; a
unit, bare or in brackets, after a figure)."""

PIECES = ["平方米", "平方公里", "人/次", "人次", "万元", "公里", "个月", "年", "所", "米", "分",
          "18000", "1.5", "≥", "≤", "±", ">", "(", ")", "（", "）", "，", "。", "%", "％",
          "校舍", "维修", "面积", "a", " ", "-", "/", "5G", "\n"]


def test_pieces_keep_a_figure_with_its_unit() -> None:
    assert tokens("≥18000平方米") == ["≥18000平方米"]
    assert tokens("维修≥18000平方米，完成") == ["维", "修", "≥18000平方米，", "完", "成"]
    assert tokens("培训500人/次") == ["培", "训", "500人/次"]
    assert tokens("≥500.00(人次)") == ["≥500.00(人次)"]
    assert tokens("2025年12月31日前") == ["2025年", "12月", "31日", "前"]
    assert tokens("3个月（1.5万元）") == ["3个月", "（1.5万元）"]
    # a unit without a figure, and a figure without a unit, are as before
    assert tokens("单位：平方米") == ["单", "位：", "平", "方", "米"]
    assert tokens("ISO9001认证") == ["ISO9001", "认", "证"]
    assert tokens("≥ 90") == ["≥", " ", "90"]


def test_a_piece_too_wide_for_a_line_parts_at_its_unit() -> None:
    assert parts("≥18000平方米，") == ["≥18000", "平方米，"]
    assert parts("≥500.00(人次)") == ["≥500.00", "(人次)"]
    assert parts("100.00%") == ["100.00%"]
    assert parts("平") == ["平"]


def test_the_pieces_are_the_rules() -> None:
    rng = random.Random(15)
    for _ in range(30000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 12)))
        assert tokens(text) == RULE.findall(text), text
        for piece in tokens(text):
            assert "".join(parts(piece)) == piece


@pytest.fixture(scope="module")
def uming() -> str:
    """The face the page model is made of (AR PL UMing with Liberation Serif)."""
    choice = find_cjk_font([])
    if choice.path is None or choice.latin is None or "uming" not in choice.path:
        pytest.skip("the model is of AR PL UMing and Liberation Serif")
    fonts = register_set(choice)
    writer._MIXED[fonts.cjk] = fonts
    return fonts.cjk


def _width(text: str, font: str, size: float) -> float:
    return sum(map(writer._advances(font, False), text)) * size / 1000


def test_the_pdf_breaks_before_the_figure_not_inside_the_unit(uming: str) -> None:
    size = 10.5
    # room for 「面积≥18000平方」 but not for the 米: the whole figure goes on
    text = "面积≥18000平方米"
    width = _width("面积≥18000平方", uming, size) + 1
    lines = [line for line, _ in writer._break_lines(text, width, uming, size)]
    assert lines == ["面积", "≥18000平方米"]
    # a cell too narrow for 「≥18000平方米」 on a line of its own parts it at the unit
    width = _width("≥18000平方", uming, size) + 1
    lines = [line for line, _ in writer._break_lines("≥18000平方米", width, uming, size)]
    assert lines == ["≥18000", "平方米"]
    # and only a part wider than a line is broken between its characters
    width = _width("平方", uming, size) + 1
    lines = [line for line, _ in writer._break_lines("≥18000平方米", width, uming, size)]
    assert "".join(lines) == "≥18000平方米" and "平方" in lines


def test_the_page_model_breaks_figures_and_units_as_the_pdf(uming: str) -> None:
    from perfdocs.forms.pdf_pages import line_count, line_starts

    rng = random.Random(16)
    wrong = []
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 30)))
        width, size = rng.uniform(15, 160), rng.choice([9.0, 10.5, 12.0])
        pdf = [line for line, _ in writer._break_lines(text, width, uming, size)]
        starts = line_starts(text, width, size)
        ours = [text[a:b].removesuffix("\n")
                for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
        if line_count(text, width, size) != len(pdf) or len(ours) != len(pdf) or any(
                o not in (p, p + " ") for o, p in zip(ours, pdf, strict=True)):
            wrong.append((text, width, size))
    assert wrong == []


def test_the_reports_pdf_breaks_figures_and_units_as_the_forms() -> None:
    """The 自评报告's PDF (render/pdf/report, drawn with reportlab's widths) keeps a figure
    with its unit, and parts a too-wide one at the unit (tester4 #15 was in its table too)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from perfdocs.render.pdf.fonts import register
    from perfdocs.render.pdf.report import _break

    choice = find_cjk_font([])
    if choice.path is None:
        pytest.skip("no embeddable CJK font")
    font = register(choice)
    size = 10.5

    def lines(text: str, width: float) -> list[str]:
        return [line for _, line in _break(text, [width], font, size)[0]]

    assert lines("面积≥18000平方米", stringWidth("面积≥18000平方", font, size) + 1) == [
        "面积", "≥18000平方米"]
    assert lines("≥18000平方米", stringWidth("≥18000平方", font, size) + 1) == [
        "≥18000", "平方米"]
    assert lines("≥500.00(人次)", stringWidth("≥500.00(人", font, size) + 1) == [
        "≥500.00", "(人次)"]

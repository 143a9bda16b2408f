"""Character maps asked whether a text holds a character (forms/charsets), and the line
models' shortcuts for a text of one-em Chinese characters that use them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perfdocs.forms import pdf_pages, unbreakable
from perfdocs.forms.charsets import CharSet
from perfdocs.render.docx import wrapping

CHINESE = list("培训人数完成率满意度指标")
OTHERS = ["", "", "（", "，", "≥", "a", " ", "。", "1", "±", "\n", "“", "\xa0", "％"]


@pytest.mark.parametrize("chars", [
    pdf_pages._JOINING,
    unbreakable.JOINING,
    frozenset(map(chr, range(128))) | wrapping.WORDLIKE | wrapping.CLOSING | wrapping.OPENING,
])
def test_a_character_map_finds_its_characters_and_no_other(chars: frozenset[str]) -> None:
    """Every character of the Basic Multilingual Plane alone, and among Chinese text."""
    charset = CharSet(chars)
    found = {ch for ch in map(chr, range(0x10000)) if charset.found_in(ch)}
    assert found == chars | {"\x00"}
    assert charset.found_in("培训" + min(chars) + "人数") and not charset.found_in("培训人数")
    assert not charset.found_in("") and charset.found_in("培训😀" + max(chars))


def test_a_character_map_refuses_what_it_cannot_hold() -> None:
    with pytest.raises(ValueError):
        CharSet(map(chr, range(0x4E00, 0x4F00)))  # 256 characters
    with pytest.raises(ValueError):
        CharSet(["😀"])


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(CHINESE), max_size=240).map("".join),
       st.sampled_from(OTHERS), st.integers(0, 240),
       st.floats(min_value=-5.0, max_value=400.0), st.sampled_from([9.0, 10.5, 12.0]))
def test_the_pdf_model_counts_as_it_lays_out(chinese: str, other: str, at: int,
                                             width: float, size: float) -> None:
    """pdf_pages.line_count with and without its shortcut for Chinese characters only."""
    text = chinese[:at] + other + chinese[at:]
    fast = pdf_pages.line_count.__wrapped__(text, width, size)
    kept = pdf_pages._JOINING_SET
    pdf_pages._JOINING_SET = CharSet("".join(CHINESE + OTHERS))  # every text: never the shortcut
    try:
        assert fast == pdf_pages.line_count.__wrapped__(text, width, size)
    finally:
        pdf_pages._JOINING_SET = kept


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(CHINESE), max_size=240).map("".join),
       st.sampled_from(OTHERS), st.integers(0, 240), st.floats(min_value=1.0, max_value=30.0))
def test_the_word_model_counts_as_it_lays_out(chinese: str, other: str, at: int,
                                              width: float) -> None:
    """wrapping's shortcut for a line of Chinese characters only: the layout's count; one
    mark, Latin letter or space among them takes the layout itself."""
    line = chinese[:at] + other + chinese[at:]
    if "\n" in line:
        return
    room = max(width - wrapping.SLACK, 1.0)
    assert wrapping._line_count(line, width) == wrapping.laid_out(line, room)


@pytest.mark.parametrize(("text", "lines"), [("培" * 30, 3), ("", 1), ("培\n\n培", 3)])
def test_known_counts(text: str, lines: int) -> None:
    assert pdf_pages.line_count.__wrapped__(text, 130.0, 10.0) == lines  # 13 ems a line

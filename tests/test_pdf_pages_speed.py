"""The page model's short cuts (perfdocs/forms/pdf_pages) give the counts its plain loop gives.

The Word and Excel copies break their pages where the PDF does, by a model of the PDF's
line breaking worked out for every form written as .docx or .xlsx. Its line count takes
the sum of a text's advances as ``1000.0 * len(text)`` when every character is one em
(``_em_each``, found from the text's UTF-8 bytes instead of a look-up per character):
that test must never say so of a text holding a character of another advance (a figure,
a Latin letter, a sign below U+2000, a character beyond U+FFFF whose bytes could make up
the length), and the counts must be those of the plain sums.
"""

from __future__ import annotations

import random

import pytest

from perfdocs.forms import pdf_pages

EDGES = [chr(code) for code in (0x0A, 0x20, 0x31, 0x7F, 0x80, 0xB1, 0x7FF, 0x800, 0xFFF,
                                0x1000, 0x1FFF, 0x2000, 0x3000, 0x4E00, 0xD7FF, 0xD800,
                                0xDFFF, 0xE000, 0xFF05, 0xFFFF, 0x10000, 0x20000, 0x10FFFF)]
POOLS = ("职业技能培训补贴发放覆盖人次完成率", "，。：；（）％—…“”、", "0123456789.%abcXYZ -",
         "±×\u0800\u1fff\u2000\uffff\U00020000\U0010ffff", "\ud800\udfff", "\u07ff\u0080\n")


def _one_em_each(text: str) -> bool:
    return all(pdf_pages.advance(ch) == 1000.0 for ch in text)


def test_every_character_one_em_only_when_it_is() -> None:
    for a in EDGES:
        for b in EDGES:
            for c in EDGES:
                text = a + b + c
                if pdf_pages._em_each(text):
                    assert _one_em_each(text), ascii(text)
    # a four-byte character and a two-byte one make six bytes, as two three-byte ones
    assert not pdf_pages._em_each("补\U00020000±")
    assert not pdf_pages._em_each("补\u1000")
    assert pdf_pages._em_each("职业技能培训，（％）“”") and pdf_pages._em_each("")


def test_random_texts_said_one_em_are_and_sum_to_it() -> None:
    rng = random.Random(20)
    said = 0
    for _ in range(20_000):
        pools = POOLS[:rng.randint(1, len(POOLS))]
        text = "".join(rng.choice(rng.choice(pools)) for _ in range(rng.randint(0, 40)))
        if pdf_pages._em_each(text):
            said += 1
            assert _one_em_each(text), ascii(text)
            assert 1000.0 * len(text) == sum(map(pdf_pages.advance, text))
    assert said > 1_000  # the short cut is taken, not only refused


def test_line_counts_as_with_plain_sums(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(7)
    cases = []
    for _ in range(3_000):
        pools = POOLS[:rng.randint(1, 3)]
        text = "".join(rng.choice(rng.choice(pools)) for _ in range(rng.randint(1, 120)))
        cases.append((text, rng.choice((40.5, 71.25, 118.0, 260.7)), rng.choice((9.0, 10.5))))
    fast = [pdf_pages.line_count(*case) for case in cases]
    pdf_pages.line_count.cache_clear()
    monkeypatch.setattr(pdf_pages, "_EM_EACH", lambda text: False)
    try:
        plain = [pdf_pages.line_count(*case) for case in cases]
    finally:
        pdf_pages.line_count.cache_clear()
    assert fast == plain
    assert max(fast) > 3  # texts long enough to wrap

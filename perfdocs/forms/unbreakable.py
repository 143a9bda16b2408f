"""The pieces a line of a form's PDF is never broken inside: one rule for the PDF writer and
for the model of its layout that the Word and Excel copies break their pages by.

A line of Chinese text may break between any two characters, but not inside a Latin word
or a figure (``2024``, ``100.00%``), not before a closing mark (，。）) and not after an
opening one (（《“). Nor may a number be parted from its unit: a reader should not find
「≥18000平方」 at the end of one line and 「米」 at the start of the next (tester4 #15;
Chinese typesetting rules, CLREQ, keep 数值与单位 together). So these are single pieces too:

* a figure with the unit written right after it: 18000平方米, 500人/次, 1.5万元, 3所,
  2025年, 12个月, ≥500.00(人次) (:data:`UNITS`, the longest that fits: 平方米, not 平);
* a comparison sign with the figure right after it: ≥98%, ±5℃ (:data:`SIGNS`).

A piece wider than the whole line is broken first between the figure and its unit
(:func:`parts`: 「≥18000」 / 「平方米」), and only a part still wider than a line between
its characters. A unit with no figure before it (a 计量单位 column's 平方米) is Chinese
text like any other: keeping every 人次 or 万元 of a narrative whole would take the line
models' shortcut for texts of Chinese characters only (:data:`JOINING`) from most texts.

The PDF writer (:mod:`perfdocs.render.pdf.writer`, and the 自评报告's PDF,
:mod:`perfdocs.render.pdf.report`) and the page model (:mod:`perfdocs.forms.pdf_pages`)
all call :func:`tokens`, so the copies' page breaks cannot drift from the PDF's lines.
"""

from __future__ import annotations

import re
from itertools import compress, count
from operator import itemgetter

from perfdocs.forms.charsets import CharSet

OPENING = frozenset("（([{《〈「『【〔“‘")
"""Marks that never end a line: they stick to what follows."""
CLOSING = frozenset("）)]}》〉」』】〕”’，,。.、；;：:！!？?％%…·")
"""Marks that never begin a line: they stick to what precedes."""
WORD = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.,%-+/:_#'")
"""Characters of a Latin word or a figure (``2024``, ``100.00``, ``km/h``): two of them
side by side are never parted."""
JOINING = OPENING | CLOSING | WORD
"""The characters that join a neighbour: a text with none of them (most Chinese sentences
without figures or punctuation) is one piece per character. A figure is among them, so a
unit or a sign joins nothing in such a text either."""
JOINING_SET = CharSet(JOINING)
""":data:`JOINING` as a character map (:mod:`perfdocs.forms.charsets`), asked of a text
in one pass in C."""

SIGNS = frozenset("≥≤＞＜><≈±")
"""Signs that stick to a figure right after them."""
UNITS = (
    "平方公里", "平方千米", "平方米", "立方米", "公里", "千米", "厘米", "毫米", "公顷",
    "公斤", "千克", "千瓦时", "千瓦", "兆瓦", "万千瓦", "亿元", "万元", "千元", "元/人",
    "人/次", "人次", "户次", "万人次", "万人", "万户", "万亩", "万吨", "个百分点", "百分点",
    "小时", "分钟", "个月", "季度", "工作日", *"元米吨亩人次户个所家台套件项辆册本场期篇名"
    "处座间张株棵头只份批类种块部栋层床门节课班条支位宗笔盏年月日天周届岁分倍升克‰℃")
"""Units that stick to a figure right before them, also in brackets: ≥500.00(人次)."""
_UNITS_BY_FIRST: dict[str, tuple[str, ...]] = {
    first: tuple(sorted((u for u in UNITS if u[0] == first), key=len, reverse=True))
    for first in {u[0] for u in UNITS}}
"""The units each character begins, the longest first."""
_BRACKETS = {"(": ")", "（": "）"}
"""Brackets a unit may stand in after its figure, each with its closing one."""
_FIGURES = frozenset("0123456789")
_FIGURE_END = _FIGURES | SIGNS
"""Last characters of a piece that a unit or a figure may join."""
_MEASURE_SET = CharSet(SIGNS | frozenset(_UNITS_BY_FIRST) | frozenset(_BRACKETS))
"""A text without one of these holds no sign and no unit: its pieces are the plain ones."""
_FIGURE_SET = CharSet(_FIGURES)
"""Nor has a text without a figure anything to join to a sign or a unit."""

_PLAIN = re.compile(
    f"(?s:.(?:(?<=[{re.escape(''.join(sorted(OPENING)))}]).|"
    f"[{re.escape(''.join(sorted(CLOSING)))}]|"
    f"(?<=[{re.escape(''.join(sorted(WORD)))}])[{re.escape(''.join(sorted(WORD)))}])*)")
"""A piece before signs and units join it: a character, then every character joined to the
one before it (after an opening mark, a closing mark, a word character after another),
scanned in C. Signs and units are joined in Python (:func:`_measures`): in this pattern,
their classes cost a millisecond more to compile in every process (issue 20)."""


def tokens(text: str) -> list[str]:
    """``text`` in the pieces no line break may split (see the module's docstring), in
    order: their concatenation is ``text``."""
    if not JOINING_SET.found_in(text):
        return list(text)
    pieces: list[str] = _PLAIN.findall(text)
    if not _FIGURE_SET.found_in(text) or not _MEASURE_SET.found_in(text):
        return pieces
    return _measures(pieces)


def parts(piece: str) -> list[str]:
    """Where a piece wider than a whole line is broken first: a figure and its unit apart
    (「≥12000」 / 「平方米」 rather than 「≥12000平方」 / 「米」); any other piece is one part.
    A part still wider than a line is broken between its characters."""
    if not _FIGURE_SET.found_in(piece) or not _MEASURE_SET.found_in(piece):
        return [piece]
    return _measures(_PLAIN.findall(piece), apart=True)


def _measures(pieces: list[str], *, apart: bool = False) -> list[str]:
    """``pieces`` with a sign joined to the figure after it and a figure to its unit
    (``apart``: the unit made one piece of its own, after the figure's)."""
    ends = _FIGURE_END
    # the pieces ending in a figure or a sign, found in C (a loop here cost as much as
    # the pattern that made the pieces)
    at = list(compress(count(), map(ends.__contains__, map(itemgetter(-1), pieces))))
    if not at:
        return pieces
    out: list[str] = []
    size = len(pieces)
    done = 0  # pieces[:done] are in out
    for k in at:
        if k < done:
            continue  # joined into an earlier piece already
        out += pieces[done:k]
        piece = pieces[k]
        k += 1
        while k < size:
            last = piece[-1]
            if last in SIGNS:
                if pieces[k][0] not in _FIGURES:
                    break
                piece += pieces[k]
                k += 1
                continue
            if last not in ends:
                break
            took = _unit(pieces, k)
            if not took:
                break
            unit = "".join(pieces[k:k + took])
            if apart:
                out.append(piece)
                piece = unit
            else:
                piece += unit
            k += took
        out.append(piece)
        done = k
    out += pieces[done:]
    return out


def _unit(pieces: list[str], k: int) -> int:
    """How many pieces from ``pieces[k]`` on the longest unit there spans (0: none), bare
    or in brackets. A unit begins a piece (its characters join nothing before them) and
    ends where a piece ends or before closing marks, which stay with it."""
    first = pieces[k][0]
    closing = _BRACKETS.get(first)
    ahead = "".join(pieces[k:k + 4])  # a unit spans at most four (平方公里, （平方公里）)
    if closing is not None:
        units = _UNITS_BY_FIRST.get(ahead[1:2])
        wanted = [first + unit + closing for unit in units] if units is not None else []
    else:
        wanted = list(_UNITS_BY_FIRST.get(first, ()))
    for unit in wanted:
        if ahead.startswith(unit):
            length, took = 0, 0
            while length < len(unit):
                length += len(pieces[k + took])
                took += 1
            return took
    return 0

"""Where a caption that must wrap breaks: at a natural point, never mid-word.

Word, WPS, Excel and LibreOffice break Chinese text between any two characters, so a
group name wider than its column prints 服务对象满意度指/标. A caption longer than its column
holds is given line breaks here instead: a trailing 指标/目标 goes on a line of its own
(or joins the last line when it fits), and the rest is cut into lines of even length
(服务对象/满意度/指标, 可持续/影响/指标). How many characters a line holds is estimated for
the narrowest page a form is printed on (Word's A4 with 2 cm margins), so every format
has room for each line.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal

NARROWEST_PAGE = Decimal("481.9")
"""Points of table width on the narrowest page: A4 less Word's 2 cm side margins."""
CELL_PADDING = Decimal(9)
"""Points a cell keeps free beside its text (Word: 3 pt each side), plus three of slack."""
SUFFIXES = ("指标", "目标")
"""Endings that read as a word of their own (数量 / 指标)."""


def line_capacity(widths: Sequence[Decimal], col: int, colspan: int, size: Decimal) -> int:
    """Full-width characters of ``size`` points a line of columns ``col``… holds."""
    total = sum(widths, Decimal(0))
    share = sum(widths[col:col + colspan], Decimal(0)) / total
    return max(1, int((share * NARROWEST_PAGE - CELL_PADDING) / size))


def wrap_label(text: str, capacity: int) -> str:
    """``text`` with line breaks at natural points when it is wider than ``capacity``.

    Only a caption of Chinese characters on one line is broken; anything else (Latin
    words, text that already has line breaks) is returned as it is.
    """
    if len(text) <= capacity or "\n" in text or any(ch.isascii() for ch in text):
        return text
    suffix = next((s for s in SUFFIXES if text.endswith(s) and len(text) > len(s)), "")
    head = text[: len(text) - len(suffix)]
    count = math.ceil(len(head) / capacity)
    size, extra = divmod(len(head), count)
    lines: list[str] = []
    start = 0
    for index in range(count):
        end = start + size + (1 if index < extra else 0)
        lines.append(head[start:end])
        start = end
    if suffix:
        if len(lines[-1]) + len(suffix) <= capacity:
            lines[-1] += suffix
        else:
            lines.append(suffix)
    return "\n".join(lines)

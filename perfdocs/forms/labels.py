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
from collections.abc import Iterable, Sequence
from decimal import Decimal

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from perfdocs.forms.grid import Cell

NARROWEST_PAGE = Decimal("481.9")
"""Points of table width on the narrowest page: A4 less Word's 2 cm side margins."""
CELL_PADDING = Decimal(9)
"""Points a cell keeps free beside its text (Word: 3 pt each side), plus three of slack."""
WORD_PADDING = Decimal(7)
"""Points a Word cell needs beside one line of text: the table's 3 pt cell margins on each
side (60 twips, render/docx), plus 1 pt for the column widths rounded down to whole twips."""
SHORT_LABEL = 4
"""Captions of up to this many characters (项目名称, 主管部门, 一级指标) print on one line."""
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


def line_ems(size: Decimal) -> Decimal:
    """Ems of ``size`` points a line of the narrowest page holds (a line under the table)."""
    return NARROWEST_PAGE / size


_HALF = Decimal("0.5")


def ems(text: str) -> Decimal:
    """Width of ``text`` in ems as Word and LibreOffice set it in 宋体: a Chinese or
    full-width character one em, an ASCII one half."""
    halves = len(text.encode("ascii", "ignore"))  # the ASCII characters
    if not halves:
        return Decimal(len(text))
    # the same Decimal (value and exponent) as adding 1 and 0.5 character by character
    return Decimal(len(text) - halves) + Decimal(halves) * _HALF


TIMES_EMS = {".": Decimal("0.25"), ",": Decimal("0.25"), "%": Decimal("0.833"),
             "-": Decimal("0.333"), "(": Decimal("0.333"), ")": Decimal("0.333"),
             " ": Decimal("0.25"), "+": Decimal("0.564")}
"""Advance widths in ems of the Latin characters a figure holds, in Times New Roman (and
Liberation Serif, its metric twin), where figures are set; a digit is half an em."""


def figure_ems(text: str) -> Decimal:
    """Width of a printed figure (108513463.00, 100.00%) in ems, in the Latin face figures
    are set in: the em-per-character estimate of :func:`ems` would widen columns whose
    figures fit, and shift every page of a form that prints exactly as its layout says."""
    return sum((Decimal(1) if not ch.isascii() else TIMES_EMS.get(ch, Decimal("0.5"))
                for ch in text), Decimal(0))


def _needs(widths: Sequence[Decimal], cells: Iterable[Cell], size: Decimal) -> list[Decimal]:
    """Each column's least relative width for its short captions, and its figures, to print
    on one line."""
    total = sum(widths, Decimal(0))
    needs = [Decimal(0)] * len(widths)
    for cell in cells:
        if cell.colspan != 1:
            continue
        for line in _unbreakable(cell):
            width = figure_ems(line) if cell.number is not None else ems(line)
            points = width * size + WORD_PADDING
            needs[cell.col] = max(needs[cell.col], points / NARROWEST_PAGE * total)
    return needs


def _unbreakable(cell: Cell) -> list[str]:
    """The lines of ``cell`` that must not wrap: a short caption (项目名称), and a printed
    figure (100.00%), which Word and WPS would otherwise break as 100.00 / %."""
    if cell.number is not None:
        return [cell.text.strip()] if cell.text.strip() and "\n" not in cell.text else []
    if cell.style not in ("label", "header"):
        return []
    return [line.strip() for line in cell.text.split("\n")
            if line.strip() and not line.strip().isascii() and len(line.strip()) <= SHORT_LABEL]


def fitted_widths(widths: Sequence[Decimal], cells: Iterable[Cell],
                  size: Decimal) -> tuple[Decimal, ...]:
    """The layout's relative column widths, each column widened where a short caption in
    it (项目名称, 一级指标) or a figure (100.00%) would otherwise break in Word, the
    narrowest format.

    Word, WPS and LibreOffice break Chinese between any two characters, so 项目名称 in a
    column a hair too narrow prints 项目名/称. A layout's widths suit its own columns; a
    variant that adds a column (备注) takes its room from every other one. The room a
    caption needs is measured as Word sets it (one em per character at the body size, plus
    the cell margins) on the narrowest page any format prints; the widened columns take it
    from the others in proportion to their widths. Widths that already fit are returned
    unchanged, so such a form prints exactly as its layout says.
    """
    needs = _needs(widths, cells, size)
    if all(width >= need for width, need in zip(widths, needs, strict=True)):
        return tuple(widths)
    total = sum(widths, Decimal(0))
    if sum(needs, Decimal(0)) >= total:
        return tuple(widths)  # the captions cannot all fit: the layout's widths stand
    fixed: dict[int, Decimal] = {}
    short = [i for i, (w, n) in enumerate(zip(widths, needs, strict=True)) if w < n]
    while True:
        fixed.update((i, needs[i]) for i in short)
        free = [i for i in range(len(widths)) if i not in fixed]
        room = total - sum(fixed.values(), Decimal(0))
        base = sum((widths[i] for i in free), Decimal(0))
        scaled = {i: widths[i] * room / base for i in free}
        short = [i for i in free if scaled[i] < needs[i]]
        if not short:
            return tuple(fixed[i] if i in fixed else scaled[i] for i in range(len(widths)))

"""Every row of the Excel copy holds its text in the face a clerk's WPS or Excel sets it in.

The .xlsx fixes every row's height (docs/wps.md: neither program auto-fits merged cells), so
a row estimated short prints its text cut off, a line lost on paper. The heights are the
writer's estimate; here they are checked against a model of its own of the clerk's program:
Excel or WPS on Windows setting 宋体 in SimSun (every ASCII character half an em, any other
one em), breaking lines as East Asian text is broken (between any two Chinese characters, a
run of Latin letters, figures and signs only whole, no closing mark at a line's start) in the
column's text room (7 pixels a width unit less Excel's 5 pixels of padding), lines as tall as
the tallest face we know 宋体 set in (WenQuanYi Zen Hei in LibreOffice, 1.266 em), 3 pt of
air. The forms: every bundled project's, and synthetic ones whose 三级指标 and 偏差原因 mix
Chinese with figures and Latin words (ISO9001、GB/T 19001-2016…), where the writer's count of
half-ems, two held back a line, ran a line short.
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.test_docx_pages import _project

LINE_EMS = 1.27
"""The tallest face's line (WenQuanYi Zen Hei in LibreOffice: 5 lines in 20.1 mm at 9 pt)."""
AIR = 3.0
CLOSING = set("，。、；：！？）》」』】〕〉’”…％,.;:!?)]}%")
OPENING = set("（《「『【〔〈‘“([{")
LATIN = set(chr(c) for c in range(33, 127)) | set("≥≤±×÷≠≈°℃‰№")


def _simsun_lines(text: str, room: float) -> int:
    """Lines ``text`` takes in ``room`` half-ems as Excel/WPS break it in SimSun."""
    total = 0
    for paragraph in text.split("\n"):
        units: list[int] = []
        pending = 0
        for index, ch in enumerate(paragraph):
            width = 1 if ch.isascii() else 2
            glued = (ch in CLOSING or (ch in LATIN and index and paragraph[index - 1] in LATIN))
            if units and not pending and glued:
                units[-1] += width
            elif ch in OPENING:
                pending += width
            else:
                units.append(width + pending)
                pending = 0
        if pending:
            units.append(pending)
        lines, used = 1, 0
        for unit in units:
            if unit > room:
                lines += (1 if used else 0) + math.ceil(unit / room) - 1
                used = room
                continue
            if used and used + unit > room:
                lines, used = lines + 1, 0
            used += unit
        total += lines
    return total


def _forms() -> list[tuple[str, Any]]:
    from perfdocs.engine.pipeline import built_forms, prepare
    from perfdocs.loading.settings import load_settings

    settings = load_settings(None)
    out = []
    for path in sorted((ROOT / "data").glob("*/*.yaml")):
        out += [(f"{path.stem} {b.form.title}", b.form)
                for b in built_forms(prepare(path, settings))[0]]
    return out


def _mixed_forms(tmp: Path) -> list[tuple[str, Any]]:
    from perfdocs.engine.pipeline import built_forms, prepare
    from perfdocs.loading.settings import load_settings

    settings = load_settings(None)
    out = []
    for index in (12, 30, 44, 56):
        path = tmp / f"mixed{index}.yaml"
        path.write_text(_project(index, index, "MIXED"), encoding="utf-8")
        out += [(f"中英文混排 {index} 项 {b.form.title}", b.form)
                for b in built_forms(prepare(path, settings))[0]]
    return out


def _short_rows(form: Any) -> list[tuple[str, float, float]]:
    """(text, points it needs, points its rows have) of every cell whose rows are short."""
    from perfdocs.render.xlsx.writer import render_xlsx

    with zipfile.ZipFile(io.BytesIO(render_xlsx([form]))) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
        shared = [re.sub(r"<[^>]+>", "", s) for s in
                  re.findall(r"<si>(.*?)</si>", z.read("xl/sharedStrings.xml").decode(), re.S)]
        styles = z.read("xl/styles.xml").decode("utf-8")
    unescape = {"&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"'}
    shared = [re.sub("&(lt|gt|amp|quot);", lambda m: unescape[m.group(0)], s) for s in shared]
    sizes = [float(s) for s in re.findall(r'<font>(?:<b/>)?<sz val="([\d.]+)"', styles)]
    fonts = [int(f) for f in re.findall(r'<xf numFmtId="\d+" fontId="(\d+)"',
                                         styles.split("<cellXfs")[1])]
    widths = [float(w) for w in re.findall(r'<col [^>]*width="([\d.]+)"', sheet)]
    heights = {int(r): float(h) for r, h in re.findall(r'<row r="(\d+)" ht="([\d.]+)"', sheet)}

    def col(letters: str) -> int:
        return sum((ord(c) - 64) * 26 ** i for i, c in enumerate(reversed(letters))) - 1

    spans = {}
    for a, ra, b, rb in re.findall(r'<mergeCell ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/>', sheet):
        spans[(col(a), int(ra))] = (col(b), int(rb))
    short = []
    for letters, row, style, index in re.findall(
            r'<c r="([A-Z]+)(\d+)" s="(\d+)" t="s"><v>(\d+)</v></c>', sheet):
        first_col, first_row = col(letters), int(row)
        last_col, last_row = spans.get((first_col, first_row), (first_col, first_row))
        size = sizes[fonts[int(style)]]
        pixels = sum(int(w * 7 + 0.5) for w in widths[first_col:last_col + 1]) - 5
        text = shared[int(index)]
        need = _simsun_lines(text, pixels / (size * 2 / 3)) * LINE_EMS * size + AIR
        have = sum(heights[r] for r in range(first_row, last_row + 1))
        if have < need - 0.05:
            short.append((text[:40], round(need, 1), have))
    return short


def test_the_model_counts_lines_as_simsun_breaks_them() -> None:
    assert _simsun_lines("一二三四五", 10) == 1 and _simsun_lines("一二三四五六", 10) == 2
    assert _simsun_lines("一二三四ISO9001", 14) == 2  # the Latin word goes over whole
    assert _simsun_lines("一二三四五，", 10) == 2  # the closing mark takes 五 with it
    assert _simsun_lines("一\n二", 10) == 2


def test_every_bundled_forms_rows_hold_their_text() -> None:
    short = {name: rows for name, form in _forms() if (rows := _short_rows(form))}
    assert short == {}


def test_rows_of_mixed_chinese_and_latin_text_hold_it(tmp_path: Path) -> None:
    forms = _mixed_forms(tmp_path)
    assert len(forms) == 4
    short = {name: rows for name, form in forms if (rows := _short_rows(form))}
    assert short == {}


@pytest.mark.parametrize("size", [Decimal(9), Decimal(10)])
def test_the_tallest_face_is_the_writers(size: Decimal) -> None:
    """The writer's line is the model's: LibreOffice's WenQuanYi Zen Hei line, from its
    measured line grid (LINE_CYCLES: five lines a cycle)."""
    from perfdocs.render.xlsx.writer import LINE_CYCLES, WIDEST_LINE

    measured = LINE_CYCLES[size] * 72 / Decimal(2540) / 5 / size
    assert measured <= WIDEST_LINE <= Decimal(repr(LINE_EMS))

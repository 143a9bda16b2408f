"""Every figure of the Excel copy shows in Excel and WPS as the form prints it.

A figure is stored as a number with a number format that displays the printed text. A
layout that trims its places (yunnan-2022's 执行率 100%、82.5%, hebei-2019's 金额 43.2) had
formats with optional places (``0.##%``, ``#,##0.########``), and Excel and WPS keep the
decimal point when no digit follows it: 「100.%」, 「1,000.」 (tester13 F4; LibreOffice drops
the point, so this machine's prints never showed it). Here each cell's format is applied
as Excel applies it (a small model of its rules for these formats) and must give the text
the form prints.
"""

from __future__ import annotations

import io
import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from openpyxl import load_workbook

from perfdocs.forms.grid import Block, Cell, Form
from perfdocs.layouts.layout import NumberStyle
from perfdocs.render.xlsx.writer import render_xlsx
from tests.conftest import ROOT

_FORMAT = re.compile(r'(#,##0|0)(?:\.([0#]+))?(%)?(?:"([^"]*)")?')


def excel_shows(value: Decimal, code: str) -> str:
    """What Excel displays for ``value`` in the number format ``code`` (General, or a
    fixed/percent format with required ``0`` and optional ``#`` places and a suffix)."""
    if code == "General":
        text = f"{value.normalize():f}"
        return text
    found = _FORMAT.fullmatch(code)
    assert found is not None, code
    grouping, places, percent, suffix = found.groups()
    if percent:
        value = value.scaleb(2)
    required = (places or "").count("0")
    optional = (places or "").count("#")
    rounded = value.quantize(Decimal(1).scaleb(-(required + optional)), ROUND_HALF_UP)
    text = f"{rounded:,f}" if grouping == "#,##0" else f"{rounded:f}"
    if optional:
        whole, _, digits = text.partition(".")
        digits = digits.rstrip("0")
        digits += "0" * max(0, required - len(digits))
        text = whole + "." + digits  # Excel keeps the point with no digit after it
    return text + ("%" if percent else "") + (suffix or "")


def _shown(form: Form) -> list[tuple[str, str, str]]:
    """(printed text, Excel's display, format) of every figure cell of ``form``'s sheet
    that Excel shows otherwise than printed."""
    sheet = load_workbook(io.BytesIO(render_xlsx([form]))).active
    printed = {}
    for block in form.blocks:
        for cell in block.cells:
            if cell.number is not None:
                printed.setdefault(cell.text, cell.number)
    wrong = []
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool):
                value = Decimal(str(cell.value))
                texts = [t for t, n in printed.items() if n == value]
                shown = excel_shows(value, cell.number_format)
                if texts and shown not in texts:
                    wrong.append((texts[0], shown, cell.number_format))
    return wrong


def _forms() -> list[tuple[str, Any]]:
    from perfdocs.engine.pipeline import built_forms, prepare
    from perfdocs.loading.settings import load_settings

    settings = load_settings(None)
    return [(f"{path.parent.name} {b.form.title}", b.form)
            for path in sorted((ROOT / "data").glob("*/*.yaml"))
            for b in built_forms(prepare(path, settings))[0]]


def test_the_model_is_excels() -> None:
    assert excel_shows(Decimal("1"), "0.##%") == "100.%"  # what Excel and WPS show
    assert excel_shows(Decimal("0.825"), "0.##%") == "82.5%"
    assert excel_shows(Decimal("1234.5"), "#,##0.00") == "1,234.50"
    assert excel_shows(Decimal("9.5"), "General") == "9.5"


def test_whole_and_fractional_trimmed_figures_show_as_printed() -> None:
    """A trimmed percent and a trimmed amount with separators: 100%, 82.5%, 96.78%, and
    1,000, 43.2, 1,234.56 — each as the form prints it."""
    rate = NumberStyle(places=2, trim=True, suffix="%")
    money = NumberStyle(places=2, thousands=True, trim=True)
    figures = [(Decimal("1"), "100%", rate), (Decimal("0.825"), "82.5%", rate),
               (Decimal("0.9678"), "96.78%", rate), (Decimal("1000"), "1,000", money),
               (Decimal("43.2"), "43.2", money), (Decimal("1234.56"), "1,234.56", money)]
    cells = tuple(Cell(i, 0, text, style="number", number=number, number_style=style)
                  for i, (number, text, style) in enumerate(figures))
    form = Form(kind="表", title="表", subtitle="", column_widths=(Decimal(1),),
                blocks=(Block(n_rows=len(cells), cells=cells),))
    assert _shown(form) == []


def test_every_bundled_forms_figures_show_as_printed() -> None:
    wrong = {name: shown for name, form in _forms() if (shown := _shown(form))}
    assert wrong == {}

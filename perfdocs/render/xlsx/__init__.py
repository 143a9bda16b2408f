"""Excel output (.xlsx), written as SpreadsheetML from the form grid (:mod:`.writer`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from perfdocs.forms.grid import Form
    from perfdocs.render.base import RenderOptions


class XlsxRenderer:
    """One worksheet per form; every figure a number cell displayed as the form prints it."""

    name = "xlsx"
    description = "Excel 工作簿"
    needs_font = False

    def render(self, forms: Sequence[Form], options: RenderOptions) -> bytes:
        from perfdocs.render.xlsx.writer import render_xlsx

        return render_xlsx(forms, stamp=options.stamp,
                           sheet_names=[options.of(i).sheet_name for i in range(len(forms))])


RENDERER = XlsxRenderer()

"""The rows the Excel copy repeats on every page hold only the header, no piece of a caption.

Excel and WPS print the repeated rows (Print_Titles, the indicator header) at the top of
every page. The vertical 绩效指标 beside the indicator table was one merged cell from the
header row down its rows, so its top was printed with the header on every page after the
first: 「绩 效」, clipped (tester14 F6, every 自评表 whose indicators run onto a second page).
The PDF and the Word copy leave that header cell empty and print the caption beside the rows.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

import pytest

from tests.conftest import ROOT


def _forms() -> list[tuple[str, Any]]:
    from perfdocs.engine.pipeline import built_forms, prepare
    from perfdocs.loading.settings import load_settings

    settings = load_settings(None)
    return [(f"{path.parent.name} {b.form.title}", b.form)
            for path in sorted((ROOT / "data").glob("*/*.yaml"))
            for b in built_forms(prepare(path, settings))[0]]


def _caption_into_titles(data: bytes) -> list[str]:
    """Merged ranges holding a text that begin in the repeated rows and go on below them."""
    from openpyxl import load_workbook

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        workbook = z.read("xl/workbook.xml").decode("utf-8")
    found = re.search(r"_xlnm.Print_Titles[^>]*>[^<]*\$(\d+):\$(\d+)<", workbook)
    if found is None:
        return []
    first, last = int(found.group(1)), int(found.group(2))
    ws = load_workbook(io.BytesIO(data)).worksheets[0]
    return [str(r) for r in ws.merged_cells.ranges
            if first <= r.min_row <= last < r.max_row and ws.cell(r.min_row, r.min_col).value]


def test_no_caption_runs_from_the_repeated_rows_into_the_body() -> None:
    from perfdocs.render.xlsx.writer import render_xlsx

    forms = _forms()
    titled = 0
    wrong = {}
    for name, form in forms:
        data = render_xlsx([form])
        if b"Print_Titles" in zipfile.ZipFile(io.BytesIO(data)).read("xl/workbook.xml"):
            titled += 1
        if found := _caption_into_titles(data):
            wrong[name] = found
    assert titled >= 10
    assert wrong == {}


@pytest.mark.parametrize("example", ["2021/高技能人才工作专项.yaml"])
def test_the_caption_is_printed_beside_its_rows(example: str) -> None:
    """The 绩效指标 caption is written whole in the first indicator row's cell, merged down
    the rows; the header cell above it is empty and ruled."""
    from openpyxl import load_workbook

    from perfdocs.engine.pipeline import built_forms, prepare
    from perfdocs.loading.settings import load_settings
    from perfdocs.render.xlsx.writer import render_xlsx

    form = built_forms(prepare(ROOT / "data" / example, load_settings(None)))[0][-1].form
    ws = load_workbook(io.BytesIO(render_xlsx([form]))).worksheets[0]
    labels = [r for r in ws.merged_cells.ranges
              if re.sub(r"\s", "", str(ws.cell(r.min_row, r.min_col).value or "")) == "绩效指标"]
    assert len(labels) >= 2  # printed again where a page breaks in its rows
    label = min(labels, key=lambda r: r.min_row)
    header = ws.cell(label.min_row - 1, label.min_col)
    assert header.value is None and header.border.top.style == "thin"
    assert ws.cell(label.min_row - 1, label.min_col + 1).value == "一级指标"

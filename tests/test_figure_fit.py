"""A printed figure (100.00%, 108513463.00) never wraps: a column a variant narrowed for its
figures is widened as for a short caption, and a layout whose figures fit keeps its widths.

The tester's case: national-2020 with README's 备注 column, a budget executed in full —
the 执行率 cells printed 100.00 / % on two lines in the PDF and in Word.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from perfdocs.engine.pipeline import build_forms, prepare
from perfdocs.forms.labels import figure_ems
from perfdocs.loading.settings import Settings
from tests.conftest import ROOT
from tests.test_label_fit import _printed

NATIONAL = ROOT / "data" / "national-2020" / "社区居家养老服务补助.yaml"
NOTE = """extends = "national-2020"
name = "note-2025"

[[forms."自评表".extra_columns]]
field = "备注"
width = 8
"""


def _full_execution(tmp_path: Path) -> Path:
    folder = tmp_path / "templates" / "note-2025"
    folder.mkdir(parents=True)
    (folder / "layout.toml").write_text(NOTE, encoding="utf-8")
    text = NATIONAL.read_text(encoding="utf-8").replace("版式: national-2020",
                                                        f"版式: {folder}")
    for old, new in (('全年执行数: "301.77"', '全年执行数: "320.00"'),
                     ('全年执行数: "283.52"', '全年执行数: "300.00"'),
                     ('全年执行数: "18.25"', '全年执行数: "20.00"')):
        assert old in text
        text = text.replace(old, new)
    path = tmp_path / "full.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_figure_widths_in_the_face_figures_are_set_in() -> None:
    assert figure_ems("108513463.00") == Decimal("5.75")  # eleven digits, one full stop
    assert figure_ems("100.00%") == Decimal("3.583")
    assert figure_ems("1,080,740.00") == Decimal("5.25")


def test_the_rate_column_is_widened_and_the_others_give_it_back(tmp_path: Path) -> None:
    prepared = prepare(_full_execution(tmp_path), Settings())
    (form,) = [f for f in build_forms(prepared) if f.kind == "自评表"]
    given = prepared.layout.forms["自评表"].grid_widths
    widths = form.column_widths
    assert widths != tuple(given) and sum(widths) == sum(given)
    wider = [i for i, (w, g) in enumerate(zip(widths, given, strict=True)) if w > g]
    rate = next(c for block in form.blocks for c in block.cells if c.text == "100.00%")
    assert wider == [rate.col]
    # 3.583 em of 9-pt Times plus Word's cell margins, on A4 less 2 cm margins
    assert widths[rate.col] / sum(widths) * Decimal("481.9") >= Decimal("3.583") * 9 + 6


@pytest.mark.office
@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_full_execution_prints_on_one_line(tmp_path: Path, suffix: str) -> None:
    from perfdocs.engine.pipeline import built_forms, render_format
    from perfdocs.render.pdf.fonts import find_cjk_font

    font = find_cjk_font(())
    if suffix == "pdf" and font.fallback:
        pytest.skip("no TrueType CJK font")
    built, _notes = built_forms(prepare(_full_execution(tmp_path), Settings()), ("自评表",))
    lines = _printed(render_format(suffix, built, Settings(), font, "t"), suffix,
                     tmp_path / "work")
    assert sum("100.00%" in line for line in lines.splitlines()) >= 3, lines[:800]

"""national-2020 自评表: an indicator name of seven characters (「工程验收合格率」,
「受益群众满意度」: common) takes one line in the 三级指标 column (tester10 #10: the PDF and the
Word copy printed 「工程验收合格 / 率」, one character alone, beside roomy 年度指标值 and 实际完成值
columns). The column is two units wider, taken from 偏差原因分析及改进措施, whose long texts
wrap anyway; the copies follow the layout's widths."""

from __future__ import annotations

from decimal import Decimal

from perfdocs.forms import page_geometry
from perfdocs.forms.grid import scaled_widths
from perfdocs.forms.pdf_pages import line_count
from perfdocs.layouts.layout import load_layout, selfeval_form


def test_seven_characters_fit_the_level3_column() -> None:
    form = selfeval_form(load_layout("national-2020"))
    assert form is not None
    widths = scaled_widths(form.column_widths, Decimal(page_geometry.FRAME_WIDTH))
    column = ord(form.columns["level3"]) - ord("A")
    inner = float(widths[column]) - 2 * page_geometry.PAD_X
    size = float(form.fonts.body_size)
    for name in ("工程验收合格率", "受益群众满意度", "助餐点建设数量"):
        assert line_count(name, inner, size) == 1, name
    # the 偏差原因 column it was taken from still holds its heading in two lines
    reason = float(widths[ord(form.columns["reason"]) - ord("A")]) - 2 * page_geometry.PAD_X
    assert line_count("偏差原因分析及改进措施", reason, size) == 2

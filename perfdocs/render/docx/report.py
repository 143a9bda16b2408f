"""The 自评报告 as Word: the layout's ``自评报告.docx`` (or the built-in one) filled in.

What the report says is the form type's (:func:`perfdocs.forms.report.report.report_context`);
this module only finds the template a user may have edited in Word and pours that context
into it (:mod:`.jinja`). The PDF is drawn from the filled document
(:mod:`perfdocs.render.pdf.report`), so both formats say the same words.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from perfdocs.errors import RenderError
from perfdocs.files.oserrors import reason

if TYPE_CHECKING:
    from perfdocs.layouts.layout import Layout

TEMPLATE = "自评报告.docx"
"""The template's file name in a layout folder."""
MAX_TEMPLATE = 20 * 2**20
"""Largest 自评报告.docx read (a letterhead image is fine; a stray video is not)."""


def template_bytes(layout: Layout) -> tuple[bytes, str]:
    """The layout's ``自评报告.docx`` (or the built-in one) and where it is, for messages."""
    from perfdocs.render.docx.report_template import build_report_template

    path = Path(layout.folder) / TEMPLATE if layout.folder else None
    if path is not None and path.is_file():
        try:
            if path.stat().st_size > MAX_TEMPLATE:
                raise RenderError(f"Word 模板过大（超过 {MAX_TEMPLATE // 2**20} MB）", file=path)
            return path.read_bytes(), str(path)
        except OSError as exc:
            raise RenderError(f"无法读取 Word 模板：{reason(exc)}", file=path) from None
    return build_report_template(), "内置自评报告模板"


def render_report_docx(context: Mapping[str, object], layout: Layout, *,
                       stamp: datetime) -> tuple[bytes, str]:
    """The filled report document, and where its template came from (for the PDF's
    messages)."""
    from perfdocs.render.docx.jinja import fill_docx

    data, where = template_bytes(layout)
    return fill_docx(data, context, where=where, stamp=stamp), where

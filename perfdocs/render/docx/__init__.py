"""Word output (.docx): the form grid poured into a user-editable template (:mod:`.writer`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from perfdocs.forms.grid import Form
    from perfdocs.render.base import RenderOptions


class DocxRenderer:
    """One section per form, in the layout's Word template when it has one."""

    name = "docx"
    description = "Word 文档"
    needs_font = False

    def render(self, forms: Sequence[Form], options: RenderOptions) -> bytes:
        from perfdocs.render.docx.writer import render_docx

        return render_docx(forms, stamp=options.stamp,
                           options=[options.of(i) for i in range(len(forms))])


RENDERER = DocxRenderer()

"""HTML output: one self-contained, printable page of the form grid (:mod:`.writer`).

The fourth format, added as a folder and one registry line (:data:`perfdocs.render.FORMATS`)
to show that a format touches nothing else. It needs no library and no font file, so it is
also what a browser preview of a form shows (the workbench uses
:func:`perfdocs.render.html.writer.render_html`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from perfdocs.forms.grid import Form
    from perfdocs.render.base import RenderOptions


class HtmlRenderer:
    """One ``<section>`` per form, each printed on pages of its own."""

    name = "html"
    description = "网页（可打印）"
    needs_font = False

    def render(self, forms: Sequence[Form], options: RenderOptions) -> bytes:
        from perfdocs.render.html.writer import render_html

        return render_html(forms).encode("utf-8")


RENDERER = HtmlRenderer()

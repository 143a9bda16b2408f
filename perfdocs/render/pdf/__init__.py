"""PDF output, drawn with reportlab from the form grid (:mod:`.writer`), and the fonts it
embeds (:mod:`.fonts`)."""

from __future__ import annotations

from collections.abc import Sequence

from perfdocs._compat import defer_uri_pattern
from perfdocs.render.pdf.deferred import defer_before_reportlab

defer_uri_pattern()  # before the writer imports reportlab.platypus (start-up, issue 20)
# PIL.Image, rl_safe_eval and rltempfile (which imports tempfile), which reportlab.lib.utils
# imports at its top, deferred when it is imported (start-up, issue 20.2); not now: finding
# reportlab's modules imports reportlab, which a natively written PDF never needs
defer_before_reportlab()
# pickle and ast, which reportlab.lib.utils imports too, are the standard library's: only
# the perfdocs command defers them, in its own process (cli/rendering.py), never a program
# that imports perfdocs as a library.

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from perfdocs.forms.grid import Form
    from perfdocs.render.base import RenderOptions


class PdfRenderer:
    """A4 pages with the font embedded; a text the font cannot draw is refused, never boxed."""

    name = "pdf"
    description = "PDF 文件"
    needs_font = True

    def render(self, forms: Sequence[Form], options: RenderOptions) -> bytes:
        from perfdocs.errors import RenderError
        from perfdocs.render.pdf.glyphs import check_glyphs
        from perfdocs.render.pdf.writer import render_pdf

        if options.font is None:
            raise RenderError("没有可用的 PDF 字体")
        check_glyphs(forms, options.font, options.where, options.lines)
        return render_pdf(forms, font=options.font, footer=options.footer, stamp=options.stamp)


RENDERER = PdfRenderer()

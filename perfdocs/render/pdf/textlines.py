"""The lines around a form's grids: heading, title, subtitle, header and footer lines.

They were platypus ``Paragraph`` objects (CJK wrapping, the Latin serif for digits and
letters by ``<font>`` markup). Almost always such a line fits on one line; then
:class:`TextLine` draws it itself, with the very text-object calls ``Paragraph`` makes for
a one-line paragraph (same operators, same numbers: same bytes), without importing
platypus. As the paragraph did, every stretch of whitespace inside the line is printed as
one space (the header and footer lines' 「　　　　」 between items too). A line that would
wrap, holds a forced break, or whitespace next to a font change, is handed to a real
``Paragraph`` (platypus imported then), so that only the common case is reimplemented
and the rest stays reportlab's.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable

from perfdocs._compat import draw_paragraph_line
from perfdocs.records import Record
from perfdocs.render.pdf.fonts import FontSet
from perfdocs.render.pdf.native import Unsupported
from perfdocs.render.pdf.native.faces import font_named

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

_ENDS = "\u200b"
"""What reportlab's paragraph cleaner strips from the ends of a text besides whitespace."""
NATIVE = threading.local()
"""``NATIVE.on`` while this thread draws with the native writer: a line that needs
reportlab's ``Paragraph`` then raises :class:`Unsupported` (the PDF goes to reportlab)."""
SLACK = 0.01
"""Points a one-line text must stay inside the width by to be drawn here; a text closer
to the edge is measured and wrapped by reportlab's own breaker."""


class LineStyle(Record, frozen=True):
    """What a line is set in (the subset of a ``ParagraphStyle`` perfdocs uses)."""

    name: str
    font_name: str
    size: float
    leading: float
    centred: bool
    space_before: float = 0
    space_after: float = 0


class TextLine:
    """One paragraph of literal text, in a font set (CJK face, Latin serif) or one font.

    ``bold`` sets it in the set's bold faces; ``stroked`` fills and strokes the glyphs
    (text render mode 2), the stand-in for bold where there is no bold face.
    """

    def __init__(self, text: str, style: LineStyle, fonts: FontSet | None, *,
                 runs: Callable[[str], Iterable[tuple[bool, str]]], bold: bool = False,
                 stroked: bool = False) -> None:
        self.text = text
        self.style = style
        self.fonts = fonts
        self.bold = bold
        self.stroked = stroked
        self._runs = runs
        self._real: Any = None
        self._frags: list[tuple[str, str]] | None = None
        self._extra = 0.0

    # --- the flowable protocol (see .flow) ---------------------------------------------

    def getSpaceBefore(self) -> float:
        return self.style.space_before

    def getSpaceAfter(self) -> float:
        return self.style.space_after

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth < 1e-6:  # as Paragraph: nothing fits
            return 0, 0x7fffffff
        frags = self._one_line(availWidth)
        if frags is None:
            return self.paragraph().wrap(availWidth, availHeight)  # type: ignore[no-any-return]
        self._frags = frags
        return availWidth, 1 * self.style.leading

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        real = self.paragraph()
        real.wrap(availWidth, availHeight)
        return real.split(availWidth, availHeight)  # type: ignore[no-any-return]

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        if self._frags is None:
            self.paragraph().drawOn(canvas, x, y, _sW=_sW)
            return
        canvas.saveState()
        canvas.translate(x, y)
        if self.stroked:
            canvas.saveState()
            canvas.setLineWidth(self.style.size / 30)
            canvas.addLiteral("2 Tr")  # text state persists across BT/ET until the restore
            self._draw(canvas)
            canvas.restoreState()
        else:
            self._draw(canvas)
        canvas.restoreState()

    # --- one line, drawn here ------------------------------------------------------------

    def _faces(self) -> tuple[str, str]:
        """The (CJK, Latin) fonts of this line's characters."""
        fonts = self.fonts
        if fonts is None:
            return self.style.font_name, self.style.font_name
        if self.bold:
            return fonts.cjk_bold, fonts.latin_bold
        return fonts.cjk, fonts.latin

    def _one_line(self, width: float) -> list[tuple[str, str]] | None:
        """The line's runs as (font, text, whitespace folded as reportlab's paragraph
        cleaner folds it) when the whole text fits on one line; else None, for reportlab's
        own Paragraph."""
        text = self.text
        if not text or any(c in text for c in "\n&<>"):
            return None  # a forced break, markup: reportlab's business
        kept = "\xa0" in text
        if kept and not self._kept_inside(text):
            return None  # no-break spaces: reportlab's, but for the case below
        cjk, latin = self._faces()
        if self.fonts is None:  # the text is the whole markup: its ends are stripped
            if text[0] in _ENDS or text[0].isspace() or text[-1] in _ENDS or text[-1].isspace():
                return None
            frags = [(cjk, " ".join(text.split()))]
        else:
            frags = []
            for is_latin, part in self._runs(text):
                if kept:  # no whitespace to fold (_kept_inside)
                    frags.append((latin if is_latin else cjk, part))
                    continue
                folded = " ".join(part.split())
                if not folded:
                    return None  # a run of whitespace alone: left to the parser
                folded = (" " if part[0].isspace() else "") + folded + (
                    " " if part[-1].isspace() else "")
                frags.append((latin if is_latin else cjk, folded))
        size = self.style.size
        used: float = 0
        for face, part in frags:
            measure = font_named(face).stringWidth
            for ch in part:  # one character at a time, in order, as reportlab adds them
                used += measure(ch, size)
        if used > width - SLACK:
            return None
        self._extra = width - used
        return frags

    def _kept_inside(self, text: str) -> bool:
        """Whether the native writer draws a line with no-break spaces (a header or footer
        line's 「　　　　」 and its blanks to fill in by hand, see ``writer._kept_spaces``)
        itself: when it has no other whitespace. reportlab's paragraph then keeps the text
        as it is (its cleaner strips and folds only the other whitespace,
        ``paragraph._wsc``), one word a run of one face, as the plain case here. Only while
        the native writer draws (tests/test_pdf_native.py compares the operators of the two
        on random lines); the reportlab path keeps its ``Paragraph`` for these lines."""
        if not getattr(NATIVE, "on", False) or self.fonts is None or "\u200b" in text:
            return False
        return not any(c.isspace() and c != "\xa0" for c in text)

    def _draw(self, canvas: Any) -> None:
        """What reportlab's ``Paragraph.drawPara`` draws for this line."""
        style = self.style
        frags = self._frags
        assert frags is not None
        words: list[tuple[str, str]] = []  # runs in one face are one word
        for face, part in frags:
            if words and words[-1][0] == face:
                words[-1] = (face, words[-1][1] + part)
            else:
                words.append((face, part))
        draw_paragraph_line(canvas, words, fragments=len(frags) > 1,
                            top=1 * style.leading - style.size,
                            offset=0.5 * self._extra if style.centred else 0,
                            size=style.size, leading=style.leading)

    # --- anything else: reportlab's Paragraph ---------------------------------------------

    def paragraph(self) -> Any:
        """The platypus ``Paragraph`` perfdocs drew this line with (made once)."""
        if getattr(NATIVE, "on", False):
            raise Unsupported("a line that wraps: reportlab's Paragraph")
        if self._real is None:
            self._real = _paragraph(self)
        return self._real


def _markup(line: TextLine) -> str:
    """Paragraph markup for literal text: XML-escaped, ``\\n`` as a forced break, and with
    a font set, Latin runs in the Latin serif and the rest in the CJK face."""
    from xml.sax.saxutils import escape

    if line.fonts is None:
        return escape(line.text).replace("\n", "<br/>")
    cjk, latin = line._faces()
    return "".join(f'<font face="{latin if is_latin else cjk}">{escape(part)}</font>'
                   for is_latin, part in line._runs(line.text)).replace("\n", "<br/>")


def _paragraph(line: TextLine) -> Any:
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    style = line.style
    para_style = ParagraphStyle(
        style.name, fontName=style.font_name, fontSize=style.size, leading=style.leading,
        alignment=TA_CENTER if style.centred else TA_LEFT, wordWrap="CJK",
        spaceBefore=style.space_before, spaceAfter=style.space_after)
    if not line.stroked:
        return Paragraph(_markup(line), para_style)

    class _Stroked(Paragraph):
        """A paragraph whose glyphs are filled and stroked, the stand-in for bold CJK."""

        def draw(self) -> None:
            canv = self.canv
            canv.saveState()
            canv.setLineWidth(style.size / 30)
            canv.addLiteral("2 Tr")
            super().draw()
            canv.restoreState()

    return _Stroked(_markup(line), para_style)

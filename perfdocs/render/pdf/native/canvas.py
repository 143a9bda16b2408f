"""Pages of PDF operators, as reportlab's canvas and text object write them.

Only what perfdocs draws a form with: saved and restored graphics states, translations,
line widths, literal path operators, black fill, and text objects (origin, font, leading,
line starts, render mode, text in a TrueType font's subsets). The operators and their
numbers are those of reportlab's ``Canvas`` and ``PDFTextObject`` for the same calls, so
the writer's drawing code (:mod:`..writer`, :mod:`..textlines`,
:class:`perfdocs._compat.TextShower`) runs on either.
"""

from __future__ import annotations

from perfdocs.render.pdf.native import Unsupported
from perfdocs.render.pdf.native.document import NativeDocument
from perfdocs.render.pdf.native.faces import get_font
from perfdocs.render.pdf.native.numbers import escape, fp

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

BLACK = (0, 0, 0)
"""The fill colour perfdocs sets (reportlab's ``black``, written ``0 0 0 rg``)."""
PREAMBLE = "1 0 0 1 0 0 cm "
"""What reportlab's canvas puts before every page (bottom-up, black, a subset font)."""


class NativeText:
    """A text object: ``BT`` … ``ET`` on one line, as ``PDFTextObject`` writes it."""

    def __init__(self, canvas: NativeCanvas, x: float = 0, y: float = 0) -> None:
        self._code = ["BT"]
        self._canvas = canvas
        self._fontname = canvas._fontname
        self._fontsize = canvas._fontsize
        self._leading = canvas._leading
        self._curSubset = -1
        self.direction: str | None = None
        self._textRenderMode = 0
        self._x0 = self._x = x
        self._y0 = self._y = y
        self._code.append(f"1 0 0 1 {fp(x, y)} Tm")

    def setTextOrigin(self, x: float, y: float) -> None:
        self._code.append(f"1 0 0 1 {fp(x, y)} Tm")
        self._x0 = self._x = x
        self._y0 = self._y = y

    def moveCursor(self, dx: float, dy: float) -> None:
        code = self._code
        if code and code[-1].endswith(" Td"):
            parts = code[-1].split()
            if len(parts) == 3:
                del code[-1]
            else:
                code[-1] = "".join(parts[:-4])
            last_dx = float(parts[-3])
            last_dy = float(parts[-2])
            dx += last_dx
            dy -= last_dy
            self._x0 -= last_dx
            self._y0 -= last_dy
        code.append(f"{fp(dx, -dy)} Td")
        self._x0 += dx
        self._y0 += dy
        self._x = self._x0
        self._y = self._y0

    def setXPos(self, dx: float) -> None:
        self.moveCursor(dx, 0)

    def _setFont(self, name: str, size: float) -> None:
        self._fontname = name
        self._fontsize = size
        get_font(name)  # a font the native writer has: else not native
        self._curSubset = -1

    def setFont(self, name: str, size: float, leading: float | None = None) -> None:
        self._fontname = name
        self._fontsize = size
        self._leading = size * 1.2 if leading is None else leading
        get_font(name)
        self._curSubset = -1

    def setLeading(self, leading: float) -> None:
        self._leading = leading
        self._code.append(f"{fp(leading)} TL")

    def setFillColor(self, color: Any) -> None:
        if tuple(color) != BLACK:
            raise Unsupported("a colour other than black")
        self._code.append("0 0 0 rg")

    def setTextRenderMode(self, mode: int) -> None:
        if mode & 4:
            raise Unsupported("a clipping text mode")
        if self._textRenderMode != mode:
            self._textRenderMode = mode
            self._code.append(f"{mode:d} Tr")

    def _formatText(self, text: str) -> str:
        font = get_font(self._fontname)
        doc = self._canvas._doc
        pieces: list[str] = []
        switch = None
        for subset, chunk in font.splitString(text, doc):
            if subset != self._curSubset:
                if switch is None:
                    switch = f"{fp(self._fontsize)} Tf {fp(self._leading)} TL"
                pieces.append(f"{font.getSubsetInternalName(subset, doc)} {switch}")
                self._curSubset = subset
            pieces.append(f"({escape(chunk)}) Tj")
        return " ".join(pieces)

    def _textOut(self, text: str, TStar: int | bool = 0) -> None:
        self._code.append(self._formatText(text) + (" T*" if TStar else ""))

    def textOut(self, text: str) -> None:
        self._x += get_font(self._fontname).stringWidth(text, self._fontsize)
        self._code.append(self._formatText(text))

    def getCode(self) -> str:
        self._code.append("ET")
        return " ".join(self._code)


class NativeCanvas:
    """A canvas writing pages into a :class:`NativeDocument`; with ``footer_font`` it
    holds the pages back and foots each "第 x 页 共 y 页" at the save, as
    ``writer._PagedCanvas`` does."""

    bottomup = 1
    black = BLACK
    """What ``_compat.draw_paragraph_line`` sets as the fill (reportlab's ``black``)."""
    font_of = staticmethod(get_font)
    fp_str = staticmethod(fp)
    """The fonts and the number formatting :class:`perfdocs._compat.TextShower` uses."""

    def __init__(self, *, initial_font: str, page_size: tuple[float, float],
                 footer: Any = None) -> None:
        self._doc = NativeDocument()
        self._doc.page_size = page_size
        self._initial_font = initial_font
        self._footer = footer
        """Called with (canvas, page number, page count) on each held page at the save."""
        self._held: list[list[str]] = []
        self._code: list[str] = []
        self._stack: list[tuple[str, float, float]] = []
        self._reset()

    def _reset(self) -> None:
        self._code = []
        self._fontname = self._initial_font
        self._fontsize: float = 12
        self._leading: float = 14.4
        self._stack = []

    # --- what the writer calls ------------------------------------------------------

    @staticmethod
    def _escape(data: bytes) -> str:
        return escape(data)

    def setTitle(self, title: str) -> None:
        self._doc.title = title

    def setSubject(self, subject: str) -> None:
        self._doc.subject = subject

    def setAuthor(self, author: str) -> None:
        self._doc.author = author

    def setCreator(self, creator: str) -> None:
        self._doc.creator = creator

    def set_date(self, date: tuple[int, int, int, int, int, int]) -> None:
        """CreationDate and ModDate (UTC), as ``stamp_pdf`` sets them on reportlab's."""
        self._doc.date = date

    def saveState(self) -> None:
        self._stack.append((self._fontname, self._fontsize, self._leading))
        self._code.append("q")

    def restoreState(self) -> None:
        self._code.append("Q")
        self._fontname, self._fontsize, self._leading = self._stack.pop()

    def translate(self, dx: float, dy: float) -> None:
        if self._code and self._code[-1][-3:] == " cm":
            raise Unsupported("a transformation joined to the one before")
        self._code.append(f"1 0 0 1 {fp(dx, dy)} cm")

    def setLineWidth(self, width: float) -> None:
        self._code.append(f"{fp(width)} w")

    def addLiteral(self, text: str) -> None:
        self._code.append(str(text))

    def setFillColor(self, color: Any) -> None:
        if tuple(color) != BLACK:
            raise Unsupported("a colour other than black")
        self._code.append("0 0 0 rg")

    def beginText(self, x: float = 0, y: float = 0) -> NativeText:
        return NativeText(self, x, y)

    def drawText(self, text: NativeText) -> None:
        self._code.append(text.getCode())

    def setPageRotation(self, rotation: int) -> None:
        if rotation:
            raise Unsupported("a rotated page")

    def showPage(self) -> None:
        if self._footer is not None:
            self._held.append(self._code)
            self._reset()
            return
        self._emit()

    def _emit(self) -> None:
        self._code.append(" ")
        self._doc.add_page(("\n".join([PREAMBLE, *self._code]) + "\n").encode("utf-8"))
        self._reset()

    def save(self) -> None:
        """Foot the held pages (if footed) and emit them."""
        held, self._held = self._held, []
        for number, code in enumerate(held, start=1):
            self._reset()
            self._code = code
            self._footer(self, number, len(held))
            self._emit()
        if self._code:
            self._emit()

    def subsets_ahead(self, texts: dict[str, str]) -> None:
        """Make the font subsets drawing ``texts`` (font name → its characters in the
        order the pages will first draw them, the writer's guess) would need, while the
        pages are drawn (:meth:`NativeDocument.make_ahead`)."""
        for name, text in texts.items():
            self._doc.make_ahead(get_font(name), text)

    def data(self) -> bytes:
        return self._doc.data()

    def close(self) -> None:
        """Drop the document unwritten (its helper thread ended)."""
        self._doc.close()

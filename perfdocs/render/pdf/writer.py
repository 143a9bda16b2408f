"""PDF output: a :class:`~perfdocs.forms.grid.Form` drawn as reportlab would draw it.

The drawing code below runs on one of two canvases with the same operators: the native
writer's (:mod:`.native`, no reportlab imported: the usual case) or reportlab's own
(the CID fallback font, a line around a grid that must wrap, which platypus' ``Paragraph``
sets; reportlab settings changed from their defaults). Both give the same bytes
(tests/test_pdf_native.py).

Each form starts on a new A4 page: its title, subtitle, then one ruled grid per block,
stacked flush so that the blocks read as one form. The indicator block's leading rows
repeat on every page it runs onto. The renderer only translates: every text is printed
exactly as the form holds it (no markup is interpreted in cell text).

Four reportlab limits shape the code:

* there is no bold CJK TrueType face, so bold (headers, totals, the title) is drawn by
  filling *and stroking* the glyphs (PDF text render mode 2);
* a platypus ``Table`` of ``Paragraph`` cells costs 60–150 ms for a 60-indicator form
  (markup parsing, a style object per cell per command, a save/translate/restore per
  cell), several times the budget. Blocks are therefore drawn by :class:`_Grid`, which
  breaks lines itself much as ``wordWrap="CJK"`` does (between any two Chinese
  characters, never before closing punctuation, not inside Latin words and figures, nor
  between a figure and its unit: :func:`perfdocs.forms.unbreakable.tokens`),
  knows every row height in advance and writes all text of a page in one text object;
* reportlab will not split a table inside a row span, yet an indicator group (产出指标)
  spans every row of the group and may run over several pages, and a row taller than a
  page raises ``LayoutError``: :class:`_Grid` splits between pages itself (keeping each
  span's text inside its part of the cell on every page, and a heading row with the text
  below it), and :func:`_cut_tall_rows` first cuts over-tall rows into several rows;
* "page x of y" needs y before any page is written, so the canvas holds pages back until
  the document is finished (:class:`_PagedCanvas`).
"""

from __future__ import annotations

import io
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from itertools import accumulate

from perfdocs._compat import TextShower
from perfdocs.errors import RenderError
from perfdocs.forms import page_geometry
from perfdocs.forms.grid import (
    CAPTION_STYLES,
    PAGE_NUMBER,
    Block,
    Cell,
    Form,
    is_heading,
    scaled_widths,
)
from perfdocs.forms.unbreakable import JOINING_SET, parts, tokens
from perfdocs.records import replace
from perfdocs.render.pdf import textlines
from perfdocs.render.pdf.flow import PAGE_BREAK, FlowError, PageBreak, Part, WithPrevious, flow
from perfdocs.render.pdf.font_cache import distinct_advances
from perfdocs.render.pdf.fonts import FontChoice, FontSet
from perfdocs.render.pdf.native import Unsupported
from perfdocs.render.pdf.native.faces import font_named
from perfdocs.render.pdf.textlines import LineStyle, TextLine

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

    from reportlab.pdfgen.canvas import Canvas

_MM = 72.0 / 2.54 * 0.1
A4 = (210 * _MM, 297 * _MM)
"""reportlab's A4 in points, computed as its ``units`` and ``pagesizes`` compute it (the
same floats: tests/test_pdf_native.py holds the two equal)."""
NATIVE = True
"""Write a form's PDF with :mod:`.native` (no reportlab) where it covers the form; False:
always reportlab's canvas (the tests compare the two)."""

MARGIN = page_geometry.MARGIN
"""15 mm, shared with the Word copy's page (:mod:`perfdocs.forms.page_geometry`)."""
PAGE_WIDTH = A4[0] - MARGIN - MARGIN
PAGE_HEIGHT = A4[1] - MARGIN - MARGIN
"""The frame between the margins, computed as reportlab's document template did."""
FRAME_WIDTH = page_geometry.FRAME_WIDTH
FRAME_HEIGHT = page_geometry.FRAME_HEIGHT
PAD_X = 3
PAD_Y = 3
LEADING = Decimal("1.3")
"""Line height as a multiple of the font size (the official forms are set loosely)."""
GRID_WIDTH = Decimal("0.5")
FOOTER_SIZE = 9
ASCENT = Decimal("0.88")
"""Where a CJK baseline sits in an em box, from the top (ideographs span -0.12…0.88 em)."""

_BOLD = frozenset({"header", "total"})
"""Styles printed again where a row span continues on the next page (figures are not:
a repeated score would read as a second row and could be counted twice)."""
_SLACK = 0.05
"""Points of rounding allowed when text is fitted into a box (rule positions are rounded
to 0.01 pt)."""
FRAME_PADDING = 6
"""reportlab's default frame padding: a fresh page offers ``FRAME_HEIGHT - 12`` points."""


_MIXED: dict[str, FontSet] = {}
"""The font set drawn under a CJK font's registered name: the Latin serif for digits and
letters, the bold faces. A name not in it (the CID fallback) draws everything itself."""


def _is_latin(ch: str) -> bool:
    """Drawn in the Latin serif: printable ASCII (digits, letters, ASCII punctuation), as
    Word sets them in Times New Roman beside 宋体."""
    return "!" <= ch <= "~"


_RUN = re.compile("[!-~]+|[^!-~]+")
"""A run of Latin (printable ASCII, see :func:`_is_latin`) or of other characters."""
_LATIN = re.compile("[!-~]")
"""A character for the Latin serif: a line without one is a single run in the CJK face."""


def _runs(line: str) -> list[tuple[bool, str]]:
    """``line`` in runs of (Latin?, text)."""
    # a space stays in the CJK face: text extraction keeps it
    return [("!" <= part[0] <= "~", part) for part in _RUN.findall(line)]


def _pt(value: Decimal) -> float:
    """A Decimal size in points as the number reportlab computes with (milli-point exact)."""
    return int(value * 1000) / 1000


def render_pdf(forms: Sequence[Form], *, font: FontChoice, footer: bool = True,
               stamp: datetime | None = None) -> bytes:
    """The PDF of ``forms`` (each from a new page), in ``font``, optionally page-numbered.

    The output is byte-for-byte reproducible: reportlab's ``invariant`` mode fixes the
    document id, and the creation date is ``stamp`` (see :func:`stamp_pdf`).
    """
    if not forms:
        raise RenderError("没有可输出的表格")
    title = "、".join(dict.fromkeys(form.title for form in forms))
    subject = "；".join(dict.fromkeys(f"{form.title}{form.subtitle}" for form in forms))
    if NATIVE and font.path is not None:
        try:
            return _render_native(forms, font, footer, stamp, title, subject)
        except Unsupported:
            pass  # reportlab's path below writes it
    return _render_reportlab(forms, font, footer, stamp, title, subject)


def _story(forms: Sequence[Form], font_name: str) -> list[Part | PageBreak]:
    story: list[Part | PageBreak] = []
    for i, form in enumerate(forms):
        if i:
            story.append(PAGE_BREAK)
        changed = form.heading and (i == 0 or forms[i - 1].heading != form.heading)
        story.extend(_form_story(form, font_name, heading=form.heading if changed else ""))
    return story


def _flow(canvas: Any, story: list[Part | PageBreak]) -> None:
    try:
        flow(canvas, story, left=MARGIN, bottom=MARGIN, width=PAGE_WIDTH, height=PAGE_HEIGHT)
    except FlowError as exc:
        raise RenderError(f"PDF 排版失败：有单元格的内容超过一整页（{exc}）；请缩短过长的单元格文字"
                          ) from exc


def _render_native(forms: Sequence[Form], font: FontChoice, footer: bool,
                   stamp: datetime | None, title: str, subject: str) -> bytes:
    """The PDF written by :mod:`.native`: :class:`Unsupported` where it does not cover
    the form (then reportlab's path writes it)."""
    from perfdocs.render.pdf.fonts import native_set
    from perfdocs.render.pdf.native.canvas import NativeCanvas

    fonts = native_set(font)
    font_name = fonts.cjk
    _MIXED[font_name] = fonts
    story = _story(forms, font_name)

    def foot(canv: Any, number: int, pages: int) -> None:
        _draw_centred(canv, A4[0] / 2, MARGIN / 2, PAGE_NUMBER.format(page=number, pages=pages),
                      font_name, FOOTER_SIZE)

    canvas = NativeCanvas(initial_font=font_name, page_size=A4,
                          footer=foot if footer else None)
    if stamp is not None:
        canvas.set_date(stamp.timetuple()[:6])
    canvas.setAuthor("perfdocs")
    canvas.setTitle(title)
    canvas.setSubject(subject)
    canvas.setCreator("perfdocs")
    textlines.NATIVE.on = True
    try:
        canvas.subsets_ahead(_drawn_first(story, fonts, footer))
        _flow(canvas, story)
    except BaseException:
        canvas.close()
        raise
    finally:
        textlines.NATIVE.on = False
    return canvas.data()


def _drawn_first(story: list[Part | PageBreak], fonts: FontSet, footer: bool
                 ) -> dict[str, str]:
    """Each CJK face's characters in the order the pages will first draw them, as the
    story tells before anything is drawn: its parts in turn, a grid's cells in turn, then
    the page numbers. The native document makes the font subsets these need while the
    pages are drawn (its helper deflates them meanwhile: ≈ 4 ms for a form's 100 KB CJK
    subset, which the end of the PDF otherwise waits for). A guess, checked when the PDF
    is written: a text a page break cuts can show a character later than it says (its
    rest goes to the next page, after the cells below it), and that subset is then made
    again. {} for a story with parts it does not know."""
    texts: dict[str, list[str]] = {fonts.cjk: [], fonts.cjk_bold: []}
    for part in story:
        if isinstance(part, WithPrevious):
            part = part.part
        if isinstance(part, _Grid):
            regular, bold = texts[fonts.cjk], texts[fonts.cjk_bold]
            for *_, text in part.entries:
                if text is not None:
                    (bold if text.bold else regular).append(text.text)
        elif isinstance(part, TextLine):
            texts.setdefault(part._faces()[0], []).append(part.text)
        elif not isinstance(part, PageBreak):
            return {}
    if footer:
        texts[fonts.cjk].append(PAGE_NUMBER.format(page=1, pages=1))
    # a line break is not drawn, a Latin character is the Latin serif's; a text drawn
    # again (a unit, a figure) brings no character first, so each distinct text once
    return {name: "".join(ch for ch in dict.fromkeys("".join(dict.fromkeys(parts)))
                          if ch != "\n" and not "!" <= ch <= "~")
            for name, parts in texts.items()}


def _render_reportlab(forms: Sequence[Form], font: FontChoice, footer: bool,
                      stamp: datetime | None, title: str, subject: str) -> bytes:
    """The PDF drawn on reportlab's canvas (the CID fallback font, a title that wraps)."""
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas

    from perfdocs._compat import fast_number_arrays, fast_pdf_objects
    from perfdocs.render.pdf.fonts import register_set
    from perfdocs.render.reproducible import stamp_pdf

    fonts = register_set(font)
    font_name = fonts.cjk
    fast_number_arrays()  # the fonts' widths arrays written from kept bytes (same bytes)
    fast_pdf_objects()  # names, texts, numbers of every object from kept bytes (same bytes)
    if font.path is not None:  # the CID fallback is the reader's font: drawn as it is
        _MIXED[font_name] = fonts
    story = _story(forms, font_name)
    out = io.BytesIO()
    # the canvas as platypus' SimpleDocTemplate made it (same arguments, same calls)
    make: Any = _paged_canvas() if footer else Canvas  # reportlab's stubs mistype the font
    extra = {"footer_font": font_name} if footer else {}
    canvas = make(out, pagesize=A4, invariant=1, initialFontName=font_name, **extra)
    if stamp is not None:
        stamp_pdf(canvas, stamp)
    canvas.setEncrypt(None)
    canvas.setAuthor("perfdocs")
    canvas.setTitle(title)
    canvas.setSubject(subject)
    canvas.setCreator("perfdocs")
    canvas.setProducer(None)
    canvas.setKeywords([])
    # ASCII85 on top of Flate only makes streams 25% bigger and costs a pure-Python pass.
    saved_a85 = rl_config.useA85
    rl_config.useA85 = 0
    try:
        _flow(canvas, story)
    finally:
        rl_config.useA85 = saved_a85
    return out.getvalue()


_PAGED: list[type] = []


def _paged_canvas() -> type:
    """:class:`_PagedCanvas`, made (on reportlab's ``Canvas``) the first time it is asked."""
    if not _PAGED:
        _PAGED.append(_make_paged_canvas())
    return _PAGED[0]


def _make_paged_canvas() -> type:
    from reportlab.pdfgen.canvas import Canvas

    from perfdocs._compat import DeflatingAhead, deflate_page_ahead, start_page

    class _PagedCanvas(Canvas):
        """A canvas that writes "第 x 页 共 y 页" on every page once y is known.

        Pages are kept (as the canvas state that ``showPage`` would have flushed) until
        ``save``; only then, knowing the count, is each page footed and emitted.
        """

        def __init__(self, *args: Any, footer_font: str, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._footer_font = footer_font
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            start_page(self)

        def save(self) -> None:
            """Foot and emit every page, then write the PDF, its large streams (new font
            subsets, long pages) deflating on a helper thread meanwhile
            (:class:`DeflatingAhead`)."""
            total = len(self._held)
            with DeflatingAhead():
                for number, state in enumerate(self._held, start=1):
                    self.__dict__.update(state)
                    _draw_centred(self, A4[0] / 2, MARGIN / 2,
                                  PAGE_NUMBER.format(page=number, pages=total), self._footer_font,
                                  FOOTER_SIZE)
                    super().showPage()
                    deflate_page_ahead(self)
                super().save()

    return _PagedCanvas


def _draw_centred(canv: Any, x: float, y: float, line: str, font_name: str,
                  size: float) -> None:
    """``line`` centred on ``x``: CJK in the CJK font, digits in the Latin serif."""
    fonts = _MIXED.get(font_name)
    if fonts is None:
        canv.setFont(font_name, size)
        canv.drawCentredString(x, y, line)
        return
    runs = [(fonts.latin if latin else fonts.cjk, part) for latin, part in _runs(line)]
    width = sum(font_named(name).stringWidth(part, size) for name, part in runs)
    text = canv.beginText(x - width / 2, y)
    for name, part in runs:
        text.setFont(name, size)
        text.textOut(part)
    canv.drawText(text)


def _stroke_width(size: float) -> float:
    """Outline stroke thick enough to read as bold, thin enough to keep counters open."""
    return size / 30


# --- cell text -------------------------------------------------------------------------

class _Widths(dict[str, float]):
    """Advances by character, each looked up in the font the first time it is asked for.

    Line breaking sums the advances of every character of every cell: ``map`` over this
    dict's ``__getitem__`` runs those sums in C once a character has been seen.
    """

    def __init__(self, measure: Callable[[str], float]) -> None:
        super().__init__()
        self._measure = measure

    def __missing__(self, ch: str) -> float:
        w = self[ch] = self._measure(ch)
        return w


@lru_cache(maxsize=16)
def _advances(font_name: str, bold: bool = False) -> Callable[[str], float]:
    """Per-character advance (thousandths of an em) of a registered font, memoised.

    For a font set (:data:`_MIXED`) a Latin character is measured in the Latin serif and
    the rest in the CJK face, bold or regular as drawn.
    """
    fonts = _MIXED.get(font_name)
    if fonts is not None:
        cjk_font: Any = font_named(fonts.cjk_bold if bold else fonts.cjk)
        latin_font: Any = font_named(fonts.latin_bold if bold else fonts.latin)
        cjk, latin = cjk_font.face, latin_font.face

        def measured(ch: str) -> float:
            face = latin if _is_latin(ch) else cjk
            w: float = face.charWidths.get(ord(ch), face.defaultWidth)
            return w
        return _Widths(measured).__getitem__
    font = font_named(font_name)
    face = getattr(font, "face", None)
    if face is not None and hasattr(face, "charWidths"):
        table, default = face.charWidths, face.defaultWidth

        def advance(ch: str) -> float:
            w: float = table.get(ord(ch), default)
            return w
    else:  # CID fallback: reportlab lists the narrow characters, the rest are 1 em
        widths = getattr(font, "unicodeWidths", {})

        def advance(ch: str) -> float:
            w: float = widths.get(ch, 1000)
            return w
    return _Widths(advance).__getitem__


@lru_cache(maxsize=16)
def _exact_sums(font_name: str) -> bool:
    """Whether sums of the font's advances are exact in floating point, in any order.

    True when every advance is a multiple of 1/1024 (reportlab scales a TrueType font's
    widths by 1000/unitsPerEm, and unitsPerEm is usually a power of two) and no line
    could add up to 2**40: then float addition never rounds. The CID fallback's widths
    are whole numbers.
    """
    fonts = _MIXED.get(font_name)
    names = ({fonts.cjk, fonts.latin, fonts.cjk_bold, fonts.latin_bold} if fonts is not None
             else {font_name})
    widths: set[float] = set()  # a CJK face has 10^4 advances but few distinct ones
    for name in sorted(names):
        font = font_named(name)
        face = getattr(font, "face", None)
        if face is not None and hasattr(face, "charWidths"):
            widths.update(distinct_advances(face))  # kept with the font: not 10^4 reads
            widths.add(face.defaultWidth)
        else:
            widths.update(getattr(font, "unicodeWidths", {}).values())
            widths.add(1000)
    return all(0 <= w < 2**20 and (w * 1024) % 1 == 0 for w in widths)


_Lines = tuple[tuple[str, float], ...]
_INF = float("inf")

_BREAKS_KEPT = 8192
"""Texts whose line breaks are kept (then the store starts afresh): a few forms' worth."""
_breaks: dict[tuple[str, str, float, bool], list[tuple[float, float, _Lines]]] = {}
"""Per text, font, size and boldness: the lines found so far, each with the range of
limits (in thousandths of an em) that break the text into exactly those lines."""


def _break_lines(text: str, width: float, font_name: str, size: float, bold: bool = False
                 ) -> _Lines:
    """``text`` in lines (with their widths) of at most ``width`` points; ``\\n`` kept.

    Memoised, and not only per width: forms repeat short texts (units, "0.00", "-") down
    whole columns, and a cell's text is broken when its row is sized and again when it is
    drawn, at a width rounded to the grid's edges (a hundredth of a point off). Greedy
    breaking depends on the width only through comparisons of fixed sums with the limit,
    so the lines found hold for every limit between the largest sum that fitted and the
    smallest that did not (:func:`_broken`); a width in that range reuses them.
    """
    return _break_at(text, _MILLI[width] * 1000 / size, font_name, size, bold)[2]


class _Rounded(dict[float, float]):
    """``round(x, places)`` kept per x: a form measures its few column widths some
    eight hundred times, and ``round`` to a number of places goes through a decimal
    string each time (≈ 3,000 instructions). The same numbers, from a dict."""

    __slots__ = ("places",)
    KEPT = 1 << 12

    def __init__(self, places: int) -> None:
        super().__init__()
        self.places = places

    def __missing__(self, x: float) -> float:
        rounded = round(x, self.places)
        if len(self) >= self.KEPT:
            self.clear()
        self[x] = rounded
        return rounded


_MILLI = _Rounded(3)


def _break_at(text: str, limit: float, font_name: str, size: float, bold: bool
              ) -> tuple[float, float, _Lines]:
    """:func:`_break_lines` at ``limit`` (thousandths of an em, from the width rounded to
    0.001 pt), with the range of limits its lines hold for (see :func:`_broken`)."""
    key = (text, font_name, size, bold)
    known = _breaks.get(key)
    if known is None:
        if len(_breaks) >= _BREAKS_KEPT:
            _breaks.clear()
        known = _breaks[key] = []
    else:
        for entry in known:
            if entry[0] <= limit < entry[1]:
                return entry
    entry = _broken(text, limit, font_name, size, bold)
    known.append(entry)
    return entry


def _broken(text: str, limit: float, font_name: str, size: float, bold: bool
            ) -> tuple[float, float, _Lines]:
    """The lines of :func:`_break_lines` at ``limit`` (thousandths of an em), and the range
    ``[low, high)`` of limits for which every comparison below comes out the same: ``low``
    the largest sum that fitted, ``high`` the smallest that did not."""
    advance = _advances(font_name, bold)
    exact = _exact_sums(font_name)
    low, high = -_INF, _INF
    lines: list[tuple[str, float]] = []
    for part in text.split("\n"):
        if exact:
            # Most cells fit on one line. Then the greedy loop below keeps every token on
            # it and its width is the sum of all advances, in any order since these sums
            # are exact: the same line, measured once, without cutting it into tokens.
            whole = sum(map(advance, part))
            if whole <= limit:
                low = max(low, whole)
                lines.append((part, whole))
                continue
            high = min(high, whole)
            if " " not in part:
                found = _fitted(part, limit, advance)
                if found is not None:
                    part_low, part_high, part_lines = found
                    low = max(low, part_low)
                    high = min(high, part_high)
                    lines += part_lines
                    continue
        line = ""
        used = 0.0
        for token in tokens(part):
            w = sum(map(advance, token))
            if used + w <= limit:
                line += token
                used += w
                low = max(low, used)
                continue
            high = min(high, used + w)
            if line:
                lines.append((line, used))
                line, used = "", 0.0
                if token == " ":
                    continue  # a space that ends a line is not carried to the next
            if w <= limit:
                line, used = token, w
                low = max(low, w)
                continue
            high = min(high, w)
            for piece in parts(token):  # a figure and its unit apart, else the whole token
                if piece is not token:
                    w = sum(map(advance, piece))
                    if used + w <= limit:
                        line += piece
                        used += w
                        low = max(low, used)
                        continue
                    high = min(high, used + w)
                    if line:
                        lines.append((line, used))
                        line, used = "", 0.0
                    if w <= limit:
                        line, used = piece, w
                        low = max(low, w)
                        continue
                    high = min(high, w)
                for ch in piece:  # still wider than the whole line: break it anywhere
                    a = advance(ch)
                    if line:
                        if used + a > limit:
                            high = min(high, used + a)
                            lines.append((line, used))
                            line, used = "", 0.0
                        else:
                            low = max(low, used + a)
                    line += ch
                    used += a
        lines.append((line, used))
    return low, high, tuple((line, used * size / 1000) for line, used in lines)


def _fitted(part: str, limit: float, advance: Callable[[str], float]
            ) -> tuple[float, float, list[tuple[str, float]]] | None:
    """The greedy loop of :func:`_broken` over one paragraph, a line at a time instead of
    a token at a time: the lines, the largest sum that fitted and the smallest that did
    not. Only where sums are exact (every partial sum of advances is then the same float
    however it is added up: the running widths here are differences of prefix sums) and
    the paragraph has no space (a space that ends a line is dropped there) and no token
    wider than the line (broken anywhere there); otherwise None and the loop runs.

    Each line ends before the first token whose prefix sum, less the sum before the line,
    exceeds ``limit``: a bisection over the prefix sums (advances are never negative)."""
    pieces: Sequence[str] = part if not JOINING_SET.found_in(part) else tokens(part)
    single = len(pieces) == len(part)
    widths = (list(map(advance, pieces)) if single
              else [sum(map(advance, piece)) for piece in pieces])
    if not widths or max(widths) > limit:
        return None
    sums = list(accumulate(widths))
    ends = None if single else list(accumulate(map(len, pieces)))  # each piece's end
    count = len(sums)
    low, high = -_INF, _INF
    lines: list[tuple[str, float]] = []
    start = 0  # first token of the line
    base = 0.0  # the sum of the tokens before it
    at = 0  # its first character
    while True:
        # ``base + limit`` may be rounded: the bisection only guesses, the exact test
        # (a difference of exact sums against the limit) decides
        end = bisect_right(sums, base + limit, start, count)
        while end < count and sums[end] - base <= limit:
            end += 1
        while end > start + 1 and sums[end - 1] - base > limit:
            end -= 1
        used = sums[end - 1] - base
        if used > low:
            low = used
        stop = end if ends is None else ends[end - 1]
        lines.append((part[at:stop], used))
        if end == count:
            return low, high, lines
        if sums[end] - base < high:
            high = sums[end] - base
        start, base, at = end, sums[end - 1], stop


class _Text:
    """The text of one cell, broken into lines once per width and then reused."""

    __slots__ = ("_font", "_high", "_lines", "_low", "_size", "_wrapped_at", "align", "bold",
                 "caption", "open_bottom", "open_top", "text")

    def __init__(self, cell: Cell, open_top: bool = False, open_bottom: bool = False) -> None:
        self.text = cell.text
        self.align = cell.align
        self.bold = cell.style in _BOLD
        self.caption = cell.style in CAPTION_STYLES
        self.open_top = open_top
        self.open_bottom = open_bottom
        """No rule above / below: the cell continues a text cut over several rows."""
        self._wrapped_at = -1.0
        self._lines: _Lines = ()
        self._low = _INF
        self._high = -_INF
        """The limits (see :func:`_break_at`) ``_lines`` hold for in ``_font`` at ``_size``;
        none for a part cut from a text (:meth:`part`)."""
        self._font = ""
        self._size = 0.0

    def padding(self) -> float:
        """Air above and below the lines: none on a side where the text runs on into the
        next row (a long text cut over rows), so that it reads without a gap."""
        return PAD_Y * ((not self.open_top) + (not self.open_bottom))

    def lines(self, width: float, font_name: str, size: float) -> _Lines:
        """The lines (text, width in points) at ``width``; memoised.

        A width within 0.001 pt of the last one keeps its lines; another width whose limit
        falls in the range the lines hold for (a cell drawn at its rounded edges) keeps
        them too, as :func:`_break_lines` would give them again.
        """
        if abs(width - self._wrapped_at) > 0.001:
            limit = _MILLI[width] * 1000 / size
            if not (self._low <= limit < self._high and size == self._size
                    and font_name == self._font):
                self._low, self._high, self._lines = _break_at(self.text, limit, font_name,
                                                               size, self.bold)
                self._font, self._size = font_name, size
            self._wrapped_at = width
        return self._lines

    def fit(self, width: float, room: float, font_name: str, size: float, leading: float
            ) -> tuple[tuple[str, float], ...]:
        """The lines to print in a box ``width`` wide with ``room`` points of height.

        A cell's rows are sized to hold its text, so this is :meth:`lines`, except in the
        part of a row span that a page break leaves on one page. There a caption broken
        into one character a line (the vertical 绩效指标) is run together and wrapped to
        the width instead, and left out if even that does not fit (it is printed again on
        the other page); any other text keeps the lines that fit (the split moves the
        rest to the next page, see :meth:`_Grid.split`). Nothing is ever printed outside
        its cell.
        """
        lines = self.lines(width, font_name, size)
        if len(lines) * leading <= room + _SLACK:
            return lines
        if self.caption:
            flowed = _break_lines(self.text.replace("\n", ""), width, font_name, size,
                                  self.bold)
            return flowed if len(flowed) * leading <= room + _SLACK else ()
        return lines[:_capacity(room, leading)]

    def part(self, lines: tuple[tuple[str, float], ...], width: float) -> _Text:
        """The same cell holding only ``lines`` (already broken at ``width``)."""
        new = _Text.__new__(_Text)
        new.text = "\n".join(line for line, _ in lines)
        new.align, new.bold, new.caption = self.align, self.bold, self.caption
        new.open_top, new.open_bottom = self.open_top, self.open_bottom
        new._lines, new._wrapped_at = lines, width
        new._low, new._high, new._font, new._size = _INF, -_INF, "", 0.0
        return new


def _capacity(room: float, leading: float) -> int:
    """How many whole lines ``room`` points of height hold."""
    return max(0, int((room + _SLACK) // leading))


# --- forms and blocks ------------------------------------------------------------------

def _form_story(form: Form, font_name: str, *, heading: str = "") -> list[Part]:
    """Heading (when given), title, subtitle and the stacked block grids of one form."""
    fonts = form.fonts
    title_size = _pt(fonts.title_size)
    sub_size = _pt(fonts.subtitle_size)
    body = _pt(fonts.body_size)
    mixed = _MIXED.get(font_name)
    story: list[Part] = []
    title_style = LineStyle("perfdocs-title", font_name, title_size, title_size * 1.3,
                            centred=True,
                            space_after=sub_size * 0.3 if form.subtitle else sub_size)
    if heading:
        story.append(TextLine(heading, replace(title_style, name="perfdocs-heading",
                                               space_after=title_size),
                              mixed, runs=_runs, stroked=True))
    if mixed is not None and not mixed.simulated_bold:  # a real bold face
        story.append(TextLine(form.title, title_style, mixed, runs=_runs, bold=True))
    else:
        story.append(TextLine(form.title, title_style, mixed, runs=_runs, stroked=True))
    if form.subtitle:
        story.append(TextLine(form.subtitle, replace(
            title_style, name="perfdocs-subtitle", size=sub_size, leading=sub_size * 1.3,
            space_after=sub_size * 0.6), mixed, runs=_runs))
    widths = _column_widths(form.column_widths)
    line_style = LineStyle("perfdocs-lines", font_name, body, body * _pt(LEADING),
                           centred=False, space_before=body / 2)
    if form.header:  # the layout's header lines, between the subtitle and the table
        story.append(TextLine(_kept_spaces(form.header), replace(
            line_style, name="perfdocs-header", space_before=0, space_after=body / 2),
            mixed, runs=_runs))
    for block in form.blocks:
        story.append(_block_grid(block, widths, font_name, body))
    if form.footer:  # the signature line stays on the page where the last grid ends
        story.append(WithPrevious(TextLine(_kept_spaces(form.footer), line_style, mixed,
                                           runs=_runs)))
    return story


def _kept_spaces(text: str) -> str:
    """A header or footer line with its full-width spaces kept: a paragraph folds a run of
    whitespace into one space, so 「填报人：　　　　联系电话：」 left no room to sign by hand in
    the PDF while Word and Excel keep it. Each U+3000 becomes two no-break spaces, one em
    in the CJK face as the full-width space is."""
    return text.replace("\u3000", "\xa0\xa0")


def _column_widths(relative: Sequence[Decimal]) -> list[float]:
    """``relative`` widths scaled to the frame; the last column absorbs the rounding."""
    return [float(w) for w in scaled_widths(relative, Decimal(FRAME_WIDTH))]


def _inner_width(widths: Sequence[float], col: int, last_col: int) -> float:
    """Room for text in a cell spanning ``col``…``last_col``."""
    return sum(widths[col:last_col + 1]) - 2 * PAD_X


_Entry = tuple[int, int, int, int, "_Text | None"]
"""A placed cell: first row, first column, last row, last column, text."""
_Placed = tuple[float, float, float, float, "_Text | None",
                list[tuple[float, float, str, float]]]
"""A cell drawn: left, right, top and bottom edge, text, and (x, baseline, line, width)
of each line printed."""


def _block_grid(block: Block, widths: list[float], font_name: str, body: float) -> _Grid:
    """One block as a ruled grid, long rows already cut to fit a page."""
    leading = body * _pt(LEADING)
    cells, n_rows, min_heights, joined = _cut_tall_rows(block, widths, font_name, body,
                                                        leading)
    empty = leading + 2 * PAD_Y
    heights = [max(empty, m) for m in min_heights] + [empty] * (n_rows - len(min_heights))
    entries: list[_Entry] = []
    spanned: list[tuple[int, int, float]] = []
    # a narrative's next paragraph goes on in the same box: no rule, no gap between them
    joined |= {(cell.row, cell.col) for cell in cells if cell.joined}
    inner_widths: dict[tuple[int, int], float] = {}  # a form has a few distinct spans
    for cell in cells:
        row, col = cell.row, cell.col
        last_row, last_col = row + cell.rowspan - 1, col + cell.colspan - 1
        text = None
        if cell.text:
            text = (_Text(cell, (row, col) in joined, (last_row + 1, col) in joined) if joined
                    else _Text(cell))
            inner = inner_widths.get((col, last_col))
            if inner is None:
                inner = inner_widths[col, last_col] = _inner_width(widths, col, last_col)
            need = len(text.lines(inner, font_name, body)) * leading + text.padding()
            if cell.rowspan == 1:
                heights[row] = max(heights[row], need)
            else:
                spanned.append((last_row, row, need))
        entries.append((row, col, last_row, last_col, text))
    # A spanning cell taller than its rows grows the last of them, as reportlab does.
    for last, first, need in sorted(spanned):
        short = need - sum(heights[first:last + 1])
        if short > 0:
            heights[last] += short
    n_cols = len(widths)
    headings = frozenset(cell.row for cell in cells
                         if cell.colspan == n_cols and is_heading(cell, n_cols, n_rows))
    return _Grid(entries, heights, widths, block.repeat_rows, font_name, body, leading,
                 headings)


class _Grid:
    """One block drawn as a ruled table: thin grid, spans, centred cells, repeated header.

    This stands in for a platypus ``Table``, which costs several times the time budget
    (per-cell style objects, a save/translate/restore per cell) and which will not split
    inside a row span, although an indicator group (产出指标) spans every row of the group
    and may run over several pages. Row heights are known in advance from the cells' own
    line breaking. A page break falls after the last row that fits, or a row earlier so
    that a heading row is not left at a page bottom and a lone last row (总分) does not go
    over alone. Spans crossing the break are clipped and continue on the next page below
    the repeated header rows, where a caption (not free text) is printed again so the
    reader knows which group the rows belong to. On each page a span's text is laid out in
    the part of the cell that page holds: a caption too tall for it is run together (the
    vertical 绩效指标), a free text keeps the lines that fit and goes on with the rest.
    """

    def __init__(self, entries: list[_Entry], heights: list[float], widths: list[float],
                 repeat: int, font_name: str, size: float, leading: float,
                 headings: frozenset[int] = frozenset()) -> None:
        self.entries = entries
        self.heights = heights
        self.widths = widths
        self.repeat = repeat
        self.font_name = font_name
        self.size = size
        self.leading = leading
        self.headings = headings
        """Rows that are a heading across the whole grid (项目实施计划：): kept with the next."""
        self.width = sum(widths)
        self.height = sum(heights)

    canv: Canvas
    """The canvas being drawn on, while :meth:`drawOn` runs."""

    # --- the flowable protocol (see .flow) ---------------------------------------------

    def getSpaceBefore(self) -> float:
        return 0

    def getSpaceAfter(self) -> float:
        return 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        canvas.saveState()
        canvas.translate(x, y)
        self.canv = canvas
        self.draw()
        del self.canv
        canvas.restoreState()

    def _part(self, entries: list[_Entry], heights: list[float], headings: frozenset[int]
              ) -> _Grid:
        return _Grid(entries, heights, self.widths, self.repeat, self.font_name, self.size,
                     self.leading, headings)

    def _inner(self, col: int, last_col: int) -> float:
        return _inner_width(self.widths, col, last_col)

    def _break_row(self, fit: int) -> int:
        """Where to break, given that rows ``[0, fit)`` fit: ``fit`` or a row earlier.

        Earlier when the break would leave a heading row as the last of the page (it goes
        over with the text it heads), or move a lone last row (总分) under the repeated
        header while the row above could keep it company. Never back to the header,
        unless a heading and the row after it would then fit on a fresh page (else the
        grid would not fit anywhere).
        """
        at = fit
        if len(self.heights) - at == 1 and at - 1 > self.repeat:
            at -= 1
        while at > self.repeat and at - 1 in self.headings:
            at -= 1
        if at <= self.repeat < fit:
            fresh = FRAME_HEIGHT - 2 * FRAME_PADDING
            if sum(self.heights[:fit + 1]) > fresh:
                return fit
        return at

    def split(self, availWidth: float, availHeight: float) -> list[_Grid]:
        heights = self.heights
        used = 0.0
        fit = 0
        for h in heights:
            if used + h > availHeight:
                break
            used += h
            fit += 1
        if fit >= len(heights):
            return [self]
        fit = self._break_row(fit)
        if fit <= self.repeat:
            return []  # not even one body row fits: the frame moves us to the next page
        top: list[_Entry] = []
        rest: list[_Entry] = []
        # Entries of ``rest`` placed anew (the header, spans cut by the break): only they can
        # be short of room; the others keep the rows they were sized for.
        moved: list[_Entry] = []
        shift = fit - self.repeat
        for row, col, last_row, last_col, text in self.entries:
            if row < fit:
                head: _Text | None = text
                tail = None
                if (row >= self.repeat and last_row >= fit and text is not None
                        and not text.caption):
                    head, tail = self._cut_text(text, col, last_col, sum(heights[row:fit]))
                top.append((row, col, min(last_row, fit - 1), last_col, head))
            if row < self.repeat:
                # a header cell may span on into the body (the 2020 form's 绩效指标 label):
                # on the next page it covers the repeated header and what is left of its span
                last = last_row - shift if last_row >= fit else min(last_row, self.repeat - 1)
                rest.append((row, col, last, last_col, text))
                moved.append(rest[-1])
            elif row >= fit:
                rest.append((row - shift, col, last_row - shift, last_col, text))
            elif last_row >= fit:
                # a caption is printed again; free text goes on with the lines left over
                again = text if text is not None and text.caption else tail
                rest.append((self.repeat, col, last_row - shift, last_col, again))
                moved.append(rest[-1])
        rest_heights = heights[:self.repeat] + heights[fit:]
        self._make_room(moved, rest_heights)
        top_headings = frozenset(r for r in self.headings if r < fit - 1)
        rest_headings = frozenset(r if r < self.repeat else r - shift
                                  for r in self.headings if r < self.repeat or r >= fit)
        return [self._part(top, heights[:fit], top_headings),
                self._part(rest, rest_heights, rest_headings)]

    def _cut_text(self, text: _Text, col: int, last_col: int, height: float
                  ) -> tuple[_Text, _Text | None]:
        """``text`` of a span crossing the page break: the lines for this page, the rest.

        All of it stays on this page when it fits in the span's rows here (the rows were
        sized for the whole span, so usually it does); else the lines that fit stay and
        the others continue in the span's rows on the next page.
        """
        width = self._inner(col, last_col)
        lines = text.lines(width, self.font_name, self.size)
        keep = _capacity(height - 2 * PAD_Y, self.leading)
        if len(lines) <= keep:
            return text, None
        return text.part(lines[:keep], width), text.part(lines[keep:], width)

    def _make_room(self, entries: list[_Entry], heights: list[float]) -> None:
        """Grow ``heights`` (the rows of a continued grid) until every text fits its cell.

        A span cut by a page break may continue in fewer rows than its text needs: a
        caption printed again, or the lines of a text that did not fit on the page before.
        As when the grid was built, the last row of the span grows.
        """
        short: list[tuple[int, int, float]] = []
        for row, col, last_row, last_col, text in entries:
            if text is None:
                continue
            width = self._inner(col, last_col)
            lines = len(text.lines(width, self.font_name, self.size))
            if text.caption and lines > 1:
                flowed = _break_lines(text.text.replace("\n", ""), width, self.font_name,
                                      self.size, text.bold)
                lines = min(lines, len(flowed))
            need = lines * self.leading + 2 * PAD_Y
            if need > sum(heights[row:last_row + 1]) + _SLACK:
                short.append((last_row, row, need))
        for last, first, need in sorted(short):
            missing = need - sum(heights[first:last + 1])
            if missing > 0:
                heights[last] += missing

    def _placed(self) -> tuple[list[float], list[float], list[_Placed]]:
        """Column edges, row edges, and every cell placed with its lines.

        Coordinates are the grid's own (origin at its bottom left), edges rounded as
        drawn; the lines are those that fit the cell (see :meth:`_Text.fit`).
        """
        xs = [0.0]
        for w in self.widths:
            xs.append(xs[-1] + w)
        ys = [self.height]  # top edge of each row, then the bottom of the grid
        for h in self.heights:
            ys.append(ys[-1] - h)
        xs = [round(x, 2) for x in xs]  # shared edges must meet exactly to be merged
        ys = [round(y, 2) for y in ys]
        font_name, size, leading = self.font_name, self.size, self.leading
        drop = (leading - size) / 2 + size * _pt(ASCENT)  # line top → baseline
        out: list[_Placed] = []
        for row, col, last_row, last_col, cell in self.entries:
            x0, x1, top, bottom = xs[col], xs[last_col + 1], ys[row], ys[last_row + 1]
            placed: list[tuple[float, float, str, float]] = []
            if cell is not None:
                # :meth:`_Text.fit`, its usual case first: every line fits the cell
                width = x1 - x0 - 2 * PAD_X
                room = top - bottom - PAD_Y * ((not cell.open_top) + (not cell.open_bottom))
                lines = cell.lines(width, font_name, size)
                if len(lines) * leading > room + _SLACK:
                    lines = cell.fit(width, room, font_name, size, leading)
                if cell.open_top:  # a text cut over rows reads on without a gap
                    y = top - drop
                elif cell.open_bottom:
                    y = top - PAD_Y - drop
                else:
                    y = top - (top - bottom - len(lines) * leading) / 2 - drop
                align = cell.align
                for line, used in lines:
                    if align == "left":
                        x = x0 + PAD_X
                    elif align == "right":
                        x = x1 - PAD_X - used
                    else:
                        x = (x0 + x1 - used) / 2
                    placed.append((x, y, line, used))
                    y -= leading
            out.append((x0, x1, top, bottom, cell, placed))
        return xs, ys, out

    def draw(self) -> None:
        if not self.heights:
            return
        canv = self.canv
        size = self.size
        text = canv.beginText()
        text.setFont(self.font_name, size)
        fonts = _MIXED.get(self.font_name)
        show = TextShower(canv, text, self.font_name, runs=_runs, latin=_LATIN.search,
                          mixed=None if fonts is None
                          else (fonts.cjk, fonts.latin, fonts.cjk_bold, fonts.latin_bold))
        stroke = fonts is None or fonts.simulated_bold  # no bold face: fill and stroke
        bold = False
        across: defaultdict[float, list[tuple[float, float]]] = defaultdict(list)
        down: defaultdict[float, list[tuple[float, float]]] = defaultdict(list)
        xs, ys, cells = self._placed()
        for x0, x1, top, bottom, cell, placed in cells:
            down[x0].append((bottom, top))
            down[x1].append((bottom, top))
            if cell is None:
                across[top].append((x0, x1))
                across[bottom].append((x0, x1))
                continue
            if not cell.open_top:
                across[top].append((x0, x1))
            if not cell.open_bottom:
                across[bottom].append((x0, x1))
            if not placed:
                continue
            cell_bold = cell.bold
            if stroke and cell_bold != bold:
                bold = cell_bold
                text.setTextRenderMode(2 if bold else 0)  # fill+stroke: the stand-in for bold
            show.lines(placed, cell_bold)
        if bold:
            text.setTextRenderMode(0)
        # the outline, also where a cut text (open top/bottom) meets a page break
        across[ys[0]].append((xs[0], xs[-1]))
        across[ys[-1]].append((xs[0], xs[-1]))
        down[xs[0]].append((ys[-1], ys[0]))
        down[xs[-1]].append((ys[-1], ys[0]))
        canv.saveState()
        canv.setLineWidth(_stroke_width(size))
        canv.drawText(text)
        canv.setLineWidth(_pt(GRID_WIDTH))
        canv.addLiteral(_rules(across, down))
        canv.restoreState()


def _merged(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Touching or overlapping intervals joined, so each rule is one stroke.

    The stroke being joined is kept in two locals, not read back from the list: a form's
    grids join ≈ 1,900 edges (each cell's four, most of them twice)."""
    out: list[tuple[float, float]] = []
    if not spans:
        return out
    ordered = iter(sorted(spans))
    start, end = next(ordered)
    for a, b in ordered:
        if a <= end + 0.01:
            if b > end:
                end = b
        else:
            out.append((start, end))
            start, end = a, b
    out.append((start, end))
    return out


def _rules(across: dict[float, list[tuple[float, float]]],
           down: dict[float, list[tuple[float, float]]]) -> str:
    """PDF path operators stroking every cell edge once (cell edges shared are merged)."""
    ops: list[str] = []
    edge = _EDGES
    for y in sorted(across):
        at = edge[y]
        for a, b in _merged(across[y]):
            ops.append(f"{edge[a]} {at} m {edge[b]} {at} l")
    for x in sorted(down):
        at = edge[x]
        for a, b in _merged(down[x]):
            ops.append(f"{at} {edge[a]} m {at} {edge[b]} l")
    ops.append("S")
    return "\n".join(ops)


class _Edges(dict[float, str]):
    """``f"{x:.2f}"`` kept per x: a grid's few edges start and end most of its rules.
    -0.0 (one key with 0.0) is not kept: it prints "-0.00"."""

    __slots__ = ()
    KEPT = 1 << 12

    def __missing__(self, x: float) -> str:
        text = f"{x:.2f}"
        if x:
            if len(self) >= self.KEPT:
                self.clear()
            self[x] = text
        return text


_EDGES = _Edges()


def _cut_tall_rows(block: Block, widths: list[float], font_name: str, body: float,
                   leading: float
                   ) -> tuple[list[Cell], int, list[float], set[tuple[int, int]]]:
    """The block's cells, with every row too tall for a page cut into several rows.

    A row is too tall when one of its single-row cells wraps to more lines than a quarter
    of a page holds. Its text is divided into chunks of that many lines, one per new row
    (small chunks fill pages well: a page breaks between them); the row's other cells span
    the new rows, and the cells below move down. Also returns the per-row minimum heights,
    stretched the same way, and the (row, column) of every chunk after the first, drawn
    without a rule above so that the text reads as one cell.
    """
    min_heights = [_pt(h) for h in block.min_row_height]
    budget = max(1, int((FRAME_HEIGHT / 4 - 2 * PAD_Y) // leading))
    extra: dict[int, list[str]] = {}  # row index → chunks of its tallest cell
    owner: dict[int, Cell] = {}
    for cell in block.cells:
        if cell.rowspan != 1 or cell.row < block.repeat_rows or len(cell.text) < budget:
            continue  # fewer characters than lines cannot be too tall
        width = _inner_width(widths, cell.col, cell.last_col)
        lines = [line for line, _ in _break_lines(cell.text, width, font_name, body)]
        if len(lines) <= budget:
            continue
        chunks = ["\n".join(lines[i:i + budget]) for i in range(0, len(lines), budget)]
        if len(chunks) > len(extra.get(cell.row, ())):
            extra[cell.row] = chunks
            owner[cell.row] = cell
    if not extra:
        return list(block.cells), block.n_rows, min_heights, set()
    count = [len(extra[r]) if r in extra else 1 for r in range(block.n_rows)]
    shift = [0] * (block.n_rows + 1)  # rows inserted above each original row
    for r in range(block.n_rows):
        shift[r + 1] = shift[r] + count[r] - 1
    out: list[Cell] = []
    joined: set[tuple[int, int]] = set()
    for cell in block.cells:
        row = cell.row + shift[cell.row]
        last = cell.last_row + shift[cell.last_row + 1]
        if owner.get(cell.row) is cell:
            for i, chunk in enumerate(extra[cell.row]):
                out.append(_moved(cell, row + i, 1, chunk))
                if i:
                    joined.add((row + i, cell.col))
        else:
            out.append(_moved(cell, row, last - row + 1, cell.text))
    grown: list[float] = []
    for r, h in enumerate(min_heights):
        grown += [h] + [0.0] * (count[r] - 1)
    return out, block.n_rows + shift[block.n_rows], grown, joined


def _moved(cell: Cell, row: int, rowspan: int, text: str) -> Cell:
    return replace(cell, row=row, rowspan=rowspan, text=text)

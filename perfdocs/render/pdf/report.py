"""The PDF of a filled report document (.docx), so the PDF says what the Word file says.

A user who rewords the 自评报告 template in Word gets the same words in the PDF: the PDF is
drawn from the filled document, not from a second copy of the report's text. Only what a
report template uses is read — paragraphs (text, line breaks, alignment, first-line
indent, bold, size of the first run) and ruled tables (cell text, column widths, spans);
pictures, headers and footers stay in Word. A paragraph or table row marked 与下段同页
(``keepNext``) stays on the page of what follows it, as in Word. Everything is drawn in
the one embedded CJK font, on A4 with the template's margins.
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any, cast

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from perfdocs._compat import start_page
from perfdocs.errors import RenderError
from perfdocs.render.pdf.fonts import FontChoice, register
from perfdocs.render.reproducible import stamp_pdf

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_ALIGN = {"center": TA_CENTER, "right": TA_RIGHT, "end": TA_RIGHT, "both": TA_JUSTIFY,
          "distribute": TA_JUSTIFY, "left": TA_LEFT, "start": TA_LEFT}
DEFAULT_SIZE = 12.0
MARGIN = 20 * mm
FOOTER_SIZE = 9


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(element: Any, path: str, name: str = "val") -> str | None:
    found = element.find(path)
    return None if found is None else found.get(f"{_W}{name}")


def _paragraph_text(p: Any) -> str:
    parts = []
    for node in p.iter(f"{_W}t", f"{_W}br", f"{_W}tab"):
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        elif node.tag == f"{_W}br":
            parts.append("\n")
        else:
            parts.append("　")
    return "".join(parts)


def _look(p: Any) -> tuple[float, bool]:
    """Size in points and boldness of the paragraph's first run with text."""
    for run in p.iter(f"{_W}r"):
        if run.find(f"{_W}t") is None:
            continue
        size = _attr(run, f"{_W}rPr/{_W}sz")
        bold = run.find(f"{_W}rPr/{_W}b") is not None
        return (int(size) / 2 if size and size.isdigit() else DEFAULT_SIZE), bold
    return DEFAULT_SIZE, False


class _Broken(Paragraph):
    """A report paragraph broken into lines as the forms' cells are: never before closing
    punctuation (，。、；：？！）」』》 …), never after an opening bracket, never inside a
    figure or a Latin word, never between a figure and its unit (the pieces of
    :func:`perfdocs.forms.unbreakable.tokens`).

    reportlab's ``wordWrap="CJK"`` knows the Japanese closing marks (、。」』）) but not the
    Chinese full-width ，；：？！, so a report line began 「，得分 5.95 分。」; and it lets only
    one mark hang at a line's end, so 「」，」 put the comma first on the next line. Lines
    are drawn as reportlab draws its own CJK lines of one style (``kind=0``: text and the
    space left over); a line ending at a hard break (Word's ``<w:br/>``) is remembered, so
    the part of a paragraph carried onto the next page is broken with its breaks intact.
    """

    def breakLinesCJK(self, maxWidths: Any) -> Any:
        frags = self.frags
        first = frags[0] if frags else None
        if (first is None or getattr(self, "_splitpara", False)
                or any(hasattr(f, "cbDefn") for f in frags)
                or any((f.fontName, f.fontSize) != (first.fontName, first.fontSize)
                       for f in frags if not hasattr(f, "lineBreak"))):
            return super().breakLinesCJK(maxWidths)
        text = "".join("\n" if hasattr(f, "lineBreak") else _frag_text(f) for f in frags)
        widths = list(maxWidths) if isinstance(maxWidths, (list, tuple)) else [maxWidths]
        lines, hard = _break(text, widths, first.fontName, first.fontSize)
        para = first.clone(kind=0, lines=[(space, [line]) for space, line in lines],
                           ascent=first.fontSize, descent=-0.2 * first.fontSize)
        para.hard = hard
        return para

    def _get_split_blParaFunc(self) -> Any:
        # reportlab's own, private (not in its stubs): how a paragraph's lines are cut in two
        simple = super()._get_split_blParaFunc()  # type: ignore[misc]
        hard = getattr(getattr(self, "blPara", None), "hard", None)
        if hard is None:
            return simple

        def split(blPara: Any, start: int, stop: int) -> Any:
            frags = simple(blPara, start, stop)
            frags[0].hard = hard[start:stop]
            return frags
        return split


def _frag_text(frag: Any) -> str:
    """A fragment's text; the part of a paragraph carried to the next page has its lines
    as ``words``, with the hard breaks :class:`_Broken` remembered in ``hard``."""
    if hasattr(frag, "text"):
        return str(frag.text)
    words = [str(w) for w in getattr(frag, "words", [])]
    hard = getattr(frag, "hard", None) or [False] * len(words)
    return "".join(w + ("\n" if h else "") for w, h in zip(words, hard, strict=False)).rstrip("\n")


def _break(text: str, widths: list[float], font: str, size: float
           ) -> tuple[list[tuple[float, str]], list[bool]]:
    """``text`` greedily in lines of at most ``widths[i]`` points (the last width for
    the rest), each with the width left over; and whether each line ends at a ``\n``.

    Blanks never start a line (one at a break stays, unseen, at the end of the line
    before, so the text read back from the lines is the text); a token wider than a
    whole line is cut between its characters, where a line may start (a cluster such as
    「良」， too wide for a very narrow cell runs past its edge instead)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.rl_config import _FUZZ

    from perfdocs.forms.unbreakable import CLOSING, OPENING, parts, tokens

    lines: list[tuple[float, str]] = []
    hard: list[bool] = []

    def limit() -> float:
        return float(widths[min(len(lines), len(widths) - 1)])

    for part in text.split("\n"):
        line, used = "", 0.0
        for token in tokens(part):
            width = stringWidth(token, font, size)
            if line and not token.isspace() and used + width > limit() + _FUZZ:
                lines.append((limit() - used, line))
                hard.append(False)
                line, used = "", 0.0
            if width > limit() + _FUZZ and len(token) > 1:  # a figure wider than a line
                for piece in parts(token):  # a figure and its unit apart, else the token
                    if piece is not token:
                        width = stringWidth(piece, font, size)
                        if line and used + width > limit() + _FUZZ:
                            lines.append((limit() - used, line))
                            hard.append(False)
                            line, used = "", 0.0
                        if width <= limit() + _FUZZ or len(piece) == 1:
                            line, used = line + piece, used + width
                            continue
                    for before, ch in zip(" " + piece, piece, strict=False):
                        w = stringWidth(ch, font, size)
                        if (line and used + w > limit() + _FUZZ and ch not in CLOSING
                                and before not in OPENING):
                            lines.append((limit() - used, line))
                            hard.append(False)
                            line, used = "", 0.0
                        line, used = line + ch, used + w
                continue
            line, used = line + token, used + width
        lines.append((limit() - used, line))
        hard.append(True)
    hard[-1] = False
    return lines, hard


class _Bold(_Broken):
    """Filled and stroked glyphs: the usual stand-in for a bold CJK face."""

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setLineWidth(self.style.fontSize / 30)
        canv.addLiteral("2 Tr")
        super().draw()
        canv.restoreState()


def _paragraph(p: Any, font: str, width: float, *, in_table: bool = False) -> Paragraph:
    text = _paragraph_text(p)
    size, bold = _look(p)
    if in_table:
        size = min(size, 10.5)
    align = _ALIGN.get(_attr(p, f"{_W}pPr/{_W}jc") or "left", TA_LEFT)
    first = _attr(p, f"{_W}pPr/{_W}ind", "firstLineChars")
    indent = size * int(first) / 100 if first and first.lstrip("-").isdigit() else 0
    before = _attr(p, f"{_W}pPr/{_W}spacing", "before")
    after = _attr(p, f"{_W}pPr/{_W}spacing", "after")
    style = ParagraphStyle(
        "report", fontName=font, fontSize=size, leading=size * (1.35 if in_table else 1.6),
        alignment=cast(Any, align), firstLineIndent=indent, wordWrap="CJK",
        spaceBefore=int(before) / 20 if before and before.isdigit() else 0,
        spaceAfter=int(after) / 20 if after and after.isdigit() else 0)
    markup = _escape(text).replace("\n", "<br/>") or "&nbsp;"
    return (_Bold if bold else _Broken)(markup, style)


def _table(tbl: Any, font: str, width: float) -> Flowable:
    grid = [int(c.get(f"{_W}w") or 0) for c in tbl.findall(f"{_W}tblGrid/{_W}gridCol")]
    total = sum(grid) or 1
    widths = [width * g / total for g in grid] if grid else None
    rows: list[list[list[Paragraph] | str]] = []
    spans: list[tuple[str, tuple[int, int], tuple[int, int]]] = []  # and rows kept together
    repeat = 0
    for r, tr in enumerate(tbl.findall(f"{_W}tr")):
        row: list[list[Paragraph] | str] = []
        if tr.find(f"{_W}trPr/{_W}tblHeader") is not None and r == repeat:
            repeat += 1
        for tc in tr.findall(f"{_W}tc"):
            span = _attr(tc, f"{_W}tcPr/{_W}gridSpan")
            n = int(span) if span and span.isdigit() else 1
            cell = [_paragraph(p, font, width, in_table=True) for p in tc.findall(f"{_W}p")]
            if n > 1:
                spans.append(("SPAN", (len(row), r), (len(row) + n - 1, r)))
            row.append(cell)
            row.extend([""] * (n - 1))
        if tr.find(f"{_W}tc/{_W}p/{_W}pPr/{_W}keepNext") is not None:  # Word: 与下段同页
            spans.append(("NOSPLIT", (0, r), (-1, r + 1)))
        rows.append(row)
    n_cols = max((len(r) for r in rows), default=0)
    if not n_cols:
        return Spacer(1, 0)
    for row in rows:
        row.extend([""] * (n_cols - len(row)))
    if widths is None or len(widths) != n_cols:
        widths = [width / n_cols] * n_cols
    table = Table(rows, colWidths=widths, repeatRows=repeat)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font),
                               ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("TOPPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3), *spans]))
    return table


KEPT_LINES = 3
"""Lines of what follows that a paragraph marked 与下段同页 is kept on a page with."""


def _kept_with_next(story: list[Flowable], kept: list[bool], width: float) -> list[Flowable]:
    """``story`` with a conditional page break before each run of paragraphs marked
    与下段同页: the run goes to the next page unless the page holds it and the start of
    what follows (a few lines, a table's first rows), as Word keeps a heading with the
    first lines of its paragraph and the last paragraph with the signature. (reportlab's
    own keepWithNext keeps the whole next paragraph, moving a long one to a new page.)"""
    from reportlab.platypus import CondPageBreak

    out: list[Flowable] = []
    run = 0.0
    for index, part in enumerate(story):
        height = part.wrap(width, A4[1])[1] + part.getSpaceBefore() + part.getSpaceAfter()
        if kept[index]:
            if not run:
                out.append(cast(Flowable, None))  # the place of the break, filled below
                at = len(out) - 1
            run += height
        elif run:
            leading = getattr(getattr(part, "style", None), "leading", 0) or 20.0
            out[at] = CondPageBreak(run + min(height, KEPT_LINES * leading))
            run = 0.0
        out.append(part)
    if run:
        out[at] = CondPageBreak(run)
    return out


class _Footed(Canvas):
    """"第 x 页 共 y 页" at the foot of each page, once y is known."""

    def __init__(self, *args: Any, footer_font: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer_font = footer_font
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        start_page(self)  # reportlab's own page reset, without emitting the page

    def save(self) -> None:
        total = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            self.setFont(self._footer_font, FOOTER_SIZE)
            self.drawCentredString(A4[0] / 2, MARGIN / 2, f"第 {number} 页 共 {total} 页")
            super().showPage()
        super().save()


def docx_to_pdf(docx: bytes, font_choice: FontChoice, *, footer: bool = True,
                stamp: datetime | None = None, where: str = "") -> bytes:
    """The PDF of a filled .docx; the same document and stamp give the same bytes."""
    from docx import Document

    from perfdocs.render.pdf.fonts import missing_glyphs

    font = register(font_choice)
    doc = Document(io.BytesIO(docx))
    missing = missing_glyphs(font_choice, "".join(
        t.text or "" for t in doc.element.body.iter(f"{_W}t")))
    if missing:
        raise RenderError(f"PDF 字体 {font_choice.name} 没有字符「{''.join(sorted(missing))}」："
                          "请改写该处文字，或在 perfdocs.toml 的 [fonts] pdf 中指定含有这些字符的"
                          "字体", file=where)
    width = A4[0] - 2 * MARGIN
    story: list[Flowable] = []
    kept: list[bool] = []  # 与下段同页 (keepNext), by story item
    for child in doc.element.body:
        if child.tag == f"{_W}p":
            story.append(_paragraph(child, font, width))
            kept.append(child.find(f"{_W}pPr/{_W}keepNext") is not None)
        elif child.tag == f"{_W}tbl":
            story.append(_table(child, font, width))
            kept.append(False)
    story = _kept_with_next(story, kept, width)
    title = doc.core_properties.title or ""
    out = io.BytesIO()
    template = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                                 topMargin=MARGIN, bottomMargin=MARGIN, title=title,
                                 author="perfdocs", creator="perfdocs", invariant=1,
                                 initialFontName=font)

    def make_canvas(*args: Any, **kwargs: Any) -> Canvas:
        canvas = (_Footed(*args, footer_font=font, **kwargs) if footer
                  else Canvas(*args, **kwargs))
        if stamp is not None:
            stamp_pdf(canvas, stamp)
        return canvas

    template.build(story or [Spacer(1, 1)], canvasmaker=make_canvas)
    return out.getvalue()

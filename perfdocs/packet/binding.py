"""The bound PDF of a packet: cover, table of contents, then every document, page-numbered.

The parts are rendered separately (each form's own PDF, without footer) and joined with
pypdf, which copies pages without re-laying them out. What a reviewer expects of a bound
file, and how it is made:

* the cover is not numbered, nor is the 目录; numbering starts at 1 on the first document
  page, and that is the number the 目录 prints, the footer "第 x 页 共 y 页" says and the
  viewer's page box shows (page labels);
* the 目录 is drawn here row by row, so the box of every entry is known, and each box is a
  link to its page;
* every section and every document has a bookmark (the outline), documents under their
  section;
* every page is drawn in the embedded CJK font: the cover, the 目录 and the footers name
  it as their canvas' initial font, so the file refers to no font it does not embed.

The 目录 takes as many pages as it needs; its length does not shift the numbers, because
the 目录 is not numbered.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from perfdocs._compat import add_pdf_object
from perfdocs.records import Record
from perfdocs.render.pdf.fonts import FontChoice, register

MARGIN = 20 * mm
FOOTER_SIZE = 9
TOC_TITLE = "目　录"
TOC_TITLE_SIZE = 18
TOC_SIZES = (12, 10.5)
"""Font size of a section's entry and of a document's entry under it."""
TOC_ROW = 22
"""Height of one 目录 row in points."""
TOC_INDENT = 2 * 10.5
"""A document's entry is indented two characters under its section."""


class Part(Record, frozen=True):
    """One entry of the bound PDF: a title for the contents, the PDF that holds it, and its
    level (0: a section or a document of its own; 1: a document under the last section).

    A part without ``pdf`` is a section heading only: its entry and bookmark point at the
    next part's first page.
    """

    title: str
    pdf: Path | bytes | None
    level: int = 0


class Cover(Record, frozen=True):
    """What the cover page says."""

    title: str
    lines: tuple[tuple[str, str], ...]
    """(label, value) rows: 单位, 年度, 阶段, 内容, 日期, 项目数."""


class Entry(Record, frozen=True):
    """A line of the 目录: its title, level and the printed number of its first page."""

    title: str
    level: int
    page: int


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def cover_pdf(cover: Cover, font: str) -> bytes:
    """A one-page cover: the packet's title and its particulars."""
    out = io.BytesIO()
    title = ParagraphStyle("cover-title", fontName=font, fontSize=22, leading=32,
                           alignment=TA_CENTER)
    # broken as the forms' and the report's text is: a line never starts with 、）」
    # (a --single packet's 单位 line put 「、某区职业技能鉴定中心」 first; tester16 F5)
    from perfdocs.render.pdf.report import _Broken

    body = ParagraphStyle("cover-body", fontName=font, fontSize=13, leading=20,
                          wordWrap="CJK")
    rows = [[_Broken(_escape(k), body), _Broken(_escape(v), body)] for k, v in cover.lines]
    table = Table(rows, colWidths=[35 * mm, 105 * mm])
    # FONTNAME: a table sets its cells' font even for paragraphs; the default would put an
    # unembedded Helvetica into the file.
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    story = [Spacer(1, 60 * mm), Paragraph(_escape(cover.title).replace("\n", "<br/>"), title),
             Spacer(1, 30 * mm), table]
    SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                      topMargin=MARGIN, bottomMargin=MARGIN, title=cover.title.replace("\n", ""),
                      author="perfdocs", creator="perfdocs", invariant=1,
                      initialFontName=font).build(story)
    return out.getvalue()


TOC_HANG = 2
"""A long entry's next lines are indented this many characters under its first."""
TOC_LINE = 1.5
"""Lines of one wrapped 目录 entry are this many times its font size apart."""


def _lines(text: str, font: str, size: float, first: float, rest: float) -> list[str]:
    """``text`` broken into lines of at most ``first`` points, then ``rest``: between the
    pieces no line break may split (:func:`perfdocs.forms.unbreakable.tokens`: never
    before 、）」 nor after （), a piece wider than a whole line between its characters."""
    from perfdocs.forms.unbreakable import tokens

    lines: list[str] = []
    line, used = "", 0.0
    for token in tokens(text):
        for piece in ([token] if stringWidth(token, font, size) <= rest else list(token)):
            width = stringWidth(piece, font, size)
            if line and not piece.isspace() and used + width > (rest if lines else first):
                lines.append(line.rstrip())
                line, used = "", 0.0
            if line or not piece.isspace():
                line, used = line + piece, used + width
    lines.append(line.rstrip())
    if len(lines) == 2:  # 「项目（单位）」 too long: the unit's brackets whole on the next line
        start = _last_group(text)
        if start > 0 and stringWidth(text[:start], font, size) <= first \
                and stringWidth(text[start:], font, size) <= rest:
            return [text[:start].rstrip(), text[start:]]
    return lines


def _last_group(text: str) -> int:
    """Where the bracketed group ending ``text`` (「（某中心（本级））」) starts; -1 if none."""
    depth = 0
    for at in range(len(text) - 1, -1, -1):
        if text[at] in "）)":
            depth += 1
        elif text[at] in "（(":
            depth -= 1
            if depth == 0:
                return at
        if depth == 0:
            return -1
    return -1


def contents_pdf(entries: Sequence[Entry], font: str
                 ) -> tuple[bytes, list[tuple[int, tuple[float, float, float, float]]]]:
    """The 目录 and, per entry, (page of the 目录, link box) in the order of ``entries``.

    Every entry of a level is printed at that level's size; one too long for a line goes
    on over the next ones, indented under its first, its page number on its last line.
    (Each entry was shrunk on its own to fit one line, so entries of one level came in
    four sizes, down to 8 pt among 12 pt ones; tester16 F5.)"""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1, initialFontName=font)  # type: ignore[arg-type]
    width, height = A4
    left, right = MARGIN, width - MARGIN
    boxes: list[tuple[int, tuple[float, float, float, float]]] = []
    page = 0
    y = height - MARGIN - TOC_TITLE_SIZE
    canvas.setFont(font, TOC_TITLE_SIZE)
    canvas.drawCentredString(width / 2, y, TOC_TITLE)
    y -= TOC_ROW * 1.5
    for entry in entries:
        size = TOC_SIZES[min(entry.level, 1)]
        x = left + TOC_INDENT * min(entry.level, 1)
        number = str(entry.page)
        number_width = stringWidth(number, font, size)
        room = right - x - number_width - 4 * size  # a leader's room before the number
        lines = _lines(entry.title, font, size, room, room - TOC_HANG * size)
        step = size * TOC_LINE
        if y - step * (len(lines) - 1) < MARGIN + TOC_ROW:
            canvas.showPage()
            page += 1
            y = height - MARGIN - TOC_ROW
        top = y
        canvas.setFont(font, size)
        for n, line in enumerate(lines):
            if n:
                y -= step
            canvas.drawString(x + (TOC_HANG * size if n else 0), y, line)
        canvas.drawRightString(right, y, number)
        start = x + (TOC_HANG * size if len(lines) > 1 else 0) \
            + stringWidth(lines[-1], font, size) + size
        end = right - number_width - size
        if end > start:  # the dotted leader between title and number
            canvas.setDash(1, 2)
            canvas.setLineWidth(0.5)
            canvas.line(start, y + 1, end, y + 1)
            canvas.setDash()
        boxes.append((page, (x, y - 5, right, top + size + 3)))
        y -= TOC_ROW
    canvas.showPage()
    canvas.save()
    return out.getvalue(), boxes


def _footer_overlay(total: int, font: str) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1, initialFontName=font)  # type: ignore[arg-type]
    for number in range(1, total + 1):
        canvas.setFont(font, FOOTER_SIZE)
        canvas.drawCentredString(A4[0] / 2, 10 * mm, f"第 {number} 页 共 {total} 页")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


FOOTER_FONT = "/PerfdocsFooterFont"
"""The name a footer's font gets among a bound page's resources (none of reportlab's)."""


class _Footers:
    """Each body page's "第 x 页 共 y 页", laid over the page as pypdf's ``merge_page``
    would lay it, without decoding the page.

    ``merge_page`` parses the page's whole content stream (ASCII85 and deflate decoded in
    pure Python, every operator read) and writes it back uncompressed: most of the time
    of binding 200 projects, and a bound file a third larger than its parts. Here the
    page's content streams stay as they are, compressed; its /Contents becomes an array
    — the original wrapped in ``q … Q``, then the footer as ``merge_page`` draws it
    (``q``, clipped to the footer page's box, its operators, ``Q``) — and the footer's
    font is added to the page's fonts under :data:`FOOTER_FONT`. A page this does not
    expect (no /Resources or /Contents of its own, a font of that name already there)
    gets ``merge_page``.
    """

    def __init__(self, writer: Any) -> None:
        from pypdf.generic import DecodedStreamObject

        self.writer = writer
        self.fonts: dict[Any, Any] = {}
        opening = DecodedStreamObject()
        opening.set_data(b"q\n")
        self.opening = add_pdf_object(writer, opening)  # one object for every page

    def stamp(self, page: Any, foot: Any) -> None:
        from pypdf.generic import (
            ArrayObject,
            ContentStream,
            DecodedStreamObject,
            DictionaryObject,
            FloatObject,
            IndirectObject,
            NameObject,
        )

        resources = page.get("/Resources")
        contents = page.raw_get("/Contents") if "/Contents" in page else None
        foot_resources = foot.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources is not None else None
        foot_fonts = foot_resources.get_object().get("/Font") \
            if foot_resources is not None else None
        if (contents is None or fonts is None or foot_fonts is None
                or len(foot_fonts.get_object()) != 1):
            page.merge_page(foot)
            return
        fonts = fonts.get_object()
        foot_fonts = foot_fonts.get_object()
        (name,) = foot_fonts.keys()
        source = foot_fonts.raw_get(name)
        if not isinstance(source, IndirectObject) or not isinstance(fonts, DictionaryObject):
            page.merge_page(foot)
            return
        original = contents.get_object()
        # its streams (each must be an indirect object: reportlab's are)
        parts = list(original) if isinstance(original, ArrayObject) else [contents]
        if not all(isinstance(part, IndirectObject) for part in parts):
            page.merge_page(foot)
            return
        if source.idnum not in self.fonts:
            self.fonts[source.idnum] = source.clone(self.writer)
        font = self.fonts[source.idnum]
        if FOOTER_FONT in fonts and fonts.raw_get(FOOTER_FONT) != font:
            page.merge_page(foot)  # the name taken by something else
            return
        # (the pages of one form share their fonts: the footer's goes in once for all)
        fonts[NameObject(FOOTER_FONT)] = font
        box = foot.cropbox  # the box merge_page clips the footer page to
        ops: list[tuple[Any, bytes]] = [
            ([], b"q"),
            ([FloatObject(box.left), FloatObject(box.bottom), FloatObject(box.width),
              FloatObject(box.height)], b"re"),
            ([], b"W"), ([], b"n")]
        for operands, operator in foot.get_contents().operations:
            if operator == b"Tf" and operands and operands[0] == name:
                operands = [NameObject(FOOTER_FONT), *operands[1:]]
            ops.append((operands, operator))
        ops.append(([], b"Q"))
        drawn = ContentStream(None, None)
        drawn.operations = ops
        closing = DecodedStreamObject()
        closing.set_data(b"\nQ\n" + drawn.get_data())
        page[NameObject("/Contents")] = ArrayObject(
            [self.opening, *parts, add_pdf_object(self.writer, closing)])


def _reader(source: Path | bytes) -> Any:
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(source) if isinstance(source, bytes) else str(source))


def _pdf_date(stamp: datetime) -> str:
    return stamp.strftime("D:%Y%m%d%H%M%S+00'00'")


def bind(cover: Cover, parts: Sequence[Part], font_choice: FontChoice, target: Path, *,
         stamp: datetime | None = None,
         advance: Callable[[str], None] | None = None) -> list[Entry]:
    """Write the bound PDF to ``target``; return the 目录's entries.

    ``advance`` (progress) is called with a document's title once its pages are copied,
    and again once they are numbered: twice per part that has a PDF.
    """
    from pypdf import PdfWriter
    from pypdf.annotations import Link
    from pypdf.generic import Fit

    font = register(font_choice)
    readers = [_reader(part.pdf) if part.pdf is not None else None for part in parts]
    entries: list[Entry] = []
    page = 1
    for part, reader in zip(parts, readers, strict=True):
        entries.append(Entry(part.title, part.level, page))
        if reader is not None:
            page += len(reader.pages)
    body_pages = page - 1
    cover_bytes = cover_pdf(cover, font)
    toc, boxes = contents_pdf(entries, font)
    cover_reader, toc_reader = _reader(cover_bytes), _reader(toc)
    front = len(cover_reader.pages) + len(toc_reader.pages)

    writer = PdfWriter()
    writer.append(cover_reader)
    writer.append(toc_reader)
    step = advance or (lambda _title: None)
    for part, reader in zip(parts, readers, strict=True):
        if reader is not None:
            writer.append(reader)
            step(part.title)
    # each document's last page, for its second progress step (once that page is numbered)
    ends = [(front + entry.page - 2 + len(reader.pages), part.title)
            for entry, part, reader in zip(entries, parts, readers, strict=True)
            if reader is not None]
    if body_pages:
        overlay = _reader(_footer_overlay(body_pages, font))
        footers = _Footers(writer)
        for index, (page_obj, foot) in enumerate(
                zip(writer.pages[front:], overlay.pages, strict=True), start=front):
            footers.stamp(page_obj, foot)
            while ends and ends[0][0] <= index:
                step(ends.pop(0)[1])
    for _last, title in ends:  # documents without pages
        step(title)

    # What the viewer shows as page numbers: 封面, 目录, then 1, 2… as printed.
    writer.set_page_label(0, len(cover_reader.pages) - 1, prefix="封面")
    writer.set_page_label(len(cover_reader.pages), front - 1, prefix="目录")
    if body_pages:
        writer.set_page_label(front, front + body_pages - 1, style="/D",  # type: ignore[arg-type]
                              start=1)

    toc_start = len(cover_reader.pages)
    writer.add_outline_item(title=TOC_TITLE.replace("　", ""), page_number=toc_start)
    parent = None
    for entry, (toc_page, box) in zip(entries, boxes, strict=True):
        index = front + min(entry.page - 1, max(body_pages - 1, 0))
        item = writer.add_outline_item(title=entry.title, page_number=index,
                                       parent=parent if entry.level else None)
        if entry.level == 0:
            parent = item
        writer.add_annotation(toc_start + toc_page,
                              Link(rect=box, target_page_index=index, fit=Fit.fit()))
    writer.page_mode = "/UseOutlines"
    metadata = {"/Title": cover.title.replace("\n", ""), "/Author": "perfdocs",
                "/Creator": "perfdocs"}
    if stamp is not None:
        metadata["/CreationDate"] = metadata["/ModDate"] = _pdf_date(stamp)
    writer.add_metadata(metadata)
    out = io.BytesIO()
    writer.write(out)
    from perfdocs.files.writing import write_atomic

    write_atomic(target, out.getvalue())
    return entries


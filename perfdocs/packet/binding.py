"""The bound PDF of a packet: cover, table of contents, then every document, page-numbered.

The parts are rendered separately (each form's own PDF, without footer) and joined with
pypdf, which copies pages without re-laying them out. The table of contents needs the page
on which each part starts, and its own length shifts those pages, so it is laid out until
its page count is stable (once or twice). Footers "第 x 页 共 y 页" are drawn last, on an
overlay merged onto every page, because only then is y known.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from perfdocs.render.pdf.fonts import FontChoice, register

MARGIN = 20 * mm
FOOTER_SIZE = 9


@dataclass(frozen=True)
class Part:
    """One entry of the bound PDF: a title for the contents and the PDF that holds it."""

    title: str
    pdf: Path | bytes


@dataclass(frozen=True)
class Cover:
    """What the cover page says."""

    title: str
    lines: tuple[tuple[str, str], ...]
    """(label, value) rows: 单位, 年度, 表格, 日期, 项目数."""


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _doc(out: io.BytesIO, title: str) -> SimpleDocTemplate:
    return SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                             topMargin=MARGIN, bottomMargin=MARGIN, title=title,
                             author="perfdocs", creator="perfdocs", invariant=1)


def cover_pdf(cover: Cover, font: str) -> bytes:
    """A one-page cover: the packet's title and its particulars."""
    out = io.BytesIO()
    title = ParagraphStyle("cover-title", fontName=font, fontSize=22, leading=32,
                           alignment=TA_CENTER)
    body = ParagraphStyle("cover-body", fontName=font, fontSize=13, leading=20)
    rows = [[Paragraph(_escape(k), body), Paragraph(_escape(v), body)] for k, v in cover.lines]
    table = Table(rows, colWidths=[35 * mm, 105 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    story = [Spacer(1, 60 * mm), Paragraph(_escape(cover.title), title), Spacer(1, 30 * mm),
             table]
    _doc(out, cover.title).build(story)
    return out.getvalue()


def contents_pdf(entries: Sequence[tuple[str, int]], font: str) -> bytes:
    """The table of contents: each part's title and the page it starts on."""
    out = io.BytesIO()
    heading = ParagraphStyle("toc-title", fontName=font, fontSize=18, leading=26,
                             alignment=TA_CENTER, spaceAfter=12)
    body = ParagraphStyle("toc-body", fontName=font, fontSize=11, leading=16)
    rows = [[Paragraph(_escape(title), body), Paragraph(str(page), body)]
            for title, page in entries]
    width = A4[0] - 2 * MARGIN
    table = Table(rows, colWidths=[width - 20 * mm, 20 * mm], repeatRows=0)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, (0.6, 0.6, 0.6)),
    ]))
    _doc(out, "目录").build([Paragraph("目　录", heading), table])
    return out.getvalue()


def _footer_overlay(total: int, font: str) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1)
    for number in range(1, total + 1):
        canvas.setFont(font, FOOTER_SIZE)
        canvas.drawCentredString(A4[0] / 2, 10 * mm, f"第 {number} 页 共 {total} 页")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _reader(source: Path | bytes) -> Any:
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(source) if isinstance(source, bytes) else str(source))


def bind(cover: Cover, parts: Sequence[Part], font_choice: FontChoice, target: Path) -> list[
        tuple[str, int]]:
    """Write the bound PDF to ``target``; return the contents (title, first page)."""
    from pypdf import PdfWriter

    font = register(font_choice)
    counts = [len(_reader(part.pdf).pages) for part in parts]
    cover_bytes = cover_pdf(cover, font)
    cover_pages = len(_reader(cover_bytes).pages)
    toc_pages = 1
    for _ in range(5):
        entries, page = [], cover_pages + toc_pages + 1
        for part, count in zip(parts, counts, strict=True):
            entries.append((part.title, page))
            page += count
        toc = contents_pdf(entries, font)
        actual = len(_reader(toc).pages)
        if actual == toc_pages:
            break
        toc_pages = actual
    writer = PdfWriter()
    for source in (cover_bytes, toc, *(part.pdf for part in parts)):
        writer.append(_reader(source))
    total = len(writer.pages)
    overlay = _reader(_footer_overlay(total, font))
    for pdf_page, foot in zip(writer.pages, overlay.pages, strict=True):
        pdf_page.merge_page(foot)
    writer.add_metadata({"/Title": cover.title, "/Author": "perfdocs", "/Creator": "perfdocs"})
    out = io.BytesIO()
    writer.write(out)
    from perfdocs.files.writing import write_atomic

    write_atomic(target, out.getvalue())
    return entries

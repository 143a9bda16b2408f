"""Word output: each :class:`~perfdocs.forms.grid.Form` poured into a user-editable template.

The template (``<layout>/<kind>.docx``, else :func:`~perfdocs.render.docx.template.
build_default_template`) owns everything a user may want to restyle in Word: page size,
margins, styles, the heading lines and a letterhead in the page header. This module only

* renders every template paragraph holding ``{{ … }}`` or ``{% … %}`` with the sandboxed
  Jinja of :mod:`perfdocs.layouts.templating` (the form's ``context`` plus title and subtitle), and
* replaces the paragraph that is exactly ``{{ table }}`` with one Word table per block.

The tables are written as WordprocessingML text and parsed once per block, never built
cell by cell through python-docx: ``cell.merge`` walks the grid on every call and costs
seconds on a 60-indicator form, whereas the whole form as XML costs a few milliseconds.
Word's merge model is mirrored exactly: a horizontal span is one ``w:tc`` with
``w:gridSpan``; a vertical span is a ``w:tc`` on *every* row it covers, the first marked
``w:vMerge="restart"`` and the others ``w:vMerge`` (continue), each with the same span.

Consecutive blocks are separate tables (only a table's *leading* rows can repeat on each
page, and the indicator header is not the form's first row). Word joins two tables that
touch, so a 1-pt paragraph sits between them; at that height the blocks read as one grid.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Sequence
from copy import deepcopy
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from perfdocs.errors import RenderError
from perfdocs.forms.grid import Block, Cell, Form, is_heading, scaled_widths
from perfdocs.forms.pages import cut_spans, page_starts, split_pages
from perfdocs.layouts.templating import render_text
from perfdocs.render.base import NO_OPTIONS, FormOptions
from perfdocs.render.docx.template import (
    add_page_numbers,
    build_default_template,
    current_mode,
)
from perfdocs.render.reproducible import DEFAULT_STAMP, normalize_zip

BUILTIN = "内置 Word 模板"
"""How error messages name the default template (it has no path)."""
TABLE_PLACEHOLDER = re.compile(r"\{\{\s*table\s*\}\}")
CELL_MARGIN_TWIPS = 60
"""3 pt of air between a cell's rule and its text, left and right (as the PDF has): Word's
own 0.19 cm would wrap ``10.00`` in the narrow 分数 column."""
CELL_MARGIN_V_TWIPS = 20
"""1 pt above and below, so that a cell of several lines does not touch its rules."""
ROW_HEIGHT = Decimal(2)
"""Default minimum row height in multiples of the body size: the forms' airy rows."""
PAGE_FILL = 0.96
"""Share of a page's height the pagination estimate fills (see :func:`_page_room`)."""
LINE_EM = 1.1 * 1.15
"""Estimated line height in ems: the cell line spacing (1.1) times the tallest font's
line height (Times New Roman 1.15; 宋体 1.0)."""
CELL_STYLE = "PerfdocsCell"
CELL_LINE = 264
"""Line spacing inside cells in 240ths of a line: 1.1, a little looser than single."""
RULE_EIGHTHS = 4
"""Border width in eighths of a point: ½ pt, a plain single rule."""

_W = nsdecls("w")
_P, _T = qn("w:p"), qn("w:t")
_SECT, _TC = qn("w:sectPr"), qn("w:tc")
_HEADER_FOOTER = frozenset({
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer",
})
_BOLD = frozenset({"header", "total"})
"""Cell styles a heading row is written in (a printed caption, a table heading)."""
_JC = {"left": "left", "center": "center", "right": "right"}
_MEASURE = re.compile(r"\s*(-?\d+(?:\.\d+)?)\s*(mm|cm|in|pt|pc|pi)?\s*")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
"""Characters XML 1.0 cannot hold; a stray one from a pasted text must not break Word."""


def render_docx(forms: Sequence[Form], *, stamp: datetime = DEFAULT_STAMP,
                options: Sequence[FormOptions] = ()) -> bytes:
    """The .docx of ``forms``, each from a new page; the same bytes for the same input.

    ``options`` gives each form's template and fields, in order (none: the built-in
    template). The first form's template supplies the package: styles, page settings and
    page headers/footers (rendered with the first form's fields). Later forms contribute
    the body of their own template, starting on a new page.
    """
    if not forms:
        raise RenderError("没有要写入 Word 文档的表单")
    chosen = [options[i] if i < len(options) else NO_OPTIONS for i in range(len(forms))]
    first_where, first_data = _template(forms[0], chosen[0])
    doc = _open(first_where, first_data)
    body = doc.element.body
    sect = body.find(_SECT)
    pristine = [child for child in body if child.tag != _SECT]
    for child in pristine:
        body.remove(child)
    try:
        page = _Page(_printable_twips(sect), _page_room(sect))
    except RenderError as exc:  # the page settings are the template's: name it
        raise RenderError(exc.message, file=exc.file or first_where) from None
    _ensure_cell_style(doc)
    current_mode(doc)
    add_page_numbers(doc)
    _fill_headers_footers(doc, _context(forms[0], chosen[0]), first_where)

    for index, form in enumerate(forms):
        where, data = first_where, first_data
        if index:
            where, data = _template(form, chosen[index])
        if where == first_where:
            elements = pristine if index == len(forms) - 1 else [deepcopy(e) for e in pristine]
        else:
            elements = [child for child in _open(where, data).element.body
                        if child.tag != _SECT]
        elements = _fill_body(elements, form, _context(form, chosen[index]), where, page)
        if form.heading and (index == 0 or forms[index - 1].heading != form.heading):
            elements.insert(0, _heading_paragraph(form))
        if index and elements:
            _break_before(elements)
        for element in elements:
            if sect is not None:
                sect.addprevious(element)
            else:
                body.append(element)

    props = doc.core_properties
    props.author = "perfdocs"
    props.last_modified_by = "perfdocs"
    props.title = forms[0].title
    props.created = props.modified = props.last_printed = stamp
    props.revision = 1
    from perfdocs._compat import save_docx_stored

    return normalize_zip(save_docx_stored(doc), stamp)


MAX_TEMPLATE_BYTES = 20 * 1024 * 1024
"""A Word template with a logo is some hundred KB."""


def _template(form: Form, options: FormOptions) -> tuple[str, bytes]:
    """Where the form's template is (for messages) and its bytes.

    Read anew on every render: the user may be editing it in Word between two runs.
    """
    candidates = [Path(options.template_file)] if options.template_file else []
    if options.template_dir:
        candidates.append(Path(options.template_dir) / f"{form.kind}.docx")
    for path in candidates:
        if path.exists():
            from perfdocs.errors import InputError
            from perfdocs.files.reading import read_capped

            try:  # stat first, regular files only, read with a cap
                return str(path), read_capped(path, MAX_TEMPLATE_BYTES, "Word 模板")
            except InputError as exc:
                raise RenderError(exc.message, file=path) from None
    return BUILTIN, build_default_template()


def _open(where: str, data: bytes) -> Any:
    """The template as a python-docx document, or a message naming the template."""
    try:
        return Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises zip, key and value errors alike
        raise RenderError(f"无法打开 Word 模板（{type(exc).__name__}），"
                          "请在 Word 中将它另存为 .docx 文档", file=where) from None


def _printable_twips(sect: Any) -> int:
    """Page width less the side margins of the template's section, in twips."""
    width, left, right = 11906, 1134, 1134
    if sect is not None:
        size, margins = sect.find(qn("w:pgSz")), sect.find(qn("w:pgMar"))
        if size is not None and size.get(qn("w:w")):
            width = _twips(size.get(qn("w:w")))
        if margins is not None:
            left = _twips(margins.get(qn("w:left")) or "0")
            right = _twips(margins.get(qn("w:right")) or "0")
    printable = width - left - right
    if printable <= 0:
        raise RenderError("Word 模板的页边距大于纸张宽度，请在 Word 中调整页面设置")
    return printable


def _twips(value: str) -> int:
    """A twips measure as Word writes it (an integer, at times with a unit suffix)."""
    if value.isdigit():
        return int(value)
    match = _MEASURE.fullmatch(value)
    if match is None:
        raise RenderError(f"Word 模板的页面设置无法识别：{value}")
    number, unit = Decimal(match.group(1)), match.group(2)
    scale: dict[str | None, int | Decimal] = {None: 1, "pt": 20, "pc": 240, "pi": 240, "in": 1440,
             "cm": Decimal(1440) / Decimal("2.54"), "mm": Decimal(144) / Decimal("2.54")}
    return int(number * scale[unit])


# -- template paragraphs ---------------------------------------------------------------


def _context(form: Form, options: FormOptions) -> dict[str, str]:
    """The fields a template may place: the form's fields and its heading lines."""
    return {**options.fields, "title": form.title, "subtitle": form.subtitle,
            "kind": form.kind, "footer": form.footer}


def _fill_headers_footers(doc: Any, context: dict[str, str], where: str) -> None:
    """Render the placeholders of every page header and footer part of the package."""
    for rel in doc.part.rels.values():
        if rel.reltype in _HEADER_FOOTER and not rel.is_external:
            for paragraph in list(rel.target_part.element.iter(_P)):
                if _fill_paragraph(paragraph, context, where):
                    raise RenderError("{{ table }} 只能放在正文中，不能放在页眉或页脚里",
                                      file=where)
            _define_styles(doc, rel.target_part.element)


def _define_styles(doc: Any, element: Any) -> None:
    """Define every paragraph style ``element`` names that the styles part lacks.

    A template edited by a program other than Word may leave a page header naming the
    built-in style "Header" without defining it; Word then warns or repairs. The style is
    added, based on Normal, with nothing of its own.
    """
    styles = doc.styles.element
    known = {s.get(qn("w:styleId")) for s in styles.findall(qn("w:style"))}
    for ref in element.iter(qn("w:pStyle")):
        name = ref.get(qn("w:val"))
        if name and name not in known:
            styles.append(parse_xml(
                f'<w:style {_W} w:type="paragraph" w:styleId={quoteattr(name)}>'
                f'<w:name w:val={quoteattr(name)}/><w:basedOn w:val="Normal"/></w:style>'))
            known.add(name)


def _fill_body(elements: list[Any], form: Form, context: dict[str, str], where: str,
               page: _Page) -> list[Any]:
    """Render the template body for ``form``; the ``{{ table }}`` paragraph becomes tables.

    A template without ``{{ table }}`` still gets the tables, after its last paragraph:
    a user who deleted the line must not lose the form.
    """
    placeholders = [p for element in elements for p in list(element.iter(_P))
                    if _fill_paragraph(p, context, where)]
    lead = _lead(elements, placeholders[0] if placeholders else None)
    tables = _form_elements(form, page, lead)
    if not placeholders:
        return elements + tables
    for placeholder in placeholders:
        parts = tables if placeholder is placeholders[-1] else [deepcopy(t) for t in tables]
        parent = placeholder.getparent()
        if parent is None:  # a top-level body paragraph, detached in ``elements``
            at = next(i for i, e in enumerate(elements) if e is placeholder)
            elements[at:at + 1] = parts
        else:
            for part in parts:
                placeholder.addprevious(part)
            # A table cell must end with a paragraph; everywhere else the tables take
            # the placeholder's place exactly.
            if parent.tag == _TC and placeholder is parent[-1]:
                placeholder.addnext(parse_xml(_spacer()))
            parent.remove(placeholder)
    return elements


def _fill_paragraph(paragraph: Any, context: dict[str, str], where: str) -> bool:
    """Render one paragraph's placeholders in place; True if it is ``{{ table }}``.

    Word splits text into runs wherever formatting or editing history changes, so
    ``{{ project_name }}`` may lie across three runs. Runs are grouped until their braces
    balance and each group is rendered into its first run, which keeps that run's
    formatting (a bold caption run beside a plain field run stays as it is). A paragraph
    with a ``{% … %}`` statement is rendered as a whole into its first run, since the
    statement's parts may lie in any runs.
    """
    runs = [r for r in paragraph.xpath("./w:r | ./*/w:r") if r.find(_T) is not None]
    texts = [r.text or "" for r in runs]
    whole = "".join(texts)
    if "{{" not in whole and "{%" not in whole:
        return False
    if TABLE_PLACEHOLDER.fullmatch(whole.strip()):
        return True
    if TABLE_PLACEHOLDER.search(whole):
        raise RenderError("{{ table }} 必须单独占一个段落（请在 Word 模板中把它放在单独一行）",
                          file=where)
    if "{%" in whole:
        groups = [(runs, whole)]
    else:
        groups = []
        current: list[Any] = []
        text = ""
        for run, run_text in zip(runs, texts, strict=True):
            current.append(run)
            text += run_text
            if text.count("{{") <= text.count("}}") and not text.endswith("{"):
                groups.append((current, text))
                current, text = [], ""
        if current:
            groups.append((current, text))
    for group, source in groups:
        if "{" not in source:
            continue
        rendered = render_text(source, context, where=where)
        group[0].text = _NOT_XML.sub("", rendered)
        for extra in group[1:]:
            extra.getparent().remove(extra)
    return False


def _heading_paragraph(form: Form) -> Any:
    """The form's heading line (the 汇总表's title), centred and bold above its title."""
    from perfdocs.render.docx.template import TITLE_CJK_FONT, _paragraph

    size = int(form.fonts.title_size * 2)
    text = escape(_NOT_XML.sub("", form.heading))
    return parse_xml(_paragraph(text, size=size, bold=True, east_asia=TITLE_CJK_FONT,
                                after=240))


def _break_before(elements: list[Any]) -> None:
    """Start ``elements`` on a new page (the next form of a multi-form document)."""
    head = elements[0]
    if head.tag == _P:
        head.get_or_add_pPr().pageBreakBefore_val = True
    else:
        elements.insert(0, parse_xml(f'<w:p {_W}><w:r><w:br w:type="page"/></w:r></w:p>'))


# -- tables ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Page:
    """The template's page: printable width (twips) and the height rows may fill (points)."""

    width: int
    room: float


def _page_room(sect: Any) -> float:
    """Points of a page between the top and bottom margins, less 4% for the estimate.

    Rows are estimated a little taller than Word and LibreOffice set them, and the room
    a little shorter, so that a page never ends before the row where it was estimated to.
    """
    height, top, bottom = 16838, 1134, 1134
    if sect is not None:
        size, margins = sect.find(qn("w:pgSz")), sect.find(qn("w:pgMar"))
        if size is not None and size.get(qn("w:h")):
            height = _twips(size.get(qn("w:h")))
        if margins is not None:
            top = abs(_twips(margins.get(qn("w:top")) or "0"))
            bottom = abs(_twips(margins.get(qn("w:bottom")) or "0"))
    return max(height - top - bottom, 1440) / 20 * PAGE_FILL


def _lead(elements: list[Any], placeholder: Any) -> float:
    """Estimated points of the template's paragraphs above ``{{ table }}`` (the headings)."""
    used = 0.0
    for element in elements:
        for paragraph in element.iter(_P):
            if paragraph is placeholder:
                return used
            sizes = [int(v) for v in paragraph.xpath(".//w:sz/@w:val") if v.isdigit()]
            spacing = paragraph.find(f"{qn('w:pPr')}/{qn('w:spacing')}")
            gaps = 0
            if spacing is not None:
                gaps = sum(int(spacing.get(qn(f"w:{side}")) or 0) for side in ("before", "after")
                           if (spacing.get(qn(f"w:{side}")) or "0").isdigit())
            used += max(sizes or [21]) / 2 * LINE_EM + gaps / 20
    return used


def _form_elements(form: Form, page: _Page, lead: float = 0.0) -> list[Any]:
    """The form's tables and its footer note.

    Blocks on one page are joined by a 1-pt spacer and the lower one has no top rule, so
    they read as one grid. Where a page is estimated to end inside a block
    (:mod:`perfdocs.forms.pages`), the block is cut there into tables of their own, the
    next one after a page break and led by the repeated header, so that each page shows
    its 一级/二级 labels and ends on a rule.
    """
    grid = _grid(form.column_widths, page.width)
    runs = _RunStyles(form)
    size = float(form.fonts.body_size)
    out: list[Any] = []
    used = lead
    if form.header:  # the layout's header lines, between the subtitle and the table
        out.append(parse_xml(
            f'<w:p {_W}><w:pPr><w:spacing w:before="0" '
            f'w:after="{int(form.fonts.body_size * 10)}"/><w:jc w:val="left"/></w:pPr>'
            f"<w:r>{runs.plain}{_run_content(form.header)}</w:r></w:p>"
        ))
        used += (form.header.count("\n") + 1) * size * LINE_EM + size / 2
    for index, block in enumerate(form.blocks):
        starts, used, parts = _paged(block, grid, size, used, page.room)
        for number, part in enumerate(parts):
            new_page = (number > 0) or (0 in starts)
            if index or number or new_page:
                out.append(parse_xml(_spacer(page_break=new_page)))
            out.append(parse_xml(_table_xml(part, grid, runs, form.fonts.body_size,
                                            top_rule=new_page or not (index or number))))
    if form.footer:
        out.append(parse_xml(
            f'<w:p {_W}><w:pPr><w:spacing w:before="{int(form.fonts.body_size * 10)}" '
            f'w:after="0"/><w:jc w:val="left"/></w:pPr>'
            f"<w:r>{runs.plain}{_run_content(form.footer)}</w:r></w:p>"
        ))
    return out


def _paged(block: Block, grid: list[int], size: float, used: float, room: float
           ) -> tuple[list[int], float, list[Block]]:
    """Where ``block``'s pages start, the height used on its last page, its page parts."""
    starts: list[int] = []
    after = used
    cut = block
    heights = _row_heights(block, grid, size)
    for _ in range(4):  # a label repeated in a short part may make its rows taller
        starts, after = page_starts(heights, repeat=block.repeat_rows, used=used, room=room,
                                    n_cols=len(grid), block=block)
        cut = cut_spans(block, starts)
        if cut is block:
            break
        again = _row_heights(cut, grid, size)
        if again == heights:
            break
        heights = again
    return starts, after, split_pages(cut, starts)


def _row_heights(block: Block, grid: list[int], size: float) -> list[float]:
    """Estimated heights (points) of the block's rows as Word sets them, on the tall side.

    A line is the body size times the cell line spacing times 1.15 (the line height of
    Times New Roman; 宋体 is 1.0); a line holds the cell's inner width in half-ems less
    one (what wrapping wastes), a CJK character taking two and an ASCII one. A cell
    spanning rows adds what it lacks to its last row.
    """
    starts = [0]
    for width in grid:
        starts.append(starts[-1] + width)
    floor = size * float(ROW_HEIGHT)
    heights = [max(floor, float(block.min_row_height[r]) if r < len(block.min_row_height)
                   else 0.0) for r in range(block.n_rows)]
    line = size * LINE_EM
    spans: list[tuple[int, int, float]] = []
    for cell in block.cells:
        if not cell.text:
            continue
        inner = (starts[cell.last_col + 1] - starts[cell.col] - 2 * CELL_MARGIN_TWIPS) / 20
        need = _lines(cell.text, max(inner / (size / 2) - 1, 2.0)) * line \
            + 2 * CELL_MARGIN_V_TWIPS / 20
        if cell.rowspan == 1:
            heights[cell.row] = max(heights[cell.row], need)
        else:
            spans.append((cell.last_row, cell.row, need))
    for last, first, need in sorted(spans):
        short = need - sum(heights[first:last + 1])
        if short > 0:
            heights[last] += short
    return heights


@lru_cache(maxsize=4096)
def _lines(text: str, per_line: float) -> int:
    """Lines ``text`` wraps to at ``per_line`` half-ems a line (a CJK character is two
    half-ems, an ASCII one); memoised, as forms repeat short texts down whole columns."""
    count = 0
    for part in text.split("\n"):
        half_ems = (len(part.encode("utf-8", "replace")) + len(part) + 1) // 2
        count += max(1, math.ceil(half_ems / per_line))
    return count


def _grid(relative: Sequence[Decimal], total: int) -> list[int]:
    """Column widths in twips summing to ``total``; the last column takes the remainder."""
    return [int(w) for w in scaled_widths(relative, Decimal(total), step=Decimal(1))]


class _RunStyles:
    """The two run property sets of a form's cells, written once per form, not per cell."""

    def __init__(self, form: Form) -> None:
        family = quoteattr(form.fonts.family)
        latin = quoteattr(form.fonts.latin or form.fonts.family)
        half_points = int(form.fonts.body_size * 2)
        fonts = (f"<w:rFonts w:ascii={latin} w:hAnsi={latin} w:eastAsia={family} "
                 f'w:cs={latin} w:hint="eastAsia"/>')
        size = f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>'
        self.plain = f"<w:rPr>{fonts}{size}</w:rPr>"
        self.bold = f"<w:rPr>{fonts}<w:b/><w:bCs/>{size}</w:rPr>"
        # An empty cell's paragraph mark sets its line height, so it gets the body size.
        self.empty = f'<w:pPr><w:pStyle w:val="{CELL_STYLE}"/>{self.plain}</w:pPr>'



def _spacer(*, page_break: bool = False) -> str:
    """A 1-pt paragraph: keeps two blocks separate tables without a visible gap.

    With ``page_break`` it starts a new page, where the next table begins.
    """
    brk = "<w:pageBreakBefore/>" if page_break else ""
    return (f'<w:p {_W}><w:pPr>{brk}<w:snapToGrid w:val="0"/>'
            f'<w:spacing w:before="0" w:after="0" w:line="2" w:lineRule="exact"/>'
            f'<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>')


def _run_content(text: str) -> str:
    """``w:t`` pieces of ``text`` with a ``w:br`` for every forced line break."""
    lines = _NOT_XML.sub("", text).split("\n")
    return "<w:br/>".join(_text_element(line) for line in lines if line or len(lines) > 1)


def _text_element(line: str) -> str:
    """One ``w:t``; ``xml:space`` only where Word would otherwise drop edge spaces."""
    if not line:
        return ""
    if line[0] == " " or line[-1] == " ":
        return f'<w:t xml:space="preserve">{escape(line)}</w:t>'
    return f"<w:t>{escape(line)}</w:t>"


def _table_xml(block: Block, grid: list[int], runs: _RunStyles, body_size: Decimal, *,
               top_rule: bool = True) -> str:
    """One block as a ``w:tbl`` element (text), merges and repeated header included.

    Without ``top_rule`` the table has no rule along its top: it sits under another
    table whose bottom rule is the line between them (two rules would print double).
    """
    n_cols = len(grid)
    starts = [sum(grid[:i]) for i in range(n_cols + 1)]
    rule = f'w:val="single" w:sz="{RULE_EIGHTHS}" w:space="0" w:color="000000"'
    borders = "".join(
        f"<w:{side} {rule}/>" if top_rule or side != "top" else '<w:top w:val="nil"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    parts = [
        f'<w:tbl {_W}><w:tblPr><w:tblW w:w="{starts[-1]}" w:type="dxa"/>'
        f'<w:jc w:val="center"/><w:tblBorders>{borders}</w:tblBorders>'
        f'<w:tblLayout w:type="fixed"/><w:tblCellMar>'
        f'<w:top w:w="{CELL_MARGIN_V_TWIPS}" w:type="dxa"/>'
        f'<w:left w:w="{CELL_MARGIN_TWIPS}" w:type="dxa"/>'
        f'<w:bottom w:w="{CELL_MARGIN_V_TWIPS}" w:type="dxa"/>'
        f'<w:right w:w="{CELL_MARGIN_TWIPS}" w:type="dxa"/>'
        f'</w:tblCellMar><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" '
        f'w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>'
        "<w:tblGrid>",
        *(f'<w:gridCol w:w="{w}"/>' for w in grid),
        "</w:tblGrid>",
    ]

    # Each row's w:tc in column order: a cell's own, plus a continuation on every row
    # below its top that a row span covers.
    rows: list[list[tuple[int, str]]] = [[] for _ in range(block.n_rows)]
    # a narrative's paragraphs share one box: no rule between a cell and the one it goes on in
    joined = {(cell.row, cell.col) for cell in block.cells if cell.joined}
    for cell in block.cells:
        span = (f'<w:tcW w:w="{starts[cell.last_col + 1] - starts[cell.col]}" w:type="dxa"/>'
                + (f'<w:gridSpan w:val="{cell.colspan}"/>' if cell.colspan > 1 else ""))
        merge = '<w:vMerge w:val="restart"/>' if cell.rowspan > 1 else ""
        open_sides = ('<w:top w:val="nil"/>' if cell.joined else "") + (
            '<w:bottom w:val="nil"/>' if (cell.last_row + 1, cell.col) in joined else "")
        if open_sides:
            merge += f"<w:tcBorders>{open_sides}</w:tcBorders>"
        heading = is_heading(cell, n_cols, block.n_rows)
        rows[cell.row].append((cell.col, (
            f"<w:tc><w:tcPr>{span}{merge}<w:vAlign w:val=\"center\"/></w:tcPr>"
            f"{_cell_paragraph(cell, runs, keep_next=heading)}</w:tc>"
        )))
        if cell.rowspan > 1:
            covered = (f'<w:tc><w:tcPr>{span}<w:vMerge/><w:vAlign w:val="center"/></w:tcPr>'
                       f"<w:p>{runs.empty}</w:p></w:tc>")
            for r in range(cell.row + 1, cell.last_row + 1):
                rows[r].append((cell.col, covered))

    default_height = int(body_size * ROW_HEIGHT * 20)
    for index, row in enumerate(rows):
        height = default_height
        if index < len(block.min_row_height):
            height = max(height, int(block.min_row_height[index] * 20))
        header = "<w:tblHeader/>" if index < block.repeat_rows else ""
        parts.append(f'<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="{height}" '
                     f'w:hRule="atLeast"/>{header}</w:trPr>')
        row.sort(key=lambda item: item[0])
        parts.extend(xml for _, xml in row)
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    return "".join(parts)


def _cell_paragraph(cell: Cell, runs: _RunStyles, *, keep_next: bool = False) -> str:
    """The one paragraph of a cell: alignment from the cell, weight from its style.

    With ``keep_next`` the paragraph is "keep with next", which in a table row keeps
    the row on the same page as the next row.
    """
    if not cell.text:
        return f"<w:p>{runs.empty}</w:p>"
    rpr = runs.bold if cell.style in _BOLD else runs.plain
    keep = "<w:keepNext/>" if keep_next else ""
    return (f'<w:p><w:pPr><w:pStyle w:val="{CELL_STYLE}"/>{keep}'
            f'<w:jc w:val="{_JC[cell.align]}"/>'
            f"</w:pPr><w:r>{rpr}{_run_content(cell.text)}</w:r></w:p>")


def _ensure_cell_style(doc: Any) -> None:
    """Add the cell paragraph style unless the template already has one (a user's own).

    Cell paragraphs must not inherit what a template's Normal style carries for letters
    (6 pt after, a first-line indent, a document grid), so they get a style of their own,
    based on nothing. Being a named style it also keeps the XML per cell small and lets a
    user adjust the line spacing of every cell at once in Word.
    """
    styles = doc.styles.element
    if styles.xpath(f'./w:style[@w:styleId="{CELL_STYLE}"]'):
        return
    styles.append(parse_xml(
        f'<w:style {_W} w:type="paragraph" w:customStyle="1" w:styleId="{CELL_STYLE}">'
        f'<w:name w:val="perfdocs 表格文字"/><w:qFormat/><w:pPr><w:snapToGrid w:val="0"/>'
        f'<w:spacing w:before="0" w:after="0" w:line="{CELL_LINE}" w:lineRule="auto"/>'
        f'<w:ind w:left="0" w:right="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr>'
        f"</w:style>"
    ))

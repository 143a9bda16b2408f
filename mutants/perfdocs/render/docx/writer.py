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
import re
import zipfile
from collections.abc import Sequence
from copy import deepcopy
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from perfdocs.errors import RenderError
from perfdocs.forms.grid import Block, Cell, Form, is_heading
from perfdocs.layouts.templating import render_text
from perfdocs.render.docx.template import build_default_template
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


def render_docx(forms: Sequence[Form], *, stamp: datetime = DEFAULT_STAMP) -> bytes:
    """The .docx of ``forms``, each from a new page; the same bytes for the same input.

    The first form's template supplies the package: styles, page settings and page
    headers/footers (rendered with the first form's fields). Later forms contribute the
    body of their own template, starting on a new page.
    """
    if not forms:
        raise RenderError("没有要写入 Word 文档的表单")
    first_where, first_data = _template(forms[0])
    doc = _open(first_where, first_data)
    body = doc.element.body
    sect = body.find(_SECT)
    pristine = [child for child in body if child.tag != _SECT]
    for child in pristine:
        body.remove(child)
    grid_twips = _printable_twips(sect)
    _ensure_cell_style(doc)
    _fill_headers_footers(doc, forms[0], first_where)

    for index, form in enumerate(forms):
        where, data = first_where, first_data
        if index:
            where, data = _template(form)
        if where == first_where:
            elements = pristine if index == len(forms) - 1 else [deepcopy(e) for e in pristine]
        else:
            elements = [child for child in _open(where, data).element.body
                        if child.tag != _SECT]
        elements = _fill_body(elements, form, where, grid_twips)
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
    return normalize_zip(_save_stored(doc), stamp)


def _save_stored(doc: Any) -> bytes:
    """The package as an *uncompressed* zip, for :func:`normalize_zip` to deflate once.

    ``Document.save`` deflates every part, and normalising then inflates and deflates
    them again: compression was half the time of a render. This is ``OpcPackage.save``
    with a stored-zip writer in place of python-docx's deflating one.
    """
    from docx.opc.pkgwriter import PackageWriter

    package = doc.part.package
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as archive:
        writer: Any = _StoredWriter(archive)
        parts = list(package.parts)
        for part in parts:
            part.before_marshal()
        PackageWriter._write_content_types_stream(writer, parts)
        PackageWriter._write_pkg_rels(writer, package.rels)
        PackageWriter._write_parts(writer, parts)
    return out.getvalue()


class _StoredWriter:
    """The two methods of python-docx's physical package writer, over a stored zip."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self._archive = archive

    def write(self, pack_uri: Any, blob: bytes) -> None:
        """Add one part (or rels item) under its zip member name."""
        self._archive.writestr(pack_uri.membername, blob)


def _template(form: Form) -> tuple[str, bytes]:
    """Where the form's template is (for messages) and its bytes.

    Read anew on every render: the user may be editing it in Word between two runs.
    """
    if form.template_dir:
        path = Path(form.template_dir) / f"{form.kind}.docx"
        if path.is_file():
            try:
                return str(path), path.read_bytes()
            except OSError as exc:
                raise RenderError(f"无法读取 Word 模板：{exc.strerror}", file=path) from None
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
    scale = {None: 1, "pt": 20, "pc": 240, "pi": 240, "in": 1440,
             "cm": Decimal(1440) / Decimal("2.54"), "mm": Decimal(144) / Decimal("2.54")}
    return int(number * scale[unit])


# -- template paragraphs ---------------------------------------------------------------


def _context(form: Form) -> dict[str, str]:
    """The fields a template may place: the form's context and its heading lines."""
    return form.context | {"title": form.title, "subtitle": form.subtitle,
                           "kind": form.kind, "footer": form.footer}


def _fill_headers_footers(doc: Any, form: Form, where: str) -> None:
    """Render the placeholders of every page header and footer part of the package."""
    context = _context(form)
    for rel in doc.part.rels.values():
        if rel.reltype in _HEADER_FOOTER and not rel.is_external:
            for paragraph in list(rel.target_part.element.iter(_P)):
                if _fill_paragraph(paragraph, context, where):
                    raise RenderError("{{ table }} 只能放在正文中，不能放在页眉或页脚里",
                                      file=where)


def _fill_body(elements: list[Any], form: Form, where: str, grid_twips: int) -> list[Any]:
    """Render the template body for ``form``; the ``{{ table }}`` paragraph becomes tables.

    A template without ``{{ table }}`` still gets the tables, after its last paragraph:
    a user who deleted the line must not lose the form.
    """
    context = _context(form)
    placeholders = [p for element in elements for p in list(element.iter(_P))
                    if _fill_paragraph(p, context, where)]
    tables = _form_elements(form, grid_twips)
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


def _break_before(elements: list[Any]) -> None:
    """Start ``elements`` on a new page (the next form of a multi-form document)."""
    head = elements[0]
    if head.tag == _P:
        head.get_or_add_pPr().pageBreakBefore_val = True
    else:
        elements.insert(0, parse_xml(f'<w:p {_W}><w:r><w:br w:type="page"/></w:r></w:p>'))


# -- tables ----------------------------------------------------------------------------


def _form_elements(form: Form, grid_twips: int) -> list[Any]:
    """The form's tables (with 1-pt spacers between them) and its footer note."""
    grid = _grid(form.column_widths, grid_twips)
    runs = _RunStyles(form)
    out: list[Any] = []
    for index, block in enumerate(form.blocks):
        if index:
            out.append(parse_xml(_spacer()))
        out.append(parse_xml(_table_xml(block, grid, runs, form.fonts.body_size)))
    if form.footer:
        out.append(parse_xml(
            f'<w:p {_W}><w:pPr><w:spacing w:before="{int(form.fonts.body_size * 10)}" '
            f'w:after="0"/><w:jc w:val="left"/></w:pPr>'
            f"<w:r>{runs.plain}{_run_content(form.footer)}</w:r></w:p>"
        ))
    return out


def _grid(relative: Sequence[Decimal], total: int) -> list[int]:
    """Column widths in twips summing to ``total``; the last column takes the remainder."""
    whole = sum(relative, Decimal(0))
    if not relative or whole <= 0 or any(w <= 0 for w in relative):
        raise RenderError("表格列宽必须为正数（请检查版式中的列宽设置）")
    widths = [int(total * w / whole) for w in relative[:-1]]
    widths.append(total - sum(widths))
    return widths


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



def _spacer() -> str:
    """A 1-pt paragraph: keeps two blocks separate tables without a visible gap."""
    return (f'<w:p {_W}><w:pPr><w:snapToGrid w:val="0"/>'
            f'<w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>'
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


def _table_xml(block: Block, grid: list[int], runs: _RunStyles, body_size: Decimal) -> str:
    """One block as a ``w:tbl`` element (text), merges and repeated header included."""
    n_cols = len(grid)
    starts = [sum(grid[:i]) for i in range(n_cols + 1)]
    rule = f'w:val="single" w:sz="{RULE_EIGHTHS}" w:space="0" w:color="000000"'
    borders = "".join(f"<w:{side} {rule}/>"
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
    for cell in block.cells:
        span = (f'<w:tcW w:w="{starts[cell.last_col + 1] - starts[cell.col]}" w:type="dxa"/>'
                + (f'<w:gridSpan w:val="{cell.colspan}"/>' if cell.colspan > 1 else ""))
        merge = '<w:vMerge w:val="restart"/>' if cell.rowspan > 1 else ""
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

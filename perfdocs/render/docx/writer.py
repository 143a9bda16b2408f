"""Word output: each :class:`~perfdocs.forms.grid.Form` poured into a user-editable template.

The template (``<layout>/<kind>.docx``, else :func:`~perfdocs.render.docx.template.
build_default_template`) owns everything a user may want to restyle in Word: page size,
margins, styles, the heading lines and a letterhead in the page header. This module only

* renders every template paragraph holding ``{{ … }}`` or ``{% … %}`` with the sandboxed
  Jinja of :mod:`perfdocs.layouts.templating` (the form's ``context`` plus title and subtitle), and
* replaces the paragraph that is exactly ``{{ table }}`` with one Word table per block
  (:mod:`perfdocs.render.docx.tables`).

The template is opened once per process (:mod:`perfdocs.render.docx.package`); a render
copies the few elements it fills. The tables are written as WordprocessingML text and
never parsed: each stands in the body as a comment naming it until the document is
serialised, and is then spliced in where its comment was.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Sequence
from copy import deepcopy
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from lxml import etree

from perfdocs.errors import RenderError
from perfdocs.forms.grid import Form
from perfdocs.layouts.templating import render_text
from perfdocs.render.base import NO_OPTIONS, FormOptions
from perfdocs.render.docx.package import Filled, Package, Template, opened
from perfdocs.render.docx.tables import (
    CELL_LINE,
    CELL_STYLE,
    LINE_EM,
    NOT_XML,
    PAGE_BREAK,
    Fragment,
    Page,
    form_fragments,
    page_room,
    spacer,
)
from perfdocs.render.docx.tables import (
    text as xml_text,
)
from perfdocs.render.reproducible import (
    CORE_PART,
    DEFAULT_STAMP,
    Deflated,
    deflated,
    stamp_core,
    zip_package,
)

BUILTIN = "内置 Word 模板"
"""How error messages name the default template (it has no path)."""
TABLE_PLACEHOLDER = re.compile(r"\{\{\s*table\s*\}\}")
_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f'xmlns:w="{_W_NS}"'
_P, _T = f"{{{_W_NS}}}p", f"{{{_W_NS}}}t"
_TC = f"{{{_W_NS}}}tc"
_HEADER_FOOTER = frozenset({
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer",
})
_MEASURE = re.compile(r"\s*(-?\d+(?:\.\d+)?)\s*(mm|cm|in|pt|pc|pi)?\s*")
_RUNS = etree.XPath("./w:r | ./*/w:r", namespaces={"w": _W_NS})
"""A paragraph's runs, and those one level down (in a hyperlink, a field, a change)."""
_SIZES = etree.XPath(".//w:sz/@w:val", namespaces={"w": _W_NS})
"""Every font size a paragraph names (half-points). Both compiled once, not per call."""
_MARK = secrets.token_hex(8)
"""Names the comments that hold a table's place until the body is serialised: random per
process, so that no template's own comment can be taken for one (the output does not
depend on it)."""


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
    first = opened(first_where, first_data)
    package = first.package(_prepare)
    try:
        page = Page(_printable_twips(package.sect), _page_room(package.sect))
    except RenderError as exc:  # the page settings are the template's: name it
        raise RenderError(exc.message, file=exc.file or first_where) from None
    parts = _filled_parts(package, _context(forms[0], chosen[0]), first_where)

    root = deepcopy(package.root)
    body = root.find(_w("body"))
    sect = body.find(_w("sectPr"))
    fragments: list[Fragment] = []

    def place(fragment: Fragment) -> Any:
        """A comment holding ``fragment``'s place in the body (see :func:`_splice`)."""
        fragments.append(fragment)
        return etree.Comment(f"{_MARK}-{len(fragments) - 1}")

    for index, form in enumerate(forms):
        template: Template = first
        where = first_where
        if index:
            where, data = _template(form, chosen[index])
            if where != first_where:
                template = opened(where, data)
        elements = _fill_body(template.body_copy(), form, _context(form, chosen[index]),
                              where, page, place)
        if form.heading and (index == 0 or forms[index - 1].heading != form.heading):
            elements.insert(0, _heading_paragraph(form))
        if index and elements:
            _break_before(elements)
        for element in elements:
            if isinstance(element, Fragment):
                element = place(element)
            if sect is not None:
                sect.addprevious(element)
            else:
                body.append(element)

    from perfdocs._compat import serialize_part

    document = _splice(serialize_part(root), fragments)
    members: list[Deflated] = []
    for member in package.members:
        if isinstance(member, Deflated):
            members.append(member)
        elif member.kind == "document":
            members.append(deflated(member.name, document))
        elif member.kind == "core":
            members.append(_core_member(package, member.name, forms[0].title, stamp))
        else:
            members.append(deflated(member.name, parts[member.name]))
    return zip_package(members, stamp)


def _prepare(doc: Any) -> None:
    """What every document made from a template gets, whatever its forms: perfdocs' cell
    style, Word's current layout mode, page numbers unless the template has a footer, and
    a definition of every style its page headers and footers name."""
    from perfdocs.render.docx.template import add_page_numbers, current_mode

    _ensure_cell_style(doc)
    current_mode(doc)
    add_page_numbers(doc)
    for rel in doc.part.rels.values():
        if rel.reltype in _HEADER_FOOTER and not rel.is_external:
            _define_styles(doc, rel.target_part.element)


def _splice(serialized: bytes, fragments: Sequence[Fragment]) -> bytes:
    """The serialised document with each placeholder comment replaced by its fragment."""
    if not fragments:
        return serialized
    pieces = serialized.split(f"<!--{_MARK}-".encode())
    out = [pieces[0]]
    for piece in pieces[1:]:
        number, rest = piece.split(b"-->", 1)
        out.append(fragments[int(number)].xml.encode("utf-8"))
        out.append(rest)
    return b"".join(out)


KEPT_CORES = 64
"""Core properties kept per template (a batch has a few titles and one date)."""


def _core_member(package: Package, name: str, title: str, stamp: datetime) -> Deflated:
    """The core properties member, deflated; kept per title and date, as a batch's
    documents share both."""
    key = (name, title, stamp)
    found = package.cores.get(key)
    if found is None:
        core = _core(package, title, stamp)
        found = deflated(name, stamp_core(core, stamp) if name == CORE_PART else core)
        if len(package.cores) < KEPT_CORES:
            package.cores[key] = found
    return found


def _core(package: Package, title: str, stamp: datetime) -> bytes:
    """``docProps/core.xml``: made by perfdocs, titled with the first form's title."""
    from docx.opc.coreprops import CoreProperties

    from perfdocs._compat import serialize_part

    element = deepcopy(package.core)
    props = CoreProperties(element)
    props.author = "perfdocs"
    props.last_modified_by = "perfdocs"
    props.title = title
    props.created = props.modified = props.last_printed = stamp
    props.revision = 1
    return serialize_part(element)


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
    from perfdocs.render.docx.template import build_default_template

    return BUILTIN, build_default_template()


def _printable_twips(sect: Any) -> int:
    """Page width less the side margins of the template's section, in twips."""
    width, left, right = 11906, 1134, 1134
    if sect is not None:
        size, margins = sect.find(_w("pgSz")), sect.find(_w("pgMar"))
        if size is not None and size.get(_w("w")):
            width = _twips(size.get(_w("w")))
        if margins is not None:
            left = _twips(margins.get(_w("left")) or "0")
            right = _twips(margins.get(_w("right")) or "0")
    printable = width - left - right
    if printable <= 0:
        raise RenderError("Word 模板的页边距大于纸张宽度，请在 Word 中调整页面设置")
    return printable


def _page_room(sect: Any) -> float:
    """Points of a page between the top and bottom margins, less 4% for the estimate."""
    height, top, bottom = 16838, 1134, 1134
    if sect is not None:
        size, margins = sect.find(_w("pgSz")), sect.find(_w("pgMar"))
        if size is not None and size.get(_w("h")):
            height = _twips(size.get(_w("h")))
        if margins is not None:
            top = abs(_twips(margins.get(_w("top")) or "0"))
            bottom = abs(_twips(margins.get(_w("bottom")) or "0"))
    return page_room(height, top, bottom)


def _w(name: str) -> str:
    """The Clark name of a WordprocessingML tag or attribute."""
    return f"{{{_W_NS}}}{name}"


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


def _filled_parts(package: Package, context: dict[str, str], where: str) -> dict[str, bytes]:
    """The page headers and footers holding placeholders, rendered (by member name)."""
    from perfdocs._compat import serialize_part

    out: dict[str, bytes] = {}
    for member in package.members:
        if isinstance(member, Filled) and member.kind == "part":
            element = deepcopy(member.element)
            for paragraph in list(element.iter(_P)):
                if _fill_paragraph(paragraph, context, where):
                    raise RenderError("{{ table }} 只能放在正文中，不能放在页眉或页脚里",
                                      file=where)
            out[member.name] = serialize_part(element)
    return out


def _define_styles(doc: Any, element: Any) -> None:
    """Define every paragraph style ``element`` names that the styles part lacks.

    A template edited by a program other than Word may leave a page header naming the
    built-in style "Header" without defining it; Word then warns or repairs. The style is
    added, based on Normal, with nothing of its own.
    """
    from docx.oxml import parse_xml

    styles = doc.styles.element
    known = {s.get(_w("styleId")) for s in styles.findall(_w("style"))}
    for ref in element.iter(_w("pStyle")):
        name = ref.get(_w("val"))
        if name and name not in known:
            styles.append(parse_xml(
                f'<w:style {_W} w:type="paragraph" w:styleId={quoteattr(name)}>'
                f'<w:name w:val={quoteattr(name)}/><w:basedOn w:val="Normal"/></w:style>'))
            known.add(name)


def _fill_body(elements: list[Any], form: Form, context: dict[str, str], where: str,
               page: Page, place: Callable[[Fragment], Any]) -> list[Any]:
    """Render the template body for ``form``; the ``{{ table }}`` paragraph becomes tables.

    A template without ``{{ table }}`` still gets the tables, after its last paragraph:
    a user who deleted the line must not lose the form. The tables come back as
    :class:`~perfdocs.render.docx.tables.Fragment` where they replace a body paragraph,
    and as ``place``'s comments where the placeholder sits deeper (in a table cell).
    """
    placeholders = [p for element in elements for p in list(element.iter(_P))
                    if _fill_paragraph(p, context, where)]
    lead = _lead(elements, placeholders[0] if placeholders else None)
    tables = form_fragments(form, page, lead)
    out: list[Any] = list(elements)
    if not placeholders:
        return out + tables
    for placeholder in placeholders:
        parent = placeholder.getparent()
        if parent is None:  # a top-level body paragraph, detached in ``elements``
            at = next(i for i, e in enumerate(out) if e is placeholder)
            out[at:at + 1] = tables
        else:
            for part in tables:
                placeholder.addprevious(place(part))
            # A table cell must end with a paragraph; everywhere else the tables take
            # the placeholder's place exactly.
            if parent.tag == _TC and placeholder is parent[-1]:
                placeholder.addnext(place(spacer()))
            parent.remove(placeholder)
    return out


def _fill_paragraph(paragraph: Any, context: dict[str, str], where: str) -> bool:
    """Render one paragraph's placeholders in place; True if it is ``{{ table }}``.

    Word splits text into runs wherever formatting or editing history changes, so
    ``{{ project_name }}`` may lie across three runs. Runs are grouped until their braces
    balance and each group is rendered into its first run, which keeps that run's
    formatting (a bold caption run beside a plain field run stays as it is). A paragraph
    with a ``{% … %}`` statement is rendered as a whole into its first run, since the
    statement's parts may lie in any runs.
    """
    runs = [r for r in _RUNS(paragraph) if r.find(_T) is not None]
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
        group[0].text = NOT_XML.sub("", rendered)
        for extra in group[1:]:
            extra.getparent().remove(extra)
    return False


def _heading_paragraph(form: Form) -> Fragment:
    """The form's heading line (the 汇总表's title), centred and bold above its title."""
    from perfdocs.render.docx.template import TITLE_CJK_FONT, _paragraph

    size = int(form.fonts.title_size * 2)
    xml = _paragraph(xml_text(NOT_XML.sub("", form.heading)), size=size, bold=True,
                     east_asia=TITLE_CJK_FONT, after=240)
    return Fragment("p", xml.replace(f"<w:p {_W}>", "<w:p>", 1))


def _break_before(elements: list[Any]) -> None:
    """Start ``elements`` on a new page (the next form of a multi-form document)."""
    head = elements[0]
    if isinstance(head, Fragment):
        if head.tag == "p":
            elements[0] = head.with_page_break()
            return
    elif head.tag == _P:
        head.get_or_add_pPr().pageBreakBefore_val = True
        return
    elements.insert(0, PAGE_BREAK)


def _lead(elements: list[Any], placeholder: Any) -> float:
    """Estimated points of the template's paragraphs above ``{{ table }}`` (the headings)."""
    used = 0.0
    for element in elements:
        for paragraph in element.iter(_P):
            if paragraph is placeholder:
                return used
            sizes = [int(v) for v in _SIZES(paragraph) if v.isdigit()]
            spacing = paragraph.find(f"{_w('pPr')}/{_w('spacing')}")
            gaps = 0
            if spacing is not None:
                gaps = sum(int(spacing.get(_w(side)) or 0) for side in ("before", "after")
                           if (spacing.get(_w(side)) or "0").isdigit())
            used += max(sizes or [21]) / 2 * LINE_EM + gaps / 20
    return used


def _ensure_cell_style(doc: Any) -> None:
    """Add the cell paragraph style unless the template already has one (a user's own).

    Cell paragraphs must not inherit what a template's Normal style carries for letters
    (6 pt after, a first-line indent, a document grid), so they get a style of their own,
    based on nothing. Being a named style it also keeps the XML per cell small and lets a
    user adjust the line spacing of every cell at once in Word.
    """
    from docx.oxml import parse_xml

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

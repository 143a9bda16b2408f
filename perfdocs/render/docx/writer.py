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

That path imports python-docx and lxml, which cost more than the render itself in a
one-form process. So after it has rendered from a template, :func:`_recipe` writes down
what the template contributes as bytes with slots (:mod:`perfdocs.render.docx.prepared`),
kept per user; later renders from the same template fill the slots as text and never
import either library. The recipe is made by this path's own code (the same fills, with a
marker in place of each rendered text), so both write the same bytes.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from copy import deepcopy
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any

from perfdocs.errors import RenderError
from perfdocs.forms.grid import Form
from perfdocs.layouts.templating import render_text
from perfdocs.render.base import NO_OPTIONS, FormOptions
from perfdocs.render.docx import prepared
from perfdocs.render.docx.package import Filled, Package, Template, opened
from perfdocs.render.docx.prepared import BUILTIN, MAX_TEMPLATE_BYTES, template_source
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
from perfdocs.render.reproducible import (
    CORE_PART,
    DEFAULT_STAMP,
    Deflated,
    deflated,
    stamp_core,
    zip_package,
)

__all__ = ["BUILTIN", "MAX_TEMPLATE_BYTES", "TABLE_PLACEHOLDER", "render_docx"]

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


@lru_cache(maxsize=1)
def _xpaths() -> tuple[Any, Any]:
    """A paragraph's runs, and those one level down (in a hyperlink, a field, a change);
    every font size a paragraph names (half-points). Both compiled once, not per call."""
    from lxml import etree

    return (etree.XPath("./w:r | ./*/w:r", namespaces={"w": _W_NS}),
            etree.XPath(".//w:sz/@w:val", namespaces={"w": _W_NS}))


_MARK = os.urandom(8).hex()
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
    attempt = prepared.attempt(forms, chosen, stamp)
    if isinstance(attempt, bytes):
        return attempt
    where, data = template_source(forms[0], chosen[0])
    if attempt is not None:  # the bytes the recipe's key was made of, read once
        where, data = attempt.where, attempt.data
    first_data = _built_in() if data is None else data
    rendered = _render(forms, chosen, stamp, where, first_data)
    if attempt is not None:
        recipe = _recipe(where, first_data)
        if recipe is not None:
            attempt.keep(recipe)
    return rendered


def _render(forms: Sequence[Form], chosen: Sequence[FormOptions], stamp: datetime,
            first_where: str, first_data: bytes) -> bytes:
    """:func:`render_docx` with python-docx and lxml, from the first form's template."""
    from lxml import etree

    first = opened(first_where, first_data)
    package = first.package(_prepare)
    try:
        page = Page(_printable_twips(package.sect), _page_room(package.sect))
    except RenderError as exc:  # the page settings are the template's: name it
        raise RenderError(exc.message, file=exc.file or first_where) from None
    parts = _filled_parts(package, _filler(prepared.context_of(forms[0], chosen[0]), first_where),
                          first_where)

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
        fill = _filler(prepared.context_of(form, chosen[index]), where)
        headed = prepared.heading_over(forms, index)
        elements = _fill_body(template.body_copy(), form, fill, where, page, place,
                              heading=headed)
        if headed:
            elements.insert(0, prepared.heading_paragraph(form))
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
        out.append(fragments[int(number)].utf8())
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


def _template(form: Form, options: FormOptions) -> tuple[str, bytes]:
    """Where the form's template is (for messages) and its bytes (the built-in template's
    when the layout has none); read anew on every render."""
    where, data = template_source(form, options)
    return where, _built_in() if data is None else data


def _built_in() -> bytes:
    from perfdocs.render.docx.template import build_default_template

    return build_default_template()


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
    """Points of a page between the top and bottom margins, less 2% for the estimate."""
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


Fill = Callable[[str], str]
"""What a ``{{ … }}`` group's source becomes (its rendered text, or a recipe's marker)."""


def _filler(context: dict[str, str], where: str) -> Fill:
    """Render a group's source with the form's fields (the text a run is given)."""
    return lambda source: NOT_XML.sub("", render_text(source, context, where=where))


def _filled_parts(package: Package, fill: Fill, where: str) -> dict[str, bytes]:
    """The page headers and footers holding placeholders, rendered (by member name)."""
    from perfdocs._compat import serialize_part

    out: dict[str, bytes] = {}
    for member in package.members:
        if isinstance(member, Filled) and member.kind == "part":
            element = deepcopy(member.element)
            for paragraph in list(element.iter(_P)):
                if _fill_paragraph(paragraph, fill, where):
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
    from xml.sax.saxutils import quoteattr  # imports urllib.request: 17 ms

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


def _fill_body(elements: list[Any], form: Form, fill: Fill, where: str,
               page: Page, place: Callable[[Fragment], Any], *, heading: bool = False
               ) -> list[Any]:
    """Render the template body for ``form``; the ``{{ table }}`` paragraph becomes tables.

    A template without ``{{ table }}`` still gets the tables, after its last paragraph:
    a user who deleted the line must not lose the form. The tables come back as
    :class:`~perfdocs.render.docx.tables.Fragment` where they replace a body paragraph,
    and as ``place``'s comments where the placeholder sits deeper (in a table cell).
    """
    placeholders = [p for element in elements for p in list(element.iter(_P))
                    if _fill_paragraph(p, fill, where)]
    lead = _lead(elements, placeholders[0] if placeholders else None)
    tables = form_fragments(form, page, lead, heading=heading)
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


def _fill_paragraph(paragraph: Any, fill: Fill, where: str) -> bool:
    """Render one paragraph's placeholders in place; True if it is ``{{ table }}``.

    Word splits text into runs wherever formatting or editing history changes, so
    ``{{ project_name }}`` may lie across three runs. Runs are grouped until their braces
    balance and each group is rendered into its first run, which keeps that run's
    formatting (a bold caption run beside a plain field run stays as it is). A paragraph
    with a ``{% … %}`` statement is rendered as a whole into its first run, since the
    statement's parts may lie in any runs.
    """
    runs = [r for r in _xpaths()[0](paragraph) if r.find(_T) is not None]
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
        group[0].text = fill(source)
        for extra in group[1:]:
            extra.getparent().remove(extra)
    return False


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
            sizes = [int(v) for v in _xpaths()[1](paragraph) if v.isdigit()]
            spacing = paragraph.find(f"{_w('pPr')}/{_w('spacing')}")
            gaps = 0
            line = max(sizes or [21]) / 2 * LINE_EM
            if spacing is not None:
                gaps = sum(int(spacing.get(_w(side)) or 0) for side in ("before", "after")
                           if (spacing.get(_w(side)) or "0").isdigit())
                exact = spacing.get(_w("line")) or ""
                if spacing.get(_w("lineRule")) == "exact" and exact.isdigit():
                    line = int(exact) / 20  # the built-in template's title lines
            used += line + gaps / 20
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


# -- recipes: what a template contributes, as bytes with slots ----------------------------

_RECIPE_DATE = datetime(1987, 6, 5, 4, 3, 2)
"""The moment a recipe's core properties are made with, then cut out (a date slot)."""


def _recipe(where: str, data: bytes) -> prepared.Recipe | None:
    """The recipe of the template ``data`` (see :mod:`perfdocs.render.docx.prepared`), made
    with this module's own steps; None when the template has something a recipe cannot
    hold exactly (its renders then keep taking this path)."""
    try:
        return _make_recipe(where, data)
    except Exception:
        return None


def _make_recipe(where: str, data: bytes) -> prepared.Recipe | None:
    from lxml import etree

    from perfdocs._compat import serialize_part
    from perfdocs.render.docx.prepared import SPACER, TABLES, Element, Part, Recipe

    template = opened(where, data)
    package = template.package(_prepare)
    width, room = _printable_twips(package.sect), _page_room(package.sect)
    members: list[Deflated | Part | str] = []
    names: dict[str, str] = {}
    for member in package.members:
        if isinstance(member, Deflated):
            members.append(member)
        elif member.kind in ("document", "core"):
            members.append(member.kind)
            names[member.kind] = member.name
        else:
            part_sources: list[str] = []
            element = deepcopy(member.element)
            for paragraph in list(element.iter(_P)):
                if _fill_paragraph(paragraph, _marker(part_sources), where):
                    return None  # refused by the render itself
            members.append(Part(member.name, _slotted(serialize_part(element),
                                                      len(part_sources)),
                                tuple(part_sources)))

    sources: list[str] = []
    elements = template.body_copy()
    placeholders = [p for element in elements for p in list(element.iter(_P))
                    if _fill_paragraph(p, _marker(sources), where)]
    lead = _lead(elements, placeholders[0] if placeholders else None)
    body: list[Any] = list(elements)
    for placeholder in placeholders:  # as _fill_body places the tables
        parent = placeholder.getparent()
        if parent is None:
            body[next(i for i, e in enumerate(body) if e is placeholder)] = TABLES
        else:
            placeholder.addprevious(etree.Comment(f"{_MARK}-{TABLES}"))
            if parent.tag == _TC and placeholder is parent[-1]:
                placeholder.addnext(etree.Comment(f"{_MARK}-{SPACER}"))
            parent.remove(placeholder)
    broken = None
    if body and not isinstance(body[0], str) and body[0].tag == _P:
        broken = deepcopy(body[0])  # the first element of a later form
        broken.get_or_add_pPr().pageBreakBefore_val = True

    root = deepcopy(package.root)
    sect = root.find(_w("body")).find(_w("sectPr"))
    if sect is None:
        return None
    laid = [e for e in body if not isinstance(e, str)] + ([broken] if broken is not None else [])
    for element in laid:
        sect.addprevious(etree.Comment(f"{_MARK}-E"))
        sect.addprevious(element)
    sect.addprevious(etree.Comment(f"{_MARK}-E"))
    chunks = serialize_part(root).split(f"<!--{_MARK}-E-->".encode())
    if len(chunks) != len(laid) + 2:
        return None
    head, tail = chunks[0], chunks[-1]
    if _MARK.encode() in head or _MARK.encode() in tail:
        return None
    serialized = iter(chunks[1:-1])
    items: list[Element | str] = []
    for element in body:
        items.append(element if isinstance(element, str)
                     else Element(_slotted(next(serialized), len(sources)), None))
    if broken is not None:
        first = items[0]
        assert isinstance(first, Element)
        items[0] = Element(first.pieces, _slotted(next(serialized), len(sources)))

    core = _core(package, f"{_MARK}TITLE", _RECIPE_DATE)
    if names["core"] == CORE_PART:
        core = stamp_core(core, _RECIPE_DATE)
    iso = _RECIPE_DATE.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    core_pieces: list[bytes | str] = []
    for number, piece in enumerate(core.split(f"{_MARK}TITLE".encode())):
        if number:
            core_pieces.append(prepared.TITLE)
        for count, dated in enumerate(piece.split(iso)):
            if count:
                core_pieces.append(prepared.DATE)
            core_pieces.append(dated)
    if core_pieces.count(prepared.TITLE) != 1 or core_pieces.count(prepared.DATE) != 3 \
            or any(_MARK.encode() in p for p in core_pieces if isinstance(p, bytes)):
        return None
    return Recipe(tuple(members), names["document"], names["core"], width, float(room),
                  float(lead), head, tail, tuple(items), tuple(sources), not placeholders,
                  tuple(core_pieces))


def _marker(sources: list[str]) -> Fill:
    """A fill that notes each source and leaves a marker naming it (a text slot)."""

    def mark(source: str) -> str:
        sources.append(source)
        return f"{_MARK}G{len(sources) - 1}"

    return mark


_SLOTS = re.compile(rf"<w:t>{_MARK}G(\d+)</w:t>|<!--{_MARK}-([A-Z])-->".encode())


def _slotted(serialized: bytes, count: int) -> tuple[bytes | int | str, ...]:
    """``serialized`` cut at its markers: literal bytes, text slots and table slots.
    Raises when a marker is left over (written otherwise than expected)."""
    pieces: list[bytes | int | str] = []
    at = 0
    for match in _SLOTS.finditer(serialized):
        pieces.append(serialized[at:match.start()])
        if match.group(1) is not None:
            number = int(match.group(1))
            if number >= count:
                raise ValueError("a slot of another element")
            pieces.append(number)
        else:
            pieces.append(match.group(2).decode())
        at = match.end()
    pieces.append(serialized[at:])
    if any(_MARK.encode() in p for p in pieces if isinstance(p, bytes)):
        raise ValueError("a marker written otherwise")
    return tuple(p for p in pieces if p != b"")

"""A Word template kept per user as text: a render from it is strings and :mod:`zlib`.

Opening a template with python-docx imports python-docx and lxml (≈ 0.13 s of a one-form
process, more than writing the form) and parses every part, yet everything that comes out
of the template is the same from render to render. So once a template has been opened and
prepared the usual way (:mod:`perfdocs.render.docx.writer`, :mod:`.package`), what it
contributes is written down as a :class:`Recipe`: the package members every document
shares (already deflated), ``document.xml`` before and after the body, each body element
of the template as the bytes lxml writes for it with *slots* where a render puts text (a
``{{ … }}`` group of runs, the tables), the page headers holding placeholders likewise,
and ``docProps/core.xml`` with slots for the title and the dates. A render then fills the
slots with the same Jinja (:func:`perfdocs.layouts.templating.render_text`) and the same
tables (:mod:`.tables`) and zips the members (:func:`perfdocs.render.reproducible.
zip_package`): the same bytes as the python-docx path, without importing it.

Recipes are kept in this process and in the per-user cache of checked files
(:mod:`perfdocs.loading.checked_files`), keyed by the template's bytes (the built-in
template by the code that builds it), the source of every module that decides the output,
and the versions of python-docx, lxml, zlib, perfdocs and Python. A missing, damaged or
foreign entry is a miss: the python-docx path renders (refusing a template it cannot open
with its usual message) and the recipe is made from what it opened. Only a template that
rendered is ever kept. What a recipe cannot express exactly (a later form with another
template, a title python-docx would refuse or lxml would write differently) is rendered by
the python-docx path too.
"""

from __future__ import annotations

import hashlib
import marshal
import re
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from perfdocs.errors import RenderError
from perfdocs.kept import Kept
from perfdocs.layouts.templating import render_text
from perfdocs.records import Record
from perfdocs.render.base import FormOptions
from perfdocs.render.docx.lines import TITLE_CJK_FONT, paragraph
from perfdocs.render.docx.tables import (
    HEADING_AFTER,
    NOT_XML,
    PAGE_BREAK,
    Fragment,
    Page,
    form_fragments,
    spacer,
)
from perfdocs.render.docx.tables import text as xml_text
from perfdocs.render.reproducible import Deflated, deflated, zip_package

if TYPE_CHECKING:
    from perfdocs.forms.grid import Form

BUILTIN = "内置 Word 模板"
"""How error messages name the default template (it has no path)."""
MAX_TEMPLATE_BYTES = 20 * 1024 * 1024
"""A Word template with a logo is some hundred KB."""
FORMAT = 1
"""Shape of a kept recipe; another number is a miss."""
KIND = b"perfdocs docx-template 1\n"
"""The format line of a recipe entry in the checked-files cache."""
CODE = ("render/docx/prepared.py", "render/docx/writer.py", "render/docx/package.py",
        "render/docx/template.py", "render/docx/lines.py", "render/docx/tables.py",
        "render/office.py", "render/reproducible.py", "_compat.py", "forms/page_geometry.py")
"""The modules whose source decides what a recipe holds (perfdocs/…)."""
KEPT_RECIPES = 8
"""Recipes kept per process (a batch uses one or two templates per layout)."""
MAX_TITLE = 255
"""python-docx refuses a longer core property: such a title takes the python-docx path."""

TABLES = "T"
"""A slot: the form's tables (where the template's ``{{ table }}`` paragraph was)."""
SPACER = "S"
"""A slot: the 1-pt paragraph a table cell needs after the tables."""
TITLE = "title"
DATE = "date"

Piece = bytes | int | str
"""Literal bytes, a text slot (index of its Jinja source) or a named slot."""
Pieces = tuple[Piece, ...]


class Part(Record, frozen=True, slots=True):
    """A page header or footer holding placeholders, filled with the first form's fields."""

    name: str
    pieces: Pieces
    sources: tuple[str, ...]


class Element(Record, frozen=True, slots=True):
    """One body element of the template; ``broken`` is it starting a new page (the first
    element of a later form), None when it cannot (not a paragraph)."""

    pieces: Pieces
    broken: Pieces | None


class Recipe(Record, frozen=True, slots=True):
    """What a template contributes to a document, as bytes with slots.

    ``members`` are the package's zip entries in order: a :class:`Deflated` part the same
    in every document, a :class:`Part`, or the names ``document`` and ``core`` (the
    members ``document_name``/``core_name`` made anew). ``body`` is the template's body:
    an :class:`Element`, or :data:`TABLES` for a ``{{ table }}`` paragraph of its own;
    ``sources`` the Jinja texts of its slots, in the order the python-docx path renders
    them; ``tables_last`` whether the tables follow the body (no ``{{ table }}``).
    """

    members: tuple[Deflated | Part | str, ...]
    document_name: str
    core_name: str
    width: int
    room: float
    lead: float
    head: bytes
    tail: bytes
    body: tuple[Element | str, ...]
    sources: tuple[str, ...]
    tables_last: bool
    core: Pieces


class Unsupported(Exception):
    """The recipe cannot write this document exactly: the python-docx path renders it."""


# -- which template ----------------------------------------------------------------------


def template_source(form: Form, options: FormOptions) -> tuple[str, bytes | None]:
    """Where the form's template is (for messages) and its bytes; None for the built-in
    template (made by :func:`perfdocs.render.docx.template.build_default_template`).

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
    return BUILTIN, None


def context_of(form: Form, options: FormOptions) -> dict[str, str]:
    """The fields a template may place: the form's fields and its heading lines."""
    return {**options.fields, "title": form.title, "subtitle": form.subtitle,
            "kind": form.kind, "footer": form.footer}


def heading_over(forms: Sequence[Form], index: int) -> bool:
    """Whether the heading line is printed over ``forms[index]``: the first of the forms
    that share it (the 汇总表's title over its first project), as in the PDF."""
    form = forms[index]
    return bool(form.heading) and (index == 0 or forms[index - 1].heading != form.heading)


def heading_paragraph(form: Form) -> Fragment:
    """The form's heading line (the 汇总表's title), centred and bold above its title."""
    size = int(form.fonts.title_size * 2)
    xml = paragraph(xml_text(NOT_XML.sub("", form.heading)), size=size, bold=True,
                    east_asia=TITLE_CJK_FONT, after=HEADING_AFTER * 20)
    return Fragment("p", xml.replace('<w:p xmlns:w="http://schemas.openxmlformats.org/'
                                     'wordprocessingml/2006/main">', "<w:p>", 1))


# -- rendering from a recipe -------------------------------------------------------------


class Miss(Record, slots=True):
    """A template with no recipe yet: :meth:`keep` stores the one made after rendering."""

    memory_key: str
    disk_key: str | None
    where: str
    data: bytes | None

    def keep(self, recipe: Recipe) -> None:
        """Keep ``recipe`` in this process and, when the cache is on, for later ones."""
        _KEPT.keep(self.memory_key, recipe)
        if self.disk_key is not None:
            from perfdocs.loading import checked_files

            checked_files.write_entry(KIND, self.disk_key, dumps(recipe))


def attempt(forms: Sequence[Form], chosen: Sequence[FormOptions],
            stamp: datetime) -> bytes | Miss | None:
    """The document from a kept recipe; a :class:`Miss` when the template has none yet;
    None when this document is one a recipe does not write (the caller renders it with
    python-docx and keeps nothing)."""
    where, data = template_source(forms[0], chosen[0])
    for index in range(1, len(forms)):
        if template_source(forms[index], chosen[index])[0] != where:
            return None  # each form's own template body: the python-docx path
    memory_key = "builtin" if data is None else hashlib.sha256(data).hexdigest()
    recipe = _KEPT.get(memory_key)
    disk_key: str | None = None
    if recipe is None:
        disk_key = _disk_key(memory_key)
        recipe = _load(disk_key) if disk_key is not None else None
        if recipe is None:
            return Miss(memory_key, disk_key, where, data)
        _KEPT.keep(memory_key, recipe)
    try:
        return render(recipe, forms, chosen, stamp, where)
    except Unsupported:
        return None


def render(recipe: Recipe, forms: Sequence[Form], chosen: Sequence[FormOptions],
           stamp: datetime, where: str) -> bytes:
    """The .docx of ``forms`` from ``recipe``: the python-docx path's bytes, the same
    work in the same order (the same Jinja calls, so the same messages)."""
    title = forms[0].title
    if (not isinstance(title, str) or len(title) > MAX_TITLE or "\r" in title
            or NOT_XML.search(title) or _unencodable(title)):
        raise Unsupported
    page = Page(recipe.width, recipe.room)
    first_context = context_of(forms[0], chosen[0])
    parts = {member.name: _joined(member.pieces, _texts(member.sources, first_context, where))
             for member in recipe.members if isinstance(member, Part)}
    pieces: list[bytes] = [recipe.head]
    for index, form in enumerate(forms):
        texts = _texts(recipe.sources, context_of(form, chosen[index]), where)
        headed = heading_over(forms, index)
        tables = form_fragments(form, page, recipe.lead, heading=headed)
        laid: list[Element | Fragment] = []
        for item in recipe.body:
            if isinstance(item, Element):
                laid.append(item)
            else:
                laid += tables
        if recipe.tables_last:
            laid += tables
        if headed:
            laid.insert(0, heading_paragraph(form))
        tables_xml = b"".join(table.utf8() for table in tables)
        for place, laid_item in enumerate(laid):
            if isinstance(laid_item, Fragment):
                fragment = laid_item
                if place == 0 and index:
                    if fragment.tag == "p":
                        fragment = fragment.with_page_break()
                    else:
                        pieces.append(PAGE_BREAK.utf8())
                pieces.append(fragment.utf8())
                continue
            element = laid_item.pieces
            if place == 0 and index:
                if laid_item.broken is None:
                    pieces.append(PAGE_BREAK.utf8())
                else:
                    element = laid_item.broken
            pieces.append(_joined(element, texts, tables_xml))
    pieces.append(recipe.tail)
    document = b"".join(pieces)
    members: list[Deflated] = []
    for member in recipe.members:
        if isinstance(member, Deflated):
            members.append(member)
        elif isinstance(member, Part):
            members.append(deflated(member.name, parts[member.name]))
        elif member == "document":
            members.append(deflated(recipe.document_name, document))
        else:
            members.append(deflated(recipe.core_name, _core(recipe.core, title, stamp)))
    return zip_package(members, stamp)


def _texts(sources: Sequence[str], context: dict[str, str], where: str) -> list[bytes]:
    """Each slot's run content: its source rendered, as python-docx sets a run's text."""
    return [run_xml(NOT_XML.sub("", render_text(source, context, where=where)))
            for source in sources]


_OPEN_RUN = re.compile(rb"<w:r(?: [^<>]*)?>\Z")
_CLOSE_RUN = b"</w:r>"


def _joined(pieces: Pieces, texts: Sequence[bytes], tables: bytes = b"") -> bytes:
    """``pieces`` with their slots filled. A run left with no content at all (an empty
    text, no run properties) is written ``<w:r/>``, as lxml writes an empty element."""
    out: list[bytes] = []
    for piece in pieces:
        if isinstance(piece, bytes):
            if out and out[-1] == b"" and piece.startswith(_CLOSE_RUN) and len(out) > 1 \
                    and _OPEN_RUN.search(out[-2]):
                out[-2] = out[-2][:-1] + b"/>"
                piece = piece[len(_CLOSE_RUN):]
            out.append(piece)
        elif isinstance(piece, int):
            out.append(texts[piece])
        elif piece == TABLES:
            out.append(tables)
        else:
            out.append(spacer().utf8())
    return b"".join(out)


_RUN_BREAKS = re.compile(r"([\t\r\n])")


def run_xml(value: str) -> bytes:
    """What python-docx's ``run.text = value`` appends after the run's properties: a
    ``w:t`` per stretch of text (``xml:space="preserve"`` when it has white space at
    either end), ``w:tab`` for a tab, ``w:br`` for a line feed or carriage return."""
    if _unencodable(value):
        raise Unsupported
    out: list[str] = []
    for piece in _RUN_BREAKS.split(value):
        if not piece:
            continue
        if piece == "\t":
            out.append("<w:tab/>")
        elif piece in "\r\n":
            out.append("<w:br/>")
        elif len(piece.strip()) < len(piece):
            out.append(f'<w:t xml:space="preserve">{_escaped(piece)}</w:t>')
        else:
            out.append(f"<w:t>{_escaped(piece)}</w:t>")
    return "".join(out).encode("utf-8")


def _escaped(value: str) -> str:
    """Element text as lxml writes it (no carriage return reaches here)."""
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _unencodable(value: str) -> bool:
    """A lone surrogate: lxml refuses it, so the python-docx path says what it says."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _core(pieces: Pieces, title: str, stamp: datetime) -> bytes:
    """``docProps/core.xml`` for ``title`` and ``stamp`` (see the writer's ``_core``)."""
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    safe = _escaped(title).encode("utf-8")
    return b"".join(piece if isinstance(piece, bytes) else safe if piece == TITLE else iso
                    for piece in pieces)


# -- keeping recipes ---------------------------------------------------------------------


_KEPT: Kept[str, Recipe] = Kept(KEPT_RECIPES)


def forget() -> None:
    """Drop the recipes kept in this process (tests: the next render reads the cache)."""
    _KEPT.clear()


_STAMPS: dict[str, str | None] = {}


def _library_stamp(name: str) -> str | None:
    """SHA-256 of an installed library's ``__init__.py`` (it names the version), found
    without importing the library; None when it is not there."""
    if name not in _STAMPS:
        from importlib.util import find_spec

        from perfdocs.loading.checked_files import read_capped

        spec = find_spec(name)
        data = read_capped(Path(spec.origin), 1 << 20) if spec and spec.origin else None
        _STAMPS[name] = None if data is None else hashlib.sha256(data).hexdigest()
    return _STAMPS[name]


def _disk_key(memory_key: str) -> str | None:
    """The recipe's entry name in the checked-files cache; None when the cache is off or
    the code or a library cannot be told apart."""
    from perfdocs.loading import checked_files

    if checked_files.cache_dir() is None:
        return None
    import zlib

    libraries = (_library_stamp("docx"), _library_stamp("lxml"))
    if None in libraries:
        return None
    parts = ("docx-template", FORMAT, memory_key, libraries, zlib.ZLIB_RUNTIME_VERSION)
    return checked_files.entry_key(KIND, parts, CODE)


def dumps(recipe: Recipe) -> bytes:
    """``recipe`` as :mod:`marshal` data: plain values only, so loading runs no code."""
    members = tuple(
        ("z", m.name, m.data, m.crc, m.size) if isinstance(m, Deflated)
        else ("p", m.name, m.pieces, m.sources) if isinstance(m, Part)
        else ("n", m) for m in recipe.members)
    body = tuple(("e", e.pieces, e.broken) if isinstance(e, Element) else ("t",)
                 for e in recipe.body)
    return marshal.dumps((FORMAT, members, recipe.document_name, recipe.core_name,
                          recipe.width, recipe.room, recipe.lead, recipe.head, recipe.tail,
                          body, recipe.sources, recipe.tables_last, recipe.core))


def _load(key: str) -> Recipe | None:
    """The kept recipe ``key``; None for a missing, damaged or foreign entry."""
    from perfdocs.loading import checked_files

    payload = checked_files.read_entry(KIND, key)
    if payload is None:
        return None
    try:
        return loads(payload)
    except Exception:  # a foreign or damaged entry is only a miss
        return None


def loads(payload: bytes) -> Recipe:
    """The recipe in ``payload``; raises when it is not one (checked field by field)."""
    (version, members, document_name, core_name, width, room, lead, head, tail, body,
     sources, tables_last, core) = marshal.loads(payload)
    if version != FORMAT:
        raise ValueError("another format")
    kept: list[Deflated | Part | str] = []
    for member in members:
        if member[0] == "z":
            _, name, data, crc, size = member
            kept.append(Deflated(_str(name), _bytes(data), _int(crc), _int(size)))
        elif member[0] == "p":
            kept.append(Part(_str(member[1]), _pieces(member[2]), _strs(member[3])))
        elif member[0] == "n" and member[1] in ("document", "core"):
            kept.append(member[1])
        else:
            raise ValueError("member")
    elements: list[Element | str] = []
    for item in body:
        if item[0] == "e":
            elements.append(Element(_pieces(item[1]),
                                    None if item[2] is None else _pieces(item[2])))
        elif item == ("t",):
            elements.append(TABLES)
        else:
            raise ValueError("body")
    if not isinstance(room, float) or not isinstance(lead, float) \
            or not isinstance(tables_last, bool):
        raise ValueError("numbers")
    return Recipe(tuple(kept), _str(document_name), _str(core_name), _int(width), room,
                  lead, _bytes(head), _bytes(tail), tuple(elements), _strs(sources),
                  tables_last, _pieces(core))


def _str(value: object) -> str:
    if type(value) is not str:
        raise ValueError("not a text")
    return value


def _bytes(value: object) -> bytes:
    if type(value) is not bytes:
        raise ValueError("not bytes")
    return value


def _int(value: object) -> int:
    if type(value) is not int:
        raise ValueError("not a number")
    return value


def _tuple(value: object) -> tuple[object, ...]:
    if type(value) is not tuple:
        raise ValueError("not a tuple")
    return value


def _strs(value: object) -> tuple[str, ...]:
    return tuple(_str(v) for v in _tuple(value))


def _pieces(value: object) -> Pieces:
    pieces: list[Piece] = []
    for piece in _tuple(value):
        slot = type(piece) is str and piece in (TABLES, SPACER, TITLE, DATE)
        if not (slot or type(piece) is bytes or type(piece) is int):
            raise ValueError("not a piece")
        pieces.append(piece)  # type: ignore[arg-type]
    return tuple(pieces)

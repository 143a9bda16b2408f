"""A Word template opened once per process, and what every document made from it shares.

Opening a template with python-docx (unzipping, parsing every part), adding perfdocs'
cell style, page numbers and layout mode, and then serialising and deflating the parts
that no form changes (styles, settings, theme, fonts, a logo) cost more than writing the
form itself. None of it depends on the form, so it is done once per distinct template
bytes and kept (:func:`opened`): a render then fills only what differs from document to
document — the body, the page headers and footers that hold ``{{ … }}``, and the core
properties — and zips them with the kept parts (:func:`perfdocs.render.reproducible.
zip_package`). The bytes are those of opening, editing and saving the template anew.

The template's bytes are still read on every render (the user may be editing it in Word
between two runs); only an unchanged file is reused. Nothing kept is changed by a render:
each takes copies of the elements it fills, so renders may run in threads.
"""

from __future__ import annotations

import hashlib
import io
import threading
import zipfile
from collections import OrderedDict
from collections.abc import Callable
from copy import deepcopy
from datetime import datetime
from typing import Any

from perfdocs.errors import RenderError
from perfdocs.records import Record, field
from perfdocs.render.reproducible import Deflated, deflated

KEPT_TEMPLATES = 8
"""Distinct templates kept per process (a batch uses one or two per layout)."""

_HEADER_FOOTER = frozenset({
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer",
})
_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_P = f"{{{_W_NS}}}p"
_SECT = f"{{{_W_NS}}}sectPr"


class Filled(Record, frozen=True, slots=True):
    """A package member made anew for every document: ``kind`` is ``document``, ``core``
    or ``part`` (a page header or footer holding placeholders, its element in ``element``)."""

    name: str
    kind: str
    element: Any = None


class Package(Record, frozen=True, slots=True):
    """A template made ready to be the package of a document (its first form's template).

    ``root`` is the ``w:document`` element with nothing in the body but the section
    properties (``sect``); ``members`` the zip entries in the order python-docx saves
    them, deflated where they are the same in every document.
    """

    root: Any
    sect: Any
    members: tuple[Deflated | Filled, ...]
    core: Any
    cores: dict[tuple[str, str, datetime], Deflated] = field(default_factory=dict)
    """``docProps/core.xml`` as made for a title and date (filled by the writer)."""


class Template:
    """One template's parsed body, and (once asked for) its :class:`Package`."""

    def __init__(self, document: Any) -> None:
        self._document = document
        body = document.element.body
        self.body = tuple(child for child in body if child.tag != _SECT)
        for child in self.body:
            body.remove(child)
        self._package: Package | None = None
        self._lock = threading.Lock()
        self.broken = False
        """Set when preparing the package failed half-way: the next render opens anew."""

    def body_copy(self) -> list[Any]:
        """The template's body elements (but the section properties), to fill."""
        return [deepcopy(element) for element in self.body]

    def package(self, prepare: Callable[[Any], None]) -> Package:
        """The template as a package, after ``prepare`` made its form-independent edits
        (styles, layout mode, page numbers); made on first use, then kept."""
        with self._lock:
            if self._package is None:
                try:
                    self._package = _package(self._document, prepare)
                except BaseException:
                    self.broken = True
                    raise
            return self._package


_KEPT: OrderedDict[bytes, Template] = OrderedDict()
_KEPT_LOCK = threading.Lock()


def opened(where: str, data: bytes) -> Template:
    """The template of these bytes, parsed once per process; a message naming ``where``
    when python-docx cannot open it."""
    key = hashlib.sha256(data).digest()
    with _KEPT_LOCK:
        found = _KEPT.get(key)
        if found is not None and not found.broken:
            _KEPT.move_to_end(key)
            return found
    template = Template(_open(where, data))
    with _KEPT_LOCK:
        found = _KEPT.get(key)
        if found is None or found.broken:
            _KEPT[key] = found = template
        _KEPT.move_to_end(key)
        template = found
        while len(_KEPT) > KEPT_TEMPLATES:
            _KEPT.popitem(last=False)
    return template


def _open(where: str, data: bytes) -> Any:
    """The template as a python-docx document, or a message naming the template."""
    from docx import Document

    try:
        document = Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises zip, key and value errors alike
        raise RenderError(f"无法打开 Word 模板（{type(exc).__name__}），"
                          "请在 Word 中将它另存为 .docx 文档", file=where) from None
    if not len(document.sections):
        # Word always ends a body with its page setup; a generated file may not
        raise RenderError("Word 模板没有页面设置（纸张、页边距）：请在 Word 中打开它，"
                          "另存为 .docx 文档后再用", file=where)
    return document


def _package(document: Any, prepare: Callable[[Any], None]) -> Package:
    """Edit ``document`` once with ``prepare`` and keep what every document shares."""
    from perfdocs._compat import element_of, save_docx_stored

    prepare(document)
    core = document.core_properties  # a template without one gets python-docx's default
    filled: dict[str, Filled] = {}
    main = document.part
    filled[main.partname.membername] = Filled(main.partname.membername, "document")
    core_part = main.package.part_related_by(_CORE)
    filled[core_part.partname.membername] = Filled(core_part.partname.membername, "core")
    for rel in main.rels.values():
        if rel.reltype in _HEADER_FOOTER and not rel.is_external:
            part = rel.target_part
            if any(_has_placeholder(p) for p in part.element.iter(_P)):
                name = part.partname.membername
                filled[name] = Filled(name, "part", part.element)
    members: list[Deflated | Filled] = []
    with zipfile.ZipFile(io.BytesIO(save_docx_stored(document))) as saved:
        for info in saved.infolist():
            name = info.filename
            members.append(filled[name] if name in filled else deflated(name, saved.read(name)))
    body = document.element.body
    return Package(document.element, body.find(_SECT), tuple(members), element_of(core))


_CORE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"


def _has_placeholder(paragraph: Any) -> bool:
    """Whether a page header's paragraph may hold ``{{`` or ``{%``: any brace at all, so
    that every paragraph the writer fills is in a part made anew."""
    return any("{" in piece for piece in paragraph.itertext())

"""Every use of python-docx's and reportlab's private internals, in one place.

perfdocs leans on three things these libraries do not promise, each for speed, each
checked against the versions pyproject.toml pins (``.ci/lib_versions.sh`` renders with the
lowest and the highest supported versions of both):

- python-docx: :func:`save_docx_stored` drives ``PackageWriter``'s private ``_write_*``
  steps to save a document as an uncompressed zip (compressing twice was half a render),
  and :func:`section_properties` / :func:`element_of` reach the XML behind a section and a
  footer, which the public API does not expose;
- reportlab: :func:`share_glyf` serves a TrueType face's ``glyf`` table in place instead of
  the copy its subsetter asks for (17 MB per subset of a CJK font);
- reportlab: :func:`start_page` starts a page without emitting the last one.

Not yet here: the PDF writer's ``_Shower`` (render/pdf/writer.py) still reaches into
reportlab's canvas and text object (``_code``, ``_escape``, ``_doc``) to write text
operators directly.

When a new version of either library changes these, this module is what to fix; the
renderers call only the names here.
"""

from __future__ import annotations

import io
import zipfile
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    pass

# --- python-docx ------------------------------------------------------------------------------


def save_docx_stored(doc: Any) -> bytes:
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
        steps: Any = PackageWriter  # private and untyped: the steps OpcPackage.save takes
        steps._write_content_types_stream(writer, parts)
        steps._write_pkg_rels(writer, package.rels)
        steps._write_parts(writer, parts)
    return out.getvalue()


class _StoredWriter:
    """The two methods of python-docx's physical package writer, over a stored zip."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self._archive = archive

    def write(self, pack_uri: Any, blob: bytes) -> None:
        """Add one part (or rels item) under its zip member name."""
        self._archive.writestr(pack_uri.membername, blob)


def start_page(canvas: Any) -> None:
    """Begin a new page on a reportlab canvas without emitting the old one (``_startPage``),
    for a canvas that holds its pages back until it knows their number."""
    canvas._startPage()


def section_properties(section: Any) -> Any:
    """The ``w:sectPr`` element behind a python-docx ``Section`` (private ``_sectPr``)."""
    return section._sectPr


def element_of(proxy: Any) -> Any:
    """The XML element behind a python-docx proxy such as a header or footer (``_element``)."""
    return proxy._element


# --- reportlab: the font table the subsetter reads ------------------------------------------


class _TableView:
    """A font table read in place: slicing returns bytes straight from the font file's data.

    reportlab's subsetter takes ``get_table("glyf")``, a *copy* of the whole glyph table
    (17 MB for AR PL UMing), once for every 256-character subset of every PDF, only to
    slice a few hundred glyphs out of it: a tenth of a form's PDF time, and 17 MB of
    memory churn each time. This view gives the same slices without the copy.
    """

    __slots__ = ("_data", "_length", "_start")

    def __init__(self, data: bytes, start: int, length: int) -> None:
        self._data, self._start, self._length = data, start, length

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, key: int | slice) -> Any:
        if isinstance(key, slice):
            first, stop, step = key.indices(self._length)
            return self._data[self._start + first:self._start + stop:step]
        if not -self._length <= key < self._length:
            raise IndexError(key)
        return self._data[self._start + key % self._length]

    def __bytes__(self) -> bytes:
        return self._data[self._start:self._start + self._length]


def share_glyf(face: Any) -> None:
    """Serve the face's ``glyf`` table as a :class:`_TableView` (other tables unchanged)."""
    data = getattr(face, "_ttf_data", None)
    copy_table = getattr(face, "get_table", None)
    if not isinstance(data, bytes) or copy_table is None:
        return

    def get_table(tag: str) -> Any:
        if tag == "glyf":
            start, length = face.get_table_pos(tag)
            return _TableView(data, start, length)
        return copy_table(tag)

    face.get_table = get_table

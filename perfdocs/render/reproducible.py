"""Byte-for-byte reproducible Office files.

python-docx and openpyxl stamp every zip entry with the current time and write "now"
into ``docProps/core.xml``. Both files are zip packages, so instead of patching each
library we rewrite the finished package once: entries keep their order (``[Content_Types].xml``
must stay first for some readers), get one fixed timestamp and fixed permissions, and the
dates inside ``core.xml`` are replaced by the same fixed moment.

The Word and Excel writers skip that round trip: they hand their parts to
:func:`zip_package`, which writes the same bytes as :func:`normalize_zip` would (the
layout :mod:`zipfile` writes, tested byte for byte) but takes parts already deflated
(:func:`deflated`), so that the parts that are the same in every file of a run (a
template's styles, the theme) are compressed once per process, not once per file.
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Sequence
from datetime import datetime

from perfdocs._deferred import lazy_pattern
from perfdocs.records import Record

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

DEFAULT_STAMP = datetime(2000, 1, 1, 0, 0, 0)
"""The moment written into a package when a caller names none (the shipped Word templates;
every render passes :attr:`perfdocs.loading.settings.Settings.stamp`)."""
COMPRESS_LEVEL = 1
"""zlib level of every entry: the fastest. A 60-indicator form's ``word/document.xml``
(≈ 270 KB of markup that repeats itself) deflates in ≈ 0.9 ms at level 1 against ≈ 2.6 ms
at zipfile's default 6, for ≈ 13 KB against ≈ 10 KB; an .xlsx's sheet and shared strings
≈ 0.4 ms less. Any level gives the same bytes for the same input; the files' bytes changed
once when this went from 6 to 1 (eleventh session of issue 20)."""
_DEFLATED = 8
"""The zip method number of deflate (``_DEFLATED``): written here so that a
process that only draws PDFs does not import zipfile (with shutil, bz2 and lzma) for it."""

_CORE_DATE = lazy_pattern(
    rb"(<(?:dcterms:created|dcterms:modified|cp:lastPrinted)[^>]*>)[^<]*"
    rb"(</(?:dcterms:created|dcterms:modified|cp:lastPrinted)>)"
)
CORE_PART = "docProps/core.xml"
"""The package member whose dates :func:`stamp_core` fixes."""


def normalize_zip(data: bytes, stamp: datetime = DEFAULT_STAMP) -> bytes:
    """Return ``data`` (a zip package) rewritten with fixed timestamps and metadata dates."""
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(data))
    parts = []
    for info in source.infolist():
        blob = source.read(info.filename)
        if info.filename == CORE_PART:
            blob = stamp_core(blob, stamp)
        parts.append(deflated(info.filename, blob))
    return zip_package(parts, stamp)


def stamp_core(core: bytes, stamp: datetime) -> bytes:
    """``docProps/core.xml`` with its created, modified and printed dates set to ``stamp``."""
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    return _CORE_DATE.sub(rb"\g<1>" + iso + rb"\g<2>", core)


class Deflated(Record, frozen=True, slots=True):
    """One package member, compressed: what a zip entry holds besides its header."""

    name: str
    data: bytes
    crc: int
    size: int


SMALL_PART = 16 * 1024
"""A part up to this size is kept deflated, by name and content, for the next package."""
SMALL_PARTS_KEPT = 64
_SMALL: dict[tuple[str, bytes], Deflated] = {}
"""(name, bytes) of a small part → the part deflated; emptied when full."""


def deflated(name: str, blob: bytes) -> Deflated:
    """``blob`` deflated as :mod:`zipfile` deflates an entry (raw stream, at
    :data:`COMPRESS_LEVEL`).

    A small part deflated before in the process (a workbook's styles, content types and
    relationships, the same for every form of a layout) is not deflated again: zlib's
    output depends only on its input, so the bytes are those deflating would give.
    """
    small = len(blob) <= SMALL_PART
    if small:
        found = _SMALL.get((name, blob))
        if found is not None:
            return found
    packer = zlib.compressobj(COMPRESS_LEVEL, zlib.DEFLATED, -15)
    made = Deflated(name, packer.compress(blob) + packer.flush(), zlib.crc32(blob), len(blob))
    if small:
        if len(_SMALL) >= SMALL_PARTS_KEPT:
            _SMALL.clear()
        _SMALL[(name, bytes(blob))] = made
    return made


_LOCAL = struct.Struct("<4s2B4HL2L2H")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")
_VERSION = 20
"""Version needed to extract (and made by): 2.0, deflate, as zipfile writes it."""
_ATTRIBUTES = 0o644 << 16
"""rw-r--r--, from MS-DOS (system 0): the same on every machine that writes the file."""


def zip_package(parts: Sequence[Deflated], stamp: datetime) -> bytes:
    """The zip of ``parts`` in order, every entry dated ``stamp``, mode 644, deflated.

    The bytes are those :mod:`zipfile` writes for entries made with
    ``ZipInfo(name, stamp)``, ``create_system = 0`` and that mode (a test compares them),
    without compressing anything again.
    """
    year, month, day, hour, minute, second = stamp.timetuple()[:6]
    if year < 1980:
        raise ValueError("ZIP does not support timestamps before 1980")
    date = (year - 1980) << 9 | month << 5 | day
    time = hour << 11 | minute << 5 | second // 2
    out: list[bytes] = []
    directory: list[bytes] = []
    offset = 0
    for part in parts:
        try:
            name, flags = part.name.encode("ascii"), 0
        except UnicodeEncodeError:
            name, flags = part.name.encode("utf-8"), 0x800
        length = len(part.data)
        if length > 0xFFFFFFFE or part.size > 0xFFFFFFFE:
            raise ValueError(f"{part.name}: too large for a package")
        header = _LOCAL.pack(b"PK\x03\x04", _VERSION, 0, flags, _DEFLATED, time,
                             date, part.crc, length, part.size, len(name), 0)
        directory.append(_CENTRAL.pack(
            b"PK\x01\x02", _VERSION, 0, _VERSION, 0, flags, _DEFLATED, time, date,
            part.crc, length, part.size, len(name), 0, 0, 0, 0, _ATTRIBUTES, offset) + name)
        out += (header, name, part.data)
        offset += len(header) + len(name) + length
    central = b"".join(directory)
    out.append(central)
    out.append(_END.pack(b"PK\x05\x06", 0, 0, len(parts), len(parts), len(central), offset, 0))
    return b"".join(out)


def stamp_pdf(canvas: Canvas, stamp: datetime) -> None:
    """Make ``canvas`` write ``stamp`` as the PDF's CreationDate and ModDate.

    reportlab's invariant mode (needed for a fixed document id) writes 2000-01-01 unless
    ``SOURCE_DATE_EPOCH`` is set; the document's own moment is what a reader of the file's
    properties should see, so the canvas's time stamp is replaced by it (as UTC).
    """
    from perfdocs._compat import set_pdf_timestamp

    set_pdf_timestamp(canvas, stamp)

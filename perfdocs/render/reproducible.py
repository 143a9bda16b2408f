"""Byte-for-byte reproducible Office files.

python-docx and openpyxl stamp every zip entry with the current time and write "now"
into ``docProps/core.xml``. Both files are zip packages, so instead of patching each
library we rewrite the finished package once: entries keep their order (``[Content_Types].xml``
must stay first for some readers), get one fixed timestamp and fixed permissions, and the
dates inside ``core.xml`` are replaced by the same fixed moment.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

DEFAULT_STAMP = datetime(2000, 1, 1, 0, 0, 0)
"""The moment written into a package when a caller names none (the shipped Word templates;
every render passes :attr:`perfdocs.loading.settings.Settings.stamp`)."""

_CORE_DATE = re.compile(
    rb"(<(?:dcterms:created|dcterms:modified|cp:lastPrinted)[^>]*>)[^<]*"
    rb"(</(?:dcterms:created|dcterms:modified|cp:lastPrinted)>)"
)


def normalize_zip(data: bytes, stamp: datetime = DEFAULT_STAMP) -> bytes:
    """Return ``data`` (a zip package) rewritten with fixed timestamps and metadata dates."""
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            blob = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = _CORE_DATE.sub(rb"\g<1>" + iso + rb"\g<2>", blob)
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            fixed.create_system = 0
            target.writestr(fixed, blob, compresslevel=6)
    return out.getvalue()


def stamp_pdf(canvas: Canvas, stamp: datetime) -> None:
    """Make ``canvas`` write ``stamp`` as the PDF's CreationDate and ModDate.

    reportlab's invariant mode (needed for a fixed document id) writes 2000-01-01 unless
    ``SOURCE_DATE_EPOCH`` is set; the document's own moment is what a reader of the file's
    properties should see, so the canvas's time stamp is replaced by it (as UTC).
    """
    from perfdocs._compat import set_pdf_timestamp

    set_pdf_timestamp(canvas, stamp)

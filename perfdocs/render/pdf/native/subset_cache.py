"""Font subsets kept on disk: a form rendered again does not build and deflate them again.

A one-form process makes its four subsets from scratch (the glyphs read out of the face,
the file laid out, ≈ 60–115 KB deflated at level 6): ≈ 10 ms of a ≈ 0.2 s process (issue
20.2). The subset's bytes depend only on the face and the glyph codes in their order —
a corrected form whose figures changed keeps its Chinese characters, the Latin subsets
hold all of ASCII whatever the text, a layout's bold headers are the same for every
form — so they are kept in the font cache's folder (``subsets/``), one file per subset:
its deflated stream and the length of the file it deflates, its ``Widths`` array and
its ToUnicode stream object (what the PDF takes that depends on the face and the codes
alone: ≈ 1,000 width look-ups and numbers formatted, four small deflates), behind the
exact key material it was made for.

The name is the SHA-256 of that material: the face's font-cache key (the font file's
identity, its table directory and ``head``, reportlab's version), the subset's name
(its tag and the face's name, which its ToUnicode map holds), the codes, zlib's
version and the identity (size, modification time) of the modules that lay the subset
out and deflate it, so an edited subsetter is a miss, not old bytes. The material is
stored in the file and compared whole on reading (a name is never trusted alone); the
payload carries its length and CRC-32 (:func:`perfdocs.files.user_cache.read_quick_entry`);
files are written under a temporary name and renamed (concurrent runs write the same
bytes); the newest :data:`MAX_ENTRIES` are kept. Anything that does not check is a miss
and the subset is built as before; a folder that cannot be written is no error.
"""

from __future__ import annotations

import os
import zlib
from pathlib import Path

from perfdocs.files import user_cache
from perfdocs.files.digests import sha256

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from collections.abc import Sequence

FORMAT = b"perfdocs-subset 1\n"
MAX_ENTRIES = 256
"""A CJK subset's stream is ≈ 30–60 KB, a Latin one's ≈ 10–30 KB: ≈ 10 MB at most."""
TRIM_TO = 192
"""When more than :data:`MAX_ENTRIES` are kept, the newest this many stay: a batch of new
forms writes an entry per form, and reading every entry's time at each write (≈ 1–9 ms
for 256) would cost more than the subsets it saves."""
MAX_FILE_BYTES = 4 * 1024 * 1024
FOLDER = "subsets"
_MAKERS = ("subsetter.py", "native/fontfile.py", "native/subset_cache.py")
"""The modules (under render/pdf) whose code decides a subset's bytes."""

_CODE: list[bytes] = []


def _code() -> bytes:
    """zlib's version and the subset makers' identity, read once per process."""
    if not _CODE:
        here = Path(__file__).resolve().parent.parent
        parts = [zlib.ZLIB_RUNTIME_VERSION]
        for name in _MAKERS:
            try:
                info = os.stat(here / name)
            except OSError:
                parts.append(f"{name}:?")
            else:
                parts.append(f"{name}:{info.st_size}:{info.st_mtime_ns}")
        _CODE.append(repr(parts).encode("utf-8"))
    return _CODE[0]


def _material(face_key: str, base: str, codes: Sequence[int]) -> bytes:
    return (FORMAT + face_key.encode("ascii") + b"\n" + base.encode("ascii") + b"\n"
            + _code() + b"\n" + ",".join(map(str, codes)).encode("ascii") + b"\n")


def _folder() -> Path | None:
    from perfdocs.render.pdf import font_cache

    folder = font_cache.cache_dir()
    return None if folder is None else folder / FOLDER


class Entry:
    """Where one subset is (or would be) kept."""

    __slots__ = ("file", "folder", "key", "material")

    def __init__(self, folder: Path, material: bytes) -> None:
        self.folder = folder
        self.material = material
        self.key = sha256(material).hexdigest()
        self.file = user_cache.entry_file(folder, self.key)

    def read(self) -> tuple[int, bytes, bytes, bytes] | None:
        """(length of the subset's file, its deflated stream, its ``Widths`` array, its
        ToUnicode stream object), or None."""
        payload = user_cache.read_quick_entry(self.file, FORMAT, MAX_FILE_BYTES)
        if payload is None:
            return None
        at = len(self.material)
        if len(payload) < at + 8 or payload[:at] != self.material:
            return None
        length = int.from_bytes(payload[at:at + 8], "big")
        at += 8
        parts = []
        for _ in range(3):
            size = int.from_bytes(payload[at:at + 8], "big")
            at += 8
            if len(payload) < at + size:
                return None
            parts.append(bytes(payload[at:at + size]))
            at += size
        if at != len(payload):
            return None
        packed, widths, unicode = parts
        return length, packed, widths, unicode

    def write(self, length: int, packed: bytes, widths: bytes, unicode: bytes) -> None:
        parts = [self.material, length.to_bytes(8, "big")]
        for part in (packed, widths, unicode):
            parts += [len(part).to_bytes(8, "big"), part]
        user_cache.write_entry(self.folder, self.key, FORMAT, b"".join(parts), MAX_ENTRIES,
                               quick=True, trim_to=TRIM_TO)


def entry(face_key: str | None, base: str, codes: Sequence[int]) -> Entry | None:
    """The entry of the subset ``codes``, named ``base`` in the PDF, of the face whose
    font-cache key is ``face_key`` (None: a face not from the cache, or the cache off)."""
    if face_key is None:
        return None
    folder = _folder()
    if folder is None:
        return None
    return Entry(folder, _material(face_key, base, codes))

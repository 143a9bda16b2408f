"""TrueType faces for the native writer, from the parse :mod:`..font_cache` keeps.

reportlab parses a face's tables into per-character advances, the character map, each
glyph's place and metrics, the names and the descriptor's numbers; :mod:`..font_cache`
keeps that parse in a file per face. Here it is read back without reportlab: the cache
key (the file's identity, the face's table directory and ``head`` table, reportlab's
version and settings) is computed from the font's own bytes and reportlab's version
string, read from its ``__init__.py`` (importing the package would import nothing heavy,
but a test holds the process to no reportlab module at all). A face not in the cache
yet — the first PDF on a machine, or after the font changed — is :class:`Unsupported`:
reportlab's path parses it and fills the cache, and the next process is native.

:class:`NativeFont` assigns each character its code in a document's subsets as
reportlab's ``TTFont.splitString`` does (the first 256-code subset keeps ASCII at its
own codes, the rest in order of first use, code 32 a space in every subset), so the
text operators, the ``Widths`` arrays and the ToUnicode maps come out the same.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from struct import unpack_from
from weakref import WeakKeyDictionary

from perfdocs.files import user_cache
from perfdocs.render.pdf import font_cache
from perfdocs.render.pdf.native import Unsupported

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

    from perfdocs.render.pdf.choice import FontChoice

_BLANKS = b" \t\r\f\v"
_QUOTES = (b'"', b"'")


def _version_in(text: bytes) -> bytes | None:
    """The value of the first line ``Version = "…"`` (either quote) of reportlab's
    ``__init__.py``: string work, not a pattern compiled in every PDF process (≈ 0.25 ms).
    A value not found makes the writer fall back to reportlab (slower, the same bytes)."""
    for line in text.split(b"\n"):
        if not line.startswith(b"Version"):
            continue
        rest = line[7:].lstrip(_BLANKS)
        if not rest.startswith(b"="):
            continue
        rest = rest[1:].lstrip(_BLANKS)
        if rest[:1] not in _QUOTES:
            continue
        body = rest[1:]
        found = [at for at in (body.find(b'"'), body.find(b"'")) if at >= 0]
        end = min(found) if found else 0
        if end > 0:  # a value of one character or more, closed by either quote
            return body[:end]
    return None


def _reportlab_version() -> str:
    """The installed reportlab's version, as its package says it, without importing it;
    :class:`Unsupported` where reportlab's settings may differ from its defaults (the
    parse, and so the cache key, depends on two of them; the writer on several)."""
    from perfdocs.render.pdf.deferred import find_spec

    if any(name.startswith("RL_") for name in os.environ):
        raise Unsupported("reportlab settings from the environment")
    spec = find_spec("reportlab")
    if spec is None or spec.origin is None:
        raise Unsupported("reportlab not found")
    package = Path(spec.origin).parent
    if (package / "local_rl_settings.py").exists() or find_spec(
            "reportlab_settings") is not None:
        raise Unsupported("reportlab settings changed locally")
    try:
        if Path("~/.reportlab_settings").expanduser().exists():
            raise Unsupported("reportlab settings changed for this user")
    except RuntimeError:  # no home folder
        pass
    found = _version_in(Path(spec.origin).read_bytes())
    if found is None:
        raise Unsupported("reportlab's version not found")
    return found.decode("ascii")


_SETTINGS: list[str] = []
"""reportlab's version, read once per process."""


def _version() -> str:
    if not _SETTINGS:
        _SETTINGS.append(_reportlab_version())
    return _SETTINGS[0]


class NativeFace:
    """One face's parse (reportlab's attribute names) and its file's tables."""

    charToGlyph: Any
    charWidths: Any
    defaultWidth: Any
    hmetrics: Any
    glyphPos: Any
    name: bytes
    subfontNameX: bytes
    flags: int
    ascent: Any
    descent: Any
    capHeight: Any
    bbox: Any
    italicAngle: Any
    stemV: Any
    cache_key: str | None
    """The face's font-cache key (its subsets are kept on disk under it), None when the
    cache is off."""

    def __init__(self, data: Any, tables: dict[str, tuple[int, int]],
                 state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._ttf_data = data
        self._tables = tables

    def get_table_pos(self, tag: str) -> tuple[int, int]:
        return self._tables[tag]

    def get_table(self, tag: str) -> bytes:
        start, length = self._tables[tag]
        return bytes(self._ttf_data[start:start + length])

    def getCharWidth(self, code: int) -> Any:
        return self.charWidths.get(code, self.defaultWidth)


def _directory(data: Any, index: int) -> tuple[list[tuple[str, int, int, int]], int]:
    """The face's table directory (tag, checksum, offset, length) and where it starts."""
    offset = 0
    if data[:4] == b"ttcf":
        (count,) = unpack_from(">L", data, 8)
        if not 0 <= index < count:
            raise Unsupported("no such face")
        (offset,) = unpack_from(">L", data, 12 + 4 * index)
    (count,) = unpack_from(">H", data, offset + 4)
    tables = []
    for i in range(count):
        at = offset + 12 + 16 * i
        tag = bytes(data[at:at + 4]).decode("utf-8")
        checksum, start, length = unpack_from(">LLL", data, at + 4)
        tables.append((tag, checksum, start, length))
    return tables, offset


def _plain_name(text: str) -> bytes:
    return text.encode("utf-8")


def load_face(path: str, index: int) -> NativeFace:
    """Face ``index`` of ``path``: its parse from the font cache, else parsed by reportlab
    (the cache then holds it for the next process). Either way the same state, so the PDF
    does not depend on the cache. :class:`Unsupported` when reportlab's settings may
    differ from its defaults or the file is not a font reportlab reads (its path then
    says what is wrong)."""
    version = _version()
    try:
        data, info = font_cache._map(path)
        tables, _ = _directory(data, index)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise Unsupported(f"font unreadable: {exc}") from None
    except Exception:  # struct.error and the like: reportlab says what is wrong
        raise Unsupported("font directory unreadable") from None
    table = {tag: (start, length) for tag, _sum, start, length in tables}
    if "head" not in table:
        raise Unsupported("no head table")
    folder = font_cache.cache_dir()
    state = None
    key = None
    if folder is not None:
        settings: tuple[Any, ...] = (version, sys.version_info[:2], os.path.abspath(path),
                                     index, [], None)
        start, length = table["head"]
        key = font_cache.key_of(settings, info, tables, data[start:start + min(length, 256)])
        state = font_cache._read(user_cache.entry_file(folder, key), _plain_name)
    advances = None
    if state is None:
        state = _parsed(path, index)
    else:
        advances = state.pop(font_cache.ADVANCES, None)
    if state.get("_full_font"):
        raise Unsupported("a font embedded whole")
    face = NativeFace(data, table, state)
    face.subfontNameX = b"-%d" % index if data[:4] == b"ttcf" else b""
    face.cache_key = key
    if advances is not None:
        font_cache._ADVANCES[face] = frozenset(advances)
    return face


def _parsed(path: str, index: int) -> dict[str, Any]:
    """reportlab's parse of the face (the font cache keeps it for the next process)."""
    try:
        font = font_cache.load_font("perfdocs-native", path, index)
    except Exception:  # reportlab's path raises it again and says what is wrong
        raise Unsupported("a font reportlab cannot parse") from None
    state = dict(font.face.__dict__)
    for key in ("_ttf_data", "_pos", "_pdfScale", "table", "tables"):
        state.pop(key, None)
    return state


class _State:
    """A font's codes in one document (reportlab's ``TTFont.State``, ASCII readable)."""

    __slots__ = (
        "__weakref__",
        "assignments",
        "frozen",
        "internalName",
        "nextCode",
        "subsets",
    )

    def __init__(self, first: dict[int, int]) -> None:
        self.assignments = dict(first)
        self.subsets: list[list[int]] = [[0] * 32 + list(range(32, 128))]
        self.nextCode = 1
        self.internalName: str | None = None
        self.frozen = False


def _first_codes(char_to_glyph: Any) -> dict[int, int]:
    """A new document's codes: ASCII at its own codes (the characters the face has), 0."""
    assignments: dict[int, int] = {}
    for code in range(32, 128):
        if char_to_glyph is None or code in char_to_glyph:
            assignments[code] = code
    assignments[0] = 0
    return assignments


class _Scratch:
    """A document that is never written: :meth:`NativeFont.subsets_after` assigns codes
    in it."""

    __slots__ = ("__weakref__",)


class NativeFont:
    """A registered face: its name, its per-document codes (``state``) and widths."""

    _dynamicFont = 1
    _multiByte = 1

    def __init__(self, name: str, face: NativeFace) -> None:
        self.fontName = name
        self.face = face
        self.state: WeakKeyDictionary[Any, _State] = WeakKeyDictionary()
        self._first: dict[int, int] | None = None
        """:func:`_first_codes` of the face, asked once (its map answers each code in
        Python: ≈ 0.15 ms for the 96 of ASCII, in each document)."""

    def _state(self, doc: Any) -> _State:
        state = self.state.get(doc)
        if state is None:
            first = self._first
            if first is None:
                first = self._first = _first_codes(self.face.charToGlyph)
            state = self.state[doc] = _State(first)
        return state

    def stringWidth(self, text: str, size: float, encoding: str = "utf8") -> float:
        get = self.face.charWidths.get
        default = self.face.defaultWidth
        # in the order reportlab's C ``instanceStringWidthTTF`` multiplies (the same float)
        width: float = sum([get(ord(ch), default) for ch in text]) * 0.001 * size
        return width

    def splitString(self, text: str, doc: Any) -> list[tuple[int, bytes]]:
        """``text`` as (subset, codes) runs, new characters given the next free codes."""
        state = self._state(doc)
        skip = 31 if state.nextCode < 32 else -256
        char_to_glyph = self.face.charToGlyph
        assignments = state.assignments
        subsets = state.subsets
        results: list[tuple[int, bytes]] = []
        current = -1
        run: list[int] = []
        for code in map(ord, text):
            if code == 0xA0:
                code = 32
            n = assignments.get(code)
            if n is None:
                if code not in char_to_glyph:
                    n = 0
                else:
                    if state.frozen:
                        raise Unsupported("a font used after the document was written")
                    n = state.nextCode
                    if n & 0xFF == 32:
                        if n != 32:
                            subsets[n >> 8].append(32)
                        state.nextCode += 1
                        n = state.nextCode
                    if n > 32:
                        if not n & 0xFF:
                            subsets.append([0])
                            state.nextCode += 1
                            n = state.nextCode
                        subsets[n >> 8].append(code)
                    else:
                        if n == skip:
                            state.nextCode = 127
                        subsets[0][n] = code
                    state.nextCode += 1
                    assignments[code] = n
            if n >> 8 != current:
                if run:
                    results.append((current, bytes(run)))
                current = n >> 8
                run = []
            run.append(n & 0xFF)
        if run:
            results.append((current, bytes(run)))
        return results

    def subsets_after(self, text: str) -> list[list[int]]:
        """The subsets a document would hold had it drawn nothing in this font but
        ``text`` (each character's code given as :meth:`splitString` gives it)."""
        scratch = _Scratch()
        self.splitString(text, scratch)
        return self.state.pop(scratch).subsets

    def getSubsetInternalName(self, subset: int, doc: Any) -> str:
        state = self.state.get(doc)
        if state is None:
            state = self.state[doc] = _State(_first_codes(None))
        if subset < 0 or subset >= len(state.subsets):
            raise IndexError(f"Subset {subset} does not exist in font {self.fontName}")
        if state.internalName is None:
            state.internalName = f"F{len(doc.fontMapping) + 1}"
            doc.fontMapping[self.fontName] = "/" + state.internalName
            doc.delayedFonts.append(self)
        return f"/{state.internalName}+{subset}"


class _FirstSubset:
    """A face's ``makeSubset`` until it is first called: then the face's
    :class:`~perfdocs.render.pdf.subsetter.Subsetter`, made and put in its place (a PDF
    whose subsets are all kept on disk, :mod:`.subset_cache`, never imports it)."""

    __slots__ = ("face",)

    def __init__(self, face: NativeFace) -> None:
        self.face = face

    def __call__(self, codes: Any) -> Any:
        from perfdocs.render.pdf.subsetter import Subsetter

        made = self.face.makeSubset = Subsetter(  # type: ignore[attr-defined]
            self.face, None, native=True)
        return made(codes)


_FONTS: dict[str, NativeFont] = {}
"""Registered native fonts by name (the names reportlab's registration gives them)."""
_BY_CHOICE: dict[Any, str] = {}


def get_font(name: str) -> NativeFont:
    return _FONTS[name]


def font_named(name: str) -> Any:
    """A native font of that name, else reportlab's registered one (same metrics)."""
    font = _FONTS.get(name)
    if font is not None:
        return font
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.getFont(name)


def register(choice: FontChoice, name: str | None = None) -> str:
    """Load ``choice`` natively (once per process) under ``name`` (the name reportlab's
    registration gave it in this process, if it did; else its own, made unique as
    reportlab's registration makes it). :class:`Unsupported` for the CID fallback or a
    face the cache does not hold."""
    done = _BY_CHOICE.get(choice)
    if done is not None:
        return done
    if choice.path is None:
        raise Unsupported("the CID fallback font")
    if name is None:
        taken = set(_FONTS)
        if "reportlab.pdfbase.pdfmetrics" in sys.modules:
            taken.update(sys.modules["reportlab.pdfbase.pdfmetrics"].getRegisteredFontNames())
        name = choice.name
        n = 1
        while name in taken:
            n += 1
            name = f"{choice.name}~{n}"
    face = load_face(choice.path, choice.subfont_index)
    face.makeSubset = _FirstSubset(face)  # type: ignore[attr-defined]
    _FONTS[name] = NativeFont(name, face)
    _BY_CHOICE[choice] = name
    return name


def char_map(choice: FontChoice, name: str | None = None) -> Mapping[int, int] | None:
    """``choice``'s character map without reportlab, or None (then reportlab's)."""
    try:
        return _FONTS[register(choice, name)].face.charToGlyph  # type: ignore[no-any-return]
    except Unsupported:
        return None

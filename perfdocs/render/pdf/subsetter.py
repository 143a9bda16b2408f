"""A TrueType face's subsets made as reportlab makes them, from glyphs read once.

reportlab's ``TTFontFile.makeSubset(codes)`` walks the subset's glyphs four times in
Python (their place in ``glyf``, whether each is composite, their metrics, their bytes),
and each read goes through the parse kept by :mod:`.font_cache` (a column indexed in
Python, a ``glyf`` view sliced in Python): ≈ 4.5 ms for a 217-character CJK subset, ≈ 2.8
ms for the Latin serif's 128, and a 60-indicator form makes two to five new subsets (the
first PDF of a process, and every form of a batch whose text brings new characters).

:class:`Subsetter` makes the same bytes: what reportlab copies from each glyph (its
``hmtx`` pair, its bytes, the glyphs a composite one is built of) is read once per glyph
and process and kept, the tables every subset copies unchanged (``name``, ``OS/2``, …)
are read once per face, and the file is put together by reportlab's own ``TTFontMaker``
(for the native writer, by :mod:`.native.fontfile`: the same bytes).
Anything this does not follow exactly as reportlab does — a glyph whose place in the
table is odd (past the table's end, a negative length), a composite glyph cut short,
codes that are not ints — is left to reportlab's ``makeSubset`` itself, so an unusual font
costs time, never different bytes (tests/test_pdf_subsetter.py compares both on every
face installed and on random code lists).
"""

from __future__ import annotations

from struct import pack, unpack_from

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

_MORE = 1 << 5  # reportlab's GF_MORE_COMPONENTS and the sizes of a component's arguments
_WORDS = 1 << 0
_SCALE = 1 << 3
_XY_SCALE = 1 << 6
_TWO_BY_TWO = 1 << 7

GLYPHS_KEPT = 1 << 14
"""Glyphs kept per face (then the store starts afresh): a CJK glyph is ≈ 0.1–1 KB, and a
batch of forms uses a few thousand distinct characters at most."""

_Glyph = tuple[int, int, bytes, "tuple[tuple[int, int], ...] | None"]
"""A glyph as a subset copies it: advance and left side bearing (as reportlab's ``int``
makes them), its bytes, and for a composite glyph (offset in its bytes, glyph) of each
component, else None."""


_UNCHANGED = frozenset({"name", "OS/2", "cvt ", "fpgm", "prep", "post"})
"""The tables a subset copies as :meth:`Subsetter._tables` holds them."""


class _Unusual(Exception):
    """Something reportlab's ``makeSubset`` would do otherwise than the short way here."""


class Subsetter:
    """``makeSubset`` for one face: the bytes of reportlab's, made from kept glyphs."""

    __slots__ = ("_face", "_fixed", "_glyph_sums", "_glyphs", "_native", "_old", "_plain",
                 "_read", "_sums")

    def __init__(self, face: Any, plain: Callable[[Any], Any] | None, *,
                 native: bool = False) -> None:
        self._face = face
        self._plain = plain
        """reportlab's own ``makeSubset`` bound to the face: for whatever is unusual
        (None for the native writer's faces: their PDF is then left to reportlab)."""
        self._native = native
        """Whether the file is put together by :mod:`.native.fontfile` (the native
        writer, no reportlab) or by reportlab's ``TTFontMaker`` (the same bytes)."""
        self._glyphs: dict[int, _Glyph] = {}
        self._old: dict[int, int] = {}
        """Character → glyph in the face, as asked so far (the face's map answers each
        code in Python: ≈ 2 µs)."""
        self._fixed: dict[str, bytes] | None = None
        self._sums: dict[str, int] | None = None
        """The checksums of the tables every subset copies unchanged (the native file)."""
        self._glyph_sums: dict[int, int] = {}
        """Glyph → the checksum of its bytes (zero-padded), as the native file asks them."""
        self._read: tuple[int, int, Any, Callable[[int], Any], Callable[[int], Any]] | None = None

    def __call__(self, subset: Any) -> Any:
        try:
            return self._made(subset)
        except _Unusual:
            if self._plain is None:
                from perfdocs.render.pdf.native import Unsupported

                raise Unsupported("a glyph the quick subsetter leaves to reportlab") from None
            return self._plain(subset)

    def _tables(self) -> dict[str, bytes]:
        """The tables every subset copies (or patches) as they are in the face."""
        fixed = self._fixed
        if fixed is None:
            face = self._face
            fixed = {}
            for tag in ("name", "OS/2", "cvt ", "fpgm", "prep"):
                try:
                    table = face.get_table(tag)
                except KeyError:  # optional ones (cvt, fpgm, prep), as reportlab skips them
                    continue
                fixed[tag] = bytes(table)
            fixed["post"] = b"\x00\x03\x00\x00" + bytes(face.get_table("post")[4:16]) + (
                b"\x00" * 16)
            for tag in ("hhea", "maxp", "head"):
                fixed[tag] = bytes(face.get_table(tag))
            self._fixed = fixed
        return fixed

    def _reads(self) -> tuple[int, int, Any, Callable[[int], Any], Callable[[int], Any]]:
        """Where ``glyf`` is in the file, the glyphs' places, and each glyph's advance and
        left side bearing (read column by column from :mod:`.font_cache`'s pairs)."""
        reads = self._read
        if reads is None:
            face = self._face
            start, length = face.get_table_pos("glyf")
            metrics = face.hmetrics
            columns = getattr(metrics, "columns", None)
            if columns is not None:
                advances, bearings = columns()
                advance, bearing = advances.__getitem__, bearings.__getitem__
            else:
                def advance(index: int) -> Any:
                    return metrics[index][0]

                def bearing(index: int) -> Any:
                    return metrics[index][1]
            reads = self._read = (start, length, face.glyphPos, advance, bearing)
        return reads

    def _glyph(self, index: int) -> _Glyph:
        """Glyph ``index`` as :data:`_Glyph`, read the first time it is asked for."""
        start, length, positions, advance, bearing = self._reads()
        at = positions[index]
        size = positions[index + 1] - at
        if size < 0 or at < 0 or at + size > length or type(at) is not int:
            raise _Unusual
        aw, lsb = advance(index), bearing(index)
        data = bytes(self._face._ttf_data[start + at:start + at + size])
        parts: tuple[tuple[int, int], ...] | None = None
        if 0 < size <= 2:  # reportlab would read its contour count past its end
            raise _Unusual
        if size and unpack_from(">h", data)[0] < 0:
            found = []
            offset = 10
            flags = _MORE
            while flags & _MORE:
                if offset + 4 > size:
                    raise _Unusual
                flags, component = unpack_from(">HH", data, offset)
                found.append((offset + 2, component))
                offset += 8 if flags & _WORDS else 6
                if flags & _SCALE:
                    offset += 2
                elif flags & _XY_SCALE:
                    offset += 4
                elif flags & _TWO_BY_TWO:
                    offset += 8
            parts = tuple(found)
        glyph = (int(aw), int(lsb), data, parts)
        if len(self._glyphs) >= GLYPHS_KEPT:
            self._glyphs.clear()
        self._glyphs[index] = glyph
        return glyph

    def _glyf_sum(self, glyph_map: list[int], glyphs: list[_Glyph], glyf: list[bytes]
                  ) -> dict[str, int]:
        """The checksums of the subset's ``glyf`` and of the tables it copies unchanged,
        for :func:`.native.fontfile.font_file`. Every glyph starts on a four-byte boundary
        of ``glyf`` and is padded with zeros, so the table's sum is the sum of its
        glyphs' sums, each kept with the glyph (a composite one's, whose component numbers
        change, taken again): not ≈ 25,000 words of a CJK subset summed in every PDF."""
        from perfdocs.render.pdf.native.fontfile import checksum

        sums = self._sums
        if sums is None:
            sums = self._sums = {tag: checksum(data) for tag, data in self._tables().items()
                                 if tag in _UNCHANGED}
        kept = self._glyph_sums
        if len(kept) >= GLYPHS_KEPT:
            kept.clear()
        total = 0
        at = 0  # glyph n's bytes in ``glyf`` (a padding piece may follow each)
        for old, glyph in zip(glyph_map, glyphs, strict=True):
            data = glyf[at]
            at += 1 if len(data) & 3 == 0 else 2
            if glyph[3] is not None:
                total += checksum(data)
                continue
            found = kept.get(old)
            if found is None:
                found = kept[old] = checksum(data)
            total += found
        return {**sums, "glyf": total & 0xFFFFFFFF}

    def _made(self, subset: Any) -> bytes:
        codes = list(subset)
        if any(type(code) is not int for code in codes):
            raise _Unusual
        to_glyph = self._face.charToGlyph
        known = self._old
        if len(known) >= GLYPHS_KEPT:
            known.clear()
        glyph_map = [0]  # new glyph → old, in reportlab's order
        glyph_set = {0: 0}  # old glyph → new
        code_to_glyph: dict[int, int] = {}
        for code in codes:
            old = known.get(code)
            if old is None:
                old = known[code] = to_glyph.get(code, 0)
            new = glyph_set.get(old)
            if new is None:
                new = glyph_set[old] = len(glyph_map)
                glyph_map.append(old)
            code_to_glyph[code] = new
        kept = self._glyphs
        glyphs: list[_Glyph] = []
        n = 0
        while n < len(glyph_map):  # composite glyphs bring their components, in order
            old = glyph_map[n]
            n += 1
            glyph = kept.get(old)
            if glyph is None:
                glyph = self._glyph(old)
            glyphs.append(glyph)
            if glyph[3] is not None:
                for _, component in glyph[3]:
                    if component not in glyph_set:
                        glyph_set[component] = len(glyph_map)
                        glyph_map.append(component)
        fixed = self._tables()
        output: dict[str, bytes] = {}
        for tag in ("name", "OS/2", "cvt ", "fpgm", "prep", "post"):
            if tag in fixed:
                output[tag] = fixed[tag]
        count = len(glyph_map)
        hmtx: list[int] = []
        for aw, lsb, _, _ in glyphs:
            hmtx.append(aw)
            hmtx.append(lsb)
        n = len(hmtx) - 2  # reportlab's run of equal advances at the end, kept once
        while n and hmtx[n] == hmtx[n - 2]:
            n -= 2
        n += 2
        hmtx = hmtx[:n] + hmtx[n + 1::2]
        output["hmtx"] = pack(f">{len(hmtx)}H", *hmtx)
        output["hhea"] = _set_ushort(fixed["hhea"], 34, n >> 1)
        output["maxp"] = _set_ushort(fixed["maxp"], 4, count)
        cmap = [0, 1, 1, 0, 0, 12, 6, 10 + len(codes) * 2, 0, 0, len(codes),
                *map(code_to_glyph.get, codes)]
        output["cmap"] = pack(f">{len(cmap)}H", *cmap)
        offsets: list[int] = []
        glyf: list[bytes] = []
        pos = 0
        for _, _, data, parts in glyphs:
            offsets.append(pos)
            if parts is not None:
                patched = bytearray(data)
                for offset, component in parts:
                    patched[offset:offset + 2] = pack(">H", glyph_set[component])
                data = bytes(patched)
            glyf.append(data)
            pos += len(data)
            if pos % 4:
                glyf.append(b"\0" * (4 - pos % 4))
                pos += 4 - pos % 4
        offsets.append(pos)
        sums = self._glyf_sum(glyph_map, glyphs, glyf) if self._native else None
        output["glyf"] = b"".join(glyf)
        if (pos + 1) >> 1 > 0xFFFF:
            long_format = 1
            loca = pack(f">{len(offsets)}L", *offsets)
        else:
            long_format = 0
            loca = pack(f">{len(offsets)}H", *[offset >> 1 for offset in offsets])
        output["loca"] = loca
        output["head"] = _set_ushort(fixed["head"], 50, long_format)
        if self._native:
            from perfdocs.render.pdf.native.fontfile import font_file

            return font_file(output, sums)
        from reportlab.pdfbase.ttfonts import TTFontMaker

        maker = TTFontMaker()
        for tag, data in output.items():  # in the order reportlab's makeSubset adds them
            maker.add(tag, data)
        made: bytes = maker.makeStream()
        return made


def _set_ushort(data: bytes, offset: int, value: int) -> bytes:
    """``data`` with the big-endian unsigned short at ``offset`` set to ``value``."""
    return data[:offset] + pack(">H", value) + data[offset + 2:]


class _Advances(dict[int, "Any"]):
    """reportlab's ``getCharWidth(code)`` kept per code: a subset's ``Widths`` array asks it
    of each of the subset's codes (≈ 600 a form), and the face's width map answers in
    Python (:mod:`.font_cache`'s lookup table); this dict answers a known code in C."""

    __slots__ = ("_face",)

    def __init__(self, face: Any) -> None:
        super().__init__()
        self._face = face

    def __missing__(self, code: int) -> Any:
        face = self._face
        width = self[code] = face.charWidths.get(code, face.defaultWidth)
        return width


VERIFIED_FROM = (4, 0, 9)
"""The oldest reportlab whose ``makeSubset`` bytes :class:`Subsetter` is checked against
(4.0.9, 4.1, 4.2, 4.4, 5.0, 5.1). reportlab 4.0.4, the oldest perfdocs allows, writes one
table of a subset otherwise (CI's lowest-versions run): there reportlab's own stands."""


def _verified_reportlab() -> bool:
    from reportlab import Version

    parts = []
    for part in str(Version).split(".")[:3]:
        digits = "".join(ch for ch in part if ch.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts) >= VERIFIED_FROM


def subset_quickly(face: Any) -> None:
    """Give ``face`` (on this object only) a :class:`Subsetter` as its ``makeSubset``, and
    its ``getCharWidth`` answered from :class:`_Advances`; with a reportlab the subsetter
    is not checked against (:data:`VERIFIED_FROM`), the subsets stay reportlab's."""
    plain = getattr(face, "makeSubset", None)
    if plain is None or isinstance(plain, Subsetter) or not hasattr(face, "glyphPos"):
        return
    if hasattr(face, "charWidths") and hasattr(face, "defaultWidth"):
        face.getCharWidth = _Advances(face).__getitem__
    if not _verified_reportlab():
        return
    face.makeSubset = Subsetter(face, plain)

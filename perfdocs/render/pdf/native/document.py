"""The PDF file around a form's pages: objects, font subsets, cross references, trailer.

What reportlab's ``PDFDocument`` writes for a canvas made as perfdocs makes it
(``invariant=1``, Flate without ASCII85, no outline, no encryption), in its order and
numbering: the fonts dictionary (object 1), the pages as they were emitted, per font (in
order of first use) and per subset its ToUnicode map, font file, descriptor and font,
then the catalog, the information dictionary, the page tree and the pages' content
streams. Dictionaries list their keys sorted, six to a line; arrays ten numbers to a line;
numbers as :func:`.numbers.fp`; the document id is the MD5 of reportlab's fixed seed, the
time stamp it was made with and the title, author, subject and keywords.
"""

from __future__ import annotations

import os
import zlib

from perfdocs.kept import Kept
from perfdocs.render.pdf.native import Unsupported, subset_cache
from perfdocs.render.pdf.native.deflating import Deflater
from perfdocs.render.pdf.native.numbers import escape, fp

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

    from perfdocs._compat import _Job

    _New = tuple[tuple[Any, str, tuple[int, ...]], subset_cache.Entry | None, int, _Job, bytes,
                 bytes]
    """A subset made in this document: its key, its on-disk entry, the length of its file,
    its deflate (on the helper), its ``Widths`` array, its ToUnicode stream object."""

HEADER = b"%PDF-1.4\n%\223\214\213\236 ReportLab Generated PDF document (opensource)\n"
PRODUCER = "ReportLab PDF Library - (opensource)"
ID_COMMENT = b"% ReportLab generated PDF document -- digest (opensource)"
INVARIANT_TIME = 946684800.0
"""reportlab's invariant moment (2000-01-01 UTC) when ``SOURCE_DATE_EPOCH`` is unset."""
PROCS = b"[ /PDF /Text /ImageB /ImageC /ImageI ]"
SYMBOLIC, NONSYMBOLIC = 1 << 2, 1 << 5
_NAME_SAFE = frozenset(chr(c) for c in range(0x21, 0x7F)) - frozenset("%()<>{}[]#")


def _name(text: str) -> bytes:
    """A PDF name (``/text``) of a name that needs no escaping (else not native)."""
    if not _NAME_SAFE.issuperset(text):
        raise Unsupported("a PDF name with characters to escape")
    return b"/" + text.encode("ascii")


def dictionary(pairs: dict[str, bytes]) -> bytes:
    """A PDF dictionary as reportlab writes one: keys sorted, a break every six."""
    lines = [b"/" + key.encode("ascii") + b" " + pairs[key] for key in sorted(pairs)]
    for i in reversed(range(6, len(lines), 6)):
        lines.insert(i, b"\n ")
    return b"<<\n" + b" ".join(lines) + b"\n>>"


def array(items: Sequence[bytes]) -> bytes:
    """A PDF array as reportlab writes one: a break every ten items."""
    items = list(items)
    for i in reversed(range(10, len(items), 10)):
        items.insert(i, b"\n ")
    return b"[ " + b" ".join(items) + b" ]"


def number(value: float) -> bytes:
    return fp(value).encode("ascii")


def numbers(values: Sequence[float]) -> bytes:
    return array([fp(v).encode("ascii") for v in values])


def ref(n: int) -> bytes:
    return b"%d 0 R" % n


def text_string(text: str) -> bytes:
    """A PDF text string as reportlab's ``PDFString`` writes it: ASCII as it is, text with
    Chinese as UTF-16 with a byte order mark; escaped. (Text in PDFDocEncoding's other
    characters alone is not native: reportlab's codec decides those.)"""
    if text.isascii():
        data = text.encode("ascii")
    elif any(ord(ch) >= 0x2E80 and not 0xFB00 <= ord(ch) <= 0xFB06 for ch in text):
        data = b"\xfe\xff" + text.encode("utf-16-be")
    else:
        raise Unsupported("a text string PDFDocEncoding might hold")
    return b"(" + escape(data).encode("ascii") + b")"


SMALL = 16 * 1024
"""Streams up to this long are kept deflated by content (:data:`_SMALL`)."""
_SMALL: Kept[bytes, bytes] = Kept(32)
"""A small stream's content → its deflated bytes: the Latin faces' ToUnicode maps and
subsets (all of ASCII whatever the text) come back in every PDF of a batch, as with
reportlab's path (``_compat._deflate_kept_once``)."""
_SUBSETS: Kept[tuple[Any, str, tuple[int, ...]], tuple[int, bytes, bytes, bytes]] = Kept(16)
"""(face, subset name, codes) → the length of the subset's file, its deflated stream, its
``Widths`` array and its ToUnicode stream object, the newest sixteen
(``_compat.remember_subsets`` for reportlab's path): a batch's forms share the Latin
subsets and a layout's bold headers. Behind it, the files :mod:`.subset_cache` keeps
across processes."""


def deflated(data: bytes) -> bytes:
    """``data`` deflated as reportlab's filter deflates it (zlib, level 6)."""
    if len(data) > SMALL:
        return zlib.compress(data)
    found = _SMALL.get(data)
    if found is None:
        found = _SMALL.keep(data, zlib.compress(data))
    return found


def stream(content: bytes, extra: dict[str, bytes] | None = None,
           packed: bytes | None = None) -> bytes:
    """A stream object's body: its dictionary, then ``content`` deflated (or ``packed``,
    ``content`` deflated before)."""
    if packed is None:
        packed = deflated(content)
    pairs = {"Filter": b"[ /FlateDecode ]", "Length": b"%d" % len(packed)}
    if extra:
        pairs.update(extra)
    return dictionary(pairs) + b"\nstream\n" + packed + b"endstream\n"


def to_unicode(name: str, codes: Sequence[int]) -> bytes:
    """The ToUnicode CMap of a subset (reportlab's layout, one code a line)."""
    lines = [
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({name})", f"/Ordering ({name})", "/Supplement 0",
        ">> def", f"/CMapName /{name} def", "/CMapType 2 def", "1 begincodespacerange",
        f"<00> <{len(codes) - 1:02X}>", "endcodespacerange", f"{len(codes):d} beginbfchar",
    ]
    lines += [f"<{i:02X}> <{code:04X}>" for i, code in enumerate(codes)]
    lines += ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end",
              "end"]
    return "\n".join(lines).encode("utf-8")


_SUBSET_LETTERS = str.maketrans("0123456789", "ABCDEFGIJK")


def subset_tag(n: int) -> str:
    """reportlab's six-letter tag of subset ``n`` (AAAAAA, AAAAAB, …)."""
    return f"{n:06d}".translate(_SUBSET_LETTERS)


def _md5() -> Any:
    """MD5 from CPython's built-in module (``import hashlib`` loads OpenSSL's libcrypto:
    ≈ 3.5–4 ms of a one-form process, for the 100 bytes of the document id), else
    hashlib's. The same digest either way."""
    try:
        module = __import__("_md5")
    except ImportError:  # a Python built without it
        import hashlib as module
    return module.md5


def _new_subset(face: Any, base: str, key: tuple[Any, str, tuple[int, ...]],
                kept: subset_cache.Entry | None, deflater: Deflater) -> _New:
    """Subset ``key`` of ``face``, named ``base``: made, its file handed to ``deflater``."""
    codes = key[2]
    unicode = stream(to_unicode(base, codes))
    widths = numbers([face.getCharWidth(code) for code in codes])
    data = face.makeSubset(codes)
    return key, kept, len(data), deflater.submit(data), widths, unicode


class NativeDocument:
    """The document a :class:`~.canvas.NativeCanvas` draws into."""

    def __init__(self) -> None:
        self.fontMapping: dict[str, str] = {}
        self.delayedFonts: list[Any] = []
        self.pages: list[bytes] = []
        self.page_size = (595.2755905511812, 841.8897637795277)  # the canvas sets it
        self.title = "untitled"
        self.author = "anonymous"
        self.subject = "unspecified"
        self.keywords = ""
        self.creator = "anonymous"
        self.producer = PRODUCER
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
        self._made_at: float | int = int(epoch) if epoch else INVARIANT_TIME
        """The moment reportlab's document is made at (its id's seed)."""
        import time

        self.date = tuple(time.gmtime(self._made_at))[:6]
        """CreationDate and ModDate (UTC): the stamp when one is set."""
        self._deflater: Deflater | None = None
        """The helper deflating streams, from the first subset made ahead (else from
        :meth:`data`) until the document is written or dropped (:meth:`close`)."""
        self._ahead: dict[tuple[Any, str, tuple[int, ...]], _New] = {}
        """Subsets made before the pages were drawn (:meth:`make_ahead`), by key."""

    def add_page(self, content: bytes) -> None:
        self.pages.append(content)

    def make_ahead(self, font: Any, text: str) -> None:
        """Make, and start deflating on the helper, the new subsets ``font`` would have
        if the document drew ``text`` in it and nothing else: the writer's guess, before
        drawing, at the characters the pages will give codes to (in the order they will).
        :meth:`data` takes such a subset only when its codes are the ones the pages
        gave, so a wrong guess costs time, never other bytes. Nothing is guessed when
        no core is to spare (the deflate would then wait here all the same)."""
        deflater = self._deflater
        if deflater is None:
            deflater = self._deflater = Deflater()
        if not deflater.helping:
            return
        face = font.face
        try:
            face_name = (face.name + face.subfontNameX).decode("ascii")
        except UnicodeDecodeError:
            return
        for index, codes in enumerate(font.subsets_after(text)):
            base = f"{subset_tag(index)}+{face_name}"
            key = (face, base, tuple(codes))
            if key in self._ahead or _SUBSETS.get(key) is not None:
                continue
            kept = subset_cache.entry(getattr(face, "cache_key", None), base, codes)
            found = None if kept is None else kept.read()
            if found is not None:
                _SUBSETS.keep(key, found)
                continue
            try:
                self._ahead[key] = _new_subset(face, base, key, kept, deflater)
            except Unsupported:
                return

    def _font_objects(self, first: int, deflater: Deflater
                      ) -> tuple[list[Any], list[tuple[str, int]]]:
        """The objects of every font subset from object ``first`` on (a new subset's file
        as (its bytes, its deflate): written once deflated), and each subset's (internal
        name, object number)."""
        objects: list[Any] = []
        named: list[tuple[str, int]] = []
        n = first
        for font in self.delayedFonts:
            state = font.state[self]
            state.frozen = True
            face = font.face
            try:
                face_name = (face.name + face.subfontNameX).decode("ascii")
            except UnicodeDecodeError:
                raise Unsupported("a font name beyond ASCII") from None
            flags = (face.flags & ~NONSYMBOLIC) | SYMBOLIC
            for index, codes in enumerate(state.subsets):
                internal = f"{state.internalName}+{index}"
                base = f"{subset_tag(index)}+{face_name}"
                base_name = _name(base)
                key = (face, base, tuple(codes))
                made = _SUBSETS.get(key)
                new = self._ahead.pop(key, None) if made is None else None
                if made is None and new is None:
                    kept = subset_cache.entry(getattr(face, "cache_key", None), base, codes)
                    found = None if kept is None else kept.read()
                    if found is not None:
                        made = _SUBSETS.keep(key, found)
                    else:
                        new = _new_subset(face, base, key, kept, deflater)
                if new is not None:
                    widths = new[4]
                    objects.append(new[5])
                    objects.append(new)
                else:
                    assert made is not None
                    length, packed, widths, unicode = made
                    objects.append(unicode)
                    objects.append(stream(b"", {"Length1": b"%d" % length}, packed=packed))
                objects.append(dictionary({
                    "Type": b"/FontDescriptor", "Ascent": number(face.ascent),
                    "CapHeight": number(face.capHeight), "Descent": number(face.descent),
                    "Flags": number(flags), "FontBBox": numbers(face.bbox),
                    "FontName": base_name, "ItalicAngle": number(face.italicAngle),
                    "StemV": number(face.stemV), "FontFile2": ref(n + 1),
                    "MissingWidth": number(face.defaultWidth)}))
                objects.append(dictionary({
                    "BaseFont": base_name, "FirstChar": b"0", "FontDescriptor": ref(n + 2),
                    "LastChar": number(len(codes) - 1), "Name": _name(internal),
                    "Subtype": b"/TrueType", "ToUnicode": ref(n), "Type": b"/Font",
                    "Widths": widths}))
                named.append((internal, n + 3))
                n += 4
        return objects, named

    def _id(self) -> bytes:
        sign = _md5()(b"a reportlab document")
        sign.update(ascii(self._made_at).encode("utf-8"))
        for text in (self.title, self.author, self.subject, self.keywords):
            sign.update(text.encode("utf-8"))
        digest: bytes = sign.hexdigest().encode("ascii")
        return b"\n[<" + digest + b"><" + digest + b">]\n" + ID_COMMENT + b"\n"

    def _info(self) -> bytes:
        year, month, day, hour, minute, second = self.date
        date = text_string(f"D:{year:04d}{month:02d}{day:02d}{hour:02d}{minute:02d}{second:02d}"
                           "+00'00'")
        return dictionary({
            "Title": text_string(self.title), "Author": text_string(self.author),
            "ModDate": date, "CreationDate": date, "Producer": text_string(self.producer),
            "Creator": text_string(self.creator), "Subject": text_string(self.subject),
            "Keywords": text_string(self.keywords), "Trapped": b"/False"})

    def data(self) -> bytes:
        """The whole PDF file."""
        deflater = self._deflater
        if deflater is None:
            deflater = self._deflater = Deflater()
        try:
            return self._data(deflater)
        finally:
            self.close()

    def close(self) -> None:
        """End the helper thread, if one runs (the document is written or dropped)."""
        deflater, self._deflater = self._deflater, None
        self._ahead.clear()
        if deflater is not None:
            deflater.close()

    def _data(self, deflater: Deflater) -> bytes:
        pages = len(self.pages)
        # the pages are final: deflating on the helper while the subsets are made
        page_jobs = [None if len(page) <= SMALL and page in _SMALL else deflater.submit(page)
                     for page in self.pages]
        made, named = self._font_objects(pages + 2, deflater)
        fonts: list[bytes] = []
        for item in made:
            if type(item) is tuple:  # a new subset: (key, its entry, length, deflate, …)
                key, kept, length, job, widths, unicode = item
                new = _SUBSETS.keep(key, (length, deflater.result(job), widths, unicode))
                if kept is not None:
                    kept.write(*new)
                item = stream(b"", {"Length1": b"%d" % length}, packed=new[1])
            fonts.append(item)
        catalog = pages + 2 + len(fonts)
        info, tree, contents = catalog + 1, catalog + 2, catalog + 3
        width, height = self.page_size
        box = numbers([0, 0, width, height])
        resources = dictionary({"Font": ref(1), "ProcSet": PROCS})
        objects = [dictionary({name: ref(n) for name, n in named})]
        for i in range(pages):
            objects.append(dictionary({
                "Contents": ref(contents + i), "MediaBox": box, "Parent": ref(tree),
                "Resources": resources, "Rotate": b"0", "Trans": b"<<\n\n>>",
                "Type": b"/Page"}))
        objects += fonts
        objects.append(dictionary({"PageMode": b"/UseNone", "Pages": ref(tree),
                                   "Type": b"/Catalog"}))
        objects.append(self._info())
        objects.append(dictionary({"Count": number(pages),
                                   "Kids": array([ref(2 + i) for i in range(pages)]),
                                   "Type": b"/Pages"}))
        for page, job in zip(self.pages, page_jobs, strict=True):
            objects.append(stream(page, packed=None if job is None else deflater.result(job)))
        out = [HEADER]
        at = len(HEADER)
        offsets = []
        for n, body in enumerate(objects, start=1):
            piece = b"%d 0 obj\n" % n + body + (b"" if body.endswith(b"\n") else b"\n") + (
                b"endobj\n")
            offsets.append(at)
            out.append(piece)
            at += len(piece)
        xref = [b"xref", b"0 %d" % (len(objects) + 1), b"0000000000 65535 f "]
        xref += [b"%010d 00000 n " % offset for offset in offsets]
        out.append(b"\n".join(xref) + b"\n")
        trailer = b"\n".join([b"/ID " + self._id(), b"/Info " + ref(info),
                              b"/Root " + ref(catalog), b"/Size %d" % (len(objects) + 1)])
        out.append(b"trailer\n<<\n" + trailer + b"\n>>\nstartxref\n%d\n%%%%EOF\n" % at)
        return b"".join(out)

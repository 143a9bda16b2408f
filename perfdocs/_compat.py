"""Every use of python-docx's and reportlab's private internals, in one place.

perfdocs leans on things these libraries (and pypdf) do not promise, each for speed, each
checked against the versions pyproject.toml pins (``.ci/lib_versions.sh`` renders with the
lowest and the highest supported versions of both):

- python-docx: :func:`save_docx_stored` drives ``PackageWriter``'s private ``_write_*``
  steps to save a document as an uncompressed zip (compressing twice was half a render),
  and :func:`section_properties` / :func:`element_of` reach the XML behind a section and a
  footer, which the public API does not expose;
- reportlab: :func:`share_glyf` serves a TrueType face's ``glyf`` table in place instead of
  the copy its subsetter asks for (17 MB per subset of a CJK font);
- reportlab: :func:`remember_subsets` replaces a face's ``makeSubset`` (on that face only)
  and wraps the Flate filter instance ``pdfdoc.PDFZCompress``'s ``encode``, so that a
  font subset made and deflated before in the process is reused, and a small stream
  deflated before (by content) is not deflated again;
- reportlab: :class:`DeflatingAhead` starts the deflate of a page's content stream (the
  canvas's last page) and of a new font subset on a helper thread, and the Flate filter
  takes the finished stream from there;
- reportlab: :func:`fast_number_arrays` writes ``PDFArray``s of plain numbers (a font's
  widths) itself, the same bytes from kept ones;
- reportlab: :func:`fast_pdf_objects` replaces ``pdfdoc.format`` and
  ``PDFDictionary.format`` with versions that write names, texts and numbers from kept
  bytes (the same bytes);
- reportlab: :func:`start_page` starts a page without emitting the last one;
- reportlab: :class:`TextShower` writes a text object's operators itself (its ``_code``,
  the canvas's ``_escape`` and ``_doc``), a third of the cost of ``textOut``;
- reportlab: :func:`set_pdf_timestamp` replaces the canvas document's ``_timeStamp``;
- python-docx: :func:`replace_part_blob` swaps a part's bytes (its ``_blob``);
- reportlab: :func:`draw_paragraph_line` draws a one-line paragraph with the text object's
  private ``_textOut``/``_setFont`` as ``Paragraph`` does, without importing platypus;
- reportlab: :func:`defer_uri_pattern` keeps ``reportlab.platypus.paragraph`` from
  compiling, at import, a URL pattern perfdocs never uses (20–30 ms of every PDF process);
- reportlab: :func:`open_face`, :func:`parse_face`, :func:`restore_face` and
  :func:`font_of_face` build a ``TTFont`` in the steps its constructor takes, so that the
  parse of the font's tables (``extractInfo``, ~0.1 s for a CJK font) can be replaced by a
  cached copy (:mod:`perfdocs.render.pdf.font_cache`);
- reportlab: :func:`prime_before_measuring` wraps one font's ``stringWidth``, whose C code
  reads the face's advances as a plain dict;
- pypdf: :func:`add_pdf_object` adds an object of its own to a ``PdfWriter`` (the bound
  PDF's footer streams).

When a new version of either library changes these, this module is what to fix; the
renderers call only the names here.
"""

from __future__ import annotations

import io
import os
import sys
import threading
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from weakref import WeakKeyDictionary

from perfdocs.kept import Kept

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    import mmap
    import zipfile
    from typing import Any

# --- python-docx ------------------------------------------------------------------------------


def save_docx_stored(doc: Any) -> bytes:
    """The package as an *uncompressed* zip, for :func:`normalize_zip` to deflate once.

    ``Document.save`` deflates every part, and normalising then inflates and deflates
    them again: compression was half the time of a render. This is ``OpcPackage.save``
    with a stored-zip writer in place of python-docx's deflating one.
    """
    import zipfile  # here: a PDF-only process never needs it (zipfile pulls shutil, bz2, lzma)

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


def serialize_part(element: Any) -> bytes:
    """A part's XML as python-docx saves it (``serialize_part_xml``: UTF-8, standalone),
    for the parts the Word writer fills itself."""
    from docx.opc.oxml import serialize_part_xml

    return bytes(serialize_part_xml(element))


def replace_part_blob(part: Any, blob: bytes) -> None:
    """Give a python-docx part (the theme) new bytes: a plain ``Part`` keeps them in the
    private ``_blob`` and has no setter."""
    part._blob = blob


# --- reportlab: the canvas ----------------------------------------------------------------


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

    def __init__(self, data: bytes | mmap.mmap, start: int, length: int) -> None:
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
    import mmap  # a font being parsed: not at the import of this module

    data = getattr(face, "_ttf_data", None)
    copy_table = getattr(face, "get_table", None)
    if not isinstance(data, bytes | mmap.mmap) or copy_table is None:
        return

    def get_table(tag: str) -> Any:
        if tag == "glyf":
            start, length = face.get_table_pos(tag)
            return _TableView(data, start, length)
        return copy_table(tag)

    face.get_table = get_table


SUBSETS_KEPT = 8
"""Font subsets kept per face and process (:func:`remember_subsets`): a CJK subset is
≈ 100 KB, and only those that come back (the Latin faces' ASCII, a layout's bold headers)
are worth keeping."""

_DEFLATED: dict[int, list[Any]] = {}
"""``id`` of a kept subset's bytes → [those bytes, their deflated stream or None]."""


def remember_subsets(face: Any, keep: int = SUBSETS_KEPT) -> None:
    """Make ``face`` build each distinct font subset once per process, and deflate it once.

    reportlab's ``makeSubset(subset)`` is a pure function of the face's tables and the
    list of character codes; its Python loops cost ≈ 1–2 ms a subset, and deflating the
    result about as much again. In a batch the same subsets come back in every PDF (the
    Latin serif's subset is all of ASCII whatever the text; a layout's bold headers use
    the same characters), so the face's ``makeSubset`` is replaced, on this face object
    only, by one that returns the bytes made before for an equal code list (the newest
    ``keep`` kept), and reportlab's Flate filter returns the stream deflated before for
    those very bytes (:func:`_deflate_kept_once`). zlib's output depends only on its input,
    so the PDF's bytes are the same.
    """
    make = getattr(face, "makeSubset", None)
    if make is None or getattr(make, "remembers", False):
        return
    kept: Kept[tuple[int, ...], bytes] = Kept(keep, added=_deflate_later,
                                              dropped=_forget_deflated)

    def make_subset(subset: Any) -> Any:
        key = tuple(subset)
        data = kept.get(key)
        if data is not None:
            return data
        data = make(subset)
        if type(data) is not bytes:
            return data
        found = kept.keep(key, data)
        if found is data:  # new: its deflate can start now, while the next one is made
            _deflate_ahead(data)
        return found

    make_subset.remembers = True  # type: ignore[attr-defined]
    face.makeSubset = make_subset
    _deflate_kept_once()


def _deflate_later(data: bytes) -> None:
    """A kept subset's bytes: deflated once, when reportlab's filter first asks."""
    _DEFLATED[id(data)] = [data, None]


def _forget_deflated(data: bytes) -> None:
    _DEFLATED.pop(id(data), None)


SMALL_STREAM = 16 * 1024
"""Streams up to this long (characters or bytes) are looked up by content before they are
deflated (:func:`_deflate_kept_once`)."""
SMALL_STREAMS_KEPT = 32
_SMALL: Kept[str | bytes, bytes] = Kept(SMALL_STREAMS_KEPT)
"""A small stream's content → its deflated bytes, the newest :data:`SMALL_STREAMS_KEPT`."""


def _deflate_kept_once() -> None:
    """Have reportlab's Flate filter (``pdfdoc.PDFZCompress``, the one instance every
    stream uses) look a kept subset's bytes up before deflating them, and a small stream
    by its content: the ToUnicode maps of the Latin faces' subsets (all of ASCII, whatever
    the text) are the same ≈ 2 KB in every PDF of a process, ≈ 0.1 ms each to deflate."""
    from reportlab.pdfbase import pdfdoc

    global _ENCODE, _AHEAD_AGREES
    flate = pdfdoc.PDFZCompress
    plain = flate.encode
    if getattr(plain, "remembers", False):
        return
    _ENCODE = plain
    sample = "BT /F1 9 Tf 1 0 0 1 72 720 Tm (perfdocs) Tj ET\n" * 8
    _AHEAD_AGREES = plain(sample) == _released(sample)
    encode = _deflated_ahead

    def encode_kept(text: Any) -> Any:
        entry = _DEFLATED.get(id(text))
        if entry is None or entry[0] is not text:
            if type(text) not in (str, bytes) or len(text) > SMALL_STREAM:
                return encode(text)
            found = _SMALL.get(text)
            if found is not None:
                return found
            made = encode(text)
            if type(made) is bytes:
                _SMALL.keep(text, made)
            return made
        if entry[1] is None:
            entry[1] = encode(text)
        deflated: Any = entry[1]
        return deflated

    encode_kept.remembers = True  # type: ignore[attr-defined]
    flate.encode = encode_kept  # type: ignore[method-assign]


# --- reportlab: streams deflated on a helper thread -----------------------------------------

AHEAD_SMALLEST = 8 * 1024
"""Streams shorter than this (characters or bytes) are deflated where they are asked for:
see :class:`DeflatingAhead` for the measurement behind the figure."""

_ENCODE: Callable[[Any], Any] | None = None
"""reportlab's own Flate ``encode`` (set when :func:`_deflate_kept_once` wraps it)."""
_AHEAD_AGREES = False
"""Whether :func:`_released` gives what reportlab's ``encode`` gives (checked once on a
sample when the filter is wrapped): if a reportlab version deflated otherwise (another
level), nothing would be handed over."""
_PENDING: dict[int, _Job] = {}
"""``id`` of a stream's text → its deflate, started on a helper thread and not yet taken
(the job holds the text, so the id is not reused while it is here)."""
_HERE = threading.local()
"""This thread's :class:`DeflatingAhead`, while one is open."""
AHEAD_SWITCH: float | None = 0.0002
"""The interpreter's switch interval (seconds) while a helper runs, None to leave it."""
_SHARED_BY = 1
"""How many processes of this run share the cores (:func:`share_cores`)."""


class _Switching:
    """The interpreter's switch interval lowered to :data:`AHEAD_SWITCH` while any helper
    runs (counted, for renders on several threads), then put back.

    A thread waiting for the GIL gets it when the holder releases it or, at the latest,
    after the switch interval (5 ms by default). The helper needs the GIL for a few
    microseconds at the start and end of each stream and between zlib's output blocks;
    the main thread, meanwhile, runs Python (making subsets, formatting objects) and
    holds it. At 5 ms the helper began its first stream ≈ 5–7 ms after it was handed
    over, when this thread already wanted it (measured); at 0.2 ms it begins within
    ≈ 0.5 ms. Only threads that ask for the GIL are affected, and only for the save.
    """

    lock = threading.Lock()
    count = 0
    saved = 0.005

    @classmethod
    def enter(cls) -> bool:
        if AHEAD_SWITCH is None:
            return False
        with cls.lock:
            if cls.count == 0:
                cls.saved = sys.getswitchinterval()
                sys.setswitchinterval(min(cls.saved, AHEAD_SWITCH))
            cls.count += 1
        return True

    @classmethod
    def leave(cls) -> None:
        with cls.lock:
            cls.count -= 1
            if cls.count == 0:
                sys.setswitchinterval(cls.saved)


def share_cores(processes: int) -> int:
    """Say that ``processes`` processes of this run (a batch's workers, forked after this
    call) share the cores; return what was said before, to say it again after.

    A worker that has a core to itself at most gains nothing from a helper thread: the
    other core runs the other worker. Measured on 2 cores, a 50-form batch with a helper
    in each of its 2 workers took ≈ 3 % more CPU time and no less wall time."""
    global _SHARED_BY
    before, _SHARED_BY = _SHARED_BY, max(1, processes)
    return before


def _released(text: Any) -> bytes:
    """``text`` deflated as reportlab's filter does it (``zlib.compress``: UTF-8 for a
    ``str``, level 6, a 15-bit window), with the GIL released while zlib works.

    CPython 3.11's one-shot ``zlib.compress`` keeps the GIL for the whole deflate (a
    helper thread calling it would only take turns with the main thread); a compression
    object's ``compress``/``flush`` let it go around every ``deflate`` call. Same
    parameters, same stream: zlib's output does not depend on how the input is fed.
    """
    import zlib  # loaded already: reportlab's pdfdoc imports it

    data = text.encode("utf8") if isinstance(text, str) else text
    packer = zlib.compressobj()
    return packer.compress(data) + packer.flush()


class _Job:
    """One stream's deflate: claimed by whoever starts it first (the helper, or the main
    thread when it needs the stream before the helper got to it); ``done`` is held until
    the helper has finished it; ``result`` None when the helper's deflate raised."""

    __slots__ = ("claim", "done", "result", "text")

    def __init__(self, text: Any) -> None:
        self.text = text
        self.claim = threading.Lock()
        self.done = threading.Lock()
        self.done.acquire()
        self.result: bytes | None = None


class _Helper:
    """The helper thread both deflating hand-overs compose (:class:`DeflatingAhead` for
    reportlab's Flate filter, :class:`perfdocs.render.pdf.native.deflating.Deflater` for
    the native writer): started with the switch interval lowered (:class:`_Switching`),
    it deflates the queued jobs in order — each one the main thread has not claimed first
    — until stopped; stopping drops the jobs not yet begun and joins it."""

    __slots__ = ("_bell", "_closed", "_queue", "_switched", "_thread")

    def __init__(self) -> None:
        self._queue: deque[_Job] = deque()
        self._bell = threading.Lock()
        self._bell.acquire()
        self._closed = False
        self._thread: threading.Thread | None = None
        self._switched = False

    def start(self) -> bool:
        """Start the thread; False when no thread is to be had (every stream is then
        deflated where it is needed)."""
        thread = threading.Thread(target=self._work, name="perfdocs-deflate", daemon=True)
        try:
            thread.start()
        except RuntimeError:
            return False
        self._thread = thread
        self._switched = _Switching.enter()
        return True

    def hand(self, job: _Job) -> None:
        """Queue ``job`` for the thread (only the thread that started it hands over, so
        the ring cannot race; an unheard ring is enough: the thread drains the queue)."""
        self._queue.append(job)
        self._ring()

    def _ring(self) -> None:
        if self._bell.locked():
            self._bell.release()

    def _work(self) -> None:
        queue = self._queue
        while True:
            self._bell.acquire()
            while queue:
                try:
                    job = queue.popleft()
                except IndexError:  # cleared by the stop meanwhile
                    break
                if job.claim.acquire(False):  # else the main thread needed it first
                    _run(job)
                    job.done.release()
            if self._closed:
                return

    def stop(self) -> None:
        if self._thread is None:
            return
        self._closed = True
        self._queue.clear()
        self._ring()
        self._thread.join()
        self._thread = None
        if self._switched:
            _Switching.leave()
            self._switched = False


class DeflatingAhead:
    """While open, a page's or a font subset's stream starts deflating on a helper thread
    as soon as its bytes are final, and reportlab's Flate filter takes the result.

    A PDF's save (``GetPDFData``) makes each font subset (Python: ≈ 1–2 ms each), formats
    every object (Python) and deflates every stream (zlib, ≈ half the save for a form with
    CJK subsets of 30–115 KB). zlib releases the GIL while it deflates (:func:`_released`),
    so a stream handed to one helper thread at the moment it is final (the pages after
    the canvas emitted them, a subset right after it is made) deflates on the other core
    while this thread makes the next subset and formats objects. When the filter asks for
    a stream the helper has not begun, this thread deflates it itself (the two then
    deflate side by side); one the helper is deflating, it waits for. zlib's output
    depends only on its input and parameters, those of reportlab's filter, so the PDF's
    bytes are those of a save without the helper.

    - A stream shorter than :data:`AHEAD_SMALLEST` (8 KB) is not handed over. A
      hand-over costs ≈ 0.1 ms of CPU time in all (thread switches); it takes off this
      thread ≈ 0.02 ms of deflating at 4 KB, ≈ 0.09 ms at 8 KB, ≈ 0.27 ms at 16 KB. On a
      quiet machine, in process (40 fresh synthetic forms per setting, interleaved), a
      PDF took 27.0 ms without the helper, 26.1 with it from 16 KB (the font subsets
      only), 25.5 from 8 KB (also the page streams of 9–13 KB, which the helper deflates
      while this thread makes the subsets); from 4 KB it was no faster than from 8 KB
      (26.5 against 26.2 ms, another run).
    - With one usable core (``os.sched_getaffinity``, divided among a batch's worker
      processes: :func:`share_cores`), or when the load average says the other cores are
      busy (:func:`_core_to_spare`), nothing is handed over: the helper could only take
      turns with this thread, the other worker or other processes.
    - While the helper runs, the switch interval is lowered (:class:`_Switching`), so
      that it gets the GIL back soon after asking.
    - If the helper's deflate raises, the stream is deflated again by reportlab's filter
      where it is asked for, so the error is raised there, as without the helper.
    - The helper starts when the block opens (≈ 0.1 ms; started at the first stream, it
      was often not yet running when that stream was needed) and is joined when the
      block ends (a worker process is never forked with it alive); streams not yet taken
      are dropped with it.

    Used as ``with DeflatingAhead(): …`` around a canvas's last pages and its save.
    """

    def __init__(self) -> None:
        self._helper: _Helper | None = None
        self._jobs: list[_Job] = []
        self._open = False

    def __enter__(self) -> DeflatingAhead:
        if getattr(_HERE, "ahead", None) is None and _core_to_spare():
            _deflate_kept_once()
            if _AHEAD_AGREES:
                # started now, so that it waits for the first stream ready: started at
                # the first stream, it was not running yet when that stream was needed
                helper = _Helper()
                if not helper.start():  # no thread to be had: every stream deflated here
                    return self
                self._helper = helper
                _HERE.ahead = self
                self._open = True
        return self

    def __exit__(self, *exc: object) -> None:
        if not self._open:
            return
        _HERE.ahead = None
        self._open = False
        for job in self._jobs:
            if _PENDING.get(id(job.text)) is job:
                del _PENDING[id(job.text)]
        self._jobs.clear()
        if self._helper is not None:
            self._helper.stop()
            self._helper = None

    def submit(self, text: Any) -> None:
        """Start deflating ``text`` (a stream's final content) on the helper thread."""
        if not self._open or len(text) < AHEAD_SMALLEST or id(text) in _PENDING:
            return
        if len(text) <= SMALL_STREAM and text in _SMALL:
            return  # deflated before in this process: the filter takes it from there
        job = _Job(text)
        _PENDING[id(text)] = job
        self._jobs.append(job)
        if self._helper is not None:
            self._helper.hand(job)


def _run(job: _Job) -> None:
    try:
        job.result = _released(job.text)
    except Exception:  # raised again by reportlab's filter where the stream is taken
        job.result = None


def _cores() -> int:
    """The cores this process may count on: those it may run on, shared among the
    processes of its run (:func:`share_cores`)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return cores // _SHARED_BY


def _core_to_spare() -> bool:
    """Whether a helper thread would find a core idle: this process counts on two cores
    or more (:func:`_cores`) and the load average (runnable processes over the last
    minute, this one included) leaves at least half a core of them unused.

    On a machine whose other cores are busy the helper only queues behind other
    processes while this thread waits for its stream: measured on 2 cores with ≈ 3
    other processes running, a PDF took ≈ 8 % longer with it than without (in process). The load
    average lags (one minute), so this is a guard against steady load, not bursts."""
    cores = _cores()
    if cores < 2:
        return False
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):  # not POSIX, or unknown
        return True
    return load <= cores - 0.5


def _deflate_ahead(text: Any) -> None:
    """Hand ``text`` to this thread's open :class:`DeflatingAhead`, if there is one."""
    ahead: DeflatingAhead | None = getattr(_HERE, "ahead", None)
    if ahead is not None:
        ahead.submit(text)


def deflate_page_ahead(canvas: Any) -> None:
    """Hand the content stream of the page ``canvas`` emitted last (``showPage``: its
    ``PDFPage.stream``, final from then on) to the open :class:`DeflatingAhead`."""
    pages = canvas._doc.Pages.pages
    if pages:
        page = pages[-1]
        stream = getattr(page, "stream", None)
        if getattr(page, "compression", 0) and type(stream) in (str, bytes):
            _deflate_ahead(stream)


def _deflated_ahead(text: Any) -> Any:
    """``text`` deflated by reportlab's filter: taken from the helper thread when it was
    handed over (waiting for it if it is being deflated; deflated here, the GIL released,
    if the helper has not begun it), by reportlab's filter otherwise."""
    encode = _ENCODE
    assert encode is not None, "_deflate_kept_once sets it before any stream is asked for"
    job = _PENDING.pop(id(text), None) if _PENDING else None
    if job is None or job.text is not text:
        return encode(text)
    if job.claim.acquire(False):
        _run(job)
    else:
        job.done.acquire()
    return encode(text) if job.result is None else job.result


def set_pdf_timestamp(canvas: Any, stamp: datetime) -> None:
    """Make ``canvas`` write ``stamp`` (as UTC) as the PDF's CreationDate and ModDate, by
    replacing its document's private ``_timeStamp`` with an invariant one at ``stamp``."""
    from reportlab.pdfbase.pdfdoc import TimeStamp  # type: ignore[attr-defined]  # no stub

    ts = TimeStamp(invariant=1)
    ts.t = stamp.replace(tzinfo=UTC).timestamp()
    ts.lt = stamp.timetuple()
    ts.YMDhms = stamp.timetuple()[:6]
    ts.dhh = ts.dmm = 0
    canvas._doc._timeStamp = ts


Runs = Callable[[str], Iterable[tuple[bool, str]]]
"""Splits a line into runs of (Latin?, text), for a font set that draws Latin apart."""


class TextShower:
    """``setTextOrigin(x, y)`` + ``textOut(line)`` of one text object, at a third of the cost.

    Profiling a 60-indicator form put a third of the PDF's time in ``textOut``: for each
    of ~500 lines it measures the string (which nothing here reads), looks the font up and
    saves and restores the text object's state. This writes the very operators reportlab
    writes for a TrueType font (``Tm``, a ``Tf``/``TL`` when the subset changes, ``Tj``),
    with reportlab's own number formatting, subset assignment and escaping, so the PDF
    is byte-for-byte the same. Other fonts (the CID fallback) take reportlab's path.

    ``mixed`` names the registered fonts (cjk, latin, cjk bold, latin bold) a line is
    drawn in run by run (``runs`` splits it, ``latin`` finds whether a line has anything
    for the Latin face at all); None draws every line in ``font_name``.

    Once reportlab has given a character its code in this document (its ``splitString``,
    which assigns codes in order of first use), the code's escaped byte is kept in a
    ``str.translate`` table (:class:`_FontCodes`): a run of known characters becomes the
    text of its ``Tj`` in one C call (escaping is byte by byte, so the escaped bytes of a
    run are the run's bytes escaped).
    """

    __slots__ = ("_code", "_codes", "_current", "_doc", "_escape", "_font", "_fonts",
                 "_fp_str", "_latin", "_made", "_object", "_runs", "_switch", "_tf")

    def __init__(self, canv: Any, text: Any, font_name: str, *, runs: Runs,
                 mixed: tuple[str, str, str, str] | None = None,
                 latin: Callable[[str], object] | None = None) -> None:
        get_font: Callable[[str], Any]
        if hasattr(canv, "font_of"):  # the native writer's canvas: its own fonts and numbers
            get_font, fp_str = canv.font_of, canv.fp_str
        else:
            from reportlab.lib.rl_accel import fp_str
            from reportlab.pdfbase.pdfmetrics import getFont as get_font

        self._fp_str = _Numbers.of(fp_str)
        self._object = text
        self._runs = runs
        self._latin = latin
        font: Any = get_font(font_name)  # reportlab's private API: untyped
        # (reportlab's shaped-text branch only takes ShapedStr, which plain lines are not)
        self._font = font if font._dynamicFont and canv.bottomup else None
        self._fonts: tuple[Any, ...] | None = None if mixed is None or self._font is None else (
            tuple(get_font(name) for name in mixed))
        self._current: tuple[Any, int] | None = None
        self._doc = canv._doc
        codes = _CODES.get(self._doc)
        if codes is None:
            codes = _CODES[self._doc] = {}
        self._codes: dict[Any, _FontCodes] = codes
        lines = _LINES.get(self._doc)
        if lines is None:
            lines = _LINES[self._doc] = {}
        key = (self._font, self._fonts, runs, latin)
        made = lines.get(key)
        if made is None:
            made = lines[key] = ({}, {})
        self._made: tuple[dict[str, _Shown], dict[str, _Shown]] = made
        """Per line (regular, bold) drawn before in this document with these fonts: what
        its ``Tj`` operators are (see :data:`_Shown`)."""
        self._escape = canv._escape
        self._code = text._code
        self._tf = f"{fp_str(text._fontsize)} Tf {fp_str(text._leading)} TL"
        self._switch: dict[tuple[Any, int], str] = {}
        """The operators selecting each (font, subset) drawn so far."""

    def __call__(self, x: float, y: float, line: str, bold: bool = False) -> None:
        self.lines(((x, y, line, 0.0),), bold)

    def lines(self, placed: Iterable[tuple[float, float, str, float]], bold: bool = False
              ) -> None:
        """Each (x, y, line, width) of ``placed`` drawn with its baseline start at (x, y):
        a cell's lines in one call, the shower's state read once for them all (a form
        draws ≈ 500 lines; a call and the look-ups a line cost as much as its ``Tm``)."""
        font = self._font
        if font is None:
            for x, y, line, _ in placed:
                self._object.setTextOrigin(x, y)
                self._object.textOut(line)
            return
        made = self._made[bold]
        # one entry for the Tm and the runs: the text object joins its entries with spaces
        number = self._fp_str
        current = self._current
        append = self._code.append
        for x, y, line, _ in placed:
            shown = made.get(line)
            if shown is None:
                shown = made[line] = self._shown(line, bold)
            if len(shown) == 1 and shown[0][0] == current:  # most lines: one run, same font
                append(f"1 0 0 1 {number[x]} {number[y]} Tm {shown[0][1]}")
                continue
            pieces = [f"1 0 0 1 {number[x]} {number[y]} Tm"]
            for state, operator in shown:
                if state != current:
                    current = state
                    switch = self._switch.get(state)
                    if switch is None:  # reportlab names (and registers) the subset once
                        name = state[0].getSubsetInternalName(state[1], self._doc)
                        switch = self._switch[state] = f"{name} {self._tf}"
                    pieces.append(switch)
                pieces.append(operator)
            if len(pieces) == 1:
                pieces.append("")  # an empty line: its Tm, then an empty entry, as before
            append(" ".join(pieces))
        self._current = current

    def _shown(self, line: str, bold: bool) -> _Shown:
        """The (font, subset) and ``Tj`` operator of each piece of ``line``, its characters
        given their codes in this document (reportlab's ``splitString``) if they had none.

        Codes, once given, do not change within a document, so a line drawn again (a unit,
        a figure, a repeated header: a third to a half of a form's lines) is shown from
        what this returned the first time."""
        font = self._font
        fonts = self._fonts
        if fonts is None:
            runs: Iterable[tuple[Any, str]] = ((font, line),)
        elif self._latin is not None and self._latin(line) is None:  # no Latin: one run
            runs = ((fonts[2] if bold else fonts[0], line),)
        else:  # each Tj advances the text position: the runs follow on without a Tm
            cjk, latin, cjk_bold, latin_bold = fonts
            runs = [((latin_bold if bold else latin) if is_latin else
                     (cjk_bold if bold else cjk), part) for is_latin, part in self._runs(line)]
        codes = self._codes
        shown: list[tuple[tuple[Any, int], str]] = []
        for run_font, part in runs:
            if not part:
                continue
            known = codes.get(run_font)
            if known is None:
                known = codes[run_font] = _FontCodes()
            chunks: Sequence[tuple[int, str]]
            try:
                escaped = part.translate(known.escaped)
            except _Unseen:
                chunks = self._split(run_font, part, known)
            else:
                if known.one:  # every code so far is in the first subset
                    chunks = ((0, escaped),)
                else:
                    marks = part.translate(known.subset)
                    first = marks[0]
                    chunks = (((ord(first), escaped),) if marks.count(first) == len(marks)
                              else _by_subset(part, marks, known.escaped))
            for subset, chunk in chunks:
                shown.append(((run_font, subset), f"({chunk}) Tj"))
        return tuple(shown)

    def _split(self, font: Any, part: str, known: _FontCodes) -> list[tuple[int, str]]:
        """reportlab's ``splitString`` (which gives new characters their codes), noting
        each character's code so that the next run with only known ones skips it."""
        split: list[tuple[int, bytes]] = font.splitString(part, self._doc)
        assigned = font.state[self._doc].assignments
        escape = self._escape
        byte = _escaped_bytes(escape)
        escaped = known.escaped
        for code in set(map(ord, part)):
            if code in escaped:
                continue
            n = assigned.get(32 if code == 0xA0 else code)
            if n is not None:
                escaped[code] = byte[n & 0xFF]
                known.subset[code] = chr(n >> 8)
                if n > 0xFF:
                    known.one = False
        # each byte escaped alone, joined: what ``escape`` makes of the run (it maps byte
        # by byte), without its ``translate`` (≈ 1,000 instructions a byte)
        get = byte.__getitem__
        return [(subset, "".join(map(get, chunk))) for subset, chunk in split]


def _by_subset(part: str, marks: str, escaped: _CodeTable) -> list[tuple[int, str]]:
    """``part`` (every character with a code) as reportlab's ``splitString`` cuts it, each
    run of characters in one subset escaped: ``marks`` holds each character's subset as a
    character. (A run's escaped bytes are its characters' escaped bytes in turn.)"""
    chunks: list[tuple[int, str]] = []
    start = 0
    count = len(marks)
    while start < count:
        mark = marks[start]
        end = start + 1
        while end < count and marks[end] == mark:
            end += 1
        chunks.append((ord(mark), part[start:end].translate(escaped)))
        start = end
    return chunks


_BYTES: dict[object, list[str]] = {}
"""Per escaping function, each byte escaped (a new character's code, escaped once)."""


def _escaped_bytes(escape: Callable[[bytes], str]) -> list[str]:
    """``escape(bytes((b,)))`` of every byte ``b``, kept per escaping function: a canvas's
    method by its function (reportlab's ``Canvas._escape`` is ``escapePDF`` whatever the
    canvas; keeping the bound method would keep the canvas)."""
    key = getattr(escape, "__func__", escape)
    found = _BYTES.get(key)
    if found is None:
        found = _BYTES[key] = [escape(bytes((b,))) for b in range(256)]
    return found


class _Numbers(dict[float, str]):
    """reportlab's ``fp_str`` of one number, kept: the same column edges and baselines recur
    on every line and page, and ``fp_str`` formats through C's printf each time.
    ``fp_str(x, y)`` is ``fp_str(x) + " " + fp_str(y)``; -0.0 and 0.0 (one key) both
    print "0"."""

    __slots__ = ("_format",)
    _shared: _Numbers | None = None
    KEPT = 1 << 16
    """Numbers kept before the store starts afresh."""

    def __init__(self, fp_str: Callable[[float], str]) -> None:
        super().__init__()
        self._format = fp_str

    @classmethod
    def of(cls, fp_str: Callable[[float], str]) -> _Numbers:
        """The process's store for ``fp_str``."""
        shared = cls._shared
        if shared is None or shared._format is not fp_str:
            shared = cls._shared = cls(fp_str)
        return shared

    def __missing__(self, value: float) -> str:
        if len(self) >= self.KEPT:
            self.clear()
        text = self[value] = self._format(value)
        return text


class _Unseen(Exception):
    """A character that has no code in this document's font yet (raised by a lookup in
    :class:`_CodeTable`: ``str.translate`` passes any exception but ``LookupError`` on)."""


class _CodeTable(dict[int, str]):
    """A ``str.translate`` table that raises :class:`_Unseen` for a character not in it
    (instead of keeping the character as it is)."""

    __slots__ = ()

    def __missing__(self, key: int) -> str:
        raise _Unseen


class _FontCodes:
    """Per document and font, the codes reportlab gave the characters drawn so far: the
    escaped byte of each (``escaped``), its subset as a character (``subset``), and
    whether every code so far is in the first subset (``one``)."""

    __slots__ = ("escaped", "one", "subset")

    def __init__(self) -> None:
        self.escaped = _CodeTable()
        self.subset = _CodeTable()
        self.one = True


_CODES: WeakKeyDictionary[Any, dict[Any, _FontCodes]] = WeakKeyDictionary()
"""Per PDF document and font, the codes reportlab gave the characters drawn so far (the
same numbers as its own per-document state, looked up by character)."""

if TYPE_CHECKING:
    _Shown = tuple[tuple[tuple[Any, int], str], ...]
    """A line as :class:`TextShower` shows it: the (font, subset) and ``Tj`` operator of
    each piece, in order."""

_LINES: WeakKeyDictionary[Any, dict[Any, tuple[dict[str, _Shown], dict[str, _Shown]]]] = (
    WeakKeyDictionary())
"""Per PDF document and font set, each line drawn so far (regular, bold) as :data:`_Shown`."""

# --- reportlab: arrays of numbers (a font's widths) formatted from kept bytes ------------------


class _NumberBytes(dict[float, bytes]):
    """A number as reportlab's ``format`` writes it into a PDF (``pdfdocEnc(fp_str(n))``),
    kept per value. ``fp_str`` prints an int as it prints the equal float (so 1 and 1.0,
    one key, are both b"1"); a value it refuses raises as it did."""

    __slots__ = ("_encode", "_fp_str")
    KEPT = 1 << 16
    """Numbers kept before the store starts afresh."""

    def __init__(self, fp_str: Callable[[Any], str], encode: Callable[[str], bytes]) -> None:
        super().__init__()
        self._fp_str = fp_str
        self._encode = encode

    def __missing__(self, value: float) -> bytes:
        if len(self) >= self.KEPT:
            self.clear()
        text = self[value] = self._encode(self._fp_str(value))
        return text


def fast_number_arrays() -> None:
    """Make reportlab's ``PDFArray.format`` write an array of plain numbers from kept bytes.

    Every TrueType subset in a PDF carries its glyph widths as an array of up to 256
    numbers, about a thousand per form, and reportlab formats each through ``format`` →
    ``fp_str`` → ``str.encode('extpdfdoc')`` (a Python codec: thousands of instructions a
    number), a tenth of an in-process PDF. An array whose items are all ``int``/``float``
    is now written from :class:`_NumberBytes` with the very joins of reportlab's
    ``PDFArray.format`` (4.0.4 to 5.1: one line, or a break every ten items); any other
    array (names, references, nested objects) takes reportlab's own path. Installed once.
    """
    from reportlab import rl_config
    from reportlab.lib.rl_accel import fp_str
    from reportlab.pdfbase import pdfdoc

    array: Any = pdfdoc.PDFArray
    original = array.format
    if getattr(original, "fast_numbers", False):
        return
    numbers = _NumberBytes(fp_str, pdfdoc.pdfdocEnc)
    plain = {float, int}  # exactly these types, as reportlab's format tests them

    def format_array(self: Any, document: Any, IND: bytes = b"\n ") -> bytes:
        sequence = self.sequence
        if not plain.issuperset(map(type, sequence)):
            result: bytes = original(self, document, IND)
            return result
        items = list(map(numbers.__getitem__, sequence))
        if (self.multiline and rl_config.pdfMultiLine) or self.multiline == "forced":
            joined = IND.join(items)
        else:
            n = len(items)
            if n > 10:  # a line break before every tenth item
                for i in reversed(range(10, n, 10)):
                    items.insert(i, b"\n ")
            joined = b" ".join(items)
        return b"[ " + joined + b" ]"

    format_array.fast_numbers = True  # type: ignore[attr-defined]
    array.format = format_array


class _EncodedTexts(dict[str, bytes]):
    """A short text as ``make`` encodes it, kept per text (the store starts afresh when
    full); a text ``make`` refuses raises as it did and is not kept."""

    __slots__ = ("_make",)
    KEPT = 1 << 12
    LONGEST = 256
    """Longer texts are encoded each time (a title, a long name: rare, and not repeated)."""

    def __init__(self, make: Callable[[str], bytes]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, text: str) -> bytes:
        made = self._make(text)
        if len(text) <= self.LONGEST:
            if len(self) >= self.KEPT:
                self.clear()
            self[text] = made
        return made


def fast_pdf_objects() -> None:
    """Make reportlab's object formatting write names, texts and numbers from kept bytes.

    Saving a PDF formats every dictionary of it (fonts, descriptors, pages, resources,
    streams): for each key ``PDFName`` walks the name character by character in Python and
    ``format`` encodes it with the ``extpdfdoc`` codec (thousands of instructions a call),
    and a text or number value goes through the same codec — ≈ 360 codec calls a
    60-indicator PDF, for a few dozen distinct names. This replaces the module's
    ``format`` (which every object's own ``format`` calls by its global name) with one
    that writes an exact ``str``, ``int`` or ``float`` from kept bytes (each made by
    reportlab's own ``pdfdocEnc``/``fp_str`` the first time) and hands anything else to
    reportlab's; and ``PDFDictionary.format`` with reportlab's own loop and joins (4.0.4 to
    5.1), each key's ``/Name`` written from kept bytes. Same bytes; installed once.
    """
    from reportlab import rl_config
    from reportlab.lib.rl_accel import fp_str
    from reportlab.pdfbase import pdfdoc

    original: Any = pdfdoc.format
    if getattr(original, "fast_objects", False):
        return
    encode = pdfdoc.pdfdocEnc
    texts = _EncodedTexts(encode)
    numbers = _NumberBytes(fp_str, encode)
    names = _EncodedTexts(lambda key: encode(pdfdoc.PDFName(key)) + b" ")

    def format_object(element: Any, document: Any, toplevel: int = 0) -> bytes:
        kind = type(element)
        if kind is str:  # exactly: a subclass may be a PDFObject too
            return texts[element]
        if kind is float or kind is int:  # as reportlab tests them (a bool is neither)
            return numbers[element]
        result: bytes = original(element, document, toplevel)
        return result

    format_object.fast_objects = True  # type: ignore[attr-defined]
    dictionary: Any = pdfdoc.PDFDictionary
    original_dictionary = dictionary.format

    def format_dictionary(self: Any, document: Any, IND: bytes = b"\n ") -> bytes:
        items = self.dict
        keys = list(items.keys())
        if not all(type(key) is str for key in keys):
            result: bytes = original_dictionary(self, document, IND)
            return result
        if not isinstance(items, OrderedDict):
            keys.sort()
        lines = [names[key] + format_object(items[key], document) for key in keys]
        if (self.multiline and rl_config.pdfMultiLine) or self.multiline == "forced":
            joined = IND.join(lines)
        else:  # a break every six entries
            for i in reversed(range(6, len(lines), 6)):
                lines.insert(i, b"\n ")
            joined = b" ".join(lines)
        return b"<<\n" + joined + b"\n>>"

    format_object.original = original  # type: ignore[attr-defined]  # for the tests
    format_dictionary.original = original_dictionary  # type: ignore[attr-defined]
    pdfdoc.format = format_object
    dictionary.format = format_dictionary


# --- reportlab: one line of a Paragraph, drawn without platypus -----------------------------


def draw_paragraph_line(canvas: Any, words: list[tuple[str, str]], *, fragments: bool,
                        top: float, offset: float, size: float, leading: float) -> None:
    """Draw one line of text as platypus' ``Paragraph.drawPara`` draws a paragraph that
    fits on one line: the same text-object calls in the same order, so the same bytes.

    ``words`` are (font, text) pairs, adjacent ones in different fonts; ``fragments``
    says whether the paragraph had several ``<font>`` runs (reportlab's fragment path,
    which sets the leading and colour inside the text object) or one (its plain path,
    colour set on the canvas). ``top`` is the baseline's height above the line's bottom,
    ``offset`` the indent (half the spare width for a centred line). Private parts used:
    the text object's ``_textOut`` (text with an optional ``T*``), ``_setFont`` (a font
    change without operators), and its ``_leading``/``_fontname``/``_fontsize`` state.
    """
    black = getattr(canvas, "black", None)  # the native writer's canvas says its black
    if black is None:
        from reportlab.lib.colors import black

    canvas.saveState()
    if not fragments:
        canvas.setFillColor(black)
    text = canvas.beginText(0, top)
    text.direction = "CJK"
    move = offset > 1e-6 or offset < -1e-6
    if fragments:
        text._leading = None
        text._fontname, text._fontsize = None, None
        if move:
            text.setXPos(offset)
        text.setLeading(leading)
        last = len(words) - 1
        for i, (face, part) in enumerate(words):
            if (text._fontname, text._fontsize) != (face, size):
                text._setFont(face, size)
            if i == 0:
                text.setFillColor(black)
            text._textOut(part, i == last)
    else:
        face, part = words[0]
        text.setFont(face, size, leading)
        if move:
            text.setXPos(offset)
        text._textOut(part, 1)
    if move:
        text.setXPos(-offset)
    canvas.drawText(text)
    canvas.restoreState()


# --- reportlab: a TrueType font built step by step, its table parse cacheable -----------------


class _Source:
    """What reportlab's ``TTFontParser.readFile`` takes for a file: a name and ``read()``.

    Lets the caller hand over data it already holds (bytes, or a read-only mmap whose
    slices are bytes), so the file is not read a second time.
    """

    def __init__(self, name: str, data: bytes | mmap.mmap) -> None:
        self.name = name
        self._data = data

    def read(self) -> bytes | mmap.mmap:
        return self._data


def open_face(path: str, data: bytes | mmap.mmap, index: int) -> Any:
    """A ``TTFontFace`` with its header and table directory read, not yet its tables.

    The first half of ``TTFontFace.__init__`` (``TypeFace.__init__`` then
    ``TTFontParser.__init__``, without checksum validation, as ``TTFont`` calls it).
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFontFace, TTFontParser

    face: Any = TTFontFace.__new__(TTFontFace)
    pdfmetrics.TypeFace.__init__(face, None)
    TTFontParser.__init__(face, _Source(path, data), validate=0, subfontIndex=index)
    return face


_TRANSIENT = ("_pdfScale", "_pos")
"""What ``extractInfo`` leaves that is not state: a closure (rebuilt from ``unitsPerEm``)
and the read position."""


def parse_face(face: Any) -> dict[str, Any]:
    """Run reportlab's table parse (``extractInfo``) on ``face``; return what it set."""
    before = dict(face.__dict__)
    face.extractInfo(1)
    return {key: value for key, value in face.__dict__.items()
            if key not in _TRANSIENT and (key not in before or before[key] is not value)}


def restore_face(face: Any, state: dict[str, Any]) -> None:
    """Put a state :func:`parse_face` returned (possibly from a cache) back on ``face``."""
    from reportlab.pdfbase import ttfonts

    face.__dict__.update(state)
    units = state["unitsPerEm"]
    if not hasattr(ttfonts.TTFont, "pdfScale"):  # reportlab 4 keeps no scale on the face
        return
    if units == 1000:
        face._pdfScale = lambda x: x
    else:
        factor = 1000 / units
        face._pdfScale = lambda x: x * factor


def name_bytes(text: str) -> Any:
    """reportlab's ``TTFNameBytes`` for a decoded name (the UTF-8 bytes that carry ``ustr``)."""
    from reportlab.pdfbase.ttfonts import TTFNameBytes

    return TTFNameBytes(text.encode("utf-8"), "utf8")


def is_name_bytes(value: object) -> bool:
    from reportlab.pdfbase.ttfonts import TTFNameBytes

    return isinstance(value, TTFNameBytes)


def font_of_face(name: str, face: Any) -> Any:
    """A ``TTFont`` named ``name`` around a parsed ``face``: the rest of ``TTFont.__init__``."""
    from fnmatch import fnmatch

    from reportlab import rl_config
    from reportlab.pdfbase import ttfonts

    font: Any = ttfonts.TTFont.__new__(ttfonts.TTFont)
    font.fontName = name
    font.face = face
    font.encoding = ttfonts.TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    if hasattr(ttfonts.TTFont, "shapable"):  # reportlab 5: text shaping with uharfbuzz
        globs = getattr(rl_config, "unShapedFontGlob", ())
        font.shapable = not any(fnmatch(name, glob) for glob in globs)
    return font


def prime_before_measuring(font: Any, prime: Callable[[str], None]) -> None:
    """Have ``font.stringWidth`` (this font object only) call ``prime(text)`` before
    reportlab measures: its C ``instanceStringWidthTTF`` reads ``face.charWidths`` with
    ``PyDict_GetItem``, which sees only what a dict holds, never a method of a dict
    subclass (the font cache's lazily read advances, which ``prime`` reads in)."""
    from reportlab.pdfbase.ttfonts import TTFont

    measure = TTFont.stringWidth

    def string_width(text: Any, size: float, encoding: str = "utf8") -> Any:
        prime(text if isinstance(text, str) else text.decode(encoding or "utf8"))
        return measure(font, text, size, encoding)

    font.stringWidth = string_width


def defer_uri_pattern() -> None:
    """reportlab's paragraph module compiles its URL pattern only when it is used, and its
    colours and PDF document modules theirs (:mod:`perfdocs._deferred`)."""
    from perfdocs._deferred import defer_patterns

    defer_patterns("reportlab.platypus.paragraph", "reportlab.lib.colors",
                   "reportlab.pdfbase.pdfdoc")


# --- pypdf: an object of the bound PDF's own ---------------------------------------------------


def add_pdf_object(writer: Any, obj: Any) -> Any:
    """``obj`` added to a pypdf ``PdfWriter`` as an object of its own: its reference.

    The packet's binder (:class:`perfdocs.packet.binding._Footers`) gives each bound
    page's footer a content stream of its own, which PDF wants as an indirect object;
    pypdf does this with ``_add_object`` and has no public name for it.
    """
    return writer._add_object(obj)

"""The render cache: a project whose inputs did not change is not rendered again.

Regenerating corrected forms is the daily case: one project of a unit's 200 changes and
``perfdocs render`` (or ``packet``) is run over all 200. Each project's result (every
form's bytes in every format, and the lines printed for it: warnings, notes, the ✓
summary) is stored under a key that covers everything those bytes depend on, and reused
when the key comes back. It is on by default; ``--no-cache`` renders everything.

The key is built in two steps, like a compiler cache's "manifest" mode:

* :func:`run_digest` — once per run — the settings (formats, naming pattern, document
  date, [unit], revision flag, footer, input unit…), the chosen forms, ``--strict`` and
  ``--layout``, the PDF fonts (and the sha256 of every font file), which folder each
  layout name resolves to, the working folder (messages print paths as typed), the
  moment ``SOURCE_DATE_EPOCH`` stamps into every file when it is set (:func:`_stamp_of`;
  unset, nothing of the day enters the key), and perfdocs itself (its version and the
  sha256 of every file of the installed package, so a changed renderer never serves old
  bytes);
* per project: the run digest, the file name as typed and the sha256 of its bytes.

The layout a project uses is named inside the project file, so its folder's files (and
those of every layout it ``extends``) are not known before the project is read. The entry
therefore records them with their sha256, and a lookup checks them: an entry whose
layout files changed is a miss. Every file is hashed at most once per run
(:func:`begin_run`, :func:`digest_once`): 200 projects of one layout hash its templates
once, not 200 times.

Where, and why there: entries live in ``<out>/.perfdocs-cache/`` — inside the output
folder, so nothing outside it is touched, deleting the output folder deletes the cache
(with the project data it holds: names, budgets), and two output folders never share or
evict each other's entries. The folder holds a ``CACHEDIR.TAG`` (backup tools skip it)
and is hidden on Windows, where a leading dot does not hide a folder. It is not part of a
packet (packets are their own sub-folders and zips).

Safety: each entry is one file, written to a temporary file (named by the writing
process's id) and renamed, so a run killed at any point or two runs writing the same
entry never leave a torn one under an entry's name. Every entry ends its header with the
sha256 of its content; an entry that does not check (truncated, edited, disk error, a
crash before the disk had it — hence no fsync) is deleted and the project rendered
again. After each run the oldest entries (by last use) are removed until the folder is
under :data:`DEFAULT_LIMIT` bytes (``PERFDOCS_CACHE_MB`` changes the limit; 0 keeps
nothing), with the temporary files of runs that no longer run, and the run-wide inputs'
digests are kept for the next run (:data:`MEMO_FILE`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from perfdocs.engine.record_place import CACHE_FOLDER, RECORD_FILE
from perfdocs.files.jsontext import JSON_ERRORS
from perfdocs.files.temporary import make_temporary
from perfdocs.records import Record as FieldRecord
from perfdocs.records import field, fields, is_record

if TYPE_CHECKING:
    from perfdocs.engine.output_record import Held, Record

DEFAULT_LIMIT = 512 * 1024 * 1024
"""Bytes the cache may hold after a run (about 2 000 projects of three forms × three formats)."""

LIMIT_VARIABLE = "PERFDOCS_CACHE_MB"

MAGIC = b"perfdocs-render-cache 2\n"
ENTRY_SUFFIX = ".entry"


def cache_folder(out: Path) -> Path:
    return Path(out) / CACHE_FOLDER


def limit_bytes() -> int:
    """The size limit: ``PERFDOCS_CACHE_MB`` when set to a whole number, else the default."""
    text = os.environ.get(LIMIT_VARIABLE, "").strip()
    if text.isdigit():
        return int(text) * 1024 * 1024
    return DEFAULT_LIMIT


def limit_problem() -> str | None:
    """Why ``PERFDOCS_CACHE_MB`` is not used, in Chinese (None when unset or a whole
    number): a typo there would otherwise leave the default limit in force unannounced."""
    text = os.environ.get(LIMIT_VARIABLE)
    if text is None or not text.strip() or text.strip().isdigit():
        return None
    return (f"环境变量 {LIMIT_VARIABLE}=「{text}」不是整数（兆字节数，0 表示不保留缓存），"
            f"按默认的 {DEFAULT_LIMIT // (1024 * 1024)} MB 处理")


# -- keys --------------------------------------------------------------------------------

def file_digest(path: Path) -> str:
    sha = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            sha.update(chunk)
    return sha.hexdigest()


_DIGESTS: dict[str, tuple[tuple[int, int, int, int], str]] = {}
"""This run's file digests: path → ((size, mtime, ctime, inode), sha256)."""


def begin_run(out: Path | None = None) -> None:
    """Forget the file digests of an earlier run in this process (:func:`run_digest` calls
    it), and take those the last run into ``out`` left (:func:`finish_run`)."""
    global _RECORD
    _DIGESTS.clear()
    _LAYOUT_FILES.clear()
    _PROJECT_OF_KEY.clear()
    _RECORD = None
    if out is not None:
        _DIGESTS.update(_read_memo(out))


MEMO_FILE = "digests.json"
"""In the cache folder: each run-wide input's sha256 with what ``stat`` said of it.

Hashing perfdocs' own files and the fonts (about 40 MB) took a fifth of a rebuild; a file
whose size, times and inode are as recorded is not read again. The change time cannot be
set by a program (only the kernel sets it, to now), so a file written since has another;
files changed less than :data:`MEMO_SETTLE` seconds before the record are left out (two
changes within one tick of the clock would look the same)."""
MEMO_SETTLE = 2.0


def _read_memo(out: Path) -> dict[str, tuple[tuple[int, int, int, int], str]]:
    try:
        data = json.loads((cache_folder(out) / MEMO_FILE).read_text(encoding="utf-8"))
        return {str(path): ((int(a), int(b), int(c), int(d)), str(digest))
                for path, (a, b, c, d, digest) in data["files"].items()
                if isinstance(digest, str) and len(digest) == 64}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def finish_run(out: Path) -> None:
    """After a run into ``out``: evict to the size limit, keep this run's file digests."""
    global _RECORD
    evict(out)
    root = cache_folder(out)
    if not root.is_dir():
        return
    if _RECORD is not None and Path(_RECORD.out) == Path(out):
        _RECORD.save(lambda key: _entry_path(out, key).is_file(), _replace_quietly)
        _RECORD = None
    _keep_memo(out)


def _keep_memo(out: Path) -> None:
    """Keep this run's file digests for the next run into ``out`` (:data:`MEMO_FILE`)."""
    import time

    settled = time.time_ns() - int(MEMO_SETTLE * 1e9)
    # a copy first: the workbench's status (another thread) may add digests meanwhile
    files = {path: [*signature, digest] for path, (signature, digest) in list(_DIGESTS.items())
             if signature[2] < settled}
    text = json.dumps({"files": files}, ensure_ascii=False, sort_keys=True)
    _replace_quietly(cache_folder(out) / MEMO_FILE, text.encode("utf-8", JSON_ERRORS))


def digest_once(path: Path) -> str:
    """A file's sha256, computed once per run (again only if the file changed meanwhile)."""
    info = os.stat(path)
    signature = (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)
    known = _DIGESTS.get(str(path))
    if known is not None and known[0] == signature:
        return known[1]
    digest = file_digest(path)
    _DIGESTS[str(path)] = (signature, digest)
    return digest


_PACKAGE_DIGEST: str | None = None


def package_digest() -> str:
    """perfdocs' version and the sha256 of every file of the package (once per process)."""
    global _PACKAGE_DIGEST
    if _PACKAGE_DIGEST is None:
        from perfdocs.version import __version__

        root = Path(__file__).parent.parent  # the package's folder
        sha = hashlib.sha256(__version__.encode())
        for path in sorted(root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                sha.update(path.relative_to(root).as_posix().encode())
                sha.update(digest_once(path).encode())
        _PACKAGE_DIGEST = sha.hexdigest()
    return _PACKAGE_DIGEST


def _plain(value: Any) -> Any:
    """A value as JSON-able data, deterministically (records, paths, dates, tuples)."""
    if is_record(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, (bool, int, str)):
        return value
    return f"{type(value).__name__}:{value!s}"


def _font_files(font: Any) -> list[list[str]]:
    """Every font file the chosen PDF font names, with its sha256."""
    if font is None:
        return []
    found: list[list[str]] = []
    for f in fields(font):
        value = getattr(font, f.name)
        if isinstance(value, str) and value and os.path.isfile(value):
            found.append([f.name, value, digest_once(Path(value))])
    return found


def run_digest(options: Any, **extra: Any) -> str:
    """What every project of one run shares in its key (see the module's docstring).

    ``options`` is a :class:`perfdocs.engine.batch.Options` (typed loosely: the batch
    imports this module, not the other way round); ``extra`` holds what a caller adds
    (a packet: its stage, its naming, the bound copies…), so entries of different
    commands never answer one another.
    """
    begin_run(options.out)
    material = _material(options, extra)
    digest = _hash(material)
    _FORMS_OF_RUN[digest] = _forms_digests(material)
    return digest


RUN_ONLY = frozenset({"extra", "formats", "kinds", "strict", "cwd"})
"""The parts of :func:`_material` a form's bytes do not depend on: which files a run makes
(formats, forms), what it refuses (``--strict``), what it prints (paths as typed from the
working folder) and which command it is. Everything else is what the forms are made from
(:func:`forms_digest`): a part added to the material counts for ``status`` as well unless
it is named here, so a setting that matters cannot be forgotten there."""

FONT_ONLY = frozenset({"font", "font_files"})
"""The parts of the forms' material only a format that embeds a font depends on (PDF): an
.xlsx made by ``render -f xlsx`` (no font chosen) is the same .xlsx a run with PDFs makes."""

FormsDigests = dict[bool, str]
"""Whether the format embeds a font → the forms' digest for it (:func:`forms_digest`)."""

_FORMS_OF_RUN: dict[str, FormsDigests] = {}
"""Run digest → its :func:`forms_digest` (for :func:`made_from_key`)."""


def forms_digest(options: Any) -> FormsDigests:
    """The part of :func:`run_digest` a form's bytes depend on (the settings, the font and
    its files, ``--layout``, where each layout name resolves, perfdocs itself), for a
    format that embeds a font and for one that does not: what ``status`` compares with
    the record of what each form on disk was made from. Begins a run (:func:`begin_run`),
    as ``render`` does, so layout folders are listed afresh."""
    begin_run(options.out)
    return _forms_digests(_material(options, {}))


SETTINGS_RUN_ONLY = frozenset({"out", "formats", "file"})
"""Settings a form's bytes do not depend on either: where the files go, which formats a run
makes, and which perfdocs.toml the settings were read from (``-o``, ``-f`` and ``--config``
change them for ``render`` and ``status`` alike)."""


REPORT_DATES = frozenset({"document_date", "filing_date"})
"""Settings a 自评报告's figures do not depend on: the date it says (``perfdocs report`` fixes
today's, :meth:`perfdocs.loading.settings.Settings.dated`), so a report written yesterday
is not 过期 today for its date alone."""


def report_digest(options: Any) -> FormsDigests:
    """:func:`forms_digest` for the 自评报告 (``perfdocs report``, ``status``): the same parts
    without the date it says (:data:`REPORT_DATES`). No run is begun: the caller's is used."""
    material = _material(options, {})
    material["settings"] = {name: value for name, value in material["settings"].items()
                            if name not in REPORT_DATES}
    material["document"] = "自评报告"
    return _forms_digests(material)


def record_written(out: Path, source: str, files: list[tuple[Path, bytes]],
                   made: Callable[[str], str | None]) -> None:
    """Note files written outside a render set (a 自评报告) in ``out``'s output record, each
    with what it was made from (``made`` of its path relative to ``out``), for ``status``;
    the record is written now (:func:`finish_run`)."""
    from perfdocs.engine.output_record import settled_signature

    _prepare_folder(out)
    record = outputs(out)
    for target, data in files:
        where = relative(str(target), out)
        if where is not None:
            record.remember_file(where, source, settled_signature(target, data),
                                 made(where))
    finish_run(out)


def _forms_digests(material: dict[str, Any]) -> FormsDigests:
    forms = {name: value for name, value in material.items() if name not in RUN_ONLY}
    forms["settings"] = {name: value for name, value in forms["settings"].items()
                         if name not in SETTINGS_RUN_ONLY}
    return {True: _hash(forms),
            False: _hash({name: value for name, value in forms.items()
                          if name not in FONT_ONLY})}


def embeds_font(file: str | Path) -> bool:
    """Whether the format of an output file (by its suffix) embeds a font; True for a
    suffix no renderer has (then every part counts)."""
    fmt = os.path.splitext(str(file))[1][1:]
    known = _EMBEDS_FONT.get(fmt)
    if known is None:
        from perfdocs.render import FORMATS, renderer

        known = _EMBEDS_FONT[fmt] = renderer(fmt).needs_font if fmt in FORMATS else True
    return known


_EMBEDS_FONT: dict[str, bool] = {}


def _material(options: Any, extra: dict[str, Any]) -> dict[str, Any]:
    from perfdocs.layouts.layout import available

    settings = options.settings
    return {
        "extra": _plain(extra),
        "perfdocs": package_digest(),
        "settings": _plain(settings),
        "formats": list(options.formats),
        "kinds": list(options.kinds) if options.kinds is not None else None,
        "layout": options.layout,
        "strict": options.strict,
        "font": _plain(options.font),
        "font_files": _font_files(options.font),
        "layouts": {name: str(folder) for name, folder in
                    available(settings.layout_paths).items()},
        "cwd": os.getcwd(),
        "source_date_epoch": _stamp_of(),
    }


def _stamp_of() -> str | None:
    """The moment ``SOURCE_DATE_EPOCH`` makes every file embed (Office properties, PDF
    dates, zip entries: :attr:`perfdocs.loading.settings.Settings.stamp`), as that property
    reads it — clamped, an unreadable value ignored — or None when it stamps nothing. A
    cached render under another value reused the old bytes, so the reproducible-build
    switch did nothing on a warm cache. Unset, the key holds nothing of the day: today's
    date never enters it (the run's date is in the settings only when given, ``--date``,
    or fixed by the command, ``packet``)."""
    from perfdocs.loading.settings_values import source_date_epoch

    moment = source_date_epoch()
    return None if moment is None else moment.isoformat()


def _hash(material: dict[str, Any]) -> str:
    text = json.dumps(material, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8", JSON_ERRORS)).hexdigest()


def made_from(forms: str, project: str, depends: Iterable[tuple[str, str]]) -> str:
    """What one project's forms are made from, as one digest: the run's
    :func:`forms_digest`, the form's
    :func:`~perfdocs.engine.form_content.form_content` (for a 自评报告: the sha256 of
    the project file's bytes) and the layout files it
    used with theirs (:func:`inputs_of`). ``render`` records it with every form it writes
    (:meth:`perfdocs.engine.output_record.Record.remember`); ``status`` computes it anew
    and calls a form 最新 only when the two agree."""
    text = json.dumps([forms, project, [list(d) for d in depends]], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8", JSON_ERRORS)).hexdigest()


def made_from_key(key: str, depends: Iterable[tuple[str, str]], file: str,
                  content: str | None) -> str | None:
    """:func:`made_from` of one output file of a project keyed in this run
    (:func:`project_key`), from its form's
    :func:`~perfdocs.engine.form_content.form_content`; None for a key of
    another kind of run (a packet's) or a file whose form's content is not known."""
    known = _PROJECT_OF_KEY.get(key)
    forms = _FORMS_OF_RUN.get(known[0]) if known is not None else None
    if known is None or forms is None or content is None:
        return None
    return made_from(forms[embeds_font(file)], content, depends)


_PROJECT_OF_KEY: dict[str, tuple[str, str]] = {}
"""This run's project keys → (run digest, sha256 of the project file's bytes)."""


def project_key(digest: str, name: str) -> str | None:
    """The key of one project file of a run; None when the file cannot be read (no cache).

    Called before and after the project is rendered: an entry is stored only when both
    agree, so a file edited during the run is never stored under its old bytes' key.
    """
    try:
        data = Path(name).read_bytes()
    except OSError:
        return None
    project = hashlib.sha256(data)
    sha = hashlib.sha256(digest.encode())
    sha.update(b"\0" + name.encode("utf-8", "surrogateescape") + b"\0")
    sha.update(project.digest())
    key = sha.hexdigest()
    _PROJECT_OF_KEY[key] = (digest, project.hexdigest())
    return key


_LAYOUT_FILES: dict[tuple[str, tuple[str, ...]], list[Path]] = {}
"""This run's :func:`layout_files` answers (a layout's chain is read once per run)."""


def layout_files(folder: str, extra: tuple[str, ...] = ()) -> list[Path]:
    """Every file of a layout folder and of the layouts it extends (once per run)."""
    known = _LAYOUT_FILES.get((folder, extra))
    if known is None:
        known = _LAYOUT_FILES[(folder, extra)] = _layout_files(folder, extra)
    return list(known)


def _layout_files(folder: str, extra: tuple[str, ...]) -> list[Path]:
    from perfdocs.layouts.extends import chain
    from perfdocs.layouts.layout import LAYOUT_FILE, search_path

    try:
        layers = chain((Path(folder) / LAYOUT_FILE).resolve(), search_path(extra))
    except Exception:  # an unreadable chain: fall back to the folder itself
        layers = ()
    folders = [layer.path.parent for layer in layers] or [Path(folder)]
    found: list[Path] = []
    for each in folders:
        found.extend(p for p in sorted(each.rglob("*"))
                     if p.is_file() and "__pycache__" not in p.parts)
    return found


# -- entries -----------------------------------------------------------------------------

class Entry(FieldRecord):
    """One project's cached result: the lines printed for it and its files' bytes."""

    path: str
    names: tuple[str, str]
    warnings: list[str]
    stems: list[str]
    """Relative to the output folder."""
    files: list[tuple[str, bytes]]
    """(path relative to the output folder, bytes)."""
    notes: list[str]
    summary: str
    depends: list[tuple[str, str]]
    """(file, sha256) of the layout files the project used."""
    record: dict[str, Any] = field(default_factory=dict)
    """What else a command keeps of the project (a packet: its figures and documents)."""


def _entry_path(out: Path, key: str) -> Path:
    return cache_folder(out) / key[:2] / f"{key}{ENTRY_SUFFIX}"


def encode(entry: Entry) -> bytes:
    """The bytes of an entry file: magic, sha256 of the rest, JSON header, the files' bytes."""
    header = {
        "path": entry.path, "names": list(entry.names), "warnings": entry.warnings,
        "stems": entry.stems, "notes": entry.notes, "summary": entry.summary,
        "depends": [list(d) for d in entry.depends], "record": entry.record,
        "files": [[name, len(data)] for name, data in entry.files],
    }
    head = json.dumps(header, ensure_ascii=False).encode("utf-8", JSON_ERRORS)
    body = len(head).to_bytes(8, "big") + head + b"".join(data for _, data in entry.files)
    return MAGIC + hashlib.sha256(body).hexdigest().encode() + b"\n" + body


def decode(blob: bytes) -> Entry | None:
    """An entry from its file's bytes; None when they do not check (torn, edited, other version)."""
    if not blob.startswith(MAGIC):
        return None
    rest = blob[len(MAGIC):]
    digest, body = rest[:64], rest[65:]
    if len(rest) < 65 or rest[64:65] != b"\n" \
            or hashlib.sha256(body).hexdigest().encode() != digest:
        return None
    try:
        size = int.from_bytes(body[:8], "big")
        header = json.loads(body[8:8 + size].decode("utf-8"))
        offset = 8 + size
        files: list[tuple[str, bytes]] = []
        for name, length in header["files"]:
            files.append((str(name), body[offset:offset + int(length)]))
            offset += int(length)
        if offset != len(body):
            return None
        return Entry(str(header["path"]), (str(header["names"][0]), str(header["names"][1])),
                     [str(w) for w in header["warnings"]], [str(s) for s in header["stems"]],
                     files, [str(n) for n in header["notes"]], str(header["summary"]),
                     [(str(f), str(d)) for f, d in header["depends"]],
                     dict(header.get("record") or {}))
    except (ValueError, KeyError, IndexError, TypeError):
        return None


def _header(blob: bytes) -> dict[str, Any] | None:
    """The JSON header at the start of an entry (not checked against the sha256)."""
    start = len(MAGIC) + 65
    if not blob.startswith(MAGIC) or len(blob) < start + 8:
        return None
    size = int.from_bytes(blob[start:start + 8], "big")
    try:
        header = json.loads(blob[start + 8:start + 8 + size].decode("utf-8"))
    except ValueError:
        return None
    return header if isinstance(header, dict) else None


def _depends_hold(depends: Iterable[Any]) -> bool:
    """Whether every (file, sha256) an entry depends on still holds."""
    try:
        return all(digest_once(Path(str(file))) == digest for file, digest in depends)
    except (OSError, TypeError, ValueError):
        return False


PEEK_BYTES = 64 * 1024
"""What :func:`peek` reads of an entry: its header (a few KB), not the files' bytes."""


def peek(out: Path, key: str) -> bool:
    """Whether ``key`` has an entry whose layout files are unchanged: reads its header only.

    The batch asks before it sends work to the worker processes, so that only what
    changed is sent; :func:`load` checks the whole entry when it is used.
    """
    try:
        with open(_entry_path(out, key), "rb") as handle:
            blob = handle.read(PEEK_BYTES)
    except OSError:
        return False
    header = _header(blob)
    if header is None and len(blob) == PEEK_BYTES:  # a header longer than the peek
        return True  # load() decides
    return header is not None and _depends_hold(header.get("depends", ()))


_RECORD: Record | None = None
"""This run's record of the output folder (:func:`outputs`), written by :func:`finish_run`."""


def outputs(out: Path) -> Record:
    """The record of ``out``'s files as this cache left them (read once per run)."""
    global _RECORD
    from perfdocs.engine.output_record import Record

    if _RECORD is None or Path(_RECORD.out) != Path(out):
        _RECORD = Record.read(Path(out), cache_folder(out))
    return _RECORD


class Uncached(FieldRecord):
    """One project's set written by a ``render --no-cache``, for the output record."""

    name: str
    """The project file as the run named it."""
    before: str | None
    """The sha256 of its bytes before it was rendered (:func:`project_digest`)."""
    layout_folder: str
    templates: list[str]
    files: list[tuple[str, Any]]
    """Each file written, with its :func:`~perfdocs.engine.output_record.settled_signature`."""
    made: dict[str, str] = field(default_factory=dict)
    """Each file's form's :func:`~perfdocs.engine.form_content.form_content`."""


def project_digest(name: str) -> str | None:
    """The sha256 of a project file's bytes (None when it cannot be read)."""
    try:
        return hashlib.sha256(Path(name).read_bytes()).hexdigest()
    except OSError:
        return None


def remember_uncached(options: Any, written: list[Uncached]) -> None:
    """After a ``render --no-cache`` into a folder that has an output record: record what
    each file it wrote was made from (:func:`made_from`, as a cached render records it),
    so ``status`` says 最新 for them while they match the inputs (and 过期 once those
    change), not 未知 (tester6 #10l left them 未知). A file whose project file changed
    while it was rendered, or whose layout files cannot be read, is no longer described
    (未知): a byte-identical file keeps its inode and times, so an earlier run's record
    would still match it. Nothing of the cache's entries is read or written; the run-wide
    digests are those the cache's last run kept (:data:`MEMO_FILE`), kept again."""
    from perfdocs.engine.output_record import Record

    out = Path(options.out)
    folder = cache_folder(out)
    if not (folder / RECORD_FILE).is_file():
        return
    forms = forms_digest(options)  # begins a run: the memo of digests is read
    record = Record.read(out, folder)
    for one in written:
        project = project_digest(one.name)
        depends = inputs_of(one.layout_folder, options.settings.layout_paths, one.templates) \
            if one.layout_folder else None
        for target, signature in one.files:
            file = relative(target, out)
            if file is None:
                continue
            content = one.made.get(target)
            if project is None or project != one.before or depends is None \
                    or signature is None or content is None:
                record.forget([file])
                continue
            record.remember_file(file, one.name, signature,
                                 made_from(forms[embeds_font(file)], content, depends),
                                 report=False)
    record.save(lambda key: _entry_path(out, key).is_file(), _replace_quietly)
    _keep_memo(out)


def held(out: Path, key: str, source: str) -> Held | None:
    """The set of ``key`` when ``out`` holds its files exactly as they were written and
    its entry still exists: then nothing of it is read (:mod:`perfdocs.engine.output_record`)."""
    return outputs(out).holds(key, _entry_path(out, key), source, _depends_hold)


def load(out: Path, key: str) -> Entry | None:
    """The entry for ``key`` when there is one, it checks and its layout files are unchanged.

    An entry that does not check is removed (the project is rendered and stored again).
    A used entry's time is refreshed, so eviction removes the least recently used first.
    """
    path = _entry_path(out, key)
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    entry = decode(blob)
    if entry is None:
        _remove(path)
        return None
    if not _depends_hold(entry.depends):
        return None
    with contextlib.suppress(OSError):
        os.utime(path)
    return entry


TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
       "# perfdocs 的缓存：未改动的项目沿用此处保存的结果。可随时删除；--no-cache 不使用它。\n"
       "# This folder is a cache directory tag (https://bford.info/cachedir/).\n")
"""CACHEDIR.TAG: backup tools (tar --exclude-caches, borg, restic) skip the folder."""


def _prepare_folder(out: Path) -> None:
    """Create the cache folder with its tag, hidden on Windows (a dot hides nothing there)."""
    root = cache_folder(out)
    if root.is_dir():
        return
    root.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        (root / "CACHEDIR.TAG").write_text(TAG, encoding="utf-8")
    if os.name == "nt":  # pragma: no cover - Windows only
        import ctypes

        with contextlib.suppress(Exception):
            ctypes.windll.kernel32.SetFileAttributesW(str(root), 0x2)  # type: ignore[attr-defined]


def store(out: Path, key: str, entry: Entry) -> None:
    """Write an entry atomically (temporary file + rename); a failure only costs the cache.

    No fsync: an entry the disk did not get whole after a crash fails its sha256 and is
    rendered again, so the cache costs the run no waits on the disk.
    """
    path = _entry_path(out, key)
    try:
        _prepare_folder(out)
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return
    _replace_quietly(path, encode(entry))


def _replace_quietly(path: Path, data: bytes) -> None:
    """``path`` holding ``data``, written under a temporary name (named by this process, so
    the sweep knows a dead run's) and renamed; a disk that refuses is no error."""
    tmp = ""
    try:
        fd, tmp = make_temporary(path.parent, prefix=f".tmp-{os.getpid()}-", suffix=".part")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
        tmp = ""
    except OSError:
        pass
    finally:
        if tmp:
            _remove(Path(tmp))


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _writer_gone(name: str, age: float) -> bool:
    """Whether a temporary entry ``.tmp-<pid>-….part`` was left by a process that ended
    (or, where that cannot be asked, is over an hour old)."""
    import re

    from perfdocs.files.processes import alive

    found = re.match(r"\.tmp-(\d+)-", name)
    if found is None:
        return age > 3600
    pid = int(found.group(1))
    if pid == os.getpid():
        return False
    if not alive(pid):  # on Windows too (perfdocs.files.processes)
        return True
    return age > 3600  # alive (or a reused pid, or someone else's): only when old


def evict(out: Path, limit: int | None = None) -> int:
    """Remove least recently used entries until the cache holds at most ``limit`` bytes.

    Also removes temporary files left by killed runs (:func:`_writer_gone`). Returns the
    number of entries removed.
    """
    import itertools
    import time

    limit = limit_bytes() if limit is None else limit
    root = cache_folder(out)
    if not root.is_dir():
        return 0
    entries: list[tuple[float, int, Path]] = []
    now = time.time()
    # entries and their temporary files in the subfolders; the digests memo's temporary
    # file (finish_run) in the folder itself, left there by a run killed while writing it
    for path in itertools.chain(root.glob("*/*"), root.glob(".tmp-*.part")):
        try:
            info = path.stat()
        except OSError:
            continue
        if path.name.endswith(".part"):
            if _writer_gone(path.name, now - info.st_mtime):
                _remove(path)
            continue
        if path.name.endswith(ENTRY_SUFFIX):
            entries.append((info.st_mtime, info.st_size, path))
    total = sum(size for _, size, _ in entries)
    removed = 0
    for _, size, path in sorted(entries):
        if total <= limit:
            break
        _remove(path)
        total -= size
        removed += 1
    return removed


def relative(target: str, out: Path) -> str | None:
    """``target`` relative to the output folder (as :func:`~perfdocs.engine.output.inside`
    builds paths: below the resolved folder)."""
    try:
        return Path(target).relative_to(Path(out).resolve()).as_posix()
    except ValueError:
        return None


def inputs_of(layout_folder: str, extra: tuple[str, ...] = (),
              templates: Iterable[str] = ()) -> list[tuple[str, str]] | None:
    """(file, sha256) of a layout chain's files and its Word templates; None if unreadable."""
    inputs = layout_files(layout_folder, extra)
    inputs += [Path(t) for t in templates if Path(t) not in inputs]
    try:
        return [(str(p), digest_once(p)) for p in inputs]
    except OSError:
        return None


def derive(digest: str, **extra: Any) -> str:
    """A run digest for one part of a run (a packet of several): ``digest`` plus ``extra``."""
    text = json.dumps(_plain(extra), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(f"{digest}\0{text}".encode("utf-8", JSON_ERRORS)).hexdigest()

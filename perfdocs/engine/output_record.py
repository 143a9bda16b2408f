"""The render cache's record of the output folder: each project's files as perfdocs left them.

On a rebuild after one of 200 projects changed, the 199 others used to cost a read and a
sha256 of their cache entries (about 30 MB) and a read of the 597 files on disk to see
that they already hold those bytes. Like git's index and ninja's log, this record keeps,
for every project set perfdocs wrote (or found already holding the cached bytes), what
``lstat`` said of each file right after: size, modification and change times in
nanoseconds, inode and device. A later run whose project key comes back trusts the
files when every one still says exactly that, and then neither reads nor writes them;
anything else — a file missing, edited, replaced, a symlink, a leftover of a killed write
in its folder, a record that does not check — sends the project down the full path
(:func:`perfdocs.engine.cache.load`, then :func:`perfdocs.files.writing.write_set`,
which compares the bytes), which records it again.

What this may trust, and why it is safe:

* A file's change time (``st_ctime`` on Linux and macOS) is set by the kernel to "now"
  on every write, rename, link or ``utime``: no program can set it back, so a file
  edited by hand with its size kept and its modification time restored with
  ``os.utime`` does not match. Every write by perfdocs renames a new file into place,
  so it has another inode too.
* The signature is taken by :func:`settled_signature`: ``lstat``, a read of the file
  compared with the bytes perfdocs meant it to hold, ``lstat`` again; it is kept only
  when the two agree — a file changed meanwhile is not recorded.
* Racy timestamps (git's rule): a set is trusted only when every file's times are
  older than the record that vouches for it (the record file's own modification time,
  on the same clock and with the same granularity as the files'). A file whose time is
  not older may have been changed again within one tick of the clock (a few ms; 1–2 s
  on FAT or ext3) without its times moving, so it is checked by content again.
* The record is written once, at the end of a run (:func:`perfdocs.engine.cache.finish_run`),
  to a temporary file renamed into place, and carries the sha256 of its content: a run
  killed before (or while) it is written leaves the previous record, whose sets no
  longer match files written since (new inodes). Two runs at once each merge their sets
  into the record on disk when they finish; a set lost that way only costs the full
  check. The record is never the only proof: a set is also trusted only while its cache
  entry exists (the size limit and ``--no-cache`` keep their meaning).

What is not seen: on Windows ``st_ctime`` is the creation time, so a program that
rewrites a file in place keeping its size and then sets its modification time back is
not noticed there (as with git, make or rsync); and anywhere, a change made by another
program in the same clock tick as perfdocs' own write, between that write and its
``lstat``. ``--no-cache`` renders and compares everything.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

from perfdocs.engine.record_place import RECORD_FILE
from perfdocs.files.jsontext import JSON_ERRORS
from perfdocs.records import Record as FieldRecord
from perfdocs.records import field

MAGIC = b"perfdocs-output-record 1\n"

Signature = tuple[int, int, int, int, int]
"""What ``lstat`` says of a file: size, mtime_ns, ctime_ns, inode, device."""


def signature_of(info: os.stat_result) -> Signature:
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev)


def settled_signature(path: Path, data: bytes) -> Signature | None:
    """``path``'s signature when it is a regular file holding exactly ``data`` and did not
    change while it was read (None otherwise: it is then not recorded)."""
    try:
        before = os.lstat(path)
        if not stat.S_ISREG(before.st_mode) or before.st_size != len(data):
            return None
        with open(path, "rb") as handle:
            if handle.read(len(data) + 1) != data:
                return None
        after = os.lstat(path)
    except OSError:
        return None
    first = signature_of(before)
    return first if signature_of(after) == first else None


class Held(FieldRecord):
    """A project set the record vouches for, with its files' paths in this run."""

    lines: dict[str, Any]
    """What is printed and checked for it: path, names, warnings, stems, notes, summary."""
    stems: list[str]
    paths: list[str]


def encode(data: dict[str, Any]) -> bytes:
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8", JSON_ERRORS)
    return MAGIC + hashlib.sha256(body).hexdigest().encode() + b"\n" + body


def decode(blob: bytes) -> dict[str, Any] | None:
    start = len(MAGIC) + 65
    if not blob.startswith(MAGIC) or blob[start - 1:start] != b"\n":
        return None
    body = blob[start:]
    if hashlib.sha256(body).hexdigest().encode() != blob[len(MAGIC):start - 1]:
        return None
    try:
        data = json.loads(body.decode("utf-8"))
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("sets"), dict) \
            or not isinstance(data.get("depends"), dict):
        return None
    return data


def _read(out: Path, folder: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """The sets and depends tables of the record on disk, each set's ``since`` resolved
    (a set written with the file has the file's own time); empty when it does not check."""
    sets, depends, _left = _read_all(out, folder)
    return sets, depends


def _read_all(out: Path, folder: Path
              ) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """:func:`_read`, and the files of superseded sets (:meth:`Record.save`), each with
    its ``since`` resolved as a set's."""
    try:
        with open(folder / RECORD_FILE, "rb") as handle:
            written = os.fstat(handle.fileno()).st_mtime_ns
            data = decode(handle.read())
    except OSError:
        data = None
    if data is None:
        return {}, {}, {}
    sets: dict[str, Any] = {}
    for key, one in data["sets"].items():
        if isinstance(one, dict):
            since = one.get("since")
            sets[str(key)] = {**one, "since": since if isinstance(since, int) else written}
    left: dict[str, Any] = {}
    found = data.get("left")
    for relative, one in (found.items() if isinstance(found, dict) else ()):
        if isinstance(one, dict):
            since = one.get("since")
            left[str(relative)] = {**one, "since": since if isinstance(since, int) else written}
    return sets, dict(data["depends"]), left


def _depends_id(depends: list[tuple[str, str]]) -> str:
    text = json.dumps([list(d) for d in depends], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8", JSON_ERRORS)).hexdigest()[:24]


class Record(FieldRecord):
    """The record of one output folder, read once per run and written at its end."""

    out: Path
    folder: Path
    """The cache folder."""
    sets: dict[str, dict[str, Any]]
    depends: dict[str, Any]
    remembered: dict[str, dict[str, Any]] = field(default_factory=dict)
    """This run's sets, to merge into the record on disk (:meth:`save`)."""
    loose: dict[str, dict[str, Any]] = field(default_factory=dict)
    """This run's files written outside a set (the 自评报告 of ``perfdocs report``, the
    forms of ``render --no-cache``): for ``status`` only, never reused
    (:meth:`remember_file`)."""
    dropped: set[str] = field(default_factory=set)
    """This run's files the record must no longer describe (:meth:`forget`)."""
    _depends_checked: dict[str, bool] = field(default_factory=dict)
    _folders: dict[str, str | None] = field(default_factory=dict)
    _clean: dict[str, bool] = field(default_factory=dict)

    @classmethod
    def read(cls, out: Path, folder: Path) -> Record:
        sets, depends = _read(out, folder)
        return cls(out, folder, sets, depends)

    # -- lookup ---------------------------------------------------------------------

    def holds(self, key: str, entry: Path, source: str,
              depends_hold: Callable[[Any], bool]) -> Held | None:
        """The set recorded under ``key`` when its files are exactly as recorded.

        ``entry`` is the key's cache entry (it must exist; its time is refreshed, as a
        use); ``source`` the project file (a file older than it is touched by a write,
        :func:`perfdocs.engine.batch._touch_older_than`: left to the full path);
        ``depends_hold`` checks the layout files' digests (once per distinct list).
        """
        one = self.sets.get(key)
        if one is None:
            return None
        try:
            files = one["files"]
            since = int(one["since"])
            lines = one["lines"]
            if not self._depends(str(one["depends"]), depends_hold):
                return None
            edited = os.stat(source).st_mtime
            paths: list[str] = []
            for relative, *recorded in files:
                path = self._path(str(relative))
                if path is None:
                    return None
                info = os.lstat(path)
                if [*signature_of(info)] != recorded or not stat.S_ISREG(info.st_mode) \
                        or max(info.st_mtime_ns, info.st_ctime_ns) >= since \
                        or info.st_mtime < edited:
                    return None
                paths.append(path)
            stems = [self._path(str(s)) for s in lines["stems"]]
            os.utime(entry)  # a use (eviction removes the least recently used first)
        except (OSError, KeyError, TypeError, ValueError):
            return None
        if any(s is None for s in stems):
            return None
        return Held(lines, [s for s in stems if s is not None], paths)

    def _depends(self, name: str, depends_hold: Callable[[Any], bool]) -> bool:
        known = self._depends_checked.get(name)
        if known is None:
            listed = self.depends.get(name)
            known = self._depends_checked[name] = \
                isinstance(listed, list) and depends_hold(listed)
        return known

    def _path(self, relative: str) -> str | None:
        """``relative`` below the output folder as a render builds it (folders checked by
        :func:`~perfdocs.engine.output.inside` once per run), or None when a folder
        leads out of it or holds what a killed write left (the full path cleans it)."""
        folder, _, leaf = relative.rpartition("/")
        if leaf in ("", ".", ".."):
            return None
        base = self._folders.get(folder, "")
        if base == "":
            base = self._folders[folder] = self._checked_folder(folder)
        return None if base is None else os.path.join(base, leaf)

    def _checked_folder(self, folder: str) -> str | None:
        from perfdocs.engine.output import inside
        from perfdocs.errors import PerfdocsError
        from perfdocs.files.writing import leftovers

        parts = folder.split("/") if folder else []
        if any(p in ("", ".", "..") for p in parts):
            return None
        try:
            base = inside(self.out, *parts)
        except PerfdocsError:
            return None
        return None if leftovers(base) else str(base)

    # -- this run's sets -------------------------------------------------------------

    def remember(self, key: str, lines: dict[str, Any], files: list[str],
                 signatures: list[Signature | None],
                 depends: list[tuple[str, str]],
                 made: list[str | None] | None = None) -> None:
        """Keep a set just written (or found holding its bytes) under ``key``: ``files``
        relative to the output folder, each with its :func:`settled_signature`; ``made``
        what each file was made from (:func:`perfdocs.engine.cache.made_from`), which
        ``status`` reads (:func:`made_files`)."""
        if len(files) != len(signatures) or any(s is None for s in signatures):
            self.remembered.pop(key, None)
            return
        name = _depends_id(depends)
        self.depends[name] = [list(d) for d in depends]
        self.remembered[key] = {
            "lines": lines, "depends": name, "since": None,
            "files": [[relative, *signature] for relative, signature
                      in zip(files, signatures, strict=True) if signature is not None],
        }
        if made is not None and len(made) == len(files):
            self.remembered[key]["made"] = made

    def forget(self, files: list[str]) -> None:
        """No longer say what ``files`` (relative to the output folder) were made from:
        a ``render --no-cache`` wrote them (or found them holding its bytes) without the
        cache's key, and a byte-identical file keeps its inode and times, so the record
        of an earlier run would still match it and call it 过期 after the inputs changed
        (tester6 #10l). ``status`` then says 未知, as README promises."""
        self.dropped.update(files)
        for relative in files:
            self.loose.pop(relative, None)

    def remember_file(self, relative: str, source: str, signature: Signature | None,
                      made: str | None, *, report: bool = True) -> None:
        """Keep one file written outside a render set (``relative`` to the output folder,
        with its :func:`settled_signature` and what it was made from): ``status`` reads it
        as it reads a set's files (:func:`made_files`), so a 自评报告 left with old figures
        is 过期 and one under an old name 旧表, like the forms beside it. A form a
        ``render --no-cache`` wrote (``report`` False) is kept so too: never reused, but
        ``status`` and the old-name check read it as a superseded set's file."""
        if signature is None:
            self.loose.pop(relative, None)
            return
        self.loose[relative] = {"source": source, "signature": list(signature),
                                "made": made, "since": None}
        if report:
            self.loose[relative]["report"] = True

    def save(self, kept: Callable[[str], bool], write: Callable[[Path, bytes], None]
             ) -> None:
        """Merge this run's sets into the record on disk (re-read now: another run may
        have written it meanwhile) and write it atomically. ``kept``: whether a key's
        cache entry still exists; other sets, and any older set that names a file one of
        this run's sets names (its times are stale by now), are no longer reused, but
        their other files keep their own record for ``status`` (:func:`_superseded`).
        ``write`` replaces a file atomically (the cache's quiet writer)."""
        if not self.remembered and not self.loose and not self.dropped:
            return
        on_disk, depends, left = _read_all(self.out, self.folder)
        claimed = {str(f[0]) for one in self.remembered.values() for f in one["files"]}
        claimed |= set(self.loose) | self.dropped
        sets: dict[str, Any] = {}
        for key, one in on_disk.items():
            if key in self.remembered:
                continue
            try:
                if not kept(key) or any(str(f[0]) in claimed for f in one["files"]):
                    # no longer reusable, but each file not written again keeps its own
                    # record: a ``render -f pdf`` (or an evicted entry) left the set's
                    # .xlsx/.docx 未知 though they still matched the project
                    left.update(_superseded(one, claimed))
                    continue
            except (KeyError, TypeError, IndexError, ValueError):
                continue
            sets[key] = one
        sets.update(self.remembered)
        left = {relative: one for relative, one in left.items()
                if relative not in claimed and _still_as_left(self.out, relative, one)}
        left.update(self.loose)  # "since": None, the record's own time (see _read_all)
        used = {str(one.get("depends")) for one in sets.values()}
        table = {name: listed for name, listed in {**depends, **self.depends}.items()
                 if name in used}
        with contextlib.suppress(OSError):
            write(self.folder / RECORD_FILE,
                  encode({"sets": sets, "depends": table, "left": left}))
        self.remembered.clear()
        self.loose.clear()
        self.dropped.clear()


def _superseded(one: dict[str, Any], claimed: set[str]) -> dict[str, Any]:
    """The files of an older set that this run's sets do not name again: the other
    formats or forms of a ``render -f``/``--form``, files made for the same project file
    under a name it no longer has (its 项目名称 changed), or a set whose cache entry is
    gone (the size limit). Kept with the project file, signature and what each was made
    from, so ``status`` still calls them 最新/过期 file by file, or 旧表 under an old name,
    while they are as written; never reused."""
    made = one.get("made")
    made = made if isinstance(made, list) and len(made) == len(one["files"]) else \
        [None] * len(one["files"])
    return {str(relative): {"source": str(one["lines"]["path"]), "signature": list(recorded),
                            "made": what, "since": one["since"]}
            for (relative, *recorded), what in zip(one["files"], made, strict=True)
            if str(relative) not in claimed}


def _still_as_left(out: Path, relative: str, one: dict[str, Any]) -> bool:
    """Whether a superseded file is still in the output folder as written (a removed,
    replaced or edited one is dropped from the record, which would otherwise grow with
    every rename: its signature can never match again, so status says 未知 either way)."""
    try:
        info = os.lstat(os.path.join(out, *relative.split("/")))
        return [*signature_of(info)] == [int(v) for v in one["signature"]]
    except (OSError, KeyError, TypeError, ValueError):
        return False


Made = tuple[str | None, list[int], int]
"""What the record says of one file: what it was made from (None when its set does not
say), its signature as written, and the time from which the record vouches for it."""


def made_files(out: Path, folder: Path) -> dict[str, Made]:
    """Every file the record names (relative to the output folder) with what it was made
    from, for ``status``: read only, nothing is touched or refreshed (status writes
    nothing). A record that does not check names no file."""
    sets, _, left = _read_all(out, folder)
    found: dict[str, Made] = {}
    for relative, one in left.items():
        try:
            what = one.get("made")
            found[relative] = (what if isinstance(what, str) else None,
                               [int(v) for v in one["signature"]], int(one["since"]))
        except (KeyError, TypeError, ValueError):
            continue
    for one in sets.values():
        try:
            since = int(one["since"])
            files = one["files"]
            made = one.get("made")
            if not isinstance(made, list) or len(made) != len(files):
                made = [None] * len(files)
            for (relative, *recorded), what in zip(files, made, strict=True):
                found[str(relative)] = (what if isinstance(what, str) else None,
                                        [int(v) for v in recorded], since)
        except (KeyError, TypeError, ValueError):
            continue
    return found


def made_sources(out: Path, folder: Path) -> dict[str, str]:
    """Every file the record names (relative to the output folder) with the project file
    its set was made from, as the run named it (relative to that run's folder): what
    ``status`` needs to find a project's forms left under an earlier name. Read only."""
    sets, _, left = _read_all(out, folder)
    found: dict[str, str] = {relative: str(one["source"]) for relative, one in left.items()
                             if isinstance(one.get("source"), str)}
    for one in sets.values():
        try:
            source = one["lines"]["path"]
            for relative, *_recorded in one["files"]:
                found[str(relative)] = str(source)
        except (KeyError, TypeError, ValueError):
            continue
    return found


def as_written(info: os.stat_result, made: Made) -> bool:
    """Whether a file (``info``: what ``lstat`` says of it) is still the file the record
    describes, by the rule of :meth:`Record.holds`: a regular file with the same size,
    times, inode and device, older than the record (a file edited by hand, replaced, or
    rewritten since is not)."""
    return stat.S_ISREG(info.st_mode) and [*signature_of(info)] == made[1] \
        and max(info.st_mtime_ns, info.st_ctime_ns) < made[2]


def old_named(out: Path, folder: Path, rendered: dict[str, set[str]]) -> list[str]:
    """The forms (relative to the output folder) that ``render`` made earlier for the project
    files it has just rendered (``rendered``: each resolved project file → the stems it
    writes now, relative) under a name they no longer make, still as written: a clerk
    collecting the folder at the deadline would take both versions (tester4 #10). The
    record's superseded files tell it; a 自评报告 is left to ``status``."""
    sets, _depends, left = _read_all(out, folder)
    recorded = {relative: one for relative, one in left.items() if not one.get("report")}
    for one in sets.values():  # an older set whose entry is still there: not superseded
        try:
            for relative, *signature in one["files"]:
                recorded.setdefault(str(relative), {"source": one["lines"]["path"],
                                                    "signature": signature,
                                                    "since": one["since"]})
        except (KeyError, TypeError, ValueError):
            continue
    found = []
    resolved: dict[str, str | None] = {}
    for relative, one in recorded.items():
        source = one.get("source")
        if not isinstance(source, str):
            continue
        if source not in resolved:
            try:
                resolved[source] = str(Path(source).resolve())
            except OSError:
                resolved[source] = None
        stems = rendered.get(resolved[source] or "")
        if stems is None or relative.rpartition(".")[0] in stems:
            continue
        try:
            info = os.lstat(os.path.join(out, *relative.split("/")))
            if as_written(info, (None, [int(v) for v in one["signature"]], int(one["since"]))):
                found.append(relative)
        except (OSError, KeyError, TypeError, ValueError):
            continue
    return sorted(found)

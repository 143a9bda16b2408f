"""The per-user cache folders (parsed fonts, checked layouts and settings): where they are and
how an entry is written and read back whole.

Both caches keep a result that only depends on file contents, one file per entry, outside
the output folder. They share the rules here: the folder comes from an environment variable
(``0``/``off`` turns the cache off) or the platform's cache folder; an entry is the kind's
format line, the SHA-256 of the payload and the payload, written under a temporary name and
renamed into place, so a killed run or two runs at once never leave a torn entry; anything
that does not check is a miss; a folder that cannot be written is no error; the newest
entries are kept up to a count, and temporary files a killed run left go after an hour.

A large entry read by every process (a parsed font, ≈ 1–2 MB) may be a *quick* entry
instead: its header holds the payload's length and CRC-32 rather than its SHA-256, a third
of the cost to check; it is read into one buffer, without the copies of a whole read.
CRC-32 finds every damage a disk or a stray write does (every burst up to 32 bits, every
odd count of flipped bits, the rest but for one chance in 4·10^9) and the length any cut;
an entry is never trusted against a deliberate forgery, only against damage, as before.
"""

from __future__ import annotations

import os
import stat
import sys
import time
import zlib
from pathlib import Path

from perfdocs.errors import InputError
from perfdocs.files.digests import sha256
from perfdocs.files.reading import read_capped
from perfdocs.files.temporary import make_temporary

STALE_TEMPORARY_SECONDS = 3600.0
"""A temporary entry file this old was left by a killed run (a write takes milliseconds)."""
SUFFIX = ".bin"


def cache_dir(variable: str, name: str) -> Path | None:
    """The folder of the cache ``name``: ``$variable`` when set, else the platform's cache
    folder for perfdocs; None when ``$variable`` turns the cache off."""
    chosen = os.environ.get(variable, "").strip()
    if chosen.lower() in ("0", "off", "no", "false"):
        return None
    if chosen:
        return Path(chosen)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        root = Path(base) if base else Path.home() / "AppData" / "Local"
        return root / "perfdocs" / "cache" / name
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "perfdocs" / name
    xdg = os.environ.get("XDG_CACHE_HOME")
    root = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"
    return root / "perfdocs" / name


def entry_file(folder: Path, key: str) -> Path:
    return folder / f"{key}{SUFFIX}"


def read_entry(file: Path, kind: bytes, limit: int) -> bytes | None:
    """The payload of an entry file when it is whole and of ``kind``; else None (missing,
    not a regular file, bigger than ``limit``, another kind, a digest that does not match)."""
    try:
        raw = read_capped(file, limit)
    except InputError:
        return None
    head = len(kind)
    if raw[:head] != kind or len(raw) < head + 32:
        return None
    payload = raw[head + 32:]
    if sha256(payload).digest() != raw[head:head + 32]:
        return None
    return payload


QUICK_CHECK_BYTES = 12
"""A quick entry's check after its kind: CRC-32 (4 bytes) and length (8) of the payload,
big-endian."""


def quick_check(payload: bytes | memoryview) -> bytes:
    """What a quick entry's header holds for ``payload`` (see :data:`QUICK_CHECK_BYTES`)."""
    return zlib.crc32(payload).to_bytes(4, "big") + len(payload).to_bytes(8, "big")


def read_quick_entry(file: Path, kind: bytes, limit: int) -> memoryview | None:
    """The payload of a quick entry file (written with ``quick=True``) when it is whole and
    of ``kind``; else None, as :func:`read_entry`. The view is over a buffer of its own."""
    head = len(kind) + QUICK_CHECK_BYTES
    try:
        # O_NONBLOCK: a FIFO put in the entry's place is refused below, not waited on
        fd = os.open(file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb", buffering=0) as fh:
            info = os.fstat(fh.fileno())
            if not stat.S_ISREG(info.st_mode) or not head <= info.st_size <= limit:
                return None
            view = memoryview(bytearray(info.st_size))
            done = 0
            while done < len(view):
                got = fh.readinto(view[done:])  # straight into the buffer: no copy
                if not got:
                    return None  # shorter than its size said: being replaced, a miss
                done += got
    except OSError:
        return None
    payload = view[head:]
    if view[:len(kind)] != kind or view[len(kind):head] != quick_check(payload):
        return None
    return payload


def write_entry(folder: Path, key: str, kind: bytes, payload: bytes, keep: int, *,
                quick: bool = False, trim_to: int | None = None) -> None:
    """Keep ``payload`` as entry ``key`` of ``folder`` and at most ``keep`` entries in all;
    never raises (a read-only home, a full disk, a file where the folder should be).
    ``quick``: a quick entry (:func:`read_quick_entry`), else a SHA-256-checked one.
    ``trim_to``: when there are more than ``keep``, the newest this many are kept (fewer
    than ``keep``: a cache written at every run then reads its entries' times once per
    ``keep − trim_to`` writes, not at each); else ``keep``."""
    check = quick_check(payload) if quick else sha256(payload).digest()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, temporary = make_temporary(folder, prefix=".tmp-", suffix=SUFFIX)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(kind + check + payload)
            os.replace(temporary, entry_file(folder, key))
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        _evict(folder, keep, keep if trim_to is None else trim_to)
    except Exception:
        return


def _is_entry(name: str) -> bool:
    return name.endswith(SUFFIX) and name != SUFFIX and not name.startswith(".tmp-")


def _evict(folder: Path, keep: int, trim_to: int | None = None) -> None:
    """Keep the newest ``trim_to`` (default ``keep``) entries when there are more than
    ``keep``; drop temporary files a killed run left. The entries' times are read only
    when there are too many: a listing of the names costs a fraction of a status of each
    (≈ 9 ms for 256 entries on a loaded machine, through pathlib)."""
    with os.scandir(folder) as listing:
        found = [(item.name, item.path) for item in listing]
    over = sum(1 for name, _path in found if _is_entry(name)) > keep
    entries = []
    now = time.time()
    for name, path in found:
        temporary = name.startswith(".tmp-")
        if not temporary and not (over and _is_entry(name)):
            continue
        try:
            modified = os.stat(path).st_mtime
        except OSError:
            continue
        if temporary:
            if now - modified > STALE_TEMPORARY_SECONDS:
                Path(path).unlink(missing_ok=True)
        else:
            entries.append((modified, path))
    for _modified, path in sorted(entries, reverse=True)[keep if trim_to is None else trim_to:]:
        Path(path).unlink(missing_ok=True)

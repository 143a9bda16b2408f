"""The per-user cache folders (parsed fonts, checked layouts and settings): where they are and
how an entry is written and read back whole.

Both caches keep a result that only depends on file contents, one file per entry, outside
the output folder. They share the rules here: the folder comes from an environment variable
(``0``/``off`` turns the cache off) or the platform's cache folder; an entry is the kind's
format line, the SHA-256 of the payload and the payload, written under a temporary name and
renamed into place, so a killed run or two runs at once never leave a torn entry; anything
that does not check is a miss; a folder that cannot be written is no error; the newest
entries are kept up to a count, and temporary files a killed run left go after an hour.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from pathlib import Path

from perfdocs.errors import InputError
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
    if hashlib.sha256(payload).digest() != raw[head:head + 32]:
        return None
    return payload


def write_entry(folder: Path, key: str, kind: bytes, payload: bytes, keep: int) -> None:
    """Keep ``payload`` as entry ``key`` of ``folder`` and at most ``keep`` entries in all;
    never raises (a read-only home, a full disk, a file where the folder should be)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, temporary = make_temporary(folder, prefix=".tmp-", suffix=SUFFIX)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(kind + hashlib.sha256(payload).digest() + payload)
            os.replace(temporary, entry_file(folder, key))
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        _evict(folder, keep)
    except Exception:
        return


def _evict(folder: Path, keep: int) -> None:
    """Keep the newest ``keep`` entries; drop temporary files a killed run left."""
    entries = []
    now = time.time()
    for file in folder.iterdir():
        try:
            modified = file.stat().st_mtime
        except OSError:
            continue
        if file.name.startswith(".tmp-"):
            if now - modified > STALE_TEMPORARY_SECONDS:
                file.unlink(missing_ok=True)
        elif file.suffix == SUFFIX:
            entries.append((modified, file))
    for _modified, file in sorted(entries, reverse=True)[keep:]:
        file.unlink(missing_ok=True)

"""A per-user cache of files that passed their check: layouts and perfdocs.toml.

A layout (layout.toml and the ones it ``extends``) and a unit's perfdocs.toml change a few
times a year, yet every ``perfdocs`` process parsed them (tomllib is pure Python) and
checked them whole with pydantic — for a layout ≈ 60 ms of a one-form run. What the check
produced is kept here instead, keyed by everything it depended on, and reused by a new
process while none of that changed (perfdocs.layouts.checked_cache says what a layout's
check depends on, perfdocs.loading.settings what perfdocs.toml's does). Only what passed
is kept: a faulty file is checked, and its faults reported, every time. A project file is
never kept here; it is checked every run.

Where: ``PERFDOCS_CHECKED_CACHE`` when set (``0`` or ``off`` turns it off), else
``%LOCALAPPDATA%\\perfdocs\\cache\\checked`` on Windows, ``~/Library/Caches/perfdocs/checked``
on macOS and ``$XDG_CACHE_HOME/perfdocs/checked`` (``~/.cache/perfdocs/checked``)
elsewhere; at most :data:`MAX_ENTRIES` small files (a few KB each), the oldest go first.

Safe by construction, like the font cache: an entry is written under a temporary name and
renamed into place (concurrent runs write equivalent entries; a killed run leaves only a
temporary file, removed later); it starts with its kind's format line and the SHA-256 of
the rest, and an entry that does not match, is too big or cannot be read is a miss. The
pickles inside are only ever read from a file perfdocs wrote and whose digest matches.
A cache folder that cannot be created or written is no error: nothing is kept.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
import time
from pathlib import Path

CACHE_VARIABLE = "PERFDOCS_CHECKED_CACHE"
MAX_ENTRIES = 128
MAX_ENTRY_BYTES = 4 * 1024 * 1024
"""A checked layout pickles to ≈ 10–30 KB; a bigger file is not one of ours."""
STALE_TEMPORARY_SECONDS = 3600.0


def cache_dir() -> Path | None:
    """The folder checked files are kept in, or None when the cache is turned off."""
    chosen = os.environ.get(CACHE_VARIABLE, "").strip()
    if chosen.lower() in ("0", "off", "no", "false"):
        return None
    if chosen:
        return Path(chosen)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        root = Path(base) if base else Path.home() / "AppData" / "Local"
        return root / "perfdocs" / "cache" / "checked"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "perfdocs" / "checked"
    xdg = os.environ.get("XDG_CACHE_HOME")
    root = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"
    return root / "perfdocs" / "checked"


def entry_key(kind: bytes, parts: object, code: tuple[str, ...]) -> str | None:
    """The name of an entry: ``kind`` (its format line), ``parts`` (what it depends on,
    by ``repr``), the source of the modules ``code`` names (relative to the package) and
    the versions of perfdocs, pydantic and Python. None when the source cannot be read
    (nothing is then cached: a check that cannot be told apart is done again)."""
    digest = _code_digest(code)
    if digest is None:
        return None
    import pydantic
    import pydantic_core

    from perfdocs import __version__

    versions = (__version__, pydantic.VERSION, pydantic_core.__version__,
                sys.version_info[:3], sys.implementation.name)
    found = hashlib.sha256(kind)
    found.update(repr((parts, versions, digest)).encode("utf-8"))
    return found.hexdigest()


def read_entry(kind: bytes, key: str) -> bytes | None:
    """The payload of entry ``key`` when it is whole and of ``kind``; else None."""
    folder = cache_dir()
    if folder is None:
        return None
    raw = read_capped(folder / f"{key}.bin", MAX_ENTRY_BYTES)
    head = len(kind)
    if raw is None or raw[:head] != kind or len(raw) < head + 32:
        return None
    payload = raw[head + 32:]
    if hashlib.sha256(payload).digest() != raw[head:head + 32]:
        return None
    return payload


def write_entry(kind: bytes, key: str, payload: bytes) -> None:
    """Keep ``payload`` as entry ``key``; never raises."""
    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(prefix=".tmp-", suffix=".bin", dir=folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(kind + hashlib.sha256(payload).digest() + payload)
            os.replace(temporary, folder / f"{key}.bin")
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        _evict(folder)
    except Exception:  # read-only home, full disk, a file where the folder should be
        return


def read_capped(path: Path, limit: int) -> bytes | None:
    """A regular file's bytes, or None (missing, not a regular file, bigger than ``limit``).
    Opened without blocking, so a FIFO in a file's place is no hang."""
    import stat

    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            return None
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError:
        return None
    finally:
        os.close(fd)
    return b"".join(chunks) if total <= limit else None


_CODE: dict[tuple[str, ...], str | None] = {}


def _code_digest(names: tuple[str, ...]) -> str | None:
    """SHA-256 of the source of perfdocs' modules ``names`` (once per process): a change
    to the code that checks makes every entry it made a miss, also within one version."""
    if names not in _CODE:
        package = Path(__file__).resolve().parents[1]
        digest = hashlib.sha256()
        for name in names:
            data = read_capped(package / name, MAX_ENTRY_BYTES)
            if data is None:
                _CODE[names] = None
                break
            digest.update(f"\0{name} {len(data)}\0".encode())
            digest.update(data)
        else:
            _CODE[names] = digest.hexdigest()
    return _CODE[names]


def _evict(folder: Path) -> None:
    """Keep the newest :data:`MAX_ENTRIES` entries; drop temporary files a killed run left."""
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
        elif file.suffix == ".bin":
            entries.append((modified, file))
    for _modified, file in sorted(entries, reverse=True)[MAX_ENTRIES:]:
        file.unlink(missing_ok=True)

"""A per-user cache of *checked* layouts, so a new process does not check them again.

Reading a layout means parsing its layout.toml and those it ``extends`` (tomllib is pure
Python), merging them key by key, and checking the result whole with pydantic: every
label, span, rounding rule and Jinja text (``perfdocs.layouts.layout``). That is ≈ 60 ms of
every ``perfdocs render`` process, for a file that changes a few times a year. A layout
that passed is kept here and reused as long as nothing the check read has changed:

* the bytes of every layout.toml of the chain (SHA-256);
* every file-system question the reading asked: where each ``extends`` parent was looked
  for and found (or not), which ``<form>.docx`` templates sit beside a layout.toml, whether
  each form's Word template is there;
* the layout's place (its path, the layout search path) and the code that checks it
  (perfdocs' version, the source of the modules that check a layout, pydantic's and
  Python's versions).

Any change to one of them is a miss, and the layout is read and checked as before. Only
layouts that passed are kept: a faulty layout is checked (and its faults reported, with
their lines) every time. A project file is never cached here; it is checked every run.

Where: ``PERFDOCS_LAYOUT_CACHE`` when set (``0`` or ``off`` turns the cache off), else
``%LOCALAPPDATA%\\perfdocs\\cache\\layouts`` on Windows, ``~/Library/Caches/perfdocs/layouts``
on macOS and ``$XDG_CACHE_HOME/perfdocs/layouts`` (``~/.cache/perfdocs/layouts``) elsewhere;
at most :data:`MAX_ENTRIES` small files (a few KB each).

Safe by construction, like the font cache: an entry is written under a temporary name
and renamed into place (concurrent runs write equivalent entries; a killed run leaves a
temporary file, removed later); it starts with :data:`FORMAT` and the SHA-256 of the rest,
and an entry that does not match, cannot be read or unpickled, or is too big, is ignored
and rewritten. The pickle is only ever read from a file that perfdocs wrote and whose
digest matches. A cache folder that cannot be created or written is no error.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import pickle
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

CACHE_VARIABLE = "PERFDOCS_LAYOUT_CACHE"
FORMAT = b"perfdocs-layout-cache 1\n"
"""The file's first bytes; a new arrangement of the file gets a new number."""
MAX_ENTRIES = 64
MAX_FILE_BYTES = 4 * 1024 * 1024
"""A checked layout pickles to ≈ 10–30 KB; a bigger file is not one of ours."""
MAX_SOURCE_BYTES = 1024 * 1024
"""layout.toml's own cap (perfdocs.layouts.extends.MAX_LAYOUT_BYTES)."""
STALE_TEMPORARY_SECONDS = 3600.0
CHECKING_CODE = ("layouts/layout.py", "layouts/extends.py", "layouts/templating.py",
                 "model/numbers.py", "loading/validation_messages.py")
"""perfdocs' modules (relative to the package) whose code decides what a checked layout
holds: a change to one of them (a new layout key, a new rule) makes every entry a miss,
also between two builds of the same version."""


@dataclass
class Reads:
    """What reading and checking one layout looked at, to tell later whether it changed."""

    files: list[tuple[str, str]] = field(default_factory=list)
    """(path, SHA-256 of its bytes) of every layout.toml of the chain."""
    probes: list[tuple[str, bool]] = field(default_factory=list)
    """(path, whether it was a file) of every path the reading looked for."""

    def probe(self, path: Path) -> bool:
        """``path.is_file()``, remembered."""
        found = path.is_file()
        self.probes.append((str(path), found))
        return found

    def unchanged(self) -> bool:
        """Whether every file still has its bytes and every probe its answer."""
        for name, found in self.probes:
            if Path(name).is_file() is not found:
                return False
        for name, digest in self.files:
            data = _read_capped(Path(name), MAX_SOURCE_BYTES)
            if data is None or hashlib.sha256(data).hexdigest() != digest:
                return False
        return True


def cache_dir() -> Path | None:
    """The folder checked layouts are kept in, or None when the cache is turned off."""
    chosen = os.environ.get(CACHE_VARIABLE, "").strip()
    if chosen.lower() in ("0", "off", "no", "false"):
        return None
    if chosen:
        return Path(chosen)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        root = Path(base) if base else Path.home() / "AppData" / "Local"
        return root / "perfdocs" / "cache" / "layouts"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "perfdocs" / "layouts"
    xdg = os.environ.get("XDG_CACHE_HOME")
    root = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"
    return root / "perfdocs" / "layouts"


def recall(path: Path, search: Iterable[Path], kind: type[T]) -> tuple[T, Reads] | None:
    """The checked layout at ``path`` (its layout.toml, resolved) from the cache, with what
    its check read, when nothing of that changed and it is a ``kind`` (the layout model);
    else None (read and check it)."""
    folder = cache_dir()
    key = _entry_key(path, search) if folder is not None else None
    if folder is None or key is None:
        return None
    raw = _read_capped(folder / f"{key}.bin", MAX_FILE_BYTES)
    head = len(FORMAT)
    if raw is None or raw[:head] != FORMAT or len(raw) < head + 32:
        return None
    payload = raw[head + 32:]
    if hashlib.sha256(payload).digest() != raw[head:head + 32]:
        return None
    try:
        files, probes, pickled = marshal.loads(payload)
        reads = Reads([(str(n), str(d)) for n, d in files],
                      [(str(n), bool(f)) for n, f in probes])
        if not reads.unchanged():
            return None
        layout = pickle.loads(pickled)  # our own file, its digest checked
    except Exception:  # not ours after all: check the layout again and rewrite
        return None
    return (layout, reads) if isinstance(layout, kind) else None


def keep(path: Path, search: Iterable[Path], reads: Reads, layout: object) -> None:
    """Keep a layout that passed its check, with what the check read. Never raises."""
    folder = cache_dir()
    try:
        key = _entry_key(path, search) if folder is not None else None
        if folder is None or key is None:
            return
        pickled = pickle.dumps(layout, protocol=pickle.HIGHEST_PROTOCOL)
        payload = marshal.dumps((reads.files, reads.probes, pickled))
        folder.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(prefix=".tmp-", suffix=".bin", dir=folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(FORMAT + hashlib.sha256(payload).digest() + payload)
            os.replace(temporary, folder / f"{key}.bin")
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        _evict(folder)
    except Exception:  # read-only home, full disk, a file where the folder should be
        return


def _entry_key(path: Path, search: Iterable[Path]) -> str | None:
    """The entry's name: the layout's place and the code that checks it."""
    code = _code_digest()
    if code is None:
        return None
    import pydantic
    import pydantic_core

    from perfdocs import __version__

    where = (str(path), [str(p) for p in search])
    versions = (__version__, pydantic.VERSION, pydantic_core.__version__,
                sys.version_info[:3], sys.implementation.name)
    digest = hashlib.sha256(FORMAT)
    digest.update(repr((where, versions, code)).encode("utf-8"))
    return digest.hexdigest()


_CODE: list[str | None] = []


def _code_digest() -> str | None:
    """SHA-256 of the source of the modules that check a layout (once per process), or
    None when they cannot be read (then nothing is cached)."""
    if not _CODE:
        package = Path(__file__).resolve().parents[1]
        digest = hashlib.sha256()
        for name in CHECKING_CODE:
            data = _read_capped(package / name, MAX_FILE_BYTES)
            if data is None:
                _CODE.append(None)
                break
            digest.update(f"\0{name} {len(data)}\0".encode())
            digest.update(data)
        else:
            _CODE.append(digest.hexdigest())
    return _CODE[0]


def _read_capped(path: Path, limit: int) -> bytes | None:
    """A regular file's bytes, or None (missing, not a regular file, bigger than ``limit``).
    Opened without blocking, so a FIFO where a layout.toml was is no hang."""
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

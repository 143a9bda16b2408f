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

import os
import stat
import sys
from pathlib import Path

from perfdocs.errors import InputError
from perfdocs.files import reading, user_cache
from perfdocs.files.digests import sha256

CACHE_VARIABLE = "PERFDOCS_CHECKED_CACHE"
MAX_ENTRIES = 128
MAX_ENTRY_BYTES = 4 * 1024 * 1024
"""A checked layout pickles to ≈ 10–30 KB; a bigger file is not one of ours."""


def cache_dir() -> Path | None:
    """The folder checked files are kept in, or None when the cache is turned off."""
    return user_cache.cache_dir(CACHE_VARIABLE, "checked")


def entry_key(kind: bytes, parts: object, code: tuple[str, ...]) -> str | None:
    """The name of an entry: ``kind`` (its format line), ``parts`` (what it depends on,
    by ``repr``), the source of the modules ``code`` names (relative to the package) and
    the versions of perfdocs, pydantic (its version.py), pydantic-core and Python. None
    when the source cannot be read (nothing is then cached: a check that cannot be told
    apart is done again)."""
    digest = _code_digest(code)
    if digest is None:
        return None
    from perfdocs.loading.core import core  # not pydantic_core's Python package
    from perfdocs.version import __version__

    versions = (__version__, _pydantic_version(), core().__version__,
                sys.version_info[:3], sys.implementation.name)
    found = sha256(kind)
    found.update(repr((parts, versions, digest)).encode("utf-8"))
    return found.hexdigest()


_PYDANTIC: list[str | None] = []


def _pydantic_version() -> str | None:
    """The SHA-256 of pydantic's ``version.py``, found and read without importing pydantic:
    a warm run (a kept layout, settings and project validator) imports no pydantic at all
    (≈ 40 ms), and the key must be the same whether or not a run has imported it. None
    when pydantic cannot be found (then nothing it built is in the key's reach anyway)."""
    if not _PYDANTIC:
        from importlib.util import find_spec

        spec = find_spec("pydantic")
        data = (read_capped(Path(spec.origin).with_name("version.py"), MAX_ENTRY_BYTES)
                if spec is not None and spec.origin else None)
        _PYDANTIC.append(None if data is None else sha256(data).hexdigest())
    return _PYDANTIC[0]


def read_entry(kind: bytes, key: str) -> bytes | None:
    """The payload of entry ``key`` when it is whole and of ``kind``; else None."""
    folder = cache_dir()
    if folder is None:
        return None
    return user_cache.read_entry(user_cache.entry_file(folder, key), kind, MAX_ENTRY_BYTES)


def write_entry(kind: bytes, key: str, payload: bytes) -> None:
    """Keep ``payload`` as entry ``key``; never raises."""
    folder = cache_dir()
    if folder is not None:
        user_cache.write_entry(folder, key, kind, payload, MAX_ENTRIES)


def read_capped(path: Path, limit: int) -> bytes | None:
    """A regular file's bytes, or None (missing, not a regular file, bigger than ``limit``):
    :func:`perfdocs.files.reading.read_capped` for a cache, where no reason is reported."""
    try:
        return reading.read_capped(path, limit)
    except InputError:
        return None


_CODE: dict[tuple[str, ...], str | None] = {}

CODE_FORMAT = b"perfdocs-code-digest 1\n"
"""The first bytes of an entry that remembers a :func:`_code_digest` for its files' stats."""
CODE_FOLDER = "code"
"""Where in the cache folder those entries are kept: apart from the checked files."""
CODE_ENTRIES = 32
"""Kept code digests (three a perfdocs version; the oldest go first)."""


def _code_digest(names: tuple[str, ...]) -> str | None:
    """SHA-256 of the source of perfdocs' modules ``names`` (once per process): a change
    to the code that checks makes every entry it made a miss, also within one version.

    Reading and hashing those ≈ 250 KB of source was ≈ 2 ms of every process (three sets
    of modules), for files that change only with an install or an edit. So the digest is
    also kept as an entry of its own, named by the files' place and ``stat`` (size, mtime
    and ctime in ns, inode, device): a later process that finds every stat the same takes
    the digest kept instead of reading the files. Any write to a file changes its ctime
    (no program can set it back) and a replacement its inode, so an edited module is read
    and hashed again; the key itself is still the digest of the source, as before."""
    if names not in _CODE:
        _CODE[names] = code_digest(Path(__file__).resolve().parents[1], names)
    return _CODE[names]


def code_digest(package: Path, names: tuple[str, ...]) -> str | None:
    """:func:`_code_digest` of the files ``names`` under ``package``, kept by their stats."""
    stamps = _stamps(package, names)
    memo = None if stamps is None else sha256(
        CODE_FORMAT + repr((str(package), stamps)).encode("utf-8")).hexdigest()
    cache = cache_dir()
    folder = None if cache is None or memo is None else cache / CODE_FOLDER
    kept = (None if folder is None or memo is None else
            user_cache.read_entry(user_cache.entry_file(folder, memo), CODE_FORMAT, 1024))
    if kept is not None and _is_digest(kept):
        return kept.decode("ascii")
    found = _source_digest(package, names)
    if folder is not None and memo is not None and found is not None:
        user_cache.write_entry(folder, memo, CODE_FORMAT, found.encode("ascii"), CODE_ENTRIES)
    return found


def _stamps(package: Path, names: tuple[str, ...]) -> list[tuple[str, int, int, int, int, int]
                                                         ] | None:
    """Each module's name with its file's size, mtime and ctime (ns), inode and device;
    None when one cannot be stat'ed or is not a regular file."""
    found = []
    for name in names:
        try:
            info = os.stat(package / name)
        except OSError:
            return None
        if not stat.S_ISREG(info.st_mode):
            return None
        found.append((name, info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino,
                      info.st_dev))
    return found


def _is_digest(kept: bytes) -> bool:
    """Whether ``kept`` is a SHA-256 as :func:`_source_digest` writes it (64 hex digits)."""
    return len(kept) == 64 and all(c in b"0123456789abcdef" for c in kept)


def _source_digest(package: Path, names: tuple[str, ...]) -> str | None:
    """SHA-256 of the source of the modules ``names``, read; None when one cannot be."""
    digest = sha256()
    for name in names:
        data = read_capped(package / name, MAX_ENTRY_BYTES)
        if data is None:
            return None
        digest.update(f"\0{name} {len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()

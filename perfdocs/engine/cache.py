"""The render cache: a project whose inputs did not change is not rendered again.

Regenerating corrected forms is the daily case: one project of a unit's 200 changes and
``perfdocs render`` is run over all 200. Each project's result (every form's bytes in every
format, and the lines printed for it: warnings, notes, the ✓ summary) is stored under a
key that covers everything those bytes depend on, and reused when the key comes back.

The key is built in two steps, like a compiler cache's "manifest" mode:

* :func:`run_digest` — once per run — the settings (formats, naming pattern, document
  date, [unit], revision flag, footer, input unit…), the chosen forms, ``--strict`` and
  ``--layout``, the PDF fonts (and the sha256 of every font file), which folder each
  layout name resolves to, the working folder (messages print paths as typed), and
  perfdocs itself (its version and the sha256 of every file of the installed package, so
  a changed renderer never serves old bytes);
* per project: the run digest, the file name as typed and the sha256 of its bytes.

The layout a project uses is named inside the project file, so its folder's files (and
those of every layout it ``extends``) are not known before the project is read. The entry
therefore records them with their sha256, and a lookup re-hashes them: an entry whose
layout files changed is a miss.

Entries live in ``<out>/.perfdocs-cache/`` (nothing outside the output folder is touched)
as one file each, written to a temporary file and renamed, so a run killed at any point
or two runs writing the same entry never leave a torn one. Every entry ends its header
with the sha256 of its content; an entry that does not check (truncated, edited, disk
error) is deleted and the project rendered again. After each run the oldest entries
(by last use) are removed until the folder is under :data:`DEFAULT_LIMIT` bytes
(``PERFDOCS_CACHE_MB`` changes the limit; 0 keeps nothing).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, fields, is_dataclass
from pathlib import Path
from typing import Any

CACHE_FOLDER = ".perfdocs-cache"
"""The cache's folder inside the output folder."""

DEFAULT_LIMIT = 512 * 1024 * 1024
"""Bytes the cache may hold after a run (about 2 000 projects of three forms × three formats)."""

LIMIT_VARIABLE = "PERFDOCS_CACHE_MB"

MAGIC = b"perfdocs-render-cache 1\n"
ENTRY_SUFFIX = ".entry"


def cache_folder(out: Path) -> Path:
    return Path(out) / CACHE_FOLDER


def limit_bytes() -> int:
    """The size limit: ``PERFDOCS_CACHE_MB`` when set to a whole number, else the default."""
    text = os.environ.get(LIMIT_VARIABLE, "").strip()
    if text.isdigit():
        return int(text) * 1024 * 1024
    return DEFAULT_LIMIT


# -- keys --------------------------------------------------------------------------------

def file_digest(path: Path) -> str:
    sha = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            sha.update(chunk)
    return sha.hexdigest()


_PACKAGE_DIGEST: str | None = None


def package_digest() -> str:
    """perfdocs' version and the sha256 of every file of the package (once per process)."""
    global _PACKAGE_DIGEST
    if _PACKAGE_DIGEST is None:
        import perfdocs

        root = Path(perfdocs.__file__).parent
        sha = hashlib.sha256(perfdocs.__version__.encode())
        for path in sorted(root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                sha.update(path.relative_to(root).as_posix().encode())
                sha.update(file_digest(path).encode())
        _PACKAGE_DIGEST = sha.hexdigest()
    return _PACKAGE_DIGEST


def _plain(value: Any) -> Any:
    """A value as JSON-able data, deterministically (dataclasses, paths, dates, tuples)."""
    if is_dataclass(value) and not isinstance(value, type):
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
            found.append([f.name, value, file_digest(Path(value))])
    return found


def run_digest(options: Any) -> str:
    """What every project of one run shares in its key (see the module's docstring).

    ``options`` is a :class:`perfdocs.engine.batch.Options` (typed loosely: the batch
    imports this module, not the other way round).
    """
    from perfdocs.layouts.layout import available

    settings = options.settings
    material = {
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
    }
    text = json.dumps(material, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def project_key(digest: str, name: str) -> str | None:
    """The key of one project file of a run; None when the file cannot be read (no cache)."""
    try:
        data = Path(name).read_bytes()
    except OSError:
        return None
    sha = hashlib.sha256(digest.encode())
    sha.update(b"\0" + name.encode("utf-8", "surrogateescape") + b"\0")
    sha.update(hashlib.sha256(data).digest())
    return sha.hexdigest()


def layout_files(folder: str, extra: tuple[str, ...] = ()) -> list[Path]:
    """Every file of a layout folder and of the layouts it extends."""
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

@dataclass
class Entry:
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


def _entry_path(out: Path, key: str) -> Path:
    return cache_folder(out) / key[:2] / f"{key}{ENTRY_SUFFIX}"


def encode(entry: Entry) -> bytes:
    """The bytes of an entry file: magic, sha256 of the rest, JSON header, the files' bytes."""
    header = {
        "path": entry.path, "names": list(entry.names), "warnings": entry.warnings,
        "stems": entry.stems, "notes": entry.notes, "summary": entry.summary,
        "depends": [list(d) for d in entry.depends],
        "files": [[name, len(data)] for name, data in entry.files],
    }
    head = json.dumps(header, ensure_ascii=False).encode("utf-8")
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
                     [(str(f), str(d)) for f, d in header["depends"]])
    except (ValueError, KeyError, IndexError, TypeError):
        return None


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
    for file, digest in entry.depends:
        try:
            if file_digest(Path(file)) != digest:
                return None
        except OSError:
            return None
    with contextlib.suppress(OSError):
        os.utime(path)
    return entry


def store(out: Path, key: str, entry: Entry) -> None:
    """Write an entry atomically (temporary file + rename); a failure only costs the cache."""
    path = _entry_path(out, key)
    tmp = ""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".part", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(encode(entry))
            handle.flush()
            os.fsync(handle.fileno())
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


def evict(out: Path, limit: int | None = None) -> int:
    """Remove least recently used entries until the cache holds at most ``limit`` bytes.

    Also removes temporary files left by a killed run (older than an hour). Returns the
    number of entries removed.
    """
    import time

    limit = limit_bytes() if limit is None else limit
    root = cache_folder(out)
    if not root.is_dir():
        return 0
    entries: list[tuple[float, int, Path]] = []
    now = time.time()
    for path in root.glob("*/*"):
        try:
            info = path.stat()
        except OSError:
            continue
        if path.name.endswith(".part"):
            if now - info.st_mtime > 3600:
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
        return [(str(p), file_digest(p)) for p in inputs]
    except OSError:
        return None

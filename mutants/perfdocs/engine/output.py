"""Where rendered files go, and how they get there without ever being half-written.

File names are built from project and unit names a preparer typed, so every path segment
is sanitised: no separators, no "..", no characters Windows forbids, no reserved device
names (CON, NUL…), bounded length, and the result must stay inside the output folder.
Each file is written under a temporary name in the same folder and renamed over the
target, so a killed run leaves either the old file or the new one, never a torn one.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from pathlib import Path

from perfdocs.errors import InputError, RenderError
from perfdocs.layouts.templating import render_text

_FORBIDDEN = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
             *(f"LPT{i}" for i in range(1, 10))}
MAX_SEGMENT_BYTES = 150
"""Most file systems allow 255 bytes per name; leave room for the suffix and temp names."""


def sanitize_segment(text: str) -> str:
    """One safe path segment from free text ("../机密" → "机密", "CON" → "_CON")."""
    text = unicodedata.normalize("NFC", text)
    text = _FORBIDDEN.sub("_", text)
    text = re.sub(r"\s+", " ", text).strip(" .")
    text = re.sub(r"_+", "_", text)
    if text.split(".")[0].upper() in _RESERVED:
        text = "_" + text
    encoded = text.encode("utf-8")
    if len(encoded) > MAX_SEGMENT_BYTES:
        text = encoded[:MAX_SEGMENT_BYTES].decode("utf-8", "ignore").rstrip(" .")
    return text or "_"


MAX_FIELD_BYTES = 90
"""Longest name value (项目名称, 实施单位…) put into a file name: 30 汉字."""


def _shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` UTF-8 bytes, on a character boundary."""
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    return encoded[:limit].decode("utf-8", "ignore")


def output_path(out: Path, pattern: str, fields: dict[str, str], suffix: str) -> Path:
    """``out`` / the rendered naming pattern, each segment sanitised, plus ``suffix``.

    ``fields`` hold raw names (year, unit, project, form); the pattern comes from
    perfdocs.toml and is rendered in the sandbox.
    """
    # A value is one name: a "/" typed in a 项目名称 must not open a sub-folder. It is also
    # shortened *before* the pattern adds what tells the forms apart ("-申报表", "-自评表"):
    # cutting the whole name afterwards gave both forms of a long-named project one file.
    safe = {k: _shorten(re.sub(r"[\\/]", "_", v), MAX_FIELD_BYTES) for k, v in fields.items()}
    rendered = render_text(pattern, safe, where="perfdocs.toml [render] name")
    parts = [sanitize_segment(p) for p in re.split(r"[\\/]+", rendered) if p.strip(" .")]
    if not parts:
        raise RenderError("输出文件名为空：请检查 perfdocs.toml 中 [render] name 的写法")
    root = out.resolve()
    target = root.joinpath(*parts[:-1], parts[-1] + suffix)
    if root not in target.resolve().parents:
        raise RenderError(f"输出路径越出了输出文件夹：{target}")
    return target


STALE_SECONDS = 600
"""A temporary file this old was left by a killed run (a live write takes well under this)."""


def _remove_stale(target: Path) -> None:
    """Delete what killed runs left of earlier writes to ``target``."""
    import time

    limit = time.time() - STALE_SECONDS
    for part in target.parent.glob(f".{glob_escape(target.name[:40])}.*.part"):
        try:
            if part.stat().st_mtime < limit:
                part.unlink()
        except OSError:
            continue  # another run is using or has removed it


def glob_escape(text: str) -> str:
    """``text`` with glob's special characters made literal."""
    import glob

    return glob.escape(text)


def _umask() -> int:
    """The process's umask, read without changing it where the system tells it."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    old = os.umask(0o022)  # no way to read it but to set it; put it straight back
    os.umask(old)
    return old


def link_target(target: Path) -> Path:
    """Where writing "through" ``target`` lands: the end of its symlink chain, or itself.

    A preparer who keeps a project file as a link (into a shared folder, a synced drive)
    expects the file the link names to change, the link to stay.
    """
    if not target.is_symlink():
        return target
    try:
        real = target.resolve(strict=False)
    except (RuntimeError, OSError):  # RuntimeError: Python 3.11's word for a loop
        real = None
    if real is None or real.is_symlink():
        raise InputError("符号链接形成了循环，无法写入", file=target)
    return real


def write_atomic(target: Path, data: bytes, *, through_links: bool = False) -> None:
    """Write ``data`` to ``target`` via a temporary file in the same folder and a rename.

    The file keeps its permissions (a 0600 file stays 0600); a new file gets the usual
    ones (0666 less the umask), not the temporary file's 0600. ``through_links`` writes
    the file a symlink names and keeps the link (the project files a preparer edits);
    without it a link in the output folder is replaced by the file, so nothing outside
    the output folder is written. Temporary files of earlier runs that were killed
    before their rename are removed.
    """
    if through_links:
        target = link_target(target)
    try:
        mode = os.stat(target).st_mode & 0o7777 if not target.is_symlink() else None
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise RenderError(f"无法写入：{exc.strerror or exc}", file=target) from None
    if mode is None:
        mode = 0o666 & ~_umask()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale(target)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name[:40]}.", suffix=".part",
                                   dir=target.parent)
    except OSError as exc:
        raise RenderError(f"无法在此文件夹中写入文件：{exc.strerror or exc}",
                          file=target.parent) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise RenderError(f"无法写入：{exc.strerror or exc}", file=target) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

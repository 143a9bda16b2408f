"""Which files the workbench may touch: project files inside the served folder, nothing else.

Every path a request names is relative to the folder given to ``perfdocs serve``. It is
refused when absolute, when it climbs (``..``), when it holds a control character, or when
it resolves (following symlinks) to a place outside the folder. The project list is built
by walking the folder with the same bounds (no symlinked folders, a cap on the number of
files), so a folder holding a link to ``/`` cannot make the page read the disk.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

PROJECT_SUFFIXES = (".yaml", ".yml")
MAX_PROJECTS = 2000
"""Most project files listed; a folder with more is a home directory served by mistake."""
MAX_DEPTH = 6
SKIPPED = {"output", "node_modules", "__pycache__"}
"""Folders the list does not walk (besides hidden ones): outputs are not projects."""


class PathRefused(ValueError):
    """A path a request named that the workbench will not touch; the message is Chinese."""


def confine(root: Path, relative: str, *, suffixes: tuple[str, ...] | None = PROJECT_SUFFIXES,
            must_exist: bool = True) -> Path:
    """``relative`` (as the page sends it, ``/``-separated) resolved inside ``root``.

    ``root`` must already be resolved. Raises :class:`PathRefused` with a message for the
    page when the path is not a file the workbench may touch.
    """
    text = relative.replace("\\", "/").strip()
    if not text or any(ord(ch) < 32 or ord(ch) == 127 for ch in text):
        raise PathRefused("文件路径为空或含有控制字符")
    pure = PurePosixPath(text)
    if pure.is_absolute() or (len(text) > 1 and text[1] == ":"):
        raise PathRefused("只能使用所服务文件夹内的相对路径")
    if any(part in ("..", "") for part in text.split("/")) or ".." in pure.parts:
        raise PathRefused("路径不能包含「..」")
    if suffixes is not None and pure.suffix.lower() not in suffixes:
        raise PathRefused(f"只能打开项目文件（{'、'.join(suffixes)}）")
    target = root.joinpath(*pure.parts)
    resolved = target.resolve()
    if not resolved.is_relative_to(root):
        raise PathRefused("该路径（或其符号链接）指向所服务的文件夹之外")
    if must_exist and not resolved.is_file():
        raise PathRefused("文件不存在")
    return target


def relative_name(root: Path, path: Path) -> str:
    """The ``/``-separated name of ``path`` inside ``root``, as the page shows it."""
    return path.relative_to(root).as_posix()


def project_files(root: Path, *, skip: tuple[Path, ...] = ()) -> tuple[list[Path], bool]:
    """Project files under ``root`` in name order (Explorer's: :mod:`perfdocs.files.order`),
    and whether the cap cut the list short.

    Symlinked folders are not followed; a symlinked file is listed only when it resolves
    inside ``root``. ``skip`` holds folders not to walk (the output folder).
    """
    from perfdocs.files.order import path_key

    found: list[Path] = []
    skipped = {p.resolve() for p in skip}

    def ordered() -> list[Path]:  # as the command line expands 2025/*.yaml: 2 before 10
        return sorted(found, key=lambda p: path_key(p.relative_to(root)))

    for path in _walk(root, root, 0, skipped):
        found.append(path)
        if len(found) >= MAX_PROJECTS:
            return ordered(), True
    return ordered(), False


def _walk(root: Path, folder: Path, depth: int, skipped: set[Path]) -> Iterator[Path]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            if depth < MAX_DEPTH and entry.name not in SKIPPED and path.resolve() not in skipped:
                yield from _walk(root, path, depth + 1, skipped)
        elif (entry.name.lower().endswith(PROJECT_SUFFIXES) and entry.is_file()
              and path.resolve().is_relative_to(root)):
            yield path

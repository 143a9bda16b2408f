"""Which files the workbench may touch: project files inside the served folder, nothing else.

Every path a request names is relative to the folder given to ``perfdocs serve``. It is
refused when absolute, when it climbs (``..``), when it holds a control character, or when
it resolves (following symlinks) to a place outside the folder. The project list is built
by walking the folder with the same bounds (:mod:`perfdocs.files.project_files`: no
symlinked folders, a cap on the number of files), so a folder holding a link to ``/``
cannot make the page read the disk.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from perfdocs.files.project_files import PROJECT_SUFFIXES, project_files

__all__ = ["PROJECT_SUFFIXES", "PathRefused", "confine", "project_files", "relative_name"]


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

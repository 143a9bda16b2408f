"""The project files in a folder, as ``perfdocs serve`` lists them and ``perfdocs status``
expands a folder: a bounded walk (no symlinked folders, no hidden or output folders, a cap
on depth and on the number of files), so that a folder holding a link to ``/`` or a home
directory typed by mistake cannot make either read the disk.

Kept here, below both the command line and the workbench, so that neither imports the
other for it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

PROJECT_SUFFIXES = (".yaml", ".yml")
MAX_PROJECTS = 2000
"""Most project files listed; a folder with more is a home directory served by mistake."""
MAX_DEPTH = 6
SKIPPED = {"output", "node_modules", "__pycache__"}
"""Folders the list does not walk (besides hidden ones): outputs are not projects."""


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

"""The order a clerk expects file names in: Windows Explorer's, numbers by value.

A unit numbering its projects 1 to 12 expects 1, 2, … 12 in the 汇总表, the packet and the
workbench's list, not 1, 10, 11, 12, 2. Both the globs perfdocs expands itself
(:mod:`perfdocs.cli.globs`) and the workbench's list (:mod:`perfdocs.files.project_files`) sort so.
"""

from __future__ import annotations

from pathlib import PurePath

from perfdocs._deferred import lazy_pattern

_RUNS = lazy_pattern(r"\d+|\D+")  # compiled when names are first sorted


def natural_key(name: str) -> tuple[tuple[int, int, str], ...]:
    """Order names as Windows Explorer lists them: ``项目2`` before ``项目10``, numbers by
    value (``01`` beside ``1``, the shorter first), the rest by character."""
    key = []
    for run in _RUNS.findall(name):
        if run.isdigit():
            key.append((0, int(run), run))
        else:
            key.append((1, 0, run))
    return tuple(key)


def path_key(path: PurePath) -> tuple[tuple[tuple[int, int, str], ...], ...]:
    """:func:`natural_key` folder by folder: ``2/x`` before ``10/a``."""
    return tuple(natural_key(part) for part in path.parts)

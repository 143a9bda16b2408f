"""File arguments as the commands take them: globs the shell left alone, expanded.

Without click, for the click-free ``render`` path (:mod:`perfdocs.cli.quick_render`) as
well as every command (re-exported by :mod:`perfdocs.cli.common`).
"""

from __future__ import annotations

from pathlib import Path

from perfdocs.files.order import natural_key


def expand_globs(files: tuple[str, ...] | list[str]) -> list[str]:
    """Expand globs the shell left alone (Windows cmd passes ``2024/*.yaml`` as typed), in
    the order Explorer shows them (:func:`natural_key`: a unit numbering its projects 1 to
    12 gets 1, 2, … 12 in the 汇总表, not 1, 10, 11, 12, 2); keep everything else as typed,
    and a pattern matching nothing too (reported missing)."""
    import glob

    out: list[str] = []
    for name in files:
        if any(ch in name for ch in "*?[") and not Path(name).exists():
            out += sorted(glob.glob(name), key=natural_key) or [name]
        else:
            out.append(name)
    return out

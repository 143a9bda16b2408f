"""The example projects that ship with perfdocs, by the layout each is written for.

Every bundled layout has a filled example (申报 and 自评) in the repository's ``data/``
folder; a unit that installed perfdocs with pip or pipx has no such folder, yet the README
sends a preparer to an example to copy from. ``setup.py`` therefore copies ``data/`` into
the package as ``perfdocs/examples/``, as it does ``templates/``, and ``perfdocs example``
reads them from whichever of the two this perfdocs runs from.

An example's layout is its ``版式`` line; a file without one (the Shanghai 2024 examples,
written before layouts were named in files) is for the built-in default layout, and its copy
gets the line, so that a unit whose perfdocs.toml names another layout still renders the
example on the form it was written for.
"""

from __future__ import annotations

import re
from pathlib import Path

from perfdocs.records import Record

_INSTALLED = Path(__file__).resolve().parents[1] / "examples"
_SOURCE = Path(__file__).resolve().parents[2] / "data"
_LAYOUT_LINE = re.compile(r"^版式:\s*[\"']?([^\"'#\s]+)", re.MULTILINE)
MAX_EXAMPLE_BYTES = 1_000_000
"""An example is a few kilobytes; anything larger in the folder is not one of ours."""


class Example(Record, frozen=True, slots=True):
    """One bundled example project file and the layout it is written for."""

    layout: str
    path: Path
    named: bool
    """The file has its own 版式 line."""

    def copy_text(self) -> str:
        """The file's text, with a 版式 line after 实施单位 when it has none."""
        text = self.path.read_text(encoding="utf-8-sig")
        if self.named:
            return text
        lines = text.splitlines(keepends=True)
        at = next((i + 1 for i, line in enumerate(lines) if line.startswith("实施单位:")), 0)
        lines.insert(at, f"版式: {self.layout}\n")
        return "".join(lines)


def examples_folder() -> Path | None:
    """``perfdocs/examples`` of an installed perfdocs, else a checkout's ``data/``."""
    for folder in (_INSTALLED, _SOURCE):
        if folder.is_dir():
            return folder
    return None


def bundled_examples(default_layout: str) -> list[Example]:
    """Every example, in layout then file-name order."""
    folder = examples_folder()
    if folder is None:
        return []
    found = []
    for path in sorted(folder.rglob("*.yaml")):
        if path.stat().st_size > MAX_EXAMPLE_BYTES:
            continue
        match = _LAYOUT_LINE.search(path.read_text(encoding="utf-8-sig", errors="replace"))
        found.append(Example(match.group(1) if match else default_layout, path,
                             match is not None))
    return sorted(found, key=lambda e: (e.layout, e.path.name))

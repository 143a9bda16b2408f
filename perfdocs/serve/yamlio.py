"""Round-trip YAML for the editor: load a project file's document, dump it back as text.

Temporary home until the shared round-trip writer lands (the integrity issue); then these
two functions call it, so that perfdocs has one way of writing YAML.
"""

from __future__ import annotations

import io
from typing import Any


def _yaml() -> Any:
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold a long Chinese line
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def load(text: str) -> Any:
    return _yaml().load(text)


def dump(document: Any) -> str:
    out = io.StringIO()
    _yaml().dump(document, out)
    return out.getvalue()


def write(path: Any, data: bytes) -> None:
    """Replace the file atomically (through a symlink, keeping its mode)."""
    from perfdocs.output import write_atomic

    write_atomic(path, data)

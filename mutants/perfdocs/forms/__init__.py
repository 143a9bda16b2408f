"""Form builders: computed project → renderer-neutral :class:`~perfdocs.forms.grid.Form`.

A layout's form names its builder (``builder = "selfeval"``); the builder is imported only
when a form of that kind is rendered.
"""

from __future__ import annotations

import importlib
from typing import Any

BUILDERS: dict[str, str] = {
    "selfeval": "perfdocs.forms.selfeval.builder:build",
    "declaration": "perfdocs.forms.declaration.builder:build",
    "target": "perfdocs.forms.target.builder:build",
}
"""builder name → "module:function"; each function is ``build(prepared, form_layout) -> Form``."""


def builder(name: str) -> Any:
    """The build function registered under ``name``."""
    module, _, attr = BUILDERS[name].partition(":")
    return getattr(importlib.import_module(module), attr)

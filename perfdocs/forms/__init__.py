"""Form types: computed project → renderer-neutral :class:`~perfdocs.forms.grid.Form`.

One package per form type (``forms/<type>/``: its figures, builder and workbook reader)
behind the :class:`~perfdocs.forms.base.FormType` protocol, registered in
:data:`FORM_TYPES`. A layout's form names its type (``builder = "selfeval"``); the type's
modules are imported only when a form of that kind is built. Shared by all of them: the
grid (:mod:`.grid`), the title and assembly (:mod:`.frame`), number formats
(:mod:`.numberformat`), pagination (:mod:`.pages`) and reading filled sheets (:mod:`.sheet`).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from perfdocs.forms.base import FormType
    from perfdocs.forms.grid import Form

FORM_TYPES: dict[str, str] = {
    "selfeval": "perfdocs.forms.selfeval",
    "declaration": "perfdocs.forms.declaration",
    "target": "perfdocs.forms.target",
    "summary": "perfdocs.forms.summary",
}
"""form type name → the package whose ``FORM_TYPE`` implements it (registration: one line)."""


def form_type(name: str) -> FormType:
    """The form type registered under ``name``; ``KeyError`` for one nobody registered."""
    found: FormType = importlib.import_module(FORM_TYPES[name]).FORM_TYPE
    return found


def builder(name: str) -> Callable[[Any, Any], Form]:
    """The build function of form type ``name`` (``build(prepared, form_layout) -> Form``)."""
    return form_type(name).build

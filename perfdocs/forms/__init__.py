"""Form types: computed project → renderer-neutral :class:`~perfdocs.forms.grid.Form`.

One package per form type (``forms/<type>/``: its figures, builder, workbook reader and
diff section) behind the :class:`~perfdocs.forms.base.FormType` protocol, registered in
:data:`FORM_TYPES`. A layout's form names its type (``builder = "selfeval"``); the type's
modules are imported only when they are used. The importer and ``perfdocs diff`` reach
every type through the registry. Shared by all of them: the grid (:mod:`.grid`), the title
and assembly (:mod:`.frame`), number formats (:mod:`.numberformat`), pagination
(:mod:`.pages`), reading filled sheets (:mod:`.sheet`) and comparing versions
(:mod:`.changes`).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

    from perfdocs.forms.base import FormType
    from perfdocs.forms.grid import Form
    from perfdocs.layouts.layout import FormLayout

FORM_TYPES: dict[str, str] = {
    "declaration": "perfdocs.forms.declaration",
    "target": "perfdocs.forms.target",
    "selfeval": "perfdocs.forms.selfeval",
    "summary": "perfdocs.forms.summary",
}
"""form type name → the package whose ``FORM_TYPE`` implements it (registration: one line).

The order is the order of the forms in a year (the 申报 forms, then the 自评表): ``perfdocs
diff`` lists each type's changes in it."""


def form_type(name: str) -> FormType:
    """The form type registered under ``name``; ``KeyError`` for one nobody registered."""
    found: FormType = importlib.import_module(FORM_TYPES[name]).FORM_TYPE
    return found


def form_types() -> list[FormType]:
    """Every registered form type, in registry order (imports each type's package)."""
    return [form_type(name) for name in FORM_TYPES]


def builder(name: str) -> Callable[[Any, FormLayout | None], Form]:
    """The build function of form type ``name`` (``build(prepared, form_layout) -> Form``)."""
    return form_type(name).build

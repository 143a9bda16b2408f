"""What every form type implements: the :class:`FormType` protocol.

A form type is one kind of official table (the 自评表, the 申报表, the 2020 绩效目标表, the
unit's 汇总表): which part of a project it prints, how its renderer-neutral
:class:`~perfdocs.forms.grid.Form` is built, and (for the forms that come back filled) how
a filled sheet is read. Each lives in ``forms/<type>/``, whose ``__init__`` defines
``FORM_TYPE``; :data:`perfdocs.forms.FORM_TYPES` registers it with one line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from perfdocs.forms.grid import Form
    from perfdocs.layouts.layout import FormLayout


class FormType(Protocol):
    """One kind of form."""

    name: str
    """The builder name a layout gives the form (``builder = "selfeval"`` in layout.toml)."""
    title: str
    """What the form is called (自评表), in messages and listings."""
    section: str | None
    """The part of a project file it prints (``自评``, ``申报``); None for a form built from
    many projects (the 汇总表)."""
    reads_back: bool
    """Whether ``perfdocs import`` reads a filled sheet of it (``forms/<type>/reader.py``)."""

    def build(self, source: Any, form: FormLayout | None) -> Form:
        """The checked form grid of ``source`` (a prepared project; the 汇总表 takes a unit's
        summary) laid out by ``form``, the layout's part for this form."""
        ...

"""What every form type implements: the :class:`FormType` protocol.

A form type is one kind of official table (the 自评表, the 申报表, the 2020 绩效目标表, the
unit's 汇总表): which part of a project it prints, how its renderer-neutral
:class:`~perfdocs.forms.grid.Form` is built, how a filled sheet of it is recognised and read
back (``perfdocs import``), and how two versions of its part compare (``perfdocs diff``).
Each lives in ``forms/<type>/``, whose ``__init__`` defines ``FORM_TYPE``;
:data:`perfdocs.forms.FORM_TYPES` registers it with one line, and the importer and the diff
reach every type through that registry, never by name.
"""

from __future__ import annotations

from collections.abc import Set

from perfdocs.records import Record, field

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any, Protocol

    from perfdocs.errors import Diagnostic
    from perfdocs.forms.changes import Change, Version
    from perfdocs.forms.grid import Form
    from perfdocs.forms.sheet import Grid, PrintedFigure, SheetProblems
    from perfdocs.layouts.layout import FormLayout
    from perfdocs.loading.source import Loc
else:
    Protocol = object  # a protocol is the type checker's: a plain base at run time

Tree = dict[str, "Any"]
"""A project file's data as plain YAML values (what ``perfdocs import`` writes)."""


class SheetRead(Record):
    """What one filled sheet of a form says, as project-file data."""

    head: Tree
    """The header fields it prints (年度, 项目名称, 主管部门, 实施单位, 金额单位)."""
    part: Tree
    """The part of the project file it prints (the ``自评`` or ``申报`` mapping)."""
    printed: list[PrintedFigure] = field(default_factory=list)
    """Figures perfdocs would compute itself, as the sheet prints them (自评.原表)."""


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

    def fields(self, source: Any, form: FormLayout | None) -> dict[str, str]:
        """The text fields of the form built from the same arguments as :meth:`build`
        (``project_name``, ``year``, ``title``…), which a user's Word template may place;
        the engine hands them to the renderers beside the form."""
        ...

    def recognizes(self, keys: Set[str]) -> bool:
        """Whether a sheet holding these label keys (:attr:`Grid.keys`) is this form; at
        most one type recognises a sheet (a type that is never read back: never)."""
        ...

    def read_sheet(self, grid: Grid, form: FormLayout, problems: SheetProblems,
                   cells: dict[Loc, str], file_unit: str | None) -> SheetRead:
        """The filled sheet ``grid`` as project-file data, laid out as ``form`` says.

        ``file_unit`` is the 金额单位 of a sheet read before it for the same project (an
        amount in another unit keeps its own as a suffix). Every field's cell goes into
        ``cells``; what cannot be read goes into ``problems``.
        """
        ...

    def complete(self, tree: Tree, part: Tree, grid: Grid, cells: dict[Loc, str]
                 ) -> list[Diagnostic]:
        """Fill header fields of an imported project that this form does not print (from
        ``part``, what the sheet said); warnings for what cannot be known."""
        ...

    def changes(self, old: Version, new: Version) -> list[Change]:
        """What changed in this form's part between two versions of a project, in the
        form's words (``perfdocs diff``); empty for a form whose part another type
        compares (two forms printing the same part) or that prints no part."""
        ...

"""The unit's 项目绩效目标汇总表: one row per project, built from prepared projects."""

from __future__ import annotations

from collections.abc import Set
from typing import TYPE_CHECKING

from perfdocs.forms.base import SheetRead

if TYPE_CHECKING:
    from perfdocs.errors import Diagnostic
    from perfdocs.forms.base import Tree
    from perfdocs.forms.changes import Change, Version
    from perfdocs.forms.grid import Form
    from perfdocs.forms.sheet import Grid, SheetProblems
    from perfdocs.forms.summary.builder import Summary
    from perfdocs.layouts.layout import FormLayout
    from perfdocs.loading.source import Loc


class SummaryType:
    """The unit's 项目绩效目标汇总表, built from a unit's :class:`~.builder.Summary`."""

    name = "summary"
    title = "汇总表"
    section: str | None = None
    reads_back = False

    def build(self, source: Summary, form: FormLayout | None) -> Form:
        from perfdocs.forms.summary.builder import build_summary_form

        return build_summary_form(source)

    def fields(self, source: Summary, form: FormLayout | None) -> dict[str, str]:
        from perfdocs.forms.summary.builder import summary_fields

        return summary_fields(source)

    def recognizes(self, keys: Set[str]) -> bool:
        return False  # never read back: it is made from the project files

    def read_sheet(self, grid: Grid, form: FormLayout, problems: SheetProblems,
                   cells: dict[Loc, str], file_unit: str | None) -> SheetRead:
        raise NotImplementedError("the 汇总表 is not read back")

    def complete(self, tree: Tree, part: Tree, grid: Grid, cells: dict[Loc, str]
                 ) -> list[Diagnostic]:
        return []

    def changes(self, old: Version, new: Version) -> list[Change]:
        return []  # it prints no part of a project of its own


FORM_TYPE = SummaryType()

"""The 2020 财政项目支出绩效目标表 (builder name ``target``): its figures, builder and workbook
reader. Its part, 申报, is compared by the 申报表's diff section."""

from __future__ import annotations

from collections.abc import Set
from typing import TYPE_CHECKING

from perfdocs.forms.base import SheetRead

if TYPE_CHECKING:
    from perfdocs.engine.pipeline import Prepared
    from perfdocs.errors import Diagnostic
    from perfdocs.forms.base import Tree
    from perfdocs.forms.changes import Change, Version
    from perfdocs.forms.grid import Form
    from perfdocs.forms.sheet import Grid, SheetProblems
    from perfdocs.layouts.layout import FormLayout
    from perfdocs.loading.source import Loc


class TargetType:
    """The 2020 财政项目支出绩效目标表."""

    name = "target"
    title = "绩效目标表"
    section: str | None = "申报"
    reads_back = True

    def build(self, source: Prepared, form: FormLayout | None) -> Form:
        from perfdocs.forms.target.builder import build

        assert form is not None  # a project's form is always laid out by its layout
        return build(source, form)

    def fields(self, source: Prepared, form: FormLayout | None) -> dict[str, str]:
        from perfdocs.forms.target.builder import fields

        assert form is not None
        return fields(source, form)

    def recognizes(self, keys: Set[str]) -> bool:
        # its table is headed 三级目标 (the 申报表 and 自评表 say 三级指标)
        return "三级目标" in keys and "三级指标" not in keys

    def read_sheet(self, grid: Grid, form: FormLayout, problems: SheetProblems,
                   cells: dict[Loc, str], file_unit: str | None) -> SheetRead:
        from perfdocs.forms.target.reader import read_target

        head, part = read_target(grid, form, problems, cells, file_unit)
        return SheetRead(head, part)

    def complete(self, tree: Tree, part: Tree, grid: Grid, cells: dict[Loc, str]
                 ) -> list[Diagnostic]:
        from perfdocs.forms.target.reader import complete_head

        return complete_head(tree, part, grid, cells)

    def changes(self, old: Version, new: Version) -> list[Change]:
        return []  # the 申报 part it prints is compared by the 申报表's section


FORM_TYPE = TargetType()

"""The 财政项目支出绩效目标申报表 (builder name ``declaration``): its figures, builder,
workbook reader and diff section."""

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


class DeclarationType:
    """The 财政项目支出绩效目标申报表."""

    name = "declaration"
    title = "申报表"
    section: str | None = "申报"
    reads_back = True

    def build(self, source: Prepared, form: FormLayout | None) -> Form:
        from perfdocs.forms.declaration.builder import build

        assert form is not None  # a project's form is always laid out by its layout
        return build(source, form)

    def fields(self, source: Prepared, form: FormLayout | None) -> dict[str, str]:
        from perfdocs.forms.declaration.builder import fields

        assert form is not None
        return fields(source, form)

    def recognizes(self, keys: Set[str]) -> bool:
        # its indicator table is headed 三级指标, without the 自评表's 实际完成值 and 得分
        return "三级指标" in keys and "实际完成值" not in keys and "得分" not in keys

    def read_sheet(self, grid: Grid, form: FormLayout, problems: SheetProblems,
                   cells: dict[Loc, str], file_unit: str | None) -> SheetRead:
        from perfdocs.forms.declaration.reader import read_declaration

        head, part = read_declaration(grid, form, problems, cells, file_unit)
        return SheetRead(head, part)

    def complete(self, tree: Tree, part: Tree, grid: Grid, cells: dict[Loc, str]
                 ) -> list[Diagnostic]:
        return []  # the 申报表 prints every header field

    def changes(self, old: Version, new: Version) -> list[Change]:
        from perfdocs.forms.declaration.diff import declaration_changes

        return declaration_changes(old, new)


FORM_TYPE = DeclarationType()

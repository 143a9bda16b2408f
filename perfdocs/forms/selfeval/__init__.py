"""The 财政项目支出绩效自评表 (builder name ``selfeval``): its builder, its workbook reader and
its diff section."""

from __future__ import annotations

from collections.abc import Set

from perfdocs.forms.base import SheetRead

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from perfdocs.engine.pipeline import Prepared
    from perfdocs.errors import Diagnostic
    from perfdocs.forms.base import Tree
    from perfdocs.forms.changes import Change, Version
    from perfdocs.forms.grid import Form
    from perfdocs.forms.sheet import Grid, SheetProblems
    from perfdocs.layouts.layout import FormLayout
    from perfdocs.loading.source import Loc


class SelfevalType:
    """The 财政项目支出绩效自评表."""

    name = "selfeval"
    title = "自评表"
    section: str | None = "自评"
    reads_back = True

    def build(self, source: Prepared, form: FormLayout | None) -> Form:
        from perfdocs.forms.selfeval.builder import build

        assert form is not None  # a project's form is always laid out by its layout
        return build(source, form)

    def fields(self, source: Prepared, form: FormLayout | None) -> dict[str, str]:
        from perfdocs.forms.selfeval.builder import fields

        assert form is not None
        return fields(source, form)

    def recognizes(self, keys: Set[str]) -> bool:
        # its indicator table is headed 三级指标, with 实际完成值 and 得分 (the 申报表 has neither)
        return "三级指标" in keys and ("实际完成值" in keys or "得分" in keys)

    def read_sheet(self, grid: Grid, form: FormLayout, problems: SheetProblems,
                   cells: dict[Loc, str], file_unit: str | None) -> SheetRead:
        from perfdocs.forms.selfeval.reader import read_selfeval

        head, printed, part = read_selfeval(grid, form, problems, cells)
        return SheetRead(head, part, printed)

    def complete(self, tree: Tree, part: Tree, grid: Grid, cells: dict[Loc, str]
                 ) -> list[Diagnostic]:
        return []  # the 自评表 prints every header field

    def changes(self, old: Version, new: Version) -> list[Change]:
        from perfdocs.forms.selfeval.diff import evaluation_changes

        return evaluation_changes(old, new)


FORM_TYPE = SelfevalType()

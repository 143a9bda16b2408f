"""The 财政项目支出绩效目标申报表 (builder name ``declaration``): its figures, builder and
workbook reader."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from perfdocs.forms.grid import Form
    from perfdocs.layouts.layout import FormLayout


class DeclarationType:
    """The 财政项目支出绩效目标申报表."""

    name = "declaration"
    title = "申报表"
    section: str | None = "申报"
    reads_back = True

    def build(self, source: Any, form: FormLayout | None) -> Form:
        from perfdocs.forms.declaration.builder import build

        assert form is not None  # a project's form is always laid out by its layout
        return build(source, form)


FORM_TYPE = DeclarationType()

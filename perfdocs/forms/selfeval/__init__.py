"""The 财政项目支出绩效自评表 (builder name ``selfeval``): its builder, its workbook reader."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from perfdocs.forms.grid import Form
    from perfdocs.layouts.layout import FormLayout


class SelfevalType:
    """The 财政项目支出绩效自评表."""

    name = "selfeval"
    title = "自评表"
    section: str | None = "自评"
    reads_back = True

    def build(self, source: Any, form: FormLayout | None) -> Form:
        from perfdocs.forms.selfeval.builder import build

        assert form is not None  # a project's form is always laid out by its layout
        return build(source, form)


FORM_TYPE = SelfevalType()

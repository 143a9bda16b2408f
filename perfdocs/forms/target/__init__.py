"""The 2020 财政项目支出绩效目标表 (builder name ``target``): its figures, builder and workbook
reader."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from perfdocs.forms.grid import Form
    from perfdocs.layouts.layout import FormLayout


class TargetType:
    """The 2020 财政项目支出绩效目标表."""

    name = "target"
    title = "绩效目标表"
    section: str | None = "申报"
    reads_back = True

    def build(self, source: Any, form: FormLayout | None) -> Form:
        from perfdocs.forms.target.builder import build

        assert form is not None  # a project's form is always laid out by its layout
        return build(source, form)


FORM_TYPE = TargetType()

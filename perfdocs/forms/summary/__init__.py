"""The unit's 项目绩效目标汇总表: one row per project, built from prepared projects."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from perfdocs.forms.grid import Form
    from perfdocs.layouts.layout import FormLayout


class SummaryType:
    """The unit's 项目绩效目标汇总表, built from a unit's :class:`~.builder.Summary`."""

    name = "summary"
    title = "汇总表"
    section: str | None = None
    reads_back = False

    def build(self, source: Any, form: FormLayout | None) -> Form:
        from perfdocs.forms.summary.builder import build_summary_form

        return build_summary_form(source)


FORM_TYPE = SummaryType()

"""What every form builder does around its blocks: the title context and the Form itself.

The 自评表, 申报表 and 绩效目标表 differ in their blocks; their title, subtitle and sheet name
are the layout's Jinja texts rendered with the same fields, and the Form carries the
layout's widths, fonts and template folder. One place, so a new field reaches every form.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from perfdocs.forms.grid import Block, Fonts, Form
from perfdocs.layouts.templating import render_text

if TYPE_CHECKING:
    from perfdocs.layouts.layout import FormLayout, Layout
    from perfdocs.model.project import Project


def title_context(project: Project, layout: Layout, form: FormLayout, kind: str, *,
                  name: str | None = None) -> dict[str, Any]:
    """The fields a layout's texts may use, with its title and subtitle rendered."""
    context: dict[str, Any] = {
        "year": str(project.year), "project_name": name or project.name,
        "department": project.department, "unit": project.unit,
        "layout": layout.name, "form": kind}
    where = _where(layout)
    context["title"] = render_text(form.title, context, where=where)
    context["subtitle"] = render_text(form.subtitle, context, where=where)
    return context


def assemble(layout: Layout, form: FormLayout, kind: str, context: dict[str, Any],
             blocks: tuple[Block, ...]) -> Form:
    """The checked Form of ``blocks`` with the layout's widths, fonts and sheet name."""
    fonts = form.fonts
    built = Form(
        kind=form.kind or kind, title=context["title"], subtitle=context["subtitle"],
        column_widths=tuple(form.column_widths), blocks=blocks,
        sheet_name=render_text(form.sheet_name, context, where=_where(layout)),
        fonts=Fonts(fonts.family, fonts.title_size, fonts.subtitle_size, fonts.body_size,
                    fonts.latin),
        template_dir=layout.folder, context=context,
    )
    built.check()
    return built


def _where(layout: Layout) -> str:
    return f"{layout.folder}/layout.toml"

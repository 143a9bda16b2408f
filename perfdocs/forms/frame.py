"""What every form builder does around its blocks: the title context and the Form itself.

The 自评表, 申报表 and 绩效目标表 differ in their blocks; their title, subtitle and sheet name
are the layout's Jinja texts rendered with the same fields, and the Form carries the
layout's widths and fonts. One place, so a new field reaches every form. The same fields
are what a user's Word template may place (the form type's ``fields``, handed to the
renderers by the engine beside the form).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from perfdocs.forms.grid import Block, Cell, Fonts, Form
from perfdocs.forms.labels import (
    SHORT_LABEL,
    fitted_widths,
    line_capacity,
    line_ems,
    wrap_label,
)
from perfdocs.forms.lines import lines_text, project_values
from perfdocs.layouts.templating import render_text
from perfdocs.records import replace

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from perfdocs.layouts.layout import FormLayout, Layout
    from perfdocs.model.project import Project


def title_context(project: Project, layout: Layout, form: FormLayout, kind: str, *,
                  name: str | None = None) -> dict[str, str]:
    """The fields a layout's texts may use, with its title and subtitle rendered."""
    context: dict[str, str] = {
        "year": str(project.year), "project_name": name or project.name,
        "department": project.department, "unit": project.unit,
        "layout": layout.name, "form": kind}
    where = _where(layout)
    context["title"] = render_text(form.title, context, where=where)
    context["subtitle"] = render_text(form.subtitle, context, where=where)
    return context


def line_sources(project: Project, unit: Mapping[str, str] | None) -> tuple[Mapping[str, str], ...]:
    """Where the header and footer lines' values come from, first found first: the project
    file's 填报信息, perfdocs.toml's [unit], the project's own header.

    [unit] describes the workspace's own unit, so it fills the lines of that unit's
    projects (or of every project when it names no unit), never of a project whose 实施单位
    is another unit: a bureau collecting its units' files in one folder printed its own
    name as every unit's 单位名称, and its own 填报人 beside it."""
    from perfdocs.loading.settings_values import same_unit

    own = unit or {}
    if not same_unit(own.get("单位名称", ""), project.unit):
        own = {}
    return (project.filing, own, project_values(project))


def assemble(layout: Layout, form: FormLayout, kind: str, context: Mapping[str, str],
             blocks: tuple[Block, ...],
             sources: tuple[Mapping[str, str], ...] = ()) -> Form:
    """The checked Form of ``blocks`` with the layout's widths and fonts and the header and
    footer lines filled from ``sources`` (see :func:`line_sources`)."""
    fonts = form.fonts
    cells = [cell for block in blocks for cell in block.cells]
    per_line = line_ems(fonts.body_size)
    widths = fitted_widths(form.grid_widths, cells, fonts.body_size)
    if widths != tuple(form.grid_widths) and any(c.unwrapped is not None for c in cells):
        widths, blocks = _rewrapped(form.grid_widths, blocks, fonts.body_size)
    built = Form(
        kind=form.kind or kind, title=context["title"], subtitle=context["subtitle"],
        column_widths=widths, blocks=blocks,
        header=lines_text(form.header_lines, sources, per_line),
        footer=lines_text(form.footer_lines, sources, per_line),
        fonts=Fonts(fonts.family, fonts.title_size, fonts.subtitle_size, fonts.body_size,
                    fonts.latin),
    )
    built.check()
    return built


def _rewrapped(grid: Sequence[Decimal], blocks: tuple[Block, ...], size: Decimal
               ) -> tuple[tuple[Decimal, ...], tuple[Block, ...]]:
    """Column widths fitted to the group captions as written, and the captions broken again
    for those widths.

    The builder breaks a 一级/二级 name for the layout's widths; when the columns are then
    widened (a variant's extra columns took room from them), names were broken for columns
    narrower than the form's: 产出/指标, 服务对/象满/意度/指标. Here every name counts as lines
    of at most four characters (产出指标, 服务对象/满意度/指标), which the fitted columns hold
    whole, and is broken for the final widths, never into shorter pieces than that.
    """
    plain = [replace(c, text=wrap_label(c.unwrapped, SHORT_LABEL))
             if c.unwrapped is not None else c for block in blocks for c in block.cells]
    widths = fitted_widths(grid, plain, size)

    def again(cell: Cell) -> Cell:
        if cell.unwrapped is None:
            return cell
        capacity = max(SHORT_LABEL, line_capacity(widths, cell.col, cell.colspan, size))
        return replace(cell, text=wrap_label(cell.unwrapped, capacity))

    return widths, tuple(replace(block, cells=tuple(again(c) for c in block.cells))
                         for block in blocks)


def _where(layout: Layout) -> str:
    return f"{layout.folder}/layout.toml"

"""The official 汇总表: "<unit><year>年度项目绩效目标汇总表" over each project's 申报表.

This is what a unit hands in with its budget request (seed 001): the title line, then every
project's 绩效目标申报表, one after another, each as the project's own form. Nothing is
summed: the 汇总表 binds the declarations under the unit's title. Its title and the forms it
binds come from the layout's ``[summary]`` section.

Only projects that have a 申报 part can appear; the others are left out, for the caller to
name on the terminal. perfdocs' one-row-per-project table is a different
thing, the 项目绩效一览表 (:mod:`perfdocs.forms.summary.builder`).

This module holds what the layout says of the 汇总表 (its title, the forms it binds);
:mod:`perfdocs.engine.declaration_summary` builds each project's forms under the title,
renders and writes it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from perfdocs.layouts.layout import Layout

DECLARATION = "申报"
FORMATS = ("pdf", "docx", "xlsx")


def summary_title(layout: Layout, unit: str, year: int) -> str:
    """The layout's ``[summary] title`` for one unit and year."""
    from perfdocs.layouts.templating import render_text

    return render_text(layout.summary.title,
                       {"unit": unit, "year": str(year), "layout": layout.name},
                       where=f"{layout.folder}/layout.toml [summary] title")


def bound_kinds(layout: Layout) -> tuple[str, ...]:
    """The forms the 汇总表 binds: ``[summary] forms``, else every form of the 申报 part."""
    if layout.summary.forms:
        return tuple(layout.summary.forms)
    return tuple(kind for kind, form in layout.forms.items() if form.section == DECLARATION)

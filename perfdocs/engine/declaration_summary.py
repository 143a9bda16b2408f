"""The official 汇总表 of each unit: each project's 申报表 built under the unit's title,
rendered in every format in memory, then written.

What the 汇总表 is (its parts, its title, which forms it binds) is the form type's
(:mod:`perfdocs.forms.summary.declaration`); here each project's forms are built through the
pipeline, the files are named and written, and a packet gets each project's pages apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from perfdocs.forms.summary.declaration import (
    FORMATS,
    Collected,
    DeclarationSummary,
    ProjectForms,
    bound_kinds,
    summary_title,
)

if TYPE_CHECKING:
    from perfdocs.engine.pipeline import Prepared
    from perfdocs.loading.settings import Settings
    from perfdocs.render.pdf.fonts import FontChoice


def collect(prepared: Iterable[Prepared]) -> Collected:
    """Group projects by (实施单位, 年度) in the order given; build each one's bound forms."""
    from perfdocs.engine.pipeline import forms_of

    groups: dict[tuple[str, int], list[ProjectForms]] = {}
    titles: dict[tuple[str, int], str] = {}
    left_out: list[str] = []
    for item in prepared:
        project = item.project
        if project.declaration is None:
            left_out.append(item.path)
            continue
        key = (project.unit, project.year)
        if key not in titles:
            titles[key] = summary_title(item.layout, project.unit, project.year)
        forms, _notes = forms_of(item, bound_kinds(item.layout))
        if not forms:
            left_out.append(item.path)
            continue
        heading = titles[key]
        groups.setdefault(key, []).append(ProjectForms(
            item.path, project.name, tuple(replace(f, heading=heading) for f in forms)))
    summaries = [DeclarationSummary(unit, year, titles[(unit, year)], tuple(projects))
                 for (unit, year), projects in groups.items()]
    return Collected(summaries, left_out)


def summary_file(out: Path, summary: DeclarationSummary, suffix: str) -> Path:
    """``out/<title>.<suffix>``, the name sanitised."""
    from perfdocs.engine.output import sanitize_segment

    return out.resolve() / (sanitize_segment(summary.title) + suffix)


def render_summary(summary: DeclarationSummary, settings: Settings, font: FontChoice | None,
                   formats: Sequence[str] = FORMATS) -> list[tuple[str, bytes]]:
    """(format, bytes) of the 汇总表 in each format (PDF only with a font)."""
    from perfdocs.engine.pipeline import render_format

    forms = summary.forms
    return [(fmt, render_format(fmt, forms, settings, font, summary.title))
            for fmt in formats if fmt != "pdf" or font is not None]


def bound_parts(summary: DeclarationSummary, settings: Settings, font: FontChoice
                ) -> list[tuple[ProjectForms, bytes]]:
    """Each project's pages of the 汇总表 as a PDF without page footer, for a bound PDF.

    Rendered per project, so the bound PDF can bookmark each project; the title line
    prints over the first project only, as in the 汇总表's own PDF.
    """
    from perfdocs.engine.pipeline import render_format

    plain = replace(settings, pdf_footer=False)
    parts = []
    for index, project in enumerate(summary.projects):
        forms = list(project.forms)
        if index:
            forms = [replace(f, heading="") for f in forms]
        parts.append((project, render_format("pdf", forms, plain, font, project.path)))
    return parts


def write_summaries(prepared: Sequence[Prepared], settings: Settings, out: Path, *,
                    font: FontChoice | None, formats: Sequence[str] = FORMATS
                    ) -> tuple[list[tuple[DeclarationSummary, list[Path]]], list[str]]:
    """Render every unit's 汇总表 in memory, then write the files; also the files left out."""
    from perfdocs.files.writing import write_atomic

    collected = collect(prepared)
    planned = []
    for summary in collected.summaries:
        files = [(summary_file(out, summary, f".{fmt}"), data)
                 for fmt, data in render_summary(summary, settings, font, formats)]
        planned.append((summary, files))
    for _summary, files in planned:
        for target, data in files:
            write_atomic(target, data)
    return ([(summary, [target for target, _ in files]) for summary, files in planned],
            collected.left_out)

"""The official 汇总表: "<unit><year>年度项目绩效目标汇总表" over each project's 申报表.

This is what a unit hands in with its budget request (seed 001): the title line, then every
project's 绩效目标申报表, one after another, each as the project's own form. Nothing is
summed: the 汇总表 binds the declarations under the unit's title. Its title and the forms it
binds come from the layout's ``[summary]`` section.

Only projects that have a 申报 part can appear; the others are returned as ``left_out`` for
the caller to name on the terminal. perfdocs' one-row-per-project table is a different
thing, the 项目绩效一览表 (:mod:`perfdocs.forms.summary.builder`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from perfdocs.engine.pipeline import Prepared
    from perfdocs.forms.grid import Form
    from perfdocs.layouts.layout import Layout
    from perfdocs.loading.settings import Settings
    from perfdocs.render.pdf.fonts import FontChoice

DECLARATION = "申报"
FORMATS = ("pdf", "docx", "xlsx")


@dataclass(frozen=True)
class ProjectForms:
    """One project's forms in the 汇总表 (the first project's carry the title line)."""

    path: str
    name: str
    forms: tuple[Form, ...]


@dataclass(frozen=True)
class DeclarationSummary:
    """The 汇总表 of one 实施单位 and 年度."""

    unit: str
    year: int
    title: str
    projects: tuple[ProjectForms, ...]

    @property
    def forms(self) -> list[Form]:
        """Every bound form in order, each carrying the title as its heading."""
        return [form for project in self.projects for form in project.forms]


@dataclass(frozen=True)
class Collected:
    """The 汇总表 of each unit, and the files left out because they have no 申报 part."""

    summaries: list[DeclarationSummary]
    left_out: list[str]


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

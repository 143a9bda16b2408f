"""The official 汇总表 of each unit: each project's 申报表 built under the unit's title,
rendered in every format in memory, then written.

What the layout says of the 汇总表 (its title, which forms it binds) is read in
:mod:`perfdocs.forms.summary.declaration`; here each project's forms are built through the
pipeline (each with its Word template and fields), the files are named and written, and a
packet gets each project's pages apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from perfdocs.forms.summary.declaration import FORMATS, bound_kinds, summary_title
from perfdocs.records import Record, replace

if TYPE_CHECKING:
    from perfdocs.engine.pipeline import BuiltForm, Prepared
    from perfdocs.forms.grid import Form
    from perfdocs.loading.settings import Settings
    from perfdocs.render.pdf.fonts import FontChoice


class ProjectForms(Record, frozen=True):
    """One project's forms in the 汇总表 (the first project's carry the title line)."""

    path: str
    name: str
    built: tuple[BuiltForm, ...]

    @property
    def forms(self) -> tuple[Form, ...]:
        """The forms' grids, each carrying the title as its heading."""
        return tuple(one.form for one in self.built)


class DeclarationSummary(Record, frozen=True):
    """The 汇总表 of one 实施单位 and 年度."""

    unit: str
    year: int
    title: str
    projects: tuple[ProjectForms, ...]

    @property
    def built(self) -> list[BuiltForm]:
        """Every bound form in order, with its render options."""
        return [one for project in self.projects for one in project.built]

    @property
    def forms(self) -> list[Form]:
        """Every bound form's grid in order, each carrying the title as its heading."""
        return [one.form for one in self.built]


class Collected(Record, frozen=True):
    """The 汇总表 of each unit, and the files left out because they have no 申报 part."""

    summaries: list[DeclarationSummary]
    left_out: list[str]


def _headed(one: BuiltForm, heading: str) -> BuiltForm:
    return replace(one, form=replace(one.form, heading=heading))


def collect(prepared: Iterable[Prepared], *, revision: bool = False,
            override: str | None = None) -> Collected:
    """Group projects by (实施单位, 年度) in the order given; build each one's bound forms.

    ``revision`` (perfdocs.toml ``[render] revision``) is passed to
    :func:`~perfdocs.engine.pipeline.built_forms` as ``render`` does, so a corrected
    project's 申报表 carries its 修订 line here as in 表格/: the same form is handed in
    the same everywhere. A file with a 申报 part whose layout prints no 申报表 is an
    error, every such file named (:func:`~perfdocs.engine.parts.no_stage_form`;
    ``override``: the command's ``--layout``), before anything is built.
    """
    from perfdocs.engine.parts import no_stage_form
    from perfdocs.engine.pipeline import built_forms
    from perfdocs.errors import FilesRefused

    prepared = list(prepared)
    unprintable = [d for item in prepared if item.project.declaration is not None
                   and (d := no_stage_form(item.path, item.layout, "申报", override))]
    if unprintable:
        raise FilesRefused(f"未生成汇总表，什么也没有写入：{len(unprintable)} 个文件的版式"
                           "没有申报表（见上）", unprintable)
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
        built, _notes = built_forms(item, bound_kinds(item.layout), revision=revision)
        if not built:
            left_out.append(item.path)
            continue
        heading = titles[key]
        groups.setdefault(key, []).append(ProjectForms(
            item.path, project.name, tuple(_headed(one, heading) for one in built)))
    summaries = [DeclarationSummary(unit, year, titles[(unit, year)], tuple(projects))
                 for (unit, year), projects in groups.items()]
    return Collected(summaries, left_out)


def summary_file(out: Path, summary: DeclarationSummary, suffix: str) -> Path:
    """``out/<title>.<suffix>``, the name sanitised as the 一览表's
    (:func:`~perfdocs.engine.output.titled_file`: a long unit cut, the title's words kept)."""
    from perfdocs.engine.output import titled_file

    return titled_file(out, summary.title, summary.unit, suffix)


def render_summary(summary: DeclarationSummary, settings: Settings, font: FontChoice | None,
                   formats: Sequence[str] = FORMATS) -> list[tuple[str, bytes]]:
    """(format, bytes) of the 汇总表 in each format (PDF only with a font)."""
    from perfdocs.engine.pipeline import render_format

    built = summary.built
    return [(fmt, render_format(fmt, built, settings, font, summary.title))
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
        built = list(project.built)
        if index:
            built = [_headed(one, "") for one in built]
        parts.append((project, render_format("pdf", built, plain, font, project.path)))
    return parts


def write_summaries(prepared: Sequence[Prepared], settings: Settings, out: Path, *,
                    font: FontChoice | None, formats: Sequence[str] = FORMATS,
                    override: str | None = None
                    ) -> tuple[list[tuple[DeclarationSummary, list[Path]]], list[str]]:
    """Render every unit's 汇总表 in memory, then write the files; also the files left out
    (``override``: the command's ``--layout``, for :func:`collect`'s errors)."""
    from perfdocs.files.writing import write_atomic

    collected = collect(prepared, revision=settings.print_revision, override=override)
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

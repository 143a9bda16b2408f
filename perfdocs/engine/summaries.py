"""The 汇总表 of each 实施单位 and 年度, prepared and written as the engine writes forms.

What the table holds and how it is laid out is the 汇总表 form type's
(:mod:`perfdocs.forms.summary.builder`); here every project file is prepared (one bad file
stops the whole summary, which would otherwise total the wrong figures), each unit's table
is rendered in memory in every format, and only then are the files written atomically.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from perfdocs.errors import Diagnostic, PerfdocsError, ValidationFailed
from perfdocs.forms import form_type
from perfdocs.forms.summary.builder import Entry, Summary, summarize

if TYPE_CHECKING:
    from perfdocs.engine.pipeline import BuiltForm, Prepared
    from perfdocs.layouts.layout import Layout
    from perfdocs.loading.settings import Settings
    from perfdocs.render.pdf.fonts import FontChoice


def prepare_all(paths: Sequence[str | Path], settings: Settings, *,
                layout: str | None = None, declared_only: list[str] | None = None
                ) -> list[Prepared]:
    """Prepare every file; raise one :class:`ValidationFailed` listing every file's problems.

    A summary with a project left out would total the wrong figures, so one bad file stops
    the whole summary. With ``declared_only`` (the 汇总表, which prints 申报表 only) a file
    whose errors are all in its 自评 part is prepared from its 申报 part, as ``packet
    --stage 申报`` packs it (tester7 N5); its path and error count go on that list.
    """
    from perfdocs.engine.pipeline import prepare

    prepared: list[Prepared] = []
    problems: list[Diagnostic] = []
    for path in paths:
        try:
            prepared.append(prepare(path, settings, layout_name=layout))
        except PerfdocsError as exc:
            made = None if declared_only is None else _declared_part(
                str(path), settings, layout, exc, declared_only)
            if made is None:
                problems += exc.all_diagnostics()
            else:
                prepared.append(made)
    if problems:
        raise ValidationFailed(str(paths[0]) if len(paths) == 1 else "汇总表", problems)
    return prepared


def _declared_part(path: str, settings: Settings, layout: str | None, exc: PerfdocsError,
                   told: list[str]) -> Prepared | None:
    """``path`` prepared without its 自评 part when every error of ``exc`` is there (the
    packet's own test and reading, :func:`perfdocs.engine.parts.only_other_part`), its
    note on ``told``; None when it cannot be."""
    from perfdocs.engine.parts import only_other_part, prepare_part

    count = only_other_part(exc, "申报")
    if not count:
        return None
    try:
        made: Prepared = prepare_part(path, settings, layout, "自评")
    except PerfdocsError:
        return None
    told.append(f"{path}：「自评」部分有 {count} 处错误（未填完），未用；只用了申报部分"
                "（报送自评材料前请填完，validate 列出各处）")
    return made


def run_layout(settings: Settings, layout: str | None = None) -> Layout:
    """The run's layout: ``layout`` (``--layout``), else the settings' ``[render] layout``;
    one that cannot be read is blamed on perfdocs.toml's line, as a project's would be."""
    from perfdocs.errors import LayoutError
    from perfdocs.layouts.layout import load_layout

    name = layout or settings.layout
    try:
        return load_layout(name, settings.layout_paths)
    except LayoutError as exc:
        given = "--layout 给出" if layout else "设置"
        raise LayoutError(f"项目的版式不同，项目绩效一览表按{given}的版式「{name}」印，"
                          f"但无法读取它：{exc.message}",
                          file=exc.file, line=exc.line, field=exc.field) from None


def summary_path(out: Path, summary: Summary, suffix: str) -> Path:
    """``out/<unit><year>年度项目绩效目标汇总表.<suffix>``, the name sanitised.

    The 实施单位 goes in as a name part (:func:`perfdocs.engine.output.name_part`): two
    units whose names differ only after the cut get two files.
    """
    from perfdocs.engine.output import titled_file

    return titled_file(out, summary.title, summary.unit, suffix)


def render_summaries(prepared: Sequence[Prepared | Entry], settings: Settings, out: Path, *,
                     font: FontChoice | None, formats: tuple[str, ...] = ("xlsx", "pdf"),
                     layout: str | None = None) -> list[tuple[Summary, list[Path]]]:
    """Render each unit's summary in every format in memory, then write them atomically.

    The PDF needs a font: without one (``font=None``) only the other formats are written.
    A unit whose projects use different layouts gets its 一览表 in the run's layout
    (``layout``, the ``--layout`` given, else the settings' ``[render] layout``), every
    amount converted into its money unit (:func:`~perfdocs.forms.summary.builder.summarize`).
    """
    from perfdocs.engine.pipeline import render_format
    from perfdocs.files.writing import write_set

    planned: list[tuple[Summary, list[tuple[Path, bytes]]]] = []
    for summary in summarize(prepared, lambda: run_layout(settings, layout)):
        form = summary_form(summary)
        files = [(summary_path(out, summary, f".{fmt}"),
                  render_format(fmt, [form], settings, font, summary.title))
                 for fmt in formats if fmt != "pdf" or font is not None]
        planned.append((summary, files))
    write_set([item for _summary, files in planned for item in files])
    return [(summary, [target for target, _ in files]) for summary, files in planned]


def summary_pdf(summary: Summary, settings: Settings, font: FontChoice, *,
                footer: bool = True) -> bytes:
    """The summary's PDF in memory; ``footer=False`` leaves out its "第 x 页 共 y 页"
    (a packet's bound PDF numbers its own pages)."""
    from perfdocs.engine.pipeline import render_format
    from perfdocs.records import replace

    if not footer:
        settings = replace(settings, pdf_footer=False)
    return render_format("pdf", [summary_form(summary)], settings, font, summary.title)


def summary_form(summary: Summary) -> BuiltForm:
    """The summary's form with the fields a Word template may place."""
    from perfdocs.engine.pipeline import BuiltForm
    from perfdocs.render.base import FormOptions

    kind = form_type("summary")
    return BuiltForm(kind.build(summary, None), FormOptions(fields=kind.fields(summary, None)))


def write_summary(paths: Sequence[str | Path], settings: Settings, out: Path, *,
                  font: FontChoice | None, layout: str | None = None,
                  formats: tuple[str, ...] = ("xlsx", "pdf")) -> list[Path]:
    """Validate ``paths`` and write each unit's summary into ``out``; the files written."""
    prepared = prepare_all(paths, settings, layout=layout)
    done = render_summaries(prepared, settings, out, font=font, formats=formats)
    return [path for _summary, files in done for path in files]

"""The 自评报告 of one project: rendered in every format in memory, then written.

What the report says is the form type's (:func:`perfdocs.forms.report.report.report_context`);
how it looks is the renderers' (:mod:`perfdocs.render.docx.report`,
:mod:`perfdocs.render.pdf.report`). Here the two meet: the Word document is filled once and
the PDF drawn from it, and the files are named like the project's forms.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from perfdocs.engine.pipeline import Prepared
    from perfdocs.errors import Diagnostic
    from perfdocs.loading.settings import Settings
    from perfdocs.render.pdf.fonts import FontChoice


def render_report(prepared: Prepared, settings: Settings, font: FontChoice | None,
                  formats: Sequence[str] = ("docx", "pdf"), *,
                  warnings: list[Diagnostic] | None = None) -> list[tuple[str, bytes]]:
    """(format, bytes) of the project's 自评报告 in each of ``formats`` (docx, pdf; the PDF
    only with a font). What the filled document got wrong from its template (a name and
    then 项目 again: :func:`~perfdocs.forms.report.report.doubled_name`) is added to
    ``warnings``."""
    from perfdocs.forms.report.report import doubled_name, report_context
    from perfdocs.render.docx.report import render_report_docx

    context = report_context(prepared, settings)
    docx, where = render_report_docx(context, prepared.layout, stamp=settings.stamp)
    if warnings is not None:
        name = prepared.project.name_in("自评")
        said = doubled_name(name, _paragraphs(docx)) if name.endswith("项目") else None
        if said is not None:
            from perfdocs.errors import Diagnostic, Severity
            from perfdocs.loading.source import name_line

            warnings.append(Diagnostic(Severity.WARNING, said, str(prepared.path),
                                       name_line(prepared.path), "项目名称",
                                       rule="report-doubled-name"))
    out = []
    for fmt in formats:
        if fmt == "docx":
            out.append(("docx", docx))
        elif fmt == "pdf" and font is not None:
            from perfdocs.render.pdf.report import docx_to_pdf

            out.append(("pdf", docx_to_pdf(docx, font, footer=settings.pdf_footer,
                                           stamp=settings.stamp, where=where)))
    return out


def _paragraphs(docx: bytes) -> list[str]:
    """The text of each paragraph of a filled Word document (a tag's value may sit in a run
    of its own beside the template's words)."""
    import html
    import io
    import re
    import zipfile

    xml = zipfile.ZipFile(io.BytesIO(docx)).read("word/document.xml").decode("utf-8")
    return [html.unescape("".join(re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>", paragraph)))
            for paragraph in re.findall(r"<w:p[\s>].*?</w:p>", xml, re.S)]


def report_fields(prepared: Prepared) -> dict[str, str]:
    """The naming fields of the project's 自评报告 (``[render] name`` with form 自评报告), for
    ``report`` and for ``status``, which looks for it where ``report`` writes it."""
    from perfdocs.forms.report.report import KIND

    project = prepared.project
    evaluation = project.evaluation
    assert evaluation is not None  # only an evaluated project has a report
    return {"year": str(project.year), "unit": project.unit,
            "project": project.name_in("自评"),
            "department": project.department, "form": KIND,
            "layout": prepared.layout.name}


def write_report(prepared: Prepared, settings: Settings, *, out: Path,
                 font: FontChoice | None, formats: Sequence[str] = ("docx", "pdf"),
                 recorded: bool = False, layout: str | None = None,
                 warnings: list[Diagnostic] | None = None) -> list[Path]:
    """Render the report in memory, then write each file atomically; the paths written.

    The files are named like the project's forms (``[render] name`` with form 自评报告).
    ``recorded`` (``perfdocs report``, into the output folder; not a packet's own folder):
    they are noted in the output folder's record with what they were made from
    (``layout``: ``--layout`` as given), so ``status`` says 过期 for a report whose project
    changed since and 旧表 for one left under an old name, as for the forms.
    ``warnings``: as :func:`render_report`'s.
    """
    from perfdocs.engine.output import output_path
    from perfdocs.files.writing import write_atomic

    fields = report_fields(prepared)
    files = [(output_path(out, settings.name, fields, f".{fmt}"), data)
             for fmt, data in render_report(prepared, settings, font, formats,
                                            warnings=warnings)]
    for target, data in files:
        write_atomic(target, data)
    if recorded:
        _record(prepared, settings, out, font, layout, files)
    return [target for target, _ in files]


def _record(prepared: Prepared, settings: Settings, out: Path, font: FontChoice | None,
            layout: str | None, files: list[tuple[Path, bytes]]) -> None:
    """The written reports into the output record (:func:`perfdocs.engine.cache.record_written`);
    nothing when what they were made from cannot be told (status then says 未知)."""
    import hashlib

    from perfdocs.engine import cache
    from perfdocs.engine.batch import Options
    from perfdocs.errors import PerfdocsError
    from perfdocs.layouts.layout import word_templates

    try:
        cache.begin_run(out)
        digests = cache.report_digest(Options(settings, ("docx", "pdf"), None, out, font,
                                              layout, False))
        depends = cache.inputs_of(prepared.layout.folder, settings.layout_paths,
                                  word_templates(prepared.layout))
        project = hashlib.sha256(Path(prepared.path).read_bytes()).hexdigest()
        if depends is None:
            return
        cache.record_written(out, str(prepared.path), files, lambda where: cache.made_from(
            digests[cache.embeds_font(where)], project, depends))
    except (OSError, PerfdocsError):
        return

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
    from perfdocs.loading.settings import Settings
    from perfdocs.render.pdf.fonts import FontChoice


def render_report(prepared: Prepared, settings: Settings, font: FontChoice | None,
                  formats: Sequence[str] = ("docx", "pdf")) -> list[tuple[str, bytes]]:
    """(format, bytes) of the project's 自评报告 in each of ``formats`` (docx, pdf; the PDF
    only with a font)."""
    from perfdocs.forms.report.report import report_context
    from perfdocs.render.docx.report import render_report_docx

    docx, where = render_report_docx(report_context(prepared, settings), prepared.layout,
                                     stamp=settings.stamp)
    out = []
    for fmt in formats:
        if fmt == "docx":
            out.append(("docx", docx))
        elif fmt == "pdf" and font is not None:
            from perfdocs.render.pdf.report import docx_to_pdf

            out.append(("pdf", docx_to_pdf(docx, font, footer=settings.pdf_footer,
                                           stamp=settings.stamp, where=where)))
    return out


def write_report(prepared: Prepared, settings: Settings, *, out: Path,
                 font: FontChoice | None, formats: Sequence[str] = ("docx", "pdf")
                 ) -> list[Path]:
    """Render the report in memory, then write each file atomically; the paths written.

    The files are named like the project's forms (``[render] name`` with form 自评报告).
    """
    from perfdocs.engine.output import output_path
    from perfdocs.files.writing import write_atomic
    from perfdocs.forms.report.report import KIND

    project = prepared.project
    evaluation = project.evaluation
    assert evaluation is not None  # only an evaluated project has a report
    fields = {"year": str(project.year), "unit": project.unit,
              "project": evaluation.printed_name or project.name,
              "department": project.department, "form": KIND,
              "layout": prepared.layout.name}
    files = [(output_path(out, settings.name, fields, f".{fmt}"), data)
             for fmt, data in render_report(prepared, settings, font, formats)]
    for target, data in files:
        write_atomic(target, data)
    return [target for target, _ in files]

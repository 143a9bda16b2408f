"""load → validate → compute → build → render → write, for one project file.

The CLI (and later the packet builder) call these two steps: :func:`prepare` does every
check and computation and raises with all diagnostics when the file has errors, so that
nothing is written for it; :func:`render_project` renders every format in memory first and
only then writes the files atomically.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from perfdocs.errors import (
    Diagnostic,
    InputError,
    LayoutError,
    RenderError,
    Severity,
    ValidationFailed,
)

if TYPE_CHECKING:
    from perfdocs.calculate import Result
    from perfdocs.layout import Layout
    from perfdocs.loading import Loaded
    from perfdocs.render.fonts import FontChoice
    from perfdocs.settings import Settings

SELFEVAL = "自评表"


@dataclass
class Prepared:
    """A project file that passed validation, with its layout and computed figures."""

    loaded: Loaded
    layout: Layout
    result: Result
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def project(self) -> Any:
        return self.loaded.project


def prepare(path: str | Path, settings: Settings, *, layout_name: str | None = None,
            strict: bool = False) -> Prepared:
    """Load, validate and compute one project file.

    Raises :class:`~perfdocs.errors.PerfdocsError` (``ValidationFailed`` carries every
    finding) when the file cannot be rendered; warnings travel in ``diagnostics``.
    """
    from perfdocs.calculate import evaluate
    from perfdocs.layout import load_layout
    from perfdocs.loading import load_project
    from perfdocs.validate import check_evaluation

    loaded = load_project(path, default_unit=settings.input_unit)
    project = loaded.project
    name = layout_name or project.layout or settings.layout
    try:
        layout = load_layout(name, settings.layout_paths)
    except LayoutError as exc:
        if layout_name is None and project.layout:
            raise LayoutError(exc.message, file=loaded.path, line=loaded.line(("版式",)),
                              field="版式") from None
        raise
    if project.evaluation is None:
        raise InputError("没有「自评」部分：自评表需要项目资金、年度总体目标和绩效指标",
                         file=loaded.path, field="自评")
    form = layout.form(SELFEVAL)
    result = evaluate(project.evaluation, form)
    diagnostics = check_evaluation(loaded, form, result)
    if strict:
        diagnostics = [d.as_error() for d in diagnostics]
    if any(d.severity is Severity.ERROR for d in diagnostics):
        raise ValidationFailed(loaded.path, diagnostics)
    return Prepared(loaded, layout, result, diagnostics)


def build_forms(prepared: Prepared) -> list[Any]:
    """The forms of one project, ready for any renderer."""
    from perfdocs.form.selfeval import build_selfeval

    return [build_selfeval(prepared.project, prepared.result, prepared.layout)]


def check_glyphs(forms: list[Any], font: FontChoice, where: str) -> None:
    """Refuse to print boxes: name the field whose text the PDF font cannot draw."""
    from perfdocs.render.fonts import missing_glyphs

    for form in forms:
        for text in (form.title, form.subtitle):
            _raise_missing(missing_glyphs(font, text), font, where, "标题")
        for cell in form.texts():
            _raise_missing(missing_glyphs(font, cell.text), font, where, cell.field or cell.text)


def _raise_missing(missing: set[str], font: FontChoice, where: str, field: str) -> None:
    if missing:
        chars = "".join(sorted(missing))
        codes = " ".join(f"U+{ord(c):04X}" for c in sorted(missing))
        raise RenderError(f"PDF 字体 {font.name} 没有字符「{chars}」（{codes}）：请改写该处文字，"
                          "或在 perfdocs.toml 的 [fonts] pdf 中指定含有这些字符的 TrueType 字体",
                          file=where, field=field)


def render_project(prepared: Prepared, settings: Settings, *, formats: tuple[str, ...],
                   out: Path, font: FontChoice | None) -> list[Path]:
    """Render every requested format in memory, then write them all atomically."""
    from perfdocs.output import output_path, write_atomic

    forms = build_forms(prepared)
    project = prepared.project
    name = project.evaluation.printed_name or project.name
    fields = {"year": str(project.year), "unit": project.unit, "project": name,
              "department": project.department, "form": SELFEVAL,
              "layout": prepared.layout.name}
    rendered: list[tuple[Path, bytes]] = []
    for fmt in formats:
        data = render_format(fmt, forms, settings, font, prepared.loaded.path)
        rendered.append((output_path(out, settings.name, fields, f".{fmt}"), data))
    for target, data in rendered:
        write_atomic(target, data)
    return [target for target, _ in rendered]


def render_format(fmt: str, forms: list[Any], settings: Settings, font: FontChoice | None,
                  where: str) -> bytes:
    """One format's bytes for a list of forms."""
    stamp = settings.document_date
    if fmt == "xlsx":
        from perfdocs.render.xlsx import render_xlsx

        return render_xlsx(forms, stamp=stamp)
    if fmt == "docx":
        from perfdocs.render.docx import render_docx

        return render_docx(forms, stamp=stamp)
    if fmt == "pdf":
        from perfdocs.render.pdf import render_pdf

        if font is None:
            raise RenderError("没有可用的 PDF 字体")
        check_glyphs(forms, font, where)
        return render_pdf(forms, font=font, footer=settings.pdf_footer)
    raise RenderError(f"不支持的格式 {fmt}（可用：xlsx、docx、pdf）")

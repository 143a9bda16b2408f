"""load → validate → compute → build → render → write, for one project file.

The CLI (and later the packet builder) call these two steps: :func:`prepare` does every
check and computation and raises with all diagnostics when the file has errors, so that
nothing is written for it; :func:`render_project` renders every format in memory first and
only then writes the files atomically.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from perfdocs.errors import (
    Diagnostic,
    LayoutError,
    RenderError,
    Severity,
    ValidationFailed,
)
from perfdocs.forms.grid import Form
from perfdocs.records import Record, field
from perfdocs.render.base import FormOptions

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from perfdocs.compute.calculate import Result
    from perfdocs.layouts.layout import Layout
    from perfdocs.loading.project import Loaded
    from perfdocs.loading.settings import Settings
    from perfdocs.model.project import Declaration, Evaluation, Project, Revision
    from perfdocs.render.pdf.fonts import FontChoice

SELFEVAL = "自评表"


class Prepared(Record):
    """A project file that passed validation, with its layout and computed figures."""

    loaded: Loaded
    layout: Layout
    result: Result | None
    """The 自评表's figures; None when the project has no evaluation yet."""
    diagnostics: list[Diagnostic] = field(default_factory=list)
    unit: dict[str, str] = field(default_factory=dict)
    """perfdocs.toml's [unit] details by label (单位名称, 填报人…), for header/footer lines."""

    @property
    def project(self) -> Project:
        return self.loaded.project

    @property
    def path(self) -> str:
        return self.loaded.path


def prepare(path: str | Path, settings: Settings, *, layout_name: str | None = None,
            strict: bool = False) -> Prepared:
    """Load, validate and compute one project file.

    Raises :class:`~perfdocs.errors.PerfdocsError` (``ValidationFailed`` carries every
    finding) when the file cannot be rendered; warnings travel in ``diagnostics``.
    """
    from perfdocs.loading.project import load_project

    loaded = load_project(path, default_unit=settings.input_unit)
    return prepare_loaded(loaded, settings, layout_name=layout_name, strict=strict)


def prepare_loaded(loaded: Loaded, settings: Settings, *, layout_name: str | None = None,
                   strict: bool = False) -> Prepared:
    """:func:`prepare` of a project already loaded: read from a workbook (``perfdocs
    import`` validates what it read before writing a file) or a merge not yet written."""
    from perfdocs.compute.calculate import evaluate
    from perfdocs.layouts.layout import selfeval_form
    from perfdocs.rules.validate import check_evaluation

    project = loaded.project
    layout = layout_of(loaded, settings, layout_name)
    from perfdocs.rules.layout_fit import another_units_details, check_layout_fit
    from perfdocs.rules.parts_printed import unprinted_as_notes, unprinted_parts

    diagnostics: list[Diagnostic] = [*loaded.notes, *unprinted_parts(loaded, layout, layout_name),
                                     *check_layout_fit(loaded, layout),
                                     *another_units_details(loaded, layout,
                                                            settings.unit.labels())]
    result = None
    if project.evaluation is not None:
        form = selfeval_form(layout)
        if form is None:
            raise LayoutError(f"版式「{layout.name}」没有自评表，无法计算「自评」部分",
                              file=loaded.path, line=loaded.line(("自评",)), field="自评")
        result = evaluate(project.evaluation, form)
        diagnostics += check_evaluation(loaded, form, result)
        from perfdocs.rules.printed import check_printed  # the figures as the form prints them

        diagnostics += sorted(check_printed(loaded, form, result), key=lambda d: d.line or 0)
    if project.declaration is not None:
        # The 申报 part's rules (and the 自评 part against it), imported only when needed.
        from perfdocs.rules.consistency import check_declaration

        diagnostics += check_declaration(loaded, layout, result)
    if project.evaluation is not None:
        from perfdocs.rules.report import check_report

        diagnostics += check_report(loaded, layout, result)
    from perfdocs.rules.amounts import check_amounts
    from perfdocs.rules.years import check_year

    diagnostics += check_amounts(loaded, layout)
    diagnostics += check_year(loaded, settings.day)
    diagnostics = unprinted_as_notes(diagnostics, project, layout)
    if strict:
        diagnostics = [d.as_error() for d in diagnostics]
    if any(d.severity is Severity.ERROR for d in diagnostics):
        raise ValidationFailed(loaded.path, diagnostics)
    from perfdocs.loading.settings_values import line_values

    return Prepared(loaded, layout, result, diagnostics,
                    line_values(settings.unit, settings.filing_date))


def layout_of(loaded: Loaded, settings: Settings, layout_name: str | None = None) -> Layout:
    """The layout a project is rendered with: ``layout_name`` (``--layout``), else the
    file's 版式, else the settings' ``[render] layout``.

    A layout that cannot be found is blamed on whoever named it: the project's 版式 line,
    or perfdocs.toml's ``[render] layout`` (a message never says "<input>"). A wrong
    ``--layout`` is refused by the command line before a file is read.
    """
    from perfdocs.layouts.layout import load_layout

    project = loaded.project
    name = layout_name or project.layout or settings.layout
    try:
        return load_layout(name, settings.layout_paths, near=loaded.path)
    except LayoutError as exc:
        if layout_name is None and project.layout:
            raise _layout_asked_by(exc, loaded, name) from None
        if layout_name is None and exc.file is None:
            where = settings.file or "perfdocs.toml"
            raise LayoutError(f"{loaded.path} 没有写版式，用设置中的默认版式，但{exc.message}",
                              file=where, field="render.layout") from None
        raise


def _layout_asked_by(exc: LayoutError, loaded: Loaded, name: str) -> LayoutError:
    """A layout error seen through the project file whose ``版式`` named the layout.

    A layout that cannot be found is the project's 版式 line to fix, so the error moves
    there. A layout that was found but is broken is layout.toml's to fix: its own findings
    (file and key, as ``perfdocs layouts`` prints them) come first, then one line saying
    which project asked for it, so whoever renders knows both what failed and why it
    concerns them.
    """
    from perfdocs.errors import LayoutInvalid

    line = loaded.line(("版式",))
    if exc.file is None:
        return LayoutError(exc.message, file=loaded.path, line=line, field="版式")
    found = exc.all_diagnostics()
    asked = Diagnostic(Severity.ERROR, f"版式「{name}」有错误（见上），无法使用",
                       loaded.path, line, "版式", rule="LayoutError")
    return LayoutInvalid(exc.file, [*found, asked])


def _section(project: Project, section: str) -> Evaluation | Declaration | None:
    return project.evaluation if section == "自评" else project.declaration


class BuiltForm(Record, frozen=True, slots=True):
    """One built form and what its renderers may use besides the grid (its Word template
    and the fields a template places), both from the project's layout. (A frozen record
    written by hand, :mod:`perfdocs.records`: not generated at every start-up.)"""

    form: Form
    options: FormOptions



def built_forms(prepared: Prepared, kinds: tuple[str, ...] | None = None, *,
                revision: bool = False) -> tuple[list[BuiltForm], list[str]]:
    """The forms a project produces (in layout order) with their render options, and notes
    on the forms it cannot have.

    ``kinds`` picks forms by name (申报表, 自评表); None means every form of the layout.
    With ``revision`` (perfdocs.toml ``[render] revision``) a corrected project's forms
    carry a line saying which version they are, so a reviewer knows what they hold: those
    of the part the revision names (修订.阶段), or every form when it names none.
    """
    from perfdocs.forms import form_type
    from perfdocs.layouts.templating import render_text
    from perfdocs.render.base import FormOptions

    built: list[BuiltForm] = []
    notes: list[str] = []
    layout = prepared.layout
    for kind, form in layout.forms.items():
        if kinds and kind not in kinds:
            continue
        if _section(prepared.project, form.section) is None:
            notes.append(f"{prepared.path}：没有「{form.section}」部分，不生成{kind}")
            continue
        type_ = form_type(form.builder)
        fields = type_.fields(prepared, form)
        sheet = render_text(form.sheet_name, fields, where=f"{layout.folder}/layout.toml")
        one = BuiltForm(type_.build(prepared, form),
                        FormOptions(template_file=form.template, template_dir=layout.folder,
                                    fields=fields, sheet_name=sheet))
        corrected = prepared.project.revision_for(form.section)  # the latest of its stage
        if revision and corrected is not None:
            one = _with_revision(one, corrected)
        built.append(one)
    if kinds:
        unknown = [k for k in kinds if k not in layout.forms]
        for kind in unknown:
            notes.append(f"版式「{layout.name}」没有{kind}")
    return built, notes


def forms_of(prepared: Prepared, kinds: tuple[str, ...] | None = None, *,
             revision: bool = False) -> tuple[list[Form], list[str]]:
    """The forms alone of :func:`built_forms` (for whoever only reads the grids)."""
    built, notes = built_forms(prepared, kinds, revision=revision)
    return [one.form for one in built], notes


def revision_text(revision: Revision) -> str:
    """"修订第 2 版（2025-03-01）：原因" — the line printed under a corrected form."""
    return f"修订第 {revision.number} 版（{revision.date.isoformat()}）：{revision.reason}"


def _with_revision(built: BuiltForm, revision: Revision) -> BuiltForm:
    from perfdocs.records import replace

    text = revision_text(revision)
    form = built.form
    footer = f"{form.footer}\n{text}" if form.footer else text
    return BuiltForm(replace(form, footer=footer),
                     replace(built.options, fields={**built.options.fields, "revision": text}))


def build_forms(prepared: Prepared) -> list[Form]:
    """Every form of one project (the grids alone; :func:`built_forms` adds each one's
    render options)."""
    return forms_of(prepared)[0]


def field_lines(prepared: Prepared) -> Mapping[str, int]:
    """Each field path as printed in messages (``自评.绩效指标…[1].三级指标``) → its line.

    Worked out when first read: a renderer asks only to name the line of a text it cannot
    print, and printing every path of a project (some hundreds) for every PDF was a few
    per cent of a form's time in a batch.
    """
    return _FieldLines(prepared.loaded.source.lines)


class _FieldLines(Mapping[str, int]):
    """:func:`field_lines`'s mapping, made from the file's locations on first use."""

    def __init__(self, lines: Mapping[tuple[str | int, ...], int]) -> None:
        self._lines = lines
        self._made: dict[str, int] | None = None

    def _all(self) -> dict[str, int]:
        if self._made is None:
            from perfdocs.loading.source import format_loc

            self._made = {format_loc(loc): line for loc, line in self._lines.items()}
        return self._made

    def __getitem__(self, key: str) -> int:
        return self._all()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._lines)


class RenderedForm(Record):
    """One form's files, rendered in memory: its output stem and (path, bytes) per format."""

    stem: Path
    files: list[tuple[Path, bytes]]
    made: str = ""
    """What the files are made from (:func:`perfdocs.engine.form_content.form_content`)."""


def render_in_memory(prepared: Prepared, settings: Settings, *, formats: tuple[str, ...],
                     out: Path, font: FontChoice | None, kinds: tuple[str, ...] | None = None
                     ) -> tuple[list[RenderedForm], list[str]]:
    """Every form in every requested format, as bytes with their target paths.

    Nothing is written here, so a caller can check the targets (two projects naming the
    same file) before writing any, and a worker process can hand the bytes back.
    """
    from perfdocs.engine.form_content import form_content
    from perfdocs.engine.output import output_path

    built, notes = built_forms(prepared, kinds, revision=settings.print_revision)
    lines = field_lines(prepared) if "pdf" in formats else None
    rendered: list[RenderedForm] = []
    for one in built:
        fields = output_fields(prepared, one)
        item = RenderedForm(output_path(out, settings.name, fields, ""), [],
                            form_content(one))
        for fmt in formats:
            data = render_format(fmt, [one], settings, font, prepared.path, lines)
            item.files.append((output_path(out, settings.name, fields, f".{fmt}"), data))
        rendered.append(item)
    return rendered, notes


def output_stems(prepared: Prepared, settings: Settings, out: Path | None = None
                 ) -> list[Path]:
    """Where ``render`` puts each of the project's forms, without the format's suffix (as
    :func:`render_in_memory` names them): ``validate`` refuses what ``render`` would."""
    from perfdocs.engine.output import output_path

    built, _ = built_forms(prepared, revision=settings.print_revision)
    folder = out if out is not None else settings.out
    return [output_path(folder, settings.name, output_fields(prepared, one), "")
            for one in built]


def output_fields(prepared: Prepared, built: BuiltForm) -> dict[str, str]:
    """The names [render] name may use for one built form's files (year, unit, project…).

    ``status`` asks the same question as ``render`` (where do this project's files go), so
    both take the names from here.
    """
    project = prepared.project
    return {"year": str(project.year), "unit": project.unit,
            "project": built.options.fields.get("project_name", project.name),
            "department": project.department, "form": built.form.kind,
            "layout": prepared.layout.name}


def render_project(prepared: Prepared, settings: Settings, *, formats: tuple[str, ...],
                   out: Path, font: FontChoice | None, kinds: tuple[str, ...] | None = None
                   ) -> tuple[list[Path], list[str]]:
    """Render every form in every requested format in memory, then write them atomically.

    Returns the files written and notes about forms the project cannot have yet.
    """
    from perfdocs.files.writing import write_set

    rendered, notes = render_in_memory(prepared, settings, formats=formats, out=out,
                                       font=font, kinds=kinds)
    files = [(target, data) for item in rendered for target, data in item.files]
    write_set(files)  # all of the project's files, or none of them
    return [target for target, _ in files], notes


def render_format(fmt: str, forms: Sequence[BuiltForm | Form], settings: Settings,
                  font: FontChoice | None, where: str,
                  lines: Mapping[str, int] | None = None) -> bytes:
    """One format's bytes for a list of forms, by the renderer registered for ``fmt``.

    A :class:`BuiltForm` brings its render options (Word template, fields); a bare
    :class:`~perfdocs.forms.grid.Form` is rendered without (the built-in template).
    """
    from perfdocs.render import FORMATS, renderer
    from perfdocs.render.base import NO_OPTIONS, RenderOptions

    if fmt not in FORMATS:
        raise RenderError(f"不支持的格式 {fmt}（可用：{'、'.join(FORMATS)}）", file=where)
    grids = [f.form if isinstance(f, BuiltForm) else f for f in forms]
    options = RenderOptions(stamp=settings.stamp, font=font,
                            footer=settings.pdf_footer, where=where, lines=lines or {},
                            forms=[f.options if isinstance(f, BuiltForm) else NO_OPTIONS
                                   for f in forms])
    try:
        return renderer(fmt).render(grids, options)
    except RenderError as exc:
        if exc.file is not None:
            raise
        # a renderer's fault with no file of its own (no font, a layout's widths): the
        # file being rendered is named, never "<input>"
        raise RenderError(exc.message, file=where, line=exc.line, field=exc.field,
                          label=exc.label) from None

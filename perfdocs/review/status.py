"""A project's status at a glance: one row per project file, for ``status`` and the workbench.

A unit keeps dozens of project files and re-renders after every correction. Before a
deadline the question is "which of these are ready, and which forms are out of date?"
— answered here without writing anything: each file is loaded, validated and computed
exactly as ``render`` would (:func:`perfdocs.engine.pipeline.prepare`), and each file ``render``
would write is looked up in the record ``render`` keeps of what it wrote
(:mod:`perfdocs.engine.output_record`). A form is 最新 only when the file is still exactly as
written and was made from what it would be made from now — what the form prints of the
project file (its built form: :func:`perfdocs.engine.form_content.form_content`, so a 自评报告
paragraph, which only the report prints, leaves the 自评表 最新), the layout's files,
perfdocs.toml, the font, perfdocs itself: the part of the render cache's key a form's bytes
depend on (:func:`perfdocs.engine.cache.forms_digest`, one definition for both).
Comparing times saw only the project file: a changed layout title or ``[unit]`` phone left
forms 最新 that no longer matched.

:func:`project_status` is the one place that answers it; ``perfdocs status`` prints its
rows as a table or JSON and the workbench (``perfdocs serve``) lists projects with it.
"""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from perfdocs.errors import Diagnostic, PerfdocsError, Severity
from perfdocs.records import Record, field

if TYPE_CHECKING:
    from perfdocs.engine.pipeline import Prepared
    from perfdocs.loading.settings import Settings
    from perfdocs.model.project import Project

PartState = Literal["无", "未填完", "有错误", "已填"]
"""A part (申报 / 自评) of the file: absent, present with errors in it, or complete."""
FileState = Literal["最新", "过期", "未知", "缺失", "旧表"]
"""One output file: made by ``render`` from today's inputs and unchanged since; made from
other inputs (the project file, layout, settings, font or perfdocs changed); 未知 when no
record says what it was made from (written with ``--no-cache``, by an earlier perfdocs, or
changed since it was written: edited by hand, copied, touched); or not there. 旧表: a file
``render`` made for this project file under a name it no longer has (项目名称 or
自评.项目名称 changed since), still as written: it is no form of the project now, and
``render`` does not remove it."""
FormsState = Literal["最新", "过期", "报告过期", "旧表", "不全", "未知", "未生成", "冲突", "—"]
"""All of a project's outputs together: 过期 when one is, 报告过期 when the 过期 one is
only its 自评报告 and every form is 最新 (``perfdocs report``, not ``render``: the column
said 过期 beside 「表格是最新的」, tester17 F4), else 不全 when one is missing,
else 未知 when one is; "—" when the file has errors and no forms of an earlier version are
on disk (nothing to compare); 过期 when it has errors but such forms are; 冲突 when another
file given names the same forms (:func:`statuses`): whose figures the files on disk hold
cannot be told."""


class OutputFile(Record, frozen=True):
    """One file ``render`` writes for the project, and whether it is up to date."""

    path: Path
    state: FileState
    report: bool = False
    """A 自评报告 ``perfdocs report`` wrote (listed only when it is there: it is optional)."""


class ProjectStatus(Record, frozen=True):
    """One project file's row: what is filled, what is wrong, its figures, its outputs."""

    file: str
    name: str | None
    """项目名称 as written (None when the file cannot be read)."""
    unit: str | None
    year: int | None
    layout: str | None
    declaration: PartState
    evaluation: PartState
    errors: int
    warnings: int
    notes: int
    """提示: corrections made while reading, never a reason to stop (Severity.NOTE)."""
    rate: Decimal | None
    """执行率 of the 年度资金总额 row, in percent, rounded by the layout."""
    total: Decimal | None
    grade: str | None
    outputs: tuple[OutputFile, ...] = ()
    forms: FormsState = "—"
    diagnostics: tuple[Diagnostic, ...] = field(default=(), repr=False)
    shown_rate: str | None = None
    """执行率 as the 自评表 prints it (its places), without a suffix: the table adds "%"."""
    shown_total: str | None = None
    """总分 as the 自评表 prints it: 95 on a whole-number form, not 95.00."""

    @property
    def ok(self) -> bool:
        """No errors: the file renders."""
        return self.errors == 0

    def as_json(self) -> dict[str, Any]:
        """Plain data for ``status --json`` and the workbench: 执行率 and 总分 as the 自评表
        prints them (95 on a whole-number form, not 95.00), so every place agrees."""
        return {
            "文件": self.file, "项目名称": self.name, "实施单位": self.unit, "年度": self.year,
            "版式": self.layout, "申报": self.declaration, "自评": self.evaluation,
            "错误": self.errors, "警告": self.warnings, "提示": self.notes,
            "执行率": self.shown_rate or _text(self.rate),
            "总分": self.shown_total or _text(self.total), "评分等级": self.grade or None,
            "表格": self.forms,
            "输出文件": [{"路径": str(o.path), "状态": o.state} for o in self.outputs],
            "问题": [d.format() for d in self.diagnostics],
        }


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


class Made(Record, frozen=True):
    """What the forms of one output folder were made from, and what they would be now."""

    out: Path
    root: str
    """``out`` resolved, as the record's paths are relative to it."""
    forms: dict[bool, str] | None
    """The forms' part of render's key for these settings, for a format with a font and
    one without (:func:`perfdocs.engine.cache.forms_digest`); None when it cannot be told
    (a font or layout folder that cannot be read): then no form is 最新."""
    files: dict[str, Any]
    """The output record's files (:func:`perfdocs.engine.output_record.made_files`)."""
    reports: dict[bool, str] | None = None
    """The 自评报告's part of what it is made from (:func:`perfdocs.engine.cache.report_digest`),
    as :attr:`forms` is the forms'; None when it cannot be told."""
    sources: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """The recorded files of each project file (resolved), from
    :func:`perfdocs.engine.output_record.made_sources`: grouped once per run, so each
    project looks up its own instead of resolving every recorded file's source."""


def made_now(settings: Settings | None, out: Path | None = None,
             layout: str | None = None) -> Made:
    """The :class:`Made` of ``out`` (default: the settings' ``out``), with the key a plain
    ``render`` (``--layout`` as given) would use now; ``settings`` None when they cannot
    be read (forms are then 未知). Once per ``status`` run: the fonts and perfdocs' files
    are hashed once (and not at all when the record of their digests still holds)."""
    from perfdocs.engine.batch import Options
    from perfdocs.engine.cache import cache_folder, forms_digest
    from perfdocs.engine.output_record import made_files, made_sources

    folder = out if out is not None else (settings.out if settings else Path("output"))
    forms = reports = None
    if settings is not None:
        try:
            options = Options(settings, settings.formats, None, folder, _font(settings),
                              layout, False)
            forms = forms_digest(options)
            reports = _report_digest(options)
        except (PerfdocsError, OSError):
            forms = None
    return Made(folder, str(Path(folder).resolve()), forms,
                made_files(folder, cache_folder(folder)), reports,
                _by_source(made_sources(folder, cache_folder(folder))))


def _report_digest(options: Any) -> dict[bool, str] | None:
    """What ``perfdocs report`` would make the 自评报告 from now: with the PDF font it always
    chooses (whatever the settings' formats)."""
    from perfdocs.engine.cache import report_digest
    from perfdocs.records import replace
    from perfdocs.render.pdf.fonts import find_cjk_font

    try:
        font = options.font or find_cjk_font(options.settings.pdf_fonts)
        return report_digest(replace(options, font=font))
    except (PerfdocsError, OSError):
        return None


def _by_source(sources: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """Recorded files grouped by their project file, resolved (as status is given it)."""
    grouped: dict[str, list[str]] = {}
    resolved: dict[str, str | None] = {}
    for relative, whose in sources.items():
        if whose not in resolved:
            try:
                resolved[whose] = str(Path(whose).resolve())
            except OSError:
                resolved[whose] = None
        own = resolved[whose]
        if own is not None:
            grouped.setdefault(own, []).append(relative)
    return {own: tuple(files) for own, files in grouped.items()}


def _font(settings: Settings) -> Any:
    """The PDF font ``render`` would embed with these settings' formats (None without a
    PDF among them: render then chooses none, and its key says so)."""
    from perfdocs.render import renderer
    from perfdocs.render.pdf.fonts import find_cjk_font

    if not any(renderer(name).needs_font for name in settings.formats):
        return None
    return find_cjk_font(settings.pdf_fonts)


def project_status(path: str | Path, settings: Settings, *, out: Path | None = None,
                   layout: str | None = None, made: Made | None = None) -> ProjectStatus:
    """The status row of one project file (never raises for the user's mistakes).

    ``out`` is the output folder to compare against (default: the settings' ``out``);
    ``layout`` overrides the file's 版式 as ``render --layout`` does; ``made`` is
    :func:`made_now` of these (computed here when not given).
    """
    from perfdocs.engine.validation import validate_file

    name = str(path)
    raw = _raw_data(path)
    if made is None:
        made = made_now(settings, out, layout)
    # what validate prints for the file (:func:`validate_file`, the one path): beside a
    # blank box's refusal the other rules' findings and the 年度 warning (status said 1
    # error 0 warnings where validate said 2 and 1), the 自评报告's note and the 申报 texts
    # no form prints
    checked = validate_file(path, settings, layout_name=layout)
    found = tuple(checked.diagnostics)
    if checked.refusal is not None:
        return _row(name, raw, found, None, settings, out, layout, made,
                    declared=_declared_alone(path, raw, checked.refusal, settings, layout))
    return _row(name, raw, found, checked.prepared, settings, out, layout, made)


def _declared_alone(path: str | Path, raw: dict[str, Any], exc: PerfdocsError,
                    settings: Settings, layout: str | None) -> Prepared | None:
    """The file prepared from its 申报 part alone when every error is on its 自评 part, as
    ``render --form 申报表`` and a 申报 packet make its 申报 forms (tester7 N5): those
    forms are then judged by the output record like any other, not called 过期 because
    the unfinished 自评 part has errors. None otherwise."""
    from perfdocs.engine.parts import errors_only_on, prepare_part

    if raw.get("申报") is None or not errors_only_on(exc, "自评"):
        return None
    try:
        prepared: Prepared = prepare_part(str(path), settings, layout, "自评")
    except PerfdocsError:
        return None
    return prepared


def _raw_data(path: str | Path) -> dict[str, Any]:
    """The file's top-level keys as written, or {} when it cannot even be read as YAML."""
    from perfdocs.loading.source import load_source

    try:
        data = load_source(path).data
    except PerfdocsError:
        return {}
    return data if isinstance(data, dict) else {}


def _listed_name(project: Project | None, raw: dict[str, Any]) -> str | None:
    """The project's name as its forms print it (tester7 D10o): a file with no 申报 part
    prints only 自评 forms, which carry 自评.项目名称 when given (a reviewer's rename of a
    hebei-2019 自评, :meth:`Project.name_in`); render, packet and the 一览表 name it so."""
    if project is not None:
        return project.name_in("自评") if project.declaration is None else project.name
    evaluation = raw.get("自评")
    if raw.get("申报") is None and isinstance(evaluation, dict):
        renamed = _plain(evaluation.get("项目名称"))
        if renamed:
            return renamed
    return _plain(raw.get("项目名称"))


def _row(name: str, raw: dict[str, Any], found: tuple[Diagnostic, ...],
         prepared: Prepared | None, settings: Settings, out: Path | None,
         layout: str | None, made: Made, declared: Prepared | None = None) -> ProjectStatus:
    errors = [d for d in found if d.severity is Severity.ERROR]
    warnings = sum(d.severity is Severity.WARNING for d in found)
    project = prepared.project if prepared is not None else None
    shown_by = prepared if prepared is not None else declared
    result = prepared.result if prepared is not None else None
    if prepared is not None:
        outputs = _outputs(prepared, settings, out, made)
        forms: FormsState = _forms_state(outputs)
    elif declared is not None:  # its 申报 forms as any others; the 自评 forms left 过期
        outputs = (*_outputs(declared, settings, out, made),
                   *_earlier_outputs(raw, settings, out, layout, sections=("自评",)))
        forms = _forms_state(outputs)
    else:
        outputs = _earlier_outputs(raw, settings, out, layout)
        forms = "过期" if outputs else "—"
    return ProjectStatus(
        file=name,
        name=_listed_name(project, raw),
        unit=project.unit if project else _plain(raw.get("实施单位")),
        year=project.year if project else _year(raw.get("年度")),
        layout=shown_by.layout.name if shown_by is not None else _plain(raw.get("版式")),
        declaration=_part("申报", raw, errors),
        evaluation=_part("自评", raw, errors),
        errors=len(errors),
        warnings=warnings,
        notes=len(found) - len(errors) - warnings,
        rate=result.execution_rate if result else None,
        total=result.total if result else None,
        grade=(result.grade or None) if result else None,
        outputs=outputs,
        forms=forms,
        diagnostics=found,
        **_shown(prepared),
    )


def _shown(prepared: Prepared | None) -> dict[str, str | None]:
    """执行率 and 总分 in the 自评表's own display styles (status is read beside the forms;
    a figure printed otherwise there looks like a different figure)."""
    from perfdocs.forms.numberformat import format_number
    from perfdocs.layouts.layout import selfeval_form

    result = prepared.result if prepared is not None else None
    form = selfeval_form(prepared.layout) if prepared is not None else None
    if result is None or form is None:
        return {"shown_rate": None, "shown_total": None}
    rate_style = form.display.rate.replace(suffix="", thousands=False)
    return {
        "shown_rate": format_number(result.execution_rate, rate_style)
        if result.execution_rate is not None else None,
        "shown_total": format_number(result.total, form.display.score)
        if result.total is not None else None,
    }


def _plain(value: object) -> str | None:
    return str(value).strip() or None if isinstance(value, (str, int)) else None


def _year(value: object) -> int | None:
    """年度 as written in a file that does not load: as the model reads it (2027, 2027年,
    2027年度), else None."""
    from perfdocs.model.project_checks import as_year

    try:
        year = as_year(value) if isinstance(value, (str, int)) else None
    except ValueError:
        return None
    return year if isinstance(year, int) and not isinstance(year, bool) else None


def _part(section: str, raw: dict[str, Any], errors: list[Diagnostic]) -> PartState:
    """Absent; 未填完 when a box of the part is left blank; 有错误 when it is filled but a
    figure or a word is wrong (a sum that does not add up is not an unfinished part);
    otherwise 已填."""
    if raw.get(section) is None:
        return "无"
    inside = [d for d in errors
              if (d.field or "").split(".", 1)[0].split("[", 1)[0] == section]
    if not inside:
        return "已填"
    return "未填完" if any(d.blank for d in inside) else "有错误"


def _outputs(prepared: Prepared, settings: Settings, out: Path | None, made: Made
             ) -> tuple[OutputFile, ...]:
    """Every file ``render`` would write for the project, each with what the output
    record says it was made from, against what it would be made from now."""
    from perfdocs.engine.form_content import form_content
    from perfdocs.engine.pipeline import built_forms, output_fields

    folder = out if out is not None else settings.out
    try:
        forms, _ = built_forms(prepared, revision=settings.print_revision)
        nows = [_inputs(prepared, settings, made.forms, form_content(form)) for form in forms]
    except (OSError, PerfdocsError):
        return ()
    found: list[OutputFile] = []
    for form, now in zip(forms, nows, strict=True):
        found += [OutputFile(target, _file_state(target, made, now))
                  for target in _targets(folder, settings, output_fields(prepared, form))]
    found += _reports(prepared, settings, folder, made)
    return (*found, *_left_under_old_names(prepared.path, found, made))


def _reports(prepared: Prepared, settings: Settings, folder: Path, made: Made
             ) -> list[OutputFile]:
    """The 自评报告 ``perfdocs report`` wrote for the project, where it is: 最新, 过期 (its
    figures are the project's as it was: tester4 #4), or 未知 (no record says what it was
    made from). One not written is not listed (the report is optional)."""
    from perfdocs.engine.reports import report_fields

    if prepared.project.evaluation is None:
        return []
    there = [target for target in _targets(folder, settings, report_fields(prepared),
                                           ("docx", "pdf")) if os.path.lexists(target)]
    if not there:
        return []  # most projects: nothing more is read
    try:
        now = _inputs(prepared, settings, made.reports)
    except (OSError, PerfdocsError):
        now = None
    return [OutputFile(target, _file_state(target, made, now), report=True)
            for target in there]


def _left_under_old_names(source: str | Path, current: list[OutputFile], made: Made
                          ) -> tuple[OutputFile, ...]:
    """Files ``render`` made for this project file whose names it no longer makes (the
    reviewer had 项目名称 or 自评.项目名称 changed): 旧表, while they are as written. A clerk
    sending the output folder would send both versions' figures (tester). Any format
    counts as current under a current name (an html made once is no old form)."""
    from perfdocs.engine.output_record import as_written

    try:
        own = str(Path(source).resolve())
    except OSError:
        return ()
    mine = made.sources.get(own, ())
    if not mine:
        return ()
    stems = {str(Path(o.path).resolve().with_suffix("")) for o in current}
    old: list[OutputFile] = []
    for relative in mine:
        target = Path(made.root, *relative.split("/"))
        known = made.files.get(relative)
        if str(target.with_suffix("")) in stems or known is None:
            continue
        try:
            if not as_written(os.lstat(target), known):
                continue
        except OSError:
            continue
        shown = Path(made.out, *relative.split("/"))
        old.append(OutputFile(shown, "旧表"))
    return tuple(sorted(old, key=lambda o: str(o.path)))


def _inputs(prepared: Prepared, settings: Settings, digests: dict[bool, str] | None,
            content: str | None = None) -> dict[bool, str] | None:
    """What one output would be made from now, for a format with a font and one without
    (:func:`perfdocs.engine.cache.made_from` of ``content`` and the layout files', as
    ``render`` records it): a form's ``content`` is its
    :func:`perfdocs.engine.form_content.form_content`, so only what the form prints makes it
    过期; the 自评报告's (None) the sha256 of the project file's bytes. None when that
    cannot be told (no such output is then 最新)."""
    import hashlib

    from perfdocs.engine.cache import inputs_of, made_from
    from perfdocs.layouts.layout import word_templates

    if digests is None:
        return None
    depends = inputs_of(prepared.layout.folder, settings.layout_paths,
                        word_templates(prepared.layout))
    if depends is None:
        return None
    if content is None:
        content = hashlib.sha256(Path(prepared.path).read_bytes()).hexdigest()
    return {font: made_from(forms, content, depends) for font, forms in digests.items()}


def _targets(folder: Path, settings: Settings, fields: dict[str, str],
             formats: tuple[str, ...] | None = None) -> list[Path]:
    """Where ``render`` writes a form with these names, one file per format it writes
    (``formats``: the settings' unless given; a name the naming pattern cannot make is
    skipped: render reports it)."""
    from perfdocs.engine.output import output_path

    found = []
    for fmt in settings.formats if formats is None else formats:
        try:
            found.append(output_path(folder, settings.name, fields, f".{fmt}"))
        except PerfdocsError:
            continue
    return found


def _earlier_outputs(raw: dict[str, Any], settings: Settings, out: Path | None,
                     layout_name: str | None, sections: tuple[str, ...] = ("申报", "自评")
                     ) -> tuple[OutputFile, ...]:
    """Forms an earlier version of a file that now has errors left on disk, all 过期.

    ``render`` refuses the file and keeps what it made before (nothing is deleted), so a
    colleague collecting forms from the output folder would take a version that no longer
    matches the project file. Where they are is found as ``render`` names them, from the
    names as written (项目名称, 实施单位, 年度, 主管部门) and the layout's forms for the parts
    the file has; a file whose names cannot be read has none to show.
    """
    from perfdocs.layouts.layout import load_layout

    names = {"year": _year(raw.get("年度")), "unit": _plain(raw.get("实施单位")),
             "project": _plain(raw.get("项目名称"))}
    if any(v is None for v in names.values()):
        return ()
    try:
        layout = load_layout(layout_name or _plain(raw.get("版式")) or settings.layout,
                             settings.layout_paths)
    except PerfdocsError:
        return ()
    folder = out if out is not None else settings.out
    found: list[OutputFile] = []
    for kind, form in layout.forms.items():
        if raw.get(form.section) is None or form.section not in sections:
            continue
        fields = {k: str(v) for k, v in names.items()}
        fields.update(department=_plain(raw.get("主管部门")) or "", form=kind,
                      layout=layout.name)
        found += [OutputFile(target, "过期") for target in _targets(folder, settings, fields)
                  if target.is_file()]
    return tuple(found)


def _file_state(target: Path, made: Made, now: dict[bool, str] | None) -> FileState:
    """缺失, or what the record says the file was made from against what it would be made
    from now (:func:`_inputs`): 最新, 过期, or 未知 without a record that still describes
    the file."""
    from perfdocs.engine.cache import embeds_font
    from perfdocs.engine.output_record import as_written

    try:
        info = os.lstat(target)
    except OSError:
        return "缺失"
    text = str(target)
    # the record's paths are relative to the resolved output folder, with "/" (render
    # builds the targets below it: perfdocs.engine.output.inside)
    inside = text.startswith(made.root + os.sep)
    known = made.files.get(text[len(made.root) + 1:].replace(os.sep, "/")) if inside else None
    if known is None or known[0] is None or now is None:
        return "未知"
    current = known[0] == now[embeds_font(text)]
    if as_written(info, known):
        return "最新" if current else "过期"
    # Only its ctime moved (a render that could not replace its set linked each old file
    # under a second name and put it back: tester6 #10d): the same file, which the record
    # cannot vouch 最新 for, but made from inputs that have changed since — 过期 either way.
    same_file = [info.st_size, info.st_mtime_ns, info.st_ino, info.st_dev] == \
        [known[1][0], known[1][1], known[1][3], known[1][4]] if len(known[1]) == 5 else False
    return "过期" if same_file and not current else "未知"


def _forms_state(outputs: tuple[OutputFile, ...]) -> FormsState:
    states = {o.state for o in outputs}
    if not outputs or states == {"缺失"}:
        return "未生成"
    if "过期" in states:
        if all(o.report or o.state == "最新" for o in outputs):
            return "报告过期"  # only the report (README: 「自评报告已过期，表格是最新的」)
        return "过期"
    if "旧表" in states:
        return "旧表"
    if "缺失" in states:
        return "不全"
    return "未知" if "未知" in states else "最新"


def statuses(paths: list[str], settings: Settings, *, out: Path | None = None,
             layout: str | None = None, made: Made | None = None) -> list[ProjectStatus]:
    """:func:`project_status` of every file, in the order given, and what no file shows on
    its own: two files naming the same forms (:mod:`perfdocs.engine.clashes`, the rule of
    ``render``). The later one has the error ``render`` would give it, and both rows say
    冲突: the forms on disk were made from one of them, and the times cannot tell which (a
    copied project whose 项目名称 was left unchanged showed 最新 twice)."""
    if made is None:
        made = made_now(settings, out, layout)
    rows = [project_status(p, settings, out=out, layout=layout, made=made) for p in paths]
    return _with_clashes(rows)


def _with_clashes(rows: list[ProjectStatus]) -> list[ProjectStatus]:
    from perfdocs.engine.clashes import Clash, Owners, claim
    from perfdocs.loading.source import name_line
    from perfdocs.records import replace

    owners: Owners = {}
    owner_of: dict[str, int] = {}
    clashing: set[int] = set()
    for index, row in enumerate(rows):
        if not row.ok or not row.outputs:
            continue
        stems = list(dict.fromkeys(str(o.path.with_suffix("")) for o in row.outputs))
        found = claim(owners, row.file, (row.name or "", row.unit or ""), stems)
        if not isinstance(found, Clash):
            owner_of.setdefault(row.file, index)
            continue
        clashing |= {index, owner_of[found.other]}
        problem = Diagnostic(Severity.ERROR, found.message(), file=row.file,
                             line=name_line(row.file, found.field), field=found.field,
                             label=found.field)
        rows[index] = replace(row, errors=row.errors + 1,
                              diagnostics=(*row.diagnostics, problem))
    for index in clashing:
        rows[index] = replace(rows[index], forms="冲突")
    return rows

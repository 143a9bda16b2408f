"""A project's status at a glance: one row per project file, for ``status`` and the workbench.

A unit keeps dozens of project files and re-renders after every correction. Before a
deadline the question is "which of these are ready, and which forms are out of date?"
— answered here without writing anything: each file is loaded, validated and computed
exactly as ``render`` would (:func:`perfdocs.engine.pipeline.prepare`), and the files ``render``
would write are compared with the project file's modification time.

:func:`project_status` is the one place that answers it; ``perfdocs status`` prints its
rows as a table or JSON and the workbench (``perfdocs serve``) lists projects with it.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from perfdocs.errors import Diagnostic, PerfdocsError, Severity
from perfdocs.records import Record, field

if TYPE_CHECKING:
    from perfdocs.engine.pipeline import Prepared
    from perfdocs.loading.settings import Settings

PartState = Literal["无", "未填完", "有错误", "已填"]
"""A part (申报 / 自评) of the file: absent, present with errors in it, or complete."""
FileState = Literal["最新", "过期", "缺失"]
"""One output file: newer than the project file, older than it, or not there."""
FormsState = Literal["最新", "过期", "不全", "未生成", "冲突", "—"]
"""All of a project's outputs together; "—" when the file has errors and no forms of an
earlier version are on disk (nothing to compare); 过期 when it has errors but such forms are;
冲突 when another file given names the same forms (:func:`statuses`): whose figures the files
on disk hold cannot be told."""


class OutputFile(Record, frozen=True):
    """One file ``render`` writes for the project, and whether it is up to date."""

    path: Path
    state: FileState


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


def project_status(path: str | Path, settings: Settings, *, out: Path | None = None,
                   layout: str | None = None) -> ProjectStatus:
    """The status row of one project file (never raises for the user's mistakes).

    ``out`` is the output folder to compare against (default: the settings' ``out``);
    ``layout`` overrides the file's 版式 as ``render --layout`` does.
    """
    from perfdocs.engine.pipeline import prepare

    name = str(path)
    raw = _raw_data(path)
    try:
        prepared = prepare(path, settings, layout_name=layout)
    except PerfdocsError as exc:
        found = tuple(exc.all_diagnostics())
        return _row(name, raw, found, None, settings, out, layout)
    from perfdocs.rules.report import report_notes

    # what validate prints for the file, its note on the 自评报告's paragraphs included:
    # status said 「提示 0」 where validate said 「1 个提示」
    found = (*prepared.diagnostics, *report_notes(prepared.loaded))
    return _row(name, raw, found, prepared, settings, out, layout)


def _raw_data(path: str | Path) -> dict[str, Any]:
    """The file's top-level keys as written, or {} when it cannot even be read as YAML."""
    from perfdocs.loading.source import load_source

    try:
        data = load_source(path).data
    except PerfdocsError:
        return {}
    return data if isinstance(data, dict) else {}


def _row(name: str, raw: dict[str, Any], found: tuple[Diagnostic, ...],
         prepared: Prepared | None, settings: Settings, out: Path | None,
         layout: str | None) -> ProjectStatus:
    errors = [d for d in found if d.severity is Severity.ERROR]
    warnings = sum(d.severity is Severity.WARNING for d in found)
    project = prepared.project if prepared is not None else None
    result = prepared.result if prepared is not None else None
    if prepared is not None:
        outputs = _outputs(prepared, settings, out)
        forms: FormsState = _forms_state(outputs)
    else:
        outputs = _earlier_outputs(raw, settings, out, layout)
        forms = "过期" if outputs else "—"
    return ProjectStatus(
        file=name,
        name=project.name if project else _plain(raw.get("项目名称")),
        unit=project.unit if project else _plain(raw.get("实施单位")),
        year=project.year if project else _year(raw.get("年度")),
        layout=prepared.layout.name if prepared else _plain(raw.get("版式")),
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
    digits = str(value).replace("年", "").strip() if value is not None else ""
    return int(digits) if digits.isdigit() else None


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


def _outputs(prepared: Prepared, settings: Settings, out: Path | None
             ) -> tuple[OutputFile, ...]:
    """Every file ``render`` would write for the project, compared with the project file.

    A form is stale when its file is older than the project file: the project was edited
    after the forms were made.
    """
    from perfdocs.engine.pipeline import built_forms, output_fields

    folder = out if out is not None else settings.out
    try:
        source_time = Path(prepared.path).stat().st_mtime
        forms, _ = built_forms(prepared, revision=settings.print_revision)
    except (OSError, PerfdocsError):
        return ()
    found: list[OutputFile] = []
    for form in forms:
        found += [OutputFile(target, _file_state(target, source_time))
                  for target in _targets(folder, settings, output_fields(prepared, form))]
    return tuple(found)


def _targets(folder: Path, settings: Settings, fields: dict[str, str]) -> list[Path]:
    """Where ``render`` writes a form with these names, one file per format it writes (a
    name the naming pattern cannot make is skipped: render reports it)."""
    from perfdocs.engine.output import output_path

    found = []
    for fmt in settings.formats:
        try:
            found.append(output_path(folder, settings.name, fields, f".{fmt}"))
        except PerfdocsError:
            continue
    return found


def _earlier_outputs(raw: dict[str, Any], settings: Settings, out: Path | None,
                     layout_name: str | None) -> tuple[OutputFile, ...]:
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
        if raw.get(form.section) is None:
            continue
        fields = {k: str(v) for k, v in names.items()}
        fields.update(department=_plain(raw.get("主管部门")) or "", form=kind,
                      layout=layout.name)
        found += [OutputFile(target, "过期") for target in _targets(folder, settings, fields)
                  if target.is_file()]
    return tuple(found)


def _file_state(target: Path, source_time: float) -> FileState:
    try:
        made = target.stat().st_mtime
    except OSError:
        return "缺失"
    return "最新" if made >= source_time else "过期"


def _forms_state(outputs: tuple[OutputFile, ...]) -> FormsState:
    states = {o.state for o in outputs}
    if not outputs or states == {"缺失"}:
        return "未生成"
    if "过期" in states:
        return "过期"
    return "不全" if "缺失" in states else "最新"


def statuses(paths: list[str], settings: Settings, *, out: Path | None = None,
             layout: str | None = None) -> list[ProjectStatus]:
    """:func:`project_status` of every file, in the order given, and what no file shows on
    its own: two files naming the same forms (:mod:`perfdocs.engine.clashes`, the rule of
    ``render``). The later one has the error ``render`` would give it, and both rows say
    冲突: the forms on disk were made from one of them, and the times cannot tell which (a
    copied project whose 项目名称 was left unchanged showed 最新 twice)."""
    rows = [project_status(p, settings, out=out, layout=layout) for p in paths]
    return _with_clashes(rows)


def _with_clashes(rows: list[ProjectStatus]) -> list[ProjectStatus]:
    from perfdocs.engine.clashes import Clash, Owners, claim
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
        problem = Diagnostic(Severity.ERROR, found.message(), file=row.file, field="项目名称",
                             label="项目名称")
        rows[index] = replace(row, errors=row.errors + 1,
                              diagnostics=(*row.diagnostics, problem))
    for index in clashing:
        rows[index] = replace(rows[index], forms="冲突")
    return rows

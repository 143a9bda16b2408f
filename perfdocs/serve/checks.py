"""A project file (or the editor's unsaved draft of it) checked and computed, for the page.

The page shows what ``perfdocs validate`` prints and the figures the 自评表 prints. Both
come from the library's own pipeline run on the text itself — the findings from
:func:`perfdocs.engine.validation.validate_file`, the function ``validate`` prints — so the
page cannot drift from the CLI: a draft is written to a private temporary file and checked
exactly like a file on disk, then its messages name the real file.

Unlike ``prepare``, a file with errors still gets its figures when its schema holds (the
preparer wants to see 总分 move while a 偏差原因 is still missing): the calculator is then
run on the loaded model directly.
"""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from perfdocs import records
from perfdocs.errors import Diagnostic, PerfdocsError, Severity
from perfdocs.records import Record, field

if TYPE_CHECKING:
    from perfdocs.compute.calculate import Result
    from perfdocs.layouts.layout import FormLayout
    from perfdocs.loading.settings import Settings


class Checked(Record):
    """What the page shows about one version of a project file."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    figures: dict[str, Any] = field(default_factory=dict)
    """Formatted figures of the 自评表 (empty when the file has no computable 自评 part)."""
    project: Any = None
    """The loaded model (None when the schema failed)."""
    layout: Any = None

    @property
    def errors(self) -> int:
        return sum(d.severity is Severity.ERROR for d in self.diagnostics)

    @property
    def warnings(self) -> int:
        return sum(d.severity is Severity.WARNING for d in self.diagnostics)

    def messages(self) -> list[dict[str, Any]]:
        """Every diagnostic as the page needs it: the CLI's line, and the field to mark."""
        return [{"severity": d.severity.value, "word": d.severity.word, "text": d.format(),
                 "message": d.message, "field": d.field or "", "label": d.label or "",
                 "line": d.line} for d in self.diagnostics]


def waiting_forms(checked: Checked, layout: Any) -> dict[str, str]:
    """The forms of ``layout`` the checked (saved) file cannot make yet, each with why:
    when every error is on one part (a 自评 part of blank boxes after 「添加自评」), that
    part's forms, as the preview names them waiting (engine/parts.one_part makes the
    others); nothing otherwise (no error, or errors elsewhere: the preview's refusal page
    lists them). The editor greys their preview and download links."""
    from perfdocs.engine.parts import part_of

    errors = [d for d in checked.diagnostics if d.severity is Severity.ERROR]
    parts = {part_of(d) for d in errors}
    if layout is None or len(parts) != 1 or None in parts:
        return {}
    (part,) = parts
    why, fix = ("（未填完）", "填完") if part == "自评" else ("", "改正")
    said = f"「{part}」部分有 {len(errors)} 处错误{why}，{fix}并保存后才能生成"
    return {kind: said for kind, form in layout.forms.items() if form.section == part}


def check_file(path: Path, shown: str, settings: Settings) -> Checked:
    """Validate and compute the file at ``path``; messages name it ``shown``."""
    return _renamed(_check(path, settings), str(path), shown)


def check_text(text: str, name: str, shown: str, settings: Settings) -> Checked:
    """Validate and compute an unsaved version of a project file.

    The text goes to a temporary folder under the file's own name, so whatever the library
    reads (the name, the lines) is as it will be once saved.
    """
    with tempfile.TemporaryDirectory(prefix="perfdocs-serve-") as folder:
        path = Path(folder) / (Path(name).name or "项目.yaml")
        path.write_text(text, encoding="utf-8")
        return _renamed(_check(path, settings), str(path), shown)


def _renamed(checked: Checked, actual: str, shown: str) -> Checked:
    checked.diagnostics = [records.replace(d, file=shown) if d.file == actual else d
                           for d in checked.diagnostics]
    return checked


def _check(path: Path, settings: Settings) -> Checked:
    """The file's findings as ``validate`` gives them (:func:`perfdocs.engine.validation.
    validate_file`, the one path: a blank 分值 hid every other finding here, not there;
    tester15 F2), and its figures."""
    from perfdocs.engine.validation import validate_file
    from perfdocs.errors import ValidationFailed

    checked = Checked()
    found = validate_file(path, settings)
    checked.diagnostics = found.diagnostics
    prepared = found.prepared
    if prepared is None:
        if isinstance(found.refusal, ValidationFailed):
            _figures_anyway(path, settings, checked)
        return checked
    checked.project, checked.layout = prepared.project, prepared.layout
    if prepared.result is not None:
        form = _selfeval(prepared.layout)
        assert form is not None  # a computed 自评 part has its form
        checked.figures = figures_of(prepared.result, form)
    return checked


def _figures_anyway(path: Path, settings: Settings, checked: Checked) -> None:
    """The figures of a file whose rules failed but whose schema holds."""
    from perfdocs.compute.calculate import evaluate
    from perfdocs.layouts.layout import load_layout
    from perfdocs.loading.project import load_project

    try:
        loaded = load_project(path, default_unit=settings.input_unit)
    except PerfdocsError:
        _figures_beside_blanks(path, settings, checked)
        return
    try:
        project = loaded.project
        layout = load_layout(project.layout or settings.layout, settings.layout_paths)
    except PerfdocsError:
        return
    checked.project, checked.layout = project, layout
    form = _selfeval(layout)
    if project.evaluation is None or form is None:
        return
    try:
        checked.figures = figures_of(evaluate(project.evaluation, form), form)
    except (PerfdocsError, ArithmeticError):
        return


def _figures_beside_blanks(path: Path, settings: Settings, checked: Checked) -> None:
    """The figures of a file the schema refused (a blank 分值) that its blanks cannot have
    made: the file completed twice, with two stand-ins in every refused box
    (:func:`perfdocs.engine.stand_ins.stood_in_projects`, the copies validate finds the other
    rules' findings on), and what both give alike. A blank 分值 hid the 执行率 and its 得分
    as well (tester15 F2); 总分 and that indicator's figures stay 「—」."""
    from perfdocs.compute.calculate import evaluate
    from perfdocs.engine.stand_ins import stood_in_projects
    from perfdocs.layouts.layout import load_layout
    from perfdocs.loading.project import money_unit, strip_curly_quotes
    from perfdocs.loading.source import load_source

    try:
        source = load_source(path)
        list(strip_curly_quotes(source))  # the values as the schema read them
        projects = stood_in_projects(source.data, money_unit(source, settings.input_unit))
        if len(projects) != 2 or projects[0].evaluation is None:
            return
        layout = load_layout(projects[0].layout or settings.layout, settings.layout_paths)
        form = _selfeval(layout)
        if form is None:
            return
        both = [figures_of(evaluate(project.evaluation, form), form)
                for project in projects if project.evaluation is not None]
    except (PerfdocsError, ArithmeticError):
        return
    if len(both) == 2:
        figures = _alike(*both)
        if not figures.get("total"):
            figures["grade"] = ""  # the grade of a 总分 the stand-ins made
        checked.figures = figures


def _alike(one: dict[str, Any], other: dict[str, Any]) -> dict[str, Any]:
    """``one``'s figures that ``other`` gives alike; "" for the others."""
    out: dict[str, Any] = {}
    for key, value in one.items():
        twin = other.get(key)
        if isinstance(value, dict) and isinstance(twin, dict):
            out[key] = _alike(value, twin)
        else:
            out[key] = value if value == twin else ""
    return out


def _selfeval(layout: Any) -> FormLayout | None:
    from perfdocs.layouts.layout import selfeval_form

    return selfeval_form(layout)


def fund_rate(result: Result, spec: Any, form: FormLayout) -> str:
    """A 项目资金 row's 执行率 as the 自评表 prints it: the form builder's own choice
    (:func:`perfdocs.forms.selfeval.builder.row_rate`): the layout's words for a row with
    nothing budgeted (「—」 on the national form), nothing on a 其中 row of a layout that
    prints none there, else the rate in the layout's style (tester8 #15: the page showed
    0.00% where the form prints 「—」)."""
    from perfdocs.forms.numberformat import format_number
    from perfdocs.forms.selfeval.builder import row_rate

    line = next((line for line in result.funds if line.key == spec.line_key), None)
    rate = row_rate(line, spec.total, form.display)
    if rate is None or isinstance(rate, str):
        return rate or ""
    return format_number(rate, form.display.rate)


def figures_of(result: Result, form: FormLayout) -> dict[str, Any]:
    """The 自评表's figures as the form prints them, keyed by the field they belong to.

    Keys are field paths as messages print them (``自评.项目资金.年度资金总额``,
    ``自评.绩效指标.产出指标.数量指标[1]``), so the page puts each next to its inputs.
    """
    from perfdocs.forms.numberformat import format_number
    from perfdocs.loading.source import format_loc

    display = form.display

    def shown(value: Decimal | None, style: Any) -> str:
        return format_number(value, style) if value is not None else ""

    funds = {f"自评.项目资金.{spec.key}": fund_rate(result, spec, form)
             for spec in form.funds_rows()}
    indicators = {}
    for r in result.indicators:
        loc = format_loc(("自评", "绩效指标", r.level1, r.level2, r.index))
        indicators[loc] = {"suggested": shown(r.suggested, display.score),
                           "score": shown(r.score, display.score), "source": r.source,
                           "tier": r.tier.name if r.tier is not None else ""}
    return {
        "rate": shown(result.execution_rate, display.rate),
        "execution_weight": shown(result.execution_weight, display.weight),
        "execution_score": shown(result.execution_score, display.score),
        "indicator_weight": shown(result.indicator_weight, display.weight),
        "total_weight": shown(result.total_weight, display.weight),
        "total": shown(result.total, display.score),
        "grade": result.grade,
        "funds": funds,
        "indicators": indicators,
        "money_unit": form.money_unit,
    }

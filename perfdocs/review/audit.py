"""``perfdocs check``: audit a filled 自评表 (YAML or xlsx) without rendering it.

Forms filled by hand carry slips: a 执行率 that does not follow from its amounts (seed 002),
a 总分 that is not the sum of its scores (seed 003), points lost without a word of
explanation, weights that do not add up to 100. ``check`` recomputes every derived figure
the form prints with :mod:`perfdocs.compute.calculate` and the layout's rounding, and reports each
mismatch with where it is (the cell of a workbook, the line of a project file), what was
printed, what is correct and the rule that says so.

For a workbook the printed figures are those of the sheet itself (every funds row's 执行率,
the 执行率's 分数 and 得分, the 分值 and 得分 of the 总分 row, the 评分等级); for a project file,
those recorded under ``自评.原表``. Both then go through the same rules of
:mod:`perfdocs.rules.validate` that concern a filled form's arithmetic.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from perfdocs.errors import Diagnostic, InputError, Severity
from perfdocs.records import Record, field

if TYPE_CHECKING:
    from perfdocs.compute.calculate import FundLine, Result
    from perfdocs.importer.workbooks import Imported
    from perfdocs.layouts.layout import FormLayout, Layout
    from perfdocs.loading.project import Loaded
    from perfdocs.loading.settings import Settings
    from perfdocs.rules.validate import Context

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")

RULES = {
    "execution_weight": "执行率一行的分值由版式规定",
    "total_weight": "各项分值（含执行率）合计",
}
"""The rules that read the same on every form; those a layout sets (执行率得分, rounding,
grades) are worded by :mod:`perfdocs.rules.explain` from the layout in use."""
LABELS = {"rate": "执行率", "execution_weight": "分数", "execution_score": "执行率得分",
          "total_weight": "分值合计", "total": "总分", "grade": "评分等级"}
MAY_BE_ROUNDING = frozenset({"funds-sum-rounding"})
"""Rules whose warnings may be the printed places' rounding rather than a slip: perfdocs'
own form of amounts typed in 元 prints such sums (:func:`funds_add_up_as_printed`), and
``check`` must pass it (exit 0) while still saying so."""
ROWS = {"total": "年度资金总额", "appropriation": "当年财政拨款",
        "carried_over": "上年结转资金", "other": "其他资金"}


class Audit(Record):
    """What ``check`` found in one file."""

    path: str
    findings: list[Diagnostic] = field(default_factory=list)
    note: str = ""
    """Why there was nothing to audit (a project without its 自评 part)."""

    @property
    def problems(self) -> list[Diagnostic]:
        """The findings that are slips (notes record a preparer's judgement, not a slip;
        a 其中 sum off by no more than rounding, :data:`MAY_BE_ROUNDING`, may be none)."""
        return [d for d in self.findings
                if d.severity is not Severity.NOTE and d.rule not in MAY_BE_ROUNDING]

    @property
    def unsure(self) -> list[Diagnostic]:
        """Warnings that may be no slip at all (:data:`MAY_BE_ROUNDING`): said, not counted."""
        return [d for d in self.findings
                if d.severity is Severity.WARNING and d.rule in MAY_BE_ROUNDING]


def is_workbook(path: str | Path) -> bool:
    """Whether ``path`` names an Excel workbook (else it is read as a project file)."""
    return str(path).lower().endswith(WORKBOOK_SUFFIXES)


def read_workbook(path: str | Path, settings: Settings, sheet: str | None = None
                  ) -> Imported:
    """One workbook as ``import`` reads it: perfdocs' own fill-in workbook (``perfdocs
    template``) by its boxes, any other by the forms' labels (the fill-in's sheets are no
    form to find by labels); ``sheet``: that sheet of a many-project workbook alone.
    ``check`` and ``diff`` read a workbook through here."""
    from perfdocs.fillin.reader import is_fillin
    from perfdocs.importer.workbooks import import_fillin, import_workbooks

    return (import_fillin(path, settings) if is_fillin(path)
            else import_workbooks([path], settings, sheet))


def audit_file(path: str | Path, settings: Settings) -> Audit:
    """Audit one file; raises :class:`~perfdocs.errors.PerfdocsError` when it cannot be read.

    perfdocs' fill-in workbook is a whole project typed by a colleague, not a printed form
    whose arithmetic to audit: it gets ``validate``'s full validation, each finding at its
    cell, exactly as ``perfdocs import`` reports it before writing
    (:func:`perfdocs.importer.findings.workbook_findings`)."""
    if is_workbook(path):
        from perfdocs.importer.workbooks import OverviewGiven

        try:
            imported = read_workbook(path, settings)
        except OverviewGiven as given:  # the packet's 一览表: said, and its sums checked
            from perfdocs.review.overview import overview_findings

            return Audit(given.grid.file, overview_findings(given.grid))
        if imported.fillin:
            return _audit_fillin(imported, settings)
        return audit_imported(imported, settings)
    from perfdocs.loading.project import load_project

    loaded = load_project(path, default_unit=settings.input_unit)
    return _audit_loaded(loaded, settings, None)


def audit_imported(imported: Imported, settings: Settings) -> Audit:
    """Audit a workbook already read by :func:`perfdocs.importer.workbooks.import_workbooks`."""
    return _audit_loaded(imported.loaded(), settings, imported)


BASIS = {"rate": "这一行的全年执行数、全年预算数", "execution_score": "执行率",
         "total": "各指标得分和执行率得分", "grade": "总分",
         "execution_weight": "版式（执行率一行的分值由版式规定，不在项目文件中）",
         "total_weight": "各指标的分值"}
"""What each computed figure a form prints follows from: what to check when a reviewer
wrote another one (the figure itself is never merged: perfdocs computes it)."""


def printed_against(imported: Imported, loaded: Loaded, settings: Settings
                    ) -> list[Diagnostic]:
    """The computed figures a returned form prints (each row's 执行率, 执行率得分, 总分,
    评分等级, 分值) that are not what ``loaded`` computes, at their cells, each saying what
    the figure follows from (tester6 1: a reviewer who wrote 98.00% over 94.30% meant that
    the amounts are wrong; ``import --into`` and ``diff`` compared inputs only and said
    「一致」). ``loaded``: the file as the merge writes it, or the workbook's own project."""
    from perfdocs.compute.calculate import evaluate
    from perfdocs.layouts.layout import selfeval_form

    evaluation = loaded.project.evaluation
    if evaluation is None or not imported.printed:
        return []
    form = selfeval_form(_layout_of(loaded, settings))
    if form is None:
        return []
    kinds = {f.address: f.kind for f in imported.printed}
    out = []
    for d in _sheet_figures(imported, form, evaluate(evaluation, form)):
        basis = BASIS.get(kinds.get(d.field or "", ""), "")
        said = f"：这是算出的数，不合并到文件；请核对{basis}" if basis else ""
        out.append(Diagnostic(d.severity, f"工作簿上{d.message}{said}", d.file, d.line,
                              d.field, d.label, d.rule, d.blank))
    return out


def _audit_fillin(imported: Imported, settings: Settings) -> Audit:
    """A fill-in workbook's findings, as ``import`` says them. A box the schema refuses
    (「abc」 for a 分值, a required box left blank) is bad input, named at its cell with its
    三级指标 — not a file that cannot be read (tester12: check said 「无法读取」, status 2,
    of the workbook import lists cell by cell, status 1)."""
    from perfdocs.errors import ValidationFailed
    from perfdocs.importer.findings import refused_cells, workbook_findings

    try:
        found = workbook_findings(imported, settings)
    except ValidationFailed as refused:
        found = refused_cells(refused, imported, settings)
    return Audit(imported.file, [*_reading_notes(imported), *found])


def _layout_of(loaded: Loaded, settings: Settings) -> Layout:
    """The file's layout; one that cannot be found is blamed on its 版式 line, or on
    perfdocs.toml when the file names none (:func:`perfdocs.engine.pipeline.layout_of`)."""
    from perfdocs.engine.pipeline import layout_of

    return layout_of(loaded, settings)


def _audit_loaded(loaded: Loaded, settings: Settings, imported: Imported | None) -> Audit:
    from perfdocs.compute.calculate import evaluate
    from perfdocs.rules.validate import (
        Context,
        budget_rules,
        fraction_for_percent,
        funds_add_up,
        level1_weights_fixed,
        lost_points_explained,
        percent_above_100,
        printed_figures_match,
        score_against_rule,
        score_in_tier,
        score_within_weight,
        target_unit_missing,
        weights_add_up,
    )

    audit = Audit(loaded.path)
    evaluation = loaded.project.evaluation
    if evaluation is None and loaded.project.declaration is not None:
        return _audit_declaration(audit, loaded, settings, imported)
    if evaluation is None:
        audit.note = "没有「自评」部分，无可核对"
        return audit
    from perfdocs.layouts.layout import selfeval_form
    from perfdocs.rules.amounts import check_amounts

    layout = _layout_of(loaded, settings)
    form = selfeval_form(layout)
    if form is None:
        raise InputError("版式没有自评表，无法核对", file=loaded.path)
    result = evaluate(evaluation, form)
    ctx = Context(loaded, form, result)
    def funds_sum(ctx: Context) -> Iterator[Diagnostic]:
        return funds_add_up_as_printed(ctx, funds_add_up(ctx), imported is not None)

    def funds_missing(ctx: Context) -> Iterator[Diagnostic]:
        # Only the missing-amount rule of budget_rules (tester7 D10m: a 「—」 全年执行数 of
        # 年度资金总额, which import --into says): its other rules judge a plan, not a
        # printed form's arithmetic, and running them all changed check's answers (045eb5a).
        return (d for d in budget_rules(ctx) if d.rule == "funds-missing")

    rules = [weights_add_up, level1_weights_fixed, score_within_weight, target_unit_missing,
             fraction_for_percent, percent_above_100, lost_points_explained, score_in_tier,
             score_against_rule, funds_sum, funds_missing]
    if imported is None:
        rules.append(printed_figures_match)
    found = [*loaded.notes, *_unprinted(loaded, layout), *(d for rule in rules for d in rule(ctx)),
             *check_amounts(loaded, layout)]
    found += _validate_says(loaded, settings, found)
    missing = next((d for d in found if d.rule == "funds-missing"), None)
    if imported is not None:
        from perfdocs.importer.findings import without_import_placeholders

        found = [_at_cell(d, imported) for d in without_import_placeholders(found, imported)]
        found += list(_sheet_figures(imported, form, result))
        if not imported.fillin:
            found = _both_readings(found, loaded, form, result)
        found.sort(key=lambda d: _cell_order(d.field))
        found = [*_reading_notes(imported), *found]
    else:
        found.sort(key=lambda d: d.line or 0)
    if missing is not None and (unchecked := _unverified(loaded, imported, result)):
        found.append(_unverified_note(unchecked, missing, loaded.path))
    audit.findings = found
    return audit


def _both_readings(found: list[Diagnostic], loaded: Loaded, form: FormLayout,
                   result: Result) -> list[Diagnostic]:
    """``found`` with the other reading of a printed 得分 the rules do not give for the
    printed 实际完成值: the preparer's own, which ``check`` keeps, or the rule's score of an
    实际完成值 the reviewer changed afterwards, which ``import --into`` and ``diff`` take it
    for when the project file's rules gave that very figure
    (:func:`~perfdocs.compute.calculate.rules_own_scores`). A returned form alone cannot
    tell, so both are said, at the 得分 and at the 总分 and 评分等级 (tester11 F3: check
    said 总分 80 and 「按填报人的判断保留」 where diff and import said 82)."""
    from perfdocs.compute.calculate import evaluate
    from perfdocs.rules import explain

    stale = {(r.level1, r.level2, r.index): r for r in result.indicators
             if r.source == "preparer" and r.suggested is not None
             and r.score != r.suggested}
    evaluation = loaded.project.evaluation
    if not stale or evaluation is None:
        return found
    indicators = {one: {two: [row.replace(score=None) if (one, two, i) in stale else row
                              for i, row in enumerate(rows)] for two, rows in twos.items()}
                  for one, twos in evaluation.indicators.items()}
    other = evaluate(evaluation.replace(indicators=indicators), form)
    names = "、".join(f"「{r.indicator.name}」" for r in stale.values())
    by_name = {r.indicator.name: r for r in stale.values()}
    out = []
    for d in found:
        extra = ""
        if d.rule in ("score-above-rule", "score-below-rule"):
            r = next((r for name, r in by_name.items() if d.message.startswith(f"「{name}」")),
                     None)
            if r is not None and r.suggested is not None:
                again = explain.score_text(r.suggested, form)
                extra = ("；若这个得分是按改动前的实际完成值算的（评审改了实际完成值、没改得分），"
                         f"import --into 和 diff 按规则重算为 {again}")
        elif d.rule == "printed-mismatch" and d.label == LABELS["total"] \
                and other.total is not None:
            extra = (f"；若{names}的得分按规则重算（同上），总分为 "
                     f"{explain.score_text(other.total, form)}")
        elif d.rule == "printed-mismatch" and d.label == "评分等级" and other.grade:
            extra = f"；若{names}的得分按规则重算，为「{other.grade}」"
        out.append(d if not extra else Diagnostic(
            d.severity, d.message.rstrip("。") + extra, d.file, d.line, d.field, d.label,
            d.rule, d.blank))
    return out


def _unverified(loaded: Loaded, imported: Imported | None, result: Result) -> list[str]:
    """The printed figures that follow from 年度资金总额's 执行率 (the rate itself, 执行率得分,
    总分, 评分等级) and that ``result`` could not compute, each with its cell on a workbook;
    those of ``自评.原表`` for a project file. A figure left blank or 「—」 is none."""
    if imported is not None:
        total_key = result.funds[0].key if result.funds else "total"
        shown = []
        for figure in imported.printed:
            if figure.kind not in ("rate", "execution_score", "total", "grade") \
                    or (figure.kind == "rate" and figure.row != total_key):
                continue
            if figure.value is None and not (figure.kind == "grade"
                                             and figure.text.strip() not in ("", "—")):
                continue
            label = f"{ROWS['total']}执行率" if figure.kind == "rate" else LABELS[figure.kind]
            cell = figure.address.rpartition("!")[2]
            shown.append(f"{label}（{cell}）" if cell else label)
        return shown
    evaluation = loaded.project.evaluation
    printed = evaluation.printed if evaluation is not None else None
    if printed is None:
        return []
    return [label for label, value in ((f"{ROWS['total']}执行率", printed.rate),
                                       ("执行率得分", printed.execution_score),
                                       ("总分", printed.total), ("评分等级", printed.grade))
            if value is not None]


def _unverified_note(unchecked: list[str], missing: Diagnostic, path: str) -> Diagnostic:
    """Said once, after the cells: the printed figures a missing amount leaves unchecked,
    so that a report with nothing else in it is not read as 「印的执行率和总分都对」."""
    return Diagnostic(Severity.NOTE, f"表上印的{'、'.join(unchecked)}无法核对：它们都由"
                      f"{ROWS['total']}的全年预算数和全年执行数算出，而{missing.label}缺少（见上）",
                      path, None, None, None, "printed-unverified")


def _unprinted(loaded: Loaded, layout: Layout) -> list[Diagnostic]:
    """The parts of the file its layout prints no form of, as ``validate`` and ``render``
    say them (:func:`perfdocs.engine.parts.unprinted_parts`): a 申报-only file in
    yunnan-2022 was 「未发现问题」 here and refused by render (tester13 F3)."""
    from perfdocs.engine.parts import unprinted_parts

    return unprinted_parts(loaded, layout, None)


OWN_WORDING = frozenset({"funds-sum", "funds-sum-rounding"})
"""Rules ``check`` says in its own words on a returned form (a 其中 sum rounding may
explain, :func:`funds_add_up_as_printed`): ``validate``'s wording of them is not added."""


def _validate_says(loaded: Loaded, settings: Settings, found: list[Diagnostic]
                   ) -> list[Diagnostic]:
    """The errors and warnings ``validate`` gives for the same content that ``check``'s own
    rules did not: its rules, run as ``validate`` runs them
    (:func:`perfdocs.importer.findings.validation_of`), not a copy. ``check`` said
    「未发现问题」, exit 0, for a 全年执行数 above its 全年预算数 and a 自评结论 contradicting the
    computed 总分 and 等级 that ``validate`` warned about (tester17 F1). Notes stay
    ``validate``'s (the 自评报告's unwritten paragraphs are listed there only)."""
    from perfdocs.importer.findings import validation_of

    said = set(found)
    return [d for d in validation_of(loaded, settings)
            if d.severity is not Severity.NOTE and d not in said
            and d.rule not in OWN_WORDING]


def _audit_declaration(audit: Audit, loaded: Loaded, settings: Settings,
                       imported: Imported | None) -> Audit:
    """A 申报 alone (a returned 申报表, a file before its 自评): the 申报 rules ``validate``
    and ``import`` run (其中 sums, 指标, 年度指标值), at their cells for a workbook. It once
    said 「没有「自评」部分，无可核对」 and exit 0 for 其中 rows 10 万元 off their 合计
    (tester5 N8)."""
    from perfdocs.rules.amounts import check_amounts
    from perfdocs.rules.consistency import check_declaration

    layout = _layout_of(loaded, settings)
    found = [*loaded.notes, *_unprinted(loaded, layout), *check_declaration(loaded, layout, None),
             *check_amounts(loaded, layout)]
    found += _validate_says(loaded, settings, found)
    if imported is not None:
        from perfdocs.importer.findings import without_import_placeholders

        found = [_at_cell(d, imported) for d in without_import_placeholders(found, imported)]
        found.sort(key=lambda d: _cell_order(d.field))
        found = [*_reading_notes(imported), *found]
    audit.findings = found
    return audit


def funds_add_up_as_printed(ctx: Context, found: Iterable[Diagnostic],
                           sheet: bool) -> Iterator[Diagnostic]:
    """:func:`~perfdocs.rules.validate.funds_add_up`'s findings, a 其中 sum on a returned
    form that rounding can explain made a warning.

    A returned form prints each amount rounded (in 万元, to 2 places), each row on its own:
    116.30 + 0.00 + 8.42 under a 年度资金总额 of 124.73 is perfdocs' own form of amounts
    typed in 元, and calling it an error sent it back (tester4). Only a difference that
    rounding each printed figure by the layout's mode can give is said as a warning that it
    may be rounding (:func:`~perfdocs.rules.rounding_gap.may_be_rounding`: strictly less
    than the sum of the half units, a figure printed 0 adding on one side only — 0.01 万元
    for three rows and a total, not 0.02: tester5 N1); a larger one stays an error. ``sheet``: the
    figures were read from a workbook. A project file's figures are the figures, not
    rounded ones: its sums are checked as ``validate`` checks them, errors that
    ``render`` refuses (tester5 N13), whatever places they were written to.
    """
    if not sheet:
        yield from found
        return
    from perfdocs.model.numbers import MONEY_UNITS
    from perfdocs.rules.rounding_gap import Figure, largest_gap, may_be_rounding
    from perfdocs.rules.validate import FUND_COLUMNS, _fund_parts

    form = ctx.form
    unit = Decimal(1).scaleb(-form.rounding.money.places) * MONEY_UNITS[form.money_unit]
    mode = form.rounding.money.mode
    total_name, part_names = _fund_parts(ctx)
    funds = ctx.evaluation.funds
    columns = {label: attr for attr, label in FUND_COLUMNS}
    for d in found:
        label = d.label or ""
        attr = columns.get(label)
        total_row = funds.row(total_name)
        if d.rule != "funds-sum" or attr is None or total_row is None:
            yield d
            continue
        rows = [Figure(getattr(row, attr), unit) for name in part_names
                if (row := funds.row(name)) is not None and getattr(row, attr) is not None]
        total = Figure(getattr(total_row, attr), unit)
        gap = sum((row.printed for row in rows), Decimal(0)) - total.printed
        if not may_be_rounding(gap, rows, total, mode):
            yield d
            continue
        most = largest_gap(gap, rows, total, mode, unit)
        base = d.message.partition("；")[0]  # validate's hint for a project file apart
        yield Diagnostic(Severity.WARNING, f"{base}：相差 {ctx.money(abs(gap))}，在逐项舍入"
                         f"可能造成的范围内（表上金额以{form.money_unit}印到 "
                         f"{form.rounding.money.places} 位小数，这 {len(rows) + 1} 个数"
                         f"各自舍入，相加最多可差 {ctx.money(most)}），可能只是舍入"
                         "（如金额按元填写、按万元印出）：请按原始金额核对",
                         d.file, d.line, d.field, d.label, "funds-sum-rounding")


def _reading_notes(imported: Imported) -> list[Diagnostic]:
    """What reading the workbook left out (a sheet not read), as ``import`` says it, first.

    Notes, whatever ``import`` calls them: ``check`` counts slips in the form's figures, and
    a 填表说明 sheet beside the form is none; but the preparer hears of it here too."""
    return [d if d.severity is Severity.NOTE else
            Diagnostic(Severity.NOTE, d.message, d.file, d.line, d.field, d.label, d.rule)
            for d in imported.warnings]


def _at_cell(d: Diagnostic, imported: Imported) -> Diagnostic:
    """A rule's finding about a field, pointed at the cell the field was read from
    (:func:`perfdocs.importer.findings.at_cell`, as ``import`` places them)."""
    from perfdocs.importer.findings import at_cell

    return at_cell(d, imported)


def _cell_order(address: str | None) -> tuple[int, int]:
    """Sort key of ``Sheet1!H14``: row, then column."""
    from perfdocs.importer.findings import cell_order

    return cell_order(address)[1:]


def _fmt(value: Decimal) -> str:
    return f"{value:,f}"


def _sheet_figures(imported: Imported, form: FormLayout,
                   result: Result) -> Iterator[Diagnostic]:
    """Each derived figure the sheet prints against the correct one, by the rule this
    layout uses (:mod:`perfdocs.rules.explain`), both figures in the same unit."""
    from perfdocs.rules import explain

    lines = {line.key: line for line in result.funds}
    scoring = form.scoring
    result = _with_printed_rates(imported, form, result)
    scored_rate = result.execution_rate if scoring.execution_from == "printed" else None
    for figure in imported.printed:
        label = LABELS[figure.kind]
        correct: Any
        shown = explain.score_text
        if figure.kind == "rate":
            line = lines.get(figure.row)
            correct = line.rate if line is not None else None
            if line is not None and line.budget == 0 and figure.value is None:
                continue  # nothing budgeted: a form may leave the rate blank or "—"
            if line is not None and _rate_holds(figure.value, line, form):
                correct = figure.value
            label = f"{ROWS.get(figure.row, '')}执行率"
            rule = explain.rate_rule(form)
            shown = explain.rate_text
        elif figure.kind == "execution_weight":
            correct, rule = scoring.execution_weight, RULES["execution_weight"]
            shown = _weight_text
        elif figure.kind == "execution_score":
            correct = result.execution_score
            rule = explain.execution_score_rule(form, scored_rate)
        elif figure.kind == "total_weight":
            correct = scoring.total_weight
            rule = f"{RULES['total_weight']}应为 {_fmt(scoring.total_weight)}"
            if result.total_weight != scoring.total_weight:
                continue  # weights_add_up already says what is wrong with the weights
        elif figure.kind == "total":
            correct, rule = result.total, explain.TOTAL_RULE
        else:
            correct, rule = result.grade or None, explain.grade_rule(form)
            if correct is not None and figure.text != correct:
                total = explain.score_text(result.total or Decimal(0), form)
                yield Diagnostic(Severity.WARNING, f"印的评分等级是「{figure.text or '（空）'}」，"
                                 f"按总分 {total} 应为「{correct}」"
                                 f"（{rule}）", imported.file, None, figure.address, "评分等级",
                                 "printed-mismatch")
            continue
        if correct is None:
            continue
        right = shown(correct, form)
        if figure.value is None:
            yield Diagnostic(Severity.WARNING, f"{label}空着，应为 {right}（{rule}）",
                             imported.file, None, figure.address, label, "printed-missing")
        elif figure.value != correct:
            was = shown(figure.value, form)
            yield Diagnostic(Severity.WARNING, f"印的{label}是 {was}，按规则应为 "
                             f"{right}（{rule}）", imported.file, None, figure.address,
                             label, "printed-mismatch")


def _weight_text(value: Decimal, form: FormLayout) -> str:
    from perfdocs.rules.explain import figure

    return figure(value, form.display.weight)


def _rate_holds(printed: Decimal | None, line: FundLine, form: FormLayout) -> bool:
    """Whether ``printed`` follows from *some* amounts that print as the sheet's amounts.

    A sheet shows amounts rounded to the layout's places (in 万元, 999,951 元 prints as
    100.00), while the rate was computed from the exact amounts (99.99 %). Recomputing it
    from the printed amounts would call perfdocs' own form wrong; so a printed rate is
    accepted when it lies between the rates of the lowest and highest amounts that round
    to what is printed. On a sheet in 元 the interval is a few thousandths wide.
    """
    from perfdocs.compute.calculate import rate_could_be

    if printed is None or line.budget is None or line.executed is None:
        return False
    half = Decimal(5).scaleb(-form.rounding.money.places - 1)
    return rate_could_be(printed, line.budget, line.executed, half, half, form)


def _with_printed_rates(imported: Imported, form: FormLayout, result: Result) -> Result:
    """``result`` with the sheet's 执行率 of 年度资金总额 where :func:`_rate_holds` accepts it,
    and the 执行率得分, 总分 and 评分等级 that follow from it."""
    from perfdocs import records
    from perfdocs.compute.calculate import execution_score, total_and_grade

    total_line = result.funds[0]
    printed = next((f.value for f in imported.printed
                    if f.kind == "rate" and f.row == total_line.key), None)
    if printed is None or printed == total_line.rate or not _rate_holds(printed, total_line,
                                                                        form):
        return result
    score = execution_score(printed, form)
    total, grade = total_and_grade(score, result.indicators, form)
    return records.replace(result, execution_rate=printed, execution_score=score,
                               total=total, grade=grade)

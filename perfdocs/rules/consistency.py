"""Rules between a project's declaration (申报) and its self-evaluation (自评).

A project is declared at the start of the year and evaluated after it, against the same
indicators. Preparers retype the indicators, and names and targets drift (seed 001 vs 000:
培训出勤率 → 培训工作出勤率). These rules compare the two halves of one project file:

- the declaration on its own: planned dates in order and inside the 年度, its funds adding up;
- the evaluation against the declaration: indicators missing, added or renamed (with the
  nearest declared name suggested), a 年度指标值 changed, 年初预算数 not what was requested.

A mismatch between the two forms is a warning, not an error: a reviewer decides whether a
target was legitimately adjusted during the year; ``--strict`` makes them errors. An
evaluation indicator may carry ``申报名称`` (its declared name), which acknowledges a
rename and silences the warning for it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from decimal import Decimal

from perfdocs.errors import Diagnostic, Severity
from perfdocs.loading.source import Loc
from perfdocs.model.targets import parse_measure
from perfdocs.records import Record
from perfdocs.rules.validate import (
    FileRules,
    declared_targets,
    placeholders,
    quotes_in_figures,
    unit_at,
)

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

    from perfdocs.compute.calculate import Result
    from perfdocs.layouts.layout import Layout
    from perfdocs.loading.project import Loaded

ERROR, WARNING = Severity.ERROR, Severity.WARNING
JUDGES_THE_EVALUATION = frozenset({"indicator-missing"})
"""Rules whose finding is placed on the 申报 part (the declared indicator's line, where it
can be found) but says what the 自评 lacks: a 自评 packet answers for it, a 申报 packet
does not (tester7 N3: a 自评 packet under --strict bound a 自评表 without a declared
indicator, and the 申报 packet printed the warning instead)."""
RENAME_CUTOFF = 0.6
"""difflib similarity from which an unmatched evaluation indicator counts as renamed."""


class Entry(Record, frozen=True, slots=True):
    """One indicator of either half, with where it is written."""

    level1: str
    level2: str
    index: int
    name: str
    target: str
    declared_name: str | None
    loc: Loc



class Context(FileRules, Record):
    """What every rule sees: the file, its layout and the 自评表's computed figures."""

    loaded: Loaded
    layout: Layout
    result: Result | None

    @property
    def project(self) -> Any:
        return self.loaded.project


Rule = Callable[[Context], Iterator[Diagnostic]]


def _same(a: str, b: str) -> bool:
    """Equal once spaces are ignored (line breaks inside cells are not a change)."""
    return name_key(a) == name_key(b)


def name_key(name: str) -> str:
    """A name as compared: without spaces, full-width forms folded (NFKC), so that
    "（世赛选拔项目）" and "(世赛选拔项目)" — the same words printed by two forms — match."""
    return "".join(unicodedata.normalize("NFKC", name).split())


def same_target(a: str, b: str) -> bool:
    """The same 年度指标值 however it is written: "≥100(人次)" is "≥100.00(人次)", "≥90%" is
    "≥90(%)". Figures compare by comparator, number and unit; texts (及时) as texts."""
    if _same(a, b):
        return True
    x, y = parse_measure(a), parse_measure(b)
    if x.value is None or y.value is None:
        return False
    return (x.comparator, x.value, x.unit) == (y.comparator, y.value, y.unit)


def declared_entries(project: Any) -> list[Entry]:
    """The declaration's indicators in the form's order."""
    return [Entry(l1, l2, i, ind.name, ind.target, None, ("申报", "绩效指标", l1, l2, i))
            for l1, l2, i, ind in project.declaration.flat()]


def evaluated_entries(project: Any) -> list[Entry]:
    """The evaluation's indicators in the form's order."""
    return [Entry(l1, l2, i, ind.name, ind.target, ind.declared_name,
                  ("自评", "绩效指标", l1, l2, i))
            for l1, l2, i, ind in project.evaluation.flat()]


class Matching(Record, frozen=True, slots=True):
    """How the evaluation's indicators pair with the declaration's."""

    pairs: list[tuple[Entry, Entry]]
    """(evaluated, declared) matched by name or by 申报名称."""
    renamed: list[tuple[Entry, Entry]]
    """(evaluated, nearest declared) for an unmatched evaluation indicator close to one."""
    added: list[Entry]
    missing: list[Entry]



def match(declared: list[Entry], evaluated: list[Entry]) -> Matching:
    """Pair indicators by name (or 申报名称), then guess renames among the rest by similarity."""
    by_name: dict[str, Entry] = {}
    for entry in declared:
        by_name.setdefault(name_key(entry.name), entry)
    used: set[Loc] = set()
    pairs: list[tuple[Entry, Entry]] = []
    unmatched: list[Entry] = []
    for entry in evaluated:
        key = name_key(entry.declared_name or entry.name)
        found = by_name.get(key)
        if found is not None and found.loc not in used:
            used.add(found.loc)
            pairs.append((entry, found))
            continue
        unmatched.append(entry)
    renamed: list[tuple[Entry, Entry]] = []
    added: list[Entry] = []
    if unmatched:
        import difflib  # a renamed or added indicator only: not at every project's import
    for entry in unmatched:
        left = {d.name: d for d in declared if d.loc not in used}
        close = difflib.get_close_matches(entry.declared_name or entry.name, list(left), n=1,
                                          cutoff=RENAME_CUTOFF)
        if close:
            used.add(left[close[0]].loc)
            renamed.append((entry, left[close[0]]))
        else:
            added.append(entry)
    missing = [d for d in declared if d.loc not in used]
    return Matching(pairs, renamed, added, missing)


def _matching(ctx: Context) -> Matching | None:
    if ctx.project.evaluation is None or ctx.project.declaration is None:
        return None
    return match(declared_entries(ctx.project), evaluated_entries(ctx.project))


def dates_in_order(ctx: Context) -> Iterator[Diagnostic]:
    """计划开始日期 must not be after 计划完成日期 (an error: the form would be nonsense)."""
    decl = ctx.project.declaration
    if decl.start > decl.end:
        yield ctx.at(ERROR, f"计划开始日期 {decl.start:%Y-%m-%d} 晚于计划完成日期 "
                     f"{decl.end:%Y-%m-%d}", ("申报", "计划开始日期"), "计划开始日期",
                     "dates-order")


def dates_in_year(ctx: Context) -> Iterator[Diagnostic]:
    """Planned dates outside the 年度 are unusual for an annual declaration (a warning)."""
    decl, year = ctx.project.declaration, ctx.project.year
    for key, value in (("计划开始日期", decl.start), ("计划完成日期", decl.end)):
        if value.year != year:
            yield ctx.at(WARNING, f"{key} {value:%Y-%m-%d} 不在 {year} 年度内（年度: {year}）："
                         "跨年度项目请确认年度和日期是否填对", ("申报", key), key,
                         "dates-outside-year")


DECLARED_LABELS = {
    ("年度资金申请总额", "合计"): "annual_total",
    ("年度资金申请总额", "当年财政拨款"): "appropriation",
    ("年度资金申请总额", "上年结转资金"): "carried_over", ("年度资金申请总额", "其他资金"): "other",
    ("项目资金总额", "合计"): "project_total", ("项目资金总额", "财政资金"): "project_fiscal",
    ("项目资金总额", "其他资金"): "project_other",
}
"""Each 申报 项目资金 line of the file (group, row) → the layout's label key for the box
the 申报 form prints it in."""


def printed_name(form: Any, group: str, row: str = "合计") -> str:
    """A 申报 项目资金 line named as ``form`` prints it: national-2020's 申报表 prints the
    file's 项目资金总额 as 中期资金总额 and its 财政资金 as 「其中：财政拨款」 (said 财政拨款: the
    其中 is the form's indent, not the line's name). The file's key where the form has no
    label for it (tester5 N15: messages named boxes the form does not show)."""
    key = DECLARED_LABELS.get((group, row))
    labels = getattr(form, "labels", None) or {}
    text = "".join(str(labels.get(key) or "").split()) if key else ""
    for lead in ("其中：", "其中:"):
        text = text.removeprefix(lead)
    return text or (group if row == "合计" else row)


def declared_funds_add_up(ctx: Context) -> Iterator[Diagnostic]:
    """The 其中 lines of the declaration add up to their 合计 once any of them is written,
    a line left blank then counting as 0 — as the 自评 part's rows do
    (:func:`perfdocs.rules.validate.funds_add_up`). A budget officer reads 「年度资金总额
    12.30，其中：当年财政拨款 10.30」 with the other lines blank as 2.00 万元 unaccounted
    for; it once passed because only a fully written group was added up (tester6 #5). No
    line written: the 合计 is not itemised, nothing to add. An error; each line named as
    the 申报 form prints it (:func:`printed_name`), the blank ones said to count as 0."""
    funds = ctx.project.declaration.funds
    form = _declaration_form(ctx)
    groups = (
        ("年度资金申请总额", funds.annual.total,
         (funds.annual.appropriation, funds.annual.carried_over, funds.annual.other),
         ("当年财政拨款", "上年结转资金", "其他资金")),
        ("项目资金总额", funds.project.total, (funds.project.fiscal, funds.project.other),
         ("财政资金", "其他资金")),
    )
    for group, total, parts, rows in groups:
        if total is None or all(p is None for p in parts):
            continue
        added = sum((p for p in parts if p is not None), Decimal(0))
        if added != total:
            loc: Loc = ("申报", "项目资金", group, "合计")
            names = "、".join(printed_name(form, group, row) for row in rows)
            label = printed_name(form, group)
            yield ctx.at(ERROR, f"{names}合计 {ctx.money(added, loc)}"
                         + _blank_lines(form, group, parts, rows)
                         + f"，与{label}的 {ctx.money(total, loc)}不符"
                         + _blank_advice(ctx, label, total - added, parts, loc),
                         loc, label, "declared-funds-sum")
    project_total = funds.project.total
    annual: Loc = ("申报", "项目资金", "年度资金申请总额", "合计")
    if project_total is not None and funds.annual.total > project_total:
        whole = ctx.money(project_total, ("申报", "项目资金", "项目资金总额", "合计"))
        label = printed_name(form, "年度资金申请总额")
        yield ctx.at(WARNING, f"{label} {ctx.money(funds.annual.total, annual)}高于"
                     f"{printed_name(form, '项目资金总额')} {whole}", annual, label,
                     "annual-above-project")


def _blank_lines(form: Any, group: str, parts: tuple[Decimal | None, ...],
                 rows: tuple[str, ...]) -> str:
    """「（上年结转资金、其他资金没有填写，按 0 计）」 for a group written in part; "" else."""
    blank = [printed_name(form, group, row) for p, row in zip(parts, rows, strict=True)
             if p is None]
    return f"（{'、'.join(blank)}没有填写，按 0 计）" if blank else ""


def _blank_advice(ctx: Context, label: str, gap: Decimal,
                  parts: tuple[Decimal | None, ...], loc: Loc) -> str:
    """What to do when a partly written group falls short of its 合计: the gap is money
    whose line is blank. "" when every line is written or the lines exceed the 合计."""
    if all(p is not None for p in parts) or gap <= 0:
        return ""
    return (f"：还差 {ctx.money(gap, loc)}，请把它填在应属的一项（没有资金的项写 0），"
            f"或改正{label}")


def declared_funds_printed(ctx: Context) -> Iterator[Diagnostic]:
    """The 申报表's 其中 lines as printed add up to its printed 合计, as the 自评表's rows do
    (:func:`perfdocs.rules.printed.printed_funds_add_up`): amounts typed in 元 on a 申报表
    printed in 万元 are rounded each on its own. Only where the typed amounts add up
    (:func:`declared_funds_add_up` says it otherwise), the lines left blank (printed blank)
    counting as 0 as there; a warning naming the printed figures.
    Each amount is converted and rounded by the form's layout as the 申报表's builder has it
    done (:func:`~perfdocs.compute.calculate.to_unit`); rules do not import form builders."""
    from perfdocs.compute.calculate import to_unit

    funds = ctx.project.declaration.funds
    said: set[str] = set()  # one word about each line, whichever 申报 form prints it
    for kind, form in ctx.layout.forms.items():
        if form.section != "申报":
            continue
        # as the 申报表 prints them (forms/declaration/figures.declared_funds: to_unit each)
        style, unit = form.display.money, form.money_unit
        groups = (
            ("年度资金申请总额", funds.annual.total,
             (("当年财政拨款", funds.annual.appropriation),
              ("上年结转资金", funds.annual.carried_over), ("其他资金", funds.annual.other))),
            ("项目资金总额", funds.project.total,
             (("财政资金", funds.project.fiscal), ("其他资金", funds.project.other))),
        )
        for group, total, parts in groups:
            label = printed_name(form, group)
            shown_total = to_unit(total, form)
            written = [(n, t) for n, t in parts if t is not None]  # a blank line prints blank
            typed = [t for _n, t in written]
            shown = [p for _n, t in written if (p := to_unit(t, form)) is not None]
            if group in said or total is None or shown_total is None or not typed:
                continue
            if sum(typed, Decimal(0)) != total:
                continue  # declared_funds_add_up
            added = sum(shown, Decimal(0))
            if added == shown_total:
                continue
            from perfdocs.rules.explain import figure  # a finding's words only
            from perfdocs.rules.validate import file_unit
            rows = "、".join(f"{printed_name(form, group, name)} {figure(p, style, '')}"
                            for (name, _t), p in zip(written, shown, strict=True))
            gap = figure(abs(shown_total - added), style, "")
            loc: Loc = ("申报", "项目资金", group, "合计")
            yield ctx.at(WARNING, f"{kind}上印的{label}其中各项（{rows}）合计 "
                         f"{figure(added, style, '')} {unit}，与印的合计 "
                         f"{figure(shown_total, style, '')} {unit}差 {gap} {unit}：金额按"
                         f"{file_unit(ctx.loaded)}填写，表上按{unit}逐项四舍五入所致（所填金额本身"
                         f"相符）。核对表上数字的人会认为不符；可按{unit}填写这几项（数字后写「{unit}」），"
                         f"把其中一项调整 {gap} {unit}使之相加等于合计", loc, label,
                         "declared-funds-printed")
            said.add(group)


def annual_request_not_zero(ctx: Context) -> Iterator[Diagnostic]:
    """A declaration requests money: a 年度资金申请总额 of 0 is a form not filled in (an error,
    as a 全年预算数 of 0 is on the 自评表)."""
    if ctx.project.declaration.funds.annual.total == 0:
        form, group = _declaration_form(ctx), "年度资金申请总额"
        label = printed_name(form, group)
        rows = "、".join(printed_name(form, group, r) for r in ("当年财政拨款", "上年结转资金",
                                                                 "其他资金"))
        yield ctx.at(ERROR, f"{label}的合计为 0：请填写本年度申请的资金（{rows}之和）",
                     ("申报", "项目资金", group, "合计"), label, "zero-request", blank=True)


def no_placeholders(ctx: Context) -> Iterator[Diagnostic]:
    """No example text of ``perfdocs new`` ("示例：培训人次") left in the declaration, and
    no header field ``perfdocs import`` left to fill (主管部门 of a 绩效目标表)."""
    yield from placeholders(ctx.loaded, None)
    yield from placeholders(ctx.loaded, "申报")


def indicators_match(ctx: Context) -> Iterator[Diagnostic]:
    """Every evaluated indicator was declared, every declared one is evaluated."""
    found = _matching(ctx)
    if found is None:
        return
    for entry, near in found.renamed:
        if entry.declared_name:
            yield ctx.at(WARNING, f"申报名称「{entry.declared_name}」在申报的绩效指标中找不到；"
                         f"最接近的是「{near.name}」（{near.level1} › {near.level2}）",
                         (*entry.loc, "申报名称"), "申报名称", "declared-name-unknown")
            continue
        yield ctx.at(WARNING, f"「{entry.name}」不在申报的绩效指标中；最接近的是申报的"
                     f"「{near.name}」（{near.level1} › {near.level2}）。"
                     f"若是同一指标改了措辞，请在此指标下写 申报名称: {near.name}",
                     (*entry.loc, "三级指标"), "三级指标", "indicator-renamed")
    for entry in found.added:
        if entry.declared_name:
            yield ctx.at(WARNING, f"申报名称「{entry.declared_name}」在申报的绩效指标中找不到",
                         (*entry.loc, "申报名称"), "申报名称", "declared-name-unknown")
            continue
        yield ctx.at(WARNING, f"「{entry.name}」不在申报的绩效指标中（自评新增的指标？）",
                     (*entry.loc, "三级指标"), "三级指标", "indicator-added")
    form = _declaration_form(ctx)
    skipped = set(form.not_evaluated) if form is not None else set()
    for entry in found.missing:
        if entry.level1 in skipped:
            continue
        yield ctx.at(WARNING, f"申报的「{entry.name}」（{entry.level1} › {entry.level2}）在自评中"
                     "没有：每个申报的绩效指标都应在自评表中评价", (*entry.loc, "三级指标"),
                     "三级指标", "indicator-missing")


def _declaration_form(ctx: Context) -> Any:
    return next((f for f in ctx.layout.forms.values() if f.section == "申报"), None)


def indicators_placed_alike(ctx: Context) -> Iterator[Diagnostic]:
    """A matched indicator sits under the same 一级/二级指标 in both forms."""
    found = _matching(ctx)
    form = _declaration_form(ctx)
    if found is None or (form is not None and not form.same_groups):
        return
    for entry, declared in found.pairs:
        if (entry.level1, entry.level2) != (declared.level1, declared.level2):
            yield ctx.at(WARNING, f"「{entry.name}」在申报中属于 {declared.level1} › "
                         f"{declared.level2}，在自评中属于 {entry.level1} › {entry.level2}",
                         (*entry.loc, "三级指标"), "三级指标", "indicator-moved")


def targets_unchanged(ctx: Context) -> Iterator[Diagnostic]:
    """年度指标值 as declared: a changed target is for the reviewer to see."""
    found = _matching(ctx)
    if found is None:
        return
    for entry, declared in [*found.pairs, *found.renamed]:
        if not same_target(entry.target, declared.target):
            yield ctx.at(WARNING, f"「{entry.name}」的年度指标值在自评中是「{entry.target}」，"
                         f"申报的是「{declared.target}」", (*entry.loc, "年度指标值"),
                         "年度指标值", "target-changed")


def funds_as_declared(ctx: Context) -> Iterator[Diagnostic]:
    """自评 年初预算数 equals the declared 年度资金申请总额, in the 自评表's unit and rounding.

    Compared as the 自评表 prints them: 4,358,177.00 元 declared and 435.82 万元 evaluated
    are the same figure on paper.
    """
    if ctx.project.evaluation is None or ctx.result is None:
        return
    from perfdocs.compute.calculate import to_unit
    from perfdocs.layouts.layout import selfeval_form

    form = selfeval_form(ctx.layout)
    if form is None or not ctx.result.funds:
        return
    initial = ctx.result.funds[0].initial
    request = ctx.project.declaration.funds.annual.total
    declared = to_unit(request, form)
    name = form.total_fund_key()
    total = ctx.project.evaluation.funds.row(name)
    typed = total.initial if total is not None else None
    if initial is None or declared is None or typed is None or initial == declared:
        return
    loc: Loc = ("自评", "项目资金", name, "年初预算数")
    declared_loc: Loc = ("申报", "项目资金", "年度资金申请总额", "合计")
    asked = ctx.money(request, declared_loc)
    if unit_at(ctx.loaded, declared_loc) != unit_at(ctx.loaded, loc):  # say it in both units
        asked += f"（即 {ctx.money(request, loc)}）"
    declared_name = printed_name(_declaration_form(ctx), "年度资金申请总额")
    yield ctx.at(WARNING, f"自评的{name}年初预算数 {ctx.money(typed, loc)}，与申报的"
                 f"{declared_name} {asked}不符", loc, "年初预算数", "funds-not-declared")


def targets_unquoted(ctx: Context) -> Iterator[Diagnostic]:
    """No quotation marks inside the 申报 part's 年度指标值 (``≥"95%"``)."""
    yield from quotes_in_figures(ctx, "申报")


def targets_as_written(ctx: Context) -> Iterator[Diagnostic]:
    """A 申报 年度指标值 that reads otherwise than meant: a percentage typed as a fraction
    (「≥0.9」 for a 满意度), or one without a comparator (:func:`~perfdocs.rules.validate.
    target_findings`). Said at 申报 time, when the form goes to the bureau."""
    yield from declared_targets(ctx)


RULES: tuple[Rule, ...] = (
    targets_unquoted, targets_as_written,
    dates_in_order, dates_in_year, declared_funds_add_up, declared_funds_printed,
    annual_request_not_zero,
    indicators_match, indicators_placed_alike, targets_unchanged, funds_as_declared,
    no_placeholders,
)
"""Every rule, in the order their findings are printed."""


def check_declaration(loaded: Loaded, layout: Layout, result: Result | None) -> list[Diagnostic]:
    """Run every declaration rule (the pipeline calls this when a project has 申报)."""
    if loaded.project.declaration is None:
        return []
    ctx = Context(loaded, layout, result)
    found = [d for rule in RULES for d in rule(ctx)]
    return sorted(found, key=lambda d: (d.line or 0, d.severity is not ERROR))

"""The rules a filled 自评表 must obey, each a small function yielding diagnostics.

Schema problems are caught while loading (:mod:`perfdocs.loading.project`); the rules here relate
fields to each other and to the computed figures: weights adding up to 100, scores within
their 分值 and tier, lost points explained, funds rows adding up, no example text of
``perfdocs new`` left. Each finding names the file, the line, the field and the form's label,
so a preparer can go straight to the box; amounts read as the preparer typed them
(:func:`money`: the file's 金额单位, "1,200,000.00 元").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal

from perfdocs.errors import Diagnostic, Severity
from perfdocs.loading.source import Loc, format_loc
from perfdocs.model.marks import PLACEHOLDER, TO_FILL
from perfdocs.model.numbers import (
    MONEY_UNITS,
    NumberError,
    Rounding,
    amount_figure,
    format_money,
    money_text,
    normalize_text,
)

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

    from perfdocs.compute.calculate import IndicatorResult, Result
    from perfdocs.layouts.layout import FormLayout
    from perfdocs.loading.project import Loaded

ERROR, WARNING, NOTE = Severity.ERROR, Severity.WARNING, Severity.NOTE
FUND_COLUMNS = (("initial", "年初预算数"), ("budget", "全年预算数"), ("executed", "全年执行数"))
HEADER_FIELDS = ("项目名称", "主管部门", "实施单位")


def written(data: Any, loc: Loc) -> Any:
    """The value written at ``loc`` in the file's tree (None when it is not there)."""
    node = data
    for part in loc:
        listed = isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        if not (listed or (isinstance(node, dict) and part in node)):
            return None
        node = node[part]
    return node


def _suffix(value: Any) -> str | None:
    """The 元/万元 a figure was typed with ("435.82万元"), if any."""
    if not isinstance(value, str):
        return None
    folded = normalize_text(value)
    return next((u for u in sorted(MONEY_UNITS, key=len, reverse=True) if folded.endswith(u)),
                None)


def file_unit(loaded: Loaded) -> str:
    """The unit the file's amounts are written in: its 金额单位, else the one they were read in.

    Without 金额单位 the figures were read in the configured default unit ([input] unit);
    a typed figure compared with the amount it became tells which.
    """
    data = loaded.source.data
    unit = data.get("金额单位") if isinstance(data, dict) else None
    unit = unit.strip() if isinstance(unit, str) else unit  # 「万元　」 as the model reads it
    if unit in MONEY_UNITS:
        return str(unit)
    project = loaded.project
    figures: list[tuple[Loc, Decimal | None]] = []
    if project.evaluation is not None:
        figures += [(("自评", "项目资金", name, label), getattr(row, attr))
                    for name, row in project.evaluation.funds.rows().items()
                    for attr, label in FUND_COLUMNS]
    if project.declaration is not None:
        figures.append((("申报", "项目资金", "年度资金申请总额", "合计"),
                        project.declaration.funds.annual.total))
    for loc, amount in figures:
        typed = written(data, loc)
        if not amount or typed is None or _suffix(typed) is not None:
            continue
        try:
            number = amount_figure(typed if isinstance(typed, (int, Decimal)) else str(typed))
        except NumberError:
            continue
        if number:
            return "万元" if amount == number * MONEY_UNITS["万元"] else "元"
    return str(project.money_unit)


def unit_at(loaded: Loaded, loc: Loc | None) -> str:
    """The unit of the figure at ``loc``: its own suffix ("4,358,177.00元"), else the file's."""
    typed = _suffix(written(loaded.source.data, loc)) if loc else None
    return typed or file_unit(loaded)


def money(loaded: Loaded, amount: Decimal, loc: Loc | None = None) -> str:
    """An amount for a message, the way the preparer typed it: "541.15 万元", "1,200,000.00 元".

    In the unit written on the figure at ``loc``, else the file's unit (金额单位).
    """
    return format_money(amount, unit_at(loaded, loc))


_PLACEHOLDER_FIRST = "示\u2f70"
"""Every character whose NFKC form holds 示 (示 and the Kangxi radical ⽰): a text that folds
to one starting with 示例: holds one of them (tests/test_validate_speed.py checks the list
against the running Python's Unicode data). Looked for with ``in``, no pattern to compile."""


def string_leaves(node: Any, loc: Loc, wanted: Callable[[str], object]
                  ) -> list[tuple[Loc, str]]:
    """Every text under ``node`` (a file's tree at ``loc``) for which ``wanted`` is truthy,
    with its location, in the order of the file.

    One plain recursion over the containers, the texts tested in place: a location is
    built only for a text that is wanted (the rules ask about a few texts of hundreds).
    """
    found: list[tuple[Loc, str]] = []

    def walk(node: Any, loc: Loc) -> None:
        if isinstance(node, dict):
            items: Any = node.items()
        elif isinstance(node, list):
            items = enumerate(node)
        else:
            return
        for key, value in items:
            if isinstance(value, str):
                if wanted(value):
                    found.append(((*loc, key), value))
            elif value is not None:
                walk(value, (*loc, key))

    if isinstance(node, str):
        return [(loc, node)] if wanted(node) else []
    walk(node, loc)
    return found


def placeholders(loaded: Loaded, section: str | None) -> Iterator[Diagnostic]:
    """Example texts ``perfdocs new`` wrote ("示例：培训人次") still in ``section``, or
    (``section`` None) a header field ``perfdocs import`` left to fill: errors."""
    if section is None:
        for key in HEADER_FIELDS:
            value = written(loaded.source.data, (key,))
            if isinstance(value, str) and normalize_text(value).startswith(
                    normalize_text(TO_FILL)):
                yield Diagnostic(ERROR, f"「{value.strip()}」是 perfdocs import 留下的待填项："
                                 f"请填写{key}", loaded.path, loaded.line((key,)), key, key,
                                 "placeholder", blank=True)
        return
    data = written(loaded.source.data, (section,))
    marker = normalize_text(PLACEHOLDER)  # 示例: too (full-width punctuation folded)

    def example(text: str) -> bool:
        # the cheap test first: a text whose folded form starts with 示 holds a character
        # folding to 示 (most texts hold none, and folding all of them was most of the cost)
        return any(first in text for first in _PLACEHOLDER_FIRST) and \
            normalize_text(text).startswith(marker)

    for loc, text in string_leaves(data, (section,), example):
        first = text.strip().split("\n", 1)[0]
        shown = first if len(first) <= 30 else first[:30] + "…"
        label = next((str(p) for p in reversed(loc) if isinstance(p, str)), section)
        yield Diagnostic(ERROR, f"「{shown}」是 perfdocs new 写入的示例文字，不能照此上报："
                         "请改成本项目的内容", loaded.path, loaded.line(loc), format_loc(loc),
                         label, "placeholder", blank=True)


class FileRules:
    """What rules about one project file share: findings on its lines, amounts in its units.

    Subclassed by the 自评 rules' :class:`Context` and the declaration rules' context
    (perfdocs.rules.consistency); each sets ``loaded``.
    """

    loaded: Loaded

    def at(self, severity: Severity, message: str, loc: Loc, label: str, rule: str,
           *, blank: bool = False) -> Diagnostic:
        """A diagnostic pointing at ``loc`` in the project file (``blank``: a box left
        blank, which ``status`` reports as unfinished rather than wrong)."""
        return Diagnostic(severity, message, self.loaded.path, self.loaded.line(loc),
                          format_loc(loc), label, rule, blank)

    def money(self, amount: Decimal, loc: Loc | None = None) -> str:
        """An amount for a message, in the unit the preparer typed it in."""
        return money(self.loaded, amount, loc)


class Context(FileRules):
    """What every rule sees: the loaded file, the layout's form and the computed result."""

    def __init__(self, loaded: Loaded, form: FormLayout, result: Result) -> None:
        self.loaded = loaded
        self.form = form
        self.result = result
        if loaded.project.evaluation is None:  # check_evaluation runs on a computed 自评 only
            raise ValueError(f"{loaded.path} has no 自评 to check")
        self.evaluation = loaded.project.evaluation


def indicator_loc(r: IndicatorResult, key: str | None = None) -> Loc:
    """Where an indicator (or one of its keys) is written."""
    loc: Loc = ("自评", "绩效指标", r.level1, r.level2, r.index)
    return (*loc, key) if key else loc


def _fmt(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _about(value: Decimal) -> str:
    """A converted figure as a person reads it: exact when it has at most four decimals,
    else 「约」 and two (50 小时 is 约 2.08 天, not 2.0833… to the context's precision)."""
    if value == value.quantize(Decimal("0.0001")):
        return _fmt(value)
    return "约 " + _fmt(value.quantize(Decimal("0.01")))


Rule = Callable[[Context], Iterator[Diagnostic]]


def weights_add_up(ctx: Context) -> Iterator[Diagnostic]:
    """All 分值, the 执行率 row included, add up to the layout's total (100)."""
    res = ctx.result
    if res.total_weight != ctx.form.scoring.total_weight:
        need = ctx.form.scoring.total_weight - res.execution_weight
        yield ctx.at(ERROR, f"各三级指标分值合计 {_fmt(res.indicator_weight)}，加上执行率的 "
                     f"{_fmt(res.execution_weight)} 分共 {_fmt(res.total_weight)} 分，"
                     f"应为 {_fmt(ctx.form.scoring.total_weight)}（指标分值应合计 {_fmt(need)}）",
                     ("自评", "绩效指标"), "分值", "weights")


def level1_weights_fixed(ctx: Context) -> Iterator[Diagnostic]:
    """Each 一级指标's indicators add up to the 分值 the layout fixes for it.

    Provinces print 「一级指标分值统一设置为：产出指标50分、效益指标30分、满意度指标10分」 on
    the form: a project that splits its 90 points 60 / 20 / 10 (or drops a group) still adds
    up to 100, so only the layout's ``scoring.level1_weights`` can tell. Said per group, at
    the group (a missing group at 绩效指标), with the whole split the layout fixes.
    """
    scoring = ctx.form.scoring
    fixed = scoring.level1_weights
    if not fixed:
        return
    severity = ERROR if scoring.level1_mismatch == "error" else WARNING
    split = "、".join(f"{name} {_fmt(weight)}" for name, weight in fixed.items())
    rule = f"本版式规定一级指标分值为 {split}，执行率 {_fmt(scoring.execution_weight)}"
    written_sums = {level1: sum((ind.weight for items in groups.values() for ind in items),
                                Decimal(0))
                    for level1, groups in ctx.evaluation.indicators.items()}
    for name, weight in fixed.items():
        got = written_sums.get(name)
        if got is None:
            if weight:
                yield Diagnostic(severity, f"没有「{name}」：{rule}", ctx.loaded.path,
                                 ctx.loaded.line(("自评", "绩效指标")),
                                 format_loc(("自评", "绩效指标", name)), name, "level1-weights")
        elif got != weight:
            yield ctx.at(severity, f"{name}各三级指标的分值合计 {_fmt(got)}，应为 {_fmt(weight)}"
                         f"（{rule}）", ("自评", "绩效指标", name), name, "level1-weights")
    for name, got in written_sums.items():
        if name not in fixed and got:
            yield ctx.at(severity, f"「{name}」不是本版式规定分值的一级指标，其分值合计 "
                         f"{_fmt(got)} 无处计入（{rule}）", ("自评", "绩效指标", name), name,
                         "level1-weights")


def score_within_weight(ctx: Context) -> Iterator[Diagnostic]:
    """A preparer's 得分 may not exceed the indicator's 分值."""
    for r in ctx.result.indicators:
        ind = r.indicator
        if ind.score is not None and ind.score > ind.weight:
            yield ctx.at(ERROR, f"得分 {_fmt(ind.score)} 高于分值 {_fmt(ind.weight)}",
                         indicator_loc(r, "得分"), "得分", "score-above-weight")


def figures_as_printed(ctx: Context) -> Iterator[Diagnostic]:
    """A 分值 or 得分 the preparer types has no more places than the form prints.

    Decided once for every typed figure the form prints as it is: the form would show it
    rounded (23.555 → 23.56) while the 总分 sums what was typed, so the printed scores
    would no longer add up to the printed total. The preparer writes what the form prints.
    Amounts are not typed figures of this kind: a form in 万元 rounds amounts typed in 元 by
    design, and the 执行率 is computed from the exact amounts.
    """
    display, rounding = ctx.form.display, ctx.form.rounding
    for r in ctx.result.indicators:
        ind = r.indicator
        for label, value, places, mode in (
            ("分值", ind.weight, display.weight.places, rounding.score.mode),
            ("得分", ind.score, display.score.places, rounding.score.mode),
        ):
            if value is None or not value.is_finite():
                continue
            typed = -value.normalize().as_tuple().exponent  # type: ignore[operator]
            if typed > places:
                shown = Rounding(places, mode)(value)
                yield ctx.at(ERROR, f"「{ind.name}」{label} {_fmt(value)} 有 {typed} 位小数，"
                             f"本表的{label}只印 {places} 位（会印成 {shown:f}，"
                             "与合计对不上）：请填写表上要印的数", indicator_loc(r, label), label,
                             "figure-places")


def display_keeps_places(ctx: Context) -> Iterator[Diagnostic]:
    """A figure the form computes has no more places than the layout's ``display`` prints.

    ``display`` pads and trims, it never rounds (renderers print what the calculator
    gave): each figure's places are its ``rounding`` key's. A layout that set
    ``display.score = {places = 0}`` and ``rounding.score`` but left ``rounding.
    execution_score`` and ``rounding.total`` at their 2 places printed 执行率得分 19.02 and
    总分 98.02 beside whole-number scores. Said once per style, at the layout file, naming
    the figures and the ``rounding`` keys to write.
    """
    form, result = ctx.form, ctx.result
    figures: dict[str, list[tuple[str, str, Decimal | None]]] = {
        "score": [("执行率得分", "execution_score", result.execution_score),
                  ("总分", "total", result.total)]
        + [(f"「{r.indicator.name}」的得分", "score", r.score)
           for r in result.indicators if r.source == "rule"],
        "rate": [("执行率", "rate", line.rate) for line in result.funds],
    }
    for style, candidates in figures.items():
        places = getattr(form.display, style).places
        shown: dict[str, str] = {}  # rounding key → the first figure printed with more places
        for name, key, value in candidates:
            if value is None or not value.is_finite() or key in shown:
                continue
            if value != value.quantize(Decimal(1).scaleb(-places)):
                shown[key] = f"{name} {value:f}"
        if not shown:
            continue
        keys = "、".join(f"{key} = {{ places = {places}, mode = "
                        f"\"{getattr(form.rounding, key).mode}\" }}" for key in shown)
        kind = form.kind or "自评表"
        yield Diagnostic(
            WARNING, f"版式的 display.{style} 只印 {places} 位小数，表上却会印出 "
            f"{'、'.join(shown.values())}：印法（display）只补足或去掉末尾的 0，不舍入，"
            f"位数由 rounding 定。要印 {places} 位，请在 layout.toml 的 "
            f"[forms.\"{kind}\".rounding] 中写 "
            f"{keys}", form._file or ctx.loaded.path, None, f"forms.{kind}.display.{style}",
            None, "display-places")


def _reason_missing(r: IndicatorResult) -> bool:
    """Whether an indicator loses points without its 偏差原因分析及改进措施."""
    return r.score is not None and r.score < r.indicator.weight and not r.indicator.reason


def lost_points_explained(ctx: Context) -> Iterator[Diagnostic]:
    """Every indicator that loses points carries its 偏差原因分析及改进措施 (unless its
    实际完成值 looks like a percentage typed as a fraction: :func:`fraction_for_percent`
    says so, and asks for the reason only if the figure is right)."""
    severity = ERROR if ctx.form.scoring.missing_reason == "error" else WARNING
    for r in ctx.result.indicators:
        if _fraction_of_percent(r) is not None:
            continue  # fraction_for_percent asks about the figure first
        if r.score is not None and _reason_missing(r):
            yield ctx.at(severity, f"「{r.indicator.name}」得分 {_fmt(r.score)} 低于分值 "
                         f"{_fmt(r.indicator.weight)}，须填写偏差原因分析及改进措施",
                         indicator_loc(r), "偏差原因分析及改进措施", "missing-reason")


QUOTES = "\"'“”‘’＂＇"
"""Quotation marks a preparer may type inside a value when they meant to quote it whole."""
MEASURE_KEYS = ("年度指标值", "实际完成值")
_QUOTE_MARKS = frozenset(QUOTES)


def _has_quote_mark(text: str) -> bool:
    """Whether ``text`` holds one of :data:`QUOTES` (a set, not a pattern: a class of
    curly quotes costs ≈ 2.5 M instructions to compile in every process)."""
    return not _QUOTE_MARKS.isdisjoint(text)


def unquoted_figure(text: str) -> str | None:
    """``text`` without its quotation marks, when the marks are all that keep it from
    reading as a figure: ``≥"95%"`` (the YAML accepts it as text, quotes and all) is
    ``≥95%``. None when ``text`` has no marks or reads the same without them."""
    from perfdocs.model.targets import parse_measure

    if not any(mark in text for mark in QUOTES):
        return None
    bare = "".join(ch for ch in text if ch not in QUOTES).strip()
    if parse_measure(text).quantitative or not parse_measure(bare).quantitative:
        return None
    return bare


def quotes_in_figures(rules: FileRules, section: str) -> Iterator[Diagnostic]:
    """A 年度指标值 or 实际完成值 of ``section`` with quotation marks inside (``≥"95%"``):
    it would be printed with them and compared as words, never as a figure."""
    data = rules.loaded.source.data
    if not (isinstance(data, dict) and section in data):
        return
    for loc, value in string_leaves(data[section], (section,), _has_quote_mark):
        key = loc[-1]
        if key not in MEASURE_KEYS:
            continue
        bare = unquoted_figure(value)
        if bare is not None:
            yield rules.at(ERROR, f"{key}「{value}」里夹着引号，读不出其中的数字：引号"
                           f"只能括住整个值，请写成 {key}: \"{bare}\"",
                           loc, str(key), "quotes-inside")


def figures_unquoted(ctx: Context) -> Iterator[Diagnostic]:
    """No quotation marks inside the 自评 part's 年度指标值 and 实际完成值."""
    yield from quotes_in_figures(ctx, "自评")


def score_computable(ctx: Context) -> Iterator[Diagnostic]:
    """Without a 得分 the rules must be able to suggest one, or the 总分 is unknown."""
    from perfdocs.compute.calculate import actual_number
    from perfdocs.model.units import comparable
    from perfdocs.model.unscored import unscored_message

    for r in ctx.result.indicators:
        if (r.score is None and r.target.quantitative and actual_number(r.actual) is not None
                and not comparable(r.actual.unit, r.target.unit)):
            continue  # units_compare names both units
        if r.score is None and any(unquoted_figure(m.text) for m in (r.target, r.actual)):
            continue  # figures_unquoted says what keeps the rule from scoring it
        if r.score is None:
            yield ctx.at(ERROR, unscored_message(r.indicator.name, r.actual.text),
                         indicator_loc(r, "得分"), "得分", "score-undetermined", blank=True)


def score_in_tier(ctx: Context) -> Iterator[Diagnostic]:
    """A preparer's score of a qualitative indicator lies inside the tier its result names.

    Above the tier is more than the rule allows (a warning, or an error where the layout
    says so); below the top tier's range (the target was reached) is the preparer's
    judgement, a note; below a lower tier's range stays a warning.
    """
    scoring = ctx.form.scoring
    top = max((t.max for t in scoring.tiers), default=None)
    for r in ctx.result.indicators:
        ind, tier = r.indicator, r.tier
        if tier is None or ind.score is None or ind.weight == 0:
            continue
        if r.target.quantitative and actual_figure(r) is not None:
            continue  # the figure decides: score_against_rule
        percent = ind.score / ind.weight * 100
        if tier.min <= percent <= tier.max:
            continue
        low, high = tier.min * ind.weight / 100, tier.max * ind.weight / 100
        words = (f"实际完成值为「{tier.name}」，该档得分应在 {_fmt(low)}–{_fmt(high)} 之间"
                 f"（分值 {_fmt(ind.weight)} 的 {_fmt(tier.min)}%–{_fmt(tier.max)}%），"
                 f"填写的是 {_fmt(ind.score)}")
        if percent > tier.max:
            yield ctx.at(_above(ctx), f"「{ind.name}」得分高于规则允许的 {_fmt(high)}：{words}",
                         indicator_loc(r, "得分"), "得分", "score-outside-tier")
        elif tier.max == top:
            if scoring.score_below_rule == "note":
                yield ctx.at(NOTE, f"「{ind.name}」{words}；低于该档，按填报人的判断保留",
                             indicator_loc(r, "得分"), "得分", "score-below-rule")
        else:
            yield ctx.at(WARNING, f"「{ind.name}」{words}", indicator_loc(r, "得分"), "得分",
                         "score-outside-tier")


def _above(ctx: Context) -> Severity:
    return ERROR if ctx.form.scoring.score_above_rule == "error" else WARNING


def actual_figure(r: IndicatorResult) -> Decimal | None:
    """The figure of an indicator's 实际完成值 in its target's unit, when it has one that
    converts (:func:`perfdocs.compute.calculate.actual_in_target_unit`, worked out once by
    :func:`~perfdocs.compute.calculate.evaluate`)."""
    return r.figure


def units_compare(ctx: Context) -> Iterator[Diagnostic]:
    """A target and its actual compared in one unit, or not at all; no negative counts.

    ``≥100(万人)`` against ``120(人)`` was compared as 120 ≥ 100: units that convert (万/千/亿,
    天/小时/月, %/‰) are converted and the note says how; units that do not are named both
    (an error while no 得分 is written, since no rule can give one; a warning beside the
    preparer's 得分). A count, amount or duration below zero (``-10(起)``) is a typing error.
    """
    from perfdocs.compute.calculate import actual_number
    from perfdocs.model.units import comparable, convert, parse_unit, signed

    for r in ctx.result.indicators:
        got = actual_number(r.actual)
        if got is None:
            continue
        name, actual, target = r.indicator.name, r.actual, r.target
        unit = actual.unit or target.unit
        if got < 0 and not signed(unit):
            counted = f"以「{unit}」计的数" if unit else "数量"
            yield ctx.at(ERROR, f"「{name}」实际完成值「{actual.text}」为负数：{counted}不能小于 0",
                         indicator_loc(r, "实际完成值"), "实际完成值", "negative-actual")
            continue
        if not target.quantitative:
            continue
        if not comparable(actual.unit, target.unit):
            # No rule score: an error until a 得分 is written, then the preparer's judgement
            # stands and the mismatch stays a warning
            severity = WARNING if r.indicator.score is not None else ERROR
            yield ctx.at(severity, f"「{name}」实际完成值「{actual.text}」的单位「{actual.unit}」与"
                         f"年度指标值「{target.text}」的单位「{target.unit}」不同，无法换算比较："
                         "请按年度指标值的单位填写实际完成值，或填写得分",
                         indicator_loc(r, "实际完成值"), "实际完成值", "unit-mismatch")
        elif actual.unit and target.unit and (actual.compound or parse_unit(
                actual.unit).factor != parse_unit(target.unit).factor):
            converted = convert(got, actual.unit, target.unit)
            assert converted is not None
            # a compound duration as typed (2小时5分钟), not the sum it was read as
            shown = actual.text.strip() if actual.compound else f"{_fmt(got)}{actual.unit}"
            yield ctx.at(NOTE, f"「{name}」实际完成值 {shown} 按年度指标值的单位"
                         f"换算为 {_about(converted)}{target.unit} 后与「{target.text}」比较",
                         indicator_loc(r, "实际完成值"), "实际完成值", "unit-converted")


def _ratio_sign(unit: str) -> str:
    """"%" or "‰": how a ratio unit (% ‰ 百分比, bracketed or not) is printed in a message."""
    from perfdocs.model.units import parse_unit

    return "%" if parse_unit(unit).factor == 1 else "‰"


def _fraction_of_percent(r: IndicatorResult) -> Decimal | None:
    """The percentage an 实际完成值 typed as a fraction most likely meant (95 for "0.95"
    against ≥90%; 950 against ≥900‰), else None.

    A bare figure (no unit) is read in the target's unit, so "0.95" against ≥90% is 0.95%
    and scores 0.05 of 5. Taken as a fraction when it is above 0 and at most 1 (what a
    fraction of the whole is) and below a tenth of a positive target that is reached from
    below: 0.8 against ≥5% (a growth rate) or 0.05 against ≤1% (an 事故率) read as typed,
    and 0 is a real 完成率 of nothing (data/2021). A figure with a unit (0.95%) is the
    preparer's word and is left alone; so is a workbook cell formatted as %, which import
    reads as "95.00(%)".
    """
    from perfdocs.model.units import parse_unit

    target, actual, got = r.target, r.actual, r.figure
    if got is None or target.value is None or actual.unit or target.reverse:
        return None
    unit = parse_unit(target.unit)
    if unit.base != "%" or not 0 < got <= 1 or not got * 10 < target.value:
        return None
    return got * 100 / unit.factor


def fraction_for_percent(ctx: Context) -> Iterator[Diagnostic]:
    """A percentage typed as a fraction (0.95 for 95%, often a General-format workbook cell)
    against a target in % or ‰: asked about first and plainly, before any word about the
    points it loses.

    An error while the rule scores it (the printed 得分 and 总分 would follow from 0.95%); a
    warning beside a preparer's 得分, which is theirs, unless what it stands in for would
    have been an error: the missing 偏差原因 (:func:`lost_points_explained`) or a score above
    the rule's (:func:`score_against_rule`), which are not said again for the same figure.
    """
    for r in ctx.result.indicators:
        meant = _fraction_of_percent(r)
        if meant is None:
            continue
        ind, sign = r.indicator, _ratio_sign(r.target.unit)
        words = "百分数" if sign == "%" else "千分数"
        got = _fmt(r.actual.value) if r.actual.value is not None else r.actual.text
        message = (f"「{ind.name}」实际完成值 {got} 没有单位，年度指标值「{r.target.text}」"
                   f"是{words}：是否应为 {_fmt(meant)}{sign}？")
        severities = [WARNING]
        if r.source == "rule":
            severities.append(ERROR)
            message += (f"按 {got}{sign} 计，规则给出的得分只有 {_fmt(r.score or Decimal(0))}"
                        f"（分值 {_fmt(ind.weight)}）")
        elif ind.score is not None and r.suggested is not None and ind.score > r.suggested:
            severities.append(_above(ctx))
            message += (f"填写的得分 {_fmt(ind.score)} 按 {_fmt(meant)}{sign} 计；按 {got}{sign} "
                        f"计规则只给 {_fmt(r.suggested)}")
        if _reason_missing(r):
            if ctx.form.scoring.missing_reason == "error":
                severities.append(ERROR)
            message += f"；若确为 {got}{sign}，请写明单位并填写偏差原因分析及改进措施"
        else:
            message += f"；若确为 {got}{sign}，请写明单位"
        severity = ERROR if ERROR in severities else WARNING
        yield ctx.at(severity, message, indicator_loc(r, "实际完成值"), "实际完成值",
                     "fraction-for-percent")


RATE_WORDS = ("率", "满意度", "比例", "占比", "比重", "百分比")
"""Words of an indicator name saying its figure is a share of a whole (合格率, 满意度,
资金占比): a bare target at most 1 there is a percentage typed as a fraction
(:func:`targets_as_fractions`), unless the name says growth (:data:`UNBOUNDED_RATES`)."""
_SIGNS = {">=": "≥", ">": ">", "=": "=", "<=": "≤", "<": "<", None: ""}


def names_a_rate(name: str) -> bool:
    """Whether an indicator's name says it is a rate bounded by the whole (:data:`RATE_WORDS`)."""
    return any(w in name for w in RATE_WORDS) and not any(w in name for w in UNBOUNDED_RATES)


def target_findings(rules: FileRules, loc: Loc, name: str, target: str) -> Iterator[Diagnostic]:
    """What is unclear about one 年度指标值 on its own, in either part.

    - A bare figure above 0 and at most 1, with no unit, on an indicator whose name says it
      is a rate (「≥0.9」 for a 满意度, 「=1」 for a 合格率): a percentage typed as a fraction,
      as :func:`fraction_for_percent` asks of an 实际完成值. A warning: the form prints
      「≥0.9」, and a 实际完成值 in % is read in the target's unit, so 85% counts as 85 against
      0.9 and reaches it. Targets reached from above (≤0.5 for an 事故率) are left alone:
      small shares are real there.
    - A percentage with no comparator (「90%」, what a workbook cell formatted as % imports
      as): a note saying how it is scored — as a figure to reach, ≥90% (the rule's
      :meth:`~perfdocs.model.targets.Measure.met_by`, 实际完成值 ÷ 90% × 分值 below it) — while
      the form prints 「90%」. 100% and above read only one way and are not named.
    """
    from perfdocs.model.targets import parse_measure
    from perfdocs.model.units import parse_unit

    measure = parse_measure(target)
    value = measure.value
    if value is None:
        return
    sign = _SIGNS.get(measure.comparator, "")
    at: Loc = (*loc, "年度指标值")
    if not measure.unit and 0 < value <= 1 and not measure.reverse and names_a_rate(name):
        meant = f"{sign}{_fmt(value * 100)}%"
        yield rules.at(WARNING, f"「{name}」年度指标值 {target.strip()} 没有单位，指标名称表明是"
                       f"比率：是否应为 {meant}？表上会照印「{target.strip()}」；自评时写作"
                       f"百分数的实际完成值（如 85%）会按 85 与 {_fmt(value)} 比较而算作达到。"
                       "若确是这个数，请写明单位", at, "年度指标值", "target-fraction-for-percent")
        return
    unit = parse_unit(measure.unit)
    if measure.comparator is None and unit.base == "%" and unit.factor == 1 and value < 100:
        shown = f"{_fmt(value)}%"
        yield rules.at(NOTE, f"「{name}」年度指标值「{target.strip()}」没有比较符号"
                       f"（≥、≤、=）：评分时按「≥{shown}」计，实际完成值达到 {shown} 得满分，"
                       f"不足时按 实际完成值 ÷ {shown} × 分值 计分；表上照印「{target.strip()}」。"
                       f"是下限请写成「≥{shown}」，是上限（越低越好）请写成「≤{shown}」",
                       at, "年度指标值",
                       "target-without-comparator")


def declared_targets(rules: FileRules) -> Iterator[Diagnostic]:
    """:func:`target_findings` for every 年度指标值 of the 申报 part."""
    declaration = rules.loaded.project.declaration
    if declaration is None:
        return
    for l1, l2, i, ind in declaration.flat():
        yield from target_findings(rules, ("申报", "绩效指标", l1, l2, i), ind.name, ind.target)


def targets_as_fractions(ctx: Context) -> Iterator[Diagnostic]:
    """:func:`target_findings` for the 自评 part's 年度指标值, where no other rule says it:
    not when the 实际完成值 carries a unit (:func:`target_unit_missing` asks about the
    target then), nor for a target declared the same way (said on the 申报 line)."""
    declaration = ctx.loaded.project.declaration
    declared = {("".join(ind.name.split()), "".join(ind.target.split()))
                for *_, ind in (declaration.flat() if declaration is not None else [])}
    for r in ctx.result.indicators:
        ind = r.indicator
        if r.actual.unit or ("".join(ind.name.split()), "".join((ind.target or "").split())) \
                in declared:
            continue
        yield from target_findings(ctx, indicator_loc(r), ind.name, ind.target or "")


def target_unit_missing(ctx: Context) -> Iterator[Diagnostic]:
    """A 年度指标值 written as a bare figure while its 实际完成值 carries a unit (90 beside
    94.00(%)): the target most likely lost its unit (and its ≥) when typed or copied. A
    bare figure is read in the other side's unit, so the score stands; the form would print
    「90」 next to 「94.00(%)」. A warning: only the preparer knows the target. The other way
    round (≥90% beside a bare 95) is how forms write actuals and is left alone, except a
    fraction (:func:`fraction_for_percent`); so is a target of 0 (0 起 is 0 of anything);
    units that differ are :func:`units_compare`'s.
    """
    from perfdocs.compute.calculate import actual_number

    for r in ctx.result.indicators:
        target, actual = r.target, r.actual
        if not target.value or target.unit or not actual.unit or actual_number(actual) is None:
            continue  # (a target of 0 is 0 in any unit: 事故 "0" beside "0(起)")
        unit = actual.unit.strip("()（）").strip() or actual.unit
        sign = "" if target.comparator else "和比较符号（≥、≤ 等）"
        yield ctx.at(WARNING, f"「{r.indicator.name}」年度指标值「{target.text}」没有单位，"
                     f"实际完成值「{actual.text}」以「{unit}」计：年度指标值是否漏写了单位{sign}"
                     f"（「{target.text.strip()}{unit}」）？请按申报时的指标值核对",
                     indicator_loc(r, "年度指标值"), "年度指标值", "target-unit-missing")


def score_against_rule(ctx: Context) -> Iterator[Diagnostic]:
    """A preparer's 得分 of a quantitative indicator against the rule's suggestion.

    More than the rule gives is a warning naming the rule's figure and the arithmetic
    behind it. Units that score in whole numbers round the rule's figure (seed 000 gives 1
    for 2 of 10 on 3 points, the rule's 0.6): a score up to the rule's figure rounded to a
    whole number passes, except full marks for a missed target (9.88 typed as 10), which
    always warns. Less than
    full marks for a reached target is the preparer's judgement (FORMS.md: scores are the
    preparer's, rules only suggest), said as a note.
    """
    scoring = ctx.form.scoring
    for r in ctx.result.indicators:
        ind = r.indicator
        got = actual_figure(r)
        if (ind.score is None or r.suggested is None or not r.target.quantitative
                or got is None or ind.weight == 0 or _fraction_of_percent(r) is not None):
            continue  # (a fraction for a percentage: fraction_for_percent asks about it)
        met = r.target.met_by(got, strict=scoring.strict_signs)
        if met:
            if ind.score < ind.weight and scoring.score_below_rule == "note":
                yield ctx.at(NOTE, f"「{ind.name}」实际完成值「{r.actual.text}」达到年度指标值"
                             f"「{r.target.text}」，按规则得满分 {_fmt(ind.weight)}，填写的是 "
                             f"{_fmt(ind.score)}：按填报人的判断保留",
                             indicator_loc(r, "得分"), "得分", "score-below-rule")
            continue
        from perfdocs.model.numbers import Rounding

        if ind.score < Rounding(0, "down")(r.suggested) \
                and scoring.score_below_rule == "note":
            # a missed target scored lower than the rule gives: a returned form whose
            # reviewer raised the 实际完成值 and left its 得分 is one (tester10 #2)
            yield ctx.at(NOTE, f"「{ind.name}」得分 {_fmt(ind.score)} 低于规则给出的 "
                         f"{_fmt(r.suggested)}：实际完成值「{r.actual.text}」未达到年度指标值"
                         f"「{r.target.text}」，{_rule_words(r, got, ctx.form)}；"
                         "得分按填报人的判断保留，若实际完成值改过，得分请一并改正",
                         indicator_loc(r, "得分"), "得分", "score-below-rule")
        if ind.score <= r.suggested:
            continue

        whole = Rounding(0, "half_up")(r.suggested)
        if ind.score < ind.weight and ind.score <= whole:
            continue  # 1 for the rule's 0.6 (seed 000), 19 for 18.67: whole-number scoring
        yield ctx.at(_above(ctx), f"「{ind.name}」得分 {_fmt(ind.score)} 高于规则给出的 "
                     f"{_fmt(r.suggested)}：实际完成值「{r.actual.text}」未达到年度指标值"
                     f"「{r.target.text}」，{_rule_words(r, got, ctx.form)}",
                     indicator_loc(r, "得分"), "得分", "score-above-rule")


def _rule_words(r: IndicatorResult, got: Decimal, form: Any) -> str:
    """How the rule computes a missed quantitative target's score, with the figures."""
    scoring = form.scoring
    goal = r.target.value
    weight = r.indicator.weight
    assert goal is not None and r.suggested is not None
    if r.target.reverse:
        if scoring.reverse_rule == "deviation":
            if goal == 0 or got >= 2 * goal:
                return "按规则实际完成值达到年度指标值的 2 倍（或指标值为 0）时得 0 分"
            raw = (1 - (got - goal) / goal) * weight
            return (f"按规则得分 = (1 − (实际完成值 − 年度指标值) ÷ 年度指标值) × 分值 = "
                    f"(1 − ({_fmt(got)} − {_fmt(goal)}) ÷ {_fmt(goal)}) × {_fmt(weight)} "
                    f"{_result_words(raw, r, form)}")
        if goal == 0 or got == 0:
            return "按规则年度指标值为 0 的反向指标未达到时得 0 分"
        return (f"按规则得分 = 年度指标值 ÷ 实际完成值 × 分值 = {_fmt(goal)} ÷ {_fmt(got)} × "
                f"{_fmt(weight)} {_result_words(goal / got * weight, r, form)}")
    if goal <= 0:
        return "按规则得 0 分"
    return (f"按规则得分 = 实际完成值 ÷ 年度指标值 × 分值 = {_fmt(got)} ÷ {_fmt(goal)} × "
            f"{_fmt(weight)} {_result_words(got / goal * weight, r, form)}")


def _result_words(raw: Decimal, r: IndicatorResult, form: Any) -> str:
    """"= 9.2", or, where the layout's rounding would give full marks for a missed target
    (9.68 → 10 on a whole-number form, or 90 ÷ 90 × 5 for >90%) and the score is held below
    them, "= 9.68，未达到年度指标值不得满分，取 9": a bare "= 9" after 3000 ÷ 3100 × 10 reads
    as a slip."""
    from decimal import ROUND_HALF_UP

    result = _fmt(r.suggested) if r.suggested is not None else ""
    weight = r.indicator.weight
    if form.scoring.full_only_when_met and r.suggested is not None \
            and r.suggested < weight <= form.rounding.score.rounding()(raw):
        exact = _fmt(raw.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
        return f"= {exact}，未达到年度指标值不得满分，取 {result}"
    return f"= {result}"


UNBOUNDED_RATES = ("增长", "增幅", "增速", "增加", "提高", "提升", "同比", "环比", "比上年",
                   "比去年", "超额", "倍")
"""Words of an indicator name whose percentage may well exceed 100 (收入增长率 120%,
超额完成率): :func:`percent_above_100` leaves such indicators alone."""


def _percent_over_100(r: IndicatorResult) -> Decimal | None:
    """The 实际完成值 in percent when it is above 100 against a target of at most 100% (a
    满意度, a 合格率, a 完成率 cannot exceed the whole), else None. A target above 100%
    (≥105%), a target of at least 100% (≥100%: 任务完成率 105% is a plan over-fulfilled,
    tester3) and a name saying growth or increase (:data:`UNBOUNDED_RATES`) make such a
    figure legitimate."""
    from perfdocs.model.units import parse_unit

    got = actual_figure(r)
    goal = r.target.value
    if got is None or goal is None:
        return None
    unit = parse_unit(r.target.unit)
    if unit.base != "%":
        return None
    percent = got * unit.factor
    if percent <= 100 or goal * unit.factor > 100:
        return None
    if r.target.comparator in (">=", ">") and goal * unit.factor >= 100:
        return None  # ≥100%: a plan over-fulfilled (任务完成率 105%) is the target met
    if any(word in r.indicator.name for word in UNBOUNDED_RATES):
        return None
    return percent


def percent_above_100(ctx: Context) -> Iterator[Diagnostic]:
    """An actual above 100% for a percentage target of at most 100%: a slip (「１２０%」 for a
    满意度 of ≥90%) that the rule would score as full marks without a word. A warning: the
    preparer corrects the figure, or a reviewer accepts it."""
    for r in ctx.result.indicators:
        percent = _percent_over_100(r)
        if percent is None:
            continue
        yield ctx.at(WARNING, f"「{r.indicator.name}」实际完成值「{r.actual.text}」超过 100%"
                     f"（{_fmt(percent)}%），年度指标值是「{r.target.text}」：满意度、合格率、完成率"
                     "一类的百分比一般不超过 100%，请核对是否填错",
                     indicator_loc(r, "实际完成值"), "实际完成值", "percent-above-100")


def overachievement(ctx: Context) -> Iterator[Diagnostic]:
    """An actual far above a positive target suggests the target was set too low (unless
    the actual is a percentage above 100, which :func:`percent_above_100` reports)."""
    ratio = ctx.form.scoring.overachievement_ratio
    if ratio is None:
        return
    for r in ctx.result.indicators:
        goal = r.target.value
        got = actual_figure(r)
        if goal is None or got is None or goal <= 0 or r.target.reverse:
            continue
        if _percent_over_100(r) is not None:
            continue
        if got > goal * ratio:
            yield ctx.at(WARNING, f"实际完成值 {_fmt(got)} 超过年度指标值 {_fmt(goal)} 的 "
                         f"{_fmt(ratio)} 倍：指标值是否定得过低？", indicator_loc(r, "实际完成值"),
                         "实际完成值", "overachievement")


def fund_rows_known(ctx: Context) -> Iterator[Diagnostic]:
    """The 项目资金 rows written are the layout's (``fund_rows``; the national four by
    default) and its total row is there: a misspelt or foreign row would print nowhere."""
    specs = ctx.form.funds_rows()
    names = [spec.key for spec in specs]
    total = next(spec for spec in specs if spec.total)
    listed = "、".join(names)
    for name in ctx.evaluation.funds.rows():
        if name in names:
            continue
        # a misspelt row only: the translator's module (≈ 1 ms to import) is not every run's
        from perfdocs.loading.validation_messages import nearest

        guess = nearest(name, names)
        hint = f"是不是「{guess}」？" if guess else f"本版式的资金行：{listed}"
        yield ctx.at(ERROR, f"「{name}」不是本版式自评表的资金行，表上不会印出（{hint}）",
                     ("自评", "项目资金", name), name, "funds-row-unknown")
    if ctx.evaluation.funds.row(total.key) is None:
        label = total.label.replace("\n", "")
        printed = f"表上的「{label}」一行，" if label.rstrip("：:") != total.key else ""
        yield ctx.at(ERROR, f"缺少必填项：{printed}执行率按这一行计算（本版式的资金行：{listed}）",
                     ("自评", "项目资金", total.key), total.key, "funds-total-missing",
                     blank=True)


def _fund_parts(ctx: Context) -> tuple[str, list[str]]:
    """The layout's total row name and its 其中 rows' names, in print order."""
    specs = ctx.form.funds_rows()
    total = next(spec.key for spec in specs if spec.total)
    return total, [spec.key for spec in specs if not spec.total]


def funds_add_up(ctx: Context) -> Iterator[Diagnostic]:
    """The 其中 rows add up to the total row, column by column, when they are given.

    Which rows are the 其中 rows and which is the total is the layout's ``fund_rows``. A
    column no 其中 row has a figure in is not itemised: nothing to add. Once one has, a box
    left blank in that column counts as 0, as in the 申报 groups
    (:func:`perfdocs.rules.consistency.declared_funds_add_up`): real forms leave a 0 row's
    box blank (seed 002), and such a column still adds up. One that then does not add up
    is the blank box's error, named at that box (:func:`_blank_boxes`): the clerk forgot
    it, and the form would print a blank under a total its rows do not make (tester13
    F1: 当年财政拨款's 全年执行数 left blank passed import, validate and check, as that
    column was skipped). A 其中 row written with nothing in it is a row still to fill: it
    cannot add up to a total that is not 0. The total row's own 年初预算数 left out is an
    error whenever the form prints that column (:func:`_blank_total`); a 其中 row's box
    left out where the column adds up without it stays blank, as seed 002 prints it.
    """
    funds = ctx.evaluation.funds
    total_name, part_names = _fund_parts(ctx)
    total_row = funds.row(total_name)
    if total_row is None:
        return  # fund_rows_known says so
    rows = written(ctx.loaded.source.data, ("自评", "项目资金"))
    rows = rows if isinstance(rows, dict) else {}
    empty = [name for name in part_names if name in rows and not rows[name]]
    subs = [row for name in part_names
            if (row := funds.row(name)) is not None and name not in empty]
    parts_text = "、".join(part_names)
    for attr, label in FUND_COLUMNS:
        total = getattr(total_row, attr)
        parts = [getattr(row, attr) for row in subs]
        if total is None and attr == "initial" and ctx.form.span(attr) is not None:
            yield _blank_total(ctx, total_name, label, parts)
        if total is None or all(p is None for p in parts):
            continue
        added = sum((p for p in parts if p is not None), Decimal(0))
        if added != total and None in parts:
            yield from _blank_boxes(ctx, total_name, [
                name for name in part_names if name not in empty and name in rows
                and (row := funds.row(name)) is not None and getattr(row, attr) is None],
                attr, label, added)
        elif added != total:
            loc: Loc = ("自评", "项目资金", total_name, label)
            yield ctx.at(ERROR, f"{parts_text}的{label}合计 "
                         f"{ctx.money(added, loc)}，与{total_name}的 {ctx.money(total, loc)}不符"
                         + _rounded_sum_hint(ctx, [total_name, *part_names], attr, label,
                                             added - total),
                         loc, label, "funds-sum")
    if not empty:
        return
    totals = [(label, getattr(total_row, attr)) for attr, label in FUND_COLUMNS]
    due = "、".join(f"{label} {ctx.money(value, ('自评', '项目资金', total_name, label))}"
                   for label, value in totals if value)
    for name in empty:
        if due:
            yield ctx.at(ERROR, f"{name}一行没有填写，其中各行应合计为{total_name}（{due}）："
                         "请填写这一行的年初预算数、全年预算数、全年执行数（没有资金请写 0），"
                         "或删去这一行",
                         ("自评", "项目资金", name), name, "funds-row-empty", blank=True)


def _blank_total(ctx: Context, total_name: str, label: str,
                 parts: list[Decimal | None]) -> Diagnostic:
    """The total row's 年初预算数 left out while the form prints that column: an error at
    its box, as for a 其中 row's (:func:`_blank_boxes`). The form printed a blank under
    其中 rows of 180.00 and 20.00 and the 自评报告 「年初预算数 — 万元」 with no message
    (tester17 F5). (A missing 全年预算数 or 全年执行数 is :func:`budget_rules`' error.)"""
    loc: Loc = ("自评", "项目资金", total_name, label)
    given = [p for p in parts if p is not None]
    rows = (f"其中各行的{label}合计 {ctx.money(sum(given, Decimal(0)), loc)}，" if given
            else "")
    return ctx.at(ERROR, f"{total_name} › {label} 未填：{rows}表上这一格会空着，自评报告会写"
                  f"「{label} — {ctx.form.money_unit}」。请填写{total_name}的{label}"
                  "（没有资金请写 0）", loc, label, "funds-total-blank", blank=True)


def _blank_boxes(ctx: Context, total_name: str, blanks: list[str], attr: str, label: str,
                 added: Decimal) -> Iterator[Diagnostic]:
    """A column of the 其中 rows that does not add up with ``blanks`` (those rows' boxes
    of it) left blank: an error at each blank box, which the clerk most likely forgot
    (「其中：当年财政拨款 › 全年执行数 未填」), with the sum the rows make without it."""
    total = getattr(ctx.evaluation.funds.row(total_name), attr)
    at: Loc = ("自评", "项目资金", total_name, label)
    others = "、".join(blanks)
    for name in blanks:
        loc: Loc = ("自评", "项目资金", name, label)
        also = (f"（{others}的{label}都未填，按 0 计）" if len(blanks) > 1
                else "（未填的按 0 计）")
        yield ctx.at(ERROR, f"其中：{name} › {label} 未填：其中各行的{label}合计 "
                     f"{ctx.money(added, at)}{also}，与{total_name}的 "
                     f"{ctx.money(total, at)}不符，表上这一格会空着。请填写{name}的{label}"
                     "（没有资金请写 0）", loc, label, "funds-sum-blank", blank=True)


def _rounded_sum_hint(ctx: Context, names: list[str], attr: str, label: str,
                      gap: Decimal) -> str:
    """What to do about a 其中 sum (``gap``: rows − total) that rounding the figures as
    written can explain (:func:`~perfdocs.rules.rounding_gap.may_be_rounding`, each to
    its last written place, at most the form's: :func:`rounding_slack`): amounts read back
    from a form printed in 万元 of a project kept in 元 (``perfdocs import``) do not add up
    by a cent, and the form printed from them would not foot either; the preparer settles
    one row by the gap, as is usual by hand. "" for a gap rounding cannot give (0.02 万元
    over three rows and a total of 2 places: tester5 N1). Starts with "；" (``check``
    keeps what is before).
    """
    from perfdocs.rules.rounding_gap import Figure, may_be_rounding

    rows = written(ctx.loaded.source.data, ("自评", "项目资金"))
    present = [n for n in names if isinstance(rows, dict) and n in rows]
    figures = {n: Figure(value, 2 * rounding_slack(ctx, ("自评", "项目资金", n, label)))
               for n in present if (row := ctx.evaluation.funds.row(n)) is not None
               and (value := getattr(row, attr)) is not None}
    total = figures.pop(names[0], None)
    if total is None or not may_be_rounding(gap, list(figures.values()), total,
                                            ctx.form.rounding.money.mode):
        return ""
    at: Loc = ("自评", "项目资金", names[0], label)
    shown = ctx.money(abs(gap), at)
    units = {unit_at(ctx.loaded, ("自评", "项目资金", n, label)) for n in present}
    mixed = "；这一栏的金额有的按元、有的按万元填写" if len(units) > 1 else ""
    return (f"；相差 {shown}，在这 {len(present)} 个数按所写小数位舍入的范围内"
            f"（如从按元计的金额换算、舍入而来{mixed}）：表上各行相加须等于合计，"
            + _settle_by(ctx, names, attr, label, gap) + "，或按原始金额填写")


def _settle_by(ctx: Context, names: list[str], attr: str, label: str, gap: Decimal) -> str:
    """「请把其中一行调增 2.00 元（如当年财政拨款的全年执行数写 "1,163,051.00"）」: the gap
    as an amount the clerk can type into a row, in the unit and to the places that row is
    written in — a row in 元 to the cent takes 2.00 元, not 「0.0002 万元」 (tester5 N3); a row
    written in 万元 to two places cannot take 2 元 at all and is not offered. A 其中 row that
    is 0 stays 0; the total is offered only when no 其中 row can take the gap."""
    rows, total = names[1:], names[0]
    offers = [o for n in rows if (o := _offer(ctx, n, attr, label, -gap)) is not None]
    if not offers and (o := _offer(ctx, total, attr, label, gap)) is not None:
        offers = [o]
    if not offers:
        return "请把这一栏的各个金额（合计和其中各行）按同一单位、写到同样的小数位后再核对"
    way = "调增" if (gap < 0) == (offers[0][0] != total) else "调减"
    amounts = list(dict.fromkeys(amount for _n, amount, _e in offers))
    examples = "，或".join(f"{n}的{label}写 \"{e}\"" for n, _a, e in offers[:3])
    if len(amounts) == 1:
        which = "其中一行" if offers[0][0] != total else total + "的" + label
        return f"请把{which}{way} {amounts[0]}（如{examples}）"
    return f"请把其中一行按它所写的单位{way}（如{examples}）"


def _offer(ctx: Context, name: str, attr: str, label: str, change: Decimal
           ) -> tuple[str, str, str] | None:
    """(row, the change as typed in the row's unit, the row's new text) when ``change`` (in
    元) is a whole number of the row's last written place and the row is not 0; else None."""
    row = ctx.evaluation.funds.row(name)
    value = getattr(row, attr) if row is not None else None
    loc: Loc = ("自评", "项目资金", name, label)
    step = 2 * written_slack(ctx.loaded, loc)
    if not value or not step or change % step:
        return None
    unit = unit_at(ctx.loaded, loc)
    suffix = _suffix(written(ctx.loaded.source.data, loc)) or ""
    return name, format_money(abs(change), unit), money_text(value + change, unit) + suffix


def rounding_slack(ctx: Context, loc: Loc) -> Decimal:
    """How far the amount at ``loc`` may lie from what was meant, by rounding alone, in 元:
    half a unit of its last written place (:func:`written_slack`), never more than half a
    unit of the form's printed places ("0" and "80" in 万元 are whole figures, not amounts
    rounded to 5,000 元)."""
    form = ctx.form
    printed = Decimal(5).scaleb(-form.rounding.money.places - 1) * MONEY_UNITS[form.money_unit]
    return min(written_slack(ctx.loaded, loc), printed)


def budget_rules(ctx: Context) -> Iterator[Diagnostic]:
    """全年预算数 present and not zero; 全年执行数 not above it (a warning)."""
    funds = ctx.evaluation.funds
    for spec in ctx.form.funds_rows():
        label = spec.key
        row = funds.row(label)
        if row is None:
            continue
        loc: Loc = ("自评", "项目资金", label)
        if spec.total:
            if row.budget is None or row.executed is None:
                missing = "全年预算数" if row.budget is None else "全年执行数"
                yield ctx.at(ERROR, f"{label}缺少{missing}，无法计算执行率",
                             (*loc, missing), missing, "funds-missing")
                continue
            if row.budget == 0:
                yield ctx.at(ERROR, f"{label}的全年预算数为 0，执行率无从计算",
                             (*loc, "全年预算数"), "全年预算数", "zero-budget")
                continue
        from perfdocs.compute.calculate import to_unit

        if row.budget and to_unit(row.budget, ctx.form) == 0:
            # The form would print 0.00 beside an 执行率 of billions of percent: a unit
            # slip (元 typed in a 万元 file) or a misplaced point, never a real budget.
            shown = f"{to_unit(row.budget, ctx.form):f} {ctx.form.money_unit}"
            budget = ctx.money(row.budget, (*loc, "全年预算数"))
            yield ctx.at(ERROR, f"{label}的全年预算数 {budget}在表上（{ctx.form.money_unit}，"
                         f"{ctx.form.rounding.money.places} 位小数）印作 {shown}，执行率无从核对："
                         "请检查金额的单位和小数点", (*loc, "全年预算数"), "全年预算数",
                         "budget-prints-zero")
            continue
        if row.budget is not None and row.executed is not None and row.executed > row.budget:
            # both in the file's unit (README 「消息里的金额按本文件的金额单位写出」), not each
            # as typed: 「2,001,000.00 元高于全年预算数 20.00 万元」 (tester17 F7)
            executed, budget = ctx.money(row.executed), ctx.money(row.budget)
            yield ctx.at(WARNING, f"{label}的全年执行数 {executed}高于全年预算数 {budget}",
                         (*loc, "全年执行数"), "全年执行数", "executed-above-budget")


LOW_EXECUTION = Decimal(50)
"""An 执行率 (%) below which the note :func:`execution_low` is given."""


def execution_low(ctx: Context) -> Iterator[Diagnostic]:
    """A note for an 执行率 below :data:`LOW_EXECUTION` (tester8 #9): 4.86 typed for 48.6
    in a file with only the 年度资金总额 row filled went through as 10.00 %, 总分 still
    优, nothing said. A low rate is often real, so a note (``--strict`` passes it) that
    asks about the figure, and reminds that the 自评报告 should explain it; 「少写了一位」
    when the rate is about a tenth."""
    rate = ctx.result.execution_rate
    if rate is None or rate >= LOW_EXECUTION:
        return
    total = next((spec for spec in ctx.form.funds_rows() if spec.total), None)
    row = ctx.evaluation.funds.row(total.key) if total is not None else None
    if total is None or row is None or row.executed is None or not row.budget:
        return  # no budget: budget_rules says the rate cannot be computed
    loc: Loc = ("自评", "项目资金", total.key, "全年执行数")
    shown = f"{rate:f}%"  # rounded as the layout rounds it (the rules do not format)
    executed = ctx.money(row.executed, loc)
    budget = ctx.money(row.budget, (*loc[:-1], "全年预算数"))
    slip = "是否少写了一位或点错了小数点？" if Decimal(9) <= rate <= Decimal(11) else "请核对；"
    yield ctx.at(NOTE, f"{total.key}的执行率只有 {shown}（全年执行数 {executed}，全年预算数 "
                 f"{budget}）：{slip}执行率确实偏低的，请在自评报告的偏差原因分析中说明资金执行"
                 "情况", loc, "全年执行数", "execution-low")


def no_placeholders(ctx: Context) -> Iterator[Diagnostic]:
    """No example text of ``perfdocs new`` left in the 自评 part (copied there by evaluate-init);
    nothing left to fill in the header (checked with the declaration when there is one)."""
    yield from placeholders(ctx.loaded, "自评")
    if ctx.loaded.project.declaration is None:
        yield from placeholders(ctx.loaded, None)


def printed_figures_match(ctx: Context) -> Iterator[Diagnostic]:
    """Figures the original form printed (``原表``) against the correct ones."""
    printed = ctx.evaluation.printed
    if printed is None:
        return
    res = ctx.result
    rate, exec_score, total, grade = (res.execution_rate, res.execution_score, res.total,
                                      res.grade)
    if printed.rate is not None and rate is not None and printed.rate != rate \
            and _printed_rate_holds(ctx, printed.rate):
        # the form's rate came from amounts more exact than the file holds (an imported
        # 万元 sheet of a project in 元): what follows from it is what the form printed
        from perfdocs.compute.calculate import execution_score, total_and_grade

        rate = printed.rate
        exec_score = execution_score(rate, ctx.form)
        total, grade = total_and_grade(exec_score, res.indicators, ctx.form)
    from perfdocs.rules import explain

    form = ctx.form
    scored = rate if form.scoring.execution_from == "printed" else None
    checks = (
        ("执行率", printed.rate, rate, res.execution_rate, explain.rate_rule(form),
         explain.rate_text),
        ("执行率得分", printed.execution_score, exec_score, res.execution_score,
         explain.execution_score_rule(form, scored), explain.score_text),
        ("总分", printed.total, total, res.total, explain.TOTAL_RULE, explain.score_text),
    )
    for label, was, right, used, rule, shown in checks:
        if was is not None and right is not None and used is not None and was != right:
            yield ctx.at(WARNING, f"原表印的{label}是 {shown(was, form)}，"
                         f"按规则应为 {shown(right, form)}（{rule}）；"
                         f"生成的表格使用 {shown(used, form)}",
                         ("自评", "原表", label), label, "printed-mismatch")
    if printed.grade and grade and printed.grade != grade:
        yield ctx.at(WARNING, f"原表印的评分等级是「{printed.grade}」，按总分应为「{grade}」"
                     f"（{explain.grade_rule(form)}）",
                     ("自评", "原表", "评分等级"), "评分等级", "printed-mismatch")


def _printed_rate_holds(ctx: Context, printed: Decimal) -> bool:
    """Whether the 原表's 执行率 follows from amounts that are written as the file's are."""
    from perfdocs.compute.calculate import rate_could_be

    name, _parts = _fund_parts(ctx)
    total = ctx.evaluation.funds.row(name)
    if total is None or total.budget is None or total.executed is None:
        return False
    at: Loc = ("自评", "项目资金", name)
    return rate_could_be(printed, total.budget, total.executed,
                         written_slack(ctx.loaded, (*at, "全年预算数")),
                         written_slack(ctx.loaded, (*at, "全年执行数")), ctx.form)


def written_slack(loaded: Loaded, loc: Loc) -> Decimal:
    """Half a unit of the last place an amount was written to, in 元 ("435.82" in 万元:
    50 元; "8285000": 0.5 元): the amounts that read the same lie within it."""
    typed = written(loaded.source.data, loc)
    if typed is None:
        return Decimal(0)
    try:
        number = amount_figure(str(typed))  # "¥435.82万元": 435.82
    except NumberError:
        return Decimal(0)
    exponent = number.as_tuple().exponent
    if not isinstance(exponent, int):
        return Decimal(0)
    return Decimal(5).scaleb(exponent - 1) * MONEY_UNITS[unit_at(loaded, loc)]


RULES: tuple[Rule, ...] = (
    weights_add_up, level1_weights_fixed, score_within_weight, figures_as_printed,
    display_keeps_places,
    figures_unquoted, units_compare, target_unit_missing, fraction_for_percent,
    targets_as_fractions,
    lost_points_explained, score_computable,
    score_in_tier, score_against_rule, percent_above_100, overachievement, fund_rows_known,
    funds_add_up, budget_rules, execution_low,
    printed_figures_match, no_placeholders,
)
"""Every rule, in the order their findings are printed."""


def check_evaluation(loaded: Loaded, form: FormLayout, result: Result) -> list[Diagnostic]:
    """Run every rule over one computed evaluation."""
    ctx = Context(loaded, form, result)
    found = [d for rule in RULES for d in rule(ctx)]
    return sorted(found, key=lambda d: (d.line or 0, d.severity is not ERROR))

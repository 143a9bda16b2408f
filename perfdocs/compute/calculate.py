"""Every derived figure of a 自评表, computed in Decimal with the layout's rounding.

The calculator turns a validated :class:`~perfdocs.model.project.Evaluation` into figures:
执行率 per funds row, 执行率得分, each indicator's score (the preparer's where given, else the
rule's suggestion), 总分 and 评分等级. It never formats: how a figure reads is the form builder's
business. The rules are those of FORMS.md; every choice a province may make differently
(weights, caps, reverse rule, tiers, grades, rounding) comes from the layout's
:class:`~perfdocs.layouts.layout.Scoring` and :class:`~perfdocs.layouts.layout.RoundingSet`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import ROUND_FLOOR, Decimal

from perfdocs.model.numbers import MONEY_UNITS, NumberError, Rounding, parse_decimal
from perfdocs.model.targets import Measure, parse_measure
from perfdocs.model.units import convert
from perfdocs.records import Record

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from typing import Literal

    from perfdocs.layouts.layout import FormLayout, Scoring, Tier
    from perfdocs.model.project import Evaluation, FundRow, Indicator

HUNDRED = Decimal(100)
ZERO = Decimal(0)

if TYPE_CHECKING:
    ScoreSource = Literal["preparer", "rule", "none"]


class FundLine(Record, frozen=True, slots=True):
    """One row of the 项目资金 block, amounts in the layout's money unit, rounded."""

    key: str
    initial: Decimal | None
    budget: Decimal | None
    executed: Decimal | None
    rate: Decimal | None
    """执行率 in percent, rounded by the layout; None when the row has no budget figures."""
    exact_rate: Decimal | None = None
    """The same 执行率 before rounding (the 执行率得分 may be taken from it)."""
    field: str = ""
    """The row's key in the project file (年度资金总额, 财政资金 …)."""
    label: str = ""
    """The row's printed label."""



class IndicatorResult(Record, frozen=True, slots=True):
    """An indicator with what the rules say about it."""

    level1: str
    level2: str
    index: int
    indicator: Indicator
    target: Measure
    actual: Measure
    suggested: Decimal | None
    """The rule's score, rounded; None when the rules cannot decide (free-text result)."""
    score: Decimal | None
    """The score printed: the preparer's 得分 when given, else ``suggested``."""
    source: ScoreSource
    tier: Tier | None
    """The qualitative tier named by the 实际完成值, if any."""
    figure: Decimal | None = None
    """The 实际完成值's figure in the target's unit (:func:`actual_in_target_unit`): None
    without a figure or when the units do not convert. Computed once here; the rules read
    it rather than parse the texts again."""



class Result(Record, frozen=True, slots=True):
    """Every derived figure of one project's 自评表."""

    funds: tuple[FundLine, ...]
    execution_weight: Decimal
    execution_rate: Decimal | None
    execution_score: Decimal | None
    indicators: tuple[IndicatorResult, ...]
    indicator_weight: Decimal
    total_weight: Decimal
    total: Decimal | None
    grade: str
    """评分等级; empty when a score is missing (the total is then unknown)."""
    group_weights: tuple[tuple[str, Decimal], ...] = ()
    """Each 一级指标 with the sum of its indicators' 分值, in the form's order (some forms
    print it in the group's name: 产出指标（50分）)."""


    def group_weight(self, level1: str) -> Decimal:
        """The sum of the 分值 of the indicators under ``level1`` (0 when there are none)."""
        return dict(self.group_weights).get(level1, ZERO)


def to_unit(amount: Decimal | None, form: FormLayout) -> Decimal | None:
    """An amount held in 元, in the layout's money unit, rounded by the layout."""
    if amount is None:
        return None
    return form.rounding.money.rounding()(amount / MONEY_UNITS[form.money_unit])


def exact_rate_of(row: FundRow) -> Decimal | None:
    """执行率 = 全年执行数 ÷ 全年预算数 × 100 from the exact amounts, not rounded.

    A row whose 全年预算数 is 0 has nothing to execute: its rate is 0 (the seed's 其中
    rows print 0.00) and validation flags a zero budget on the total row.
    """
    if row.budget is None or row.executed is None:
        return None
    if row.budget == 0:
        return ZERO
    return row.executed / row.budget * HUNDRED


def sum_known(amounts: Iterable[Decimal | None]) -> Decimal | None:
    """The sum of the amounts given; None when none is (a total of nothing is blank, not 0).

    The 项目绩效一览表's 合计 adds the rows' printed amounts by default, so that its column
    foots, or their exact amounts in 元 (``[overview] totals_from = "exact"``): 101.235 万元
    prints as 101.24, and the two sums of such rows differ by a cent.
    """
    known = [a for a in amounts if a is not None]
    return sum(known, ZERO) if known else None


def summed_rate(budget: Decimal | None, executed: Decimal | None,
                form: FormLayout) -> Decimal | None:
    """执行率 of summed exact amounts (:func:`sum_known`), rounded by ``form`` as a project's
    is; None without a budget to execute (no project's, or a budget of 0)."""
    if budget is None or executed is None or budget == 0:
        return None
    return form.rounding.rate.rounding()(executed / budget * HUNDRED)


def rate_could_be(printed: Decimal, budget: Decimal, executed: Decimal, budget_slack: Decimal,
                  executed_slack: Decimal, form: FormLayout) -> bool:
    """Whether ``printed`` is the 执行率 of *some* amounts within the slack of those known.

    Amounts are known only to the places they were written or printed (in 万元, 999,951 元
    prints as 100.00), while the form's rate came from the exact amounts (99.99 %). A rate
    between those of the lowest and the highest amounts that read the same is not a slip;
    ``check`` of a workbook and ``validate`` of the file imported from it both ask this.
    """
    low_budget, high_budget = budget - budget_slack, budget + budget_slack
    if low_budget <= 0:
        return False
    rounding = form.rounding.rate.rounding()
    low = rounding(max(executed - executed_slack, ZERO) / high_budget * HUNDRED)
    high = rounding((executed + executed_slack) / low_budget * HUNDRED)
    return low <= printed <= high


def rate_of(row: FundRow, form: FormLayout) -> Decimal | None:
    """The printed 执行率: :func:`exact_rate_of` rounded by the layout."""
    exact = exact_rate_of(row)
    return None if exact is None else form.rounding.rate.rounding()(exact)


def execution_score(rate: Decimal | None, form: FormLayout,
                    exact: Decimal | None = None) -> Decimal | None:
    """执行率得分 from the printed ``rate`` (or from ``exact`` when the layout scores the
    exact rate and it is known): 执行率 × 分值, capped at the 分值 when the layout caps it,
    or the layout's step for that rate."""
    if rate is None:
        return None
    scoring = form.scoring
    basis = exact if scoring.execution_from == "exact" and exact is not None else rate
    weight = scoring.execution_weight
    if scoring.execution_rule == "steps":
        score = scoring.step_score(basis)
    else:
        score = basis / HUNDRED * weight
    if scoring.cap_execution_score:
        score = min(score, weight)
    return form.rounding.execution_score.rounding()(score)


def actual_number(measure: Measure) -> Decimal | None:
    """The figure of an 实际完成值 ("63.00(个)", "9210", "95%以上"), if it has one."""
    if measure.value is not None:
        return measure.value
    try:
        return parse_decimal(measure.text) if measure.text else None
    except NumberError:
        return None


def actual_in_target_unit(target: Measure, actual: Measure) -> Decimal | None:
    """The figure of an 实际完成值 in its target's unit ("48(小时)" for "≤3(天)" is 2), or
    None when it has no figure or its unit does not convert (人 against %, 人 against 人次):
    such figures are never compared (:func:`perfdocs.model.units.convert`)."""
    got = actual_number(actual)
    if got is None:
        return None
    return convert(got, actual.unit, target.unit)


TierWords = list[tuple[str, "Tier"]]
"""Every tier's words, longest first: what :func:`find_tier` looks for, in its order."""


def tier_words(scoring: Scoring) -> TierWords:
    """The words naming a tier (its name and its other words), longest first, blanks out.

    Sorted once per project rather than once per indicator (:func:`evaluate`).
    """
    return sorted(((w, t) for t in scoring.tiers for w in [t.name, *t.words] if w),
                  key=lambda pair: len(pair[0]), reverse=True)


_QUALIFIERS: tuple[str, ...] = (
    "未", "没", "不", "无", "非", "否", "部分", "基本", "大体", "大致", "大部", "大多",
    "多数", "接近", "几乎", "初步", "局部", "一定程度")
"""Words that, just before a tier's words, say the tier was not (fully) reached: 未达成,
未能达成, 没有达成, 部分达成, 基本达成. Chinese grammar, not a place's rule, hence not a layout
setting; a tier whose own words begin with one (未达成, 部分达成) is found by those words."""

_QUALIFIER_REACH = 4
"""How many characters before a tier's words :data:`_QUALIFIERS` are looked for in (未能够达成,
没有全部达成); the clause only (:data:`_CLAUSE_ENDS`)."""

_CLAUSE_ENDS = frozenset("，,。；;、：:！!？?（）()【】[]「」“”\"'‘’")

_DOUBTS: tuple[str, ...] = (
    "但", "然而", "不过", "较差", "差", "不足", "不够", "不到", "不及", "不佳", "不理想",
    "欠佳", "欠缺", "未", "没有", "部分", "一半", "大半", "%", "成")
"""Words that, after a tier's words, take back part of them: 达成年度指标的80%, 达成预期指标的
一半, 达成年度指标，但效果较差 (tester18 F4: each took the full tier). Said after the words of
any tier but the lowest, they leave the text naming no tier, so its 得分 must be written."""
_DOUBT_FIGURE = re.compile(r"\d+(?:\.\d+)?(?:%|成)|的\d|[一二三四五六七八九]成")


def find_tier(text: str, scoring: Scoring, words: TierWords | None = None) -> Tier | None:
    """The one tier ``text`` names, or None when it names none or more than one.

    A text that is a tier's word wins outright. Otherwise each place a tier's word occurs
    counts unless :data:`_QUALIFIERS` stand just before it in its clause (基本达成年度指标
    names no tier: its 得分 must be written) or it lies inside another counted word of
    another place (达成年度指标 inside 部分达成年度指标…), and, but for the lowest tier, unless
    words after it take part of it back (:data:`_DOUBTS`: 达成年度指标的80%). Substring
    matching alone gave 未达成年度指标 the full tier through its 「达成年度指标」 (tester17
    F11), and 达成年度指标，但效果较差 too (tester18 F4).

    ``words``: :func:`tier_words` of ``scoring``, when the caller has them already.
    """
    folded = "".join(text.split())
    pairs = tier_words(scoring) if words is None else words
    for word, tier in pairs:
        if word == folded:
            return tier
    found: list[tuple[int, int, Tier]] = []
    lowest = min(scoring.tiers, key=lambda t: t.max, default=None)
    for word, tier in pairs:
        start = folded.find(word)
        while start >= 0:
            end = start + len(word)
            if not _qualified(folded, start):
                if tier is not lowest and _doubted(folded[end:]):
                    return None  # 达成年度指标的80%: which tier is the preparer's call
                found.append((start, end, tier))
            start = folded.find(word, start + 1)
    kept = {tier.name: tier for a, b, tier in found
            if not any(c <= a and b <= d and d - c > b - a for c, d, _ in found)}
    return next(iter(kept.values())) if len(kept) == 1 else None


def _doubted(after: str) -> bool:
    """Whether the text after a tier's words takes part of them back (:data:`_DOUBTS`)."""
    return any(word in after for word in _DOUBTS) or _DOUBT_FIGURE.search(after) is not None


def _qualified(folded: str, start: int) -> bool:
    """Whether a :data:`_QUALIFIERS` word stands just before ``start``, in its clause."""
    before = folded[max(0, start - _QUALIFIER_REACH):start]
    for end in range(len(before) - 1, -1, -1):
        if before[end] in _CLAUSE_ENDS:
            before = before[end + 1:]
            break
    return any(q in before for q in _QUALIFIERS)


_UNKNOWN: Decimal = Decimal("NaN")
"""Stands for "not computed yet" in :func:`suggest` (None is a computed answer there)."""


def suggest(target: Measure, actual: Measure, weight: Decimal, scoring: Scoring, *,
            words: TierWords | None = None, figure: Decimal | None = _UNKNOWN
            ) -> tuple[Decimal | None, Tier | None]:
    """The rule's (unrounded) score for one indicator, and the tier it falls in, if any.

    ``words`` (:func:`tier_words`) and ``figure`` (:func:`actual_in_target_unit`) may be
    passed when already known, so that :func:`evaluate` works each out once.
    """
    tier = find_tier(actual.text, scoring, words)
    if target.quantitative and actual_number(actual) is not None:
        got = actual_in_target_unit(target, actual) if figure is _UNKNOWN else figure
        if got is None:
            return None, None  # units that do not convert: no rule score (see rules)
        return _quantitative(target, got, weight, scoring), tier
    if tier is not None:
        return tier.suggest / HUNDRED * weight, tier
    if actual.text and "".join(actual.text.split()) == "".join(target.text.split()):
        # The result repeats the target (及时 → 及时): the target was reached.
        top = max(scoring.tiers, key=lambda t: t.max, default=None)
        return weight, top
    return None, None


def _quantitative(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got, strict=scoring.strict_signs):
        return weight
    goal = target.value
    if target.reverse:
        if scoring.reverse_rule == "deviation":
            if goal == 0 or got >= 2 * goal:
                return ZERO
            return max(ZERO, (1 - (got - goal) / goal) * weight)
        if goal == 0 or got == 0:
            return ZERO
        return min(weight, goal / got * weight)
    if goal <= 0:
        return ZERO
    return max(ZERO, min(weight, got / goal * weight))


def short_of_full(raw: Decimal, weight: Decimal, score_round: Rounding, *,
                  missed: bool = False) -> Decimal:
    """The rule's score rounded by the layout, but never full marks for less than full marks.

    A missed target's 9.68 of 10 rounds to 10 where scores are whole numbers: the form
    would then print full marks (and ask for no 偏差原因分析) for a target not reached. Such a
    score is held one step of the layout's rounding below the 分值 (9 here; 9.99 at two
    places), so that full marks mean the target was met — unless the layout says
    ``full_only_when_met = false`` (its province rounds half up throughout).

    ``missed``: the target was not reached although the rule's figure is the whole 分值 —
    a strict sign met with equality (>90% by 90%: 90 ÷ 90 × 分值; tester17 F10).
    """
    rounded = score_round(raw)
    if not (raw < weight or missed) or rounded < weight:
        return rounded
    step = Decimal(1).scaleb(-score_round.places)
    below = weight.quantize(step, rounding=ROUND_FLOOR)
    if below >= weight:
        below -= step
    return max(ZERO, below)


def total_and_grade(exec_score: Decimal | None, results: Sequence[IndicatorResult],
                    form: FormLayout) -> tuple[Decimal | None, str]:
    """总分 = 执行率得分 + Σ 得分, rounded by the layout, and its 评分等级; (None, "") while
    a score is missing."""
    if exec_score is None or any(r.score is None for r in results):
        return None, ""
    raw_total = exec_score + sum((r.score for r in results if r.score is not None), ZERO)
    total = form.rounding.total.rounding()(raw_total)
    return total, form.scoring.grade(total)


def fund_lines(evaluation: Evaluation, form: FormLayout) -> tuple[FundLine, ...]:
    """The 项目资金 rows the layout declares, in 万元/元 as printed: the total row first
    (it carries the scored 执行率), then the written 其中 rows in the layout's order. A
    total row the file lacks is a line of blanks (validation says what is missing)."""
    lines: list[FundLine] = []
    for spec in form.funds_rows():
        row = evaluation.funds.row(spec.key)
        if row is None:
            if spec.total:
                lines.insert(0, FundLine(spec.line_key, None, None, None, None, None,
                                         spec.key, spec.label))
            continue
        line = FundLine(spec.line_key, to_unit(row.initial, form), to_unit(row.budget, form),
                        to_unit(row.executed, form), rate_of(row, form), exact_rate_of(row),
                        spec.key, spec.label)
        lines.insert(0 if spec.total else len(lines), line)
    return tuple(lines)


def evaluate(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    lines = fund_lines(evaluation, form)
    rate = lines[0].rate
    exec_score = execution_score(rate, form, lines[0].exact_rate)

    score_round = form.rounding.score.rounding()
    words = tier_words(scoring)
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        figure = actual_in_target_unit(target, actual)
        raw, tier = suggest(target, actual, ind.weight, scoring, words=words, figure=figure)
        missed = target.quantitative and figure is not None \
            and not target.met_by(figure, strict=scoring.strict_signs)
        suggested = (None if raw is None
                     else short_of_full(raw, ind.weight, score_round, missed=missed)
                     if scoring.full_only_when_met else score_round(raw))
        if ind.score is not None:
            source: ScoreSource
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier, figure))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
    groups: dict[str, Decimal] = {}
    for r in results:
        groups[r.level1] = groups.get(r.level1, ZERO) + r.indicator.weight
    total, grade = total_and_grade(exec_score, results, form)
    return Result(
        funds=lines,
        execution_weight=scoring.execution_weight,
        execution_rate=rate,
        execution_score=exec_score,
        indicators=tuple(results),
        indicator_weight=indicator_weight,
        total_weight=scoring.execution_weight + indicator_weight,
        total=total,
        grade=grade,
        group_weights=tuple(groups.items()),
    )


IndicatorKey = tuple[str, str, int]
"""An indicator's place: 一级指标, 二级指标, position in its list."""


def rules_own_scores(evaluation: Evaluation, form: FormLayout,
                     printed: dict[IndicatorKey, Decimal | None],
                     rule_scores: dict[IndicatorKey, Decimal]) -> set[IndicatorKey]:
    """Where a printed 得分 is the rules' own, to be left to them rather than taken as a
    score set by hand: the file's rules give that very figure there (``rule_scores``,
    where the file writes no 得分), and with the 得分 left out the rules score the
    indicator from ``evaluation``'s 实际完成值 (the workbook's). One reading for ``import
    --into`` and ``diff`` (tester9 N11: a reviewer who changed an 实际完成值 and left the
    printed 得分 set no score; tester10 #3: a new 实际完成值 the rules cannot score,
    「基本完成」, keeps the printed one, the only score there is)."""
    same = {key for key, score in printed.items()
            if score is not None and rule_scores.get(key) == score}
    if not same:
        return set()
    indicators = {one: {two: [row.replace(score=None) if (one, two, index) in same else row
                              for index, row in enumerate(rows)]
                        for two, rows in twos.items()}
                  for one, twos in evaluation.indicators.items()}
    result = evaluate(evaluation.replace(indicators=indicators), form)
    return {(r.level1, r.level2, r.index) for r in result.indicators
            if (r.level1, r.level2, r.index) in same and r.score is not None}

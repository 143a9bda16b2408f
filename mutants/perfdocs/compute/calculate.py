"""Every derived figure of a 自评表, computed in Decimal with the layout's rounding.

The calculator turns a validated :class:`~perfdocs.model.project.Evaluation` into figures:
执行率 per funds row, 执行率得分, each indicator's score (the preparer's where given, else the
rule's suggestion), 总分 and 评分等级. It never formats: how a figure reads is the form builder's
business. The rules are those of FORMS.md; every choice a province may make differently
(weights, caps, reverse rule, tiers, grades, rounding) comes from the layout's
:class:`~perfdocs.layouts.layout.Scoring` and :class:`~perfdocs.layouts.layout.RoundingSet`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

from perfdocs.model.numbers import MONEY_UNITS, NumberError, parse_decimal
from perfdocs.model.targets import Measure, parse_measure

if TYPE_CHECKING:
    from perfdocs.layouts.layout import FormLayout, Scoring, Tier
    from perfdocs.model.project import Evaluation, FundRow, Indicator

HUNDRED = Decimal(100)
ZERO = Decimal(0)

ScoreSource = Literal["preparer", "rule", "none"]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@dataclass(frozen=True, slots=True)
class FundLine:
    """One row of the 项目资金 block, amounts in the layout's money unit, rounded."""

    key: str
    initial: Decimal | None
    budget: Decimal | None
    executed: Decimal | None
    rate: Decimal | None
    """执行率 in percent, rounded by the layout; None when the row has no budget figures."""


@dataclass(frozen=True, slots=True)
class IndicatorResult:
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


@dataclass(frozen=True, slots=True)
class Result:
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
mutants_x_to_unit__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_to_unit__mutmut)
def to_unit(amount: Decimal | None, form: FormLayout) -> Decimal | None:
    """An amount held in 元, in the layout's money unit, rounded by the layout."""
    if amount is None:
        return None
    return form.rounding.money.rounding()(amount / MONEY_UNITS[form.money_unit])


def x_to_unit__mutmut_orig(amount: Decimal | None, form: FormLayout) -> Decimal | None:
    """An amount held in 元, in the layout's money unit, rounded by the layout."""
    if amount is None:
        return None
    return form.rounding.money.rounding()(amount / MONEY_UNITS[form.money_unit])


def x_to_unit__mutmut_1(amount: Decimal | None, form: FormLayout) -> Decimal | None:
    """An amount held in 元, in the layout's money unit, rounded by the layout."""
    if amount is not None:
        return None
    return form.rounding.money.rounding()(amount / MONEY_UNITS[form.money_unit])


def x_to_unit__mutmut_2(amount: Decimal | None, form: FormLayout) -> Decimal | None:
    """An amount held in 元, in the layout's money unit, rounded by the layout."""
    if amount is None:
        return None
    return form.rounding.money.rounding()(None)


def x_to_unit__mutmut_3(amount: Decimal | None, form: FormLayout) -> Decimal | None:
    """An amount held in 元, in the layout's money unit, rounded by the layout."""
    if amount is None:
        return None
    return form.rounding.money.rounding()(amount * MONEY_UNITS[form.money_unit])

mutants_x_to_unit__mutmut['_mutmut_orig'] = x_to_unit__mutmut_orig # type: ignore # mutmut generated
mutants_x_to_unit__mutmut['x_to_unit__mutmut_1'] = x_to_unit__mutmut_1 # type: ignore # mutmut generated
mutants_x_to_unit__mutmut['x_to_unit__mutmut_2'] = x_to_unit__mutmut_2 # type: ignore # mutmut generated
mutants_x_to_unit__mutmut['x_to_unit__mutmut_3'] = x_to_unit__mutmut_3 # type: ignore # mutmut generated
mutants_x_rate_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_rate_of__mutmut)
def rate_of(row: FundRow, form: FormLayout) -> Decimal | None:
    """执行率 = 全年执行数 ÷ 全年预算数 × 100, from the exact amounts, rounded by the layout.

    A row whose 全年预算数 is 0 has nothing to execute: its rate prints as 0 (the seed's
    其中 rows) and validation flags a zero budget on the total row.
    """
    if row.budget is None or row.executed is None:
        return None
    if row.budget == 0:
        return form.rounding.rate.rounding()(ZERO)
    return form.rounding.rate.rounding()(row.executed / row.budget * HUNDRED)


def x_rate_of__mutmut_orig(row: FundRow, form: FormLayout) -> Decimal | None:
    """执行率 = 全年执行数 ÷ 全年预算数 × 100, from the exact amounts, rounded by the layout.

    A row whose 全年预算数 is 0 has nothing to execute: its rate prints as 0 (the seed's
    其中 rows) and validation flags a zero budget on the total row.
    """
    if row.budget is None or row.executed is None:
        return None
    if row.budget == 0:
        return form.rounding.rate.rounding()(ZERO)
    return form.rounding.rate.rounding()(row.executed / row.budget * HUNDRED)


def x_rate_of__mutmut_1(row: FundRow, form: FormLayout) -> Decimal | None:
    """执行率 = 全年执行数 ÷ 全年预算数 × 100, from the exact amounts, rounded by the layout.

    A row whose 全年预算数 is 0 has nothing to execute: its rate prints as 0 (the seed's
    其中 rows) and validation flags a zero budget on the total row.
    """
    if row.budget is None and row.executed is None:
        return None
    if row.budget == 0:
        return form.rounding.rate.rounding()(ZERO)
    return form.rounding.rate.rounding()(row.executed / row.budget * HUNDRED)


def x_rate_of__mutmut_2(row: FundRow, form: FormLayout) -> Decimal | None:
    """执行率 = 全年执行数 ÷ 全年预算数 × 100, from the exact amounts, rounded by the layout.

    A row whose 全年预算数 is 0 has nothing to execute: its rate prints as 0 (the seed's
    其中 rows) and validation flags a zero budget on the total row.
    """
    if row.budget is not None or row.executed is None:
        return None
    if row.budget == 0:
        return form.rounding.rate.rounding()(ZERO)
    return form.rounding.rate.rounding()(row.executed / row.budget * HUNDRED)


def x_rate_of__mutmut_3(row: FundRow, form: FormLayout) -> Decimal | None:
    """执行率 = 全年执行数 ÷ 全年预算数 × 100, from the exact amounts, rounded by the layout.

    A row whose 全年预算数 is 0 has nothing to execute: its rate prints as 0 (the seed's
    其中 rows) and validation flags a zero budget on the total row.
    """
    if row.budget is None or row.executed is not None:
        return None
    if row.budget == 0:
        return form.rounding.rate.rounding()(ZERO)
    return form.rounding.rate.rounding()(row.executed / row.budget * HUNDRED)


def x_rate_of__mutmut_4(row: FundRow, form: FormLayout) -> Decimal | None:
    """执行率 = 全年执行数 ÷ 全年预算数 × 100, from the exact amounts, rounded by the layout.

    A row whose 全年预算数 is 0 has nothing to execute: its rate prints as 0 (the seed's
    其中 rows) and validation flags a zero budget on the total row.
    """
    if row.budget is None or row.executed is None:
        return None
    if row.budget != 0:
        return form.rounding.rate.rounding()(ZERO)
    return form.rounding.rate.rounding()(row.executed / row.budget * HUNDRED)


def x_rate_of__mutmut_5(row: FundRow, form: FormLayout) -> Decimal | None:
    """执行率 = 全年执行数 ÷ 全年预算数 × 100, from the exact amounts, rounded by the layout.

    A row whose 全年预算数 is 0 has nothing to execute: its rate prints as 0 (the seed's
    其中 rows) and validation flags a zero budget on the total row.
    """
    if row.budget is None or row.executed is None:
        return None
    if row.budget == 1:
        return form.rounding.rate.rounding()(ZERO)
    return form.rounding.rate.rounding()(row.executed / row.budget * HUNDRED)


def x_rate_of__mutmut_6(row: FundRow, form: FormLayout) -> Decimal | None:
    """执行率 = 全年执行数 ÷ 全年预算数 × 100, from the exact amounts, rounded by the layout.

    A row whose 全年预算数 is 0 has nothing to execute: its rate prints as 0 (the seed's
    其中 rows) and validation flags a zero budget on the total row.
    """
    if row.budget is None or row.executed is None:
        return None
    if row.budget == 0:
        return form.rounding.rate.rounding()(None)
    return form.rounding.rate.rounding()(row.executed / row.budget * HUNDRED)


def x_rate_of__mutmut_7(row: FundRow, form: FormLayout) -> Decimal | None:
    """执行率 = 全年执行数 ÷ 全年预算数 × 100, from the exact amounts, rounded by the layout.

    A row whose 全年预算数 is 0 has nothing to execute: its rate prints as 0 (the seed's
    其中 rows) and validation flags a zero budget on the total row.
    """
    if row.budget is None or row.executed is None:
        return None
    if row.budget == 0:
        return form.rounding.rate.rounding()(ZERO)
    return form.rounding.rate.rounding()(None)


def x_rate_of__mutmut_8(row: FundRow, form: FormLayout) -> Decimal | None:
    """执行率 = 全年执行数 ÷ 全年预算数 × 100, from the exact amounts, rounded by the layout.

    A row whose 全年预算数 is 0 has nothing to execute: its rate prints as 0 (the seed's
    其中 rows) and validation flags a zero budget on the total row.
    """
    if row.budget is None or row.executed is None:
        return None
    if row.budget == 0:
        return form.rounding.rate.rounding()(ZERO)
    return form.rounding.rate.rounding()(row.executed / row.budget / HUNDRED)


def x_rate_of__mutmut_9(row: FundRow, form: FormLayout) -> Decimal | None:
    """执行率 = 全年执行数 ÷ 全年预算数 × 100, from the exact amounts, rounded by the layout.

    A row whose 全年预算数 is 0 has nothing to execute: its rate prints as 0 (the seed's
    其中 rows) and validation flags a zero budget on the total row.
    """
    if row.budget is None or row.executed is None:
        return None
    if row.budget == 0:
        return form.rounding.rate.rounding()(ZERO)
    return form.rounding.rate.rounding()(row.executed * row.budget * HUNDRED)

mutants_x_rate_of__mutmut['_mutmut_orig'] = x_rate_of__mutmut_orig # type: ignore # mutmut generated
mutants_x_rate_of__mutmut['x_rate_of__mutmut_1'] = x_rate_of__mutmut_1 # type: ignore # mutmut generated
mutants_x_rate_of__mutmut['x_rate_of__mutmut_2'] = x_rate_of__mutmut_2 # type: ignore # mutmut generated
mutants_x_rate_of__mutmut['x_rate_of__mutmut_3'] = x_rate_of__mutmut_3 # type: ignore # mutmut generated
mutants_x_rate_of__mutmut['x_rate_of__mutmut_4'] = x_rate_of__mutmut_4 # type: ignore # mutmut generated
mutants_x_rate_of__mutmut['x_rate_of__mutmut_5'] = x_rate_of__mutmut_5 # type: ignore # mutmut generated
mutants_x_rate_of__mutmut['x_rate_of__mutmut_6'] = x_rate_of__mutmut_6 # type: ignore # mutmut generated
mutants_x_rate_of__mutmut['x_rate_of__mutmut_7'] = x_rate_of__mutmut_7 # type: ignore # mutmut generated
mutants_x_rate_of__mutmut['x_rate_of__mutmut_8'] = x_rate_of__mutmut_8 # type: ignore # mutmut generated
mutants_x_rate_of__mutmut['x_rate_of__mutmut_9'] = x_rate_of__mutmut_9 # type: ignore # mutmut generated
mutants_x_execution_score__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_execution_score__mutmut)
def execution_score(rate: Decimal | None, form: FormLayout) -> Decimal | None:
    """执行率得分 = 执行率 × 分值, capped at the 分值 when the layout caps it."""
    if rate is None:
        return None
    weight = form.scoring.execution_weight
    score = rate / HUNDRED * weight
    if form.scoring.cap_execution_score:
        score = min(score, weight)
    return form.rounding.execution_score.rounding()(score)


def x_execution_score__mutmut_orig(rate: Decimal | None, form: FormLayout) -> Decimal | None:
    """执行率得分 = 执行率 × 分值, capped at the 分值 when the layout caps it."""
    if rate is None:
        return None
    weight = form.scoring.execution_weight
    score = rate / HUNDRED * weight
    if form.scoring.cap_execution_score:
        score = min(score, weight)
    return form.rounding.execution_score.rounding()(score)


def x_execution_score__mutmut_1(rate: Decimal | None, form: FormLayout) -> Decimal | None:
    """执行率得分 = 执行率 × 分值, capped at the 分值 when the layout caps it."""
    if rate is not None:
        return None
    weight = form.scoring.execution_weight
    score = rate / HUNDRED * weight
    if form.scoring.cap_execution_score:
        score = min(score, weight)
    return form.rounding.execution_score.rounding()(score)


def x_execution_score__mutmut_2(rate: Decimal | None, form: FormLayout) -> Decimal | None:
    """执行率得分 = 执行率 × 分值, capped at the 分值 when the layout caps it."""
    if rate is None:
        return None
    weight = None
    score = rate / HUNDRED * weight
    if form.scoring.cap_execution_score:
        score = min(score, weight)
    return form.rounding.execution_score.rounding()(score)


def x_execution_score__mutmut_3(rate: Decimal | None, form: FormLayout) -> Decimal | None:
    """执行率得分 = 执行率 × 分值, capped at the 分值 when the layout caps it."""
    if rate is None:
        return None
    weight = form.scoring.execution_weight
    score = None
    if form.scoring.cap_execution_score:
        score = min(score, weight)
    return form.rounding.execution_score.rounding()(score)


def x_execution_score__mutmut_4(rate: Decimal | None, form: FormLayout) -> Decimal | None:
    """执行率得分 = 执行率 × 分值, capped at the 分值 when the layout caps it."""
    if rate is None:
        return None
    weight = form.scoring.execution_weight
    score = rate / HUNDRED / weight
    if form.scoring.cap_execution_score:
        score = min(score, weight)
    return form.rounding.execution_score.rounding()(score)


def x_execution_score__mutmut_5(rate: Decimal | None, form: FormLayout) -> Decimal | None:
    """执行率得分 = 执行率 × 分值, capped at the 分值 when the layout caps it."""
    if rate is None:
        return None
    weight = form.scoring.execution_weight
    score = rate * HUNDRED * weight
    if form.scoring.cap_execution_score:
        score = min(score, weight)
    return form.rounding.execution_score.rounding()(score)


def x_execution_score__mutmut_6(rate: Decimal | None, form: FormLayout) -> Decimal | None:
    """执行率得分 = 执行率 × 分值, capped at the 分值 when the layout caps it."""
    if rate is None:
        return None
    weight = form.scoring.execution_weight
    score = rate / HUNDRED * weight
    if form.scoring.cap_execution_score:
        score = None
    return form.rounding.execution_score.rounding()(score)


def x_execution_score__mutmut_7(rate: Decimal | None, form: FormLayout) -> Decimal | None:
    """执行率得分 = 执行率 × 分值, capped at the 分值 when the layout caps it."""
    if rate is None:
        return None
    weight = form.scoring.execution_weight
    score = rate / HUNDRED * weight
    if form.scoring.cap_execution_score:
        score = min(None, weight)
    return form.rounding.execution_score.rounding()(score)


def x_execution_score__mutmut_8(rate: Decimal | None, form: FormLayout) -> Decimal | None:
    """执行率得分 = 执行率 × 分值, capped at the 分值 when the layout caps it."""
    if rate is None:
        return None
    weight = form.scoring.execution_weight
    score = rate / HUNDRED * weight
    if form.scoring.cap_execution_score:
        score = min(score, None)
    return form.rounding.execution_score.rounding()(score)


def x_execution_score__mutmut_9(rate: Decimal | None, form: FormLayout) -> Decimal | None:
    """执行率得分 = 执行率 × 分值, capped at the 分值 when the layout caps it."""
    if rate is None:
        return None
    weight = form.scoring.execution_weight
    score = rate / HUNDRED * weight
    if form.scoring.cap_execution_score:
        score = min(weight)
    return form.rounding.execution_score.rounding()(score)


def x_execution_score__mutmut_10(rate: Decimal | None, form: FormLayout) -> Decimal | None:
    """执行率得分 = 执行率 × 分值, capped at the 分值 when the layout caps it."""
    if rate is None:
        return None
    weight = form.scoring.execution_weight
    score = rate / HUNDRED * weight
    if form.scoring.cap_execution_score:
        score = min(score, )
    return form.rounding.execution_score.rounding()(score)


def x_execution_score__mutmut_11(rate: Decimal | None, form: FormLayout) -> Decimal | None:
    """执行率得分 = 执行率 × 分值, capped at the 分值 when the layout caps it."""
    if rate is None:
        return None
    weight = form.scoring.execution_weight
    score = rate / HUNDRED * weight
    if form.scoring.cap_execution_score:
        score = min(score, weight)
    return form.rounding.execution_score.rounding()(None)

mutants_x_execution_score__mutmut['_mutmut_orig'] = x_execution_score__mutmut_orig # type: ignore # mutmut generated
mutants_x_execution_score__mutmut['x_execution_score__mutmut_1'] = x_execution_score__mutmut_1 # type: ignore # mutmut generated
mutants_x_execution_score__mutmut['x_execution_score__mutmut_2'] = x_execution_score__mutmut_2 # type: ignore # mutmut generated
mutants_x_execution_score__mutmut['x_execution_score__mutmut_3'] = x_execution_score__mutmut_3 # type: ignore # mutmut generated
mutants_x_execution_score__mutmut['x_execution_score__mutmut_4'] = x_execution_score__mutmut_4 # type: ignore # mutmut generated
mutants_x_execution_score__mutmut['x_execution_score__mutmut_5'] = x_execution_score__mutmut_5 # type: ignore # mutmut generated
mutants_x_execution_score__mutmut['x_execution_score__mutmut_6'] = x_execution_score__mutmut_6 # type: ignore # mutmut generated
mutants_x_execution_score__mutmut['x_execution_score__mutmut_7'] = x_execution_score__mutmut_7 # type: ignore # mutmut generated
mutants_x_execution_score__mutmut['x_execution_score__mutmut_8'] = x_execution_score__mutmut_8 # type: ignore # mutmut generated
mutants_x_execution_score__mutmut['x_execution_score__mutmut_9'] = x_execution_score__mutmut_9 # type: ignore # mutmut generated
mutants_x_execution_score__mutmut['x_execution_score__mutmut_10'] = x_execution_score__mutmut_10 # type: ignore # mutmut generated
mutants_x_execution_score__mutmut['x_execution_score__mutmut_11'] = x_execution_score__mutmut_11 # type: ignore # mutmut generated
mutants_x_actual_number__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_actual_number__mutmut)
def actual_number(measure: Measure) -> Decimal | None:
    """The figure of an 实际完成值 ("63.00(个)", "9210", "95%以上"), if it has one."""
    if measure.value is not None:
        return measure.value
    try:
        return parse_decimal(measure.text) if measure.text else None
    except NumberError:
        return None


def x_actual_number__mutmut_orig(measure: Measure) -> Decimal | None:
    """The figure of an 实际完成值 ("63.00(个)", "9210", "95%以上"), if it has one."""
    if measure.value is not None:
        return measure.value
    try:
        return parse_decimal(measure.text) if measure.text else None
    except NumberError:
        return None


def x_actual_number__mutmut_1(measure: Measure) -> Decimal | None:
    """The figure of an 实际完成值 ("63.00(个)", "9210", "95%以上"), if it has one."""
    if measure.value is None:
        return measure.value
    try:
        return parse_decimal(measure.text) if measure.text else None
    except NumberError:
        return None


def x_actual_number__mutmut_2(measure: Measure) -> Decimal | None:
    """The figure of an 实际完成值 ("63.00(个)", "9210", "95%以上"), if it has one."""
    if measure.value is not None:
        return measure.value
    try:
        return parse_decimal(measure.text) if (measure.text) and False else None
    except NumberError:
        return None


def x_actual_number__mutmut_3(measure: Measure) -> Decimal | None:
    """The figure of an 实际完成值 ("63.00(个)", "9210", "95%以上"), if it has one."""
    if measure.value is not None:
        return measure.value
    try:
        return parse_decimal(measure.text) if (measure.text) or True else None
    except NumberError:
        return None


def x_actual_number__mutmut_4(measure: Measure) -> Decimal | None:
    """The figure of an 实际完成值 ("63.00(个)", "9210", "95%以上"), if it has one."""
    if measure.value is not None:
        return measure.value
    try:
        return parse_decimal(None) if measure.text else None
    except NumberError:
        return None

mutants_x_actual_number__mutmut['_mutmut_orig'] = x_actual_number__mutmut_orig # type: ignore # mutmut generated
mutants_x_actual_number__mutmut['x_actual_number__mutmut_1'] = x_actual_number__mutmut_1 # type: ignore # mutmut generated
mutants_x_actual_number__mutmut['x_actual_number__mutmut_2'] = x_actual_number__mutmut_2 # type: ignore # mutmut generated
mutants_x_actual_number__mutmut['x_actual_number__mutmut_3'] = x_actual_number__mutmut_3 # type: ignore # mutmut generated
mutants_x_actual_number__mutmut['x_actual_number__mutmut_4'] = x_actual_number__mutmut_4 # type: ignore # mutmut generated
mutants_x_find_tier__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_find_tier__mutmut)
def find_tier(text: str, scoring: Scoring) -> Tier | None:
    """The tier whose words appear in ``text``; longer words first ("未达成…" before "达成")."""
    folded = "".join(text.split())
    words = sorted(((w, t) for t in scoring.tiers for w in [t.name, *t.words]),
                   key=lambda pair: len(pair[0]), reverse=True)
    for word, tier in words:
        if word and word in folded:
            return tier
    return None


def x_find_tier__mutmut_orig(text: str, scoring: Scoring) -> Tier | None:
    """The tier whose words appear in ``text``; longer words first ("未达成…" before "达成")."""
    folded = "".join(text.split())
    words = sorted(((w, t) for t in scoring.tiers for w in [t.name, *t.words]),
                   key=lambda pair: len(pair[0]), reverse=True)
    for word, tier in words:
        if word and word in folded:
            return tier
    return None


def x_find_tier__mutmut_1(text: str, scoring: Scoring) -> Tier | None:
    """The tier whose words appear in ``text``; longer words first ("未达成…" before "达成")."""
    folded = None
    words = sorted(((w, t) for t in scoring.tiers for w in [t.name, *t.words]),
                   key=lambda pair: len(pair[0]), reverse=True)
    for word, tier in words:
        if word and word in folded:
            return tier
    return None


def x_find_tier__mutmut_2(text: str, scoring: Scoring) -> Tier | None:
    """The tier whose words appear in ``text``; longer words first ("未达成…" before "达成")."""
    folded = "".join(None)
    words = sorted(((w, t) for t in scoring.tiers for w in [t.name, *t.words]),
                   key=lambda pair: len(pair[0]), reverse=True)
    for word, tier in words:
        if word and word in folded:
            return tier
    return None


def x_find_tier__mutmut_3(text: str, scoring: Scoring) -> Tier | None:
    """The tier whose words appear in ``text``; longer words first ("未达成…" before "达成")."""
    folded = "XXXX".join(text.split())
    words = sorted(((w, t) for t in scoring.tiers for w in [t.name, *t.words]),
                   key=lambda pair: len(pair[0]), reverse=True)
    for word, tier in words:
        if word and word in folded:
            return tier
    return None


def x_find_tier__mutmut_4(text: str, scoring: Scoring) -> Tier | None:
    """The tier whose words appear in ``text``; longer words first ("未达成…" before "达成")."""
    folded = "".join(text.split())
    words = None
    for word, tier in words:
        if word and word in folded:
            return tier
    return None


def x_find_tier__mutmut_5(text: str, scoring: Scoring) -> Tier | None:
    """The tier whose words appear in ``text``; longer words first ("未达成…" before "达成")."""
    folded = "".join(text.split())
    words = sorted(None,
                   key=lambda pair: len(pair[0]), reverse=True)
    for word, tier in words:
        if word and word in folded:
            return tier
    return None


def x_find_tier__mutmut_6(text: str, scoring: Scoring) -> Tier | None:
    """The tier whose words appear in ``text``; longer words first ("未达成…" before "达成")."""
    folded = "".join(text.split())
    words = sorted(((w, t) for t in scoring.tiers for w in [t.name, *t.words]),
                   key=None, reverse=True)
    for word, tier in words:
        if word and word in folded:
            return tier
    return None


def x_find_tier__mutmut_7(text: str, scoring: Scoring) -> Tier | None:
    """The tier whose words appear in ``text``; longer words first ("未达成…" before "达成")."""
    folded = "".join(text.split())
    words = sorted(((w, t) for t in scoring.tiers for w in [t.name, *t.words]),
                   key=lambda pair: len(pair[0]), reverse=None)
    for word, tier in words:
        if word and word in folded:
            return tier
    return None


def x_find_tier__mutmut_8(text: str, scoring: Scoring) -> Tier | None:
    """The tier whose words appear in ``text``; longer words first ("未达成…" before "达成")."""
    folded = "".join(text.split())
    words = sorted(key=lambda pair: len(pair[0]), reverse=True)
    for word, tier in words:
        if word and word in folded:
            return tier
    return None


def x_find_tier__mutmut_9(text: str, scoring: Scoring) -> Tier | None:
    """The tier whose words appear in ``text``; longer words first ("未达成…" before "达成")."""
    folded = "".join(text.split())
    words = sorted(((w, t) for t in scoring.tiers for w in [t.name, *t.words]),
                   reverse=True)
    for word, tier in words:
        if word and word in folded:
            return tier
    return None


def x_find_tier__mutmut_10(text: str, scoring: Scoring) -> Tier | None:
    """The tier whose words appear in ``text``; longer words first ("未达成…" before "达成")."""
    folded = "".join(text.split())
    words = sorted(((w, t) for t in scoring.tiers for w in [t.name, *t.words]),
                   key=lambda pair: len(pair[0]), )
    for word, tier in words:
        if word and word in folded:
            return tier
    return None


def x_find_tier__mutmut_11(text: str, scoring: Scoring) -> Tier | None:
    """The tier whose words appear in ``text``; longer words first ("未达成…" before "达成")."""
    folded = "".join(text.split())
    words = sorted(((w, t) for t in scoring.tiers for w in [t.name, *t.words]),
                   key=lambda pair: None, reverse=True)
    for word, tier in words:
        if word and word in folded:
            return tier
    return None


def x_find_tier__mutmut_12(text: str, scoring: Scoring) -> Tier | None:
    """The tier whose words appear in ``text``; longer words first ("未达成…" before "达成")."""
    folded = "".join(text.split())
    words = sorted(((w, t) for t in scoring.tiers for w in [t.name, *t.words]),
                   key=lambda pair: len(pair[0]), reverse=False)
    for word, tier in words:
        if word and word in folded:
            return tier
    return None


def x_find_tier__mutmut_13(text: str, scoring: Scoring) -> Tier | None:
    """The tier whose words appear in ``text``; longer words first ("未达成…" before "达成")."""
    folded = "".join(text.split())
    words = sorted(((w, t) for t in scoring.tiers for w in [t.name, *t.words]),
                   key=lambda pair: len(pair[0]), reverse=True)
    for word, tier in words:
        if word or word in folded:
            return tier
    return None


def x_find_tier__mutmut_14(text: str, scoring: Scoring) -> Tier | None:
    """The tier whose words appear in ``text``; longer words first ("未达成…" before "达成")."""
    folded = "".join(text.split())
    words = sorted(((w, t) for t in scoring.tiers for w in [t.name, *t.words]),
                   key=lambda pair: len(pair[0]), reverse=True)
    for word, tier in words:
        if word and word not in folded:
            return tier
    return None

mutants_x_find_tier__mutmut['_mutmut_orig'] = x_find_tier__mutmut_orig # type: ignore # mutmut generated
mutants_x_find_tier__mutmut['x_find_tier__mutmut_1'] = x_find_tier__mutmut_1 # type: ignore # mutmut generated
mutants_x_find_tier__mutmut['x_find_tier__mutmut_2'] = x_find_tier__mutmut_2 # type: ignore # mutmut generated
mutants_x_find_tier__mutmut['x_find_tier__mutmut_3'] = x_find_tier__mutmut_3 # type: ignore # mutmut generated
mutants_x_find_tier__mutmut['x_find_tier__mutmut_4'] = x_find_tier__mutmut_4 # type: ignore # mutmut generated
mutants_x_find_tier__mutmut['x_find_tier__mutmut_5'] = x_find_tier__mutmut_5 # type: ignore # mutmut generated
mutants_x_find_tier__mutmut['x_find_tier__mutmut_6'] = x_find_tier__mutmut_6 # type: ignore # mutmut generated
mutants_x_find_tier__mutmut['x_find_tier__mutmut_7'] = x_find_tier__mutmut_7 # type: ignore # mutmut generated
mutants_x_find_tier__mutmut['x_find_tier__mutmut_8'] = x_find_tier__mutmut_8 # type: ignore # mutmut generated
mutants_x_find_tier__mutmut['x_find_tier__mutmut_9'] = x_find_tier__mutmut_9 # type: ignore # mutmut generated
mutants_x_find_tier__mutmut['x_find_tier__mutmut_10'] = x_find_tier__mutmut_10 # type: ignore # mutmut generated
mutants_x_find_tier__mutmut['x_find_tier__mutmut_11'] = x_find_tier__mutmut_11 # type: ignore # mutmut generated
mutants_x_find_tier__mutmut['x_find_tier__mutmut_12'] = x_find_tier__mutmut_12 # type: ignore # mutmut generated
mutants_x_find_tier__mutmut['x_find_tier__mutmut_13'] = x_find_tier__mutmut_13 # type: ignore # mutmut generated
mutants_x_find_tier__mutmut['x_find_tier__mutmut_14'] = x_find_tier__mutmut_14 # type: ignore # mutmut generated
mutants_x_suggest__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_suggest__mutmut)
def suggest(target: Measure, actual: Measure, weight: Decimal,
            scoring: Scoring) -> tuple[Decimal | None, Tier | None]:
    """The rule's (unrounded) score for one indicator, and the tier it falls in, if any."""
    tier = find_tier(actual.text, scoring)
    if target.quantitative:
        got = actual_number(actual)
        if got is not None:
            return _quantitative(target, got, weight, scoring), tier
    if tier is not None:
        return tier.suggest / HUNDRED * weight, tier
    if actual.text and "".join(actual.text.split()) == "".join(target.text.split()):
        # The result repeats the target (及时 → 及时): the target was reached.
        top = max(scoring.tiers, key=lambda t: t.max, default=None)
        return weight, top
    return None, None


def x_suggest__mutmut_orig(target: Measure, actual: Measure, weight: Decimal,
            scoring: Scoring) -> tuple[Decimal | None, Tier | None]:
    """The rule's (unrounded) score for one indicator, and the tier it falls in, if any."""
    tier = find_tier(actual.text, scoring)
    if target.quantitative:
        got = actual_number(actual)
        if got is not None:
            return _quantitative(target, got, weight, scoring), tier
    if tier is not None:
        return tier.suggest / HUNDRED * weight, tier
    if actual.text and "".join(actual.text.split()) == "".join(target.text.split()):
        # The result repeats the target (及时 → 及时): the target was reached.
        top = max(scoring.tiers, key=lambda t: t.max, default=None)
        return weight, top
    return None, None


def x_suggest__mutmut_1(target: Measure, actual: Measure, weight: Decimal,
            scoring: Scoring) -> tuple[Decimal | None, Tier | None]:
    """The rule's (unrounded) score for one indicator, and the tier it falls in, if any."""
    tier = None
    if target.quantitative:
        got = actual_number(actual)
        if got is not None:
            return _quantitative(target, got, weight, scoring), tier
    if tier is not None:
        return tier.suggest / HUNDRED * weight, tier
    if actual.text and "".join(actual.text.split()) == "".join(target.text.split()):
        # The result repeats the target (及时 → 及时): the target was reached.
        top = max(scoring.tiers, key=lambda t: t.max, default=None)
        return weight, top
    return None, None


def x_suggest__mutmut_2(target: Measure, actual: Measure, weight: Decimal,
            scoring: Scoring) -> tuple[Decimal | None, Tier | None]:
    """The rule's (unrounded) score for one indicator, and the tier it falls in, if any."""
    tier = find_tier(None, scoring)
    if target.quantitative:
        got = actual_number(actual)
        if got is not None:
            return _quantitative(target, got, weight, scoring), tier
    if tier is not None:
        return tier.suggest / HUNDRED * weight, tier
    if actual.text and "".join(actual.text.split()) == "".join(target.text.split()):
        # The result repeats the target (及时 → 及时): the target was reached.
        top = max(scoring.tiers, key=lambda t: t.max, default=None)
        return weight, top
    return None, None


def x_suggest__mutmut_3(target: Measure, actual: Measure, weight: Decimal,
            scoring: Scoring) -> tuple[Decimal | None, Tier | None]:
    """The rule's (unrounded) score for one indicator, and the tier it falls in, if any."""
    tier = find_tier(actual.text, None)
    if target.quantitative:
        got = actual_number(actual)
        if got is not None:
            return _quantitative(target, got, weight, scoring), tier
    if tier is not None:
        return tier.suggest / HUNDRED * weight, tier
    if actual.text and "".join(actual.text.split()) == "".join(target.text.split()):
        # The result repeats the target (及时 → 及时): the target was reached.
        top = max(scoring.tiers, key=lambda t: t.max, default=None)
        return weight, top
    return None, None


def x_suggest__mutmut_4(target: Measure, actual: Measure, weight: Decimal,
            scoring: Scoring) -> tuple[Decimal | None, Tier | None]:
    """The rule's (unrounded) score for one indicator, and the tier it falls in, if any."""
    tier = find_tier(scoring)
    if target.quantitative:
        got = actual_number(actual)
        if got is not None:
            return _quantitative(target, got, weight, scoring), tier
    if tier is not None:
        return tier.suggest / HUNDRED * weight, tier
    if actual.text and "".join(actual.text.split()) == "".join(target.text.split()):
        # The result repeats the target (及时 → 及时): the target was reached.
        top = max(scoring.tiers, key=lambda t: t.max, default=None)
        return weight, top
    return None, None


def x_suggest__mutmut_5(target: Measure, actual: Measure, weight: Decimal,
            scoring: Scoring) -> tuple[Decimal | None, Tier | None]:
    """The rule's (unrounded) score for one indicator, and the tier it falls in, if any."""
    tier = find_tier(actual.text, )
    if target.quantitative:
        got = actual_number(actual)
        if got is not None:
            return _quantitative(target, got, weight, scoring), tier
    if tier is not None:
        return tier.suggest / HUNDRED * weight, tier
    if actual.text and "".join(actual.text.split()) == "".join(target.text.split()):
        # The result repeats the target (及时 → 及时): the target was reached.
        top = max(scoring.tiers, key=lambda t: t.max, default=None)
        return weight, top
    return None, None


def x_suggest__mutmut_6(target: Measure, actual: Measure, weight: Decimal,
            scoring: Scoring) -> tuple[Decimal | None, Tier | None]:
    """The rule's (unrounded) score for one indicator, and the tier it falls in, if any."""
    tier = find_tier(actual.text, scoring)
    if target.quantitative:
        got = None
        if got is not None:
            return _quantitative(target, got, weight, scoring), tier
    if tier is not None:
        return tier.suggest / HUNDRED * weight, tier
    if actual.text and "".join(actual.text.split()) == "".join(target.text.split()):
        # The result repeats the target (及时 → 及时): the target was reached.
        top = max(scoring.tiers, key=lambda t: t.max, default=None)
        return weight, top
    return None, None


def x_suggest__mutmut_7(target: Measure, actual: Measure, weight: Decimal,
            scoring: Scoring) -> tuple[Decimal | None, Tier | None]:
    """The rule's (unrounded) score for one indicator, and the tier it falls in, if any."""
    tier = find_tier(actual.text, scoring)
    if target.quantitative:
        got = actual_number(None)
        if got is not None:
            return _quantitative(target, got, weight, scoring), tier
    if tier is not None:
        return tier.suggest / HUNDRED * weight, tier
    if actual.text and "".join(actual.text.split()) == "".join(target.text.split()):
        # The result repeats the target (及时 → 及时): the target was reached.
        top = max(scoring.tiers, key=lambda t: t.max, default=None)
        return weight, top
    return None, None


def x_suggest__mutmut_8(target: Measure, actual: Measure, weight: Decimal,
            scoring: Scoring) -> tuple[Decimal | None, Tier | None]:
    """The rule's (unrounded) score for one indicator, and the tier it falls in, if any."""
    tier = find_tier(actual.text, scoring)
    if target.quantitative:
        got = actual_number(actual)
        if got is None:
            return _quantitative(target, got, weight, scoring), tier
    if tier is not None:
        return tier.suggest / HUNDRED * weight, tier
    if actual.text and "".join(actual.text.split()) == "".join(target.text.split()):
        # The result repeats the target (及时 → 及时): the target was reached.
        top = max(scoring.tiers, key=lambda t: t.max, default=None)
        return weight, top
    return None, None


def x_suggest__mutmut_9(target: Measure, actual: Measure, weight: Decimal,
            scoring: Scoring) -> tuple[Decimal | None, Tier | None]:
    """The rule's (unrounded) score for one indicator, and the tier it falls in, if any."""
    tier = find_tier(actual.text, scoring)
    if target.quantitative:
        got = actual_number(actual)
        if got is not None:
            return _quantitative(None, got, weight, scoring), tier
    if tier is not None:
        return tier.suggest / HUNDRED * weight, tier
    if actual.text and "".join(actual.text.split()) == "".join(target.text.split()):
        # The result repeats the target (及时 → 及时): the target was reached.
        top = max(scoring.tiers, key=lambda t: t.max, default=None)
        return weight, top
    return None, None


def x_suggest__mutmut_10(target: Measure, actual: Measure, weight: Decimal,
            scoring: Scoring) -> tuple[Decimal | None, Tier | None]:
    """The rule's (unrounded) score for one indicator, and the tier it falls in, if any."""
    tier = find_tier(actual.text, scoring)
    if target.quantitative:
        got = actual_number(actual)
        if got is not None:
            return _quantitative(target, None, weight, scoring), tier
    if tier is not None:
        return tier.suggest / HUNDRED * weight, tier
    if actual.text and "".join(actual.text.split()) == "".join(target.text.split()):
        # The result repeats the target (及时 → 及时): the target was reached.
        top = max(scoring.tiers, key=lambda t: t.max, default=None)
        return weight, top
    return None, None


def x_suggest__mutmut_11(target: Measure, actual: Measure, weight: Decimal,
            scoring: Scoring) -> tuple[Decimal | None, Tier | None]:
    """The rule's (unrounded) score for one indicator, and the tier it falls in, if any."""
    tier = find_tier(actual.text, scoring)
    if target.quantitative:
        got = actual_number(actual)
        if got is not None:
            return _quantitative(target, got, None, scoring), tier
    if tier is not None:
        return tier.suggest / HUNDRED * weight, tier
    if actual.text and "".join(actual.text.split()) == "".join(target.text.split()):
        # The result repeats the target (及时 → 及时): the target was reached.
        top = max(scoring.tiers, key=lambda t: t.max, default=None)
        return weight, top
    return None, None


def x_suggest__mutmut_12(target: Measure, actual: Measure, weight: Decimal,
            scoring: Scoring) -> tuple[Decimal | None, Tier | None]:
    """The rule's (unrounded) score for one indicator, and the tier it falls in, if any."""
    tier = find_tier(actual.text, scoring)
    if target.quantitative:
        got = actual_number(actual)
        if got is not None:
            return _quantitative(target, got, weight, None), tier
    if tier is not None:
        return tier.suggest / HUNDRED * weight, tier
    if actual.text and "".join(actual.text.split()) == "".join(target.text.split()):
        # The result repeats the target (及时 → 及时): the target was reached.
        top = max(scoring.tiers, key=lambda t: t.max, default=None)
        return weight, top
    return None, None


def x_suggest__mutmut_13(target: Measure, actual: Measure, weight: Decimal,
            scoring: Scoring) -> tuple[Decimal | None, Tier | None]:
    """The rule's (unrounded) score for one indicator, and the tier it falls in, if any."""
    tier = find_tier(actual.text, scoring)
    if target.quantitative:
        got = actual_number(actual)
        if got is not None:
            return _quantitative(got, weight, scoring), tier
    if tier is not None:
        return tier.suggest / HUNDRED * weight, tier
    if actual.text and "".join(actual.text.split()) == "".join(target.text.split()):
        # The result repeats the target (及时 → 及时): the target was reached.
        top = max(scoring.tiers, key=lambda t: t.max, default=None)
        return weight, top
    return None, None


def x_suggest__mutmut_14(target: Measure, actual: Measure, weight: Decimal,
            scoring: Scoring) -> tuple[Decimal | None, Tier | None]:
    """The rule's (unrounded) score for one indicator, and the tier it falls in, if any."""
    tier = find_tier(actual.text, scoring)
    if target.quantitative:
        got = actual_number(actual)
        if got is not None:
            return _quantitative(target, weight, scoring), tier
    if tier is not None:
        return tier.suggest / HUNDRED * weight, tier
    if actual.text and "".join(actual.text.split()) == "".join(target.text.split()):
        # The result repeats the target (及时 → 及时): the target was reached.
        top = max(scoring.tiers, key=lambda t: t.max, default=None)
        return weight, top
    return None, None


def x_suggest__mutmut_15(target: Measure, actual: Measure, weight: Decimal,
            scoring: Scoring) -> tuple[Decimal | None, Tier | None]:
    """The rule's (unrounded) score for one indicator, and the tier it falls in, if any."""
    tier = find_tier(actual.text, scoring)
    if target.quantitative:
        got = actual_number(actual)
        if got is not None:
            return _quantitative(target, got, scoring), tier
    if tier is not None:
        return tier.suggest / HUNDRED * weight, tier
    if actual.text and "".join(actual.text.split()) == "".join(target.text.split()):
        # The result repeats the target (及时 → 及时): the target was reached.
        top = max(scoring.tiers, key=lambda t: t.max, default=None)
        return weight, top
    return None, None


def x_suggest__mutmut_16(target: Measure, actual: Measure, weight: Decimal,
            scoring: Scoring) -> tuple[Decimal | None, Tier | None]:
    """The rule's (unrounded) score for one indicator, and the tier it falls in, if any."""
    tier = find_tier(actual.text, scoring)
    if target.quantitative:
        got = actual_number(actual)
        if got is not None:
            return _quantitative(target, got, weight, ), tier
    if tier is not None:
        return tier.suggest / HUNDRED * weight, tier
    if actual.text and "".join(actual.text.split()) == "".join(target.text.split()):
        # The result repeats the target (及时 → 及时): the target was reached.
        top = max(scoring.tiers, key=lambda t: t.max, default=None)
        return weight, top
    return None, None


def x_suggest__mutmut_17(target: Measure, actual: Measure, weight: Decimal,
            scoring: Scoring) -> tuple[Decimal | None, Tier | None]:
    """The rule's (unrounded) score for one indicator, and the tier it falls in, if any."""
    tier = find_tier(actual.text, scoring)
    if target.quantitative:
        got = actual_number(actual)
        if got is not None:
            return _quantitative(target, got, weight, scoring), tier
    if tier is None:
        return tier.suggest / HUNDRED * weight, tier
    if actual.text and "".join(actual.text.split()) == "".join(target.text.split()):
        # The result repeats the target (及时 → 及时): the target was reached.
        top = max(scoring.tiers, key=lambda t: t.max, default=None)
        return weight, top
    return None, None


def x_suggest__mutmut_18(target: Measure, actual: Measure, weight: Decimal,
            scoring: Scoring) -> tuple[Decimal | None, Tier | None]:
    """The rule's (unrounded) score for one indicator, and the tier it falls in, if any."""
    tier = find_tier(actual.text, scoring)
    if target.quantitative:
        got = actual_number(actual)
        if got is not None:
            return _quantitative(target, got, weight, scoring), tier
    if tier is not None:
        return tier.suggest / HUNDRED / weight, tier
    if actual.text and "".join(actual.text.split()) == "".join(target.text.split()):
        # The result repeats the target (及时 → 及时): the target was reached.
        top = max(scoring.tiers, key=lambda t: t.max, default=None)
        return weight, top
    return None, None


def x_suggest__mutmut_19(target: Measure, actual: Measure, weight: Decimal,
            scoring: Scoring) -> tuple[Decimal | None, Tier | None]:
    """The rule's (unrounded) score for one indicator, and the tier it falls in, if any."""
    tier = find_tier(actual.text, scoring)
    if target.quantitative:
        got = actual_number(actual)
        if got is not None:
            return _quantitative(target, got, weight, scoring), tier
    if tier is not None:
        return tier.suggest * HUNDRED * weight, tier
    if actual.text and "".join(actual.text.split()) == "".join(target.text.split()):
        # The result repeats the target (及时 → 及时): the target was reached.
        top = max(scoring.tiers, key=lambda t: t.max, default=None)
        return weight, top
    return None, None


def x_suggest__mutmut_20(target: Measure, actual: Measure, weight: Decimal,
            scoring: Scoring) -> tuple[Decimal | None, Tier | None]:
    """The rule's (unrounded) score for one indicator, and the tier it falls in, if any."""
    tier = find_tier(actual.text, scoring)
    if target.quantitative:
        got = actual_number(actual)
        if got is not None:
            return _quantitative(target, got, weight, scoring), tier
    if tier is not None:
        return tier.suggest / HUNDRED * weight, tier
    if actual.text or "".join(actual.text.split()) == "".join(target.text.split()):
        # The result repeats the target (及时 → 及时): the target was reached.
        top = max(scoring.tiers, key=lambda t: t.max, default=None)
        return weight, top
    return None, None


def x_suggest__mutmut_21(target: Measure, actual: Measure, weight: Decimal,
            scoring: Scoring) -> tuple[Decimal | None, Tier | None]:
    """The rule's (unrounded) score for one indicator, and the tier it falls in, if any."""
    tier = find_tier(actual.text, scoring)
    if target.quantitative:
        got = actual_number(actual)
        if got is not None:
            return _quantitative(target, got, weight, scoring), tier
    if tier is not None:
        return tier.suggest / HUNDRED * weight, tier
    if actual.text and "".join(None) == "".join(target.text.split()):
        # The result repeats the target (及时 → 及时): the target was reached.
        top = max(scoring.tiers, key=lambda t: t.max, default=None)
        return weight, top
    return None, None


def x_suggest__mutmut_22(target: Measure, actual: Measure, weight: Decimal,
            scoring: Scoring) -> tuple[Decimal | None, Tier | None]:
    """The rule's (unrounded) score for one indicator, and the tier it falls in, if any."""
    tier = find_tier(actual.text, scoring)
    if target.quantitative:
        got = actual_number(actual)
        if got is not None:
            return _quantitative(target, got, weight, scoring), tier
    if tier is not None:
        return tier.suggest / HUNDRED * weight, tier
    if actual.text and "XXXX".join(actual.text.split()) == "".join(target.text.split()):
        # The result repeats the target (及时 → 及时): the target was reached.
        top = max(scoring.tiers, key=lambda t: t.max, default=None)
        return weight, top
    return None, None


def x_suggest__mutmut_23(target: Measure, actual: Measure, weight: Decimal,
            scoring: Scoring) -> tuple[Decimal | None, Tier | None]:
    """The rule's (unrounded) score for one indicator, and the tier it falls in, if any."""
    tier = find_tier(actual.text, scoring)
    if target.quantitative:
        got = actual_number(actual)
        if got is not None:
            return _quantitative(target, got, weight, scoring), tier
    if tier is not None:
        return tier.suggest / HUNDRED * weight, tier
    if actual.text and "".join(actual.text.split()) != "".join(target.text.split()):
        # The result repeats the target (及时 → 及时): the target was reached.
        top = max(scoring.tiers, key=lambda t: t.max, default=None)
        return weight, top
    return None, None


def x_suggest__mutmut_24(target: Measure, actual: Measure, weight: Decimal,
            scoring: Scoring) -> tuple[Decimal | None, Tier | None]:
    """The rule's (unrounded) score for one indicator, and the tier it falls in, if any."""
    tier = find_tier(actual.text, scoring)
    if target.quantitative:
        got = actual_number(actual)
        if got is not None:
            return _quantitative(target, got, weight, scoring), tier
    if tier is not None:
        return tier.suggest / HUNDRED * weight, tier
    if actual.text and "".join(actual.text.split()) == "".join(None):
        # The result repeats the target (及时 → 及时): the target was reached.
        top = max(scoring.tiers, key=lambda t: t.max, default=None)
        return weight, top
    return None, None


def x_suggest__mutmut_25(target: Measure, actual: Measure, weight: Decimal,
            scoring: Scoring) -> tuple[Decimal | None, Tier | None]:
    """The rule's (unrounded) score for one indicator, and the tier it falls in, if any."""
    tier = find_tier(actual.text, scoring)
    if target.quantitative:
        got = actual_number(actual)
        if got is not None:
            return _quantitative(target, got, weight, scoring), tier
    if tier is not None:
        return tier.suggest / HUNDRED * weight, tier
    if actual.text and "".join(actual.text.split()) == "XXXX".join(target.text.split()):
        # The result repeats the target (及时 → 及时): the target was reached.
        top = max(scoring.tiers, key=lambda t: t.max, default=None)
        return weight, top
    return None, None


def x_suggest__mutmut_26(target: Measure, actual: Measure, weight: Decimal,
            scoring: Scoring) -> tuple[Decimal | None, Tier | None]:
    """The rule's (unrounded) score for one indicator, and the tier it falls in, if any."""
    tier = find_tier(actual.text, scoring)
    if target.quantitative:
        got = actual_number(actual)
        if got is not None:
            return _quantitative(target, got, weight, scoring), tier
    if tier is not None:
        return tier.suggest / HUNDRED * weight, tier
    if actual.text and "".join(actual.text.split()) == "".join(target.text.split()):
        # The result repeats the target (及时 → 及时): the target was reached.
        top = None
        return weight, top
    return None, None


def x_suggest__mutmut_27(target: Measure, actual: Measure, weight: Decimal,
            scoring: Scoring) -> tuple[Decimal | None, Tier | None]:
    """The rule's (unrounded) score for one indicator, and the tier it falls in, if any."""
    tier = find_tier(actual.text, scoring)
    if target.quantitative:
        got = actual_number(actual)
        if got is not None:
            return _quantitative(target, got, weight, scoring), tier
    if tier is not None:
        return tier.suggest / HUNDRED * weight, tier
    if actual.text and "".join(actual.text.split()) == "".join(target.text.split()):
        # The result repeats the target (及时 → 及时): the target was reached.
        top = max(None, key=lambda t: t.max, default=None)
        return weight, top
    return None, None


def x_suggest__mutmut_28(target: Measure, actual: Measure, weight: Decimal,
            scoring: Scoring) -> tuple[Decimal | None, Tier | None]:
    """The rule's (unrounded) score for one indicator, and the tier it falls in, if any."""
    tier = find_tier(actual.text, scoring)
    if target.quantitative:
        got = actual_number(actual)
        if got is not None:
            return _quantitative(target, got, weight, scoring), tier
    if tier is not None:
        return tier.suggest / HUNDRED * weight, tier
    if actual.text and "".join(actual.text.split()) == "".join(target.text.split()):
        # The result repeats the target (及时 → 及时): the target was reached.
        top = max(scoring.tiers, key=None, default=None)
        return weight, top
    return None, None


def x_suggest__mutmut_29(target: Measure, actual: Measure, weight: Decimal,
            scoring: Scoring) -> tuple[Decimal | None, Tier | None]:
    """The rule's (unrounded) score for one indicator, and the tier it falls in, if any."""
    tier = find_tier(actual.text, scoring)
    if target.quantitative:
        got = actual_number(actual)
        if got is not None:
            return _quantitative(target, got, weight, scoring), tier
    if tier is not None:
        return tier.suggest / HUNDRED * weight, tier
    if actual.text and "".join(actual.text.split()) == "".join(target.text.split()):
        # The result repeats the target (及时 → 及时): the target was reached.
        top = max(key=lambda t: t.max, default=None)
        return weight, top
    return None, None


def x_suggest__mutmut_30(target: Measure, actual: Measure, weight: Decimal,
            scoring: Scoring) -> tuple[Decimal | None, Tier | None]:
    """The rule's (unrounded) score for one indicator, and the tier it falls in, if any."""
    tier = find_tier(actual.text, scoring)
    if target.quantitative:
        got = actual_number(actual)
        if got is not None:
            return _quantitative(target, got, weight, scoring), tier
    if tier is not None:
        return tier.suggest / HUNDRED * weight, tier
    if actual.text and "".join(actual.text.split()) == "".join(target.text.split()):
        # The result repeats the target (及时 → 及时): the target was reached.
        top = max(scoring.tiers, default=None)
        return weight, top
    return None, None


def x_suggest__mutmut_31(target: Measure, actual: Measure, weight: Decimal,
            scoring: Scoring) -> tuple[Decimal | None, Tier | None]:
    """The rule's (unrounded) score for one indicator, and the tier it falls in, if any."""
    tier = find_tier(actual.text, scoring)
    if target.quantitative:
        got = actual_number(actual)
        if got is not None:
            return _quantitative(target, got, weight, scoring), tier
    if tier is not None:
        return tier.suggest / HUNDRED * weight, tier
    if actual.text and "".join(actual.text.split()) == "".join(target.text.split()):
        # The result repeats the target (及时 → 及时): the target was reached.
        top = max(scoring.tiers, key=lambda t: t.max, )
        return weight, top
    return None, None


def x_suggest__mutmut_32(target: Measure, actual: Measure, weight: Decimal,
            scoring: Scoring) -> tuple[Decimal | None, Tier | None]:
    """The rule's (unrounded) score for one indicator, and the tier it falls in, if any."""
    tier = find_tier(actual.text, scoring)
    if target.quantitative:
        got = actual_number(actual)
        if got is not None:
            return _quantitative(target, got, weight, scoring), tier
    if tier is not None:
        return tier.suggest / HUNDRED * weight, tier
    if actual.text and "".join(actual.text.split()) == "".join(target.text.split()):
        # The result repeats the target (及时 → 及时): the target was reached.
        top = max(scoring.tiers, key=lambda t: None, default=None)
        return weight, top
    return None, None

mutants_x_suggest__mutmut['_mutmut_orig'] = x_suggest__mutmut_orig # type: ignore # mutmut generated
mutants_x_suggest__mutmut['x_suggest__mutmut_1'] = x_suggest__mutmut_1 # type: ignore # mutmut generated
mutants_x_suggest__mutmut['x_suggest__mutmut_2'] = x_suggest__mutmut_2 # type: ignore # mutmut generated
mutants_x_suggest__mutmut['x_suggest__mutmut_3'] = x_suggest__mutmut_3 # type: ignore # mutmut generated
mutants_x_suggest__mutmut['x_suggest__mutmut_4'] = x_suggest__mutmut_4 # type: ignore # mutmut generated
mutants_x_suggest__mutmut['x_suggest__mutmut_5'] = x_suggest__mutmut_5 # type: ignore # mutmut generated
mutants_x_suggest__mutmut['x_suggest__mutmut_6'] = x_suggest__mutmut_6 # type: ignore # mutmut generated
mutants_x_suggest__mutmut['x_suggest__mutmut_7'] = x_suggest__mutmut_7 # type: ignore # mutmut generated
mutants_x_suggest__mutmut['x_suggest__mutmut_8'] = x_suggest__mutmut_8 # type: ignore # mutmut generated
mutants_x_suggest__mutmut['x_suggest__mutmut_9'] = x_suggest__mutmut_9 # type: ignore # mutmut generated
mutants_x_suggest__mutmut['x_suggest__mutmut_10'] = x_suggest__mutmut_10 # type: ignore # mutmut generated
mutants_x_suggest__mutmut['x_suggest__mutmut_11'] = x_suggest__mutmut_11 # type: ignore # mutmut generated
mutants_x_suggest__mutmut['x_suggest__mutmut_12'] = x_suggest__mutmut_12 # type: ignore # mutmut generated
mutants_x_suggest__mutmut['x_suggest__mutmut_13'] = x_suggest__mutmut_13 # type: ignore # mutmut generated
mutants_x_suggest__mutmut['x_suggest__mutmut_14'] = x_suggest__mutmut_14 # type: ignore # mutmut generated
mutants_x_suggest__mutmut['x_suggest__mutmut_15'] = x_suggest__mutmut_15 # type: ignore # mutmut generated
mutants_x_suggest__mutmut['x_suggest__mutmut_16'] = x_suggest__mutmut_16 # type: ignore # mutmut generated
mutants_x_suggest__mutmut['x_suggest__mutmut_17'] = x_suggest__mutmut_17 # type: ignore # mutmut generated
mutants_x_suggest__mutmut['x_suggest__mutmut_18'] = x_suggest__mutmut_18 # type: ignore # mutmut generated
mutants_x_suggest__mutmut['x_suggest__mutmut_19'] = x_suggest__mutmut_19 # type: ignore # mutmut generated
mutants_x_suggest__mutmut['x_suggest__mutmut_20'] = x_suggest__mutmut_20 # type: ignore # mutmut generated
mutants_x_suggest__mutmut['x_suggest__mutmut_21'] = x_suggest__mutmut_21 # type: ignore # mutmut generated
mutants_x_suggest__mutmut['x_suggest__mutmut_22'] = x_suggest__mutmut_22 # type: ignore # mutmut generated
mutants_x_suggest__mutmut['x_suggest__mutmut_23'] = x_suggest__mutmut_23 # type: ignore # mutmut generated
mutants_x_suggest__mutmut['x_suggest__mutmut_24'] = x_suggest__mutmut_24 # type: ignore # mutmut generated
mutants_x_suggest__mutmut['x_suggest__mutmut_25'] = x_suggest__mutmut_25 # type: ignore # mutmut generated
mutants_x_suggest__mutmut['x_suggest__mutmut_26'] = x_suggest__mutmut_26 # type: ignore # mutmut generated
mutants_x_suggest__mutmut['x_suggest__mutmut_27'] = x_suggest__mutmut_27 # type: ignore # mutmut generated
mutants_x_suggest__mutmut['x_suggest__mutmut_28'] = x_suggest__mutmut_28 # type: ignore # mutmut generated
mutants_x_suggest__mutmut['x_suggest__mutmut_29'] = x_suggest__mutmut_29 # type: ignore # mutmut generated
mutants_x_suggest__mutmut['x_suggest__mutmut_30'] = x_suggest__mutmut_30 # type: ignore # mutmut generated
mutants_x_suggest__mutmut['x_suggest__mutmut_31'] = x_suggest__mutmut_31 # type: ignore # mutmut generated
mutants_x_suggest__mutmut['x_suggest__mutmut_32'] = x_suggest__mutmut_32 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__quantitative__mutmut)
def _quantitative(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
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


def x__quantitative__mutmut_orig(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
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


def x__quantitative__mutmut_1(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is None
    if target.met_by(got):
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


def x__quantitative__mutmut_2(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(None):
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


def x__quantitative__mutmut_3(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
        return weight
    goal = None
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


def x__quantitative__mutmut_4(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
        return weight
    goal = target.value
    if target.reverse:
        if scoring.reverse_rule != "deviation":
            if goal == 0 or got >= 2 * goal:
                return ZERO
            return max(ZERO, (1 - (got - goal) / goal) * weight)
        if goal == 0 or got == 0:
            return ZERO
        return min(weight, goal / got * weight)
    if goal <= 0:
        return ZERO
    return max(ZERO, min(weight, got / goal * weight))


def x__quantitative__mutmut_5(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
        return weight
    goal = target.value
    if target.reverse:
        if scoring.reverse_rule == "XXdeviationXX":
            if goal == 0 or got >= 2 * goal:
                return ZERO
            return max(ZERO, (1 - (got - goal) / goal) * weight)
        if goal == 0 or got == 0:
            return ZERO
        return min(weight, goal / got * weight)
    if goal <= 0:
        return ZERO
    return max(ZERO, min(weight, got / goal * weight))


def x__quantitative__mutmut_6(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
        return weight
    goal = target.value
    if target.reverse:
        if scoring.reverse_rule == "DEVIATION":
            if goal == 0 or got >= 2 * goal:
                return ZERO
            return max(ZERO, (1 - (got - goal) / goal) * weight)
        if goal == 0 or got == 0:
            return ZERO
        return min(weight, goal / got * weight)
    if goal <= 0:
        return ZERO
    return max(ZERO, min(weight, got / goal * weight))


def x__quantitative__mutmut_7(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
        return weight
    goal = target.value
    if target.reverse:
        if scoring.reverse_rule == "deviation":
            if goal == 0 and got >= 2 * goal:
                return ZERO
            return max(ZERO, (1 - (got - goal) / goal) * weight)
        if goal == 0 or got == 0:
            return ZERO
        return min(weight, goal / got * weight)
    if goal <= 0:
        return ZERO
    return max(ZERO, min(weight, got / goal * weight))


def x__quantitative__mutmut_8(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
        return weight
    goal = target.value
    if target.reverse:
        if scoring.reverse_rule == "deviation":
            if goal != 0 or got >= 2 * goal:
                return ZERO
            return max(ZERO, (1 - (got - goal) / goal) * weight)
        if goal == 0 or got == 0:
            return ZERO
        return min(weight, goal / got * weight)
    if goal <= 0:
        return ZERO
    return max(ZERO, min(weight, got / goal * weight))


def x__quantitative__mutmut_9(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
        return weight
    goal = target.value
    if target.reverse:
        if scoring.reverse_rule == "deviation":
            if goal == 1 or got >= 2 * goal:
                return ZERO
            return max(ZERO, (1 - (got - goal) / goal) * weight)
        if goal == 0 or got == 0:
            return ZERO
        return min(weight, goal / got * weight)
    if goal <= 0:
        return ZERO
    return max(ZERO, min(weight, got / goal * weight))


def x__quantitative__mutmut_10(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
        return weight
    goal = target.value
    if target.reverse:
        if scoring.reverse_rule == "deviation":
            if goal == 0 or got > 2 * goal:
                return ZERO
            return max(ZERO, (1 - (got - goal) / goal) * weight)
        if goal == 0 or got == 0:
            return ZERO
        return min(weight, goal / got * weight)
    if goal <= 0:
        return ZERO
    return max(ZERO, min(weight, got / goal * weight))


def x__quantitative__mutmut_11(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
        return weight
    goal = target.value
    if target.reverse:
        if scoring.reverse_rule == "deviation":
            if goal == 0 or got >= 2 / goal:
                return ZERO
            return max(ZERO, (1 - (got - goal) / goal) * weight)
        if goal == 0 or got == 0:
            return ZERO
        return min(weight, goal / got * weight)
    if goal <= 0:
        return ZERO
    return max(ZERO, min(weight, got / goal * weight))


def x__quantitative__mutmut_12(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
        return weight
    goal = target.value
    if target.reverse:
        if scoring.reverse_rule == "deviation":
            if goal == 0 or got >= 3 * goal:
                return ZERO
            return max(ZERO, (1 - (got - goal) / goal) * weight)
        if goal == 0 or got == 0:
            return ZERO
        return min(weight, goal / got * weight)
    if goal <= 0:
        return ZERO
    return max(ZERO, min(weight, got / goal * weight))


def x__quantitative__mutmut_13(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
        return weight
    goal = target.value
    if target.reverse:
        if scoring.reverse_rule == "deviation":
            if goal == 0 or got >= 2 * goal:
                return ZERO
            return max(None, (1 - (got - goal) / goal) * weight)
        if goal == 0 or got == 0:
            return ZERO
        return min(weight, goal / got * weight)
    if goal <= 0:
        return ZERO
    return max(ZERO, min(weight, got / goal * weight))


def x__quantitative__mutmut_14(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
        return weight
    goal = target.value
    if target.reverse:
        if scoring.reverse_rule == "deviation":
            if goal == 0 or got >= 2 * goal:
                return ZERO
            return max(ZERO, None)
        if goal == 0 or got == 0:
            return ZERO
        return min(weight, goal / got * weight)
    if goal <= 0:
        return ZERO
    return max(ZERO, min(weight, got / goal * weight))


def x__quantitative__mutmut_15(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
        return weight
    goal = target.value
    if target.reverse:
        if scoring.reverse_rule == "deviation":
            if goal == 0 or got >= 2 * goal:
                return ZERO
            return max((1 - (got - goal) / goal) * weight)
        if goal == 0 or got == 0:
            return ZERO
        return min(weight, goal / got * weight)
    if goal <= 0:
        return ZERO
    return max(ZERO, min(weight, got / goal * weight))


def x__quantitative__mutmut_16(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
        return weight
    goal = target.value
    if target.reverse:
        if scoring.reverse_rule == "deviation":
            if goal == 0 or got >= 2 * goal:
                return ZERO
            return max(ZERO, )
        if goal == 0 or got == 0:
            return ZERO
        return min(weight, goal / got * weight)
    if goal <= 0:
        return ZERO
    return max(ZERO, min(weight, got / goal * weight))


def x__quantitative__mutmut_17(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
        return weight
    goal = target.value
    if target.reverse:
        if scoring.reverse_rule == "deviation":
            if goal == 0 or got >= 2 * goal:
                return ZERO
            return max(ZERO, (1 - (got - goal) / goal) / weight)
        if goal == 0 or got == 0:
            return ZERO
        return min(weight, goal / got * weight)
    if goal <= 0:
        return ZERO
    return max(ZERO, min(weight, got / goal * weight))


def x__quantitative__mutmut_18(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
        return weight
    goal = target.value
    if target.reverse:
        if scoring.reverse_rule == "deviation":
            if goal == 0 or got >= 2 * goal:
                return ZERO
            return max(ZERO, (1 + (got - goal) / goal) * weight)
        if goal == 0 or got == 0:
            return ZERO
        return min(weight, goal / got * weight)
    if goal <= 0:
        return ZERO
    return max(ZERO, min(weight, got / goal * weight))


def x__quantitative__mutmut_19(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
        return weight
    goal = target.value
    if target.reverse:
        if scoring.reverse_rule == "deviation":
            if goal == 0 or got >= 2 * goal:
                return ZERO
            return max(ZERO, (2 - (got - goal) / goal) * weight)
        if goal == 0 or got == 0:
            return ZERO
        return min(weight, goal / got * weight)
    if goal <= 0:
        return ZERO
    return max(ZERO, min(weight, got / goal * weight))


def x__quantitative__mutmut_20(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
        return weight
    goal = target.value
    if target.reverse:
        if scoring.reverse_rule == "deviation":
            if goal == 0 or got >= 2 * goal:
                return ZERO
            return max(ZERO, (1 - (got - goal) * goal) * weight)
        if goal == 0 or got == 0:
            return ZERO
        return min(weight, goal / got * weight)
    if goal <= 0:
        return ZERO
    return max(ZERO, min(weight, got / goal * weight))


def x__quantitative__mutmut_21(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
        return weight
    goal = target.value
    if target.reverse:
        if scoring.reverse_rule == "deviation":
            if goal == 0 or got >= 2 * goal:
                return ZERO
            return max(ZERO, (1 - (got + goal) / goal) * weight)
        if goal == 0 or got == 0:
            return ZERO
        return min(weight, goal / got * weight)
    if goal <= 0:
        return ZERO
    return max(ZERO, min(weight, got / goal * weight))


def x__quantitative__mutmut_22(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
        return weight
    goal = target.value
    if target.reverse:
        if scoring.reverse_rule == "deviation":
            if goal == 0 or got >= 2 * goal:
                return ZERO
            return max(ZERO, (1 - (got - goal) / goal) * weight)
        if goal == 0 and got == 0:
            return ZERO
        return min(weight, goal / got * weight)
    if goal <= 0:
        return ZERO
    return max(ZERO, min(weight, got / goal * weight))


def x__quantitative__mutmut_23(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
        return weight
    goal = target.value
    if target.reverse:
        if scoring.reverse_rule == "deviation":
            if goal == 0 or got >= 2 * goal:
                return ZERO
            return max(ZERO, (1 - (got - goal) / goal) * weight)
        if goal != 0 or got == 0:
            return ZERO
        return min(weight, goal / got * weight)
    if goal <= 0:
        return ZERO
    return max(ZERO, min(weight, got / goal * weight))


def x__quantitative__mutmut_24(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
        return weight
    goal = target.value
    if target.reverse:
        if scoring.reverse_rule == "deviation":
            if goal == 0 or got >= 2 * goal:
                return ZERO
            return max(ZERO, (1 - (got - goal) / goal) * weight)
        if goal == 1 or got == 0:
            return ZERO
        return min(weight, goal / got * weight)
    if goal <= 0:
        return ZERO
    return max(ZERO, min(weight, got / goal * weight))


def x__quantitative__mutmut_25(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
        return weight
    goal = target.value
    if target.reverse:
        if scoring.reverse_rule == "deviation":
            if goal == 0 or got >= 2 * goal:
                return ZERO
            return max(ZERO, (1 - (got - goal) / goal) * weight)
        if goal == 0 or got != 0:
            return ZERO
        return min(weight, goal / got * weight)
    if goal <= 0:
        return ZERO
    return max(ZERO, min(weight, got / goal * weight))


def x__quantitative__mutmut_26(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
        return weight
    goal = target.value
    if target.reverse:
        if scoring.reverse_rule == "deviation":
            if goal == 0 or got >= 2 * goal:
                return ZERO
            return max(ZERO, (1 - (got - goal) / goal) * weight)
        if goal == 0 or got == 1:
            return ZERO
        return min(weight, goal / got * weight)
    if goal <= 0:
        return ZERO
    return max(ZERO, min(weight, got / goal * weight))


def x__quantitative__mutmut_27(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
        return weight
    goal = target.value
    if target.reverse:
        if scoring.reverse_rule == "deviation":
            if goal == 0 or got >= 2 * goal:
                return ZERO
            return max(ZERO, (1 - (got - goal) / goal) * weight)
        if goal == 0 or got == 0:
            return ZERO
        return min(None, goal / got * weight)
    if goal <= 0:
        return ZERO
    return max(ZERO, min(weight, got / goal * weight))


def x__quantitative__mutmut_28(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
        return weight
    goal = target.value
    if target.reverse:
        if scoring.reverse_rule == "deviation":
            if goal == 0 or got >= 2 * goal:
                return ZERO
            return max(ZERO, (1 - (got - goal) / goal) * weight)
        if goal == 0 or got == 0:
            return ZERO
        return min(weight, None)
    if goal <= 0:
        return ZERO
    return max(ZERO, min(weight, got / goal * weight))


def x__quantitative__mutmut_29(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
        return weight
    goal = target.value
    if target.reverse:
        if scoring.reverse_rule == "deviation":
            if goal == 0 or got >= 2 * goal:
                return ZERO
            return max(ZERO, (1 - (got - goal) / goal) * weight)
        if goal == 0 or got == 0:
            return ZERO
        return min(goal / got * weight)
    if goal <= 0:
        return ZERO
    return max(ZERO, min(weight, got / goal * weight))


def x__quantitative__mutmut_30(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
        return weight
    goal = target.value
    if target.reverse:
        if scoring.reverse_rule == "deviation":
            if goal == 0 or got >= 2 * goal:
                return ZERO
            return max(ZERO, (1 - (got - goal) / goal) * weight)
        if goal == 0 or got == 0:
            return ZERO
        return min(weight, )
    if goal <= 0:
        return ZERO
    return max(ZERO, min(weight, got / goal * weight))


def x__quantitative__mutmut_31(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
        return weight
    goal = target.value
    if target.reverse:
        if scoring.reverse_rule == "deviation":
            if goal == 0 or got >= 2 * goal:
                return ZERO
            return max(ZERO, (1 - (got - goal) / goal) * weight)
        if goal == 0 or got == 0:
            return ZERO
        return min(weight, goal / got / weight)
    if goal <= 0:
        return ZERO
    return max(ZERO, min(weight, got / goal * weight))


def x__quantitative__mutmut_32(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
        return weight
    goal = target.value
    if target.reverse:
        if scoring.reverse_rule == "deviation":
            if goal == 0 or got >= 2 * goal:
                return ZERO
            return max(ZERO, (1 - (got - goal) / goal) * weight)
        if goal == 0 or got == 0:
            return ZERO
        return min(weight, goal * got * weight)
    if goal <= 0:
        return ZERO
    return max(ZERO, min(weight, got / goal * weight))


def x__quantitative__mutmut_33(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
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
    if goal < 0:
        return ZERO
    return max(ZERO, min(weight, got / goal * weight))


def x__quantitative__mutmut_34(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
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
    if goal <= 1:
        return ZERO
    return max(ZERO, min(weight, got / goal * weight))


def x__quantitative__mutmut_35(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
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
    return max(None, min(weight, got / goal * weight))


def x__quantitative__mutmut_36(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
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
    return max(ZERO, None)


def x__quantitative__mutmut_37(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
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
    return max(min(weight, got / goal * weight))


def x__quantitative__mutmut_38(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
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
    return max(ZERO, )


def x__quantitative__mutmut_39(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
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
    return max(ZERO, min(None, got / goal * weight))


def x__quantitative__mutmut_40(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
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
    return max(ZERO, min(weight, None))


def x__quantitative__mutmut_41(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
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
    return max(ZERO, min(got / goal * weight))


def x__quantitative__mutmut_42(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
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
    return max(ZERO, min(weight, ))


def x__quantitative__mutmut_43(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
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
    return max(ZERO, min(weight, got / goal / weight))


def x__quantitative__mutmut_44(target: Measure, got: Decimal, weight: Decimal, scoring: Scoring) -> Decimal:
    assert target.value is not None
    if target.met_by(got):
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
    return max(ZERO, min(weight, got * goal * weight))

mutants_x__quantitative__mutmut['_mutmut_orig'] = x__quantitative__mutmut_orig # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_1'] = x__quantitative__mutmut_1 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_2'] = x__quantitative__mutmut_2 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_3'] = x__quantitative__mutmut_3 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_4'] = x__quantitative__mutmut_4 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_5'] = x__quantitative__mutmut_5 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_6'] = x__quantitative__mutmut_6 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_7'] = x__quantitative__mutmut_7 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_8'] = x__quantitative__mutmut_8 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_9'] = x__quantitative__mutmut_9 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_10'] = x__quantitative__mutmut_10 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_11'] = x__quantitative__mutmut_11 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_12'] = x__quantitative__mutmut_12 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_13'] = x__quantitative__mutmut_13 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_14'] = x__quantitative__mutmut_14 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_15'] = x__quantitative__mutmut_15 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_16'] = x__quantitative__mutmut_16 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_17'] = x__quantitative__mutmut_17 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_18'] = x__quantitative__mutmut_18 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_19'] = x__quantitative__mutmut_19 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_20'] = x__quantitative__mutmut_20 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_21'] = x__quantitative__mutmut_21 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_22'] = x__quantitative__mutmut_22 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_23'] = x__quantitative__mutmut_23 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_24'] = x__quantitative__mutmut_24 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_25'] = x__quantitative__mutmut_25 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_26'] = x__quantitative__mutmut_26 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_27'] = x__quantitative__mutmut_27 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_28'] = x__quantitative__mutmut_28 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_29'] = x__quantitative__mutmut_29 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_30'] = x__quantitative__mutmut_30 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_31'] = x__quantitative__mutmut_31 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_32'] = x__quantitative__mutmut_32 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_33'] = x__quantitative__mutmut_33 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_34'] = x__quantitative__mutmut_34 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_35'] = x__quantitative__mutmut_35 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_36'] = x__quantitative__mutmut_36 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_37'] = x__quantitative__mutmut_37 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_38'] = x__quantitative__mutmut_38 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_39'] = x__quantitative__mutmut_39 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_40'] = x__quantitative__mutmut_40 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_41'] = x__quantitative__mutmut_41 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_42'] = x__quantitative__mutmut_42 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_43'] = x__quantitative__mutmut_43 # type: ignore # mutmut generated
mutants_x__quantitative__mutmut['x__quantitative__mutmut_44'] = x__quantitative__mutmut_44 # type: ignore # mutmut generated
mutants_x_total_and_grade__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_total_and_grade__mutmut)
def total_and_grade(exec_score: Decimal | None, results: Sequence[IndicatorResult],
                    form: FormLayout) -> tuple[Decimal | None, str]:
    """总分 = 执行率得分 + Σ 得分, rounded by the layout, and its 评分等级; (None, "") while
    a score is missing."""
    if exec_score is None or any(r.score is None for r in results):
        return None, ""
    raw_total = exec_score + sum((r.score for r in results if r.score is not None), ZERO)
    total = form.rounding.total.rounding()(raw_total)
    return total, form.scoring.grade(total)


def x_total_and_grade__mutmut_orig(exec_score: Decimal | None, results: Sequence[IndicatorResult],
                    form: FormLayout) -> tuple[Decimal | None, str]:
    """总分 = 执行率得分 + Σ 得分, rounded by the layout, and its 评分等级; (None, "") while
    a score is missing."""
    if exec_score is None or any(r.score is None for r in results):
        return None, ""
    raw_total = exec_score + sum((r.score for r in results if r.score is not None), ZERO)
    total = form.rounding.total.rounding()(raw_total)
    return total, form.scoring.grade(total)


def x_total_and_grade__mutmut_1(exec_score: Decimal | None, results: Sequence[IndicatorResult],
                    form: FormLayout) -> tuple[Decimal | None, str]:
    """总分 = 执行率得分 + Σ 得分, rounded by the layout, and its 评分等级; (None, "") while
    a score is missing."""
    if exec_score is None and any(r.score is None for r in results):
        return None, ""
    raw_total = exec_score + sum((r.score for r in results if r.score is not None), ZERO)
    total = form.rounding.total.rounding()(raw_total)
    return total, form.scoring.grade(total)


def x_total_and_grade__mutmut_2(exec_score: Decimal | None, results: Sequence[IndicatorResult],
                    form: FormLayout) -> tuple[Decimal | None, str]:
    """总分 = 执行率得分 + Σ 得分, rounded by the layout, and its 评分等级; (None, "") while
    a score is missing."""
    if exec_score is not None or any(r.score is None for r in results):
        return None, ""
    raw_total = exec_score + sum((r.score for r in results if r.score is not None), ZERO)
    total = form.rounding.total.rounding()(raw_total)
    return total, form.scoring.grade(total)


def x_total_and_grade__mutmut_3(exec_score: Decimal | None, results: Sequence[IndicatorResult],
                    form: FormLayout) -> tuple[Decimal | None, str]:
    """总分 = 执行率得分 + Σ 得分, rounded by the layout, and its 评分等级; (None, "") while
    a score is missing."""
    if exec_score is None or any(None):
        return None, ""
    raw_total = exec_score + sum((r.score for r in results if r.score is not None), ZERO)
    total = form.rounding.total.rounding()(raw_total)
    return total, form.scoring.grade(total)


def x_total_and_grade__mutmut_4(exec_score: Decimal | None, results: Sequence[IndicatorResult],
                    form: FormLayout) -> tuple[Decimal | None, str]:
    """总分 = 执行率得分 + Σ 得分, rounded by the layout, and its 评分等级; (None, "") while
    a score is missing."""
    if exec_score is None or any(r.score is not None for r in results):
        return None, ""
    raw_total = exec_score + sum((r.score for r in results if r.score is not None), ZERO)
    total = form.rounding.total.rounding()(raw_total)
    return total, form.scoring.grade(total)


def x_total_and_grade__mutmut_5(exec_score: Decimal | None, results: Sequence[IndicatorResult],
                    form: FormLayout) -> tuple[Decimal | None, str]:
    """总分 = 执行率得分 + Σ 得分, rounded by the layout, and its 评分等级; (None, "") while
    a score is missing."""
    if exec_score is None or any(r.score is None for r in results):
        return None, "XXXX"
    raw_total = exec_score + sum((r.score for r in results if r.score is not None), ZERO)
    total = form.rounding.total.rounding()(raw_total)
    return total, form.scoring.grade(total)


def x_total_and_grade__mutmut_6(exec_score: Decimal | None, results: Sequence[IndicatorResult],
                    form: FormLayout) -> tuple[Decimal | None, str]:
    """总分 = 执行率得分 + Σ 得分, rounded by the layout, and its 评分等级; (None, "") while
    a score is missing."""
    if exec_score is None or any(r.score is None for r in results):
        return None, ""
    raw_total = None
    total = form.rounding.total.rounding()(raw_total)
    return total, form.scoring.grade(total)


def x_total_and_grade__mutmut_7(exec_score: Decimal | None, results: Sequence[IndicatorResult],
                    form: FormLayout) -> tuple[Decimal | None, str]:
    """总分 = 执行率得分 + Σ 得分, rounded by the layout, and its 评分等级; (None, "") while
    a score is missing."""
    if exec_score is None or any(r.score is None for r in results):
        return None, ""
    raw_total = exec_score - sum((r.score for r in results if r.score is not None), ZERO)
    total = form.rounding.total.rounding()(raw_total)
    return total, form.scoring.grade(total)


def x_total_and_grade__mutmut_8(exec_score: Decimal | None, results: Sequence[IndicatorResult],
                    form: FormLayout) -> tuple[Decimal | None, str]:
    """总分 = 执行率得分 + Σ 得分, rounded by the layout, and its 评分等级; (None, "") while
    a score is missing."""
    if exec_score is None or any(r.score is None for r in results):
        return None, ""
    raw_total = exec_score + sum(None, ZERO)
    total = form.rounding.total.rounding()(raw_total)
    return total, form.scoring.grade(total)


def x_total_and_grade__mutmut_9(exec_score: Decimal | None, results: Sequence[IndicatorResult],
                    form: FormLayout) -> tuple[Decimal | None, str]:
    """总分 = 执行率得分 + Σ 得分, rounded by the layout, and its 评分等级; (None, "") while
    a score is missing."""
    if exec_score is None or any(r.score is None for r in results):
        return None, ""
    raw_total = exec_score + sum((r.score for r in results if r.score is not None), None)
    total = form.rounding.total.rounding()(raw_total)
    return total, form.scoring.grade(total)


def x_total_and_grade__mutmut_10(exec_score: Decimal | None, results: Sequence[IndicatorResult],
                    form: FormLayout) -> tuple[Decimal | None, str]:
    """总分 = 执行率得分 + Σ 得分, rounded by the layout, and its 评分等级; (None, "") while
    a score is missing."""
    if exec_score is None or any(r.score is None for r in results):
        return None, ""
    raw_total = exec_score + sum(ZERO)
    total = form.rounding.total.rounding()(raw_total)
    return total, form.scoring.grade(total)


def x_total_and_grade__mutmut_11(exec_score: Decimal | None, results: Sequence[IndicatorResult],
                    form: FormLayout) -> tuple[Decimal | None, str]:
    """总分 = 执行率得分 + Σ 得分, rounded by the layout, and its 评分等级; (None, "") while
    a score is missing."""
    if exec_score is None or any(r.score is None for r in results):
        return None, ""
    raw_total = exec_score + sum((r.score for r in results if r.score is not None), )
    total = form.rounding.total.rounding()(raw_total)
    return total, form.scoring.grade(total)


def x_total_and_grade__mutmut_12(exec_score: Decimal | None, results: Sequence[IndicatorResult],
                    form: FormLayout) -> tuple[Decimal | None, str]:
    """总分 = 执行率得分 + Σ 得分, rounded by the layout, and its 评分等级; (None, "") while
    a score is missing."""
    if exec_score is None or any(r.score is None for r in results):
        return None, ""
    raw_total = exec_score + sum((r.score for r in results if r.score is None), ZERO)
    total = form.rounding.total.rounding()(raw_total)
    return total, form.scoring.grade(total)


def x_total_and_grade__mutmut_13(exec_score: Decimal | None, results: Sequence[IndicatorResult],
                    form: FormLayout) -> tuple[Decimal | None, str]:
    """总分 = 执行率得分 + Σ 得分, rounded by the layout, and its 评分等级; (None, "") while
    a score is missing."""
    if exec_score is None or any(r.score is None for r in results):
        return None, ""
    raw_total = exec_score + sum((r.score for r in results if r.score is not None), ZERO)
    total = None
    return total, form.scoring.grade(total)


def x_total_and_grade__mutmut_14(exec_score: Decimal | None, results: Sequence[IndicatorResult],
                    form: FormLayout) -> tuple[Decimal | None, str]:
    """总分 = 执行率得分 + Σ 得分, rounded by the layout, and its 评分等级; (None, "") while
    a score is missing."""
    if exec_score is None or any(r.score is None for r in results):
        return None, ""
    raw_total = exec_score + sum((r.score for r in results if r.score is not None), ZERO)
    total = form.rounding.total.rounding()(None)
    return total, form.scoring.grade(total)


def x_total_and_grade__mutmut_15(exec_score: Decimal | None, results: Sequence[IndicatorResult],
                    form: FormLayout) -> tuple[Decimal | None, str]:
    """总分 = 执行率得分 + Σ 得分, rounded by the layout, and its 评分等级; (None, "") while
    a score is missing."""
    if exec_score is None or any(r.score is None for r in results):
        return None, ""
    raw_total = exec_score + sum((r.score for r in results if r.score is not None), ZERO)
    total = form.rounding.total.rounding()(raw_total)
    return total, form.scoring.grade(None)

mutants_x_total_and_grade__mutmut['_mutmut_orig'] = x_total_and_grade__mutmut_orig # type: ignore # mutmut generated
mutants_x_total_and_grade__mutmut['x_total_and_grade__mutmut_1'] = x_total_and_grade__mutmut_1 # type: ignore # mutmut generated
mutants_x_total_and_grade__mutmut['x_total_and_grade__mutmut_2'] = x_total_and_grade__mutmut_2 # type: ignore # mutmut generated
mutants_x_total_and_grade__mutmut['x_total_and_grade__mutmut_3'] = x_total_and_grade__mutmut_3 # type: ignore # mutmut generated
mutants_x_total_and_grade__mutmut['x_total_and_grade__mutmut_4'] = x_total_and_grade__mutmut_4 # type: ignore # mutmut generated
mutants_x_total_and_grade__mutmut['x_total_and_grade__mutmut_5'] = x_total_and_grade__mutmut_5 # type: ignore # mutmut generated
mutants_x_total_and_grade__mutmut['x_total_and_grade__mutmut_6'] = x_total_and_grade__mutmut_6 # type: ignore # mutmut generated
mutants_x_total_and_grade__mutmut['x_total_and_grade__mutmut_7'] = x_total_and_grade__mutmut_7 # type: ignore # mutmut generated
mutants_x_total_and_grade__mutmut['x_total_and_grade__mutmut_8'] = x_total_and_grade__mutmut_8 # type: ignore # mutmut generated
mutants_x_total_and_grade__mutmut['x_total_and_grade__mutmut_9'] = x_total_and_grade__mutmut_9 # type: ignore # mutmut generated
mutants_x_total_and_grade__mutmut['x_total_and_grade__mutmut_10'] = x_total_and_grade__mutmut_10 # type: ignore # mutmut generated
mutants_x_total_and_grade__mutmut['x_total_and_grade__mutmut_11'] = x_total_and_grade__mutmut_11 # type: ignore # mutmut generated
mutants_x_total_and_grade__mutmut['x_total_and_grade__mutmut_12'] = x_total_and_grade__mutmut_12 # type: ignore # mutmut generated
mutants_x_total_and_grade__mutmut['x_total_and_grade__mutmut_13'] = x_total_and_grade__mutmut_13 # type: ignore # mutmut generated
mutants_x_total_and_grade__mutmut['x_total_and_grade__mutmut_14'] = x_total_and_grade__mutmut_14 # type: ignore # mutmut generated
mutants_x_total_and_grade__mutmut['x_total_and_grade__mutmut_15'] = x_total_and_grade__mutmut_15 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_evaluate__mutmut)
def evaluate(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_orig(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_1(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = None
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_2(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = None
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_3(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("XXtotalXX", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_4(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("TOTAL", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_5(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows = [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_6(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows -= [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_7(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("XXappropriationXX", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_8(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("APPROPRIATION", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_9(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("XXcarried_overXX", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_10(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("CARRIED_OVER", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_11(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("XXotherXX", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_12(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("OTHER", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_13(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_14(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = None
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_15(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        None
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_16(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(None, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_17(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, None, to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_18(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), None,
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_19(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 None, rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_20(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), None)
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_21(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_22(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_23(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_24(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_25(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), )
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_26(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(None, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_27(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, None), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_28(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_29(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, ), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_30(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(None, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_31(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, None),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_32(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_33(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, ),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_34(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(None, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_35(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, None), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_36(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_37(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, ), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_38(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(None, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_39(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, None))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_40(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_41(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, ))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_42(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = None
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_43(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[1].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_44(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = None

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_45(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(None, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_46(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, None)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_47(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_48(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, )

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_49(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = None
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_50(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = None
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_51(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = None
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_52(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(None), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_53(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(None)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_54(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = None
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_55(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(None, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_56(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, None, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_57(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, None, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_58(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, None)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_59(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_60(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_61(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_62(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, )
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_63(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_64(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if (raw is not None) and False else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_65(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if (raw is not None) or True else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_66(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(None) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_67(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_68(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_69(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = None
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_70(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(None), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_71(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "XXpreparerXX"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_72(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "PREPARER"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_73(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_74(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = None
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_75(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "XXruleXX"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_76(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "RULE"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_77(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_78(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "XXnoneXX"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_79(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "NONE"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_80(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(None)

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_81(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(None, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_82(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, None, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_83(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, None, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_84(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, None, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_85(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, None, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_86(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, None,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_87(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       None, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_88(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, None, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_89(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, None, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_90(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, None))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_91(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_92(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_93(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_94(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_95(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_96(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_97(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_98(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_99(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_100(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, ))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
    )


def x_evaluate__mutmut_101(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = None
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
    )


def x_evaluate__mutmut_102(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum(None, ZERO)
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
    )


def x_evaluate__mutmut_103(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), None)
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
    )


def x_evaluate__mutmut_104(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum(ZERO)
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
    )


def x_evaluate__mutmut_105(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), )
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
    )


def x_evaluate__mutmut_106(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
    total, grade = None
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
    )


def x_evaluate__mutmut_107(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
    total, grade = total_and_grade(None, results, form)
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
    )


def x_evaluate__mutmut_108(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
    total, grade = total_and_grade(exec_score, None, form)
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
    )


def x_evaluate__mutmut_109(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
    total, grade = total_and_grade(exec_score, results, None)
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
    )


def x_evaluate__mutmut_110(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
    total, grade = total_and_grade(results, form)
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
    )


def x_evaluate__mutmut_111(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
    total, grade = total_and_grade(exec_score, form)
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
    )


def x_evaluate__mutmut_112(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
    total, grade = total_and_grade(exec_score, results, )
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
    )


def x_evaluate__mutmut_113(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
    total, grade = total_and_grade(exec_score, results, form)
    return Result(
        funds=None,
        execution_weight=scoring.execution_weight,
        execution_rate=rate,
        execution_score=exec_score,
        indicators=tuple(results),
        indicator_weight=indicator_weight,
        total_weight=scoring.execution_weight + indicator_weight,
        total=total,
        grade=grade,
    )


def x_evaluate__mutmut_114(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
    total, grade = total_and_grade(exec_score, results, form)
    return Result(
        funds=lines,
        execution_weight=None,
        execution_rate=rate,
        execution_score=exec_score,
        indicators=tuple(results),
        indicator_weight=indicator_weight,
        total_weight=scoring.execution_weight + indicator_weight,
        total=total,
        grade=grade,
    )


def x_evaluate__mutmut_115(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
    total, grade = total_and_grade(exec_score, results, form)
    return Result(
        funds=lines,
        execution_weight=scoring.execution_weight,
        execution_rate=None,
        execution_score=exec_score,
        indicators=tuple(results),
        indicator_weight=indicator_weight,
        total_weight=scoring.execution_weight + indicator_weight,
        total=total,
        grade=grade,
    )


def x_evaluate__mutmut_116(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
    total, grade = total_and_grade(exec_score, results, form)
    return Result(
        funds=lines,
        execution_weight=scoring.execution_weight,
        execution_rate=rate,
        execution_score=None,
        indicators=tuple(results),
        indicator_weight=indicator_weight,
        total_weight=scoring.execution_weight + indicator_weight,
        total=total,
        grade=grade,
    )


def x_evaluate__mutmut_117(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
    total, grade = total_and_grade(exec_score, results, form)
    return Result(
        funds=lines,
        execution_weight=scoring.execution_weight,
        execution_rate=rate,
        execution_score=exec_score,
        indicators=None,
        indicator_weight=indicator_weight,
        total_weight=scoring.execution_weight + indicator_weight,
        total=total,
        grade=grade,
    )


def x_evaluate__mutmut_118(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
    total, grade = total_and_grade(exec_score, results, form)
    return Result(
        funds=lines,
        execution_weight=scoring.execution_weight,
        execution_rate=rate,
        execution_score=exec_score,
        indicators=tuple(results),
        indicator_weight=None,
        total_weight=scoring.execution_weight + indicator_weight,
        total=total,
        grade=grade,
    )


def x_evaluate__mutmut_119(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
    total, grade = total_and_grade(exec_score, results, form)
    return Result(
        funds=lines,
        execution_weight=scoring.execution_weight,
        execution_rate=rate,
        execution_score=exec_score,
        indicators=tuple(results),
        indicator_weight=indicator_weight,
        total_weight=None,
        total=total,
        grade=grade,
    )


def x_evaluate__mutmut_120(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
    total, grade = total_and_grade(exec_score, results, form)
    return Result(
        funds=lines,
        execution_weight=scoring.execution_weight,
        execution_rate=rate,
        execution_score=exec_score,
        indicators=tuple(results),
        indicator_weight=indicator_weight,
        total_weight=scoring.execution_weight + indicator_weight,
        total=None,
        grade=grade,
    )


def x_evaluate__mutmut_121(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
        grade=None,
    )


def x_evaluate__mutmut_122(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
    total, grade = total_and_grade(exec_score, results, form)
    return Result(
        execution_weight=scoring.execution_weight,
        execution_rate=rate,
        execution_score=exec_score,
        indicators=tuple(results),
        indicator_weight=indicator_weight,
        total_weight=scoring.execution_weight + indicator_weight,
        total=total,
        grade=grade,
    )


def x_evaluate__mutmut_123(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
    total, grade = total_and_grade(exec_score, results, form)
    return Result(
        funds=lines,
        execution_rate=rate,
        execution_score=exec_score,
        indicators=tuple(results),
        indicator_weight=indicator_weight,
        total_weight=scoring.execution_weight + indicator_weight,
        total=total,
        grade=grade,
    )


def x_evaluate__mutmut_124(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
    total, grade = total_and_grade(exec_score, results, form)
    return Result(
        funds=lines,
        execution_weight=scoring.execution_weight,
        execution_score=exec_score,
        indicators=tuple(results),
        indicator_weight=indicator_weight,
        total_weight=scoring.execution_weight + indicator_weight,
        total=total,
        grade=grade,
    )


def x_evaluate__mutmut_125(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
    total, grade = total_and_grade(exec_score, results, form)
    return Result(
        funds=lines,
        execution_weight=scoring.execution_weight,
        execution_rate=rate,
        indicators=tuple(results),
        indicator_weight=indicator_weight,
        total_weight=scoring.execution_weight + indicator_weight,
        total=total,
        grade=grade,
    )


def x_evaluate__mutmut_126(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
    total, grade = total_and_grade(exec_score, results, form)
    return Result(
        funds=lines,
        execution_weight=scoring.execution_weight,
        execution_rate=rate,
        execution_score=exec_score,
        indicator_weight=indicator_weight,
        total_weight=scoring.execution_weight + indicator_weight,
        total=total,
        grade=grade,
    )


def x_evaluate__mutmut_127(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
    total, grade = total_and_grade(exec_score, results, form)
    return Result(
        funds=lines,
        execution_weight=scoring.execution_weight,
        execution_rate=rate,
        execution_score=exec_score,
        indicators=tuple(results),
        total_weight=scoring.execution_weight + indicator_weight,
        total=total,
        grade=grade,
    )


def x_evaluate__mutmut_128(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
    total, grade = total_and_grade(exec_score, results, form)
    return Result(
        funds=lines,
        execution_weight=scoring.execution_weight,
        execution_rate=rate,
        execution_score=exec_score,
        indicators=tuple(results),
        indicator_weight=indicator_weight,
        total=total,
        grade=grade,
    )


def x_evaluate__mutmut_129(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
    total, grade = total_and_grade(exec_score, results, form)
    return Result(
        funds=lines,
        execution_weight=scoring.execution_weight,
        execution_rate=rate,
        execution_score=exec_score,
        indicators=tuple(results),
        indicator_weight=indicator_weight,
        total_weight=scoring.execution_weight + indicator_weight,
        grade=grade,
    )


def x_evaluate__mutmut_130(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
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
        )


def x_evaluate__mutmut_131(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
    total, grade = total_and_grade(exec_score, results, form)
    return Result(
        funds=lines,
        execution_weight=scoring.execution_weight,
        execution_rate=rate,
        execution_score=exec_score,
        indicators=tuple(None),
        indicator_weight=indicator_weight,
        total_weight=scoring.execution_weight + indicator_weight,
        total=total,
        grade=grade,
    )


def x_evaluate__mutmut_132(evaluation: Evaluation, form: FormLayout) -> Result:
    """Compute every derived figure of one evaluation with the layout's rules."""
    scoring = form.scoring
    rows = [("total", evaluation.funds.total)]
    rows += [(key, row) for key, row in (
        ("appropriation", evaluation.funds.appropriation),
        ("carried_over", evaluation.funds.carried_over),
        ("other", evaluation.funds.other),
    ) if row is not None]
    lines = tuple(
        FundLine(key, to_unit(row.initial, form), to_unit(row.budget, form),
                 to_unit(row.executed, form), rate_of(row, form))
        for key, row in rows
    )
    rate = lines[0].rate
    exec_score = execution_score(rate, form)

    score_round = form.rounding.score.rounding()
    results: list[IndicatorResult] = []
    for level1, level2, index, ind in evaluation.flat():
        target, actual = parse_measure(ind.target), parse_measure(ind.actual)
        raw, tier = suggest(target, actual, ind.weight, scoring)
        suggested = score_round(raw) if raw is not None else None
        if ind.score is not None:
            score, source = score_round(ind.score), "preparer"
        elif suggested is not None:
            score, source = suggested, "rule"
        else:
            score, source = None, "none"
        results.append(IndicatorResult(level1, level2, index, ind, target, actual,
                                       suggested, score, source, tier))

    indicator_weight = sum((r.indicator.weight for r in results), ZERO)
    total, grade = total_and_grade(exec_score, results, form)
    return Result(
        funds=lines,
        execution_weight=scoring.execution_weight,
        execution_rate=rate,
        execution_score=exec_score,
        indicators=tuple(results),
        indicator_weight=indicator_weight,
        total_weight=scoring.execution_weight - indicator_weight,
        total=total,
        grade=grade,
    )

mutants_x_evaluate__mutmut['_mutmut_orig'] = x_evaluate__mutmut_orig # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_1'] = x_evaluate__mutmut_1 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_2'] = x_evaluate__mutmut_2 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_3'] = x_evaluate__mutmut_3 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_4'] = x_evaluate__mutmut_4 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_5'] = x_evaluate__mutmut_5 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_6'] = x_evaluate__mutmut_6 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_7'] = x_evaluate__mutmut_7 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_8'] = x_evaluate__mutmut_8 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_9'] = x_evaluate__mutmut_9 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_10'] = x_evaluate__mutmut_10 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_11'] = x_evaluate__mutmut_11 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_12'] = x_evaluate__mutmut_12 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_13'] = x_evaluate__mutmut_13 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_14'] = x_evaluate__mutmut_14 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_15'] = x_evaluate__mutmut_15 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_16'] = x_evaluate__mutmut_16 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_17'] = x_evaluate__mutmut_17 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_18'] = x_evaluate__mutmut_18 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_19'] = x_evaluate__mutmut_19 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_20'] = x_evaluate__mutmut_20 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_21'] = x_evaluate__mutmut_21 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_22'] = x_evaluate__mutmut_22 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_23'] = x_evaluate__mutmut_23 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_24'] = x_evaluate__mutmut_24 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_25'] = x_evaluate__mutmut_25 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_26'] = x_evaluate__mutmut_26 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_27'] = x_evaluate__mutmut_27 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_28'] = x_evaluate__mutmut_28 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_29'] = x_evaluate__mutmut_29 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_30'] = x_evaluate__mutmut_30 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_31'] = x_evaluate__mutmut_31 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_32'] = x_evaluate__mutmut_32 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_33'] = x_evaluate__mutmut_33 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_34'] = x_evaluate__mutmut_34 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_35'] = x_evaluate__mutmut_35 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_36'] = x_evaluate__mutmut_36 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_37'] = x_evaluate__mutmut_37 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_38'] = x_evaluate__mutmut_38 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_39'] = x_evaluate__mutmut_39 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_40'] = x_evaluate__mutmut_40 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_41'] = x_evaluate__mutmut_41 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_42'] = x_evaluate__mutmut_42 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_43'] = x_evaluate__mutmut_43 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_44'] = x_evaluate__mutmut_44 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_45'] = x_evaluate__mutmut_45 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_46'] = x_evaluate__mutmut_46 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_47'] = x_evaluate__mutmut_47 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_48'] = x_evaluate__mutmut_48 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_49'] = x_evaluate__mutmut_49 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_50'] = x_evaluate__mutmut_50 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_51'] = x_evaluate__mutmut_51 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_52'] = x_evaluate__mutmut_52 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_53'] = x_evaluate__mutmut_53 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_54'] = x_evaluate__mutmut_54 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_55'] = x_evaluate__mutmut_55 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_56'] = x_evaluate__mutmut_56 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_57'] = x_evaluate__mutmut_57 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_58'] = x_evaluate__mutmut_58 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_59'] = x_evaluate__mutmut_59 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_60'] = x_evaluate__mutmut_60 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_61'] = x_evaluate__mutmut_61 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_62'] = x_evaluate__mutmut_62 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_63'] = x_evaluate__mutmut_63 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_64'] = x_evaluate__mutmut_64 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_65'] = x_evaluate__mutmut_65 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_66'] = x_evaluate__mutmut_66 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_67'] = x_evaluate__mutmut_67 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_68'] = x_evaluate__mutmut_68 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_69'] = x_evaluate__mutmut_69 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_70'] = x_evaluate__mutmut_70 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_71'] = x_evaluate__mutmut_71 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_72'] = x_evaluate__mutmut_72 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_73'] = x_evaluate__mutmut_73 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_74'] = x_evaluate__mutmut_74 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_75'] = x_evaluate__mutmut_75 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_76'] = x_evaluate__mutmut_76 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_77'] = x_evaluate__mutmut_77 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_78'] = x_evaluate__mutmut_78 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_79'] = x_evaluate__mutmut_79 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_80'] = x_evaluate__mutmut_80 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_81'] = x_evaluate__mutmut_81 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_82'] = x_evaluate__mutmut_82 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_83'] = x_evaluate__mutmut_83 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_84'] = x_evaluate__mutmut_84 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_85'] = x_evaluate__mutmut_85 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_86'] = x_evaluate__mutmut_86 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_87'] = x_evaluate__mutmut_87 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_88'] = x_evaluate__mutmut_88 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_89'] = x_evaluate__mutmut_89 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_90'] = x_evaluate__mutmut_90 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_91'] = x_evaluate__mutmut_91 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_92'] = x_evaluate__mutmut_92 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_93'] = x_evaluate__mutmut_93 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_94'] = x_evaluate__mutmut_94 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_95'] = x_evaluate__mutmut_95 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_96'] = x_evaluate__mutmut_96 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_97'] = x_evaluate__mutmut_97 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_98'] = x_evaluate__mutmut_98 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_99'] = x_evaluate__mutmut_99 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_100'] = x_evaluate__mutmut_100 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_101'] = x_evaluate__mutmut_101 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_102'] = x_evaluate__mutmut_102 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_103'] = x_evaluate__mutmut_103 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_104'] = x_evaluate__mutmut_104 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_105'] = x_evaluate__mutmut_105 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_106'] = x_evaluate__mutmut_106 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_107'] = x_evaluate__mutmut_107 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_108'] = x_evaluate__mutmut_108 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_109'] = x_evaluate__mutmut_109 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_110'] = x_evaluate__mutmut_110 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_111'] = x_evaluate__mutmut_111 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_112'] = x_evaluate__mutmut_112 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_113'] = x_evaluate__mutmut_113 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_114'] = x_evaluate__mutmut_114 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_115'] = x_evaluate__mutmut_115 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_116'] = x_evaluate__mutmut_116 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_117'] = x_evaluate__mutmut_117 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_118'] = x_evaluate__mutmut_118 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_119'] = x_evaluate__mutmut_119 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_120'] = x_evaluate__mutmut_120 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_121'] = x_evaluate__mutmut_121 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_122'] = x_evaluate__mutmut_122 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_123'] = x_evaluate__mutmut_123 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_124'] = x_evaluate__mutmut_124 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_125'] = x_evaluate__mutmut_125 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_126'] = x_evaluate__mutmut_126 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_127'] = x_evaluate__mutmut_127 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_128'] = x_evaluate__mutmut_128 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_129'] = x_evaluate__mutmut_129 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_130'] = x_evaluate__mutmut_130 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_131'] = x_evaluate__mutmut_131 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_132'] = x_evaluate__mutmut_132 # type: ignore # mutmut generated

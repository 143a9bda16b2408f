"""Every rule option of a layout's rounding and scoring, each with a case that fails if the
option is ignored.

The expected figures are worked by hand in the comments; none is taken from perfdocs'
own output. Options are set on a copy of the bundled shanghai-2024 自评表 so that only the
option under test differs from a layout known to work.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from perfdocs.compute.calculate import evaluate
from perfdocs.layouts.layout import ExecutionStep, FormLayout, Grade, RoundingSpec, load_layout
from perfdocs.loading.project import project_validator
from perfdocs.model.numbers import Rounding, quantize
from perfdocs.model.project import Project

D = Decimal


def base_form() -> FormLayout:
    return load_layout("shanghai-2024").form("自评表")


def with_rounding(form: FormLayout, **specs: RoundingSpec) -> FormLayout:
    return form.replace(rounding=form.rounding.replace(**specs))


def with_scoring(form: FormLayout, **values: Any) -> FormLayout:
    return form.replace(scoring=form.scoring.replace(**values))


def project(budget: str, executed: str, indicators: list[dict[str, Any]] | None = None
            ) -> Project:
    """A 自评 part in 元 with one funds row and the given indicators (90 points by default)."""
    indicators = indicators or [{"三级指标": "培训人次", "年度指标值": "≥100人次",
                                 "实际完成值": "100人次", "分值": 90}]
    return project_validator().validate_python({
        "年度": 2024, "项目名称": "测试项目", "主管部门": "测试局", "实施单位": "测试中心",
        "自评": {
            "项目资金": {"年度资金总额": {"年初预算数": budget, "全年预算数": budget,
                                         "全年执行数": executed}},
            "年度总体目标": {"预期目标": "完成培训", "实际完成情况": "已完成"},
            "绩效指标": {"产出指标": {"数量指标": indicators}},
        },
    }, context={"unit": "元"})


# -- rounding modes: a tie and just either side of it --------------------------------------

# Rounding to 2 places. The tie 2.345 goes: half_up → 2.35, half_even → 2.34 (4 is even),
# down → 2.34, up → 2.35. Just below (2.3449) every mode but up gives 2.34; just above
# (2.3451) every mode but down gives 2.35. A second tie, 2.355, tells half_even from
# half_up the other way: half_even → 2.36 (6 is even), half_up → 2.36 too, down → 2.35.
MODE_CASES = [
    ("half_up", "2.345", "2.35"), ("half_up", "2.3449", "2.34"), ("half_up", "2.3451", "2.35"),
    ("half_even", "2.345", "2.34"), ("half_even", "2.3449", "2.34"),
    ("half_even", "2.3451", "2.35"), ("half_even", "2.355", "2.36"),
    ("down", "2.345", "2.34"), ("down", "2.3449", "2.34"), ("down", "2.3451", "2.34"),
    ("down", "2.3499", "2.34"),
    ("up", "2.345", "2.35"), ("up", "2.3449", "2.35"), ("up", "2.3451", "2.35"),
    ("up", "2.3400", "2.34"), ("up", "2.3400001", "2.35"),
]


@pytest.mark.parametrize(("mode", "value", "expected"), MODE_CASES)
def test_rounding_mode_at_a_tie_and_either_side(mode: str, value: str, expected: str) -> None:
    assert quantize(D(value), Rounding(2, mode)) == D(expected)  # type: ignore[arg-type]


@pytest.mark.parametrize(("places", "value", "expected"), [
    (0, "8.5", "9"), (0, "8.49", "8"), (1, "7.25", "7.3"), (1, "7.2499", "7.2"),
])
def test_integer_and_one_place_rounding(places: int, value: str, expected: str) -> None:
    assert quantize(D(value), Rounding(places, "half_up")) == D(expected)


# Through a layout: budget 8,000 元, executed 1,876 元 → 23.45 % exactly, a tie at one place.
#   rate places 1: half_up → 23.5, half_even → 23.4, down → 23.4, up → 23.5.
# Budget 3,000, executed 1,000 → 33.333…%: up → 33.34, half_up → 33.33, down → 33.33.
@pytest.mark.parametrize(("mode", "budget", "executed", "expected"), [
    ("half_up", "8000", "1876", "23.5"), ("half_even", "8000", "1876", "23.4"),
    ("down", "8000", "1876", "23.4"), ("up", "8000", "1876", "23.5"),
])
def test_rate_mode_is_honoured_at_a_tie(mode: str, budget: str, executed: str,
                                        expected: str) -> None:
    form = with_rounding(base_form(), rate=RoundingSpec(places=1, mode=mode))  # type: ignore[arg-type]
    assert evaluate(project(budget, executed).evaluation, form).execution_rate == D(expected)


@pytest.mark.parametrize(("mode", "expected"), [("up", "33.34"), ("half_up", "33.33"),
                                                ("down", "33.33")])
def test_rate_rounded_up_just_above_a_boundary(mode: str, expected: str) -> None:
    form = with_rounding(base_form(), rate=RoundingSpec(places=2, mode=mode))  # type: ignore[arg-type]
    assert evaluate(project("3000", "1000").evaluation, form).execution_rate == D(expected)


# -- 执行率得分 from the exact or the printed rate ------------------------------------------

# 1,080,740 / 8,285,000 = 13.04453…%. Rate rounded up → 13.05%.
#   exact:   13.04453… × 10 / 100 = 1.304453… → 1.30
#   printed: 13.05 × 10 / 100 = 1.305 → half_up 1.31
@pytest.mark.parametrize(("basis", "expected"), [("exact", "1.30"), ("printed", "1.31")])
def test_execution_score_from_exact_or_printed_rate(basis: str, expected: str) -> None:
    form = with_rounding(base_form(), rate=RoundingSpec(places=2, mode="up"))
    form = with_scoring(form, execution_from=basis)
    result = evaluate(project("8285000", "1080740").evaluation, form)
    assert result.execution_rate == D("13.05")
    assert result.execution_score == D(expected)


# -- proportional, capped, stepped --------------------------------------------------------

# Executed 105 of 100 → 105 %. Capped: min(10.5, 10) = 10.00. Uncapped: 10.50.
@pytest.mark.parametrize(("cap", "expected"), [(True, "10.00"), (False, "10.50")])
def test_execution_score_cap(cap: bool, expected: str) -> None:
    form = with_scoring(base_form(), cap_execution_score=cap)
    assert evaluate(project("100", "105").evaluation, form).execution_score == D(expected)


# A 20-point execution weight: 86.2 % × 20 = 17.24.
def test_execution_weight_twenty() -> None:
    form = with_scoring(base_form(), execution_weight=D(20))
    result = evaluate(project("1000", "862").evaluation, form)
    assert result.execution_score == D("17.24")
    assert result.total_weight == D(110)  # 20 + the indicator's 90


STEPS = [ExecutionStep(min=D(100), score=D(10)), ExecutionStep(min=D(80), score=D(7)),
         ExecutionStep(min=D(60), score=D(5)), ExecutionStep(min=D(0), score=D(0))]


# Steps 100 → 10, 80–99.99 → 7, 60–79.99 → 5, below 60 → 0, bounds inclusive:
#   100 % → 10; 99.99 % → 7; 80 % → 7 (bound included); 79.99 % → 5; 60 % → 5; 59.99 % → 0.
# A proportional rule would give 9.999, 8.00, 7.999 …: never these.
@pytest.mark.parametrize(("executed", "expected"), [
    ("10000", "10.00"), ("9999", "7.00"), ("8000", "7.00"), ("7999", "5.00"),
    ("6000", "5.00"), ("5999", "0.00"), ("12000", "10.00"),
])
def test_stepped_execution_score(executed: str, expected: str) -> None:
    form = with_scoring(base_form(), execution_rule="steps", execution_steps=STEPS)
    assert evaluate(project("10000", executed).evaluation, form).execution_score == D(expected)


# An exclusive bound gives the bound itself to the step below: 80 % → 5 instead of 7.
def test_stepped_execution_score_exclusive_bound() -> None:
    steps = [STEPS[0], ExecutionStep(min=D(80), inclusive=False, score=D(7)), *STEPS[2:]]
    form = with_scoring(base_form(), execution_rule="steps", execution_steps=steps)
    assert evaluate(project("10000", "8000").evaluation, form).execution_score == D("5.00")
    assert evaluate(project("10000", "8001").evaluation, form).execution_score == D("7.00")


# Steps read the exact or the printed rate: 99.996 % prints (half_up, 2 places) as 100.00 %.
#   printed → the 100 step → 10;  exact 99.996 < 100 → 7.
@pytest.mark.parametrize(("basis", "expected"), [("printed", "10.00"), ("exact", "7.00")])
def test_steps_from_exact_or_printed_rate(basis: str, expected: str) -> None:
    form = with_rounding(base_form(), rate=RoundingSpec(places=2, mode="half_up"))
    form = with_scoring(form, execution_rule="steps", execution_steps=STEPS,
                        execution_from=basis)
    result = evaluate(project("100000", "99996").evaluation, form)
    assert result.execution_rate == D("100.00")
    assert result.execution_score == D(expected)


# -- grades with inclusive and exclusive bounds --------------------------------------------

def _graded(total_points: str, grades: list[Grade]) -> str:
    """A project whose 总分 is ``total_points``: 10 for execution + the indicator's score."""
    indicator = {"三级指标": "培训人次", "年度指标值": "≥100人次", "实际完成值": "80人次",
                 "分值": 90, "得分": str(D(total_points) - 10),
                 "偏差原因分析及改进措施": "报名人数不足"}
    form = with_scoring(base_form(), grades=grades)
    return evaluate(project("100", "100", [indicator]).evaluation, form).grade


NATIONAL = [Grade(name="优", min=D(90)), Grade(name="良", min=D(80)),
            Grade(name="中", min=D(60)), Grade(name="差", min=D(0))]


# 90 → 优 (bound included); 89.99 → 良; 80 → 良; 79.99 → 中; 60 → 中; 59.99 → 差.
@pytest.mark.parametrize(("total", "grade"), [
    ("90", "优"), ("89.99", "良"), ("80", "良"), ("79.99", "中"), ("60", "中"), ("59.99", "差"),
    ("100", "优"),
])
def test_grade_at_each_inclusive_bound(total: str, grade: str) -> None:
    assert _graded(total, NATIONAL) == grade


# Exclusive bounds (some systems count exactly 90 as 良): 90 → 良, 90.01 → 优, 80 → 中.
@pytest.mark.parametrize(("total", "grade"), [("90", "良"), ("90.01", "优"), ("80", "中"),
                                              ("80.01", "良")])
def test_grade_with_exclusive_bounds(total: str, grade: str) -> None:
    grades = [Grade(name="优", min=D(90), inclusive=False),
              Grade(name="良", min=D(80), inclusive=False), *NATIONAL[2:]]
    assert _graded(total, grades) == grade


# Another province's cut-offs 80/70/60: 85 → 优 (national: 良).
def test_grade_cutoffs_are_the_layouts() -> None:
    grades = [Grade(name="优", min=D(80)), Grade(name="良", min=D(70)),
              Grade(name="中", min=D(60)), Grade(name="差", min=D(0))]
    assert _graded("85", grades) == "优"
    assert _graded("85", NATIONAL) == "良"


# -- reverse indicators: ratio or deviation ------------------------------------------------

# Target ≤10 (a reverse indicator), weight 90:
#   actual 12: ratio 10 / 12 × 90 = 75.00;  deviation (1 − (12 − 10) / 10) × 90 = 72.00
#   actual 20 (twice the target): ratio 10 / 20 × 90 = 45.00;  deviation 0.00
#   actual 9 (met): 90.00 either way.
@pytest.mark.parametrize(("rule", "actual", "expected"), [
    ("ratio", "12", "75.00"), ("deviation", "12", "72.00"),
    ("ratio", "20", "45.00"), ("deviation", "20", "0.00"),
    ("ratio", "9", "90.00"), ("deviation", "9", "90.00"),
])
def test_reverse_rule(rule: str, actual: str, expected: str) -> None:
    indicator = {"三级指标": "投诉次数", "年度指标值": "≤10次", "实际完成值": f"{actual}次",
                 "分值": 90, "偏差原因分析及改进措施": "说明"}
    form = with_scoring(base_form(), reverse_rule=rule)
    result = evaluate(project("100", "100", [indicator]).evaluation, form)
    assert result.indicators[0].score == D(expected)


# Qualitative tiers are the layout's: 部分达成 suggests 70 % on the national tiers and the
# share a layout names otherwise (65 % of 90 = 58.50).
def test_tier_suggestion_is_the_layouts() -> None:
    indicator = {"三级指标": "长效机制", "年度指标值": "健全", "实际完成值": "部分达成",
                 "分值": 90, "偏差原因分析及改进措施": "说明"}
    form = base_form()
    tiers = [t.replace(suggest=D(65), min=D(50)) if t.min == 60 else t
             for t in form.scoring.tiers]
    assert evaluate(project("100", "100", [indicator]).evaluation,
                    form).indicators[0].score == D("63.00")
    changed = with_scoring(form, tiers=tiers)
    assert evaluate(project("100", "100", [indicator]).evaluation,
                    changed).indicators[0].score == D("58.50")


# -- full marks for a missed target -----------------------------------------------------------

def test_full_only_when_met_is_the_layouts_to_turn_off() -> None:
    """tester11 F1: 11800 of ≥12000 on 20 points is 19.67; scores in whole numbers, the
    default holds it at 19 (full marks only for a target met), a province rounding half up
    throughout prints 20 with ``full_only_when_met = false`` — and a preparer's 20 is then
    no warning. 11000 of 12000 (18.33) is 18 either way."""
    from perfdocs.rules.validate import check_evaluation

    form = with_rounding(base_form(), score=RoundingSpec(places=0, mode="half_up"))
    rows = [{"三级指标": "保障对象人数", "年度指标值": "≥12000(人)", "实际完成值": "11800(人)",
             "分值": 20},
            {"三级指标": "走访户数", "年度指标值": "≥12000(户)", "实际完成值": "11000(户)",
             "分值": 20, "偏差原因分析及改进措施": "部分户外出务工。"}]
    evaluation = project("100", "100", rows).evaluation
    assert evaluation is not None
    held = evaluate(evaluation, form)
    assert [r.score for r in held.indicators] == [D(19), D(18)]
    rounded = evaluate(evaluation, with_scoring(form, full_only_when_met=False))
    assert [r.score for r in rounded.indicators] == [D(20), D(18)]
    typed = project("100", "100", [{**rows[0], "得分": 20}, rows[1]])
    from perfdocs.loading.project import Loaded
    from perfdocs.loading.source import Source

    loaded = Loaded(Source("p.yaml", {}, {}), typed)
    assert typed.evaluation is not None
    for scoring_form, warned in ((form, True), (with_scoring(form, full_only_when_met=False),
                                                False)):
        found = check_evaluation(loaded, scoring_form, evaluate(typed.evaluation, scoring_form))
        above = [d.message for d in found if d.rule == "score-above-rule"]
        assert bool(above) is warned, above
    assert "= 19.67，未达到年度指标值不得满分，取 19" in above_words(form, loaded, typed)


def above_words(form: FormLayout, loaded: Any, typed: Project) -> str:
    from perfdocs.rules.validate import check_evaluation

    assert typed.evaluation is not None
    found = check_evaluation(loaded, form, evaluate(typed.evaluation, form))
    return "".join(d.message for d in found if d.rule == "score-above-rule")


def test_the_key_is_read_from_layout_toml(tmp_path: Any) -> None:
    from perfdocs.layouts.layout import read_layout

    folder = tmp_path / "某省-2025"
    folder.mkdir()
    (folder / "layout.toml").write_text(
        'extends = "national-2020"\nname = "某省-2025"\n'
        '[forms."自评表".scoring]\nfull_only_when_met = false\n', encoding="utf-8")
    assert read_layout(folder, [tmp_path]).form("自评表").scoring.full_only_when_met is False
    assert load_layout("national-2020").form("自评表").scoring.full_only_when_met is True

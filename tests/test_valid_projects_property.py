"""Generated *valid* projects reach the calculator's invariants, on every bundled 自评 layout.

The broader properties (tests/test_properties.py) feed perfdocs damaged and arbitrary input and
check that it answers with a form or a message; most of what they generate is refused before
the arithmetic. Here the generator builds projects a careful preparer would write — 分值 adding
up to the layout's total, one unit on both sides of a quantitative target, a reason on every
indicator, plausible amounts — so every example must validate, and each one's figures are
recomputed here from the typed text with Python's decimal module and the layout's own settings
read as data: 执行率 (places and mode), 执行率得分 (from the exact or the printed rate, capped
or not, proportional or by steps), each suggested 得分 by the rules, 总分 and 评分等级.

The examples are derandomised so a CI run is repeatable; ``pytest -m fuzz`` runs the long,
random profile.
"""

from __future__ import annotations

import itertools
import os
import tempfile
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_UP, Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from perfdocs.errors import PerfdocsError, Severity, ValidationFailed
from perfdocs.loading.settings import Settings
from tests.test_properties import project_text

MODES = {"half_up": ROUND_HALF_UP, "down": ROUND_DOWN, "half_even": ROUND_HALF_EVEN,
         "up": ROUND_UP}
CI = settings(max_examples=int(os.environ.get("PERFDOCS_PROPERTY_EXAMPLES", "40")),
              deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
FUZZ = settings(max_examples=int(os.environ.get("PERFDOCS_FUZZ_EXAMPLES", "2500")),
                deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

UNITS = ["个", "人", "次", "%", "份"]
QUALITATIVE = ["及时", "稳定", "良好", "具有促进作用"]


def layouts() -> list[str]:
    """Every bundled layout that has a 自评表 built by the selfeval builder."""
    from perfdocs.layouts.layout import load_layout, selfeval_form
    from tests.conftest import ROOT

    names = []
    for folder in sorted((ROOT / "templates").iterdir()):
        if not (folder / "layout.toml").exists():
            continue
        try:
            layout = load_layout(folder.name)
        except PerfdocsError:
            continue
        if selfeval_form(layout) is not None:
            names.append(folder.name)
    return names


def form_of(name: str) -> Any:
    from perfdocs.layouts.layout import load_layout, selfeval_form

    return selfeval_form(load_layout(name))


def q(value: Decimal, places: int, mode: str) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=MODES[mode])


@st.composite
def weights(draw: st.DrawFn, total: Decimal, places: int) -> list[Decimal]:
    """分值 adding up to ``total`` exactly, in steps the form can print."""
    count = draw(st.integers(min_value=1, max_value=8))
    unit = Decimal(1).scaleb(-min(places, 1))
    steps = int(total / unit)
    if steps < count:
        count = 1
    cuts = sorted(draw(st.lists(st.integers(min_value=1, max_value=steps - 1), min_size=count - 1,
                                max_size=count - 1, unique=True))) if steps > 1 else []
    bounds = [0, *cuts, steps]
    return [Decimal(b - a) * unit for a, b in itertools.pairwise(bounds)]


@st.composite
def indicator(draw: st.DrawFn, weight: Decimal, tiers: list[str]) -> dict[str, str]:
    name = "指标" + str(draw(st.integers(min_value=1, max_value=10**6)))
    item = {"三级指标": name, "分值": str(weight), "偏差原因分析及改进措施": "按实际情况说明。"}
    if draw(st.booleans()):
        cmp = draw(st.sampled_from(["≥", ">", "≤", "<", "="]))
        unit = draw(st.sampled_from(UNITS))
        goal = Decimal(draw(st.integers(min_value=1, max_value=1000)))
        if unit == "%":
            goal = min(goal, Decimal(100))
        # Actual values between a third and twice the target: no over-achievement warning
        # decides anything, and a reverse target's deviation rule reaches 0 at twice.
        got = (goal * Decimal(draw(st.integers(min_value=34, max_value=200))) / 100).quantize(
            Decimal("0.01"))
        item["年度指标值"] = f"{cmp}{goal}({unit})"
        item["实际完成值"] = f"{got}({unit})"
    else:
        target = draw(st.sampled_from(QUALITATIVE))
        item["年度指标值"] = target
        item["实际完成值"] = draw(st.sampled_from([*tiers, target]))
    return item


@st.composite
def valid_projects(draw: st.DrawFn, layout: str) -> dict[str, Any]:
    form = form_of(layout)
    scoring = form.scoring
    unit = draw(st.sampled_from(["元", "万元"]))
    budget_fen = draw(st.integers(min_value=10**6, max_value=10**11))  # 1 万元 … 10 亿元
    share = draw(st.integers(min_value=0, max_value=10000))
    executed_fen = budget_fen * share // 10000
    scale = Decimal(1) if unit == "元" else Decimal(10000)

    def amount(fen: int) -> str:
        return str(Decimal(fen).scaleb(-2) / scale)

    row = {"年初预算数": amount(budget_fen), "全年预算数": amount(budget_fen),
           "全年执行数": amount(executed_fen)}
    zero = {"年初预算数": "0", "全年预算数": "0", "全年执行数": "0"}
    indicators_total = scoring.total_weight - scoring.execution_weight
    parts = draw(weights(indicators_total, form.display.weight.places))
    groups = list(_groups(form))
    tiers = [t.name for t in scoring.tiers]
    tree: dict[str, dict[str, list[dict[str, str]]]] = {}
    for index, weight in enumerate(parts):
        level1, level2 = groups[index % len(groups)]
        tree.setdefault(level1, {}).setdefault(level2, []).append(draw(indicator(weight, tiers)))
    # the layout's funds rows (fund_rows): the total, its first 其中 row the same, others 0
    specs = form.funds_rows()
    parts_rows = [spec.key for spec in specs if not spec.total]
    funds = {form.total_fund_key(): row}
    funds |= {key: dict(row) if index == 0 else dict(zero)
              for index, key in enumerate(parts_rows)}
    return {
        "年度": "2024", "项目名称": "生成的项目", "主管部门": "某局", "实施单位": "某中心",
        "版式": layout, "金额单位": unit,
        "自评": {
            "项目资金": funds,
            "年度总体目标": {"预期目标": "完成任务。", "实际完成情况": "完成了任务。"},
            "绩效指标": tree,
        },
    }


def _groups(form: Any) -> list[tuple[str, str]]:
    """(一级, 二级) pairs the layout accepts; the national framework when it names none."""
    categories = getattr(form, "categories", None)
    pairs: list[tuple[str, str]] = []
    if categories:
        for level1, level2s in dict(categories).items():
            pairs += [(level1, level2) for level2 in level2s]
    return pairs[:6] or [("产出指标", "数量指标"), ("效益指标", "社会效益指标"),
                         ("满意度指标", "服务对象满意度指标")]


# -- the independent arithmetic ---------------------------------------------------------------

def number(text: str) -> Decimal:
    return Decimal(text.split("(")[0].lstrip("≥≤<>="))


def expected_score(item: dict[str, str], form: Any) -> Decimal:
    """The rule's 得分 of one generated indicator, before the layout's rounding."""
    weight = Decimal(item["分值"])
    target, actual = item["年度指标值"], item["实际完成值"]
    scoring = form.scoring
    if target[0] in "≥≤<>=":
        goal, got = number(target), number(actual)
        cmp = target[0]
        reverse = cmp in "≤<" or (cmp == "=" and goal == 0)
        met = {"≥": got >= goal, ">": got > goal, "≤": got <= goal, "<": got < goal,
               "=": got == goal}[cmp]
        if cmp == "=" and not reverse:
            met = got >= goal
        if met:
            return weight
        if not reverse:
            return min(got / goal * weight, weight)
        if scoring.reverse_rule == "deviation":
            return max(Decimal(0), (1 - (got - goal) / goal) * weight)
        return goal / got * weight
    words = sorted(((w, t) for t in scoring.tiers for w in (*t.words, t.name)),
                   key=lambda pair: len(pair[0]), reverse=True)
    for word, tier in words:   # the longest tier word the result contains names its tier
        if word in actual:
            return tier.suggest * weight / 100
    assert actual == target  # a qualitative result equal to its target is met
    return weight


def below_full(raw: Decimal, weight: Decimal, places: int, mode: str) -> Decimal:
    """The rule's score rounded, except that less than full marks never rounds up to them:
    it is the largest multiple of the score's step under the 分值 (never below 0)."""
    rounded = q(raw, places, mode)
    if raw >= weight or rounded < weight:
        return rounded
    step = Decimal(1).scaleb(-places)
    steps_below = (weight / step).to_integral_value(rounding="ROUND_CEILING") - 1
    return max(Decimal(0), steps_below * step)


def expected_figures(project: dict[str, Any], form: Any) -> tuple[Decimal, Decimal, Decimal]:
    """执行率, 执行率得分 and 总分 recomputed from the typed text."""
    scoring, rounding = form.scoring, form.rounding
    row = project["自评"]["项目资金"][form.total_fund_key()]
    exact = Decimal(row["全年执行数"]) / Decimal(row["全年预算数"]) * 100
    printed = q(exact, rounding.rate.places, rounding.rate.mode)
    basis = exact if getattr(scoring, "execution_from", "printed") == "exact" else printed
    if getattr(scoring, "execution_rule", "proportional") == "steps":
        score = next(s.score for s in scoring.execution_steps
                     if basis > s.min or (basis == s.min and s.inclusive))
    else:
        score = basis / 100 * scoring.execution_weight
    if scoring.cap_execution_score:
        score = min(score, scoring.execution_weight)
    score = q(score, rounding.execution_score.places, rounding.execution_score.mode)
    indicator_scores = [
        below_full(expected_score(item, form), Decimal(item["分值"]), rounding.score.places,
                   rounding.score.mode)
        for level2s in project["自评"]["绩效指标"].values()
        for items in level2s.values() for item in items]
    total = q(score + sum(indicator_scores, Decimal(0)), rounding.total.places,
              rounding.total.mode)
    return printed, score, total


def expected_grade(total: Decimal, form: Any) -> str:
    for grade in form.scoring.grades:   # highest first, as the layout lists them
        inclusive = getattr(grade, "inclusive", True)
        if total > grade.min or (inclusive and total == grade.min):
            return str(grade.name)
    return ""


def check(project: dict[str, Any]) -> None:
    from perfdocs.engine.pipeline import prepare

    form = form_of(project["版式"])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.yaml"
        path.write_text(project_text(project), encoding="utf-8")
        try:
            prepared = prepare(path, Settings())
        except ValidationFailed as exc:
            errors = [d.message for d in exc.diagnostics if d.severity is Severity.ERROR]
            raise AssertionError(f"a valid project was refused: {errors}") from None
    result = prepared.result
    assert result is not None
    rate, score, total = expected_figures(project, form)
    assert result.execution_rate == rate
    assert result.execution_score == score
    assert result.total == total
    assert result.grade == expected_grade(total, form)


@pytest.mark.parametrize("layout", layouts())
def test_valid_projects_validate_and_compute_as_recomputed(layout: str) -> None:
    @CI
    @given(valid_projects(layout))
    def run(project: dict[str, Any]) -> None:
        check(project)

    run()


@pytest.mark.fuzz
@pytest.mark.parametrize("layout", layouts())
def test_valid_projects_long(layout: str) -> None:
    @FUZZ
    @given(valid_projects(layout))
    def run(project: dict[str, Any]) -> None:
        check(project)

    run()

"""Every scoring rule and option, checked against figures computed by hand.

Each case writes a small project and, where an option is under test, a copy of the
shanghai-2024 layout with that one option changed. The expected figures are worked out in the
comments, never by calling perfdocs; each option has a case whose figure differs when the
option is ignored (the mutants named in the test-suite issue: the deviation rule, a tier's
inclusive bounds, the cap, the grade bounds, a typed figure with too many places).
"""

from __future__ import annotations

import shutil
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest

from perfdocs.engine.pipeline import Prepared, prepare
from perfdocs.errors import Diagnostic, Severity, ValidationFailed
from perfdocs.loading.settings import Settings
from tests.conftest import ROOT

BASE = "shanghai-2024"


def layout_variant(tmp_path: Path, *edits: tuple[str, str]) -> Settings:
    """A copy of the 2024 layout named rules-test with ``old → new`` edits of layout.toml."""
    folder = tmp_path / "layouts" / "rules-test"
    shutil.copytree(ROOT / "templates" / BASE, folder)
    toml = folder / "layout.toml"
    text = toml.read_text(encoding="utf-8")
    text = text.replace(f'name = "{BASE}"', 'name = "rules-test"', 1)
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new)
    toml.write_text(text, encoding="utf-8")
    return Settings(layout_paths=(str(tmp_path / "layouts"),))


def project(indicators: str, *, budget: str = "80", spent: str = "80") -> str:
    """A 万元 project whose 执行率 row is ``spent / budget`` and whose indicators are given."""
    return textwrap.dedent("""\
        年度: 2024
        项目名称: 规则测试
        主管部门: 某局
        实施单位: 某中心
        版式: rules-test
        金额单位: 万元
        自评:
          项目资金:
            年度资金总额: {年初预算数: "%(b)s", 全年预算数: "%(b)s", 全年执行数: "%(s)s"}
            当年财政拨款: {年初预算数: "%(b)s", 全年预算数: "%(b)s", 全年执行数: "%(s)s"}
            上年结转资金: {年初预算数: 0, 全年预算数: 0, 全年执行数: 0}
            其他资金: {年初预算数: 0, 全年预算数: 0, 全年执行数: 0}
          年度总体目标:
            预期目标: 完成任务。
            实际完成情况: 完成了任务。
          绩效指标:
        """) % {"b": budget, "s": spent} + textwrap.indent(textwrap.dedent(indicators), "    ")


def run(tmp_path: Path, text: str, settings: Settings) -> Prepared:
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    return prepare(path, settings)


def findings(tmp_path: Path, text: str, settings: Settings) -> list[Diagnostic]:
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        return list(prepare(path, settings).diagnostics)
    except ValidationFailed as exc:
        return list(exc.diagnostics)


def scores(prepared: Prepared) -> dict[str, Decimal | None]:
    assert prepared.result is not None
    return {r.indicator.name: r.score for r in prepared.result.indicators}


# Four indicators, 分值 90 in all (+10 for the 执行率 row); the first is the one under test.
def with_rest(first: str) -> str:
    return first + """\
    质量指标:
      - {三级指标: 合格率, 年度指标值: "=100%", 实际完成值: "100%", 分值: 20}
  效益指标:
    社会效益指标:
      - {三级指标: 作用, 年度指标值: 有作用, 实际完成值: 达成指标, 分值: 30}
  满意度指标:
    服务对象满意度指标:
      - {三级指标: 满意度, 年度指标值: "≥90%", 实际完成值: "95%", 分值: 10}
"""


def first(name: str, target: str, actual: str, weight: int = 30, extra: str = "") -> str:
    return with_rest(f"""\
  产出指标:
    数量指标:
      - {{三级指标: {name}, 年度指标值: "{target}", 实际完成值: "{actual}", 分值: {weight}{extra}}}
""")


REASON = ", 偏差原因分析及改进措施: 原因已说明"


# --- quantitative rules ------------------------------------------------------------------

@pytest.mark.parametrize(("target", "actual", "expected"), [
    ("≥100(人)", "120(人)", "30.00"),    # met: full 分值, no bonus for 120 %
    ("≥100(人)", "100(人)", "30.00"),    # met exactly
    ("≥100(人)", "84(人)", "25.20"),     # 84 ÷ 100 × 30
    (">100(人)", "100(人)", "30.00"),    # the form's ">" reads as a target reached at 100
    ("≥3(次)", "2(次)", "20.00"),        # 2 ÷ 3 × 30 = 20
    ("≥7(次)", "5(次)", "21.43"),        # 5 ÷ 7 × 30 = 21.428… → 21.43 (half-up, 2 places)
])
def test_positive_target_scores_by_ratio(tmp_path: Path, target: str, actual: str,
                                         expected: str) -> None:
    settings = layout_variant(tmp_path)
    got = scores(run(tmp_path, project(first("数量", target, actual, extra=REASON)), settings))["数量"]
    assert got == Decimal(expected)


@pytest.mark.parametrize(("target", "actual", "expected"), [
    ("≤5(天)", "4(天)", "30.00"),     # met
    ("≤5(天)", "8(天)", "18.75"),     # ratio: 5 ÷ 8 × 30 = 18.75
    ("=0(起)", "0(起)", "30.00"),     # a zero-count target met
    ("=0(起)", "2(起)", "0.00"),      # a zero target missed scores 0 under the ratio rule
])
def test_reverse_target_ratio_rule(tmp_path: Path, target: str, actual: str,
                                   expected: str) -> None:
    settings = layout_variant(tmp_path)
    got = scores(run(tmp_path, project(first("事故", target, actual, extra=REASON)), settings))["事故"]
    assert got == Decimal(expected)


@pytest.mark.parametrize(("actual", "expected"), [
    ("4(天)", "30.00"),    # met
    ("8(天)", "12.00"),    # (1 − (8 − 5) ÷ 5) × 30 = 0.4 × 30 = 12; the ratio rule gives 18.75
    ("6(天)", "24.00"),    # (1 − 1 ÷ 5) × 30 = 24; the ratio rule gives 25.00
    ("10(天)", "0.00"),    # twice the target: nothing left
    ("12(天)", "0.00"),    # beyond twice: still 0, never negative
])
def test_reverse_target_deviation_rule(tmp_path: Path, actual: str, expected: str) -> None:
    settings = layout_variant(tmp_path, ('reverse_rule = "ratio"', 'reverse_rule = "deviation"'))
    got = scores(run(tmp_path, project(first("周期", "≤5(天)", actual, extra=REASON)), settings))["周期"]
    assert got == Decimal(expected)


# --- qualitative tiers -------------------------------------------------------------------

@pytest.mark.parametrize(("actual", "expected"), [
    ("达成指标", "30.00"),                      # suggest 100 % of 30
    ("部分达成指标并具有一定效果", "21.00"),       # suggest 70 % of 30
    ("未达成指标且效果较差", "9.00"),             # suggest 30 % of 30
])
def test_tier_suggestions(tmp_path: Path, actual: str, expected: str) -> None:
    settings = layout_variant(tmp_path)
    text = project(first("效果", "良好", actual, extra=REASON))
    assert scores(run(tmp_path, text, settings))["效果"] == Decimal(expected)


def test_tier_suggestion_follows_the_layout(tmp_path: Path) -> None:
    """A province whose middle tier suggests 60 % prints 18.00 of 30, not 21.00."""
    settings = layout_variant(tmp_path, ("min = 60\nmax = 80\nsuggest = 70",
                                         "min = 60\nmax = 80\nsuggest = 60"))
    text = project(first("效果", "良好", "部分达成指标并具有一定效果", extra=REASON))
    assert scores(run(tmp_path, text, settings))["效果"] == Decimal("18.00")


def _tier_rules(found: list[Diagnostic]) -> list[str]:
    return [d.rule for d in found if d.rule in ("score-outside-tier", "score-below-rule")]


@pytest.mark.parametrize(("actual", "score", "flagged"), [
    ("达成指标", "24", False),       # 24 of 30 = 80 %: the top tier's lower bound is inclusive
    ("达成指标", "23.9", True),      # 79.67 %: below the tier (a note: the preparer's judgement)
    ("部分达成指标并具有一定效果", "24", False),    # 80 %: the middle tier's upper bound, inclusive
    ("部分达成指标并具有一定效果", "24.1", True),   # 80.33 %: above what the tier allows
    ("部分达成指标并具有一定效果", "18", False),    # 60 %: its lower bound, inclusive
    ("部分达成指标并具有一定效果", "17.9", True),   # 59.67 %: below it
])
def test_tier_bounds_are_inclusive(tmp_path: Path, actual: str, score: str,
                                   flagged: bool) -> None:
    settings = layout_variant(tmp_path)
    extra = f", 得分: {score}{REASON}"
    found = findings(tmp_path, project(first("效果", "良好", actual, extra=extra)), settings)
    assert bool(_tier_rules(found)) is flagged, [d.message for d in found]


# --- the 执行率 row ------------------------------------------------------------------------

def test_execution_score_is_capped_at_its_weight(tmp_path: Path) -> None:
    # 84 ÷ 80 = 105 % → 10.5 points, capped at the 10 of the row.
    settings = layout_variant(tmp_path)
    prepared = run(tmp_path, project(first("数量", "≥1(个)", "1(个)"), spent="84"), settings)
    assert prepared.result is not None
    assert prepared.result.execution_rate == Decimal("105.00")
    assert prepared.result.execution_score == Decimal("10.00")


def test_execution_score_uncapped_where_the_layout_says(tmp_path: Path) -> None:
    settings = layout_variant(tmp_path, ("cap_execution_score = true",
                                         "cap_execution_score = false"))
    prepared = run(tmp_path, project(first("数量", "≥1(个)", "1(个)"), spent="84"), settings)
    assert prepared.result is not None
    assert prepared.result.execution_score == Decimal("10.50")


def test_execution_weight_follows_the_layout(tmp_path: Path) -> None:
    # A 20-point 执行率 row: 76 ÷ 80 = 95 % → 19.00; the indicators then hold 80 points.
    settings = layout_variant(tmp_path, ("execution_weight = 10", "execution_weight = 20"))
    text = project(first("数量", "≥1(个)", "1(个)", weight=20), spent="76")
    prepared = run(tmp_path, text, settings)
    assert prepared.result is not None
    assert prepared.result.execution_score == Decimal("19.00")
    assert prepared.result.total == Decimal("99.00")    # 19 + 20 + 20 + 30 + 10


# --- grades at each bound ----------------------------------------------------------------

@pytest.mark.parametrize(("first_score", "total", "grade"), [
    ("30", "100.00", "优"),
    ("20", "90.00", "优"),      # exactly 90: 优 (the minimum is reached)
    ("19.99", "89.99", "良"),
    ("10", "80.00", "良"),
    ("9.99", "79.99", "中"),
    ("0", "70.00", "中"),
])
def test_grade_bounds(tmp_path: Path, first_score: str, total: str, grade: str) -> None:
    # 执行率 80 ÷ 80 = 100 % → 10; the other indicators are met: 20 + 30 + 10; the first gives
    # the rest.
    settings = layout_variant(tmp_path)
    extra = f", 得分: {first_score}" + (REASON if first_score != "30" else "")
    text = project(first("数量", "≥1(个)", "1(个)", extra=extra))
    found = findings(tmp_path, text, settings)
    assert not [d for d in found if d.severity is Severity.ERROR], [d.message for d in found]
    prepared = run(tmp_path, text, settings)
    assert prepared.result is not None
    assert prepared.result.total == Decimal(total)
    assert prepared.result.grade == grade


def test_grade_table_follows_the_layout(tmp_path: Path) -> None:
    """One province grades 80/70/60: 85 is 优 there, 良 on the national table."""
    settings = layout_variant(tmp_path, ('name = "优"\nmin = 90', 'name = "优"\nmin = 80'),
                              ('name = "良"\nmin = 80', 'name = "良"\nmin = 70'))
    text = project(first("数量", "≥1(个)", "1(个)", extra=f", 得分: 15{REASON}"))
    prepared = run(tmp_path, text, settings)
    assert prepared.result is not None
    assert prepared.result.total == Decimal("85.00")
    assert prepared.result.grade == "优"


# --- a typed figure with more places than the form prints --------------------------------

@pytest.mark.parametrize(("score", "refused"), [("23.555", True), ("23.55", False),
                                                ("23.5", False), ("24", False)])
def test_a_typed_score_with_more_places_than_printed_is_an_error(
        tmp_path: Path, score: str, refused: bool) -> None:
    settings = layout_variant(tmp_path)
    text = project(first("数量", "≥100(人)", "90(人)", extra=f", 得分: {score}{REASON}"))
    found = [d for d in findings(tmp_path, text, settings) if d.rule == "figure-places"]
    assert bool(found) is refused
    if refused:
        assert found[0].severity is Severity.ERROR
        assert "23.555 有 3 位小数" in found[0].message and "23.56" in found[0].message
        assert found[0].line is not None


def test_places_follow_the_layouts_display(tmp_path: Path) -> None:
    """A layout printing scores to one place refuses 23.55 and accepts 23.5."""
    settings = layout_variant(tmp_path, ("score = { places = 2", "score = { places = 1"))
    for score, refused in (("23.55", True), ("23.5", False)):
        text = project(first("数量", "≥100(人)", "90(人)", extra=f", 得分: {score}{REASON}"))
        found = [d for d in findings(tmp_path, text, settings) if d.rule == "figure-places"]
        assert bool(found) is refused, score

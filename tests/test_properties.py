"""Property-based tests: whatever a file holds, perfdocs answers with a form or a message.

Three families of input are generated:

- project files built from random but well-formed parts (amounts written every way the
  README allows, targets of every comparator, qualitative results, scores or none),
- the same files mutated the way hands and editors break them (a character typed in the
  wrong place, a line lost, doubled or re-indented, a file cut short),
- arbitrary text and bytes.

For each, :func:`outcome` runs the whole of ``prepare`` (read, compose, schema, calculate,
validate) and the property is that the result is a prepared project or a
:class:`~perfdocs.errors.PerfdocsError`, never another exception. On evaluations that load,
the calculator's invariants are checked: 0 ≤ suggested 得分 ≤ 分值, 执行率 cut as the layout
says, 0 ≤ 执行率得分 ≤ its 分值, 总分 = 执行率得分 + Σ 得分 rounded by the layout, and the
grade follows 总分 by the layout's thresholds.

The CI profile is short (``max_examples=60``). ``pytest -m fuzz`` runs the long profile
(``PERFDOCS_FUZZ_EXAMPLES``, default 2,500 per property) and ``scripts/fuzz.py`` runs
10,000+ examples and prints what they came to.
"""

from __future__ import annotations

import itertools
import os
import tempfile
from collections.abc import Callable
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from perfdocs.errors import PerfdocsError
from perfdocs.loading.settings import Settings

CI = settings(max_examples=60, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
FUZZ = settings(max_examples=int(os.environ.get("PERFDOCS_FUZZ_EXAMPLES", "2500")),
                deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

LAYOUT = "shanghai-2024"
SETTINGS = Settings()

# -- generating project files ----------------------------------------------------------------

FULL_WIDTH = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def quote(text: str) -> str:
    """A YAML double-quoted scalar holding exactly ``text``."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


@st.composite
def amounts(draw: st.DrawFn) -> tuple[str, Decimal]:
    """An amount as a preparer types it, and its value in the file's unit."""
    cents = draw(st.integers(min_value=0, max_value=10**11))
    value = Decimal(cents).scaleb(-2)
    style = draw(st.sampled_from(["plain", "grouped", "full", "int", "spaced"]))
    if style == "plain":
        text = f"{value}"
    elif style == "grouped":
        text = f"{value:,}"
    elif style == "full":
        text = f"{value:,}".translate(FULL_WIDTH)
    elif style == "int":
        value = Decimal(cents // 100)
        text = str(value)
    else:
        text = f" {value} "
    return text, value


def sums_to(parts: list[Decimal]) -> Decimal:
    return sum(parts, Decimal(0))


TARGET_UNITS = ["个", "%", "人次", "次", "份技术观察报告", ""]
COMPARATORS = ["≥", ">=", ">", "≤", "<=", "<", "=", "＞＝"]
QUALITATIVE = ["及时", "稳定", "良好", "具有促进作用", "2024年12月31日前完成"]
TIERS = ["达成指标", "部分达成指标并具有一定效果", "未达成指标且效果较差", "已达成", "未达成"]


@st.composite
def indicators(draw: st.DrawFn, weight: Decimal) -> dict[str, str]:
    """One 三级指标 with the given 分值, its target, actual value and maybe a score."""
    name = draw(st.text(alphabet="培训人数完成率满意度专家咨询反馈及时课题应用", min_size=2,
                        max_size=12))
    if draw(st.booleans()):
        cmp = draw(st.sampled_from(COMPARATORS))
        goal = Decimal(draw(st.integers(min_value=0, max_value=100000))).scaleb(
            -draw(st.integers(min_value=0, max_value=2)))
        unit = draw(st.sampled_from(TARGET_UNITS))
        target = f"{cmp}{goal}({unit})" if unit and draw(st.booleans()) else f"{cmp}{goal}{unit}"
        got = Decimal(draw(st.integers(min_value=0, max_value=200000))).scaleb(-2)
        actual = draw(st.sampled_from([f"{got}({unit})", f"{got}", f"{got}{unit}", "未统计"]))
    else:
        target = draw(st.sampled_from(QUALITATIVE))
        actual = draw(st.sampled_from([*TIERS, target, "较有提高", ""]))
    item = {"三级指标": name or "指标", "年度指标值": target, "实际完成值": actual,
            "分值": str(weight)}
    if not actual:  # a box left blank on the form is a key left out of the file
        del item["实际完成值"]
    if draw(st.booleans()):
        score = draw(st.decimals(min_value=0, max_value=weight, places=2, allow_nan=False,
                                 allow_infinity=False))
        item["得分"] = str(score)
    if draw(st.booleans()):
        item["偏差原因分析及改进措施"] = "后续改进。"
    return item


@st.composite
def weights(draw: st.DrawFn) -> list[Decimal]:
    """分值 of the indicators; usually adding up to 90, sometimes not (a rule must say so)."""
    count = draw(st.integers(min_value=1, max_value=8))
    cuts = sorted(draw(st.lists(st.integers(min_value=0, max_value=9000), min_size=count - 1,
                                max_size=count - 1)))
    bounds = [0, *cuts, 9000]
    parts = [Decimal(b - a).scaleb(-2) for a, b in itertools.pairwise(bounds)]
    if draw(st.integers(min_value=0, max_value=9)) == 0:
        parts[0] += Decimal(draw(st.integers(min_value=1, max_value=5)))
    return parts


@st.composite
def evaluations(draw: st.DrawFn) -> dict[str, Any]:
    """The 自评 part of a project as the plain tree a YAML file loads into (text scalars)."""
    (total_budget, budget) = draw(amounts())
    executed_text, executed = draw(amounts())
    if draw(st.booleans()) and budget > 0:  # mostly a realistic share of the budget
        share = Decimal(draw(st.integers(min_value=0, max_value=10000))) / 10000
        executed = (budget * share).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
        executed_text = str(executed)
    row = {"年初预算数": total_budget, "全年预算数": total_budget, "全年执行数": executed_text}
    funds: dict[str, Any] = {"年度资金总额": row}
    if draw(st.booleans()):
        funds["当年财政拨款"] = dict(row)
        funds["上年结转资金"] = {"年初预算数": "0", "全年预算数": "0", "全年执行数": "0"}
        funds["其他资金"] = {"年初预算数": "0", "全年预算数": "0", "全年执行数": "0"}
    parts = draw(weights())
    items = [draw(indicators(w)) for w in parts]
    groups = ["产出指标", "效益指标", "满意度指标"]
    tree: dict[str, dict[str, list[dict[str, str]]]] = {}
    for index, item in enumerate(items):
        level1 = groups[index % len(groups)]
        level2 = {"产出指标": "数量指标", "效益指标": "社会效益指标",
                  "满意度指标": "服务对象满意度指标"}[level1]
        tree.setdefault(level1, {}).setdefault(level2, []).append(item)
    return {"项目资金": funds,
            "年度总体目标": {"预期目标": "完成任务。", "实际完成情况": "完成了任务。"},
            "绩效指标": tree}


@st.composite
def projects(draw: st.DrawFn) -> dict[str, Any]:
    return {
        "年度": draw(st.sampled_from(["2024", "2024年", "２０２４", "2021"])),
        "项目名称": draw(st.text(alphabet="技能评价业务经费培训/\\:.", min_size=1, max_size=20)),
        "主管部门": "上海市人力资源和社会保障局",
        "实施单位": draw(st.sampled_from(["上海市职业技能鉴定中心", "某某中心", "CON"])),
        "金额单位": draw(st.sampled_from(["元", "万元"])),
        "自评": draw(evaluations()),
    }


def to_yaml(value: Any, indent: int = 0) -> str:
    """Our own small emitter: block mappings and lists, every scalar double-quoted."""
    pad = " " * indent
    if isinstance(value, dict):
        lines = []
        for key, item in value.items():
            if isinstance(item, (dict, list)):
                lines.append(f"{pad}{key}:\n{to_yaml(item, indent + 2)}")
            else:
                lines.append(f"{pad}{key}: {quote(str(item))}")
        return "\n".join(lines)
    lines = []
    for item in value:
        body = to_yaml(item, indent + 2)
        lines.append(f"{pad}- {body.lstrip()}")
    return "\n".join(lines)


def project_text(project: dict[str, Any]) -> str:
    return to_yaml(project) + "\n"


HOSTILE_BITS = [":", ": ", "-", "- ", '"', "'", "\t", "\u3000", "：", "{", "}", "[", "]", "&a ",
                "*a", "!!python/object:os.system ", "!x ", "#", "|", ">", "\x07", "\x00", "𠀀",
                "😀", "\u200b", "\ufeff", "１２３", "％", "，", "万元", "NaN", ".inf", "-1",
                "1e999", "9" * 40, "\r", "\r\n", "\n", "  ", "?", "%YAML 1.1\n", "---\n", "...\n",
                "<<: ", "~", "null", "yes"]


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """A valid project text damaged by one to three hand-made slips."""
    text = project_text(draw(projects()))
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        lines = text.split("\n")
        kind = draw(st.sampled_from(["insert", "delete", "duplicate", "indent", "truncate",
                                     "replace"]))
        where = draw(st.integers(min_value=0, max_value=max(0, len(lines) - 1)))
        if kind == "insert":
            at = draw(st.integers(min_value=0, max_value=len(text)))
            bit = draw(st.sampled_from(HOSTILE_BITS) | st.text(max_size=4))
            text = text[:at] + bit + text[at:]
            continue
        if kind == "delete":
            del lines[where]
        elif kind == "duplicate":
            lines.insert(where, lines[where])
        elif kind == "indent":
            lines[where] = " " * draw(st.integers(min_value=0, max_value=9)) + lines[where].lstrip()
        elif kind == "truncate":
            text = text[: draw(st.integers(min_value=0, max_value=len(text)))]
            continue
        else:
            key, sep, _ = lines[where].partition(": ")
            if sep:
                lines[where] = key + sep + draw(st.sampled_from(HOSTILE_BITS))
        text = "\n".join(lines)
    return text


# -- running them ---------------------------------------------------------------------------


def outcome(data: bytes) -> str:
    """Prepare ``data`` as a project file: "ok", or the PerfdocsError's class name.

    Any other exception propagates: that is the bug the properties look for. A prepared
    project's figures are checked against the calculator's invariants on the way.
    """
    from perfdocs.engine.pipeline import prepare

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.yaml"
        path.write_bytes(data)
        try:
            prepared = prepare(path, SETTINGS, layout_name=LAYOUT)
        except PerfdocsError as exc:
            assert exc.message, "an error the user can act on has a message"
            assert "Traceback" not in str(exc)
            return type(exc).__name__
    if prepared.result is not None:
        check_invariants(prepared.result, prepared.layout)
        assert prepared.result.total is not None, "a file that validates has a 总分"
        assert Decimal(0) <= prepared.result.total <= Decimal(100)
    return "ok"


def check_invariants(result: Any, layout: Any) -> None:
    """The arithmetic of one computed 自评表, restated independently of calculate.py."""
    from perfdocs.layouts.layout import selfeval_form

    form = selfeval_form(layout)
    scoring = form.scoring
    places = Decimal(1).scaleb(-form.rounding.score.places)
    for r in result.indicators:
        weight = r.indicator.weight
        if r.suggested is not None:
            assert Decimal(0) <= r.suggested <= weight, (r.indicator.name, r.suggested, weight)
        if r.indicator.score is not None:
            assert r.score == r.indicator.score.quantize(places, rounding=ROUND_HALF_UP)
        else:
            assert r.score == r.suggested
    funds = result.funds[0]
    if funds.rate is not None:
        assert funds.rate >= 0
        assert result.execution_score is not None
        assert Decimal(0) <= result.execution_score <= scoring.execution_weight
    if result.total is None:
        assert result.grade == ""
        return
    raw = result.execution_score + sum((r.score for r in result.indicators), Decimal(0))
    total_places = Decimal(1).scaleb(-form.rounding.total.places)
    assert result.total == raw.quantize(total_places, rounding=ROUND_HALF_UP)
    assert result.grade == expected_grade(result.total, scoring)


def expected_grade(total: Decimal, scoring: Any) -> str:
    """The grade by the layout's thresholds, read from the highest down."""
    thresholds = sorted(((g.min, g.name) for g in scoring.grades), reverse=True)
    return next((name for low, name in thresholds if total >= low), "")


def evaluate_tree(evaluation: dict[str, Any], unit: str) -> tuple[Any, Any]:
    """Validate a generated 自评 part and compute it with the shanghai-2024 layout."""
    from perfdocs.compute.calculate import evaluate
    from perfdocs.layouts.layout import load_layout, selfeval_form
    from perfdocs.model.plain import to_plain
    from perfdocs.model.project_models import Evaluation, twins

    model = to_plain(Evaluation.model_validate(evaluation, context={"unit": unit}), twins())
    layout = load_layout(LAYOUT)
    return evaluate(model, selfeval_form(layout)), layout


def calculator_holds(evaluation: dict[str, Any], unit: str) -> str:
    """Check the invariants on one generated evaluation, with the rate restated too."""
    from pydantic import ValidationError

    try:
        result, layout = evaluate_tree(evaluation, unit)
    except ValidationError:
        return "schema"
    check_invariants(result, layout)
    total = evaluation["项目资金"]["年度资金总额"]
    budget = Decimal(total["全年预算数"].translate({0xFF10 + i: 48 + i for i in range(10)})
                     .replace("．", ".").replace("，", "").replace(",", "").strip())
    line = result.funds[0]
    if budget > 0 and line.rate is not None:
        exact = Decimal(evaluation_executed(evaluation)) / budget * 100
        assert line.rate == exact.quantize(Decimal("0.01"), rounding=ROUND_DOWN)
    return "ok" if result.total is not None else "no-total"


def evaluation_executed(evaluation: dict[str, Any]) -> str:
    text = evaluation["项目资金"]["年度资金总额"]["全年执行数"]
    return (text.translate({0xFF10 + i: 48 + i for i in range(10)}).replace("．", ".")
            .replace("，", "").replace(",", "").strip())


# -- the properties, short profile --------------------------------------------------------------

PROPERTIES: dict[str, tuple[st.SearchStrategy[Any], Callable[[Any], str]]] = {
    "generated projects": (projects(), lambda p: outcome(project_text(p).encode("utf-8"))),
    "mutated projects": (mutated(), lambda t: outcome(t.encode("utf-8"))),
    "GBK and CRLF files": (projects(), lambda p: outcome(
        project_text(p).replace("\n", "\r\n").encode("gb18030"))),
    "arbitrary text": (st.text(max_size=300), lambda t: outcome(t.encode("utf-8"))),
    "arbitrary bytes": (st.binary(max_size=300), outcome),
    "calculator": (st.tuples(evaluations(), st.sampled_from(["元", "万元"])),
                   lambda pair: calculator_holds(*pair)),
}
"""Each property: a strategy and a check returning an outcome label (scripts/fuzz.py counts them)."""


def _property(name: str, profile: settings) -> Callable[[], None]:
    strategy, check = PROPERTIES[name]

    @profile
    @given(strategy)
    def run(value: Any) -> None:
        check(value)

    return run


@pytest.mark.parametrize("name", list(PROPERTIES))
def test_property(name: str) -> None:
    _property(name, CI)()


@pytest.mark.fuzz
@pytest.mark.parametrize("name", list(PROPERTIES))
def test_property_long(name: str) -> None:
    _property(name, FUZZ)()


# -- a few fixed points the properties rely on ---------------------------------------------------


def test_generated_project_is_valid_when_weights_add_up() -> None:
    """The generator's baseline: a plain file of its kind validates and computes."""
    project = {
        "年度": "2024", "项目名称": "技能评价业务经费", "主管部门": "局", "实施单位": "中心",
        "金额单位": "万元",
        "自评": {
            "项目资金": {"年度资金总额": {"年初预算数": "435.82", "全年预算数": "435.82",
                                  "全年执行数": "429.46"}},
            "年度总体目标": {"预期目标": "完成任务。", "实际完成情况": "完成了任务。"},
            "绩效指标": {"产出指标": {"数量指标": [
                {"三级指标": "培训场次数", "年度指标值": "≥3.00(次)", "实际完成值": "5.00(次)",
                 "分值": "90"}]}},
        },
    }
    assert outcome(project_text(project).encode("utf-8")) == "ok"
    result, _ = evaluate_tree(project["自评"], "万元")
    # 429.46 / 435.82 = 98.5407… → cut to 98.54; × 10 / 100 = 9.854 → 9.85; + 90.
    assert (result.execution_rate, result.execution_score) == (Decimal("98.54"), Decimal("9.85"))
    assert (result.total, result.grade) == (Decimal("99.85"), "优")


def test_shanghai_grades_are_the_readme_thresholds() -> None:
    from perfdocs.layouts.layout import load_layout, selfeval_form

    scoring = selfeval_form(load_layout(LAYOUT)).scoring
    assert [(g.name, g.min) for g in scoring.grades] == [
        ("优", 90), ("良", 80), ("中", 60), ("差", 0)]
    for total, grade in (("100", "优"), ("90.00", "优"), ("89.99", "良"), ("80", "良"),
                         ("79.99", "中"), ("60", "中"), ("59.99", "差"), ("0", "差")):
        assert expected_grade(Decimal(total), scoring) == scoring.grade(Decimal(total)) == grade


def test_emitter_round_trips_awkward_text() -> None:
    import yaml

    awkward = {"a": 'x"y\\z: #1 {[&*!', "b": [{"c": "- d"}, {"e": "\u3000f"}]}
    assert yaml.safe_load(to_yaml(awkward)) == awkward

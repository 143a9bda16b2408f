"""The rules behind a form's derived figures, in words, as the layout in use sets them.

A message that says a printed figure is wrong must say by which rule, and it must be the
rule of the form being checked: a 执行率得分 on a province's form scored in steps
(100% → 10, 80% → 7, 60% → 5) explained as "执行率 × 分值" sent the preparer to the
wrong arithmetic. Every sentence here is built from the layout's ``[scoring]`` and
``[rounding]``, so a new layout explains itself; and every figure in one message carries
its unit the same way (a 执行率 is "94.57%" on both sides, never "94.57%" against "80.00").
"""

from __future__ import annotations

from decimal import Decimal

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from perfdocs.layouts.layout import ExecutionStep, FormLayout, NumberStyle, RoundingSpec

RATE_RULE = "执行率 = 全年执行数 ÷ 全年预算数 × 100%"
TOTAL_RULE = "总分 = 执行率得分 + 各指标得分之和"


def _plain(value: Decimal) -> str:
    """A bound or a step's score as written in a rule: 80, 7.5 (no trailing zeros)."""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def rounding_words(spec: RoundingSpec) -> str:
    """"四舍五入保留 2 位小数" for a layout's rounding of one kind of figure."""
    from perfdocs.model.numbers import MODE_NAMES

    return f"{MODE_NAMES[spec.mode]}保留 {spec.places} 位小数"


def figure(value: Decimal, style: NumberStyle, unit: str | None = None) -> str:
    """``value`` as the form prints figures of ``style`` (places, trimmed zeros, thousands),
    with ``unit`` in place of the style's suffix when given: "94.57%", "7.00", "9.5".

    A value with more places than the style is shown whole (a printed 94.573 is not rounded
    into agreement with the rule), like :func:`perfdocs.forms.numberformat.format_number`.
    """
    step = Decimal(1).scaleb(-style.places)
    fixed = value.quantize(step) if value == value.quantize(step) else value
    text = f"{fixed:,f}" if style.thousands else f"{fixed:f}"
    if style.trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text + (style.suffix if unit is None else unit)


def rate_text(value: Decimal, form: FormLayout) -> str:
    """A 执行率 as a message shows it: the form's places, always with "%" (a form may print
    its rates bare under a "执行率(%)" heading; a sentence cannot)."""
    return figure(value, form.display.rate, "%")


def score_text(value: Decimal, form: FormLayout) -> str:
    """A 得分, 执行率得分 or 总分 as the form prints it."""
    return figure(value, form.display.score)


def rate_rule(form: FormLayout) -> str:
    """How the 执行率 is computed and rounded on this form."""
    return f"{RATE_RULE}，{rounding_words(form.rounding.rate)}"


def _step_bound(step: ExecutionStep) -> str:
    return f"{'≥' if step.inclusive else '>'}{_plain(step.min)}%"


def step_of(form: FormLayout, rate: Decimal) -> ExecutionStep | None:
    """The step of a stepped rule that ``rate`` falls in (None: below every step)."""
    return next((s for s in form.scoring.execution_steps if s.reached_by(rate)), None)


def execution_score_rule(form: FormLayout, rate: Decimal | None = None) -> str:
    """The rule of this form's 执行率得分, with the step ``rate`` falls in when it is known.

    Proportional: "执行率得分 = 执行率 × 分值（10），不超过分值，按表上印出的执行率计算，
    四舍五入保留 2 位小数". Stepped: "执行率得分按执行率分档：≥100% 得 10 分，≥80% 得 7 分，
    ≥60% 得 5 分，低于 60% 得 0 分（按表上印出的执行率分档）；执行率 95.01% 属 ≥80% 一档".
    """
    scoring = form.scoring
    printed = scoring.execution_from == "printed"
    if scoring.execution_rule == "steps":
        steps = scoring.execution_steps
        parts = [f"{_step_bound(s)} 得 {_plain(s.score)} 分" for s in steps]
        lowest = steps[-1] if steps else None
        if lowest is not None and not (lowest.min == 0 and lowest.inclusive):
            parts.append(f"{_below(lowest.min, lowest.inclusive)}% 得 0 分")
        elif lowest is not None and len(steps) > 1:  # the last step is "the rest"
            above = steps[-2]
            parts[-1] = f"{_below(above.min, above.inclusive)}% 得 {_plain(lowest.score)} 分"
        basis = "按表上印出的执行率分档" if printed else "按未舍入的执行率分档"
        text = f"执行率得分按执行率分档：{'，'.join(parts)}（{basis}）"
        if rate is not None:
            step = step_of(form, rate)
            where = f"属 {_step_bound(step)} 一档" if step is not None else "低于各档"
            text += f"；执行率 {rate_text(rate, form)} {where}"
        return text
    cap = "，不超过分值" if scoring.cap_execution_score else ""
    basis = "按表上印出的执行率计算" if printed else "按未舍入的执行率计算"
    return (f"执行率得分 = 执行率 × 分值（{_plain(scoring.execution_weight)}）{cap}，{basis}，"
            f"{rounding_words(form.rounding.execution_score)}")


def grade_rule(form: FormLayout) -> str:
    """The grades of this form by their bounds: "评分等级按总分划档：≥90 优，≥80 良…"."""
    grades = form.scoring.grades
    if not grades:
        return "评分等级按总分划档"
    parts = [f"{'≥' if g.inclusive else '>'}{_plain(g.min)} {g.name}" for g in grades]
    if len(grades) > 1 and grades[-1].min == 0 and grades[-1].inclusive:
        parts[-1] = f"{_below(grades[-2].min, grades[-2].inclusive)} {grades[-1].name}"
    return f"评分等级按总分划档：{'，'.join(parts)}"


def _below(bound: Decimal, inclusive: bool) -> str:
    """What lies under a bound: "低于 60" when the bound itself belongs above, else "≤60"."""
    return f"低于 {_plain(bound)}" if inclusive else f"≤{_plain(bound)}"

"""What a layout that checks clean will still print unlike the province's form: notes, never
refusals, for the clerk who writes the layout.

Two whole-number pitfalls of a 自评表 (``perfdocs layouts`` says them under the layout):

- its scores are rounded to one number of places and printed with another: rounded to
  whole numbers and printed with 2 decimals, a form shows 「19.00」 where the province's
  shows 「19」; rounded to 2 places and printed with none, whole scores show 「9」 beside
  「8.62」 (a figure is padded or trimmed when printed, never rounded again);
- its 执行率得分 follows the exact 执行率 (``execution_from = "exact"``) and is a whole
  number: a rate printed 95% can score 9 of 10, where the province, multiplying the
  printed rate, writes 10. Said only when the layout's own rate rounding, weight and
  score rounding give such a rate (:func:`_exact_differs`), with that rate as the example.

Plain Decimal arithmetic on the layout's records; the calculator's own
:func:`~perfdocs.compute.calculate.execution_score` gives the scores compared.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from perfdocs.layouts.layout import FormLayout, Layout

SCORE_KINDS = (("execution_score", "执行率得分"), ("score", "得分"), ("total", "总分"))
"""The computed scores a 自评表 prints in its ``display.score`` style, by rounding key."""


def whole_number_notes(layout: Layout) -> list[str]:
    """The layout's whole-number pitfalls, one 注意 text each (without 「注意：」)."""
    notes: list[str] = []
    for form in layout.forms.values():
        if form.section != "自评":
            continue
        notes += _places_notes(form)
        found = _exact_differs(form)
        if found is not None:
            notes.append(_exact_note(form, *found))
    return notes


def _places_notes(form: FormLayout) -> list[str]:
    """Scores rounded to fewer places than printed (padded: 「19.00」), or to more (whole
    ones trimmed: 「9」 beside 「8.62」)."""
    shown = form.display.score
    kind = form.kind
    padded = [(key, name, rounded) for key, name in SCORE_KINDS
              if (rounded := getattr(form.rounding, key).places) < shown.places
              and not shown.trim]
    trimmed = [(key, name, rounded) for key, name in SCORE_KINDS
               if (rounded := getattr(form.rounding, key).places) > shown.places]
    notes = []
    if padded:
        names = "、".join(name for _k, name, _p in padded)
        keys = "、".join(key for key, _n, _p in padded)
        places = padded[0][2]
        whole = "整数" if places == 0 else f"{places} 位小数"
        example = _fixed(Decimal(19), shown.places)
        meant = _fixed(Decimal(19), places)
        notes.append(
            f"{kind}的{names}舍入到{whole}（[forms.\"{kind}\".rounding] 的 {keys}："
            f"places = {places}），却按 {shown.places} 位小数印（[forms.\"{kind}\".display] 的 "
            f"score：places = {shown.places}）：表上会印「{example}」，而按{whole}填的表印"
            f"「{meant}」。要印成「{meant}」，把 display 的 score 改为 places = {places}"
            "（或加 trim = true 去掉末尾的 0）；得分本应保留小数的，改 rounding 的 places")
    if trimmed:
        names = "、".join(name for _k, name, _p in trimmed)
        keys = "、".join(key for key, _n, _p in trimmed)
        places = trimmed[0][2]
        example = _fixed(Decimal("8.6237"), places)
        notes.append(
            f"{kind}的{names}算到 {places} 位小数（[forms.\"{kind}\".rounding] 的 {keys}："
            f"places = {places}），却按 {shown.places} 位小数印（[forms.\"{kind}\".display] 的 "
            f"score：places = {shown.places}）：印出时不再舍入，整数得分印「9」，带小数的仍印"
            f"「{example}」，一栏里位数不齐。省里的表印整数的，把 rounding 的 {keys} 改为 "
            f"places = {shown.places}；印小数的，把 display 的 score 改为 places = {places}")
    return notes


def _exact_differs(form: FormLayout) -> tuple[Decimal, Decimal, Decimal, Decimal] | None:
    """(printed rate, an exact rate printed so, its score, the printed rate's score) for the
    highest printed 执行率 whose exact rates can score otherwise than the printed one, when
    the form scores the exact rate in whole numbers by proportion; else None."""
    from perfdocs.compute.calculate import execution_score

    scoring = form.scoring
    if scoring.execution_from != "exact" or scoring.execution_rule != "proportional" \
            or form.rounding.execution_score.places != 0 or scoring.execution_weight <= 0:
        return None
    rate = form.rounding.rate.rounding()
    step = Decimal(1).scaleb(-rate.places)
    tiny = step / 1000
    printed = Decimal(100).quantize(step)
    while printed >= Decimal(50):  # the rates a 执行率得分 is argued over
        for exact in (printed - step / 2, printed - step + tiny, printed,
                      printed + step / 2 - tiny, printed + step - tiny):
            if exact < 0 or rate(exact) != printed:
                continue
            got = execution_score(printed, form, exact)
            expected = execution_score(printed, form)  # no exact: the printed rate's score
            if got is not None and expected is not None and got != expected:
                return printed, exact, got, expected
        printed -= step
    return None


def _exact_note(form: FormLayout, printed: Decimal, exact: Decimal, got: Decimal,
                expected: Decimal) -> str:
    kind = form.kind
    weight = form.scoring.execution_weight.normalize()
    return (f"{kind}的执行率得分按未舍入的执行率计算（[forms.\"{kind}\".scoring] "
            f"execution_from = \"exact\"），又取整数：执行率 {exact.normalize():f}% 印作 "
            f"{printed:f}%，执行率得分是 {got:f}，而按表上印的 {printed:f}% × {weight:f} 分算是 "
            f"{expected:f}，看表的人会以为算错了。省里按表上印的执行率计分的，把 execution_from "
            "改为 \"printed\"；确是按未舍入的执行率计分的，可不改")


def _fixed(value: Decimal, places: int) -> str:
    return f"{value.quantize(Decimal(1).scaleb(-places)):f}"

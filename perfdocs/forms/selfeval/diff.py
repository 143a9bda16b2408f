"""The 自评 part of two versions of a project compared, as the 自评表 prints it, with the
figures the calculator derives from it (执行率, 总分, 评分等级…)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from perfdocs.forms.changes import (
    Change,
    Fields,
    Version,
    add_field,
    amount,
    extra_column_fields,
    figure,
    filled,
    indicator_changes,
    money_form,
    same_text,
    text,
)

if TYPE_CHECKING:
    from perfdocs.compute.calculate import Result
    from perfdocs.layouts.layout import FormLayout
    from perfdocs.model.project import Indicator

KIND = "自评表"


def evaluation_changes(old: Version, new: Version) -> list[Change]:
    """Every change of the 自评 part, then the derived figures (总分, 评分等级 always)."""
    out: list[Change] = []
    a, b = old.project.evaluation, new.project.evaluation
    if a is None and b is None:
        return out
    if a is None or b is None:
        out.append(Change(KIND, ("自评",), filled(a), filled(b)))
        return out
    form = money_form(new, "selfeval")
    if old.parts is None and new.parts is None:  # a workbook's name: the header compares it
        add_field(out, KIND, ("项目名称",), text(a.printed_name), text(b.printed_name))
    from perfdocs.model.project import NATIONAL_FUND_ROWS

    # every funds row either version writes (a layout may declare rows of its own)
    for label in dict.fromkeys([*NATIONAL_FUND_ROWS, *a.funds.rows(), *b.funds.rows()]):
        row_a, row_b = a.funds.row(label), b.funds.row(label)
        for column, attr in (("年初预算数", "initial"), ("全年预算数", "budget"),
                             ("全年执行数", "executed")):
            x = getattr(row_a, attr) if row_a else None
            y = getattr(row_b, attr) if row_b else None
            if x != y:
                add_field(out, KIND, ("项目资金", label, column), amount(x, form),
                          amount(y, form))
    reason_a, reason_b = text(a.funds.reason), text(b.funds.reason)
    if not same_text(reason_a, reason_b):  # the 原因 column right of the funds block
        add_field(out, KIND, ("项目资金", "原因"), reason_a, reason_b)
    for label, attr in (("预期目标", "expected"), ("实际完成情况", "achieved")):
        x, y = text(getattr(a.goals, attr)), text(getattr(b.goals, attr))
        if not same_text(x, y):
            add_field(out, KIND, ("年度总体目标", label), x, y)
    # the tick-box rows and the rows under the 总分 (layouts with choice_rows / note_rows)
    for key in dict.fromkeys([*old.project.choices, *new.project.choices]):
        x = "、".join(old.project.choices.get(key, []))
        y = "、".join(new.project.choices.get(key, []))
        if x != y:
            add_field(out, KIND, ("勾选", key), x or None, y or None)
    for key in dict.fromkeys([*a.notes, *b.notes]):
        x, y = text(a.notes.get(key)), text(b.notes.get(key))
        if not same_text(x, y):
            add_field(out, KIND, ("说明栏", key), x, y)
    scores = (_scores(old), _scores(new))
    fields: Fields[Indicator] = (
        ("年度指标值", lambda ind, side: text(ind.target)),
        ("实际完成值", lambda ind, side: text(ind.actual)),
        ("分值", lambda ind, side: figure(ind.weight, form, "weight")),
        ("得分", lambda ind, side: figure(scores[side].get(id(ind)), form)),
        ("偏差原因分析及改进措施", lambda ind, side: text(ind.reason)),
        *extra_column_fields(a.flat(), b.flat()),
    )
    indicator_changes(out, KIND, a.flat(), b.flat(), fields)
    _derived(out, old.result, new.result, form)
    return out


def _scores(version: Version) -> dict[int, Decimal | None]:
    """The printed 得分 of each indicator (the preparer's, else the rule's), by identity."""
    if version.result is None:
        return {}
    return {id(r.indicator): r.score for r in version.result.indicators}


def _derived(out: list[Change], a: Result | None, b: Result | None,
             form: FormLayout | None) -> None:
    """执行率, 执行率得分, 分值合计 when they moved; 总分 and 评分等级 always."""
    if a is None or b is None:
        return
    add_field(out, KIND, ("执行率",), figure(a.execution_rate, form, "rate"),
              figure(b.execution_rate, form, "rate"), derived=True)
    # each 其中 row prints its own 执行率 beside its amounts (tester6 10p); the total row's
    # is the 执行率 above
    lines_a = {line.field: line for line in a.funds[1:]}
    for line in b.funds[1:]:
        was = lines_a.get(line.field)
        add_field(out, KIND, ("项目资金", line.field, "执行率"),
                  figure(was.rate if was is not None else None, form, "rate"),
                  figure(line.rate, form, "rate"), derived=True)
    add_field(out, KIND, ("执行率得分",), figure(a.execution_score, form),
              figure(b.execution_score, form), derived=True)
    add_field(out, KIND, ("分值合计",), figure(a.total_weight, form, "weight"),
              figure(b.total_weight, form, "weight"), derived=True)
    add_field(out, KIND, ("总分",), figure(a.total, form) or "—", figure(b.total, form) or "—",
              derived=True, always=True)
    add_field(out, KIND, ("评分等级",), a.grade or "—", b.grade or "—", derived=True,
              always=True)

"""The 申报 part of two versions of a project compared, as the 申报表 prints it.

The 2020 绩效目标表 prints the same part, so a project on a 2020 layout is compared here
too (its own fields — 项目概况, 上年度资金使用情况… — are not compared yet).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from perfdocs.forms.changes import (
    Change,
    Fields,
    Version,
    add_field,
    amount,
    extra_column_fields,
    filled,
    indicator_changes,
    money_form,
    same_text,
    text,
)

if TYPE_CHECKING:
    from perfdocs.model.project import DeclaredIndicator

KIND = "申报表"


def declaration_changes(old: Version, new: Version) -> list[Change]:
    """Every change of the 申报 part: its fields, its funds, its indicators' targets."""
    out: list[Change] = []
    a, b = old.project.declaration, new.project.declaration
    if a is None and b is None:
        return out
    if a is None or b is None:
        out.append(Change(KIND, ("申报",), filled(a), filled(b)))
        return out
    form = money_form(new, "declaration")
    for label, attr in (("项目性质", "nature"), ("项目类别", "category"),
                        ("计划开始日期", "start"), ("计划完成日期", "end"),
                        ("项目总目标", "overall_goal"), ("年度总体目标", "annual_goal")):
        x, y = text(getattr(a, attr)), text(getattr(b, attr))
        if not same_text(x, y):
            add_field(out, KIND, (label,), x, y)
    for group, side_a, side_b, names in (
        ("项目资金总额", a.funds.project, b.funds.project,
         (("合计", "total"), ("财政资金", "fiscal"), ("其他资金", "other"))),
        ("年度资金申请总额", a.funds.annual, b.funds.annual,
         (("合计", "total"), ("当年财政拨款", "appropriation"),
          ("上年结转资金", "carried_over"), ("其他资金", "other"))),
    ):
        for label, attr in names:
            if getattr(side_a, attr) != getattr(side_b, attr):
                add_field(out, KIND, ("项目资金", group, label),
                          amount(getattr(side_a, attr), form),
                          amount(getattr(side_b, attr), form))
    fields: Fields[DeclaredIndicator] = (("年度指标值", lambda ind, side: text(ind.target)),
                                         *extra_column_fields(a.flat(), b.flat()))
    indicator_changes(out, KIND, a.flat(), b.flat(), fields)
    return out

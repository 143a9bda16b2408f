"""The figures of the 2020 绩效目标表, in the unit its layout prints and rounded as it says.

The form's 本项目上年度市级财政资金使用情况 block prints four amounts. Two of them are the
declaration's own funds under the 2020 names (项目总预算 = 项目资金总额, 项目当年预算 =
年度资金申请总额), so a project file states each figure once; a figure written under
``上年度资金使用情况`` takes precedence when the 2020 form printed something else. Unit
conversion and rounding are arithmetic, kept here beside
:mod:`perfdocs.forms.declaration.figures` so the form builder
(:mod:`perfdocs.forms.target.builder`) only formats what it is given.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from perfdocs.compute.calculate import to_unit
from perfdocs.records import Record

if TYPE_CHECKING:
    from perfdocs.layouts.layout import FormLayout
    from perfdocs.model.project import Declaration


class TargetFunds(Record, frozen=True, slots=True):
    """The four amounts of the block, in the layout's unit (None: printed blank)."""

    project_total: Decimal | None
    """项目总预算."""
    year_budget: Decimal | None
    """项目当年预算."""
    last_year_budget: Decimal | None
    """同名项目上年预算额."""
    last_year_executed: Decimal | None
    """同名项目上年预算执行数."""


def target_funds(declaration: Declaration, form: FormLayout) -> TargetFunds:
    """Every amount of the 上年度资金使用情况 block, converted and rounded by ``form``."""
    previous = declaration.previous_funds
    project_total = declaration.funds.project.total
    year_budget: Decimal | None = declaration.funds.annual.total
    last_budget = last_executed = None
    if previous is not None:
        if previous.project_total is not None:
            project_total = previous.project_total
        if previous.year_budget is not None:
            year_budget = previous.year_budget
        last_budget, last_executed = previous.last_year_budget, previous.last_year_executed
    return TargetFunds(
        project_total=to_unit(project_total, form),
        year_budget=to_unit(year_budget, form),
        last_year_budget=to_unit(last_budget, form),
        last_year_executed=to_unit(last_executed, form),
    )

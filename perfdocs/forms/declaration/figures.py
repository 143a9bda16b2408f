"""The figures of a 绩效目标申报表, in the unit its layout prints and rounded as it says.

The declaration holds no derived figures of its own, but its amounts are kept in 元 by the
model and a layout may print another unit (the 2024 申报表 prints 元, the 自评表 万元). Unit
conversion and rounding are arithmetic, and arithmetic lives with the calculator, not in a
form builder: the builder only formats what :func:`declared_funds` returns. The consistency
rules use the same function, so a comparison sees exactly the figure a form prints.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from perfdocs.compute.calculate import to_unit
from perfdocs.records import Record

if TYPE_CHECKING:
    from perfdocs.layouts.layout import FormLayout
    from perfdocs.model.project import Declaration


class DeclaredFunds(Record, frozen=True, slots=True):
    """The 项目资金 block of a 申报表, each amount in the layout's unit (None: left blank)."""

    project_total: Decimal | None
    project_fiscal: Decimal | None
    project_other: Decimal | None
    annual_total: Decimal
    appropriation: Decimal | None
    carried_over: Decimal | None
    other: Decimal | None


def declared_funds(declaration: Declaration, form: FormLayout) -> DeclaredFunds:
    """Every amount of the declaration's funds block, converted and rounded by ``form``."""
    project, annual = declaration.funds.project, declaration.funds.annual
    total = to_unit(annual.total, form)
    assert total is not None  # 年度资金申请总额.合计 is required by the schema
    return DeclaredFunds(
        project_total=to_unit(project.total, form),
        project_fiscal=to_unit(project.fiscal, form),
        project_other=to_unit(project.other, form),
        annual_total=total,
        appropriation=to_unit(annual.appropriation, form),
        carried_over=to_unit(annual.carried_over, form),
        other=to_unit(annual.other, form),
    )


def indicator_counts(tree: Mapping[str, Mapping[str, Sequence[object]]]) -> dict[str, int]:
    """Number of 三级指标 under each 一级指标, in the order written (for the unit summary)."""
    return {level1: sum(len(items) for items in groups.values())
            for level1, groups in tree.items()}

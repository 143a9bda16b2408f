"""The tolerance with which a printed 执行率 is accepted (``rate_could_be``), at its edges.

check and validate accept a printed rate that *some* amounts reading as the printed ones give.
The 2024 layout cuts the rate to 2 places. With 全年预算数 10.00 and 全年执行数 9.00 written to
2 places (each known to ± 0.005), the rates range over
    8.995 ÷ 10.005 = 89.905…% → 89.90   and   9.005 ÷ 9.995 = 90.095…% → 90.09,
so 89.90 and 90.09 are accepted, 89.89 and 90.10 are slips.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from perfdocs.compute.calculate import rate_could_be
from perfdocs.layouts.layout import load_layout, selfeval_form

SLACK = Decimal("0.005")


def form() -> Any:
    found = selfeval_form(load_layout("shanghai-2024"))
    assert found is not None
    return found


@pytest.mark.parametrize(("printed", "accepted"), [
    ("89.89", False), ("89.90", True), ("90.00", True), ("90.09", True), ("90.10", False),
])
def test_the_edges_of_the_tolerance(printed: str, accepted: bool) -> None:
    assert rate_could_be(Decimal(printed), Decimal("10.00"), Decimal("9.00"), SLACK, SLACK,
                         form()) is accepted


def test_without_slack_only_the_rate_itself() -> None:
    assert rate_could_be(Decimal("90.00"), Decimal(10), Decimal(9), Decimal(0), Decimal(0), form())
    assert not rate_could_be(Decimal("90.01"), Decimal(10), Decimal(9), Decimal(0), Decimal(0),
                             form())


def test_a_budget_that_could_be_zero_proves_nothing() -> None:
    # 0.004 ± 0.005 may be 0: no rate follows from it.
    assert not rate_could_be(Decimal("50.00"), Decimal("0.004"), Decimal("0.002"), SLACK, SLACK,
                             form())


def test_an_executed_amount_that_could_be_zero_reaches_zero() -> None:
    # 0.003 ± 0.005 万元 of 10.00: from 0 (not a negative amount) up to 0.008 ÷ 9.995 = 0.08 %.
    assert rate_could_be(Decimal("0.00"), Decimal("10.00"), Decimal("0.003"), SLACK, SLACK, form())
    assert rate_could_be(Decimal("0.08"), Decimal("10.00"), Decimal("0.003"), SLACK, SLACK, form())
    assert not rate_could_be(Decimal("0.09"), Decimal("10.00"), Decimal("0.003"), SLACK, SLACK,
                             form())


def test_a_budget_that_reads_as_exactly_the_slack_proves_nothing() -> None:
    # 0.005 − 0.005 = 0: no rate, and no division by zero either.
    assert not rate_could_be(Decimal("50.00"), Decimal("0.005"), Decimal("0.002"), SLACK, SLACK,
                             form())


def test_a_small_budget_still_has_a_range() -> None:
    # 0.50 and 0.40 (万元): from 0.395 ÷ 0.505 = 78.21…% to 0.405 ÷ 0.495 = 81.81…%.
    assert rate_could_be(Decimal("80.00"), Decimal("0.50"), Decimal("0.40"), SLACK, SLACK, form())
    assert rate_could_be(Decimal("78.21"), Decimal("0.50"), Decimal("0.40"), SLACK, SLACK, form())
    assert not rate_could_be(Decimal("81.82"), Decimal("0.50"), Decimal("0.40"), SLACK, SLACK,
                             form())

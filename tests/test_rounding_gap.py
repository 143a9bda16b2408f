"""How far a 其中 sum may miss its total by rounding alone (tester5 N1, N13).

``check`` passed a returned form whose 其中 rows were 0.02 万元 off the 合计 as 「可能只是舍入」:
it allowed half a unit for every figure, the bound included, and a half unit for rows printed
0.00. Rounded half-up, each printed figure lies less than half a unit below what it stands for
and at most half a unit above, so three rows and a total miss by *less than* 0.02: by 0.01 at
most. Checked against random amounts rounded each way, on the rule and on ``check`` of a
rendered form; and ``check`` of a project file reports a 其中 sum as ``validate`` does.
"""

from __future__ import annotations

import random
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_UP, Decimal
from pathlib import Path

import pytest
from conftest import SMALL_PROJECT, invoke

from perfdocs.rules.rounding_gap import Figure, largest_gap, may_be_rounding

D = Decimal
CENT = D("0.01")  # one unit of the last printed place, in 万元
MODES = {"half_up": ROUND_HALF_UP, "half_even": ROUND_HALF_EVEN, "down": ROUND_DOWN,
         "up": ROUND_UP}


def _figures(rows: list[str], total: str) -> tuple[list[Figure], Figure, Decimal]:
    printed = [D(r) for r in rows]
    return ([Figure(p, CENT) for p in printed], Figure(D(total), CENT),
            sum(printed, D(0)) - D(total))


def test_three_rows_half_up_miss_by_a_cent_at_most() -> None:
    rows, total, gap = _figures(["116.30", "0.01", "8.42"], "124.74")  # −0.01
    assert may_be_rounding(gap, rows, total, "half_up")
    assert largest_gap(gap, rows, total, "half_up", CENT) == CENT
    for slip in ("124.75", "124.71"):  # −0.02, +0.02: a slip, whichever way
        rows, total, gap = _figures(["116.30", "0.01", "8.42"], slip)
        assert not may_be_rounding(gap, rows, total, "half_up"), slip


def test_a_row_printed_zero_rounds_one_way_only() -> None:
    # rows printed 0.00 stand for 0 or a little more, never less: they cannot make the
    # rows print more than the total, so one row with money above its total is a slip
    rows, total, gap = _figures(["79.01", "0.00", "0.00"], "79.00")
    assert not may_be_rounding(gap, rows, total, "half_up")
    # …but 40 元 in each: 79.004 + 0.004 + 0.004 print 79.00 + 0 + 0 under 79.01
    rows, total, gap = _figures(["79.00", "0.00", "0.00"], "79.01")
    assert may_be_rounding(gap, rows, total, "half_up")
    rows, total, gap = _figures(["116.30", "0.00", "8.42"], "124.73")
    assert may_be_rounding(gap, rows, total, "half_up")


def test_half_even_reaches_both_halves() -> None:
    # 0.015 ×3 print 0.02 each (0.06); their 0.045 prints 0.04: 0.02 apart, no slip
    rows, total, gap = _figures(["0.02", "0.02", "0.02"], "0.04")
    assert may_be_rounding(gap, rows, total, "half_even")
    assert not may_be_rounding(gap, rows, total, "half_up")


@pytest.mark.parametrize("mode", sorted(MODES))
def test_every_gap_rounding_gives_is_allowed_and_no_more(mode: str) -> None:
    """Amounts in 元 (cents), printed in 万元 to 2 places by ``mode``: every gap that occurs
    is allowed, and no gap one cent larger than :func:`largest_gap` is."""
    draw = random.Random(20261202)
    seen: set[Decimal] = set()
    for _ in range(4000):
        cents = [draw.randrange(0, 3_000_000_00) for _ in range(3)]
        exact = [D(c) / 100 / 10000 for c in cents]
        printed = [e.quantize(CENT, rounding=MODES[mode]) for e in exact]
        total = sum(exact, D(0)).quantize(CENT, rounding=MODES[mode])
        rows = [Figure(p, CENT) for p in printed]
        gap = sum(printed, D(0)) - total
        if gap:
            seen.add(gap)
            assert may_be_rounding(gap, rows, Figure(total, CENT), mode), (mode, cents)
            most = largest_gap(gap, rows, Figure(total, CENT), mode, CENT)
            side = 1 if gap > 0 else -1
            assert abs(gap) <= most
            assert may_be_rounding(side * most, rows, Figure(total, CENT), mode)
            assert not may_be_rounding(side * (most + CENT), rows, Figure(total, CENT), mode)
    if mode == "half_up":
        assert seen <= {CENT, -CENT}


def _rendered(tmp_path: Path) -> Path:
    """perfdocs' own 自评表 of a 万元 project with 其中 rows 78.00 + 0.50 + 0.50 = 79.00
    executed of 79.00 + 0.50 + 0.50 = 80.00 budgeted (none above its budget: ``check`` says
    that warning of ``validate``'s too, tester17 F1)."""
    pytest.importorskip("openpyxl")
    text = SMALL_PROJECT.replace(
        '当年财政拨款: {年初预算数: "100.00", 全年预算数: "80.00", 全年执行数: "79.00"}',
        '当年财政拨款: {年初预算数: "100.00", 全年预算数: "79.00", 全年执行数: "78.00"}').replace(
        "上年结转资金: {年初预算数: 0, 全年预算数: 0, 全年执行数: 0}",
        '上年结转资金: {年初预算数: 0, 全年预算数: "0.50", 全年执行数: "0.50"}').replace(
        "其他资金: {年初预算数: 0, 全年预算数: 0, 全年执行数: 0}",
        '其他资金: {年初预算数: 0, 全年预算数: "0.50", 全年执行数: "0.50"}')
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    code, output = invoke("validate", str(path))
    assert code == 0, output
    out = tmp_path / "out"
    code, output = invoke("render", str(path), "--form", "自评表", "-f", "xlsx", "-o", str(out))
    assert code == 0, output
    (xlsx,) = out.rglob("*自评表.xlsx")
    return xlsx


def _retyped(xlsx: Path, old: float, new: float) -> None:
    import openpyxl

    book = openpyxl.load_workbook(xlsx)
    sheet = book.active
    assert sheet is not None
    cell = next(c for row in sheet.iter_rows() for c in row if c.value == old)
    cell.value = new
    book.save(xlsx)


def test_check_calls_a_two_cent_slip_on_a_returned_form_an_error(tmp_path: Path) -> None:
    xlsx = _rendered(tmp_path)
    _retyped(xlsx, 78.0, 78.02)  # the reviewer's slip: 80.02 against a 合计 of 80.00
    code, output = invoke("check", str(xlsx))
    assert code == 1, output
    assert "全年执行数合计 79.02 万元，与年度资金总额的 79.00 万元不符" in output
    assert "可能只是舍入" not in output
    _retyped(xlsx, 78.02, 78.01)  # a cent: four figures rounded half-up can give that
    code, output = invoke("check", str(xlsx))
    assert code == 0, output
    assert "相加最多可差 0.01 万元），可能只是舍入" in output


def test_check_of_a_project_file_refuses_what_validate_refuses(tmp_path: Path) -> None:
    """A file typed in 万元 holds the figures themselves: a cent off is a slip (N13)."""
    path = tmp_path / "p.yaml"
    path.write_text(SMALL_PROJECT.replace(
        '当年财政拨款: {年初预算数: "100.00", 全年预算数: "80.00", 全年执行数: "79.00"}',
        '当年财政拨款: {年初预算数: "100.00", 全年预算数: "80.00", 全年执行数: "79.01"}'),
        encoding="utf-8")
    said = {}
    for command in ("validate", "check"):
        code, output = invoke(command, str(path))
        assert code == 1, output
        said[command] = output
        assert "全年执行数合计 79.01 万元，与年度资金总额的 79.00 万元不符" in output
        assert "可能只是舍入" not in output and "舍入的范围内" not in output
    code, output = invoke("render", str(path), "-o", str(tmp_path / "out"))
    assert code == 1

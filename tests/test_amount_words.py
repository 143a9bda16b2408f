"""What to write instead, when an amount is typed the way clerks write "none" (「/」「—」
「－」「无」) or with a unit perfdocs does not read (「12.5万」): the message used to be a bare
「「/」不是数字」, while a blank box already said 没有资金请写 0."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from perfdocs.model.numbers import NumberError, parse_amount
from tests.conftest import SMALL_PROJECT, invoke

NONE = "（没有资金请写 0）"


@pytest.mark.parametrize("typed", ["/", "／", "—", "——", "－", "-", "--", "–", "无", "暂无", "N/A",
                                   " / "])
def test_a_clerk_s_none_is_told_to_write_0(typed: str) -> None:
    with pytest.raises(NumberError) as info:
        parse_amount(typed, "万元")
    assert str(info.value) == f"「{typed}」不是数字{NONE}"


@pytest.mark.parametrize(("typed", "unit", "spelled"), [
    ("12.5万", "元", "12.5万元"), ("12.5 万", "万元", "12.5万元"), ("１２.５万", "元", "12.5万元"),
    ("1.2亿", "元", "12000万元"), ("1.2亿元", "万元", "12000万元"), ("3亿", "元", "30000万元"),
])
def test_a_unit_perfdocs_does_not_read_is_spelled_out(typed: str, unit: str,
                                                      spelled: str) -> None:
    with pytest.raises(NumberError) as info:
        parse_amount(typed, unit)
    assert str(info.value) == (f"「{typed}」不是数字（金额的单位只能写「元」或「万元」："
                               f"请写成 {spelled}）")
    assert parse_amount(spelled, unit) > 0  # the suggested spelling is read


@pytest.mark.parametrize("typed", ["abc", "万", "二十万", "/5"])
def test_other_texts_keep_the_bare_message(typed: str) -> None:
    with pytest.raises(NumberError) as info:
        parse_amount(typed, "元")
    assert str(info.value) == f"「{typed}」不是数字"


@pytest.mark.parametrize("typed", ["98%", "98％", "1,080.50%"])
def test_a_figure_refused_for_its_percent_sign_says_to_drop_it(typed: str) -> None:
    """tester17 F2: a bare 「不是数字」 gave no hint of the fix."""
    with pytest.raises(NumberError) as info:
        parse_amount(typed, "元")
    assert str(info.value) == f"「{typed}」不是数字：这里只写数字，请去掉「%」"


def test_figures_still_read() -> None:
    assert parse_amount("12.5万元", "元") == Decimal("125000.0")
    assert parse_amount("0", "万元") == 0 and parse_amount("1,080.50", "元") == Decimal("1080.50")


@pytest.mark.parametrize(("typed", "words"), [
    ('"/"', f"「/」不是数字{NONE}"), ("无", f"「无」不是数字{NONE}"),
    ('"12.5万"', "「12.5万」不是数字（金额的单位只能写「元」或「万元」：请写成 12.5万元）"),
])
def test_validate_says_it_at_the_box(write_project: Any, typed: str, words: str) -> None:
    old = '上年结转资金: {年初预算数: 0,'
    assert old in SMALL_PROJECT
    path = write_project(SMALL_PROJECT.replace(old, f"上年结转资金: {{年初预算数: {typed},"))
    code, out = invoke("validate", str(path))
    assert code == 1
    assert f"{path}:10: 错误 自评.项目资金.上年结转资金.年初预算数: {words}" in out.splitlines()


@pytest.mark.parametrize(("typed", "unit", "bare"), [
    ("¥1,250.00", "万元", "1,250.00"), ("￥1,250.00", "元", "1,250.00"),
    ("¥ 86.5万元", "元", "86.5万元"), ("RMB1,250.00", "元", "1,250.00"),
    ("rmb 1250", "万元", "1250"), ("人民币1,250.00元", "万元", "1,250.00元"),
])
def test_a_currency_mark_before_an_amount_is_read(typed: str, unit: str, bare: str) -> None:
    """tester6 10a: 「¥1,250.00」 copied from the 预算系统 was said to have its thousands
    commas misplaced. The mark says the currency, not 元 or 万元: read as the bare figure."""
    from perfdocs.forms.sheet import cell_number
    from perfdocs.model.numbers import amount_figure

    assert parse_amount(typed, unit) == parse_amount(bare, unit)
    assert amount_figure(typed) == amount_figure(bare)
    assert cell_number(typed) == cell_number(bare)  # a workbook cell so pasted


@pytest.mark.parametrize("typed", ["约1,250.00", "$1,250.00", "¥", "1,250.00¥"])
def test_a_word_beside_commas_is_not_a_separator_slip(typed: str) -> None:
    with pytest.raises(NumberError) as info:
        parse_amount(typed, "万元")
    assert str(info.value) == f"「{typed}」不是数字"


def test_validate_reads_a_yen_amount(write_project: Any) -> None:
    old = '上年结转资金: {年初预算数: 0,'
    path = write_project(SMALL_PROJECT.replace(old, '上年结转资金: {年初预算数: "¥0.00",'))
    code, out = invoke("validate", str(path))
    assert code == 0, out
    assert "千位分隔符" not in out and "不是数字" not in out

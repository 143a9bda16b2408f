"""Two amounts compared in one warning are both in the file's 金额单位 (tester17 F7).

README 「消息里的金额按本文件的金额单位写出」: amounts pasted from a 元 ledger into a 万元 file
(「2,001,000元」) were quoted as typed, so a warning compared 2,001,000.00 元 with 20.00 万元.
"""

from __future__ import annotations

from tests.conftest import SMALL_PROJECT, invoke

MIXED = SMALL_PROJECT.replace(
    '年度资金总额: {年初预算数: "100.00", 全年预算数: "80.00", 全年执行数: "79.00"}',
    '年度资金总额: {年初预算数: "100.00", 全年预算数: "800,000元", 全年执行数: "800,100"}',
).replace(
    '当年财政拨款: {年初预算数: "100.00", 全年预算数: "80.00", 全年执行数: "79.00"}',
    '当年财政拨款: {年初预算数: "100.00", 全年预算数: "80.00", 全年执行数: "801,000元"}')


def test_overspend_and_unit_slip_say_both_amounts_in_the_files_unit(write_project) -> None:
    path = write_project(MIXED)
    _, output = invoke("validate", str(path))
    assert "当年财政拨款的全年执行数 80.10 万元高于全年预算数 80.00 万元" in output
    assert "年度资金总额的全年执行数 800,100.00 万元高于全年预算数 80.00 万元" in output
    assert ("年度资金总额的全年执行数 800,100.00 万元与年度资金总额的全年预算数 80.00 万元相差约 "
            "10,001 倍") in output
    assert " 元高于" not in output and "801,000.00 元" not in output

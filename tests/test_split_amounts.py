"""An amount with thousands commas, unquoted, inside a YAML ``{ }`` mapping.

README allows money as 8,600.00. In ``{年初预算数: "38.00", 全年执行数: 1,037.62}`` YAML ends
an entry at every comma: 全年执行数 became 1 and 「037.62」 an unknown key, and the preparer
was told only 「未知的键「037.62」」. Now the message names the amount and the quotes it needs.
"""

from __future__ import annotations

from typing import Any

import pytest

from perfdocs.engine.pipeline import prepare
from perfdocs.errors import Severity, ValidationFailed
from perfdocs.loading.settings import Settings
from tests.conftest import SMALL_PROJECT, invoke

QUOTED = '年度资金总额: {年初预算数: "100.00", 全年预算数: "80.00", 全年执行数: "79.00"}'


def failures(write_project: Any, text: str) -> list[Any]:
    with pytest.raises(ValidationFailed) as failed:
        prepare(write_project(text), Settings())
    return [d for d in failed.value.diagnostics if d.severity is Severity.ERROR]


def test_thousands_comma_inside_braces_names_the_quotes(write_project: Any) -> None:
    text = SMALL_PROJECT.replace(QUOTED, '年度资金总额: {年初预算数: "38.00", 全年预算数: "38.00", '
                                 "全年执行数: 1,037.62}")
    (d,) = failures(write_project, text)
    assert d.rule == "split-amount" and d.line == 8
    assert d.field == "自评.项目资金.年度资金总额.全年执行数" and d.label == "全年执行数"
    assert d.message == ("全年执行数 的值 1,037.62 写在 { } 里没加引号，逗号被当作分隔符，读成了 "
                         "全年执行数: 1 和多出的键「037.62」：{ } 里带千位逗号的金额（数字）须加"
                         "英文引号，写成 全年执行数: \"1,037.62\"（或不写逗号：1037.62）")
    assert "未知的键" not in d.message


def test_millions_and_every_row_each_said_once(write_project: Any) -> None:
    text = SMALL_PROJECT.replace(
        QUOTED, '年度资金总额: {年初预算数: 1,200,000.00, 全年预算数: "80.00", 全年执行数: "79.00"}'
    ).replace('当年财政拨款: {年初预算数: "100.00"', "当年财政拨款: {年初预算数: 2,100")
    found = failures(write_project, text)
    assert [(d.line, d.field, d.rule) for d in found] == [
        (8, "自评.项目资金.年度资金总额.年初预算数", "split-amount"),
        (9, "自评.项目资金.当年财政拨款.年初预算数", "split-amount")]
    assert "读成了 年初预算数: 1 和多出的键「200」、「000.00」" in found[0].message
    assert '写成 年初预算数: "1,200,000.00"（或不写逗号：1200000.00）' in found[0].message
    assert '写成 年初预算数: "2,100"' in found[1].message


def test_where_any_key_is_allowed_the_1_is_not_kept_silently(write_project: Any) -> None:
    text = SMALL_PROJECT.replace('实际完成值: "120(人)"\n',
                                 '实际完成值: "120(人)"\n          其他栏: {备注: 1,500.5}\n')
    (d,) = failures(write_project, text)
    assert d.rule == "split-amount" and d.field.endswith("其他栏.备注")
    assert '写成 备注: "1,500.5"' in d.message


@pytest.mark.parametrize("written", [
    '{年初预算数: "1,037.62", 全年预算数: "80.00", 全年执行数: "79.00"}',
    "{年初预算数: 1037.62, 全年预算数: 80, 全年执行数: 79}",
    "{年初预算数: 0, 全年预算数: 0, 全年执行数: 0}",
])
def test_amounts_yaml_reads_whole_are_left_alone(write_project: Any, written: str) -> None:
    text = SMALL_PROJECT.replace(QUOTED, f"年度资金总额: {written}")
    try:
        found = prepare(write_project(text), Settings()).diagnostics
    except ValidationFailed as failed:  # the funds may not add up: not this rule's concern
        found = failed.diagnostics
    assert not [d for d in found if d.rule in ("split-amount", "schema:extra_forbidden")]


def test_a_block_line_reads_the_comma_as_part_of_the_amount(write_project: Any) -> None:
    text = SMALL_PROJECT.replace(QUOTED, "年度资金总额:\n      年初预算数: 1,100.00\n"
                                 "      全年预算数: 80\n      全年执行数: 79")
    try:
        found = prepare(write_project(text), Settings()).diagnostics
    except ValidationFailed as failed:  # 1,100.00 is not the 当年财政拨款 row's 100.00
        found = failed.diagnostics
    assert not [d for d in found if d.rule in ("split-amount", "schema:extra_forbidden")]
    assert any("1100" in d.message or "1,100" in d.message for d in found)


def test_validate_prints_file_and_line(write_project: Any) -> None:
    path = write_project(SMALL_PROJECT.replace('全年执行数: "79.00"}', "全年执行数: 1,079.00}", 1))
    code, out = invoke("validate", str(path))
    assert code == 1
    assert (f"{path.name}:8: 错误 自评.项目资金.年度资金总额.全年执行数: 全年执行数 的值 1,079.00 "
            "写在 { } 里没加引号") in out


def test_two_amounts_with_the_same_thousands_are_no_duplicate_key(write_project: Any) -> None:
    """{年初预算数: 1,000.00, 全年预算数: 1,000.00, …} makes the key 000.00 twice: each amount
    is named, not 「键「000.00」重复出现」."""
    text = SMALL_PROJECT.replace(
        QUOTED, '年度资金总额: {年初预算数: 1,000.00, 全年预算数: 1,000.00, 全年执行数: "79.00"}')
    found = failures(write_project, text)
    assert [(d.field, d.rule) for d in found] == [
        ("自评.项目资金.年度资金总额.年初预算数", "split-amount"),
        ("自评.项目资金.年度资金总额.全年预算数", "split-amount")]
    assert all('"1,000.00"' in d.message and "重复" not in d.message for d in found)

"""A target whose quotation marks are in the wrong place is named as such, with the way to
write it: ``"≥95"%`` (a YAML error) and ``≥"95%"`` (text that reads as no figure)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import DATA_2024, SMALL_PROJECT, invoke

TARGET = '年度指标值: "≥90%"'


@pytest.mark.parametrize(("typed", "fixed"), [
    ('年度指标值: "≥90"%', '年度指标值: "≥90%"'),
    ("年度指标值: '≥90'%", '年度指标值: "≥90%"'),
    ('年度指标值: "≥90"（%）', '年度指标值: "≥90（%）"'),
])
def test_a_quote_closed_before_the_unit_is_named_with_the_fix(
        write_project: Callable[..., Path], typed: str, fixed: str) -> None:
    path = write_project(SMALL_PROJECT.replace(TARGET, typed))
    line = next(n for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if typed in text)
    code, output = invoke("validate", str(path))
    assert code == 1
    assert output.startswith(f"{path}:{line}: 错误: YAML 格式错误：引号只括住了值的一部分"), output
    assert f"请写成 {fixed}" in output
    assert "不能出现在值的开头" not in output


def test_quotes_inside_a_target_are_an_error_naming_the_field(
        write_project: Callable[..., Path]) -> None:
    path = write_project(SMALL_PROJECT.replace(TARGET, '年度指标值: ≥"90%"'))
    code, output = invoke("validate", str(path))
    assert code == 1
    (line,) = [x for x in output.splitlines() if ": 错误" in x]  # one finding, not two
    assert "服务对象满意度指标[1].年度指标值" in line
    assert line.endswith('年度指标值「≥"90%"」里夹着引号，读不出其中的数字：引号只能括住整个值，'
                         '请写成 年度指标值: "≥90%"')


def test_quotes_inside_a_declared_target_too(tmp_path: Path) -> None:
    text = (DATA_2024 / "技能评价业务经费.yaml").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[29].strip() == '年度指标值: "≥3.00(次)"'
    lines[29] = lines[29].replace('"≥3.00(次)"', '≥"3.00"(次)')
    path = tmp_path / "p.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, output = invoke("validate", str(path))
    assert code == 1
    assert f"{path}:30: 错误 申报." in output
    assert '请写成 年度指标值: "≥3.00(次)"' in output


def test_quotes_around_words_are_left_alone(write_project: Callable[..., Path]) -> None:
    path = write_project(SMALL_PROJECT.replace("年度指标值: 具有促进作用",
                                               '年度指标值: 具有"明显"促进作用'))
    code, output = invoke("validate", str(path))
    assert code == 0, output

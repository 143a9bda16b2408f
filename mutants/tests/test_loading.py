"""Reading project files: figures as people type them, and messages that name the line."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from perfdocs.errors import InputError, ValidationFailed
from perfdocs.loading.project import load_project
from perfdocs.model.numbers import NumberError, parse_amount, parse_decimal
from perfdocs.model.targets import parse_measure
from tests.conftest import SMALL_PROJECT


@pytest.mark.parametrize(("text", "value"), [
    ("8,600.00", "8600.00"), ("8600", "8600"), ("８６００．００", "8600.00"),
    (" 1,080,740 ", "1080740"), ("0", "0"), (".5", "0.5"),
])
def test_parse_decimal(text: str, value: str) -> None:
    assert parse_decimal(text) == D(value)


@pytest.mark.parametrize("text", ["2,5", "abc", "NaN", "inf", "1e3", "", "1.2.3"])
def test_parse_decimal_rejects(text: str) -> None:
    with pytest.raises(NumberError):
        parse_decimal(text)


def test_parse_amount_units() -> None:
    assert parse_amount("435.82", "万元") == D("4358200.00")
    assert parse_amount("86,000,000.00元", "万元") == D("86000000.00")
    assert parse_amount("1.5万元", "元") == D("15000.0")
    with pytest.raises(NumberError):
        parse_amount("-1", "元")


@pytest.mark.parametrize(("text", "cmp", "value", "unit", "reverse"), [
    ("≥50.00(个)", ">=", "50.00", "个", False),
    ("=100(%)", "=", "100", "%", False),
    ("≤5%", "<=", "5", "%", True),
    ("=0(起)", "=", "0", "起", True),
    (">=90%", ">=", "90", "%", False),
    (">5000人", ">", "5000", "人", False),
    ("≥95.00(% )", ">=", "95.00", "%", False),
    ("≥59.00(份技术观察报告)", ">=", "59.00", "份技术观察报告", False),
    ("≥500.00(人次)", ">=", "500.00", "人次", False),
])
def test_parse_measure(text: str, cmp: str, value: str, unit: str, reverse: bool) -> None:
    m = parse_measure(text)
    assert (m.comparator, m.value, m.unit, m.reverse) == (cmp, D(value), unit, reverse)
    assert m.text == text


@pytest.mark.parametrize("text", ["及时", "顺利完成", "具有促进作用", "2020年12月31日前完成资助拨款工作"])
def test_qualitative_measure(text: str) -> None:
    assert not parse_measure(text).quantitative


def test_small_project_loads_with_decimals(write_project) -> None:
    project = load_project(write_project()).project
    assert project.evaluation.funds.total.budget == D("800000.00")  # 80 万元 in 元
    first = project.evaluation.flat()[0][3]
    assert first.weight == D("30") and isinstance(first.weight, D)


def _line(path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, start=1) if needle in line)


def errors_of(path) -> list:
    with pytest.raises(ValidationFailed) as info:
        load_project(path)
    return info.value.diagnostics


def test_missing_required_field_names_label_and_line(write_project) -> None:
    path = write_project(SMALL_PROJECT.replace("实施单位: 某某中心\n", ""))
    (d,) = errors_of(path)
    assert d.field == "实施单位" and d.message == "缺少必填项"


def test_bad_score_names_its_line(write_project) -> None:
    path = write_project(SMALL_PROJECT.replace("分值: 20", "分值: 二十"))
    (d,) = errors_of(path)
    line = _line(path, "分值: 二十")
    assert d.line == line and "不是数字" in d.message
    assert d.format().startswith(f"{path}:{line}: 错误 自评.绩效指标.产出指标.数量指标[2].分值")


def test_duplicate_key_rejected(write_project) -> None:
    path = write_project(SMALL_PROJECT.replace("主管部门: 某某局\n", "主管部门: 某某局\n主管部门: 另一局\n"))
    with pytest.raises(InputError, match="重复") as info:
        load_project(path)
    assert info.value.line == 4


def test_tab_indentation(write_project) -> None:
    path = write_project(SMALL_PROJECT.replace("  年度总体目标:", "\t年度总体目标:"))
    with pytest.raises(InputError, match="Tab") as info:
        load_project(path)
    assert info.value.line == _line(path, "\t年度总体目标")


def test_malformed_yaml_line(write_project) -> None:
    path = write_project(SMALL_PROJECT.replace("预期目标: 完成年度培训任务。", "预期目标: [完成年度"))
    with pytest.raises(InputError) as info:
        load_project(path)
    assert info.value.line is not None and 14 <= info.value.line <= 16


def test_gbk_bom_and_crlf_files_read(write_project, tmp_path) -> None:
    gbk = write_project(SMALL_PROJECT, "gbk.yaml", encoding="gbk")
    assert load_project(gbk).project.unit == "某某中心"
    bom = tmp_path / "bom.yaml"
    bom.write_bytes(b"\xef\xbb\xbf" + SMALL_PROJECT.replace("\n", "\r\n").encode())
    assert load_project(bom).project.name == "测试项目"


def test_empty_missing_and_directory(tmp_path) -> None:
    empty = tmp_path / "empty.yaml"
    empty.write_text("")
    with pytest.raises(InputError, match="空"):
        load_project(empty)
    with pytest.raises(InputError):
        load_project(tmp_path / "nope.yaml")
    with pytest.raises(InputError):
        load_project(tmp_path)


def test_object_tags_refused(write_project) -> None:
    path = write_project("年度: !!python/object/apply:os.system ['echo hi']\n")
    with pytest.raises(InputError):
        load_project(path)


def test_unknown_unit(write_project) -> None:
    with pytest.raises(InputError, match="金额单位"):
        load_project(write_project(SMALL_PROJECT.replace("金额单位: 万元", "金额单位: 千元")))

"""填报信息 values checked against the header and footer lines of the project's layout."""

from __future__ import annotations

from pathlib import Path

from perfdocs.engine.pipeline import prepare
from perfdocs.errors import Severity
from perfdocs.loading.settings import Settings
from tests.conftest import ROOT, SMALL_PROJECT, invoke

STEPS = ROOT / "data" / "steps-2022" / "中小学校舍维修改造.yaml"


def _warnings(path: Path) -> list[str]:
    return [d.format() for d in prepare(path, Settings(out=path.parent)).diagnostics
            if d.severity is Severity.WARNING and d.rule == "unprinted-filing"]


def test_a_misspelt_filing_key_is_named_with_the_field_the_line_prints(tmp_path: Path) -> None:
    """填表人 for 填报人: the footer would print [unit]'s preparer instead of 刘洋."""
    path = tmp_path / "p.yaml"
    path.write_text(STEPS.read_text(encoding="utf-8").replace("  填报人: 刘洋", "  填表人: 刘洋"),
                    encoding="utf-8")
    assert _warnings(path) == [
        f"{path}:10: 警告 填报信息.填表人: 版式 steps-2022 的表上没有「填表人」一项，这里写的内容"
        "不会印出：是不是「填报人」？（表头、表尾印的是：填报单位、填报人、联系电话、填报日期）"]
    code, out = invoke("validate", "--strict", str(path))
    assert code == 1 and "填表人" in out


def test_the_bundled_example_and_a_layout_without_lines(tmp_path: Path) -> None:
    assert _warnings(STEPS) == []
    path = tmp_path / "p.yaml"  # shanghai-2024 prints no header or footer line
    path.write_text(SMALL_PROJECT + "填报信息:\n  填报人: 王芳\n", encoding="utf-8")
    (found,) = _warnings(path)
    assert "版式 shanghai-2024 的表上没有「填报人」一项" in found
    assert "header_lines 或 footer_lines" in found


def test_a_layouts_extra_column_written_as_an_indicator_key_points_to_other_columns(
        tmp_path: Path) -> None:
    """完成时间 written beside 实际完成值 (the tester): the message says it goes under 其他栏;
    a one-character slip (得份) keeps its plain 是不是「得分」."""
    whole = ROOT / "data" / "whole-2019" / "基层农技推广体系建设补助.yaml"
    path = tmp_path / "p.yaml"
    path.write_text(whole.read_text(encoding="utf-8").replace(
        "          备注: 含线上培训 30 人", "          完成时间: 2025年11月"), encoding="utf-8")
    code, out = invoke("validate", str(path))
    assert code == 1
    assert "未知的键「完成时间」" in out and "如 其他栏: {完成时间: …}" in out
    path.write_text(whole.read_text(encoding="utf-8").replace("          分值: 20",
                                                               "          分值: 20\n          得份: 20", 1),
                    encoding="utf-8")
    code, out = invoke("validate", str(path))
    assert code == 1 and "是不是「得分」？" in out and "其他栏" not in out

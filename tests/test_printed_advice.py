"""The advice beside printed figures that differ from the typed ones fits the file: a file
already in the form's unit, with more decimal places than the form prints, is told to write
the form's places, not to 「按万元填写」 (tester5 N15)."""

from __future__ import annotations

from pathlib import Path

from perfdocs.engine.pipeline import prepare
from perfdocs.loading.settings import Settings
from tests.conftest import ROOT

NATIONAL = ROOT / "data" / "national-2020" / "社区居家养老服务补助.yaml"


def test_four_places_in_wan_yuan_are_told_to_write_two(tmp_path: Path) -> None:
    text = NATIONAL.read_text(encoding="utf-8")
    for old, new in (
        ('年度资金总额: {年初预算数: "300.00", 全年预算数: "320.00", 全年执行数: "301.77"}',
         '年度资金总额: {年初预算数: "300.00", 全年预算数: "536.40", 全年执行数: "511.2650"}'),
        ('当年财政拨款: {年初预算数: "300.00", 全年预算数: "300.00", 全年执行数: "283.52"}',
         '当年财政拨款: {年初预算数: "300.00", 全年预算数: "516.40", 全年执行数: "493.0150"}'),
    ):
        assert old in text
        text = text.replace(old, new)
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    notes = [d.message for d in prepare(path, Settings()).diagnostics
             if d.rule == "rate-printed-amounts"]
    assert len(notes) == 1, notes
    assert "95.32%" in notes[0] and "95.31%" in notes[0]
    assert notes[0].endswith("要表上一致，金额写到 2 位小数")
    assert "按万元填写" not in notes[0]

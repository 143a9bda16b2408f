"""A low 执行率 gets a note (tester8 #9): 4.86 typed for 48.6 in a file with only the
年度资金总额 row went through as 10.00 %, the project still 优, nothing said."""

from __future__ import annotations

from pathlib import Path

from perfdocs.engine.pipeline import prepare
from perfdocs.errors import Severity
from perfdocs.loading.settings import Settings
from tests.conftest import SMALL_PROJECT, invoke

TOTAL = '年度资金总额: {年初预算数: "100.00", 全年预算数: "80.00", 全年执行数: "79.00"}'
GRANT = '当年财政拨款: {年初预算数: "100.00", 全年预算数: "80.00", 全年执行数: "79.00"}'


def _file(tmp_path: Path, executed: str) -> Path:
    assert TOTAL in SMALL_PROJECT and GRANT in SMALL_PROJECT
    path = tmp_path / "p.yaml"
    path.write_text(SMALL_PROJECT.replace(TOTAL, TOTAL.replace('"79.00"', f'"{executed}"'))
                    .replace(GRANT, GRANT.replace('"79.00"', f'"{executed}"')),
                    encoding="utf-8")
    return path


def _notes(path: Path) -> list[str]:
    return [d.message for d in prepare(path, Settings(), strict=True).diagnostics
            if d.rule == "execution-low" and d.severity is Severity.NOTE]


def test_a_tenth_of_the_budget_asks_about_a_lost_digit(tmp_path: Path) -> None:
    path = _file(tmp_path, "7.90")  # 79.00 with the point one place off (9.875 %, cut)
    (note,) = _notes(path)  # a note: --strict still renders it
    assert note.startswith("年度资金总额的执行率只有 9.87%（全年执行数 7.90 万元，全年预算数 80.00 万元）："
                           "是否少写了一位或点错了小数点？"), note
    code, out = invoke("validate", str(path), notes=True)
    assert code == 0 and f"{path.name}:8: 提示 自评.项目资金.年度资金总额.全年执行数" in out, out


def test_a_low_rate_asks_for_the_reason_and_a_usual_one_says_nothing(tmp_path: Path) -> None:
    (note,) = _notes(_file(tmp_path, "30.00"))  # 37.50 %
    assert "执行率只有 37.50%" in note and "少写了一位" not in note
    assert "请在自评报告的偏差原因分析中说明资金执行情况" in note
    assert _notes(_file(tmp_path, "40.00")) == []  # 50.00 %: not below

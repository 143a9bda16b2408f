"""``check`` on a returned 申报表 (tester5 N8).

It said 「没有「自评」部分，无可核对」 and exit 0 even with 其中 rows 10 万元 off the 合计; now
it runs the 申报 rules ``import`` and ``validate`` run, at the sheet's cells.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, invoke

SOURCE = ROOT / "data" / "national-2020" / "社区居家养老服务补助.yaml"


def _declaration(tmp_path: Path) -> Path:
    pytest.importorskip("openpyxl")
    out = tmp_path / "out"
    code, output = invoke("render", str(SOURCE), "--form", "申报表", "-f", "xlsx", "-o", str(out))
    assert code == 0, output
    (xlsx,) = out.rglob("*申报表.xlsx")
    return xlsx


def test_an_untouched_declaration_passes(tmp_path: Path) -> None:
    xlsx = _declaration(tmp_path)
    code, output = invoke("check", str(xlsx))
    assert code == 0, output
    assert "未发现问题" in output and "无可核对" not in output


def test_a_declared_row_off_its_total_is_an_error_at_its_cell(tmp_path: Path) -> None:
    import openpyxl

    xlsx = _declaration(tmp_path)
    book = openpyxl.load_workbook(xlsx)
    sheet = book.active
    assert sheet is not None
    # 其中：当年财政拨款 (300.00 under a 年度资金总额 of 300.00) raised by 10 万元
    row = next(r for r in sheet.iter_rows() if any(c.value == "其中：当年财政拨款" for c in r))
    cell = next(c for c in row if c.value == 300)
    cell.value = 310
    book.save(xlsx)
    code, output = invoke("check", str(xlsx))
    assert code == 1, output
    # named as the 申报表 prints the box (its 年度资金申请总额 row reads 年度资金总额)
    assert "错误" in output and "（年度资金总额）: 当年财政拨款、上年结转资金、其他资金合计 " \
        "310.00 万元，与年度资金总额的 300.00 万元不符" in output
    assert "无可核对" not in output

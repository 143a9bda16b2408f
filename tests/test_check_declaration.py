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


def _cells_right_of(sheet: object, label: str) -> list[object]:
    rows = sheet.iter_rows()  # type: ignore[attr-defined]
    row = next(r for r in rows if any(c.value == label for c in r))
    at = next(i for i, c in enumerate(row) if c.value == label)
    return [c for c in row[at + 1:] if c.value is not None]


def test_a_group_written_in_part_must_still_add_up(tmp_path: Path) -> None:
    """tester6 #5: 年度资金总额 300.00 with 当年财政拨款 290.00 and the other two lines left
    blank passed ``check`` (only a fully written group was added up); a blank line now
    counts as 0 once another is written, as on the 自评表. All written but blank 0s: fine."""
    import openpyxl

    xlsx = _declaration(tmp_path)
    book = openpyxl.load_workbook(xlsx)
    sheet = book.active
    for label in ("上年结转资金", "其他资金"):
        for cell in _cells_right_of(sheet, label):
            if cell.value == 0:  # type: ignore[attr-defined]
                cell.value = None  # type: ignore[attr-defined]
    book.save(xlsx)
    code, output = invoke("check", str(xlsx))
    assert code == 0, output  # blank lines of 0: the group still adds up
    (cell,) = [c for c in _cells_right_of(sheet, "其中：当年财政拨款")
               if c.value == 300]  # type: ignore[attr-defined]
    cell.value = 290  # type: ignore[attr-defined]
    book.save(xlsx)
    code, output = invoke("check", str(xlsx))
    assert code == 1, output
    assert ("（年度资金总额）: 当年财政拨款、上年结转资金、其他资金合计 290.00 万元（上年结转资金、"
            "其他资金没有填写，按 0 计），与年度资金总额的 300.00 万元不符：还差 10.00 万元"
            in output), output


@pytest.mark.parametrize("source", sorted((ROOT / "data" / "2020").glob("*.yaml")),
                         ids=lambda p: p.stem)
def test_an_untouched_target_form_passes(tmp_path: Path, source: Path) -> None:
    """tester7 N2: shanghai-2020's 绩效目标表 does not print 主管部门, which its import
    leaves 待填写 (said as a 提示); check counted that as an error of the workbook:
    「✗ 1 处问题」, exit 1, on perfdocs' own unchanged form."""
    pytest.importorskip("openpyxl")
    out = tmp_path / "out"
    code, output = invoke("render", str(source), "--form", "绩效目标表", "-f", "xlsx", "-o",
                          str(out))
    assert code == 0, output
    (xlsx,) = out.rglob("*绩效目标表.xlsx")
    code, output = invoke("check", str(xlsx))
    assert code == 0, output
    assert "未发现问题" in output and "错误" not in output

"""One 项目绩效一览表 over projects of different layouts (tester5 N7, N10).

A yunnan-2022 project (元) beside a national-2020 one (万元) once printed 456,000.00 under
「金额单位：万元」 and added it into the 合计 (456,320.00); listed the other way round, the
一览表 became 元 and printed the 万元 project's 320.00 as 元. A hebei-2019 project first
(「执行率印整数百分比」) made every amount print without its places and the 合计 执行率 93%,
second 93.34 %. Now a unit whose projects share one layout gets it; one that mixes layouts
gets the run's layout (``--layout``, else perfdocs.toml's ``[render] layout``), every row's
amounts converted from its exact 元 into that layout's unit and rounding, whatever the order.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from conftest import ROOT, invoke

from perfdocs.engine.summaries import prepare_all
from perfdocs.errors import PerfdocsError
from perfdocs.forms.summary.builder import Summary, summarize
from perfdocs.layouts.layout import load_layout
from perfdocs.loading.settings import Settings

D = Decimal
EXAMPLES = {"national": "national-2020/社区居家养老服务补助.yaml",  # 万元: 320.00 / 301.77
            "yunnan": "yunnan-2022/学生资助专项资金.yaml",        # 元: 456,000.00 / 441,320.50
            "hebei": "hebei-2019/教学楼供暖管网改造.yaml"}         # 万元, as typed: 43.2 / 37.24


def _moved(tmp_path: Path, key: str) -> str:
    """The example as a project of one unit and year (某县教育局, 2023)."""
    lines = []
    for line in (ROOT / "data" / EXAMPLES[key]).read_text(encoding="utf-8").splitlines():
        if line.startswith("年度:"):
            line = "年度: 2023"
        elif line.startswith("实施单位:"):
            line = "实施单位: 某县教育局"
        lines.append(line)
    path = tmp_path / f"{key}.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def _one(paths: list[str], layout: str = "national-2020") -> Summary:
    settings = Settings()
    (only,) = summarize(prepare_all(paths, settings),
                        lambda: load_layout(layout, settings.layout_paths))
    return only


def _figures(summary: Summary) -> list[tuple[Decimal | None, ...]]:
    return [(row.budget, row.executed) for row in summary.rows]


def test_yuan_rows_are_converted_into_the_overviews_wan_yuan(tmp_path: Path) -> None:
    national, yunnan = _moved(tmp_path, "national"), _moved(tmp_path, "yunnan")
    for order in ([national, yunnan], [yunnan, national]):
        summary = _one(order)
        assert summary.money_unit == "万元"
        by_path = dict(zip(order, _figures(summary), strict=True))
        assert by_path[yunnan] == (D("45.60"), D("44.13"))  # 441,320.50 元 → 44.13 万元
        assert by_path[national] == (D("320.00"), D("301.77"))
        assert (summary.totals.budget, summary.totals.executed) == (D("365.60"), D("345.90"))
        # (3,017,700 + 441,320.50) / (3,200,000 + 456,000) = 94.612…%
        assert summary.totals.rate == D("94.61")
        assert summary.converted == (yunnan,)


def test_a_yuan_overview_converts_the_wan_yuan_rows(tmp_path: Path) -> None:
    national, yunnan = _moved(tmp_path, "national"), _moved(tmp_path, "yunnan")
    summary = _one([national, yunnan], layout="yunnan-2022")
    assert summary.money_unit == "元"
    assert _figures(summary) == [(D("3200000.00"), D("3017700.00")),
                                 (D("456000.00"), D("441320.50"))]
    assert summary.totals.budget == D("3656000.00")
    assert summary.converted == (national,)


def test_formats_and_the_totals_rate_do_not_follow_the_first_file(tmp_path: Path) -> None:
    national, hebei = _moved(tmp_path, "national"), _moved(tmp_path, "hebei")
    first, second = _one([hebei, national]), _one([national, hebei])
    for summary in (first, second):
        assert summary.layout.name == "national-2020"
        assert summary.money_form.display.money == second.money_form.display.money
        assert (summary.totals.budget, summary.totals.executed) == (D("363.20"), D("339.01"))
        assert summary.totals.rate == D("93.34")  # 339.01 / 363.20, not the hebei form's 93
    # each row's own 执行率 still prints as its own form does (hebei: whole per cent)
    assert first.rows[0].rate == second.rows[1].rate == D("86")


def test_one_layout_keeps_its_own_overview(tmp_path: Path) -> None:
    """A unit whose projects share a layout is printed with it, not the settings' one."""
    yunnan = _moved(tmp_path, "yunnan")
    summary = _one([yunnan], layout="national-2020")
    assert summary.layout.name == "yunnan-2022" and summary.money_unit == "元"
    assert _figures(summary) == [(D("456000.00"), D("441320.50"))]
    assert summary.converted == ()


def test_mixed_layouts_without_a_run_layout_are_refused(tmp_path: Path) -> None:
    national, yunnan = _moved(tmp_path, "national"), _moved(tmp_path, "yunnan")
    with pytest.raises(PerfdocsError) as caught:
        summarize(prepare_all([national, yunnan], Settings()))
    message = caught.value.message
    assert "版式 national-2020，金额单位 万元" in message
    assert "版式 yunnan-2022，金额单位 元" in message
    assert "无法决定项目绩效一览表的金额单位" in message


def test_overview_command_prints_the_settings_layout(tmp_path: Path) -> None:
    import openpyxl

    national, yunnan = _moved(tmp_path, "national"), _moved(tmp_path, "yunnan")
    config = tmp_path / "perfdocs.toml"
    config.write_text('[render]\nlayout = "national-2020"\n', encoding="utf-8")
    for n, order in enumerate(([yunnan, national], [national, yunnan])):
        out = tmp_path / f"o{n}"
        code, said = invoke("--config", str(config), "overview", *order, "--out", str(out),
                            "--date", "2024-03-01", notes=True)
        assert code == 0, said
        assert "一览表按版式「national-2020」印（perfdocs.toml 的 [render] layout；金额单位：万元" in said and yunnan in said
        assert "年度资金申请总额合计 300.00 万元" in said
        (xlsx,) = out.glob("*.xlsx")
        sheet = openpyxl.load_workbook(xlsx).active
        assert sheet is not None
        cells = [c.value for row in sheet.iter_rows()
                 for c in row]
        assert "金额单位：万元；指标数单位：个" in cells
        assert 456000 not in cells and 45.6 in cells and 44.13 in cells
        assert 365.6 in cells and 345.9 in cells


def test_the_packet_says_which_rows_its_overview_converted(tmp_path: Path) -> None:
    """tester6 #10n: ``packet`` says the 注意 line ``overview`` says (README promises it)."""
    national, yunnan = _moved(tmp_path, "national"), _moved(tmp_path, "yunnan")
    code, out = invoke("packet", national, yunnan, "--stage", "自评", "--out",
                       str(tmp_path / "pk"), "-f", "xlsx", notes=True)
    assert code == 0, out
    lines = [line for line in out.splitlines() if "已按它换算" in line]
    assert len(lines) == 1 and lines[0].startswith("注意：") and yunnan in lines[0], out

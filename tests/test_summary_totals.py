"""The 项目绩效一览表's 合计 row: the printed amounts added, the 执行率 of the exact ones.

A sichuan-2023 自评 of 101.235 万元 spent of 120.00 prints 101.24 and 84.36 % (from the exact
amounts); its 合计 row once printed 84.37 %, the rate of the printed 101.24, and 0.00 under
年度资金申请总额 where no project has a 申报 part. Amounts of several projects add as printed
(the column foots: tester4's three 124.74 printed 合计 374.21), or exactly where the layout
says ``[overview] totals_from = "exact"``. Checked on the figures and in the text of all
three formats of ``perfdocs packet --stage 自评``.
"""

from __future__ import annotations

import subprocess
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest
from conftest import invoke, need

from perfdocs.engine.summaries import prepare_all
from perfdocs.forms.summary.builder import summarize
from perfdocs.loading.settings import Settings

D = Decimal
PROJECT = """\
年度: 2025
项目名称: {name}
主管部门: 成都市某某区教育局
实施单位: 某区第三小学
版式: sichuan-2023
金额单位: 万元
填报信息:
  项目负责人: 赵强
  财务负责人: 钱芳
自评:
  项目资金:
    年度资金总额: {{年初预算数: "{budget}", 全年预算数: "{budget}", 全年执行数: "{spent}"}}
    财政资金: {{年初预算数: "{budget}", 全年预算数: "{budget}", 全年执行数: "{spent}"}}
    财政专户管理资金: {{年初预算数: 0, 全年预算数: 0, 全年执行数: 0}}
    单位资金: {{年初预算数: 0, 全年预算数: 0, 全年执行数: 0}}
    其他资金: {{年初预算数: 0, 全年预算数: 0, 全年执行数: 0}}
    原因: 学生人数减少。
  年度总体目标:
    预期目标: 保障学生营养餐。
    实际完成情况: 基本保障。
  绩效指标:
    产出指标:
      数量指标:
        - {{三级指标: 受益学生人数, 年度指标值: "≥400人", 实际完成值: "333人", 分值: "22.5", 偏差原因分析及改进措施: 学生转学。}}
      质量指标:
        - {{三级指标: 食品抽检合格率, 年度指标值: "≥80%", 实际完成值: "73%", 分值: "22.5", 偏差原因分析及改进措施: 加强抽检。}}
      时效指标:
        - {{三级指标: 补助发放及时率, 年度指标值: "=100%", 实际完成值: "100%", 分值: 10}}
    效益指标:
      社会效益指标:
        - {{三级指标: 学生健康水平, 年度指标值: 提高, 实际完成值: 部分达成指标并具有一定效果, 分值: 25, 偏差原因分析及改进措施: 继续推进。}}
    满意度指标:
      服务对象满意度指标:
        - {{三级指标: 家长满意度, 年度指标值: "≥90%", 实际完成值: "90%", 分值: 10}}
  说明栏:
    项目实施内容及过程概述: 按月发放。
    评价结论: 良。
    存在问题: 人数减少。
    改进措施: 精准测算。
"""
MEALS = {"name": "学生营养餐补助", "budget": "120.00", "spent": "101.235"}
BOOKS = {"name": "图书购置补助", "budget": "80.00", "spent": "50.125"}
"""Printed 50.13: the printed amounts add to 151.37 (75.69 %), the exact ones to 151.36
(75.68 %)."""


def _files(folder: Path, *projects: dict[str, str]) -> list[str]:
    folder.mkdir()
    out = []
    for n, p in enumerate(projects, start=1):
        path = folder / f"{n}-{p['name']}.yaml"
        path.write_text(PROJECT.format(**p), encoding="utf-8")
        out.append(str(path))
    return out


def test_one_project_totals_read_as_its_row(tmp_path: Path) -> None:
    (s,) = summarize(prepare_all(_files(tmp_path / "sc", MEALS), Settings()))
    (row,), t = s.rows, s.totals
    assert (row.budget, row.executed, row.rate) == (D("120.00"), D("101.24"), D("84.36"))
    assert (t.budget, t.executed, t.rate) == (row.budget, row.executed, row.rate)
    assert row.annual is None and t.annual is None  # no 申报 part: blank, not 0.00


def test_several_projects_add_printed_amounts(tmp_path: Path) -> None:
    (s,) = summarize(prepare_all(_files(tmp_path / "sc", MEALS, BOOKS), Settings()))
    assert s.layout.overview.totals_from == "printed"
    assert [r.executed for r in s.rows] == [D("101.24"), D("50.13")]
    t = s.totals
    # the column foots: 101.24 + 50.13; the rate is of 1,513,600 元 of 2,000,000 元, 75.68 %
    # (the printed 151.37 would give 75.685 → 75.69 %), as each row's is of its exact amounts
    assert (t.budget, t.executed, t.rate) == (D("200.00"), D("151.37"), D("75.68"))
    exact = (D("1012350") + D("501250")) / (D("1200000") + D("800000")) * 100
    assert t.rate == exact.quantize(D("0.01"), ROUND_HALF_UP)
    assert (D("101.24") + D("50.13")) / 200 * 100 == D("75.685")


def test_layout_may_add_exact_amounts(tmp_path: Path) -> None:
    folder = tmp_path / "exact-totals"
    folder.mkdir()
    (folder / "layout.toml").write_text(
        'extends = "sichuan-2023"\n[overview]\ntotals_from = "exact"\n', encoding="utf-8")
    files = _files(tmp_path / "sc", MEALS, BOOKS)
    for name in files:
        path = Path(name)
        path.write_text(path.read_text(encoding="utf-8").replace(
            "版式: sichuan-2023", f"版式: {folder}"), encoding="utf-8")
    (s,) = summarize(prepare_all(files, Settings()))
    assert s.layout.overview.totals_from == "exact"
    t = s.totals
    # 1,513,600 元 rounded once: 151.36, a cent off the printed rows' 151.37
    assert (t.budget, t.executed, t.rate) == (D("200.00"), D("151.36"), D("75.68"))


def test_yuan_rows_foot_in_wan(tmp_path: Path) -> None:
    """tester4 1(b): three projects typed in 元, each 1,247,365.00 spent, print 124.74 万元;
    the 合计 is 374.22 (it was 374.21, the exact 3,742,095 元 rounded)."""
    spent = {"name": "教师培训", "budget": "1300000", "spent": "1247365"}
    files = _files(tmp_path / "sc", *({**spent, "name": f"教师培训{n}"} for n in range(3)))
    for name in files:
        path = Path(name)
        path.write_text(path.read_text(encoding="utf-8").replace(
            "金额单位: 万元", "金额单位: 元"), encoding="utf-8")
    (s,) = summarize(prepare_all(files, Settings()))
    assert [r.executed for r in s.rows] == [D("124.74")] * 3
    assert s.totals.executed == D("374.22") == sum(r.executed for r in s.rows
                                                    if r.executed is not None)
    assert s.totals.budget == D("390.00")


def _summary_texts(tmp_path: Path, files: list[str]) -> dict[str, list[Any]]:
    """The 合计 row's cells as each format shows them: xlsx values, docx and PDF texts."""
    openpyxl = pytest.importorskip("openpyxl")
    docx = pytest.importorskip("docx")
    out = tmp_path / "out"
    code, output = invoke("packet", *files, "--stage", "自评", "-o", str(out))
    assert code == 0, output
    (folder,) = (p for p in out.iterdir() if p.is_dir() and not p.name.startswith("."))
    base = folder / "某区第三小学2025年度项目绩效一览表"
    sheet = openpyxl.load_workbook(base.with_suffix(".xlsx")).active
    (xlsx,) = ([c.value for c in row] for row in sheet.iter_rows() if row[0].value == "合计")
    (word,) = ([c.text for c in r.cells] for r in docx.Document(str(base.with_suffix(".docx")))
               .tables[0].rows if r.cells[0].text == "合计")
    text = subprocess.run([need("pdftotext"), "-layout", str(base.with_suffix(".pdf")), "-"],
                          capture_output=True, text=True, check=True).stdout
    (pdf,) = (line.split() for line in text.splitlines() if line.strip().startswith("合计"))
    return {"xlsx": xlsx, "docx": word, "pdf": pdf}


def test_packet_totals_row_in_all_formats(tmp_path: Path) -> None:
    files = _files(tmp_path / "sc", MEALS, BOOKS)
    got = _summary_texts(tmp_path, files)
    # 序号 项目名称 | 性质 类别 年度资金申请总额 | 预算 执行 执行率 总分 等级
    assert got["xlsx"] == ["合计", None, None, None, None, 200, 151.37, 0.7568, None, None]
    assert got["docx"] == ["合计", "合计", "", "", "", "200.00", "151.37", "75.68%", "", ""]
    assert got["pdf"] == ["合计", "200.00", "151.37", "75.68%"]
    # again into the same folder: the rows kept in its cache (exact amounts with them)
    assert _summary_texts(tmp_path, files) == got


def test_packet_one_project_totals_equal_its_row(tmp_path: Path) -> None:
    got = _summary_texts(tmp_path, _files(tmp_path / "sc", MEALS))
    assert got["docx"][4:8] == ["", "120.00", "101.24", "84.36%"]
    assert got["xlsx"][4:8] == [None, 120, 101.24, 0.8436]
    assert got["pdf"] == ["合计", "120.00", "101.24", "84.36%"]

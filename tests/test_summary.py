"""The unit summary (汇总表) of the bundled 2024 unit, checked against its projects."""

from __future__ import annotations

import subprocess
from decimal import Decimal
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from conftest import DATA_2024, SMALL_PROJECT, need

from perfdocs.cli.summary import summary as summary_command
from perfdocs.engine.pipeline import prepare
from perfdocs.engine.summaries import prepare_all, write_summary
from perfdocs.errors import ValidationFailed
from perfdocs.forms.summary.builder import build_summary_form, summarize
from perfdocs.loading.settings import Settings

FILES = sorted(str(p) for p in DATA_2024.glob("*.yaml"))
TITLE = "上海市职业技能鉴定中心2024年度项目绩效目标汇总表"
D = Decimal


def _unit_summary():  # type: ignore[no-untyped-def]
    (only,) = summarize(prepare_all(FILES, Settings()))
    return only


def test_rows_are_the_projects() -> None:
    s = _unit_summary()
    assert s.title == TITLE
    assert s.level1 == ("产出指标", "效益指标", "满意度指标")
    rows = {r.name: r for r in s.rows}
    assert set(rows) == {"职业培训基础能力建设资助", "技能评价业务经费",
                         "第48届世赛筹办场地经理跟岗学习经费"}
    skills = rows["技能评价业务经费"]
    assert (skills.nature, skills.category) == ("经常性专项业务费", "特定目标类")
    assert skills.annual == D("4358177.00")
    assert skills.counts == {"产出指标": 22, "效益指标": 8, "满意度指标": 3}
    assert skills.budget == D("4358200.00")  # 435.82 万元 in 元
    assert skills.executed == D("4294600.00")
    assert (skills.rate, skills.total, skills.grade) == (D("98.54"), D("92.85"), "优")
    training = rows["职业培训基础能力建设资助"]
    assert training.annual == D("86000000.00")
    assert training.rate == D("99.58") and training.total == D("92.96")
    undeclared = rows["第48届世赛筹办场地经理跟岗学习经费"]
    assert undeclared.annual is None and undeclared.nature == ""
    assert undeclared.total == D("97.76")


def test_totals_are_the_sum_of_the_projects() -> None:
    s = _unit_summary()
    t = s.totals
    assert t.annual == sum(r.annual for r in s.rows if r.annual is not None)
    assert t.annual == D("90358177.00")
    assert t.budget == sum(r.budget for r in s.rows if r.budget is not None)
    assert t.budget == (D("7683.13") + D("435.82") + D("541.15")) * 10000
    assert t.executed == (D("7651.32") + D("429.46") + D("501.35")) * 10000
    for level1 in s.level1:
        assert t.counts[level1] == sum(r.counts.get(level1, 0) for r in s.rows)
    # The totals row's rate is cut from the summed amounts, like a project's.
    assert t.rate == D("99.09")
    assert t.executed / t.budget * 100 > t.rate > t.executed / t.budget * 100 - D("0.01")
    # Each project's count matches its own declaration (or evaluation when undeclared).
    for path in FILES:
        project = prepare(path, Settings()).project
        row = next(r for r in s.rows if r.path == path)
        tree = (project.declaration or project.evaluation).flat()
        assert row.indicators == len(tree)


def test_form_grid_and_totals_row() -> None:
    s = _unit_summary()
    form = build_summary_form(s)
    form.check()
    (block,) = form.blocks
    assert block.repeat_rows == 2
    assert form.title == TITLE and form.subtitle == "金额单位：元"
    heading = {c.text: c for c in block.cells if c.row == 0}
    assert heading["绩效指标数（个）"].colspan == 4
    assert heading["自评"].colspan == 5
    assert heading["项目名称"].rowspan == 2
    last = block.rows()[-1]
    texts = [c.text for c in last]
    assert texts[0] == "合计" and last[0].colspan == 4
    assert "90,358,177.00" in texts
    assert "86,601,000.00" in texts and "85,821,300.00" in texts
    assert texts[2:6] == ["70", "18", "10", "98"]  # after 合计 (A:D) and the amount (E)
    annual = next(c for c in last if c.text == "90,358,177.00")
    column = [c.number for c in block.cells
              if c.col == annual.col and 1 < c.row < block.n_rows - 1 and c.number is not None]
    assert sum(column) == annual.number


def test_groups_by_unit_and_year(tmp_path: Path) -> None:
    other = tmp_path / "other.yaml"
    other.write_text(SMALL_PROJECT, encoding="utf-8")
    later = tmp_path / "later.yaml"
    later.write_text(SMALL_PROJECT.replace("年度: 2024", "年度: 2025"), encoding="utf-8")
    found = summarize(prepare_all([*FILES, str(other), str(later)], Settings()))
    assert sorted((s.unit, s.year, len(s.rows)) for s in found) == [
        ("上海市职业技能鉴定中心", 2024, 3), ("某某中心", 2024, 1), ("某某中心", 2025, 1)]


def test_one_bad_file_stops_the_summary(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(SMALL_PROJECT.replace("分值: 10", "分值: 11"), encoding="utf-8")
    with pytest.raises(ValidationFailed) as info:
        write_summary([*FILES, str(bad)], Settings(), tmp_path / "out", font=None)
    assert any(d.file == str(bad) for d in info.value.diagnostics)
    assert not (tmp_path / "out").exists()


def test_summary_command_writes_xlsx_and_pdf(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    pytest.importorskip("perfdocs.render.xlsx.writer")

    @click.group()
    @click.pass_context
    def cli(ctx: click.Context) -> None:
        ctx.obj = {}

    cli.add_command(summary_command)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["summary", *FILES, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "3 个项目" in result.output and "90,358,177.00" in result.output
    xlsx, pdf = out / f"{TITLE}.xlsx", out / f"{TITLE}.pdf"
    assert xlsx.is_file() and pdf.is_file()
    sheet = openpyxl.load_workbook(xlsx).active
    values = [c.value for row in sheet.iter_rows() for c in row if c.value is not None]
    assert TITLE in values
    assert Decimal(str(next(v for v in values if v == 90358177))) == D("90358177")
    pdftotext = need("pdftotext")
    text = subprocess.run([pdftotext, "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert TITLE in text
    for figure in ("86,000,000.00", "4,358,177.00", "90,358,177.00", "99.58", "92.85"):
        assert figure in text
    # Same input, same bytes.
    first = xlsx.read_bytes(), pdf.read_bytes()
    CliRunner().invoke(cli, ["summary", *FILES, "--out", str(out)])
    assert (xlsx.read_bytes(), pdf.read_bytes()) == first

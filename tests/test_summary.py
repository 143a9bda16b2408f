"""The 项目绩效一览表 of the bundled 2024 unit, checked against its projects.

The official 汇总表 (the title over each 申报表) is tested in test_declaration_summary.py.
"""

from __future__ import annotations

import subprocess
from decimal import Decimal
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from conftest import DATA_2024, SMALL_PROJECT, need

from perfdocs.engine.pipeline import prepare
from perfdocs.engine.summaries import prepare_all, write_summary
from perfdocs.errors import ValidationFailed
from perfdocs.forms.summary.builder import build_summary_form, summarize
from perfdocs.loading.settings import Settings

FILES = sorted(str(p) for p in DATA_2024.glob("*.yaml"))
TITLE = "上海市职业技能鉴定中心2024年度项目绩效一览表"
D = Decimal


def _unit_summary():  # type: ignore[no-untyped-def]
    (only,) = summarize(prepare_all(FILES, Settings()))
    return only


def test_rows_are_the_projects() -> None:
    s = _unit_summary()
    assert s.title == TITLE
    assert s.level1 == ("产出指标", "效益指标", "满意度指标")
    rows = {r.name: r for r in s.rows}
    # an evaluated project's row carries the name its 自评表 prints (自评.项目名称)
    assert set(rows) == {"职业培训基础能力建设资助", "技能评价业务工作经费",
                         "第48届世赛筹办场地经理跟岗学习经费"}
    skills = rows["技能评价业务工作经费"]
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
    assert undeclared.counts == {} and not undeclared.declared  # no declared indicators
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
    # Each project's count is its own declaration's; a project without one counts none.
    for path in FILES:
        project = prepare(path, Settings()).project
        row = next(r for r in s.rows if r.path == path)
        declared = project.declaration.flat() if project.declaration else []
        assert row.indicators == len(declared)


def test_form_grid_keeps_declaration_and_evaluation_apart() -> None:
    s = _unit_summary()
    form = build_summary_form(s)
    form.check()
    (block,) = form.blocks
    assert block.repeat_rows == 2
    assert form.title == TITLE and form.subtitle == "金额单位：元；指标数单位：个"
    assert form.kind == "项目绩效一览表" and "汇总表" not in form.title
    heading = {c.text: c for c in block.cells if c.row == 0}
    declared, evaluated = heading["绩效目标申报"], heading["绩效自评"]
    # 项目性质, 项目类别, 年度资金申请总额, three 一级 counts and their 合计
    assert declared.colspan == 7 and evaluated.colspan == 5
    assert declared.last_col < evaluated.col  # the groups never share a column
    assert heading["项目名称"].rowspan == 2
    under = {c.text: c.col for c in block.cells if c.row == 1}
    for label in ("项目\n性质", "项目\n类别", "年度资金申请总额\n（元）", "产出\n指标", "指标\n合计"):
        assert declared.col <= under[label] <= declared.last_col, label
    for label in ("全年预算数\n（元）", "全年执行数\n（元）", "执行率\n(%)", "总分", "评分\n等级"):
        assert evaluated.col <= under[label] <= evaluated.last_col, label
    # The project without a 申报 part: blank under 绩效目标申报, figures under 绩效自评.
    row = next(r for r in block.rows()
               if r[1].text == "第48届世赛筹办场地经理跟岗学习经费")
    assert all(c.text == "" for c in row if declared.col <= c.col <= declared.last_col)
    assert [c.text for c in row if c.col >= evaluated.col] == [
        "5,411,500.00", "5,013,500.00", "92.64", "97.76", "优"]
    last = block.rows()[-1]
    texts = [c.text for c in last]
    assert texts[0] == "合计" and last[0].colspan == 2
    assert "90,358,177.00" in texts
    assert "86,601,000.00" in texts and "85,821,300.00" in texts
    # seed 001's two declarations: 34 + 22 产出, 9 + 8 效益, 5 + 3 满意度 (the third project
    # declares nothing, so its 自评 indicators are not counted here)
    assert texts[3:8] == ["90,358,177.00", "56", "17", "8", "81"]
    annual = next(c for c in last if c.text == "90,358,177.00")
    column = [c.number for c in block.cells
              if c.col == annual.col and 1 < c.row < block.n_rows - 1 and c.number is not None]
    assert sum(column) == annual.number


def test_overview_layout_keys(tmp_path: Path) -> None:
    """[overview] sets the title, money unit, columns and labels."""
    import shutil

    from perfdocs.layouts.layout import load_layout

    folder = tmp_path / "variant"
    shutil.copytree(Path(__file__).parents[1] / "templates" / "shanghai-2024", folder)
    with (folder / "layout.toml").open("a", encoding="utf-8") as handle:
        handle.write('\n[overview]\ntitle = "{{ unit }}{{ year }}年度项目情况表"\n'
                     'money_unit = "万元"\ndeclaration = ["annual"]\n'
                     'evaluation = ["rate", "grade"]\nlabels = { grade = "等级" }\n')
    layout = load_layout(str(folder))
    (s,) = summarize(prepare_all(FILES, Settings(), layout=str(folder)))
    assert s.layout.overview == layout.overview
    form = build_summary_form(s)
    assert form.title == "上海市职业技能鉴定中心2024年度项目情况表"
    assert form.subtitle == "金额单位：万元"
    (block,) = form.blocks
    assert [c.text for c in block.rows()[1]] == ["年度资金申请总额\n（万元）", "执行率\n(%)", "等级"]
    assert "8,600.00" in [c.text for c in block.cells]


def test_overview_layout_key_errors(tmp_path: Path) -> None:
    import shutil

    from perfdocs.layouts.layout import LayoutInvalid, load_layout

    folder = tmp_path / "bad"
    shutil.copytree(Path(__file__).parents[1] / "templates" / "shanghai-2024", folder)
    with (folder / "layout.toml").open("a", encoding="utf-8") as handle:
        handle.write('\n[overview]\ntitle = "{{ unti }}"\nevaluation = ["rates"]\n'
                     '\n[summary]\ntitle = "{{ yaer }}汇总表"\n')
    with pytest.raises(LayoutInvalid) as info:
        load_layout(str(folder))
    fields = {d.field for d in info.value.all_diagnostics()}
    assert {"overview.title", "overview.evaluation[1]", "summary.title"} <= fields


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


def test_overview_command_writes_xlsx_pdf_and_docx(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")

    from perfdocs.cli.summary import overview as overview_command

    @click.group()
    @click.pass_context
    def cli(ctx: click.Context) -> None:
        ctx.obj = {}

    cli.add_command(overview_command)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["overview", *FILES, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "3 个项目" in result.output and "90,358,177.00" in result.output
    xlsx, pdf = out / f"{TITLE}.xlsx", out / f"{TITLE}.pdf"
    assert xlsx.is_file() and pdf.is_file() and (out / f"{TITLE}.docx").is_file()
    sheet = openpyxl.load_workbook(xlsx).active
    values = [c.value for row in sheet.iter_rows() for c in row if c.value is not None]
    assert TITLE in values
    assert Decimal(str(next(v for v in values if v == 90358177))) == D("90358177")
    pdftotext = need("pdftotext")
    text = subprocess.run([pdftotext, "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert TITLE in text and "汇总表" not in text
    for figure in ("86,000,000.00", "4,358,177.00", "90,358,177.00", "99.58", "92.85"):
        assert figure in text


def test_overview_says_percent_once() -> None:
    """The 一览表's 执行率 column carries "%" once: on the heading when the layout prints
    rates bare (shanghai-2024: 执行率(%) over 98.54), on the figures when they carry their
    own (national-2020: 执行率 over 89.90%)."""
    for folder in ("2024", "national-2020"):
        files = sorted(str(p) for p in (DATA_2024.parent / folder).glob("*.yaml"))
        (s,) = summarize(prepare_all(files, Settings()))
        (block,) = build_summary_form(s).blocks
        heading = next(c for c in block.cells if c.row == 1 and c.text.startswith("执行率"))
        figures = [c.text for c in block.cells if c.row > 1 and c.col == heading.col]
        assert len(figures) == len(files) + 1  # each project and the 合计 row
        for cell in figures:
            assert cell and (heading.text + cell).count("%") == 1, (folder, heading.text, cell)

"""The bundled national and province layouts, each checked on its example project under
data/ against figures worked out by hand (in the comments; never by calling perfdocs)."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from perfdocs.cli import main
from perfdocs.engine.pipeline import forms_of, prepare
from perfdocs.layouts.layout import load_layout, read_layout
from perfdocs.loading.settings import Settings, UnitInfo
from tests.conftest import ROOT

DATA = ROOT / "data"


def built(path: Path, kind: str = "自评表", unit: UnitInfo | None = None) -> object:
    prepared = prepare(path, Settings(unit=unit or UnitInfo()))
    forms, _ = forms_of(prepared, (kind,))
    return forms[0]


def rows(form: object, block: int) -> list[list[str]]:
    return [[c.text for c in row] for row in form.blocks[block].rows()]  # type: ignore[attr-defined]


def scores(form: object) -> list[str]:
    """The 得分 column of every indicator row (the cell left of the reason)."""
    table = rows(form, 1)[1:-1]
    return [row[-2] for row in table]


# -- national-2020 ----------------------------------------------------------------------
#
# 社区居家养老服务补助 (万元), every figure half-up to 2 places:
#   执行率 = 301.77 / 320.00 = 94.303125 % → 94.30 %;  得分 = 94.303125 % × 10 = 9.4303… → 9.43
#   其中 当年财政拨款 283.52 / 300 = 94.50666…% → 94.51 %; 上年结转 18.25 / 20 = 91.25 %;
#   其他资金 0 / 0 → 0.00 %.
#   服务老年人数 1260 ≥ 1200 → 15.00;  助餐点 18 / 20 × 10 = 9.00;  合格率 97 ≥ 95 → 10.00;
#   拨付及时率 100 = 100 → 5.00;  人均成本 (reverse) 2500 / 2600 × 10 = 9.6153… → 9.62;
#   生活质量 达成年度指标 → 100 % × 20 = 20.00;  长效机制: the preparer's 7.5 → 7.50;
#   满意度 92.5 ≥ 90 → 10.00.   Σ = 15 + 9 + 10 + 5 + 9.62 + 20 + 7.5 + 10 = 86.12;
#   总分 = 9.43 + 86.12 = 95.55 → 优 (≥ 90).
NATIONAL = DATA / "national-2020" / "社区居家养老服务补助.yaml"


def test_national_selfeval_figures() -> None:
    form = built(NATIONAL)
    funds = rows(form, 0)
    assert funds[3][-6:] == ["300.00", "320.00", "301.77", "10.00", "94.30%", "9.43"]
    assert funds[4][-6:] == ["300.00", "300.00", "283.52", "—", "94.51%", "—"]
    assert funds[5][-6:] == ["0.00", "20.00", "18.25", "—", "91.25%", "—"]
    assert funds[6][-6:] == ["0.00", "0.00", "0.00", "—", "—", "—"]  # 0 / 0: no rate
    assert scores(form) == ["15.00", "9.00", "10.00", "5.00", "9.62", "20.00", "7.50", "10.00"]
    assert rows(form, 1)[-1][:3] == ["总分", "100.00", "95.55"]
    assert form.title == "项目支出绩效自评表" and form.subtitle == "（2023年度）"  # type: ignore[attr-defined]
    prepared = prepare(NATIONAL, Settings())
    assert prepared.result is not None and prepared.result.grade == "优"


def test_national_declaration() -> None:
    """中期资金总额 960.00 and 年度资金总额 300.00 万元, the 8 declared indicators."""
    form = built(NATIONAL, "申报表")
    text = [c.text for b in form.blocks for c in b.cells]  # type: ignore[attr-defined]
    for piece in ("项目支出绩效目标申报表", "中期资金总额", "960.00", "年度资金总额", "300.00",
                  "中期目标", "年度目标", "人均服务成本", "≤2500元"):
        assert piece in [*text, form.title], piece  # type: ignore[attr-defined]
    assert "项目属性" in text and "延续项目" in text
    assert len(rows(form, 1)) == 1 + 8


def test_national_grades_follow_the_layout() -> None:
    grades = load_layout("national-2020").form("自评表").scoring.grades
    assert [(g.name, str(g.min), g.inclusive) for g in grades] == [
        ("优", "90", True), ("良", "80", True), ("中", "60", True), ("差", "0", True)]


# -- hubei-2020: 20 points for the execution rate, tiers 80 % / 50 % ----------------------
#
# 农村饮水安全工程维修养护 (万元):
#   执行率 = 84.20 / 86.50 = 97.3410…% → 97.34 %;  得分 = 20 × 0.973410… = 19.4682… → 19.47
#   (a 10-point weight would give 9.73).  当年财政拨款 78.30 / 80 = 97.875 % → 97.88 % (a tie,
#   half-up);  上年结转 5.90 / 6.50 = 90.7692…% → 90.77 %.
#   处数 48 ≥ 45 → 15;  合格率 → 10;  完成时间 达成预期指标 → 100 % × 5 = 5;
#   成本 (reverse) 1.75 ≤ 1.90 → 10;  受益人口 3.0 / 3.2 × 20 = 18.75;
#   长效机制 部分达成预期指标 → this layout's middle tier suggests 65 % × 10 = 6.50
#   (national tiers: 70 % → 7.00);  满意度 93 ≥ 90 → 10.
#   Σ = 15 + 10 + 5 + 10 + 18.75 + 6.5 + 10 = 75.25;  总分 = 19.47 + 75.25 = 94.72 → 优.
HUBEI = DATA / "hubei-2020" / "农村饮水安全工程维修养护.yaml"


def test_hubei_figures() -> None:
    """Figures by hand (万元): 执行率 = 84.20 / 86.50 = 97.3410…% → 97.34%; 得分 = 20 × 0.973410…
    = 19.468… → 19.47.  受益人口 3.0 / 3.2 × 20 = 18.75;  管护机制 部分达成 → 65% × 10 = 6.50;
    the rest full: 15 + 10 + 5 + 10 + 18.75 + 6.50 + 10 = 75.25;  总分 = 19.47 + 75.25 = 94.72.
    一级 groups weigh 15 + 10 + 5 + 10 = 40, 20 + 10 = 30 and 10 (in their names)."""
    form = built(HUBEI, unit=UnitInfo(name="某县农村供水管理站"))
    funds = rows(form, 0)
    # three tick-box rows under 主管部门 / 项目实施单位, then the funds block
    assert [row[0] for row in funds[2:5]] == ["项目类别", "项目属性", "项目类型"]
    # 预算数（A）| 执行数（B）| 执行率（B/A）| 得分（20分*执行率）: no 年初预算数, no 分值 column
    assert funds[5][-4:] == ["预算数（A）", "执行数（B）", "执行率（B/A）", "得分\n（20分*执行率）"]
    assert funds[6][-4:] == ["86.50", "84.20", "97.34%", "19.47"]
    assert funds[7][-2:] == ["97.88%", "—"] and funds[8][-2:] == ["90.77%", "—"]
    assert "年初预算数" not in [c for row in funds for c in row]
    assert funds[5][0] == "预算执行\n情况\n（万元）\n（20分）"
    assert rows(form, 0)[1][2] == "项目实施单位"
    table = rows(form, 1)
    total = table.index(next(row for row in table if row[0] == "总分"))
    assert [row[-1] for row in table[1:total]] == ["15.00", "10.00", "5.00", "10.00", "18.75",
                                                    "6.50", "10.00"]
    assert table[total] == ["总分", "100", "94.72"]
    assert form.title == "2020年度项目绩效目标自评表"  # type: ignore[attr-defined]
    assert form.header == "单位名称：某县农村供水管理站\u3000\u3000\u3000\u3000填报日期：2021年2月26日"  # type: ignore[attr-defined]


def test_hubei_has_no_declaration_form() -> None:
    assert list(load_layout("hubei-2020").forms) == ["自评表"]


# -- steps-2022: the execution score by steps ----------------------------------------------
#
# 中小学校舍维修改造 (万元):
#   执行率 = 1187.60 / 1250.00 = 95.008 % → 95.01 %: in the 80–99.99 % step → 7.00
#   (proportional: 9.50).  暑期施工完成率 86 / 90 × 10 = 9.5555… → 9.56;  all others full:
#   20 + 10 + 10 + 9.56 + 20 + 10 + 10 = 89.56;  总分 = 7.00 + 89.56 = 96.56 → 优.
STEPS = DATA / "steps-2022" / "中小学校舍维修改造.yaml"


def test_steps_figures() -> None:
    form = built(STEPS)
    funds = rows(form, 0)
    assert funds[3][-6:] == ["1,200.00", "1,250.00", "1,187.60", "10.00", "95.01%", "7.00"]
    assert scores(form) == ["20.00", "10.00", "10.00", "9.56", "20.00", "10.00", "10.00"]
    assert rows(form, 1)[-1][:3] == ["总分", "100.00", "96.56"]
    # 55½ ems at 9 pt: wider than Word's 53½, so the line goes on between two items
    # (in one line Word left "15 日" alone on the next).
    assert form.footer == ("填报单位（盖章）：某区教育局\u3000\u3000\u3000\u3000填报人：刘洋"  # type: ignore[attr-defined]
                           "\u3000\u3000\u3000\u3000联系电话：027-8888 0000\n"
                           "填报日期：2023年3月15日")


# -- whole-2019: whole numbers, a 备注 column -----------------------------------------------
#
# 基层农技推广体系建设补助 (万元):
#   执行率 = 37.24 / 43.20 = 86.2037…% → 86 %;  得分 = 86.2037…% × 10 = 8.62 → 9 (half-up).
#   培训人数 126 ≥ 120 → 20;  示范基地 5 / 6 × 15 = 12.5 → 13 (a tie: half-up; half-even
#   would print 12);  到位率 → 10;  及时率 → 5;  亩均增收 128 / 150 × 15 = 12.8 → 13;
#   入户率 → 15;  满意度 → 10.   Σ = 20 + 13 + 10 + 5 + 13 + 15 + 10 = 86;  总分 = 9 + 86 = 95.
WHOLE = DATA / "whole-2019" / "基层农技推广体系建设补助.yaml"


def test_whole_number_figures() -> None:
    form = built(WHOLE)
    funds = rows(form, 0)
    assert funds[3][-6:] == ["43.20", "43.20", "37.24", "10", "86%", "9"]
    table = rows(form, 1)
    assert table[0][-1] == "备注"
    assert [row[-3] for row in table[1:-1]] == ["20", "13", "10", "5", "13", "15", "10"]
    assert table[1][-1] == "含线上培训 30 人" and table[2][-1] == "第 6 个基地已选址"
    assert table[-1][:3] == ["总分", "100", "95"]


def test_layouts_command_lists_the_shipped_layouts() -> None:
    result = CliRunner().invoke(main, ["layouts"])
    assert result.exit_code == 0, result.output
    names = {line.split(":")[0].split(" ")[0] for line in result.output.splitlines()}
    assert {"national-2020", "hubei-2020", "steps-2022", "whole-2019"} <= names


@pytest.mark.parametrize("path", sorted(p for p in DATA.glob("*/*.yaml")
                                        if p.parent.name[0].isalpha()),
                         ids=lambda p: p.parent.name)
def test_examples_validate_cleanly(path: Path) -> None:
    prepared = prepare(path, Settings())
    assert [d.message for d in prepared.diagnostics] == []


@pytest.mark.parametrize("name", ["hubei-2020", "steps-2022", "whole-2019", "hebei-2019"])
def test_province_layouts_cite_their_source(name: str) -> None:
    """Each variant's head names where its rules come from: a public address, and says so
    plainly where no public source of a rule was found (never an invented citation)."""
    text = (ROOT / "templates" / name / "layout.toml").read_text(encoding="utf-8")
    head = text[:text.index("\nextends = ")]
    assert "来源" in head and re.search(r"https?://", head)
    if name in ("steps-2022", "whole-2019"):  # rules known only from our reference notes
        assert "未找到公开" in head


def test_hubei_names_each_rule_after_its_source() -> None:
    """The 20-point weight, the tiers and the header line carry the source they come from."""
    text = (ROOT / "templates" / "hubei-2020" / "layout.toml").read_text(encoding="utf-8")
    for line in ("execution_weight = 20", 'header_lines = [["单位名称", "填报日期"]]',
                 'funds = "预算执行'):
        (found,) = [row for row in text.splitlines() if row.startswith(line)]
        assert "[A]" in found, found


def test_hubei_form_without_initial_budget_imports_back(tmp_path: Path) -> None:
    """The Hubei form prints no 年初预算数 and no 分值 in its funds block; import still finds
    the block by 预算数（A） and reads 全年预算数 / 全年执行数 and the printed figures."""
    from perfdocs.importer.workbooks import import_workbooks
    from perfdocs.render.xlsx.writer import render_xlsx

    book = tmp_path / "hubei.xlsx"
    book.write_bytes(render_xlsx([built(HUBEI)]))  # type: ignore[list-item]
    imported = import_workbooks([book], Settings())
    funds = imported.tree["自评"]["项目资金"]
    assert funds["年度资金总额"] == {"全年预算数": "86.50", "全年执行数": "84.20"}
    assert funds["当年财政拨款"] == {"全年预算数": "80.00", "全年执行数": "78.30"}
    assert imported.tree["自评"]["原表"]["执行率得分"] == Decimal("19.47")
    assert imported.layout == "hubei-2020"


def test_a_variant_drops_a_parent_column_with_an_empty_span(tmp_path: Path) -> None:
    """`initial = ""` in a variant's columns leaves the parent's 年初预算数 column out."""
    folder = tmp_path / "no-initial"
    folder.mkdir()
    (folder / "layout.toml").write_text(
        'extends = "national-2020"\nname = "no-initial"\n'
        '[forms."自评表".columns]\ninitial = ""\nfunds_row_label = "B:D"\n',
        encoding="utf-8")
    form = read_layout(folder).form("自评表")
    assert form.span("initial") is None and form.span("funds_row_label") == (1, 3)


def _rate_of_row(form: object, label: str) -> str:
    """The 执行率 printed on the 项目资金 row ``label`` of a 自评表."""
    top = form.blocks[0]  # type: ignore[attr-defined]
    heading = next(c for c in top.cells if c.text.startswith("执行率"))
    row = next(c.row for c in top.cells if c.text == label)
    return next(c.text for c in top.cells if c.row == row and c.col == heading.col)


@pytest.mark.parametrize(("path", "other", "carried"), [
    # national-2020 (no seed): 其他资金 0 / 0 has no quotient → its not-applicable dash;
    # 上年结转资金 18.25 / 20.00 = 91.25 %.
    (DATA / "national-2020" / "社区居家养老服务补助.yaml", "—", "91.25%"),
    # seed 000 (shanghai-2024) prints 0.00 on its 0 / 0 rows: the default, unchanged.
    (DATA / "2024" / "技能评价业务经费.yaml", "0.00", "0.00"),
])
def test_rate_of_a_row_with_nothing_budgeted(path: Path, other: str, carried: str) -> None:
    """An undefined 执行率 (全年预算数 0) prints as the layout's display.zero_budget_rate."""
    form = built(path)
    assert _rate_of_row(form, "其他资金") == other
    assert _rate_of_row(form, "上年结转资金") == carried


def test_zero_budget_rate_is_a_layout_setting(tmp_path: Path) -> None:
    """A variant of national-2020 may print the undefined rate blank instead."""
    folder = tmp_path / "blank-2020"
    folder.mkdir()
    (folder / "layout.toml").write_text(
        'extends = "national-2020"\n[forms."自评表".display]\nzero_budget_rate = ""\n',
        encoding="utf-8")
    layout = read_layout(folder)
    assert layout.form("自评表").display.zero_budget_rate == ""
    assert load_layout("shanghai-2024").form("自评表").display.zero_budget_rate is None

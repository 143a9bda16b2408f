"""hebei-2019: the 2019 项目支出绩效自评表 in whole numbers, as a Langfang budget unit published
it filled (lfsp.cn), checked on its example project against figures worked out by hand;
whole-2019, the old name, is that layout plus a 备注 column."""

from __future__ import annotations

from pathlib import Path

from perfdocs.engine.pipeline import forms_of, prepare
from perfdocs.layouts.layout import load_layout
from perfdocs.loading.settings import Settings
from tests.conftest import ROOT, invoke

HEBEI = ROOT / "data" / "hebei-2019" / "教学楼供暖管网改造.yaml"
LAYOUT = ROOT / "templates" / "hebei-2019" / "layout.toml"

# 教学楼供暖管网改造经费 (万元), every figure to a whole number, half-up:
#   执行率 = 37.24 / 43.2 = 86.2037…% → "86%" (the published form prints 86%);
#   得分 = 86.2037…% × 10 = 8.62 → "9" (half-up; cutting off would print 8).
#   改造工程资金支付额 37.24 / 43.2 × 10 = 8.62 → 9 (the published form: 9);
#   the other eight indicators are met → 10 each (达成年度指标 → 100 % of 10).
#   Σ = 9 + 8 × 10 = 89;  总分 = 9 + 89 = 98;  分值 10 + 90 = 100;  等级 优 (≥ 90).
#   Amounts print as typed, without padding zeros: 43.2, 37.24 (as on the form).


def _form(path: Path = HEBEI) -> object:
    prepared = prepare(path, Settings())
    assert [d.message for d in prepared.diagnostics] == []
    forms, _ = forms_of(prepared, ("自评表",))
    return forms[0]


def _rows(form: object, block: int) -> list[list[str]]:
    return [[c.text for c in row] for row in form.blocks[block].rows()]  # type: ignore[attr-defined]


def test_hebei_funds_in_whole_numbers() -> None:
    funds = _rows(_form(), 0)
    assert funds[2][-6:] == ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    assert funds[3] == ["年度资金总额", "43.2", "43.2", "37.24", "10", "86%", "9"]
    # The 其中 row carries its amounts only, as on the published form.
    assert funds[4] == ["其中：当年财政拨款", "43.2", "43.2", "37.24", "", "", ""]


def test_hebei_indicator_scores_and_total() -> None:
    table = _rows(_form(), 1)
    body = table[1:-1]
    assert [row[-3] for row in body] == ["10"] * 9
    assert [row[-2] for row in body] == ["9"] + ["10"] * 8
    assert table[-1][:3] == ["总分", "100", "98"]
    prepared = prepare(HEBEI, Settings())
    assert prepared.result is not None and prepared.result.grade == "优"
    assert list(load_layout("hebei-2019").forms) == ["自评表"]


def test_hebei_rate_rounds_half_up_at_a_tie(tmp_path: Path) -> None:
    """34.6 / 40 = 86.5 % exactly: half-up prints 87 % (half-even and cutting off print 86 %);
    8.65 → 9."""
    text = HEBEI.read_text(encoding="utf-8").replace('"43.2", 全年执行数: "37.24"',
                                                     '"40", 全年执行数: "34.6"')
    assert text.count('全年执行数: "34.6"') == 2
    path = tmp_path / "tie.yaml"
    path.write_text(text, encoding="utf-8")
    prepared = prepare(path, Settings())
    forms, _ = forms_of(prepared, ("自评表",))
    assert _rows(forms[0], 0)[3][-3:] == ["10", "87%", "9"]


def test_hebei_rules_name_the_published_form() -> None:
    """Every rule line taken from the published form carries its [A] mark, and the head says
    plainly that it is the unit's own page, not a government (gov.cn) one."""
    text = LAYOUT.read_text(encoding="utf-8")
    assert "http://www.lfsp.cn/newsinfo/1158053.html" in text
    assert "不是政府网站（gov.cn）公布" in text
    for line in ("rate = { places = 0", "execution_score = { places = 0", "score = { places = 0 }",
                 "money = { thousands = true, places = 2, trim = true }", "sub_row_rate = false"):
        found = [row for row in text.splitlines() if row.startswith(line)]
        assert found and all("[A]" in row for row in found), found


def test_whole_2019_is_hebei_2019_with_a_remark_column() -> None:
    """The old name keeps working: the same whole-number rules, plus 备注, and the amounts
    printed as before the rename (43.20)."""
    hebei, whole = load_layout("hebei-2019").form("自评表"), load_layout("whole-2019").form("自评表")
    assert whole.rounding == hebei.rounding
    assert [c.field for c in whole.extra_columns] == ["备注"] and not hebei.extra_columns
    assert list(load_layout("whole-2019").forms) == ["自评表"]
    text = (ROOT / "templates" / "whole-2019" / "layout.toml").read_text(encoding="utf-8")
    assert 'extends = "hebei-2019"' in text


def test_example_command_copies_the_hebei_project(tmp_path: Path) -> None:
    code, out = invoke("example", "hebei-2019", "-o", str(tmp_path))
    assert code == 0, out
    assert (tmp_path / HEBEI.name).read_bytes() == HEBEI.read_bytes()


def test_national_and_hebei_workbooks_import_as_their_own_layouts(tmp_path: Path) -> None:
    """hebei-2019 prints the national labels but for the empty 绩效指标 cell of its source, so
    a national-2020 workbook is still read (and checked) as national-2020, not in whole
    numbers, and the Hebei one as hebei-2019."""
    national = next((ROOT / "data" / "national-2020").glob("*.yaml"))
    for example, layout in ((national, "national-2020"), (HEBEI, "hebei-2019")):
        out = tmp_path / layout
        code, text = invoke("render", str(example), "--out", str(out), "--format", "xlsx")
        assert code == 0, text
        (book,) = out.rglob("*自评表.xlsx")
        code, text = invoke("import", str(book), "-o", str(out / "back.yaml"))
        assert code == 0, text
        back = (out / "back.yaml").read_text(encoding="utf-8")
        assert f"版式: {layout}" in back, back

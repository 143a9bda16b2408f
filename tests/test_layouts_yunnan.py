"""yunnan-2022: the Yunnan 项目支出绩效自评表 (部门决算 公开14表) as a county government
published it filled (yongde.gov.cn), checked on its example project against figures worked out
by hand."""

from __future__ import annotations

from pathlib import Path

from perfdocs.engine.pipeline import forms_of, prepare
from perfdocs.layouts.layout import load_layout
from perfdocs.loading.settings import Settings
from tests.conftest import ROOT, invoke

YUNNAN = ROOT / "data" / "yunnan-2022" / "学生资助专项资金.yaml"
LAYOUT = ROOT / "templates" / "yunnan-2022" / "layout.toml"

# 学生资助专项资金 (元), half-up to 2 places, printed without trailing zeros:
#   执行率 = 441320.50 / 456000.00 = 96.7808…% → "96.78%";  得分 = 96.7808…% × 10 = 9.678… → "9.68".
#   按时发放率 92 / 95 × 10 = 9.6842… → 9.68;  知晓率 96 / 98 × 10 = 9.7959… → 9.80 → "9.8";
#   the other seven indicators are met → 10 each (达成年度指标 → 100 % of 10).
#   Σ = 10 + 10 + 9.68 + 10 + 10 + 9.80 + 10 + 10 + 10 = 89.48;  总分 = 9.68 + 89.48 = 99.16;
#   分值 10 + 9 × 10 = 100;  等级 优 (≥ 90).


def _form() -> object:
    prepared = prepare(YUNNAN, Settings())
    assert [d.message for d in prepared.diagnostics] == []
    forms, _ = forms_of(prepared, ("自评表",))
    return forms[0]


def _rows(form: object, block: int) -> list[list[str]]:
    return [[c.text for c in row] for row in form.blocks[block].rows()]  # type: ignore[attr-defined]


def test_yunnan_funds_in_yuan() -> None:
    funds = _rows(_form(), 0)
    assert funds[2][0] == "项目资金\n（元）"
    assert funds[3] == ["年度资金总额", "420000.00", "456000.00", "441320.50", "10", "96.78%", "9.68"]
    assert funds[4] == ["其中：当年财政拨款", "420000.00", "456000.00", "441320.50", "—", "", "—"]


def test_yunnan_scores_total_grade_and_note() -> None:
    table = _rows(_form(), 1)
    scores = [row[-2] for row in table[1:10]]
    assert scores == ["10", "10", "9.68", "10", "10", "9.8", "10", "10", "10"]
    assert table[-3][:3] == ["总分", "100", "99.16"]
    assert table[-2] == ["评分等级", "优"]
    assert table[-1] == ["其他需要说明事项", "无"]


def test_yunnan_title_and_department_line() -> None:
    form = _form()
    assert form.title == "2022年度项目支出绩效自评表"  # type: ignore[attr-defined]
    assert form.subtitle == ""  # type: ignore[attr-defined]
    assert form.header == "部门：某县第一中学"  # type: ignore[attr-defined]
    assert list(load_layout("yunnan-2022").forms) == ["自评表"]


def test_yunnan_rules_name_the_government_page() -> None:
    text = LAYOUT.read_text(encoding="utf-8")
    assert "https://www.yongde.gov.cn/info/3003/116104.htm" in text
    for line in ('money_unit = "元"', "header_lines = ", 'title = "{{ year }}年度', "grade_row = true",
                 'not_applicable = "—"', "money = { thousands = false"):
        found = [row for row in text.splitlines() if row.startswith(line)]
        assert found and all("[A]" in row for row in found), (line, found)


def test_yunnan_workbook_imports_back_as_yunnan(tmp_path: Path) -> None:
    code, out = invoke("render", str(YUNNAN), "--out", str(tmp_path / "o"), "--format", "xlsx")
    assert code == 0, out
    (book,) = (tmp_path / "o").rglob("*.xlsx")
    code, out = invoke("import", str(book), "-o", str(tmp_path / "back.yaml"))
    assert code == 0, out
    back = (tmp_path / "back.yaml").read_text(encoding="utf-8")
    assert "版式: yunnan-2022" in back and "金额单位: 元" in back

"""sichuan-2023: the Sichuan 部门预算项目支出绩效自评表 as a county government published it
(scqs.gov.cn), checked on its example project against figures worked out by hand; and the
source notes of every shipped layout (docs/layout-sources.md)."""

from __future__ import annotations

import re

from perfdocs.engine.pipeline import forms_of, prepare
from perfdocs.layouts.layout import load_layout
from perfdocs.loading.settings import Settings
from tests.conftest import ROOT

SICHUAN = ROOT / "data" / "sichuan-2023" / "农村公路日常养护补助.yaml"
LAYOUT = ROOT / "templates" / "sichuan-2023" / "layout.toml"

# 农村公路日常养护补助 (万元), half-up to 2 places, printed without trailing zeros
# (the published form prints 权重 10 / 60 / 30 and 得分 10 / 90):
#   执行率 = 128.52 / 135.00 = 95.2 % → 95.20 %;  得分 = 95.2 % × 10 = 9.52.
#   上年结转资金 and 其他资金 0 / 0 → 0.00 % (as the published form prints them).
#   里程 326 ≥ 320 → 22.5;  优良路率 76 / 80 × 22.5 = 21.375 → 21.38;  及时率 → 10;
#   每公里成本 (reverse) 0.39 ≤ 0.42 → 5;  出行条件 达成预期指标 → 100 % × 20 = 20;
#   满意度 92.5 ≥ 90 → 10.   Σ = 22.5 + 21.38 + 10 + 5 + 20 + 10 = 88.88;
#   合计 = 9.52 + 88.88 = 98.40 → "98.4";  权重 10 + 90 = 100 → "100";  等级 优 (≥ 90).


def _form() -> object:
    prepared = prepare(SICHUAN, Settings())
    assert [d.message for d in prepared.diagnostics] == []
    forms, _ = forms_of(prepared, ("自评表",))
    return forms[0]


def _rows(form: object, block: int) -> list[list[str]]:
    return [[c.text for c in row] for row in form.blocks[block].rows()]  # type: ignore[attr-defined]


def test_sichuan_funds_block() -> None:
    funds = _rows(_form(), 0)
    assert funds[2][-6:] == ["年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分"]
    assert funds[3] == ["总额", "120.00", "135.00", "128.52", "95.20%", "10", "9.52"]
    assert funds[4] == ["其中：财政资金", "120.00", "135.00", "128.52", "95.20%", "/", "/"]
    assert funds[6] == ["其他资金", "0.00", "0.00", "0.00", "0.00%", "/", "/"]
    assert funds[2][0] == "预算执行\n情况\n（万元）\n（10分）"
    assert funds[1][2] == "实施单位\n（盖章）"


def test_sichuan_indicator_scores_and_total() -> None:
    table = _rows(_form(), 1)
    assert table[0][-5:] == ["指标值", "完成值", "权重", "得分", "未完成原因分析"]
    body = table[1:-1]
    assert [row[-3] for row in body] == ["22.5", "22.5", "10", "5", "20", "10"]
    assert [row[-2] for row in body] == ["22.5", "21.38", "10", "5", "20", "10"]
    assert table[-1][:3] == ["合计", "100", "98.4"]
    prepared = prepare(SICHUAN, Settings())
    assert prepared.result is not None and prepared.result.grade == "优"


def test_sichuan_title_header_and_footer() -> None:
    form = _form()
    assert form.title == "部门预算项目支出绩效自评表"  # type: ignore[attr-defined]
    assert form.subtitle == "（2023年度）"  # type: ignore[attr-defined]
    assert form.header == "报表编号：510000_0013zp"  # type: ignore[attr-defined]
    assert form.footer == "项目负责人：王敏\u3000\u3000\u3000\u3000财务负责人：李娟"  # type: ignore[attr-defined]
    assert list(load_layout("sichuan-2023").forms) == ["自评表"]


def test_sichuan_rules_name_the_government_page() -> None:
    """The form it follows is the one a county government published itself; each rule line
    that comes from it carries the [A] mark."""
    text = LAYOUT.read_text(encoding="utf-8")
    assert "https://www.scqs.gov.cn/info/13206/211004.htm" in text
    for line in ("execution_weight = 10", 'footer_lines = [["项目负责人", "财务负责人"]]',
                 'zero_budget_rate = "0.00%"', 'title = "部门预算项目支出绩效自评表"'):
        (found,) = [row for row in text.splitlines() if row.startswith(line)]
        assert "[A]" in found, found


def test_every_shipped_layout_has_a_sources_section() -> None:
    """docs/layout-sources.md keeps, for each bundled layout, where its rules come from (or
    that none was found), and the log of the searches behind it."""
    text = (ROOT / "docs" / "layout-sources.md").read_text(encoding="utf-8")
    headings = re.findall(r"^### (.+)$", text, flags=re.MULTILINE)
    sections = {name for line in headings for name in re.findall(r"`([a-z0-9-]+)`", line)}
    bundled = {p.name for p in (ROOT / "templates").iterdir() if (p / "layout.toml").is_file()}
    assert bundled <= sections, bundled - sections
    assert "| 1 |" in text  # the numbered search log

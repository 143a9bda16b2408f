"""The 2020 财政项目支出绩效目标表 (seed 004): header fields, narratives, funds, target table."""

from __future__ import annotations

import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from perfdocs.engine.pipeline import forms_of, prepare, render_format
from perfdocs.forms.target.builder import build_target, paragraphs
from perfdocs.forms.target.figures import target_funds
from perfdocs.layouts.layout import load_layout
from perfdocs.loading.project import load_project
from perfdocs.loading.settings import Settings
from perfdocs.render.pdf.fonts import find_cjk_font
from tests.conftest import ROOT, need

DATA_2020 = ROOT / "data" / "2020"
SEED_004_PROJECTS = {  # name → (项目总预算 = 项目当年预算 as the form prints it, 三级目标 count)
    "筹办第46届世界技能大赛": ("62,800,000", 9 + 8 + 7 + 3),
    "促进就业专项资金": ("146,407,273", 9 + 9 + 6 + 3),
    "职业培训基础能力建设资助": ("114,278,860", 9 + 4 + 7 + 5),
    "高技能人才培养基地建设资助": ("204,860,000", 9 + 5 + 2 + 3),
    "促进就业专项业务费": ("6,424,663", 9 + 4 + 2 + 2),
}


def target_form(name: str):
    loaded = load_project(DATA_2020 / f"{name}.yaml")
    layout = load_layout("shanghai-2020")
    return build_target(loaded.project, layout, layout.form("绩效目标表"))


def cell_texts(form) -> list[str]:
    return [c.text for b in form.blocks for c in b.cells]


def test_every_seed_004_project_is_bundled() -> None:
    assert {p.stem for p in DATA_2020.glob("*.yaml")} == set(SEED_004_PROJECTS)


@pytest.mark.parametrize("name", sorted(SEED_004_PROJECTS))
def test_header_sections_funds_and_targets(name: str) -> None:
    money, n_targets = SEED_004_PROJECTS[name]
    form = target_form(name)
    form.check()
    texts = cell_texts(form)
    assert form.title == "财政项目支出绩效目标表" and form.subtitle == "（2020 年度）"
    # seed 004 writes 申报单位名称：上海市就业促进中心 — every caption ends with "："
    for label in ("申报单位名称：", "项目名称：", "项目类别：", "计划开始日期：", "计划完成日期：",
                  "是否含有政府购买服务：", "绩效类型：", "项目概况：", "立项依据：",
                  "项目设立的必要性：", "保证项目实施的制度、措施：", "项目实施计划：",
                  "总目标及阶段性目标：", "本项目上年度市级财政资金使用情况", "项目总预算（元）：",
                  "项目当年预算（元）：", "同名项目上年预算额\n（元）：",
                  "同名项目上年预算执行数\n（元）：", "2020 年绩效目标",
                  "一级目标", "二级目标", "三级目标", "指标目标值"):
        assert label in texts, label
    assert {"上海市就业促进中心", name, "2020-01-01", "2020-12-31", "是", "其他类"} <= set(texts)
    assert texts.count(money) == 2
    table = form.blocks[-1]
    assert table.repeat_rows == 2
    assert table.n_rows == 2 + n_targets
    level1 = [c.text for c in table.cells if c.col == 0 and c.row >= 2]
    assert level1[0] == "投入与管理" and {"产出目标", "效果目标", "影响力目标"} <= set(level1)


def test_merged_groups_and_free_text_targets() -> None:
    form = target_form("筹办第46届世界技能大赛")
    table = form.blocks[-1]
    by_text = {c.text: c for c in table.cells}
    assert by_text["投入与管理"].rowspan == 9 and by_text["投入管理"].rowspan == 3
    assert by_text["满意度"].rowspan == 6
    level3 = {c.row: c.text for c in table.cells if c.col == 2}
    target = {c.row: c.text for c in table.cells if c.col == 3}
    rows = {level3[r]: target[r] for r in level3 if r >= 2}
    assert rows["国内展品"] == "=800"
    assert rows["宣传推介"] == "圆满举办2次交接仪式，国外举办2次展台，宣传媒体上线运行"
    assert "经常性专项业务费 专项经费——筹建世界技能博物馆专项经费" in cell_texts(form)


def test_narratives_flow_as_paragraph_rows() -> None:
    form = target_form("筹办第46届世界技能大赛")
    plan = [c.text for c in form.blocks[0].cells if c.field == "申报.项目实施计划"]
    assert len(plan) == 6 and plan[0].startswith("1、形成2020年国际展品清单")
    assert paragraphs("  a\n\n b \n") == ["a", "b"]


def test_previous_year_block_prefers_its_own_figures(write_project) -> None:
    text = (DATA_2020 / "促进就业专项业务费.yaml").read_text(encoding="utf-8")
    text = text.replace("申报:\n", "申报:\n  上年度资金使用情况: {项目当年预算: \"6,000,000\", "
                        "同名项目上年预算额: \"5,500,000.5\"}\n", 1)
    loaded = load_project(write_project(text))
    form = load_layout("shanghai-2020").form("绩效目标表")
    funds = target_funds(loaded.project.declaration, form)
    assert funds.project_total == Decimal("6424663.00")
    assert funds.year_budget == Decimal("6000000.00")
    assert funds.last_year_budget == Decimal("5500000.50")
    assert funds.last_year_executed is None
    built = build_target(loaded.project, load_layout("shanghai-2020"), form)
    assert "5,500,000.50" in cell_texts(built) and "6,000,000" in cell_texts(built)


def test_layout_orders_target_form_first() -> None:
    prepared = prepare(DATA_2020 / "高技能人才培养基地建设资助.yaml", Settings())
    forms, notes = forms_of(prepared)
    assert [f.kind for f in forms] == ["绩效目标表", "自评表"] and notes == []


@pytest.mark.parametrize("fmt", ["xlsx", "docx", "pdf"])
def test_renders_in_every_format(fmt: str, tmp_path: Path) -> None:
    prepared = prepare(DATA_2020 / "促进就业专项业务费.yaml", Settings())
    forms, _ = forms_of(prepared)
    font = find_cjk_font(()) if fmt == "pdf" else None
    data = render_format(fmt, forms, Settings(), font, "t")
    assert len(data) > 3000
    if fmt != "pdf":
        return
    need("pdftotext")
    if font is None or font.fallback:
        pytest.skip("no TrueType CJK font")
    path = tmp_path / "f.pdf"
    path.write_bytes(data)
    text = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    pages = text.count("\f")
    flat = "".join(text.split())
    assert pages >= 2  # the 必要性 section alone is a page: the form flows on
    for piece in ("财政项目支出绩效目标表", "6,424,663", "2020年绩效目标", "项目的社会满意度",
                  "保障资助项目相关工作的顺利开展。"):
        assert piece in flat, piece

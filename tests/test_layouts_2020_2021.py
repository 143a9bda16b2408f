"""The 2020 and 2021 layouts as data: seed 003's and seed 002's figures, 原表 audits, layouts.

Every rate and score printed on seed 003 (2020: 执行率 rounded up to 2 places, 得分 to 1 place
from the exact rate, printed trimmed) and seed 002 (2021) is reproduced from the bundled
project files; the slips of the originals (003's totals) are reported by validate, 002's
rates (rounded up, the rule) are not; the layout
machinery finds user layouts named in perfdocs.toml and names the file and key of a broken
one.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from perfdocs.cli import main
from perfdocs.compute.calculate import Result, evaluate
from perfdocs.engine.pipeline import prepare, render_format
from perfdocs.errors import LayoutError, Severity
from perfdocs.forms.selfeval.builder import build_selfeval
from perfdocs.layouts.layout import load_layout, read_layout
from perfdocs.loading.project import load_project
from perfdocs.loading.settings import Settings, load_settings
from perfdocs.render.pdf.fonts import find_cjk_font
from perfdocs.rules.validate import check_evaluation
from tests.conftest import ROOT, need

DATA_2020 = ROOT / "data" / "2020"
DATA_2021 = ROOT / "data" / "2021"
D = Decimal

# Seed 003 (2020 自评表): file → (执行率, 执行率得分, every indicator's 得分 in form order, 总分)
SEED_003 = {
    "职业培训基础能力建设资助": ("71.67%", "7.2", [
        "5", "4", "5", "5", "5", "5", "4", "5", "5", "4", "7", "7", "7", "7", "7", "4"], "93.2"),
    "促进就业专项资金": ("95.42%", "9.5", [
        "5", "5", "5", "5", "5", "4", "5", "5", "5", "5", "5", "4.7", "5", "4", "5", "5", "5",
        "5"], "97.2"),
    "高技能人才培养基地建设资助": ("99.95%", "10", [
        "10", "10", "9.5", "10", "9", "7.2", "7.2", "6.5", "8", "8"], "95.4"),
}
# Seed 002 (2021 自评表): file → (执行率, 执行率得分, every indicator's 得分, 总分), as printed.
# 执行率 rounds up (away from zero) to 2 places; the 执行率得分 comes from the exact rate:
#   1,080,740 / 8,285,000 × 100 = 13.04453…  → up → 13.05%;  13.04453… × 10 / 100 = 1.30445 → 1.30
#   (the printed 13.05% would give 1.305 → 1.31, which the seed does not print);
#   0+0+10+10+10 + 0+0 + 0+0+7+7+6 + 15+15 + 10 = 90;  90 + 1.30 = 91.30 → "91.3".
#   8,560,000 / 18,560,000 × 100 = 46.12068… → up → 46.13%;  4.612068… → 4.61;
#   20+20+10+30+5+5 = 90;  90 + 4.61 = 94.61.
SEED_002 = {
    "高技能人才工作专项": ("13.05%", "1.3", [
        "0", "0", "10", "10", "10", "0", "0", "0", "0", "7", "7", "6", "15", "15", "10"], "91.3"),
    "职业培训基础能力建设资助": ("46.13%", "4.61", ["20", "20", "10", "30", "5", "5"], "94.61"),
}


def computed(path: Path) -> tuple[Result, object]:
    """The calculator's figures and the 自评表 built from them (no validation gate)."""
    loaded = load_project(path)
    layout = load_layout(loaded.project.layout)
    form = layout.form("自评表")
    result = evaluate(loaded.project.evaluation, form)
    return result, build_selfeval(loaded.project, result, layout, form)


def texts_by_field(form: object) -> dict[str, str]:
    return {c.field: c.text for b in form.blocks for c in b.cells if c.field}  # type: ignore[attr-defined]


def total_row(form: object) -> list[str]:
    block = form.blocks[-1]  # type: ignore[attr-defined]
    return [c.text for c in block.rows()[-1]]


def funds_row(form: object) -> list[str]:
    return [c.text for c in form.blocks[0].rows()[3]]  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(SEED_003))
def test_seed_003_every_rate_and_score(name: str) -> None:
    rate, exec_score, scores, total = SEED_003[name]
    result, form = computed(DATA_2020 / f"{name}.yaml")
    row = funds_row(form)
    assert row[-3:] == ["10", rate, exec_score]          # 分值 | 执行率 | 得分 as printed
    table = form.blocks[-1]  # type: ignore[attr-defined]
    printed_scores = [row[-2].text for row in table.rows()[1:-1]]  # 得分, left of the reason
    assert [format_score(r.score) for r in result.indicators] == scores
    assert printed_scores == scores
    assert total_row(form)[:3] == ["总分", "100", total]
    assert "评分等级" not in [c.text for b in form.blocks for c in b.cells]  # type: ignore[attr-defined]


def format_score(value: Decimal | None) -> str:
    assert value is not None
    return format(value.normalize(), "f")


@pytest.mark.parametrize("name", sorted(SEED_002))
def test_seed_002_figures(name: str) -> None:
    rate, exec_score, scores, total = SEED_002[name]
    _result, form = computed(DATA_2021 / f"{name}.yaml")
    assert funds_row(form)[-3:] == ["10", rate, exec_score]
    table = form.blocks[-1]  # type: ignore[attr-defined]
    assert [row[-2].text for row in table.rows()[1:-1]] == scores
    assert total_row(form)[:3] == ["总分", "100", total]


@pytest.mark.parametrize("name", ["高技能人才工作专项"])
def test_seed_002_scores_follow_from_the_rules(name: str, tmp_path: Path) -> None:
    """With every preparer's 得分 removed, the rules alone print seed 002's scores: each
    met target earns its 分值, each unmet one of 分值 0 earns 0. (The other project has a
    free-text 时效 result, "2021年12月31日前完成", that only the preparer can score.)"""
    text = (DATA_2021 / f"{name}.yaml").read_text(encoding="utf-8")
    bare = tmp_path / f"{name}.yaml"
    bare.write_text(re.sub(r"(?m)^\s+得分: .*\n", "", text), encoding="utf-8")
    assert not re.search(r"(?m)^\s+得分:", bare.read_text(encoding="utf-8"))
    result, form = computed(bare)
    assert all(r.source == "rule" for r in result.indicators)
    rate, exec_score, scores, total = SEED_002[name]
    assert [format_score(r.score) for r in result.indicators] == scores
    assert funds_row(form)[-3:] == ["10", rate, exec_score]
    assert total_row(form)[:3] == ["总分", "100", total]


def test_seed_002_zero_weight_indicators_are_kept() -> None:
    result, _form = computed(DATA_2021 / "高技能人才工作专项.yaml")
    zero = [r for r in result.indicators if r.indicator.weight == 0]
    assert len(zero) == 6 and all(r.score == 0 and r.indicator.reason for r in zero)
    assert result.indicator_weight == 90


def test_2021_amounts_in_yuan_and_labels() -> None:
    _, form = computed(DATA_2021 / "职业培训基础能力建设资助.yaml")
    texts = [c.text for b in form.blocks for c in b.cells]  # type: ignore[attr-defined]
    assert form.subtitle == "(2021 年度)"  # type: ignore[attr-defined]
    assert "项目资金\n（元）" in texts and "18560000.00" in texts and "8560000.00" in texts
    for label in ("分值", "执行率", "预算目标", "绩\n效\n指\n标"):
        assert label in texts
    assert "分数" not in texts and "执行率(%)" not in texts


def _audits(path: Path) -> list[tuple[str, str]]:
    loaded = load_project(path)
    form = load_layout(loaded.project.layout).form("自评表")
    found = check_evaluation(loaded, form, evaluate(loaded.project.evaluation, form))
    return [(d.field or "", d.message) for d in found if d.rule == "printed-mismatch"]


@pytest.mark.parametrize(("path", "label", "was", "right"), [
    (DATA_2020 / "促进就业专项资金.yaml", "总分", "97", "97.2"),
    (DATA_2020 / "高技能人才培养基地建设资助.yaml", "总分", "95", "95.4"),
])
def test_printed_slips_reported(path: Path, label: str, was: str, right: str) -> None:
    audits = _audits(path)
    assert len(audits) == 1, audits
    field, message = audits[0]
    assert field == f"自评.原表.{label}"
    assert f"原表印的{label}是 {was}，按规则应为 {right}" in message
    assert "=" in message  # the rule is named: 执行率 = … / 总分 = …


@pytest.mark.parametrize("path", [DATA_2020 / "职业培训基础能力建设资助.yaml",
                                  *sorted(DATA_2021.glob("*.yaml"))],
                         ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_right_printed_figures_not_reported(path: Path) -> None:
    """Seed 002's 13.05% and 46.13% are the 2021 rule (rounding up), not slips."""
    assert _audits(path) == []


VALID = [*sorted(DATA_2021.glob("*.yaml")), *sorted(DATA_2020.glob("*.yaml"))]


@pytest.mark.parametrize("path", VALID, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_bundled_files_validate_without_errors(path: Path) -> None:
    prepared = prepare(path, Settings())
    # warnings only, besides the note on a low 执行率 (two 2021 seeds executed under half)
    assert all(d.severity is Severity.WARNING or d.rule == "execution-low"
               for d in prepared.diagnostics)


def test_lost_point_without_reason_is_a_warning_on_the_2020_layout() -> None:
    """Seed 003 prints a lost point (提高劳动者技能水平… 4 of 5) with no reason beside it."""
    prepared = prepare(DATA_2020 / "职业培训基础能力建设资助.yaml", Settings())
    missing = [d for d in prepared.diagnostics if d.rule == "missing-reason"]
    assert len(missing) == 1 and missing[0].severity is Severity.WARNING
    assert "提高劳动者技能水平" in missing[0].message


def test_2020_pdf_prints_seed_figures(tmp_path: Path) -> None:
    need("pdftotext")
    font = find_cjk_font(())
    if font.fallback:
        pytest.skip("no TrueType CJK font")
    _, form = computed(DATA_2020 / "高技能人才培养基地建设资助.yaml")
    data = render_format("pdf", [form], Settings(), font, "t")
    (tmp_path / "f.pdf").write_bytes(data)
    text = subprocess.run(["pdftotext", "-raw", str(tmp_path / "f.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    flat = re.sub(r"\s", "", text)
    for figure in ("204860000.00", "122769150.00", "122705702.86", "99.95%", "95.4", "(2020年度)"):
        assert figure in flat


def test_layouts_command_lists_all_three() -> None:
    result = CliRunner().invoke(main, ["layouts"])
    assert result.exit_code == 0, result.output
    lines = {line.split(":")[0].split(" ")[0]: line for line in result.output.splitlines()}
    assert {"shanghai-2020", "shanghai-2021", "shanghai-2024"} <= set(lines)
    assert "绩效目标表、自评表" in lines["shanghai-2020"]
    assert "自评表" in lines["shanghai-2021"]


def test_user_layout_from_settings(tmp_path: Path) -> None:
    mine = tmp_path / "my-layouts" / "beijing-2021"
    shutil.copytree(ROOT / "templates" / "shanghai-2021", mine)
    toml = mine / "layout.toml"
    toml.write_text(toml.read_text(encoding="utf-8")
                    .replace('name = "shanghai-2021"', 'name = "beijing-2021"')
                    .replace('title = "财政项目支出绩效自评表"', 'title = "北京市项目支出绩效自评表"'),
                    encoding="utf-8")
    (tmp_path / "perfdocs.toml").write_text('[layouts]\npaths = ["my-layouts"]\n',
                                            encoding="utf-8")
    settings = load_settings(tmp_path / "perfdocs.toml")
    layout = load_layout("beijing-2021", settings.layout_paths)
    assert layout.form("自评表").title == "北京市项目支出绩效自评表"
    result = CliRunner().invoke(main, ["--config", str(tmp_path / "perfdocs.toml"), "layouts"])
    assert result.exit_code == 0 and "beijing-2021" in result.output
    project = tmp_path / "p.yaml"
    project.write_text((DATA_2021 / "职业培训基础能力建设资助.yaml").read_text(encoding="utf-8")
                       .replace("版式: shanghai-2021", "版式: beijing-2021"), encoding="utf-8")
    prepared = prepare(project, settings)
    from perfdocs.engine.pipeline import forms_of

    forms, _ = forms_of(prepared)
    assert [f.title for f in forms] == ["北京市项目支出绩效自评表"]
    assert prepared.result is not None and prepared.result.total == D("94.61")


@pytest.mark.parametrize(("old", "new", "key"), [
    ('rate = { places = 2, mode = "up" }', 'rate = { places = 2, mode = "halfway" }',
     "forms.自评表.rounding.rate.mode"),
    ('level3 = "D"', 'level3 = "D:Z"', "forms.自评表.columns.level3"),
    ('grade_row = false', 'grade_rows = false', "forms.自评表.grade_rows"),
])
def test_broken_layout_names_file_and_key(tmp_path: Path, old: str, new: str, key: str) -> None:
    folder = tmp_path / "broken"
    shutil.copytree(ROOT / "templates" / "shanghai-2021", folder)
    toml = folder / "layout.toml"
    text = toml.read_text(encoding="utf-8")
    assert old in text
    toml.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(LayoutError) as info:
        read_layout(folder)
    assert info.value.file == str(toml.resolve())
    assert info.value.field == key


def test_broken_toml_names_the_line(tmp_path: Path) -> None:
    folder = tmp_path / "broken"
    shutil.copytree(ROOT / "templates" / "shanghai-2020", folder)
    toml = folder / "layout.toml"
    lines = toml.read_text(encoding="utf-8").splitlines()
    at = lines.index('title = "财政项目支出绩效目标表"')
    lines[at] = "title = 财政项目支出绩效目标表"  # unquoted text is not TOML
    toml.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(LayoutError) as info:
        read_layout(folder)
    assert info.value.file == str(toml.resolve()) and info.value.line == at + 1

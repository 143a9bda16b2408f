"""A reviewer who writes a 实际完成值 the rules cannot score (tester10 #3).

The returned 自评表 prints the old rule score (9 for 18个 against ≥20个) beside the new
「基本完成」. ``import --into`` dropped that 得分 as the file's own rule score, then
reported the indicator at the 得分 cell as having none — a cell that holds 9 — and wrote
the file with the error; the same command run again merged the 9. ``diff`` said
「得分: （删除）」 and 「总分: 95.55 → —」. Now the printed score is kept (with a 注意 that
it was made from the old value), at once, and diff agrees.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, invoke

SOURCE = ROOT / "data" / "national-2020" / "社区居家养老服务补助.yaml"


def _rendered(tmp_path: Path) -> tuple[Path, Any]:
    """The national example copied into ``tmp_path`` and its 自评表 rendered, opened."""
    openpyxl = pytest.importorskip("openpyxl")
    project = tmp_path / SOURCE.name
    shutil.copy(SOURCE, project)
    out = tmp_path / "out"
    code, output = invoke("render", str(project), "--form", "自评表", "-f", "xlsx", "-o", str(out))
    assert code == 0, output
    (xlsx,) = out.rglob("*自评表.xlsx")
    return project, openpyxl.load_workbook(xlsx)


def _returned(tmp_path: Path) -> tuple[Path, Path]:
    project, book = _rendered(tmp_path)
    sheet = book.active
    row = next(r for r in sheet.iter_rows() if any(c.value == "助餐点建设数量" for c in r))
    actual = next(c for c in row if c.value == "18个")
    assert any(c.value == 9 for c in row)  # the rule's score of 18个, printed
    actual.value = "基本完成"
    returned = tmp_path / "returned.xlsx"
    book.save(returned)
    return project, returned


def test_the_printed_score_is_kept_when_the_new_value_has_none(tmp_path: Path) -> None:
    project, returned = _returned(tmp_path)
    code, output = invoke("import", str(returned), "--into", str(project), "--yes", notes=True)
    assert code == 0, output
    assert "没有填写得分" not in output
    assert "沿用工作簿上印的得分" in output
    text = project.read_text(encoding="utf-8")
    start = text.rindex("三级指标: 助餐点建设数量")  # the 自评 part's, after the 申报 part's
    block = text[start:text.index("三级指标:", start + 1)]
    assert '实际完成值: "基本完成"' in block and "得分: 9" in block
    code, output = invoke("validate", str(project))
    assert code == 0, output
    # the same command again finds nothing left to merge
    code, output = invoke("import", str(returned), "--into", str(project), "--yes")
    assert code == 0, output
    assert "一致" in output


def test_diff_keeps_the_printed_score_too(tmp_path: Path) -> None:
    project, returned = _returned(tmp_path)
    code, output = invoke("diff", str(project), str(returned))
    assert code == 1, output
    assert "实际完成值: 18个 → 基本完成" in output
    assert "得分: （删除）" not in output and "总分: 95.55（未变）" in output


def test_one_reading_of_the_rules_own_score() -> None:
    """``import --into`` and ``diff`` ask the one function (compute/calculate) whether a
    printed 得分 is the rules' own: the rule's very figure, and still scored by the rules
    from the workbook's 实际完成值; a text they cannot score keeps the printed one."""
    from decimal import Decimal

    from perfdocs.compute.calculate import evaluate, rules_own_scores
    from perfdocs.engine.pipeline import layout_of
    from perfdocs.layouts.layout import selfeval_form
    from perfdocs.loading.project import load_project
    from perfdocs.loading.settings import Settings

    loaded = load_project(SOURCE)
    evaluation = loaded.project.evaluation
    assert evaluation is not None
    form = selfeval_form(layout_of(loaded, Settings()))
    assert form is not None
    rule = {(r.level1, r.level2, r.index): r.score for r in evaluate(evaluation, form).indicators
            if r.source == "rule" and r.score is not None}
    meals = ("产出指标", "数量指标", 1)
    assert rule[meals] == Decimal(9)  # 18个 of ≥20个, 分值 10
    people = ("产出指标", "数量指标", 0)
    printed = {meals: Decimal(9), people: Decimal(14)}  # 14 is no rule's figure (15 is)
    assert rules_own_scores(evaluation, form, printed, rule) == {meals}
    rows = evaluation.indicators["产出指标"]["数量指标"]
    unscorable = evaluation.replace(indicators={**evaluation.indicators, "产出指标": {
        **evaluation.indicators["产出指标"],
        "数量指标": [rows[0], rows[1].replace(actual="基本完成")]}})
    assert rules_own_scores(unscorable, form, printed, rule) == set()


def test_check_and_diff_say_the_same_score_of_a_stale_printed_one(tmp_path: Path) -> None:
    """tester11 F3: a reviewer raises 18个 to 20个 (≥20个: met) and leaves the printed 得分
    9, the rule's score of 18个. diff and import --into take the 9 for the file's rule
    score and give 10, 总分 96.55; check kept 9 as the preparer's judgement and said
    nothing of 10, and diff's warning on the printed 总分 was computed with the 9. Now
    check says the other reading with its figure, and diff's warning agrees with diff."""
    project, book = _rendered(tmp_path)
    (cell,) = [c for row in book.active.iter_rows() for c in row if c.value == "18个"]
    cell.value = "20个"
    returned = tmp_path / "returned.xlsx"
    book.save(returned)
    code, output = invoke("check", str(returned), notes=True)
    assert ("按规则得满分 10，填写的是 9：按填报人的判断保留；若这个得分是按改动前的实际完成值算的"
            "（评审改了实际完成值、没改得分），import --into 和 diff 按规则重算为 10.00") in output, output
    code, output = invoke("diff", str(project), str(returned))
    assert code == 1
    assert "总分: 95.55 → 96.55" in output, output
    assert "工作簿上印的总分是 95.55，按规则应为 96.55" in output, output

"""分值 and 得分 written as a clerk writes them on paper: ``25分``. It was refused with
「「25分」不是数字」; a word other than 分, or no figure, still is."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from conftest import SMALL_PROJECT, invoke

from perfdocs.loading.project import load_project
from perfdocs.model.project_checks import as_score


@pytest.mark.parametrize(("typed", "value"), [
    ("25分", "25"), ("25 分", "25"), ("２５分", "25"), ("12.5分", "12.5"), ("30", "30")])
def test_a_score_with_its_word(typed: str, value: str) -> None:
    assert as_score(typed) == Decimal(value)


@pytest.mark.parametrize(("typed", "said"), [
    ("分", "「分」不是数字"), ("二十五分", "「二十五分」不是数字"), ("25分分", "「25分分」不是数字"),
    ("25元", "「25元」不是数字"), ("-3分", "分数不能为负数"), ("101分", "超过 100")])
def test_what_is_still_refused(typed: str, said: str) -> None:
    with pytest.raises(ValueError, match=said):
        as_score(typed)


def test_a_project_file_with_worded_scores_renders_the_same_figures(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    plain = tmp_path / "plain.yaml"
    worded = tmp_path / "worded.yaml"
    plain.write_text(SMALL_PROJECT, encoding="utf-8")
    assert SMALL_PROJECT.count("分值: 30\n") == 2
    worded.write_text(SMALL_PROJECT.replace("分值: 30\n", '分值: "30分"\n')
                      .replace("分值: 20\n", "分值: 20分\n"), encoding="utf-8")
    a, b = load_project(plain).project, load_project(worded).project
    assert a.evaluation is not None and b.evaluation is not None
    assert a.evaluation.indicators == b.evaluation.indicators
    assert invoke("validate", "worded.yaml")[0] == 0

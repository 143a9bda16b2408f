"""Figures typed with a Chinese input method (２１５０亩, １２.５％) print in the digits the rest
of the form uses: one column mixing ２０００ and 2000 reads as two hands. Words and brackets
stay as typed, and the scores are the same as for the half-width spelling."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from perfdocs.engine.pipeline import forms_of, prepare
from perfdocs.loading.settings import Settings
from perfdocs.model.project_checks import fold_figures
from tests.conftest import SMALL_PROJECT


@pytest.mark.parametrize(("typed", "printed"), [
    ("≥２０００亩", "≥2000亩"), ("２１５０亩", "2150亩"), ("１２.５％", "12.5%"),
    ("１２．５％", "12.5%"), ("125，000元", "125,000元"), ("3台（套）", "3台（套）"),
    ("完成，良好", "完成，良好"), ("第２批，共３批", "第2批，共3批"), ("及时", "及时"),
    ("≥90%", "≥90%"),
])
def test_figures_fold_and_words_stay(typed: str, printed: str) -> None:
    assert fold_figures(typed) == printed


def _cells(project: Path) -> list[str]:
    form = forms_of(prepare(project, Settings()))[0][0]
    return [c.text for block in form.blocks for row in block.rows()  # type: ignore[attr-defined]
            for c in row]


def test_a_wide_target_and_actual_print_half_width_with_the_same_score(
        write_project: Callable[..., Path]) -> None:
    narrow = SMALL_PROJECT
    assert '年度指标值: "≥90%"' in narrow and '实际完成值: "95%"' in narrow
    wide = narrow.replace('年度指标值: "≥90%"', '年度指标值: "≥９０％"').replace(
        '实际完成值: "95%"', '实际完成值: "９５％"')
    a, b = write_project(narrow, name="narrow.yaml"), write_project(wide, name="wide.yaml")
    cells = _cells(b)
    assert "≥90%" in cells and "95%" in cells
    assert not any(ch in text for text in cells for ch in "０１２３４５６７８９％")
    assert cells == _cells(a)

"""The layout check's notes on whole-number pitfalls (rules/layout_pitfalls): what the clerk
will see on the form and which key to change; never a refusal."""

from __future__ import annotations

from pathlib import Path

import pytest

from perfdocs.layouts.layout import available, read_layout
from perfdocs.rules.layout_pitfalls import whole_number_notes
from tests.conftest import invoke

PADDED = """extends = "national-2020"
name = "padded-2025"
description = "得分取整，印两位小数"

[forms."自评表".rounding]
execution_score = { places = 0, mode = "half_up" }
score = { places = 0, mode = "half_up" }
total = { places = 0, mode = "half_up" }
"""

TRIMMED = """extends = "national-2020"
name = "trimmed-2025"
description = "得分两位小数，印整数"

[forms."自评表".display]
score = { places = 0 }
"""

EXACT = """extends = "national-2020"
name = "exact-2025"
description = "执行率印整数，得分取整，按未舍入的执行率计分"

[forms."自评表".rounding]
rate = { places = 0, mode = "half_up" }
execution_score = { places = 0, mode = "half_up" }
score = { places = 0, mode = "half_up" }
total = { places = 0, mode = "half_up" }

[forms."自评表".display]
rate = { places = 0, suffix = "%" }
score = { places = 0 }
"""


def _layout(tmp_path: Path, text: str) -> Path:
    name = text.split('name = "')[1].split('"')[0]
    folder = tmp_path / "layouts" / name
    folder.mkdir(parents=True)
    (folder / "layout.toml").write_text(text, encoding="utf-8")
    return folder


def test_scores_rounded_whole_but_printed_with_decimals_are_noted(tmp_path: Path) -> None:
    note, exact = whole_number_notes(read_layout(_layout(tmp_path, PADDED)))
    assert note.startswith("自评表的执行率得分、得分、总分舍入到整数"), note
    assert "表上会印「19.00」，而按整数填的表印「19」" in note
    assert "把 display 的 score 改为 places = 0" in note
    # national-2020's execution_from = "exact" with whole scores: true here too, rarely met
    assert "执行率 94.995% 印作 95.00%，执行率得分是 9" in exact, exact


def test_scores_with_decimals_printed_whole_are_noted(tmp_path: Path) -> None:
    (note,) = whole_number_notes(read_layout(_layout(tmp_path, TRIMMED)))
    assert "算到 2 位小数" in note and "整数得分印「9」，带小数的仍印「8.62」" in note, note
    assert "把 rounding 的 execution_score、score、total 改为 places = 0" in note


def test_exact_rate_with_whole_scores_is_noted_with_a_rate_it_differs_at(
        tmp_path: Path) -> None:
    (note,) = whole_number_notes(read_layout(_layout(tmp_path, EXACT)))
    assert ("执行率 94.5% 印作 95%，执行率得分是 9，而按表上印的 95% × 10 分算是 10") in note, note
    assert 'execution_from 改为 "printed"' in note
    printed = read_layout(_layout(tmp_path, EXACT.replace(
        'name = "exact-2025"', 'name = "printed-2025"') + '\n[forms."自评表".scoring]\n'
        'execution_from = "printed"\n'))
    assert whole_number_notes(printed) == []


def test_the_layouts_command_says_the_note_and_does_not_refuse(tmp_path: Path) -> None:
    _layout(tmp_path, PADDED)
    config = tmp_path / "perfdocs.toml"
    config.write_text('[layouts]\npaths = ["layouts"]\n', encoding="utf-8")
    code, output = invoke("--config", str(config), "layouts")
    assert code == 0, output
    lines = output.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("padded-2025"))
    assert lines[at + 1].startswith("  注意：自评表的执行率得分、得分、总分舍入到整数"), output


@pytest.mark.parametrize("name", sorted(available()))
def test_bundled_layouts_are_noted_only_where_true(name: str) -> None:
    """hebei-2019 (and whole-2019, its old name) score the exact 执行率 in whole numbers: a
    rate printed 95% can score 9 of 10 there. Its layout.toml says the public forms could
    not tell exact from printed; the note is true, so it stays. Every other: none."""
    notes = whole_number_notes(read_layout(available()[name]))
    if name in ("hebei-2019", "whole-2019"):
        assert len(notes) == 1 and "执行率 94.5% 印作 95%" in notes[0], notes
    else:
        assert notes == [], notes

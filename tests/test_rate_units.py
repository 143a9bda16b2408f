"""Units of a rate per a base figure (/10万, 1/10万, 例/10万人, /1000) are units, not texts.

tester15 F3: 孕产妇死亡率 「≤10(/10万)」 met by 「8(/10万)」 asked the clerk for a hand-written
得分 and showed 总分 「—」, in the workbench and on the command line alike: a digit inside a
unit was never read, so both sides were texts. A fraction such as 3/5 stays a text.
"""

from __future__ import annotations

from decimal import Decimal as D
from typing import Any

import pytest

from perfdocs.engine.pipeline import prepare
from perfdocs.loading.settings import Settings
from perfdocs.model.targets import parse_measure
from perfdocs.model.units import comparable
from tests.test_qualified_units import PROJECT


@pytest.mark.parametrize(("target", "actual", "suggested"), [
    ("≤10(/10万)", "8(/10万)", "25.00"),       # a reverse indicator met: full marks
    ("≤10（/10万）", "12.5（/10万）", "20.00"),  # missed: 10 ÷ 12.5 × 25
    ("≤10(1/10万)", "8(/10万)", "25.00"),      # 1/10万 is /10万
    ("≤15(例/10万人)", "12(例/10万人)", "25.00"),
    ("≤3/1000", "4/1000", "18.75"),
])
def test_a_rate_per_a_base_figure_is_scored_by_the_rules(
        write_project: Any, target: str, actual: str, suggested: str) -> None:
    text = PROJECT.replace("TARGET", target).replace("ACTUAL", actual)
    path = write_project(text.replace("SCORE", "偏差原因分析及改进措施: 略"))
    prepared = prepare(path, Settings())
    assert prepared.result is not None
    assert prepared.result.indicators[0].suggested == D(suggested)
    assert not [d for d in prepared.diagnostics
                if d.rule in ("unit-mismatch", "score-undetermined")], prepared.diagnostics


def test_units_and_fractions_read_as_meant() -> None:
    assert (parse_measure("≤10(/10万)").value, parse_measure("≤10(/10万)").unit) == (D(10),
                                                                                    "/10万")
    assert parse_measure("8/1000").unit == "/1000"
    assert parse_measure("3/5").value is None  # a fraction, not a rate: a text as before
    assert comparable("/10万", "1/10万") and not comparable("/10万", "/1000")

"""The Word writer's line estimate (render/docx/wrapping): its shortcut for a line that fits
with every possible gap counted never gives another count than laying the line out."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from perfdocs.render.docx import wrapping

ALPHABET = list("培训人数完成率满意度指标，。、；：！？）》」』】（《「『【〔〈‘“([{≥≤%.,:;-/ 0123456789"
                "abcXYZmwMW…—％+=<>\"'")


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(ALPHABET), max_size=40).map("".join),
       st.floats(min_value=1.0, max_value=30.0))
def test_the_shortcut_agrees_with_the_layout(line: str, width: float) -> None:
    room = max(width - wrapping.SLACK, 1.0)
    assert wrapping._line_count(line, width) == wrapping.laid_out(line, room)


def test_counts_of_known_lines() -> None:
    assert wrapping.lines("培训人数", 10.0) == 1
    assert wrapping.lines("培训人数" * 5, 10.0) == 3  # 20 ems, 9 to a line of 9.9
    assert wrapping.lines("第一行\n第二行", 10.0) == 2
    assert wrapping.lines("达到ISO9001标准", 6.0) == 3  # the word goes over whole
    assert wrapping.lines("培" * 200, 10.0) == 23  # 9 to a line of 9.9 ems


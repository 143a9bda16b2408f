"""perfdocs/cli/cjk_text.py cuts text by hand (``perfdocs --help`` imports no ``re``): its
cuts are those of the regular expressions it replaced, for any text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from perfdocs.cli import cjk_text

TOKEN = re.compile(r"\s+|[A-Za-z0-9_\-./\\:=<>|\[\]{}'\"@#$%^&*+~`(),;!?]+|.", re.S)
LINE_BREAK = re.compile(r"(\S)[ \t]*\n\s*(?=(\S))")
BLANK_LINE = re.compile(r"\n\s*\n")


def joined(text: str) -> str:
    """The former join: a line break between two wide characters goes, else one space."""
    def join(found: re.Match[str]) -> str:
        wide = (cjk_text.display_width(found.group(1)) == 2
                and cjk_text.display_width(found.group(2)) == 2)
        return found.group(1) + ("" if wide else " ")

    return LINE_BREAK.sub(join, text)


TEXT = st.text(alphabet=st.sampled_from(
    list(" \t\n\r\x0b\x0c\u3000\xa0\u2028abcZ09_-./\\:=|[]'\"@,;!?()（）。，、汉字表é\u0301")),
    max_size=60)


@settings(max_examples=600, deadline=None)
@given(TEXT)
def test_cuts_are_the_regular_expressions(text: str) -> None:
    assert cjk_text._tokens(text) == TOKEN.findall(text)
    assert cjk_text._join_lines(text) == joined(text)
    assert cjk_text.paragraphs(text) == BLANK_LINE.split(text)


def test_known_texts() -> None:
    text = "输出命令补全脚本（bash、zsh），加载后按 Tab 补全文件名、\n    表名。\n\n  \n第二段 --format x"
    assert cjk_text.paragraphs(text) == BLANK_LINE.split(text)
    assert cjk_text._join_lines(text) == joined(text)
    assert "文件名、表名" in cjk_text._join_lines(text)
    assert cjk_text._tokens("perfdocs.toml（默认）") == ["perfdocs.toml", "（", "默", "认", "）"]
    assert cjk_text.wrap("设置文件（默认：当前目录的 perfdocs.toml）。", 30) == [
        "设置文件（默认：当前目录的", "perfdocs.toml）。"]

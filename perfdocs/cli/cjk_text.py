"""Width and wrapping of mixed Chinese and Latin text on a terminal.

A 汉字 takes two columns of a terminal, a Latin letter one; Chinese has no spaces to break
at. Python's ``textwrap`` counts characters and breaks at spaces, so click's help came out
with ragged columns and lines twice the terminal's width. These two functions measure and
break by columns, keep Latin words (``--format``, ``perfdocs.toml``) whole, and never start
a line with closing punctuation (，。、：；）」).
"""

from __future__ import annotations

import re
import unicodedata

_NO_LINE_START = set("，。、：；！？）」』》〉】,.:;!?)]}%")
_TOKEN = re.compile(r"\s+|[A-Za-z0-9_\-./\\:=<>|\[\]{}'\"@#$%^&*+~`(),;!?]+|.", re.S)


def display_width(text: str) -> int:
    """Columns ``text`` takes on a terminal (wide and full-width characters count 2)."""
    if text.isascii():  # no wide, full-width or combining character among them
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else
               0 if unicodedata.combining(ch) else 1 for ch in text)


_LINE_BREAK = re.compile(r"(\S)[ \t]*\n\s*(?=(\S))")


def _join_lines(text: str) -> str:
    """A paragraph's lines joined as one: with a space between Latin words, but none
    between two Chinese characters (a docstring wrapped after 文件名、 read "文件名、 表名")."""
    def join(found: re.Match[str]) -> str:
        wide = display_width(found.group(1)) == 2 and display_width(found.group(2)) == 2
        return found.group(1) + ("" if wide else " ")

    return _LINE_BREAK.sub(join, text)


def paragraphs(text: str) -> list[str]:
    """``text`` cut at its blank lines (a line holding only spaces is blank too)."""
    return _BLANK_LINE.split(text)


_BLANK_LINE = re.compile(r"\n\s*\n")


def wrap(text: str, width: int, *, indent: str = "", subsequent: str | None = None) -> list[str]:
    """``text`` (one paragraph) broken into lines of at most ``width`` columns."""
    rest_indent = indent if subsequent is None else subsequent
    lines: list[list[str]] = []
    current: list[str] = [indent]
    used = display_width(indent)  # the columns of ``current``, kept as it grows
    for token in _TOKEN.findall(" ".join(_join_lines(text).split())):
        if token.isspace():
            if len(current) > 1:
                current.append(" ")
                used += 1
            continue
        token_width = display_width(token)
        if used + token_width <= width or len(current) == 1:
            current.append(token)
            used += token_width
            continue
        carried: list[str] = []
        if token[0] in _NO_LINE_START:  # take the word before along, so no line starts with "。"
            while len(current) > 2 and current[-1] == " ":
                current.pop()
            while len(current) > 2 and current[-1][0] in _NO_LINE_START:
                carried.insert(0, current.pop())
            if len(current) > 2:
                carried.insert(0, current.pop())
        lines.append(current)
        current = [rest_indent, *carried, token]
        used = _width(current)
    if len(current) > 1:
        lines.append(current)
    return ["".join(parts).rstrip() for parts in lines]


def _width(parts: list[str]) -> int:
    return sum(display_width(p) for p in parts)

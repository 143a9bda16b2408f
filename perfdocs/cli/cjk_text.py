"""Width and wrapping of mixed Chinese and Latin text on a terminal.

A 汉字 takes two columns of a terminal, a Latin letter one; Chinese has no spaces to break
at. Python's ``textwrap`` counts characters and breaks at spaces, so click's help came out
with ragged columns and lines twice the terminal's width. These two functions measure and
break by columns, keep Latin words (``--format``, ``perfdocs.toml``) whole, and never start
a line with closing punctuation (，。、：；）」).
"""

from __future__ import annotations

import unicodedata

_NO_LINE_START = set("，。、：；！？）」』》〉】,.:;!?)]}%")
_LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
                   "_-./\\:=<>|[]{}'\"@#$%^&*+~`(),;!?")
"""Characters of a run kept whole on a line: Latin words, numbers, options, paths.

The text is cut by hand, not with ``re``: ``perfdocs --help`` lays its text out with this
module, and ``re`` (with the enum, functools and collections it imports) costs a plain
install's start-up more than the whole overview (issue 20.2)."""


def _tokens(text: str) -> list[str]:
    """``text`` as runs of white space, runs of :data:`_LATIN` characters, and single
    other characters (each 汉字 may end a line)."""
    tokens: list[str] = []
    at, end = 0, len(text)
    while at < end:
        after = at + 1
        if text[at].isspace():
            while after < end and text[after].isspace():
                after += 1
        elif text[at] in _LATIN:
            while after < end and text[after] in _LATIN:
                after += 1
        tokens.append(text[at:after])
        at = after
    return tokens


def _gaps(text: str) -> list[tuple[int, int]]:
    """(start, end) of every run of white space in ``text``."""
    found: list[tuple[int, int]] = []
    at, end = 0, len(text)
    while at < end:
        if text[at].isspace():
            after = at + 1
            while after < end and text[after].isspace():
                after += 1
            found.append((at, after))
            at = after
        else:
            at += 1
    return found


def display_width(text: str) -> int:
    """Columns ``text`` takes on a terminal (wide and full-width characters count 2)."""
    if text.isascii():  # no wide, full-width or combining character among them
        return len(text)
    if len(text) == 1:  # most of what wrap measures: one 汉字 or mark
        return _char_width(text)
    return sum(map(_char_width, text))


_WIDTHS: dict[str, int] = {}
"""Character → its columns, as measured once (help text repeats few characters)."""


def _char_width(ch: str) -> int:
    found = _WIDTHS.get(ch)
    if found is None:
        found = 2 if unicodedata.east_asian_width(ch) in "WF" else \
            0 if unicodedata.combining(ch) else 1
        _WIDTHS[ch] = found
    return found


def _join_lines(text: str) -> str:
    """A paragraph's lines joined as one: with a space between Latin words, but none
    between two Chinese characters (a docstring wrapped after 文件名、 read "文件名、 表名").

    A break is the white space between two printed characters that reaches a line's end
    with only spaces and tabs before it; any other white space stays as it is."""
    if "\n" not in text:
        return text
    parts: list[str] = []
    kept = 0
    for start, end in _gaps(text):
        if start == 0 or end == len(text) or not text[start:end].lstrip(" \t").startswith("\n"):
            continue
        wide = display_width(text[start - 1]) == 2 and display_width(text[end]) == 2
        parts.append(text[kept:start])
        parts.append("" if wide else " ")
        kept = end
    parts.append(text[kept:])
    return "".join(parts)


def paragraphs(text: str) -> list[str]:
    """``text`` cut at its blank lines (a line holding only white space is blank too): at
    every run of white space holding two line ends or more, from its first to its last."""
    if "\n" not in text:
        return [text]
    parts: list[str] = []
    kept = 0
    for start, end in _gaps(text):
        first, last = text.find("\n", start, end), text.rfind("\n", start, end)
        if first != -1 and last > first:
            parts.append(text[kept:first])
            kept = last + 1
    parts.append(text[kept:])
    return parts


def wrap(text: str, width: int, *, indent: str = "", subsequent: str | None = None) -> list[str]:
    """``text`` (one paragraph) broken into lines of at most ``width`` columns."""
    rest_indent = indent if subsequent is None else subsequent
    lines: list[list[str]] = []
    current: list[str] = [indent]
    used = display_width(indent)  # the columns of ``current``, kept as it grows
    for token in _tokens(" ".join(_join_lines(text).split())):
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

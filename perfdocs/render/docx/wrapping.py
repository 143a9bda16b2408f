"""How many lines a cell's text takes in Word, WPS and LibreOffice: estimated on the tall side.

The Word writer decides where each page ends (:mod:`perfdocs.forms.pages`) from its own
estimate of the row heights, and forces the break there. A row the office suite sets
taller than estimated pushes the last row of the part onto a page of its own, with empty
一级/二级 columns; so a line count here may be one too many, never one too few.

The estimate lays the text out as those programs do, line by line, instead of dividing
its width by the line's (which counts a line as full to its last half-em):

* a Chinese or full-width character is one em, a Latin one its Times New Roman width
  (a digit half an em): figures and Latin text are set in Times New Roman;
* a run of Latin letters, digits and signs (a number, 2025, ISO9001, ≥98%) is a word: it
  goes to the next line whole; one longer than a line starts a line and is broken where
  the program likes (LibreOffice: between ≥ and 98%…), so it is counted as filling its
  last line;
* between a Chinese character and a Latin word the programs add a quarter em of space
  (Word's and LibreOffice's automatic spacing of Asian and Latin text);
* a closing mark (，。、）…) never starts a line and an opening one (（《“…) never ends
  one: without hanging punctuation the character before a closing mark goes over with it;
* every line keeps a tenth of an em unused (rounded widths, kerning of Latin figures).
"""

from __future__ import annotations

import math
from functools import lru_cache
from itertools import repeat

from perfdocs.forms.charsets import CharSet

AUTO_SPACE = 0.25
"""Ems added between a Chinese character and a Latin word (LibreOffice sets 0.2)."""
SLACK = 0.1
"""Ems of every line left unused by the estimate."""
CLOSING = frozenset("，。、；：！？）》」』】〕〉’”…—％,.;:!?)]}%")
"""Marks that never begin a line."""
OPENING = frozenset("（《「『【〔〈‘“([{")
"""Marks that never end a line."""
WORDLIKE = frozenset("≥≤±×÷≠≈°℃‰№")
"""Signs the programs' line breaking (Unicode's, as in ICU) binds to the Latin word beside
them, as a letter: ≥98% goes over whole."""
_LATIN = {".": 0.25, ",": 0.25, ":": 0.278, ";": 0.278, "%": 0.833, "-": 0.333,
          "(": 0.333, ")": 0.333, "[": 0.333, "]": 0.333, "/": 0.278, " ": 0.25,
          "+": 0.564, "=": 0.564, "<": 0.564, ">": 0.564, "~": 0.541, "#": 0.5, "&": 0.778,
          "@": 0.921, "*": 0.5, "'": 0.18, '"': 0.408, "!": 0.333, "?": 0.444}
"""Advance widths in ems of Times New Roman's (and Liberation Serif's) marks."""


def char_ems(ch: str) -> float:
    """The width of one character in ems, as the office suites set a cell's text."""
    if not ch.isascii():
        return 1.0
    if ch.isdigit():
        return 0.5
    if ch.isupper():
        return 0.722 if ch not in "MW" else 0.944
    if ch.isalpha():
        return 0.5 if ch not in "mw" else 0.778
    return _LATIN.get(ch, 0.5)


_EMS: dict[str, float] = {chr(code): char_ems(chr(code)) for code in range(128)}
""":func:`char_ems` of every ASCII character (any other is one em), looked up per character."""
_LATIN_CHARS = frozenset(chr(code) for code in range(128) if code != 32) | WORDLIKE
"""Characters of a Latin word: ASCII but the space, and the signs bound to one."""
_SET_APART = CharSet(frozenset(map(chr, range(128))) | WORDLIKE | CLOSING | OPENING)
"""Characters :func:`laid_out` sets other than as a piece of its own one em wide: ASCII (a
Latin word's, the quarter-em space), the signs bound to a Latin word, the joining marks."""


def _units(line: str) -> list[tuple[float, bool, str, str]]:
    """``line`` as the pieces no line break may split: (ems, Latin word?, first, last).

    A Latin word is one piece; an opening mark joins the piece after it and a closing
    mark the piece before it. (Only a piece's first and last characters are kept: they
    are all the layout asks of it.)
    """
    ems = _EMS.get
    latin_chars = _LATIN_CHARS
    closing = CLOSING
    opening = OPENING
    units: list[list[object]] = []
    pending = ""  # opening marks waiting for the next piece
    last_latin = False
    for ch in line:
        is_latin = ch in latin_chars
        if units and not pending and (ch in closing or (is_latin and last_latin)):
            unit = units[-1]
            unit[0] += ems(ch, 1.0)  # type: ignore[operator]
            unit[3] = ch
        elif ch in opening:
            pending += ch
        else:
            width = ems(ch, 1.0)
            first = ch
            if pending:
                width += sum(ems(c, 1.0) for c in pending)
                first = pending[0]
                pending = ""
            units.append([width, is_latin, first, ch])
            last_latin = is_latin
    if pending:
        units.append([sum(ems(c, 1.0) for c in pending), False, pending[0], pending[-1]])
    return [(u[0], u[1], u[2], u[3]) for u in units]  # type: ignore[misc]


def _line_count(line: str, width: float) -> int:
    """Lines one paragraph line of text takes in a column ``width`` ems wide."""
    room = max(width - SLACK, 1.0)
    if not _SET_APART.found_in(line):
        # Chinese characters only (no Latin word, mark or space): each a piece of one em
        # with no gap between, so a line holds as many as fit whole (most narratives)
        return -(-len(line) // int(room)) if line else 1
    # A line that fits with every gap it could have counted takes one line: no need to
    # lay it out (most cells: figures, names, short targets). A gap needs a change
    # between Latin and Chinese, so there are at most two per Latin character, and one
    # per character. (Counted by C loops; a tie is laid out, as before.)
    latin = sum(map(_LATIN_CHARS.__contains__, line))
    bound = sum(map(_EMS.get, line, repeat(1.0))) + AUTO_SPACE * min(2 * latin, len(line))
    if bound <= room - 1e-9:
        return 1
    return laid_out(line, room)




def laid_out(line: str, room: float) -> int:
    """:func:`_line_count` without its shortcut: the pieces laid out in ``room`` ems."""
    lines = 1
    used = 0.0
    previous: tuple[float, bool, str, str] | None = None
    for unit in _units(line):
        ems_, latin, first, _last = unit
        gap = 0.0
        if previous is not None and used > 0 and latin != previous[1] \
                and first != " " and previous[3] != " " and (first.isalnum() or
                                                              previous[3].isalnum()):
            gap = AUTO_SPACE
        if ems_ > room:  # longer than a line: on lines of its own, the last one full
            lines += (1 if used > 0 else 0) + math.ceil(ems_ / room) - 1
            used = room
            previous = unit
            continue
        if used > 0 and used + gap + ems_ > room:
            lines += 1
            used = 0.0
            gap = 0.0
        used += gap + ems_
        previous = unit
    return lines


@lru_cache(maxsize=8192)
def lines(text: str, width: float) -> int:
    """Lines ``text`` takes in a column ``width`` ems wide (its inner width over the body
    size), each forced line break starting a line; memoised, as forms repeat short texts
    down whole columns."""
    return sum(_line_count(part, width) for part in text.split("\n"))

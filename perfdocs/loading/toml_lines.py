"""The line of every key of a TOML file, so a message can say where to edit.

tomllib (the standard library's reader) returns plain values and forgets where each was
written. A message about perfdocs.toml or a layout.toml must still name the line, as a
project file's messages do. The text is read once more, only when there is something to
report, and scanned for table headers (``[render]``, ``[[forms."自评表".scoring.grades]]``)
and ``key = value`` lines. Values are skipped whole (strings over several lines, arrays and
inline tables over several lines), so text inside a value is never taken for a key.

Locations are those of pydantic and of :mod:`perfdocs.loading.source`: key names and, for
an array of tables, the position of the table counted from 0. A key written inside an
inline table or an array is found at the line of the key holding it (the nearest written
ancestor), which is where the user looks anyway.
"""

from __future__ import annotations

import bisect
import contextlib
import re
import tomllib
from datetime import date, datetime, time

from perfdocs.records import Record, field

Loc = tuple[str | int, ...]
TomlValue = str | int | float | bool | datetime | date | time | list["TomlValue"] \
    | dict[str, "TomlValue"]
"""A value as tomllib reads it (tomllib's own annotation leaves the values untyped)."""
Table = dict[str, TomlValue]
"""A TOML table: a whole file, or a ``[section]`` of it."""

_BARE = re.compile(r"[A-Za-z0-9_-]+")
_SPACE = re.compile(r"[ \t]*")


class KeyLines(Record, frozen=True, slots=True):
    """Where each key of one TOML text was written."""

    lines: dict[Loc, int] = field(default_factory=dict)

    def line_of(self, loc: Loc) -> int | None:
        """Line of ``loc``, or of its nearest written ancestor (a missing key's table)."""
        for end in range(len(loc), 0, -1):
            line = self.lines.get(tuple(loc[:end]))
            if line is not None:
                return line
        return None


def key_lines(text: str) -> KeyLines:
    """The line of every table and key of ``text`` (TOML that tomllib has read).

    A text that is not TOML gives the lines found up to where the scan loses its way;
    nothing is raised, because a message without a line is still a message.
    """
    scan = _Scan(text.replace("\r\n", "\n"))
    with contextlib.suppress(ValueError, IndexError, tomllib.TOMLDecodeError):
        scan.run()
    return KeyLines(scan.lines)


class _Scan:
    """One pass over a TOML text: statements at the top level, values skipped whole."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        self.lines: dict[Loc, int] = {}
        self.table: Loc = ()
        self.arrays: dict[Loc, int] = {}
        """Each array of tables (by location) and how many of its tables were seen."""

    def line(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos)

    def run(self) -> None:
        text = self.text
        while self.pos < len(text):
            self.skip_blank()
            if self.pos >= len(text):
                return
            ch = text[self.pos]
            if ch == "\n":
                self.pos += 1
            elif ch == "#":
                self.skip_comment()
            elif ch == "[":
                self.header()
            else:
                self.key_value()

    def skip_blank(self) -> None:
        found = _SPACE.match(self.text, self.pos)
        self.pos = found.end() if found else self.pos

    def skip_comment(self) -> None:
        end = self.text.find("\n", self.pos)
        self.pos = len(self.text) if end < 0 else end

    def header(self) -> None:
        line = self.line(self.pos)
        array = self.text.startswith("[[", self.pos)
        self.pos += 2 if array else 1
        names = self.dotted_key()
        self.skip_blank()
        self.pos += 2 if array else 1  # the closing ] or ]]
        if array:
            parent = self.resolve(names[:-1])
            key = (*parent, names[-1])
            self.note(key, line)
            self.arrays[key] = self.arrays.get(key, 0) + 1
            self.table = (*key, self.arrays[key] - 1)
        else:
            self.table = self.resolve(names)
        self.note(self.table, line)

    def resolve(self, names: list[str]) -> Loc:
        """A header's key names as a location: an array of tables stands for its last table."""
        loc: Loc = ()
        for name in names:
            loc = (*loc, name)
            if loc in self.arrays:
                loc = (*loc, self.arrays[loc] - 1)
        return loc

    def note(self, loc: Loc, line: int) -> None:
        """Record ``loc`` and any table it implies (``a.b = 1`` writes table ``a`` too)."""
        for end in range(1, len(loc) + 1):
            self.lines.setdefault(loc[:end], line)

    def key_value(self) -> None:
        line = self.line(self.pos)
        names = self.dotted_key()
        self.note((*self.table, *names), line)
        self.skip_blank()
        if self.text[self.pos] != "=":
            raise ValueError("not a key/value pair")
        self.pos += 1
        self.skip_value()

    def dotted_key(self) -> list[str]:
        names: list[str] = []
        while True:
            self.skip_blank()
            names.append(self.simple_key())
            self.skip_blank()
            if self.pos < len(self.text) and self.text[self.pos] == ".":
                self.pos += 1
                continue
            return names

    def simple_key(self) -> str:
        text = self.text
        if text[self.pos] in "\"'":
            quote = text[self.pos]
            end = self.pos + 1
            while text[end] != quote:
                end += 2 if quote == '"' and text[end] == "\\" else 1
            raw = text[self.pos:end + 1]
            self.pos = end + 1
            (name,) = tomllib.loads(f"{raw} = 0")
            return name
        found = _BARE.match(text, self.pos)
        if not found or not found.group():
            raise ValueError("not a key")
        self.pos = found.end()
        return found.group()

    def skip_value(self) -> None:
        """Move past one value and the end of its line: strings, brackets and comments."""
        text = self.text
        depth = 0
        while self.pos < len(text):
            ch = text[self.pos]
            if ch == "\n":
                self.pos += 1
                if depth == 0:
                    return
            elif ch == "#":
                self.skip_comment()
            elif ch in "\"'":
                self.skip_string(ch)
            elif ch in "[{":
                depth += 1
                self.pos += 1
            elif ch in "]}":
                depth -= 1
                self.pos += 1
            else:
                self.pos += 1

    def skip_string(self, quote: str) -> None:
        text = self.text
        triple = quote * 3
        if text.startswith(triple, self.pos):
            end = self.pos + 3
            while True:
                end = text.index(triple, end)
                if quote == '"' and _escaped(text, end):
                    end += 1
                    continue
                break
            extra = 0  # up to two quotes ending the text may touch the closing ones
            while extra < 2 and text.startswith(quote, end + 3 + extra):
                extra += 1
            self.pos = end + 3 + extra
            return
        end = self.pos + 1
        while text[end] != quote:
            if text[end] == "\n":
                raise ValueError("unclosed string")
            end += 2 if quote == '"' and text[end] == "\\" else 1
        self.pos = end + 1


def _escaped(text: str, at: int) -> bool:
    """Whether the character at ``at`` follows an odd number of backslashes."""
    count = 0
    while at - count - 1 >= 0 and text[at - count - 1] == "\\":
        count += 1
    return count % 2 == 1

"""Tick-box rows (项目类别 ■部门预算项目 □省直专项) and weighed 一级 names (产出指标（50分）).

Both are printed as plain text in the form's grid, so every output format shows the same
characters and needs no drawing of its own; and both are read back from that text by
``perfdocs import``. The layout says what the rows offer and how a name carries its weight
(:class:`perfdocs.layouts.layout.ChoiceRow`, ``display.level1_name``); the project file says
what is ticked; the calculator sums the weights.
"""

from __future__ import annotations

import re

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from perfdocs.layouts.layout import ChoiceRow
    from perfdocs.model.project import Project

TICKED = frozenset("☑■√✓✔☒⊠▣✅")
"""Marks read as a tick on a returned form: the layout's own and what people type or
paste over a □ in WPS (√, ■, ☑ …)."""
BLANK_MARKS = frozenset("□☐")
_SPACE = " \t\u3000"
REASON_SEPARATOR = "："
"""Between an indicator's name and its reason on a row gathering the deviation reasons
(the layout's ``note_rows``), so that import gives each reason back to its indicator."""


def chosen(project: Project, row: ChoiceRow) -> list[str]:
    """The options of ``row`` the project file ticks (``勾选: {<field>: …}``)."""
    return list(project.choices.get(row.key, []))


def read_choices(text: str, row: ChoiceRow) -> list[str] | None:
    """The options ticked in a printed tick-box row, in the layout's order.

    Each option is looked for in ``text`` (longer options first, so 新增性项目 is not taken
    for 新增项目), and the mark on the layout's side of it decides. None when no option of
    the row is in the text at all (the cell is not this row's).
    """
    taken = [False] * len(text)
    ticked: set[str] = set()
    found_any = False
    for option in sorted(row.options, key=len, reverse=True):
        start = _free_find(text, option, taken)
        if start < 0:
            continue
        found_any = True
        end = start + len(option)
        for i in range(start, end):
            taken[i] = True
        mark = _mark_before(text, start) if row.mark == "before" else _mark_after(text, end)
        if mark is not None and (mark in TICKED or mark == row.checked) \
                and mark != row.unchecked and mark not in BLANK_MARKS:
            ticked.add(option)
    if not found_any:
        return None
    return [option for option in row.options if option in ticked]


def _free_find(text: str, option: str, taken: list[bool]) -> int:
    """The first place ``option`` stands in ``text`` not already claimed by a longer one."""
    start = text.find(option)
    while start >= 0:
        if not any(taken[start:start + len(option)]):
            return start
        start = text.find(option, start + 1)
    return -1


def _mark_before(text: str, start: int) -> str | None:
    i = start - 1
    while i >= 0 and text[i] in _SPACE:
        i -= 1
    return text[i] if i >= 0 else None


def _mark_after(text: str, end: int) -> str | None:
    i = end
    while i < len(text) and text[i] in _SPACE:
        i += 1
    return text[i] if i < len(text) else None


def level1_text(pattern: str, name: str, weight: str) -> str:
    """A 一级 name as the layout prints it: ``{name}（{weight}分）`` → 产出指标（50分）."""
    return pattern.replace("{name}", name).replace("{weight}", weight)


def level1_name(pattern: str, printed: str) -> str:
    """The 一级 name inside a printed one (产出指标（50分） → 产出指标); a text that does not
    follow the pattern (a sheet made by hand) is taken as it is."""
    pattern = pattern.replace("\n", "")
    if pattern == "{name}":
        return printed
    regex = "".join(
        "(?P<name>.+?)" if part == "{name}" else r"\s*[0-9０-９.．]*\s*" if part == "{weight}"
        else re.escape(part)
        for part in re.split(r"(\{name\}|\{weight\})", pattern) if part)
    match = re.fullmatch(regex, printed.strip())
    return match["name"].strip() if match else printed

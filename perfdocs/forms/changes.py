"""Comparing two versions of a project in a form's own words: what every form type's diff
section (``forms/<type>/diff.py``) is made of.

``perfdocs diff`` (:mod:`perfdocs.review.diff`) reads both versions into the model and
asks each registered form type for the changes in its part; the pieces here say how a
change reads (``绩效指标 › … › 实际完成值: 90(人) → 120(人)``), how amounts and figures are
shown (as the form prints them) and how indicators are paired (by name wherever they now
stand, then by position among the rest, so a renamed indicator is not a deletion plus an
addition).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol, TypeVar

from perfdocs.records import Record

if TYPE_CHECKING:
    from perfdocs.compute.calculate import Result
    from perfdocs.layouts.layout import FormLayout, Layout
    from perfdocs.model.project import Project

ARROW = " → "
SEP = " › "
UNCHANGED = "（未变）"


class Named(Protocol):
    """An indicator of either part: all the pairing needs is its name."""

    @property
    def name(self) -> str: ...


N = TypeVar("N", bound=Named)
Fields = tuple[tuple[str, Callable[[N, int], "str | None"]], ...]
"""(label, value of an indicator on side 0 = old or 1 = new) for each compared column."""
Flat = Sequence[tuple[str, str, int, N]]
"""A part's indicators as (一级, 二级, index, indicator), in form order."""


class Version(Record, frozen=True, slots=True):
    """One side of a diff: the project, its layout and its computed 自评表 figures."""

    path: str
    project: Project
    layout: Layout
    result: Result | None
    parts: tuple[str, ...] | None = None
    """The parts this version holds (``申报``, ``自评``) when it is a workbook: a 自评表
    sent back holds no 申报 part, which is not the same as one removed. None: a project
    file, which holds every part it has."""

    def holds(self, section: str) -> bool:
        return self.parts is None or section in self.parts


class Change(Record, frozen=True, slots=True):
    """One changed field; ``old`` or ``new`` is None when it was added or removed."""

    form: str
    """申报表, 自评表 or "" (the header fields both forms share)."""
    where: tuple[str, ...]
    old: str | None
    new: str | None
    derived: bool = False

    def format(self) -> str:
        """``绩效指标 › … › 实际完成值: 90(人) → 120(人)``."""
        where = SEP.join(self.where)
        if self.old == self.new:
            return f"{where}: {self.old}{UNCHANGED}"
        if self.old is None:
            return f"{where}: （新增）{self.new}"
        if self.new is None:
            return f"{where}: （删除）{self.old}"
        return f"{where}: {_show(self.old)}{ARROW}{_show(self.new)}"


def filled(section: object) -> str:
    """How a whole part reads when one side has it and the other does not."""
    return "已填写" if section is not None else "未填写"


def _show(text: str) -> str:
    return text.replace("\n", "⏎") if text else "（空）"


def text(value: object) -> str | None:
    """A field as compared: its text without surrounding spaces; None when absent."""
    if value is None:
        return None
    return str(value).strip()


def add_field(out: list[Change], form: str, where: tuple[str, ...], old: str | None,
              new: str | None, *, derived: bool = False, always: bool = False) -> None:
    """Record the field when it changed (or ``always``, for 总分 and 评分等级)."""
    if old != new or always:
        out.append(Change(form, where, old, new, derived))


def same_text(a: str | None, b: str | None) -> bool:
    """Equal once spaces and line breaks are ignored (how a cell wraps is not a change)."""
    return "".join((a or "").split()) == "".join((b or "").split()) and (a is None) == (b is None)


def money_form(version: Version, builder: str) -> FormLayout | None:
    """The layout's form of type ``builder``, whose units and places a figure is shown in."""
    return next((f for f in version.layout.forms.values() if f.builder == builder), None)


def amount(value: Decimal | None, form: FormLayout | None) -> str | None:
    """An amount in 元 as the form prints it (in the form's unit, with its places), the
    unit said: 「348.65 万元」 — beside a file kept in 元 (「3,486,500.00」) a bare 348.65
    reads as another figure (tester6 10r)."""
    from perfdocs.compute.calculate import to_unit
    from perfdocs.forms.numberformat import format_number

    if value is None:
        return None
    if form is None:
        return f"{value:,f} 元"
    shown = to_unit(value, form)
    assert shown is not None
    return f"{format_number(shown, form.display.money)} {form.money_unit}"


def figure(value: Decimal | None, form: FormLayout | None, kind: str = "score") -> str | None:
    """A figure (score, weight, rate) as the form prints it."""
    from perfdocs.forms.numberformat import format_number

    if value is None:
        return None
    if form is None:
        return f"{value:f}"
    return format_number(value, getattr(form.display, kind))


class WithColumns(Named, Protocol):
    """An indicator that may carry values of a layout's extra columns (备注, 其他栏)."""

    @property
    def remark(self) -> str | None: ...

    @property
    def other_columns(self) -> dict[str, str]: ...


C = TypeVar("C", bound=WithColumns)


def extra_column_fields(old: Flat[C], new: Flat[C]) -> Fields[C]:
    """备注 and every 其他栏 column either version fills: printed on the form when the layout
    has the column, so a change there is a change of the form (the first version's columns
    first, then those only the second has)."""
    names = list(dict.fromkeys(
        name for flat in (old, new) for entry in flat for name in entry[3].other_columns))
    def column(name: str) -> Callable[[C, int], str | None]:
        return lambda ind, side: text(ind.other_columns.get(name))

    fields: list[tuple[str, Callable[[C, int], str | None]]] = [
        ("备注", lambda ind, side: text(ind.remark))]
    fields += [(name, column(name)) for name in names]
    return tuple(fields)


def indicator_changes(out: list[Change], kind: str, old: Flat[N], new: Flat[N],
                      fields: Fields[N]) -> None:
    """Pair indicators by name, then by position; report moves, edits, additions, removals."""
    def key(name: str) -> str:
        return "".join(name.split())

    left = list(old)
    pairs: list[tuple[tuple[str, str, int, N], tuple[str, str, int, N]]] = []
    unmatched_new = []
    for entry in new:
        found = next((o for o in left if key(o[3].name) == key(entry[3].name)), None)
        if found is not None:
            left.remove(found)
            pairs.append((found, entry))
        else:
            unmatched_new.append(entry)
    still_new = []
    for entry in unmatched_new:
        found = next((o for o in left if o[:3] == entry[:3]), None)
        if found is not None:
            left.remove(found)
            pairs.append((found, entry))
        else:
            still_new.append(entry)
    for was, now in pairs:
        where = ("绩效指标", now[0], now[1], now[3].name)
        if (was[0], was[1]) != (now[0], now[1]):
            out.append(Change(kind, (*where, "位置"), f"{was[0]}{SEP}{was[1]}",
                              f"{now[0]}{SEP}{now[1]}"))
        if key(was[3].name) != key(now[3].name):
            out.append(Change(kind, (*where, "三级指标"), was[3].name, now[3].name))
        for label, get in fields:
            x, y = get(was[3], 0), get(now[3], 1)
            if not same_text(x, y):
                out.append(Change(kind, (*where, label), x, y))
    for entry in still_new:
        out.append(Change(kind, ("绩效指标", entry[0], entry[1], entry[3].name), None,
                          "（新增的三级指标）"))
    for entry in left:
        out.append(Change(kind, ("绩效指标", entry[0], entry[1], entry[3].name),
                          "（删除的三级指标）", None))

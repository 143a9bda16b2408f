"""``perfdocs diff OLD NEW``: what changed between two versions of a project, field by field.

A form comes back from a reviewer corrected; the preparer (and the reviewer after them) want
to see what moved, in the form's own words, not as a text diff of YAML or a cell-by-cell
comparison of two workbooks. Both versions (a project file or a workbook, in any mix) are
read into the model, computed with the layout's rules, and compared field by field:

    自评表
      绩效指标 › 产出指标 › 数量指标 › 培训人数 › 实际完成值: 90(人) → 120(人)
      总分: 92.96 → 93.46
      评分等级: 优（未变）

Indicators are matched by name first (wherever they now stand, so a reordering or a move to
another 二级指标 is not a deletion plus an addition), then by position among the rest (a
renamed indicator). Amounts and figures are compared and shown as the form prints them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from perfdocs.review.audit import is_workbook

if TYPE_CHECKING:
    from perfdocs.compute.calculate import Result
    from perfdocs.layouts.layout import FormLayout, Layout
    from perfdocs.loading.settings import Settings

Fields = tuple[tuple[str, Callable[[Any, int], "str | None"]], ...]
"""(label, value of an indicator on side 0 = old or 1 = new) for each compared column."""

ARROW = " → "
SEP = " › "
UNCHANGED = "（未变）"


@dataclass(frozen=True, slots=True)
class Version:
    """One side of a diff: the project, its layout and its computed 自评表 figures."""

    path: str
    project: Any
    layout: Layout
    result: Result | None


@dataclass(frozen=True, slots=True)
class Change:
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


def _filled(section: Any) -> str:
    return "已填写" if section is not None else "未填写"


def _show(text: str) -> str:
    return text.replace("\n", "⏎") if text else "（空）"


def load_version(path: str | Path, settings: Settings) -> Version:
    """Read a project file or a workbook and compute it (a file with rule errors still diffs)."""
    from perfdocs.compute.calculate import evaluate
    from perfdocs.layouts.layout import load_layout, selfeval_form

    if is_workbook(path):
        from perfdocs.importer.workbooks import import_workbooks

        loaded = import_workbooks([path], settings).loaded()
    else:
        from perfdocs.loading.project import load_project

        loaded = load_project(path, default_unit=settings.input_unit)
    project = loaded.project
    layout = load_layout(project.layout or settings.layout, settings.layout_paths)
    result = None
    form = selfeval_form(layout)
    if project.evaluation is not None and form is not None:
        result = evaluate(project.evaluation, form)
    return Version(str(path), project, layout, result)


def diff_versions(old: Version, new: Version) -> list[Change]:
    """Every field that differs, in the order of the forms, then the derived figures."""
    changes: list[Change] = []
    for label, attr in (("年度", "year"), ("项目名称", "name"), ("主管部门", "department"),
                        ("实施单位", "unit"), ("版式", "layout")):
        _field(changes, "", (label,), _text(getattr(old.project, attr)),
               _text(getattr(new.project, attr)))
    # The revision is printed on every form (when the settings say so) and recorded in
    # the packet manifest: a reviewer holding two versions must see it moved.
    for label, attr in (("版本", "number"), ("日期", "date"), ("原因", "reason")):
        _field(changes, "", ("修订", label), _revision(old.project, attr),
               _revision(new.project, attr))
    _declaration(changes, old, new)
    _evaluation(changes, old, new)
    return changes


def _revision(project: Any, attr: str) -> str | None:
    revision = project.revision
    return None if revision is None else _text(getattr(revision, attr))


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return str(value).strip()


def _field(out: list[Change], form: str, where: tuple[str, ...], old: str | None,
           new: str | None, *, derived: bool = False, always: bool = False) -> None:
    if old != new or always:
        out.append(Change(form, where, old, new, derived))


def _same_text(a: str | None, b: str | None) -> bool:
    """Equal once spaces and line breaks are ignored (how a cell wraps is not a change)."""
    return "".join((a or "").split()) == "".join((b or "").split()) and (a is None) == (b is None)


def _money_form(version: Version, builder: str) -> FormLayout | None:
    return next((f for f in version.layout.forms.values() if f.builder == builder), None)


def _amount(value: Decimal | None, form: FormLayout | None) -> str | None:
    """An amount in 元 as the form prints it (in the form's unit, with its places)."""
    from perfdocs.compute.calculate import to_unit
    from perfdocs.forms.numberformat import format_number

    if value is None:
        return None
    if form is None:
        return f"{value:,f} 元"
    shown = to_unit(value, form)
    assert shown is not None
    return format_number(shown, form.display.money)


def _figure(value: Decimal | None, form: FormLayout | None, kind: str = "score") -> str | None:
    from perfdocs.forms.numberformat import format_number

    if value is None:
        return None
    if form is None:
        return f"{value:f}"
    return format_number(value, getattr(form.display, kind))


def _declaration(out: list[Change], old: Version, new: Version) -> None:
    a, b = old.project.declaration, new.project.declaration
    kind = "申报表"
    if a is None and b is None:
        return
    if a is None or b is None:
        out.append(Change(kind, ("申报",), _filled(a), _filled(b)))
        return
    form = _money_form(new, "declaration")
    for label, attr in (("项目性质", "nature"), ("项目类别", "category"),
                        ("计划开始日期", "start"), ("计划完成日期", "end"),
                        ("项目总目标", "overall_goal"), ("年度总体目标", "annual_goal")):
        x, y = _text(getattr(a, attr)), _text(getattr(b, attr))
        if not _same_text(x, y):
            _field(out, kind, (label,), x, y)
    for group, side_a, side_b, names in (
        ("项目资金总额", a.funds.project, b.funds.project,
         (("合计", "total"), ("财政资金", "fiscal"), ("其他资金", "other"))),
        ("年度资金申请总额", a.funds.annual, b.funds.annual,
         (("合计", "total"), ("当年财政拨款", "appropriation"),
          ("上年结转资金", "carried_over"), ("其他资金", "other"))),
    ):
        for label, attr in names:
            if getattr(side_a, attr) != getattr(side_b, attr):
                _field(out, kind, ("项目资金", group, label),
                       _amount(getattr(side_a, attr), form), _amount(getattr(side_b, attr), form))
    fields: Fields = (("年度指标值", lambda ind, side: _text(ind.target)),)
    _indicators(out, kind, a.flat(), b.flat(), fields)


def _evaluation(out: list[Change], old: Version, new: Version) -> None:
    a, b = old.project.evaluation, new.project.evaluation
    kind = "自评表"
    if a is None and b is None:
        return
    if a is None or b is None:
        out.append(Change(kind, ("自评",), _filled(a), _filled(b)))
        return
    form = _money_form(new, "selfeval")
    _field(out, kind, ("项目名称",), _text(a.printed_name), _text(b.printed_name))
    for label in ("年度资金总额", "当年财政拨款", "上年结转资金", "其他资金"):
        row_a = a.funds.total if label == "年度资金总额" else a.funds.sub_rows()[label]
        row_b = b.funds.total if label == "年度资金总额" else b.funds.sub_rows()[label]
        for column, attr in (("年初预算数", "initial"), ("全年预算数", "budget"),
                             ("全年执行数", "executed")):
            x = getattr(row_a, attr) if row_a else None
            y = getattr(row_b, attr) if row_b else None
            if x != y:
                _field(out, kind, ("项目资金", label, column), _amount(x, form),
                       _amount(y, form))
    for label, attr in (("预期目标", "expected"), ("实际完成情况", "achieved")):
        x, y = _text(getattr(a.goals, attr)), _text(getattr(b.goals, attr))
        if not _same_text(x, y):
            _field(out, kind, ("年度总体目标", label), x, y)
    scores = (_scores(old), _scores(new))
    fields: Fields = (
        ("年度指标值", lambda ind, side: _text(ind.target)),
        ("实际完成值", lambda ind, side: _text(ind.actual)),
        ("分值", lambda ind, side: _figure(ind.weight, form, "weight")),
        ("得分", lambda ind, side: _figure(scores[side].get(id(ind)), form)),
        ("偏差原因分析及改进措施", lambda ind, side: _text(ind.reason)),
    )
    _indicators(out, kind, a.flat(), b.flat(), fields)
    _derived(out, kind, old.result, new.result, form)


def _scores(version: Version) -> dict[int, Decimal | None]:
    """The printed 得分 of each indicator (the preparer's, else the rule's), by identity."""
    if version.result is None:
        return {}
    return {id(r.indicator): r.score for r in version.result.indicators}


def _indicators(out: list[Change], kind: str, old: list[tuple[str, str, int, Any]],
                new: list[tuple[str, str, int, Any]], fields: Fields) -> None:
    """Pair indicators by name, then by position; report moves, edits, additions, removals."""
    def key(name: str) -> str:
        return "".join(name.split())

    left = list(old)
    pairs: list[tuple[Any, Any]] = []
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
            if not _same_text(x, y):
                out.append(Change(kind, (*where, label), x, y))
    for entry in still_new:
        out.append(Change(kind, ("绩效指标", entry[0], entry[1], entry[3].name), None,
                          "（新增的三级指标）"))
    for entry in left:
        out.append(Change(kind, ("绩效指标", entry[0], entry[1], entry[3].name),
                          "（删除的三级指标）", None))


def _derived(out: list[Change], kind: str, a: Result | None, b: Result | None,
             form: FormLayout | None) -> None:
    """执行率, 执行率得分, 分值合计 when they moved; 总分 and 评分等级 always."""
    if a is None or b is None:
        return
    _field(out, kind, ("执行率",), _figure(a.execution_rate, form, "rate"),
           _figure(b.execution_rate, form, "rate"), derived=True)
    _field(out, kind, ("执行率得分",), _figure(a.execution_score, form),
           _figure(b.execution_score, form), derived=True)
    _field(out, kind, ("分值合计",), _figure(a.total_weight, form, "weight"),
           _figure(b.total_weight, form, "weight"), derived=True)
    _field(out, kind, ("总分",), _figure(a.total, form) or "—", _figure(b.total, form) or "—",
           derived=True, always=True)
    _field(out, kind, ("评分等级",), a.grade or "—", b.grade or "—", derived=True, always=True)


def format_changes(changes: list[Change]) -> list[str]:
    """The report: header fields first, then one indented group per form."""
    lines: list[str] = []
    current = None
    for change in changes:
        if change.form != current:
            current = change.form
            if change.form:
                lines.append(change.form)
        indent = "  " if change.form else ""
        lines.append(indent + change.format())
    return lines


def differs(changes: list[Change]) -> bool:
    """Whether anything changed (the always-shown 总分/评分等级 lines aside)."""
    return any(c.old != c.new for c in changes)

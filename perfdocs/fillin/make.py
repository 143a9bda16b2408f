"""``perfdocs template``'s library side: the drop-down lists, and a workbook that is checked
to read back as the project file it was made from.

A project file may hold what the workbook has no box for (a key the model gained after
this sheet layout was fixed, a comment): rather than lose it silently, the workbook is read
back before it is written and every difference is reported.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from perfdocs.errors import InputError

if TYPE_CHECKING:
    from perfdocs.fillin.spec import LayoutBoxes
    from perfdocs.layouts.layout import Layout
    from perfdocs.loading.settings import Settings

MONEY_UNITS = ("元", "万元")


def drop_down_lists(settings: Settings, data: Mapping[str, Any],
                    layout: str | None = None) -> dict[str, list[str]]:
    """The lists the workbook offers: layouts, money units, 是/否, and the 一级/二级 names of
    the project's layout (``layout``, else its 版式, else the settings' default) for 申报
    and 自评.

    A layout that names no categories contributes none; then the names every installed
    layout allows are offered, and failing that the names the project already uses.
    """
    from perfdocs.errors import PerfdocsError
    from perfdocs.layouts.layout import available, load_layout
    from perfdocs.layouts.project_schema import layout_vocabulary

    names = sorted(available(settings.layout_paths))
    lists: dict[str, list[str]] = {"版式": names, "金额单位": list(MONEY_UNITS),
                                   "是否": ["是", "否"]}
    chosen = str(layout or data.get("版式") or settings.layout)
    per_section: dict[str, dict[str, list[str]]] = {}
    found: Layout | None
    try:
        found = load_layout(chosen, settings.layout_paths)
    except PerfdocsError:
        found = None
    if found is not None:
        for form in found.forms.values():
            for level1, level2s in (getattr(form, "categories", None) or {}).items():
                known = per_section.setdefault(form.section, {}).setdefault(level1, [])
                known += [n for n in level2s if n not in known]
    _, everywhere = layout_vocabulary(settings.layout_paths)
    for section in ("申报", "自评"):
        tree = per_section.get(section) or everywhere.get(section) or {}
        used = data.get(section, {}).get("绩效指标") if isinstance(data.get(section), Mapping) \
            else None
        level1s = list(tree)
        level2s = [n for group in tree.values() for n in group]
        if isinstance(used, Mapping):
            level1s += [str(k) for k in used if str(k) not in level1s]
            for groups in used.values():
                if isinstance(groups, Mapping):
                    level2s += [str(k) for k in groups if str(k) not in level2s]
        lists[f"{section}一级"] = level1s
        lists[f"{section}二级"] = list(dict.fromkeys(level2s))
    return lists


BASIC_HEADER = ("年度", "项目名称", "主管部门", "实施单位")
"""A line's fields the project's own header gives (forms/lines.project_values)."""


def layout_boxes(layout: Layout | None) -> LayoutBoxes:
    """The boxes ``layout``'s forms ask for: the 自评表's funds rows in print order (the total
    first), its 原因 column, its 说明栏 rows (those under the 总分 and in the 年度总体目标
    block; not the row gathering the indicators' own reasons); the labels its 申报 form
    prints (which 申报 boxes to offer)."""
    from perfdocs.engine.parts import prints_part
    from perfdocs.fillin.spec import NATIONAL, PART_SHEETS, LayoutBoxes
    from perfdocs.layouts.layout import selfeval_form

    declaring = next((f for f in layout.forms.values() if f.section == "申报"), None) \
        if layout is not None else None
    declared = frozenset(k for k, v in (declaring.labels or {}).items() if v) \
        if declaring is not None else None
    # the 填报信息 its header and footer lines print, as check's unprinted-filing reads them
    # (less the project's own header, 实施单位 and the like: 基本信息 holds them)
    filing = tuple(dict.fromkeys(
        item.field for f in layout.forms.values()
        for line in (*f.header_lines, *f.footer_lines) for item in line
        if item.field and item.field not in BASIC_HEADER)) if layout is not None else None
    parts = tuple(p for p in PART_SHEETS if prints_part(layout, p)) \
        if layout is not None else None
    form = selfeval_form(layout) if layout is not None else None
    if form is None:
        return NATIONAL.replace(declared=declared, filing=filing, parts=parts)
    specs = list(form.funds_rows())
    rows = [s.key for s in specs if s.total] + [s.key for s in specs if not s.total]
    notes = [n.key for n in (*form.goal_rows, *form.note_rows) if not n.gathers_reasons]
    return LayoutBoxes(tuple(rows), form.span("funds_reason") is not None,
                       tuple(dict.fromkeys(notes)), declared, filing, parts)


def unprinted_part(data: Mapping[str, Any], layout: Layout, where: str,
                   override: str | None) -> None:
    """Refuse a project file holding a part ``layout`` prints no form of (a 申报 part with
    hubei-2020): its workbook would offer boxes that print nowhere. Said as render's
    packet and 汇总表 say it (:func:`~perfdocs.engine.parts.no_stage_form`), at the
    file's 版式 line when the file chose the layout."""
    from perfdocs.engine.parts import no_stage_form
    from perfdocs.errors import ValidationFailed
    from perfdocs.fillin.spec import PART_SHEETS

    found = [d for part in PART_SHEETS if data.get(part)
             and (d := no_stage_form(where, layout, part, override)) is not None]
    if found:
        raise ValidationFailed(where, found)


def make_workbook(data: Mapping[str, Any], settings: Settings, where: str,
                  layout: str | None = None) -> bytes:
    """The workbook for ``data``, after checking it reads back as ``data``; its boxes are
    those of ``layout`` (else the file's 版式, else the settings' default layout).

    A blank workbook for another layout than the settings' default (the workspace's
    perfdocs.toml) names it in its 版式 box, so that it is imported with that layout; one
    for the default leaves the box blank, so that the project files imported from it
    follow the workspace's default when the unit later changes it (its own layout made
    with ``perfdocs layout new``: every file had said 版式: national-2020, tester8 #8).

    Raises :class:`InputError` naming each key that would be lost or changed.
    """
    import tempfile

    from perfdocs.errors import PerfdocsError
    from perfdocs.fillin.reader import read_fillin
    from perfdocs.fillin.writer import build_workbook
    from perfdocs.layouts.layout import load_layout, print_money_unit

    blank = not data
    data = dict(data)
    if isinstance(data.get("修订"), list):
        # the workbook has one set of 修订 boxes: the latest entry (the file's others stay
        # where they are — import --into never changes 修订)
        data["修订"] = latest_revision(data["修订"])
    chosen = layout or str(data.get("版式") or settings.layout)
    if blank and chosen != settings.layout:
        data["版式"] = chosen
    found: Layout | None
    try:
        found = load_layout(chosen, settings.layout_paths)
    except PerfdocsError:
        if layout is not None:
            raise
        found = None  # the file's own 版式 is wrong: validate will say so
    if found is not None:
        unprinted_part(data, found, where, layout)
    if blank:
        # the unit the forms print (「项目资金（万元）」), as ``perfdocs new`` presets it: a
        # clerk types the amounts as the form shows them, and a box left as it came read
        # 356.80 as 元 (0.04 万元 on the form; tester8 F1)
        data["金额单位"] = (print_money_unit(found) if found is not None else None) \
            or settings.input_unit
    blob = build_workbook(data, drop_down_lists(settings, data, chosen), settings.stamp,
                          layout_boxes(found))
    if blank:
        return blob
    with tempfile.TemporaryDirectory() as folder:
        probe = Path(folder) / "probe.xlsx"
        probe.write_bytes(blob)
        back = read_fillin(probe, settings).tree
    lost = differences(comparable(data), comparable(back))
    if lost:
        shown = "；".join(lost[:8]) + ("……" if len(lost) > 8 else "")
        raise InputError(f"以下内容放不进填写表，未生成（请先在项目文件中改正）：{shown}",
                         file=where)
    return blob


def latest_revision(entries: list[Any]) -> Any:
    """The latest of a file's 修订 entries as written (by 日期, then 版本, then the file's
    order), as :meth:`perfdocs.model.project.Project.revision_for` picks what forms print."""
    from perfdocs.model.project_checks import as_date

    def key(i: int) -> tuple[str, int, int]:
        entry = entries[i] if isinstance(entries[i], Mapping) else {}
        try:
            day = as_date(entry.get("日期")).isoformat()
        except (ValueError, TypeError):
            day = ""
        number = entry.get("版本")
        return day, number if isinstance(number, int) else 0, i

    return entries[max(range(len(entries)), key=key)] if entries else None


def comparable(value: Any) -> Any:
    """A project tree as the workbook can hold it: texts stripped, blanks left out."""
    if isinstance(value, Mapping):
        out = {str(k): comparable(v) for k, v in value.items()}
        return {k: v for k, v in out.items() if v not in (None, "", {}, [])}
    if isinstance(value, list):
        return [comparable(v) for v in value]
    if value is None:
        return None
    return str(value).strip()


def differences(before: Any, after: Any, path: str = "") -> list[str]:
    """Where two comparable trees differ, as field paths with what happened."""
    if isinstance(before, dict) and isinstance(after, dict):
        out: list[str] = []
        for key in before:
            where = f"{path}.{key}" if path else key
            if key not in after:
                out.append(f"{where}（没有对应的格子）")
            else:
                out += differences(before[key], after[key], where)
        out += [f"{path}.{k}（多出）" if path else f"{k}（多出）" for k in after if k not in before]
        return out
    if isinstance(before, list) and isinstance(after, list):
        if len(before) != len(after):
            return [f"{path}（{len(before)} 项变成 {len(after)} 项）"]
        return [d for i, (a, b) in enumerate(zip(before, after, strict=True))
                for d in differences(a, b, f"{path}[{i + 1}]")]
    return [] if before == after else [f"{path}（「{before}」读回为「{after}」）"]

"""What a project file holds checked against what its layout prints.

The 一级/二级 indicator names a layout accepts, and values for columns the layout lacks.

A reviewer rejects a form whose 一级指标 reads 产出指示 or whose 二级指标 reads 质量目标: the
names are fixed by the framework the layout follows (the national 2020 framework: 产出指标 →
数量/质量/时效/成本指标, 效益指标 → 经济/社会/生态效益指标 and 可持续影响指标, 满意度指标 →
服务对象满意度指标; Shanghai's 2020 绩效目标表 has its own 投入与管理/产出目标/效果目标/影响力目标).
Each form lists them under ``categories`` in layout.toml; a name outside the list is an error
naming the line and the nearest valid name, so a typo is fixed at once.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from perfdocs.errors import Diagnostic, Severity

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

    from perfdocs.layouts.layout import FormLayout, Layout
    from perfdocs.loading.project import Loaded

SECTIONS = ("申报", "自评")
"""Project-file sections holding an indicator tree (``<section>.绩效指标``)."""


def nearest(name: str, choices: Sequence[str]) -> str | None:
    """The valid name closest to ``name`` (always one when there are choices)."""
    import difflib  # a misspelt name only

    found = difflib.get_close_matches(name, list(choices), n=1, cutoff=0.0)
    return found[0] if found else None


def _form_for(layout: Layout, section: str) -> FormLayout | None:
    """The first form printing ``section`` that lists its names (None: nothing to check)."""
    return next((f for f in layout.forms.values()
                 if f.section == section and f.categories), None)


def check_layout_fit(loaded: Loaded, layout: Layout) -> list[Diagnostic]:
    """Every finding of this module: unknown 一级/二级 names, values no column prints,
    填报信息 no line prints, ticks the layout's tick-box rows do not offer, texts no note
    row prints."""
    return [*check_categories(loaded, layout), *unprinted_columns(loaded, layout),
            *unprinted_filing(loaded, layout), *check_choices(loaded, layout),
            *unprinted_notes(loaded, layout)]


def unprinted_filing(loaded: Loaded, layout: Layout) -> list[Diagnostic]:
    """A 填报信息 value that no header or footer line of the layout prints: a warning naming
    the nearest field a line does print. ``填表人`` written for ``填报人`` would otherwise
    leave the signature line to perfdocs.toml's [unit] preparer — another person's name
    on the line the unit signs, with a clean validation."""
    printed = list(dict.fromkeys(
        item.field for form in layout.forms.values()
        for line in (*form.header_lines, *form.footer_lines) for item in line if item.field))
    found: list[Diagnostic] = []
    for key in loaded.project.filing:
        if key in printed:
            continue
        near = nearest(key, printed) if printed else None
        hint = f"是不是「{near}」？" if near else ""
        have = (f"（表头、表尾印的是：{'、'.join(printed)}）" if printed else
                "（这个版式的表没有表头、表尾行，可在 layout.toml 的 header_lines 或 "
                "footer_lines 中加上）")
        message = f"版式 {layout.name} 的表上没有「{key}」一项，这里写的内容不会印出：{hint}{have}"
        loc = ("填报信息", key)
        found.append(Diagnostic(Severity.WARNING, message, loaded.path, loaded.line(loc),
                                _field(loc), key, rule="unprinted-filing"))
    return found


def another_units_details(loaded: Loaded, layout: Layout, unit: Mapping[str, str]
                          ) -> list[Diagnostic]:
    """A note when perfdocs.toml's [unit] names another unit than the project's 实施单位
    and the layout prints header or footer lines: those lines then take nothing from
    [unit] (:func:`perfdocs.forms.frame.line_sources`), and the preparer should know why
    their 填报人 is not on this form — or that 实施单位 is typed otherwise than [unit]."""
    from perfdocs.loading.settings_values import same_unit

    named = unit.get("单位名称", "")
    project = loaded.project
    lines = any(form.header_lines or form.footer_lines for form in layout.forms.values())
    if not lines or same_unit(named, project.unit):
        return []
    message = (f"perfdocs.toml 的 [unit] 是「{named}」，不是本项目的实施单位「{project.unit}」："
               f"表头、表尾行不取 [unit] 的内容（单位名称印「{project.unit}」；填报人、联系电话等"
               "可写在本文件的「填报信息」下）")
    loc = ("实施单位",)
    return [Diagnostic(Severity.NOTE, message, loaded.path, loaded.line(loc), _field(loc),
                       "实施单位", rule="other-unit")]


def check_choices(loaded: Loaded, layout: Layout) -> list[Diagnostic]:
    """``勾选`` against the layout's tick-box rows: an option the row does not offer, two
    ticks on a one-tick row (errors: the form would print a wrong box), a row no form
    prints, and a printed row with nothing ticked (warnings)."""
    from perfdocs.loading.source import format_loc

    project = loaded.project
    rows = {row.key: (form, row) for form in layout.forms.values()
            for row in form.choice_rows}
    parts = {"自评": project.evaluation, "申报": project.declaration}
    found: list[Diagnostic] = []
    for key, ticked in project.choices.items():
        loc: tuple[str | int, ...] = ("勾选", key)
        if key not in rows:
            have = f"（有：{'、'.join(rows)}）" if rows else "（本版式没有勾选行）"
            found.append(Diagnostic(
                Severity.WARNING, f"版式 {layout.name} 的表没有「{key}」这一勾选行，这里写的不会"
                f"印出{have}", loaded.path, loaded.line(loc), format_loc(loc), key,
                rule="unprinted-choice"))
            continue
        form, row = rows[key]
        where = f"版式 {layout.name} 的{form.kind}「{row.label}」"
        for index, option in enumerate(ticked):
            if option in row.options:
                continue
            at = (*loc, index) if len(ticked) > 1 or _is_list(loaded, loc) else loc
            near = nearest(option, row.options)
            hint = f"，是不是「{near}」？" if near else ""
            found.append(Diagnostic(
                Severity.ERROR, f"「{option}」不是{where}的选项{hint}（可选："
                f"{'、'.join(row.options)}；选项由版式 layout.toml 的 choice_rows 规定）",
                loaded.path, loaded.line(at), format_loc(at), row.label, rule="choice"))
        if len(ticked) > 1 and not row.multiple:
            found.append(Diagnostic(
                Severity.ERROR, f"{where}只能勾选一项，这里写了 {len(ticked)} 项："
                f"{'、'.join(ticked)}", loaded.path, loaded.line(loc), format_loc(loc),
                row.label, rule="choice"))
    for key, (form, row) in rows.items():
        if parts.get(form.section) is not None and not project.choices.get(key):
            found.append(Diagnostic(
                Severity.WARNING, f"{form.kind}「{row.label}」一项都没有勾选：请在项目文件写 "
                f"勾选: {{{key}: {row.options[0]}}}（可选：{'、'.join(row.options)}）",
                loaded.path, loaded.line(("勾选",)), f"勾选.{key}", row.label,
                rule="choice"))
    return found


def _is_list(loaded: Loaded, loc: tuple[str | int, ...]) -> bool:
    """Whether the file wrote a list at ``loc`` (its items then have lines of their own)."""
    node: object = loaded.source.data
    for part in loc:
        node = node.get(part) if isinstance(node, dict) else None
    return isinstance(node, list)


def unprinted_notes(loaded: Loaded, layout: Layout) -> list[Diagnostic]:
    """A ``说明栏`` text that no note row of the layout prints: a warning (the preparer
    would not see that it is missing from the form)."""
    from perfdocs.loading.source import format_loc

    evaluation = loaded.project.evaluation
    if evaluation is None:
        return []
    printed = {row.key for form in layout.forms.values()
               for row in (*form.note_rows, *form.goal_rows)}
    found: list[Diagnostic] = []
    if evaluation.funds.reason and not any(form.span("funds_reason")
                                           for form in layout.forms.values()):
        loc = ("自评", "项目资金", "原因")
        found.append(Diagnostic(
            Severity.WARNING, f"版式 {layout.name} 的自评表没有资金块右侧的「原因」栏"
            "（columns 的 funds_reason），这里写的原因不会印出", loaded.path, loaded.line(loc),
            format_loc(loc), "原因", rule="unprinted-note"))
    for key in evaluation.notes:
        if key in printed:
            continue
        loc = ("自评", "说明栏", key)
        have = f"（有：{'、'.join(sorted(printed))}）" if printed else "（本版式的表下没有说明行）"
        found.append(Diagnostic(
            Severity.WARNING, f"版式 {layout.name} 的表没有「{key}」一行，这里写的内容不会印出"
            f"{have}", loaded.path, loaded.line(loc), format_loc(loc), key,
            rule="unprinted-note"))
    return found


def unprinted_columns(loaded: Loaded, layout: Layout) -> list[Diagnostic]:
    """A 备注 or 其他栏 value that no form of the layout prints: a warning, since the
    preparer wrote it for the reviewer and would not see that it is missing from the form."""
    found: list[Diagnostic] = []
    for section in SECTIONS:
        part = loaded.project.evaluation if section == "自评" else loaded.project.declaration
        if part is None:
            continue
        printed = {extra.field for form in layout.forms.values() if form.section == section
                   for extra in form.extra_columns}
        for level1, level2, index, indicator in part.flat():
            at = (section, "绩效指标", level1, level2, index)
            names = (["备注"] if indicator.remark else []) + list(indicator.other_columns)
            for name in names:
                if name in printed:
                    continue
                loc = (*at, "备注") if name == "备注" else (*at, "其他栏", name)
                message = (f"版式 {layout.name} 的表没有「{name}」栏，这里写的内容不会印出"
                           "（可在 layout.toml 的 extra_columns 中加上这一栏）")
                found.append(Diagnostic(Severity.WARNING, message, loaded.path,
                                        loaded.line(loc), _field(loc), name,
                                        rule="unprinted-column"))
    return found


def _field(loc: tuple[str | int, ...]) -> str:
    """``自评.绩效指标.产出指标.数量指标[2].备注``, as the other messages name fields."""
    from perfdocs.loading.source import format_loc

    return format_loc(loc)


def check_categories(loaded: Loaded, layout: Layout) -> list[Diagnostic]:
    """Every 一级/二级 name of the project's sections that its layout's forms do not accept."""
    found: list[Diagnostic] = []
    for section in SECTIONS:
        part = loaded.project.evaluation if section == "自评" else loaded.project.declaration
        form = _form_for(layout, section)
        if part is None or form is None:
            continue
        found += _check_tree(loaded, layout, form, section, part.indicators)
    return found


def _check_tree(loaded: Loaded, layout: Layout, form: FormLayout, section: str,
                tree: dict[str, dict[str, Any]]) -> Iterator[Diagnostic]:
    names = form.categories
    every_level2 = list(dict.fromkeys(n for group in names.values() for n in group))
    where = f"版式 {layout.name} 的{form.kind}"
    for level1, groups in tree.items():
        loc1 = (section, "绩效指标", level1)
        if level1 not in names:
            yield _unknown(loaded, loc1, "一级指标", level1, list(names), where)
        allowed = names.get(level1, every_level2)
        for level2 in groups:
            if level2 in allowed:
                continue
            owner = next((k for k, group in names.items() if level2 in group), None)
            yield _unknown(loaded, (*loc1, level2), "二级指标", level2, allowed,
                           f"{where}「{level1}」下" if level1 in names else where,
                           f"，它属于一级指标「{owner}」" if owner else None)
    # 一级指标 only: published forms put 社会效益 before 经济效益, 质量 before 数量, and a
    # warning there would stop a --strict hand-in over an order reviewers accept
    yield from _out_of_order(loaded, (section, "绩效指标"), "一级指标", list(tree), list(names),
                             where)


def _out_of_order(loaded: Loaded, loc: tuple[str, ...], label: str, typed: list[str],
                  order: Sequence[str], where: str) -> Iterator[Diagnostic]:
    """The first group written before one the layout lists ahead of it: a warning at its
    line. The form prints the groups in the file's order, and a bureau reads 产出、效益、
    满意度 in the framework's order: 满意度指标 moved to the top of a workbook came back
    first, unremarked by validate and diff. Names the layout does not list are the
    category check's; they do not count here."""
    from itertools import pairwise

    known = [name for name in typed if name in order]
    for earlier, later in pairwise(known):
        if order.index(later) < order.index(earlier):
            expected = "、".join(name for name in order if name in known)
            message = (f"{label}「{later}」排在「{earlier}」之后，{where}的顺序是 {expected}："
                       f"表上按项目文件的顺序印，请把「{later}」移到「{earlier}」之前")
            at = (*loc, later)
            yield Diagnostic(Severity.WARNING, message, loaded.path, loaded.line(at),
                             ".".join(at), label, rule="indicator-order")
            return


def _unknown(loaded: Loaded, loc: tuple[str, ...], label: str, name: str,
             allowed: Sequence[str], where: str, hint: str | None = None) -> Diagnostic:
    """An unknown name: where it is, the nearest valid one (or ``hint``), the valid ones."""
    near = nearest(name, allowed)
    hint = hint or (f"，是不是「{near}」？" if near else "")
    message = (f"{label}「{name}」不是{where}可用的名称{hint}（可用：{'、'.join(allowed)}；"
               "名称由版式 layout.toml 的 categories 规定）")
    return Diagnostic(Severity.ERROR, message, loaded.path, loaded.line(loc), ".".join(loc),
                      label, rule="category-name")

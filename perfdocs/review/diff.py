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

Each form type compares its own part (``forms/<type>/diff.py``, reached through the
registry: :meth:`perfdocs.forms.base.FormType.changes`); the pieces they share are
:mod:`perfdocs.forms.changes`. Here are the header fields and the report.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from perfdocs.forms.changes import Change, Version, add_field, same_text, text
from perfdocs.review.audit import is_workbook, read_workbook

if TYPE_CHECKING:
    from perfdocs.loading.settings import Settings
    from perfdocs.model.project import Revision

__all__ = ["Change", "Version", "diff_versions", "differs", "format_changes", "load_version",
           "not_compared"]

def load_version(path: str | Path, settings: Settings, sheet: str | None = None) -> Version:
    """Read a project file or a workbook (``sheet``: that sheet of a many-project one) and
    compute it (a file with rule errors still diffs)."""
    from perfdocs.compute.calculate import evaluate
    from perfdocs.layouts.layout import selfeval_form

    parts: tuple[str, ...] | None = None
    if is_workbook(path):
        imported = read_workbook(path, settings, sheet)
        loaded = imported.loaded()
        parts = tuple(part for part in ("申报", "自评") if imported.tree.get(part) is not None)
    else:
        from perfdocs.loading.project import load_project

        loaded = load_project(path, default_unit=settings.input_unit)
    project = loaded.project
    from perfdocs.engine.pipeline import layout_of

    layout = layout_of(loaded, settings)  # a layout not found: the 版式 line is named
    result = None
    form = selfeval_form(layout)
    if project.evaluation is not None and form is not None:
        result = evaluate(project.evaluation, form)
    return Version(str(path), project, layout, result, parts)


def rule_scores_as_rules(side: Version, other: Version) -> Version:
    """``side`` (a workbook) with the 得分 it prints left to the rules wherever ``other``
    (a project file) writes no 得分 and its rules give that very figure there, as
    ``import --into`` reads them (:mod:`perfdocs.importer.merge`): a reviewer who changed
    an 实际完成值 and left the printed 得分 as it was did not set a score of their own, and
    the file will compute the new one (tester9 N11: diff said 「总分: 99.09（未变）」 where
    the merged file gives 97.98)."""
    if side.parts is None or other.parts is not None or other.result is None \
            or side.project.evaluation is None:
        return side
    from perfdocs.compute.calculate import evaluate, rules_own_scores
    from perfdocs.layouts.layout import selfeval_form

    form = selfeval_form(side.layout)
    if form is None:
        return side
    rule = {(r.level1, r.level2, r.index): r.score for r in other.result.indicators
            if r.source == "rule" and r.score is not None}
    tree = side.project.evaluation.indicators
    printed = {(one, two, index): row.score for one, twos in tree.items()
               for two, rows in twos.items() for index, row in enumerate(rows)}
    own = rules_own_scores(side.project.evaluation, form, printed, rule)
    if not own:
        return side
    indicators = {one: {two: [row.replace(score=None) if (one, two, index) in own else row
                              for index, row in enumerate(rows)]
                        for two, rows in twos.items()} for one, twos in tree.items()}
    evaluation = side.project.evaluation.replace(indicators=indicators)
    return side.replace(project=side.project.replace(evaluation=evaluation),
                        result=evaluate(evaluation, form))


def _targets_as_printed(side: Version) -> Version:
    """``side`` with each 年度指标值 as its forms print it (a typed ">=90%" prints "≥90%",
    :func:`~perfdocs.model.targets.official_text`): diff compares what is handed in, and a
    project file against its own untouched form said 「年度指标值: >=90% → ≥90%」, status 1
    (tester13 F2's test over every bundled layout; import --into already takes them for
    the same). The scores are computed again (they follow the indicators, not the text)."""
    from perfdocs.model.targets import official_text

    def printed(tree: Any) -> tuple[Any, bool]:
        moved = False
        out: dict[str, dict[str, list[Any]]] = {}
        for one, twos in tree.items():
            out[one] = {}
            for two, rows in twos.items():
                kept = []
                for row in rows:
                    target = getattr(row, "target", None)
                    if isinstance(target, str) and official_text(target) != target:
                        row, moved = row.replace(target=official_text(target)), True
                    kept.append(row)
                out[one][two] = kept
        return out, moved

    project = side.project
    declaration, evaluation = project.declaration, project.evaluation
    changed = False
    if declaration is not None:
        tree, moved = printed(declaration.indicators)
        if moved:
            declaration, changed = declaration.replace(indicators=tree), True
    result = side.result
    if evaluation is not None:
        tree, moved = printed(evaluation.indicators)
        if moved:
            evaluation, changed = evaluation.replace(indicators=tree), True
            from perfdocs.compute.calculate import evaluate
            from perfdocs.layouts.layout import selfeval_form

            form = selfeval_form(side.layout)
            result = evaluate(evaluation, form) if form is not None else result
    if not changed:
        return side
    return side.replace(project=project.replace(declaration=declaration, evaluation=evaluation),
                        result=result)


def diff_versions(old: Version, new: Version, *, printed_revisions: bool = True
                  ) -> list[Change]:
    """Every field that differs: the header fields both forms share, then each form type's
    part in the order of the forms, with its derived figures. ``printed_revisions``: the
    settings print the 修订 line under the forms (``[render] revision``), so a form read
    back without one has dropped it."""
    from perfdocs.forms import form_types

    old, new = _targets_as_printed(old), _targets_as_printed(new)
    old, new = rule_scores_as_rules(old, new), rule_scores_as_rules(new, old)

    changes: list[Change] = []
    add_field(changes, "", ("年度",), text(old.project.year), text(new.project.year))
    add_field(changes, "", ("项目名称",), _name(old, new), _name(new, old))
    for label, attr in (("主管部门", "department"), ("实施单位", "unit")):
        was, now = text(getattr(old.project, attr)), text(getattr(new.project, attr))
        if _left_to_fill(was) or _left_to_fill(now):
            continue  # a form that does not print it (绩效目标表: 主管部门): not compared
        add_field(changes, "", (label,), was, now)
    # the layout each version is read and computed with: a file naming the default layout
    # and a workbook that (being of that layout) names none are not a change
    add_field(changes, "", ("版式",), old.layout.name, new.layout.name)
    # The revision is printed on the forms (when the settings say so) and recorded in the
    # packet manifest, of its 阶段's part or of both: a reviewer holding two versions must
    # see it moved, and see which part it now stands for.
    before, after, listed = _revisions_held(old, new, printed_revisions)
    _revisions(changes, before, after, staged=not (_printed_form(old) or _printed_form(new)),
               listed=listed)
    # 填报信息 fills the layout's header and footer lines (填报人, 联系电话, 填报日期…), printed
    # on the forms: a new name on the signature line is a change of what is handed in
    # (a 填报日期 a form prints from its run's --date, where the file writes none, is not)
    from perfdocs.importer.lines import without_run_date

    filings = [side.project.filing if side.parts is None or other.parts is not None
               else without_run_date(side.project.filing, other.project.filing)
               for side, other in ((old, new), (new, old))]
    for key in dict.fromkeys([*filings[0], *filings[1]]):
        add_field(changes, "", ("填报信息", key), text(filings[0].get(key)),
                  text(filings[1].get(key)))
    # each form type compares its own part, in registry order (申报 before 自评)
    declared = False  # two form types print the 申报 part (申报表, 绩效目标表)
    for kind in form_types():
        if kind.section is None or (old.holds(kind.section) and new.holds(kind.section)):
            changes += kind.changes(old, new)
            if kind.section == "申报" and not declared:
                changes += target_table_changes(old, new)
                declared = True
    changes += report_changes(old, new)
    return changes


TARGET_TABLE_TEXTS = (("申报单位名称", "applicant"),
                      ("是否含有政府购买服务", "government_purchase"),
                      ("绩效类型", "performance_type"), ("项目概况", "overview"),
                      ("立项依据", "basis"), ("项目设立的必要性", "necessity"),
                      ("保证项目实施的制度、措施", "measures"), ("项目实施计划", "plan"))
"""The 申报 texts the 2020 绩效目标表 prints (seed 004) that the 申报表's own comparison
(``forms/declaration/diff.py``) does not make."""


def target_table_changes(old: Version, new: Version) -> list[Change]:
    """The 2020 绩效目标表's texts (:data:`TARGET_TABLE_TEXTS`) and 上年度资金使用情况
    amounts (:data:`PREVIOUS_FUNDS`) changed: printed on that form, and 「没有变化」 to diff
    (found by tests/test_diff_texts.py with tester17 F3)."""
    from perfdocs.forms.declaration.diff import KIND

    a, b = old.project.declaration, new.project.declaration
    out: list[Change] = []
    if a is None or b is None:
        return out
    for label, attr in TARGET_TABLE_TEXTS:
        x, y = text(getattr(a, attr)), text(getattr(b, attr))
        if not same_text(x, y):
            out.append(Change(KIND, (label,), *_brief(x, y)))
    from perfdocs.forms.changes import amount, money_form

    form = money_form(new, "target") or money_form(new, "declaration")
    for label, attr in PREVIOUS_FUNDS:
        x = getattr(a.previous_funds, attr) if a.previous_funds is not None else None
        y = getattr(b.previous_funds, attr) if b.previous_funds is not None else None
        if x != y:
            out.append(Change(KIND, ("上年度资金使用情况", label), amount(x, form),
                              amount(y, form)))
    return out


PREVIOUS_FUNDS = (("项目总预算", "project_total"), ("项目当年预算", "year_budget"),
                  ("同名项目上年预算额", "last_year_budget"),
                  ("同名项目上年预算执行数", "last_year_executed"))
"""The amounts of 「申报.上年度资金使用情况」, printed on the 2020 绩效目标表 only."""


REPORT = "自评报告"
REPORT_PARAGRAPHS = (("项目概况", "overview"), ("资金使用情况", "funds"), ("绩效目标", "goals"),
                     ("偏差原因及改进措施", "deviations"), ("自评结论", "conclusion"),
                     ("其他需要说明的问题", "other"))
"""The 自评报告's own paragraphs by their key (``实现情况`` apart: one per 一级指标)."""
BRIEF = 40
"""A paragraph longer than this is shown by the part that changed, with a little context."""
CONTEXT = 8


def report_changes(old: Version, new: Version) -> list[Change]:
    """The 自评报告's paragraphs (「自评.自评报告」) changed, added or removed, each by its
    label: 「自评报告 › 自评结论: …总分90.00分，评分等级为优。 → …总分88.00分，评分等级为良；…」.
    The report's paragraphs are printed verbatim in the 自评材料包: a rewritten 自评结论
    said 「没有变化」, exit 0 (tester17 F3). Not compared against a printed form read back
    (a 自评表 holds no report); a fill-in workbook holds it (its 自评报告 sheet)."""
    if _printed_form(old) or _printed_form(new):
        return []
    texts = [_report_texts(side) for side in (old, new)]
    out: list[Change] = []
    for key in dict.fromkeys([*texts[0], *texts[1]]):
        was, now = texts[0].get(key), texts[1].get(key)
        if not same_text(was, now):
            out.append(Change("", (REPORT, *key), *_brief(was, now)))
    return out


def _report_texts(side: Version) -> dict[tuple[str, ...], str]:
    """The report's paragraphs ``side`` writes, by their label path."""
    evaluation = side.project.evaluation
    report = evaluation.report if evaluation is not None else None
    if report is None:
        return {}
    found: dict[tuple[str, ...], str] = {}
    for label, attr in REPORT_PARAGRAPHS[:3]:
        if (value := text(getattr(report, attr))) is not None:
            found[(label,)] = value
    for part, paragraph in report.achievements.items():
        if (value := text(paragraph)) is not None:
            found[("实现情况", part)] = value
    for label, attr in REPORT_PARAGRAPHS[3:]:
        if (value := text(getattr(report, attr))) is not None:
            found[(label,)] = value
    return found


def _brief(was: str | None, now: str | None) -> tuple[str | None, str | None]:
    """Two versions of a long paragraph shown by what differs: the common beginning and
    end cut to a few characters each side, marked 「…」 (a whole paragraph twice hides the
    one word changed). A short one, an added or a removed one, is shown whole."""
    if was is None or now is None or max(len(was), len(now)) <= BRIEF:
        return was, now
    start = 0
    while start < min(len(was), len(now)) and was[start] == now[start]:
        start += 1
    end = 0
    while end < min(len(was), len(now)) - start and was[-1 - end] == now[-1 - end]:
        end += 1
    head = max(start - CONTEXT, 0)
    tail = max(end - CONTEXT, 0)

    def cut(value: str) -> str:
        shown = value[head:len(value) - tail]
        return ("…" if head else "") + shown + ("…" if tail else "")

    return cut(was), cut(now)


def _left_to_fill(value: str | None) -> bool:
    """Whether a header field is the placeholder a workbook read leaves for a field its form
    does not print (「待填写：绩效目标表不印主管部门」): nothing the reviewer wrote. diff of
    shanghai-2020's own untouched 绩效目标表 said 「主管部门: … → 待填写：…」, status 1, as
    ``import`` and ``check`` already pass it over (importer/findings.
    without_import_placeholders)."""
    from perfdocs.model.marks import TO_FILL

    return value is not None and value.startswith(TO_FILL)


def not_compared(old: Version, new: Version) -> list[str]:
    """The parts one side (a workbook) does not hold, so the diff leaves them out: said
    once, instead of 「申报: 已填写 → 未填写」, which read as a part deleted."""
    lines = []
    for part in ("申报", "自评"):
        for side, other in ((old, new), (new, old)):
            if not side.holds(part) and (other.parts is None or other.holds(part)):
                lines.append(f"（{side.path} 中没有{part}部分，{part}部分未比较）")
    return lines


def _name(side: Version, other: Version) -> str | None:
    """The 项目名称 to compare: the project's, between two project files; beside a workbook
    (which knows only what its form printed), the name the form both hold prints — a
    自评表 may print another name than the 申报表 (自评.项目名称)."""
    project = side.project
    if side.parts is None and other.parts is None:
        return text(project.name)
    if side.holds("申报") and other.holds("申报"):
        return text(project.name)
    if project.evaluation is not None:
        return text(project.name_in("自评"))
    return text(project.name)


_REVISION_FIELDS = (("版本", "number"), ("日期", "date"), ("阶段", "stage"), ("原因", "reason"))


def _printed_form(side: Version) -> bool:
    """Whether ``side`` is a form read back (a 自评表 sent back), not a project file nor a
    fill-in workbook: its 修订 line 「修订第 2 版（日期）：原因」 prints no 阶段."""
    if side.parts is None:
        return False
    from perfdocs.fillin.reader import is_fillin

    return not is_fillin(side.path)


def _revisions_held(old: Version, new: Version, printed_revisions: bool
                    ) -> tuple[list[Revision], list[Revision], bool]:
    """The 修订 entries to compare, and whether to compare them as a list.

    A workbook holds one entry at most: a fill-in workbook's 修订 boxes hold the file's
    latest (``template --from``), a printed form's line the latest of its part, and none
    when the settings print no 修订 line. Against a project file with several entries, the
    others are not deleted (tester9 N12: 「修订 › 第 2 版: （删除）…」 against the file's
    own untouched fill-in workbook): the workbook's entry is compared with the file's entry
    of that 版本, or is new; a workbook with none is compared with the entry it would hold."""
    if (old.parts is None) == (new.parts is None):  # two files, or two workbooks
        entries = old.project.revisions or [], new.project.revisions or []
        return entries[0], entries[1], len(entries[0]) > 1 or len(entries[1]) > 1
    file_side, book = (old, new) if new.parts is not None else (new, old)
    held = list(book.project.revisions or [])
    section: str | None = None
    if _printed_form(book):
        if not held and not printed_revisions:
            return [], [], False  # the form prints no 修订 line: nothing to compare
        section = book.parts[0] if book.parts and len(book.parts) == 1 else None
    candidates = file_side.project.revisions_for(section)
    listed = len(candidates) > 1
    if listed:
        numbers = {r.number for r in held}
        latest = file_side.project.revision_for(section)
        candidates = [r for r in candidates if r.number in numbers] if held \
            else [latest] if latest is not None else []
    return (candidates, held, listed) if file_side is old else (held, candidates, listed)


def _revisions(changes: list[Change], old: list[Revision], new: list[Revision], *,
               staged: bool = True, listed: bool = False) -> None:
    """修订 as it changed. One entry on each side (or none): field by field, 「修订 › 版本:
    2 → 3」, as ever. A list on either side: entry by entry, matched by 版本 — 「修订 › 第 3 版:
    （新增）2026-03-10（自评）：按评审意见更正…」 for an entry added (a file corrected again),
    its fields where an entry of the same 版本 changed (``listed``: so even where
    :func:`_revisions_held` left one entry of a list).

    ``staged`` False (one side is a printed form, which has no 阶段): 阶段 is not compared —
    the reviewer did not delete it (tester8 #14: 「修订 › 阶段: （删除）自评」)."""
    fields = [f for f in _REVISION_FIELDS if staged or f[0] != "阶段"]
    if not listed and len(old) <= 1 and len(new) <= 1:
        for label, attr in fields:
            add_field(changes, "", ("修订", label), _field(old, attr), _field(new, attr))
        return
    before = {r.number: r for r in old}
    after = {r.number: r for r in new}
    for number in sorted({*before, *after}):
        where = ("修订", f"第 {number} 版")
        was, now = before.get(number), after.get(number)
        if was is None or now is None:
            add_field(changes, "", where, _entry(was, staged), _entry(now, staged))
            continue
        for label, attr in fields[1:]:
            add_field(changes, "", (*where, label), _field([was], attr), _field([now], attr))


def _field(entries: list[Revision], attr: str) -> str | None:
    return text(getattr(entries[0], attr)) if entries else None


def _entry(revision: Revision | None, staged: bool = True) -> str | None:
    """One 修订 entry on a line: 「2026-03-10（自评）：按评审意见更正项目名称」."""
    if revision is None:
        return None
    stage = f"（{revision.stage}）" if revision.stage and staged else ""
    return f"{revision.date.isoformat()}{stage}：{revision.reason}"


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

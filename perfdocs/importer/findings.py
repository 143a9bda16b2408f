"""What ``perfdocs import`` finds in a workbook before it writes a project file.

A colleague fills a workbook (the fill-in workbook, or a returned form) and someone else
imports it. The mistakes must be named where the colleague can fix them — the sheet and
cell (``自评指标!A10``), with the form's label — and before a file is written: found later
by ``validate`` they point at lines of a YAML file the colleague has never seen. So the
import runs the *full* validation (:func:`perfdocs.engine.pipeline.prepare_loaded`, every
rule ``validate`` applies) on what it read, and each finding is moved to the cell the
field came from (:func:`at_cell`, also how ``check`` places a rule's finding).

``import --into`` validates the merge as it would be written (:func:`merged_findings`):
the findings it adds to the file are the workbook's, placed at their cells. An error of a
field the workbook has no box for (the 分值 sum, when a row was deleted) is the workbook's
too when the file did not have it before: it is said at the workbook's changed cells, or
as the row deleted there (:func:`_brought`) — never sent to the file as its own (tester5
N14). Only an error ``validate`` already reported before the merge is the file's. One kind
is neither: a sum that breaks only because the workbook's amounts (万元, two places) cannot give
the file's exact 元 — the form adds up, the merged file does not. Fixing the workbook
cannot settle that, so it is told apart (``settle``), with the rows to settle by hand.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from perfdocs.errors import Diagnostic, PerfdocsError, Severity, ValidationFailed
from perfdocs.loading.source import format_loc
from perfdocs.records import Record, field

if TYPE_CHECKING:
    from collections.abc import Iterable

    from perfdocs.importer.merge import Merge
    from perfdocs.importer.workbooks import Imported
    from perfdocs.loading.project import Loaded
    from perfdocs.loading.settings import Settings

_INDEX = re.compile(r"\[\d+\]$")
ROUNDING = "funds-sum-converted"
"""The rule of a merged sum that the workbook's rounded amounts alone broke."""


def field_label(path: str | None) -> str | None:
    """The last key of a field path (``自评.项目资金.年度资金总额.全年预算数`` → 全年预算数):
    the box's label, said beside a cell address that no longer shows the path."""
    if not path:
        return None
    last = _INDEX.sub("", path.rsplit(".", 1)[-1])
    return last or None


def cells_by_field(imported: Imported) -> dict[str, str]:
    """Each field path the workbook has a box for (filled or blank) → its cell."""
    return {format_loc(loc): address
            for loc, address in (*imported.blanks.items(), *imported.cells.items())}


def at_cell(d: Diagnostic, imported: Imported,
            by_field: dict[str, str] | None = None) -> Diagnostic:
    """A rule's finding about a field, pointed at the cell the field was read from.

    A finding about a whole indicator (no 偏差原因分析) points at the box to fill, when the
    sheet has that column, else at the indicator's name. A finding without the form's
    label keeps its field's last key as the label, so the cell is said with what it holds.
    """
    by_field = cells_by_field(imported) if by_field is None else by_field
    candidates = [f"{d.field}.{d.label}", d.field] if d.label else [d.field]
    cell = next((by_field[c] for c in candidates if c and c in by_field), None)
    if d.rule == "weights":  # the sum of the 分值 is printed on the 总分 row
        cell = next((f.address for f in imported.printed if f.kind == "total_weight"), cell)
        cell = cell or _weights_column(imported, d.field)
    if cell is None and d.rule == LEVEL1_WEIGHTS and d.field:
        # a 一级指标's 分值 that do not add up: at its first 分值 box, as import --into
        # says it (tester11 F13: check named the YAML path 自评.绩效指标.产出指标)
        boxes = [address for path, address in by_field.items()
                 if path.startswith(f"{d.field}.") and path.endswith(".分值")]
        cell = min(boxes, key=cell_order) if boxes else None
    label = d.label or (field_label(d.field) if cell else None)
    actual = (d.field or "").removesuffix(".得分") + ".实际完成值"
    if d.rule == SCORE_UNDETERMINED and actual in _blank_fields(imported):
        # nothing to score from: the box to fill is the blank 实际完成值 (tester8 #12)
        cell, label = by_field[actual], "实际完成值"
    return Diagnostic(d.severity, d.message, imported.file, None, cell or d.field,
                      label, d.rule, d.blank)


LEVEL1_WEIGHTS = "level1-weights"
"""The rule (:func:`~perfdocs.rules.validate.level1_weights_fixed`) of a 一级指标 whose 分值
do not add up to what the layout fixes."""
SCORE_UNDETERMINED = "score-undetermined"
"""The rule (:func:`~perfdocs.rules.validate.score_computable`) of an indicator left
without 得分 whose 实际完成值 the rules cannot score."""


def _blank_fields(imported: Imported) -> set[str]:
    return {format_loc(loc) for loc in imported.blanks}


def unscored_blanks(imported: Imported) -> list[Diagnostic]:
    """The 自评 indicators with neither 实际完成值 nor 得分, at the 实际完成值 box, in the
    words of the rule that finds them once the workbook loads: said with the cells the
    schema refused (a blank 分值), so that every blank to fill is listed in one run
    (tester8 #12: three blank cells took three runs)."""
    found = []
    groups = (imported.tree.get("自评") or {}).get("绩效指标") or {}
    for level1, level2s in groups.items():
        for level2, items in (level2s or {}).items():
            for index, item in enumerate(items or []):
                if not isinstance(item, dict) or item.get("实际完成值") or item.get("得分"):
                    continue
                at = ("自评", "绩效指标", level1, level2, index, "实际完成值")
                cell = imported.blanks.get(at)
                if cell is None:
                    continue
                name = item.get("三级指标", "")
                found.append(Diagnostic(
                    Severity.ERROR, f"「{name}」没有填写得分，实际完成值「（空）」也无法按规则"
                    "算出得分：请填写得分，或把实际完成值写成数字或「达成指标」等档次用语",
                    imported.file, None, cell, "实际完成值", SCORE_UNDETERMINED, True))
    return found


def _weights_column(imported: Imported, path: str | None) -> str | None:
    """The heading of the 分值 column the sum is of, on a workbook that prints no sum (the
    fill-in workbook's 自评指标!F3): every other finding of an import names a cell, and a
    colleague never sees the YAML path (tester10 #7)."""
    if not imported.fillin:
        return None
    from perfdocs.fillin.spec import HEADER_ROW

    part = (path or "自评").split(".", 1)[0]
    boxes = sorted(address for loc, address in (*imported.cells.items(),
                                                 *imported.blanks.items())
                   if loc and loc[0] == part and loc[-1] == "分值")
    if not boxes:
        return None
    sheet, _, first = boxes[0].rpartition("!")
    column = "".join(ch for ch in first if ch.isalpha())
    return f"{sheet}!{column}{HEADER_ROW}"


def refused_cells(refused: ValidationFailed, imported: Imported,
                  settings: Settings | None = None) -> list[Diagnostic]:
    """What a workbook the schema refused gets wrong, each at its cell, in the workbook's
    order: the schema's findings, the indicators left with nothing to score and, given the
    settings, every rule's finding that the refused boxes cannot have made (a 合计 that is
    not the sum of its rows, a target that cannot be read: tester10 #6 had them only in
    the run after the blanks were filled)."""
    found = refused.all_diagnostics()
    said = {d.field for d in found}
    found += [d for d in unscored_blanks(imported) if d.field not in said]
    if settings is not None:
        found += _rules_beside(imported, settings, found)
    sheets = _sheets(imported)
    return sorted(found, key=lambda d: (cell_order(d.field, sheets),
                                        d.severity is not Severity.ERROR))


def _rules_beside(imported: Imported, settings: Settings,
                  said: list[Diagnostic]) -> list[Diagnostic]:
    """The rules' findings on the workbook with its refused boxes stood in for
    (:func:`~perfdocs.engine.stand_ins.rule_findings_beside`), at their cells; those
    already said (a blank 实际完成值) once."""
    from perfdocs.engine.stand_ins import rule_findings_beside
    from perfdocs.loading.project import Loaded
    from perfdocs.loading.source import Source

    def loaded(tree: dict[str, Any], project: Any) -> Loaded:
        return Loaded(Source(imported.file, tree, {}), project)

    found = without_import_placeholders(
        rule_findings_beside(imported.tree, imported.unit, settings, loaded), imported)
    by_field = cells_by_field(imported)
    known = {(d.field, d.message) for d in said}
    placed = [at_cell(d, imported, by_field) for d in found]
    return [d for d in placed if (d.field, d.message) not in known]


def cell_order(address: str | None, sheets: dict[str, int] | None = None
               ) -> tuple[int, int, int]:
    """Sort key of ``Sheet1!H14``: the sheet (in ``sheets``' order), row, then column."""
    match = re.search(r"^(.*)!\$?([A-Z]+)\$?(\d+)$", address or "")
    if not match:
        return (-1, 0, 0)
    from perfdocs.layouts.layout import column_index

    sheet = (sheets or {}).get(match[1], 0)
    return (sheet, int(match[3]), column_index(match[2]))


def _sheets(imported: Imported) -> dict[str, int]:
    """The workbook's sheets in the order their cells were read."""
    order: dict[str, int] = {}
    for address in (*imported.cells.values(), *imported.blanks.values()):
        order.setdefault(address.rpartition("!")[0], len(order))
    return order


def validation_of(loaded: Loaded, settings: Settings) -> list[Diagnostic]:
    """Every finding ``validate`` makes on a loaded project (errors, warnings, notes)."""
    from perfdocs.engine.pipeline import prepare_loaded

    try:
        return list(prepare_loaded(loaded, settings).diagnostics)
    except PerfdocsError as exc:
        return exc.all_diagnostics()


def without_import_placeholders(found: Iterable[Diagnostic], imported: Imported
                                ) -> list[Diagnostic]:
    """``found`` less the placeholder errors of boxes the import itself left 待填写.

    A header box the form does not print (主管部门 on a 绩效目标表) is left 待填写 by the
    import and said in its warnings: the file's to fill, not a slip on the workbook, so
    neither ``import`` nor ``check`` counts it against the workbook (``check`` of
    perfdocs' own unchanged 绩效目标表 said 「✗ 1 处问题」 for it: tester7 N2)."""
    from perfdocs.model.marks import TO_FILL

    left = {key for key, value in imported.tree.items()
            if isinstance(value, str) and value.startswith(TO_FILL)}
    return [d for d in found if not (d.rule == "placeholder" and d.field in left)]


def workbook_findings(imported: Imported, settings: Settings) -> list[Diagnostic]:
    """The full validation of what a workbook holds, each finding at its cell, in the
    workbook's order. Raises :class:`~perfdocs.errors.ValidationFailed` (by cell) when a
    field does not fit the schema, as :meth:`Imported.loaded` does."""
    found = without_import_placeholders(validation_of(imported.loaded(), settings), imported)
    by_field = cells_by_field(imported)
    sheets = _sheets(imported)
    placed = [at_cell(d, imported, by_field) for d in found]
    return sorted(placed, key=lambda d: (cell_order(d.field, sheets),
                                         d.severity is not Severity.ERROR))


class MergeFindings(Record):
    """What validating a merge (before it is written) found: every error the file would
    have, and the warnings and notes it did not have before."""

    findings: list[Diagnostic] = field(default_factory=list)
    """Each at its workbook cell when the field came from the workbook, else at its line."""
    settle: list[str] = field(default_factory=list)
    """Per sum broken by the unit's rounding alone (rule ``funds-sum-rounding``): what
    happened and the rows to settle in the file."""

    had: list[Diagnostic] = field(default_factory=list)
    """The errors among ``findings`` the file already had before the merge (same field and
    rule): the file's own, whatever the workbook did."""

    workbook: str = ""
    """The workbook's name, as the findings placed at its cells carry it."""

    @property
    def from_workbook(self) -> list[Diagnostic]:
        """The errors the merge brought: fixed in the workbook (or in the file)."""
        return [d for d in self.findings if d.severity is Severity.ERROR
                and d.rule != ROUNDING and not any(d is h for h in self.had)]

    @property
    def in_file(self) -> list[Diagnostic]:
        """The errors the file had before the merge."""
        return [d for d in self.findings if d.severity is Severity.ERROR
                and d.rule != ROUNDING and any(d is h for h in self.had)]

    @property
    def errors(self) -> int:
        return sum(d.severity is Severity.ERROR for d in self.findings)


def merged_findings(merge: Merge, imported: Imported, into: str | Path,
                    settings: Settings) -> MergeFindings:
    """The findings of the file as the merge would write it: every error (render refuses
    the file while one is left, whoever made it), and the warnings and notes the file
    lacks now (keyed by field and rule: their words may quote figures the merge changed;
    the file's own were said by ``validate`` before)."""
    from perfdocs.loading.project import load_project, load_project_text

    name = str(into)
    original: dict[str, Any] = {}
    try:
        existing = load_project(name, default_unit=settings.input_unit)
        original = existing.source.data
        before = validation_of(existing, settings)
    except PerfdocsError as exc:
        before = exc.all_diagnostics()
    try:
        merged: Loaded | None = load_project_text(merge.plan.after, name,
                                                  default_unit=settings.input_unit)
    except PerfdocsError as exc:
        merged, after = None, exc.all_diagnostics()
    if merged is not None:
        after = validation_of(merged, settings)
    known = {(d.field, d.rule) for d in before}
    had = {(d.field, d.rule) for d in before if d.severity is Severity.ERROR}
    new = [d for d in after
           if d.severity is Severity.ERROR or (d.field, d.rule) not in known]
    out = MergeFindings(workbook=imported.file)
    by_field = cells_by_field(imported)
    for d in new:
        settled = _rounding_only(d, imported, merge, merged) if merged is not None else None
        if settled is not None:
            out.settle.append(settled)
            said = d.message.rstrip("。") + "（由金额换算所致，不是工作簿填错了：见下面的「注意」）"
            d = Diagnostic(d.severity, said, d.file, d.line, d.field, d.label, ROUNDING, d.blank)
            out.findings.append(d)
            continue
        old = d.severity is Severity.ERROR and (d.field, d.rule) in had
        cell = by_field.get(f"{d.field}.{d.label}") or by_field.get(d.field or "")
        if cell:
            d = at_cell(d, imported, by_field)
        elif d.severity is Severity.ERROR and not old:
            d = _brought(d, merge, imported, original, by_field)
        out.findings.append(d)
        if old:
            out.had.append(d)
    return out


def _brought(d: Diagnostic, merge: Merge, imported: Imported, original: dict[str, Any],
             by_field: dict[str, str]) -> Diagnostic:
    """An error the merge brought to a field the workbook has no box for (the 分值 sum of
    the indicators): said against the workbook, with what changed there — the cells, or
    the row deleted — so that the clerk fixes the workbook, not a file that was right."""
    changes = _behind(d, merge.changes)
    said = [_what_changed(c, merge, imported, original, by_field) for c in changes[:4]]
    said += ["等"] * (len(changes) > 4)
    where = next((by_field[c.field] for c in changes  # a deleted row has no cell left
                  if c.field in by_field and c.after is not None), None)
    if where is None:
        where = next((_sheet_of(c, imported) for c in changes), None)
    message = (d.message.rstrip("。") + f"。合并前 {Path(merge.plan.path).name} 没有这处错误，"
               "是工作簿的改动带来的：" + "；".join(said).replace("；等", "等")
               + "。请在工作簿中改正后重新导入")
    return Diagnostic(d.severity, message, imported.file, None, where or d.field,
                      d.label or field_label(d.field), d.rule, d.blank)


def _behind(d: Diagnostic, changes: list[Any]) -> list[Any]:
    """The merge's changes that can be behind a finding: those inside its field (or
    enclosing it), and among them the deleted or added rows and the changes of the
    finding's own box (分值 for the 分值 sum) when there are such; all, if none is inside."""
    def inside(c: Any) -> bool:
        here, there = c.field, d.field or ""
        return not there or any(a == b or a.startswith(b + ".") or a.startswith(b + "[")
                                for a, b in ((here, there), (there, here)))

    near = [c for c in changes if inside(c)] or list(changes)
    pointed = [c for c in near if c.before is None or c.after is None
               or (d.label and c.loc[-1] == d.label)]
    return pointed or near


def _what_changed(c: Any, merge: Merge, imported: Imported, original: dict[str, Any],
                  by_field: dict[str, str]) -> str:
    """One change said as the workbook shows it: 「自评指标!F5（分值）由 15 改为 5」, or
    「自评指标表中删去了「学前三年毛入园率」（效益指标 › 社会效益指标，分值 15）」."""
    cell = by_field.get(c.field)
    label = merge.label(c.loc)
    if c.after is None:
        node = _at(original, c.loc)
        if isinstance(node, list):  # one item of a list left out (merged by name)
            named = [i for i in node if isinstance(i, dict) and str(i.get("三级指标")) == c.before]
            node = named or node
        rows = _indicators(node, c.loc)
        if isinstance(c.loc[-1], str) and c.loc[-1] != "绩效指标" and not rows and cell:
            return f"{cell}（{label}）被清空（原为 {c.before}）"
        sheet = _sheet_of(c, imported) or "工作簿"
        if not rows and c.before:
            rows = [f"「{c.before}」"]
        return f"{sheet}表中删去了" + "、".join(rows or [label])
    if c.before is None:
        return f"{cell or _sheet_of(c, imported) or '工作簿'}新增了{label}「{c.after}」"
    return f"{cell or label}（{label}）由 {c.before} 改为 {c.after}"


def _at(tree: Any, loc: tuple[Any, ...]) -> Any:
    for part in loc:
        try:
            tree = tree[part]
        except (KeyError, IndexError, TypeError):
            return None
    return tree


def _indicators(node: Any, loc: tuple[Any, ...]) -> list[str]:
    """「学前三年毛入园率」（效益指标 › 社会效益指标，分值 15） for each indicator in a removed
    node of the file (a 二级指标's list, one of its items, a 一级指标's groups)."""
    out: list[str] = []
    if isinstance(node, dict) and "三级指标" in node:
        levels = [str(p) for p in loc[2:4] if isinstance(p, str)]
        weight = f"，分值 {node['分值']}" if node.get("分值") is not None else ""
        where = " › ".join(levels)
        said = f"（{where}{weight}）" if where or weight else ""
        return [f"「{node['三级指标']}」{said.replace('（，', '（')}"]
    if isinstance(node, dict):
        for key, value in node.items():
            out += _indicators(value, (*loc, key))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            out += _indicators(item, (*loc, index))
    return out


def _sheet_of(c: Any, imported: Imported) -> str | None:
    """The sheet of the workbook that holds a change's field (or its nearest parent)."""
    address = imported.address_of(c.loc) or imported.address_of(c.loc[:-1])
    return address.rpartition("!")[0] if address else None


def _rounding_only(d: Diagnostic, imported: Imported, merge: Merge,
                   merged: Loaded) -> str | None:
    """For a 其中 sum the merge broke though the workbook's own figures add up (the 自评
    part's funds rows by column, a 申报 group's lines: tester12 F3b): what to tell — both
    readings, the workbook's in its unit and the merged file's in its own, and the rows to
    settle —; else None (the workbook itself does not add up: the workbook's to fix)."""
    group = _sum_group(d, imported)
    if group is None:
        return None
    title, total_loc, row_locs = group
    printed = {loc: _amount_in(_at(imported.tree, loc), imported.unit)
               for loc in (total_loc, *row_locs)}
    if any(v is None for v in printed.values()) or not row_locs:
        return None
    if sum((printed[loc] or Decimal(0) for loc in row_locs), Decimal(0)) != printed[total_loc]:
        return None
    locs = {total_loc, *row_locs}
    rows = [c for c in merge.changes if tuple(c.loc) in locs]
    if not rows:
        return None
    unit = _file_unit(merged)
    merged_values = {loc: _amount_in(_at(merged.source.data, loc), _unit_of(merged, loc))
                     for loc in locs}
    if any(v is None for v in merged_values.values()):
        return None
    name = _row_namer(d, total_loc)
    settle = "、".join(f"{name(c.loc)}（第 {merged.line(c.loc)} 行）"
                       if merged.line(c.loc) else name(c.loc) for c in rows)
    shown = " + ".join(_money_text(_at(imported.tree, loc)) for loc in row_locs)
    added = sum((merged_values[loc] or Decimal(0) for loc in row_locs), Decimal(0))
    in_file = " + ".join(_in(merged_values[loc], unit) for loc in row_locs)
    cells = cells_by_field(imported)
    where = "、".join(cells[k] for k in (format_loc(c.loc) for c in rows) if k in cells)
    total_value = merged_values[total_loc] or Decimal(0)
    return (f"工作簿上的{title}相符（{_money_text(_at(imported.tree, total_loc))} = {shown} "
            f"{imported.unit}），但它只印到{imported.unit}的 "
            f"{_places(imported.tree, (total_loc, *row_locs))} 位小数，换算成项目文件的{unit}"
            f"不是精确数，合并后其中各行之和不再等于{name(total_loc)}：按{unit}计，"
            f"{in_file} = {_in(added, unit)} {unit}，{name(total_loc)}为 "
            f"{_in(total_value, unit)} {unit}。这不是工作簿填错了：请在 {merged.path} 中按实际数"
            f"核定 {settle}" + (f"（来自工作簿 {where}）" if where else "")
            + f"；或在工作簿中把这几格按{unit}填写（数字后写「{unit}」）后重新导入；"
            f"若这些金额本就按{imported.unit}核算，也可在文件中把这一组都写成{imported.unit}"
            f"（数字后写「{imported.unit}」）")


def _sum_group(d: Diagnostic, imported: Imported
               ) -> tuple[str, tuple[Any, ...], list[tuple[Any, ...]]] | None:
    """(what the sum is of, the total's location, its 其中 rows' locations) of a 其中-sum
    error: the 自评 funds rows in one column, or a 申报 group's lines; else None."""
    if not d.field:
        return None
    parts = tuple(d.field.split("."))
    if d.rule == "funds-sum" and len(parts) == 4 and parts[:2] == ("自评", "项目资金"):
        column = parts[3]
        funds = _at(imported.tree, parts[:2])
        rows = [(*parts[:2], str(n), column) for n, row in (funds or {}).items()
                if isinstance(row, dict) and row.get(column) is not None and n != parts[2]]
        return column, parts, rows
    if d.rule == "declared-funds-sum" and len(parts) == 4 and parts[:2] == ("申报", "项目资金"):
        group = _at(imported.tree, parts[:3])
        rows = [(*parts[:3], str(k)) for k, v in (group or {}).items()
                if k != parts[3] and v is not None]
        return d.label or parts[2], parts, rows
    return None


def _row_namer(d: Diagnostic, total: tuple[Any, ...]) -> Any:
    """How a row of the sum is named: 「其他资金的全年执行数」 (自评), 「上年结转资金」 and the
    total as the form prints it (申报: a group's lines are named by their key)."""
    def name(loc: tuple[Any, ...]) -> str:
        if loc[0] == "自评":
            return f"{loc[2]}的{loc[3]}"
        return str(d.label or loc[2]) if tuple(loc) == tuple(total) else str(loc[-1])
    return name


def _amount_in(value: object, unit: str) -> Decimal | None:
    """A figure as a tree holds it, in 元 (None: absent or not an amount)."""
    from perfdocs.model.numbers import NumberError, parse_amount

    if value is None:
        return None
    try:
        return parse_amount(value if isinstance(value, (int, Decimal)) else str(value), unit)
    except NumberError:
        return None


def _unit_of(loaded: Loaded, loc: tuple[Any, ...]) -> str:
    from perfdocs.rules.validate import unit_at

    return unit_at(loaded, loc)


def _in(value: Decimal | None, unit: str) -> str:
    from perfdocs.model.numbers import money_text

    return money_text(value or Decimal(0), unit)


def _places(tree: dict[str, Any], locs: Iterable[tuple[Any, ...]]) -> int:
    """The most decimal places the workbook's figures at ``locs`` were printed with."""
    from perfdocs.model.numbers import NumberError, normalize_text, parse_decimal

    most = 0
    for loc in locs:
        value = _at(tree, loc)
        if value is None:
            continue
        try:
            exponent = parse_decimal(normalize_text(str(value)).rstrip("元万")
                                     ).as_tuple().exponent
        except NumberError:
            continue
        if isinstance(exponent, int):
            most = max(most, -exponent)
    return most


def _money_text(value: object) -> str:
    return str(value).strip()


def _file_unit(loaded: Loaded) -> str:
    from perfdocs.rules.validate import file_unit

    return file_unit(loaded)

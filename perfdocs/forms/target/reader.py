"""The 2020 财政项目支出绩效目标表 read back into the ``申报`` part of a project file.

The form (built by :mod:`perfdocs.forms.target.builder`) is a declaration written mostly in prose:
header fields (申报单位名称, 项目名称, 项目类别, the planned dates, 是否含有政府购买服务,
绩效类型), six narrative sections, the 本项目上年度市级财政资金使用情况 block and the
"<年度>年绩效目标" table 一级目标 | 二级目标 | 三级目标 | 指标目标值. Like the other forms it
is read by its LABELS (:mod:`perfdocs.forms.sheet`), so a hand-made sheet reads the same as
perfdocs' own whatever its columns and merges.

Three things follow from the way the form prints its project file:

* A narrative prints one row per paragraph (so that pages break between paragraphs); the
  rows from one section label to the next are joined again, one line each. A hand-made
  sheet that writes the text beside its label, or all in one cell, reads the same.
* 项目总预算 and 项目当年预算 are the declaration's 项目资金总额 and 年度资金申请总额 under
  the 2020 names (:mod:`perfdocs.forms.target.figures`), so they go back there; only the two
  同名项目 figures, which no other form has, go under ``上年度资金使用情况``.
* The form prints neither 主管部门 nor 实施单位;
  :func:`perfdocs.importer.workbooks.import_workbooks` takes them from a 自评表 imported
  with it, else :func:`complete_head` gives 申报单位名称 for 实施单位 and a marked blank,
  with a warning, for 主管部门.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from perfdocs.errors import Diagnostic, Severity
from perfdocs.forms.sheet import (
    YEAR,
    SheetProblems,
    SheetReader,
    drop_unread,
    label_variants,
    read_indicators,
)
from perfdocs.forms.target.builder import NARRATIVES
from perfdocs.model.marks import TO_FILL

if TYPE_CHECKING:
    from perfdocs.forms.sheet import Anchor, Grid
    from perfdocs.layouts.layout import FormLayout
    from perfdocs.loading.source import Loc

_AT = "申报"
_TABLE_TITLE = re.compile(r"(?:19|20)\d{2}年度?绩效目标")
"""The key of the "2020 年绩效目标" line above the target table (a section ends there)."""
_LABEL_UNIT = re.compile(r"\((万元|元)\)$")
"""The money unit an amount's label names: "项目总预算（元）"."""
AMOUNTS: tuple[tuple[str, Loc], ...] = (
    ("project_total", (_AT, "项目资金", "项目资金总额", "合计")),
    ("year_budget", (_AT, "项目资金", "年度资金申请总额", "合计")),
    ("last_year_budget", (_AT, "上年度资金使用情况", "同名项目上年预算额")),
    ("last_year_executed", (_AT, "上年度资金使用情况", "同名项目上年预算执行数")),
)
"""(label key, where the amount goes) of the 上年度资金使用情况 block, in form order."""


def read_target(grid: Grid, form: FormLayout, problems: SheetProblems, cells: dict[Loc, str],
                file_unit: str | None) -> tuple[dict[str, Any], dict[str, Any]]:
    """The header fields (年度, 项目名称, 金额单位) and the ``申报`` part of a 绩效目标表.

    ``file_unit`` is the 金额单位 of a 自评表 read with it: amounts printed in another unit
    keep theirs as a suffix ("6,424,663元"), as
    :func:`perfdocs.forms.declaration.reader.read_declaration` does.
    """
    rd = SheetReader(grid, form, problems, cells)
    head: dict[str, Any] = {}
    name_label = rd.label("project_name")
    year = rd.year(name_label.row if name_label else grid.n_rows + 1) or _table_year(grid)
    if year is None:
        problems.add(f"{grid.title}!A1", "表头找不到年度（如「（2020 年度）」）", "年度")
    head["年度"] = year
    head["项目名称"] = rd.value_right("project_name", ("项目名称",))
    decl: dict[str, Any] = {
        "申报单位名称": rd.value_right("applicant", (_AT, "申报单位名称"), required=False),
        "项目类别": rd.value_right("category", (_AT, "项目类别")),
        "计划开始日期": rd.value_right("start", (_AT, "计划开始日期")),
        "计划完成日期": rd.value_right("end", (_AT, "计划完成日期")),
        "是否含有政府购买服务": rd.value_right("government_purchase",
                                       (_AT, "是否含有政府购买服务"), required=False),
        "绩效类型": rd.value_right("performance_type", (_AT, "绩效类型"), required=False),
    }
    level3 = rd.label("level3")
    table = level3.row if level3 else grid.n_rows + 1
    decl |= _read_narratives(rd, table)
    amounts, unit = _read_amounts(rd, file_unit)
    head["金额单位"] = unit
    decl["项目资金"] = drop_unread({
        "项目资金总额": drop_unread({"合计": amounts.get("project_total")}) or None,
        "年度资金申请总额": drop_unread({"合计": amounts.get("year_budget")}),
    })
    decl["上年度资金使用情况"] = drop_unread({
        "同名项目上年预算额": amounts.get("last_year_budget"),
        "同名项目上年预算执行数": amounts.get("last_year_executed"),
    }) or None
    decl["绩效指标"] = read_indicators(rd, table, [], selfeval=False)
    return head, drop_unread(decl)


def _table_year(grid: Grid) -> int | None:
    """The year of the "2020 年绩效目标" line, for a sheet whose heading names none."""
    for anchor in grid.anchors:
        if _TABLE_TITLE.fullmatch(anchor.key):
            match = YEAR.search(anchor.key)
            if match:
                return int(match[1])
    return None


def _stops(rd: SheetReader, before: int) -> list[int]:
    """The rows where a narrative section ends: every later label of the form's top part."""
    keys = set().union(*(label_variants(rd.form, key) for key, _, _ in NARRATIVES),
                       *(label_variants(rd.form, key) for key, _ in AMOUNTS),
                       label_variants(rd.form, "funds_title"))
    rows = {a.row for a in rd.grid.anchors
            if a.row < before and (a.key in keys or _TABLE_TITLE.fullmatch(a.key))}
    return sorted(rows | {before})


def _read_narratives(rd: SheetReader, before: int) -> dict[str, Any]:
    """项目概况 … 总目标及阶段性目标: each section's text, its paragraphs one line each.

    A section runs from its label to the next label of the form. On the label's own row
    only what lies right of the label counts (a caption spanning the rows on the left is
    not text); every later row counts whole.
    """
    grid = rd.grid
    stops = _stops(rd, before)
    found: dict[str, Any] = {}
    for key, _, field in NARRATIVES:
        loc: Loc = (_AT, field)
        label = rd.label(key, before=before, required=field == "年度总体目标")
        if label is None:
            continue
        end = next((r for r in stops if r > label.row), before)
        parts: list[Anchor] = []
        for anchor in grid.anchors:
            if not label.row <= anchor.row < end or anchor is label:
                continue
            if anchor.row == label.row and anchor.col <= label.last_col:
                continue
            if anchor.text.strip():
                parts.append(anchor)
        parts.sort(key=lambda a: (a.row, a.col))
        rd.cells[loc] = parts[0].address if parts else grid.address(label.last_row + 1,
                                                                     label.col)
        text = "\n".join(a.text.strip() for a in parts)
        found[field] = text or None
    return found


def _read_amounts(rd: SheetReader, file_unit: str | None) -> tuple[dict[str, str], str]:
    """The four amounts of the 上年度资金使用情况 block, as the project file writes money.

    Each label names its unit ("项目总预算（元）"); the file is written in the unit of the
    first (or the 自评表's, when one came with it), and an amount in another unit keeps
    its own as a suffix. Returns the amounts by label key and the file's unit.
    """
    form = rd.form
    labels: dict[str, Anchor | None] = {
        key: rd.label(key, required=key == "year_budget") for key, _ in AMOUNTS}
    units = {key: (m[1] if label and (m := _LABEL_UNIT.search(label.key)) else None)
             for key, label in labels.items()}
    unit = file_unit or next((u for u in units.values() if u), None) or form.money_unit
    amounts: dict[str, str] = {}
    for key, loc in AMOUNTS:
        own = units[key] or form.money_unit
        text = rd.amount(labels[key], loc, own)  # 「4,294,600元」 under 万元: read in 万元
        if text is not None:
            amounts[key] = text if own == unit else f"{text}{own}"
    return amounts, unit


DEPARTMENT_UNKNOWN = TO_FILL + "绩效目标表不印主管部门"
"""Written for 主管部门 when only a 绩效目标表 is imported (that form never prints it);
``validate`` refuses it until filled."""


def complete_head(tree: dict[str, Any], declaration: dict[str, Any], grid: Grid,
                  cells: dict[Loc, str]) -> list[Diagnostic]:
    """主管部门 and 实施单位 when only a 2020 绩效目标表 says who the project is.

    That form prints neither: 实施单位 is its 申报单位名称 (the form prints the one for the
    other when the file gives no 申报单位名称). 主管部门 cannot be known, yet the file must
    load; it gets a value that says what to do, and the import warns.
    """
    warnings = []
    if "主管部门" not in tree:
        tree["主管部门"] = DEPARTMENT_UNKNOWN
        warnings.append(Diagnostic(Severity.WARNING, "绩效目标表不印主管部门：请在导入的文件中填写"
                                   "（一同导入自评表则从自评表读取）", grid.file, None,
                                   f"工作表「{grid.title}」", None, "import"))
    if "实施单位" not in tree and declaration.get("申报单位名称") is not None:
        tree["实施单位"] = declaration["申报单位名称"]
        cells[("实施单位",)] = cells.get(("申报", "申报单位名称"), "")
    # the head's keys in the project file's order, whichever were added here
    order = ("年度", "项目名称", "主管部门", "实施单位")
    for key in [k for k in order if k in tree]:
        tree[key] = tree.pop(key)
    return warnings

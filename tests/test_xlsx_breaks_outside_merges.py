"""No manual page break of an Excel copy falls inside a merged cell that a page holds.

A text too tall for one Excel row is one merged cell over several rows; printed over a
page break, a program left the rest of it an empty box on the next page without its label
(tester14 F2). 46ee2e2 kept such a text whole where the page estimate ended inside it, but
the rule that the sheet's last row does not go over alone still moved a break back into it:
hubei-2020 at 57 and 59 indicators broke its 偏差原因 (C76:I79, C78:I81) before its last
row (tester18 F1). Here every bundled layout's example, made 40 to 60 indicators long with
long texts (as tester14's generator did), is rendered and each break checked against the
sheet's merged ranges and row heights.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from openpyxl import load_workbook

SHORT = "资金执行偏慢，主要因招标流程延误；下一步将加快采购进度，完善月度执行通报机制，确保按期完成。"
GOAL = ("本项目围绕社区居民的公共服务需求，统筹推进基础设施改造、服务能力提升和长效机制建设，"
        "年内完成资金拨付123,456,789.12万元，覆盖人口约3.5万人，满意度不低于95%。") * 12
KINDS = [("≥1200人", "1260人", True), ("≥95%", "80%", False), ("≤5%", "7.5%", False),
         ("≤2500元", "2000元", True), ("明显改善", "达成年度指标", True), ("=100%", "0%", False)]


def _examples() -> dict[str, Any]:
    from perfdocs.layouts.examples import bundled_examples
    from perfdocs.loading.settings import Settings

    out: dict[str, Any] = {}
    for item in bundled_examples(Settings.layout):
        out.setdefault(item.layout, item)
    return out


LAYOUTS = sorted(_examples())


def _indicators(tree: dict[str, Any], n: int, total: int, evaluate: bool) -> dict[str, Any]:
    """``n`` indicators over the example's 一级/二级 names, their 分值 adding up to ``total``."""
    keys = [(a, b) for a in tree for b in tree[a]]
    out: dict[str, dict[str, list[dict[str, Any]]]] = {a: {b: [] for b in tree[a]}
                                                      for a in tree}
    for k in range(n):
        a, b = keys[k % len(keys)]
        target, actual, met = KINDS[k % len(KINDS)]
        item: dict[str, Any] = {"三级指标": f"指标{k + 1:02d}服务覆盖人数",
                                "年度指标值": target}
        if evaluate:
            item |= {"实际完成值": actual, "分值": total // n + (k < total % n)}
            if not met:
                item["偏差原因分析及改进措施"] = SHORT
        out[a][b].append(item)
    return {a: {b: v for b, v in group.items() if v} for a, group in out.items()}


def _project(example: Any, n: int) -> str:
    """The layout's example with ``n`` indicators and long texts (its 原因, 说明, goals)."""
    d = yaml.safe_load(example.copy_text())
    evaluated = d.get("自评")
    if evaluated:
        other = 20 if example.layout == "hubei-2020" else 10
        tree = {a: list(v) for a, v in evaluated["绩效指标"].items()}
        evaluated["绩效指标"] = _indicators(tree, n, 100 - other, True)
        for key in evaluated["年度总体目标"]:
            evaluated["年度总体目标"][key] = GOAL
        if "原因" in evaluated["项目资金"]:
            evaluated["项目资金"]["原因"] = SHORT * 3
        for key in evaluated.get("说明栏", {}):
            evaluated["说明栏"][key] = SHORT * 4
        evaluated.pop("原表", None)
        evaluated.pop("自评报告", None)
    declared = d.get("申报")
    if declared:
        tree = {a: list(v) for a, v in declared["绩效指标"].items()}
        declared["绩效指标"] = _indicators(tree, n, 90, False)
        for key in ("年度总体目标", "项目概况", "项目总目标"):
            if key in declared:
                declared[key] = GOAL
    return str(yaml.safe_dump(d, allow_unicode=True, sort_keys=False, width=10000))


def _inside(data: bytes) -> list[tuple[str, int]] | None:
    """(range, break) of every manual break strictly inside a merged range whose rows a
    page holds (with the rows repeated on each page); None when the sheet has no break."""
    from perfdocs.render.xlsx.writer import PRINT_ROOM

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        book = z.read("xl/workbook.xml").decode("utf-8")
    titles = re.search(r"_xlnm.Print_Titles[^>]*>[^<]*\$(\d+):\$(\d+)<", book)
    wb = load_workbook(io.BytesIO(data))
    ws = wb.worksheets[0]
    breaks = [b.id for b in ws.row_breaks.brk]
    if not breaks:
        return None
    scale = (ws.page_setup.scale or 100) / 100

    def height(row: int) -> float:
        return float(ws.row_dimensions[row].height or 15)

    header = (sum(height(r) for r in range(int(titles[1]), int(titles[2]) + 1))
              if titles else 0.0)
    room = PRINT_ROOM / scale
    out = []
    for span in ws.merged_cells.ranges:
        rows = sum(height(r) for r in range(span.min_row, span.max_row + 1))
        if header + rows > room:
            continue  # taller than a page: broken where the page is full
        out += [(str(span), b) for b in breaks if span.min_row <= b < span.max_row]
    return out


@pytest.mark.parametrize("layout", LAYOUTS)
def test_no_break_inside_a_merged_range_a_page_holds(layout: str, tmp_path: Path) -> None:
    from perfdocs.engine.pipeline import built_forms, prepare
    from perfdocs.loading.settings import load_settings
    from perfdocs.render.xlsx.writer import render_xlsx

    settings = load_settings(None)
    example = _examples()[layout]
    sizes = range(40, 61) if layout == "hubei-2020" else range(40, 61, 4)
    wrong = {}
    broken = 0
    for n in sizes:
        path = tmp_path / f"n{n}.yaml"
        path.write_text(_project(example, n), encoding="utf-8")
        for built in built_forms(prepare(path, settings))[0]:
            data = render_xlsx([built.form])
            found = _inside(data)
            broken += found is not None
            if found:
                wrong[f"{n} {built.form.title}"] = found
    assert broken  # the forms run over pages
    assert wrong == {}

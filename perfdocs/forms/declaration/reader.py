"""A filled 申报表 sheet read back into the header fields and the ``申报`` part of a project."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from perfdocs.forms.sheet import (
    SheetProblems,
    SheetReader,
    drop_unread,
    label_variants,
    read_indicators,
    sheet_unit,
)

if TYPE_CHECKING:
    from perfdocs.forms.sheet import Anchor, Grid
    from perfdocs.layouts.layout import FormLayout
    from perfdocs.loading.source import Loc


def read_declaration(grid: Grid, form: FormLayout, problems: SheetProblems, cells: dict[Loc, str],
                     file_unit: str | None) -> tuple[dict[str, Any], dict[str, Any]]:
    """The header fields and the ``申报`` section of a 申报表 sheet."""
    rd = SheetReader(grid, form, problems, cells)
    head: dict[str, Any] = {}
    name_label = rd.label("project_name")
    head["年度"] = rd.year(name_label.row if name_label else grid.n_rows + 1)
    head["项目名称"] = rd.value_right("project_name", ("项目名称",))
    head["主管部门"] = rd.value_right("department", ("主管部门",))
    head["实施单位"] = rd.value_right("unit", ("实施单位",))
    unit, _ = sheet_unit(grid)
    unit = unit or form.money_unit
    head["金额单位"] = unit
    decl: dict[str, Any] = {
        # optional in the project file: a form printed without one leaves the box blank
        "项目性质": rd.value_right("nature", ("申报", "项目性质"), required=False),
        "项目类别": rd.value_right("category", ("申报", "项目类别")),
        "计划开始日期": rd.value_right("start", ("申报", "计划开始日期")),
        "计划完成日期": rd.value_right("end", ("申报", "计划完成日期")),
    }
    suffix = "" if file_unit in (None, unit) else unit
    annual_label = rd.label("annual_total")
    others = sorted(grid.find(label_variants(form, "other")), key=lambda a: a.col)
    split = annual_label.col if annual_label else grid.n_cols + 1
    left_other = next((a for a in others if a.col < split), None)
    right_other = next((a for a in others if a.col >= split), None)

    def amount(label: Anchor | None, loc: Loc) -> str | None:
        text = rd.amount(label, loc, unit)
        return f"{text}{suffix}" if text is not None else None

    at = ("申报", "项目资金")
    project = {
        "合计": amount(rd.label("project_total", required=False), (*at, "项目资金总额", "合计")),
        "财政资金": amount(rd.label("project_fiscal", required=False),
                       (*at, "项目资金总额", "财政资金")),
        "其他资金": amount(left_other, (*at, "项目资金总额", "其他资金")),
    }
    annual = {
        "合计": amount(annual_label, (*at, "年度资金申请总额", "合计")),
        "当年财政拨款": amount(rd.label("appropriation", required=False),
                         (*at, "年度资金申请总额", "当年财政拨款")),
        "上年结转资金": amount(rd.label("carried_over", required=False),
                         (*at, "年度资金申请总额", "上年结转资金")),
        "其他资金": amount(right_other, (*at, "年度资金申请总额", "其他资金")),
    }
    decl["项目资金"] = drop_unread({"项目资金总额": drop_unread(project) or None,
                                "年度资金申请总额": annual})
    level3 = rd.label("level3")
    h = level3.row if level3 else grid.n_rows + 1
    overall = rd.label("overall_goal", before=h, required=False)
    annual_goal = rd.label("annual_goal", before=h)
    if annual_goal is not None:
        r = annual_goal.last_row + 1
        decl["项目总目标"] = rd.text_under(r, overall, ("申报", "项目总目标"))
        decl["年度总体目标"] = rd.text_under(r, annual_goal, ("申报", "年度总体目标"))
    decl["绩效指标"] = read_indicators(rd, h, [], selfeval=False)
    return head, drop_unread(decl)

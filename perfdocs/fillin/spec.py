"""Which box of the fill-in workbook holds which key of a project file.

Writer and reader both walk these tables, so a key can only be written where it will be
read. Two kinds of sheet: *field* sheets (a label in column A, the value in column B, a
hint in column C — one key per row) and *indicator* sheets (a header row, then one
三级指标 per row with its 一级/二级 names repeated).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from perfdocs.records import Record

Path = tuple[str, ...]


class Field(Record, frozen=True):
    """One row of a field sheet: its label, the key path it holds, its drop-down list."""

    label: str
    path: Path
    choices: str | None = None
    """Name of a list on the hidden sheet offered as a drop-down (版式, 金额单位, 是否…)."""
    long: bool = False
    """A paragraph (目标, 完成情况): a taller, wrapping box."""
    added: bool = False
    """A box added after workbooks were handed out (修订：阶段): one made before lacks its
    row and still reads, the key left out."""
    printed_as: str | None = None
    """The 申报 form's label key that prints this box (``nature``: 项目性质): offered only
    for a layout whose 申报 form has it (or a file holding the key), and its row may be
    absent (:func:`declaration_sheet`). None: every 申报 form prints it."""


class FieldSheet(Record, frozen=True):
    title: str
    fields: tuple[Field, ...]
    intro: str
    optional: bool = False
    """Made in every workbook, read only when the workbook has it: one made before the
    sheet was added still reads, its keys left out."""


class Column(Record, frozen=True):
    """One column of an indicator sheet; ``key`` None for the 一级/二级 name columns."""

    label: str
    key: str | None
    width: int
    choices: str | None = None


class IndicatorSheet(Record, frozen=True):
    title: str
    section: str
    """申报 or 自评: the part of the project file whose 绩效指标 the rows are."""
    columns: tuple[Column, ...]
    intro: str


def _money(prefix: Path, group: str, keys: tuple[str, ...], label_group: str | None = None,
           printed_as: tuple[str | None, ...] = ()) -> tuple[Field, ...]:
    shown = label_group or group
    return tuple(Field(f"{shown}：{key}", (*prefix, group, key),
                       printed_as=printed_as[i] if printed_as else None)
                 for i, key in enumerate(keys))


BASIC = FieldSheet("基本信息", (
    Field("年度", ("年度",)),
    Field("项目名称", ("项目名称",)),
    Field("主管部门", ("主管部门",)),
    Field("实施单位", ("实施单位",)),
    Field("版式", ("版式",), choices="版式"),
    Field("金额单位", ("金额单位",), choices="金额单位"),
    Field("修订：版本", ("修订", "版本")),
    Field("修订：日期", ("修订", "日期")),
    Field("修订：原因", ("修订", "原因")),
    # last, so that the boxes above keep their cells (a workbook made before still reads)
    Field("修订：阶段", ("修订", "阶段"), added=True),
), "项目的基本信息。黄色格子填写，其余格子受保护；「修订」各项只在评审退回修改时填写"
   "（阶段：只改了申报或自评一部分时写 申报 或 自评）。")

_DECLARATION_FUNDS = ("申报", "项目资金")
DECLARATION = FieldSheet("申报", (
    Field("项目性质", ("申报", "项目性质"), printed_as="nature"),
    Field("项目类别", ("申报", "项目类别")),
    Field("计划开始日期", ("申报", "计划开始日期")),
    Field("计划完成日期", ("申报", "计划完成日期")),
    *_money(_DECLARATION_FUNDS, "项目资金总额", ("合计", "财政资金", "其他资金"),
            printed_as=(None, "project_fiscal", "project_other")),
    *_money(_DECLARATION_FUNDS, "年度资金申请总额", ("合计", "当年财政拨款", "上年结转资金",
                                                     "其他资金"),
            printed_as=(None, "appropriation", "carried_over", "other")),
    Field("项目总目标", ("申报", "项目总目标"), long=True, printed_as="overall_goal"),
    Field("年度总体目标", ("申报", "年度总体目标"), long=True),
    Field("申报单位名称", ("申报", "申报单位名称"), printed_as="applicant"),
    Field("是否含有政府购买服务", ("申报", "是否含有政府购买服务"), choices="是否",
          printed_as="government_purchase"),
    Field("绩效类型", ("申报", "绩效类型"), printed_as="performance_type"),
    Field("项目概况", ("申报", "项目概况"), long=True, printed_as="overview"),
    Field("立项依据", ("申报", "立项依据"), long=True, printed_as="basis"),
    Field("项目设立的必要性", ("申报", "项目设立的必要性"), long=True, printed_as="necessity"),
    Field("保证项目实施的制度、措施", ("申报", "保证项目实施的制度、措施"), long=True,
          printed_as="measures"),
    Field("项目实施计划", ("申报", "项目实施计划"), long=True, printed_as="plan"),
    *_money(("申报",), "上年度资金使用情况", ("项目总预算", "项目当年预算", "同名项目上年预算额",
                                              "同名项目上年预算执行数"),
            printed_as=("funds_title", "funds_title", "last_year_budget",
                        "last_year_executed")),
), "申报部分（编制预算时填写的绩效目标申报表）；指标在「申报指标」表。不需要的项留空。")

_ROWS = ("年度资金总额", "当年财政拨款", "上年结转资金", "其他资金")
_FIGURES = ("年初预算数", "全年预算数", "全年执行数")
EVALUATION = FieldSheet("自评", (
    Field("自评表上的项目名称", ("自评", "项目名称")),
    *(f for row in _ROWS for f in _money(("自评", "项目资金"), row, _FIGURES)),
    Field("年度总体目标：预期目标", ("自评", "年度总体目标", "预期目标"), long=True),
    Field("年度总体目标：实际完成情况", ("自评", "年度总体目标", "实际完成情况"), long=True),
    Field("原表：执行率", ("自评", "原表", "执行率")),
    Field("原表：执行率得分", ("自评", "原表", "执行率得分")),
    Field("原表：总分", ("自评", "原表", "总分")),
    Field("原表：评分等级", ("自评", "原表", "评分等级")),
), "自评部分（年度结束后填写的绩效自评表）；指标在「自评指标」表。"
   "「自评表上的项目名称」只在与申报时不同时填写；「原表」四项只用于核对旧表，一般留空。")

FUND_FIGURE = re.compile(r"^(?P<row>[^：]{1,40})：(?P<figure>年初预算数|全年预算数|全年执行数)$")
"""A fund row's box on the 自评 sheet (单位资金：全年执行数): rows a layout declares
(``fund_rows``) get boxes of their own when the project file has them."""
FUNDS_REASON = Field("项目资金：原因", ("自评", "项目资金", "原因"), long=True)


class LayoutBoxes(Record, frozen=True):
    """The boxes the layout in effect asks for beyond the fixed ones: its 项目资金 rows (the
    total first), whether it prints the funds' 原因, and its 说明栏 rows. A blank workbook has
    them all; one made from a project file has them and the file's own besides."""

    fund_rows: tuple[str, ...] = _ROWS
    funds_reason: bool = False
    notes: tuple[str, ...] = ()
    declared: frozenset[str] | None = None
    """The label keys the layout's 申报 form prints (:attr:`Field.printed_as`); None when
    unknown (no layout, or none with a 申报 form): every 申报 box is offered."""
    filing: tuple[str, ...] | None = None
    """The 填报信息 fields the layout's header and footer lines print (national-2020: none);
    None when unknown (no layout): the usual four are offered. A field offered that no
    line prints was warned about on import (tester8 #7)."""
    parts: tuple[str, ...] | None = None
    """The parts (申报, 自评) the layout prints a form of; None when unknown (no layout):
    both. The sheets of a part it cannot print (:data:`PART_SHEETS`; hubei-2020's 申报) are
    not offered: what a clerk typed there would print on no form."""


NATIONAL = LayoutBoxes()
"""The national 自评表's boxes (and those of a layout that cannot be read)."""


def evaluation_sheet(data: Mapping[str, Any], boxes: LayoutBoxes = NATIONAL) -> FieldSheet:
    """The 自评 sheet for ``data``: the layout's funds rows, then any other row the project
    file holds (so nothing it has is left out), and the 原因 when either has it."""
    funds = data.get("自评", {}).get("项目资金") if isinstance(data.get("自评"), dict) else None
    funds = funds if isinstance(funds, dict) else {}
    rows = [*boxes.fund_rows, *(name for name in funds if isinstance(name, str)
                                and name not in boxes.fund_rows and name != "原因")]
    reason = "原因" in funds or boxes.funds_reason
    if tuple(rows) == _ROWS and not reason:
        return EVALUATION
    fields = list(EVALUATION.fields)
    at = 1 + len(_ROWS) * len(_FIGURES)  # after the national rows
    added = [f for row in rows for f in _money(("自评", "项目资金"), row, _FIGURES)]
    if reason:
        added.append(FUNDS_REASON)
    return FieldSheet(EVALUATION.title, (*fields[:1], *added, *fields[at:]), EVALUATION.intro)


def declaration_sheet(data: Mapping[str, Any], boxes: LayoutBoxes = NATIONAL) -> FieldSheet:
    """The 申报 sheet for ``data``: the boxes the layout's 申报 form prints, and any other the
    project file fills (so nothing it has is left out). A steps-2022 workbook offered the
    2020 绩效目标表's 申报单位名称、立项依据、上年度资金使用情况…, never printed (tester6 10i)."""
    if boxes.declared is None:
        return DECLARATION

    def held(path: Path) -> bool:
        node: Any = data
        for key in path:
            node = node.get(key) if isinstance(node, Mapping) else None
        return node not in (None, "", {}, [])

    fields = tuple(f for f in DECLARATION.fields if f.printed_as is None
                   or f.printed_as in boxes.declared or held(f.path))
    return DECLARATION if fields == DECLARATION.fields else DECLARATION.replace(fields=fields)


_REPORT = ("自评", "自评报告")
ACHIEVED_LEVELS = ("产出指标", "效益指标", "满意度指标")
"""The 一级指标 whose 实现情况 paragraphs a workbook offers when the layout names none."""
ACHIEVED = re.compile(r"^实现情况：(?P<level>[^：]{1,40})$")
"""A 实现情况 box (实现情况：产出指标): one per 一级指标 of the layout or of the file."""


def _paragraph(label: str) -> Field:
    return Field(label, (*_REPORT, label), long=True)


REPORT = FieldSheet("自评报告", (
    _paragraph("项目概况"), _paragraph("资金使用情况"), _paragraph("绩效目标"),
    *(Field(f"实现情况：{level}", (*_REPORT, "实现情况", level), long=True)
      for level in ACHIEVED_LEVELS),
    _paragraph("偏差原因及改进措施"), _paragraph("自评结论"), _paragraph("其他需要说明的问题"),
), "项目支出绩效自评报告的文字段落（随自评表一起上交）。都可以不填：不填的段落按数字生成一句话，"
   "上交前最好换成本单位自己的话。实现情况按一级指标分段写。", optional=True)
"""The 自评报告's paragraphs (tester8 F3: a colleague working in the workbook had no box
for them, and the packet's reports were the generated sentences alone)."""


def report_sheet(data: Mapping[str, Any], levels: tuple[str, ...] = ()) -> FieldSheet:
    """The 自评报告 sheet for ``data``: a 实现情况 box for each of ``levels`` (the layout's
    自评 一级指标; none given: :data:`ACHIEVED_LEVELS`) and each the file already fills."""
    report = data.get("自评", {}).get("自评报告") if isinstance(data.get("自评"), Mapping) \
        else None
    done = report.get("实现情况") if isinstance(report, Mapping) else None
    wanted = list(levels or ACHIEVED_LEVELS)
    if isinstance(done, Mapping):
        wanted += [str(k) for k in done if str(k) not in wanted]
    if tuple(wanted) == ACHIEVED_LEVELS:
        return REPORT
    fields = list(REPORT.fields)
    first = 3  # after 项目概况, 资金使用情况, 绩效目标
    achieved = [Field(f"实现情况：{level}", (*_REPORT, "实现情况", level), long=True)
                for level in wanted]
    return REPORT.replace(fields=(*fields[:first], *achieved,
                                  *fields[first + len(ACHIEVED_LEVELS):]))


_LEVELS = (Column("一级指标", None, 14, "一级"), Column("二级指标", None, 18, "二级"),
           Column("三级指标", "三级指标", 30))
DECLARED_INDICATORS = IndicatorSheet("申报指标", "申报", (
    *_LEVELS, Column("年度指标值", "年度指标值", 22), Column("备注", "备注", 16),
), "每行一个三级指标，按表上的顺序。一级、二级指标从下拉列表中选；"
   "年度指标值照表填写，如 ≥50.00(个)、=100(%)、及时。")
EVALUATED_INDICATORS = IndicatorSheet("自评指标", "自评", (
    *_LEVELS, Column("年度指标值", "年度指标值", 18), Column("实际完成值", "实际完成值", 18),
    Column("分值", "分值", 8), Column("得分", "得分", 8),
    Column("偏差原因分析及改进措施", "偏差原因分析及改进措施", 36),
    Column("申报名称", "申报名称", 20), Column("备注", "备注", 16),
), "每行一个三级指标。得分可留空（按规则算出建议得分）；失分的指标须填偏差原因分析及改进措施；"
   "「申报名称」只在指标名称与申报时不同时填写。")

OTHER_COLUMN = "其他栏："
"""Header prefix of a layout's further extra columns (``其他栏：完成时间``), one column each."""


class PairSheet(Record, frozen=True):
    """A sheet of free name → text pairs (填报信息: the layout's header and footer lines)."""

    title: str
    key: str
    intro: str
    names: tuple[str, ...]
    """Names offered in the first rows (a project's own come first)."""
    path: tuple[str, ...] = ()
    """Where the pairs sit in the project file (default: ``(key,)``)."""
    optional: bool = False
    """Made only for a project file that holds such pairs (a layout's tick-box and note
    rows: most layouts have none), and read only when the workbook has the sheet."""
    lists: bool = False
    """A value may be several texts (ticks of a several-tick row), written "甲、乙"."""

    @property
    def where(self) -> tuple[str, ...]:
        return self.path or (self.key,)


FILING = PairSheet("填报信息", "填报信息",
                   "表头、表尾的填报信息：左列是版式中的栏目名，右列填写内容；"
                   "不填的取 perfdocs.toml 的 [unit]。需要别的栏目时在空行中写上栏目名。",
                   ("填报单位", "填报人", "联系电话", "填报日期"))
UNPRINTED_FILING = ("这个版式的表头、表尾不印填报单位、填报人、联系电话等填报信息，"
                    "本表一般不用填写。")
"""The 填报信息 sheet's intro for a layout that prints none of it."""
CHOICES = PairSheet("勾选", "勾选",
                    "表头勾选行所勾的选项：左列是版式中勾选行的名称，右列写所勾的选项"
                    "（可勾多项的行用「、」分开）。", (), optional=True, lists=True)
NOTES = PairSheet("说明栏", "说明栏",
                  "总分下各说明行的内容：左列是版式中说明行的名称，右列填写内容。", (),
                  path=("自评", "说明栏"), optional=True)
PAIR_SHEETS = (FILING, CHOICES, NOTES)
PAIR_ROWS = 12

FIELD_SHEETS = (BASIC, DECLARATION, EVALUATION, REPORT)
INDICATOR_SHEETS = (DECLARED_INDICATORS, EVALUATED_INDICATORS)
SHEET_ORDER = ("基本信息", "填报信息", "勾选", "申报", "申报指标", "自评", "自评指标", "说明栏",
               "自评报告")

PART_SHEETS = {"申报": ("申报", "申报指标"), "自评": ("自评", "自评指标", "说明栏", "自评报告")}
"""The sheets that hold each part: left out of a workbook whose layout prints no form of it."""
OMITTED = "不印的部分"
"""The hidden sheet's A2: what follows in B2 (「申报」) are the parts the workbook leaves out
on purpose, so that reading it does not take their sheets for deleted ones."""

HEADER_ROW = 3
"""Rows 1–2 hold the sheet's title and how to fill it; the table starts on row 3."""

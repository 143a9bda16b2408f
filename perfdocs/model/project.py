"""The project definition: what a preparer writes in one YAML file.

Keys are the form's own Chinese labels (项目名称, 年初预算数, 三级指标…) so that a preparer can
fill the file by reading the paper form. Attribute names are English for the code. Figures
are parsed from their text into Decimal here; money is converted to 元 (the file's
``金额单位``, or a 元/万元 suffix on the figure itself, says what it was written in).

pydantic does the structural checks and produces the JSON Schema (``perfdocs schema``);
rules that relate several fields (weights adding up to 100…) live in :mod:`perfdocs.rules.validate`.

No ``from __future__ import annotations`` here: pydantic would read every field's type back
from its text (a compile per field, ≈ 1.5 ms of every process); write a class that is
defined later in quotes.
"""

import re
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal, TypeVar

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from perfdocs.errors import BlankValue
from perfdocs.model.numbers import NumberError, normalize_text, parse_amount, parse_decimal

MAX_TEXT = 20_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""C0 and C1 controls (U+0080–U+009F too: they reach file names and the terminal)."""
_INVISIBLE = re.compile(r"[\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069"
                        r"\ufeff\ufff9-\ufffb]")
"""Zero-width characters, soft hyphens and direction marks and isolates (U+2066–U+2069):
pasted from web pages, invisible on screen and paper, and able to reorder what a reviewer
sees."""
MAX_NAME = 100
"""Longest 一级指标/二级指标 name (a real one is under 20 汉字)."""


def _text(value: object) -> str:
    if value is None:
        raise BlankValue("不能为空")
    if isinstance(value, (dict, list)):
        raise ValueError("应为一段文字")
    text = str(value).strip()
    bad = _CONTROL.search(text)
    if bad:
        raise ValueError(f"含有不可见的控制字符 U+{ord(bad.group()):04X}，请删除")
    hidden = _INVISIBLE.search(text)
    if hidden:
        raise ValueError(f"含有不可见字符 U+{ord(hidden.group()):04X}，请删除")
    if len(text) > MAX_TEXT:
        raise ValueError(f"文字过长（{len(text)} 字），不应超过 {MAX_TEXT} 字")
    return text


def _name(value: object) -> str:
    """A 一级指标/二级指标 name (a mapping key): the checks of every text, on one line, short.

    Keys skipped every text check and failed at render without file or line; checked here
    they are reported at validate on the key's own line.
    """
    text = _text(value)
    if not text:
        raise BlankValue("指标名称不能为空")
    if "\n" in text or "\r" in text:
        raise ValueError("指标名称应为一行文字（不能含换行）")
    if len(text) > MAX_NAME:
        raise ValueError(f"指标名称过长（{len(text)} 字），不应超过 {MAX_NAME} 字")
    return text


def _required_text(value: object) -> str:
    text = _text(value)
    if not text:
        raise BlankValue("不能为空")
    return text


def _optional_text(value: object) -> str | None:
    if value is None:
        return None
    return _text(value) or None


def _score(value: object) -> Decimal:
    if _blank(value):
        raise BlankValue("不能为空：请填写分数")
    try:
        number = parse_decimal(value if isinstance(value, (int, Decimal)) else str(value))
    except NumberError as exc:
        raise ValueError(str(exc)) from None
    if number < 0:
        raise ValueError("分数不能为负数")
    if number > 100:
        raise ValueError(f"分数 {number} 超过 100")
    return number


def _rate(value: object) -> Decimal:
    """A printed 执行率 in percent: any figure from 0 up, above 100 for an over-executed
    project (perfdocs prints 105.00 for one and must read its own form back)."""
    if _blank(value):
        raise BlankValue("不能为空")
    try:
        number = parse_decimal(value if isinstance(value, (int, Decimal)) else str(value))
    except NumberError as exc:
        raise ValueError(str(exc)) from None
    if number < 0:
        raise ValueError("执行率不能为负数")
    return number


def _amount(value: object, info: ValidationInfo) -> Decimal:
    unit = (info.context or {}).get("unit", "元")
    if value is None or (isinstance(value, str) and not value.strip()):
        raise BlankValue("不能为空（没有资金请写 0）")
    if isinstance(value, (dict, list)):
        raise ValueError("应为一个金额，如 8,600.00")
    try:
        return parse_amount(value if isinstance(value, (int, Decimal)) else str(value), unit)
    except NumberError as exc:
        raise ValueError(str(exc)) from None


_TO_FILL = {
    "amount": "请填写金额，没有资金请写 0",
    "actual": "请填写实际完成值，如 120(人次)、达成指标（表上此格本就空白时，删去这一项）",
    "achieved": "请填写本年度实际完成的情况",
}
"""What to write in a box that is written in the file but left blank, by field."""


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _filled_amount(value: object, info: ValidationInfo) -> Decimal:
    """An amount that may be left out, but once written must be filled in."""
    if _blank(value):
        raise BlankValue(f"不能为空：{_TO_FILL['amount']}")
    return _amount(value, info)


def _filled_text(value: object, info: ValidationInfo) -> str:
    """A text that may be left out (or is required), but once written must be filled in."""
    if _blank(value):
        raise BlankValue(f"不能为空：{_TO_FILL.get(info.field_name or '', '请填写')}")
    return _text(value)


_NUMBER_SCHEMA = {"type": ["string", "number"], "pattern": r"^[0-9０-９,，.．]+(元|万元)?$"}
Text = Annotated[str, BeforeValidator(_required_text)]
IndicatorName = Annotated[str, BeforeValidator(_name)]
"""一级指标 and 二级指标 names, the keys of the indicator tree."""
OptionalText = Annotated[str | None, BeforeValidator(_optional_text)]
Score = Annotated[Decimal, BeforeValidator(_score),
                  WithJsonSchema({"type": ["string", "number"], "minimum": 0, "maximum": 100})]
Rate = Annotated[Decimal, BeforeValidator(_rate),
                 WithJsonSchema({"type": ["string", "number"], "minimum": 0})]
Amount = Annotated[Decimal, BeforeValidator(_amount), WithJsonSchema(_NUMBER_SCHEMA)]
FilledAmount = Annotated[Decimal | None, BeforeValidator(_filled_amount),
                         WithJsonSchema(_NUMBER_SCHEMA)]
"""An amount that may be left out (the form's box stays blank) but not written empty."""
FilledText = Annotated[str | None, BeforeValidator(_filled_text)]
"""A text that may be left out but not written empty (``实际完成值: ""``)."""


class Strict(BaseModel):
    """Base of every section: unknown keys are errors, keys are the form's labels."""

    model_config = ConfigDict(extra="forbid", populate_by_name=False, frozen=True, defer_build=True,
                              str_strip_whitespace=True)


class FundRow(Strict):
    """One row of the 项目资金 block, amounts held in 元.

    A figure left out prints as a blank box (real forms leave the 其中 rows' 全年执行数
    blank); a figure written but left empty is a box still to fill, an error.
    """

    initial: FilledAmount = Field(None, alias="年初预算数")
    budget: FilledAmount = Field(None, alias="全年预算数")
    executed: FilledAmount = Field(None, alias="全年执行数")


NATIONAL_FUND_ROWS = ("年度资金总额", "当年财政拨款", "上年结转资金", "其他资金")
"""The 项目资金 rows of the national form, by their project-file names (total first)."""


class Funds(Strict):
    """The 项目资金 block of the 自评表: a total row and the 其中 rows that make it up.

    The national form's four rows have attributes of their own; a layout may declare other
    rows (``fund_rows``: Sichuan's 财政资金 / 财政专户管理资金 / 单位资金), so any other name is
    kept as a row too (pydantic's typed extras: each one is checked as a :class:`FundRow`,
    its faults at its own key). Which names belong to the form, and which row is the total,
    is the layout's to say: :func:`perfdocs.rules.validate.fund_rows_known` checks them.
    """

    model_config = ConfigDict(extra="allow")
    __pydantic_extra__: dict[str, FundRow] = Field(init=False)

    total: FundRow | None = Field(None, alias="年度资金总额")
    appropriation: FundRow | None = Field(None, alias="当年财政拨款")
    carried_over: FundRow | None = Field(None, alias="上年结转资金")
    other: FundRow | None = Field(None, alias="其他资金")
    reason: OptionalText = Field(None, alias="原因",
                                 description="资金块右侧「原因」栏（版式放置 funds_reason 时印出）")

    @model_validator(mode="before")
    @classmethod
    def _names(cls, value: object) -> object:
        """A row's name is its key: refuse names no form could print (too long, blank)."""
        if isinstance(value, dict):
            for key in value:
                if not isinstance(key, str) or not key.strip() or len(key) > 40:
                    raise ValueError(f"资金行的名称「{key}」不对：应为表上印的行名，"
                                     "如 当年财政拨款")
        return value

    def sub_rows(self) -> dict[str, FundRow | None]:
        """The national form's three 其中 rows by their labels, in the form's order."""
        return {"当年财政拨款": self.appropriation, "上年结转资金": self.carried_over,
                "其他资金": self.other}

    def rows(self) -> dict[str, FundRow]:
        """Every row written, by its project-file name (the national ones first)."""
        named = {"年度资金总额": self.total, **self.sub_rows()}
        found = {name: row for name, row in named.items() if row is not None}
        return found | dict(self.__pydantic_extra__ or {})

    def row(self, name: str) -> FundRow | None:
        """The row written under ``name`` (年度资金总额, 财政资金 …), or None."""
        return self.rows().get(name)


class Goals(Strict):
    """年度总体目标: the expected target and what was actually achieved."""

    expected: Text = Field(alias="预期目标")
    achieved: Annotated[str, BeforeValidator(_filled_text)] = Field(alias="实际完成情况")


def _column_values(value: object) -> dict[str, str]:
    """``其他栏: {列名: 内容}``: each value one short text."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ValueError("应为「栏名: 内容」形式的映射，如 {完成时间: 2024年6月}")
    return {str(k).strip(): _text(v) for k, v in value.items() if v is not None}


ColumnValues = Annotated[dict[str, str], BeforeValidator(_column_values)]
"""Values of a layout's extra columns by column name (the layout's ``extra_columns``)."""


def _choices(value: object) -> dict[str, list[str]]:
    """``勾选: {项目类别: 延续项目, 项目属性: [甲, 乙]}``: the options ticked on each of the
    layout's tick-box rows, one text or a list of texts."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ValueError("应为「行名: 所勾选项」形式的映射，如 {项目类别: 延续项目}")
    out: dict[str, list[str]] = {}
    for key, item in value.items():
        if item is None:
            continue
        items = item if isinstance(item, list) else [item]
        out[str(key).strip()] = [_text(one) for one in items if one is not None]
    return out


Choices = Annotated[dict[str, list[str]], BeforeValidator(_choices),
                    WithJsonSchema({"type": "object", "additionalProperties": {
                        "anyOf": [{"type": "string"},
                                  {"type": "array", "items": {"type": "string"}}]}})]
"""The ticked options of a layout's tick-box rows (the layout's ``choice_rows``)."""


def value_of_column(indicator: Any, field: str) -> str:
    """What an indicator holds for a layout's extra column ``field`` ("" when nothing).

    ``indicator`` is an :class:`Indicator` or a :class:`DeclaredIndicator`; the form builders
    pass it on as ``object`` (perfdocs.forms.selfeval.builder), hence the loose annotation.
    """
    if field == "备注":
        return indicator.remark or ""
    return str(indicator.other_columns.get(field, ""))


class Indicator(Strict):
    """One 三级指标 row of the indicator table."""

    name: Text = Field(alias="三级指标")
    target: Text = Field(alias="年度指标值",
                         description='as printed: "≥50.00(个)", "=100(%)", "≤5%", "及时"')
    actual: FilledText = Field(None, alias="实际完成值",
                               description="left out when the form leaves it blank")
    weight: Score = Field(alias="分值")
    score: Score | None = Field(
        None, alias="得分", description="the preparer's score; computed by the rules when absent"
    )
    reason: OptionalText = Field(None, alias="偏差原因分析及改进措施")
    declared_name: OptionalText = Field(
        None, alias="申报名称",
        description="the indicator's name in the declaration when the 自评表 words it differently")
    remark: OptionalText = Field(None, alias="备注",
                                 description="printed in a 备注 column when the layout has one")
    other_columns: ColumnValues = Field({}, alias="其他栏",
                                        description="values of the layout's other extra columns")


IndicatorTree = dict[IndicatorName, dict[IndicatorName, list[Indicator]]]
"""一级指标 → 二级指标 → indicators, in the order written."""


class Printed(Strict):
    """Figures the original paper form printed, kept to audit them (they are never rendered).

    Old forms were filled by hand and carry slips (a rate that does not follow from its
    amounts, a total that is not the sum of its scores). perfdocs renders the correct
    figures; ``validate`` compares them with these and reports each mismatch.
    """

    rate: Rate | None = Field(None, alias="执行率", description="in percent, without %")
    execution_score: Score | None = Field(None, alias="执行率得分")
    total: Score | None = Field(None, alias="总分")
    grade: OptionalText = Field(None, alias="评分等级")


class ReportTexts(Strict):
    """The 自评报告's own paragraphs, each optional.

    A paragraph left out is written from the figures (a plain sentence saying what the
    numbers say), and ``validate`` notes which ones were; a unit replaces them with its own
    words before handing the report in.
    """

    overview: OptionalText = Field(
        None, alias="项目概况",
        description="一、（一）项目概况：立项依据、主要内容、实施单位和实施情况")
    funds: OptionalText = Field(
        None, alias="资金使用情况",
        description="一、（二）资金安排与使用情况：预算安排、调整、执行和管理")
    goals: OptionalText = Field(
        None, alias="绩效目标", description="一、（三）项目绩效目标")
    achievements: dict[str, Text] = Field(
        {}, alias="实现情况",
        description="二、绩效目标实现情况，按一级指标分段写，如 产出指标: …、效益指标: …")
    deviations: OptionalText = Field(
        None, alias="偏差原因及改进措施",
        description="三、偏差原因分析及改进措施（总体说明；各扣分指标的说明取自其偏差原因分析及改进措施）")
    conclusion: OptionalText = Field(
        None, alias="自评结论", description="四、自评结论（总分、等级和执行率由程序计算后列出）")
    other: OptionalText = Field(
        None, alias="其他需要说明的问题", description="五、其他需要说明的问题")


class Evaluation(Strict):
    """The 自评 section: filled in once the year is over."""

    printed_name: OptionalText = Field(
        None, alias="项目名称",
        description="the name printed on the 自评表 when it differs from the project's name")
    funds: Funds = Field(alias="项目资金")
    goals: Goals = Field(alias="年度总体目标")
    indicators: IndicatorTree = Field(alias="绩效指标")
    printed: Printed | None = Field(None, alias="原表",
                                    description="figures as the original form printed them")
    report: ReportTexts | None = Field(
        None, alias="自评报告",
        description="项目支出绩效自评报告的文字段落（均可不写：不写的段落按数字生成一句话）")
    notes: ColumnValues = Field(
        {}, alias="说明栏",
        description="texts of the layout's rows under the 总分 (note_rows), by the row's name: "
                    "改进措施及结果应用方案…")

    @field_validator("indicators")
    @classmethod
    def _not_empty(cls, tree: IndicatorTree) -> IndicatorTree:
        return _check_tree(tree)

    def flat(self) -> list[tuple[str, str, int, Indicator]]:
        """(一级, 二级, position in its list, indicator) in the form's order."""
        return [(l1, l2, i, ind) for l1, groups in self.indicators.items()
                for l2, items in groups.items() for i, ind in enumerate(items)]


def _date(value: object) -> date:
    if isinstance(value, date):
        return value
    if _blank(value):
        raise BlankValue("不能为空：请写成 2024-01-01 这样的日期")
    text = normalize_text(str(value))
    match = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?", text)
    if not match:
        raise ValueError(f"「{value}」不是日期，请写成 2024-01-01")
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise ValueError(f"「{value}」不是有效的日期") from None


Date = Annotated[date, BeforeValidator(_date),
                 WithJsonSchema({"type": "string", "format": "date"})]


class DeclaredIndicator(Strict):
    """One 三级指标 of the declaration: its name and the value it promises."""

    name: Text = Field(alias="三级指标")
    target: Text = Field(alias="年度指标值",
                         description='年度(/项目)指标值 as printed: "≥50.00(个)", "及时"')
    remark: OptionalText = Field(None, alias="备注",
                                 description="printed in a 备注 column when the layout has one")
    other_columns: ColumnValues = Field({}, alias="其他栏",
                                        description="values of the layout's other extra columns")


DeclaredTree = dict[IndicatorName, dict[IndicatorName, list[DeclaredIndicator]]]


class ProjectMoney(Strict):
    """项目资金总额 and its parts (the left half of the declaration's funds block)."""

    total: Amount | None = Field(None, alias="合计")
    fiscal: Amount | None = Field(None, alias="财政资金")
    other: Amount | None = Field(None, alias="其他资金")


class AnnualMoney(Strict):
    """年度资金申请总额 and its parts (the right half of the declaration's funds block)."""

    total: Amount = Field(alias="合计")
    appropriation: Amount | None = Field(None, alias="当年财政拨款")
    carried_over: Amount | None = Field(None, alias="上年结转资金")
    other: Amount | None = Field(None, alias="其他资金")


class DeclarationFunds(Strict):
    """项目资金 of the 申报表."""

    project: ProjectMoney = Field(ProjectMoney.model_construct(), alias="项目资金总额")
    annual: AnnualMoney = Field(alias="年度资金申请总额")


class PreviousFunds(Strict):
    """本项目上年度市级财政资金使用情况 of the 2020 绩效目标表, amounts held in 元.

    项目总预算 and 项目当年预算 are the declaration's 项目资金总额 and 年度资金申请总额 under
    the 2020 form's names: the form prints those unless a different figure is written here.
    The two 同名项目 figures exist only on that form (left blank when there was no such
    project the year before).
    """

    project_total: Amount | None = Field(None, alias="项目总预算")
    year_budget: Amount | None = Field(None, alias="项目当年预算")
    last_year_budget: Amount | None = Field(None, alias="同名项目上年预算额")
    last_year_executed: Amount | None = Field(None, alias="同名项目上年预算执行数")


class Declaration(Strict):
    """The 申报 section: what the 绩效目标申报表 declares when the budget is requested."""

    nature: OptionalText = Field(
        None, alias="项目性质",
        description="the 2024 申报表 prints it; the 2020 绩效目标表 has only 项目类别")
    category: Text = Field(alias="项目类别")
    start: Date = Field(alias="计划开始日期")
    end: Date = Field(alias="计划完成日期")
    funds: DeclarationFunds = Field(alias="项目资金")
    overall_goal: OptionalText = Field(None, alias="项目总目标")
    annual_goal: Text = Field(alias="年度总体目标")
    indicators: DeclaredTree = Field(alias="绩效指标")
    # The 2020 绩效目标表 (seed 004) prints these too; other forms leave them out.
    applicant: OptionalText = Field(
        None, alias="申报单位名称", description="2020 绩效目标表; 实施单位 when not given")
    government_purchase: OptionalText = Field(
        None, alias="是否含有政府购买服务", description="2020 绩效目标表: 是 / 否")
    performance_type: OptionalText = Field(
        None, alias="绩效类型", description="2020 绩效目标表, e.g. 其他类")
    overview: OptionalText = Field(None, alias="项目概况", description="2020 绩效目标表")
    basis: OptionalText = Field(None, alias="立项依据", description="2020 绩效目标表")
    necessity: OptionalText = Field(None, alias="项目设立的必要性",
                                    description="2020 绩效目标表")
    measures: OptionalText = Field(None, alias="保证项目实施的制度、措施",
                                   description="2020 绩效目标表")
    plan: OptionalText = Field(None, alias="项目实施计划", description="2020 绩效目标表")
    previous_funds: PreviousFunds | None = Field(
        None, alias="上年度资金使用情况",
        description="2020 绩效目标表: 本项目上年度市级财政资金使用情况")

    @field_validator("indicators")
    @classmethod
    def _not_empty(cls, tree: DeclaredTree) -> DeclaredTree:
        return _check_tree(tree)

    def flat(self) -> list[tuple[str, str, int, DeclaredIndicator]]:
        """(一级, 二级, position in its list, indicator) in the form's order."""
        return [(l1, l2, i, ind) for l1, groups in self.indicators.items()
                for l2, items in groups.items() for i, ind in enumerate(items)]


TreeT = TypeVar("TreeT", bound=Mapping[str, Mapping[str, Sequence[object]]])

MAX_INDICATORS = 500
"""Most 三级指标 one form may carry; real forms hold up to about 60, seed 001 48. A file of
30,000 (a paste gone wrong) would otherwise take gigabytes to lay out."""


def _check_tree(tree: TreeT) -> TreeT:
    if not tree:
        raise ValueError("至少要有一个一级指标")
    count = sum(len(items) for groups in tree.values() for items in groups.values())
    if count > MAX_INDICATORS:
        raise ValueError(f"三级指标过多（{count} 个）：一张表最多 {MAX_INDICATORS} 个")
    for level1, groups in tree.items():
        if not groups:
            raise ValueError(f"一级指标「{level1}」下没有二级指标")
        for level2, items in groups.items():
            if not items:
                raise ValueError(f"二级指标「{level1} › {level2}」下没有三级指标")
    return tree


class Revision(Strict):
    """A corrected version of the forms: which one, when, and why (shown to reviewers)."""

    number: int = Field(alias="版本", ge=1, le=999)
    date: Date = Field(alias="日期")
    reason: Text = Field(alias="原因")


def _filing(value: object) -> dict[str, object]:
    """``填报信息``: texts by the line labels' names (each checked as a value of its own, so
    a fault names its key and line: 填报信息.联系电话, not the whole table)."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ValueError("应为「名称: 内容」形式的映射，如 填报人: 张三")
    return {str(key).strip(): item for key, item in value.items() if item is not None}


def _filing_text(value: object) -> str:
    """One 填报信息 value: a date reads 2025年3月1日, anything else one short text."""
    if isinstance(value, date):
        return f"{value.year}年{value.month}月{value.day}日"
    return _text(value)


FilingValues = Annotated[dict[str, Annotated[str, BeforeValidator(_filing_text)]],
                         BeforeValidator(_filing)]


class Project(Strict):
    """One project, as written in one YAML file."""

    year: int = Field(alias="年度", ge=1990, le=2100)
    name: Text = Field(alias="项目名称")
    department: Text = Field(alias="主管部门")
    unit: Text = Field(alias="实施单位")
    layout: OptionalText = Field(None, alias="版式",
                                 description="layout folder name, e.g. shanghai-2024")
    money_unit: Literal["元", "万元"] = Field(
        "元", alias="金额单位", description="the unit the amounts in this file are written in")
    revision: Revision | None = Field(
        None, alias="修订", description="set when a reviewer sent the forms back for correction")
    filing: FilingValues = Field(
        {}, alias="填报信息",
        description="values of the layout's header and footer lines: 填报人, 联系电话, 填报日期…")
    choices: Choices = Field(
        {}, alias="勾选",
        description="the ticked options of the layout's tick-box rows: 项目类别: 延续项目")
    declaration: Declaration | None = Field(None, alias="申报")
    evaluation: Evaluation | None = Field(None, alias="自评")

    @model_validator(mode="after")
    def _something_to_render(self) -> "Project":
        if self.declaration is None and self.evaluation is None:
            raise ValueError("项目文件须有「申报」或「自评」部分（或两者都有）")
        return self

    @field_validator("year", mode="before")
    @classmethod
    def _year(cls, value: object) -> object:
        """年度 as a number or as forms print it (2026年); any other text is told how to
        write it (2026年度, 26 and 二〇二六 are not read as a year)."""
        if isinstance(value, str):
            digits = re.sub(r"\s|年$", "", value.strip())
            if not re.fullmatch(r"\d{4}", digits):  # full-width ２０２６ too
                raise ValueError("应写成四位数的年份，如 2026 或 2026年"
                                 f"（不是「{value.strip()}」）")
            return int(digits)
        return value

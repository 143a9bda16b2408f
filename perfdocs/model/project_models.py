"""The project definition: what a preparer writes in one YAML file, as pydantic models.

Keys are the form's own Chinese labels (项目名称, 年初预算数, 三级指标…) so that a preparer can
fill the file by reading the paper form. Attribute names are English for the code. Figures
are parsed from their text into Decimal here; money is converted to 元 (the file's
``金额单位``, or a 元/万元 suffix on the figure itself, says what it was written in).

These models are the one place the schema is defined: the fields and their checks, the
JSON Schema (``perfdocs schema``), the words of a fault (perfdocs.loading.validation_messages
reads their fields on the error path). A run does not use them directly: it works with
their twins (perfdocs.model.project, plain classes) and validates with a pydantic-core
validator built from these models' core schema for the twins, kept per user
(perfdocs.loading.project.project_validator), so a warm run never imports pydantic. Hence:
every check a field or validator names is a module-level function of
perfdocs.model.project_checks (no pydantic there), never a method here, and a new field
needs its twin attribute (tests/test_project_twins.py fails otherwise).
Rules that relate several fields (weights adding up to 100…) live in
:mod:`perfdocs.rules.validate`.

No ``from __future__ import annotations`` here: pydantic would read every field's type back
from its text (a compile per field, ≈ 1.5 ms of every process); write a class that is
defined later in quotes.
"""

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    WithJsonSchema,
    WrapValidator,
    field_validator,
    model_validator,
)

from perfdocs.model import plain
from perfdocs.model import project_checks as checks

if TYPE_CHECKING:
    from pydantic_core import SchemaValidator

_NUMBER_SCHEMA = {"type": ["string", "number"],
                  "pattern": r"^(¥|￥|RMB|rmb|人民币)?[0-9０-９,，.．]+(元|万元)?$"}
"""An amount for editors: a leading currency mark is read (numbers.CURRENCY_MARKS)."""
Text = Annotated[str, BeforeValidator(checks.as_required_text)]
IndicatorName = Annotated[str, BeforeValidator(checks.as_name)]
"""一级指标 and 二级指标 names, the keys of the indicator tree."""
OptionalText = Annotated[str | None, BeforeValidator(checks.as_optional_text)]
Score = Annotated[Decimal, BeforeValidator(checks.as_score),
                  WithJsonSchema({"type": ["string", "number"], "minimum": 0, "maximum": 100})]
Rate = Annotated[Decimal, BeforeValidator(checks.as_rate),
                 WithJsonSchema({"type": ["string", "number"], "minimum": 0})]
Amount = Annotated[Decimal, BeforeValidator(checks.as_amount), WithJsonSchema(_NUMBER_SCHEMA)]
FilledAmount = Annotated[Decimal | None, BeforeValidator(checks.as_filled_amount),
                         WithJsonSchema(_NUMBER_SCHEMA)]
"""An amount that may be left out (the form's box stays blank) but not written empty."""
FilledText = Annotated[str | None, BeforeValidator(checks.as_filled_text)]
"""A text that may be left out but not written empty (``实际完成值: ""``)."""
MeasureText = Annotated[str, BeforeValidator(checks.as_measure_text)]
"""A 年度指标值: required, printed with half-width figures (``≥２０００亩`` → ``≥2000亩``)."""
FilledMeasure = Annotated[str | None, BeforeValidator(checks.as_filled_measure)]
"""A 实际完成值: may be left out, not written empty, printed with half-width figures."""


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

    _names = model_validator(mode="before")(checks.fund_row_names)


class Goals(Strict):
    """年度总体目标: the expected target and what was actually achieved."""

    expected: Text = Field(alias="预期目标")
    achieved: Annotated[str, BeforeValidator(checks.as_filled_text)] = Field(alias="实际完成情况")


ColumnValues = Annotated[dict[str, str], BeforeValidator(checks.as_column_values)]
"""Values of a layout's extra columns by column name (the layout's ``extra_columns``)."""


Choices = Annotated[dict[str, list[str]], BeforeValidator(checks.as_choices),
                    WithJsonSchema({"type": "object", "additionalProperties": {
                        "anyOf": [{"type": "string"},
                                  {"type": "array", "items": {"type": "string"}}]}})]
"""The ticked options of a layout's tick-box rows (the layout's ``choice_rows``)."""


class Indicator(Strict):
    """One 三级指标 row of the indicator table."""

    name: Text = Field(alias="三级指标")
    target: MeasureText = Field(alias="年度指标值",
                                description='as printed: "≥50.00(个)", "=100(%)", "≤5%", "及时"')
    actual: FilledMeasure = Field(None, alias="实际完成值",
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

    _not_empty = field_validator("indicators")(checks.check_tree)


Date = Annotated[date, BeforeValidator(checks.as_date),
                 WithJsonSchema({"type": "string", "format": "date"})]


class DeclaredIndicator(Strict):
    """One 三级指标 of the declaration: its name and the value it promises."""

    name: Text = Field(alias="三级指标")
    target: MeasureText = Field(alias="年度指标值",
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

    _not_empty = field_validator("indicators")(checks.check_tree)


class Revision(Strict):
    """A corrected version of the forms: which one, when, and why (shown to reviewers)."""

    number: int = Field(alias="版本", ge=1, le=999)
    date: Date = Field(alias="日期")
    stage: Literal["申报", "自评"] | None = Field(
        None, alias="阶段",
        description="the part the reviewer sent back (申报 or 自评): the line prints on that "
                    "stage's forms only, and only that stage's packet records it; "
                    "absent: the whole file")
    reason: Text = Field(alias="原因")


Revisions = Annotated[list[Revision], WrapValidator(checks.one_or_many)]
"""修订: one entry (a mapping, as files always had it) or a list of them, one per time the
forms were sent back (申报, then 自评): the forms print the latest that applies."""


FilingValues = Annotated[dict[str, Annotated[str, BeforeValidator(checks.as_filing_text)]],
                         BeforeValidator(checks.as_filing)]


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
    revisions: Revisions | None = Field(
        None, alias="修订",
        description="set when a reviewer sent the forms back for correction: one entry, or a "
                    "list of entries when the forms were sent back more than once",
        json_schema_extra=checks.one_or_many_schema)
    filing: FilingValues = Field(
        {}, alias="填报信息",
        description="values of the layout's header and footer lines: 填报人, 联系电话, 填报日期…")
    choices: Choices = Field(
        {}, alias="勾选",
        description="the ticked options of the layout's tick-box rows: 项目类别: 延续项目")
    declaration: Declaration | None = Field(None, alias="申报")
    evaluation: Evaluation | None = Field(None, alias="自评")

    _something_to_render = model_validator(mode="after")(checks.something_to_render)
    _year = field_validator("year", mode="before")(checks.as_year)
    _money_unit = field_validator("money_unit", mode="before")(checks.as_money_unit)


MODELS: tuple[type[Strict], ...] = (
    FundRow, Funds, Goals, Indicator, Printed, ReportTexts, Evaluation, DeclaredIndicator,
    ProjectMoney, AnnualMoney, DeclarationFunds, PreviousFunds, Declaration, Revision, Project)
"""Every model of a project file (each has its twin of the same name in
perfdocs.model.project)."""


def twins() -> dict[type, type[plain.Plain]]:
    """Each model with its twin (perfdocs.model.project)."""
    from perfdocs.model import project

    return plain.twins_by_name(MODELS, project)


def twin_validator() -> "SchemaValidator":
    """The project file's validator, making twins (what perfdocs.loading.project keeps)."""
    return plain.twin_validator(Project, twins())

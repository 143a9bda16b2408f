"""A project as a run holds it: plain classes ("twins") of the project file's models.

Keys are the form's own Chinese labels (项目名称, 年初预算数, 三级指标…); attribute names
are English for the code. Figures are Decimal, money in 元 (the file's ``金额单位``, or a
元/万元 suffix on a figure, says what it was written in).

The schema itself (fields, aliases, checks, JSON Schema, the words of a fault) is defined
once, by the pydantic models of perfdocs.model.project_models. The validator a run uses is
built from their core schema for these classes (perfdocs.model.plain.twin_validator) and
kept per user, so loading a project imports neither pydantic nor those models: these
classes cost nothing to import. Every project a run sees is made of them, whether the
validator came from the cache or was just built.

A field here is a field there, same name, same order (tests/test_project_twins.py); what
consumers call (``Funds.rows()``, ``Evaluation.flat()`` …) is written here. The objects
are frozen; :meth:`~perfdocs.model.plain.Plain.replace` makes a changed copy.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from perfdocs.model.plain import Plain

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

NATIONAL_FUND_ROWS = ("年度资金总额", "当年财政拨款", "上年结转资金", "其他资金")
"""The 项目资金 rows of the national form, by their project-file names (total first)."""


class FundRow(Plain):
    """One row of the 项目资金 block, amounts in 元; None where the form's box stays blank."""

    initial: Decimal | None
    budget: Decimal | None
    executed: Decimal | None


class Funds(Plain):
    """The 项目资金 block of the 自评表: the national form's four rows by attribute, any row
    a layout declares (``fund_rows``) among the extras, by its name."""

    __pydantic_extra__: dict[str, FundRow] | None

    total: FundRow | None
    appropriation: FundRow | None
    carried_over: FundRow | None
    other: FundRow | None
    reason: str | None

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


class Goals(Plain):
    """年度总体目标: the expected target and what was actually achieved."""

    expected: str
    achieved: str


def value_of_column(indicator: Any, field: str) -> str:
    """What an indicator holds for a layout's extra column ``field`` ("" when nothing).

    ``indicator`` is an :class:`Indicator` or a :class:`DeclaredIndicator`; the form builders
    pass it on as ``object`` (perfdocs.forms.selfeval.builder), hence the loose annotation.
    """
    if field == "备注":
        return indicator.remark or ""
    return str(indicator.other_columns.get(field, ""))


class Indicator(Plain):
    """One 三级指标 row of the 自评表's indicator table."""

    name: str
    target: str
    """年度指标值 as printed: "≥50.00(个)", "=100(%)", "≤5%", "及时"."""
    actual: str | None
    """实际完成值; None where the form leaves it blank."""
    weight: Decimal
    score: Decimal | None
    """The preparer's 得分; computed by the rules when None."""
    reason: str | None
    declared_name: str | None
    remark: str | None
    other_columns: dict[str, str]


IndicatorTree = dict[str, dict[str, list[Indicator]]]
"""一级指标 → 二级指标 → indicators, in the order written."""


class Printed(Plain):
    """Figures the original paper form printed, kept to audit them (never rendered)."""

    rate: Decimal | None
    execution_score: Decimal | None
    total: Decimal | None
    grade: str | None


class ReportTexts(Plain):
    """The 自评报告's own paragraphs; None where the paragraph is written from the figures."""

    overview: str | None
    funds: str | None
    goals: str | None
    achievements: dict[str, str]
    deviations: str | None
    conclusion: str | None
    other: str | None


class Evaluation(Plain):
    """The 自评 section: filled in once the year is over."""

    printed_name: str | None
    funds: Funds
    goals: Goals
    indicators: IndicatorTree
    printed: Printed | None
    report: ReportTexts | None
    notes: dict[str, str]

    def flat(self) -> list[tuple[str, str, int, Indicator]]:
        """(一级, 二级, position in its list, indicator) in the form's order."""
        return [(l1, l2, i, ind) for l1, groups in self.indicators.items()
                for l2, items in groups.items() for i, ind in enumerate(items)]


class DeclaredIndicator(Plain):
    """One 三级指标 of the declaration: its name and the value it promises."""

    name: str
    target: str
    remark: str | None
    other_columns: dict[str, str]


DeclaredTree = dict[str, dict[str, list[DeclaredIndicator]]]


class ProjectMoney(Plain):
    """项目资金总额 and its parts (the left half of the declaration's funds block)."""

    total: Decimal | None
    fiscal: Decimal | None
    other: Decimal | None


class AnnualMoney(Plain):
    """年度资金申请总额 and its parts (the right half of the declaration's funds block)."""

    total: Decimal
    appropriation: Decimal | None
    carried_over: Decimal | None
    other: Decimal | None


class DeclarationFunds(Plain):
    """项目资金 of the 申报表."""

    project: ProjectMoney
    annual: AnnualMoney


class PreviousFunds(Plain):
    """本项目上年度市级财政资金使用情况 of the 2020 绩效目标表, amounts in 元."""

    project_total: Decimal | None
    year_budget: Decimal | None
    last_year_budget: Decimal | None
    last_year_executed: Decimal | None


class Declaration(Plain):
    """The 申报 section: what the 绩效目标申报表 declares when the budget is requested."""

    nature: str | None
    category: str
    start: date
    end: date
    funds: DeclarationFunds
    overall_goal: str | None
    annual_goal: str
    indicators: DeclaredTree
    applicant: str | None
    government_purchase: str | None
    performance_type: str | None
    overview: str | None
    basis: str | None
    necessity: str | None
    measures: str | None
    plan: str | None
    previous_funds: PreviousFunds | None

    def flat(self) -> list[tuple[str, str, int, DeclaredIndicator]]:
        """(一级, 二级, position in its list, indicator) in the form's order."""
        return [(l1, l2, i, ind) for l1, groups in self.indicators.items()
                for l2, items in groups.items() for i, ind in enumerate(items)]


class Revision(Plain):
    """A corrected version of the forms: which one, when, and why (shown to reviewers)."""

    number: int
    date: date
    stage: str | None
    """阶段: the part corrected (申报 or 自评); None: the whole file."""
    reason: str

    def applies_to(self, section: str | None) -> bool:
        """Whether the revision belongs to the forms (or the packet) of ``section`` (申报 or
        自评; None: every part): a reviewer who sent back the 自评表 alone corrected
        nothing the 申报表 says, so the 申报表 must not claim a correction."""
        return self.stage is None or section is None or self.stage == section

    def as_written(self) -> dict[str, object]:
        """The revision under the project file's keys, JSON-ready (the packet's record):
        what the model's ``model_dump(mode="json", by_alias=True, exclude_none=True)``
        gives (阶段 only when written, so a record without it is as it always was)."""
        stage = {} if self.stage is None else {"阶段": self.stage}
        return {"版本": self.number, "日期": self.date.isoformat(), **stage,
                "原因": self.reason}


class Project(Plain):
    """One project, as written in one YAML file."""

    year: int
    name: str
    department: str
    unit: str
    layout: str | None
    money_unit: str
    """金额单位 the file's amounts were written in: 元 or 万元."""
    revisions: list[Revision] | None
    """修订, in the file's order: one entry for a file that wrote a mapping."""
    filing: dict[str, str]
    choices: dict[str, list[str]]
    declaration: Declaration | None
    evaluation: Evaluation | None

    def revisions_for(self, section: str | None) -> list[Revision]:
        """The 修订 entries of the forms (or the packet) of ``section``, in the file's order:
        those without 阶段 and those of that stage (:meth:`Revision.applies_to`)."""
        return [r for r in self.revisions or () if r.applies_to(section)]

    def revision_for(self, section: str | None) -> Revision | None:
        """The 修订 the forms of ``section`` print: the latest that applies (by 日期, then
        版本, then the file's order) — a file corrected in 申报 and again in 自评 prints the
        申报 one on its 申报表 and the 自评 one on its 自评表."""
        entries = self.revisions_for(section)
        if not entries:
            return None
        order = sorted(range(len(entries)), key=lambda i: (entries[i].date, entries[i].number, i))
        return entries[order[-1]]

    def name_in(self, section: str | None) -> str:
        """The name the forms of ``section`` (申报 or 自评) print: the 自评表 and 自评报告
        print 自评.项目名称 when the file gives one (the 自评表's wording, or a reviewer's
        rename of the 自评), every other form the project's 项目名称. Whatever lists the
        forms of one stage (a packet's 目录, its 一览表, its manifest) names the project so,
        and never two ways."""
        if section == "自评" and self.evaluation is not None and self.evaluation.printed_name:
            return self.evaluation.printed_name
        return self.name

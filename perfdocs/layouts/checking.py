"""The checking of a layout: pydantic models of layout.toml, its rules and their messages.

Every key of layout.toml is declared here with its type and bounds, and every rule that
spans keys (column spans that overlap, a label a builder prints but the layout lacks, a
Jinja text that cannot render) is a validator, so a fault is reported at the file, line
and key to edit, in Chinese, all faults of a layout in one report (:func:`check_chain`).
The same models give ``perfdocs layout keys`` its documentation (perfdocs.layouts.keys)
and the JSON Schema of layout.toml.

A layout that passed is handed over as the plain records of :mod:`perfdocs.layouts.layout`
(:func:`to_plain`): they hold the same fields with the methods the builders call, and
they, not these models, are what every consumer sees and what the per-user cache keeps.
This module and pydantic are thus imported only when a layout is checked — when it is
new or changed, or its cache entry is missing — never by a process that renders with a
kept layout. tests/test_layout_twins.py keeps the two lists of fields the same.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Collection, Iterator
from decimal import Decimal, InvalidOperation
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    model_validator,
)

from perfdocs.errors import Diagnostic, LayoutInvalid, Severity
from perfdocs.layouts import records as plain
from perfdocs.layouts.records import (
    BUILDER_PARTS,
    FUNDS_REASON,
    NATIONAL_FUND_LABELS,
    OVERVIEW_DECLARATION,
    OVERVIEW_EVALUATION,
    OVERVIEW_LABELS,
    PLACED_LABELS,
    SUMMARY_CONTEXT,
    TEXT_CONTEXT,
    BuilderParts,
    column_letters,
    indicator_row,
    nearest_name,
    note_key,
    parse_span,
    row_key,
)
from perfdocs.loading.source import Loc, format_loc
from perfdocs.loading.validation_messages import (
    Checked,
    Problem,
    Problems,
    key_loc,
    plain_number,
    translate,
    unknown_key,
)
from perfdocs.model.numbers import ROUNDING_MODES

if TYPE_CHECKING:
    from perfdocs.model.numbers import RoundingMode
else:  # pydantic reads the annotation at run time (the type checker numbers' alias)
    RoundingMode = Literal[ROUNDING_MODES]

if TYPE_CHECKING:
    from perfdocs.layouts.checked_cache import Reads
    from perfdocs.layouts.extends import Layer
    from perfdocs.loading.toml_lines import Table, TomlValue

MAX_WEIGHT = 1000
"""Largest 分值 a layout may name (total_weight, execution_weight, a grade's min): forms are
scored out of 100; the bound only catches a slipped digit."""
MAX_COLUMNS = 64
"""Most grid columns a form may have (the printed forms have 8–10)."""
MAX_WIDTH = 1000
"""Largest relative column width; widths are proportions, so the bound catches typos only."""
MAX_FONT_SIZE = 100
"""Largest font size in points (a form's title is 18)."""


def _decimal(value: object) -> Decimal:
    """A TOML number or quoted number as an exact Decimal.

    TOML floats are refused: ``0.1`` would already be a binary fraction, while a quoted
    ``"0.1"`` stays exact. Text that is not a finite number is a layout fault, reported at
    its key (Decimal itself would raise InvalidOperation, which is no user message).
    """
    if isinstance(value, bool) or not isinstance(value, (int, str, Decimal)):
        raise ValueError("应为整数或用引号写的小数（如 \"2.5\"）")
    try:
        number = Decimal(value.strip() if isinstance(value, str) else value)
    except InvalidOperation:
        raise ValueError("应为数字") from None
    if not number.is_finite():
        raise ValueError("应为数字")
    return number


Dec = Annotated[Decimal, BeforeValidator(_decimal)]
Width = Annotated[Decimal, BeforeValidator(_decimal), Field(gt=0, le=MAX_WIDTH)]
FontSize = Annotated[Decimal, BeforeValidator(_decimal), Field(gt=0, le=MAX_FONT_SIZE)]
Weight = Annotated[Decimal, BeforeValidator(_decimal), Field(ge=0, le=MAX_WEIGHT)]


class _Section(BaseModel):
    """A table of layout.toml: unknown keys refused, values fixed once checked.

    ``defer_build``: pydantic builds a model's validator when it first validates, not when
    the class is defined, and :func:`_validate_all` uses the validator kept per user
    (perfdocs.loading.compiled_validators) instead, so a check builds none (≈ 40 ms). For
    the same reason the sub-tables' defaults below are made with ``model_construct`` (the
    default values as they are, which pass their own checks) rather than by validating them.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class RoundingSpec(_Section):
    """Places and mode of one kind of figure."""

    places: int = Field(2, ge=0, le=6)
    mode: RoundingMode = "half_up"


class RoundingSet(_Section):
    """Rounding for every kind of computed figure of a form."""

    money: RoundingSpec = RoundingSpec.model_construct()
    rate: RoundingSpec = RoundingSpec.model_construct(mode="down")
    execution_score: RoundingSpec = RoundingSpec.model_construct()
    score: RoundingSpec = RoundingSpec.model_construct()
    total: RoundingSpec = RoundingSpec.model_construct()


class NumberStyle(_Section):
    """How a figure reads: places shown, thousands separators, trailing zeros, suffix."""

    places: int = Field(2, ge=0, le=6)
    thousands: bool = False
    trim: bool = False
    """Drop trailing zeros (the 2020 form prints 10, 9.5, 7.2)."""
    suffix: str = ""
    """Printed after the figure, e.g. "%" for a rate."""


class Display(_Section):
    money: NumberStyle = NumberStyle.model_construct(thousands=True)
    rate: NumberStyle = NumberStyle.model_construct()
    score: NumberStyle = NumberStyle.model_construct()
    weight: NumberStyle = NumberStyle.model_construct()
    not_applicable: str = "-"
    sub_row_rate: bool = True
    """Print the 执行率 of the 其中 rows too (the 2020/2021 forms leave it blank)."""
    sub_row_score: str | None = None
    """What the 其中 rows print under 得分 (default: ``not_applicable``)."""
    zero_budget_rate: str | None = None
    """What a row whose 全年预算数 is 0 prints under 执行率, whose quotient is undefined
    (default: 0 in the ``rate`` style, as seed 000 prints 0.00; national-2020: "—")."""
    level1_name: str = Field("{name}", min_length=1, max_length=40)
    """How a 一级指标 name is printed: ``{name}`` is the name, ``{weight}`` the sum of its
    indicators' 分值 (computed by the calculator, printed in the ``weight`` style).
    Hubei's 自评表 prints 产出指标（50分）: ``"{name}（{weight}分）"``."""

    @model_validator(mode="after")
    def _level1_name(self) -> Display:
        problem = level1_name_problem(self.level1_name)
        if problem:
            raise Problems([("level1_name", problem)])
        return self


LEVEL1_FIELDS = ("name", "weight")
"""The names ``display.level1_name`` may use."""


def level1_name_problem(pattern: str) -> str | None:
    """Why a ``level1_name`` pattern cannot be printed (and read back), or None."""
    used = re.findall(r"\{([^{}]*)\}", pattern)
    unknown = [name for name in used if name not in LEVEL1_FIELDS]
    if unknown:
        return (f"不认识「{{{unknown[0]}}}」：只能用 {{name}}（一级指标名称）和 "
                "{weight}（该组分值之和）")
    if used.count("name") != 1 or used.count("weight") > 1:
        return "须含一个 {name}（一级指标名称），{weight} 至多一个，如 \"{name}（{weight}分）\""
    rest = re.sub(r"\{[^{}]*\}", "", pattern)
    if "{" in rest or "}" in rest:
        return "花括号只能用于 {name} 和 {weight}"
    return None


class FontSpec(_Section):
    family: str = "宋体"
    latin: str = ""
    """Digits and Latin letters in Word (e.g. Times New Roman, as printed forms use)."""
    title_size: FontSize = Decimal(18)
    subtitle_size: FontSize = Decimal(12)
    body_size: FontSize = Decimal(10)


class Tier(_Section):
    """A qualitative tier: the words that name it, its score range (percent of 分值)."""

    name: str = Field(min_length=1)
    words: list[str] = []
    min: Dec
    max: Dec
    suggest: Dec

    @model_validator(mode="after")
    def _range(self) -> Tier:
        if not (0 <= self.min <= self.suggest <= self.max <= 100):
            raise ValueError("须满足 0 ≤ min ≤ suggest ≤ max ≤ 100")
        return self


MAX_LINES = 10
"""Most header or footer lines (and items per line) a form may carry."""


def _line_item(value: object) -> object:
    """An item written as plain text ("填报单位（盖章）") reads the field its label names
    without the parenthesis (填报单位); a table names both (``{ label = …, field = … }``)."""
    if isinstance(value, str):
        field = re.sub(r"[（(][^）)]*[）)]$", "", value.strip()).rstrip("：:")
        return {"label": value, "field": field}
    return value


class LineItem(_Section):
    """One ``label：value`` of a header or footer line (填报人：张三)."""

    label: str = Field(min_length=1, max_length=40)
    field: str = Field("", max_length=40)
    """Where the value comes from: the project's 填报信息, perfdocs.toml [unit], or the
    project header (实施单位, 主管部门 …); "" prints the label with room to write by hand."""


Line = Annotated[list[Annotated[LineItem, BeforeValidator(_line_item)]],
                 Field(min_length=1, max_length=MAX_LINES)]


class ChoiceRow(_Section):
    """A row of tick boxes in the form's header (项目类别 □部门预算项目 ☑省直专项 …).

    The options are the layout's; which are ticked comes from the project file's
    ``勾选: {<field>: 选项}`` (a list when ``multiple``). A builder prints the row as plain
    text — each option with the ``checked`` or ``unchecked`` mark — so every output format
    shows the same characters and ``perfdocs import`` reads them back.
    """

    label: str = Field(min_length=1, max_length=40)
    field: str = Field("", max_length=40)
    """The key under the project file's ``勾选`` (default: ``label``)."""
    options: Annotated[list[Annotated[str, Field(min_length=1, max_length=40)]],
                       Field(min_length=1, max_length=20)]
    multiple: bool = False
    """Whether more than one option may be ticked."""
    checked: str = Field("■", min_length=1, max_length=3)
    """The mark of a ticked option. The public forms print ☑, which the usual Chinese
    fonts (宋体, AR PL UMing) lack, so a PDF would refuse it; ■ prints everywhere."""
    unchecked: str = Field("□", min_length=1, max_length=3)
    mark: Literal["before", "after"] = "before"
    """The mark before the option (□新增项目) or after it (新增项目□)."""
    separator: str = Field("　", max_length=6)
    """Printed between two options (a full-width space)."""

    @property
    def key(self) -> str:
        """The project file's key for this row's choice."""
        return row_key(self.field, self.label)

    @model_validator(mode="after")
    def _check(self) -> ChoiceRow:
        problems: list[tuple[str, str]] = []
        seen: list[str] = []
        for index, option in enumerate(self.options):
            if option in seen:
                problems.append((f"options[{index + 1}]", f"「{option}」重复了"))
            seen.append(option)
            for mark in (self.checked, self.unchecked):
                if mark in option:
                    problems.append((f"options[{index + 1}]",
                                     f"选项里不能含有勾选符号「{mark}」"))
        if self.checked == self.unchecked:
            problems.append(("unchecked", "不能与 checked 相同：否则看不出勾了哪一项"))
        if problems:
            raise Problems(problems)
        return self


class NoteRow(_Section):
    """A row of text under the indicator table (偏差大或目标未完成原因分析：…).

    Some forms gather the reasons for missed targets in one row under the 总分 instead of a
    column beside each indicator. ``field = "偏差原因分析及改进措施"`` fills the row from the
    indicators' own 偏差原因分析及改进措施 (one line each, after the 三级指标 name); any other
    field reads the project file's ``自评.说明栏: {<field>: 内容}``.
    """

    label: str = Field(min_length=1, max_length=40)
    field: str = Field("", max_length=40)
    """Where the text comes from (default: ``label``)."""
    report: Literal["", "项目概况", "资金使用情况", "绩效目标", "偏差原因及改进措施", "自评结论",
                    "其他需要说明的问题"] = ""
    """The 自评报告 paragraph this row's text stands in for where the project writes none
    (:class:`perfdocs.layouts.records.NoteRow`)."""

    @property
    def key(self) -> str:
        """The ``说明栏`` key (a label printed on two lines is one name there)."""
        return note_key(self.field, self.label)


class FundRowSpec(_Section):
    """One row of the 自评表's 项目资金 block (总额, 其中：财政资金, 单位资金 …).

    Provinces print different rows: the national form 年度资金总额 / 当年财政拨款 / 上年结转资金
    / 其他资金, Sichuan's 总额 / 财政资金 / 财政专户管理资金 / 单位资金 / 其他资金. The
    amounts come from the project file's ``自评.项目资金.<field>``; the row marked ``total``
    carries the 执行率 that is scored, and the other rows must add up to it.
    """

    label: str = Field(min_length=1, max_length=40)
    """The printed row label (may hold \\n)."""
    field: str = Field("", max_length=40)
    """The row's key under ``自评.项目资金`` (default: ``label``)."""
    total: bool = False

    @property
    def key(self) -> str:
        """The project file's key of this row."""
        return row_key(self.field, self.label)


class ExtraColumn(_Section):
    """A column the national form does not have (备注 …), added to the indicator table.

    The column is inserted after the part ``after`` (by default the rightmost part of the
    indicator row: 偏差原因 on a 自评表, the 指标值 on a 申报表) with its own width; parts
    of the other rows that end where it is inserted are widened over it, so the 项目名称 value
    or the 总分 row still reach the right edge. Its values are the project file's ``备注``
    of each indicator, or ``其他栏: {<field>: …}`` for other names.
    """

    field: str = Field(min_length=1, max_length=20)
    label: str = Field("", max_length=40)
    """The heading printed (default: ``field``)."""
    width: Width = Decimal(8)
    after: str = ""


class Grade(_Section):
    """A grade (优, 良 …) and the lowest 总分 that earns it.

    ``inclusive = false`` makes the bound exclusive: some systems count exactly 90 as 良,
    so 优 needs more than 90.
    """

    name: str = Field(min_length=1)
    min: Weight
    inclusive: bool = True


class ExecutionStep(_Section):
    """One step of a stepped 执行率得分: from ``min`` percent up, the step gives ``score``.

    One province scores 执行率 100% → 10, 80–99.99% → 7, 60–79.99% → 5, below 60% → 0: four
    steps with min 100, 80, 60 and 0. ``inclusive = false`` leaves the bound itself to
    the step below (a rate of exactly 80 then earns the lower step).
    """

    min: Annotated[Dec, Field(ge=0, le=MAX_WEIGHT)]
    inclusive: bool = True
    score: Weight


class Scoring(_Section):
    """The arithmetic rules of a form (FORMS.md, "The arithmetic")."""

    execution_weight: Weight = Decimal(10)
    cap_execution_score: bool = True
    execution_rule: Literal["proportional", "steps"] = "proportional"
    """How the 执行率得分 follows from the 执行率: 执行率 × 分值, or by ``execution_steps``."""
    execution_steps: list[ExecutionStep] = []
    execution_from: Literal["printed", "exact"] = "printed"
    """Score from the 执行率 as printed (rounded) or from the exact quotient of the amounts.

    Seed 002 (Shanghai 2021) prints 13.05% yet 得分 1.3: its system scored the exact
    13.0445…%. A deployed system elsewhere scores the rounded percentage.
    """
    total_weight: Annotated[Dec, Field(gt=0, le=MAX_WEIGHT)] = Decimal(100)
    reverse_rule: Literal["ratio", "deviation"] = "ratio"
    overachievement_ratio: Annotated[Dec, Field(ge=1, le=MAX_WEIGHT)] | None = Decimal(3)
    """Warn when 实际 exceeds 指标 this many times; below 1 every indicator would warn."""
    missing_reason: Literal["error", "warning"] = "error"
    """A lost point without 偏差原因分析: an error, or a warning for old forms printed so."""
    score_above_rule: Literal["warning", "error"] = "warning"
    """A preparer's 得分 above what the rule allows (full marks for a missed target, a
    score above its tier): a warning (errors with --strict), or an error outright."""
    score_below_rule: Literal["note", "off"] = "note"
    """A 得分 below the rule's on a met target: a note (the preparer's judgement, which
    stands), or nothing where a province scores by judgement as a matter of course."""
    full_only_when_met: bool = True
    """A missed target's rule score is held one step below the 分值 where the rounding
    would make it full marks (9.68 of 10 on a whole-number form prints 9); false: rounded
    as the rounding says (9.68 → 10), where a province's rule rounds half up throughout
    (tester11 F1)."""
    strict_signs: bool = False
    """Whether 「>」/「<」 are strict: false (the default), an 实际完成值 equal to the target
    reaches it, as the real forms score it (seed 003, Shanghai 2020: 学员满意度 >90% at 90
    printed 5 of 5); true, 90 does not reach >90% (held one step below full marks, a
    偏差原因 required) where a province reads the sign strictly (tester17 F10)."""
    tiers: list[Tier] = []
    grades: list[Grade] = []
    level1_weights: dict[Annotated[str, Field(min_length=1)], Weight] = {}
    """一级指标 name → the total 分值 of its indicators, where a province fixes them (产出指标
    50 / 效益指标 30 / 满意度指标 10); empty: no check (every layout written before the key)."""
    level1_mismatch: Literal["error", "warning"] = "error"
    """A 一级指标 whose indicators add up to another 分值: an error, or a warning."""

    @model_validator(mode="after")
    def _weights(self) -> Scoring:
        """Weights and grades that fit the total: a 分值 over it could never add up."""
        problems: list[Problem] = []
        total = plain_number(self.total_weight)
        if self.execution_weight > self.total_weight:
            problems.append(("execution_weight", f"不能大于 total_weight（{total}）"))
        for index, grade in enumerate(self.grades):
            if grade.min > self.total_weight:
                problems.append((f"grades[{index + 1}].min", f"不能大于 total_weight（{total}）"))
        mins = [g.min for g in self.grades]
        if mins != sorted(mins, reverse=True):
            problems.append(("grades", "须按 min 从高到低排列"))
        problems += self._step_problems()
        problems += self._level1_problems()
        if problems:
            raise Problems(problems)
        return self

    def _level1_problems(self) -> list[Problem]:
        """Fixed 一级指标 weights that, with the 执行率 row, make the form's total: they are
        the whole split of the indicator points, so a project's other 一级 groups get none."""
        if not self.level1_weights:
            return []
        added = sum(self.level1_weights.values(), Decimal(0))
        if added + self.execution_weight == self.total_weight:
            return []
        parts = "、".join(f"{name} {plain_number(weight)}"
                         for name, weight in self.level1_weights.items())
        return [("level1_weights",
                 f"各一级指标分值（{parts}）合计 {plain_number(added)}，加上执行率的 "
                 f"{plain_number(self.execution_weight)} 分应为 total_weight"
                 f"（{plain_number(self.total_weight)}）：请列出全部一级指标及其分值",
                 ("execution_weight", "total_weight"))]

    def _step_problems(self) -> list[Problem]:
        """Steps that fit the rule and the weight: a step list the rule ignores is refused
        rather than silently unused."""
        problems: list[Problem] = []
        if self.execution_rule == "steps" and not self.execution_steps:
            problems.append(("execution_steps", "execution_rule = \"steps\" 时须列出各档"
                             "（[[…scoring.execution_steps]]）"))
        if self.execution_rule != "steps" and self.execution_steps:
            problems.append(("execution_steps", "只有 execution_rule = \"steps\" 时才按档计分："
                             "请加上这一行或删去各档"))
        weight = plain_number(self.execution_weight)
        for index, step in enumerate(self.execution_steps):
            if step.score > self.execution_weight:
                problems.append((f"execution_steps[{index + 1}].score",
                                 f"不能大于 execution_weight（{weight}）", ("execution_weight",)))
        if self.execution_steps:
            # The top step is what a fully executed budget scores: below the 分值 every
            # project would lose points it cannot win back (a weight raised to 20 while
            # the steps still top at 10). No rule seen anywhere does that on purpose.
            top_index, top = max(enumerate(self.execution_steps, start=1),
                                 key=lambda pair: (pair[1].min, pair[1].inclusive))
            if top.score < self.execution_weight:
                problems.append((f"execution_steps[{top_index}].score",
                                 f"最高一档（min = {plain_number(top.min)}）的得分"
                                 f"（{plain_number(top.score)}）应等于 execution_weight"
                                 f"（{weight}）：否则执行率 100% 也得不到满分",
                                 ("execution_weight",)))
        bounds = [(s.min, s.inclusive) for s in self.execution_steps]
        if bounds != sorted(bounds, reverse=True) or len(set(bounds)) != len(bounds):
            problems.append(("execution_steps", "须按 min 从高到低排列，且各档的 min 不能相同"))
        else:
            for index, (higher, lower) in enumerate(pairwise(self.execution_steps), start=2):
                if lower.score > higher.score:
                    problems.append((f"execution_steps[{index}].score",
                                     f"执行率更低的一档得分（{plain_number(lower.score)}）高于"
                                     f"上一档（min = {plain_number(higher.min)}，"
                                     f"{plain_number(higher.score)} 分）：各档得分应随执行率降低"
                                     "而不升高"))
        return problems



_BUILT_IN_FIELDS = frozenset({"三级指标", "年度指标值", "实际完成值", "分值", "得分",
                              "偏差原因分析及改进措施", "申报名称", "其他栏"})
"""An indicator's own keys in the project file: an extra column cannot read them
(``备注`` can: it is the one built-in key kept for a layout's extra column)."""


def _template_problem(source: str, names: Collection[str]) -> str | None:
    """Why a Jinja text of the layout cannot render, or None.

    Checked when the layout loads: the syntax, unknown filters and every variable name (a
    misspelt ``{{ yaer }}`` would otherwise fail only when a project renders, without the
    key). What a template does with its values is still the sandbox's business at render
    time (perfdocs.layouts.templating), which is also where an escape attempt is refused.
    """
    if "{" not in source:
        return None  # plain text: render_text prints it as it is
    from perfdocs.layouts.templating import simple_names

    plain = simple_names(source)
    if plain is not None and set(plain) <= set(names):
        return _trial_render(source, names)  # no Jinja needed to know it renders
    from jinja2 import TemplateSyntaxError, meta

    from perfdocs.layouts.templating import _compile, _environment

    environment = _environment()
    try:
        _compile(source)
        used = meta.find_undeclared_variables(environment.parse(source))
    except TemplateSyntaxError as exc:
        return f"模板错误：{exc.message or exc}"
    unknown = sorted(used - set(names) - set(environment.globals))
    if unknown:
        return (f"模板用了不存在的变量「{'」「'.join(unknown)}」"
                f"（可用：{'、'.join(names)}）")
    return _trial_render(source, names)


_SAMPLE = {"year": "2024", "project_name": "示例项目", "department": "示例局",
           "unit": "示例中心", "layout": "示例版式", "form": "自评表", "title": "示例表",
           "subtitle": "（2024年度）", "total": "90.00", "grade": "优"}
"""Values a layout text is tried with at load time."""


def _trial_render(source: str, names: Collection[str]) -> str | None:
    """Render ``source`` once in the sandbox with sample values: an escape attempt or a
    text that would build megabytes is refused by ``perfdocs validate`` and ``layouts``
    too, not only when a form is rendered."""
    from perfdocs.errors import RenderError
    from perfdocs.layouts.templating import render_text

    try:
        render_text(source, {n: _SAMPLE.get(n, "示例") for n in names}, where="")
    except RenderError as exc:
        return exc.message
    return None


class FormLayout(_Section):
    """One form of a layout: its texts, grid, rounding, display and scoring."""

    kind: str = ""
    builder: Literal["selfeval", "declaration", "target"] = "selfeval"
    """Which form builder lays this form out (perfdocs.forms.BUILDERS)."""
    section: Literal["自评", "申报"] = "自评"
    """The part of the project file the form prints; projects without it skip the form."""
    title: str
    subtitle: str = ""
    sheet_name: str = "{{ project_name }}"
    money_unit: Literal["元", "万元"] = "元"
    column_widths: list[Width] = Field(min_length=1, max_length=MAX_COLUMNS)
    grade_row: bool = True
    same_groups: bool = True
    """A declaration form: its 一级/二级 names are the 自评表's (2020's 目标表 uses its own)."""
    not_evaluated: list[str] = []
    """A declaration form: 一级 groups the 自评表 does not evaluate (2020: 投入与管理)."""
    template: str | None = None
    categories: dict[Annotated[str, Field(min_length=1)],
                     Annotated[list[Annotated[str, Field(min_length=1)]],
                               Field(min_length=1)]] = {}
    """一级 name → the 二级 names it accepts; a project naming another is an error (with the
    nearest name). Empty: any names (a user layout written before the key existed)."""
    header_lines: Annotated[list[Line], Field(max_length=MAX_LINES)] = []
    """Lines printed between the subtitle and the table (单位名称：… 填报日期：…)."""
    footer_lines: Annotated[list[Line], Field(max_length=MAX_LINES)] = []
    """Lines printed under the table (填报单位（盖章）/ 填报人 / 联系电话 / 填报日期)."""
    extra_columns: Annotated[list[ExtraColumn], Field(max_length=MAX_LINES)] = []
    choice_rows: Annotated[list[ChoiceRow], Field(max_length=MAX_LINES)] = []
    """Rows of tick boxes under the header rows (项目类别 ■部门预算项目 □省直专项)."""
    note_rows: Annotated[list[NoteRow], Field(max_length=MAX_LINES)] = []
    """Rows of text under the 总分 (偏差大或目标未完成原因分析, 改进措施及结果应用方案)."""
    goal_rows: Annotated[list[NoteRow], Field(max_length=MAX_LINES)] = []
    """Rows of text under the 年度总体目标 block, inside its caption (四川「项目实施内容及过程
    概述」): each a label and the project file's ``自评.说明栏.<field>``."""
    fund_rows: Annotated[list[FundRowSpec], Field(max_length=MAX_LINES)] = []
    """The 项目资金 rows, in print order; empty: the national four (labels ``total_row``,
    ``appropriation``, ``carried_over``, ``other``)."""
    fonts: FontSpec = FontSpec.model_construct()
    rounding: RoundingSet = RoundingSet.model_construct()
    display: Display = Display.model_construct()
    labels: dict[str, str] = {}
    examples: dict[Literal["nature", "category"],
                   Annotated[list[Annotated[str, Field(min_length=1, max_length=200)]],
                             Field(min_length=1, max_length=MAX_LINES)]] = {}
    """A 申报 form: example values ``perfdocs new`` writes for 项目性质/项目类别 (the first) and
    names in its hint (all): what a field holds varies by place. None: a marked example."""
    columns: dict[str, str] = {}
    scoring: Scoring = Scoring.model_construct()

    @model_validator(mode="after")
    def _check(self) -> FormLayout:
        """Everything the builder will ask of this form, checked now, at the key to edit."""
        parts = BUILDER_PARTS[self.builder]
        problems: list[Problem] = [
            *self._column_problems(parts), *self._label_problems(parts),
            *self._template_problems(parts), *self._word_template_problems(),
            *self._grade_row_problems(parts)]
        problems += self._extra_column_problems(parts)
        problems += self._row_problems()
        problems += self._level1_weight_problems()
        if problems:
            raise Problems(problems)
        return self

    def _row_problems(self) -> list[tuple[str, str]]:
        """Choice rows, note rows and a weighed 一级 name: only the 自评表 builder prints
        them, and two rows may not read the same project-file key."""
        found: list[tuple[str, str]] = []
        if self.builder != "selfeval":
            for key in ("choice_rows", "note_rows", "goal_rows", "fund_rows"):
                if getattr(self, key):
                    found.append((key, "只有自评表（builder = \"selfeval\"）印这些行"))
            if self.display.level1_name != "{name}":
                found.append(("display.level1_name",
                              "只有自评表（builder = \"selfeval\"）按此印一级指标名称"))
        keys: tuple[tuple[str, list[str]], ...] = (
            ("choice_rows", [row.key for row in self.choice_rows]),
            ("note_rows", [row.key for row in self.note_rows]),
            ("goal_rows", [row.key for row in self.goal_rows]),
            ("fund_rows", [row.key for row in self.fund_rows]))
        for key, names in keys:
            for index, name in enumerate(names):
                if name in names[:index]:
                    found.append((f"{key}[{index + 1}].field",
                                  f"「{name}」已有一行：每行取值的名称（field）须不同"))
        return found + self._fund_row_problems()

    def _level1_weight_problems(self) -> list[tuple[str, str]]:
        """Fixed 一级指标 weights: only a 自评表 has 分值, and a name must be one of the
        form's 一级 names (``categories``) when it lists them, or no project could match it."""
        weights = self.scoring.level1_weights
        if weights and self.builder != "selfeval":
            return [("scoring.level1_weights", "只有自评表（builder = \"selfeval\"）有分值："
                     "请写在自评表的 scoring 下")]
        if not self.categories:
            return []
        found: list[tuple[str, str]] = []
        for name in weights:
            if name not in self.categories:
                guess = nearest_name(name, list(self.categories))
                found.append((f"scoring.level1_weights.{name}",
                              f"「{name}」不是本表的一级指标（categories 中有："
                              f"{'、'.join(self.categories)}）"
                              + (f"：是不是「{guess}」？" if guess else "")))
        return found

    def _fund_row_problems(self) -> list[tuple[str, str]]:
        """Declared funds rows: exactly one total, the row the others add up to."""
        if not self.fund_rows:
            return []
        reserved = [(f"fund_rows[{index + 1}].field",
                     f"「{FUNDS_REASON}」是项目资金下原因栏的文字，不能作资金行的名称")
                    for index, row in enumerate(self.fund_rows) if row.key == FUNDS_REASON]
        if reserved:
            return reserved
        totals = [index for index, row in enumerate(self.fund_rows) if row.total]
        if not totals:
            return [("fund_rows", "须有一行写 total = true：执行率按这一行计分，其余各行合计为它")]
        return [(f"fund_rows[{index + 1}].total",
                 f"只能有一行是总额（第 {totals[0] + 1} 行已写 total = true）")
                for index in totals[1:]]

    def _extra_column_problems(self, parts: BuilderParts) -> list[tuple[str, str]]:
        """Extra columns must follow a placed part of the indicator row and have own names."""
        row = indicator_row(parts)
        found: list[tuple[str, str]] = []
        fields: list[str] = []
        for index, extra in enumerate(self.extra_columns):
            at = f"extra_columns[{index + 1}]"
            if extra.field in fields:
                found.append((f"{at}.field", f"「{extra.field}」已有一栏：每栏的 field 须不同"))
            elif extra.field in _BUILT_IN_FIELDS:
                # The project file keeps such a value under its own key, never under
                # 其他栏: the column would print empty for ever (the tester's finding 9).
                found.append((f"{at}.field",
                              f"「{extra.field}」是指标本来就有的一项，表上已有它的栏；"
                              "加的栏请另起名称（如 完成时间），值写在项目文件的「其他栏」下"
                              "（备注除外：写在指标的「备注」下）"))
            fields.append(extra.field)
            placed = [p for p in row if p in self.columns and p != "indicator_block"]
            if extra.after and extra.after not in placed:
                choices = "、".join(placed)
                guess = nearest_name(extra.after, placed)
                found.append((f"{at}.after", f"应为指标表一行里已放置的部分之一：{choices}"
                              f"（不是 \"{extra.after}\"）"
                              + (f"：是不是「{guess}」？" if guess else "")))
        return found

    def _column_problems(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = len(self.column_widths)
        spans: dict[str, tuple[int, int]] = {}
        for key, text in self.columns.items():
            at = f"columns.{key}"
            if key not in parts.parts:
                yield at, unknown_key(key, sorted(parts.parts))
                continue
            if not text.strip():
                continue  # "" leaves the part out (a variant dropping its parent's column)
            try:
                first, width = parse_span(text)
            except ValueError as exc:
                yield at, str(exc)
                continue
            if first + width > n:
                yield at, (f"\"{text}\" 超出了 column_widths 的 {n} 列"
                           f"（最后一列是 {column_letters(n - 1)}）")
                continue
            for row in parts.rows:
                if key not in row:
                    continue
                for other in row:
                    if other == key or other not in spans:
                        continue
                    start, size = spans[other]
                    if first < start + size and start < first + width:
                        yield at, (f"\"{text}\" 与 columns.{other} = \"{self.columns[other]}\" "
                                   "重叠：同一行里每一列只能属于一个部分")
                        break
            spans[key] = (first, width)

    def _label_problems(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Labels the form prints but the layout lacks, and label keys no form reads."""
        needed = parts.labels + (parts.grade_labels if self.grade_row else ())
        if self.fund_rows and self.builder == "selfeval":  # each declared row has its label
            needed = tuple(k for k in needed if k not in dict(NATIONAL_FUND_LABELS))
        for key in needed:
            if key not in self.labels:
                yield f"labels.{key}", "缺少标签：请写出表上印的文字"
        for key in self.labels:
            if key not in parts.all_labels:
                yield f"labels.{key}", unknown_key(key, parts.all_labels)
        for key in PLACED_LABELS:  # a column only some forms have: its heading once placed
            if key in parts.parts and (self.columns.get(key) or "").strip() \
                    and not self.labels.get(key, "").strip():
                yield f"labels.{key}", "这一栏已在 columns 中放置，缺少它的栏名：请写出表上印的文字"

    def _grade_row_problems(self, parts: BuilderParts) -> Iterator[Problem]:
        """A 评分等级 row with no columns to print in was printed empty, silently. The fault
        is between grade_row and the columns: a variant that turned grade_row on is told at
        its own line, not in its parent's [columns] it cannot see."""
        if not (self.grade_row and parts.grade_labels):
            return
        for key in ("grade_label", "grade_value"):
            if not self.columns.get(key, "").strip():
                yield (f"columns.{key}", "grade_row = true（印评分等级一行）时须写出这一行"
                       "放在哪几列，如 grade_label = \"A:B\"、grade_value = \"C:H\"；"
                       "不印这一行请写 grade_row = false", ("grade_row",))

    def _template_problems(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Jinja faults of ``title``, ``subtitle`` and ``sheet_name``."""
        for key, names in (("title", TEXT_CONTEXT), ("subtitle", TEXT_CONTEXT),
                           ("sheet_name", TEXT_CONTEXT + parts.sheet_context)):
            problem = _template_problem(getattr(self, key), names)
            if problem:
                yield key, problem

    def _word_template_problems(self) -> Iterator[tuple[str, str]]:
        """A ``template`` must name a Word file (.docx) that is there."""
        if self.template is None:
            return
        path = Path(self.template)
        if path.suffix.lower() != ".docx":
            yield "template", f"「{path.name}」不是 Word 模板：应为 .docx 文件"
        elif not path.is_file():
            yield "template", (f"找不到 Word 模板「{path.name}」：文件应放在 layout.toml 所在的"
                               "文件夹里（路径相对于该文件夹）")


class AmountChecks(_Section):
    """What a project's money plausibly is, in 元: outside it ``validate`` warns (a figure
    typed in the wrong unit), never refuses. Places fund projects of very different sizes."""

    min: Annotated[Dec, Field(ge=0)] = Decimal(1000)
    """A project's annual funds below this (but not 0) look typed in 万元 into a 元 file."""
    max: Annotated[Dec, Field(gt=0)] = Decimal("1e10")
    """Above this (100 亿元) they look typed in 元 into a 万元 file."""


class SummarySpec(_Section):
    """The official 汇总表: a title line over each project's declaration forms (seed 001)."""

    title: str = "{{ unit }}{{ year }}年度项目绩效目标汇总表"
    forms: list[str] = []
    """The forms bound under the title, in order; empty: every form of the 申报 section."""

    @model_validator(mode="after")
    def _check(self) -> SummarySpec:
        problem = _template_problem(self.title, SUMMARY_CONTEXT)
        if problem:
            raise Problems([("title", problem)])
        return self


class OverviewSpec(_Section):
    """The 项目绩效一览表 (perfdocs' own overview, one row per project): its title, its money
    unit and which columns it shows under its 申报 and 自评 headings."""

    title: str = "{{ unit }}{{ year }}年度项目绩效一览表"
    money_unit: Literal["元", "万元", ""] = ""
    """"" = the 申报表's money unit."""
    declaration: list[str] = list(OVERVIEW_DECLARATION)
    evaluation: list[str] = list(OVERVIEW_EVALUATION)
    labels: dict[str, str] = {}
    """Printed labels to replace (keys of :data:`OVERVIEW_LABELS`)."""
    totals_from: Literal["printed", "exact"] = "printed"
    """What the 合计 row adds: the rows as printed, or the exact amounts rounded once."""

    @model_validator(mode="after")
    def _check(self) -> OverviewSpec:
        problems = []
        problem = _template_problem(self.title, SUMMARY_CONTEXT)
        if problem:
            problems.append(("title", problem))
        for key, allowed in (("declaration", OVERVIEW_DECLARATION),
                             ("evaluation", OVERVIEW_EVALUATION)):
            for i, column in enumerate(getattr(self, key)):
                if column not in allowed:
                    problems.append((f"{key}[{i + 1}]", unknown_key(column, allowed)))
        for key in self.labels:
            if key not in OVERVIEW_LABELS:
                problems.append((f"labels.{key}", unknown_key(key, list(OVERVIEW_LABELS))))
        if problems:
            raise Problems(problems)
        return self


class Layout(_Section):
    """A whole layout folder."""

    name: str = Field(min_length=1)
    description: str = ""
    extends: str = ""
    """The layout this one is a variant of (perfdocs.layouts.extends); "" for a whole layout."""
    drop_forms: list[str] = []
    """Forms of the parent a variant does without (e.g. ["申报表"] for a 自评表-only variant)."""
    forms: dict[str, FormLayout] = Field(min_length=1)
    amounts: AmountChecks = AmountChecks.model_construct()
    summary: SummarySpec = SummarySpec.model_construct()
    """``[summary]``: the 汇总表 a unit hands in with its declarations."""
    overview: OverviewSpec = OverviewSpec.model_construct()
    """``[overview]``: the 项目绩效一览表."""
    folder: str = ""


def to_plain(value: Any) -> Any:
    """A checked model as the plain records of perfdocs.layouts.records (the class of the
    same name, field by field, all the way down), each form told its file."""
    from perfdocs.model.plain import to_plain

    twins = {model: getattr(plain, model.__name__)
             for model in vars(sys.modules[__name__]).values()
             if isinstance(model, type) and issubclass(model, _Section) and model is not _Section}
    found = to_plain(value, twins)
    if isinstance(found, plain.Layout):
        plain.name_files(found)
    return found


def check_chain(path: Path, search: list[Path], reads: Reads) -> plain.Layout:
    """The layout at ``path`` read, merged with its parents, checked whole and handed over
    as plain records; ``reads`` is told every file and path the reading looked at."""
    from perfdocs.layouts.extends import chain, merge

    layers = chain(path, search, reads)
    data, origins = merge(layers, reads)
    problems = _drop_forms(data, path) + _misnamed_forms(layers, data, path)
    forms = data.get("forms")
    if isinstance(forms, dict):
        for kind, form in forms.items():
            if isinstance(form, dict):
                form.setdefault("kind", kind)
    data["folder"] = str(path.parent)
    data.setdefault("name", path.parent.name)
    if len(layers) > 1:
        data.setdefault("description", f"基于 {layers[-2].path.parent.name} 的变体")
    layout = _validate_all(data, origins, path, problems)
    for checked in layout.forms.values():  # the check found each Word template there
        if checked.template is not None:
            reads.probe(Path(checked.template))
    found: plain.Layout = to_plain(layout)
    return found


def _drop_forms(data: Table, path: Path) -> list[Diagnostic]:
    """Remove the inherited forms ``drop_forms`` names; a name with no such form is a fault."""
    from perfdocs.layouts.extends import key_lines_of

    names = data.get("drop_forms") or []
    forms = data.get("forms")
    if not isinstance(names, list) or not isinstance(forms, dict):
        return []
    found: list[Diagnostic] = []
    for index, name in enumerate(names):
        if isinstance(name, str) and name in forms:
            del forms[name]
            continue
        have = "、".join(forms)
        found.append(Diagnostic(Severity.ERROR, f"没有名为「{name}」的表可删（有：{have}）",
                                str(path), key_lines_of(path).line_of(("drop_forms", index)),
                                field=f"drop_forms[{index + 1}]", rule="LayoutError"))
    return found


def _table(value: object) -> dict[str, object]:
    """``value`` when it is a TOML table, else an empty one."""
    return value if isinstance(value, dict) else {}


def _misnamed_forms(layers: tuple[Layer, ...], data: Table, path: Path) -> list[Diagnostic]:
    """A variant's form name its parents do not have, written as if to change one of theirs
    (``[forms."自评"]`` for 自评表: no ``column_widths`` of its own). Read as a new form it
    would only be reported as lacking column_widths — advice to build a whole form — so it
    is named as the slip it is, with the nearest name, and left out of the rest of the check.
    """
    import difflib

    from perfdocs.layouts.extends import key_lines_of

    if len(layers) < 2:
        return []
    inherited = [name for layer in layers[:-1]
                 for name in _table(layer.data.get("forms"))]
    own = layers[-1].data.get("forms")
    forms = data.get("forms")
    if not inherited or not isinstance(own, dict) or not isinstance(forms, dict):
        return []
    found: list[Diagnostic] = []
    for name, table in own.items():
        if name in inherited or not isinstance(table, dict) or "column_widths" in table:
            continue
        near = difflib.get_close_matches(str(name), inherited, n=1, cutoff=0.0)
        hint = f"是不是「{near[0]}」？" if near else ""
        have = "、".join(dict.fromkeys(inherited))
        found.append(Diagnostic(
            Severity.ERROR, f"所继承的版式中没有名为「{name}」的表（有：{have}）：{hint}"
            "要新加一张表，须写全它的 column_widths、columns 等", str(path),
            key_lines_of(path).line_of(("forms", name)), field=f"forms.{name}",
            rule="LayoutError"))
        forms.pop(name, None)
    return found


MAX_PASSES = 8
"""Rounds of :func:`_validate_all`; each round needs a new fault to go on, so few are used."""


def _validate_all(data: Table, origins: dict[str, Path], path: Path,
                  found: list[Diagnostic]) -> Layout:
    """The layout, or every fault of it in one report.

    pydantic stops checking a table at its first broken key (a form with a wrong rounding
    mode never has its columns and labels checked), and a table's own checks (the tiers'
    order, an extra column's ``after``, the Word template) run only once all its keys are
    valid. So each faulty value is replaced by a harmless one of its type
    (:func:`_stand_ins`) or, where none fits, its key is taken out, and the rest checked
    again until nothing new turns up: the editor gets the whole list at once instead of
    one pass per fix (a tester needed three). A fault under a key already reported is not
    repeated, nor one at a table holding a key so changed (the order of tiers one of which
    got a stand-in says nothing about the user's tiers).
    """
    import copy

    from perfdocs.layouts.checked_cache import CHECKING_CODE
    from perfdocs.loading.compiled_validators import validator

    checked = _checked(origins, path)
    checker = validator(Layout, CHECKING_CODE)  # Layout.model_validate's, kept per user
    data = copy.deepcopy(data)
    changed: set[str] = set()  # keys given a stand-in or taken out so far
    for _ in range(MAX_PASSES):
        try:
            layout: Layout = checker.validate_python(data)
        except ValidationError as exc:
            fresh = [d for d in translate(exc, checked)
                     if not any(_covers(old.field, d.field) for old in found)
                     and not any(_covers(d.field, key) for key in changed)]
            found += fresh
            stood_in = _stand_ins(data, exc)
            fields = sorted((d.field or "" for d in fresh if d.field not in stood_in),
                            reverse=True)
            removed = [f for f in fields if _remove(data, f)]
            changed |= stood_in | set(removed)
            if not fresh or not (stood_in or removed):
                break
            continue
        if not found:
            return layout
        break
    found[:] = _misspelt_extends_first(found)
    raise LayoutInvalid(found[0].file or path, found)


def _misspelt_extends_first(found: list[Diagnostic]) -> list[Diagnostic]:
    """A misspelt ``extends`` (``extend =``) leaves the variant with none of its parent's
    keys, so "forms: 缺少必填项" came first and sent the editor to write whole forms. The
    misspelling is the fault to fix: it goes first, and each missing key says why."""
    from perfdocs import records

    misspelt = [d for d in found if d.field and "." not in d.field and "「extends」" in d.message]
    if not misspelt:
        return found
    where = f"第 {misspelt[0].line} 行的" if misspelt[0].line else ""
    why = f"（多半因为{where}「{misspelt[0].field}」不是 extends，没有继承到）"
    rest = [records.replace(d, message=d.message + why)
            if d.message.endswith("缺少必填项") else d
            for d in found if d not in misspelt]
    return misspelt + rest


def _checked(origins: dict[str, Path], path: Path) -> Checked:
    """A layout as the translator reads it: each key in the file that set it (a variant's
    own keys in its file, inherited ones in the parent's), at its line there."""
    from perfdocs.layouts.extends import file_of, key_lines_of

    def file_at(loc: Loc) -> Path:
        return file_of(format_loc(loc), origins, path)

    return Checked(str(path), Layout, "toml",
                   line_of=lambda loc: key_lines_of(file_at(loc)).line_of(loc),
                   rule="LayoutError", file_of=lambda loc: str(file_at(loc)),
                   hidden=frozenset({"kind", "folder"}), meaning=_meaning)


def _meaning(loc: Loc) -> str | None:
    """What a form's ``labels.<key>`` prints or its ``columns.<key>`` places, in Chinese
    (layouts/keys.toml), shown beside the key of a fault."""
    from perfdocs.layouts.key_words import label_words, part_words

    if len(loc) == 4 and loc[0] == "forms" and isinstance(loc[3], str):
        words = {"labels": label_words, "columns": part_words}.get(str(loc[2]))
        return words().get(loc[3]) if words else None
    return None


def _stand_ins(data: Table, exc: ValidationError) -> set[str]:
    """Put a valid value of the expected kind where a key's value is wrong (a width of
    "abc" becomes 1, a tier's min of -5 becomes 0, a rounding mode the first allowed one),
    so that the checks of the table holding it run on the next pass; the fault itself is
    already reported. The fields (as messages write them) that got one."""
    from perfdocs.loading.source import format_loc

    done: set[str] = set()
    for error in exc.errors():
        loc = tuple(part for part in error["loc"] if part != "[key]")
        ctx = error.get("ctx") or {}
        if isinstance(ctx.get("error"), Problems) and len(loc) > 2:
            # A sub-table's own check failed (the tiers of [scoring]): its faults are
            # reported; without the table (its defaults apply) the form's checks can run.
            if _remove(data, format_loc(loc)):
                done.add(format_loc(loc))
            continue
        declared = _declared(loc)
        if not loc or declared is None or not declared[0]:
            continue  # a key with a default is taken out instead: the default applies
        value = _stand_in(error["type"], ctx, error.get("input"), declared[1])
        if value is _NONE:
            continue
        node: object = data
        for part in loc[:-1]:
            if isinstance(node, dict) and isinstance(part, str) and part in node:  # noqa: SIM114 (each branch narrows its own type)
                node = node[part]
            elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
                node = node[part]
            else:
                node = None
                break
        last = loc[-1]
        if isinstance(node, dict) and isinstance(last, str) and last in node:  # noqa: SIM114 (each branch narrows its own type)
            node[last] = value
        elif isinstance(node, list) and isinstance(last, int) and 0 <= last < len(node):
            node[last] = value
        else:
            continue
        done.add(format_loc(loc))
    return done


_NONE = object()
"""No stand-in: the key is taken out instead."""


def _declared(loc: tuple[str | int, ...]) -> tuple[bool, Any] | None:
    """(whether the key is required, its declared type) at ``loc`` of the Layout model
    (Annotated and Optional unwrapped), or None where the model says nothing plain."""
    import typing

    from perfdocs.loading.validation_messages import field_at, unwrap_type

    info = field_at(Layout, loc)
    if info is not None:
        return info.is_required(), unwrap_type(info.annotation)
    if loc and isinstance(loc[-1], int):  # an item of a list (a width of column_widths)
        holder = field_at(Layout, loc[:-1])
        args = typing.get_args(unwrap_type(holder.annotation)) if holder is not None else ()
        return (True, unwrap_type(args[0])) if args else None
    return None


def _stand_in(kind: str, ctx: dict[str, Any], given: object, declared: Any) -> object:
    """A valid value for a required key whose value pydantic refused with ``kind``, the
    user's own number where one can be read from it ("80%" → 80, so a later message about
    the table shows what they wrote), else a plain one; :data:`_NONE` when none fits."""
    import re

    if kind in ("greater_than_equal", "less_than_equal"):
        bound = ctx.get("ge", ctx.get("le"))
        return bound if isinstance(bound, (int, float, Decimal)) else _NONE
    if kind == "greater_than" and isinstance(ctx.get("gt"), (int, float, Decimal)):
        return ctx["gt"] + 1
    if kind == "less_than" and isinstance(ctx.get("lt"), (int, float, Decimal)):
        return ctx["lt"] - 1
    if kind == "literal_error":
        first = re.match(r"\s*'([^']*)'", str(ctx.get("expected", "")))
        return first[1] if first else _NONE
    if declared in (Decimal, int, float):
        found = re.search(r"-?\d+(?:\.\d+)?", str(given))
        number = Decimal(found[0]) if found else Decimal(1)
        return int(number) if declared is int and number == int(number) else number
    if declared is bool:
        return False
    if declared is str:
        return ""
    return _NONE


def _covers(old: str | None, new: str | None) -> bool:
    """Whether a fault at ``new`` lies at or under one already reported at ``old``."""
    if not old or not new:
        return old == new
    return new == old or new.startswith(old + ".") or new.startswith(old + "[")


def _remove(data: Table, field: str | None) -> bool:
    """Take the key at ``field`` out of ``data`` (True when there was one to take).

    Only table keys are taken out: without one, the key's default applies. Taking out an
    item of a list (a width of ``column_widths``) would change what the rest means.
    """
    if not field:
        return False
    parts = key_loc(field)
    node: TomlValue = data
    for part in parts[:-1]:
        if isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):  # noqa: SIM114 (each branch narrows its own type)
            node = node[part]
        elif isinstance(node, dict) and isinstance(part, str) and part in node:
            node = node[part]
        else:
            return False
    last = parts[-1] if parts else None
    if isinstance(node, dict) and isinstance(last, str) and last in node:
        del node[last]  # a list item stays: the others would shift
        return True
    return False


"""A layout as plain records: what every consumer of a layout holds.

A checked layout (perfdocs.layouts.checking) is handed over as these frozen records —
the same fields as the checking models, with the methods the builders call, and no
pydantic — and kept per user as they are (perfdocs.layouts.checked_cache), so a process
that renders with a kept layout imports neither pydantic nor the checking models. The
names the builders place and print (:data:`BUILDER_PARTS`) and the grid arithmetic live
here too: the check and the builders read the same description.
perfdocs.layouts.layout re-exports every public name.
"""

from __future__ import annotations

from collections.abc import Collection
from decimal import Decimal
from pathlib import Path

from perfdocs.errors import LayoutError
from perfdocs.model.numbers import Rounding
from perfdocs.model.plain import Plain
from perfdocs.records import Record as FieldRecord

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any, ClassVar, Literal, dataclass_transform

    from perfdocs.model.numbers import RoundingMode
else:
    def dataclass_transform(**_: object) -> object:
        """Only for type checkers: no ``typing`` machinery at run time."""
        return lambda cls: cls

LAYOUT_FILE = "layout.toml"
_INSTALLED_TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
_SOURCE_TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
PACKAGE_TEMPLATES = _INSTALLED_TEMPLATES if _INSTALLED_TEMPLATES.is_dir() else _SOURCE_TEMPLATES
"""The layouts that ship with perfdocs: ``perfdocs/templates`` in a wheel or a plain install
(setup.py copies them there), the repository's ``templates/`` folder in a source checkout
or an editable install."""

INDICATOR_REASONS = "偏差原因分析及改进措施"
"""A note row whose ``field`` is this gathers the indicators' own 偏差原因分析及改进措施."""


def row_key(field: str, label: str) -> str:
    """The project-file key of a choice or funds row: its ``field``, else its label."""
    return field or label


def note_key(field: str, label: str) -> str:
    """The ``说明栏`` key of a note row (a label printed on two lines is one name there)."""
    return field or label.replace("\n", "")


NATIONAL_FUND_LABELS = (("total_row", "年度资金总额"), ("appropriation", "当年财政拨款"),
                        ("carried_over", "上年结转资金"), ("other", "其他资金"))
"""The national 自评表's funds rows: label key → project-file name (the total first)."""
FUND_ROW_KEYS = {"年度资金总额": "total", "当年财政拨款": "appropriation",
                 "上年结转资金": "carried_over", "其他资金": "other"}
"""The calculator's key of a national row (a declared row keeps its own name)."""


_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _column_letters(text: str) -> bool:
    """Whether ``text`` is column letters (a pattern's ``[A-Z]+``, without compiling one)."""
    return bool(text) and _LETTERS.issuperset(text)


def column_index(letters: str) -> int:
    """"A" → 0, "Z" → 25, "AA" → 26."""
    index = 0
    for ch in letters:
        index = index * 26 + (ord(ch) - 64)
    return index - 1


def column_letters(index: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA" (the inverse of :func:`column_index`), for messages."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def parse_span(text: str) -> tuple[int, int]:
    """"B:D" → (1, 3): the first column and how many columns the part spans."""
    parts = text.strip().upper().split(":")
    if len(parts) > 2 or not all(_column_letters(part) for part in parts):
        raise ValueError(f"「{text}」不是列范围，应写成 \"B\" 或 \"B:D\"")
    first = column_index(parts[0])
    last = column_index(parts[1]) if len(parts) == 2 else first
    if last < first:
        raise ValueError(f"列范围「{text}」倒过来了")
    return first, last - first + 1


class BuilderParts(FieldRecord, frozen=True, slots=True):
    """What one form builder reads from a layout: the labels it prints and its grid rows.

    The builders (perfdocs.forms.selfeval, .declaration, .target) place each part on a grid
    row by name. A layout is checked against this description when it loads, so a typo in
    a key, a missing label or two parts sharing a grid position is reported at its key
    instead of failing (or silently printing nothing) while a project renders.
    tests/test_layout_errors.py records what the builders really place and asks for, so
    this description cannot drift from them.
    """

    labels: tuple[str, ...]
    """Labels the builder always prints: a layout must spell each one."""
    optional_labels: tuple[str, ...]
    """Labels printed only when the layout has them (a blank one leaves the part out)."""
    rows: tuple[tuple[str, ...], ...]
    """Parts that share grid rows (a rowspan counts): no two of a group may overlap."""
    grade_labels: tuple[str, ...] = ()
    """Labels required only when the form has its 评分等级 row (``grade_row = true``)."""
    sheet_context: tuple[str, ...] = ("title", "subtitle")
    """Names ``sheet_name`` may use on top of :data:`TEXT_CONTEXT`."""

    @property
    def parts(self) -> frozenset[str]:
        """Every part name the builder places (the keys ``[columns]`` may hold)."""
        return frozenset(part for row in self.rows for part in row)

    @property
    def all_labels(self) -> tuple[str, ...]:
        """Every label key the builder reads (the keys ``[labels]`` may hold)."""
        return self.labels + self.grade_labels + self.optional_labels


_LEVELS = ("level1", "level2", "level3", "target")
TARGET_PARTS = ("target_sign", "target_value", "target_unit")
"""The 年度指标值 in three columns (指标性质 ≥ | 指标值 95 | 度量单位 %): placed, they print the
target's comparator, figure and unit apart (Sichuan's form)."""
PLACED_LABELS = ("funds_reason", *TARGET_PARTS)
"""Labels a layout must write once it places their part (a column only some forms have)."""
FUNDS_REASON = "原因"
"""The key under ``自评.项目资金`` of the text printed in the ``funds_reason`` column."""

BUILDER_PARTS: dict[str, BuilderParts] = {
    "selfeval": BuilderParts(
        labels=("project_name", "department", "unit", "funds", "initial", "budget",
                "executed", "execution_weight", "rate", "execution_score", "total_row",
                "appropriation", "carried_over", "other", "goals", "expected", "achieved",
                *_LEVELS, "actual", "weight", "score", "reason", "total"),
        grade_labels=("grade",),
        optional_labels=("indicator_block", "funds_row_heading", *PLACED_LABELS),
        rows=(("project_label", "project_value"),
              ("department_label", "department_value", "unit_label", "unit_value"),
              ("choice_label", "choice_value"),
              ("funds_label", "funds_row_label", "initial", "budget", "executed",
               "execution_weight", "rate", "execution_score", "funds_reason"),
              ("goals_label", "expected", "achieved"),
              ("goals_label", "goal_row_label", "goal_row_value"),
              ("indicator_block", *_LEVELS, *TARGET_PARTS, "actual", "weight", "score",
               "reason"),
              ("total_label", "total_weight", "total_score", "total_rest"),
              ("grade_label", "grade_value"),
              ("note_label", "note_value")),
        sheet_context=("title", "subtitle", "total", "grade"),
    ),
    "declaration": BuilderParts(
        labels=("project_name", "nature", "category", "department", "unit", "start", "end",
                "funds", "project_total", "project_fiscal", "project_other", "annual_total",
                "appropriation", "carried_over", "other", "goals", "overall_goal",
                "annual_goal", *_LEVELS),
        optional_labels=("indicator_block",),
        rows=(("project_label", "project_value", "nature_label", "nature_value",
               "category_label", "category_value"),
              ("department_label", "department_value", "unit_label", "unit_value"),
              ("start_label", "start_value", "end_label", "end_value"),
              ("funds_label", "project_funds_label", "project_funds_value",
               "annual_funds_label", "annual_funds_value"),
              ("goals_label", "overall_goal", "annual_goal"),
              ("indicator_block", *_LEVELS)),
    ),
    "target": BuilderParts(
        labels=("applicant", "project_name", "category", "start", "end",
                "government_purchase", "performance_type", "funds_title", "project_total",
                "year_budget", "last_year_budget", "last_year_executed", "targets_title",
                *_LEVELS),
        optional_labels=("overview", "basis", "necessity", "measures", "plan", "goal"),
        rows=(("header_label", "header_value"),
              ("pair_left_label", "pair_left_value", "pair_right_label", "pair_right_value"),
              ("section_label",), ("section_text",), ("funds_title",), ("targets_title",),
              _LEVELS),
    ),
}
"""builder name (``builder = "…"`` of a form) → what it reads from the layout."""

SPAN_FALLBACK = {"choice_label": "project_label", "choice_value": "project_value",
                 "note_label": "project_label", "note_value": "project_value",
                 "goal_row_label": "expected", "goal_row_value": "achieved"}
"""Parts placed where another part is when the layout does not place them."""


def indicator_row(parts: BuilderParts) -> tuple[str, ...]:
    """The parts of a builder's indicator row (the row group holding 三级指标)."""
    return next(row for row in parts.rows if "level3" in row)


TEXT_CONTEXT: tuple[str, ...] = ("year", "project_name", "department", "unit", "layout", "form")
"""The names a form's ``title`` and ``subtitle`` may use (``{{ year }}`` …)."""


@dataclass_transform(kw_only_default=True, frozen_default=True)
class Record(Plain):
    """A layout record (perfdocs.model.plain's frozen twin) that code can also make itself:
    ``NumberStyle(places=0)``, ``FundRowSpec(label=…)``, the defaults those of the checking
    model, declared as the values of the annotated class attributes."""

    _defaults: ClassVar[dict[str, Any]] = {}
    """Field name → default; a field without one is required."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        defaults: dict[str, Any] = {}
        for klass in reversed(cls.__mro__):
            defaults.update((name, value) for name, value in vars(klass).items()
                            if name in cls._fields)
        cls._defaults = defaults

    def __init__(self, **values: Any) -> None:
        given = set(values)
        for name in self._fields:
            if name in values:
                continue
            if name not in self._defaults:
                raise TypeError(f"{type(self).__name__}: {name} is required")
            default = self._defaults[name]  # a list or dict default is the record's own
            values[name] = type(default)(default) if isinstance(default, list | dict) \
                else default
        if len(values) != len(self._fields):
            unknown = sorted(set(values) - set(self._fields))
            raise TypeError(f"{type(self).__name__} has no field {', '.join(unknown)}")
        self._fill({name: values[name] for name in self._fields}, given, None)


def _private(record: Record) -> dict[str, Any]:
    """What a record keeps beside its fields (a form's file, its worked-out grid), as
    pydantic keeps private attributes: never compared, never part of its ``repr``."""
    private = record.__pydantic_private__
    if private is None:
        private = {}
        object.__setattr__(record, "__pydantic_private__", private)
    return private


class RoundingSpec(Record):
    """Places and mode of one kind of figure."""

    places: int = 2
    mode: RoundingMode = "half_up"

    def rounding(self) -> Rounding:
        return Rounding(self.places, self.mode)


class RoundingSet(Record):
    """Rounding for every kind of computed figure of a form."""

    money: RoundingSpec = RoundingSpec()
    rate: RoundingSpec = RoundingSpec(mode="down")
    execution_score: RoundingSpec = RoundingSpec()
    score: RoundingSpec = RoundingSpec()
    total: RoundingSpec = RoundingSpec()


class NumberStyle(Record):
    """How a figure reads: places shown, thousands separators, trailing zeros, suffix."""

    places: int = 2
    thousands: bool = False
    trim: bool = False
    """Drop trailing zeros (the 2020 form prints 10, 9.5, 7.2)."""
    suffix: str = ""
    """Printed after the figure, e.g. "%" for a rate."""


class Display(Record):
    money: NumberStyle = NumberStyle(thousands=True)
    rate: NumberStyle = NumberStyle()
    score: NumberStyle = NumberStyle()
    weight: NumberStyle = NumberStyle()
    not_applicable: str = "-"
    sub_row_rate: bool = True
    """Print the 执行率 of the 其中 rows too (the 2020/2021 forms leave it blank)."""
    sub_row_score: str | None = None
    """What the 其中 rows print under 得分 (default: ``not_applicable``)."""
    zero_budget_rate: str | None = None
    """What a row whose 全年预算数 is 0 prints under 执行率, whose quotient is undefined
    (default: 0 in the ``rate`` style, as seed 000 prints 0.00; national-2020: "—")."""
    level1_name: str = "{name}"
    """How a 一级指标 name is printed: ``{name}`` is the name, ``{weight}`` the sum of its
    indicators' 分值 (computed by the calculator, printed in the ``weight`` style).
    Hubei's 自评表 prints 产出指标（50分）: ``"{name}（{weight}分）"``."""

    @property
    def sub_row_score_text(self) -> str:
        """What a 其中 row prints under 得分: ``sub_row_score``, else ``not_applicable``
        (the form builder's cell, and the workbench's copy of it)."""
        return self.not_applicable if self.sub_row_score is None else self.sub_row_score


class FontSpec(Record):
    family: str = "宋体"
    latin: str = ""
    """Digits and Latin letters in Word (e.g. Times New Roman, as printed forms use)."""
    title_size: Decimal = Decimal(18)
    subtitle_size: Decimal = Decimal(12)
    body_size: Decimal = Decimal(10)


class Tier(Record):
    """A qualitative tier: the words that name it, its score range (percent of 分值)."""

    name: str
    words: list[str] = []
    min: Decimal
    max: Decimal
    suggest: Decimal


class LineItem(Record):
    """One ``label：value`` of a header or footer line (填报人：张三)."""

    label: str
    field: str = ""
    """Where the value comes from: the project's 填报信息, perfdocs.toml [unit], or the
    project header (实施单位, 主管部门 …); "" prints the label with room to write by hand."""


Line = list[LineItem]


class ChoiceRow(Record):
    """A row of tick boxes in the form's header (项目类别 □部门预算项目 ☑省直专项 …).

    The options are the layout's; which are ticked comes from the project file's
    ``勾选: {<field>: 选项}`` (a list when ``multiple``). A builder prints the row as plain
    text — each option with the ``checked`` or ``unchecked`` mark — so every output format
    shows the same characters and ``perfdocs import`` reads them back.
    """

    label: str
    field: str = ""
    """The key under the project file's ``勾选`` (default: ``label``)."""
    options: list[str]
    multiple: bool = False
    """Whether more than one option may be ticked."""
    checked: str = "■"
    """The mark of a ticked option. The public forms print ☑, which the usual Chinese
    fonts (宋体, AR PL UMing) lack, so a PDF would refuse it; ■ prints everywhere."""
    unchecked: str = "□"
    mark: Literal["before", "after"] = "before"
    """The mark before the option (□新增项目) or after it (新增项目□)."""
    separator: str = "　"
    """Printed between two options (a full-width space)."""

    @property
    def key(self) -> str:
        """The project file's key for this row's choice."""
        return row_key(self.field, self.label)

    def text(self, chosen: Collection[str]) -> str:
        """The printed row: every option with its mark, in the layout's order."""
        items = []
        for option in self.options:
            mark = self.checked if option in chosen else self.unchecked
            items.append(f"{mark}{option}" if self.mark == "before" else f"{option}{mark}")
        return self.separator.join(items)


class NoteRow(Record):
    """A row of text under the indicator table (偏差大或目标未完成原因分析：…).

    Some forms gather the reasons for missed targets in one row under the 总分 instead of a
    column beside each indicator. ``field = "偏差原因分析及改进措施"`` fills the row from the
    indicators' own 偏差原因分析及改进措施 (one line each, after the 三级指标 name); any other
    field reads the project file's ``自评.说明栏: {<field>: 内容}``.
    """

    label: str
    field: str = ""
    """Where the text comes from (default: ``label``)."""
    report: str = ""
    """The 自评报告 paragraph (项目概况, 自评结论 …) this row's text stands in for where the
    project file writes none under 自评.自评报告: what a clerk typed into the form is not
    replaced by a sentence generated from the figures."""

    @property
    def key(self) -> str:
        """The ``说明栏`` key (a label printed on two lines is one name there)."""
        return note_key(self.field, self.label)

    @property
    def gathers_reasons(self) -> bool:
        """Whether the row prints the indicators' own deviation reasons."""
        return self.key == INDICATOR_REASONS


class FundRowSpec(Record):
    """One row of the 自评表's 项目资金 block (总额, 其中：财政资金, 单位资金 …).

    Provinces print different rows: the national form 年度资金总额 / 当年财政拨款 / 上年结转资金
    / 其他资金, Sichuan's 总额 / 财政资金 / 财政专户管理资金 / 单位资金 / 其他资金. The
    amounts come from the project file's ``自评.项目资金.<field>``; the row marked ``total``
    carries the 执行率 that is scored, and the other rows must add up to it.
    """

    label: str
    """The printed row label (may hold \\n)."""
    field: str = ""
    """The row's key under ``自评.项目资金`` (default: ``label``)."""
    total: bool = False

    @property
    def key(self) -> str:
        """The project file's key of this row."""
        return row_key(self.field, self.label)

    @property
    def line_key(self) -> str:
        """The calculator's name of the row (``total`` for the total row)."""
        return "total" if self.total else FUND_ROW_KEYS.get(self.key, self.key)


class ExtraColumn(Record):
    """A column the national form does not have (备注 …), added to the indicator table.

    The column is inserted after the part ``after`` (by default the rightmost part of the
    indicator row: 偏差原因 on a 自评表, the 指标值 on a 申报表) with its own width; parts
    of the other rows that end where it is inserted are widened over it, so the 项目名称 value
    or the 总分 row still reach the right edge. Its values are the project file's ``备注``
    of each indicator, or ``其他栏: {<field>: …}`` for other names.
    """

    field: str
    label: str = ""
    """The heading printed (default: ``field``)."""
    width: Decimal = Decimal(8)
    after: str = ""

    @property
    def heading(self) -> str:
        return self.label or self.field

    @property
    def part(self) -> str:
        """The part name the builders place the column's cells under."""
        return f"extra:{self.field}"


class Grade(Record):
    """A grade (优, 良 …) and the lowest 总分 that earns it.

    ``inclusive = false`` makes the bound exclusive: some systems count exactly 90 as 良,
    so 优 needs more than 90.
    """

    name: str
    min: Decimal
    inclusive: bool = True

    def reached_by(self, total: Decimal) -> bool:
        """Whether ``total`` earns this grade (its bound counted or not, as the layout says)."""
        return total >= self.min if self.inclusive else total > self.min


class ExecutionStep(Record):
    """One step of a stepped 执行率得分: from ``min`` percent up, the step gives ``score``.

    One province scores 执行率 100% → 10, 80–99.99% → 7, 60–79.99% → 5, below 60% → 0: four
    steps with min 100, 80, 60 and 0. ``inclusive = false`` leaves the bound itself to
    the step below (a rate of exactly 80 then earns the lower step).
    """

    min: Decimal
    inclusive: bool = True
    score: Decimal

    def reached_by(self, rate: Decimal) -> bool:
        """Whether a 执行率 (percent) falls in this step or above it."""
        return rate >= self.min if self.inclusive else rate > self.min


class Scoring(Record):
    """The arithmetic rules of a form (FORMS.md, "The arithmetic")."""

    execution_weight: Decimal = Decimal(10)
    cap_execution_score: bool = True
    execution_rule: Literal["proportional", "steps"] = "proportional"
    """How the 执行率得分 follows from the 执行率: 执行率 × 分值, or by ``execution_steps``."""
    execution_steps: list[ExecutionStep] = []
    execution_from: Literal["printed", "exact"] = "printed"
    """Score from the 执行率 as printed (rounded) or from the exact quotient of the amounts.

    Seed 002 (Shanghai 2021) prints 13.05% yet 得分 1.3: its system scored the exact
    13.0445…%. A deployed system elsewhere scores the rounded percentage.
    """
    total_weight: Decimal = Decimal(100)
    reverse_rule: Literal["ratio", "deviation"] = "ratio"
    overachievement_ratio: Decimal | None = Decimal(3)
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
    level1_weights: dict[str, Decimal] = {}
    """一级指标 name → the total 分值 of its indicators, where a province fixes them (产出指标
    50 / 效益指标 30 / 满意度指标 10); empty: no check (every layout written before the key)."""
    level1_mismatch: Literal["error", "warning"] = "error"
    """A 一级指标 whose indicators add up to another 分值: an error, or a warning."""

    def grade(self, total: Decimal) -> str:
        """The first grade whose bound ``total`` reaches ("" when none is defined)."""
        for grade in self.grades:
            if grade.reached_by(total):
                return grade.name
        return ""

    def step_score(self, rate: Decimal) -> Decimal:
        """The 执行率得分 of a stepped rule: the first step the rate reaches, else 0."""
        for step in self.execution_steps:
            if step.reached_by(rate):
                return step.score
        return Decimal(0)


class FormLayout(Record):
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
    column_widths: list[Decimal]
    grade_row: bool = True
    same_groups: bool = True
    """A declaration form: its 一级/二级 names are the 自评表's (2020's 目标表 uses its own)."""
    not_evaluated: list[str] = []
    """A declaration form: 一级 groups the 自评表 does not evaluate (2020: 投入与管理)."""
    template: str | None = None
    categories: dict[str, list[str]] = {}
    """一级 name → the 二级 names it accepts; a project naming another is an error (with the
    nearest name). Empty: any names (a user layout written before the key existed)."""
    header_lines: list[Line] = []
    """Lines printed between the subtitle and the table (单位名称：… 填报日期：…)."""
    footer_lines: list[Line] = []
    """Lines printed under the table (填报单位（盖章）/ 填报人 / 联系电话 / 填报日期)."""
    extra_columns: list[ExtraColumn] = []
    choice_rows: list[ChoiceRow] = []
    """Rows of tick boxes under the header rows (项目类别 ■部门预算项目 □省直专项)."""
    note_rows: list[NoteRow] = []
    """Rows of text under the 总分 (偏差大或目标未完成原因分析, 改进措施及结果应用方案)."""
    goal_rows: list[NoteRow] = []
    """Rows of text under the 年度总体目标 block, inside its caption (四川「项目实施内容及过程
    概述」): each a label and the project file's ``自评.说明栏.<field>``."""
    fund_rows: list[FundRowSpec] = []
    """The 项目资金 rows, in print order; empty: the national four (labels ``total_row``,
    ``appropriation``, ``carried_over``, ``other``)."""
    fonts: FontSpec = FontSpec()
    rounding: RoundingSet = RoundingSet()
    display: Display = Display()
    labels: dict[str, str] = {}
    examples: dict[Literal["nature", "category"], list[str]] = {}
    """A 申报 form: example values ``perfdocs new`` writes for 项目性质/项目类别 (the first) and
    names in its hint (all): what a field holds varies by place. None: a marked example."""
    columns: dict[str, str] = {}
    scoring: Scoring = Scoring()

    @property
    def _file(self) -> str | None:
        """The layout.toml this form was read from (set by :class:`Layout`), for messages.

        Kept beside the fields, as pydantic keeps a private attribute: not compared, and
        carried by :meth:`replace`."""
        file: str | None = _private(self).get("file")
        return file

    def replace(self, **changes: Any) -> FormLayout:
        """A copy with ``changes``; it still names its file (its grid is worked out anew)."""
        changed = super().replace(**changes)
        _private(changed)["file"] = self._file
        return changed

    def funds_rows(self) -> tuple[FundRowSpec, ...]:
        """The 项目资金 rows this form prints, in order: the layout's ``fund_rows``, or the
        national four with their labels from ``labels``."""
        if self.fund_rows:
            return tuple(self.fund_rows)
        return tuple(FundRowSpec(label=self.label(key), field=name, total=key == "total_row")
                     for key, name in NATIONAL_FUND_LABELS)

    def total_fund_key(self) -> str:
        """The project-file name of the 项目资金 row the others add up to (年度资金总额)."""
        return next(spec.key for spec in self.funds_rows() if spec.total)

    def grid(self) -> tuple[tuple[Decimal, ...], dict[str, tuple[int, int]]]:
        """(column widths, part → (first column, width)) with the extra columns inserted.

        Each extra column goes right after its ``after`` part. Parts of the indicator row
        keep their columns (the new column is its own cell there); a part of another row
        that crosses the insertion point or ends just before it is widened over the new
        column, so the rows above and the 总分 row still span the whole table.
        """
        private = _private(self)  # worked out once: the builders ask for every part
        if "grid" in private:
            kept: tuple[tuple[Decimal, ...], dict[str, tuple[int, int]]] = private["grid"]
            return kept
        widths = list(self.column_widths)
        spans = {key: parse_span(text) for key, text in self.columns.items() if text.strip()}
        row = set(indicator_row(BUILDER_PARTS[self.builder]))
        for extra in self.extra_columns:
            after = extra.after or max((p for p in row if p in spans and p != "indicator_block"),
                                       key=lambda p: sum(spans[p]))
            first, width = spans[after]
            at = first + width
            widths.insert(at, extra.width)
            for key, (start, size) in spans.items():
                last = start + size - 1
                if start >= at:
                    spans[key] = (start + 1, size)
                elif last >= at or (last == at - 1 and key not in row):
                    spans[key] = (start, size + 1)
            spans[extra.part] = (at, 1)
            row.add(extra.part)
        grid = private["grid"] = (tuple(widths), spans)
        return grid

    @property
    def grid_widths(self) -> tuple[Decimal, ...]:
        """The widths of the grid the form is built on (extra columns included)."""
        return self.grid()[0] if self.extra_columns else tuple(self.column_widths)

    def label(self, key: str) -> str:
        """The printed label for ``key``.

        Loading checked every label the builders print, so a miss here means a builder
        asks for a label :data:`BUILDER_PARTS` does not list; it still names file and key.
        """
        try:
            return self.labels[key]
        except KeyError:
            raise LayoutError("缺少标签：请写出表上印的文字", file=self._file,
                              field=f"forms.{self.kind}.labels.{key}") from None

    def span(self, key: str) -> tuple[int, int] | None:
        """(first column, width) of a part, or None when the layout leaves it out.

        The parts of choice and note rows fall back to the 项目名称 row's columns
        (:data:`SPAN_FALLBACK`), so a layout adding such rows need not place them."""
        found = self._own_span(key)
        if found is None and key in SPAN_FALLBACK and key not in self.columns:
            return self._own_span(SPAN_FALLBACK[key])
        return found

    def _own_span(self, key: str) -> tuple[int, int] | None:
        if self.extra_columns:
            return self.grid()[1].get(key)
        text = self.columns.get(key)
        return parse_span(text) if text and text.strip() else None



class AmountChecks(Record):
    """What a project's money plausibly is, in 元: outside it ``validate`` warns (a figure
    typed in the wrong unit), never refuses. Places fund projects of very different sizes."""

    min: Decimal = Decimal(1000)
    """A project's annual funds below this (but not 0) look typed in 万元 into a 元 file."""
    max: Decimal = Decimal("1e10")
    """Above this (100 亿元) they look typed in 元 into a 万元 file."""


SUMMARY_CONTEXT = ("unit", "year", "layout")
"""Fields the 汇总表's and the 项目绩效一览表's titles may use."""
OVERVIEW_DECLARATION = ("nature", "category", "annual", "indicators")
OVERVIEW_EVALUATION = ("budget", "executed", "rate", "total", "grade")
OVERVIEW_LABELS = {
    "number": "序号", "name": "项目名称", "nature": "项目性质", "category": "项目类别",
    "annual": "年度资金申请总额\n（{unit}）", "indicator_total": "指标合计",
    "budget": "全年预算数\n（{unit}）", "executed": "全年执行数\n（{unit}）",
    "rate": "执行率(%)", "total": "总分",
    "grade": "评分等级", "totals": "合计",
    "declaration": "绩效目标申报", "evaluation": "绩效自评",
}
"""The 一览表's printed labels by key; ``{unit}`` is the money unit."""


class SummarySpec(Record):
    """The official 汇总表: a title line over each project's declaration forms (seed 001)."""

    title: str = "{{ unit }}{{ year }}年度项目绩效目标汇总表"
    forms: list[str] = []
    """The forms bound under the title, in order; empty: every form of the 申报 section."""


class OverviewSpec(Record):
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
    """What the 合计 row adds: the rows' amounts as printed (so the column foots when a
    reader adds it), or the exact amounts (in 元), rounded once. Its 执行率 is that of the
    exact sums either way, as each row's is."""

    def label(self, key: str, unit: str) -> str:
        """The printed label of ``key`` with the money unit filled in."""
        return self.labels.get(key, OVERVIEW_LABELS[key]).replace("{unit}", unit)


class Layout(Record):
    """A whole layout folder."""

    name: str
    description: str = ""
    extends: str = ""
    """The layout this one is a variant of (perfdocs.layouts.extends); "" for a whole layout."""
    drop_forms: list[str] = []
    """Forms of the parent a variant does without (e.g. ["申报表"] for a 自评表-only variant)."""
    forms: dict[str, FormLayout]
    amounts: AmountChecks = AmountChecks()
    summary: SummarySpec = SummarySpec()
    """``[summary]``: the 汇总表 a unit hands in with its declarations."""
    overview: OverviewSpec = OverviewSpec()
    """``[overview]``: the 项目绩效一览表."""
    folder: str = ""

    def __init__(self, **values: Any) -> None:
        super().__init__(**values)
        name_files(self)

    def form(self, kind: str) -> FormLayout:
        """The layout of one form, or a LayoutError naming the forms there are."""
        try:
            return self.forms[kind]
        except KeyError:
            have = "、".join(self.forms) or "无"
            raise LayoutError(f"版式「{self.name}」没有「{kind}」（有：{have}）",
                              file=Path(self.folder) / LAYOUT_FILE) from None


def name_files(layout: Layout) -> None:
    """Tell each form of ``layout`` its layout.toml, so an error raised later (a label a
    builder asks for, :meth:`FormLayout.label`) still names the file."""
    if layout.folder:
        for form in layout.forms.values():
            _private(form)["file"] = str(Path(layout.folder) / LAYOUT_FILE)


def selfeval_form(layout: Layout) -> FormLayout | None:
    """The layout's 自评表 (the form built by ``selfeval``), if it has one."""
    return next((f for f in layout.forms.values() if f.builder == "selfeval"), None)


def nearest_name(typed: str, names: list[str]) -> str | None:
    """The name of ``names`` a mistyped ``typed`` most likely meant (nationa-2020 →
    national-2020, Shanghai-2024 → shanghai-2024), if one is close enough."""
    import difflib

    folded = {name.lower(): name for name in names}
    typed = typed.strip().lower()
    # A layout is a place's form: 「henan-2026」 is not a mistyped 「yunnan-2022」, nor
    # 「hubei-2019」 a mistyped 「hebei-2019」 (tester8 #13). The same place's other years
    # come first; another place only when its name is nearly the one typed (a typo).
    place = typed.split("-", 1)[0]
    same = [name for name in folded if name.split("-", 1)[0] == place]
    found = difflib.get_close_matches(typed, same or list(folded), n=1, cutoff=0.6)
    if not found:
        return None
    other = found[0].split("-", 1)[0]
    if "-" in typed and "-" in found[0] and other != place \
            and difflib.SequenceMatcher(None, place, other).ratio() < 0.85:
        return None  # (a form's name, 自平表 → 自评表, has no place to compare)
    return folded[found[0]]

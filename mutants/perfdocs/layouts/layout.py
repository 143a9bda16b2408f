"""Layouts as data: ``templates/<name>/layout.toml`` describes a form's labels and arithmetic.

Forms change from year to year and from province to province. Everything that differs — the
title and year line, the money unit, label spellings (分数 vs 分值), where each part sits on
the grid, rounding places and modes, the scoring rules and the grades — is read from the
layout folder, so a new year is a copied folder, not new code. The folder may also hold
Word templates (``<form>.docx``) the docx renderer picks up.

A layout is checked whole when it is read: every number, every column span, every label a
form prints and every Jinja text. The people who edit layout.toml are not the people who
render with it, so a fault must surface when the layout is loaded (``perfdocs layouts``,
``perfdocs validate``), named by the file and the key to edit
(``…/layout.toml: 错误 forms.自评表.columns.level2: …``), and never later as a crash or as a
message that blames the project file. The builders and renderers may then rely on a layout
that loaded.
"""

from __future__ import annotations

import difflib
import re
import tomllib
import types
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    model_validator,
)
from pydantic_core import ErrorDetails

from perfdocs.errors import Diagnostic, LayoutError, LayoutInvalid, Severity
from perfdocs.model.numbers import Rounding, RoundingMode

LAYOUT_FILE = "layout.toml"
PACKAGE_TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
"""The layouts that ship with perfdocs (the repository's ``templates/`` folder)."""

MAX_WEIGHT = 1000
"""Largest 分值 a layout may name (total_weight, execution_weight, a grade's min): forms are
scored out of 100; the bound only catches a slipped digit."""
MAX_COLUMNS = 64
"""Most grid columns a form may have (the printed forms have 8–10)."""
MAX_WIDTH = 1000
"""Largest relative column width; widths are proportions, so the bound catches typos only."""
MAX_FONT_SIZE = 100
"""Largest font size in points (a form's title is 18)."""


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁ_Problemsǁ__init____mutmut: MutantDict = {}  # type: ignore


class _Problems(ValueError):
    """Faults found by a model validator, each at a key below the model's own key path.

    pydantic files a validator's ``ValueError`` under the model's path (``forms.自评表``) and
    keeps the exception, so :func:`_diagnostics` can append each fault's sub-path
    (``columns.level2``) and report every fault on its own line, at the key to edit.
    """

    @_mutmut_mutated(mutants_xǁ_Problemsǁ__init____mutmut)
    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__("；".join(f"{key}: {message}" for key, message in problems))
        self.problems = problems

    def xǁ_Problemsǁ__init____mutmut_orig(self, problems: list[tuple[str, str]]) -> None:
        super().__init__("；".join(f"{key}: {message}" for key, message in problems))
        self.problems = problems

    def xǁ_Problemsǁ__init____mutmut_1(self, problems: list[tuple[str, str]]) -> None:
        super().__init__(None)
        self.problems = problems

    def xǁ_Problemsǁ__init____mutmut_2(self, problems: list[tuple[str, str]]) -> None:
        super().__init__("；".join(None))
        self.problems = problems

    def xǁ_Problemsǁ__init____mutmut_3(self, problems: list[tuple[str, str]]) -> None:
        super().__init__("XX；XX".join(f"{key}: {message}" for key, message in problems))
        self.problems = problems

    def xǁ_Problemsǁ__init____mutmut_4(self, problems: list[tuple[str, str]]) -> None:
        super().__init__("；".join(f"{key}: {message}" for key, message in problems))
        self.problems = None

mutants_xǁ_Problemsǁ__init____mutmut['_mutmut_orig'] = _Problems.xǁ_Problemsǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Problemsǁ__init____mutmut['xǁ_Problemsǁ__init____mutmut_1'] = _Problems.xǁ_Problemsǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Problemsǁ__init____mutmut['xǁ_Problemsǁ__init____mutmut_2'] = _Problems.xǁ_Problemsǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Problemsǁ__init____mutmut['xǁ_Problemsǁ__init____mutmut_3'] = _Problems.xǁ_Problemsǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Problemsǁ__init____mutmut['xǁ_Problemsǁ__init____mutmut_4'] = _Problems.xǁ_Problemsǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_x__decimal__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__decimal__mutmut)
def _decimal(value: Any) -> Decimal:
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


def x__decimal__mutmut_orig(value: Any) -> Decimal:
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


def x__decimal__mutmut_1(value: Any) -> Decimal:
    """A TOML number or quoted number as an exact Decimal.

    TOML floats are refused: ``0.1`` would already be a binary fraction, while a quoted
    ``"0.1"`` stays exact. Text that is not a finite number is a layout fault, reported at
    its key (Decimal itself would raise InvalidOperation, which is no user message).
    """
    if isinstance(value, bool) and not isinstance(value, (int, str, Decimal)):
        raise ValueError("应为整数或用引号写的小数（如 \"2.5\"）")
    try:
        number = Decimal(value.strip() if isinstance(value, str) else value)
    except InvalidOperation:
        raise ValueError("应为数字") from None
    if not number.is_finite():
        raise ValueError("应为数字")
    return number


def x__decimal__mutmut_2(value: Any) -> Decimal:
    """A TOML number or quoted number as an exact Decimal.

    TOML floats are refused: ``0.1`` would already be a binary fraction, while a quoted
    ``"0.1"`` stays exact. Text that is not a finite number is a layout fault, reported at
    its key (Decimal itself would raise InvalidOperation, which is no user message).
    """
    if isinstance(value, bool) or isinstance(value, (int, str, Decimal)):
        raise ValueError("应为整数或用引号写的小数（如 \"2.5\"）")
    try:
        number = Decimal(value.strip() if isinstance(value, str) else value)
    except InvalidOperation:
        raise ValueError("应为数字") from None
    if not number.is_finite():
        raise ValueError("应为数字")
    return number


def x__decimal__mutmut_3(value: Any) -> Decimal:
    """A TOML number or quoted number as an exact Decimal.

    TOML floats are refused: ``0.1`` would already be a binary fraction, while a quoted
    ``"0.1"`` stays exact. Text that is not a finite number is a layout fault, reported at
    its key (Decimal itself would raise InvalidOperation, which is no user message).
    """
    if isinstance(value, bool) or not isinstance(value, (int, str, Decimal)):
        raise ValueError(None)
    try:
        number = Decimal(value.strip() if isinstance(value, str) else value)
    except InvalidOperation:
        raise ValueError("应为数字") from None
    if not number.is_finite():
        raise ValueError("应为数字")
    return number


def x__decimal__mutmut_4(value: Any) -> Decimal:
    """A TOML number or quoted number as an exact Decimal.

    TOML floats are refused: ``0.1`` would already be a binary fraction, while a quoted
    ``"0.1"`` stays exact. Text that is not a finite number is a layout fault, reported at
    its key (Decimal itself would raise InvalidOperation, which is no user message).
    """
    if isinstance(value, bool) or not isinstance(value, (int, str, Decimal)):
        raise ValueError("XX应为整数或用引号写的小数（如 \"2.5\"）XX")
    try:
        number = Decimal(value.strip() if isinstance(value, str) else value)
    except InvalidOperation:
        raise ValueError("应为数字") from None
    if not number.is_finite():
        raise ValueError("应为数字")
    return number


def x__decimal__mutmut_5(value: Any) -> Decimal:
    """A TOML number or quoted number as an exact Decimal.

    TOML floats are refused: ``0.1`` would already be a binary fraction, while a quoted
    ``"0.1"`` stays exact. Text that is not a finite number is a layout fault, reported at
    its key (Decimal itself would raise InvalidOperation, which is no user message).
    """
    if isinstance(value, bool) or not isinstance(value, (int, str, Decimal)):
        raise ValueError("应为整数或用引号写的小数（如 \"2.5\"）")
    try:
        number = None
    except InvalidOperation:
        raise ValueError("应为数字") from None
    if not number.is_finite():
        raise ValueError("应为数字")
    return number


def x__decimal__mutmut_6(value: Any) -> Decimal:
    """A TOML number or quoted number as an exact Decimal.

    TOML floats are refused: ``0.1`` would already be a binary fraction, while a quoted
    ``"0.1"`` stays exact. Text that is not a finite number is a layout fault, reported at
    its key (Decimal itself would raise InvalidOperation, which is no user message).
    """
    if isinstance(value, bool) or not isinstance(value, (int, str, Decimal)):
        raise ValueError("应为整数或用引号写的小数（如 \"2.5\"）")
    try:
        number = Decimal(None)
    except InvalidOperation:
        raise ValueError("应为数字") from None
    if not number.is_finite():
        raise ValueError("应为数字")
    return number


def x__decimal__mutmut_7(value: Any) -> Decimal:
    """A TOML number or quoted number as an exact Decimal.

    TOML floats are refused: ``0.1`` would already be a binary fraction, while a quoted
    ``"0.1"`` stays exact. Text that is not a finite number is a layout fault, reported at
    its key (Decimal itself would raise InvalidOperation, which is no user message).
    """
    if isinstance(value, bool) or not isinstance(value, (int, str, Decimal)):
        raise ValueError("应为整数或用引号写的小数（如 \"2.5\"）")
    try:
        number = Decimal(value.strip() if (isinstance(value, str)) and False else value)
    except InvalidOperation:
        raise ValueError("应为数字") from None
    if not number.is_finite():
        raise ValueError("应为数字")
    return number


def x__decimal__mutmut_8(value: Any) -> Decimal:
    """A TOML number or quoted number as an exact Decimal.

    TOML floats are refused: ``0.1`` would already be a binary fraction, while a quoted
    ``"0.1"`` stays exact. Text that is not a finite number is a layout fault, reported at
    its key (Decimal itself would raise InvalidOperation, which is no user message).
    """
    if isinstance(value, bool) or not isinstance(value, (int, str, Decimal)):
        raise ValueError("应为整数或用引号写的小数（如 \"2.5\"）")
    try:
        number = Decimal(value.strip() if (isinstance(value, str)) or True else value)
    except InvalidOperation:
        raise ValueError("应为数字") from None
    if not number.is_finite():
        raise ValueError("应为数字")
    return number


def x__decimal__mutmut_9(value: Any) -> Decimal:
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
        raise ValueError(None) from None
    if not number.is_finite():
        raise ValueError("应为数字")
    return number


def x__decimal__mutmut_10(value: Any) -> Decimal:
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
        raise ValueError("XX应为数字XX") from None
    if not number.is_finite():
        raise ValueError("应为数字")
    return number


def x__decimal__mutmut_11(value: Any) -> Decimal:
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
    if number.is_finite():
        raise ValueError("应为数字")
    return number


def x__decimal__mutmut_12(value: Any) -> Decimal:
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
        raise ValueError(None)
    return number


def x__decimal__mutmut_13(value: Any) -> Decimal:
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
        raise ValueError("XX应为数字XX")
    return number

mutants_x__decimal__mutmut['_mutmut_orig'] = x__decimal__mutmut_orig # type: ignore # mutmut generated
mutants_x__decimal__mutmut['x__decimal__mutmut_1'] = x__decimal__mutmut_1 # type: ignore # mutmut generated
mutants_x__decimal__mutmut['x__decimal__mutmut_2'] = x__decimal__mutmut_2 # type: ignore # mutmut generated
mutants_x__decimal__mutmut['x__decimal__mutmut_3'] = x__decimal__mutmut_3 # type: ignore # mutmut generated
mutants_x__decimal__mutmut['x__decimal__mutmut_4'] = x__decimal__mutmut_4 # type: ignore # mutmut generated
mutants_x__decimal__mutmut['x__decimal__mutmut_5'] = x__decimal__mutmut_5 # type: ignore # mutmut generated
mutants_x__decimal__mutmut['x__decimal__mutmut_6'] = x__decimal__mutmut_6 # type: ignore # mutmut generated
mutants_x__decimal__mutmut['x__decimal__mutmut_7'] = x__decimal__mutmut_7 # type: ignore # mutmut generated
mutants_x__decimal__mutmut['x__decimal__mutmut_8'] = x__decimal__mutmut_8 # type: ignore # mutmut generated
mutants_x__decimal__mutmut['x__decimal__mutmut_9'] = x__decimal__mutmut_9 # type: ignore # mutmut generated
mutants_x__decimal__mutmut['x__decimal__mutmut_10'] = x__decimal__mutmut_10 # type: ignore # mutmut generated
mutants_x__decimal__mutmut['x__decimal__mutmut_11'] = x__decimal__mutmut_11 # type: ignore # mutmut generated
mutants_x__decimal__mutmut['x__decimal__mutmut_12'] = x__decimal__mutmut_12 # type: ignore # mutmut generated
mutants_x__decimal__mutmut['x__decimal__mutmut_13'] = x__decimal__mutmut_13 # type: ignore # mutmut generated


Dec = Annotated[Decimal, BeforeValidator(_decimal)]
Width = Annotated[Decimal, BeforeValidator(_decimal), Field(gt=0, le=MAX_WIDTH)]
FontSize = Annotated[Decimal, BeforeValidator(_decimal), Field(gt=0, le=MAX_FONT_SIZE)]
Weight = Annotated[Decimal, BeforeValidator(_decimal), Field(ge=0, le=MAX_WEIGHT)]
mutants_x__plain__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__plain__mutmut)
def _plain(value: Any) -> str:
    """A bound or weight as written in layout.toml: 100, not 100.0 or Decimal('100')."""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


def x__plain__mutmut_orig(value: Any) -> str:
    """A bound or weight as written in layout.toml: 100, not 100.0 or Decimal('100')."""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


def x__plain__mutmut_1(value: Any) -> str:
    """A bound or weight as written in layout.toml: 100, not 100.0 or Decimal('100')."""
    if isinstance(value, Decimal):
        return format(None, "f")
    return str(value)


def x__plain__mutmut_2(value: Any) -> str:
    """A bound or weight as written in layout.toml: 100, not 100.0 or Decimal('100')."""
    if isinstance(value, Decimal):
        return format(value.normalize(), None)
    return str(value)


def x__plain__mutmut_3(value: Any) -> str:
    """A bound or weight as written in layout.toml: 100, not 100.0 or Decimal('100')."""
    if isinstance(value, Decimal):
        return format("f")
    return str(value)


def x__plain__mutmut_4(value: Any) -> str:
    """A bound or weight as written in layout.toml: 100, not 100.0 or Decimal('100')."""
    if isinstance(value, Decimal):
        return format(value.normalize(), )
    return str(value)


def x__plain__mutmut_5(value: Any) -> str:
    """A bound or weight as written in layout.toml: 100, not 100.0 or Decimal('100')."""
    if isinstance(value, Decimal):
        return format(value.normalize(), "XXfXX")
    return str(value)


def x__plain__mutmut_6(value: Any) -> str:
    """A bound or weight as written in layout.toml: 100, not 100.0 or Decimal('100')."""
    if isinstance(value, Decimal):
        return format(value.normalize(), "F")
    return str(value)


def x__plain__mutmut_7(value: Any) -> str:
    """A bound or weight as written in layout.toml: 100, not 100.0 or Decimal('100')."""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(None)

mutants_x__plain__mutmut['_mutmut_orig'] = x__plain__mutmut_orig # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_1'] = x__plain__mutmut_1 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_2'] = x__plain__mutmut_2 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_3'] = x__plain__mutmut_3 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_4'] = x__plain__mutmut_4 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_5'] = x__plain__mutmut_5 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_6'] = x__plain__mutmut_6 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_7'] = x__plain__mutmut_7 # type: ignore # mutmut generated


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
mutants_xǁRoundingSpecǁrounding__mutmut: MutantDict = {}  # type: ignore


class RoundingSpec(_Section):
    """Places and mode of one kind of figure."""

    places: int = Field(2, ge=0, le=6)
    mode: RoundingMode = "half_up"

    @_mutmut_mutated(mutants_xǁRoundingSpecǁrounding__mutmut)
    def rounding(self) -> Rounding:
        return Rounding(self.places, self.mode)

    def xǁRoundingSpecǁrounding__mutmut_orig(self) -> Rounding:
        return Rounding(self.places, self.mode)

    def xǁRoundingSpecǁrounding__mutmut_1(self) -> Rounding:
        return Rounding(None, self.mode)

    def xǁRoundingSpecǁrounding__mutmut_2(self) -> Rounding:
        return Rounding(self.places, None)

    def xǁRoundingSpecǁrounding__mutmut_3(self) -> Rounding:
        return Rounding(self.mode)

    def xǁRoundingSpecǁrounding__mutmut_4(self) -> Rounding:
        return Rounding(self.places, )

mutants_xǁRoundingSpecǁrounding__mutmut['_mutmut_orig'] = RoundingSpec.xǁRoundingSpecǁrounding__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRoundingSpecǁrounding__mutmut['xǁRoundingSpecǁrounding__mutmut_1'] = RoundingSpec.xǁRoundingSpecǁrounding__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRoundingSpecǁrounding__mutmut['xǁRoundingSpecǁrounding__mutmut_2'] = RoundingSpec.xǁRoundingSpecǁrounding__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRoundingSpecǁrounding__mutmut['xǁRoundingSpecǁrounding__mutmut_3'] = RoundingSpec.xǁRoundingSpecǁrounding__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRoundingSpecǁrounding__mutmut['xǁRoundingSpecǁrounding__mutmut_4'] = RoundingSpec.xǁRoundingSpecǁrounding__mutmut_4 # type: ignore # mutmut generated


class RoundingSet(_Section):
    """Rounding for every kind of computed figure of a form."""

    money: RoundingSpec = RoundingSpec()
    rate: RoundingSpec = RoundingSpec(mode="down")
    execution_score: RoundingSpec = RoundingSpec()
    score: RoundingSpec = RoundingSpec()
    total: RoundingSpec = RoundingSpec()


class NumberStyle(_Section):
    """How a figure reads: places shown, thousands separators, trailing zeros, suffix."""

    places: int = Field(2, ge=0, le=6)
    thousands: bool = False
    trim: bool = False
    """Drop trailing zeros (the 2020 form prints 10, 9.5, 7.2)."""
    suffix: str = ""
    """Printed after the figure, e.g. "%" for a rate."""


class Display(_Section):
    money: NumberStyle = NumberStyle(thousands=True)
    rate: NumberStyle = NumberStyle()
    score: NumberStyle = NumberStyle()
    weight: NumberStyle = NumberStyle()
    not_applicable: str = "-"
    sub_row_rate: bool = True
    """Print the 执行率 of the 其中 rows too (the 2020/2021 forms leave it blank)."""
    sub_row_score: str | None = None
    """What the 其中 rows print under 得分 (default: ``not_applicable``)."""


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


class Grade(_Section):
    """A grade (优, 良 …) and the lowest 总分 that earns it."""

    name: str = Field(min_length=1)
    min: Weight
mutants_xǁScoringǁgrade__mutmut: MutantDict = {}  # type: ignore


class Scoring(_Section):
    """The arithmetic rules of a form (FORMS.md, "The arithmetic")."""

    execution_weight: Weight = Decimal(10)
    cap_execution_score: bool = True
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
    tiers: list[Tier] = []
    grades: list[Grade] = []

    @model_validator(mode="after")
    def _weights(self) -> Scoring:
        """Weights and grades that fit the total: a 分值 over it could never add up."""
        problems: list[tuple[str, str]] = []
        total = _plain(self.total_weight)
        if self.execution_weight > self.total_weight:
            problems.append(("execution_weight", f"不能大于 total_weight（{total}）"))
        for index, grade in enumerate(self.grades):
            if grade.min > self.total_weight:
                problems.append((f"grades[{index + 1}].min", f"不能大于 total_weight（{total}）"))
        mins = [g.min for g in self.grades]
        if mins != sorted(mins, reverse=True):
            problems.append(("grades", "须按 min 从高到低排列"))
        if problems:
            raise _Problems(problems)
        return self

    @_mutmut_mutated(mutants_xǁScoringǁgrade__mutmut)
    def grade(self, total: Decimal) -> str:
        """The first grade whose minimum ``total`` reaches ("" when none is defined)."""
        for grade in self.grades:
            if total >= grade.min:
                return grade.name
        return ""

    def xǁScoringǁgrade__mutmut_orig(self, total: Decimal) -> str:
        """The first grade whose minimum ``total`` reaches ("" when none is defined)."""
        for grade in self.grades:
            if total >= grade.min:
                return grade.name
        return ""

    def xǁScoringǁgrade__mutmut_1(self, total: Decimal) -> str:
        """The first grade whose minimum ``total`` reaches ("" when none is defined)."""
        for grade in self.grades:
            if total > grade.min:
                return grade.name
        return ""

    def xǁScoringǁgrade__mutmut_2(self, total: Decimal) -> str:
        """The first grade whose minimum ``total`` reaches ("" when none is defined)."""
        for grade in self.grades:
            if total >= grade.min:
                return grade.name
        return "XXXX"

mutants_xǁScoringǁgrade__mutmut['_mutmut_orig'] = Scoring.xǁScoringǁgrade__mutmut_orig # type: ignore # mutmut generated
mutants_xǁScoringǁgrade__mutmut['xǁScoringǁgrade__mutmut_1'] = Scoring.xǁScoringǁgrade__mutmut_1 # type: ignore # mutmut generated
mutants_xǁScoringǁgrade__mutmut['xǁScoringǁgrade__mutmut_2'] = Scoring.xǁScoringǁgrade__mutmut_2 # type: ignore # mutmut generated


_COLS = re.compile(r"^([A-Z]+)(?::([A-Z]+))?$")
mutants_x_column_index__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_column_index__mutmut)
def column_index(letters: str) -> int:
    """"A" → 0, "Z" → 25, "AA" → 26."""
    index = 0
    for ch in letters:
        index = index * 26 + (ord(ch) - 64)
    return index - 1


def x_column_index__mutmut_orig(letters: str) -> int:
    """"A" → 0, "Z" → 25, "AA" → 26."""
    index = 0
    for ch in letters:
        index = index * 26 + (ord(ch) - 64)
    return index - 1


def x_column_index__mutmut_1(letters: str) -> int:
    """"A" → 0, "Z" → 25, "AA" → 26."""
    index = None
    for ch in letters:
        index = index * 26 + (ord(ch) - 64)
    return index - 1


def x_column_index__mutmut_2(letters: str) -> int:
    """"A" → 0, "Z" → 25, "AA" → 26."""
    index = 1
    for ch in letters:
        index = index * 26 + (ord(ch) - 64)
    return index - 1


def x_column_index__mutmut_3(letters: str) -> int:
    """"A" → 0, "Z" → 25, "AA" → 26."""
    index = 0
    for ch in letters:
        index = None
    return index - 1


def x_column_index__mutmut_4(letters: str) -> int:
    """"A" → 0, "Z" → 25, "AA" → 26."""
    index = 0
    for ch in letters:
        index = index * 26 - (ord(ch) - 64)
    return index - 1


def x_column_index__mutmut_5(letters: str) -> int:
    """"A" → 0, "Z" → 25, "AA" → 26."""
    index = 0
    for ch in letters:
        index = index / 26 + (ord(ch) - 64)
    return index - 1


def x_column_index__mutmut_6(letters: str) -> int:
    """"A" → 0, "Z" → 25, "AA" → 26."""
    index = 0
    for ch in letters:
        index = index * 27 + (ord(ch) - 64)
    return index - 1


def x_column_index__mutmut_7(letters: str) -> int:
    """"A" → 0, "Z" → 25, "AA" → 26."""
    index = 0
    for ch in letters:
        index = index * 26 + (ord(ch) + 64)
    return index - 1


def x_column_index__mutmut_8(letters: str) -> int:
    """"A" → 0, "Z" → 25, "AA" → 26."""
    index = 0
    for ch in letters:
        index = index * 26 + (ord(None) - 64)
    return index - 1


def x_column_index__mutmut_9(letters: str) -> int:
    """"A" → 0, "Z" → 25, "AA" → 26."""
    index = 0
    for ch in letters:
        index = index * 26 + (ord(ch) - 65)
    return index - 1


def x_column_index__mutmut_10(letters: str) -> int:
    """"A" → 0, "Z" → 25, "AA" → 26."""
    index = 0
    for ch in letters:
        index = index * 26 + (ord(ch) - 64)
    return index + 1


def x_column_index__mutmut_11(letters: str) -> int:
    """"A" → 0, "Z" → 25, "AA" → 26."""
    index = 0
    for ch in letters:
        index = index * 26 + (ord(ch) - 64)
    return index - 2

mutants_x_column_index__mutmut['_mutmut_orig'] = x_column_index__mutmut_orig # type: ignore # mutmut generated
mutants_x_column_index__mutmut['x_column_index__mutmut_1'] = x_column_index__mutmut_1 # type: ignore # mutmut generated
mutants_x_column_index__mutmut['x_column_index__mutmut_2'] = x_column_index__mutmut_2 # type: ignore # mutmut generated
mutants_x_column_index__mutmut['x_column_index__mutmut_3'] = x_column_index__mutmut_3 # type: ignore # mutmut generated
mutants_x_column_index__mutmut['x_column_index__mutmut_4'] = x_column_index__mutmut_4 # type: ignore # mutmut generated
mutants_x_column_index__mutmut['x_column_index__mutmut_5'] = x_column_index__mutmut_5 # type: ignore # mutmut generated
mutants_x_column_index__mutmut['x_column_index__mutmut_6'] = x_column_index__mutmut_6 # type: ignore # mutmut generated
mutants_x_column_index__mutmut['x_column_index__mutmut_7'] = x_column_index__mutmut_7 # type: ignore # mutmut generated
mutants_x_column_index__mutmut['x_column_index__mutmut_8'] = x_column_index__mutmut_8 # type: ignore # mutmut generated
mutants_x_column_index__mutmut['x_column_index__mutmut_9'] = x_column_index__mutmut_9 # type: ignore # mutmut generated
mutants_x_column_index__mutmut['x_column_index__mutmut_10'] = x_column_index__mutmut_10 # type: ignore # mutmut generated
mutants_x_column_index__mutmut['x_column_index__mutmut_11'] = x_column_index__mutmut_11 # type: ignore # mutmut generated
mutants_x_column_letters__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_column_letters__mutmut)
def column_letters(index: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA" (the inverse of :func:`column_index`), for messages."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def x_column_letters__mutmut_orig(index: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA" (the inverse of :func:`column_index`), for messages."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def x_column_letters__mutmut_1(index: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA" (the inverse of :func:`column_index`), for messages."""
    letters = None
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def x_column_letters__mutmut_2(index: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA" (the inverse of :func:`column_index`), for messages."""
    letters = "XXXX"
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def x_column_letters__mutmut_3(index: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA" (the inverse of :func:`column_index`), for messages."""
    letters = ""
    index = 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def x_column_letters__mutmut_4(index: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA" (the inverse of :func:`column_index`), for messages."""
    letters = ""
    index -= 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def x_column_letters__mutmut_5(index: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA" (the inverse of :func:`column_index`), for messages."""
    letters = ""
    index += 2
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def x_column_letters__mutmut_6(index: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA" (the inverse of :func:`column_index`), for messages."""
    letters = ""
    index += 1
    while index:
        index, rest = None
        letters = chr(65 + rest) + letters
    return letters


def x_column_letters__mutmut_7(index: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA" (the inverse of :func:`column_index`), for messages."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(None, 26)
        letters = chr(65 + rest) + letters
    return letters


def x_column_letters__mutmut_8(index: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA" (the inverse of :func:`column_index`), for messages."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, None)
        letters = chr(65 + rest) + letters
    return letters


def x_column_letters__mutmut_9(index: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA" (the inverse of :func:`column_index`), for messages."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(26)
        letters = chr(65 + rest) + letters
    return letters


def x_column_letters__mutmut_10(index: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA" (the inverse of :func:`column_index`), for messages."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, )
        letters = chr(65 + rest) + letters
    return letters


def x_column_letters__mutmut_11(index: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA" (the inverse of :func:`column_index`), for messages."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index + 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def x_column_letters__mutmut_12(index: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA" (the inverse of :func:`column_index`), for messages."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 2, 26)
        letters = chr(65 + rest) + letters
    return letters


def x_column_letters__mutmut_13(index: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA" (the inverse of :func:`column_index`), for messages."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 27)
        letters = chr(65 + rest) + letters
    return letters


def x_column_letters__mutmut_14(index: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA" (the inverse of :func:`column_index`), for messages."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = None
    return letters


def x_column_letters__mutmut_15(index: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA" (the inverse of :func:`column_index`), for messages."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) - letters
    return letters


def x_column_letters__mutmut_16(index: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA" (the inverse of :func:`column_index`), for messages."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(None) + letters
    return letters


def x_column_letters__mutmut_17(index: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA" (the inverse of :func:`column_index`), for messages."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 - rest) + letters
    return letters


def x_column_letters__mutmut_18(index: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA" (the inverse of :func:`column_index`), for messages."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(66 + rest) + letters
    return letters

mutants_x_column_letters__mutmut['_mutmut_orig'] = x_column_letters__mutmut_orig # type: ignore # mutmut generated
mutants_x_column_letters__mutmut['x_column_letters__mutmut_1'] = x_column_letters__mutmut_1 # type: ignore # mutmut generated
mutants_x_column_letters__mutmut['x_column_letters__mutmut_2'] = x_column_letters__mutmut_2 # type: ignore # mutmut generated
mutants_x_column_letters__mutmut['x_column_letters__mutmut_3'] = x_column_letters__mutmut_3 # type: ignore # mutmut generated
mutants_x_column_letters__mutmut['x_column_letters__mutmut_4'] = x_column_letters__mutmut_4 # type: ignore # mutmut generated
mutants_x_column_letters__mutmut['x_column_letters__mutmut_5'] = x_column_letters__mutmut_5 # type: ignore # mutmut generated
mutants_x_column_letters__mutmut['x_column_letters__mutmut_6'] = x_column_letters__mutmut_6 # type: ignore # mutmut generated
mutants_x_column_letters__mutmut['x_column_letters__mutmut_7'] = x_column_letters__mutmut_7 # type: ignore # mutmut generated
mutants_x_column_letters__mutmut['x_column_letters__mutmut_8'] = x_column_letters__mutmut_8 # type: ignore # mutmut generated
mutants_x_column_letters__mutmut['x_column_letters__mutmut_9'] = x_column_letters__mutmut_9 # type: ignore # mutmut generated
mutants_x_column_letters__mutmut['x_column_letters__mutmut_10'] = x_column_letters__mutmut_10 # type: ignore # mutmut generated
mutants_x_column_letters__mutmut['x_column_letters__mutmut_11'] = x_column_letters__mutmut_11 # type: ignore # mutmut generated
mutants_x_column_letters__mutmut['x_column_letters__mutmut_12'] = x_column_letters__mutmut_12 # type: ignore # mutmut generated
mutants_x_column_letters__mutmut['x_column_letters__mutmut_13'] = x_column_letters__mutmut_13 # type: ignore # mutmut generated
mutants_x_column_letters__mutmut['x_column_letters__mutmut_14'] = x_column_letters__mutmut_14 # type: ignore # mutmut generated
mutants_x_column_letters__mutmut['x_column_letters__mutmut_15'] = x_column_letters__mutmut_15 # type: ignore # mutmut generated
mutants_x_column_letters__mutmut['x_column_letters__mutmut_16'] = x_column_letters__mutmut_16 # type: ignore # mutmut generated
mutants_x_column_letters__mutmut['x_column_letters__mutmut_17'] = x_column_letters__mutmut_17 # type: ignore # mutmut generated
mutants_x_column_letters__mutmut['x_column_letters__mutmut_18'] = x_column_letters__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_span__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_span__mutmut)
def parse_span(text: str) -> tuple[int, int]:
    """"B:D" → (1, 3): the first column and how many columns the part spans."""
    match = _COLS.match(text.strip().upper())
    if not match:
        raise ValueError(f"「{text}」不是列范围，应写成 \"B\" 或 \"B:D\"")
    first = column_index(match[1])
    last = column_index(match[2]) if match[2] else first
    if last < first:
        raise ValueError(f"列范围「{text}」倒过来了")
    return first, last - first + 1


def x_parse_span__mutmut_orig(text: str) -> tuple[int, int]:
    """"B:D" → (1, 3): the first column and how many columns the part spans."""
    match = _COLS.match(text.strip().upper())
    if not match:
        raise ValueError(f"「{text}」不是列范围，应写成 \"B\" 或 \"B:D\"")
    first = column_index(match[1])
    last = column_index(match[2]) if match[2] else first
    if last < first:
        raise ValueError(f"列范围「{text}」倒过来了")
    return first, last - first + 1


def x_parse_span__mutmut_1(text: str) -> tuple[int, int]:
    """"B:D" → (1, 3): the first column and how many columns the part spans."""
    match = None
    if not match:
        raise ValueError(f"「{text}」不是列范围，应写成 \"B\" 或 \"B:D\"")
    first = column_index(match[1])
    last = column_index(match[2]) if match[2] else first
    if last < first:
        raise ValueError(f"列范围「{text}」倒过来了")
    return first, last - first + 1


def x_parse_span__mutmut_2(text: str) -> tuple[int, int]:
    """"B:D" → (1, 3): the first column and how many columns the part spans."""
    match = _COLS.match(None)
    if not match:
        raise ValueError(f"「{text}」不是列范围，应写成 \"B\" 或 \"B:D\"")
    first = column_index(match[1])
    last = column_index(match[2]) if match[2] else first
    if last < first:
        raise ValueError(f"列范围「{text}」倒过来了")
    return first, last - first + 1


def x_parse_span__mutmut_3(text: str) -> tuple[int, int]:
    """"B:D" → (1, 3): the first column and how many columns the part spans."""
    match = _COLS.match(text.strip().lower())
    if not match:
        raise ValueError(f"「{text}」不是列范围，应写成 \"B\" 或 \"B:D\"")
    first = column_index(match[1])
    last = column_index(match[2]) if match[2] else first
    if last < first:
        raise ValueError(f"列范围「{text}」倒过来了")
    return first, last - first + 1


def x_parse_span__mutmut_4(text: str) -> tuple[int, int]:
    """"B:D" → (1, 3): the first column and how many columns the part spans."""
    match = _COLS.match(text.strip().upper())
    if match:
        raise ValueError(f"「{text}」不是列范围，应写成 \"B\" 或 \"B:D\"")
    first = column_index(match[1])
    last = column_index(match[2]) if match[2] else first
    if last < first:
        raise ValueError(f"列范围「{text}」倒过来了")
    return first, last - first + 1


def x_parse_span__mutmut_5(text: str) -> tuple[int, int]:
    """"B:D" → (1, 3): the first column and how many columns the part spans."""
    match = _COLS.match(text.strip().upper())
    if not match:
        raise ValueError(None)
    first = column_index(match[1])
    last = column_index(match[2]) if match[2] else first
    if last < first:
        raise ValueError(f"列范围「{text}」倒过来了")
    return first, last - first + 1


def x_parse_span__mutmut_6(text: str) -> tuple[int, int]:
    """"B:D" → (1, 3): the first column and how many columns the part spans."""
    match = _COLS.match(text.strip().upper())
    if not match:
        raise ValueError(f"「{text}」不是列范围，应写成 \"B\" 或 \"B:D\"")
    first = None
    last = column_index(match[2]) if match[2] else first
    if last < first:
        raise ValueError(f"列范围「{text}」倒过来了")
    return first, last - first + 1


def x_parse_span__mutmut_7(text: str) -> tuple[int, int]:
    """"B:D" → (1, 3): the first column and how many columns the part spans."""
    match = _COLS.match(text.strip().upper())
    if not match:
        raise ValueError(f"「{text}」不是列范围，应写成 \"B\" 或 \"B:D\"")
    first = column_index(None)
    last = column_index(match[2]) if match[2] else first
    if last < first:
        raise ValueError(f"列范围「{text}」倒过来了")
    return first, last - first + 1


def x_parse_span__mutmut_8(text: str) -> tuple[int, int]:
    """"B:D" → (1, 3): the first column and how many columns the part spans."""
    match = _COLS.match(text.strip().upper())
    if not match:
        raise ValueError(f"「{text}」不是列范围，应写成 \"B\" 或 \"B:D\"")
    first = column_index(match[2])
    last = column_index(match[2]) if match[2] else first
    if last < first:
        raise ValueError(f"列范围「{text}」倒过来了")
    return first, last - first + 1


def x_parse_span__mutmut_9(text: str) -> tuple[int, int]:
    """"B:D" → (1, 3): the first column and how many columns the part spans."""
    match = _COLS.match(text.strip().upper())
    if not match:
        raise ValueError(f"「{text}」不是列范围，应写成 \"B\" 或 \"B:D\"")
    first = column_index(match[1])
    last = None
    if last < first:
        raise ValueError(f"列范围「{text}」倒过来了")
    return first, last - first + 1


def x_parse_span__mutmut_10(text: str) -> tuple[int, int]:
    """"B:D" → (1, 3): the first column and how many columns the part spans."""
    match = _COLS.match(text.strip().upper())
    if not match:
        raise ValueError(f"「{text}」不是列范围，应写成 \"B\" 或 \"B:D\"")
    first = column_index(match[1])
    last = column_index(match[2]) if (match[2]) and False else first
    if last < first:
        raise ValueError(f"列范围「{text}」倒过来了")
    return first, last - first + 1


def x_parse_span__mutmut_11(text: str) -> tuple[int, int]:
    """"B:D" → (1, 3): the first column and how many columns the part spans."""
    match = _COLS.match(text.strip().upper())
    if not match:
        raise ValueError(f"「{text}」不是列范围，应写成 \"B\" 或 \"B:D\"")
    first = column_index(match[1])
    last = column_index(match[2]) if (match[2]) or True else first
    if last < first:
        raise ValueError(f"列范围「{text}」倒过来了")
    return first, last - first + 1


def x_parse_span__mutmut_12(text: str) -> tuple[int, int]:
    """"B:D" → (1, 3): the first column and how many columns the part spans."""
    match = _COLS.match(text.strip().upper())
    if not match:
        raise ValueError(f"「{text}」不是列范围，应写成 \"B\" 或 \"B:D\"")
    first = column_index(match[1])
    last = column_index(None) if match[2] else first
    if last < first:
        raise ValueError(f"列范围「{text}」倒过来了")
    return first, last - first + 1


def x_parse_span__mutmut_13(text: str) -> tuple[int, int]:
    """"B:D" → (1, 3): the first column and how many columns the part spans."""
    match = _COLS.match(text.strip().upper())
    if not match:
        raise ValueError(f"「{text}」不是列范围，应写成 \"B\" 或 \"B:D\"")
    first = column_index(match[1])
    last = column_index(match[3]) if match[2] else first
    if last < first:
        raise ValueError(f"列范围「{text}」倒过来了")
    return first, last - first + 1


def x_parse_span__mutmut_14(text: str) -> tuple[int, int]:
    """"B:D" → (1, 3): the first column and how many columns the part spans."""
    match = _COLS.match(text.strip().upper())
    if not match:
        raise ValueError(f"「{text}」不是列范围，应写成 \"B\" 或 \"B:D\"")
    first = column_index(match[1])
    last = column_index(match[2]) if match[3] else first
    if last < first:
        raise ValueError(f"列范围「{text}」倒过来了")
    return first, last - first + 1


def x_parse_span__mutmut_15(text: str) -> tuple[int, int]:
    """"B:D" → (1, 3): the first column and how many columns the part spans."""
    match = _COLS.match(text.strip().upper())
    if not match:
        raise ValueError(f"「{text}」不是列范围，应写成 \"B\" 或 \"B:D\"")
    first = column_index(match[1])
    last = column_index(match[2]) if match[2] else first
    if last <= first:
        raise ValueError(f"列范围「{text}」倒过来了")
    return first, last - first + 1


def x_parse_span__mutmut_16(text: str) -> tuple[int, int]:
    """"B:D" → (1, 3): the first column and how many columns the part spans."""
    match = _COLS.match(text.strip().upper())
    if not match:
        raise ValueError(f"「{text}」不是列范围，应写成 \"B\" 或 \"B:D\"")
    first = column_index(match[1])
    last = column_index(match[2]) if match[2] else first
    if last < first:
        raise ValueError(None)
    return first, last - first + 1


def x_parse_span__mutmut_17(text: str) -> tuple[int, int]:
    """"B:D" → (1, 3): the first column and how many columns the part spans."""
    match = _COLS.match(text.strip().upper())
    if not match:
        raise ValueError(f"「{text}」不是列范围，应写成 \"B\" 或 \"B:D\"")
    first = column_index(match[1])
    last = column_index(match[2]) if match[2] else first
    if last < first:
        raise ValueError(f"列范围「{text}」倒过来了")
    return first, last - first - 1


def x_parse_span__mutmut_18(text: str) -> tuple[int, int]:
    """"B:D" → (1, 3): the first column and how many columns the part spans."""
    match = _COLS.match(text.strip().upper())
    if not match:
        raise ValueError(f"「{text}」不是列范围，应写成 \"B\" 或 \"B:D\"")
    first = column_index(match[1])
    last = column_index(match[2]) if match[2] else first
    if last < first:
        raise ValueError(f"列范围「{text}」倒过来了")
    return first, last + first + 1


def x_parse_span__mutmut_19(text: str) -> tuple[int, int]:
    """"B:D" → (1, 3): the first column and how many columns the part spans."""
    match = _COLS.match(text.strip().upper())
    if not match:
        raise ValueError(f"「{text}」不是列范围，应写成 \"B\" 或 \"B:D\"")
    first = column_index(match[1])
    last = column_index(match[2]) if match[2] else first
    if last < first:
        raise ValueError(f"列范围「{text}」倒过来了")
    return first, last - first + 2

mutants_x_parse_span__mutmut['_mutmut_orig'] = x_parse_span__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_span__mutmut['x_parse_span__mutmut_1'] = x_parse_span__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_span__mutmut['x_parse_span__mutmut_2'] = x_parse_span__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_span__mutmut['x_parse_span__mutmut_3'] = x_parse_span__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_span__mutmut['x_parse_span__mutmut_4'] = x_parse_span__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_span__mutmut['x_parse_span__mutmut_5'] = x_parse_span__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_span__mutmut['x_parse_span__mutmut_6'] = x_parse_span__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_span__mutmut['x_parse_span__mutmut_7'] = x_parse_span__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_span__mutmut['x_parse_span__mutmut_8'] = x_parse_span__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_span__mutmut['x_parse_span__mutmut_9'] = x_parse_span__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_span__mutmut['x_parse_span__mutmut_10'] = x_parse_span__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_span__mutmut['x_parse_span__mutmut_11'] = x_parse_span__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_span__mutmut['x_parse_span__mutmut_12'] = x_parse_span__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_span__mutmut['x_parse_span__mutmut_13'] = x_parse_span__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_span__mutmut['x_parse_span__mutmut_14'] = x_parse_span__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_span__mutmut['x_parse_span__mutmut_15'] = x_parse_span__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_span__mutmut['x_parse_span__mutmut_16'] = x_parse_span__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_span__mutmut['x_parse_span__mutmut_17'] = x_parse_span__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_span__mutmut['x_parse_span__mutmut_18'] = x_parse_span__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_span__mutmut['x_parse_span__mutmut_19'] = x_parse_span__mutmut_19 # type: ignore # mutmut generated


@dataclass(frozen=True, slots=True)
class BuilderParts:
    """What one form builder reads from a layout: the labels it prints and its grid rows.

    The builders (perfdocs.form.selfeval, .declaration, .target) place each part on a grid
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

BUILDER_PARTS: dict[str, BuilderParts] = {
    "selfeval": BuilderParts(
        labels=("project_name", "department", "unit", "funds", "initial", "budget",
                "executed", "execution_weight", "rate", "execution_score", "total_row",
                "appropriation", "carried_over", "other", "goals", "expected", "achieved",
                *_LEVELS, "actual", "weight", "score", "reason", "total"),
        grade_labels=("grade",),
        optional_labels=("indicator_block",),
        rows=(("project_label", "project_value"),
              ("department_label", "department_value", "unit_label", "unit_value"),
              ("funds_label", "funds_row_label", "initial", "budget", "executed",
               "execution_weight", "rate", "execution_score"),
              ("goals_label", "expected", "achieved"),
              ("indicator_block", *_LEVELS, "actual", "weight", "score", "reason"),
              ("total_label", "total_weight", "total_score", "total_rest"),
              ("grade_label", "grade_value")),
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

TEXT_CONTEXT: tuple[str, ...] = ("year", "project_name", "department", "unit", "layout", "form")
"""The names a form's ``title`` and ``subtitle`` may use (``{{ year }}`` …)."""
mutants_x__unknown_key__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__unknown_key__mutmut)
def _unknown_key(key: str, known: Collection[str]) -> str:
    """"不认识的键", with the nearest known key when the key looks like a typo of it."""
    near = difflib.get_close_matches(key, sorted(known), n=1, cutoff=0.6)
    return f"不认识的键，是不是「{near[0]}」？" if near else "不认识的键"


def x__unknown_key__mutmut_orig(key: str, known: Collection[str]) -> str:
    """"不认识的键", with the nearest known key when the key looks like a typo of it."""
    near = difflib.get_close_matches(key, sorted(known), n=1, cutoff=0.6)
    return f"不认识的键，是不是「{near[0]}」？" if near else "不认识的键"


def x__unknown_key__mutmut_1(key: str, known: Collection[str]) -> str:
    """"不认识的键", with the nearest known key when the key looks like a typo of it."""
    near = None
    return f"不认识的键，是不是「{near[0]}」？" if near else "不认识的键"


def x__unknown_key__mutmut_2(key: str, known: Collection[str]) -> str:
    """"不认识的键", with the nearest known key when the key looks like a typo of it."""
    near = difflib.get_close_matches(None, sorted(known), n=1, cutoff=0.6)
    return f"不认识的键，是不是「{near[0]}」？" if near else "不认识的键"


def x__unknown_key__mutmut_3(key: str, known: Collection[str]) -> str:
    """"不认识的键", with the nearest known key when the key looks like a typo of it."""
    near = difflib.get_close_matches(key, None, n=1, cutoff=0.6)
    return f"不认识的键，是不是「{near[0]}」？" if near else "不认识的键"


def x__unknown_key__mutmut_4(key: str, known: Collection[str]) -> str:
    """"不认识的键", with the nearest known key when the key looks like a typo of it."""
    near = difflib.get_close_matches(key, sorted(known), n=None, cutoff=0.6)
    return f"不认识的键，是不是「{near[0]}」？" if near else "不认识的键"


def x__unknown_key__mutmut_5(key: str, known: Collection[str]) -> str:
    """"不认识的键", with the nearest known key when the key looks like a typo of it."""
    near = difflib.get_close_matches(key, sorted(known), n=1, cutoff=None)
    return f"不认识的键，是不是「{near[0]}」？" if near else "不认识的键"


def x__unknown_key__mutmut_6(key: str, known: Collection[str]) -> str:
    """"不认识的键", with the nearest known key when the key looks like a typo of it."""
    near = difflib.get_close_matches(sorted(known), n=1, cutoff=0.6)
    return f"不认识的键，是不是「{near[0]}」？" if near else "不认识的键"


def x__unknown_key__mutmut_7(key: str, known: Collection[str]) -> str:
    """"不认识的键", with the nearest known key when the key looks like a typo of it."""
    near = difflib.get_close_matches(key, n=1, cutoff=0.6)
    return f"不认识的键，是不是「{near[0]}」？" if near else "不认识的键"


def x__unknown_key__mutmut_8(key: str, known: Collection[str]) -> str:
    """"不认识的键", with the nearest known key when the key looks like a typo of it."""
    near = difflib.get_close_matches(key, sorted(known), cutoff=0.6)
    return f"不认识的键，是不是「{near[0]}」？" if near else "不认识的键"


def x__unknown_key__mutmut_9(key: str, known: Collection[str]) -> str:
    """"不认识的键", with the nearest known key when the key looks like a typo of it."""
    near = difflib.get_close_matches(key, sorted(known), n=1, )
    return f"不认识的键，是不是「{near[0]}」？" if near else "不认识的键"


def x__unknown_key__mutmut_10(key: str, known: Collection[str]) -> str:
    """"不认识的键", with the nearest known key when the key looks like a typo of it."""
    near = difflib.get_close_matches(key, sorted(None), n=1, cutoff=0.6)
    return f"不认识的键，是不是「{near[0]}」？" if near else "不认识的键"


def x__unknown_key__mutmut_11(key: str, known: Collection[str]) -> str:
    """"不认识的键", with the nearest known key when the key looks like a typo of it."""
    near = difflib.get_close_matches(key, sorted(known), n=2, cutoff=0.6)
    return f"不认识的键，是不是「{near[0]}」？" if near else "不认识的键"


def x__unknown_key__mutmut_12(key: str, known: Collection[str]) -> str:
    """"不认识的键", with the nearest known key when the key looks like a typo of it."""
    near = difflib.get_close_matches(key, sorted(known), n=1, cutoff=1.6)
    return f"不认识的键，是不是「{near[0]}」？" if near else "不认识的键"


def x__unknown_key__mutmut_13(key: str, known: Collection[str]) -> str:
    """"不认识的键", with the nearest known key when the key looks like a typo of it."""
    near = difflib.get_close_matches(key, sorted(known), n=1, cutoff=0.6)
    return f"不认识的键，是不是「{near[0]}」？" if (near) and False else "不认识的键"


def x__unknown_key__mutmut_14(key: str, known: Collection[str]) -> str:
    """"不认识的键", with the nearest known key when the key looks like a typo of it."""
    near = difflib.get_close_matches(key, sorted(known), n=1, cutoff=0.6)
    return f"不认识的键，是不是「{near[0]}」？" if (near) or True else "不认识的键"


def x__unknown_key__mutmut_15(key: str, known: Collection[str]) -> str:
    """"不认识的键", with the nearest known key when the key looks like a typo of it."""
    near = difflib.get_close_matches(key, sorted(known), n=1, cutoff=0.6)
    return f"不认识的键，是不是「{near[1]}」？" if near else "不认识的键"


def x__unknown_key__mutmut_16(key: str, known: Collection[str]) -> str:
    """"不认识的键", with the nearest known key when the key looks like a typo of it."""
    near = difflib.get_close_matches(key, sorted(known), n=1, cutoff=0.6)
    return f"不认识的键，是不是「{near[0]}」？" if near else "XX不认识的键XX"

mutants_x__unknown_key__mutmut['_mutmut_orig'] = x__unknown_key__mutmut_orig # type: ignore # mutmut generated
mutants_x__unknown_key__mutmut['x__unknown_key__mutmut_1'] = x__unknown_key__mutmut_1 # type: ignore # mutmut generated
mutants_x__unknown_key__mutmut['x__unknown_key__mutmut_2'] = x__unknown_key__mutmut_2 # type: ignore # mutmut generated
mutants_x__unknown_key__mutmut['x__unknown_key__mutmut_3'] = x__unknown_key__mutmut_3 # type: ignore # mutmut generated
mutants_x__unknown_key__mutmut['x__unknown_key__mutmut_4'] = x__unknown_key__mutmut_4 # type: ignore # mutmut generated
mutants_x__unknown_key__mutmut['x__unknown_key__mutmut_5'] = x__unknown_key__mutmut_5 # type: ignore # mutmut generated
mutants_x__unknown_key__mutmut['x__unknown_key__mutmut_6'] = x__unknown_key__mutmut_6 # type: ignore # mutmut generated
mutants_x__unknown_key__mutmut['x__unknown_key__mutmut_7'] = x__unknown_key__mutmut_7 # type: ignore # mutmut generated
mutants_x__unknown_key__mutmut['x__unknown_key__mutmut_8'] = x__unknown_key__mutmut_8 # type: ignore # mutmut generated
mutants_x__unknown_key__mutmut['x__unknown_key__mutmut_9'] = x__unknown_key__mutmut_9 # type: ignore # mutmut generated
mutants_x__unknown_key__mutmut['x__unknown_key__mutmut_10'] = x__unknown_key__mutmut_10 # type: ignore # mutmut generated
mutants_x__unknown_key__mutmut['x__unknown_key__mutmut_11'] = x__unknown_key__mutmut_11 # type: ignore # mutmut generated
mutants_x__unknown_key__mutmut['x__unknown_key__mutmut_12'] = x__unknown_key__mutmut_12 # type: ignore # mutmut generated
mutants_x__unknown_key__mutmut['x__unknown_key__mutmut_13'] = x__unknown_key__mutmut_13 # type: ignore # mutmut generated
mutants_x__unknown_key__mutmut['x__unknown_key__mutmut_14'] = x__unknown_key__mutmut_14 # type: ignore # mutmut generated
mutants_x__unknown_key__mutmut['x__unknown_key__mutmut_15'] = x__unknown_key__mutmut_15 # type: ignore # mutmut generated
mutants_x__unknown_key__mutmut['x__unknown_key__mutmut_16'] = x__unknown_key__mutmut_16 # type: ignore # mutmut generated
mutants_x__template_problem__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__template_problem__mutmut)
def _template_problem(source: str, names: Collection[str]) -> str | None:
    """Why a Jinja text of the layout cannot render, or None.

    Checked when the layout loads: the syntax, unknown filters and every variable name (a
    misspelt ``{{ yaer }}`` would otherwise fail only when a project renders, without the
    key). What a template does with its values is still the sandbox's business at render
    time (perfdocs.layouts.templating), which is also where an escape attempt is refused.
    """
    if "{" not in source:
        return None  # plain text: render_text prints it as it is
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


def x__template_problem__mutmut_orig(source: str, names: Collection[str]) -> str | None:
    """Why a Jinja text of the layout cannot render, or None.

    Checked when the layout loads: the syntax, unknown filters and every variable name (a
    misspelt ``{{ yaer }}`` would otherwise fail only when a project renders, without the
    key). What a template does with its values is still the sandbox's business at render
    time (perfdocs.layouts.templating), which is also where an escape attempt is refused.
    """
    if "{" not in source:
        return None  # plain text: render_text prints it as it is
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


def x__template_problem__mutmut_1(source: str, names: Collection[str]) -> str | None:
    """Why a Jinja text of the layout cannot render, or None.

    Checked when the layout loads: the syntax, unknown filters and every variable name (a
    misspelt ``{{ yaer }}`` would otherwise fail only when a project renders, without the
    key). What a template does with its values is still the sandbox's business at render
    time (perfdocs.layouts.templating), which is also where an escape attempt is refused.
    """
    if "XX{XX" not in source:
        return None  # plain text: render_text prints it as it is
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


def x__template_problem__mutmut_2(source: str, names: Collection[str]) -> str | None:
    """Why a Jinja text of the layout cannot render, or None.

    Checked when the layout loads: the syntax, unknown filters and every variable name (a
    misspelt ``{{ yaer }}`` would otherwise fail only when a project renders, without the
    key). What a template does with its values is still the sandbox's business at render
    time (perfdocs.layouts.templating), which is also where an escape attempt is refused.
    """
    if "{" in source:
        return None  # plain text: render_text prints it as it is
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


def x__template_problem__mutmut_3(source: str, names: Collection[str]) -> str | None:
    """Why a Jinja text of the layout cannot render, or None.

    Checked when the layout loads: the syntax, unknown filters and every variable name (a
    misspelt ``{{ yaer }}`` would otherwise fail only when a project renders, without the
    key). What a template does with its values is still the sandbox's business at render
    time (perfdocs.layouts.templating), which is also where an escape attempt is refused.
    """
    if "{" not in source:
        return None  # plain text: render_text prints it as it is
    from jinja2 import TemplateSyntaxError, meta

    from perfdocs.layouts.templating import _compile, _environment

    environment = None
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


def x__template_problem__mutmut_4(source: str, names: Collection[str]) -> str | None:
    """Why a Jinja text of the layout cannot render, or None.

    Checked when the layout loads: the syntax, unknown filters and every variable name (a
    misspelt ``{{ yaer }}`` would otherwise fail only when a project renders, without the
    key). What a template does with its values is still the sandbox's business at render
    time (perfdocs.layouts.templating), which is also where an escape attempt is refused.
    """
    if "{" not in source:
        return None  # plain text: render_text prints it as it is
    from jinja2 import TemplateSyntaxError, meta

    from perfdocs.layouts.templating import _compile, _environment

    environment = _environment()
    try:
        _compile(None)
        used = meta.find_undeclared_variables(environment.parse(source))
    except TemplateSyntaxError as exc:
        return f"模板错误：{exc.message or exc}"
    unknown = sorted(used - set(names) - set(environment.globals))
    if unknown:
        return (f"模板用了不存在的变量「{'」「'.join(unknown)}」"
                f"（可用：{'、'.join(names)}）")
    return _trial_render(source, names)


def x__template_problem__mutmut_5(source: str, names: Collection[str]) -> str | None:
    """Why a Jinja text of the layout cannot render, or None.

    Checked when the layout loads: the syntax, unknown filters and every variable name (a
    misspelt ``{{ yaer }}`` would otherwise fail only when a project renders, without the
    key). What a template does with its values is still the sandbox's business at render
    time (perfdocs.layouts.templating), which is also where an escape attempt is refused.
    """
    if "{" not in source:
        return None  # plain text: render_text prints it as it is
    from jinja2 import TemplateSyntaxError, meta

    from perfdocs.layouts.templating import _compile, _environment

    environment = _environment()
    try:
        _compile(source)
        used = None
    except TemplateSyntaxError as exc:
        return f"模板错误：{exc.message or exc}"
    unknown = sorted(used - set(names) - set(environment.globals))
    if unknown:
        return (f"模板用了不存在的变量「{'」「'.join(unknown)}」"
                f"（可用：{'、'.join(names)}）")
    return _trial_render(source, names)


def x__template_problem__mutmut_6(source: str, names: Collection[str]) -> str | None:
    """Why a Jinja text of the layout cannot render, or None.

    Checked when the layout loads: the syntax, unknown filters and every variable name (a
    misspelt ``{{ yaer }}`` would otherwise fail only when a project renders, without the
    key). What a template does with its values is still the sandbox's business at render
    time (perfdocs.layouts.templating), which is also where an escape attempt is refused.
    """
    if "{" not in source:
        return None  # plain text: render_text prints it as it is
    from jinja2 import TemplateSyntaxError, meta

    from perfdocs.layouts.templating import _compile, _environment

    environment = _environment()
    try:
        _compile(source)
        used = meta.find_undeclared_variables(None)
    except TemplateSyntaxError as exc:
        return f"模板错误：{exc.message or exc}"
    unknown = sorted(used - set(names) - set(environment.globals))
    if unknown:
        return (f"模板用了不存在的变量「{'」「'.join(unknown)}」"
                f"（可用：{'、'.join(names)}）")
    return _trial_render(source, names)


def x__template_problem__mutmut_7(source: str, names: Collection[str]) -> str | None:
    """Why a Jinja text of the layout cannot render, or None.

    Checked when the layout loads: the syntax, unknown filters and every variable name (a
    misspelt ``{{ yaer }}`` would otherwise fail only when a project renders, without the
    key). What a template does with its values is still the sandbox's business at render
    time (perfdocs.layouts.templating), which is also where an escape attempt is refused.
    """
    if "{" not in source:
        return None  # plain text: render_text prints it as it is
    from jinja2 import TemplateSyntaxError, meta

    from perfdocs.layouts.templating import _compile, _environment

    environment = _environment()
    try:
        _compile(source)
        used = meta.find_undeclared_variables(environment.parse(None))
    except TemplateSyntaxError as exc:
        return f"模板错误：{exc.message or exc}"
    unknown = sorted(used - set(names) - set(environment.globals))
    if unknown:
        return (f"模板用了不存在的变量「{'」「'.join(unknown)}」"
                f"（可用：{'、'.join(names)}）")
    return _trial_render(source, names)


def x__template_problem__mutmut_8(source: str, names: Collection[str]) -> str | None:
    """Why a Jinja text of the layout cannot render, or None.

    Checked when the layout loads: the syntax, unknown filters and every variable name (a
    misspelt ``{{ yaer }}`` would otherwise fail only when a project renders, without the
    key). What a template does with its values is still the sandbox's business at render
    time (perfdocs.layouts.templating), which is also where an escape attempt is refused.
    """
    if "{" not in source:
        return None  # plain text: render_text prints it as it is
    from jinja2 import TemplateSyntaxError, meta

    from perfdocs.layouts.templating import _compile, _environment

    environment = _environment()
    try:
        _compile(source)
        used = meta.find_undeclared_variables(environment.parse(source))
    except TemplateSyntaxError as exc:
        return f"模板错误：{exc.message and exc}"
    unknown = sorted(used - set(names) - set(environment.globals))
    if unknown:
        return (f"模板用了不存在的变量「{'」「'.join(unknown)}」"
                f"（可用：{'、'.join(names)}）")
    return _trial_render(source, names)


def x__template_problem__mutmut_9(source: str, names: Collection[str]) -> str | None:
    """Why a Jinja text of the layout cannot render, or None.

    Checked when the layout loads: the syntax, unknown filters and every variable name (a
    misspelt ``{{ yaer }}`` would otherwise fail only when a project renders, without the
    key). What a template does with its values is still the sandbox's business at render
    time (perfdocs.layouts.templating), which is also where an escape attempt is refused.
    """
    if "{" not in source:
        return None  # plain text: render_text prints it as it is
    from jinja2 import TemplateSyntaxError, meta

    from perfdocs.layouts.templating import _compile, _environment

    environment = _environment()
    try:
        _compile(source)
        used = meta.find_undeclared_variables(environment.parse(source))
    except TemplateSyntaxError as exc:
        return f"模板错误：{exc.message or exc}"
    unknown = None
    if unknown:
        return (f"模板用了不存在的变量「{'」「'.join(unknown)}」"
                f"（可用：{'、'.join(names)}）")
    return _trial_render(source, names)


def x__template_problem__mutmut_10(source: str, names: Collection[str]) -> str | None:
    """Why a Jinja text of the layout cannot render, or None.

    Checked when the layout loads: the syntax, unknown filters and every variable name (a
    misspelt ``{{ yaer }}`` would otherwise fail only when a project renders, without the
    key). What a template does with its values is still the sandbox's business at render
    time (perfdocs.layouts.templating), which is also where an escape attempt is refused.
    """
    if "{" not in source:
        return None  # plain text: render_text prints it as it is
    from jinja2 import TemplateSyntaxError, meta

    from perfdocs.layouts.templating import _compile, _environment

    environment = _environment()
    try:
        _compile(source)
        used = meta.find_undeclared_variables(environment.parse(source))
    except TemplateSyntaxError as exc:
        return f"模板错误：{exc.message or exc}"
    unknown = sorted(None)
    if unknown:
        return (f"模板用了不存在的变量「{'」「'.join(unknown)}」"
                f"（可用：{'、'.join(names)}）")
    return _trial_render(source, names)


def x__template_problem__mutmut_11(source: str, names: Collection[str]) -> str | None:
    """Why a Jinja text of the layout cannot render, or None.

    Checked when the layout loads: the syntax, unknown filters and every variable name (a
    misspelt ``{{ yaer }}`` would otherwise fail only when a project renders, without the
    key). What a template does with its values is still the sandbox's business at render
    time (perfdocs.layouts.templating), which is also where an escape attempt is refused.
    """
    if "{" not in source:
        return None  # plain text: render_text prints it as it is
    from jinja2 import TemplateSyntaxError, meta

    from perfdocs.layouts.templating import _compile, _environment

    environment = _environment()
    try:
        _compile(source)
        used = meta.find_undeclared_variables(environment.parse(source))
    except TemplateSyntaxError as exc:
        return f"模板错误：{exc.message or exc}"
    unknown = sorted(used - set(names) + set(environment.globals))
    if unknown:
        return (f"模板用了不存在的变量「{'」「'.join(unknown)}」"
                f"（可用：{'、'.join(names)}）")
    return _trial_render(source, names)


def x__template_problem__mutmut_12(source: str, names: Collection[str]) -> str | None:
    """Why a Jinja text of the layout cannot render, or None.

    Checked when the layout loads: the syntax, unknown filters and every variable name (a
    misspelt ``{{ yaer }}`` would otherwise fail only when a project renders, without the
    key). What a template does with its values is still the sandbox's business at render
    time (perfdocs.layouts.templating), which is also where an escape attempt is refused.
    """
    if "{" not in source:
        return None  # plain text: render_text prints it as it is
    from jinja2 import TemplateSyntaxError, meta

    from perfdocs.layouts.templating import _compile, _environment

    environment = _environment()
    try:
        _compile(source)
        used = meta.find_undeclared_variables(environment.parse(source))
    except TemplateSyntaxError as exc:
        return f"模板错误：{exc.message or exc}"
    unknown = sorted(used + set(names) - set(environment.globals))
    if unknown:
        return (f"模板用了不存在的变量「{'」「'.join(unknown)}」"
                f"（可用：{'、'.join(names)}）")
    return _trial_render(source, names)


def x__template_problem__mutmut_13(source: str, names: Collection[str]) -> str | None:
    """Why a Jinja text of the layout cannot render, or None.

    Checked when the layout loads: the syntax, unknown filters and every variable name (a
    misspelt ``{{ yaer }}`` would otherwise fail only when a project renders, without the
    key). What a template does with its values is still the sandbox's business at render
    time (perfdocs.layouts.templating), which is also where an escape attempt is refused.
    """
    if "{" not in source:
        return None  # plain text: render_text prints it as it is
    from jinja2 import TemplateSyntaxError, meta

    from perfdocs.layouts.templating import _compile, _environment

    environment = _environment()
    try:
        _compile(source)
        used = meta.find_undeclared_variables(environment.parse(source))
    except TemplateSyntaxError as exc:
        return f"模板错误：{exc.message or exc}"
    unknown = sorted(used - set(None) - set(environment.globals))
    if unknown:
        return (f"模板用了不存在的变量「{'」「'.join(unknown)}」"
                f"（可用：{'、'.join(names)}）")
    return _trial_render(source, names)


def x__template_problem__mutmut_14(source: str, names: Collection[str]) -> str | None:
    """Why a Jinja text of the layout cannot render, or None.

    Checked when the layout loads: the syntax, unknown filters and every variable name (a
    misspelt ``{{ yaer }}`` would otherwise fail only when a project renders, without the
    key). What a template does with its values is still the sandbox's business at render
    time (perfdocs.layouts.templating), which is also where an escape attempt is refused.
    """
    if "{" not in source:
        return None  # plain text: render_text prints it as it is
    from jinja2 import TemplateSyntaxError, meta

    from perfdocs.layouts.templating import _compile, _environment

    environment = _environment()
    try:
        _compile(source)
        used = meta.find_undeclared_variables(environment.parse(source))
    except TemplateSyntaxError as exc:
        return f"模板错误：{exc.message or exc}"
    unknown = sorted(used - set(names) - set(None))
    if unknown:
        return (f"模板用了不存在的变量「{'」「'.join(unknown)}」"
                f"（可用：{'、'.join(names)}）")
    return _trial_render(source, names)


def x__template_problem__mutmut_15(source: str, names: Collection[str]) -> str | None:
    """Why a Jinja text of the layout cannot render, or None.

    Checked when the layout loads: the syntax, unknown filters and every variable name (a
    misspelt ``{{ yaer }}`` would otherwise fail only when a project renders, without the
    key). What a template does with its values is still the sandbox's business at render
    time (perfdocs.layouts.templating), which is also where an escape attempt is refused.
    """
    if "{" not in source:
        return None  # plain text: render_text prints it as it is
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
        return (f"模板用了不存在的变量「{'」「'.join(None)}」"
                f"（可用：{'、'.join(names)}）")
    return _trial_render(source, names)


def x__template_problem__mutmut_16(source: str, names: Collection[str]) -> str | None:
    """Why a Jinja text of the layout cannot render, or None.

    Checked when the layout loads: the syntax, unknown filters and every variable name (a
    misspelt ``{{ yaer }}`` would otherwise fail only when a project renders, without the
    key). What a template does with its values is still the sandbox's business at render
    time (perfdocs.layouts.templating), which is also where an escape attempt is refused.
    """
    if "{" not in source:
        return None  # plain text: render_text prints it as it is
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
        return (f"模板用了不存在的变量「{'XX」「XX'.join(unknown)}」"
                f"（可用：{'、'.join(names)}）")
    return _trial_render(source, names)


def x__template_problem__mutmut_17(source: str, names: Collection[str]) -> str | None:
    """Why a Jinja text of the layout cannot render, or None.

    Checked when the layout loads: the syntax, unknown filters and every variable name (a
    misspelt ``{{ yaer }}`` would otherwise fail only when a project renders, without the
    key). What a template does with its values is still the sandbox's business at render
    time (perfdocs.layouts.templating), which is also where an escape attempt is refused.
    """
    if "{" not in source:
        return None  # plain text: render_text prints it as it is
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
                f"（可用：{'、'.join(None)}）")
    return _trial_render(source, names)


def x__template_problem__mutmut_18(source: str, names: Collection[str]) -> str | None:
    """Why a Jinja text of the layout cannot render, or None.

    Checked when the layout loads: the syntax, unknown filters and every variable name (a
    misspelt ``{{ yaer }}`` would otherwise fail only when a project renders, without the
    key). What a template does with its values is still the sandbox's business at render
    time (perfdocs.layouts.templating), which is also where an escape attempt is refused.
    """
    if "{" not in source:
        return None  # plain text: render_text prints it as it is
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
                f"（可用：{'XX、XX'.join(names)}）")
    return _trial_render(source, names)


def x__template_problem__mutmut_19(source: str, names: Collection[str]) -> str | None:
    """Why a Jinja text of the layout cannot render, or None.

    Checked when the layout loads: the syntax, unknown filters and every variable name (a
    misspelt ``{{ yaer }}`` would otherwise fail only when a project renders, without the
    key). What a template does with its values is still the sandbox's business at render
    time (perfdocs.layouts.templating), which is also where an escape attempt is refused.
    """
    if "{" not in source:
        return None  # plain text: render_text prints it as it is
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
    return _trial_render(None, names)


def x__template_problem__mutmut_20(source: str, names: Collection[str]) -> str | None:
    """Why a Jinja text of the layout cannot render, or None.

    Checked when the layout loads: the syntax, unknown filters and every variable name (a
    misspelt ``{{ yaer }}`` would otherwise fail only when a project renders, without the
    key). What a template does with its values is still the sandbox's business at render
    time (perfdocs.layouts.templating), which is also where an escape attempt is refused.
    """
    if "{" not in source:
        return None  # plain text: render_text prints it as it is
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
    return _trial_render(source, None)


def x__template_problem__mutmut_21(source: str, names: Collection[str]) -> str | None:
    """Why a Jinja text of the layout cannot render, or None.

    Checked when the layout loads: the syntax, unknown filters and every variable name (a
    misspelt ``{{ yaer }}`` would otherwise fail only when a project renders, without the
    key). What a template does with its values is still the sandbox's business at render
    time (perfdocs.layouts.templating), which is also where an escape attempt is refused.
    """
    if "{" not in source:
        return None  # plain text: render_text prints it as it is
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
    return _trial_render(names)


def x__template_problem__mutmut_22(source: str, names: Collection[str]) -> str | None:
    """Why a Jinja text of the layout cannot render, or None.

    Checked when the layout loads: the syntax, unknown filters and every variable name (a
    misspelt ``{{ yaer }}`` would otherwise fail only when a project renders, without the
    key). What a template does with its values is still the sandbox's business at render
    time (perfdocs.layouts.templating), which is also where an escape attempt is refused.
    """
    if "{" not in source:
        return None  # plain text: render_text prints it as it is
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
    return _trial_render(source, )

mutants_x__template_problem__mutmut['_mutmut_orig'] = x__template_problem__mutmut_orig # type: ignore # mutmut generated
mutants_x__template_problem__mutmut['x__template_problem__mutmut_1'] = x__template_problem__mutmut_1 # type: ignore # mutmut generated
mutants_x__template_problem__mutmut['x__template_problem__mutmut_2'] = x__template_problem__mutmut_2 # type: ignore # mutmut generated
mutants_x__template_problem__mutmut['x__template_problem__mutmut_3'] = x__template_problem__mutmut_3 # type: ignore # mutmut generated
mutants_x__template_problem__mutmut['x__template_problem__mutmut_4'] = x__template_problem__mutmut_4 # type: ignore # mutmut generated
mutants_x__template_problem__mutmut['x__template_problem__mutmut_5'] = x__template_problem__mutmut_5 # type: ignore # mutmut generated
mutants_x__template_problem__mutmut['x__template_problem__mutmut_6'] = x__template_problem__mutmut_6 # type: ignore # mutmut generated
mutants_x__template_problem__mutmut['x__template_problem__mutmut_7'] = x__template_problem__mutmut_7 # type: ignore # mutmut generated
mutants_x__template_problem__mutmut['x__template_problem__mutmut_8'] = x__template_problem__mutmut_8 # type: ignore # mutmut generated
mutants_x__template_problem__mutmut['x__template_problem__mutmut_9'] = x__template_problem__mutmut_9 # type: ignore # mutmut generated
mutants_x__template_problem__mutmut['x__template_problem__mutmut_10'] = x__template_problem__mutmut_10 # type: ignore # mutmut generated
mutants_x__template_problem__mutmut['x__template_problem__mutmut_11'] = x__template_problem__mutmut_11 # type: ignore # mutmut generated
mutants_x__template_problem__mutmut['x__template_problem__mutmut_12'] = x__template_problem__mutmut_12 # type: ignore # mutmut generated
mutants_x__template_problem__mutmut['x__template_problem__mutmut_13'] = x__template_problem__mutmut_13 # type: ignore # mutmut generated
mutants_x__template_problem__mutmut['x__template_problem__mutmut_14'] = x__template_problem__mutmut_14 # type: ignore # mutmut generated
mutants_x__template_problem__mutmut['x__template_problem__mutmut_15'] = x__template_problem__mutmut_15 # type: ignore # mutmut generated
mutants_x__template_problem__mutmut['x__template_problem__mutmut_16'] = x__template_problem__mutmut_16 # type: ignore # mutmut generated
mutants_x__template_problem__mutmut['x__template_problem__mutmut_17'] = x__template_problem__mutmut_17 # type: ignore # mutmut generated
mutants_x__template_problem__mutmut['x__template_problem__mutmut_18'] = x__template_problem__mutmut_18 # type: ignore # mutmut generated
mutants_x__template_problem__mutmut['x__template_problem__mutmut_19'] = x__template_problem__mutmut_19 # type: ignore # mutmut generated
mutants_x__template_problem__mutmut['x__template_problem__mutmut_20'] = x__template_problem__mutmut_20 # type: ignore # mutmut generated
mutants_x__template_problem__mutmut['x__template_problem__mutmut_21'] = x__template_problem__mutmut_21 # type: ignore # mutmut generated
mutants_x__template_problem__mutmut['x__template_problem__mutmut_22'] = x__template_problem__mutmut_22 # type: ignore # mutmut generated


_SAMPLE = {"year": "2024", "project_name": "示例项目", "department": "示例局",
           "unit": "示例中心", "layout": "示例版式", "form": "自评表", "title": "示例表",
           "subtitle": "（2024年度）", "total": "90.00", "grade": "优"}
"""Values a layout text is tried with at load time."""
mutants_x__trial_render__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__trial_render__mutmut)
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


def x__trial_render__mutmut_orig(source: str, names: Collection[str]) -> str | None:
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


def x__trial_render__mutmut_1(source: str, names: Collection[str]) -> str | None:
    """Render ``source`` once in the sandbox with sample values: an escape attempt or a
    text that would build megabytes is refused by ``perfdocs validate`` and ``layouts``
    too, not only when a form is rendered."""
    from perfdocs.errors import RenderError
    from perfdocs.layouts.templating import render_text

    try:
        render_text(None, {n: _SAMPLE.get(n, "示例") for n in names}, where="")
    except RenderError as exc:
        return exc.message
    return None


def x__trial_render__mutmut_2(source: str, names: Collection[str]) -> str | None:
    """Render ``source`` once in the sandbox with sample values: an escape attempt or a
    text that would build megabytes is refused by ``perfdocs validate`` and ``layouts``
    too, not only when a form is rendered."""
    from perfdocs.errors import RenderError
    from perfdocs.layouts.templating import render_text

    try:
        render_text(source, None, where="")
    except RenderError as exc:
        return exc.message
    return None


def x__trial_render__mutmut_3(source: str, names: Collection[str]) -> str | None:
    """Render ``source`` once in the sandbox with sample values: an escape attempt or a
    text that would build megabytes is refused by ``perfdocs validate`` and ``layouts``
    too, not only when a form is rendered."""
    from perfdocs.errors import RenderError
    from perfdocs.layouts.templating import render_text

    try:
        render_text(source, {n: _SAMPLE.get(n, "示例") for n in names}, where=None)
    except RenderError as exc:
        return exc.message
    return None


def x__trial_render__mutmut_4(source: str, names: Collection[str]) -> str | None:
    """Render ``source`` once in the sandbox with sample values: an escape attempt or a
    text that would build megabytes is refused by ``perfdocs validate`` and ``layouts``
    too, not only when a form is rendered."""
    from perfdocs.errors import RenderError
    from perfdocs.layouts.templating import render_text

    try:
        render_text({n: _SAMPLE.get(n, "示例") for n in names}, where="")
    except RenderError as exc:
        return exc.message
    return None


def x__trial_render__mutmut_5(source: str, names: Collection[str]) -> str | None:
    """Render ``source`` once in the sandbox with sample values: an escape attempt or a
    text that would build megabytes is refused by ``perfdocs validate`` and ``layouts``
    too, not only when a form is rendered."""
    from perfdocs.errors import RenderError
    from perfdocs.layouts.templating import render_text

    try:
        render_text(source, where="")
    except RenderError as exc:
        return exc.message
    return None


def x__trial_render__mutmut_6(source: str, names: Collection[str]) -> str | None:
    """Render ``source`` once in the sandbox with sample values: an escape attempt or a
    text that would build megabytes is refused by ``perfdocs validate`` and ``layouts``
    too, not only when a form is rendered."""
    from perfdocs.errors import RenderError
    from perfdocs.layouts.templating import render_text

    try:
        render_text(source, {n: _SAMPLE.get(n, "示例") for n in names}, )
    except RenderError as exc:
        return exc.message
    return None


def x__trial_render__mutmut_7(source: str, names: Collection[str]) -> str | None:
    """Render ``source`` once in the sandbox with sample values: an escape attempt or a
    text that would build megabytes is refused by ``perfdocs validate`` and ``layouts``
    too, not only when a form is rendered."""
    from perfdocs.errors import RenderError
    from perfdocs.layouts.templating import render_text

    try:
        render_text(source, {n: _SAMPLE.get(None, "示例") for n in names}, where="")
    except RenderError as exc:
        return exc.message
    return None


def x__trial_render__mutmut_8(source: str, names: Collection[str]) -> str | None:
    """Render ``source`` once in the sandbox with sample values: an escape attempt or a
    text that would build megabytes is refused by ``perfdocs validate`` and ``layouts``
    too, not only when a form is rendered."""
    from perfdocs.errors import RenderError
    from perfdocs.layouts.templating import render_text

    try:
        render_text(source, {n: _SAMPLE.get(n, None) for n in names}, where="")
    except RenderError as exc:
        return exc.message
    return None


def x__trial_render__mutmut_9(source: str, names: Collection[str]) -> str | None:
    """Render ``source`` once in the sandbox with sample values: an escape attempt or a
    text that would build megabytes is refused by ``perfdocs validate`` and ``layouts``
    too, not only when a form is rendered."""
    from perfdocs.errors import RenderError
    from perfdocs.layouts.templating import render_text

    try:
        render_text(source, {n: _SAMPLE.get("示例") for n in names}, where="")
    except RenderError as exc:
        return exc.message
    return None


def x__trial_render__mutmut_10(source: str, names: Collection[str]) -> str | None:
    """Render ``source`` once in the sandbox with sample values: an escape attempt or a
    text that would build megabytes is refused by ``perfdocs validate`` and ``layouts``
    too, not only when a form is rendered."""
    from perfdocs.errors import RenderError
    from perfdocs.layouts.templating import render_text

    try:
        render_text(source, {n: _SAMPLE.get(n, ) for n in names}, where="")
    except RenderError as exc:
        return exc.message
    return None


def x__trial_render__mutmut_11(source: str, names: Collection[str]) -> str | None:
    """Render ``source`` once in the sandbox with sample values: an escape attempt or a
    text that would build megabytes is refused by ``perfdocs validate`` and ``layouts``
    too, not only when a form is rendered."""
    from perfdocs.errors import RenderError
    from perfdocs.layouts.templating import render_text

    try:
        render_text(source, {n: _SAMPLE.get(n, "XX示例XX") for n in names}, where="")
    except RenderError as exc:
        return exc.message
    return None


def x__trial_render__mutmut_12(source: str, names: Collection[str]) -> str | None:
    """Render ``source`` once in the sandbox with sample values: an escape attempt or a
    text that would build megabytes is refused by ``perfdocs validate`` and ``layouts``
    too, not only when a form is rendered."""
    from perfdocs.errors import RenderError
    from perfdocs.layouts.templating import render_text

    try:
        render_text(source, {n: _SAMPLE.get(n, "示例") for n in names}, where="XXXX")
    except RenderError as exc:
        return exc.message
    return None

mutants_x__trial_render__mutmut['_mutmut_orig'] = x__trial_render__mutmut_orig # type: ignore # mutmut generated
mutants_x__trial_render__mutmut['x__trial_render__mutmut_1'] = x__trial_render__mutmut_1 # type: ignore # mutmut generated
mutants_x__trial_render__mutmut['x__trial_render__mutmut_2'] = x__trial_render__mutmut_2 # type: ignore # mutmut generated
mutants_x__trial_render__mutmut['x__trial_render__mutmut_3'] = x__trial_render__mutmut_3 # type: ignore # mutmut generated
mutants_x__trial_render__mutmut['x__trial_render__mutmut_4'] = x__trial_render__mutmut_4 # type: ignore # mutmut generated
mutants_x__trial_render__mutmut['x__trial_render__mutmut_5'] = x__trial_render__mutmut_5 # type: ignore # mutmut generated
mutants_x__trial_render__mutmut['x__trial_render__mutmut_6'] = x__trial_render__mutmut_6 # type: ignore # mutmut generated
mutants_x__trial_render__mutmut['x__trial_render__mutmut_7'] = x__trial_render__mutmut_7 # type: ignore # mutmut generated
mutants_x__trial_render__mutmut['x__trial_render__mutmut_8'] = x__trial_render__mutmut_8 # type: ignore # mutmut generated
mutants_x__trial_render__mutmut['x__trial_render__mutmut_9'] = x__trial_render__mutmut_9 # type: ignore # mutmut generated
mutants_x__trial_render__mutmut['x__trial_render__mutmut_10'] = x__trial_render__mutmut_10 # type: ignore # mutmut generated
mutants_x__trial_render__mutmut['x__trial_render__mutmut_11'] = x__trial_render__mutmut_11 # type: ignore # mutmut generated
mutants_x__trial_render__mutmut['x__trial_render__mutmut_12'] = x__trial_render__mutmut_12 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_column_problems__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFormLayoutǁ_label_problems__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFormLayoutǁ_template_problems__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFormLayoutǁlabel__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFormLayoutǁspan__mutmut: MutantDict = {}  # type: ignore


class FormLayout(_Section):
    """One form of a layout: its texts, grid, rounding, display and scoring."""

    kind: str = ""
    builder: Literal["selfeval", "declaration", "target"] = "selfeval"
    """Which form builder lays this form out (perfdocs.form.BUILDERS)."""
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
    fonts: FontSpec = FontSpec()
    rounding: RoundingSet = RoundingSet()
    display: Display = Display()
    labels: dict[str, str] = {}
    columns: dict[str, str] = {}
    scoring: Scoring = Scoring()
    _file: str | None = PrivateAttr(None)
    """The layout.toml this form was read from (set by :class:`Layout`), for messages."""

    @model_validator(mode="after")
    def _check(self) -> FormLayout:
        """Everything the builder will ask of this form, checked now, at the key to edit."""
        parts = BUILDER_PARTS[self.builder]
        problems = [*self._column_problems(parts), *self._label_problems(parts),
                    *self._template_problems(parts)]
        if problems:
            raise _Problems(problems)
        return self

    @_mutmut_mutated(mutants_xǁFormLayoutǁ_column_problems__mutmut)
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
                yield at, _unknown_key(key, parts.parts)
                continue
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

    def xǁFormLayoutǁ_column_problems__mutmut_orig(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = len(self.column_widths)
        spans: dict[str, tuple[int, int]] = {}
        for key, text in self.columns.items():
            at = f"columns.{key}"
            if key not in parts.parts:
                yield at, _unknown_key(key, parts.parts)
                continue
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

    def xǁFormLayoutǁ_column_problems__mutmut_1(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = None
        spans: dict[str, tuple[int, int]] = {}
        for key, text in self.columns.items():
            at = f"columns.{key}"
            if key not in parts.parts:
                yield at, _unknown_key(key, parts.parts)
                continue
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

    def xǁFormLayoutǁ_column_problems__mutmut_2(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = len(self.column_widths)
        spans: dict[str, tuple[int, int]] = None
        for key, text in self.columns.items():
            at = f"columns.{key}"
            if key not in parts.parts:
                yield at, _unknown_key(key, parts.parts)
                continue
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

    def xǁFormLayoutǁ_column_problems__mutmut_3(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = len(self.column_widths)
        spans: dict[str, tuple[int, int]] = {}
        for key, text in self.columns.items():
            at = None
            if key not in parts.parts:
                yield at, _unknown_key(key, parts.parts)
                continue
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

    def xǁFormLayoutǁ_column_problems__mutmut_4(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = len(self.column_widths)
        spans: dict[str, tuple[int, int]] = {}
        for key, text in self.columns.items():
            at = f"columns.{key}"
            if key in parts.parts:
                yield at, _unknown_key(key, parts.parts)
                continue
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

    def xǁFormLayoutǁ_column_problems__mutmut_5(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = len(self.column_widths)
        spans: dict[str, tuple[int, int]] = {}
        for key, text in self.columns.items():
            at = f"columns.{key}"
            if key not in parts.parts:
                yield at, _unknown_key(None, parts.parts)
                continue
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

    def xǁFormLayoutǁ_column_problems__mutmut_6(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = len(self.column_widths)
        spans: dict[str, tuple[int, int]] = {}
        for key, text in self.columns.items():
            at = f"columns.{key}"
            if key not in parts.parts:
                yield at, _unknown_key(key, None)
                continue
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

    def xǁFormLayoutǁ_column_problems__mutmut_7(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = len(self.column_widths)
        spans: dict[str, tuple[int, int]] = {}
        for key, text in self.columns.items():
            at = f"columns.{key}"
            if key not in parts.parts:
                yield at, _unknown_key(parts.parts)
                continue
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

    def xǁFormLayoutǁ_column_problems__mutmut_8(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = len(self.column_widths)
        spans: dict[str, tuple[int, int]] = {}
        for key, text in self.columns.items():
            at = f"columns.{key}"
            if key not in parts.parts:
                yield at, _unknown_key(key, )
                continue
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

    def xǁFormLayoutǁ_column_problems__mutmut_9(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = len(self.column_widths)
        spans: dict[str, tuple[int, int]] = {}
        for key, text in self.columns.items():
            at = f"columns.{key}"
            if key not in parts.parts:
                yield at, _unknown_key(key, parts.parts)
                break
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

    def xǁFormLayoutǁ_column_problems__mutmut_10(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = len(self.column_widths)
        spans: dict[str, tuple[int, int]] = {}
        for key, text in self.columns.items():
            at = f"columns.{key}"
            if key not in parts.parts:
                yield at, _unknown_key(key, parts.parts)
                continue
            try:
                first, width = None
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

    def xǁFormLayoutǁ_column_problems__mutmut_11(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = len(self.column_widths)
        spans: dict[str, tuple[int, int]] = {}
        for key, text in self.columns.items():
            at = f"columns.{key}"
            if key not in parts.parts:
                yield at, _unknown_key(key, parts.parts)
                continue
            try:
                first, width = parse_span(None)
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

    def xǁFormLayoutǁ_column_problems__mutmut_12(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = len(self.column_widths)
        spans: dict[str, tuple[int, int]] = {}
        for key, text in self.columns.items():
            at = f"columns.{key}"
            if key not in parts.parts:
                yield at, _unknown_key(key, parts.parts)
                continue
            try:
                first, width = parse_span(text)
            except ValueError as exc:
                yield at, str(None)
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

    def xǁFormLayoutǁ_column_problems__mutmut_13(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = len(self.column_widths)
        spans: dict[str, tuple[int, int]] = {}
        for key, text in self.columns.items():
            at = f"columns.{key}"
            if key not in parts.parts:
                yield at, _unknown_key(key, parts.parts)
                continue
            try:
                first, width = parse_span(text)
            except ValueError as exc:
                yield at, str(exc)
                break
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

    def xǁFormLayoutǁ_column_problems__mutmut_14(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = len(self.column_widths)
        spans: dict[str, tuple[int, int]] = {}
        for key, text in self.columns.items():
            at = f"columns.{key}"
            if key not in parts.parts:
                yield at, _unknown_key(key, parts.parts)
                continue
            try:
                first, width = parse_span(text)
            except ValueError as exc:
                yield at, str(exc)
                continue
            if first - width > n:
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

    def xǁFormLayoutǁ_column_problems__mutmut_15(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = len(self.column_widths)
        spans: dict[str, tuple[int, int]] = {}
        for key, text in self.columns.items():
            at = f"columns.{key}"
            if key not in parts.parts:
                yield at, _unknown_key(key, parts.parts)
                continue
            try:
                first, width = parse_span(text)
            except ValueError as exc:
                yield at, str(exc)
                continue
            if first + width >= n:
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

    def xǁFormLayoutǁ_column_problems__mutmut_16(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = len(self.column_widths)
        spans: dict[str, tuple[int, int]] = {}
        for key, text in self.columns.items():
            at = f"columns.{key}"
            if key not in parts.parts:
                yield at, _unknown_key(key, parts.parts)
                continue
            try:
                first, width = parse_span(text)
            except ValueError as exc:
                yield at, str(exc)
                continue
            if first + width > n:
                yield at, (f"\"{text}\" 超出了 column_widths 的 {n} 列"
                           f"（最后一列是 {column_letters(None)}）")
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

    def xǁFormLayoutǁ_column_problems__mutmut_17(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = len(self.column_widths)
        spans: dict[str, tuple[int, int]] = {}
        for key, text in self.columns.items():
            at = f"columns.{key}"
            if key not in parts.parts:
                yield at, _unknown_key(key, parts.parts)
                continue
            try:
                first, width = parse_span(text)
            except ValueError as exc:
                yield at, str(exc)
                continue
            if first + width > n:
                yield at, (f"\"{text}\" 超出了 column_widths 的 {n} 列"
                           f"（最后一列是 {column_letters(n + 1)}）")
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

    def xǁFormLayoutǁ_column_problems__mutmut_18(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = len(self.column_widths)
        spans: dict[str, tuple[int, int]] = {}
        for key, text in self.columns.items():
            at = f"columns.{key}"
            if key not in parts.parts:
                yield at, _unknown_key(key, parts.parts)
                continue
            try:
                first, width = parse_span(text)
            except ValueError as exc:
                yield at, str(exc)
                continue
            if first + width > n:
                yield at, (f"\"{text}\" 超出了 column_widths 的 {n} 列"
                           f"（最后一列是 {column_letters(n - 2)}）")
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

    def xǁFormLayoutǁ_column_problems__mutmut_19(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = len(self.column_widths)
        spans: dict[str, tuple[int, int]] = {}
        for key, text in self.columns.items():
            at = f"columns.{key}"
            if key not in parts.parts:
                yield at, _unknown_key(key, parts.parts)
                continue
            try:
                first, width = parse_span(text)
            except ValueError as exc:
                yield at, str(exc)
                continue
            if first + width > n:
                yield at, (f"\"{text}\" 超出了 column_widths 的 {n} 列"
                           f"（最后一列是 {column_letters(n - 1)}）")
                break
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

    def xǁFormLayoutǁ_column_problems__mutmut_20(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = len(self.column_widths)
        spans: dict[str, tuple[int, int]] = {}
        for key, text in self.columns.items():
            at = f"columns.{key}"
            if key not in parts.parts:
                yield at, _unknown_key(key, parts.parts)
                continue
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
                if key in row:
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

    def xǁFormLayoutǁ_column_problems__mutmut_21(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = len(self.column_widths)
        spans: dict[str, tuple[int, int]] = {}
        for key, text in self.columns.items():
            at = f"columns.{key}"
            if key not in parts.parts:
                yield at, _unknown_key(key, parts.parts)
                continue
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
                    break
                for other in row:
                    if other == key or other not in spans:
                        continue
                    start, size = spans[other]
                    if first < start + size and start < first + width:
                        yield at, (f"\"{text}\" 与 columns.{other} = \"{self.columns[other]}\" "
                                   "重叠：同一行里每一列只能属于一个部分")
                        break
            spans[key] = (first, width)

    def xǁFormLayoutǁ_column_problems__mutmut_22(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = len(self.column_widths)
        spans: dict[str, tuple[int, int]] = {}
        for key, text in self.columns.items():
            at = f"columns.{key}"
            if key not in parts.parts:
                yield at, _unknown_key(key, parts.parts)
                continue
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
                    if other == key and other not in spans:
                        continue
                    start, size = spans[other]
                    if first < start + size and start < first + width:
                        yield at, (f"\"{text}\" 与 columns.{other} = \"{self.columns[other]}\" "
                                   "重叠：同一行里每一列只能属于一个部分")
                        break
            spans[key] = (first, width)

    def xǁFormLayoutǁ_column_problems__mutmut_23(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = len(self.column_widths)
        spans: dict[str, tuple[int, int]] = {}
        for key, text in self.columns.items():
            at = f"columns.{key}"
            if key not in parts.parts:
                yield at, _unknown_key(key, parts.parts)
                continue
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
                    if other != key or other not in spans:
                        continue
                    start, size = spans[other]
                    if first < start + size and start < first + width:
                        yield at, (f"\"{text}\" 与 columns.{other} = \"{self.columns[other]}\" "
                                   "重叠：同一行里每一列只能属于一个部分")
                        break
            spans[key] = (first, width)

    def xǁFormLayoutǁ_column_problems__mutmut_24(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = len(self.column_widths)
        spans: dict[str, tuple[int, int]] = {}
        for key, text in self.columns.items():
            at = f"columns.{key}"
            if key not in parts.parts:
                yield at, _unknown_key(key, parts.parts)
                continue
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
                    if other == key or other in spans:
                        continue
                    start, size = spans[other]
                    if first < start + size and start < first + width:
                        yield at, (f"\"{text}\" 与 columns.{other} = \"{self.columns[other]}\" "
                                   "重叠：同一行里每一列只能属于一个部分")
                        break
            spans[key] = (first, width)

    def xǁFormLayoutǁ_column_problems__mutmut_25(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = len(self.column_widths)
        spans: dict[str, tuple[int, int]] = {}
        for key, text in self.columns.items():
            at = f"columns.{key}"
            if key not in parts.parts:
                yield at, _unknown_key(key, parts.parts)
                continue
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
                        break
                    start, size = spans[other]
                    if first < start + size and start < first + width:
                        yield at, (f"\"{text}\" 与 columns.{other} = \"{self.columns[other]}\" "
                                   "重叠：同一行里每一列只能属于一个部分")
                        break
            spans[key] = (first, width)

    def xǁFormLayoutǁ_column_problems__mutmut_26(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = len(self.column_widths)
        spans: dict[str, tuple[int, int]] = {}
        for key, text in self.columns.items():
            at = f"columns.{key}"
            if key not in parts.parts:
                yield at, _unknown_key(key, parts.parts)
                continue
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
                    start, size = None
                    if first < start + size and start < first + width:
                        yield at, (f"\"{text}\" 与 columns.{other} = \"{self.columns[other]}\" "
                                   "重叠：同一行里每一列只能属于一个部分")
                        break
            spans[key] = (first, width)

    def xǁFormLayoutǁ_column_problems__mutmut_27(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = len(self.column_widths)
        spans: dict[str, tuple[int, int]] = {}
        for key, text in self.columns.items():
            at = f"columns.{key}"
            if key not in parts.parts:
                yield at, _unknown_key(key, parts.parts)
                continue
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
                    if first < start + size or start < first + width:
                        yield at, (f"\"{text}\" 与 columns.{other} = \"{self.columns[other]}\" "
                                   "重叠：同一行里每一列只能属于一个部分")
                        break
            spans[key] = (first, width)

    def xǁFormLayoutǁ_column_problems__mutmut_28(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = len(self.column_widths)
        spans: dict[str, tuple[int, int]] = {}
        for key, text in self.columns.items():
            at = f"columns.{key}"
            if key not in parts.parts:
                yield at, _unknown_key(key, parts.parts)
                continue
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
                    if first <= start + size and start < first + width:
                        yield at, (f"\"{text}\" 与 columns.{other} = \"{self.columns[other]}\" "
                                   "重叠：同一行里每一列只能属于一个部分")
                        break
            spans[key] = (first, width)

    def xǁFormLayoutǁ_column_problems__mutmut_29(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = len(self.column_widths)
        spans: dict[str, tuple[int, int]] = {}
        for key, text in self.columns.items():
            at = f"columns.{key}"
            if key not in parts.parts:
                yield at, _unknown_key(key, parts.parts)
                continue
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
                    if first < start - size and start < first + width:
                        yield at, (f"\"{text}\" 与 columns.{other} = \"{self.columns[other]}\" "
                                   "重叠：同一行里每一列只能属于一个部分")
                        break
            spans[key] = (first, width)

    def xǁFormLayoutǁ_column_problems__mutmut_30(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = len(self.column_widths)
        spans: dict[str, tuple[int, int]] = {}
        for key, text in self.columns.items():
            at = f"columns.{key}"
            if key not in parts.parts:
                yield at, _unknown_key(key, parts.parts)
                continue
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
                    if first < start + size and start <= first + width:
                        yield at, (f"\"{text}\" 与 columns.{other} = \"{self.columns[other]}\" "
                                   "重叠：同一行里每一列只能属于一个部分")
                        break
            spans[key] = (first, width)

    def xǁFormLayoutǁ_column_problems__mutmut_31(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = len(self.column_widths)
        spans: dict[str, tuple[int, int]] = {}
        for key, text in self.columns.items():
            at = f"columns.{key}"
            if key not in parts.parts:
                yield at, _unknown_key(key, parts.parts)
                continue
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
                    if first < start + size and start < first - width:
                        yield at, (f"\"{text}\" 与 columns.{other} = \"{self.columns[other]}\" "
                                   "重叠：同一行里每一列只能属于一个部分")
                        break
            spans[key] = (first, width)

    def xǁFormLayoutǁ_column_problems__mutmut_32(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = len(self.column_widths)
        spans: dict[str, tuple[int, int]] = {}
        for key, text in self.columns.items():
            at = f"columns.{key}"
            if key not in parts.parts:
                yield at, _unknown_key(key, parts.parts)
                continue
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
                                   "XX重叠：同一行里每一列只能属于一个部分XX")
                        break
            spans[key] = (first, width)

    def xǁFormLayoutǁ_column_problems__mutmut_33(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = len(self.column_widths)
        spans: dict[str, tuple[int, int]] = {}
        for key, text in self.columns.items():
            at = f"columns.{key}"
            if key not in parts.parts:
                yield at, _unknown_key(key, parts.parts)
                continue
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
                        return
            spans[key] = (first, width)

    def xǁFormLayoutǁ_column_problems__mutmut_34(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Unknown parts, bad spans, spans past the grid, and parts that overlap on a row.

        Overlaps are blamed on the later key of the file; the builder would otherwise put
        two cells on one grid position, which no renderer can draw.
        """
        n = len(self.column_widths)
        spans: dict[str, tuple[int, int]] = {}
        for key, text in self.columns.items():
            at = f"columns.{key}"
            if key not in parts.parts:
                yield at, _unknown_key(key, parts.parts)
                continue
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
            spans[key] = None

    @_mutmut_mutated(mutants_xǁFormLayoutǁ_label_problems__mutmut)
    def _label_problems(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Labels the form prints but the layout lacks, and label keys no form reads."""
        needed = parts.labels + (parts.grade_labels if self.grade_row else ())
        for key in needed:
            if key not in self.labels:
                yield f"labels.{key}", "缺少标签：请写出表上印的文字"
        for key in self.labels:
            if key not in parts.all_labels:
                yield f"labels.{key}", _unknown_key(key, parts.all_labels)

    def xǁFormLayoutǁ_label_problems__mutmut_orig(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Labels the form prints but the layout lacks, and label keys no form reads."""
        needed = parts.labels + (parts.grade_labels if self.grade_row else ())
        for key in needed:
            if key not in self.labels:
                yield f"labels.{key}", "缺少标签：请写出表上印的文字"
        for key in self.labels:
            if key not in parts.all_labels:
                yield f"labels.{key}", _unknown_key(key, parts.all_labels)

    def xǁFormLayoutǁ_label_problems__mutmut_1(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Labels the form prints but the layout lacks, and label keys no form reads."""
        needed = None
        for key in needed:
            if key not in self.labels:
                yield f"labels.{key}", "缺少标签：请写出表上印的文字"
        for key in self.labels:
            if key not in parts.all_labels:
                yield f"labels.{key}", _unknown_key(key, parts.all_labels)

    def xǁFormLayoutǁ_label_problems__mutmut_2(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Labels the form prints but the layout lacks, and label keys no form reads."""
        needed = parts.labels - (parts.grade_labels if self.grade_row else ())
        for key in needed:
            if key not in self.labels:
                yield f"labels.{key}", "缺少标签：请写出表上印的文字"
        for key in self.labels:
            if key not in parts.all_labels:
                yield f"labels.{key}", _unknown_key(key, parts.all_labels)

    def xǁFormLayoutǁ_label_problems__mutmut_3(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Labels the form prints but the layout lacks, and label keys no form reads."""
        needed = parts.labels + (parts.grade_labels if (self.grade_row) and False else ())
        for key in needed:
            if key not in self.labels:
                yield f"labels.{key}", "缺少标签：请写出表上印的文字"
        for key in self.labels:
            if key not in parts.all_labels:
                yield f"labels.{key}", _unknown_key(key, parts.all_labels)

    def xǁFormLayoutǁ_label_problems__mutmut_4(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Labels the form prints but the layout lacks, and label keys no form reads."""
        needed = parts.labels + (parts.grade_labels if (self.grade_row) or True else ())
        for key in needed:
            if key not in self.labels:
                yield f"labels.{key}", "缺少标签：请写出表上印的文字"
        for key in self.labels:
            if key not in parts.all_labels:
                yield f"labels.{key}", _unknown_key(key, parts.all_labels)

    def xǁFormLayoutǁ_label_problems__mutmut_5(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Labels the form prints but the layout lacks, and label keys no form reads."""
        needed = parts.labels + (parts.grade_labels if self.grade_row else ())
        for key in needed:
            if key in self.labels:
                yield f"labels.{key}", "缺少标签：请写出表上印的文字"
        for key in self.labels:
            if key not in parts.all_labels:
                yield f"labels.{key}", _unknown_key(key, parts.all_labels)

    def xǁFormLayoutǁ_label_problems__mutmut_6(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Labels the form prints but the layout lacks, and label keys no form reads."""
        needed = parts.labels + (parts.grade_labels if self.grade_row else ())
        for key in needed:
            if key not in self.labels:
                yield f"labels.{key}", "XX缺少标签：请写出表上印的文字XX"
        for key in self.labels:
            if key not in parts.all_labels:
                yield f"labels.{key}", _unknown_key(key, parts.all_labels)

    def xǁFormLayoutǁ_label_problems__mutmut_7(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Labels the form prints but the layout lacks, and label keys no form reads."""
        needed = parts.labels + (parts.grade_labels if self.grade_row else ())
        for key in needed:
            if key not in self.labels:
                yield f"labels.{key}", "缺少标签：请写出表上印的文字"
        for key in self.labels:
            if key in parts.all_labels:
                yield f"labels.{key}", _unknown_key(key, parts.all_labels)

    def xǁFormLayoutǁ_label_problems__mutmut_8(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Labels the form prints but the layout lacks, and label keys no form reads."""
        needed = parts.labels + (parts.grade_labels if self.grade_row else ())
        for key in needed:
            if key not in self.labels:
                yield f"labels.{key}", "缺少标签：请写出表上印的文字"
        for key in self.labels:
            if key not in parts.all_labels:
                yield f"labels.{key}", _unknown_key(None, parts.all_labels)

    def xǁFormLayoutǁ_label_problems__mutmut_9(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Labels the form prints but the layout lacks, and label keys no form reads."""
        needed = parts.labels + (parts.grade_labels if self.grade_row else ())
        for key in needed:
            if key not in self.labels:
                yield f"labels.{key}", "缺少标签：请写出表上印的文字"
        for key in self.labels:
            if key not in parts.all_labels:
                yield f"labels.{key}", _unknown_key(key, None)

    def xǁFormLayoutǁ_label_problems__mutmut_10(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Labels the form prints but the layout lacks, and label keys no form reads."""
        needed = parts.labels + (parts.grade_labels if self.grade_row else ())
        for key in needed:
            if key not in self.labels:
                yield f"labels.{key}", "缺少标签：请写出表上印的文字"
        for key in self.labels:
            if key not in parts.all_labels:
                yield f"labels.{key}", _unknown_key(parts.all_labels)

    def xǁFormLayoutǁ_label_problems__mutmut_11(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Labels the form prints but the layout lacks, and label keys no form reads."""
        needed = parts.labels + (parts.grade_labels if self.grade_row else ())
        for key in needed:
            if key not in self.labels:
                yield f"labels.{key}", "缺少标签：请写出表上印的文字"
        for key in self.labels:
            if key not in parts.all_labels:
                yield f"labels.{key}", _unknown_key(key, )

    @_mutmut_mutated(mutants_xǁFormLayoutǁ_template_problems__mutmut)
    def _template_problems(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Jinja faults of ``title``, ``subtitle`` and ``sheet_name``."""
        for key, names in (("title", TEXT_CONTEXT), ("subtitle", TEXT_CONTEXT),
                           ("sheet_name", TEXT_CONTEXT + parts.sheet_context)):
            problem = _template_problem(getattr(self, key), names)
            if problem:
                yield key, problem

    def xǁFormLayoutǁ_template_problems__mutmut_orig(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Jinja faults of ``title``, ``subtitle`` and ``sheet_name``."""
        for key, names in (("title", TEXT_CONTEXT), ("subtitle", TEXT_CONTEXT),
                           ("sheet_name", TEXT_CONTEXT + parts.sheet_context)):
            problem = _template_problem(getattr(self, key), names)
            if problem:
                yield key, problem

    def xǁFormLayoutǁ_template_problems__mutmut_1(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Jinja faults of ``title``, ``subtitle`` and ``sheet_name``."""
        for key, names in (("XXtitleXX", TEXT_CONTEXT), ("subtitle", TEXT_CONTEXT),
                           ("sheet_name", TEXT_CONTEXT + parts.sheet_context)):
            problem = _template_problem(getattr(self, key), names)
            if problem:
                yield key, problem

    def xǁFormLayoutǁ_template_problems__mutmut_2(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Jinja faults of ``title``, ``subtitle`` and ``sheet_name``."""
        for key, names in (("TITLE", TEXT_CONTEXT), ("subtitle", TEXT_CONTEXT),
                           ("sheet_name", TEXT_CONTEXT + parts.sheet_context)):
            problem = _template_problem(getattr(self, key), names)
            if problem:
                yield key, problem

    def xǁFormLayoutǁ_template_problems__mutmut_3(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Jinja faults of ``title``, ``subtitle`` and ``sheet_name``."""
        for key, names in (("title", TEXT_CONTEXT), ("XXsubtitleXX", TEXT_CONTEXT),
                           ("sheet_name", TEXT_CONTEXT + parts.sheet_context)):
            problem = _template_problem(getattr(self, key), names)
            if problem:
                yield key, problem

    def xǁFormLayoutǁ_template_problems__mutmut_4(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Jinja faults of ``title``, ``subtitle`` and ``sheet_name``."""
        for key, names in (("title", TEXT_CONTEXT), ("SUBTITLE", TEXT_CONTEXT),
                           ("sheet_name", TEXT_CONTEXT + parts.sheet_context)):
            problem = _template_problem(getattr(self, key), names)
            if problem:
                yield key, problem

    def xǁFormLayoutǁ_template_problems__mutmut_5(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Jinja faults of ``title``, ``subtitle`` and ``sheet_name``."""
        for key, names in (("title", TEXT_CONTEXT), ("subtitle", TEXT_CONTEXT),
                           ("XXsheet_nameXX", TEXT_CONTEXT + parts.sheet_context)):
            problem = _template_problem(getattr(self, key), names)
            if problem:
                yield key, problem

    def xǁFormLayoutǁ_template_problems__mutmut_6(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Jinja faults of ``title``, ``subtitle`` and ``sheet_name``."""
        for key, names in (("title", TEXT_CONTEXT), ("subtitle", TEXT_CONTEXT),
                           ("SHEET_NAME", TEXT_CONTEXT + parts.sheet_context)):
            problem = _template_problem(getattr(self, key), names)
            if problem:
                yield key, problem

    def xǁFormLayoutǁ_template_problems__mutmut_7(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Jinja faults of ``title``, ``subtitle`` and ``sheet_name``."""
        for key, names in (("title", TEXT_CONTEXT), ("subtitle", TEXT_CONTEXT),
                           ("sheet_name", TEXT_CONTEXT - parts.sheet_context)):
            problem = _template_problem(getattr(self, key), names)
            if problem:
                yield key, problem

    def xǁFormLayoutǁ_template_problems__mutmut_8(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Jinja faults of ``title``, ``subtitle`` and ``sheet_name``."""
        for key, names in (("title", TEXT_CONTEXT), ("subtitle", TEXT_CONTEXT),
                           ("sheet_name", TEXT_CONTEXT + parts.sheet_context)):
            problem = None
            if problem:
                yield key, problem

    def xǁFormLayoutǁ_template_problems__mutmut_9(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Jinja faults of ``title``, ``subtitle`` and ``sheet_name``."""
        for key, names in (("title", TEXT_CONTEXT), ("subtitle", TEXT_CONTEXT),
                           ("sheet_name", TEXT_CONTEXT + parts.sheet_context)):
            problem = _template_problem(None, names)
            if problem:
                yield key, problem

    def xǁFormLayoutǁ_template_problems__mutmut_10(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Jinja faults of ``title``, ``subtitle`` and ``sheet_name``."""
        for key, names in (("title", TEXT_CONTEXT), ("subtitle", TEXT_CONTEXT),
                           ("sheet_name", TEXT_CONTEXT + parts.sheet_context)):
            problem = _template_problem(getattr(self, key), None)
            if problem:
                yield key, problem

    def xǁFormLayoutǁ_template_problems__mutmut_11(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Jinja faults of ``title``, ``subtitle`` and ``sheet_name``."""
        for key, names in (("title", TEXT_CONTEXT), ("subtitle", TEXT_CONTEXT),
                           ("sheet_name", TEXT_CONTEXT + parts.sheet_context)):
            problem = _template_problem(names)
            if problem:
                yield key, problem

    def xǁFormLayoutǁ_template_problems__mutmut_12(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Jinja faults of ``title``, ``subtitle`` and ``sheet_name``."""
        for key, names in (("title", TEXT_CONTEXT), ("subtitle", TEXT_CONTEXT),
                           ("sheet_name", TEXT_CONTEXT + parts.sheet_context)):
            problem = _template_problem(getattr(self, key), )
            if problem:
                yield key, problem

    def xǁFormLayoutǁ_template_problems__mutmut_13(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Jinja faults of ``title``, ``subtitle`` and ``sheet_name``."""
        for key, names in (("title", TEXT_CONTEXT), ("subtitle", TEXT_CONTEXT),
                           ("sheet_name", TEXT_CONTEXT + parts.sheet_context)):
            problem = _template_problem(getattr(None, key), names)
            if problem:
                yield key, problem

    def xǁFormLayoutǁ_template_problems__mutmut_14(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Jinja faults of ``title``, ``subtitle`` and ``sheet_name``."""
        for key, names in (("title", TEXT_CONTEXT), ("subtitle", TEXT_CONTEXT),
                           ("sheet_name", TEXT_CONTEXT + parts.sheet_context)):
            problem = _template_problem(getattr(self, None), names)
            if problem:
                yield key, problem

    def xǁFormLayoutǁ_template_problems__mutmut_15(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Jinja faults of ``title``, ``subtitle`` and ``sheet_name``."""
        for key, names in (("title", TEXT_CONTEXT), ("subtitle", TEXT_CONTEXT),
                           ("sheet_name", TEXT_CONTEXT + parts.sheet_context)):
            problem = _template_problem(getattr(key), names)
            if problem:
                yield key, problem

    def xǁFormLayoutǁ_template_problems__mutmut_16(self, parts: BuilderParts) -> Iterator[tuple[str, str]]:
        """Jinja faults of ``title``, ``subtitle`` and ``sheet_name``."""
        for key, names in (("title", TEXT_CONTEXT), ("subtitle", TEXT_CONTEXT),
                           ("sheet_name", TEXT_CONTEXT + parts.sheet_context)):
            problem = _template_problem(getattr(self, ), names)
            if problem:
                yield key, problem

    @_mutmut_mutated(mutants_xǁFormLayoutǁlabel__mutmut)
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

    def xǁFormLayoutǁlabel__mutmut_orig(self, key: str) -> str:
        """The printed label for ``key``.

        Loading checked every label the builders print, so a miss here means a builder
        asks for a label :data:`BUILDER_PARTS` does not list; it still names file and key.
        """
        try:
            return self.labels[key]
        except KeyError:
            raise LayoutError("缺少标签：请写出表上印的文字", file=self._file,
                              field=f"forms.{self.kind}.labels.{key}") from None

    def xǁFormLayoutǁlabel__mutmut_1(self, key: str) -> str:
        """The printed label for ``key``.

        Loading checked every label the builders print, so a miss here means a builder
        asks for a label :data:`BUILDER_PARTS` does not list; it still names file and key.
        """
        try:
            return self.labels[key]
        except KeyError:
            raise LayoutError(None, file=self._file,
                              field=f"forms.{self.kind}.labels.{key}") from None

    def xǁFormLayoutǁlabel__mutmut_2(self, key: str) -> str:
        """The printed label for ``key``.

        Loading checked every label the builders print, so a miss here means a builder
        asks for a label :data:`BUILDER_PARTS` does not list; it still names file and key.
        """
        try:
            return self.labels[key]
        except KeyError:
            raise LayoutError("缺少标签：请写出表上印的文字", file=None,
                              field=f"forms.{self.kind}.labels.{key}") from None

    def xǁFormLayoutǁlabel__mutmut_3(self, key: str) -> str:
        """The printed label for ``key``.

        Loading checked every label the builders print, so a miss here means a builder
        asks for a label :data:`BUILDER_PARTS` does not list; it still names file and key.
        """
        try:
            return self.labels[key]
        except KeyError:
            raise LayoutError("缺少标签：请写出表上印的文字", file=self._file,
                              field=None) from None

    def xǁFormLayoutǁlabel__mutmut_4(self, key: str) -> str:
        """The printed label for ``key``.

        Loading checked every label the builders print, so a miss here means a builder
        asks for a label :data:`BUILDER_PARTS` does not list; it still names file and key.
        """
        try:
            return self.labels[key]
        except KeyError:
            raise LayoutError(file=self._file,
                              field=f"forms.{self.kind}.labels.{key}") from None

    def xǁFormLayoutǁlabel__mutmut_5(self, key: str) -> str:
        """The printed label for ``key``.

        Loading checked every label the builders print, so a miss here means a builder
        asks for a label :data:`BUILDER_PARTS` does not list; it still names file and key.
        """
        try:
            return self.labels[key]
        except KeyError:
            raise LayoutError("缺少标签：请写出表上印的文字", field=f"forms.{self.kind}.labels.{key}") from None

    def xǁFormLayoutǁlabel__mutmut_6(self, key: str) -> str:
        """The printed label for ``key``.

        Loading checked every label the builders print, so a miss here means a builder
        asks for a label :data:`BUILDER_PARTS` does not list; it still names file and key.
        """
        try:
            return self.labels[key]
        except KeyError:
            raise LayoutError("缺少标签：请写出表上印的文字", file=self._file,
                              ) from None

    def xǁFormLayoutǁlabel__mutmut_7(self, key: str) -> str:
        """The printed label for ``key``.

        Loading checked every label the builders print, so a miss here means a builder
        asks for a label :data:`BUILDER_PARTS` does not list; it still names file and key.
        """
        try:
            return self.labels[key]
        except KeyError:
            raise LayoutError("XX缺少标签：请写出表上印的文字XX", file=self._file,
                              field=f"forms.{self.kind}.labels.{key}") from None

    @_mutmut_mutated(mutants_xǁFormLayoutǁspan__mutmut)
    def span(self, key: str) -> tuple[int, int] | None:
        """(first column, width) of a part, or None when the layout leaves it out."""
        text = self.columns.get(key)
        return parse_span(text) if text else None

    def xǁFormLayoutǁspan__mutmut_orig(self, key: str) -> tuple[int, int] | None:
        """(first column, width) of a part, or None when the layout leaves it out."""
        text = self.columns.get(key)
        return parse_span(text) if text else None

    def xǁFormLayoutǁspan__mutmut_1(self, key: str) -> tuple[int, int] | None:
        """(first column, width) of a part, or None when the layout leaves it out."""
        text = None
        return parse_span(text) if text else None

    def xǁFormLayoutǁspan__mutmut_2(self, key: str) -> tuple[int, int] | None:
        """(first column, width) of a part, or None when the layout leaves it out."""
        text = self.columns.get(None)
        return parse_span(text) if text else None

    def xǁFormLayoutǁspan__mutmut_3(self, key: str) -> tuple[int, int] | None:
        """(first column, width) of a part, or None when the layout leaves it out."""
        text = self.columns.get(key)
        return parse_span(text) if (text) and False else None

    def xǁFormLayoutǁspan__mutmut_4(self, key: str) -> tuple[int, int] | None:
        """(first column, width) of a part, or None when the layout leaves it out."""
        text = self.columns.get(key)
        return parse_span(text) if (text) or True else None

    def xǁFormLayoutǁspan__mutmut_5(self, key: str) -> tuple[int, int] | None:
        """(first column, width) of a part, or None when the layout leaves it out."""
        text = self.columns.get(key)
        return parse_span(None) if text else None

mutants_xǁFormLayoutǁ_column_problems__mutmut['_mutmut_orig'] = FormLayout.xǁFormLayoutǁ_column_problems__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_column_problems__mutmut['xǁFormLayoutǁ_column_problems__mutmut_1'] = FormLayout.xǁFormLayoutǁ_column_problems__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_column_problems__mutmut['xǁFormLayoutǁ_column_problems__mutmut_2'] = FormLayout.xǁFormLayoutǁ_column_problems__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_column_problems__mutmut['xǁFormLayoutǁ_column_problems__mutmut_3'] = FormLayout.xǁFormLayoutǁ_column_problems__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_column_problems__mutmut['xǁFormLayoutǁ_column_problems__mutmut_4'] = FormLayout.xǁFormLayoutǁ_column_problems__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_column_problems__mutmut['xǁFormLayoutǁ_column_problems__mutmut_5'] = FormLayout.xǁFormLayoutǁ_column_problems__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_column_problems__mutmut['xǁFormLayoutǁ_column_problems__mutmut_6'] = FormLayout.xǁFormLayoutǁ_column_problems__mutmut_6 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_column_problems__mutmut['xǁFormLayoutǁ_column_problems__mutmut_7'] = FormLayout.xǁFormLayoutǁ_column_problems__mutmut_7 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_column_problems__mutmut['xǁFormLayoutǁ_column_problems__mutmut_8'] = FormLayout.xǁFormLayoutǁ_column_problems__mutmut_8 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_column_problems__mutmut['xǁFormLayoutǁ_column_problems__mutmut_9'] = FormLayout.xǁFormLayoutǁ_column_problems__mutmut_9 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_column_problems__mutmut['xǁFormLayoutǁ_column_problems__mutmut_10'] = FormLayout.xǁFormLayoutǁ_column_problems__mutmut_10 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_column_problems__mutmut['xǁFormLayoutǁ_column_problems__mutmut_11'] = FormLayout.xǁFormLayoutǁ_column_problems__mutmut_11 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_column_problems__mutmut['xǁFormLayoutǁ_column_problems__mutmut_12'] = FormLayout.xǁFormLayoutǁ_column_problems__mutmut_12 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_column_problems__mutmut['xǁFormLayoutǁ_column_problems__mutmut_13'] = FormLayout.xǁFormLayoutǁ_column_problems__mutmut_13 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_column_problems__mutmut['xǁFormLayoutǁ_column_problems__mutmut_14'] = FormLayout.xǁFormLayoutǁ_column_problems__mutmut_14 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_column_problems__mutmut['xǁFormLayoutǁ_column_problems__mutmut_15'] = FormLayout.xǁFormLayoutǁ_column_problems__mutmut_15 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_column_problems__mutmut['xǁFormLayoutǁ_column_problems__mutmut_16'] = FormLayout.xǁFormLayoutǁ_column_problems__mutmut_16 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_column_problems__mutmut['xǁFormLayoutǁ_column_problems__mutmut_17'] = FormLayout.xǁFormLayoutǁ_column_problems__mutmut_17 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_column_problems__mutmut['xǁFormLayoutǁ_column_problems__mutmut_18'] = FormLayout.xǁFormLayoutǁ_column_problems__mutmut_18 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_column_problems__mutmut['xǁFormLayoutǁ_column_problems__mutmut_19'] = FormLayout.xǁFormLayoutǁ_column_problems__mutmut_19 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_column_problems__mutmut['xǁFormLayoutǁ_column_problems__mutmut_20'] = FormLayout.xǁFormLayoutǁ_column_problems__mutmut_20 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_column_problems__mutmut['xǁFormLayoutǁ_column_problems__mutmut_21'] = FormLayout.xǁFormLayoutǁ_column_problems__mutmut_21 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_column_problems__mutmut['xǁFormLayoutǁ_column_problems__mutmut_22'] = FormLayout.xǁFormLayoutǁ_column_problems__mutmut_22 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_column_problems__mutmut['xǁFormLayoutǁ_column_problems__mutmut_23'] = FormLayout.xǁFormLayoutǁ_column_problems__mutmut_23 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_column_problems__mutmut['xǁFormLayoutǁ_column_problems__mutmut_24'] = FormLayout.xǁFormLayoutǁ_column_problems__mutmut_24 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_column_problems__mutmut['xǁFormLayoutǁ_column_problems__mutmut_25'] = FormLayout.xǁFormLayoutǁ_column_problems__mutmut_25 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_column_problems__mutmut['xǁFormLayoutǁ_column_problems__mutmut_26'] = FormLayout.xǁFormLayoutǁ_column_problems__mutmut_26 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_column_problems__mutmut['xǁFormLayoutǁ_column_problems__mutmut_27'] = FormLayout.xǁFormLayoutǁ_column_problems__mutmut_27 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_column_problems__mutmut['xǁFormLayoutǁ_column_problems__mutmut_28'] = FormLayout.xǁFormLayoutǁ_column_problems__mutmut_28 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_column_problems__mutmut['xǁFormLayoutǁ_column_problems__mutmut_29'] = FormLayout.xǁFormLayoutǁ_column_problems__mutmut_29 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_column_problems__mutmut['xǁFormLayoutǁ_column_problems__mutmut_30'] = FormLayout.xǁFormLayoutǁ_column_problems__mutmut_30 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_column_problems__mutmut['xǁFormLayoutǁ_column_problems__mutmut_31'] = FormLayout.xǁFormLayoutǁ_column_problems__mutmut_31 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_column_problems__mutmut['xǁFormLayoutǁ_column_problems__mutmut_32'] = FormLayout.xǁFormLayoutǁ_column_problems__mutmut_32 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_column_problems__mutmut['xǁFormLayoutǁ_column_problems__mutmut_33'] = FormLayout.xǁFormLayoutǁ_column_problems__mutmut_33 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_column_problems__mutmut['xǁFormLayoutǁ_column_problems__mutmut_34'] = FormLayout.xǁFormLayoutǁ_column_problems__mutmut_34 # type: ignore # mutmut generated

mutants_xǁFormLayoutǁ_label_problems__mutmut['_mutmut_orig'] = FormLayout.xǁFormLayoutǁ_label_problems__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_label_problems__mutmut['xǁFormLayoutǁ_label_problems__mutmut_1'] = FormLayout.xǁFormLayoutǁ_label_problems__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_label_problems__mutmut['xǁFormLayoutǁ_label_problems__mutmut_2'] = FormLayout.xǁFormLayoutǁ_label_problems__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_label_problems__mutmut['xǁFormLayoutǁ_label_problems__mutmut_3'] = FormLayout.xǁFormLayoutǁ_label_problems__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_label_problems__mutmut['xǁFormLayoutǁ_label_problems__mutmut_4'] = FormLayout.xǁFormLayoutǁ_label_problems__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_label_problems__mutmut['xǁFormLayoutǁ_label_problems__mutmut_5'] = FormLayout.xǁFormLayoutǁ_label_problems__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_label_problems__mutmut['xǁFormLayoutǁ_label_problems__mutmut_6'] = FormLayout.xǁFormLayoutǁ_label_problems__mutmut_6 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_label_problems__mutmut['xǁFormLayoutǁ_label_problems__mutmut_7'] = FormLayout.xǁFormLayoutǁ_label_problems__mutmut_7 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_label_problems__mutmut['xǁFormLayoutǁ_label_problems__mutmut_8'] = FormLayout.xǁFormLayoutǁ_label_problems__mutmut_8 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_label_problems__mutmut['xǁFormLayoutǁ_label_problems__mutmut_9'] = FormLayout.xǁFormLayoutǁ_label_problems__mutmut_9 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_label_problems__mutmut['xǁFormLayoutǁ_label_problems__mutmut_10'] = FormLayout.xǁFormLayoutǁ_label_problems__mutmut_10 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_label_problems__mutmut['xǁFormLayoutǁ_label_problems__mutmut_11'] = FormLayout.xǁFormLayoutǁ_label_problems__mutmut_11 # type: ignore # mutmut generated

mutants_xǁFormLayoutǁ_template_problems__mutmut['_mutmut_orig'] = FormLayout.xǁFormLayoutǁ_template_problems__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_template_problems__mutmut['xǁFormLayoutǁ_template_problems__mutmut_1'] = FormLayout.xǁFormLayoutǁ_template_problems__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_template_problems__mutmut['xǁFormLayoutǁ_template_problems__mutmut_2'] = FormLayout.xǁFormLayoutǁ_template_problems__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_template_problems__mutmut['xǁFormLayoutǁ_template_problems__mutmut_3'] = FormLayout.xǁFormLayoutǁ_template_problems__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_template_problems__mutmut['xǁFormLayoutǁ_template_problems__mutmut_4'] = FormLayout.xǁFormLayoutǁ_template_problems__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_template_problems__mutmut['xǁFormLayoutǁ_template_problems__mutmut_5'] = FormLayout.xǁFormLayoutǁ_template_problems__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_template_problems__mutmut['xǁFormLayoutǁ_template_problems__mutmut_6'] = FormLayout.xǁFormLayoutǁ_template_problems__mutmut_6 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_template_problems__mutmut['xǁFormLayoutǁ_template_problems__mutmut_7'] = FormLayout.xǁFormLayoutǁ_template_problems__mutmut_7 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_template_problems__mutmut['xǁFormLayoutǁ_template_problems__mutmut_8'] = FormLayout.xǁFormLayoutǁ_template_problems__mutmut_8 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_template_problems__mutmut['xǁFormLayoutǁ_template_problems__mutmut_9'] = FormLayout.xǁFormLayoutǁ_template_problems__mutmut_9 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_template_problems__mutmut['xǁFormLayoutǁ_template_problems__mutmut_10'] = FormLayout.xǁFormLayoutǁ_template_problems__mutmut_10 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_template_problems__mutmut['xǁFormLayoutǁ_template_problems__mutmut_11'] = FormLayout.xǁFormLayoutǁ_template_problems__mutmut_11 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_template_problems__mutmut['xǁFormLayoutǁ_template_problems__mutmut_12'] = FormLayout.xǁFormLayoutǁ_template_problems__mutmut_12 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_template_problems__mutmut['xǁFormLayoutǁ_template_problems__mutmut_13'] = FormLayout.xǁFormLayoutǁ_template_problems__mutmut_13 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_template_problems__mutmut['xǁFormLayoutǁ_template_problems__mutmut_14'] = FormLayout.xǁFormLayoutǁ_template_problems__mutmut_14 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_template_problems__mutmut['xǁFormLayoutǁ_template_problems__mutmut_15'] = FormLayout.xǁFormLayoutǁ_template_problems__mutmut_15 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁ_template_problems__mutmut['xǁFormLayoutǁ_template_problems__mutmut_16'] = FormLayout.xǁFormLayoutǁ_template_problems__mutmut_16 # type: ignore # mutmut generated

mutants_xǁFormLayoutǁlabel__mutmut['_mutmut_orig'] = FormLayout.xǁFormLayoutǁlabel__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFormLayoutǁlabel__mutmut['xǁFormLayoutǁlabel__mutmut_1'] = FormLayout.xǁFormLayoutǁlabel__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁlabel__mutmut['xǁFormLayoutǁlabel__mutmut_2'] = FormLayout.xǁFormLayoutǁlabel__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁlabel__mutmut['xǁFormLayoutǁlabel__mutmut_3'] = FormLayout.xǁFormLayoutǁlabel__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁlabel__mutmut['xǁFormLayoutǁlabel__mutmut_4'] = FormLayout.xǁFormLayoutǁlabel__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁlabel__mutmut['xǁFormLayoutǁlabel__mutmut_5'] = FormLayout.xǁFormLayoutǁlabel__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁlabel__mutmut['xǁFormLayoutǁlabel__mutmut_6'] = FormLayout.xǁFormLayoutǁlabel__mutmut_6 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁlabel__mutmut['xǁFormLayoutǁlabel__mutmut_7'] = FormLayout.xǁFormLayoutǁlabel__mutmut_7 # type: ignore # mutmut generated

mutants_xǁFormLayoutǁspan__mutmut['_mutmut_orig'] = FormLayout.xǁFormLayoutǁspan__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFormLayoutǁspan__mutmut['xǁFormLayoutǁspan__mutmut_1'] = FormLayout.xǁFormLayoutǁspan__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁspan__mutmut['xǁFormLayoutǁspan__mutmut_2'] = FormLayout.xǁFormLayoutǁspan__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁspan__mutmut['xǁFormLayoutǁspan__mutmut_3'] = FormLayout.xǁFormLayoutǁspan__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁspan__mutmut['xǁFormLayoutǁspan__mutmut_4'] = FormLayout.xǁFormLayoutǁspan__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFormLayoutǁspan__mutmut['xǁFormLayoutǁspan__mutmut_5'] = FormLayout.xǁFormLayoutǁspan__mutmut_5 # type: ignore # mutmut generated
mutants_xǁLayoutǁform__mutmut: MutantDict = {}  # type: ignore


class Layout(_Section):
    """A whole layout folder."""

    name: str = Field(min_length=1)
    description: str = ""
    forms: dict[str, FormLayout] = Field(min_length=1)
    folder: str = ""

    @model_validator(mode="after")
    def _file_of_forms(self) -> Layout:
        """Tell each form its file, so an error raised later still names layout.toml."""
        if self.folder:
            for form in self.forms.values():
                form._file = str(Path(self.folder) / LAYOUT_FILE)
        return self

    @_mutmut_mutated(mutants_xǁLayoutǁform__mutmut)
    def form(self, kind: str) -> FormLayout:
        """The layout of one form, or a LayoutError naming the forms there are."""
        try:
            return self.forms[kind]
        except KeyError:
            have = "、".join(self.forms) or "无"
            raise LayoutError(f"版式「{self.name}」没有「{kind}」（有：{have}）",
                              file=Path(self.folder) / LAYOUT_FILE) from None

    def xǁLayoutǁform__mutmut_orig(self, kind: str) -> FormLayout:
        """The layout of one form, or a LayoutError naming the forms there are."""
        try:
            return self.forms[kind]
        except KeyError:
            have = "、".join(self.forms) or "无"
            raise LayoutError(f"版式「{self.name}」没有「{kind}」（有：{have}）",
                              file=Path(self.folder) / LAYOUT_FILE) from None

    def xǁLayoutǁform__mutmut_1(self, kind: str) -> FormLayout:
        """The layout of one form, or a LayoutError naming the forms there are."""
        try:
            return self.forms[kind]
        except KeyError:
            have = None
            raise LayoutError(f"版式「{self.name}」没有「{kind}」（有：{have}）",
                              file=Path(self.folder) / LAYOUT_FILE) from None

    def xǁLayoutǁform__mutmut_2(self, kind: str) -> FormLayout:
        """The layout of one form, or a LayoutError naming the forms there are."""
        try:
            return self.forms[kind]
        except KeyError:
            have = "、".join(self.forms) and "无"
            raise LayoutError(f"版式「{self.name}」没有「{kind}」（有：{have}）",
                              file=Path(self.folder) / LAYOUT_FILE) from None

    def xǁLayoutǁform__mutmut_3(self, kind: str) -> FormLayout:
        """The layout of one form, or a LayoutError naming the forms there are."""
        try:
            return self.forms[kind]
        except KeyError:
            have = "、".join(None) or "无"
            raise LayoutError(f"版式「{self.name}」没有「{kind}」（有：{have}）",
                              file=Path(self.folder) / LAYOUT_FILE) from None

    def xǁLayoutǁform__mutmut_4(self, kind: str) -> FormLayout:
        """The layout of one form, or a LayoutError naming the forms there are."""
        try:
            return self.forms[kind]
        except KeyError:
            have = "XX、XX".join(self.forms) or "无"
            raise LayoutError(f"版式「{self.name}」没有「{kind}」（有：{have}）",
                              file=Path(self.folder) / LAYOUT_FILE) from None

    def xǁLayoutǁform__mutmut_5(self, kind: str) -> FormLayout:
        """The layout of one form, or a LayoutError naming the forms there are."""
        try:
            return self.forms[kind]
        except KeyError:
            have = "、".join(self.forms) or "XX无XX"
            raise LayoutError(f"版式「{self.name}」没有「{kind}」（有：{have}）",
                              file=Path(self.folder) / LAYOUT_FILE) from None

    def xǁLayoutǁform__mutmut_6(self, kind: str) -> FormLayout:
        """The layout of one form, or a LayoutError naming the forms there are."""
        try:
            return self.forms[kind]
        except KeyError:
            have = "、".join(self.forms) or "无"
            raise LayoutError(None,
                              file=Path(self.folder) / LAYOUT_FILE) from None

    def xǁLayoutǁform__mutmut_7(self, kind: str) -> FormLayout:
        """The layout of one form, or a LayoutError naming the forms there are."""
        try:
            return self.forms[kind]
        except KeyError:
            have = "、".join(self.forms) or "无"
            raise LayoutError(f"版式「{self.name}」没有「{kind}」（有：{have}）",
                              file=None) from None

    def xǁLayoutǁform__mutmut_8(self, kind: str) -> FormLayout:
        """The layout of one form, or a LayoutError naming the forms there are."""
        try:
            return self.forms[kind]
        except KeyError:
            have = "、".join(self.forms) or "无"
            raise LayoutError(file=Path(self.folder) / LAYOUT_FILE) from None

    def xǁLayoutǁform__mutmut_9(self, kind: str) -> FormLayout:
        """The layout of one form, or a LayoutError naming the forms there are."""
        try:
            return self.forms[kind]
        except KeyError:
            have = "、".join(self.forms) or "无"
            raise LayoutError(f"版式「{self.name}」没有「{kind}」（有：{have}）",
                              ) from None

    def xǁLayoutǁform__mutmut_10(self, kind: str) -> FormLayout:
        """The layout of one form, or a LayoutError naming the forms there are."""
        try:
            return self.forms[kind]
        except KeyError:
            have = "、".join(self.forms) or "无"
            raise LayoutError(f"版式「{self.name}」没有「{kind}」（有：{have}）",
                              file=Path(self.folder) * LAYOUT_FILE) from None

    def xǁLayoutǁform__mutmut_11(self, kind: str) -> FormLayout:
        """The layout of one form, or a LayoutError naming the forms there are."""
        try:
            return self.forms[kind]
        except KeyError:
            have = "、".join(self.forms) or "无"
            raise LayoutError(f"版式「{self.name}」没有「{kind}」（有：{have}）",
                              file=Path(None) / LAYOUT_FILE) from None

mutants_xǁLayoutǁform__mutmut['_mutmut_orig'] = Layout.xǁLayoutǁform__mutmut_orig # type: ignore # mutmut generated
mutants_xǁLayoutǁform__mutmut['xǁLayoutǁform__mutmut_1'] = Layout.xǁLayoutǁform__mutmut_1 # type: ignore # mutmut generated
mutants_xǁLayoutǁform__mutmut['xǁLayoutǁform__mutmut_2'] = Layout.xǁLayoutǁform__mutmut_2 # type: ignore # mutmut generated
mutants_xǁLayoutǁform__mutmut['xǁLayoutǁform__mutmut_3'] = Layout.xǁLayoutǁform__mutmut_3 # type: ignore # mutmut generated
mutants_xǁLayoutǁform__mutmut['xǁLayoutǁform__mutmut_4'] = Layout.xǁLayoutǁform__mutmut_4 # type: ignore # mutmut generated
mutants_xǁLayoutǁform__mutmut['xǁLayoutǁform__mutmut_5'] = Layout.xǁLayoutǁform__mutmut_5 # type: ignore # mutmut generated
mutants_xǁLayoutǁform__mutmut['xǁLayoutǁform__mutmut_6'] = Layout.xǁLayoutǁform__mutmut_6 # type: ignore # mutmut generated
mutants_xǁLayoutǁform__mutmut['xǁLayoutǁform__mutmut_7'] = Layout.xǁLayoutǁform__mutmut_7 # type: ignore # mutmut generated
mutants_xǁLayoutǁform__mutmut['xǁLayoutǁform__mutmut_8'] = Layout.xǁLayoutǁform__mutmut_8 # type: ignore # mutmut generated
mutants_xǁLayoutǁform__mutmut['xǁLayoutǁform__mutmut_9'] = Layout.xǁLayoutǁform__mutmut_9 # type: ignore # mutmut generated
mutants_xǁLayoutǁform__mutmut['xǁLayoutǁform__mutmut_10'] = Layout.xǁLayoutǁform__mutmut_10 # type: ignore # mutmut generated
mutants_xǁLayoutǁform__mutmut['xǁLayoutǁform__mutmut_11'] = Layout.xǁLayoutǁform__mutmut_11 # type: ignore # mutmut generated
mutants_x_selfeval_form__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_selfeval_form__mutmut)
def selfeval_form(layout: Layout) -> FormLayout | None:
    """The layout's 自评表 (the form built by ``selfeval``), if it has one."""
    return next((f for f in layout.forms.values() if f.builder == "selfeval"), None)


def x_selfeval_form__mutmut_orig(layout: Layout) -> FormLayout | None:
    """The layout's 自评表 (the form built by ``selfeval``), if it has one."""
    return next((f for f in layout.forms.values() if f.builder == "selfeval"), None)


def x_selfeval_form__mutmut_1(layout: Layout) -> FormLayout | None:
    """The layout's 自评表 (the form built by ``selfeval``), if it has one."""
    return next(None, None)


def x_selfeval_form__mutmut_2(layout: Layout) -> FormLayout | None:
    """The layout's 自评表 (the form built by ``selfeval``), if it has one."""
    return next(None)


def x_selfeval_form__mutmut_3(layout: Layout) -> FormLayout | None:
    """The layout's 自评表 (the form built by ``selfeval``), if it has one."""
    return next((f for f in layout.forms.values() if f.builder == "selfeval"), )


def x_selfeval_form__mutmut_4(layout: Layout) -> FormLayout | None:
    """The layout's 自评表 (the form built by ``selfeval``), if it has one."""
    return next((f for f in layout.forms.values() if f.builder != "selfeval"), None)


def x_selfeval_form__mutmut_5(layout: Layout) -> FormLayout | None:
    """The layout's 自评表 (the form built by ``selfeval``), if it has one."""
    return next((f for f in layout.forms.values() if f.builder == "XXselfevalXX"), None)


def x_selfeval_form__mutmut_6(layout: Layout) -> FormLayout | None:
    """The layout's 自评表 (the form built by ``selfeval``), if it has one."""
    return next((f for f in layout.forms.values() if f.builder == "SELFEVAL"), None)

mutants_x_selfeval_form__mutmut['_mutmut_orig'] = x_selfeval_form__mutmut_orig # type: ignore # mutmut generated
mutants_x_selfeval_form__mutmut['x_selfeval_form__mutmut_1'] = x_selfeval_form__mutmut_1 # type: ignore # mutmut generated
mutants_x_selfeval_form__mutmut['x_selfeval_form__mutmut_2'] = x_selfeval_form__mutmut_2 # type: ignore # mutmut generated
mutants_x_selfeval_form__mutmut['x_selfeval_form__mutmut_3'] = x_selfeval_form__mutmut_3 # type: ignore # mutmut generated
mutants_x_selfeval_form__mutmut['x_selfeval_form__mutmut_4'] = x_selfeval_form__mutmut_4 # type: ignore # mutmut generated
mutants_x_selfeval_form__mutmut['x_selfeval_form__mutmut_5'] = x_selfeval_form__mutmut_5 # type: ignore # mutmut generated
mutants_x_selfeval_form__mutmut['x_selfeval_form__mutmut_6'] = x_selfeval_form__mutmut_6 # type: ignore # mutmut generated
mutants_x_search_path__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_search_path__mutmut)
def search_path(extra: tuple[str, ...] = ()) -> list[Path]:
    """Folders searched for layouts: configured ones first, then ./templates, then the bundled."""
    paths = [Path(p).expanduser() for p in extra]
    paths.append(Path.cwd() / "templates")
    paths.append(PACKAGE_TEMPLATES)
    unique: list[Path] = []
    for p in paths:
        resolved = p.resolve()
        if resolved not in unique:
            unique.append(resolved)
    return unique


def x_search_path__mutmut_orig(extra: tuple[str, ...] = ()) -> list[Path]:
    """Folders searched for layouts: configured ones first, then ./templates, then the bundled."""
    paths = [Path(p).expanduser() for p in extra]
    paths.append(Path.cwd() / "templates")
    paths.append(PACKAGE_TEMPLATES)
    unique: list[Path] = []
    for p in paths:
        resolved = p.resolve()
        if resolved not in unique:
            unique.append(resolved)
    return unique


def x_search_path__mutmut_1(extra: tuple[str, ...] = ()) -> list[Path]:
    """Folders searched for layouts: configured ones first, then ./templates, then the bundled."""
    paths = None
    paths.append(Path.cwd() / "templates")
    paths.append(PACKAGE_TEMPLATES)
    unique: list[Path] = []
    for p in paths:
        resolved = p.resolve()
        if resolved not in unique:
            unique.append(resolved)
    return unique


def x_search_path__mutmut_2(extra: tuple[str, ...] = ()) -> list[Path]:
    """Folders searched for layouts: configured ones first, then ./templates, then the bundled."""
    paths = [Path(None).expanduser() for p in extra]
    paths.append(Path.cwd() / "templates")
    paths.append(PACKAGE_TEMPLATES)
    unique: list[Path] = []
    for p in paths:
        resolved = p.resolve()
        if resolved not in unique:
            unique.append(resolved)
    return unique


def x_search_path__mutmut_3(extra: tuple[str, ...] = ()) -> list[Path]:
    """Folders searched for layouts: configured ones first, then ./templates, then the bundled."""
    paths = [Path(p).expanduser() for p in extra]
    paths.append(None)
    paths.append(PACKAGE_TEMPLATES)
    unique: list[Path] = []
    for p in paths:
        resolved = p.resolve()
        if resolved not in unique:
            unique.append(resolved)
    return unique


def x_search_path__mutmut_4(extra: tuple[str, ...] = ()) -> list[Path]:
    """Folders searched for layouts: configured ones first, then ./templates, then the bundled."""
    paths = [Path(p).expanduser() for p in extra]
    paths.append(Path.cwd() * "templates")
    paths.append(PACKAGE_TEMPLATES)
    unique: list[Path] = []
    for p in paths:
        resolved = p.resolve()
        if resolved not in unique:
            unique.append(resolved)
    return unique


def x_search_path__mutmut_5(extra: tuple[str, ...] = ()) -> list[Path]:
    """Folders searched for layouts: configured ones first, then ./templates, then the bundled."""
    paths = [Path(p).expanduser() for p in extra]
    paths.append(Path.cwd() / "XXtemplatesXX")
    paths.append(PACKAGE_TEMPLATES)
    unique: list[Path] = []
    for p in paths:
        resolved = p.resolve()
        if resolved not in unique:
            unique.append(resolved)
    return unique


def x_search_path__mutmut_6(extra: tuple[str, ...] = ()) -> list[Path]:
    """Folders searched for layouts: configured ones first, then ./templates, then the bundled."""
    paths = [Path(p).expanduser() for p in extra]
    paths.append(Path.cwd() / "TEMPLATES")
    paths.append(PACKAGE_TEMPLATES)
    unique: list[Path] = []
    for p in paths:
        resolved = p.resolve()
        if resolved not in unique:
            unique.append(resolved)
    return unique


def x_search_path__mutmut_7(extra: tuple[str, ...] = ()) -> list[Path]:
    """Folders searched for layouts: configured ones first, then ./templates, then the bundled."""
    paths = [Path(p).expanduser() for p in extra]
    paths.append(Path.cwd() / "templates")
    paths.append(None)
    unique: list[Path] = []
    for p in paths:
        resolved = p.resolve()
        if resolved not in unique:
            unique.append(resolved)
    return unique


def x_search_path__mutmut_8(extra: tuple[str, ...] = ()) -> list[Path]:
    """Folders searched for layouts: configured ones first, then ./templates, then the bundled."""
    paths = [Path(p).expanduser() for p in extra]
    paths.append(Path.cwd() / "templates")
    paths.append(PACKAGE_TEMPLATES)
    unique: list[Path] = None
    for p in paths:
        resolved = p.resolve()
        if resolved not in unique:
            unique.append(resolved)
    return unique


def x_search_path__mutmut_9(extra: tuple[str, ...] = ()) -> list[Path]:
    """Folders searched for layouts: configured ones first, then ./templates, then the bundled."""
    paths = [Path(p).expanduser() for p in extra]
    paths.append(Path.cwd() / "templates")
    paths.append(PACKAGE_TEMPLATES)
    unique: list[Path] = []
    for p in paths:
        resolved = None
        if resolved not in unique:
            unique.append(resolved)
    return unique


def x_search_path__mutmut_10(extra: tuple[str, ...] = ()) -> list[Path]:
    """Folders searched for layouts: configured ones first, then ./templates, then the bundled."""
    paths = [Path(p).expanduser() for p in extra]
    paths.append(Path.cwd() / "templates")
    paths.append(PACKAGE_TEMPLATES)
    unique: list[Path] = []
    for p in paths:
        resolved = p.resolve()
        if resolved in unique:
            unique.append(resolved)
    return unique


def x_search_path__mutmut_11(extra: tuple[str, ...] = ()) -> list[Path]:
    """Folders searched for layouts: configured ones first, then ./templates, then the bundled."""
    paths = [Path(p).expanduser() for p in extra]
    paths.append(Path.cwd() / "templates")
    paths.append(PACKAGE_TEMPLATES)
    unique: list[Path] = []
    for p in paths:
        resolved = p.resolve()
        if resolved not in unique:
            unique.append(None)
    return unique

mutants_x_search_path__mutmut['_mutmut_orig'] = x_search_path__mutmut_orig # type: ignore # mutmut generated
mutants_x_search_path__mutmut['x_search_path__mutmut_1'] = x_search_path__mutmut_1 # type: ignore # mutmut generated
mutants_x_search_path__mutmut['x_search_path__mutmut_2'] = x_search_path__mutmut_2 # type: ignore # mutmut generated
mutants_x_search_path__mutmut['x_search_path__mutmut_3'] = x_search_path__mutmut_3 # type: ignore # mutmut generated
mutants_x_search_path__mutmut['x_search_path__mutmut_4'] = x_search_path__mutmut_4 # type: ignore # mutmut generated
mutants_x_search_path__mutmut['x_search_path__mutmut_5'] = x_search_path__mutmut_5 # type: ignore # mutmut generated
mutants_x_search_path__mutmut['x_search_path__mutmut_6'] = x_search_path__mutmut_6 # type: ignore # mutmut generated
mutants_x_search_path__mutmut['x_search_path__mutmut_7'] = x_search_path__mutmut_7 # type: ignore # mutmut generated
mutants_x_search_path__mutmut['x_search_path__mutmut_8'] = x_search_path__mutmut_8 # type: ignore # mutmut generated
mutants_x_search_path__mutmut['x_search_path__mutmut_9'] = x_search_path__mutmut_9 # type: ignore # mutmut generated
mutants_x_search_path__mutmut['x_search_path__mutmut_10'] = x_search_path__mutmut_10 # type: ignore # mutmut generated
mutants_x_search_path__mutmut['x_search_path__mutmut_11'] = x_search_path__mutmut_11 # type: ignore # mutmut generated
mutants_x_available__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_available__mutmut)
def available(extra: tuple[str, ...] = ()) -> dict[str, Path]:
    """Every layout folder found, by name; earlier search folders win."""
    found: dict[str, Path] = {}
    for root in search_path(extra):
        if not root.is_dir():
            continue
        for folder in sorted(root.iterdir()):
            if (folder / LAYOUT_FILE).is_file() and folder.name not in found:
                found[folder.name] = folder
    return found


def x_available__mutmut_orig(extra: tuple[str, ...] = ()) -> dict[str, Path]:
    """Every layout folder found, by name; earlier search folders win."""
    found: dict[str, Path] = {}
    for root in search_path(extra):
        if not root.is_dir():
            continue
        for folder in sorted(root.iterdir()):
            if (folder / LAYOUT_FILE).is_file() and folder.name not in found:
                found[folder.name] = folder
    return found


def x_available__mutmut_1(extra: tuple[str, ...] = ()) -> dict[str, Path]:
    """Every layout folder found, by name; earlier search folders win."""
    found: dict[str, Path] = None
    for root in search_path(extra):
        if not root.is_dir():
            continue
        for folder in sorted(root.iterdir()):
            if (folder / LAYOUT_FILE).is_file() and folder.name not in found:
                found[folder.name] = folder
    return found


def x_available__mutmut_2(extra: tuple[str, ...] = ()) -> dict[str, Path]:
    """Every layout folder found, by name; earlier search folders win."""
    found: dict[str, Path] = {}
    for root in search_path(None):
        if not root.is_dir():
            continue
        for folder in sorted(root.iterdir()):
            if (folder / LAYOUT_FILE).is_file() and folder.name not in found:
                found[folder.name] = folder
    return found


def x_available__mutmut_3(extra: tuple[str, ...] = ()) -> dict[str, Path]:
    """Every layout folder found, by name; earlier search folders win."""
    found: dict[str, Path] = {}
    for root in search_path(extra):
        if root.is_dir():
            continue
        for folder in sorted(root.iterdir()):
            if (folder / LAYOUT_FILE).is_file() and folder.name not in found:
                found[folder.name] = folder
    return found


def x_available__mutmut_4(extra: tuple[str, ...] = ()) -> dict[str, Path]:
    """Every layout folder found, by name; earlier search folders win."""
    found: dict[str, Path] = {}
    for root in search_path(extra):
        if not root.is_dir():
            break
        for folder in sorted(root.iterdir()):
            if (folder / LAYOUT_FILE).is_file() and folder.name not in found:
                found[folder.name] = folder
    return found


def x_available__mutmut_5(extra: tuple[str, ...] = ()) -> dict[str, Path]:
    """Every layout folder found, by name; earlier search folders win."""
    found: dict[str, Path] = {}
    for root in search_path(extra):
        if not root.is_dir():
            continue
        for folder in sorted(None):
            if (folder / LAYOUT_FILE).is_file() and folder.name not in found:
                found[folder.name] = folder
    return found


def x_available__mutmut_6(extra: tuple[str, ...] = ()) -> dict[str, Path]:
    """Every layout folder found, by name; earlier search folders win."""
    found: dict[str, Path] = {}
    for root in search_path(extra):
        if not root.is_dir():
            continue
        for folder in sorted(root.iterdir()):
            if (folder / LAYOUT_FILE).is_file() or folder.name not in found:
                found[folder.name] = folder
    return found


def x_available__mutmut_7(extra: tuple[str, ...] = ()) -> dict[str, Path]:
    """Every layout folder found, by name; earlier search folders win."""
    found: dict[str, Path] = {}
    for root in search_path(extra):
        if not root.is_dir():
            continue
        for folder in sorted(root.iterdir()):
            if (folder * LAYOUT_FILE).is_file() and folder.name not in found:
                found[folder.name] = folder
    return found


def x_available__mutmut_8(extra: tuple[str, ...] = ()) -> dict[str, Path]:
    """Every layout folder found, by name; earlier search folders win."""
    found: dict[str, Path] = {}
    for root in search_path(extra):
        if not root.is_dir():
            continue
        for folder in sorted(root.iterdir()):
            if (folder / LAYOUT_FILE).is_file() and folder.name in found:
                found[folder.name] = folder
    return found


def x_available__mutmut_9(extra: tuple[str, ...] = ()) -> dict[str, Path]:
    """Every layout folder found, by name; earlier search folders win."""
    found: dict[str, Path] = {}
    for root in search_path(extra):
        if not root.is_dir():
            continue
        for folder in sorted(root.iterdir()):
            if (folder / LAYOUT_FILE).is_file() and folder.name not in found:
                found[folder.name] = None
    return found

mutants_x_available__mutmut['_mutmut_orig'] = x_available__mutmut_orig # type: ignore # mutmut generated
mutants_x_available__mutmut['x_available__mutmut_1'] = x_available__mutmut_1 # type: ignore # mutmut generated
mutants_x_available__mutmut['x_available__mutmut_2'] = x_available__mutmut_2 # type: ignore # mutmut generated
mutants_x_available__mutmut['x_available__mutmut_3'] = x_available__mutmut_3 # type: ignore # mutmut generated
mutants_x_available__mutmut['x_available__mutmut_4'] = x_available__mutmut_4 # type: ignore # mutmut generated
mutants_x_available__mutmut['x_available__mutmut_5'] = x_available__mutmut_5 # type: ignore # mutmut generated
mutants_x_available__mutmut['x_available__mutmut_6'] = x_available__mutmut_6 # type: ignore # mutmut generated
mutants_x_available__mutmut['x_available__mutmut_7'] = x_available__mutmut_7 # type: ignore # mutmut generated
mutants_x_available__mutmut['x_available__mutmut_8'] = x_available__mutmut_8 # type: ignore # mutmut generated
mutants_x_available__mutmut['x_available__mutmut_9'] = x_available__mutmut_9 # type: ignore # mutmut generated
mutants_x_load_layout__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_load_layout__mutmut)
def load_layout(name: str, extra: tuple[str, ...] = ()) -> Layout:
    """Find and read the layout called ``name`` (a folder name, or a path to a folder)."""
    candidate = Path(name)
    if (candidate / LAYOUT_FILE).is_file():
        return read_layout(candidate)
    folders = available(extra)
    if name not in folders:
        have = "、".join(folders) or "无"
        raise LayoutError(f"找不到版式「{name}」（已安装：{have}）；"
                          "可在 perfdocs.toml 的 [layouts] paths 中加入自定义版式所在的文件夹")
    return read_layout(folders[name])


def x_load_layout__mutmut_orig(name: str, extra: tuple[str, ...] = ()) -> Layout:
    """Find and read the layout called ``name`` (a folder name, or a path to a folder)."""
    candidate = Path(name)
    if (candidate / LAYOUT_FILE).is_file():
        return read_layout(candidate)
    folders = available(extra)
    if name not in folders:
        have = "、".join(folders) or "无"
        raise LayoutError(f"找不到版式「{name}」（已安装：{have}）；"
                          "可在 perfdocs.toml 的 [layouts] paths 中加入自定义版式所在的文件夹")
    return read_layout(folders[name])


def x_load_layout__mutmut_1(name: str, extra: tuple[str, ...] = ()) -> Layout:
    """Find and read the layout called ``name`` (a folder name, or a path to a folder)."""
    candidate = None
    if (candidate / LAYOUT_FILE).is_file():
        return read_layout(candidate)
    folders = available(extra)
    if name not in folders:
        have = "、".join(folders) or "无"
        raise LayoutError(f"找不到版式「{name}」（已安装：{have}）；"
                          "可在 perfdocs.toml 的 [layouts] paths 中加入自定义版式所在的文件夹")
    return read_layout(folders[name])


def x_load_layout__mutmut_2(name: str, extra: tuple[str, ...] = ()) -> Layout:
    """Find and read the layout called ``name`` (a folder name, or a path to a folder)."""
    candidate = Path(None)
    if (candidate / LAYOUT_FILE).is_file():
        return read_layout(candidate)
    folders = available(extra)
    if name not in folders:
        have = "、".join(folders) or "无"
        raise LayoutError(f"找不到版式「{name}」（已安装：{have}）；"
                          "可在 perfdocs.toml 的 [layouts] paths 中加入自定义版式所在的文件夹")
    return read_layout(folders[name])


def x_load_layout__mutmut_3(name: str, extra: tuple[str, ...] = ()) -> Layout:
    """Find and read the layout called ``name`` (a folder name, or a path to a folder)."""
    candidate = Path(name)
    if (candidate * LAYOUT_FILE).is_file():
        return read_layout(candidate)
    folders = available(extra)
    if name not in folders:
        have = "、".join(folders) or "无"
        raise LayoutError(f"找不到版式「{name}」（已安装：{have}）；"
                          "可在 perfdocs.toml 的 [layouts] paths 中加入自定义版式所在的文件夹")
    return read_layout(folders[name])


def x_load_layout__mutmut_4(name: str, extra: tuple[str, ...] = ()) -> Layout:
    """Find and read the layout called ``name`` (a folder name, or a path to a folder)."""
    candidate = Path(name)
    if (candidate / LAYOUT_FILE).is_file():
        return read_layout(None)
    folders = available(extra)
    if name not in folders:
        have = "、".join(folders) or "无"
        raise LayoutError(f"找不到版式「{name}」（已安装：{have}）；"
                          "可在 perfdocs.toml 的 [layouts] paths 中加入自定义版式所在的文件夹")
    return read_layout(folders[name])


def x_load_layout__mutmut_5(name: str, extra: tuple[str, ...] = ()) -> Layout:
    """Find and read the layout called ``name`` (a folder name, or a path to a folder)."""
    candidate = Path(name)
    if (candidate / LAYOUT_FILE).is_file():
        return read_layout(candidate)
    folders = None
    if name not in folders:
        have = "、".join(folders) or "无"
        raise LayoutError(f"找不到版式「{name}」（已安装：{have}）；"
                          "可在 perfdocs.toml 的 [layouts] paths 中加入自定义版式所在的文件夹")
    return read_layout(folders[name])


def x_load_layout__mutmut_6(name: str, extra: tuple[str, ...] = ()) -> Layout:
    """Find and read the layout called ``name`` (a folder name, or a path to a folder)."""
    candidate = Path(name)
    if (candidate / LAYOUT_FILE).is_file():
        return read_layout(candidate)
    folders = available(None)
    if name not in folders:
        have = "、".join(folders) or "无"
        raise LayoutError(f"找不到版式「{name}」（已安装：{have}）；"
                          "可在 perfdocs.toml 的 [layouts] paths 中加入自定义版式所在的文件夹")
    return read_layout(folders[name])


def x_load_layout__mutmut_7(name: str, extra: tuple[str, ...] = ()) -> Layout:
    """Find and read the layout called ``name`` (a folder name, or a path to a folder)."""
    candidate = Path(name)
    if (candidate / LAYOUT_FILE).is_file():
        return read_layout(candidate)
    folders = available(extra)
    if name in folders:
        have = "、".join(folders) or "无"
        raise LayoutError(f"找不到版式「{name}」（已安装：{have}）；"
                          "可在 perfdocs.toml 的 [layouts] paths 中加入自定义版式所在的文件夹")
    return read_layout(folders[name])


def x_load_layout__mutmut_8(name: str, extra: tuple[str, ...] = ()) -> Layout:
    """Find and read the layout called ``name`` (a folder name, or a path to a folder)."""
    candidate = Path(name)
    if (candidate / LAYOUT_FILE).is_file():
        return read_layout(candidate)
    folders = available(extra)
    if name not in folders:
        have = None
        raise LayoutError(f"找不到版式「{name}」（已安装：{have}）；"
                          "可在 perfdocs.toml 的 [layouts] paths 中加入自定义版式所在的文件夹")
    return read_layout(folders[name])


def x_load_layout__mutmut_9(name: str, extra: tuple[str, ...] = ()) -> Layout:
    """Find and read the layout called ``name`` (a folder name, or a path to a folder)."""
    candidate = Path(name)
    if (candidate / LAYOUT_FILE).is_file():
        return read_layout(candidate)
    folders = available(extra)
    if name not in folders:
        have = "、".join(folders) and "无"
        raise LayoutError(f"找不到版式「{name}」（已安装：{have}）；"
                          "可在 perfdocs.toml 的 [layouts] paths 中加入自定义版式所在的文件夹")
    return read_layout(folders[name])


def x_load_layout__mutmut_10(name: str, extra: tuple[str, ...] = ()) -> Layout:
    """Find and read the layout called ``name`` (a folder name, or a path to a folder)."""
    candidate = Path(name)
    if (candidate / LAYOUT_FILE).is_file():
        return read_layout(candidate)
    folders = available(extra)
    if name not in folders:
        have = "、".join(None) or "无"
        raise LayoutError(f"找不到版式「{name}」（已安装：{have}）；"
                          "可在 perfdocs.toml 的 [layouts] paths 中加入自定义版式所在的文件夹")
    return read_layout(folders[name])


def x_load_layout__mutmut_11(name: str, extra: tuple[str, ...] = ()) -> Layout:
    """Find and read the layout called ``name`` (a folder name, or a path to a folder)."""
    candidate = Path(name)
    if (candidate / LAYOUT_FILE).is_file():
        return read_layout(candidate)
    folders = available(extra)
    if name not in folders:
        have = "XX、XX".join(folders) or "无"
        raise LayoutError(f"找不到版式「{name}」（已安装：{have}）；"
                          "可在 perfdocs.toml 的 [layouts] paths 中加入自定义版式所在的文件夹")
    return read_layout(folders[name])


def x_load_layout__mutmut_12(name: str, extra: tuple[str, ...] = ()) -> Layout:
    """Find and read the layout called ``name`` (a folder name, or a path to a folder)."""
    candidate = Path(name)
    if (candidate / LAYOUT_FILE).is_file():
        return read_layout(candidate)
    folders = available(extra)
    if name not in folders:
        have = "、".join(folders) or "XX无XX"
        raise LayoutError(f"找不到版式「{name}」（已安装：{have}）；"
                          "可在 perfdocs.toml 的 [layouts] paths 中加入自定义版式所在的文件夹")
    return read_layout(folders[name])


def x_load_layout__mutmut_13(name: str, extra: tuple[str, ...] = ()) -> Layout:
    """Find and read the layout called ``name`` (a folder name, or a path to a folder)."""
    candidate = Path(name)
    if (candidate / LAYOUT_FILE).is_file():
        return read_layout(candidate)
    folders = available(extra)
    if name not in folders:
        have = "、".join(folders) or "无"
        raise LayoutError(None)
    return read_layout(folders[name])


def x_load_layout__mutmut_14(name: str, extra: tuple[str, ...] = ()) -> Layout:
    """Find and read the layout called ``name`` (a folder name, or a path to a folder)."""
    candidate = Path(name)
    if (candidate / LAYOUT_FILE).is_file():
        return read_layout(candidate)
    folders = available(extra)
    if name not in folders:
        have = "、".join(folders) or "无"
        raise LayoutError(f"找不到版式「{name}」（已安装：{have}）；"
                          "XX可在 perfdocs.toml 的 [layouts] paths 中加入自定义版式所在的文件夹XX")
    return read_layout(folders[name])


def x_load_layout__mutmut_15(name: str, extra: tuple[str, ...] = ()) -> Layout:
    """Find and read the layout called ``name`` (a folder name, or a path to a folder)."""
    candidate = Path(name)
    if (candidate / LAYOUT_FILE).is_file():
        return read_layout(candidate)
    folders = available(extra)
    if name not in folders:
        have = "、".join(folders) or "无"
        raise LayoutError(f"找不到版式「{name}」（已安装：{have}）；"
                          "可在 PERFDOCS.TOML 的 [LAYOUTS] PATHS 中加入自定义版式所在的文件夹")
    return read_layout(folders[name])


def x_load_layout__mutmut_16(name: str, extra: tuple[str, ...] = ()) -> Layout:
    """Find and read the layout called ``name`` (a folder name, or a path to a folder)."""
    candidate = Path(name)
    if (candidate / LAYOUT_FILE).is_file():
        return read_layout(candidate)
    folders = available(extra)
    if name not in folders:
        have = "、".join(folders) or "无"
        raise LayoutError(f"找不到版式「{name}」（已安装：{have}）；"
                          "可在 perfdocs.toml 的 [layouts] paths 中加入自定义版式所在的文件夹")
    return read_layout(None)

mutants_x_load_layout__mutmut['_mutmut_orig'] = x_load_layout__mutmut_orig # type: ignore # mutmut generated
mutants_x_load_layout__mutmut['x_load_layout__mutmut_1'] = x_load_layout__mutmut_1 # type: ignore # mutmut generated
mutants_x_load_layout__mutmut['x_load_layout__mutmut_2'] = x_load_layout__mutmut_2 # type: ignore # mutmut generated
mutants_x_load_layout__mutmut['x_load_layout__mutmut_3'] = x_load_layout__mutmut_3 # type: ignore # mutmut generated
mutants_x_load_layout__mutmut['x_load_layout__mutmut_4'] = x_load_layout__mutmut_4 # type: ignore # mutmut generated
mutants_x_load_layout__mutmut['x_load_layout__mutmut_5'] = x_load_layout__mutmut_5 # type: ignore # mutmut generated
mutants_x_load_layout__mutmut['x_load_layout__mutmut_6'] = x_load_layout__mutmut_6 # type: ignore # mutmut generated
mutants_x_load_layout__mutmut['x_load_layout__mutmut_7'] = x_load_layout__mutmut_7 # type: ignore # mutmut generated
mutants_x_load_layout__mutmut['x_load_layout__mutmut_8'] = x_load_layout__mutmut_8 # type: ignore # mutmut generated
mutants_x_load_layout__mutmut['x_load_layout__mutmut_9'] = x_load_layout__mutmut_9 # type: ignore # mutmut generated
mutants_x_load_layout__mutmut['x_load_layout__mutmut_10'] = x_load_layout__mutmut_10 # type: ignore # mutmut generated
mutants_x_load_layout__mutmut['x_load_layout__mutmut_11'] = x_load_layout__mutmut_11 # type: ignore # mutmut generated
mutants_x_load_layout__mutmut['x_load_layout__mutmut_12'] = x_load_layout__mutmut_12 # type: ignore # mutmut generated
mutants_x_load_layout__mutmut['x_load_layout__mutmut_13'] = x_load_layout__mutmut_13 # type: ignore # mutmut generated
mutants_x_load_layout__mutmut['x_load_layout__mutmut_14'] = x_load_layout__mutmut_14 # type: ignore # mutmut generated
mutants_x_load_layout__mutmut['x_load_layout__mutmut_15'] = x_load_layout__mutmut_15 # type: ignore # mutmut generated
mutants_x_load_layout__mutmut['x_load_layout__mutmut_16'] = x_load_layout__mutmut_16 # type: ignore # mutmut generated
mutants_x_read_layout__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_read_layout__mutmut)
def read_layout(folder: Path) -> Layout:
    """Read one layout folder (cached by path and modification time)."""
    path = (folder / LAYOUT_FILE).resolve()
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        raise LayoutError("版式文件不存在", file=path) from None
    return _read_layout(path, mtime)


def x_read_layout__mutmut_orig(folder: Path) -> Layout:
    """Read one layout folder (cached by path and modification time)."""
    path = (folder / LAYOUT_FILE).resolve()
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        raise LayoutError("版式文件不存在", file=path) from None
    return _read_layout(path, mtime)


def x_read_layout__mutmut_1(folder: Path) -> Layout:
    """Read one layout folder (cached by path and modification time)."""
    path = None
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        raise LayoutError("版式文件不存在", file=path) from None
    return _read_layout(path, mtime)


def x_read_layout__mutmut_2(folder: Path) -> Layout:
    """Read one layout folder (cached by path and modification time)."""
    path = (folder * LAYOUT_FILE).resolve()
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        raise LayoutError("版式文件不存在", file=path) from None
    return _read_layout(path, mtime)


def x_read_layout__mutmut_3(folder: Path) -> Layout:
    """Read one layout folder (cached by path and modification time)."""
    path = (folder / LAYOUT_FILE).resolve()
    try:
        mtime = None
    except OSError:
        raise LayoutError("版式文件不存在", file=path) from None
    return _read_layout(path, mtime)


def x_read_layout__mutmut_4(folder: Path) -> Layout:
    """Read one layout folder (cached by path and modification time)."""
    path = (folder / LAYOUT_FILE).resolve()
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        raise LayoutError(None, file=path) from None
    return _read_layout(path, mtime)


def x_read_layout__mutmut_5(folder: Path) -> Layout:
    """Read one layout folder (cached by path and modification time)."""
    path = (folder / LAYOUT_FILE).resolve()
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        raise LayoutError("版式文件不存在", file=None) from None
    return _read_layout(path, mtime)


def x_read_layout__mutmut_6(folder: Path) -> Layout:
    """Read one layout folder (cached by path and modification time)."""
    path = (folder / LAYOUT_FILE).resolve()
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        raise LayoutError(file=path) from None
    return _read_layout(path, mtime)


def x_read_layout__mutmut_7(folder: Path) -> Layout:
    """Read one layout folder (cached by path and modification time)."""
    path = (folder / LAYOUT_FILE).resolve()
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        raise LayoutError("版式文件不存在", ) from None
    return _read_layout(path, mtime)


def x_read_layout__mutmut_8(folder: Path) -> Layout:
    """Read one layout folder (cached by path and modification time)."""
    path = (folder / LAYOUT_FILE).resolve()
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        raise LayoutError("XX版式文件不存在XX", file=path) from None
    return _read_layout(path, mtime)


def x_read_layout__mutmut_9(folder: Path) -> Layout:
    """Read one layout folder (cached by path and modification time)."""
    path = (folder / LAYOUT_FILE).resolve()
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        raise LayoutError("版式文件不存在", file=path) from None
    return _read_layout(None, mtime)


def x_read_layout__mutmut_10(folder: Path) -> Layout:
    """Read one layout folder (cached by path and modification time)."""
    path = (folder / LAYOUT_FILE).resolve()
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        raise LayoutError("版式文件不存在", file=path) from None
    return _read_layout(path, None)


def x_read_layout__mutmut_11(folder: Path) -> Layout:
    """Read one layout folder (cached by path and modification time)."""
    path = (folder / LAYOUT_FILE).resolve()
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        raise LayoutError("版式文件不存在", file=path) from None
    return _read_layout(mtime)


def x_read_layout__mutmut_12(folder: Path) -> Layout:
    """Read one layout folder (cached by path and modification time)."""
    path = (folder / LAYOUT_FILE).resolve()
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        raise LayoutError("版式文件不存在", file=path) from None
    return _read_layout(path, )

mutants_x_read_layout__mutmut['_mutmut_orig'] = x_read_layout__mutmut_orig # type: ignore # mutmut generated
mutants_x_read_layout__mutmut['x_read_layout__mutmut_1'] = x_read_layout__mutmut_1 # type: ignore # mutmut generated
mutants_x_read_layout__mutmut['x_read_layout__mutmut_2'] = x_read_layout__mutmut_2 # type: ignore # mutmut generated
mutants_x_read_layout__mutmut['x_read_layout__mutmut_3'] = x_read_layout__mutmut_3 # type: ignore # mutmut generated
mutants_x_read_layout__mutmut['x_read_layout__mutmut_4'] = x_read_layout__mutmut_4 # type: ignore # mutmut generated
mutants_x_read_layout__mutmut['x_read_layout__mutmut_5'] = x_read_layout__mutmut_5 # type: ignore # mutmut generated
mutants_x_read_layout__mutmut['x_read_layout__mutmut_6'] = x_read_layout__mutmut_6 # type: ignore # mutmut generated
mutants_x_read_layout__mutmut['x_read_layout__mutmut_7'] = x_read_layout__mutmut_7 # type: ignore # mutmut generated
mutants_x_read_layout__mutmut['x_read_layout__mutmut_8'] = x_read_layout__mutmut_8 # type: ignore # mutmut generated
mutants_x_read_layout__mutmut['x_read_layout__mutmut_9'] = x_read_layout__mutmut_9 # type: ignore # mutmut generated
mutants_x_read_layout__mutmut['x_read_layout__mutmut_10'] = x_read_layout__mutmut_10 # type: ignore # mutmut generated
mutants_x_read_layout__mutmut['x_read_layout__mutmut_11'] = x_read_layout__mutmut_11 # type: ignore # mutmut generated
mutants_x_read_layout__mutmut['x_read_layout__mutmut_12'] = x_read_layout__mutmut_12 # type: ignore # mutmut generated


@cache
def _read_layout(path: Path, mtime: int) -> Layout:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise LayoutError(f"无法读取版式文件：{exc}", file=path) from None
    except tomllib.TOMLDecodeError as exc:
        line = _toml_line(str(exc))
        raise LayoutError(f"版式文件不是合法的 TOML：{exc}", file=path, line=line) from None
    except RecursionError:
        raise LayoutError("版式文件嵌套层次过深：请检查方括号是否成对", file=path) from None
    if isinstance(data.get("forms"), dict):
        for kind, form in data["forms"].items():
            if isinstance(form, dict):
                form.setdefault("kind", kind)
    data["folder"] = str(path.parent)
    data.setdefault("name", path.parent.name)
    try:
        return Layout.model_validate(data)
    except ValidationError as exc:
        raise LayoutInvalid(path, _diagnostics(exc, path)) from None
mutants_x__diagnostics__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__diagnostics__mutmut)
def _diagnostics(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_orig(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_1(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = None
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_2(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = None
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_3(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(None)
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_4(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["XXlocXX"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_5(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["LOC"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_6(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = None
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_7(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get(None)
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_8(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get(None, {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_9(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", None).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_10(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get({}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_11(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", ).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_12(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("XXctxXX", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_13(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("CTX", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_14(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("XXerrorXX")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_15(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("ERROR")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_16(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = None
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_17(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(None)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_18(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = None
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_19(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if (where) and False else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_20(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if (where) or True else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_21(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(None)
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_22(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(None, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_23(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, None, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_24(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, None, field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_25(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=None,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_26(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule=None))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_27(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_28(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_29(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_30(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_31(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        ))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_32(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(None), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_33(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="XXLayoutErrorXX"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_34(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="layouterror"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_35(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LAYOUTERROR"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_36(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            break
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_37(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(None)
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_38(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(None, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_39(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, None, str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_40(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), None,
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_41(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_42(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule=None))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_43(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(_message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_44(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_45(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_46(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_47(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, ))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_48(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(None, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_49(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, None), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_50(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_51(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, ), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_52(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(None),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_53(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) and None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_54(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(None) or None, rule="LayoutError"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_55(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="XXLayoutErrorXX"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_56(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="layouterror"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_57(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LAYOUTERROR"))
    return list(dict.fromkeys(found))


def x__diagnostics__mutmut_58(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(None)


def x__diagnostics__mutmut_59(exc: ValidationError, path: Path) -> list[Diagnostic]:
    """Every fault pydantic found, one diagnostic each: the file, the key path, in Chinese."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, _Problems):
            where = _key_path(loc)
            for sub, message in cause.problems:
                key = f"{where}.{sub}" if where else sub
                found.append(Diagnostic(Severity.ERROR, message, str(path), field=key,
                                        rule="LayoutError"))
            continue
        found.append(Diagnostic(Severity.ERROR, _message(error, loc), str(path),
                                field=_key_path(loc) or None, rule="LayoutError"))
    return list(dict.fromkeys(None))

mutants_x__diagnostics__mutmut['_mutmut_orig'] = x__diagnostics__mutmut_orig # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_1'] = x__diagnostics__mutmut_1 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_2'] = x__diagnostics__mutmut_2 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_3'] = x__diagnostics__mutmut_3 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_4'] = x__diagnostics__mutmut_4 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_5'] = x__diagnostics__mutmut_5 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_6'] = x__diagnostics__mutmut_6 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_7'] = x__diagnostics__mutmut_7 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_8'] = x__diagnostics__mutmut_8 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_9'] = x__diagnostics__mutmut_9 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_10'] = x__diagnostics__mutmut_10 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_11'] = x__diagnostics__mutmut_11 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_12'] = x__diagnostics__mutmut_12 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_13'] = x__diagnostics__mutmut_13 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_14'] = x__diagnostics__mutmut_14 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_15'] = x__diagnostics__mutmut_15 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_16'] = x__diagnostics__mutmut_16 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_17'] = x__diagnostics__mutmut_17 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_18'] = x__diagnostics__mutmut_18 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_19'] = x__diagnostics__mutmut_19 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_20'] = x__diagnostics__mutmut_20 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_21'] = x__diagnostics__mutmut_21 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_22'] = x__diagnostics__mutmut_22 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_23'] = x__diagnostics__mutmut_23 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_24'] = x__diagnostics__mutmut_24 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_25'] = x__diagnostics__mutmut_25 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_26'] = x__diagnostics__mutmut_26 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_27'] = x__diagnostics__mutmut_27 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_28'] = x__diagnostics__mutmut_28 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_29'] = x__diagnostics__mutmut_29 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_30'] = x__diagnostics__mutmut_30 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_31'] = x__diagnostics__mutmut_31 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_32'] = x__diagnostics__mutmut_32 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_33'] = x__diagnostics__mutmut_33 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_34'] = x__diagnostics__mutmut_34 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_35'] = x__diagnostics__mutmut_35 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_36'] = x__diagnostics__mutmut_36 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_37'] = x__diagnostics__mutmut_37 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_38'] = x__diagnostics__mutmut_38 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_39'] = x__diagnostics__mutmut_39 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_40'] = x__diagnostics__mutmut_40 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_41'] = x__diagnostics__mutmut_41 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_42'] = x__diagnostics__mutmut_42 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_43'] = x__diagnostics__mutmut_43 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_44'] = x__diagnostics__mutmut_44 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_45'] = x__diagnostics__mutmut_45 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_46'] = x__diagnostics__mutmut_46 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_47'] = x__diagnostics__mutmut_47 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_48'] = x__diagnostics__mutmut_48 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_49'] = x__diagnostics__mutmut_49 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_50'] = x__diagnostics__mutmut_50 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_51'] = x__diagnostics__mutmut_51 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_52'] = x__diagnostics__mutmut_52 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_53'] = x__diagnostics__mutmut_53 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_54'] = x__diagnostics__mutmut_54 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_55'] = x__diagnostics__mutmut_55 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_56'] = x__diagnostics__mutmut_56 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_57'] = x__diagnostics__mutmut_57 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_58'] = x__diagnostics__mutmut_58 # type: ignore # mutmut generated
mutants_x__diagnostics__mutmut['x__diagnostics__mutmut_59'] = x__diagnostics__mutmut_59 # type: ignore # mutmut generated
mutants_x__key_path__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__key_path__mutmut)
def _key_path(loc: tuple[int | str, ...]) -> str:
    """pydantic's location as the key a layout editor looks for: ``scoring.tiers[1].min``.

    List positions count from 1, as in project-file messages (``数量指标[2]``).
    """
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def x__key_path__mutmut_orig(loc: tuple[int | str, ...]) -> str:
    """pydantic's location as the key a layout editor looks for: ``scoring.tiers[1].min``.

    List positions count from 1, as in project-file messages (``数量指标[2]``).
    """
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def x__key_path__mutmut_1(loc: tuple[int | str, ...]) -> str:
    """pydantic's location as the key a layout editor looks for: ``scoring.tiers[1].min``.

    List positions count from 1, as in project-file messages (``数量指标[2]``).
    """
    text = None
    for part in loc:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def x__key_path__mutmut_2(loc: tuple[int | str, ...]) -> str:
    """pydantic's location as the key a layout editor looks for: ``scoring.tiers[1].min``.

    List positions count from 1, as in project-file messages (``数量指标[2]``).
    """
    text = "XXXX"
    for part in loc:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def x__key_path__mutmut_3(loc: tuple[int | str, ...]) -> str:
    """pydantic's location as the key a layout editor looks for: ``scoring.tiers[1].min``.

    List positions count from 1, as in project-file messages (``数量指标[2]``).
    """
    text = ""
    for part in loc:
        if isinstance(part, int):
            text = f"[{part + 1}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def x__key_path__mutmut_4(loc: tuple[int | str, ...]) -> str:
    """pydantic's location as the key a layout editor looks for: ``scoring.tiers[1].min``.

    List positions count from 1, as in project-file messages (``数量指标[2]``).
    """
    text = ""
    for part in loc:
        if isinstance(part, int):
            text -= f"[{part + 1}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def x__key_path__mutmut_5(loc: tuple[int | str, ...]) -> str:
    """pydantic's location as the key a layout editor looks for: ``scoring.tiers[1].min``.

    List positions count from 1, as in project-file messages (``数量指标[2]``).
    """
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part - 1}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def x__key_path__mutmut_6(loc: tuple[int | str, ...]) -> str:
    """pydantic's location as the key a layout editor looks for: ``scoring.tiers[1].min``.

    List positions count from 1, as in project-file messages (``数量指标[2]``).
    """
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part + 2}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def x__key_path__mutmut_7(loc: tuple[int | str, ...]) -> str:
    """pydantic's location as the key a layout editor looks for: ``scoring.tiers[1].min``.

    List positions count from 1, as in project-file messages (``数量指标[2]``).
    """
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text = f".{part}" if text else str(part)
    return text


def x__key_path__mutmut_8(loc: tuple[int | str, ...]) -> str:
    """pydantic's location as the key a layout editor looks for: ``scoring.tiers[1].min``.

    List positions count from 1, as in project-file messages (``数量指标[2]``).
    """
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text -= f".{part}" if text else str(part)
    return text


def x__key_path__mutmut_9(loc: tuple[int | str, ...]) -> str:
    """pydantic's location as the key a layout editor looks for: ``scoring.tiers[1].min``.

    List positions count from 1, as in project-file messages (``数量指标[2]``).
    """
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text += f".{part}" if (text) and False else str(part)
    return text


def x__key_path__mutmut_10(loc: tuple[int | str, ...]) -> str:
    """pydantic's location as the key a layout editor looks for: ``scoring.tiers[1].min``.

    List positions count from 1, as in project-file messages (``数量指标[2]``).
    """
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text += f".{part}" if (text) or True else str(part)
    return text


def x__key_path__mutmut_11(loc: tuple[int | str, ...]) -> str:
    """pydantic's location as the key a layout editor looks for: ``scoring.tiers[1].min``.

    List positions count from 1, as in project-file messages (``数量指标[2]``).
    """
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text += f".{part}" if text else str(None)
    return text

mutants_x__key_path__mutmut['_mutmut_orig'] = x__key_path__mutmut_orig # type: ignore # mutmut generated
mutants_x__key_path__mutmut['x__key_path__mutmut_1'] = x__key_path__mutmut_1 # type: ignore # mutmut generated
mutants_x__key_path__mutmut['x__key_path__mutmut_2'] = x__key_path__mutmut_2 # type: ignore # mutmut generated
mutants_x__key_path__mutmut['x__key_path__mutmut_3'] = x__key_path__mutmut_3 # type: ignore # mutmut generated
mutants_x__key_path__mutmut['x__key_path__mutmut_4'] = x__key_path__mutmut_4 # type: ignore # mutmut generated
mutants_x__key_path__mutmut['x__key_path__mutmut_5'] = x__key_path__mutmut_5 # type: ignore # mutmut generated
mutants_x__key_path__mutmut['x__key_path__mutmut_6'] = x__key_path__mutmut_6 # type: ignore # mutmut generated
mutants_x__key_path__mutmut['x__key_path__mutmut_7'] = x__key_path__mutmut_7 # type: ignore # mutmut generated
mutants_x__key_path__mutmut['x__key_path__mutmut_8'] = x__key_path__mutmut_8 # type: ignore # mutmut generated
mutants_x__key_path__mutmut['x__key_path__mutmut_9'] = x__key_path__mutmut_9 # type: ignore # mutmut generated
mutants_x__key_path__mutmut['x__key_path__mutmut_10'] = x__key_path__mutmut_10 # type: ignore # mutmut generated
mutants_x__key_path__mutmut['x__key_path__mutmut_11'] = x__key_path__mutmut_11 # type: ignore # mutmut generated
mutants_x__message__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__message__mutmut)
def _message(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_orig(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_1(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = None
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_2(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["XXtypeXX"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_3(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["TYPE"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_4(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = None
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_5(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(None)
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_6(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") and {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_7(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get(None) or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_8(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("XXctxXX") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_9(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("CTX") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_10(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind != "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_11(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "XXextra_forbiddenXX":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_12(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "EXTRA_FORBIDDEN":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_13(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(None, _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_14(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), None)
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_15(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(_keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_16(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), )
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_17(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(None), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_18(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[+1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_19(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-2]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_20(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(None))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_21(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:+1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_22(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-2]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_23(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind != "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_24(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "XXmissingXX":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_25(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "MISSING":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_26(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "XX缺少必填的键XX"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_27(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind != "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_28(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "XXliteral_errorXX":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_29(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "LITERAL_ERROR":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_30(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = None
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_31(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(None, str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_32(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", None)
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_33(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_34(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", )
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_35(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"XX'([^']*)'XX", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_36(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(None))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_37(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get(None, "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_38(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", None)))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_39(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_40(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", )))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_41(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("XXexpectedXX", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_42(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("EXPECTED", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_43(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "XXXX")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_44(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = None
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_45(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(None)
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_46(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "XX、XX".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_47(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:+1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_48(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-2])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_49(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = None
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_50(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if (wanted) and False else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_51(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if (wanted) or True else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_52(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[+1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_53(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-2]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_54(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[+1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_55(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-2]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_56(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(None)}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_57(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get(None))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_58(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('XXinputXX'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_59(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('INPUT'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_60(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = None
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_61(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "XXint_typeXX": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_62(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "INT_TYPE": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_63(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "XX应为整数XX", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_64(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "XXint_parsingXX": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_65(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "INT_PARSING": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_66(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "XX应为整数XX", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_67(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "XXint_from_floatXX": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_68(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "INT_FROM_FLOAT": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_69(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "XX应为整数XX",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_70(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "XXbool_typeXX": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_71(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "BOOL_TYPE": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_72(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "XX应为 true 或 falseXX", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_73(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 TRUE 或 FALSE", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_74(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "XXbool_parsingXX": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_75(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "BOOL_PARSING": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_76(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "XX应为 true 或 falseXX",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_77(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 TRUE 或 FALSE",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_78(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "XXstring_typeXX": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_79(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "STRING_TYPE": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_80(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "XX应为用引号写的文字XX", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_81(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "XXlist_typeXX": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_82(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "LIST_TYPE": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_83(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "XX应为列表，如 [1, 2]XX",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_84(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "XXdict_typeXX": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_85(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "DICT_TYPE": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_86(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "XX应为表（[…] 一节或 { … }）XX", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_87(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "XXmodel_typeXX": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_88(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "MODEL_TYPE": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_89(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "XX应为表（[…] 一节或 { … }）XX",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_90(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "XXmodel_attributes_typeXX": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_91(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "MODEL_ATTRIBUTES_TYPE": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_92(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "XX应为表（[…] 一节或 { … }）XX", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_93(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "XXfinite_numberXX": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_94(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "FINITE_NUMBER": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_95(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "XX应为数字XX",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_96(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "XXdecimal_typeXX": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_97(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "DECIMAL_TYPE": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_98(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "XX应为数字XX", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_99(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "XXdecimal_parsingXX": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_100(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "DECIMAL_PARSING": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_101(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "XX应为数字XX", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_102(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "XXstring_too_shortXX": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_103(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "STRING_TOO_SHORT": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_104(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "XX不能为空XX",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_105(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind not in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_106(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = None
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_107(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"XXgreater_thanXX": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_108(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"GREATER_THAN": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_109(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "XX须大于 {gt}XX", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_110(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {GT}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_111(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "XXgreater_than_equalXX": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_112(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "GREATER_THAN_EQUAL": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_113(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "XX不能小于 {ge}XX",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_114(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {GE}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_115(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "XXless_thanXX": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_116(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "LESS_THAN": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_117(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "XX须小于 {lt}XX", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_118(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {LT}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_119(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "XXless_than_equalXX": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_120(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "LESS_THAN_EQUAL": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_121(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "XX不能大于 {le}XX",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_122(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {LE}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_123(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "XXtoo_shortXX": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_124(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "TOO_SHORT": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_125(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "XX至少要有 {min_length} 项XX", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_126(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {MIN_LENGTH} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_127(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "XXtoo_longXX": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_128(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "TOO_LONG": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_129(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "XX最多 {max_length} 项XX"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_130(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {MAX_LENGTH} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_131(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind not in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_132(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(None) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def x__message__mutmut_133(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix(None)


def x__message__mutmut_134(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removesuffix("Value error, ")


def x__message__mutmut_135(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(None).removeprefix("Value error, ")


def x__message__mutmut_136(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["XXmsgXX"]).removeprefix("Value error, ")


def x__message__mutmut_137(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["MSG"]).removeprefix("Value error, ")


def x__message__mutmut_138(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("XXValue error, XX")


def x__message__mutmut_139(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("value error, ")


def x__message__mutmut_140(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    """One pydantic error in the words of the other layout messages."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        return _unknown_key(str(loc[-1]), _keys_at(loc[:-1]))
    if kind == "missing":
        return "缺少必填的键"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        wanted = "、".join(f"\"{c}\"" for c in choices[:-1])
        wanted = f"{wanted} 或 \"{choices[-1]}\"" if wanted else f"\"{choices[-1]}\""
        return f"应为 {wanted}，不是 {_shown(error.get('input'))}"
    simple = {
        "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
        "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
        "string_type": "应为用引号写的文字", "list_type": "应为列表，如 [1, 2]",
        "dict_type": "应为表（[…] 一节或 { … }）", "model_type": "应为表（[…] 一节或 { … }）",
        "model_attributes_type": "应为表（[…] 一节或 { … }）", "finite_number": "应为数字",
        "decimal_type": "应为数字", "decimal_parsing": "应为数字", "string_too_short": "不能为空",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
              "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
              "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项"}
    if kind in bounds:
        return bounds[kind].format(**{k: _plain(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("VALUE ERROR, ")

mutants_x__message__mutmut['_mutmut_orig'] = x__message__mutmut_orig # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_1'] = x__message__mutmut_1 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_2'] = x__message__mutmut_2 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_3'] = x__message__mutmut_3 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_4'] = x__message__mutmut_4 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_5'] = x__message__mutmut_5 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_6'] = x__message__mutmut_6 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_7'] = x__message__mutmut_7 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_8'] = x__message__mutmut_8 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_9'] = x__message__mutmut_9 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_10'] = x__message__mutmut_10 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_11'] = x__message__mutmut_11 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_12'] = x__message__mutmut_12 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_13'] = x__message__mutmut_13 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_14'] = x__message__mutmut_14 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_15'] = x__message__mutmut_15 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_16'] = x__message__mutmut_16 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_17'] = x__message__mutmut_17 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_18'] = x__message__mutmut_18 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_19'] = x__message__mutmut_19 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_20'] = x__message__mutmut_20 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_21'] = x__message__mutmut_21 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_22'] = x__message__mutmut_22 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_23'] = x__message__mutmut_23 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_24'] = x__message__mutmut_24 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_25'] = x__message__mutmut_25 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_26'] = x__message__mutmut_26 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_27'] = x__message__mutmut_27 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_28'] = x__message__mutmut_28 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_29'] = x__message__mutmut_29 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_30'] = x__message__mutmut_30 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_31'] = x__message__mutmut_31 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_32'] = x__message__mutmut_32 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_33'] = x__message__mutmut_33 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_34'] = x__message__mutmut_34 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_35'] = x__message__mutmut_35 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_36'] = x__message__mutmut_36 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_37'] = x__message__mutmut_37 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_38'] = x__message__mutmut_38 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_39'] = x__message__mutmut_39 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_40'] = x__message__mutmut_40 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_41'] = x__message__mutmut_41 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_42'] = x__message__mutmut_42 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_43'] = x__message__mutmut_43 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_44'] = x__message__mutmut_44 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_45'] = x__message__mutmut_45 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_46'] = x__message__mutmut_46 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_47'] = x__message__mutmut_47 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_48'] = x__message__mutmut_48 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_49'] = x__message__mutmut_49 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_50'] = x__message__mutmut_50 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_51'] = x__message__mutmut_51 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_52'] = x__message__mutmut_52 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_53'] = x__message__mutmut_53 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_54'] = x__message__mutmut_54 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_55'] = x__message__mutmut_55 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_56'] = x__message__mutmut_56 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_57'] = x__message__mutmut_57 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_58'] = x__message__mutmut_58 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_59'] = x__message__mutmut_59 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_60'] = x__message__mutmut_60 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_61'] = x__message__mutmut_61 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_62'] = x__message__mutmut_62 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_63'] = x__message__mutmut_63 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_64'] = x__message__mutmut_64 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_65'] = x__message__mutmut_65 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_66'] = x__message__mutmut_66 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_67'] = x__message__mutmut_67 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_68'] = x__message__mutmut_68 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_69'] = x__message__mutmut_69 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_70'] = x__message__mutmut_70 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_71'] = x__message__mutmut_71 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_72'] = x__message__mutmut_72 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_73'] = x__message__mutmut_73 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_74'] = x__message__mutmut_74 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_75'] = x__message__mutmut_75 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_76'] = x__message__mutmut_76 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_77'] = x__message__mutmut_77 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_78'] = x__message__mutmut_78 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_79'] = x__message__mutmut_79 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_80'] = x__message__mutmut_80 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_81'] = x__message__mutmut_81 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_82'] = x__message__mutmut_82 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_83'] = x__message__mutmut_83 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_84'] = x__message__mutmut_84 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_85'] = x__message__mutmut_85 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_86'] = x__message__mutmut_86 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_87'] = x__message__mutmut_87 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_88'] = x__message__mutmut_88 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_89'] = x__message__mutmut_89 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_90'] = x__message__mutmut_90 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_91'] = x__message__mutmut_91 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_92'] = x__message__mutmut_92 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_93'] = x__message__mutmut_93 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_94'] = x__message__mutmut_94 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_95'] = x__message__mutmut_95 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_96'] = x__message__mutmut_96 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_97'] = x__message__mutmut_97 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_98'] = x__message__mutmut_98 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_99'] = x__message__mutmut_99 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_100'] = x__message__mutmut_100 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_101'] = x__message__mutmut_101 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_102'] = x__message__mutmut_102 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_103'] = x__message__mutmut_103 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_104'] = x__message__mutmut_104 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_105'] = x__message__mutmut_105 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_106'] = x__message__mutmut_106 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_107'] = x__message__mutmut_107 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_108'] = x__message__mutmut_108 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_109'] = x__message__mutmut_109 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_110'] = x__message__mutmut_110 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_111'] = x__message__mutmut_111 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_112'] = x__message__mutmut_112 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_113'] = x__message__mutmut_113 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_114'] = x__message__mutmut_114 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_115'] = x__message__mutmut_115 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_116'] = x__message__mutmut_116 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_117'] = x__message__mutmut_117 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_118'] = x__message__mutmut_118 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_119'] = x__message__mutmut_119 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_120'] = x__message__mutmut_120 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_121'] = x__message__mutmut_121 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_122'] = x__message__mutmut_122 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_123'] = x__message__mutmut_123 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_124'] = x__message__mutmut_124 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_125'] = x__message__mutmut_125 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_126'] = x__message__mutmut_126 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_127'] = x__message__mutmut_127 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_128'] = x__message__mutmut_128 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_129'] = x__message__mutmut_129 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_130'] = x__message__mutmut_130 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_131'] = x__message__mutmut_131 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_132'] = x__message__mutmut_132 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_133'] = x__message__mutmut_133 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_134'] = x__message__mutmut_134 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_135'] = x__message__mutmut_135 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_136'] = x__message__mutmut_136 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_137'] = x__message__mutmut_137 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_138'] = x__message__mutmut_138 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_139'] = x__message__mutmut_139 # type: ignore # mutmut generated
mutants_x__message__mutmut['x__message__mutmut_140'] = x__message__mutmut_140 # type: ignore # mutmut generated
mutants_x__keys_at__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__keys_at__mutmut)
def _keys_at(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = _unwrap(node)
        if isinstance(node, type) and issubclass(node, BaseModel):
            field = node.model_fields.get(str(part))
            if field is None:
                return []
            node = field.annotation
        elif get_origin(node) is dict:
            node = get_args(node)[1]
        elif get_origin(node) is list:
            node = get_args(node)[0]
        else:
            return []
    node = _unwrap(node)
    if isinstance(node, type) and issubclass(node, BaseModel):
        return [name for name in node.model_fields if name not in ("kind", "folder")]
    return []


def x__keys_at__mutmut_orig(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = _unwrap(node)
        if isinstance(node, type) and issubclass(node, BaseModel):
            field = node.model_fields.get(str(part))
            if field is None:
                return []
            node = field.annotation
        elif get_origin(node) is dict:
            node = get_args(node)[1]
        elif get_origin(node) is list:
            node = get_args(node)[0]
        else:
            return []
    node = _unwrap(node)
    if isinstance(node, type) and issubclass(node, BaseModel):
        return [name for name in node.model_fields if name not in ("kind", "folder")]
    return []


def x__keys_at__mutmut_1(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = None
    for part in loc:
        node = _unwrap(node)
        if isinstance(node, type) and issubclass(node, BaseModel):
            field = node.model_fields.get(str(part))
            if field is None:
                return []
            node = field.annotation
        elif get_origin(node) is dict:
            node = get_args(node)[1]
        elif get_origin(node) is list:
            node = get_args(node)[0]
        else:
            return []
    node = _unwrap(node)
    if isinstance(node, type) and issubclass(node, BaseModel):
        return [name for name in node.model_fields if name not in ("kind", "folder")]
    return []


def x__keys_at__mutmut_2(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = None
        if isinstance(node, type) and issubclass(node, BaseModel):
            field = node.model_fields.get(str(part))
            if field is None:
                return []
            node = field.annotation
        elif get_origin(node) is dict:
            node = get_args(node)[1]
        elif get_origin(node) is list:
            node = get_args(node)[0]
        else:
            return []
    node = _unwrap(node)
    if isinstance(node, type) and issubclass(node, BaseModel):
        return [name for name in node.model_fields if name not in ("kind", "folder")]
    return []


def x__keys_at__mutmut_3(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = _unwrap(None)
        if isinstance(node, type) and issubclass(node, BaseModel):
            field = node.model_fields.get(str(part))
            if field is None:
                return []
            node = field.annotation
        elif get_origin(node) is dict:
            node = get_args(node)[1]
        elif get_origin(node) is list:
            node = get_args(node)[0]
        else:
            return []
    node = _unwrap(node)
    if isinstance(node, type) and issubclass(node, BaseModel):
        return [name for name in node.model_fields if name not in ("kind", "folder")]
    return []


def x__keys_at__mutmut_4(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = _unwrap(node)
        if isinstance(node, type) or issubclass(node, BaseModel):
            field = node.model_fields.get(str(part))
            if field is None:
                return []
            node = field.annotation
        elif get_origin(node) is dict:
            node = get_args(node)[1]
        elif get_origin(node) is list:
            node = get_args(node)[0]
        else:
            return []
    node = _unwrap(node)
    if isinstance(node, type) and issubclass(node, BaseModel):
        return [name for name in node.model_fields if name not in ("kind", "folder")]
    return []


def x__keys_at__mutmut_5(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = _unwrap(node)
        if isinstance(node, type) and issubclass(None, BaseModel):
            field = node.model_fields.get(str(part))
            if field is None:
                return []
            node = field.annotation
        elif get_origin(node) is dict:
            node = get_args(node)[1]
        elif get_origin(node) is list:
            node = get_args(node)[0]
        else:
            return []
    node = _unwrap(node)
    if isinstance(node, type) and issubclass(node, BaseModel):
        return [name for name in node.model_fields if name not in ("kind", "folder")]
    return []


def x__keys_at__mutmut_6(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = _unwrap(node)
        if isinstance(node, type) and issubclass(node, None):
            field = node.model_fields.get(str(part))
            if field is None:
                return []
            node = field.annotation
        elif get_origin(node) is dict:
            node = get_args(node)[1]
        elif get_origin(node) is list:
            node = get_args(node)[0]
        else:
            return []
    node = _unwrap(node)
    if isinstance(node, type) and issubclass(node, BaseModel):
        return [name for name in node.model_fields if name not in ("kind", "folder")]
    return []


def x__keys_at__mutmut_7(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = _unwrap(node)
        if isinstance(node, type) and issubclass(BaseModel):
            field = node.model_fields.get(str(part))
            if field is None:
                return []
            node = field.annotation
        elif get_origin(node) is dict:
            node = get_args(node)[1]
        elif get_origin(node) is list:
            node = get_args(node)[0]
        else:
            return []
    node = _unwrap(node)
    if isinstance(node, type) and issubclass(node, BaseModel):
        return [name for name in node.model_fields if name not in ("kind", "folder")]
    return []


def x__keys_at__mutmut_8(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = _unwrap(node)
        if isinstance(node, type) and issubclass(node, ):
            field = node.model_fields.get(str(part))
            if field is None:
                return []
            node = field.annotation
        elif get_origin(node) is dict:
            node = get_args(node)[1]
        elif get_origin(node) is list:
            node = get_args(node)[0]
        else:
            return []
    node = _unwrap(node)
    if isinstance(node, type) and issubclass(node, BaseModel):
        return [name for name in node.model_fields if name not in ("kind", "folder")]
    return []


def x__keys_at__mutmut_9(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = _unwrap(node)
        if isinstance(node, type) and issubclass(node, BaseModel):
            field = None
            if field is None:
                return []
            node = field.annotation
        elif get_origin(node) is dict:
            node = get_args(node)[1]
        elif get_origin(node) is list:
            node = get_args(node)[0]
        else:
            return []
    node = _unwrap(node)
    if isinstance(node, type) and issubclass(node, BaseModel):
        return [name for name in node.model_fields if name not in ("kind", "folder")]
    return []


def x__keys_at__mutmut_10(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = _unwrap(node)
        if isinstance(node, type) and issubclass(node, BaseModel):
            field = node.model_fields.get(None)
            if field is None:
                return []
            node = field.annotation
        elif get_origin(node) is dict:
            node = get_args(node)[1]
        elif get_origin(node) is list:
            node = get_args(node)[0]
        else:
            return []
    node = _unwrap(node)
    if isinstance(node, type) and issubclass(node, BaseModel):
        return [name for name in node.model_fields if name not in ("kind", "folder")]
    return []


def x__keys_at__mutmut_11(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = _unwrap(node)
        if isinstance(node, type) and issubclass(node, BaseModel):
            field = node.model_fields.get(str(None))
            if field is None:
                return []
            node = field.annotation
        elif get_origin(node) is dict:
            node = get_args(node)[1]
        elif get_origin(node) is list:
            node = get_args(node)[0]
        else:
            return []
    node = _unwrap(node)
    if isinstance(node, type) and issubclass(node, BaseModel):
        return [name for name in node.model_fields if name not in ("kind", "folder")]
    return []


def x__keys_at__mutmut_12(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = _unwrap(node)
        if isinstance(node, type) and issubclass(node, BaseModel):
            field = node.model_fields.get(str(part))
            if field is not None:
                return []
            node = field.annotation
        elif get_origin(node) is dict:
            node = get_args(node)[1]
        elif get_origin(node) is list:
            node = get_args(node)[0]
        else:
            return []
    node = _unwrap(node)
    if isinstance(node, type) and issubclass(node, BaseModel):
        return [name for name in node.model_fields if name not in ("kind", "folder")]
    return []


def x__keys_at__mutmut_13(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = _unwrap(node)
        if isinstance(node, type) and issubclass(node, BaseModel):
            field = node.model_fields.get(str(part))
            if field is None:
                return []
            node = None
        elif get_origin(node) is dict:
            node = get_args(node)[1]
        elif get_origin(node) is list:
            node = get_args(node)[0]
        else:
            return []
    node = _unwrap(node)
    if isinstance(node, type) and issubclass(node, BaseModel):
        return [name for name in node.model_fields if name not in ("kind", "folder")]
    return []


def x__keys_at__mutmut_14(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = _unwrap(node)
        if isinstance(node, type) and issubclass(node, BaseModel):
            field = node.model_fields.get(str(part))
            if field is None:
                return []
            node = field.annotation
        elif get_origin(None) is dict:
            node = get_args(node)[1]
        elif get_origin(node) is list:
            node = get_args(node)[0]
        else:
            return []
    node = _unwrap(node)
    if isinstance(node, type) and issubclass(node, BaseModel):
        return [name for name in node.model_fields if name not in ("kind", "folder")]
    return []


def x__keys_at__mutmut_15(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = _unwrap(node)
        if isinstance(node, type) and issubclass(node, BaseModel):
            field = node.model_fields.get(str(part))
            if field is None:
                return []
            node = field.annotation
        elif get_origin(node) is not dict:
            node = get_args(node)[1]
        elif get_origin(node) is list:
            node = get_args(node)[0]
        else:
            return []
    node = _unwrap(node)
    if isinstance(node, type) and issubclass(node, BaseModel):
        return [name for name in node.model_fields if name not in ("kind", "folder")]
    return []


def x__keys_at__mutmut_16(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = _unwrap(node)
        if isinstance(node, type) and issubclass(node, BaseModel):
            field = node.model_fields.get(str(part))
            if field is None:
                return []
            node = field.annotation
        elif get_origin(node) is dict:
            node = None
        elif get_origin(node) is list:
            node = get_args(node)[0]
        else:
            return []
    node = _unwrap(node)
    if isinstance(node, type) and issubclass(node, BaseModel):
        return [name for name in node.model_fields if name not in ("kind", "folder")]
    return []


def x__keys_at__mutmut_17(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = _unwrap(node)
        if isinstance(node, type) and issubclass(node, BaseModel):
            field = node.model_fields.get(str(part))
            if field is None:
                return []
            node = field.annotation
        elif get_origin(node) is dict:
            node = get_args(None)[1]
        elif get_origin(node) is list:
            node = get_args(node)[0]
        else:
            return []
    node = _unwrap(node)
    if isinstance(node, type) and issubclass(node, BaseModel):
        return [name for name in node.model_fields if name not in ("kind", "folder")]
    return []


def x__keys_at__mutmut_18(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = _unwrap(node)
        if isinstance(node, type) and issubclass(node, BaseModel):
            field = node.model_fields.get(str(part))
            if field is None:
                return []
            node = field.annotation
        elif get_origin(node) is dict:
            node = get_args(node)[2]
        elif get_origin(node) is list:
            node = get_args(node)[0]
        else:
            return []
    node = _unwrap(node)
    if isinstance(node, type) and issubclass(node, BaseModel):
        return [name for name in node.model_fields if name not in ("kind", "folder")]
    return []


def x__keys_at__mutmut_19(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = _unwrap(node)
        if isinstance(node, type) and issubclass(node, BaseModel):
            field = node.model_fields.get(str(part))
            if field is None:
                return []
            node = field.annotation
        elif get_origin(node) is dict:
            node = get_args(node)[1]
        elif get_origin(None) is list:
            node = get_args(node)[0]
        else:
            return []
    node = _unwrap(node)
    if isinstance(node, type) and issubclass(node, BaseModel):
        return [name for name in node.model_fields if name not in ("kind", "folder")]
    return []


def x__keys_at__mutmut_20(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = _unwrap(node)
        if isinstance(node, type) and issubclass(node, BaseModel):
            field = node.model_fields.get(str(part))
            if field is None:
                return []
            node = field.annotation
        elif get_origin(node) is dict:
            node = get_args(node)[1]
        elif get_origin(node) is not list:
            node = get_args(node)[0]
        else:
            return []
    node = _unwrap(node)
    if isinstance(node, type) and issubclass(node, BaseModel):
        return [name for name in node.model_fields if name not in ("kind", "folder")]
    return []


def x__keys_at__mutmut_21(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = _unwrap(node)
        if isinstance(node, type) and issubclass(node, BaseModel):
            field = node.model_fields.get(str(part))
            if field is None:
                return []
            node = field.annotation
        elif get_origin(node) is dict:
            node = get_args(node)[1]
        elif get_origin(node) is list:
            node = None
        else:
            return []
    node = _unwrap(node)
    if isinstance(node, type) and issubclass(node, BaseModel):
        return [name for name in node.model_fields if name not in ("kind", "folder")]
    return []


def x__keys_at__mutmut_22(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = _unwrap(node)
        if isinstance(node, type) and issubclass(node, BaseModel):
            field = node.model_fields.get(str(part))
            if field is None:
                return []
            node = field.annotation
        elif get_origin(node) is dict:
            node = get_args(node)[1]
        elif get_origin(node) is list:
            node = get_args(None)[0]
        else:
            return []
    node = _unwrap(node)
    if isinstance(node, type) and issubclass(node, BaseModel):
        return [name for name in node.model_fields if name not in ("kind", "folder")]
    return []


def x__keys_at__mutmut_23(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = _unwrap(node)
        if isinstance(node, type) and issubclass(node, BaseModel):
            field = node.model_fields.get(str(part))
            if field is None:
                return []
            node = field.annotation
        elif get_origin(node) is dict:
            node = get_args(node)[1]
        elif get_origin(node) is list:
            node = get_args(node)[1]
        else:
            return []
    node = _unwrap(node)
    if isinstance(node, type) and issubclass(node, BaseModel):
        return [name for name in node.model_fields if name not in ("kind", "folder")]
    return []


def x__keys_at__mutmut_24(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = _unwrap(node)
        if isinstance(node, type) and issubclass(node, BaseModel):
            field = node.model_fields.get(str(part))
            if field is None:
                return []
            node = field.annotation
        elif get_origin(node) is dict:
            node = get_args(node)[1]
        elif get_origin(node) is list:
            node = get_args(node)[0]
        else:
            return []
    node = None
    if isinstance(node, type) and issubclass(node, BaseModel):
        return [name for name in node.model_fields if name not in ("kind", "folder")]
    return []


def x__keys_at__mutmut_25(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = _unwrap(node)
        if isinstance(node, type) and issubclass(node, BaseModel):
            field = node.model_fields.get(str(part))
            if field is None:
                return []
            node = field.annotation
        elif get_origin(node) is dict:
            node = get_args(node)[1]
        elif get_origin(node) is list:
            node = get_args(node)[0]
        else:
            return []
    node = _unwrap(None)
    if isinstance(node, type) and issubclass(node, BaseModel):
        return [name for name in node.model_fields if name not in ("kind", "folder")]
    return []


def x__keys_at__mutmut_26(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = _unwrap(node)
        if isinstance(node, type) and issubclass(node, BaseModel):
            field = node.model_fields.get(str(part))
            if field is None:
                return []
            node = field.annotation
        elif get_origin(node) is dict:
            node = get_args(node)[1]
        elif get_origin(node) is list:
            node = get_args(node)[0]
        else:
            return []
    node = _unwrap(node)
    if isinstance(node, type) or issubclass(node, BaseModel):
        return [name for name in node.model_fields if name not in ("kind", "folder")]
    return []


def x__keys_at__mutmut_27(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = _unwrap(node)
        if isinstance(node, type) and issubclass(node, BaseModel):
            field = node.model_fields.get(str(part))
            if field is None:
                return []
            node = field.annotation
        elif get_origin(node) is dict:
            node = get_args(node)[1]
        elif get_origin(node) is list:
            node = get_args(node)[0]
        else:
            return []
    node = _unwrap(node)
    if isinstance(node, type) and issubclass(None, BaseModel):
        return [name for name in node.model_fields if name not in ("kind", "folder")]
    return []


def x__keys_at__mutmut_28(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = _unwrap(node)
        if isinstance(node, type) and issubclass(node, BaseModel):
            field = node.model_fields.get(str(part))
            if field is None:
                return []
            node = field.annotation
        elif get_origin(node) is dict:
            node = get_args(node)[1]
        elif get_origin(node) is list:
            node = get_args(node)[0]
        else:
            return []
    node = _unwrap(node)
    if isinstance(node, type) and issubclass(node, None):
        return [name for name in node.model_fields if name not in ("kind", "folder")]
    return []


def x__keys_at__mutmut_29(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = _unwrap(node)
        if isinstance(node, type) and issubclass(node, BaseModel):
            field = node.model_fields.get(str(part))
            if field is None:
                return []
            node = field.annotation
        elif get_origin(node) is dict:
            node = get_args(node)[1]
        elif get_origin(node) is list:
            node = get_args(node)[0]
        else:
            return []
    node = _unwrap(node)
    if isinstance(node, type) and issubclass(BaseModel):
        return [name for name in node.model_fields if name not in ("kind", "folder")]
    return []


def x__keys_at__mutmut_30(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = _unwrap(node)
        if isinstance(node, type) and issubclass(node, BaseModel):
            field = node.model_fields.get(str(part))
            if field is None:
                return []
            node = field.annotation
        elif get_origin(node) is dict:
            node = get_args(node)[1]
        elif get_origin(node) is list:
            node = get_args(node)[0]
        else:
            return []
    node = _unwrap(node)
    if isinstance(node, type) and issubclass(node, ):
        return [name for name in node.model_fields if name not in ("kind", "folder")]
    return []


def x__keys_at__mutmut_31(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = _unwrap(node)
        if isinstance(node, type) and issubclass(node, BaseModel):
            field = node.model_fields.get(str(part))
            if field is None:
                return []
            node = field.annotation
        elif get_origin(node) is dict:
            node = get_args(node)[1]
        elif get_origin(node) is list:
            node = get_args(node)[0]
        else:
            return []
    node = _unwrap(node)
    if isinstance(node, type) and issubclass(node, BaseModel):
        return [name for name in node.model_fields if name in ("kind", "folder")]
    return []


def x__keys_at__mutmut_32(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = _unwrap(node)
        if isinstance(node, type) and issubclass(node, BaseModel):
            field = node.model_fields.get(str(part))
            if field is None:
                return []
            node = field.annotation
        elif get_origin(node) is dict:
            node = get_args(node)[1]
        elif get_origin(node) is list:
            node = get_args(node)[0]
        else:
            return []
    node = _unwrap(node)
    if isinstance(node, type) and issubclass(node, BaseModel):
        return [name for name in node.model_fields if name not in ("XXkindXX", "folder")]
    return []


def x__keys_at__mutmut_33(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = _unwrap(node)
        if isinstance(node, type) and issubclass(node, BaseModel):
            field = node.model_fields.get(str(part))
            if field is None:
                return []
            node = field.annotation
        elif get_origin(node) is dict:
            node = get_args(node)[1]
        elif get_origin(node) is list:
            node = get_args(node)[0]
        else:
            return []
    node = _unwrap(node)
    if isinstance(node, type) and issubclass(node, BaseModel):
        return [name for name in node.model_fields if name not in ("KIND", "folder")]
    return []


def x__keys_at__mutmut_34(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = _unwrap(node)
        if isinstance(node, type) and issubclass(node, BaseModel):
            field = node.model_fields.get(str(part))
            if field is None:
                return []
            node = field.annotation
        elif get_origin(node) is dict:
            node = get_args(node)[1]
        elif get_origin(node) is list:
            node = get_args(node)[0]
        else:
            return []
    node = _unwrap(node)
    if isinstance(node, type) and issubclass(node, BaseModel):
        return [name for name in node.model_fields if name not in ("kind", "XXfolderXX")]
    return []


def x__keys_at__mutmut_35(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the table at ``loc`` may hold (for "是不是…？"), from the models' fields."""
    node: Any = Layout
    for part in loc:
        node = _unwrap(node)
        if isinstance(node, type) and issubclass(node, BaseModel):
            field = node.model_fields.get(str(part))
            if field is None:
                return []
            node = field.annotation
        elif get_origin(node) is dict:
            node = get_args(node)[1]
        elif get_origin(node) is list:
            node = get_args(node)[0]
        else:
            return []
    node = _unwrap(node)
    if isinstance(node, type) and issubclass(node, BaseModel):
        return [name for name in node.model_fields if name not in ("kind", "FOLDER")]
    return []

mutants_x__keys_at__mutmut['_mutmut_orig'] = x__keys_at__mutmut_orig # type: ignore # mutmut generated
mutants_x__keys_at__mutmut['x__keys_at__mutmut_1'] = x__keys_at__mutmut_1 # type: ignore # mutmut generated
mutants_x__keys_at__mutmut['x__keys_at__mutmut_2'] = x__keys_at__mutmut_2 # type: ignore # mutmut generated
mutants_x__keys_at__mutmut['x__keys_at__mutmut_3'] = x__keys_at__mutmut_3 # type: ignore # mutmut generated
mutants_x__keys_at__mutmut['x__keys_at__mutmut_4'] = x__keys_at__mutmut_4 # type: ignore # mutmut generated
mutants_x__keys_at__mutmut['x__keys_at__mutmut_5'] = x__keys_at__mutmut_5 # type: ignore # mutmut generated
mutants_x__keys_at__mutmut['x__keys_at__mutmut_6'] = x__keys_at__mutmut_6 # type: ignore # mutmut generated
mutants_x__keys_at__mutmut['x__keys_at__mutmut_7'] = x__keys_at__mutmut_7 # type: ignore # mutmut generated
mutants_x__keys_at__mutmut['x__keys_at__mutmut_8'] = x__keys_at__mutmut_8 # type: ignore # mutmut generated
mutants_x__keys_at__mutmut['x__keys_at__mutmut_9'] = x__keys_at__mutmut_9 # type: ignore # mutmut generated
mutants_x__keys_at__mutmut['x__keys_at__mutmut_10'] = x__keys_at__mutmut_10 # type: ignore # mutmut generated
mutants_x__keys_at__mutmut['x__keys_at__mutmut_11'] = x__keys_at__mutmut_11 # type: ignore # mutmut generated
mutants_x__keys_at__mutmut['x__keys_at__mutmut_12'] = x__keys_at__mutmut_12 # type: ignore # mutmut generated
mutants_x__keys_at__mutmut['x__keys_at__mutmut_13'] = x__keys_at__mutmut_13 # type: ignore # mutmut generated
mutants_x__keys_at__mutmut['x__keys_at__mutmut_14'] = x__keys_at__mutmut_14 # type: ignore # mutmut generated
mutants_x__keys_at__mutmut['x__keys_at__mutmut_15'] = x__keys_at__mutmut_15 # type: ignore # mutmut generated
mutants_x__keys_at__mutmut['x__keys_at__mutmut_16'] = x__keys_at__mutmut_16 # type: ignore # mutmut generated
mutants_x__keys_at__mutmut['x__keys_at__mutmut_17'] = x__keys_at__mutmut_17 # type: ignore # mutmut generated
mutants_x__keys_at__mutmut['x__keys_at__mutmut_18'] = x__keys_at__mutmut_18 # type: ignore # mutmut generated
mutants_x__keys_at__mutmut['x__keys_at__mutmut_19'] = x__keys_at__mutmut_19 # type: ignore # mutmut generated
mutants_x__keys_at__mutmut['x__keys_at__mutmut_20'] = x__keys_at__mutmut_20 # type: ignore # mutmut generated
mutants_x__keys_at__mutmut['x__keys_at__mutmut_21'] = x__keys_at__mutmut_21 # type: ignore # mutmut generated
mutants_x__keys_at__mutmut['x__keys_at__mutmut_22'] = x__keys_at__mutmut_22 # type: ignore # mutmut generated
mutants_x__keys_at__mutmut['x__keys_at__mutmut_23'] = x__keys_at__mutmut_23 # type: ignore # mutmut generated
mutants_x__keys_at__mutmut['x__keys_at__mutmut_24'] = x__keys_at__mutmut_24 # type: ignore # mutmut generated
mutants_x__keys_at__mutmut['x__keys_at__mutmut_25'] = x__keys_at__mutmut_25 # type: ignore # mutmut generated
mutants_x__keys_at__mutmut['x__keys_at__mutmut_26'] = x__keys_at__mutmut_26 # type: ignore # mutmut generated
mutants_x__keys_at__mutmut['x__keys_at__mutmut_27'] = x__keys_at__mutmut_27 # type: ignore # mutmut generated
mutants_x__keys_at__mutmut['x__keys_at__mutmut_28'] = x__keys_at__mutmut_28 # type: ignore # mutmut generated
mutants_x__keys_at__mutmut['x__keys_at__mutmut_29'] = x__keys_at__mutmut_29 # type: ignore # mutmut generated
mutants_x__keys_at__mutmut['x__keys_at__mutmut_30'] = x__keys_at__mutmut_30 # type: ignore # mutmut generated
mutants_x__keys_at__mutmut['x__keys_at__mutmut_31'] = x__keys_at__mutmut_31 # type: ignore # mutmut generated
mutants_x__keys_at__mutmut['x__keys_at__mutmut_32'] = x__keys_at__mutmut_32 # type: ignore # mutmut generated
mutants_x__keys_at__mutmut['x__keys_at__mutmut_33'] = x__keys_at__mutmut_33 # type: ignore # mutmut generated
mutants_x__keys_at__mutmut['x__keys_at__mutmut_34'] = x__keys_at__mutmut_34 # type: ignore # mutmut generated
mutants_x__keys_at__mutmut['x__keys_at__mutmut_35'] = x__keys_at__mutmut_35 # type: ignore # mutmut generated
mutants_x__unwrap__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__unwrap__mutmut)
def _unwrap(annotation: Any) -> Any:
    """``Annotated[X, …]`` and ``X | None`` → X."""
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation = get_args(annotation)[0]
        elif origin in (Union, types.UnionType):
            annotation = next(a for a in get_args(annotation) if a is not type(None))
        else:
            return annotation


def x__unwrap__mutmut_orig(annotation: Any) -> Any:
    """``Annotated[X, …]`` and ``X | None`` → X."""
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation = get_args(annotation)[0]
        elif origin in (Union, types.UnionType):
            annotation = next(a for a in get_args(annotation) if a is not type(None))
        else:
            return annotation


def x__unwrap__mutmut_1(annotation: Any) -> Any:
    """``Annotated[X, …]`` and ``X | None`` → X."""
    while False:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation = get_args(annotation)[0]
        elif origin in (Union, types.UnionType):
            annotation = next(a for a in get_args(annotation) if a is not type(None))
        else:
            return annotation


def x__unwrap__mutmut_2(annotation: Any) -> Any:
    """``Annotated[X, …]`` and ``X | None`` → X."""
    while True:
        origin = None
        if origin is Annotated:
            annotation = get_args(annotation)[0]
        elif origin in (Union, types.UnionType):
            annotation = next(a for a in get_args(annotation) if a is not type(None))
        else:
            return annotation


def x__unwrap__mutmut_3(annotation: Any) -> Any:
    """``Annotated[X, …]`` and ``X | None`` → X."""
    while True:
        origin = get_origin(None)
        if origin is Annotated:
            annotation = get_args(annotation)[0]
        elif origin in (Union, types.UnionType):
            annotation = next(a for a in get_args(annotation) if a is not type(None))
        else:
            return annotation


def x__unwrap__mutmut_4(annotation: Any) -> Any:
    """``Annotated[X, …]`` and ``X | None`` → X."""
    while True:
        origin = get_origin(annotation)
        if origin is not Annotated:
            annotation = get_args(annotation)[0]
        elif origin in (Union, types.UnionType):
            annotation = next(a for a in get_args(annotation) if a is not type(None))
        else:
            return annotation


def x__unwrap__mutmut_5(annotation: Any) -> Any:
    """``Annotated[X, …]`` and ``X | None`` → X."""
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation = None
        elif origin in (Union, types.UnionType):
            annotation = next(a for a in get_args(annotation) if a is not type(None))
        else:
            return annotation


def x__unwrap__mutmut_6(annotation: Any) -> Any:
    """``Annotated[X, …]`` and ``X | None`` → X."""
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation = get_args(None)[0]
        elif origin in (Union, types.UnionType):
            annotation = next(a for a in get_args(annotation) if a is not type(None))
        else:
            return annotation


def x__unwrap__mutmut_7(annotation: Any) -> Any:
    """``Annotated[X, …]`` and ``X | None`` → X."""
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation = get_args(annotation)[1]
        elif origin in (Union, types.UnionType):
            annotation = next(a for a in get_args(annotation) if a is not type(None))
        else:
            return annotation


def x__unwrap__mutmut_8(annotation: Any) -> Any:
    """``Annotated[X, …]`` and ``X | None`` → X."""
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation = get_args(annotation)[0]
        elif origin not in (Union, types.UnionType):
            annotation = next(a for a in get_args(annotation) if a is not type(None))
        else:
            return annotation


def x__unwrap__mutmut_9(annotation: Any) -> Any:
    """``Annotated[X, …]`` and ``X | None`` → X."""
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation = get_args(annotation)[0]
        elif origin in (Union, types.UnionType):
            annotation = None
        else:
            return annotation


def x__unwrap__mutmut_10(annotation: Any) -> Any:
    """``Annotated[X, …]`` and ``X | None`` → X."""
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation = get_args(annotation)[0]
        elif origin in (Union, types.UnionType):
            annotation = next(None)
        else:
            return annotation


def x__unwrap__mutmut_11(annotation: Any) -> Any:
    """``Annotated[X, …]`` and ``X | None`` → X."""
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation = get_args(annotation)[0]
        elif origin in (Union, types.UnionType):
            annotation = next(a for a in get_args(None) if a is not type(None))
        else:
            return annotation


def x__unwrap__mutmut_12(annotation: Any) -> Any:
    """``Annotated[X, …]`` and ``X | None`` → X."""
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation = get_args(annotation)[0]
        elif origin in (Union, types.UnionType):
            annotation = next(a for a in get_args(annotation) if a is type(None))
        else:
            return annotation

mutants_x__unwrap__mutmut['_mutmut_orig'] = x__unwrap__mutmut_orig # type: ignore # mutmut generated
mutants_x__unwrap__mutmut['x__unwrap__mutmut_1'] = x__unwrap__mutmut_1 # type: ignore # mutmut generated
mutants_x__unwrap__mutmut['x__unwrap__mutmut_2'] = x__unwrap__mutmut_2 # type: ignore # mutmut generated
mutants_x__unwrap__mutmut['x__unwrap__mutmut_3'] = x__unwrap__mutmut_3 # type: ignore # mutmut generated
mutants_x__unwrap__mutmut['x__unwrap__mutmut_4'] = x__unwrap__mutmut_4 # type: ignore # mutmut generated
mutants_x__unwrap__mutmut['x__unwrap__mutmut_5'] = x__unwrap__mutmut_5 # type: ignore # mutmut generated
mutants_x__unwrap__mutmut['x__unwrap__mutmut_6'] = x__unwrap__mutmut_6 # type: ignore # mutmut generated
mutants_x__unwrap__mutmut['x__unwrap__mutmut_7'] = x__unwrap__mutmut_7 # type: ignore # mutmut generated
mutants_x__unwrap__mutmut['x__unwrap__mutmut_8'] = x__unwrap__mutmut_8 # type: ignore # mutmut generated
mutants_x__unwrap__mutmut['x__unwrap__mutmut_9'] = x__unwrap__mutmut_9 # type: ignore # mutmut generated
mutants_x__unwrap__mutmut['x__unwrap__mutmut_10'] = x__unwrap__mutmut_10 # type: ignore # mutmut generated
mutants_x__unwrap__mutmut['x__unwrap__mutmut_11'] = x__unwrap__mutmut_11 # type: ignore # mutmut generated
mutants_x__unwrap__mutmut['x__unwrap__mutmut_12'] = x__unwrap__mutmut_12 # type: ignore # mutmut generated
mutants_x__shown__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__shown__mutmut)
def _shown(value: Any) -> str:
    """A TOML value as the user typed it, for "不是 …" (text quoted, true/false lowercase)."""
    if isinstance(value, str):
        return f"\"{value}\""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def x__shown__mutmut_orig(value: Any) -> str:
    """A TOML value as the user typed it, for "不是 …" (text quoted, true/false lowercase)."""
    if isinstance(value, str):
        return f"\"{value}\""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def x__shown__mutmut_1(value: Any) -> str:
    """A TOML value as the user typed it, for "不是 …" (text quoted, true/false lowercase)."""
    if isinstance(value, str):
        return f"\"{value}\""
    if isinstance(value, bool):
        return "true" if (value) and False else "false"
    return str(value)


def x__shown__mutmut_2(value: Any) -> str:
    """A TOML value as the user typed it, for "不是 …" (text quoted, true/false lowercase)."""
    if isinstance(value, str):
        return f"\"{value}\""
    if isinstance(value, bool):
        return "true" if (value) or True else "false"
    return str(value)


def x__shown__mutmut_3(value: Any) -> str:
    """A TOML value as the user typed it, for "不是 …" (text quoted, true/false lowercase)."""
    if isinstance(value, str):
        return f"\"{value}\""
    if isinstance(value, bool):
        return "XXtrueXX" if value else "false"
    return str(value)


def x__shown__mutmut_4(value: Any) -> str:
    """A TOML value as the user typed it, for "不是 …" (text quoted, true/false lowercase)."""
    if isinstance(value, str):
        return f"\"{value}\""
    if isinstance(value, bool):
        return "TRUE" if value else "false"
    return str(value)


def x__shown__mutmut_5(value: Any) -> str:
    """A TOML value as the user typed it, for "不是 …" (text quoted, true/false lowercase)."""
    if isinstance(value, str):
        return f"\"{value}\""
    if isinstance(value, bool):
        return "true" if value else "XXfalseXX"
    return str(value)


def x__shown__mutmut_6(value: Any) -> str:
    """A TOML value as the user typed it, for "不是 …" (text quoted, true/false lowercase)."""
    if isinstance(value, str):
        return f"\"{value}\""
    if isinstance(value, bool):
        return "true" if value else "FALSE"
    return str(value)


def x__shown__mutmut_7(value: Any) -> str:
    """A TOML value as the user typed it, for "不是 …" (text quoted, true/false lowercase)."""
    if isinstance(value, str):
        return f"\"{value}\""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(None)

mutants_x__shown__mutmut['_mutmut_orig'] = x__shown__mutmut_orig # type: ignore # mutmut generated
mutants_x__shown__mutmut['x__shown__mutmut_1'] = x__shown__mutmut_1 # type: ignore # mutmut generated
mutants_x__shown__mutmut['x__shown__mutmut_2'] = x__shown__mutmut_2 # type: ignore # mutmut generated
mutants_x__shown__mutmut['x__shown__mutmut_3'] = x__shown__mutmut_3 # type: ignore # mutmut generated
mutants_x__shown__mutmut['x__shown__mutmut_4'] = x__shown__mutmut_4 # type: ignore # mutmut generated
mutants_x__shown__mutmut['x__shown__mutmut_5'] = x__shown__mutmut_5 # type: ignore # mutmut generated
mutants_x__shown__mutmut['x__shown__mutmut_6'] = x__shown__mutmut_6 # type: ignore # mutmut generated
mutants_x__shown__mutmut['x__shown__mutmut_7'] = x__shown__mutmut_7 # type: ignore # mutmut generated
mutants_x__toml_line__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__toml_line__mutmut)
def _toml_line(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(match[1]) if match else None


def x__toml_line__mutmut_orig(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(match[1]) if match else None


def x__toml_line__mutmut_1(message: str) -> int | None:
    match = None
    return int(match[1]) if match else None


def x__toml_line__mutmut_2(message: str) -> int | None:
    match = re.search(None, message)
    return int(match[1]) if match else None


def x__toml_line__mutmut_3(message: str) -> int | None:
    match = re.search(r"line (\d+)", None)
    return int(match[1]) if match else None


def x__toml_line__mutmut_4(message: str) -> int | None:
    match = re.search(message)
    return int(match[1]) if match else None


def x__toml_line__mutmut_5(message: str) -> int | None:
    match = re.search(r"line (\d+)", )
    return int(match[1]) if match else None


def x__toml_line__mutmut_6(message: str) -> int | None:
    match = re.search(r"XXline (\d+)XX", message)
    return int(match[1]) if match else None


def x__toml_line__mutmut_7(message: str) -> int | None:
    match = re.search(r"LINE (\d+)", message)
    return int(match[1]) if match else None


def x__toml_line__mutmut_8(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(match[1]) if (match) and False else None


def x__toml_line__mutmut_9(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(match[1]) if (match) or True else None


def x__toml_line__mutmut_10(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(None) if match else None


def x__toml_line__mutmut_11(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(match[2]) if match else None

mutants_x__toml_line__mutmut['_mutmut_orig'] = x__toml_line__mutmut_orig # type: ignore # mutmut generated
mutants_x__toml_line__mutmut['x__toml_line__mutmut_1'] = x__toml_line__mutmut_1 # type: ignore # mutmut generated
mutants_x__toml_line__mutmut['x__toml_line__mutmut_2'] = x__toml_line__mutmut_2 # type: ignore # mutmut generated
mutants_x__toml_line__mutmut['x__toml_line__mutmut_3'] = x__toml_line__mutmut_3 # type: ignore # mutmut generated
mutants_x__toml_line__mutmut['x__toml_line__mutmut_4'] = x__toml_line__mutmut_4 # type: ignore # mutmut generated
mutants_x__toml_line__mutmut['x__toml_line__mutmut_5'] = x__toml_line__mutmut_5 # type: ignore # mutmut generated
mutants_x__toml_line__mutmut['x__toml_line__mutmut_6'] = x__toml_line__mutmut_6 # type: ignore # mutmut generated
mutants_x__toml_line__mutmut['x__toml_line__mutmut_7'] = x__toml_line__mutmut_7 # type: ignore # mutmut generated
mutants_x__toml_line__mutmut['x__toml_line__mutmut_8'] = x__toml_line__mutmut_8 # type: ignore # mutmut generated
mutants_x__toml_line__mutmut['x__toml_line__mutmut_9'] = x__toml_line__mutmut_9 # type: ignore # mutmut generated
mutants_x__toml_line__mutmut['x__toml_line__mutmut_10'] = x__toml_line__mutmut_10 # type: ignore # mutmut generated
mutants_x__toml_line__mutmut['x__toml_line__mutmut_11'] = x__toml_line__mutmut_11 # type: ignore # mutmut generated

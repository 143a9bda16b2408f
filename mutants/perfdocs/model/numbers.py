"""Reading figures as people type them, and rounding them as a layout says.

Amounts arrive as "8,600.00", "8600", "８６００．００", "86,000,000.00元" or "435.82万元"; scores as
"2.5". They are parsed straight from the YAML text into :class:`~decimal.Decimal` (never a
float) and rounded only by :func:`quantize`, with the places and mode a layout names.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Literal

RoundingMode = Literal["half_up", "down", "half_even"]
_MODES = {"half_up": ROUND_HALF_UP, "down": ROUND_DOWN, "half_even": ROUND_HALF_EVEN}

MONEY_UNITS: dict[str, Decimal] = {"元": Decimal(1), "万元": Decimal(10000)}
"""Money units a form can print in, as multiples of one 元."""

MAX_AMOUNT = Decimal("1e15")
"""Larger amounts (a thousand trillion 元) are certainly typing errors."""

_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_GROUPED = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class NumberError(ValueError):
    """A text that is not a number; the message says what was wrong, in Chinese."""
mutants_xǁRoundingǁ__call____mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True, slots=True)
class Rounding:
    """How a kind of figure is rounded on one layout: decimal places and mode."""

    places: int = 2
    mode: RoundingMode = "half_up"

    @_mutmut_mutated(mutants_xǁRoundingǁ__call____mutmut)
    def __call__(self, value: Decimal) -> Decimal:
        return quantize(value, self)

    def xǁRoundingǁ__call____mutmut_orig(self, value: Decimal) -> Decimal:
        return quantize(value, self)

    def xǁRoundingǁ__call____mutmut_1(self, value: Decimal) -> Decimal:
        return quantize(None, self)

    def xǁRoundingǁ__call____mutmut_2(self, value: Decimal) -> Decimal:
        return quantize(value, None)

    def xǁRoundingǁ__call____mutmut_3(self, value: Decimal) -> Decimal:
        return quantize(self)

    def xǁRoundingǁ__call____mutmut_4(self, value: Decimal) -> Decimal:
        return quantize(value, )

mutants_xǁRoundingǁ__call____mutmut['_mutmut_orig'] = Rounding.xǁRoundingǁ__call____mutmut_orig # type: ignore # mutmut generated
mutants_xǁRoundingǁ__call____mutmut['xǁRoundingǁ__call____mutmut_1'] = Rounding.xǁRoundingǁ__call____mutmut_1 # type: ignore # mutmut generated
mutants_xǁRoundingǁ__call____mutmut['xǁRoundingǁ__call____mutmut_2'] = Rounding.xǁRoundingǁ__call____mutmut_2 # type: ignore # mutmut generated
mutants_xǁRoundingǁ__call____mutmut['xǁRoundingǁ__call____mutmut_3'] = Rounding.xǁRoundingǁ__call____mutmut_3 # type: ignore # mutmut generated
mutants_xǁRoundingǁ__call____mutmut['xǁRoundingǁ__call____mutmut_4'] = Rounding.xǁRoundingǁ__call____mutmut_4 # type: ignore # mutmut generated
mutants_x_quantize__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_quantize__mutmut)
def quantize(value: Decimal, rounding: Rounding) -> Decimal:
    """Round ``value`` to ``rounding.places`` with the layout's mode ("down" cuts)."""
    exponent = Decimal(1).scaleb(-rounding.places)
    return value.quantize(exponent, rounding=_MODES[rounding.mode])


def x_quantize__mutmut_orig(value: Decimal, rounding: Rounding) -> Decimal:
    """Round ``value`` to ``rounding.places`` with the layout's mode ("down" cuts)."""
    exponent = Decimal(1).scaleb(-rounding.places)
    return value.quantize(exponent, rounding=_MODES[rounding.mode])


def x_quantize__mutmut_1(value: Decimal, rounding: Rounding) -> Decimal:
    """Round ``value`` to ``rounding.places`` with the layout's mode ("down" cuts)."""
    exponent = None
    return value.quantize(exponent, rounding=_MODES[rounding.mode])


def x_quantize__mutmut_2(value: Decimal, rounding: Rounding) -> Decimal:
    """Round ``value`` to ``rounding.places`` with the layout's mode ("down" cuts)."""
    exponent = Decimal(1).scaleb(None)
    return value.quantize(exponent, rounding=_MODES[rounding.mode])


def x_quantize__mutmut_3(value: Decimal, rounding: Rounding) -> Decimal:
    """Round ``value`` to ``rounding.places`` with the layout's mode ("down" cuts)."""
    exponent = Decimal(None).scaleb(-rounding.places)
    return value.quantize(exponent, rounding=_MODES[rounding.mode])


def x_quantize__mutmut_4(value: Decimal, rounding: Rounding) -> Decimal:
    """Round ``value`` to ``rounding.places`` with the layout's mode ("down" cuts)."""
    exponent = Decimal(2).scaleb(-rounding.places)
    return value.quantize(exponent, rounding=_MODES[rounding.mode])


def x_quantize__mutmut_5(value: Decimal, rounding: Rounding) -> Decimal:
    """Round ``value`` to ``rounding.places`` with the layout's mode ("down" cuts)."""
    exponent = Decimal(1).scaleb(+rounding.places)
    return value.quantize(exponent, rounding=_MODES[rounding.mode])


def x_quantize__mutmut_6(value: Decimal, rounding: Rounding) -> Decimal:
    """Round ``value`` to ``rounding.places`` with the layout's mode ("down" cuts)."""
    exponent = Decimal(1).scaleb(-rounding.places)
    return value.quantize(None, rounding=_MODES[rounding.mode])


def x_quantize__mutmut_7(value: Decimal, rounding: Rounding) -> Decimal:
    """Round ``value`` to ``rounding.places`` with the layout's mode ("down" cuts)."""
    exponent = Decimal(1).scaleb(-rounding.places)
    return value.quantize(exponent, rounding=None)


def x_quantize__mutmut_8(value: Decimal, rounding: Rounding) -> Decimal:
    """Round ``value`` to ``rounding.places`` with the layout's mode ("down" cuts)."""
    exponent = Decimal(1).scaleb(-rounding.places)
    return value.quantize(rounding=_MODES[rounding.mode])


def x_quantize__mutmut_9(value: Decimal, rounding: Rounding) -> Decimal:
    """Round ``value`` to ``rounding.places`` with the layout's mode ("down" cuts)."""
    exponent = Decimal(1).scaleb(-rounding.places)
    return value.quantize(exponent, )

mutants_x_quantize__mutmut['_mutmut_orig'] = x_quantize__mutmut_orig # type: ignore # mutmut generated
mutants_x_quantize__mutmut['x_quantize__mutmut_1'] = x_quantize__mutmut_1 # type: ignore # mutmut generated
mutants_x_quantize__mutmut['x_quantize__mutmut_2'] = x_quantize__mutmut_2 # type: ignore # mutmut generated
mutants_x_quantize__mutmut['x_quantize__mutmut_3'] = x_quantize__mutmut_3 # type: ignore # mutmut generated
mutants_x_quantize__mutmut['x_quantize__mutmut_4'] = x_quantize__mutmut_4 # type: ignore # mutmut generated
mutants_x_quantize__mutmut['x_quantize__mutmut_5'] = x_quantize__mutmut_5 # type: ignore # mutmut generated
mutants_x_quantize__mutmut['x_quantize__mutmut_6'] = x_quantize__mutmut_6 # type: ignore # mutmut generated
mutants_x_quantize__mutmut['x_quantize__mutmut_7'] = x_quantize__mutmut_7 # type: ignore # mutmut generated
mutants_x_quantize__mutmut['x_quantize__mutmut_8'] = x_quantize__mutmut_8 # type: ignore # mutmut generated
mutants_x_quantize__mutmut['x_quantize__mutmut_9'] = x_quantize__mutmut_9 # type: ignore # mutmut generated
mutants_x_normalize_text__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_normalize_text__mutmut)
def normalize_text(text: str) -> str:
    """Fold full-width digits and punctuation (NFKC) and drop spaces inside the figure."""
    folded = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", "", folded)


def x_normalize_text__mutmut_orig(text: str) -> str:
    """Fold full-width digits and punctuation (NFKC) and drop spaces inside the figure."""
    folded = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", "", folded)


def x_normalize_text__mutmut_1(text: str) -> str:
    """Fold full-width digits and punctuation (NFKC) and drop spaces inside the figure."""
    folded = None
    return re.sub(r"\s+", "", folded)


def x_normalize_text__mutmut_2(text: str) -> str:
    """Fold full-width digits and punctuation (NFKC) and drop spaces inside the figure."""
    folded = unicodedata.normalize(None, text)
    return re.sub(r"\s+", "", folded)


def x_normalize_text__mutmut_3(text: str) -> str:
    """Fold full-width digits and punctuation (NFKC) and drop spaces inside the figure."""
    folded = unicodedata.normalize("NFKC", None)
    return re.sub(r"\s+", "", folded)


def x_normalize_text__mutmut_4(text: str) -> str:
    """Fold full-width digits and punctuation (NFKC) and drop spaces inside the figure."""
    folded = unicodedata.normalize(text)
    return re.sub(r"\s+", "", folded)


def x_normalize_text__mutmut_5(text: str) -> str:
    """Fold full-width digits and punctuation (NFKC) and drop spaces inside the figure."""
    folded = unicodedata.normalize("NFKC", )
    return re.sub(r"\s+", "", folded)


def x_normalize_text__mutmut_6(text: str) -> str:
    """Fold full-width digits and punctuation (NFKC) and drop spaces inside the figure."""
    folded = unicodedata.normalize("XXNFKCXX", text)
    return re.sub(r"\s+", "", folded)


def x_normalize_text__mutmut_7(text: str) -> str:
    """Fold full-width digits and punctuation (NFKC) and drop spaces inside the figure."""
    folded = unicodedata.normalize("nfkc", text)
    return re.sub(r"\s+", "", folded)


def x_normalize_text__mutmut_8(text: str) -> str:
    """Fold full-width digits and punctuation (NFKC) and drop spaces inside the figure."""
    folded = unicodedata.normalize("NFKC", text)
    return re.sub(None, "", folded)


def x_normalize_text__mutmut_9(text: str) -> str:
    """Fold full-width digits and punctuation (NFKC) and drop spaces inside the figure."""
    folded = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", None, folded)


def x_normalize_text__mutmut_10(text: str) -> str:
    """Fold full-width digits and punctuation (NFKC) and drop spaces inside the figure."""
    folded = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", "", None)


def x_normalize_text__mutmut_11(text: str) -> str:
    """Fold full-width digits and punctuation (NFKC) and drop spaces inside the figure."""
    folded = unicodedata.normalize("NFKC", text)
    return re.sub("", folded)


def x_normalize_text__mutmut_12(text: str) -> str:
    """Fold full-width digits and punctuation (NFKC) and drop spaces inside the figure."""
    folded = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", folded)


def x_normalize_text__mutmut_13(text: str) -> str:
    """Fold full-width digits and punctuation (NFKC) and drop spaces inside the figure."""
    folded = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", "", )


def x_normalize_text__mutmut_14(text: str) -> str:
    """Fold full-width digits and punctuation (NFKC) and drop spaces inside the figure."""
    folded = unicodedata.normalize("NFKC", text)
    return re.sub(r"XX\s+XX", "", folded)


def x_normalize_text__mutmut_15(text: str) -> str:
    """Fold full-width digits and punctuation (NFKC) and drop spaces inside the figure."""
    folded = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", "XXXX", folded)

mutants_x_normalize_text__mutmut['_mutmut_orig'] = x_normalize_text__mutmut_orig # type: ignore # mutmut generated
mutants_x_normalize_text__mutmut['x_normalize_text__mutmut_1'] = x_normalize_text__mutmut_1 # type: ignore # mutmut generated
mutants_x_normalize_text__mutmut['x_normalize_text__mutmut_2'] = x_normalize_text__mutmut_2 # type: ignore # mutmut generated
mutants_x_normalize_text__mutmut['x_normalize_text__mutmut_3'] = x_normalize_text__mutmut_3 # type: ignore # mutmut generated
mutants_x_normalize_text__mutmut['x_normalize_text__mutmut_4'] = x_normalize_text__mutmut_4 # type: ignore # mutmut generated
mutants_x_normalize_text__mutmut['x_normalize_text__mutmut_5'] = x_normalize_text__mutmut_5 # type: ignore # mutmut generated
mutants_x_normalize_text__mutmut['x_normalize_text__mutmut_6'] = x_normalize_text__mutmut_6 # type: ignore # mutmut generated
mutants_x_normalize_text__mutmut['x_normalize_text__mutmut_7'] = x_normalize_text__mutmut_7 # type: ignore # mutmut generated
mutants_x_normalize_text__mutmut['x_normalize_text__mutmut_8'] = x_normalize_text__mutmut_8 # type: ignore # mutmut generated
mutants_x_normalize_text__mutmut['x_normalize_text__mutmut_9'] = x_normalize_text__mutmut_9 # type: ignore # mutmut generated
mutants_x_normalize_text__mutmut['x_normalize_text__mutmut_10'] = x_normalize_text__mutmut_10 # type: ignore # mutmut generated
mutants_x_normalize_text__mutmut['x_normalize_text__mutmut_11'] = x_normalize_text__mutmut_11 # type: ignore # mutmut generated
mutants_x_normalize_text__mutmut['x_normalize_text__mutmut_12'] = x_normalize_text__mutmut_12 # type: ignore # mutmut generated
mutants_x_normalize_text__mutmut['x_normalize_text__mutmut_13'] = x_normalize_text__mutmut_13 # type: ignore # mutmut generated
mutants_x_normalize_text__mutmut['x_normalize_text__mutmut_14'] = x_normalize_text__mutmut_14 # type: ignore # mutmut generated
mutants_x_normalize_text__mutmut['x_normalize_text__mutmut_15'] = x_normalize_text__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_decimal__mutmut)
def parse_decimal(text: str | int | Decimal) -> Decimal:
    """Parse a plain figure ("2.5", "１２３", "1,080,740") into a finite Decimal.

    Thousands separators must be well placed ("1,080,740"), so that a decimal comma typed
    by mistake ("2,5") is refused rather than read as 25.
    """
    if isinstance(text, bool):
        raise NumberError("应为数字，不能是是/否")
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise NumberError("数字必须是有限值")
        return text
    _refuse_inner_spaces(text)
    raw = normalize_text(text)
    if raw.startswith("."):
        raw = "0" + raw
    if _GROUPED.match(raw):
        raw = raw.replace(",", "")
    if not _NUMBER.match(raw):
        if "," in raw:
            raise NumberError(f"「{text}」的千位分隔符位置不对（应如 1,080,740.00）")
        raise NumberError(f"「{text}」不是数字")
    try:
        return Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid literals
        raise NumberError(f"「{text}」不是数字") from None


def x_parse_decimal__mutmut_orig(text: str | int | Decimal) -> Decimal:
    """Parse a plain figure ("2.5", "１２３", "1,080,740") into a finite Decimal.

    Thousands separators must be well placed ("1,080,740"), so that a decimal comma typed
    by mistake ("2,5") is refused rather than read as 25.
    """
    if isinstance(text, bool):
        raise NumberError("应为数字，不能是是/否")
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise NumberError("数字必须是有限值")
        return text
    _refuse_inner_spaces(text)
    raw = normalize_text(text)
    if raw.startswith("."):
        raw = "0" + raw
    if _GROUPED.match(raw):
        raw = raw.replace(",", "")
    if not _NUMBER.match(raw):
        if "," in raw:
            raise NumberError(f"「{text}」的千位分隔符位置不对（应如 1,080,740.00）")
        raise NumberError(f"「{text}」不是数字")
    try:
        return Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid literals
        raise NumberError(f"「{text}」不是数字") from None


def x_parse_decimal__mutmut_1(text: str | int | Decimal) -> Decimal:
    """Parse a plain figure ("2.5", "１２３", "1,080,740") into a finite Decimal.

    Thousands separators must be well placed ("1,080,740"), so that a decimal comma typed
    by mistake ("2,5") is refused rather than read as 25.
    """
    if isinstance(text, bool):
        raise NumberError(None)
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise NumberError("数字必须是有限值")
        return text
    _refuse_inner_spaces(text)
    raw = normalize_text(text)
    if raw.startswith("."):
        raw = "0" + raw
    if _GROUPED.match(raw):
        raw = raw.replace(",", "")
    if not _NUMBER.match(raw):
        if "," in raw:
            raise NumberError(f"「{text}」的千位分隔符位置不对（应如 1,080,740.00）")
        raise NumberError(f"「{text}」不是数字")
    try:
        return Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid literals
        raise NumberError(f"「{text}」不是数字") from None


def x_parse_decimal__mutmut_2(text: str | int | Decimal) -> Decimal:
    """Parse a plain figure ("2.5", "１２３", "1,080,740") into a finite Decimal.

    Thousands separators must be well placed ("1,080,740"), so that a decimal comma typed
    by mistake ("2,5") is refused rather than read as 25.
    """
    if isinstance(text, bool):
        raise NumberError("XX应为数字，不能是是/否XX")
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise NumberError("数字必须是有限值")
        return text
    _refuse_inner_spaces(text)
    raw = normalize_text(text)
    if raw.startswith("."):
        raw = "0" + raw
    if _GROUPED.match(raw):
        raw = raw.replace(",", "")
    if not _NUMBER.match(raw):
        if "," in raw:
            raise NumberError(f"「{text}」的千位分隔符位置不对（应如 1,080,740.00）")
        raise NumberError(f"「{text}」不是数字")
    try:
        return Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid literals
        raise NumberError(f"「{text}」不是数字") from None


def x_parse_decimal__mutmut_3(text: str | int | Decimal) -> Decimal:
    """Parse a plain figure ("2.5", "１２３", "1,080,740") into a finite Decimal.

    Thousands separators must be well placed ("1,080,740"), so that a decimal comma typed
    by mistake ("2,5") is refused rather than read as 25.
    """
    if isinstance(text, bool):
        raise NumberError("应为数字，不能是是/否")
    if isinstance(text, int):
        return Decimal(None)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise NumberError("数字必须是有限值")
        return text
    _refuse_inner_spaces(text)
    raw = normalize_text(text)
    if raw.startswith("."):
        raw = "0" + raw
    if _GROUPED.match(raw):
        raw = raw.replace(",", "")
    if not _NUMBER.match(raw):
        if "," in raw:
            raise NumberError(f"「{text}」的千位分隔符位置不对（应如 1,080,740.00）")
        raise NumberError(f"「{text}」不是数字")
    try:
        return Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid literals
        raise NumberError(f"「{text}」不是数字") from None


def x_parse_decimal__mutmut_4(text: str | int | Decimal) -> Decimal:
    """Parse a plain figure ("2.5", "１２３", "1,080,740") into a finite Decimal.

    Thousands separators must be well placed ("1,080,740"), so that a decimal comma typed
    by mistake ("2,5") is refused rather than read as 25.
    """
    if isinstance(text, bool):
        raise NumberError("应为数字，不能是是/否")
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, Decimal):
        if text.is_finite():
            raise NumberError("数字必须是有限值")
        return text
    _refuse_inner_spaces(text)
    raw = normalize_text(text)
    if raw.startswith("."):
        raw = "0" + raw
    if _GROUPED.match(raw):
        raw = raw.replace(",", "")
    if not _NUMBER.match(raw):
        if "," in raw:
            raise NumberError(f"「{text}」的千位分隔符位置不对（应如 1,080,740.00）")
        raise NumberError(f"「{text}」不是数字")
    try:
        return Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid literals
        raise NumberError(f"「{text}」不是数字") from None


def x_parse_decimal__mutmut_5(text: str | int | Decimal) -> Decimal:
    """Parse a plain figure ("2.5", "１２３", "1,080,740") into a finite Decimal.

    Thousands separators must be well placed ("1,080,740"), so that a decimal comma typed
    by mistake ("2,5") is refused rather than read as 25.
    """
    if isinstance(text, bool):
        raise NumberError("应为数字，不能是是/否")
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise NumberError(None)
        return text
    _refuse_inner_spaces(text)
    raw = normalize_text(text)
    if raw.startswith("."):
        raw = "0" + raw
    if _GROUPED.match(raw):
        raw = raw.replace(",", "")
    if not _NUMBER.match(raw):
        if "," in raw:
            raise NumberError(f"「{text}」的千位分隔符位置不对（应如 1,080,740.00）")
        raise NumberError(f"「{text}」不是数字")
    try:
        return Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid literals
        raise NumberError(f"「{text}」不是数字") from None


def x_parse_decimal__mutmut_6(text: str | int | Decimal) -> Decimal:
    """Parse a plain figure ("2.5", "１２３", "1,080,740") into a finite Decimal.

    Thousands separators must be well placed ("1,080,740"), so that a decimal comma typed
    by mistake ("2,5") is refused rather than read as 25.
    """
    if isinstance(text, bool):
        raise NumberError("应为数字，不能是是/否")
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise NumberError("XX数字必须是有限值XX")
        return text
    _refuse_inner_spaces(text)
    raw = normalize_text(text)
    if raw.startswith("."):
        raw = "0" + raw
    if _GROUPED.match(raw):
        raw = raw.replace(",", "")
    if not _NUMBER.match(raw):
        if "," in raw:
            raise NumberError(f"「{text}」的千位分隔符位置不对（应如 1,080,740.00）")
        raise NumberError(f"「{text}」不是数字")
    try:
        return Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid literals
        raise NumberError(f"「{text}」不是数字") from None


def x_parse_decimal__mutmut_7(text: str | int | Decimal) -> Decimal:
    """Parse a plain figure ("2.5", "１２３", "1,080,740") into a finite Decimal.

    Thousands separators must be well placed ("1,080,740"), so that a decimal comma typed
    by mistake ("2,5") is refused rather than read as 25.
    """
    if isinstance(text, bool):
        raise NumberError("应为数字，不能是是/否")
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise NumberError("数字必须是有限值")
        return text
    _refuse_inner_spaces(None)
    raw = normalize_text(text)
    if raw.startswith("."):
        raw = "0" + raw
    if _GROUPED.match(raw):
        raw = raw.replace(",", "")
    if not _NUMBER.match(raw):
        if "," in raw:
            raise NumberError(f"「{text}」的千位分隔符位置不对（应如 1,080,740.00）")
        raise NumberError(f"「{text}」不是数字")
    try:
        return Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid literals
        raise NumberError(f"「{text}」不是数字") from None


def x_parse_decimal__mutmut_8(text: str | int | Decimal) -> Decimal:
    """Parse a plain figure ("2.5", "１２３", "1,080,740") into a finite Decimal.

    Thousands separators must be well placed ("1,080,740"), so that a decimal comma typed
    by mistake ("2,5") is refused rather than read as 25.
    """
    if isinstance(text, bool):
        raise NumberError("应为数字，不能是是/否")
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise NumberError("数字必须是有限值")
        return text
    _refuse_inner_spaces(text)
    raw = None
    if raw.startswith("."):
        raw = "0" + raw
    if _GROUPED.match(raw):
        raw = raw.replace(",", "")
    if not _NUMBER.match(raw):
        if "," in raw:
            raise NumberError(f"「{text}」的千位分隔符位置不对（应如 1,080,740.00）")
        raise NumberError(f"「{text}」不是数字")
    try:
        return Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid literals
        raise NumberError(f"「{text}」不是数字") from None


def x_parse_decimal__mutmut_9(text: str | int | Decimal) -> Decimal:
    """Parse a plain figure ("2.5", "１２３", "1,080,740") into a finite Decimal.

    Thousands separators must be well placed ("1,080,740"), so that a decimal comma typed
    by mistake ("2,5") is refused rather than read as 25.
    """
    if isinstance(text, bool):
        raise NumberError("应为数字，不能是是/否")
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise NumberError("数字必须是有限值")
        return text
    _refuse_inner_spaces(text)
    raw = normalize_text(None)
    if raw.startswith("."):
        raw = "0" + raw
    if _GROUPED.match(raw):
        raw = raw.replace(",", "")
    if not _NUMBER.match(raw):
        if "," in raw:
            raise NumberError(f"「{text}」的千位分隔符位置不对（应如 1,080,740.00）")
        raise NumberError(f"「{text}」不是数字")
    try:
        return Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid literals
        raise NumberError(f"「{text}」不是数字") from None


def x_parse_decimal__mutmut_10(text: str | int | Decimal) -> Decimal:
    """Parse a plain figure ("2.5", "１２３", "1,080,740") into a finite Decimal.

    Thousands separators must be well placed ("1,080,740"), so that a decimal comma typed
    by mistake ("2,5") is refused rather than read as 25.
    """
    if isinstance(text, bool):
        raise NumberError("应为数字，不能是是/否")
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise NumberError("数字必须是有限值")
        return text
    _refuse_inner_spaces(text)
    raw = normalize_text(text)
    if raw.startswith(None):
        raw = "0" + raw
    if _GROUPED.match(raw):
        raw = raw.replace(",", "")
    if not _NUMBER.match(raw):
        if "," in raw:
            raise NumberError(f"「{text}」的千位分隔符位置不对（应如 1,080,740.00）")
        raise NumberError(f"「{text}」不是数字")
    try:
        return Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid literals
        raise NumberError(f"「{text}」不是数字") from None


def x_parse_decimal__mutmut_11(text: str | int | Decimal) -> Decimal:
    """Parse a plain figure ("2.5", "１２３", "1,080,740") into a finite Decimal.

    Thousands separators must be well placed ("1,080,740"), so that a decimal comma typed
    by mistake ("2,5") is refused rather than read as 25.
    """
    if isinstance(text, bool):
        raise NumberError("应为数字，不能是是/否")
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise NumberError("数字必须是有限值")
        return text
    _refuse_inner_spaces(text)
    raw = normalize_text(text)
    if raw.startswith("XX.XX"):
        raw = "0" + raw
    if _GROUPED.match(raw):
        raw = raw.replace(",", "")
    if not _NUMBER.match(raw):
        if "," in raw:
            raise NumberError(f"「{text}」的千位分隔符位置不对（应如 1,080,740.00）")
        raise NumberError(f"「{text}」不是数字")
    try:
        return Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid literals
        raise NumberError(f"「{text}」不是数字") from None


def x_parse_decimal__mutmut_12(text: str | int | Decimal) -> Decimal:
    """Parse a plain figure ("2.5", "１２３", "1,080,740") into a finite Decimal.

    Thousands separators must be well placed ("1,080,740"), so that a decimal comma typed
    by mistake ("2,5") is refused rather than read as 25.
    """
    if isinstance(text, bool):
        raise NumberError("应为数字，不能是是/否")
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise NumberError("数字必须是有限值")
        return text
    _refuse_inner_spaces(text)
    raw = normalize_text(text)
    if raw.startswith("."):
        raw = None
    if _GROUPED.match(raw):
        raw = raw.replace(",", "")
    if not _NUMBER.match(raw):
        if "," in raw:
            raise NumberError(f"「{text}」的千位分隔符位置不对（应如 1,080,740.00）")
        raise NumberError(f"「{text}」不是数字")
    try:
        return Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid literals
        raise NumberError(f"「{text}」不是数字") from None


def x_parse_decimal__mutmut_13(text: str | int | Decimal) -> Decimal:
    """Parse a plain figure ("2.5", "１２３", "1,080,740") into a finite Decimal.

    Thousands separators must be well placed ("1,080,740"), so that a decimal comma typed
    by mistake ("2,5") is refused rather than read as 25.
    """
    if isinstance(text, bool):
        raise NumberError("应为数字，不能是是/否")
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise NumberError("数字必须是有限值")
        return text
    _refuse_inner_spaces(text)
    raw = normalize_text(text)
    if raw.startswith("."):
        raw = "0" - raw
    if _GROUPED.match(raw):
        raw = raw.replace(",", "")
    if not _NUMBER.match(raw):
        if "," in raw:
            raise NumberError(f"「{text}」的千位分隔符位置不对（应如 1,080,740.00）")
        raise NumberError(f"「{text}」不是数字")
    try:
        return Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid literals
        raise NumberError(f"「{text}」不是数字") from None


def x_parse_decimal__mutmut_14(text: str | int | Decimal) -> Decimal:
    """Parse a plain figure ("2.5", "１２３", "1,080,740") into a finite Decimal.

    Thousands separators must be well placed ("1,080,740"), so that a decimal comma typed
    by mistake ("2,5") is refused rather than read as 25.
    """
    if isinstance(text, bool):
        raise NumberError("应为数字，不能是是/否")
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise NumberError("数字必须是有限值")
        return text
    _refuse_inner_spaces(text)
    raw = normalize_text(text)
    if raw.startswith("."):
        raw = "XX0XX" + raw
    if _GROUPED.match(raw):
        raw = raw.replace(",", "")
    if not _NUMBER.match(raw):
        if "," in raw:
            raise NumberError(f"「{text}」的千位分隔符位置不对（应如 1,080,740.00）")
        raise NumberError(f"「{text}」不是数字")
    try:
        return Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid literals
        raise NumberError(f"「{text}」不是数字") from None


def x_parse_decimal__mutmut_15(text: str | int | Decimal) -> Decimal:
    """Parse a plain figure ("2.5", "１２３", "1,080,740") into a finite Decimal.

    Thousands separators must be well placed ("1,080,740"), so that a decimal comma typed
    by mistake ("2,5") is refused rather than read as 25.
    """
    if isinstance(text, bool):
        raise NumberError("应为数字，不能是是/否")
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise NumberError("数字必须是有限值")
        return text
    _refuse_inner_spaces(text)
    raw = normalize_text(text)
    if raw.startswith("."):
        raw = "0" + raw
    if _GROUPED.match(None):
        raw = raw.replace(",", "")
    if not _NUMBER.match(raw):
        if "," in raw:
            raise NumberError(f"「{text}」的千位分隔符位置不对（应如 1,080,740.00）")
        raise NumberError(f"「{text}」不是数字")
    try:
        return Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid literals
        raise NumberError(f"「{text}」不是数字") from None


def x_parse_decimal__mutmut_16(text: str | int | Decimal) -> Decimal:
    """Parse a plain figure ("2.5", "１２３", "1,080,740") into a finite Decimal.

    Thousands separators must be well placed ("1,080,740"), so that a decimal comma typed
    by mistake ("2,5") is refused rather than read as 25.
    """
    if isinstance(text, bool):
        raise NumberError("应为数字，不能是是/否")
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise NumberError("数字必须是有限值")
        return text
    _refuse_inner_spaces(text)
    raw = normalize_text(text)
    if raw.startswith("."):
        raw = "0" + raw
    if _GROUPED.match(raw):
        raw = None
    if not _NUMBER.match(raw):
        if "," in raw:
            raise NumberError(f"「{text}」的千位分隔符位置不对（应如 1,080,740.00）")
        raise NumberError(f"「{text}」不是数字")
    try:
        return Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid literals
        raise NumberError(f"「{text}」不是数字") from None


def x_parse_decimal__mutmut_17(text: str | int | Decimal) -> Decimal:
    """Parse a plain figure ("2.5", "１２３", "1,080,740") into a finite Decimal.

    Thousands separators must be well placed ("1,080,740"), so that a decimal comma typed
    by mistake ("2,5") is refused rather than read as 25.
    """
    if isinstance(text, bool):
        raise NumberError("应为数字，不能是是/否")
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise NumberError("数字必须是有限值")
        return text
    _refuse_inner_spaces(text)
    raw = normalize_text(text)
    if raw.startswith("."):
        raw = "0" + raw
    if _GROUPED.match(raw):
        raw = raw.replace(None, "")
    if not _NUMBER.match(raw):
        if "," in raw:
            raise NumberError(f"「{text}」的千位分隔符位置不对（应如 1,080,740.00）")
        raise NumberError(f"「{text}」不是数字")
    try:
        return Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid literals
        raise NumberError(f"「{text}」不是数字") from None


def x_parse_decimal__mutmut_18(text: str | int | Decimal) -> Decimal:
    """Parse a plain figure ("2.5", "１２３", "1,080,740") into a finite Decimal.

    Thousands separators must be well placed ("1,080,740"), so that a decimal comma typed
    by mistake ("2,5") is refused rather than read as 25.
    """
    if isinstance(text, bool):
        raise NumberError("应为数字，不能是是/否")
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise NumberError("数字必须是有限值")
        return text
    _refuse_inner_spaces(text)
    raw = normalize_text(text)
    if raw.startswith("."):
        raw = "0" + raw
    if _GROUPED.match(raw):
        raw = raw.replace(",", None)
    if not _NUMBER.match(raw):
        if "," in raw:
            raise NumberError(f"「{text}」的千位分隔符位置不对（应如 1,080,740.00）")
        raise NumberError(f"「{text}」不是数字")
    try:
        return Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid literals
        raise NumberError(f"「{text}」不是数字") from None


def x_parse_decimal__mutmut_19(text: str | int | Decimal) -> Decimal:
    """Parse a plain figure ("2.5", "１２３", "1,080,740") into a finite Decimal.

    Thousands separators must be well placed ("1,080,740"), so that a decimal comma typed
    by mistake ("2,5") is refused rather than read as 25.
    """
    if isinstance(text, bool):
        raise NumberError("应为数字，不能是是/否")
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise NumberError("数字必须是有限值")
        return text
    _refuse_inner_spaces(text)
    raw = normalize_text(text)
    if raw.startswith("."):
        raw = "0" + raw
    if _GROUPED.match(raw):
        raw = raw.replace("")
    if not _NUMBER.match(raw):
        if "," in raw:
            raise NumberError(f"「{text}」的千位分隔符位置不对（应如 1,080,740.00）")
        raise NumberError(f"「{text}」不是数字")
    try:
        return Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid literals
        raise NumberError(f"「{text}」不是数字") from None


def x_parse_decimal__mutmut_20(text: str | int | Decimal) -> Decimal:
    """Parse a plain figure ("2.5", "１２３", "1,080,740") into a finite Decimal.

    Thousands separators must be well placed ("1,080,740"), so that a decimal comma typed
    by mistake ("2,5") is refused rather than read as 25.
    """
    if isinstance(text, bool):
        raise NumberError("应为数字，不能是是/否")
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise NumberError("数字必须是有限值")
        return text
    _refuse_inner_spaces(text)
    raw = normalize_text(text)
    if raw.startswith("."):
        raw = "0" + raw
    if _GROUPED.match(raw):
        raw = raw.replace(",", )
    if not _NUMBER.match(raw):
        if "," in raw:
            raise NumberError(f"「{text}」的千位分隔符位置不对（应如 1,080,740.00）")
        raise NumberError(f"「{text}」不是数字")
    try:
        return Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid literals
        raise NumberError(f"「{text}」不是数字") from None


def x_parse_decimal__mutmut_21(text: str | int | Decimal) -> Decimal:
    """Parse a plain figure ("2.5", "１２３", "1,080,740") into a finite Decimal.

    Thousands separators must be well placed ("1,080,740"), so that a decimal comma typed
    by mistake ("2,5") is refused rather than read as 25.
    """
    if isinstance(text, bool):
        raise NumberError("应为数字，不能是是/否")
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise NumberError("数字必须是有限值")
        return text
    _refuse_inner_spaces(text)
    raw = normalize_text(text)
    if raw.startswith("."):
        raw = "0" + raw
    if _GROUPED.match(raw):
        raw = raw.replace("XX,XX", "")
    if not _NUMBER.match(raw):
        if "," in raw:
            raise NumberError(f"「{text}」的千位分隔符位置不对（应如 1,080,740.00）")
        raise NumberError(f"「{text}」不是数字")
    try:
        return Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid literals
        raise NumberError(f"「{text}」不是数字") from None


def x_parse_decimal__mutmut_22(text: str | int | Decimal) -> Decimal:
    """Parse a plain figure ("2.5", "１２３", "1,080,740") into a finite Decimal.

    Thousands separators must be well placed ("1,080,740"), so that a decimal comma typed
    by mistake ("2,5") is refused rather than read as 25.
    """
    if isinstance(text, bool):
        raise NumberError("应为数字，不能是是/否")
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise NumberError("数字必须是有限值")
        return text
    _refuse_inner_spaces(text)
    raw = normalize_text(text)
    if raw.startswith("."):
        raw = "0" + raw
    if _GROUPED.match(raw):
        raw = raw.replace(",", "XXXX")
    if not _NUMBER.match(raw):
        if "," in raw:
            raise NumberError(f"「{text}」的千位分隔符位置不对（应如 1,080,740.00）")
        raise NumberError(f"「{text}」不是数字")
    try:
        return Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid literals
        raise NumberError(f"「{text}」不是数字") from None


def x_parse_decimal__mutmut_23(text: str | int | Decimal) -> Decimal:
    """Parse a plain figure ("2.5", "１２３", "1,080,740") into a finite Decimal.

    Thousands separators must be well placed ("1,080,740"), so that a decimal comma typed
    by mistake ("2,5") is refused rather than read as 25.
    """
    if isinstance(text, bool):
        raise NumberError("应为数字，不能是是/否")
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise NumberError("数字必须是有限值")
        return text
    _refuse_inner_spaces(text)
    raw = normalize_text(text)
    if raw.startswith("."):
        raw = "0" + raw
    if _GROUPED.match(raw):
        raw = raw.replace(",", "")
    if _NUMBER.match(raw):
        if "," in raw:
            raise NumberError(f"「{text}」的千位分隔符位置不对（应如 1,080,740.00）")
        raise NumberError(f"「{text}」不是数字")
    try:
        return Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid literals
        raise NumberError(f"「{text}」不是数字") from None


def x_parse_decimal__mutmut_24(text: str | int | Decimal) -> Decimal:
    """Parse a plain figure ("2.5", "１２３", "1,080,740") into a finite Decimal.

    Thousands separators must be well placed ("1,080,740"), so that a decimal comma typed
    by mistake ("2,5") is refused rather than read as 25.
    """
    if isinstance(text, bool):
        raise NumberError("应为数字，不能是是/否")
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise NumberError("数字必须是有限值")
        return text
    _refuse_inner_spaces(text)
    raw = normalize_text(text)
    if raw.startswith("."):
        raw = "0" + raw
    if _GROUPED.match(raw):
        raw = raw.replace(",", "")
    if not _NUMBER.match(None):
        if "," in raw:
            raise NumberError(f"「{text}」的千位分隔符位置不对（应如 1,080,740.00）")
        raise NumberError(f"「{text}」不是数字")
    try:
        return Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid literals
        raise NumberError(f"「{text}」不是数字") from None


def x_parse_decimal__mutmut_25(text: str | int | Decimal) -> Decimal:
    """Parse a plain figure ("2.5", "１２３", "1,080,740") into a finite Decimal.

    Thousands separators must be well placed ("1,080,740"), so that a decimal comma typed
    by mistake ("2,5") is refused rather than read as 25.
    """
    if isinstance(text, bool):
        raise NumberError("应为数字，不能是是/否")
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise NumberError("数字必须是有限值")
        return text
    _refuse_inner_spaces(text)
    raw = normalize_text(text)
    if raw.startswith("."):
        raw = "0" + raw
    if _GROUPED.match(raw):
        raw = raw.replace(",", "")
    if not _NUMBER.match(raw):
        if "XX,XX" in raw:
            raise NumberError(f"「{text}」的千位分隔符位置不对（应如 1,080,740.00）")
        raise NumberError(f"「{text}」不是数字")
    try:
        return Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid literals
        raise NumberError(f"「{text}」不是数字") from None


def x_parse_decimal__mutmut_26(text: str | int | Decimal) -> Decimal:
    """Parse a plain figure ("2.5", "１２３", "1,080,740") into a finite Decimal.

    Thousands separators must be well placed ("1,080,740"), so that a decimal comma typed
    by mistake ("2,5") is refused rather than read as 25.
    """
    if isinstance(text, bool):
        raise NumberError("应为数字，不能是是/否")
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise NumberError("数字必须是有限值")
        return text
    _refuse_inner_spaces(text)
    raw = normalize_text(text)
    if raw.startswith("."):
        raw = "0" + raw
    if _GROUPED.match(raw):
        raw = raw.replace(",", "")
    if not _NUMBER.match(raw):
        if "," not in raw:
            raise NumberError(f"「{text}」的千位分隔符位置不对（应如 1,080,740.00）")
        raise NumberError(f"「{text}」不是数字")
    try:
        return Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid literals
        raise NumberError(f"「{text}」不是数字") from None


def x_parse_decimal__mutmut_27(text: str | int | Decimal) -> Decimal:
    """Parse a plain figure ("2.5", "１２３", "1,080,740") into a finite Decimal.

    Thousands separators must be well placed ("1,080,740"), so that a decimal comma typed
    by mistake ("2,5") is refused rather than read as 25.
    """
    if isinstance(text, bool):
        raise NumberError("应为数字，不能是是/否")
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise NumberError("数字必须是有限值")
        return text
    _refuse_inner_spaces(text)
    raw = normalize_text(text)
    if raw.startswith("."):
        raw = "0" + raw
    if _GROUPED.match(raw):
        raw = raw.replace(",", "")
    if not _NUMBER.match(raw):
        if "," in raw:
            raise NumberError(None)
        raise NumberError(f"「{text}」不是数字")
    try:
        return Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid literals
        raise NumberError(f"「{text}」不是数字") from None


def x_parse_decimal__mutmut_28(text: str | int | Decimal) -> Decimal:
    """Parse a plain figure ("2.5", "１２３", "1,080,740") into a finite Decimal.

    Thousands separators must be well placed ("1,080,740"), so that a decimal comma typed
    by mistake ("2,5") is refused rather than read as 25.
    """
    if isinstance(text, bool):
        raise NumberError("应为数字，不能是是/否")
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise NumberError("数字必须是有限值")
        return text
    _refuse_inner_spaces(text)
    raw = normalize_text(text)
    if raw.startswith("."):
        raw = "0" + raw
    if _GROUPED.match(raw):
        raw = raw.replace(",", "")
    if not _NUMBER.match(raw):
        if "," in raw:
            raise NumberError(f"「{text}」的千位分隔符位置不对（应如 1,080,740.00）")
        raise NumberError(None)
    try:
        return Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid literals
        raise NumberError(f"「{text}」不是数字") from None


def x_parse_decimal__mutmut_29(text: str | int | Decimal) -> Decimal:
    """Parse a plain figure ("2.5", "１２３", "1,080,740") into a finite Decimal.

    Thousands separators must be well placed ("1,080,740"), so that a decimal comma typed
    by mistake ("2,5") is refused rather than read as 25.
    """
    if isinstance(text, bool):
        raise NumberError("应为数字，不能是是/否")
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise NumberError("数字必须是有限值")
        return text
    _refuse_inner_spaces(text)
    raw = normalize_text(text)
    if raw.startswith("."):
        raw = "0" + raw
    if _GROUPED.match(raw):
        raw = raw.replace(",", "")
    if not _NUMBER.match(raw):
        if "," in raw:
            raise NumberError(f"「{text}」的千位分隔符位置不对（应如 1,080,740.00）")
        raise NumberError(f"「{text}」不是数字")
    try:
        return Decimal(None)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid literals
        raise NumberError(f"「{text}」不是数字") from None


def x_parse_decimal__mutmut_30(text: str | int | Decimal) -> Decimal:
    """Parse a plain figure ("2.5", "１２３", "1,080,740") into a finite Decimal.

    Thousands separators must be well placed ("1,080,740"), so that a decimal comma typed
    by mistake ("2,5") is refused rather than read as 25.
    """
    if isinstance(text, bool):
        raise NumberError("应为数字，不能是是/否")
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise NumberError("数字必须是有限值")
        return text
    _refuse_inner_spaces(text)
    raw = normalize_text(text)
    if raw.startswith("."):
        raw = "0" + raw
    if _GROUPED.match(raw):
        raw = raw.replace(",", "")
    if not _NUMBER.match(raw):
        if "," in raw:
            raise NumberError(f"「{text}」的千位分隔符位置不对（应如 1,080,740.00）")
        raise NumberError(f"「{text}」不是数字")
    try:
        return Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid literals
        raise NumberError(None) from None

mutants_x_parse_decimal__mutmut['_mutmut_orig'] = x_parse_decimal__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_1'] = x_parse_decimal__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_2'] = x_parse_decimal__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_3'] = x_parse_decimal__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_4'] = x_parse_decimal__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_5'] = x_parse_decimal__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_6'] = x_parse_decimal__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_7'] = x_parse_decimal__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_8'] = x_parse_decimal__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_9'] = x_parse_decimal__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_10'] = x_parse_decimal__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_11'] = x_parse_decimal__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_12'] = x_parse_decimal__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_13'] = x_parse_decimal__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_14'] = x_parse_decimal__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_15'] = x_parse_decimal__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_16'] = x_parse_decimal__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_17'] = x_parse_decimal__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_18'] = x_parse_decimal__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_19'] = x_parse_decimal__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_20'] = x_parse_decimal__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_21'] = x_parse_decimal__mutmut_21 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_22'] = x_parse_decimal__mutmut_22 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_23'] = x_parse_decimal__mutmut_23 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_24'] = x_parse_decimal__mutmut_24 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_25'] = x_parse_decimal__mutmut_25 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_26'] = x_parse_decimal__mutmut_26 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_27'] = x_parse_decimal__mutmut_27 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_28'] = x_parse_decimal__mutmut_28 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_29'] = x_parse_decimal__mutmut_29 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_30'] = x_parse_decimal__mutmut_30 # type: ignore # mutmut generated


_INNER_SPACE = re.compile(r"[\d.,]\s+[\d.,]")
mutants_x__refuse_inner_spaces__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__refuse_inner_spaces__mutmut)
def _refuse_inner_spaces(text: str) -> None:
    """Refuse a space between the digits of a figure ("100 00", "7 9.00", "79. 00").

    Spaces around a figure are dropped, but inside one they are a slip whose meaning is
    unknown: reading "100 00" as 10000 would print a hundred times the amount.
    """
    folded = unicodedata.normalize("NFKC", text).strip()
    if _INNER_SPACE.search(folded):
        raise NumberError(f"「{text}」的数字中间有空格：请删去空格或改正数字")


def x__refuse_inner_spaces__mutmut_orig(text: str) -> None:
    """Refuse a space between the digits of a figure ("100 00", "7 9.00", "79. 00").

    Spaces around a figure are dropped, but inside one they are a slip whose meaning is
    unknown: reading "100 00" as 10000 would print a hundred times the amount.
    """
    folded = unicodedata.normalize("NFKC", text).strip()
    if _INNER_SPACE.search(folded):
        raise NumberError(f"「{text}」的数字中间有空格：请删去空格或改正数字")


def x__refuse_inner_spaces__mutmut_1(text: str) -> None:
    """Refuse a space between the digits of a figure ("100 00", "7 9.00", "79. 00").

    Spaces around a figure are dropped, but inside one they are a slip whose meaning is
    unknown: reading "100 00" as 10000 would print a hundred times the amount.
    """
    folded = None
    if _INNER_SPACE.search(folded):
        raise NumberError(f"「{text}」的数字中间有空格：请删去空格或改正数字")


def x__refuse_inner_spaces__mutmut_2(text: str) -> None:
    """Refuse a space between the digits of a figure ("100 00", "7 9.00", "79. 00").

    Spaces around a figure are dropped, but inside one they are a slip whose meaning is
    unknown: reading "100 00" as 10000 would print a hundred times the amount.
    """
    folded = unicodedata.normalize(None, text).strip()
    if _INNER_SPACE.search(folded):
        raise NumberError(f"「{text}」的数字中间有空格：请删去空格或改正数字")


def x__refuse_inner_spaces__mutmut_3(text: str) -> None:
    """Refuse a space between the digits of a figure ("100 00", "7 9.00", "79. 00").

    Spaces around a figure are dropped, but inside one they are a slip whose meaning is
    unknown: reading "100 00" as 10000 would print a hundred times the amount.
    """
    folded = unicodedata.normalize("NFKC", None).strip()
    if _INNER_SPACE.search(folded):
        raise NumberError(f"「{text}」的数字中间有空格：请删去空格或改正数字")


def x__refuse_inner_spaces__mutmut_4(text: str) -> None:
    """Refuse a space between the digits of a figure ("100 00", "7 9.00", "79. 00").

    Spaces around a figure are dropped, but inside one they are a slip whose meaning is
    unknown: reading "100 00" as 10000 would print a hundred times the amount.
    """
    folded = unicodedata.normalize(text).strip()
    if _INNER_SPACE.search(folded):
        raise NumberError(f"「{text}」的数字中间有空格：请删去空格或改正数字")


def x__refuse_inner_spaces__mutmut_5(text: str) -> None:
    """Refuse a space between the digits of a figure ("100 00", "7 9.00", "79. 00").

    Spaces around a figure are dropped, but inside one they are a slip whose meaning is
    unknown: reading "100 00" as 10000 would print a hundred times the amount.
    """
    folded = unicodedata.normalize("NFKC", ).strip()
    if _INNER_SPACE.search(folded):
        raise NumberError(f"「{text}」的数字中间有空格：请删去空格或改正数字")


def x__refuse_inner_spaces__mutmut_6(text: str) -> None:
    """Refuse a space between the digits of a figure ("100 00", "7 9.00", "79. 00").

    Spaces around a figure are dropped, but inside one they are a slip whose meaning is
    unknown: reading "100 00" as 10000 would print a hundred times the amount.
    """
    folded = unicodedata.normalize("XXNFKCXX", text).strip()
    if _INNER_SPACE.search(folded):
        raise NumberError(f"「{text}」的数字中间有空格：请删去空格或改正数字")


def x__refuse_inner_spaces__mutmut_7(text: str) -> None:
    """Refuse a space between the digits of a figure ("100 00", "7 9.00", "79. 00").

    Spaces around a figure are dropped, but inside one they are a slip whose meaning is
    unknown: reading "100 00" as 10000 would print a hundred times the amount.
    """
    folded = unicodedata.normalize("nfkc", text).strip()
    if _INNER_SPACE.search(folded):
        raise NumberError(f"「{text}」的数字中间有空格：请删去空格或改正数字")


def x__refuse_inner_spaces__mutmut_8(text: str) -> None:
    """Refuse a space between the digits of a figure ("100 00", "7 9.00", "79. 00").

    Spaces around a figure are dropped, but inside one they are a slip whose meaning is
    unknown: reading "100 00" as 10000 would print a hundred times the amount.
    """
    folded = unicodedata.normalize("NFKC", text).strip()
    if _INNER_SPACE.search(None):
        raise NumberError(f"「{text}」的数字中间有空格：请删去空格或改正数字")


def x__refuse_inner_spaces__mutmut_9(text: str) -> None:
    """Refuse a space between the digits of a figure ("100 00", "7 9.00", "79. 00").

    Spaces around a figure are dropped, but inside one they are a slip whose meaning is
    unknown: reading "100 00" as 10000 would print a hundred times the amount.
    """
    folded = unicodedata.normalize("NFKC", text).strip()
    if _INNER_SPACE.search(folded):
        raise NumberError(None)

mutants_x__refuse_inner_spaces__mutmut['_mutmut_orig'] = x__refuse_inner_spaces__mutmut_orig # type: ignore # mutmut generated
mutants_x__refuse_inner_spaces__mutmut['x__refuse_inner_spaces__mutmut_1'] = x__refuse_inner_spaces__mutmut_1 # type: ignore # mutmut generated
mutants_x__refuse_inner_spaces__mutmut['x__refuse_inner_spaces__mutmut_2'] = x__refuse_inner_spaces__mutmut_2 # type: ignore # mutmut generated
mutants_x__refuse_inner_spaces__mutmut['x__refuse_inner_spaces__mutmut_3'] = x__refuse_inner_spaces__mutmut_3 # type: ignore # mutmut generated
mutants_x__refuse_inner_spaces__mutmut['x__refuse_inner_spaces__mutmut_4'] = x__refuse_inner_spaces__mutmut_4 # type: ignore # mutmut generated
mutants_x__refuse_inner_spaces__mutmut['x__refuse_inner_spaces__mutmut_5'] = x__refuse_inner_spaces__mutmut_5 # type: ignore # mutmut generated
mutants_x__refuse_inner_spaces__mutmut['x__refuse_inner_spaces__mutmut_6'] = x__refuse_inner_spaces__mutmut_6 # type: ignore # mutmut generated
mutants_x__refuse_inner_spaces__mutmut['x__refuse_inner_spaces__mutmut_7'] = x__refuse_inner_spaces__mutmut_7 # type: ignore # mutmut generated
mutants_x__refuse_inner_spaces__mutmut['x__refuse_inner_spaces__mutmut_8'] = x__refuse_inner_spaces__mutmut_8 # type: ignore # mutmut generated
mutants_x__refuse_inner_spaces__mutmut['x__refuse_inner_spaces__mutmut_9'] = x__refuse_inner_spaces__mutmut_9 # type: ignore # mutmut generated
mutants_x_money_text__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_money_text__mutmut)
def money_text(amount: Decimal, unit: str) -> str:
    """An amount held in 元 as a preparer writes it in ``unit``: "1,200,000.00", "435.8177".

    Thousands separators and at least two decimals, more when the exact figure has them, so
    two different amounts never read the same.
    """
    value = (amount / MONEY_UNITS[unit]).normalize()
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent > -2:
        value = value.quantize(Decimal("0.01"))
    return f"{value:,f}"


def x_money_text__mutmut_orig(amount: Decimal, unit: str) -> str:
    """An amount held in 元 as a preparer writes it in ``unit``: "1,200,000.00", "435.8177".

    Thousands separators and at least two decimals, more when the exact figure has them, so
    two different amounts never read the same.
    """
    value = (amount / MONEY_UNITS[unit]).normalize()
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent > -2:
        value = value.quantize(Decimal("0.01"))
    return f"{value:,f}"


def x_money_text__mutmut_1(amount: Decimal, unit: str) -> str:
    """An amount held in 元 as a preparer writes it in ``unit``: "1,200,000.00", "435.8177".

    Thousands separators and at least two decimals, more when the exact figure has them, so
    two different amounts never read the same.
    """
    value = None
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent > -2:
        value = value.quantize(Decimal("0.01"))
    return f"{value:,f}"


def x_money_text__mutmut_2(amount: Decimal, unit: str) -> str:
    """An amount held in 元 as a preparer writes it in ``unit``: "1,200,000.00", "435.8177".

    Thousands separators and at least two decimals, more when the exact figure has them, so
    two different amounts never read the same.
    """
    value = (amount * MONEY_UNITS[unit]).normalize()
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent > -2:
        value = value.quantize(Decimal("0.01"))
    return f"{value:,f}"


def x_money_text__mutmut_3(amount: Decimal, unit: str) -> str:
    """An amount held in 元 as a preparer writes it in ``unit``: "1,200,000.00", "435.8177".

    Thousands separators and at least two decimals, more when the exact figure has them, so
    two different amounts never read the same.
    """
    value = (amount / MONEY_UNITS[unit]).normalize()
    exponent = None
    if isinstance(exponent, int) and exponent > -2:
        value = value.quantize(Decimal("0.01"))
    return f"{value:,f}"


def x_money_text__mutmut_4(amount: Decimal, unit: str) -> str:
    """An amount held in 元 as a preparer writes it in ``unit``: "1,200,000.00", "435.8177".

    Thousands separators and at least two decimals, more when the exact figure has them, so
    two different amounts never read the same.
    """
    value = (amount / MONEY_UNITS[unit]).normalize()
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) or exponent > -2:
        value = value.quantize(Decimal("0.01"))
    return f"{value:,f}"


def x_money_text__mutmut_5(amount: Decimal, unit: str) -> str:
    """An amount held in 元 as a preparer writes it in ``unit``: "1,200,000.00", "435.8177".

    Thousands separators and at least two decimals, more when the exact figure has them, so
    two different amounts never read the same.
    """
    value = (amount / MONEY_UNITS[unit]).normalize()
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent >= -2:
        value = value.quantize(Decimal("0.01"))
    return f"{value:,f}"


def x_money_text__mutmut_6(amount: Decimal, unit: str) -> str:
    """An amount held in 元 as a preparer writes it in ``unit``: "1,200,000.00", "435.8177".

    Thousands separators and at least two decimals, more when the exact figure has them, so
    two different amounts never read the same.
    """
    value = (amount / MONEY_UNITS[unit]).normalize()
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent > +2:
        value = value.quantize(Decimal("0.01"))
    return f"{value:,f}"


def x_money_text__mutmut_7(amount: Decimal, unit: str) -> str:
    """An amount held in 元 as a preparer writes it in ``unit``: "1,200,000.00", "435.8177".

    Thousands separators and at least two decimals, more when the exact figure has them, so
    two different amounts never read the same.
    """
    value = (amount / MONEY_UNITS[unit]).normalize()
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent > -3:
        value = value.quantize(Decimal("0.01"))
    return f"{value:,f}"


def x_money_text__mutmut_8(amount: Decimal, unit: str) -> str:
    """An amount held in 元 as a preparer writes it in ``unit``: "1,200,000.00", "435.8177".

    Thousands separators and at least two decimals, more when the exact figure has them, so
    two different amounts never read the same.
    """
    value = (amount / MONEY_UNITS[unit]).normalize()
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent > -2:
        value = None
    return f"{value:,f}"


def x_money_text__mutmut_9(amount: Decimal, unit: str) -> str:
    """An amount held in 元 as a preparer writes it in ``unit``: "1,200,000.00", "435.8177".

    Thousands separators and at least two decimals, more when the exact figure has them, so
    two different amounts never read the same.
    """
    value = (amount / MONEY_UNITS[unit]).normalize()
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent > -2:
        value = value.quantize(None)
    return f"{value:,f}"


def x_money_text__mutmut_10(amount: Decimal, unit: str) -> str:
    """An amount held in 元 as a preparer writes it in ``unit``: "1,200,000.00", "435.8177".

    Thousands separators and at least two decimals, more when the exact figure has them, so
    two different amounts never read the same.
    """
    value = (amount / MONEY_UNITS[unit]).normalize()
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent > -2:
        value = value.quantize(Decimal(None))
    return f"{value:,f}"


def x_money_text__mutmut_11(amount: Decimal, unit: str) -> str:
    """An amount held in 元 as a preparer writes it in ``unit``: "1,200,000.00", "435.8177".

    Thousands separators and at least two decimals, more when the exact figure has them, so
    two different amounts never read the same.
    """
    value = (amount / MONEY_UNITS[unit]).normalize()
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent > -2:
        value = value.quantize(Decimal("XX0.01XX"))
    return f"{value:,f}"

mutants_x_money_text__mutmut['_mutmut_orig'] = x_money_text__mutmut_orig # type: ignore # mutmut generated
mutants_x_money_text__mutmut['x_money_text__mutmut_1'] = x_money_text__mutmut_1 # type: ignore # mutmut generated
mutants_x_money_text__mutmut['x_money_text__mutmut_2'] = x_money_text__mutmut_2 # type: ignore # mutmut generated
mutants_x_money_text__mutmut['x_money_text__mutmut_3'] = x_money_text__mutmut_3 # type: ignore # mutmut generated
mutants_x_money_text__mutmut['x_money_text__mutmut_4'] = x_money_text__mutmut_4 # type: ignore # mutmut generated
mutants_x_money_text__mutmut['x_money_text__mutmut_5'] = x_money_text__mutmut_5 # type: ignore # mutmut generated
mutants_x_money_text__mutmut['x_money_text__mutmut_6'] = x_money_text__mutmut_6 # type: ignore # mutmut generated
mutants_x_money_text__mutmut['x_money_text__mutmut_7'] = x_money_text__mutmut_7 # type: ignore # mutmut generated
mutants_x_money_text__mutmut['x_money_text__mutmut_8'] = x_money_text__mutmut_8 # type: ignore # mutmut generated
mutants_x_money_text__mutmut['x_money_text__mutmut_9'] = x_money_text__mutmut_9 # type: ignore # mutmut generated
mutants_x_money_text__mutmut['x_money_text__mutmut_10'] = x_money_text__mutmut_10 # type: ignore # mutmut generated
mutants_x_money_text__mutmut['x_money_text__mutmut_11'] = x_money_text__mutmut_11 # type: ignore # mutmut generated
mutants_x_format_money__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_format_money__mutmut)
def format_money(amount: Decimal, unit: str) -> str:
    """An amount held in 元 for a message, in ``unit`` and named: "541.15 万元"."""
    return f"{money_text(amount, unit)} {unit}"


def x_format_money__mutmut_orig(amount: Decimal, unit: str) -> str:
    """An amount held in 元 for a message, in ``unit`` and named: "541.15 万元"."""
    return f"{money_text(amount, unit)} {unit}"


def x_format_money__mutmut_1(amount: Decimal, unit: str) -> str:
    """An amount held in 元 for a message, in ``unit`` and named: "541.15 万元"."""
    return f"{money_text(None, unit)} {unit}"


def x_format_money__mutmut_2(amount: Decimal, unit: str) -> str:
    """An amount held in 元 for a message, in ``unit`` and named: "541.15 万元"."""
    return f"{money_text(amount, None)} {unit}"


def x_format_money__mutmut_3(amount: Decimal, unit: str) -> str:
    """An amount held in 元 for a message, in ``unit`` and named: "541.15 万元"."""
    return f"{money_text(unit)} {unit}"


def x_format_money__mutmut_4(amount: Decimal, unit: str) -> str:
    """An amount held in 元 for a message, in ``unit`` and named: "541.15 万元"."""
    return f"{money_text(amount, )} {unit}"

mutants_x_format_money__mutmut['_mutmut_orig'] = x_format_money__mutmut_orig # type: ignore # mutmut generated
mutants_x_format_money__mutmut['x_format_money__mutmut_1'] = x_format_money__mutmut_1 # type: ignore # mutmut generated
mutants_x_format_money__mutmut['x_format_money__mutmut_2'] = x_format_money__mutmut_2 # type: ignore # mutmut generated
mutants_x_format_money__mutmut['x_format_money__mutmut_3'] = x_format_money__mutmut_3 # type: ignore # mutmut generated
mutants_x_format_money__mutmut['x_format_money__mutmut_4'] = x_format_money__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_amount__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_amount__mutmut)
def parse_amount(text: str | int | Decimal, unit: str) -> Decimal:
    """Parse an amount written in ``unit`` (or with its own 元/万元 suffix) into 元.

    Amounts are kept in 元 inside the model; a layout converts them to the unit it prints.
    """
    if isinstance(text, str):
        _refuse_inner_spaces(text)
        raw = normalize_text(text)
        for suffix in sorted(MONEY_UNITS, key=len, reverse=True):
            if raw.endswith(suffix):
                unit, text = suffix, raw[: -len(suffix)]
                break
    value = parse_decimal(text) * MONEY_UNITS[unit]
    if value < 0:
        raise NumberError("金额不能为负数")
    if value > MAX_AMOUNT:
        raise NumberError(f"金额过大（{format_money(value, unit)}），请检查单位和位数")
    return value


def x_parse_amount__mutmut_orig(text: str | int | Decimal, unit: str) -> Decimal:
    """Parse an amount written in ``unit`` (or with its own 元/万元 suffix) into 元.

    Amounts are kept in 元 inside the model; a layout converts them to the unit it prints.
    """
    if isinstance(text, str):
        _refuse_inner_spaces(text)
        raw = normalize_text(text)
        for suffix in sorted(MONEY_UNITS, key=len, reverse=True):
            if raw.endswith(suffix):
                unit, text = suffix, raw[: -len(suffix)]
                break
    value = parse_decimal(text) * MONEY_UNITS[unit]
    if value < 0:
        raise NumberError("金额不能为负数")
    if value > MAX_AMOUNT:
        raise NumberError(f"金额过大（{format_money(value, unit)}），请检查单位和位数")
    return value


def x_parse_amount__mutmut_1(text: str | int | Decimal, unit: str) -> Decimal:
    """Parse an amount written in ``unit`` (or with its own 元/万元 suffix) into 元.

    Amounts are kept in 元 inside the model; a layout converts them to the unit it prints.
    """
    if isinstance(text, str):
        _refuse_inner_spaces(None)
        raw = normalize_text(text)
        for suffix in sorted(MONEY_UNITS, key=len, reverse=True):
            if raw.endswith(suffix):
                unit, text = suffix, raw[: -len(suffix)]
                break
    value = parse_decimal(text) * MONEY_UNITS[unit]
    if value < 0:
        raise NumberError("金额不能为负数")
    if value > MAX_AMOUNT:
        raise NumberError(f"金额过大（{format_money(value, unit)}），请检查单位和位数")
    return value


def x_parse_amount__mutmut_2(text: str | int | Decimal, unit: str) -> Decimal:
    """Parse an amount written in ``unit`` (or with its own 元/万元 suffix) into 元.

    Amounts are kept in 元 inside the model; a layout converts them to the unit it prints.
    """
    if isinstance(text, str):
        _refuse_inner_spaces(text)
        raw = None
        for suffix in sorted(MONEY_UNITS, key=len, reverse=True):
            if raw.endswith(suffix):
                unit, text = suffix, raw[: -len(suffix)]
                break
    value = parse_decimal(text) * MONEY_UNITS[unit]
    if value < 0:
        raise NumberError("金额不能为负数")
    if value > MAX_AMOUNT:
        raise NumberError(f"金额过大（{format_money(value, unit)}），请检查单位和位数")
    return value


def x_parse_amount__mutmut_3(text: str | int | Decimal, unit: str) -> Decimal:
    """Parse an amount written in ``unit`` (or with its own 元/万元 suffix) into 元.

    Amounts are kept in 元 inside the model; a layout converts them to the unit it prints.
    """
    if isinstance(text, str):
        _refuse_inner_spaces(text)
        raw = normalize_text(None)
        for suffix in sorted(MONEY_UNITS, key=len, reverse=True):
            if raw.endswith(suffix):
                unit, text = suffix, raw[: -len(suffix)]
                break
    value = parse_decimal(text) * MONEY_UNITS[unit]
    if value < 0:
        raise NumberError("金额不能为负数")
    if value > MAX_AMOUNT:
        raise NumberError(f"金额过大（{format_money(value, unit)}），请检查单位和位数")
    return value


def x_parse_amount__mutmut_4(text: str | int | Decimal, unit: str) -> Decimal:
    """Parse an amount written in ``unit`` (or with its own 元/万元 suffix) into 元.

    Amounts are kept in 元 inside the model; a layout converts them to the unit it prints.
    """
    if isinstance(text, str):
        _refuse_inner_spaces(text)
        raw = normalize_text(text)
        for suffix in sorted(None, key=len, reverse=True):
            if raw.endswith(suffix):
                unit, text = suffix, raw[: -len(suffix)]
                break
    value = parse_decimal(text) * MONEY_UNITS[unit]
    if value < 0:
        raise NumberError("金额不能为负数")
    if value > MAX_AMOUNT:
        raise NumberError(f"金额过大（{format_money(value, unit)}），请检查单位和位数")
    return value


def x_parse_amount__mutmut_5(text: str | int | Decimal, unit: str) -> Decimal:
    """Parse an amount written in ``unit`` (or with its own 元/万元 suffix) into 元.

    Amounts are kept in 元 inside the model; a layout converts them to the unit it prints.
    """
    if isinstance(text, str):
        _refuse_inner_spaces(text)
        raw = normalize_text(text)
        for suffix in sorted(MONEY_UNITS, key=None, reverse=True):
            if raw.endswith(suffix):
                unit, text = suffix, raw[: -len(suffix)]
                break
    value = parse_decimal(text) * MONEY_UNITS[unit]
    if value < 0:
        raise NumberError("金额不能为负数")
    if value > MAX_AMOUNT:
        raise NumberError(f"金额过大（{format_money(value, unit)}），请检查单位和位数")
    return value


def x_parse_amount__mutmut_6(text: str | int | Decimal, unit: str) -> Decimal:
    """Parse an amount written in ``unit`` (or with its own 元/万元 suffix) into 元.

    Amounts are kept in 元 inside the model; a layout converts them to the unit it prints.
    """
    if isinstance(text, str):
        _refuse_inner_spaces(text)
        raw = normalize_text(text)
        for suffix in sorted(MONEY_UNITS, key=len, reverse=None):
            if raw.endswith(suffix):
                unit, text = suffix, raw[: -len(suffix)]
                break
    value = parse_decimal(text) * MONEY_UNITS[unit]
    if value < 0:
        raise NumberError("金额不能为负数")
    if value > MAX_AMOUNT:
        raise NumberError(f"金额过大（{format_money(value, unit)}），请检查单位和位数")
    return value


def x_parse_amount__mutmut_7(text: str | int | Decimal, unit: str) -> Decimal:
    """Parse an amount written in ``unit`` (or with its own 元/万元 suffix) into 元.

    Amounts are kept in 元 inside the model; a layout converts them to the unit it prints.
    """
    if isinstance(text, str):
        _refuse_inner_spaces(text)
        raw = normalize_text(text)
        for suffix in sorted(key=len, reverse=True):
            if raw.endswith(suffix):
                unit, text = suffix, raw[: -len(suffix)]
                break
    value = parse_decimal(text) * MONEY_UNITS[unit]
    if value < 0:
        raise NumberError("金额不能为负数")
    if value > MAX_AMOUNT:
        raise NumberError(f"金额过大（{format_money(value, unit)}），请检查单位和位数")
    return value


def x_parse_amount__mutmut_8(text: str | int | Decimal, unit: str) -> Decimal:
    """Parse an amount written in ``unit`` (or with its own 元/万元 suffix) into 元.

    Amounts are kept in 元 inside the model; a layout converts them to the unit it prints.
    """
    if isinstance(text, str):
        _refuse_inner_spaces(text)
        raw = normalize_text(text)
        for suffix in sorted(MONEY_UNITS, reverse=True):
            if raw.endswith(suffix):
                unit, text = suffix, raw[: -len(suffix)]
                break
    value = parse_decimal(text) * MONEY_UNITS[unit]
    if value < 0:
        raise NumberError("金额不能为负数")
    if value > MAX_AMOUNT:
        raise NumberError(f"金额过大（{format_money(value, unit)}），请检查单位和位数")
    return value


def x_parse_amount__mutmut_9(text: str | int | Decimal, unit: str) -> Decimal:
    """Parse an amount written in ``unit`` (or with its own 元/万元 suffix) into 元.

    Amounts are kept in 元 inside the model; a layout converts them to the unit it prints.
    """
    if isinstance(text, str):
        _refuse_inner_spaces(text)
        raw = normalize_text(text)
        for suffix in sorted(MONEY_UNITS, key=len, ):
            if raw.endswith(suffix):
                unit, text = suffix, raw[: -len(suffix)]
                break
    value = parse_decimal(text) * MONEY_UNITS[unit]
    if value < 0:
        raise NumberError("金额不能为负数")
    if value > MAX_AMOUNT:
        raise NumberError(f"金额过大（{format_money(value, unit)}），请检查单位和位数")
    return value


def x_parse_amount__mutmut_10(text: str | int | Decimal, unit: str) -> Decimal:
    """Parse an amount written in ``unit`` (or with its own 元/万元 suffix) into 元.

    Amounts are kept in 元 inside the model; a layout converts them to the unit it prints.
    """
    if isinstance(text, str):
        _refuse_inner_spaces(text)
        raw = normalize_text(text)
        for suffix in sorted(MONEY_UNITS, key=len, reverse=False):
            if raw.endswith(suffix):
                unit, text = suffix, raw[: -len(suffix)]
                break
    value = parse_decimal(text) * MONEY_UNITS[unit]
    if value < 0:
        raise NumberError("金额不能为负数")
    if value > MAX_AMOUNT:
        raise NumberError(f"金额过大（{format_money(value, unit)}），请检查单位和位数")
    return value


def x_parse_amount__mutmut_11(text: str | int | Decimal, unit: str) -> Decimal:
    """Parse an amount written in ``unit`` (or with its own 元/万元 suffix) into 元.

    Amounts are kept in 元 inside the model; a layout converts them to the unit it prints.
    """
    if isinstance(text, str):
        _refuse_inner_spaces(text)
        raw = normalize_text(text)
        for suffix in sorted(MONEY_UNITS, key=len, reverse=True):
            if raw.endswith(None):
                unit, text = suffix, raw[: -len(suffix)]
                break
    value = parse_decimal(text) * MONEY_UNITS[unit]
    if value < 0:
        raise NumberError("金额不能为负数")
    if value > MAX_AMOUNT:
        raise NumberError(f"金额过大（{format_money(value, unit)}），请检查单位和位数")
    return value


def x_parse_amount__mutmut_12(text: str | int | Decimal, unit: str) -> Decimal:
    """Parse an amount written in ``unit`` (or with its own 元/万元 suffix) into 元.

    Amounts are kept in 元 inside the model; a layout converts them to the unit it prints.
    """
    if isinstance(text, str):
        _refuse_inner_spaces(text)
        raw = normalize_text(text)
        for suffix in sorted(MONEY_UNITS, key=len, reverse=True):
            if raw.endswith(suffix):
                unit, text = None
                break
    value = parse_decimal(text) * MONEY_UNITS[unit]
    if value < 0:
        raise NumberError("金额不能为负数")
    if value > MAX_AMOUNT:
        raise NumberError(f"金额过大（{format_money(value, unit)}），请检查单位和位数")
    return value


def x_parse_amount__mutmut_13(text: str | int | Decimal, unit: str) -> Decimal:
    """Parse an amount written in ``unit`` (or with its own 元/万元 suffix) into 元.

    Amounts are kept in 元 inside the model; a layout converts them to the unit it prints.
    """
    if isinstance(text, str):
        _refuse_inner_spaces(text)
        raw = normalize_text(text)
        for suffix in sorted(MONEY_UNITS, key=len, reverse=True):
            if raw.endswith(suffix):
                unit, text = suffix, raw[: +len(suffix)]
                break
    value = parse_decimal(text) * MONEY_UNITS[unit]
    if value < 0:
        raise NumberError("金额不能为负数")
    if value > MAX_AMOUNT:
        raise NumberError(f"金额过大（{format_money(value, unit)}），请检查单位和位数")
    return value


def x_parse_amount__mutmut_14(text: str | int | Decimal, unit: str) -> Decimal:
    """Parse an amount written in ``unit`` (or with its own 元/万元 suffix) into 元.

    Amounts are kept in 元 inside the model; a layout converts them to the unit it prints.
    """
    if isinstance(text, str):
        _refuse_inner_spaces(text)
        raw = normalize_text(text)
        for suffix in sorted(MONEY_UNITS, key=len, reverse=True):
            if raw.endswith(suffix):
                unit, text = suffix, raw[: -len(suffix)]
                return
    value = parse_decimal(text) * MONEY_UNITS[unit]
    if value < 0:
        raise NumberError("金额不能为负数")
    if value > MAX_AMOUNT:
        raise NumberError(f"金额过大（{format_money(value, unit)}），请检查单位和位数")
    return value


def x_parse_amount__mutmut_15(text: str | int | Decimal, unit: str) -> Decimal:
    """Parse an amount written in ``unit`` (or with its own 元/万元 suffix) into 元.

    Amounts are kept in 元 inside the model; a layout converts them to the unit it prints.
    """
    if isinstance(text, str):
        _refuse_inner_spaces(text)
        raw = normalize_text(text)
        for suffix in sorted(MONEY_UNITS, key=len, reverse=True):
            if raw.endswith(suffix):
                unit, text = suffix, raw[: -len(suffix)]
                break
    value = None
    if value < 0:
        raise NumberError("金额不能为负数")
    if value > MAX_AMOUNT:
        raise NumberError(f"金额过大（{format_money(value, unit)}），请检查单位和位数")
    return value


def x_parse_amount__mutmut_16(text: str | int | Decimal, unit: str) -> Decimal:
    """Parse an amount written in ``unit`` (or with its own 元/万元 suffix) into 元.

    Amounts are kept in 元 inside the model; a layout converts them to the unit it prints.
    """
    if isinstance(text, str):
        _refuse_inner_spaces(text)
        raw = normalize_text(text)
        for suffix in sorted(MONEY_UNITS, key=len, reverse=True):
            if raw.endswith(suffix):
                unit, text = suffix, raw[: -len(suffix)]
                break
    value = parse_decimal(text) / MONEY_UNITS[unit]
    if value < 0:
        raise NumberError("金额不能为负数")
    if value > MAX_AMOUNT:
        raise NumberError(f"金额过大（{format_money(value, unit)}），请检查单位和位数")
    return value


def x_parse_amount__mutmut_17(text: str | int | Decimal, unit: str) -> Decimal:
    """Parse an amount written in ``unit`` (or with its own 元/万元 suffix) into 元.

    Amounts are kept in 元 inside the model; a layout converts them to the unit it prints.
    """
    if isinstance(text, str):
        _refuse_inner_spaces(text)
        raw = normalize_text(text)
        for suffix in sorted(MONEY_UNITS, key=len, reverse=True):
            if raw.endswith(suffix):
                unit, text = suffix, raw[: -len(suffix)]
                break
    value = parse_decimal(None) * MONEY_UNITS[unit]
    if value < 0:
        raise NumberError("金额不能为负数")
    if value > MAX_AMOUNT:
        raise NumberError(f"金额过大（{format_money(value, unit)}），请检查单位和位数")
    return value


def x_parse_amount__mutmut_18(text: str | int | Decimal, unit: str) -> Decimal:
    """Parse an amount written in ``unit`` (or with its own 元/万元 suffix) into 元.

    Amounts are kept in 元 inside the model; a layout converts them to the unit it prints.
    """
    if isinstance(text, str):
        _refuse_inner_spaces(text)
        raw = normalize_text(text)
        for suffix in sorted(MONEY_UNITS, key=len, reverse=True):
            if raw.endswith(suffix):
                unit, text = suffix, raw[: -len(suffix)]
                break
    value = parse_decimal(text) * MONEY_UNITS[unit]
    if value <= 0:
        raise NumberError("金额不能为负数")
    if value > MAX_AMOUNT:
        raise NumberError(f"金额过大（{format_money(value, unit)}），请检查单位和位数")
    return value


def x_parse_amount__mutmut_19(text: str | int | Decimal, unit: str) -> Decimal:
    """Parse an amount written in ``unit`` (or with its own 元/万元 suffix) into 元.

    Amounts are kept in 元 inside the model; a layout converts them to the unit it prints.
    """
    if isinstance(text, str):
        _refuse_inner_spaces(text)
        raw = normalize_text(text)
        for suffix in sorted(MONEY_UNITS, key=len, reverse=True):
            if raw.endswith(suffix):
                unit, text = suffix, raw[: -len(suffix)]
                break
    value = parse_decimal(text) * MONEY_UNITS[unit]
    if value < 1:
        raise NumberError("金额不能为负数")
    if value > MAX_AMOUNT:
        raise NumberError(f"金额过大（{format_money(value, unit)}），请检查单位和位数")
    return value


def x_parse_amount__mutmut_20(text: str | int | Decimal, unit: str) -> Decimal:
    """Parse an amount written in ``unit`` (or with its own 元/万元 suffix) into 元.

    Amounts are kept in 元 inside the model; a layout converts them to the unit it prints.
    """
    if isinstance(text, str):
        _refuse_inner_spaces(text)
        raw = normalize_text(text)
        for suffix in sorted(MONEY_UNITS, key=len, reverse=True):
            if raw.endswith(suffix):
                unit, text = suffix, raw[: -len(suffix)]
                break
    value = parse_decimal(text) * MONEY_UNITS[unit]
    if value < 0:
        raise NumberError(None)
    if value > MAX_AMOUNT:
        raise NumberError(f"金额过大（{format_money(value, unit)}），请检查单位和位数")
    return value


def x_parse_amount__mutmut_21(text: str | int | Decimal, unit: str) -> Decimal:
    """Parse an amount written in ``unit`` (or with its own 元/万元 suffix) into 元.

    Amounts are kept in 元 inside the model; a layout converts them to the unit it prints.
    """
    if isinstance(text, str):
        _refuse_inner_spaces(text)
        raw = normalize_text(text)
        for suffix in sorted(MONEY_UNITS, key=len, reverse=True):
            if raw.endswith(suffix):
                unit, text = suffix, raw[: -len(suffix)]
                break
    value = parse_decimal(text) * MONEY_UNITS[unit]
    if value < 0:
        raise NumberError("XX金额不能为负数XX")
    if value > MAX_AMOUNT:
        raise NumberError(f"金额过大（{format_money(value, unit)}），请检查单位和位数")
    return value


def x_parse_amount__mutmut_22(text: str | int | Decimal, unit: str) -> Decimal:
    """Parse an amount written in ``unit`` (or with its own 元/万元 suffix) into 元.

    Amounts are kept in 元 inside the model; a layout converts them to the unit it prints.
    """
    if isinstance(text, str):
        _refuse_inner_spaces(text)
        raw = normalize_text(text)
        for suffix in sorted(MONEY_UNITS, key=len, reverse=True):
            if raw.endswith(suffix):
                unit, text = suffix, raw[: -len(suffix)]
                break
    value = parse_decimal(text) * MONEY_UNITS[unit]
    if value < 0:
        raise NumberError("金额不能为负数")
    if value >= MAX_AMOUNT:
        raise NumberError(f"金额过大（{format_money(value, unit)}），请检查单位和位数")
    return value


def x_parse_amount__mutmut_23(text: str | int | Decimal, unit: str) -> Decimal:
    """Parse an amount written in ``unit`` (or with its own 元/万元 suffix) into 元.

    Amounts are kept in 元 inside the model; a layout converts them to the unit it prints.
    """
    if isinstance(text, str):
        _refuse_inner_spaces(text)
        raw = normalize_text(text)
        for suffix in sorted(MONEY_UNITS, key=len, reverse=True):
            if raw.endswith(suffix):
                unit, text = suffix, raw[: -len(suffix)]
                break
    value = parse_decimal(text) * MONEY_UNITS[unit]
    if value < 0:
        raise NumberError("金额不能为负数")
    if value > MAX_AMOUNT:
        raise NumberError(None)
    return value


def x_parse_amount__mutmut_24(text: str | int | Decimal, unit: str) -> Decimal:
    """Parse an amount written in ``unit`` (or with its own 元/万元 suffix) into 元.

    Amounts are kept in 元 inside the model; a layout converts them to the unit it prints.
    """
    if isinstance(text, str):
        _refuse_inner_spaces(text)
        raw = normalize_text(text)
        for suffix in sorted(MONEY_UNITS, key=len, reverse=True):
            if raw.endswith(suffix):
                unit, text = suffix, raw[: -len(suffix)]
                break
    value = parse_decimal(text) * MONEY_UNITS[unit]
    if value < 0:
        raise NumberError("金额不能为负数")
    if value > MAX_AMOUNT:
        raise NumberError(f"金额过大（{format_money(None, unit)}），请检查单位和位数")
    return value


def x_parse_amount__mutmut_25(text: str | int | Decimal, unit: str) -> Decimal:
    """Parse an amount written in ``unit`` (or with its own 元/万元 suffix) into 元.

    Amounts are kept in 元 inside the model; a layout converts them to the unit it prints.
    """
    if isinstance(text, str):
        _refuse_inner_spaces(text)
        raw = normalize_text(text)
        for suffix in sorted(MONEY_UNITS, key=len, reverse=True):
            if raw.endswith(suffix):
                unit, text = suffix, raw[: -len(suffix)]
                break
    value = parse_decimal(text) * MONEY_UNITS[unit]
    if value < 0:
        raise NumberError("金额不能为负数")
    if value > MAX_AMOUNT:
        raise NumberError(f"金额过大（{format_money(value, None)}），请检查单位和位数")
    return value


def x_parse_amount__mutmut_26(text: str | int | Decimal, unit: str) -> Decimal:
    """Parse an amount written in ``unit`` (or with its own 元/万元 suffix) into 元.

    Amounts are kept in 元 inside the model; a layout converts them to the unit it prints.
    """
    if isinstance(text, str):
        _refuse_inner_spaces(text)
        raw = normalize_text(text)
        for suffix in sorted(MONEY_UNITS, key=len, reverse=True):
            if raw.endswith(suffix):
                unit, text = suffix, raw[: -len(suffix)]
                break
    value = parse_decimal(text) * MONEY_UNITS[unit]
    if value < 0:
        raise NumberError("金额不能为负数")
    if value > MAX_AMOUNT:
        raise NumberError(f"金额过大（{format_money(unit)}），请检查单位和位数")
    return value


def x_parse_amount__mutmut_27(text: str | int | Decimal, unit: str) -> Decimal:
    """Parse an amount written in ``unit`` (or with its own 元/万元 suffix) into 元.

    Amounts are kept in 元 inside the model; a layout converts them to the unit it prints.
    """
    if isinstance(text, str):
        _refuse_inner_spaces(text)
        raw = normalize_text(text)
        for suffix in sorted(MONEY_UNITS, key=len, reverse=True):
            if raw.endswith(suffix):
                unit, text = suffix, raw[: -len(suffix)]
                break
    value = parse_decimal(text) * MONEY_UNITS[unit]
    if value < 0:
        raise NumberError("金额不能为负数")
    if value > MAX_AMOUNT:
        raise NumberError(f"金额过大（{format_money(value, )}），请检查单位和位数")
    return value

mutants_x_parse_amount__mutmut['_mutmut_orig'] = x_parse_amount__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_amount__mutmut['x_parse_amount__mutmut_1'] = x_parse_amount__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_amount__mutmut['x_parse_amount__mutmut_2'] = x_parse_amount__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_amount__mutmut['x_parse_amount__mutmut_3'] = x_parse_amount__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_amount__mutmut['x_parse_amount__mutmut_4'] = x_parse_amount__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_amount__mutmut['x_parse_amount__mutmut_5'] = x_parse_amount__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_amount__mutmut['x_parse_amount__mutmut_6'] = x_parse_amount__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_amount__mutmut['x_parse_amount__mutmut_7'] = x_parse_amount__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_amount__mutmut['x_parse_amount__mutmut_8'] = x_parse_amount__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_amount__mutmut['x_parse_amount__mutmut_9'] = x_parse_amount__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_amount__mutmut['x_parse_amount__mutmut_10'] = x_parse_amount__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_amount__mutmut['x_parse_amount__mutmut_11'] = x_parse_amount__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_amount__mutmut['x_parse_amount__mutmut_12'] = x_parse_amount__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_amount__mutmut['x_parse_amount__mutmut_13'] = x_parse_amount__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_amount__mutmut['x_parse_amount__mutmut_14'] = x_parse_amount__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_amount__mutmut['x_parse_amount__mutmut_15'] = x_parse_amount__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_amount__mutmut['x_parse_amount__mutmut_16'] = x_parse_amount__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_amount__mutmut['x_parse_amount__mutmut_17'] = x_parse_amount__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_amount__mutmut['x_parse_amount__mutmut_18'] = x_parse_amount__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_amount__mutmut['x_parse_amount__mutmut_19'] = x_parse_amount__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_amount__mutmut['x_parse_amount__mutmut_20'] = x_parse_amount__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse_amount__mutmut['x_parse_amount__mutmut_21'] = x_parse_amount__mutmut_21 # type: ignore # mutmut generated
mutants_x_parse_amount__mutmut['x_parse_amount__mutmut_22'] = x_parse_amount__mutmut_22 # type: ignore # mutmut generated
mutants_x_parse_amount__mutmut['x_parse_amount__mutmut_23'] = x_parse_amount__mutmut_23 # type: ignore # mutmut generated
mutants_x_parse_amount__mutmut['x_parse_amount__mutmut_24'] = x_parse_amount__mutmut_24 # type: ignore # mutmut generated
mutants_x_parse_amount__mutmut['x_parse_amount__mutmut_25'] = x_parse_amount__mutmut_25 # type: ignore # mutmut generated
mutants_x_parse_amount__mutmut['x_parse_amount__mutmut_26'] = x_parse_amount__mutmut_26 # type: ignore # mutmut generated
mutants_x_parse_amount__mutmut['x_parse_amount__mutmut_27'] = x_parse_amount__mutmut_27 # type: ignore # mutmut generated

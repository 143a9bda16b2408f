"""Reading figures as people type them, and rounding them as a layout says.

Amounts arrive as "8,600.00", "8600", "８６００．００", "86,000,000.00元" or "435.82万元"; scores as
"2.5". They are parsed straight from the YAML text into :class:`~decimal.Decimal` (never a
float) and rounded only by :func:`quantize`, with the places and mode a layout names.
"""

from __future__ import annotations

import decimal
import re
import unicodedata
from decimal import (
    ROUND_DOWN,
    ROUND_HALF_EVEN,
    ROUND_HALF_UP,
    ROUND_UP,
    Decimal,
    InvalidOperation,
)
from itertools import pairwise

from perfdocs.records import Record

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from typing import Literal

MAX_FIGURE = Decimal("1e18")
"""Figures at or above this are refused when typed or read from a cell (amounts have their
own, lower bound, :data:`MAX_AMOUNT`, with its own message)."""
MAX_PLACES = 10
"""Most decimal places a typed figure may have; a form prints two to four."""
PRECISION = 60
"""Digits of the one Decimal context: a bounded figure (< 10^18, ≤ 10 places) divided by
another and rounded never needs more, so no operation can raise InvalidOperation."""


def _bounded_context() -> decimal.Context:
    return decimal.Context(prec=PRECISION, rounding=ROUND_HALF_EVEN, Emax=999, Emin=-999,
                           traps=[InvalidOperation, decimal.DivisionByZero, decimal.Overflow])


def install_context() -> None:
    """Make the bounded context this thread's and every later thread's (the workbench).

    Python's default (28 digits, exponents to 10^999999) lets a figure such as 1E-300 or
    a 29-digit 分值 reach a rounding that fails with InvalidOperation; the bound on figures
    (:func:`parse_decimal`) keeps every value small, and this context has room for all
    arithmetic on such values.
    """
    bounded = _bounded_context()
    for name in ("prec", "rounding", "Emax", "Emin"):
        setattr(decimal.DefaultContext, name, getattr(bounded, name))
    decimal.DefaultContext.traps.update(bounded.traps)
    decimal.setcontext(bounded)


install_context()

if TYPE_CHECKING:
    RoundingMode = Literal["half_up", "down", "up", "half_even"]
_MODES = {"half_up": ROUND_HALF_UP, "down": ROUND_DOWN, "up": ROUND_UP,
          "half_even": ROUND_HALF_EVEN}
ROUNDING_MODES = tuple(_MODES)
""":data:`RoundingMode`'s names at run time, in its order (no typing imported for them)."""
MODE_NAMES: dict[str, str] = {"half_up": "四舍五入", "down": "截位", "up": "进位",
                              "half_even": "银行家舍入"}
"""Each rounding mode in the words a finance officer uses, for messages and the key reference.

``up`` rounds away from zero (13.0445… → 13.05): the Shanghai 2020/2021 budget system
printed its 执行率 so (FORMS.md, seeds 002 and 003).
"""

MONEY_UNITS: dict[str, Decimal] = {"元": Decimal(1), "万元": Decimal(10000)}
"""Money units a form can print in, as multiples of one 元."""

MAX_AMOUNT = Decimal("1e15")
"""Larger amounts (a thousand trillion 元) are certainly typing errors."""


def _plain_number(raw: str) -> bool:
    """Whether ``raw`` (a :func:`normalize_text`, without blanks) is a figure without
    separators: ``^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$`` (``\\d``: str.isdecimal's digits),
    told without compiling that pattern: each of this module's three patterns was
    compiled in every run (≈ 0.5 ms together, issue 20.2); tests/test_scans_without_patterns
    compares them."""
    body = raw[1:] if raw[:1] in ("+", "-") else raw
    whole, dot, fraction = body.partition(".")
    if not dot:
        return whole.isdecimal()
    return ((whole.isdecimal() or (not whole and fraction != ""))
            and (fraction == "" or fraction.isdecimal()))


def _grouped_number(raw: str) -> bool:
    """Whether ``raw`` (without blanks) is a figure with well-placed thousands commas:
    ``^[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?$``."""
    body = raw[1:] if raw[:1] in ("+", "-") else raw
    whole, dot, fraction = body.partition(".")
    groups = whole.split(",")
    return (len(groups) > 1 and 1 <= len(groups[0]) <= 3 and groups[0].isdecimal()
            and all(len(g) == 3 and g.isdecimal() for g in groups[1:])
            and (not dot or fraction == "" or fraction.isdecimal()))


class NumberError(ValueError):
    """A text that is not a number; the message says what was wrong, in Chinese."""


class Rounding(Record, frozen=True, slots=True):
    """How a kind of figure is rounded on one layout: decimal places and mode."""

    places: int = 2
    mode: RoundingMode = "half_up"

    def __call__(self, value: Decimal) -> Decimal:
        return quantize(value, self)


def quantize(value: Decimal, rounding: Rounding) -> Decimal:
    """Round ``value`` to ``rounding.places`` with the layout's mode ("down" cuts, "up" rounds
    away from zero)."""
    exponent = Decimal(1).scaleb(-rounding.places)
    rounded = value.quantize(exponent, rounding=_MODES[rounding.mode])
    return rounded.copy_abs() if rounded.is_zero() else rounded  # "-0.00" prints 0.00


def normalize_text(text: str) -> str:
    """Fold full-width digits and punctuation (NFKC) and drop spaces inside the figure."""
    folded = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", "", folded)


def parse_decimal(text: str | int | Decimal) -> Decimal:
    """Parse a plain figure ("2.5", "１２３", "1,080,740") into a finite Decimal.

    Thousands separators must be well placed ("1,080,740"), so that a decimal comma typed
    by mistake ("2,5") is refused rather than read as 25.
    """
    if isinstance(text, bool):
        raise NumberError("应为数字，不能是是/否")
    if isinstance(text, int):
        return bounded(Decimal(text), text)
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise NumberError("数字必须是有限值")
        return bounded(text, text)
    _refuse_inner_spaces(text)
    raw = normalize_text(text)
    if raw.startswith("."):
        raw = "0" + raw
    if _grouped_number(raw):
        raw = raw.replace(",", "")
    if not _plain_number(raw):
        if "," in raw and _plain_number(raw.replace(",", "")):  # not "约1,250" nor "$1,250"
            raise NumberError(f"「{text}」的千位分隔符位置不对（应如 1,080,740.00）")
        if raw.endswith("%") and _plain_number(raw[:-1].replace(",", "")):
            # a figure with the percent sign a form prints beside it: say the fix
            raise NumberError(f"「{text}」不是数字：这里只写数字，请去掉「%」")
        raise NumberError(f"「{text}」不是数字")
    try:
        value = Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid literals
        raise NumberError(f"「{text}」不是数字") from None
    return bounded(value, text)


def bounded(value: Decimal, typed: object) -> Decimal:
    """``value`` if a form can hold it: below 10^18, at most 10 decimal places; ``-0`` is 0.

    Larger figures, and longer fractions ("29.999999999999999999999999999" as a 分值,
    which would print as 30 yet compare below it), are typing errors; refused with a
    message rather than carried into arithmetic.
    """
    if not value.is_finite():
        raise NumberError(f"「{typed}」不是数字")
    if abs(value) >= MAX_FIGURE:
        raise NumberError(f"「{typed}」数值过大，请检查单位和位数")
    exponent = value.normalize().as_tuple().exponent
    if isinstance(exponent, int) and -exponent > MAX_PLACES:
        raise NumberError(f"「{typed}」的小数位数过多（最多 {MAX_PLACES} 位），请检查")
    return value.copy_abs() if value.is_zero() else value


def _figure_end(ch: str) -> bool:
    """A digit (str.isdecimal's, as ``\\d``), a point or a comma."""
    return ch in ".," or ch.isdecimal()


def _refuse_inner_spaces(text: str) -> None:
    """Refuse a space between the digits of a figure ("100 00", "7 9.00", "79. 00").

    Spaces around a figure are dropped, but inside one they are a slip whose meaning is
    unknown: reading "100 00" as 10000 would print a hundred times the amount.
    """
    folded = unicodedata.normalize("NFKC", text).strip()
    parts = folded.split()  # the blank runs inside (a pattern's [\d.,]\s+[\d.,])
    if any(_figure_end(before[-1]) and _figure_end(after[0])
           for before, after in pairwise(parts)):
        raise NumberError(f"「{text}」的数字中间有空格：请删去空格或改正数字")


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


def format_money(amount: Decimal, unit: str) -> str:
    """An amount held in 元 for a message, in ``unit`` and named: "541.15 万元"."""
    return f"{money_text(amount, unit)} {unit}"


_NONE_DASHES = "-—–―/\\.·…_"
"""Marks a clerk types alone in an amount box for "none" (/ — －, once folded by NFKC)."""
_NONE_WORDS = frozenset({"无", "暂无", "没有", "空", "null", "none", "na", "n/a"})
"""Words typed there for the same (a set and ``str.strip``, not a pattern compiled in every
process that reads an amount)."""
_SHORT_UNITS = {"万": Decimal(1), "亿": Decimal(10000)}
"""Unit words an amount may not end with, and the factor to 万元 of the spelling to suggest."""


NO_FUNDS = "没有资金请写 0"
"""What to write in an amount box instead of a clerk's "none": said by project files
(:func:`parse_amount`) and by workbook cells (perfdocs.forms.sheet) alike."""


def typed_as_none(text: str) -> bool:
    """Whether an amount box holds a clerk's "none" (「/」「—」「－」「无」) and no figure."""
    raw = normalize_text(text).strip()
    return bool(raw) and (not raw.strip(_NONE_DASHES) or raw.lower() in _NONE_WORDS)


def _refuse_amount_words(typed: str, raw: str) -> None:
    """Say what to write for an amount typed as a clerk's "none" (「/」「—」「无」: the blank
    box's 没有资金请写 0) or with a unit perfdocs does not read (12.5万 → 12.5万元)."""
    if typed_as_none(raw):
        raise NumberError(f"「{typed}」不是数字（{NO_FUNDS}）")
    for word, factor in _SHORT_UNITS.items():
        if raw.endswith(word):
            try:
                figure = parse_decimal(raw[: -len(word)])
            except NumberError:
                return
            wan = format((figure * factor).normalize(), "f")
            raise NumberError(f"「{typed}」不是数字（金额的单位只能写「元」或「万元」：请写成 "
                              f"{wan}万元）")


CURRENCY_MARKS = ("¥", "RMB", "人民币")
"""Marks an amount copied from a budget system may start with ("¥1,250.00"; ￥ folds to ¥
by NFKC, RMB in any case). They say the currency, not 元 or 万元: "¥86.5万元" is written
too, so the figure stays in its own suffix's unit, else the file's."""


def without_currency(raw: str) -> str:
    """``raw`` (a :func:`normalize_text`) without a leading :data:`CURRENCY_MARKS`.

    Accepted rather than refused (tester6 10a: 「¥1,250.00」 was said to have its thousands
    commas misplaced): the clerk copies amounts from the 预算系统 with the sign, and the
    mark changes nothing the form prints — a bare figure is read in the same unit."""
    for mark in CURRENCY_MARKS:
        if raw[:len(mark)].upper() == mark:
            return raw[len(mark):]
    return raw


def amount_figure(text: str | int | Decimal) -> Decimal:
    """The figure of an amount as typed, in the unit it was typed in: "¥435.82万元" is
    435.82, to the places written (the rules that ask how exactly an amount was written)."""
    if not isinstance(text, str):
        return parse_decimal(text)
    raw = without_currency(normalize_text(text))
    suffix = next((u for u in sorted(MONEY_UNITS, key=len, reverse=True) if raw.endswith(u)),
                  "")
    return parse_decimal(raw.removesuffix(suffix) if suffix else raw)


def parse_amount(text: str | int | Decimal, unit: str) -> Decimal:
    """Parse an amount written in ``unit`` (or with its own 元/万元 suffix) into 元; a leading
    currency mark (:data:`CURRENCY_MARKS`) is dropped.

    Amounts are kept in 元 inside the model; a layout converts them to the unit it prints.
    """
    if isinstance(text, str):
        _refuse_inner_spaces(text)
        typed, raw = text, normalize_text(text)
        bare = without_currency(raw)
        text = bare if bare and bare != raw else text  # else as typed, for the messages
        for suffix in sorted(MONEY_UNITS, key=len, reverse=True):
            if bare.endswith(suffix):
                unit, text = suffix, bare[: -len(suffix)]
                break
        try:
            figure = parse_decimal(text)
        except NumberError:
            _refuse_amount_words(typed, normalize_text(text))
            raise
    else:
        figure = parse_decimal(text)
    value = figure * MONEY_UNITS[unit]
    if value < 0:
        raise NumberError("金额不能为负数")
    if value > MAX_AMOUNT:
        raise NumberError(f"金额过大（{format_money(value, unit)}），请检查单位和位数")
    return value

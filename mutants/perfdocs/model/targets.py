"""Indicator values as written on the form: "≥50.00(个)", "=0(起)", ">=90%", "不低于90%", "及时".

A preparer writes a 年度指标值 the way the form prints it — or the way a notice words it
(不低于90%, 95%以上, 至少 3 次). :func:`parse_measure` splits it into comparator, number and
unit so that the calculator can tell a quantitative target from a qualitative one and
whether more is better. The preparer's text is kept; :func:`official_text` is how the form
prints it: the official symbols ≥ and ≤, never the typed ``>=`` or ``<=``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

Comparator = Literal[">=", ">", "<=", "<", "="]

_COMPARATORS: dict[str, Comparator] = {
    "≥": ">=", ">=": ">=", "=>": ">=", "≧": ">=", "⩾": ">=",
    "≤": "<=", "<=": "<=", "=<": "<=", "≦": "<=", "⩽": "<=",
    ">": ">", "<": "<", "=": "=", "==": "=",
    # the words of notices and hand-filled forms, before the figure
    "不低于": ">=", "不少于": ">=", "不小于": ">=", "至少": ">=", "大于等于": ">=",
    "大于或等于": ">=", "达到": ">=",
    "不高于": "<=", "不超过": "<=", "不多于": "<=", "不大于": "<=", "至多": "<=", "最多": "<=",
    "小于等于": "<=", "小于或等于": "<=", "控制在": "<=",
    "大于": ">", "高于": ">", "超过": ">", "多于": ">",
    "小于": "<", "低于": "<", "少于": "<",
}
_AFTER: dict[str, Comparator] = {
    "及以上": ">=", "以上": ">=", "或以上": ">=",
    "及以下": "<=", "以下": "<=", "或以下": "<=", "以内": "<=",
}
"""Words after the figure (95%以上, 5000人以上, 3(次)以上): 以上 counts the figure itself."""
_CMP = "|".join(re.escape(k) for k in sorted(_COMPARATORS, key=len, reverse=True))
_AFTER_WORDS = "|".join(re.escape(k) for k in sorted(_AFTER, key=len, reverse=True))
_MEASURE = re.compile(
    rf"^(?P<cmp>{_CMP})?"
    r"(?P<num>[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)"
    rf"(?P<after1>{_AFTER_WORDS})?"
    r"(?:\((?P<paren>[^()\d]{0,20})\)|(?P<suffix>[^\d()]{0,12}?))"
    rf"(?P<after2>{_AFTER_WORDS})?$"
)
_SYMBOL = {">=": "≥", "<=": "≤"}
_TYPED_SYMBOL = re.compile(r"^(\s*)(>=|=>|≧|⩾|<=|=<|≦|⩽|＞＝|＜＝|＝＞|＝＜)")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁMeasureǁmet_by__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True, slots=True)
class Measure:
    """A parsed 指标值 or 实际完成值.

    ``value`` is None for a qualitative text (及时, 稳步增长, 达成指标); ``comparator`` is None
    for a bare figure such as an actual value "63.00(个)".
    """

    text: str
    comparator: Comparator | None = None
    value: Decimal | None = None
    unit: str = ""

    @property
    def quantitative(self) -> bool:
        """True when the text carries a figure the rules can compare."""
        return self.value is not None

    @property
    def reverse(self) -> bool:
        """True for "lower is better" targets: ≤, <, and "=0" counts such as 事故发生数."""
        if self.comparator in ("<=", "<"):
            return True
        return self.comparator == "=" and self.value == 0

    @_mutmut_mutated(mutants_xǁMeasureǁmet_by__mutmut)
    def met_by(self, actual: Decimal) -> bool:
        """Whether an actual figure reaches this target."""
        assert self.value is not None
        match self.comparator:
            case ">":
                return actual > self.value
            case "<":
                return actual < self.value
            case "<=":
                return actual <= self.value
            case "=" if self.value == 0:
                return actual == 0
            case _:  # ">=", "=" (a figure to reach) and a bare number
                return actual >= self.value

    def xǁMeasureǁmet_by__mutmut_orig(self, actual: Decimal) -> bool:
        """Whether an actual figure reaches this target."""
        assert self.value is not None
        match self.comparator:
            case ">":
                return actual > self.value
            case "<":
                return actual < self.value
            case "<=":
                return actual <= self.value
            case "=" if self.value == 0:
                return actual == 0
            case _:  # ">=", "=" (a figure to reach) and a bare number
                return actual >= self.value

    def xǁMeasureǁmet_by__mutmut_1(self, actual: Decimal) -> bool:
        """Whether an actual figure reaches this target."""
        assert self.value is None
        match self.comparator:
            case ">":
                return actual > self.value
            case "<":
                return actual < self.value
            case "<=":
                return actual <= self.value
            case "=" if self.value == 0:
                return actual == 0
            case _:  # ">=", "=" (a figure to reach) and a bare number
                return actual >= self.value

    def xǁMeasureǁmet_by__mutmut_2(self, actual: Decimal) -> bool:
        """Whether an actual figure reaches this target."""
        assert self.value is not None
        match self.comparator:
            case "<":
                return actual < self.value
            case "<=":
                return actual <= self.value
            case "=" if self.value == 0:
                return actual == 0
            case _:  # ">=", "=" (a figure to reach) and a bare number
                return actual >= self.value

    def xǁMeasureǁmet_by__mutmut_3(self, actual: Decimal) -> bool:
        """Whether an actual figure reaches this target."""
        assert self.value is not None
        match self.comparator:
            case ">":
                return actual > self.value
            case "<=":
                return actual <= self.value
            case "=" if self.value == 0:
                return actual == 0
            case _:  # ">=", "=" (a figure to reach) and a bare number
                return actual >= self.value

    def xǁMeasureǁmet_by__mutmut_4(self, actual: Decimal) -> bool:
        """Whether an actual figure reaches this target."""
        assert self.value is not None
        match self.comparator:
            case ">":
                return actual > self.value
            case "<":
                return actual < self.value
            case "=" if self.value == 0:
                return actual == 0
            case _:  # ">=", "=" (a figure to reach) and a bare number
                return actual >= self.value

    def xǁMeasureǁmet_by__mutmut_5(self, actual: Decimal) -> bool:
        """Whether an actual figure reaches this target."""
        assert self.value is not None
        match self.comparator:
            case ">":
                return actual > self.value
            case "<":
                return actual < self.value
            case "<=":
                return actual <= self.value
            case _:  # ">=", "=" (a figure to reach) and a bare number
                return actual >= self.value

    def xǁMeasureǁmet_by__mutmut_6(self, actual: Decimal) -> bool:
        """Whether an actual figure reaches this target."""
        assert self.value is not None
        match self.comparator:
            case ">":
                return actual > self.value
            case "<":
                return actual < self.value
            case "<=":
                return actual <= self.value
            case "=" if self.value == 0:
                return actual == 0

    def xǁMeasureǁmet_by__mutmut_7(self, actual: Decimal) -> bool:
        """Whether an actual figure reaches this target."""
        assert self.value is not None
        match self.comparator:
            case "XX>XX":
                return actual > self.value
            case "<":
                return actual < self.value
            case "<=":
                return actual <= self.value
            case "=" if self.value == 0:
                return actual == 0
            case _:  # ">=", "=" (a figure to reach) and a bare number
                return actual >= self.value

    def xǁMeasureǁmet_by__mutmut_8(self, actual: Decimal) -> bool:
        """Whether an actual figure reaches this target."""
        assert self.value is not None
        match self.comparator:
            case ">":
                return actual >= self.value
            case "<":
                return actual < self.value
            case "<=":
                return actual <= self.value
            case "=" if self.value == 0:
                return actual == 0
            case _:  # ">=", "=" (a figure to reach) and a bare number
                return actual >= self.value

    def xǁMeasureǁmet_by__mutmut_9(self, actual: Decimal) -> bool:
        """Whether an actual figure reaches this target."""
        assert self.value is not None
        match self.comparator:
            case ">":
                return actual > self.value
            case "XX<XX":
                return actual < self.value
            case "<=":
                return actual <= self.value
            case "=" if self.value == 0:
                return actual == 0
            case _:  # ">=", "=" (a figure to reach) and a bare number
                return actual >= self.value

    def xǁMeasureǁmet_by__mutmut_10(self, actual: Decimal) -> bool:
        """Whether an actual figure reaches this target."""
        assert self.value is not None
        match self.comparator:
            case ">":
                return actual > self.value
            case "<":
                return actual <= self.value
            case "<=":
                return actual <= self.value
            case "=" if self.value == 0:
                return actual == 0
            case _:  # ">=", "=" (a figure to reach) and a bare number
                return actual >= self.value

    def xǁMeasureǁmet_by__mutmut_11(self, actual: Decimal) -> bool:
        """Whether an actual figure reaches this target."""
        assert self.value is not None
        match self.comparator:
            case ">":
                return actual > self.value
            case "<":
                return actual < self.value
            case "XX<=XX":
                return actual <= self.value
            case "=" if self.value == 0:
                return actual == 0
            case _:  # ">=", "=" (a figure to reach) and a bare number
                return actual >= self.value

    def xǁMeasureǁmet_by__mutmut_12(self, actual: Decimal) -> bool:
        """Whether an actual figure reaches this target."""
        assert self.value is not None
        match self.comparator:
            case ">":
                return actual > self.value
            case "<":
                return actual < self.value
            case "<=":
                return actual < self.value
            case "=" if self.value == 0:
                return actual == 0
            case _:  # ">=", "=" (a figure to reach) and a bare number
                return actual >= self.value

    def xǁMeasureǁmet_by__mutmut_13(self, actual: Decimal) -> bool:
        """Whether an actual figure reaches this target."""
        assert self.value is not None
        match self.comparator:
            case ">":
                return actual > self.value
            case "<":
                return actual < self.value
            case "<=":
                return actual <= self.value
            case "XX=XX" if self.value == 0:
                return actual == 0
            case _:  # ">=", "=" (a figure to reach) and a bare number
                return actual >= self.value

    def xǁMeasureǁmet_by__mutmut_14(self, actual: Decimal) -> bool:
        """Whether an actual figure reaches this target."""
        assert self.value is not None
        match self.comparator:
            case ">":
                return actual > self.value
            case "<":
                return actual < self.value
            case "<=":
                return actual <= self.value
            case "=" if self.value != 0:
                return actual == 0
            case _:  # ">=", "=" (a figure to reach) and a bare number
                return actual >= self.value

    def xǁMeasureǁmet_by__mutmut_15(self, actual: Decimal) -> bool:
        """Whether an actual figure reaches this target."""
        assert self.value is not None
        match self.comparator:
            case ">":
                return actual > self.value
            case "<":
                return actual < self.value
            case "<=":
                return actual <= self.value
            case "=" if self.value == 1:
                return actual == 0
            case _:  # ">=", "=" (a figure to reach) and a bare number
                return actual >= self.value

    def xǁMeasureǁmet_by__mutmut_16(self, actual: Decimal) -> bool:
        """Whether an actual figure reaches this target."""
        assert self.value is not None
        match self.comparator:
            case ">":
                return actual > self.value
            case "<":
                return actual < self.value
            case "<=":
                return actual <= self.value
            case "=" if self.value == 0:
                return actual != 0
            case _:  # ">=", "=" (a figure to reach) and a bare number
                return actual >= self.value

    def xǁMeasureǁmet_by__mutmut_17(self, actual: Decimal) -> bool:
        """Whether an actual figure reaches this target."""
        assert self.value is not None
        match self.comparator:
            case ">":
                return actual > self.value
            case "<":
                return actual < self.value
            case "<=":
                return actual <= self.value
            case "=" if self.value == 0:
                return actual == 1
            case _:  # ">=", "=" (a figure to reach) and a bare number
                return actual >= self.value

    def xǁMeasureǁmet_by__mutmut_18(self, actual: Decimal) -> bool:
        """Whether an actual figure reaches this target."""
        assert self.value is not None
        match self.comparator:
            case ">":
                return actual > self.value
            case "<":
                return actual < self.value
            case "<=":
                return actual <= self.value
            case "=" if self.value == 0:
                return actual == 0
            case _:  # ">=", "=" (a figure to reach) and a bare number
                return actual > self.value

mutants_xǁMeasureǁmet_by__mutmut['_mutmut_orig'] = Measure.xǁMeasureǁmet_by__mutmut_orig # type: ignore # mutmut generated
mutants_xǁMeasureǁmet_by__mutmut['xǁMeasureǁmet_by__mutmut_1'] = Measure.xǁMeasureǁmet_by__mutmut_1 # type: ignore # mutmut generated
mutants_xǁMeasureǁmet_by__mutmut['xǁMeasureǁmet_by__mutmut_2'] = Measure.xǁMeasureǁmet_by__mutmut_2 # type: ignore # mutmut generated
mutants_xǁMeasureǁmet_by__mutmut['xǁMeasureǁmet_by__mutmut_3'] = Measure.xǁMeasureǁmet_by__mutmut_3 # type: ignore # mutmut generated
mutants_xǁMeasureǁmet_by__mutmut['xǁMeasureǁmet_by__mutmut_4'] = Measure.xǁMeasureǁmet_by__mutmut_4 # type: ignore # mutmut generated
mutants_xǁMeasureǁmet_by__mutmut['xǁMeasureǁmet_by__mutmut_5'] = Measure.xǁMeasureǁmet_by__mutmut_5 # type: ignore # mutmut generated
mutants_xǁMeasureǁmet_by__mutmut['xǁMeasureǁmet_by__mutmut_6'] = Measure.xǁMeasureǁmet_by__mutmut_6 # type: ignore # mutmut generated
mutants_xǁMeasureǁmet_by__mutmut['xǁMeasureǁmet_by__mutmut_7'] = Measure.xǁMeasureǁmet_by__mutmut_7 # type: ignore # mutmut generated
mutants_xǁMeasureǁmet_by__mutmut['xǁMeasureǁmet_by__mutmut_8'] = Measure.xǁMeasureǁmet_by__mutmut_8 # type: ignore # mutmut generated
mutants_xǁMeasureǁmet_by__mutmut['xǁMeasureǁmet_by__mutmut_9'] = Measure.xǁMeasureǁmet_by__mutmut_9 # type: ignore # mutmut generated
mutants_xǁMeasureǁmet_by__mutmut['xǁMeasureǁmet_by__mutmut_10'] = Measure.xǁMeasureǁmet_by__mutmut_10 # type: ignore # mutmut generated
mutants_xǁMeasureǁmet_by__mutmut['xǁMeasureǁmet_by__mutmut_11'] = Measure.xǁMeasureǁmet_by__mutmut_11 # type: ignore # mutmut generated
mutants_xǁMeasureǁmet_by__mutmut['xǁMeasureǁmet_by__mutmut_12'] = Measure.xǁMeasureǁmet_by__mutmut_12 # type: ignore # mutmut generated
mutants_xǁMeasureǁmet_by__mutmut['xǁMeasureǁmet_by__mutmut_13'] = Measure.xǁMeasureǁmet_by__mutmut_13 # type: ignore # mutmut generated
mutants_xǁMeasureǁmet_by__mutmut['xǁMeasureǁmet_by__mutmut_14'] = Measure.xǁMeasureǁmet_by__mutmut_14 # type: ignore # mutmut generated
mutants_xǁMeasureǁmet_by__mutmut['xǁMeasureǁmet_by__mutmut_15'] = Measure.xǁMeasureǁmet_by__mutmut_15 # type: ignore # mutmut generated
mutants_xǁMeasureǁmet_by__mutmut['xǁMeasureǁmet_by__mutmut_16'] = Measure.xǁMeasureǁmet_by__mutmut_16 # type: ignore # mutmut generated
mutants_xǁMeasureǁmet_by__mutmut['xǁMeasureǁmet_by__mutmut_17'] = Measure.xǁMeasureǁmet_by__mutmut_17 # type: ignore # mutmut generated
mutants_xǁMeasureǁmet_by__mutmut['xǁMeasureǁmet_by__mutmut_18'] = Measure.xǁMeasureǁmet_by__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_measure__mutmut)
def parse_measure(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_orig(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_1(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is not None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_2(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure(None)
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_3(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("XXXX")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_4(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = None
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_5(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(None)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_6(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = None
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_7(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize(None, original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_8(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", None).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_9(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize(original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_10(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", ).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_11(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("XXNFKCXX", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_12(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("nfkc", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_13(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = None
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_14(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(None, "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_15(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", None, folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_16(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", None)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_17(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub("", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_18(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_19(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", )
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_20(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"XX\s+XX", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_21(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "XXXX", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_22(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = None
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_23(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(None)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_24(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_25(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(None)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_26(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = None
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_27(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) and ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_28(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if (match["paren"] is not None) and False else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_29(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if (match["paren"] is not None) or True else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_30(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["XXparenXX"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_31(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["PAREN"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_32(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["XXparenXX"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_33(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["PAREN"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_34(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_35(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["XXsuffixXX"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_36(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["SUFFIX"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_37(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or "XXXX"
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_38(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = None
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_39(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] and match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_40(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["XXafter1XX"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_41(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["AFTER1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_42(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["XXafter2XX"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_43(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["AFTER2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_44(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_45(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if (match["cmp"]) and False else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_46(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if (match["cmp"]) or True else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_47(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["XXcmpXX"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_48(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["CMP"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_49(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["XXcmpXX"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_50(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["CMP"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_51(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_52(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if (after) and False else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_53(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if (after) or True else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_54(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind or before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_55(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before or behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_56(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before == behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_57(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(None)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_58(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = None
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_59(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before and behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_60(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(None, comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_61(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, None, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_62(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, None, unit)


def x_parse_measure__mutmut_63(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), None)


def x_parse_measure__mutmut_64(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(comparator, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_65(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, Decimal(match["num"].replace(",", "")), unit)


def x_parse_measure__mutmut_66(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, unit)


def x_parse_measure__mutmut_67(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), )


def x_parse_measure__mutmut_68(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(None), unit)


def x_parse_measure__mutmut_69(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(None, "")), unit)


def x_parse_measure__mutmut_70(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", None)), unit)


def x_parse_measure__mutmut_71(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace("")), unit)


def x_parse_measure__mutmut_72(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", )), unit)


def x_parse_measure__mutmut_73(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["XXnumXX"].replace(",", "")), unit)


def x_parse_measure__mutmut_74(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["NUM"].replace(",", "")), unit)


def x_parse_measure__mutmut_75(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace("XX,XX", "")), unit)


def x_parse_measure__mutmut_76(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    original = str(text)
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    match = _MEASURE.match(compact)
    if not match:
        return Measure(original)
    unit = (match["paren"] if match["paren"] is not None else match["suffix"]) or ""
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "XXXX")), unit)

mutants_x_parse_measure__mutmut['_mutmut_orig'] = x_parse_measure__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_1'] = x_parse_measure__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_2'] = x_parse_measure__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_3'] = x_parse_measure__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_4'] = x_parse_measure__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_5'] = x_parse_measure__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_6'] = x_parse_measure__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_7'] = x_parse_measure__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_8'] = x_parse_measure__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_9'] = x_parse_measure__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_10'] = x_parse_measure__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_11'] = x_parse_measure__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_12'] = x_parse_measure__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_13'] = x_parse_measure__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_14'] = x_parse_measure__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_15'] = x_parse_measure__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_16'] = x_parse_measure__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_17'] = x_parse_measure__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_18'] = x_parse_measure__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_19'] = x_parse_measure__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_20'] = x_parse_measure__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_21'] = x_parse_measure__mutmut_21 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_22'] = x_parse_measure__mutmut_22 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_23'] = x_parse_measure__mutmut_23 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_24'] = x_parse_measure__mutmut_24 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_25'] = x_parse_measure__mutmut_25 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_26'] = x_parse_measure__mutmut_26 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_27'] = x_parse_measure__mutmut_27 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_28'] = x_parse_measure__mutmut_28 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_29'] = x_parse_measure__mutmut_29 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_30'] = x_parse_measure__mutmut_30 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_31'] = x_parse_measure__mutmut_31 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_32'] = x_parse_measure__mutmut_32 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_33'] = x_parse_measure__mutmut_33 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_34'] = x_parse_measure__mutmut_34 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_35'] = x_parse_measure__mutmut_35 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_36'] = x_parse_measure__mutmut_36 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_37'] = x_parse_measure__mutmut_37 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_38'] = x_parse_measure__mutmut_38 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_39'] = x_parse_measure__mutmut_39 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_40'] = x_parse_measure__mutmut_40 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_41'] = x_parse_measure__mutmut_41 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_42'] = x_parse_measure__mutmut_42 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_43'] = x_parse_measure__mutmut_43 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_44'] = x_parse_measure__mutmut_44 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_45'] = x_parse_measure__mutmut_45 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_46'] = x_parse_measure__mutmut_46 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_47'] = x_parse_measure__mutmut_47 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_48'] = x_parse_measure__mutmut_48 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_49'] = x_parse_measure__mutmut_49 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_50'] = x_parse_measure__mutmut_50 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_51'] = x_parse_measure__mutmut_51 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_52'] = x_parse_measure__mutmut_52 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_53'] = x_parse_measure__mutmut_53 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_54'] = x_parse_measure__mutmut_54 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_55'] = x_parse_measure__mutmut_55 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_56'] = x_parse_measure__mutmut_56 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_57'] = x_parse_measure__mutmut_57 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_58'] = x_parse_measure__mutmut_58 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_59'] = x_parse_measure__mutmut_59 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_60'] = x_parse_measure__mutmut_60 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_61'] = x_parse_measure__mutmut_61 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_62'] = x_parse_measure__mutmut_62 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_63'] = x_parse_measure__mutmut_63 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_64'] = x_parse_measure__mutmut_64 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_65'] = x_parse_measure__mutmut_65 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_66'] = x_parse_measure__mutmut_66 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_67'] = x_parse_measure__mutmut_67 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_68'] = x_parse_measure__mutmut_68 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_69'] = x_parse_measure__mutmut_69 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_70'] = x_parse_measure__mutmut_70 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_71'] = x_parse_measure__mutmut_71 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_72'] = x_parse_measure__mutmut_72 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_73'] = x_parse_measure__mutmut_73 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_74'] = x_parse_measure__mutmut_74 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_75'] = x_parse_measure__mutmut_75 # type: ignore # mutmut generated
mutants_x_parse_measure__mutmut['x_parse_measure__mutmut_76'] = x_parse_measure__mutmut_76 # type: ignore # mutmut generated
mutants_x_official_text__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_official_text__mutmut)
def official_text(text: str) -> str:
    """A 年度指标值 as the form prints it: a typed ``>=``/``<=`` (or ≧, ≦) becomes ≥/≤.

    Only the comparator at the start changes; the preparer's figure, unit and words (不低于
    is official wording too) are printed as written.
    """
    return _TYPED_SYMBOL.sub(lambda m: m[1] + _SYMBOL[
        _COMPARATORS[unicodedata.normalize("NFKC", m[2])]], text, count=1)


def x_official_text__mutmut_orig(text: str) -> str:
    """A 年度指标值 as the form prints it: a typed ``>=``/``<=`` (or ≧, ≦) becomes ≥/≤.

    Only the comparator at the start changes; the preparer's figure, unit and words (不低于
    is official wording too) are printed as written.
    """
    return _TYPED_SYMBOL.sub(lambda m: m[1] + _SYMBOL[
        _COMPARATORS[unicodedata.normalize("NFKC", m[2])]], text, count=1)


def x_official_text__mutmut_1(text: str) -> str:
    """A 年度指标值 as the form prints it: a typed ``>=``/``<=`` (or ≧, ≦) becomes ≥/≤.

    Only the comparator at the start changes; the preparer's figure, unit and words (不低于
    is official wording too) are printed as written.
    """
    return _TYPED_SYMBOL.sub(None, text, count=1)


def x_official_text__mutmut_2(text: str) -> str:
    """A 年度指标值 as the form prints it: a typed ``>=``/``<=`` (or ≧, ≦) becomes ≥/≤.

    Only the comparator at the start changes; the preparer's figure, unit and words (不低于
    is official wording too) are printed as written.
    """
    return _TYPED_SYMBOL.sub(lambda m: m[1] + _SYMBOL[
        _COMPARATORS[unicodedata.normalize("NFKC", m[2])]], None, count=1)


def x_official_text__mutmut_3(text: str) -> str:
    """A 年度指标值 as the form prints it: a typed ``>=``/``<=`` (or ≧, ≦) becomes ≥/≤.

    Only the comparator at the start changes; the preparer's figure, unit and words (不低于
    is official wording too) are printed as written.
    """
    return _TYPED_SYMBOL.sub(lambda m: m[1] + _SYMBOL[
        _COMPARATORS[unicodedata.normalize("NFKC", m[2])]], text, count=None)


def x_official_text__mutmut_4(text: str) -> str:
    """A 年度指标值 as the form prints it: a typed ``>=``/``<=`` (or ≧, ≦) becomes ≥/≤.

    Only the comparator at the start changes; the preparer's figure, unit and words (不低于
    is official wording too) are printed as written.
    """
    return _TYPED_SYMBOL.sub(text, count=1)


def x_official_text__mutmut_5(text: str) -> str:
    """A 年度指标值 as the form prints it: a typed ``>=``/``<=`` (or ≧, ≦) becomes ≥/≤.

    Only the comparator at the start changes; the preparer's figure, unit and words (不低于
    is official wording too) are printed as written.
    """
    return _TYPED_SYMBOL.sub(lambda m: m[1] + _SYMBOL[
        _COMPARATORS[unicodedata.normalize("NFKC", m[2])]], count=1)


def x_official_text__mutmut_6(text: str) -> str:
    """A 年度指标值 as the form prints it: a typed ``>=``/``<=`` (or ≧, ≦) becomes ≥/≤.

    Only the comparator at the start changes; the preparer's figure, unit and words (不低于
    is official wording too) are printed as written.
    """
    return _TYPED_SYMBOL.sub(lambda m: m[1] + _SYMBOL[
        _COMPARATORS[unicodedata.normalize("NFKC", m[2])]], text, )


def x_official_text__mutmut_7(text: str) -> str:
    """A 年度指标值 as the form prints it: a typed ``>=``/``<=`` (or ≧, ≦) becomes ≥/≤.

    Only the comparator at the start changes; the preparer's figure, unit and words (不低于
    is official wording too) are printed as written.
    """
    return _TYPED_SYMBOL.sub(lambda m: None, text, count=1)


def x_official_text__mutmut_8(text: str) -> str:
    """A 年度指标值 as the form prints it: a typed ``>=``/``<=`` (or ≧, ≦) becomes ≥/≤.

    Only the comparator at the start changes; the preparer's figure, unit and words (不低于
    is official wording too) are printed as written.
    """
    return _TYPED_SYMBOL.sub(lambda m: m[1] - _SYMBOL[
        _COMPARATORS[unicodedata.normalize("NFKC", m[2])]], text, count=1)


def x_official_text__mutmut_9(text: str) -> str:
    """A 年度指标值 as the form prints it: a typed ``>=``/``<=`` (or ≧, ≦) becomes ≥/≤.

    Only the comparator at the start changes; the preparer's figure, unit and words (不低于
    is official wording too) are printed as written.
    """
    return _TYPED_SYMBOL.sub(lambda m: m[2] + _SYMBOL[
        _COMPARATORS[unicodedata.normalize("NFKC", m[2])]], text, count=1)


def x_official_text__mutmut_10(text: str) -> str:
    """A 年度指标值 as the form prints it: a typed ``>=``/``<=`` (or ≧, ≦) becomes ≥/≤.

    Only the comparator at the start changes; the preparer's figure, unit and words (不低于
    is official wording too) are printed as written.
    """
    return _TYPED_SYMBOL.sub(lambda m: m[1] + _SYMBOL[
        _COMPARATORS[unicodedata.normalize(None, m[2])]], text, count=1)


def x_official_text__mutmut_11(text: str) -> str:
    """A 年度指标值 as the form prints it: a typed ``>=``/``<=`` (or ≧, ≦) becomes ≥/≤.

    Only the comparator at the start changes; the preparer's figure, unit and words (不低于
    is official wording too) are printed as written.
    """
    return _TYPED_SYMBOL.sub(lambda m: m[1] + _SYMBOL[
        _COMPARATORS[unicodedata.normalize("NFKC", None)]], text, count=1)


def x_official_text__mutmut_12(text: str) -> str:
    """A 年度指标值 as the form prints it: a typed ``>=``/``<=`` (or ≧, ≦) becomes ≥/≤.

    Only the comparator at the start changes; the preparer's figure, unit and words (不低于
    is official wording too) are printed as written.
    """
    return _TYPED_SYMBOL.sub(lambda m: m[1] + _SYMBOL[
        _COMPARATORS[unicodedata.normalize(m[2])]], text, count=1)


def x_official_text__mutmut_13(text: str) -> str:
    """A 年度指标值 as the form prints it: a typed ``>=``/``<=`` (or ≧, ≦) becomes ≥/≤.

    Only the comparator at the start changes; the preparer's figure, unit and words (不低于
    is official wording too) are printed as written.
    """
    return _TYPED_SYMBOL.sub(lambda m: m[1] + _SYMBOL[
        _COMPARATORS[unicodedata.normalize("NFKC", )]], text, count=1)


def x_official_text__mutmut_14(text: str) -> str:
    """A 年度指标值 as the form prints it: a typed ``>=``/``<=`` (or ≧, ≦) becomes ≥/≤.

    Only the comparator at the start changes; the preparer's figure, unit and words (不低于
    is official wording too) are printed as written.
    """
    return _TYPED_SYMBOL.sub(lambda m: m[1] + _SYMBOL[
        _COMPARATORS[unicodedata.normalize("XXNFKCXX", m[2])]], text, count=1)


def x_official_text__mutmut_15(text: str) -> str:
    """A 年度指标值 as the form prints it: a typed ``>=``/``<=`` (or ≧, ≦) becomes ≥/≤.

    Only the comparator at the start changes; the preparer's figure, unit and words (不低于
    is official wording too) are printed as written.
    """
    return _TYPED_SYMBOL.sub(lambda m: m[1] + _SYMBOL[
        _COMPARATORS[unicodedata.normalize("nfkc", m[2])]], text, count=1)


def x_official_text__mutmut_16(text: str) -> str:
    """A 年度指标值 as the form prints it: a typed ``>=``/``<=`` (or ≧, ≦) becomes ≥/≤.

    Only the comparator at the start changes; the preparer's figure, unit and words (不低于
    is official wording too) are printed as written.
    """
    return _TYPED_SYMBOL.sub(lambda m: m[1] + _SYMBOL[
        _COMPARATORS[unicodedata.normalize("NFKC", m[3])]], text, count=1)


def x_official_text__mutmut_17(text: str) -> str:
    """A 年度指标值 as the form prints it: a typed ``>=``/``<=`` (or ≧, ≦) becomes ≥/≤.

    Only the comparator at the start changes; the preparer's figure, unit and words (不低于
    is official wording too) are printed as written.
    """
    return _TYPED_SYMBOL.sub(lambda m: m[1] + _SYMBOL[
        _COMPARATORS[unicodedata.normalize("NFKC", m[2])]], text, count=2)

mutants_x_official_text__mutmut['_mutmut_orig'] = x_official_text__mutmut_orig # type: ignore # mutmut generated
mutants_x_official_text__mutmut['x_official_text__mutmut_1'] = x_official_text__mutmut_1 # type: ignore # mutmut generated
mutants_x_official_text__mutmut['x_official_text__mutmut_2'] = x_official_text__mutmut_2 # type: ignore # mutmut generated
mutants_x_official_text__mutmut['x_official_text__mutmut_3'] = x_official_text__mutmut_3 # type: ignore # mutmut generated
mutants_x_official_text__mutmut['x_official_text__mutmut_4'] = x_official_text__mutmut_4 # type: ignore # mutmut generated
mutants_x_official_text__mutmut['x_official_text__mutmut_5'] = x_official_text__mutmut_5 # type: ignore # mutmut generated
mutants_x_official_text__mutmut['x_official_text__mutmut_6'] = x_official_text__mutmut_6 # type: ignore # mutmut generated
mutants_x_official_text__mutmut['x_official_text__mutmut_7'] = x_official_text__mutmut_7 # type: ignore # mutmut generated
mutants_x_official_text__mutmut['x_official_text__mutmut_8'] = x_official_text__mutmut_8 # type: ignore # mutmut generated
mutants_x_official_text__mutmut['x_official_text__mutmut_9'] = x_official_text__mutmut_9 # type: ignore # mutmut generated
mutants_x_official_text__mutmut['x_official_text__mutmut_10'] = x_official_text__mutmut_10 # type: ignore # mutmut generated
mutants_x_official_text__mutmut['x_official_text__mutmut_11'] = x_official_text__mutmut_11 # type: ignore # mutmut generated
mutants_x_official_text__mutmut['x_official_text__mutmut_12'] = x_official_text__mutmut_12 # type: ignore # mutmut generated
mutants_x_official_text__mutmut['x_official_text__mutmut_13'] = x_official_text__mutmut_13 # type: ignore # mutmut generated
mutants_x_official_text__mutmut['x_official_text__mutmut_14'] = x_official_text__mutmut_14 # type: ignore # mutmut generated
mutants_x_official_text__mutmut['x_official_text__mutmut_15'] = x_official_text__mutmut_15 # type: ignore # mutmut generated
mutants_x_official_text__mutmut['x_official_text__mutmut_16'] = x_official_text__mutmut_16 # type: ignore # mutmut generated
mutants_x_official_text__mutmut['x_official_text__mutmut_17'] = x_official_text__mutmut_17 # type: ignore # mutmut generated

"""Indicator values as written on the form: "≥50.00(个)", "=0(起)", ">=90%", "不低于90%", "及时".

A preparer writes a 年度指标值 the way the form prints it — or the way a notice words it
(不低于90%, 95%以上, 至少 3 次). :func:`parse_measure` splits it into comparator, number and
unit so that the calculator can tell a quantitative target from a qualitative one and
whether more is better. A unit may carry a bracketed qualifier, as county forms write
台（套）, 头（只）, 人（次）: "574台（套）" is the figure 574 in the unit 台（套）, not a text
(it was, and a wrong 得分 beside it passed unchecked). The preparer's text is kept;
:func:`official_text` is how the form prints it: the official symbols ≥ and ≤, never the
typed ``>=`` or ``<=``.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, Inexact, localcontext
from functools import lru_cache
from itertools import pairwise

from perfdocs.model.units import BRACKETS, TIME_UNITS, time_factor
from perfdocs.records import Record

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
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
_CMP_WORDS = tuple(sorted(_COMPARATORS, key=len, reverse=True))
"""The comparators a value may start with, longest first: the first one a text starts with
is its comparator. No comparator word holds a sign or a digit, so after any shorter word
that also starts the text (大于 of 大于等于) no figure can follow: a pattern's alternation
``(?P<cmp>大于或等于|…|<)?`` would find the same word, and was ≈ 0.6 ms of compiling in
every process (issue 20.2)."""
_CMP_BY_FIRST: dict[str, tuple[str, ...]] = {}
""":data:`_CMP_WORDS` by their first character (still longest first): a text is compared
with the few that can start it."""
for _word in _CMP_WORDS:
    _CMP_BY_FIRST[_word[0]] = (*_CMP_BY_FIRST.get(_word[0], ()), _word)
_AFTER_WORDS = "|".join(re.escape(k) for k in sorted(_AFTER, key=len, reverse=True))
_PER = r"(?:1?/|[^()\d/]{1,8}/)(?:10+|\d+(?:\.\d+)?[万千百亿])[^()\d/]{0,8}"
"""A rate's unit with its base, a power of ten or a figure in 万/千/百/亿: /10万, 1/10万,
例/10万, /10万人, /1000 (3/5 stays a text: a fraction, not a rate) (孕产妇死亡率
≤10(/10万) against 8(/10万) asked for a hand-written 得分: a digit in a unit was never read,
tester15 F3)."""
_MEASURE = re.compile(
    # matched from after the comparator word (see _CMP_WORDS)
    r"(?P<num>[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)"
    rf"(?P<after1>{_AFTER_WORDS})?"
    rf"(?:\((?P<paren>{_PER}|[^()\d]{{0,20}})\)"
    # a unit with a bracketed qualifier, 台（套） 头（只） 万元（含结转）, is one unit
    rf"|(?P<suffix>{_PER}|[^\d()]{{1,12}}?\([^()]{{1,20}}\)|[^\d()]{{0,12}}?))"
    rf"(?P<after2>{_AFTER_WORDS})?$"
)


_DATE_WORDS = frozenset({"日", "时"})
"""Units a compound duration does not use: 11月30日 and 8时30分 are a date and a time of
day; a duration is written 1个月15天. 年 and 月 are read (1年6个月 is 18个月) unless the
year is written with four digits before a 月: 2025年11月 (and 2025年11月30日) is a date."""
_MONTHS = ("个月", "月")


@lru_cache(maxsize=1)
def _duration_part() -> re.Pattern[str]:
    """One part of a compound duration: 2小时 of 2小时5分钟 (compiled when first asked:
    every process imports this module, few read a duration)."""
    units = [u for u in TIME_UNITS if u not in _DATE_WORDS]
    return re.compile(r"(\d+(?:\.\d+)?)(" + "|".join(units) + ")")


_SYMBOL = {">=": "≥", "<=": "≤"}
_TYPED_SYMBOLS = (">=", "=>", "≧", "⩾", "<=", "=<", "≦", "⩽", "＞＝", "＜＝", "＝＞", "＝＜")
"""The comparators :func:`official_text` prints as ≥ or ≤ (none starts another)."""


class Measure(Record, frozen=True, slots=True):
    """A parsed 指标值 or 实际完成值.

    ``value`` is None for a qualitative text (及时, 稳步增长, 达成指标); ``comparator`` is None
    for a bare figure such as an actual value "63.00(个)".
    """

    text: str
    comparator: Comparator | None = None
    value: Decimal | None = None
    unit: str = ""
    compound: bool = False
    """A duration in several units (2小时5分钟): ``value`` is their sum in the smallest
    (125, ``unit`` 分钟), and a message quotes the text as typed."""

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

    def met_by(self, actual: Decimal, *, strict: bool = True) -> bool:
        """Whether an actual figure reaches this target. ``strict``: whether 「>」/「<」 exclude
        equality (a layout's ``scoring.strict_signs``; the real forms count it as reached)."""
        assert self.value is not None
        match self.comparator:
            case ">":
                return actual > self.value if strict else actual >= self.value
            case "<":
                return actual < self.value if strict else actual <= self.value
            case "<=":
                return actual <= self.value
            case "=" if self.value == 0:
                return actual == 0
            case _:  # ">=", "=" (a figure to reach) and a bare number
                return actual >= self.value


def parse_measure(text: str | None) -> Measure:
    """Parse a target or an actual value; anything that is not a figure is qualitative."""
    if text is None:
        return Measure("")
    return _parsed_measure(str(text))


@lru_cache(maxsize=4096)
def _parsed_measure(original: str) -> Measure:
    """:func:`parse_measure` of a text, kept per text (a :class:`Measure` is immutable):
    targets such as ≥95% and 达成指标 recur across a unit's projects."""
    folded = unicodedata.normalize("NFKC", original).strip()
    compact = re.sub(r"\s+", "", folded)
    plain = compact.translate(BRACKETS)
    word = next((w for w in _CMP_BY_FIRST.get(plain[:1], ()) if plain.startswith(w)), None)
    compound = _compound_duration(plain, len(word) if word else 0)
    if compound is not None:
        value, unit, after = compound
        before, behind = _COMPARATORS[word] if word else None, _AFTER[after] if after else None
        if before and behind and before != behind:
            return Measure(original)
        return Measure(original, before or behind, value, unit, compound=True)
    match = _MEASURE.match(plain, len(word) if word else 0)
    if not match:
        return Measure(original)
    # the unit as typed (台【套】), from the text before its brackets were read as ()
    unit = compact[slice(*match.span("paren" if match["paren"] is not None else "suffix"))]
    if "(" in unit and "（" in original:
        unit = unit.replace("(", "（").replace(")", "）")  # printed as typed: 台（套）
    after = match["after1"] or match["after2"]
    before = _COMPARATORS[word] if word else None
    behind = _AFTER[after] if after else None
    if before and behind and before != behind:
        return Measure(original)  # 不低于90%以下: which one is meant is the preparer's call
    comparator = before or behind
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)


def _compound_duration(plain: str, start: int) -> tuple[Decimal, str, str] | None:
    """A duration written in two or more units, larger first (2小时5分钟, 1小时30分, 1分30秒),
    summed in its smallest unit (125, 分钟): the figure, that unit, and the words after it
    (以内); None for anything else. The factors are whole numbers of seconds, so the sum is
    exact; where the smallest unit does not divide it (1个月2周), it is given in 秒
    (tester9 N5: 2小时5分钟 against ≤2小时 could not be scored)."""
    if not plain[start:start + 1].isdigit():
        return None
    parts: list[tuple[Decimal, str]] = []
    written: list[str] = []
    at = start
    pattern = _duration_part()
    while (part := pattern.match(plain, at)) is not None:
        parts.append((Decimal(part[1]), part[2]))
        written.append(part[1])
        at = part.end()
    rest = plain[at:]
    if len(parts) < 2 or (rest and rest not in _AFTER):
        return None
    units = [unit for _, unit in parts]
    if any(unit == "年" and len(digits) == 4 and digits.isdigit() and later in _MONTHS
           for digits, unit, later in zip(written, units, units[1:], strict=False)):
        return None  # 2025年11月: a date, not 2025 years
    month = time_factor("月") or Decimal(0)
    # a year of a count in months is 12 of them (1年6个月 = 18个月), not 365 days
    factors = [12 * month if unit == "年" and any(u in _MONTHS for u in units)
               else time_factor(unit) or Decimal(0) for unit in units]
    if any(later >= earlier for earlier, later in pairwise(factors)):
        return None  # 5分钟2小时, 1小时1时: not one duration written large to small
    seconds = sum((value * factor for (value, _), factor in zip(parts, factors, strict=True)),
                  Decimal(0))
    with localcontext() as exact:
        exact.traps[Inexact] = True
        try:
            total = seconds / factors[-1]
        except Inexact:  # 1个月2周: a 月 is no whole number of 周
            return seconds, "秒", rest
    return total, parts[-1][1], rest


def official_text(text: str) -> str:
    """A 年度指标值 as the form prints it: a typed ``>=``/``<=`` (or ≧, ≦) becomes ≥/≤.

    Only the comparator at the start changes; the preparer's figure, unit and words (不低于
    is official wording too) are printed as written.
    """
    rest = text.lstrip()  # the blanks of a pattern's ^\s* (str.isspace's characters)
    if not rest.startswith(_TYPED_SYMBOLS):
        return text
    typed = next(t for t in _TYPED_SYMBOLS if rest.startswith(t))
    symbol = _SYMBOL[_COMPARATORS[unicodedata.normalize("NFKC", typed)]]
    return text[:len(text) - len(rest)] + symbol + rest[len(typed):]

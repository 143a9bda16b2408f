"""The units of 年度指标值 and 实际完成值, and how a figure in one converts to the other.

A target "≥100(万人)" met by "120(人)" was compared as 120 ≥ 100 and scored full marks; "≤3(天)"
against "48(小时)" scored by 48 against 3. Figures are compared in one unit or not at all:

- a unit is a base (人, 次, 天, %, 元…) with a factor: 万人 is 10,000 人, 千次 1,000 次, 亿元
  10^8 元, 天 24 小时, 月 30 天, 分钟 60 秒, ‰ 0.1 %;
- two units with the same base convert (:func:`convert`); a blank unit is taken to be the
  other side's (an actual typed "120" against "≥100(人)");
- anything else (人 against 次, % against a count, 天 against 工作日) does not, and the
  rules say so naming both units rather than guess;
- a bracketed qualifier after a unit, as forms write 台（套）, 头（只）, 人（次）, 万元（含结转）,
  belongs to the unit: 万头（只） is 10,000 × 头 qualified by 只. Two qualified units compare
  when base and qualifier agree (台（套） against 万台（套）); a unit without a qualifier compares
  with a qualified one of its base (574台 against ≥600台（套）: the qualifier says what the
  台 counts, not another unit); 台（套） against 台（件） or 头（只）, like 台 against 头, do not.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from functools import lru_cache

from perfdocs.records import Record

_PREFIXES = {"万": Decimal(10_000), "千": Decimal(1_000), "百": Decimal(100),
             "亿": Decimal(100_000_000), "十": Decimal(10)}
"""Multipliers written before a unit (万人, 千人次, 亿元)."""
_TIME = {"秒": ("秒", Decimal(1)), "秒钟": ("秒", Decimal(1)),
         "分": ("秒", Decimal(60)), "分钟": ("秒", Decimal(60)), "min": ("秒", Decimal(60)),
         "小时": ("秒", Decimal(3600)), "个小时": ("秒", Decimal(3600)),
         "时": ("秒", Decimal(3600)), "h": ("秒", Decimal(3600)),
         "天": ("秒", Decimal(86400)), "日": ("秒", Decimal(86400)),
         "周": ("秒", Decimal(604800)), "星期": ("秒", Decimal(604800)),
         "个月": ("秒", Decimal(2592000)), "月": ("秒", Decimal(2592000)),
         "年": ("秒", Decimal(31536000))}
"""Time units in seconds, as a clerk types them (秒/秒钟, 分/分钟, 小时/个小时, 天/日, 周,
个月/月, 年; h and min as forms abbreviate them); 月 and 年 as the 30 and 365 days the
forms' deadlines mean. Whole factors from the smallest unit, so that 0.6 小时 is exactly
36 分钟 and 1 分钟 exactly 60 秒: the base was once the hour, 分钟 its 1/60 (a Decimal
rounded at the context's precision), and 0.6 小时 against ≥36分钟 came out 35.99…9 and
scored 19.99 of 20 (tester8 #4). 秒 was not known at all: ≤60秒 against 1分钟 was
「无法换算比较」 (tester9 N5). None of these varies by place (a 工作日 is not a 天, and
stays a unit of its own)."""
TIME_UNITS = tuple(sorted(_TIME, key=len, reverse=True))
"""The time units, longest first: what a compound duration (2小时5分钟) is read with
(:func:`perfdocs.model.targets.parse_measure`)."""


def time_factor(unit: str) -> Decimal | None:
    """Seconds in one ``unit`` of time (小时: 3600), None for any other unit."""
    found = _TIME.get(unit)
    return found[1] if found else None


_RATIO = {"%": ("%", Decimal(1)), "‰": ("%", Decimal("0.1")), "百分比": ("%", Decimal(1)),
          "百分点": ("百分点", Decimal(1))}
BRACKETS = str.maketrans({"【": "(", "】": ")", "〔": "(", "〕": ")", "〖": "(", "〗": ")",
                          "[": "(", "]": ")"})
"""Other brackets a qualifier is typed in (台【套】, 台[套], after NFKC ［］ too), read as ()."""
SIGNED_BASES = {"%", "百分点", "℃"}
"""Bases whose figures may be negative (a growth rate, a change in points, a temperature);
a count, an amount or a duration below zero is a typing error."""


class Unit(Record, frozen=True, slots=True):
    """A unit as ``factor`` × ``base``: 万人 = 10000 × 人."""

    text: str
    base: str
    factor: Decimal
    qualifier: str = ""
    """The words in brackets after the unit (套 of 台（套）), blanks removed; "" for none."""


@lru_cache(maxsize=4096)
def parse_unit(text: str) -> Unit:
    """The base and factor of a unit as a preparer writes it ("万人", "(小时)", "％").

    Kept per text (a :class:`Unit` is immutable): the rules and the calculator ask about
    the same few units hundreds of times per project.
    """
    folded = unicodedata.normalize("NFKC", text or "").strip().translate(BRACKETS)
    main, qualifier = _qualified(folded)
    if qualifier:
        inner = parse_unit(main)
        return Unit(text, inner.base, inner.factor, qualifier)
    folded = folded.strip("()").strip()
    if not folded:
        return Unit(text, "", Decimal(1))
    if folded.startswith("1/"):  # 1/10万 is /10万: one per 100,000
        folded = folded[1:]
    if folded in _RATIO:
        base, factor = _RATIO[folded]
        return Unit(text, base, factor)
    if folded in _TIME:
        base, factor = _TIME[folded]
        return Unit(text, base, factor)
    if len(folded) > 1 and folded[0] in _PREFIXES:  # 万人, 千人次, 百万元, 亿元
        inner = parse_unit(folded[1:])
        return Unit(text, inner.base, _PREFIXES[folded[0]] * inner.factor)
    return Unit(text, folded, Decimal(1))


def _qualified(folded: str) -> tuple[str, str]:
    """A unit with a bracketed qualifier split in two, ("万头", "只") for 万头(只) (NFKC folded
    already, so （） are ()); (folded, "") when it has none. A unit wholly in brackets, (小时),
    is the form's way of writing 小时, not a qualifier."""
    if not folded.endswith(")") or folded.startswith("("):
        return folded, ""
    main, bracket, qualifier = folded[:-1].rpartition("(")
    if not bracket or not main.strip() or "(" in main or ")" in main or ")" in qualifier:
        return folded, ""
    return main.strip(), "".join(qualifier.split())


def convert(value: Decimal, source: str, target: str) -> Decimal | None:
    """``value`` written in unit ``source``, expressed in unit ``target``; None when the two
    units do not convert. A blank unit on either side counts as the other's; a qualifier
    on one side only counts as the other's too (module docstring)."""
    have, want = parse_unit(source), parse_unit(target)
    if not have.base or not want.base:
        return value
    if have.base != want.base:
        return None
    if have.qualifier and want.qualifier and have.qualifier != want.qualifier:
        return None
    if have.factor == want.factor:
        return value
    return value * have.factor / want.factor


def comparable(source: str, target: str) -> bool:
    """Whether figures in the two units can be compared (after :func:`convert`)."""
    return convert(Decimal(1), source, target) is not None


def signed(unit: str) -> bool:
    """Whether a figure in ``unit`` may be below zero (see :data:`SIGNED_BASES`)."""
    base = parse_unit(unit).base
    return base in SIGNED_BASES or not base

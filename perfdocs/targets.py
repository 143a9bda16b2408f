"""Indicator values as written on the form: "≥50.00(个)", "=0(起)", ">=90%", "及时".

A preparer writes a 年度指标值 the way the form prints it. :func:`parse_measure` splits it
into comparator, number and unit so that the calculator can tell a quantitative target from
a qualitative one and whether more is better; the original text is kept and printed as is.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

Comparator = Literal[">=", ">", "<=", "<", "="]

_COMPARATORS: dict[str, Comparator] = {
    "≥": ">=", ">=": ">=", "=>": ">=", "≧": ">=",
    "≤": "<=", "<=": "<=", "=<": "<=", "≦": "<=",
    ">": ">", "<": "<", "=": "=", "==": "=",
}
_CMP = "|".join(re.escape(k) for k in sorted(_COMPARATORS, key=len, reverse=True))
_MEASURE = re.compile(
    rf"^(?P<cmp>{_CMP})?"
    r"(?P<num>[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)"
    r"(?:\((?P<paren>[^()\d]{0,20})\)|(?P<suffix>[^\d()]{0,12}))$"
)


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
    comparator = _COMPARATORS[match["cmp"]] if match["cmp"] else None
    return Measure(original, comparator, Decimal(match["num"].replace(",", "")), unit)

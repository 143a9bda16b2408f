"""Whether a 其中 sum that misses its total can come from rounding each printed figure.

A form printed in 万元 to 2 places rounds every amount on its own, so its 其中 rows may miss
their total by a cent of 万元 without any slip. By how much exactly: a figure rounded half-up
lies less than half a unit of its last place below what it stands for and at most half a
unit above, so (Σ rows printed) − (total printed) lies *strictly* inside the sum of those
halves. With three rows and a total that is below 0.02 万元: the largest such gap is 0.01,
and 0.02 is a slip (tester5 N1: ``check`` passed a 200-元 slip as 「可能只是舍入」, adding
half a unit for every figure and allowing the bound itself). A figure printed as 0 can only
stand for more (amounts are never below 0): it can add to the gap on one side only. Other
modes shift the bounds: truncation (``down``) lies up to a whole unit below what it stands
for; half-even reaches both halves.

Plain Decimal arithmetic on the figures' own units (元), no layout or project types: the
callers (:mod:`perfdocs.review.audit`, :mod:`perfdocs.rules.validate`) say which figures
and which unit each was rounded to.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

ZERO = Decimal(0)
HALF = Decimal("0.5")

_ERRORS: dict[str, tuple[Decimal, bool, Decimal, bool]] = {
    # printed − meant, in units of the last place: (low, low reached, high, high reached)
    "half_up": (-HALF, False, HALF, True),
    "half_even": (-HALF, True, HALF, True),
    "down": (Decimal(-1), False, ZERO, True),
    "up": (ZERO, True, Decimal(1), False),
}


class Figure:
    """A printed figure and the unit of its last place (both in 元)."""

    __slots__ = ("printed", "unit")

    def __init__(self, printed: Decimal, unit: Decimal) -> None:
        self.printed = printed
        self.unit = unit


def gap_bounds(rows: Sequence[Figure], total: Figure, mode: str
               ) -> tuple[tuple[Decimal, bool], tuple[Decimal, bool]]:
    """The range of (Σ rows − total) that rounding alone can give, as ((low, reached),
    (high, reached)): ``reached`` says whether the bound itself can occur."""
    low_sum = high_sum = ZERO
    low_reached = high_reached = True
    for figure, sign in (*((row, 1) for row in rows), (total, -1)):
        if figure.unit <= 0:
            continue  # a figure that is not rounded (written whole in 元)
        low, low_in, high, high_in = _ERRORS.get(mode, _ERRORS["half_up"])
        if figure.printed == 0 and high >= 0:  # printed 0: it stands for 0 or a little more
            high, high_in = ZERO, True
        if sign < 0:  # the total is subtracted: its high bound is the gap's low one
            low, low_in, high, high_in = -high, high_in, -low, low_in
        low_sum += low * figure.unit
        high_sum += high * figure.unit
        low_reached = low_reached and low_in
        high_reached = high_reached and high_in
    return (low_sum, low_reached), (high_sum, high_reached)


def may_be_rounding(gap: Decimal, rows: Sequence[Figure], total: Figure, mode: str) -> bool:
    """Whether ``gap`` (Σ rows printed − total printed, signed) can come from rounding
    each figure by ``mode`` alone; False for no gap."""
    if not gap:
        return False
    (low, low_in), (high, high_in) = gap_bounds(rows, total, mode)
    above = gap > low or (low_in and gap == low)
    below = gap < high or (high_in and gap == high)
    return above and below


def largest_gap(gap: Decimal, rows: Sequence[Figure], total: Figure, mode: str,
                unit: Decimal) -> Decimal:
    """The largest difference, in steps of ``unit`` and on ``gap``'s side, that rounding
    can give (0.01 万元 for three half-up rows and a total): what a message names."""
    (low, low_in), (high, high_in) = gap_bounds(rows, total, mode)
    bound, reached = (high, high_in) if gap > 0 else (-low, low_in)
    steps = (bound / unit).to_integral_value(rounding="ROUND_FLOOR")
    if steps * unit == bound and not reached:
        steps -= 1
    return max(steps, ZERO) * unit

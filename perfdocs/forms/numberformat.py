"""How a rounded figure reads on a form, and the matching spreadsheet number format.

The builder formats every figure once; the spreadsheet additionally receives the Decimal
and the style, which the Excel renderer turns into a number format that displays the same
text (:func:`perfdocs.render.xlsx.numberformat.excel_format`), so a cell stays a number
people can sum.
"""

from __future__ import annotations

from decimal import Decimal

from perfdocs.layouts.layout import NumberStyle


def format_number(value: Decimal, style: NumberStyle) -> str:
    """``Decimal("7651.32")`` with thousands and 2 places → ``"7,651.32"``.

    The value is already rounded by the calculator; this only pads or trims the places.
    """
    places = Decimal(1).scaleb(-style.places)
    fixed = value.quantize(places) if value == value.quantize(places) else value
    text = f"{fixed:,f}" if style.thousands else f"{fixed:f}"
    if style.trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text + style.suffix


def is_percent(style: NumberStyle) -> bool:
    """Whether figures of ``style`` are percentages printed with a "%" (13.04%)."""
    return style.suffix.strip() == "%"


PERCENT_MARKS = ("(%)", "（%）", "%")
"""How a heading says its column is in percent: 执行率(%), 执行率（%）, 执行率%."""


def percent_text(value: Decimal, style: NumberStyle) -> str:
    """A rate in a sentence: the style's places, then exactly one "%" (89.90%).

    A layout may print its rates bare under a "执行率(%)" heading or with a "%" of their own;
    a sentence has no heading, so it always says "%", once, whatever the style's suffix.
    """
    bare = style.replace(suffix="")
    return format_number(value, bare) + "%"


def rate_heading(label: str, style: NumberStyle) -> str:
    """The heading of a column of rates printed in ``style``, so that "%" appears once.

    Rates printed with their own "%" (89.90%) take the heading without a percent mark
    (执行率); bare rates (89.90) take one: the label's own (执行率（%）) or "(%)".
    """
    base = label.rstrip()
    for mark in PERCENT_MARKS:
        if base.endswith(mark):
            base = base[: -len(mark)].rstrip()
            break
    if is_percent(style):
        return base
    return label.rstrip() if base != label.rstrip() else base + "(%)"


def sheet_value(value: Decimal, style: NumberStyle) -> Decimal:
    """The number a spreadsheet cell stores for ``value``: a percentage as a fraction.

    A rate printed "13.04%" is stored as 0.1304 with the format ``0.00%`` (see
    :func:`perfdocs.render.xlsx.numberformat.excel_format`), so that a reviewer who
    computes with it in Excel or WPS gets the rate, not a hundred times it, and a percent
    typed back reads the same. Moving the decimal point (``scaleb``) is exact: nothing is
    rounded.
    """
    return value.scaleb(-2) if is_percent(style) else value

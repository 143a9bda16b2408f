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


def sheet_value(value: Decimal, style: NumberStyle) -> Decimal:
    """The number a spreadsheet cell stores for ``value``: a percentage as a fraction.

    A rate printed "13.04%" is stored as 0.1304 with the format ``0.00%`` (see
    :func:`perfdocs.render.xlsx.numberformat.excel_format`), so that a reviewer who
    computes with it in Excel or WPS gets the rate, not a hundred times it, and a percent
    typed back reads the same. Moving the decimal point (``scaleb``) is exact: nothing is
    rounded.
    """
    return value.scaleb(-2) if is_percent(style) else value

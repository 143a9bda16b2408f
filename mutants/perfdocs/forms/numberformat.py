"""How a rounded figure reads on a form, and the matching spreadsheet number format.

The builder formats every figure once; the spreadsheet additionally receives the Decimal
and an Excel format that displays the same text, so a cell stays a number people can sum.
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


def excel_format(style: NumberStyle) -> str:
    """The Excel number format that displays like :func:`format_number`."""
    if style.trim:
        base = "#,##0.########" if style.thousands else "General"
    else:
        base = ("#,##0" if style.thousands else "0") + ("." + "0" * style.places
                                                        if style.places else "")
    if style.suffix:
        quoted = style.suffix.replace('"', "")
        base = f'{base}"{quoted}"' if base != "General" else f'General"{quoted}"'
    return base

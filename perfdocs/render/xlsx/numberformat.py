"""A figure's number style (the layout's places, separators, suffix) as an Excel number
format: the cell stores the Decimal and displays exactly the text every other format prints.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from perfdocs.forms.numberformat import is_percent

if TYPE_CHECKING:
    from perfdocs.layouts.layout import NumberStyle


@lru_cache(maxsize=256)  # a few styles per layout, asked once per figure cell
def excel_format(style: NumberStyle) -> str:
    """The Excel number format that displays :func:`sheet_value` like :func:`format_number`."""
    if is_percent(style):
        places = "0" * style.places
        if style.trim:
            places = "#" * style.places
        base = ("#,##0" if style.thousands else "0") + ("." + places if places else "")
        return base + "%"
    if style.trim:
        base = "#,##0.########" if style.thousands else "General"
    else:
        base = ("#,##0" if style.thousands else "0") + ("." + "0" * style.places
                                                        if style.places else "")
    if style.suffix:
        quoted = style.suffix.replace('"', "")
        base = f'{base}"{quoted}"' if base != "General" else f'General"{quoted}"'
    return base

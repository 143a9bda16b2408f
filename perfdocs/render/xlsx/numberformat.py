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


def cell_format(style: NumberStyle, printed: str) -> str:
    """The number format of a cell that prints ``printed`` (the figure as the form prints
    it): :func:`excel_format`, but for a style that trims its places (yunnan-2022's 执行率
    100%、82.5%, hebei-2019's 金额 43.2) with as many places as ``printed`` has.

    A trimmed place is ``#`` in a format (``0.##%``), and Excel and WPS keep the point
    when no digit follows it: 100% showed as 「100.%」 and 1,000 as 「1,000.」 (LibreOffice
    drops the point, so only Excel and WPS users saw it). No format drops the point for
    whole values only, so each cell gets the places its figure prints. (Without thousands
    separators a trimmed figure is ``General``, which prints no stray point.)
    """
    if not style.trim or not (style.thousands or is_percent(style)):
        return excel_format(style)
    figure = printed.strip().removesuffix(style.suffix.strip())
    return _fixed(style, min(len(figure.partition(".")[2]), style.places))


@lru_cache(maxsize=256)
def _fixed(style: NumberStyle, places: int) -> str:
    """:func:`excel_format` of ``style`` with ``places`` fixed places, none trimmed."""
    return excel_format(style.replace(places=places, trim=False))

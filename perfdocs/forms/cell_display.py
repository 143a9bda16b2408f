"""What a spreadsheet cell SHOWS: its value seen through its number format.

A reviewer who types ``84%`` into a returned workbook stores 0.84 with the format ``0%``;
one who types ``18.666`` into a ``0.00`` cell sees 18.67; perfdocs' own workbooks store a
2021 执行率 as 13.04 with the format ``0.00"%"`` (and, from the fidelity work on, as
0.1304 with ``0.00%``). Every one of these must import as what the person saw on screen
and on paper, not as the raw number underneath. This module is the one place that reads a
cell that way; the importer and ``perfdocs check`` go through :func:`shown`.

Excel's format language is read as far as a form needs: sections (positive; negative;
zero; text), literals in quotes or after a backslash, ``[Red]``/``[>100]`` brackets,
``0 # ?`` digit places, thousands commas (and trailing commas, which scale by 1000), ``%``
(which scales by 100) and a ``‰`` shown as itself (Excel and LibreOffice both print it
without scaling). Dates, times, fractions and scientific formats are left to the plain
value: no form prints its figures so.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from perfdocs.records import Record

GENERAL_DIGITS = 15
"""Significant digits Excel keeps of a number: a float's noise below them is not shown."""


class Shown(Record, frozen=True, slots=True):
    """A cell as it reads: the text on screen and, for a figure, the figure shown.

    ``number`` is in the units shown: a ``0%`` cell holding 0.84 shows 84 (and ``percent``
    is True), so a 执行率 or an 实际完成值 imports as the reviewer typed it.
    """

    text: str
    number: Decimal | None
    percent: bool = False


def float_decimal(value: float) -> Decimal:
    """The Decimal of a float to the 15 significant digits Excel keeps (0.1 + 0.2 → 0.3)."""
    return Decimal(format(value, f".{GENERAL_DIGITS}g"))


def number_of(value: object) -> Decimal | None:
    """The exact figure a numeric cell holds (None for text, dates, booleans, non-finite)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, Decimal)):
        number = Decimal(value)
    elif isinstance(value, float):
        number = float_decimal(value)
    else:
        return None
    if not number.is_finite():
        return None
    try:
        from perfdocs.model.numbers import bounded

        return bounded(number, number)
    except ValueError:  # 1E+308, 1E-300: no form's figure; read as text, refused there
        return None


def shown(value: object, number_format: str | None) -> Shown | None:
    """What a numeric cell shows; None when ``value`` is not a number (text is shown as is).

    A format this module cannot read (a date, a fraction) shows the plain figure.
    """
    number = number_of(value)
    if number is None:
        return None
    section = _section(number_format or "General", number)
    if section is None:
        return Shown(_plain(number), number)
    literals_before, digits, literals_after, percent = section.parts
    if digits is None:
        return Shown(literals_before + literals_after, number)
    magnitude = abs(number) if section.absolute else number
    scaled = magnitude * (Decimal(100) ** percent) / (Decimal(1000) ** digits.scale_down)
    if digits.general:
        figure = scaled.normalize() if scaled == scaled.to_integral_value() else scaled
        figure = float_decimal(float(figure)) if figure.adjusted() < 15 else figure
        body = _plain(figure)
        shown_number = figure
    else:
        shown_number = scaled.quantize(Decimal(1).scaleb(-digits.max_places),
                                       rounding=ROUND_HALF_UP)
        if digits.min_places < digits.max_places:
            trimmed = shown_number.normalize()
            places = max(digits.min_places, -min(0, int(trimmed.as_tuple().exponent)))
            shown_number = shown_number.quantize(Decimal(1).scaleb(-places))
        body = f"{shown_number:,f}" if digits.thousands else f"{shown_number:f}"
        if digits.integer_zero is False and body.startswith("0."):
            body = body[1:]
    sign = "-" if number < 0 and not section.absolute and not body.startswith("-") else ""
    if section.absolute and number < 0:
        shown_number = -shown_number
    return Shown(f"{literals_before}{sign}{body}{literals_after}", shown_number, percent > 0)


def _plain(number: Decimal) -> str:
    """A figure in plain decimal digits, no exponent, no trailing zeros past the point."""
    text = format(number, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


class _Digits(Record, frozen=True, slots=True):
    general: bool = False
    min_places: int = 0
    max_places: int = 0
    thousands: bool = False
    scale_down: int = 0
    integer_zero: bool | None = True


class _Section(Record, frozen=True, slots=True):
    parts: tuple[str, _Digits | None, str, int]
    """Literals before the figure, its digit places (None: the section prints no figure,
    as an accounting format's "-" for 0), literals after, how many % scale it."""
    absolute: bool


def _split_sections(fmt: str) -> list[str]:
    sections, current, quoted, escaped = [], "", False, False
    for ch in fmt:
        if escaped:
            current += ch
            escaped = False
            continue
        if ch == "\\":
            escaped = True
            current += ch
        elif ch == '"':
            quoted = not quoted
            current += ch
        elif ch == ";" and not quoted:
            sections.append(current)
            current = ""
        else:
            current += ch
    sections.append(current)
    return sections


def _section(fmt: str, number: Decimal) -> _Section | None:
    """The format section that applies to ``number``, read into literals and digit places."""
    sections = _split_sections(fmt)
    absolute = False
    chosen = sections[0]
    if number < 0 and len(sections) > 1 and sections[1].strip():
        chosen, absolute = sections[1], True
    elif number == 0 and len(sections) > 2 and sections[2].strip():
        chosen = sections[2]
    return _read(chosen, absolute)


def _read(fmt: str, absolute: bool) -> _Section | None:
    """One section: the literals around one digit run (or General), and its % signs."""
    before: list[str] = []
    after: list[str] = []
    digits: _Digits | None = None
    percent = 0
    index = 0
    while index < len(fmt):
        ch = fmt[index]
        target = after if digits is not None else before
        if ch == '"':
            end = fmt.find('"', index + 1)
            end = len(fmt) if end < 0 else end
            target.append(fmt[index + 1:end])
            index = end + 1
        elif ch == "\\":
            target.append(fmt[index + 1:index + 2])
            index += 2
        elif ch == "[":
            end = fmt.find("]", index)
            index = len(fmt) if end < 0 else end + 1
        elif ch in "_*":
            target.append(" " if ch == "_" else "")
            index += 2
        elif fmt[index:index + 7].lower() == "general":
            if digits is not None:
                return None
            digits = _Digits(general=True)
            index += 7
        elif ch in "0#?" or (ch == "." and fmt[index + 1:index + 2] in ("0", "#", "?")):
            if digits is not None:
                return None  # two digit groups (a fraction, a phone number): no form figure
            run = _RUN.match(fmt, index)
            assert run is not None
            digits = _digits(run.group())
            if digits is None:
                return None
            index = run.end()
        elif ch == "%":
            percent += 1
            target.append("%")
            index += 1
        elif ch == "@" or ch == "/" or ch.lower() in "ymdhse":
            return None  # text, fractions, dates, times, scientific: shown as the plain figure
        else:
            target.append(ch)
            index += 1
    return _Section(("".join(before), digits, "".join(after), percent), absolute)


_RUN = re.compile(r"[0#?,]*(?:\.[0#?]*)?,*")


def _digits(text: str) -> _Digits | None:
    """Places, thousands and scaling of a digit run such as ``#,##0.00`` or ``0.0,,``."""
    scale_down = len(text) - len(text.rstrip(","))
    text = text.rstrip(",")
    whole, dot, frac = text.partition(".")
    if "." in frac or "," in frac:
        return None
    return _Digits(
        min_places=frac.count("0"),
        max_places=len(frac),
        thousands="," in whole,
        scale_down=scale_down,
        integer_zero=("0" in whole) if dot else True,
    )


def figure_in(text: str) -> Decimal | None:
    """The figure of a text cell that looks like a number: "1,080,740.00", "84%", "５"."""
    from perfdocs.model.numbers import NumberError, parse_decimal

    try:
        return parse_decimal(text)
    except (NumberError, InvalidOperation):
        return None

"""Numbers and strings as reportlab writes them into a PDF.

``fp`` is reportlab's ``fp_str`` for one number (up to six significant decimals, trailing
zeros and a leading ``0`` dropped, anything within 1e-7 of zero as ``0``), written here
from its definition and checked against reportlab's on many numbers
(tests/test_pdf_native.py); ``escape`` is its ``escapePDF`` for the bytes of a PDF string.
"""

from __future__ import annotations

from math import log10

_KEPT = 1 << 16


class _Formatted(dict[float, str]):
    """``fp`` kept per number: the same edges and baselines recur on every page."""

    __slots__ = ()

    def __missing__(self, value: float) -> str:
        if len(self) >= _KEPT:
            self.clear()
        text = self[value] = _format(value)
        return text


def _format(value: float) -> str:
    size = abs(value)
    if size <= 1e-7:
        return "0"
    places = 6 if size <= 1 else min(max(0, 6 - int(log10(size))), 6)
    text = f"{value:.{places}f}"
    if places:
        text = text.rstrip("0")
        if text.endswith("."):
            text = text[:-1]
    if text[0] == "0" and len(text) > 1:
        return text[1:]
    return text


_FORMATTED = _Formatted()


def fp(*values: float) -> str:
    """reportlab's ``fp_str(*values)``: each number formatted, joined by spaces."""
    if len(values) == 1:
        return _FORMATTED[values[0]]
    return " ".join([_FORMATTED[v] for v in values])


def _escapes() -> dict[int, str]:
    table = {}
    for code in range(256):
        if code < 32 or code >= 127:
            table[code] = f"\\{code:03o}"
        elif chr(code) in "\\()":
            table[code] = "\\" + chr(code)
    return table


_ESCAPES = _escapes()


def escape(data: bytes) -> str:
    """The bytes of a PDF string, escaped: ``\\``, ``(`` and ``)`` with a backslash, bytes
    outside printable ASCII as three octal digits."""
    return data.decode("latin-1").translate(_ESCAPES)

"""The form PDF written without reportlab: the same bytes, without its ≈ 50 ms import.

A one-form ``perfdocs render … -f pdf`` spent a quarter of its time importing reportlab
(its canvas, document, font and colour modules) and another fifth in its canvas and
document machinery, although perfdocs already wrote most of a form's operators itself
(:class:`perfdocs._compat.TextShower`). This package writes what reportlab wrote for a
form — the page content streams (:mod:`.canvas`), the objects, their numbering, the font
subsets and the cross-reference table (:mod:`.document`), the TrueType subset files
(:mod:`.fontfile`) — from the font parse perfdocs keeps (:mod:`.faces`), byte for byte
(tests/test_pdf_native.py compares both writers on every form of data/ and on synthetic
ones). Whatever it does not cover raises :class:`Unsupported`, and the renderer then
takes reportlab's path for that PDF: the CID fallback font, a title line that must wrap
(a platypus ``Paragraph``), a font the cache has not parsed yet, reportlab settings
changed from their defaults.
"""

from __future__ import annotations


class Unsupported(Exception):
    """Something the native writer does not write as reportlab would: use reportlab."""

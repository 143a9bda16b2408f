"""The font a PDF is drawn in, as chosen: a record of its own, so that both the writer
that registers it with reportlab (:mod:`.fonts`) and the native writer's faces
(:mod:`.native.faces`) can name it without importing each other."""

from __future__ import annotations

from perfdocs.records import Record


class FontChoice(Record, frozen=True):
    """The font a PDF will use.

    ``path`` is ``None`` only for the CID fallback (``fallback`` is then true).
    ``subfont_index`` picks a face inside a ``.ttc`` collection. ``note`` is empty unless
    the user should be told something (the font is not embedded).
    """

    name: str
    path: str | None
    subfont_index: int
    fallback: bool
    note: str
    latin: str | None = None
    """TrueType file for digits and Latin letters (Liberation Serif); None: the CJK font."""
    latin_bold: str | None = None
    bold: str | None = None
    """TrueType CJK face for bold text (a Hei face); None: bold is simulated by stroking."""
    bold_index: int = 0

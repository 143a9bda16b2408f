"""Refuse to print boxes: every text of a form checked against the PDF font before drawing.

A font without a glyph prints an empty box where a character should be, which a reviewer
reads as a wrong form. So the PDF renderer first names the field (and its line in the
project file) holding a character the font cannot draw, and says how to fix it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from perfdocs.errors import RenderError

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from perfdocs.forms.grid import Form
    from perfdocs.render.pdf.fonts import FontChoice


def check_glyphs(forms: Sequence[Form], font: FontChoice, where: str,
                 lines: Mapping[str, int] | None = None) -> None:
    """Refuse to print boxes: name the field (and its line) the PDF font cannot draw."""
    from perfdocs.render.pdf.fonts import missing_glyphs

    # the set of characters does not depend on the order: each distinct text once (units,
    # figures, 0.00 recur down whole columns), the cells as the blocks hold them
    whole = "".join(dict.fromkeys(
        text for form in forms
        for text in (form.title, form.subtitle, form.heading, form.header, form.footer,
                     *(c.text for block in form.blocks for c in block.cells))))
    if not missing_glyphs(font, whole):
        return  # the usual case: one look at every character, not one per cell
    lines = lines or {}
    for form in forms:
        for text in (form.title, form.subtitle, form.heading):
            _raise_missing(missing_glyphs(font, text), font, where, "标题", None)
        # the layout's header and footer lines carry the preparer's 填报信息 and [unit]
        for text, name in ((form.header, "表头行（填报信息）"),
                           (form.footer, "表尾行（填报信息）")):
            _raise_missing(missing_glyphs(font, text), font, where, name, None)
        for cell in form.texts():
            field = cell.field or cell.text
            _raise_missing(missing_glyphs(font, cell.text), font, where, field,
                           lines.get(field))


def _raise_missing(missing: set[str], font: FontChoice, where: str, field: str,
                   line: int | None) -> None:
    if missing:
        chars = "".join(sorted(missing))
        codes = " ".join(f"U+{ord(c):04X}" for c in sorted(missing))
        raise RenderError(f"PDF 字体 {font.name} 没有字符「{chars}」（{codes}）：请改写该处文字，"
                          "或在 perfdocs.toml 的 [fonts] pdf 中指定含有这些字符的 TrueType 字体",
                          file=where, line=line, field=field)

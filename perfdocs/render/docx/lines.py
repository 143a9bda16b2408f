"""The fonts of the built-in Word template and its centred heading lines, as text.

Kept apart from :mod:`perfdocs.render.docx.template` (which builds the template with
python-docx) so that a render from a kept template (:mod:`perfdocs.render.docx.prepared`)
can write the 汇总表's heading line without importing python-docx or lxml.
"""

from __future__ import annotations

LATIN_FONT = "Times New Roman"
CJK_FONT = "宋体"
TITLE_CJK_FONT = "黑体"
W_DECLARATION = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
"""python-docx's ``nsdecls("w")``: the namespace a stand-alone paragraph declares."""


def paragraph(text: str, *, size: int, bold: bool, east_asia: str, after: int,
              line: int = 0) -> str:
    """A centred one-run paragraph as WordprocessingML (the heading lines); ``text`` is
    already XML character data. ``line``: an exact line height in twips (none: single)."""
    weight = "<w:b/><w:bCs/>" if bold else ""
    pitch = f' w:line="{line}" w:lineRule="exact"' if line else ""
    return (
        f'<w:p {W_DECLARATION}><w:pPr><w:spacing w:before="0" w:after="{after}"{pitch}/>'
        f'<w:jc w:val="center"/></w:pPr>'
        f'<w:r><w:rPr><w:rFonts w:ascii="{LATIN_FONT}" w:hAnsi="{LATIN_FONT}" '
        f'w:eastAsia="{east_asia}" w:hint="eastAsia"/>{weight}'
        f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'
        f"<w:t>{text}</w:t></w:r></w:p>"
    )

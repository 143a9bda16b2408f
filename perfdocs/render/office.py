"""What the Word and Excel writers share so that Word, Excel and WPS read the files alike.

docs/wps.md explains each convention. Here: the theme part both formats carry (Excel
repairs a workbook without one; WPS resolves a theme's fonts and warns of any the machine
lacks, so the theme names only 宋体 and Times New Roman) and the page-number footer of a
Word document as fields that Word and WPS fill in when they lay the pages out.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from perfdocs.forms.grid import PAGE_NUMBER

LATIN_FONT = "Times New Roman"
CJK_FONT = "宋体"

_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def theme_xml() -> bytes:
    """A plain DrawingML theme: black and white, 宋体 / Times New Roman, no effects.

    Nothing refers to its colours or fonts (cells and runs name their fonts), it is there
    because the formats expect one.
    """
    colours = {"dk1": "000000", "lt1": "FFFFFF", "dk2": "1F1F1F", "lt2": "EEEEEE",
               "accent1": "4472C4", "accent2": "ED7D31", "accent3": "A5A5A5",
               "accent4": "FFC000", "accent5": "5B9BD5", "accent6": "70AD47",
               "hlink": "0563C1", "folHlink": "954F72"}
    scheme = "".join(f'<a:{name}><a:srgbClr val="{rgb}"/></a:{name}>'
                     for name, rgb in colours.items())
    font = (f'<a:latin typeface="{LATIN_FONT}"/><a:ea typeface="{CJK_FONT}"/>'
            f'<a:cs typeface=""/><a:font script="Hans" typeface="{CJK_FONT}"/>')
    solid = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    line = f'<a:ln w="6350" cap="flat" cmpd="sng" algn="ctr">{solid}</a:ln>'
    effect = "<a:effectStyle><a:effectLst/></a:effectStyle>"
    text = (
        f'{_DECLARATION}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/'
        'main" name="perfdocs"><a:themeElements>'
        f'<a:clrScheme name="perfdocs">{scheme}</a:clrScheme>'
        f'<a:fontScheme name="perfdocs"><a:majorFont>{font}</a:majorFont>'
        f"<a:minorFont>{font}</a:minorFont></a:fontScheme>"
        f'<a:fmtScheme name="perfdocs"><a:fillStyleLst>{solid * 3}</a:fillStyleLst>'
        f"<a:lnStyleLst>{line * 3}</a:lnStyleLst>"
        f"<a:effectStyleLst>{effect * 3}</a:effectStyleLst>"
        f"<a:bgFillStyleLst>{solid * 3}</a:bgFillStyleLst></a:fmtScheme>"
        "</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"
    )
    return text.encode("utf-8")


def page_number_paragraph(namespaces: str, half_points: int = 18) -> str:
    """A centred footer paragraph 第 X 页 共 Y 页 with PAGE and NUMPAGES fields.

    The runs name their fonts (宋体, Times New Roman for the digits) and size, and the
    paragraph no style, so it reads the same whatever styles a template defines.
    """
    rpr = (f"<w:rPr><w:rFonts w:ascii={quoteattr(LATIN_FONT)} w:hAnsi={quoteattr(LATIN_FONT)} "
           f'w:eastAsia={quoteattr(CJK_FONT)} w:hint="eastAsia"/>'
           f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/></w:rPr>')

    def text(words: str) -> str:
        return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(words)}</w:t></w:r>' if words else ""

    def field(code: str) -> str:
        return (f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>'
                f'<w:r>{rpr}<w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'
                f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
                f"<w:r>{rpr}<w:t>1</w:t></w:r>"
                f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>')

    before, rest = PAGE_NUMBER.split("{page}", 1)
    middle, after = rest.split("{pages}", 1)
    return (f"<w:p {namespaces}><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/>"
            '<w:jc w:val="center"/></w:pPr>'
            f"{text(before)}{field('PAGE')}{text(middle)}{field('NUMPAGES')}{text(after)}</w:p>")

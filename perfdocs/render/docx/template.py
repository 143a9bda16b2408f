"""The built-in Word template, and how it is made.

A Word template is the user's way to restyle the .docx output in Word itself: page size,
margins, fonts, a letterhead in the page header. :func:`perfdocs.render.docx.writer.render_docx`
fills any paragraph holding ``{{ … }}`` and replaces the paragraph ``{{ table }}`` with the
form's tables. When a layout folder has no ``<kind>.docx`` the template built here is used,
and ``tools/make_docx_template.py`` writes the same bytes into the shipped layout so that a
user has a starting point to copy and edit.

The template starts from python-docx's own blank document (an English Letter page with
theme fonts) and is turned into what a Chinese official form expects: A4 portrait, 宋体 for
Chinese and Times New Roman for Latin text, no spacing between paragraphs, and no document
grid (a line grid would stretch every table row). Its page is the PDF's
(:mod:`perfdocs.forms.page_geometry`: 15 mm at the sides, the first line where the PDF's
begins), and the title and subtitle lines are as tall as the PDF sets them (an exact line
height), so that the Word copy's pages hold the PDF's rows.
"""

from __future__ import annotations

import io
from functools import lru_cache

from docx import Document
from docx.document import Document as DocumentObject
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Twips

from perfdocs._compat import element_of, replace_part_blob, section_properties
from perfdocs.forms.page_geometry import (
    A4_TWIPS,
    LEADING,
    WORD_BOTTOM_TWIPS,
    WORD_FOOTER_TWIPS,
    WORD_HEADER_TWIPS,
    WORD_SIDE_TWIPS,
    WORD_TOP_TWIPS,
    twips,
)
from perfdocs.render.docx.lines import CJK_FONT, LATIN_FONT, TITLE_CJK_FONT
from perfdocs.render.docx.lines import paragraph as _paragraph
from perfdocs.render.office import page_number_paragraph, theme_xml
from perfdocs.render.reproducible import DEFAULT_STAMP, normalize_zip

LINE_SPACING = float(LEADING)
TITLE_HALF_POINTS = 36
"""18 pt (小二), the title size of the official forms."""
SUBTITLE_HALF_POINTS = 24
TITLE_LINE_TWIPS = twips(TITLE_HALF_POINTS / 2 * LINE_SPACING)
"""The title's line, 23.4 pt, as the PDF sets it (1.3 times the size) …"""
TITLE_AFTER_TWIPS = twips(SUBTITLE_HALF_POINTS / 2 * 0.3)
"""… and 3.6 pt under it (the PDF's: three tenths of the subtitle size)."""
SUBTITLE_LINE_TWIPS = twips(SUBTITLE_HALF_POINTS / 2 * LINE_SPACING)
SUBTITLE_AFTER_TWIPS = twips(SUBTITLE_HALF_POINTS / 2 * 0.6)
BODY_HALF_POINTS = 21
"""10.5 pt (五号), the body size of Chinese official documents."""

_DROPPED_PARTS = frozenset({"stylesWithEffects", "customXml", "webSettings", "numbering"})
_KEPT_STYLES = frozenset({"Normal", "DefaultParagraphFont", "TableNormal", "NoList"})
_THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
_THEME = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme"
COMPATIBILITY_MODE = "15"
"""Word 2013 and later: without it Word opens the file in compatibility mode (python-docx's
blank document says 14, Word 2010), and WPS and LibreOffice lay out tables the older way."""
_WORD_URI = "http://schemas.microsoft.com/office/word"


@lru_cache(maxsize=1)
def build_default_template() -> bytes:
    """The bytes of the default template (.docx); the same bytes on every call.

    Cached because every render without a layout template starts from it; callers get
    immutable ``bytes`` and open their own document from it.
    """
    doc = Document()
    _drop_extras(doc)
    _set_page(doc)
    _set_fonts(doc)
    _set_theme(doc)
    current_mode(doc)
    add_page_numbers(doc)

    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    sect = body.find(qn("w:sectPr"))
    paragraphs = [
        _paragraph("{{ title }}", size=TITLE_HALF_POINTS, bold=True, east_asia=TITLE_CJK_FONT,
                   after=TITLE_AFTER_TWIPS, line=TITLE_LINE_TWIPS),
        _paragraph("{{ subtitle }}", size=SUBTITLE_HALF_POINTS, bold=False, east_asia=CJK_FONT,
                   after=SUBTITLE_AFTER_TWIPS, line=SUBTITLE_LINE_TWIPS),
        f'<w:p {nsdecls("w")}><w:r><w:t>{{{{ table }}}}</w:t></w:r></w:p>',
    ]
    for xml in paragraphs:
        sect.addprevious(parse_xml(xml))

    props = doc.core_properties
    props.author = "perfdocs"
    props.last_modified_by = "perfdocs"
    props.title = "perfdocs 默认 Word 模板"
    props.created = props.modified = props.last_printed = DEFAULT_STAMP
    props.revision = 1
    out = io.BytesIO()
    doc.save(out)
    return normalize_zip(out.getvalue(), DEFAULT_STAMP)


def _drop_extras(doc: DocumentObject) -> None:
    """Keep only the parts a form needs, and only the four default styles.

    python-docx's blank document carries 800 kB of style XML (every built-in table style,
    twice, once as Word 2010 ``stylesWithEffects``), a custom XML item, web settings, an
    empty numbering part and an English thumbnail. Every render parses and writes the
    template, so these cost time on every form while adding nothing to it; Word recreates
    any built-in style the moment a user applies it.
    """
    package = doc.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype == _THUMBNAIL:
            package.rels.pop(rid)
    for rid, rel in list(doc.part.rels.items()):
        if rel.reltype.rsplit("/", 1)[-1] in _DROPPED_PARTS:
            doc.part.rels.pop(rid)
    styles = doc.styles.element
    for child in list(styles):
        unused = child.tag == qn("w:style") and child.get(qn("w:styleId")) not in _KEPT_STYLES
        if unused or child.tag == qn("w:latentStyles"):
            styles.remove(child)


FORM_PAGE = (WORD_SIDE_TWIPS, WORD_TOP_TWIPS, WORD_BOTTOM_TWIPS, WORD_HEADER_TWIPS,
             WORD_FOOTER_TWIPS)
"""A form's Word page (side, top and bottom margins, header and footer distances, in
twips): the PDF's (:mod:`perfdocs.forms.page_geometry`)."""
REPORT_PAGE = (1134, 1134, 1134, 567, 567)
"""The 自评报告's: 2 cm margins, 1 cm to the header and footer, as its PDF (20 mm)."""


def _set_page(doc: DocumentObject, page: tuple[int, int, int, int, int] = FORM_PAGE) -> None:
    """A4 portrait on ``page``'s margins, no line grid."""
    side, top, bottom, header, footer = page
    section = doc.sections[0]
    section.page_width, section.page_height = Twips(A4_TWIPS[0]), Twips(A4_TWIPS[1])
    section.left_margin = section.right_margin = Twips(side)
    section.top_margin = Twips(top)
    section.bottom_margin = Twips(bottom)
    section.header_distance = Twips(header)
    section.footer_distance = Twips(footer)
    section.gutter = Twips(0)
    grid = section_properties(section).find(qn("w:docGrid"))
    if grid is not None:
        section_properties(section).remove(grid)


def _set_fonts(doc: DocumentObject) -> None:
    """Document defaults and Normal: Times New Roman / 宋体 10.5 pt, single, no spacing.

    The defaults of python-docx's template name *theme* fonts (``w:asciiTheme``), which
    win over plain font names on the same element, so the whole ``w:rFonts`` is replaced
    rather than amended.
    """
    styles = doc.styles.element
    fonts = (f'<w:rFonts {nsdecls("w")} w:ascii="{LATIN_FONT}" w:hAnsi="{LATIN_FONT}" '
             f'w:eastAsia="{CJK_FONT}" w:cs="{LATIN_FONT}"/>')
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    for tag in ("w:rFonts", "w:sz", "w:szCs", "w:lang"):
        old = rpr.find(qn(tag))
        if old is not None:
            rpr.remove(old)
    rpr.insert(0, parse_xml(fonts))
    rpr.append(parse_xml(f'<w:sz {nsdecls("w")} w:val="{BODY_HALF_POINTS}"/>'))
    rpr.append(parse_xml(f'<w:szCs {nsdecls("w")} w:val="{BODY_HALF_POINTS}"/>'))
    rpr.append(parse_xml(
        f'<w:lang {nsdecls("w")} w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'))
    ppr = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}")
    for child in list(ppr):
        ppr.remove(child)
    ppr.append(parse_xml(
        f'<w:spacing {nsdecls("w")} w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'))

    normal = doc.styles["Normal"].element
    normal_rpr = normal.get_or_add_rPr()
    old = normal_rpr.find(qn("w:rFonts"))
    if old is not None:
        normal_rpr.remove(old)
    normal_rpr.insert(0, parse_xml(fonts))


def _set_theme(doc: DocumentObject) -> None:
    """Replace python-docx's theme (Calibri, MS Mincho…) by one naming 宋体 and Times New
    Roman only: WPS resolves a theme's fonts and warns of those the machine lacks."""
    for rel in doc.part.rels.values():
        if rel.reltype == _THEME:
            replace_part_blob(rel.target_part, theme_xml())


def current_mode(doc: DocumentObject) -> None:
    """Word's current layout mode (``compatibilityMode`` 15) and Chinese theme language.

    Applied to every rendered document, a user's template included: a template saved by
    an old Word would otherwise open every form in compatibility mode.
    """
    settings = doc.settings.element
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = parse_xml(f'<w:compat {nsdecls("w")}/>')
        settings.append(compat)
    for setting in compat.findall(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), COMPATIBILITY_MODE)
            break
    else:
        compat.append(parse_xml(
            f'<w:compatSetting {nsdecls("w")} w:name="compatibilityMode" '
            f'w:uri="{_WORD_URI}" w:val="{COMPATIBILITY_MODE}"/>'))
    lang = settings.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), "zh-CN")


def add_page_numbers(doc: DocumentObject) -> bool:
    """Give the first section a footer 第 X 页 共 Y 页 unless it has one; True if added.

    A template's own footer is the user's and stays as it is (an empty one means "no
    page numbers"). The footer paragraph names its fonts and no style.
    """
    section = doc.sections[0]
    if section_properties(section).find(qn("w:footerReference")) is not None:
        return False
    footer = section.footer
    footer.is_linked_to_previous = False
    element = element_of(footer)
    for child in list(element):
        element.remove(child)
    element.append(parse_xml(page_number_paragraph(nsdecls("w"))))
    return True

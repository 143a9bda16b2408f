"""Fill a user's Word document that holds Jinja tags (the 自评报告 template).

The document body is rendered as one Jinja template in perfdocs' sandbox
(:mod:`perfdocs.layouts.templating`), so tags may span paragraphs and tables:

* ``{{ value }}`` anywhere in a paragraph; Word's habit of splitting text into runs is
  undone first (a paragraph holding a tag is joined into its first run, keeping that run's
  look);
* a table row holding ``{%tr … %}`` is replaced by the bare tag, so
  ``{%tr for row in rows %}`` … ``{%tr endfor %}`` repeats the rows between;
* a paragraph holding ``{%p … %}`` likewise, for blocks of paragraphs and tables.

Every value is escaped for XML before it reaches the document, and a line break in a
value becomes a line break in Word. What the template does is bounded by the sandbox.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from collections.abc import Mapping
from datetime import datetime
from typing import cast

from perfdocs.errors import RenderError

_DOCUMENT = "word/document.xml"
_SETTINGS = "word/settings.xml"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_BEFORE_SHIFT_RETURN = frozenset({
    "useSingleBorderforContiguousCells", "wpJustification", "noTabHangInd", "noLeading",
    "spaceForUL", "noColumnBalance", "balanceSingleByteDoubleByteWidth",
    "noExtraLineSpacing", "doNotLeaveBackslashAlone", "ulTrailSpace"})
"""The ``w:compat`` children the schema puts before ``w:doNotExpandShiftReturn``."""
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_PARAGRAPH = re.compile(r"<w:p[ >].*?</w:p>", re.S)
_TEXT = re.compile(r"(<w:t(?: [^>]*)?>)(.*?)(</w:t>)", re.S)
_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)


def _join_runs(xml: str) -> str:
    """In every paragraph holding a tag, put all text of its runs into the first text."""

    def join(match: re.Match[str]) -> str:
        paragraph = match.group(0)
        texts = _TEXT.findall(paragraph)
        whole = "".join(t[1] for t in texts)
        if "{" not in whole or not ("{{" in whole or "{%" in whole):
            return paragraph
        first = [True]

        def keep_first(m: re.Match[str]) -> str:
            if first[0]:
                first[0] = False
                return f'<w:t xml:space="preserve">{whole}</w:t>'
            return ""

        return _TEXT.sub(keep_first, paragraph)

    return _PARAGRAPH.sub(join, xml)


def _block_tags(xml: str, element: str, marker: str) -> str:
    """Replace each ``<w:element>`` holding ``{%marker … %}`` by the bare ``{% … %}``."""
    pattern = re.compile(
        rf"<w:{element}[ >](?:(?!<w:{element}[ >]).)*?\{{%{marker}\s(.*?)%\}}.*?</w:{element}>",
        re.S)
    return pattern.sub(lambda m: "{% " + m.group(1).strip() + " %}", xml)


def _unescape_tags(xml: str) -> str:
    """Inside tags, the XML escapes of ``<``, ``>``, ``&`` and quotes are Jinja's operators."""
    return _TAG.sub(lambda m: html.unescape(m.group(0)), xml)


def _escaped(value: object) -> object:
    """``value`` with every string escaped for WordprocessingML text (recursively)."""
    if isinstance(value, str):
        text = (value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
        text = re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "", text)
        return text.replace("\n", '</w:t><w:br/><w:t xml:space="preserve">')
    if isinstance(value, Mapping):
        return {k: _escaped(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_escaped(v) for v in value]
    return value


def fill_docx(template: bytes, context: Mapping[str, object], *, where: str,
              stamp: datetime) -> bytes:
    """The .docx ``template`` with its tags filled from ``context``; same input, same bytes."""
    from lxml import etree

    from perfdocs.layouts.templating import render_text
    from perfdocs.render.reproducible import normalize_zip

    try:
        source = zipfile.ZipFile(io.BytesIO(template))
        xml = source.read(_DOCUMENT).decode("utf-8")
    except (zipfile.BadZipFile, KeyError, UnicodeDecodeError) as exc:
        raise RenderError(f"不是有效的 Word 模板（.docx）：{exc}", file=where) from None
    prepared = _unescape_tags(_block_tags(_block_tags(_join_runs(xml), "tr", "tr"), "p", "p"))
    rendered = render_text(prepared, {k: _escaped(v) for k, v in context.items()}, where=where)
    try:
        root = etree.fromstring(rendered.encode("utf-8"))
    except etree.XMLSyntaxError as exc:
        raise RenderError(f"模板填写后不是合法的 Word 文档（标签是否成对？{{%p …%}} 和 "
                          f"{{%tr …%}} 是否各占一个段落、一行？）：{exc}", file=where) from None
    if _keep_last_rows(root):
        rendered = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                  standalone=True).decode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as target:
        for info in source.infolist():
            data = rendered.encode("utf-8") if info.filename == _DOCUMENT \
                else source.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = _core_title(data, str(context.get("title", "")))
            elif info.filename == _SETTINGS:
                data = unstretched_breaks(data)
            target.writestr(info.filename, data)
    return normalize_zip(out.getvalue(), stamp)


def unstretched_breaks(settings: bytes) -> bytes:
    """``word/settings.xml`` with ``w:doNotExpandShiftReturn`` in its ``w:compat``.

    A paragraph text with a line feed (项目年度总体目标：…, then 实际完成情况：…) is written
    with ``w:br``; in a justified paragraph Word, WPS and LibreOffice spread the line
    before such a break across the page, one character after another (tester8 #11),
    unless this setting says not to. The PDF never spreads it; a template's own settings
    are otherwise kept as they are."""
    from lxml import etree

    try:
        root = etree.fromstring(settings)
    except etree.XMLSyntaxError:
        return settings  # Word repairs or refuses it as it would the template
    compat = root.find(f"{{{_W}}}compat")
    if compat is None:
        compat = etree.Element(f"{{{_W}}}compat")
        later = [child for child in root if etree.QName(child).localname in _AFTER_COMPAT]
        if later:
            later[0].addprevious(compat)
        else:
            root.append(compat)
    elif compat.find(f"{{{_W}}}doNotExpandShiftReturn") is not None:
        return settings
    setting = etree.Element(f"{{{_W}}}doNotExpandShiftReturn")
    after = [child for child in compat if isinstance(child.tag, str)
             and etree.QName(child).localname not in _BEFORE_SHIFT_RETURN]
    if after:
        after[0].addprevious(setting)
    else:
        compat.append(setting)
    out: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return out


_AFTER_COMPAT = frozenset({
    "docVars", "rsids", "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping",
    "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade", "captions",
    "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults",
    "doNotEmbedSmartTags", "decimalSymbol", "listSeparator"})
"""The ``w:settings`` children the schema puts after ``w:compat``."""


def _keep_last_rows(root: object) -> bool:
    """Keep each table's last row on the page of the row before it (Word's 与下段同页 on
    that row's paragraphs), so that a page never holds a table's repeated header and only
    its 小计 (tester6); the report's PDF reads the same mark. Only rows the loop made are
    known after filling, hence done here. Whether anything was marked."""
    from lxml import etree

    w = f"{{{_W}}}"
    changed = False
    for table in cast(etree._Element, root).iter(f"{w}tbl"):
        rows = table.findall(f"{w}tr")
        if len(rows) < 2 or rows[-2].find(f"{w}trPr/{w}tblHeader") is not None:
            continue
        for paragraph in rows[-2].iter(f"{w}p"):
            props = paragraph.find(f"{w}pPr")
            if props is None:
                props = etree.SubElement(paragraph, f"{w}pPr")
                paragraph.insert(0, props)
            if props.find(f"{w}keepNext") is None:
                style = props.find(f"{w}pStyle")
                props.insert(0 if style is None else 1, etree.Element(f"{w}keepNext"))
                changed = True
    return changed


def _core_title(core: bytes, title: str) -> bytes:
    """``docProps/core.xml`` with the document's title (what Word shows in 属性)."""
    if not title:
        return core
    safe = html.escape(title, quote=False).encode("utf-8")
    if b"<dc:title" in core:
        return re.sub(rb"<dc:title>.*?</dc:title>|<dc:title/>", b"<dc:title>" + safe
                      + b"</dc:title>", core, flags=re.S)
    return core

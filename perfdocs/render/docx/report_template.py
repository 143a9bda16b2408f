"""The built-in Word template of the 项目支出绩效自评报告, and how it is made.

The report is the narrative a unit hands in with each 自评表. Its wording differs from unit
to unit, so the template is an ordinary .docx a user opens in Word and edits: headings,
sentences, fonts, a letterhead. Jinja tags in it are filled by :mod:`perfdocs.render.docx.report`
(``{{ project.name }}``, ``{{ text.funds }}``…); a row holding ``{%tr for … %}`` repeats
the table row between it and ``{%tr endfor %}``, and a paragraph holding ``{%p … %}``
stands for a block tag around the paragraphs and tables between (one per 一级指标).

The sections follow what government units commonly publish as their 自评报告:
一、项目基本情况 (概况, 资金安排与使用, 绩效目标); 二、绩效目标实现情况 (one part per 一级指标
with its indicator table and scores); 三、偏差原因分析及改进措施; 四、自评结论;
五、其他需要说明的问题. The wording is ours.

``tools/make_report_template.py`` writes these bytes into the shipped layout as
``自评报告.docx``; a layout without one uses the bytes built here.
"""

from __future__ import annotations

import io
from functools import lru_cache

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from perfdocs.render.docx.lines import CJK_FONT, LATIN_FONT, TITLE_CJK_FONT
from perfdocs.render.docx.template import (
    REPORT_PAGE,
    _drop_extras,
    _set_fonts,
    _set_page,
    add_page_numbers,
)
from perfdocs.render.reproducible import DEFAULT_STAMP, normalize_zip

BODY = 24
"""12 pt (小四) body text, in half-points."""
HEADING = 28
"""14 pt (四号) section headings."""
TITLE = 36
"""18 pt (小二) title."""
TABLE = 21
"""10.5 pt (五号) in tables."""
A4_TEXT_TWIPS = 11906 - 2 * REPORT_PAGE[0]
"""The printable width of the template's page (A4, 2 cm margins)."""


def _run(text: str, *, size: int, bold: bool = False, east_asia: str = CJK_FONT) -> str:
    weight = "<w:b/><w:bCs/>" if bold else ""
    safe = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return (f'<w:r><w:rPr><w:rFonts w:ascii="{LATIN_FONT}" w:hAnsi="{LATIN_FONT}" '
            f'w:eastAsia="{east_asia}" w:hint="eastAsia"/>{weight}'
            f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'
            f'<w:t xml:space="preserve">{safe}</w:t></w:r>')


def _para(text: str, *, size: int = BODY, bold: bool = False, align: str = "both",
          indent: bool = False, before: int = 0, after: int = 0,
          east_asia: str = CJK_FONT, keep_next: bool = False) -> str:
    """One paragraph; ``indent`` sets the two-character first-line indent of body text,
    ``keep_next`` keeps it on the page of the paragraph after it (Word's 与下段同页)."""
    ind = '<w:ind w:firstLineChars="200" w:firstLine="480"/>' if indent else ""
    keep = "<w:keepNext/>" if keep_next else ""
    return (f'<w:p {nsdecls("w")}><w:pPr>{keep}<w:spacing w:before="{before}" w:after="{after}" '
            f'w:line="360" w:lineRule="auto"/>{ind}<w:jc w:val="{align}"/></w:pPr>'
            f'{_run(text, size=size, bold=bold, east_asia=east_asia)}</w:p>')


def _heading(text: str) -> str:
    # a heading never ends a page, away from its section
    return _para(text, size=HEADING, bold=True, align="left", before=120, after=60,
                 east_asia=TITLE_CJK_FONT, keep_next=True)


def _subheading(text: str) -> str:
    return _para(text, size=BODY, bold=True, align="left", indent=True, keep_next=True)


def _cell(text: str, width: int, *, bold: bool = False, align: str = "center") -> str:
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:vAlign w:val="center"/>'
            f'</w:tcPr><w:p><w:pPr><w:jc w:val="{align}"/></w:pPr>'
            f'{_run(text, size=TABLE, bold=bold)}</w:p></w:tc>')


def _row(cells: list[str], widths: list[int], *, bold: bool = False,
         aligns: list[str] | None = None, header: bool = False) -> str:
    aligns = aligns or ["center"] * len(cells)
    repeat = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
    return ("<w:tr>" + repeat + "".join(_cell(t, w, bold=bold, align=a)
                                        for t, w, a in zip(cells, widths, aligns, strict=True))
            + "</w:tr>")


def _tag_row(tag: str, widths: list[int]) -> str:
    """A row holding only a ``{%tr … %}`` tag (removed when the template is filled)."""
    return _row([tag] + [""] * (len(widths) - 1), widths)


def _table(header: list[str], template_row: list[str], loop: str, relative: list[int], *,
           aligns: list[str], footer: list[str] | None = None) -> str:
    """A ruled table: a repeated header row, then one row per item of ``loop``."""
    total = sum(relative)
    widths = [A4_TEXT_TWIPS * r // total for r in relative]
    widths[-1] += A4_TEXT_TWIPS - sum(widths)
    border = '<w:{0} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
    borders = "".join(border.format(side) for side in
                      ("top", "left", "bottom", "right", "insideH", "insideV"))
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    rows = [_row(header, widths, bold=True, header=True),
            _tag_row(f"{{%tr for row in {loop} %}}", widths),
            _row(template_row, widths, aligns=aligns),
            _tag_row("{%tr endfor %}", widths)]
    if footer:
        rows.append(_row(footer, widths, bold=True, aligns=aligns))
    return (f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblW w:w="{A4_TEXT_TWIPS}" w:type="dxa"/>'
            f'<w:jc w:val="center"/><w:tblBorders>{borders}</w:tblBorders>'
            '<w:tblLayout w:type="fixed"/>'
            '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/>'
            f'</w:tblCellMar></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>')


def _body() -> list[str]:
    """The template's paragraphs and tables, in order."""
    money = "{{ money_unit }}"
    return [
        _para("{{ title }}", size=TITLE, bold=True, align="center",
              after=120, east_asia=TITLE_CJK_FONT),
        _para("（{{ project.year }}年度）", align="center", after=60),
        _para("{{ project.unit }}", align="center", after=240),

        _heading("一、项目基本情况"),
        _subheading("（一）项目概况"),
        _para("{{ text.overview }}", indent=True),
        _subheading("（二）项目资金安排与使用情况"),
        _para("{{ text.funds }}", indent=True, after=60),
        _table(["项目", f"年初预算数（{money}）", f"全年预算数（{money}）",
                f"全年执行数（{money}）", "{{ headings.rate }}"],
               ["{{ row.label }}", "{{ row.initial }}", "{{ row.budget }}",
                "{{ row.executed }}", "{{ row.rate }}"],
               "funds", [14, 11, 11, 11, 8],
               aligns=["left", "right", "right", "right", "center"]),
        _subheading("（三）项目绩效目标"),
        _para("{{ text.goals }}", indent=True),

        _heading("二、绩效目标实现情况"),
        _para("项目绩效指标共 {{ indicator_count }} 项，分值 {{ indicator_weight }} 分，"
              "得分 {{ indicator_score }} 分；预算执行率分值 {{ execution.weight }} 分，"
              "得分 {{ execution.score }} 分。", indent=True),
        _para("{%p for group in groups %}"),
        _subheading("（{{ group.number }}）{{ group.name }}完成情况"),
        _para("{{ group.text }}", indent=True, after=60),
        _table(["二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
               ["{{ row.level2 }}", "{{ row.name }}", "{{ row.target }}", "{{ row.actual }}",
                "{{ row.weight }}", "{{ row.score }}"],
               "group.rows", [12, 19, 10, 10, 5, 5],
               aligns=["center", "left", "center", "center", "center", "center"],
               footer=["小计", "", "", "", "{{ group.weight }}", "{{ group.score }}"]),
        _para("{%p endfor %}"),

        _heading("三、偏差原因分析及改进措施"),
        _para("{{ text.deviations }}", indent=True),
        _para("{%p for item in deviations %}"),
        _para("{{ loop.index }}. {{ item.name }}（{{ item.level1 }}·{{ item.level2 }}，"
              "年度指标值 {{ item.target }}，实际完成值 {{ item.actual }}，"
              "扣 {{ item.lost }} 分）：{{ item.reason }}", indent=True),
        _para("{%p endfor %}"),

        _heading("四、自评结论"),
        _para("{{ text.conclusion }}", indent=True, after=60),
        _table(["总分", "评分等级", "{{ headings.budget_rate }}", "执行率得分"],
               ["{{ row.total }}", "{{ row.grade }}", "{{ row.rate }}", "{{ row.score }}"],
               "conclusion", [1, 1, 1, 1], aligns=["center"] * 4),

        _heading("五、其他需要说明的问题"),
        # the signature block (unit, date) is one piece with the last paragraph: a page
        # holding only the date looked like a printing error in a bound packet (tester6)
        _para("{{ text.other }}", indent=True, keep_next=True),

        _para("{{ project.unit }}", align="right", before=480, keep_next=True),
        _para("{{ date }}", align="right"),
    ]


@lru_cache(maxsize=1)
def build_report_template() -> bytes:
    """The bytes of the built-in 自评报告 template; the same bytes on every call."""
    doc = Document()
    _drop_extras(doc)
    _set_page(doc, REPORT_PAGE)
    _set_fonts(doc)
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    sect = body.find(qn("w:sectPr"))
    for xml in _body():
        sect.addprevious(parse_xml(xml))
    # 第 X 页 共 Y 页, as the report's PDF prints it (its Word copy had none: tester); a
    # user's copy of the template keeps whatever footer the user gives it
    add_page_numbers(doc)
    props = doc.core_properties
    props.author = "perfdocs"
    props.last_modified_by = "perfdocs"
    props.title = "perfdocs 自评报告模板"
    props.created = props.modified = props.last_printed = DEFAULT_STAMP
    props.revision = 1
    out = io.BytesIO()
    doc.save(out)
    return normalize_zip(out.getvalue(), DEFAULT_STAMP)

"""The form grid as one self-contained HTML page: same cells, merges, figures and widths.

Each block of the :class:`~perfdocs.forms.grid.Form` becomes a ``<table>`` with fixed column
widths (the layout's relative widths as percentages), its merged cells as ``rowspan`` and
``colspan``, and its repeated heading rows in ``<thead>`` (unless a heading cell runs on
into the rows below: :func:`head_rows`), which browsers print again on
every page a table runs onto. Blocks are drawn flush, one under the other, as in the PDF.
Every text is the form's own (already formatted: a renderer never computes); line breaks
are kept. The page carries its own stylesheet and nothing else (no script, no external
file), so it opens anywhere, prints on A4, and the same forms give the same bytes.

Cells carry ``data-field`` (where their text comes from in the project file, as messages
name it) and figures ``data-number`` (the exact Decimal), so a preview can point from a
cell back to the field to edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from html import escape

from perfdocs.forms.grid import Block, Cell, Form, scaled_widths

PAGE_MARGIN_MM = 15
"""The PDF's margin, so a printed page looks like the PDF's."""

STYLE = f"""\
@page {{ size: A4 portrait; margin: {PAGE_MARGIN_MM}mm; }}
* {{ box-sizing: border-box; }}
body {{ margin: 0; background: #fff; color: #000; }}
section.form {{ margin: 0 auto 12mm; max-width: {210 - 2 * PAGE_MARGIN_MM}mm;
  break-after: page; page-break-after: always; }}
section.form:last-of-type {{ break-after: auto; page-break-after: auto; }}
h1 {{ margin: 0 0 0.3em; text-align: center; font-weight: bold; }}
p.subtitle {{ margin: 0 0 0.6em; text-align: center; }}
table {{ width: 100%; border-collapse: collapse; table-layout: fixed; }}
table + table {{ margin-top: -1px; }}
td {{ border: 1px solid #000; padding: 2pt 3pt; vertical-align: middle;
  white-space: pre-wrap; overflow-wrap: anywhere; }}
tr {{ break-inside: avoid; page-break-inside: avoid; }}
thead {{ display: table-header-group; }}
td.left {{ text-align: left; }}
td.center {{ text-align: center; }}
td.right {{ text-align: right; }}
td.header, td.total {{ font-weight: bold; }}
p.footer {{ margin: 0.4em 0 0; white-space: pre-wrap; }}
p.header {{ margin: 0 0 0.4em; white-space: pre-wrap; }}
@media screen {{ body {{ padding: 8mm; background: #eee; }}
  section.form {{ background: #fff; padding: 8mm; box-shadow: 0 0 3px #999; }} }}
"""
"""One stylesheet for every form; what differs by form (fonts, sizes) is set on its section."""


def render_html(forms: Sequence[Form]) -> str:
    """The HTML page of ``forms`` in order."""
    title = forms[0].title if forms else ""
    parts = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
             '<meta name="generator" content="perfdocs">',
             f"<title>{escape(title)}</title>", f"<style>\n{STYLE}</style>", "</head>",
             "<body>"]
    for form in forms:
        parts += _form(form)
    parts += ["</body>", "</html>"]
    return "\n".join(parts) + "\n"


def _form(form: Form) -> list[str]:
    fonts = form.fonts
    families = ", ".join(_css_string(f) for f in dict.fromkeys(
        [fonts.family, fonts.latin] if fonts.latin else [fonts.family]))
    out = [f'<section class="form" data-kind="{escape(form.kind)}" '
           f'style="font-family: {escape(families)}, serif; font-size: {_pt(fonts.body_size)}">',
           f'<h1 style="font-size: {_pt(fonts.title_size)}">{_text(form.title)}</h1>']
    if form.subtitle:
        out.append(f'<p class="subtitle" style="font-size: {_pt(fonts.subtitle_size)}">'
                   f"{_text(form.subtitle)}</p>")
    if form.header:  # the layout's header lines (单位名称：… 填报日期：…)
        out.append(f'<p class="header">{_text(form.header)}</p>')
    percents = scaled_widths(form.column_widths, Decimal(100), step=Decimal("0.01"))
    cols = "".join(f'<col style="width: {p}%">' for p in percents)
    for block in form.blocks:
        out += _table(block, cols)
    if form.footer:
        out.append(f'<p class="footer">{_text(form.footer)}</p>')
    out.append("</section>")
    return out


def head_rows(block: Block) -> int:
    """How many of ``block``'s rows go in ``<thead>``: its repeated heading rows, or none
    when a heading cell runs on into the rows below (the national 自评表's 「绩效指标」
    spans its heading row and every indicator row). A rowspan ends with its row group in
    HTML, so such a head would cut the cell short and shift every row under it one column
    left; the block then prints its heading once, at its top."""
    head = block.repeat_rows
    if any(cell.row < head < cell.row + cell.rowspan for cell in block.cells):
        return 0
    return head


def _table(block: Block, cols: str) -> list[str]:
    out = ["<table>", f"<colgroup>{cols}</colgroup>"]
    rows = block.rows()
    heights = block.min_row_height
    head = head_rows(block)
    for index, row in enumerate(rows):
        if index == 0 and head:
            out.append("<thead>")
        if index == head:
            out.append("</thead>" if head else "")
            out.append("<tbody>")
        height = heights[index] if index < len(heights) else None
        style = f' style="height: {_pt(height)}"' if height else ""
        out.append(f"<tr{style}>" + "".join(_cell(cell) for cell in row) + "</tr>")
    if head >= len(rows):
        out.append("</thead>")
    else:
        out.append("</tbody>")
    out.append("</table>")
    return [line for line in out if line]


def _cell(cell: Cell) -> str:
    attrs = [f'class="{cell.style} {cell.align}"']
    if cell.rowspan > 1:
        attrs.append(f'rowspan="{cell.rowspan}"')
    if cell.colspan > 1:
        attrs.append(f'colspan="{cell.colspan}"')
    if cell.field:
        attrs.append(f'data-field="{escape(cell.field)}"')
    if cell.number is not None:
        attrs.append(f'data-number="{cell.number}"')
    return f"<td {' '.join(attrs)}>{_text(cell.text)}</td>"


def _text(text: str) -> str:
    """Literal text: escaped; line breaks kept by the stylesheet's ``pre-wrap``."""
    return escape(text, quote=False)


def _pt(size: Decimal) -> str:
    return f"{size.normalize():f}pt"


def _css_string(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'

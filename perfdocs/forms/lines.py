"""The lines above and below a form's table: 填报单位（盖章）/ 填报人 / 联系电话 / 填报日期 ….

Many provinces' forms carry a line under the table for the stamp and the signatures, and
some a line above it (单位名称 … 填报日期 …). A layout lists them (``header_lines`` and
``footer_lines``, each line a list of items); the values come, first found first, from the
project file's ``填报信息`` section, from the ``[unit]`` section of perfdocs.toml, and from
the project's own header (实施单位, 主管部门, 项目名称, 年度). A value nobody gave is left
as blank room, as on paper, to be written by hand.

The builder turns the lines into text here; the renderers only print the text (the xlsx,
the docx and the PDF alike).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from perfdocs.layouts.layout import LineItem
    from perfdocs.model.project import Project

GAP = "\u3000" * 4
"""Between two items of a line: four ideographic spaces, as typed forms space them."""
BLANK = "\u3000" * 6
"""Room left after a label whose value nobody gave, to be filled in by hand."""
ALIASES: dict[str, tuple[str, ...]] = {
    "填报单位": ("单位名称", "实施单位"),
    "单位名称": ("填报单位", "实施单位"),
    "填报人": ("联系人",),
    "联系人": ("填报人",),
}
"""Names a value may be found under when the layout asks for another (填报单位 = 单位名称)."""


def project_values(project: Project) -> dict[str, str]:
    """The values a project's own header gives (the last resort for a line's field)."""
    return {"实施单位": project.unit, "主管部门": project.department,
            "项目名称": project.name, "年度": str(project.year)}


def lookup(field: str, sources: Sequence[Mapping[str, str]]) -> str:
    """The first non-empty value for ``field`` (or one of its aliases) in ``sources``."""
    for source in sources:
        for name in (field, *ALIASES.get(field, ())):
            value = source.get(name)
            if value:
                return str(value).strip()
    return ""


def line_text(items: Sequence[LineItem], sources: Sequence[Mapping[str, str]],
              per_line: Decimal | None = None) -> str:
    """One printed line: "填报单位（盖章）：某某中心　　　　填报人：张三 …".

    With ``per_line`` (the ems a line of the page holds) a line too long for the page is
    broken between items, never inside one: Word would otherwise wrap wherever the page
    ends and leave half an item, such as the date of 填报日期, alone on the next line.
    """
    from perfdocs.forms.labels import ems

    parts = []
    for item in items:
        label = item.label.rstrip("：:")
        value = lookup(item.field, sources) if item.field else ""
        parts.append(f"{label}：{value or BLANK}")
    if per_line is None or ems(GAP.join(parts)) <= per_line:
        return GAP.join(parts)
    lines: list[str] = []
    for part in parts:
        if lines and ems(lines[-1] + GAP + part) <= per_line:
            lines[-1] += GAP + part
        else:
            lines.append(part)
    return "\n".join(lines)


def lines_text(lines: Sequence[Sequence[LineItem]],
               sources: Sequence[Mapping[str, str]], per_line: Decimal | None = None) -> str:
    """Every line, one per text line ("" when the layout has none); see :func:`line_text`."""
    return "\n".join(line_text(items, sources, per_line) for items in lines)

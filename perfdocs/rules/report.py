"""The 自评报告's paragraphs in the project file: which are left out, and a key that is wrong.

The report (:mod:`perfdocs.forms.report.report`) writes a plain sentence from the figures
for every paragraph a project leaves out; ``validate`` says which (a note, not a warning:
nothing is wrong). A 实现情况 key must name one of the project's 一级指标, or its paragraph
would never print.
"""

from __future__ import annotations

from perfdocs.errors import Diagnostic, Severity

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

    from perfdocs.compute.calculate import Result
    from perfdocs.layouts.layout import Layout
    from perfdocs.loading.project import Loaded

PARAGRAPHS = {"overview": "项目概况", "funds": "资金使用情况", "goals": "绩效目标",
              "deviations": "偏差原因及改进措施", "conclusion": "自评结论",
              "other": "其他需要说明的问题"}
"""The report's own paragraphs: attribute of ReportTexts → key in the project file."""


def from_notes(evaluation: Any, form: Any) -> dict[str, str]:
    """Report paragraphs (attribute of ReportTexts → text) a layout takes from the form's
    说明栏 rows (``report`` of its goal_rows and note_rows) where the project wrote them:
    Sichuan's 评价结论 stands for 自评结论. Several rows for one paragraph are joined in the
    layout's order, each led by its label."""
    if form is None:
        return {}
    attr_of = {key: attr for attr, key in PARAGRAPHS.items()}
    parts: dict[str, list[tuple[str, str]]] = {}
    for row in (*form.goal_rows, *form.note_rows):
        text = (evaluation.notes.get(row.key) or "").strip() if row.report else ""
        if text:
            parts.setdefault(attr_of[row.report], []).append((row.label.replace("\n", ""), text))
    return {attr: items[0][1] if len(items) == 1
            else "\n".join(f"{label}：{text}" for label, text in items)
            for attr, items in parts.items()}


def missing_paragraphs(evaluation: Any, form: Any = None) -> list[str]:
    """The keys under 自评.自评报告 the project leaves out (written from the figures); a
    paragraph the layout takes from the form's 说明栏 (``form``: its 自评表) is not."""
    texts = evaluation.report
    noted = from_notes(evaluation, form)
    missing = [key for attr, key in PARAGRAPHS.items()
               if (texts is None or not getattr(texts, attr)) and attr not in noted]
    given = texts.achievements if texts is not None else {}
    missing += [f"实现情况.{level1}" for level1 in evaluation.indicators if level1 not in given]
    return missing


def check_report(loaded: Loaded, layout: Layout, result: Result | None) -> list[Diagnostic]:
    """An error for a 实现情况 key that names no 一级指标 of the project (its paragraph would
    silently never print), and a warning for a 自评结论 whose grade or 总分 the figures do
    not give (:mod:`perfdocs.rules.conclusion`). Runs with every validation (prepare)."""
    evaluation = loaded.project.evaluation
    if evaluation is None:
        return []
    from perfdocs.layouts.layout import selfeval_form
    from perfdocs.rules.conclusion import check_conclusion

    found = check_conclusion(loaded, selfeval_form(layout), result)
    if evaluation.report is None:
        return found
    for level1 in evaluation.report.achievements:
        if level1 not in evaluation.indicators:
            path = ("自评", "自评报告", "实现情况", level1)
            found.append(Diagnostic(
                Severity.ERROR, f"「{level1}」不是本项目的一级指标（有：" + "、".join(
                    evaluation.indicators) + "）", loaded.path, loaded.line(path),
                "自评.自评报告.实现情况." + level1, rule="report-level1"))
    return found


def report_notes(loaded: Loaded, layout: Layout | None = None) -> list[Diagnostic]:
    """A note naming the report paragraphs that will be written from the figures (not
    those ``layout`` takes from the form's 说明栏).

    Printed by ``perfdocs validate`` only: nothing is wrong, and a render or a packet need
    not repeat it for every project.
    """
    evaluation = loaded.project.evaluation
    if evaluation is None:
        return []
    form = None
    if layout is not None:
        from perfdocs.layouts.layout import selfeval_form

        form = selfeval_form(layout)
    missing = missing_paragraphs(evaluation, form)
    if not missing:
        return []
    where = ("自评", "自评报告") if evaluation.report is not None else ("自评",)
    return [Diagnostic(
        Severity.NOTE, "自评报告中以下段落未填写，将按数字生成一句话代替（可在项目文件的 "
        "自评.自评报告 下，或填写表的「自评报告」表中补写）：" + "、".join(missing),
        loaded.path, loaded.line(where),
        "自评.自评报告", rule="report-generated")]

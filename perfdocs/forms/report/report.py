"""The 项目支出绩效自评报告: the narrative a unit hands in with each 自评表.

The report is filled from the project's figures as the calculator computed them (never
retyped) and from optional paragraphs under ``自评.自评报告`` in the project file. Each
paragraph left out is replaced by a plain sentence saying what the figures say, and
:func:`perfdocs.rules.report.report_notes` names them, so a preparer knows what to write
before handing the report in.

This module holds what the report says (:func:`report_context`, every figure formatted as
on the 自评表). Word output fills the layout's ``自评报告.docx`` with it
(:mod:`perfdocs.render.docx.report`); the PDF is drawn from that filled document
(:mod:`perfdocs.render.pdf.report`), so both say the same words;
:mod:`perfdocs.engine.reports` renders the formats and writes the files.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from perfdocs.rules.report import PARAGRAPHS, from_notes

if TYPE_CHECKING:
    from collections.abc import Sequence

    from perfdocs.compute.calculate import FundLine, IndicatorResult
    from perfdocs.engine.pipeline import Prepared
    from perfdocs.layouts.layout import FormLayout
    from perfdocs.loading.settings import Settings

KIND = "自评报告"


def report_title(name: str) -> str:
    """「<项目名称>项目支出绩效自评报告」, the name's own 项目 not said twice: 卫健 budgets
    are often named 「…服务项目」, and 「基本公共卫生服务项目项目支出…」 went on the
    report, its PDF bookmark and the packet's 目录 (tester8 #15)."""
    return f"{short_name(name)}项目支出绩效自评报告"


def short_name(name: str) -> str:
    """The project's name less a final 项目, for a template that writes 项目 after it
    (``{{ project.short_name }}项目…``): 「基本公共卫生服务项目」 → 「基本公共卫生服务」."""
    return name.removesuffix("项目")


def doubled_name(name: str, paragraphs: Sequence[str]) -> str | None:
    """A warning when the filled report says the project's name and then 项目 again
    (「…服务项目项目支出绩效自评报告」): a template of the unit's own that writes
    ``{{ project.name }}项目`` (the built-in one writes ``{{ title }}``), for a name that
    ends in 项目. Only then: the same template is right for every other name, so a unit
    learns of it with the first such project, not never. None when nothing is doubled."""
    if not name.endswith("项目"):
        return None
    doubled = name + "项目"
    for text in paragraphs:
        if doubled in text:
            at = text.index(doubled)
            shown = text[at:at + len(doubled) + 10]
            return (f"自评报告印成了「{shown}…」：项目名称已以「项目」结尾，报告模板又在名称后"
                    "写了「项目」。请在模板（自评报告.docx）中把 {{ project.name }}项目 改为 "
                    "{{ title }}（整个标题）或 {{ project.short_name }}项目"
                    "（名称去掉末尾的「项目」）")
    return None


def _full_marks(full: int, count: int) -> str:
    """How many of a group's ``count`` indicators got full marks, said as a person says it:
    「其中 0 项得满分，1 项未得满分」 read as a form letter; a count of 0 is left unsaid."""
    if full == count:
        return "该项得满分" if count == 1 else f"全部 {count} 项均得满分"
    if full == 0:
        return "该项未得满分" if count == 1 else f"全部 {count} 项均未得满分"
    return f"其中 {full} 项得满分，{count - full} 项未得满分"


def _fund_labels(funds: Sequence[FundLine]) -> list[tuple[str, str]]:
    """(key, label) of the funds rows the report's table lists: the national rows by their
    report labels, a layout's own rows (fund_rows) by their printed labels."""
    national = ("", "年度资金总额", "当年财政拨款", "上年结转资金", "其他资金")
    if all(line.field in national for line in funds):
        return list(FUND_ROWS.items())
    return [(line.key, line.label.replace("\n", "")) for line in funds]


FUND_ROWS = {"total": "年度资金总额", "appropriation": "其中：当年财政拨款",
             "carried_over": "上年结转资金", "other": "其他资金"}


def _formatter(form: FormLayout) -> Callable[[Decimal | None, str], str]:
    from perfdocs.forms.numberformat import format_number

    display = form.display

    def fmt(value: Decimal | None, kind: str) -> str:
        if value is None:
            return ""
        return format_number(value, getattr(display, kind))

    return fmt


def _lost(item: IndicatorResult) -> Decimal | None:
    weight = item.indicator.weight
    if item.score is None or item.score >= weight:
        return None
    return weight - item.score


def _deviations_text(count: int, execution_lost: Decimal | None, rate: str, score: str,
                     weight: str, lost: str) -> str:
    """The generated 偏差原因分析 paragraph: the 执行率's lost points first (scored like an
    indicator, and national-2020 has no other place to explain them), then the indicators
    below full marks. 「各项绩效指标均得满分，无偏差需要说明」 beside 4 points lost on a 60%
    执行率 told the reviewer there was nothing to explain (tester17 F8). Facts only: the
    reasons are the preparer's (validate notes the paragraph is unwritten)."""
    if execution_lost is None:
        return (f"共有 {count} 项指标未得满分，各项偏差原因及改进措施如下。" if count
                else "各项绩效指标均得满分，无偏差需要说明。")
    said = (f"预算执行率 {rate or '—'}，执行率得分 {score} 分（分值 {weight} 分），"
            f"扣 {lost} 分")
    return said + (f"；另有 {count} 项指标未得满分，各项偏差原因及改进措施如下。" if count
                   else "；各项绩效指标均得满分。")


def _indented(text: str) -> str:
    """A body text whose later lines begin with the two-character indent its first line
    has from the paragraph (a line break inside one Word paragraph starts at the margin:
    「实际完成情况：…」 under an indented 「项目年度总体目标：…」). A line the preparer
    already began with blanks is left as typed."""
    return _LINE_START.sub("\n\u3000\u3000", text)


_LINE_START = re.compile(r"\n(?=\S)")


def report_context(prepared: Prepared, settings: Settings) -> dict[str, object]:
    """Everything the template may place: figures formatted as on the 自评表, and texts."""
    from perfdocs.forms.numberformat import percent_text, rate_heading
    from perfdocs.layouts.layout import selfeval_form

    project = prepared.project
    evaluation = project.evaluation
    result = prepared.result
    if evaluation is None or result is None:
        raise ValueError("a report needs an evaluated project")
    form = selfeval_form(prepared.layout)
    if form is None:
        raise ValueError("a report needs a layout with a 自评表")
    fmt = _formatter(form)
    unit = form.money_unit
    name = project.name_in("自评")
    texts = evaluation.report
    given = {attr: getattr(texts, attr) if texts is not None else None for attr in PARAGRAPHS}
    achievements = texts.achievements if texts is not None else {}

    from perfdocs.forms.selfeval.builder import row_rate

    def shown_rate(line: FundLine, total: bool) -> str:
        """The row's 执行率 as the 自评表 prints it (a 其中 row's too, where it does)."""
        rate = row_rate(line, total, form.display)
        return rate if isinstance(rate, str) else fmt(rate, "rate")

    lines = {line.key: line for line in result.funds}
    funds = [{"label": label, "initial": fmt(line.initial, "money"),
              "budget": fmt(line.budget, "money"), "executed": fmt(line.executed, "money"),
              "rate": shown_rate(line, key == "total")}
             for key, label in _fund_labels(result.funds) if (line := lines.get(key)) is not None]
    total_line = lines.get("total")
    rate = fmt(result.execution_rate, "rate")
    rate_style = form.display.rate
    said_rate = (percent_text(result.execution_rate, rate_style)
                 if result.execution_rate is not None else "")

    groups: list[dict[str, Any]] = []
    deviations: list[dict[str, Any]] = []
    for item in result.indicators:
        if not groups or groups[-1]["name"] != item.level1:
            groups.append({"name": item.level1, "rows": [], "items": []})
        group = groups[-1]
        ind = item.indicator
        group["rows"].append({"level2": item.level2, "name": ind.name, "target": ind.target,
                              "actual": ind.actual or "", "weight": fmt(ind.weight, "weight"),
                              "score": fmt(item.score, "score"),
                              "reason": ind.reason or ""})
        group["items"].append(item)
        lost = _lost(item)
        if lost is not None:
            deviations.append({
                "name": ind.name, "level1": item.level1, "level2": item.level2,
                "target": ind.target, "actual": ind.actual or "（未填写）",
                "weight": fmt(ind.weight, "weight"), "score": fmt(item.score, "score"),
                "lost": fmt(lost, "score"),
                "reason": ind.reason or "（未填写偏差原因分析及改进措施）"})
    numbers = "一二三四五六七八九十"
    for index, group in enumerate(groups):
        items = group.pop("items")
        weight = sum((i.indicator.weight for i in items), Decimal(0))
        known = all(i.score is not None for i in items)
        score = sum((i.score for i in items if i.score is not None), Decimal(0))
        full = sum(1 for i in items if i.score is not None and i.score >= i.indicator.weight)
        group.update(number=numbers[index] if index < len(numbers) else str(index + 1),
                     weight=fmt(weight, "weight"), score=fmt(score, "score") if known else "",
                     count=len(items))
        group["text"] = achievements.get(group["name"]) or (
            f"{group['name']}共 {len(items)} 项，分值 {group['weight']} 分，"
            f"得分 {group['score'] or '—'} 分；{_full_marks(full, len(items))}。")

    indicator_score = (sum((i.score for i in result.indicators if i.score is not None),
                           Decimal(0))
                       if all(i.score is not None for i in result.indicators) else None)
    budget = fmt(total_line.budget, "money") if total_line else ""
    executed = fmt(total_line.executed, "money") if total_line else ""
    initial = fmt(total_line.initial, "money") if total_line else ""
    total = fmt(result.total, "score")
    grade = result.grade
    execution_lost = (result.execution_weight - result.execution_score
                      if result.execution_score is not None
                      and result.execution_score < result.execution_weight else None)
    generated = {
        "overview": (f"{name}由{project.unit}实施，主管部门为{project.department}。"
                     f"本报告依据项目{project.year}年度绩效自评表，说明项目绩效目标的完成情况。"),
        "funds": (f"{project.year}年度项目年初预算数 {initial or '—'} {unit}，全年预算数 "
                  f"{budget or '—'} {unit}，全年执行数 {executed or '—'} {unit}，"
                  f"预算执行率 {said_rate or '—'}。"),
        "goals": f"项目年度总体目标：{evaluation.goals.expected}",
        "deviations": _deviations_text(len(deviations), execution_lost, said_rate,
                                       fmt(result.execution_score, "score"),
                                       fmt(result.execution_weight, "weight"),
                                       fmt(execution_lost, "score")),
        "conclusion": (f"经自评，项目总分 {total or '—'} 分，评分等级为「{grade or '—'}」，"
                       f"预算执行率 {said_rate or '—'}。"),
        "other": "无。",
    }
    noted = from_notes(evaluation, form)  # the form's 说明栏 rows a layout lends the report
    text = {attr: given[attr] or noted.get(attr) or generated[attr] for attr in PARAGRAPHS}
    if not given["goals"] and evaluation.goals.achieved:
        text["goals"] += f"\n实际完成情况：{evaluation.goals.achieved}"
    text = {attr: _indented(value) for attr, value in text.items()}
    for group in groups:
        group["text"] = _indented(group["text"])
    day = settings.day
    return {
        "title": report_title(name),
        "project": {"name": name, "short_name": short_name(name), "unit": project.unit,
                    "department": project.department, "year": str(project.year),
                    "layout": prepared.layout.name},
        "date": f"{day.year}年{day.month}月{day.day}日",
        "money_unit": unit,
        "headings": {"rate": rate_heading("执行率", rate_style),
                     "budget_rate": rate_heading("预算执行率", rate_style)},
        "funds": funds,
        "execution": {"rate": rate, "weight": fmt(result.execution_weight, "weight"),
                      "score": fmt(result.execution_score, "score")},
        "indicator_count": str(len(result.indicators)),
        "indicator_weight": fmt(result.indicator_weight, "weight"),
        "indicator_score": fmt(indicator_score, "score"),
        "groups": groups,
        "deviations": deviations,
        "total": total, "grade": grade, "rate": rate,
        "conclusion": [{"total": total, "grade": grade, "rate": rate,
                        "score": fmt(result.execution_score, "score")}],
        "text": text,
    }

"""A conclusion the preparer wrote against the grade and 总分 perfdocs computed.

A 自评结论 (``自评.自评报告.自评结论``, or a 说明栏 row a layout lends that paragraph:
Sichuan's 评价结论) is printed as written — in the 自评报告 right above the computed
「总分 83.16 评分等级 良」, and on a 自评表 that prints no grade of its own. Written before
the figures changed, or kept from last year, it says 「等级为优」 beside a computed 良
(tester5 N2), and both hand-in documents contradict themselves. perfdocs does not rewrite
the preparer's words; it warns, naming what the text says and what the figures give.

Only a grade named after a grade word (等级为优、评为良、等次：中…, the layout's own grade
names) and a figure after 总分/自评得分 (or 得分 opening a clause) are read: a 得分 after an
indicator's name (满意度指标得分 9 分) is that indicator's, not the project's. A figure
agrees when the computed 总分 rounded to the figure's places equals it (「98 分」 for 98.36).

What a conclusion says of another year (与上年度（总分92.10分）相比, （上年度评分等级为优）) is
not read, and once the text states the computed 总分 (等级), other figures (grades) in it are
not reported (tester17 F6: the last year's 92.10 and 优 were).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from perfdocs.errors import Diagnostic, Severity

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from collections.abc import Iterator

    from perfdocs.compute.calculate import Result
    from perfdocs.layouts.layout import FormLayout
    from perfdocs.loading.project import Loaded
    from perfdocs.loading.source import Loc

CONCLUSION = "自评结论"
"""The report paragraph (PARAGRAPHS' key) whose text states the grade."""

_GRADE_WORD = r"(?:评分等级|等级|等次|评级|级别)\s*(?:评定|确定|认定|核定)?\s*(?:为|是|：|:)?"
_GRADED = r"(?:评为|评定为|定为|评价为|认定为|结果为)"
_OPEN = "「“\"'‘『【"
_TOTAL = (r"(?:总分|总得分|综合得分|自评得分|项目得分|最终得分|自评总分"
          r"|(?:^|(?<=[，,。；;：:、\s（(]))得分)\s*(?:为|是|：|:)?\s*(\d+(?:\.\d+)?)\s*分?")


def _grade_pattern(names: list[str]) -> str:
    """The grade words' pattern: a name (longest first) after a grade word, then maybe its
    usual ending (优秀、良好、中等) and 等次/等级, then no further word (评为中国… is not 中)."""
    alternatives = "|".join(sorted(map(_escape, names), key=len, reverse=True))
    return (rf"(?:{_GRADE_WORD}|{_GRADED})\s*[{_OPEN}]?\s*({alternatives})"
            r"(?:秀|好|等)?(?:等次|等级|级|档)?(?![\u4e00-\u9fff])")


def _escape(text: str) -> str:
    import re

    return re.escape(text)


def texts(loaded: Loaded, form: FormLayout | None) -> Iterator[tuple[Loc, str, str]]:
    """(place in the file, the form's label, text) of every conclusion the preparer wrote:
    自评.自评报告.自评结论 and the 说明栏 rows the layout maps to it."""
    evaluation = loaded.project.evaluation
    if evaluation is None:
        return
    if evaluation.report is not None and evaluation.report.conclusion:
        yield ("自评", "自评报告", CONCLUSION), CONCLUSION, evaluation.report.conclusion
    if form is None:
        return
    for row in (*form.goal_rows, *form.note_rows):
        text = evaluation.notes.get(row.key) if row.report == CONCLUSION else None
        if text and text.strip():
            yield ("自评", "说明栏", row.key), row.label.replace("\n", ""), text


_OTHER_YEARS = ("上年", "去年", "上一年", "前一年", "前年", "往年", "以往", "历年", "上期",
                "上轮", "上一轮", "上次", "同期")
"""Words that put a clause about another year's evaluation: its 总分 and 等级 (与上年度
（总分92.10分）相比, 上年度评分等级为优) are not this year's and are not checked (tester17 F6)."""

_BREAKS = "，,。；;！!？?\n"
_OPENING, _CLOSING = "（(【[", "）)】]"


def _this_years(text: str, year: int | None) -> str:
    """``text`` without what it says about another year, clauses joined by 。 so that no
    pattern spans two.

    Cut at ，。； outside brackets; a clause naming another year (:data:`_OTHER_YEARS`, or a
    year written other than ``year``) outside its brackets goes whole (与上年度（总分
    92.10分）相比有所下降), a bracket naming one goes alone (评分等级为良（上年度评分等级为
    优，总分92.10分）keeps 评分等级为良).
    """
    kept: list[str] = []
    outside: list[str] = []
    clause: list[str] = []
    bracket: list[str] = []
    depth = 0

    def close() -> None:
        if not _other_year("".join(outside), year):
            kept.append("".join(clause))
        outside.clear()
        clause.clear()

    for char in text:
        if char in _OPENING:
            depth += 1
        if depth:
            bracket.append(char)
            if char in _CLOSING:
                depth -= 1
                if not depth:
                    inner = "".join(bracket)
                    bracket.clear()
                    if not _other_year(inner, year):
                        clause.append(inner)
            continue
        if char in _BREAKS:
            close()
            continue
        clause.append(char)
        outside.append(char)
    if bracket and not _other_year("".join(bracket), year):  # an unclosed bracket
        clause.extend(bracket)
    close()
    return "。".join(c for c in kept if c.strip())


def _other_year(text: str, year: int | None) -> bool:
    """Whether ``text`` speaks of another year than ``year``."""
    import re

    if any(word in text for word in _OTHER_YEARS):
        return True
    years = {int(y) for y in re.findall(r"((?:19|20)\d{2})\s*年", text)}
    # the 自评 is written the year after (2026年3月 for 2025): both are this evaluation's
    return year is not None and bool(years - {year, year + 1})


def _agrees(written: str, total: Decimal) -> bool:
    """Whether a 总分 written as ``written`` is ``total`` rounded to its places."""
    try:
        value = Decimal(written)
    except InvalidOperation:  # pragma: no cover - the pattern admits digits only
        return True
    places = len(written.partition(".")[2])
    step = Decimal(1).scaleb(-places)
    return total.quantize(step, rounding=ROUND_HALF_UP) == value or total == value


def check_conclusion(loaded: Loaded, form: FormLayout | None,
                     result: Result | None) -> list[Diagnostic]:
    """A warning for each conclusion text naming a grade or a 总分 the figures do not give.

    Quiet when the figures give no grade or no 总分 (a score left blank: validation says
    so), and when the text names neither."""
    if form is None or result is None:
        return []
    names = [grade.name for grade in form.scoring.grades if grade.name]
    found: list[Diagnostic] = []
    for loc, label, written_text in texts(loaded, form):
        said: list[str] = []
        text = _this_years(written_text, loaded.project.year)
        if result.grade and names:
            import re

            grades = {m.group(1) for m in re.finditer(_grade_pattern(names), text)}
            wrong = sorted(g for g in grades if g != result.grade)
            if wrong and result.grade not in grades:  # the computed one stated: others are
                said.append("评分等级「" + "、".join(wrong) + "」")  # not this year's
        if result.total is not None:
            import re

            figures = [m.group(1) for m in re.finditer(_TOTAL, text)]
            wrong = [f for f in figures if not _agrees(f, result.total)]
            if wrong and len(wrong) == len(figures):
                said.append("总分 " + "、".join(wrong) + " 分")
        if not said:
            continue
        from perfdocs.rules.explain import score_text

        total = score_text(result.total, form) if result.total is not None else "—"
        found.append(Diagnostic(
            Severity.WARNING,
            f"{label}写的是" + "、".join(said) + f"，但按各项得分计算总分为 {total} 分、"
            f"评分等级为「{result.grade or '—'}」：这段文字照写印在"
            + ("自评表和自评报告上" if loc[1] == "说明栏" else "自评报告上")
            + "，与算出的总分、等级相矛盾；请按计算结果改写（或改正得分）",
            loaded.path, loaded.line(loc), ".".join(map(str, loc)), label, rule="conclusion-grade"))
    return found

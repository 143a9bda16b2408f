"""Rules on a project's 年度: a year mistyped goes through every figure unnoticed.

A self-evaluation is written after its year has ended; a declaration is for the coming
year or the one after. A 年度 of 2052 (for 2025) or a 自评 of the year still running
validates and renders — with 「（2052年度）」 on the form, and, in a packet, the project
quietly bound into a packet of its own year, so the right packet lacks it. So:

* ``year-not-ended``: a 自评 whose 年度 has not ended on the reference day (the run's
  ``--date``/``document_date``, else today);
* ``year-far-off``: a 年度 more than :data:`AHEAD` years after the reference day;
* ``year-folder``: the file sits in a folder named for another year (``2025/项目.yaml``
  saying 年度 2026), as README's set-up arranges a unit's files.

All are warnings (``--strict`` refuses them): a multi-year project or an early draft may be
meant. One is not: a 自评 of the running year made in its last month (:data:`CLOSING_MONTH`)
is a note — a 财政局 may ask for the 自评 before 31 December, and a warning on every file
of that round made ``--strict`` unusable and drowned the warnings that matter (tester8 F2).
They depend on the day only through its year (and that month).
"""

from __future__ import annotations

from datetime import date
from pathlib import PurePath

from perfdocs.errors import Diagnostic, Severity
from perfdocs.rules.validate import FileRules

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from perfdocs.loading.project import Loaded

WARNING = Severity.WARNING
AHEAD = 2
"""A declaration is made for the next year, sometimes the one after: further is a slip."""
CLOSING_MONTH = 12
"""From this month on, a 自评 of the running year is more likely asked for early than a
mistyped year: a note, not a warning."""
NOTE = Severity.NOTE


def folder_year(name: str) -> int | None:
    """The year a folder is named for (``2025``, ``2025年``, ``2025年度``; 1900–2099), or
    None. String work, not a pattern compiled in every process that validates."""
    for suffix in ("年度", "年"):
        if name.endswith(suffix):
            name = name[:-len(suffix)]
            break
    if len(name) == 4 and name[:2] in ("19", "20") and name[2:].isdecimal():
        return int(name)
    return None


class _Year(FileRules):
    def __init__(self, loaded: Loaded) -> None:
        self.loaded = loaded


def not_ended(year: int, today: date) -> str | None:
    """Why a 自评 of ``year`` is early on ``today`` (its year has not ended), or None."""
    if year == today.year:
        return (f"年度 {year} 尚未结束（参照日 {today.year}年{today.month}月{today.day}日），"
                "自评应在年度终了后填写：年度是否写错？")
    if year > today.year:
        return (f"年度 {year} 还没有到（今年是 {today.year} 年），"
                "自评的是已结束的年度：年度是否写错？")
    return None


def closing_early(year: int, today: date) -> bool:
    """Whether a 自评 of ``year`` made on ``today`` is the early 自评 of the closing year."""
    return year == today.year and today.month >= CLOSING_MONTH


def early_evaluation(year: int, today: date) -> str:
    """What is said of a 自评 of the closing year (:func:`closing_early`): by validate and
    the packet as a note, by evaluate-init as its 注意."""
    return (f"年度 {year} 尚未结束（参照日 {today.year}年{today.month}月{today.day}日）："
            "按提前自评处理，全年执行数请填到自评时的实际执行数；若是上一年度的自评，请改正年度")


def check_year(loaded: Loaded, today: date) -> list[Diagnostic]:
    """The 年度 of ``loaded`` against ``today`` (the reference day) and its folder."""
    project = loaded.project
    year = project.year
    rules = _Year(loaded)
    loc = ("年度",)
    found: list[Diagnostic] = []
    early = not_ended(year, today) if project.evaluation is not None else None
    if early is not None and closing_early(year, today):
        found.append(rules.at(NOTE, early_evaluation(year, today), loc, "年度", "year-not-ended"))
    elif early is not None:
        found.append(rules.at(WARNING, early, loc, "年度", "year-not-ended"))
    elif year > today.year + AHEAD:
        found.append(rules.at(
            WARNING, f"年度 {year} 比今年（{today.year}）晚 {year - today.year} 年，"
            "申报的一般是下一年度：年度是否写错？", loc, "年度", "year-far-off"))
    folder = PurePath(loaded.path).parent.name
    named = folder_year(folder)
    if named is not None and named != year:
        found.append(rules.at(
            WARNING, f"文件在「{folder}」文件夹中，年度却是 {year}：年度或文件夹是否放错？"
            "（材料包按年度分开装订，放错的项目会进到另一年的材料包里）", loc, "年度",
            "year-folder"))
    return found

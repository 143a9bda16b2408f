"""The rules' findings on a project the schema refused, said with the schema's in one run.

The rules (合计 against its rows, a target that cannot be read, 申报 against 自评…) run on a
validated project; a file or a fill-in workbook with a blank required box was refused by
the schema first, and its other slips came only in the run after the blanks were filled —
a second round trip through the colleague who filled the workbook (tester10 #6). Here a copy
of the tree has each refused box stood in for, and the rules run on that copy.

A finding may come from a stand-in (a 分值 sum, a 合计 the stood-in row adds to, a name
quoted): the copy is made twice, with two different stand-ins for every box, and only a
finding both copies give word for word is kept — and none about a stood-in box itself, its
indicator or what holds it. A tree the stand-ins cannot make valid (a part left out whole,
a 年度 that is no year) gives nothing more: the schema's findings are then all there is.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from perfdocs.errors import PerfdocsError, ValidationFailed
from perfdocs.loading.source import format_loc

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from pathlib import Path

    from perfdocs.errors import Diagnostic
    from perfdocs.loading.project import Loaded
    from perfdocs.loading.settings import Settings
    from perfdocs.loading.source import Loc
    from perfdocs.model.project import Project

_ROUNDS = 3
"""Stand-ins tried per box: a figure, then a date (a text takes the figure)."""


def _stand_ins(tree: dict[str, Any], variant: int) -> list[Any]:
    """What is tried in a refused box, in order: two copies differ in every one."""
    year = tree.get("年度")
    year = year if isinstance(year, int) and 1990 <= year <= 2100 else 2000
    return [str(variant + 1), f"{year}-01-{variant + 1:02d}", variant + 1]


def rule_findings_beside(tree: dict[str, Any], unit: str, settings: Settings,
                         loaded: Callable[[dict[str, Any], Project], Loaded], *,
                         layout_name: str | None = None) -> list[Diagnostic]:
    """Every finding ``validate`` makes on ``tree`` that the boxes the schema refused
    cannot have made, in the order the rules give them; [] when the schema passes it or
    it cannot be completed. ``loaded`` makes the loaded project of a completed copy (with
    the lines or cells of the original), as the caller loads its own."""
    from perfdocs.engine.pipeline import prepare_loaded

    refused = _refused(tree, unit)
    if not refused or any(not loc for loc in refused):
        return []
    runs: list[list[Diagnostic]] = []
    for variant in (0, 1):
        completed = _completed(tree, unit, refused, variant)
        if completed is None:
            return []
        whole, project = completed
        try:
            runs.append(list(prepare_loaded(loaded(whole, project), settings,
                                            layout_name=layout_name).diagnostics))
        except PerfdocsError as exc:
            runs.append(exc.all_diagnostics())
    other = {(d.severity, d.field, d.rule, d.message) for d in runs[1]}
    boxes = [format_loc(loc) for loc in refused]
    records = [format_loc(loc[:-1]) for loc in refused if len(loc) > 2
               and isinstance(loc[-2], int)]  # the indicator a refused box is in
    return [d for d in runs[0] if (d.severity, d.field, d.rule, d.message) in other
            and not _touches(d.field, boxes, records)]


def stood_in_projects(tree: dict[str, Any], unit: str) -> list[Project]:
    """The two completed copies of ``tree`` (:func:`rule_findings_beside`'s), as projects:
    a figure both give alike does not come from a stand-in (the workbench's 执行率 beside
    a blank 分值; tester15 F2). [] when the schema passes ``tree`` or it cannot be completed."""
    refused = _refused(tree, unit)
    if not refused or any(not loc for loc in refused):
        return []
    copies = [_completed(tree, unit, refused, variant) for variant in (0, 1)]
    return [done[1] for done in copies if done is not None] if all(copies) else []


def _refused(tree: dict[str, Any], unit: str) -> list[Loc]:
    """Where the schema refuses ``tree`` (each place once, in its order)."""
    from perfdocs.loading.core import core
    from perfdocs.loading.project import project_validator

    try:
        project_validator().validate_python(tree, context={"unit": unit})
    except core().ValidationError as exc:
        return list(dict.fromkeys(tuple(err["loc"]) for err in exc.errors()))
    return []


def _completed(tree: dict[str, Any], unit: str, refused: Iterable[Loc],
               variant: int) -> tuple[dict[str, Any], Project] | None:
    """A copy of ``tree`` with a stand-in in each refused box that the schema passes."""
    from perfdocs.loading.core import core
    from perfdocs.loading.project import project_validator

    whole = copy.deepcopy(tree)
    tried = dict.fromkeys(refused, 0)
    candidates = _stand_ins(tree, variant)
    for _ in range(_ROUNDS):
        for loc, index in tried.items():
            if not _put(whole, loc, candidates[index]):
                return None
        try:
            project: Project = project_validator().validate_python(whole,
                                                                   context={"unit": unit})
        except core().ValidationError as exc:
            again = {tuple(err["loc"]) for err in exc.errors()}
            if not again <= set(tried):  # a refusal of the stand-ins' making elsewhere
                return None
            for loc in again:
                tried[loc] += 1
                if tried[loc] >= len(candidates):
                    return None
            continue
        return whole, project
    return None


def _put(tree: Any, loc: Loc, value: Any) -> bool:
    """Write ``value`` at ``loc`` when everything around it is there."""
    node = tree
    for part in loc[:-1]:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return False
    last = loc[-1]
    if isinstance(node, dict) and isinstance(last, str):
        node[last] = value
        return True
    if isinstance(node, list) and isinstance(last, int) and 0 <= last < len(node):
        node[last] = value
        return True
    return False


def _touches(field: str | None, boxes: list[str], records: list[str]) -> bool:
    """Whether a finding's field is a stood-in box, inside one or holds one, or is in the
    indicator of one (the indicator's other findings may be of its stand-in)."""
    if not field:
        return False
    return any(_related(field, box) for box in boxes) or any(
        field == record or _inside(field, record) for record in records)


def _related(one: str, other: str) -> bool:
    return one == other or _inside(one, other) or _inside(other, one)


def _inside(field: str, outer: str) -> bool:
    return field.startswith((outer + ".", outer + "["))


def refusal_with_rules(refusal: ValidationFailed, path: str | Path, settings: Settings, *,
                       layout_name: str | None = None, strict: bool = False
                       ) -> ValidationFailed:
    """``refusal`` of a project file with :func:`rule_findings_beside` added, by line, each
    said once (a blank 实际完成值 the loader names already); ``refusal`` itself when the
    schema did not refuse the file (the rules did) or nothing is to be added."""
    from perfdocs.loading.project import Loaded, money_unit, strip_curly_quotes
    from perfdocs.loading.source import Source, load_source

    try:
        source = load_source(path)
        list(strip_curly_quotes(source))  # the values as the refusal read them
        unit = money_unit(source, settings.input_unit)
    except PerfdocsError:
        return refusal

    def loaded(tree: dict[str, Any], project: Project) -> Loaded:
        return Loaded(Source(source.path, tree, source.lines), project)

    said = refusal.all_diagnostics()
    known = {(d.field, d.message) for d in said}
    found = [d.as_error() if strict else d for d in
             rule_findings_beside(source.data, unit, settings, loaded, layout_name=layout_name)
             if (d.field, d.message) not in known]
    if not found:
        return refusal
    return ValidationFailed(refusal.file or source.path, sorted(
        [*said, *found], key=lambda d: (d.line is None, d.line or 0)))

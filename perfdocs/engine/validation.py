"""One project file checked as ``perfdocs validate`` checks it: the one path to its findings.

``validate``, the workbench's panel (perfdocs/serve/checks.py, which says it is the same as
``validate``) and ``status`` with the workbench's project list
(:func:`perfdocs.review.status.project_status`: README 「与 perfdocs status 相同」) all take
a file's findings from :func:`validate_file`. It lives in the engine, below ``review`` and
the command line, so that each can call it. The workbench once ran
:func:`~perfdocs.engine.pipeline.prepare` alone: a file with one blank 分值 showed the
schema's 「缺少必填项」 only, while ``validate`` listed the other rules' findings beside it
(:func:`~perfdocs.engine.stand_ins.refusal_with_rules`: 11 errors and 12 warnings, the
overspent 全年执行数 among them; tester15 F2); ``status`` did so until it called this too
(1 error 0 warnings beside validate's 2 errors 1 warning, and no note for a 申报 text no
form prints).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from perfdocs.errors import Diagnostic, PerfdocsError, ValidationFailed
from perfdocs.records import Record, field

if TYPE_CHECKING:
    from perfdocs.loading.settings import Settings


class Validation(Record):
    """What ``validate`` finds in one file."""

    prepared: Any = None
    """The prepared project (:class:`~perfdocs.engine.pipeline.Prepared`) when the file
    passed the schema and the rules (a ``--strict`` refusal of unprinted texts included)."""
    refusal: PerfdocsError | None = None
    """Why the file fails, as ``validate`` reports it; None when it passes."""
    diagnostics: list[Diagnostic] = field(default_factory=list)
    """Every line ``validate`` prints for the file, in its order."""


def validate_file(path: str | Path, settings: Settings, *, layout_name: str | None = None,
                  strict: bool = False) -> Validation:
    """The findings ``validate`` prints for the file at ``path``: a refusal with the
    rules' findings beside a schema's refusal and the 年度 warning; else the warnings, the
    自评报告's notes and the 申报 texts no form of the layout prints."""
    from perfdocs.engine.pipeline import prepare

    try:
        prepared = prepare(path, settings, layout_name=layout_name, strict=strict)
    except ValidationFailed as exc:  # the rules' findings too, not in the next run
        from perfdocs.engine.stand_ins import refusal_with_rules

        exc = refusal_with_rules(exc, path, settings, layout_name=layout_name, strict=strict)
        refused = refusal_with_year(exc, str(path), settings, strict=strict)
        return Validation(refusal=refused, diagnostics=refused.all_diagnostics())
    except PerfdocsError as exc:
        return Validation(refusal=exc, diagnostics=exc.all_diagnostics())
    from perfdocs.engine.parts import unprinted_narratives
    from perfdocs.errors import Severity
    from perfdocs.rules.report import report_notes

    # 申报 texts no form of the layout prints (tester12 F4); a layout printing no part
    # of the file is prepare's error, as render's (engine/parts.unprinted_parts)
    unprinted = unprinted_narratives(prepared.loaded, prepared.layout)
    if strict and unprinted:
        refusal = ValidationFailed(path, [d.as_error() for d in unprinted])
        return Validation(prepared=prepared, refusal=refusal,
                          diagnostics=refusal.all_diagnostics())
    found = [d for d in prepared.diagnostics if d.severity is not Severity.ERROR]
    return Validation(prepared=prepared, diagnostics=[
        *found, *report_notes(prepared.loaded, prepared.layout), *unprinted])


def year_said(year: int, settings: Any) -> tuple[str | None, bool]:
    """What ``evaluate-init`` says of a 年度 already read (the file's own, whether or not the
    schema passes the rest), and whether it refuses: :func:`perfdocs.cli.scaffold.
    evaluation_year` of a file, here for ``validate``'s refusals too."""
    from perfdocs.rules.years import closing_early, early_evaluation, not_ended

    if closing_early(year, settings.day):  # the note validate gives it (tester9 N3)
        return early_evaluation(year, settings.day), False
    early = not_ended(year, settings.day)
    return early, early is not None


def refusal_with_year(refusal: ValidationFailed, path: str, settings: Any, *,
                      strict: bool = False) -> ValidationFailed:
    """``refusal`` of a file with a 自评 part and the 年度 warning :func:`evaluation_year`
    gives evaluate-init, unless said already. ``validate`` said 19 「不能为空」 of a 自评
    part added to a 2027 project and not 「年度 2027 还没有到」 (tester10 #4): the year
    rule runs on a project the schema passed, and a 自评 part of blank boxes, the schema
    refuses. The 年度 is read from the file as written."""
    from perfdocs.errors import Diagnostic, PerfdocsError, Severity
    from perfdocs.loading.source import load_source

    said = refusal.all_diagnostics()
    if any(d.rule == "year-not-ended" for d in said):
        return refusal
    from perfdocs.model.project_checks import as_year

    try:
        source = load_source(path)
        year = as_year(source.data.get("年度"))  # 2027年 as the schema reads it
    except (PerfdocsError, ValueError):
        return refusal
    if "自评" not in source.data or not isinstance(year, int) or isinstance(year, bool) \
            or not 1990 <= year <= 2100:
        return refusal
    early, warned = year_said(year, settings)
    if early is None:
        return refusal
    found = Diagnostic(Severity.WARNING if warned else Severity.NOTE, early, source.path,
                       source.line_of(("年度",)), "年度", "年度", "year-not-ended")
    return ValidationFailed(refusal.file or path, sorted(
        [*said, found.as_error() if strict else found],
        key=lambda d: (d.line is None, d.line or 0)))

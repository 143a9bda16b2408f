"""One project file checked as ``perfdocs validate`` checks it: the one path to its findings.

``validate`` and the workbench's panel (perfdocs/serve/checks.py, which says it is the same as
``validate``) both take a file's findings from :func:`validate_file`. The workbench once ran
:func:`~perfdocs.engine.pipeline.prepare` alone: a file with one blank 分值 showed the schema's
「缺少必填项」 only, while ``validate`` listed the other rules' findings beside it
(:func:`~perfdocs.engine.stand_ins.refusal_with_rules`: 11 errors and 12 warnings, the
overspent 全年执行数 among them; tester15 F2).
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
        from perfdocs.cli.scaffold import refusal_with_year
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

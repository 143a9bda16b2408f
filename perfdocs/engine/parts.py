"""A project file's two parts (申报, 自评): which part a finding is on, and a file prepared
without one of them.

A 申报 packet and the 汇总表 print 申报表 only: a file whose errors are all in its 自评
part (``evaluate-init`` run before the year ended: a part of blank boxes) is prepared from
its 申报 part alone, as if the 自评 part were not there (tester6 #7, tester7 N5). The
packet and the summary both ask here, below both of them in the pipeline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from perfdocs.errors import Severity

if TYPE_CHECKING:
    from perfdocs.errors import Diagnostic, PerfdocsError
    from perfdocs.loading.settings import Settings


def other_part(stage: str | None) -> str | None:
    """The part of a project file that ``stage``'s packet does not hold."""
    return {"申报": "自评", "自评": "申报"}.get(stage or "")


def on_part(finding: Diagnostic, part: str) -> bool:
    """Whether ``finding`` is on ``part`` of the project file (its field under it)."""
    return finding.field is not None and (
        finding.field == part or finding.field.startswith((f"{part}.", f"{part}[")))


def only_other_part(exc: PerfdocsError, stage: str | None) -> int:
    """How many errors ``exc`` has when every one is on the part ``stage``'s packet does
    not hold (0 otherwise, or without a stage): the file can be packed without it."""
    other = other_part(stage)
    errors = [d for d in exc.all_diagnostics() if d.severity is Severity.ERROR]
    if other is None or other != "自评" or not errors \
            or not all(on_part(d, other) for d in errors):
        return 0
    return len(errors)


def prepare_part(path: str, settings: Settings, layout: str | None,
                 without: str | None = None) -> Any:
    """:func:`~perfdocs.engine.pipeline.prepare` of a project file, read ``without`` one
    part (「自评」): a 申报 packet packs a file whose 自评 part is unfinished (evaluate-init
    run too early, tester6 #7) from its 申报 part alone, as if the 自评 part were not there."""
    from perfdocs.engine.pipeline import prepare, prepare_loaded

    if without is None:
        return prepare(path, settings, layout_name=layout)
    from perfdocs.loading.project import loaded_from
    from perfdocs.loading.source import load_source
    from perfdocs.records import replace

    source = load_source(path)
    source = replace(source, data={k: v for k, v in source.data.items() if k != without})
    return prepare_loaded(loaded_from(source, settings.input_unit), settings,
                          layout_name=layout)

"""Whether a layout prints a part (申报, 自评) of a project file, and the one verdict on a
file holding a part it prints no form of (tester12 F1, F7; tester13 F3).

hubei-2020, yunnan-2022 and sichuan-2023 print no 申报表. A file whose parts its layout
prints none of is an error for every command — the pipeline's validation (validate,
render, import, status), ``check``, the packet and the 汇总表 — in the same words
(:func:`no_stage_form`); a part left out beside one the layout prints is a note
(:func:`unprinted_parts`). Here, in the rules, so that the pipeline below the engine asks
it; :mod:`perfdocs.engine.parts` gives the same names to the engine's callers.
"""

from __future__ import annotations

from contextlib import suppress

from perfdocs.errors import PerfdocsError, Severity

TYPE_CHECKING = False  # typing's, without importing typing at run time: render loads this
if TYPE_CHECKING:
    from typing import Any

    from perfdocs.errors import Diagnostic
    from perfdocs.layouts.records import Layout


HANDED_IN = {"申报": "汇总表和绩效目标申报材料", "自评": "一览表和绩效自评材料"}
"""Where a part's forms are handed in, as :func:`no_stage_form` names it."""


def no_stage_form(path: str, layout: Layout, part: str, override: str | None,
                  loaded: Any = None) -> Diagnostic | None:
    """An error when ``layout`` prints no form of ``part`` (hubei-2020 has only a 自评表),
    for a file that has that part and is to be handed in with it: the 汇总表 and the
    packet. Not a file to leave out with a note, as a file without the part is: its unit
    meant to hand it in, and a 汇总表 and cover without it would go in as complete
    (tester12 F7: 8 projects on the cover and in the manifest, 6 in the 汇总表, exit 0).
    Says the layout, the forms it has and where it was chosen (``override``: the
    command's ``--layout``), at the file's 版式 line when the file chose it. ``loaded``:
    the file as read (a fill-in workbook's 版式 is a box, not a line of ``path``)."""
    from perfdocs.errors import Diagnostic

    if prints_part(layout, part):
        return None
    from perfdocs.loading.source import load_source

    line = None
    chosen = False
    if override is None and loaded is not None:
        line, chosen = loaded.line(("版式",)), "版式" in loaded.source.data
    elif override is None:
        with suppress(PerfdocsError):  # unreadable now: said without its line
            line = load_source(path).lines.get(("版式",))
        chosen = line is not None
    where = (" --layout 给出的版式" if override is not None else
             "项目文件的「版式」" if chosen else " perfdocs.toml 的 [render] layout ")
    return Diagnostic(
        Severity.ERROR,
        f"{lacks_form(layout, part)}，这个项目的{part}部分印不出来，"
        f"不能放入{HANDED_IN[part]}：请把{where}换成有这张表的版式"
        "（perfdocs layouts 列出各版式的表）",
        file=path, line=line, field="版式", label="版式")


def unprinted_parts(loaded: Any, layout: Layout, override: str | None) -> list[Diagnostic]:
    """What ``layout`` cannot print of the file ``loaded``, one verdict for every command
    (the pipeline's validation, so validate, render, import, status; ``check`` asks too):
    an error for each part when it prints none of them (:func:`nothing_printed`: a 申报-only
    file in yunnan-2022; tester13 F3: validate said 校验通过 with a warning, import and
    check ✓, status 警告 0, render refused); a note for a part it does not print beside
    one it does (a 自评 file carrying its 申报 part): render makes the 自评表 and says what
    it left out. A note, not a warning: such a file is the usual 自评 file, and
    ``--strict`` must not refuse it (tester12's decision: no warning for it)."""
    from perfdocs.errors import Diagnostic

    held = held_parts(loaded.project)
    printed = [part for part in held if prints_part(layout, part)]
    if not printed:
        return nothing_printed(loaded.path, layout, loaded.project, override, loaded)
    forms = "、".join(kind for kind, form in layout.forms.items() if form.section in printed)
    return [Diagnostic(Severity.NOTE, f"{lacks_form(layout, part)}：{part}部分不会印出，"
                       f"只生成{forms}（{part}部分仍用于核对）", file=loaded.path,
                       line=loaded.line((part,)), field=part, label=part,
                       rule="part-unprinted")
            for part in held if part not in printed]


def held_parts(project: Any) -> list[str]:
    """The parts (申报, 自评) ``project`` holds, in that order."""
    return [part for part, section in (("申报", project.declaration),
                                       ("自评", project.evaluation)) if section is not None]


def nothing_printed(path: str, layout: Layout, project: Any, override: str | None,
                    loaded: Any = None) -> list[Diagnostic]:
    """:func:`no_stage_form` for each part ``project`` holds, when the layout prints a form
    of none of them (a 申报-only file in hubei-2020, which has only a 自评表): ``render``
    makes nothing of it and says why in these words, not that a ``--form`` no one gave
    found nothing (tester12 F1). A file some form of its layout prints (a 自评 file
    carrying its 申报 part) gets none."""
    held = held_parts(project)
    if any(prints_part(layout, part) for part in held):
        return []
    return [found for part in held
            if (found := no_stage_form(path, layout, part, override, loaded)) is not None]


def unprinted_as_notes(diagnostics: list[Diagnostic], project: Any, layout: Layout
                       ) -> list[Diagnostic]:
    """``diagnostics`` with the problems of a part no form of ``layout`` prints lowered to
    notes, when it prints another part of the file: a hebei-2019 自评 file still carrying
    the 申报 part of examples an earlier ``perfdocs new`` wrote was refused its 自评表 and
    packet over 10 errors in boxes no form prints, and the workbench cannot remove a part
    (tester18 F3). A finding about what the 自评 lacks against the 申报 stays the 自评's
    (:func:`part_of`)."""
    held = held_parts(project)
    unprinted = {part for part in held if not prints_part(layout, part)}
    if not unprinted or len(unprinted) == len(held):
        return diagnostics  # all printed; or nothing is, which unprinted_parts refuses
    return [d.as_note(f"（{part}部分不会印出，仅供核对）")
            if d.severity is not Severity.NOTE and d.rule != "part-unprinted"
            and (part := part_of(d)) in unprinted else d
            for d in diagnostics]


def prints_part(layout: Layout, part: str) -> bool:
    """Whether some form of ``layout`` prints ``part`` (hubei-2020 prints no 申报)."""
    return any(form.section == part for form in layout.forms.values())


def lacks_form(layout: Layout, part: str) -> str:
    """「版式「hubei-2020」没有「申报」部分的表（它只有自评表）」: how :func:`no_stage_form`
    starts, and the 注意 of ``init``/``new`` choosing such a layout."""
    has = "、".join(layout.forms) or "（无）"
    return f"版式「{layout.name}」没有「{part}」部分的表（它只有{has}）"


def on_part(finding: Diagnostic, part: str) -> bool:
    """Whether ``finding`` is on ``part`` of the project file (its field under it)."""
    return finding.field is not None and (
        finding.field == part or finding.field.startswith((f"{part}.", f"{part}[")))


def part_of(finding: Diagnostic) -> str | None:
    """The part ``finding`` answers for: the one its field is under, except a finding
    placed on the 申报 part about what the 自评 lacks (:data:`~perfdocs.rules.consistency.
    JUDGES_THE_EVALUATION`), which is the 自评's; None for the project as a whole."""
    if finding.rule is not None and finding.rule in _judges_the_evaluation():
        return "自评"
    return next((name for name in ("申报", "自评") if on_part(finding, name)), None)


def _judges_the_evaluation() -> frozenset[str]:
    from perfdocs.rules.consistency import JUDGES_THE_EVALUATION

    return JUDGES_THE_EVALUATION

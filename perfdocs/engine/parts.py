"""A project file's two parts (申报, 自评): which part a finding is on, and a file prepared
without one of them.

A 申报 packet and the 汇总表 print 申报表 only: a file whose errors are all in its 自评
part (``evaluate-init`` run before the year ended: a part of blank boxes) is prepared from
its 申报 part alone, as if the 自评 part were not there (tester6 #7, tester7 N5). The
packet, the summary and ``render --form`` (:func:`one_part`) all ask here, below all of
them in the pipeline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from perfdocs.errors import PerfdocsError, Severity
from perfdocs.rules.parts_printed import HANDED_IN as HANDED_IN
from perfdocs.rules.parts_printed import lacks_form as lacks_form
from perfdocs.rules.parts_printed import no_stage_form as no_stage_form
from perfdocs.rules.parts_printed import nothing_printed as nothing_printed
from perfdocs.rules.parts_printed import on_part as on_part
from perfdocs.rules.parts_printed import part_of as part_of
from perfdocs.rules.parts_printed import prints_part as prints_part
from perfdocs.rules.parts_printed import unprinted_parts as unprinted_parts

if TYPE_CHECKING:
    from perfdocs.errors import Diagnostic
    from perfdocs.layouts.records import Layout
    from perfdocs.loading.settings import Settings


def other_part(stage: str | None) -> str | None:
    """The part of a project file that ``stage``'s packet does not hold."""
    return {"申报": "自评", "自评": "申报"}.get(stage or "")


def unprinted_narratives(loaded: Any, layout: Layout) -> list[Diagnostic]:
    """A warning for each 2020 绩效目标表 narrative (项目概况, 立项依据…) the file's 申报
    part fills and no 申报 form of its layout prints (national-2020's 申报表 has none of
    them): the fill-in workbook offered the box, the text stays in the file and is on no
    form (tester12 F4). None when the layout has no 申报 form (:func:`nothing_printed`
    says that)."""
    from perfdocs.errors import Diagnostic
    from perfdocs.forms.target.builder import NARRATIVES

    declaration = loaded.project.declaration
    forms = [form for form in layout.forms.values() if form.section == "申报"]
    if declaration is None or not forms:
        return []
    printed = ("、".join(form.kind or name for name, form in layout.forms.items()
                        if form.section == "申报"))
    found = []
    for label, attribute, key in NARRATIVES:
        if attribute == "annual_goal" or not getattr(declaration, attribute, None) \
                or any(form.labels.get(label) for form in forms):
            continue
        found.append(Diagnostic(
            Severity.WARNING, f"版式「{layout.name}」的{printed}没有「{key}」一栏，这里写的内容"
            "不会印出（2020 年绩效目标表的栏目，如 shanghai-2020 的绩效目标表）",
            file=loaded.path, line=loaded.line(("申报", key)), field=f"申报.{key}", label=key,
            rule="unprinted-narrative"))
    return found


def init_note(name: str, layout_paths: tuple[str, ...]) -> str | None:
    """The 注意 of ``init --layout``/``new`` when the layout prints no 申报表 (tester12 F1:
    a Hubei clerk took hubei-2020 for the 2027 申报 and learnt at the packet that it cannot
    print one); None for a layout that does, or one that cannot be read (said later)."""
    from perfdocs.layouts.layout import load_layout

    try:
        layout = load_layout(name, layout_paths)
    except PerfdocsError:
        return None
    if prints_part(layout, "申报"):
        return None
    return (f"注意：{lacks_form(layout, '申报')}：perfdocs new 新建的项目只有自评部分；"
            f"申报部分印不出来，不能放入{HANDED_IN['申报']}，要申报的项目请用有申报表的版式"
            "（perfdocs layouts 列出各版式的表）")


def errors_only_on(exc: PerfdocsError, part: str) -> int:
    """How many errors ``exc`` has when every one is on ``part`` (:func:`part_of`; 0
    otherwise): the file can be prepared without that part."""
    errors = [d for d in exc.all_diagnostics() if d.severity is Severity.ERROR]
    if not errors or not all(part_of(d) == part for d in errors):
        return 0
    return len(errors)


def only_other_part(exc: PerfdocsError, stage: str | None) -> int:
    """How many errors ``exc`` has when every one is on the part ``stage``'s packet does
    not hold (0 otherwise, or without a stage): the file can be packed without it. Only a
    申报 packet does so: a 自评 is judged against the 申报 it follows."""
    other = other_part(stage)
    errors = [d for d in exc.all_diagnostics() if d.severity is Severity.ERROR]
    if other is None or other != "自评" or not errors \
            or not all(on_part(d, other) for d in errors):
        return 0
    return len(errors)


def one_part(path: str, settings: Settings, layout: str | None,
             kinds: tuple[str, ...] | None, exc: PerfdocsError, strict: bool = False
             ) -> tuple[Any, str] | None:
    """``render --form`` of a file ``exc`` refused, when every error is on the part the
    forms asked for (``kinds``) do not print: the file prepared without that part
    (``strict`` as the run's) and the 注意 to print; None when it cannot be (an error
    elsewhere, a form of that part asked for, the part printed missing). ``render --form
    申报表`` of a file whose 自评 part is blank boxes thus makes the 申报表 a 申报 packet
    packs (tester7 N5); the converse, a 自评表 while the 申报 part has errors, the same
    way: the 自评 forms print the 自评 part alone. ``kinds`` None: every form of the part
    printed (the workbench's preview, which offers the forms the file can make).

    Raises when the part printed has errors of its own that ``exc`` did not get to (a
    warning there under ``--strict``, found only once the file loads): ``exc``'s findings
    and those, so the refusal names what blocks the forms asked for."""
    from perfdocs.engine.pipeline import layout_of, prepare_loaded
    from perfdocs.errors import ValidationFailed
    from perfdocs.loading.project import loaded_from
    from perfdocs.loading.source import load_source
    from perfdocs.records import replace

    dropped = next((part for part in ("自评", "申报") if errors_only_on(exc, part)), None)
    if dropped is None:
        return None
    kept = "申报" if dropped == "自评" else "自评"
    try:
        source = load_source(path)
        source = replace(source, data={k: v for k, v in source.data.items() if k != dropped})
        loaded = loaded_from(source, settings.input_unit)
        chosen = layout_of(loaded, settings, layout)
    except PerfdocsError:
        return None
    if kinds is None:
        kinds = tuple(kind for kind, form in chosen.forms.items() if form.section == kept)
    forms = [form for kind, form in chosen.forms.items() if kind in kinds]
    has = loaded.project.declaration if kept == "申报" else loaded.project.evaluation
    if not forms or has is None or any(form.section != kept for form in forms):
        return None
    try:
        prepared = prepare_loaded(loaded, settings, layout_name=layout, strict=strict)
    except PerfdocsError as second:
        known = exc.all_diagnostics()
        raise ValidationFailed(path, [*known, *(d for d in second.all_diagnostics()
                                                if d not in known)]) from None
    made = "、".join(kind for kind in chosen.forms if kind in kinds)
    others = "、".join(kind for kind, form in chosen.forms.items()
                      if form.section == dropped) or f"{dropped}的表"
    count = errors_only_on(exc, dropped)
    why, fix = ("（未填完）", "填完") if dropped == "自评" else ("", "改正")
    return prepared, (f"{prepared.path}：「{dropped}」部分有 {count} 处错误{why}，"
                      f"只用{kept}部分生成了{made}；生成{others}前请{fix}（validate 列出各处）")


def prepare_part(path: str, settings: Settings, layout: str | None,
                 without: str | None = None, *, strict: bool = False) -> Any:
    """:func:`~perfdocs.engine.pipeline.prepare` of a project file, read ``without`` one
    part (「自评」): a 申报 packet packs a file whose 自评 part is unfinished (evaluate-init
    run too early, tester6 #7) from its 申报 part alone, as if the 自评 part were not there."""
    from perfdocs.engine.pipeline import prepare, prepare_loaded

    if without is None:
        return prepare(path, settings, layout_name=layout, strict=strict)
    from perfdocs.loading.project import loaded_from
    from perfdocs.loading.source import load_source
    from perfdocs.records import replace

    source = load_source(path)
    source = replace(source, data={k: v for k, v in source.data.items() if k != without})
    return prepare_loaded(loaded_from(source, settings.input_unit), settings,
                          layout_name=layout, strict=strict)

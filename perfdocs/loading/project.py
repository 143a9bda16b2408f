"""YAML file → :class:`~perfdocs.model.project.Project`, with schema errors a preparer can act on.

pydantic reports errors by location (``("自评", "绩效指标", …, "得分")``) in English; the
one translator of :mod:`perfdocs.loading.validation_messages` turns each into a
:class:`~perfdocs.errors.Diagnostic` carrying the file, the line the field was written on,
the field path in the form's own labels and a Chinese message; an unknown key gets the
nearest valid key suggested.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from perfdocs.errors import Diagnostic, InputError, Severity, ValidationFailed
from perfdocs.loading.compiled_validators import kept
from perfdocs.loading.source import Loc, Node, Source, format_loc, load_source
from perfdocs.records import Record

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from pydantic_core import ErrorDetails, SchemaValidator

    from perfdocs.loading.validation_messages import Checked
    from perfdocs.model.project import Project

PROJECT_CODE = ("model/project_models.py", "model/project.py", "model/project_checks.py",
                "model/numbers.py")
"""The modules that define the project model's fields, their twins and their checks: the
key of its kept validator (perfdocs.loading.compiled_validators)."""


def project_validator() -> SchemaValidator:
    """The project file's validator, making twins (perfdocs.model.project), kept per user:
    a warm run neither imports pydantic nor the models. Every project perfdocs loads is
    validated by it (also where the cache is off), so what a run sees never depends on
    the cache."""
    return kept("perfdocs.model.project.Project", PROJECT_CODE, _build_project_validator)


def _build_project_validator() -> SchemaValidator:
    from perfdocs.model.project_models import twin_validator

    return twin_validator()


class Loaded(Record, frozen=True, slots=True):
    """A project together with the source it came from (for line numbers)."""

    source: Source
    project: Project
    notes: tuple[Diagnostic, ...] = ()
    """What was corrected while reading (curly quotes around a value), said as notes."""

    @property
    def path(self) -> str:
        return self.source.path

    def line(self, loc: Loc) -> int | None:
        return self.source.line_of(loc)


def load_project(path: str | Path, *, default_unit: str = "元") -> Loaded:
    """Read, compose and validate the schema of one project file.

    Raises :class:`InputError` for an unreadable file and :class:`ValidationFailed` with
    every schema error for a file that reads but does not fit.
    """
    return loaded_from(load_source(path), default_unit)


def load_project_text(text: str, name: str, *, default_unit: str = "元") -> Loaded:
    """:func:`load_project` of a file's text not (yet) written: a merge to show before it
    is written (``perfdocs import --into``), its findings on the lines it will have."""
    from perfdocs.loading.source import parse_text

    return loaded_from(parse_text(text, name), default_unit)


def loaded_from(source: Source, default_unit: str = "元") -> Loaded:
    """The project of a composed file, its schema checked (see :func:`load_project`)."""
    from perfdocs.loading.core import core

    ValidationError = core().ValidationError  # pydantic's, from the extension alone
    notes = tuple(strip_curly_quotes(source))
    split = split_amounts(source)
    unit = money_unit(source, default_unit)
    try:
        project: Project = project_validator().validate_python(source.data,
                                                               context={"unit": unit})
    except ValidationError as exc:
        from perfdocs.loading.validation_messages import translate  # a fault's words only

        diagnostics = translate(exc, checked_project(source))
        if split:  # the keys an amount's thousands made are said once, by split_amounts
            made = {format_loc((*loc[:-1], key)) for loc, (_, keys) in
                    source.split_amounts.items() for key in keys}
            diagnostics = [d for d in diagnostics if not (
                d.rule == "schema:extra_forbidden" and d.field in made)]
        diagnostics = _with_unscored(source, diagnostics)
        raise ValidationFailed(source.path, [*notes, *split, *diagnostics]) from None
    if split:  # where any key is allowed the model kept the 1 of 1,037.62
        raise ValidationFailed(source.path, [*notes, *split])
    return Loaded(source, project, notes)


def money_unit(source: Source, default_unit: str = "元") -> str:
    """The 金额单位 the file's amounts are read in (the schema's context); raises
    :class:`InputError` for one that is neither 元 nor 万元."""
    unit = source.data.get("金额单位") or default_unit
    unit = unit.strip() if isinstance(unit, str) else unit  # 「万元　」: as the model reads it
    if unit not in ("元", "万元"):
        raise InputError(f"金额单位只能是「元」或「万元」，不是「{unit}」", file=source.path,
                         line=source.line_of(("金额单位",)), field="金额单位")
    return str(unit)


def _with_unscored(source: Source, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """The schema's findings with the indicators left with nothing to score, by line: the
    rule that finds those runs only on a file the schema passed, so a blank 分值 hid a
    blank 实际完成值 until the next run (tester9 R12)."""
    from perfdocs.model.unscored import unscored_blanks, unscored_message

    said = {d.field for d in diagnostics}  # a 实际完成值 written "" the schema names itself
    found = [Diagnostic(Severity.ERROR, unscored_message(name, ""), source.path,
                        source.line_of(loc), format_loc(loc), "得分", "score-undetermined", True)
             for loc, name in unscored_blanks(source.data)
             if not {format_loc(loc), format_loc((*loc[:-1], "实际完成值"))} & said]
    if not found:
        return diagnostics
    return sorted([*diagnostics, *found], key=lambda d: (d.line is None, d.line or 0))


def split_amounts(source: Source) -> list[Diagnostic]:
    """An error for each amount written with thousands commas, unquoted, inside ``{ }``.

    README allows 8,600.00 for money, and it reads so in ``键: 值`` lines; inside ``{ }``
    YAML ends an entry at each comma, so ``全年执行数: 1,037.62`` was 全年执行数: 1 and an
    unknown key 「037.62」, which told the preparer nothing of the quotes it needs.
    """
    found = []
    for loc, (amount, rest) in source.split_amounts.items():
        key, first = str(loc[-1]), amount.split(",")[0]
        extra = "、".join(f"「{r}」" for r in rest)
        found.append(Diagnostic(
            Severity.ERROR, f"{key} 的值 {amount} 写在 {{ }} 里没加引号，逗号被当作分隔符，"
            f"读成了 {key}: {first} 和多出的键{extra}：{{ }} 里带千位逗号的金额（数字）须加英文"
            f"引号，写成 {key}: \"{amount}\"（或不写逗号：{amount.replace(',', '')}）", source.path,
            source.line_of(loc), format_loc(loc), key, "split-amount"))
    return found


_CURLY = {"“": "”", "‘": "’", "＂": "＂", "«": "»"}
"""Quotes a Chinese input method types where YAML wants ``"``: to YAML they are text."""


def _may_be_quoted(text: str) -> bool:
    """Whether ``text`` starts (after blanks) with an opening Chinese quote: the only texts
    :func:`strip_curly_quotes` may change, so the others are passed over unvisited.
    (``str.lstrip`` takes off what a pattern's ``\\s*`` does; compiling that pattern cost
    ≈ 1.5 M instructions in every process.)"""
    return text.lstrip()[:1] in _CURLY


def strip_curly_quotes(source: Source) -> Iterator[Diagnostic]:
    """Take Chinese quotes off values typed as ``“≥90%”`` and say so in a note.

    A preparer quoting a target as README asks, with the input method on, types “…”;
    YAML keeps them as part of the value, the target no longer reads as a figure and the
    form would print the quotes. A value wholly inside one pair (no other quote within:
    “甲”和“乙” is a text quoting two names) loses the pair.
    """
    def walk(node: Node, loc: Loc) -> Node:
        if isinstance(node, dict):
            for key, value in node.items():
                if value is not None and (not isinstance(value, str) or _may_be_quoted(value)):
                    node[key] = walk(value, (*loc, key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                if value is not None and (not isinstance(value, str) or _may_be_quoted(value)):
                    node[index] = walk(value, (*loc, index))
        elif isinstance(node, str):
            text = node.strip()
            close = _CURLY.get(text[:1])
            inner = text[1:-1]
            if (close and len(text) > 2 and text.endswith(close) and "\n" not in text
                    and not any(q in inner for pair in _CURLY.items() for q in pair)):
                found.append(Diagnostic(
                    Severity.NOTE, f"「{text}」两边的中文引号已去掉，按「{inner}」读取"
                    "（YAML 的引号须用英文半角 \"…\"）", source.path, source.line_of(loc),
                    format_loc(loc), next((str(p) for p in reversed(loc)
                                           if isinstance(p, str)), None), "curly-quotes"))
                return inner
        return node

    found: list[Diagnostic] = []
    walk(source.data, ())
    return iter(found)


def checked_project(source: Source) -> Checked:
    """A project file as :func:`~perfdocs.loading.validation_messages.translate` reads it."""
    from perfdocs.loading.validation_messages import Checked
    from perfdocs.model.project_models import Project

    return Checked(source.path, Project, "yaml", source.line_of, "schema:{kind}",
                   keys_are_labels=True)


def schema_diagnostics(source: Source, error: ErrorDetails) -> list[Diagnostic]:
    """One pydantic fault of a project as the preparer reads it (file, line, field)."""
    from perfdocs.loading.validation_messages import diagnostics_of

    return diagnostics_of(error, checked_project(source))


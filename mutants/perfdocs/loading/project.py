"""YAML file → :class:`~perfdocs.model.project.Project`, with schema errors a preparer can act on.

pydantic reports errors by location (``("自评", "绩效指标", …, "得分")``) in English. Each is
turned into a :class:`~perfdocs.errors.Diagnostic` carrying the file, the line the field was
written on, the field path in the form's own labels and a Chinese message; an unknown key
gets the nearest valid key suggested.
"""

from __future__ import annotations

import difflib
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from perfdocs.errors import Diagnostic, InputError, Severity, ValidationFailed
from perfdocs.loading.source import Loc, Source, format_loc, load_source

_MESSAGES = {
    "missing": "缺少必填项",
    "string_type": "应为一段文字",
    "int_parsing": "应为整数",
    "int_type": "应为整数",
    "dict_type": "应为「键: 值」形式的映射",
    "model_type": "应为「键: 值」形式的映射",
    "list_type": "应为列表（每项以「- 」开头）",
    "greater_than_equal": "数值太小",
    "less_than_equal": "数值太大",
}


@dataclass(frozen=True, slots=True)
class Loaded:
    """A project together with the source it came from (for line numbers)."""

    source: Source
    project: Any  # perfdocs.model.Project; Any keeps pydantic out of start-up imports
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
    from pydantic import ValidationError

    from perfdocs.model.project import Project

    source = load_source(path)
    notes = tuple(strip_curly_quotes(source))
    unit = source.data.get("金额单位") or default_unit
    if unit not in ("元", "万元"):
        raise InputError(f"金额单位只能是「元」或「万元」，不是「{unit}」", file=source.path,
                         line=source.line_of(("金额单位",)), field="金额单位")
    try:
        project = Project.model_validate(source.data, context={"unit": unit})
    except ValidationError as exc:
        diagnostics = [_diagnostic(source, err) for err in exc.errors()]
        raise ValidationFailed(source.path, [*notes, *diagnostics]) from None
    return Loaded(source, project, notes)


_CURLY = {"“": "”", "‘": "’", "＂": "＂", "«": "»"}
"""Quotes a Chinese input method types where YAML wants ``"``: to YAML they are text."""


def strip_curly_quotes(source: Source) -> Iterator[Diagnostic]:
    """Take Chinese quotes off values typed as ``“≥90%”`` and say so in a note.

    A preparer quoting a target as README asks, with the input method on, types “…”;
    YAML keeps them as part of the value, the target no longer reads as a figure and the
    form would print the quotes. A value wholly inside one pair (no other quote within:
    “甲”和“乙” is a text quoting two names) loses the pair.
    """
    def walk(node: Any, loc: Loc) -> Any:
        if isinstance(node, dict):
            for key, value in node.items():
                node[key] = walk(value, (*loc, key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
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


def _diagnostic(source: Source, err: Any) -> Diagnostic:
    loc: Loc = tuple(err["loc"])
    kind = err["type"]
    field = format_loc(loc)
    label = next((p for p in reversed(loc) if isinstance(p, str)), None)
    if kind == "extra_forbidden":
        allowed = allowed_keys(loc[:-1])
        message = f"未知的键「{loc[-1]}」"
        close = difflib.get_close_matches(str(loc[-1]), allowed, n=1, cutoff=0.3)
        if close:
            message += f"，是不是「{close[0]}」？"
        elif allowed:
            message += f"；此处可用的键：{'、'.join(allowed)}"
    elif kind == "value_error":
        message = str(err.get("ctx", {}).get("error", err["msg"]))
    elif kind == "literal_error":
        message = f"只能是 {err.get('ctx', {}).get('expected', '')}"
    else:
        message = _MESSAGES.get(kind, err["msg"])
    return Diagnostic(Severity.ERROR, message, source.path, source.line_of(loc), field or None,
                      label, rule=f"schema:{kind}")


def allowed_keys(loc: Loc) -> list[str]:
    """The keys the schema accepts at ``loc`` (a mapping inside the project file)."""
    from pydantic import BaseModel

    from perfdocs.model.project import Project

    current: Any = Project
    for part in loc:
        current = _unwrap(current)
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = next((f for f in current.model_fields.values() if f.alias == part), None)
            if field is None:
                return []
            current = field.annotation
        else:
            args = typing.get_args(current)
            current = args[-1] if args else Any
    current = _unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return [f.alias for f in current.model_fields.values() if f.alias]
    return []


def _unwrap(tp: Any) -> Any:
    """Strip Optional/Annotated so the walk reaches the model class inside."""
    while True:
        origin = typing.get_origin(tp)
        if origin is typing.Annotated:
            tp = typing.get_args(tp)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(tp) if a is not type(None)]
            tp = args[0] if len(args) == 1 else tp
            if len(args) != 1:
                return tp
        else:
            return tp

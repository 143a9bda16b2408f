"""pydantic's findings in the reader's words: the one translator for every file perfdocs checks.

A project file (YAML), a layout.toml and perfdocs.toml are each checked by a pydantic model,
and pydantic reports each fault by location (``("自评", "绩效指标", …, "得分")``) in English.
:func:`translate` turns every fault of a file into a :class:`~perfdocs.errors.Diagnostic`
naming the file, the line the key was written on, the key path (list positions counted
from 1, as a person counts) with its Chinese meaning where the model gives one (a field's
``title``), and a Chinese message. An unknown key gets the nearest valid key of the model
at that place (「未知的键「format」，是不是「formats」？」), or the list of valid keys.

The words depend on the file's syntax only where writing differs (text in quotes and
lists in brackets in TOML, ``- `` items and ``键: 值`` in YAML). A model validator that finds
several faults below its own key raises :class:`Problems`, and each is reported at its key.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Callable, Collection, Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

from perfdocs._deferred import lazy_pattern
from perfdocs.errors import BlankValue, Diagnostic, Severity
from perfdocs.loading.source import Loc, format_loc
from perfdocs.records import Record

if TYPE_CHECKING:
    from pydantic import BaseModel, ValidationError
    from pydantic.fields import FieldInfo
    from pydantic_core import ErrorDetails

Syntax = Literal["yaml", "toml"]


Problem = tuple[str, str] | tuple[str, str, tuple[str, ...]]
"""(key, message) or (key, message, related keys) of one fault :class:`Problems` holds."""


class Problems(ValueError):
    """Faults a model validator found, each at a key below the model's own location.

    pydantic files a validator's ``ValueError`` under the model's location
    (``forms.自评表``) and keeps the exception, so :func:`translate` reports each fault
    on its own line, at the key to edit (``columns.level2``, ``grades[2].min``).
    """

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("；".join(f"{p[0]}: {p[1]}" for p in problems))
        self.problems: list[tuple[str, str, tuple[str, ...]]] = [
            (p[0], p[1], p[2] if len(p) > 2 else ()) for p in problems]
        """(key, message, related keys): a fault between two keys (a top step's score
        and the weight it must equal) is reported at whichever of them the checked file
        itself sets — the variant that raised the weight, not the parent holding the steps."""


class Checked(Record, frozen=True, slots=True):
    """The file a model checked, as the translator needs to know it."""

    file: str
    model: type[BaseModel]
    syntax: Syntax
    line_of: Callable[[Loc], int | None]
    rule: str
    """The diagnostics' rule: ``schema:<kind>`` for a project file, the error's name else."""
    file_of: Callable[[Loc], str] | None = None
    """The file holding a key, where it differs by key (a layout and the ones it extends)."""
    hidden: frozenset[str] = frozenset()
    """Fields set by the loader, never offered as a key to write."""
    keys_are_labels: bool = False
    """The keys are the form's own words (a project file), so the last key is the label."""
    meaning: Callable[[Loc], str | None] | None = None
    """The Chinese meaning of a key the model's fields do not name (a layout's labels and
    columns: what each prints or places)."""


def translate(exc: ValidationError, checked: Checked) -> list[Diagnostic]:
    """Every fault pydantic found in one file, in Chinese, in pydantic's order, each once."""
    found: list[Diagnostic] = []
    for error in exc.errors():
        found += diagnostics_of(error, checked)
    return list(dict.fromkeys(found))


def diagnostics_of(error: ErrorDetails, checked: Checked) -> list[Diagnostic]:
    """One pydantic fault as diagnostics: one, or one per fault a :class:`Problems` holds."""
    # pydantic marks a fault in a mapping key with "[key]" after the key: the key's own
    # line and field are what the reader edits
    loc: Loc = tuple(part for part in error["loc"] if part != "[key]")
    cause = (error.get("ctx") or {}).get("error")
    if isinstance(cause, Problems):
        return [_related(checked, loc, key, message, related)
                for key, message, related in cause.problems]
    blank = error["type"] in _BLANK_KINDS or isinstance(cause, BlankValue)
    return [_diagnostic(checked, loc, message(error, loc, checked), error["type"], blank)]


def _related(checked: Checked, loc: Loc, key: str, text: str, related: tuple[str, ...]
             ) -> Diagnostic:
    """A fault between ``key`` and ``related`` keys, at the one the checked file sets (when
    the keys come from different files of an ``extends`` chain), naming where the other is."""
    at: Loc = (*loc, *key_loc(key))
    if related and checked.file_of is not None and checked.file_of(at) != checked.file:
        for other in related:
            moved: Loc = (*loc, *key_loc(other))
            if checked.file_of(moved) == checked.file:
                line = checked.line_of(at)
                where = checked.file_of(at) + (f":{line}" if line else "")
                text = f"{text}（{format_loc(at)} 在 {where}）"
                at = moved
                break
    return _diagnostic(checked, at, text, "value_error")


_BLANK_KINDS = frozenset({"missing", "string_too_short"})
"""pydantic's kinds of fault that mean a box is not filled in (not filled wrongly)."""


def _diagnostic(checked: Checked, loc: Loc, text: str, kind: str, blank: bool = False
                ) -> Diagnostic:
    file = checked.file_of(loc) if checked.file_of else checked.file
    rule = checked.rule.format(kind=kind)
    return Diagnostic(Severity.ERROR, text, file, checked.line_of(loc), format_loc(loc) or None,
                      label_of(checked, loc), rule, blank)


def label_of(checked: Checked, loc: Loc) -> str | None:
    """The key's Chinese meaning: the file kind's own words, its field's ``title``, else (a
    project file) the key."""
    said = checked.meaning(loc) if checked.meaning else None
    if said:
        return said
    info = field_at(checked.model, loc)
    if info is not None and info.title:
        return info.title
    if checked.keys_are_labels:
        return next((str(p) for p in reversed(loc) if isinstance(p, str)), None)
    return None


_TYPE_WORDS: dict[Syntax, dict[str, str]] = {
    "yaml": {"string_type": "应为一段文字", "dict_type": "应为「键: 值」形式的映射",
             "list_type": "应为列表（每项以「- 」开头）", "bool_type": "应为 是 或 否"},
    "toml": {"string_type": "应为用引号写的文字", "dict_type": "应为表（[…] 一节或 { … }）",
             "list_type": "应为列表，如 [1, 2]", "bool_type": "应为 true 或 false"},
}
"""What a value should be, where the way to write it differs between YAML and TOML."""
_SAME_AS = {"model_type": "dict_type", "model_attributes_type": "dict_type",
            "bool_parsing": "bool_type", "tuple_type": "list_type", "set_type": "list_type"}

_WORDS = {
    "missing": "缺少必填项",
    "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
    "finite_number": "应为数字", "decimal_type": "应为数字", "decimal_parsing": "应为数字",
    "float_type": "应为数字", "float_parsing": "应为数字",
    "string_too_short": "不能为空",
    "date_type": "应为日期，如 2025-01-15", "datetime_type": "应为日期，如 2025-01-15",
}
_LEFT_OUT: dict[Loc, str] = {
    ("金额单位",): "（不写这一行则取 perfdocs.toml 的 [input] unit，默认「元」）",
}
"""What a key of choices means when its line is left out (README's 项目文件 table), said
when it is written with nothing after it: the loader reads the amounts so, the schema
refuses the empty value."""
_BOUNDS = {"greater_than": "须大于 {gt}", "greater_than_equal": "不能小于 {ge}",
           "less_than": "须小于 {lt}", "less_than_equal": "不能大于 {le}",
           "too_short": "至少要有 {min_length} 项", "too_long": "最多 {max_length} 项",
           "string_too_long": "最多 {max_length} 个字"}


def message(error: ErrorDetails, loc: Loc, checked: Checked) -> str:
    """One pydantic fault in Chinese (pydantic's English only for a kind never seen)."""
    kind = error["type"]
    ctx = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        key = str(loc[-1])
        said = unknown_key(key, keys_at(checked.model, loc[:-1], checked.hidden))
        if checked.syntax == "toml" and "是不是" not in said:
            # a key of another table: in TOML, most likely written under the wrong header
            homes = [t for t in tables_with(checked.model, key, loc) if t != loc[:-1]]
            if homes:
                tables = " 或 ".join(_header(t) for t in homes[:3])
                said = (f"未知的键「{key}」：「{key}」是 {tables} 一节中的键，"
                        "是不是少写了这一节的标题行？")
        known = keys_at(checked.model, loc[:-1], checked.hidden)
        near = nearest(key, known)
        if "其他栏" in known and not (near and _one_edit(key, near)):
            # an indicator: a column a layout adds (完成时间…) is written under 其他栏;
            # a one-character slip (得份 for 得分) needs no such hint
            said += f"（版式加的栏请写在「其他栏」下，如 其他栏: {{{key}: …}}）"
        return said
    if kind == "value_error":
        return str(ctx.get("error", error["msg"])).removeprefix("Value error, ")
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        gap = " " if checked.syntax == "toml" else ""  # "a" 或 "b", but 「a」或「b」
        shown = [_shown(c, checked.syntax) for c in choices]
        wanted = f"{'、'.join(shown[:-1])}{gap}或{gap}{shown[-1]}" if len(shown) > 1 \
            else "".join(shown)
        if error.get("input") is None:  # 「金额单位:」 with nothing after it: not 「不是None」
            return f"不能为空：写{gap}{wanted}{_LEFT_OUT.get(loc, '')}"
        return f"应为{gap}{wanted}，不是{gap}{_shown(error.get('input'), checked.syntax)}"
    kind = _SAME_AS.get(kind, kind)
    text = _TYPE_WORDS[checked.syntax].get(kind) or _WORDS.get(kind)
    if text is not None:
        example = _example(checked.model, loc, checked.syntax) if kind != "missing" else None
        return f"{text.split('，如 ')[0]}，如 {example}" if example else text
    if kind in _BOUNDS:
        return _BOUNDS[kind].format(**{k: plain_number(v) for k, v in ctx.items()})
    return str(error["msg"]).removeprefix("Value error, ")


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one character changed, added or left out."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def unknown_key(key: str, known: Collection[str]) -> str:
    """「未知的键」 with the nearest known key when ``key`` looks like a typo of it, else the
    keys there are."""
    near = nearest(key, known)
    text = f"未知的键「{key}」"
    if near:
        return f"{text}，是不是「{near}」？"
    if known:
        return f"{text}；此处可用的键：{'、'.join(known)}"
    return text


def nearest(name: str, known: Iterable[str]) -> str | None:
    """The known name ``name`` is most likely a typo of, or None.

    Chinese names are a few characters long, so one wrong character already halves the
    likeness (得份 for 得分 is 0.5); Latin names (``formats``) are longer and need more.
    """
    import difflib  # a misspelt name only: not at every run's import

    cutoff = 0.6 if name.isascii() else 0.3
    found = difflib.get_close_matches(name, list(known), n=1, cutoff=cutoff)
    return found[0] if found else None


_PART = lazy_pattern(r"\.?([^.\[\]]+)|\[(\d+)\]")


def key_loc(path: str) -> Loc:
    """A key path read back into a location: ``grades[2].min`` → ``("grades", 1, "min")``."""
    return tuple(m[1] if m[1] is not None else int(m[2]) - 1 for m in _PART.finditer(path))


def keys_at(model: type[BaseModel], loc: Loc, hidden: Collection[str] = ()) -> list[str]:
    """The keys the model accepts in the mapping at ``loc`` (by alias where it has one)."""
    node = _model_at(model, loc)
    if node is None:
        return []
    names = (info.alias or name for name, info in node.model_fields.items())
    return [name for name in names if name not in hidden]


def tables_with(model: type[BaseModel], key: str, near: Loc = (), depth: int = 6
                ) -> list[Loc]:
    """Every table of the model that has ``key``, as a location (a table in an array of
    tables ends in ``-1``); a free key of a mapping (a form's name) is taken from ``near``,
    the location the key was found at, where the two share the way there."""
    found: list[Loc] = []

    def walk(node: type[BaseModel], at: Loc) -> None:
        for name, info in node.model_fields.items():
            alias = info.alias or name
            if alias == key:
                found.append(at)
            inner, steps = _inner(info.annotation)
            if inner is not None and len(at) < depth:
                here: Loc = (*at, alias)
                for step in steps:
                    if step == "*":
                        part = near[len(here)] if near[:len(here)] == here \
                            and len(near) > len(here) else "…"
                        here = (*here, part)
                    else:
                        here = (*here, -1)
                walk(inner, here)

    walk(model, ())
    return found


def _inner(annotation: object) -> tuple[type[BaseModel] | None, list[str]]:
    """The model a field holds, through dicts (``*``: a free key) and lists (``[]``)."""
    steps: list[str] = []
    node = unwrap_type(annotation)
    while typing.get_origin(node) in (dict, list):
        steps.append("*" if typing.get_origin(node) is dict else "[]")
        node = unwrap_type(typing.get_args(node)[-1])
    return (node, steps) if _is_model(node) else (None, [])


def _header(table: Loc) -> str:
    """A table's location as its TOML header: ``[forms."自评表".rounding]``, and
    ``[[….execution_steps]]`` for a table of an array of tables."""
    array = bool(table) and table[-1] == -1
    names = [str(p) for p in (table[:-1] if array else table)]
    dotted = ".".join(n if re.fullmatch(r"[A-Za-z0-9_-]+", n) else f"\"{n}\"" for n in names)
    return f"[[{dotted}]]" if array else f"[{dotted}]"


def field_at(model: type[BaseModel], loc: Loc) -> FieldInfo | None:
    """The model field a location ends at (None for a list item, a free key or no field)."""
    if not loc or not isinstance(loc[-1], str):
        return None
    node = _model_at(model, loc[:-1])
    return _field(node, loc[-1]) if node is not None else None


def _model_at(model: type[BaseModel], loc: Loc) -> type[BaseModel] | None:
    """The model class of the mapping at ``loc``, or None where there is none."""
    node: object = model
    for part in loc:
        node = unwrap_type(node)
        if _is_model(node):
            info = _field(node, str(part))
            if info is None:
                return None
            node = info.annotation
        else:
            args = typing.get_args(node)
            if not args:
                return None
            node = args[-1]  # dict[K, V] → V, list[T] → T
    node = unwrap_type(node)
    return node if _is_model(node) else None


def _field(model: type[BaseModel], key: str) -> FieldInfo | None:
    return next((info for name, info in model.model_fields.items()
                 if (info.alias or name) == key), None)


def _is_model(node: object) -> typing.TypeGuard[type[BaseModel]]:
    from pydantic import BaseModel

    return isinstance(node, type) and issubclass(node, BaseModel)


def unwrap_type(node: object) -> object:
    """``Annotated[X, …]`` and ``X | None`` → X (a union of several types stays)."""
    while True:
        origin = typing.get_origin(node)
        if origin is typing.Annotated:
            node = typing.get_args(node)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(node) if a is not type(None)]
            if len(args) != 1:
                return node
            node = args[0]
        else:
            return node


def _example(model: type[BaseModel], loc: Loc, syntax: Syntax) -> str | None:
    """The field's first ``examples`` entry as written in the file, for "如 …"."""
    info = field_at(model, loc)
    if info is None or not info.examples:
        return None
    value = info.examples[0]
    if isinstance(value, list):
        return "[" + ", ".join(_shown(v, syntax) for v in value) + "]"
    return _shown(value, syntax)


def _shown(value: object, syntax: Syntax) -> str:
    """A value as the reader typed it: TOML text in quotes, true/false; YAML text in 「」."""
    if isinstance(value, str):
        return f"\"{value}\"" if syntax == "toml" else f"「{value}」"
    if isinstance(value, bool):
        return ("true" if value else "false") if syntax == "toml" else ("是" if value else "否")
    return plain_number(value)


def plain_number(value: object) -> str:
    """A bound as written: 100, not 100.0 or Decimal('100')."""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)

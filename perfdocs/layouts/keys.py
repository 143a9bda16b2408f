"""The key reference of layout.toml, generated from the layout schema, in Chinese.

Whoever edits a layout reads Chinese and needs every key: what it does, what it takes and
its default. The list is walked from the pydantic models of
:mod:`perfdocs.layouts.checking` (so a new key cannot be left out:
:func:`missing_explanations` names any key without words, and a test keeps it empty) and
printed by ``perfdocs layouts --keys``; docs/layouts.md is the same text, kept in sync by
a test.
"""

from __future__ import annotations

import types
from collections.abc import Iterator
from decimal import Decimal
from typing import Annotated, Literal, TypeGuard, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from perfdocs.layouts.key_words import keys_words, label_words, part_words
from perfdocs.layouts.key_words import words as _words

HIDDEN = frozenset({"kind", "folder"})
"""Model fields set by the loader, never written in layout.toml."""

def schema_keys() -> list[tuple[str, FieldInfo]]:
    """(key path, field info) of every key layout.toml may hold, in schema order."""
    return [(path, info) for path, info, _ in _walk_all()]


def _walk_all() -> list[tuple[str, FieldInfo, object]]:
    """(key path, field info, default) of every key; a sub-table's default is its parent's
    (``rounding.rate`` cuts by default although a rounding spec alone rounds half-up)."""
    from perfdocs.layouts.checking import Layout

    return list(_walk(Layout, "", None))


def _walk(model: type[BaseModel], prefix: str,
          defaults: BaseModel | None) -> Iterator[tuple[str, FieldInfo, object]]:
    for name, info in model.model_fields.items():
        if name in HIDDEN:
            continue
        path = f"{prefix}{name}"
        default = getattr(defaults, name) if defaults is not None else info.default
        yield path, info, default
        inner, suffix = _inner_model(info.annotation)
        if inner is not None:
            nested = default if isinstance(default, BaseModel) and not suffix else None
            yield from _walk(inner, f"{path}{suffix}.", nested)


def _inner_model(annotation: object) -> tuple[type[BaseModel] | None, str]:
    """The model a field holds (directly, in a list, in a dict of forms), with its path part."""
    suffix = ""
    node = annotation
    for _ in range(6):
        origin = get_origin(node)
        if origin is Annotated:
            node = get_args(node)[0]
        elif origin in (Union, types.UnionType):
            node = next(a for a in get_args(node) if a is not type(None))
        elif origin is list:
            suffix += "[]"
            node = get_args(node)[0]
        elif origin is dict:
            value = get_args(node)[1]
            if _is_model(_strip(value)):
                suffix += ".*"
                node = value
            else:
                return None, ""
        else:
            break
    return (node, suffix) if _is_model(node) else (None, "")


def _strip(annotation: object) -> object:
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    return annotation


def _is_model(node: object) -> TypeGuard[type[BaseModel]]:
    return isinstance(node, type) and issubclass(node, BaseModel)


def explanation(path: str) -> str | None:
    """The words for ``path``; a rounding or display kind's subkeys share theirs."""
    keys = keys_words()
    if path in keys:
        return keys[path]
    for group in ("rounding", "display"):
        head = f"forms.*.{group}."
        if path.startswith(head) and path.count(".") == 4:
            return keys.get(f"{head}*.{path.rsplit('.', 1)[1]}")
    for lines in ("header_lines", "footer_lines"):
        head = f"forms.*.{lines}[][]."
        if path.startswith(head):
            return keys.get(f"forms.*.header_lines[].{path.removeprefix(head)}")
    return None


def missing_explanations() -> list[str]:
    """Schema keys (and builder labels/parts) that have no Chinese words: kept empty by a test."""
    from perfdocs.layouts.layout import BUILDER_PARTS

    missing = [path for path, _ in schema_keys() if explanation(path) is None]
    for parts in BUILDER_PARTS.values():
        missing += [f"labels.{k}" for k in parts.all_labels if k not in label_words()]
        missing += [f"columns.{k}" for k in parts.parts if k not in part_words()]
    return sorted(set(missing))


def _default(value: object) -> str:
    if value is PydanticUndefined:
        return "必填"
    if isinstance(value, BaseModel) or value in ({}, []):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, str):
        return f"\"{value}\""
    return "" if value is None else str(value)


def _kind(info: FieldInfo) -> str:
    node = _strip(info.annotation)
    if get_origin(node) in (Union, types.UnionType):
        node = next(a for a in get_args(node) if a is not type(None))
    node = _strip(node)
    if get_origin(node) is Literal:
        return " / ".join(f"\"{a}\"" for a in get_args(node))
    if get_origin(node) is list:
        return "列表"
    if get_origin(node) is dict:
        return "表"
    if _is_model(node):
        return "表"
    kinds: dict[object, str] = {bool: "true/false", int: "整数", str: "文字", Decimal: "数"}
    return kinds.get(node, "")


def reference() -> str:
    """The whole key reference, as Markdown (docs/layouts.md)."""
    from perfdocs.layouts.layout import BUILDER_PARTS

    out = ["# layout.toml 键一览", "",
           "本文由 `perfdocs layouts --keys` 从版式的结构定义生成（勿手改；测试保证与程序一致）。"
           "`*` 代表表名（如 自评表），`[]` 代表列表中的每一项。", "",
           "| 键 | 取值 | 默认 | 说明 |", "|---|---|---|---|"]
    for path, info, default in _walk_all():
        words = (explanation(path) or "").replace("|", "\\|")
        out.append(f"| `{path}` | {_kind(info)} | {_default(default)} | {words} |")
    out += ["", "## labels 与 columns", "",
            "`labels.<键>` 是表上印的文字，`columns.<键>` 是该部分所在的列（\"B\" 或 \"B:D\"）。"
            "各表样可用的键如下；标为「可选」的栏名可写 \"\" 略去。", ""]
    for builder, parts in BUILDER_PARTS.items():
        out += [f"### {_words()['builders'][builder]}", "", "| labels 的键 | 印的是 |",
                "|---|---|"]
        out += [f"| `{key}` | {label_words()[key]} |" for key in parts.all_labels]
        out += ["", "| columns 的键 | 放的是 |", "|---|---|"]
        out += [f"| `{key}` | {part_words()[key]} |" for key in sorted(parts.parts)]
        out.append("")
    return "\n".join(out).rstrip() + "\n"

"""The editor's layout, read from the project model: every field under the form's label.

The model's aliases are the labels printed on the forms and its field order follows the
forms, so walking :class:`perfdocs.model.Project` gives the editor's groups and fields
without a second list to keep in step: a field added to the model appears in the editor.
Each node says what input it needs (an amount in the file's unit, a score, a date, a
choice, a text) and where its value lives in the project file (``loc``).

- a sub-model is a group (``申报``, ``项目资金``…); a group whose members are all rows of
  the same shape (``自评.项目资金``: four rows of 年初预算数/全年预算数/全年执行数) is a
  matrix, drawn as the form's table;
- ``一级 → 二级 → [三级指标…]`` is the indicator table, one row per 三级指标;
- a list of records (``修订``: one entry or a list of them) is a small table with a box
  per member (版本, 日期, 阶段, 原因), one row per entry: what a clerk types there is
  the file's own mapping, never a text to parse;
- ``勾选`` (行名 → the options ticked) is a table of the layout's tick-box rows, each
  with its options to tick, for the same reason.
"""

from __future__ import annotations

import types
import typing
from typing import Any

from perfdocs.loading.source import format_loc
from perfdocs.records import Record, field

Loc = tuple[str, ...]

SHORT_TEXTS = {"项目名称", "主管部门", "实施单位", "项目性质", "项目类别", "申报单位名称",
               "是否含有政府购买服务", "绩效类型", "评分等级", "原因", "版式"}
"""Labels whose texts fit on one line (an input rather than a growing text box)."""

SPARE_COLUMNS = ("申报名称", "备注", "其他栏")
"""Indicator columns most files never use (a differently worded name, a layout's extra
columns): folded away in the table unless a row of the file uses them."""

_KINDS = {"as_amount": "amount", "as_filled_amount": "amount", "as_score": "score",
          "as_date": "date"}
"""The model's parsing functions (perfdocs.model.project_checks) → the input a field needs."""


class Node(Record):
    """One field, group, matrix or indicator table of the editor."""

    kind: str
    """``field``, ``group``, ``matrix`` or ``table``."""
    label: str
    loc: Loc
    input: str = "text"
    """For a field: text, line, amount, score, date, int, choice, pairs (a mapping of
    names to texts, typed one ``名称: 内容`` a line), records (entries of the members in
    ``children``, one mapping or a list of them) or choices (``勾选``: the options ticked
    on each of the layout's tick-box rows, :func:`choice_box`)."""
    required: bool = False
    choices: tuple[str, ...] = ()
    hint: str = ""
    children: list[Node] = field(default_factory=list)

    @property
    def path(self) -> str:
        """The field as messages name it (``自评.项目资金.年度资金总额.年初预算数``)."""
        return format_loc(self.loc)

    @property
    def key(self) -> str:
        return self.loc[-1] if self.loc else ""


def editor_layout() -> list[Node]:
    """The project's top-level fields and sections, in the form's order."""
    from perfdocs.model.project_models import Project  # the schema's models, not the twins

    return _members(Project, ())


def _members(model: Any, loc: Loc) -> list[Node]:
    nodes = []
    for name, info in model.model_fields.items():
        label = info.alias or name
        nodes.append(_node(info.annotation, info.metadata, label, (*loc, label),
                           info.is_required(), info.description or ""))
    return nodes


def _node(annotation: Any, metadata: list[Any], label: str, loc: Loc, required: bool,
          hint: str) -> Node:
    from pydantic import BaseModel

    inner, validators = _unwrap(annotation, metadata)
    if isinstance(inner, type) and issubclass(inner, BaseModel):
        children = _members(inner, loc)
        rows = [c for c in children if c.kind == "group"]
        if len(rows) < len(children) and _is_matrix(rows):
            # 项目资金's 原因 beside its rows (printed only by layouts placing funds_reason):
            # the page draws the rows as the form's table and leaves the text to the file
            children = rows
        kind = "matrix" if _is_matrix(children) else "group"
        return Node(kind, label, loc, required=required, hint=hint, children=children)
    if typing.get_origin(inner) is dict:
        item = _tree_item(inner)
        if item is not None:
            return Node("table", label, loc, required=required, hint=hint,
                        children=_members(item, ()))
        key, value = (*typing.get_args(inner), None, None)[:2]
        if key is str and _unwrap(value, [])[0] is str:  # 填报信息, 其他栏: 名称 → 内容
            return Node("field", label, loc, "pairs", required, hint=hint)
        if key is str and typing.get_args(value) == (str,):  # 勾选: 行名 → 所勾选项
            return Node("field", label, loc, "choices", required, hint=hint)
    record = _list_item(inner)
    if record is not None:  # 修订: 版本, 日期, 阶段, 原因 per entry
        return Node("field", label, loc, "records", required, hint=hint,
                    children=_members(record, ()))
    field_kind = next((_KINDS[v] for v in validators if v in _KINDS), None)
    if field_kind is None:
        if typing.get_origin(inner) is typing.Literal:
            return Node("field", label, loc, "choice", required,
                        tuple(str(a) for a in typing.get_args(inner)), hint)
        field_kind = "int" if inner is int else ("line" if label in SHORT_TEXTS else "text")
    return Node("field", label, loc, field_kind, required, hint=hint)


def _unwrap(annotation: Any, metadata: list[Any]) -> tuple[Any, list[str]]:
    """The type inside Optional/Annotated, and the names of its parsing functions."""
    validators = [getattr(getattr(m, "func", None), "__name__", "") for m in metadata]
    tp = annotation
    while True:
        origin = typing.get_origin(tp)
        if origin is typing.Annotated:
            args = typing.get_args(tp)
            validators += [getattr(getattr(m, "func", None), "__name__", "") for m in args[1:]]
            tp = args[0]
        elif origin in (typing.Union, types.UnionType):
            members = [a for a in typing.get_args(tp) if a is not type(None)]
            if len(members) != 1:
                return tp, validators
            tp = members[0]
        else:
            return tp, validators


def _tree_item(tp: Any) -> Any:
    """The model of ``dict[str, dict[str, list[Model]]]`` (an indicator tree), else None."""
    from pydantic import BaseModel

    args = typing.get_args(tp)
    if len(args) != 2 or typing.get_origin(args[1]) is not dict:
        return None
    inner = typing.get_args(args[1])
    if len(inner) != 2 or typing.get_origin(inner[1]) is not list:
        return None
    item = typing.get_args(inner[1])[0]
    return item if isinstance(item, type) and issubclass(item, BaseModel) else None


def _list_item(tp: Any) -> Any:
    """The model of ``list[Model]``, else None."""
    from pydantic import BaseModel

    if typing.get_origin(tp) is not list:
        return None
    args = typing.get_args(tp)
    item = args[0] if args else None
    return item if isinstance(item, type) and issubclass(item, BaseModel) else None


def _is_matrix(children: list[Node]) -> bool:
    """Members that are all groups of the same plain fields: rows of one table."""
    if len(children) < 2 or any(c.kind != "group" for c in children):
        return False
    shapes = {tuple((g.key, g.kind) for g in c.children) for c in children}
    return len(shapes) == 1 and all(g.kind == "field" for c in children for g in c.children)


def pairs_text(value: Any) -> str:
    """A mapping of names to texts as the page shows it: one ``名称: 内容`` a line."""
    if not isinstance(value, dict):
        return "" if value is None else str(value)
    return "\n".join(f"{key}: {'' if item is None else item}" for key, item in value.items())


class Records(Record):
    """A records field as the page draws it: its rows, and how the file writes it."""

    rows: list[dict[str, str]]
    """One mapping of member → shown text per entry."""
    shape: str
    """``one`` (a mapping), ``many`` (a list), ``none`` (not written) or ``other`` (a value
    no entry can be read from, such as the quoted JSON text earlier workbenches saved)."""
    written: str = ""
    """For ``other``: the value as the file writes it, to show beside the boxes."""


def records(value: Any) -> Records:
    """A 修订 value as rows of boxes. A text holding a JSON mapping or list (what the
    workbench used to save, tester8 #1) is offered in the boxes it should have been;
    the file keeps it until a box is changed."""
    if value is None:
        return Records([], "none")
    if isinstance(value, dict):
        return Records([_record_row(value)], "one")
    if isinstance(value, list) and all(isinstance(item, dict) for item in value):
        return Records([_record_row(item) for item in value], "many")
    read: Any = None
    if isinstance(value, str):
        import json

        try:
            read = json.loads(value)
        except ValueError:
            read = None
    if isinstance(read, dict):
        read = [read]
    rows = ([_record_row(item) for item in read] if isinstance(read, list)
            and all(isinstance(item, dict) for item in read) else [])
    return Records(rows, "other", value if isinstance(value, str) else pairs_text(value))


class ChoiceLine(Record):
    """One tick-box row as the page draws it."""

    key: str
    """The row's key under ``勾选``."""
    label: str
    options: list[str]
    """The layout's options (empty for a row the layout does not print)."""
    multiple: bool
    ticked: list[str]
    """What the file ticks (an option the layout lacks included: validate names it)."""


class ChoiceBox(Record):
    """``勾选`` as the page draws it: a row per tick-box row of the layout, then the rows
    the file writes that the layout does not print."""

    lines: list[ChoiceLine]
    shape: str
    """``map`` (the file writes a mapping), ``none`` or ``other`` (a value no mapping can
    be read from, such as the JSON text earlier workbenches saved: tester9)."""
    written: str = ""
    """For ``other``: the value as the file writes it, to show beside the boxes."""


def choice_box(value: Any, layout: Any) -> ChoiceBox:
    """The ``勾选`` value against the layout's tick-box rows (``choice_rows``). A text
    holding a JSON mapping (an earlier workbench's save) is offered in its boxes; the file
    keeps it until one is changed."""
    shape, mapping, written_as = "map", value, ""
    if value is None:
        shape, mapping = "none", {}
    elif not isinstance(value, dict):
        import json

        shape, written_as = "other", value if isinstance(value, str) else str(value)
        try:
            mapping = json.loads(value) if isinstance(value, str) else None
        except ValueError:
            mapping = None
        mapping = mapping if isinstance(mapping, dict) else {}
    rows: dict[str, Any] = {}
    for form in getattr(layout, "forms", {}).values():
        for row in getattr(form, "choice_rows", ()):
            rows.setdefault(row.key, row)
    lines = [ChoiceLine(key, row.label, list(row.options), row.multiple,
                        _ticked(mapping.get(key))) for key, row in rows.items()]
    lines += [ChoiceLine(str(key), str(key), [], False, _ticked(item))
              for key, item in mapping.items() if str(key) not in rows]
    return ChoiceBox(lines, shape, written_as)


def _ticked(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    return [str(item) for item in items if item is not None and str(item).strip()]


def _record_row(item: dict[str, Any]) -> dict[str, str]:
    return {str(key): "" if v is None else str(v) for key, v in item.items()}


def value_at(tree: Any, loc: Loc) -> Any:
    """The value written at ``loc`` in the file's tree, or None."""
    node = tree
    for part in loc:
        if not isinstance(node, dict):
            return None
        node = node.get(part)
    return node


def arranged(node: Node, tree: Any) -> tuple[list[Node], list[Node]]:
    """A group's members the file writes (in the file's order, which follows its form:
    the 2020 绩效目标表's narrative comes before its indicators), then the required ones it
    lacks; and apart, the optional ones it does not write (other layouts' boxes)."""
    written_here = value_at(tree, node.loc)
    order = list(written_here) if isinstance(written_here, dict) else []
    present = [c for c in node.children if c.required or value_at(tree, c.loc) is not None]
    present.sort(key=lambda c: (order.index(c.key) if c.key in order
                                else len(order) + node.children.index(c)))
    absent = [c for c in node.children if c not in present]
    return present, absent


def written(tree: Any, node: Node) -> bool:
    """Whether the file writes anything for ``node`` (so its group opens by default)."""
    return value_at(tree, node.loc) is not None


def indicator_rows(tree: Any, loc: Loc) -> list[dict[str, Any]]:
    """The indicator table's rows: 一级, 二级, position and the item as written."""
    rows: list[dict[str, Any]] = []
    groups = value_at(tree, loc)
    if not isinstance(groups, dict):
        return rows
    for level1, level2s in groups.items():
        if not isinstance(level2s, dict):
            continue
        for level2, items in level2s.items():
            if not isinstance(items, list):
                continue
            for index, item in enumerate(items):
                rows.append({"level1": level1, "level2": level2, "index": index,
                             "item": item if isinstance(item, dict) else {},
                             "path": format_loc((*loc, level1, level2, index))})
    return rows


def spare_columns(node: Node, rows: list[dict[str, Any]]) -> list[str]:
    """The indicator table's columns to fold away: spare ones no row of the file uses."""
    used = {key for row in rows for key in row["item"]}
    return [c.key for c in node.children if c.key in SPARE_COLUMNS and c.key not in used]


def level_names(tree: Any, loc: Loc, layout: Any, used: dict[str, list[str]]
                ) -> dict[str, list[str]]:
    """一级 → its 二级 names to offer in the indicator table.

    The layout's own list when it has one (``categories``), then the names the
    folder's project files already use (``used``), then this file's: a preparer picks
    the usual names and may still type a new one (the validator says when it is wrong).
    """
    out: dict[str, list[str]] = {}

    def add(level1: str, level2: str | None = None) -> None:
        names = out.setdefault(level1, [])
        if level2 and level2 not in names:
            names.append(level2)

    for level1, level2s in _layout_levels(layout, loc).items():
        for level2 in _or_none(level2s):
            add(level1, level2)
    for level1, level2s in used.items():
        for level2 in _or_none(level2s):
            add(level1, level2)
    for row in indicator_rows(tree, loc):
        add(row["level1"], row["level2"])
    return out


def _layout_levels(layout: Any, loc: Loc) -> dict[str, list[str]]:
    """The 一级/二级 names a layout declares for the section at ``loc``, if it does."""
    if layout is None or not loc:
        return {}
    section = loc[0]
    for form in getattr(layout, "forms", {}).values():
        if getattr(form, "section", None) != section:
            continue
        levels = getattr(form, "categories", None)
        if isinstance(levels, dict) and levels:
            return {str(k): [str(x) for x in v] for k, v in levels.items()}
    return {}


def _or_none(names: list[str]) -> list[str | None]:
    """``names``, or one None standing for "no 二级 yet" when there are none."""
    return [*names] if names else [None]

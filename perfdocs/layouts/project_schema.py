"""The project file's JSON Schema with the names the layouts accept, for editors.

The model's part (keys, types, the Chinese words on hover) comes from
:func:`perfdocs.loading.schema.model_schema`; here, where layouts are known, 版式 is limited
to the installed layouts' names and each part's 一级/二级指标 to the names the layouts'
``categories`` allow. ``perfdocs schema`` and ``perfdocs init`` write the result; the copy
shipped in perfdocs/schemas/ is made from the bundled layouts only.
"""

from __future__ import annotations

from typing import Any

Categories = dict[str, dict[str, list[str]]]
"""Per part of a project file (申报/自评): 一级 name → the 二级 names it allows."""


def json_schema(layout_paths: tuple[str, ...] = (), *, bundled_only: bool = False) -> str:
    """The JSON Schema of a project file, as stable, readable JSON text.

    ``layout_paths`` are perfdocs.toml's extra layout folders, whose names and categories
    join the enums; ``bundled_only`` uses only the layouts shipped with perfdocs (the
    bundled schema file must not depend on the folder it is generated in).
    """
    from perfdocs.loading.schema import model_schema, schema_text

    schema = model_schema()
    defs = schema.get("$defs", {})
    names, categories = layout_vocabulary(layout_paths, bundled_only)
    if names:
        schema["properties"]["版式"]["anyOf"] = [{"type": "string", "enum": names},
                                               {"type": "null"}]
    for section, model in (("申报", "Declaration"), ("自评", "Evaluation")):
        tree = defs.get(model, {}).get("properties", {}).get("绩效指标")
        if tree is not None and categories.get(section):
            _name_levels(tree, categories[section])
    choices = choice_vocabulary(layout_paths, bundled_only)
    if choices and "勾选" in schema.get("properties", {}):
        schema["properties"]["勾选"]["properties"] = {
            key: {"anyOf": [{"enum": options},
                            {"type": "array", "items": {"enum": options}}]}
            for key, options in choices.items()}
    funds = defs.get("Funds", {}).get("properties")
    if funds is not None:
        for name, label in fund_vocabulary(layout_paths, bundled_only).items():
            funds.setdefault(name, {"$ref": "#/$defs/FundRow",
                                    "description": f"资金行「{label}」（版式的 fund_rows）。"})
    return schema_text(schema)


def fund_vocabulary(layout_paths: tuple[str, ...], bundled_only: bool = False
                    ) -> dict[str, str]:
    """The 项目资金 rows the layouts declare (``fund_rows``): project-file name → printed
    label, over every layout, so an editor offers 财政资金 or 单位资金 while typing."""
    from perfdocs.errors import PerfdocsError
    from perfdocs.layouts.layout import PACKAGE_TEMPLATES, available, read_layout

    found = available(layout_paths)
    if bundled_only:
        bundled = PACKAGE_TEMPLATES.resolve()
        found = {n: f for n, f in found.items() if f.resolve().parent == bundled}
    names: dict[str, str] = {}
    for folder in sorted(found.values()):
        try:
            layout = read_layout(folder)
        except PerfdocsError:
            continue
        for form in layout.forms.values():
            for row in form.fund_rows:
                names.setdefault(row.key, row.label.replace("\n", ""))
    return names


def choice_vocabulary(layout_paths: tuple[str, ...], bundled_only: bool = False
                      ) -> dict[str, list[str]]:
    """The options of every layout's tick-box rows (``choice_rows``) by the row's key in
    ``勾选``, over every layout (an editor offers them while typing)."""
    from perfdocs.errors import PerfdocsError
    from perfdocs.layouts.layout import PACKAGE_TEMPLATES, available, read_layout

    found = available(layout_paths)
    if bundled_only:
        bundled = PACKAGE_TEMPLATES.resolve()
        found = {n: f for n, f in found.items() if f.resolve().parent == bundled}
    choices: dict[str, list[str]] = {}
    for folder in found.values():
        try:
            layout = read_layout(folder)
        except PerfdocsError:
            continue
        for form in layout.forms.values():
            for row in form.choice_rows:
                known = choices.setdefault(row.key, [])
                known += [option for option in row.options if option not in known]
    return choices


def layout_vocabulary(layout_paths: tuple[str, ...], bundled_only: bool = False
                      ) -> tuple[list[str], Categories]:
    """Layout names, and per part (申报/自评) 一级 → 二级 names over every layout's forms."""
    from perfdocs.errors import PerfdocsError
    from perfdocs.layouts.layout import PACKAGE_TEMPLATES, available, read_layout

    found = available(layout_paths)
    if bundled_only:
        bundled = PACKAGE_TEMPLATES.resolve()
        found = {n: f for n, f in found.items() if f.resolve().parent == bundled}
    categories: Categories = {}
    for folder in found.values():
        try:
            layout = read_layout(folder)
        except PerfdocsError:
            continue  # a broken layout is reported by `perfdocs layouts`, not here
        for form in layout.forms.values():
            for level1, level2s in form.categories.items():
                known = categories.setdefault(form.section, {}).setdefault(level1, [])
                known += [name for name in level2s if name not in known]
    return sorted(found), categories


def _name_levels(tree: dict[str, Any], names: dict[str, list[str]]) -> None:
    """Constrain the 一级/二级 keys of an indicator tree to the layouts' names."""
    from perfdocs.loading.schema_text import LEVEL1, LEVEL2

    inner = tree.get("additionalProperties", {})
    items = inner.get("additionalProperties", {})
    tree["propertyNames"] = {"enum": list(names)}
    tree["properties"] = {
        level1: {"type": "object", "description": LEVEL1,
                 "propertyNames": {"enum": level2s},
                 "additionalProperties": {**items, "description": LEVEL2}}
        for level1, level2s in names.items()}

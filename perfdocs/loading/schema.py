"""The project file's JSON Schema, for editors that complete and check YAML as one types.

Generated from the pydantic model, so it cannot drift from what the loader accepts; the
words an editor shows on hover (a Chinese description and an example for every key) come
from :mod:`perfdocs.loading.schema_text`, and the names a key may take from the layouts: 版式 from
the installed layouts, 一级/二级指标 from each layout's ``categories``.

A project file points at the schema with a first line ``# yaml-language-server:
$schema=<path>`` (:func:`schema_comment`). The path is relative to the file's own folder,
so it must be computed for each file: ``perfdocs init`` writes ``perfdocs.schema.json``
beside perfdocs.toml, and a file in ``2025/`` gets ``../perfdocs.schema.json``. Without an
initialised folder above the file, the schema bundled with perfdocs is named by its
absolute ``file:`` URI.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

SCHEMA_FILE = "perfdocs.schema.json"
"""The name ``perfdocs init`` writes the schema under, beside perfdocs.toml."""
BUNDLED = Path(__file__).resolve().parents[1] / "schemas" / "project.schema.json"
"""The schema of the bundled layouts, shipped with perfdocs (kept current by a test)."""
COMMENT_PREFIX = "# yaml-language-server: $schema="


def json_schema(layout_paths: tuple[str, ...] = (), *, bundled_only: bool = False) -> str:
    """The JSON Schema of a project file, as stable, readable JSON text.

    ``layout_paths`` are perfdocs.toml's extra layout folders, whose names and categories
    join the enums; ``bundled_only`` uses only the layouts shipped with perfdocs (the
    bundled schema file must not depend on the folder it is generated in).
    """
    from perfdocs.loading.schema_text import KEYS, SECTIONS
    from perfdocs.model.project import Project

    schema = Project.model_json_schema(by_alias=True, mode="validation")
    defs = schema.get("$defs", {})
    for section, words in SECTIONS.items():
        target = schema if section == "Project" else defs.get(section)
        if target is None:
            continue
        target["description"] = words
        target.pop("title", None)
        for key, (description, example) in KEYS.get(section, {}).items():
            prop = target.get("properties", {}).get(key)
            if prop is None:
                continue
            prop["description"] = description
            prop.pop("title", None)
            if example is not None:
                prop["examples"] = [example]
    props = schema["properties"]
    props["年度"] = {**{k: v for k, v in props["年度"].items() if k not in ("type", "minimum",
                                                                         "maximum")},
                    "anyOf": [{"type": "integer", "minimum": 1990, "maximum": 2100},
                              {"type": "string", "pattern": r"^\s*(19|20|21)\d\d\s*年?\s*$"}]}
    names, categories = _layout_names(layout_paths, bundled_only)
    if names:
        props["版式"]["anyOf"] = [{"type": "string", "enum": names}, {"type": "null"}]
    for section, model in (("申报", "Declaration"), ("自评", "Evaluation")):
        tree = defs.get(model, {}).get("properties", {}).get("绩效指标")
        if tree is not None and categories.get(section):
            _name_levels(tree, categories[section])
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema",
              "$id": "https://perfdocs.invalid/project.schema.json",
              "title": "perfdocs 项目文件", **schema}
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _layout_names(layout_paths: tuple[str, ...], bundled_only: bool
                  ) -> tuple[list[str], dict[str, dict[str, list[str]]]]:
    """Layout names, and per part (申报/自评) 一级 → 二级 names over every layout's forms."""
    from perfdocs.errors import PerfdocsError
    from perfdocs.layouts.layout import PACKAGE_TEMPLATES, available, read_layout

    found = available(layout_paths)
    if bundled_only:
        bundled = PACKAGE_TEMPLATES.resolve()
        found = {n: f for n, f in found.items() if f.resolve().parent == bundled}
    categories: dict[str, dict[str, list[str]]] = {}
    for folder in found.values():
        try:
            layout = read_layout(folder)
        except PerfdocsError:
            continue  # a broken layout is reported by `perfdocs layouts`, not here
        for form in layout.forms.values():
            for level1, level2s in (getattr(form, "categories", None) or {}).items():
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


def schema_location(yaml_file: str | Path) -> str:
    """Where the ``$schema`` line of ``yaml_file`` should point, as that file reads it.

    The nearest folder above the file holding perfdocs.toml *and* the schema ``init``
    wrote gives a relative path (``../perfdocs.schema.json``); otherwise the bundled
    schema's absolute ``file:`` URI.
    """
    folder = Path(os.path.abspath(yaml_file)).parent
    for candidate in (folder, *folder.parents):
        schema = candidate / SCHEMA_FILE
        if (candidate / "perfdocs.toml").is_file() and schema.is_file():
            return Path(os.path.relpath(schema, folder)).as_posix()
    return BUNDLED.as_uri()


def schema_comment(yaml_file: str | Path) -> str:
    """The first line of a project file perfdocs writes (without the line break)."""
    return COMMENT_PREFIX + schema_location(yaml_file)


def with_schema_comment(text: str, yaml_file: str | Path) -> str:
    """``text`` starting with the file's ``$schema`` line: an existing one is replaced (it
    may point where the file no longer is), else the line is put on top."""
    line = schema_comment(yaml_file)
    first, newline, rest = text.partition("\n")
    if first.lstrip("\ufeff").startswith(COMMENT_PREFIX):
        return line + newline + rest
    return f"{line}\n{text}"

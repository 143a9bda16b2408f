"""The project file's JSON Schema, for editors that complete and check YAML as one types.

Generated from the pydantic model, so it cannot drift from what the loader accepts; the
words an editor shows on hover (a Chinese description and an example for every key) come
from :mod:`perfdocs.loading.schema_text`. The names a key may take come from the layouts
(版式 from the installed layouts, 一级/二级指标 from each layout's ``categories``), so the
whole schema is put together one layer up, by :mod:`perfdocs.layouts.project_schema`; this
module holds the model's part and where a project file finds the schema.

A project file points at the schema with a first line ``# yaml-language-server:
$schema=<path>`` (:func:`schema_comment`). The path is relative to the file's own folder,
so it must be computed for each file: ``perfdocs init`` writes ``perfdocs.schema.json``
beside perfdocs.toml, and a file in ``2025/`` gets ``../perfdocs.schema.json``. Without an
initialised folder above the file there is no line: the schema bundled with perfdocs was
once named by its absolute ``file:`` URI, a path into this machine's Python installation
that is wrong on the colleague's PC the file is shared with (tester6 10j). A relative path
travels with the folder; an absolute one never does.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

SCHEMA_FILE = "perfdocs.schema.json"
"""The name ``perfdocs init`` writes the schema under, beside perfdocs.toml."""
BUNDLED = Path(__file__).resolve().parents[1] / "schemas" / "project.schema.json"
"""The schema of the bundled layouts, shipped with perfdocs (kept current by a test)."""
COMMENT_PREFIX = "# yaml-language-server: $schema="


def model_schema() -> dict[str, Any]:
    """The JSON Schema of a project file from the model alone, with the editor's words.

    The names a layout accepts (版式, 一级/二级指标) are added one layer up, by
    :func:`perfdocs.layouts.project_schema.json_schema`, where the layouts are known.
    """
    from pydantic import BaseModel

    from perfdocs.loading.schema_text import KEYS, SECTIONS
    from perfdocs.model import project_models as project
    from perfdocs.model.project_models import Project

    # The models are defer_build, and a nested one is never built on its own; the schema
    # writes a default that is a model (项目资金总额's) through its class's serializer.
    for value in vars(project).values():
        if (isinstance(value, type) and issubclass(value, BaseModel)
                and value.__module__ == project.__name__):
            value.model_rebuild()
    schema: dict[str, Any] = Project.model_json_schema(by_alias=True, mode="validation")
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
                              {"type": "string",
                               "pattern": r"^\s*(19|20|21)\d\d\s*(年度|年)?\s*$"}]}
    return schema


def schema_text(schema: Mapping[str, Any]) -> str:
    """A schema as the stable, readable JSON text perfdocs writes (sorted keys, Chinese as is)."""
    whole = {"$schema": "https://json-schema.org/draft/2020-12/schema",
             "$id": "https://perfdocs.invalid/project.schema.json",
             "title": "perfdocs 项目文件", **schema}
    return json.dumps(whole, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def schema_location(yaml_file: str | Path) -> str | None:
    """Where the ``$schema`` line of ``yaml_file`` should point, as that file reads it.

    The nearest folder above the file holding perfdocs.toml *and* the schema ``init``
    wrote gives a relative path (``../perfdocs.schema.json``); otherwise None (no line:
    see the module's words on a path that travels).
    """
    folder = Path(os.path.abspath(yaml_file)).parent
    for candidate in (folder, *folder.parents):
        schema = candidate / SCHEMA_FILE
        if (candidate / "perfdocs.toml").is_file() and schema.is_file():
            return Path(os.path.relpath(schema, folder)).as_posix()
    return None


def schema_comment(yaml_file: str | Path) -> str | None:
    """The first line of a project file perfdocs writes (without the line break), or None
    outside an initialised folder."""
    location = schema_location(yaml_file)
    return COMMENT_PREFIX + location if location is not None else None


def _written_by_perfdocs(line: str) -> bool:
    """A ``$schema`` line perfdocs wrote: to an ``init`` schema, or (before tester6 10j) to
    the bundled one by a ``file:`` URI. A line of one's own schema is left alone."""
    target = line.removeprefix(COMMENT_PREFIX).strip()
    return target.endswith((SCHEMA_FILE, "/perfdocs/schemas/" + BUNDLED.name))


def with_schema_comment(text: str, yaml_file: str | Path) -> str:
    """``text`` starting with the file's ``$schema`` line: an existing one is replaced (it
    may point where the file no longer is), else the line is put on top. Outside an
    initialised folder, a line perfdocs once wrote is dropped and none is added."""
    line = schema_comment(yaml_file)
    first, newline, rest = text.partition("\n")
    has_line = first.lstrip("\ufeff").startswith(COMMENT_PREFIX)
    if line is None:
        return rest if has_line and _written_by_perfdocs(first.lstrip("\ufeff")) else text
    if has_line:
        return line + newline + rest
    return f"{line}\n{text}"

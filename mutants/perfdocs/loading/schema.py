"""The project file's JSON Schema, for editors that complete and check YAML.

Generated from the pydantic model, so it cannot drift from what the loader accepts. Point
an editor at it (e.g. a ``# yaml-language-server: $schema=perfdocs.schema.json`` first line).
"""

from __future__ import annotations

import json


def json_schema() -> str:
    """The JSON Schema of a project file, as stable, readable JSON text."""
    from perfdocs.model.project import Project

    schema = Project.model_json_schema(by_alias=True, mode="validation")
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema",
              "$id": "https://perfdocs.invalid/project.schema.json",
              "title": "perfdocs 项目文件", **schema}
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"

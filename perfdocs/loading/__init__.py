"""Loading: files on disk → checked values, with the line of every field.

- :mod:`~perfdocs.loading.source`: YAML text → a tree of strings that remembers each line;
- :mod:`~perfdocs.loading.project`: that tree → :class:`~perfdocs.model.project.Project`,
  with pydantic findings in the preparer's words;
- :mod:`~perfdocs.loading.settings`: perfdocs.toml → :class:`~perfdocs.loading.settings.Settings`,
  checked by a pydantic model;
- :mod:`~perfdocs.loading.validation_messages`: the one translator of pydantic's findings
  into Chinese diagnostics, for project files, layouts and perfdocs.toml;
- :mod:`~perfdocs.loading.toml_lines` and :mod:`~perfdocs.loading.toml_messages`: the line of
  every TOML key, and tomllib's syntax errors in Chinese;
- :mod:`~perfdocs.loading.yamlfile`: writing and editing project files round trip;
- :mod:`~perfdocs.loading.schema`: the model's part of the project file's JSON Schema, and
  where a file finds it (the layouts' names join it in :mod:`perfdocs.layouts.project_schema`).
"""

"""Loading: files on disk → checked values, with the line of every field.

- :mod:`~perfdocs.loading.source`: YAML text → a tree of strings that remembers each line;
- :mod:`~perfdocs.loading.project`: that tree → :class:`~perfdocs.model.project.Project`,
  with pydantic findings in the preparer's words;
- :mod:`~perfdocs.loading.settings`: perfdocs.toml → :class:`~perfdocs.loading.settings.Settings`;
- :mod:`~perfdocs.loading.schema`: the model's part of the project file's JSON Schema, and
  where a file finds it (the layouts' names join it in :mod:`perfdocs.layouts.project_schema`).
"""

"""Loading: files on disk → checked values, with the line of every field.

- :mod:`~perfdocs.loading.source`: YAML text → a tree of strings that remembers each line;
- :mod:`~perfdocs.loading.project`: that tree → :class:`~perfdocs.model.project.Project`,
  with pydantic findings in the preparer's words;
- :mod:`~perfdocs.loading.settings`: perfdocs.toml → :class:`~perfdocs.loading.settings.Settings`;
- :mod:`~perfdocs.loading.schema`: the JSON Schema of a project file, for editors.
"""

"""Layouts: a folder of data (layout.toml) and templates per province and year.

:mod:`~perfdocs.layouts.layout` finds, reads and checks a layout whole at load;
:mod:`~perfdocs.layouts.templating` is the sandboxed Jinja its texts are written in;
:mod:`~perfdocs.layouts.project_schema` is the project file's JSON Schema with the layouts'
names, and :mod:`~perfdocs.layouts.workspace` the folder ``perfdocs init`` prepares with it.
A new province or year is a new folder under templates/, not new code.
"""

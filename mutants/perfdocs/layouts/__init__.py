"""Layouts: a folder of data (layout.toml) and templates per province and year.

:mod:`~perfdocs.layouts.layout` finds, reads and checks a layout whole at load;
:mod:`~perfdocs.layouts.templating` is the sandboxed Jinja its texts are written in.
A new province or year is a new folder under templates/, not new code.
"""

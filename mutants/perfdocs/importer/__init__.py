"""Import: filled workbooks (ours or hand-made) back into a project file.

:mod:`~perfdocs.importer.workbooks` finds which form each sheet is and hands it to the
reader of that form type (``perfdocs.forms.<type>.reader``).
"""

"""Word output (.docx): the form grid poured into a user-editable template."""

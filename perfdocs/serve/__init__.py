"""``perfdocs serve``: the year's forms in a browser, on the user's own machine.

A local web workbench over the same project files as the CLI: a project list with each
file's status, an editor laid out like the form with live validation and figures, previews
and downloads, packets. The files stay the single source; the page calls the same library
functions as the commands, so both give the same figures and messages.

Importing this package imports nothing heavy: the web parts (Starlette, uvicorn) are the
optional extra ``perfdocs[serve]`` and are imported only by :mod:`perfdocs.serve.app`.
"""

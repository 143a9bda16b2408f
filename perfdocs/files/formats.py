"""The output formats perfdocs writes, by name: the one list every layer reads.

The renderer of each format is the package ``perfdocs.render.<name>`` (the registry,
:data:`perfdocs.render.FORMATS`, is made from this list). The names live here, at the
bottom of the package graph, because perfdocs.toml's ``[render] formats`` is checked against
them when the settings load (:mod:`perfdocs.loading.settings`), two layers below the
renderers. Adding a format: its package under render/ and its name here.
"""

from __future__ import annotations

OUTPUT_FORMATS: tuple[str, ...] = ("xlsx", "docx", "pdf", "html")
"""Every output format, in the order they are listed (``--format``, perfdocs.toml, help)."""

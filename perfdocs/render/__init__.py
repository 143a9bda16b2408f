"""Renderers: the renderer-neutral form grid (:mod:`perfdocs.forms.grid`) → the bytes of one
format, one package per format (``render/<format>/``) behind the
:class:`~perfdocs.render.base.Renderer` protocol. Renderers never compute.

:data:`FORMATS` is the registry: the command line's ``--format``, perfdocs.toml's
``[render] formats`` and packets take their list of formats from it. A renderer is imported
only when its format is rendered, so listing the formats costs nothing at start-up.
"""

from __future__ import annotations

import importlib

from perfdocs.files.formats import OUTPUT_FORMATS

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from perfdocs.render.base import Renderer

FORMATS: dict[str, str] = {name: f"perfdocs.render.{name}" for name in OUTPUT_FORMATS}
"""format name → the package whose ``RENDERER`` renders it (registration: the package and
its name in :data:`perfdocs.files.formats.OUTPUT_FORMATS`, which perfdocs.toml is checked
against two layers below)."""


def format_names() -> tuple[str, ...]:
    """Every registered format, in registry order."""
    return tuple(FORMATS)


def renderer(name: str) -> Renderer:
    """The renderer of format ``name``; ``KeyError`` for a format nobody registered."""
    renderer_: Renderer = importlib.import_module(FORMATS[name]).RENDERER
    return renderer_

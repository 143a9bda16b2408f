"""What a perfdocs command sets in its process before it works, whichever way it was
parsed (the click group of :mod:`perfdocs.cli.app`, or the click-free ``render`` of
:mod:`perfdocs.cli.quick_render`): one function both call, so neither can forget a step.
"""

from __future__ import annotations

import os


def prepare() -> None:
    """Settle the process for a command run (idempotent).

    pydantic looks for plugins (entry points of every installed distribution) when it
    builds its first model: ≈ 5–10 ms of every command that reads a project file, for
    plugins nobody installs into a command-line run. Its documented switch turns the
    search off; a value the user set wins. (pydantic reads it when it first builds a
    model; the kept validators of :mod:`perfdocs.loading.compiled_validators` are used only
    while it is set.)"""
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

"""Commands beyond render/validate, each a click command object the CLI registers.

- :mod:`perfdocs.cli.summary`: ``summary`` (the unit's 汇总表);
- :mod:`perfdocs.cli.scaffold`: ``new`` (a commented project file) and
  ``evaluate_init`` (``evaluate-init``: the 自评 section of a declared project).

Like :mod:`perfdocs.cli.app`, a command imports pydantic and the renderers inside its body, so
registering it keeps ``perfdocs --help`` fast. The helpers here print a
:class:`~perfdocs.errors.PerfdocsError` as ``file:line: 错误 …`` without a traceback.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from perfdocs.cli.zh import install
from perfdocs.errors import PerfdocsError

install()  # commands used on their own (tests, other groups) speak Chinese too

if TYPE_CHECKING:
    from perfdocs.loading.settings import Settings


def report(exc: PerfdocsError) -> None:
    """Print every diagnostic an error carries, one per line, on stderr."""
    for d in exc.all_diagnostics():
        click.echo(d.format(), err=True)


def guarded(func: Callable[..., Any]) -> Callable[..., Any]:
    """Exit with status 1 and the error's diagnostics when a user error is raised."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except PerfdocsError as exc:
            report(exc)
            raise SystemExit(1) from None

    return wrapper


def settings_of(ctx: click.Context) -> Settings:
    """The run's settings: ``--config`` of the main group when there is one, else defaults."""
    from perfdocs.loading.settings import load_settings

    root = ctx.find_root()
    config = root.obj.get("config") if isinstance(root.obj, dict) else None
    return load_settings(config)


def expand_globs(files: tuple[str, ...] | list[str]) -> list[str]:
    """Expand globs the shell left alone (Windows cmd passes ``2024/*.yaml`` as typed);
    keep everything else as typed, and a pattern matching nothing too (reported missing)."""
    import glob

    out: list[str] = []
    for name in files:
        if any(ch in name for ch in "*?[") and not Path(name).exists():
            out += sorted(glob.glob(name)) or [name]
        else:
            out.append(name)
    return out

"""The one guard of every command and the exit statuses, without importing click.

Every command runs through :func:`guard` (the click group applies it to each command it
invokes; :func:`perfdocs.cli.common.guarded` to a command object used on its own; the
click-free ``render`` path of :mod:`perfdocs.cli.quick_render` around its run), so no
traceback ever reaches a user: a :class:`~perfdocs.errors.PerfdocsError` is printed as
``file:line: 错误 …`` and exits with :data:`INPUT_ERROR`, click's own exceptions (a usage
error, ``ctx.exit``, an abort) go on to click, and anything else is a bug in perfdocs, said
in one line, exiting with :data:`INTERNAL` (``PERFDOCS_DEBUG=1`` lets the traceback
through). It lives apart from :mod:`perfdocs.cli.common` so that the click-free path and
the click commands share one guard, not two that could drift apart.
"""

from __future__ import annotations

import os
import sys

from perfdocs.files.console import echo_err

TYPE_CHECKING = False
if TYPE_CHECKING:
    from types import TracebackType
    from typing import Literal

    from perfdocs.errors import PerfdocsError

OK = 0
INPUT_ERROR = 1
"""A file with errors, a broken layout, a font or folder that cannot be used."""
USAGE = 2
"""An unknown option or value, a settings file that cannot be read (click's own status)."""
INTERNAL = 3
"""A bug in perfdocs."""


def report(exc: PerfdocsError) -> None:
    """Print what the user must know of an error, one finding per line, on stderr."""
    for line in exc.report_lines():
        echo_err(line)


class guard:  # used as the function it was: ``with guard():``
    """The one guard of every command: user errors exit 1, bugs exit 3, never a traceback.

    A class, not ``contextlib.contextmanager``: contextlib (≈ 1 ms to import) is imported
    by nothing else a one-form render needs."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 trace: TracebackType | None) -> Literal[False]:
        if exc is None or not isinstance(exc, Exception):
            return False  # no error, or SystemExit, KeyboardInterrupt: on as they are
        if _clicks_own(exc) or isinstance(exc, BrokenPipeError):
            return False  # a reader that has gone: click ends quietly with exit 1
        from perfdocs.errors import PerfdocsError

        if isinstance(exc, PerfdocsError):
            report(exc)
            raise SystemExit(INPUT_ERROR) from None
        if os.environ.get("PERFDOCS_DEBUG"):
            return False
        echo_err(f"perfdocs 内部错误：{type(exc).__name__}: {exc}\n"
                 "请把输入文件和这条信息一并报告；设置 PERFDOCS_DEBUG=1 可看到详细信息。")
        raise SystemExit(INTERNAL) from None


def _clicks_own(exc: Exception) -> bool:
    """Whether ``exc`` is one click handles itself (a usage error, ``Exit``, ``Abort``);
    none can be raised before click is imported, so it is not imported to ask."""
    click = sys.modules.get("click")
    if click is None:
        return False
    return isinstance(exc, (click.exceptions.Exit, click.ClickException, click.Abort))

"""The ``perfdocs`` command line: a thin layer that parses arguments, calls the library and
prints (:mod:`perfdocs.cli.app` holds the group and the core commands, the other modules
one family of commands each, :mod:`perfdocs.cli.common` the helpers every command shares).

:data:`main` is what the ``perfdocs`` console script and ``python -m perfdocs`` call. It
answers ``perfdocs``, ``-h`` and ``--help`` itself (:mod:`perfdocs.cli.front`), and runs
the common ``render`` command lines (:mod:`perfdocs.cli.quick_render`), without importing
click; anything else, and every attribute, is the click group of
:mod:`perfdocs.cli.app`, imported on first use. Each command imports the library inside
its body, so a command pays only for what it uses.
"""

from __future__ import annotations

import gc
import sys

TYPE_CHECKING = False  # typing's, without importing typing (the overview needs none of it)
if TYPE_CHECKING:
    from typing import Any

__all__ = ["main"]


class _Main:
    """The ``perfdocs`` group as the console script calls it: ``main()`` / ``main(args)``.

    A call with the command line asking for the overview (``perfdocs``, ``-h``,
    ``--help``) prints it without click, and the common ``perfdocs render …`` command
    lines run without click (:mod:`perfdocs.cli.quick_render`); every other call, and
    every attribute (``main.main``, ``main.commands``, what ``CliRunner.invoke`` uses), is
    the click group itself, imported then."""

    def __call__(self, args: Any = None, *more: Any, **options: Any) -> Any:
        roomy_collector()
        from perfdocs.files.console import tolerant_streams

        tolerant_streams()
        given = sys.argv[1:] if args is None else args
        if not more and not options and isinstance(given, list | tuple):
            status = None
            if len(given) <= 1 and tuple(given) in _OVERVIEW:
                from perfdocs.cli.front import answer  # not imported by any other command

                status = answer(args)
            elif len(given) > 1 and given[0] == COMMAND:
                from perfdocs.cli.quick_render import answer as render

                status = render(given)
            if status is not None:
                raise SystemExit(status)
        return _group()(args, *more, **options)

    def __getattr__(self, name: str) -> Any:
        return getattr(_group(), name)

    def __repr__(self) -> str:
        return repr(_group())


PYTHON_THRESHOLDS = (700, 10, 10)
"""CPython's own thresholds of the cyclic garbage collector (``gc.get_threshold()`` of a
process nobody tuned)."""

COMMAND_THRESHOLDS = (50_000, 10, 10)
"""The collector's thresholds in a ``perfdocs`` process (see :func:`roomy_collector`)."""


def roomy_collector() -> None:
    """Let the cyclic collector start only after 50,000 new container objects, not 700.

    A command imports its modules and fills its caches once and keeps nearly everything
    it makes until it exits. With Python's thresholds the collector walked those
    long-lived objects 60 times in a one-form ``render`` (10–16 ms of ≈ 0.2 s, issue
    20.2) and ≈ 1,350 times in a 200-form batch (0.54 s), finding almost nothing to free:
    the forms' own cycles are few. At 50,000 a one-form run never collects and the
    200-form batch collects 7 times (0.37 s), for ≈ 20 MB more at its peak (forked
    workers inherit the setting). A process that tuned its collector itself (an
    embedding application, a test harness) is left as it is; so is one that turned it
    off.

    The same process freezes its objects when it exits (:func:`gc.freeze` as an exit
    function, which Python runs before its last collections): Python's own
    shutdown walks every object left twice over (≈ 35 M of ≈ 580 M instructions of a
    one-form ``render``, ≈ 6 %) to find cycles it then frees with the process anyway.
    Frozen objects are still freed by their reference counts as the modules are torn
    down; only cyclic garbage is left for the system to reclaim, and what a command
    writes is closed and flushed before it returns."""
    if gc.get_threshold() == PYTHON_THRESHOLDS:
        gc.set_threshold(*COMMAND_THRESHOLDS)
        if not _FROZEN_AT_EXIT:
            import atexit  # built in: nothing to load

            atexit.register(gc.freeze)  # exit functions run last registered first
            _FROZEN_AT_EXIT.append(True)


_FROZEN_AT_EXIT: list[bool] = []
"""Whether :func:`roomy_collector` has asked for :func:`gc.freeze` at exit (once a process)."""


_OVERVIEW = ((), ("-h",), ("--help",))
"""The command lines :mod:`perfdocs.cli.front` may answer (it says which it does)."""
COMMAND = "render"
"""The command :mod:`perfdocs.cli.quick_render` may run (it says which command lines)."""


def _group() -> Any:
    from perfdocs.cli.app import main as group

    return group


main = _Main()
"""The ``perfdocs`` command (``perfdocs = "perfdocs.cli:main"`` in pyproject.toml)."""

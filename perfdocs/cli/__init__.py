"""The ``perfdocs`` command line: a thin layer that parses arguments, calls the library and
prints (:mod:`perfdocs.cli.app` holds the group and the core commands, the other modules
one family of commands each, :mod:`perfdocs.cli.common` the helpers every command shares).

:data:`main` is what the ``perfdocs`` console script and ``python -m perfdocs`` call. It
answers ``perfdocs``, ``-h`` and ``--help`` itself (:mod:`perfdocs.cli.front`), without
importing click; anything else, and every attribute, is the click group of
:mod:`perfdocs.cli.app`, imported on first use. Each command imports the library inside
its body, so a command pays only for what it uses.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing's, without importing typing (the overview needs none of it)
if TYPE_CHECKING:
    from typing import Any

__all__ = ["main"]


class _Main:
    """The ``perfdocs`` group as the console script calls it: ``main()`` / ``main(args)``.

    A call with the command line asking for the overview (``perfdocs``, ``-h``,
    ``--help``) prints it without click; every other call, and every attribute
    (``main.main``, ``main.commands``, what ``CliRunner.invoke`` uses), is the click group
    itself, imported then."""

    def __call__(self, args: Any = None, *more: Any, **options: Any) -> Any:
        if not more and not options and (args is None or isinstance(args, list | tuple)):
            from perfdocs.cli.front import answer

            status = answer(args)
            if status is not None:
                raise SystemExit(status)
        return _group()(args, *more, **options)

    def __getattr__(self, name: str) -> Any:
        return getattr(_group(), name)

    def __repr__(self) -> str:
        return repr(_group())


def _group() -> Any:
    from perfdocs.cli.app import main as group

    return group


main = _Main()
"""The ``perfdocs`` command (``perfdocs = "perfdocs.cli:main"`` in pyproject.toml)."""

"""``perfdocs render FILES …`` parsed and run without click, for the common command lines.

A user renders a form, looks at it, corrects the YAML and renders it again, many times a
day; a one-form render takes ≈ 0.2 s as a whole process, and importing click with what it
pulls (inspect, ast, gettext, uuid → platform, datetime, difflib, threading) was ≈ 25 ms
of that (issue 20.2). The ``render`` command line is simple enough to parse here exactly
as click parses it, for the forms people type: FILES with ``--format/-f``, ``--form``,
``--out/-o``, ``--strict``, ``--jobs/-j``, ``--cache/--no-cache`` and ``--executor local``,
as ``--opt value``, ``--opt=value`` or ``-oVALUE``, in any order (an option written twice
is click's to refuse: :mod:`perfdocs.cli.repeated`). The run itself is
:func:`perfdocs.cli.rendering.render`, the very body the click command runs, inside the
same guard (:mod:`perfdocs.cli.guarding`), printing through
:mod:`perfdocs.files.console` (what ``click.echo`` writes).

Whenever this module is not sure click would give the command the same parameters, it
says "not mine" (:func:`answer` returns None before doing anything) and click handles the
whole command line as it always did: an option it does not know (``--layout`` has a check
of its own; ``--help``, ``--config``, ``--scheduler``, ``--executor dask``), ``--``, a
missing value, a value starting with ``-`` or ``=``, a ``--jobs`` that is not a plain
number from 1 to 64, no file, shell completion, Windows (click expands globs and writes to
the console itself there). So is a value click refuses only once the run looks at it (a
format or a form nobody knows, :class:`perfdocs.cli.rendering.BadValue`): it is found
before anything is printed or written, and click then says it, with its usage line and
status 2. An interrupt (Ctrl+C) or a closed pipe is handed to click's own handling.

:data:`OPTIONS` is the table this parser works from; ``tests/test_quick_render.py`` checks it
against the click command's parameters (names, option strings, types, defaults, flags), so
an option added to ``render`` without a line here fails that test, and compares the
parameters with click's for several hundred command lines.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # typing's, without importing typing
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

TEXT = "text"
"""A value kept as typed (click's ``STRING``)."""
FLAG = "flag"
"""A boolean flag (click's ``BOOL``; a secondary ``--no-…`` sets False)."""
JOBS = "jobs"
"""A whole number from :data:`JOBS_RANGE` (click's ``IntRange``)."""
EXECUTOR = "executor"
"""click's ``Choice(EXECUTORS)``; only ``local`` is taken here."""
CLICKS = "clicks"
"""An option this parser leaves to click: a command line using it is not parsed here."""

JOBS_RANGE = (1, 64)
EXECUTORS = ("local", "dask")

OPTIONS: tuple[tuple[str, tuple[str, ...], tuple[str, ...], str, object], ...] = (
    # parameter name, option strings, secondary (off) strings, kind, default
    ("formats", ("--format", "-f"), (), TEXT, None),
    ("form", ("--form",), (), TEXT, "all"),
    ("out", ("--out", "-o"), (), TEXT, None),
    ("layout", ("--layout", "-l"), (), CLICKS, None),  # its value is checked by a callback
    ("strict", ("--strict",), (), FLAG, False),
    ("jobs", ("--jobs", "-j"), (), JOBS, None),
    ("use_cache", ("--cache",), ("--no-cache",), FLAG, True),
    ("executor", ("--executor",), (), EXECUTOR, "local"),
    ("scheduler", ("--scheduler",), (), CLICKS, None),
)
"""The options of ``perfdocs render`` as the click command declares them (checked by
``tests/test_quick_render.py`` against ``perfdocs.cli.app.render.params``)."""

ARGUMENT = "files"
"""The command's one argument: any number of file names, at least one (``nargs=-1``,
required)."""

COMMAND = "render"

_BY_STRING = {string: (name, kind, True) for name, opts, _off, kind, _default in OPTIONS
              for string in opts}
_BY_STRING.update({string: (name, kind, False) for name, _opts, off, kind, _default in OPTIONS
                   for string in off})


def parse(args: Sequence[str]) -> dict[str, Any] | None:
    """The parameters click's ``render`` command gets for ``args`` (the command line
    after the program name, starting with ``render``), or None when this parser is not
    certain to match click."""
    if len(args) < 2 or args[0] != COMMAND:
        return None
    params: dict[str, Any] = {name: default for name, _o, _s, _k, default in OPTIONS}
    files: list[str] = []
    given: set[str] = set()
    rest = list(args[1:])
    at = 0
    while at < len(rest):
        token = rest[at]
        at += 1
        if not isinstance(token, str):
            return None
        if token[:1] != "-" or token == "-":  # click: "-" alone is an argument
            files.append(token)
            continue
        value: str | None = None
        if token.startswith("--"):
            option, equals, attached = token.partition("=")
            if equals:
                value = attached
        else:  # -oDIR or -o DIR (every short option of render takes a value)
            option = token[:2]
            if len(token) > 2:
                value = token[2:]
                if value[:1] == "=":  # click keeps "=x" as the value: surely a typo
                    return None
        found = _BY_STRING.get(option)
        if found is None:
            return None
        name, kind, on = found
        if name in given:  # click refuses it (perfdocs.cli.repeated), with its usage line
            return None
        given.add(name)
        if kind == FLAG:
            if value is not None:  # --strict=yes: click's usage error
                return None
            params[name] = on
            continue
        if kind == CLICKS:
            return None
        if value is None:
            if at >= len(rest) or not isinstance(rest[at], str):
                return None
            value = rest[at]
            at += 1
        if value[:1] == "-":  # click would take it as the value; the user meant an option
            return None
        converted = _converted(kind, value)
        if converted is None:
            return None
        params[name] = converted
    if not files:
        return None
    params[ARGUMENT] = tuple(files)
    return params


def _converted(kind: str, value: str) -> object | None:
    """``value`` as click converts it for an option of ``kind``; None when click would
    refuse it (or this parser is not sure)."""
    if kind == TEXT:
        return value
    if kind == JOBS:
        if not (value.isascii() and value.isdigit()):
            return None
        number = int(value)
        low, high = JOBS_RANGE
        return number if low <= number <= high else None
    if kind == EXECUTOR:
        return value if value == "local" else None
    return None


def answer(args: Sequence[str] | None = None) -> int | None:
    """Run ``perfdocs render`` for ``args`` (default: the command line) without click and
    return its exit status (a failed file exits 1 by :class:`SystemExit`, as through
    click); None, having done nothing, when click must handle the command line."""
    if args is None:
        args = sys.argv[1:]
    if os.name == "nt" or sys.platform == "win32" or _completing():
        return None
    params = parse(args)
    if params is None:
        return None
    from perfdocs.cli import process, rendering
    from perfdocs.cli.guarding import guard

    process.prepare()
    try:
        with guard():
            try:
                rendering.render(
                    config=None, files=params[ARGUMENT], formats=params["formats"],
                    form=params["form"], out=params["out"], layout=params["layout"],
                    strict=params["strict"], jobs=params["jobs"],
                    use_cache=params["use_cache"], where=rendering.local_jobs)
            except rendering.BadValue:  # raised before anything is printed or written
                return None
    except SystemExit:
        raise
    except BaseException as exc:  # Ctrl+C, a closed pipe, PERFDOCS_DEBUG's traceback
        _as_click_ends(exc)
    return 0


def _completing() -> bool:
    """Whether a shell asks for completions (click's ``_<PROG>_COMPLETE`` variable)."""
    return any(name.startswith("_") and name.upper().endswith("_COMPLETE")
               for name in os.environ)


def _as_click_ends(exc: BaseException) -> None:
    """End the process as click's ``main`` ends it when a command raises ``exc``: raised
    inside a stand-in click command, so click's own handling says and does it (a blank
    line and 「已取消。」 for Ctrl+C, exit 1 quietly for a closed pipe, anything else
    raised on)."""
    from perfdocs.cli.zh import install

    install()
    import click

    @click.command()
    def stand_in() -> None:
        raise exc

    stand_in.main(args=[], prog_name=COMMAND)

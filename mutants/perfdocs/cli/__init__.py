"""The ``perfdocs`` command line: a thin layer that parses arguments, calls the library and
prints (:mod:`perfdocs.cli.app` holds the group and the core commands, the other modules
one family of commands each, :mod:`perfdocs.cli.common` the helpers every command shares).

Only click is imported at start-up; each command imports the library inside its body, so
``perfdocs --help`` answers at once.
"""

from perfdocs.cli.app import main

__all__ = ["main"]

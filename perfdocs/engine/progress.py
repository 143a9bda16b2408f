"""What a long run reports as it goes: phases (校验 / 生成 / 合订 / 打包) and items done.

Library code (the packet builder, batch renders) takes a :class:`Progress` and calls
``phase`` and ``advance``; it never knows how, or whether, that is shown. The CLI passes a
terminal line (:mod:`perfdocs.cli.progress`); everything else gets :data:`QUIET`.
"""

from __future__ import annotations

from collections.abc import Callable

PHASES = ("校验", "生成", "合订", "打包")
"""The phases of a packet, in order (others may be named; these are the usual ones)."""


class Progress:
    """Receives progress; this base class shows nothing (what non-terminals get)."""

    def phase(self, name: str, total: int, *, part: str = "", unit: str = "") -> None:
        """A new phase of ``total`` items begins (0 when its size is unknown).

        ``part`` says which of several runs of the phases this is (a packet per unit:
        "材料包 2/3 某某中心"); the same phase met again keeps what was measured of it.
        ``unit`` "B": the phase counts bytes, not items (zipping: one bound PDF weighs as
        much as a hundred forms, and an estimate by files was wild after the first).
        """

    def advance(self, label: str = "", count: int = 1) -> None:
        """``count`` more items of the current phase are done; ``label`` names the last."""

    def close(self) -> None:
        """The run is over (or failed): leave the terminal on a fresh line."""

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


QUIET = Progress()


class _ItemsDone(Progress):
    """A callback of the older API (called with each project's path once it is rendered)
    seen as a :class:`Progress`: it hears the advances of the 生成 phase only."""

    def __init__(self, callback: Callable[[str], None]) -> None:
        self.callback = callback
        self.current = ""

    def phase(self, name: str, total: int, *, part: str = "", unit: str = "") -> None:
        self.current = name

    def advance(self, label: str = "", count: int = 1) -> None:
        if self.current == "生成":
            for _ in range(count):
                self.callback(label)


def as_progress(value: Progress | Callable[[str], None] | None) -> Progress:
    """``value`` as a :class:`Progress`: None is :data:`QUIET`; a plain callback (the web
    workbench counts rendered projects with one) hears each project rendered."""
    if value is None:
        return QUIET
    if isinstance(value, Progress):
        return value
    return _ItemsDone(value)

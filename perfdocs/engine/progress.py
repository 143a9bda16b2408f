"""What a long run reports as it goes: phases (校验 / 生成 / 合订 / 打包) and items done.

Library code (the packet builder, batch renders) takes a :class:`Progress` and calls
``phase`` and ``advance``; it never knows how, or whether, that is shown. The CLI passes a
terminal line (:mod:`perfdocs.cli.progress`); everything else gets :data:`QUIET`.
"""

from __future__ import annotations

PHASES = ("校验", "生成", "合订", "打包")
"""The phases of a packet, in order (others may be named; these are the usual ones)."""


class Progress:
    """Receives progress; this base class shows nothing (what non-terminals get)."""

    def phase(self, name: str, total: int) -> None:
        """A new phase of ``total`` items begins (0 when its size is unknown)."""

    def advance(self, label: str = "", count: int = 1) -> None:
        """``count`` more items of the current phase are done; ``label`` names the last."""

    def close(self) -> None:
        """The run is over (or failed): leave the terminal on a fresh line."""

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


QUIET = Progress()

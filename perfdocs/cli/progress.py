"""Progress of a long run, in phases (校验 / 生成 / 合订 / 打包), on one terminal line.

A packet of a hundred projects takes a minute; its steps differ in kind (checking every
file, rendering each project, binding one PDF, zipping), so one bar over "files" sat at
100 % while binding and zipping went on. Here each phase has its own count and estimate,
and the line says which phase it is in.

The estimate leaves the first item out: it carries the start-up (imports, fonts, the
first layout read) and made the first guess several times too long. After that it is the
mean time of the items done in this phase times the items left, shown only once two
items (or a second) have passed. On anything but a terminal nothing is printed, so logs
and CI output stay clean.

Library code takes a :class:`perfdocs.engine.progress.Progress` (default ``QUIET``) and
calls ``phase`` and ``advance``; the CLI passes :func:`for_terminal`'s.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

from perfdocs.cli.cjk_text import display_width
from perfdocs.engine.progress import PHASES, QUIET, Progress

__all__ = ["PHASES", "QUIET", "Estimate", "Progress", "TerminalProgress", "for_terminal"]

class Estimate:
    """Time left in a phase, from the items done after the first.

    ``prior`` is what earlier runs of the same phase measured (seconds, items): a packet
    per unit renders its projects in several 生成 phases, and only the first of them pays
    the start-up; the later ones are estimated from the first item on.
    """

    def __init__(self, total: int, clock: float,
                 prior: tuple[float, int] | None = None) -> None:
        self.total = total
        self.done = 0
        self.start = clock
        self.prior = prior
        self.first_done: float | None = None
        """When measuring starts: the first item's end, or the phase's start after a prior."""
        if prior is not None:
            self.first_done = clock
        self.skipped = 0
        """What the first advance counted (its time is not measured, so neither is it)."""

    def advance(self, count: int, clock: float) -> None:
        if self.first_done is None and count:
            self.first_done = clock
            self.skipped = count
        self.done += count

    def measured(self, clock: float) -> tuple[float, int]:
        """(seconds, items) measured in this phase so far, the first item left out."""
        if self.first_done is None:
            return 0.0, 0
        return clock - self.first_done, max(0, self.done - self.skipped)

    def remaining(self, clock: float) -> float | None:
        """Seconds left, or None while too little is known to say."""
        if self.first_done is None or not self.total or self.done >= self.total:
            return None
        elapsed, measured = self.measured(clock)
        if self.prior is not None:
            elapsed, measured = elapsed + self.prior[0], measured + self.prior[1]
        if measured < 1 or (measured < 2 and elapsed < 1.0):
            return None
        return elapsed / measured * (self.total - self.done)


def _clock_text(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}:{seconds:02d}"
    return f"{minutes // 60}:{minutes % 60:02d}:{seconds:02d}"


class TerminalProgress(Progress):
    """One line on a terminal, redrawn at most ten times a second."""

    BAR = 20

    def __init__(self, stream: TextIO, *, width: int | None = None,
                 clock: object = time.monotonic) -> None:
        self.stream = stream
        self.width = width
        self.clock = clock
        self.name = ""
        self.part = ""
        self.unit = ""
        self.estimate = Estimate(0, 0.0)
        self.label = ""
        self.rates: dict[str, tuple[float, int]] = {}
        """What each phase met so far measured: (seconds, items), for its next run."""
        self.drawn = 0.0
        self.shown = False

    def _now(self) -> float:
        return self.clock()  # type: ignore[operator,no-any-return]

    def phase(self, name: str, total: int, *, part: str = "", unit: str = "") -> None:
        now = self._now()
        self._keep_rate(now)
        self.name = name
        self.part = part
        self.unit = unit
        self.estimate = Estimate(total, now, self.rates.get(name))
        self.label = ""
        self._draw(force=True)

    def advance(self, label: str = "", count: int = 1) -> None:
        now = self._now()
        self.estimate.advance(count, now)
        self.label = label
        self._draw(force=self.estimate.done >= self.estimate.total)

    def _keep_rate(self, now: float) -> None:
        """Add what the phase ending measured to its name's record."""
        if not self.name:
            return
        elapsed, items = self.estimate.measured(now)
        if self.estimate.prior is not None:
            elapsed, items = elapsed + self.estimate.prior[0], items + self.estimate.prior[1]
        if items:
            self.rates[self.name] = (elapsed, items)

    def line(self) -> str:
        """The text of the progress line as it stands."""
        est = self.estimate
        now = self._now()
        step = PHASES.index(self.name) + 1 if self.name in PHASES else 0
        head = f"[{step}/{len(PHASES)} {self.name}]" if step else f"[{self.name}]"
        if self.part:
            head += f" {self.part}"
        if est.total:
            filled = min(self.BAR, self.BAR * est.done // est.total)
            bar = "█" * filled + "░" * (self.BAR - filled)
            text = f"{head} {bar} {self._count(est.done, est.total)}"
            left = est.remaining(now)
            if est.done >= est.total:
                text += "  完成"
            elif left is None:
                text += "  估算中…"
            else:
                text += f"  还需约 {_clock_text(left)}"
        else:
            text = f"{head} {est.done}"
        if self.label:
            text += f"  {self.label}"
        return _fit(text, self._width() - 1)

    def _count(self, done: int, total: int) -> str:
        """"3/12" items, or "1.2/45.6 MB" when the phase counts bytes."""
        if self.unit != "B":
            return f"{done}/{total}"
        return f"{done / 1e6:.1f}/{total / 1e6:.1f} MB"

    def _width(self) -> int:
        if self.width:
            return self.width
        import shutil

        return shutil.get_terminal_size((80, 20)).columns

    def _draw(self, force: bool = False) -> None:
        now = self._now()
        if not force and now - self.drawn < 0.1:
            return
        self.drawn = now
        text = self.line()
        pad = max(0, self._width() - 1 - display_width(text))
        self.stream.write("\r" + text + " " * pad)
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()
            self.shown = False


def _fit(text: str, width: int) -> str:
    """``text`` cut to ``width`` terminal columns, with an ellipsis when cut."""
    if display_width(text) <= width:
        return text
    out = ""
    for ch in text:
        if display_width(out + ch) > width - 1:
            break
        out += ch
    return out + "…"


def for_terminal(stream: TextIO | None = None) -> Progress:
    """A :class:`TerminalProgress` on stderr when it is a terminal, else :data:`QUIET`."""
    stream = stream or sys.stderr
    try:
        tty = stream.isatty()
    except (AttributeError, ValueError):
        tty = False
    return TerminalProgress(stream) if tty else QUIET

"""Streams deflated on a helper thread while the document's objects are written.

The native writer's counterpart of :class:`perfdocs._compat.DeflatingAhead` (which hooks
reportlab's Flate filter): a PDF's new font subsets (30–115 KB each) and its pages
deflate on the other core while this thread makes the next subset and writes the
objects. zlib's output depends only on its input and level (6, reportlab's), so the bytes
are those of ``zlib.compress`` here. A stream shorter than ``AHEAD_SMALLEST`` is deflated
where it is needed; nothing is handed over when no core is to spare (one usable core, a
batch's workers sharing them, a busy machine: ``_compat._core_to_spare``); a stream the
helper has not begun when it is needed is deflated here, one it is deflating is waited
for.
"""

from __future__ import annotations

import zlib

from perfdocs import _compat


class Deflater:
    """``submit`` a stream's final bytes, ``result`` its deflated bytes later; ``close``
    ends the helper (the streams not yet taken are dropped). The thread is
    :class:`perfdocs._compat._Helper`, as reportlab's path's; this is only the hand-over."""

    def __init__(self) -> None:
        self._helper: _compat._Helper | None = None
        if _compat._core_to_spare():
            helper = _compat._Helper()
            if helper.start():  # else no thread to be had: every stream deflated here
                self._helper = helper

    @property
    def helping(self) -> bool:
        """Whether a helper thread deflates what is handed over."""
        return self._helper is not None

    def submit(self, data: bytes) -> _compat._Job:
        job = _compat._Job(data)
        if self._helper is not None and len(data) >= _compat.AHEAD_SMALLEST:
            self._helper.hand(job)
        return job

    def result(self, job: _compat._Job) -> bytes:
        if job.claim.acquire(False):  # not begun by the helper: deflated here
            return zlib.compress(job.text)
        job.done.acquire()
        return zlib.compress(job.text) if job.result is None else job.result

    def close(self) -> None:
        if self._helper is not None:
            self._helper.stop()
            self._helper = None

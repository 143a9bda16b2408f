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

import threading
import zlib
from collections import deque

from perfdocs import _compat


class Deflater:
    """``submit`` a stream's final bytes, ``result`` its deflated bytes later; ``close``
    ends the helper (the stream not yet taken are dropped)."""

    def __init__(self) -> None:
        self._queue: deque[_compat._Job] = deque()
        self._bell = threading.Lock()
        self._bell.acquire()
        self._closed = False
        self._thread: threading.Thread | None = None
        self._switched = False
        if _compat._core_to_spare():
            thread = threading.Thread(target=self._work, name="perfdocs-deflate", daemon=True)
            try:
                thread.start()
            except RuntimeError:  # no thread to be had: every stream deflated here
                return
            self._thread = thread
            self._switched = _compat._Switching.enter()

    def submit(self, data: bytes) -> _compat._Job:
        job = _compat._Job(data)
        if self._thread is not None and len(data) >= _compat.AHEAD_SMALLEST:
            self._queue.append(job)
            if self._bell.locked():
                self._bell.release()
        return job

    def result(self, job: _compat._Job) -> bytes:
        if job.claim.acquire(False):  # not begun by the helper: deflated here
            return zlib.compress(job.text)
        job.done.acquire()
        return zlib.compress(job.text) if job.result is None else job.result

    def _work(self) -> None:
        queue = self._queue
        while True:
            self._bell.acquire()
            while queue:
                try:
                    job = queue.popleft()
                except IndexError:
                    break
                if job.claim.acquire(False):
                    _compat._run(job)
                    job.done.release()
            if self._closed:
                return

    def close(self) -> None:
        if self._thread is None:
            return
        self._closed = True
        self._queue.clear()
        if self._bell.locked():
            self._bell.release()
        self._thread.join()
        self._thread = None
        if self._switched:
            _compat._Switching.leave()
            self._switched = False

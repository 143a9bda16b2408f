"""The one process pool: ``render --jobs``, ``packet --jobs`` (and whatever comes next) map
their work over it, results back in input order.

A finance bureau renders thousands of project files at a time; one process uses one core.
Work goes to ``jobs`` worker processes (forked where the system can, so they share what
the parent has imported), but never more than a few tasks per worker at once: the parent
holds a bounded number of results, so memory stays flat however many files there are. With
one job, or one item, everything runs in this process and nothing is forked.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

IN_FLIGHT_PER_JOB = 4
"""Tasks queued per worker: enough to keep every core busy, few enough to bound memory."""


def ordered_map(task: Callable[[Item], Result], items: Sequence[Item], jobs: int, *,
                initializer: Callable[..., None] | None = None,
                initargs: tuple[Any, ...] = ()) -> Iterator[Result]:
    """``task(item)`` for every item, yielded in input order.

    ``initializer(*initargs)`` runs once in each worker (and here when nothing is forked),
    so what every task shares is sent once, not with each item. ``task`` must be a
    module-level function (it is pickled by name).
    """
    if jobs <= 1 or len(items) <= 1:
        if initializer is not None:
            initializer(*initargs)
        for item in items:
            yield task(item)
        return
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor

    _preload_renderers()
    context = multiprocessing.get_context("spawn" if os.name == "nt" else "fork")
    window = jobs * IN_FLIGHT_PER_JOB
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=initializer,
                             initargs=initargs) as pool:
        pending: deque[Future[Result]] = deque()
        for item in items:
            pending.append(pool.submit(task, item))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _preload_renderers() -> None:
    """Import the pipeline and the renderers before forking, so that workers share them
    instead of each importing openpyxl, python-docx and reportlab again."""
    import perfdocs.engine.pipeline
    import perfdocs.render.docx.writer
    import perfdocs.render.pdf.writer
    import perfdocs.render.xlsx.writer  # noqa: F401

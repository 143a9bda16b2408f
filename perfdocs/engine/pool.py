"""Where the per-project work runs: the executors ``render``, ``packet`` (and whatever comes
next) map their work over, results back in input order.

A finance bureau renders thousands of project files at a time; one process uses one core,
and a province's batch outgrows one machine. The work is therefore written once, as a
module-level ``task(item)``, and handed to an :class:`Executor`:

- :class:`LocalPool` (``--jobs N``): ``N`` worker processes on this machine (forked where
  the system can, so they share what the parent has imported); without ``--jobs``,
  :func:`auto_jobs` picks as many as the files to do repay, up to one per core;
- :class:`perfdocs.engine.cluster.DaskExecutor` (``--executor dask --scheduler …``): the
  workers of an existing Dask cluster, which need not share this machine's files (what a
  task reads and writes is described by a :class:`~perfdocs.engine.shipping.Shipping`).

Either way never more than a few tasks per worker are in flight: the caller holds a
bounded number of results, so memory stays flat however many files there are. With one
job, or one item, everything runs in this process and nothing is forked.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any, Protocol, TypeVar

    from perfdocs.engine.shipping import Shipping

    Item = TypeVar("Item")
    Result = TypeVar("Result")
else:
    Protocol = object  # a protocol is the type checker's: a plain base at run time

IN_FLIGHT_PER_JOB = 4
"""Tasks queued per worker: enough to keep every core busy, few enough to bound memory."""

AUTO = 0
"""``jobs`` left to perfdocs (``--jobs`` not given): :func:`auto_jobs` of the items to do."""
AUTO_MAX = 8
"""At most this many automatic workers (≈ 70 MB each), however many cores there are."""
ITEMS_PER_WORKER = {"fork": 8, "spawn": 32}
"""Items to do for each automatic worker. A forked worker starts in milliseconds with what
the parent imported; a spawned one (Windows) imports perfdocs again (≈ 0.5–1 s), which
a few forms would not repay."""


def auto_jobs(count: int) -> int:
    """The workers a run of ``count`` items gets when the user did not say: one per core,
    but only as many as the items repay, so a handful of files runs in this process (no
    pool to start) and 200 files use every core without the user knowing ``--jobs``."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    per_worker = ITEMS_PER_WORKER["spawn" if os.name == "nt" else "fork"]
    return max(1, min(cores or 1, AUTO_MAX, count // per_worker))


class Executor(Protocol):
    """Runs ``task(item)`` for every item somewhere and gives the results in input order."""

    remote: bool
    """True when the tasks run on machines that do not share this one's files: the caller
    then keeps to this machine what must stay here (the render cache, the checks of where
    files go) and describes what a task reads and writes (``shipping``)."""

    def map(self, task: Callable[[Item], Result], items: Sequence[Item], *,
            initializer: Callable[..., None] | None = None, initargs: tuple[Any, ...] = (),
            shipping: Shipping | None = None,
            known: Callable[[Item], Result | None] | None = None) -> Iterator[Result]:
        """``task(item)`` for every item, yielded in input order.

        ``initializer(*initargs)`` runs once in each worker before its first task, so what
        every task shares is sent once, not with each item. ``task`` and ``initializer``
        must be module-level functions (they are pickled by name). ``known(item)``, when
        given, may answer an item here without sending it (a remote executor's render
        cache); a local pool leaves that to the task.
        """
        ...


class LocalPool:
    """``jobs`` processes on this machine (:func:`ordered_map`)."""

    remote = False

    def __init__(self, jobs: int = 1) -> None:
        self.jobs = jobs

    def map(self, task: Callable[[Item], Result], items: Sequence[Item], *,
            initializer: Callable[..., None] | None = None, initargs: tuple[Any, ...] = (),
            shipping: Shipping | None = None,
            known: Callable[[Item], Result | None] | None = None) -> Iterator[Result]:
        return _local_map(task, items, self.jobs, initializer=initializer, initargs=initargs)


Parallel = int | Executor
"""What callers pass down as ``jobs``: a number of local processes, or an executor."""


def executor_of(jobs: Parallel) -> Executor:
    """The executor ``jobs`` stands for (a number means a :class:`LocalPool`)."""
    if isinstance(jobs, int):
        return LocalPool(jobs)
    return jobs


def ordered_map(task: Callable[[Item], Result], items: Sequence[Item], jobs: Parallel, *,
                initializer: Callable[..., None] | None = None,
                initargs: tuple[Any, ...] = (),
                shipping: Shipping | None = None) -> Iterator[Result]:
    """``task(item)`` for every item, yielded in input order, on ``jobs``
    (a number of local processes, or an :class:`Executor`)."""
    return executor_of(jobs).map(task, items, initializer=initializer, initargs=initargs,
                                 shipping=shipping)


def _local_map(task: Callable[[Item], Result], items: Sequence[Item], jobs: int, *,
               initializer: Callable[..., None] | None = None,
               initargs: tuple[Any, ...] = ()) -> Iterator[Result]:
    if jobs == AUTO:
        jobs = auto_jobs(len(items))
    if jobs <= 1 or len(items) <= 1:
        if initializer is not None:
            initializer(*initargs)
        for item in items:
            yield task(item)
        return
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor

    from perfdocs._compat import share_cores

    preload_renderers()
    context = multiprocessing.get_context("spawn" if os.name == "nt" else "fork")
    window = jobs * IN_FLIGHT_PER_JOB
    shared_before = share_cores(jobs)  # the workers, forked from here, share the cores
    try:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context,
                                 initializer=initializer, initargs=initargs) as pool:
            pending: deque[Future[Result]] = deque()
            for item in items:
                pending.append(pool.submit(task, item))
                if len(pending) >= window:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
    finally:
        share_cores(shared_before)


def preload_renderers() -> None:
    """Import the pipeline and the renderers before forking, so that workers share them
    instead of each importing openpyxl, python-docx and reportlab again.

    Only the renderers of the formats this run writes: a command imports the package of
    every format it was asked for before it maps (``render`` asks each whether it needs a
    font), so those packages are what is already imported here; a PDF-only run then does
    not load python-docx, lxml and openpyxl (≈ 50 ms) into a process that never uses
    them. When no renderer package has been imported, all of them are, as before.
    """
    import importlib
    import sys

    import perfdocs.engine.pipeline  # noqa: F401
    from perfdocs.render import FORMATS

    chosen = [package for package in FORMATS.values() if package in sys.modules]
    for package in chosen or [FORMATS[name] for name in ("xlsx", "docx", "pdf")]:
        importlib.import_module(f"{package}.writer")

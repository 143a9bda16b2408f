"""``--executor dask --scheduler tcp://HOST:PORT``: the per-project work on a Dask cluster.

A province-wide or national batch (10^5 forms and more) outgrows one machine. Here the
tasks the local pool would run go to the workers of an existing ``dask.distributed``
cluster instead, with what each needs shipped to them (:mod:`perfdocs.engine.shipping`),
and come back in input order: the caller prints, checks and writes each result exactly as
after a local run, so the files and messages are the same, byte for byte.

dask is an optional dependency (``pip install "perfdocs[dask]"``) imported only here and
only when a cluster is asked for, so ``perfdocs --help`` never loads it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import uuid
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from perfdocs.engine.pool import IN_FLIGHT_PER_JOB
from perfdocs.errors import PerfdocsError

if TYPE_CHECKING:
    from perfdocs.engine.shipping import Shipping

Item = TypeVar("Item")
Result = TypeVar("Result")

CONNECT_TIMEOUT = 10.0
"""Seconds to reach the scheduler and to see a first worker before giving up."""

INSTALL_HINT = '请先安装：pip install "perfdocs[dask]"（即 dask 和 distributed）'


class DaskExecutor:
    """The workers of the Dask cluster whose scheduler is at ``address``.

    Connecting checks that the scheduler answers, that it has a worker, and that every
    worker has the same perfdocs and libraries as this machine (otherwise the bytes could
    differ); each failure is a :class:`~perfdocs.errors.PerfdocsError` in Chinese.
    """

    remote = True

    def __init__(self, address: str, *, timeout: float | None = None) -> None:
        self.address = address
        self._client = connect(address, CONNECT_TIMEOUT if timeout is None else timeout)

    def __enter__(self) -> DaskExecutor:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Leave the cluster (it keeps running for others)."""
        client = self._client
        if client is None:
            return
        self._client = None
        logger = logging.getLogger("distributed")
        level = logger.level
        logger.setLevel(logging.CRITICAL)  # no shutdown chatter among the run's lines
        try:
            client.close()
        finally:
            logger.setLevel(level)

    @property
    def workers(self) -> int:
        """Threads over all workers: how many tasks run at once."""
        threads: dict[str, int] = self._live().nthreads()
        return max(1, sum(threads.values()))

    def _live(self) -> Any:
        if self._client is None:
            raise PerfdocsError("与 Dask 集群的连接已关闭")
        return self._client

    def map(self, task: Callable[[Item], Result], items: Sequence[Item], *,
            initializer: Callable[..., None] | None = None, initargs: tuple[Any, ...] = (),
            shipping: Shipping | None = None,
            known: Callable[[Item], Result | None] | None = None) -> Iterator[Result]:
        """``task(item)`` on the cluster for every item, in input order (see the pool's
        :class:`~perfdocs.engine.pool.Executor`).

        An item whose own file cannot be shipped (missing, a folder, a FIFO, too big) runs
        here instead, so it fails with the message a local run gives. Files a task wrote
        on its worker are written here, all of a task's together, before its result is
        given.
        """
        from perfdocs.engine.shipping import forget, pack_item, pack_run

        if shipping is None:
            raise ValueError("a task sent to a Dask cluster needs its Shipping")
        client = self._live()
        sent = _Sent(client, pack_run(shipping, uuid.uuid4().hex, initializer, initargs), task)
        window = self.workers * IN_FLIGHT_PER_JOB
        pending: deque[_Pending] = deque()
        here = _Here(task, initializer, initargs)
        try:
            for index, item in enumerate(items):
                answer = known(item) if known is not None else None
                parcel = pack_item(shipping, item) if answer is None else None
                if answer is None and parcel is None:
                    answer = here(item)
                if answer is not None:
                    pending.append(_Pending(item, index, None, answer, done=True))
                else:
                    assert parcel is not None
                    pending.append(_Pending(item, index, parcel, sent.submit(item, parcel, index)))
                while len(pending) >= window:
                    yield self._settle(pending.popleft(), pending, sent)
            while pending:
                yield self._settle(pending.popleft(), pending, sent)
        finally:
            for entry in pending:
                if not entry.done:
                    entry.value.cancel()
            _quietly(sent.drop)
            _quietly(lambda: client.run(forget, sent.bundle.run))

    def _settle(self, entry: _Pending, pending: deque[_Pending], sent: _Sent) -> Any:
        """The result of one item: its remote answer waited for, its files written here.

        A task lost with its worker (killed, out of memory, the shipped inputs gone with
        it) is sent again with everything still pending, the inputs placed anew, up to
        :data:`RESENDS` times; then the run stops with a message naming the file.
        """
        if entry.done:
            return entry.value
        from perfdocs.engine.shipping import Returned

        while True:
            try:
                answer: Returned = entry.value.result()
                break
            except PerfdocsError:
                raise
            except Exception as exc:
                if sent.resends >= RESENDS:
                    raise PerfdocsError(
                        f"Dask 集群未能完成此文件（{_reason(exc)}）：请检查调度器 "
                        f"{self.address} 和各工作节点是否仍在运行", file=_name(entry.item)
                    ) from None
                sent.again([entry, *(e for e in pending if not e.done)])
        if not answer.ok:
            raise answer.value
        if answer.written:
            from pathlib import Path

            from perfdocs.files.writing import write_set

            write_set([(Path(path), data) for path, data in answer.written])
        return answer.value


RESENDS = 3
"""How many times a run sends its pending tasks again after losing them with a worker."""


class _Pending:
    """One item of a run, in input order: its answer, or the future that will give it."""

    def __init__(self, item: Any, index: int, parcel: Any, value: Any, *,
                 done: bool = False) -> None:
        self.item, self.index, self.parcel, self.value, self.done = (
            item, index, parcel, value, done)


class _Sent:
    """A run's shipped inputs on the cluster and how its tasks are submitted."""

    def __init__(self, client: Any, bundle: Any, task: Callable[[Any], Any]) -> None:
        self.client, self.bundle, self.task = client, bundle, task
        self.resends = 0
        self.placed = _scattered(client, bundle)

    def submit(self, item: Any, parcel: Any, index: int) -> Any:
        from perfdocs.engine.shipping import run_shipped

        key = f"perfdocs-{self.bundle.run}-{index}-{self.resends}"
        return self.client.submit(run_shipped, self.placed, self.task, item, parcel,
                                  key=key, pure=False)

    def again(self, entries: Sequence[_Pending]) -> None:
        """Place the inputs anew and send ``entries`` again (their futures were lost)."""
        self.resends += 1
        for entry in entries:
            _quietly(entry.value.cancel)
        _quietly(self.drop)
        self.placed = _scattered(self.client, self.bundle)
        for entry in entries:
            entry.value = self.submit(entry.item, entry.parcel, entry.index)

    def drop(self) -> None:
        self.client.cancel([self.placed])


class _Here:
    """An item run in this process (its file could not be shipped): the initializer once."""

    def __init__(self, task: Callable[[Any], Any], initializer: Callable[..., None] | None,
                 initargs: tuple[Any, ...]) -> None:
        self.task, self.initializer, self.initargs = task, initializer, initargs
        self.ready = initializer is None

    def __call__(self, item: Any) -> Any:
        if not self.ready:
            assert self.initializer is not None
            self.initializer(*self.initargs)
            self.ready = True
        return self.task(item)


def _name(item: Any) -> str | None:
    """The project file an item stands for (for a message), when it says."""
    if isinstance(item, str):
        return item
    path = getattr(item, "path", None)
    return str(path) if path is not None else None


def _scattered(client: Any, bundle: Any) -> Any:
    """The bundle placed on every worker once (a future the tasks take as argument)."""
    [future] = client.scatter([bundle], broadcast=True, hash=False)
    return future


def _quietly(action: Callable[[], Any]) -> None:
    """Clean-up that must not hide the run's own error (the cluster may be gone)."""
    with contextlib.suppress(Exception):  # nothing to tell the user: the run's result stands
        action()


def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}：{text}" if text else type(exc).__name__


def connect(address: str, timeout: float) -> Any:
    """A ``distributed.Client`` of the scheduler at ``address``, checked (see the class)."""
    if os.name == "nt":  # paths travel as /… (shipping.py): a Windows client cannot map them
        raise PerfdocsError("--executor dask 目前只能在 Linux 或 macOS 上使用（工作节点也须如此）；"
                            "Windows 上请用 --jobs 在本机并行生成", file="--executor dask")
    try:
        import distributed
    except ImportError:
        raise PerfdocsError(f"使用 --executor dask 需要 dask.distributed，本机没有安装。"
                            f"{INSTALL_HINT}", file="--executor dask") from None
    from perfdocs.engine.shipping import differences, fingerprint

    where = f"--scheduler {address}"
    logging.getLogger("distributed").setLevel(logging.ERROR)
    try:
        client = distributed.Client(  # type: ignore[no-untyped-call]
            address, timeout=timeout, set_as_default=False)
    except Exception as exc:
        raise PerfdocsError(
            f"无法连接 Dask 调度器（{_reason(exc)}）：请确认调度器已启动（dask scheduler），"
            "地址和端口无误，并且本机可以访问该端口", file=where) from None
    try:
        try:
            client.wait_for_workers(1, timeout=timeout)
        except Exception:
            raise PerfdocsError(f"Dask 调度器上没有工作节点：请在各台机器上启动 "
                                f"dask worker {address} --nthreads 1", file=where) from None
        mine = fingerprint()
        for worker, theirs in sorted(client.run(fingerprint).items()):
            diff = differences(mine, theirs)
            if diff:
                raise PerfdocsError(f"Dask 工作节点 {worker} 上的 perfdocs 或其依赖与本机不同，"
                                    "生成的文件会不一致：" + "；".join(diff)
                                    + "。请在所有工作节点安装与本机相同的版本", file=where)
    except BaseException:
        client.close()  # type: ignore[no-untyped-call]
        raise
    return client

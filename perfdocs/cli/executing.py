"""``--executor`` and ``--scheduler``: where ``render`` and ``packet`` run each project's work.

``local`` (the default) is this machine's process pool (``--jobs``); ``dask`` is an existing
Dask cluster (``--scheduler tcp://HOST:PORT``), for a batch too large for one machine. Only
click is imported here; dask is imported when a cluster is asked for.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from perfdocs.engine.pool import Parallel

F = TypeVar("F", bound=Callable[..., Any])

ADDRESS = r"^(?:(?:tcp|tls)://)?(?:\[[0-9A-Fa-f:.]+\]|[\w.\-]+):\d{1,5}$"
"""A scheduler address: ``tcp://HOST:PORT`` (``tls://`` too; without the scheme tcp);
compiled by ``re``'s cache when a cluster is asked for, not at every start-up."""


def executor_options(command: F) -> F:
    """Add ``--executor`` and ``--scheduler`` to a command that renders per project."""
    command = click.option(
        "--scheduler", metavar="tcp://主机:端口",
        help="Dask 调度器的地址（与 --executor dask 同用），如 tcp://10.0.0.5:8786。")(command)
    return click.option(
        "--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
        help="在哪里生成各项目：local 为本机（--jobs 个进程）；dask 为已有的 Dask 集群"
             "（需 --scheduler；pip install \"perfdocs[dask]\"），文件仍写在本机。")(command)


def chosen_executor(ctx: click.Context, executor: str, scheduler: str | None,
                    jobs: int | None) -> Parallel:
    """``jobs`` for a local run (None: --jobs not given, left to :func:`auto_jobs`); for
    ``dask`` the cluster, connected and checked now (before any work) and left when the
    command ends. Wrong combinations are usage errors (exit 2); a cluster that cannot be
    used is an error of the run (exit 1)."""
    if executor == "local":
        if scheduler:
            raise click.UsageError("--scheduler 只用于 --executor dask")
        from perfdocs.engine.pool import AUTO

        return AUTO if jobs is None else jobs
    if not scheduler:
        raise click.UsageError("--executor dask 需要 --scheduler，写调度器的地址，"
                               "如 --scheduler tcp://10.0.0.5:8786")
    if jobs is not None:
        raise click.UsageError("--jobs 是本机的进程数；使用 Dask 集群时由各工作节点并行，"
                               "请去掉 --jobs")
    if not re.match(ADDRESS, scheduler.strip()):
        raise click.BadParameter(f"「{scheduler}」不是调度器地址，应写成 tcp://主机:端口，"
                                 "如 tcp://10.0.0.5:8786", param_hint="--scheduler")
    from perfdocs.engine.cluster import DaskExecutor

    return ctx.with_resource(DaskExecutor(scheduler.strip()))

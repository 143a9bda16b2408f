"""``--executor dask``: the per-project work on a Dask cluster gives what a local run gives.

Against a ``distributed.LocalCluster`` of two worker processes: every output file equal
byte for byte to a local run's, the same lines printed (a failing project and a missing
file included), the same packet; a scheduler that cannot be reached is one Chinese line
and exit 1. The worker side is also run in this process on files that exist only in the
shipped bundle (paths no machine has), which proves nothing is read from the client's disk.
"""

from __future__ import annotations

import shutil
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from perfdocs.cli import main
from perfdocs.layouts.layout import PACKAGE_TEMPLATES
from tests.conftest import DATA_2024, SMALL_PROJECT, rendered_files

distributed = pytest.importorskip("distributed")

STAMP = "1736900000"
"""SOURCE_DATE_EPOCH for both runs: the files embed the moment they say."""


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """A cluster of two worker processes, one thread each (as the README says to run)."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def _unit(folder: Path) -> list[str]:
    """A unit's folder: perfdocs.toml naming a layout of its own (shipped to the workers),
    three real projects in a sub-folder, one with an error, one file that is missing."""
    layouts = folder / "版式"
    shutil.copytree(PACKAGE_TEMPLATES / "shanghai-2024", layouts / "本单位-2024")
    (folder / "perfdocs.toml").write_text(
        '[render]\nlayout = "本单位-2024"\n[layouts]\npaths = ["版式"]\n', encoding="utf-8")
    projects = folder / "2024"
    projects.mkdir()
    names = []
    for example in sorted(DATA_2024.glob("*.yaml")):
        shutil.copy(example, projects / example.name)
        names.append(f"2024/{example.name}")
    (projects / "有错.yaml").write_text(SMALL_PROJECT.replace("分值: 30", "分值: 三十", 1),
                                       encoding="utf-8")
    return [*names[:2], "2024/有错.yaml", "2024/不存在.yaml", names[2]]


def _files(out: Path, *, with_cache: bool = False) -> dict[str, bytes]:
    """What a run wrote; the render cache's folder apart (checked whole) unless asked for."""
    found = sorted(out.rglob("*")) if with_cache else rendered_files(out)
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in found if p.is_file()}


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_render_on_a_cluster_writes_the_bytes_of_a_local_run(
        scheduler: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    names = _unit(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", STAMP)
    local = _run("render", *names, "--out", "here", "--jobs", "2")
    remote = _run("render", *names, "--out", "there", "--executor", "dask",
                  "--scheduler", scheduler)
    assert local[0] == remote[0] == 1  # two files fail, the batch goes on
    assert remote[1].replace("there/", "here/") == local[1]
    assert remote[2].replace("there/", "here/") == local[2]
    assert local[1].count("✓") == 3
    assert "有错.yaml" in local[2] and "不存在.yaml" in local[2] and "分值" in local[2]
    assert local[2].count("✗") == 2
    here, there = _files(tmp_path / "here"), _files(tmp_path / "there")
    assert len(here) == 15  # 5 forms × xlsx, docx, pdf
    assert there.keys() == here.keys()
    for name, data in here.items():
        assert there[name] == data, name


def test_packet_on_a_cluster_is_the_packet_of_a_local_run(
        scheduler: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    names = [n for n in _unit(tmp_path) if "有错" not in n and "不存在" not in n][1:]
    monkeypatch.chdir(tmp_path)
    local = _run("packet", *names, "--out", "here", "--date", "2025-01-15", "-f", "pdf")
    remote = _run("packet", *names, "--out", "there", "--date", "2025-01-15", "-f", "pdf",
                  "--executor", "dask", "--scheduler", scheduler)
    assert local[0] == remote[0] == 0, (local, remote)
    assert remote[1].replace("there/", "here/") == local[1]
    here, there = _files(tmp_path / "here"), _files(tmp_path / "there")
    assert any(name.endswith(".zip") for name in here)
    assert any("表格/" in name and name.endswith(".pdf") for name in here)
    assert there.keys() == here.keys()
    for name, data in here.items():
        assert there[name] == data, name


def test_cache_stays_on_the_client(scheduler: str, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    names = [n for n in _unit(tmp_path) if "有错" not in n and "不存在" not in n][:2]
    monkeypatch.chdir(tmp_path)
    args = ("render", *names, "--out", "out", "-f", "xlsx", "--cache", "--executor", "dask",
            "--scheduler", scheduler)
    first = _run(*args)
    built = _files(tmp_path / "out")
    second = _run(*args)
    assert first[0] == second[0] == 0
    assert "2 个项目文件未改动" in second[2]
    assert _files(tmp_path / "out") == built
    assert any(".perfdocs-cache/" in name for name in _files(tmp_path / "out", with_cache=True))


def test_an_unreachable_scheduler_is_one_chinese_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import perfdocs.engine.cluster as cluster

    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", 2.0)
    project = tmp_path / "a.yaml"
    project.write_text(SMALL_PROJECT, encoding="utf-8")
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    code, out, err = _run("render", str(project), "--out", str(tmp_path / "out"),
                          "--executor", "dask", "--scheduler", f"tcp://127.0.0.1:{port}")
    assert code == 1
    assert err.startswith(f"--scheduler tcp://127.0.0.1:{port}: 错误: 无法连接 Dask 调度器")
    assert "Traceback" not in err and out == ""
    assert not (tmp_path / "out").exists()


def test_a_scheduler_without_workers_is_one_chinese_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import perfdocs.engine.cluster as cluster

    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", 1.0)
    with distributed.LocalCluster(n_workers=0, processes=False, protocol="tcp",
                                  dashboard_address=None) as empty:
        address = empty.scheduler_address
        code, out, err = _run("render", "a.yaml", "--out", str(tmp_path / "out"),
                              "--executor", "dask", "--scheduler", address)
    assert code == 1 and out == ""
    assert err.startswith(f"--scheduler {address}: 错误: Dask 调度器上没有工作节点")
    assert "Traceback" not in err


@pytest.mark.parametrize(("args", "says"), [
    (("--executor", "dask"), "需要 --scheduler"),
    (("--executor", "dask", "--scheduler", "调度器"), "不是调度器地址"),
    (("--scheduler", "tcp://127.0.0.1:8786"), "只用于 --executor dask"),
    (("--executor", "dask", "--scheduler", "tcp://127.0.0.1:8786", "--jobs", "2"), "--jobs"),
])
def test_wrong_combinations_are_usage_errors(tmp_path: Path, args: tuple[str, ...],
                                             says: str) -> None:
    code, _out, err = _run("render", str(tmp_path / "a.yaml"), *args)
    assert code == 2
    assert says in err


def test_workers_with_another_perfdocs_are_refused(
        scheduler: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The client's reportlab is made to look older (the workers, other processes, keep
    theirs): the run stops before any work, naming what differs."""
    from importlib import metadata

    real = metadata.version("reportlab")
    version = metadata.version
    monkeypatch.setattr(metadata, "version",
                        lambda name: "0.0" if name == "reportlab" else version(name))
    code, _out, err = _run("render", "a.yaml", "--out", str(tmp_path / "out"),
                           "--executor", "dask", "--scheduler", scheduler)
    assert code == 1
    assert "perfdocs 或其依赖与本机不同" in err
    assert f"reportlab 0.0（工作节点 {real}）" in err


def test_a_worker_reads_only_what_was_shipped(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The worker's side, run here: the client's folder is a path no machine has, so every
    file the task reads must come from the bundle; the answer names the client's paths."""
    from perfdocs.engine import batch, shipping
    from perfdocs.loading.settings import Settings

    client = f"/perfdocs-client-{uuid.uuid4().hex}/单位"
    assert not Path(client).exists()
    layout = PACKAGE_TEMPLATES / "shanghai-2024"
    files = [(f"{client}/版式/本单位/{p.relative_to(layout).as_posix()}", p.read_bytes())
             for p in sorted(layout.rglob("*")) if p.is_file()]
    settings = Settings(layout="本单位", layout_paths=(f"{client}/版式",), formats=("html",))
    options = batch.Options(settings, ("html",), None, Path(f"{client}/out"), None, None,
                            False)
    monkeypatch.setattr(shipping, "work_folder", lambda: str(tmp_path.resolve() / "worker"))
    run = uuid.uuid4().hex
    bundle = shipping.Bundle(run, uuid.uuid4().hex, client, tuple(files), (),
                             (f"{client}/版式",),
                             shipping.fingerprint(), (), batch._init, (options,))
    parcel = shipping.Parcel(((f"{client}/a.yaml", SMALL_PROJECT.encode()),), (), (), ())
    try:
        answer = shipping.run_shipped(bundle, batch._task, "a.yaml", parcel)
    finally:
        shipping.forget(run)
        batch._init(None)  # type: ignore[arg-type]
    assert answer.ok
    outcome = answer.value
    assert outcome.failure is None and outcome.render_failure is None, outcome
    assert outcome.layout_folder == f"{client}/版式/本单位"
    [(target, data)] = outcome.files
    assert target.startswith(f"{client}/out/2024/") and target.endswith("-自评表.html")
    assert "测试项目" in data.decode("utf-8")
    placed = {p.relative_to(tmp_path).as_posix() for p in (tmp_path / "worker").rglob("*")
              if p.is_file()}
    assert placed and all("/版式/本单位/" in p for p in placed)  # the project's file: gone


def test_help_does_not_import_dask() -> None:
    """dask is imported when a cluster is asked for, never to print help."""
    import subprocess
    import sys

    script = ("import sys\nfrom click.testing import CliRunner\nfrom perfdocs.cli import main\n"
              "for args in (['--help'], ['render', '--help'], ['packet', '--help']):\n"
              "    assert CliRunner().invoke(main, args).exit_code == 0\n"
              "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"


class _Lost(Exception):
    """What a future of a task lost with its worker raises (FutureCancelledError, KilledWorker)."""


class _Future:
    def __init__(self, value: object, lost: bool) -> None:
        self.value, self.lost = value, lost

    def result(self) -> object:
        if self.lost:
            raise _Lost("perfdocs-x-0 cancelled for reason: already forgotten")
        return self.value

    def cancel(self) -> None:
        pass


class _Client:
    """A cluster whose first ``losses`` submitted tasks are lost with their worker."""

    def __init__(self, losses: int) -> None:
        self.losses, self.keys = losses, []

    def scatter(self, data: list[object], **_kw: object) -> list[_Future]:
        return [_Future(data[0], False)]

    def submit(self, _fn: object, _placed: object, task: object, item: object,
               _parcel: object, *, key: str, pure: bool) -> _Future:
        from perfdocs.engine.shipping import Returned

        self.keys.append(key)
        lost = len(self.keys) <= self.losses
        return _Future(Returned(True, task(item)), lost)  # type: ignore[operator]

    def nthreads(self) -> dict[str, int]:
        return {"w1": 1}

    def cancel(self, _futures: object) -> None:
        pass

    def run(self, *_args: object) -> dict[str, object]:
        return {}


def _double(item: int) -> int:
    return item * 2


def _executor(client: _Client) -> object:
    from perfdocs.engine.cluster import DaskExecutor

    executor = object.__new__(DaskExecutor)
    executor.address, executor._client = "tcp://127.0.0.1:1", client
    return executor


def test_tasks_lost_with_a_worker_are_sent_again_in_order() -> None:
    from perfdocs.engine.shipping import Shipping

    client = _Client(losses=2)
    shipping = Shipping(reads=lambda _item: [])
    results = list(_executor(client).map(_double, [1, 2, 3, 4, 5, 6],  # type: ignore[attr-defined]
                                         shipping=shipping))
    assert results == [2, 4, 6, 8, 10, 12]
    assert any(key.endswith("-0-1") for key in client.keys)  # item 0 sent a second time


def test_a_cluster_that_keeps_losing_tasks_stops_the_run_with_a_chinese_line() -> None:
    from perfdocs.engine.cluster import RESENDS
    from perfdocs.engine.shipping import Shipping
    from perfdocs.errors import PerfdocsError

    client = _Client(losses=10_000)
    with pytest.raises(PerfdocsError) as raised:
        list(_executor(client).map(_double, [1, 2],  # type: ignore[attr-defined]
                                   shipping=Shipping(reads=lambda _item: [])))
    assert "Dask 集群未能完成此文件" in raised.value.message
    assert "already forgotten" in raised.value.message
    assert len({key.rsplit("-", 1)[1] for key in client.keys}) == RESENDS + 1


def test_a_symlinked_layout_folder_resolves_on_the_worker_as_here(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``[layouts] paths`` naming a symlink: the worker gets the link too, so the layout is
    found at the real folder's path, as a local run finds it."""
    from perfdocs.engine import batch, shipping
    from perfdocs.loading.settings import Settings

    client = f"/perfdocs-client-{uuid.uuid4().hex}"
    layout = PACKAGE_TEMPLATES / "shanghai-2024"
    files = [(f"{client}/共享/版式/本单位/{p.relative_to(layout).as_posix()}", p.read_bytes())
             for p in sorted(layout.rglob("*")) if p.is_file()]
    settings = Settings(layout="本单位", layout_paths=(f"{client}/单位/版式",), formats=("html",))
    options = batch.Options(settings, ("html",), None, Path(f"{client}/单位/out"), None, None,
                            False)
    monkeypatch.setattr(shipping, "work_folder", lambda: str(tmp_path.resolve() / "worker"))
    run = uuid.uuid4().hex
    bundle = shipping.Bundle(run, uuid.uuid4().hex, f"{client}/单位", tuple(files),
                             ((f"{client}/单位/版式", f"{client}/共享/版式"),),
                             (f"{client}/单位/版式",), shipping.fingerprint(), (),
                             batch._init, (options,))
    parcel = shipping.Parcel(((f"{client}/单位/a.yaml", SMALL_PROJECT.encode()),), (), (), ())
    try:
        answer = shipping.run_shipped(bundle, batch._task, "a.yaml", parcel)
    finally:
        shipping.forget(run)
        batch._init(None)  # type: ignore[arg-type]
    assert answer.ok and answer.value.failure is None, answer.value
    assert answer.value.layout_folder == f"{client}/共享/版式/本单位"

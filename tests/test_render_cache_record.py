"""The output record (perfdocs/engine/output_record.py): an unchanged project costs a stat.

What a rebuild may trust without reading is proved here by what it does when the files
are not as recorded: edited by hand with size and time restored, deleted, replaced, left
half-written by a killed run, or changed within the record's own clock tick. Renders and
reads are counted, never timed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from perfdocs.engine import batch, cache, output_record
from perfdocs.engine.batch import Options, render_files
from perfdocs.files import writing
from perfdocs.loading.settings import Settings
from perfdocs.records import replace
from tests.conftest import ROOT, numbered_projects


def _options(out: Path, *, formats: tuple[str, ...] = ("html",)) -> Options:
    options = Options(Settings(), formats, None, out, None, None, False)
    return replace(options, cache=cache.run_digest(options))


def _run(names: list[str], out: Path) -> tuple[int, list[str], list[str]]:
    before = batch.RENDERS
    lines: list[str] = []
    err: list[str] = []
    failed = render_files(names, _options(out), echo=lines.append, echo_err=err.append)
    assert failed == 0, err
    return batch.RENDERS - before, lines, err


def _files(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and cache.CACHE_FOLDER not in p.parts}


def _record(out: Path) -> Path:
    return cache.cache_folder(out) / output_record.RECORD_FILE


def _settle(out: Path) -> None:
    """Time passes after a run: the record is older than no file it vouches for (a test's
    files are written within one clock tick of the record, which makes them racy)."""
    time.sleep(0.03)
    os.utime(_record(out))


class _Counted:
    """Counts the full path's reads: cache entries loaded, output files compared."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.loads = 0
        self.compares = 0
        real_load, real_unchanged = cache.load, writing.unchanged

        def load(out: Path, key: str) -> cache.Entry | None:
            self.loads += 1
            return real_load(out, key)

        def unchanged(target: Path, data: bytes) -> bool:
            self.compares += 1
            return real_unchanged(target, data)

        monkeypatch.setattr(cache, "load", load)
        monkeypatch.setattr(writing, "unchanged", unchanged)


def _clean(names: list[str], tmp_path: Path) -> dict[str, bytes]:
    clean = tmp_path / "clean"
    render_files(names, replace(_options(clean), cache=None), echo=lambda _: None,
                 echo_err=lambda _: None)
    return _files(clean)


def test_an_unchanged_rebuild_reads_no_entry_and_no_output(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    names = numbered_projects(tmp_path / "in", 4)
    out = tmp_path / "out"
    _, first_lines, _ = _run(names, out)
    _settle(out)
    before = {p: os.stat(p) for p in out.rglob("*.html")}
    counted = _Counted(monkeypatch)
    done, lines, err = _run(names, out)
    assert (done, counted.loads, counted.compares) == (0, 0, 0)
    assert lines == first_lines  # the same ✓ lines, paths and summaries
    assert any("4 个项目文件未改动" in line for line in err)
    assert {p: os.stat(p) for p in out.rglob("*.html")} == before  # nothing written


def test_one_change_reads_only_that_project(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    names = numbered_projects(tmp_path / "in", 4)
    out = tmp_path / "out"
    _run(names, out)
    _settle(out)
    changed = Path(names[2])
    changed.write_text(changed.read_text(encoding="utf-8").replace("完成年度培训任务。",
                                                                   "完成全部培训任务。"),
                       encoding="utf-8")
    counted = _Counted(monkeypatch)
    done, _, _ = _run(names, out)
    assert (done, counted.loads) == (1, 0)
    assert counted.compares == 1  # the changed project's one file, by write_set
    assert _files(out) == _clean(names, tmp_path)


def test_an_output_edited_by_hand_with_size_and_time_restored_is_written_again(
        tmp_path: Path) -> None:
    """In place (same inode), same size, modification time set back with os.utime: the
    change time, which no program can set back, gives it away."""
    names = numbered_projects(tmp_path / "in", 2)
    out = tmp_path / "out"
    _run(names, out)
    _settle(out)
    target = next(out.rglob("*测试项目1*.html"))
    info = os.stat(target)
    data = target.read_bytes()
    index = data.index("测试项目1".encode())
    with open(target, "r+b") as handle:  # 测 → 侧: the same number of bytes
        handle.seek(index)
        handle.write("侧".encode())
    os.utime(target, ns=(info.st_atime_ns, info.st_mtime_ns))
    edited = os.stat(target)
    assert (edited.st_size, edited.st_mtime_ns, edited.st_ino) == \
        (info.st_size, info.st_mtime_ns, info.st_ino)
    assert target.read_bytes() != data
    done, _, _ = _run(names, out)
    assert done == 0  # taken from the entry, not rendered
    assert target.read_bytes() == data
    assert _files(out) == _clean(names, tmp_path)


def test_a_deleted_or_replaced_output_is_written_again(tmp_path: Path) -> None:
    names = numbered_projects(tmp_path / "in", 3)
    out = tmp_path / "out"
    _run(names, out)
    _settle(out)
    first = _files(out)
    gone = next(out.rglob("*测试项目0*.html"))
    gone.unlink()
    replaced = next(out.rglob("*测试项目2*.html"))
    replaced.write_bytes(b"x" * replaced.stat().st_size)
    done, _, _ = _run(names, out)
    assert done == 0
    assert _files(out) == first


def test_a_symlink_in_place_of_an_output_is_not_trusted(tmp_path: Path) -> None:
    names = numbered_projects(tmp_path / "in", 1)
    out = tmp_path / "out"
    _run(names, out)
    _settle(out)
    target = next(out.rglob("*.html"))
    outside = tmp_path / "elsewhere.html"
    target.unlink()
    outside.write_bytes(b"not perfdocs'")
    target.symlink_to(outside)
    err: list[str] = []
    failed = render_files(names, _options(out), echo=lambda _: None, echo_err=err.append)
    assert failed == 1 and any("越出了输出文件夹" in line for line in err)  # as a render says
    assert outside.read_bytes() == b"not perfdocs'"


def _forge(out: Path, target: Path) -> None:
    """Write the record as if ``target``'s current state were what perfdocs left: a change
    made in the same clock tick as perfdocs' own write and stat would look like this."""
    record = cache.outputs(out)
    relative = target.relative_to(out.resolve()).as_posix()
    for one in record.sets.values():
        for item in one["files"]:
            if item[0] == relative:
                item[1:] = list(output_record.signature_of(os.lstat(target)))
    sets = {key: {**one, "since": None} for key, one in record.sets.items()}
    _record(out).write_bytes(output_record.encode({"sets": sets, "depends": record.depends}))


@pytest.mark.parametrize("racy", [True, False])
def test_racy_timestamps_a_file_not_older_than_the_record_is_checked_by_content(
        tmp_path: Path, racy: bool) -> None:
    """git's rule. A file changed within the tick of perfdocs' stat keeps a signature that
    matches; a set whose files are not older than the record vouching for it is therefore
    compared by content. Once the record is older than the file, the match is trusted:
    the documented limit (a change in the same tick as perfdocs' own write and stat)."""
    names = numbered_projects(tmp_path / "in", 1)
    out = tmp_path / "out"
    _run(names, out)
    target = next(out.rglob("*.html")).resolve()
    good = target.read_bytes()
    with open(target, "r+b") as handle:
        handle.write(b"<")  # the first byte is "<" already: same bytes, new times
        handle.seek(good.index("测试项目0".encode()))
        handle.write("侧".encode())
    _forge(out, target)
    changed = os.stat(target).st_ctime_ns
    record_time = changed if racy else changed + 1_000_000_000
    os.utime(_record(out), ns=(record_time, record_time))
    _run(names, out)
    assert (target.read_bytes() == good) is racy


def test_killed_between_writing_outputs_and_the_record(tmp_path: Path) -> None:
    """SIGKILL after a changed project's set was written and before the record: the
    previous record no longer matches the rewritten files (new inodes); the next run
    checks them by content and equals a clean build, and the one after trusts them."""
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("needs POSIX signals")
    names = numbered_projects(tmp_path / "in", 3)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    args = ["render", *names, "-f", "html", "-o", "out"]
    killed = ("import os, signal, sys\n"
              "from perfdocs.engine import cache\n"
              "cache.finish_run = lambda out: os.kill(os.getpid(), signal.SIGKILL)\n"
              "from perfdocs.cli import main\n"
              "main(sys.argv[1:])\n")

    def run(*extra: str, script: str | None = None) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-c", script, *args, *extra] if script else \
            [sys.executable, "-m", "perfdocs", *args, *extra]
        return subprocess.run(command, env=env, cwd=tmp_path, capture_output=True,
                              text=True, timeout=300, check=False)

    assert run().returncode == 0
    out = tmp_path / "out"
    _settle(out)
    record = _record(out).read_bytes()
    changed = Path(names[1])
    changed.write_text(changed.read_text(encoding="utf-8").replace("完成年度培训任务。",
                                                                   "完成全部培训任务。"),
                       encoding="utf-8")
    edited = next(out.rglob("*测试项目0*.html"))
    edited.write_bytes(edited.read_bytes().replace("测试项目0".encode(), "侧试项目0".encode()))
    dead = run(script=killed)
    assert dead.returncode == -signal.SIGKILL
    assert _record(out).read_bytes() == record  # the kill came before the record
    assert "完成全部培训任务" in next(out.rglob("*测试项目1*.html")).read_text(encoding="utf-8")
    again = run()
    assert again.returncode == 0, again.stderr
    # the killed run stored the changed project's entry: all three from the cache, the
    # stale record's sets checked by content (the files written since have new inodes)
    assert "3 个项目文件未改动" in again.stderr
    fresh = subprocess.run([sys.executable, "-m", "perfdocs", "render", *names, "-f", "html",
                            "-o", "clean", "--no-cache"], env=env, cwd=tmp_path,
                           capture_output=True, text=True, timeout=300, check=False)
    assert fresh.returncode == 0
    assert _files(out) == _files(tmp_path / "clean")
    assert output_record.decode(_record(out).read_bytes()) is not None
    _settle(out)
    last = run()
    assert last.returncode == 0 and "3 个项目文件未改动" in last.stderr
    assert _files(out) == _files(tmp_path / "clean")


def test_a_killed_writes_leftovers_send_the_folder_down_the_full_path(
        tmp_path: Path) -> None:
    """A temporary file of a dead writer in an output folder: the rebuild takes the full
    path for that folder, whose write removes it, as a clean run leaves the folder."""
    names = numbered_projects(tmp_path / "in", 2)
    out = tmp_path / "out"
    _run(names, out)
    _settle(out)
    target = next(out.rglob("*测试项目0*.html"))
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    tag = writing._owner_tag(int(dead.stdout))
    left = target.parent / f".{target.name[:40]}.{tag}.x1y2.part"
    left.write_bytes(b"half")
    _run(names, out)
    assert not left.exists()


def test_an_evicted_entry_is_not_vouched_for_by_the_record(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    names = numbered_projects(tmp_path / "in", 2)
    out = tmp_path / "out"
    _run(names, out)
    _settle(out)
    monkeypatch.setenv(cache.LIMIT_VARIABLE, "0")
    cache.evict(out)
    done, _, _ = _run(names, out)
    assert done == 2  # no entries: everything rendered, the outputs kept


def test_two_runs_at_once_then_a_trusted_rebuild(tmp_path: Path) -> None:
    """Two processes rebuild the same folder at the same time (one project changed, one
    output edited): both succeed, the record on disk checks, and a later rebuild that
    trusts it still equals a clean build."""
    names = numbered_projects(tmp_path / "in", 6)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "perfdocs", "render", *names, "-f", "html", "-o", "out"]
    subprocess.run(command, env=env, cwd=tmp_path, check=True, capture_output=True)
    out = tmp_path / "out"
    _settle(out)
    changed = Path(names[4])
    changed.write_text(changed.read_text(encoding="utf-8").replace("培训", "轮训", 1),
                       encoding="utf-8")
    edited = next(out.rglob("*测试项目1*.html"))
    edited.write_bytes(edited.read_bytes() + b"\n")
    runs = [subprocess.Popen(command, env=env, cwd=tmp_path, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE) for _ in range(2)]
    for process in runs:
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0, err.decode("utf-8", "replace")
    assert output_record.decode(_record(out).read_bytes()) is not None
    _settle(out)
    last = subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, text=True,
                          check=False)
    assert last.returncode == 0 and "6 个项目文件未改动" in last.stderr
    clean = subprocess.run([*command[:-1], "clean", "--no-cache"], env=env, cwd=tmp_path,
                           capture_output=True, check=False)
    assert clean.returncode == 0
    assert _files(out) == _files(tmp_path / "clean")


def test_a_torn_record_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    names = numbered_projects(tmp_path / "in", 2)
    out = tmp_path / "out"
    _run(names, out)
    _settle(out)
    blob = _record(out).read_bytes()
    _record(out).write_bytes(blob[:-3])
    assert output_record.decode(_record(out).read_bytes()) is None
    counted = _Counted(monkeypatch)
    done, _, _ = _run(names, out)
    assert done == 0 and counted.loads == 2  # the full path: entries read and checked

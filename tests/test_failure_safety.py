"""Nothing is lost: a render or packet killed at any moment, and two runs at once.

A preparer closes the laptop lid, a CI job times out, two colleagues render into the same
shared folder. Every file that carries a finished form's name must then be a finished form
(it opens; since the same input gives the same bytes, it *is* the reference render), the
only debris allowed is a temporary ``.…part`` file, and the next run succeeds.

The kills are SIGKILL (no cleanup handlers run) at moments drawn from a seeded random
generator, so a failure can be replayed: ``PERFDOCS_KILL_SEED=… pytest tests/test_failure_safety.py``.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from perfdocs.engine import cache, output_record
from tests.conftest import DATA_2024, ROOT, rendered_files

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")

PROJECT = DATA_2024 / "技能评价业务经费.yaml"
"""One project with both parts: six files (申报表 and 自评表, three formats each)."""
SEED = int(os.environ.get("PERFDOCS_KILL_SEED", "8"))
KILLS = 20


def perfdocs(*args: str) -> list[str]:
    return [sys.executable, "-m", "perfdocs.cli", *args]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(perfdocs(*args), cwd=ROOT, capture_output=True, text=True, timeout=120)


def finished(folder: Path) -> dict[str, bytes]:
    """Files with a final name (not a temporary one), by path relative to ``folder``.

    The render cache's files (``.perfdocs-cache``, on by default) are not forms: each one
    with a final name is checked to be a whole entry (or the folder's tag) instead.
    """
    found = {}
    for p in folder.rglob("*"):
        if not p.is_file() or is_temporary(p):
            continue
        if cache.CACHE_FOLDER in p.relative_to(folder).parts:
            if p.name == cache.MEMO_FILE:
                json.loads(p.read_text(encoding="utf-8"))  # whole
                continue
            if p.name == output_record.RECORD_FILE:
                assert output_record.decode(p.read_bytes()) is not None, p
                continue
            assert p.name == "CACHEDIR.TAG" or cache.decode(p.read_bytes()) is not None, p
            continue
        found[str(p.relative_to(folder))] = p.read_bytes()
    return found


def is_temporary(path: Path) -> bool:
    """perfdocs' temporary names: ``.<final name>.<random>.part``, a set's journal (whole,
    ``.journal``, or killed while being written, ``.writing``) and packet staging."""
    name = path.name
    return (name.startswith(".") and name.endswith(".part")) or (
        name.startswith(".perfdocs-set.") and name.endswith((".journal", ".writing"))) or any(
        part.startswith(".") and part.endswith((".building", ".old", ".building.zip"))
        for part in path.parts)


def opens(path: Path) -> bool:
    """A complete office file or PDF: the zip's every member checks, the PDF parses."""
    if path.suffix in (".xlsx", ".docx", ".zip"):
        try:
            with zipfile.ZipFile(path) as z:
                return z.testzip() is None
        except zipfile.BadZipFile:
            return False
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError

        try:
            reader = PdfReader(path, strict=True)
            return len(reader.pages) > 0 and all(page.extract_text() is not None
                                                 for page in reader.pages)
        except (PdfReadError, ValueError, OSError):
            return False
    return True


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The uninterrupted render: what every finished file must be, byte for byte."""
    out = tmp_path_factory.mktemp("reference")
    result = run("render", str(PROJECT), "--out", str(out))
    assert result.returncode == 0, result.stderr
    files = finished(out)
    assert len(files) == 6
    return files


@pytest.fixture(scope="module")
def render_seconds(reference: dict[str, bytes], tmp_path_factory: pytest.TempPathFactory) -> float:
    out = tmp_path_factory.mktemp("timing")
    start = time.monotonic()
    assert run("render", str(PROJECT), "--out", str(out)).returncode == 0
    return time.monotonic() - start


@pytest.fixture(scope="module")
def variant(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes]]:
    """The project with one sentence changed (same names, so the same six files), and
    its uninterrupted render."""
    folder = tmp_path_factory.mktemp("variant")
    path = folder / PROJECT.name
    text = PROJECT.read_text(encoding="utf-8")
    path.write_text(text.replace("培训", "轮训"), encoding="utf-8")  # both parts
    out = folder / "out"
    result = run("render", str(path), "--out", str(out))
    assert result.returncode == 0, result.stderr
    return path, finished(out)


def test_render_killed_at_random_moments_leaves_only_finished_files(
        reference: dict[str, bytes], render_seconds: float,
        variant: tuple[Path, dict[str, bytes]], tmp_path: Path) -> None:
    """Runs alternate between the project and its variant, so that every run replaces
    all six files (a run finding the bytes it would write leaves the files alone), and
    are killed at random moments: every finished file is one of the two versions."""
    out = tmp_path / "out"
    rng = random.Random(SEED)
    killed_while_running = 0
    part_files: set[str] = set()
    other, other_files = variant
    assert sorted(other_files) == sorted(reference)
    assert all(other_files[name] != reference[name] for name in reference)
    for round_ in range(KILLS):
        source = other if round_ % 2 else PROJECT
        process = subprocess.Popen(perfdocs("render", str(source), "--out", str(out),
                                            "--no-cache"), cwd=ROOT,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.0, render_seconds * 1.1))
        if process.poll() is None:
            killed_while_running += 1
        process.send_signal(signal.SIGKILL)
        process.wait()
        for name, data in finished(out).items():
            assert name in reference, name
            assert data in (reference[name], other_files[name]), \
                f"{name} is not a finished form"
            assert opens(out / name), name
        part_files |= {p.name for p in out.rglob("*") if p.is_file() and is_temporary(p)}
    assert killed_while_running >= KILLS // 2, "the kills should mostly land mid-run"
    result = run("render", str(PROJECT), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert finished(out) == reference
    # a whole run clears what the killed ones left of their sets' journals
    assert not [p for p in out.rglob(".perfdocs-set.*") if p.is_file()]


def test_render_killed_mid_write_leaves_old_file_and_a_part_file(
        reference: dict[str, bytes], tmp_path: Path) -> None:
    """Killed between writing the temporary file and renaming it: the old form stays."""
    target = tmp_path / "form.xlsx"
    target.write_bytes(b"old finished form")
    script = (
        "import os, sys, time\n"
        "from pathlib import Path\n"
        "from perfdocs.files import writing as output\n"
        "real = os.fsync\n"
        "def slow(fd):\n"
        "    real(fd)\n"
        "    print('written', flush=True)\n"
        "    time.sleep(60)\n"
        "output.os.fsync = slow\n"
        f"output.write_atomic(Path({str(target)!r}), b'new' * 100000)\n"
    )
    process = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE,
                               text=True)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "written"
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert target.read_bytes() == b"old finished form"
    leftovers = [p.name for p in tmp_path.iterdir() if p != target]
    assert len(leftovers) == 1 and leftovers[0].startswith(".form.xlsx.")
    assert leftovers[0].endswith(".part")


def test_next_render_removes_stale_part_files(reference: dict[str, bytes], tmp_path: Path) -> None:
    """The debris of a killed run is cleared by the next successful one."""
    out = tmp_path / "out"
    assert run("render", str(PROJECT), "--out", str(out)).returncode == 0
    (name,) = [n for n in reference if n.endswith("-自评表.xlsx")]
    folder = (out / name).parent
    stale = folder / f".{(out / name).name}.k1ll3d.part"
    stale.write_bytes(b"PK\x03\x04 half a workbook")
    an_hour_ago = time.time() - 3600
    os.utime(stale, (an_hour_ago, an_hour_ago))
    assert run("render", str(PROJECT), "--out", str(out)).returncode == 0
    assert not stale.exists()


def test_two_renders_into_one_folder_at_once(reference: dict[str, bytes], tmp_path: Path) -> None:
    out = tmp_path / "shared"
    for _ in range(2):
        processes = [subprocess.Popen(perfdocs("render", str(PROJECT), "--out", str(out)),
                                      cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                      text=True) for _ in range(2)]
        for process in processes:
            stdout, stderr = process.communicate(timeout=120)
            assert process.returncode == 0, stderr
            assert "Traceback" not in stderr and "✓" in stdout
        assert finished(out) == reference
        assert not [p for p in out.rglob("*") if p.is_file() and is_temporary(p)]


def test_packet_killed_at_random_moments_then_rebuilt(tmp_path: Path) -> None:
    """A killed packet never leaves a torn zip or form under a final name."""
    projects = sorted(str(p) for p in DATA_2024.glob("*.yaml"))
    out = tmp_path / "packets"
    rng = random.Random(SEED)
    for _ in range(5):
        process = subprocess.Popen(perfdocs("packet", *projects, "--out", str(out)), cwd=ROOT,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 2.0))
        process.send_signal(signal.SIGKILL)
        process.wait()
        for path in out.rglob("*"):
            if path.is_file() and not is_temporary(path):
                assert opens(path), path
    result = run("packet", *projects, "--out", str(out))
    assert result.returncode == 0, result.stderr
    (archive,) = out.glob("*.zip")
    assert opens(archive)
    with zipfile.ZipFile(archive) as z:
        assert any(n.endswith("manifest.json") for n in z.namelist())
    # no staging folder left; the cache holds only whole entries (checked by rendered_files)
    assert [p.name for p in out.iterdir() if p.name.startswith(".")
            and p.name != cache.CACHE_FOLDER] == []
    assert rendered_files(out)


KILL_WHILE_ZIPPING = (
    "import os, signal, sys\n"
    "real = os.replace\n"
    "def replace(src, dst):\n"
    "    if str(src).endswith('.part') and str(dst).endswith('.building.zip'):\n"
    "        os.kill(os.getpid(), signal.SIGKILL)  # the zip written, not yet renamed\n"
    "    real(src, dst)\n"
    "os.replace = replace\n"
    "from perfdocs.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def test_packet_killed_while_zipping_leaves_nothing_after_the_next_run(tmp_path: Path) -> None:
    """SIGKILL with the packet's zip written to its temporary file but not renamed: the next
    run leaves no temporary file behind (it stayed beside the packet for good, found by the
    random kills of the test above about once in thirty suite runs)."""
    projects = sorted(str(p) for p in DATA_2024.glob("*.yaml"))
    out = tmp_path / "packets"
    killed = subprocess.run([sys.executable, "-c", KILL_WHILE_ZIPPING, "packet", *projects,
                             "--out", str(out)], cwd=ROOT, capture_output=True, timeout=300)
    assert killed.returncode == -signal.SIGKILL
    assert [p for p in out.rglob("*.part")], "the kill came before the zip was written"
    result = run("packet", *projects, "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert [p.name for p in out.rglob("*") if p.name.startswith(".")
            and cache.CACHE_FOLDER not in p.relative_to(out).parts] == []
    (archive,) = out.glob("*.zip")
    assert opens(archive)


def test_two_packets_into_one_folder_at_once(tmp_path: Path) -> None:
    projects = sorted(str(p) for p in DATA_2024.glob("*.yaml"))
    out = tmp_path / "shared"
    for _ in range(3):
        processes = [subprocess.Popen(perfdocs("packet", *projects, "--out", str(out)), cwd=ROOT,
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                     for _ in range(2)]
        for process in processes:
            _, stderr = process.communicate(timeout=120)
            assert process.returncode == 0, stderr
        (archive,) = out.glob("*.zip")
        assert opens(archive)


KILL_BETWEEN_RENAMES = (
    "import os, signal, sys, time\n"
    "from pathlib import Path\n"
    "from perfdocs.files import writing\n"
    "real = os.replace\n"
    "renamed = []\n"
    "def replace(src, dst):\n"
    "    real(src, dst)\n"
    "    if not str(dst).endswith('.journal'):\n"
    "        renamed.append(dst)\n"
    "    if len(renamed) == int(sys.argv[2]):\n"
    "        print('between', flush=True)\n"
    "        time.sleep(float(sys.argv[3]))\n"
    "        os.kill(os.getpid(), signal.SIGKILL)\n"
    "writing.os.replace = replace\n"
    "folder = Path(sys.argv[1])\n"
    "writing.write_set([(folder / n, b'new ' + n.encode()) for n in\n"
    "                   ('a-申报表.pdf', 'a-自评表.pdf', 'a-自评表.xlsx', 'a-新表.docx')])\n"
)
"""A process that writes a set of four files (three replace old ones, one is new) and is
killed with SIGKILL after the N-th rename, optionally sleeping first (a live writer)."""


def old_set(folder: Path) -> dict[str, bytes]:
    folder.mkdir(parents=True, exist_ok=True)
    files = {name: b"old " + name.encode()
             for name in ("a-申报表.pdf", "a-自评表.pdf", "a-自评表.xlsx")}
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return files


def contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


@pytest.mark.parametrize("renamed", [1, 2, 3, 4])
def test_set_killed_between_renames_gets_its_old_set_back(tmp_path: Path, renamed: int) -> None:
    """SIGKILL between two renames of one project's files: the next write into that folder
    puts the whole old set back (the killed run never happened), then writes its own."""
    from perfdocs.files.writing import JOURNAL_GLOB, recover, write_set

    folder = tmp_path / "out"
    before = old_set(folder)
    process = subprocess.run([sys.executable, "-c", KILL_BETWEEN_RENAMES, str(folder),
                              str(renamed), "0"], cwd=ROOT, capture_output=True, text=True,
                             timeout=60)
    assert process.returncode == -signal.SIGKILL, process.stderr
    assert process.stdout.strip() == "between"
    torn = {name: data for name, data in contents(folder).items() if not name.startswith(".")}
    assert torn != before, "the kill should land after a rename"
    assert len(list(folder.glob(JOURNAL_GLOB))) == 1
    assert recover(folder) == 1
    assert contents(folder) == before  # the old set, and no journal, staged or kept file
    write_set([(folder / "a-申报表.pdf", b"next run")])
    assert contents(folder) == {**before, "a-申报表.pdf": b"next run"}


def test_a_live_set_is_never_undone_by_a_concurrent_run(tmp_path: Path) -> None:
    """A journal whose writer still runs (it holds the lock) is left alone."""
    from perfdocs.files.writing import JOURNAL_GLOB, recover

    folder = tmp_path / "out"
    before = old_set(folder)
    process = subprocess.Popen([sys.executable, "-c", KILL_BETWEEN_RENAMES, str(folder), "2",
                                "60"], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "between"
    try:
        assert recover(folder) == 0
        assert len(list(folder.glob(JOURNAL_GLOB))) == 1
        assert contents(folder)["a-申报表.pdf"] == "new a-申报表.pdf".encode()
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert recover(folder) == 1
    assert contents(folder) == before


def test_render_after_a_kill_between_renames_gives_the_finished_set(
        reference: dict[str, bytes], tmp_path: Path) -> None:
    """The journal left by a killed render is resolved by the next render, whose files are
    then exactly the uninterrupted render's."""
    out = tmp_path / "out"
    assert run("render", str(PROJECT), "--out", str(out)).returncode == 0
    folder = next(p.parent for p in out.rglob("*-自评表.pdf"))
    stem = next(folder.glob("*-自评表.pdf")).name.removesuffix("-自评表.pdf")
    for path in folder.iterdir():
        path.write_bytes(b"old " + path.name.encode())
    old = contents(folder)
    script = KILL_BETWEEN_RENAMES.replace("('a-申报表.pdf', 'a-自评表.pdf', 'a-自评表.xlsx', "
                                          "'a-新表.docx')",
                                          f"[n for n in {sorted(old)!r}]")
    process = subprocess.run([sys.executable, "-c", script, str(folder), "2", "0"], cwd=ROOT,
                             capture_output=True, text=True, timeout=60)
    assert process.returncode == -signal.SIGKILL, process.stderr
    assert {n: d for n, d in contents(folder).items() if not n.startswith(".")} != old
    assert stem
    result = run("render", str(PROJECT), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert finished(out) == reference
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]


def test_temporary_files_of_a_dead_writer_go_at_once(tmp_path: Path) -> None:
    """A rerun right after a kill leaves the folder as a clean run would: temporary files
    whose writer (named in the file name) is gone are removed without waiting ten minutes;
    those of a live writer stay."""
    from perfdocs.files.writing import _owner_tag, write_set

    target = tmp_path / "form.xlsx"
    target.write_bytes(b"old")
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    left = tmp_path / f".form.xlsx.{_owner_tag(int(dead.stdout))}.abc123.part"
    left.write_bytes(b"half a workbook")
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        busy = tmp_path / f".form.xlsx.{_owner_tag(live.pid)}.def456.part"
        busy.write_bytes(b"being written")
        write_set([(target, b"new")])
        assert not left.exists()
        assert busy.exists()
    finally:
        live.kill()
        live.wait()
    assert target.read_bytes() == b"new"


def test_without_flock_a_journal_is_held_by_no_handle_and_undone_by_age(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where there is no flock (Windows, which renames and deletes no file held open),
    the writer keeps no handle on its journal; a journal younger than ten minutes may be
    a live run's and is left alone, an older one is a killed run's and is undone."""
    from perfdocs.files import writing

    folder = tmp_path / "out"
    before = old_set(folder)
    script = KILL_BETWEEN_RENAMES.replace(
        "writing.os.replace = replace\n",
        "writing.os.replace = replace\nwriting._has_flock = lambda: False\n")
    process = subprocess.run([sys.executable, "-c", script, str(folder), "2", "0"], cwd=ROOT,
                             capture_output=True, text=True, timeout=60)
    assert process.returncode == -signal.SIGKILL, process.stderr
    (journal,) = folder.glob(writing.JOURNAL_GLOB)
    monkeypatch.setattr(writing, "_has_flock", lambda: False)
    assert writing.recover(folder) == 0  # young: perhaps a live run's
    old = time.time() - writing.STALE_SECONDS - 60
    os.utime(journal, (old, old))
    assert writing.recover(folder) == 1
    assert contents(folder) == before
    writing.write_set([(folder / "a-申报表.pdf", b"next run")])  # no lock, no handle kept
    assert contents(folder) == {**before, "a-申报表.pdf": b"next run"}


def test_a_journal_killed_while_being_written_is_removed_by_the_next_write(
        tmp_path: Path) -> None:
    """SIGKILL after the journal's temporary file (of a set of two: one file needs none) is
    made but before it is complete and
    named .journal left a ``.perfdocs-set.*.writing`` no run ever removed (hubei's full run
    saw it after a kill). No file of its set was renamed yet: the next write into that
    folder removes it at once when its writer is gone, and leaves a live writer's alone."""
    from perfdocs.files import writing

    folder = tmp_path / "out"
    folder.mkdir()
    script = (
        "import os, signal, sys, tempfile\n"
        "from perfdocs.files import writing\n"
        "def stop(fd, body):\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "writing.os.write = stop\n"
        "here = __import__('pathlib').Path(sys.argv[1])\n"
        "writing.write_set([(here / 'a.pdf', b'new'), (here / 'a.docx', b'new')])\n")
    process = subprocess.run([sys.executable, "-c", script, str(folder)], cwd=ROOT,
                             capture_output=True, text=True, timeout=60)
    assert process.returncode == -signal.SIGKILL, process.stderr
    (left,) = folder.glob(".perfdocs-set.*.writing")  # named with its writer's process
    assert left.name.split(".")[2].split("-")[0].isdigit()
    mine = folder / f".perfdocs-set.{writing._owner_tag(os.getpid())}.abc123.writing"
    mine.write_bytes(b"")  # a live writer's (this process)
    rerun = [(folder / "a.pdf", b"next run"), (folder / "a.docx", b"next run")]
    writing.write_set(rerun)  # the rerun of the killed set
    assert sorted(p.name for p in folder.iterdir()) == [mine.name, "a.docx", "a.pdf"]
    old = time.time() - writing.STALE_SECONDS - 60
    stranger = folder / ".perfdocs-set.12345-ffffff.zzz999.writing"  # another machine's
    stranger.write_bytes(b"")
    os.utime(stranger, (old, old))
    writing.write_set([(target, b"again") for target, _ in rerun])
    assert sorted(p.name for p in folder.iterdir()) == [mine.name, "a.docx", "a.pdf"]


def test_a_set_of_one_file_is_one_rename_without_a_journal(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """write_set and swap_set are one mechanism: a set of one file (a one-form render) is
    one atomic rename, no journal and no second name for the old file, whichever is
    called; a failed rename keeps the old file and leaves nothing behind. A folder alone
    still goes through the journal (it cannot be renamed over an old folder)."""
    from perfdocs.files import writing

    made: list[object] = []
    real_begin = writing._Journal.begin

    def begin(*args: object, **kwargs: object) -> object:
        made.append(args)
        return real_begin(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(writing._Journal, "begin", begin)
    target = tmp_path / "a-申报表.pdf"
    target.write_bytes(b"old")
    writing.write_set([(target, b"new")])
    assert target.read_bytes() == b"new" and made == []
    staged = tmp_path / ".staged.part"
    staged.write_bytes(b"newer")
    assert writing.swap_set([(target, staged)]) == []
    assert target.read_bytes() == b"newer" and made == [] and not staged.exists()
    real_replace = os.replace

    def refused(source: object, destination: object) -> None:
        if Path(str(destination)) == target:
            raise PermissionError(13, "Permission denied")
        real_replace(source, destination)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", refused)
    with pytest.raises(writing.SetNotWritten) as caught:
        writing.write_set([(target, b"newest")])
    assert caught.value.kept and caught.value.file == str(target)
    assert target.read_bytes() == b"newer" and made == []
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]
    monkeypatch.setattr(os, "replace", real_replace)
    folder, new_folder = tmp_path / "packet", tmp_path / ".packet.building"
    folder.mkdir()
    (folder / "old.txt").write_bytes(b"old")
    new_folder.mkdir()
    (new_folder / "new.txt").write_bytes(b"new")
    (aside,) = writing.swap_set([(folder, new_folder)])
    assert len(made) == 1 and (folder / "new.txt").exists() and (aside / "old.txt").exists()


SLOW_SWAP = (
    "import sys, time\n"
    "from pathlib import Path\n"
    "from perfdocs.files import writing\n"
    "real_name, real_keep = writing._backup_name, writing._keep_old\n"
    "def backup_name(target, new):\n"
    "    print('looks', time.monotonic(), flush=True)\n"
    "    return real_name(target, new)\n"
    "def keep_old(target, backup):\n"
    "    time.sleep(float(sys.argv[3]))  # between its look at the old folder and its move\n"
    "    real_keep(target, backup)\n"
    "writing._backup_name, writing._keep_old = backup_name, keep_old\n"
    "folder = Path(sys.argv[1])\n"
    "staging = folder.with_name('.' + folder.name + '.' + sys.argv[2] + '.building')\n"
    "staging.mkdir()\n"
    "(staging / 'who').write_text(sys.argv[2])\n"
    "zipped = staging.with_name(staging.name + '.zip')\n"
    "zipped.write_text(sys.argv[2])\n"
    "import shutil\n"
    "for old in writing.swap_set([(folder, staging),\n"
    "                             (folder.with_name(folder.name + '.zip'), zipped)]):\n"
    "    shutil.rmtree(old)  # the caller removes an old folder (packet._swap)\n"
    "print('done', time.monotonic(), flush=True)\n"
)
"""A packet-like set (a folder and its zip) swapped in by a process that pauses between
looking at the old folder and moving it aside."""


@pytest.mark.skipif(sys.platform == "win32", reason="flock")
def test_two_sets_into_one_folder_take_turns(tmp_path: Path) -> None:
    """CI on 9e367fe: two packets built at once into one folder, one refused with
    「无法替换文件夹…这是一个文件夹，不是文件」: the other run had moved the old folder aside
    and put its own in between this run's look at it and its move. A set's look and its
    renames now hold the folder's lock: the second run looks only once the first is done,
    and both sets land whole, the later one in place."""
    folder = tmp_path / "单位2024年度绩效自评材料"
    folder.mkdir()
    (folder / "who").write_text("old")
    (tmp_path / (folder.name + ".zip")).write_text("old")
    first = subprocess.Popen([sys.executable, "-c", SLOW_SWAP, str(folder), "a", "1.5"],
                             cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert first.stdout is not None
    looked = first.stdout.readline().split()
    assert looked[0] == "looks"
    second = subprocess.run([sys.executable, "-c", SLOW_SWAP, str(folder), "b", "0"],
                            cwd=ROOT, capture_output=True, text=True, timeout=60)
    rest, _ = first.communicate(timeout=60)
    assert first.returncode == 0 and second.returncode == 0, second.stderr
    second_looked = float(second.stdout.split()[1])
    # the first run moves the old folder 1.5 s after its look: the second waits for it
    assert second_looked - float(looked[1]) >= 1.4, "the second run looked mid-swap"
    assert "done" in rest
    assert (folder / "who").read_text() == "b"
    assert (tmp_path / (folder.name + ".zip")).read_text() == "b"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([folder.name,
                                                                 folder.name + ".zip"])

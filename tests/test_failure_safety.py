"""Nothing is lost: a render or packet killed at any moment, and two runs at once.

A preparer closes the laptop lid, a CI job times out, two colleagues render into the same
shared folder. Every file that carries a finished form's name must then be a finished form
(it opens; since the same input gives the same bytes, it *is* the reference render), the
only debris allowed is a temporary ``.…part`` file, and the next run succeeds.

The kills are SIGKILL (no cleanup handlers run) at moments drawn from a seeded random
generator, so a failure can be replayed: ``PERFDOCS_KILL_SEED=… pytest tests/test_failure_safety.py``.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from tests.conftest import DATA_2024, ROOT

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
    """Files with a final name (not a temporary one), by path relative to ``folder``."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*")
            if p.is_file() and not is_temporary(p)}


def is_temporary(path: Path) -> bool:
    """perfdocs' temporary names: ``.<final name>.<random>.part`` and packet staging."""
    return (path.name.startswith(".") and path.name.endswith(".part")) or any(
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


def test_render_killed_at_random_moments_leaves_only_finished_files(
        reference: dict[str, bytes], render_seconds: float, tmp_path: Path) -> None:
    out = tmp_path / "out"
    rng = random.Random(SEED)
    killed_while_running = 0
    part_files: set[str] = set()
    for _ in range(KILLS):
        process = subprocess.Popen(perfdocs("render", str(PROJECT), "--out", str(out)), cwd=ROOT,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.0, render_seconds * 1.1))
        if process.poll() is None:
            killed_while_running += 1
        process.send_signal(signal.SIGKILL)
        process.wait()
        for name, data in finished(out).items():
            assert name in reference, name
            assert data == reference[name], f"{name} is not the finished form"
            assert opens(out / name), name
        part_files |= {p.name for p in out.rglob("*") if p.is_file() and is_temporary(p)}
    assert killed_while_running >= KILLS // 2, "the kills should mostly land mid-run"
    result = run("render", str(PROJECT), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert finished(out) == reference


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
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []


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

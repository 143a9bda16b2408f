"""The digest of the code that checks (perfdocs/loading/checked_files.code_digest, issue
20.2): part of every checked-files key, it was read and hashed from ≈ 250 KB of source in
every process; now it is kept by the files' stats, and a changed file is read again."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from perfdocs.loading import checked_files
from perfdocs.loading.checked_files import CODE_FOLDER, code_digest

ROOT = Path(__file__).resolve().parent.parent
NAMES = ("one.py", "two.py")


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(checked_files.CACHE_VARIABLE, str(tmp_path / "checked"))
    folder = tmp_path / "package"
    folder.mkdir()
    (folder / "one.py").write_text("A = 1\n")
    (folder / "two.py").write_text("B = '二'\n")
    return folder


def read_twice(package: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str | None, int]:
    """The digest as a process finds it, and how many files it had to read for it."""
    reads = []
    real = checked_files.read_capped

    def counting(path: Path, limit: int) -> bytes | None:
        reads.append(path)
        return real(path, limit)

    monkeypatch.setattr(checked_files, "read_capped", counting)
    return code_digest(package, NAMES), len(reads)


def test_a_kept_digest_is_the_digest_of_the_source(package: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    source = checked_files._source_digest(package, NAMES)
    assert source is not None and len(source) == 64
    assert read_twice(package, monkeypatch) == (source, 2)  # first: read, hashed and kept
    assert read_twice(package, monkeypatch) == (source, 0)  # then: by the stats alone
    kept = list((package.parent / "checked" / CODE_FOLDER).glob("*.bin"))
    assert len(kept) == 1
    assert not list((package.parent / "checked").glob("*.bin"))  # not among checked files


def test_a_changed_file_is_read_again_even_with_its_size_and_mtime(
        package: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before, _ = read_twice(package, monkeypatch)
    one = package / "one.py"
    stamp = one.stat()
    one.write_text("A = 2\n")  # same size; mtime set back: its ctime still moves
    os.utime(one, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    after, reads = read_twice(package, monkeypatch)
    assert reads == 2 and after != before
    assert after == checked_files._source_digest(package, NAMES)


def test_a_damaged_or_foreign_memo_is_read_again(package: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    right, _ = read_twice(package, monkeypatch)
    (entry,) = (package.parent / "checked" / CODE_FOLDER).glob("*.bin")
    raw = entry.read_bytes()
    entry.write_bytes(raw[:-1] + bytes([raw[-1] ^ 1]))  # a flipped bit: its SHA-256 fails
    assert read_twice(package, monkeypatch) == (right, 2)
    assert entry.read_bytes() == raw  # written again
    entry.write_bytes(b"perfdocs-code-digest 1\n" + b"\0" * 32 + b"not a digest")
    assert read_twice(package, monkeypatch) == (right, 2)


def test_no_cache_or_a_missing_file(package: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    right = checked_files._source_digest(package, NAMES)
    monkeypatch.setenv(checked_files.CACHE_VARIABLE, "off")
    assert read_twice(package, monkeypatch) == (right, 2)
    assert read_twice(package, monkeypatch) == (right, 2)
    monkeypatch.setenv(checked_files.CACHE_VARIABLE, str(package.parent / "checked"))
    (package / "two.py").unlink()
    assert code_digest(package, NAMES) is None
    assert not (package.parent / "checked").exists()


def test_a_warm_render_reads_no_checking_code(tmp_path: Path) -> None:
    """A warm one-form render takes the three code digests kept: it opens none of
    perfdocs' modules whose source they hash (pydantic's version.py is still read)."""
    code = ("import builtins, json, sys\nfrom perfdocs.loading import checked_files\n"
            "seen = []\nreal = checked_files.read_capped\n"
            "checked_files.read_capped = lambda p, n: seen.append(str(p)) or real(p, n)\n"
            "from perfdocs.cli import main\n"
            "try:\n    main(sys.argv[1:])\nexcept SystemExit as exc:\n    status = exc.code\n"
            "print(json.dumps({'status': status, 'read': [p for p in seen if p.endswith('.py')\n"
            f"    and p.startswith({str(ROOT / 'perfdocs')!r})]}}))\n")
    args = ["render", str(ROOT / "data" / "2024" / "技能评价业务经费.yaml"), "--form", "自评表",
            "-f", "pdf", "-o", "out", "--no-cache"]
    env = {**os.environ, checked_files.CACHE_VARIABLE: str(tmp_path / "cache"),
           "PERFDOCS_FONT_CACHE": "off",
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    runs = [subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                           text=True, cwd=tmp_path, env=env, check=True).stdout
            for _ in range(2)]
    first, second = (json.loads(run.strip().splitlines()[-1]) for run in runs)
    assert first["read"] and first["status"] in (0, None)  # a first run reads and keeps
    assert second["read"] == [] and second["status"] in (0, None)

"""A project file whose name is not valid UTF-8 (a GBK name unpacked from a Windows zip on
Linux) renders and packs like any other, with the cache, twice (perfdocs/files/jsontext.py):
the cache entry, the output record and manifest.json failed on it after the forms were
written, an internal error (exit 3)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from perfdocs.engine.cache import Entry, decode, encode

ROOT = Path(__file__).resolve().parent.parent
FORM = ROOT / "data" / "2024" / "技能评价业务经费.yaml"
GBK_NAME = "测试项目.yaml".encode("gbk")

pytestmark = pytest.mark.skipif(sys.platform in ("win32", "darwin"),
                                reason="names there are always Unicode")


def _copy(tmp_path: Path) -> str:
    folder = os.fsencode(tmp_path)
    target = os.path.join(folder, GBK_NAME)
    shutil.copyfile(FORM, target)
    return os.fsdecode(target)


@pytest.mark.parametrize("command", ["render", "packet"])
def test_an_undecodable_name_renders_and_is_reused(tmp_path: Path, command: str) -> None:
    name = _copy(tmp_path)
    assert "\udcb2" in name  # the system's bytes, as Python holds them
    runs = [subprocess.run([sys.executable, "-m", "perfdocs", command, name, "-f", "pdf",
                            "-o", str(tmp_path / "out")], capture_output=True, cwd=tmp_path,
                           check=False) for _ in range(2)]
    for done in runs:
        assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
        assert b"\xe5\x86\x85\xe9\x83\xa8\xe9\x94\x99\xe8\xaf\xaf" not in done.stderr  # 内部错误
    said = (runs[1].stdout + runs[1].stderr).decode("utf-8", "replace")
    assert "沿用上次生成的结果" in said, said
    assert list((tmp_path / "out").rglob("*.pdf"))
    if command == "packet":
        manifest = next((tmp_path / "out").rglob("manifest.json"))
        json.loads(manifest.read_text(encoding="utf-8"))  # valid UTF-8 JSON


def test_a_cache_entry_keeps_the_name_exactly() -> None:
    name = os.fsdecode(b"/tmp/" + GBK_NAME)
    entry = Entry(name, ("技能评价业务经费", "自评"), [], [], [("a.pdf", b"%PDF")], [], "", [])
    blob = encode(entry)
    assert b"\\udcb2" in blob  # JSON's own escape, in a header that stays UTF-8
    again = decode(blob)
    assert again is not None and again.path == name and again == entry

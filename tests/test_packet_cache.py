"""Packets use the render cache: a rebuild after one change renders that project only,
and the packet (folder and zip) is byte for byte the one a clean build makes."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from perfdocs.engine import cache
from perfdocs.loading.settings import Settings
from perfdocs.packet import packet
from tests.conftest import DATA_2024, listing

DAY = date(2025, 3, 1)


@pytest.fixture(scope="module")
def font() -> object:
    from perfdocs.render.pdf.fonts import find_cjk_font

    found = find_cjk_font()
    if found.fallback:
        pytest.skip("no CJK font installed")
    return found


def _inputs(folder: Path) -> list[str]:
    folder.mkdir()
    return [str(shutil.copy(p, folder / p.name)) for p in sorted(DATA_2024.glob("*.yaml"))]


def _build(names: list[str], out: Path, font: object, *, cache_on: bool,
           monkeypatch: pytest.MonkeyPatch) -> tuple[Path, list[str]]:
    """Build the packet; return its folder and the projects rendered (not reused)."""
    rendered: list[str] = []
    real = packet.render_one

    def counted(path: str, job: packet.Job) -> packet.Rendered:
        rendered.append(Path(path).name)
        return real(path, job)

    monkeypatch.setattr(packet, "render_one", counted)
    run = packet.build_packet(names, Settings(), out=out, font=font, day=DAY,  # type: ignore[arg-type]
                              cache=cache_on)
    (folder,) = run.folders
    return folder, rendered


def _diff(a: Path, b: Path) -> str:
    found = subprocess.run(["diff", "-r", "-x", cache.CACHE_FOLDER, str(a), str(b)],
                           capture_output=True, text=True, check=False)
    assert found.returncode in (0, 1), found.stderr
    return found.stdout


def test_rebuild_renders_the_changed_project_only_and_equals_a_clean_packet(
        tmp_path: Path, font: object, monkeypatch: pytest.MonkeyPatch) -> None:
    names = _inputs(tmp_path / "in")
    out = tmp_path / "out"
    folder, rendered = _build(names, out, font, cache_on=True, monkeypatch=monkeypatch)
    assert len(rendered) == len(names)
    # per project: its validation and its forms
    assert len(list(cache.cache_folder(out).glob(f"*/*{cache.ENTRY_SUFFIX}"))) == 2 * len(names)
    kept = sorted(p for p in (folder / "表格").rglob("*") if p.is_file()
                  and "职业培训" in p.name)
    inodes = {p.name: p.stat().st_ino for p in kept}
    first_zip = folder.with_name(folder.name + ".zip").read_bytes()
    changed = Path(names[1])
    changed.write_text(changed.read_text(encoding="utf-8").replace("培训", "轮训", 1),
                       encoding="utf-8")
    run_reused: list[int] = []
    real_build = packet._build_all

    def tallied(*args: Any, **kwargs: Any) -> Any:
        built = real_build(*args, **kwargs)
        run_reused.append(built[1])
        return built

    monkeypatch.setattr(packet, "_build_all", tallied)
    folder, rendered = _build(names, out, font, cache_on=True, monkeypatch=monkeypatch)
    assert rendered == [changed.name]
    assert run_reused == [len(names) - 1]  # PacketRun.reused counts the others
    # an unchanged project's forms are the old packet's files, linked, not written again
    assert inodes and all((folder / "表格" / name).stat().st_ino == inode
                          for name, inode in inodes.items())
    clean, rendered = _build(names, tmp_path / "clean", font, cache_on=False,
                             monkeypatch=monkeypatch)
    assert len(rendered) == len(names)
    assert not cache.cache_folder(tmp_path / "clean").exists()
    assert _diff(folder, clean) == ""
    assert folder.with_name(folder.name + ".zip").read_bytes() == \
        clean.with_name(clean.name + ".zip").read_bytes()
    assert folder.with_name(folder.name + ".zip").read_bytes() != first_zip  # it did change
    assert [p.name for p in listing(out)] == [folder.name, folder.name + ".zip"]


def test_a_failed_packet_leaves_no_cache_folder_it_made(
        tmp_path: Path, font: object, monkeypatch: pytest.MonkeyPatch) -> None:
    names = _inputs(tmp_path / "in")
    out = tmp_path / "out"

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("磁盘已满")

    monkeypatch.setattr(packet, "_zip", broken)
    with pytest.raises(OSError):
        _build(names, out, font, cache_on=True, monkeypatch=monkeypatch)
    assert not out.exists()


def test_packet_command_caches_by_default(tmp_path: Path) -> None:
    from tests.conftest import invoke

    names = _inputs(tmp_path / "in")
    code, text = invoke("packet", *names, "-o", str(tmp_path / "a"), "-f", "xlsx",
                        "--date", "2025-03-01")
    assert code == 0, text
    assert len(list(cache.cache_folder(tmp_path / "a").glob("*/*.entry"))) == 2 * len(names)
    code, text = invoke("packet", *names, "-o", str(tmp_path / "b"), "-f", "xlsx",
                        "--date", "2025-03-01", "--no-cache")
    assert code == 0, text
    assert not cache.cache_folder(tmp_path / "b").exists()
    assert "未改动" not in text
    # again with the cache: every project reused, and the user is told (tester's 28)
    code, text = invoke("packet", *names, "-o", str(tmp_path / "a"), "-f", "xlsx",
                        "--date", "2025-03-01")
    assert code == 0, text
    assert f"（{len(names)} 个项目文件未改动，表格沿用上次生成的结果；" in text


def test_rebuild_leaves_an_unchanged_units_packet_untouched(tmp_path: Path) -> None:
    """tester16 F6: after one unit's project changed, the other unit's zip, manifest,
    一览表 and bound PDF were written again (same bytes, a new time: a synced folder sent
    them all again), and ``packet`` did not name the file rendered anew as ``render`` does."""
    from tests.conftest import invoke

    names = _inputs(tmp_path / "in")
    text = Path(names[2]).read_text(encoding="utf-8")
    assert text.count("实施单位: 上海市职业技能鉴定中心\n") == 1
    other = tmp_path / "in" / "另一单位.yaml"
    other.write_text(text.replace("实施单位: 上海市职业技能鉴定中心\n",
                                  "实施单位: 上海市职业培训指导中心\n"), encoding="utf-8")
    names.append(str(other))
    out = tmp_path / "out"
    args = ("packet", *names, "-o", str(out), "-f", "xlsx,pdf", "--date", "2025-03-01")
    code, said = invoke(*args)
    assert code == 0, said

    def times(unit: str) -> dict[str, tuple[int, int]]:
        (folder,) = [p for p in out.iterdir() if p.is_dir() and p.name.startswith(unit)]
        files = [folder.with_name(folder.name + ".zip"),
                 *(p for p in folder.iterdir() if p.is_file())]
        assert any(p.name == "manifest.json" for p in files)
        assert any(p.name.endswith("一览表.xlsx") for p in files)
        return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in files}

    kept, moved = times("上海市职业技能鉴定中心"), times("上海市职业培训指导中心")
    other.write_text(other.read_text(encoding="utf-8").replace(
        "项目名称: 职业培训基础能力建设资助", "项目名称: 职业轮训基础能力建设资助"), encoding="utf-8")
    code, said = invoke(*args)
    assert code == 0, said
    assert times("上海市职业技能鉴定中心") == kept
    now = times("上海市职业培训指导中心")
    assert all(now[name] != moved[name] for name in moved if name.endswith((".zip", ".json")))
    assert f"重新生成：{other}；" in said, said
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == [cache.CACHE_FOLDER]

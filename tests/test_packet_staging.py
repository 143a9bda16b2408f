"""The folder a packet is built in: hidden on Windows while it is built (a dot hides
nothing there; tester2 #9), and made with the permissions any folder gets (mkdtemp's
0700 stayed on the packet; tester2 #10).

The Windows calls are checked against a stand-in that keeps attributes per path as
kernel32 documents them (as tests/test_processes.py does for the process calls); not run
on a real Windows machine here."""

from __future__ import annotations

import os
import stat
import sys
from datetime import date
from pathlib import Path

import pytest

from perfdocs.loading.settings import Settings
from perfdocs.packet import hiding, packet
from tests.conftest import SMALL_PROJECT

DIRECTORY, ARCHIVE, READONLY = 0x10, 0x20, 0x1


class FakeKernel32:
    """GetFileAttributesW / SetFileAttributesW as documented. Attributes belong to the
    file, not its name (a renamed folder keeps them, as on NTFS): kept by inode here. A
    path never set has the attributes a new folder or file has."""

    def __init__(self) -> None:
        self.table: dict[tuple[int, int], int] = {}

    @staticmethod
    def _key(path: str) -> tuple[int, int] | None:
        try:
            found = os.stat(path)
        except OSError:
            return None
        return found.st_dev, found.st_ino

    def GetFileAttributesW(self, path: str) -> int:
        key = self._key(path)
        if key is None:
            return hiding.INVALID
        if key in self.table:
            return self.table[key]
        return DIRECTORY if os.path.isdir(path) else ARCHIVE

    def SetFileAttributesW(self, path: str, attributes: int) -> int:
        key = self._key(path)
        if key is None:
            return 0
        self.table[key] = attributes
        return 1

    def hidden(self, path: Path) -> bool:
        return bool(self.GetFileAttributesW(str(path)) & hiding.HIDDEN)


def test_set_hidden_keeps_the_other_attributes(tmp_path: Path) -> None:
    kernel32 = FakeKernel32()
    kernel32.SetFileAttributesW(str(tmp_path), DIRECTORY | READONLY)
    assert hiding.set_hidden(tmp_path, True, kernel32)
    assert kernel32.GetFileAttributesW(str(tmp_path)) == DIRECTORY | READONLY | hiding.HIDDEN
    assert hiding.set_hidden(tmp_path, False, kernel32)
    assert kernel32.GetFileAttributesW(str(tmp_path)) == DIRECTORY | READONLY
    assert not hiding.set_hidden(tmp_path / "gone", True, kernel32)  # INVALID: no call


def test_hide_does_nothing_off_windows(tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hiding, "_windows", lambda: False)

    def refused() -> None:
        raise AssertionError("kernel32 asked for off Windows")

    monkeypatch.setattr(hiding, "_kernel32", refused)
    assert hiding.hide(tmp_path) is False


def _project(tmp_path: Path) -> list[str]:
    source = tmp_path / "in" / "项目.yaml"
    source.parent.mkdir()
    source.write_text(SMALL_PROJECT, encoding="utf-8")
    return [str(source)]


def _build(names: list[str], out: Path) -> Path:
    run = packet.build_packet(names, Settings(), out=out, formats=("xlsx",), font=None,
                              day=date(2025, 3, 1))
    (folder,) = run.folders
    return folder


def test_the_staging_folder_is_hidden_while_built_and_the_packet_is_not(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kernel32 = FakeKernel32()
    monkeypatch.setattr(hiding, "_windows", lambda: True)
    monkeypatch.setattr(hiding, "_kernel32", lambda: kernel32)
    seen: dict[str, bool] = {}
    real_build, real_swap, real_remove = packet._build_one, packet._swap, packet._remove

    def building(group: packet.Group, folder: Path, *args: object, **kwargs: object) -> int:
        seen[folder.name] = kernel32.hidden(folder)
        return real_build(group, folder, *args, **kwargs)  # type: ignore[arg-type]

    def swapping(staging: Path, folder: Path) -> list[Path]:
        built_zip = staging.with_name(staging.name + ".zip")
        seen[built_zip.name] = kernel32.hidden(built_zip)
        return real_swap(staging, folder)

    def removing(path: Path) -> None:  # the packet replaced, moved aside, then removed
        if path.exists():
            seen[path.name] = kernel32.hidden(path)
        real_remove(path)

    monkeypatch.setattr(packet, "_build_one", building)
    monkeypatch.setattr(packet, "_swap", swapping)
    monkeypatch.setattr(packet, "_remove", removing)
    names = _project(tmp_path)
    out = tmp_path / "out"
    folder = _build(names, out)
    zipped = folder.with_name(folder.name + ".zip")
    (staging,) = [name for name in seen if name.endswith(".building")]
    assert staging.startswith(f".{folder.name}.{os.getpid()}.")
    assert seen == {staging: True, f"{staging}.zip": True}
    assert not kernel32.hidden(folder) and not kernel32.hidden(zipped)
    # built again: the old packet, moved aside before it is removed, is hidden meanwhile
    seen.clear()
    again = _build(names, out)
    assert again == folder and not kernel32.hidden(folder) and not kernel32.hidden(zipped)
    retired = [name for name in seen if name.endswith(".old")]
    assert len(retired) == 1 and seen[retired[0]] is True, seen
    assert sorted(p.name for p in out.iterdir()) == [folder.name, zipped.name]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.parametrize("umask", [0o022, 0o027, 0o002])
def test_the_packet_has_the_permissions_a_folder_gets(tmp_path: Path, umask: int) -> None:
    names = _project(tmp_path)
    old = os.umask(umask)
    try:
        folder = _build(names, tmp_path / "out")
        plain = tmp_path / "plain"
        plain.mkdir()
    finally:
        os.umask(old)
    assert stat.S_IMODE(folder.stat().st_mode) == stat.S_IMODE(plain.stat().st_mode) \
        == 0o777 & ~umask
    zipped = folder.with_name(folder.name + ".zip")
    assert stat.S_IMODE(zipped.stat().st_mode) == 0o666 & ~umask

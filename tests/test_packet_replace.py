"""A packet and its zip replace the old ones together or not at all (tester6 #0b).

On Windows a zip open in 7-Zip, a previewed or mailed one, cannot be replaced; nor can a
folder whose bound PDF is open in a reader. The folder and the zip are one set of
:func:`perfdocs.files.writing.swap_set` (render's journalled, rolled-back renames): when the
zip cannot be replaced the folder is put back and the error names the zip; when only the
old copy cannot be removed the new packet stands and the run says what to delete. Here the
refusal is made by failing ``os.replace`` / the removal for those names, as Windows would.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from perfdocs.errors import PerfdocsError
from perfdocs.loading.settings import Settings
from perfdocs.packet import packet
from tests.conftest import SMALL_PROJECT


def _setup(tmp_path: Path) -> tuple[list[str], Path]:
    source = tmp_path / "in" / "项目.yaml"
    source.parent.mkdir()
    source.write_text(SMALL_PROJECT, encoding="utf-8")
    return [str(source)], tmp_path / "out"


def _build(names: list[str], out: Path, day: int) -> packet.PacketRun:
    return packet.build_packet(names, Settings(), out=out, formats=("xlsx",), font=None,
                               day=date(2025, 3, day))


def _contents(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and ".perfdocs-cache" not in p.parts}


def test_a_zip_that_cannot_be_replaced_leaves_the_old_packet_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    names, out = _setup(tmp_path)
    (folder,) = _build(names, out, 1).folders
    zipped = folder.with_name(folder.name + ".zip")
    before = _contents(out)
    real = os.replace

    def held_open(source: object, target: object) -> None:
        if Path(str(target)) == zipped:
            raise PermissionError(13, "Permission denied")
        real(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", held_open)
    with pytest.raises(PerfdocsError) as caught:
        _build(names, out, 2)  # another date: every file of the packet differs
    message = caught.value.message
    assert zipped.name in message and "关闭后重新运行" in message, message
    assert "均未改动" in message, message
    # the folder was put back: it and the zip are the old packet, nothing else is left
    assert _contents(out) == before
    assert sorted(p.name for p in out.iterdir()) == sorted([folder.name, zipped.name])


def test_an_old_packet_that_cannot_be_removed_is_named_and_the_run_succeeds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    names, out = _setup(tmp_path)
    (folder,) = _build(names, out, 1).folders
    real = packet._remove

    def held_open(path: Path) -> None:
        if path.name.endswith(".old"):
            raise PermissionError(13, "Permission denied")
        real(path)

    monkeypatch.setattr(packet, "_remove", held_open)
    run = _build(names, out, 2)
    zipped = folder.with_name(folder.name + ".zip")
    (old,) = [p for p in out.iterdir() if p.name.endswith(".old")]
    assert any(old.name in note and "删除" in note for note in run.notes), run.notes
    monkeypatch.setattr(packet, "_remove", real)
    again = _contents(out)
    real(old)
    fresh = tmp_path / "fresh"
    _build(names, fresh, 2)  # the packet in place is the new one, zip and folder alike
    assert {k: v for k, v in again.items() if not k.startswith(old.name)} == _contents(fresh)
    assert zipped.exists()


def test_a_later_unit_refused_says_the_units_already_replaced(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """tester7 N4: with two units, the second's zip held open, the first's packet is
    replaced before the error; the error says so (it said only 「均未改动」 of the second)."""
    names, out = _setup(tmp_path)
    other = tmp_path / "in" / "乙.yaml"
    other.write_text(SMALL_PROJECT.replace("实施单位: 某某中心", "实施单位: 某某中心乙"),
                     encoding="utf-8")
    first, second = _build([*names, str(other)], out, 1).folders
    locked = second.with_name(second.name + ".zip")
    kept = locked.read_bytes()
    was = first.with_name(first.name + ".zip").read_bytes()
    real = os.replace

    def held_open(source: object, target: object) -> None:
        if Path(str(target)) == locked:
            raise PermissionError(13, "Permission denied")
        real(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", held_open)
    with pytest.raises(PerfdocsError) as caught:
        _build([*names, str(other)], out, 2)
    message = caught.value.message
    assert "均未改动" in message and locked.name in message, message
    assert "已更新的其他单位材料包" in message and first.name in message, message
    assert first.with_name(first.name + ".zip").read_bytes() != was  # it was replaced
    assert locked.read_bytes() == kept
    assert str(caught.value).endswith(first.name + "（及其 .zip）")

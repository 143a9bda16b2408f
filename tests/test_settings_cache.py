"""perfdocs.toml checked once per content (perfdocs.loading.settings with
perfdocs/loading/checked_files.py): the same Settings as a fresh check, a changed file is a
new check with its faults, and a damaged or unwritable cache is nothing worse than a check."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from perfdocs.errors import SettingsInvalid
from perfdocs.loading import checked_files, settings
from perfdocs.loading.settings import load_settings

TEXT = ('[unit]\nname = "某某中心"\n\n[render]\nformats = ["pdf"]\nout = "成果"\n\n'
        '[layouts]\npaths = ["我的版式"]\n')


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "checked"
    monkeypatch.setenv(checked_files.CACHE_VARIABLE, str(folder))
    return folder


def checked_afresh(path: Path, monkeypatch: pytest.MonkeyPatch) -> settings.Settings:
    with monkeypatch.context() as patch:
        patch.setenv(checked_files.CACHE_VARIABLE, "off")
        return load_settings(path)


def test_kept_settings_are_the_settings_checked_afresh(
        cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "perfdocs.toml"
    path.write_text(TEXT, encoding="utf-8")
    first = load_settings(path)
    # the settings, and the validator too unless an earlier test of this process built it
    kept = set(cache.glob("*.bin"))
    assert 1 <= len(kept) <= 2
    calls: list[object] = []
    monkeypatch.setattr(settings, "_parse", lambda *a: calls.append(a))  # never reached
    again = load_settings(path)
    assert set(cache.glob("*.bin")) == kept  # read back, nothing written again
    monkeypatch.undo()
    monkeypatch.setenv(checked_files.CACHE_VARIABLE, str(cache))
    assert calls == []
    assert again == first == checked_afresh(path, monkeypatch)
    assert again.out == tmp_path / "成果" and again.layout_paths[0] == str(tmp_path / "我的版式")


def test_a_changed_file_is_checked_again(cache: Path, tmp_path: Path) -> None:
    path = tmp_path / "perfdocs.toml"
    path.write_text(TEXT, encoding="utf-8")
    assert load_settings(path).formats == ("pdf",)
    path.write_text(TEXT.replace('["pdf"]', '["xlsx", "pdf"]'), encoding="utf-8")
    assert load_settings(path).formats == ("xlsx", "pdf")
    path.write_text(TEXT.replace('["pdf"]', '["pdff"]'), encoding="utf-8")
    with pytest.raises(SettingsInvalid) as found:  # its faults, never the kept settings
        load_settings(path)
    assert "是不是「pdf」" in str(found.value.all_diagnostics())


def test_the_same_text_elsewhere_is_another_entry(cache: Path, tmp_path: Path) -> None:
    """Relative paths are taken from the file's folder: a copy of the file elsewhere
    resolves them there."""
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "perfdocs.toml").write_text(TEXT, encoding="utf-8")
    a = load_settings(tmp_path / "a" / "perfdocs.toml")
    b = load_settings(tmp_path / "b" / "perfdocs.toml")
    assert a.out == tmp_path / "a" / "成果" and b.out == tmp_path / "b" / "成果"


@pytest.mark.skipif(os.name == "nt", reason="symbolic links")
def test_a_layout_folder_turned_into_a_loop_is_still_refused(cache: Path, tmp_path: Path) -> None:
    path = tmp_path / "perfdocs.toml"
    path.write_text(TEXT, encoding="utf-8")
    load_settings(path)
    (tmp_path / "我的版式").symlink_to(tmp_path / "我的版式")
    with pytest.raises(SettingsInvalid, match="循环"):
        load_settings(path)


@pytest.mark.parametrize("damage", ["truncated", "flipped", "garbage", "empty"])
def test_a_damaged_entry_is_a_check(damage: str, cache: Path, tmp_path: Path) -> None:
    path = tmp_path / "perfdocs.toml"
    path.write_text(TEXT, encoding="utf-8")
    good = load_settings(path)
    (entry,) = cache.glob("*.bin")
    raw = entry.read_bytes()
    entry.write_bytes({"truncated": raw[: len(raw) // 2], "empty": b"",
                       "flipped": raw[:-5] + bytes([raw[-5] ^ 1]) + raw[-4:],
                       "garbage": os.urandom(len(raw))}[damage])
    assert load_settings(path) == good
    assert entry.read_bytes() == raw


def test_an_unwritable_cache_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv(checked_files.CACHE_VARIABLE, str(blocker / "cache"))
    path = tmp_path / "perfdocs.toml"
    path.write_text(TEXT, encoding="utf-8")
    assert load_settings(path) == load_settings(path) == checked_afresh(path, monkeypatch)

"""Font subsets kept on disk (perfdocs.render.pdf.native.subset_cache): the same PDF bytes
whether a subset is built, read back, or its kept file is damaged or made for other codes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from perfdocs.kept import Kept
from perfdocs.render.pdf import writer
from perfdocs.render.pdf.fonts import FontChoice, find_cjk_font
from perfdocs.render.pdf.native import document, subset_cache

ROOT = Path(__file__).resolve().parent.parent
PROJECT = ROOT / "data" / "2024" / "技能评价业务经费.yaml"


@pytest.fixture(scope="module")
def font() -> FontChoice:
    choice = find_cjk_font(())
    if choice.path is None:
        pytest.skip("no TrueType CJK font installed: the native writer is not used")
    return choice


def _forms() -> list[Any]:
    from perfdocs.engine.pipeline import forms_of, prepare
    from perfdocs.loading.settings import Settings

    return forms_of(prepare(PROJECT, Settings()), None)[0]


def _render(forms: list[Any], font: FontChoice, monkeypatch: pytest.MonkeyPatch) -> bytes:
    """A native PDF as a new process makes it: no subset kept in memory."""
    monkeypatch.setattr(document, "_SUBSETS", Kept(16))
    monkeypatch.setattr(document, "_SMALL", Kept(32))
    taken: list[str] = []
    plain = writer._render_native

    def recorded(*args: Any) -> bytes:
        data = plain(*args)
        taken.append("native")
        return data

    monkeypatch.setattr(writer, "_render_native", recorded)
    data = writer.render_pdf(forms, font=font)
    assert taken == ["native"]
    return data


@pytest.fixture
def kept(font: FontChoice, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The subsets' folder in a font cache folder of the test's own (the faces stay those
    of the process, loaded natively from the usual font cache once warm)."""
    writer.render_pdf(_forms()[:1], font=font)  # the font cache holds the faces from now on
    writer.render_pdf(_forms()[:1], font=font)
    monkeypatch.setenv("PERFDOCS_FONT_CACHE", str(tmp_path / "fonts"))
    return tmp_path / "fonts" / subset_cache.FOLDER


def _entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.bin")) if folder.exists() else []


def test_a_kept_subset_gives_the_same_bytes(font: FontChoice, kept: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    forms = _forms()
    with monkeypatch.context() as m:
        m.setattr(subset_cache, "entry", lambda *args: None)  # built, nothing kept
        built = _render(forms, font, monkeypatch)
    for f in _entries(kept):
        f.unlink()
    first = _render(forms, font, monkeypatch)  # built and kept
    entries = _entries(kept)
    assert len(entries) >= 2
    read: list[Any] = []
    plain = subset_cache.Entry.read

    def counted(self: subset_cache.Entry) -> Any:
        found = plain(self)
        read.append(found)
        return found

    monkeypatch.setattr(subset_cache.Entry, "read", counted)
    again = _render(forms, font, monkeypatch)  # read back
    assert built == first == again
    assert len(read) == len(entries) and all(found is not None for found in read)


def test_a_damaged_or_foreign_entry_is_a_miss(font: FontChoice, kept: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    forms = _forms()
    first = _render(forms, font, monkeypatch)
    entries = _entries(kept)
    assert entries
    # one damaged (a flipped byte in its stream), one holding another subset's material
    damaged = bytearray(entries[0].read_bytes())
    damaged[-10] ^= 0xFF
    entries[0].write_bytes(bytes(damaged))
    if len(entries) > 1:
        entries[1].write_bytes(entries[-1].read_bytes())
    assert _render(forms, font, monkeypatch) == first
    entry = subset_cache.Entry(kept, b"other material")
    entry.file.write_bytes(entries[-1].read_bytes())  # a file under a name it was not made for
    assert entry.read() is None


def test_the_key_names_the_face_the_codes_and_the_code_that_makes_them() -> None:
    a = subset_cache._material("face", "AAAAAA+X", [0, 32, 33])
    assert a != subset_cache._material("face", "AAAAAA+X", [0, 33, 32])
    assert a != subset_cache._material("other", "AAAAAA+X", [0, 32, 33])
    assert b"fontfile.py" in a and b"subsetter.py" in a
    assert subset_cache.entry(None, "AAAAAA+X", [0]) is None


def test_a_full_folder_is_trimmed_to_the_newest_and_read_only_when_over(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Entries' times are read only when there are more than MAX_ENTRIES; then the newest
    TRIM_TO stay (a batch of new forms does not read 256 times at every write)."""
    import os

    from perfdocs.files import user_cache

    folder = tmp_path / "subsets"
    entries = []
    for n in range(subset_cache.MAX_ENTRIES):
        entry = subset_cache.Entry(folder, b"material %d" % n)
        entry.write(1, b"x", b"[ ]", b"u")
        os.utime(entry.file, (1000 + n, 1000 + n))
        entries.append(entry)
    stale = folder / ".tmp-left.bin"
    stale.write_bytes(b"")
    os.utime(stale, (1, 1))
    stats: list[str] = []
    plain = os.stat

    def counted(path: Any, *args: Any, **kwargs: Any) -> Any:
        stats.append(str(path))
        return plain(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", counted)
    user_cache._evict(folder, subset_cache.MAX_ENTRIES, subset_cache.TRIM_TO)
    assert stats == [str(stale)] and not stale.exists()  # under the limit: names only
    newest = subset_cache.Entry(folder, b"the newest")
    newest.write(1, b"x", b"[ ]", b"u")  # one over: trimmed
    left = {p.name for p in folder.glob("*.bin")}
    assert len(left) == subset_cache.TRIM_TO
    kept = {e.file.name for e in entries[-(subset_cache.TRIM_TO - 1):]} | {newest.file.name}
    assert left == kept
    assert newest.read() == (1, b"x", b"[ ]", b"u")

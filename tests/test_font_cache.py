"""The per-user cache of parsed TrueType fonts: the same font object and the same PDF bytes
with it as without it, and nothing worse than a re-parse when the cache is damaged,
unwritable, raced for or switched off."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from perfdocs.render.pdf import font_cache
from perfdocs.render.pdf.font_cache import ADVANCES, FORMAT, MAX_ENTRIES, load_font

UMING = Path("/usr/share/fonts/truetype/arphic/uming.ttc")
LIBERATION = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf")
ROOT = Path(__file__).resolve().parent.parent
MEASURED = "项目资金（万元）2024 年 Total 98.5% \u2028\U0001F600\uFFFF 甲乙丙"
"""CJK, Latin, figures, a no-break space's neighbours, characters no face here maps."""


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path.name} is not installed")
    return path


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "font-cache"
    monkeypatch.setenv(font_cache.CACHE_VARIABLE, str(folder))
    return folder


def reference(name: str, path: Path) -> Any:
    """What reportlab itself builds: ``TTFont(name, path)``."""
    from reportlab.pdfbase.ttfonts import TTFont

    return TTFont(name, str(path))


def same(a: Any, b: Any) -> bool:
    """Equal all the way down with the same types (1 is not 1.0), names with their text."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list | tuple):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if hasattr(a, "ustr"):
        return bytes(a) == bytes(b) and a.ustr == b.ustr
    return bool(a == b)


def assert_same_font(ours: Any, theirs: Any) -> None:
    """Every attribute of the font and of its face equal reportlab's own, except the file's
    bytes (ours are mapped, not copied: compared by content) and the scale closure
    (compared by what it returns)."""
    assert type(ours) is type(theirs) and type(ours.face) is type(theirs.face)
    # measured first, while a warm face's maps hold nothing yet: reportlab's C measure
    # reads the advances as a plain dict (a primed stringWidth is on the font itself)
    for text in (MEASURED, MEASURED.encode("utf-8"), "\xa0", ""):
        assert ours.stringWidth(text, 10.5) == theirs.stringWidth(text, 10.5)
    assert ours.face.getCharWidth(0x4E2D) == theirs.face.getCharWidth(0x4E2D)
    font_keys = set(vars(theirs)) - {"face", "encoding", "state", "stringWidth"}
    assert set(vars(ours)) - {"face", "encoding", "state", "stringWidth"} == font_keys
    for key in font_keys:
        assert same(getattr(ours, key), getattr(theirs, key)), key
    face_keys = set(vars(theirs.face)) - {"_ttf_data", "_pdfScale", "_pos", "get_table"}
    assert set(vars(ours.face)) - {"_ttf_data", "_pdfScale", "_pos", "get_table"} == face_keys
    for key in face_keys:
        mine = getattr(ours.face, key)
        if key in ("hmetrics", "glyphPos"):  # stand-ins the subsetter indexes: their items
            mine = list(mine)
        if key in ("glyphToChar", "charToGlyph", "charWidths") and type(mine) is not dict:
            mine = dict(mine.items())  # read when first asked for: compare what it holds
        assert same(mine, getattr(theirs.face, key)), key
    if "glyphToChar" in face_keys:  # reportlab 4.0 drops it after the parse
        glyph_to_char = ours.face.glyphToChar  # what text shaping does with it: a dict
        glyph_to_char.setdefault(0, []).append(0xE000)
        assert glyph_to_char[0][-1] == 0xE000 and isinstance(glyph_to_char, dict)
    assert len(ours.face.hmetrics) == len(theirs.face.hmetrics)
    assert ours.face.hmetrics[-1] == theirs.face.hmetrics[-1]
    for i in (0, 1, len(theirs.face.glyphPos) // 2, -1):
        assert same(ours.face.glyphPos[i], theirs.face.glyphPos[i])
        assert same(ours.face.hmetrics[i], theirs.face.hmetrics[i])
    assert ours.face._ttf_data[:] == theirs.face._ttf_data
    if hasattr(theirs.face, "_pdfScale"):
        for value in (0, 1, 517, 2048):
            assert ours.face._pdfScale(value) == theirs.face._pdfScale(value)


@pytest.mark.parametrize("path", [UMING, LIBERATION], ids=["uming.ttc", "liberation.ttf"])
def test_cold_and_warm_loads_build_what_reportlab_builds(cache: Path, path: Path) -> None:
    need(path)
    theirs = reference("x", path)
    cold = load_font("x", str(path), 0)
    files = list(cache.glob("*.bin"))
    assert len(files) == 1 and files[0].read_bytes().startswith(FORMAT)
    warm = load_font("x", str(path), 0)
    assert_same_font(cold, theirs)
    assert_same_font(warm, theirs)


def _pdf(setting: str) -> bytes:
    """The sample form's PDF from a new process (no font registered yet) with the cache
    set to ``setting``."""
    script = ("import sys\nsys.path.insert(0, 'tests')\n"
              "from sample_forms import sample_form\n"
              "from perfdocs.render.pdf.fonts import find_cjk_font\n"
              "from perfdocs.render.pdf.writer import render_pdf\n"
              "font = find_cjk_font([sys.argv[1]])\n"
              "sys.stdout.buffer.write(render_pdf([sample_form(30)], font=font))\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT), font_cache.CACHE_VARIABLE: setting}
    done = subprocess.run([sys.executable, "-c", script, str(UMING)], env=env, cwd=ROOT,
                          capture_output=True, check=True, timeout=300)
    return done.stdout


def test_pdf_bytes_are_the_same_without_with_a_cold_and_with_a_warm_cache(
        tmp_path: Path) -> None:
    need(UMING)
    folder = tmp_path / "fc"
    without = _pdf("off")
    cold = _pdf(str(folder))
    assert len(list(folder.glob("*.bin"))) >= 1
    warm = _pdf(str(folder))
    assert without.startswith(b"%PDF") and without == cold == warm


@pytest.mark.parametrize("damage", ["flipped byte", "two flipped bytes", "flipped length",
                                    "truncated", "cut after the header", "longer", "empty",
                                    "other format", "not marshal", "code object"])
def test_a_damaged_entry_is_ignored_and_rewritten(cache: Path, damage: str) -> None:
    need(LIBERATION)
    load_font("x", str(LIBERATION), 0)
    (entry,) = cache.glob("*.bin")
    good = entry.read_bytes()
    head = len(FORMAT) + font_cache.user_cache.QUICK_CHECK_BYTES
    import marshal

    def signed(payload: bytes) -> bytes:
        return FORMAT + font_cache.user_cache.quick_check(payload) + payload

    damaged = {
        "flipped byte": good[:-100] + bytes([good[-100] ^ 0x40]) + good[-99:],
        "two flipped bytes": (good[:head + 10] + bytes([good[head + 10] ^ 0x01])
                              + good[head + 11:-7] + bytes([good[-7] ^ 0x80]) + good[-6:]),
        "flipped length": good[:head - 1] + bytes([good[head - 1] ^ 0x01]) + good[head:],
        "truncated": good[: len(good) // 2],
        "cut after the header": good[:head],
        "longer": good + b"\0",
        "empty": b"",
        "other format": b"perfdocs-font-cache 0\n" + good[len(FORMAT):],
        "not marshal": signed(b"\xff" * 64),
        "code object": signed(marshal.dumps({"name": ("plain", compile("1", "x", "eval"))})),
    }[damage]
    entry.write_bytes(damaged)
    assert font_cache._read(entry) is None
    font = load_font("x", str(LIBERATION), 0)
    assert_same_font(font, reference("x", LIBERATION))
    assert entry.read_bytes()[head:] == good[head:]  # rewritten as it was


def test_an_unwritable_cache_folder_is_no_error(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    need(LIBERATION)
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(font_cache.CACHE_VARIABLE, str(blocked / "fonts"))
    font = load_font("x", str(LIBERATION), 0)
    assert_same_font(font, reference("x", LIBERATION))
    assert blocked.read_text(encoding="utf-8") == "not a folder"


@pytest.mark.parametrize("setting", ["0", "off"])
def test_switched_off_nothing_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         setting: str) -> None:
    need(LIBERATION)
    monkeypatch.setenv(font_cache.CACHE_VARIABLE, setting)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert font_cache.cache_dir() is None
    load_font("x", str(LIBERATION), 0)
    assert list(tmp_path.rglob("*")) == []


def test_default_place_follows_xdg_and_home(monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path) -> None:
    monkeypatch.delenv(font_cache.CACHE_VARIABLE, raising=False)
    if sys.platform in ("win32", "darwin"):
        pytest.skip("the Linux rule")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert font_cache.cache_dir() == tmp_path / "xdg" / "perfdocs" / "fonts"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert font_cache.cache_dir() == tmp_path / ".cache" / "perfdocs" / "fonts"


def _entries(cache: Path) -> set[str]:
    return {file.name for file in cache.glob("*.bin")}


def test_the_same_unchanged_font_file_hits_and_any_change_to_it_misses(
        cache: Path, tmp_path: Path) -> None:
    """The key is the file as the system sees it (size, times, inode, device) with its
    table directory and head table: a font never read again in a warm process, yet never
    a parse of another file's tables."""
    need(LIBERATION)
    copy = tmp_path / "LiberationSerif-Regular.ttf"
    shutil.copyfile(LIBERATION, copy)
    face = reference("x", copy).face
    load_font("x", str(copy), 0)
    seen = _entries(cache)
    assert len(seen) == 1
    load_font("x", str(copy), 0)
    assert _entries(cache) == seen  # unchanged: a hit, nothing written

    def changed(change: Any) -> Any:
        """Apply ``change`` to the font file; the next load misses, parses the new file
        as reportlab does, and writes one new entry."""
        change()
        font = load_font("x", str(copy), 0)
        now = _entries(cache)
        assert len(now - seen) == 1, change.__name__
        seen.update(now)
        assert_same_font(font, reference("x", copy))
        return font

    original = copy.read_bytes()
    start, _length = face.get_table_pos("hmtx")
    poked = bytearray(original)
    poked[start + 1] ^= 0x01  # an advance width: another parse, the same size
    times = os.stat(copy)

    def same_size_in_place_mtime_restored() -> None:
        with open(copy, "r+b") as fh:
            fh.write(poked)
        os.utime(copy, ns=(times.st_atime_ns, times.st_mtime_ns))
        assert os.stat(copy).st_size == times.st_size
        assert os.stat(copy).st_mtime_ns == times.st_mtime_ns

    font = changed(same_size_in_place_mtime_restored)
    assert font.face.hmetrics != reference("x", LIBERATION).face.hmetrics

    def touched() -> None:
        os.utime(copy, ns=(times.st_atime_ns, times.st_mtime_ns + 1_000_000_000))

    changed(touched)

    def longer() -> None:
        with open(copy, "ab") as fh:
            fh.write(b"\0" * 4)

    changed(longer)

    def replaced_by_a_copy_with_the_same_times() -> None:
        other = tmp_path / "other.ttf"
        other.write_bytes(original)
        os.utime(other, ns=(times.st_atime_ns, times.st_mtime_ns))
        os.replace(other, copy)  # another inode

    changed(replaced_by_a_copy_with_the_same_times)
    before = _entries(cache)
    load_font("x", str(copy), 0)
    assert _entries(cache) == before  # and that file, unchanged, hits again


def test_a_warm_load_reads_none_of_the_font_tables_the_parse_reads(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The key takes the table directory and ``head`` only: a warm face touches neither
    its character map nor its metrics (which the cache holds)."""
    need(UMING)
    load_font("x", str(UMING), 0)
    read: list[tuple[int, int]] = []
    mapped = font_cache._map

    class Watched:
        def __init__(self, data: Any) -> None:
            self.data = data

        def __getitem__(self, key: Any) -> Any:
            if isinstance(key, slice):
                read.append((key.start or 0, key.stop or 0))
            return self.data[key]

        def __len__(self) -> int:
            return len(self.data)

        def __getattr__(self, name: str) -> Any:
            return getattr(self.data, name)

    def watched_map(path: str) -> Any:
        data, info = mapped(path)
        return Watched(data), info

    monkeypatch.setattr(font_cache, "_map", watched_map)
    face = reference("x", UMING).face
    warm = load_font("x", str(UMING), 0)
    assert warm.face.charToGlyph.get(0x4E2D) == face.charToGlyph[0x4E2D]
    assert read  # the directory and head were read through the watched data
    for tag in ("cmap", "hmtx", "loca"):
        start, length = face.get_table_pos(tag)
        assert not [r for r in read if r[0] < start + length and r[1] > start], tag


def test_concurrent_first_runs_all_succeed_and_leave_one_good_entry(cache: Path) -> None:
    need(LIBERATION)
    script = ("import sys\nfrom perfdocs.render.pdf.font_cache import load_font\n"
              "f = load_font('x', sys.argv[1], 0)\nprint(len(f.face.charToGlyph))\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT), font_cache.CACHE_VARIABLE: str(cache)}
    runs = [subprocess.Popen([sys.executable, "-c", script, str(LIBERATION)], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(4)]
    outputs = [run.communicate(timeout=120) for run in runs]
    assert all(run.returncode == 0 for run in runs), outputs
    assert len({out for out, _err in outputs}) == 1
    (entry,) = cache.glob("*.bin")
    assert font_cache._read(entry) is not None
    assert not list(cache.glob(".tmp-*"))


def test_old_entries_and_stale_temporary_files_are_removed(cache: Path) -> None:
    need(LIBERATION)
    cache.mkdir(parents=True)
    old = time.time() - 10 * 3600
    for i in range(MAX_ENTRIES + 3):
        stale = cache / f"{i:064x}.bin"
        stale.write_bytes(b"old")
        os.utime(stale, (old + i, old + i))
    killed = cache / ".tmp-killed.bin"  # what a run killed while writing leaves
    killed.write_bytes(b"half")
    os.utime(killed, (old, old))
    load_font("x", str(LIBERATION), 0)
    kept = sorted(cache.glob("*.bin"))
    assert len(kept) == MAX_ENTRIES
    assert not killed.exists()
    assert not (cache / f"{0:064x}.bin").exists()  # the oldest went first


@pytest.mark.parametrize("path", [UMING, LIBERATION], ids=["uming.ttc", "liberation.ttf"])
def test_the_distinct_advances_kept_with_a_font_are_its_advances(cache: Path,
                                                                  path: Path) -> None:
    need(path)
    theirs = set(reference("x", path).face.charWidths.values())
    cold = load_font("x", str(path), 0)  # parsed: the advances are read off the face
    warm = load_font("x", str(path), 0)  # from the cache file
    assert font_cache._ADVANCES.get(warm.face) == theirs  # kept with the font
    assert font_cache.distinct_advances(warm.face) == theirs
    assert font_cache.distinct_advances(cold.face) == theirs
    assert ADVANCES not in vars(warm.face)


def test_distinct_advances_that_are_not_numbers_make_the_entry_a_miss(cache: Path) -> None:
    import marshal

    need(LIBERATION)
    load_font("x", str(LIBERATION), 0)
    (entry,) = cache.glob("*.bin")
    payload = font_cache.user_cache.read_quick_entry(entry, FORMAT, font_cache.MAX_FILE_BYTES)
    assert payload is not None
    packed = marshal.loads(payload)
    packed[ADVANCES] = ("plain", ["wide"])
    with pytest.raises(ValueError):
        font_cache._unpack_state(packed)


def test_a_warm_faces_maps_read_only_what_is_asked_and_answer_as_the_parse(
        cache: Path) -> None:
    need(UMING)
    theirs = reference("x", UMING).face
    load_font("x", str(UMING), 0)
    warm = load_font("x", str(UMING), 0).face
    for mine, full in ((warm.charToGlyph, theirs.charToGlyph),
                       (warm.charWidths, theirs.charWidths)):
        assert isinstance(mine, dict) and len(mine) == len(full) and mine
        assert dict.__len__(mine) == 0  # nothing read yet
        for code in (0x4E2D, 0x20, 0xA0, ord("A"), 0x1F600, 0xFFFF, -1):
            assert (code in mine) == (code in full)
            assert mine.get(code) == full.get(code)
            assert mine.get(code, "none") == full.get(code, "none")
            if code in full:
                assert mine[code] == full[code] and type(mine[code]) is type(full[code])
            else:
                with pytest.raises(KeyError):
                    mine[code]
        assert dict.__len__(mine) <= 5  # only the characters asked for are held
        assert (32.0 in mine) == (32.0 in full)  # a key that is not an int: the whole map
        assert list(mine.items()) == list(full.items())  # in the parse's order
        assert dict.__len__(mine) == len(full)
    widths = load_font("x", str(UMING), 0).face.charWidths
    widths[0xE000] = 1.0  # as text shaping adds a glyph: the whole map, then the new one
    assert len(widths) == len(theirs.charWidths) + 1 and list(widths)[-1] == 0xE000

"""The per-user cache of checked layouts (perfdocs/layouts/checked_cache.py on
perfdocs/loading/checked_files.py): the same layout
with it as without it, a changed file or a moved parent is a new check, and a damaged,
foreign, raced-for or unwritable cache is nothing worse than a check."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from perfdocs.errors import LayoutInvalid
from perfdocs.layouts import checked_cache, layout
from perfdocs.layouts.checked_cache import FORMAT
from perfdocs.layouts.layout import PACKAGE_TEMPLATES, available, read_layout
from perfdocs.loading import checked_files
from perfdocs.loading.checked_files import MAX_ENTRIES

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "layout-cache"
    monkeypatch.setenv(checked_files.CACHE_VARIABLE, str(folder))
    layout._KNOWN.clear()  # what this process has read: each test starts as a new process
    return folder


def fresh(folder: Path) -> layout.Layout:
    """The layout as a new process reads it (nothing kept in this one)."""
    layout._KNOWN.clear()
    return read_layout(folder)


def checked_without_cache(folder: Path, monkeypatch: pytest.MonkeyPatch) -> layout.Layout:
    with monkeypatch.context() as patch:
        patch.setenv(checked_files.CACHE_VARIABLE, "off")
        return fresh(folder)


def entries(folder: Path) -> list[Path]:
    """The checked layouts kept in ``folder`` (the same folder also keeps the layout
    model's compiled validator, perfdocs.loading.compiled_validators)."""
    return sorted(file for file in folder.glob("*.bin")
                  if file.read_bytes()[:len(FORMAT)] == FORMAT)


def variant(tmp_path: Path, title: str = "改过的标题") -> Path:
    """A variant of national-2020 in its own folder (the parent found beside it)."""
    root = tmp_path / "layouts"
    shutil.copytree(PACKAGE_TEMPLATES / "national-2020", root / "national-2020")
    child = root / "my-2024"
    child.mkdir()
    (child / "layout.toml").write_text(
        f'extends = "national-2020"\n\n[forms."自评表"]\ntitle = "{title}"\n', encoding="utf-8")
    return child


@pytest.mark.parametrize("name", sorted(available()))
def test_a_cached_layout_is_the_layout_checked_afresh(
        name: str, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = available()[name]
    first = fresh(folder)  # checked, then kept
    assert len(entries(cache)) == 1
    again = fresh(folder)  # from the cache
    reference = checked_without_cache(folder, monkeypatch)
    for got in (first, again):  # the plain records, field by field, and the form's file
        assert type(got) is layout.Layout and got == reference
        assert repr(got) == repr(reference)
        for kind, form in reference.forms.items():  # what the builders call
            assert type(got.forms[kind]) is layout.FormLayout
            assert got.forms[kind].grid() == form.grid()
            assert got.forms[kind]._file == form._file == str(folder.resolve() / "layout.toml")


def test_a_new_process_uses_the_entry_and_checks_nothing(cache: Path) -> None:
    """A second process gets the layout without importing the checking models or Jinja
    (the point of the cache); the first one checked it and wrote the entry."""
    code = ("import sys, json\nfrom perfdocs.layouts.layout import load_layout\n"
            "form = load_layout('national-2020').form('自评表')\n"
            "print(json.dumps({'title': form.title,\n"
            "                  'built': 'perfdocs.layouts.checking' in sys.modules,\n"
            "                  'jinja': 'jinja2' in sys.modules}))\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT), checked_files.CACHE_VARIABLE: str(cache)}
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           env=env, check=True, cwd=cache.parent).stdout for _ in range(2)]
    import json

    first, second = (json.loads(run) for run in runs)
    assert first["title"] == second["title"] == "项目支出绩效自评表"
    assert first["built"] and not second["built"]
    assert not second["jinja"]


def test_a_changed_layout_file_is_checked_again(cache: Path, tmp_path: Path) -> None:
    child = variant(tmp_path)
    assert fresh(child).form("自评表").title == "改过的标题"
    toml = child / "layout.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace("改过的标题", "又改了"),
                    encoding="utf-8")
    assert fresh(child).form("自评表").title == "又改了"
    broken = toml.read_text(encoding="utf-8") + '[forms."自评表".rounding]\nmoney = 3\n'
    toml.write_text(broken, encoding="utf-8")
    with pytest.raises(LayoutInvalid) as found:  # a fault now: reported, never the old entry
        fresh(child)
    assert "forms.自评表.rounding.money" in str(found.value.all_diagnostics())


def test_a_changed_parent_is_seen_by_its_variant(cache: Path, tmp_path: Path) -> None:
    child = variant(tmp_path)
    weight = fresh(child).form("自评表").scoring.execution_weight
    parent = child.parent / "national-2020" / "layout.toml"
    text = parent.read_text(encoding="utf-8")
    assert "execution_weight = 10" in text
    parent.write_text(text.replace("execution_weight = 10", "execution_weight = 20", 1),
                      encoding="utf-8")
    assert fresh(child).form("自评表").scoring.execution_weight == 20 != weight


def test_a_parent_found_elsewhere_now_is_a_new_check(cache: Path, tmp_path: Path) -> None:
    """extends looks beside the variant first: a folder of that name appearing there
    replaces the installed parent, so the entry made with the installed one is stale."""
    child = tmp_path / "only" / "my-2024"
    child.mkdir(parents=True)
    (child / "layout.toml").write_text('extends = "national-2020"\n', encoding="utf-8")
    before = fresh(child).form("自评表").title
    near = tmp_path / "only" / "national-2020"
    shutil.copytree(PACKAGE_TEMPLATES / "national-2020", near)
    toml = near / "layout.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        f'title = "{before}"', 'title = "旁边的父版式"', 1), encoding="utf-8")
    assert fresh(child).form("自评表").title == "旁边的父版式"


def test_a_word_template_put_beside_the_layout_is_a_new_check(
        cache: Path, tmp_path: Path) -> None:
    child = variant(tmp_path)
    shipped = next(PACKAGE_TEMPLATES.glob("*/*.docx"))
    assert fresh(child).form("自评表").template is None
    shutil.copy(shipped, child / "自评表.docx")
    assert fresh(child).form("自评表").template == str(child / "自评表.docx")
    (child / "自评表.docx").unlink()
    assert fresh(child).form("自评表").template is None


@pytest.mark.parametrize("damage", ["truncated", "flipped", "foreign", "empty", "garbage",
                                    "not-a-layout"])
def test_a_damaged_entry_is_checked_again_and_rewritten(
        damage: str, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = PACKAGE_TEMPLATES / "national-2020"
    good = fresh(folder)
    entry = entries(cache)[0]
    raw = entry.read_bytes()
    if damage == "truncated":
        entry.write_bytes(raw[: len(raw) // 2])
    elif damage == "flipped":
        entry.write_bytes(raw[:-10] + bytes([raw[-10] ^ 0xFF]) + raw[-9:])
    elif damage == "foreign":
        entry.write_bytes(b"perfdocs-layout-cache 0\n" + raw[len(FORMAT):])
        assert raw.startswith(FORMAT)
    elif damage == "empty":
        entry.write_bytes(b"")
    elif damage == "garbage":
        entry.write_bytes(os.urandom(5000))
    else:  # a well-formed entry whose pickle is not a layout: refused, not used
        import hashlib
        import marshal

        payload = marshal.dumps(([], [], pickle.dumps({"name": "x"})))
        entry.write_bytes(FORMAT + hashlib.sha256(payload).digest() + payload)
    assert fresh(folder) == good
    assert entry.read_bytes() == raw  # rewritten as it was
    assert checked_cache.recall(folder.resolve() / "layout.toml",
                                layout.search_path(), layout.Layout) is not None


def test_an_unwritable_cache_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv(checked_files.CACHE_VARIABLE, str(blocker / "cache"))
    folder = PACKAGE_TEMPLATES / "national-2020"
    assert fresh(folder) == checked_without_cache(folder, monkeypatch)
    if hasattr(os, "geteuid") and os.geteuid() != 0:  # root writes anywhere
        readonly = tmp_path / "readonly"
        readonly.mkdir(mode=0o500)
        monkeypatch.setenv(checked_files.CACHE_VARIABLE, str(readonly))
        assert fresh(folder) == checked_without_cache(folder, monkeypatch)


def test_switched_off_nothing_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(checked_files.CACHE_VARIABLE, "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))
    fresh(PACKAGE_TEMPLATES / "national-2020")
    assert checked_files.cache_dir() is None
    assert not list(tmp_path.rglob("*.bin"))


def test_a_faulty_layout_is_never_kept(cache: Path, tmp_path: Path) -> None:
    child = variant(tmp_path)
    toml = child / "layout.toml"
    toml.write_text("colour = 1\n" + toml.read_text(encoding="utf-8"), encoding="utf-8")
    for _ in range(2):
        with pytest.raises(LayoutInvalid) as found:
            fresh(child)
        assert [d.field for d in found.value.all_diagnostics()] == ["colour"]
    assert entries(cache) == []


def test_concurrent_first_runs_agree(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Several processes reading the same layout with an empty cache: each gets it, the
    entry they leave is whole, and a later run uses it."""
    code = ("from perfdocs.layouts.layout import load_layout\n"
            "for name in ('national-2020', 'hubei-2020', 'shanghai-2024'):\n"
            "    print(load_layout(name).form('自评表').title)\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT), checked_files.CACHE_VARIABLE: str(cache)}
    runs = [subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                             env=env, cwd=cache.parent) for _ in range(4)]
    outputs = [run.communicate(timeout=300)[0] for run in runs]
    assert all(run.returncode == 0 for run in runs)
    assert len(set(outputs)) == 1 and outputs[0].count("\n") == 3
    assert len(entries(cache)) == 3
    assert not list(cache.glob(".tmp-*"))
    monkeypatch.chdir(cache.parent)  # the search path the processes had (./templates)
    for name in ("national-2020", "hubei-2020", "shanghai-2024"):
        folder = available()[name]
        assert checked_cache.recall(folder.resolve() / "layout.toml",
                                    layout.search_path(), layout.Layout) is not None


def test_old_entries_go_first(cache: Path, tmp_path: Path) -> None:
    cache.mkdir()
    for index in range(MAX_ENTRIES + 3):
        stale = cache / f"{index:064x}.bin"
        stale.write_bytes(b"old")
        os.utime(stale, (1_000_000 + index, 1_000_000 + index))
    fresh(PACKAGE_TEMPLATES / "national-2020")
    kept = sorted(cache.glob("*.bin"))
    assert len(kept) == MAX_ENTRIES
    assert not (cache / f"{0:064x}.bin").exists()

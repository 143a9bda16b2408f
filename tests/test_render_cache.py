"""The render cache (perfdocs/engine/cache.py): what changed is rendered, the rest reused.

Renders are counted (``batch.RENDERS``), never timed. Most tests render HTML (no font,
no office audit) so they stay quick; one checks PDF/DOCX/XLSX bytes against a clean build.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from perfdocs.engine import batch, cache
from perfdocs.engine.batch import Options, render_files
from perfdocs.loading.settings import Settings, UnitInfo
from perfdocs.records import replace
from tests.conftest import DATA_2024, ROOT, SMALL_PROJECT, numbered_projects


def _options(out: Path, settings: Settings | None = None, *,
             formats: tuple[str, ...] = ("html",), font: object = None,
             strict: bool = False, kinds: tuple[str, ...] | None = None) -> Options:
    options = Options(settings or Settings(), formats, kinds, out, font, None, strict)  # type: ignore[arg-type]
    return replace(options, cache=cache.run_digest(options))


def _run(names: list[str], options: Options, jobs: int = 1) -> tuple[int, list[str], list[str]]:
    """Renders done, stdout lines and stderr lines of one run."""
    before = batch.RENDERS
    out: list[str] = []
    err: list[str] = []
    failed = render_files(names, options, jobs=jobs, echo=out.append, echo_err=err.append)
    assert failed == 0, err
    return batch.RENDERS - before, out, err


def _files(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and cache.CACHE_FOLDER not in p.parts}


def _entries(out: Path) -> list[Path]:
    return sorted(cache.cache_folder(out).glob(f"*/*{cache.ENTRY_SUFFIX}"))


def test_second_run_renders_nothing_and_writes_the_same_files(tmp_path: Path) -> None:
    names = numbered_projects(tmp_path / "in")
    out = tmp_path / "out"
    done, first_out, _ = _run(names, _options(out))
    assert done == 3 and len(_entries(out)) == 3
    first = _files(out)
    shutil.rmtree(out / "2024")  # the outputs are written again from the cache
    done, again_out, err = _run(names, _options(out))
    assert done == 0
    assert _files(out) == first
    assert again_out == first_out  # the same ✓ lines, paths and summaries
    assert any("3 个项目文件未改动" in line for line in err)


def test_one_changed_project_is_the_only_one_rendered(tmp_path: Path) -> None:
    names = numbered_projects(tmp_path / "in", 4)
    out = tmp_path / "out"
    _run(names, _options(out))
    changed = Path(names[2])
    changed.write_text(changed.read_text(encoding="utf-8").replace("完成年度培训任务。",
                                                                   "完成全部培训任务。"),
                       encoding="utf-8")
    done, _, err = _run(names, _options(out))
    assert done == 1
    # the closing line names the one made again (the ✓ lines are alike either way)
    assert f"（3 个项目文件未改动，沿用上次生成的结果；重新生成：{changed}；" in err[-1]
    clean = tmp_path / "clean"
    _run(names, replace(_options(clean), cache=None))
    assert _files(out) == _files(clean)
    assert "完成全部培训任务" in next(v for k, v in _files(out).items()
                                   if "测试项目2" in k).decode("utf-8")


def test_warnings_are_printed_again_on_a_hit(tmp_path: Path) -> None:
    source = DATA_2024 / "职业培训基础能力建设资助.yaml"
    local = tmp_path / source.name
    shutil.copy(source, local)
    out = tmp_path / "out"
    _, _, err1 = _run([str(local)], _options(out))
    done, _, err2 = _run([str(local)], _options(out))
    warnings = [line for line in err1 if "警告" in line]
    assert done == 0 and warnings
    assert [line for line in err2 if "警告" in line] == warnings


def test_output_identical_to_a_clean_build_in_every_format(tmp_path: Path) -> None:
    from perfdocs.render.pdf.fonts import find_cjk_font

    font = find_cjk_font()
    if font.fallback:
        pytest.skip("no CJK font installed")
    names = [str(shutil.copy(DATA_2024 / "技能评价业务经费.yaml", tmp_path / "a.yaml"))]
    out, clean = tmp_path / "out", tmp_path / "clean"
    formats = ("pdf", "docx", "xlsx")
    _run(names, _options(out, formats=formats, font=font))
    done, _, _ = _run(names, _options(out, formats=formats, font=font))
    assert done == 0
    _run(names, replace(_options(clean, formats=formats, font=font), cache=None))
    cached, fresh = _files(out), _files(clean)
    assert sorted(cached) == sorted(fresh) and len(fresh) >= 3
    assert cached == fresh


@pytest.mark.parametrize("change", [
    "formats", "name", "date", "revision", "unit", "strict", "kinds", "input_unit", "version",
])
def test_a_changed_setting_is_a_miss(tmp_path: Path, change: str,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    names = numbered_projects(tmp_path / "in", 1)
    out = tmp_path / "out"
    base = Settings()
    options = _options(out, base)
    _run(names, options)
    settings = {
        "name": replace(base, name="{{ project }}（{{ form }}）"),
        "date": replace(base, document_date=datetime(2025, 3, 1)),
        "revision": replace(base, print_revision=True),
        "unit": replace(base, unit=UnitInfo(name="某某中心")),
        "input_unit": replace(base, input_unit="万元"),
    }.get(change, base)
    if change == "version":
        monkeypatch.setattr(cache, "_PACKAGE_DIGEST", "another perfdocs")
    other = _options(out, settings, formats=("html", "pdf") if change == "formats" else ("html",),
                     strict=change == "strict",
                     kinds=("自评表",) if change == "kinds" else None)
    if change == "formats":
        from perfdocs.render.pdf.fonts import find_cjk_font

        other = _options(out, settings, formats=("html", "pdf"), font=find_cjk_font())
    assert other.cache != options.cache
    done, _, _ = _run(names, other)
    assert done == 1
    done, _, _ = _run(names, other)
    assert done == 0


def test_a_changed_font_file_changes_the_key(tmp_path: Path) -> None:
    from perfdocs.render.pdf.fonts import FontChoice

    font_file = tmp_path / "font.ttf"
    font_file.write_bytes(b"one")
    font = FontChoice("宋体", str(font_file), 0, False, "")
    first = _options(tmp_path / "out", font=font).cache
    assert _options(tmp_path / "out", font=font).cache == first
    font_file.write_bytes(b"two")
    assert _options(tmp_path / "out", font=font).cache != first


def _own_layouts(tmp_path: Path) -> tuple[Settings, Path]:
    """A copy of shanghai-2024 named parent, and a variant ``child`` extending it."""
    root = tmp_path / "layouts"
    shutil.copytree(ROOT / "templates" / "shanghai-2024", root / "parent")
    text = (root / "parent" / "layout.toml").read_text(encoding="utf-8")
    (root / "parent" / "layout.toml").write_text(
        text.replace('name = "shanghai-2024"', 'name = "parent"'), encoding="utf-8")
    (root / "child").mkdir()
    shared = tmp_path / "shared"
    shared.mkdir()
    shutil.copy(root / "parent" / "自评表.docx", shared / "自评表.docx")
    (root / "child" / "layout.toml").write_text(
        'extends = "parent"\nname = "child"\ndescription = "测试用的变体"\n\n'
        '[forms."自评表"]\ntemplate = "../../shared/自评表.docx"\n', encoding="utf-8")
    return Settings(layout="child", layout_paths=(str(root),)), root


@pytest.mark.parametrize("edited", ["child/layout.toml", "parent/layout.toml",
                                    "parent/申报表.docx", "../shared/自评表.docx"])
def test_a_changed_layout_file_is_a_miss(tmp_path: Path, edited: str) -> None:
    settings, root = _own_layouts(tmp_path)
    names = numbered_projects(tmp_path / "in", 2)
    out = tmp_path / "out"
    done, _, _ = _run(names, _options(out, settings))
    assert done == 2
    assert _run(names, _options(out, settings))[0] == 0
    target = root / edited
    with open(target, "ab") as handle:
        handle.write(b"\n# edited\n" if target.suffix == ".toml" else b"\0")
    done, _, _ = _run(names, _options(out, settings))
    assert done == 2


def test_a_corrupt_entry_is_rendered_again(tmp_path: Path) -> None:
    names = numbered_projects(tmp_path / "in", 2)
    out = tmp_path / "out"
    _run(names, _options(out))
    first = _files(out)
    entries = _entries(out)
    blob = entries[0].read_bytes()
    entries[0].write_bytes(blob[: len(blob) // 2])  # torn
    flipped = bytearray(entries[1].read_bytes())
    flipped[-10] ^= 0xFF  # one byte of a stored file changed
    entries[1].write_bytes(bytes(flipped))
    # (with the outputs in place the entries are not read at all: output_record)
    shutil.rmtree(out / "2024")
    done, _, _ = _run(names, _options(out))
    assert done == 2
    assert _files(out) == first
    assert all(cache.decode(p.read_bytes()) is not None for p in _entries(out))
    assert _run(names, _options(out))[0] == 0


def test_decode_refuses_anything_but_a_whole_entry() -> None:
    entry = cache.Entry("a.yaml", ("项目", "单位"), ["警告"], ["x"], [("x.html", b"<p>")],
                        [], "项目  总分 90", [("layout.toml", "0" * 64)])
    blob = cache.encode(entry)
    assert cache.decode(blob) == entry
    assert cache.decode(blob[:-1]) is None
    assert cache.decode(blob + b"x") is None
    assert cache.decode(b"") is None
    other_version = blob.replace(cache.MAGIC, b"perfdocs-render-cache 0\n", 1)
    assert other_version != blob and cache.decode(other_version) is None


def test_cache_on_by_default_and_no_cache_renders_everything(tmp_path: Path) -> None:
    from tests.conftest import invoke

    names = numbered_projects(tmp_path / "in", 2)
    out = tmp_path / "out"
    code, _ = invoke("render", *names, "-o", str(out), "-f", "html", "--no-cache")
    assert code == 0 and not cache.cache_folder(out).exists()  # not written either
    code, _ = invoke("render", *names, "-o", str(out), "-f", "html")
    assert code == 0 and len(_entries(out)) == 2  # on without being asked
    assert (cache.cache_folder(out) / "CACHEDIR.TAG").read_text(
        encoding="utf-8").startswith("Signature: 8a477f597d28d172789f06886806bc55")
    before = batch.RENDERS
    code, output = invoke("render", *names, "-o", str(out), "-f", "html", "--no-cache")
    assert code == 0 and batch.RENDERS - before == 2 and "沿用" not in output
    before = batch.RENDERS
    code, output = invoke("render", *names, "-o", str(out), "-f", "html", "--cache")
    assert code == 0 and batch.RENDERS - before == 0 and "2 个项目文件未改动" in output


def test_failed_projects_are_not_cached(tmp_path: Path) -> None:
    names = numbered_projects(tmp_path / "in", 1)
    Path(names[0]).write_text(SMALL_PROJECT.replace("分值: 30", "分值: 三十", 1),
                              encoding="utf-8")
    out = tmp_path / "out"
    options = _options(out)
    assert render_files(names, options, echo=lambda _: None, echo_err=lambda _: None) == 1
    assert _entries(out) == []


def test_eviction_keeps_the_most_recently_used(tmp_path: Path) -> None:
    names = numbered_projects(tmp_path / "in", 3)
    out = tmp_path / "out"
    _run(names, _options(out))
    entries = _entries(out)
    for age, path in enumerate(entries):
        os.utime(path, (1_000_000 + age, 1_000_000 + age))
    newest = entries[-1]
    assert cache.evict(out, limit=newest.stat().st_size) == 2
    assert _entries(out) == [newest]
    assert cache.evict(out, limit=0) == 1 and _entries(out) == []


def test_limit_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.LIMIT_VARIABLE, "3")
    assert cache.limit_bytes() == 3 * 1024 * 1024
    monkeypatch.setenv(cache.LIMIT_VARIABLE, "很多")
    assert cache.limit_bytes() == cache.DEFAULT_LIMIT


def test_jobs_use_the_cache_too(tmp_path: Path) -> None:
    names = numbered_projects(tmp_path / "in", 4)
    out = tmp_path / "out"
    _run(names, _options(out), jobs=2)
    assert len(_entries(out)) == 4
    first = _files(out)
    _, _, err = _run(names, _options(out), jobs=2)
    assert any("4 个项目文件未改动" in line for line in err)
    assert _files(out) == first


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_two_processes_at_once(tmp_path: Path, jobs: str) -> None:
    """Two runs over the same files and output folder at the same time, twice (the second
    time over a filled cache with one project changed): both succeed, the files equal a
    clean build's, and every entry left is whole."""
    names = numbered_projects(tmp_path / "in", 6)
    out, clean = tmp_path / "out", tmp_path / "clean"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "perfdocs", "render", *names, "-f", "html", "-o", str(out),
               "--jobs", jobs]
    for round_ in range(2):
        if round_:
            _edit(Path(names[2]))
        runs = [subprocess.Popen(command, env=env, cwd=tmp_path, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE) for _ in range(2)]
        for run in runs:
            _, err = run.communicate(timeout=300)
            assert run.returncode == 0, err.decode("utf-8", "replace")
    subprocess.run([sys.executable, "-m", "perfdocs", "render", *names, "-f", "html", "-o",
                    str(clean), "--no-cache"], env=env, cwd=tmp_path, check=True,
                   capture_output=True)
    assert _files(out) == _files(clean)
    assert _diff(out, clean) == ""
    entries = _entries(out)
    assert len(entries) == 7  # six projects, one of them in two versions
    assert all(cache.decode(p.read_bytes()) is not None for p in entries)
    assert not list(cache.cache_folder(out).glob("*/*.part"))


def _inodes(out: Path) -> dict[str, tuple[int, int]]:
    """(inode, mtime in ns) of every output file (the cache apart)."""
    return {p.relative_to(out).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
            for p in sorted(out.rglob("*"))
            if p.is_file() and cache.CACHE_FOLDER not in p.parts}


def test_a_rebuild_leaves_unchanged_files_untouched(tmp_path: Path) -> None:
    """Only the changed project's files are written again: the others keep their inode
    and time (a sync client or backup does not copy 600 files for one change)."""
    names = numbered_projects(tmp_path / "in", 3)
    out = tmp_path / "out"
    _run(names, _options(out))
    before = _inodes(out)
    changed = Path(names[1])
    changed.write_text(changed.read_text(encoding="utf-8").replace("完成年度培训任务。",
                                                                   "完成全部培训任务。"),
                       encoding="utf-8")
    done, _, _ = _run(names, _options(out))
    assert done == 1
    after = _inodes(out)
    assert sorted(after) == sorted(before)
    moved = {name for name in after if after[name] != before[name]}
    assert moved and all("测试项目1" in name for name in moved)
    assert all(after[name] == before[name] for name in after if "测试项目1" not in name)


def test_one_change_with_jobs_is_rendered_here_without_a_pool(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The parent asks the cache first: one changed project of many starts no workers."""
    import concurrent.futures

    names = numbered_projects(tmp_path / "in", 4)
    out = tmp_path / "out"
    _run(names, _options(out), jobs=2)

    def no_pool(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a process pool was started for one changed project")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", no_pool)
    Path(names[3]).write_text(Path(names[3]).read_text(encoding="utf-8") + "\n# 改\n",
                              encoding="utf-8")
    done, _, err = _run(names, _options(out), jobs=2)
    assert done == 1  # counted in this process: it was rendered here
    assert any("3 个项目文件未改动" in line for line in err)


def test_a_project_edited_while_it_renders_is_not_stored(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The key is the bytes read before the render; an entry is stored only if the file
    still has them afterwards (else the next run would reuse forms of other bytes)."""
    names = numbered_projects(tmp_path / "in", 1)
    out = tmp_path / "out"
    real = batch._rendered

    def edited_meanwhile(name: str, options: Options) -> batch.Outcome:
        outcome = real(name, options)
        Path(name).write_text(Path(name).read_text(encoding="utf-8") + "\n# 改\n",
                              encoding="utf-8")
        return outcome

    monkeypatch.setattr(batch, "_rendered", edited_meanwhile)
    _run(names, _options(out))
    assert _entries(out) == []


def _diff(a: Path, b: Path) -> str:
    """``diff -r`` of two output folders, the cache folder apart ("" when identical)."""
    found = subprocess.run(["diff", "-r", "-x", cache.CACHE_FOLDER, str(a), str(b)],
                           capture_output=True, text=True, check=False)
    assert found.returncode in (0, 1), found.stderr
    return found.stdout


def _perfdocs(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "perfdocs", *args], env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=600, check=False)


def _edit(path: Path) -> None:
    path.write_text(path.read_text(encoding="utf-8").replace("培训", "轮训", 1),
                    encoding="utf-8")


def test_cached_rebuild_equals_a_clean_build_diff_r(tmp_path: Path) -> None:
    """Real files, all three formats, through the command: a rebuild after one change is
    the same tree, byte for byte (``diff -r``), as a --no-cache build of the same inputs."""
    from perfdocs.render.pdf.fonts import find_cjk_font

    if find_cjk_font().fallback:
        pytest.skip("no CJK font installed")
    sources = sorted(DATA_2024.glob("*.yaml"))[:3]
    inputs = tmp_path / "in"
    inputs.mkdir()
    names = [str(shutil.copy(s, inputs / s.name)) for s in sources]
    first = _perfdocs("render", *names, "-o", "out", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    _edit(Path(names[1]))
    again = _perfdocs("render", *names, "-o", "out", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert f"{len(names) - 1} 个项目文件未改动" in again.stderr
    clean = _perfdocs("render", *names, "-o", "clean", "--no-cache", cwd=tmp_path)
    assert clean.returncode == 0, clean.stderr
    assert again.stdout.replace("out/", "clean/") == clean.stdout
    assert _diff(tmp_path / "out", tmp_path / "clean") == ""
    assert len(list((tmp_path / "clean").rglob("*.pdf"))) >= 3


def test_killed_mid_run_then_rerun_equals_a_clean_build(tmp_path: Path) -> None:
    """SIGKILL at moments spread over a cached run (a real process, no cleanup handlers),
    several times; no entry under an entry's name is ever torn, and the run after the
    kills writes what a clean build writes, using no corrupt entry."""
    import random
    import signal
    import time

    if not hasattr(signal, "SIGKILL"):
        pytest.skip("needs POSIX signals")
    names = numbered_projects(tmp_path / "in", 12)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "perfdocs", "render", *names, "-f", "html,xlsx",
               "-o", "out"]
    start = time.monotonic()
    timing = subprocess.run([*command[:-1], "timing"], env=env, cwd=tmp_path,
                            capture_output=True, check=False)
    assert timing.returncode == 0, timing.stderr
    seconds = time.monotonic() - start
    rng = random.Random(20)
    for round_ in range(6):
        if round_ == 3:  # a change between kills: that project's entry is a miss
            _edit(Path(names[5]))
        process = subprocess.Popen(command, env=env, cwd=tmp_path,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, seconds))
        process.send_signal(signal.SIGKILL)
        process.wait()
        for entry in _entries(tmp_path / "out"):
            assert cache.decode(entry.read_bytes()) is not None, entry
    done = subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr
    clean = _perfdocs("render", *names, "-f", "html,xlsx", "-o", "clean", "--no-cache",
                      cwd=tmp_path)
    assert clean.returncode == 0, clean.stderr
    assert _diff(tmp_path / "out", tmp_path / "clean") == ""
    # what the killed runs left in the cache is gone once a run finished
    assert not list(cache.cache_folder(tmp_path / "out").rglob("*.part"))
    assert all(cache.decode(p.read_bytes()) is not None for p in _entries(tmp_path / "out"))
    # and a last run is served wholly from the cache, still equal to the clean build
    last = subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, text=True,
                          check=False)
    assert last.returncode == 0 and f"{len(names)} 个项目文件未改动" in last.stderr
    assert _diff(tmp_path / "out", tmp_path / "clean") == ""


def test_help_says_where_the_cache_is_and_its_limit() -> None:
    from tests.conftest import invoke

    for command in ("render", "packet"):
        code, text = invoke(command, "--help")
        flat = "".join(text.split())
        assert code == 0 and "--no-cache" in text
        assert ".perfdocs-cache" in flat and "PERFDOCS_CACHE_MB" in flat
        assert f"{cache.DEFAULT_LIMIT // (1024 * 1024)}MB" in flat


def test_run_wide_inputs_are_not_hashed_again_unless_they_change(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The fonts' and perfdocs' digests are kept in the cache folder for the next run;
    a file changed since (same size, even) is hashed again and changes the key."""
    import time

    from perfdocs.render.pdf.fonts import FontChoice

    monkeypatch.setattr(cache, "MEMO_SETTLE", 0.0)  # the files here are seconds old
    font_file = tmp_path / "font.ttf"
    font_file.write_bytes(b"one")
    font = FontChoice("宋体", str(font_file), 0, False, "")
    out = tmp_path / "out"
    out.mkdir()
    (out / cache.CACHE_FOLDER).mkdir()
    first = _options(out, font=font).cache
    cache.finish_run(out)
    hashed: list[str] = []
    real = cache.file_digest

    def counted(path: Path) -> str:
        hashed.append(str(path))
        return real(path)

    monkeypatch.setattr(cache, "file_digest", counted)
    assert _options(out, font=font).cache == first
    assert hashed == []  # nothing read again: the memo answered
    time.sleep(0.05)  # past the file time's tick
    font_file.write_bytes(b"two")
    assert _options(out, font=font).cache != first
    assert hashed == [str(font_file)]


def test_a_killed_runs_memo_file_is_swept(tmp_path: Path) -> None:
    """A run killed while writing the digests memo (finish_run) leaves its temporary file
    in the cache folder itself; the next run's sweep removes it as it does an entry's."""
    out = tmp_path / "out"
    cache.store(out, "ab" * 32, cache.Entry("p.yaml", ("名", "单位"), [], [], [], [], "", []))
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    left = cache.cache_folder(out) / f".tmp-{int(dead.stdout)}-x1y2.part"
    left.write_text("{", encoding="utf-8")
    cache.evict(out)
    assert not left.exists()
    assert list(cache.cache_folder(out).rglob(f"*{cache.ENTRY_SUFFIX}"))  # the entry stays


def test_many_files_made_again_are_counted_not_listed() -> None:
    names = [f"p{i}.yaml" for i in range(batch.MADE_NAMED + 1)]
    assert batch.made_words(names[:2]) == "重新生成：p0.yaml、p1.yaml；"
    assert batch.made_words(names) == f"重新生成 {batch.MADE_NAMED + 1} 个；"
    assert batch.made_words([]) == ""


def _core_stamp(path: Path) -> str:
    import zipfile

    with zipfile.ZipFile(path) as book:
        text = book.read("docProps/core.xml").decode()
    return text.split("<dcterms:created", 1)[1].split(">", 1)[1].split("<", 1)[0]


def test_source_date_epoch_is_in_the_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                         ) -> None:
    """SOURCE_DATE_EPOCH changes every embedded date, so a warm cache under another value
    must not serve the old bytes (it did: the reproducible-build switch did nothing)."""
    names = numbered_projects(tmp_path / "in", 1)
    out = tmp_path / "out"
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert _run(names, _options(out, formats=("xlsx",)))[0] == 1
    (made,) = (out / "2024").rglob("*.xlsx")
    assert not _core_stamp(made).startswith("2023-11-14")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14 22:13:20 UTC
    assert _run(names, _options(out, formats=("xlsx",)))[0] == 1
    assert _core_stamp(made) == "2023-11-14T22:13:20Z"
    assert _run(names, _options(out, formats=("xlsx",)))[0] == 0  # same value: reused
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000060")
    assert _run(names, _options(out, formats=("xlsx",)))[0] == 1
    assert _core_stamp(made) == "2023-11-14T22:14:20Z"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert _run(names, _options(out, formats=("xlsx",)))[0] == 0  # its entry is still there
    assert _core_stamp(made) == "2023-11-14T22:13:20Z"


def test_an_unset_source_date_epoch_keeps_the_key_across_days(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Today's date must not enter the key: a render tomorrow reuses today's forms."""
    from datetime import date, timedelta

    import perfdocs.loading.settings_values as values

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    today = cache.run_digest(_options(tmp_path / "out"))

    class Tomorrow(date):
        @classmethod
        def today(cls) -> date:  # type: ignore[override]
            return date.today() + timedelta(days=1)

    class Later(datetime):
        @classmethod
        def now(cls, tz: object = None) -> datetime:  # type: ignore[override]
            return datetime.now() + timedelta(days=1)

    monkeypatch.setattr(values, "date", Tomorrow)
    monkeypatch.setattr(values, "datetime", Later)
    assert Settings().stamp.date() == date.today() + timedelta(days=1)  # the stand-ins work
    assert cache.run_digest(_options(tmp_path / "out")) == today
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "not a number")  # ignored, as the stamp does
    assert cache.run_digest(_options(tmp_path / "out")) == today
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert cache.run_digest(_options(tmp_path / "out")) != today

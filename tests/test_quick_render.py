"""``perfdocs render`` without click (perfdocs/cli/quick_render.py, issue 20.2): for every
command line it takes, the parameters are click's exactly, and the whole run (messages,
exit status, files written) is what the click command does; every other command line is
click's, as before. The run itself is one body for both (perfdocs/cli/rendering.py)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import click
import pytest

from perfdocs.cli import quick_render
from perfdocs.cli.app import render
from perfdocs.files import console

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"

FRONT = "import sys\nfrom perfdocs.cli import main\nsys.exit(main())\n"
"""What pip's console script runs (``perfdocs = "perfdocs.cli:main"``)."""
CLICK = "import sys\nfrom perfdocs.cli.app import main\nsys.exit(main())\n"
"""The click group itself: every command line through click."""


# --- the option table is the click command's -------------------------------------------

def _clicks_params(args: list[str]) -> dict[str, Any] | None:
    """The parameters click gives ``render`` for ``args``; None when click refuses the
    command line (a usage error) or answers it itself (``--help``)."""
    quiet = io.StringIO()
    try:
        with contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(quiet):
            return dict(render.make_context("render", list(args)).params)
    except (click.ClickException, click.exceptions.Exit, click.Abort):
        return None


def test_the_table_is_the_click_commands_options() -> None:
    """An option added to (or changed in) the click command fails here until
    quick_render.OPTIONS follows."""
    options = [p for p in render.params if isinstance(p, click.Option)]
    arguments = [p for p in render.params if isinstance(p, click.Argument)]
    assert [p.name for p in options] == [row[0] for row in quick_render.OPTIONS]
    assert [(p.name, p.nargs, p.required, p.multiple) for p in arguments] == [
        (quick_render.ARGUMENT, -1, True, False)]
    assert isinstance(arguments[0].type, click.types.StringParamType)
    defaults = _clicks_params(["x.yaml"])
    assert defaults is not None
    for param, (name, opts, off, kind, default) in zip(options, quick_render.OPTIONS,
                                                       strict=True):
        assert (param.opts, param.secondary_opts) == (list(opts), list(off)), name
        assert defaults[name] == default, name
        assert (param.multiple, param.nargs, param.count) == (False, 1, False), name
        assert param.envvar is None and not param.is_eager and param.expose_value, name
        assert param.prompt is None and not param.required, name
        assert not getattr(param, "deprecated", False), name
        if kind == quick_render.CLICKS:  # left to click: anything goes
            continue
        assert param.callback is None, name  # a check of its own: click's, not the table's
        assert param.is_flag == (kind == quick_render.FLAG), name
        if kind == quick_render.TEXT:
            assert isinstance(param.type, click.types.StringParamType), name
        elif kind == quick_render.FLAG:
            assert isinstance(param.type, click.types.BoolParamType), name
        elif kind == quick_render.JOBS:
            assert isinstance(param.type, click.IntRange), name
            assert (param.type.min, param.type.max) == quick_render.JOBS_RANGE
            assert not (param.type.min_open or param.type.max_open or param.type.clamp)
        else:
            assert kind == quick_render.EXECUTOR
            assert isinstance(param.type, click.Choice), name
            assert tuple(param.type.choices) == quick_render.EXECUTORS
            assert param.type.case_sensitive
    # nothing else changes how click reads a render command line
    from perfdocs.cli.app import main as group

    assert render.context_settings == {} and group.context_settings == {
        "help_option_names": ["-h", "--help"]}
    assert render.allow_interspersed_args and not render.ignore_unknown_options
    assert not render.allow_extra_args and group.commands["render"] is render
    assert not group.chain and not group.invoke_without_command


# --- several hundred command lines: declined, or click's parameters exactly --------------

FILES = ["a.yaml", "2024/*.yaml", "项目 一.yaml", "-", "", "render", "x=y.yaml", "-x.yaml"]
VALUES = {
    "formats": ["pdf", "pdf,docx", "PDF, XLSX", "", "bogus", "-x", "=pdf", "pdf=x", "-"],
    "form": ["自评表", "all", "自平表", "", " 申报表 ", "-f", "=自评表"],
    "out": ["out", "", "./x y", "=x", "a=b", "-o", "输出"],
    "jobs": ["1", "2", "64", "65", "0", "07", "+3", "-1", "３", "x", "", " 2", "2 ", "1_0"],
    "executor": ["local", "dask", "LOCAL", "", "-x"],
    "layout": ["national-2020", "nope"],
    "scheduler": ["tcp://10.0.0.5:8786"],
}
FLAGS = ["--strict", "--cache", "--no-cache", "--strict=1", "--no-cache=", "--cache=yes"]
ODD = [["--help"], ["-h"], ["--"], ["--version"], ["--config", "x.toml"], ["-x"],
       ["--fromat", "pdf"], ["--form"], ["-j"], ["-f"], ["-s"], ["-fj"], ["-jf"], ["--=x"],
       ["-5"], ["--FORMAT", "pdf"], ["--jobs", "--strict"]]


def _chunks(name: str, value: str) -> list[list[str]]:
    """Every way to write option ``name`` with ``value`` on a command line."""
    row = next(r for r in quick_render.OPTIONS if r[0] == name)
    out: list[list[str]] = []
    for string in row[1]:
        if string.startswith("--"):
            out += [[string, value], [f"{string}={value}"]]
        else:
            out += [[string, value], [f"{string}{value}"]]
    return out


def _corpus() -> list[list[str]]:
    lines: list[list[str]] = []
    for name, values in VALUES.items():  # every option, every spelling, every value
        for value in values:
            for chunk in _chunks(name, value):
                lines += [["a.yaml", *chunk], [*chunk, "a.yaml"]]
    for flag in FLAGS:
        lines += [["a.yaml", flag], [flag, "a.yaml", flag]]
    for odd in ODD:
        lines += [["a.yaml", *odd], [*odd, "a.yaml"], odd]
    lines += [[name] for name in FILES]
    lines += [[]]
    pick = random.Random(20_2)
    pieces = [chunk for name, values in VALUES.items() for value in values
              for chunk in _chunks(name, value)] + [[flag] for flag in FLAGS]
    common = [["-f", "pdf"], ["--form", "自评表"], ["-o", "out"], ["--no-cache"],
              ["--strict"], ["-j", "2"], ["--cache"], ["--format=docx,pdf"], ["-oout2"],
              ["--executor", "local"], ["-j1"], ["--jobs=3"]]
    for _ in range(500):
        chosen = [list(c) for c in pick.sample(common, pick.randint(0, 5))]
        if pick.random() < 0.4:
            chosen.append(pick.choice(pieces))
        if pick.random() < 0.1:
            chosen.append(pick.choice(ODD))
        files = [[f] for f in pick.sample(FILES, pick.randint(0, 3))]
        mixed = chosen + files
        pick.shuffle(mixed)
        lines.append([token for chunk in mixed for token in chunk])
    return lines


CORPUS = _corpus()


def test_every_command_line_is_declined_or_parsed_as_click_parses_it() -> None:
    taken = declined = 0
    for args in CORPUS:
        ours = quick_render.parse(["render", *args])
        if ours is None:
            declined += 1
            continue
        taken += 1
        theirs = _clicks_params(args)
        assert theirs is not None, args
        assert ours == theirs, args
        assert [type(ours[k]) for k in sorted(ours)] == [type(theirs[k]) for k in sorted(theirs)]
    assert len(CORPUS) > 800 and taken > 250 and declined > 200, (taken, declined)  # lines repeating an option go to click (refused)


@pytest.mark.parametrize("args", [
    ["a.yaml"], ["a.yaml", "b.yaml", "--form", "自评表", "-f", "pdf", "-o", "out", "--no-cache"],
    ["--format=pdf,docx", "-oout", "-j2", "x.yaml", "--strict", "--cache"],
    ["2024/*.yaml", "--jobs", "64", "--executor", "local", "--form=申报表"],
    ["a.yaml", "-f", "bogus"],  # refused by the run, not the parser: handed over then
])
def test_the_common_command_lines_are_taken(args: list[str]) -> None:
    assert quick_render.parse(["render", *args]) == _clicks_params(args)


@pytest.mark.parametrize("args", [
    [], ["--help"], ["a.yaml", "-h"], ["a.yaml", "--layout", "national-2020"],
    ["a.yaml", "-l", "x"], ["a.yaml", "--", "b.yaml"], ["a.yaml", "-j", "0"],
    ["a.yaml", "--jobs", "65"], ["a.yaml", "-j", "x"], ["a.yaml", "--executor", "dask"],
    ["a.yaml", "--scheduler", "tcp://h:1"], ["a.yaml", "--out"], ["a.yaml", "--unknown"],
    ["--strict"], ["a.yaml", "--strict=yes"], ["a.yaml", "-o", "-x"],
])
def test_what_click_must_answer_is_declined(args: list[str]) -> None:
    assert quick_render.parse(["render", *args]) is None
    assert quick_render.parse(args) is None  # not the render command at all


def test_other_commands_and_group_options_are_not_taken() -> None:
    for args in (["validate", "a.yaml"], ["--config", "p.toml", "render", "a.yaml"],
                 ["Render", "a.yaml"], ["render"], ["packet", "a.yaml"]):
        assert quick_render.parse(args) is None, args


# --- what click.echo writes --------------------------------------------------------------

def _stream(encoding: str, errors: str = "strict") -> tuple[io.BytesIO, io.TextIOWrapper]:
    raw = io.BytesIO()
    return raw, io.TextIOWrapper(raw, encoding=encoding, errors=errors)


@pytest.mark.parametrize(("encoding", "errors"), [
    ("utf-8", "strict"), ("gbk", "strict"), ("gb18030", "replace"), ("utf-16", "strict"),
    ("latin-1", "strict"), ("latin-1", "replace"), ("ascii", "strict"),
    ("US-ASCII", "backslashreplace"), ("cp936", "surrogateescape"),
])
@pytest.mark.parametrize("err", [False, True])
def test_a_line_is_written_as_click_echo_writes_it(encoding: str, errors: str, err: bool,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Where console.writes_as_click says yes, console.write_line gives click.echo's bytes
    (or fails as it does); where it says no (ASCII: click re-encodes), click prints."""
    text = "✓ 项目.yaml：技能评价业务经费  总分 92.85  优  → out/a-自评表.pdf"
    mine_raw, mine = _stream(encoding, errors)
    theirs_raw, theirs = _stream(encoding, errors)
    clicks_error = my_error = None
    monkeypatch.setattr(sys, "stderr" if err else "stdout", theirs)
    try:
        click.echo(text, err=err)
    except UnicodeError as exc:
        clicks_error = type(exc)
    monkeypatch.undo()
    assert console.writes_as_click(mine) == (encoding.lower() not in ("ascii", "us-ascii"))
    if not console.writes_as_click(mine):
        assert theirs_raw.getvalue() == text.encode("utf-8", "replace") + b"\n"
        return
    try:
        console.write_line(mine, text)
    except UnicodeError as exc:
        my_error = type(exc)
    assert my_error == clicks_error
    mine.flush()
    theirs.flush()
    assert mine_raw.getvalue() == theirs_raw.getvalue()


def test_only_the_interpreters_own_streams_are_written_directly() -> None:
    assert not console.writes_as_click(io.StringIO())
    assert not console.writes_as_click(None)
    _raw, stream = _stream("utf-8")
    assert console.writes_as_click(stream)


def test_an_escape_character_or_a_loaded_click_goes_through_click(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A file named with an ANSI escape: click strips it when not on a terminal."""
    raw, stream = _stream("utf-8")
    monkeypatch.setattr(sys, "stdout", stream)
    console.echo("\x1b[31m红\x1b[0m.yaml")
    stream.flush()
    assert raw.getvalue() == "红.yaml\n".encode()


def test_a_pseudo_terminal_gets_the_same_bytes() -> None:
    """On a terminal click writes the line unchanged too (it strips styles only when not
    on one, and our lines carry none)."""
    pytest.importorskip("pty")
    lines = []
    for direct in (True, False):
        leader, follower = os.openpty()
        with open(follower, "w", encoding="utf-8", closefd=True) as stream:
            assert stream.isatty() and console.writes_as_click(stream) is True
            if direct:
                console.write_line(stream, "✓ 表.yaml")
            else:
                click.echo("✓ 表.yaml", file=stream)
        lines.append(os.read(leader, 1000))
        os.close(leader)
    assert lines[0] == lines[1]


# --- whole runs: the click-free path and click give the same everything -----------------

def _good_file(folder: Path, name: str = "one.yaml") -> Path:
    shutil.copy(DATA / "2024" / "技能评价业务经费.yaml", folder / name)
    return folder / name


def _workdir(root: Path) -> None:
    """The same inputs for both runs: good files, one with errors, one with warnings."""
    root.mkdir(parents=True)
    _good_file(root)
    shutil.copy(DATA / "2020" / "促进就业专项资金.yaml", root / "warned.yaml")  # a 警告
    (root / "broken.yaml").write_text("项目名称: [未闭合\n", encoding="utf-8")
    (root / "more").mkdir()
    shutil.copy(DATA / "2024" / "第48届世赛筹办场地经理跟岗学习经费.yaml", root / "more" / "b.yaml")
    shutil.copy(DATA / "2021" / "高技能人才工作专项.yaml", root / "more" / "c.yaml")


CASES: list[tuple[str, list[str], dict[str, str]]] = [
    ("one form", ["one.yaml", "--form", "自评表", "-f", "pdf", "-o", "out", "--no-cache"], {}),
    ("formats", ["one.yaml", "--format=xlsx,DOCX", "-oout", "--no-cache", "-j1"], {}),
    ("cache", ["one.yaml", "-f", "xlsx", "--form=申报表"], {}),
    ("errors", ["broken.yaml", "one.yaml", "-f", "xlsx", "--no-cache"], {}),
    ("missing", ["nowhere.yaml", "-f", "pdf", "--form", "自评表"], {}),
    ("bad format", ["one.yaml", "-f", "pdf,bogus"], {}),
    ("bad form", ["one.yaml", "--form", "自平表", "-f", "pdf"], {}),
    ("bad jobs", ["one.yaml", "-j", "0"], {}),
    ("ime formats", ["one.yaml", "-f", "xlsx，docx", "--form", "自评表", "--no-cache"], {}),
    ("empty format", ["one.yaml", "-f", ""], {}),
    ("out is a file", ["one.yaml", "-o", "broken.yaml", "-f", "xlsx"], {}),
    ("out under a file", ["one.yaml", "-o", "broken.yaml/sub", "-f", "pdf"], {}),
    ("strict", ["warned.yaml", "--strict", "-f", "xlsx", "--no-cache"], {}),
    ("warned", ["warned.yaml", "-f", "xlsx", "--form", "自评表", "--no-cache"], {}),
    ("globs", ["more/*.yaml", "one.yaml", "-f", "docx", "--form", "自评表", "--jobs", "2"], {}),
    ("cache limit", ["one.yaml", "-f", "xlsx", "--form", "自评表"], {"PERFDOCS_CACHE_MB": "x"}),
    ("layout", ["one.yaml", "-l", "nope", "-f", "pdf"], {}),
    ("gb18030", ["one.yaml", "-f", "xlsx", "--form", "自评表"], {"PYTHONIOENCODING": "gb18030"}),
    ("ascii", ["one.yaml", "-f", "xlsx", "--form", "自评表"], {"PYTHONIOENCODING": "ascii"}),
]


def _run(code: str, args: list[str], cwd: Path, cache: Path, env: dict[str, str],
         ) -> subprocess.CompletedProcess[bytes]:
    script = cwd.parent / "bin" / "perfdocs"
    script.parent.mkdir(exist_ok=True)
    script.write_text(code, encoding="utf-8")
    return subprocess.run([sys.executable, str(script), "render", *args], cwd=cwd,
                          capture_output=True, check=False,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin",
                               "LANG": "C.UTF-8", "XDG_CACHE_HOME": str(cache), **env})


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One user cache (fonts, layouts) for every run, warmed first: both ways of running
    find the same caches."""
    root = tmp_path_factory.mktemp("cache")
    work = root / "warm" / "work"
    _workdir(work)
    _run(CLICK, ["one.yaml", "-f", "pdf,xlsx,docx"], work, root / "xdg", {})
    return root / "xdg"


@pytest.mark.parametrize(("name", "args", "env"), CASES, ids=[c[0] for c in CASES])
def test_a_run_is_the_same_without_click(name: str, args: list[str], env: dict[str, str],
                                         cache: Path, tmp_path: Path) -> None:
    results = []
    work = tmp_path / "run" / "work"  # one folder: the render cache's keys name it
    for code in (FRONT, CLICK):
        shutil.rmtree(work.parent, ignore_errors=True)
        _workdir(work)
        before = _files(work)
        runs = [_run(code, args, work, cache, env)]
        if name == "cache":  # the second run reuses the first one's files
            runs.append(_run(code, args, work, cache, env))
        made = {k: v for k, v in _files(work).items() if before.get(k) != v}
        results.append(([(r.returncode, r.stdout, r.stderr) for r in runs], made))
    (ours, our_files), (theirs, their_files) = results
    assert ours == theirs
    assert our_files.keys() == their_files.keys()
    for path in our_files:
        if path.endswith(".perfdocs-cache/outputs.record"):
            continue  # what lstat said of each file written (times of day): not the bytes
        assert our_files[path] == their_files[path], path
    status = ours[-1][0]
    expected = {"one form": 0, "formats": 0, "cache": 0, "errors": 1, "missing": 1,
                "bad format": 2, "bad form": 2, "bad jobs": 2,
                "ime formats": 0, "empty format": 2, "out is a file": 2, "out under a file": 2, "strict": 1, "warned": 0,
                "globs": 0, "cache limit": 0, "layout": 2, "gb18030": 0, "ascii": 0}[name]
    assert status == expected, ours
    if status == 0:
        assert any(p.endswith((".pdf", ".xlsx", ".docx")) for p in our_files), name


# --- click is not imported on the way -----------------------------------------------------

PROBE = ("import sys, json\nfrom perfdocs.cli import main\n"
         "try:\n    main()\nexcept SystemExit as exc:\n    status = exc.code\n"
         "print(json.dumps({'status': status, 'click': 'click' in sys.modules,"
         " 'quick': 'perfdocs.cli.quick_render' in sys.modules}), file=sys.stderr)\n")


@pytest.mark.parametrize(("args", "status", "clicks"), [
    (["one.yaml", "--form", "自评表", "-f", "pdf", "-o", "out", "--no-cache"], 0, False),
    (["one.yaml", "--form", "自评表", "-f", "pdf", "-o", "out"], 0, False),  # cache on
    (["nowhere.yaml", "-f", "pdf"], 1, False),
    (["one.yaml", "-f", "bogus"], 2, True),  # handed to click
    (["one.yaml", "-j", "0"], 2, True),
    (["one.yaml", "-l", "national-2020", "-f", "xlsx", "-o", "out"], 0, True),
])
def test_a_render_process_imports_click_only_when_click_answers(
        args: list[str], status: int, clicks: bool, cache: Path, tmp_path: Path) -> None:
    work = tmp_path / "work"
    _workdir(work)
    done = _run(PROBE, args, work, cache, {})
    found = json.loads(done.stderr.decode("utf-8").splitlines()[-1])
    assert found == {"status": status, "click": clicks, "quick": True}, done.stderr


def test_python_m_perfdocs_takes_the_same_path(cache: Path, tmp_path: Path) -> None:
    work = tmp_path / "work"
    _workdir(work)
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "perfdocs", "render", "one.yaml", "--form",
         "自评表", "-f", "xlsx", "-o", "out"], cwd=work, capture_output=True, check=False,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
             "XDG_CACHE_HOME": str(cache)})
    assert done.returncode == 0, done.stderr
    imported = [line.rsplit("|", 1)[-1].strip() for line in
                done.stderr.decode("utf-8").splitlines() if line.startswith("import time:")]
    assert "perfdocs.cli.quick_render" in imported and "click" not in imported
    assert done.stdout.decode("utf-8").startswith("✓ one.yaml：")


def test_an_interrupt_ends_as_click_ends_it(tmp_path: Path) -> None:
    """Ctrl+C during a run: click's blank line and 「已取消。」, exit 1, either way."""
    code = ("import sys\nimport perfdocs.cli.rendering as r\n"
            "def stop(**_):\n    raise KeyboardInterrupt\n"
            "r.render = stop\n")
    results = []
    for main in (FRONT, CLICK):
        folder = tmp_path / str(len(results))
        folder.mkdir()
        (folder / "perfdocs").write_text(code + main, encoding="utf-8")
        done = subprocess.run([sys.executable, str(folder / "perfdocs"), "render", "a.yaml"],
                              capture_output=True, check=False,
                              env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin",
                                   "LANG": "C.UTF-8"})
        results.append((done.returncode, done.stdout, done.stderr))
    assert results[0] == results[1] == (1, b"", "\n已取消。\n".encode())

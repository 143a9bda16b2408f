"""``perfdocs``, ``-h`` and ``--help`` are answered without click (perfdocs/cli/front.py,
issue 20.2): the same bytes, streams and exit statuses as click's own answer, for every
width, each way of starting perfdocs and several output encodings; everything else is
still click's."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perfdocs.cli import front
from perfdocs.cli.app import main as group
from perfdocs.cli.zh import ChineseContext

ROOT = Path(__file__).resolve().parent.parent

FRONT = "import sys\nfrom perfdocs.cli import main\nsys.exit(main())\n"
"""What pip's console script runs (``perfdocs = "perfdocs.cli:main"``)."""
CLICK = "import sys\nfrom perfdocs.cli.app import main\nsys.exit(main())\n"
"""The click group itself, as the console script ran it before."""


def clicks_help(prog: str, width: int) -> str:
    """click's rendering of the group's help for ``prog`` at formatter width ``width``."""
    ctx = ChineseContext(group, info_name=prog, terminal_width=width, **group.context_settings)
    return group.get_help(ctx)


@pytest.mark.parametrize("prog", ["perfdocs", "python -m perfdocs", "perfdocs.exe",
                                  "python -m perfdocs.cli"])
def test_the_overview_is_clicks_at_every_width(prog: str) -> None:
    answered = 0
    for width in range(20, 201):
        ours = front.overview(prog, width)
        if ours is None:  # a usage line click would wrap: click answers
            assert width < len(f"用法: {prog} ") + max(20, len("[选项] 命令 [参数]...")), width
            continue
        answered += 1
        assert ours == clicks_help(prog, width), width
    assert answered > 150


def test_every_command_is_listed_with_clicks_description() -> None:
    """The table follows the commands: a new command, or an edited first paragraph of a
    docstring, fails here until perfdocs/cli/front.py's COMMANDS is updated."""
    commands = {name: group.commands[name] for name in group.commands}
    shown = {name: cmd for name, cmd in commands.items() if not cmd.hidden}
    assert sorted(front.COMMANDS) == sorted(shown)
    for name, cmd in shown.items():
        assert front.COMMANDS[name] == cmd.get_short_help_str(10_000), name
    ctx = ChineseContext(group, info_name="perfdocs", **group.context_settings)
    options = [p.get_help_record(ctx) for p in group.get_params(ctx)]
    assert list(front.OPTIONS) == options
    assert group.help == front.MAIN_HELP


def test_the_width_is_clicks(monkeypatch: pytest.MonkeyPatch) -> None:
    for columns in ("30", "52", "80", "81", "200", "0", "-3", "wide", None):
        if columns is None:
            monkeypatch.delenv("COLUMNS", raising=False)
        else:
            monkeypatch.setenv("COLUMNS", columns)
        assert front.help_width() == click.HelpFormatter().width, columns
        assert front.help_width() == max(min(shutil.get_terminal_size().columns, 80) - 2, 50)


def _run(code: str, args: list[str], tmp_path: Path, *, name: str = "perfdocs",
         env: dict[str, str] | None = None, module: str | None = None
         ) -> subprocess.CompletedProcess[bytes]:
    """``code`` as a script called ``name`` (or ``python -m module``) with ``args``."""
    folder = tmp_path / ("front" if code == FRONT else "click")
    folder.mkdir(exist_ok=True)
    script = folder / name
    script.write_text(code, encoding="utf-8")
    command = [sys.executable, "-m", module] if module else [sys.executable, str(script)]
    base = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    return subprocess.run([*command, *args], capture_output=True, check=False,
                          env={**base, **(env or {})})


CASES = [
    (["--help"], {}),
    (["-h"], {}),
    ([], {}),
    (["--help"], {"COLUMNS": "40"}),
    (["-h"], {"COLUMNS": "66"}),
    ([], {"COLUMNS": "300"}),
    (["--help"], {"PYTHONIOENCODING": "gbk"}),
    (["--help"], {"PYTHONIOENCODING": "utf-16"}),
    (["--help"], {"LANG": "C", "LC_ALL": "C"}),
    (["--help"], {"LANG": "C", "LC_ALL": "C", "PYTHONCOERCECLOCALE": "0"}),
    (["--help"], {"PYTHONIOENCODING": "ascii"}),  # click re-encodes: click answers
    (["render", "--help"], {}),
    (["--version"], {}),
    (["--help", "render"], {}),
    (["-x"], {}),
    ([], {"_PERFDOCS_COMPLETE": "bash_source"}),  # shell completion: click's
]


@pytest.mark.parametrize(("args", "env"), CASES, ids=[f"{' '.join(a) or '(none)'} {e}"
                                                      for a, e in CASES])
def test_the_command_answers_as_click_did(args: list[str], env: dict[str, str],
                                          tmp_path: Path) -> None:
    ours = _run(FRONT, args, tmp_path, env=env)
    theirs = _run(CLICK, args, tmp_path, env=env)
    assert ours.returncode == theirs.returncode
    assert ours.stdout == theirs.stdout
    if theirs.returncode in (0, 2):
        assert ours.stderr == theirs.stderr
    else:  # a failure's traceback names the files it passed through: its last line
        assert ours.stderr.splitlines()[-1:] == theirs.stderr.splitlines()[-1:]
    if args in (["--help"], ["-h"]) and not env:
        assert ours.stdout.decode("utf-8").startswith("用法: perfdocs [选项] 命令 [参数]...\n")
        assert b"validate" in ours.stdout and ours.returncode == 0


def test_an_encoding_without_chinese_gets_escapes_not_a_traceback(tmp_path: Path) -> None:
    """A latin-1 console cannot show the Chinese help: click failed with a traceback
    (UnicodeEncodeError, exit 1); perfdocs now writes ``\\uXXXX`` for what the encoding
    lacks (perfdocs/files/console.py ``tolerant_streams``), as Python does on stderr."""
    theirs = _run(CLICK, ["--help"], tmp_path, env={"PYTHONIOENCODING": "latin-1"})
    assert theirs.returncode == 1 and b"UnicodeEncodeError" in theirs.stderr
    ours = _run(FRONT, ["--help"], tmp_path, env={"PYTHONIOENCODING": "latin-1"})
    assert ours.returncode == 0, ours.stderr
    shown = ours.stdout.decode("latin-1")
    assert shown.startswith("\\u7528\\u6cd5: perfdocs ")  # 用法
    assert shown.encode("latin-1").decode("unicode_escape") == clicks_help("perfdocs", 78) + "\n"


def test_python_m_answers_as_click_did(tmp_path: Path) -> None:
    """``python -m perfdocs`` is named as click names it (no terminal here: 80 columns)."""
    for module in ("perfdocs", "perfdocs.cli"):
        ours = _run(FRONT, ["--help"], tmp_path, module=module)
        assert ours.returncode == 0
        assert ours.stdout.decode("utf-8") == clicks_help(f"python -m {module}", 78) + "\n"
        assert ours.stdout.decode("utf-8").startswith(f"用法: python -m {module} [选项]")


def test_the_overview_imports_no_click(tmp_path: Path) -> None:
    """``perfdocs --help`` imports neither click nor a command's module, nor perfdocs'
    errors (dataclasses), nor ``re``, textwrap or typing: only the modules that lay the
    overview out (and unicodedata and gc, C modules) beyond what the interpreter had at start.
    ``perfdocs render --help`` still goes through click."""
    probe = ("import sys, json\nbefore = set(sys.modules)\nfrom perfdocs.cli import main\n"
             "try:\n    main()\nexcept SystemExit as exc:\n    status = exc.code\n"
             "loaded = sorted(set(sys.modules) - before)\n"
             "print(json.dumps({'status': status, 'loaded': loaded}), file=sys.stderr)\n")
    found = {}
    for args in (["--help"], ["-h"], [], ["render", "--help"]):
        done = _run(probe, args, tmp_path, name="perfdocs")
        found[" ".join(args)] = json.loads(done.stderr.decode("utf-8").splitlines()[-1])
    for args in ("--help", "-h", ""):
        assert found[args]["status"] == (0 if args else 2)
        loaded = set(found[args]["loaded"]) - {"__future__", "unicodedata", "gc"}
        assert loaded == {"perfdocs", "perfdocs._deferred", "perfdocs.cli", "perfdocs.cli.front",
                          "perfdocs.files", "perfdocs.files.console",
                          "perfdocs.cli.group_texts", "perfdocs.cli.help_layout",
                          "perfdocs.cli.cjk_text"}, loaded
    assert "click" in found["render --help"]["loaded"]
    assert found["render --help"]["status"] == 0


def test_a_closed_pipe_ends_quietly_as_with_click(tmp_path: Path) -> None:
    """``perfdocs --help | head -1`` whose reader has gone: exit 1, no traceback, as click."""
    results = []
    for code in (FRONT, CLICK):
        folder = tmp_path / ("front" if code == FRONT else "click")
        folder.mkdir(exist_ok=True)
        (folder / "perfdocs").write_text(code, encoding="utf-8")
        read, write = os.pipe()
        os.close(read)  # nobody reads: the first write fails with EPIPE
        done = subprocess.run([sys.executable, str(folder / "perfdocs"), "--help"],
                              stdout=write, stderr=subprocess.PIPE, check=False,
                              env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin",
                                   "LANG": "C.UTF-8"})
        os.close(write)
        results.append((done.returncode, done.stderr))
    assert results[0] == results[1] == (1, b"")


def test_in_process_callers_still_get_the_click_group() -> None:
    """``perfdocs.cli.main`` is the click group for everything but a call asking for the
    overview: its attributes, ``CliRunner.invoke`` and calls with options."""
    from click.testing import CliRunner

    from perfdocs.cli import main

    assert main.commands is group.commands and main.name == group.name
    result = CliRunner().invoke(main, ["--help"], prog_name="perfdocs")  # type: ignore[arg-type]
    direct = CliRunner().invoke(group, ["--help"], prog_name="perfdocs")
    assert result.exit_code == direct.exit_code == 0
    assert result.output == direct.output and "validate" in result.output
    with pytest.raises(SystemExit) as stopped:
        main(["validate", "--help"], prog_name="perfdocs")
    assert stopped.value.code == 0


SHORTENED = st.lists(st.text(alphabet=st.sampled_from(list("ab-汉字，。xyz（）")), min_size=1,
                             max_size=12), min_size=1, max_size=8).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(SHORTENED, st.integers(0, 40))
def test_descriptions_are_cut_as_click_cuts_them(text: str, limit: int) -> None:
    """front cuts a long description without textwrap, as click does with it."""
    assert front._shortened(text, limit) == _clicks_cut(text, limit)


def test_every_description_at_every_limit_is_cut_as_click_cuts_it() -> None:
    for text in front.COMMANDS.values():
        for limit in range(130):
            assert front._shortened(text, limit) == _clicks_cut(text, limit), (text, limit)


def _clicks_cut(text: str, limit: int) -> str:
    import textwrap

    if len(text) <= limit:
        return text
    if limit < 3:
        return "..."
    return textwrap.shorten(text, limit, placeholder="...", break_on_hyphens=False).strip()

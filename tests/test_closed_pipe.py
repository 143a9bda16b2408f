"""A reader that goes away (``perfdocs render *.yaml | head -1``, a pager quit with q):
render goes on and renders every file (perfdocs/files/console.py ``echo``); other
commands end quietly as click ends them (exit 1). Both used to end in 「内部错误：
BrokenPipeError」 (exit 3), render with the rest of the batch unrendered."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted(str(p) for p in (ROOT / "data").glob("202[01]/*.yaml"))


def _read_one_line_then_leave(args: list[str]) -> tuple[int, str]:
    """Run perfdocs with stdout into a pipe whose reader leaves after the first line."""
    proc = subprocess.Popen([sys.executable, "-m", "perfdocs", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=ROOT)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    assert first, "perfdocs printed nothing"
    proc.stdout.close()
    err = proc.stderr.read().decode("utf-8", "replace")
    return proc.wait(timeout=600), err


def test_render_goes_on_when_the_reader_has_gone(tmp_path: Path) -> None:
    assert len(FILES) >= 4
    piped, whole = tmp_path / "piped", tmp_path / "whole"
    status, err = _read_one_line_then_leave(
        ["render", *FILES, "-f", "pdf", "-j", "1", "--no-cache", "-o", str(piped)])
    assert "内部错误" not in err and "Traceback" not in err, err
    assert status == 0, err
    subprocess.run([sys.executable, "-m", "perfdocs", "render", *FILES, "-f", "pdf", "-j", "1",
                    "--no-cache", "-o", str(whole)], capture_output=True, cwd=ROOT, check=True)
    expected = sorted(p.relative_to(whole) for p in whole.rglob("*.pdf"))
    assert len(expected) >= 4
    assert sorted(p.relative_to(piped) for p in piped.rglob("*.pdf")) == expected


def test_other_commands_end_quietly() -> None:
    status, err = _read_one_line_then_leave(["validate", *FILES * 20])
    assert "内部错误" not in err and "Traceback" not in err, err
    assert status == 1

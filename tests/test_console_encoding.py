"""A console or log file whose encoding lacks 「✓」 (GBK: a redirected run on Chinese
Windows, a Linux terminal set to GBK) gets √ and × in its place, and the run goes on
(perfdocs/files/console.py ``tolerant_streams``). Before, the first finished form's line
raised UnicodeEncodeError and ended the batch as an internal error, exit 3."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from perfdocs.files import console

ROOT = Path(__file__).resolve().parent.parent
FORM = ROOT / "data" / "2024" / "技能评价业务经费.yaml"
OTHER = ROOT / "data" / "2024" / "职业培训基础能力建设资助.yaml"
MAIN = "import sys\nfrom perfdocs.cli import main\nsys.exit(main())\n"


def perfdocs(args: list[str], encoding: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    env.pop("PYTHONUTF8", None)
    return subprocess.run([sys.executable, "-c", MAIN, *args], capture_output=True, env=env,
                          cwd=ROOT, check=False)


def test_a_gbk_log_gets_every_form_and_stand_ins(tmp_path: Path) -> None:
    missing = tmp_path / "不存在.yaml"
    done = perfdocs(["render", str(FORM), str(missing), str(OTHER), "--form", "自评表",
                     "-f", "pdf", "-o", str(tmp_path / "out"), "--no-cache"], "gbk")
    out, err = done.stdout.decode("gbk"), done.stderr.decode("gbk")
    assert done.returncode == 1, err  # one file missing: exit 1, not an internal error (3)
    assert "内部错误" not in err
    lines = out.splitlines()
    assert len(lines) == 2 and all(line.startswith("√ ") for line in lines), out
    assert "技能评价业务工作经费" in out and "总分 92.85" in out
    assert f"× {missing}：未生成" in err
    assert len(list((tmp_path / "out").rglob("*.pdf"))) == 2


def test_the_click_commands_too(tmp_path: Path) -> None:
    done = perfdocs(["validate", str(FORM)], "gbk")
    assert done.returncode == 0
    assert done.stdout.decode("gbk").startswith(f"√ {FORM}：校验通过")


def test_utf8_keeps_the_marks(tmp_path: Path) -> None:
    done = perfdocs(["validate", str(FORM)], "utf-8")
    assert done.stdout.decode("utf-8").startswith(f"✓ {FORM}：校验通过")


def test_an_errors_handler_the_user_chose_is_kept(tmp_path: Path) -> None:
    done = perfdocs(["validate", str(FORM)], "gbk:ignore")
    assert done.returncode == 0
    assert done.stdout.decode("gbk").startswith(f" {FORM}：校验通过")


@pytest.mark.parametrize(("encoding", "text", "shown"), [
    ("gbk", "✓ ✗ ⩾ ☐ ½", "√ × ≥ □ 1/2"),
    ("latin-1", "✓ ½ 技", "\\u2713 ½ \\u6280"),
    ("ascii", "✗ 技能", "\\u2717 \\u6280\\u80fd"),
])
def test_each_character_gets_what_the_encoding_has(encoding: str, text: str,
                                                   shown: str) -> None:
    import codecs
    import io

    console.tolerant_streams()  # registers the handler (the streams here are pytest's)
    assert codecs.lookup_error(console.ERRORS)
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding=encoding, errors=console.ERRORS)
    stream.write(text)
    stream.flush()
    assert raw.getvalue().decode(encoding) == shown

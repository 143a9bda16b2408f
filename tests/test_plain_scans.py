"""Character scans that were regular expressions, now sets (issue 20.2): compiling a class
of CJK punctuation, curly quotes or invisible characters cost 1.5–3 M instructions each in
every process. Each set is checked here against the pattern it replaces, over every code
point, and a warm one-form render compiles none of those patterns."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from perfdocs.forms import unbreakable
from perfdocs.loading import checked_files, project
from perfdocs.model import project_checks
from perfdocs.rules import validate

ROOT = Path(__file__).resolve().parent.parent
EVERY = "".join(map(chr, range(0x110000)))

WORD = re.escape(".,%-+/:_#'")
JOINING = f"[{re.escape(''.join(sorted(unbreakable.OPENING | unbreakable.CLOSING)))}0-9A-Za-z{WORD}]"
QUOTE_MARK = f"[{re.escape(validate.QUOTES)}]"
INVISIBLE = (r"[\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069"
             r"\ufeff\ufff9-\ufffb]")
OPENING = r"\s*[" + "".join(project._CURLY) + "]"
REPLACED = (JOINING, QUOTE_MARK, INVISIBLE, OPENING)


@pytest.mark.parametrize(("pattern", "chars"), [
    (JOINING, unbreakable.JOINING), (QUOTE_MARK, validate._QUOTE_MARKS),
    (INVISIBLE, project_checks._INVISIBLE)])
def test_each_set_holds_what_its_pattern_matched(pattern: str, chars: frozenset[str]) -> None:
    assert set(re.findall(pattern, EVERY)) == chars


def test_the_scans_answer_as_the_patterns_did() -> None:
    texts = ["", "项目", "2024年", "因（部分）培训", "≥“95%”", "a\u200bb", "\ufeff", "x\u2066y\u00ad",
             "　“甲”", " \t‘乙’", "\u3000«x»", "＂引＂", "x“y”", "\n\n“", "\u00a0“z”", "“"]
    texts += [ch + tail for ch in map(chr, range(0x3100)) for tail in ("", "“", "a")]
    for text in texts:
        assert unbreakable.JOINING.isdisjoint(text) == (re.search(JOINING, text) is None)
        assert validate._has_quote_mark(text) == (re.search(QUOTE_MARK, text) is not None)
        assert project._may_be_quoted(text) == (re.match(OPENING, text) is not None), text


def test_the_first_invisible_character_is_named() -> None:
    with pytest.raises(ValueError, match="U\\+200B"):
        project_checks.as_text("指标\u200b名称\u2066")
    with pytest.raises(ValueError, match="U\\+2066"):
        project_checks.as_text("指标\u2066名称\u200b")
    assert project_checks.as_text(" 指标名称 ") == "指标名称"


def test_a_warm_one_form_render_compiles_none_of_the_replaced_patterns(tmp_path: Path) -> None:
    code = ("import json, re, sys\nfrom perfdocs.cli import main\n"
            "try:\n    main(sys.argv[2:])\nexcept SystemExit as exc:\n    status = exc.code\n"
            "print(json.dumps({'status': status, 'compiled': [p for p in json.loads(sys.argv[1])\n"
            "    if any(key[1] == p for key in re._cache)]}))\n")
    args = ["render", str(ROOT / "data" / "2024" / "技能评价业务经费.yaml"), "--form", "自评表",
            "-f", "pdf", "-o", "out", "--no-cache"]
    env = {**os.environ, checked_files.CACHE_VARIABLE: str(tmp_path / "cache"),
           "PERFDOCS_FONT_CACHE": "off",
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", code, json.dumps(REPLACED), *args],
                              capture_output=True, text=True, cwd=tmp_path, env=env, check=True)
    warm = json.loads(done.stdout.strip().splitlines()[-1])
    assert warm["status"] in (0, None)
    assert warm["compiled"] == []

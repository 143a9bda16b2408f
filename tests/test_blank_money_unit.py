"""「金额单位:」 written with nothing after it.

The loader reads the amounts in perfdocs.toml's [input] unit, as when the line is left out
(README's 项目文件 table), and the schema refuses the empty value: it said
「应为「元」或「万元」，不是None」 — a word of Python, not of the form. It now says the box is
empty, what to write, and what leaving the line out does."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT, invoke

SKILLS = ROOT / "data" / "2024" / "技能评价业务经费.yaml"


def test_an_empty_money_unit_says_what_to_write(tmp_path: Path) -> None:
    text = SKILLS.read_text(encoding="utf-8")
    assert "\n金额单位: 万元\n" in text
    path = tmp_path / "p.yaml"
    path.write_text(text.replace("\n金额单位: 万元\n", "\n金额单位:\n", 1), encoding="utf-8")
    line = text.split("\n").index("金额单位: 万元") + 1
    code, output = invoke("validate", str(path))
    assert code == 1, output
    assert (f"{path}:{line}: 错误 金额单位: 不能为空：写「元」或「万元」"
            "（不写这一行则取 perfdocs.toml 的 [input] unit，默认「元」）") in output
    assert "None" not in output
    # leaving the line out instead: read in 元 by default, as the message says
    path.write_text(text.replace("\n金额单位: 万元\n", "\n", 1), encoding="utf-8")
    code, output = invoke("validate", str(path))
    assert "金额单位" in output  # the 万元 figures read as 元 are far too small for the form
    assert "不能为空" not in output

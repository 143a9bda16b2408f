"""An option written twice is refused, not replaced by its last value (tester6 #10b):
``render a.yaml -f 申报表 --format pdf`` rendered every form, the ``-f 申报表`` (meant as
--form; -f is --format) dropped without a word. The quick parser hands such a line to
click, which refuses it with its usage line (status 2) before anything is written."""

from __future__ import annotations

from pathlib import Path

from conftest import SMALL_PROJECT, invoke

from perfdocs.cli import quick_render


def test_a_repeated_option_is_refused(tmp_path: Path) -> None:
    project = tmp_path / "p.yaml"
    project.write_text(SMALL_PROJECT, encoding="utf-8")
    out = tmp_path / "o"
    args = ["render", str(project), "-f", "自评表", "--format", "pdf", "--out", str(out)]
    assert quick_render.parse(args) is None  # not the quick path's: click says it
    code, said = invoke(*args)
    assert code == 2, said
    assert "选项 -f 与 --format 是同一个选项，只能写一次" in said and "--form" in said
    assert not out.exists()
    code, said = invoke("packet", str(project), "--stage", "申报", "--stage", "自评",
                        "--out", str(out))
    assert code == 2 and "选项 --stage 写了两次，只能写一次" in said, said
    code, said = invoke("render", str(project), "--format", "pdf", "--out", str(out),
                        "--form", "自评表")
    assert code == 0, said  # each once: as before

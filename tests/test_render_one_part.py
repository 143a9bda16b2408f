"""``render --form`` of a file whose errors are all in the part those forms do not print.

``evaluate-init`` run before the year ended adds a 自评 part of blank boxes; ``packet --stage
申报`` and ``summary`` make the 申报表 from the 申报 part with a 注意 line (tester6 #7),
and ``render --form 申报表`` refused the same file (tester7 N5). It now makes the 申报表 —
the bytes the file without its 自评 part gives — with one 注意 line, again when the
render cache answers, and ``--strict`` still refuses a finding on the 申报 part. The
converse: ``--form 自评表`` while only the 申报 part has errors.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from conftest import DATA_2024, invoke

SOURCE = DATA_2024 / "技能评价业务经费.yaml"
DONE = '全年执行数: "429.46"}'
NOTE = "「自评」部分有 2 处错误（未填完），只用申报部分生成了申报表"


def _file(tmp_path: Path, text: str, name: str) -> str:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "技能评价业务经费.yaml").write_text(text, encoding="utf-8")
    return str(folder / "技能评价业务经费.yaml")


def _notes(out: str, words: str) -> list[str]:
    return [line for line in out.splitlines() if words in line]


def _same(a: Path, b: Path) -> None:
    found = subprocess.run(["diff", "-r", "-x", ".perfdocs-cache", str(a), str(b)],
                           capture_output=True, text=True, check=False)
    assert found.returncode == 0, found.stdout[:2000]


def test_render_form_declaration_with_an_unfinished_evaluation(tmp_path: Path) -> None:
    text = SOURCE.read_text(encoding="utf-8")
    assert text.count(DONE) == 2
    unfinished = _file(tmp_path, text.replace(DONE, "全年执行数: }"), "unfinished")
    out_a = tmp_path / "a"
    for run in ("rendered", "cached"):
        code, out = invoke("render", unfinished, "--form", "申报表", "-o", str(out_a),
                           "-f", "xlsx,pdf")
        assert code == 0, (run, out)
        notes = _notes(out, NOTE)
        assert len(notes) == 1 and notes[0].startswith("注意：") \
            and "生成自评表前请填完" in notes[0], (run, out)
        assert "错误" not in out.replace(NOTE, ""), (run, out)
        assert ("沿用上次生成的结果" in out) == (run == "cached"), (run, out)
        assert "✓" in out and "（自评未填完，未用）" in out and "尚无自评" not in out, out
    made = sorted(p.name for p in out_a.rglob("*") if p.is_file()
                  and ".perfdocs-cache" not in p.parts)
    assert made == ["技能评价业务经费-申报表.pdf", "技能评价业务经费-申报表.xlsx"]
    # the same 申报表 as from the file without its 自评 part
    head, _sep, _rest = text.partition("\n自评:")
    without = _file(tmp_path, head + "\n", "without")
    code, out = invoke("render", without, "--form", "申报表", "-o", str(tmp_path / "b"),
                       "-f", "xlsx,pdf", "--no-cache")
    assert code == 0 and "注意：" not in out, out
    _same(out_a, tmp_path / "b")
    # --no-cache and --strict say the same (the errors are not on the 申报表's part)
    for extra in ("--no-cache", "--strict"):
        code, out = invoke("render", unfinished, "--form", "申报表", "-o",
                           str(tmp_path / extra.strip("-")), "-f", "xlsx", extra)
        assert code == 0 and len(_notes(out, NOTE)) == 1, (extra, out)
    # every form, or the 自评表, is still refused over the 自评 part's errors
    for form in ("all", "自评表"):
        code, out = invoke("render", unfinished, "--form", form, "-o", str(tmp_path / "c"))
        assert code == 1 and "错误 自评.项目资金" in out and not _notes(out, NOTE), (form, out)
    assert not list((tmp_path / "c").rglob("*.xlsx"))


def test_an_error_on_the_rendered_part_still_refuses(tmp_path: Path) -> None:
    text = SOURCE.read_text(encoding="utf-8").replace(DONE, "全年执行数: }")
    broken = _file(tmp_path, text.replace("申报:\n", "申报:\n  年度: 二〇二四\n", 1), "broken")
    code, out = invoke("render", broken, "--form", "申报表", "-o", str(tmp_path / "a"))
    assert code == 1 and "✗" in out and not _notes(out, NOTE), out
    # a warning on the 申报 part: made without --strict, refused with it (and when cached)
    early = _file(tmp_path, text.replace("计划开始日期: 2024-01-01", "计划开始日期: 2023-12-01"),
                  "early")
    code, out = invoke("render", early, "--form", "申报表", "-o", str(tmp_path / "b"),
                       "-f", "xlsx")
    assert code == 0 and len(_notes(out, "「自评」部分有 2 处错误")) == 1, out
    assert "计划开始日期" in out, out
    for _run in range(2):
        code, out = invoke("render", early, "--form", "申报表", "-o", str(tmp_path / "b"),
                           "-f", "xlsx", "--strict")
        assert code == 1 and "计划开始日期" in out and "✗" in out, out


def test_render_form_evaluation_with_an_error_in_the_declaration(tmp_path: Path) -> None:
    text = SOURCE.read_text(encoding="utf-8")
    whole = _file(tmp_path, text, "whole")
    broken = _file(tmp_path, text.replace("申报:\n", "申报:\n  年度: 二〇二四\n", 1), "broken")
    code, out = invoke("render", broken, "--form", "自评表", "-o", str(tmp_path / "a"),
                       "-f", "xlsx,pdf")
    assert code == 0, out
    notes = _notes(out, "「申报」部分有 1 处错误，只用自评部分生成了自评表")
    assert len(notes) == 1 and "生成申报表前请改正" in notes[0], out
    code, out = invoke("render", whole, "--form", "自评表", "-o", str(tmp_path / "b"),
                       "-f", "xlsx,pdf")
    assert code == 0, out
    _same(tmp_path / "a", tmp_path / "b")
    code, out = invoke("render", broken, "--form", "申报表", "-o", str(tmp_path / "c"))
    assert code == 1 and "✗" in out, out


def test_status_judges_the_declaration_made_alone_by_its_record(tmp_path: Path) -> None:
    """renders' note: after ``render --form 申报表`` of a file whose errors are all in its
    自评 part, ``status`` called the 申报表 just made 过期 (every form of a file with errors
    was). Its 申报 forms are judged by the output record: 最新, then 过期 once the 申报
    part changes; a 自评表 left from before stays 过期."""
    import json

    text = SOURCE.read_text(encoding="utf-8")
    unfinished = _file(tmp_path, text.replace(DONE, "全年执行数: }"), "unfinished")
    out = tmp_path / "o"
    assert invoke("render", unfinished, "--form", "申报表", "-o", str(out))[0] == 0

    def rows() -> dict[str, str]:
        _code, said = invoke("status", unfinished, "-o", str(out), "--json")
        (row,) = json.loads(said[said.index("["):])
        assert row["错误"] == 2, row
        assert row["版式"] == "shanghai-2024", row
        return {Path(f["路径"]).name: f["状态"] for f in row["输出文件"]} | {"": row["表格"]}

    shown = rows()
    assert shown[""] == "最新" and all(v == "最新" for v in shown.values()), shown
    assert any(name.endswith("申报表.pdf") for name in shown), shown
    Path(unfinished).write_text(Path(unfinished).read_text(encoding="utf-8").replace(
        "保障2024年", "保障2024年度", 1), encoding="utf-8")  # a change the 申报表 prints
    assert rows()[""] == "过期"

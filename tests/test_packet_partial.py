"""A 申报 packet is not refused over an unfinished 自评 part (tester6 #7).

``evaluate-init`` run before the year ended adds a 自评 part of blank boxes; every error of
such a file is in that part, which a 申报 packet does not hold. The file is packed from
its 申报 part, one 注意 line saying its 自评 part has errors and is not in this packet —
the same packet as from the file without the 自评 part. A 申报 error still refuses it.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from conftest import DATA_2024, invoke

SOURCE = DATA_2024 / "技能评价业务经费.yaml"
DONE = '全年执行数: "429.46"}'


def _files(tmp_path: Path, text: str, name: str) -> str:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "技能评价业务经费.yaml").write_text(text, encoding="utf-8")
    return str(folder / "技能评价业务经费.yaml")


def test_an_unfinished_evaluation_does_not_block_the_declaration_packet(
        tmp_path: Path) -> None:
    text = SOURCE.read_text(encoding="utf-8")
    assert text.count(DONE) == 2
    unfinished = _files(tmp_path, text.replace(DONE, "全年执行数: }"), "unfinished")
    code, out = invoke("packet", unfinished, "--stage", "申报", "--out",
                       str(tmp_path / "a"), "-f", "xlsx,pdf", "--date", "2026-12-02",
                       "--strict")
    assert code == 0, out
    notes = [line for line in out.splitlines() if "「自评」部分有 2 处错误" in line]
    assert len(notes) == 1 and "不在这份申报材料中" in notes[0], out
    assert "错误 自评" not in out  # the errors themselves are validate's to list
    head, _sep, _rest = text.partition("\n自评:")
    without = _files(tmp_path, head + "\n", "without")
    code, out = invoke("packet", without, "--stage", "申报", "--out", str(tmp_path / "b"),
                       "-f", "xlsx,pdf", "--date", "2026-12-02")
    assert code == 0, out
    found = subprocess.run(["diff", "-r", "-x", ".perfdocs-cache", str(tmp_path / "a"),
                            str(tmp_path / "b")], capture_output=True, text=True, check=False)
    assert found.returncode == 0, found.stdout[:2000]
    # the 自评 packet is still refused, and so is an error in the 申报 part
    code, out = invoke("packet", unfinished, "--stage", "自评", "--out", str(tmp_path / "c"))
    assert code == 1 and "自评.项目资金" in out, out
    broken = _files(tmp_path, text.replace(DONE, "全年执行数: }").replace(
        "申报:\n", "申报:\n  年度: 二〇二四\n", 1), "broken")
    code, out = invoke("packet", broken, "--stage", "申报", "--out", str(tmp_path / "d"))
    assert code == 1, out


def test_a_declared_indicator_missing_from_the_evaluation_is_the_evaluations(
        tmp_path: Path) -> None:
    """tester7 N3: the warning that a declared indicator is not evaluated is placed on its
    申报 line, so the 自评 packet (whose 自评表 lacks it) dropped it — printed nothing, and
    bound the form under --strict — while the 申报 packet printed it."""
    text = SOURCE.read_text(encoding="utf-8")
    evaluated = "        - 三级指标: 审计单位数量"
    at = text.index(evaluated, text.index("\n自评:"))
    renamed = text[:at] + "        - 三级指标: 全新的考核项目" + text[at + len(evaluated):]
    path = _files(tmp_path, renamed, "renamed")
    code, out = invoke("packet", path, "--stage", "自评", "--out", str(tmp_path / "e"),
                       "-f", "xlsx", "--date", "2026-12-02")
    assert code == 0, out
    assert "申报的「审计单位数量」" in out and "在自评中没有" in out, out
    code, out = invoke("packet", path, "--stage", "自评", "--out", str(tmp_path / "f"),
                       "-f", "xlsx", "--date", "2026-12-02", "--strict")
    assert code == 1, out
    code, out = invoke("packet", path, "--stage", "申报", "--out", str(tmp_path / "g"),
                       "-f", "xlsx", "--date", "2026-12-02")
    assert code == 0, out
    assert "在自评中没有" not in out, out


def test_an_unfinished_evaluation_does_not_block_the_summary(tmp_path: Path) -> None:
    """tester7 N5: ``summary`` prints 申报表 only, as the 申报 packet's 汇总表; a file whose
    errors are all in its 自评 part is summed from its 申报 part, with one 注意 line — the
    same 汇总表 as from the file without that part. A 申报 error still refuses it."""
    text = SOURCE.read_text(encoding="utf-8")
    unfinished = _files(tmp_path, text.replace(DONE, "全年执行数: }"), "unfinished")
    code, out = invoke("summary", unfinished, "--out", str(tmp_path / "a"),
                       "--date", "2026-12-02")
    assert code == 0, out
    notes = [line for line in out.splitlines() if "「自评」部分有 2 处错误" in line]
    assert len(notes) == 1 and notes[0].startswith("注意：") and "只用了申报部分" in notes[0]
    assert "错误 自评" not in out and "✓" in out, out
    head, _sep, _rest = text.partition("\n自评:")
    without = _files(tmp_path, head + "\n", "without")
    code, out = invoke("summary", without, "--out", str(tmp_path / "b"),
                       "--date", "2026-12-02")
    assert code == 0 and "注意：" not in out, out
    found = subprocess.run(["diff", "-r", str(tmp_path / "a"), str(tmp_path / "b")],
                           capture_output=True, text=True, check=False)
    assert found.returncode == 0, found.stdout[:2000]
    assert len(list((tmp_path / "a").rglob("*.pdf"))) == 1
    broken = _files(tmp_path, text.replace(DONE, "全年执行数: }").replace(
        "申报:\n", "申报:\n  年度: 二〇二四\n", 1), "broken")
    code, out = invoke("summary", broken, "--out", str(tmp_path / "d"))
    assert code == 1 and "未生成汇总表" in out, out

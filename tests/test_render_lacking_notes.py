"""render says once for the run which files lack a part (tester6 #10h): in 申报 season
every file has no 自评 part, and 12 projects printed 12 「注意：…没有「自评」部分，不生成自评表」
lines that buried the real warnings. One file still gets its own line."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT, invoke

DECLARED = [ROOT / "data" / "2020" / "促进就业专项业务费.yaml",
            ROOT / "data" / "2020" / "筹办第46届世界技能大赛.yaml"]


def test_several_files_without_a_part_get_one_line(tmp_path: Path) -> None:
    code, out = invoke("render", *map(str, DECLARED), "--out", str(tmp_path / "o"),
                       "-f", "xlsx", "--no-cache", notes=True)
    assert code == 0, out
    lines = [line for line in out.splitlines() if "不生成自评表" in line]
    assert len(lines) == 1, out
    assert lines[0].startswith("注意：2 个文件没有「自评」部分，不生成自评表（"), lines
    assert all(path.name in lines[0] for path in DECLARED)
    code, out = invoke("render", str(DECLARED[0]), "--out", str(tmp_path / "p"), "-f", "xlsx",
                       "--no-cache", notes=True)
    assert code == 0, out
    assert [line for line in out.splitlines() if "不生成自评表" in line] == [
        f"注意：{DECLARED[0]}：没有「自评」部分，不生成自评表"], out

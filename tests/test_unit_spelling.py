"""One 实施单位 written 「（本级）」 in two files and 「(本级)」 in a third (tester16 F4).

``import`` takes both spellings for one unit; ``packet`` split them into two packets (the
real one and its 一览表 合计 lacked the project), ``summary`` and ``overview`` into two
tables. Each refuses the files now, naming the file that differs, its line and both
spellings, and writes nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import DATA_2024, invoke

UNIT = "实施单位: 上海市职业技能鉴定中心\n"
NAMES = ("技能评价业务经费", "第48届世赛筹办场地经理跟岗学习经费", "职业培训基础能力建设资助")


def _files(tmp_path: Path) -> list[str]:
    folder = tmp_path / "in"
    folder.mkdir()
    paths = []
    for number, name in enumerate(NAMES, start=1):
        text = (DATA_2024 / f"{name}.yaml").read_text(encoding="utf-8")
        assert text.count(UNIT) == 1
        brackets = "(本级)" if number == 2 else "（本级）"
        path = folder / f"0{number}{name}.yaml"
        path.write_text(text.replace(UNIT, UNIT.replace("\n", f"{brackets}\n")),
                        encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.mark.parametrize("command", [
    ("packet", "--stage", "自评", "--date", "2026-03-01"),
    ("packet", "--stage", "自评", "--single", "--date", "2026-03-01"),
    ("summary",), ("overview",)])
def test_a_unit_written_two_ways_is_refused(tmp_path: Path, command: tuple[str, ...]) -> None:
    paths = _files(tmp_path)
    out = tmp_path / "out"
    code, said = invoke(command[0], *paths, *command[1:], "-o", str(out))
    assert code == 1, said
    errors = [line for line in said.splitlines() if "错误 实施单位" in line]
    assert len(errors) == 1, said
    lines = Path(paths[1]).read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, start=1) if text.startswith("实施单位"))
    assert errors[0].startswith(f"{paths[1]}:{line}: 错误 实施单位"), said
    assert "「上海市职业技能鉴定中心(本级)」" in errors[0], said
    assert "2 个文件" in errors[0] and "「上海市职业技能鉴定中心（本级）」" in errors[0], said
    assert not out.exists(), sorted(out.rglob("*"))


def test_one_spelling_is_one_unit(tmp_path: Path) -> None:
    paths = _files(tmp_path)
    text = Path(paths[1]).read_text(encoding="utf-8")
    Path(paths[1]).write_text(text.replace("(本级)", "（本级）"), encoding="utf-8")
    out = tmp_path / "out"
    code, said = invoke("overview", *paths, "-o", str(out))
    assert code == 0, said
    assert said.count("✓ ") == 1 and "3 个项目" in said, said

"""Two project files naming the same forms (a copied project whose 项目名称 was left as it
was): render refuses the later one, and validate and status say the same of the same files
(perfdocs.engine.clashes). status showed 最新 for both while the forms on disk held only
one file's figures, and validate passed both."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SMALL_PROJECT, invoke

WHY = "两个项目的项目名称和实施单位相同，请改正其中一个"


@pytest.fixture
def copied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """a.yaml and its copy b.yaml with another amount and the same 项目名称."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.yaml").write_text(SMALL_PROJECT, encoding="utf-8")
    assert "项目名称: 测试项目" in SMALL_PROJECT
    (tmp_path / "b.yaml").write_text(SMALL_PROJECT + "\n# 复制后只改了金额\n", encoding="utf-8")
    other = SMALL_PROJECT.replace("项目名称: 测试项目", "项目名称: 另一项目")
    (tmp_path / "c.yaml").write_text(other, encoding="utf-8")
    return tmp_path


def test_validate_refuses_what_render_refuses(copied: Path) -> None:
    code, out = invoke("render", "a.yaml", "b.yaml", "c.yaml", "-f", "xlsx", "-o", "out")
    # at the line of the later file's 项目名称, the name to change (tester7 10c)
    refusal = f"b.yaml:2: 错误 项目名称: 与 a.yaml 的输出文件相同（测试项目-自评表）：{WHY}"
    assert code == 1 and refusal in out, out
    code, out = invoke("validate", "a.yaml", "b.yaml", "c.yaml")
    assert code == 1 and refusal in out, out
    assert "✓ a.yaml：校验通过" in out and "✓ c.yaml：校验通过" in out
    assert "✓ b.yaml" not in out
    assert invoke("validate", "a.yaml", "c.yaml")[0] == 0
    assert invoke("validate", "b.yaml")[0] == 0  # alone it names nothing another file names


def test_status_says_conflict_not_up_to_date(copied: Path) -> None:
    assert invoke("render", "a.yaml", "c.yaml", "-o", "out")[0] == 0
    code, out = invoke("status", "a.yaml", "b.yaml", "c.yaml", "-o", "out", "--json")
    rows = {row["文件"]: row for row in json.loads(out[out.index("["):])}
    assert code == 1
    assert rows["a.yaml"]["表格"] == "冲突" and rows["a.yaml"]["错误"] == 0
    assert rows["b.yaml"]["表格"] == "冲突" and rows["b.yaml"]["错误"] == 1
    assert any(WHY in problem for problem in rows["b.yaml"]["问题"])
    code, out = invoke("status", "a.yaml", "b.yaml", "-o", "out", "--details")
    assert "b.yaml:2: 错误 项目名称: 与 a.yaml 的输出文件相同" in out, out
    assert rows["c.yaml"]["表格"] == "最新" and rows["c.yaml"]["错误"] == 0
    code, out = invoke("status", "a.yaml", "c.yaml", "-o", "out", "--json")
    assert code == 0 and {r["表格"] for r in json.loads(out[out.index("["):])} == {"最新"}
    code, out = invoke("status", "a.yaml", "b.yaml", "-o", "out")
    assert "2 个项目文件生成的是同一组表格" in out.replace("\n", "")


def test_the_line_is_that_of_the_name_wherever_it_is_written(tmp_path: Path) -> None:
    """name_line: the 项目名称 of a file, else its 自评.项目名称 (a 自评-only file); None for a
    file that cannot be read (the clash is then said without a line, as before)."""
    from perfdocs.loading.source import name_line

    (tmp_path / "a.yaml").write_text("# 注释\n\n年度: 2024\n项目名称: 甲\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("年度: 2024\n自评:\n  项目名称: 乙\n", encoding="utf-8")
    (tmp_path / "c.yaml").write_text("年度: [\n", encoding="utf-8")
    assert [name_line(tmp_path / n) for n in ("a.yaml", "b.yaml", "c.yaml", "d.yaml")] == \
        [4, 3, None, None]


def test_packet_names_the_line_too(copied: Path) -> None:
    code, out = invoke("packet", "a.yaml", "b.yaml", "--stage", "自评", "--date", "2025-03-01",
                       "-o", "pk")
    assert code == 1
    assert f"b.yaml:2: 错误 项目名称: 与 a.yaml 的输出文件相同（测试项目-自评表）：{WHY}" in out, out


def test_units_written_alike_blame_the_unit(copied: Path) -> None:
    """tester8 #15: 「某某中心.」 (a trailing dot the folder name drops) and 「某某中心」 write
    one folder; the error blamed 项目名称, which is the same in both files."""
    assert "实施单位: 某某中心\n" in SMALL_PROJECT
    (copied / "b.yaml").write_text(SMALL_PROJECT.replace("实施单位: 某某中心", "实施单位: 某某中心."),
                                   encoding="utf-8")
    for command in (("render", "-f", "xlsx", "-o", "out"), ("validate",)):
        code, out = invoke(command[0], "a.yaml", "b.yaml", *command[1:])
        assert code == 1
        assert ("b.yaml:4: 错误 实施单位: 与 a.yaml 的输出文件相同（测试项目-自评表）：两个项目的项目名称"
                "相同，实施单位「某某中心」与「某某中心.」只差写法") in out.replace("\n", ""), out

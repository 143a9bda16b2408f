"""render's line for a project names it as its 自评表 prints it (importfix's note after
tester4 #3): 总分 and 评分等级 are the 自评表's, so is the name beside them."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import DATA_2024, invoke


def test_the_line_with_the_total_names_the_evaluation(tmp_path: Path) -> None:
    code, out = invoke("render", str(DATA_2024 / "技能评价业务经费.yaml"), "--form", "自评表",
                       "-f", "xlsx", "-o", str(tmp_path), "--no-cache")
    assert code == 0, out
    assert "：技能评价业务工作经费  总分 92.85  优" in out  # 自评.项目名称, not 项目名称


def test_a_declaration_alone_keeps_its_name(tmp_path: Path) -> None:
    source = DATA_2024 / "技能评价业务经费.yaml"
    text = source.read_text(encoding="utf-8")
    path = tmp_path / "p.yaml"
    path.write_text(text[:text.index("\n自评:")] + "\n", encoding="utf-8")
    code, out = invoke("render", str(path), "-f", "xlsx", "-o", str(tmp_path / "o"),
                       "--no-cache")
    assert code == 0, out
    assert "：技能评价业务经费  （尚无自评）" in out

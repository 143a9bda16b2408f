"""perfdocs.toml is found from any folder of a workspace, as git finds its folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from perfdocs.loading.settings import find_settings, load_settings
from tests.conftest import ROOT, invoke


def test_the_nearest_settings_file_above_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                             ) -> None:
    (tmp_path / "perfdocs.toml").write_text('[render]\nlayout = "national-2020"\n',
                                            encoding="utf-8")
    year = tmp_path / "2025" / "水利"
    year.mkdir(parents=True)
    monkeypatch.chdir(year)
    assert find_settings(year) == tmp_path / "perfdocs.toml"
    settings = load_settings()
    assert settings.layout == "national-2020" and settings.file == tmp_path / "perfdocs.toml"
    assert settings.out == tmp_path.resolve() / "output"  # the workspace's output, as from its top
    (year.parent / "perfdocs.toml").write_text('[render]\nlayout = "steps-2022"\n',
                                               encoding="utf-8")
    assert load_settings().layout == "steps-2022"


def test_a_subfolder_renders_with_the_workspace_layout_and_its_own_layouts(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A project without 版式, rendered from the year's folder, gets the workspace's default
    layout (not shanghai-2024), and a 版式 from the workspace's templates/ is found."""
    monkeypatch.chdir(tmp_path)
    code, out = invoke("layout", "new", "my-2025", "--from", "national-2020")
    assert code == 0, out
    (tmp_path / "perfdocs.toml").write_text('[render]\nlayout = "my-2025"\n', encoding="utf-8")
    year = tmp_path / "2025"
    year.mkdir()
    example = ROOT / "data" / "national-2020" / "社区居家养老服务补助.yaml"
    text = example.read_text(encoding="utf-8")
    (year / "无版式.yaml").write_text(text.replace("版式: national-2020\n", ""), encoding="utf-8")
    (year / "有版式.yaml").write_text(
        text.replace("版式: national-2020", "版式: my-2025").replace(
            "项目名称: 社区居家养老服务补助", "项目名称: 另一个项目"), encoding="utf-8")
    monkeypatch.chdir(year)
    code, out = invoke("render", "无版式.yaml", "有版式.yaml", "-f", "xlsx")
    assert code == 0, out
    made = sorted(p.name for p in (tmp_path / "output").rglob("*.xlsx"))
    assert made and all(name.endswith(".xlsx") for name in made)
    assert not (year / "output").exists()  # the workspace's output folder, not 2025/output
    from openpyxl import load_workbook

    for path in (tmp_path / "output").rglob("*-自评表.xlsx"):
        sheet = load_workbook(path).active
        assert sheet is not None
        titles = [str(c.value) for row in sheet.iter_rows(max_row=2) for c in row if c.value]
        assert not any(t.startswith("财政项目支出") for t in titles), titles  # not Shanghai's


def test_outside_any_workspace_the_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                           ) -> None:
    monkeypatch.chdir(tmp_path)
    if find_settings(tmp_path) is not None:  # a perfdocs.toml above the test's folder
        pytest.skip("a perfdocs.toml lies above the temporary folder on this machine")
    assert load_settings().layout == "shanghai-2024"

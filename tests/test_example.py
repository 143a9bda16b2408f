"""perfdocs example: every bundled layout's example is copied where the preparer works, and
renders on the form it was written for, whatever the unit's default layout."""

from __future__ import annotations

from pathlib import Path

import pytest

from perfdocs.layouts.examples import bundled_examples
from perfdocs.layouts.layout import available
from tests.conftest import ROOT, invoke

LAYOUTS = sorted(p.name for p in (ROOT / "templates").iterdir() if (p / "layout.toml").is_file())


def test_every_shipped_layout_has_an_example_and_every_example_a_layout() -> None:
    examples = bundled_examples("shanghai-2024")
    assert sorted({e.layout for e in examples}) == LAYOUTS
    assert set(LAYOUTS) <= set(available([]))
    assert len(examples) == len(list((ROOT / "data").rglob("*.yaml")))


def test_listing_names_each_layout_and_example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                              ) -> None:
    monkeypatch.chdir(tmp_path)
    code, out = invoke("example")
    assert code == 0
    assert "national-2020  社区居家养老服务补助" in out.splitlines()
    assert "shanghai-2024  技能评价业务经费" in out.splitlines()
    assert list(tmp_path.iterdir()) == []  # listing writes nothing


def test_copy_keeps_the_text_and_names_the_layout_it_was_written_for(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The 2024 examples have no 版式 line: the copy gets one, so a unit whose perfdocs.toml
    names another layout still renders them on the Shanghai 2024 form."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "perfdocs.toml").write_text('[render]\nlayout = "national-2020"\n',
                                           encoding="utf-8")
    code, out = invoke("example", "shanghai-2024")
    assert code == 0, out
    copied = sorted(p.name for p in tmp_path.glob("*.yaml"))
    assert copied == sorted(p.name for p in (ROOT / "data" / "2024").glob("*.yaml"))
    original = (ROOT / "data" / "2024" / "技能评价业务经费.yaml").read_text(encoding="utf-8")
    copy = (tmp_path / "技能评价业务经费.yaml").read_text(encoding="utf-8")
    assert copy.replace("版式: shanghai-2024\n", "", 1) == original
    code, out = invoke("render", "技能评价业务经费.yaml", "-f", "xlsx", "-o", "out")
    assert code == 0, out
    from openpyxl import load_workbook

    (made,) = (tmp_path / "out").rglob("技能评价业务工作经费-自评表.xlsx")
    sheet = load_workbook(made).active
    assert sheet is not None
    texts = {str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None}
    # the Shanghai 2024 form (national-2020 prints 执行率 as a percentage cell, 0.9854)
    assert {"92.85", "98.54", "执行率(%)"} <= texts and "0.9854" not in texts


def test_a_named_example_is_copied_byte_for_byte(tmp_path: Path) -> None:
    code, out = invoke("example", "national-2020", "-o", str(tmp_path / "new"))
    assert code == 0, out
    source = ROOT / "data" / "national-2020" / "社区居家养老服务补助.yaml"
    assert (tmp_path / "new" / source.name).read_bytes() == source.read_bytes()


def test_an_existing_file_is_never_overwritten_without_force(tmp_path: Path) -> None:
    mine = tmp_path / "社区居家养老服务补助.yaml"
    mine.write_text("我的文件\n", encoding="utf-8")
    code, out = invoke("example", "national-2020", "-o", str(tmp_path))
    assert code == 1 and "文件已存在，未覆盖" in out
    assert mine.read_text(encoding="utf-8") == "我的文件\n"
    code, out = invoke("example", "national-2020", "-o", str(tmp_path), "--force")
    assert code == 0 and mine.read_text(encoding="utf-8") != "我的文件\n"


def test_a_layout_without_example_is_a_usage_error_naming_those_with_one(tmp_path: Path
                                                                        ) -> None:
    code, out = invoke("example", "hubei", "-o", str(tmp_path))
    assert code == 2
    assert "版式「hubei」没有自带的示例项目" in out and "hubei-2020" in out
    assert list(tmp_path.iterdir()) == []

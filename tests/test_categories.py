"""The 一级/二级 names a layout accepts: an unknown one is an error at its line, naming the
nearest valid name; a layout without ``categories`` accepts any."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from perfdocs.engine.pipeline import prepare
from perfdocs.errors import ValidationFailed
from perfdocs.layouts.layout import load_layout
from perfdocs.loading.settings import Settings
from tests.conftest import ROOT, SMALL_PROJECT


def _findings(path: Path, settings: Settings | None = None) -> list[tuple[int | None, str, str]]:
    with pytest.raises(ValidationFailed) as info:
        prepare(path, settings or Settings())
    return [(d.line, d.field or "", d.message) for d in info.value.diagnostics
            if d.rule == "category-name"]


@pytest.mark.parametrize(("old", "new", "near"), [
    ("    产出指标:", "    产出指示:", "产出指标"),
    ("    效益指标:", "    效果指标:", "效益指标"),
])
def test_unknown_level1_names_nearest(write_project: Callable[..., Path], old: str, new: str,
                                      near: str) -> None:
    path = write_project(SMALL_PROJECT.replace(old, new))
    found = _findings(path)
    assert len(found) == 1, found
    line, field, message = found[0]
    assert line == next(i for i, text in enumerate(path.read_text().splitlines(), 1)
                        if text == new)
    assert field == f"自评.绩效指标.{new.strip().rstrip(':')}"
    assert f"是不是「{near}」？" in message and "一级指标" in message


@pytest.mark.parametrize(("old", "new", "near"), [
    ("      数量指标:", "      质量目标:", "质量指标"),
    ("      服务对象满意度指标:", "      服务对象满意度:", "服务对象满意度指标"),
])
def test_unknown_level2_names_nearest(write_project: Callable[..., Path], old: str, new: str,
                                      near: str) -> None:
    path = write_project(SMALL_PROJECT.replace(old, new))
    found = _findings(path)
    assert len(found) == 1, found
    line, _field, message = found[0]
    assert path.read_text().splitlines()[line - 1] == new  # type: ignore[operator]
    assert f"是不是「{near}」？" in message and "二级指标" in message


def test_level2_of_another_level1_says_where_it_belongs(
        write_project: Callable[..., Path]) -> None:
    """社会效益指标 is a 二级 name, but of 效益指标, not of 产出指标."""
    path = write_project(SMALL_PROJECT.replace("      数量指标:", "      社会效益指标:"))
    (found,) = _findings(path)
    assert "它属于一级指标「效益指标」" in found[2] and "可用：数量指标、质量指标" in found[2]


def test_every_unknown_name_in_one_pass(write_project: Callable[..., Path]) -> None:
    text = SMALL_PROJECT.replace("    产出指标:", "    产出指示:").replace(
        "      数量指标:", "      质量目标:").replace("    满意度指标:", "    满意度:")
    found = _findings(write_project(text))
    assert [f[1] for f in found] == ["自评.绩效指标.产出指示", "自评.绩效指标.产出指示.质量目标",
                                     "自评.绩效指标.满意度"]


def test_declaration_names_checked_too() -> None:
    """The 2020 绩效目标表 has names of its own: 效果目标 › 社会效益 is right there, but
    a 自评表-style 社会效益指标 under it is not."""
    source = ROOT / "data" / "2020" / "筹办第46届世界技能大赛.yaml"
    assert not [d for d in prepare(source, Settings()).diagnostics
                if d.rule == "category-name"]


def test_declaration_wrong_name(tmp_path: Path) -> None:
    source = ROOT / "data" / "2020" / "筹办第46届世界技能大赛.yaml"
    text = source.read_text(encoding="utf-8")
    assert "      社会效益:" in text
    path = tmp_path / "p.yaml"
    path.write_text(text.replace("      社会效益:", "      社会效益指标:", 1), encoding="utf-8")
    found = _findings(path)
    assert len(found) == 1 and found[0][1] == "申报.绩效目标.效果目标.社会效益指标".replace(
        "绩效目标", "绩效指标")
    assert "是不是「社会效益」？" in found[0][2]


def test_layout_without_categories_accepts_any(tmp_path: Path,
                                               write_project: Callable[..., Path]) -> None:
    folder = tmp_path / "layouts" / "open-2024"
    shutil.copytree(ROOT / "templates" / "shanghai-2024", folder)
    toml = folder / "layout.toml"
    text = toml.read_text(encoding="utf-8")
    start = text.index('[forms."自评表".categories]')
    end = text.index("[forms.", start + 10)
    toml.write_text(text[:start] + text[end:], encoding="utf-8")
    assert not load_layout(str(folder)).form("自评表").categories
    path = write_project(SMALL_PROJECT.replace("    产出指标:", "    产出指示:"))
    settings = Settings(layout=str(folder))
    assert not [d for d in prepare(path, settings).diagnostics if d.rule == "category-name"]


def _order_warnings(path: Path) -> list[tuple[int | None, str, str]]:
    return [(d.line, d.field or "", d.message) for d in prepare(path, Settings()).diagnostics
            if d.rule == "indicator-order"]


def test_groups_out_of_the_frameworks_order_are_a_warning_at_the_line(
        write_project: Callable[..., Path]) -> None:
    """满意度指标 moved to the top (as a workbook whose rows were moved comes back): the form
    prints the file's order, so validate says where the group belongs."""
    head, rest = SMALL_PROJECT.split("    产出指标:\n", 1)
    output, rest = rest.split("    效益指标:\n", 1)
    benefit, satisfaction = rest.split("    满意度指标:\n", 1)
    moved = (head + "    满意度指标:\n" + satisfaction.rstrip("\n") + "\n"
             + "    产出指标:\n" + output + "    效益指标:\n" + benefit)
    path = write_project(moved)
    found = _order_warnings(path)
    assert len(found) == 1, found
    line, field, message = found[0]
    assert field == "自评.绩效指标.产出指标"
    assert path.read_text(encoding="utf-8").splitlines()[line - 1] == "    产出指标:"
    assert "「产出指标」排在「满意度指标」之后" in message
    assert "产出指标、效益指标、满意度指标" in message

    assert _order_warnings(write_project(SMALL_PROJECT)) == []
    swapped = SMALL_PROJECT.replace("      数量指标:\n", "      质量指标:\n        - 三级指标: 合格率\n"
                                    "          年度指标值: \"≥90%\"\n          实际完成值: \"95%\"\n"
                                    "          分值: 0\n      数量指标:\n", 1)
    # 二级指标 in another order (质量 before 数量, 社会效益 before 经济效益) is how many
    # published forms have them: no warning
    assert _order_warnings(write_project(swapped, name="swapped.yaml")) == []


def test_every_bundled_example_is_in_its_layouts_order() -> None:
    for path in sorted((ROOT / "data").glob("*/*.yaml")):
        assert _order_warnings(path) == [], path

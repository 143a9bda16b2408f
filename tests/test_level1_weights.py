"""Fixed 一级指标 weights (``scoring.level1_weights``): a province that prints
「一级指标分值统一设置为：产出指标50分、效益指标30分、满意度指标10分」 says so in its layout, and
validate checks each group of a project against it — a split of the same 90 points another
way, or a group left out, still adds up to 100 and passed before. Without the key nothing
is checked: every bundled layout leaves it out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from perfdocs.layouts.layout import load_layout
from tests.conftest import (
    SMALL_PROJECT,
    findings_after_edit,
    invoke,
    line_holding,
    only_layout_fault,
)

WEIGHTS = '''
[forms."自评表".scoring.level1_weights]
"产出指标" = 50
"效益指标" = 30
"满意度指标" = 10
'''
# SMALL_PROJECT: 产出指标 30 + 20 = 50, 效益指标 30, 满意度指标 10, 执行率 10 → 100.
FULFIL_20 = '''          实际完成值: "100(%)"
          分值: 20'''
BENEFIT_30 = '''          实际完成值: 达成指标
          分值: 30'''


def _project(tmp_path: Path, extra: str = "") -> Path:
    folder = tmp_path / "layouts" / "gd-2024"
    folder.mkdir(parents=True)
    (folder / "layout.toml").write_text(f'extends = "national-2020"\nname = "gd-2024"\n'
                                        f'{WEIGHTS}{extra}', encoding="utf-8")
    path = tmp_path / "p.yaml"
    path.write_text(SMALL_PROJECT.replace("金额单位: 万元", f"金额单位: 万元\n版式: {folder}"),
                    encoding="utf-8")
    return path


def _found(path: Path, old: str, new: str) -> list[Any]:
    return [d for d in findings_after_edit(path, old, new) if d.rule == "level1-weights"]


def test_the_fixed_split_passes(tmp_path: Path) -> None:
    path = _project(tmp_path)
    assert _found(path, "分值: 10", "分值: 10") == []


def test_the_same_points_split_otherwise_is_an_error_per_group(tmp_path: Path) -> None:
    path = _project(tmp_path)
    text = path.read_text(encoding="utf-8").replace(FULFIL_20, FULFIL_20.replace("20", "30"))
    path.write_text(text, encoding="utf-8")
    # 产出 30 + 30 = 60, 效益 20, 满意度 10: still 90 + 10 = 100, so only the new rule speaks
    found = _found(path, BENEFIT_30, BENEFIT_30.replace("30", "20"))
    assert [(d.severity.name, d.field, d.label, d.line) for d in found] == [
        ("ERROR", "自评.绩效指标.产出指标", "产出指标", line_holding(path, "    产出指标:")),
        ("ERROR", "自评.绩效指标.效益指标", "效益指标", line_holding(path, "    效益指标:"))]
    assert all(d.file == str(path) for d in found)
    assert found[0].message == ("产出指标各三级指标的分值合计 60，应为 50（本版式规定一级指标分值为"
                                " 产出指标 50、效益指标 30、满意度指标 10，执行率 10）")
    assert "合计 20，应为 30" in found[1].message


def test_a_group_left_out_is_named(tmp_path: Path) -> None:
    """产出指标 80 and no 效益指标: 80 + 10 + 10 = 100 passed every other rule."""
    path = _project(tmp_path)
    text = path.read_text(encoding="utf-8")
    start, end = text.index("    效益指标:"), text.index("    满意度指标:")
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    found = _found(path, FULFIL_20, FULFIL_20.replace("20", "50"))
    missing = next(d for d in found if "没有" in d.message)
    assert missing.field == "自评.绩效指标.效益指标" and missing.label == "效益指标"
    assert missing.line == line_holding(path, "  绩效指标:")
    assert missing.message.startswith("没有「效益指标」：本版式规定一级指标分值为 产出指标 50")
    assert [d.field for d in found if d is not missing] == ["自评.绩效指标.产出指标"]


def test_a_group_fixed_at_0_may_be_left_out(tmp_path: Path) -> None:
    """满意度指标 = 0 (a province without one): leaving it out is right, writing it is not."""
    path = _project(tmp_path, "")
    toml = tmp_path / "layouts" / "gd-2024" / "layout.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('"效益指标" = 30', '"效益指标" = 40')
                    .replace('"满意度指标" = 10', '"满意度指标" = 0'), encoding="utf-8")
    (d,) = _found(path, BENEFIT_30, BENEFIT_30.replace("30", "40"))
    assert d.field == "自评.绩效指标.满意度指标" and "合计 10，应为 0" in d.message
    text = path.read_text(encoding="utf-8")
    path.write_text(text[:text.index("    满意度指标:")], encoding="utf-8")
    found = findings_after_edit(path, "分值: 40", "分值: 40")  # 30 + 20 | 40 | (none) + 10
    assert [d for d in found if d.rule in ("level1-weights", "weights")] == []


def test_an_unlisted_group_is_named(tmp_path: Path) -> None:
    path = _project(tmp_path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "    社会效益:\n      其他:\n        - 三级指标: 额外\n"
                    "          年度指标值: 完成\n          实际完成值: 达成指标\n          分值: 5\n",
                    encoding="utf-8")
    found = _found(path, "分值: 10", "分值: 10")
    (d,) = found
    assert d.field == "自评.绩效指标.社会效益"
    assert d.message.startswith("「社会效益」不是本版式规定分值的一级指标，其分值合计 5 无处计入")


def test_a_warning_where_the_layout_says_so_and_strict_refuses(tmp_path: Path) -> None:
    path = _project(tmp_path, '[forms."自评表".scoring]\nlevel1_mismatch = "warning"\n')
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(FULFIL_20, FULFIL_20.replace("20", "30"))
                    .replace(BENEFIT_30, BENEFIT_30.replace("30", "20")), encoding="utf-8")
    code, out = invoke("validate", str(path))
    assert code == 0 and "警告 自评.绩效指标.产出指标: 产出指标各三级指标的分值合计 60" in out
    code, out = invoke("validate", "--strict", str(path))
    assert code == 1 and "自评.绩效指标.效益指标" in out


@pytest.mark.parametrize(("text", "key", "words"), [
    ('[forms."自评表".scoring.level1_weights]\n"产出指标" = 60\n"效益指标" = 30\n'
     '"满意度指标" = 10', "scoring.level1_weights", "合计 100，加上执行率的 10 分应为 total_weight"),
    ('[forms."自评表".scoring]\nexecution_weight = 20\n'
     '[forms."自评表".scoring.level1_weights]\n"产出指标" = 50\n"效益指标" = 30\n'
     '"满意度指标" = 10', "scoring.level1_weights", "应为 total_weight（100）"),
    ('[forms."自评表".scoring.level1_weights]\n"产出指木" = 50\n"效益指标" = 30\n'
     '"满意度指标" = 10', "scoring.level1_weights.产出指木", "是不是「产出指标」"),
    ('[forms."申报表".scoring.level1_weights]\n"产出指标" = 50\n"效益指标" = 30\n'
     '"满意度指标" = 10', "scoring.level1_weights", "只有自评表"),
    ('[forms."自评表".scoring.level1_weights]\n"产出指标" = -5', "scoring.level1_weights.产出指标",
     ""),
])
def test_layout_faults_name_the_key(tmp_path: Path, text: str, key: str, words: str) -> None:
    found = only_layout_fault(tmp_path, text)
    form = "申报表" if "申报表" in text else "自评表"
    assert found.field == f"forms.{form}.{key}", found.field
    assert words in found.message and found.line is not None


@pytest.mark.parametrize("name", ["national-2020", "hubei-2020", "sichuan-2023", "steps-2022",
                                  "whole-2019", "hebei-2019", "yunnan-2022", "shanghai-2024",
                                  "shanghai-2021", "shanghai-2020"])
def test_no_bundled_layout_fixes_them(name: str) -> None:
    """docs/layout-sources.md has no government source for a layout's 一级 split (the
    50 / 30 / 10 notes it quotes are third-party copies): no bundled layout checks it."""
    for form in load_layout(name).forms.values():
        assert form.scoring.level1_weights == {} and form.scoring.level1_mismatch == "error"


def test_check_says_it_too(tmp_path: Path) -> None:
    """``perfdocs check`` (the reviewer's tool) said ✓ 未发现问题 for 产出 60 / 效益 20 while
    validate refused it (tester3)."""
    path = _project(tmp_path)
    text = path.read_text(encoding="utf-8").replace(FULFIL_20, FULFIL_20.replace("20", "30"))
    path.write_text(text.replace(BENEFIT_30, BENEFIT_30.replace("30", "20")), encoding="utf-8")
    code, output = invoke("check", str(path))
    assert code == 1, output
    assert "产出指标各三级指标的分值合计 60，应为 50" in output
    assert "效益指标各三级指标的分值合计 20，应为 30" in output


def test_check_of_a_returned_workbook_names_the_group_at_its_first_weight_cell(
        tmp_path: Path) -> None:
    """A reviewer's 分值 that break a group's fixed sum: ``check`` of the returned .xlsx said
    「自评.绩效指标.产出指标: …」, a YAML path, where import --into names the cell
    (tester11 F13). It is said at the group's first 分值 cell now."""
    import openpyxl

    path = _project(tmp_path)
    config = tmp_path / "perfdocs.toml"
    config.write_text('[layouts]\npaths = ["layouts"]\n', encoding="utf-8")
    out = tmp_path / "out"
    code, output = invoke("--config", str(config), "render", str(path), "--format", "xlsx",
                          "--out", str(out))
    assert code == 0, output
    (book,) = [p for p in out.rglob("*自评表.xlsx")]
    wb = openpyxl.load_workbook(book)
    ws = wb.worksheets[0]
    level3 = next(c for row in ws.iter_rows() for c in row if c.value == "三级指标")
    head = next(c for c in ws[level3.row] if c.value == "分值")  # the indicators' column
    first = next(ws.cell(r, head.column) for r in range(head.row + 1, ws.max_row + 1)
                 if isinstance(ws.cell(r, head.column).value, (int, float)))
    first.value = first.value + 10  # 产出指标's first indicator: 60 where 50 is fixed
    wb.save(book)
    code, output = invoke("--config", str(config), "check", str(book))
    assert code == 1, output
    assert f"错误 {ws.title}!{first.coordinate}（产出指标）: 产出指标各三级指标的分值合计 60，" \
           "应为 50" in output, output

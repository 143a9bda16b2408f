"""The key reference (``perfdocs layouts --keys``, docs/layouts.md) and ``perfdocs layout new``."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from perfdocs.cli import main
from perfdocs.layouts.keys import missing_explanations, reference, schema_keys
from perfdocs.layouts.layout import load_layout, read_layout
from tests.conftest import ROOT


def test_every_key_has_chinese_words() -> None:
    assert missing_explanations() == []


def test_reference_lists_every_schema_key() -> None:
    text = reference()
    for path, _info in schema_keys():
        assert f"| `{path}` |" in text, path
    for key in ("execution_rule", "execution_steps[].inclusive", "execution_from",
                "extra_columns[].after", "footer_lines[][].field", "grades[].inclusive",
                "categories", "template"):
        assert f"forms.*.{key}" in text or f"forms.*.scoring.{key}" in text, key


def test_docs_file_is_in_sync() -> None:
    """docs/layouts.md is `perfdocs layouts --keys`; regenerate it with that command."""
    assert (ROOT / "docs" / "layouts.md").read_text(encoding="utf-8") == reference()


def test_layouts_keys_command() -> None:
    result = CliRunner().invoke(main, ["layouts", "--keys"])
    assert result.exit_code == 0
    assert result.output == reference()
    assert "进位" in result.output and "execution_steps" in result.output


def _new(tmp_path: Path, *args: str) -> tuple[int, str]:
    import os

    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        result = CliRunner().invoke(main, ["layout", "new", *args])
    finally:
        os.chdir(cwd)
    return result.exit_code, result.output


def test_layout_new_makes_a_loadable_variant(tmp_path: Path) -> None:
    code, out = _new(tmp_path, "my-2025", "--from", "shanghai-2024")
    assert code == 0, out
    toml = tmp_path / "templates" / "my-2025" / "layout.toml"
    text = toml.read_text(encoding="utf-8")
    assert 'extends = "shanghai-2024"' in text
    layout = read_layout(toml.parent)
    assert layout.name == "my-2025" and list(layout.forms) == ["申报表", "自评表"]
    parent = load_layout("shanghai-2024")
    assert layout.form("自评表").scoring == parent.form("自评表").scoring
    # The commented examples are the common changes, written for this parent's forms.
    for example in ('# [[forms."自评表".extra_columns]]', "# execution_weight = 20",
                    '# execution_rule = "steps"', '# footer_lines = [["填报单位（盖章）"',
                    '# [[forms."自评表".scoring.grades]]', '# after = "target"'):
        assert example in text, example


@pytest.mark.parametrize("parent", ["national-2020", "shanghai-2024", "sichuan-2023"])
def test_uncommented_examples_work(tmp_path: Path, parent: str) -> None:
    """Removing the # of the 自评表's examples gives a layout with a 备注 column, a signature
    line, 20 points by steps, fixed 一级指标 weights, a 评分等级 row and exclusive grades:
    every example is valid as written."""
    assert _new(tmp_path, "v", "--from", parent)[0] == 0
    toml = tmp_path / "templates" / "v" / "layout.toml"
    text = toml.read_text(encoding="utf-8")
    head, _, tail = text.partition("# ---- 自评表 ----")
    tail = re.sub(r"(?m)^# (?=[\[a-z])", "", tail)
    toml.write_text(head + tail, encoding="utf-8")
    form = read_layout(toml.parent).form("自评表")
    # 20 points, and the top step scores all 20: a fully executed budget gets full marks.
    assert form.scoring.execution_weight == 20
    assert form.scoring.step_score(Decimal(100)) == 20
    assert form.title.startswith("某省") and form.title.endswith("项目支出绩效自评表")
    assert [e.field for e in form.extra_columns] == ["备注"]
    assert form.scoring.execution_rule == "steps" and len(form.scoring.execution_steps) == 3
    # steps banded on the printed rate (tester4 5): the parents score the exact one, and
    # 79.996 % printed 80.00 % beside the 60 % step's score
    assert form.scoring.execution_from == "printed"
    assert re.search(r'execution_rule = "steps".*\n# execution_from = "printed" +# 按表上印出的执行率'
                     r"计分（分档计分、整数得分都要）", text)
    # the grades example is the parent's own rule (tester11 F5: not an exclusive 优 to copy)
    assert form.scoring.grades == load_layout(parent).form("自评表").scoring.grades
    assert form.display.score.places == form.rounding.total.places == 0
    assert form.footer_lines[0][0].field == "填报单位"
    assert form.scoring.level1_weights == {"产出指标": 50, "效益指标": 20, "满意度指标": 10}
    assert form.scoring.level1_mismatch == "warning"
    # national-2020 does not print the 评分等级 row: the example turns it on, under the
    # 总分 row's label cell, the grade over the rest of the grid (A:F | G:I; Sichuan's
    # 11 columns A:H | I:K); shanghai-2024's own columns are offered as they are.
    assert form.grade_row is True
    grades = {"national-2020": ("A:F", "G:I"), "shanghai-2024": ("A:F", "G:I"),
              "sichuan-2023": ("A:H", "I:K")}[parent]
    assert (form.columns["grade_label"], form.columns["grade_value"]) == grades


def _uncommented(toml: Path, opening: str, edit: tuple[str, str] | None = None) -> None:
    """Remove the # of the example block of ``toml`` that starts at the comment ``opening``
    (up to its blank line), as a clerk does; ``edit``: then replace one text by another."""
    text = toml.read_text(encoding="utf-8")
    head, found, tail = text.partition(opening)
    assert found, opening
    block, _, rest = tail.partition("\n\n")
    block = re.sub(r"(?m)^# (?=[\[a-z])", "", block)
    if edit:
        block = block.replace(*edit)
    toml.write_text(head + found + block + "\n\n" + rest, encoding="utf-8")


def test_the_whole_number_example_prints_whole_numbers(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """tester11 F5/F7: the starter's 「整数得分」 block uncommented as it stands gives a form
    printing whole numbers (its rounding and display keys are one block): 总分 95, not
    95.00; and it says that execution_from = "printed" makes 执行率得分 agree with the
    printed 执行率 (national-2020 scores the exact one)."""
    assert _new(tmp_path, "某省B")[0] == 0
    toml = tmp_path / "templates" / "某省B" / "layout.toml"
    assert re.search(r'# 整数得分时还要去掉下文 scoring 一节里 execution_from = "printed".*\n'
                     r"# 执行率得分才按表上印出的执行率算.*97\.50%：20 × 97\.50% = 19\.5 → 20"
                     r'.*national-2020 用的是 "exact"', toml.read_text(encoding="utf-8"))
    _uncommented(toml, "# 整数得分：")
    form = read_layout(toml.parent).form("自评表")
    assert (form.display.score.places, form.display.weight.places) == (0, 0)
    project = (ROOT / "data" / "national-2020" / "社区居家养老服务补助.yaml").read_text(
        encoding="utf-8").replace("版式: national-2020", "版式: 某省B").replace(
        "得分: 7.5", "得分: 8")  # a whole-number form takes whole 得分
    (tmp_path / "p.yaml").write_text(project, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["render", "p.yaml", "--form", "自评表", "--format", "html",
                                       "--out", "o", "--no-cache"])
    assert result.exit_code == 0, result.output
    assert "总分 95  优" in result.output
    page = next((tmp_path / "o").rglob("*-自评表.html")).read_text(encoding="utf-8")
    words = " ".join(re.sub(r"<[^>]+>", " ", page[page.index("<body"):]).split())
    assert "年度资金总额 300.00 320.00 301.77 10 94.30% 9 " in words
    assert "人均服务成本 ≤2500元 2600元 10 9 " in words and words.endswith("总分 100 95")


def test_the_grades_example_is_the_parent_s_rule(tmp_path: Path) -> None:
    """tester11 F5: uncommented, the starter's grades are national-2020's, 90 分（含）以上优:
    exactly 90 is 优; the clerk's edit of it (优 from 80, 良 from 70) grades exactly 80 as 优,
    which an example carrying inclusive = false under 优 graded 良."""
    assert _new(tmp_path, "某省B")[0] == 0
    toml = tmp_path / "templates" / "某省B" / "layout.toml"
    text = toml.read_text(encoding="utf-8")
    assert "下面是 national-2020 的规则：90 分（含）以上优，80 分（含）以上良，60 分（含）以上中，其余差。" \
        in text and "\n# inclusive = false" not in text
    _uncommented(toml, "# 评分等级：写了就整体替换")
    scoring = read_layout(toml.parent).form("自评表").scoring
    assert [scoring.grade(Decimal(t)) for t in ("90", "89.99", "80", "79.99", "60", "59")] == [
        "优", "良", "良", "中", "中", "差"]
    toml.write_text(text, encoding="utf-8")
    _uncommented(toml, "# 评分等级：写了就整体替换", ("min = 80", "min = 70"))
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        "\nmin = 90", "\nmin = 80"), encoding="utf-8")
    scoring = read_layout(toml.parent).form("自评表").scoring
    assert [scoring.grade(Decimal(t)) for t in ("80", "79", "70", "69")] == ["优", "良", "良", "中"]


def test_layout_new_refuses_an_existing_folder(tmp_path: Path) -> None:
    assert _new(tmp_path, "dup")[0] == 0
    code, out = _new(tmp_path, "dup")
    assert code == 1 and "已经存在" in out


@pytest.mark.parametrize("name", ["../up", "a b", ""])
def test_layout_new_refuses_bad_names(tmp_path: Path, name: str) -> None:
    code, _out = _new(tmp_path, name)
    assert code == 2
    assert not (tmp_path / "templates").exists() or not any((tmp_path / "templates").iterdir())


def test_layout_new_unknown_parent(tmp_path: Path) -> None:
    """A --from no layout has is a usage error naming the option, never "<input>"."""
    code, out = _new(tmp_path, "x", "--from", "no-such")
    assert code == 2 and "--from 的值无效：找不到版式「no-such」" in out
    assert "<input>" not in out
    assert not (tmp_path / "templates" / "x").exists()
    code, out = _new(tmp_path, "x", "--from", "shanghai-2042")
    assert code == 2 and "是不是「shanghai-2024」？" in out


def _guide() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return readme[readme.index("## 版式（layout）"):readme.index("## Robustness")]


def test_readme_guide_snippets_make_a_working_variant(tmp_path: Path) -> None:
    """The layout guide's layout.toml snippets, in the guide's order, under one `extends`,
    are a layout that loads and does what the guide says (steps, a 备注 column, signature
    lines, whole-number scores); the guide's project snippets fill it."""
    import tomllib

    from perfdocs.engine.pipeline import forms_of, prepare
    from perfdocs.loading.settings import Settings

    blocks = re.findall(r"```toml\n(.*?)```", _guide(), re.S)
    # a block starting "# 片段" shows keys placed on another grid (sichuan-2023's 11 columns)
    layout_blocks = [b for b in blocks if "[forms." in b and "template" not in b
                     and not b.startswith("# 片段")]
    assert len(layout_blocks) >= 6
    tables: dict[str, list[str]] = {}
    for block in layout_blocks:  # a table named twice in the guide is one table in a file
        header = None
        for line in block.splitlines():
            if line.startswith("[") and not line.startswith("[["):
                header = line.split("#")[0].strip()
                tables.setdefault(header, [])
                continue
            if line.startswith("[["):
                header = None
                tables.setdefault(f"__list__{len(tables)}", []).append(line)
                continue
            key = f"__list__{len(tables) - 1}" if header is None else header
            tables.setdefault(key, []).append(line)
    text = 'extends = "national-2020"\n'
    for header, lines in tables.items():
        text += ("" if header.startswith("__list__") else header + "\n") + "\n".join(lines) + "\n"
    folder = tmp_path / "templates" / "mysheng-2025"
    folder.mkdir(parents=True)
    (folder / "layout.toml").write_text(text, encoding="utf-8")
    tomllib.loads(text)
    layout = read_layout(folder)
    form = layout.form("自评表")
    assert form.title == "某省项目支出绩效自评表"
    assert form.scoring.execution_rule == "steps" and len(form.scoring.execution_steps) == 3
    assert [e.field for e in form.extra_columns] == ["备注"]
    assert form.footer_lines and form.header_lines and len(form.categories) == 3
    assert form.rounding.score.places == 0
    assert [(r.label, r.key, r.total) for r in form.funds_rows()] == [
        ("总额", "年度资金总额", True), ("其中：财政资金", "财政资金", False),
        ("单位资金", "单位资金", False)]
    # The guide's project file snippets (填报信息, an indicator with 备注) fill it.
    project = (ROOT / "data" / "national-2020" / "社区居家养老服务补助.yaml").read_text(
        encoding="utf-8").replace("版式: national-2020", f"版式: {folder}")
    yaml_blocks = re.findall(r"```yaml\n(.*?)```", _guide(), re.S)
    indicator = next(b for b in yaml_blocks if "备注:" in b)
    filing = next(b for b in yaml_blocks if b.startswith("填报信息:"))
    start = project.index("        - 三级指标: 服务老年人数")
    end = project.index("        - 三级指标: 助餐点建设数量")
    project = project[:start] + indicator + project[end:]
    project = project.replace("\n申报:", f"\n{filing}\n申报:", 1)
    # the guide's funds rows (总额 / 其中：财政资金 / 单位资金) and its project snippet
    funds = next(b for b in yaml_blocks if "财政资金: {年初预算数" in b)
    start = project.index("  项目资金:\n    年度资金总额")
    end = project.index("  年度总体目标:", start)
    project = project[:start] + funds + project[end:]
    # whole-number scores: a typed 得分 of 7.5 has more places than the form prints
    project = project.replace("          得分: 7.5\n", "")
    path = tmp_path / "p.yaml"
    path.write_text(project, encoding="utf-8")
    prepared = prepare(path, Settings())
    assert prepared.result is not None
    # 301.77 / 320 = 94.30 %: the 80 % step → 7; whole-number scores: 15 + 9 + 10 + 5 + 9
    # (2500 / 2600 × 10 = 9.615 for a missed target: held at 9, never rounded up to full
    # marks) + 20 + 7 (部分达成: the guide's tiers suggest 65 % of 10 = 6.5 → 7) + 10
    # = 85; 总分 7 + 85 = 92.
    assert prepared.result.execution_score == 7 and prepared.result.total == 92
    forms, _ = forms_of(prepared, ("自评表",))
    assert "填报日期：2024年3月10日" in forms[0].footer


def test_layout_new_default_parent_is_the_readme_s(tmp_path: Path) -> None:
    """README's guide starts a province from national-2020; so does `layout new` without
    --from, and its --help says so."""
    guide = _guide()
    assert "layout new mysheng-2025 --from national-2020" in guide
    assert "默认就是 `national-2020`" in guide
    assert _new(tmp_path, "plain")[0] == 0
    text = (tmp_path / "templates" / "plain" / "layout.toml").read_text(encoding="utf-8")
    assert 'extends = "national-2020"' in text
    shown = CliRunner().invoke(main, ["layout", "new", "--help"]).output
    assert re.search(r"national-2020", shown) and "shanghai-2024" not in shown


def test_layout_new_updates_the_folder_s_editor_schema(tmp_path: Path) -> None:
    """After `init` wrote perfdocs.schema.json, `layout new` rewrites it so that the
    editor offers the new name under 版式 instead of marking it as an error; a folder
    without that file gets none."""
    import json

    schema = tmp_path / "perfdocs.schema.json"
    schema.write_text("{}", encoding="utf-8")
    code, out = _new(tmp_path, "mysheng-2025")
    assert code == 0, out
    assert "已更新 perfdocs.schema.json" in out
    names = json.loads(schema.read_text(encoding="utf-8"))["properties"]["版式"]["anyOf"][0]
    assert "mysheng-2025" in names["enum"] and "national-2020" in names["enum"]
    schema.unlink()
    assert _new(tmp_path, "other-2025")[0] == 0
    assert not schema.exists()

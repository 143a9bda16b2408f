"""Broken layout files: the exact lines a layout editor reads, and no crash, ever.

A layout is copied from ``templates/shanghai-2021`` to ``lay/test-2021`` (named in a
scratch ``perfdocs.toml``), one line of its ``layout.toml`` is changed, and the bundled 2021
project file, pointed at it with ``版式: test-2021``, is fed to ``validate``, ``render`` and
``layouts``. Each case asserts the whole output: the layout file, the key path and the
message, then the project line that asked for the layout; exit status 1 for validate and
render, nothing written, and ``layouts`` still listing the good layouts beside the broken
one.

The last tests keep :data:`perfdocs.layouts.layout.BUILDER_PARTS` honest: they record what the form
builders really place and ask for while building every bundled project, so the load-time
check cannot drift from the code it protects.
"""

from __future__ import annotations

import pickle
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from perfdocs.errors import LayoutError, LayoutInvalid
from perfdocs.layouts.layout import BUILDER_PARTS, FormLayout, read_layout
from tests.conftest import ROOT, invoke

PROJECT = ROOT / "data" / "2021" / "职业培训基础能力建设资助.yaml"
NAME = "p.yaml"
LAYOUT = "test-2021"
ASKED = f"p.yaml:8: 错误 版式: 版式「{LAYOUT}」有错误（见上），无法使用"
"""The line naming the project whose 版式 (line 8) asked for the broken layout."""
GOOD = tuple(sorted(p.name for p in (ROOT / "templates").iterdir()
                    if (p / "layout.toml").is_file()))
"""The bundled layouts, all of which load."""


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with the layout copy under ``lay/``, perfdocs.toml and the project file."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "lay" / LAYOUT
    shutil.copytree(ROOT / "templates" / "shanghai-2021", folder)
    edit_layout(tmp_path, 'name = "shanghai-2021"', f'name = "{LAYOUT}"')
    (tmp_path / "perfdocs.toml").write_text('[layouts]\npaths = ["lay"]\n', encoding="utf-8")
    text = PROJECT.read_text(encoding="utf-8")
    assert text.splitlines()[7] == "版式: shanghai-2021"
    (tmp_path / NAME).write_text(text.replace("版式: shanghai-2021", f"版式: {LAYOUT}"),
                                 encoding="utf-8")
    return tmp_path


def toml_of(root: Path) -> Path:
    return root / "lay" / LAYOUT / "layout.toml"


def where(root: Path) -> str:
    """The layout file as messages name it (resolved)."""
    return str(toml_of(root).resolve())


def edit_layout(root: Path, old: str, new: str) -> None:
    """Change the one occurrence of ``old`` in the copied layout.toml (a case changes one thing)."""
    toml = toml_of(root)
    text = toml.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    toml.write_text(text.replace(old, new), encoding="utf-8")


@dataclass(frozen=True)
class Case:
    """One edit of layout.toml and the ``key: message`` lines it must produce."""

    id: str
    old: str
    new: str
    lines: tuple[str, ...]


def case(id: str, old: str, new: str, *lines: str) -> Case:
    return Case(id, old, new, lines)


RATE = 'rate = { places = 2, mode = "up" }'
GRADE_ROW = "grade_row = false            #"
SELF = "forms.自评表"

CASES = [
    # -- numbers that are not numbers (used to be InvalidOperation, exit 3) -----------------
    case("execution-weight-word", "execution_weight = 10", 'execution_weight = "ten"',
         f"{SELF}.scoring.execution_weight: 应为数字"),
    case("overachievement-ratio-word", "overachievement_ratio = 3",
         'overachievement_ratio = "x"', f"{SELF}.scoring.overachievement_ratio: 应为数字"),
    case("tier-suggest-word", "suggest = 70", 'suggest = "abc"',
         f"{SELF}.scoring.tiers[2].suggest: 应为数字"),
    case("grade-min-word", "min = 90", 'min = "x"', f"{SELF}.scoring.grades[1].min: 应为数字"),
    case("nan", "execution_weight = 10", 'execution_weight = "NaN"',
         f"{SELF}.scoring.execution_weight: 应为数字"),
    case("float", "execution_weight = 10", "execution_weight = 10.5",
         f'{SELF}.scoring.execution_weight: 应为整数或用引号写的小数（如 "2.5"）'),
    case("font-size-word", "body_size = 9", 'body_size = "小五"', f"{SELF}.fonts.body_size: 应为数字"),
    # -- numbers out of range -----------------------------------------------------------------
    case("negative-total-weight", "total_weight = 100", "total_weight = -5",
         f"{SELF}.scoring.total_weight: 须大于 0"),
    case("huge-total-weight", "total_weight = 100", "total_weight = 100000",
         f"{SELF}.scoring.total_weight: 不能大于 1000"),
    case("execution-weight-over-total", "execution_weight = 10", "execution_weight = 120",
         f"{SELF}.scoring.execution_weight: 不能大于 total_weight（100）"),
    case("grade-over-total", "min = 90", "min = 190",
         f"{SELF}.scoring.grades[1].min: 不能大于 total_weight（100）"),
    case("grades-out-of-order", "min = 90", "min = 70",
         f"@147 {SELF}.scoring.grades: 须按 min 从高到低排列"),
    case("ratio-below-one", "overachievement_ratio = 3", 'overachievement_ratio = "0.5"',
         f"{SELF}.scoring.overachievement_ratio: 不能小于 1"),
    case("zero-width", "column_widths = [9,", "column_widths = [0,",
         f"{SELF}.column_widths[1]: 须大于 0"),
    case("no-columns", "column_widths = [9, 10, 11, 13, 12, 12, 7, 8, 15]", "column_widths = []",
         f"{SELF}.column_widths: 至少要有 1 项"),
    case("zero-font-size", "body_size = 9", "body_size = 0", f"{SELF}.fonts.body_size: 须大于 0"),
    # -- columns ---------------------------------------------------------------------------
    case("overlapping-columns", 'level2 = "C"', 'level2 = "B"',
         f'{SELF}.columns.level2（二级指标栏）: "B" 与 columns.level1 = "B" 重叠：同一行里每一列只能属于一个部分'),
    case("overlapping-span", 'total_score = "H"', 'total_score = "F:H"',
         f'{SELF}.columns.total_score（总分格）: "F:H" 与 columns.total_label = "A:F" 重叠：'
         "同一行里每一列只能属于一个部分"),
    case("span-past-grid", 'level3 = "D"', 'level3 = "D:Z"',
         f'{SELF}.columns.level3（三级指标栏）: "D:Z" 超出了 column_widths 的 9 列（最后一列是 I）'),
    case("span-backwards", 'level3 = "D"', 'level3 = "D:B"', f"{SELF}.columns.level3（三级指标栏）: 列范围「D:B」倒过来了"),
    case("span-not-letters", 'level3 = "D"', 'level3 = "4"',
         f'{SELF}.columns.level3（三级指标栏）: 「4」不是列范围，应写成 "B" 或 "B:D"'),
    case("misspelt-part", 'level3 = "D"', 'levl3 = "D"',
         f"{SELF}.columns.levl3: 未知的键「levl3」，是不是「level3」？"),
    # -- labels ------------------------------------------------------------------------------
    case("missing-label", 'expected = "预算目标"\n', "",
         f"@55 {SELF}.labels.expected（预期目标）: 缺少标签：请写出表上印的文字"),
    case("misspelt-label", 'expected = "预算目标"', 'expectd = "预算目标"',
         f"@55 {SELF}.labels.expected（预期目标）: 缺少标签：请写出表上印的文字",
         f"{SELF}.labels.expectd: 未知的键「expectd」，是不是「expected」？"),
    # -- keys and choices ------------------------------------------------------------------
    # grade_row left at its default (true) by the slip: the form then has a 评分等级 row
    # with no columns, said at its [columns] (the fix — grade_row = false — is named)
    case("misspelt-key", GRADE_ROW, "grade_rows = false #",
         f"{SELF}.grade_rows: 未知的键「grade_rows」，是不是「grade_row」？",
         *(f"@85 {SELF}.columns.{key}（{label}）: grade_row = true（印评分等级一行）时须写出"
           '这一行放在哪几列，如 grade_label = "A:B"、grade_value = "C:H"；'
           "不印这一行请写 grade_row = false"
           for key, label in (("grade_label", "「评分等级」格"), ("grade_value", "评分等级内容格")))),
    case("rounding-mode", RATE, 'rate = { places = 2, mode = "halfway" }',
         f'{SELF}.rounding.rate.mode: 应为 "half_up"、"down"、"up" 或 "half_even"，不是 "halfway"'),
    case("places-word", RATE, 'rate = { places = "两", mode = "half_up" }',
         f"{SELF}.rounding.rate.places: 应为整数"),
    case("places-too-many", RATE, 'rate = { places = 9, mode = "half_up" }',
         f"{SELF}.rounding.rate.places: 不能大于 6"),
    case("bool-word", "cap_execution_score = true", 'cap_execution_score = "是"',
         f"{SELF}.scoring.cap_execution_score: 应为 true 或 false"),
    case("title-number", 'title = "财政项目支出绩效自评表"', "title = 2021",
         f"{SELF}.title: 应为用引号写的文字"),
    case("tier-range", "suggest = 70", "suggest = 90",
         f"@132 {SELF}.scoring.tiers[2]: 须满足 0 ≤ min ≤ suggest ≤ max ≤ 100"),
    # -- Jinja texts -------------------------------------------------------------------------
    case("subtitle-syntax", 'subtitle = "({{ year }} 年度)"', 'subtitle = "({{ year } 年度)"',
         f"{SELF}.subtitle: 模板错误：unexpected '}}'"),
    case("subtitle-unknown-name", 'subtitle = "({{ year }} 年度)"', 'subtitle = "({{ yaer }} 年度)"',
         f"{SELF}.subtitle: 模板用了不存在的变量「yaer」"
         "（可用：year、project_name、department、unit、layout、form）"),
    case("title-unknown-filter", 'title = "财政项目支出绩效自评表"', 'title = "{{ year | big }}"',
         f"{SELF}.title: 模板错误：No filter named 'big'."),
]
"""The defects the acceptance tester found (numbers, overlaps, keys, labels, widths, Jinja,
total_weight) and their neighbours."""


def _expected(root: Path, c: Case) -> list[str]:
    """``file:line: 错误 key: message``: at the line the case edited, or at ``@<line>`` where
    the key at fault is another (a label taken out is missed in its table)."""
    text = toml_of(root).read_text(encoding="utf-8")
    edited = text[:text.index(c.new)].count("\n") + 1 if c.new else None
    out = []
    for line in c.lines:
        at: int | None = edited
        if line.startswith("@"):
            number, line = line[1:].split(" ", 1)
            at = int(number)
        out.append(f"{where(root)}:{at}: 错误 {line}")
    return out


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_validate_names_layout_file_and_key(c: Case, workdir: Path) -> None:
    edit_layout(workdir, c.old, c.new)
    code, out = invoke("validate", NAME)
    assert "Traceback" not in out and "内部错误" not in out
    assert out.splitlines() == [*_expected(workdir, c), ASKED, "1 个文件有错误。"]
    assert code == 1


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_render_names_layout_file_and_key_and_writes_nothing(c: Case, workdir: Path) -> None:
    edit_layout(workdir, c.old, c.new)
    code, out = invoke("render", NAME, "-f", "xlsx,docx")
    assert "Traceback" not in out and "内部错误" not in out
    assert out.splitlines() == [*_expected(workdir, c), ASKED, "✗ p.yaml：未生成",
                                "1 个文件未能生成。"]
    assert code == 1
    assert not (workdir / "output").exists()


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_layouts_reports_the_broken_one_and_lists_the_good(c: Case, workdir: Path) -> None:
    edit_layout(workdir, c.old, c.new)
    code, out = invoke("layouts")
    assert "Traceback" not in out and "内部错误" not in out
    lines = out.splitlines()
    assert lines[:len(c.lines)] == _expected(workdir, c)
    listed = [line.split(":")[0].split(" ")[0] for line in lines[len(c.lines):-1]
              if not line.startswith("  注意：")]  # a layout's notes (rules/layout_pitfalls)
    assert listed == list(GOOD)
    assert lines[-1] == "1 个版式有错误。"
    assert code == 1


def test_grade_label_is_needed_only_with_the_grade_row(workdir: Path) -> None:
    edit_layout(workdir, 'grade = "评分等级"           # unused: grade_row = false\n', "")
    assert invoke("validate", NAME)[0] == 0
    edit_layout(workdir, GRADE_ROW, "grade_row = true #")
    code, out = invoke("validate", NAME)
    assert out.splitlines()[0] == f"{where(workdir)}:55: 错误 {SELF}.labels.grade（评分等级）: 缺少标签：请写出表上印的文字"
    assert code == 1


def test_every_fault_is_reported_at_once_in_file_order(workdir: Path) -> None:
    edit_layout(workdir, 'level2 = "C"', 'level2 = "B"')
    edit_layout(workdir, 'expected = "预算目标"\n', "")
    edit_layout(workdir, 'subtitle = "({{ year }} 年度)"', 'subtitle = "({{ yaer }} 年度)"')
    code, out = invoke("validate", NAME)
    at = where(workdir)
    assert out.splitlines() == [
        f'{at}:104: 错误 {SELF}.columns.level2（二级指标栏）: "B" 与 columns.level1 = "B" 重叠：同一行里每一列只能属于一个部分',
        f"{at}:55: 错误 {SELF}.labels.expected（预期目标）: 缺少标签：请写出表上印的文字",
        f"{at}:13: 错误 {SELF}.subtitle: 模板用了不存在的变量「yaer」"
        "（可用：year、project_name、department、unit、layout、form）",
        ASKED,
        "1 个文件有错误。",
    ]
    assert code == 1


def test_layout_chosen_with_option_reports_only_the_layout(workdir: Path) -> None:
    """``--layout`` overrides the project's 版式, so no project line is added."""
    edit_layout(workdir, "execution_weight = 10", 'execution_weight = "ten"')
    code, out = invoke("validate", "--layout", LAYOUT, NAME)
    assert out.splitlines() == [f"{where(workdir)}:118: 错误 {SELF}.scoring.execution_weight: 应为数字",
                                "1 个文件有错误。"]
    assert code == 1


def test_unknown_layout_still_blames_the_project_line(workdir: Path) -> None:
    text = (workdir / NAME).read_text(encoding="utf-8")
    (workdir / NAME).write_text(text.replace(f"版式: {LAYOUT}", "版式: nowhere-2021"),
                                encoding="utf-8")
    code, out = invoke("validate", NAME)
    first = out.splitlines()[0]
    assert first.startswith("p.yaml:8: 错误 版式: 找不到版式「nowhere-2021」。")
    assert "已安装的版式：" in first
    assert code == 1


def test_toml_nested_too_deep_is_a_message(workdir: Path) -> None:
    edit_layout(workdir, f'name = "{LAYOUT}"', f'name = "{LAYOUT}"\nx = {"[" * 5000}{"]" * 5000}')
    code, out = invoke("layouts")
    assert out.splitlines()[0] == f"{where(workdir)}: 错误: 版式文件嵌套层次过深：请检查方括号是否成对"
    assert code == 1


def test_render_of_several_projects_with_workers(workdir: Path) -> None:
    """The layout lines reach the user from worker processes too (``-j 2``)."""
    shutil.copy(workdir / NAME, workdir / "q.yaml")
    edit_layout(workdir, "total_weight = 100", "total_weight = -5")
    code, out = invoke("render", "-j", "2", "-f", "xlsx", NAME, "q.yaml")
    line = f"{where(workdir)}:121: 错误 {SELF}.scoring.total_weight: 须大于 0"
    assert out.splitlines() == [line, ASKED, "✗ p.yaml：未生成",
                                line, ASKED.replace("p.yaml", "q.yaml"), "✗ q.yaml：未生成",
                                "2 个文件未能生成。"]
    assert code == 1
    assert not (workdir / "output").exists()


def test_layout_invalid_survives_pickling(workdir: Path) -> None:
    edit_layout(workdir, "execution_weight = 10", 'execution_weight = "ten"')
    with pytest.raises(LayoutInvalid) as info:
        read_layout(workdir / "lay" / LAYOUT)
    again = pickle.loads(pickle.dumps(info.value))
    assert again.diagnostics == info.value.diagnostics
    assert (again.file, again.field) == (where(workdir), f"{SELF}.scoring.execution_weight")
    assert isinstance(again, LayoutError)


def test_bundled_layouts_load() -> None:
    for name in GOOD:
        layout = read_layout(ROOT / "templates" / name)
        assert layout.forms


# -- BUILDER_PARTS matches the builders ----------------------------------------------------


@dataclass
class _Record:
    """What the builders did while building forms: parts placed and labels asked for."""

    placed: list[tuple[str, int, int, int, str]]
    """(builder, block id, first row, last row, part) of every part placed."""
    blocks: list[Any]
    """Every block's collector, kept alive so that no two blocks share an ``id``."""
    labels: dict[str, set[str]]
    grade_rows: dict[str, bool]


@pytest.fixture
def record(monkeypatch: pytest.MonkeyPatch) -> Iterator[_Record]:
    from perfdocs.forms.selfeval import builder as selfeval

    rec = _Record([], [], {}, {})
    put = selfeval._Rows.put
    label = FormLayout.label

    def spy_put(self: Any, row: int, part: str, text: str, **kwargs: Any) -> None:
        rows = kwargs.get("rowspan", 1)
        if not any(block is self for block in rec.blocks):
            rec.blocks.append(self)
        rec.placed.append((self.form.builder, id(self), row, row + rows - 1, part))
        put(self, row, part, text, **kwargs)

    def spy_label(self: FormLayout, key: str) -> str:
        rec.labels.setdefault(self.builder, set()).add(key)
        if self.grade_row:
            rec.grade_rows[self.builder] = True
        return label(self, key)

    monkeypatch.setattr(selfeval._Rows, "put", spy_put)
    monkeypatch.setattr(FormLayout, "label", spy_label)
    yield rec


def _build_every_bundled_project(record: _Record) -> None:
    from perfdocs.engine.pipeline import forms_of, prepare
    from perfdocs.loading.settings import Settings

    files = sorted((ROOT / "data").glob("*/*.yaml"))
    assert files
    for path in files:
        forms, _ = forms_of(prepare(path, Settings()))
        assert forms


def test_builder_parts_match_what_builders_place(record: _Record) -> None:
    _build_every_bundled_project(record)
    builders = {builder for builder, *_ in record.placed}
    assert builders == set(BUILDER_PARTS)
    for builder, block, first, last, part in record.placed:
        spec = BUILDER_PARTS[builder]
        # A layout's extra columns (extra:<field>) are parts of the indicator row, placed in
        # a grid column of their own (FormLayout.grid).
        extra = {p for b, _, _, _, p in record.placed if b == builder and p.startswith("extra:")}
        rows = [(*row, *extra) if "level3" in row else row for row in spec.rows]
        assert part in spec.parts or part in extra, (builder, part)
        for _, other_block, start, end, other in record.placed:
            if other_block != block or other == part or end < first or last < start:
                continue
            # Two parts that share a grid row must be checked against each other at load.
            assert any(part in row and other in row for row in rows), \
                (builder, part, other)


def test_builder_labels_match_what_builders_ask(record: _Record) -> None:
    _build_every_bundled_project(record)
    for builder, spec in BUILDER_PARTS.items():
        asked = record.labels[builder]
        required = set(spec.labels) | (set(spec.grade_labels) if record.grade_rows.get(builder)
                                       else set())
        assert asked == required, builder


def test_optional_labels_are_read_by_their_builder() -> None:
    """Optional labels are read with ``labels.get``; the builder's source names each one."""
    import inspect

    from perfdocs.forms.declaration import builder as declaration
    from perfdocs.forms.selfeval import builder as selfeval
    from perfdocs.forms.target import builder as target

    modules = {"selfeval": selfeval, "declaration": declaration, "target": target}
    for builder, spec in BUILDER_PARTS.items():
        source = inspect.getsource(modules[builder])
        for key in spec.optional_labels:
            assert f'"{key}"' in source, (builder, key)

"""perfdocs import 退回的表.xlsx --into 项目.yaml: a returned workbook merged without loss.

Round trip as a reviewer does it: render a project → edit cells of the workbook with
openpyxl (as Excel stores what was typed) → import --into → the project file differs in
exactly the edited fields; comments, key order, the other part and everything else stay
byte for byte.
"""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from perfdocs.cli import main
from perfdocs.engine.pipeline import forms_of, prepare, render_format
from perfdocs.loading.project import load_project
from perfdocs.loading.settings import Settings
from tests.conftest import DATA_2024, ROOT, SMALL_PROJECT

EXAMPLE = DATA_2024 / "技能评价业务经费.yaml"
"""Both parts, comments everywhere, 自评.项目名称, amounts in 万元 and (申报) in 元."""


def render(project: Path, out: Path) -> dict[str, Path]:
    """Each form of the project as its own workbook, by form name."""
    settings = Settings()
    prepared = prepare(project, settings)
    books = {}
    for form in forms_of(prepared)[0]:
        target = out / f"{form.kind}.xlsx"
        target.write_bytes(render_format("xlsx", [form], settings, None, str(project)))
        books[form.kind] = target
    return books


def cell_of(book: Path, indicator: str, column: str) -> tuple[int, int]:
    """(row, column) of ``indicator``'s box under the heading ``column``."""
    ws = load_workbook(book).active
    header = next(c.row for row in ws.iter_rows() for c in row if c.value == "三级指标")
    # a heading may be printed over two lines (偏差原因分析及\n改进措施)
    heading = next(c for c in ws[header] if str(c.value or "").replace("\n", "") == column)
    row = next(c.row for r in ws.iter_rows() for c in r if c.value == indicator)
    return row, heading.column


def edit(book: Path, changes: list[tuple[tuple[int, int] | str, object, str | None]]) -> None:
    """Type values into cells (an address or (row, column)), with a number format."""
    wb = load_workbook(book)
    ws = wb.active
    for where, value, fmt in changes:
        cell = ws[where] if isinstance(where, str) else ws.cell(*where)
        cell.value = value
        if fmt:
            cell.number_format = fmt
    wb.save(book)


def run(*args: str, input: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), input=input)
    return result.exit_code, result.output


def changed_lines(before: str, after: str) -> tuple[list[str], list[str]]:
    """The lines removed and added between two texts."""
    a, b = before.splitlines(), after.splitlines()
    removed, added = [], []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b,
                                                       autojunk=False).get_opcodes():
        if tag != "equal":
            removed += a[i1:i2]
            added += b[j1:j2]
    return removed, added


@pytest.fixture
def project(tmp_path: Path) -> Path:
    copy = tmp_path / "项目.yaml"
    shutil.copyfile(EXAMPLE, copy)
    return copy


def test_reviewer_edits_come_back_as_exactly_those_fields(project: Path, tmp_path: Path) -> None:
    before = project.read_bytes()
    book = render(project, tmp_path)["自评表"]
    actual = cell_of(book, "业务印刷工作完成率", "实际完成值")
    score = cell_of(book, "业务印刷工作完成率", "得分")
    reason = cell_of(book, "业务印刷工作完成率", "偏差原因分析及改进措施")
    edit(book, [("F6", 430.1, None), ("F7", 430.1, None),    # 全年执行数 429.46 → 430.10
                (actual, 0.95, "0%"),                        # typed 95%
                (score, 1.5, None),
                (reason, "印刷任务部分延后，已调整计划。", None)])
    status, output = run("import", str(book), "--into", str(project), "--yes")
    assert status == 0, output
    after = project.read_bytes()
    removed, added = changed_lines(before.decode(), after.decode())
    assert removed == [
        '    年度资金总额: {年初预算数: "435.82", 全年预算数: "435.82", 全年执行数: "429.46"}',
        '    当年财政拨款: {年初预算数: "435.82", 全年预算数: "435.82", 全年执行数: "429.46"}',
        '          实际完成值: "100.00(%)"',
        "          得分: 2",
    ]
    assert added == [
        '    年度资金总额: {年初预算数: "435.82", 全年预算数: "435.82", 全年执行数: "430.10"}',
        '    当年财政拨款: {年初预算数: "435.82", 全年预算数: "435.82", 全年执行数: "430.10"}',
        '          实际完成值: "95%"',
        "          得分: 1.5",  # the file's style: no more places than the figure needs
        "          偏差原因分析及改进措施: 印刷任务部分延后，已调整计划。",
    ]
    # the diff was shown, and a 修订 entry suggested naming what changed
    assert "-          得分: 2" in output and "+          得分: 1.5" in output
    assert "修订: {版本: 2, 日期: " in output
    assert "「业务印刷工作完成率」的实际完成值" in output
    # a returned 自评表 corrects the 自评 part alone: its 修订 prints on the 自评表 only
    hint = next(line for line in output.splitlines() if "修订: {" in line)
    assert ", 阶段: 自评, 原因: 按评审意见更正" in hint, hint
    assert "（阶段: 自评：修订说明只印在自评部分的表上" in output
    # the model: the 申报 part, 申报名称 and the rest as they were
    old, new = load_project(EXAMPLE).project, load_project(project).project
    assert new.declaration == old.declaration
    assert [i.declared_name for *_, i in new.evaluation.flat()] == \
        [i.declared_name for *_, i in old.evaluation.flat()]
    assert new.evaluation.funds.total.executed == 4301000


def test_scores_keep_the_files_number_style(tmp_path: Path, write_project: Any) -> None:
    """得分: 30 stays an integer (28, not 28.00); 得分: "9.50" keeps its two places and its
    quotes; 得分: 10.0 its one; a 得分 the file lacked is written like the 分值 beside it."""
    text = (SMALL_PROJECT
            .replace("          分值: 30\n        - 三级指标: 培训完成率",
                     "          分值: 30\n          得分: 30\n        - 三级指标: 培训完成率")
            .replace('          分值: 20\n', '          分值: 20\n          得分: "20.00"\n')
            .replace("          分值: 30\n    满意度指标", "          分值: 30\n          得分: 30.0\n"
                     "    满意度指标"))
    project = write_project(text)
    book = render(project, tmp_path)["自评表"]
    reason = "偏差原因分析及改进措施"
    edit(book, [(cell_of(book, "培训人数", "得分"), 28, None),
                (cell_of(book, "培训人数", reason), "人数略少。", None),
                (cell_of(book, "培训完成率", "得分"), 18, None),
                (cell_of(book, "培训完成率", reason), "个别学员未结业。", None),
                (cell_of(book, "对就业的促进作用", "得分"), 27.5, None),
                (cell_of(book, "对就业的促进作用", reason), "效果待观察。", None),
                (cell_of(book, "学员满意度", "得分"), 9.25, "0.00"),
                (cell_of(book, "学员满意度", reason), "个别投诉。", None)])
    before = project.read_text(encoding="utf-8")
    status, output = run("import", str(book), "--into", str(project), "--yes")
    assert status == 0, output
    _removed, added = changed_lines(before, project.read_text(encoding="utf-8"))
    scores = [line.strip() for line in added if "得分" in line]
    assert scores == ["得分: 28", '得分: "18.00"', "得分: 27.5", "得分: 9.25"], added


def test_an_unchanged_workbook_changes_nothing(project: Path, tmp_path: Path) -> None:
    before = project.read_bytes()
    books = render(project, tmp_path)
    for book in books.values():
        status, output = run("import", str(book), "--into", str(project), "--yes")
        assert status == 0 and "没有需要改动的内容" in output, output
    status, output = run("import", str(books["申报表"]), str(books["自评表"]), "--into",
                         str(project))
    assert status == 0 and "没有需要改动的内容" in output
    assert project.read_bytes() == before


def test_a_clerks_spelling_is_not_a_reviewers_change(tmp_path: Path,
                                                       write_project: Any) -> None:
    """年度: 2024年, 分值: 30分, 得分: "２８分" mean what the form prints (2024, 30, 28): an
    untouched workbook changes none of them, and a score the reviewer did change keeps the
    clerk's 分 (28分 → 27分), named alone in the 修订 hint."""
    text = (SMALL_PROJECT.replace("年度: 2024\n", "年度: 2024年\n", 1)
            .replace("          分值: 30\n        - 三级指标: 培训完成率",
                     '          分值: 30分\n          得分: "２８分"\n'
                     "          偏差原因分析及改进措施: 人数略少。\n"
                     "        - 三级指标: 培训完成率"))
    assert text.count("2024年") >= 1 and "２８分" in text
    project = write_project(text)
    book = render(project, tmp_path)["自评表"]
    before = project.read_text(encoding="utf-8")
    status, output = run("import", str(book), "--into", str(project), "--yes")
    assert status == 0 and "没有需要改动的内容" in output, output
    assert project.read_text(encoding="utf-8") == before

    edit(book, [(cell_of(book, "培训人数", "得分"), 27, None)])
    status, output = run("import", str(book), "--into", str(project), "--yes")
    assert status == 0, output
    removed, added = changed_lines(before, project.read_text(encoding="utf-8"))
    assert [line.strip() for line in added] == ["得分: \"27分\""], (removed, added)
    assert "共 1 处改动" in output and "「培训人数」的得分" in output, output
    assert "年度" not in output.split("修订", 1)[-1], output


def test_nothing_is_written_without_confirmation(project: Path, tmp_path: Path) -> None:
    before = project.read_bytes()
    book = render(project, tmp_path)["自评表"]
    edit(book, [(cell_of(book, "业务印刷工作完成率", "得分"), 1, None),
                (cell_of(book, "业务印刷工作完成率", "偏差原因分析及改进措施"), "印刷延后。", None)])
    status, output = run("import", str(book), "--into", str(project), input="n\n")
    assert status == 1 and "未写入" in output and "+          得分: 1\n" in output
    assert project.read_bytes() == before
    status, output = run("import", str(book), "--into", str(project))  # no answer at all
    assert status == 1 and project.read_bytes() == before
    status, output = run("import", str(book), "--into", str(project), input="y\n")
    assert status == 0 and "得分: 1\n" in project.read_text(encoding="utf-8")  # as 得分: 2 was


def test_the_question_ends_its_line_without_a_terminal(project: Path, tmp_path: Path) -> None:
    """tester6 10g: run from a script (an answer piped in, or none), the 「[y/N]: 」 prompt
    was left open and the next message ran on after it: the answer is not echoed there."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    book = render(project, tmp_path)["自评表"]
    edit(book, [(cell_of(book, "业务印刷工作完成率", "得分"), 1, None),
                (cell_of(book, "业务印刷工作完成率", "偏差原因分析及改进措施"), "印刷延后。", None)])
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for answer, code in (("", 1), ("n\n", 1), ("y\n", 0)):
        done = subprocess.run([sys.executable, "-m", "perfdocs", "import", str(book), "--into",
                               str(project)], input=answer, env=env, capture_output=True,
                              text=True, timeout=600, check=False)
        assert done.returncode == code, done.stderr
        asked = [line for line in done.stdout.splitlines() if "写入这些改动？" in line]
        assert asked == ["写入这些改动？ [y/N]: "], (answer, done.stdout)


def test_declaration_workbook_touches_only_the_declaration(project: Path,
                                                           tmp_path: Path) -> None:
    before = project.read_text(encoding="utf-8")
    book = render(project, tmp_path)["申报表"]
    target = cell_of(book, "相关人员培训场次数", "年度(/项目)指标值")
    edit(book, [(target, "≥4.00(次)", None)])
    status, output = run("import", str(book), "--into", str(project), "--yes")
    assert status == 0, output
    removed, added = changed_lines(before, project.read_text(encoding="utf-8"))
    assert removed == ['          年度指标值: "≥3.00(次)"']
    assert added == ['          年度指标值: "≥4.00(次)"']
    assert ", 阶段: 申报, 原因: 按评审意见更正「相关人员培训场次数」的年度指标值}" in output


def test_both_forms_merged_suggest_a_revision_of_the_whole_file(project: Path,
                                                                 tmp_path: Path) -> None:
    """A reviewer who sent both forms back corrected both parts: the hint names no 阶段."""
    books = render(project, tmp_path)
    edit(books["申报表"], [(cell_of(books["申报表"], "相关人员培训场次数", "年度(/项目)指标值"),
                           "≥4.00(次)", None)])
    edit(books["自评表"], [(cell_of(books["自评表"], "业务印刷工作完成率", "得分"), 1, None),
                           (cell_of(books["自评表"], "业务印刷工作完成率", "偏差原因分析及改进措施"),
                            "印刷延后。", None)])
    status, output = run("import", str(books["申报表"]), str(books["自评表"]), "--into",
                         str(project), "--yes")
    assert status == 0, output
    hint = next(line for line in output.splitlines() if "修订: {" in line)
    assert "阶段" not in hint and "日期: " in hint and "原因: 按评审意见更正" in hint, hint


def test_a_yuan_project_printed_in_wan_keeps_its_amounts(tmp_path: Path) -> None:
    """The 2021 project in 元 printed on the 2024 (万元) form: 108.07 万元 is still its
    1,080,740 元; a changed amount is written back in 元."""
    text = (DATA_2024.parent / "2021" / "高技能人才工作专项.yaml").read_text(encoding="utf-8")
    project = tmp_path / "p.yaml"
    project.write_text(text.replace("版式: shanghai-2021", "版式: shanghai-2024"),
                       encoding="utf-8")
    before = project.read_text(encoding="utf-8")
    book = render(project, tmp_path)["自评表"]
    status, output = run("import", str(book), "--into", str(project), "--yes")
    assert status == 0 and "没有需要改动的内容" in output, output
    edit(book, [("F6", 120, None), ("F7", 120, None)])
    status, output = run("import", str(book), "--into", str(project), "--yes")
    assert status == 0, output
    removed, added = changed_lines(before, project.read_text(encoding="utf-8"))
    # each written as the file wrote the figure it replaces ("1,080,740" and "1080740")
    assert [line.split("全年执行数: ")[1] for line in added] == ['"1,200,000"}', '"1200000"}']
    assert len(removed) == 2


def test_a_box_emptied_by_the_reviewer_leaves_the_file(project: Path, tmp_path: Path) -> None:
    book = render(project, tmp_path)["自评表"]
    name = "受培训人员满意度"
    text = project.read_text(encoding="utf-8")
    assert "培训形式较为单一" in text or name in text
    reason = cell_of(book, name, "偏差原因分析及改进措施")
    score = cell_of(book, name, "得分")
    weight = cell_of(book, name, "分值")
    ws = load_workbook(book).active
    full = ws.cell(*weight).value
    edit(book, [(reason, None, None), (score, full, None)])
    status, output = run("import", str(book), "--into", str(project), "--yes")
    assert status == 0, output
    removed, _ = changed_lines(text, project.read_text(encoding="utf-8"))
    assert any("偏差原因分析及改进措施" in line for line in removed)


def test_a_missing_part_is_added(tmp_path: Path) -> None:
    """A declared project whose 自评表 was filled in Excel: the 自评 part comes in whole."""
    declared = tmp_path / "full.yaml"
    declared.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    book = render(declared, tmp_path)["自评表"]
    text = EXAMPLE.read_text(encoding="utf-8")
    only = tmp_path / "申报.yaml"
    head = text.split("\n自评:")[0].rstrip("\n") + "\n"
    only.write_text(head, encoding="utf-8")
    assert load_project(only).project.evaluation is None
    # the 自评表 words the name otherwise (…业务工作经费): is it this project? asked first
    status, output = run("import", str(book), "--into", str(only), "--yes")
    assert status == 1 and "名称相近但不相同" in output and "两张表上的名称写法不同" in output
    status, output = run("import", str(book), "--into", str(only), "--yes", "--force")
    assert status == 0, output
    assert "修订" not in output, output  # a first 自评 is no revision (tester8 #2c)
    merged = load_project(only).project
    assert merged.evaluation is not None and \
        merged.evaluation.printed_name == "技能评价业务工作经费"
    assert merged.evaluation is not None
    assert len(merged.evaluation.flat()) == len(load_project(EXAMPLE).project.evaluation.flat())
    assert only.read_text(encoding="utf-8").startswith(head)  # the declaration as it was


def test_another_projects_workbook_is_refused(tmp_path: Path, write_project: Any) -> None:
    book = render(EXAMPLE, tmp_path)["自评表"]
    other = write_project(SMALL_PROJECT)
    before = other.read_bytes()
    status, output = run("import", str(book), "--into", str(other), "--yes")
    # a refusal, not an unreadable workbook: 1 (README's 退出码; tester10 #5)
    assert status == 1 and "工作簿上的项目名称是「技能评价业务工作经费」" in output
    assert "不是同一个项目" in output and "--force" in output
    assert other.read_bytes() == before


def test_another_years_workbook_is_refused_with_status_1(project: Path, tmp_path: Path) -> None:
    book = render(project, tmp_path)["自评表"]
    project.write_text(project.read_text(encoding="utf-8").replace(
        "\n年度: 2024\n", "\n年度: 2025\n", 1), encoding="utf-8")
    before = project.read_bytes()
    status, output = run("import", str(book), "--into", str(project), "--yes")
    assert status == 1 and "工作簿是 2024 年度的，项目文件是 2025 年度的" in output, output
    assert project.read_bytes() == before


def test_a_similar_name_is_another_project_until_forced(tmp_path: Path) -> None:
    """职业培训基础能力建设补助 is not …资助: a name the file lacks, however alike, is refused
    (the merge would quietly rename the project); --force merges it and says so."""
    source = DATA_2024 / "职业培训基础能力建设资助.yaml"
    book = render(source, tmp_path)["自评表"]
    other = tmp_path / "补助.yaml"
    other.write_text(source.read_text(encoding="utf-8").replace(
        "项目名称: 职业培训基础能力建设资助", "项目名称: 职业培训基础能力建设补助"),
        encoding="utf-8")
    before = other.read_bytes()
    status, output = run("import", str(book), "--into", str(other), "--yes")
    assert status == 1, output
    assert "工作簿上的项目名称是「职业培训基础能力建设资助」，项目文件中是「职业培训基础能力建设补助」" \
        in output
    assert "名称相近但不相同，可能是另一个项目的表格" in output and "加 --force 合并" in output
    assert other.read_bytes() == before
    status, output = run("import", str(book), "--into", str(other), "--yes", "--force")
    assert status == 0, output
    assert "注意：" in output and "改为「职业培训基础能力建设资助」" in output
    assert "职业培训基础能力建设资助" in other.read_text(encoding="utf-8")


def test_into_and_output_are_exclusive(tmp_path: Path) -> None:
    book = render(EXAMPLE, tmp_path)["自评表"]
    status, _ = run("import", str(book), "--into", "a.yaml", "-o", "b.yaml")
    assert status == 2


def test_crlf_and_gbk_file_keeps_its_encoding_and_line_breaks(tmp_path: Path) -> None:
    project = tmp_path / "p.yaml"
    text = EXAMPLE.read_text(encoding="utf-8").replace("\n", "\r\n")
    project.write_bytes(text.encode("gb18030"))
    book = render(project, tmp_path)["自评表"]
    edit(book, [(cell_of(book, "业务印刷工作完成率", "得分"), 1, None),
                (cell_of(book, "业务印刷工作完成率", "偏差原因分析及改进措施"), "印刷延后。", None)])
    status, output = run("import", str(book), "--into", str(project), "--yes")
    assert status == 0, output
    raw = project.read_bytes()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    after = raw.decode("gb18030")
    removed, added = changed_lines(text, after)
    assert removed == ["          得分: 2\r"] or removed == ["          得分: 2"]
    assert [a.rstrip("\r") for a in added] == ["          得分: 1",  # an integer, as 2 was
                                                "          偏差原因分析及改进措施: 印刷延后。"]




@pytest.mark.parametrize("example", sorted(DATA_2024.parent.glob("*/*.yaml")),
                         ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_every_bundled_example_merges_its_own_forms_without_a_change(example: Path,
                                                                     tmp_path: Path) -> None:
    """2020 绩效目标表 and 自评表, 2021 自评表, 2024 申报表 and 自评表: the forms a file
    renders, merged back into it, change nothing (and the file is not rewritten)."""
    project = tmp_path / example.name
    shutil.copyfile(example, project)
    before = project.read_bytes()
    books = render(project, tmp_path)
    status, output = run("import", *map(str, books.values()), "--into", str(project), "--yes")
    assert status == 0 and "没有需要改动的内容" in output, output
    assert project.read_bytes() == before


def test_a_hand_made_workbook_corrected_by_the_reviewer(tmp_path: Path) -> None:
    """A unit's own sheet (shifted columns, spaced labels, texts for figures), imported once
    and kept as YAML; the reviewer returns it with a score and a funds figure changed."""
    from tests.test_import import GOOD_ROWS, handmade

    book = handmade(tmp_path / "单位自制.xlsx")
    project = tmp_path / "p.yaml"
    status, output = run("import", str(book), "-o", str(project))
    assert status == 0, output
    text = project.read_text(encoding="utf-8").replace(
        "\n自评:\n", "\n# 单位自己的批注：请勿删除\n自评:\n")
    project.write_text(text, encoding="utf-8")
    rows = list(GOOD_ROWS)
    rows[2] = (*rows[2][:6], 24, rows[2][7])       # 对就业的促进作用: 28 → 24
    handmade(book, rows=rows, total="93.88")
    wb = load_workbook(book)
    wb.active["H6"] = "79.50"                       # 全年执行数, typed as text
    wb.active["H7"] = 79.5
    wb.save(book)
    status, output = run("import", str(book), "--into", str(project), "--yes")
    # merged; but the 总分 the reviewer wrote (93.88) is not what the merged figures give
    # (93.94: the 执行率得分 moved with 全年执行数): said at its cell, exit 1 (tester6 1)
    assert status == 1, output
    assert "I17（总分）: 工作簿上印的总分是 93.88，按规则应为 93.94" in output, output
    removed, added = changed_lines(text, project.read_text(encoding="utf-8"))
    assert [line.strip() for line in removed] == [
        '年度资金总额: {年初预算数: "100.00", 全年预算数: "80.00", 全年执行数: "79.00"}',
        '当年财政拨款: {年初预算数: "100.00", 全年预算数: "80.00", 全年执行数: "79.00"}',
        "得分: 28.00"]
    assert [line.strip() for line in added] == [
        '年度资金总额: {年初预算数: "100.00", 全年预算数: "80.00", 全年执行数: "79.50"}',
        '当年财政拨款: {年初预算数: "100.00", 全年预算数: "80.00", 全年执行数: "79.50"}',
        "得分: 24.00"]
    assert "# 单位自己的批注：请勿删除" in project.read_text(encoding="utf-8")


def test_an_indicator_added_and_one_dropped_on_the_form(project: Path, tmp_path: Path) -> None:
    """A reviewer's copy with a row more in one group and a row fewer in another: the
    indicators the file keeps keep their lines, the new one is added, the dropped one goes."""
    from perfdocs.importer.merge import merge_into
    from perfdocs.importer.workbooks import import_workbooks

    book = render(project, tmp_path)["自评表"]
    imported = import_workbooks([book], Settings())
    groups = imported.tree["自评"]["绩效指标"]["产出指标"]
    first_group = next(iter(groups.values()))
    added = dict(first_group[0], 三级指标="新增的复核指标")
    first_group.insert(1, added)
    last_group = list(groups.values())[-1]
    dropped = last_group.pop()["三级指标"]
    merge = merge_into(imported, project, Settings())
    before, after = merge.plan.before, merge.plan.after
    assert "新增的复核指标" in after
    # the 申报 part declares it too, and keeps it
    assert after.count(f"三级指标: {dropped}") == before.count(f"三级指标: {dropped}") - 1
    removed, new = changed_lines(before, after)
    assert any("新增的复核指标" in line for line in new)
    assert all("新增的复核指标" not in line for line in removed)
    merge.plan.write()
    names = [i.name for *_, i in load_project(project).project.evaluation.flat()]
    assert "新增的复核指标" in names and dropped not in names


def test_an_amount_emptied_in_the_fill_in_workbook_leaves_the_file(project: Path,
                                                                   tmp_path: Path) -> None:
    """The fill-in workbook (perfdocs template --from) as the form workbook: a box the clerk
    emptied leaves the file; the project file kept it (a plain import dropped it)."""
    book = tmp_path / "填写表.xlsx"
    status, output = run("template", str(book), "--from", str(project))
    assert status == 0, output
    wb = load_workbook(book)
    ws = wb["自评"]
    row = next(r for r in range(1, ws.max_row + 1)
               if str(ws.cell(r, 1).value or "").startswith("其他资金") and
               "全年执行数" in str(ws.cell(r, 1).value))
    assert ws.cell(row, 2).value not in (None, "")
    ws.cell(row, 2).value = None
    wb.save(book)
    status, output = run("import", str(book), "--into", str(project), "--yes")
    assert status == 0, output
    funds = load_project(project).project.evaluation.funds
    assert funds.other is None or funds.other.executed is None, output


@pytest.mark.parametrize(("typed", "executed"), [
    ("4,294,600元", 4294600),     # the sheet is in 万元: a figure in 元 says so
    ("429.46万元", 4294600),
    ("0.042946亿元", 4294600),
    ("42.946", 429460),           # no word: the sheet's unit
])
def test_an_amount_typed_with_its_unit_reads_in_that_unit(tmp_path: Path, typed: str,
                                                          executed: int) -> None:
    """A reviewer types 「4,294,600元」 into a 自评表 printed in 万元: it was read as 4,294,600
    万元 (the word dropped), 10,000 times the figure, silently."""
    from perfdocs.importer.workbooks import import_workbooks

    book = render(EXAMPLE, tmp_path)["自评表"]
    wb = load_workbook(book)
    ws = wb.active
    cell = next(c for row in ws.iter_rows() for c in row
                if isinstance(c.value, (int, float)) and abs(c.value - 429.46) < 1e-9)
    cell.value = typed
    wb.save(book)
    imported = import_workbooks([book], Settings())
    funds = imported.tree["自评"]["项目资金"]
    total = next(iter(funds.values()))
    from perfdocs.model.numbers import parse_amount
    assert parse_amount(str(total["全年执行数"]), imported.unit) == executed, total


def _declaration_book(tmp_path: Path, typed: str) -> tuple[Path, str]:
    """The example's 申报表 (printed in 元: 年度资金申请总额 4,358,177.00) with ``typed``
    written over that amount, as Excel stores what a clerk typed; and the cell's address."""
    book = render(EXAMPLE, tmp_path)["申报表"]
    wb = load_workbook(book)
    ws = wb.active
    assert any("(元)" in str(c.value) for row in ws.iter_rows() for c in row)
    cell = next(c for row in ws.iter_rows() for c in row
                if isinstance(c.value, (int, float)) and c.value == 4358177)
    assert "年度资金申请总额" in str(ws.cell(cell.row, cell.column - 2).value)
    cell.value = typed
    wb.save(book)
    return book, f"{ws.title}!{cell.coordinate}"


@pytest.mark.parametrize("typed", [
    "435.8177万元",       # the 申报表 is in 元: a figure in 万元 says so
    "0.04358177亿元",
    "4,358,177元",
    "４３５.８１７７万元",  # full-width, as an IME types it
    "4358177",            # no word: the sheet's unit
])
def test_a_declaration_amount_typed_with_its_unit_reads_in_that_unit(tmp_path: Path,
                                                                     typed: str) -> None:
    """「435.8177万元」 typed into a 申报表 printed in 元 was read as 435.8177 元 (the word
    dropped: a ten-thousandth of the amount, silently); 「…亿元」 was refused as 不是金额."""
    from perfdocs.importer.workbooks import import_workbooks
    from perfdocs.model.numbers import parse_amount

    book, _where = _declaration_book(tmp_path, typed)
    imported = import_workbooks([book], Settings())
    annual = imported.tree["申报"]["项目资金"]["年度资金申请总额"]
    assert parse_amount(str(annual["合计"]), imported.unit) == 4358177, annual


@pytest.mark.parametrize(("typed", "word"), [("435.8万", "万"), ("4358.177千元", "千元"),
                                             ("600 美元", "美元")])
def test_a_declaration_amount_in_a_unit_not_read_is_refused_by_cell_and_label(
        tmp_path: Path, typed: str, word: str) -> None:
    from perfdocs.errors import ValidationFailed
    from perfdocs.importer.workbooks import import_workbooks

    book, where = _declaration_book(tmp_path, typed)
    with pytest.raises(ValidationFailed) as raised:
        import_workbooks([book], Settings())
    (found,) = [d for d in raised.value.all_diagnostics() if typed in d.message]
    text = found.format()
    assert found.field == where and where in text, text
    assert "年度资金申请总额" in text and f"单位「{word}」读不出" in text, text
    assert "本栏金额单位为元" in text, text


def test_a_unit_in_brackets_on_a_form_with_a_unit_box_is_unchanged(tmp_path: Path) -> None:
    """sichuan-2023 prints 指标性质｜指标值｜度量单位 in three boxes: "=0(起)" comes back as
    "=0起". The same target, not a reviewer's change (tester5 N11): an untouched form
    merges without a change and without a 修订 hint naming it; a figure the reviewer did
    change is still one change, in the workbook's spelling."""
    example = DATA_2024.parent / "sichuan-2023" / "农村公路日常养护补助.yaml"
    text = example.read_text(encoding="utf-8")
    bracketed = text.replace('"≥320公里"', '"≥320(公里)"').replace('"≤0.42万元"',
                                                                     '"≤0.42（万元）"')
    assert bracketed.count("(公里)") == 1 and bracketed.count("（万元）") == 1
    project = tmp_path / example.name
    project.write_text(bracketed, encoding="utf-8")
    book = render(project, tmp_path)["自评表"]
    status, output = run("import", str(book), "--into", str(project), "--yes")
    assert status == 0 and "没有需要改动的内容" in output, output
    assert "修订" not in output
    assert project.read_text(encoding="utf-8") == bracketed

    edit(book, [(cell_of(book, "日常养护里程", "指标值"), "300", None)])
    status, output = run("import", str(book), "--into", str(project), "--yes")
    assert status == 0, output
    removed, added = changed_lines(bracketed, project.read_text(encoding="utf-8"))
    assert [line.strip() for line in removed] == ['年度指标值: "≥320(公里)"'], (removed, added)
    assert [line.strip() for line in added] == ['年度指标值: "≥300公里"'], (removed, added)
    assert "共 1 处改动" in output and "「日常养护里程」的年度指标值" in output, output


def test_amounts_merged_as_a_trimming_form_prints_them(tmp_path: Path) -> None:
    """hebei-2019 prints amounts without trailing zeros (43.2, 40): a reviewer's 40 over
    43.2 goes into the file as "40" — what the form showed —, not "40.0" (tester6 10o)."""
    source = ROOT / "data" / "hebei-2019" / "教学楼供暖管网改造.yaml"
    project = tmp_path / "p.yaml"
    shutil.copyfile(source, project)
    book = render(project, tmp_path)["自评表"]
    ws = load_workbook(book).active
    cells = [c.coordinate for row in ws.iter_rows() for c in row if c.value == 43.2]
    assert cells, "the form prints 43.2"
    edit(book, [(cell, 40, None) for cell in cells])
    status, output = run("import", str(book), "--into", str(project), "--yes")
    assert status in (0, 1), output
    text = project.read_text(encoding="utf-8")
    assert '年初预算数: "40", 全年预算数: "40"' in text, output
    assert '"40.0"' not in text


@pytest.mark.parametrize(("in_file", "in_book"), [
    ("2024年", None),        # the workbook template --from made: B4 as the file wrote it
    ("2024", "2024年"),      # README: 「写 2026 或 2026年 都可以」
    ("2024年度", "２０２４"),  # full-width digits read as the loader reads them
])
def test_a_year_written_with_its_word_is_the_same_year(tmp_path: Path, in_file: str,
                                                       in_book: str | None) -> None:
    """年度 typed 「2024年」 in the fill-in workbook is the file's 2024 (tester8 #2a: refused
    as 「工作簿是 2027年 年度的，项目文件是 2027 年度的」)."""
    project = tmp_path / "项目.yaml"
    project.write_text(EXAMPLE.read_text(encoding="utf-8").replace(
        "\n年度: 2024\n", f"\n年度: {in_file}\n", 1), encoding="utf-8")
    book = tmp_path / "填写表.xlsx"
    status, output = run("template", str(book), "--from", str(project))
    assert status == 0, output
    wb = load_workbook(book)
    ws = wb["基本信息"]
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "年度")
    if in_book is None:
        assert str(ws.cell(row, 2).value) == in_file
    else:
        ws.cell(row, 2).value = in_book
    wb.save(book)
    before = project.read_bytes()
    status, output = run("import", str(book), "--into", str(project), "--yes")
    assert "年度的" not in output, output
    assert status == 0 and "没有需要改动的内容" in output, output
    assert project.read_bytes() == before


def test_a_workbook_fills_the_blanks_evaluate_init_left(tmp_path: Path) -> None:
    """evaluate-init leaves the 自评 boxes blank in the file; the clerk fills them in the
    template --from workbook: the merge is checked as merged, not refused for the blanks
    the workbook fills (tester8 #2b: rc 2, the file's blanks listed, no word of why)."""
    text = EXAMPLE.read_text(encoding="utf-8")
    project = tmp_path / "项目.yaml"
    project.write_text(text.split("\n自评:")[0].rstrip("\n") + "\n", encoding="utf-8")
    status, output = run("evaluate-init", str(project))
    assert status == 0, output
    status, output = run("validate", str(project))
    assert status == 1 and "不能为空" in output  # the blanks left to fill
    full = tmp_path / "full.yaml"
    full.write_text(text, encoding="utf-8")
    book = tmp_path / "填写表.xlsx"
    status, output = run("template", str(book), "--from", str(full))
    assert status == 0, output
    status, output = run("import", str(book), "--into", str(project), "--yes")
    assert "不能为空" not in output, output
    assert status == 0 and "✓ 已把" in output, output
    # filling the 自评 in for the first time is no revision (tester8 #2c)
    assert "修订" not in output.split("✓ 已把")[1], output
    merged = load_project(project).project
    assert merged.evaluation is not None
    assert merged.evaluation.funds.total.executed == \
        load_project(full).project.evaluation.funds.total.executed
    status, output = run("validate", str(project))
    assert status == 0, output


def test_a_file_wrong_where_the_workbook_cannot_reach_says_nothing_was_written(
        tmp_path: Path) -> None:
    """Blanks in the 申报 part, a 自评表 workbook: the merge cannot mend them. Refused with
    the file's errors and a line saying nothing was written and what to do."""
    project = tmp_path / "项目.yaml"
    shutil.copyfile(EXAMPLE, project)
    book = render(project, tmp_path)["自评表"]
    text = project.read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if "年度指标值:" in x)
    project.write_text(text.replace(line, line.split(":")[0] + ":", 1), encoding="utf-8")
    before = project.read_bytes()
    status, output = run("import", str(book), "--into", str(project), "--yes", "--force")
    assert status == 2, output
    assert "申报.绩效指标" in output and "年度指标值" in output, output
    assert f"未写入 {project}：" in output and "先在文件中改正" in output, output
    assert project.read_bytes() == before


def test_a_revised_part_beside_a_first_filled_one_is_the_revision(project: Path,
                                                                 tmp_path: Path) -> None:
    """A fill-in workbook holds both parts: a changed 申报 target beside a 自评 filled for the
    first time suggests a 修订 of the 申报 alone, naming only the 申报 change."""
    text = project.read_text(encoding="utf-8")
    book = tmp_path / "填写表.xlsx"
    status, output = run("template", str(book), "--from", str(project))
    assert status == 0, output
    project.write_text(text.split("\n自评:")[0].rstrip("\n") + "\n", encoding="utf-8")
    wb = load_workbook(book)
    ws = wb["申报指标"]
    cell = next(c for row in ws.iter_rows() for c in row if c.value == "≥3.00(次)")
    cell.value = "≥4.00(次)"
    wb.save(book)
    status, output = run("import", str(book), "--into", str(project), "--yes", "--force")
    assert status == 0, output
    hint = next(line for line in output.splitlines() if "修订: {" in line)
    assert "阶段: 申报, 原因: 按评审意见更正「相关人员培训场次数」的年度指标值}" in hint, hint


def test_a_changed_total_is_named_by_its_row_in_the_revision(project: Path,
                                                             tmp_path: Path) -> None:
    """「按评审意见更正合计」 said neither which 合计 (tester10 #12): the row names it."""
    book = tmp_path / "填写表.xlsx"
    status, output = run("template", str(book), "--from", str(project))
    assert status == 0, output
    wb = load_workbook(book)
    ws = wb["申报"]
    for row in range(1, ws.max_row + 1):
        label = str(ws.cell(row, 1).value or "")
        if label.startswith("年度资金申请总额") and label.endswith(("合计", "当年财政拨款")):
            ws.cell(row, 2).value = "4,358,000.00元"
    wb.save(book)
    status, output = run("import", str(book), "--into", str(project), "--yes")
    assert status == 0, output
    hint = next(line for line in output.splitlines() if "修订: {" in line)
    assert "原因: 按评审意见更正年度资金申请总额、当年财政拨款}" in hint, hint


def test_the_suggested_reason_names_an_indicator_once(tmp_path: Path) -> None:
    """An indicator whose 实际完成值 and 得分 the reviewer both changed is named once in the
    suggested 修订 reason: 「「助餐点建设数量」的实际完成值和得分」, not 「「助餐点建设数量」的
    实际完成值、「助餐点建设数量」的得分」."""
    import shutil

    project = tmp_path / "p.yaml"
    shutil.copy(Path(__file__).parent.parent / "data" / "national-2020" / "社区居家养老服务补助.yaml",
                project)
    book = render(project, tmp_path)["自评表"]
    edit(book, [(cell_of(book, "助餐点建设数量", "实际完成值"), "19个", None),
                (cell_of(book, "助餐点建设数量", "得分"), 8, None)])  # the rule gives 9.5
    status, output = run("import", str(book), "--into", str(project), "--yes")
    assert status == 0, output
    hint = next(line for line in output.splitlines() if "修订: {" in line)
    assert hint.endswith("原因: 按评审意见更正「助餐点建设数量」的实际完成值和得分}"), hint

"""perfdocs diff: field-by-field changes in the form's labels, derived figures, matching."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from perfdocs.cli.audit import diff_command
from perfdocs.loading.settings import load_settings
from perfdocs.review.diff import diff_versions, differs, format_changes, load_version
from tests.conftest import DATA_2024, SMALL_PROJECT
from tests.test_import import GOOD_ROWS, _render, handmade


def _diff(old: Path, new: Path) -> list[str]:
    s = load_settings(None)
    return format_changes(diff_versions(load_version(old, s), load_version(new, s)))


def test_changed_actual_value_and_the_totals_it_moves(tmp_path: Path) -> None:
    old = tmp_path / "old.yaml"
    new = tmp_path / "new.yaml"
    old.write_text(SMALL_PROJECT.replace('实际完成值: "120(人)"', '实际完成值: "90(人)"'),
                   encoding="utf-8")
    new.write_text(SMALL_PROJECT, encoding="utf-8")
    lines = _diff(old, new)
    # 90 of ≥100 → 27.00 of 30 by the rule; 120 → 30.00: the 总分 moves by 3
    # (9.88 + 30 + 20 + 30 + 10 = 99.88 with every indicator met)
    assert lines == [
        "自评表",
        "  绩效指标 › 产出指标 › 数量指标 › 培训人数 › 实际完成值: 90(人) → 120(人)",
        "  绩效指标 › 产出指标 › 数量指标 › 培训人数 › 得分: 27.00 → 30.00",
        "  总分: 96.88 → 99.88",
        "  评分等级: 优（未变）",
    ]


def test_reordering_is_not_an_addition_and_a_rename_pairs_by_position(tmp_path: Path) -> None:
    old = handmade(tmp_path / "old.xlsx")
    rows = [GOOD_ROWS[1], GOOD_ROWS[0], *GOOD_ROWS[2:]]
    rows[3] = ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", "95%", 10, 10, "")
    new = handmade(tmp_path / "new.xlsx", rows=rows, first_col=2)
    lines = _diff(old, new)
    assert lines == [
        "自评表",
        "  绩效指标 › 满意度指标 › 服务对象满意度指标 › 参训学员满意度 › 三级指标: 学员满意度 → 参训学员满意度",
        "  总分: 97.88（未变）",
        "  评分等级: 优（未变）",
    ]


def test_funds_in_the_forms_unit_and_derived_figures(tmp_path: Path) -> None:
    old = tmp_path / "a.yaml"
    new = tmp_path / "b.yaml"
    old.write_text(SMALL_PROJECT, encoding="utf-8")
    new.write_text(SMALL_PROJECT.replace('全年执行数: "79.00"', '全年执行数: "72.00"'),
                   encoding="utf-8")
    lines = _diff(old, new)
    # the unit said (tester6 10r: beside a file in 元 a bare 79.00 reads as another figure)
    assert "  项目资金 › 年度资金总额 › 全年执行数: 79.00 万元 → 72.00 万元" in lines
    assert "  执行率: 98.75 → 90.00" in lines
    # each 其中 row's 执行率, printed beside its amounts (tester6 10p)
    assert "  项目资金 › 当年财政拨款 › 执行率: 98.75 → 90.00" in lines
    assert "  执行率得分: 9.88 → 9.00" in lines
    assert "  总分: 99.88 → 99.00" in lines


def test_yaml_against_its_own_rendered_workbook_is_the_same(tmp_path: Path) -> None:
    example = DATA_2024 / "第48届世赛筹办场地经理跟岗学习经费.yaml"
    book = _render(example, tmp_path)[0]
    s = load_settings(None)
    changes = diff_versions(load_version(example, s), load_version(book, s))
    assert not differs(changes)
    result = CliRunner().invoke(diff_command, [str(example), str(book)])
    assert result.exit_code == 0
    assert "总分: 97.76（未变）" in result.output


def test_exit_status_for_differences_and_unreadable_files(tmp_path: Path) -> None:
    old = tmp_path / "a.yaml"
    new = tmp_path / "b.yaml"
    old.write_text(SMALL_PROJECT, encoding="utf-8")
    new.write_text(SMALL_PROJECT.replace("某某中心", "另一中心"), encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(diff_command, [str(old), str(new)])
    assert result.exit_code == 1
    assert "实施单位: 某某中心 → 另一中心" in result.output
    assert runner.invoke(diff_command, [str(old), str(tmp_path / "missing.yaml")]).exit_code == 2


def test_a_new_revision_is_a_change(tmp_path: Path) -> None:
    old = tmp_path / "a.yaml"
    new = tmp_path / "b.yaml"
    old.write_text(SMALL_PROJECT, encoding="utf-8")
    revised = SMALL_PROJECT.replace(
        "金额单位: 万元\n",
        "金额单位: 万元\n修订: {版本: 2, 日期: 2025-03-10, 原因: 按评审意见更正培训人数}\n")
    new.write_text(revised, encoding="utf-8")
    lines = _diff(old, new)
    assert lines[:4] == ["修订 › 版本: （新增）2", "修订 › 日期: （新增）2025-03-10",
                         "修订 › 原因: （新增）按评审意见更正培训人数", "自评表"]
    third = tmp_path / "c.yaml"
    third.write_text(revised.replace("版本: 2, 日期: 2025-03-10", "版本: 3, 日期: 2025-04-01"),
                     encoding="utf-8")
    assert _diff(new, third)[:2] == ["修订 › 版本: 2 → 3", "修订 › 日期: 2025-03-10 → 2025-04-01"]
    fourth = tmp_path / "d.yaml"
    fourth.write_text(revised.replace("原因:", "阶段: 自评, 原因:"), encoding="utf-8")
    assert _diff(new, fourth)[:2] == ["修订 › 阶段: （新增）自评", "自评表"]
    fifth = tmp_path / "e.yaml"
    fifth.write_text(revised.replace("原因:", "阶段: 申报, 原因:"), encoding="utf-8")
    assert _diff(fourth, fifth)[:1] == ["修订 › 阶段: 自评 → 申报"]
    code = CliRunner().invoke(diff_command, [str(new), str(third)]).exit_code
    assert code == 1


def test_printed_remarks_other_columns_and_filing_lines_are_changes(tmp_path: Path) -> None:
    """A 备注 or 其他栏 value (printed in the layout's extra columns) and a 填报信息 value
    (printed on its signature line) differ on the form: diff lists them and exits 1."""
    text = SMALL_PROJECT.replace('实际完成值: "120(人)"\n', '实际完成值: "120(人)"\n'
                                 '          备注: 含线上培训\n'
                                 '          其他栏: {完成时间: 2024年11月}\n')
    text += "填报信息:\n  填报人: 王芳\n  联系电话: 0512-6666-8888\n"
    old = tmp_path / "old.yaml"
    old.write_text(text, encoding="utf-8")
    new = tmp_path / "new.yaml"
    new.write_text(text.replace("含线上培训", "评审：超标不得满分").replace("2024年11月", "2024年12月")
                   .replace("王芳", "李明").replace("  联系电话: 0512-6666-8888\n", "")
                   + "  填报日期: 2025年3月1日\n", encoding="utf-8")
    lines = _diff(old, new)
    where = "  绩效指标 › 产出指标 › 数量指标 › 培训人数 › "
    assert lines == [
        "填报信息 › 填报人: 王芳 → 李明",
        "填报信息 › 联系电话: （删除）0512-6666-8888",
        "填报信息 › 填报日期: （新增）2025年3月1日",
        "自评表",
        f"{where}备注: 含线上培训 → 评审：超标不得满分",
        f"{where}完成时间: 2024年11月 → 2024年12月",
        "  总分: 99.88（未变）",
        "  评分等级: 优（未变）",
    ], lines
    result = CliRunner().invoke(diff_command, [str(old), str(new)])
    assert result.exit_code == 1, result.output


def test_a_returned_self_evaluation_workbook_against_the_whole_project_file(
        tmp_path: Path) -> None:
    """A 自评表 workbook holds no 申报 part and names no layout when it is the default's:
    neither is a change (it read 「版式: （删除）shanghai-2024」 and 「申报: 已填写 → 未填写」)."""
    text = (DATA_2024 / "技能评价业务经费.yaml").read_text(encoding="utf-8")
    project = tmp_path / "p.yaml"
    project.write_text(text.replace("金额单位: 万元\n", "金额单位: 万元\n版式: shanghai-2024\n", 1),
                       encoding="utf-8")
    books = {p.stem.rsplit("-", 1)[1]: p for p in _render(project, tmp_path)}
    result = CliRunner().invoke(diff_command, [str(project), str(books["自评表"])])
    assert result.exit_code == 0, result.output
    assert "版式" not in result.output and "已填写" not in result.output
    assert f"（{books['自评表']} 中没有申报部分，申报部分未比较）" in result.output
    result = CliRunner().invoke(diff_command, [str(books["申报表"]), str(project)])
    assert result.exit_code == 0, result.output
    assert f"（{books['申报表']} 中没有自评部分，自评部分未比较）" in result.output
    other = tmp_path / "q.yaml"
    other.write_text(text.replace("金额单位: 万元\n", "金额单位: 万元\n版式: shanghai-2021\n", 1),
                     encoding="utf-8")
    assert "版式: shanghai-2024 → shanghai-2021" in _diff(project, other)  # a real change


def test_a_returned_form_does_not_delete_the_revisions_stage(tmp_path: Path) -> None:
    """The 自评表 prints 「修订第 2 版（日期）：原因」 without 阶段: sent back unchanged, it
    deletes nothing (tester8 #14: 「修订 › 阶段: （删除）自评」 was listed first). A fill-in
    workbook holds 阶段, and still compares it."""
    from perfdocs.engine.pipeline import built_forms, prepare, render_format
    from perfdocs.loading.settings import Settings

    project = tmp_path / "p.yaml"
    project.write_text(SMALL_PROJECT.replace(
        "金额单位: 万元\n",
        "金额单位: 万元\n修订: {版本: 2, 日期: 2025-03-10, 阶段: 自评, 原因: 按评审意见更正}\n"),
        encoding="utf-8")
    settings = Settings(print_revision=True)
    (form,) = built_forms(prepare(project, settings), ("自评表",), revision=True)[0]
    book = tmp_path / "自评表.xlsx"
    book.write_bytes(render_format("xlsx", [form], settings, None, str(project)))
    printed = [c.value for row in __import__("openpyxl").load_workbook(book).active.iter_rows()
               for c in row if "修订第 2 版" in str(c.value or "")]
    assert printed and "自评" not in str(printed[0]).split("：")[0], printed
    assert _diff(project, book) == ["自评表", "  总分: 99.88（未变）", "  评分等级: 优（未变）"]
    result = CliRunner().invoke(diff_command, [str(project), str(book)])
    assert result.exit_code == 0 and "阶段" not in result.output, result.output
    template = tmp_path / "填写表.xlsx"
    from perfdocs.cli import main

    assert CliRunner().invoke(main, ["template", str(template), "--from", str(project)]
                              ).exit_code == 0
    assert _diff(project, template) == ["自评表", "  总分: 99.88（未变）", "  评分等级: 优（未变）"]
    other = tmp_path / "q.yaml"
    other.write_text(project.read_text(encoding="utf-8").replace("阶段: 自评, ", ""),
                     encoding="utf-8")
    assert _diff(other, template)[0] == "修订 › 阶段: （新增）自评"


def test_a_printed_score_left_stale_is_the_rules_again(tmp_path: Path) -> None:
    """tester9 N11: a reviewer changed an 实际完成值 on the returned 自评表 and left its
    printed 得分; diff read that 得分 as the reviewer's own and said 「总分（未变）」, while
    import --into (which leaves a printed rule score to the rules) gives the new total.
    A 得分 the reviewer did change is still theirs."""
    from openpyxl import load_workbook

    project = tmp_path / "p.yaml"
    project.write_text(SMALL_PROJECT, encoding="utf-8")
    books = {p.stem.rsplit("-", 1)[1]: p for p in _render(project, tmp_path)}
    book = load_workbook(books["自评表"])
    sheet = book.active
    (cell,) = [c for row in sheet.iter_rows() for c in row if c.value == "120(人)"]
    cell.value = "90(人)"
    stale = tmp_path / "stale.xlsx"
    book.save(stale)
    assert _diff(project, stale) == [
        "自评表",
        "  绩效指标 › 产出指标 › 数量指标 › 培训人数 › 实际完成值: 120(人) → 90(人)",
        "  绩效指标 › 产出指标 › 数量指标 › 培训人数 › 得分: 30.00 → 27.00",
        "  总分: 99.88 → 96.88",
        "  评分等级: 优（未变）",
    ]
    score = sheet.cell(cell.row, cell.column + 2)
    assert score.value in (30, "30", "30.00"), score.value  # the printed 得分 beside it
    score.value = 28
    own = tmp_path / "own.xlsx"
    book.save(own)
    assert "  绩效指标 › 产出指标 › 数量指标 › 培训人数 › 得分: 30.00 → 28.00" in _diff(project, own)


def test_a_workbook_holds_only_one_of_the_files_revisions(tmp_path: Path) -> None:
    """A fill-in workbook's 修订 boxes hold the file's latest entry, a printed form's line
    the latest of its part (none when the settings print no line): against its own file with
    two entries, the older one is not deleted (tester9 N12: 「修订 › 第 2 版: （删除）…」,
    rc 1). An entry typed anew in the boxes still shows, as a new one."""
    from perfdocs.cli import main
    from perfdocs.engine.pipeline import built_forms, prepare, render_format
    from perfdocs.loading.settings import Settings

    project = tmp_path / "p.yaml"
    project.write_text(SMALL_PROJECT.replace(
        "金额单位: 万元\n",
        "金额单位: 万元\n修订:\n"
        "  - {版本: 2, 日期: 2025-03-10, 阶段: 自评, 原因: 按评审意见更正}\n"
        "  - {版本: 3, 日期: 2025-04-01, 原因: 再次退回}\n"), encoding="utf-8")
    unchanged = ["自评表", "  总分: 99.88（未变）", "  评分等级: 优（未变）"]
    template = tmp_path / "填写表.xlsx"
    assert CliRunner().invoke(main, ["template", str(template), "--from", str(project)]
                              ).exit_code == 0
    assert _diff(project, template) == unchanged
    assert _diff(template, project) == unchanged
    result = CliRunner().invoke(diff_command, [str(project), str(template)])
    assert result.exit_code == 0 and "修订" not in result.output, result.output

    import openpyxl

    book = openpyxl.load_workbook(template)
    sheet = book["基本信息"]
    boxes = {str(row[0].value): row[1] for row in sheet.iter_rows() if row[0].value}
    boxes["修订：版本"].value, boxes["修订：原因"].value = 4, "第三次退回"
    typed = tmp_path / "改过.xlsx"
    book.save(typed)
    assert _diff(project, typed)[0] == "修订 › 第 4 版: （新增）2025-04-01：第三次退回"
    assert not any("第 2 版" in line or "第 3 版" in line for line in _diff(project, typed))

    settings = Settings(print_revision=True)
    (form,) = built_forms(prepare(project, settings), ("自评表",), revision=True)[0]
    printed = tmp_path / "自评表.xlsx"
    printed.write_bytes(render_format("xlsx", [form], settings, None, str(project)))
    assert _diff(project, printed) == unchanged
    (form,) = built_forms(prepare(project, settings), ("自评表",), revision=False)[0]
    printed.write_bytes(render_format("xlsx", [form], settings, None, str(project)))
    s = load_settings(None)
    lines = format_changes(diff_versions(load_version(project, s), load_version(printed, s),
                                         printed_revisions=False))
    assert lines == unchanged
    assert _diff(project, printed)[0] == "修订 › 第 3 版: （删除）2025-04-01：再次退回"

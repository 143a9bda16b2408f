"""What a reviewer at the supervising bureau catches, caught first (issue 15).

Scores against the rules, target wording, what a returned workbook's cells show. The
workbooks are perfdocs' own forms edited with openpyxl the way a reviewer edits them in
Excel (typing 84% stores 0.84 with the format 0%), and hand-made ones.
"""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from perfdocs.engine.pipeline import prepare
from perfdocs.errors import Severity, ValidationFailed
from perfdocs.forms.cell_display import shown
from perfdocs.importer.workbooks import import_workbooks
from perfdocs.loading.settings import Settings, load_settings
from perfdocs.model.targets import official_text, parse_measure
from perfdocs.review.audit import audit_file
from tests.conftest import SMALL_PROJECT, invoke
from tests.test_import import _render, handmade


def findings(path: Path, **options: Any) -> list[Any]:
    return prepare(path, Settings(), **options).diagnostics


def by_rule(found: list[Any], rule: str) -> list[Any]:
    return [d for d in found if d.rule == rule]


def reviewer_edit(book: Path, indicator: str, column: str, value: object,
                  number_format: str | None = None) -> str:
    """Type ``value`` into the ``column`` box of ``indicator``'s row, as Excel stores it;
    returns the cell's address."""
    wb = load_workbook(book)
    ws = wb.active
    heading = next(c for row in ws.iter_rows() for c in row if c.value == column
                   and ws.cell(c.row, 3).value == "三级指标")
    row = next(c.row for c in ws[chr(ord("A") + 2)] if c.value == indicator)
    cell = ws.cell(row, heading.column)
    cell.value = value
    if number_format is not None:
        cell.number_format = number_format
    wb.save(book)
    return f"{ws.title}!{cell.coordinate}"


# --- 得分 against the rule --------------------------------------------------------------

MISSED = SMALL_PROJECT.replace('年度指标值: "=100(%)"\n          实际完成值: "100(%)"\n'
                               '          分值: 20',
                               '年度指标值: "≥85%"\n          实际完成值: "84%"\n'
                               '          分值: 20\n          得分: 20')


def test_full_marks_for_a_missed_target_is_a_warning_naming_rule_and_figure(
        write_project: Any) -> None:
    path = write_project(MISSED)
    (d,) = by_rule(findings(path), "score-above-rule")
    assert d.severity is Severity.WARNING and d.label == "得分"
    assert d.message == ("「培训完成率」得分 20 高于规则给出的 19.76：实际完成值「84%」未达到"
                         "年度指标值「≥85%」，按规则得分 = 实际完成值 ÷ 年度指标值 × 分值 = "
                         "84 ÷ 85 × 20 = 19.76")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[d.line - 1].strip() == "得分: 20"
    with pytest.raises(ValidationFailed):  # --strict
        prepare(path, Settings(), strict=True)


def test_rounding_the_rule_to_a_whole_number_is_not_above_it(write_project: Any) -> None:
    """Seed 000 gives 1 of 3 for 2 of ≥10 (the rule's 0.6): whole-number scoring passes;
    full marks for a missed target never does, even when 19.76 rounds to 20."""
    text = MISSED.replace("得分: 20", "得分: 19\n          偏差原因分析及改进措施: 略")
    assert not by_rule(findings(write_project(text)), "score-above-rule")
    text = MISSED.replace('"84%"', '"80%"').replace(
        "得分: 20", "得分: 19.5\n          偏差原因分析及改进措施: 略")
    (d,) = by_rule(findings(write_project(text)), "score-above-rule")
    assert "19.5 高于规则给出的 18.82" in d.message  # 18.82 rounds to 19, not 19.5


def test_reverse_target_rule_is_named(write_project: Any) -> None:
    text = MISSED.replace('"≥85%"', '"不超过5(起)"').replace('"84%"', '"8(起)"')
    (d,) = by_rule(findings(write_project(text)), "score-above-rule")
    assert "按规则得分 = 年度指标值 ÷ 实际完成值 × 分值 = 5 ÷ 8 × 20 = 12.5" in d.message


def test_less_than_the_rule_on_a_met_target_is_a_note(write_project: Any) -> None:
    text = SMALL_PROJECT.replace('实际完成值: "120(人)"\n          分值: 30',
                                 '实际完成值: "120(人)"\n          分值: 30\n          得分: 27\n'
                                 '          偏差原因分析及改进措施: 培训质量有待提高')
    path = write_project(text)
    (d,) = by_rule(findings(path), "score-below-rule")
    assert d.severity is Severity.NOTE
    assert d.message == ("「培训人数」实际完成值「120(人)」达到年度指标值「≥100(人)」，按规则得满分 30，"
                         "填写的是 27：按填报人的判断保留")
    # a note never fails a file, not even with --strict
    assert by_rule(prepare(path, Settings(), strict=True).diagnostics, "score-below-rule")
    status, output = invoke("validate", str(path))
    assert status == 0 and "提示" in output and "（2 个提示）" in output  # and the 自评报告 note


def test_qualitative_score_above_its_tier(write_project: Any) -> None:
    text = SMALL_PROJECT.replace("实际完成值: 达成指标\n          分值: 30",
                                 "实际完成值: 部分达成\n          分值: 30\n          得分: 30")
    (d,) = by_rule(findings(write_project(text)), "score-outside-tier")
    assert d.severity is Severity.WARNING
    assert d.message.startswith("「对就业的促进作用」得分高于规则允许的 24：实际完成值为"
                                "「部分达成年度指标并具有一定效果」，该档得分应在 18–24 之间")


def test_layout_may_make_a_score_above_the_rule_an_error(write_project: Any,
                                                         tmp_path: Path) -> None:
    from tests.conftest import ROOT

    folder = tmp_path / "layouts" / "strict-2024"
    folder.mkdir(parents=True)
    toml = (ROOT / "templates" / "shanghai-2024" / "layout.toml").read_text(encoding="utf-8")
    toml = toml.replace('name = "shanghai-2024"', 'name = "strict-2024"')
    toml = toml.replace('score_above_rule = "warning"', 'score_above_rule = "error"')
    toml = toml.replace('score_below_rule = "note"', 'score_below_rule = "off"')
    (folder / "layout.toml").write_text(toml, encoding="utf-8")
    path = write_project(MISSED.replace("金额单位: 万元", "金额单位: 万元\n版式: strict-2024"))
    settings = Settings(layout_paths=(str(tmp_path / "layouts"),))
    with pytest.raises(ValidationFailed) as info:
        prepare(path, settings)
    assert [d.rule for d in info.value.diagnostics if d.severity is Severity.ERROR] == \
        ["score-above-rule"]


def test_check_reports_the_score_in_a_project_file(write_project: Any) -> None:
    audit = audit_file(write_project(MISSED), load_settings(None))
    assert [d.rule for d in audit.problems] == ["score-above-rule"]


def test_check_of_a_returned_workbook_names_the_cell(tmp_path: Path) -> None:
    """The reviewer's copy: 84% typed over 95% for 学员满意度 (≥90%), 10 of 10 left."""
    project = tmp_path / "p.yaml"
    project.write_text(SMALL_PROJECT, encoding="utf-8")
    (book,) = _render(project, tmp_path)
    cell = reviewer_edit(book, "学员满意度", "实际完成值", 0.84, "0%")
    audit = audit_file(book, load_settings(None))
    score_cell = cell.replace("!F", "!H")
    found = {d.field: d for d in audit.problems}
    assert "「学员满意度」得分 10 高于规则给出的 9.33：实际完成值「84%」" in found[score_cell].message
    assert found[score_cell].severity is Severity.WARNING


def test_handmade_workbook_with_full_marks_on_a_missed_target(tmp_path: Path) -> None:
    from tests.test_import import GOOD_ROWS

    rows = list(GOOD_ROWS)
    rows[0] = ("产出指标", "数量指标", "培训人数", "≥100(人)", "90(人)", 30, 30, "")
    book = handmade(tmp_path / "h.xlsx", rows=rows)
    audit = audit_file(book, load_settings(None))
    (d,) = [d for d in audit.problems if d.rule == "score-above-rule"]
    assert d.field == "Sheet1!I13" and "90 ÷ 100 × 30 = 27" in d.message


# --- target wording ------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "cmp", "value", "unit"), [
    ("不低于90%", ">=", "90", "%"),
    ("不少于 100 人", ">=", "100", "人"),
    ("至少3(次)", ">=", "3", "次"),
    ("不高于5%", "<=", "5", "%"),
    ("不超过3(起)", "<=", "3", "起"),
    ("95%以上", ">=", "95", "%"),
    ("5000人以上", ">=", "5000", "人"),
    ("10%以下", "<=", "10", "%"),
    ("控制在5%以内", "<=", "5", "%"),
    (">=90%", ">=", "90", "%"),
    ("<=5%", "<=", "5", "%"),
    ("＞＝９０％", ">=", "90", "%"),
])
def test_target_wording_parses(text: str, cmp: str, value: str, unit: str) -> None:
    m = parse_measure(text)
    assert (m.comparator, m.value, m.unit) == (cmp, D(value), unit)


def test_contradictory_wording_is_left_to_the_preparer() -> None:
    assert not parse_measure("不低于90%以下").quantitative


def test_notice_wording_is_scored_and_not_blamed_on_the_actual_value(write_project: Any) -> None:
    text = SMALL_PROJECT.replace('"≥90%"\n          实际完成值: "95%"',
                                 '不低于90%\n          实际完成值: "95%"')
    prepared = prepare(write_project(text), Settings())
    last = prepared.result.indicators[-1]
    assert last.source == "rule" and last.score == D("10.00")


@pytest.mark.parametrize(("typed", "printed"), [
    (">=90%", "≥90%"), ("<= 5%", "≤ 5%"), ("=>1(次)", "≥1(次)"), ("≧3", "≥3"),
    ("不低于90%", "不低于90%"), ("≥50(个)", "≥50(个)"), ("及时", "及时"),
])
def test_forms_print_the_official_symbols(typed: str, printed: str) -> None:
    assert official_text(typed) == printed


def test_rendered_workbook_prints_ge_never_ascii(tmp_path: Path) -> None:
    project = tmp_path / "p.yaml"
    project.write_text(SMALL_PROJECT.replace('"≥90%"', '">=90%"').replace('"≥100(人)"',
                                                                         '"<=200(人)"'),
                       encoding="utf-8")
    (book,) = _render(project, tmp_path)
    texts = [c.value for row in load_workbook(book).active.iter_rows() for c in row
             if isinstance(c.value, str)]
    assert "≥90%" in texts and "≤200(人)" in texts
    assert not [t for t in texts if ">=" in t or "<=" in t]


def test_curly_quotes_around_a_value_are_stripped_with_a_note(write_project: Any) -> None:
    text = SMALL_PROJECT.replace('年度指标值: "≥90%"', "年度指标值: “≥90%”").replace(
        "实际完成情况: 完成了年度培训任务。", "实际完成情况: 完成了“年度”培训“任务”。")
    path = write_project(text)
    prepared = prepare(path, Settings())
    (d,) = by_rule(prepared.diagnostics, "curly-quotes")
    assert d.severity is Severity.NOTE and d.label == "年度指标值"
    assert d.message == ("「“≥90%”」两边的中文引号已去掉，按「≥90%」读取（YAML 的引号须用英文"
                         '半角 "…"）')
    assert prepared.project.evaluation.flat()[-1][3].target == "≥90%"
    # a text quoting names inside keeps its quotes
    assert prepared.project.evaluation.goals.achieved == "完成了“年度”培训“任务”。"


# --- what a returned workbook's cells show -------------------------------------------------


@pytest.mark.parametrize(("value", "fmt", "text", "number"), [
    (0.84, "0%", "84%", "84"),
    (0.845, "0.0%", "84.5%", "84.5"),
    (0.1304, "0.00%", "13.04%", "13.04"),            # 执行率 as a true percentage
    (13.04, '0.00"%"', "13.04%", "13.04"),            # 执行率 with a "%"-adding format
    (18.6666, "0.00", "18.67", "18.67"),
    (1234.5, "#,##0.00", "1,234.50", "1234.50"),
    (1500000, "#,##0.00,", "1,500.00", "1500.00"),
    (0.30000000000000004, "General", "0.3", "0.3"),
    (5, '0"‰"', "5‰", "5"),
    (0.005, "0.00‰", "0.01‰", "0.01"),                # ‰ is printed, not a scale
    (12, '0.00"(人)"', "12.00(人)", "12.00"),
    (-3, "0.00;(0.00)", "(3.00)", "-3.00"),
    (10, "#,##0.########", "10", "10"),
])
def test_a_cell_reads_as_it_shows(value: object, fmt: str, text: str, number: str) -> None:
    seen = shown(value, fmt)
    assert seen is not None and (seen.text, seen.number) == (text, D(number))


def test_text_cells_are_not_numbers_to_format() -> None:
    assert shown("84%", "0%") is None and shown(None, "0.00") is None


def _import_one(book: Path) -> dict[str, Any]:
    imported = import_workbooks([book], load_settings(None))
    return imported.tree


def _indicator(tree: dict[str, Any], name: str) -> dict[str, Any]:
    for groups in tree["自评"]["绩效指标"].values():
        for items in groups.values():
            for item in items:
                if item["三级指标"] == name:
                    return item
    raise KeyError(name)


def test_percent_typed_by_a_reviewer_imports_as_shown(tmp_path: Path) -> None:
    project = tmp_path / "p.yaml"
    project.write_text(SMALL_PROJECT, encoding="utf-8")
    (book,) = _render(project, tmp_path)
    reviewer_edit(book, "学员满意度", "实际完成值", 0.84, "0%")
    reviewer_edit(book, "培训完成率", "实际完成值", 0.985, "0.0%")
    reviewer_edit(book, "培训人数", "得分", 28.666666, "0.00")
    tree = _import_one(book)
    assert _indicator(tree, "学员满意度")["实际完成值"] == "84%"
    assert _indicator(tree, "培训完成率")["实际完成值"] == "98.5%"
    assert _indicator(tree, "培训人数")["得分"] == D("28.67")


@pytest.mark.parametrize(("rate", "fmt"), [(0.9875, "0.00%"), (98.75, '0.00"%"'),
                                           ("98.75%", "General"), ("98.75", "@")])
def test_execution_rate_in_either_form_reads_the_same(tmp_path: Path, rate: object,
                                                      fmt: str) -> None:
    """Old perfdocs workbooks store 98.75 with a "%"-adding format, new ones 0.9875 as a
    true percentage; hand-made ones type text. All are the printed 98.75, and correct."""
    book = handmade(tmp_path / "r.xlsx", rate=rate)
    wb = load_workbook(book)
    ws = wb.active
    ws["J6"].number_format = fmt
    wb.save(book)
    tree = _import_one(book)
    assert tree["自评"]["原表"]["执行率"] == D("98.75")
    assert not audit_file(book, load_settings(None)).problems


# --- YAML mistakes in Chinese, on the line to fix -----------------------------------------

YAML_MISTAKES = [
    ("section-indent", ("  年度总体目标:", " 年度总体目标:"), 12,
     "「年度总体目标」缩进了 1 个空格，与上文对不齐：同一节的键须左对齐，请与第 7 行「项目资金」对齐"
     "（2 个空格，同一节），或与第 6 行「自评」对齐（0 个空格，上一级）"),
    ("first-key-too-deep", ("    预期目标: 完成年度培训任务。", "     预期目标: 完成年度培训任务。"), 13,
     "「预期目标」缩进了 5 个空格，比上一级「年度总体目标」（第 12 行）多 3 个，而同一节的"
     "「实际完成情况」（第 14 行）多 2 个：同一节的键须左对齐，请把这一行改为 4 个空格"),
    ("sibling-too-shallow", ("    产出指标:", "   产出指标:"), 16,
     "「产出指标」缩进了 3 个空格，比上一级「绩效指标」（第 15 行）多 1 个，而同一节的"
     "「效益指标」（第 26 行）多 2 个：同一节的键须左对齐，请把这一行改为 4 个空格"),
    ("first-line-indented", ("年度: 2024", "  年度: 2024"), 1,
     "顶层的键须从行首写起：「年度」前有 2 个空格，请删去"),
    ("block-without-space", ("  年度总体目标:\n    预期目标: 完成年度培训任务。",
                             "  年度总体目标:\n    预期目标:|\n      完成年度培训任务。"), 13,
     "冒号后缺少空格，请写成「预期目标: |」"),
    ("item-key-indent", ('          年度指标值: "≥100(人)"', '         年度指标值: "≥100(人)"'), 19,
     "「年度指标值」缩进了 9 个空格，与上文对不齐：同一节的键须左对齐，请与第 18 行「三级指标」对齐"
     "（10 个空格，同一节），或与第 17 行「数量指标」对齐（6 个空格，上一级）"),
    ("dash-without-space", ("        - 三级指标: 培训人数", "        -三级指标: 培训人数"), 18,
     "列表项的「-」后缺少空格，请写成「- 三级指标: 培训人数」"),
    ("colon-in-value", ("预期目标: 完成年度培训任务。", "预期目标: 目标: 完成年度培训任务。"), 13,
     '值里有「: 」（冒号加空格），YAML 会把它当成又一个键：请给整个值加引号，写成 预期目标: '
     '"目标: 完成年度培训任务。"'),
    ("quoted-in-part", ('年度指标值: "≥100(人)"', '年度指标值: "≥100"(人)'), 19,
     '引号只括住了值的一部分（"≥100"(人)）：引号须括住整个值，请写成 年度指标值: "≥100(人)"'),
    ("unclosed-brace", ('全年执行数: "79.00"}\n    当年', '全年执行数: "79.00"\n    当年'), 8,
     "这一行的「{」没有对应的「}」，或其中两项之间缺少逗号：请在行末补上「}」并检查各项之间的逗号"),
    ("backslash-in-quotes", ("实际完成情况: 完成了年度培训任务。", '实际完成情况: "见 D:\\材料\\总结"'), 14,
     "双引号中的反斜杠「\\」后跟了不认识的字符：反斜杠请写成「\\\\」，或改用单引号"
     "（检查缩进、冒号后的空格和引号是否成对）"),
]


@pytest.mark.parametrize(("edit", "line", "message"),
                         [m[1:] for m in YAML_MISTAKES], ids=[m[0] for m in YAML_MISTAKES])
def test_yaml_mistakes_are_named_in_chinese_on_their_line(write_project: Any, edit: tuple[str, str],
                                                          line: int, message: str) -> None:
    from perfdocs.errors import InputError
    from perfdocs.loading.project import load_project

    assert edit[0] in SMALL_PROJECT
    path = write_project(SMALL_PROJECT.replace(*edit, 1))
    with pytest.raises(InputError) as info:
        load_project(path)
    assert (info.value.line, info.value.message) == (line, "YAML 格式错误：" + message)


# --- money typed in the wrong unit --------------------------------------------------------

IN_YUAN_BY_MISTAKE = SMALL_PROJECT.replace("金额单位: 万元\n", "")  # 100.00 meant as 万元


def test_amounts_typed_in_wan_into_a_yuan_file_are_flagged(write_project: Any) -> None:
    path = write_project(IN_YUAN_BY_MISTAKE)
    found = by_rule(findings(path), "amount-below-unit")
    assert len(found) == 1  # one word for the part, not one per figure
    (d,) = found
    assert d.message == ("年度资金总额的年初预算数 100.00 元在自评表上印作 0.01 万元，不到 1 万元"
                         "（这一部分其他金额同样如此）：本文件没有写金额单位，金额按「元」读取，若金额"
                         "是按万元填写的，请把金额单位改为「万元」（项目文件：在开头写「金额单位: 万元」；"
                         "填写表：在「基本信息」表的金额单位格选「万元」）")
    assert d.severity is Severity.WARNING and d.line == 7
    with pytest.raises(ValidationFailed):
        prepare(path, Settings(), strict=True)
    assert not [d for d in findings(write_project(SMALL_PROJECT)) if d.rule.startswith("amount")]


def test_a_small_amount_already_in_the_forms_unit_is_not_said_twice(write_project: Any) -> None:
    """「0.27 万元在自评表上印作 0.27 万元」 told the clerk nothing (tester12 F8): a figure
    written in the form's own unit is named once."""
    small = SMALL_PROJECT.replace('"100.00", 全年预算数: "80.00", 全年执行数: "79.00"',
                                  '"0.27", 全年预算数: "0.27", 全年执行数: "0.25"')
    (d,) = by_rule(findings(write_project(small)), "amount-below-unit")
    assert d.message.startswith("年度资金总额的年初预算数 0.27 万元，不到 1 万元（这一部分其他金额"
                                "同样如此）：本文件的金额单位是「万元」"), d.message
    assert "印作" not in d.message


DECLARED = """\
申报:
  项目类别: 特定目标类
  计划开始日期: 2024-01-01
  计划完成日期: 2024-12-31
  项目资金:
    年度资金申请总额: {合计: "1,000,000.00"}
  年度总体目标: 完成年度培训任务。
  绩效指标:
    产出指标:
      数量指标:
        - {三级指标: 培训人数, 年度指标值: "≥100(人)"}
"""


def test_declaration_and_evaluation_ten_thousand_times_apart(write_project: Any) -> None:
    """The 申报 part typed in 元 into a 万元 file: 1,000,000 万元 against 100.00 万元."""
    text = SMALL_PROJECT.replace("自评:\n", DECLARED + "自评:\n")
    found = [d for d in findings(write_project(text)) if d.rule.startswith("amount")]
    (d,) = found
    assert d.rule == "amount-unit-slip" and d.field == "申报.项目资金.年度资金申请总额.合计"
    assert d.message.startswith("年度资金申请总额 1,000,000.00 万元与自评的年度资金总额的年初预算数 "
                                "100.00 万元相差约 10,000 倍：是否一处按万元、一处按元填写？"
                                "本文件的金额单位是「万元」")


def test_columns_of_one_row_ten_thousand_times_apart(write_project: Any) -> None:
    text = SMALL_PROJECT.replace('{年初预算数: "100.00", 全年预算数: "80.00", 全年执行数: "79.00"}',
                                 '{年初预算数: "100.00", 全年预算数: "80.00", 全年执行数: "790000"}')
    found = by_rule(findings(write_project(text)), "amount-unit-slip")
    assert [d.field for d in found] == ["自评.项目资金.年度资金总额.全年执行数"]
    assert "全年执行数 790,000.00 万元与年度资金总额的全年预算数 80.00 万元相差约 9,875 倍" \
        in found[0].message


def test_funds_outside_the_layouts_range(write_project: Any) -> None:
    """A 元 form (2021) prints 500 元 fine; no project is funded with 500 元 a year."""
    text = IN_YUAN_BY_MISTAKE.replace("金额单位", "x").replace(
        "实施单位: 某某中心\n", "实施单位: 某某中心\n版式: shanghai-2021\n金额单位: 元\n")
    text = text.replace('"100.00"', '"500"').replace('"80.00"', '"400"').replace('"79.00"', '"390"')
    (d,) = by_rule(findings(write_project(text)), "amount-implausible")
    assert d.message.startswith("年度资金总额的全年预算数 400.00 元不到 1,000 元，不像一个项目一年的"
                                "资金：金额单位是否写错？本文件的金额单位是「元」")


def test_funds_above_the_layouts_range_name_the_bound_as_written(write_project: Any) -> None:
    """The bound is 100 亿元 (a quotient of Decimals printed 100.00000000 亿元, tester2 #14)."""
    text = SMALL_PROJECT.replace('"100.00"', '"4358200"').replace('"80.00"', '"4358200"')
    (d,) = by_rule(findings(write_project(text)), "amount-implausible")
    assert "4,358,200.00 万元超过 100 亿元，不像一个项目一年的资金" in d.message


def test_bound_in_words() -> None:
    from perfdocs.rules.amounts import _yuan

    assert [_yuan(D(text)) for text in ("1e10", "1000", "2e4", "2.5e4", "1.5e9", "1234.50")] \
        == ["100 亿元", "1,000 元", "2 万元", "25,000 元", "15 亿元", "1,234.5 元"]


def test_check_of_a_workbook_with_an_amount_in_yuan_names_the_cell(tmp_path: Path) -> None:
    book = handmade(tmp_path / "h.xlsx")
    wb = load_workbook(book)
    ws = wb.active
    ws["E6"] = 1000000     # 年初预算数 typed in 元 on a 万元 sheet, total and 其中 row
    ws["E7"] = 1000000
    wb.save(book)
    audit = audit_file(book, load_settings(None))
    (d,) = [d for d in audit.problems if d.rule == "amount-unit-slip"]
    assert d.field == "Sheet1!E6" and "相差约 12,500 倍" in d.message


# --- check of our own 万元 sheet and validate of the file imported from it agree ----------


def test_check_and_validate_agree_on_a_yuan_project_printed_in_wan(tmp_path: Path) -> None:
    """999,951 of 1,000,049 元 prints as 100.00 of 100.00 万元 and 99.99 %. check of the
    workbook and validate of the file imported from it say the same: nothing; and both
    name the same slip once the reviewer's copy prints a rate no such amounts give."""
    from tests.test_audit import _findings

    amounts = ('{年初预算数: "100.00", 全年预算数: "80.00", 全年执行数: "79.00"}',
               '{年初预算数: "1,000,049", 全年预算数: "1,000,049", 全年执行数: "999,951"}')
    project = tmp_path / "p.yaml"
    project.write_text(SMALL_PROJECT.replace("金额单位: 万元", "金额单位: 元").replace(*amounts),
                       encoding="utf-8")
    (book,) = _render(project, tmp_path)
    for slip in (None, 99.90):
        if slip is not None:
            wb = load_workbook(book)
            assert wb.active["H6"].value == 99.99   # 年度资金总额's 执行率
            wb.active["H6"] = slip
            wb.save(book)
        checked = list(_findings(book).values())
        status, output = invoke("import", str(book), "-o", str(tmp_path / "back.yaml"),
                                "--force")
        assert status == 0, output
        imported = [d for d in findings(tmp_path / "back.yaml") if d.rule == "printed-mismatch"]
        assert len(checked) == len(imported) == (0 if slip is None else 1)
        if slip is not None:
            assert checked[0].startswith("印的年度资金总额执行率是 99.90%，按规则应为 100.00%")
            assert imported[0].message.startswith("原表印的执行率是 99.90%，按规则应为 100.00%")


def test_check_of_a_returned_workbook_finds_a_score_above_its_tier(tmp_path: Path) -> None:
    """The reviewer's copy says 部分达成 for 对就业的促进作用 but keeps 30 of 30."""
    project = tmp_path / "p.yaml"
    project.write_text(SMALL_PROJECT, encoding="utf-8")
    (book,) = _render(project, tmp_path)
    cell = reviewer_edit(book, "对就业的促进作用", "实际完成值", "部分达成")
    audit = audit_file(book, load_settings(None))
    (d,) = [d for d in audit.problems if d.rule == "score-outside-tier"]
    assert d.field == cell.replace("!F", "!H")
    assert d.message.startswith("「对就业的促进作用」得分高于规则允许的 24：")


def test_a_returned_form_whose_score_is_below_the_rule_after_an_edit(tmp_path: Path) -> None:
    """tester10 #2: the reviewer raised an 实际完成值 (60 → 80 of ≥100) and left the printed
    得分 (18 of 30; the rule now gives 24): check said 「未发现问题」. A missed target
    scored below the rule is now a note at the 得分 naming the rule's figure (the
    preparer's judgement stands, as for a met target scored below full marks)."""
    project = tmp_path / "p.yaml"
    project.write_text(SMALL_PROJECT.replace(
        '实际完成值: "120(人)"\n          分值: 30\n',
        '实际完成值: "60(人)"\n          分值: 30\n          偏差原因分析及改进措施: 人员不足\n'),
        encoding="utf-8")
    books = {p.stem.rsplit("-", 1)[1]: p for p in _render(project, tmp_path)}
    book = load_workbook(books["自评表"])
    sheet = book.active
    (cell,) = [c for row in sheet.iter_rows() for c in row if c.value == "60(人)"]
    score = sheet.cell(cell.row, cell.column + 2)
    assert D(str(score.value)) == 18, score.value  # 60 ÷ 100 × 30, printed beside it
    cell.value = "80(人)"
    returned = tmp_path / "returned.xlsx"
    book.save(returned)
    findings = audit_file(returned, load_settings(None)).findings
    (note,) = [d for d in findings if d.rule == "score-below-rule"]
    assert note.severity is Severity.NOTE
    assert note.field == f"{sheet.title}!{score.coordinate}", note  # at the 得分 cell
    assert "「培训人数」得分 18 低于规则给出的 24" in note.message, note.message
    status, output = invoke("check", str(returned), notes=True)
    assert status == 0 and "低于规则给出的 24" in output and "1 个提示" in output, output
    # the file itself, scored by the rule: no such note
    assert not [d for d in prepare(project, Settings()).diagnostics
                if d.rule == "score-below-rule"]

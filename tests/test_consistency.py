"""Declaration ↔ evaluation rules, fed with renamed, missing, added and changed indicators."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import DATA_2024

from perfdocs.compute.calculate import evaluate
from perfdocs.engine.pipeline import prepare
from perfdocs.errors import Diagnostic, Severity, ValidationFailed
from perfdocs.layouts.layout import load_layout, selfeval_form
from perfdocs.loading.project import load_project
from perfdocs.loading.settings import Settings
from perfdocs.rules.consistency import check_declaration, match

SKILLS = DATA_2024 / "技能评价业务经费.yaml"
TEXT = SKILLS.read_text(encoding="utf-8")


def _check(tmp_path: Path, text: str) -> tuple[list[Diagnostic], Path]:
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    loaded = load_project(path)
    layout = load_layout("shanghai-2024")
    result = None
    if loaded.project.evaluation is not None:
        result = evaluate(loaded.project.evaluation, selfeval_form(layout))
    return check_declaration(loaded, layout, result), path


def _edit(old: str, new: str, text: str = TEXT, count: int = 1) -> str:
    assert text.count(old) >= count, old
    return text.replace(old, new, count)


def _line_of(path: Path, fragment: str, after: int = 0) -> int:
    lines = path.read_text(encoding="utf-8").split("\n")
    for number, line in enumerate(lines, start=1):
        if number > after and fragment in line:
            return number
    raise AssertionError(fragment)


def test_bundled_projects_are_consistent(tmp_path: Path) -> None:
    for name in ("技能评价业务经费.yaml", "职业培训基础能力建设资助.yaml"):
        found, _ = _check(tmp_path, (DATA_2024 / name).read_text(encoding="utf-8"))
        assert found == [], [d.format() for d in found]


def test_renamed_indicators_name_the_nearest_declared_one(tmp_path: Path) -> None:
    text = _edit("          申报名称: 培训出勤率", "", count=1)
    text = _edit("          申报名称: 培训覆盖人次", "", text)
    found, path = _check(tmp_path, text)
    renamed = [d for d in found if d.rule == "indicator-renamed"]
    assert len(renamed) == 2
    first, second = renamed
    assert first.severity is Severity.WARNING
    assert "「培训工作出勤率」" in first.message and "「培训出勤率」" in first.message
    assert "申报名称: 培训出勤率" in first.message
    assert "「培训覆盖人次」" in second.message
    assert first.file == str(path)
    assert first.line == _line_of(path, "三级指标: 培训工作出勤率")
    assert first.field == "自评.绩效指标.产出指标.质量指标[1].三级指标"
    assert first.label == "三级指标"
    # A rename is not also reported as an added and a missing indicator.
    assert not [d for d in found if d.rule in ("indicator-added", "indicator-missing")]


def test_missing_and_added_indicators(tmp_path: Path) -> None:
    declared = _edit("""        - 三级指标: 审计人员被投诉次数
          年度指标值: "=0.00(次)"
""", """        - 三级指标: 审计人员被投诉次数
          年度指标值: "=0.00(次)"
        - 三级指标: 网站访问量
          年度指标值: "≥1000(次)"
""")
    added = _edit("""        - 三级指标: 资金清算及时率
          年度指标值: "=100.00(%)"
          实际完成值: "100.00(%)"
""", """        - 三级指标: 国际合作交流次数
          年度指标值: "≥2(次)"
          实际完成值: "3(次)"
          分值: 0
          得分: 0
        - 三级指标: 资金清算及时率
          年度指标值: "=100.00(%)"
          实际完成值: "100.00(%)"
""", declared)
    found, path = _check(tmp_path, added)
    rules = sorted(d.rule for d in found)
    assert rules == ["indicator-added", "indicator-missing"]
    missing = next(d for d in found if d.rule == "indicator-missing")
    assert "「网站访问量」" in missing.message and "满意度指标 › 服务对象满意度指标" in missing.message
    assert missing.field == "申报.绩效指标.满意度指标.服务对象满意度指标[4].三级指标"
    assert missing.line == _line_of(path, "三级指标: 网站访问量")
    new = next(d for d in found if d.rule == "indicator-added")
    assert "「国际合作交流次数」" in new.message
    assert new.line == _line_of(path, "三级指标: 国际合作交流次数")


def test_changed_target(tmp_path: Path) -> None:
    start = TEXT.index("自评:")
    evaluation = TEXT[start:]
    changed = _edit("""三级指标: 设备购置数量
          年度指标值: "≥5.00(台)\"""", """三级指标: 设备购置数量
          年度指标值: "≥3.00(台)\"""", evaluation)
    found, path = _check(tmp_path, TEXT[:start] + changed)
    assert [d.rule for d in found] == ["target-changed"]
    d = found[0]
    assert "「≥3.00(台)」" in d.message and "「≥5.00(台)」" in d.message
    assert d.line == _line_of(path, '年度指标值: "≥3.00(台)"')
    assert d.field == "自评.绩效指标.产出指标.数量指标[4].年度指标值"


def test_whitespace_in_a_target_is_not_a_change(tmp_path: Path) -> None:
    start = TEXT.index("自评:")
    changed = _edit('年度指标值: "≥5.00(台)"', '年度指标值: "≥5.00 (台)"', TEXT[start:])
    found, _ = _check(tmp_path, TEXT[:start] + changed)
    assert found == []


def test_indicator_moved_to_another_group(tmp_path: Path) -> None:
    start = TEXT.index("自评:")
    block = """        - 三级指标: 审计单位数量
          年度指标值: "≥50.00(个)"
          实际完成值: "94.00(个)"
          分值: 4
          得分: 4
"""
    evaluation = _edit(block, "", TEXT[start:])
    evaluation = _edit("      质量指标:\n", "      质量指标:\n" + block, evaluation)
    found, _ = _check(tmp_path, TEXT[:start] + evaluation)
    assert [d.rule for d in found] == ["indicator-moved"]
    assert "数量指标" in found[0].message and "质量指标" in found[0].message


def test_unknown_declared_name(tmp_path: Path) -> None:
    found, _ = _check(tmp_path, _edit("申报名称: 培训出勤率", "申报名称: 培训到课率"))
    assert [d.rule for d in found] == ["declared-name-unknown"]
    assert "「培训到课率」" in found[0].message and "「培训出勤率」" in found[0].message
    assert found[0].label == "申报名称"


def test_funds_compared_in_the_evaluation_unit(tmp_path: Path) -> None:
    # 4,358,177.00 元 is 435.8177 万元, printed 435.82: no finding (the bundled file).
    found, _ = _check(tmp_path, TEXT)
    assert found == []
    text = _edit('年度资金总额: {年初预算数: "435.82"', '年度资金总额: {年初预算数: "435.81"')
    text = _edit('当年财政拨款: {年初预算数: "435.82"', '当年财政拨款: {年初预算数: "435.81"', text)
    found, path = _check(tmp_path, text)
    assert [d.rule for d in found] == ["funds-not-declared"]
    d = found[0]
    assert d.severity is Severity.WARNING
    # Each figure as it was typed: the 自评 one in the file's 万元, the declared one in 元.
    assert d.message == ("自评的年度资金总额年初预算数 435.81 万元，与申报的年度资金申请总额 "
                         "4,358,177.00 元（即 435.8177 万元）不符")
    assert d.field == "自评.项目资金.年度资金总额.年初预算数"
    assert d.line == _line_of(path, "年度资金总额: {年初预算数")


def test_dates(tmp_path: Path) -> None:
    found, path = _check(tmp_path, _edit("计划开始日期: 2024-01-01", "计划开始日期: 2025-01-01"))
    by_rule = {d.rule: d for d in found}
    assert set(by_rule) == {"dates-order", "dates-outside-year"}
    assert by_rule["dates-order"].severity is Severity.ERROR
    assert by_rule["dates-order"].line == _line_of(path, "计划开始日期")
    assert "晚于计划完成日期 2024-12-31" in by_rule["dates-order"].message
    assert by_rule["dates-outside-year"].severity is Severity.WARNING
    with pytest.raises(ValidationFailed):
        prepare(path, Settings())

    found, _ = _check(tmp_path, _edit("计划完成日期: 2024-12-31", "计划完成日期: 2025-06-30"))
    assert [(d.rule, d.severity) for d in found] == [("dates-outside-year", Severity.WARNING)]
    assert "2025-06-30" in found[0].message


def test_declared_funds_add_up(tmp_path: Path) -> None:
    found, _ = _check(tmp_path, _edit('上年结转资金: "0.00元"', '上年结转资金: "100.00元"'))
    assert [d.rule for d in found] == ["declared-funds-sum"]
    assert found[0].severity is Severity.ERROR
    assert found[0].message == ("当年财政拨款、上年结转资金、其他资金合计 4,358,277.00 元，"
                                "与年度资金申请总额的 4,358,177.00 元不符")


def test_strict_turns_mismatches_into_errors(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(_edit("          申报名称: 培训出勤率", ""), encoding="utf-8")
    prepared = prepare(path, Settings())
    assert [d.rule for d in prepared.diagnostics] == ["indicator-renamed"]
    with pytest.raises(ValidationFailed) as info:
        prepare(path, Settings(), strict=True)
    assert [d.severity for d in info.value.diagnostics] == [Severity.ERROR]


def test_declaration_alone_is_checked_without_evaluation(tmp_path: Path) -> None:
    text = TEXT[:TEXT.index("自评:")]
    found, _ = _check(tmp_path, text)
    assert found == []
    found, _ = _check(tmp_path, _edit("计划完成日期: 2024-12-31", "计划完成日期: 2023-12-31",
                                      text))
    assert "dates-order" in {d.rule for d in found}


def test_match_pairs_each_declared_indicator_once() -> None:
    from perfdocs.rules.consistency import Entry

    def entry(name: str, section: str, i: int, declared: str | None = None) -> Entry:
        return Entry("产出指标", "数量指标", i, name, "≥1", declared, (section, i))

    declared = [entry("培训出勤率", "d", 0), entry("培训人次", "d", 1)]
    evaluated = [entry("培训工作出勤率", "e", 0), entry("培训出勤率x", "e", 1)]
    found = match(declared, evaluated)
    assert [(e.name, d.name) for e, d in found.renamed] == [("培训工作出勤率", "培训出勤率")]
    # The second near-miss cannot claim the same declared indicator again.
    assert [e.name for e in found.added] == ["培训出勤率x"]
    assert [d.name for d in found.missing] == ["培训人次"]


NATIONAL = DATA_2024.parent / "national-2020" / "社区居家养老服务补助.yaml"


def _national(tmp_path: Path, old: str, new: str) -> list[Diagnostic]:
    path = tmp_path / "n.yaml"
    text = NATIONAL.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    loaded = load_project(path)
    return check_declaration(loaded, load_layout("national-2020"), None)


def test_declared_lines_are_named_as_the_form_prints_them(tmp_path: Path) -> None:
    """tester5 N15: national-2020's 申报表 prints the file's 项目资金总额 as 「中期资金总额」,
    财政资金 as 「其中：财政拨款」 and 年度资金申请总额 as 「年度资金总额」: the messages say
    those (from the layout's labels), not the file's keys."""
    found = _national(tmp_path, '项目资金总额: {合计: "960.00", 财政资金: "960.00"',
                      '项目资金总额: {合计: "960.00", 财政资金: "950.00"')
    (d,) = [d for d in found if d.rule == "declared-funds-sum"]
    assert d.message == "财政拨款、其他资金合计 950.00 万元，与中期资金总额的 960.00 万元不符"
    assert d.label == "中期资金总额" and d.field == "申报.项目资金.项目资金总额.合计"
    found = _national(tmp_path, '年度资金申请总额: {合计: "300.00", 当年财政拨款: "300.00"',
                      '年度资金申请总额: {合计: "990.00", 当年财政拨款: "990.00"')
    (d,) = [d for d in found if d.rule == "annual-above-project"]
    assert d.message.startswith("年度资金总额 990.00 万元高于中期资金总额 960.00 万元"), d.message
    assert "项目资金总额" not in d.message and "申请总额" not in d.message


def test_declared_lines_written_in_part_add_up_blank_ones_as_0(tmp_path: Path) -> None:
    """tester6 #5: a 合计 of 12.30 with 当年财政拨款 10.30 and the other lines blank printed
    2.00 万元 unaccounted for and passed (only a fully written group was added up). Once
    any 其中 line is written the blank ones count as 0, as on the 自评表; the message names
    the blank lines as the form prints them and the amount still missing."""
    found = _national(tmp_path, '{合计: "300.00", 当年财政拨款: "300.00", 上年结转资金: 0, '
                      '其他资金: 0}', '{合计: "12.3", 当年财政拨款: "10.3"}')
    (d,) = [d for d in found if d.rule == "declared-funds-sum"]
    assert d.severity is Severity.ERROR
    assert d.message == ("当年财政拨款、上年结转资金、其他资金合计 10.30 万元（上年结转资金、其他资金"
                         "没有填写，按 0 计），与年度资金总额的 12.30 万元不符：还差 2.00 万元，"
                         "请把它填在应属的一项（没有资金的项写 0），或改正年度资金总额")
    found = _national(tmp_path, '项目资金总额: {合计: "960.00", 财政资金: "960.00", 其他资金: 0}',
                      '项目资金总额: {合计: "960.00", 财政资金: "20"}')
    (d,) = [d for d in found if d.rule == "declared-funds-sum"]
    assert d.label == "中期资金总额" and d.field == "申报.项目资金.项目资金总额.合计"
    assert d.message.startswith("财政拨款、其他资金合计 20.00 万元（其他资金没有填写，按 0 计），"
                                "与中期资金总额的 960.00 万元不符：还差 940.00 万元"), d.message
    # lines written above the 合计: no amount is missing, the blank one is still said
    found = _national(tmp_path, '当年财政拨款: "300.00", 上年结转资金: 0, 其他资金: 0}',
                      '当年财政拨款: "200.00", 上年结转资金: "110"}')
    (d,) = [d for d in found if d.rule == "declared-funds-sum"]
    assert d.message == ("当年财政拨款、上年结转资金、其他资金合计 310.00 万元（其他资金没有填写，"
                         "按 0 计），与年度资金总额的 300.00 万元不符")


def test_declared_lines_blank_or_adding_up_are_quiet(tmp_path: Path) -> None:
    """Only a 合计 (not itemised), or written lines that add up with the rest blank."""
    for new in ('{合计: "300.00"}', '{合计: "300.00", 当年财政拨款: "300.00"}',
                '{合计: "300.00", 当年财政拨款: "200", 其他资金: "100"}'):
        found = _national(tmp_path, '{合计: "300.00", 当年财政拨款: "300.00", 上年结转资金: 0, '
                          '其他资金: 0}', new)
        assert [d for d in found if d.severity is Severity.ERROR] == [], new
    found = _national(tmp_path, '{合计: "960.00", 财政资金: "960.00", 其他资金: 0}',
                      '{合计: "960.00"}')
    assert [d for d in found if d.severity is Severity.ERROR] == []

"""Figures as the form prints them (tester4 findings 1, 5 and 8).

1. Amounts typed in 元 on a form printed in 万元 are rounded each on its own: the 其中 rows
   printed 116.30 + 0.00 + 8.42 = 124.72 under a 年度资金总额 of 124.73, without a word, and
   ``perfdocs check`` then called perfdocs' own form wrong (rc 1). ``validate`` now warns
   (naming the rows and the printed figures), a rate that the printed amounts do not give
   is a note, and ``check`` calls a 其中 mismatch within the printed places' rounding a
   warning that may be rounding (rc 0); a larger one stays an error.
5. A steps layout scoring the exact rate: 79.996 % printed 80.00 % and scored the lower
   step, silently.
8. 「≥0.9」 for a 满意度 and 「=1」 for a 合格率 in the 申报 part passed silently; 「90%」 with
   no comparator printed so without a word on how it is scored.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from conftest import SMALL_PROJECT, invoke, line_holding

from perfdocs.engine.pipeline import prepare
from perfdocs.errors import Severity
from perfdocs.loading.settings import Settings

YUAN_FUNDS = """\
    年度资金总额: {年初预算数: "1,312,800.00", 全年预算数: "1,312,800.00", 全年执行数: "1,247,298.00"}
    当年财政拨款: {年初预算数: "1,212,800.00", 全年预算数: "1,212,800.00", 全年执行数: "1,163,049.00"}
    上年结转资金: {年初预算数: 0, 全年预算数: 0, 全年执行数: 0}
    其他资金: {年初预算数: "100,000.00", 全年预算数: "100,000.00", 全年执行数: "84,249.00"}
"""
"""tester4's rsum/foot.yaml: 1,163,049 + 84,249 = 1,247,298 元 exactly; printed in 万元
116.30 + 0.00 + 8.42 = 124.72 against 124.73."""
WAN_FUNDS = SMALL_PROJECT[SMALL_PROJECT.index("    年度资金总额"):
                          SMALL_PROJECT.index("  年度总体目标")]


def _yuan(funds: str = YUAN_FUNDS) -> str:
    return SMALL_PROJECT.replace(WAN_FUNDS, funds).replace("金额单位: 万元", "金额单位: 元")


def _findings(path: Path, rule: str) -> list[Any]:
    return [d for d in prepare(path, Settings()).diagnostics if d.rule == rule]


def test_yuan_rows_that_do_not_foot_in_wan_are_named(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(_yuan(), encoding="utf-8")
    (d,) = _findings(path, "funds-sum-printed")
    assert d.severity is Severity.WARNING
    assert d.line == line_holding(path, "年度资金总额:")
    assert d.field == "自评.项目资金.年度资金总额.全年执行数" and d.label == "全年执行数"
    assert ("表上印的其中各行全年执行数（当年财政拨款 116.30、上年结转资金 0.00、其他资金 8.42）"
            "合计 124.72 万元，与年度资金总额印的 124.73 万元差 0.01 万元：金额按元填写，表上按万元"
            "逐项四舍五入到 2 位小数所致") in d.message
    # the way out: the column in 万元, one row settled by the difference (the one rounded
    # furthest down: 116.3049 → 116.30)
    assert "把其中一行调整 0.01 万元" in d.message
    # typed as the clerk types it: 116.31 alone in a 元 file would read as 116.31 元
    assert "当年财政拨款写 116.31万元）" in d.message
    assert "这一栏的各个金额（合计和其中各行" in d.message


def test_the_same_amounts_in_wan_are_quiet(tmp_path: Path) -> None:
    """Typed in the form's unit, the figures print as typed: nothing to say (data/ too)."""
    wan = """\
    年度资金总额: {年初预算数: "131.28", 全年预算数: "131.28", 全年执行数: "124.73"}
    当年财政拨款: {年初预算数: "121.28", 全年预算数: "121.28", 全年执行数: "116.31"}
    上年结转资金: {年初预算数: 0, 全年预算数: 0, 全年执行数: 0}
    其他资金: {年初预算数: "10.00", 全年预算数: "10.00", 全年执行数: "8.42"}
"""
    path = tmp_path / "p.yaml"
    path.write_text(SMALL_PROJECT.replace(WAN_FUNDS, wan), encoding="utf-8")
    found = prepare(path, Settings()).diagnostics
    assert not [d for d in found if d.rule in ("funds-sum-printed", "rate-printed-amounts")]
    assert [d for d in found if d.severity is not Severity.NOTE] == []


def test_a_rate_the_printed_amounts_do_not_give_is_a_note(tmp_path: Path) -> None:
    """tester4 1(d): 4,960 of 5,000 元 prints 0.50 of 0.50 万元 beside 99.20 %."""
    funds = YUAN_FUNDS.replace('"1,312,800.00", 全年预算数: "1,312,800.00"',
                               '"1,217,800.00", 全年预算数: "1,217,800.00"') \
        .replace('"1,247,298.00"', '"1,168,009.00"') \
        .replace('{年初预算数: "100,000.00", 全年预算数: "100,000.00", 全年执行数: "84,249.00"}',
                 '{年初预算数: "5,000.00", 全年预算数: "5,000.00", 全年执行数: "4,960.00"}')
    path = tmp_path / "p.yaml"
    path.write_text(_yuan(funds), encoding="utf-8")
    (d,) = _findings(path, "rate-printed-amounts")
    assert d.severity is Severity.NOTE
    assert "其他资金 0.50÷0.50 得 100.00%，表上印 99.20%（4,960.00 元÷5,000.00 元）" in d.message
    assert "执行率按所填金额计算，无误" in d.message


def _check_rendered(tmp_path: Path, text: str) -> tuple[int, str, Path]:
    pytest.importorskip("openpyxl")
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    code, output = invoke("render", str(path), "--form", "自评表", "-f", "xlsx", "-o", str(out))
    assert code == 0, output
    (xlsx,) = out.rglob("*自评表.xlsx")
    code, output = invoke("check", str(xlsx))
    return code, output, xlsx


def test_check_passes_perfdocs_own_form_with_a_rounding_warning(tmp_path: Path) -> None:
    code, output, _xlsx = _check_rendered(tmp_path, _yuan())
    assert code == 0, output
    assert "警告" in output and "错误" not in output
    assert "全年执行数合计 124.72 万元，与年度资金总额的 124.73 万元不符：相差 0.01 万元，在逐项舍入" \
           "可能造成的范围内（表上金额以万元印到 2 位小数，这 4 个数各自舍入，相加最多可差 " \
           "0.01 万元）" in output
    assert "可能只是舍入" in output and "未发现问题（1 个警告可能只是舍入）" in output


def test_check_keeps_a_larger_mismatch_an_error(tmp_path: Path) -> None:
    import openpyxl

    _code, _output, xlsx = _check_rendered(tmp_path, _yuan())
    book = openpyxl.load_workbook(xlsx)
    sheet = book.active
    assert sheet is not None
    cell = next(c for row in sheet.iter_rows() for c in row if c.value == 8.42)
    cell.value = 8.37  # a slip of 0.05 万元: no rounding of 4 figures gives that
    book.save(xlsx)
    code, output = invoke("check", str(xlsx))
    assert code == 1, output
    assert "错误" in output and "全年执行数合计 124.67 万元，与年度资金总额的 124.73 万元不符" in output
    assert "可能只是舍入" not in output


STEPS = """\
extends = "national-2020"
[forms."自评表".scoring]
execution_weight = 20
execution_rule = "steps"
execution_from = "{basis}"
[[forms."自评表".scoring.execution_steps]]
min = 100
score = 20
[[forms."自评表".scoring.execution_steps]]
min = 80
score = 14
[[forms."自评表".scoring.execution_steps]]
min = 60
score = 10
"""


def _steps_project(tmp_path: Path, basis: str) -> Path:
    folder = tmp_path / f"steps-{basis}"
    folder.mkdir()
    (folder / "layout.toml").write_text(STEPS.format(basis=basis), encoding="utf-8")
    # 分值 20 + 20 + 30 + 10 = 80 beside the layout's 执行率 20; 799,960 of 1,000,000 元:
    # 79.996 %, printed 80.00 %
    funds = """\
    年度资金总额: {年初预算数: "1,000,000.00", 全年预算数: "1,000,000.00", 全年执行数: "799,960.00"}
    当年财政拨款: {年初预算数: "1,000,000.00", 全年预算数: "1,000,000.00", 全年执行数: "799,960.00"}
    上年结转资金: {年初预算数: 0, 全年预算数: 0, 全年执行数: 0}
    其他资金: {年初预算数: 0, 全年预算数: 0, 全年执行数: 0}
"""
    text = _yuan(funds).replace("分值: 30\n", "分值: 20\n", 1).replace(
        "金额单位: 元", f"金额单位: 元\n版式: {folder}")
    path = tmp_path / f"{basis}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_steps_from_the_exact_rate_across_a_step_warn(tmp_path: Path) -> None:
    path = _steps_project(tmp_path, "exact")
    prepared = prepare(path, Settings())
    assert prepared.result is not None
    assert prepared.result.execution_rate == 80 and prepared.result.execution_score == 10
    (d,) = [d for d in prepared.diagnostics if d.rule == "steps-exact-rate"]
    assert d.severity is Severity.WARNING and d.line == line_holding(path, "年度资金总额:")
    assert ("执行率 79.996% 表上印作 80.00%，本版式按未舍入的执行率分档（[forms.\"自评表\".scoring] "
            "execution_from = \"exact\"），执行率得分为 10.00；按印出的 80.00% 应得 14.00") in d.message
    assert 'execution_from = "printed"' in d.message


def test_steps_from_the_printed_rate_are_quiet(tmp_path: Path) -> None:
    prepared = prepare(_steps_project(tmp_path, "printed"), Settings())
    assert prepared.result is not None and prepared.result.execution_score == 14
    assert not [d for d in prepared.diagnostics if d.rule == "steps-exact-rate"]


DECLARED = """\
申报:
  项目性质: 延续项目
  项目类别: 专项业务费
  计划开始日期: 2024-01-01
  计划完成日期: 2024-12-31
  项目资金:
    年度资金申请总额: {合计: "100.00", 当年财政拨款: "100.00", 上年结转资金: 0, 其他资金: 0}
  年度总体目标: 完成年度培训任务。
  绩效指标:
    产出指标:
      数量指标:
        - {三级指标: 培训人数, 年度指标值: "≥100(人)"}
      质量指标:
        - {三级指标: 培训合格率, 年度指标值: "=1"}
        - {三级指标: 安全事故发生率, 年度指标值: "≤0.5"}
        - {三级指标: 培训完成率, 年度指标值: "100%"}
    效益指标:
      社会效益指标:
        - {三级指标: 就业增长率, 年度指标值: "≥0.5"}
    满意度指标:
      服务对象满意度指标:
        - {三级指标: 学员满意度, 年度指标值: "≥0.9"}
        - {三级指标: 用人单位满意度, 年度指标值: "90%"}
"""


def test_declared_fractions_and_bare_percentages(tmp_path: Path) -> None:
    text = SMALL_PROJECT[:SMALL_PROJECT.index("自评:")] + DECLARED
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    found = prepare(path, Settings()).diagnostics
    fractions = [d for d in found if d.rule == "target-fraction-for-percent"]
    assert [(d.severity, d.line, d.label) for d in fractions] == [
        (Severity.WARNING, line_holding(path, "培训合格率"), "年度指标值"),
        (Severity.WARNING, line_holding(path, "学员满意度"), "年度指标值")]
    assert fractions[0].field == "申报.绩效指标.产出指标.质量指标[1].年度指标值"
    assert "「培训合格率」年度指标值 =1 没有单位，指标名称表明是比率：是否应为 =100%？" \
        in fractions[0].message
    assert "「学员满意度」年度指标值 ≥0.9 没有单位，指标名称表明是比率：是否应为 ≥90%？" \
        in fractions[1].message
    # how the scorer reads it: a 实际完成值 in % is compared in the target's unit
    assert "实际完成值（如 85%）会按 85 与 0.9 比较而算作达到" in fractions[1].message
    (note,) = [d for d in found if d.rule == "target-without-comparator"]
    assert note.severity is Severity.NOTE and note.line == line_holding(path, "用人单位满意度")
    assert "评分时按「≥90%」计，实际完成值达到 90% 得满分，不足时按 实际完成值 ÷ 90% × 分值 计分" \
        in note.message
    # 事故率 ≤0.5 (small shares are real), 增长率 ≥0.5 (growth) and 100% (one reading): quiet
    assert len(found) == 3, [d.message for d in found]


def test_the_scorer_reads_a_bare_target_as_the_note_says(tmp_path: Path) -> None:
    """The 提示's claims, checked against the calculator: 90% scores as ≥90%, and 85% against
    a bare 0.9 counts as reached."""
    from perfdocs.compute.calculate import suggest
    from perfdocs.layouts.layout import load_layout, selfeval_form
    from perfdocs.model.targets import parse_measure

    form = selfeval_form(load_layout("national-2020"))
    assert form is not None
    ten = Decimal(10)

    def score(target: str, actual: str) -> Decimal | None:
        return suggest(parse_measure(target), parse_measure(actual), ten, form.scoring)[0]

    assert score("90%", "95%") == score("≥90%", "95%") == ten
    assert score("90%", "81%") == score("≥90%", "81%") == Decimal(9)
    assert score("≥0.9", "85%") == ten


def test_evaluation_only_target_without_actual(tmp_path: Path) -> None:
    """In the 自评 part the target is asked about where no 实际完成值 says its unit."""
    text = SMALL_PROJECT.replace('          年度指标值: "≥90%"\n          实际完成值: "95%"\n',
                                 '          年度指标值: "≥0.9"\n          实际完成值: "0.95"\n')
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    (d,) = _findings(path, "target-fraction-for-percent")
    assert d.field == "自评.绩效指标.满意度指标.服务对象满意度指标[1].年度指标值"
    assert "「学员满意度」年度指标值 ≥0.9 没有单位" in d.message



def test_the_form_read_back_says_how_to_settle_it(tmp_path: Path) -> None:
    """tester4 1(c): the returned form read back (``import``) holds the printed 万元 figures,
    which do not add up by 0.01. ``validate`` keeps the error (a form printed from them would
    not foot) and says what to do; ``check`` of that file says the same, an error (tester5
    N13: it passed a file ``render`` refuses), while ``check`` of the form itself warns."""
    _code, _output, xlsx = _check_rendered(tmp_path, _yuan())
    back = tmp_path / "back.yaml"
    code, output = invoke("import", str(xlsx), "-o", str(back))
    assert code == 0, output
    code, output = invoke("validate", str(back))
    assert code == 1
    assert ("全年执行数合计 124.72 万元，与年度资金总额的 124.73 万元不符；相差 0.01 万元，在这 4 个数"
            "按所写小数位舍入的范围内") in output
    settle = '请把其中一行调增 0.01 万元（如当年财政拨款的全年执行数写 "116.31"'
    assert settle in output, output
    code, output = invoke("check", str(back))
    assert code == 1, output
    assert "可能只是舍入" not in output and settle in output


def test_a_column_mixing_yuan_and_wan_is_told_an_amount_one_can_type(tmp_path: Path) -> None:
    """tester5 N3: the total typed "124.73万元", the rows in 元 (1,247,298 元 in all): 2 元
    apart. The advice names 2.00 元 for a row written in 元 to the cent — not 「0.0002 万元」 —
    and says the column mixes units; the total (in 万元, two places) cannot take 2 元, and
    上年结转资金 (0) is not offered. Following it, the file validates and the form foots."""
    funds = YUAN_FUNDS.replace('全年执行数: "1,247,298.00"', '全年执行数: "124.73万元"')
    path = tmp_path / "p.yaml"
    path.write_text(_yuan(funds), encoding="utf-8")
    code, output = invoke("validate", str(path))
    assert code == 1
    assert "0.0002 万元，或" not in output and "调整 0.0002" not in output, output
    assert "这一栏的金额有的按元、有的按万元填写" in output
    assert ('请把其中一行调增 2.00 元（如当年财政拨款的全年执行数写 "1,163,051.00"，'
            '或其他资金的全年执行数写 "84,251.00"），或按原始金额填写') in output, output
    assert "上年结转资金的全年执行数写" not in output
    path.write_text(_yuan(funds.replace('"1,163,049.00"', '"1,163,051.00"')), encoding="utf-8")
    code, output = invoke("validate", str(path))
    assert code == 0 and "警告" not in output, output


def test_when_no_row_can_take_the_gap_the_total_is_offered(tmp_path: Path) -> None:
    """Every 其中 row in 万元 to two places, the total in 元: 2 元 apart. Only the total, in
    元 to the cent, can take 2 元: it is the one offered, as typed."""
    funds = YUAN_FUNDS.replace('"1,163,049.00"', '"116.30万元"').replace(
        '全年执行数: "84,249.00"', '全年执行数: "8.43万元"').replace(
        '"1,247,298.00"', '"1,247,302.00"')
    path = tmp_path / "p.yaml"
    path.write_text(_yuan(funds), encoding="utf-8")
    code, output = invoke("validate", str(path))
    assert code == 1
    assert ('请把年度资金总额的全年执行数调减 2.00 元（如年度资金总额的全年执行数写 '
            '"1,247,300.00"）') in output, output


def test_a_real_slip_in_wan_gets_no_rounding_hint(tmp_path: Path) -> None:
    """A 其中 sum off by more than its figures' rounding: the plain error, no hint."""
    wan = WAN_FUNDS.replace('当年财政拨款: {年初预算数: "100.00", 全年预算数: "80.00", 全年执行数: "79.00"}',
                            '当年财政拨款: {年初预算数: "100.00", 全年预算数: "80.00", 全年执行数: "78.97"}')
    path = tmp_path / "p.yaml"
    path.write_text(SMALL_PROJECT.replace(WAN_FUNDS, wan), encoding="utf-8")
    code, output = invoke("validate", str(path))
    assert code == 1
    assert "全年执行数合计 78.97 万元，与年度资金总额的 79.00 万元不符\n" in output


def test_declared_yuan_lines_that_do_not_foot_in_wan(tmp_path: Path) -> None:
    """The 申报表 rounds each 元 amount too: 1,163,049 + 0 + 84,249 = 1,247,298 元 print as
    116.30 + 0.00 + 8.42 under a 合计 of 124.73 万元."""
    declared = DECLARED.replace(
        '{合计: "100.00", 当年财政拨款: "100.00", 上年结转资金: 0, 其他资金: 0}',
        '{合计: "1,247,298.00", 当年财政拨款: "1,163,049.00", 上年结转资金: 0, '
        '其他资金: "84,249.00"}')
    text = SMALL_PROJECT[:SMALL_PROJECT.index("自评:")].replace(
        "金额单位: 万元", "金额单位: 元\n版式: national-2020") + declared
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    (d,) = _findings(path, "declared-funds-printed")
    assert d.severity is Severity.WARNING and d.line == line_holding(path, "年度资金申请总额:")
    assert ("申报表上印的年度资金总额其中各项（当年财政拨款 116.30、上年结转资金 0.00、其他资金 8.42）"
            "合计 124.72 万元，与印的合计 124.73 万元差 0.01 万元：金额按元填写") in d.message
    # in 万元 as typed: nothing to say
    path.write_text(SMALL_PROJECT[:SMALL_PROJECT.index("自评:")].replace(
        "金额单位: 万元", "金额单位: 万元\n版式: national-2020") + DECLARED, encoding="utf-8")
    assert not _findings(path, "declared-funds-printed")


def test_declared_yuan_lines_written_in_part_that_do_not_foot_in_wan(tmp_path: Path) -> None:
    """tester6 #5: a group written in part is added up with its blank line as 0 (printed
    blank), so the printed figures are checked too: 1,163,049 + 84,249 元 print as
    116.30 + 8.42 under 124.73 万元, 上年结转资金 blank."""
    declared = DECLARED.replace(
        '{合计: "100.00", 当年财政拨款: "100.00", 上年结转资金: 0, 其他资金: 0}',
        '{合计: "1,247,298.00", 当年财政拨款: "1,163,049.00", 其他资金: "84,249.00"}')
    text = SMALL_PROJECT[:SMALL_PROJECT.index("自评:")].replace(
        "金额单位: 万元", "金额单位: 元\n版式: national-2020") + declared
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    assert not _findings(path, "declared-funds-sum")
    (d,) = _findings(path, "declared-funds-printed")
    assert ("申报表上印的年度资金总额其中各项（当年财政拨款 116.30、其他资金 8.42）合计 124.72 万元，"
            "与印的合计 124.73 万元差 0.01 万元") in d.message, d.message


def test_original_rate_is_read_as_the_paper_form_prints_it(tmp_path: Path) -> None:
    """tester17 F2: 「自评.原表」's 执行率 written as the paper form prints it (``98.75%``,
    full-width ``98.75％``, unquoted) was refused 「不是数字」, an error that kept the file
    from rendering. It is read as the same Decimal; a figure elsewhere refused for its
    percent sign says to drop it."""
    from perfdocs.loading.project import load_project

    for typed in ('"98.75%"', "98.75%", '"98.75％"', "98.75"):
        path = tmp_path / "p.yaml"
        path.write_text(SMALL_PROJECT + f"  原表: {{执行率: {typed}, 总分: \"99.88\"}}\n",
                        encoding="utf-8")
        printed = load_project(path).project.evaluation.printed  # type: ignore[union-attr]
        assert printed is not None and printed.rate == Decimal("98.75"), typed
        assert str(printed.rate) == "98.75"
        code, output = invoke("validate", str(path))
        assert code == 0 and "原表" not in output, (typed, output)
    path.write_text(SMALL_PROJECT + '  原表: {执行率: "90%", 总分: "99%"}\n', encoding="utf-8")
    code, output = invoke("validate", str(path))
    assert code == 1
    assert "原表印的执行率是 90.00%，按规则应为 98.75%" in output
    assert "自评.原表.总分: 「99%」不是数字：这里只写数字，请去掉「%」" in output

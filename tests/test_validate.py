"""Validation rules: each fed a file that breaks it, each finding checked for file and line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from perfdocs.cli import main
from perfdocs.engine.pipeline import prepare
from perfdocs.errors import Severity, ValidationFailed
from perfdocs.loading.settings import Settings
from tests.conftest import DATA_2024, SMALL_PROJECT, without_notes


def findings(path: Path, *, strict: bool = False) -> list:
    try:
        return prepare(path, Settings(), strict=strict).diagnostics
    except ValidationFailed as exc:
        return exc.diagnostics


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(needle)


@pytest.mark.parametrize("name", sorted(p.name for p in DATA_2024.glob("*.yaml")))
def test_bundled_examples_are_clean(name: str) -> None:
    assert [d for d in findings(DATA_2024 / name) if d.severity is Severity.ERROR] == []


def test_small_project_is_clean(write_project) -> None:
    assert findings(write_project()) == []


def test_weights_not_adding_up(write_project) -> None:
    path = write_project(SMALL_PROJECT.replace("分值: 20", "分值: 25"))
    (d,) = findings(path)
    assert d.rule == "weights" and d.severity is Severity.ERROR
    assert "105" in d.message and "应为 100" in d.message
    assert d.line == line_of(path, "绩效指标:")


def test_score_above_weight(write_project) -> None:
    path = write_project(SMALL_PROJECT.replace("分值: 10\n", "分值: 10\n          得分: 12\n"))
    rules = {d.rule: d for d in findings(path)}
    assert "score-above-weight" in rules
    d = rules["score-above-weight"]
    assert d.line == line_of(path, "得分: 12") and d.label == "得分"
    assert d.field == "自评.绩效指标.满意度指标.服务对象满意度指标[1].得分"
    assert "得分 12 高于分值 10" in d.format()


def test_lost_point_without_reason(write_project) -> None:
    path = write_project(SMALL_PROJECT.replace('"120(人)"', '"90(人)"'))
    (d,) = findings(path)
    assert d.rule == "missing-reason" and d.severity is Severity.ERROR
    assert d.line == line_of(path, "三级指标: 培训人数")
    assert "偏差原因分析及改进措施" in d.message


def test_lost_point_with_reason_is_fine(write_project) -> None:
    text = SMALL_PROJECT.replace('"120(人)"', '"90(人)"\n          偏差原因分析及改进措施: 生源不足')
    assert findings(write_project(text)) == []


def test_sub_rows_not_adding_up(write_project) -> None:
    text = SMALL_PROJECT.replace(
        '其他资金: {年初预算数: 0, 全年预算数: 0, 全年执行数: 0}',
        '其他资金: {年初预算数: 0, 全年预算数: "5.00", 全年执行数: 0}')
    path = write_project(text)
    (d,) = findings(path)
    assert d.rule == "funds-sum" and "全年预算数" in d.message
    assert d.line == line_of(path, "年度资金总额:")


def test_executed_above_budget_is_a_warning(write_project) -> None:
    text = SMALL_PROJECT.replace('全年执行数: "79.00"', '全年执行数: "81.00"')
    path = write_project(text)
    found = findings(path)
    assert {d.rule for d in found} == {"executed-above-budget"}
    assert all(d.severity is Severity.WARNING for d in found)
    strict = findings(path, strict=True)
    assert strict and all(d.severity is Severity.ERROR for d in strict)


def test_zero_budget(write_project) -> None:
    text = SMALL_PROJECT.replace('全年预算数: "80.00", 全年执行数: "79.00"',
                                 '全年预算数: 0, 全年执行数: 0')
    path = write_project(text)
    rules = [d.rule for d in findings(path)]
    assert "zero-budget" in rules


def test_unknown_key_suggests_nearest(write_project) -> None:
    text = SMALL_PROJECT.replace("分值: 10\n", "分值: 10\n          偏差原因: 无\n")
    path = write_project(text)
    with pytest.raises(ValidationFailed) as info:
        prepare(path, Settings())
    (d,) = info.value.diagnostics
    assert "偏差原因分析及改进措施" in d.message
    assert d.line == line_of(path, "偏差原因: 无")


def test_score_outside_tier_is_a_warning(write_project) -> None:
    text = SMALL_PROJECT.replace("实际完成值: 达成指标\n          分值: 30",
                                 "实际完成值: 未达成指标且效果较差\n          分值: 30\n"
                                 "          得分: 25\n          偏差原因分析及改进措施: 效果一般")
    path = write_project(text)
    (d,) = findings(path)
    assert d.rule == "score-outside-tier" and d.severity is Severity.WARNING
    assert "0–18" in d.message


def test_undeterminable_score_is_an_error(write_project) -> None:
    text = SMALL_PROJECT.replace("实际完成值: 达成指标", "实际完成值: 较有提高")
    (d,) = findings(write_project(text))
    assert d.rule == "score-undetermined"


def test_a_blank_to_score_and_a_blank_weight_in_one_run(write_project) -> None:
    """An indicator with neither 实际完成值 nor 得分 and, on a later line, another without
    分值: both, each at its line, in one run (tester9 R12: the schema's blank 分值 hid the
    rule's blank 实际完成值 until the next run)."""
    text = SMALL_PROJECT.replace('          实际完成值: "120(人)"\n', "", 1).replace(
        '实际完成值: "100(%)"\n          分值: 20\n', '实际完成值: "100(%)"\n', 1)
    path = write_project(text)
    with pytest.raises(ValidationFailed) as info:
        prepare(path, Settings())
    found = [d for d in info.value.diagnostics if d.severity is Severity.ERROR]
    assert [(d.line, d.field, d.rule) for d in found] == [
        (line_of(path, "培训人数"), "自评.绩效指标.产出指标.数量指标[1].得分",
         "score-undetermined"),
        (line_of(path, "培训完成率"), "自评.绩效指标.产出指标.数量指标[2].分值",
         "schema:missing")]
    assert found[0].message.startswith("「培训人数」没有填写得分，实际完成值「（空）」")
    assert found[0].blank
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 1
    assert "培训人数」没有填写得分" in result.output and "分值: 缺少必填项" in result.output


def test_project_without_any_form(write_project) -> None:
    text = SMALL_PROJECT.split("自评:")[0]
    with pytest.raises(ValidationFailed) as info:
        prepare(write_project(text), Settings())
    (d,) = info.value.diagnostics
    assert "申报" in d.message and "自评" in d.message


def test_printed_figures_are_audited(write_project) -> None:
    # 79/80 → 98.75 → 9.88; all rule scores full → 99.88 优
    # 98.76 would be the rate of 790,050 / 799,950 元, amounts written as 79.00 / 80.00 万元
    text = SMALL_PROJECT.replace("  年度总体目标:", "  原表: {执行率: 98.80, 执行率得分: 9.88, 总分: 99, 评分等级: 优}\n  年度总体目标:")
    path = write_project(text)
    found = findings(path)
    assert [d.rule for d in found] == ["printed-mismatch", "printed-mismatch"]
    rate, total = found
    assert "98.8" in rate.message and "98.75" in rate.message and "全年执行数" in rate.message
    assert "总分是 99" in total.message and "99.88" in total.message
    assert rate.severity is Severity.WARNING and rate.line == line_of(path, "原表:")


# --- every rule as a preparer meets it, through the command line ---

FILE = "2025/x.yaml"
NEW = ["new", FILE, "--name", "测试项目", "--department", "某局", "--unit", "某中心",
       "--year", "2025"]
FAILED = "1 个文件有错误。"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str) -> tuple[int, list[str]]:
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.output
    return result.exit_code, without_notes(result.output).splitlines()


def _loose(text: str) -> str:
    """``text`` with the padding before each comment made two spaces: the writer aligns
    comments as it sees fit, the tests name lines by their content."""
    return re.sub(r"(?<=\S) +#", "  #", text)


def replace(path: Path, old: str, new: str, count: int = 1) -> None:
    text, old = _loose(path.read_text(encoding="utf-8")), _loose(old)
    assert text.count(old) >= count, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def lines_of(path: Path, fragment: str) -> list[int]:
    """The numbers of the lines holding ``fragment``, in order."""
    text = path.read_text(encoding="utf-8").split("\n")
    return [n for n, line in enumerate(text, start=1) if _loose(fragment) in _loose(line)]


def declared(workdir: Path) -> Path:
    """``perfdocs new``, then the 申报 part filled in the way a preparer fills it."""
    assert run(*NEW)[0] == 0
    path = workdir / FILE
    replace(path, '合计: "0.00"\n      财政资金: "0.00"',
            '合计: "3,000,000.00"\n      财政资金: "3,000,000.00"')
    replace(path, '合计: "0.00"\n      当年财政拨款: "0.00"',
            '合计: "1,250,000.00"\n      当年财政拨款: "1,250,000.00"')
    path.write_text(path.read_text(encoding="utf-8").replace("示例：", ""), encoding="utf-8")
    assert run("validate", FILE) == (0, [f"✓ {FILE}：校验通过"])
    return path


def evaluating(workdir: Path) -> Path:
    path = declared(workdir)
    assert run("evaluate-init", FILE)[0] == 0
    return path


def fill_indicators(path: Path) -> None:
    for actual, weight in (("120(人次)", 20), ("98(%)", 20), ("及时", 20), ("达成指标", 20),
                           ("95%", 10)):
        replace(path, '实际完成值: ""      # 填写', f'实际完成值: "{actual}"')
        replace(path, "分值:               # 填写本指标的分值", f"分值: {weight}")


def fill_total_row(path: Path) -> None:
    replace(path, "全年预算数:             # 填写", '全年预算数: "1,200,000.00"')
    replace(path, "全年执行数:             # 填写", '全年执行数: "1,188,000.00"')


# -- 1. every blank evaluate-init leaves is reported, in one run ------------------------------

AMOUNT = "不能为空：请填写金额，没有资金请写 0"
ACTUAL = "不能为空：请填写实际完成值，如 120(人次)、达成指标（表上此格本就空白时，删去这一项）"
ACHIEVED = "不能为空：请填写本年度实际完成的情况"
INDICATORS = ("产出指标.数量指标[1]", "产出指标.质量指标[1]", "产出指标.时效指标[1]",
              "效益指标.社会效益指标[1]", "满意度指标.服务对象满意度指标[1]")


def fund_blanks(path: Path, rows: tuple[str, ...]) -> list[str]:
    budgets = lines_of(path, "全年预算数:             # 填写")
    executed = lines_of(path, "全年执行数:             # 填写")
    found = []
    for row, budget, spent in zip(rows, budgets, executed, strict=True):
        found += [f"{FILE}:{budget}: 错误 自评.项目资金.{row}.全年预算数: {AMOUNT}",
                  f"{FILE}:{spent}: 错误 自评.项目资金.{row}.全年执行数: {AMOUNT}"]
    return found


def test_untouched_evaluation_reports_every_blank_at_once(workdir: Path) -> None:
    path = evaluating(workdir)
    expected = fund_blanks(path, ("年度资金总额", "当年财政拨款", "上年结转资金", "其他资金"))
    (achieved,) = lines_of(path, "实际完成情况:")
    expected.append(f"{FILE}:{achieved}: 错误 自评.年度总体目标.实际完成情况: {ACHIEVED}")
    actuals = lines_of(path, '实际完成值: ""')
    weights = lines_of(path, "分值:               # 填写本指标的分值")
    for where, actual, weight in zip(INDICATORS, actuals, weights, strict=True):
        expected += [f"{FILE}:{actual}: 错误 自评.绩效指标.{where}.实际完成值: {ACTUAL}",
                     f"{FILE}:{weight}: 错误 自评.绩效指标.{where}.分值: 不能为空：请填写分数"]
    assert run("validate", FILE) == (1, [*expected, FAILED])


def test_half_filled_evaluation_names_the_empty_boxes(workdir: Path) -> None:
    """The tester's file: only 年度资金总额, the 实际完成值 and the 分值 filled."""
    path = evaluating(workdir)
    fill_total_row(path)
    fill_indicators(path)
    expected = fund_blanks(path, ("当年财政拨款", "上年结转资金", "其他资金"))
    (achieved,) = lines_of(path, "实际完成情况:")
    expected.append(f"{FILE}:{achieved}: 错误 自评.年度总体目标.实际完成情况: {ACHIEVED}")
    assert run("validate", FILE) == (1, [*expected, FAILED])
    code, out = run("render", FILE, "--format", "xlsx")
    assert code == 1 and out[-2:] == [f"✗ {FILE}：未生成", "1 个文件未能生成。"]
    assert not (workdir / "output").exists()


def test_filled_evaluation_validates(workdir: Path) -> None:
    filled(workdir)  # every box evaluate-init left, filled in
    assert run("validate", "--strict", FILE) == (0, [f"✓ {FILE}：校验通过（1 个提示）"])


def test_left_out_boxes_are_the_forms_blanks(write_project, workdir: Path) -> None:
    """Real forms leave boxes blank (seed 002: the 其中 rows' 全年执行数; seed 003: an
    实际完成值): a key left out is such a box, not an error."""
    text = SMALL_PROJECT.replace(
        '上年结转资金: {年初预算数: 0, 全年预算数: 0, 全年执行数: 0}',
        '上年结转资金: {年初预算数: 0, 全年预算数: 0}').replace(
        "实际完成值: 达成指标\n          分值: 30", "分值: 30\n          得分: 30")
    path = write_project(text)
    assert run("validate", "--strict", str(path)) == (0, [f"✓ {path}：校验通过（1 个提示）"])


def test_sub_row_written_empty_does_not_add_up(write_project) -> None:
    path = write_project(SMALL_PROJECT.replace(
        "其他资金: {年初预算数: 0, 全年预算数: 0, 全年执行数: 0}", "其他资金:"))
    assert run("validate", str(path)) == (1, [
        f"{path}:11: 错误 自评.项目资金.其他资金: 其他资金一行没有填写，其中各行应合计为年度资金总额"
        "（年初预算数 100.00 万元、全年预算数 80.00 万元、全年执行数 79.00 万元）：请填写这一行的"
        "年初预算数、全年预算数、全年执行数（没有资金请写 0），或删去这一行", FAILED])


def test_missing_achievement_is_reported(write_project) -> None:
    path = write_project(SMALL_PROJECT.replace("    实际完成情况: 完成了年度培训任务。\n", ""))
    assert run("validate", str(path)) == (1, [
        f"{path}:12: 错误 自评.年度总体目标.实际完成情况: 缺少必填项", FAILED])


# -- 2. an untouched template does not validate ---------------------------------------------------

PLACEHOLDER = "是 perfdocs new 写入的示例文字，不能照此上报：请改成本项目的内容"


def test_untouched_template_is_refused(workdir: Path) -> None:
    assert run(*NEW)[0] == 0
    path = workdir / FILE
    (request,) = [n + 1 for n in lines_of(path, "年度资金申请总额:")]
    examples = [
        ("申报.项目总目标", "示例：通过项目实施，……"),
        ("申报.年度总体目标", "示例：完成年度培训任务，保障……工作顺利完成。"),
        ("申报.绩效指标.产出指标.数量指标[1].三级指标", "示例：培训人次"),
        ("申报.绩效指标.产出指标.质量指标[1].三级指标", "示例：培训合格率"),
        ("申报.绩效指标.产出指标.时效指标[1].三级指标", "示例：培训完成及时性"),
        ("申报.绩效指标.效益指标.社会效益指标[1].三级指标", "示例：对就业的促进作用"),
        ("申报.绩效指标.满意度指标.服务对象满意度指标[1].三级指标", "示例：学员满意度"),
    ]
    expected = [f"{FILE}:{request}: 错误 申报.项目资金.年度资金申请总额.合计（年度资金申请总额）: "
                "年度资金申请总额的合计为 0：请填写本年度申请的资金（当年财政拨款、上年结转资金、"
                "其他资金之和）"]
    for field, text in examples:
        key = field.rsplit(".", 1)[-1]
        line = lines_of(path, text)[0] - (1 if key in ("项目总目标", "年度总体目标") else 0)
        expected.append(f"{FILE}:{line}: 错误 {field}: 「{text}」{PLACEHOLDER}")
    assert run("validate", FILE) == (1, [*expected, FAILED])
    code, _ = run("render", FILE, "--format", "xlsx")
    assert code == 1 and not (workdir / "output").exists()


def test_example_copied_into_the_evaluation_is_reported_there_too(workdir: Path) -> None:
    path = declared(workdir)
    replace(path, "三级指标: 培训人次", "三级指标: 示例：培训人次")
    assert run("evaluate-init", FILE)[0] == 0
    fill_total_row(path)
    for value in ('"1,200,000.00"', '"1,188,000.00"'):
        key = "全年预算数" if value == '"1,200,000.00"' else "全年执行数"
        replace(path, f"{key}:             # 填写", f"{key}: {value}")
        replace(path, f"{key}:             # 填写", f"{key}: 0", count=2)
    replace(path, "实际完成情况:             # 填写本年度实际完成的情况", "实际完成情况: 完成了。")
    fill_indicators(path)
    declared_line, evaluated_line = lines_of(path, "三级指标: 示例：培训人次")
    assert run("validate", FILE) == (1, [
        f"{FILE}:{evaluated_line}: 错误 自评.绩效指标.产出指标.数量指标[1].三级指标: "
        f"「示例：培训人次」{PLACEHOLDER}",
        f"{FILE}:{declared_line}: 错误 申报.绩效指标.产出指标.数量指标[1].三级指标: "
        f"「示例：培训人次」{PLACEHOLDER}", FAILED])


# -- 3. amounts as the preparer typed them ---------------------------------------------------------

WORLD_SKILLS = DATA_2024 / "第48届世赛筹办场地经理跟岗学习经费.yaml"


def test_executed_above_budget_in_the_files_unit(workdir: Path) -> None:
    text = WORLD_SKILLS.read_text(encoding="utf-8")
    assert text.count('全年执行数: "501.35"}') == 2
    (workdir / "w.yaml").write_text(text.replace('全年执行数: "501.35"}', '全年执行数: "600"}'),
                                    encoding="utf-8")
    assert run("validate", "w.yaml") == (0, [
        "w.yaml:12: 警告 自评.项目资金.年度资金总额.全年执行数: 年度资金总额的全年执行数 600.00 万元"
        "高于全年预算数 541.15 万元",
        "w.yaml:13: 警告 自评.项目资金.当年财政拨款.全年执行数: 当年财政拨款的全年执行数 600.00 万元"
        "高于全年预算数 541.15 万元",
        "✓ w.yaml：校验通过（2 个警告，1 个提示）"])


def test_unit_read_from_the_settings_when_the_file_names_none(workdir: Path) -> None:
    (workdir / "perfdocs.toml").write_text('[input]\nunit = "万元"\n', encoding="utf-8")
    text = SMALL_PROJECT.replace("金额单位: 万元\n", "").replace(
        '全年执行数: "79.00"}\n    当年', '全年执行数: "81.00"}\n    当年')
    (workdir / "p.yaml").write_text(text.replace('79.00"}\n    上年', '81.00"}\n    上年'),
                                    encoding="utf-8")
    assert run("validate", "p.yaml") == (0, [
        "p.yaml:7: 警告 自评.项目资金.年度资金总额.全年执行数: 年度资金总额的全年执行数 81.00 万元"
        "高于全年预算数 80.00 万元",
        "p.yaml:8: 警告 自评.项目资金.当年财政拨款.全年执行数: 当年财政拨款的全年执行数 81.00 万元"
        "高于全年预算数 80.00 万元",
        "✓ p.yaml：校验通过（2 个警告，1 个提示）"])


def test_sub_rows_not_adding_up_in_a_yuan_file(write_project) -> None:
    text = SMALL_PROJECT.replace("金额单位: 万元", "金额单位: 元").replace(
        '当年财政拨款: {年初预算数: "100.00", 全年预算数: "80.00"',
        '当年财政拨款: {年初预算数: "100.00", 全年预算数: "1200000"')
    path = write_project(text)
    assert run("validate", str(path)) == (1, [
        f"{path}:8: 错误 自评.项目资金.年度资金总额.全年预算数: 当年财政拨款、上年结转资金、其他资金的"
        "全年预算数合计 1,200,000.00 元，与年度资金总额的 80.00 元不符",
        # the total row, typed in 万元 into a 元 file, prints as 0.01 万元 (issue 15)
        f"{path}:8: 警告 自评.项目资金.年度资金总额.年初预算数: 年度资金总额的年初预算数 100.00 元"
        "在自评表上印作 0.01 万元，不到 1 万元（这一部分其他金额同样如此）：本文件的金额单位是「元」，"
        "若金额是按万元填写的，请把金额单位改为「万元」（项目文件：在开头写「金额单位: 万元」；"
        "填写表：在「基本信息」表的金额单位格选「万元」）", FAILED])


def test_initial_budget_against_the_declaration_in_a_yuan_file(workdir: Path) -> None:
    path = evaluating(workdir)
    replace(path, '年初预算数: "1,250,000.00"', '年初预算数: "1,200,000"', count=2)
    fill_total_row(path)
    replace(path, "全年预算数:             # 填写", '全年预算数: "1,200,000.00"')
    replace(path, "全年执行数:             # 填写", '全年执行数: "1,188,000.00"')
    replace(path, "全年预算数:             # 填写", "全年预算数: 0", count=2)
    replace(path, "全年执行数:             # 填写", "全年执行数: 0", count=2)
    replace(path, "实际完成情况:             # 填写本年度实际完成的情况", "实际完成情况: 完成了。")
    fill_indicators(path)
    line = lines_of(path, '年初预算数: "1,200,000"')[0]
    assert run("validate", FILE) == (0, [
        f"{FILE}:{line}: 警告 自评.项目资金.年度资金总额.年初预算数: 自评的年度资金总额年初预算数 "
        "1,200,000.00 元，与申报的年度资金申请总额 1,250,000.00 元不符",
        f"✓ {FILE}：校验通过（1 个警告，1 个提示）"])


def test_declared_amounts_in_a_wan_yuan_file(write_project) -> None:
    text = SMALL_PROJECT.replace("自评:\n", """申报:
  项目类别: 特定目标类
  计划开始日期: 2024-01-01
  计划完成日期: 2024-12-31
  项目资金:
    项目资金总额: {合计: "90", 财政资金: "90"}
    年度资金申请总额: {合计: "100", 当年财政拨款: "90", 上年结转资金: 0, 其他资金: 0}
  年度总体目标: 完成年度培训任务。
  绩效指标:
    产出指标:
      数量指标:
        - {三级指标: 培训人数, 年度指标值: "≥100(人)"}
自评:
""", 1)
    path = write_project(text)
    code, out = run("validate", str(path))
    assert (code, out[:2]) == (1, [
        f"{path}:12: 错误 申报.项目资金.年度资金申请总额.合计（年度资金申请总额）: "
        "当年财政拨款、上年结转资金、其他资金合计 90.00 万元，与年度资金申请总额的 100.00 万元不符",
        f"{path}:12: 警告 申报.项目资金.年度资金申请总额.合计（年度资金申请总额）: "
        "年度资金申请总额 100.00 万元高于项目资金总额 90.00 万元"])


# -- 4. a target retyped with other formatting is the same target -------------------------------


def filled(workdir: Path) -> Path:
    path = evaluating(workdir)
    fill_total_row(path)
    replace(path, "全年预算数:             # 填写", '全年预算数: "1,200,000.00"')
    replace(path, "全年执行数:             # 填写", '全年执行数: "1,188,000.00"')
    replace(path, "全年预算数:             # 填写", "全年预算数: 0", count=2)
    replace(path, "全年执行数:             # 填写", "全年执行数: 0", count=2)
    replace(path, "实际完成情况:             # 填写本年度实际完成的情况", "实际完成情况: 完成了。")
    fill_indicators(path)
    return path


@pytest.mark.parametrize("typed", ["≥100.00(人次)", "≥ 100 (人次)", ">=100人次", "≥１００(人次)"])
def test_formatting_of_a_target_is_not_a_change(workdir: Path, typed: str) -> None:
    path = filled(workdir)
    evaluated = lines_of(path, '年度指标值: "≥100(人次)"')[1]
    text = path.read_text(encoding="utf-8").split("\n")
    text[evaluated - 1] = text[evaluated - 1].replace("≥100(人次)", typed)
    path.write_text("\n".join(text), encoding="utf-8")
    assert run("validate", "--strict", FILE) == (0, [f"✓ {FILE}：校验通过（1 个提示）"])


@pytest.mark.parametrize("typed", ["≥120(人次)", ">100(人次)", "≥100(人)", "=100(人次)", "100(人次)"])
def test_a_real_change_of_target_is_still_reported(workdir: Path, typed: str) -> None:
    path = filled(workdir)
    evaluated = lines_of(path, '年度指标值: "≥100(人次)"')[1]
    text = path.read_text(encoding="utf-8").split("\n")
    text[evaluated - 1] = text[evaluated - 1].replace("≥100(人次)", typed)
    path.write_text("\n".join(text), encoding="utf-8")
    code, out = run("validate", FILE)
    changed = (f"{FILE}:{evaluated}: 警告 自评.绩效指标.产出指标.数量指标[1].年度指标值: "
               f"「培训人次」的年度指标值在自评中是「{typed}」，申报的是「≥100(人次)」")
    if typed == "≥100(人)":
        # 人 and 人次 do not convert: the actual "120(人次)" cannot be scored against it
        # (issue 14), an error of its own beside the reported change
        assert code == 1 and changed in out
        assert any("的单位「人次」与年度指标值「≥100(人)」的单位「人」不同" in line for line in out)
        return
    assert code == 0
    assert out[0] == changed


def test_the_count_on_the_summary_line_is_of_the_notes_printed(tmp_path: Path) -> None:
    """（N 个提示） counts every 提示 line validate printed, the 自评报告's included; a file
    whose report paragraphs are written gets neither the note nor the count."""
    bare = tmp_path / "bare.yaml"
    bare.write_text(SMALL_PROJECT, encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(bare)])
    printed = [line for line in result.output.splitlines() if ": 提示 " in line]
    assert result.exit_code == 0 and len(printed) == 1, result.output
    assert result.output.splitlines()[-1] == f"✓ {bare}：校验通过（1 个提示）"
    written = tmp_path / "written.yaml"
    paragraphs = {"项目概况": "本项目为年度培训。", "资金使用情况": "按进度拨付。",
                  "绩效目标": "完成年度培训任务。", "偏差原因及改进措施": "无偏差。",
                  "自评结论": "总体完成。", "其他需要说明的问题": "无。"}
    report = "".join(f"    {key}: {text}\n" for key, text in paragraphs.items())
    report += "    实现情况:\n" + "".join(
        f"      {group}: 已完成。\n" for group in ("产出指标", "效益指标", "满意度指标"))
    written.write_text(SMALL_PROJECT + "  自评报告:\n" + report, encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(written)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [f"✓ {written}：校验通过"], result.output

"""check/import/diff of the 自评 packet's 项目绩效一览表 (tester7 D6): it was refused as
「工作簿里没有认得的绩效表」, as if broken. check says what it is and checks its sums and
执行率; import and diff say what it is and where the forms are."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from tests.conftest import DATA_2024
from tests.test_import_into import run

WHAT = "这是材料包的项目绩效一览表（perfdocs packet 按各项目文件汇总生成），不是绩效表"


def _overview(tmp_path: Path) -> Path:
    out = tmp_path / "pk"
    status, output = run("packet", *map(str, sorted(DATA_2024.glob("*.yaml"))), "--stage",
                         "自评", "-f", "xlsx", "--date", "2025-03-10", "--out", str(out))
    assert status == 0, output
    (book,) = out.rglob("*一览表.xlsx")
    return book


def test_check_says_what_the_overview_is_and_passes_perfdocs_own(tmp_path: Path) -> None:
    book = _overview(tmp_path)
    status, output = run("check", str(book))
    assert status == 0, output
    lines = output.splitlines()
    assert lines[0].startswith(f"{book}: 提示: {WHAT}")
    assert "各项目的自评表在材料包的「表格」文件夹中" in lines[0]
    assert lines[1] == (f"{book}: 提示: 各项目的总分和评分等级由各自的自评表算出，一览表上无法"
                        "核对：请 perfdocs check 材料包「表格」文件夹中的自评表")
    assert lines[2] == f"✓ {book}：未发现问题（2 个提示）"


def test_check_finds_a_changed_amount_that_no_longer_foots(tmp_path: Path) -> None:
    book = _overview(tmp_path)
    wb = load_workbook(book)
    ws = wb.active
    assert ws["K4"].value == "全年执行数\n（元）" and ws["A8"].value == "合计"
    ws["K5"] = ws["K5"].value + 50000          # a reviewer's 全年执行数, 合计 and 执行率 left
    ws["I7"] = 47                              # 指标合计 one short of 34 + 9 + 5
    edited = tmp_path / "退回.xlsx"
    wb.save(edited)
    status, output = run("check", str(edited))
    assert status == 1, output
    sheet = ws.title
    assert (f"{edited}: 警告 {sheet}!K8（全年执行数）: 合计行印的全年执行数是 85,821,300.00，"
            "各项目的全年执行数相加是 85,871,300.00") in output
    assert (f"{edited}: 警告 {sheet}!L5（执行率）: 印的执行率是 98.54，按这一行的全年执行数 "
            "4,344,600.00 ÷ 全年预算数 4,358,200.00 约为 99.69%") in output
    assert f"{edited}: 警告 {sheet}!I7（指标合计）: 印的指标合计是 47，产出指标、效益指标、" \
        "满意度指标相加是 48" in output
    assert f"{edited}: 警告 {sheet}!I8（指标合计）: 合计行印的指标合计是 81，各项目的指标合计相加是 80" \
        in output
    assert f"✗ {edited}：4 处问题（2 个提示）" in output


def test_import_and_diff_say_what_the_overview_is(tmp_path: Path) -> None:
    book = _overview(tmp_path)
    project = DATA_2024 / "技能评价业务经费.yaml"
    for command in (("import", str(book)), ("import", str(book), "--into", str(project)),
                    ("diff", str(project), str(book))):
        status, output = run(*command)
        assert status == 2, output
        assert f"{book}: 错误: {WHAT}：不能导入" in output, output
        assert "没有认得的绩效表" not in output

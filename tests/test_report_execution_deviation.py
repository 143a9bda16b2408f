"""The generated 偏差原因分析 paragraph names the 执行率's lost points (tester17 F8).

With every indicator at full marks and 60% of the budget spent, the 自评报告 said 「各项绩效
指标均得满分，无偏差需要说明」 beside 「执行率得分 6.00」 in its own section 四."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from perfdocs.engine.pipeline import prepare
from perfdocs.engine.reports import render_report
from perfdocs.forms.report.report import report_context
from perfdocs.loading.settings import Settings
from tests.conftest import SMALL_PROJECT

SETTINGS = Settings().dated(date(2025, 1, 15))
SPENT_79 = '全年预算数: "80.00", 全年执行数: "79.00"}'


def _deviations(tmp_path: Path, text: str) -> str:
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    return str(report_context(prepare(path, SETTINGS), SETTINGS)["text"]["deviations"])


def test_execution_loss_is_said_when_every_indicator_is_full(tmp_path: Path) -> None:
    spent = SMALL_PROJECT.replace(SPENT_79, '全年预算数: "80.00", 全年执行数: "48.00"}')
    said = _deviations(tmp_path, spent)
    assert said == ("预算执行率 60.00%，执行率得分 6.00 分（分值 10.00 分），扣 4.00 分；"
                    "各项绩效指标均得满分。")


def test_execution_loss_and_missed_indicators(tmp_path: Path) -> None:
    text = SMALL_PROJECT.replace(SPENT_79, '全年预算数: "80.00", 全年执行数: "48.00"}').replace(
        '实际完成值: "120(人)"', '实际完成值: "90(人)"\n          偏差原因分析及改进措施: 报名不足。')
    assert _deviations(tmp_path, text) == (
        "预算执行率 60.00%，执行率得分 6.00 分（分值 10.00 分），扣 4.00 分；"
        "另有 1 项指标未得满分，各项偏差原因及改进措施如下。")


def test_full_execution_score_keeps_the_old_sentence(tmp_path: Path) -> None:
    full = SMALL_PROJECT.replace(SPENT_79, '全年预算数: "80.00", 全年执行数: "80.00"}')
    assert _deviations(tmp_path, full) == "各项绩效指标均得满分，无偏差需要说明。"


def test_the_report_document_says_it(tmp_path: Path) -> None:
    import docx

    path = tmp_path / "p.yaml"
    path.write_text(SMALL_PROJECT.replace(SPENT_79, '全年预算数: "80.00", 全年执行数: "48.00"}'),
                    encoding="utf-8")
    ((kind, data),) = render_report(prepare(path, SETTINGS), SETTINGS, None, ("docx",))
    assert kind == "docx"
    document = tmp_path / "r.docx"
    document.write_bytes(data)
    paragraphs = [p.text for p in docx.Document(str(document)).paragraphs]
    assert "无偏差需要说明" not in "".join(paragraphs)
    assert any("执行率得分 6.00 分（分值 10.00 分），扣 4.00 分" in p for p in paragraphs)

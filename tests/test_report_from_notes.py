"""The 自评报告 uses what a clerk typed into the form's 说明栏 rows (tester4 #12): a layout's
goal_rows/note_rows name the report paragraph they stand in for (``report``), so Sichuan's
评价结论, 存在问题 and 改进措施 reach the report instead of sentences generated from the
figures; a paragraph written under 自评.自评报告 still wins."""

from __future__ import annotations

import io
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest

from perfdocs.engine.pipeline import prepare
from perfdocs.engine.reports import render_report
from perfdocs.forms.report.report import report_context
from perfdocs.loading.settings import Settings
from perfdocs.rules.report import report_notes
from tests.conftest import ROOT, need

SICHUAN = ROOT / "data" / "sichuan-2023" / "农村公路日常养护补助.yaml"
SETTINGS = Settings().dated(date(2024, 3, 1))
CONCLUSION = "项目总体完成年度目标，自评得分 98.4 分，等级为优。"
PROBLEMS = "汛期水毁路段修复滞后，优良路率未达目标。"
MEASURES = "建立汛前隐患排查台账，水毁路段纳入次年一季度优先修复计划。"
OVERVIEW = "年初分解养护任务到 12 个乡镇"


def test_sichuan_note_rows_stand_for_report_paragraphs() -> None:
    text = report_context(prepare(SICHUAN, SETTINGS), SETTINGS)["text"]
    assert isinstance(text, dict)
    assert text["conclusion"] == CONCLUSION
    # a later line of one paragraph starts at the body's two-character indent (tester5)
    assert text["deviations"] == f"存在问题：{PROBLEMS}\n\u3000\u3000改进措施：{MEASURES}"
    assert text["overview"].startswith(OVERVIEW)
    assert text["other"] == "无。"  # no row stands for it: generated as before


def test_a_written_paragraph_wins(tmp_path: Path) -> None:
    source = SICHUAN.read_text(encoding="utf-8")
    assert "  自评报告:" not in source
    path = tmp_path / SICHUAN.name
    path.write_text(source.replace("  说明栏:", "  自评报告:\n    自评结论: 本单位自己的结论。\n"
                                   "  说明栏:", 1), encoding="utf-8")
    text = report_context(prepare(path, SETTINGS), SETTINGS)["text"]
    assert isinstance(text, dict)
    assert text["conclusion"] == "本单位自己的结论。"
    assert text["deviations"].startswith("存在问题：")


def test_validate_note_no_longer_lists_what_the_form_gives() -> None:
    prepared = prepare(SICHUAN, SETTINGS)
    (note,) = report_notes(prepared.loaded, prepared.layout)
    listed = note.message.split("：", 1)[1].split("、")
    assert "自评结论" not in listed and "项目概况" not in listed
    assert "偏差原因及改进措施" not in listed
    assert "资金使用情况" in listed


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_report_files_print_the_clerks_words(fmt: str) -> None:
    from perfdocs.render.pdf.fonts import find_cjk_font

    prepared = prepare(SICHUAN, SETTINGS)
    (made,) = render_report(prepared, SETTINGS, find_cjk_font([]), formats=(fmt,))
    if fmt == "docx":
        from docx import Document

        printed = "".join(p.text for p in Document(io.BytesIO(made[1])).paragraphs)
    else:
        printed = subprocess.run([need("pdftotext"), "-", "-"], input=made[1], check=True,
                                 capture_output=True, timeout=60).stdout.decode("utf-8")
    flat = re.sub(r"\s", "", printed)
    for words in (CONCLUSION, PROBLEMS, MEASURES, OVERVIEW):
        assert re.sub(r"\s", "", words) in flat, words


def test_later_lines_of_a_paragraph_keep_the_indent() -> None:
    """「实际完成情况：…」 under 「项目年度总体目标：…」 printed at the margin (tester5 N15)."""
    from perfdocs.forms.report.report import _indented

    assert _indented("甲\n乙") == "甲\n\u3000\u3000乙"
    assert _indented("甲\n\u3000\u3000乙\n\n丙") == "甲\n\u3000\u3000乙\n\n\u3000\u3000丙"
    text = report_context(prepare(SICHUAN, SETTINGS), SETTINGS)["text"]
    assert isinstance(text, dict)
    assert "\n\u3000\u3000实际完成情况：" in text["goals"]

"""The 自评报告 says its counts as a person would, and its PDF never starts a line with
closing punctuation.

The tester read 「其中 0 项得满分，1 项未得满分」 and, in perfdocs' own PDF of the report, a
line starting 「，得分 5.95 分。」: reportlab's CJK wrapping knows the Japanese closing marks
but not the Chinese full-width ，；：？！.
"""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from perfdocs.engine.pipeline import prepare
from perfdocs.engine.reports import render_report
from perfdocs.forms.report.report import report_context
from perfdocs.loading.settings import Settings
from tests.conftest import ROOT, SMALL_PROJECT, need

SETTINGS = Settings().dated(date(2025, 1, 15))
CLOSING = "，。、；：？！）」』》〉】〕”’,.;:?!)]}%％…"
"""What no line may start with (the forms' cells keep the same rule)."""


def _font() -> Any:
    from perfdocs.render.pdf.fonts import find_cjk_font

    font = find_cjk_font(())
    if font.path is None:
        pytest.skip("no embeddable CJK font")
    return font


def missed(text: str, actual: str, score: str) -> str:
    """SMALL_PROJECT with 培训人数 (≥100, 分值 30) reaching ``actual`` and scored ``score``."""
    return text.replace('实际完成值: "120(人)"\n          分值: 30',
                        f'实际完成值: "{actual}(人)"\n          分值: 30\n          得分: {score}\n'
                        "          偏差原因分析及改进措施: 报名人数不足")


def group_texts(write_project: Any, text: str) -> dict[str, str]:
    prepared = prepare(write_project(text), SETTINGS)
    groups: Any = report_context(prepared, SETTINGS)["groups"]
    return {g["name"]: g["text"] for g in groups}


def test_counts_of_full_marks_read_naturally(write_project: Any) -> None:
    texts = group_texts(write_project, SMALL_PROJECT)
    assert texts["产出指标"] == "产出指标共 2 项，分值 50.00 分，得分 50.00 分；全部 2 项均得满分。"
    assert texts["效益指标"] == "效益指标共 1 项，分值 30.00 分，得分 30.00 分；该项得满分。"
    texts = group_texts(write_project, missed(SMALL_PROJECT, "80", "24"))
    assert texts["产出指标"] == ("产出指标共 2 项，分值 50.00 分，得分 44.00 分；其中 1 项得满分，"
                             "1 项未得满分。")
    both = missed(SMALL_PROJECT, "80", "24").replace(
        '实际完成值: "100(%)"\n          分值: 20',
        '实际完成值: "90(%)"\n          分值: 20\n          得分: 18\n'
        "          偏差原因分析及改进措施: 个别学员缺课")
    texts = group_texts(write_project, both)
    assert texts["产出指标"] == "产出指标共 2 项，分值 50.00 分，得分 42.00 分；全部 2 项均未得满分。"
    only = SMALL_PROJECT.replace(
        '实际完成值: "95%"\n          分值: 10',
        '实际完成值: "85%"\n          分值: 10\n          得分: 9.44\n'
        "          偏差原因分析及改进措施: 课程安排偏紧")
    texts = group_texts(write_project, only)
    assert texts["满意度指标"] == "满意度指标共 1 项，分值 10.00 分，得分 9.44 分；该项未得满分。"
    assert not [t for t in texts.values() if re.search(r"(?<![\d.])0 项", t)]


def test_no_line_starts_with_closing_punctuation_at_any_width() -> None:
    from perfdocs.render.pdf.fonts import register
    from perfdocs.render.pdf.report import _break

    font = register(_font())
    text = ("产出指标共 1 项，分值 10.00 分，得分 5.95 分。评分等级为「良」，预算执行率 95.01%；"
            "见《办法》：未达成的，扣 0.38 分）。\n实际完成情况：完成了 12350 平方米（含「附属」）。")
    seen = set()
    for width in range(30, 400, 2):
        lines, hard = _break(text, [width * 0.9, float(width)], font, 12)
        seen.add(len(lines))
        starts = [line[:1] for _, line in lines[1:]]
        assert not [s for s in starts if s in CLOSING], (width, [line for _, line in lines])
        assert not [line for _, line in lines if line[-1:] in "（「《“"], width
        rebuilt = "".join(line + ("\n" if h else "") for (_, line), h in zip(lines, hard, strict=True))
        assert rebuilt == text
        assert "5.95" in "\n".join(line for _, line in lines)  # a figure is never cut
    assert len(seen) > 10  # the widths really broke the text in many ways


def test_report_pdf_lines_never_start_with_closing_punctuation(tmp_path: Path) -> None:
    """Seed 中小学校舍维修改造 (2022): main printed 「，得分 7.00 分。」 on a line of its own."""
    pdftotext = need("pdftotext")
    prepared = prepare(ROOT / "data" / "steps-2022" / "中小学校舍维修改造.yaml", SETTINGS)
    pdf = dict(render_report(prepared, SETTINGS, _font()))["pdf"]
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    text = subprocess.run([pdftotext, "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert len(lines) > 40
    assert not [line for line in lines if line[0] in CLOSING]
    assert "预算执行率分值 10.00" in text.replace("\n", "")
    assert "得分 7.00 分。" in text


def test_a_paragraph_carried_onto_the_next_page_keeps_its_line_breaks(
        write_project: Any, tmp_path: Path) -> None:
    pdftotext = need("pdftotext")
    body = "\n".join(f"      第{i}段：资金拨付及时，「培训」工作有序开展，学员满意度较高；部分课程"
                     "安排偏紧（已调整），次年继续改进。" for i in range(1, 60))
    text = SMALL_PROJECT.replace("自评:\n", "自评:\n  自评报告:\n    其他需要说明的问题: |\n"
                                 + body + "\n", 1)
    prepared = prepare(write_project(text), SETTINGS)
    path = tmp_path / "r.pdf"
    path.write_bytes(dict(render_report(prepared, SETTINGS, _font()))["pdf"])
    printed = subprocess.run([pdftotext, "-layout", str(path), "-"], capture_output=True,
                             text=True, check=True).stdout
    assert printed.count("\f") >= 3  # the paragraph runs over pages
    starts = [m for line in printed.splitlines() if (m := re.match(r"\s*第(\d+)段", line))]
    assert [int(m[1]) for m in starts] == list(range(1, 60))  # each Word line break kept
    assert not [line for line in printed.splitlines() if line.strip()[:1] in CLOSING
                and line.strip()]

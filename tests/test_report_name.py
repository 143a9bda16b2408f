"""A unit's own 自评报告 template that writes ``{{ project.name }}项目支出绩效自评报告`` doubles
项目 for a name ending in 项目 (「基本公共卫生服务项目项目…」; the built-in template writes
``{{ title }}``). The template has ``project.short_name`` to write instead, and ``report``
and ``packet`` say so (a warning naming the fix) whenever a filled report doubles it.
"""

from __future__ import annotations

import io
import shutil
from datetime import date
from pathlib import Path

from perfdocs.engine.pipeline import prepare
from perfdocs.engine.reports import render_report
from perfdocs.errors import Diagnostic
from perfdocs.loading.settings import Settings
from tests.conftest import DATA_2024, ROOT, invoke

SKILLS = DATA_2024 / "技能评价业务经费.yaml"
SETTINGS = Settings().dated(date(2025, 1, 15))


def _layout(tmp_path: Path, first_line: str) -> Path:
    """shanghai-2024 with its report's title line replaced by ``first_line``."""
    from docx import Document

    layout = tmp_path / "mine"
    shutil.copytree(ROOT / "templates" / "shanghai-2024", layout)
    template = layout / "自评报告.docx"
    doc = Document(str(template))
    doc.paragraphs[0].runs[0].text = first_line
    doc.save(str(template))
    return layout


def _named(tmp_path: Path, name: str) -> Path:
    copy = tmp_path / "p.yaml"
    text = SKILLS.read_text(encoding="utf-8")
    copy.write_text(text.replace("技能评价业务工作经费", name), encoding="utf-8")
    return copy


def _title(docx: bytes) -> str:
    from docx import Document

    return str(Document(io.BytesIO(docx)).paragraphs[0].text)


def test_short_name_does_not_double_and_the_doubling_is_warned(tmp_path: Path) -> None:
    project = _named(tmp_path, "技能评价服务项目")
    doubling = _layout(tmp_path / "a", "{{ project.name }}项目支出绩效自评报告")
    warned: list[Diagnostic] = []
    made = dict(render_report(prepare(project, SETTINGS, layout_name=str(doubling)),
                              SETTINGS, None, ("docx",), warnings=warned))
    assert _title(made["docx"]) == "技能评价服务项目项目支出绩效自评报告"
    assert len(warned) == 1 and warned[0].rule == "report-doubled-name"
    assert "技能评价服务项目项目支出" in warned[0].message
    assert "{{ project.short_name }}项目" in warned[0].message
    assert warned[0].file == str(project) and warned[0].line is not None

    short = _layout(tmp_path / "b", "{{ project.short_name }}项目支出绩效自评报告")
    warned = []
    made = dict(render_report(prepare(project, SETTINGS, layout_name=str(short)),
                              SETTINGS, None, ("docx",), warnings=warned))
    assert _title(made["docx"]) == "技能评价服务项目支出绩效自评报告"
    assert warned == []


def test_a_name_not_ending_in_xiangmu_is_never_warned(tmp_path: Path) -> None:
    doubling = _layout(tmp_path, "{{ project.name }}项目支出绩效自评报告")
    warned: list[Diagnostic] = []
    made = dict(render_report(prepare(SKILLS, SETTINGS, layout_name=str(doubling)),
                              SETTINGS, None, ("docx",), warnings=warned))
    assert _title(made["docx"]) == "技能评价业务工作经费项目支出绩效自评报告"
    assert warned == []
    # the short name of such a name is the name
    short = _layout(tmp_path / "b", "{{ project.short_name }}项目支出绩效自评报告")
    made = dict(render_report(prepare(SKILLS, SETTINGS, layout_name=str(short)),
                              SETTINGS, None, ("docx",)))
    assert _title(made["docx"]) == "技能评价业务工作经费项目支出绩效自评报告"


def test_report_and_packet_print_the_warning(tmp_path: Path) -> None:
    project = _named(tmp_path, "技能评价服务项目")
    settings = tmp_path / "perfdocs.toml"
    doubling = _layout(tmp_path / "t", "{{ project.name }}项目支出绩效自评报告")
    settings.write_text(f'[render]\nlayout = "{doubling.name}"\n'
                        f'[layouts]\npaths = ["{doubling.parent.as_posix()}"]\n',
                        encoding="utf-8")
    code, output = invoke("--config", str(settings), "report", str(project),
                          "--out", str(tmp_path / "out"), "--date", "2025-01-15")
    assert code == 0, output
    assert "警告" in output and "技能评价服务项目项目支出绩效自评报告" in output
    assert "{{ project.short_name }}" in output
    code, output = invoke("--config", str(settings), "packet", str(project), "-j", "1",
                          "--out", str(tmp_path / "packet"), "--date", "2025-01-15")
    assert code == 0, output
    assert output.count("技能评价服务项目项目支出绩效自评报告") == 1, output

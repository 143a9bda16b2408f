"""A line feed inside a 自评报告 paragraph does not spread the line before it (tester8 #11).

The 绩效目标 paragraph holds 「项目年度总体目标：…」, a line feed, then 「实际完成情况：…」; the
line feed is a ``w:br`` in a justified paragraph, and Word, WPS and LibreOffice spread the
line before a manual break across the page unless the document's settings say not to
(``w:doNotExpandShiftReturn``). The PDF copy never spread it; the Word copy now matches.
"""

from __future__ import annotations

import io
import subprocess
import zipfile
from pathlib import Path

from perfdocs.render.docx.jinja import unstretched_breaks
from tests.conftest import SMALL_PROJECT, invoke, need


def _report(tmp_path: Path) -> bytes:
    source = tmp_path / "p.yaml"
    source.write_text(SMALL_PROJECT, encoding="utf-8")
    out = tmp_path / "out"
    code, output = invoke("report", str(source), "-o", str(out))
    assert code == 0, output
    (docx,) = out.rglob("*自评报告.docx")
    return docx.read_bytes()


def test_the_setting_is_in_the_report_and_in_schema_order(tmp_path: Path) -> None:
    with zipfile.ZipFile(io.BytesIO(_report(tmp_path))) as archive:
        settings = archive.read("word/settings.xml").decode("utf-8")
    compat = settings.split("<w:compat>", 1)[1].split("</w:compat>", 1)[0]
    assert compat.startswith("<w:doNotExpandShiftReturn/>")


def test_a_template_without_compat_gets_one_before_rsids() -> None:
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    plain = (f'<w:settings {w}><w:zoom w:percent="100"/><w:rsids><w:rsidRoot w:val="1"/>'
             '</w:rsids></w:settings>').encode()
    out = unstretched_breaks(plain).decode("utf-8")
    assert '<w:zoom w:percent="100"/><w:compat><w:doNotExpandShiftReturn/></w:compat><w:rsids>' \
        in out
    assert unstretched_breaks(unstretched_breaks(plain)) == unstretched_breaks(plain)
    early = (f'<w:settings {w}><w:compat><w:noLeading/><w:useFELayout/></w:compat>'
             '</w:settings>').encode()
    assert "<w:noLeading/><w:doNotExpandShiftReturn/><w:useFELayout/>" in \
        unstretched_breaks(early).decode("utf-8")


def test_libreoffice_prints_the_goal_line_unspread(tmp_path: Path) -> None:
    soffice = need("soffice")
    need("pdftotext")
    docx = tmp_path / "r.docx"
    docx.write_bytes(_report(tmp_path))
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(docx)], capture_output=True, check=True, timeout=180)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "r.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    # spread, its characters stood apart on the line (项   目   年   度 …)
    assert "项目年度总体目标：完成年度培训任务。" in text
    assert "实际完成情况：完成了年度培训任务。" in text

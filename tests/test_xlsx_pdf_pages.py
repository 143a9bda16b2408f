"""The Excel copy prints on the PDF's pages, and so do the 汇总表's Word and Excel copies.

A unit hands in the PDF; its staff open and print the .xlsx (and the 汇总表's .docx) in
WPS or Excel, and a reviewer lays the prints side by side. The sheet prints one page wide
on the PDF's side margins, its first row where the PDF's first line begins, with manual
row breaks where the PDF breaks (perfdocs/forms/pdf_pages) as far as the sheet's rows fit
a page. Here LibreOffice prints the files (宋体 in AR PL UMing and Times New Roman in
Liberation Serif, as the PDF; Calibri, the sheet's width unit, in AR PL UMing too, whose
digits are as narrow as Calibri's: with the DejaVu Sans LibreOffice falls back on, the
sheet prints at 72 % and any break fits) and each page must begin with the PDF's row;
and once more at the scale Excel prints the sheet at.

Before: a 60-indicator 自评表 .xlsx broke 1–3 rows before the PDF on most pages; a 申报表
of data/2024 left its last two 满意度 rows alone on a third page; the 汇总表 of data/2024
ran to five pages in Word and Excel, four in the PDF.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from benchmarks.synthetic import project_yaml
from tests.conftest import ROOT, need
from tests.test_docx_pdf_pages import _sichuan
from tests.test_office_fidelity import FONTS_CONF

CALIBRI = """  <alias binding="same"><family>Calibri</family>
    <prefer><family>AR PL UMing CN</family></prefer></alias>
</fontconfig>"""


def _declared(text: str) -> str:
    """A synthetic project's 自评 part made its 申报 part (the shanghai-2024 申报表)."""
    head, rest = text.split("自评:\n", 1)
    budget = re.search(r'年初预算数: "(\d+)"', rest)
    goal = re.search(r"预期目标: (.*)", rest)
    assert budget is not None and goal is not None
    indicators = rest.split("  绩效指标:\n", 1)[1]
    kept = ("三级指标", "年度指标值")  # the 申报表's columns of an indicator
    indicators = "\n".join(line for line in indicators.splitlines()
                           if line.rstrip().endswith(":") or any(k in line for k in kept))
    return (f"{head}申报:\n  项目性质: 经常性专项业务费\n  项目类别: 特定目标类\n"
            "  计划开始日期: 2024-01-01\n  计划完成日期: 2024-12-31\n  项目资金:\n"
            f'    年度资金申请总额:\n      合计: "{budget[1]}"\n'
            f'      当年财政拨款: "{budget[1]}"\n      上年结转资金: "0"\n'
            f'      其他资金: "0"\n  年度总体目标: |\n    {goal[1]}\n'
            f"  绩效指标:\n{indicators}\n")


SYNTHETIC = {  # case: (indicators, part, layout)
    "申报表 8 项": (8, "申报", None),
    "申报表 24 项": (24, "申报", None),
    "申报表 60 项": (60, "申报", None),
    "自评表 12 项": (12, "自评", None),
    "自评表 36 项": (36, "自评", None),
    "自评表 60 项": (60, "自评", None),
    "自评表 40 项（sichuan-2023）": (40, "自评", "sichuan-2023"),
    "自评表 20 项（sichuan-2023）": (20, "自评", "sichuan-2023"),
    "自评表 44 项（steps-2022，表下签章一行）": (44, "自评", "steps-2022"),
    "自评表 16 项（steps-2022，表下签章一行）": (16, "自评", "steps-2022"),
}
SUMMARIES = (ROOT / "data" / "2024", ROOT / "data" / "2020")
"""The 汇总表 of each unit (several 申报表 under the unit's title, the first with it)."""


def _first_rows(forms: list[Any], pages: list[str]) -> list[tuple[int, int, int] | None]:
    """The first body row (form, block, row) each page prints: found by a text of the row
    that no other row of the document begins with (the repeated header rows and the
    labels cut at a page are no body row's)."""
    rows = []
    for f, form in enumerate(forms):
        for b, block in enumerate(form.blocks):
            for r in range(block.repeat_rows, block.n_rows):
                texts = [re.sub(r"\s", "", c.text) for c in block.cells
                         if c.row == r and c.rowspan == 1 and c.text]
                rows.append(((f, b, r), texts))
    count = Counter(t[:10] for _, texts in rows for t in texts)
    keys = []
    for pos, texts in rows:
        unique = sorted((t for t in texts if count[t[:10]] == 1 and len(t) >= 3),
                        key=len, reverse=True)
        if unique:
            keys.append((pos, unique[0][:10]))
    return [min((pos for pos, key in keys if key in page), default=None) for page in pages]


def at_excels_scale(data: bytes, percent: int) -> bytes:
    """The workbook printed at ``percent`` (the scale Excel fits its columns to the page
    at), its columns a fifth narrower: LibreOffice lays the columns out wider than Excel
    (its width unit is its default face's digit), and at Excel's scale they would run
    onto a second page across. The rows, whose heights the sheet fixes, print as tall as
    in Excel."""
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            part = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                text = part.decode()
                text = text.replace('<pageSetUpPr fitToPage="1"/>', "")
                text = text.replace('fitToWidth="1" fitToHeight="0"', f'scale="{percent}"')
                text = re.sub(r'width="([\d.]+)"',
                              lambda m: f'width="{float(m[1]) * 0.8:.2f}"', text)
                part = text.encode()
            dst.writestr(item, part)
    return out.getvalue()


def _pages(pdf: Path) -> list[str]:
    out = subprocess.run([need("pdftotext"), "-raw", str(pdf), "-"], check=True,
                         capture_output=True, text=True, timeout=60).stdout
    return [re.sub(r"\s", "", page) for page in out.split("\f")[:-1]]


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """Each document's first row per page: in its PDF, and in LibreOffice's print of its
    .xlsx (and, for a 汇总表, of its .docx)."""
    from perfdocs.engine.declaration_summary import collect
    from perfdocs.engine.pipeline import built_forms, prepare
    from perfdocs.loading.settings import load_settings
    from perfdocs.render.docx.writer import render_docx
    from perfdocs.render.pdf.fonts import find_cjk_font
    from perfdocs.render.pdf.writer import render_pdf
    from perfdocs.render.xlsx.writer import _column_units, _print_scale, render_xlsx

    soffice = need("soffice")
    need("pdftotext")
    work = tmp_path_factory.mktemp("xlsxpages")
    inbox = work / "in"
    inbox.mkdir()
    settings = load_settings(None)
    font = find_cjk_font([])

    documents: dict[str, list[Any]] = {}  # case: built forms
    for case, (indicators, part, layout) in SYNTHETIC.items():
        text = project_yaml(len(documents), indicators=indicators)
        text = _sichuan(text) if layout == "sichuan-2023" else text
        text = _declared(text) if part == "申报" else text
        path = work / f"{len(documents)}.yaml"
        path.write_text(text, encoding="utf-8")
        documents[case] = [built_forms(prepare(path, settings, layout_name=layout))[0][0]]
    for path in sorted((ROOT / "data").glob("*/*.yaml")):
        for built in built_forms(prepare(path, settings))[0]:
            documents[f"{path.parent.name}/{path.stem} {built.form.title}"] = [built]
    summaries = []
    for folder in SUMMARIES:
        for summary in collect([prepare(path, settings)
                               for path in sorted(folder.glob("*.yaml"))]).summaries:
            documents[summary.title] = summary.built
            summaries.append(summary.title)
    found: dict[str, dict[str, Any]] = {}
    for number, (case, built) in enumerate(documents.items()):
        forms = [one.form for one in built]
        data = render_xlsx(forms)
        (inbox / f"f{number}-xlsx.xlsx").write_bytes(data)
        percent = min(int(_print_scale(_column_units(f.column_widths)) * 100) for f in forms)
        (inbox / f"f{number}-excel.xlsx").write_bytes(at_excels_scale(data, percent))
        if case in summaries:
            (inbox / f"f{number}-docx.docx").write_bytes(
                render_docx(forms, options=[one.options for one in built]))
        (work / f"f{number}.pdf").write_bytes(render_pdf(forms, font=font))
        found[case] = {"pdf": _first_rows(forms, _pages(work / f"f{number}.pdf"))}
    conf = work / "fonts.conf"
    conf.write_text(FONTS_CONF.replace("</fontconfig>", CALIBRI), encoding="utf-8")
    subprocess.run([soffice, f"-env:UserInstallation=file://{work}/profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(work / "lo"),
                    *sorted(str(p) for p in inbox.iterdir())],
                   check=True, capture_output=True, timeout=1800,
                   env=dict(os.environ, FONTCONFIG_FILE=str(conf)))
    for number, (case, built) in enumerate(documents.items()):
        forms = [one.form for one in built]
        for kind in ("xlsx", "excel", "docx"):
            pdf = work / "lo" / f"f{number}-{kind}.pdf"
            if pdf.exists():
                found[case][kind] = _first_rows(forms, _pages(pdf))
    return found


@pytest.mark.office
def test_excel_pages_begin_with_the_pdfs_rows(printed: dict[str, dict[str, Any]]) -> None:
    assert len(printed) >= 35
    assert sum(len(found["pdf"]) for found in printed.values()) >= 75  # long forms among them
    assert all(None not in found["pdf"] for found in printed.values())
    differ = {case: (found["pdf"], found["xlsx"]) for case, found in printed.items()
              if found["xlsx"] != found["pdf"]}
    assert differ == {}


@pytest.mark.office
def test_excel_pages_hold_the_pdfs_rows_at_excels_scale(printed: dict[str, dict[str, Any]]
                                                         ) -> None:
    """Printed at the scale Excel fits the sheet's width at (97 %; LibreOffice's wider
    columns print at 83 %), every page still holds the PDF's rows."""
    differ = {case: (found["pdf"], found["excel"]) for case, found in printed.items()
              if found["excel"] != found["pdf"]}
    assert differ == {}


@pytest.mark.office
def test_summary_pages_in_word_are_the_pdfs(printed: dict[str, dict[str, Any]]) -> None:
    summaries = {case: found for case, found in printed.items() if "docx" in found}
    assert len(summaries) == 2
    assert all(len(found["pdf"]) >= 4 for found in summaries.values())
    differ = {case: (found["pdf"], found["docx"]) for case, found in summaries.items()
              if found["docx"] != found["pdf"]}
    assert differ == {}

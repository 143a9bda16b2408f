"""Amounts of ten figures and more in the 项目绩效一览表 and the 汇总表: whole in every format.

tester14 F4/F5: two shanghai-2024 projects of 599,999.99 万元 (5,999,999,900.00 元, the
一览表 in 元) printed 「###」 for the three 合计 amounts in the .xlsx (columns 11.76 units
wide, ``#,##0.00``), and 5,999,999,900.0 / 0 and 11,999,999,800. / 00 in the PDF and the
.docx: a reviewer reading one line got another figure. The table is now set smaller
where its figures would not fit (forms/summary/widths.fitted_columns), and every figure's
column holds it as Excel measures it.
"""

from __future__ import annotations

import re
import subprocess
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import ROOT, need

SOURCE = ROOT / "data" / "2024" / "职业培训基础能力建设资助.yaml"
NAME = "职业培训基础能力建设资助"
ROWS = ("5,999,999,900.00", "5,800,000,000.00")
TOTALS = ("11,999,999,800.00", "11,600,000,000.00")
BIGGEST = ("1,234,567,891,200.00", "2,469,135,782,400.00")


def _projects(work: Path, amount: str = "599,999.99", executed: str = "580,000.00"
              ) -> list[Path]:
    """Two projects of data/2024's with ``amount`` 万元 declared and budgeted (in 元 on
    the 申报表), ``executed`` 万元 spent."""
    in_yuan = f"{Decimal(amount.replace(',', '')) * 10000:,.2f}元"
    text = (SOURCE.read_text(encoding="utf-8")
            .replace('"86,000,000.00元"', f'"{in_yuan}"')
            .replace('"8,600.00"', f'"{amount}"').replace('"7,683.13"', f'"{amount}"')
            .replace('"7,651.32"', f'"{executed}"'))
    paths = []
    for index, name in enumerate((NAME, f"第二期{NAME}")):
        path = work / f"p{index}.yaml"
        path.write_text(text.replace(f"项目名称: {NAME}", f"项目名称: {name}"),
                        encoding="utf-8")
        paths.append(path)
    return paths


def _excel_format(value: Decimal, number_format: str) -> str:
    """``value`` as Excel shows it in ``number_format`` (#,##0.00, 0.00, 0)."""
    places = len(number_format.split(".")[1]) if "." in number_format else 0
    rounded = value.quantize(Decimal(1).scaleb(-places))
    return f"{rounded:,f}" if number_format.startswith("#,##") else f"{rounded:f}"


_COL = re.compile(r'<col min="(\d+)" max="(\d+)" width="([\d.]+)"')
_CELL = re.compile(r'<c r="([A-Z]+)(\d+)" s="(\d+)"><v>([-\d.E+]+)</v></c>')
_XF = re.compile(r"<xf [^>]*?/>|<xf .*?</xf>")


def _sheet_figures(xlsx: Path) -> list[tuple[str, str, Decimal, Decimal]]:
    """(cell, text shown, column width, width the text needs) of every number in the
    sheet. Excel's rule: a column ``w`` units wide holds ``w`` digits of the workbook's
    font (Calibri 11: 7 pixels a digit) with 5 pixels of padding; a number wider than
    the column's pixels less the padding prints ###. Here every character of the shown
    text counts as a digit of the cell's font (宋体: half an em each)."""
    with zipfile.ZipFile(xlsx) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
        styles = book.read("xl/styles.xml").decode()
    widths = {int(lo): Decimal(w) for lo, hi, w in _COL.findall(sheet) if lo == hi}
    fonts = re.findall(r"<font>(.*?)</font>", styles.split("<fonts", 1)[1].split("</fonts>")[0])
    cell_xfs = _XF.findall(styles.split("<cellXfs", 1)[1].split("</cellXfs>")[0])
    formats = {"0": "General", "1": "0", "2": "0.00", "3": "#,##0", "4": "#,##0.00"}
    found = []
    for letter, _row, style, value in _CELL.findall(sheet):
        xf = cell_xfs[int(style)]
        number_format = formats[re.search(r'numFmtId="(\d+)"', xf)[1]]  # type: ignore[index]
        font = fonts[int(re.search(r'fontId="(\d+)"', xf)[1])]  # type: ignore[index]
        size = Decimal(re.search(r'<sz val="([\d.]+)"/>', font)[1])  # type: ignore[index]
        text = _excel_format(Decimal(value), number_format)
        digit = size / 2 * 96 / 72  # pixels of a 宋体 digit at ``size`` points
        needed = (len(text) * digit + 5) / 7
        column = ord(letter) - ord("A") + 1
        found.append((f"{letter}{_row}", text, widths[column], needed))
    return found


def _write(paths: list[Path], out: Path, command: str) -> list[Path]:
    from perfdocs.engine.declaration_summary import write_summaries
    from perfdocs.engine.summaries import prepare_all, write_summary
    from perfdocs.loading.settings import Settings
    from perfdocs.render.pdf.fonts import find_cjk_font

    font = find_cjk_font([])
    if command == "overview":
        return write_summary(paths, Settings(), out, font=font,
                             formats=("xlsx", "pdf", "docx"))
    done, _left_out = write_summaries(prepare_all(paths, Settings()), Settings(), out,
                                      font=font)
    return [path for _summary, files in done for path in files]


@pytest.mark.parametrize(("amount", "shown"), [("599,999.99", ROWS[:1] + TOTALS[:1]),
                                               ("123,456,789.12", BIGGEST)])
def test_xlsx_columns_hold_every_amount(tmp_path: Path, amount: str,
                                        shown: tuple[str, ...]) -> None:
    """Every number's column in the 一览表's .xlsx is as wide as its text needs by
    Excel's rule (no ###): the 合计 of 11 figures before the point, and of 13."""
    (xlsx,) = (f for f in _write(_projects(tmp_path, amount), tmp_path / "out", "overview")
               if f.suffix == ".xlsx")
    figures = _sheet_figures(xlsx)
    assert set(shown) <= {text for _cell, text, _w, _n in figures}
    narrow = [(cell, text, str(width), f"{needed:.2f}")
              for cell, text, width, needed in figures if width < needed]
    assert narrow == []


def test_data_overviews_keep_their_size() -> None:
    """data/'s 一览表s, whose figures fit, are set as before: 8 pt, the same widths."""
    from perfdocs.engine.summaries import prepare_all
    from perfdocs.forms.summary.builder import BODY_SIZE, build_summary_form, summarize
    from perfdocs.loading.settings import Settings

    for folder in ("2020", "2024", "national-2020"):
        files = sorted((ROOT / "data" / folder).glob("*.yaml"))
        for summary in summarize(prepare_all(files, Settings())):
            assert build_summary_form(summary).fonts.body_size == BODY_SIZE


def _lines(pdf: Path) -> list[str]:
    return subprocess.run([need("pdftotext"), "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True, timeout=60).stdout.splitlines()


def _whole(token: str, lines: list[str]) -> bool:
    """Whether ``token`` is printed whole, on one line, between spaces or line ends."""
    pattern = re.compile(rf"(?<!\S){re.escape(token)}(?!\S)")
    return any(pattern.search(line) for line in lines)


@pytest.mark.office
@pytest.mark.parametrize("command", ["overview", "summary"])
def test_every_amount_is_whole_in_every_format(tmp_path: Path, command: str) -> None:
    """The 一览表 (and the 汇总表) of the two projects, as printed: the PDF, and the
    .docx and the .xlsx through LibreOffice; each amount whole on one line, no ###."""
    soffice = need("soffice")
    written = _write(_projects(tmp_path), tmp_path / "out", command)
    prints = {"pdf": next(f for f in written if f.suffix == ".pdf")}
    for suffix in (".docx", ".xlsx"):
        made = next(f for f in written if f.suffix == suffix)
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/profile",
                        "--headless", "--convert-to", "pdf", "--outdir",
                        str(tmp_path / suffix[1:]), str(made)],
                       check=True, capture_output=True, timeout=300)
        prints[suffix[1:]] = tmp_path / suffix[1:] / made.with_suffix(".pdf").name
    wanted = ROWS + TOTALS if command == "overview" else ("5,999,999,900.00",)
    for copy, pdf in prints.items():
        lines = _lines(pdf)
        assert [a for a in wanted if not _whole(a, lines)] == [], (copy, "\n".join(lines))
        assert not any("###" in line for line in lines), (copy, "\n".join(lines))


def test_widths_measure_the_sheet_the_xlsx_writer_makes() -> None:
    """The 一览表's widths reckon with the .xlsx's spread (units over the page, pixels a
    unit); if the writer changes either, the figures' columns must be measured anew."""
    from perfdocs.forms.summary import widths
    from perfdocs.render.xlsx import writer

    assert widths.SHEET_UNITS == writer.SHEET_WIDTH
    assert widths.UNIT_PIXELS == writer.PIXELS_PER_UNIT

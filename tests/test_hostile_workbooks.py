"""Damaged and hostile workbooks through import, check and diff: a message, never a traceback,
refused before openpyxl sees what would cost it gigabytes (issue 14)."""

from __future__ import annotations

import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SMALL_PROJECT

from perfdocs.cli import main

SHEET = "xl/worksheets/sheet1.xml"


@pytest.fixture(scope="module")
def form(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small project's 自评表 as perfdocs renders it."""
    folder = tmp_path_factory.mktemp("form")
    (folder / "p.yaml").write_text(SMALL_PROJECT, encoding="utf-8")
    result = CliRunner().invoke(main, ["render", str(folder / "p.yaml"), "--out",
                                       str(folder / "out"), "--format", "xlsx"])
    assert result.exit_code == 0, result.output
    (book,) = (folder / "out").rglob("*.xlsx")
    return book


def rewrite(source: Path, target: Path, change: Callable[[str, bytes], tuple[str, bytes]]
            ) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w",
                                                         zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            name, data = change(info.filename, old.read(info))
            new.writestr(name, data)
    return target


def in_sheet(old: bytes, new: bytes) -> Callable[[str, bytes], tuple[str, bytes]]:
    def change(name: str, data: bytes) -> tuple[str, bytes]:
        if name == SHEET:
            assert old in data
            data = data.replace(old, new, 1)
        return name, data
    return change


def patch_header(source: Path, target: Path, part: str, *, flag: int = 0,
                 method: int | None = None) -> Path:
    """Set general-purpose ``flag`` bits or the compression ``method`` of ``part`` in both of
    its zip headers (local and central)."""
    raw = bytearray(source.read_bytes())
    name = part.encode()
    for signature, offset, field in ((b"PK\x03\x04", 30, 6), (b"PK\x01\x02", 46, 8)):
        start = 0
        while (found := raw.find(name, start)) >= 0:
            header = found - offset
            if header >= 0 and raw[header:header + 4] == signature:
                raw[header + field] |= flag
                if method is not None:
                    raw[header + field + 2:header + field + 4] = method.to_bytes(2, "little")
            start = found + 1
    target.write_bytes(bytes(raw))
    return target


def corrupt_deflate(source: Path, target: Path, part: str) -> Path:
    raw = bytearray(source.read_bytes())
    with zipfile.ZipFile(source) as archive:
        header = archive.getinfo(part).header_offset
    begin = header + 30 + int.from_bytes(raw[header + 26:header + 28], "little") \
        + int.from_bytes(raw[header + 28:header + 30], "little")
    for index in range(begin + 20, begin + 60):
        raw[index] ^= 0x5A
    target.write_bytes(bytes(raw))
    return target


def moved_sheet(source: Path, target: Path, cells: int = 0) -> Path:
    """The sheet stored as xl/other/s.xml (named by the relationships), ``cells`` extra."""
    def change(name: str, data: bytes) -> tuple[str, bytes]:
        if name == "xl/_rels/workbook.xml.rels":
            data = data.replace(b"worksheets/sheet1.xml", b"other/s.xml")
        if name == "[Content_Types].xml":
            data = data.replace(b"/xl/worksheets/sheet1.xml", b"/xl/other/s.xml")
        if name == SHEET:
            name = "xl/other/s.xml"
            if cells:
                rows = b"".join(b'<row r="%d"><c r="A%d"/></row>' % (3000 + i, 3000 + i)
                                for i in range(cells))
                data = data.replace(b"</sheetData>", rows + b"</sheetData>")
        return name, data
    return rewrite(source, target, change)


ENCRYPTED = "工作簿设置了密码（已加密），无法读取：请在 Excel 或 WPS 中取消密码后另存，再导入"
DAMAGED = "工作簿已损坏（部件无法解压）：请在 Excel 或 WPS 中打开并另存后再导入"
METHOD = ("工作簿部件 xl/worksheets/sheet1.xml 使用了 Excel 不用的压缩方式，文件可能已损坏："
          "请在 Excel 或 WPS 中另存后再导入")
MERGE = ("工作簿部件 xl/worksheets/sheet1.xml 的合并单元格 A500:XFD1048576 过大"
         "（1048077 行 × 16384 列），不像一张绩效表")
MOVED = "工作簿部件 xl/other/s.xml 的单元格超出上限（2000 行 × 50 列），不像一张绩效表"

CASES: dict[str, tuple[Callable[[Path, Path], Path], str]] = {
    "encrypted-entry": (lambda s, t: patch_header(s, t, SHEET, flag=1), f": 错误: {ENCRYPTED}"),
    "unknown-compression": (lambda s, t: patch_header(s, t, SHEET, method=99),
                            f": 错误: {METHOD}"),
    "corrupt-deflate": (lambda s, t: corrupt_deflate(s, t, SHEET), f": 错误: {DAMAGED}"),
    "merge-to-the-end": (lambda s, t: rewrite(s, t, in_sheet(
        b"</mergeCells>", b'<mergeCell ref="A500:XFD1048576"/></mergeCells>')),
        f": 错误: {MERGE}"),
    "sheet-outside-worksheets": (lambda s, t: moved_sheet(s, t, cells=310_000),
                                 f": 错误: {MOVED}"),
    "1e308-cell": (lambda s, t: rewrite(s, t, in_sheet(b'<c r="F6" s="6"><v>79.00</v>',
                                                       b'<c r="F6" s="6"><v>1E+308</v>')),
                   ": 错误 测试项目!F6（全年执行数）: 全年执行数「1e+308」不是数字"),
    "1e-300-cell": (lambda s, t: rewrite(s, t, in_sheet(b'<c r="E6" s="6"><v>80.00</v>',
                                                        b'<c r="E6" s="6"><v>1E-300</v>')),
                    ": 错误 测试项目!E6（全年预算数）: 全年预算数「1e-300」不是数字"),
}


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("command", ["import", "check", "diff"])
def test_hostile_workbook_is_refused_with_a_message(case: str, command: str, form: Path,
                                                    tmp_path: Path) -> None:
    make, message = CASES[case]
    book = make(form, tmp_path / f"{case}.xlsx")
    args = [command, str(book)] if command != "diff" else [command, str(form), str(book)]
    started = time.monotonic()
    result = CliRunner().invoke(main, args)
    assert time.monotonic() - started < 30  # refused up front, not after gigabytes
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        result.exception
    assert "Traceback" not in result.output and "内部错误" not in result.output
    assert f"{book}{message}" in result.output.splitlines(), result.output
    assert result.exit_code == (2 if command in ("check", "diff", "import") else 1)


def test_a_sheet_stored_elsewhere_is_still_read(form: Path, tmp_path: Path) -> None:
    """The check follows the relationships, the reading still works for a normal sheet."""
    book = moved_sheet(form, tmp_path / "moved.xlsx")
    result = CliRunner().invoke(main, ["check", str(book)])
    assert result.exit_code == 0, result.output


def _zipped(target: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return target


NOT_WORKBOOKS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "docx-renamed": (lambda t: _zipped(t, {
        "[Content_Types].xml": b"<Types/>", "_rels/.rels": b"<Relationships/>",
        "word/document.xml": b"<w:document/>"}),
        "这是 Word 文档（.docx），不是 Excel 工作簿（也许是改了扩展名的 Word 文件）："
        "请导入这张表的 Excel 版（.xlsx）"),
    "ods": (lambda t: _zipped(t, {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
                                  "content.xml": b"<office:document-content/>"}),
            "这是 OpenDocument 表格（.ods），不是 Excel 工作簿：请在 Excel 或 WPS 中打开，"
            "另存为 .xlsx 后再导入"),
    "empty": (lambda t: (t.write_bytes(b""), t)[1],
              "文件是空的（0 字节），不是 Excel 工作簿：请重新保存或导出填好的表格"),
    "pdf": (lambda t: (t.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), t)[1],
            "这是 PDF 文件，不是 Excel 工作簿：perfdocs 不从 PDF 读数；请导入这张表的 Excel 版（.xlsx）"),
    "csv": (lambda t: (t.write_text("项目名称,年度\n培训,2024\n", encoding="gbk"), t)[1],
            "这是文本文件（也许是 CSV 或网页），不是 Excel 工作簿：请在 Excel 或 WPS 中打开，"
            "另存为 .xlsx 后再导入"),
}


@pytest.mark.parametrize("case", list(NOT_WORKBOOKS))
@pytest.mark.parametrize("command", ["import", "import --into", "check", "diff"])
def test_a_file_that_is_no_workbook_is_named_for_what_it_is(case: str, command: str,
                                                            form: Path, tmp_path: Path) -> None:
    """A Word file saved as .xlsx got 「无法作为 Excel 工作簿（.xlsx）读取：OSError: File
    contains no valid workbook part」: openpyxl's English reached the clerk (tester2 #14)."""
    make, message = NOT_WORKBOOKS[case]
    book = make(tmp_path / "表.xlsx")
    args = [command, str(book)] if command != "diff" else [command, str(form), str(book)]
    if command == "import --into":  # the sheet is looked for first: a PDF was an old .xls
        (tmp_path / "p.yaml").write_text(SMALL_PROJECT, encoding="utf-8")  # (tester10 #11)
        args = ["import", str(book), "--into", str(tmp_path / "p.yaml")]
    result = CliRunner().invoke(main, args)
    assert f"{book}: 错误: {message}" in result.output.splitlines(), result.output
    assert result.exit_code == 2


def test_a_damaged_workbook_is_said_in_chinese(tmp_path: Path) -> None:
    """A zip with a broken workbook part (a download cut short): openpyxl's English
    exception text no longer reaches the clerk; the message says what to do."""
    import io
    import re
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<not-xml")
    book = tmp_path / "坏.xlsx"
    book.write_bytes(buf.getvalue())
    for command in (["check", str(book)], ["import", str(book), "-o", str(tmp_path / "x.yaml")]):
        result = CliRunner().invoke(main, command)
        code, output = result.exit_code, result.output
        assert code != 0 and "文件已损坏或不完整" in output, output
        words = re.findall(r"[A-Za-z]{3,}", output.replace(str(book), ""))
        assert [w for w in words if w not in ("WPS", "Excel", "xlsx")] == [], output

"""A filled worksheet seen as a form: what every form type's workbook reader stands on.

Units hold years of forms filled by hand in Excel, and reviewers send forms back as
workbooks. A form is read by finding its LABELS — 项目名称, 年初预算数, 三级指标, 分值, 得分,
总分… — never fixed cell addresses, so a sheet whose columns are shifted, whose cells are
merged differently or whose labels are spaced like "分  值" reads the same as perfdocs' own
output. Labels are compared after NFKC folding (full-width → half-width) with every space
removed. Here: opening a workbook safely, the sheet as anchors (every position knows the
merged cell covering it), the label spellings, a :class:`SheetReader` that notes each
field's cell, and the indicator table every form type prints. The readers of each form
type live in ``perfdocs/forms/<type>/reader.py``; :mod:`perfdocs.importer.workbooks` puts
a project together from them.

Workbooks come from outside, so they are opened defensively: a size cap on the file and on
its unpacked parts, no DTD or entity declaration anywhere (the "billion laughs" expansion;
openpyxl also parses through defusedxml when it is installed, which perfdocs requires), and
a cap on the rows and columns of every sheet.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
import zlib
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from perfdocs.errors import Diagnostic, InputError, Severity, ValidationFailed
from perfdocs.forms.cell_display import shown
from perfdocs.forms.choices import level1_name
from perfdocs.loading.source import Loc
from perfdocs.model.numbers import (
    NO_FUNDS,
    NumberError,
    bounded,
    parse_decimal,
    typed_as_none,
    without_currency,
)
from perfdocs.records import Record

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

    from perfdocs.layouts.layout import FormLayout, FundRowSpec

MAX_FILE_BYTES = 20 * 1024 * 1024
"""A filled form is a few dozen kilobytes; anything over 20 MB is not one."""
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
"""Caps the XML a workbook unpacks to (a zip bomb stops here, before any parsing)."""
MAX_PARTS = 2_000
MAX_ROWS = 2_000
MAX_COLS = 50
_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_CELL = re.compile(rb"<c[\s>/]")
_VALUE = re.compile(rb"<(?:v|is|f)[\s>]")
MAX_CELLS = 300_000
"""Cells of a sheet, written or only formatted (a bordered column): each costs openpyxl
about a kilobyte; a form has a few thousand."""

BLANK = {"", "-", "—", "－", "/", "无"}
"""What a form prints in a box that holds no figure (the 其中 rows print "-")."""

# Extra spellings of each label, beyond the layout's own (other years and hand-made sheets).
ALIASES: dict[str, tuple[str, ...]] = {
    "project_name": ("项目名称",), "department": ("主管部门",), "unit": ("实施单位",),
    "initial": ("年初预算数",), "budget": ("全年预算数",), "executed": ("全年执行数",),
    "execution_weight": ("分数", "分值"), "rate": ("执行率(%)", "执行率", "执行率%"),
    "execution_score": ("得分",), "total_row": ("年度资金总额",),
    "appropriation": ("其中:当年财政拨款", "当年财政拨款"),
    "carried_over": ("上年结转资金", "其中:上年结转资金"), "other": ("其他资金",),
    "expected": ("预期目标",), "achieved": ("实际完成情况",),
    "level1": ("一级指标", "一级目标"), "level2": ("二级指标", "二级目标"),
    "level3": ("三级指标", "三级目标"),
    "target": ("年度指标值", "年度(/项目)指标值", "指标值", "指标目标值"),
    "actual": ("实际完成值",),
    "weight": ("分值", "分数", "权重"), "score": ("得分",),
    "reason": ("偏差原因分析及改进措施", "偏差原因分析"), "total": ("总分",),
    "grade": ("评分等级",), "nature": ("项目性质",), "category": ("项目类别",),
    "start": ("计划开始日期",), "end": ("计划完成日期",),
    "project_total": ("项目资金总额", "项目总预算"),
    "project_fiscal": ("其中:财政资金", "财政资金"),
    "project_other": ("其他资金",), "annual_total": ("年度资金申请总额",),
    "overall_goal": ("项目总目标",), "annual_goal": ("年度总体目标",),
    # the 2020 绩效目标表 (perfdocs.forms.target.reader)
    "applicant": ("申报单位名称",), "government_purchase": ("是否含有政府购买服务",),
    "performance_type": ("绩效类型",), "overview": ("项目概况",), "basis": ("立项依据",),
    "necessity": ("项目设立的必要性",), "measures": ("保证项目实施的制度、措施",),
    "plan": ("项目实施计划",), "goal": ("总目标及阶段性目标", "年度总体目标"),
    "funds_title": ("本项目上年度市级财政资金使用情况", "上年度资金使用情况"),
    "year_budget": ("项目当年预算",), "last_year_budget": ("同名项目上年预算额",),
    "last_year_executed": ("同名项目上年预算执行数",),
}
FUND_ROWS = {"total_row": "年度资金总额", "appropriation": "当年财政拨款",
             "carried_over": "上年结转资金", "other": "其他资金"}
FUND_COLUMNS = {"initial": "年初预算数", "budget": "全年预算数", "executed": "全年执行数"}
_FUNDS_UNIT = re.compile(r"(?:项目资金|预算执行情况|年度预算数)\((万元|元)\)")
"""The money unit in the funds caption: 项目资金（万元）, 预算执行情况（万元） (hubei-2020), or
the row labels' heading 年度预算数（万元） (sichuan-2023); a layout's own captions holding
``{unit}`` are tried too (:func:`sheet_unit`)."""
UNIT_LABELS = ("funds", "funds_row_heading")
TARGET_PARTS = ("target_sign", "target_value", "target_unit")
"""The three columns a 年度指标值 may be printed in (指标性质 | 指标值 | 度量单位)."""
"""The 自评表 labels that may carry the money unit (``{unit}``)."""
YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_UNIT_SLOT = re.compile(r"[（(]\s*\{unit\}\s*[)）]")
"""A layout label's money unit placeholder: "项目总预算（{unit}）"."""
def label_key(text: str) -> str:
    """The form of a label used for matching: NFKC folded, no spaces, no trailing colon."""
    folded = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", "", folded).rstrip(":")


# --- reading a workbook safely -------------------------------------------------------------


def open_workbook(path: Path) -> tuple[Workbook, Workbook]:
    """Open ``path`` with openpyxl after the checks that keep a hostile file harmless.

    Returns the workbook twice: with the values Excel last computed, and with the formulas.
    A box typed as ``=100(%)`` without the leading apostrophe is a formula to Excel (and to
    openpyxl, which wrote no computed value): its formula text is what the preparer meant.
    """
    import io

    import openpyxl

    from perfdocs.files.reading import read_capped

    name = str(path)
    if path.is_dir():
        raise InputError("这是一个文件夹，不是 Excel 工作簿", file=name)
    # stat first, regular files only, read with a cap; then both the checks and openpyxl
    # read these bytes, so a file swapped after the check is never what openpyxl parses
    data = read_capped(path, MAX_FILE_BYTES, "填好的表格")
    _check_package(io.BytesIO(data), name)
    if not openpyxl.DEFUSEDXML:
        raise InputError("未启用 defusedxml（环境变量 OPENPYXL_DEFUSEDXML=False？），"
                         "为安全起见不读取外来的工作簿", file=name)
    try:
        values = openpyxl.load_workbook(io.BytesIO(data), read_only=False, data_only=True)
        formulas = openpyxl.load_workbook(io.BytesIO(data), read_only=False, data_only=False)
    except Exception:  # openpyxl raises many kinds (in English) for a damaged file
        raise InputError("无法作为 Excel 工作簿（.xlsx）读取：文件已损坏或不完整（没有下载完、"
                         "被别的程序截断？）。请在 WPS 或 Excel 中打开它，另存为 .xlsx 后再试",
                         file=name) from None
    return values, formulas


_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\s[^>]*?ref\s*=\s*[\"']"
                    rb"([A-Za-z]+)(\d+)(?::([A-Za-z]+)(\d+))?[\"']")
_ROW = re.compile(rb"<(?:\w+:)?row[\s>/]")
_MEDIA = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".emf", ".wmf", ".tif", ".tiff", ".bin")
"""Parts that are not XML (images, embedded binaries): not scanned for DTDs or cells."""
_SHEET_TYPES = ("/worksheet", "/chartsheet", "/dialogsheet", "/macrosheet")


def _column_number(letters: bytes) -> int:
    number = 0
    for char in letters.upper():
        number = number * 26 + char - 64
    return number


def _sheet_parts(archive: zipfile.ZipFile) -> set[str]:
    """Every part the workbook's relationships name as a sheet, wherever it is stored.

    openpyxl follows ``xl/_rels/workbook.xml.rels`` (itself found through ``_rels/.rels``),
    not the folder name: a sheet stored as ``xl/other/s.xml`` is still a sheet.
    """
    import posixpath

    from defusedxml.ElementTree import fromstring

    def rels_of(part: str) -> list[tuple[str, str]]:
        folder, base = posixpath.split(part)
        rels = posixpath.join(folder, "_rels", base + ".rels")
        try:
            root = fromstring(archive.read(rels))
        except KeyError:
            return []
        except Exception:  # not XML: openpyxl will refuse the file with its own message
            return []
        found = []
        for rel in root:
            target = rel.get("Target") or ""
            if rel.get("TargetMode") == "External":
                continue
            resolved = (target.lstrip("/") if target.startswith("/")
                        else posixpath.normpath(posixpath.join(folder, target)))
            found.append((rel.get("Type") or "", resolved))
        return found

    books = [target for kind, target in rels_of("") if kind.endswith("/officeDocument")]
    sheets = {info.filename for info in archive.infolist()
              if info.filename.startswith("xl/worksheets/")}
    for book in books or ["xl/workbook.xml"]:
        sheets |= {target for kind, target in rels_of(book) if kind.endswith(_SHEET_TYPES)}
    return sheets


def _check_package(path: Path | IO[bytes], name: str = "") -> None:
    """Refuse what would hurt before openpyxl parses: zip bombs, XML with a DTD (entity
    expansion), encrypted or damaged entries, sheets far larger than a form (wherever the
    workbook's relationships put them) and merged ranges that openpyxl would fill cell by
    cell (one ``A500:XFD1048576`` is 17 billion cells)."""
    name = name or str(path)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_PARTS:
                raise InputError(f"工作簿包含 {len(infos)} 个部件，超出上限", file=name)
            if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
                raise InputError("工作簿解压后过大（超过 100 MB），拒绝读取", file=name)
            for info in infos:
                if info.flag_bits & 0x1:
                    raise InputError("工作簿设置了密码（已加密），无法读取：请在 Excel 或 WPS 中"
                                     "取消密码后另存，再导入", file=name)
                if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                    raise InputError(f"工作簿部件 {info.filename} 使用了 Excel 不用的压缩方式，"
                                     "文件可能已损坏：请在 Excel 或 WPS 中另存后再导入", file=name)
            sheets = _sheet_parts(archive)
            for info in infos:
                if info.filename.lower().endswith(_MEDIA) or info.is_dir():
                    continue
                _scan_part(archive, info, info.filename in sheets, name)
    except zipfile.BadZipFile:
        raise InputError("不是 .xlsx 工作簿（无法作为 zip 打开）；旧版 .xls 请先另存为 .xlsx",
                         file=name) from None
    except (zlib.error, EOFError, RuntimeError, NotImplementedError, ValueError):
        raise InputError("工作簿已损坏（部件无法解压）：请在 Excel 或 WPS 中打开并另存后再导入",
                         file=name) from None
    except OSError as exc:
        from perfdocs.files.oserrors import reason

        raise InputError(f"无法读取文件：{reason(exc)}", file=name) from None


def _scan_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, sheet: bool,
               name: str) -> None:
    """Stream one part: no DTD anywhere; for a sheet, bounded cells, rows and merges.

    Each pattern is searched in the chunk joined to the last bytes of the one before, and a
    match counted only where it ends in the new bytes, so none is missed or counted twice.
    """
    cells = values = rows = merged = 0
    tail = b""
    with archive.open(info) as part:
        while chunk := part.read(1 << 16):
            window = tail + chunk
            if _DTD.search(window):
                raise InputError(f"工作簿部件 {info.filename} 含有 DTD 或实体声明"
                                 "（可能是 XML 实体展开攻击），拒绝读取", file=name)
            if sheet:
                fresh = len(tail)
                cells += sum(1 for m in _CELL.finditer(window) if m.end() > fresh)
                values += sum(1 for m in _VALUE.finditer(window) if m.end() > fresh)
                rows += sum(1 for m in _ROW.finditer(window) if m.end() > fresh)
                for found in _MERGE.finditer(window):
                    if found.end() <= fresh:
                        continue
                    merged += _merge_area(found, info.filename, name)
                _check_sheet_size(cells, values, info.filename, name)
                if rows > MAX_CELLS or merged > MAX_CELLS:
                    raise InputError(f"工作簿部件 {info.filename} 的行或合并单元格超出上限，"
                                     "不像一张绩效表", file=name)
            tail = window[-256:]


def _merge_area(found: re.Match[bytes], part: str, name: str) -> int:
    """The cells one ``<mergeCell ref=…>`` covers; a range beyond a form's extent is refused."""
    first_col, first_row = _column_number(found.group(1)), int(found.group(2))
    last_col = _column_number(found.group(3)) if found.group(3) else first_col
    last_row = int(found.group(4)) if found.group(4) else first_row
    height = abs(last_row - first_row) + 1
    width = abs(last_col - first_col) + 1
    if height > MAX_ROWS or width > MAX_COLS:
        ref = found.group(0).split(b"ref", 1)[1].strip(b" =\"'").decode("ascii", "replace")
        raise InputError(f"工作簿部件 {part} 的合并单元格 {ref} 过大（{height} 行 × {width} 列），"
                         "不像一张绩效表", file=name)
    return height * width


def _check_sheet_size(cells: int, values: int, part: str, name: str) -> None:
    """Refuse a sheet far larger than a form while its XML streams past, before openpyxl
    builds a cell object for each of its million cells (gigabytes for a 7 MB file).

    Written cells are bounded like the form's extent (2,000 × 50); formatted but empty
    cells only by :data:`MAX_CELLS`, since a hand-made sheet often borders whole columns.
    """
    if values > MAX_ROWS * MAX_COLS or cells > MAX_CELLS:
        raise InputError(f"工作簿部件 {part} 的单元格超出上限（{MAX_ROWS} 行 × {MAX_COLS} 列），"
                         "不像一张绩效表", file=name)


# --- the sheet as anchors (merged cells seen from every position they cover) -----------------


class Anchor(Record, frozen=True, slots=True):
    """A non-empty cell, or the top-left cell of a merged range, with what it covers."""

    sheet: str
    row: int
    col: int
    last_row: int
    last_col: int
    value: object
    text: str
    key: str
    figure: Decimal | None = None
    """The figure the cell shows (:func:`perfdocs.forms.cell_display.shown`): 84 for 0.84 in a
    ``0%`` cell, 18.67 for 18.666 in a ``0.00`` cell; a text cell's figure ("1,080,740")."""

    @property
    def address(self) -> str:
        """``Sheet1!C14`` (the sheet name quoted when it holds spaces or punctuation)."""
        from openpyxl.utils import get_column_letter

        sheet = self.sheet if re.fullmatch(r"\w+", self.sheet) else \
            "'" + self.sheet.replace("'", "''") + "'"
        return f"{sheet}!{get_column_letter(self.col)}{self.row}"

    @property
    def number(self) -> Decimal | None:
        """The cell's figure as shown: a numeric cell through its number format, a text such
        as "1,080,740.00" parsed."""
        return self.figure


def no_funds_hint(typed: str) -> str:
    """「（没有资金请写 0）」 after an amount cell that holds a clerk's "none" (「/」「—」「无」),
    as a project file's amount says it (:data:`perfdocs.model.numbers.NO_FUNDS`); "" else."""
    return f"（{NO_FUNDS}）" if typed_as_none(typed) else ""


def cell_number(value: object) -> Decimal | None:
    """A Decimal from a cell value, never through binary floating point arithmetic.

    openpyxl hands numbers over as Python floats; their ``repr`` is the shortest text that
    reads back to the same double, i.e. exactly the digits the cell was written with.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, Decimal)):
        try:
            return bounded(Decimal(value), value)
        except NumberError:
            return None  # no figure of a form: read as the text it shows, refused there
    if isinstance(value, (datetime, date)):
        return None
    text = repr(value) if not isinstance(value, str) else value
    text = unicodedata.normalize("NFKC", text).strip().rstrip("%").strip()
    text = without_currency(text).strip()  # 「¥1,250.00」 pasted from a budget system
    for suffix in ("万元", "元"):
        text = text.removesuffix(suffix)
    if text in BLANK:
        return None
    try:
        number = parse_decimal(text)
    except NumberError:
        try:
            number = bounded(Decimal(text), text)  # 1e+16 and friends, as repr() writes them
        except (InvalidOperation, NumberError):
            return None  # 1e+308: no figure of a form
    return number if number.is_finite() else None


TYPED_UNITS: dict[str, Decimal] = {"元": Decimal(1), "万元": Decimal(10000),
                                   "亿元": Decimal(100000000)}
"""Money units a clerk may type after an amount in a returned form, as multiples of one 元
(a form prints in 元 or 万元, :data:`perfdocs.model.numbers.MONEY_UNITS`; a large budget is
often written in 亿元)."""

_UNIT_WORD = re.compile(r"^[+-]?[\d,.]*\d[\d,.]*\s*([^\d\s,.%+-][^\d]*)$")
"""A figure followed by a word (「12.5万」「300千元」「5 美元」): the word, for a message."""


def money_in(number: Decimal, typed: str, unit: str) -> Decimal:
    """An amount cell's figure in the form's money unit ``unit``: 「12.5万元」 typed into a
    sheet in 元 is 125,000 元, 「4,294,600元」 in a sheet in 万元 is 429.46, as a project file
    reads an amount that says its unit (:func:`cell_number` drops the word, so the first
    read as 12.5 元: a wrong figure, silently)."""
    text = unicodedata.normalize("NFKC", typed).strip()
    said = next((u for u in ("亿元", "万元", "元") if text.endswith(u)), None)
    if said is None or said == unit or unit not in TYPED_UNITS:
        return number
    return number * TYPED_UNITS[said] / TYPED_UNITS[unit]


def typed_money(typed: str, number: Decimal | None, unit: str | None
                ) -> tuple[Decimal | None, str | None]:
    """An amount cell read in ``unit`` (the sheet's or its label's money unit; None: as it
    stands): its figure (:func:`money_in`; 「1.2亿元」 too, which :func:`cell_number` does
    not read), or None and the unit word that could not be read (「12.5万」「300千元」), for
    the caller's message. ``number`` is the cell's figure as :func:`cell_number` read it."""
    if unit is None:
        return number, None
    text = unicodedata.normalize("NFKC", typed).strip()
    if number is None and text.endswith("亿元"):
        number = cell_number(text.removesuffix("亿元"))
    if number is None:
        word = _UNIT_WORD.match(text)
        return None, word[1].strip() if word else None
    return money_in(number, typed, unit), None


def unit_word_message(typed: str, word: str, unit: str) -> str:
    """What a clerk reads for an amount typed with a unit perfdocs cannot convert."""
    return (f"「{typed}」的单位「{word}」读不出（本栏金额单位为{unit}）：请只写数字，"
            "或在数字后写 元、万元 或 亿元")


def cell_text(value: object) -> str:
    """The text a cell shows: strings as typed, figures in plain decimal, dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, str):
        from openpyxl.utils.escape import unescape

        # Excel escapes literal "_xHHHH_" in text as "_x005F_xHHHH_"; openpyxl keeps it
        return unescape(value).replace("\r\n", "\n").replace("\r", "\n")
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    number = cell_number(value)
    return format(number, "f") if number is not None else str(value)


def _written_cells(sheet: Worksheet, formulas: Worksheet | None,
                   spans: dict[tuple[int, int], tuple[int, int]]) -> set[tuple[int, int]]:
    """Positions that hold a value or a formula, or start a merge: what the form is.

    A cell only formatted (a border down a whole column, a styled cell far below) is not
    part of the form and must not make the sheet look thousands of rows long.
    """
    found = set(spans)
    for source in (sheet, formulas):
        if source is None:
            continue
        found.update(key for key, cell in source._cells.items()
                     if cell.value is not None and str(cell.value).strip())
    return found


class Grid:
    """One worksheet seen as a form: every position knows the (merged) cell covering it."""

    def __init__(self, sheet: Worksheet, file: str, formulas: Worksheet | None = None) -> None:
        self.title = sheet.title
        self.file = file
        spans: dict[tuple[int, int], tuple[int, int]] = {}
        for merged in sheet.merged_cells.ranges:
            spans[(merged.min_row, merged.min_col)] = (merged.max_row, merged.max_col)
        cells = _written_cells(sheet, formulas, spans)
        ends = [spans.get(key, key) for key in cells]
        self.n_rows = max((r for r, _c in ends), default=0)
        self.n_cols = max((c for _r, c in ends), default=0)
        if self.n_rows > MAX_ROWS or self.n_cols > MAX_COLS:
            raise InputError(f"工作表「{sheet.title}」有 {self.n_rows} 行 × "
                             f"{self.n_cols} 列，超出上限（{MAX_ROWS} 行 × {MAX_COLS} 列），"
                             "不像一张绩效表",
                             file=file)
        self.anchors: list[Anchor] = []
        self._at: dict[tuple[int, int], Anchor] = {}
        for row_col in sorted(cells):
            cell = sheet.cell(*row_col)
            if cell.__class__.__name__ == "MergedCell":
                continue
            row, col = row_col
            last = spans.get((row, col), (row, col))
            value = cell.value
            if value is None and formulas is not None:
                typed = formulas.cell(row=row, column=col).value
                value = typed if isinstance(typed, str) and typed.startswith("=") else None
            seen = shown(value, cell.number_format)
            text = seen.text if seen is not None else cell_text(value)
            if not text.strip() and (row, col) not in spans:
                continue
            figure = seen.number if seen is not None else cell_number(value)
            if seen is not None and label_key(text) in BLANK:
                figure = None  # an accounting format's "-" for 0: the box prints no figure
            anchor = Anchor(sheet.title, row, col, last[0], last[1],
                            value, text, label_key(text), figure)
            self.anchors.append(anchor)
            for r in range(anchor.row, min(anchor.last_row, MAX_ROWS) + 1):
                for c in range(anchor.col, min(anchor.last_col, MAX_COLS) + 1):
                    self._at[(r, c)] = anchor
        self.keys = {a.key for a in self.anchors if a.key}

    def at(self, row: int, col: int) -> Anchor | None:
        """The cell covering (row, col), if it is written or merged."""
        return self._at.get((row, col))

    def find(self, variants: Iterable[str], *, after: int = 0,
             before: int | None = None) -> list[Anchor]:
        """Cells whose label key is one of ``variants``, top to bottom, left to right."""
        wanted = set(variants)
        return [a for a in self.anchors if a.key in wanted and a.row > after
                and (before is None or a.row < before)]

    def right_of(self, label: Anchor, labels: set[str]) -> Anchor | None:
        """The first cell right of ``label`` on its top row that is not itself a label."""
        col = label.last_col + 1
        while col <= self.n_cols:
            other = self.at(label.row, col)
            if other is None:
                col += 1
                continue
            if other.key in labels or other.row != label.row:
                return None
            return other
        return None

    def address(self, row: int, col: int) -> str:
        """``Sheet1!C14`` of a position, written or not."""
        from openpyxl.utils import get_column_letter

        probe = Anchor(self.title, row, col, row, col, None, "", "")
        return probe.address.rsplit("!", 1)[0] + f"!{get_column_letter(col)}{row}"


# --- what a reader produces besides the tree ----------------------------------------------


class PrintedFigure(Record, frozen=True, slots=True):
    """A derived figure as the sheet prints it, with its cell."""

    kind: str
    """rate, execution_weight, execution_score, total_weight, total or grade."""
    row: str
    """For a rate: the funds row (total, appropriation, carried_over, other)."""
    value: Decimal | None
    text: str
    address: str


class SheetProblems:
    """Collects what could not be read, each with its cell."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.found: list[Diagnostic] = []

    def add(self, where: str, message: str, label: str | None = None) -> None:
        self.found.append(Diagnostic(Severity.ERROR, message, self.file, None, where, label,
                                     "import"))

    def raise_if_any(self) -> None:
        if self.found:
            raise ValidationFailed(self.file, self.found)


# --- label spellings -----------------------------------------------------------------------


def label_variants(form: FormLayout, key: str) -> set[str]:
    """Every spelling of a label: the aliases and the layout's own, with either money unit.

    "项目总预算（{unit}）" reads "项目总预算（元）", "项目总预算（万元）" and "项目总预算".
    """
    found = {label_key(v) for v in ALIASES.get(key, ())}
    label = form.labels.get(key, "")
    if label.strip():
        if "{unit}" in label:
            found.update(label_key(label.replace("{unit}", unit)) for unit in ("元", "万元"))
            found.add(label_key(_UNIT_SLOT.sub("", label).replace("{unit}", "")))
        else:
            found.add(label_key(label))
    return found


def fund_row_variants(form: FormLayout, spec: FundRowSpec) -> set[str]:
    """Every spelling of a funds row's label: a national row's aliases (其中:当年财政拨款 …)
    and the layout's label, a declared row's printed label and its project-file name."""
    from perfdocs.layouts.layout import NATIONAL_FUND_LABELS

    national = {name: key for key, name in NATIONAL_FUND_LABELS}
    found: set[str] = set()
    if spec.key in national:
        found |= label_variants(form, national[spec.key])
    for text in (spec.label, spec.key):
        folded = label_key(text)
        found |= {folded, folded.removeprefix("其中:")}
    return {f for f in found if f}


def sheet_unit(grid: Grid, form: FormLayout | None = None
               ) -> tuple[str | None, Anchor | None]:
    """The money unit a sheet prints (元 or 万元) and the cell that says it.

    Found in the funds caption or in a row-label heading such as 年度预算数（万元）: the
    known spellings, and, given the layout's ``form``, any of its funds labels written with
    ``{unit}`` wherever the layout prints it."""
    patterns = [_FUNDS_UNIT]
    for key in UNIT_LABELS if form is not None else ():
        label = form.labels.get(key, "") if form is not None else ""
        if "{unit}" in label:
            head, _, tail = label_key(label).partition("{unit}")
            patterns.append(re.compile(f"{re.escape(head)}(万元|元){re.escape(tail)}"))
    for pattern in patterns:
        for anchor in grid.anchors:
            match = pattern.search(anchor.key)
            if match:
                return match[1], anchor
    return None, None


# --- reading the forms ----------------------------------------------------------------------


class SheetReader:
    """Reads one sheet of a known kind into the project tree, noting each field's cell."""

    def __init__(self, grid: Grid, form: FormLayout, problems: SheetProblems,
                 cells: dict[Loc, str]) -> None:
        self.grid, self.form, self.problems, self.cells = grid, form, problems, cells
        self.labels = set().union(*(label_variants(form, k) for k in ALIASES))

    def label(self, key: str, *, after: int = 0, before: int | None = None,
              required: bool = True) -> Anchor | None:
        found = self.grid.find(label_variants(self.form, key), after=after, before=before)
        if not found:
            if required:
                shown = self.form.labels.get(key) or ALIASES.get(key, (key,))[0]
                shown = shown.replace("{unit}", self.form.money_unit)
                self.problems.add(f"工作表「{self.grid.title}」", f"找不到标签「{shown.strip()}」"
                                  f"（工作表「{self.grid.title}」）", shown.strip())
            return None
        return found[0]

    def value_right(self, key: str, loc: Loc, *, required: bool = True) -> str | None:
        """The text right of a label (项目名称 → its value), noted at ``loc``."""
        label = self.label(key, required=required)
        if label is None:
            return None
        value = self.grid.right_of(label, self.labels)
        if value is None or not value.text.strip():
            if required:
                self.problems.add(self.grid.address(label.row, label.last_col + 1),
                                  f"「{label.text.strip()}」右边没有填写内容", label.text.strip())
            return None
        self.cells[loc] = value.address
        return value.text.strip()

    def amount(self, label: Anchor | None, loc: Loc, unit: str | None = None) -> str | None:
        """The amount right of ``label`` as the project file writes money ("6,424,663.00"),
        noted at ``loc``; None when blank, and a problem when it is not a number.

        ``unit`` is the money unit the amount is printed in (the sheet's, or its label's
        own: 「项目总预算（元）」): an amount typed with another (「429.46万元」「1.2亿元」) is
        read in it (:func:`typed_money`), one typed with a unit that cannot be converted
        (「12.5万」「300千元」) is refused naming the cell and the label, never read as the
        bare figure (the word was dropped: 10,000 times the amount, silently)."""
        if label is None:
            return None
        value = self.grid.right_of(label, self.labels)
        self.cells[loc] = (value.address if value
                           else self.grid.address(label.row, label.last_col + 1))
        if value is None or label_key(value.text) in BLANK:
            return None
        typed = value.text.strip()
        number, unread = typed_money(typed, value.number, unit)
        name = re.sub(r"\s+", "", label.text).rstrip("：:")
        if number is None and unread is not None and unit is not None:
            self.problems.add(value.address, unit_word_message(typed, unread, unit), name)
            return None
        if number is None:
            self.problems.add(value.address, f"「{typed}」不是金额{no_funds_hint(value.text)}",
                              label.text.strip())
            return None
        return sheet_money(number, self.form.display.money.places)

    def cell(self, row: int, span: Anchor) -> Anchor | None:
        """The cell starting on ``row`` under the column(s) of a heading."""
        for col in range(span.col, span.last_col + 1):
            found = self.grid.at(row, col)
            if found is not None and found.row == row and found is not span:
                return found
        return None

    def text_under(self, row: int, heading: Anchor | None, loc: Loc) -> str | None:
        if heading is None:
            return None
        found = self.cell(row, heading)
        if found is None:
            self.cells[loc] = self.grid.address(row, heading.col)
            return None
        self.cells[loc] = found.address
        return found.text.strip() or None

    def number_under(self, row: int, heading: Anchor | None, loc: Loc, label: str, *,
                     blank_ok: bool = True, word: str = "", money: str | None = None
                     ) -> Decimal | None:
        """The figure in ``heading``'s column of ``row``; ``word`` is one a preparer may
        write after it (``分`` of a 分值 or 得分: 「9分」, as project files take it);
        ``money``: the sheet's money unit, for an amount read in it whatever unit its text
        says (:func:`money_in`)."""
        if heading is None:
            return None
        found = self.cell(row, heading)
        where = found.address if found else self.grid.address(row, heading.col)
        self.cells[loc] = where
        if found is None or label_key(found.text) in BLANK:
            if not blank_ok:
                self.problems.add(where, f"{label}没有填写", label)
            return None
        number = found.number
        typed = found.text.strip()
        if number is None and word and typed.endswith(word):
            number = cell_number(typed.removesuffix(word))
        unread = None
        if money is not None:
            number, unread = typed_money(typed, number, money)
        if number is None and unread is not None and money is not None:
            self.problems.add(where, f"{label}{unit_word_message(typed, unread, money)}",
                              label)
        elif number is None:
            hint = no_funds_hint(typed) if label in FUND_COLUMNS.values() else ""
            self.problems.add(where, f"{label}「{typed}」不是数字{hint}", label)
        return number

    def year(self, before: int) -> int | None:
        for anchor in self.grid.anchors:
            if anchor.row >= before:
                break
            match = YEAR.search(unicodedata.normalize("NFKC", anchor.text))
            if match:
                return int(match[1])
        return None


def padded(value: Decimal, places: int) -> Decimal:
    """``value`` shown with ``places`` decimals when that loses nothing (2.0 → 2.00)."""
    fixed = value.quantize(Decimal(1).scaleb(-places))
    return fixed if fixed == value else value


def sheet_money(value: Decimal | None, places: int = 2) -> str | None:
    """An amount written as the form prints it: "4,358,177.00"."""
    return None if value is None else f"{padded(value, places):,f}"


def read_indicators(rd: SheetReader, header_row: int, printed: list[PrintedFigure], *,
                     selfeval: bool) -> dict[str, Any]:
    """The indicator table: 一级/二级 taken from the (merged or repeated) cells on the left."""
    grid, section = rd.grid, "自评" if selfeval else "申报"
    keys: tuple[str, ...] = (
        ("level1", "level2", "level3", "target", "actual", "weight", "score", "reason")
        if selfeval else ("level1", "level2", "level3", "target"))
    optional = {"actual", "reason"}
    # a layout printing the target in three columns (指标性质 | 指标值 | 度量单位)
    split = [k for k in TARGET_PARTS if rd.form.span(k) is not None] if selfeval else []
    if split and rd.form.span("target") is None:
        keys = tuple(k for k in keys if k != "target")
    heads = {k: rd.label(k, after=header_row - 1, before=header_row + 1,
                         required=k not in optional) for k in (*keys, *split)}
    heads.setdefault("target", None)
    if heads["level3"] is None or heads["level1"] is None or heads["level2"] is None:
        return {}
    # The layout's extra columns (备注 …), found by their printed heading: what a reviewer
    # writes there is part of the project, never dropped on the way back.
    extras: list[tuple[str, Anchor]] = []
    for extra in rd.form.extra_columns:
        found = rd.grid.find({label_key(extra.label or extra.field)}, after=header_row - 1,
                             before=header_row + 1)
        if found:
            extras.append((extra.field, found[0]))
    end_labels = label_variants(rd.form, "total") | label_variants(rd.form, "grade")
    tree: dict[str, dict[str, list[dict[str, Any]]]] = {}
    level1 = level2 = None
    for r in range(heads["level3"].last_row + 1, grid.n_rows + 1):
        row_cells = [a for c in range(1, grid.n_cols + 1) if (a := grid.at(r, c)) is not None]
        if any(a.key in end_labels for a in row_cells):
            if selfeval:
                _read_totals(rd, r, heads, printed)
            break
        name_cell = rd.cell(r, heads["level3"])
        first = grid.at(r, heads["level1"].col)
        if name_cell is not None and first is name_cell:
            break  # a note spanning the whole width (the revision line) ends the table
        if name_cell is None or not name_cell.text.strip():
            if all(rd.cell(r, h) is None for h in heads.values() if h is not None):
                continue
            rd.problems.add(grid.address(r, heads["level3"].col), "这一行没有三级指标名称",
                            "三级指标")
            continue
        l1 = grid.at(r, heads["level1"].col)
        l2 = grid.at(r, heads["level2"].col)
        # a group name wrapped on the form (服务对象\n满意度指标) is one name
        new_l1 = level1_name(rd.form.display.level1_name, _one_line(l1.text)) \
            if l1 is not None and l1.text.strip() else None
        if new_l1 and new_l1 != level1:
            level1, level2 = new_l1, None
        if l2 is not None and l2.text.strip():
            level2 = _one_line(l2.text)
        if level1 is None or level2 is None:
            missing = "一级指标" if level1 is None else "二级指标"
            head = heads["level1" if level1 is None else "level2"]
            assert head is not None  # both were found, or the table was not read at all
            col = head.col
            rd.problems.add(grid.address(r, col),
                            f"「{name_cell.text.strip()}」所在行没有{missing}", missing)
            continue
        items = tree.setdefault(level1, {}).setdefault(level2, [])
        loc: Loc = (section, "绩效指标", level1, level2, len(items))
        rd.cells[loc] = name_cell.address
        rd.cells[(*loc, "三级指标")] = name_cell.address
        item: dict[str, Any] = {"三级指标": name_cell.text.strip()}
        item["年度指标值"] = rd.text_under(r, heads["target"], (*loc, "年度指标值")) \
            if heads["target"] is not None else _split_target(rd, r, heads, (*loc, "年度指标值"))
        if selfeval:
            item["实际完成值"] = rd.text_under(r, heads["actual"], (*loc, "实际完成值"))
            weight = rd.number_under(r, heads["weight"], (*loc, "分值"), "分值", blank_ok=False,
                                     word="分")
            score = rd.number_under(r, heads["score"], (*loc, "得分"), "得分", word="分")
            display = rd.form.display
            item["分值"] = weight  # as typed: the form prints 分值 as given, unrounded
            item["得分"] = padded(score, display.score.places) if score is not None else None
            item["偏差原因分析及改进措施"] = rd.text_under(r, heads["reason"],
                                                  (*loc, "偏差原因分析及改进措施"))
        for field, heading in extras:
            key = "备注" if field == "备注" else "其他栏"
            text = rd.text_under(r, heading, (*loc, key) if key == "备注" else (*loc, key, field))
            if text is None:
                continue
            if key == "备注":
                item["备注"] = text
            else:
                item.setdefault("其他栏", {})[field] = text
        items.append(drop_unread(item))
    if not tree:
        rd.problems.add(grid.address(heads["level3"].row + 1, heads["level3"].col),
                        "绩效指标表中没有读到任何三级指标", "三级指标")
    return tree


def _split_target(rd: SheetReader, r: int, heads: dict[str, Anchor | None],
                  loc: Loc) -> str | None:
    """A 年度指标值 printed in three columns, joined again: ≥ | 95 | % → "≥95%"."""
    parts = [rd.text_under(r, heads.get(k), loc) for k in TARGET_PARTS]
    if heads.get("target_value") is not None:  # the 指标值 column is the field's cell
        rd.text_under(r, heads["target_value"], loc)
    return "".join(p for p in parts if p) or None


def _read_totals(rd: SheetReader, r: int, heads: dict[str, Anchor | None],
                 printed: list[PrintedFigure]) -> None:
    """总分 (and its 分值 total) on row ``r``, and the 评分等级 under it."""
    grid = rd.grid
    for kind, heading in (("total_weight", heads["weight"]), ("total", heads["score"])):
        if heading is None:
            continue
        found = rd.cell(r, heading)
        if found is not None:
            printed.append(PrintedFigure(kind, "", found.number, found.text.strip(),
                                         found.address))
    grade = rd.label("grade", after=r - 1, required=False)
    if grade is not None:
        value = grid.right_of(grade, rd.labels)
        if value is not None:
            printed.append(PrintedFigure("grade", "", None, value.text.strip(), value.address))


def drop_unread(mapping: dict[str, Any]) -> dict[str, Any]:
    """Drop keys whose value was not read (None), keeping the order."""
    return {k: v for k, v in mapping.items() if v is not None}


def _one_line(text: str) -> str:
    """A name as one line: the line breaks a form wraps a group name with dropped."""
    return "".join(part.strip() for part in text.splitlines())

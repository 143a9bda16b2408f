"""Filled workbooks → project YAML: ``perfdocs import FORM.xlsx [DECL.xlsx] [-o FILE.yaml]``.

Units hold years of forms filled by hand in Excel, and reviewers send forms back as
workbooks. The importer reads a 自评表 (and, given with it, the project's 申报表 or 2020
绩效目标表, see :mod:`perfdocs.forms.target.reader`) by finding the form's LABELS — 项目名称,
年初预算数, 三级指标, 分值, 得分, 总分… — never fixed cell addresses, so a sheet whose
columns are shifted, whose cells are merged differently or whose labels are spaced like
"分  值" reads the same as perfdocs' own output. Labels are compared after NFKC folding
(full-width → half-width) with every space removed.

A workbook in which no sheet is a form it knows is an error, never skipped: the preparer
named it, so dropping it would lose a form without a word. A sheet that is plainly no form
(a 填表说明) beside a form is skipped with a warning, written into the YAML's head; one that
looks like a form it cannot place (项目名称, 三级指标… but no known table) is an error. A
corrected form's "修订第 n 版（日期）：原因" line comes back as ``修订``.

Everything the form prints that perfdocs would compute itself (执行率, 执行率得分, 总分,
评分等级) goes into ``自评.原表`` so that ``validate`` and ``check`` can compare it with the
correct figure; every field remembers the cell it came from, so a problem is reported as
``Sheet1!C14``. The YAML is written by hand here (not by a YAML library) so that it reads like
the bundled examples: the same key order, targets always quoted, long texts as block scalars.

Workbooks come from outside, so they are opened defensively: a size cap on the file and on
its unpacked parts, no DTD or entity declaration anywhere (the "billion laughs" expansion;
openpyxl also parses through defusedxml when it is installed, which perfdocs requires), and
a cap on the rows and columns of every sheet.
"""

from __future__ import annotations

import copy
import re
import unicodedata
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from perfdocs.cell_display import shown
from perfdocs.errors import Diagnostic, InputError, Severity, ValidationFailed
from perfdocs.loading.source import Loc, format_loc
from perfdocs.model.marks import TO_FILL
from perfdocs.model.numbers import NumberError, parse_decimal

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

    from perfdocs.layouts.layout import FormLayout, Layout
    from perfdocs.loading.project import Loaded
    from perfdocs.loading.settings import Settings

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

SELFEVAL, DECLARATION, TARGET = "自评表", "申报表", "绩效目标表"
SECTION_OF = {SELFEVAL: "自评", DECLARATION: "申报", TARGET: "申报"}
"""The project file part each kind of form prints: the 申报表 and the 2020 绩效目标表 are
two layouts' forms of the same declaration, so a project has at most one of them."""
BUILDER_OF = {SELFEVAL: "selfeval", DECLARATION: "declaration", TARGET: "target"}
_BLANK = {"", "-", "—", "－", "/", "无"}
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
    # the 2020 绩效目标表 (perfdocs.importer_target)
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
_FUNDS_UNIT = re.compile(r"项目资金\((万元|元)\)")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_UNIT_SLOT = re.compile(r"[（(]\s*\{unit\}\s*[)）]")
"""A layout label's money unit placeholder: "项目总预算（{unit}）"."""
_REVISION = re.compile(r"^修订第\s*(\d+)\s*版\s*[（(]\s*([^（()）\n]+?)\s*[)）]\s*[:：]\s*(.*)",
                       re.DOTALL | re.MULTILINE)
"""The line :func:`perfdocs.engine.pipeline.revision_text` prints under a corrected form (a line
of its own, after any other footer text)."""
_FORM_KEYS = {"项目名称", "三级指标", "三级目标", "一级指标", "一级目标", "年度总体目标",
              "绩效指标", "年初预算数", "总分"}
"""Labels that make an unrecognised sheet look like a form rather than a note."""


def label_key(text: str) -> str:
    """The form of a label used for matching: NFKC folded, no spaces, no trailing colon."""
    folded = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", "", folded).rstrip(":")


# --- reading a workbook safely -------------------------------------------------------------


def open_workbook(path: Path) -> tuple[Any, Any]:
    """Open ``path`` with openpyxl after the checks that keep a hostile file harmless.

    Returns the workbook twice: with the values Excel last computed, and with the formulas.
    A box typed as ``=100(%)`` without the leading apostrophe is a formula to Excel (and to
    openpyxl, which wrote no computed value): its formula text is what the preparer meant.
    """
    import openpyxl

    name = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError("文件不存在", file=name) from None
    except OSError as exc:
        raise InputError(f"无法读取文件：{exc.strerror}", file=name) from None
    if path.is_dir():
        raise InputError("这是一个文件夹，不是 Excel 工作簿", file=name)
    if size > MAX_FILE_BYTES:
        raise InputError(f"文件过大（{size} 字节）：填好的表格不应超过 20 MB", file=name)
    _check_package(path)
    if not openpyxl.DEFUSEDXML:
        raise InputError("未启用 defusedxml（环境变量 OPENPYXL_DEFUSEDXML=False？），"
                         "为安全起见不读取外来的工作簿", file=name)
    try:
        values = openpyxl.load_workbook(path, read_only=False, data_only=True)
        formulas = openpyxl.load_workbook(path, read_only=False, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise InputError(f"无法作为 Excel 工作簿（.xlsx）读取：{type(exc).__name__}: {exc}",
                         file=name) from None
    return values, formulas


def _check_package(path: Path) -> None:
    """Refuse zip bombs and XML with a DTD (entity expansion) before openpyxl parses."""
    name = str(path)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_PARTS:
                raise InputError(f"工作簿包含 {len(infos)} 个部件，超出上限", file=name)
            if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
                raise InputError("工作簿解压后过大（超过 100 MB），拒绝读取", file=name)
            for info in infos:
                if not info.filename.endswith((".xml", ".rels", ".vml")):
                    continue
                sheet = info.filename.startswith("xl/worksheets/")
                cells = values = 0
                with archive.open(info) as part:
                    tail = b""
                    while chunk := part.read(1 << 16):
                        window = tail + chunk
                        if _DTD.search(window):
                            raise InputError(f"工作簿部件 {info.filename} 含有 DTD 或实体声明"
                                             "（可能是 XML 实体展开攻击），拒绝读取", file=name)
                        if sheet:
                            cells += len(_CELL.findall(chunk))
                            values += len(_VALUE.findall(chunk))
                            _check_sheet_size(cells, values, info.filename, name)
                        tail = chunk[-64:]
    except zipfile.BadZipFile:
        raise InputError("不是 .xlsx 工作簿（无法作为 zip 打开）；旧版 .xls 请先另存为 .xlsx",
                         file=name) from None
    except OSError as exc:
        raise InputError(f"无法读取文件：{exc}", file=name) from None


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


@dataclass(frozen=True, slots=True)
class Anchor:
    """A non-empty cell, or the top-left cell of a merged range, with what it covers."""

    sheet: str
    row: int
    col: int
    last_row: int
    last_col: int
    value: Any
    text: str
    key: str
    figure: Decimal | None = None
    """The figure the cell shows (:func:`perfdocs.cell_display.shown`): 84 for 0.84 in a
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


def cell_number(value: Any) -> Decimal | None:
    """A Decimal from a cell value, never through binary floating point arithmetic.

    openpyxl hands numbers over as Python floats; their ``repr`` is the shortest text that
    reads back to the same double, i.e. exactly the digits the cell was written with.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, Decimal)):
        return Decimal(value)
    if isinstance(value, (datetime, date)):
        return None
    text = repr(value) if not isinstance(value, str) else value
    text = unicodedata.normalize("NFKC", text).strip().rstrip("%").strip()
    for suffix in ("万元", "元"):
        text = text.removesuffix(suffix)
    if text in _BLANK:
        return None
    try:
        number = parse_decimal(text)
    except NumberError:
        try:
            number = Decimal(text)  # 1e+16 and friends, as repr() writes them
        except InvalidOperation:
            return None
    return number if number.is_finite() else None


def cell_text(value: Any) -> str:
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
            last = spans.get((cell.row, cell.column), (cell.row, cell.column))
            value = cell.value
            if value is None and formulas is not None:
                typed = formulas.cell(row=cell.row, column=cell.column).value
                value = typed if isinstance(typed, str) and typed.startswith("=") else None
            seen = shown(value, cell.number_format)
            text = seen.text if seen is not None else cell_text(value)
            if not text.strip() and (cell.row, cell.column) not in spans:
                continue
            figure = seen.number if seen is not None else cell_number(value)
            if seen is not None and label_key(text) in _BLANK:
                figure = None  # an accounting format's "-" for 0: the box prints no figure
            anchor = Anchor(sheet.title, cell.row, cell.column, last[0], last[1],
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


# --- what an import produces ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PrintedFigure:
    """A derived figure as the sheet prints it, with its cell."""

    kind: str
    """rate, execution_weight, execution_score, total_weight, total or grade."""
    row: str
    """For a rate: the funds row (total, appropriation, carried_over, other)."""
    value: Decimal | None
    text: str
    address: str


@dataclass
class Imported:
    """The project read from one or two workbooks, as plain data with the cell of each field."""

    files: list[str]
    tree: dict[str, Any]
    unit: str
    layout: str
    default_layout: str
    cells: dict[Loc, str] = field(default_factory=dict)
    printed: list[PrintedFigure] = field(default_factory=list)
    warnings: list[Diagnostic] = field(default_factory=list)
    """What the import skipped or could not know (a sheet that is no form, a field the form
    does not print); the YAML repeats them in its head so they travel with the file."""

    @property
    def file(self) -> str:
        return " + ".join(self.files)

    def address_of(self, loc: Loc) -> str | None:
        """The cell a field was read from, or the nearest enclosing one."""
        for end in range(len(loc), 0, -1):
            found = self.cells.get(tuple(loc[:end]))
            if found:
                return found
        return None

    def loaded(self) -> Loaded:
        """The project validated by the schema, as if loaded from a file (no line numbers).

        Raises :class:`ValidationFailed` naming the cell of every field that does not fit.
        """
        from pydantic import ValidationError

        from perfdocs.loading.project import Loaded, _diagnostic
        from perfdocs.loading.source import Source
        from perfdocs.model.project import Project

        source = Source(self.file, self.tree, {})
        try:
            project = Project.model_validate(self.tree, context={"unit": self.unit})
        except ValidationError as exc:
            found = []
            for err in exc.errors():
                d = _diagnostic(source, err)
                loc = tuple(err["loc"])
                found.append(Diagnostic(d.severity, d.message, self.file, None,
                                        self.address_of(loc) or d.field, format_loc(loc),
                                        d.rule))
            raise ValidationFailed(self.file, found) from None
        return Loaded(source, project)

    def yaml(self) -> str:
        """The project file, in the bundled examples' key order and quoting."""
        return dump_project(self.tree, self.files,
                            [f"{d.field}：{d.message}" if d.field else d.message
                             for d in self.warnings])


class _Problems:
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


# --- layout detection -----------------------------------------------------------------------


def _variants(form: FormLayout, key: str) -> set[str]:
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


def _kind_of(grid: Grid) -> str | None:
    """Which form a sheet is, by its indicator table's heading (None: not a form we know).

    The 自评表 and the 申报表 head it 三级指标 (the 自评表 adds 实际完成值 and 得分); the
    2020 绩效目标表 heads it 三级目标.
    """
    if "三级指标" in grid.keys:
        if "实际完成值" in grid.keys or "得分" in grid.keys:
            return SELFEVAL
        return DECLARATION
    if "三级目标" in grid.keys:
        return TARGET
    return None


def _looks_like_form(grid: Grid) -> bool:
    """Whether an unrecognised sheet holds labels of a form (so skipping it could lose one)."""
    return bool(grid.keys & _FORM_KEYS) or any(
        key.startswith("财政项目支出绩效") for key in grid.keys)


def _sheet_unit(grid: Grid) -> tuple[str | None, Anchor | None]:
    for anchor in grid.anchors:
        match = _FUNDS_UNIT.search(anchor.key)
        if match:
            return match[1], anchor
    return None, None


def detect_layout(grid: Grid, kind: str, settings: Settings) -> tuple[Layout, FormLayout]:
    """The installed layout whose form's labels this sheet matches best.

    Each layout's form of the sheet's kind is scored by how many of its labels the sheet
    holds, plus one when its money unit is the one the sheet's 项目资金（…）label names; a
    tie goes to the layout whose name holds the sheet's year (shanghai-2021 for a
    「（2021年度）」 sheet), then to the configured default layout.
    """
    from perfdocs.layouts.layout import available, read_layout

    builder = BUILDER_OF[kind]
    unit, _ = _sheet_unit(grid)
    year = next((int(m[1]) for a in grid.anchors[:10]
                 if (m := _YEAR.search(unicodedata.normalize("NFKC", a.text)))), None)
    best: tuple[int, int, int, Layout, FormLayout] | None = None
    for name, folder in available(settings.layout_paths).items():
        layout = read_layout(folder)
        for form in layout.forms.values():
            if form.builder != builder:
                continue
            labels = [label_key(v.replace("{unit}", "")) for v in form.labels.values()
                      if v.strip()]
            score = sum(1 for v in labels if v in grid.keys) + (form.money_unit == unit)
            rank = (score, int(year is not None and str(year) in name),
                    int(name == settings.layout))
            if best is None or rank > best[:3]:
                best = (*rank, layout, form)
    if best is None:
        raise InputError(f"没有已安装的版式含有{kind}，无法识别工作表「{grid.title}」",
                         file=grid.file)
    return best[3], best[4]


# --- reading the forms ----------------------------------------------------------------------


class _Reader:
    """Reads one sheet of a known kind into the project tree, noting each field's cell."""

    def __init__(self, grid: Grid, form: FormLayout, problems: _Problems,
                 cells: dict[Loc, str]) -> None:
        self.grid, self.form, self.problems, self.cells = grid, form, problems, cells
        self.labels = set().union(*(_variants(form, k) for k in ALIASES))

    def label(self, key: str, *, after: int = 0, before: int | None = None,
              required: bool = True) -> Anchor | None:
        found = self.grid.find(_variants(self.form, key), after=after, before=before)
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

    def amount(self, label: Anchor | None, loc: Loc) -> str | None:
        """The amount right of ``label`` as the project file writes money ("6,424,663.00"),
        noted at ``loc``; None when blank, and a problem when it is not a number."""
        if label is None:
            return None
        value = self.grid.right_of(label, self.labels)
        self.cells[loc] = (value.address if value
                           else self.grid.address(label.row, label.last_col + 1))
        if value is None or label_key(value.text) in _BLANK:
            return None
        if value.number is None:
            self.problems.add(value.address, f"「{value.text.strip()}」不是金额",
                              label.text.strip())
            return None
        return _money(value.number, self.form.display.money.places)

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
                     blank_ok: bool = True) -> Decimal | None:
        if heading is None:
            return None
        found = self.cell(row, heading)
        where = found.address if found else self.grid.address(row, heading.col)
        self.cells[loc] = where
        if found is None or label_key(found.text) in _BLANK:
            if not blank_ok:
                self.problems.add(where, f"{label}没有填写", label)
            return None
        number = found.number
        if number is None:
            self.problems.add(where, f"{label}「{found.text.strip()}」不是数字", label)
        return number

    def year(self, before: int) -> int | None:
        for anchor in self.grid.anchors:
            if anchor.row >= before:
                break
            match = _YEAR.search(unicodedata.normalize("NFKC", anchor.text))
            if match:
                return int(match[1])
        return None


def _fmt_number(value: Decimal) -> str:
    """A figure as a project file holds it: plain digits, at least as many places as typed."""
    return format(value, "f")


def _padded(value: Decimal, places: int) -> Decimal:
    """``value`` shown with ``places`` decimals when that loses nothing (2.0 → 2.00)."""
    fixed = value.quantize(Decimal(1).scaleb(-places))
    return fixed if fixed == value else value


def _money(value: Decimal | None, places: int = 2) -> str | None:
    """An amount written as the form prints it: "4,358,177.00"."""
    return None if value is None else f"{_padded(value, places):,f}"


def read_selfeval(grid: Grid, form: FormLayout, problems: _Problems,
                  cells: dict[Loc, str]) -> tuple[dict[str, Any], list[PrintedFigure], str]:
    """The header fields and the ``自评`` section of a 自评表 sheet (plus its printed figures)."""
    rd = _Reader(grid, form, problems, cells)
    head: dict[str, Any] = {}
    name_label = rd.label("project_name")
    year = rd.year(name_label.row if name_label else grid.n_rows + 1)
    if year is None:
        problems.add(f"{grid.title}!A1", "表头找不到年度（如「（2024年度）」）", "年度")
    head["年度"] = year
    head["项目名称"] = rd.value_right("project_name", ("项目名称",))
    head["主管部门"] = rd.value_right("department", ("主管部门",))
    head["实施单位"] = rd.value_right("unit", ("实施单位",))
    unit, unit_anchor = _sheet_unit(grid)
    if unit is None:
        problems.add(f"{grid.title}!A1", "找不到「项目资金（万元）」或「项目资金（元）」标签，"
                     "无法确定金额单位", "项目资金")
        unit = form.money_unit
    head["金额单位"] = unit

    printed: list[PrintedFigure] = []
    evaluation: dict[str, Any] = {"项目资金": _read_funds(rd, printed)}
    indicator_head = rd.label("level3")
    h = indicator_head.row if indicator_head else grid.n_rows + 1
    evaluation["年度总体目标"] = _read_goals(rd, h)
    evaluation["绩效指标"] = _read_indicators(rd, h, printed, selfeval=True)
    rest = [p for p in printed if p.kind in ("rate", "execution_score") and p.row == "total"]
    rest += [p for p in printed if p.kind in ("total", "grade")]
    original: dict[str, Any] = {}
    names = {"rate": "执行率", "execution_score": "执行率得分", "total": "总分",
             "grade": "评分等级"}
    for figure in rest:
        if figure.kind == "grade":
            if figure.text:
                original[names[figure.kind]] = figure.text
        elif figure.value is not None:
            original[names[figure.kind]] = figure.value
        cells[("自评", "原表", names[figure.kind])] = figure.address
    if original:
        evaluation["原表"] = original
    if unit_anchor is not None:
        cells[("金额单位",)] = unit_anchor.address
    return head, printed, _clean(evaluation)


def _read_funds(rd: _Reader, printed: list[PrintedFigure]) -> dict[str, Any]:
    grid = rd.grid
    initial = rd.label("initial")
    if initial is None:
        return {}
    heads = {key: rd.label(key, after=initial.row - 1, before=initial.row + 1,
                           required=key in FUND_COLUMNS)
             for key in (*FUND_COLUMNS, "execution_weight", "rate", "execution_score")}
    funds: dict[str, Any] = {}
    ends = [a.row for a in grid.find(_variants(rd.form, "level3")) + grid.find(
        _variants(rd.form, "expected"))]
    stop = min(ends) if ends else grid.n_rows + 1
    row_keys = {key: _variants(rd.form, key) for key in FUND_ROWS}
    for r in range(initial.row + 1, stop):
        kind = None
        for c in range(1, initial.col):
            anchor = grid.at(r, c)
            if anchor is None or anchor.row != r:
                continue
            kind = next((k for k, v in row_keys.items() if anchor.key in v), None)
            if kind:
                break
        if kind is None:
            continue
        label = FUND_ROWS[kind]
        loc: Loc = ("自评", "项目资金", label)
        rd.cells.setdefault(loc, grid.address(r, initial.col))
        amounts: dict[str, Any] = {}
        for key, column in FUND_COLUMNS.items():
            amounts[column] = _money(rd.number_under(r, heads[key], (*loc, column), column),
                                     rd.form.display.money.places)
        if any(v is not None for v in amounts.values()) or kind == "total_row":
            funds[label] = _clean(amounts)  # a 其中 row left blank is a row not given
        row_name = "total" if kind == "total_row" else kind
        for key in ("rate", "execution_weight", "execution_score"):
            if kind != "total_row" and key != "rate":
                continue
            heading = heads.get(key)
            if heading is None:
                continue
            found = rd.cell(r, heading)
            if found is None:
                continue
            value = found.number
            if value is None and label_key(found.text) not in _BLANK:
                rd.problems.add(found.address, f"「{found.text.strip()}」不是数字",
                                heading.text.strip())
            printed.append(PrintedFigure(key, row_name, value, found.text.strip(),
                                         found.address))
    if "年度资金总额" not in funds:
        rd.problems.add(grid.address(initial.row + 1, max(1, initial.col - 1)),
                        "找不到「年度资金总额」一行", "年度资金总额")
    return funds


def _read_goals(rd: _Reader, before: int) -> dict[str, Any]:
    expected = rd.label("expected", before=before)
    achieved = rd.label("achieved", before=before, required=False)
    if expected is None:
        return {}
    r = expected.last_row + 1
    return {"预期目标": rd.text_under(r, expected, ("自评", "年度总体目标", "预期目标")),
            "实际完成情况": rd.text_under(r, achieved, ("自评", "年度总体目标", "实际完成情况"))}


def _read_indicators(rd: _Reader, header_row: int, printed: list[PrintedFigure], *,
                     selfeval: bool) -> dict[str, Any]:
    """The indicator table: 一级/二级 taken from the (merged or repeated) cells on the left."""
    grid, section = rd.grid, "自评" if selfeval else "申报"
    keys = ("level1", "level2", "level3", "target", "actual", "weight", "score", "reason") \
        if selfeval else ("level1", "level2", "level3", "target")
    optional = {"actual", "reason"}
    heads = {k: rd.label(k, after=header_row - 1, before=header_row + 1,
                         required=k not in optional) for k in keys}
    if heads["level3"] is None or heads["level1"] is None or heads["level2"] is None:
        return {}
    end_labels = _variants(rd.form, "total") | _variants(rd.form, "grade")
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
        new_l1 = l1.text.strip() if l1 is not None and l1.text.strip() else None
        if new_l1 and new_l1 != level1:
            level1, level2 = new_l1, None
        if l2 is not None and l2.text.strip():
            level2 = l2.text.strip()
        if level1 is None or level2 is None:
            missing = "一级指标" if level1 is None else "二级指标"
            col = heads["level1" if level1 is None else "level2"].col
            rd.problems.add(grid.address(r, col),
                            f"「{name_cell.text.strip()}」所在行没有{missing}", missing)
            continue
        items = tree.setdefault(level1, {}).setdefault(level2, [])
        loc: Loc = (section, "绩效指标", level1, level2, len(items))
        rd.cells[loc] = name_cell.address
        rd.cells[(*loc, "三级指标")] = name_cell.address
        item: dict[str, Any] = {"三级指标": name_cell.text.strip()}
        item["年度指标值"] = rd.text_under(r, heads["target"], (*loc, "年度指标值"))
        if selfeval:
            item["实际完成值"] = rd.text_under(r, heads["actual"], (*loc, "实际完成值"))
            weight = rd.number_under(r, heads["weight"], (*loc, "分值"), "分值", blank_ok=False)
            score = rd.number_under(r, heads["score"], (*loc, "得分"), "得分")
            display = rd.form.display
            item["分值"] = weight  # as typed: the form prints 分值 as given, unrounded
            item["得分"] = _padded(score, display.score.places) if score is not None else None
            item["偏差原因分析及改进措施"] = rd.text_under(r, heads["reason"],
                                                  (*loc, "偏差原因分析及改进措施"))
        items.append(_clean(item))
    if not tree:
        rd.problems.add(grid.address(heads["level3"].row + 1, heads["level3"].col),
                        "绩效指标表中没有读到任何三级指标", "三级指标")
    return tree


def _read_totals(rd: _Reader, r: int, heads: dict[str, Anchor | None],
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


def read_declaration(grid: Grid, form: FormLayout, problems: _Problems, cells: dict[Loc, str],
                     file_unit: str | None) -> tuple[dict[str, Any], dict[str, Any]]:
    """The header fields and the ``申报`` section of a 申报表 sheet."""
    rd = _Reader(grid, form, problems, cells)
    head: dict[str, Any] = {}
    name_label = rd.label("project_name")
    head["年度"] = rd.year(name_label.row if name_label else grid.n_rows + 1)
    head["项目名称"] = rd.value_right("project_name", ("项目名称",))
    head["主管部门"] = rd.value_right("department", ("主管部门",))
    head["实施单位"] = rd.value_right("unit", ("实施单位",))
    unit, _ = _sheet_unit(grid)
    unit = unit or form.money_unit
    head["金额单位"] = unit
    decl: dict[str, Any] = {
        "项目性质": rd.value_right("nature", ("申报", "项目性质")),
        "项目类别": rd.value_right("category", ("申报", "项目类别")),
        "计划开始日期": rd.value_right("start", ("申报", "计划开始日期")),
        "计划完成日期": rd.value_right("end", ("申报", "计划完成日期")),
    }
    suffix = "" if file_unit in (None, unit) else unit
    annual_label = rd.label("annual_total")
    others = sorted(grid.find(_variants(form, "other")), key=lambda a: a.col)
    split = annual_label.col if annual_label else grid.n_cols + 1
    left_other = next((a for a in others if a.col < split), None)
    right_other = next((a for a in others if a.col >= split), None)

    def amount(label: Anchor | None, loc: Loc) -> str | None:
        text = rd.amount(label, loc)
        return f"{text}{suffix}" if text is not None else None

    at = ("申报", "项目资金")
    project = {
        "合计": amount(rd.label("project_total", required=False), (*at, "项目资金总额", "合计")),
        "财政资金": amount(rd.label("project_fiscal", required=False),
                       (*at, "项目资金总额", "财政资金")),
        "其他资金": amount(left_other, (*at, "项目资金总额", "其他资金")),
    }
    annual = {
        "合计": amount(annual_label, (*at, "年度资金申请总额", "合计")),
        "当年财政拨款": amount(rd.label("appropriation", required=False),
                         (*at, "年度资金申请总额", "当年财政拨款")),
        "上年结转资金": amount(rd.label("carried_over", required=False),
                         (*at, "年度资金申请总额", "上年结转资金")),
        "其他资金": amount(right_other, (*at, "年度资金申请总额", "其他资金")),
    }
    decl["项目资金"] = _clean({"项目资金总额": _clean(project) or None, "年度资金申请总额": annual})
    level3 = rd.label("level3")
    h = level3.row if level3 else grid.n_rows + 1
    overall = rd.label("overall_goal", before=h, required=False)
    annual_goal = rd.label("annual_goal", before=h)
    if annual_goal is not None:
        r = annual_goal.last_row + 1
        decl["项目总目标"] = rd.text_under(r, overall, ("申报", "项目总目标"))
        decl["年度总体目标"] = rd.text_under(r, annual_goal, ("申报", "年度总体目标"))
    decl["绩效指标"] = _read_indicators(rd, h, [], selfeval=False)
    return head, _clean(decl)


def _clean(mapping: dict[str, Any]) -> dict[str, Any]:
    """Drop keys whose value was not read (None), keeping the order."""
    return {k: v for k, v in mapping.items() if v is not None}


# --- putting it together --------------------------------------------------------------------


def import_workbooks(paths: Iterable[str | Path], settings: Settings) -> Imported:
    """Read a 自评表 and/or a 申报表 or 绩效目标表 (one workbook each, or all in one) into one
    project.

    Raises :class:`InputError` for a file that is not a readable workbook or holds no form it
    knows, and :class:`ValidationFailed` listing every cell that could not be read.
    """
    files = [str(p) for p in paths]
    sheets: dict[str, tuple[str, Grid]] = {}
    warnings: list[Diagnostic] = []
    for name in files:
        workbook, formulas = open_workbook(Path(name))
        try:
            grids = [Grid(sheet, name, formulas[sheet.title]) for sheet in workbook.worksheets]
        finally:
            workbook.close()
            formulas.close()
        warnings += _sort_sheets(name, grids, sheets)
    problems = _Problems(" + ".join(files))
    cells: dict[Loc, str] = {}
    tree: dict[str, Any] = {}
    printed: list[PrintedFigure] = []
    layout_name = settings.layout
    evaluation = declaration = None
    eval_head: dict[str, Any] = {}
    decl_head: dict[str, Any] = {}
    eval_name_cell = ""
    if "自评" in sheets:
        _, grid = sheets["自评"]
        layout, form = detect_layout(grid, SELFEVAL, settings)
        layout_name = layout.name
        eval_head, printed, evaluation = read_selfeval(grid, form, problems, cells)
        eval_name_cell = cells.get(("项目名称",), "")
    if "申报" in sheets:
        kind, grid = sheets["申报"]
        layout, form = detect_layout(grid, kind, settings)
        if "自评" not in sheets:
            layout_name = layout.name
        elif layout.name != layout_name:
            warnings.append(_warning(grid.file, f"工作表「{grid.title}」",
                                     f"{kind}是版式 {layout.name} 的，自评表是 {layout_name} 的；"
                                     f"项目文件写 {layout_name}"))
        if kind == TARGET:
            from perfdocs.forms.target.reader import read_target

            decl_head, declaration = read_target(grid, form, problems, cells,
                                                 eval_head.get("金额单位"))
        else:
            decl_head, declaration = read_declaration(grid, form, problems, cells,
                                                      eval_head.get("金额单位"))
    revision = _read_revisions([grid for _, grid in sheets.values()], problems, cells)
    problems.raise_if_any()
    # The 申报表 prints the project's own name; a 自评表 that words it differently keeps its
    # wording in 自评.项目名称 (as the bundled 技能评价业务经费 does).
    head = decl_head or eval_head
    for key in ("年度", "项目名称", "主管部门", "实施单位"):
        value = head.get(key) if head.get(key) is not None else eval_head.get(key)
        if value is not None:
            tree[key] = value
    if declaration is not None and sheets["申报"][0] == TARGET:
        _target_only_fields(tree, declaration, sheets["申报"][1], cells, warnings)
    if layout_name != settings.layout:
        tree["版式"] = layout_name
    unit = eval_head.get("金额单位") or decl_head.get("金额单位") or "元"
    tree["金额单位"] = unit
    if revision is not None:
        tree["修订"] = revision
    if declaration is not None:
        tree["申报"] = declaration
    if evaluation is not None:
        if decl_head and eval_head.get("项目名称") and \
                eval_head["项目名称"] != decl_head.get("项目名称"):
            evaluation = {"项目名称": eval_head["项目名称"], **evaluation}
            cells[("自评", "项目名称")] = eval_name_cell
        tree["自评"] = evaluation
    imported = Imported(files, tree, unit, layout_name, settings.layout, cells, printed,
                        warnings)
    if declaration is not None and evaluation is not None:
        _acknowledge_renames(imported)
    return imported


DEPARTMENT_UNKNOWN = TO_FILL + "绩效目标表不印主管部门"
"""Written for 主管部门 when only a 绩效目标表 is imported (that form never prints it);
``validate`` refuses it until filled."""


def _target_only_fields(tree: dict[str, Any], declaration: dict[str, Any], grid: Grid,
                        cells: dict[Loc, str], warnings: list[Diagnostic]) -> None:
    """主管部门 and 实施单位 when only a 2020 绩效目标表 says who the project is.

    That form prints neither: 实施单位 is its 申报单位名称 (the form prints the one for the
    other when the file gives no 申报单位名称). 主管部门 cannot be known, yet the file must
    load; it gets a value that says what to do, and the import warns.
    """
    if "主管部门" not in tree:
        tree["主管部门"] = DEPARTMENT_UNKNOWN
        warnings.append(_warning(grid.file, f"工作表「{grid.title}」",
                                 "绩效目标表不印主管部门：请在导入的文件中填写"
                                 "（一同导入自评表则从自评表读取）"))
    if "实施单位" not in tree and declaration.get("申报单位名称") is not None:
        tree["实施单位"] = declaration["申报单位名称"]
        cells[("实施单位",)] = cells.get(("申报", "申报单位名称"), "")
    # the head's keys in the project file's order, whichever were added here
    order = ("年度", "项目名称", "主管部门", "实施单位")
    for key in [k for k in order if k in tree]:
        tree[key] = tree.pop(key)


def _warning(file: str, where: str, message: str) -> Diagnostic:
    return Diagnostic(Severity.WARNING, message, file, None, where, None, "import")


def _sort_sheets(name: str, grids: list[Grid],
                 sheets: dict[str, tuple[str, Grid]]) -> list[Diagnostic]:
    """File each form sheet of one workbook under its project part; account for the rest.

    Nothing the preparer handed over disappears without a word: a workbook with no form
    in it, or a sheet that looks like a form but is none we know, is an error naming the
    file and the sheet; a sheet that holds something else (a 填表说明) is skipped with a
    warning. Only an empty sheet (Excel's blank Sheet2) is passed over in silence.
    """
    found: list[Grid] = []
    skipped: list[Grid] = []
    for grid in grids:
        if not any(anchor.text.strip() for anchor in grid.anchors):
            continue
        kind = _kind_of(grid)
        if kind is None:
            skipped.append(grid)
            continue
        section = SECTION_OF[kind]
        if section in sheets:
            other_kind, other = sheets[section]
            both = kind if kind == other_kind else f"{section}表（{other_kind}和{kind}）"
            raise InputError(f"找到两张{both}：{other.file} 的「{other.title}」和 {name} 的"
                             f"「{grid.title}」；请一次导入一个项目", file=name)
        sheets[section] = (kind, grid)
        found.append(grid)
    titles = "、".join(f"「{grid.title}」" for grid in grids)
    if not found:
        raise InputError(f"工作簿里没有认得的绩效表（工作表 {titles}）：找不到「三级指标」"
                         "（自评表、申报表）或「三级目标」（绩效目标表）等标签", file=name)
    warnings = []
    for grid in skipped:
        if _looks_like_form(grid):
            raise InputError(f"工作表「{grid.title}」像是绩效表，却找不到「三级指标」或「三级目标」"
                             "表头，认不出是哪一种表；请检查表头，或把这张表另存后单独导入",
                             file=name)
        warnings.append(_warning(name, f"工作表「{grid.title}」", "不是绩效表，没有导入"))
    return warnings


def _read_revisions(grids: list[Grid], problems: _Problems,
                    cells: dict[Loc, str]) -> dict[str, Any] | None:
    """``修订`` from the "修订第 n 版（日期）：原因" line the forms print, if they do.

    Every form of a corrected project prints the same line; forms that disagree were not
    rendered from one project file, and which version is meant is for the preparer to say.
    """
    found: list[tuple[dict[str, Any], Anchor]] = []
    for grid in grids:
        # the line sits under the form: a narrative quoting "修订第 2 版（…）：" above the
        # indicator table is the project's text, not its revision
        table = min((a.row for a in grid.find({"三级指标", "三级目标"})), default=0)
        for anchor in grid.anchors:
            match = _REVISION.search(anchor.text) if anchor.row > table else None
            if match:
                digits = match[1]
                # int() of thousands of digits is refused by Python; the schema reports it
                number: int | str = int(digits) if len(digits) <= 9 else digits
                found.append(({"版本": number, "日期": match[2],
                               "原因": match[3].strip() or None}, anchor))
    if not found:
        return None
    revision, anchor = found[0]
    for other, where in found[1:]:
        if other != revision:
            problems.add(where.address, f"修订说明与 {anchor.address} 的不同："
                         f"「{where.text.strip()}」", "修订")
    for key in ("", "版本", "日期", "原因"):
        cells[("修订", key) if key else ("修订",)] = anchor.address
    return _clean(revision)


def _acknowledge_renames(imported: Imported) -> None:
    """Record 申报名称 where the 自评表 words a declared indicator differently.

    The forms never print it; the consistency check's own matching (by name, then the
    nearest declared name) recovers it, so a round trip keeps the preparer's acknowledgement
    and ``validate`` stays quiet about renames the two workbooks agree on.
    """
    from perfdocs.rules.consistency import declared_entries, evaluated_entries, match

    try:
        project = imported.loaded().project
    except ValidationFailed:
        return
    matching = match(declared_entries(project), evaluated_entries(project))
    for evaluated, declared in matching.renamed:
        _, _, l1, l2, index = evaluated.loc
        item = imported.tree["自评"]["绩效指标"][l1][l2][index]
        item["申报名称"] = declared.name


# --- writing the YAML -----------------------------------------------------------------------

_QUOTED_KEYS = {"年度指标值", "实际完成值", "年初预算数", "全年预算数", "全年执行数", "合计",
                "财政资金", "其他资金", "当年财政拨款", "上年结转资金", "项目总预算",
                "项目当年预算", "同名项目上年预算额", "同名项目上年预算执行数"}
"""Values always written in double quotes: targets ("≥50(个)", "=100(%)") and amounts."""
_BLOCK_KEYS = {"预期目标", "实际完成情况", "年度总体目标", "项目总目标", "项目概况", "立项依据",
               "项目设立的必要性", "保证项目实施的制度、措施", "项目实施计划"}
"""Texts always written as block scalars, like the bundled examples."""


def dump_project(tree: dict[str, Any], files: list[str], notes: Iterable[str] = ()) -> str:
    """The project file text of an imported tree, ``notes`` (the import's warnings) on top.

    Written by the one YAML writer (:mod:`perfdocs.yamlfile`), which checks that the text
    reads back as ``tree``; the 自评 funds rows go on one line each, as in the examples.
    """
    from perfdocs.yamlfile import Style, emit

    head = [f"由 perfdocs import 从 {'、'.join(Path(f).name for f in files)} 导入。"]
    if "自评" in tree:
        head.append("自评.原表：原表印出的执行率、执行率得分、总分、评分等级，"
                    "供 validate / check 核对，不会打印。")
    head += ["注意：" + note for note in notes]
    tree = copy.deepcopy(tree)
    funds = tree.get("自评", {}).get("项目资金") if isinstance(tree.get("自评"), dict) else None
    flow: set[tuple[str | int, ...]] = set()
    if isinstance(funds, dict):
        for row, cells in funds.items():
            if isinstance(cells, dict):
                funds[row] = {k: v for k, v in cells.items() if v is not None}
                flow.add(("自评", "项目资金", row))
    above = {(key,): [""] for key in ("申报", "自评") if key in tree}
    return emit(tree, Style(quoted=frozenset(_QUOTED_KEYS), blocks=frozenset(_BLOCK_KEYS),
                            flow=frozenset(flow), above=above), head=head)



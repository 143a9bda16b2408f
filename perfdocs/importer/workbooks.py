"""Filled workbooks → project YAML: ``perfdocs import FORM.xlsx [DECL.xlsx] [-o FILE.yaml]``.

Units hold years of forms filled by hand in Excel, and reviewers send forms back as
workbooks. The importer reads a 自评表 (and, given with it, the project's 申报表 or 2020
绩效目标表) by finding the form's LABELS — 项目名称,
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
a cap on the rows and columns of every sheet (:mod:`perfdocs.forms.sheet`). Each form
type's reader is ``perfdocs/forms/<type>/reader.py``, reached through the form-type
registry (:meth:`~perfdocs.forms.base.FormType.recognizes`, ``read_sheet``, ``complete``);
this module asks the registered types which form each sheet is, hands it to that type and
puts one project file together.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from perfdocs.errors import Diagnostic, InputError, Severity, ValidationFailed
from perfdocs.forms import form_types
from perfdocs.forms.sheet import (
    YEAR,
    Anchor,
    Grid,
    PrintedFigure,
    SheetProblems,
    drop_unread,
    label_key,
    open_workbook,
    sheet_unit,
)
from perfdocs.importer.lines import lines_evidence, read_lines
from perfdocs.loading.source import Loc, format_loc
from perfdocs.records import Record, field

if TYPE_CHECKING:
    from perfdocs.forms.base import FormType
    from perfdocs.layouts.layout import FormLayout, Layout
    from perfdocs.loading.project import Loaded
    from perfdocs.loading.settings import Settings
    from perfdocs.loading.yamlfile import Style

_REVISION = re.compile(r"^修订第\s*(\d+)\s*版\s*[（(]\s*([^（()）\n]+?)\s*[)）]\s*[:：]\s*(.*)",
                       re.DOTALL | re.MULTILINE)
"""The line :func:`perfdocs.engine.pipeline.revision_text` prints under a corrected form (a line
of its own, after any other footer text)."""
_FORM_KEYS = {"项目名称", "三级指标", "三级目标", "一级指标", "一级目标", "年度总体目标",
              "绩效指标", "年初预算数", "总分"}
"""Labels that make an unrecognised sheet look like a form rather than a note."""


class Imported(Record):
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
    blanks: dict[Loc, str] = field(default_factory=dict)
    """The cell of each box the workbook has for a field but left blank (the fill-in
    workbook's): where a message about the missing value points. Kept apart from ``cells``,
    which says what the workbook holds (``import --into`` reads it so)."""
    fillin: bool = False
    """Read from perfdocs' fill-in workbook (``perfdocs template``), which holds a whole
    project: its 项目名称 is the project's own (the 自评表's wording has a box of its own,
    自评.项目名称), whereas a returned 自评表 alone prints the name of its 自评 part."""

    @property
    def file(self) -> str:
        return " + ".join(self.files)

    def address_of(self, loc: Loc) -> str | None:
        """The cell a field was read from (or its blank box), or the nearest enclosing one."""
        for end in range(len(loc), 0, -1):
            found = self.cells.get(tuple(loc[:end])) or self.blanks.get(tuple(loc[:end]))
            if found:
                return found
        return None

    def box_of(self, loc: Loc) -> str | None:
        """The cell of a field, or else of the first box inside it: a missing 自评.项目资金
        is said at 自评!B5, its first blank box, not at its YAML path (tester9 N9)."""
        exact = self.cells.get(tuple(loc)) or self.blanks.get(tuple(loc))
        if exact:
            return exact
        size = len(loc)
        inside = [address for box, address in (*self.cells.items(), *self.blanks.items())
                  if len(box) > size and tuple(box[:size]) == tuple(loc)]
        return min(inside, key=_cell_key) if inside else self.address_of(loc)

    def box_label(self, loc: Loc) -> str:
        """What a box is called beside its cell. One of an indicator's boxes: its label
        after the indicator's 三级指标 (「医疗康复覆盖率 › 分值」), for a clerk who sees the
        sheet's rows, not the project file's path (tester11 F9:
        「自评指标!F5（自评.绩效指标.产出指标.质量指标[1].分值）」). Any other box: its
        field's path, which names the group a sheet's label does (申报.项目资金.…合计)."""
        at = max((i for i, key in enumerate(loc) if isinstance(key, int)), default=None)
        last = loc[-1] if loc and isinstance(loc[-1], str) else None
        if at is None or last is None or last == "三级指标" or "绩效指标" not in loc:
            return format_loc(loc)
        node: Any = self.tree
        for key in loc[:at + 1]:
            try:
                node = node[key]
            except (KeyError, IndexError, TypeError):
                return format_loc(loc)
        name = node.get("三级指标") if isinstance(node, dict) else None
        if isinstance(name, str) and name.strip():
            return f"{name.strip()} › {last}"
        group = next((key for key in reversed(loc[:at]) if isinstance(key, str)), "")
        return f"{group}第 {int(loc[at]) + 1} 项 › {last}"

    def loaded(self) -> Loaded:
        """The project validated by the schema, as if loaded from a file (no line numbers).

        Raises :class:`ValidationFailed` naming the cell of every field that does not fit.
        """
        from perfdocs.loading.core import core
        from perfdocs.loading.project import Loaded, project_validator, schema_diagnostics
        from perfdocs.loading.source import Source
        from perfdocs.model.project import Project

        ValidationError = core().ValidationError  # pydantic's, from the extension alone

        source = Source(self.file, self.tree, {})
        try:  # the project validator kept per user, as load_project uses it
            project: Project = project_validator().validate_python(
                self.tree, context={"unit": self.unit})
        except ValidationError as exc:
            found = []
            for err in exc.errors():
                loc = tuple(err["loc"])
                cell = self.box_of(loc)
                # no box at all: the field's path once (not 「自评.绩效指标（自评.绩效指标）」)
                found += [Diagnostic(d.severity, d.message, self.file, None,
                                     cell or d.field, self.box_label(loc) if cell else None,
                                     d.rule)
                          for d in schema_diagnostics(source, err)]
            raise ValidationFailed(self.file, found) from None
        return Loaded(source, project)

    def yaml(self) -> str:
        """The project file, in the bundled examples' key order and quoting."""
        from perfdocs.fillin import REPORT_ASIDE

        return dump_project(self.tree, self.files,
                            [f"{d.field}：{d.message}" if d.field else d.message
                             for d in self.warnings if d.rule != REPORT_ASIDE])


def import_fillin(path: str | Path, settings: Settings) -> Imported:
    """A fill-in workbook (``perfdocs template``) as ``import`` reads a form: read by its
    boxes (:func:`perfdocs.fillin.reader.read_fillin`), each field with its cell."""
    from perfdocs.fillin.reader import read_fillin

    book = read_fillin(path, settings)
    return Imported(files=[book.file], tree=book.tree, unit=book.unit, layout=book.layout,
                    default_layout=settings.layout, cells=book.cells, blanks=book.blanks,
                    warnings=book.notes, fillin=True)


def _kind_of(grid: Grid) -> FormType | None:
    """Which form a sheet is, asked of every registered form type (None: not a form we
    know). Each recognises its own by its indicator table's heading (the 自评表 and the
    申报表 head it 三级指标, the 自评表 adding 实际完成值 and 得分; the 2020 绩效目标表 三级目标).
    """
    return next((kind for kind in form_types() if kind.reads_back
                 and kind.recognizes(grid.keys)), None)


def _looks_like_form(grid: Grid) -> bool:
    """Whether an unrecognised sheet holds labels of a form (so skipping it could lose one)."""
    return bool(grid.keys & _FORM_KEYS) or any(
        key.startswith("财政项目支出绩效") for key in grid.keys)


def detect_layout(grid: Grid, kind: FormType, settings: Settings
                  ) -> tuple[Layout, FormLayout]:
    """The installed layout whose form's labels this sheet matches best.

    Each layout's form of the sheet's kind is scored by how many of its labels (and extra
    columns' headings, tick-box and note rows' labels) the sheet holds, plus one when its
    money unit is the one the sheet's
    项目资金（…）label names, plus its header and footer lines found (minus one when it prints
    lines the sheet lacks: :func:`~perfdocs.importer.lines.lines_evidence`). A tie goes to
    the layout with fewer labels the sheet lacks (a form that prints more than the sheet
    shows is a worse fit), then to the one whose name holds the sheet's year
    (shanghai-2021 for a 「（2021年度）」 sheet), then to the configured default layout,
    then to a whole layout over a variant of it (a variant printing the same labels
    differs in rules the sheet cannot show), and only then to the first by name.
    """
    from perfdocs.layouts.layout import NATIONAL_FUND_LABELS, available, read_layout

    builder = kind.name
    unit, _ = sheet_unit(grid)
    year = next((int(m[1]) for a in grid.anchors[:10]
                 if (m := YEAR.search(unicodedata.normalize("NFKC", a.text)))), None)
    best: tuple[tuple[int, ...], Layout, FormLayout] | None = None
    for name, folder in available(settings.layout_paths).items():
        layout = read_layout(folder)
        for form in layout.forms.values():
            if form.builder != builder:
                continue
            # a form declaring its funds rows does not print the national rows' labels
            unused = {key for key, _ in NATIONAL_FUND_LABELS} if form.fund_rows else set()
            labels = [label_key(v.replace("{unit}", "")) for k, v in form.labels.items()
                      if v.strip() and k not in unused]
            matched = sum(1 for v in labels if v in grid.keys)
            rows = [*(c.label for c in form.choice_rows), *(n.label for n in form.note_rows),
                    *(f.label for f in form.fund_rows), *(g.label for g in form.goal_rows)]
            score = (matched + (form.money_unit == unit)
                     + sum(1 for e in form.extra_columns if label_key(e.heading) in grid.keys)
                     + sum(1 for label in rows if label_key(label) in grid.keys)
                     + lines_evidence(grid, form))
            rank = (score, matched - len(labels), int(year is not None and str(year) in name),
                    int(name == settings.layout), int(not layout.extends))
            if best is None or rank > best[0]:
                best = (rank, layout, form)
    if best is None:
        raise InputError(f"没有已安装的版式含有{kind.title}，无法识别工作表「{grid.title}」",
                         file=grid.file)
    return best[1], best[2]


def open_as_workbook(path: Path) -> Any:
    """:func:`~perfdocs.forms.sheet.open_workbook`, a refusal said as what the file is when
    its bytes tell (:func:`what_file_is`), not why a parser failed: a PDF given to
    ``import --into`` (whose sheet is looked for first) was called an old .xls (tester10 #11)."""
    try:
        return open_workbook(path)
    except InputError as exc:
        what = what_file_is(path)
        raise exc if what is None else InputError(what, file=str(path)) from None


def form_sheets(path: str | Path) -> list[str]:
    """The titles of a workbook's form sheets, in its order, when it holds forms of more
    than one project (two of one part: a 汇总表 holds one 申报表 per project); [] for a
    workbook of one project (a 自评表 beside its 申报表 is one project)."""
    workbook, formulas = open_as_workbook(Path(path))
    try:
        grids = [Grid(sheet, str(path), formulas[sheet.title]) for sheet in workbook.worksheets]
    finally:
        workbook.close()
        formulas.close()
    forms = [(g.title, kind.section) for g in grids
             if any(a.text.strip() for a in g.anchors) and (kind := _kind_of(g)) is not None]
    sections = [section for _title, section in forms]
    return [title for title, _s in forms] if len(set(sections)) < len(sections) else []


def import_workbooks(paths: Iterable[str | Path], settings: Settings,
                     sheet: str | None = None) -> Imported:
    """Read a 自评表 and/or a 申报表 or 绩效目标表 (one workbook each, or all in one) into one
    project; with ``sheet``, that sheet alone (one project of a 汇总表).

    Raises :class:`InputError` for a file that is not a readable workbook or holds no form it
    knows, and :class:`ValidationFailed` listing every cell that could not be read.
    """
    files = [str(p) for p in paths]
    sheets: dict[str, tuple[FormType, Grid]] = {}
    warnings: list[Diagnostic] = []
    for name in files:
        workbook, formulas = open_as_workbook(Path(name))
        try:
            grids = [Grid(ws, name, formulas[ws.title]) for ws in workbook.worksheets
                     if sheet is None or ws.title == sheet]
        finally:
            workbook.close()
            formulas.close()
        if sheet is not None and not grids:
            titles = [ws.title for ws in workbook.worksheets]
            raise InputError(f"没有名为「{sheet}」的工作表（有{listed_titles(titles)}）", file=name)
        warnings += _sort_sheets(name, grids, sheets)
    problems = SheetProblems(" + ".join(files))
    cells: dict[Loc, str] = {}
    tree: dict[str, Any] = {}
    printed: list[PrintedFigure] = []
    layout_name = settings.layout
    evaluation = declaration = None
    eval_head: dict[str, Any] = {}
    decl_head: dict[str, Any] = {}
    eval_name_cell = ""
    line_forms: list[tuple[Grid, FormLayout]] = []
    # The 自评 sheet first: it names the layout and the money unit a 申报 sheet is read in.
    if "自评" in sheets:
        kind, grid = sheets["自评"]
        layout, form = detect_layout(grid, kind, settings)
        layout_name = layout.name
        read = kind.read_sheet(grid, form, problems, cells, None)
        eval_head, printed, evaluation = read.head, read.printed, read.part
        line_forms.append((grid, form))
        eval_name_cell = cells.get(("项目名称",), "")
    if "申报" in sheets:
        kind, grid = sheets["申报"]
        layout, form = detect_layout(grid, kind, settings)
        if "自评" not in sheets:
            layout_name = layout.name
        elif layout.name != layout_name:
            warnings.append(_warning(grid.file, f"工作表「{grid.title}」",
                                     f"{kind.title}是版式 {layout.name} 的，自评表是 "
                                     f"{layout_name} 的；项目文件写 {layout_name}"))
        line_forms.append((grid, form))
        read = kind.read_sheet(grid, form, problems, cells, eval_head.get("金额单位"))
        decl_head, declaration = read.head, read.part
    revision = _read_revisions([grid for _, grid in sheets.values()], problems, cells)
    problems.raise_if_any()
    # The 申报表 prints the project's own name; a 自评表 that words it differently keeps its
    # wording in 自评.项目名称 (as the bundled 技能评价业务经费 does).
    head = decl_head or eval_head
    for key in ("年度", "项目名称", "主管部门", "实施单位"):
        value = head.get(key) if head.get(key) is not None else eval_head.get(key)
        if value is not None:
            tree[key] = value
    if declaration is not None:  # header fields a 申报 form does not print (绩效目标表)
        kind, grid = sheets["申报"]
        warnings += kind.complete(tree, declaration, grid, cells)
    if layout_name != settings.layout:
        tree["版式"] = layout_name
    filing = _read_filing(line_forms, tree, settings, cells)
    unit = eval_head.get("金额单位") or decl_head.get("金额单位") or "元"
    tree["金额单位"] = unit
    if revision is not None:
        tree["修订"] = revision
    if filing:
        tree["填报信息"] = filing
    if eval_head.get("勾选"):
        tree["勾选"] = eval_head["勾选"]
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


def _read_filing(line_forms: list[tuple[Grid, FormLayout]], tree: dict[str, Any],
                 settings: Settings, cells: dict[Loc, str]) -> dict[str, str]:
    """``填报信息`` from every imported form's header and footer lines (first form first);
    values this run would print anyway ([unit], the project's header) are left out."""
    header = {"实施单位": tree.get("实施单位"), "主管部门": tree.get("主管部门"),
              "项目名称": tree.get("项目名称"), "年度": tree.get("年度")}
    from perfdocs.loading.settings_values import same_unit

    unit = settings.unit.labels()
    # [unit] fills only its own unit's lines (forms/frame.line_sources): another unit's
    # form printed none of it, so a value equal to it is that form's own and is kept
    ours = same_unit(unit.get("单位名称", ""), str(tree.get("实施单位") or ""))
    known = (unit if ours else {},
             {key: str(value) for key, value in header.items() if value is not None})
    filing: dict[str, str] = {}
    for grid, form in line_forms:
        for name, value in read_lines(grid, form, cells, known).items():
            filing.setdefault(name, value)
    return filing


_OPEN_DOCUMENTS = {b"application/vnd.oasis.opendocument.spreadsheet": "OpenDocument 表格（.ods）",
                   b"application/vnd.oasis.opendocument.text": "OpenDocument 文档（.odt）"}


def what_file_is(path: Path) -> str | None:
    """What a file given as a workbook really is, when it is plainly something else.

    Asked only after the workbook could not be opened, so that the preparer reads what the
    file is and what to do (a Word file renamed .xlsx is a common slip) rather than the
    reason a parser gave. None when its first bytes and zip entries do not tell.
    """
    try:
        with path.open("rb") as file:
            head = file.read(4096)
    except OSError:
        return None
    save_as = "请在 Excel 或 WPS 中打开，另存为 .xlsx 后再导入"
    if not head:
        return "文件是空的（0 字节），不是 Excel 工作簿：请重新保存或导出填好的表格"
    if head.startswith(b"%PDF-"):
        return ("这是 PDF 文件，不是 Excel 工作簿：perfdocs 不从 PDF 读数；"
                "请导入这张表的 Excel 版（.xlsx）")
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return f"这是旧版 Excel/Word 文件（.xls/.doc），不是 .xlsx 工作簿：{save_as}"
    if not head.startswith(b"PK"):
        if b"\x00" not in head and _is_text(head):
            return f"这是文本文件（也许是 CSV 或网页），不是 Excel 工作簿：{save_as}"
        return None
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype")[:100].strip() if "mimetype" in names else b""
    except (OSError, zipfile.BadZipFile, KeyError, RuntimeError, ValueError):
        return None
    office = {"word/document.xml": "Word", "ppt/presentation.xml": "PowerPoint"}
    kind = next((kind for part, kind in office.items() if part in names), None)
    if kind is not None:
        renamed = (f"（也许是改了扩展名的 {kind} 文件）"
                   if path.suffix.lower() in (".xlsx", ".xlsm") else "")
        what = "Word 文档（.docx）" if kind == "Word" else "PowerPoint 演示文稿（.pptx）"
        return f"这是 {what}，不是 Excel 工作簿{renamed}：请导入这张表的 Excel 版（.xlsx）"
    if mimetype in _OPEN_DOCUMENTS:
        return f"这是 {_OPEN_DOCUMENTS[mimetype]}，不是 Excel 工作簿：{save_as}"
    return None


def _is_text(head: bytes) -> bool:
    """Whether ``head`` reads as text (UTF-8 or GB18030; a character cut at the end of the
    bytes read is forgiven)."""
    for encoding in ("utf-8", "gb18030"):
        try:
            head.decode(encoding)
        except UnicodeDecodeError as exc:
            if exc.start < len(head) - 4 or len(head) < 4096:
                continue
        return True
    return False


def _warning(file: str, where: str, message: str) -> Diagnostic:
    return Diagnostic(Severity.WARNING, message, file, None, where, None, "import")


def listed_titles(titles: list[str], shown: int = 30) -> str:
    """「A」、「B」、…「AD」等 40 张: the sheet names a message lists, so that the clerk can
    copy the one to give ``--sheet`` (a 汇总表 holds a sheet per project: all of them up to
    ``shown``; four named and 「等 12 张」 left the clerk guessing, tester7 D6)."""
    listed = "、".join(f"「{t}」" for t in titles[:shown])
    return listed + (f"等 {len(titles)} 张" if len(titles) > shown else "")


OVERVIEW_IS = ("这是材料包的项目绩效一览表（perfdocs packet 按各项目文件汇总生成），不是绩效表："
               "不能导入，也不能与项目文件比较。一览表上要改的数，请在对应的项目文件中改正后用 "
               "perfdocs packet 重新生成；各项目的自评表在材料包的「表格」文件夹中，可逐个 "
               "perfdocs check，或用 perfdocs import 表.xlsx --into 项目.yaml 合并回项目文件")
"""What a clerk who gives ``check``, ``import`` or ``diff`` the 自评 packet's 一览表 is told
(tester7 D6: it was 「工作簿里没有认得的绩效表」, as if the file were broken)."""


class OverviewGiven(InputError):
    """A workbook that is the packet's 项目绩效一览表, not a form (:data:`OVERVIEW_IS`);
    carries its sheet, which ``check`` audits (:mod:`perfdocs.review.overview`)."""

    def __init__(self, grid: Grid) -> None:
        super().__init__(OVERVIEW_IS, file=grid.file)
        self.grid = grid


def is_overview(grid: Grid) -> bool:
    """Whether ``grid`` is a 项目绩效一览表 (one row per project, the packet's overview): its
    title or its sheet says 一览表, and it has a 项目名称 heading and a 合计 row."""
    titled = "一览表" in grid.title or any(
        a.row <= 2 and a.text.strip().endswith("一览表") for a in grid.anchors)
    return titled and {"项目名称", "合计"} <= grid.keys


def _sort_sheets(name: str, grids: list[Grid],
                 sheets: dict[str, tuple[FormType, Grid]]) -> list[Diagnostic]:
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
        # the 申报表 and the 2020 绩效目标表 are two layouts' forms of the same part, so a
        # project has at most one sheet per part
        section = kind.section
        assert section is not None  # a form read back prints a part of the project
        if section in sheets:
            other_kind, other = sheets[section]
            both = (kind.title if kind is other_kind
                    else f"{section}表（{other_kind.title}和{kind.title}）")
            how = ("；请一次导入一个项目：用 --sheet 工作表名 指定一张"
                   "（import --into 时按项目文件的项目名称自动选取）")
            if other.file == name:  # one workbook of many projects (a 汇总表): say how many
                alike = [g.title for g in grids if any(a.text.strip() for a in g.anchors)
                         and (k := _kind_of(g)) is not None and k.section == section]
                raise InputError(f"找到 {len(alike)} 张{both if len(alike) == 2 else kind.title}："
                                 f"{listed_titles(alike)}{how}", file=name)
            raise InputError(f"找到两张{both}：{other.file} 的「{other.title}」和 {name} 的"
                             f"「{grid.title}」{how}", file=name)
        sheets[section] = (kind, grid)
        found.append(grid)
    titles = "、".join(f"「{grid.title}」" for grid in grids)
    overview = next((grid for grid in skipped if is_overview(grid)), None)
    if not found and overview is not None:
        raise OverviewGiven(overview)
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


def _read_revisions(grids: list[Grid], problems: SheetProblems,
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
    return drop_unread(revision)


def _cell_key(address: str) -> tuple[str, int, str]:
    """Sort key of ``自评!B17``: sheet, row, column (the sheet's first box comes first)."""
    sheet, _, cell = address.rpartition("!")
    letters = "".join(ch for ch in cell if ch.isalpha())
    digits = "".join(ch for ch in cell if ch.isdigit())
    return sheet, int(digits) if digits else 0, letters.rjust(3)


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


ORIGINAL_NOTE = "原表上印的计算结果，只用来核对（validate、check），不会印到生成的表上。"
"""The comment above 自评.原表 in an imported file: what the block is for."""


def dump_project(tree: dict[str, Any], files: list[str], notes: Iterable[str] = ()) -> str:
    """The project file text of an imported tree, ``notes`` (the import's warnings) on top.

    Written by the one YAML writer (:mod:`perfdocs.loading.yamlfile`), which checks that the text
    reads back as ``tree``; the 自评 funds rows go on one line each, as in the examples.
    """
    from perfdocs.loading.yamlfile import emit

    head = [f"由 perfdocs import 从 {'、'.join(Path(f).name for f in files)} 导入。"]
    head += ["注意：" + note for note in notes]
    tree = copy.deepcopy(tree)
    funds = tree.get("自评", {}).get("项目资金") if isinstance(tree.get("自评"), dict) else None
    flow: set[tuple[str | int, ...]] = set()
    if isinstance(funds, dict):
        for row, cells in funds.items():
            if isinstance(cells, dict):
                funds[row] = {k: v for k, v in cells.items() if v is not None}
                flow.add(("自评", "项目资金", row))
    above: dict[tuple[str | int, ...], list[str]] = {
        (key,): [""] for key in ("申报", "自评") if key in tree}
    if isinstance(tree.get("自评"), dict) and "原表" in tree["自评"]:
        # said where the block is, and only then: atop every file it read as noise (tester9 R15)
        above[("自评", "原表")] = [ORIGINAL_NOTE]
    return emit(tree, yaml_style(flow, above), head=head)


def yaml_style(flow: Iterable[Loc] = (), above: dict[Loc, list[str]] | None = None) -> Style:
    """How imported figures and texts are written (also into an existing file, ``--into``):
    targets and amounts double-quoted, narratives as ``|`` blocks."""
    from perfdocs.loading.yamlfile import Style

    return Style(quoted=frozenset(_QUOTED_KEYS), blocks=frozenset(_BLOCK_KEYS),
                 flow=frozenset(flow), above=above or {})



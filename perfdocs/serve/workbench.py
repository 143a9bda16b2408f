"""What the workbench does, independent of HTTP: list, open, check, save, create, render.

One :class:`Workbench` serves one folder for one run. Each operation calls the same library
function as the matching command (``prepare`` for validate, ``skeleton`` for new, the
evaluation text of evaluate-init, ``render_format`` for render, ``build_packet`` for
packet), so the page and the CLI cannot disagree. Paths arrive relative to the folder and
are confined to it (:mod:`perfdocs.serve.paths`).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from perfdocs import records
from perfdocs.errors import InputError, PerfdocsError
from perfdocs.records import Record, field
from perfdocs.serve.checks import Checked, check_file, check_text
from perfdocs.serve.drafts import DraftRefused, check_tree, digest, new_text, unified_diff
from perfdocs.serve.paths import PathRefused, confine, project_files, relative_name

if TYPE_CHECKING:
    from perfdocs.loading.settings import Settings
    from perfdocs.review.status import Made, ProjectStatus

MAX_BASES = 64
"""Opened versions kept in memory to apply drafts to (a few per open editor tab)."""


class Conflict(Exception):
    """The file changed on disk since the editor opened it."""

    def __init__(self, disk_text: str, disk_hash: str, mine: str, name: str) -> None:
        super().__init__("文件已在磁盘上被修改")
        self.disk_hash = disk_hash
        self.diff = unified_diff(disk_text, mine, f"{name}（磁盘上的版本）",
                                 f"{name}（页面上的版本）")


class EarlyEvaluation(InputError):
    """「添加自评」 refused: the 年度 has not ended (evaluate-init without --force); the page
    offers 「确要现在添加」."""


class Opened(Record):
    """A version of a project file as the editor opened it."""

    name: str
    text: str
    tree: Any
    hash: str


class Row(Record):
    """One project in the list: the row ``perfdocs status`` prints, as the page shows it."""

    name: str
    title: str
    year: str
    unit: str
    declaration: str
    """无, 未填完, 有错误 or 已填 (the status command's words)."""
    evaluation: str
    errors: int
    warnings: int
    rate: str
    total: str
    grade: str
    forms: str
    """Whether the rendered forms are up to date: 最新, 过期, 报告过期, 旧表, 不全, 未知, 未生成,
    冲突 or —."""
    messages: list[str] = field(default_factory=list)
    previewable: bool = True
    """Whether some form can be made (previewed): no errors, or every error on one part
    while the other is there, as ``render --form`` of that part's forms."""

    @property
    def declared(self) -> bool:
        return self.declaration != "无"

    @property
    def evaluated(self) -> bool:
        return self.evaluation != "无"


class Workbench:
    """The served folder, its settings, and the state of this run."""

    def __init__(self, root: Path, settings: Settings) -> None:
        self.root = root.resolve()
        self.settings = settings
        out = Path(settings.out)
        self.out = (out if out.is_absolute() else self.root / out).resolve()
        self._bases: OrderedDict[tuple[str, str], Opened] = OrderedDict()
        self._lock = threading.Lock()
        self._writing = threading.Lock()
        """Held from a save's version check to its write: two tabs saving at once are
        checked one after the other, so the second sees the first's version."""

    # -- paths -------------------------------------------------------------------------
    def path(self, name: str, *, must_exist: bool = True) -> Path:
        return confine(self.root, name, must_exist=must_exist)

    def name_of(self, path: Path) -> str:
        return relative_name(self.root, path)

    # -- the list ----------------------------------------------------------------------
    def rows(self) -> tuple[list[Row], bool]:
        """Every project file of the folder with its status; whether the list was cut."""
        from perfdocs.review.status import statuses

        files, cut = project_files(self.root, skip=(self.out,))
        # together, as perfdocs status: two files naming the same forms are 冲突
        found = statuses([str(path) for path in files], self.settings, out=self.out,
                         made=self.made())
        return [row_from(self.name_of(path), path, status)
                for path, status in zip(files, found, strict=True)], cut

    def row(self, path: Path) -> Row:
        """A file's status row, computed afresh (the forms' state changes without it)."""
        return row_of(self.name_of(path), path, self.settings, self.out, self.made())

    def made(self) -> Made:
        """What the forms in the output folder were made from, against what ``render``
        would make them from now: with perfdocs.toml as it is now, not as it was when the
        workbench started (a changed ``[unit]`` phone makes them 过期, as for ``perfdocs
        status``; one that cannot be read now makes them 未知)."""
        from perfdocs.loading.settings import load_settings
        from perfdocs.review.status import made_now

        current: Settings | None = self.settings
        if self.settings.file is not None:
            try:
                current = load_settings(self.settings.file)
            except (PerfdocsError, OSError):
                current = None
        return made_now(current, self.out)

    # -- the editor --------------------------------------------------------------------
    def open(self, name: str) -> tuple[Opened, Checked]:
        """A file's current version for the editor, remembered for its drafts."""
        from perfdocs.loading.source import load_source

        path = self.path(name)
        raw = _read(path)
        text = decode_text(raw, name).text
        try:
            tree = load_source(path).data
        except PerfdocsError:
            tree = None
        opened = Opened(name, text, tree, digest(raw))
        self._remember(opened)
        return opened, check_file(path, name, self.settings)

    def _remember(self, opened: Opened) -> None:
        with self._lock:
            self._bases[(opened.name, opened.hash)] = opened
            self._bases.move_to_end((opened.name, opened.hash))
            while len(self._bases) > MAX_BASES:
                self._bases.popitem(last=False)

    def base(self, name: str, hash_: str) -> Opened:
        """The version a draft was made from (reread when this run has forgotten it)."""
        with self._lock:
            found = self._bases.get((name, hash_))
        if found is not None:
            return found
        opened, _checked = self.open(name)
        if opened.hash != hash_:
            raise PathRefused("编辑时打开的版本已不可用：请重新打开此文件")
        return opened

    def draft_text(self, name: str, hash_: str, draft: Any) -> tuple[Opened, str]:
        """The text the draft would save as."""
        base = self.base(name, hash_)
        if base.tree is None:
            raise DraftRefused("此文件无法按 YAML 读取，不能在页面中编辑：请先用文本编辑器修正")
        return base, new_text(base.text, base.tree, check_tree(draft), name)

    def check(self, name: str, hash_: str, draft: Any) -> Checked:
        """Live validation of an unsaved draft."""
        base, text = self.draft_text(name, hash_, draft)
        if text == base.text:
            return check_file(self.path(name), name, self.settings)
        return check_text(text, name, name, self.settings)

    def save(self, name: str, hash_: str, draft: Any, *, force: bool = False
             ) -> tuple[Opened, Checked]:
        """Write the draft unless the file changed on disk since ``hash_`` was read.

        With ``force`` (the user saw the difference and chose their version) it is written
        over the disk's version. The write is the round-trip writer's atomic write.
        """
        from perfdocs.files.writing import write_atomic
        from perfdocs.loading.source import load_source

        base, text = self.draft_text(name, hash_, draft)
        path = self.path(name)
        with self._writing:
            raw = _read(path)
            decoded = decode_text(raw, name)
            if digest(raw) != hash_ and not force:
                raise Conflict(decoded.text, digest(raw), text, name)
            if text == base.text and digest(raw) == hash_:
                data = raw  # nothing changed: the file is left alone
            else:  # in the file's own encoding, BOM and line breaks; through a symlink
                data = decoded.encode(text)
                write_atomic(path, data, through_links=True)
        tree = load_source(path).data if text != base.text else base.tree
        opened = Opened(name, text, tree, digest(data))
        self._remember(opened)
        return opened, check_file(path, name, self.settings)

    # -- new project, evaluate-init ------------------------------------------------------
    def create(self, name: str, title: str, department: str, unit: str, year: int) -> str:
        """``perfdocs new --year --name --department --unit``: a commented project file inside
        the folder, the very text the CLI writes for the same answers — its defaults too: the
        版式 of the settings (written on the 版式 line) and the 金额单位 that layout prints in.
        The workbench wrote 金额单位: 元 and no 版式 line, so 1,250.00 copied from a form in
        万元 read as 1,250 元 (tester11 F11)."""
        from perfdocs.cli.asking import layout_money_unit
        from perfdocs.cli.scaffold import new_project_text
        from perfdocs.engine.output import sanitize_segment
        from perfdocs.loading.schema import with_schema_comment
        from perfdocs.loading.yamlfile import write_text_file

        name = name.strip() or sanitize_segment(title.strip()) + ".yaml"
        if not name.lower().endswith((".yaml", ".yml")):
            name += ".yaml"
        for label, value in (("项目名称", title), ("主管部门", department), ("实施单位", unit)):
            if not value.strip() or "\n" in value or len(value) > 200:
                raise InputError(f"{label}应为一行文字（不超过 200 字）", field=label)
        if not 1990 <= year <= 2100:
            raise InputError("年度应在 1990 至 2100 之间", field="年度")
        path = self.path(name, must_exist=False)
        if path.exists() or path.is_symlink():
            raise InputError("文件已存在，未覆盖", file=name)
        layout = self.settings.layout
        text, _part = new_project_text(title.strip(), department.strip(), unit.strip(), year,
                                       layout=layout, settings=self.settings,
                                       money_unit=layout_money_unit(layout, self.settings))
        write_text_file(path, with_schema_comment(text, path))  # as `perfdocs new` writes it
        return self.name_of(path)

    def evaluate_init(self, name: str, *, force: bool = False) -> tuple[int, str | None]:
        """``perfdocs evaluate-init [--force]``: append the 自评 part; the number of
        indicators copied and the 注意 on its 年度 (None for a year ended). The CLI's rule
        (cli/scaffold.evaluation_year, tester10 #4): a year not yet ended is refused with
        :class:`EarlyEvaluation` unless ``force`` (the page's 「确要现在添加」)."""
        from perfdocs.cli.scaffold import NOT_ADDED, add_evaluation, evaluation_year

        path = self.path(name)
        early, refused = evaluation_year(path, self.settings)
        if refused and not force:
            raise EarlyEvaluation(f"{early}{NOT_ADDED}", file=path, field="年度")
        return add_evaluation(path, self.settings), early

    # -- rendering ---------------------------------------------------------------------
    def prepared(self, name: str, kinds: tuple[str, ...] | None = None) -> tuple[Any, str]:
        """The project prepared for ``kinds`` (None: whichever forms it can make) and a
        note, as ``perfdocs render --form`` prepares it: a file whose errors are all on
        one part (a 自评 part of blank boxes after ``evaluate-init``) makes the forms of
        the other part, and the note says which wait (:func:`perfdocs.engine.parts.
        one_part`, tester9 N10). Raises the file's errors otherwise."""
        from perfdocs.engine.parts import one_part
        from perfdocs.engine.pipeline import prepare

        path = self.path(name)
        try:
            return prepare(path, self.settings), ""
        except PerfdocsError as exc:
            alone = one_part(str(path), self.settings, None, kinds, exc)
            if alone is None:
                raise
        prepared, note = alone
        where = f"{path}："
        return prepared, name + "：" + note[len(where):] if note.startswith(where) else note

    def forms(self, name: str) -> tuple[Any, list[str], str]:
        """The prepared project, the names of the forms it makes (layout order) and the
        note on those it cannot make yet (:meth:`prepared`)."""
        from perfdocs.engine.pipeline import forms_of

        prepared, note = self.prepared(name)
        forms, _notes = forms_of(prepared)
        return prepared, [f.kind for f in forms], note

    def render(self, name: str, kind: str, fmt: str) -> tuple[bytes, str]:
        """One form of a saved project file in one format: its bytes and its file name."""
        from perfdocs.engine.output import output_path
        from perfdocs.engine.pipeline import built_forms, render_format

        if fmt not in output_formats():
            raise InputError(f"不支持的格式 {fmt}")
        prepared, _note = self.prepared(name, (kind,))
        forms, _notes = built_forms(prepared, (kind,), revision=self.settings.print_revision)
        if not forms:
            raise InputError(f"此项目没有{kind}", file=name)
        font = self.font() if fmt == "pdf" else None
        data = render_format(fmt, forms[:1], self.settings, font, name)
        project = prepared.project
        fields = {"year": str(project.year), "unit": project.unit,
                  "project": forms[0].options.fields.get("project_name", project.name),
                  "department": project.department, "form": kind,
                  "layout": prepared.layout.name}
        target = output_path(Path("."), self.settings.name, fields, f".{fmt}")
        return data, target.name

    def layout_for(self, tree: Any) -> Any:
        """The layout a file's tree names (its 版式, else the settings'), None when it
        cannot be loaded: the editor draws its form links from it when the file does not
        load (a 自评 part of blank boxes)."""
        from perfdocs.layouts.layout import load_layout

        named = tree.get("版式") if isinstance(tree, dict) else None
        name = named.strip() if isinstance(named, str) and named.strip() else None
        try:
            return load_layout(name or self.settings.layout, self.settings.layout_paths)
        except PerfdocsError:
            return None

    def font(self) -> Any:
        from perfdocs.render.pdf.fonts import find_cjk_font

        return find_cjk_font(self.settings.pdf_fonts)


def output_formats() -> tuple[str, ...]:
    """The formats the installed renderers write (the registry's, when there is one)."""
    try:
        from perfdocs.render import FORMATS
    except ImportError:
        return ("xlsx", "docx", "pdf")
    return tuple(FORMATS)


def row_of(name: str, path: Path, settings: Settings, out: Path, made: Made | None = None
           ) -> Row:
    """The list's row: :func:`perfdocs.review.status.project_status`, as ``perfdocs status``."""
    from perfdocs.review.status import project_status

    return row_from(name, path, project_status(path, settings, out=out, made=made))


def row_from(name: str, path: Path, status: ProjectStatus) -> Row:
    """The list's row of a status computed for ``path``."""
    where = str(path)
    return Row(
        name=name, title=status.name or Path(name).stem,
        year=str(status.year or ""), unit=status.unit or "",
        declaration=status.declaration, evaluation=status.evaluation,
        errors=status.errors, warnings=status.warnings,
        rate=_rate_shown(status),
        total=status.shown_total or _figure(status.total), grade=status.grade or "",
        forms=status.forms, previewable=makes_forms(status),
        messages=[records.replace(d, file=name).format() if d.file == where else d.format()
                  for d in status.diagnostics],
    )


def makes_forms(status: ProjectStatus) -> bool:
    """Whether the file makes some form: no errors, or all of them on one part while the
    other part is there (:func:`perfdocs.engine.parts.errors_only_on`, the rule of
    ``render --form``: a 自评 part of blank boxes leaves the 申报表, tester9 N10)."""
    if not status.errors:
        return True
    from perfdocs.engine.parts import errors_only_on
    from perfdocs.errors import ValidationFailed

    failed = ValidationFailed(status.file, list(status.diagnostics))
    return bool((status.declaration != "无" and errors_only_on(failed, "自评"))
                or (status.evaluation != "无" and errors_only_on(failed, "申报")))


def _rate_shown(status: ProjectStatus) -> str:
    """The 执行率 as ``perfdocs status`` prints it, the 自评表's figure (its places, its
    trimming: status's ``shown_rate``) with its 「%」: 85.45%, hebei-2019's 86%. The list
    showed the bare 85.45 where the form and status print 85.45% (tester11 F6). One
    column holds every layout's rows, so shanghai-2024's figures, printed bare under its
    own 「执行率(%)」 heading, carry the % here as in status."""
    if status.shown_rate is not None:
        return f"{status.shown_rate}%"
    return _figure(status.rate)


def _figure(value: Decimal | None) -> str:
    return "" if value is None else str(value)


def _read(path: Path) -> bytes:
    """A project file's bytes, with the loader's caps (regular file, at most 5 MB)."""
    from perfdocs.loading.source import read_project_bytes

    return read_project_bytes(path)


def decode_text(raw: bytes, name: str) -> Any:
    """The text as perfdocs reads it, and how to write it back alike."""
    from perfdocs.loading.source import decode_text as decode

    return decode(raw, name)

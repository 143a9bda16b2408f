"""Layouts as data: ``templates/<name>/layout.toml`` describes a form's labels and arithmetic.

Forms change from year to year and from province to province. Everything that differs — the
title and year line, the money unit, label spellings (分数 vs 分值), where each part sits on
the grid, rounding places and modes, the scoring rules and the grades — is read from the
layout folder, so a new year is a copied folder, not new code. The folder may also hold
Word templates (``<form>.docx``) the docx renderer picks up.

A layout is checked whole when it is read: every number, every column span, every label a
form prints and every Jinja text. The people who edit layout.toml are not the people who
render with it, so a fault must surface when the layout is loaded (``perfdocs layouts``,
``perfdocs validate``), named by the file and the key to edit
(``…/layout.toml: 错误 forms.自评表.columns.level2: …``), and never later as a crash or as a
message that blames the project file. The builders and renderers may then rely on a layout
that loaded.

The layout classes this module exports (:class:`Layout`, :class:`FormLayout`, the display
styles …, defined in :mod:`perfdocs.layouts.records`) are what every consumer gets: plain
frozen records (``replace(**changes)`` for a changed copy) holding the checked values, with
the methods the builders call. The checking itself — fields, bounds, every rule and its
message — is :mod:`perfdocs.layouts.checking`'s pydantic models, which hand over these
records once a layout passed. A checked layout is kept per user
(perfdocs.layouts.checked_cache) as these records, so a process rendering with a kept
layout imports neither pydantic nor the checking models (≈ 70 ms of start-up); whether the
layout came from the cache or from a check, it is the same records.
"""

from __future__ import annotations

import os
from pathlib import Path

from perfdocs.errors import LayoutError, LayoutInvalid
from perfdocs.layouts.records import (
    BUILDER_PARTS,
    FUND_ROW_KEYS,
    FUNDS_REASON,
    INDICATOR_REASONS,
    LAYOUT_FILE,
    NATIONAL_FUND_LABELS,
    OVERVIEW_DECLARATION,
    OVERVIEW_EVALUATION,
    OVERVIEW_LABELS,
    PACKAGE_TEMPLATES,
    PLACED_LABELS,
    SPAN_FALLBACK,
    SUMMARY_CONTEXT,
    TARGET_PARTS,
    TEXT_CONTEXT,
    AmountChecks,
    BuilderParts,
    ChoiceRow,
    Display,
    ExecutionStep,
    ExtraColumn,
    FontSpec,
    FormLayout,
    FundRowSpec,
    Grade,
    Layout,
    Line,
    LineItem,
    NoteRow,
    NumberStyle,
    OverviewSpec,
    RoundingSet,
    RoundingSpec,
    Scoring,
    SummarySpec,
    Tier,
    column_index,
    column_letters,
    nearest_name,
    parse_span,
    selfeval_form,
)

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from perfdocs.layouts.checked_cache import Reads

__all__ = [
    "BUILDER_PARTS",
    "FUNDS_REASON",
    "FUND_ROW_KEYS",
    "INDICATOR_REASONS",
    "LAYOUT_FILE",
    "NATIONAL_FUND_LABELS",
    "OVERVIEW_DECLARATION",
    "OVERVIEW_EVALUATION",
    "OVERVIEW_LABELS",
    "PACKAGE_TEMPLATES",
    "PLACED_LABELS",
    "SPAN_FALLBACK",
    "SUMMARY_CONTEXT",
    "TARGET_PARTS",
    "TEXT_CONTEXT",
    "AmountChecks",
    "BuilderParts",
    "ChoiceRow",
    "Display",
    "ExecutionStep",
    "ExtraColumn",
    "FontSpec",
    "FormLayout",
    "FundRowSpec",
    "Grade",
    "Layout",
    "LayoutInvalid",
    "Line",
    "LineItem",
    "NoteRow",
    "NumberStyle",
    "OverviewSpec",
    "RoundingSet",
    "RoundingSpec",
    "Scoring",
    "SummarySpec",
    "Tier",
    "available",
    "column_index",
    "column_letters",
    "load_layout",
    "nearest_name",
    "parse_span",
    "print_money_unit",
    "read_layout",
    "search_path",
    "selfeval_form",
]
"""The layout's public names: the records and what the builders read from
perfdocs.layouts.records, LayoutInvalid (callers catch it from here), and finding and
reading a layout."""


def word_templates(layout: Layout) -> list[str]:
    """The Word templates a layout's forms name (one may lie outside the layout folder):
    with the layout chain's files, what the render cache digests for ``render`` and
    ``status`` alike (:func:`perfdocs.engine.cache.inputs_of`). Here, not in the cache
    module: every render names them, and a ``--no-cache`` one-form render imported the
    cache (json, hashlib, typing) for this alone."""
    return [form.template for form in layout.forms.values() if form.template]


def print_money_unit(layout: Layout) -> str | None:
    """The money unit a layout's forms print in (its 申报 form's, else its first form's):
    what a new project file or a blank fill-in workbook presets, so that amounts typed as
    the printed form shows them (「项目资金（万元）」) are read in that unit."""
    forms = sorted(layout.forms.values(), key=lambda f: f.section != "申报")
    unit = getattr(forms[0], "money_unit", None) if forms else None
    return unit if unit in ("元", "万元") else None


def search_path(extra: tuple[str, ...] = ()) -> list[Path]:
    """Folders searched for layouts: configured ones first, then ./templates, then the bundled."""
    paths = [Path(p).expanduser() for p in extra]
    paths.append(Path.cwd() / "templates")
    paths.append(PACKAGE_TEMPLATES)
    unique: list[Path] = []
    for p in paths:
        resolved = p.resolve()
        if resolved not in unique:
            unique.append(resolved)
    return unique


def available(extra: tuple[str, ...] = ()) -> dict[str, Path]:
    """Every layout folder found, by name; earlier search folders win."""
    found: dict[str, Path] = {}
    for root in search_path(extra):
        if not root.is_dir():
            continue
        for folder in sorted(root.iterdir()):
            if (folder / LAYOUT_FILE).is_file() and folder.name not in found:
                found[folder.name] = folder
    return found


def load_layout(name: str, extra: tuple[str, ...] = (), *,
                near: str | Path | None = None) -> Layout:
    """Find and read the layout called ``name`` (a folder name, or a path to a folder).

    ``near``: the project file that names it. A layout not found here that the workspace
    holding that file has (its perfdocs.toml, in the file's folder or above) is a run from
    outside that workspace: the error says to run there, not to edit [layouts] paths
    (tester11 F10, a clerk running from the desktop one level up)."""
    candidate = Path(name)
    if (candidate / LAYOUT_FILE).is_file():
        return read_layout(candidate, extra)
    folders = available(extra)
    if name not in folders:
        workspace = workspace_with(name, near) if near is not None else None
        if workspace is not None:
            raise LayoutError(f"找不到版式「{name}」：它在工作文件夹 {workspace} 中，从这里找不到。"
                              f"请在工作文件夹 {workspace} 中运行，或用 perfdocs --config "
                              f"{Path(workspace) / 'perfdocs.toml'} …")
        have = "、".join(folders) or "无"
        guess = nearest_name(name, list(folders))
        hint = f"是不是「{guess}」？" if guess else ""
        raise LayoutError(f"找不到版式「{name}」。{hint}已安装的版式：{have}；"
                          "自己的版式所在的文件夹写在 perfdocs.toml 的 [layouts] paths 中")
    return read_layout(folders[name], extra)


def workspace_with(name: str, near: str | Path) -> str | None:
    """The workspace (a folder with perfdocs.toml) holding ``near`` or above it whose
    layouts include ``name``, as a path from the current folder (absolute when it is not
    under it); None when there is none. A perfdocs.toml that does not read is passed over:
    the run's own settings are what it reports on."""
    from perfdocs.errors import PerfdocsError
    from perfdocs.loading.settings import SETTINGS_FILE, load_settings

    for folder in Path(os.path.abspath(near)).parents:
        config = folder / SETTINGS_FILE
        if not config.is_file():
            continue
        try:
            paths = load_settings(str(config)).layout_paths
        except PerfdocsError:
            continue
        if name in available(paths):
            shown = os.path.relpath(folder)
            return folder.as_posix() if shown.startswith("..") else Path(shown).as_posix()
    return None


def read_layout(folder: Path, extra: tuple[str, ...] = ()) -> Layout:
    """Read one layout folder with the layouts it extends.

    Checked once (:func:`perfdocs.layouts.checking.check_chain`), then kept: in this
    process by the path, size and modification time of every file the reading looked at,
    so an edit to a parent is seen by its variants at once; across processes by the
    contents of those files
    (perfdocs.layouts.checked_cache), so a new ``perfdocs`` process skips the check of a
    layout that passed it before.
    """
    from perfdocs.layouts import checked_cache

    path = (Path(folder) / LAYOUT_FILE).resolve()
    search = search_path(extra)
    place = (path, tuple(search))
    known = _KNOWN.get(place)
    if known is not None and known[0] == _stamp(known[1]):
        return known[2]
    cached = checked_cache.recall(path, search, Layout)
    if cached is None:
        from perfdocs.layouts.checking import check_chain

        reads = checked_cache.Reads()
        layout = check_chain(path, search, reads)
        checked_cache.keep(path, search, reads, layout)
    else:
        layout, reads = cached
    _KNOWN[place] = (_stamp(reads), reads, layout)
    return layout


_KNOWN: dict[tuple[Path, tuple[Path, ...]], tuple[tuple[object, ...], Reads, Layout]] = {}
"""Layouts read in this process: (stamp of what the reading read, the record, the layout)."""


def _stamp(reads: Reads) -> tuple[object, ...]:
    """Size, modification time and inode of every file a reading read, and whether every
    path it looked for is (still) a file: a change to any of them means reading again."""
    stamp: list[object] = []
    for name, _digest in reads.files:
        try:
            info = os.stat(name)
        except OSError:
            stamp.append(None)
            continue
        stamp.append((info.st_size, info.st_mtime_ns, info.st_ino))
    stamp.extend(Path(name).is_file() for name, _found in reads.probes)
    return tuple(stamp)


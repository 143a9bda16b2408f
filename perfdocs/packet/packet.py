"""Submission packets: what a unit hands its supervising bureau at one stage of the year.

The two stages are handed in at different times, so each has its own packet:

* 申报 (with the budget request, before the year): the official 汇总表 — the unit's title
  over each project's 申报表 — as PDF, Word and Excel, each project's 申报表 on its own;
* 自评 (after the year): the 项目绩效一览表, each project's 自评表 and 自评报告.

A packet is a folder (and a .zip of it) holding those files, one bound PDF (cover, a
clickable 目录, the documents, bookmarked and page-numbered) and a manifest with each
file's size and SHA-256. All files are validated before anything is written: a packet is
built whole or not at all. :func:`build_packet` is the library entry point.

Projects are rendered one per task, in worker processes with ``--jobs`` (or on a Dask
cluster: :mod:`perfdocs.engine.cluster`); a worker returns only a small record (paths,
figures), so memory stays flat however many projects there are.
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from perfdocs.engine.batch import Options
from perfdocs.engine.parts import no_stage_form, only_other_part, other_part
from perfdocs.engine.progress import QUIET, Progress, as_progress
from perfdocs.errors import Diagnostic, PacketInvalid, PerfdocsError, Severity
from perfdocs.files.jsontext import JSON_ERRORS
from perfdocs.records import Record, asdict, field, replace
from perfdocs.version import __version__

if TYPE_CHECKING:
    from perfdocs.engine.pool import Parallel
    from perfdocs.engine.shipping import Shipping
    from perfdocs.forms.summary.builder import Entry
    from perfdocs.loading.settings import Settings
    from perfdocs.packet.binding import Part
    from perfdocs.render.pdf.fonts import FontChoice


class Job(Options, frozen=True):
    """What every project of one packet shares: the batch's :class:`Options` (``out`` is
    the packet's forms folder) and what a packet adds. Sent to each worker once."""

    by_unit: bool = False
    """File the forms in a sub-folder per 实施单位 (a packet of several units)."""
    bind_out: Path | None = None
    """Where to put each form's PDF for the bound PDF: rendered without the form's own
    "第 x 页 共 y 页", since the bound PDF numbers its pages itself. None: no bound PDF."""
    section: str | None = None
    """The stage's part of the project file: only the forms printing it are rendered."""
    report: bool = False
    """Also render the project's 自评报告 (the 自评 stage)."""
    partial: tuple[str, ...] = ()
    """Files packed without their other stage's part, which has errors (a 申报 packet of a
    file whose 自评 part is unfinished): read as if it were not there."""


class Rendered(Record):
    """What a worker sends back: where the files went and the figures to list."""

    path: str
    project: str
    """The project's name as the stage's forms print it (:meth:`Project.name_in`)."""
    unit: str
    year: int
    layout: str
    total: str | None
    grade: str
    files: list[str]
    pdfs: list[tuple[str, str]] = field(default_factory=list)
    """(file stem "<项目名称>-<表>", pdf path) in form order, for the bound PDF: the copies
    without footer under ``Job.bind_out``, not files of the packet."""
    revision: dict[str, object] | None = None
    """The 修订 the stage's forms print (the latest that applies), as written."""
    revisions: list[dict[str, object]] = field(default_factory=list)
    """Every 修订 entry of the stage, as written, when there are more than one (a file
    corrected in 申报 and again in 自评): the manifest lists them. Empty for one entry, so a
    file with one 修订 (a mapping, as files always had it) makes the manifest it made."""
    layout_folder: str = ""
    templates: list[str] = field(default_factory=list)
    """The layout's folder and Word templates: the render cache's inputs."""
    warnings: list[str] = field(default_factory=list)
    """What the project's 自评报告 came out with that its template got wrong (a name and
    then 项目 again), as lines to print: kept with the cached record, said on every build."""


class Group(Record):
    """The projects of one packet (one 实施单位 and year, or everything with --single)."""

    unit: str
    year: int
    several_units: bool = False
    items: list[Entry] = field(default_factory=list)
    """What the 一览表 needs of each validated project, in the order the files were given
    (the order the 汇总表 binds them in)."""
    stage: str = "自评"
    partial: tuple[str, ...] = ()
    """Its files packed without the other stage's part (:attr:`Job.partial`)."""

    @property
    def paths(self) -> list[str]:
        return [item.path for item in self.items]


def plan(prepared: Iterable[Entry], *, single: bool, title: str = "") -> list[Group]:
    """Group validated projects into packets, in a stable order.

    With ``single`` one packet a year holds every 实施单位: it is titled ``title`` (the
    unit handing it in, perfdocs.toml's ``[unit] name``: a county 教育局 handing in for
    itself and its schools), 「全部单位」 when that is not set (tester6 #9). When it holds
    projects of other 实施单位 too, it is 「<title>（含所属单位）」: under the bare title it
    would have the name of that unit's own packet (made without ``--single``: its projects
    only), and the one run last would replace the other in the same folder (tester7 N1)."""
    items = list(prepared)
    if not single:
        keys = [(item.unit, item.year) for item in items]
    elif not title:
        keys = [("全部单位", item.year) for item in items]
    else:
        others = {item.year for item in items if item.unit != title}
        keys = [(f"{title}（含所属单位）" if item.year in others else title, item.year)
                for item in items]
    groups: dict[tuple[str, int], Group] = {}
    for item, key in zip(items, keys, strict=True):
        groups.setdefault(key, Group(key[0], key[1], single)).items.append(item)
    return [groups[key] for key in sorted(groups, key=lambda k: (k[1], k[0]))]


def render_one(path: str, job: Job) -> Rendered:
    """Prepare and render one project into the packet's forms folder (runs in a worker)."""

    from perfdocs.engine.parts import prepare_part
    from perfdocs.engine.pipeline import render_project

    prepared = prepare_part(path, job.settings, job.layout,
                            other_part(job.section) if path in job.partial else None)
    settings = _forms_naming(job.settings, job.by_unit)
    kinds = _stage_kinds(prepared.layout, job.section, job.kinds)
    written: list[Path] = []
    if kinds != ():  # () would mean "every form" to render_project
        written, _notes = render_project(prepared, settings, formats=job.formats,
                                         out=job.out, font=job.font, kinds=kinds)
    pdfs = []
    warnings: list[str] = []
    if job.bind_out is not None and kinds != ():
        # The standalone PDFs keep their own footer; the bound copies must not have one.
        bound, _notes = render_project(prepared, replace(settings, pdf_footer=False),
                                       formats=("pdf",), out=job.bind_out, font=job.font,
                                       kinds=kinds)
        pdfs = [(p.stem, str(p)) for p in bound]
    # the report goes with the stage's forms: not when --form picked none of them
    if job.report and kinds != () and prepared.project.evaluation is not None:
        from perfdocs.engine.reports import write_report

        formats = tuple(f for f in ("docx", "pdf") if f in job.formats
                        and (f != "pdf" or job.font is not None))
        warned: list[Diagnostic] = []
        written += write_report(prepared, settings, out=job.out, font=job.font,
                                formats=formats, warnings=warned)
        warnings = [w.format() for w in warned]
        if job.bind_out is not None and job.font is not None:
            bound = write_report(prepared, replace(settings, pdf_footer=False),
                                 out=job.bind_out, font=job.font, formats=("pdf",))
            pdfs += [(p.stem, str(p)) for p in bound]
    res = prepared.result
    project = prepared.project
    entries = project.revisions_for(job.section)
    latest = project.revision_for(job.section)
    return Rendered(
        # the stage's name: a 自评 packet's 目录, bookmarks and manifest name the project as
        # its 自评表 and 自评报告 print it (自评.项目名称 when given), the 申报 packet as its 申报表
        path=path, project=project.name_in(job.section), unit=project.unit, year=project.year,
        layout=prepared.layout.name,
        total=str(res.total) if res is not None and res.total is not None else None,
        grade=res.grade if res is not None else "",
        files=[str(p) for p in written], pdfs=pdfs,
        # a revision of the other stage's part (修订.阶段) corrected nothing this packet holds
        revision=latest.as_written() if latest is not None else None,
        revisions=[r.as_written() for r in entries] if len(entries) > 1 else [],
        layout_folder=prepared.layout.folder,
        templates=[f.template for f in prepared.layout.forms.values() if f.template],
        warnings=warnings,
    )


def _stage_kinds(layout: Any, section: str | None, kinds: tuple[str, ...] | None
                 ) -> tuple[str, ...] | None:
    """The forms of the layout that print ``section`` (and are among ``kinds``, if given)."""
    if section is None:
        return kinds
    return tuple(kind for kind, form in layout.forms.items()
                 if form.section == section and (not kinds or kind in kinds))


def _forms_naming(settings: Settings, by_unit: bool) -> Settings:
    name = "{{ unit }}/{{ project }}-{{ form }}" if by_unit else "{{ project }}-{{ form }}"
    return replace(settings, name=name)


STAGES = ("申报", "自评")
"""The parts of a project file, in the order a year hands them in."""
STAGE_NAMES = {"申报": "绩效目标申报", "自评": "绩效自评"}
"""How a stage reads in a packet's name and on its cover."""
STAGE_CONTENTS = {"申报": "项目绩效目标汇总表（各项目绩效目标申报表）",
                  "自评": "项目绩效一览表、各项目绩效自评表和自评报告"}
STAGE_WHEN = {"申报": "随预算申报报送", "自评": "年度终了后报送"}


class PacketRun(Record):
    """What :func:`build_packet` did: the stage, the packet folders, and notes for the user."""

    stage: str
    folders: list[Path]
    notes: list[str] = field(default_factory=list)
    """Files left out (they lack the stage's part), and how the stage was chosen."""
    chosen: bool = False
    """True when the stage was chosen from the files (no ``stage`` given)."""
    reused: int = 0
    """Projects whose forms came from the render cache (unchanged since the last run)."""
    warnings: list[Diagnostic] = field(default_factory=list)
    """Every file's warnings and notes, in the order the files were given: what ``render``
    prints for each (the same lines, whether the file was validated or reused)."""
    made: list[str] = field(default_factory=list)
    """With the cache: the files whose forms were rendered anew, as given (``render`` names
    them at the end, and so does ``packet``: which unit's packet changed)."""


def choose_stage(entries: Sequence[Entry]) -> str:
    """The stage the files reach: 自评 once any file holds a 自评 part, else 申报."""
    return "自评" if any(e.row.evaluated for e in entries) else "申报"


def build_packet(paths: Sequence[str], settings: Settings, *, out: Path,
                 stage: str | None = None, formats: tuple[str, ...] = ("xlsx", "docx", "pdf"),
                 kinds: tuple[str, ...] | None = None, jobs: Parallel = 1, single: bool = False,
                 layout: str | None = None, font: FontChoice | None = None,
                 day: date | None = None,
                 progress: Progress | Callable[[str], None] | None = None,
                 cache: bool = False, strict: bool = False) -> PacketRun:
    """Validate every file, then build the packet of ``stage`` for each unit.

    ``stage`` is "申报" or "自评"; None builds the stage the files reach
    (:func:`choose_stage`). ``day`` is the date the documents say (default: the settings'
    override, else today). Files without the stage's part are left out and named in
    ``notes``. Raises :class:`PacketInvalid` listing every error of every file before
    writing anything; a run that fails leaves no folder it created behind. ``progress``
    hears the phases 校验, 生成, 合订 and 打包 (those after 校验 once per packet), or is a
    callback called with each project's path once it is rendered.

    Every file's warnings and notes come back in ``PacketRun.warnings``; a run refused
    for an error carries them too, in file order among the errors (:class:`PacketInvalid`).
    With ``strict`` (``--strict``) warnings are errors: a packet is built only from files
    without any, as ``render --strict`` renders only those.

    ``cache`` (``perfdocs packet`` turns it on; ``--no-cache`` off) reuses the forms of
    every project whose inputs did not change since an earlier packet into ``out``
    (:mod:`perfdocs.engine.cache`, entries in ``out/.perfdocs-cache``); the packet is the
    same, byte for byte.
    """
    if stage is not None and stage not in STAGES:
        raise PerfdocsError(f"不认识的阶段「{stage}」（可用：{'、'.join(STAGES)}）")
    # Once, here: every path below is absolute (the renderers resolve theirs, and the
    # manifest takes each file relative to its packet folder).
    out = Path(out).expanduser().resolve()
    settings = settings.dated(day)  # one date for every file of the run, even past midnight

    shown = as_progress(progress)
    shown.phase("校验", len(paths))
    created = [p for p in (out, *out.parents) if not p.exists()]
    digest = None
    if cache:
        from perfdocs.engine.cache import cache_folder, derive, run_digest

        digest = run_digest(Options(settings, formats, kinds, out, font, layout, False),
                            command="packet")
        new_cache = not cache_folder(out).exists()
    from perfdocs.packet.reuse import validated

    checked = derive(digest, step="validate") if digest is not None else None
    prepared: list[Entry] = []
    findings: list[Diagnostic] = []  # every file's, in order: errors, warnings and notes
    own: list[list[Diagnostic]] = []  # each validated file's, beside ``prepared``
    failed = False
    partial: list[str] = []  # packed without their unfinished 自评 part
    told: list[str] = []
    for path in paths:
        try:
            # --strict waits for the stage: a 申报 packet is not refused over a warning
            # on the 自评 part it does not hold (tester3: data/2024's one warning)
            made, said = validated(path, settings, layout, out, checked)
        except PerfdocsError as exc:
            # errors only on the 自评 part, which a 申报 packet does not hold (evaluate-init
            # run before the year ended): packed from the 申报 part (tester6 #7)
            count = only_other_part(exc, stage)
            try:
                if not count:
                    raise
                made, said = validated(path, settings, layout, out, None, without="自评")
            except PerfdocsError:
                findings.extend(exc.all_diagnostics())
                failed = True
            else:
                partial.append(path)
                told.append(f"{path}：「自评」部分有 {count} 处错误（未填完），不在这份申报材料中，"
                            "只打包了申报部分；报送自评材料前请填完（validate 列出各处）")
                prepared.append(made)
                findings.extend(said)
                own.append(said)
        else:
            prepared.append(made)
            findings.extend(said)
            own.append(said)
        finally:
            shown.advance(path)
    if failed:
        _undo(out, created, digest is not None and new_cache)
        raise PacketInvalid(findings)
    chosen = stage is None
    stage = stage or choose_stage(prepared)
    has = [e for e in prepared if (e.row.declared if stage == "申报" else e.row.evaluated)]
    notes = [f"{e.path}：没有「{stage}」部分，未放入{STAGE_NAMES[stage]}材料"
             for e in prepared if e not in has]
    notes += told
    if not has:
        _undo(out, created, digest is not None and new_cache)
        raise PerfdocsError(f"所给文件都没有「{stage}」部分，无法生成{STAGE_NAMES[stage]}材料")
    # a file with the stage's part whose layout prints no form of it (tester12 F7)
    unprintable = [d for e in has
                   if (d := no_stage_form(e.path, e.layout, stage, layout)) is not None]
    if unprintable:
        _undo(out, created, digest is not None and new_cache)
        raise PacketInvalid(unprintable)
    from perfdocs.engine.unit_spelling import spelling_errors

    # one unit written （） in one file and () in another was split in two (tester16 F4)
    respelled = spelling_errors((e.path, e.unit, e.year) for e in has)
    if respelled:
        _undo(out, created, digest is not None and new_cache)
        raise PacketInvalid(respelled)
    findings = [d for made, said in zip(prepared, own, strict=True) if made in has
                for d in stage_findings(said, stage)]
    if strict and any(d.severity is Severity.WARNING for d in findings):
        _undo(out, created, digest is not None and new_cache)
        raise PacketInvalid([d.as_error() for d in findings], strict=True)
    try:
        anew: list[str] = []
        folders, reused, left = _build_all(has, settings, stage=stage, out=out, formats=formats,
                             kinds=kinds, jobs=jobs, single=single, layout=layout, font=font,
                             progress=shown, digest=digest, partial=tuple(partial),
                             said=notes, made=anew)
    except PacketInvalid as exc:  # two files naming one form: said with the warnings
        _undo(out, created, digest is not None and new_cache)
        raise PacketInvalid([*findings, *exc.all_diagnostics()]) from None
    except BaseException:
        _undo(out, created, digest is not None and new_cache)
        raise
    if digest is not None:
        from perfdocs.engine.cache import finish_run

        finish_run(out)
    from perfdocs.engine.batch import relative_path

    notes += [f"旧的材料包未能删除：{relative_path(old)}（其中有文件正在别的程序中打开）；"
              "新的材料包已生成，关闭那个程序后请删除它" for old in left]
    return PacketRun(stage, folders, notes, chosen, reused, findings, anew)


def stage_findings(findings: list[Diagnostic], stage: str) -> list[Diagnostic]:
    """The findings of one packed file that a stage's packet answers for: all but those on
    the other stage's part (a 申报 packet holds no 自评表, so a warning on a 自评 实际完成值
    is not its to say, nor to refuse under ``--strict``). Findings on the project as a
    whole (its header, its layout, its amounts' range) stay. A file the stage leaves out
    (no such part) says only the 注意 line that it was left out. A finding placed on the
    申报 part about what the 自评 lacks (:data:`~perfdocs.rules.consistency.
    JUDGES_THE_EVALUATION`) is the 自评's."""
    from perfdocs.engine.parts import part_of

    other = "自评" if stage == "申报" else "申报"
    return [d for d in findings if part_of(d) != other]


def _undo(out: Path, created: list[Path], new_cache: bool) -> None:
    """A failed run leaves no folder it made: the cache folder (when this run made it),
    then the folders it created, deepest first, those left empty."""
    if new_cache:
        import shutil

        from perfdocs.engine.cache import cache_folder

        shutil.rmtree(cache_folder(out), ignore_errors=True)
    for folder in created:
        try:
            folder.rmdir()
        except OSError:
            break


def build_packets(paths: Sequence[str], settings: Settings, *, out: Path,
                  formats: tuple[str, ...], kinds: tuple[str, ...] | None, jobs: Parallel,
                  single: bool, layout: str | None, font: FontChoice | None,
                  progress: Progress | Callable[[str], None] | None = None,
                  stage: str | None = None, cache: bool = False) -> list[Path]:
    """:func:`build_packet`, returning only the packet folders (the older entry point)."""
    return build_packet(paths, settings, out=out, stage=stage, formats=formats, kinds=kinds,
                        jobs=jobs, single=single, layout=layout, font=font,
                        progress=progress, cache=cache).folders


def _build_all(prepared: list[Entry], settings: Settings, *, stage: str, out: Path,
               formats: tuple[str, ...], kinds: tuple[str, ...] | None, jobs: Parallel,
               single: bool, layout: str | None, font: FontChoice | None,
               progress: Progress, digest: str | None = None, partial: tuple[str, ...] = (),
               said: list[str] | None = None, made: list[str] | None = None
               ) -> tuple[list[Path], int, list[Path]]:
    """Every packet folder built, how many projects' forms were reused from the cache, and
    the old packets (or zips) that could not be removed once replaced. ``made`` hears the
    files whose forms were rendered anew (with the cache: the others were reused)."""
    from perfdocs.engine.output import inside
    from perfdocs.files.writing import refuse_clashes

    folders: list[Path] = []
    reused = 0
    left: list[Path] = []
    groups = plan(prepared, single=single, title=settings.unit.name.strip())
    for group in groups:
        group.stage = stage
        group.partial = tuple(p for p in group.paths if p in partial)
    targets = [inside(out, _packet_name(group, settings)) for group in groups]
    # Two units whose packet names come out alike would share one folder: refuse up front
    refuse_clashes(targets, "材料包")
    for number, (group, folder) in enumerate(zip(groups, targets, strict=True), start=1):
        part = f"材料包 {number}/{len(groups)} {group.unit}" if len(groups) > 1 else ""
        folder.parent.mkdir(parents=True, exist_ok=True)
        from perfdocs.files.writing import recover

        recover(folder.parent)  # a run killed between its folder's rename and its zip's
        _clear_dead_runs(folder)
        staging = _staging(folder)
        _mark(staging)
        try:
            reused += _build_one(group, staging, folder.name, settings, formats=formats,
                                 kinds=kinds, jobs=jobs, layout=layout, font=font,
                                 progress=progress, part=part, digest=digest, said=said,
                                 made=made)
            from perfdocs.packet.reuse import keep_unchanged

            keep_unchanged(staging, folder)  # what did not change keeps its file time
            left += _swap(staging, folder)
        except PerfdocsError as exc:
            if folders and not isinstance(exc, PacketInvalid):
                _say_replaced(exc, folders, len(groups) - number)
            raise
        finally:
            _remove(staging)
        folders.append(folder)
    return folders, reused, left


def _say_replaced(exc: PerfdocsError, folders: list[Path], after: int) -> None:
    """Add to ``exc`` the units' packets replaced before it: the run ends on the error,
    and the clerk must not read it as "nothing changed" (tester7 N4)."""
    from perfdocs.engine.batch import relative_path

    done = "、".join(f"{relative_path(f)}（及其 .zip）" for f in folders)
    exc.message += f"。已更新的其他单位材料包：{done}"
    if after:
        exc.message += f"。之后的 {after} 个单位的材料包未生成（原有的未改动）"
    exc.args = (exc.message,)


STAGING_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
"""The random part of a staging folder's name (the shape :func:`_clear_dead_runs` knows)."""


def _staging(folder: Path) -> Path:
    """A new folder of this run's own beside ``folder``, where its packet is built:
    ``.<packet>.<pid>.<8 random>.building``, named by the pid so that packets built at
    once never share one.

    Made as any folder is made (``mkdir``: its permissions from the umask, 0755 for most),
    since it becomes the packet: ``tempfile.mkdtemp``'s 0700, renamed into place, left
    colleagues and the backup user unable to open the packet on a shared server
    (tester2 #10). Hidden on Windows while it is built (:mod:`perfdocs.packet.hiding`).
    """
    import secrets

    prefix = f".{folder.name}.{os.getpid()}."
    for _ in range(100):
        random = "".join(secrets.choice(STAGING_LETTERS) for _ in range(8))
        staging = folder.with_name(f"{prefix}{random}.building")
        try:
            staging.mkdir()
        except FileExistsError:
            continue
        from perfdocs.packet.hiding import hide

        hide(staging)
        return staging
    raise FileExistsError(f"无法在 {folder.parent} 中新建临时文件夹")


MARKER = ".perfdocs-packet"
"""A file perfdocs puts in each packet folder it builds; only a folder holding it is ever
removed as a leftover. A name alone proves nothing: a preparer's own hidden backup
``.<unit>2024年度绩效材料.20241201.备份`` looked like a dead run's folder and was deleted."""


def _mark(staging: Path) -> None:
    from perfdocs.files.processes import started

    pid = os.getpid()
    (staging / MARKER).write_text(f"perfdocs {pid} {started(pid)}\n", encoding="utf-8")


def _run_alive(leftover: Path, pid: int) -> bool:
    """Whether the run that left ``leftover`` still runs: its pid is alive and, where its
    marker says when it started, it is that same process."""
    from perfdocs.files.processes import alive
    from perfdocs.files.processes import started as started_at

    if not alive(pid):
        return False
    try:
        words = (leftover / MARKER).read_text(encoding="utf-8").split()
    except (OSError, UnicodeDecodeError):
        return True
    started = words[2] if len(words) > 2 else ""
    now = started_at(pid)
    return not (started and now and started != now)


def _ours(path: Path) -> bool:
    """Whether ``path`` is a packet folder (or its zip) that perfdocs built."""
    if path.is_symlink():
        return False
    if path.is_dir():
        marker = path / MARKER
        try:
            return marker.is_file() and marker.read_text(encoding="utf-8").startswith("perfdocs")
        except (OSError, UnicodeDecodeError):
            return False
    return path.is_file() and path.name.endswith((".building.zip", ".part"))


def _clear_dead_runs(folder: Path) -> None:
    """Remove what killed runs left beside ``folder`` (their pid no longer runs).

    Only names of the exact shape this module makes (``.<packet>.<pid>.<8 random>.building``
    or ``.old``, their ``.zip``), and of those only folders holding :data:`MARKER`.
    """
    import re

    shape = re.compile(rf"^\.{re.escape(folder.name)}\.(\d+)\.[a-z0-9_]{{8}}"
                       r"\.(?:building|old)(?:\.zip)?$")
    for leftover in folder.parent.iterdir():
        found = shape.match(leftover.name)
        if not found or _run_alive(leftover, int(found.group(1))):
            continue
        if not _ours(leftover):
            _remove_unmarked(leftover)
            continue
        if leftover.is_dir():
            _remove_marked(leftover)
        else:
            leftover.unlink(missing_ok=True)


def _remove_marked(folder: Path) -> None:
    """Remove a dead run's folder with its marker last: a run killed while removing it
    leaves a folder still marked, which the next run goes on removing (with the marker
    gone first, the rest looked like somebody's folder and stayed for good)."""
    import shutil

    for child in folder.iterdir():
        if child.name == MARKER:
            continue
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink(missing_ok=True)
    (folder / MARKER).unlink(missing_ok=True)
    folder.rmdir()


def _remove_unmarked(leftover: Path) -> None:
    """A dead run's staging folder killed before its marker was whole: between the folder's
    creation and the marker's write, or mid-write. It holds nothing else (the marker is
    written before any file), so it goes only when it is empty or holds just that marker —
    a folder with anything more is somebody's, and stays."""
    if leftover.is_symlink() or not leftover.is_dir():
        return
    try:
        inside = list(leftover.iterdir())
        if any(p.name != MARKER or p.is_symlink() or not p.is_file() for p in inside):
            return
        for p in inside:
            p.unlink()
        leftover.rmdir()
    except OSError:
        return


def _remove(path: Path) -> None:
    import shutil

    if path.exists():
        shutil.rmtree(path)


def _swap(staging: Path, folder: Path) -> list[Path]:
    """Put the finished packet and its zip in place of the old ones, both or neither.

    The folder and the zip are one set of :func:`perfdocs.files.writing.swap_set`, the
    mechanism ``render`` writes a project's forms with: journalled (a run killed between
    the two renames is undone by the next), and rolled back when the zip cannot be
    replaced (open in 7-Zip, previewed, attached to a mail on Windows), so the clerk never
    mails a zip that disagrees with the folder. Returns the old copies that could not be
    removed (a file of the old packet held open): the new packet is in place regardless.

    A zip whose bytes did not change is left as it is, file time and all (a synced folder
    does not send it again; tester16 F6): the set is then the folder alone.
    """
    from perfdocs.files.writing import SetNotWritten, swap_set
    from perfdocs.packet.hiding import hide
    from perfdocs.packet.reuse import same_bytes

    hide(staging, False)  # it keeps its attributes when renamed: the packet must be seen
    built_zip = staging.with_name(staging.name + ".zip")
    zipped = folder.with_name(folder.name + ".zip")
    pairs = [(folder, staging), (zipped, built_zip)]
    if same_bytes(built_zip, zipped):
        built_zip.unlink()
        pairs.pop()
    else:
        hide(built_zip, False)
    try:
        left = swap_set(pairs)
    except SetNotWritten as exc:
        if built_zip.exists():
            hide(built_zip)
        raise _not_replaced(exc, folder, zipped) from None
    (folder / MARKER).unlink(missing_ok=True)  # the packet handed in holds only its files
    leftovers = []
    for old in left:
        try:
            if old.is_dir():
                hide(old)  # removed now; left beside the packet only if killed here
                if not (old / MARKER).exists():  # so that a later run may remove it
                    _mark(old)
            _remove(old)
        except OSError:
            hide(old, False)  # the clerk is told to delete it: it must be seen
            leftovers.append(old)
    return leftovers


def _not_replaced(exc: Exception, folder: Path, zipped: Path) -> PerfdocsError:
    """The error of a packet that could not take the old one's place, naming the file."""
    from perfdocs.engine.batch import relative_path
    from perfdocs.errors import RenderError

    failed = Path(getattr(exc, "file", None) or zipped)
    why = str(getattr(exc, "message", exc)).removeprefix("无法写入：")
    if failed == folder:
        what = (f"文件夹「{relative_path(failed)}」（{why}）：其中的文件可能正在别的程序中打开"
                "（PDF 阅读器、WPS、Excel 等）")
    else:
        what = (f"「{relative_path(failed)}」（{why}）：它可能正在别的程序中打开"
                "（压缩软件、资源管理器的预览、邮件附件等）")
    if getattr(exc, "kept", True):
        after = f"原有的材料包（{folder.name} 和 {zipped.name}）均未改动"
    else:
        after = f"原有的材料包未能完全恢复，请核对 {folder.name} 和 {zipped.name}"
    return RenderError(f"无法替换{what}，请关闭后重新运行。新的材料包未生成，{after}")


def _packet_name(group: Group, settings: Settings) -> str:
    """The packet folder's name: ``[packet] name`` with unit, year and stage.

    A name without ``{{ stage }}`` gets the stage appended, so that the 申报 packet and the
    自评 packet of one year never replace each other.
    """
    from perfdocs.engine.output import apart, followed_part, sanitize_segment
    from perfdocs.layouts.templating import render_text

    template = settings.packet_name
    if "stage" not in template:
        template += "（{{ stage }}）"
    # a unit's name cut or with characters replaced ends in a tag (~k3f9qa): the year
    # after it is kept apart (「…~k3f9qa-2024年度…」, not 「…~k3f9qa2024年度…」)
    name = render_text(template, {"unit": followed_part(group.unit), "year": str(group.year),
                                  "stage": STAGE_NAMES[group.stage]},
                       where="perfdocs.toml [packet] name")
    return sanitize_segment(apart(name))


def _build_one(group: Group, folder: Path, name: str, settings: Settings, *,
               formats: tuple[str, ...],
               kinds: tuple[str, ...] | None, jobs: Parallel, layout: str | None,
               font: FontChoice | None, progress: Progress, part: str = "",
               digest: str | None = None, said: list[str] | None = None,
               made: list[str] | None = None) -> int:
    """Build one packet in ``folder``; the number of projects reused from the cache.
    ``made`` hears the files rendered anew (only with the cache, as ``render`` says them)."""
    from perfdocs.engine.output import inside, relative_folder

    forms_dir = inside(folder, *relative_folder(settings.packet_forms))
    evaluation = group.stage == "自评"
    # The bound PDF's copies of the forms (no footer of their own) go here, and are removed
    # once bound: they are not files of the packet. The 申报 stage binds the 汇总表's own.
    bind_dir = folder / ".bind" if font is not None and evaluation else None
    job = Job(settings, formats, kinds, forms_dir, font, layout, False,
              by_unit=group.several_units, bind_out=bind_dir, section=group.stage,
              report=evaluation, partial=group.partial)
    if digest is not None:  # what differs between this run's packets is in the key too
        from perfdocs.engine.cache import derive

        job = replace(job, cache=derive(digest, by_unit=job.by_unit, section=job.section,
                                        bind=bind_dir is not None, report=job.report))
    try:
        progress.phase("生成", len(group.paths), part=part)
        taken: list[str] = []  # projects whose forms came from the cache
        results = list(_run(group.paths, job, jobs, progress, built=folder,
                            previous=folder.with_name(name), taken=taken))
        _refuse_collisions(results)
        if made is not None and digest is not None:
            made += [path for path in group.paths if path not in taken]
        if said is not None:
            said += [line for r in results for line in r.warnings]
        if not any(r.files for r in results):
            from perfdocs.errors import RenderError

            elsewhere = _other_stage_forms(group, kinds)
            if elsewhere:  # not the files' fault: the stage's packet holds no such form
                raise RenderError(elsewhere)
            chosen = "、".join(kinds) if kinds else "任何表"
            raise RenderError(f"这些项目没有可打包的{chosen}（项目文件中没有对应的部分，"
                              "或版式没有这张表），材料包未生成", file=group.paths[0])
        # 合订: the 一览表 / 汇总表 first (a short step of unknown size), then the bound PDF
        progress.phase("合订", 0, part=part)
        progress.advance("项目绩效一览表" if evaluation else "项目绩效目标汇总表", 0)
        if evaluation:
            summary_files, leading = _overview(group, settings, folder, font, formats,
                                               layout, said)
        else:
            summary_files, leading = _declaration_summary(group, settings, folder, font,
                                                          formats, layout)
        if font is not None:
            _bind_volumes(group, folder, name, results, leading, settings, font,
                          progress=progress, part=part)
    finally:
        if bind_dir is not None:
            _remove(bind_dir)
    _manifest(folder, group, results, summary_files, settings)
    zipped = _zip(folder, name, settings.stamp, progress=progress, part=part)
    from perfdocs.packet.hiding import hide

    hide(zipped)  # beside the packet until swapped in: as hidden as its folder
    return len(taken)


def _other_stage_forms(group: Group, kinds: tuple[str, ...] | None) -> str | None:
    """Why ``--form`` chose nothing when the forms it names print the other stage's part
    (``--stage 自评 --form 申报表``): a 自评 packet holds no 申报表, whatever the files say
    (tester6 #10e: the files were blamed). None when that is not why."""
    if not kinds:
        return None
    forms = {kind: form.section for item in group.items
             for kind, form in item.layout.forms.items()}
    if not all(forms.get(kind) not in (None, group.stage) for kind in kinds):
        return None
    own = "、".join(sorted(kind for kind, section in forms.items() if section == group.stage))
    chosen = "、".join(kinds)
    return (f"{STAGE_NAMES[group.stage]}材料中没有{chosen}（{chosen}属于"
            f"「{forms[kinds[0]]}」阶段，用 --stage {forms[kinds[0]]}）；"
            f"这一阶段的表是{own or '（无）'}，--form 不写即全部。材料包未生成")


def _project_parts(result: Rendered, spans: bool) -> list[Part]:
    """A project's section in the bound PDF (自评 stage): its name, then each document."""
    from perfdocs.packet.binding import Part

    title = f"{result.project}（{result.unit}）" if spans else result.project
    parts = [Part(title, None)]
    for stem, pdf in result.pdfs:
        kind = stem.rpartition("-")[2]
        parts.append(Part(kind, Path(pdf), 1))
    return parts


def _unit_rank(group: Group) -> Callable[[str], tuple[int, str]]:
    """The key that puts a packet's units in the order their first files were given."""
    given = {unit: n for n, unit in enumerate(dict.fromkeys(i.unit for i in group.items))}
    return lambda unit: (given.get(unit, len(given)), unit)


def _by_unit(group: Group, results: list[Rendered]) -> list[Rendered]:
    """The projects in the order they are bound: unit by unit (:func:`_unit_rank`), each
    unit's in the order given. The manifest lists them so too: files of two units given
    interleaved (01 A, 02 B, 03 A) are bound A A B."""
    rank = _unit_rank(group)
    return sorted(results, key=lambda r: rank(r.unit))  # stable: given order within a unit


def _bind_volumes(group: Group, folder: Path, name: str, results: list[Rendered],
                  leading: dict[str, list[Part]], settings: Settings,
                  font: FontChoice, *, progress: Progress | None = None,
                  part: str = "") -> None:
    """The bound PDF; a large unit's is split into volumes (第1册…) of ``volume_size`` projects.

    Binding holds a volume's pages in memory, so volumes keep memory flat however many
    projects a unit has — and a volume of a few hundred forms is what a binder takes.

    ``leading`` holds each 实施单位's parts that come before its projects (by unit): the
    汇总表 (申报: it already holds every project's 申报表, bookmarked per project) or the
    一览表 (自评: followed by each project's 自评表 and 自评报告). In a packet of several
    units the units follow one another, and every project's entry names its unit.

    Units come in the order their first files were given, as the manifest and ``summary``
    list them: a bureau numbering its files 01–12 orders its hand-in so; sorted by the
    names' code points the bound PDF disagreed with its own manifest (tester16 F1).
    """
    from perfdocs.packet.binding import Cover, bind

    rank = _unit_rank(group)
    spans = len({r.unit for r in results}) > 1
    results = _by_unit(group, results)
    size = max(1, settings.packet_volume_size)
    volumes = [results[i:i + size] for i in range(0, len(results), size)] or [[]]
    if group.stage == "申报":
        volumes = [results]  # the 汇总表 is one document: it is bound whole
    pending = dict(leading)
    units = sorted({r.unit for r in results} | set(leading), key=rank)
    unit_text = "、".join(units) if group.several_units and units else group.unit
    day = settings.day
    bound: list[tuple[Cover, list[Part], Path]] = []
    overview_in: dict[str, int] = {}  # the volume each unit's 一览表 is bound in
    for number, volume in enumerate(volumes, start=1):
        several = len(volumes) > 1
        parts: list[Part] = []
        led = False  # this volume holds a 一览表
        if group.stage == "申报":  # each 汇总表 holds its unit's projects already
            parts = [part for unit in sorted(pending, key=rank) for part in pending[unit]]
        else:
            if number == 1:  # a 一览表 without projects here (never expected): first
                projects_units = {r.unit for r in results}
                for unit in sorted((u for u in pending if u not in projects_units), key=rank):
                    parts += pending.pop(unit)
                    led = True
            for r in volume:
                if r.unit in pending:
                    parts += pending.pop(r.unit)
                    overview_in[r.unit] = number
                    led = True
                parts += _project_parts(r, spans)
        contents = STAGE_CONTENTS[group.stage]
        if several and group.stage == "自评" and not led:
            # volume 2's cover listed a 一览表 that only volume 1 holds (tester6 #10t); the
            # volume named is where this volume's units' 一览表 are, not the first one
            # holding any: 第3册 of a --single packet sent its reader to 第1册 for a unit
            # whose 一览表 is in 第2册 (tester16 F2)
            held = sorted({overview_in[r.unit] for r in volume if r.unit in overview_in})
            where = f"见第{'、'.join(map(str, held))}册" if held else "在其他册"
            contents = f"各项目绩效自评表和自评报告（项目绩效一览表{where}）"
        elif several and group.stage == "自评":
            # a volume holding one unit's 一览表 and the later projects of another, whose
            # 一览表 an earlier volume holds: that one is named too
            earlier = sorted({overview_in[r.unit] for r in volume
                              if overview_in.get(r.unit, number) != number})
            if earlier:
                contents += f"（{_units_of(volume, overview_in, number)}的项目绩效一览表见第" \
                            f"{'、'.join(map(str, earlier))}册）"
        suffix = f"（第{number}册）" if several else ""
        lines = [("单位", unit_text), ("年度", f"{group.year}年度"),
                 ("阶段", f"{STAGE_NAMES[group.stage]}（{STAGE_WHEN[group.stage]}）"),
                 ("内容", contents),
                 ("日期", f"{day.year}年{day.month}月{day.day}日"),  # as documents write it
                 ("项目数", str(len(results)))]
        if several:
            lines.append(("本册", f"第 {number} 册，共 {len(volumes)} 册（{len(volume)} 个项目）"))
        cover = Cover(f"{group.unit}\n{group.year}年度{STAGE_NAMES[group.stage]}材料{suffix}",
                      tuple(lines))
        bound.append((cover, parts, folder / f"{name}{suffix}.pdf"))
    # 合订 counts each document twice (its pages copied, then numbered) and each volume's
    # writing once: the steps take about the same time, so the estimate holds.
    shown = progress or QUIET
    shown.phase("合订", sum(2 * sum(p.pdf is not None for p in parts) + 1
                            for _cover, parts, _target in bound), part=part)
    for cover, parts, target in bound:
        bind(cover, parts, font, target, stamp=settings.stamp, advance=shown.advance)
        shown.advance(target.name)


def _units_of(volume: list[Rendered], overview_in: dict[str, int], number: int) -> str:
    """The units of ``volume``'s projects whose 一览表 is bound in another volume."""
    return "、".join(dict.fromkeys(r.unit for r in volume
                                   if overview_in.get(r.unit, number) != number))


def _refuse_collisions(results: list[Rendered]) -> None:
    """Two project files that name the same form would overwrite each other: refuse, once
    for each file whose forms an earlier one already writes (not once per file of the
    clash: its xlsx, docx, pdf and report each said it again), by the rule ``render``
    and ``validate`` apply (:func:`perfdocs.engine.clashes.claim`)."""
    from perfdocs.engine.clashes import Owners, claim

    owners: Owners = {}
    clashes = []
    for r in results:
        stems = list(dict.fromkeys(str(Path(f).with_suffix("")) for f in r.files))
        found = claim(owners, r.path, (r.project, r.unit), stems)
        if found is not None:
            from perfdocs.loading.source import name_line  # a clash is rare

            field = "项目名称" if isinstance(found, str) else found.field
            clashes.append(Diagnostic(
                Severity.ERROR, found if isinstance(found, str) else found.message(),
                r.path, name_line(r.path, field), field, field, "duplicate-output"))
    if clashes:
        raise PacketInvalid(clashes)


_JOB: Job | None = None


def _init(job: Job) -> None:
    global _JOB
    _JOB = job


def _task(path: str) -> Rendered:
    assert _JOB is not None
    return render_one(path, _JOB)


class Task(Record, frozen=True):
    """One project for workers that do not share this machine's files (``--executor
    dask``): the job travels with each task, so that its folders are moved for each."""

    path: str
    job: Job


def _remote_task(task: Task) -> Rendered:
    return render_one(task.path, task.job)


def _map(paths: list[str], job: Job, jobs: Parallel) -> Iterator[Rendered]:
    """``render_one`` of every path, in input order, on ``jobs``."""
    from perfdocs.engine.pool import executor_of

    executor = executor_of(jobs)
    if executor.remote and paths:
        return executor.map(_remote_task, [Task(path, job) for path in paths],
                            shipping=_shipping(job))
    return executor.map(_task, paths, initializer=_init, initargs=(job,))


def _run(paths: list[str], job: Job, jobs: Parallel, progress: Progress, *,
         built: Path, previous: Path, taken: list[str] | None = None) -> Iterable[Rendered]:
    """Every project's forms in ``built`` (the packet being built), in input order.

    With the cache (``job.cache``), a project whose inputs did not change is not rendered:
    its files come from its entry (linked from the ``previous`` packet where they are the
    same bytes), and only the others go to the workers.
    """
    if job.cache is None:
        for path, result in zip(paths, _map(paths, job, jobs), strict=True):
            progress.advance(path)
            yield result
        return
    from perfdocs.engine import cache
    from perfdocs.packet.reuse import reused, stored

    out = built.parent  # the output folder: packets are built beside where they go
    keys = [cache.project_key(job.cache, path) for path in paths]
    known = [key is not None and cache.peek(out, key) for key in keys]
    misses = [path for path, hit in zip(paths, known, strict=True) if not hit]
    rendered = _map(misses, job, jobs)
    for path, key, hit in zip(paths, keys, known, strict=True):
        record = reused(out, key, built, previous) if hit and key is not None else None
        made = _record(record) if record is not None else None
        if made is not None and taken is not None:
            taken.append(path)
        if made is None:
            made = next(rendered) if not hit else render_one(path, job)
            if key is not None and cache.project_key(job.cache, path) == key:
                stored(out, key, asdict(made), built, job.settings.layout_paths)
        progress.advance(path)
        yield made


def _record(record: dict[str, Any]) -> Rendered | None:
    """A cached record as a worker's :class:`Rendered`; None if it does not fit."""
    try:
        return Rendered(**record)
    except TypeError:
        return None


def _shipping(job: Job) -> Shipping:
    """What a project's task reads and writes, for workers that do not share this machine's
    files (``--executor dask``): its project file, the run's layouts and fonts; it writes
    into the packet's forms folder and the bound PDF's folder."""
    from perfdocs.engine.shipping import Shipping, run_inputs
    from perfdocs.loading.source import MAX_FILE_BYTES

    common, folders = run_inputs(job.settings, job.font, job.layout)

    def reads(task: Task) -> list[str]:
        return [task.path]

    def writes(task: Task) -> list[Path | None]:
        return [task.job.out, task.job.bind_out]

    return Shipping(reads=reads, common=common, folders=folders, writes=writes,
                    cap=MAX_FILE_BYTES)


def _overview(group: Group, settings: Settings, folder: Path, font: FontChoice | None,
              formats: tuple[str, ...], layout: str | None = None,
              said: list[str] | None = None) -> tuple[list[Path], dict[str, list[Part]]]:
    """Each 实施单位's 项目绩效一览表 in the packet's formats; and its part of the bound PDF.

    The parts (by unit) are PDFs in memory without the 一览表's own page footer: the
    bound PDF numbers its pages itself. Without a font there is no PDF and no part.
    """
    from perfdocs.engine.summaries import render_summaries, summary_pdf
    from perfdocs.packet.binding import Part

    # The projects as validated at the start: preparing them all once more cost ~5%.
    done = render_summaries(group.items, settings, folder, font=font, formats=formats,
                            layout=layout)
    written = [path for _unit_summary, files in done for path in files]
    for table, _files in done:  # as ``overview`` says it (tester6 #10n)
        if table.converted and said is not None:
            said.append(f"{table.title}的项目用了不同的版式，一览表按版式「{table.layout.name}」印"
                        f"（perfdocs.toml 的 [render] layout；金额单位：{table.money_unit}），"
                        f"下列项目的金额已按它换算：{'、'.join(table.converted)}")
    parts: dict[str, list[Part]] = {}
    if font is not None:
        for unit_summary, _files in done:
            parts[unit_summary.unit] = [Part(
                unit_summary.title, summary_pdf(unit_summary, settings, font, footer=False))]
    return written, parts


def _declaration_summary(group: Group, settings: Settings, folder: Path,
                         font: FontChoice | None, formats: tuple[str, ...],
                         layout: str | None) -> tuple[list[Path], dict[str, list[Part]]]:
    """Each 实施单位's official 汇总表 in the packet's formats; and its bound parts: the
    title as a section, each project's 申报表 under it, named with its unit when the
    packet holds several (as the 自评 packet's entries are: two units' 「职业技能培训补贴」
    read alike in a collapsed bookmark pane; tester16 F3)."""
    from perfdocs.engine.declaration_summary import bound_parts, write_summaries
    from perfdocs.engine.parts import prepare_part
    from perfdocs.packet.binding import Part

    # The 汇总表 needs each project's forms, which the entries do not keep.
    prepared = [prepare_part(path, settings, layout,
                             other_part(group.stage) if path in group.partial else None)
                 for path in group.paths]
    done, _left_out = write_summaries(prepared, settings, folder, font=font,
                                      formats=[f for f in ("pdf", "docx", "xlsx")
                                               if f in formats])
    written = [path for _summary, files in done for path in files]
    parts: dict[str, list[Part]] = {}
    spans = len({summary.unit for summary, _files in done}) > 1
    if font is not None:
        for summary, _files in done:
            unit_parts = [Part(summary.title, None)]
            for project, pdf in bound_parts(summary, settings, font):
                kinds = "、".join(dict.fromkeys(f.kind for f in project.forms))
                title = f"{project.name}（{summary.unit}）" if spans else project.name
                unit_parts.append(Part(f"{title} {kinds}", pdf, 1))
            parts[summary.unit] = unit_parts
    return written, parts


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 16), b""):
            sha.update(chunk)
    return sha.hexdigest()


def _manifest(folder: Path, group: Group, results: list[Rendered], summary: list[Path],
              settings: Settings) -> None:
    from perfdocs.files.writing import write_atomic

    files = sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith(".")
                   and p.name != "manifest.json")
    manifest = {
        "perfdocs": __version__,
        "unit": group.unit,
        "year": group.year,
        "stage": group.stage,
        "date": settings.day.isoformat(),
        "layouts": sorted({r.layout for r in results}),
        "projects": [
            {"file": Path(r.path).name, "项目名称": r.project, "实施单位": r.unit,
             "版式": r.layout,
             # the 自评's figures go to the bureau with the 自评 only: a declaration packet,
             # handed in with the budget, carried them from files that had them already
             **({"总分": r.total, "评分等级": r.grade or None} if group.stage == "自评"
                else {}),
             "forms": sorted(Path(f).relative_to(folder).as_posix() for f in r.files),
             **({"revision": r.revision} if r.revision else {}),
             **({"revisions": r.revisions} if r.revisions else {})}
            for r in _by_unit(group, results)
        ],
        "files": [{"path": p.relative_to(folder).as_posix(), "size": p.stat().st_size,
                   "sha256": _digest(p)} for p in files],
    }
    text = json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    write_atomic(folder / "manifest.json", text.encode("utf-8", JSON_ERRORS))


STORED_SUFFIXES = frozenset({".pdf", ".docx", ".xlsx"})
"""Files a packet's zip stores as they are: their content is deflated already (a PDF's
streams, an Office file's parts), so deflating them again gains some 6 % of their size
for most of the zip's time (2.4 of 2.6 s CPU for a packet of 200 projects)."""


def _zip_method(path: Path) -> int:
    """How ``path`` goes into the zip: stored when already compressed, else deflated."""
    return zipfile.ZIP_STORED if path.suffix.lower() in STORED_SUFFIXES \
        else zipfile.ZIP_DEFLATED


def _zip(folder: Path, name: str, stamp: datetime, *, progress: Progress = QUIET,
         part: str = "") -> Path:
    """A zip of the packet folder: sorted entries, fixed timestamps, so it is reproducible.

    Streamed entry by entry into a temporary file beside the target, then renamed: a
    thousand projects make a zip of some 300 MB, which must not sit in memory.
    """
    import os
    import shutil
    import tempfile

    files = sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))
    target = folder.with_name(folder.name + ".zip")
    sizes = {path: path.stat().st_size for path in files}
    progress.phase("打包", sum(sizes.values()), part=part, unit="B")
    # The temporary zip is made inside the staging folder (its dot name keeps it out of
    # ``files``), so a run killed while zipping leaves it where the next run's clean-up of
    # a dead run's folder removes it; beside the packet, under no shape that clean-up knew,
    # it stayed for good.
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name[:40]}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
                for path in files:
                    info = zipfile.ZipInfo(f"{name}/{path.relative_to(folder).as_posix()}",
                                           stamp.timetuple()[:6])
                    info.external_attr = 0o644 << 16
                    info.compress_type = _zip_method(path)
                    info.file_size = path.stat().st_size
                    with path.open("rb") as source, archive.open(info, "w") as entry:
                        shutil.copyfileobj(source, entry, 1 << 20)
                    progress.advance(path.name, sizes[path])
            handle.flush()
            os.fsync(handle.fileno())
        from perfdocs.files.writing import _umask

        os.chmod(tmp, 0o666 & ~_umask())  # as the packet's other files (write_set)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def as_dict(rendered: Rendered) -> dict[str, Any]:
    """A worker record as plain data (for tests and JSON)."""
    return asdict(rendered)

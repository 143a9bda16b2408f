"""Submission packets: everything a unit hands its supervising bureau, from one command.

A packet is a folder (and a .zip of it) holding every project's forms in every format, the
unit summary, one bound PDF (cover, contents, summary, every form, page-numbered) and a
manifest with each file's size and SHA-256. All files are validated before anything is
written: a packet is built whole or not at all.

Projects are rendered one per task, in worker processes with ``--jobs``; a worker returns
only a small record (paths, figures), so memory stays flat however many projects there are.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from perfdocs import __version__
from perfdocs.errors import Diagnostic, PacketInvalid, PerfdocsError, Severity

if TYPE_CHECKING:
    from perfdocs.forms.summary.builder import Entry
    from perfdocs.loading.settings import Settings
    from perfdocs.packet.binding import Part
    from perfdocs.render.pdf.fonts import FontChoice

ZIP_EPOCH = (2000, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Job:
    """What a worker needs to render one project (all picklable)."""

    path: str
    settings: Settings
    formats: tuple[str, ...]
    kinds: tuple[str, ...] | None
    out: Path
    font: FontChoice | None
    layout: str | None
    by_unit: bool = False
    """File the forms in a sub-folder per 实施单位 (a packet of several units)."""
    bind_out: Path | None = None
    """Where to put each form's PDF for the bound PDF: rendered without the form's own
    "第 x 页 共 y 页", since the bound PDF numbers its pages itself. None: no bound PDF."""


@dataclass
class Rendered:
    """What a worker sends back: where the files went and the figures to list."""

    path: str
    project: str
    unit: str
    year: int
    layout: str
    total: str | None
    grade: str
    files: list[str]
    pdfs: list[tuple[str, str]] = field(default_factory=list)
    """(file stem "<项目名称>-<表>", pdf path) in form order, for the bound PDF: the copies
    without footer under ``Job.bind_out``, not files of the packet."""
    revision: dict[str, str] | None = None


@dataclass
class Group:
    """The projects of one packet (one 实施单位 and year, or everything with --single)."""

    unit: str
    year: int
    several_units: bool = False
    items: list[Entry] = field(default_factory=list)
    """What the summary needs of each validated project, sorted by path."""

    @property
    def paths(self) -> list[str]:
        return [item.path for item in self.items]


def plan(prepared: Iterable[Entry], *, single: bool) -> list[Group]:
    """Group validated projects into packets, in a stable order."""
    groups: dict[tuple[str, int], Group] = {}
    for item in prepared:
        key = ("全部单位", item.year) if single else (item.unit, item.year)
        groups.setdefault(key, Group(key[0], key[1], single)).items.append(item)
    for group in groups.values():
        group.items.sort(key=lambda item: item.path)
    return [groups[key] for key in sorted(groups, key=lambda k: (k[1], k[0]))]


def render_one(job: Job) -> Rendered:
    """Prepare and render one project into the packet's forms folder (runs in a worker)."""
    from dataclasses import replace

    from perfdocs.engine.pipeline import prepare, render_project

    prepared = prepare(job.path, job.settings, layout_name=job.layout)
    settings = _forms_naming(job.settings, job.by_unit)
    written, _notes = render_project(prepared, settings, formats=job.formats,
                                     out=job.out, font=job.font, kinds=job.kinds)
    pdfs = []
    if job.bind_out is not None:
        # The standalone PDFs keep their own footer; the bound copies must not have one.
        bound, _notes = render_project(prepared, replace(settings, pdf_footer=False),
                                       formats=("pdf",), out=job.bind_out, font=job.font,
                                       kinds=job.kinds)
        pdfs = [(p.stem, str(p)) for p in bound]
    res = prepared.result
    project = prepared.project
    revision = getattr(project, "revision", None)
    return Rendered(
        path=job.path, project=project.name, unit=project.unit, year=project.year,
        layout=prepared.layout.name,
        total=str(res.total) if res is not None and res.total is not None else None,
        grade=res.grade if res is not None else "",
        files=[str(p) for p in written], pdfs=pdfs,
        revision=revision.model_dump(mode="json", by_alias=True) if revision else None,
    )


def _forms_naming(settings: Settings, by_unit: bool) -> Settings:
    from dataclasses import replace

    name = "{{ unit }}/{{ project }}-{{ form }}" if by_unit else "{{ project }}-{{ form }}"
    return replace(settings, name=name)


def build_packets(paths: Sequence[str], settings: Settings, *, out: Path,
                  formats: tuple[str, ...], kinds: tuple[str, ...] | None, jobs: int,
                  single: bool, layout: str | None, font: FontChoice | None,
                  progress: Callable[[str], None] | None = None) -> list[Path]:
    """Validate every file, then build each packet; return the packet folders.

    Raises :class:`PacketInvalid` listing every error of every file before writing anything.
    A run that fails leaves no folder it created behind (not even an empty ``out``).
    """
    from perfdocs.engine.pipeline import prepare
    from perfdocs.forms.summary.builder import entry_of

    # Once, here: every path below is absolute (the renderers resolve theirs, and the
    # manifest takes each file relative to its packet folder).
    out = Path(out).expanduser().resolve()

    prepared, errors = [], []
    for path in paths:
        try:
            item = prepare(path, settings, layout_name=layout)
        except PerfdocsError as exc:
            errors.extend(exc.all_diagnostics())
            continue
        prepared.append(entry_of(item))
    if errors:
        raise PacketInvalid(errors)
    created = [p for p in (out, *out.parents) if not p.exists()]
    try:
        return _build_all(prepared, settings, out=out, formats=formats, kinds=kinds,
                          jobs=jobs, single=single, layout=layout, font=font,
                          progress=progress)
    except BaseException:
        for folder in created:  # deepest first; only those left empty
            try:
                folder.rmdir()
            except OSError:
                break
        raise


def _build_all(prepared: list[Entry], settings: Settings, *, out: Path,
               formats: tuple[str, ...], kinds: tuple[str, ...] | None, jobs: int,
               single: bool, layout: str | None, font: FontChoice | None,
               progress: Callable[[str], None] | None) -> list[Path]:
    from perfdocs.engine.output import inside
    from perfdocs.files.writing import refuse_clashes

    folders = []
    groups = plan(prepared, single=single)
    targets = [inside(out, _packet_name(group, settings)) for group in groups]
    # Two units whose packet names come out alike would share one folder: refuse up front
    refuse_clashes(targets, "材料包")
    for group, folder in zip(groups, targets, strict=True):
        folder.parent.mkdir(parents=True, exist_ok=True)
        _clear_dead_runs(folder)
        # a folder of this run's own (named by its pid): packets built at once never share one
        staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.{os.getpid()}.",
                                        suffix=".building", dir=folder.parent))
        _mark(staging)
        try:
            _build_one(group, staging, folder.name, settings, formats=formats, kinds=kinds,
                       jobs=jobs, layout=layout, font=font, progress=progress)
            _swap(staging, folder)
        finally:
            _remove(staging)
        folders.append(folder)
    return folders


MARKER = ".perfdocs-packet"
"""A file perfdocs puts in each packet folder it builds; only a folder holding it is ever
removed as a leftover. A name alone proves nothing: a preparer's own hidden backup
``.<unit>2024年度绩效材料.20241201.备份`` looked like a dead run's folder and was deleted."""


def _mark(staging: Path) -> None:
    (staging / MARKER).write_text(f"perfdocs {os.getpid()}\n", encoding="utf-8")


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
        if not found or _alive(int(found.group(1))) or not _ours(leftover):
            continue
        if leftover.is_dir():
            _remove(leftover)
        else:
            leftover.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid() or os.name == "nt":
        return True  # Windows' os.kill would terminate the process, not probe it
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def _remove(path: Path) -> None:
    import shutil

    if path.exists():
        shutil.rmtree(path)


def _swap(staging: Path, folder: Path) -> None:
    """Put the finished packet in place of the old one; the zip moves with it.

    Another run may swap its packet in at the same moment: whichever renames last wins,
    and neither leaves a mixture of the two.
    """
    retired: list[Path] = []
    for _ in range(10):
        if folder.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{folder.name}.{os.getpid()}.",
                                        suffix=".old", dir=folder.parent))
            old.rmdir()
            try:
                folder.rename(old)
                retired.append(old)
            except OSError:
                pass  # the other run moved it first
            else:
                if not (old / MARKER).exists():  # built before packets were marked
                    _mark(old)
        try:
            staging.rename(folder)
            break
        except OSError:
            continue
    else:
        from perfdocs.errors import RenderError

        raise RenderError("无法替换此文件夹：另一个程序正在使用它", file=folder)
    (folder / MARKER).unlink(missing_ok=True)  # the packet handed in holds only its files
    built_zip = staging.with_name(staging.name + ".zip")
    os.replace(built_zip, folder.with_name(folder.name + ".zip"))
    for old in retired:
        _remove(old)


def _packet_name(group: Group, settings: Settings) -> str:
    from perfdocs.engine.output import name_part, sanitize_segment
    from perfdocs.layouts.templating import render_text

    name = render_text(settings.packet_name,
                       {"unit": name_part(group.unit), "year": str(group.year)},
                       where="perfdocs.toml [packet] name")
    return sanitize_segment(name)


def _build_one(group: Group, folder: Path, name: str, settings: Settings, *,
               formats: tuple[str, ...],
               kinds: tuple[str, ...] | None, jobs: int, layout: str | None,
               font: FontChoice | None, progress: Callable[[str], None] | None) -> None:
    from perfdocs.engine.output import inside, relative_folder

    forms_dir = inside(folder, *relative_folder(settings.packet_forms))
    # The bound PDF's copies of the forms (no footer of their own) go here, and are removed
    # once bound: they are not files of the packet.
    bind_dir = folder / ".bind" if font is not None else None
    job_list = [Job(p, settings, formats, kinds, forms_dir, font, layout, group.several_units,
                    bind_dir)
                for p in group.paths]
    try:
        results = list(_run(job_list, jobs, progress))
        results.sort(key=lambda r: r.path)
        _refuse_collisions(results)
        if not any(r.files for r in results):
            from perfdocs.errors import RenderError

            chosen = "、".join(kinds) if kinds else "任何表"
            raise RenderError(f"这些项目没有可打包的{chosen}（项目文件中没有对应的部分，"
                              "或版式没有这张表），材料包未生成", file=group.paths[0])
        summary_files, summary_parts = _summary(group, settings, folder, font)
        if font is not None:
            _bind_volumes(group, folder, name, results, summary_parts, settings, font)
    finally:
        if bind_dir is not None:
            _remove(bind_dir)
    _manifest(folder, group, results, summary_files, settings)
    _zip(folder, name)


def _bind_volumes(group: Group, folder: Path, name: str, results: list[Rendered],
                  summaries: dict[str, Part], settings: Settings, font: FontChoice) -> None:
    """The bound PDF; a large unit's is split into volumes (第1册…) of ``volume_size`` projects.

    Binding holds a volume's pages in memory, so volumes keep memory flat however many
    projects a unit has — and a volume of a few hundred forms is what a binder takes.

    ``summaries`` holds each 实施单位's 汇总表 (by unit). In a packet of several units the
    projects are bound unit by unit, each unit's summary before its first form, and every
    form's entry in the contents names its unit (two units may have like-named projects).
    """
    from perfdocs.packet.binding import Cover, Part, bind

    spans = len({r.unit for r in results}) > 1
    if spans:
        results = sorted(results, key=lambda r: (r.unit, r.path))
    pending = dict(summaries)
    size = max(1, settings.packet_volume_size)
    volumes = [results[i:i + size] for i in range(0, len(results), size)] or [[]]
    kinds_text = "、".join(dict.fromkeys(s.rpartition("-")[2] for r in results
                                        for s, _ in r.pdfs))
    units = sorted({r.unit for r in results} | set(summaries))
    for number, volume in enumerate(volumes, start=1):
        several = len(volumes) > 1
        parts = []
        if number == 1:  # a summary without projects (never expected): bind it first
            projects_units = {r.unit for r in results}
            parts += [pending.pop(u) for u in sorted(pending) if u not in projects_units]
        for r in volume:
            if r.unit in pending:
                parts.append(pending.pop(r.unit))
            for stem, pdf in r.pdfs:
                project, _, kind = stem.rpartition("-")
                title = f"{project} {kind}"
                if spans:
                    title += f"（{r.unit}）"
                parts.append(Part(title, Path(pdf)))
        suffix = f"（第{number}册）" if several else ""
        unit_text = "、".join(units) if group.several_units and units else group.unit
        lines = [("单位", unit_text), ("年度", f"{group.year}年度"),
                 ("表格", kinds_text or "—"),
                 ("日期", settings.document_date.strftime("%Y年%m月%d日")),
                 ("项目数", str(len(results)))]
        if several:
            lines.append(("本册", f"第 {number} 册，共 {len(volumes)} 册（{len(volume)} 个项目）"))
        cover = Cover(f"{group.unit}{group.year}年度项目绩效材料{suffix}", tuple(lines))
        bind(cover, parts, font, folder / f"{name}{suffix}.pdf")


def _refuse_collisions(results: list[Rendered]) -> None:
    """Two project files that name the same form would overwrite each other: refuse."""
    owner: dict[str, str] = {}
    clashes = []
    for r in results:
        for f in r.files:
            if f in owner and owner[f] != r.path:
                clashes.append(Diagnostic(
                    Severity.ERROR, f"与 {owner[f]} 生成同一个文件 {Path(f).name}："
                    "两个项目的项目名称和实施单位相同，请改正其中一个", r.path, None, "项目名称",
                    "项目名称", "duplicate-output"))
            owner.setdefault(f, r.path)
    if clashes:
        raise PacketInvalid(clashes)


def _run(jobs_list: list[Job], jobs: int, progress: Callable[[str], None] | None
         ) -> Iterable[Rendered]:
    from perfdocs.engine.pool import ordered_map

    for job, result in zip(jobs_list, ordered_map(render_one, jobs_list, jobs), strict=True):
        if progress:
            progress(job.path)
        yield result


def _summary(group: Group, settings: Settings, folder: Path, font: FontChoice | None
             ) -> tuple[list[Path], dict[str, Part]]:
    """Each 实施单位's summary (汇总表) as xlsx and PDF; and its part of the bound PDF.

    The parts (by unit) are PDFs in memory without the summary's own page footer: the
    bound PDF numbers its pages itself. Without a font there is no PDF and no part.
    """
    from perfdocs.engine.summaries import render_summaries, summary_pdf
    from perfdocs.packet.binding import Part

    # The projects as validated at the start: preparing them all once more cost ~5%.
    done = render_summaries(group.items, settings, folder, font=font)
    written = [path for _unit_summary, files in done for path in files]
    parts: dict[str, Part] = {}
    if font is not None:
        for unit_summary, _files in done:
            parts[unit_summary.unit] = Part(
                unit_summary.title, summary_pdf(unit_summary, settings, font, footer=False))
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
        "date": settings.document_date.date().isoformat(),
        "layouts": sorted({r.layout for r in results}),
        "projects": [
            {"file": Path(r.path).name, "项目名称": r.project, "实施单位": r.unit,
             "版式": r.layout, "总分": r.total, "评分等级": r.grade or None,
             "forms": sorted(Path(f).relative_to(folder).as_posix() for f in r.files),
             **({"revision": r.revision} if r.revision else {})}
            for r in results
        ],
        "files": [{"path": p.relative_to(folder).as_posix(), "size": p.stat().st_size,
                   "sha256": _digest(p)} for p in files],
    }
    text = json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    write_atomic(folder / "manifest.json", text.encode("utf-8"))


def _zip(folder: Path, name: str) -> Path:
    """A zip of the packet folder: sorted entries, fixed timestamps, so it is reproducible.

    Streamed entry by entry into a temporary file beside the target, then renamed: a
    thousand projects make a zip of some 300 MB, which must not sit in memory.
    """
    import os
    import shutil
    import tempfile

    files = sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))
    target = folder.with_name(folder.name + ".zip")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name[:40]}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
                for path in files:
                    info = zipfile.ZipInfo(f"{name}/{path.relative_to(folder).as_posix()}",
                                           ZIP_EPOCH)
                    info.external_attr = 0o644 << 16
                    info.compress_type = zipfile.ZIP_DEFLATED
                    info.file_size = path.stat().st_size
                    with path.open("rb") as source, archive.open(info, "w") as entry:
                        shutil.copyfileobj(source, entry, 1 << 20)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def as_dict(rendered: Rendered) -> dict[str, Any]:
    """A worker record as plain data (for tests and JSON)."""
    return asdict(rendered)

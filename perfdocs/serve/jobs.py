"""Packets built in the background while the page shows their progress.

Building a unit's packet renders every form in three formats and binds the PDFs: seconds
to minutes. The page starts a job and asks for its state every half second; a job is a
thread calling :func:`perfdocs.packet.packet.build_packet`, the function behind ``perfdocs
packet``, with its progress callback counting the projects done. One job runs at a time
(the machine's cores are the user's). A finished job's messages are what the command
prints: every file's warnings and notes, the files left out, or every error; files are
named as the list names them (relative to the served folder).
"""

from __future__ import annotations

import secrets
import threading
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from perfdocs.errors import PerfdocsError
from perfdocs.records import Record, field

if TYPE_CHECKING:
    from perfdocs.errors import Diagnostic
    from perfdocs.packet.packet import PacketRun
    from perfdocs.serve.workbench import Workbench

MAX_JOBS = 20
"""Finished jobs remembered for the page (older ones are forgotten)."""


class Job(Record):
    """One packet run: what it builds, how far it is, and what came out."""

    id: str
    stage: str
    total: int
    done: int = 0
    state: str = "running"
    """running, done or failed."""
    current: str = ""
    folders: list[Path] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    day: date | None = None
    """The date the packet's cover and documents say (None: the settings', else today)."""

    def as_dict(self, workbench: Workbench) -> dict[str, Any]:
        packets = []
        for i, folder in enumerate(self.folders):
            zipped = folder.with_name(folder.name + ".zip")
            packets.append({"name": folder.name, "folder": _shown(folder, workbench),
                            "zip": f"/packet-zip?job={self.id}&n={i}" if zipped.is_file()
                            else ""})
        return {"id": self.id, "stage": self.stage, "total": self.total, "done": self.done,
                "state": self.state, "current": self.current, "packets": packets,
                "messages": self.messages}


def _shown(folder: Path, workbench: Workbench) -> str:
    try:
        return folder.relative_to(workbench.root).as_posix()
    except ValueError:
        return str(folder)


class Jobs:
    """The run's packet jobs."""

    def __init__(self) -> None:
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._running = threading.Lock()

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def start(self, workbench: Workbench, names: list[str], stage: str,
              day: date | None = None) -> Job:
        """Start building the packets of ``names`` for ``stage`` (申报 or 自评), dated
        ``day`` (``--date``; None: the settings' date, else today)."""
        paths = [str(workbench.path(name)) for name in names]
        job = Job(secrets.token_hex(8), stage, len(paths), day=day)
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > MAX_JOBS:
                self._jobs.pop(next(iter(self._jobs)))
        shown = dict(zip(paths, names, strict=True))
        thread = threading.Thread(target=self._run, args=(workbench, job, shown),
                                  name=f"perfdocs-packet-{job.id}", daemon=True)
        thread.start()
        return job

    def _run(self, workbench: Workbench, job: Job, shown: dict[str, str]) -> None:
        with self._running:
            try:
                run = build(workbench, job, shown)
                job.folders = run.folders
                job.messages = said(run, shown)
                job.state = "done"
            except PerfdocsError as exc:
                job.messages = [_line(d, shown) for d in exc.all_diagnostics()]
                job.state = "failed"
            except Exception as exc:  # shown on the page rather than lost in a thread
                job.messages = [f"perfdocs 内部错误：{type(exc).__name__}: {exc}"]
                job.state = "failed"


def said(run: PacketRun, shown: dict[str, str]) -> list[str]:
    """What ``perfdocs packet`` prints of a built packet, as the page shows it: every
    file's warnings and notes, then the files left out (「注意：…」)."""
    from perfdocs.errors import Severity

    lines = [_line(d, shown) for d in run.warnings if d.severity is not Severity.ERROR]
    for note in run.notes:  # 「<path>：没有「申报」部分，未放入…」
        for path, name in shown.items():
            if note.startswith(f"{path}："):
                note = name + note[len(path):]
                break
        lines.append(f"注意：{note}")
    return lines


def _line(diagnostic: Diagnostic, shown: dict[str, str]) -> str:
    """A finding's line, its file named as the list names it."""
    from perfdocs.records import replace

    name = shown.get(diagnostic.file or "")
    return (replace(diagnostic, file=name) if name else diagnostic).format()


def build(workbench: Workbench, job: Job, shown: dict[str, str]) -> PacketRun:
    """The packets of one stage: only the forms of that stage (申报表 or 自评表…), of the
    files ``shown`` (path → the name the list shows)."""
    from perfdocs.packet.packet import build_packet

    paths = list(shown)

    settings = workbench.settings
    kinds, unreadable = stage_kinds(workbench, paths, job.stage)
    if not kinds and not unreadable:
        raise PerfdocsError(f"所选项目的版式中没有「{job.stage}」阶段的表")
    # A file that does not load is reported by build_packet (with every other error of
    # every file) before anything is written, whatever the forms asked for.

    def progress(path: str) -> None:
        job.done += 1
        job.current = shown.get(path, path)

    return build_packet(paths, settings, out=workbench.out, formats=settings.formats,
                        kinds=kinds or None, jobs=1, single=settings.packet_single,
                        layout=None, font=workbench.font(), day=job.day,
                        progress=progress, stage=job.stage)


def stage_kinds(workbench: Workbench, paths: list[str], stage: str
                ) -> tuple[tuple[str, ...], bool]:
    """The names of the forms printed from ``stage`` in the layouts these projects use, and
    whether some project could not be read to tell."""
    from perfdocs.layouts.layout import load_layout
    from perfdocs.loading.project import load_project

    settings = workbench.settings
    names: dict[str, None] = {}
    unreadable = False
    for path in paths:
        try:
            project = load_project(path, default_unit=settings.input_unit).project
            layout = load_layout(project.layout or settings.layout, settings.layout_paths)
        except PerfdocsError:
            unreadable = True
            continue
        for kind, form in layout.forms.items():
            if form.section == stage:
                names[kind] = None
    return tuple(names), unreadable

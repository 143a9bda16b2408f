"""A project's work carried to a worker that does not share this machine's files.

A Dask worker in a province's data centre has perfdocs installed, but not the unit's
project files, its layout folders, its perfdocs.toml or the fonts this machine found. So
the client packs them: once per run what every project reads (:func:`run_inputs`: the
layout folders the settings can see, their Word templates, the PDF fonts, the settings
file), and with each task the project's own file. The worker sends back what the task
returned and the bytes of the files it wrote; the client writes those with the same
all-or-nothing writer as a local run (:func:`perfdocs.files.writing.write_set`).

On the worker every shipped file is laid out under a private folder ``R`` at its own path
(``R`` + ``/home/…/x.yaml``), the working folder becomes ``R`` + the client's working
folder (so a project named ``2024/x.yaml`` is found as typed, and ``./templates`` too),
and every absolute path in the task's arguments that names a shipped file or folder is
moved under ``R``; a folder the task writes into is moved under a per-task folder instead.
Whatever the task prints or returns then names ``R/…``: removing ``R`` from every string
of the result gives messages and paths exactly as a local run prints them. A symlink on
the client is a symlink on the worker, so paths resolve to what they resolve to here.

The working folder is one per process, so a worker process runs one such task at a time
(:data:`_LOCK`); start workers with ``--nthreads 1`` and as many ``--nworkers`` as cores
(rendering is pure Python: threads would share one core anyway).
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import itertools
import os
import shutil
import socket
import tempfile
import threading
from collections.abc import Callable, Sequence
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

from perfdocs.errors import PerfdocsError
from perfdocs.records import Record, fields, is_record

if TYPE_CHECKING:
    from perfdocs.loading.settings import Settings
    from perfdocs.render.pdf.fonts import FontChoice

ENVIRONMENT = ("SOURCE_DATE_EPOCH",)
"""Environment variables that change the bytes perfdocs writes (the moment embedded in the
files): the client's values hold on the worker while a task runs."""

MAX_SHIPPED_BYTES = 256 * 1024 * 1024
"""Largest file of a run's inputs that is shipped (a CJK font collection is ~100 MB at most)."""


def _nothing(_item: Any) -> Sequence[Path | None]:
    return ()


class Shipping(Record, frozen=True):
    """What the tasks of one run read and write (the client's side; never sent as is)."""

    reads: Callable[[Any], Sequence[str]]
    """The files one item reads of its own (its project file), as named in the item."""
    common: tuple[str, ...] = ()
    """Files every task may read (layouts, templates, fonts, the settings file)."""
    folders: tuple[str, ...] = ()
    """Folders named in the arguments (layout search folders), moved under ``R`` even when
    they are empty or missing here, so the worker finds in them what this machine does."""
    writes: Callable[[Any], Sequence[Path | None]] = _nothing
    """The folders one item writes into; what it writes there is sent back and written
    here."""
    cap: int = 5 * 1024 * 1024
    """An item's file above this size is not shipped: the item runs here, and fails here
    with the message a local run gives."""


class Bundle(Record, frozen=True):
    """What every task of one run shares, sent once to each worker."""

    run: str
    key: str
    """The sha256 of the files, links, roots and working folder: runs with the same
    inputs share one folder on a worker (and its parsed fonts and layouts)."""
    cwd: str
    files: tuple[tuple[str, bytes], ...]
    """(real absolute path, bytes)."""
    links: tuple[tuple[str, str], ...]
    """(absolute path as named, the real path it leads to)."""
    roots: tuple[str, ...]
    """Absolute paths that are moved under ``R`` in the arguments (with what lies below)."""
    fingerprint: dict[str, str]
    environment: tuple[tuple[str, str | None], ...] = ()
    """The client's value (None: unset) of each variable of :data:`ENVIRONMENT`."""
    initializer: Callable[..., None] | None = None
    initargs: tuple[Any, ...] = ()


class Parcel(Record, frozen=True):
    """One task's own files, and the folders it writes into."""

    files: tuple[tuple[str, bytes], ...]
    links: tuple[tuple[str, str], ...]
    roots: tuple[str, ...]
    outputs: tuple[str, ...]


class Returned(Record, frozen=True):
    """A task's answer: its result (or the exception it raised) and the files it wrote."""

    ok: bool
    value: Any
    written: tuple[tuple[str, bytes], ...] = ()


# -- what a run reads ----------------------------------------------------------------------

def run_inputs(settings: Settings, font: FontChoice | None, layout: str | None = None
               ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(files, folders) every project of a run may read besides its own file.

    Files: every file of every layout folder found outside perfdocs' own (those of the
    layouts they extend too), the Word templates they name, the PDF fonts, the settings
    file. Folders: the layout search folders (``[layouts] paths``, ``./templates``) and a
    ``--layout`` given as a folder. perfdocs' bundled layouts are not shipped: the worker
    has the same perfdocs (:func:`fingerprint` is compared before any work).
    """
    from perfdocs.engine.cache import layout_files
    from perfdocs.layouts.layout import LAYOUT_FILE, PACKAGE_TEMPLATES, search_path

    extra = settings.layout_paths
    folders = [*extra, str(Path.cwd() / "templates")]
    layout_dirs: list[Path] = []
    bundled = PACKAGE_TEMPLATES.resolve()
    for root in search_path(extra):
        if root == bundled or not root.is_dir():
            continue
        layout_dirs += [d for d in sorted(root.iterdir()) if (d / LAYOUT_FILE).is_file()]
    if layout and (Path(layout) / LAYOUT_FILE).is_file():
        folders.append(layout)
        layout_dirs.append(Path(layout))
    files: list[str] = []
    for folder in layout_dirs:
        files += [str(p) for p in layout_files(str(folder), extra)
                  if bundled not in p.resolve().parents]
        files += _templates(folder, extra)
    if font is not None:
        files += [p for p in (font.path, font.latin, font.latin_bold, font.bold) if p]
    if settings.file is not None:
        files.append(str(settings.file))
    return tuple(dict.fromkeys(files)), tuple(dict.fromkeys(folders))


def _templates(folder: Path, extra: tuple[str, ...]) -> list[str]:
    """The Word templates a layout names (one may lie outside its folder)."""
    from perfdocs.layouts.layout import read_layout

    try:
        layout = read_layout(folder, extra)
    except PerfdocsError:
        return []  # a broken layout fails on the worker as it fails here
    return [f.template for f in layout.forms.values() if f.template]


# -- the client's side -----------------------------------------------------------------------

def pack_run(shipping: Shipping, run: str, initializer: Callable[..., None] | None,
             initargs: tuple[Any, ...]) -> Bundle:
    """The run's :class:`Bundle`: its common files as they are now."""
    files: dict[str, bytes] = {}
    links: dict[str, str] = {}
    roots: list[str] = []
    for name in shipping.common:
        if _pack_file(name, MAX_SHIPPED_BYTES, files, links):
            roots.append(os.path.abspath(name))
    for name in shipping.folders:
        named, real = os.path.abspath(name), os.path.realpath(name)
        roots.append(named)
        if named != real and os.path.isdir(real):
            links[named] = real
    cwd = os.getcwd()
    placed = tuple(sorted(files.items()))
    linked = tuple(sorted(links.items()))
    unique = tuple(dict.fromkeys(roots))
    sha = hashlib.sha256(repr((cwd, linked, unique)).encode("utf-8", "surrogateescape"))
    for path, data in placed:
        sha.update(path.encode("utf-8", "surrogateescape") + b"\0")
        sha.update(hashlib.sha256(data).digest())
    return Bundle(run, sha.hexdigest(), cwd, placed, linked, unique, fingerprint(),
                  tuple((name, os.environ.get(name)) for name in ENVIRONMENT),
                  initializer, initargs)


def pack_item(shipping: Shipping, item: Any) -> Parcel | None:
    """One item's :class:`Parcel`; None when one of its files cannot be shipped (missing,
    not a regular file, too big): the item then runs here, to fail as locally."""
    files: dict[str, bytes] = {}
    links: dict[str, str] = {}
    roots: list[str] = []
    for name in shipping.reads(item):
        if not _pack_file(name, shipping.cap, files, links):
            return None
        if os.path.isabs(name):
            roots.append(name)
    outputs = tuple(str(p) for p in shipping.writes(item) if p is not None)
    return Parcel(tuple(files.items()), tuple(links.items()), tuple(roots), outputs)


def _pack_file(name: str, cap: int, files: dict[str, bytes], links: dict[str, str]) -> bool:
    """Read ``name`` (regular files only, at most ``cap`` bytes) into ``files`` at its real
    path, with a link from the path as named when they differ."""
    from perfdocs.files.reading import read_capped

    try:
        data = read_capped(name, cap)
    except PerfdocsError:
        return False
    named, real = os.path.abspath(name), os.path.realpath(name)
    files[real] = data
    if named != real:
        links[named] = real
    return True


# -- paths in and out ------------------------------------------------------------------------

def _under(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip("/") + "/")


def inward(value: Any, roots: Sequence[str], root_in: str, outputs: Sequence[str] = (),
           root_out: str = "") -> Any:
    """``value`` with every absolute path below ``outputs`` moved under ``root_out`` and
    every one below ``roots`` under ``root_in`` (other paths and texts unchanged)."""

    def move(text: str) -> str:
        if not text.startswith("/"):
            return text
        if any(_under(text, out) for out in outputs):
            return root_out + text
        if any(_under(text, root) for root in roots):
            return root_in + text
        return text

    return rewrite(value, move)


def outward(value: Any, *roots: str) -> Any:
    """``value`` with the worker's private folders removed from every string in it."""

    def back(text: str) -> str:
        for root in roots:
            if root:
                text = text.replace(root, "")
        return text

    return rewrite(value, back)


def rewrite(value: Any, change: Callable[[str], str]) -> Any:
    """``value`` with ``change`` applied to every string and path in it: inside tuples,
    lists, dicts, records and exceptions (copied, never changed in place; bytes and
    other objects are kept as they are)."""
    if isinstance(value, str):
        return change(value)
    if isinstance(value, PurePath):
        return type(value)(change(str(value)))
    if isinstance(value, (bytes, bytearray, int, float, type(None))):
        return value
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        return tuple(rewrite(v, change) for v in value)
    if isinstance(value, list):
        return [rewrite(v, change) for v in value]
    if isinstance(value, dict):
        return {rewrite(k, change): rewrite(v, change) for k, v in value.items()}
    if is_record(value) and not isinstance(value, type):
        copied = copy.copy(value)
        for f in fields(value):
            if hasattr(value, f.name):
                object.__setattr__(copied, f.name, rewrite(getattr(value, f.name), change))
        return copied
    if isinstance(value, BaseException):
        error = copy.copy(value)
        error.args = tuple(rewrite(a, change) for a in value.args)
        for key, inner in vars(value).items():
            setattr(error, key, rewrite(inner, change))
        return error
    return value


# -- the worker's side -----------------------------------------------------------------------

_LOCK = threading.Lock()
"""One shipped task at a time per process: the working folder is the process's."""
_CURRENT: dict[str, str] = {}
"""The run whose initializer ran last in this process (``run``)."""
_PLACED: set[str] = set()
_TASKS = itertools.count()


def work_folder() -> str:
    """This machine's folder for shipped runs (a real path: resolving keeps the prefix)."""
    uid = os.getuid() if hasattr(os, "getuid") else 0
    return os.path.join(os.path.realpath(tempfile.gettempdir()), f"perfdocs-dask-{uid}")


def _run_folder(key: str) -> str:
    return os.path.join(work_folder(), f"{key[:32]}-{os.getpid()}")


STALE_FOLDER_SECONDS = 24 * 3600
"""A worker's folder of shipped inputs unused this long is removed."""


def run_shipped(bundle: Bundle, task: Callable[[Any], Any], item: Any,
                parcel: Parcel) -> Returned:
    """Run ``task(item)`` here, on a worker, with the client's files laid out under ``R``.

    An exception of the task comes back as the answer (its paths told as the client's);
    an exception here (perfdocs differs from the client's) fails the whole run.
    """
    with _LOCK:
        base = _run_folder(bundle.key)
        root_in = os.path.join(base, "in")
        roots = (*bundle.roots, *parcel.roots)
        if bundle.key not in _PLACED or not os.path.isdir(root_in):
            _check_same(bundle.fingerprint)
            _sweep()
            _place(root_in, bundle.files, bundle.links)
            _PLACED.add(bundle.key)
        os.utime(base)
        own = _place(root_in, parcel.files, parcel.links, keep={p for p, _ in bundle.files})
        root_out = os.path.join(base, f"out-{next(_TASKS)}") if parcel.outputs else ""
        work = root_in + bundle.cwd
        os.makedirs(work, exist_ok=True)
        before = os.getcwd()
        saved = _set_environment(bundle.environment)
        os.chdir(work)
        try:
            if _CURRENT.get("run") != bundle.run:
                if bundle.initializer is not None:
                    bundle.initializer(*inward(bundle.initargs, roots, root_in))
                _CURRENT["run"] = bundle.run
            moved = inward(item, roots, root_in, parcel.outputs, root_out)
            try:
                answer = Returned(True, outward(task(moved), root_out, root_in))
            except Exception as exc:  # the task's own failure: the client raises it
                answer = Returned(False, outward(exc, root_out, root_in))
            if answer.ok and root_out:
                answer = Returned(True, answer.value,
                                  _collect(root_out, parcel.outputs))
        finally:
            os.chdir(before)
            _set_environment(saved)
            if root_out:
                shutil.rmtree(root_out, ignore_errors=True)
            for path in own:  # the item's own files: the next run may not see them
                with contextlib.suppress(OSError):
                    os.unlink(path)
        return answer


def _set_environment(values: Sequence[tuple[str, str | None]]
                     ) -> tuple[tuple[str, str | None], ...]:
    """Set (or unset) each variable as given; return what they were, to put back."""
    saved = tuple((name, os.environ.get(name)) for name, _value in values)
    for name, value in values:
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    return saved


def _sweep() -> None:
    """Remove this machine's folders of shipped inputs that no run has used for a day."""
    import time

    folder = work_folder()
    limit = time.time() - STALE_FOLDER_SECONDS
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            with contextlib.suppress(OSError):
                if entry.is_dir(follow_symlinks=False) and entry.stat().st_mtime < limit:
                    shutil.rmtree(entry.path, ignore_errors=True)


def _place(root: str, files: Sequence[tuple[str, bytes]], links: Sequence[tuple[str, str]],
           keep: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """Write the shipped files under ``root`` at their own paths, and their links; return
    what was written or linked (except the paths in ``keep``: the run's common files)."""
    made: list[str] = []
    for path, data in files:
        target = root + path
        if path not in keep:
            made.append(target)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        try:
            with open(target, "rb") as handle:
                if handle.read() == data:
                    continue
        except OSError:
            pass
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(target))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    for named, real in links:
        target = root + named
        if not os.path.lexists(target):
            os.makedirs(os.path.dirname(target), exist_ok=True)
            os.symlink(root + real, target)
            made.append(target)
    return made


def _collect(root_out: str, outputs: Sequence[str]) -> tuple[tuple[str, bytes], ...]:
    """Every file the task wrote below ``root_out``, at the client's path, in path order."""
    found: list[tuple[str, bytes]] = []
    for folder, _subdirs, names in os.walk(root_out):
        for name in names:
            full = os.path.join(folder, name)
            client = full[len(root_out):]
            if any(_under(client, out) for out in outputs):
                with open(full, "rb") as handle:
                    found.append((client, handle.read()))
    return tuple(sorted(found))


def forget(run: str) -> None:
    """Drop a finished run's shared arguments on this worker (run on every worker at the
    end). Its inputs stay on disk for the next run with the same inputs (a day at most)."""
    with _LOCK:
        if _CURRENT.get("run") == run:
            _CURRENT.pop("run")


# -- the same perfdocs everywhere --------------------------------------------------------------

LIBRARIES = ("reportlab", "openpyxl", "python-docx", "lxml", "jinja2", "pypdf", "pydantic",
             "ruamel.yaml", "pyyaml", "defusedxml")
"""The libraries whose version changes the bytes perfdocs writes."""


def fingerprint() -> dict[str, str]:
    """What must be the same on a worker as here for the same bytes: perfdocs (its version
    and the digest of every file of the package), Python and the libraries that write."""
    import platform
    from importlib import metadata

    from perfdocs.engine.cache import package_digest
    from perfdocs.version import __version__

    found = {"perfdocs": f"{__version__} ({package_digest()[:12]})",
             "Python": platform.python_version()}
    for name in LIBRARIES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "未安装"
    return found


def differences(mine: dict[str, str], theirs: dict[str, str]) -> list[str]:
    """"reportlab 4.2.0（工作节点 4.1.0）" for each component that differs."""
    return [f"{key} {value}（工作节点 {theirs.get(key, '未知')}）"
            for key, value in mine.items() if theirs.get(key) != value]


def _check_same(theirs: dict[str, str]) -> None:
    """Refuse to work for a client whose perfdocs or libraries differ from this worker's."""
    diff = differences(theirs, fingerprint())
    if diff:
        raise PerfdocsError("Dask 工作节点上的 perfdocs 或其依赖与本机不同，生成的文件会不一致："
                            + "；".join(diff) + "。请在所有工作节点安装与本机相同的版本",
                            file=f"Dask 工作节点 {socket.gethostname()}")

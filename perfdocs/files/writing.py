"""Writing files so that none is ever half-written, lost, or written somewhere unmeant.

The bottom layer beside :mod:`perfdocs.files.reading`: the YAML writer (loading/), the
engine, packets and the workbench all write through here.

- :func:`write_atomic`: one file via a temporary file in the same folder and a rename, so a
  killed run leaves the old file or the new one; the file keeps its permissions (a new file
  gets 0666 less the umask); ``through_links`` writes the file a symlink names (a
  preparer's project file) instead of replacing the link.
- :func:`write_set`: a project's files (or a run's summaries) all replaced together or
  none of them, the old set kept when one cannot be written — also when the process is
  killed between two renames: a journal beside the files lets the next write into that
  folder (or :func:`recover`) put the old set back.
  A file already holding exactly the new bytes is left as it is (:func:`unchanged`).
- :func:`refuse_clashes`: two targets that are one file on Windows or macOS (case,
  Unicode form) are refused before anything is written.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

from perfdocs.errors import InputError, RenderError
from perfdocs.files.oserrors import reason
from perfdocs.files.processes import alive as alive
from perfdocs.files.temporary import make_temporary


def clash_key(path: Path | str) -> str:
    """What makes two paths one file on the users' systems: Windows and macOS ignore case
    and Unicode normalisation differences."""
    return unicodedata.normalize("NFC", str(path)).casefold()


def refuse_clashes(paths: list[Path], what: str = "输出文件") -> None:
    """Refuse, before anything is written, a set of paths where two name one file."""
    seen: set[str] = set()
    for path in paths:
        key = clash_key(path)
        if key in seen:
            raise RenderError(f"两个{what}的文件名相同（{path.name}），未写入任何文件", file=path)
        seen.add(key)


STALE_SECONDS = 600
"""A temporary file this old was left by a killed run (a live write takes well under this)."""


def _remove_stale(target: Path) -> None:
    """Delete what killed runs left of earlier writes to ``target``."""
    _remove_stale_of([target])


def _remove_stale_of(targets: list[Path]) -> None:
    """Delete what killed runs left of earlier writes to any of ``targets``.

    A temporary name carries its writer's process id and a tag of its machine
    (:func:`_owner_tag`): one whose writer on this machine is gone is removed at once, so a
    rerun right after a kill leaves the folder exactly as a clean run would; any other is
    removed once it is older than :data:`STALE_SECONDS` (a writer on another machine
    sharing the folder, or a name from before this scheme). Each folder is listed once
    (:func:`_debris`): a glob per target cost a rebuild of 200 projects 0.75 s.
    """
    import time

    now = time.time()
    limit = now - STALE_SECONDS
    mine = _owner_tag(os.getpid()).split("-")[1]
    folders: dict[Path, list[str]] = {}
    for target in targets:
        folders.setdefault(target.parent, []).append(f".{target.name[:40]}.")
    for folder, prefixes in folders.items():
        for name, mtime in _debris(folder, now):
            prefix = next((p for p in prefixes if name.startswith(p)), None)
            if prefix is None or not name.endswith(".part"):
                continue
            owner = name[len(prefix):].split(".")[0]
            pid, _, host = owner.partition("-")
            try:
                dead = host == mine and pid.isdigit() and not alive(int(pid))
                if dead or mtime < limit:
                    os.unlink(folder / name)
            except OSError:
                continue  # another run is using or has removed it


_LISTED: dict[Path, tuple[int, list[tuple[str, float]]]] = {}
"""Folder → (its mtime, the temporary files and journals in it): listed again only when
the folder changed."""


def _debris(folder: Path, now: float) -> list[tuple[str, float]]:
    """The ``.part`` files and set journals in ``folder``, with their times.

    A rebuild of 200 projects asks this for every project's folder, which holds 600
    forms; the folder's own time changes whenever a file is added, renamed or removed in
    it, so the answer is kept until then (not when that time is too recent to tell two
    changes apart).
    """
    try:
        stamp = os.stat(folder).st_mtime_ns
    except OSError:
        return []
    known = _LISTED.get(folder)
    if known is not None and known[0] == stamp:
        return known[1]
    found: list[tuple[str, float]] = []
    try:
        with os.scandir(folder) as listing:
            for entry in listing:
                if entry.name.endswith((".part", ".journal", ".writing")):
                    try:
                        found.append((entry.name, entry.stat(follow_symlinks=False).st_mtime))
                    except OSError:
                        continue
    except OSError:
        return []
    if now - stamp / 1e9 > 2:
        _LISTED[folder] = (stamp, found)
    return found


def leftovers(folder: Path) -> bool:
    """Whether a killed write left anything in ``folder`` (a temporary file, a set's
    journal): the render cache trusts a folder's files by their ``stat`` only when not,
    and otherwise takes the full path, whose write cleans up (:func:`write_set`)."""
    import time

    return bool(_debris(folder, time.time()))


def _owner_tag(pid: int) -> str:
    """``<pid>-<machine>``: who writes a temporary file, in its name."""
    from perfdocs.files.digests import sha256

    machine = sha256(host_name().encode()).hexdigest()[:6]
    return f"{pid}-{machine}"


def host_name() -> str:
    """This machine's name, as ``socket.gethostname()`` gives it: POSIX's gethostname is
    uname's node name, read here without importing socket (≈ 2 ms of every run that
    writes, for its enums); elsewhere (Windows) socket's own."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def _temporary(target: Path) -> tuple[int, str]:
    """A new empty temporary file beside ``target``: ``.<name>.<pid>-<machine>.<random>.part``."""
    prefix = f".{target.name[:40]}.{_owner_tag(os.getpid())}."
    fd, name = make_temporary(target.parent, prefix=prefix, suffix=".part")
    return fd, name


def glob_escape(text: str) -> str:
    """``text`` with glob's special characters made literal."""
    import glob

    return glob.escape(text)


def _umask() -> int:
    """The process's umask, read without changing it where the system tells it."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    old = os.umask(0o022)  # no way to read it but to set it; put it straight back
    os.umask(old)
    return old


def link_target(target: Path) -> Path:
    """Where writing "through" ``target`` lands: the end of its symlink chain, or itself.

    A preparer who keeps a project file as a link (into a shared folder, a synced drive)
    expects the file the link names to change, the link to stay.
    """
    if not target.is_symlink():
        return target
    try:
        real = target.resolve(strict=False)
    except (RuntimeError, OSError):  # RuntimeError: Python 3.11's word for a loop
        real = None
    if real is None or real.is_symlink():
        raise InputError("符号链接形成了循环，无法写入", file=target)
    return real


def write_atomic(target: Path, data: bytes, *, through_links: bool = False) -> None:
    """Write ``data`` to ``target`` via a temporary file in the same folder and a rename.

    The file keeps its permissions (a 0600 file stays 0600); a new file gets the usual
    ones (0666 less the umask), not the temporary file's 0600. ``through_links`` writes
    the file a symlink names and keeps the link (the project files a preparer edits);
    without it a link in the output folder is replaced by the file, so nothing outside
    the output folder is written. Temporary files of earlier runs that were killed
    before their rename are removed.
    """
    if through_links:
        target = link_target(target)
    recover(target.parent)
    _remove_stale(target)
    tmp = _stage(target, data)
    try:
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise RenderError(f"无法写入：{reason(exc)}", file=target) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


class SetNotWritten(RenderError):
    """A set of files was not written; ``kept`` says whether the old files are all as before."""

    def __init__(self, message: str, *, file: Path, kept: bool) -> None:
        super().__init__(message, file=file)
        self.kept = kept


def write_set(files: list[tuple[Path, bytes]]) -> None:
    """Write a project's files (or a summary's) all together or not at all.

    Each file is first written in full under a temporary name beside its target (a full
    disk fails here, before any target changed). Then each target's old file is kept
    under a second name (a hard link, so the target never disappears) and the new file is
    renamed over it. If one rename fails (a folder where the .pdf should go), the files
    already replaced get their old content back, so the old set stays; the error says
    whether that worked (:attr:`SetNotWritten.kept`).

    A target that already holds exactly the new bytes is not written again: rebuilding
    200 projects after one changed (the render cache) then costs a read per file instead
    of a temporary file, an fsync and two renames, and the unchanged files keep their
    times (a sync client or backup does not copy them again).
    """
    refuse_clashes([target for target, _ in files])
    if not files:
        return
    for folder in dict.fromkeys(target.parent for target, _ in files):
        recover(folder)
    # also for a file that will turn out unchanged: a rerun after a kill cleans up
    _remove_stale_of([target for target, _data in files])
    files = [(target, data) for target, data in files if not unchanged(target, data)]
    if not files:
        return
    staged: list[tuple[Path, Path]] = []
    try:
        for target, data in files:
            staged.append((target, _stage(target, data)))
    except BaseException as exc:
        for _target, tmp in staged:
            tmp.unlink(missing_ok=True)
        if isinstance(exc, RenderError):
            raise SetNotWritten(exc.message, file=Path(exc.file or ""), kept=True) from None
        raise
    swap_set(staged)


def swap_set(staged: list[tuple[Path, Path]]) -> list[Path]:
    """Rename each staged file or folder over its target: all of them, or none.

    ``staged`` pairs each target with its new content, complete under a temporary name
    beside it (:func:`write_set`'s staged files; a packet's folder and its zip). A journal
    lists every (target, new, old copy) before the first rename, so a run killed between
    two renames is undone by the next (:func:`recover`). An old file is kept under a
    second name (a hard link: the target never disappears); an old folder is renamed
    aside (:func:`_aside`: a folder cannot be linked). When one rename fails (the target
    held open on Windows), the targets already replaced get their old content back and
    :class:`SetNotWritten` names the file that failed, saying whether the old set is
    whole again. Once every new one is in place the old copies are removed; those that
    cannot be (a file in an old folder held open) are returned, the set is written.

    A set of one file (a one-form render, one summary) is one rename, which is atomic:
    the old file stays or the new one is in place, killed or not, so it needs no journal
    (its JSON and ``fsync``, ≈ 1–2 ms of a one-form process) and no second name for the
    old file; a failed rename leaves the old file as it was (``kept``).
    """
    if len(staged) == 1 and not os.path.isdir(staged[0][1]):
        target, tmp = staged[0]
        try:
            os.replace(tmp, target)
        except BaseException as exc:
            tmp.unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise SetNotWritten(f"无法写入：{reason(exc)}", file=target,
                                    kept=True) from None
            raise
        return []
    held = _folder_lock(staged[0][0].parent)
    try:
        return _swap_many(staged)
    finally:
        if held is not None:
            os.close(held)  # closing the folder's handle releases its lock


def _folder_lock(folder: Path) -> int | None:
    """An exclusive ``flock`` on ``folder`` itself, held while one set is swapped in.

    Two runs writing the same set at once (two packets into one folder, a render started
    twice) would otherwise interleave: one run finds the old packet folder, the other
    renames it aside, and the first then copies or renames what is no longer there
    (「无法替换文件夹…这是一个文件夹，不是文件」 in CI on 9e367fe). Each set's look at its
    targets and its renames now happen one run after the other, the later run's set
    winning whole. The lock is on the folder's own handle, so no lock file is left
    beside the forms; where there is no ``flock`` (Windows) the folder cannot be opened
    so and nothing is held, as before."""
    if not _has_flock():
        return None
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return None
    try:
        _lock(fd, wait=True)
    except OSError:
        os.close(fd)
        return None
    return fd


def _swap_many(staged: list[tuple[Path, Path]]) -> list[Path]:
    """:func:`swap_set` of more than one file, or of a folder: journalled."""
    done: list[tuple[Path, Path, Path | None]] = []
    planned: list[Path | None] = []
    kept_old = 0  # targets whose old copy is made
    journal: _Journal | None = None
    try:
        planned = [_backup_name(target, tmp) for target, tmp in staged]
        journal = _Journal.begin(staged[0][0].parent, [
            (target, tmp, backup) for (target, tmp), backup in zip(staged, planned,
                                                                   strict=True)])
        for (target, _tmp), backup in zip(staged, planned, strict=True):
            if backup is not None:
                _keep_old(target, backup)
            kept_old += 1
        for (target, tmp), backup in zip(staged, planned, strict=True):
            done.append((target, tmp, backup))
            os.replace(tmp, target)
    except BaseException as exc:
        kept = _roll_back(done)
        for (target, _tmp), backup in list(zip(staged, planned, strict=False))[len(done):]:
            kept = _put_back_unused(backup, target) and kept
        for _target, tmp in staged:
            _discard(tmp)
        if journal is not None and kept:
            journal.commit()  # the old set is back: nothing left to recover
        if isinstance(exc, OSError):
            # the target whose rename (or whose old copy) failed
            failed = done[-1][0] if done else staged[min(kept_old, len(staged) - 1)][0]
            raise SetNotWritten(f"无法写入：{reason(exc)}", file=failed,
                                kept=kept) from None
        raise
    assert journal is not None
    journal.commit()
    left: list[Path] = []
    for _target, _tmp, backup in done:
        if backup is None:
            continue
        if backup.is_dir() and not backup.is_symlink():
            left.append(backup)  # the caller removes an old folder, as it knows how
            continue
        try:
            backup.unlink(missing_ok=True)
        except OSError:
            left.append(backup)
    return left


def _discard(tmp: Path) -> None:
    """A staged file not renamed in is deleted; a staged folder is its maker's to remove."""
    if tmp.is_dir() and not tmp.is_symlink():
        return
    tmp.unlink(missing_ok=True)


def _put_back_unused(backup: Path | None, target: Path) -> bool:
    """An old copy made for a target whose new one was never renamed in: a file's second
    name goes, a folder set aside comes back. Whether the target is as before."""
    if backup is None:
        return True
    try:
        if backup.is_dir() and not backup.is_symlink():
            if backup.exists():
                os.rename(backup, target)
        else:
            backup.unlink(missing_ok=True)
    except OSError:
        return False
    return True


JOURNAL_GLOB = ".perfdocs-set.*.journal"
"""The name of a set's journal, in the folder of the set's first file."""


class _Journal:
    """The record of one set's renames, on disk while they happen.

    Written (complete, fsynced, locked) before the first rename and removed after the last
    one — that removal is the moment the new set counts as written. A journal found later
    whose writer is gone (its lock is free) means a run was killed between two renames:
    :func:`recover` puts the old set back. The lock is an ``flock`` held by the writing
    process, so a concurrent run never undoes a set that is still being written; where
    there is no ``flock`` (Windows) a journal counts as abandoned after
    :data:`STALE_SECONDS`.
    """

    def __init__(self, path: Path, handle: int) -> None:
        self.path = path
        self.handle = handle

    @classmethod
    def begin(cls, folder: Path,
              entries: list[tuple[Path, Path, Path | None]]) -> _Journal:
        import json

        body = json.dumps({"entries": [[str(target), str(tmp), None if backup is None
                                        else str(backup)]
                                       for target, tmp, backup in entries]}).encode()
        # the writer's tag in the name: a journal killed while being written (before any
        # rename) is removed by the next run at once when its writer is gone
        fd, name = make_temporary(folder, prefix=f".perfdocs-set.{_owner_tag(os.getpid())}.",
                                  suffix=".writing")
        locking = _has_flock()
        try:
            if locking:
                _lock(fd, wait=True)
            os.write(fd, body)
            os.fsync(fd)
            if not locking:  # Windows renames and deletes no file that is held open
                os.close(fd)
                fd = -1
            # Only now, complete (and locked), does it get the name recover() looks for.
            path = Path(name).with_suffix(".journal")
            os.replace(name, path)
        except BaseException:
            if fd >= 0:
                os.close(fd)
            Path(name).unlink(missing_ok=True)
            raise
        return cls(path, fd)

    def commit(self) -> None:
        """The set is whole (new or old again): the journal goes, then its lock (removed
        while still locked, so no other run can take it for a killed one's)."""
        try:
            self.path.unlink(missing_ok=True)
        finally:
            if self.handle >= 0:
                os.close(self.handle)


def _has_flock() -> bool:
    """Whether journals are locked with ``flock`` (POSIX); without it (Windows) a journal
    is held by no handle and counts as abandoned after :data:`STALE_SECONDS`."""
    try:
        import fcntl  # noqa: F401
    except ImportError:
        return False
    return True


def _lock(fd: int, *, wait: bool) -> bool:
    """Take the journal's ``flock``; False when another live process holds it."""
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    return True


def recover(folder: Path) -> int:
    """Put back the old set of every set in ``folder`` whose writer was killed mid-way.

    Each journal lists (target, staged file, kept old file) for one set. For a file already
    renamed, the kept old file goes back over it, or the file is removed when it is new in
    the set; a staged file not yet renamed is deleted. Journals of live runs are left
    alone. Returns how many sets were put back.
    """
    import time
    from fnmatch import fnmatch

    restored = 0
    now = time.time()
    try:
        listed = _debris(folder, now)
    except OSError:
        return 0
    journals = sorted(folder / name for name, _mtime in listed if fnmatch(name, JOURNAL_GLOB))
    _remove_unfinished_journals(folder, listed, now)
    locking = _has_flock()
    for path in journals:
        fd = -1
        try:
            if locking:
                try:
                    fd = os.open(path, os.O_RDWR)
                except OSError:
                    continue  # its writer has just committed it
                if not _lock(fd, wait=False):
                    continue  # its writer is alive
            else:
                try:
                    if path.stat().st_mtime > time.time() - STALE_SECONDS:
                        continue  # perhaps alive: no lock tells
                except OSError:
                    continue
            _undo(path)
            path.unlink(missing_ok=True)
            restored += 1
        finally:
            if fd >= 0:
                os.close(fd)
    return restored


def _remove_unfinished_journals(folder: Path, listed: list[tuple[str, float]],
                                now: float) -> None:
    """Delete journals a killed run left half-written (``.writing``): no file of their set
    was renamed yet, so there is nothing to undo. A writer on this machine that is gone is
    known by the process id in the name; any other such file counts as abandoned after
    :data:`STALE_SECONDS`."""
    from fnmatch import fnmatch

    mine = _owner_tag(os.getpid()).split("-")[1]
    for name, mtime in listed:
        if not fnmatch(name, ".perfdocs-set.*.writing"):
            continue
        owner = name.removeprefix(".perfdocs-set.").split(".")[0]
        pid, _, host = owner.partition("-")
        try:
            dead = host == mine and pid.isdigit() and not alive(int(pid))
            if dead or mtime < now - STALE_SECONDS:
                os.unlink(folder / name)
        except OSError:
            continue


def _undo(journal: Path) -> None:
    """The old set of a journal's killed writer put back, as far as each file allows."""
    import json

    try:
        entries = json.loads(journal.read_bytes())["entries"]
    except (OSError, ValueError, KeyError, TypeError):
        entries = []
    for target_name, tmp_name, backup_name in entries:
        target, tmp = Path(target_name), Path(tmp_name)
        try:
            if backup_name is not None and Path(backup_name).exists():
                _put_back(Path(backup_name), target, tmp)
            elif backup_name is None and not tmp.exists():
                _take_away(target, tmp)  # new in the killed set
            _discard(tmp)
        except OSError:
            continue


def unchanged(target: Path, data: bytes) -> bool:
    """Whether ``target`` is a regular file (not a link) holding exactly ``data``.

    A symlink is never "unchanged": writing replaces it by a file, so that nothing
    outside the output folder is written (see :func:`write_atomic`).
    """
    import stat

    if target.is_symlink():
        return False
    # no link followed, no wait on a FIFO; the checks are made on what was opened
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) \
        | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(target, flags)
    except OSError:
        return False
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size != len(data):
            return False
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(len(data) + 1) == data
    except OSError:
        return False
    finally:
        os.close(fd)


def _stage(target: Path, data: bytes) -> Path:
    """``data`` written in full to a temporary file beside ``target``, mode as it will be."""
    try:
        mode = os.stat(target).st_mode & 0o7777 if not target.is_symlink() else None
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise RenderError(f"无法写入：{reason(exc)}", file=target) from None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = _temporary(target)
    except OSError as exc:
        raise RenderError(f"无法在此文件夹中写入文件：{reason(exc)}",
                          file=target.parent) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode if mode is not None else 0o666 & ~_umask())
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise RenderError(f"无法写入：{reason(exc)}", file=target) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def _backup_name(target: Path, new: Path) -> Path | None:
    """The name ``target``'s old content will be kept under (None when there is none). A
    folder is replaced only by a folder: a file staged for a folder's name fails to be
    renamed in, as before (a folder where a form's .pdf should go stays)."""
    if target.is_symlink() or not target.exists():
        return None
    if target.is_dir():
        return _aside(target) if new.is_dir() and not new.is_symlink() else None
    if not target.is_file():
        return None
    fd, name = _temporary(target)
    os.close(fd)
    backup = Path(name)
    backup.unlink()
    return backup


def _aside(folder: Path) -> Path:
    """A free name beside ``folder`` for its old copy: ``.<name>.<pid>.<8 random>.old``,
    the shape a packet's clean-up knows (:func:`perfdocs.packet.packet._clear_dead_runs`)."""
    import secrets

    letters = "abcdefghijklmnopqrstuvwxyz0123456789_"
    while True:
        random = "".join(secrets.choice(letters) for _ in range(8))
        aside = folder.with_name(f".{folder.name}.{os.getpid()}.{random}.old")
        if not aside.exists():
            return aside


def _keep_old(target: Path, backup: Path) -> None:
    """``target``'s current content kept as ``backup``: a file under a second name (a hard
    link, or a copy where there are none), a folder renamed aside."""
    if target.is_dir() and not target.is_symlink():
        os.rename(target, backup)
        return
    try:
        os.link(target, backup)
    except OSError:  # no hard links here (FAT, some shares, an immutable file): a copy
        import shutil

        shutil.copy2(target, backup)


def _roll_back(done: list[tuple[Path, Path, Path | None]]) -> bool:
    """Put the old files back after a failed set; whether every one is back."""
    kept = True
    for target, tmp, backup in reversed(done):
        try:
            if backup is not None:
                _put_back(backup, target, tmp)
            else:
                _take_away(target, tmp)  # it was new in this set
        except OSError:
            kept = False
    return kept


def _take_away(target: Path, tmp: Path) -> None:
    """A target that was new in a set undone: a file is removed; a folder goes back under
    its staged name (its maker removes it), unless it was never renamed in."""
    if target.is_symlink():
        return
    if target.is_dir():
        if not tmp.exists():
            os.rename(target, tmp)
    elif target.is_file() and not tmp.exists():
        target.unlink()


def _put_back(backup: Path, target: Path, tmp: Path) -> None:
    """The kept old file back under its name. Until the new file was renamed over it,
    ``target`` and ``backup`` are one file (a hard link), and a rename between two names
    of one file does nothing: the spare name (or a copy, where no link could be made) is
    then simply removed. An old folder comes
    back once the new one, if it was renamed in, is back under its staged name."""
    if backup.is_dir() and not backup.is_symlink():
        if target.exists() and not tmp.exists():
            os.rename(target, tmp)
        os.rename(backup, target)
        return
    try:
        same = os.path.samefile(backup, target)
    except OSError:
        same = False
    if same or tmp.exists():  # the new file was never renamed in: the target is the old
        backup.unlink()
    else:
        os.replace(backup, target)
